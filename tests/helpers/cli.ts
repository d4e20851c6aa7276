/**
 * The built CLI as a user runs it, for tests: `node dist/cli/main.cjs ARGS` in a folder, colour pinned
 * off whatever the caller's FORCE_COLOR, NO_COLOR or CI (plainEnv), the output as text.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
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
