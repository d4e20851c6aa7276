/**
 * The worker thread of `vo-lines check`: checks the files it is sent, one at a time, with the
 * settings it was started with; the modules (and pdf.js, once a PDF comes) stay loaded between
 * files. Run from the built `dist/check/worker.js` (see run.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readPdfsInThisThread } from '../readers/pdf/isolated.js';
import { checkFile, type CheckSettings } from './run.js';

const settings = workerData as CheckSettings;
// This thread is a realm of its own, stopped from outside when a file runs out of time (run.ts):
// it reads PDFs itself rather than starting a PDF thread of its own.
readPdfsInThisThread();

parentPort?.on('message', (job: { index: number; file: string }) => {
  void checkFile(job.file, settings).then((result) => parentPort?.postMessage({ index: job.index, result }));
});
