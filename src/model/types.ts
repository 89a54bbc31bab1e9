import type { FeatureOptions } from '../tokenizer/features.js';

/** Settings stored with a model; the classifier reads them, training chooses them. */
export interface ModelParams {
  /** Additive (Lidstone) smoothing of feature counts. */
  readonly alpha: number;
  /**
   * Scores are divided by temperature · evidence^temperatureExponent before the softmax. Naive
   * Bayes grows overconfident as the input grows (its independence assumption counts correlated
   * tokens again and again), so the divisor grows with the evidence; both are fitted on validation
   * data so that a probability of 0.9 is right about nine times in ten.
   */
  readonly temperature: number;
  readonly temperatureExponent: number;
  /**
   * Log-odds added to the best-scoring language before the softmax: leaderBonus ·
   * (32 / evidence)^leaderBonusExponent past an evidence of 32 (score.ts leaderBonusAt; an exponent
   * of 0 keeps it whole). One temperature makes the answers given 0.4–0.8 too unsure (they were
   * right 4–13 points more often than said, session 32) when it makes the surest ones right; the
   * bonus mends the middle. Both fitted on validation data with the temperature (tune.ts
   * fitCalibration); 0 in models from before session 33.
   */
  readonly leaderBonus: number;
  readonly leaderBonusExponent: number;
  /** Below this top probability the answer is "unknown" (null). */
  readonly minConfidence: number;
  /** Fewer known feature occurrences than this and the answer is "unknown". */
  readonly minEvidence: number;
  /**
   * Below this share of known features the input is noise to the model (random bytes, an
   * unknown script) and the answer is "unknown".
   */
  readonly minKnownShare: number;
  readonly features: FeatureOptions;
}

/**
 * A multinomial naive Bayes model, stored sparsely: for feature i (sorted by hash), entries
 * rowStart[i]..rowStart[i+1] give the languages it was seen in and how often. Counts, not
 * probabilities, so models can be extended with more data and re-smoothed.
 */
export interface ModelData {
  readonly languages: readonly string[];
  readonly params: ModelParams;
  readonly featureHashes: Uint32Array;
  readonly rowStart: Uint32Array;
  readonly entryLanguage: Uint8Array | Uint16Array;
  /** The counts, as one-byte log codes (count-codec.ts). */
  readonly entryCodes: Uint8Array;
  /** Sum of counts per language over the kept vocabulary. */
  readonly languageTotals: Float64Array;
  /** Training documents per language (for reports and extension). */
  readonly languageDocs: Uint32Array;
  /** Free-form facts about how the model was made (corpus, date-free so training is reproducible). */
  readonly info: Readonly<Record<string, unknown>>;
}

export interface LanguageProbability {
  readonly language: string;
  readonly probability: number;
}
