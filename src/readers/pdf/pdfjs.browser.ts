/**
 * pdf.js in a browser (package.json's "browser" field maps pdfjs.ts to this file). The modern build,
 * which changes little in its realm (Math.sumPrecise, globalThis.pdfjsLib): run it in a Web Worker, as
 * the page does, and that stays there. Its "worker" part runs in the calling thread (pdf.js's documented
 * main-thread mode, `globalThis.pdfjsWorker`): vo-lines' page already runs the whole pipeline in a
 * Web Worker of its own, so pdf.js needs no second one and the page never waits on it.
 *
 * CMaps and standard fonts are fetched from `pdfjs/cmaps/` and `pdfjs/standard_fonts/` beside this
 * module once bundled (the page's build copies them there): from the page's own origin, never from
 * another host. `setPdfJsAssets` points them elsewhere; a bundle loaded as a classic script (an IIFE,
 * a classic Web Worker), which has no module URL, must call it first.
 */
import { UserError } from '../../errors.js';
import { pdfJsAssetsSet } from './assets.js';

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsPromise: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown };
    // Literal specifiers: the bundler follows them (the bare package is the modern build).
    g.pdfjsWorker ??= await import('pdfjs-dist/build/pdf.worker.mjs');
    return (await import('pdfjs-dist')) as unknown as PdfJs;
  })();
  return pdfjsPromise;
}

/** Nothing to do in a browser: pdf.js finds DOMMatrix and the rest there (pdfjs.ts gives Node's own threads stand-ins). */
export function pdfJsInOwnRealm(): void {}

/**
 * Fonts in the page's Web Worker: `disableFontFace`, as before (a worker's own FontFace would really
 * parse each font; pdfjs.ts explains what this costs and how Node's threads avoid it).
 */
export function pdfJsFontOptions(): { disableFontFace: boolean; ownerDocument?: object } {
  return { disableFontFace: true };
}

/** Where pdf.js finds its CMaps and standard fonts (folder URLs ending in `/`). (assets.ts holds it.) */
export { setPdfJsAssets } from './assets.js';

/**
 * This module's URL, the base of the folders beside the bundle; null in a bundle loaded as a classic
 * script, where the bundler leaves `import.meta` empty (esbuild's IIFE: `{}`), or with no usable URL.
 */
function moduleUrl(): URL | null {
  const url = (import.meta as { url?: unknown }).url;
  if (typeof url !== 'string' || url === '') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * `usage`: no module URL and no setPdfJsAssets call: where pdf.js's CMaps and fonts are is not known
 * (before: a raw `TypeError: Failed to construct 'URL'`, as if the PDF were at fault).
 */
function noAssetsKnown(file: string): UserError {
  return new UserError(
    `${file}: vo-lines cannot tell where pdf.js's CMaps and fonts are: it runs as a classic script (an IIFE bundle, a classic Web Worker), which has no module URL. Bundle it as an ES module (a module Worker: new Worker(url, { type: 'module' })), or call setPdfJsAssets({ cMapUrl, standardFontDataUrl }) with the folders' URLs before reading a PDF.`,
    'usage',
    { kind: 'no-module-url', needs: 'setPdfJsAssets' },
  );
}

/**
 * The getDocument options that say where those are. `useWorkerFetch`: pdf.js's "worker" part, here
 * in the same thread, fetches them itself (its page-side fetch reads `document`, absent in a Worker).
 */
export function pdfJsAssets(file = 'The PDF'): { cMapUrl: string; standardFontDataUrl: string; useWorkerFetch?: boolean } {
  const assets = pdfJsAssetsSet();
  if (assets) return { cMapUrl: assets.cMapUrl, standardFontDataUrl: assets.standardFontDataUrl, useWorkerFetch: true };
  const base = moduleUrl();
  if (!base) throw noAssetsKnown(file);
  return { cMapUrl: new URL('./pdfjs/cmaps/', base).href, standardFontDataUrl: new URL('./pdfjs/standard_fonts/', base).href, useWorkerFetch: true };
}


/** How pdf.js was loaded (the page: as an ES module, in its Web Worker). */
export function pdfJsLoadedFrom(): 'bundle+cache' | 'bundle' | 'modules' | null {
  return 'modules';
}

/** No code cache in a browser (the browser caches compiled code itself). */
export function pdfJsCodeCache(): Uint8Array | null {
  return null;
}
