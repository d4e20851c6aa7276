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
