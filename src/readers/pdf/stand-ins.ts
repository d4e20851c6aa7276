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
 * keeps the web-stream interface and inflates at once when the input is complete; what zlib fails on
 * goes through the platform's own stream, so errors and the output before them are the platform's.
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

/** A synchronous zlib inflater: the whole output, or throws on damaged or cut input. */
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
 * every other format (and what `inflate` fails on) by `Native`, the platform's own class.
 */
export function fastDecompressionStream(Native: typeof DecompressionStream, inflate: InflateAtOnce): typeof DecompressionStream {
  class FastDecompressionStream {
    readonly readable!: ReadableStream<Uint8Array>;
    readonly writable!: WritableStream<ArrayBuffer | ArrayBufferView>;

    constructor(format: string) {
      if (format !== 'deflate') return new Native(format as 'deflate');
      const chunks: Uint8Array[] = [];
      let output!: ReadableStreamDefaultController<Uint8Array>;
      this.readable = new ReadableStream<Uint8Array>({ start: (controller) => void (output = controller) });
      this.writable = new WritableStream<ArrayBuffer | ArrayBufferView>({
        write: (chunk) => void chunks.push(bytesOf(chunk)),
        close: async () => {
          const input = joined(chunks);
          let inflated: Uint8Array | null = null;
          try {
            inflated = inflate(input);
          } catch {
            // Damaged or cut short: the platform's stream says how, below.
          }
          if (inflated) {
            // Its own buffer (zlib may hand out a view of a shared pool; pdf.js may transfer buffers).
            const own = inflated.byteOffset === 0 && inflated.byteLength === inflated.buffer.byteLength ? new Uint8Array(inflated.buffer) : new Uint8Array(inflated);
            if (own.length) output.enqueue(own);
            output.close();
            return;
          }
          try {
            const native = new Blob([input as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new Native('deflate'));
            for await (const chunk of native as unknown as AsyncIterable<Uint8Array>) output.enqueue(chunk);
            output.close();
          } catch (error) {
            output.error(error);
          }
        },
        abort: (reason) => output.error(reason),
      });
    }
  }
  return FastDecompressionStream as unknown as typeof DecompressionStream;
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

/** The `ownerDocument` pdf.js's font loader is given: a font set that keeps nothing. */
export const FONTLESS_DOCUMENT = Object.freeze({ fonts: Object.freeze({ add() {}, delete() {} }) });

/**
 * Puts the stand-ins on this realm's globalThis: DOMMatrix, ImageData, Path2D and FontFace where
 * absent, and DecompressionStream over `inflate`.
 */
export function installStandIns(inflate: InflateAtOnce): void {
  const g = globalThis as Record<string, unknown>;
  g.DOMMatrix ??= AffineMatrix;
  g.ImageData ??= drawingOnly('ImageData');
  g.Path2D ??= drawingOnly('Path2D');
  g.FontFace ??= FontFaceStandIn;
  if (typeof g.DecompressionStream === 'function') g.DecompressionStream = fastDecompressionStream(g.DecompressionStream as typeof DecompressionStream, inflate);
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
