/**
 * What the worker threads that read scripts share (Node only): their heap limit, and the error for
 * a script that needs more memory than that.
 */
import { getHeapStatistics } from 'node:v8';
import { UserError } from '../errors.js';

/** The heap a worker thread may use: the same as this thread's (`--max-old-space-size`). */
export function heapMegabytes(): number {
  return Math.max(64, Math.floor(getHeapStatistics().heap_size_limit / (1024 * 1024)));
}

export function outOfMemory(file: string): UserError {
  return new UserError(
    `${file} needs more memory to read than vo-lines has (${heapMegabytes()} MB): the file is damaged or far larger than a script.`,
    'out-of-memory',
  );
}

/** Options of the host's own command line that a worker thread must not inherit: they name the host's code. */
const HOST_ONLY = new Set(['-e', '--eval', '-p', '--print']);

/**
 * The host's Node options, for a worker thread: all but the ones that run the host's own code
 * (`-e CODE`, `--print`, `--input-type`), which make a worker started from a file fail, and the
 * V8 heap and process options a worker does not take.
 */
export function workerExecArgv(): string[] {
  const kept: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (HOST_ONLY.has(arg)) {
      i++;
      continue;
    }
    if (arg.startsWith('--input-type') || /^--(eval|print)=/.test(arg)) continue;
    // V8 and process options a worker refuses ("invalid execArgv flags"): the heap is given as
    // resourceLimits instead (see heapMegabytes).
    const v8 = /^--(max-old-space-size|max-semi-space-size|max-young-generation-size|stack-size|title)(=|$)/.exec(arg);
    if (v8) {
      if (!v8[2] && /^\d/.test(argv[i + 1] ?? '')) i++;
      continue;
    }
    kept.push(arg);
  }
  return kept;
}
