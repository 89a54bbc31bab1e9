// Worker threads that read and classify files, each with its own copy of the model. Jobs go to
// the least busy worker; results come back by id. A worker that dies fails only its own jobs.
import { Worker } from 'node:worker_threads';
import type { ClassifyFilesOptions, FileResult } from './classify-files.js';
import type { InputItem } from '../fs/walk.js';

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
  readonly item: InputItem;
}

export interface WorkerReply {
  readonly id: number;
  readonly result: FileResult;
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
  private readonly pending = new Map<number, { resolve: (r: FileResult) => void; path: string; slot: Slot }>();
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
      const worker = fromSource
        ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`, { eval: true, workerData: setup })
        : new Worker(WORKER_URL, { workerData: setup });
      const slot: Slot = { worker, busy: 0 };
      worker.on('message', (reply: WorkerReply) => this.settle(reply.id, reply.result));
      worker.on('error', (error) => this.failAll(slot, error));
      worker.on('exit', (code) => this.failAll(slot, new Error(`worker exited with status ${code}`)));
      return slot;
    });
  }

  classify(item: InputItem): Promise<FileResult> {
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, path: item.path, slot });
      slot.worker.postMessage({ id, item } satisfies WorkerJob);
    });
  }

  private settle(id: number, result: FileResult): void {
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
