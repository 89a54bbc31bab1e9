// A classification worker thread: loads the model once, then classifies the bytes it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { classifyBytes } from './classify-files.js';
import { fileError } from '../fs/read.js';
import { modelAt } from './model-file.js';
import type { WorkerJob, WorkerReply, WorkerSetup } from './worker-pool.js';

const setup = workerData as WorkerSetup;
const options = { ...setup, model: modelAt(setup.modelPath), workers: 0 };

parentPort?.on('message', (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    reply = { id: job.id, result: classifyBytes(job.path, job.bytes, options, job.path, job.size) };
  } catch (error) {
    const e = fileError(job.path, error);
    reply = { id: job.id, result: { path: job.path, error: { code: e.code, message: e.message } } };
  }
  parentPort?.postMessage(reply);
});
