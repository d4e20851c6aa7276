/**
 * Reads a PDF in a worker thread that can be stopped. pdf.js 5.6 runs its "worker" in-process in
 * Node, and some damaged files keep it busy in one synchronous stretch that no check inside the
 * process can interrupt (graphics states saved 100,000 times: preflight.ts refuses that known kind
 * before pdf.js starts; this is for the kinds not known yet). Here the read runs in a thread of its own: past the file's time budget the thread is
 * terminated and the file gets a `timeout` error; a thread that runs out of its heap (the main
 * heap's size, so the whole tool stays within what it was given) gives an `out-of-memory` error.
 *
 * A long PDF is read by two threads at once when the machine has a core to spare (a second thread
 * costs ~25% more CPU in all, so on a machine whose cores are taken it would only slow everyone
 * down): each takes the next page nobody has taken, and the pages' outcomes are put back in page
 * order here, with the document's limits counted over them in that order, so the Script, its
 * warnings and its errors are the same as when one thread reads every page (index.ts `readPdf`).
 *
 * Threads are kept between files (pdf.js is loaded once per thread) and do not keep the process
 * alive while idle. A caller reading many files (`check`) may send a thread its next file while it
 * reads one (`queue`): the thread reads them in turn, so it never waits for the caller between two
 * files; the next file's time budget starts when the thread starts it, and should the thread be
 * stopped for the file under way (time up, out of memory, a crash), the file waiting there is read
 * by another thread. DOCX files never start one. It is also what keeps the host's
 * built-ins untouched: pdf.js's legacy build installs core-js polyfills in whatever realm loads it,
 * and this thread is a realm of its own. Node only: the browser build (issue 15) runs the whole
 * reader in a Web Worker instead.
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { Budget, timedOut } from '../../budget.js';
import { UserError } from '../../errors.js';
import type { ReadOptions, Script } from '../../model.js';
import { availableCores, machineTimes, outOfMemory, startThread, stopThread, trackThread } from '../threads.js';
import { asUserError, finishScript, PageFolder, type PageOutcome } from './index.js';
import { pdfJsInOwnRealm } from './pdfjs.js';
import { pdfJsAssetsSet } from './assets.js';
import { collectInflated, type InflatedTable } from './inflated.js';
import type { PdfDamage } from './load.js';
import { checkContentStreams, type ContentLook } from './preflight.js';
import { EARLY_HELPER_BYTES, GO, LATE_HELPER_PAGES, NO_GO, PARALLEL_PAGES, SHARED, say, type PdfJob, type PdfReply } from './thread-job.js';

/** Set by scripts/bundle-cli.mjs in the CLI's bundles, whose chunks sit in dist/cli/. */
declare const VO_LINES_BUNDLED: true | undefined;
/**
 * The thread's entry the build writes beside this module (thread-entry.ts: it runs the bundle of
 * worker.ts with its code cache); absent from the TypeScript sources, where PDFs are read in this thread.
 */
const WORKER_URL = typeof VO_LINES_BUNDLED !== 'undefined' ? new URL('../readers/pdf/worker.cjs', import.meta.url) : new URL('./worker.cjs', import.meta.url);

/**
 * A PDF thread and the parts of jobs posted to it, in the order it runs them: worker.ts runs one at
 * a time, so the first is the one under way (or, once its job is over, being closed).
 */
interface PdfThread {
  worker: Worker;
  parts: Part[];
  /** The error the thread ended with ('error' comes before 'exit'). */
  error: (Error & { code?: string }) | null;
}

/** A job's part on one thread. */
interface Part {
  id: number;
  /** The thread has said it started this part (its 'started' reply). */
  begun: boolean;
  /** Times the part went to another thread because its thread went away before starting it. */
  moved: number;
  /** The job is over: what is left of the part is closing the document (and, after an error, the page under way). */
  settled(): boolean;
  /** The job ended on an error: the thread may still be reading a page of it. */
  failed(): boolean;
  reply(reply: PdfReply): void;
  /** The thread failed while running this part (out of memory, a crash). */
  fail(error: (Error & { code?: string }) | null): void;
  /** The thread went away before this part started, or was stopped for another file's sake: the part goes to another thread. */
  requeue(): void;
}

