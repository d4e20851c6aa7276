// What the two-build comparison tools (compare-pdf-scripts.mjs, compare-pdf-outputs.mjs,
// compare-docx-outputs.mjs, compare-analyses.mjs) share: the files under the folders given, the
// command line, JSON of what a build makes, where two outputs part, and the run of both builds' CLIs
// on each file.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Every file below `dir` whose name `accept`s, sorted by name, skipping node_modules and hidden
 * folders; `dir` itself when it is such a file.
 */
export function filesUnder(dir, accept, found = []) {
  if (statSync(dir).isFile()) {
    if (accept(basename(dir))) found.push(dir);
    return found;
  }
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesUnder(path, accept, found);
    else if (accept(name)) found.push(path);
  }
  return found;
}

/** The folders given (resolved from the working directory), or tests, samples and bench/out. */
export function foldersOr(folders) {
  return folders.length ? folders.map((f) => resolve(f)) : ['tests', 'samples', 'bench/out'].map((f) => join(root, f));
}

/** The PDFs under `folders` (resolved from the working directory), or under the default folders. */
export function pdfsIn(folders) {
  return foldersOr(folders).flatMap((dir) => filesUnder(dir, (name) => name.toLowerCase().endsWith('.pdf')));
}

/** The index of the first item where `a` and `b` differ (their common length when one starts the other). */
export function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * `OLD_CLI [NEW_CLI] [FOLDER…]` from the command line: both CLIs as absolute paths (each is run from
 * the file's folder), NEW_CLI defaulting to this worktree's build; exits 2 with `usage` without OLD_CLI.
 */
export function cliArguments(argv, usage) {
  const [oldArg, newArg, ...folderArgs] = argv;
  if (!oldArg || !existsSync(oldArg)) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  const newCli = newArg && newArg.endsWith('.cjs') ? resolve(newArg) : join(root, 'dist/cli/main.cjs');
  const folders = newArg && !newArg.endsWith('.cjs') ? [newArg, ...folderArgs] : folderArgs;
  return { oldCli: resolve(oldArg), newCli, folders };
}

/**
 * `OLD_DIST [NEW_DIST] [FOLDER…]` from the command line: a build's dist folder is one that holds
 * `marker` (a module the tool loads, from the dist folder); NEW_DIST defaults to this worktree's;
 * exits 2 with `usage` without OLD_DIST.
 */
export function distArguments(argv, marker, usage) {
  const [oldDist, newArg, ...folderArgs] = argv;
  const isDist = (p) => p && existsSync(join(p, marker));
  if (!isDist(oldDist)) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  const newDist = isDist(newArg) ? newArg : join(root, 'dist');
  const folders = isDist(newArg) ? folderArgs : [newArg, ...folderArgs].filter(Boolean);
  return { oldDist, newDist, folders };
}

/** JSON of anything a Script or a report holds (Maps, Sets, typed arrays, undefined kept apart from absent). */
export function stable(value) {
  return JSON.stringify(value, (_key, v) => {
    if (v instanceof Map) return { Map: [...v] };
    if (v instanceof Set) return { Set: [...v] };
    if (ArrayBuffer.isView(v)) return { [v.constructor.name]: [...v] };
    if (v === undefined) return '(undefined)';
    if (typeof v === 'number' && !Number.isFinite(v)) return `(${v})`;
    return v;
  });
}

const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;

/** One CLI run's exit status, stdout and stderr as one text. */
function run(cli, args, cwd) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('close', (code) => done(`exit ${code}\n${Buffer.concat(out).toString('utf8')}\n--stderr--\n${Buffer.concat(err).toString('utf8')}`));
  });
}

/**
 * Runs each command (`[name, ...options]`) on each file with both CLIs, from the file's folder, JOBS
 * (default 2) at a time; prints each output that differs (its first differing line). Returns the counts.
 */
export async function compareCliOutputs(files, commands, oldCli, newCli) {
  const jobs = [];
  for (const file of files) for (const command of commands) jobs.push({ file, command });
  let same = 0;
  let differ = 0;
  let next = 0;
  async function worker() {
    while (next < jobs.length) {
      const job = jobs[next++];
      const args = [job.command[0], job.file, ...job.command.slice(1)];
      const [a, b] = await Promise.all([run(oldCli, args, dirname(job.file)), run(newCli, args, dirname(job.file))]);
      if (a === b) {
        same++;
        continue;
      }
      const la = a.split('\n');
      const lb = b.split('\n');
      const i = firstDifference(la, lb);
      differ++;
      console.log(`DIFFERS ${job.command[0]} ${relative(root, job.file)} at line ${i + 1}:\n  old: ${(la[i] ?? '').slice(0, 300)}\n  new: ${(lb[i] ?? '').slice(0, 300)}`);
    }
  }
  await Promise.all(Array.from({ length: Number(process.env.JOBS ?? 2) }, worker));
  return { outputs: jobs.length, same, differ };
}
