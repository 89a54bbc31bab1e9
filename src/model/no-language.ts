// The classes a model may learn that are no language. Learning them lets the classifier recognise
// prose and noise instead of naming the nearest language; as an answer each means null.
import type { ModelData } from './types.js';

/** Linguist's name for plain prose: answered null, and ranked among the candidates so a caller sees why. */
export const PROSE = 'Text';

/**
 * Text that is no language at all (base64, hex dumps, random tokens: src/evaluate/noise.ts),
 * learnt as a class of its own rather than as Text so that prose keeps its own counts. Not a
 * Linguist language, so never answered, listed or ranked; the parentheses keep it apart from
 * every language name. A user's corpus may teach it too (a `(noise)` directory or label).
 */
export const NOISE = '(noise)';

/**
 * Prose in other human languages than English (translated messages: src/evaluate/translated-prose.ts),
 * learnt apart from Text so that Text's counts stay those of the corpus's English prose (learnt as
 * Text, it cost English prose files: validation Text recall 95.0% -> 88.75%). Never named or
 * ranked itself: its probability is Text's too, so either ranked first is answered as prose.
 */
export const OTHER_PROSE = '(other prose)';

/** A class the model learns but never names (noise, prose in other languages). */
export function isInternalClass(name: string | undefined): boolean {
  return name === NOISE || name === OTHER_PROSE;
}

/** Prose in other languages is prose: its probability goes to Text, where a model has both (`probs` in model order). */
export function foldOtherProse(languages: readonly string[], probs: Float64Array): void {
  const other = languages.indexOf(OTHER_PROSE);
  const text = languages.indexOf(PROSE);
  if (other < 0 || text < 0) return;
  probs[text] = (probs[text] as number) + (probs[other] as number);
  probs[other] = 0;
}

/** A class that, ranked first, is answered null: prose or an internal class. */
export function answersNull(name: string | undefined): boolean {
  return name === PROSE || isInternalClass(name);
}

/** The languages a model can answer or rank: its classes but the internal ones, in model order. */
export function namedLanguages(model: Pick<ModelData, 'languages'>): string[] {
  return model.languages.filter((name) => !isInternalClass(name));
}
