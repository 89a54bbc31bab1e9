// Reading and counting training files on several threads (train-files.ts's FileCounter). Training
// is synchronous, so the worker is driven without this thread's event loop: files go to it in
// chunks by message, its counts come back on a port read with receiveMessageOnPort, and a shared
// word, bumped after each reply, lets this thread sleep until one arrives. This thread counts
// chunks too, whenever the next one in order is not back yet, and the counts are learnt in the
// files' order: the same model as on one thread, byte for byte.
// Workers are started, and their modules loaded, before training blocks this thread.
import { receiveMessageOnPort } from 'node:worker_threads';
import { startPortWorker } from './start-worker.js';
import { WhichlangError } from '../errors.js';
import type { LabelledFile } from './labelled-files.js';
import { COUNT_HERE, type CountSetup, type FileCount, type FileCounter } from './train-files.js';

/** Messages to a counting worker: the setup once per run, then chunks of files. */
export type CountRequest =
  | { readonly type: 'setup'; readonly setup: Omit<CountSetup, 'taught'> & { readonly taught: readonly string[] } }
  | { readonly type: 'chunk'; readonly run: number; readonly id: number; readonly files: ReadonlyArray<Pick<LabelledFile, 'path' | 'key' | 'language'>> };

export interface CountReply {
  /** Which `countFiles` call the chunk belongs to: one that stopped on an error leaves replies behind. */
  readonly run: number;
  readonly id: number;
  readonly counts: FileCount[];
}

/** Training files from which `whichlang train` counts on a second thread (starting one takes a fraction of a second). */
export const COUNT_THREADS_FROM = 2000;

/** Files per message: a few milliseconds of work each, so messages cost little. */
const CHUNK = 32;
/** Chunks a worker holds, so it never waits for this thread. */
const AHEAD = 3;
/** How long this thread waits for a worker's chunk before giving up. */
const CHUNK_TIMEOUT_MS = 10 * 60 * 1000;

export interface StartedCountThreads extends FileCounter {
  close(): Promise<void>;
}

/** Starts `threads − 1` counting workers (this thread is the last); resolves once they are listening. */
export async function startCountThreads(threads: number): Promise<StartedCountThreads> {
  const workerCount = Math.max(0, Math.floor(threads) - 1);
  const arrived = new Int32Array(new SharedArrayBuffer(4));
  const workers = await Promise.all(
    Array.from({ length: workerCount }, async () => ({ ...(await startPortWorker('count-worker', { arrived })), inFlight: 0 })),
  );
  let run = 0;
  return {
    countFiles(files, setup, each) {
      if (workers.length === 0) return COUNT_HERE.countFiles(files, setup, each);
      run++;
      for (const w of workers) w.port.postMessage({ type: 'setup', setup: { ...setup, taught: [...setup.taught] } } satisfies CountRequest);
      const chunks = Math.ceil(files.length / CHUNK);
      const filesOf = (chunk: number): LabelledFile[] => files.slice(chunk * CHUNK, (chunk + 1) * CHUNK);
      const done = new Map<number, FileCount[]>();
      let next = 0;
      let assigned = 0;
      let lastArrival = Date.now();
      while (next < chunks) {
        const seen = Atomics.load(arrived, 0);
        for (const w of workers) {
          while (w.inFlight < AHEAD && assigned < chunks) {
            w.port.postMessage({ type: 'chunk', run, id: assigned, files: filesOf(assigned).map(({ path, key, language }) => ({ path, key, language })) } satisfies CountRequest);
            assigned++;
            w.inFlight++;
          }
          for (let m = receiveMessageOnPort(w.port); m; m = receiveMessageOnPort(w.port)) {
            const reply = m.message as CountReply;
            w.inFlight--;
            if (reply.run === run) done.set(reply.id, reply.counts);
            lastArrival = Date.now();
          }
        }
        const ready = done.get(next);
        if (ready) {
          done.delete(next);
          ready.forEach((count, i) => each(count, next * CHUNK + i));
          next++;
        } else if (assigned < chunks) {
          // The next chunk is still with a worker: count a later one here meanwhile.
          const chunk = assigned++;
          const counts: FileCount[] = [];
          COUNT_HERE.countFiles(filesOf(chunk), setup, (count) => counts.push(count));
          done.set(chunk, counts);
        } else {
          if (Date.now() - lastArrival > CHUNK_TIMEOUT_MS) throw new WhichlangError('BAD_CORPUS', `cannot train: a counting thread sent nothing for ${CHUNK_TIMEOUT_MS / 60000} minutes`);
          Atomics.wait(arrived, 0, seen, 1000);
        }
      }
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
