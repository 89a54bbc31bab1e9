// The refinement's epochs on several threads (src/model/refine.ts). Training is synchronous, so
// the threads are driven through shared memory: the main thread writes the epoch's weights,
// wakes the workers with Atomics.notify, scores its own share of the documents, then waits for
// theirs and adds their deltas to its own, in thread order (the same model every run).
// Workers are started, and their modules loaded, before training blocks the main thread: a
// worker cannot finish loading while its parent waits.
import { startPortWorker } from './start-worker.js';
import { accumulateUpdates, type RefineJob, type RefineThreads } from '../model/refine.js';
import { WhichlangError } from '../errors.js';

/** What a worker is sent with each new job: the job and its share of the documents. */
export interface RefineShare {
  readonly job: RefineJob;
  readonly from: number;
  readonly to: number;
  readonly delta: Float64Array;
}

/** Control words: [0] generation (−1: stop); per worker i: [1 + 2i] generation done, [2 + 2i] hits (−1: failed). */
export const GENERATION = 0;
export const doneWord = (worker: number): number => 1 + 2 * worker;
export const hitsWord = (worker: number): number => 2 + 2 * worker;

/**
 * Threads for training, both the refinement and the counting of files: the machines this project
 * trains on have two cores. A fixed number, not the machine's: the order in which the threads'
 * updates are summed is part of the model's bytes.
 */
export const TRAINING_THREADS = 2;

/** How long the main thread waits for a worker's share of one epoch before giving up. */
const EPOCH_TIMEOUT_MS = 30 * 60 * 1000;

export interface StartedRefineThreads extends RefineThreads {
  /** Stops the workers; the threads can no longer be used. */
  close(): Promise<void>;
}

/** Starts `threads − 1` workers (the calling thread is the last); resolves once they are waiting. */
export async function startRefineThreads(threads: number): Promise<StartedRefineThreads> {
  const workerCount = Math.max(0, Math.floor(threads) - 1);
  const control = new Int32Array(new SharedArrayBuffer(4 * (1 + 2 * workerCount)));
  const workers = await Promise.all(Array.from({ length: workerCount }, (_, index) => startPortWorker('refine-worker', { control, index })));
  let generation = 0;
  let current: { job: RefineJob; deltas: Float64Array[]; shares: Array<[number, number]> } | undefined;

  return {
    allocate: (bytes) => (workerCount === 0 ? new ArrayBuffer(bytes) : new SharedArrayBuffer(bytes)),
    accumulate(job, delta) {
      if (workerCount === 0) return accumulateUpdates(job, 0, job.set.labels.length, delta);
      if (current?.job !== job) {
        const shares = split(job, workerCount + 1);
        const deltas = workers.map(() => new Float64Array(new SharedArrayBuffer(delta.byteLength)));
        workers.forEach(({ port }, i) => {
          const [from, to] = shares[i + 1] as [number, number];
          port.postMessage({ job, from, to, delta: deltas[i] as Float64Array } satisfies RefineShare);
        });
        current = { job, deltas, shares };
      }
      generation++;
      Atomics.store(control, GENERATION, generation);
      Atomics.notify(control, GENERATION);
      const [from, to] = current.shares[0] as [number, number];
      let hits = accumulateUpdates(job, from, to, delta);
      for (let i = 0; i < workerCount; i++) {
        hits += waitFor(control, i, generation);
        const theirs = current.deltas[i] as Float64Array;
        for (let e = 0; e < delta.length; e++) delta[e] = (delta[e] as number) + (theirs[e] as number);
      }
      return hits;
    },
    async close() {
      Atomics.store(control, GENERATION, -1);
      Atomics.notify(control, GENERATION);
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}

/** Worker `i`'s hits for `generation`, once it has them. */
function waitFor(control: Int32Array, i: number, generation: number): number {
  const deadline = Date.now() + EPOCH_TIMEOUT_MS;
  for (;;) {
    const done = Atomics.load(control, doneWord(i));
    if (done === generation) break;
    if (Date.now() > deadline) throw new WhichlangError('BAD_CORPUS', `cannot train: refinement thread ${i + 1} did not finish an epoch in ${EPOCH_TIMEOUT_MS / 60000} minutes`);
    Atomics.wait(control, doneWord(i), done, 1000);
  }
  const hits = Atomics.load(control, hitsWord(i));
  if (hits < 0) throw new WhichlangError('BAD_CORPUS', `cannot train: refinement thread ${i + 1} failed (its error is above)`);
  return hits;
}

/** Contiguous shares of the documents with about the same number of rows each. */
function split(job: RefineJob, parts: number): Array<[number, number]> {
  const { start } = job.set;
  const documents = start.length - 1;
  const rows = start[documents] as number;
  const shares: Array<[number, number]> = [];
  let from = 0;
  for (let p = 1; p <= parts; p++) {
    let to = from;
    const target = (rows * p) / parts;
    while (to < documents && (p === parts || (start[to + 1] as number) <= target)) to++;
    shares.push([from, to]);
    from = to;
  }
  return shares;
}