/** Every PDF thread alive, busy or idle. */
const threads: PdfThread[] = [];
/** How many idle threads are kept: two (a long PDF's pair), or what a caller reading several at once asks (keepPdfThreads). */
let keep = 2;

/**
 * For a caller that keeps `count` PDF threads busy at once (`check` on a batch): that many idle
 * threads are kept between reads, so none is started twice.
 */
export function keepPdfThreads(count: number): void {
  keep = Math.max(1, Math.floor(count));
  tidy();
}

/** Jobs of a thread that are not over. */
const open = (thread: PdfThread) => thread.parts.filter((part) => !part.settled()).length;

/**
 * Threads no job holds keep the process alive no longer, and those beyond `keep` end; a thread
 * still busy with a job keeps the process alive.
 */
function tidy(): void {
  let idleKept = 0;
  // The threads with nothing at all to finish are kept first.
  for (const thread of [...threads].sort((a, b) => a.parts.length - b.parts.length)) {
    if (open(thread) > 0) {
      thread.worker.ref();
      continue;
    }
    thread.worker.unref();
    if (++idleKept > keep) retire(thread, true);
  }
}

/** Takes the thread out of use (it ended, or is `stop`ped here); returns the parts it held. */
function retire(thread: PdfThread, stop: boolean): Part[] {
  const at = threads.indexOf(thread);
  if (at >= 0) threads.splice(at, 1);
  // (A thread stuck where V8 cannot stop it then lives on unseen: see threads.ts `stopThread`.)
  if (stop) stopThread(thread.worker);
  return thread.parts.splice(0);
}

/** Stops a thread and sends the reads it held that are not done to another. */
function stopAndRequeue(thread: PdfThread): void {
  for (const part of retire(thread, true)) if (!part.settled()) part.requeue();
}

/**
 * What a thread may be stuck on once job `id` is over, looked at when its watch ends (stopIfStuckIn):
 * `page`, the thread still holds a part of the job (after an error it ends the page it is reading
 * before it goes on); `closing`, the thread, still in use and holding parts, has started none of
 * another job's since (closing the job's document hung, say, with the reads waiting there kept
 * waiting).
 */
type Stuck = 'page' | 'closing';

function isStuck(thread: PdfThread, id: number, on: Stuck): boolean {
  if (on === 'page') return thread.parts.some((part) => part.id === id);
  return threads.includes(thread) && thread.parts.length > 0 && !thread.parts.some((part) => part.begun && part.id !== id);
}

/**
 * Stops `thread` (stopAndRequeue) in `ms` if it is stuck on job `id` then (isStuck); nothing past a
 * timer's reach or with no budget. The timer holds the thread, the job's number and the kind only,
 * never the job's scope: a job's bytes (its copy, its shared buffer) are free once the thread has
 * let go of its part, not kept for the whole budget (60 s) after every read. The timer is never
 * cleared early: a thread free when a read ends may be given the next read before the time is up,
 * and then this watch is the one that frees that read, should the thread hang closing the first.
 */
function stopIfStuckIn(thread: PdfThread, ms: number, id: number, on: Stuck): void {
  if (!(ms >= 0 && ms < 2 ** 31 - 1)) return;
  setTimeout(() => {
    if (!isStuck(thread, id, on)) return;
    stopAndRequeue(thread);
    tidy();
  }, ms).unref();
}

