/**
 * Test-only preload (`node --require tests/helpers/stuck-thread.cjs dist/cli/main.cjs …`): makes a
 * thread of vo-lines get stuck, as pdf.js was on a damaged font, in ONE long native call that V8
 * cannot interrupt, so `worker.terminate()` and `process.exit()` wait for it to end.
 *
 * Threads inherit the process's `--require` (readers/threads.ts `workerExecArgv`), so this runs at the
 * start of every thread the command starts; it does nothing in the main thread. A file whose name
 * contains `stuck` gets stuck:
 * - in a PDF thread (readers/pdf/worker.ts), right after the thread says it started the read (so the
 *   read's time budget runs, as it would with pdf.js stuck on a page);
 * - in a check worker (check/worker.ts), as soon as the file is handed to it.
 * A PDF whose name contains `closing` is read whole, and the thread gets stuck right after it says
 * it is done with it (as if closing the document hung), before it takes the read waiting behind.
 * Other files are read as usual.
 *
 * The stuck call is `crypto.pbkdf2Sync` (OpenSSL, in C++: no interrupt check; no memory), sized to
 * last STUCK_SECONDS (default 90; on a busy machine the call runs shorter than asked, ~2/3). Measured on Node 20.20 (2-core Xeon; worker stopped 0.5 s in):
 * terminate() settled only when the call ended for pbkdf2Sync (15 s), Array.prototype.sort of 5e6
 * numbers (19 s), TypedArray.prototype.sort of 6e7 (7 s), `new Array(2e8).fill(0)` (9 s),
 * child_process.spawnSync (20 s); but at once for a catastrophic regular expression (5 ms: irregexp
 * checks for interrupts as it backtracks), 'ab'.repeat(5e8) and within 1 s for JSON.parse of 100 MB.
 */
'use strict';
const { isMainThread, parentPort } = require('node:worker_threads');
const { pbkdf2Sync } = require('node:crypto');
const { writeSync } = require('node:fs');

const STUCK_SECONDS = Number(process.env.STUCK_SECONDS || 90);

function stuck(file) {
  // Calibrated here, on this machine, now: the rate of a short call, then one call long enough.
  const sample = 200000;
  const started = process.hrtime.bigint();
  pbkdf2Sync('a', 'b', sample, 32, 'sha512');
  const perIteration = Number(process.hrtime.bigint() - started) / 1e9 / sample;
  const iterations = Math.min(2 ** 31 - 1, Math.ceil(STUCK_SECONDS / perIteration));
  if (process.env.STUCK_VERBOSE) writeSync(2, `[stuck-thread] ${file}: one native call of ${iterations} iterations (~${STUCK_SECONDS} s)\n`);
  pbkdf2Sync('a', 'b', iterations, 32, 'sha512');
}

if (!isMainThread && parentPort) {
  /** PDF jobs (their `id`) of files to get stuck on. */
  const pdfJobs = new Map();
  // Registered before the thread's own listener (this runs first): sees each job first.
  /** PDF jobs (their `id`) of files to get stuck after. */
  const closingJobs = new Map();
  parentPort.on('message', (message) => {
    if (message && typeof message.file === 'string' && message.file.includes('closing') && typeof message.id === 'number') closingJobs.set(message.id, message.file);
    if (!message || typeof message.file !== 'string' || !message.file.includes('stuck')) return;
    if (typeof message.id === 'number') pdfJobs.set(message.id, message.file);
    else if (typeof message.index === 'number') stuck(message.file); // a check worker's job
  });
  const post = parentPort.postMessage.bind(parentPort);
  parentPort.postMessage = (reply, transfer) => {
    post(reply, transfer);
    if (reply && typeof reply === 'object' && 'started' in reply && pdfJobs.has(reply.id)) {
      const file = pdfJobs.get(reply.id);
      pdfJobs.delete(reply.id);
      stuck(file);
    }
    if (reply && typeof reply === 'object' && 'done' in reply && closingJobs.has(reply.id)) {
      const file = closingJobs.get(reply.id);
      closingJobs.delete(reply.id);
      stuck(file);
    }
  };
}
