/**
 * What vo-lines' own PDF threads give pdf.js instead of loading @napi-rs/canvas, and the
 * DecompressionStream that inflates content streams at once, and the structuredClone that hands an
 * operator list's chunks over without copying every argument (src/readers/pdf/stand-ins.ts).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { deflateSync, inflateSync } from 'node:zlib';
import { unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AffineMatrix, fastDecompressionStream, lazyResponse, loopbackClone } from '../src/readers/pdf/stand-ins.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the DOMMatrix stand-in', () => {
  it("computes what pdf.js's core asks of it for a Type3 bitmap glyph: scaleSelf then translateSelf", () => {
    const { a, b, c, d, e, f } = new AffineMatrix().scaleSelf(1 / 8, -1 / 10).translateSelf(0, -10);
    expect([a, b, c, d, e, f]).toEqual([0.125, 0, 0, -0.1, 0, 1]);
  });

  it('multiplies, inverts, scales about an origin and maps points as the Geometry Interfaces spec says', () => {
    const m = new AffineMatrix([2, 0, 0, 3, 10, 20]);
    expect(m.transformPoint({ x: 1, y: 1 })).toEqual({ x: 12, y: 23, z: 0, w: 1 });
    const product = m.multiply(new AffineMatrix([1, 1, 0, 1, 5, 0]));
    expect([product.a, product.b, product.c, product.d, product.e, product.f]).toEqual([2, 3, 0, 3, 20, 20]);
    const pre = new AffineMatrix([2, 0, 0, 3, 10, 20]).preMultiplySelf(new AffineMatrix([1, 1, 0, 1, 5, 0]));
    expect([pre.a, pre.b, pre.c, pre.d, pre.e, pre.f]).toEqual([2, 2, 0, 3, 15, 30]);
    const inverse = m.inverse();
    expect([inverse.a, inverse.b, inverse.c, inverse.d, inverse.e, inverse.f].map((x) => +x.toFixed(12))).toEqual([0.5, 0, 0, 1 / 3, -5, -20 / 3].map((x) => +x.toFixed(12)));
    const about = new AffineMatrix().scaleSelf(2, 2, 1, 10, 10);
    expect(about.transformPoint({ x: 10, y: 10 })).toMatchObject({ x: 10, y: 10 });
    expect(about.transformPoint({ x: 11, y: 10 })).toMatchObject({ x: 12, y: 10 });
    expect(new AffineMatrix([0, 0, 0, 0, 1, 1]).invertSelf().a).toBeNaN();
    expect(() => new AffineMatrix([1, 2, 3])).toThrow(TypeError);
  });

  it("agrees with @napi-rs/canvas's DOMMatrix, which pdf.js would otherwise load, where that is installed", () => {
    let Real: (new (init?: number[]) => { a: number; b: number; c: number; d: number; e: number; f: number; scaleSelf(...args: number[]): unknown; translateSelf(...args: number[]): unknown; multiplySelf(o: unknown): unknown; invertSelf(): unknown }) | undefined;
    try {
      Real = (createRequire(join(root, 'node_modules', 'pdfjs-dist', 'package.json'))('@napi-rs/canvas') as { DOMMatrix: typeof Real }).DOMMatrix;
    } catch {
      Real = undefined; // an optional dependency of pdfjs-dist, absent on some platforms
    }
    if (!Real) return;
    const entries = (m: { a: number; b: number; c: number; d: number; e: number; f: number }) => [m.a, m.b, m.c, m.d, m.e, m.f].map((x) => +x.toFixed(9));
    for (const [sx, sy, tx, ty] of [[1 / 8, -1 / 10, 0, -10], [3, 0.5, 7, -2], [-1, 1, 0.25, 100]] as const) {
      const ours = new AffineMatrix([1, 0.5, -0.25, 2, 3, 4]).scaleSelf(sx, sy).translateSelf(tx, ty);
      const theirs = new Real([1, 0.5, -0.25, 2, 3, 4]);
      theirs.scaleSelf(sx, sy);
      theirs.translateSelf(tx, ty);
      expect(entries(ours)).toEqual(entries(theirs));
      const other = [2, 1, 0, 1, -3, 5];
      const mine = new AffineMatrix([1, 0.5, -0.25, 2, 3, 4]).multiplySelf(new AffineMatrix(other)).invertSelf();
      const real = new Real([1, 0.5, -0.25, 2, 3, 4]);
      real.multiplySelf(new Real(other));
      real.invertSelf();
      expect(entries(mine)).toEqual(entries(real));
    }
  });
});

describe('the DecompressionStream stand-in', () => {
  const Fast = fastDecompressionStream(DecompressionStream, (data) => inflateSync(data));
  const content = deflateSync(Buffer.from('q 1 0 0 1 72 700 cm BT /F1 12 Tf (Your lines) Tj ET Q\n'.repeat(300)));
  const cases: Record<string, Uint8Array<ArrayBuffer>> = {
    whole: content,
    'with an end of line after it': Buffer.concat([content, Buffer.from('\r\n')]),
    'cut short': content.subarray(0, content.length - 40),
    damaged: Buffer.concat([content.subarray(0, 40), Buffer.alloc(40, 0xff), content.subarray(80)]),
    empty: new Uint8Array(0),
    'a header alone': content.subarray(0, 2),
  };

  /** As pdf.js uses it: write, close, read every chunk; the bytes read and how it ended. */
  async function asPdfJs(Stream: typeof DecompressionStream, input: Uint8Array<ArrayBuffer>): Promise<{ bytes: number[]; error: string | null }> {
    const { readable, writable } = new Stream('deflate');
    const writer = writable.getWriter();
    await writer.ready;
    writer.write(input).then(async () => { await writer.ready; await writer.close(); }).catch(() => {});
    const bytes: number[] = [];
    try {
      for await (const chunk of readable as unknown as AsyncIterable<Uint8Array>) bytes.push(...chunk);
      return { bytes, error: null };
    } catch (error) {
      return { bytes, error: String((error as Error).message) };
    }
  }

  /**
   * Through a writer and a reader: written in `pieces` (1 or 2), closed, read to the end. (The
   * platform's stream drops what it inflated but was not read yet when the input turns out damaged:
   * damaged input is written in one piece, as pdf.js writes it.)
   */
  async function withReader(Stream: typeof DecompressionStream, input: Uint8Array<ArrayBuffer>, pieces: 1 | 2): Promise<{ bytes: number[]; error: string | null }> {
    const { readable, writable } = new Stream('deflate');
    const writer = writable.getWriter();
    const half = pieces === 2 ? input.length >> 1 : input.length;
    void writer.write(input.subarray(0, half)).then(() => writer.write(input.subarray(half))).then(() => writer.close()).catch(() => {});
    const reader = readable.getReader();
    const bytes: number[] = [];
    try {
      for (let next = await reader.read(); !next.done; next = await reader.read()) bytes.push(...next.value);
      return { bytes, error: null };
    } catch (error) {
      return { bytes, error: String((error as Error).message) };
    }
  }

  for (const [name, input] of Object.entries(cases)) {
    it(`gives what the platform's stream gives, bytes and error: ${name}`, async () => {
      const native = await asPdfJs(DecompressionStream, input);
      if (name === 'with an end of line after it' && native.error !== null) {
        // Node 22 and later refuse bytes after the end of the stream ("Trailing junk found after the end
        // of the compressed stream"; Node 20 takes them), and pdf.js then inflates the stream itself,
        // which takes them: the stand-in gives those bytes at once, as Node 20's stream does.
        expect(native.error).toBe('Trailing junk found after the end of the compressed stream');
        expect(await asPdfJs(Fast, input)).toEqual(await asPdfJs(Fast, content));
        expect((await asPdfJs(Fast, input)).bytes.length).toBe(300 * 'q 1 0 0 1 72 700 cm BT /F1 12 Tf (Your lines) Tj ET Q\n'.length);
        return;
      }
      expect(await asPdfJs(Fast, input)).toEqual(native);
      const pieces = name === 'whole' || name === 'with an end of line after it' ? 2 : 1;
      expect(await withReader(Fast, input, pieces)).toEqual(await withReader(DecompressionStream, input, pieces));
      if (name === 'whole') expect(native.bytes.length).toBe(300 * 'q 1 0 0 1 72 700 cm BT /F1 12 Tf (Your lines) Tj ET Q\n'.length);
      if (name === 'cut short') expect(native.error).not.toBeNull();
    });
  }

  it("with no platform stream (vo-lines' threads: fflate alone, no zlib handle): the platform's bytes where it succeeds, an error where it fails (pdf.js then decodes the stream itself), other formats refused", async () => {
    const JavaScriptOnly = fastDecompressionStream(null, (data) => unzlibSync(data));
    const outcomes: Record<string, string> = {};
    for (const [name, input] of Object.entries(cases)) {
      const native = await asPdfJs(DecompressionStream, input);
      const ours = await asPdfJs(JavaScriptOnly, input);
      if (native.error === null) expect(ours).toEqual(native);
      outcomes[name] = ours.error === null ? `${ours.bytes.length} bytes` : 'error';
    }
    // A zlib header with nothing after it: no bytes either way (fflate gives none, zlib fails).
    expect(outcomes).toEqual({ whole: '16200 bytes', 'with an end of line after it': '16200 bytes', 'cut short': 'error', damaged: 'error', empty: 'error', 'a header alone': '0 bytes' });
    expect(() => new JavaScriptOnly('deflate-raw')).toThrow(TypeError);
    expect(() => new JavaScriptOnly('brotli' as 'deflate')).toThrow(TypeError);
  });

  it('is not a pair of web streams: piping one through it is refused at once (nothing in the PDF threads pipes)', () => {
    const source = new Blob([content as Uint8Array<ArrayBuffer>]).stream();
    expect(() => source.pipeThrough(new Fast('deflate'))).toThrow(TypeError);
  });

  it('a write after close is refused; an abort makes the reading side fail with its reason', async () => {
    const { readable, writable } = new Fast('deflate');
    const writer = writable.getWriter();
    await writer.write(content);
    await writer.close();
    await expect(writer.write(content)).rejects.toThrow(TypeError);
    const aborted = new Fast('deflate');
    void aborted.writable.getWriter().abort(new Error('stopped'));
    await expect(aborted.readable.getReader().read()).rejects.toThrow('stopped');
    expect((await readable.getReader().read()).value?.length).toBe(300 * 'q 1 0 0 1 72 700 cm BT /F1 12 Tf (Your lines) Tj ET Q\n'.length);
  });

  it('leaves other formats to the platform', () => {
    expect(new Fast('deflate-raw')).toBeInstanceOf(DecompressionStream);
    expect(new Fast('gzip')).toBeInstanceOf(DecompressionStream);
  });
});

