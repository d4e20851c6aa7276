// An esbuild plugin for the builds that bundle pdf.js (scripts/bundle-cli.mjs for Node's threads,
// scripts/build-web.mjs for the page): it bounds the two loops of pdf.js 5.6's font reading
// (PartialEvaluator.extractWidths) that fill one array element per CID of a range a PDF gives.
// A CIDFont's `/W [0 100000000 500]` (or `/W2`) has pdf.js fill 100 million elements in one
// uninterruptible stretch: the PDF thread could not be stopped at its time budget and took 115 s
// and 5 GB. A CID is at most 65,535 (ISO 32000-1, Annex C, Table C.1, "CID"), so widths past it are
// never looked up: bounding the loop there changes nothing for any font a PDF can use.
// It also bounds a sampled function's table (PDFFunction.getSampleArray): `/Size [100000000]` had
// pdf.js allocate and fill 300 million samples from a 16-byte stream (13 s, 1.4 GB, up to the time
// budget). A table of more than 2^26 samples (a 3-input function of 256 × 256 × 256 × 3 is 50
// million) is taken for damage: pdf.js's FormatError, and pdf.js drops that shading or function as it
// does any malformed one (vo-lines opens documents with stopAtErrors off).
// The build fails if pdf.js's code no longer holds these as written here (a new pdf.js: check
// that it still needs this, then update the text).
import { readFileSync } from 'node:fs';

const LOOP = 'for (let j = start; j <= code; j++) {';
const BOUNDED = 'for (let j = start, last = Math.min(code, 65535); j <= last; j++) {';

const SAMPLES = `    for (const s of size) {
      length *= s;
    }
    const array = new Array(length);`;
const SAMPLES_BOUNDED = `    for (const s of size) {
      length *= s;
    }
    if (!(length <= 67108864)) throw new FormatError("Sampled function: more than 2^26 samples.");
    const array = new Array(length);`;

/** pdf.worker.mjs's code with its CID-range loops and sample tables bounded; throws unless exactly the two loops and the one table are found. */
export function boundPdfjsWorker(code, file) {
  const found = code.split(LOOP).length - 1;
  if (found !== 2) throw new Error(`pdfjs-bounds: expected 2 CID-range loops (${LOOP}) in ${file}, found ${found}: pdf.js changed; see scripts/lib/pdfjs-bounds.mjs.`);
  const tables = code.split(SAMPLES).length - 1;
  if (tables !== 1) throw new Error(`pdfjs-bounds: expected 1 sampled-function table in ${file}, found ${tables}: pdf.js changed; see scripts/lib/pdfjs-bounds.mjs.`);
  return code.split(LOOP).join(BOUNDED).split(SAMPLES).join(SAMPLES_BOUNDED);
}

export const pdfjsBounds = {
  name: 'pdfjs-bounds',
  setup(b) {
    b.onLoad({ filter: /[\\/]pdfjs-dist[\\/](?:legacy[\\/])?build[\\/]pdf\.worker\.mjs$/ }, (args) => ({
      contents: boundPdfjsWorker(readFileSync(args.path, 'utf8'), args.path),
      loader: 'js',
    }));
  },
};
