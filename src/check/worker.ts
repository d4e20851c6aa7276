/**
 * The worker thread of `vo-lines check`: checks the files it is sent, one at a time, with the
 * settings it was started with; the modules (and pdf.js, once a PDF comes) stay loaded between
 * files. Run from the build's `dist/check/worker-bundle.cjs`, which the thread's entry `worker.cjs`
 * loads with its code cache (readers/thread-entry.ts; see run.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { inflateInJavaScriptOnly } from '../readers/inflate.js';
import { readPdfsInThisThread } from '../readers/pdf/isolated.js';
import { checkFile, Configs, type CheckSettings } from './run.js';

const settings = workerData as CheckSettings;
/** Each folder's config looked for once, each config read once, in this thread. */
const configs = new Configs(settings.analyse);
// This thread is a realm of its own, stopped from outside when a file runs out of time (run.ts):
// no zlib handle may be made here (inflate.ts), and it reads PDFs itself rather than starting a
// PDF thread of its own.
inflateInJavaScriptOnly();
readPdfsInThisThread();

/** Jobs come ahead of time (run.ts keeps two with each worker): they are checked one at a time, in order. */
const queue: { index: number; file: string }[] = [];
let busy = false;

async function work(): Promise<void> {
  busy = true;
  for (let job = queue.shift(); job; job = queue.shift()) {
    const result = await checkFile(job.file, settings, configs);
    parentPort?.postMessage({ index: job.index, result });
  }
  busy = false;
}

parentPort?.on('message', (job: { index: number; file: string }) => {
  queue.push(job);
  if (!busy) void work();
});
