/**
 * pdf.js in a browser (package.json's "browser" field maps pdfjs.ts to this file). The modern build,
 * which changes little in its realm (Math.sumPrecise, globalThis.pdfjsLib): run it in a Web Worker, as
 * the page does, and that stays there. Its "worker" part runs in the calling thread (pdf.js's documented
 * main-thread mode, `globalThis.pdfjsWorker`): vo-lines' page already runs the whole pipeline in a
 * Web Worker of its own, so pdf.js needs no second one and the page never waits on it.
 *
 * CMaps and standard fonts are fetched from `pdfjs/cmaps/` and `pdfjs/standard_fonts/` beside this
 * module once bundled (the page's build copies them there): from the page's own origin, never from
 * another host. `setPdfJsAssets` points them elsewhere.
 */
export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsPromise: Promise<PdfJs> | undefined;
let assets: { cMapUrl: string; standardFontDataUrl: string } | undefined;

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

/** Where pdf.js finds its CMaps and standard fonts (folder URLs ending in `/`). */
export function setPdfJsAssets(urls: { cMapUrl: string; standardFontDataUrl: string }): void {
  assets = urls;
}

/**
 * The getDocument options that say where those are. `useWorkerFetch`: pdf.js's "worker" part, here
 * in the same thread, fetches them itself (its page-side fetch reads `document`, absent in a Worker).
 */
export function pdfJsAssets(): { cMapUrl: string; standardFontDataUrl: string; useWorkerFetch?: boolean } {
  return {
    ...(assets ?? {
      cMapUrl: new URL('./pdfjs/cmaps/', import.meta.url).href,
      standardFontDataUrl: new URL('./pdfjs/standard_fonts/', import.meta.url).href,
    }),
    useWorkerFetch: true,
  };
}


/** How pdf.js was loaded (the page: as an ES module, in its Web Worker). */
export function pdfJsLoadedFrom(): 'bundle+cache' | 'bundle' | 'modules' | null {
  return 'modules';
}

/** No code cache in a browser (the browser caches compiled code itself). */
export function pdfJsCodeCache(): Uint8Array | null {
  return null;
}
