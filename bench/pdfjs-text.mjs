// The peer of the PDF target (issue 12), as a whole process: pdf.js (the legacy build, as vo-lines
// loads it) getTextContent on every page of FILE, the least a PDF text reader does.
// Usage: node bench/pdfjs-text.mjs FILE
import { readFileSync } from 'node:fs';

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
let items = 0;
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  items += (await page.getTextContent()).items.length;
  page.cleanup();
}
await doc.destroy();
process.stdout.write(`pdf.js: ${doc.numPages} pages, ${items} text items\n`);
