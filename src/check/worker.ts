/**
 * The worker thread of `vo-lines check`: checks the files it is sent, one at a time, with the
 * settings it was started with. Run from the built `dist/check/worker.js` (see run.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckSettings } from './run.js';

const settings = workerData as CheckSettings;

parentPort?.on('message', (job: { index: number; file: string }) => {
  void checkFile(job.file, settings).then((result) => parentPort?.postMessage({ index: job.index, result }));
});
