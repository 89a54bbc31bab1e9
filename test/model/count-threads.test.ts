// Counting training files on several threads: the same model as on one, byte for byte, and the
// same error for a file that cannot be read.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCountThreads, type StartedCountThreads } from '../../src/node/count-threads.js';
import { trainFromFiles, type TrainFilesOptions } from '../../src/node/train-files.js';
import { serializeModel } from '../../src/model/serialize.js';
import { SHIPPED_FEATURE_OPTIONS } from '../../src/tokenizer/features.js';
import { extensionsOf, languagesForExtension } from '../../src/languages/index.js';

const dir = mkdtempSync(join(tmpdir(), 'whichlang-count-threads-'));
let threads: StartedCountThreads;
beforeAll(async () => {
  threads = await startCountThreads(3);
});
afterAll(async () => {
  await threads.close();
  rmSync(dir, { recursive: true, force: true });
});

// The sample files of the end-to-end tests whose extension names one language, several copies
// each (with a line that differs), so that the files span many chunks of the threads.
const samples = readdirSync('test/fixtures/samples').flatMap((name) => {
  const [language, ...others] = languagesForExtension(name);
  return language && others.length === 0 && extensionsOf(name).length > 0 ? [{ name, language }] : [];
});
const files = samples.flatMap(({ name, language }, s) =>
  Array.from({ length: 30 }, (_, copy) => {
    const path = join(dir, `${copy}-${name}`);
    copyFileSync(join('test/fixtures/samples', name), path);
    if (copy % 3 === 1) writeFileSync(path, `\nvalue_${s}_${copy} = ${copy}\n`, { flag: 'a' });
    return { path, key: `${copy}-${name}`, language };
  }),
);
writeFileSync(join(dir, 'empty.py'), '');
files.splice(40, 0, { path: join(dir, 'empty.py'), key: 'empty.py', language: 'Python' });

// With the refinement, whose float sums follow the documents' order.
const options: TrainFilesOptions = { features: SHIPPED_FEATURE_OPTIONS, snippetLines: [1, 3, 3, 10], minDocFrequency: 1, refine: { epochs: 2, rate: 0.8 } };

describe('counting on several threads', () => {
  it('trains the same model, byte for byte, with the same files skipped', () => {
    expect(files.length).toBeGreaterThan(200);
    const alone = trainFromFiles(files, options);
    const progress: number[] = [];
    const shared = trainFromFiles(files, { ...options, counters: threads, onProgress: (done) => progress.push(done) });
    // Learnt in the files' order, wherever each was counted.
    expect(progress).toEqual(files.map((_, i) => i + 1));
    expect(Buffer.from(serializeModel(shared.model)).equals(Buffer.from(serializeModel(alone.model)))).toBe(true);
    expect(shared.log.skippedEmptyOrBinary).toEqual([join(dir, 'empty.py')]);
    expect(shared.log.filesPerLanguage).toEqual(alone.log.filesPerLanguage);
  });

  it('stops with the error of the first file that cannot be read, as on one thread', () => {
    const broken = [...files];
    broken.splice(150, 0, { path: join(dir, 'missing.c'), key: 'missing.c', language: 'C' });
    const message = /cannot train: .*missing\.c: no such file/;
    expect(() => trainFromFiles(broken, options)).toThrow(message);
    expect(() => trainFromFiles(broken, { ...options, counters: threads })).toThrow(message);
    // The threads are still usable after a failed run.
    expect(trainFromFiles(files.slice(0, 50), { ...options, counters: threads }).log.trainFiles).toBe(49);
  });

  it('learns nothing left over from a run that stopped on an error', () => {
    const broken = [...files];
    broken.splice(100, 0, { path: join(dir, 'gone.c'), key: 'gone.c', language: 'C' });
    expect(() => trainFromFiles(broken, { ...options, counters: threads })).toThrow(/gone\.c/);
    // The stopped run's later chunks are still answered; a full run must not take them for its own.
    const alone = trainFromFiles(files, options);
    const shared = trainFromFiles(files, { ...options, counters: threads });
    expect(Buffer.from(serializeModel(shared.model)).equals(Buffer.from(serializeModel(alone.model)))).toBe(true);
  });
});
