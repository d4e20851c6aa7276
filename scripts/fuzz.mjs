#!/usr/bin/env node
// The mutation fuzzer: damages real DOCX and PDF files (the samples, the test fixtures, and the
// public corpus in ../shared/corpus/public-docx when it is there) at the zip, XML and PDF-object
// levels, runs the built CLI on each case in a child process under a time limit and a 512 MiB heap,
// and sorts the outcomes: ok, clean error, timeout (a clean error from --timeout), crash, hang,
// out of memory, modified input. Failing inputs are written with their recipe for replay.
//
//   npm run build && npm run fuzz -- --cases 300 --seed 1 [--format docx|pdf] [--jobs 2] [--out fuzz-out]
//   npm run fuzz -- --seed 1 --only 17            # case 17 of seed 1 again (same bytes, same command)
//   npm run fuzz -- --seed 1 --start 400 --cases 2600   # cases 400… of seed 1 (a stopped run, continued)
//   npm run fuzz -- --replay fuzz-out/crash/docx-s1-n17.docx
//
// Exit code 1 when any case crashed, hung, ran out of memory or changed its input.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mutateDocx } from './fuzz/docx.mjs';
import { mutatePdf } from './fuzz/pdf.mjs';
import { caseSeed, rng } from './fuzz/random.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist');
// The cases run a snapshot of dist/, beside it (so node_modules and package.json resolve the same):
// a rebuild during a long run would otherwise mix versions, or catch files half written.
const snapshot = join(root, `.fuzz-dist-${process.pid}`);
const cli = join(snapshot, 'cli', 'main.cjs');
const HEAP_MB = 512;
/** Outcomes that fail the run. */
const FAILURES = ['crash', 'hang', 'oom', 'modified'];
/** Outcomes whose inputs are kept for a look, failures first. `masked`: a clean message that quotes a JavaScript error. */
const KEPT = [...FAILURES, 'timeout', 'masked'];
/** What a JavaScript error says, as opposed to a message written for a person. */
const INTERNAL = /Cannot read propert|is not a function|is not iterable|is not defined|Maximum call stack|Invalid array length|Invalid string length|Invalid typed array|of undefined|of null|undefined is not|is undefined|\[object Object\]|NaN/;

const { values: args } = parseArgs({
  options: {
    cases: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    format: { type: 'string' },
    jobs: { type: 'string' },
    out: { type: 'string', default: 'fuzz-out' },
    only: { type: 'string' },
    // The number of the first case (to go on with a run that was stopped).
    start: { type: 'string', default: '0' },
    replay: { type: 'string' },
    // The tool's own per-file budget (--timeout), and the wall-clock limit after which a case is a hang.
    budget: { type: 'string', default: '20' },
    'hang-after': { type: 'string', default: '60' },
    quiet: { type: 'boolean', default: false },
  },
});

