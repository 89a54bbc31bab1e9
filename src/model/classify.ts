// From scores to an answer: probabilities over the allowed languages, the top K, and "unknown"
// (null) when the evidence is too thin, the input is mostly unknown to the model, no language is
// clearly ahead, or the best match is prose or noise.
import { compile } from './compiled.js';
import { foldOtherProse, isInternalClass, NOISE, PROSE } from './no-language.js';
import { calibratedProbabilities, scoreForClassification, vectorize, type DocumentVector } from './score.js';
import type { LanguageProbability, ModelData } from './types.js';

export interface ClassifyOptions {
  /** Only these languages may be chosen (names as in the model; others are ignored). */
  readonly candidates?: readonly string[];
  /** How many ranked candidates to return (default 3). */
  readonly top?: number;
}

/** Why an answer is "unknown" (null). */
export type UnknownReason =
  /** Empty input, or too few features the model knows (`minEvidence`). */
  | 'too-little-evidence'
  /** Most of the input's features are unknown to the model (`minKnownShare`). */
  | 'unfamiliar'
  /** None of the allowed languages is in the model. */
  | 'no-candidates'
  /** Ranked first: text that is no language (base64, hex dumps, random tokens). */
  | 'noise'
  /** Ranked first: prose (Text). */
  | 'prose'
  /** No language is clearly ahead (`minConfidence`). */
  | 'low-confidence';

export interface Classification {
  readonly language: string | null;
  /** Why `language` is null; absent when it is not. */
  readonly reason?: UnknownReason;
  readonly confidence: number;
  readonly candidates: LanguageProbability[];
  /** Raw log-likelihoods per model language, for explanations and evaluation. */
  readonly scores: Float64Array;
  readonly doc: DocumentVector;
}

export function allowedIndexes(model: ModelData, candidates?: readonly string[]): Set<number> | undefined {
  if (!candidates) return undefined;
  const allowed = new Set<number>();
  for (const name of candidates) {
    const i = model.languages.indexOf(name);
    if (i >= 0) allowed.add(i);
  }
  return allowed;
}

export function classify(model: ModelData, text: string, options: ClassifyOptions = {}): Classification {
  const compiled = compile(model);
  const doc = vectorize(compiled, text);
  return decide(model, scoreForClassification(compiled, doc), doc, options);
}

/**
 * The same text ranked again among other candidates, from the scores already computed: a second
 * opinion costs a softmax, not another pass of the tokenizer.
 */
export function reclassify(model: ModelData, previous: Classification, options: ClassifyOptions = {}): Classification {
  return decide(model, previous.scores, previous.doc, options);
}

function decide(model: ModelData, scores: Float64Array, doc: DocumentVector, options: ClassifyOptions): Classification {
  const allowed = allowedIndexes(model, options.candidates);
  const nothing = (reason: UnknownReason): Classification => ({ language: null, reason, confidence: 0, candidates: [], scores, doc });
  // Unfamiliar first: a long text of unknown words also has little evidence, and is better told so.
  if (doc.knownCount < model.params.minKnownShare * doc.featureCount) return nothing('unfamiliar');
  if (doc.mass < model.params.minEvidence) return nothing('too-little-evidence');
  if (allowed && allowed.size === 0) return nothing('no-candidates');

  const probs = calibratedProbabilities(model.params, scores, doc.mass, allowed);
  foldOtherProse(model.languages, probs);
  const order = rankIndexes(probs, allowed);
  // Noise ranked first is no language and ranks none: like text the model barely knows. (So is
  // prose in other languages, in a model without Text to fold it into.)
  const first = model.languages[order[0] as number];
  if (isInternalClass(first)) return nothing(first === NOISE ? 'noise' : 'prose');
  const ranked = order.filter((l) => !isInternalClass(model.languages[l]));
  const candidates = ranked.slice(0, Math.max(1, options.top ?? 3)).map((l) => ({
    language: model.languages[l] as string,
    probability: probs[l] as number,
  }));
  const best = candidates[0];
  // A model may learn prose as "Text" so that prose is recognised; it is still no code language.
  if (!best) return nothing('no-candidates');
  if (best.language === PROSE || best.probability < model.params.minConfidence) {
    return { ...nothing(best.language === PROSE ? 'prose' : 'low-confidence'), candidates, confidence: best.probability };
  }
  return { language: best.language, confidence: best.probability, candidates, scores, doc };
}

/** Language indexes by descending probability; ties by index, so results are stable. */
export function rankIndexes(probs: Float64Array, allowed?: ReadonlySet<number>): number[] {
  const order: number[] = [];
  for (let l = 0; l < probs.length; l++) if (!allowed || allowed.has(l)) order.push(l);
  return order.sort((a, b) => (probs[b] as number) - (probs[a] as number) || a - b);
}
