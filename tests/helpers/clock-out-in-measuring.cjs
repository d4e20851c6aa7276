/**
 * Test-only preload (`node --require tests/helpers/clock-out-in-measuring.cjs dist/cli/main.cjs …`):
 * the clock runs out while the report is being measured, and only then. `Date.now()` is the real time
 * until it is first read from inside measuring (`buildReport` on the stack: measure/report.ts, a name
 * the bundle keeps), then the real time plus about 31 years, so any `--timeout` trips at the budget's
 * first reading in measuring, however fast the machine, and never in reading or casting. With it, a
 * command that passes without it must stop with the budget's one-line `timeout` error (exit code 2).
 * Threads inherit `--require`: it runs in each, and a thread that measures nothing keeps the real time.
 */
'use strict';
const realNow = Date.now;
const LATER = 1e12;
let out = false;
Date.now = function now() {
  if (!out) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 64;
    const stack = new Error().stack || '';
    Error.stackTraceLimit = limit;
    if (/\bbuildReport\b/.test(stack)) out = true;
  }
  return out ? realNow() + LATER : realNow();
};
