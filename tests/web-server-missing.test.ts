/**
 * `vo-lines web` keeps serving when the page's files go missing while it runs (vo-lines reinstalled or rebuilt
 * meanwhile): the request gets a 503 that says so, and the server stays up. Before (probe14), the server died
 * with a stack trace (ENOENT … dist/web/index.html) at the next request. Run on a copy of the build.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';
import { plainEnv } from './helpers/env.js';

const copy = mkdtempSync(join(tmpdir(), 'vo-lines-web-missing-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

it('a page file gone after the start: 503 with what to do, and the server still answers', async () => {
  cpSync(join(ROOT, 'dist'), join(copy, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const child = spawn(process.execPath, [join(copy, 'dist/cli/main.cjs'), 'web', '--no-open', '--port', '0'], { cwd: copy, env: plainEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.on('exit', (code) => reject(new Error(`vo-lines web exited (${code})`)));
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
      });
    });
    expect((await fetch(url)).status).toBe(200);
    rmSync(join(copy, 'dist/web/index.html'));
    const missing = await fetch(url);
    expect(missing.status).toBe(503);
    expect(await missing.text()).toBe("The page's file index.html is missing (vo-lines was reinstalled or rebuilt while this server ran): stop vo-lines web and start it again.\n");
    expect(child.exitCode).toBeNull();
    expect((await fetch(new URL('favicon.svg', url))).status).toBe(200);
  } finally {
    child.kill('SIGTERM');
  }
});
