export { detectLanguage, PATH_STRATEGIES, type DetectLanguageOptions, type Detection } from './pipeline.js';
export type { Strategy, StrategyName, DetectInput } from './strategy.js';
