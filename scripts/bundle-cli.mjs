#!/usr/bin/env node
// Part of `npm run build`, after tsc: the command line and its two worker threads become bundles,
// so that starting vo-lines (or a worker) reads a few files instead of resolving ~150 modules one by
// one (bench/startup.mjs measures it). The library (dist/index.js and the modules under it) stays
// as tsc wrote it.
//
//  - dist/cli/main.js: the CLI, split into chunks beside it (dist/cli/chunk-*.js) that load when a
//    command needs them, as the `await import()`s of the sources say: `--version` loads main.js alone.
//  - dist/check/worker.js, dist/readers/pdf/worker.js: one file each (a worker needs all it imports).
//
// Left out of the bundles, loaded from node_modules when used: pdf.js (only ever in a worker thread),
// pdfkit and docx (`sides`), write-excel-file (`export` to XLSX): heavy, and read only by the command
// that needs them. `VO_LINES_BUNDLED` tells the code where the worker files are from a chunk.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const external = ['pdfjs-dist', 'pdfjs-dist/*', 'pdfkit', 'docx', 'write-excel-file', 'write-excel-file/*', '@expo-google-fonts/*'];
// Bundled CommonJS packages (commander, yaml…) may call require() for Node's own modules.
const banner = { js: "import { createRequire as __voLinesRequire } from 'node:module'; const require = __voLinesRequire(import.meta.url);" };
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', external, banner, define: { VO_LINES_BUNDLED: 'true' }, legalComments: 'none', logLevel: 'warning', allowOverwrite: true };

// The chunks of an earlier build would stay beside the new ones.
for (const name of readdirSync(join(dist, 'cli'))) if (/^chunk-.*\.js$/.test(name)) rmSync(join(dist, 'cli', name));
await build({ ...common, entryPoints: [join(dist, 'cli', 'main.js')], outdir: join(dist, 'cli'), splitting: true, chunkNames: 'chunk-[hash]' });
for (const worker of [join('check', 'worker.js'), join('readers', 'pdf', 'worker.js')]) {
  await build({ ...common, entryPoints: [join(dist, worker)], outfile: join(dist, worker) });
}
