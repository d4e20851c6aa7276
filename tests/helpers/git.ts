/**
 * Tests that make git repositories (`check --since`): git and the CLI run with colour off, not as CI,
 * and git confined to the temporary folders (no repository above them, no GIT_* of the caller's).
 */
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = join(fileURLToPath(new URL('../..', import.meta.url)), 'dist', 'cli', 'main.cjs');

/** The environment of git and of the CLI in such a test. */
export function gitTestEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', GIT_CEILING_DIRECTORIES: dirname(tmpdir()) };
  for (const key of ['CI', 'FORCE_COLOR', 'GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_COMMON_DIR']) delete env[key];
  return env;
}

/** The built CLI run in `cwd`. */
export function runInRepo(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: gitTestEnv() });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** git in `cwd` as a test's author (no signing); its output; throws on failure. */
export function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8', env: gitTestEnv() });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}
