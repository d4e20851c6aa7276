#!/usr/bin/env node
// Start-up: `vo-lines --version` and `vo-lines summary` of a small DOCX (the French e-learning sample,
// 4 pages, its YAML config) against bare Node (`node -e 0`), whole processes, in turns, same run.
// Targets (issue 12): --version ≤ 1.5× bare Node; summary of a small DOCX ≤ 2.5× bare Node.
// Usage: node bench/startup.mjs [--runs N]   (default 21 timed runs each, after one warm-up)
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { CLI, ROOT, fmtMs, loadNote, machine, race, requireBuild, runsArg, target } from './speed-targets.mjs';

requireBuild();
const RUNS = runsArg(21);
const SMALL = join(ROOT, 'samples', 'fr-elearning', 'module-securite.docx');

console.log('== start-up: vo-lines against bare Node ==');
console.log(`machine: ${machine()}; ${RUNS} timed runs each, in turns, after one warm-up`);
const before = loadavg()[0];
const results = race(
  [
    { label: 'node -e 0', args: ['-e', '0'] },
    { label: 'vo-lines --version', args: [CLI, '--version'] },
    { label: 'vo-lines summary (small DOCX, YAML config)', args: [CLI, 'summary', SMALL] },
  ],
  RUNS,
);
console.log(`  ${loadNote(before)}`);
const bare = results['node -e 0'];
const version = results['vo-lines --version'];
const summary = results['vo-lines summary (small DOCX, YAML config)'];
console.log(`  bare Node ${fmtMs(bare.medianMs)}; --version ${fmtMs(version.medianMs)}; summary ${fmtMs(summary.medianMs)}`);
target({ name: '--version / bare node -e 0', value: version.medianMs / bare.medianMs, limit: 1.5, cpu: version.medianCpuMs / bare.medianCpuMs });
target({ name: 'summary of a small DOCX / bare node -e 0', value: summary.medianMs / bare.medianMs, limit: 2.5, cpu: summary.medianCpuMs / bare.medianCpuMs });
