// Large runs go to worker threads, which read the files themselves; they must give exactly the
// answers the main thread gives, failures and skips included.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { classifyPaths, WORKER_THRESHOLD, type FileResult } from '../../src/node/classify-files.js';
import { DEFAULT_MODEL_PATH, modelAt } from '../../src/node/model-file.js';

const dir = mkdtempSync(join(tmpdir(), 'whichlang-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function copySamples(into: string, count: number): void {
  mkdirSync(into, { recursive: true });
  const samples = readdirSync('test/fixtures/samples');
  for (let i = 0; i < count; i++) {
    const name = samples[i % samples.length] as string;
    copyFileSync(join('test/fixtures/samples', name), join(into, `${i}-${name}`));
  }
}

async function collect(
  paths: string[],
  workers: number,
  options: { contentOnly?: boolean; modelPath?: string; onWarning?: (message: string) => void; workerStartupTimeoutMs?: number } = {},
): Promise<Map<string, FileResult>> {
  const out = new Map<string, FileResult>();
  for await (const r of classifyPaths(paths, { model: modelAt(), modelPath: DEFAULT_MODEL_PATH, workers, ...options })) {
    expect(out.has(r.path), `${r.path} reported twice`).toBe(false);
    out.set(r.path, r);
  }
  return out;
}

it('classifies past the worker threshold with the same results as in-process', async () => {
  const tree = join(dir, 'plain');
  const count = WORKER_THRESHOLD + 150;
  copySamples(tree, count);
  for (const contentOnly of [true, false]) {
    const inProcess = await collect([tree], 0, { contentOnly });
    expect(inProcess.size).toBe(count);
    expect(await collect([tree], 2, { contentOnly })).toEqual(inProcess);
  }
});

it('reports bad inputs the same way from a worker: one result each, the others kept', async () => {
  const tree = join(dir, 'bad');
  copySamples(join(tree, 'ok'), WORKER_THRESHOLD + 50);
  writeFileSync(join(tree, 'nul.bin'), Buffer.alloc(4096));
  writeFileSync(join(tree, 'empty.py'), '');
  const named = join(dir, 'named');
  mkdirSync(named);
  writeFileSync(join(named, 'image.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  symlinkSync(join(named, 'loop'), join(named, 'loop'));
  symlinkSync(join(named, 'gone.py'), join(named, 'dangling.py'));
  spawnSync('mkfifo', [join(named, 'fifo')]);
  // Named after the tree, so they come past the threshold and go to the workers.
  const explicit = ['image.bin', 'loop', 'dangling.py', 'fifo', 'missing.c'].map((n) => join(named, n));
  const inProcess = await collect([tree, ...explicit, '/dev/null'], 0);
  const withWorkers = await collect([tree, ...explicit, '/dev/null'], 1);
  expect(withWorkers).toEqual(inProcess);
  const code = (p: string): string | undefined => (withWorkers.get(p) as { error?: { code: string } } | undefined)?.error?.code;
  expect(code(join(named, 'image.bin'))).toBe('BINARY');
  expect(code(join(named, 'loop'))).toBe('READ_FAILED');
  expect(code(join(named, 'dangling.py'))).toBe('NOT_FOUND');
  expect(code(join(named, 'fifo'))).toBe('NOT_A_FILE');
  expect(code(join(named, 'missing.c'))).toBe('NOT_FOUND');
  expect(code('/dev/null')).toBe('NOT_A_FILE');
  expect(withWorkers.get(join(tree, 'nul.bin'))).toEqual({ path: join(tree, 'nul.bin'), skipped: 'binary' });
  expect(withWorkers.get(join(tree, 'empty.py'))).toMatchObject({ language: 'Python', size: 0 });
});

it('classifies a lost worker\'s files on this thread: a worker that cannot start costs speed, not results', async () => {
  const tree = join(dir, 'lost');
  copySamples(tree, WORKER_THRESHOLD + 300);
  // This thread holds the shipped model; the workers are pointed at a file that is not a model,
  // so each fails as it starts, with batches already sent to it.
  const broken = join(dir, 'broken.wlm');
  writeFileSync(broken, 'not a model\n');
  const warnings: string[] = [];
  const inProcess = await collect([tree], 0);
  const withLostWorkers = await collect([tree], 2, { modelPath: broken, onWarning: (m) => warnings.push(m) });
  expect(withLostWorkers).toEqual(inProcess);
  expect(warnings).toHaveLength(2);
  for (const w of warnings) expect(w).toMatch(/^classification worker stopped \(.*broken\.wlm.*\); its files are classified on the main thread$/);
});

it('gives up on a worker that hangs as it starts, and classifies its files here', async () => {
  const tree = join(dir, 'hung');
  copySamples(tree, WORKER_THRESHOLD + 100);
  // Opening a FIFO with no writer blocks: the worker hangs loading its "model", as a real one could.
  const fifo = join(dir, 'model.fifo');
  spawnSync('mkfifo', [fifo]);
  const warnings: string[] = [];
  try {
    const inProcess = await collect([tree], 0);
    const withHungWorker = await collect([tree], 1, { modelPath: fifo, onWarning: (m) => warnings.push(m), workerStartupTimeoutMs: 500 });
    expect(withHungWorker).toEqual(inProcess);
    expect(warnings).toEqual(['classification worker stopped (Error: not ready 0.5 s after it was started); its files are classified on the main thread']);
  } finally {
    // Let the stuck worker's open return (it then fails on an empty model), so the thread can end.
    spawnSync('sh', ['-c', `: > '${fifo}'`]);
  }
});
