// Discriminative refinement of the counts, in the spirit of discriminative frequency estimation
// (Su, Zhang, Ling and Matwin, "Discriminative parameter learning for Bayesian networks", ICML 2008).
// Naive Bayes learns each language on its own, so a feature shared by C and C++ counts for both
// even where it is what tells them apart. Each epoch scores every training document with the
// current counts and moves them by rate · tf · (1[c = label] − P(c | doc)): a document the model
// already gets right with confidence changes nothing; one it gets wrong adds to its own language
// and takes from the languages it was taken for. The result is still counts (non-negative, same
// sparsity pattern), so the file format, scoring and extension are unchanged.
import { compile, rowOf } from './compiled.js';
import { decodeCount, encodeCount } from './count-codec.js';
import { effectiveTemperature } from './score.js';
import type { ModelData } from './types.js';

/** A training document as the trainer saw it: its distinct feature hashes and damped counts. */
export interface RefineDocument {
  readonly hashes: Uint32Array;
  readonly weights: Float32Array;
  readonly language: string;
  /**
   * Learnt but never refined: features its document is not read with when scored (a whole
   * file's comment words and word parts, train.ts countDocumentWithSnippetFeatures).
   */
  readonly countOnly?: boolean;
}

export interface RefineOptions {
  readonly epochs: number;
  /** How far one epoch moves the counts, in units of the document's own counts. */
  readonly rate: number;
  /**
   * The softmax that weighs each document's update; a softer one spreads updates over documents
   * that are right but only narrowly. Defaults: what the shipped model calibrates to.
   */
  readonly temperature?: number;
  readonly temperatureExponent?: number;
  readonly onEpoch?: (epoch: number, trainingAccuracy: number) => void;
  /** Shares each epoch's work among threads (src/node/refine-threads.ts); one thread without. */
  readonly threads?: RefineThreads;
}

/** Probabilities below this move nothing: they would change counts by rounding noise. */
const MIN_GRADIENT = 1e-3;

/**
 * The documents in a few flat arrays, by model row: document d's rows and weights are at
 * [start[d], start[d + 1]). Flat arrays can live in memory that other threads share.
 */
export interface RefineSet {
  readonly rows: Uint32Array;
  readonly weights: Float32Array;
  readonly start: Uint32Array;
  readonly labels: Uint16Array;
  readonly masses: Float64Array;
}

/** Everything one epoch's updates are computed from; `entryWeight` and `base` change per epoch. */
export interface RefineJob {
  readonly set: RefineSet;
  readonly rowStart: Uint32Array;
  readonly entryLanguage: Uint16Array;
  readonly languageCount: number;
  /** log(count + α) − log α per entry, from this epoch's counts. */
  readonly entryWeight: Float64Array;
  /** log α − log(total + α·V) per language, from this epoch's counts. */
  readonly base: Float64Array;
  readonly temperature: number;
  readonly temperatureExponent: number;
  readonly rate: number;
}

/** Runs an epoch's updates over several threads; the sum of their deltas must equal one thread's. */
export interface RefineThreads {
  /** Memory for arrays every thread reads (a SharedArrayBuffer across worker threads). */
  allocate(bytes: number): ArrayBufferLike;
  /** Adds the epoch's updates of every document of `job.set` to `delta`; returns how many were right. */
  accumulate(job: RefineJob, delta: Float64Array): number;
}

const LOCAL: RefineThreads = {
  allocate: (bytes) => new ArrayBuffer(bytes),
  accumulate: (job, delta) => accumulateUpdates(job, 0, job.set.labels.length, delta),
};

function prepare(model: ModelData, docs: readonly RefineDocument[], allocate: (bytes: number) => ArrayBufferLike): RefineSet {
  const compiled = compile(model);
  const labelOf = new Map(model.languages.map((l, i) => [l, i]));
  // Sizes first, then the arrays filled: they are allocated once, where the threads can share them.
  let documents = 0;
  let known = 0;
  for (const doc of docs) {
    if (doc.countOnly || !labelOf.has(doc.language)) continue;
    let rows = 0;
    for (let i = 0; i < doc.hashes.length; i++) if (rowOf(compiled, doc.hashes[i] as number) >= 0) rows++;
    if (rows === 0) continue;
    documents++;
    known += rows;
  }
  const set: RefineSet = {
    rows: new Uint32Array(allocate(4 * known)),
    weights: new Float32Array(allocate(4 * known)),
    start: new Uint32Array(allocate(4 * (documents + 1))),
    labels: new Uint16Array(allocate(2 * documents)),
    masses: new Float64Array(allocate(8 * documents)),
  };
  let d = 0;
  let at = 0;
  for (const doc of docs) {
    const label = labelOf.get(doc.language);
    if (doc.countOnly || label === undefined) continue;
    const from = at;
    let mass = 0;
    for (let i = 0; i < doc.hashes.length; i++) {
      const row = rowOf(compiled, doc.hashes[i] as number);
      if (row < 0) continue;
      set.rows[at] = row;
      set.weights[at++] = doc.weights[i] as number;
      mass += doc.weights[i] as number;
    }
    if (at === from) continue;
    set.labels[d] = label;
    set.masses[d++] = mass;
    set.start[d] = at;
  }
  return set;
}

/**
 * One epoch's updates of documents [from, to) added to `delta`: each document is scored with the
 * epoch's counts, and moves rate · tf · (1[c = label] − P(c | doc)) onto every entry of its rows.
 * Returns how many of them the counts already got right.
 */
