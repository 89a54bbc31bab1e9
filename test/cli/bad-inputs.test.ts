// A tree of bad inputs among 1,000 ordinary files: every ordinary file is classified, every bad
// one reported once with its reason, nothing hangs, and the run exits 1.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'whichlang-bad-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('scans bad inputs among 1,000 ordinary files without losing any result', async () => {
  const tree = join(tmp, 'tree');
  mkdirSync(join(tree, 'ok'), { recursive: true });
  const samples = readdirSync('test/fixtures/samples');
  for (let i = 0; i < 1000; i++) {
    const name = samples[i % samples.length] as string;
    copyFileSync(join('test/fixtures/samples', name), join(tree, 'ok', `${i}-${name}`));
  }
  writeFileSync(join(tree, 'empty.txt'), '');
  writeFileSync(join(tree, 'nul.bin'), Buffer.alloc(4096));
  writeFileSync(join(tree, 'one-char.js'), 'x'.repeat(1 << 20));
  writeFileSync(join(tree, 'nested.lisp'), '('.repeat(500_000) + ')'.repeat(500_000));
  writeFileSync(join(tree, 'invalid-utf8.c'), Buffer.from([0x69, 0x6e, 0x74, 0x20, 0xff, 0xfe, 0x78, 0x3b, 0x0a]));
  writeFileSync(join(tree, 'utf16.py'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('import os\nprint(os.getcwd())\n', 'utf16le')]));
  symlinkSync(join(tree, 'loop'), join(tree, 'loop'));
  symlinkSync(join(tree, 'gone.py'), join(tree, 'dangling.py'));
  spawnSync('mkfifo', [join(tree, 'fifo')]);
  writeFileSync(Buffer.concat([Buffer.from(join(tree, 'latin1-')), Buffer.from([0xe9]), Buffer.from('.py')]), 'print(1)\n');
  const socketPath = join(tree, 'sock');
  const server = createServer().listen(socketPath);
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    // Links and special files are named explicitly (a walk skips links, as Linguist does).
    const explicit = ['loop', 'dangling.py', 'fifo', 'sock'].map((n) => join(tree, n));
    const { status, stdout, stderr } = await runCli(['--ndjson', '-j', '0', tree, ...explicit, '/dev/null']);
    expect(status).toBe(1);
    const results = stdout.trim().split('\n').map((l) => JSON.parse(l) as { path: string; language?: string | null; error?: { code: string } });
    const byPath = new Map(results.map((r) => [r.path, r]));
    expect(byPath.size).toBe(results.length); // each input once
    const ordinary = results.filter((r) => r.path.includes('/ok/'));
    expect(ordinary).toHaveLength(1000);
    for (const r of ordinary) expect(r.error, r.path).toBeUndefined();
    expect(byPath.get(join(tree, 'loop'))?.error?.code).toBe('READ_FAILED');
    expect(byPath.get(join(tree, 'dangling.py'))?.error?.code).toBe('NOT_FOUND');
    expect(byPath.get(join(tree, 'fifo'))?.error?.code).toBe('NOT_A_FILE');
    expect(byPath.get(join(tree, 'sock'))?.error?.code).toBe('NOT_A_FILE');
    expect(byPath.get('/dev/null')?.error?.code).toBe('NOT_A_FILE');
    expect(byPath.get(join(tree, 'latin1-\ufffd.py'))?.error).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('not valid UTF-8') });
    expect(byPath.get(join(tree, 'empty.txt'))).toMatchObject({ language: null, strategy: 'classifier' }); // .txt is ambiguous in Linguist; empty content settles nothing
    expect(byPath.has(join(tree, 'nul.bin'))).toBe(false); // binary, found by the walk: skipped and counted
    expect(stderr).toMatch(/skipped 1 binary file/);
    expect(byPath.get(join(tree, 'utf16.py'))).toMatchObject({ language: 'Python' });
    for (const name of ['one-char.js', 'nested.lisp', 'invalid-utf8.c']) expect(byPath.get(join(tree, name))?.error, name).toBeUndefined();
    expect(stderr.split('\n').filter((l) => l.startsWith('whichlang: /')).length).toBe(6);
    // The same scan as a process, the built CLI as installed (worker threads on): peak memory within
    // the benchmark's 200 MB. (Through tsx each worker would also carry a TypeScript compiler.)
    const rssRun = spawnSync(
      process.execPath,
      ['--import', join(process.cwd(), 'bench/report-rss.mjs'), join(process.cwd(), 'dist/cli/main.js'), '--ndjson', tree, ...explicit],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    expect(rssRun.status).toBe(1);
    expect(rssRun.stdout.trim().split('\n')).toHaveLength(results.length - 1); // all but /dev/null
    expect(Number(/PEAK_RSS_KB=(\d+)/.exec(rssRun.stderr)?.[1]) / 1024).toBeLessThan(200);
  } finally {
    server.close();
  }
});
