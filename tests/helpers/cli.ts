/**
 * The built CLI as a user runs it, for tests: `node dist/cli/main.cjs ARGS` in a folder, colour pinned
 * off whatever the caller's FORCE_COLOR, NO_COLOR or CI (plainEnv), the output as text.
 */
import { spawnSync } from 'node:child_process';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plainEnv } from './env.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(ROOT, 'dist', 'cli', 'main.cjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `env`: variables to add (SOURCE_DATE_EPOCH…); `node`: Node's own options before the CLI. */
export function runCli(args: readonly string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}, node: readonly string[] = []): CliResult {
  const vars = plainEnv(env);
  delete vars.CI;
  const result = spawnSync(process.execPath, [...node, CLI, ...args], { cwd, encoding: 'utf8', env: vars });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A path as the CLI run from `cwd` shows it (cli/paths.ts): relative to its working folder when that
 * is shorter, as typed otherwise. Where the temporary folder lies relative to the clone is not fixed
 * (a clone in /tmp shows /tmp/x as ../x).
 */
export function shownPath(path: string, cwd = ROOT): string {
  const rel = relative(cwd, path);
  return rel && !isAbsolute(rel) && rel.length < path.length ? rel : path;
}