export function accumulateUpdates(job: RefineJob, from: number, to: number, delta: Float64Array): number {
  const { set, rowStart, entryLanguage, languageCount, entryWeight, base } = job;
  const scores = new Float64Array(languageCount);
  const probs = new Float64Array(languageCount);
  let hits = 0;
  for (let d = from; d < to; d++) {
    const first = set.start[d] as number;
    const last = set.start[d + 1] as number;
    const mass = set.masses[d] as number;
    const label = set.labels[d] as number;
    for (let l = 0; l < languageCount; l++) scores[l] = mass * (base[l] as number);
    for (let i = first; i < last; i++) {
      const row = set.rows[i] as number;
      const n = set.weights[i] as number;
      const end = rowStart[row + 1] as number;
      for (let e = rowStart[row] as number; e < end; e++) {
        const l = entryLanguage[e] as number;
        scores[l] = (scores[l] as number) + n * (entryWeight[e] as number);
      }
    }
    let best = 0;
    for (let l = 1; l < languageCount; l++) if ((scores[l] as number) > (scores[best] as number)) best = l;
    if (best === label) hits++;
    const temperature = effectiveTemperature(job, mass);
    const top = scores[best] as number;
    let sum = 0;
    for (let l = 0; l < languageCount; l++) sum += probs[l] = Math.exp(((scores[l] as number) - top) / temperature);
    if (1 - (probs[label] as number) / sum < MIN_GRADIENT) continue;
    for (let i = first; i < last; i++) {
      const row = set.rows[i] as number;
      const step = job.rate * (set.weights[i] as number);
      const end = rowStart[row + 1] as number;
      for (let e = rowStart[row] as number; e < end; e++) {
        const l = entryLanguage[e] as number;
        const gradient = (l === label ? 1 : 0) - (probs[l] as number) / sum;
        if (Math.abs(gradient) >= MIN_GRADIENT) delta[e] = (delta[e] as number) + step * gradient;
      }
    }
  }
  return hits;
}

/**
 * The model with refined counts. Scoring here reads weights from the changing counts rather than
 * from the compiled model's per-code table (score.ts), which is built once per model.
 */
export function refineCounts(model: ModelData, docs: readonly RefineDocument[], options: RefineOptions): ModelData {
  const { alpha } = model.params;
  const languageCount = model.languages.length;
  const vocabulary = model.featureHashes.length;
  const threads = options.threads ?? LOCAL;
  const shared = <T>(make: (buffer: ArrayBufferLike) => T, bytes: number): T => make(threads.allocate(bytes));
  const counts = Float64Array.from(model.entryCodes, decodeCount);
  const entries = counts.length;
  const set = prepare(model, docs, threads.allocate);
  const rowStart = shared((b) => new Uint32Array(b), 4 * model.rowStart.length);
  rowStart.set(model.rowStart);
  const entryLanguage = shared((b) => new Uint16Array(b), 2 * entries);
  entryLanguage.set(model.entryLanguage);
  const job: RefineJob = {
    set,
    rowStart,
    entryLanguage,
    languageCount,
    entryWeight: shared((b) => new Float64Array(b), 8 * entries),
    base: shared((b) => new Float64Array(b), 8 * languageCount),
    temperature: options.temperature ?? 0.8,
    temperatureExponent: options.temperatureExponent ?? 0.75,
    rate: options.rate,
  };
  const delta = new Float64Array(entries);
  const logAlpha = Math.log(alpha);

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const totals = new Float64Array(languageCount);
    for (let e = 0; e < entries; e++) {
      const c = counts[e] as number;
      job.entryWeight[e] = Math.log(c + alpha) - logAlpha;
      const l = entryLanguage[e] as number;
      totals[l] = (totals[l] as number) + c;
    }
    for (let l = 0; l < languageCount; l++) job.base[l] = logAlpha - Math.log((totals[l] as number) + alpha * vocabulary);
    delta.fill(0);
    const hits = threads.accumulate(job, delta);
    for (let e = 0; e < entries; e++) counts[e] = Math.max(0, (counts[e] as number) + (delta[e] as number));
    options.onEpoch?.(epoch, set.labels.length === 0 ? 0 : hits / set.labels.length);
  }
  return withCounts(model, counts);
}

/** The model with new counts: entries that fell to zero are dropped, totals recomputed. */
function withCounts(model: ModelData, counts: Float64Array): ModelData {
  const rows = model.featureHashes.length;
  const rowStart = new Uint32Array(rows + 1);
  const entryLanguage = new (model.entryLanguage.constructor as Uint16ArrayConstructor)(counts.length);
  const entryCodes = new Uint8Array(counts.length);
  const languageTotals = new Float64Array(model.languages.length);
  let kept = 0;
  for (let row = 0; row < rows; row++) {
    const end = model.rowStart[row + 1] as number;
    for (let e = model.rowStart[row] as number; e < end; e++) {
      const code = encodeCount(counts[e] as number);
      if (code === 0) continue;
      const l = model.entryLanguage[e] as number;
      entryLanguage[kept] = l;
      entryCodes[kept] = code;
      languageTotals[l] = (languageTotals[l] as number) + decodeCount(code);
      kept++;
    }
    rowStart[row + 1] = kept;
  }
  return {
    ...model,
    rowStart,
    entryLanguage: entryLanguage.slice(0, kept),
    entryCodes: entryCodes.slice(0, kept),
    languageTotals,
  };
}
