/**
 * What pdf.js's legacy build would otherwise load @napi-rs/canvas for, and a faster
 * DecompressionStream, in a realm of vo-lines' own (Node only). At import, pdf.js 5.6 in Node requires @napi-rs/canvas unconditionally (a native
 * module: ~110 ms and a dlopen per thread) to put DOMMatrix, ImageData and Path2D on globalThis for
 * rendering. vo-lines never renders: it reads operator lists and annotations. On that path one class
 * is used for real: pdf.js's core builds a `DOMMatrix` (`scaleSelf`, `translateSelf`, then `a`…`f`)
 * when it turns a Type3 font's bitmap glyph into a path. So DOMMatrix here is a true 2D affine
 * matrix (the subset of the Geometry Interfaces spec that pdf.js uses), and ImageData and Path2D,
 * used only to draw, refuse to be made.
 *
 * pdf.js 5.6 inflates every content stream and font through `DecompressionStream('deflate')`. In
 * Node each is a web stream over zlib's asynchronous stream (thread-pool round trips): a few hundred
 * small streams cost ~150 ms of CPU more than inflating each at once. `fastDecompressionStream`
 * inflates at once when the input is complete, behind the part of the web-stream interface pdf.js
 * uses (no web stream is made); what the inflater fails on goes through the platform's own stream, so
 * errors and the output before them are the platform's. (readers/pdf/pdfjs.ts gives it fflate's.)
 *
 * pdf.js's core and page side talk through a port that deep-copies every message; `loopbackClone`
 * hands an operator list's chunks over with their arguments as they are.
 *
 * pdf.js in Node defaults to `disableFontFace`: its core then builds the outline of every glyph shown
 * and posts each to its page side (to draw text as paths), ~15% of the time a small PDF takes, for
 * nothing vo-lines reads. With font faces enabled its page side "binds" each font instead, through
 * `FontFace` and `document.fonts`: `FontFaceStandIn` and `FONTLESS_DOCUMENT` accept the font and
 * load nothing (pdfjs.ts `pdfJsFontOptions`). Text, widths and colours come from the core either way.
 *
 * Installed only in a thread that is vo-lines' own (the PDF worker, `check`'s workers), never in a
 * host's realm: see `pdfjs.ts`.
 */

type Init = ArrayLike<number>;

/** A 2D `DOMMatrix` [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: Init) {
    if (init === undefined) return;
    if (typeof init === 'string' || init.length !== 6) throw new TypeError('vo-lines: only 2D matrices of 6 numbers are supported here.');
    [this.a, this.b, this.c, this.d, this.e, this.f] = Array.from(init, Number) as [number, number, number, number, number, number];
  }

  get is2D(): boolean {
    return true;
  }

  get isIdentity(): boolean {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }

  // The spec's other names of the six entries.
  get m11(): number { return this.a; }
  get m12(): number { return this.b; }
  get m21(): number { return this.c; }
  get m22(): number { return this.d; }
  get m41(): number { return this.e; }
  get m42(): number { return this.f; }

  /** this = this × other (other applied first). */
  multiplySelf(other: Partial<Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f', number>> = {}): this {
    const { a = 1, b = 0, c = 0, d = 1, e = 0, f = 0 } = other;
    return this.set(
      this.a * a + this.c * b,
      this.b * a + this.d * b,
      this.a * c + this.c * d,
      this.b * c + this.d * d,
      this.a * e + this.c * f + this.e,
      this.b * e + this.d * f + this.f,
    );
  }

  /** this = other × this. */
  preMultiplySelf(other: Partial<Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f', number>> = {}): this {
    const m = new AffineMatrix([other.a ?? 1, other.b ?? 0, other.c ?? 0, other.d ?? 1, other.e ?? 0, other.f ?? 0]).multiplySelf(this);
    return this.set(m.a, m.b, m.c, m.d, m.e, m.f);
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf({ e: tx, f: ty });
  }

  /** Scales about (originX, originY), as the spec's scaleSelf (scaleZ must be 1 in 2D). */
  scaleSelf(scaleX = 1, scaleY = scaleX, scaleZ = 1, originX = 0, originY = 0): this {
    if (scaleZ !== 1) throw new TypeError('vo-lines: 3D matrices are not supported here.');
    return this.translateSelf(originX, originY).multiplySelf({ a: scaleX, d: scaleY }).translateSelf(-originX, -originY);
  }

  invertSelf(): this {
    const det = this.a * this.d - this.b * this.c;
    if (!det || !Number.isFinite(det)) return this.set(NaN, NaN, NaN, NaN, NaN, NaN);
    const { a, b, c, d, e, f } = this;
    return this.set(d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det);
  }

  multiply(other?: Partial<Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f', number>>): AffineMatrix {
    return this.copy().multiplySelf(other);
  }

  translate(tx?: number, ty?: number): AffineMatrix {
    return this.copy().translateSelf(tx, ty);
  }

  scale(scaleX?: number, scaleY?: number, scaleZ?: number, originX?: number, originY?: number): AffineMatrix {
    return this.copy().scaleSelf(scaleX, scaleY, scaleZ, originX, originY);
  }

  inverse(): AffineMatrix {
    return this.copy().invertSelf();
  }

  transformPoint(point: { x?: number; y?: number } = {}): { x: number; y: number; z: number; w: number } {
    const { x = 0, y = 0 } = point;
    return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f, z: 0, w: 1 };
  }

  private copy(): AffineMatrix {
    return new AffineMatrix([this.a, this.b, this.c, this.d, this.e, this.f]);
  }

  private set(a: number, b: number, c: number, d: number, e: number, f: number): this {
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    this.e = e;
    this.f = f;
    return this;
  }
}

