// The pure core: no file system, no workers. Runs unchanged in a browser or a worker;
// pass it a model loaded from bytes you fetched yourself.
import { decodeText, textPrefix } from './tokenizer/decode.js';
import { deserializeModel } from './model/serialize.js';
import { detectLanguage, type DetectLanguageOptions, type Detection } from './detect/pipeline.js';
import type { ModelData } from './model/types.js';

export { detectLanguage, type DetectLanguageOptions, type Detection, type DetectionUnknownReason, type RuledOutLanguage } from './detect/pipeline.js';
export type { StrategyName } from './detect/strategy.js';
export { isVendored } from './detect/vendored.js';
export { isDocumentation } from './detect/documentation.js';
export { isGenerated, isGeneratedPath } from './detect/generated.js';
export {
  trainModel as train,
  ModelTrainer,
  classify,
  explainDecision,
  serializeModel,
  deserializeModel,
  MODEL_FORMAT_VERSION,
  type ModelData,
  type ModelParams,
  type LanguageProbability,
  type TrainingDocument,
  type TrainOptions,
  type FeatureContribution,
} from './model/index.js';
export { tokenize, decodeText, looksBinary, MAX_INPUT_BYTES, type Token } from './tokenizer/index.js';
export { languageInfo, resolveLanguageName, LANGUAGES, LINGUIST_VERSION, type LanguageInfo } from './languages/index.js';
export { WhichlangError, type ErrorCode } from './errors.js';
export { NOISE, OTHER_PROSE, PROSE, namedLanguages } from './model/no-language.js';

/** Parses model bytes (e.g. `models/default.wlm`); throws WhichlangError on a damaged file. */
export function loadModelBytes(bytes: Uint8Array, source?: string): ModelData {
  return deserializeModel(bytes, source);
}

/** Text from either a string or raw bytes (decoded leniently, BOM honoured), its first MAX_INPUT_BYTES only. */
export function asText(content: string | Uint8Array): string {
  return typeof content === 'string' ? textPrefix(content) : decodeText(content);
}

export function detectWithModel(model: ModelData, content: string | Uint8Array, options: DetectLanguageOptions = {}): Detection {
  return detectLanguage(model, asText(content), options);
}
