import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../../errors.js';

/** The pdf.js module, typed from the package. Imported on demand so DOCX runs never load it. */
export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

let pdfjsPromise: Promise<PdfJs> | undefined;

/**
 * pdf.js 5.6 runs its "worker" in-process in Node (a fake worker), so no worker file is configured.
 *
 * The legacy build bundles core-js, which on Node 20 replaces Array.prototype.push (for an edge
 * case with non-writable lengths), JSON.parse and JSON.stringify with much slower polyfills,
 * process-wide. pdf.js needs none of those edge cases; we put the native functions back so
 * neither the reader (a million pushes on a long script) nor the rest of the program pays.
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // The worker bundle carries its own core-js: load it now (pdf.js picks it up from
    // globalThis.pdfjsWorker, its documented main-thread mode) so the natives are restored after it.
    const g = globalThis as { pdfjsWorker?: unknown };
    const workerModule: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs'; // untyped module
    g.pdfjsWorker ??= await import(workerModule);
    Object.defineProperty(Array.prototype, 'push', { value: natives.push, writable: true, configurable: true, enumerable: false });
    JSON.parse = natives.parse;
    JSON.stringify = natives.stringify;
    return pdfjs;
  })();
  return pdfjsPromise;
}

/** Folder URLs of the package's CMaps and standard fonts: without them pdf.js warns and mis-maps CJK text. */
function packageUrls(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: pathToFileURL(join(root, 'cmaps')).href + '/',
    standardFontDataUrl: pathToFileURL(join(root, 'standard_fonts')).href + '/',
  };
}

/** A truncated download usually loses the trailer; pdf.js would silently rebuild a partial file. */
function looksTruncated(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.byteLength - 4096));
  return !tail.includes('%%EOF', 0, 'latin1');
}

export function corrupt(file: string): UserError {
  return new UserError(`${file} is damaged or truncated: re-export it or ask for a new copy.`, 'corrupt-pdf');
}

/** A failure inside pdf.js (or the layout) on this file: the file is damaged in `where`. */
export function damaged(file: string, where: string, error: unknown): UserError {
  const detail = String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 160);
  return new UserError(`${file} is damaged: ${where} cannot be read (${detail || 'unknown error'}). Re-export it or ask for a new copy.`, 'corrupt-pdf');
}

/** Opens the document, turning pdf.js failures into one-line user errors. */
export async function openPdf(bytes: Uint8Array, file: string, password?: string): Promise<{ pdfjs: PdfJs; doc: PdfDocument }> {
  if (looksTruncated(bytes)) throw corrupt(file);
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js may transfer (detach) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    password,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS, // 0: pdf.js prints nothing but errors, which we map ourselves
    stopAtErrors: false,
    ...packageUrls(),
  });
  try {
    return { pdfjs, doc: await task.promise };
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') {
      const wrong = (error as { code?: number }).code === pdfjs.PasswordResponses.INCORRECT_PASSWORD;
      throw new UserError(
        wrong
          ? `${file} is encrypted and the password given is wrong: pass the right one with --password.`
          : `${file} is encrypted: a password is needed, pass it with --password.`,
        'encrypted',
      );
    }
    throw corrupt(file);
  }
}
