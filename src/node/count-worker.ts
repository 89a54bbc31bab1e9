// A counting worker (count-threads.ts): reads and counts the training files of each chunk it is
// sent, answers on its port with the counts' arrays transferred, and bumps the shared word so a
// waiting main thread wakes.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { countFile, type CountSetup, type FileCount } from './train-files.js';
import type { CountReply, CountRequest } from './count-threads.js';

const { arrived, port } = workerData as { arrived: Int32Array; port: MessagePort };
let setup: CountSetup | undefined;

port.on('message', (request: CountRequest) => {
  if (request.type === 'setup') {
    setup = { ...request.setup, taught: new Set(request.setup.taught) };
    return;
  }
  const counts = request.files.map((file): FileCount => {
    try {
      if (!setup) throw new Error('no setup was sent');
      return countFile(file, setup);
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  });
  const transfer = counts.flatMap((c) => (c && 'documents' in c ? c.documents.flatMap((d) => [d.hashes.buffer, d.weights.buffer]) : []));
  port.postMessage({ run: request.run, id: request.id, counts } satisfies CountReply, transfer as ArrayBuffer[]);
  Atomics.add(arrived, 0, 1);
  Atomics.notify(arrived, 0);
});
parentPort?.postMessage('ready');
