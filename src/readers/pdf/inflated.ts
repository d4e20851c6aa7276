/**
 * Content streams inflated once. The calling thread looks at a PDF's content streams before pdf.js
 * reads them (preflight.ts), inflating each with the platform's zlib; the PDF threads, which may not
 * make a zlib handle (inflate.ts `inflateInJavaScriptOnly`), would inflate the same streams again in
 * JavaScript for pdf.js (~6% of a thread's time on a long generated script). So the calling thread
 * hands what it inflated to the threads, in shared memory, and pdf.js's DecompressionStream
 * (stand-ins.ts) takes a stream from there when it is the very same bytes.
 *
 * A stream is taken only when pdf.js's chunk is a view of the file at the stream's start, of the
 * stream's whole length (to `endstream`, with or without the end of line before it, as /Length
 * counts it), and its bytes are the file's there, compared one by one: the same compressed bytes
 * inflate to the same content, so the content is exactly what inflating them would give. Anything
 * else (a /Length that cuts the stream, an encrypted file's decrypted streams, a damaged stream the
 * look read only in part) is inflated as before.
 */

/** A content stream the look inflated whole: its data's place in the file and what it inflates to. */
export interface InflatedStream {
  /** Where the stream's data starts in the file. */
  start: number;
  /** Its length up to `endstream`. */
  length: number;
  /** The same without the end of line before `endstream` (what /Length should say). */
  trimmed: number;
  content: Uint8Array;
}

/** The inflated streams of one file, in shared memory: sent to the PDF threads with the job. */
export interface InflatedTable {
  /** Per stream: start, length, trimmed, where its content starts in `data`, its content's length. */
  index: Int32Array;
  data: Uint8Array;
}

/** Most bytes of inflated content handed to the threads for one file: past this, they inflate the rest. */
export const MAX_HANDED = 64 * 1024 * 1024;

const FIELDS = 5;

/** The streams in shared memory (none: undefined). */
export function packInflated(streams: readonly InflatedStream[]): InflatedTable | undefined {
  if (streams.length === 0) return undefined;
  const total = streams.reduce((n, s) => n + s.content.length, 0);
  const index = new Int32Array(new SharedArrayBuffer(streams.length * FIELDS * 4));
  const data = new Uint8Array(new SharedArrayBuffer(Math.max(1, total)));
  let at = 0;
  streams.forEach((s, i) => {
    index.set([s.start, s.length, s.trimmed, at, s.content.length], i * FIELDS);
    data.set(s.content, at);
    at += s.content.length;
  });
  return { index, data };
}

/** Collects what a look inflated (preflight.ts `keep`), up to MAX_HANDED bytes of content; `pack()` then gives the table. */
export function collectInflated(): { keep: (stream: InflatedStream) => void; pack: () => InflatedTable | undefined } {
  const kept: InflatedStream[] = [];
  let bytes = 0;
  return {
    keep(stream) {
      if (bytes + stream.content.length > MAX_HANDED) return;
      kept.push(stream);
      bytes += stream.content.length;
    },
    pack: () => packInflated(kept),
  };
}

/** Finds a chunk pdf.js inflates among one file's inflated streams. */
export class InflatedLookup {
  private readonly byStart = new Map<number, number>();

  /** `file`: the file's bytes, to compare each chunk with. */
  constructor(
    private readonly table: InflatedTable,
    private readonly file: Uint8Array,
  ) {
    for (let i = 0; i < table.index.length; i += FIELDS) this.byStart.set(table.index[i]!, i);
  }

  /** The content of `chunk` (a copy of its own), or null when it is not one of the streams. */
  take(chunk: Uint8Array): Uint8Array | null {
    const i = this.byStart.get(chunk.byteOffset);
    if (i === undefined) return null;
    const { index, data } = this.table;
    const start = index[i]!;
    const length = chunk.length;
    if (length !== index[i + 1] && length !== index[i + 2]) return null;
    const file = this.file;
    if (start + length > file.length) return null;
    for (let k = 0; k < length; k++) if (chunk[k] !== file[start + k]) return null;
    const from = index[i + 3]!;
    return data.slice(from, from + index[i + 4]!);
  }
}

let current: InflatedLookup | null = null;

/** The streams of the file this thread reads now (null: none). */
export function useInflated(lookup: InflatedLookup | null): void {
  current = lookup;
}

/** `chunk`'s content from the file being read, or null. */
export function inflatedFor(chunk: Uint8Array): Uint8Array | null {
  return current ? current.take(chunk) : null;
}
