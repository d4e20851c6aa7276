#!/usr/bin/env node
// DOCX speed benchmark: vo-lines `summary` on a ~500-page script against mammoth's raw-text
// extraction of the same file, both as whole processes (Node startup included), same run.
//
// Usage: node bench/docx.mjs [--runs N]      (default 5 timed runs per tool, after 1 warm-up each)
// Prints numbers and targets; never asserts. Exit 0 unless a tool crashed (or the CLI is not built).

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLargeDocx } from './build-large-docx.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(HERE);
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const MAMMOTH_RUNNER = join(HERE, 'mammoth-raw.cjs');
const RESULTS = join(HERE, 'out', 'docx-results.json');

const TARGET_RATIO = 0.3;
const TARGET_RSS_MB = 300;

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = Math.max(1, Number(runsArg >= 0 ? args[runsArg + 1] : process.env.BENCH_RUNS ?? 5) || 5);

console.log('== DOCX benchmark: vo-lines summary vs mammoth.extractRawText ==');

if (!existsSync(CLI)) {
  console.log(`build first: npm run build   (${relative(ROOT, CLI)} does not exist; nothing timed)`);
  process.exit(1);
}

// --- the input --------------------------------------------------------------------------------
const built = buildLargeDocx();
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
console.log(
  `input: ${relative(ROOT, built.docx)}  ${mb(built.docxBytes)} MB zipped, document.xml ${mb(built.documentXmlBytes)} MB, ` +
    `~${built.pages} pages, ${built.words} words, ${built.paragraphs} paragraphs, ${built.runs} runs, ${built.tables} tables`,
);
console.log(`       sha256 ${built.sha256.slice(0, 16)}…  config ${relative(ROOT, built.config)}`);

// --- how peak memory is measured ---------------------------------------------------------------
const scratch = mkdtempSync(join(tmpdir(), 'vo-lines-bench-'));
const rssFile = join(scratch, 'maxrss');
// Peak RSS (KiB), user and system CPU seconds.
const TIME_FORMAT = '%M %U %S';
function gnuTimeWorks() {
  if (process.env.BENCH_NO_GNU_TIME || !existsSync('/usr/bin/time')) return false;
  const r = spawnSync('/usr/bin/time', ['-f', TIME_FORMAT, '-o', rssFile, process.execPath, '-e', '0']);
  return r.status === 0 && /^\d+ [\d.]+ [\d.]+$/.test(readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '');
}
const useGnuTime = gnuTimeWorks();
// Fallback: a preload that writes process.resourceUsage() maxRSS (KiB) and CPU seconds at exit.
const PROBE =
  'data:text/javascript,' +
  encodeURIComponent(
    "import { writeFileSync } from 'node:fs';" +
      "process.on('exit', () => { const u = process.resourceUsage();" +
      "writeFileSync(process.env.VO_LINES_BENCH_RSS, `${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}`); });",
  );
const memoryMethod = useGnuTime
  ? 'max RSS from /usr/bin/time -f %M'
  : 'max RSS from process.resourceUsage().maxRSS, written at exit by a --import preload';

// --- the two commands ----------------------------------------------------------------------------
const tools = {
  'vo-lines': [CLI, 'summary', built.docx, '--config', built.config],
  mammoth: [MAMMOTH_RUNNER, built.docx],
};

function runOnce(name) {
  rmSync(rssFile, { force: true });
  const nodeArgs = useGnuTime ? tools[name] : ['--import', PROBE, ...tools[name]];
  const [cmd, argv] = useGnuTime
    ? ['/usr/bin/time', ['-f', TIME_FORMAT, '-o', rssFile, process.execPath, ...nodeArgs]]
    : [process.execPath, nodeArgs];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, VO_LINES_BENCH_RSS: rssFile, NO_COLOR: '1' },
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error || r.status !== 0 || r.signal) {
    console.log(`\n${name} failed (exit ${r.status}${r.signal ? `, signal ${r.signal}` : ''}${r.error ? `, ${r.error.message}` : ''}):`);
    console.log(`  command: node ${tools[name].map((a) => relative(ROOT, a) || a).join(' ')}`);
    if (r.stderr) console.log(r.stderr.trimEnd().split('\n').slice(-20).map((l) => '  ' + l).join('\n'));
    if (r.stdout) console.log(r.stdout.trimEnd().split('\n').slice(-10).map((l) => '  ' + l).join('\n'));
    process.exit(1);
  }
  let [rssKiB, user, sys] = [NaN, NaN, NaN];
  try {
    // GNU time may add a "Command exited with non-zero status" line first; the numbers are last.
    [rssKiB, user, sys] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  } catch {
    /* no measurement */
  }
  return { ms, cpuMs: (user + sys) * 1000, rssMB: rssKiB / 1024, stdout: r.stdout };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// --- warm-up, then alternate the tools so drift hits both alike ---------------------------------
