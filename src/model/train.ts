// Training: count damped feature frequencies per language, keep the features seen in enough
// documents, and lay the counts out sparsely. Deterministic: same documents in the same order
// give the same model, byte for byte.
import { DEFAULT_FEATURE_OPTIONS, FeatureFamily, featureHashes, forEachFeatureWithFamily, readsSnippetFeatures, type FeatureOptions } from '../tokenizer/features.js';
import { WhichlangError } from '../errors.js';
import { HashCounter } from './hash-counter.js';
import { decodeCount, encodeCount } from './count-codec.js';
import { dampTermFrequency } from './score.js';
import type { ModelData, ModelParams } from './types.js';
import { DEFAULT_PARAMS } from './defaults.js';
import type { RefineDocument } from './refine.js';

export { DEFAULT_PARAMS };

export interface TrainingDocument {
  readonly text: string;
  readonly language: string;
}

export interface TrainOptions {
  readonly features?: FeatureOptions;
  readonly alpha?: number;
  readonly temperature?: number;
  readonly minConfidence?: number;
  readonly minEvidence?: number;
  /** A feature must occur in at least this many training documents to be kept. */
  readonly minDocFrequency?: number;
  /**
   * At most this many features are kept: those that make up the largest share of some language's
   * counts first, so that a language with few files keeps what marks it.
   */
  readonly maxFeatures?: number;
  /**
   * A (feature, language) count below this is dropped and left to smoothing: most entries are a
   * feature seen once in one file of a language, which says little and costs bytes.
   */
  readonly minEntryCount?: number;
  /**
   * Long files would otherwise dominate their language's counts (a 60 KB file weighs sixty
   * snippets): a document whose evidence exceeds this is scaled down by sqrt(cap / evidence).
   */
  readonly longDocumentMass?: number;
  /** Keep every document's feature counts for `documents()` (discriminative refinement). */
  readonly keepDocuments?: boolean;
  readonly info?: Record<string, unknown>;
}


/**
 * A document as the trainer learns it: its distinct feature hashes and damped counts (scaled down
 * past `longDocumentMass`, see TrainOptions), or undefined when it has no feature. Pure, so that
 * other threads can count documents for one trainer (src/node/count-threads.ts).
 */
export function countDocument(doc: TrainingDocument, features: FeatureOptions, longDocumentMass?: number): RefineDocument | undefined {
  return countHashes(featureHashes(doc.text, features), doc.language, longDocumentMass);
}

/**
 * A document counted as it is read, plus the comment words and word parts (FeatureFamily) that
 * scoring reads in snippets only, counted apart as a count-only document: they teach the
 * statistics that snippets read from every comment and name of a file, while refinement moves
 * the counts only by what a whole file is read with. A snippet-length text is read with them
 * anyway, so it is one document, as `countDocument` counts it.
 */
export function countDocumentWithSnippetFeatures(doc: TrainingDocument, features: FeatureOptions, longDocumentMass?: number): RefineDocument[] {
  if (readsSnippetFeatures(doc.text, features)) return present([countDocument(doc, features, longDocumentMass)]);
  const read: number[] = [];
  const snippetOnly: number[] = [];
  forEachFeatureWithFamily(doc.text, { ...features, snippetFeaturesAtAnyLength: true }, (hash, family) => {
    (family === FeatureFamily.CommentWord || family === FeatureFamily.WordPart ? snippetOnly : read).push(hash);
  });
  return present([countHashes(read, doc.language, longDocumentMass), countHashes(snippetOnly, doc.language, longDocumentMass, true)]);
}

function present(docs: Array<RefineDocument | undefined>): RefineDocument[] {
  return docs.filter((d): d is RefineDocument => d !== undefined);
}

