// The scoring form of a model: a hash table from feature hash to row, and the weight of each
// count, log(count + α) − log α, so that scoring touches only the languages a feature was seen in.
import type { ModelData } from './types.js';
import { COUNT_CODES, decodeCount } from './count-codec.js';

export interface CompiledModel {
  readonly data: ModelData;
  readonly slotKeys: Uint32Array;
  /** Row index + 1 per slot; 0 marks an empty slot (so key 0 needs no special case). */
  readonly slotRows: Int32Array;
  readonly slotMask: number;
  /**
   * Weight of a count by its one-byte code: log(count + α) − log α. Looked up per entry while
   * scoring instead of stored per entry, which saves 4 bytes an entry in every thread (about 9 MB
   * for the shipped model's 2.1 million entries, per worker).
   */
  readonly weightOfCode: Float32Array;
  /** log α − log(total_L + α·V): what every known feature occurrence adds to language L. */
  readonly baseWeight: Float64Array;
  /** Per-row occurrence counts while one text is vectorized; all zero between calls. */
  readonly scratch: Uint32Array;
  /** The weights at a smaller α, by step of evidence (`smoothingForEvidence`), made when first needed. */
  readonly lessSmoothed: Map<number, Smoothing>;
}

/** The weights a smoothing gives: per count code, and per language for every known feature occurrence. */
export interface Smoothing {
  readonly weightOfCode: Float32Array;
  readonly baseWeight: Float64Array;
}

/**
 * How α lessens as a text's evidence grows, in classification (training and tuning score at the
 * model's α). α is tuned on plain naive Bayes, before the refinement; scored after it, texts with
 * more evidence than a few lines of code are more often right with less smoothing. On validation,
 * with a train-only model (session 26, α 0.3 tuned), the best α fell from 0.3 below an evidence
 * of 32 (3 lines of code) to 0.2 at 32–64, 0.15 at 64–128 and 0.05–0.1 above: α · (32 / mass)^0.8,
 * at least α / 6, gained 0.4 points on whole files and 0.25 on 10-line snippets and changed
 * 3-line ones by 0.02. The same schedule within ±30% of each constant scored alike.
 */
export const EVIDENCE_SMOOTHING = { fullBelow: 32, exponent: 0.8, floor: 1 / 6, stepsPerDoubling: 8 } as const;

// Past the floor every step has the same α: the last step stands for them all.
const LAST_SMOOTHING_STEP = Math.ceil((EVIDENCE_SMOOTHING.stepsPerDoubling * Math.log2(1 / EVIDENCE_SMOOTHING.floor)) / EVIDENCE_SMOOTHING.exponent);

const cache = new WeakMap<ModelData, CompiledModel>();

export function compile(data: ModelData): CompiledModel {
  const hit = cache.get(data);
  if (hit) return hit;
  const { alpha } = data.params;
  const featureCount = data.featureHashes.length;
  let size = 1;
  // Load factor at most 2/3: linear probing stays short, the table stays small.
  while (size * 2 < featureCount * 3) size <<= 1;
  const slotKeys = new Uint32Array(size);
  const slotRows = new Int32Array(size);
  const slotMask = size - 1;
  for (let row = 0; row < featureCount; row++) {
    const key = data.featureHashes[row] as number;
    let slot = mix(key) & slotMask;
    while (slotRows[slot] !== 0) slot = (slot + 1) & slotMask;
    slotKeys[slot] = key;
    slotRows[slot] = row + 1;
  }
  const { weightOfCode, baseWeight } = smoothingAt(data, alpha);
  const compiled = { data, slotKeys, slotRows, slotMask, weightOfCode, baseWeight, scratch: new Uint32Array(featureCount), lessSmoothed: new Map<number, Smoothing>() };
  cache.set(data, compiled);
  return compiled;
}

function smoothingAt(data: ModelData, alpha: number): Smoothing {
  const logAlpha = Math.log(alpha);
  // A weight depends only on the count's code: 256 logs instead of one per entry.
  const weightOfCode = new Float32Array(COUNT_CODES);
  for (let code = 0; code < COUNT_CODES; code++) weightOfCode[code] = Math.log(decodeCount(code) + alpha) - logAlpha;
  const baseWeight = new Float64Array(data.languages.length);
  const featureCount = data.featureHashes.length;
  for (let l = 0; l < baseWeight.length; l++) {
    baseWeight[l] = logAlpha - Math.log((data.languageTotals[l] as number) + alpha * featureCount);
  }
  return { weightOfCode, baseWeight };
}

/**
 * The smoothing a text with this much evidence is classified at (EVIDENCE_SMOOTHING): the model's
 * own up to `fullBelow`, then α lessened in steps of an eighth of a doubling, each made once.
 */
export function smoothingForEvidence(model: CompiledModel, mass: number): Smoothing {
  const { fullBelow, exponent, floor, stepsPerDoubling } = EVIDENCE_SMOOTHING;
  if (mass <= fullBelow) return model;
  const step = Math.min(LAST_SMOOTHING_STEP, Math.round(stepsPerDoubling * Math.log2(mass / fullBelow)));
  if (step === 0) return model;
  let smoothing = model.lessSmoothed.get(step);
  if (smoothing === undefined) {
    const factor = Math.max(floor, Math.pow(2, (-exponent * step) / stepsPerDoubling));
    model.lessSmoothed.set(step, (smoothing = smoothingAt(model.data, model.data.params.alpha * factor)));
  }
  return smoothing;
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Row of a feature hash, or -1 when the model does not know it. */
export function rowOf(model: CompiledModel, hash: number): number {
  let slot = mix(hash) & model.slotMask;
  for (;;) {
    const row = model.slotRows[slot] as number;
    if (row === 0) return -1;
    if (model.slotKeys[slot] === hash) return row - 1;
    slot = (slot + 1) & model.slotMask;
  }
}
