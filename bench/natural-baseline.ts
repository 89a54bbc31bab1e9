// natural's BayesClassifier on the same data, as the baseline the issue asks for. It builds a
// feature vector over the whole vocabulary for every document, so it is given a small slice.
import { createRequire } from 'node:module';
import type { LabelledFile } from '../src/node/labelled-files.js';
import { readTextPrefix } from '../src/node/labelled-files.js';

// natural ships TypeScript sources that do not pass this project's strict settings, so it is
// loaded untyped, with just the surface used here.
interface BayesClassifier {
  addDocument(text: string, label: string): void;
  train(): void;
  classify(text: string): string;
}
// Loaded when the baseline runs, not when this file is imported: natural's module tree, in the
// same heap, slowed whichlang's one-core figure from about 1,600 to about 1,000 files/s
// (session 20), and the bench measures whichlang before it runs the baseline.
const loadNatural = (): { BayesClassifier: new () => BayesClassifier } => createRequire(import.meta.url)('natural') as { BayesClassifier: new () => BayesClassifier };

export interface BaselineResult {
  trainFiles: number;
  testFiles: number;
  trainSeconds: number;
  filesPerSecond: number;
  accuracy: number;
  /** The label it gave most often, and how often: a baseline stuck on one answer shows here. */
  mostCommon: string;
  mostCommonShare: number;
}

export function runNaturalBaseline(train: LabelledFile[], test: LabelledFile[]): BaselineResult {
  const classifier = new (loadNatural().BayesClassifier)();
  const started = performance.now();
  for (const f of train) classifier.addDocument(readTextPrefix(f.path, 16_384), f.language);
  classifier.train();
  const trained = performance.now();
  const texts = test.map((f) => readTextPrefix(f.path));
  const t0 = performance.now();
  let hits = 0;
  const given = new Map<string, number>();
  texts.forEach((text, i) => {
    const label = classifier.classify(text);
    given.set(label, (given.get(label) ?? 0) + 1);
    if (label === test[i]!.language) hits++;
  });
  const [mostCommon, count] = [...given].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const seconds = (performance.now() - t0) / 1000;
  return {
    trainFiles: train.length,
    testFiles: test.length,
    trainSeconds: (trained - started) / 1000,
    filesPerSecond: test.length / seconds,
    accuracy: hits / test.length,
    mostCommon,
    mostCommonShare: count / test.length,
  };
}
