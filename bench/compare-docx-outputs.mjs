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
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cliArguments, compareCliOutputs, filesUnder, root } from './compare-common.mjs';

const { oldCli, newCli, folders } = cliArguments(process.argv.slice(2), 'node bench/compare-docx-outputs.mjs OLD_CLI [NEW_CLI] [FOLDER…]');

const defaults = [join(root, 'samples'), join(root, 'tests', 'fixtures'), '/work/shared/corpus/public-docx'].filter((dir) => existsSync(dir));
// Word's lock files (`~$…`) are no scripts.
const files = (folders.length ? folders.map((f) => resolve(f)) : defaults).flatMap((dir) =>
  filesUnder(dir, (name) => name.toLowerCase().endsWith('.docx') && !name.startsWith('~$')),
);
const commands = [
  ['summary', '--json', '--timeout', '0'],
  ['lines', '--json', '--timeout', '0'],
  ['colors', '--json', '--timeout', '0'],
];
const { outputs, same, differ } = await compareCliOutputs(files, commands, oldCli, newCli);
console.log(`${files.length} DOCX files, ${outputs} outputs: ${same} identical, ${differ} different (old ${oldCli}, new ${newCli})`);
process.exit(differ ? 1 : 0);
