#!/usr/bin/env node
// Compares two builds' outputs on every PDF under the given folders (default: tests, samples,
// bench/out): `summary --json` and `lines --json` of each, byte for byte, run the same way (the
// same folder, so the same configs; `--timeout 0`, so that a busy machine times nothing out).
// For a speed change that must change no output:
//
//   node bench/compare-pdf-outputs.mjs OLD_CLI [NEW_CLI] [FOLDER…]
//
// OLD_CLI, NEW_CLI: a build's dist/cli/main.cjs (NEW_CLI defaults to this worktree's). Prints
// each PDF that differs (and the first differing line), then the counts; exits 1 when any differs.
// Two processes at a time (JOBS to change).
import { cliArguments, compareCliOutputs, pdfsIn } from './compare-common.mjs';

const { oldCli, newCli, folders } = cliArguments(process.argv.slice(2), 'node bench/compare-pdf-outputs.mjs OLD_CLI [NEW_CLI] [FOLDER…]');
const pdfs = pdfsIn(folders);
const commands = [
  ['summary', '--json', '--timeout', '0'],
  ['lines', '--json', '--timeout', '0'],
];
const { outputs, same, differ } = await compareCliOutputs(pdfs, commands, oldCli, newCli);
console.log(`${pdfs.length} PDFs, ${outputs} outputs: ${same} identical, ${differ} different (old ${oldCli}, new ${newCli})`);
process.exit(differ ? 1 : 0);