function countHashes(hashes: ArrayLike<number>, language: string, longDocumentMass?: number, countOnly = false): RefineDocument | undefined {
  if (hashes.length === 0) return undefined;
  const local = new HashCounter(hashes.length);
  for (let i = 0; i < hashes.length; i++) local.add(hashes[i] as number, 1);
  let scale = 1;
  if (longDocumentMass) {
    let mass = 0;
    local.forEach((_hash, n) => (mass += dampTermFrequency(n)));
    if (mass > longDocumentMass) scale = Math.sqrt(longDocumentMass / mass);
  }
  const docHashes = new Uint32Array(local.size);
  // Single precision, as kept for refinement: a document learnt again from `documents()`
  // (addCounted) then counts exactly as it did the first time.
  const weights = new Float32Array(local.size);
  let i = 0;
  local.forEach((hash, n) => {
    docHashes[i] = hash;
    weights[i++] = scale * dampTermFrequency(n);
  });
  return { hashes: docHashes, weights, language, ...(countOnly ? { countOnly } : {}) };
}

/** Accumulates documents; `build()` turns the counts into a model. Use for streaming corpora. */
export class ModelTrainer {
  private readonly perLanguage = new Map<string, { counts: HashCounter; docs: number }>();
  private readonly docFrequency = new HashCounter(1 << 16);
  private readonly features: FeatureOptions;
  private readonly kept: RefineDocument[] = [];

  constructor(private readonly options: TrainOptions = {}) {
    this.features = options.features ?? DEFAULT_FEATURE_OPTIONS;
  }

  add(doc: TrainingDocument): void {
    if (!doc.language) throw new WhichlangError('BAD_CORPUS', 'a training document has no language');
    const counted = countDocument(doc, this.features, this.options.longDocumentMass);
    if (counted) this.addCounted(counted);
  }

  /**
   * Learns a document already counted: its distinct feature hashes and their weights, as
   * `documents()` gives them. Training again on the same files (a refit on more data) need not
   * read and tokenize them again.
   */
  addCounted(doc: RefineDocument): void {
    if (!doc.language) throw new WhichlangError('BAD_CORPUS', 'a training document has no language');
    const entry = this.countsOf(doc.language);
    // A count-only document is more features of a document already counted.
    if (!doc.countOnly) entry.docs++;
    const { counts } = entry;
    for (let i = 0; i < doc.hashes.length; i++) {
      const hash = doc.hashes[i] as number;
      counts.add(hash, doc.weights[i] as number);
      this.docFrequency.add(hash, 1);
    }
    if (this.options.keepDocuments) this.kept.push(doc);
  }

  /** The documents added so far, as counted (only with `keepDocuments`). */
  documents(): readonly RefineDocument[] {
    return this.kept;
  }

  /** Seeds the trainer with an existing model's counts (for extending it with more data). */
  addModel(model: ModelData): void {
    model.languages.forEach((language, l) => {
      this.countsOf(language).docs += model.languageDocs[l] as number;
    });
    for (let row = 0; row < model.featureHashes.length; row++) {
      const hash = model.featureHashes[row] as number;
      const start = model.rowStart[row] as number;
      const end = model.rowStart[row + 1] as number;
      // The model no longer knows document frequencies; every kept feature passed the threshold once.
      this.docFrequency.add(hash, this.options.minDocFrequency ?? 2);
      for (let e = start; e < end; e++) {
        const language = model.languages[model.entryLanguage[e] as number] as string;
        this.perLanguage.get(language)?.counts.add(hash, decodeCount(model.entryCodes[e] as number));
      }
    }
  }

  private countsOf(language: string): { counts: HashCounter; docs: number } {
    let entry = this.perLanguage.get(language);
    if (!entry) {
      entry = { counts: new HashCounter(1 << 12), docs: 0 };
      this.perLanguage.set(language, entry);
    }
    return entry;
  }

  get languageCount(): number {
    return this.perLanguage.size;
  }