if (!existsSync(join(built, 'cli', 'main.cjs'))) {
  console.error('build first: npm run build');
  process.exit(2);
}
cpSync(built, snapshot, { recursive: true });
process.on('exit', () => rmSync(snapshot, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/** Seed files by format: where each comes from, and a config to put beside it (samples). */
function seedFiles() {
  const found = { docx: [], pdf: [] };
  const add = (file) => {
    const format = extname(file).slice(1).toLowerCase();
    if (!found[format]) return;
    const folder = dirname(file);
    const config = readdirSync(folder).find((f) => /^vo-lines\.config\.(json|ya?ml)$/.test(f));
    found[format].push({ file, config: config ? join(folder, config) : null });
  };
  const walk = (folder) => {
    if (!existsSync(folder)) return;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else add(path);
    }
  };
  walk(join(root, 'samples'));
  walk(join(root, 'tests', 'fixtures'));
  const corpus = resolve(root, '..', 'shared', 'corpus', 'public-docx');
  walk(corpus);
  // Inputs that broke the tool once make good seeds for more damage.
  walk(resolve(root, '..', 'shared', 'fuzz-regressions'));
  for (const list of Object.values(found)) list.sort((a, b) => (a.file < b.file ? -1 : 1));
  return { found, corpus: existsSync(corpus) ? corpus : null };
}

/** The command a case runs, drawn from the case's randomness. */
function pickCommand(random, input, format) {
  return random.weighted([
    [50, ['summary', input]],
    [8, ['lines', input, '--cues']],
    [5, ['lines', input, '--json']],
    [10, ['colors', input]],
    [4, ['export', input, '-o', 'out.csv', '--combined', '--unassigned']],
    [3, ['export', input, '-o', 'out.xlsx']],
    [2, ['export', input, '-o', 'out.md']],
    [10, ['check', input, '--format', 'json']],
    [4, ['diff', `original.${format}`, input]],
    [4, ['init', input]],
    [3, ['export', input, '-o', 'out.ttml']],
    [3, ['sides', input, '--all', '-o', 'booth.pdf']],
    [1, ['sides', input, '--all', '-o', 'booth.docx']],
  ]);
}

/** Case n of the run: its format, source, mutated bytes, notes and command. Deterministic in (seed, n). */
function makeCase(seed, n, seeds, only) {
  const random = rng(caseSeed(seed, n));
  const format = only ?? (seeds.docx.length && seeds.pdf.length ? random.pick(['docx', 'pdf']) : seeds.docx.length ? 'docx' : 'pdf');
  const source = random.pick(seeds[format]);
  const original = readFileSync(source.file);
  const { bytes, notes } = format === 'docx' ? mutateDocx(random, original) : mutatePdf(random, original);
  const input = `input.${format}`;
  const command = pickCommand(random, input, format);
  const withConfig = source.config !== null && random.chance(0.6);
  return { n, seed, format, source, original, bytes, notes, command, withConfig };
}

const sha = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** Runs one case in a fresh folder; resolves with the outcome. */
function runCase(c, options) {
  const dir = mkdtempSync(join(tmpdir(), 'vo-fuzz-'));
  const input = join(dir, `input.${c.format}`);
  writeFileSync(input, c.bytes);
  writeFileSync(join(dir, `original.${c.format}`), c.original);
  if (c.withConfig) copyFileSync(c.source.config, join(dir, basename(c.source.config)));
  const before = sha(c.bytes);
  const argv = [`--max-old-space-size=${HEAP_MB}`, cli, ...c.command, '--timeout', String(options.budget)];
  const env = { ...process.env, NO_COLOR: '1', CI: '' };
  delete env.FORCE_COLOR;
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, argv, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let stdoutBytes = 0;
    child.stdout.on('data', (chunk) => {
      stdoutBytes += chunk.length;
      if (stdout.length < 1 << 20) stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 20000) stderr += chunk.toString('utf8');
    });
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, options.hangAfter * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Date.now() - started;
      const modified = !existsSync(input) || sha(readFileSync(input)) !== before;
      rmSync(dir, { recursive: true, force: true });
      done({ outcome: classify({ command: c.command[0], code, signal, killed, stdout, stdoutBytes, stderr, modified }), code, signal, ms, stdout, stderr });
    });
  });
}

/**
 * The outcome of a run. A clean error is exit 2 with exactly one line on stderr, `vo-lines: …`,
 * that is not an "unexpected error"; anything else that is not a normal result is a crash.
 */
