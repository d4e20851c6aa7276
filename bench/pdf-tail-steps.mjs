#!/usr/bin/env node
// The PDF reader's serial tail (index.ts finishScript, assemble.ts toParagraphs) by step: which share is
// per page (a function of one frame's lines alone) and which needs the whole document. A copy of the build
// is made in a temporary folder (beside it, a link to this worktree's node_modules) with a reading of the
// process's CPU between the steps of `toParagraphs` and around its per-frame calls; each run is a fresh
// process laying out the same pages' outcomes once, cold, as the CLI does.
//
//   node bench/pdf-tail-steps.mjs [PDF] [DIST]     (default: bench/out/script-320p.pdf, this worktree's dist)
//   RUNS=6 node bench/pdf-tail-steps.mjs
//
// Prints each run's CPU by step and the medians (ms of the whole process's CPU: V8's helper threads
// included). Not a target and not a test: the copy is patched by the text of the built assemble.js, and
// this script stops, saying which, when a step it looks for is no longer there.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serialize } from 'node:v8';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const args = process.argv.slice(2);
const pdf = args[0] && args[0].toLowerCase().endsWith('.pdf') ? resolve(args.shift()) : join(root, 'bench/out/script-320p.pdf');
const dist = resolve(args[0] ?? join(root, 'dist'));
const RUNS = Number(process.env.RUNS ?? 5);
/** The steps that are functions of one frame's remaining lines alone. */
const PER_PAGE = new Set(['  findToc', '  footnotes', '  buildBlocks', '  readingOrder']);

const RUN = `
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
const reader = await import('./dist/readers/pdf/index.js');
const { numPages, outcomes, language, look } = deserialize(readFileSync('./outcomes.bin'));
const folder = new reader.PageFolder(process.argv[2], numPages);
for (const outcome of outcomes) folder.add(outcome);
const u0 = process.cpuUsage();
reader.finishScript(folder, {}, language, undefined, look);
const u = process.cpuUsage(u0);
process.stdout.write(JSON.stringify({ finishScript: (u.user + u.system) / 1000, ...globalThis.__steps }));
`;

if (!existsSync(pdf)) {
  console.error(`${pdf} not found: run node bench/pdf.mjs once (it writes the generated 320-page PDF).`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'vo-tail-steps-'));
try {
  cpSync(dist, join(work, 'dist'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
  writeFileSync(join(work, 'package.json'), readFileSync(join(root, 'package.json')));
  patch(join(work, 'dist/readers/pdf/assemble.js'));

  // Every page's outcome, read once, kept as a thread's message holds them.
  const reader = await import(pathToFileURL(join(dist, 'readers/pdf/index.js')).href);
  const opened = await reader.openDocument(new Uint8Array(readFileSync(pdf)), pdf);
  const optional = await reader.optionalContent(opened.doc);
  const numPages = opened.doc.numPages;
  const outcomes = [];
  for (let n = 1; n <= numPages; n++) outcomes.push(await reader.readPageOutcome(opened, n, optional));
  const language = await reader.documentLanguage(opened.doc);
  const look = opened.look;
  await opened.doc.destroy();
  writeFileSync(join(work, 'outcomes.bin'), serialize({ numPages, outcomes, language, look }));
  writeFileSync(join(work, 'run.mjs'), RUN);

  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    const out = execFileSync(process.execPath, ['--interrupt-budget=350000', join(work, 'run.mjs'), pdf], { cwd: work, encoding: 'utf8' });
    const steps = JSON.parse(out);
    runs.push(steps);
    console.log(`run ${r + 1}: ${Object.entries(steps).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const total = median(runs.map((s) => s.finishScript));
  console.log(`\nmedians (ms of process CPU, cold, ${RUNS} runs; share of finishScript):`);
  for (const key of Object.keys(runs[0])) {
    const m = median(runs.map((s) => s[key] ?? 0));
    console.log(`  ${key.padEnd(22)} ${m.toFixed(1).padStart(7)}  ${((100 * m) / total).toFixed(1).padStart(5)}%${PER_PAGE.has(key) ? '  (per frame, once its furniture is known)' : ''}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Inserts the CPU readings into a copy of the built assemble.js. */
function patch(file) {
  let s = readFileSync(file, 'utf8');
  const at = (anchor, before) => {
    if (!s.includes(anchor)) throw new Error(`bench/pdf-tail-steps.mjs: "${anchor.trim().slice(0, 60)}" is no longer in the built assemble.js: update the script`);
    s = s.replace(anchor, before + anchor);
  };
  const wrap = (call, key) => {
    if (!s.includes(call)) throw new Error(`bench/pdf-tail-steps.mjs: "${call}" is no longer in the built assemble.js: update the script`);
    s = s.replace(call, `__step(${JSON.stringify(key)}, () => ${call})`);
  };
  s =
    `const __cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };\n` +
    `const __steps = (globalThis.__steps ??= {});\n` +
    `const __step = (key, f) => { const t = __cpu(); try { return f(); } finally { __steps[key] = (__steps[key] ?? 0) + __cpu() - t; } };\n` +
    s;
  at('    const frames = pages.flatMap((p) => p.frames);', '    let __t = __cpu(); const __mark = (key) => { const t = __cpu(); __steps[key] = (__steps[key] ?? 0) + t - __t; __t = t; };\n');
  at('    const pressedSaid = pressedWarning', "    __mark('findFurniture');\n");
  at('    const laid = frames.map((f, index) => {', "    __mark('furniture warnings');\n");
  at('    const free = [];\n    for (const l of laid)', "    __mark('first pass');\n");
  at('    const joins = [];', "    __mark('document measures');\n");
  at('    if (swatches) {', "    __mark('second pass');\n");
  at('    const hyphenation = new Hyphenation', "    __mark('swatches');\n");
  at('    for (const p of pages) {\n', "    __mark('hyphenation, warnings');\n");
  at('    markStepHeadings(out, oneLine);', "    __mark('toModel');\n");
  wrap('findToc(lines)', '  findToc');
  wrap('footnotes(lines)', '  footnotes');
  wrap('buildBlocks(lines, budget)', '  buildBlocks');
  wrap('readingOrder(items)', '  readingOrder');
  writeFileSync(file, s);
}
