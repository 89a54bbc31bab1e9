// Choosing the smoothing and the temperature on validation data, never on the test split.
import { compile } from './compiled.js';
import { effectiveTemperature, scoreVector, toProbabilities, vectorize, type DocumentVector } from './score.js';
import type { ModelData } from './types.js';
import { answersNull, foldOtherProse } from './no-language.js';

export interface ValidationDoc {
  readonly text: string;
  readonly language: string;
}

interface Prepared {
  readonly doc: DocumentVector;
  readonly label: number;
}

/**
 * Vectors of texts already vectorized, by vocabulary: α, the temperature and the threshold are
 * tuned one after another on the same validation texts, and a document's vector depends only on
 * the model's features (the refinement between them changes counts, not rows). Tokenizing the
 * validation set once instead of three times saves about half a minute of `npm run train`.
 */
const vectors = new WeakMap<Uint32Array, { features: ModelData['params']['features']; byText: Map<string, DocumentVector> }>();

function vectorOf(model: ModelData, text: string): DocumentVector {
  let cache = vectors.get(model.featureHashes);
  if (!cache || cache.features !== model.params.features) vectors.set(model.featureHashes, (cache = { features: model.params.features, byText: new Map() }));
  let doc = cache.byText.get(text);
  if (!doc) cache.byText.set(text, (doc = vectorize(compile(model), text)));
  return doc;
}

/** Vectorized documents with their label's index (−1: a language the model does not know). */
function prepare(model: ModelData, docs: readonly ValidationDoc[], keepUnknown = false): Prepared[] {
  return docs
    .map((d) => ({ doc: vectorOf(model, d.text), label: model.languages.indexOf(d.language) }))
    .filter((p) => (keepUnknown || p.label >= 0) && p.doc.mass > 0);
}

function bestIndex(values: Float64Array): number {
  let best = 0;
  for (let l = 1; l < values.length; l++) if ((values[l] as number) > (values[best] as number)) best = l;
  return best;
}

function withParams(model: ModelData, params: Partial<ModelData['params']>): ModelData {
  return { ...model, params: { ...model.params, ...params } };
}

function accuracy(model: ModelData, prepared: readonly Prepared[]): number {
  const compiled = compile(model);
  let hits = 0;
  for (const p of prepared) {
    if (bestIndex(scoreVector(compiled, p.doc)) === p.label) hits++;
  }
  return prepared.length === 0 ? 0 : hits / prepared.length;
}

/** The α with the best validation accuracy (ties: the smaller α). */
export function tuneAlpha(model: ModelData, docs: readonly ValidationDoc[], grid: readonly number[]): { alpha: number; accuracy: number; tried: Array<[number, number]> } {
  const prepared = prepare(model, docs);
  const tried: Array<[number, number]> = grid.map((alpha) => [alpha, accuracy(withParams(model, { alpha }), prepared)]);
  const best = tried.reduce((a, b) => (b[1] > a[1] ? b : a));
  return { alpha: best[0], accuracy: best[1], tried };
}

/** −log of the smallest probability counted: a text labelled against all its evidence weighs no more than this. */
const MAX_NLL = -Math.log(1e-300);

/**
 * Past this many temperatures below the best score, a language adds under 2e-22 to a softmax sum
 * that is at least 1: nothing a double can hold, so the sum stops there.
 */
const NEGLIGIBLE_GAP = 50;

/** A validation text's scores as the temperature fit needs them: gaps below the best score. */
interface ScoredGaps {
  /** Every language's gap below the best score, smallest (0) first. */
  readonly gaps: Float64Array;
  readonly labelGap: number;
  readonly mass: number;
}

function scoredGaps(scores: Float64Array, label: number, mass: number): ScoredGaps {
  let max = -Infinity;
  for (const v of scores) if (v > max) max = v;
  const gaps = Float64Array.from(scores, (v) => max - v).sort();
  return { gaps, labelGap: max - (scores[label] as number), mass };
}

/** −log P(label) under a softmax at `temperature`: log Σ exp(−gap / T) + labelGap / T. */
function textNll(text: ScoredGaps, temperature: number): number {
  const inverse = 1 / temperature;
  let sum = 0;
  for (const gap of text.gaps) {
    const x = gap * inverse;
    if (x > NEGLIGIBLE_GAP) break;
    sum += Math.exp(-x);
  }
  return Math.min(Math.log(sum) + text.labelGap * inverse, MAX_NLL);
}

