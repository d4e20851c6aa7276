/**
 * The worker thread that reads PDFs for `isolated.ts`, one job at a time, in the order they come (a
 * caller may send the next before this one is done). The first thread of a job
 * looks at the content streams, opens the document and says how many pages it has (and its
 * language); then every thread of the job (a second one joins on long PDFs) takes the next page
 * nobody has taken yet from the counter the job's threads share, reads it and sends its outcome,
 * until no page is left or the job is stopped. The caller puts the outcomes in page order; a job
 * that says `finish` (one thread alone: check's queued reads) is folded and laid out here instead,
 * and its Script sent whole.
 * Run from the build's `dist/readers/pdf/worker-bundle.cjs`, which the thread's entry `worker.cjs`
 * loads with its code cache (readers/thread-entry.ts).
 */
import { parentPort } from 'node:worker_threads';
import { Budget } from '../../budget.js';
import { isUserError, userErrorData, type UserError } from '../../errors.js';
import { inflateInJavaScriptOnly } from '../inflate.js';
import { LIMITS } from '../limits.js';
import { asUserError, checkPageCount, documentLanguage, finishScript, openDocument, optionalContent, PageFolder, readPageOutcome, type OpenedPdf } from './index.js';
import { InflatedLookup, useInflated } from './inflated.js';
import { damaged } from './load.js';
import { loadPdfJs, pdfJsInOwnRealm } from './pdfjs.js';
import { setPdfJsAssets } from './assets.js';
import { GO, NO_GO, SHARED, say, type PdfJob, type PdfReply } from './thread-job.js';

// Stopped from outside at a file's time budget: no zlib handle may be made here (inflate.ts).
inflateInJavaScriptOnly();
// vo-lines' own realm: pdf.js gets stand-ins instead of @napi-rs/canvas, and starts loading now
// (the thread may be started ahead of its first PDF).
pdfJsInOwnRealm();
void loadPdfJs().catch(() => undefined);

/** Atomics.waitAsync (Node 16 and later; typed from ES2024 on). */
type WaitAsync = (array: Int32Array, index: number, value: number) => { async: false; value: string } | { async: true; value: Promise<string> };

const send = (reply: PdfReply) => parentPort?.postMessage(reply);

async function run(job: PdfJob): Promise<void> {
  const { id, file, options, state } = job;
  // Where the host said pdf.js's CMaps and fonts are (setPdfJsAssets in its thread).
  if (job.assets) setPdfJsAssets(job.assets);
  // A job sent ahead (a queued read) gets its deadline now, as it starts.
  const budget = Budget.of(file, options);
  send({ id, started: budget.deadline });
  const first = job.role === 'first';
  // The streams the caller inflated, for this job's file only (none: pdf.js's are inflated here).
  useInflated(job.inflated ? new InflatedLookup(job.inflated, job.bytes) : null);
  let opened: OpenedPdf;
  try {
    // A copy of its own (the shared bytes are not an ordinary buffer).
    opened = await openDocument(new Uint8Array(job.bytes), file, options.password, first && !job.checked);
    if (job.noLinks) opened.noLinks = true;
  } catch (error) {
    // What the first thread finds wrong with the file is the job's error; a helper leaves it to it.
    if (first) fail(job, isUserError(error) ? error : damaged(file, 'the file', error));
    else send({ id, done: true });
    return;
  }
  try {
    const pages = opened.doc.numPages;
    /** A job that is finished here (`finish`: no helper joins it) folds its pages as they are read, in order. */
    let folder: PageFolder | null = null;
    let language: string | undefined;
    if (first) {
      checkPageCount(file, pages);
      language = await documentLanguage(opened.doc);
      send({ id, opened: { pages, language } });
      if (job.finish) folder = new PageFolder(file, pages);
    } else {
      // No page before the first thread has looked at the content streams (preflight.ts) and the
      // caller has said whether this thread is wanted (isolated.ts).
      const wait = (Atomics as unknown as { waitAsync: WaitAsync }).waitAsync(state, SHARED.go, 0);
      if (wait.async) await wait.value;
      if (Atomics.load(state, SHARED.go) !== GO) {
        send({ id, done: true });
        return;
      }
    }
    const optional = await optionalContent(opened.doc);
    for (;;) {
      if (Atomics.load(state, SHARED.stop) || Atomics.load(state, SHARED.glyphs) > LIMITS.runs || Atomics.load(state, SHARED.chars) > LIMITS.textChars) break;
      const n = Atomics.add(state, SHARED.next, 1);
      if (n > pages) break;
      budget.check();
      const outcome = await readPageOutcome(opened, n, optional);
      Atomics.add(state, SHARED.glyphs, Math.min(outcome.glyphs ?? 0, LIMITS.runs + 1));
      Atomics.add(state, SHARED.chars, Math.min(outcome.chars ?? 0, LIMITS.textChars + 1));
      if (outcome.limit || outcome.error) Atomics.store(state, SHARED.stop, 1);
      // As the caller's fold (isolated.ts): a page's limit or error is thrown here, and fails the job.
      if (folder) folder.add(outcome);
      else send({ id, page: outcome });
    }
    if (folder && folder.taken === pages && !Atomics.load(state, SHARED.stop)) {
      budget.check();
      send({ id, script: finishScript(folder, options, language, budget, job.finish!.look) });
    }
    send({ id, done: true });
  } catch (error) {
    fail(job, asUserError(file, error));
  } finally {
    await opened.doc.destroy().catch(() => undefined);
    useInflated(null);
  }
}

/** Ends the job for every thread of it, with a user error. */
function fail(job: PdfJob, error: UserError): void {
  Atomics.store(job.state, SHARED.stop, 1);
  say(job.state, NO_GO);
  send({ id: job.id, error: userErrorData(error) });
}

/** Jobs may be sent ahead (a caller keeps this thread's next one here): they are read one at a time, in order. */
const queue: PdfJob[] = [];
let busy = false;

async function work(): Promise<void> {
  busy = true;
  for (let job = queue.shift(); job; job = queue.shift()) await run(job);
  busy = false;
}

parentPort?.on('message', (job: PdfJob) => {
  queue.push(job);
  if (!busy) void work();
});
