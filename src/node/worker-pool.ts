// Worker threads that read and classify files by path, each with its own copy of the model. Paths
// are sent in batches (one message per batch, not per file) to the worker with the fewest files
// outstanding; each batch comes back as one message of results. A worker that dies (it could not
// start, or stopped) gets no more, and the files it had not answered are classified by `fallback`
// on this thread: a lost worker costs speed, never results.
import type { Worker } from 'node:worker_threads';
import { newWorker } from './start-worker.js';
import type { DetectOptions, FileResult, ReadItem } from './classify-file.js';
import { sharedModelBytes } from './model-file.js';

/** What a worker needs to rebuild the options (the model itself is loaded from `modelPath`). */
export interface WorkerSetup {
  readonly modelPath: string;
  /** The model file's bytes in shared memory, when this thread has them (else the worker reads `modelPath`). */
  readonly modelBytes?: Uint8Array;
  readonly contentOnly?: boolean;
  readonly top?: number;
  readonly candidates?: readonly string[];
  readonly explain?: boolean;
}

export interface WorkerBatch {
  readonly id: number;
  readonly paths: readonly string[];
  /** Per path: found by a walk or named, and what the walk and .gitattributes ask of it. */
  readonly items: readonly ReadItem[];
}

/** What a worker says once its model is loaded, before any reply. */
export interface WorkerReady {
  readonly ready: true;
}

export interface WorkerReply {
  readonly id: number;
  /** The batch's results, in order (a batch of 32 clones in about 50 µs: messages are cheap). */
  readonly results: readonly FileResult[];
}

interface Slot {
  readonly worker: Worker;
  /** Files sent and not yet answered. */
  outstanding: number;
  dead: boolean;
  /** Counts the worker as lost if it is not ready in time; cleared once it is ready or lost (then it no longer loads). */
  startup?: ReturnType<typeof setTimeout>;
}

interface Batch {
  readonly paths: string[];
  readonly items: ReadItem[];
  readonly resolve: Array<(result: FileResult) => void>;
}

/** Paths per message: large enough that messages cost little per file, small enough to stream. */
export const BATCH_SIZE = 32;

/**
 * A worker not ready this long after it was started counts as lost. It loads in well under a
 * second; one that hangs as it starts (seen when the process is out of file descriptors) must
 * not hang the run. Losing a slow worker costs only speed.
 */
export const STARTUP_TIMEOUT_MS = 30_000;

const newBatch = (): Batch => ({ paths: [], items: [], resolve: [] });

export class WorkerPool {
  private readonly slots: Slot[];
  private readonly sent = new Map<number, { batch: Batch; slot: Slot }>();
  private open = newBatch();
  private flushScheduled = false;
  private nextId = 0;
  private closing = false;