function adopt(worker: Worker): PdfThread {
  const thread: PdfThread = { worker, parts: [], error: null };
  threads.push(thread);
  // Busy while it holds a part of a job, even one that is over (it is closing the document).
  trackThread(worker, () => thread.parts.length > 0);
  worker.on('message', (reply: PdfReply) => {
    const part = thread.parts.find((p) => p.id === reply.id);
    if (!part) return;
    if ('started' in reply) part.begun = true;
    // The thread's part is finished: it goes on with the next.
    if ('done' in reply || 'error' in reply) thread.parts.splice(thread.parts.indexOf(part), 1);
    part.reply(reply);
    tidy();
  });
  // A thread that fails while idle is dropped; one that fails on a job fails that job only, and
  // the jobs waiting behind it go to other threads.
  worker.on('error', (error: Error & { code?: string }) => {
    thread.error = error;
  });
  // (Node delivers every message a thread sent before its 'exit'.)
  worker.on('exit', () => {
    const parts = retire(thread, false);
    // The thread runs its parts in order: the last one it started is the one it failed on.
    const running = parts.filter((part) => part.begun).pop();
    for (const part of parts) {
      if (part.settled() || part === running) continue;
      // A thread that ends before it starts a file twice in a row (it cannot load pdf.js, say) fails it.
      if (!part.begun && part.moved === 0) part.requeue();
      else part.fail(thread.error);
    }
    if (running && !running.settled()) running.fail(thread.error);
    tidy();
  });
  return thread;
}

/**
 * A thread for a job's part: one with no job under way (the one that has least left to finish),
 * else for a read that may wait (`queue`), one with a single job under way while there are as many
 * threads as are kept, else a new one.
 */
function threadFor(queue: boolean): PdfThread {
  const usable = threads.filter((thread) => !thread.parts.some((part) => part.failed()));
  const free = usable.filter((thread) => open(thread) === 0).sort((a, b) => a.parts.length - b.parts.length)[0];
  if (free) return free;
  const early = adoptEarlyThread();
  if (early) return adopt(early);
  if (queue && threads.length >= keep) {
    const behindOne = usable.find((thread) => open(thread) === 1);
    if (behindOne) return behindOne;
  }
  return adopt(startThread(WORKER_URL));
}

/** `auto`: a second thread reads a long PDF's pages when a core is spare; 1: never; 2: always on a long PDF (tests, benchmarks). */
let perFile: 'auto' | 1 | 2 = 'auto';

/** How many threads read one long PDF (see `perFile`); returns the setting before. */
export function pdfThreadsPerFile(setting: 'auto' | 1 | 2): 'auto' | 1 | 2 {
  const before = perFile;
  perFile = setting;
  return before;
}

/** The machine's idle and total time (all cores, threads.ts `machineTimes`) and this process's CPU time, in ms, at `at`. */
interface MachineSample {
  at: number;
  idle: number;
  total: number;
  cores: number;
  own: number;
}

function sampleMachine(): MachineSample {
  const { idle, total, cores } = machineTimes();
  const own = process.cpuUsage();
  // process.hrtime, not the global `performance`, whose first use loads Node's perf_hooks (~10 modules, ~1 ms).
  return { at: Number(process.hrtime.bigint()) / 1e6, idle, total, cores, own: (own.user + own.system) / 1000 };
}

/** Taken when the threads are prepared (or the first read starts): what the machine did since tells whether a core is spare. */
let sinceStart: MachineSample | null = null;

/** A window shorter than this says too little (the kernel counts CPU time in 10 ms ticks). */
const SAMPLE_MS = 30;
/** Spare cores from which a second thread reads pages. */
const SPARE_CORE = 0.5;

/**
 * Cores a second thread would have to itself since `since`: the machine's idle cores plus those this
 * process kept busy, less the one the first thread needs; null when the window is too short to say.
 * A second thread costs ~25% more CPU in all (a second pdf.js to load and warm up, fonts parsed
 * twice): on a machine whose cores are taken it only slows everyone down (bench/README.md).
 */
function spareCores(since: MachineSample | null): number | null {
  if (!since) return null;
  const now = sampleMachine();
  const wall = now.at - since.at;
  if (wall < SAMPLE_MS || now.total <= since.total) return null;
  const idleCores = (now.cores * (now.idle - since.idle)) / (now.total - since.total);
  return idleCores + (now.own - since.own) / wall - 1;
}
/** Files being read now: a second thread helps only when one is. */
let reading = 0;
let nextId = 0;

/** Set by a thread of our own (check's workers): PDFs are read in it, not in a thread of their own. */
let inThisThread = false;

/**
 * For vo-lines' own worker threads, which are already a realm apart from the host (pdf.js's
 * polyfills change only their built-ins) and are stopped from outside when a file runs out of time:
 * read PDFs in this thread instead of starting one more.
 */
