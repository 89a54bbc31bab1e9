// Accuracy, per-language precision/recall/F1, confusions and calibration from (expected, predicted) pairs.
export interface Prediction {
  readonly expected: string;
  /** null: the model answered "unknown". */
  readonly predicted: string | null;
  readonly confidence: number;
}

export interface LanguageMetrics {
  readonly language: string;
  readonly support: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface Confusion {
  readonly expected: string;
  readonly predicted: string;
  readonly count: number;
}

export interface Metrics {
  readonly total: number;
  readonly correct: number;
  readonly accuracy: number;
  readonly unknown: number;
  readonly perLanguage: LanguageMetrics[];
  readonly confusions: Confusion[];
  /** Every (expected, predicted) pair that occurred at least once with expected ≠ predicted. */
  readonly allConfusions: Confusion[];
  /** Expected calibration error over 10 equal-width confidence bins. */
  readonly calibrationError: number;
}

const UNKNOWN = '(unknown)';

export function computeMetrics(predictions: readonly Prediction[], confusionLimit = 20): Metrics {
  const support = new Map<string, number>();
  const predictedCount = new Map<string, number>();
  const truePositive = new Map<string, number>();
  const confusions = new Map<string, number>();
  let correct = 0;
  let unknown = 0;
  const bump = (map: Map<string, number>, key: string): void => void map.set(key, (map.get(key) ?? 0) + 1);
  for (const p of predictions) {
    bump(support, p.expected);
    if (p.predicted === null) unknown++;
    else bump(predictedCount, p.predicted);
    if (p.predicted === p.expected) {
      correct++;
      bump(truePositive, p.expected);
    } else {
      bump(confusions, `${p.expected}\u0000${p.predicted ?? UNKNOWN}`);
    }
  }
  const perLanguage = [...support.keys()].sort().map((language) => {
    const tp = truePositive.get(language) ?? 0;
    const n = support.get(language) ?? 0;
    const predicted = predictedCount.get(language) ?? 0;
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = n === 0 ? 0 : tp / n;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { language, support: n, precision, recall, f1 };
  });
  const confusionList = [...confusions.entries()]
    .map(([key, count]) => {
      const [expected, predicted] = key.split('\u0000') as [string, string];
      return { expected, predicted, count };
    })
    .sort((a, b) => b.count - a.count || (a.expected + a.predicted < b.expected + b.predicted ? -1 : 1));
  return {
    total: predictions.length,
    correct,
    accuracy: predictions.length === 0 ? 0 : correct / predictions.length,
    unknown,
    perLanguage,
    confusions: confusionList.slice(0, confusionLimit),
    allConfusions: confusionList,
    calibrationError: expectedCalibrationError(predictions),
  };
}

/** Σ_bins (n_bin / N) · |accuracy_bin − mean confidence_bin|, over answered predictions. */
export function expectedCalibrationError(predictions: readonly Prediction[], bins = 10): number {
  const count = new Array<number>(bins).fill(0);
  const hits = new Array<number>(bins).fill(0);
  const confidence = new Array<number>(bins).fill(0);
  let n = 0;
  for (const p of predictions) {
    if (p.predicted === null) continue;
    const b = Math.min(bins - 1, Math.floor(p.confidence * bins));
    count[b]! += 1;
    confidence[b]! += p.confidence;
    if (p.predicted === p.expected) hits[b]! += 1;
    n++;
  }
  if (n === 0) return 0;
  let ece = 0;
  for (let b = 0; b < bins; b++) {
    const c = count[b]!;
    if (c > 0) ece += (c / n) * Math.abs(hits[b]! / c - confidence[b]! / c);
  }
  return ece;
}
