#!/usr/bin/env node
// Compares what two builds' PDF readers make of every PDF under the given folders (default: tests,
// samples, bench/out): the whole Script (`readScriptBytes`, every paragraph, run, colour, location
// and warning with its details), or the error, as JSON, byte for byte. Every command's output is
// made from that Script, so a reader change that leaves it identical changes no output; much
// faster than running the CLI twice per file and command (compare-pdf-outputs.mjs does that).
//
//   node bench/compare-pdf-scripts.mjs OLD_DIST [NEW_DIST] [FOLDER…]
//
// OLD_DIST, NEW_DIST: a build's dist folder (NEW_DIST defaults to this worktree's). Both are read
// in this one process, one file at a time, with no time limit. Exits 1 when any Script differs.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distArguments, firstDifference, pdfsIn, root, stable } from './compare-common.mjs';

const usage = 'node bench/compare-pdf-scripts.mjs OLD_DIST [NEW_DIST] [FOLDER…]';
const { oldDist, newDist, folders } = distArguments(process.argv.slice(2), 'readers/index.js', usage);

const load = async (dist) => import(pathToFileURL(resolve(dist, 'readers/index.js')).href);
const [oldReader, newReader] = await Promise.all([load(oldDist), load(newDist)]);

async function read(reader, bytes, file) {
  try {
    return stable(await reader.readScriptBytes(bytes, file, { timeout: 0 }));
  } catch (error) {
    return `error ${stable({ message: error?.message, details: error?.details, name: error?.name })}`;
  }
}

const pdfs = pdfsIn(folders);
let same = 0;
const differ = [];
for (const pdf of pdfs) {
  const bytes = new Uint8Array(readFileSync(pdf));
  const a = await read(oldReader, bytes.slice(), pdf);
  const b = await read(newReader, bytes.slice(), pdf);
  if (a === b) {
    same++;
    continue;
  }
  const i = firstDifference(a, b);
  differ.push(pdf);
  console.log(`DIFFERS ${relative(root, pdf)} at character ${i}:\n  old: …${a.slice(Math.max(0, i - 80), i + 200)}\n  new: …${b.slice(Math.max(0, i - 80), i + 200)}`);
}
console.log(`${pdfs.length} PDFs: ${same} Scripts identical, ${differ.length} different (old ${oldDist}, new ${newDist})`);
process.exit(differ.length ? 1 : 0);
