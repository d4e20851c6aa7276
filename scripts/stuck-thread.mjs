#!/usr/bin/env node
/**
 * Shows how long the built command lives when its PDF thread is stuck in one native call past the
 * file's time budget (tests/helpers/stuck-thread.cjs makes it so; tests/stuck-thread.test.ts asserts it).
 *
 *   npm run build && node scripts/stuck-thread.mjs [--timeout 2] [--stuck-seconds 90] [COMMAND…]
 *
 * COMMAND defaults to `summary stuck.pdf` (a copy of the spring-sale sample named stuck.pdf, in a
 * temporary folder that is the command's working folder). Prints the exit code, the time the process
 * lived and what it printed.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [, value] = args.splice(at, 2);
  return value;
};
const timeout = option('--timeout', '2');
const stuckSeconds = option('--stuck-seconds', '90');
const command = args.length ? args : ['summary', 'stuck.pdf'];

const dir = mkdtempSync(join(tmpdir(), 'vo-lines-stuck-'));
copyFileSync(join(root, 'samples/en-commercial/spring-sale.pdf'), join(dir, 'stuck.pdf'));
copyFileSync(join(root, 'samples/en-commercial/spring-sale.docx'), join(dir, 'stuck.docx'));
const started = Date.now();
const child = spawn(process.execPath, ['--require', join(root, 'tests/helpers/stuck-thread.cjs'), join(root, 'dist/cli/main.cjs'), ...command, '--timeout', timeout], {
  cwd: dir,
  env: { ...process.env, STUCK_SECONDS: stuckSeconds, STUCK_VERBOSE: '1' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
child.on('exit', (code, signal) => {
  process.stderr.write(`\nexit ${code ?? signal} after ${((Date.now() - started) / 1000).toFixed(1)} s (time budget ${timeout} s; stuck call ~${stuckSeconds} s)\n`);
  rmSync(dir, { recursive: true, force: true });
});
