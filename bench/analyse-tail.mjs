#!/usr/bin/env node
// The analysis after the read, alone: what the main thread does once a PDF's Script is assembled
// (pipeline.ts castAndMeasure: castScript, the cut-text and heading warnings, buildReport), for one
// build or two, in this one process. The Script is read once with the first build and kept as a
// structured clone; each round casts and reports a fresh copy of it with each build in turn
// (the order turned every round), and the Analyses are compared as JSON.
//
//   node bench/analyse-tail.mjs [FILE] [DIST…]      (default: bench/out/script-320p.pdf, this worktree's dist)
//   ROUNDS=1 WARMUP=0 node bench/analyse-tail.mjs FILE OLD_DIST dist   (cold: once each, as the CLI runs it)
//   IDS=1 …     casts with line IDs (as `summary --json` and `lines`; a text summary has none)
//   PARTS=1 …   also times castScript and buildReport alone (a second pass each round)
//
// Prints each build's rounds (ms of wall and of the process's CPU) and their medians. Not a target: a
// tool to tell a change to the analysis from the noise of a whole process on a busy machine.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const args = process.argv.slice(2);
const file = args[0] && /\.(pdf|docx)$/i.test(args[0]) ? resolve(args.shift()) : join(root, 'bench/out/script-320p.pdf');
const dists = (args.length ? args : [join(root, 'dist')]).map((d) => resolve(d));
const ROUNDS = Number(process.env.ROUNDS ?? 7);
const WARMUP = Number(process.env.WARMUP ?? 1);
const PARTS = process.env.PARTS === '1';
// As `summary` (text) casts: no line IDs (IDS=1: with them, as `summary --json` and `lines`).
const options = { lineIds: process.env.IDS === '1' };

const builds = await Promise.all(dists.map(async (dist) => ({ dist, lib: await import(pathToFileURL(join(dist, 'index.js')).href) })));

// SCRIPT=file keeps the read Script there (read from it when it exists).
const saved = process.env.SCRIPT;
let bytes;
if (saved && existsSync(saved)) bytes = readFileSync(saved);
else {
  bytes = serialize(await builds[0].lib.readScript(file));
  if (saved) writeFileSync(saved, bytes);
}

const stable = (v) => JSON.stringify(v, (_k, x) => (x instanceof Map ? { Map: [...x] } : x instanceof Set ? { Set: [...x] } : x));

async function round(build) {
  const script = deserialize(bytes);
  const cpu = process.cpuUsage();
  const t = performance.now();
  const analysis = await build.lib.analyseScript(script, options);
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const out = { ms, cpu: (used.user + used.system) / 1000, analysis };
  if (PARTS) {
    const copy = deserialize(bytes);
    let c = process.cpuUsage();
    const casting = build.lib.castScript(copy, null, options);
    let u = process.cpuUsage(c);
    out.cast = (u.user + u.system) / 1000;
    c = process.cpuUsage();
    build.lib.buildReport(casting, { wpm: undefined, configWpm: undefined });
    u = process.cpuUsage(c);
    out.report = (u.user + u.system) / 1000;
  }
  return out;
}

const times = builds.map(() => ({ ms: [], cpu: [], cast: [], report: [] }));
const outputs = [];
for (let r = 0; r < WARMUP + ROUNDS; r++) {
  const order = builds.map((_b, i) => i);
  if (r % 2) order.reverse();
  for (const i of order) {
    const got = await round(builds[i]);
    if (r === 0) outputs[i] = stable({ casting: got.analysis.casting, report: got.analysis.report });
    if (r >= WARMUP) for (const k of ['ms', 'cpu', 'cast', 'report']) if (got[k] !== undefined) times[i][k].push(got[k]);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (const [i, b] of builds.entries()) {
  const t = times[i];
  const parts = PARTS ? `; castScript ${median(t.cast).toFixed(1)}, buildReport ${median(t.report).toFixed(1)} ms CPU` : '';
  console.log(`${b.dist}: analyseScript median ${median(t.ms).toFixed(1)} ms wall, ${median(t.cpu).toFixed(1)} ms CPU${parts}; rounds ${t.cpu.map((x) => x.toFixed(0)).join(' ')}`);
}
if (builds.length > 1) {
  console.log(`ratio (CPU medians) ${builds.slice(1).map((_b, i) => (median(times[i + 1].cpu) / median(times[0].cpu)).toFixed(3)).join(' ')} (build 2… / build 1)`);
  console.log(outputs.every((s) => s === outputs[0]) ? 'Analyses: identical' : 'Analyses: DIFFER');
}
