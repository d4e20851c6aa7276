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
 * (`-e CODE`, `--print`, `--input-type`), which make a worker started from a file fail.
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
    kept.push(arg);
  }
  return kept;
}
