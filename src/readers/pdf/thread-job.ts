/**
 * What the threads reading one PDF (isolated.ts, worker.ts) send each other: the job, the slots of
 * the state they share, the replies. Nothing here starts anything, so that the calling thread can
 * import it.
 */
import type { UserErrorData } from '../../errors.js';
import type { PdfJsAssets } from './assets.js';
import type { ReadOptions } from '../../model.js';
import type { InflatedTable } from './inflated.js';
import type { PageOutcome } from './index.js';
import type { ContentLook } from './preflight.js';
import type { Script } from '../../model.js';

export interface PdfJob {
  id: number;
  /** The file's bytes, shared by the job's threads (never written to). */
  bytes: Uint8Array;
  file: string;
  options: ReadOptions;
  /** Over a SharedArrayBuffer, indexed by `SHARED`: what the job's threads share. */
  state: Int32Array;
  /**
   * `first`: looks at the content streams, opens the document and reports the page count; `helper`:
   * opens the document meanwhile, waits for the caller's word (`SHARED.go`), then reads pages beside
   * the first.
   */
  role: 'first' | 'helper';
  /** The caller has already looked at the content streams (preflight.ts): the first thread does not again. */
  checked?: boolean;
  /** What the caller's look inflated (inflated.ts): pdf.js takes those streams from there. */
  inflated?: InflatedTable;
  /** The caller's look found no `/Link` anywhere in the file (preflight.ts `ContentLook.links`): no page's links are asked for. */
  noLinks?: true;
  /** Where pdf.js finds its CMaps and standard fonts, when the host said (setPdfJsAssets in its thread). */
  assets?: PdfJsAssets;
  /**
   * The first thread lays out the Script itself (index.ts `finishScript`, what the caller does with
   * the pages' outcomes otherwise) and sends it whole instead of the pages: set by the caller only
   * for a job no helper will join (check's PDF lanes: the caller's own thread is the batch's busier
   * one, bench/README.md). `look`: what the caller's look at the content streams found.
   */
  finish?: { look?: ContentLook };
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
  /** Set by the caller once the first thread has looked at the content streams and counted the pages: GO or NO_GO. */
  go: 4,
  length: 5,
} as const;

export const GO = 1;
export const NO_GO = 2;

/**
 * From this many pages on, a second thread started with the first (EARLY_HELPER_BYTES) reads pages
 * beside it: below, loading pdf.js there and warming it up costs more than the pages it would read
 * (bench/README.md).
 */
export const PARALLEL_PAGES = 64;

/**
 * From this many bytes on, the second thread is started with the first (when a core is spare), so
 * that it loads pdf.js and opens the document meanwhile; it reads no page unless the first says GO.
 */
export const EARLY_HELPER_BYTES = 256 * 1024;

/**
 * A smaller file of this many pages or more: a second thread joins once the first has counted the
 * pages (when a core is spare). It starts late, so it needs more pages to pay.
 */
export const LATE_HELPER_PAGES = 2 * PARALLEL_PAGES;

/** Tells a helper waiting for the first thread whether it may read pages. */
export function say(state: Int32Array, word: typeof GO | typeof NO_GO): void {
  Atomics.compareExchange(state, SHARED.go, 0, word);
  Atomics.notify(state, SHARED.go);
}

export type PdfReply =
  /** The thread has started the job (jobs wait their turn in the thread): its deadline, `Date.now()` at which time is up (Infinity for none). */
  | { id: number; started: number }
  | { id: number; opened: { pages: number; language?: string } }
  | { id: number; page: PageOutcome }
  /** The whole Script, laid out in the thread (a job with `finish`): no page is sent. */
  | { id: number; script: Script }
  | { id: number; done: true }
  /** The job's user error, as plain data (its details too). */
  | { id: number; error: UserErrorData };
