/**
 * What the worker threads that read scripts share (Node only): their heap limit, the error for a
 * script that needs more memory than that, how one is started (`startThread`) and how a thread that
 * will not stop is given up; and the machine's cores and their load, which decide how many to start.
 */
import { createRequire } from 'node:module';
import { getHeapStatistics } from 'node:v8';
import type { Worker } from 'node:worker_threads';
import { UserError } from '../errors.js';

/** The heap a worker thread may use: the same as this thread's (`--max-old-space-size`). */
export function heapMegabytes(): number {
  return Math.max(64, Math.floor(getHeapStatistics().heap_size_limit / (1024 * 1024)));
}

export function outOfMemory(file: string): UserError {
  const megabytes = heapMegabytes();
  return new UserError(
    `${file} needs more memory to read than vo-lines has (${megabytes} MB): the file is damaged or far larger than a script.`,
    'out-of-memory',
    { megabytes },
  );
}

/**
 * A worker thread on `url` (a thread's entry: readers/thread-entry.ts), with the heap this thread
 * has (`--max-old-space-size` bounds them all alike) and the Node options it may inherit. Not
 * tracked: the caller does that (trackThread) with what tells it busy. node:worker_threads is
 * loaded here, at the first thread, not with this module (every command loads it at its start).
 */
export function startThread(url: URL, workerData?: unknown): Worker {
  const { Worker: Thread } = process.getBuiltinModule('node:worker_threads');
  return new Thread(url, { ...(workerData === undefined ? {} : { workerData }), execArgv: workerExecArgv(), resourceLimits: { maxOldGenerationSizeMb: heapMegabytes() } });
}

/** How many threads this machine runs at once (node:os `availableParallelism`, loaded when asked). */
export function availableCores(): number {
  return process.getBuiltinModule('node:os').availableParallelism();
}

/** Idle and total CPU time of the machine, all cores (ms), since it started; `cores`: how many. */
export function machineTimes(): { idle: number; total: number; cores: number } {
  let idle = 0;
  let total = 0;
  const cpus = process.getBuiltinModule('node:os').cpus();
  for (const { times } of cpus) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { idle, total, cores: cpus.length };
}

/** Options of the host's own command line that a worker thread must not inherit: they name the host's code. */
const HOST_ONLY = new Set(['-e', '--eval', '-p', '--print']);

/**
 * The Node options for a worker thread: undefined (inherit the host's, Node's default) unless the host
 * runs code of its own (`-e CODE`, `--print`, `--input-type`), which would make a worker started from
 * a file fail; then the host's options without those, and without the V8 heap and process options a
 * worker refuses ("invalid execArgv flags": the heap is given as resourceLimits, see heapMegabytes).
 */
export function workerExecArgv(): string[] | undefined {
  const argv = process.execArgv;
  if (!argv.some((arg) => HOST_ONLY.has(arg) || arg.startsWith('--input-type') || /^--(eval|print)=/.test(arg))) return undefined;
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (HOST_ONLY.has(arg)) {
      i++;
      continue;
    }
    if (arg.startsWith('--input-type') || /^--(eval|print)=/.test(arg)) continue;
    const v8 = /^--(max-old-space-size|max-semi-space-size|max-young-generation-size|stack-size|title)(=|$)/.exec(arg);
    if (v8) {
      if (!v8[2] && /^\d/.test(argv[i + 1] ?? '')) i++;
      continue;
    }
    kept.push(arg);
  }
  return kept;
}

/**
 * A thread of vo-lines while it is alive. `busy`: it has work under way (an idle thread, waiting for
 * a job in its event loop, stops at once when told to).
 */
interface Tracked {
  busy: () => boolean;
  /** Told to stop (its work abandoned) and not yet ended. */
  stopping: boolean;
}

/**
 * vo-lines' threads alive in this process. The command line's launcher (cli/launch.ts) and its app
 * are separate bundles, each with its own copy of this module, and both start threads: there the
 * launcher puts one registry on `globalThis` for both (shareThreadRegistry). The library leaves a
 * host's globals as they were: its registry is this module's.
 */
const REGISTRY = Symbol.for('vo-lines.threads');
let ownRegistry: Map<Worker, Tracked> | undefined;

function registry(): Map<Worker, Tracked> {
  return (globalThis as { [REGISTRY]?: Map<Worker, Tracked> })[REGISTRY] ?? (ownRegistry ??= new Map());
}

