#!/usr/bin/env node
// DOCX speed: vo-lines `summary` of a large script against mammoth's raw-text extraction of the same
// file, both whole processes (Node start-up included), in turns, same run; on two scripts:
//   - bench/out/large-script.docx from bench/build-large-docx.mjs (Word-style XML, ~160k words);
//   - the LibreOffice script of ../shared/bench/make_big.py (336 pages, 194,163 words), made on demand.
// Targets (issue 12): ratio of medians ≤ 0.3 on both; vo-lines peak memory < 300 MB.
// Usage: node bench/docx.mjs [--runs N]   (default 5 timed runs per tool, after 1 warm-up each)
// Prints numbers and targets; never asserts. Exit 0 unless a tool crashed (or the CLI is not built).
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { buildLargeDocx } from './build-large-docx.mjs';
import { libreOfficeBig } from './libreoffice-big.mjs';
import { CLI, HERE, ROOT, fmtMs, loadNote, machine, memoryMethod, race, requireBuild, runsArg, target } from './speed-targets.mjs';

const TARGET_RATIO = 0.3;
const TARGET_RSS_MB = 300;
const RUNS = runsArg(5);
const MAMMOTH = join(HERE, 'mammoth-raw.cjs');

console.log('== DOCX benchmark: vo-lines summary vs mammoth.extractRawText ==');
requireBuild();
console.log(`machine: ${machine()}; ${RUNS} timed runs each, in turns, after one warm-up; ${memoryMethod}`);

const built = buildLargeDocx();
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const inputs = [
  {
    name: 'generated Word-style script',
    docx: built.docx,
    config: built.config,
    about: `${mb(built.docxBytes)} MB zipped, document.xml ${mb(built.documentXmlBytes)} MB, ~${built.pages} pages, ${built.words} words, ${built.runs} runs; sha256 ${built.sha256.slice(0, 16)}…`,
    expected: `words the builder wrote, by voice: ${Object.entries(built.wordsByVoice).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  },
];
const big = libreOfficeBig();
if (big.skipped) console.log(`LibreOffice script skipped: ${big.skipped}`);
else inputs.push({ name: 'LibreOffice script (make_big.py)', docx: big.docx, config: big.config, about: '336 pages, 194,163 words, exported by LibreOffice', expected: null });

const results = [];
for (const input of inputs) {
  console.log(`\n-- ${input.name}: ${relative(ROOT, input.docx)} (${input.about})`);
  const before = loadavg()[0];
  const r = race(
    [
      { label: 'vo-lines summary', args: [CLI, 'summary', input.docx, '--config', input.config] },
      { label: 'mammoth extractRawText', args: [MAMMOTH, input.docx] },
    ],
    RUNS,
  );
  console.log(`  ${loadNote(before)}`);
  const vo = r['vo-lines summary'];
  const ma = r['mammoth extractRawText'];
  console.log(vo.stdout.trimEnd().split('\n').slice(0, 9).map((l) => `  | ${l}`).join('\n'));
  if (input.expected) console.log(`  ${input.expected}`);
  console.log(`  ${ma.stdout.trim()}`);
  console.log(`  vo-lines ${fmtMs(vo.medianMs)}, mammoth ${fmtMs(ma.medianMs)}`);
  const ratio = vo.medianMs / ma.medianMs;
  const cpuRatio = vo.medianCpuMs / ma.medianCpuMs;
  target({ name: `DOCX summary / mammoth, ${input.name}`, value: ratio, limit: TARGET_RATIO, cpu: cpuRatio });
  target({ name: `DOCX summary peak memory, ${input.name}`, value: vo.peakRssMB, limit: TARGET_RSS_MB, op: '<', unit: 'MB' });
  results.push({ input: input.name, file: relative(ROOT, input.docx), voLines: { ...vo, stdout: undefined }, mammoth: { ...ma, stdout: undefined }, ratio, cpuRatio });
}
writeFileSync(join(HERE, 'out', 'docx-results.json'), `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), runs: RUNS, memoryMethod, results }, null, 2)}\n`);
