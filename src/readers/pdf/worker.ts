/**
 * The worker thread that reads PDFs for `isolated.ts`: one job at a time, the Script (plain data)
 * or a user error sent back. Run from the built `dist/readers/pdf/worker.js`.
 */
import { parentPort } from 'node:worker_threads';
import { isUserError } from '../../errors.js';
import type { ReadOptions } from '../../model.js';
import { readPdf } from './index.js';
import { damaged } from './load.js';

export interface PdfJob {
  id: number;
  bytes: Uint8Array;
  file: string;
  options: ReadOptions;
}

parentPort?.on('message', (job: PdfJob) => {
  readPdf(job.bytes, job.file, job.options).then(
    (script) => parentPort?.postMessage({ id: job.id, script }),
    (error: unknown) => {
      const user = isUserError(error) ? error : damaged(job.file, 'the file', error);
      parentPort?.postMessage({ id: job.id, error: { message: user.message, code: user.code } });
    },
  );
});
