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
}

/** Probabilities below this move nothing: they would change counts by rounding noise. */
const MIN_GRADIENT = 1e-3;

interface Prepared {
  readonly rows: Uint32Array;
  readonly weights: Float32Array;
  readonly mass: number;
  readonly label: number;
}

function prepare(model: ModelData, docs: readonly RefineDocument[]): Prepared[] {
  const compiled = compile(model);
  const labelOf = new Map(model.languages.map((l, i) => [l, i]));
  const prepared: Prepared[] = [];
  for (const doc of docs) {
    const label = labelOf.get(doc.language);
    if (label === undefined) continue;
    const rows: number[] = [];
    const weights: number[] = [];
    let mass = 0;
    for (let i = 0; i < doc.hashes.length; i++) {
      const row = rowOf(compiled, doc.hashes[i] as number);
      if (row < 0) continue;
      rows.push(row);
      weights.push(doc.weights[i] as number);
      mass += doc.weights[i] as number;
    }
    if (mass > 0) prepared.push({ rows: Uint32Array.from(rows), weights: Float32Array.from(weights), mass, label });
  }
  return prepared;
}

/**
 * The model with refined counts. Scoring here reads weights from the changing counts rather than
 * from the compiled model's per-code table (score.ts), which is built once per model.
 */
export function refineCounts(model: ModelData, docs: readonly RefineDocument[], options: RefineOptions): ModelData {
  const { alpha } = model.params;
  const languageCount = model.languages.length;
  const vocabulary = model.featureHashes.length;
  const { rowStart, entryLanguage } = model;
  const counts = Float64Array.from(model.entryCodes, decodeCount);
  const entryWeight = new Float64Array(counts.length);
  const delta = new Float64Array(counts.length);
  const base = new Float64Array(languageCount);
  const scores = new Float64Array(languageCount);
  const probs = new Float64Array(languageCount);
  const calibration = {
    temperature: options.temperature ?? 0.8,
    temperatureExponent: options.temperatureExponent ?? 0.75,
  };
  const prepared = prepare(model, docs);
  const logAlpha = Math.log(alpha);

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const totals = new Float64Array(languageCount);
    for (let e = 0; e < counts.length; e++) {
      const c = counts[e] as number;
      entryWeight[e] = Math.log(c + alpha) - logAlpha;
      const l = entryLanguage[e] as number;
      totals[l] = (totals[l] as number) + c;
    }
    for (let l = 0; l < languageCount; l++) base[l] = logAlpha - Math.log((totals[l] as number) + alpha * vocabulary);
    delta.fill(0);
    let hits = 0;
    for (const doc of prepared) {
      for (let l = 0; l < languageCount; l++) scores[l] = doc.mass * (base[l] as number);
      for (let i = 0; i < doc.rows.length; i++) {
        const row = doc.rows[i] as number;
        const n = doc.weights[i] as number;
        const end = rowStart[row + 1] as number;
        for (let e = rowStart[row] as number; e < end; e++) {
          const l = entryLanguage[e] as number;
          scores[l] = (scores[l] as number) + n * (entryWeight[e] as number);
        }
      }
      let best = 0;
      for (let l = 1; l < languageCount; l++) if ((scores[l] as number) > (scores[best] as number)) best = l;
      if (best === doc.label) hits++;
      const temperature = effectiveTemperature(calibration, doc.mass);
      const top = scores[best] as number;
      let sum = 0;
      for (let l = 0; l < languageCount; l++) sum += probs[l] = Math.exp(((scores[l] as number) - top) / temperature);
      if (1 - (probs[doc.label] as number) / sum < MIN_GRADIENT) continue;
      for (let i = 0; i < doc.rows.length; i++) {
        const row = doc.rows[i] as number;
        const step = options.rate * (doc.weights[i] as number);
        const end = rowStart[row + 1] as number;
        for (let e = rowStart[row] as number; e < end; e++) {
          const l = entryLanguage[e] as number;
          const gradient = (l === doc.label ? 1 : 0) - (probs[l] as number) / sum;
          if (Math.abs(gradient) >= MIN_GRADIENT) delta[e] = (delta[e] as number) + step * gradient;
        }
      }
    }
    for (let e = 0; e < counts.length; e++) counts[e] = Math.max(0, (counts[e] as number) + (delta[e] as number));
    options.onEpoch?.(epoch, prepared.length === 0 ? 0 : hits / prepared.length);
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
