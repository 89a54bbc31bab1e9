export type { ModelData, ModelParams, LanguageProbability } from './types.js';
export { trainModel, ModelTrainer, DEFAULT_PARAMS, type TrainingDocument, type TrainOptions } from './train.js';
export { classify, reclassify, type Classification, type ClassifyOptions } from './classify.js';
export { explainDecision, type FeatureContribution } from './explain.js';
export { serializeModel, deserializeModel, MODEL_FORMAT_VERSION } from './serialize.js';
export { toProbabilities } from './score.js';