/** A class pdf.js only uses to draw: refuses to be made, so a drawing path never runs on a stand-in. */
function drawingOnly(name: string): new () => object {
  const named = {
    [name]: class {
      constructor() {
        throw new TypeError(`vo-lines reads PDFs without drawing them: ${name} is not available.`);
      }
    },
  };
  return named[name]!;
}

/** A synchronous inflater of zlib-format data: the whole output, or throws on damaged or cut input. */
export type InflateAtOnce = (data: Uint8Array) => Uint8Array;

function bytesOf(chunk: unknown): Uint8Array {
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError('The provided value is not of type (ArrayBuffer or ArrayBufferView).');
}

function joined(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * A `DecompressionStream` class: 'deflate' inflated at once by `inflate` once the input is complete,
 * every other format by `Native`, the platform's own class. What `inflate` fails on (damaged or cut
 * short) goes through a platform stream, so the bytes before the damage and the error are the
 * platform's. With no `Native` (vo-lines' own threads, which must never make a zlib handle: see
 * inflate.ts `inflateInJavaScriptOnly`), another format is refused as a platform without it refuses
 * it, and a stream `inflate` fails on ends in that error: pdf.js, given an error either way, drops
 * what the stream gave and decodes the stream with its own decoder (FlateStream), so the page reads
 * the same.
 *
 * Its two sides are not web streams but what pdf.js uses of them (`writable.getWriter()`: `ready`,
 * `write`, `close`, `abort`; `readable`: a reader's `read`, or `for await`): in Node each web stream
 * costs more to make than a small content stream costs to inflate, and pdf.js makes two per stream
 * (~10% of a small PDF's read, bench/README.md). Piping a web stream through it (`pipeThrough`) is
 * not supported: nothing here does.
 */
export function fastDecompressionStream(Native: typeof DecompressionStream | null, inflate: InflateAtOnce): typeof DecompressionStream {
  class FastDecompressionStream {
    readonly readable!: ReadableStream<Uint8Array>;
    readonly writable!: WritableStream<ArrayBuffer | ArrayBufferView>;

    constructor(format: string) {
      if (format !== 'deflate') {
        if (Native) return new Native(format as 'deflate');
        throw new TypeError(`The compression format "${format}" is not supported here.`);
      }
      const chunks: Uint8Array[] = [];
      const input = {} as { promise: Promise<Uint8Array>; resolve(bytes: Uint8Array): void; reject(reason: unknown): void };
      input.promise = new Promise((resolve, reject) => Object.assign(input, { resolve, reject }));
      // Never unhandled: an abort with nobody reading is not an error of its own.
      input.promise.catch(() => undefined);
      let state: 'open' | 'closed' | 'aborted' = 'open';
      const done = Promise.resolve();
      const closed = input.promise.then(() => undefined);
      closed.catch(() => undefined);
      const writer = {
        ready: done,
        closed,
        desiredSize: 1,
        write(chunk: unknown): Promise<void> {
          if (state !== 'open') return Promise.reject(new TypeError('The stream is closed.'));
          try {
            chunks.push(bytesOf(chunk));
          } catch (error) {
            return Promise.reject(error);
          }
          return done;
        },
        close(): Promise<void> {
          if (state !== 'open') return Promise.reject(new TypeError('The stream is closed.'));
          state = 'closed';
          input.resolve(joined(chunks));
          return done;
        },
        abort(reason?: unknown): Promise<void> {
          if (state === 'open') {
            state = 'aborted';
            input.reject(reason);
          }
          return done;
        },
        releaseLock() {},
      };
      let lockedWriter = false;
      (this as { writable: unknown }).writable = {
        get locked() {
          return lockedWriter;
        },
        getWriter() {
          if (lockedWriter) throw new TypeError('The stream is locked.');
          lockedWriter = true;
          return writer;
        },
        close: () => writer.close(),
        abort: (reason?: unknown) => writer.abort(reason),
      };
      let output: AsyncGenerator<Uint8Array, void> | null = null;
      const take = () => {
        if (output) throw new TypeError('The stream is locked.');
        output = inflated(input.promise, inflate, Native);
        return output;
      };
      (this as { readable: unknown }).readable = {
        get locked() {
          return output !== null;
        },
        getReader() {
          const out = take();
          return {
            closed,
            read: async () => {
              const next = await out.next();
              return next.done ? { done: true, value: undefined } : { done: false, value: next.value };
            },
            cancel: async () => void (await out.return()),
            releaseLock() {},
          };
        },
        [Symbol.asyncIterator]: take,
        values: take,
        cancel: async () => void (output ?? take()).return(),
      };
    }
  }
  return FastDecompressionStream as unknown as typeof DecompressionStream;
}

/** The bytes `input` inflates to: at once, or where that fails through the platform's stream (its bytes, then its error), or with none, the error. */
async function* inflated(input: Promise<Uint8Array>, inflate: InflateAtOnce, Native: typeof DecompressionStream | null): AsyncGenerator<Uint8Array, void> {
  const data = await input;
  let whole: Uint8Array;
  try {
    whole = inflate(data);
  } catch (error) {
    // Damaged or cut short: the platform's stream says how; with none, this error.
    if (!Native) throw error;
    yield* new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new Native('deflate')) as unknown as AsyncIterable<Uint8Array>;
    return;
  }
  // Its own buffer (zlib may hand out a view of a shared pool; pdf.js may transfer buffers).
  const own = whole.byteOffset === 0 && whole.byteLength === whole.buffer.byteLength ? new Uint8Array(whole.buffer) : new Uint8Array(whole);
  if (own.length) yield own;
}

/**
 * A `FontFace` that loads nothing: pdf.js's page side binds each embedded font through one (and
 * `document.fonts.add`) when font faces are enabled; nothing is ever drawn with it.
 */
export class FontFaceStandIn {
  readonly loaded: Promise<this>;
  readonly status = 'loaded';

  constructor(readonly family: string) {
    this.loaded = Promise.resolve(this);
  }

  load(): Promise<this> {
    return this.loaded;
  }
}

/**
 * What pdf.js's bundle sees as `Response` (readers/pdf/pdfjs.ts runs the bundle in a function that
 * takes it as a parameter: no global changes). As it loads, pdf.js's legacy build adds
 * `Response.prototype.bytes` where it is missing, and in Node merely naming the global `Response`
 * loads Node's whole fetch (undici, with http, tls, http2, crypto: ~70 of Node's own modules, 10–20 ms
 * at every PDF thread's start). Reading PDFs from bytes, pdf.js never makes a Response (it does when
 * saving, and when fetching a URL); should it, this makes the real one then, with the `bytes` the
 * polyfill promised, and `instanceof` asks the real class (loading it only for an object that could be one).
 */
export function lazyResponse(): typeof Response {
  const real = () => (globalThis as { Response: typeof Response }).Response;
  function ResponseOnDemand(...args: ConstructorParameters<typeof Response>): Response {
    const response = new (real())(...args);
    if (typeof (response as { bytes?: unknown }).bytes !== 'function') {
      Object.defineProperty(response, 'bytes', { value: async () => new Uint8Array(await response.arrayBuffer()), configurable: true, writable: true });
    }
    return response;
  }
  Object.defineProperty(ResponseOnDemand, Symbol.hasInstance, {
    value: (value: unknown) => typeof value === 'object' && value !== null && !ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer) && value instanceof real(),
  });
  return ResponseOnDemand as unknown as typeof Response;
}

