// A refinement worker (refine-threads.ts): waits on the shared generation word, takes the
// newest job from its port without the event loop, adds its share's updates to its own delta,
// and reports its hits (−1 when it failed, with the error on stderr).
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { accumulateUpdates } from '../model/refine.js';
import { doneWord, GENERATION, hitsWord, type RefineShare } from './refine-threads.js';

const { control, index, port } = workerData as { control: Int32Array; index: number; port: MessagePort };
let share: RefineShare | undefined;
let seen = 0;
parentPort?.postMessage('ready');
for (;;) {
  Atomics.wait(control, GENERATION, seen);
  const generation = Atomics.load(control, GENERATION);
  if (generation < 0) break;
  if (generation === seen) continue;
  seen = generation;
  let hits = -1;
  try {
    for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) share = message.message as RefineShare;
    if (!share) throw new Error('no job was sent');
    share.delta.fill(0);
    hits = accumulateUpdates(share.job, share.from, share.to, share.delta);
  } catch (error) {
    process.stderr.write(`whichlang: refinement thread ${index + 1}: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  Atomics.store(control, hitsWord(index), hits);
  Atomics.store(control, doneWord(index), generation);
  Atomics.notify(control, doneWord(index));
}
