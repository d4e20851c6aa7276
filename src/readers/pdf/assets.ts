/**
 * Where pdf.js finds its CMaps and standard fonts when the caller says (`setPdfJsAssets`, exported
 * from the package): a module of its own, with no import, so that the package's entry exports the
 * setter without loading pdf.js's loader. pdfjs.ts (Node) and pdfjs.browser.ts read it; in Node the
 * PDF threads get it with each job (isolated.ts), so one call in the host's thread reaches them.
 */

/** Folders (paths or `file:` URLs in Node; URLs in a browser) of pdf.js's CMaps and standard fonts. */
export interface PdfJsAssets {
  cMapUrl: string;
  standardFontDataUrl: string;
}

let assets: PdfJsAssets | undefined;

/**
 * Where pdf.js finds its CMaps and standard fonts instead of the package's own (Node) or the folders
 * `pdfjs/cmaps/` and `pdfjs/standard_fonts/` beside the bundle (a browser). A bundle loaded as a
 * classic script (an IIFE, a classic Web Worker) has no module URL to find those beside: call this
 * first there. In Node, PDFs read in worker threads after the call use it too.
 */
export function setPdfJsAssets(urls: PdfJsAssets): void {
  assets = { cMapUrl: urls.cMapUrl, standardFontDataUrl: urls.standardFontDataUrl };
}

/** What setPdfJsAssets set in this thread, if anything. */
export function pdfJsAssetsSet(): PdfJsAssets | undefined {
  return assets;
}
