// Naive Bayes scoring in log space: score_L = Σ_f n_f · log P(f | L), computed sparsely.
import { forEachFeatureHash } from '../tokenizer/features.js';
import { rowOf, smoothingForEvidence, type CompiledModel, type Smoothing } from './compiled.js';
import type { ModelParams } from './types.js';

export interface DocumentVector {
  /** Model rows of the document's known features. */
  readonly rows: Uint32Array;
  /** How much each of those rows counts (log-damped term frequency). */
  readonly weights: Float32Array;
  /** Sum of weights: the amount of evidence. */
  readonly mass: number;
  /** Feature occurrences in the text, known or not. */
  readonly featureCount: number;
  /** Feature occurrences the model knows. */
  readonly knownCount: number;
}

/**
 * Term frequencies are damped with log(1 + n): a token repeated a hundred times is strong
 * evidence, but not a hundred times stronger than seeing it once (Rennie et al., 2003).
 */
export function dampTermFrequency(n: number): number {
  return Math.log1p(n);
}

export function vectorize(model: CompiledModel, text: string): DocumentVector {
  // Occurrences per known row, counted in the model's scratch array (a Map here cost a third of
  // the classification time); the rows touched are remembered so the array is left zeroed.
  const seen = model.scratch;
  const touched: number[] = [];
  let knownCount = 0;
  let featureCount = 0;
  forEachFeatureHash(text, model.data.params.features, (hash) => {
    featureCount++;
    const row = rowOf(model, hash);
    if (row < 0) return;
    if (seen[row] === 0) touched.push(row);
    seen[row] = (seen[row] as number) + 1;
    knownCount++;
  });
  const rows = new Uint32Array(touched.length);
  const weights = new Float32Array(touched.length);
  let mass = 0;
  for (let i = 0; i < touched.length; i++) {
    const row = touched[i] as number;
    const w = dampTermFrequency(seen[row] as number);
    seen[row] = 0;
    rows[i] = row;
    weights[i] = w;
    mass += w;
  }
  return { rows, weights, mass, featureCount, knownCount };
}

/** Log-likelihood of the document under every language of the model (uniform priors), at the model's α: training and the tuning of α score so. */
export function scoreVector(model: CompiledModel, doc: DocumentVector, smoothing: Smoothing = model): Float64Array {
  const { data } = model;
  const { weightOfCode, baseWeight } = smoothing;
  const codes = data.entryCodes;
  const scores = new Float64Array(data.languages.length);
  for (let l = 0; l < scores.length; l++) scores[l] = doc.mass * (baseWeight[l] as number);
  for (let i = 0; i < doc.rows.length; i++) {
    const row = doc.rows[i] as number;
    const n = doc.weights[i] as number;
    const end = data.rowStart[row + 1] as number;
    for (let e = data.rowStart[row] as number; e < end; e++) {
      const l = data.entryLanguage[e] as number;
      scores[l] = (scores[l] as number) + n * (weightOfCode[codes[e] as number] as number);
    }
  }
  return scores;
}

/** The scores a text is classified by: at the smoothing its evidence calls for (EVIDENCE_SMOOTHING, compiled.ts). */
export function scoreForClassification(model: CompiledModel, doc: DocumentVector): Float64Array {
  return scoreVector(model, doc, smoothingForEvidence(model, doc.mass));
}

/** The softmax divisor for a document with this much evidence (see ModelParams.temperature). */
export function effectiveTemperature(params: { temperature: number; temperatureExponent: number }, mass: number): number {
  return params.temperature * Math.pow(Math.max(mass, 1), params.temperatureExponent);
}

/** Past this evidence (about three lines of code) the leader's bonus lessens (ModelParams.leaderBonus). */
export const LEADER_BONUS_FULL_BELOW = 32;

/** The log-odds the best language is raised by for a text with this much evidence (ModelParams.leaderBonus). */
export function leaderBonusAt(params: { leaderBonus: number; leaderBonusExponent: number }, mass: number): number {
  if (params.leaderBonus === 0) return 0;
  return params.leaderBonus * Math.pow(LEADER_BONUS_FULL_BELOW / Math.max(mass, LEADER_BONUS_FULL_BELOW), params.leaderBonusExponent);
}

/** The probabilities classification gives a text's scores: temperature and leader's bonus by its evidence. */
export function calibratedProbabilities(params: ModelParams, scores: Float64Array, mass: number, allowed?: ReadonlySet<number>): Float64Array {
  return toProbabilities(scores, effectiveTemperature(params, mass), allowed, leaderBonusAt(params, mass));
}

/**
 * Softmax of scores / temperature over the allowed languages (all when `allowed` is undefined),
 * the first best-scoring one's odds raised by e^leaderBonus.
 */
export function toProbabilities(scores: Float64Array, temperature: number, allowed?: ReadonlySet<number>, leaderBonus = 0): Float64Array {
  const probs = new Float64Array(scores.length);
  let max = -Infinity;
  let leader = -1;
  for (let l = 0; l < scores.length; l++) {
    if ((!allowed || allowed.has(l)) && (scores[l] as number) > max) {
      max = scores[l] as number;
      leader = l;
    }
  }
  if (leader < 0) return probs;
  let sum = 0;
  for (let l = 0; l < scores.length; l++) {
    if (allowed && !allowed.has(l)) continue;
    const p = l === leader ? Math.exp(leaderBonus) : Math.exp(((scores[l] as number) - max) / temperature);
    probs[l] = p;
    sum += p;
  }
  for (let l = 0; l < probs.length; l++) probs[l] = (probs[l] as number) / sum;
  return probs;
}