/** The `ownerDocument` pdf.js's font loader is given: a font set that keeps nothing. */
export const FONTLESS_DOCUMENT = Object.freeze({ fonts: Object.freeze({ add() {}, delete() {} }) });

type Clone = typeof structuredClone;

/** pdf.js's message for a chunk of a stream (its `StreamKind.ENQUEUE`), as its MessageHandler posts it. */
const STREAM_ENQUEUE = 4;

interface OperatorListChunk {
  fnArray: unknown[];
  argsArray: unknown[];
  length: number;
  [key: string]: unknown;
}

/** A chunk of an operator list as pdf.js's core posts it to its page side: the two arrays of one length, and the rest. */
function operatorListChunk(value: unknown): OperatorListChunk | null {
  if (typeof value !== 'object' || value === null) return null;
  const { stream, chunk } = value as { stream?: unknown; chunk?: unknown };
  if (stream !== STREAM_ENQUEUE || typeof chunk !== 'object' || chunk === null || Object.getPrototypeOf(chunk) !== Object.prototype) return null;
  const { fnArray, argsArray, length } = chunk as Partial<OperatorListChunk>;
  if (!Array.isArray(fnArray) || !Array.isArray(argsArray) || typeof length !== 'number') return null;
  return fnArray.length === length && argsArray.length === length ? (chunk as OperatorListChunk) : null;
}

