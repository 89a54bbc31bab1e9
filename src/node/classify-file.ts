// Classifying one file: the result types, detection of bytes already read, and the synchronous
// read-and-classify a worker thread runs for each path it is sent. A failure is a result.
import { WhichlangError } from '../errors.js';
import { detectLanguage, type Detection } from '../detect/pipeline.js';
import { explainDecision, type FeatureContribution } from '../model/explain.js';
import type { ModelData } from '../model/types.js';
import { decodeText, looksBinary } from '../tokenizer/decode.js';
import { fileError, readFilePrefixSync } from '../fs/read.js';
import { generatedByContent, type SkipReason } from '../fs/exclusions.js';

export interface ClassifiedFile extends Detection {
  readonly path: string;
  /** The file's size in bytes (standard input: the bytes read). */
  readonly size: number;
  readonly explanation?: { readonly versus: string; readonly features: FeatureContribution[] };
  /** linguist-detectable, when .gitattributes sets or unsets it (breakdown's bar). */
  readonly detectable?: boolean;
}

export interface FailedFile {
  readonly path: string;
  readonly error: { readonly code: string; readonly message: string };
}

/** A file found by walking a directory and left out, reported only in the counts. */
export interface SkippedFile {
  readonly path: string;
  readonly skipped: SkipReason;
}

/** How a file came to be read: found by a walk or named, and what the walk and .gitattributes ask of it. */
export interface ReadItem {
  readonly fromWalk: boolean;
  /** Skip it (as generated) if its content says a tool wrote it. */
  readonly checkGenerated?: boolean;
  /** The language .gitattributes forces (linguist-language). */
  readonly language?: string;
  readonly detectable?: boolean;
}

export type FileResult = ClassifiedFile | FailedFile | SkippedFile;

/** What classifying needs besides the bytes. */
export interface DetectOptions {
  readonly model: ModelData;
  readonly contentOnly?: boolean;
  readonly top?: number;
  readonly candidates?: readonly string[];
  readonly explain?: boolean;
}

export function isFailure(result: FileResult): result is FailedFile {
  return 'error' in result;
}

export function isSkipped(result: FileResult): result is SkippedFile {
  return 'skipped' in result;
}

export function failure(path: string, error: unknown): FailedFile {
  const e = fileError(path, error);
  return { path, error: { code: e.code, message: e.message } };
}

export function classifyBytes(path: string, bytes: Uint8Array, options: DetectOptions, filename?: string, size = bytes.length): ClassifiedFile {
  const text = decodeText(bytes);
  const detection = detectLanguage(options.model, text, {
    ...(filename ? { filename } : {}),
    contentOnly: options.contentOnly === true || !filename,
    // An explanation compares the winner with the runner-up, so it needs at least two.
    top: options.explain ? Math.max(options.top ?? 1, 2) : options.top,
    candidates: options.candidates,
  });
  const result: ClassifiedFile = { path, size, ...detection, candidates: detection.candidates.slice(0, options.top ?? 3) };
  const [first, second] = detection.candidates;
  if (options.explain && detection.strategy === 'classifier' && first && second) {
    return { ...result, explanation: { versus: second.language, features: explainDecision(options.model, text, first.language, second.language) } };
  }
  return result;
}

/** A language forced by .gitattributes, unless the user asked for content only or for other languages. */
function forcedLanguage(item: ReadItem, options: DetectOptions): string | undefined {
  if (!item.language || options.contentOnly) return undefined;
  return !options.candidates || options.candidates.includes(item.language) ? item.language : undefined;
}

/**
 * What becomes of a file once its first bytes are read: bytes that look binary are skipped (found
 * by a walk) or an error (named by the user); a walked file whose content shows it generated is
 * skipped when the walk asks; a language .gitattributes forces is taken as is; anything else is
 * classified. The one place both the worker threads and this thread decide it.
 */
export function classifyRead(path: string, bytes: Uint8Array, size: number, item: ReadItem, options: DetectOptions): FileResult {
  if (looksBinary(bytes)) {
    if (item.fromWalk) return { path, skipped: 'binary' };
    throw new WhichlangError('BINARY', `${path}: binary file, not source code`);
  }
  if (item.checkGenerated && generatedByContent(path, bytes, size)) return { path, skipped: 'generated' };
  const language = forcedLanguage(item, options);
  const result: ClassifiedFile = language
    ? { path, size, language, confidence: 1, candidates: [{ language, probability: 1 }], strategy: 'gitattributes' }
    : classifyBytes(path, bytes, options, path, size);
  return item.detectable === undefined ? result : { ...result, detectable: item.detectable };
}

/**
 * Reads a file's prefix synchronously into `scratch` and classifies it: what a worker thread does
 * for each path, one at a time, so it holds at most one file open.
 */
export function classifyFileSync(path: string, item: ReadItem, options: DetectOptions, scratch: Buffer): FileResult {
  try {
    const { bytes, size } = readFilePrefixSync(path, scratch);
    return classifyRead(path, bytes, size, item, options);
  } catch (error) {
    return failure(path, error);
  }
}
