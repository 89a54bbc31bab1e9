// Training from labelled files on disk: read each file's prefix, add it (and a few snippets cut
// from it) to the trainer, then tune smoothing and calibration on validation files if there are any.
import { WhichlangError } from '../errors.js';
import { labelledSnippetOf } from '../evaluate/snippets.js';
import { countDocument, countDocumentWithSnippetFeatures, ModelTrainer, type TrainOptions } from '../model/train.js';
import { DEFAULT_FEATURE_OPTIONS, type FeatureOptions } from '../tokenizer/features.js';
import { contentCandidates } from '../detect/pipeline.js';
import { fitCalibration, tuneAlpha, tuneMinConfidence, type ValidationDoc } from '../model/tune.js';
import { refineCounts, type RefineDocument, type RefineOptions } from '../model/refine.js';
import type { ModelData } from '../model/types.js';
import { looksBinary, decodeText } from '../tokenizer/decode.js';
import { readBytesPrefix, type LabelledFile } from './labelled-files.js';
import { contentLanguage } from '../languages/content-languages.js';
import { fileError } from '../fs/read.js';
import { namedLanguages } from '../model/no-language.js';

export interface TrainFilesOptions extends TrainOptions {
  readonly validation?: readonly LabelledFile[];
  /**
   * Validation files of languages left out of the model: with them the "unknown" threshold is
   * chosen so that such code gets null rather than a wrong name.
   */
  readonly unknownValidation?: readonly LabelledFile[];
  /** An existing model to extend: its counts are kept and the new files added. */
  readonly extend?: ModelData;
  /**
   * Documents already read and counted (an earlier run's `documents`), learnt before `files`: a
   * refit on train + validation reads only the validation files.
   */
  readonly counted?: readonly RefineDocument[];
  /** Sizes (in lines) of snippets cut from each training file and learnt too; a size may repeat. */
  readonly snippetLines?: readonly number[];
  /**
   * Count comment words and word parts (read in snippets only) in whole training files too, so
   * that their statistics rest on every comment and name of the corpus rather than on the few in
   * its windows; counted only, not refined by (countDocumentWithSnippetFeatures).
   */
  readonly snippetFeaturesFromWholeFiles?: boolean;
  readonly alphaGrid?: readonly number[];
  /**
   * Discriminative refinement of the counts after α is chosen (src/model/refine.ts); it keeps
   * every training document's counts in memory meanwhile.
   */
  readonly refine?: RefineOptions;
  readonly onProgress?: (done: number, total: number) => void;
  /** Counts the files on several threads (src/node/count-threads.ts); on this thread without. */
  readonly counters?: FileCounter;
}

/** What counting a training file needs besides the file (plain data: it is sent to other threads). */
export interface CountSetup {
  readonly features: FeatureOptions;
  /** Whole files teach comment words and word parts too (see TrainFilesOptions). */
  readonly snippetFeaturesFromWholeFiles?: boolean;
  readonly longDocumentMass?: number;
  readonly snippetLines: readonly number[];
  /** The languages the corpus teaches (see learntWindows). */
  readonly taught: ReadonlySet<string>;
}

/** A training file as the trainer learns it: the language it counts for, and its documents counted (the file, then its windows). */
export interface CountedFile {
  readonly language: string;
  readonly documents: RefineDocument[];
}

/** A file's count, `undefined` for an empty or binary file, or why it could not be read. */
export type FileCount = CountedFile | undefined | { readonly error: string };

/** Counts training files, handing each one's count to `each` in the files' order. */
export interface FileCounter {
  countFiles(files: readonly LabelledFile[], setup: CountSetup, each: (count: FileCount, index: number) => void): void;
}

