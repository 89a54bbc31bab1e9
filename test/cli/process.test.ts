// The CLI as a process: pipes closed early, Ctrl-C, standard input left alone. Spawned through
// tsx so the test always runs the current source.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const tmp = mkdtempSync(join(tmpdir(), 'whichlang-process-'));
const tree = join(tmp, 'tree');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(async () => {
  const { mkdirSync } = await import('node:fs');
  mkdirSync(tree);
  const samples = readdirSync('test/fixtures/samples');
  for (let i = 0; i < 3000; i++) {
    const name = samples[i % samples.length] as string;
    copyFileSync(join('test/fixtures/samples', name), join(tree, `${i}-${name}`));
  }
});

const TSX = join(process.cwd(), 'node_modules/tsx/dist/loader.mjs');
const MAIN = join(process.cwd(), 'src/cli/main.ts');

function whichlang(args: string[], cwd?: string) {
  return spawn(process.execPath, ['--import', TSX, MAIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'], ...(cwd ? { cwd } : {}) });
}

function finished(child: ReturnType<typeof whichlang>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('whichlang as a process', () => {
  it('stops quietly when its output pipe closes (like `| head -1`)', async () => {
    const child = whichlang(['--ndjson', '-j', '0', tree]);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/Error|at .*\.ts/);
  });

  it('on Ctrl-C stops promptly and leaves well-formed JSON', async () => {
    const child = whichlang(['--json', '-c', '-j', '0', tree]);
    const done = finished(child);
    let seen = '';
    const interrupt = (d: Buffer): void => {
      seen += d.toString();
      if (!seen.includes('}')) return;
      child.stdout.off('data', interrupt);
      child.kill('SIGINT');
    };
    child.stdout.on('data', interrupt);
    const { code, stdout } = await done;
    expect(code).toBe(130);
    const results = JSON.parse(stdout) as unknown[];
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThan(3000);
  });

  it('never reads standard input unless - is given', async () => {
    const child = whichlang(['--ndjson', 'test/fixtures/samples/list.c']);
    // stdin stays open and silent: a CLI waiting on it would hang here.
    const { code, stdout } = await finished(child);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ language: 'C' });
  });

  it('treats names after -- as files, even with leading dashes', async () => {
    const dashed = join(tmp, '-x.py');
    copyFileSync('test/fixtures/samples/inventory.py', dashed);
    const { code, stdout } = await finished(whichlang(['--ndjson', '--', '-x.py'], tmp));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ path: '-x.py', language: 'Python' });
  });
});

describe('standard input that is a terminal', () => {
  it.runIf(spawnSync('script', ['--version']).status === 0)('says it is reading the terminal, and ends at Ctrl-D', async () => {
    // `script` gives the CLI a pseudo-terminal as standard input; what we write is typed into it.
    const command = `${process.execPath} --import ${TSX} ${MAIN} -`;
    const child = spawn('script', ['-qec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const done = finished(child as unknown as ReturnType<typeof whichlang>);
    child.stdin.write('import os\nprint(os.getcwd())\n');
    setTimeout(() => child.stdin.write('\x04'), 1500);
    const { code, stdout } = await done;
    expect(code).toBe(0);
    expect(stdout).toContain('reading standard input from the terminal; end it with Ctrl-D');
    expect(stdout).toMatch(/-\s+Python/);
  }, 30_000);
});