export function readPdfsInThisThread(): void {
  inThisThread = true;
  pdfJsInOwnRealm();
}

const inThread = () => inThisThread || !existsSync(fileURLToPath(WORKER_URL));

/** Where the launcher (cli/launch.ts) leaves a PDF thread it started before the command line loaded. */
const EARLY_THREAD = Symbol.for('vo-lines.early-pdf-thread');

/** The thread the launcher started, if it did (taken once). */
function adoptEarlyThread(): Worker | null {
  const slot = globalThis as { [EARLY_THREAD]?: Worker };
  const worker = slot[EARLY_THREAD] ?? null;
  delete slot[EARLY_THREAD];
  return worker;
}

/**
 * Starts the PDF thread now, ahead of the read (it loads pdf.js meanwhile): for a command that knows
 * from its arguments that it will read the PDF at `path`, before its own start-up is done. Whether a
 * second thread joins is decided when the read starts, from what the machine did meanwhile. An idle
 * thread does not keep the process alive, so a command that ends first just ends.
 */
export function prepareToReadPdf(path: string): void {
  if (inThread()) return;
  try {
    statSync(path);
  } catch {
    return; // the command will say what is wrong with the path
  }
  sinceStart = sampleMachine();
  if (threads.length) return;
  adopt(adoptEarlyThread() ?? startThread(WORKER_URL)).worker.unref();
}

/** How a read is handed to the threads (check's PDF lanes). */
export interface IsolatedRead {
  /**
   * The read may be posted to a thread that is reading another file, and wait behind it there, so
   * that the thread has its next file the moment it is done with one. Its time budget starts when
   * the thread starts it (the options' `deadline` is not used); should the thread be stopped before
   * that (the file ahead ran out of time, or out of memory), the read goes to another thread.
   */
  queue?: boolean;
  /** Called when the read starts, with its deadline (`Date.now()` at which time is up; Infinity for none). */
  started?: (deadline: number) => void;
  /**
   * The caller has looked at the content streams itself (preflight.ts `checkContentStreams`, which
   * needs no pdf.js): the thread goes straight to opening the document.
   */
  checked?: boolean;
  /** What the caller's look inflated (preflight.ts `keep`, packed by inflated.ts `packInflated`): pdf.js takes those streams from there. */
  inflated?: InflatedTable;
  /** What the caller's look found (what `checkContentStreams` returned): the text the file's streams show (index.ts `finishScript`). */
  look?: ContentLook;
}

