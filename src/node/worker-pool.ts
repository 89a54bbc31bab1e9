// Worker threads that read and classify files, each with its own copy of the model. Jobs go to
// the least busy worker; results come back by id. A worker that dies fails only its own jobs.
import { Worker } from 'node:worker_threads';
import type { ClassifiedFile, ClassifyFilesOptions, FailedFile } from './classify-files.js';

/** What a worker needs to rebuild the options (the model itself is loaded from `modelPath`). */
export interface WorkerSetup {
  readonly modelPath: string;
  readonly contentOnly?: boolean;
  readonly top?: number;
  readonly candidates?: readonly string[];
  readonly explain?: boolean;
}

export interface WorkerJob {
  readonly id: number;
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly size: number;
}

export interface WorkerReply {
  readonly id: number;
  readonly result: ClassifiedFile | FailedFile;
}

interface Slot {
  readonly worker: Worker;
  busy: number;
}

// From dist/ the worker is plain JS; from src/ (tests, tsx) it needs tsx to load TypeScript.
const fromSource = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(fromSource ? './classify-worker.ts' : './classify-worker.js', import.meta.url);

export class WorkerPool {
  private readonly slots: Slot[];
  private readonly pending = new Map<number, { resolve: (r: ClassifiedFile | FailedFile) => void; path: string; slot: Slot }>();
  private nextId = 0;

  constructor(size: number, modelPath: string, options: ClassifyFilesOptions) {
    const setup: WorkerSetup = {
      modelPath,
      contentOnly: options.contentOnly,
      top: options.top,
      candidates: options.candidates,
      explain: options.explain,
    };
    this.slots = Array.from({ length: Math.max(1, size) }, () => {
      // A small young generation: a worker's garbage is short-lived token arrays, and every
      // megabyte of nursery is resident memory multiplied by the number of workers.
      const common = { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 8 } };
      const worker = fromSource
        ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`, { eval: true, ...common })
        : new Worker(WORKER_URL, common);
      const slot: Slot = { worker, busy: 0 };
      worker.on('message', (reply: WorkerReply) => this.settle(reply.id, reply.result));
      worker.on('error', (error) => this.failAll(slot, error));
      worker.on('exit', (code) => this.failAll(slot, new Error(`worker exited with status ${code}`)));
      return slot;
    });
  }

  /** Classifies bytes read by this thread; they are moved to the worker, not copied. */
  classify(path: string, bytes: Uint8Array, size: number): Promise<ClassifiedFile | FailedFile> {
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy++;
    const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice();
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, path, slot });
      slot.worker.postMessage({ id, path, bytes: owned, size } satisfies WorkerJob, [owned.buffer as ArrayBuffer]);
    });
  }

  private settle(id: number, result: ClassifiedFile | FailedFile): void {
    const job = this.pending.get(id);
    if (!job) return;
    this.pending.delete(id);
    job.slot.busy--;
    job.resolve(result);
  }

  private failAll(slot: Slot, error: unknown): void {
    for (const [id, job] of this.pending) {
      if (job.slot !== slot) continue;
      this.settle(id, { path: job.path, error: { code: 'READ_FAILED', message: `${job.path}: classification worker failed (${String(error)})` } });
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