/** Reads and counts one training file (undefined: empty or binary); an unreadable file is a BAD_CORPUS error. */
export function countFile(file: Pick<LabelledFile, 'path' | 'key' | 'language'>, setup: CountSetup): CountedFile | undefined {
  const text = readText(file.path);
  if (text === undefined) return undefined;
  const language = contentLanguage(file.language, text);
  const documents: RefineDocument[] = [];
  if (setup.snippetFeaturesFromWholeFiles) documents.push(...countDocumentWithSnippetFeatures({ text, language }, setup.features, setup.longDocumentMass));
  else {
    const whole = countDocument({ text, language }, setup.features, setup.longDocumentMass);
    if (whole) documents.push(whole);
  }
  for (const doc of learntWindows(text, language, file.key, setup.snippetLines, setup.taught)) {
    const counted = countDocument(doc, setup.features, setup.longDocumentMass);
    if (counted) documents.push(counted);
  }
  return { language, documents };
}

/** Counting on this thread, file by file. */
export const COUNT_HERE: FileCounter = {
  countFiles(files, setup, each) {
    files.forEach((file, i) => {
      let count: FileCount;
      try {
        count = countFile(file, setup);
      } catch (error) {
        count = { error: error instanceof Error ? error.message : String(error) };
      }
      each(count, i);
    });
  },
};

export interface TrainFilesLog {
  trainFiles: number;
  skippedEmptyOrBinary: string[];
  validationFiles: number;
  languages: number;
  features: number;
  entries: number;
  alphaGrid: Array<[number, number]>;
  alpha: number;
  temperature: number;
  temperatureExponent: number;
  leaderBonus: number;
  leaderBonusExponent: number;
  minConfidence: number;
  minConfidenceGrid: Array<[number, number]>;
  refineSeconds: number;
  seconds: number;
  /** Whole files learnt per language, as learnt (a `.tsx` file without JSX counts as TypeScript). */
  filesPerLanguage: Record<string, number>;
}

/**
 * The windows `npm run train` and `whichlang train` learn from each file, by length in lines; a
 * repeated length is another window at another place of the file. A third 3-line window (session
 * 18) gained at every length on validation (3 lines 74.51 → 74.71, 10 lines 86.99 → 87.06); a
 * second 1-line window besides gained more on 3 lines and lost on 10. A fourth and fifth (session
 * 31, full corpus, train-only, whole / 1 / 3 / 5 / 10 / 20 / 50 lines): 97.09 / 57.64 / 76.66 /
 * 82.85 / 88.42 / 92.17 / 95.27 → 97.03 / 57.73 / 76.86 / 82.97 / 88.46 / 92.30 / 95.38 (kept).
 */
export const SHIPPED_SNIPPET_LINES: readonly number[] = [1, 3, 3, 3, 3, 3, 10, 10];

/**
 * Whether `npm run train` and `whichlang train` learn comment words and word parts from whole
 * files too (TrainFilesOptions.snippetFeaturesFromWholeFiles). Session 31, train-only models on
 * the full corpus, validation, whole / 1 / 3 / 5 / 10 / 20 / 50 lines: without 97.03 / 57.73 /
 * 76.86 / 82.97 / 88.46 / 92.30 / 95.38 (8.89 MB); with them, refined by too, 97.00 / 57.90 /
 * 77.01 / 83.02 / 88.50 / 92.21 / 95.31, but `npm run train` took 885.2 s against the 15-minute
 * budget. Session 32, counted only (train.ts countDocumentWithSnippetFeatures): 97.02 / 58.13 /
 * 77.06 / 82.99 / 88.48 / 92.19 / 95.33 (9.48 MB), refinement as fast as without them (kept).
 */
export const SHIPPED_SNIPPET_FEATURES_FROM_WHOLE_FILES = true;

/**
 * How `npm run train` and `whichlang train` choose the vocabulary: at most 440,000 features (session
 * 18; scripts/train.ts keeps each step's validation figures), each in at least 3 training documents,
 * and a (feature, language) count under 1.4 left to smoothing. The library's `ModelTrainer` keeps
 * every count by default, for the small corpora of tests and experiments.
 */
export const SHIPPED_VOCABULARY = { maxFeatures: 440_000, minDocFrequency: 3, minEntryCount: 1.4 } as const;