function classify({ command, code, signal, killed, stdout, stdoutBytes, stderr, modified }) {
  if (modified) return 'modified';
  if (killed) return 'hang';
  if (/heap out of memory|Reached heap limit|Allocation failed|ERR_WORKER_OUT_OF_MEMORY|out of memory/i.test(stderr) && !/^vo-lines: .*needs more memory/m.test(stderr)) return 'oom';
  if (signal) return 'crash';
  if (command === 'check' && (code === 0 || code === 1 || code === 2) && !stderr.trim()) {
    // check reports a file it cannot read in its output (JSON here), exit 2.
    let results;
    try {
      results = JSON.parse(stdout).files;
    } catch {
      return 'crash';
    }
    const errors = results.filter((r) => r.status === 'error').map((r) => r.error ?? {});
    if (errors.some((e) => e.code === 'unexpected' || !e.message)) return 'crash';
    if (errors.some((e) => e.code === 'timeout')) return 'timeout';
    if (errors.some((e) => INTERNAL.test(e.message))) return 'masked';
    return errors.length ? 'error' : 'ok';
  }
  const lines = stderr.split('\n').filter((l) => l.trim() !== '');
  const clean = lines.length === 1 && lines[0].startsWith('vo-lines: ') && !/unexpected error/i.test(lines[0]);
  if (code === 2) {
    if (!clean) return 'crash';
    if (/took longer than \d+/.test(lines[0])) return 'timeout';
    return INTERNAL.test(lines[0]) ? 'masked' : 'error';
  }
  if (code === 0 || code === 1) {
    if (/unexpected error|\n\s+at .+:\d+:\d+/i.test(stderr)) return 'crash';
    if (stdoutBytes === 0) return 'crash';
    return /could not be read and was skipped \([^)]*(Cannot read propert|is not a function|is not iterable|of undefined|Maximum call stack|Invalid array length)/.test(stdout) ? 'masked' : 'ok';
  }
  return 'crash';
}

function caseName(c) {
  return `${c.format}-s${c.seed}-n${c.n}`;
}

/** Keeps a failing (or timed-out) case: its input and a recipe to see it again. */
function keep(c, result, out) {
  const folder = join(out, result.outcome);
  mkdirSync(folder, { recursive: true });
  const name = caseName(c);
  const file = join(folder, `${name}.${c.format}`);
  writeFileSync(file, c.bytes);
  const shown = c.command.map((a) => (a === `input.${c.format}` ? relative(root, file) : a === `original.${c.format}` ? relative(root, c.source.file) : a));
  const recipe = {
    case: c.n,
    seed: c.seed,
    format: c.format,
    source: relative(root, c.source.file),
    config: c.withConfig ? relative(root, c.source.config) : null,
    mutations: c.notes,
    command: c.command,
    outcome: result.outcome,
    exitCode: result.code,
    signal: result.signal,
    ms: result.ms,
    stderr: result.stderr.slice(0, 3000),
    replay: `node --max-old-space-size=${HEAP_MB} dist/cli/main.cjs ${shown.join(' ')}`,
    regenerate: `npm run fuzz -- --seed ${c.seed} --only ${c.n}${args.format ? ` --format ${args.format}` : ''}`,
  };
  writeFileSync(join(folder, `${name}.json`), JSON.stringify(recipe, null, 2) + '\n');
  return file;
}

async function replay(file) {
  const format = extname(file).slice(1).toLowerCase();
  const recipeFile = file.replace(/\.(docx|pdf)$/i, '.json');
  const recipe = existsSync(recipeFile) ? JSON.parse(readFileSync(recipeFile, 'utf8')) : null;
  const command = recipe?.command ?? ['summary', `input.${format}`];
  const source = recipe ? { file: join(root, recipe.source), config: recipe.config ? join(root, recipe.config) : null } : { file, config: null };
  const c = { n: recipe?.case ?? 0, seed: recipe?.seed ?? 0, format, source, original: readFileSync(existsSync(source.file) ? source.file : file), bytes: readFileSync(file), notes: recipe?.mutations ?? [], command, withConfig: Boolean(recipe?.config) };
  const result = await runCase(c, options);
  console.log(`${relative(process.cwd(), file)}: ${result.outcome} (exit ${result.code}${result.signal ? `, ${result.signal}` : ''}, ${(result.ms / 1000).toFixed(1)} s)`);
  if (result.stderr) console.log(result.stderr.trimEnd().split('\n').slice(0, 20).join('\n'));
  process.exitCode = FAILURES.includes(result.outcome) ? 1 : 0;
}

