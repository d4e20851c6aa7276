/** pdf.js ships no types for its worker module; vo-lines only hands it to pdf.js (pdfjs.browser.ts). */
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