console.log(`\nwarm-up: 1 run each; timed: ${RUNS} runs each, alternating${RUNS < 5 ? '  (fewer than 5: not a reportable measurement)' : ''}`);
const warm = { 'vo-lines': runOnce('vo-lines'), mammoth: runOnce('mammoth') };
console.log('\nvo-lines output (warm-up run):');
console.log(warm['vo-lines'].stdout.trimEnd().split('\n').slice(0, 20).map((l) => '  | ' + l).join('\n'));
console.log(`  words the builder wrote, by voice: ${Object.entries(built.wordsByVoice).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`  ${warm.mammoth.stdout.trim()}`);

const loadBefore = loadavg()[0];
const samples = { 'vo-lines': [], mammoth: [] };
for (let i = 0; i < RUNS; i++) {
  for (const name of i % 2 ? ['mammoth', 'vo-lines'] : ['vo-lines', 'mammoth']) {
    const s = runOnce(name);
    samples[name].push(s);
    process.stdout.write(`  run ${i + 1}/${RUNS} ${name.padEnd(8)} ${(s.ms / 1000).toFixed(2)} s  (CPU ${(s.cpuMs / 1000).toFixed(2)} s)  ${s.rssMB.toFixed(0)} MB\n`);
  }
}
rmSync(scratch, { recursive: true, force: true });

// --- report ----------------------------------------------------------------------------------
const stat = (name) => {
  const ms = samples[name].map((s) => s.ms);
  const rss = samples[name].map((s) => s.rssMB);
  const cpu = samples[name].map((s) => s.cpuMs);
  return {
    medianMs: median(ms),
    minMs: Math.min(...ms),
    maxMs: Math.max(...ms),
    medianCpuMs: median(cpu),
    peakRssMB: Math.max(...rss),
    runsMs: ms,
    runsCpuMs: cpu,
  };
};
const vo = stat('vo-lines');
const ma = stat('mammoth');
const ratio = vo.medianMs / ma.medianMs;
const cpuRatio = vo.medianCpuMs / ma.medianCpuMs;
const loadAfter = loadavg()[0];
const cores = cpus().length;
const ratioMet = ratio <= TARGET_RATIO;
const rssMet = vo.peakRssMB < TARGET_RSS_MB;
const sec = (ms) => (ms / 1000).toFixed(2) + ' s';
const yes = (ok) => (ok ? 'MET' : 'NOT MET');

console.log('\nresults (whole processes, Node startup included):');
console.log(`  vo-lines summary   median ${sec(vo.medianMs)}  (min ${sec(vo.minMs)}, max ${sec(vo.maxMs)}; CPU ${sec(vo.medianCpuMs)})  peak RSS ${vo.peakRssMB.toFixed(0)} MB`);
console.log(`  mammoth raw text   median ${sec(ma.medianMs)}  (min ${sec(ma.minMs)}, max ${sec(ma.maxMs)}; CPU ${sec(ma.medianCpuMs)})  peak RSS ${ma.peakRssMB.toFixed(0)} MB`);
console.log(`  ratio vo-lines/mammoth  ${ratio.toFixed(3)}   target <= ${TARGET_RATIO}   ${yes(ratioMet)}   (wall-clock medians)`);
console.log(`  CPU-time ratio          ${cpuRatio.toFixed(3)}   (user+system medians; for reference, less sensitive to a busy machine)`);
console.log(`  vo-lines peak memory    ${vo.peakRssMB.toFixed(0)} MB   target < ${TARGET_RSS_MB} MB   ${yes(rssMet)}`);
console.log(`  memory measured as: ${memoryMethod} (MB = 1024 KiB)`);
const machine = `${cpus()[0]?.model?.trim() ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, ${process.platform}-${process.arch}`;
console.log(`  machine: ${machine}; ${new Date().toISOString()}`);
console.log(`  1-min load average: ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after the timed runs` +
  (Math.max(loadBefore, loadAfter) > cores * 0.75 ? `  — BUSY MACHINE (${cores} cores): wall-clock times are inflated and noisy` : ''));

writeFileSync(
  RESULTS,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine,
      input: { sha256: built.sha256, pages: built.pages, words: built.words, documentXmlBytes: built.documentXmlBytes },
      runs: RUNS,
      memoryMethod,
      voLines: vo,
      mammoth: ma,
      ratio,
      cpuRatio,
      loadAverage: { before: loadBefore, after: loadAfter },
      targets: { ratio: TARGET_RATIO, ratioMet, peakRssMB: TARGET_RSS_MB, peakRssMet: rssMet },
    },
    null,
    2,
  ) + '\n',
);
console.log(`  (also written to ${relative(ROOT, RESULTS)})`);
