import { DEFAULT_FEATURE_OPTIONS } from '../tokenizer/features.js';
import type { ModelParams } from './types.js';

export const DEFAULT_PARAMS: ModelParams = {
  alpha: 0.05,
  temperature: 1,
  temperatureExponent: 0,
  leaderBonus: 0,
  leaderBonusExponent: 0,
  minConfidence: 0,
  minEvidence: 3,
  minKnownShare: 0.3,
  features: DEFAULT_FEATURE_OPTIONS,
};
