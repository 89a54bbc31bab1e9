// Classifying one file: the result types, detection of bytes already read, and the synchronous
// read-and-classify a worker thread runs for each path it is sent. A failure is a result.
import { WhichlangError } from '../errors.js';
import { detectLanguage, type Detection } from '../detect/pipeline.js';
import { explainDecision, type FeatureContribution } from '../model/explain.js';
import type { ModelData } from '../model/types.js';
import { decodeText, looksBinary } from '../tokenizer/decode.js';
import { fileError, readFilePrefixSync } from '../fs/read.js';

export interface ClassifiedFile extends Detection {
  readonly path: string;
  /** The file's size in bytes (standard input: the bytes read). */
  readonly size: number;
  readonly explanation?: { readonly versus: string; readonly features: FeatureContribution[] };
}

export interface FailedFile {
  readonly path: string;
  readonly error: { readonly code: string; readonly message: string };
}

/** A file found by walking a directory and left out, reported only in the counts. */
export interface SkippedFile {
  readonly path: string;
  readonly skipped: 'binary' | 'ignored';
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

/**
 * What becomes of a file once its first bytes are read: bytes that look binary are skipped (found
 * by a walk) or an error (named by the user); anything else is classified. The one place both the
 * worker threads and this thread decide it.
 */
export function classifyRead(path: string, bytes: Uint8Array, size: number, fromWalk: boolean, options: DetectOptions): FileResult {
  if (looksBinary(bytes)) {
    if (fromWalk) return { path, skipped: 'binary' };
    throw new WhichlangError('BINARY', `${path}: binary file, not source code`);
  }
  return classifyBytes(path, bytes, options, path, size);
}

/**
 * Reads a file's prefix synchronously into `scratch` and classifies it: what a worker thread does
 * for each path, one at a time, so it holds at most one file open.
 */
export function classifyFileSync(path: string, fromWalk: boolean, options: DetectOptions, scratch: Buffer): FileResult {
  try {
    const { bytes, size } = readFilePrefixSync(path, scratch);
    return classifyRead(path, bytes, size, fromWalk, options);
  } catch (error) {
    return failure(path, error);
  }
}
