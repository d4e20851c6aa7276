/**
 * Inflating with a hard cap on the output, the same way in Node and in a browser: through the
 * platform's own inflate where it takes the format (platform/inflate-native.ts: node:zlib in Node;
 * inflate-native.browser.ts: DecompressionStream in a browser), else through fflate's streaming
 * inflate (loaded only then). Either stops the moment the output passes the cap, so a zip bomb
 * costs no more than the cap.
 * (fflate's one-shot `inflateSync` would silently drop what does not fit a given buffer while
 * going on inflating it: see REFERENCE.md.)
 */
import { hasNativeInflate, inflateNative } from '../platform/inflate-native.js';

/** `deflate-raw`: a ZIP entry; `deflate`: a zlib stream (a PDF's FlateDecode). */
export type DeflateFormat = 'deflate-raw' | 'deflate';

export interface InflateOptions {
  format: DeflateFormat;
  /** Most bytes of output accepted; one more and the inflate stops with `too-large`. */
  cap: number;
  /** A stream cut short gives what it holds instead of failing (as zlib's Z_SYNC_FLUSH does). */
  partial?: boolean;
  /** The output is expected to fill the cap (a ZIP entry's declared size): written into one buffer of that size, no copies. */
  exact?: boolean;
  /** Which inflater (tests exercise both); default: the platform's where it takes the format. */
  engine?: 'native' | 'fflate';
}

export class InflateError extends Error {
  constructor(
    readonly reason: 'too-large' | 'corrupt',
    detail: string,
  ) {
    super(detail);
    this.name = 'InflateError';
  }
}

/** Input handed to fflate per step: each step can produce at most ~1,032 times this. */
const STEP = 16 * 1024;

/** Collects the output, and throws `too-large` past the cap. */
class Output {
  private readonly chunks: Uint8Array[] = [];
  private readonly buffer: Uint8Array | null;
  total = 0;

  constructor(private readonly options: InflateOptions) {
    this.buffer = options.exact ? new Uint8Array(options.cap) : null;
  }

  take(chunk: Uint8Array): void {
    if (this.total + chunk.length > this.options.cap) throw new InflateError('too-large', `more than ${this.options.cap} bytes`);
    if (this.buffer) this.buffer.set(chunk, this.total);
    else if (chunk.length) this.chunks.push(chunk);
    this.total += chunk.length;
  }

  bytes(): Uint8Array {
    if (this.buffer) return this.buffer.subarray(0, this.total);
    if (this.chunks.length === 1) return this.chunks[0]!;
    const out = new Uint8Array(this.total);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/** Through the platform; a damaged stream read `partial` goes to fflate, which keeps what came before the damage. */
async function viaPlatform(data: Uint8Array, options: InflateOptions): Promise<Uint8Array> {
  const result = await inflateNative(data, options.format, options.cap, options.partial ?? false, options.exact ? options.cap : undefined);
  if (result.ok) return result.bytes;
  if (result.reason === 'corrupt' && options.partial) return inflateFflate(data, options);
  throw new InflateError(result.reason, result.detail);
}

async function inflateFflate(data: Uint8Array, options: InflateOptions): Promise<Uint8Array> {
  const { Inflate, Unzlib } = await import('fflate');
  const output = new Output(options);
  const take = (chunk: Uint8Array) => output.take(chunk);
  const inflater = options.format === 'deflate' ? new Unzlib(take) : new Inflate(take);
  try {
    // Every step as not final (each gives its output at once, so a cut stream still gives what it
    // holds), then the end.
    for (let at = 0; at < data.length; at += STEP) inflater.push(data.subarray(at, Math.min(data.length, at + STEP)), false);
    inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof InflateError) throw error;
    if (!options.partial) throw new InflateError('corrupt', String((error as Error)?.message ?? error));
  }
  return output.bytes();
}

let platformAllowed = true;

/**
 * From now on, this thread inflates in JavaScript only (fflate), never through the platform. Called
 * by vo-lines' own threads (the PDF thread, `check`'s workers), which are stopped from outside at a
 * file's time budget: a thread stopped while node:zlib had made a handle and not yet set it up made
 * Node abort as it tore the thread down ("close before init", node_zlib.cc) — a crash where the budget
 * promises a one-line error. JavaScript leaves nothing native to tear down.
 */
export function inflateInJavaScriptOnly(): void {
  platformAllowed = false;
}

/** The inflated bytes; an `InflateError` when they pass `options.cap` or the data is not DEFLATE. */
export async function inflate(data: Uint8Array, options: InflateOptions): Promise<Uint8Array> {
  const engine = options.engine ?? (platformAllowed && hasNativeInflate(options.format) ? 'native' : 'fflate');
  return engine === 'native' ? viaPlatform(data, options) : inflateFflate(data, options);
}