describe('the structuredClone stand-in', () => {
  const clone = loopbackClone(structuredClone);
  /** A message as pdf.js's MessageHandler posts a chunk of a stream (StreamKind.ENQUEUE is 4). */
  const chunkMessage = (fnArray: unknown[], argsArray: unknown[], length = fnArray.length) => ({
    sourceName: 'worker',
    targetName: 'main',
    stream: 4,
    streamId: 7,
    chunk: { fnArray, argsArray, lastChunk: false, separateAnnots: { form: false, canvas: false }, length },
  });

  it("copies an operator-list chunk's two arrays, not the arguments in them; the rest of the message is copied as structuredClone copies it", () => {
    const [shown, colour] = [[{ unicode: 'Y', width: 500 }], [0.2, 0.4, 0.6]];
    const message = chunkMessage([44, 3], [shown, colour]);
    const copy = clone(message);
    // The core empties its arrays right after posting them: the copy keeps what was posted.
    message.chunk.fnArray.length = 0;
    message.chunk.argsArray.length = 0;
    expect(copy.chunk.fnArray).toEqual([44, 3]);
    expect(copy.chunk.argsArray).toHaveLength(2);
    expect(copy.chunk.argsArray[0]).toBe(shown);
    expect(copy.chunk.argsArray[1]).toBe(colour);
    expect(copy.chunk.separateAnnots).toEqual({ form: false, canvas: false });
    expect(copy.chunk.separateAnnots).not.toBe(message.chunk.separateAnnots);
    expect(copy).toEqual({ ...message, chunk: { ...message.chunk, fnArray: [44, 3], argsArray: [shown, colour] } });
  });

  it('copies every other message deeply, as structuredClone does (a chunk of another kind, arrays of another length, another stream message)', () => {
    const others = [
      { ...chunkMessage([], []), chunk: { items: [{ str: 'Your lines' }], styles: {} } },
      chunkMessage([44, 3], [[1]], 2),
      { ...chunkMessage([44], [[1]]), stream: 3 },
      { action: 'commonobj', data: ['f1', 'Font', { name: 'Helvetica' }] },
    ];
    for (const message of others) {
      const copy = clone(message);
      expect(copy).toEqual(message);
      expect(copy).toStrictEqual(structuredClone(message));
      const inner = (value: { chunk?: { fnArray?: unknown[]; items?: unknown[] }; data?: unknown[] }) => value.chunk?.items ?? value.chunk?.fnArray ?? value.data;
      expect(inner(copy)).not.toBe(inner(message));
    }
  });

  it('transfers what it is asked to transfer in every other message', () => {
    const buffer = new ArrayBuffer(8);
    const copy = clone({ action: 'image', data: buffer }, { transfer: [buffer] });
    expect(copy.data.byteLength).toBe(8);
    expect(buffer.byteLength).toBe(0);
  });
});

