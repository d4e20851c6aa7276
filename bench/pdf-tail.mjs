#!/usr/bin/env node
// The PDF reader's serial tail alone: what the main thread does after the last page is read
// (index.ts finishScript: the warnings folded from the pages, then assemble.ts toParagraphs), for
// one build or two, in this one process. Every page's outcome (readPageOutcome, what a PDF thread
// posts) is read once with the first build and kept as a structured clone (as a thread's message
// arrives); each round folds a fresh copy of them (PageFolder) and times finishScript.
//
//   node bench/pdf-tail.mjs [PDF] [DIST…]      (default: bench/out/script-320p.pdf, this worktree's dist)
//   ROUNDS=1 WARMUP=0 node --interrupt-budget=350000 bench/pdf-tail.mjs PDF OLD_DIST dist   (cold: once each, as the CLI runs it)
//
// Prints each build's rounds (ms of wall and of the process's CPU), their medians, and whether the
// builds' Scripts are the same (JSON, byte for byte). Not a target: a tool to tell a change to the
// tail from the noise of a whole process on a busy machine. The first round of each build is cold
// code, as in the CLI (the tail runs once there); later rounds are warm.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const args = process.argv.slice(2);
const pdf = args[0] && args[0].toLowerCase().endsWith('.pdf') ? resolve(args.shift()) : join(root, 'bench/out/script-320p.pdf');
const dists = (args.length ? args : [join(root, 'dist')]).map((d) => resolve(d));
const ROUNDS = Number(process.env.ROUNDS ?? 7);
const WARMUP = Number(process.env.WARMUP ?? 1);

const builds = await Promise.all(dists.map(async (dist) => ({ dist, pdf: await import(pathToFileURL(join(dist, 'readers/pdf/index.js')).href) })));

// Every page's outcome, read once (the first build), kept as the bytes a thread's message holds.
// OUTCOMES=file keeps them there (read from it when it exists: a profile of the tail alone).
async function readOutcomes() {
  const first = builds[0].pdf;
  const opened = await first.openDocument(new Uint8Array(readFileSync(pdf)), pdf);
  const optional = await first.optionalContent(opened.doc);
  const numPages = opened.doc.numPages;
  const outcomes = [];
  for (let n = 1; n <= numPages; n++) outcomes.push(serialize(await first.readPageOutcome(opened, n, optional)));
  const language = await first.documentLanguage(opened.doc);
  const look = opened.look;
  await opened.doc.destroy();
  return { numPages, outcomes, language, look };
}
const saved = process.env.OUTCOMES;
const read = saved && existsSync(saved) ? deserialize(readFileSync(saved)) : await readOutcomes();
if (saved && !existsSync(saved)) writeFileSync(saved, serialize(read));
const { numPages, outcomes, language, look } = read;

function round(build) {
  const folder = new build.pdf.PageFolder(pdf, numPages);
  for (const bytes of outcomes) folder.add(deserialize(bytes));
  const cpu = process.cpuUsage();
  const t = performance.now();
  const script = build.pdf.finishScript(folder, {}, language, undefined, look);
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { ms, cpu: (used.user + used.system) / 1000, script };
}

const stable = (v) => JSON.stringify(v, (_k, x) => (x instanceof Map ? { Map: [...x] } : x instanceof Set ? { Set: [...x] } : x));
const times = builds.map(() => ({ ms: [], cpu: [] }));
const scripts = [];
for (let r = 0; r < WARMUP + ROUNDS; r++) {
  // In turns, the order turned every round.
  const order = builds.map((_b, i) => i);
  if (r % 2) order.reverse();
  for (const i of order) {
    const { ms, cpu, script } = round(builds[i]);
    if (r === 0) scripts[i] = stable(script);
    if (r >= WARMUP) {
      times[i].ms.push(ms);
      times[i].cpu.push(cpu);
    }
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (const [i, b] of builds.entries()) {
  const t = times[i];
  console.log(`${b.dist}: finishScript median ${median(t.ms).toFixed(1)} ms wall, ${median(t.cpu).toFixed(1)} ms CPU; rounds ${t.cpu.map((x) => x.toFixed(0)).join(' ')}`);
}
if (builds.length > 1) {
  console.log(`ratio (CPU medians) ${builds.slice(1).map((_b, i) => (median(times[i + 1].cpu) / median(times[0].cpu)).toFixed(3)).join(' ')} (build 2… / build 1)`);
  console.log(scripts.every((s) => s === scripts[0]) ? 'Scripts: identical' : 'Scripts: DIFFER');
}