/**
 * Where a training file's window is cut: its key, the window's length and which window of that
 * length it is, a length listed twice cutting a second window at another place ("#train3",
 * "#train3b", …).
 */
export function trainingWindowId(fileKey: string, lines: number, repeat = 0): string {
  return `${fileKey}#train${lines}${repeat === 0 ? '' : String.fromCharCode(97 + repeat)}`;
}

/** The windows learnt from a file, in the order of `lengths`: each length with its window's id. */
export function trainingWindows(fileKey: string, lengths: readonly number[]): Array<{ lines: number; id: string }> {
  const cut = new Map<number, number>();
  return lengths.map((lines) => {
    const repeat = cut.get(lines) ?? 0;
    cut.set(lines, repeat + 1);
    return { lines, id: trainingWindowId(fileKey, lines, repeat) };
  });
}

/**
 * The snippet windows learnt from a file labelled `language`, each with the language it is learnt
 * as: a window inside a fenced block or a script element is its block's language where the
 * corpus teaches that language (`taught`: a handful of ```mermaid windows is no language), and
 * any other window is the file's language.
 */
export function learntWindows(
  text: string,
  language: string,
  fileKey: string,
  lengths: readonly number[],
  taught: ReadonlySet<string>,
): Array<{ text: string; language: string; lines: number }> {
  const out: Array<{ text: string; language: string; lines: number }> = [];
  for (const { lines, id } of trainingWindows(fileKey, lengths)) {
    const snippet = labelledSnippetOf(text, language, lines, id, 'learnt');
    if (snippet === undefined) continue;
    const block = contentLanguage(snippet.language);
    out.push({ text: snippet.text, language: taught.has(block) ? block : language, lines });
  }
  return out;
}

const DEFAULT_ALPHA_GRID = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1];

function readText(path: string): string | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readBytesPrefix(path);
  } catch (error) {
    throw new WhichlangError('BAD_CORPUS', `cannot train: ${fileError(path, error).message}`);
  }
  if (bytes.length === 0 || looksBinary(bytes)) return undefined;
  const text = decodeText(bytes);
  return text.trim() === '' ? undefined : text;
}

export interface TrainedFromFiles {
  readonly model: ModelData;
  readonly log: TrainFilesLog;
  /** Every document learnt, as counted (with refinement or `keepDocuments`; empty otherwise). */
  readonly documents: readonly RefineDocument[];
}

