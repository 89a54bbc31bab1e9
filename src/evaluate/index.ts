export { evaluate, DEFAULT_SNIPPET_LINES, type Evaluation, type EvaluationSample, type EvaluateOptions } from './evaluate.js';
export { computeMetrics, expectedCalibrationError, type Metrics, type Prediction, type LanguageMetrics, type Confusion } from './metrics.js';
export { snippetOf } from './snippets.js';
export { formatReport, type ReportContext } from './report.js';
export { formatHtmlReport } from './html-report.js';
export { textualNoise, NOISE_KINDS, TRAINING_NOISE_SEED, EVALUATION_NOISE_SEED, type NoiseKind, type NoiseSample } from './noise.js';
export { evaluateNoise, type NoiseRejection, type NoiseTally } from './noise-rejection.js';
