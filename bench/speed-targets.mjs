// Shared by the benchmarks (a helper: its name has a hyphen, so run.mjs does not run it).
// Whole processes timed in turns, medians, and the speed targets of issue 12, each recorded with
// its ratio in bench/out/targets.json so `npm run bench` can print them all at the end.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = dirname(HERE);
export const OUT = join(HERE, 'out');
export const CLI = join(ROOT, 'dist', 'cli', 'main.cjs');
const TARGETS = join(OUT, 'targets.json');

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** `--runs N` from the command line (or BENCH_RUNS), else `fallback`. */
export function runsArg(fallback) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--runs');
  const value = Number(at >= 0 ? args[at + 1] : (process.env.BENCH_RUNS ?? fallback));
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export function requireBuild() {
  if (!existsSync(CLI)) {
    console.log('build first: npm run build   (dist/cli/main.cjs does not exist; nothing timed)');
    process.exit(1);
  }
}

/**
 * Settings of the host that make every Node process start slower by the same amount, whatever it
 * runs: NODE_EXTRA_CA_CERTS (Node reads and parses that certificate file as it starts, before any
 * script: ~95 ms per process on the seventh to ninth sessions' machine, where bare `node -e 0` took
 * 139 ms with it and 46 ms without). Such a constant is the host's, not a tool's: it would shrink the
 * start-up ratios (against bare Node) and swell the ratios against a peer. Every process the
 * benchmarks time runs without it (children inherit this process's environment) unless
 * BENCH_KEEP_ENV=1; `machine()` says which.
 */
const HOST_START_COSTS = ['NODE_EXTRA_CA_CERTS'];
// (A benchmark run by bench/run.mjs finds them removed already: BENCH_REMOVED_ENV says which.)
const removedFromEnv = process.env.BENCH_KEEP_ENV
  ? []
  : [...new Set([...(process.env.BENCH_REMOVED_ENV ?? '').split(',').filter(Boolean), ...HOST_START_COSTS.filter((name) => process.env[name] !== undefined)])];
for (const name of removedFromEnv) delete process.env[name];
if (removedFromEnv.length) process.env.BENCH_REMOVED_ENV = removedFromEnv.join(',');
const keptInEnv = HOST_START_COSTS.filter((name) => process.env[name] !== undefined);

export function machine() {
  const env = removedFromEnv.length
    ? `; timed without ${removedFromEnv.join(', ')} (set on this host; BENCH_KEEP_ENV=1 keeps it)`
    : keptInEnv.length
      ? `; timed WITH ${keptInEnv.join(', ')} (BENCH_KEEP_ENV): every Node process starts slower by the same amount`
      : '';
  return `${cpus()[0]?.model?.trim() ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, ${process.platform}-${process.arch}${env}`;
}

export function loadNote(before, after = loadavg()[0]) {
  const cores = cpus().length;
  const busy = Math.max(before, after) > cores * 0.75;
  return `1-min load average ${before.toFixed(2)} before, ${after.toFixed(2)} after${busy ? ` — BUSY MACHINE (${cores} cores): wall-clock times are inflated and noisy` : ''}`;
}

