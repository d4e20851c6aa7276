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
