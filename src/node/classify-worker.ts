// A classification worker thread: loads the model once, then reads and classifies each batch of
// paths it is sent, one file at a time into one reused buffer, and answers with one message.
import { parentPort, workerData } from 'node:worker_threads';
import { classifyFileSync, failure, type FileResult } from './classify-file.js';
import { adoptSharedModel, modelAt } from './model-file.js';
import { MAX_INPUT_BYTES } from '../tokenizer/decode.js';
import type { WorkerBatch, WorkerReady, WorkerReply, WorkerSetup } from './worker-pool.js';

const setup = workerData as WorkerSetup;
const options = { ...setup, model: setup.modelBytes ? adoptSharedModel(setup.modelPath, setup.modelBytes) : modelAt(setup.modelPath) };
const scratch = Buffer.allocUnsafe(MAX_INPUT_BYTES);
parentPort?.postMessage({ ready: true } satisfies WorkerReady);

parentPort?.on('message', (batch: WorkerBatch) => {
  const results = batch.paths.map((path, i): FileResult => {
    try {
      return classifyFileSync(path, batch.items[i] ?? { fromWalk: true }, options, scratch);
    } catch (error) {
      return failure(path, error);
    }
  });
  parentPort?.postMessage({ id: batch.id, results } satisfies WorkerReply);
});