/** For the command line only, before it starts a thread: one registry for all its bundles (on `globalThis`). */
export function shareThreadRegistry(): void {
  (globalThis as { [REGISTRY]?: Map<Worker, Tracked> })[REGISTRY] ??= new Map();
}

/** Counts `worker` among vo-lines' threads until it ends (see endProcess). Returns it. */
export function trackThread(worker: Worker, busy: () => boolean = () => false): Worker {
  const threads = registry();
  threads.set(worker, { busy, stopping: false });
  worker.once('exit', () => threads.delete(worker));
  return worker;
}

/**
 * Stops a thread whose work is given up (its file ran out of time, or the thread is no longer
 * needed). `terminate()` only asks V8 to stop it, which V8 does at the next point where it can
 * interrupt JavaScript: a thread in one long native stretch (a built-in sorting millions of
 * elements, a long call into C++) goes on to the end of it first, seconds or minutes later
 * (tests/helpers/stuck-thread.cjs has the measurements). Meanwhile the thread no longer keeps the
 * event loop alive (a library host's process ends its work as if it were gone), and the command line
 * ends without waiting for it (endProcess).
 */
export function stopThread(worker: Worker): void {
  const tracked = registry().get(worker);
  if (tracked) tracked.stopping = true;
  void worker.terminate();
  // After terminate(), which refs the thread again.
  worker.unref();
}

/** The threads of vo-lines at work or being stopped. */
const atWork = (): Worker[] => [...registry()].filter(([, thread]) => thread.stopping || thread.busy()).map(([worker]) => worker);

/** Whether a thread of vo-lines is at work or being stopped: the process's own end would wait for it. */
export function threadsAtWork(): boolean {
  return atWork().length > 0;
}

/** How long the threads told to stop at the end get before the process ends without them. */
export const STOP_GRACE_MS = 500;

/**
 * Ends the process with `code` (the command line's end, once what it printed is written). When no
 * thread of vo-lines is at work or being stopped, `process.exit(code)` (it stops idle threads at
 * once). Otherwise those threads are told to stop and get STOP_GRACE_MS: `process.exit` would wait
 * for each to stop (Node joins every thread before the process ends), however long a stuck one takes;
 * past the grace the process ends without them (exitNow).
 */
export function endProcess(code: number, graceMs = STOP_GRACE_MS): void {
  const waiting = atWork();
  if (waiting.length === 0) return void process.exit(code);
  let left = waiting.length;
  const timer = setTimeout(() => exitNow(code), graceMs);
  for (const worker of waiting) {
    worker.once('exit', () => {
      if (--left > 0) return;
      clearTimeout(timer);
      process.exit(code);
    });
    stopThread(worker);
  }
}

/** `(module (memory (export "memory") 0))`: the smallest module WASI can be initialised with. */
const MEMORY_ONLY_MODULE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 5, 3, 1, 0, 0, 7, 10, 1, 6, 109, 101, 109, 111, 114, 121, 2, 0]);

/**
 * Ends the process with `code` now, while a thread is still running: what was printed must have
 * been handed to the system already (the command line waits for stdout's and stderr's write
 * callbacks), output files written (they are, renamed into place, before a command resolves); the
 * process's 'exit' listeners do not run. Measured on Node 20.20 with a thread in a 30 s
 * native call: `process.exit` and `process.reallyExit` end with the call (Node joins every thread);
 * SIGKILL ends at once but with code 137, `process.abort` with 134 and a core dump. WASI's
 * `proc_exit` (returnOnExit false) calls the C library's `exit(code)` straight away: ends at once,
 * with `code`, stdout and stderr complete. (node:wasi is loaded here only: its "experimental"
 * warning is printed on the next tick, which never comes.) Should WASI be unavailable (a permission
 * model that forbids it), `process.exit`: the right code, late.
 */
export function exitNow(code: number): never {
  try {
    const { WASI } = createRequire(import.meta.url)('node:wasi') as typeof import('node:wasi');
    const wasi = new WASI({ version: 'preview1', returnOnExit: false });
    // (WebAssembly's types are not in this project's libs.)
    const { WebAssembly: wasm } = globalThis as unknown as { WebAssembly: { Instance: new (module: object) => object; Module: new (bytes: Uint8Array) => object } };
    wasi.initialize(new wasm.Instance(new wasm.Module(MEMORY_ONLY_MODULE)));
    (wasi.wasiImport.proc_exit as (code: number) => void)(code);
  } catch {
    // Fall through.
  }
  process.exit(code);
}
