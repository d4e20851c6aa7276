/**
 * The V8 flags the command line runs with (Node only). The launcher (launch.ts) sets them before any
 * of vo-lines is compiled; the build (scripts/bundle-cli.mjs) sets them too when it makes the code
 * caches the command line uses, because V8 accepts a code cache only under the flags it was made with.
 * The library sets none: a host's V8 is the host's.
 *
 * `--no-turbo-inlining`: a run of vo-lines is short — one script, or a batch of small scripts in
 * threads that each start cold — and V8's optimising compiler spent most of its time inlining callees
 * into our scanner's and casting's loops: on the 2-core machines we measure on, its background threads
 * took as much CPU as the command's own work and kept the main thread waiting for a core. Without
 * inlining the same code is optimised at a fraction of that cost (bench/README.md: the LibreOffice
 * script's summary −13% time and −19% CPU, `check` of 200 scripts −20–25% CPU, nothing slower).
 * Outputs do not depend on it. Measured on Node 20 only, so only Node 20 gets it; later Nodes (a
 * faster mid-tier compiler, Maglev, on by default) keep V8's defaults.
 */
import { setFlagsFromString } from 'node:v8';

export const CLI_V8_FLAGS: readonly string[] = process.versions.node.split('.')[0] === '20' ? ['--no-turbo-inlining'] : [];

/** Sets CLI_V8_FLAGS in this process (all its threads): call before the code they concern is compiled. */
export function setCliV8Flags(): void {
  for (const flag of CLI_V8_FLAGS) setFlagsFromString(flag);
}