  /**
   * @param fallback classifies a file on this thread, for the files of a worker that died.
   * @param onWorkerLost told once per worker that dies while the pool is open, and why.
   * @param startupTimeoutMs how long a worker may take to load before it counts as lost.
   */
  constructor(
    size: number,
    modelPath: string,
    options: Omit<DetectOptions, 'model'>,
    private readonly fallback: (path: string, item: ReadItem) => Promise<FileResult>,
    private readonly onWorkerLost?: (message: string) => void,
    startupTimeoutMs = STARTUP_TIMEOUT_MS,
  ) {
    const modelBytes = sharedModelBytes(modelPath);
    const setup: WorkerSetup = {
      modelPath,
      ...(modelBytes ? { modelBytes } : {}),
      contentOnly: options.contentOnly,
      top: options.top,
      candidates: options.candidates,
      explain: options.explain,
    };
    this.slots = Array.from({ length: Math.max(1, size) }, () => {
      // A small young generation: a worker's garbage is short-lived token arrays, and every
      // megabyte of nursery is resident memory multiplied by the number of workers (4 MB against
      // 8: 14 MB less on the kernel tree with two workers, no slower).
      const common = { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 4 } };
      const worker = newWorker('classify-worker', common);
      const slot: Slot = { worker, outstanding: 0, dead: false };
      slot.startup = setTimeout(() => {
        this.fail(slot, new Error(`not ready ${startupTimeoutMs / 1000} s after it was started`));
        void worker.terminate();
      }, startupTimeoutMs).unref();
      worker.on('message', (reply: WorkerReply | WorkerReady) => {
        if ('ready' in reply) this.started(slot);
        else this.settle(reply.id, reply.results);
      });
      worker.on('error', (error) => this.fail(slot, error));
      worker.on('exit', (code) => this.fail(slot, new Error(`worker exited with status ${code}`)));
      return slot;
    });
  }

  /**
   * Are workers still loading? A worker loads its modules many files at once, so a caller that
   * bounds open files reads less meanwhile: under a low descriptor limit (`ulimit -n 64`) a worker
   * otherwise failed to load now and then, and its files went back to this thread.
   */
  get starting(): boolean {
    return this.slots.some((slot) => slot.startup !== undefined);
  }

  /** The worker is ready or lost: its startup timer is cleared, and it no longer counts as loading. */
  private started(slot: Slot): void {
    clearTimeout(slot.startup);
    slot.startup = undefined;
  }

  /** Reads and classifies `path` on a worker thread; the answer (or failure) comes back as a result. */
  classify(path: string, item: ReadItem): Promise<FileResult> {
    return new Promise((resolve) => {
      this.open.paths.push(path);
      this.open.items.push(item);
      this.open.resolve.push(resolve);
      if (this.open.paths.length >= BATCH_SIZE) this.flush();
      else if (!this.flushScheduled) {
        // A partial batch goes once this turn's paths are in: a slow walk still streams.
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.open;
    if (batch.paths.length === 0) return;
    this.open = newBatch();
    const live = this.slots.filter((s) => !s.dead);
    if (live.length === 0) {
      this.classifyHere(batch);
      return;
    }
    const slot = live.reduce((a, b) => (b.outstanding < a.outstanding ? b : a));
    const id = this.nextId++;
    slot.outstanding += batch.paths.length;
    this.sent.set(id, { batch, slot });
    slot.worker.postMessage({ id, paths: batch.paths, items: batch.items } satisfies WorkerBatch);
  }

  private settle(id: number, results: readonly FileResult[]): void {
    const job = this.sent.get(id);
    if (!job) return;
    this.sent.delete(id);
    job.slot.outstanding -= job.batch.paths.length;
    job.batch.resolve.forEach((resolve, i) => resolve(results[i] ?? this.failed(job.batch.paths[i] as string, 'no result')));
  }

  private failed(path: string, why: unknown): FileResult {
    return { path, error: { code: 'READ_FAILED', message: `${path}: classification worker failed (${String(why)})` } };
  }

  private classifyHere(batch: Batch): void {
    batch.resolve.forEach((resolve, i) => {
      const path = batch.paths[i] as string;
      this.fallback(path, batch.items[i] as ReadItem).then(resolve, (error: unknown) => resolve(this.failed(path, error)));
    });
  }

  private fail(slot: Slot, error: unknown): void {
    if (slot.dead) return; // 'error' is followed by 'exit'
    slot.dead = true;
    this.started(slot);
    if (!this.closing) this.onWorkerLost?.(`classification worker stopped (${String(error)}); its files are classified on the main thread`);
    for (const [id, job] of this.sent) {
      if (job.slot !== slot) continue;
      this.sent.delete(id);
      slot.outstanding -= job.batch.paths.length;
      this.classifyHere(job.batch);
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    // A lost worker may be stuck in a system call, where terminating waits for it: not awaited.
    for (const s of this.slots) if (s.dead) void s.worker.terminate();
    await Promise.all(this.slots.filter((s) => !s.dead).map((s) => s.worker.terminate()));
  }
}
