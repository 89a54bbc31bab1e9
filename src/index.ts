// whichlang for Node: the pure core plus the shipped model, loaded on first use.
import { detectWithModel, loadModelBytes, type DetectLanguageOptions, type Detection, type ModelData } from './core.js';
import { modelAt, readModelFile } from './node/model-file.js';

export * from './core.js';
export { DEFAULT_MODEL_PATH } from './node/model-file.js';

export interface DetectOptions extends DetectLanguageOptions {
  /** A model from `loadModel`/`train`; default: WHICHLANG_MODEL or the shipped model. */
  readonly model?: ModelData;
}

/**
 * Which language is this? `detect(code)` decides from content alone; with `{ filename }` the
 * file name, extension and shebang are used first, as GitHub Linguist does.
 */
export function detect(content: string | Uint8Array, options: DetectOptions = {}): Detection {
  return detectWithModel(options.model ?? modelAt(), content, options);
}

/** Loads a model from a file path or from its bytes. */
export function loadModel(source: string | Uint8Array): ModelData {
  return typeof source === 'string' ? readModelFile(source) : loadModelBytes(source);
}

export {
  classifyPaths,
  isFailure,
  isSkipped,
  type ClassifiedFile,
  type FailedFile,
  type SkippedFile,
  type FileResult,
  type ClassifyFilesOptions,
} from './node/classify-files.js';
export { evaluate, formatReport, textualNoise, evaluateNoise, type Evaluation, type EvaluationSample, type NoiseSample, type NoiseRejection } from './evaluate/index.js';
