/**
 * The time budget per file (`--timeout`): past it a file gets a one-line `timeout` error, and in a
 * batch the other files are still checked. The PDF reading thread is stopped at the deadline and a
 * fresh one reads the next PDF. Tests run the built code (npm test builds first): the thread runs
 * `dist/readers/pdf/worker.cjs` (its entry, which runs worker-bundle.cjs with its code cache).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Budget } from '../src/budget.js';
import { analyseBytes } from '../src/pipeline.js';
import { boothScript, type SidesFonts } from '../src/render/sides.js';
import { renderSidesDocx } from '../src/render/sides-docx.js';
import { renderSidesPdf } from '../src/render/sides-pdf.js';
import { buildDocx, p, r } from './helpers/docx-builder.js';
import { plainEnv } from './helpers/env.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.cjs');
/** `guard`: milliseconds after which the run is killed (a hang, or work going on far past its budget). */
const run = (args: string[], guard = 30_000) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', env: plainEnv(), timeout: guard });

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

/**
 * A two-voice spot whose announcer line ends in a run of `[` with no space (the fuzzer's case 144
 * of DOCX seed 702 had 10,000): the booth script's PDF wraps that "word" one line at a time, and
 * pdfkit measures the rest of it again for every line, so such a line alone can take seconds.
 */
function runawayBrackets(count: number): Uint8Array {
  return runawayLine(`[${'['.repeat(count)}`);
}

/** The small commercial script whose last blue line is "Everything. " then `word`. */
function runawayLine(word: string): Uint8Array {
  const blue = '<w:color w:val="0000FF"/>';
  const red = '<w:color w:val="FF0000"/>';
  return buildDocx({
    body: [
      p(r('Spring is here, and so is our biggest sale of the year.', blue)),
      p(r('Wait, everything in the garden center?', red)),
      p(r(`Everything. ${word}`, blue)),
    ].join(''),
  });
}

/**
 * The same script with one "word" of `count` letters in no order (a seeded sequence, no space): pdfkit cuts a word
 * wider than the line a line at a time, shaping each line's letters anew (repeated brackets are shaped once and
 * cached, so since the booth layout measures a long word by its start they lay out in a second; these do not).
 */
function runawayWord(count: number): Uint8Array {
  let seed = 7;
  let word = '';
  for (let i = 0; i < count; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    word += 'abcdefghijklmnopqrstuvwxyz[]'[Math.floor(seed / 65536) % 28];
  }
  return runawayLine(word);
}

function sidesFonts(): SidesFonts {
  const require = createRequire(import.meta.url);
  const face = (name: string) => readFileSync(require.resolve(`@expo-google-fonts/source-sans-3/${name}/SourceSans3_${name}.ttf`));
  return { regular: face('400Regular'), bold: face('700Bold'), italic: face('400Regular_Italic') };
}

describe('sides: the booth script is made within the file\'s budget', () => {
  it('the PDF and DOCX renderers stop with a timeout error once the deadline has passed', async () => {
    const { report } = await analyseBytes(runawayBrackets(100), 'runaway.docx');
    const voice = report.voices.find((v) => v.name === '#0000FF blue')!;
    const script = boothScript(report, voice, { date: '2025-06-12', script: 'runaway.docx' });
    const message = 'runaway.docx took longer than 5 s to read and lay out as booth scripts and was stopped: the file is damaged or far larger than a script. If it is a real script, allow more time with --timeout SECONDS.';
    for (const render of [renderSidesPdf, renderSidesDocx]) {
      const spent = Budget.of('runaway.docx', { timeout: 5, deadline: Date.now() - 1 }, 'to read and lay out as booth scripts');
      await expect(render(script, sidesFonts(), spent)).rejects.toThrow(expect.objectContaining({ code: 'timeout', message }));
    }
  });

  it('a line that pdfkit takes far longer than the budget to wrap: stopped at the deadline, exit 2, one line, nothing written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-budget-sides-'));
    try {
      const file = join(dir, 'runaway.docx');
      writeFileSync(file, runawayWord(200_000));
      const out = join(dir, 'booth.pdf');
      // Killed at 10 s, ten times its budget: the line is cut short inside, not checked once it is done. (Read in
      // ~0.4 s; laid out whole, ~20 s on the machine this was written on.)
      const result = run(['sides', file, '--all', '-o', out, '--timeout', '1'], 10_000);
      expect([result.status, result.stdout, result.stderr]).toEqual([
        2,
        '',
        `vo-lines: ${file} took longer than 1 s to read and lay out as booth scripts and was stopped: the file is damaged or far larger than a script. If it is a real script, allow more time with --timeout SECONDS.\n`,
      ]);
      expect(existsSync(join(dir, 'booth-0000FF-blue.pdf'))).toBe(false);
      expect(existsSync(join(dir, 'booth-FF0000-red.pdf'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
