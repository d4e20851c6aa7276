/**
 * What the threads reading one PDF (isolated.ts, worker.ts) send each other: the job, the slots of
 * the state they share, the replies. Nothing here starts anything, so that the calling thread can
 * import it.
 */
import type { ReadOptions } from '../../model.js';
import type { PageOutcome } from './index.js';

export interface PdfJob {
  id: number;
  /** The file's bytes, shared by the job's threads (never written to). */
  bytes: Uint8Array;
  file: string;
  options: ReadOptions;
  /** Over a SharedArrayBuffer, indexed by `SHARED`: what the job's threads share. */
  state: Int32Array;
  /**
   * `first`: looks at the content streams, opens the document, says whether a helper may read pages
   * (`SHARED.go`) and reports the page count; `helper`: opens the document meanwhile, waits for that
   * word, then reads pages beside the first.
   */
  role: 'first' | 'helper';
}

/** The slots of a job's shared state. */
export const SHARED = {
  /** The next page to take (from 1). */
  next: 0,
  /** Set (1) when the job is over or a page has ended it: no more pages are taken. */
  stop: 1,
  /** Pieces of text and characters read so far, each page's count capped at its limit + 1. */
  glyphs: 2,
  chars: 3,
  /** Set by the first thread once the content streams passed and the document opened: GO or NO_GO. */
  go: 4,
  length: 5,
} as const;

export const GO = 1;
export const NO_GO = 2;

/**
 * From this many pages on, a second thread reads pages beside the first: below, starting it and
 * loading pdf.js there costs more than the pages it would read (bench/README.md).
 */
export const PARALLEL_PAGES = 24;

/**
 * From this many bytes on, the second thread is started with the first, so that it loads pdf.js
 * and opens the document meanwhile (a long script); it reads no page unless the first says GO.
 */
export const EARLY_HELPER_BYTES = 256 * 1024;

/** Tells a helper waiting for the first thread whether it may read pages. */
export function say(state: Int32Array, word: typeof GO | typeof NO_GO): void {
  Atomics.compareExchange(state, SHARED.go, 0, word);
  Atomics.notify(state, SHARED.go);
}

export type PdfReply =
  | { id: number; opened: { pages: number; language?: string } }
  | { id: number; page: PageOutcome }
  | { id: number; done: true }
  | { id: number; error: { message: string; code: string } };
