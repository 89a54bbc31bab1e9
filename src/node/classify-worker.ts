// A classification worker thread: loads the model once, then reads and classifies the files it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { classifyItem } from './classify-files.js';
import { modelAt } from './model-file.js';
import type { WorkerJob, WorkerReply, WorkerSetup } from './worker-pool.js';

const setup = workerData as WorkerSetup;
const options = { ...setup, model: modelAt(setup.modelPath), workers: 0 };

parentPort?.on('message', (job: WorkerJob) => {
  void classifyItem(job.item, options).then((result) => parentPort?.postMessage({ id: job.id, result } satisfies WorkerReply));
});
