#!/usr/bin/env node
// Compares two builds' outputs on every DOCX under the given folders (default: samples,
// tests/fixtures, and /work/shared/corpus/public-docx when present): `summary --json`, `lines --json`
// and `colors --json` of each, byte for byte (exit status, stdout and stderr), run the same way (from
// the file's folder, so with the same configs; `--timeout 0`, so that a busy machine times nothing
// out). For a speed change that must change no output:
//
//   node bench/compare-docx-outputs.mjs OLD_CLI [NEW_CLI] [FOLDER…]
//
// OLD_CLI, NEW_CLI: a build's dist/cli/main.cjs (NEW_CLI defaults to this worktree's). Prints each
// output that differs (and the first differing line), then the counts; exits 1 when any differs.
// Two processes at a time (JOBS to change).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { firstDifference, root } from './compare-common.mjs';

const [oldCli, newArg, ...folderArgs] = process.argv.slice(2);
if (!oldCli || !existsSync(oldCli)) {
  console.error('usage: node bench/compare-docx-outputs.mjs OLD_CLI [NEW_CLI] [FOLDER…]');
  process.exit(2);
}
const newCli = newArg && newArg.endsWith('.cjs') ? newArg : join(root, 'dist/cli/main.cjs');
const folders = newArg && !newArg.endsWith('.cjs') ? [newArg, ...folderArgs] : folderArgs;

/** Every `.docx` below `dir`, sorted by name, skipping node_modules, hidden folders and Word's lock files (`~$…`). */
function docxUnder(dir, found = []) {
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) docxUnder(path, found);
    else if (name.toLowerCase().endsWith('.docx') && !name.startsWith('~$')) found.push(path);
  }
  return found;
}

const defaults = [join(root, 'samples'), join(root, 'tests', 'fixtures'), '/work/shared/corpus/public-docx'].filter((dir) => existsSync(dir));
const files = (folders.length ? folders.map((f) => resolve(f)) : defaults).flatMap((dir) => docxUnder(dir));

const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;

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

const commands = [
  ['summary', '--json', '--timeout', '0'],
  ['lines', '--json', '--timeout', '0'],
  ['colors', '--json', '--timeout', '0'],
];
const jobs = [];
for (const file of files) for (const command of commands) jobs.push({ file, command });

let same = 0;
const differ = [];
let next = 0;
async function worker() {
  while (next < jobs.length) {
    const job = jobs[next++];
    const cwd = dirname(job.file);
    const args = [job.command[0], job.file, ...job.command.slice(1)];
    const [a, b] = await Promise.all([run(oldCli, args, cwd), run(newCli, args, cwd)]);
    if (a === b) {
      same++;
      continue;
    }
    const la = a.split('\n');
    const lb = b.split('\n');
    const i = firstDifference(la, lb);
    differ.push(job);
    console.log(`DIFFERS ${job.command[0]} ${relative(root, job.file)} at line ${i + 1}:\n  old: ${(la[i] ?? '').slice(0, 300)}\n  new: ${(lb[i] ?? '').slice(0, 300)}`);
  }
}
await Promise.all(Array.from({ length: Number(process.env.JOBS ?? 2) }, worker));
console.log(`${files.length} DOCX files, ${jobs.length} outputs: ${same} identical, ${differ.length} different (old ${oldCli}, new ${newCli})`);
process.exit(differ.length ? 1 : 0);