/**
 * A `structuredClone` for pdf.js's in-thread port: its core and its page side run in one thread
 * here, and its `LoopbackPort` deep-copies every message between them. An operator list goes in
 * chunks, each two arrays that the core empties (`length = 0`) right after posting them and never
 * writes again, with every operator's arguments in an array of its own (or in a cache pdf.js only
 * reads from); the page side copies the arguments into its own list and only reads them, as does
 * the walk (operators.ts). So a chunk's two arrays are copied, not their contents (the arguments
 * and the buffers the core lists to transfer are handed over as they are); the rest of the message,
 * and every other message, goes through `native`. Copying every argument deeply was ~5% of a PDF's
 * read (bench/README.md).
 */
export function loopbackClone(native: Clone): Clone {
  return function loopbackStructuredClone<T>(value: T, options?: Parameters<Clone>[1]): T {
    const chunk = operatorListChunk(value);
    if (!chunk) return native(value, options);
    const { fnArray, argsArray, ...rest } = chunk;
    const copy = native({ ...(value as object), chunk: rest }) as { chunk: Record<string, unknown> };
    copy.chunk.fnArray = fnArray.slice();
    copy.chunk.argsArray = argsArray.slice();
    return copy as T;
  };
}

/**
 * Puts the stand-ins on this realm's globalThis: DOMMatrix, ImageData, Path2D and FontFace where
 * absent, DecompressionStream over `inflate` alone (never the platform's: this realm is a thread of
 * vo-lines, stopped from outside at its time budget, where no zlib handle may be made), and
 * `structuredClone` that copies operator-list chunks shallowly (loopbackClone).
 */
export function installStandIns(inflate: InflateAtOnce): void {
  const g = globalThis as Record<string, unknown>;
  if (typeof g.structuredClone === 'function') g.structuredClone = loopbackClone(g.structuredClone as Clone);
  g.DOMMatrix ??= AffineMatrix;
  g.ImageData ??= drawingOnly('ImageData');
  g.Path2D ??= drawingOnly('Path2D');
  g.FontFace ??= FontFaceStandIn;
  g.DecompressionStream = fastDecompressionStream(null, inflate);
}

/**
 * Runs `load` (pdf.js's import) with `process.getBuiltinModule('module').createRequire` answering
 * `@napi-rs/canvas` with an empty module: pdf.js then finds the stand-ins already on globalThis and
 * neither loads the native module nor warns. Everything else is required as usual; the hook is
 * removed when `load` settles.
 */
export async function withoutCanvas<T>(load: () => Promise<T>): Promise<T> {
  const proc = process as NodeJS.Process & { getBuiltinModule?: (id: string) => unknown };
  const original = proc.getBuiltinModule;
  if (typeof original !== 'function') return load();
  proc.getBuiltinModule = function (this: unknown, id: string) {
    const found = original.call(proc, id);
    if (id !== 'module' && id !== 'node:module') return found;
    const module = found as { createRequire(from: string | URL): NodeJS.Require };
    return {
      ...module,
      createRequire(from: string | URL) {
        const require = module.createRequire(from);
        return Object.assign((request: string) => (request === '@napi-rs/canvas' ? {} : require(request)), require);
      },
    };
  } as typeof original;
  try {
    return await load();
  } finally {
    proc.getBuiltinModule = original;
  }
}