describe("pdf.js in vo-lines' own thread", () => {
  it('loads without @napi-rs/canvas and without a warning, with the stand-ins in place, and reads a PDF', async () => {
    const pdfjsModule = pathToFileURL(join(root, 'dist', 'readers', 'pdf', 'pdfjs.js')).href;
    const reader = pathToFileURL(join(root, 'dist', 'readers', 'pdf', 'index.js')).href;
    const sample = join(root, 'samples', 'en-commercial', 'spring-sale.pdf');
    const code = `
      const { parentPort } = await import('node:worker_threads');
      const { createRequire } = await import('node:module');
      const { readFileSync } = await import('node:fs');
      const logged = [];
      for (const name of ['log', 'warn', 'error', 'info']) console[name] = (...args) => logged.push(args.join(' '));
      const { pdfJsInOwnRealm, loadPdfJs } = await import(${JSON.stringify(pdfjsModule)});
      pdfJsInOwnRealm();
      await loadPdfJs();
      const { readPdf } = await import(${JSON.stringify(reader)});
      const script = await readPdf(new Uint8Array(readFileSync(${JSON.stringify(sample)})), 'spring-sale.pdf', {});
      const cache = Object.keys(createRequire(${JSON.stringify(pdfjsModule)}).cache);
      parentPort.postMessage({
        canvas: cache.filter((path) => path.includes('@napi-rs')),
        logged,
        standIns: [globalThis.DOMMatrix.name, globalThis.DecompressionStream.name, globalThis.FontFace.name, globalThis.structuredClone.name],
        paragraphs: script.paragraphs.length,
      });
    `;
    const worker = new Worker(code, { eval: true });
    const reply = await new Promise<{ canvas: string[]; logged: string[]; standIns: string[]; paragraphs: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(reply.canvas).toEqual([]);
    expect(reply.logged).toEqual([]);
    expect(reply.standIns).toEqual(['AffineMatrix', 'FastDecompressionStream', 'FontFaceStandIn', 'loopbackStructuredClone']);
    expect(reply.paragraphs).toBeGreaterThan(10);
  });

  it("binds fonts to the FontFace stand-in, so pdf.js builds no glyph outlines; the text and colours are those read with font faces disabled", async () => {
    const pdfjsModule = pathToFileURL(join(root, 'dist', 'readers', 'pdf', 'pdfjs.js')).href;
    const sample = join(root, 'samples', 'fr-elearning', 'module-securite.pdf');
    const code = `
      const { parentPort } = await import('node:worker_threads');
      const { readFileSync } = await import('node:fs');
      const { pdfJsInOwnRealm, loadPdfJs, pdfJsAssets, pdfJsFontOptions } = await import(${JSON.stringify(pdfjsModule)});
      pdfJsInOwnRealm();
      const pdfjs = await loadPdfJs();
      const data = readFileSync(${JSON.stringify(sample)});
      const read = async (fonts) => {
        const doc = await pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false, useSystemFonts: false, verbosity: 0, ...pdfJsAssets(), ...fonts }).promise;
        const pages = [];
        for (let n = 1; n <= doc.numPages; n++) {
          const page = await doc.getPage(n);
          const list = await page.getOperatorList();
          // What vo-lines reads of a page: the glyphs shown (text, widths) and the colours set.
          const shown = [];
          list.fnArray.forEach((fn, i) => {
            const args = list.argsArray[i];
            if (fn === pdfjs.OPS.showText) shown.push(args[0].map((g) => (typeof g === 'number' ? g : g.unicode + '/' + g.width)).join(' '));
            if (fn === pdfjs.OPS.setFillRGBColor || fn === pdfjs.OPS.setFillColor) shown.push(JSON.stringify(args));
          });
          const outlines = [...page.commonObjs].filter(([id]) => id.includes('_path_')).length;
          pages.push({ shown, outlines });
        }
        await doc.destroy();
        return pages;
      };
      const options = pdfJsFontOptions();
      parentPort.postMessage({ options: { disableFontFace: options.disableFontFace, document: !!options.ownerDocument }, standIn: await read(options), disabled: await read({ disableFontFace: true }) });
    `;
    const worker = new Worker(code, { eval: true });
    type Page = { shown: string[]; outlines: number };
    const reply = await new Promise<{ options: { disableFontFace: boolean; document: boolean }; standIn: Page[]; disabled: Page[] }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(reply.options).toEqual({ disableFontFace: false, document: true });
    expect(reply.standIn.map((p) => p.outlines)).toEqual(reply.standIn.map(() => 0));
    // With font faces disabled pdf.js builds an outline per glyph: the work the stand-in saves.
    expect(reply.disabled.reduce((n, p) => n + p.outlines, 0)).toBeGreaterThan(20);
    expect(reply.standIn.map((p) => p.shown)).toEqual(reply.disabled.map((p) => p.shown));
    expect(reply.standIn.flatMap((p) => p.shown).join(' ').length).toBeGreaterThan(1000);
  });
});

describe("the Response pdf.js's bundle is given (lazyResponse)", () => {
  it('makes a real Response when constructed, with bytes(), and answers instanceof as the real class does', async () => {
    const Stand = lazyResponse();
    const response = new Stand(new Uint8Array([1, 2, 3]));
    expect(response).toBeInstanceOf(Response);
    expect([...(await (response as Response & { bytes(): Promise<Uint8Array> }).bytes())]).toEqual([1, 2, 3]);
    expect(new Response('x') instanceof Stand).toBe(true);
    expect(new Uint8Array(4) instanceof Stand).toBe(false);
    expect(new ArrayBuffer(4) instanceof Stand).toBe(false);
    expect(({}) instanceof Stand).toBe(false);
    expect((null as unknown) instanceof Stand).toBe(false);
  });

  it("inflates pdf.js's streams in JavaScript in a PDF thread, never through node:zlib (a thread stopped at its budget while zlib set up a handle made Node abort)", async () => {
    const pdfjsModule = pathToFileURL(join(root, 'dist', 'readers', 'pdf', 'pdfjs.js')).href;
    const indexModule = pathToFileURL(join(root, 'dist', 'readers', 'pdf', 'index.js')).href;
    const sample = join(root, 'samples', 'fr-elearning', 'module-securite.pdf');
    const code = `
      const { parentPort } = await import('node:worker_threads');
      const { readFileSync } = await import('node:fs');
      const { createRequire } = await import('node:module');
      const zlib = createRequire(import.meta.url)('node:zlib');
      let calls = 0;
      for (const name of ['inflateSync', 'inflateRawSync', 'unzipSync']) {
        const real = zlib[name];
        zlib[name] = (...args) => { calls++; return real(...args); };
      }
      const { pdfJsInOwnRealm, loadPdfJs } = await import(${JSON.stringify(pdfjsModule)});
      const { readPdf } = await import(${JSON.stringify(indexModule)});
      pdfJsInOwnRealm();
      await loadPdfJs();
      // Its streams looked at already (the caller's preflight, as in the command line's threads).
      const script = await readPdf(new Uint8Array(readFileSync(${JSON.stringify(sample)})), 'sample.pdf', {}, true);
      parentPort.postMessage({ calls, paragraphs: script.paragraphs.length });
    `;
    const worker = new Worker(code, { eval: true });
    const reply = await new Promise<{ calls: number; paragraphs: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(reply.calls).toBe(0);
    expect(reply.paragraphs).toBeGreaterThan(10);
  });

  it("keeps Node's fetch (undici, http, tls) unloaded in a PDF thread: the built pdf.js bundle loads and reads a PDF without it", async () => {
    const pdfjsModule = pathToFileURL(join(root, 'dist', 'readers', 'pdf', 'pdfjs.js')).href;
    const indexModule = pathToFileURL(join(root, 'dist', 'readers', 'pdf', 'index.js')).href;
    const sample = join(root, 'samples', 'fr-elearning', 'module-securite.pdf');
    const code = `
      const { parentPort } = await import('node:worker_threads');
      const { readFileSync } = await import('node:fs');
      const { pdfJsInOwnRealm, loadPdfJs, pdfJsLoadedFrom } = await import(${JSON.stringify(pdfjsModule)});
      const { readPdf } = await import(${JSON.stringify(indexModule)});
      pdfJsInOwnRealm();
      await loadPdfJs();
      const script = await readPdf(new Uint8Array(readFileSync(${JSON.stringify(sample)})), 'sample.pdf', {});
      const loaded = process.moduleLoadList.filter((m) => /undici|^NativeModule (http|https|tls|http2|net)$/.test(m));
      parentPort.postMessage({ from: pdfJsLoadedFrom(), loaded, paragraphs: script.paragraphs.length });
    `;
    const worker = new Worker(code, { eval: true });
    const reply = await new Promise<{ from: string; loaded: string[]; paragraphs: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(reply.from).toMatch(/^bundle/);
    expect(reply.loaded).toEqual([]);
    expect(reply.paragraphs).toBeGreaterThan(10);
  });
});
