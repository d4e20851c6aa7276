#!/usr/bin/env node
// The PDF reader's own share of a page, without pdf.js: every page's operator list is asked of
// pdf.js once, then the walk over it (operators.ts walkOperators, with the page's highlights and
// StrikeOuts as the reader reads them) and the lines made of its glyphs (lines.ts buildLines) are
// timed, in turns, for one build or two (a build's dist folder each), in this one process.
//
//   node bench/pdf-walk.mjs [PDF] [DIST…]      (default: bench/out/script-320p.pdf, this worktree's dist)
//   ROUNDS=20 node bench/pdf-walk.mjs bench/out/script-320p.pdf /tmp/base/dist dist
//
// Prints each build's median over the rounds (after WARMUP rounds each), its CPU, and whether the
// builds' walks gave the same glyphs and lines (JSON, byte for byte). Not a target: a tool to tell
// a change to the walk from the noise of a whole process on a busy machine.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const args = process.argv.slice(2);
const pdf = args[0] && args[0].toLowerCase().endsWith('.pdf') ? resolve(args.shift()) : join(root, 'bench/out/script-320p.pdf');
const dists = (args.length ? args : [join(root, 'dist')]).map((d) => resolve(d));
const ROUNDS = Number(process.env.ROUNDS ?? 12);
const WARMUP = Number(process.env.WARMUP ?? 3);

const builds = await Promise.all(
  dists.map(async (dist) => {
    const url = (p) => pathToFileURL(join(dist, 'readers/pdf', p)).href;
    const [operators, lines, annotations] = await Promise.all([import(url('operators.js')), import(url('lines.js')), import(url('annotations.js'))]);
    return { dist, operators, lines, annotations };
  }),
);

// pdf.js's legacy build brings core-js, which puts slow polyfills in place of Array.prototype.push
// and JSON's two functions: put back as the reader's threads do (readers/pdf/pdfjs.ts).
const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const workerModule = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
globalThis.pdfjsWorker ??= await import(workerModule);
Object.defineProperty(Array.prototype, 'push', { value: natives.push, writable: true, configurable: true, enumerable: false });
JSON.parse = natives.parse;
JSON.stringify = natives.stringify;
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(pdf)), disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
const pages = [];
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const [list, printable] = await Promise.all([page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.ENABLE }), page.getAnnotations({ intent: 'print' })]);
  const viewport = page.getViewport({ scale: 1 });
  pages.push({ n, page, list, printable, viewport, transform: viewport.transform });
}
const glyphCount = (content) => content.glyphs.length;

/** One build's pass over every page: the walk, then the lines. */
function pass(build) {
  const out = [];
  for (const p of pages) {
    const painted = build.annotations.paintedAppearances(p.list.fnArray, p.list.argsArray, p.transform, () => true);
    const read = build.annotations.readAnnotations(p.printable, p.transform, painted);
    const content = build.operators.walkOperators({
      page: p.n, fnArray: p.list.fnArray, argsArray: p.list.argsArray, viewport: p.transform, width: p.viewport.width, height: p.viewport.height,
      font: (name) => (p.page.commonObjs.has(name) ? p.page.commonObjs.get(name) : undefined),
      pattern: (id) => (p.page.objs.has(id) ? p.page.objs.get(id) : undefined),
      isVisible: () => true, highlights: read.highlights, strikes: read.strikes,
    });
    const lines = build.lines.buildLines(content.glyphs.map((g) => ({ ...g })));
    out.push({ content, lines });
  }
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const wall = builds.map(() => []);
const cpu = builds.map(() => []);
let firstOut = null;
const same = builds.map(() => true);
for (let round = -WARMUP; round < ROUNDS; round++) {
  const order = builds.map((_, k) => (k + round + WARMUP) % builds.length);
  for (const i of order) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const result = pass(builds[i]);
    const t = performance.now() - t0;
    const used = process.cpuUsage(c0);
    if (round === -WARMUP) {
      const json = JSON.stringify(result.map((r) => [r.content, r.lines]), (_k, v) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v));
      if (firstOut === null) firstOut = json;
      else same[i] = json === firstOut;
      if (i === order[0]) console.log(`${pages.length} pages, ${result.reduce((s, r) => s + glyphCount(r.content), 0)} pieces of text, ${result.reduce((s, r) => s + r.lines.length, 0)} lines`);
    }
    if (round >= 0) {
      wall[i].push(t);
      cpu[i].push((used.user + used.system) / 1000);
    }
  }
}
builds.forEach((b, i) => {
  console.log(
    `${b.dist}: walk + lines, median ${median(wall[i]).toFixed(1)} ms wall, ${median(cpu[i]).toFixed(1)} ms CPU over ${ROUNDS} rounds` +
      (i ? `; output ${same[i] ? 'identical to' : 'DIFFERENT from'} the first build's` : ''),
  );
});
if (builds.length === 2) {
  const ratios = cpu[1].map((t, k) => t / cpu[0][k]);
  console.log(`second / first, CPU per round: median ${median(ratios).toFixed(3)} (${ratios.map((r) => r.toFixed(2)).join(', ')})`);
}
await doc.destroy();
