// Large runs go to worker threads; they must give exactly the answers the main thread gives.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { classifyPaths, WORKER_THRESHOLD, type FileResult } from '../../src/node/classify-files.js';
import { DEFAULT_MODEL_PATH, modelAt } from '../../src/node/model-file.js';

const dir = mkdtempSync(join(tmpdir(), 'whichlang-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('classifies past the worker threshold with the same results as in-process', async () => {
  const samples = readdirSync('test/fixtures/samples');
  const count = WORKER_THRESHOLD + 150;
  for (let i = 0; i < count; i++) {
    const name = samples[i % samples.length] as string;
    copyFileSync(join('test/fixtures/samples', name), join(dir, `${i}-${name}`));
  }
  const collect = async (workers: number): Promise<Map<string, unknown>> => {
    const out = new Map<string, unknown>();
    const options = { model: modelAt(), modelPath: DEFAULT_MODEL_PATH, workers, contentOnly: true };
    for await (const r of classifyPaths([dir], options) as AsyncGenerator<FileResult & { language?: string }>) out.set(r.path, r.language);
    return out;
  };
  const inProcess = await collect(0);
  const withWorkers = await collect(2);
  expect(inProcess.size).toBe(count);
  expect(withWorkers).toEqual(inProcess);
});
