// A second stage for short inputs: naive Bayes' top two, when they are a pair it often confuses
// (JavaScript and TypeScript, CSS and Less, Crystal and Ruby …), are ranked again by a logistic
// regression fitted to that pair alone. Naive Bayes counts correlated features (a token, its pairs,
// its line's shape) as independent evidence; a regression weighs them jointly, which matters most
// when a snippet has only a few tokens to decide by. Whole files are left to naive Bayes, which
// gets them right and which the regressions, fitted on windows, would make worse.
import { compile } from './compiled.js';
import { effectiveTemperature, scoreVector, type DocumentVector } from './score.js';
import type { ModelData } from './types.js';

/** One pair's regression: logit > 0 says `first`, otherwise `second` (first < second, as language indexes). */
export interface PairModel {
  readonly first: number;
  readonly second: number;
  readonly bias: number;
  /** Weight of naive Bayes' own margin between the two (see marginOf). */
  readonly marginWeight: number;
  /** Model rows with a weight, ascending, and their weights. */
  readonly rows: Uint32Array;
  readonly weights: Float32Array;
}

export interface PairStage {
  /** Inputs with more evidence than this (longer than the windows the pairs were fitted on) are left to naive Bayes. */
  readonly maxMass: number;
  /** The temperature law the margin was measured with when the pairs were fitted (later refits may change the model's). */
  readonly temperature: number;
  readonly temperatureExponent: number;
  readonly pairs: readonly PairModel[];
}

/** A training window as the stage learns it: its rows in the model, their weights, its language index. */
export interface PairDocument {
  readonly doc: DocumentVector;
  readonly label: number;
}

export interface PairFitOptions {
  /** How many pairs get a regression: those naive Bayes gets wrong most often on the training windows. */
  readonly pairs: number;
  /** Features kept per pair, the heaviest. */
  readonly featuresPerPair: number;
  readonly epochs: number;
  /** L2 penalty per update. */
  readonly lambda: number;
  /** Share of the training windows whose evidence the stage still covers (sets maxMass). */
  readonly massQuantile: number;
}

export const DEFAULT_PAIR_FIT: PairFitOptions = { pairs: 50, featuresPerPair: 1000, epochs: 4, lambda: 1e-5, massQuantile: 0.99 };

/** Naive Bayes' margin for `first` over `second`, per unit of the temperature law, clipped and scaled to [-1, 1]. */
const MARGIN_CLIP = 20;
function marginOf(stage: Pick<PairStage, 'temperature' | 'temperatureExponent'>, scores: Float64Array, pair: { first: number; second: number }, mass: number): number {
  const m = ((scores[pair.first] as number) - (scores[pair.second] as number)) / effectiveTemperature(stage, mass);
  return Math.max(-MARGIN_CLIP, Math.min(MARGIN_CLIP, m)) / MARGIN_CLIP;
}

const pairKey = (a: number, b: number): number => (a < b ? a * 65536 + b : b * 65536 + a);

/** The two highest scores' languages among `allowed` (all when undefined); -1 where there is none. */
export function topTwo(scores: Float64Array, allowed?: ReadonlySet<number>): [number, number] {
  let a = -1;
  let b = -1;
  for (let l = 0; l < scores.length; l++) {
    if (allowed && !allowed.has(l)) continue;
    if (a < 0 || (scores[l] as number) > (scores[a] as number)) {
      b = a;
      a = l;
    } else if (b < 0 || (scores[l] as number) > (scores[b] as number)) b = l;
  }
  return [a, b];
}

