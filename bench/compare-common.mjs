// What the two-build comparison tools (compare-pdf-scripts.mjs, compare-pdf-outputs.mjs,
// compare-docx-outputs.mjs) share: the files under the folders given, where two outputs part, and
// the run of both builds' CLIs on each file.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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