const options = { budget: Number(args.budget), hangAfter: Number(args['hang-after']) };

async function main() {
  if (args.replay) return replay(resolve(args.replay));
  const { found, corpus } = seedFiles();
  const only = args.format === 'docx' || args.format === 'pdf' ? args.format : undefined;
  if (args.format && !only) throw new Error('--format is docx or pdf');
  const seed = Number(args.seed) >>> 0;
  const out = resolve(args.out);
  const numbers = args.only !== undefined ? [Number(args.only)] : Array.from({ length: Number(args.cases) }, (_, i) => Number(args.start) + i);
  const jobs = Math.max(1, Number(args.jobs ?? Math.min(2, availableParallelism())));
  console.log(
    `fuzz: ${numbers.length} case${numbers.length === 1 ? '' : 's'}, seed ${seed}, ${only ?? 'docx and pdf'}; seeds: ${found.docx.length} DOCX, ${found.pdf.length} PDF` +
      `${corpus ? '' : ' (no ../shared/corpus/public-docx: samples and fixtures only)'}; ${jobs} at a time, --timeout ${options.budget}, hang after ${options.hangAfter} s, heap ${HEAP_MB} MiB`,
  );
  const counts = {};
  const kept = [];
  /** The slowest cases, to see how close to the limits the tool runs. */
  const slowest = [];
  let next = 0;
  let done = 0;
  const started = Date.now();
  const worker = async () => {
    while (next < numbers.length) {
      const n = numbers[next++];
      let c;
      try {
        c = makeCase(seed, n, found, only);
      } catch (error) {
        // A bug of the fuzzer, not of vo-lines: said, counted, and the run goes on.
        console.log(`  case ${n}: the fuzzer failed to make it: ${error.stack}`);
        counts['fuzzer error'] = (counts['fuzzer error'] ?? 0) + 1;
        done++;
        continue;
      }
      const result = await runCase(c, options);
      const key = `${c.format} ${result.outcome}`;
      counts[key] = (counts[key] ?? 0) + 1;
      slowest.push({ n, ms: result.ms, outcome: result.outcome, command: c.command[0], notes: c.notes.join('; ') });
      slowest.sort((a, b) => b.ms - a.ms).splice(5);
      if (KEPT.includes(result.outcome)) {
        const file = keep(c, result, out);
        kept.push({ outcome: result.outcome, file, first: result.stderr.split('\n').find((l) => l.trim()) ?? '' });
        if (!args.quiet || FAILURES.includes(result.outcome)) console.log(`  case ${n}: ${result.outcome} (${c.format}, ${c.command[0]}, ${(result.ms / 1000).toFixed(1)} s): ${c.notes.join('; ').slice(0, 200)}`);
      }
      done++;
      if (numbers.length > 1 && done % 50 === 0) console.log(`  ${done}/${numbers.length} cases, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  console.log(`\nOutcomes after ${numbers.length} cases in ${((Date.now() - started) / 1000).toFixed(0)} s:`);
  for (const key of Object.keys(counts).sort()) console.log(`  ${key.padEnd(20)} ${counts[key]}`);
  console.log('Slowest cases:');
  for (const s of slowest) console.log(`  ${(s.ms / 1000).toFixed(1)} s  case ${s.n} (${s.command}, ${s.outcome}): ${s.notes.slice(0, 140)}`);
  const failures = kept.filter((k) => FAILURES.includes(k.outcome));
  for (const k of kept) console.log(`  ${k.outcome}: ${relative(process.cwd(), k.file)} — ${k.first.slice(0, 160)}`);
  if (kept.length) console.log(`Replay one with: npm run fuzz -- --replay ${relative(process.cwd(), kept[0].file)}`);
  console.log(failures.length ? `FAIL: ${failures.length} case(s) crashed, hung, ran out of memory or changed their input.` : 'No crash, hang, out-of-memory or modified input.');
  process.exitCode = failures.length ? 1 : 0;
}

await main();