function weightOf(pair: PairModel, row: number): number {
  let lo = 0;
  let hi = pair.rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const r = pair.rows[mid] as number;
    if (r === row) return pair.weights[mid] as number;
    if (r < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

function logitOf(stage: PairStage, pair: PairModel, scores: Float64Array, doc: DocumentVector): number {
  let z = pair.bias + pair.marginWeight * marginOf(stage, scores, pair, doc.mass);
  for (let i = 0; i < doc.rows.length; i++) z += weightOf(pair, doc.rows[i] as number) * (doc.weights[i] as number);
  return z;
}

const stageIndex = new WeakMap<PairStage, Map<number, PairModel>>();
function pairOf(stage: PairStage, a: number, b: number): PairModel | undefined {
  let index = stageIndex.get(stage);
  if (!index) {
    index = new Map(stage.pairs.map((p) => [pairKey(p.first, p.second), p]));
    stageIndex.set(stage, index);
  }
  return index.get(pairKey(a, b));
}

/**
 * The scores with the top two (among `allowed`) set apart by the pair's regression: their mean
 * stays, and their gap becomes logit · the model's temperature, so after the softmax their odds
 * are e^logit. The scores themselves when the input is long or the pair has no regression.
 */
export function rerankTopTwo(model: ModelData, scores: Float64Array, doc: DocumentVector, allowed?: ReadonlySet<number>): Float64Array {
  const stage = model.pairs;
  if (!stage || doc.mass > stage.maxMass) return scores;
  const [a, b] = topTwo(scores, allowed);
  if (a < 0 || b < 0) return scores;
  const pair = pairOf(stage, a, b);
  if (!pair) return scores;
  const z = logitOf(stage, pair, scores, doc);
  const mean = ((scores[a] as number) + (scores[b] as number)) / 2;
  const half = (z * effectiveTemperature(model.params, doc.mass)) / 2;
  const out = Float64Array.from(scores);
  out[pair.first] = mean + half;
  out[pair.second] = mean - half;
  return out;
}

/**
 * Fits the stage on training windows scored by `model` (whose counts they were learnt into: the
 * margins are those of seen projects, which the margin's weight absorbs). Deterministic.
 */
export function fitPairStage(model: ModelData, windows: readonly PairDocument[], options: PairFitOptions = DEFAULT_PAIR_FIT): PairStage {
  const compiled = compile(model);
  const law = { temperature: model.params.temperature, temperatureExponent: model.params.temperatureExponent };
  const byPair = new Map<number, Array<{ doc: DocumentVector; margin: number; y: number }>>();
  const masses: number[] = [];
  for (const { doc, label } of windows) {
    masses.push(doc.mass);
    if (doc.mass < model.params.minEvidence) continue;
    const scores = scoreVector(compiled, doc);
    const [a, b] = topTwo(scores);
    if (b < 0 || (label !== a && label !== b)) continue;
    const pair = { first: Math.min(a, b), second: Math.max(a, b) };
    const key = pairKey(a, b);
    let list = byPair.get(key);
    if (!list) byPair.set(key, (list = []));
    list.push({ doc, margin: marginOf(law, scores, pair, doc.mass), y: label === pair.first ? 1 : 0 });
  }
  masses.sort((x, y) => x - y);
  const maxMass = masses.length === 0 ? 0 : (masses[Math.min(masses.length - 1, Math.floor(options.massQuantile * masses.length))] as number);
  const chosen = [...byPair.entries()]
    .map(([key, examples]) => ({ key, examples, wrong: examples.filter((e) => (e.margin >= 0 ? 1 : 0) !== e.y).length }))
    .filter((p) => p.wrong > 0)
    .sort((p, q) => q.wrong - p.wrong || p.key - q.key)
    .slice(0, options.pairs);
  const pairs = chosen.map(({ key, examples }) => fitPair(Math.floor(key / 65536), key % 65536, examples, model.featureHashes.length, options));
  return { maxMass, ...law, pairs };
}

/** Logistic regression by AdaGrad over dense per-row arrays (reset sparsely between pairs). */
const dense = { weights: new Float64Array(0), squares: new Float64Array(0) };
function fitPair(first: number, second: number, examples: ReadonlyArray<{ doc: DocumentVector; margin: number; y: number }>, rowCount: number, options: PairFitOptions): PairModel {
  if (dense.weights.length < rowCount) {
    dense.weights = new Float64Array(rowCount);
    dense.squares = new Float64Array(rowCount);
  }
  const { weights, squares } = dense;
  const touched = new Set<number>();
  const rate = 0.5;
  let bias = 0;
  let biasSquares = 1e-8;
  let marginWeight = 0;
  let marginSquares = 1e-8;
  // A fixed shuffle: the same windows give the same regression.
  const order = examples.map((_, i) => i).sort((i, j) => ((i * 2654435761) >>> 0) - ((j * 2654435761) >>> 0) || i - j);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of order) {
      const e = examples[i] as (typeof examples)[number];
      const { rows, weights: tf } = e.doc;
      let z = bias + marginWeight * e.margin;
      for (let k = 0; k < rows.length; k++) z += (weights[rows[k] as number] as number) * (tf[k] as number);
      const error = 1 / (1 + Math.exp(-z)) - e.y;
      biasSquares += error * error;
      bias -= (rate * error) / Math.sqrt(biasSquares);
      const marginGradient = error * e.margin;
      marginSquares += marginGradient * marginGradient;
      marginWeight -= (rate * marginGradient) / Math.sqrt(marginSquares);
      for (let k = 0; k < rows.length; k++) {
        const r = rows[k] as number;
        if (squares[r] === 0) {
          squares[r] = 1e-8;
          touched.add(r);
        }
        const g = error * (tf[k] as number) + options.lambda * (weights[r] as number);
        squares[r] = (squares[r] as number) + g * g;
        weights[r] = (weights[r] as number) - (rate * g) / Math.sqrt(squares[r] as number);
      }
    }
  }
  const kept = [...touched]
    .sort((x, y) => Math.abs(weights[y] as number) - Math.abs(weights[x] as number) || x - y)
    .slice(0, options.featuresPerPair)
    .sort((x, y) => x - y);
  const pair: PairModel = {
    first,
    second,
    bias,
    marginWeight,
    rows: Uint32Array.from(kept),
    weights: Float32Array.from(kept, (r) => weights[r] as number),
  };
  for (const r of touched) {
    weights[r] = 0;
    squares[r] = 0;
  }
  return pair;
}
