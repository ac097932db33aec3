import { parentPort, workerData } from 'node:worker_threads';
import { runWorkerJob, type WorkerJob } from './parallel.js';

parentPort!.postMessage(await runWorkerJob(workerData as WorkerJob));
