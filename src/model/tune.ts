// Choosing the smoothing and the calibration on validation data, never on the test split.
import { compile } from './compiled.js';
import { allowedIndexes } from './classify.js';
import { calibratedProbabilities, effectiveTemperature, leaderBonusAt, scoreForClassification, scoreVector, vectorize, type DocumentVector } from './score.js';
import type { ModelData } from './types.js';
import { answersNull, foldOtherProse } from './no-language.js';

export interface ValidationDoc {
  readonly text: string;
  readonly language: string;
  /**
   * The languages its answer is ranked among once the content rules have ruled out what its
   * syntax excludes (detect/pipeline.ts contentCandidates); absent: all. The calibration and the
   * threshold are fitted to the answers as given.
   */
  readonly candidates?: readonly string[];
}

interface Prepared {
  readonly doc: DocumentVector;
  readonly label: number;
  readonly allowed: ReadonlySet<number> | undefined;
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
    .map((d) => ({ doc: vectorOf(model, d.text), label: model.languages.indexOf(d.language), allowed: allowedIndexes(model, d.candidates) }))
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

/** A validation text's scores as the calibration fit needs them: gaps below the best score. */
interface ScoredGaps {
  /** Every language's gap below the best score, smallest (0, the leader's) first. */
  readonly gaps: Float64Array;
  readonly labelGap: number;
  /** The label is the leader, the first best-scoring language (toProbabilities). */
  readonly labelLeads: boolean;
  readonly mass: number;
}

/** Gaps among the allowed languages (all when undefined). */
function scoredGaps(scores: Float64Array, label: number, mass: number, allowed: ReadonlySet<number> | undefined): ScoredGaps {
  const among = allowed ? [...allowed].sort((a, b) => a - b) : scores.map((_, l) => l);
  let leader = among[0] as number;
  for (const l of among) if ((scores[l] as number) > (scores[leader] as number)) leader = l;
  const max = scores[leader] as number;
  const gaps = Float64Array.from(among, (l) => max - (scores[l] as number)).sort();
  return { gaps, labelGap: max - (scores[label] as number), labelLeads: label === leader, mass };
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

/** The calibration fitted on validation data (ModelParams' temperature and leader's bonus). */
export interface Calibration {
  readonly temperature: number;
  readonly temperatureExponent: number;
  readonly leaderBonus: number;
  readonly leaderBonusExponent: number;
  /** Mean negative log-likelihood of the validation texts' labels under it. */
  readonly nll: number;
}

/**
 * How fast the leader's bonus may lessen past 32 units of evidence: the fit keeps the exponent of
 * least NLL. On validation windows of session 32's train-only model the best bonus per length fell
 * from 0.6–0.7 at 1–5 lines to 0.07 at 50 lines. Each exponent costs a few Newton passes.
 */
export const LEADER_BONUS_EXPONENTS: readonly number[] = [0, 0.25, 0.5, 0.75, 1];

/**
 * The calibration minimising the validation negative log-likelihood, scored as classification
 * scores (smoothing by evidence). First the temperature law alone: a grid over its exponent,
 * golden-section search on log T for each. Each text's scores are kept as sorted gaps below its
 * best, so a softmax stops at the languages far behind (most of them): with one new point a
 * search step, this took the fit in `npm run train` from 154 s to 50 s (session 32). Then, at that
 * exponent, 1 / T and the leader's bonus together by Newton's method (leaderAndTemperature), for
 * each exponent of the bonus (LEADER_BONUS_EXPONENTS).
 */
export function fitCalibration(model: ModelData, docs: readonly ValidationDoc[]): Calibration {
  const prepared = prepare(model, docs);
  const compiled = compile(model);
  // A text whose rules rule out its own language has no right answer left to calibrate.
  const scored = prepared
    .filter((p) => !p.allowed || p.allowed.has(p.label))
    .map((p) => scoredGaps(scoreForClassification(compiled, p.doc), p.label, p.doc.mass, p.allowed));
  const uncalibrated = { temperature: 1, temperatureExponent: 0, leaderBonus: 0, leaderBonusExponent: 0, nll: Infinity };
  if (scored.length === 0) return uncalibrated;
  let best: Calibration = uncalibrated;
  // Past 1 the temperature grows faster than the evidence: the refined counts' scores are steeper
  // than plain naive Bayes' (the fit chose 1, the grid's top, in session 5).
  for (const temperatureExponent of [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5]) {
    const at = (logT: number) => ({ ...uncalibrated, temperature: Math.exp(logT), temperatureExponent });
    const nllAt = (logT: number): number => {
      const params = at(logT);
      let sum = 0;
      for (const s of scored) sum += textNll(s, effectiveTemperature(params, s.mass));
      return sum / scored.length;
    };
    const logT = goldenSectionMinimum(nllAt, Math.log(1e-4), Math.log(1e4), 50);
    const nll = nllAt(logT);
    if (nll < best.nll) best = { ...at(logT), nll };
  }
  const temperatureOnly = best;
  for (const leaderBonusExponent of LEADER_BONUS_EXPONENTS) {
    const withBonus = leaderAndTemperature(scored, { ...temperatureOnly, leaderBonusExponent });
    if (withBonus.nll < best.nll) best = withBonus;
  }
  return best;
}

/** A text's NLL, and its gradient and Hessian in (1 / T, bonus), where T and the bonus are the evidence laws' factors. */
function textNllDerivatives(text: ScoredGaps, scale: { inverse: number; bonus: number }, out: Float64Array): number {
  const { inverse, bonus } = scale;
  // Exponents: the leader's bonus, and −gap · inverse for the others; each linear in one parameter.
  const leader = Math.exp(bonus);
  let sum = leader;
  let gapMean = 0;
  let gapSquare = 0;
  for (let i = 1; i < text.gaps.length; i++) {
    const gap = text.gaps[i] as number;
    const x = gap * inverse;
    if (x > NEGLIGIBLE_GAP) break;
    const w = Math.exp(-x);
    sum += w;
    gapMean += w * gap;
    gapSquare += w * gap * gap;
  }
  const nll = Math.log(sum) - (text.labelLeads ? bonus : -text.labelGap * inverse);
  // Flat past the cap: such a text weighs no more, whatever the parameters (MAX_NLL).
  if (nll >= MAX_NLL) return MAX_NLL;
  const pLeader = leader / sum;
  // d/d(inverse) of log Σ is −E[gap]; of the label's exponent, −labelGap (0 for the leader).
  const meanGap = gapMean / sum;
  out[0] = (out[0] as number) - meanGap + (text.labelLeads ? 0 : text.labelGap);
  out[1] = (out[1] as number) + pLeader - (text.labelLeads ? 1 : 0);
  out[2] = (out[2] as number) + gapSquare / sum - meanGap * meanGap;
  out[3] = (out[3] as number) + meanGap * pLeader;
  out[4] = (out[4] as number) + pLeader * (1 - pLeader);
  return nll;
}

/**
 * 1 / T and the leader's bonus at `start`'s temperature exponent, by damped Newton steps from
 * `start` with no bonus. Both enter every text's softmax linearly in its exponents, so the NLL is
 * convex in them and Newton's method finds the minimum in a few passes; searched one at a time in
 * turn, they pull on each other and settle slowly.
 */
function leaderAndTemperature(scored: readonly ScoredGaps[], start: Calibration): Calibration {
  // Per text the factors are scaled by its evidence, the same at every step: inverse / evidence^β
  // and bonus · (32 / evidence)^γ.
  const k = Float64Array.from(scored, (s) => 1 / Math.pow(Math.max(s.mass, 1), start.temperatureExponent));
  const c = Float64Array.from(scored, (s) => leaderBonusAt({ leaderBonus: 1, leaderBonusExponent: start.leaderBonusExponent }, s.mass));
  const local = new Float64Array(5);
  const evaluate = (inverse: number, bonus: number, derivatives: Float64Array): number => {
    derivatives.fill(0);
    let sum = 0;
    for (let t = 0; t < scored.length; t++) {
      const s = scored[t] as ScoredGaps;
      const kt = k[t] as number;
      const ct = c[t] as number;
      local.fill(0);
      sum += textNllDerivatives(s, { inverse: inverse * kt, bonus: bonus * ct }, local);
      derivatives[0] = (derivatives[0] as number) + kt * (local[0] as number);
      derivatives[1] = (derivatives[1] as number) + ct * (local[1] as number);
      derivatives[2] = (derivatives[2] as number) + kt * kt * (local[2] as number);
      derivatives[3] = (derivatives[3] as number) + kt * ct * (local[3] as number);
      derivatives[4] = (derivatives[4] as number) + ct * ct * (local[4] as number);
    }
    return sum / scored.length;
  };
  let inverse = 1 / start.temperature;
  let bonus = 0;
  const d = new Float64Array(5);
  let nll = evaluate(inverse, bonus, d);
  for (let iteration = 0; iteration < 30; iteration++) {
    const [gi, gb, hii, hib, hbb] = [d[0], d[1], d[2], d[3], d[4]] as [number, number, number, number, number];
    // The bonus stays ≥ 0: at 0 with the slope pointing below, only the temperature moves.
    const bonusFixed = bonus === 0 && gb > 0;
    const det = hii * hbb - hib * hib;
    let stepInverse = bonusFixed || det <= 0 ? -gi / hii : -(hbb * gi - hib * gb) / det;
    let stepBonus = bonusFixed || det <= 0 ? 0 : -(hii * gb - hib * gi) / det;
    if (!Number.isFinite(stepInverse) || !Number.isFinite(stepBonus)) break;
    let improved = false;
    const trial = new Float64Array(5);
    for (let halving = 0; halving < 30 && !improved; halving++) {
      const nextInverse = inverse + stepInverse;
      const nextBonus = Math.max(0, bonus + stepBonus);
      if (nextInverse > 0) {
        const next = evaluate(nextInverse, nextBonus, trial);
        if (next < nll) {
          improved = true;
          const gain = nll - next;
          inverse = nextInverse;
          bonus = nextBonus;
          nll = next;
          d.set(trial);
          if (gain < 1e-12) return done();
        }
      }
      stepInverse /= 2;
      stepBonus /= 2;
    }
    if (!improved) break;
  }
  return done();

  function done(): Calibration {
    return { ...start, temperature: 1 / inverse, leaderBonus: bonus, nll };
  }
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
    const probs = calibratedProbabilities(model.params, scoreForClassification(compiled, p.doc), p.doc.mass, p.allowed);
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
