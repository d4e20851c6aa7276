#!/usr/bin/env node
// How much CPU a thread of vo-lines costs from `new Worker` to its first reply (a helper: `npm run
// bench` does not run it). Each measure is a fresh process that starts one thread the way the
// command does (same file, heap limit and V8 flags) and hands it one job at once:
//  - the PDF thread (dist/readers/pdf/worker.cjs, or worker.js in builds before it): reads
//    samples/en-commercial/spring-sale.pdf under no V8 flags (a PDF's summary); times to its
//    `started` reply and to its `done`;
//  - a check worker (dist/check/worker.cjs, or worker.js): checks samples/fr-elearning/module-securite.docx
//    under check's V8 flags; times to its result.
// CPU is the process's user + system time (process.cpuUsage: every thread; this one only waits), so
// a loaded machine barely moves it, where wall time does.
//
//   node bench/thread-start.mjs [--runs N] [DIST…]   (DIST: a built dist/ folder; several alternate)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

if (args[0] === '--child') {
  const [, dist, which] = args;
  const { Worker } = await import('node:worker_threads');
  const { setV8Flags, CHECK_V8_FLAGS } = await import(pathToFileURL(join(dist, 'cli', 'v8-flags.js')).href);
  const { heapMegabytes } = await import(pathToFileURL(join(dist, 'readers', 'threads.js')).href);
  const entry = (dir) => (existsSync(join(dist, dir, 'worker.cjs')) ? join(dist, dir, 'worker.cjs') : join(dist, dir, 'worker.js'));
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const out = {};
  if (which === 'pdf') {
    const { SHARED } = await import(pathToFileURL(join(dist, 'readers', 'pdf', 'thread-job.js')).href);
    const bytes = readFileSync(join(root, 'samples', 'en-commercial', 'spring-sale.pdf'));
    const shared = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
    shared.set(bytes);
    const state = new Int32Array(new SharedArrayBuffer(SHARED.length * 4));
    state[SHARED.next] = 1;
    const [c0, t0] = [cpu(), performance.now()];
    const worker = new Worker(pathToFileURL(entry(join('readers', 'pdf'))), { resourceLimits: { maxOldGenerationSizeMb: heapMegabytes() } });
    worker.postMessage({ id: 1, bytes: shared, file: 'spring-sale.pdf', options: {}, state, role: 'first' });
    await new Promise((done, fail) => {
      worker.on('error', fail);
      worker.on('message', (reply) => {
        if ('started' in reply) out.started = { cpu: cpu() - c0, wall: performance.now() - t0 };
        if ('error' in reply) fail(new Error(reply.error.message));
        if ('done' in reply) {
          out.done = { cpu: cpu() - c0, wall: performance.now() - t0 };
          done();
        }
      });
    });
    await worker.terminate();
  } else {
    setV8Flags(CHECK_V8_FLAGS);
    const [c0, t0] = [cpu(), performance.now()];
    const worker = new Worker(pathToFileURL(entry('check')), { workerData: { analyse: {}, cli: { contract: {}, rules: {} } }, resourceLimits: { maxOldGenerationSizeMb: heapMegabytes() } });
    worker.postMessage({ index: 0, file: join(root, 'samples', 'fr-elearning', 'module-securite.docx') });
    const result = await new Promise((done, fail) => {
      worker.on('error', fail);
      worker.once('message', (message) => done(message.result));
    });
    out.result = { cpu: cpu() - c0, wall: performance.now() - t0 };
    if (result.status === 'error') throw new Error(result.error.message);
    await worker.terminate();
  }
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}

let runs = 15;
const dists = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else dists.push(resolve(args[i]));
}
if (dists.length === 0) dists.push(join(root, 'dist'));
const env = { ...process.env, NODE_OPTIONS: '' };
delete env.NODE_EXTRA_CA_CERTS;
const samples = new Map(dists.map((dist) => [dist, { pdfStarted: [], pdfDone: [], check: [] }]));
for (let run = 0; run <= runs; run++) {
  // In turns, the order turning every round; the first round warms the disk cache and is not kept.
  const order = run % 2 ? [...dists].reverse() : dists;
  for (const dist of order) {
    for (const which of ['pdf', 'check']) {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', dist, which], { cwd: root, env, encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`${dist} ${which}: ${child.stderr}`);
      if (run === 0) continue;
      const out = JSON.parse(child.stdout);
      const s = samples.get(dist);
      if (which === 'pdf') {
        s.pdfStarted.push(out.started);
        s.pdfDone.push(out.done);
      } else s.check.push(out.result);
    }
  }
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const show = (list) => `CPU ${median(list.map((x) => x.cpu)).toFixed(1)} ms (${Math.min(...list.map((x) => x.cpu)).toFixed(1)}–${Math.max(...list.map((x) => x.cpu)).toFixed(1)}), wall ${median(list.map((x) => x.wall)).toFixed(1)} ms`;
for (const [dist, s] of samples) {
  console.log(`${dist} (${runs} runs, medians)`);
  console.log(`  PDF thread, to 'started':        ${show(s.pdfStarted)}`);
  console.log(`  PDF thread, to 'done' (sample):  ${show(s.pdfDone)}`);
  console.log(`  check worker, to its 1st result: ${show(s.check)}`);
}
