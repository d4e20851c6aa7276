#!/usr/bin/env node
// PDF benchmark. First the target of issue 12, whole processes (Node start-up included), in turns:
// `vo-lines summary FILE.pdf` against `node bench/pdfjs-text.mjs FILE.pdf` (pdf.js getTextContent on
// every page), on the generated 320-page script and on the LibreOffice script of make_big.py (made on
// demand); target: ratio of medians ≤ 0.8.
//
// Then, in this process: builds a 320-page script (4 voices by text colour, some highlighted
// paragraphs) into bench/out/, then times, 5 runs each after one warm-up:
//   (a) our readPdf in-process (build first: npx tsc -p tsconfig.json; or set PDF_READER to the
//       compiled src/readers/pdf/index.js of another build),
//   (b) pdf.js getTextContent on every page (the floor we aim to stay under),
//   (c) poppler's pdftotext FILE - (when installed).
// Prints medians and the ratios ours / pdf.js and ours / pdftotext.
//
// Before/after a change, in the same run (machine load hits both alike):
//   PDF_BASE_CLI=path/to/old/dist/cli/main.cjs node bench/pdf.mjs
// adds the old command as a third contender of the target race and prints its ratio too;
//   PDF_READER_BASE=path/to/old/dist/readers/pdf/index.js node bench/pdf.mjs
// adds the old build as a contender and prints ours / old. PDF_BENCH_FILE=some.pdf times that
// file instead of the generated one (e.g. the LibreOffice export of /work/shared/bench/make_big.py).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  PDFDocument, StandardFonts, rgb, pushGraphicsState, popGraphicsState, setFillingRgbColor, rectangle, fill,
} from 'pdf-lib';
import { libreOfficeBig } from './libreoffice-big.mjs';
import { CLI, loadNote, machine, race as raceProcesses, requireBuild, runsArg, target } from './speed-targets.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, 'out');
const FILE = join(OUT, 'script-320p.pdf');
const PAGES = 320;
const RUNS = runsArg(5);

const VOICES = [rgb(0, 0, 0), rgb(0.8, 0, 0), rgb(0, 0, 0.8), rgb(0, 0.5, 0)];
const WORDS = 'the quick narrator reads every line of this script with care while the studio clock keeps running on and on'.split(' ');

