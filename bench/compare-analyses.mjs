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
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { distArguments, filesUnder, firstDifference, foldersOr, stable } from './compare-common.mjs';

const usage = 'node bench/compare-analyses.mjs OLD_DIST [NEW_DIST] [FOLDER…]';
const { oldDist, newDist, folders } = distArguments(process.argv.slice(2), 'index.js', usage);
const files = foldersOr(folders).flatMap((dir) => filesUnder(dir, (name) => /\.(pdf|docx)$/i.test(name)));

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
