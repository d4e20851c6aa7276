/**
 * The time budget per file (`--timeout`): past it a file gets a one-line `timeout` error, and in a
 * batch the other files are still checked. The PDF reading thread is stopped at the deadline and a
 * fresh one reads the next PDF. Tests run the built code (npm test builds first): the thread runs
 * `dist/readers/pdf/worker.js`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Budget } from '../src/budget.js';
import { plainEnv } from './helpers/env.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.js');
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', env: plainEnv() });

describe('Budget', () => {
  it('throws a timeout error once its deadline has passed, reading the clock every n ticks', () => {
    const spent = Budget.of('a.docx', { timeout: 5, deadline: Date.now() - 1 });
    for (let i = 1; i < 100; i++) spent.tick(100);
    expect(() => spent.tick(100)).toThrow('a.docx took longer than 5 s to read and was stopped');
    expect(() => spent.check()).toThrow(expect.objectContaining({ code: 'timeout' }));
  });

  it('no budget with timeout 0 (or Infinity); 60 s by default', () => {
    expect(Budget.of('a.docx', { timeout: 0 }).remaining()).toBe(Infinity);
    expect(Budget.of('a.docx', { timeout: Infinity }).remaining()).toBe(Infinity);
    const remaining = Budget.of('a.docx').remaining();
    expect(remaining).toBeGreaterThan(50_000);
    expect(remaining).toBeLessThanOrEqual(60_000);
  });
});

describe('--timeout', () => {
  it('a DOCX or a PDF past its budget: one line, exit 2', () => {
    for (const file of ['samples/en-commercial/spring-sale.docx', 'samples/en-commercial/spring-sale.pdf']) {
      const result = run(['summary', file, '--timeout', '0.001']);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`vo-lines: ${file} took longer than 0.001 s to read and was stopped: the file is damaged or far larger than a script. If it is a real script, allow more time with --timeout SECONDS.\n`);
    }
  });

  it('is a number of seconds, 0 or more', () => {
    const result = run(['summary', 'samples/en-commercial/spring-sale.docx', '--timeout', 'soon']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/option '--timeout <seconds>' argument 'soon' is invalid\. expected a number of seconds \(0 for no limit\)\./);
  });
});

describe('the PDF reading thread', () => {
  it('is stopped at the deadline, and a fresh one reads the next PDF', async () => {
    const { readPdfIsolated } = (await import(join(root, 'dist', 'readers', 'pdf', 'isolated.js'))) as typeof import('../src/readers/pdf/isolated.js');
    const bytes = readFileSync(join(root, 'samples/en-commercial/spring-sale.pdf'));
    await expect(readPdfIsolated(bytes, 'late.pdf', { timeout: 0.001 })).rejects.toMatchObject({ code: 'timeout' });
    const script = await readPdfIsolated(bytes, 'spring-sale.pdf', {});
    expect(script.format).toBe('pdf');
    expect(script.paragraphs.length).toBeGreaterThan(10);
    // The caller's bytes are its own still (the thread got a copy).
    expect(bytes.byteLength).toBeGreaterThan(0);
  });
});