/** The minimum of a unimodal `f` on [lo, hi] by golden-section search, one new point a step. */
function goldenSectionMinimum(f: (x: number) => number, lo: number, hi: number, steps: number): number {
  const phi = (Math.sqrt(5) - 1) / 2;
  let a = hi - phi * (hi - lo);
  let b = lo + phi * (hi - lo);
  let fa = f(a);
  let fb = f(b);
  for (let i = 0; i < steps; i++) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - phi * (hi - lo);
      fa = f(a);
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + phi * (hi - lo);
      fb = f(b);
    }
  }
  return (lo + hi) / 2;
}

/**
 * Temperature and its exponent minimising the validation negative log-likelihood: a grid over the
 * exponent, golden-section search on log T for each. Each text's scores are kept as sorted gaps
 * below its best, so a softmax stops at the languages far behind (most of them): with one new
 * point a search step, this took the fit in `npm run train` from 154 s to 50 s (session 32).
 */
export function fitTemperature(model: ModelData, docs: readonly ValidationDoc[]): { temperature: number; temperatureExponent: number; nll: number } {
  const prepared = prepare(model, docs);
  const compiled = compile(model);
  const scored = prepared.map((p) => scoredGaps(scoreVector(compiled, p.doc), p.label, p.doc.mass));
  let best = { temperature: 1, temperatureExponent: 0, nll: Infinity };
  if (scored.length === 0) return best;
  // Past 1 the temperature grows faster than the evidence: the refined counts' scores are steeper
  // than plain naive Bayes' (the fit chose 1, the grid's top, in session 5).
  for (const exponent of [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5]) {
    const nll = (logT: number): number => {
      const params = { temperature: Math.exp(logT), temperatureExponent: exponent };
      let sum = 0;
      for (const s of scored) sum += textNll(s, effectiveTemperature(params, s.mass));
      return sum / scored.length;
    };
    const logT = goldenSectionMinimum(nll, Math.log(1e-4), Math.log(1e4), 50);
    const value = nll(logT);
    if (value < best.nll) best = { temperature: Math.exp(logT), temperatureExponent: exponent, nll: value };
  }
  return best;
}

/**
 * The confidence below which the answer should be "unknown", chosen on validation data that
 * includes files of languages the model was not trained on (`language` not in the model): the
 * threshold that gets the most answers right, where "right" for an unknown language is null.
 * Without such files the cost of a null is all there is, and the threshold stays at 0. The grid
 * is expected in increasing order.
 */
export function tuneMinConfidence(
  model: ModelData,
  docs: readonly ValidationDoc[],
  grid: readonly number[] = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6],
): { minConfidence: number; accuracy: number; tried: Array<[number, number]> } {
  const compiled = compile(model);
  const outcomes = prepare(model, docs, true).map((p) => {
    const probs = toProbabilities(scoreVector(compiled, p.doc), effectiveTemperature(model.params, p.doc.mass));
    foldOtherProse(model.languages, probs);
    const best = bestIndex(probs);
    // Prose or noise ranked first is answered null whatever the threshold (classify.ts).
    const silent = answersNull(model.languages[best]);
    return { confidence: probs[best] as number, right: best === p.label, known: p.label >= 0, silent };
  });
  const tried: Array<[number, number]> = grid.map((t) => {
    let hits = 0;
    for (const o of outcomes) if (o.known ? o.right && (o.silent || o.confidence >= t) : o.silent || o.confidence < t) hits++;
    return [t, outcomes.length === 0 ? 0 : hits / outcomes.length];
  });
  // Every null is an answer withheld, so a threshold must earn its place: take the lowest one whose
  // accuracy is within one standard error of the best (the "one-standard-error rule"). Without it,
  // 0.15 won by 0.02 points on one validation run and turned 10% of 3-line snippets into nulls.
  const top = tried.reduce((a, b) => (b[1] > a[1] ? b : a));
  const standardError = Math.sqrt((top[1] * (1 - top[1])) / Math.max(outcomes.length, 1));
  const best = tried.find(([, accuracy]) => accuracy >= top[1] - standardError) ?? top;
  return { minConfidence: best[0], accuracy: best[1], tried };
}
