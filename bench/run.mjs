#!/usr/bin/env node
// `npm run bench`: runs every benchmark in bench/, one after another, each in its own process.
// A benchmark is a file bench/NAME.mjs whose name has no hyphen (docx.mjs, pdf.mjs, …);
// hyphenated files (build-large-docx.mjs, …) are helpers and are not run.
// Extra arguments are passed to every benchmark (e.g. `npm run bench -- --runs 7`). At the end, every
// speed target the benchmarks recorded (bench/out/targets.json) is printed with its ratio.
// Exits 0 when every benchmark ran; 1 when one crashed or could not run (e.g. not built).

import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearTargets, printTargets } from './speed-targets.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ORDER = ['startup.mjs', 'docx.mjs', 'pdf.mjs', 'check.mjs'];

const benches = readdirSync(HERE)
  .filter((f) => /^[a-z0-9_]+\.mjs$/.test(f) && f !== 'run.mjs')
  .sort((a, b) => {
    const ia = ORDER.indexOf(a);
    const ib = ORDER.indexOf(b);
    return (ia < 0 ? ORDER.length : ia) - (ib < 0 ? ORDER.length : ib) || a.localeCompare(b);
  });

clearTargets();
const failed = [];
for (const file of benches) {
  const r = spawnSync(process.execPath, [join(HERE, file), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.status !== 0) failed.push(`${file} (exit ${r.status ?? r.signal})`);
  console.log('');
}

printTargets();
console.log(`\nbenchmarks run: ${benches.join(', ') || 'none found'}`);
if (failed.length) {
  console.log(`did not complete: ${failed.join(', ')}`);
  process.exit(1);
}