  build(params: Partial<ModelParams> = {}): ModelData {
    if (this.perLanguage.size === 0) throw new WhichlangError('BAD_CORPUS', 'no training documents with any content');
    const languages = [...this.perLanguage.keys()].sort();
    const counters = languages.map((l) => (this.perLanguage.get(l) as { counts: HashCounter }).counts);
    const vocabulary = selectVocabulary(this.docFrequency, counters, this.options.minDocFrequency ?? 2, this.options.maxFeatures ?? 400_000);
    const rowOfHash = new HashCounter(vocabulary.length);
    vocabulary.forEach((hash, row) => rowOfHash.add(hash, row + 1));

    const minEntry = this.options.minEntryCount ?? 0;
    const rowLength = new Uint32Array(vocabulary.length);
    for (const counts of counters) {
      counts.forEach((hash, count) => {
        if (count < minEntry) return;
        const row = rowOfHash.get(hash);
        if (row > 0) rowLength[row - 1] = (rowLength[row - 1] as number) + 1;
      });
    }
    const rowStart = new Uint32Array(vocabulary.length + 1);
    for (let r = 0; r < vocabulary.length; r++) rowStart[r + 1] = (rowStart[r] as number) + (rowLength[r] as number);
    const total = rowStart[vocabulary.length] as number;
    const entryLanguage = new Uint16Array(total);
    const entryCodes = new Uint8Array(total);
    const fill = rowStart.slice(0, vocabulary.length);
    const languageTotals = new Float64Array(languages.length);
    // Languages in name order, so each row's entries come out sorted by language.
    counters.forEach((counts, l) => {
      counts.forEach((hash, count) => {
        if (count < minEntry) return;
        const row = rowOfHash.get(hash);
        if (row === 0) return;
        const at = fill[row - 1] as number;
        fill[row - 1] = at + 1;
        const code = encodeCount(count);
        entryLanguage[at] = l;
        entryCodes[at] = code;
        languageTotals[l] = (languageTotals[l] as number) + decodeCount(code);
      });
    });
    const languageDocs = Uint32Array.from(languages, (l) => (this.perLanguage.get(l) as { docs: number }).docs);
    return {
      languages,
      params: {
        ...DEFAULT_PARAMS,
        features: this.features,
        ...pick(this.options),
        ...params,
      },
      featureHashes: Uint32Array.from(vocabulary),
      rowStart,
      entryLanguage,
      entryCodes,
      languageTotals,
      languageDocs,
      info: this.options.info ?? {},
    };
  }
}

function pick(options: TrainOptions): Partial<ModelParams> {
  const out: { -readonly [K in keyof ModelParams]?: ModelParams[K] } = {};
  if (options.alpha !== undefined) out.alpha = options.alpha;
  if (options.temperature !== undefined) out.temperature = options.temperature;
  if (options.minConfidence !== undefined) out.minConfidence = options.minConfidence;
  if (options.minEvidence !== undefined) out.minEvidence = options.minEvidence;
  return out;
}

/**
 * Hashes of the kept features, sorted ascending. Over the cap, a feature ranks by the largest share
 * of one language's counts it makes up. Ranked by document frequency instead, the big languages'
 * common features crowded out small languages' own (session 9, train-only models on validation:
 * whole files 93.69% → 94.00%, 20 lines 87.74% → 88.12%, 3 lines level; model 9.1 → 7.9 MB).
 */
function selectVocabulary(docFrequency: HashCounter, languageCounts: readonly HashCounter[], minDocFrequency: number, maxFeatures: number): number[] {
  const kept: number[] = [];
  docFrequency.forEach((hash, df) => {
    if (df >= minDocFrequency) kept.push(hash);
  });
  if (kept.length > maxFeatures) {
    const share = largestLanguageShare(languageCounts, docFrequency.size);
    const rank = new Float64Array(kept.length);
    kept.forEach((hash, i) => (rank[i] = share.get(hash)));
    const order = kept.map((_, i) => i).sort((a, b) => (rank[b] as number) - (rank[a] as number) || (kept[a] as number) - (kept[b] as number));
    return order.slice(0, maxFeatures).map((i) => kept[i] as number).sort((a, b) => a - b);
  }
  return kept.sort((a, b) => a - b);
}

/** For every feature, the largest share of one language's total counts that it makes up. */
function largestLanguageShare(languageCounts: readonly HashCounter[], capacity: number): HashCounter {
  const share = new HashCounter(capacity);
  for (const counts of languageCounts) {
    let total = 0;
    counts.forEach((_, count) => (total += count));
    if (total <= 0) continue;
    counts.forEach((hash, count) => {
      const before = share.get(hash);
      if (count / total > before) share.add(hash, count / total - before);
    });
  }
  return share;
}

/** Trains a model in memory from labelled documents. */
export function trainModel(docs: Iterable<TrainingDocument>, options: TrainOptions = {}): ModelData {
  const trainer = new ModelTrainer(options);
  for (const doc of docs) trainer.add(doc);
  return trainer.build();
}
