/**
 * pdf.js in Node (package.json's "browser" field puts pdfjs.browser.ts in its place in a browser).
 * Node-only: it finds the package's CMaps and standard fonts on disk.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { installStandIns, withoutCanvas } from './stand-ins.js';

/** The pdf.js module, typed from the package. Imported on demand so DOCX runs never load it. */
export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsPromise: Promise<PdfJs> | undefined;

/** Set in a thread of vo-lines' own: pdf.js gets stand-ins instead of loading @napi-rs/canvas (stand-ins.ts). */
let ownRealm = false;

/**
 * Says that this thread is vo-lines' own (its PDF worker, `check`'s workers), not a host's: pdf.js
 * may be given what it would otherwise load @napi-rs/canvas for (stand-ins.ts). Call before the
 * first PDF is read.
 */
export function pdfJsInOwnRealm(): void {
  ownRealm = true;
}

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
    const load = () => import('pdfjs-dist/legacy/build/pdf.mjs');
    if (ownRealm) installStandIns((data) => inflateSync(data));
    const pdfjs = ownRealm ? await withoutCanvas(load) : await load();
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

let assets: { cMapUrl: string; standardFontDataUrl: string } | undefined;

/** Where pdf.js finds its CMaps and standard fonts (folder URLs ending in `/`), instead of the package's own. */
export function setPdfJsAssets(urls: { cMapUrl: string; standardFontDataUrl: string }): void {
  assets = urls;
}

/** Folder URLs of the package's CMaps and standard fonts: without them pdf.js warns and mis-maps CJK text. */
export function pdfJsAssets(): { cMapUrl: string; standardFontDataUrl: string } {
  if (assets) return assets;
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: pathToFileURL(join(root, 'cmaps')).href + '/',
    standardFontDataUrl: pathToFileURL(join(root, 'standard_fonts')).href + '/',
  };
}

