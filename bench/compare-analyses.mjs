#!/usr/bin/env node
// Compares what two builds' casting and report make of every script (PDF and DOCX) under the given
// folders (default: tests, samples, bench/out): each file is read once (the new build's reader), then
// cast and measured by each build (`analyseScript`, with line IDs, as `summary --json` and `lines`
// do, and without, as a text summary does), and the whole casting and report compared as JSON, byte
// for byte. Every command's output is made from them: a change to the casting or the report that
// leaves them identical changes no output.
//
//   node bench/compare-analyses.mjs OLD_DIST [NEW_DIST] [FOLDER…]
//
// Exits 1 when any differs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { firstDifference, root } from './compare-common.mjs';

const [oldDist, newArg, ...folderArgs] = process.argv.slice(2);
const isDist = (p) => p && existsSync(join(p, 'index.js'));
if (!isDist(oldDist)) {
  console.error('usage: node bench/compare-analyses.mjs OLD_DIST [NEW_DIST] [FOLDER…]');
  process.exit(2);
}
const newDist = isDist(newArg) ? newArg : join(root, 'dist');
const folders = isDist(newArg) ? folderArgs : [newArg, ...folderArgs].filter(Boolean);

function scriptsUnder(dir, found = []) {
  if (statSync(dir).isFile()) return /\.(pdf|docx)$/i.test(dir) ? [...found, dir] : found;
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) scriptsUnder(path, found);
    else if (/\.(pdf|docx)$/i.test(name)) found.push(path);
  }
  return found;
}
const dirs = folders.length ? folders.map((f) => resolve(f)) : ['tests', 'samples', 'bench/out'].map((f) => join(root, f));
const files = dirs.flatMap((dir) => scriptsUnder(dir));

function stable(value) {
  return JSON.stringify(value, (_key, v) => {
    if (v instanceof Map) return { Map: [...v] };
    if (v instanceof Set) return { Set: [...v] };
    if (ArrayBuffer.isView(v)) return { [v.constructor.name]: [...v] };
    if (v === undefined) return '(undefined)';
    if (typeof v === 'number' && !Number.isFinite(v)) return `(${v})`;
    return v;
  });
}

const load = async (dist) => import(pathToFileURL(resolve(dist, 'index.js')).href);
const [oldLib, newLib] = await Promise.all([load(oldDist), load(newDist)]);

async function analysed(lib, bytes, lineIds) {
  try {
    const { casting, report } = await lib.analyseScript(deserialize(bytes), { lineIds });
    return stable({ casting, report });
  } catch (error) {
    return `error ${stable({ message: error?.message, details: error?.details, name: error?.name })}`;
  }
}

let same = 0;
let unread = 0;
const differ = [];
for (const file of files) {
  let bytes;
  try {
    bytes = serialize(await newLib.readScriptBytes(new Uint8Array(readFileSync(file)), file, { timeout: 0 }));
  } catch {
    unread++;
    continue;
  }
  for (const lineIds of [true, false]) {
    const a = await analysed(oldLib, bytes, lineIds);
    const b = await analysed(newLib, bytes, lineIds);
    if (a === b) {
      same++;
      continue;
    }
    const at = firstDifference(a, b);
    differ.push(`${relative(process.cwd(), file)}${lineIds ? '' : ' (no IDs)'}: from character ${at}\n  old …${a.slice(Math.max(0, at - 80), at + 120)}\n  new …${b.slice(Math.max(0, at - 80), at + 120)}`);
  }
}
for (const d of differ) console.log(d);
console.log(`${files.length} files (${unread} not read: errors), ${same} analyses identical, ${differ.length} differ`);
process.exit(differ.length ? 1 : 0);