export function trainFromFiles(files: readonly LabelledFile[], options: TrainFilesOptions = {}): TrainedFromFiles {
  const started = performance.now();
  const refine = options.refine && options.refine.epochs > 0 ? options.refine : undefined;
  // Extending a model reads the new files as it read its own: other features would never meet its counts.
  const features = options.extend ? options.extend.params.features : options.features;
  const trainer = new ModelTrainer({ ...options, ...(features ? { features } : {}), keepDocuments: options.keepDocuments === true || refine !== undefined });
  if (options.extend) trainer.addModel(options.extend);
  for (const doc of options.counted ?? []) trainer.addCounted(doc);
  const skipped: string[] = [];
  const filesPerLanguage: Record<string, number> = {};
  const taught = new Set([...files.map((f) => contentLanguage(f.language)), ...(options.extend?.languages ?? [])]);
  for (const doc of options.counted ?? []) taught.add(doc.language);
  const setup: CountSetup = {
    features: features ?? DEFAULT_FEATURE_OPTIONS,
    longDocumentMass: options.longDocumentMass,
    snippetLines: options.snippetLines ?? [],
    ...(options.snippetFeaturesFromWholeFiles ? { snippetFeaturesFromWholeFiles: true } : {}),
    taught,
  };
  // Learnt in the files' order, wherever they were counted: the same model, byte for byte.
  (options.counters ?? COUNT_HERE).countFiles(files, setup, (count, i) => {
    const file = files[i] as LabelledFile;
    if (count !== undefined && 'error' in count) throw new WhichlangError('BAD_CORPUS', count.error);
    if (count === undefined) skipped.push(file.path);
    else {
      filesPerLanguage[count.language] = (filesPerLanguage[count.language] ?? 0) + 1;
      for (const doc of count.documents) trainer.addCounted(doc);
    }
    options.onProgress?.(i + 1, files.length);
  });
  if (files.length > 0 && skipped.length === files.length && (options.counted ?? []).length === 0) {
    throw new WhichlangError('BAD_CORPUS', `cannot train: all ${files.length} files are empty or binary`);
  }
  const base = options.extend?.params;
  let model = trainer.build(base ? { alpha: base.alpha, temperature: base.temperature, temperatureExponent: base.temperatureExponent, leaderBonus: base.leaderBonus, leaderBonusExponent: base.leaderBonusExponent } : {});

  const validationDocs: ValidationDoc[] = [];
  for (const f of options.validation ?? []) {
    const text = readText(f.path);
    if (text === undefined) continue;
    const language = contentLanguage(f.language, text);
    validationDocs.push({ text, language });
    // Tune on whole files and snippets alike: both are what users give us, and a probability
    // should mean the same for a pasted 3-line snippet as for a file. A snippet is the language it
    // shows, as evaluation scores it (three lines of C++ without any C++ are C).
    for (const [lines, id] of [[10, `${f.key}#validation`], [3, `${f.key}#validation3`]] as const) {
      const snippet = labelledSnippetOf(text, language, lines, id);
      if (snippet) validationDocs.push(snippet);
    }
  }
  let alphaGrid: Array<[number, number]> = [];
  if (validationDocs.length > 0) {
    const tuned = tuneAlpha(model, validationDocs, options.alphaGrid ?? DEFAULT_ALPHA_GRID);
    alphaGrid = tuned.tried;
    model = { ...model, params: { ...model.params, alpha: tuned.alpha } };
  }
  const refineStarted = performance.now();
  if (refine) model = refineCounts(model, trainer.documents(), refine);
  const refinedIn = (performance.now() - refineStarted) / 1000;
  // Calibrated as answered: among the languages the content rules leave each text (which the
  // ranking alone decides, so the fit does not change them).
  const asAnswered = (doc: ValidationDoc): ValidationDoc => {
    const candidates = contentCandidates(model, doc.text);
    return candidates ? { ...doc, candidates } : doc;
  };
  const calibrationDocs = validationDocs.map(asAnswered);
  if (calibrationDocs.length > 0) {
    const { nll: _nll, ...calibration } = fitCalibration(model, calibrationDocs);
    model = { ...model, params: { ...model.params, ...calibration } };
  }
  let minConfidenceGrid: Array<[number, number]> = [];
  if (calibrationDocs.length > 0 && (options.unknownValidation ?? []).length > 0) {
    const docs = [...calibrationDocs];
    for (const f of options.unknownValidation ?? []) {
      const text = readText(f.path);
      if (text !== undefined) docs.push(asAnswered({ text, language: contentLanguage(f.language, text) }));
    }
    const threshold = tuneMinConfidence(model, docs);
    minConfidenceGrid = threshold.tried;
    model = { ...model, params: { ...model.params, minConfidence: threshold.minConfidence } };
  }
  return {
    model,
    documents: trainer.documents(),
    log: {
      trainFiles: files.length - skipped.length,
      skippedEmptyOrBinary: skipped,
      validationFiles: (options.validation ?? []).length,
      languages: namedLanguages(model).length,
      features: model.featureHashes.length,
      entries: model.entryCodes.length,
      alphaGrid,
      alpha: model.params.alpha,
      temperature: model.params.temperature,
      temperatureExponent: model.params.temperatureExponent,
      leaderBonus: model.params.leaderBonus,
      leaderBonusExponent: model.params.leaderBonusExponent,
      minConfidence: model.params.minConfidence,
      minConfidenceGrid,
      refineSeconds: Number(refinedIn.toFixed(1)),
      seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
      filesPerLanguage: Object.fromEntries(Object.entries(filesPerLanguage).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    },
  };
}
