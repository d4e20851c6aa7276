/**
 * Reads a PDF in a worker thread that can be stopped. pdf.js 5.6 runs its "worker" in-process in
 * Node, and some damaged files keep it busy in one synchronous stretch that no check inside the
 * process can interrupt (graphics states saved 100,000 times: preflight.ts refuses that known kind
 * before pdf.js starts; this is for the kinds not known yet). Here the read runs in a thread of its own: past the file's time budget the thread is
 * terminated and the file gets a `timeout` error; a thread that runs out of its heap (the main
 * heap's size, so the whole tool stays within what it was given) gives an `out-of-memory` error.
 *
 * The thread is kept between files (pdf.js is loaded once per thread, as before) and does not
 * keep the process alive while idle. DOCX files never start one. It is also what keeps the host's
 * built-ins untouched: pdf.js's legacy build installs core-js polyfills in whatever realm loads it,
 * and this thread is a realm of its own. Node only: the browser build (issue 15) runs the whole
 * reader in a Web Worker instead.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Budget, timedOut } from '../../budget.js';
import { UserError } from '../../errors.js';
import type { ReadOptions, Script } from '../../model.js';
import { heapMegabytes, outOfMemory, workerExecArgv } from '../threads.js';

/** Set by scripts/bundle-cli.mjs in the CLI's bundles, whose chunks sit in dist/cli/. */
declare const VO_LINES_BUNDLED: true | undefined;
const WORKER_URL = typeof VO_LINES_BUNDLED !== 'undefined' ? new URL('../readers/pdf/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url);

interface Reply {
  id: number;
  script?: Script;
  error?: { message: string; code: string };
}

/** An idle thread, kept for the next PDF. */
let idle: Worker | null = null;
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
}

/** Reads the PDF in a worker thread under the file's budget; in this thread when run from the TypeScript sources (tests) or asked to. */
export async function readPdfIsolated(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<Script> {
  if (inThisThread || !existsSync(fileURLToPath(WORKER_URL))) {
    const { readPdf } = await import('./index.js');
    return readPdf(bytes, file, options);
  }
  const budget = Budget.of(file, options);
  const worker = idle ?? new Worker(WORKER_URL, { execArgv: workerExecArgv(), resourceLimits: { maxOldGenerationSizeMb: heapMegabytes() } });
  idle = null;
  worker.ref();
  const id = ++nextId;
  // A copy of its own, handed over: the caller keeps its bytes. (Not `bytes.slice()`: on a Buffer
  // that is a view of the same memory, and handing it over would detach the caller's buffer.)
  const copy = new Uint8Array(bytes);
  return new Promise<Script>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const finish = (keep: boolean) => {
      if (timer) clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (keep && !idle) {
        worker.unref();
        idle = worker;
      } else void worker.terminate();
    };
    const onMessage = (reply: Reply) => {
      if (reply.id !== id) return;
      finish(true);
      if (reply.script) resolve(reply.script);
      else reject(new UserError(reply.error?.message ?? `${file} could not be read.`, reply.error?.code ?? 'corrupt-pdf'));
    };
    const onError = (error: Error & { code?: string }) => {
      finish(false);
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') reject(outOfMemory(file));
      else reject(new UserError(`${file} is damaged: reading it stopped (${error.message.split('\n')[0]}). Re-export it or ask for a new copy.`, 'corrupt-pdf'));
    };
    const onExit = () => {
      finish(false);
      reject(new UserError(`${file} is damaged: reading it stopped unexpectedly. Re-export it or ask for a new copy.`, 'corrupt-pdf'));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    const remaining = budget.remaining();
    // (Timers take at most 2^31 - 1 ms, about 24 days.)
    if (remaining < 2 ** 31 - 1) {
      timer = setTimeout(() => {
        finish(false);
        reject(timedOut(file, budget.seconds));
      }, Math.max(0, remaining));
    }
    // A progress callback stays here: a function cannot be sent to the thread.
    const { progress: _progress, ...sendable } = options;
    worker.postMessage({ id, bytes: copy, file, options: { ...sendable, ...budget.options() } }, [copy.buffer]);
  });
}
