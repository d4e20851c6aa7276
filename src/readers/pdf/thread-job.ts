/**
 * What the threads reading one PDF (isolated.ts, worker.ts) send each other: the job, the slots of
 * the state they share, the replies. Types and constants only, so that the calling thread can import
 * it without starting anything.
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
  /** `first`: looks at the content streams and reports the page count; `helper`: only reads pages. */
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
  length: 4,
} as const;

export type PdfReply =
  | { id: number; opened: { pages: number; language?: string } }
  | { id: number; page: PageOutcome }
  | { id: number; done: true }
  | { id: number; error: { message: string; code: string } };