/** Reads the PDF in worker threads under the file's budget; in this thread when run from the TypeScript sources (tests) or asked to. */
export async function readPdfIsolated(bytes: Uint8Array, file: string, options: ReadOptions = {}, how: IsolatedRead = {}): Promise<Script> {
  const queue = how.queue === true;
  // A queued read's budget starts with the read.
  let budget = Budget.of(file, queue ? { ...options, deadline: undefined } : options);
  let inflated = how.inflated;
  if (!how.checked && !queue && !inThread()) {
    // The look at the content streams here, while the threads start: with the platform's inflate
    // (zlib: this thread is never stopped from outside), where a thread of ours must inflate in
    // JavaScript (inflate.ts), which cold takes ~4 times as long (bench/README.md); and what it
    // inflated goes to the threads, for pdf.js (inflated.ts). (A queued read's caller, check's PDF
    // lane, looks at them itself while the thread reads the file before.)
    const kept = collectInflated();
    const look = await checkContentStreams(bytes, file, kept.keep);
    inflated = kept.pack();
    how = { ...how, checked: true, look };
  }
  if (inThread()) {
    how.started?.(budget.deadline);
    const { readPdf } = await import('./index.js');
    return readPdf(bytes, file, { ...options, ...budget.options() }, how.checked, how.look);
  }
  // One copy, shared by the job's threads; the caller keeps its bytes.
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  shared.set(bytes);
  const state = new Int32Array(new SharedArrayBuffer(SHARED.length * 4));
  state[SHARED.next] = 1;
  const id = ++nextId;
  const sinceJob = sinceStart ?? sampleMachine();
  // A progress callback stays here: a function cannot be sent to a thread (nor any other a caller's options hold).
  const { progress, deadline: _deadline, ...rest } = options;
  const sendable = Object.fromEntries(Object.entries(rest).filter(([, value]) => typeof value !== 'function')) as ReadOptions;
  /** The budget the threads get: a queued read's deadline is set by the thread that starts it. */
  const jobOptions = (): ReadOptions => ({ ...sendable, ...(started || !queue ? budget.options() : { timeout: budget.seconds }) });
  let started = false;
  // A queued read (check's PDF lanes) of a file too small for a helper to start with it is laid out
  // in its thread (PdfJob `finish`): this thread, which analyses every file of the batch and checks
  // the DOCX ones, is the busier one (bench/README.md, the thirty-seventh session). No helper joins
  // it later either. Not with a progress callback, which is told of each page here.
  const finishThere = queue && !progress && bytes.byteLength < EARLY_HELPER_BYTES;
  // Where the host said pdf.js's CMaps and fonts are: the threads are told with each job.
  const assets = pdfJsAssetsSet();
  reading++;
  return new Promise<Script>((resolve, reject) => {
    /** The job's part on each of its threads. */
    const parts = new Map<PdfThread, Part>();
    let settled = false;
    let failed = false;
    let folder: PageFolder | null = null;
    let language: string | undefined;
    const outcomes = new Map<number, PageOutcome>();
    let timer: NodeJS.Timeout | undefined;

    /** The time budget, from now to `budget`'s deadline. (Timers take at most 2^31 - 1 ms, about 24 days.) */
    const watch = () => {
      const remaining = budget.remaining();
      if (remaining < 2 ** 31 - 1) timer = setTimeout(() => settle(true, timedOut(file, budget.seconds)), Math.max(0, remaining));
    };

    /** Ends the job: `stop` its threads (timeout, crash: the reads waiting behind it go elsewhere), or let each finish its part. */
    const settle = (stop: boolean, error: UserError | null, script?: Script) => {
      if (settled) return;
      settled = true;
      failed = error !== null;
      reading--;
      Atomics.store(state, SHARED.stop, 1);
      say(state, NO_GO);
      if (timer) clearTimeout(timer);
      // On success every page has come back, so all that is left of the job in its threads is its
      // "done" (and closing the document, which a thread does before its next job); after an error
      // a thread ends the page it is reading. A thread stopped here takes no other job with it.
      // (Braced: an `else` after the loops' `if` would belong to that `if`, as it did here before.)
      if (stop) {
        for (const thread of parts.keys()) stopAndRequeue(thread);
      } else if (error) {
        for (const thread of parts.keys()) stopLeftover(thread);
      } else {
        for (const thread of parts.keys()) stopIfStuckClosing(thread);
      }
      tidy();
      if (error) reject(error);
      else resolve(script!);
    };

    /**
     * After an error a thread ends the page of this file it is reading before it goes on to the next
     * file waiting there: should that page still run when this file's time is up, the thread is
     * stopped and the files waiting there go to another thread.
     */
    const stopLeftover = (thread: PdfThread) => {
      if (isStuck(thread, id, 'page')) stopIfStuckIn(thread, Math.max(0, budget.remaining()), id, 'page');
    };

    /**
     * After a read that ended well a thread has only to say it is done and close the document before
     * it starts the read waiting behind it (a queued read's budget starts only then). Should it not
     * have started anything within this file's own budget, it is stuck (closing hung, in work V8
     * cannot interrupt): it is stopped, and the reads waiting there go to another thread.
     */
    const stopIfStuckClosing = (thread: PdfThread) => {
      if (!(budget.seconds > 0)) return;
      stopIfStuckIn(thread, budget.seconds * 1000, id, 'closing');
    };

    /** Takes the outcomes that have arrived in page order; finishes the Script after the last page. */
    const fold = () => {
      if (!folder || settled) return;
      try {
        for (let outcome = outcomes.get(folder.taken + 1); outcome; outcome = outcomes.get(folder.taken + 1)) {
          outcomes.delete(outcome.page);
          progress?.(outcome.page - 1, folder.numPages, 'page');
          folder.add(outcome);
        }
        if (folder.taken < folder.numPages) return;
        // Every page is read: the bar is full (its last call was for the page before the last).
        progress?.(folder.numPages, folder.numPages, 'page');
        budget.check();
        settle(false, null, finishScript(folder, options, language, budget, how.look));
      } catch (error) {
        settle(false, asUserError(file, error));
      }
    };

    /** Whether a second thread reads pages: only when this is the one file being read, with a core to spare. */
    const mayHelp = (since: MachineSample | null): boolean | null => {
      if (perFile === 1 || reading !== 1 || availableCores() < 2) return false;
      if (perFile === 2) return true;
      const spare = spareCores(since);
      return spare === null ? null : spare >= SPARE_CORE;
    };
    let helped = false;
    const join = (role: PdfJob['role'], moved = 0) => {
      if (role === 'helper') helped = true;
      const thread = threadFor(queue && role === 'first' && !started);
      const part: Part = {
        id,
        begun: false,
        moved,
        settled: () => settled,
        failed: () => failed,
        reply: (reply) => {
          if (settled) return;
          if ('started' in reply) {
            if (role !== 'first' || started) return;
            started = true;
            if (queue) {
              budget = Budget.of(file, { timeout: budget.seconds, deadline: reply.started });
              watch();
            }
            how.started?.(budget.deadline);
          } else if ('page' in reply) {
            outcomes.set(reply.page.page, reply.page);
            fold();
          } else if ('script' in reply) {
            settle(false, null, reply.script);
          } else if ('opened' in reply) {
            language = reply.opened.language;
            folder = new PageFolder(file, reply.opened.pages);
            const { pages } = reply.opened;
            if (helped) {
              // The second thread started with the first (a large file): wanted if the document is
              // long, and a core is spare (known at the start, or now from the whole wait).
              say(state, pages >= PARALLEL_PAGES && (early ?? mayHelp(sinceJob)) ? GO : NO_GO);
            } else if (!finishThere && pages >= LATE_HELPER_PAGES && mayHelp(sinceJob)) {
              say(state, GO);
              join('helper');
            }
            fold();
          } else if ('error' in reply) settle(false, new UserError(reply.error.message, reply.error.code, reply.error.details));
        },
        fail: (error) => {
          parts.delete(thread);
          if (error?.code === 'ERR_WORKER_OUT_OF_MEMORY') settle(true, outOfMemory(file));
          else if (error) {
            const reason = error.message.split('\n')[0]!;
            settle(true, new UserError(`${file} is damaged: reading it stopped (${reason}). Re-export it or ask for a new copy.`, 'corrupt-pdf', { kind: 'stopped' satisfies PdfDamage, error: reason }));
          } else settle(true, new UserError(`${file} is damaged: reading it stopped unexpectedly. Re-export it or ask for a new copy.`, 'corrupt-pdf', { kind: 'stopped' satisfies PdfDamage }));
        },
        requeue: () => {
          parts.delete(thread);
          // A helper is not needed: the first thread reads every page nobody has taken.
          if (role === 'first') join('first', part.moved + 1);
        },
      };
      thread.parts.push(part);
      parts.set(thread, part);
      thread.worker.ref();
      const message: PdfJob = { id, bytes: shared, file, options: jobOptions(), state, role, ...(how.checked ? { checked: true } : {}), ...(inflated ? { inflated } : {}), ...(how.look && !how.look.links ? { noLinks: true as const } : {}), ...(assets ? { assets } : {}), ...(finishThere && role === 'first' ? { finish: how.look ? { look: how.look } : {} } : {}) };
      thread.worker.postMessage(message);
    };

    if (!queue) watch();
    // A large file: a second thread starts now (loads pdf.js, opens the document while the first
    // looks at the content streams) unless the machine is known to have no core to spare; it reads
    // pages once told so, when the pages are counted (above).
    const early = bytes.byteLength >= EARLY_HELPER_BYTES ? mayHelp(sinceStart) : false;
    sinceStart = null;
    join('first');
    if (early !== false) join('helper');
  });
}
