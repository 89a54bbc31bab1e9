// Starting this package's worker threads, from src/ as from dist/: built, a worker is a plain JS
// module next to this file; run from source (tests, tsx), it needs tsx registered to load TypeScript.
import { once } from 'node:events';
import { MessageChannel, Worker, type MessagePort, type WorkerOptions } from 'node:worker_threads';

const fromSource = import.meta.url.endsWith('.ts');

/** A worker thread running the module `name` (without extension) of this folder. */
export function newWorker(name: string, options: WorkerOptions): Worker {
  const url = new URL(`./${name}${fromSource ? '.ts' : '.js'}`, import.meta.url);
  return fromSource
    ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`, { ...options, eval: true })
    : new Worker(url, options);
}

/**
 * A worker with a message port of its own (its end is `workerData.port`), resolved once it has
 * posted its first message, which it does when it is listening: this thread may then block
 * (training does) and still be answered on `port`.
 */
export async function startPortWorker(name: string, workerData: Record<string, unknown>): Promise<{ worker: Worker; port: MessagePort }> {
  const { port1, port2 } = new MessageChannel();
  const worker = newWorker(name, { workerData: { ...workerData, port: port2 }, transferList: [port2] });
  await once(worker, 'message');
  return { worker, port: port1 };
}
