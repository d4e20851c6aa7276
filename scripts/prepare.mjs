#!/usr/bin/env node
// `npm prepare`: builds dist/ from src/, from scratch, where there is a src/ — a clone after
// `npm install`, `npm pack`, or npm preparing vo-lines as a git dependency (pre-commit installs
// its hook that way: `npm install -g git+file://…`). A packed package has no src/: nothing to do.
//
// When npm prepares a git dependency for a global install it does not put the dev dependencies
// the build needs (TypeScript) in the clone, so they are installed here first, into this folder.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(root, 'src'))) process.exit(0);

/** npm as the running npm (npm_execpath), else from PATH; the global/prefix settings of a global install dropped. */
function npm(args) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^npm_config_(global|prefix|location)$/i.test(key)) delete env[key];
  const cli = process.env.npm_execpath;
  const [command, argv] = cli && /\.c?js$/.test(cli) ? [process.execPath, [cli, ...args]] : ['npm', args];
  const result = spawnSync(command, argv, { cwd: root, env, stdio: 'inherit', shell: process.platform === 'win32' && command === 'npm' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(join(root, 'node_modules', 'typescript', 'package.json'))) {
  npm(['install', '--include=dev', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', '--global=false']);
}
rmSync(join(root, 'dist'), { recursive: true, force: true });
npm(['run', 'build']);