// Peak RSS (KiB), user and system CPU seconds, from GNU time when it works.
const scratch = mkdtempSync(join(tmpdir(), 'vo-lines-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const rssFile = join(scratch, 'usage');
const TIME_FORMAT = '%M %U %S';
const gnuTime = (() => {
  if (process.env.BENCH_NO_GNU_TIME || !existsSync('/usr/bin/time')) return false;
  const r = spawnSync('/usr/bin/time', ['-f', TIME_FORMAT, '-o', rssFile, process.execPath, '-e', '0']);
  return r.status === 0 && /^\d+ [\d.]+ [\d.]+$/.test(readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '');
})();
// Without GNU time: a preload writes process.resourceUsage() at exit (it then counts in the time).
const PROBE =
  'data:text/javascript,' +
  encodeURIComponent(
    "import { writeFileSync } from 'node:fs';" +
      "process.on('exit', () => { const u = process.resourceUsage();" +
      "writeFileSync(process.env.VO_LINES_BENCH_RSS, `${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}`); });",
  );
export const memoryMethod = gnuTime ? 'max RSS and CPU from /usr/bin/time' : 'max RSS and CPU from process.resourceUsage(), written at exit by a --import preload';

/**
 * Runs `node ...nodeArgs` once: wall milliseconds, CPU milliseconds (user + system), peak RSS in MB
 * (MB = 1024 KiB), stdout. Exits the benchmark when the process fails.
 */
export function timeNode(label, nodeArgs, options = {}) {
  rmSync(rssFile, { force: true });
  const args = gnuTime ? nodeArgs : ['--import', PROBE, ...nodeArgs];
  const [command, argv] = gnuTime ? ['/usr/bin/time', ['-f', TIME_FORMAT, '-o', rssFile, process.execPath, ...args]] : [process.execPath, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(command, argv, {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, VO_LINES_BENCH_RSS: rssFile, NO_COLOR: '1', ...(options.env ?? {}) },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const ok = options.okStatus ?? [0];
  if (r.error || r.signal || !ok.includes(r.status)) {
    console.log(`\n${label} failed (exit ${r.status}${r.signal ? `, signal ${r.signal}` : ''}${r.error ? `, ${r.error.message}` : ''}): node ${nodeArgs.join(' ')}`);
    if (r.stderr) console.log(r.stderr.trimEnd().split('\n').slice(-15).map((l) => '  ' + l).join('\n'));
    process.exit(1);
  }
  let [rssKiB, user, sys] = [NaN, NaN, NaN];
  try {
    [rssKiB, user, sys] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  } catch {
    /* not measured */
  }
  return { ms, cpuMs: (user + sys) * 1000, rssMB: rssKiB / 1024, stdout: r.stdout };
}

/**
 * Times each contender `runs` times after one warm-up each, in turns (the order turns every round,
 * so machine load hits all alike). Returns per label: median wall and CPU ms, peak RSS, the runs.
 */
export function race(contenders, runs, { quiet = false } = {}) {
  const samples = new Map(contenders.map((c) => [c.label, []]));
  for (const c of contenders) c.warm = timeNode(c.label, c.args, c);
  for (let round = 0; round < runs; round++) {
    const order = contenders.map((_, k) => contenders[(k + round) % contenders.length]);
    for (const c of order) samples.get(c.label).push(timeNode(c.label, c.args, c));
  }
  const result = {};
  for (const c of contenders) {
    const s = samples.get(c.label);
    result[c.label] = {
      medianMs: median(s.map((x) => x.ms)),
      medianCpuMs: median(s.map((x) => x.cpuMs)),
      peakRssMB: Math.max(...s.map((x) => x.rssMB)),
      runsMs: s.map((x) => Math.round(x.ms)),
      stdout: c.warm.stdout,
    };
    if (!quiet) {
      const r = result[c.label];
      console.log(`  ${c.label.padEnd(44)} median ${fmtMs(r.medianMs).padStart(9)}  CPU ${fmtMs(r.medianCpuMs).padStart(9)}  peak ${r.peakRssMB.toFixed(0).padStart(4)} MB   runs ${r.runsMs.join(', ')}`);
    }
  }
  return result;
}

export const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/**
 * Prints one target and records it for run.mjs's table: `value` against `limit` (`<=`, `<` or `>=`);
 * `cpu` is the same ratio in CPU time, for reference.
 */
export function target({ name, value, limit, op = '<=', unit = '×', cpu, note }) {
  const met = op === '<=' ? value <= limit : op === '<' ? value < limit : value >= limit;
  const shown = unit === '×' ? `${value.toFixed(2)}×` : `${value.toFixed(0)} ${unit}`;
  const line = `  TARGET ${name}: ${shown} (target ${op} ${limit}${unit === '×' ? '×' : ` ${unit}`})${cpu !== undefined ? `, CPU ratio ${cpu.toFixed(2)}×` : ''} — ${met ? 'MET' : 'NOT MET'}${note ? `  (${note})` : ''}`;
  console.log(line);
  mkdirSync(OUT, { recursive: true });
  const all = existsSync(TARGETS) ? JSON.parse(readFileSync(TARGETS, 'utf8')) : [];
  all.push({ name, value, limit, op, unit, cpu, met, note: note ?? null, date: new Date().toISOString() });
  writeFileSync(TARGETS, `${JSON.stringify(all, null, 2)}\n`);
  return met;
}

/** run.mjs: start a fresh list of targets; print them all. */
export function clearTargets() {
  rmSync(TARGETS, { force: true });
}
export function printTargets() {
  if (!existsSync(TARGETS)) return;
  const all = JSON.parse(readFileSync(TARGETS, 'utf8'));
  console.log('== speed targets (issue 12), ratios measured against a peer in the same run ==');
  console.log(`  ${machine()}`);
  for (const t of all) {
    const shown = t.unit === '×' ? `${t.value.toFixed(2)}×` : `${t.value.toFixed(0)} ${t.unit}`;
    const goal = `${t.op} ${t.limit}${t.unit === '×' ? '×' : ` ${t.unit}`}`;
    console.log(`  ${t.met ? 'MET    ' : 'NOT MET'}  ${t.name.padEnd(58)} ${shown.padStart(9)}  (target ${goal}${t.cpu !== undefined && t.cpu !== null ? `; CPU ${t.cpu.toFixed(2)}×` : ''})`);
  }
}
