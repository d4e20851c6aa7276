#!/usr/bin/env node
/**
 * Self time by function from `node --cpu-prof` profiles, averaged per profile, and the difference between two sets.
 *
 *   node bench/profile-self.mjs DIR [--top N] [--by function|file]
 *   node bench/profile-self.mjs OLD_DIR NEW_DIR [--top N] [--by function|file]
 *
 * DIR holds `.cpuprofile` files (one per run: `node --cpu-prof --cpu-prof-dir=DIR --cpu-prof-interval 200 …`). A
 * function is keyed by its name, file (the part after the last `dist/` or `node_modules/`) and line, so the same
 * function of two builds in two folders is one row when its line has not moved; `--by file` sums by file instead.
 * Figures are milliseconds a run (the mean over the folder's profiles). With two folders the rows are sorted by the
 * largest change, and the totals (all samples, and without `(idle)`) are printed first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
let top = 40;
let by = 'function';
const dirs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--top') top = Number(args[++i]);
  else if (args[i] === '--by') by = args[++i];
  else dirs.push(args[i]);
}
if (dirs.length < 1 || dirs.length > 2 || !['function', 'file'].includes(by) || !(top > 0)) {
  console.error('usage: node bench/profile-self.mjs DIR [NEW_DIR] [--top N] [--by function|file]');
  process.exit(2);
}

function shortUrl(url) {
  if (!url) return '';
  const m = /(?:dist|node_modules)\/(.*)$/.exec(url);
  return m ? m[1] : url.replace(/^file:\/\//, '');
}

/** Mean self milliseconds a run by key over the folder's profiles, and the runs' count. */
function selfTimes(dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (!files.length) throw new Error(`no .cpuprofile in ${dir}`);
  const sums = new Map();
  for (const f of files) {
    const profile = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const keyOf = new Map();
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber } = node.callFrame;
      const file = shortUrl(url);
      keyOf.set(node.id, by === 'file' ? file || `(${functionName || 'native'})` : `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`);
    }
    const { samples, timeDeltas } = profile;
    // timeDeltas[i] is the time before sample i: the time of sample i is the next delta (the last sample's is dropped)
    for (let i = 0; i < samples.length - 1; i++) {
      const key = keyOf.get(samples[i]);
      sums.set(key, (sums.get(key) ?? 0) + timeDeltas[i + 1] / 1000);
    }
  }
  for (const [k, v] of sums) sums.set(k, v / files.length);
  return { times: sums, runs: files.length };
}

function total(times, withIdle) {
  let t = 0;
  for (const [k, v] of times) if (withIdle || !k.startsWith('(idle)')) t += v;
  return t;
}

const fmt = (n) => n.toFixed(2).padStart(8);

if (dirs.length === 1) {
  const { times, runs } = selfTimes(dirs[0]);
  console.log(`${runs} profiles; ms a run: all ${total(times, true).toFixed(1)}, without idle ${total(times, false).toFixed(1)}`);
  for (const [k, v] of [...times].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${fmt(v)}  ${k}`);
} else {
  const a = selfTimes(dirs[0]);
  const b = selfTimes(dirs[1]);
  console.log(`${a.runs} / ${b.runs} profiles; ms a run (old → new): all ${total(a.times, true).toFixed(1)} → ${total(b.times, true).toFixed(1)}, without idle ${total(a.times, false).toFixed(1)} → ${total(b.times, false).toFixed(1)}`);
  const keys = new Set([...a.times.keys(), ...b.times.keys()]);
  const rows = [...keys].map((k) => [k, a.times.get(k) ?? 0, b.times.get(k) ?? 0]);
  rows.sort((x, y) => Math.abs(y[2] - y[1]) - Math.abs(x[2] - x[1]));
  console.log('     old      new   change  function');
  for (const [k, o, n] of rows.slice(0, top)) console.log(`${fmt(o)} ${fmt(n)} ${fmt(n - o)}  ${k}`);
}
