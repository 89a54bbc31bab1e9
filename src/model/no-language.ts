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

/** A class the model learns but never names (noise). */
export function isInternalClass(name: string | undefined): boolean {
  return name === NOISE;
}

/** A class that, ranked first, is answered null: prose or an internal class. */
export function answersNull(name: string | undefined): boolean {
  return name === PROSE || isInternalClass(name);
}

/** The languages a model can answer or rank: its classes but the internal ones, in model order. */
export function namedLanguages(model: Pick<ModelData, 'languages'>): string[] {
  return model.languages.filter((name) => !isInternalClass(name));
}
