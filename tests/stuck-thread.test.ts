/**
 * A thread stuck in work V8 cannot interrupt (one long native call) must not keep vo-lines alive
 * past a file's time budget: the command prints its one-line `timeout` error (or `check` its report)
 * and ends at once with its exit code, though `worker.terminate()` and `process.exit()` would wait
 * for the stuck call to end. A library host is not kept alive by the abandoned thread either.
 *
 * The threads are the real ones, started as the built command starts them; tests/helpers/stuck-thread.cjs
 * (a `--require` preload, which threads inherit) makes the read of any file named `stuck…` run into
 * one native call of ~90 s (≥ 30 s on a busy machine). Each run is killed by the guard at 40 s: on
 * code that waits for the thread, the run is killed and the test fails.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainEnv } from './helpers/env.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.cjs');
const preload = join(root, 'tests', 'helpers', 'stuck-thread.cjs');
/**
 * The budget given, and the bound within which the process must be gone: well under the stuck call
 * (≥ 30 s), which a process waiting for it would outlive, and far over the few seconds a run takes
 * alone (≤ 4 s here), since CI runs these beside other suites on two cores, one of them held by the
 * stuck call itself until the process ends (11 s seen there for the check worker's run).
 */
const BUDGET_S = 2;
const GONE_MS = 25_000;
const GUARD_MS = 40_000;

let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vo-lines-stuck-'));
  for (const name of ['stuck.pdf', 'ok.pdf', 'closing.pdf', 'after.pdf']) copyFileSync(join(root, 'samples/en-commercial/spring-sale.pdf'), at(name));
  for (const name of ['a.docx', 'b.docx', 'stuck.docx', 'c.docx']) copyFileSync(join(root, 'samples/en-commercial/spring-sale.docx'), at(name));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `node --require stuck-thread.cjs ARGS`; `ms`: how long the process lived. */
function run(args: string[]) {
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--require', preload, ...args], { cwd: dir, encoding: 'utf8', env: plainEnv(), timeout: GUARD_MS, maxBuffer: 1 << 26 });
  return { ...result, ms: Date.now() - started };
}

const timeoutLine = (file: string, seconds: number) =>
  `vo-lines: ${file} took longer than ${seconds} s to read and was stopped: the file is damaged or far larger than a script. If it is a real script, allow more time with --timeout SECONDS.\n`;

describe('a PDF thread stuck in one native call past the time budget', () => {
  it('summary: the one-line timeout error, exit 2, and the process is gone soon after', () => {
    const result = run([cli, 'summary', 'stuck.pdf', '--timeout', String(BUDGET_S)]);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(timeoutLine('stuck.pdf', BUDGET_S));
    expect(result.ms).toBeGreaterThan(BUDGET_S * 1000);
    expect(result.ms).toBeLessThan(GONE_MS);
  });

  it('check: the whole report (the other file read as usual), exit 2, the process gone soon after', () => {
    const result = run([cli, 'check', 'ok.pdf', 'stuck.pdf', '--no-config', '--format', 'json', '--timeout', String(BUDGET_S)]);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { summary: { exitCode: number; unreadable: number }; files: { file: string; status: string; voices: unknown[]; error?: { code: string; message: string } }[] };
    expect(report.summary).toMatchObject({ exitCode: 2, unreadable: 1 });
    expect(report.files.map((f) => f.file)).toEqual(['ok.pdf', 'stuck.pdf']);
    expect(report.files[0]!.status).not.toBe('error');
    expect(report.files[0]!.voices.length).toBe(2);
    expect(report.files[1]!.error).toEqual({ code: 'timeout', message: timeoutLine('stuck.pdf', BUDGET_S).slice('vo-lines: '.length, -1), details: { seconds: BUDGET_S } });
    expect(result.ms).toBeLessThan(GONE_MS);
  });
});

describe('a PDF thread stuck after a read it finished, with the next read waiting behind it', () => {
  it('check: the read waiting there goes to another thread within the finished file\'s budget; every file read as usual', () => {
    // One PDF lane: after.pdf is posted behind closing.pdf on the same thread, which gets stuck once
    // it has said it is done with closing.pdf (as if closing the document hung).
    const result = run([cli, 'check', 'ok.pdf', 'closing.pdf', 'after.pdf', '--no-config', '--threads', '2', '--format', 'json', '--timeout', String(BUDGET_S)]);
    expect(result.signal).toBeNull();
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { summary: Record<string, number>; files: { file: string; status: string; voices: unknown[] }[] };
    // The same script three times (its legend names the voices; one spot runs over its 60 s: each
    // file fails the same way, exit 1, with one note: its plain text is nobody's), every one read.
    expect(report.summary).toEqual({ files: 3, passed: 0, failed: 3, unreadable: 0, errors: 3, warnings: 0, notes: 3, exitCode: 1 });
    expect(report.files.map((f) => [f.file, f.status, f.voices.length])).toEqual([
      ['ok.pdf', 'fail', 2],
      ['closing.pdf', 'fail', 2],
      ['after.pdf', 'fail', 2],
    ]);
    expect(report.files[2]!.voices).toEqual(report.files[0]!.voices);
    expect(result.status).toBe(1);
    expect(result.ms).toBeGreaterThan(BUDGET_S * 1000);
    expect(result.ms).toBeLessThan(GONE_MS);
  });
});

describe("a check worker stuck in one native call past a file's budget", () => {
  it('is given up: the report comes with every other file checked, exit 2, the process gone soon after', () => {
    // With --threads 2 this thread takes a.docx and b.docx and the worker stuck.docx and c.docx
    // (check/run.ts), which it stops one second past the budget (the reader's own check first).
    const result = run([cli, 'check', 'a.docx', 'b.docx', 'stuck.docx', 'c.docx', '--no-config', '--threads', '2', '--format', 'json', '--timeout', '1']);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { files: { file: string; status: string; error?: { code: string } }[] };
    expect(report.files.map((f) => [f.file, f.status === 'error' ? f.error!.code : 'read'])).toEqual([
      ['a.docx', 'read'],
      ['b.docx', 'read'],
      ['stuck.docx', 'timeout'],
      ['c.docx', 'read'],
    ]);
    expect(result.ms).toBeLessThan(GONE_MS);
  });
});

describe('the library in a host process', () => {
  it('analyse() rejects with timeout, and the abandoned thread does not keep the host running', () => {
    const host = at('host.mjs');
    writeFileSync(
      host,
      `import { analyse } from ${JSON.stringify(pathToFileURL(join(root, 'dist', 'index.js')).href)};
const started = Date.now();
process.on('beforeExit', () => {
  process.stdout.write('host idle after ' + (Date.now() - started) + ' ms\\n');
  // Node's own end would still wait for the stuck thread (it joins every thread): not what is tested here.
  process.kill(process.pid, 'SIGKILL');
});
analyse('stuck.pdf', { timeout: ${BUDGET_S}, noConfig: true }).then(
  () => process.stdout.write('read?\\n'),
  (error) => process.stdout.write(error.code + ': ' + error.message + '\\n'),
);
`,
    );
    const result = run([host]);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`timeout: ${timeoutLine('stuck.pdf', BUDGET_S).slice('vo-lines: '.length, -1)}`);
    const idle = Number(/^host idle after (\d+) ms$/.exec(lines[1] ?? '')?.[1]);
    expect(idle).toBeGreaterThan(BUDGET_S * 1000);
    expect(idle).toBeLessThan(GONE_MS);
  });
});