async function build() {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  let seed = 1;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  for (let n = 0; n < PAGES; n++) {
    const page = doc.addPage([612, 792]);
    page.drawText(`ACME SPOT - DRAFT 2`, { x: 72, y: 750, size: 9, font });
    page.drawText(`${n + 1}`, { x: 300, y: 36, size: 9, font });
    let y = 720;
    let para = 0;
    while (y > 100) {
      const voice = VOICES[(n + para) % VOICES.length];
      const lines = 1 + Math.floor(random() * 4);
      const highlighted = para % 7 === 3;
      for (let l = 0; l < lines && y > 90; l++) {
        let line = '';
        while (font.widthOfTextAtSize(line, 11) < 440) line += WORDS[Math.floor(random() * WORDS.length)] + ' ';
        line = line.trim();
        if (highlighted) {
          // A highlight drawn as a fill under the text, and as an annotation every other time.
          const width = font.widthOfTextAtSize(line, 11);
          if (para % 2) {
            page.pushOperators(pushGraphicsState(), setFillingRgbColor(1, 1, 0), rectangle(71, y - 3, width + 2, 14), fill(), popGraphicsState());
          } else {
            const annot = doc.context.obj({
              Type: 'Annot', Subtype: 'Highlight', Rect: [71, y - 3, 73 + width, y + 11], C: [0, 1, 1], F: 4, // Print flag, as Acrobat and Preview set it
              QuadPoints: [71, y + 11, 73 + width, y + 11, 71, y - 3, 73 + width, y - 3],
            });
            page.node.addAnnot(doc.context.register(annot));
          }
        }
        page.drawText(line, { x: 72, y, size: 11, font, color: voice });
        y -= 13.2;
      }
      y -= 10;
      para++;
    }
  }
  mkdirSync(OUT, { recursive: true });
  writeFileSync(FILE, await doc.save());
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Runs the contenders in turn, RUNS rounds after one warm-up round, so that load from other
 * processes hits them alike; the order turns from round to round. Records wall time and, for in-process work, this process's CPU time.
 */
async function race(contenders) {
  const wall = contenders.map(() => []);
  const cpu = contenders.map(() => []);
  for (let round = -1; round < RUNS; round++) {
    // Each round starts with the next contender, so that garbage left by one is not always
    // collected on the same one's time.
    const order = contenders.map((_, k) => (k + round + 1) % contenders.length);
    for (const i of order) {
      const c = contenders[i];
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await c.run();
      const t = performance.now() - t0;
      const used = process.cpuUsage(c0);
      if (round >= 0) {
        wall[i].push(t);
        cpu[i].push((used.user + used.system) / 1000);
      }
    }
  }
  return contenders.map((c, i) => {
    const w = median(wall[i]);
    const p = median(cpu[i]);
    console.log(
      `${c.label.padEnd(24)} wall median ${w.toFixed(0).padStart(6)} ms (${wall[i].map((t) => t.toFixed(0)).join(', ')})` +
        (c.inProcess ? `   cpu median ${p.toFixed(0).padStart(6)} ms` : ''),
    );
    return { wall: w, cpu: p };
  });
}

const file = process.env.PDF_BENCH_FILE ? resolve(process.env.PDF_BENCH_FILE) : FILE;
if (!process.env.PDF_BENCH_FILE) await build();

// --- the target: whole processes ----------------------------------------------------------------
requireBuild();
console.log('== PDF benchmark: vo-lines summary vs pdf.js getTextContent on every page ==');
console.log(`machine: ${machine()}; ${runsArg(5)} timed runs each, in turns, after one warm-up`);
const big = libreOfficeBig();
if (big.skipped) console.log(`LibreOffice script skipped: ${big.skipped}`);
const targets = [
  { name: 'generated 320 pages', pdf: FILE, args: ['--no-config'] },
  ...(big.skipped ? [] : [{ name: 'LibreOffice script (make_big.py)', pdf: big.pdf, args: ['--config', big.config] }]),
];
for (const input of targets) {
  if (!existsSync(input.pdf)) await build();
  console.log(`\n-- ${input.name}: ${input.pdf}`);
  const before = loadavg()[0];
  const base = process.env.PDF_BASE_CLI ? resolve(process.env.PDF_BASE_CLI) : null;
  const r = raceProcesses(
    [
      { label: 'vo-lines summary', args: [CLI, 'summary', input.pdf, ...input.args] },
      { label: 'pdf.js getTextContent (process)', args: [join(here, 'pdfjs-text.mjs'), input.pdf] },
      ...(base ? [{ label: 'base vo-lines summary', args: [base, 'summary', input.pdf, ...input.args] }] : []),
    ],
    runsArg(5),
  );
  console.log(`  ${loadNote(before)}`);
  const vo = r['vo-lines summary'];
  const text = r['pdf.js getTextContent (process)'];
  console.log(`  ${text.stdout.trim()}`);
  if (base) {
    const old = r['base vo-lines summary'];
    console.log(`  base (${base}) / pdf.js getTextContent: ${(old.medianMs / text.medianMs).toFixed(2)}×, CPU ratio ${(old.medianCpuMs / text.medianCpuMs).toFixed(2)}×`);
  }
  target({ name: `PDF summary / pdf.js getTextContent, ${input.name}`, value: vo.medianMs / text.medianMs, limit: 0.8, cpu: vo.medianCpuMs / text.medianCpuMs });
}
console.log('\n-- in this process: the reader alone (readPdf) against pdf.js and pdftotext');
const bytes = new Uint8Array(readFileSync(file));
console.log(`${file}: ${(bytes.length / 1024).toFixed(0)} KiB`);

const readerPath = process.env.PDF_READER ? resolve(process.env.PDF_READER) : join(here, '..', 'dist', 'readers', 'pdf', 'index.js');
const { readPdf } = await import(pathToFileURL(readerPath).href);
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const baseReadPdf = process.env.PDF_READER_BASE ? (await import(pathToFileURL(resolve(process.env.PDF_READER_BASE)).href)).readPdf : null;

let words = 0;
const contenders = [
  {
    label: 'ours (readPdf)', inProcess: true,
    run: async () => {
      const script = await readPdf(bytes, file, {});
      words = script.paragraphs.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.text.split(/\s+/).filter(Boolean).length, 0), 0);
    },
  },
  ...(baseReadPdf
    ? [{ label: 'old build (readPdf)', inProcess: true, run: async () => { await baseReadPdf(bytes, file, {}); } }]
    : []),
  {
    label: 'pdf.js getTextContent', inProcess: true,
    run: async () => {
      const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        await page.getTextContent();
        page.cleanup();
      }
      await doc.destroy();
    },
  },
];
let havePoppler = true;
try {
  execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  contenders.push({ label: 'poppler pdftotext', inProcess: false, run: async () => execFileSync('pdftotext', [file, '-'], { stdio: 'ignore' }) });
} catch {
  havePoppler = false;
  console.log('pdftotext not installed: skipped');
}
const results = await race(contenders);
const byLabel = (label) => results[contenders.findIndex((c) => c.label === label)];
const ours = byLabel('ours (readPdf)');
const textContent = byLabel('pdf.js getTextContent');
const old = baseReadPdf ? byLabel('old build (readPdf)') : null;
const poppler = havePoppler ? byLabel('poppler pdftotext') : null;
console.log(`  ours read ${words} words`);
if (old) console.log(`ratio ours / old build: wall ${(ours.wall / old.wall).toFixed(2)}, cpu ${(ours.cpu / old.cpu).toFixed(2)}`);
console.log(`ratio ours / pdf.js getTextContent: wall ${(ours.wall / textContent.wall).toFixed(2)}, cpu ${(ours.cpu / textContent.cpu).toFixed(2)}`);
if (havePoppler) console.log(`ratio ours / pdftotext (wall): ${(ours.wall / poppler.wall).toFixed(2)}`);
