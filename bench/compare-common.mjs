// What the two-build comparison tools (compare-pdf-scripts.mjs, compare-pdf-outputs.mjs) share:
// the PDFs under the folders given (default: tests, samples, bench/out) and where two outputs part.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every `.pdf` below `dir`, sorted by name, skipping node_modules and hidden folders. */
export function pdfsUnder(dir, found = []) {
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) pdfsUnder(path, found);
    else if (name.toLowerCase().endsWith('.pdf')) found.push(path);
  }
  return found;
}

/** The PDFs under `folders` (resolved from the working directory), or under the default folders. */
export function pdfsIn(folders) {
  const dirs = folders.length ? folders.map((f) => resolve(f)) : ['tests', 'samples', 'bench/out'].map((f) => join(root, f));
  return dirs.flatMap((dir) => pdfsUnder(dir));
}

/** The index of the first item where `a` and `b` differ (their common length when one starts the other). */
export function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
