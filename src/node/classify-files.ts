// Classifying many files: expand paths, read each prefix through a bounded pool, detect, and
// yield one result per input as it completes. A failure on one file is a result, not an exception.
import { WhichlangError } from '../errors.js';
import { detectByName, detectLanguage, type Detection } from '../detect/pipeline.js';
import { explainDecision, type FeatureContribution } from '../model/explain.js';
import type { ModelData } from '../model/types.js';
import { decodeText, looksBinary } from '../tokenizer/decode.js';
import { fileError, readFilePrefix, readStreamPrefix } from '../fs/read.js';
import { expandInputs, type InputItem } from '../fs/walk.js';
import { mapBounded } from '../fs/pool.js';
import { availableParallelism } from 'node:os';
import { WorkerPool } from './worker-pool.js';

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

export interface ClassifyFilesOptions {
  readonly model: ModelData;
  readonly contentOnly?: boolean;
  readonly top?: number;
  readonly candidates?: readonly string[];
  readonly explain?: boolean;
  readonly all?: boolean;
  /** Files read at once (open file descriptors are bounded by this). */
  readonly concurrency?: number;
  readonly stdin?: NodeJS.ReadableStream;
  /**
   * Where `model` was loaded from. With it, large runs are spread over worker threads (each loads
   * the model itself); without it everything runs on this thread.
   */
  readonly modelPath?: string;
  /** Worker threads for large runs (default: one per core but one, at least one; 0 disables them). */
  readonly workers?: number;
}

export const DEFAULT_CONCURRENCY = 16;

export function isFailure(result: FileResult): result is FailedFile {
  return 'error' in result;
}

export function isSkipped(result: FileResult): result is SkippedFile {
  return 'skipped' in result;
}

function failure(path: string, error: unknown): FailedFile {
  const e = fileError(path, error);
  return { path, error: { code: e.code, message: e.message } };
}

export function classifyBytes(path: string, bytes: Uint8Array, options: ClassifyFilesOptions, filename?: string, size = bytes.length): ClassifiedFile {
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

/** A classifier for read bytes: this thread's, or a worker's. */
type BytesClassifier = (path: string, bytes: Uint8Array, size: number) => ClassifiedFile | Promise<ClassifiedFile | FailedFile>;

/** Reads one input (this thread: I/O is asynchronous) and hands its bytes to `classifyRead`. */
async function classifyItem(item: InputItem, options: ClassifyFilesOptions, classifyRead: BytesClassifier): Promise<FileResult> {
  try {
    if (item.kind === 'error') return failure(item.path, item.error);
    if (item.kind === 'ignored') return { path: item.path, skipped: 'ignored' };
    if (item.kind === 'stdin') {
      if (!options.stdin) throw new WhichlangError('BAD_INPUT', '-: no standard input available');
      return classifyBytes('-', await readStreamPrefix(options.stdin), options);
    }
    const { bytes, size } = await readFilePrefix(item.path);
    if (looksBinary(bytes)) {
      if (item.fromWalk) return { path: item.path, skipped: 'binary' };
      throw new WhichlangError('BINARY', `${item.path}: binary file, not source code`);
    }
    return await classifyRead(item.path, bytes, size);
  } catch (error) {
    return failure(item.path, error);
  }
}

/** Inputs classified on this thread before a run counts as large enough to pay for workers. */
export const WORKER_THRESHOLD = 400;

/**
 * Classifies files, directories (walked) and `-` (standard input), yielding results as they
 * complete. This thread walks and reads (asynchronous I/O, bounded); classifying is CPU work, and
 * past WORKER_THRESHOLD inputs it moves to worker threads (cores − 1), the bytes transferred
 * without copying. Small runs pay no worker start-up.
 */
export async function* classifyPaths(paths: readonly string[], options: ClassifyFilesOptions): AsyncGenerator<FileResult> {
  // This thread walks, reads and writes results: it keeps a core, the workers take the rest.
  const workerCount = options.modelPath ? (options.workers ?? Math.max(1, availableParallelism() - 1)) : 0;
  let pool: WorkerPool | undefined;
  let seen = 0;
  const here: BytesClassifier = (path, bytes, size) => classifyBytes(path, bytes, options, path, size);
  const classifyOne = (item: InputItem): Promise<FileResult> => {
    seen++;
    if (workerCount > 0 && seen > WORKER_THRESHOLD) {
      return classifyItem(item, options, (path, bytes, size) => {
        // A name or shebang that settles it costs less than a message to a worker: only content goes there.
        if (!options.contentOnly && !options.explain) {
          const byName = detectByName(decodeText(bytes), { filename: path, candidates: options.candidates });
          if ('strategy' in byName) return { path, size, ...byName };
        }
        pool ??= new WorkerPool(workerCount, options.modelPath as string, options);
        return pool.classify(path, bytes, size);
      });
    }
    return classifyItem(item, options, here);
  };
  try {
    yield* mapBounded(expandInputs(paths, { all: options.all }), options.concurrency ?? DEFAULT_CONCURRENCY, classifyOne);
  } finally {
    await (pool as WorkerPool | undefined)?.close();
  }
}
