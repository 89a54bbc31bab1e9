// Classifying many files: expand paths, classify each input and yield one result per input as it
// completes. Small runs stay on this thread (asynchronous reads through a bounded pool); past
// WORKER_THRESHOLD inputs, the rest go to worker threads by path, and the workers read, detect and
// answer in batches, so this thread only walks and writes. A failure on one file is a result.
import { WhichlangError } from '../errors.js';
import { readFilePrefix, readStreamPrefix } from '../fs/read.js';
import { looksBinary } from '../tokenizer/decode.js';
import { expandInputs, type FileItem, type InputItem } from '../fs/walk.js';
import type { LinguistCategory } from '../fs/exclusions.js';
import { limiter, mapBounded } from '../fs/pool.js';
import { availableParallelism } from 'node:os';
import { classifyBytes, classifyRead, failure, type DetectOptions, type FileResult, type ReadItem } from './classify-file.js';
import { BATCH_SIZE, WorkerPool } from './worker-pool.js';

export { classifyBytes, isFailure, isSkipped } from './classify-file.js';
export type { ClassifiedFile, FailedFile, FileResult, SkippedFile } from './classify-file.js';

export interface ClassifyFilesOptions extends DetectOptions {
  /** Walk everything: hidden, .gitignored, vendored, generated and documentation files. */
  readonly all?: boolean;
  /** The Linguist categories a walk leaves out (default: vendored and generated; breakdown adds documentation). */
  readonly exclude?: readonly LinguistCategory[];
  /** Told of problems that do not stop the run (an unknown language in .gitattributes). */
  readonly onWarning?: (message: string) => void;
  /** Files read at once on this thread (open file descriptors are bounded by this). */
  readonly concurrency?: number;
  readonly stdin?: NodeJS.ReadableStream;
  /**
   * Where `model` was loaded from. With it, large runs are spread over worker threads (each loads
   * the model itself); without it everything runs on this thread.
   */
  readonly modelPath?: string;
  /** Worker threads for large runs (default: DEFAULT_WORKERS(); 0 keeps everything on this thread). */
  readonly workers?: number;
  /** How long a worker may take to start before its files are classified here instead (default 30 s). */
  readonly workerStartupTimeoutMs?: number;
}

export const DEFAULT_CONCURRENCY = 16;

/** Inputs classified on this thread before a run counts as large enough to pay for workers. */
export const WORKER_THRESHOLD = 400;

/** Batches per worker kept in flight, so a worker never waits for this thread between batches. */
const BATCHES_AHEAD = 4;

/**
 * Default worker threads past which this thread, which walks and writes, could not keep more fed:
 * on the Linux kernel tree it spends about 45 µs a file against a worker's 140 µs.
 */
export const MAX_DEFAULT_WORKERS = 4;

/**
 * The default number of worker threads: one per core (this thread mostly waits on the walk and
 * the workers, so it needs no core of its own), at most MAX_DEFAULT_WORKERS.
 */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(availableParallelism(), MAX_DEFAULT_WORKERS));
}

/** Reads one input on this thread (asynchronous I/O) and classifies it here. */
async function classifyHere(item: InputItem, options: ClassifyFilesOptions): Promise<FileResult> {
  try {
    if (item.kind === 'error') return failure(item.path, item.error);
    if (item.kind === 'skipped') return { path: item.path, skipped: item.reason };
    if (item.kind === 'stdin') {
      if (!options.stdin) throw new WhichlangError('BAD_INPUT', '-: no standard input available');
      const bytes = await readStreamPrefix(options.stdin);
      // Standard input is named by the user, as a file is: binary is an error, not a guess.
      if (looksBinary(bytes)) throw new WhichlangError('BINARY', '-: binary input, not source code');
      return classifyBytes('-', bytes, options);
    }
    const { bytes, size } = await readFilePrefix(item.path);
    return classifyRead(item.path, bytes, size, item, options);
  } catch (error) {
    return failure(item.path, error);
  }
}

/** What a worker needs of a walk's item (a plain object: it is copied to the worker). */
function readItem(item: FileItem): ReadItem {
  const { kind: _kind, path: _path, ...rest } = item;
  return rest;
}

/**
 * Classifies files, directories (walked) and `-` (standard input), yielding results as they
 * complete. Open files stay bounded: `concurrency` on this thread, one per worker.
 */
export async function* classifyPaths(paths: readonly string[], options: ClassifyFilesOptions): AsyncGenerator<FileResult> {
  const workerCount = options.modelPath ? (options.workers ?? defaultWorkers()) : 0;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  // Every read on this thread, the walk's and a lost worker's files alike, shares one bound.
  // While workers load their modules, one read at a time here: loading opens many files at once.
  let pool: WorkerPool | undefined;
  const here = limiter(() => (pool?.starting ? 1 : concurrency));
  const classifyOnThisThread = (item: InputItem): Promise<FileResult> => here(() => classifyHere(item, options));
  let seen = 0;
  const classifyOne = (item: InputItem): Promise<FileResult> => {
    if (item.kind === 'file' && workerCount > 0 && ++seen > WORKER_THRESHOLD) {
      pool ??= new WorkerPool(workerCount, options.modelPath as string, options, (path, read) => classifyOnThisThread({ kind: 'file', path, ...read }), options.onWarning, options.workerStartupTimeoutMs);
      return pool.classify(item.path, readItem(item));
    }
    return classifyOnThisThread(item);
  };
  // Before the workers start, `concurrency` reads at a time here; after, enough batches to keep
  // every worker busy (this thread's reads still in flight are at most `concurrency`).
  const limit = (): number => (pool ? workerCount * BATCH_SIZE * BATCHES_AHEAD : concurrency);
  try {
    yield* mapBounded(expandInputs(paths, { all: options.all, exclude: options.exclude, onWarning: options.onWarning }), limit, classifyOne);
  } finally {
    await (pool as WorkerPool | undefined)?.close();
  }
}
