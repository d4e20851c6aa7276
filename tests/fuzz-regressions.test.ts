/**
 * Damaged and hostile inputs that once crashed, hung or exhausted memory (../shared/fuzz-regressions,
 * see its README): each must end in a clean one-line error with exit 2, or in a correct result,
 * within a 512 MiB heap. Run through the built CLI in a child process, as a user runs it, so the
 * heap cap, the PDF reading thread and the time budget are all the real ones.
 *
 * Every file in the folder is held to the general rule; the ones below are also pinned exactly.
 * The expected counts were checked independently: DOCX by reading each word/document.xml
 * (paragraphs, runs, colours and hidden runs counted by hand), PDF 06 against `mutool draw -F stext`
 * (6,671 black, 6,667 dark red and 6,666 red "w" glyphs: one line each).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { describeShared } from './helpers/shared.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.cjs');

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Run with --json: a failure is also one JSON object on stdout. */
  json: boolean;
}

function run(file: string, args: string[] = ['summary', '--json'], timeout = 30): Outcome {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, ['--max-old-space-size=512', cli, ...args, file, '--timeout', String(timeout)], { cwd: root, encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, json: args.includes('--json') };
}

/** Exit 2 with one line, `vo-lines: FILE …`, that is not an unexpected error; returns the line. */
function cleanError(outcome: Outcome, file: string): string {
  expect(outcome.code, outcome.stderr).toBe(2);
  const lines = outcome.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]!.startsWith(`vo-lines: ${file} `)).toBe(true);
  expect(lines[0]).not.toMatch(/unexpected error/);
  // With --json, the same error as one JSON object on stdout (tests/errors-json.test.ts); else nothing.
  if (outcome.json) {
    const { file: shown, error } = JSON.parse(outcome.stdout) as { file: string; error: { code: string; message: string } };
    expect([shown, error.message]).toEqual([file, lines[0]!.slice('vo-lines: '.length)]);
    expect(error.code).not.toBe('unexpected');
  } else expect(outcome.stdout).toBe('');
  return lines[0]!;
}

interface Summary {
  voices: { name: string; lineCount: number; words: number }[];
  total: { lineCount: number; words: number };
  warnings: { code: string; message: string }[];
}

function summary(outcome: Outcome): Summary {
  expect(outcome.code, outcome.stderr).toBe(0);
  expect(outcome.stderr).toBe('');
  return JSON.parse(outcome.stdout) as Summary;
}

const voices = (report: Summary) => Object.fromEntries(report.voices.map((v) => [v.name, [v.lineCount, v.words]]));

/** What each known regression must give now. */
const EXPECTED: Record<string, (file: string) => void> = {
  '01-hang-pdf-findTables-20000-rectangles.pdf': (file) => {
    expect(cleanError(run(file), file)).toMatch(/the number of drawn lines on page 1 exceeds vo-lines' limit of 50,000/);
  },
  '02-crash-docx-nested-paragraphs-visit-recursion.docx': (file) => {
    expect(cleanError(run(file), file)).toMatch(/the nesting of XML elements in word\/document\.xml exceeds vo-lines' limit of 512 levels/);
  },
  '03-crash-docx-highlight-constructor-deltaE.docx': (file) => {
    // `w:highlight w:val="constructor"` is no highlight: the text stays plain black.
    const report = summary(run(file));
    expect(voices(report)).toEqual({ '#000000 black': [2, 4] });
  },
  '04-hang-docx-one-letter-runs-wordAcross.docx': (file) => {
    // 20,000 one-letter runs in four alternating colours (one of them "Yellow ", not a colour: black).
    const report = summary(run(file));
    expect(report.total).toMatchObject({ lineCount: 20005, words: 20010 });
    expect(voices(report)).toEqual({
      '#000000 black': [7, 12],
      '#FF0000 red': [6665, 6665],
      '#FFFF00 yellow': [6667, 6667],
      '#404040 dark grey': [6666, 6666],
    });
    const mixed = report.warnings.filter((w) => w.code === 'mixed-word');
    expect(mixed).toHaveLength(1);
    expect(mixed[0]!.message).toMatch(/^The word "x{40}…x{20}" is split across #FF0000 red and #FFFF00 yellow and #404040 dark grey and #000000 black:/);
  },
  '05-crash-docx-zip-extra-field-past-end.docx': (file) => {
    expect(cleanError(run(file), file)).toMatch(/is damaged \(a zip directory entry runs past the end of the file\)/);
  },
  '06-hang-pdf-text-draws-wordAcross.pdf': (file) => {
    const report = summary(run(file));
    expect(report.total).toMatchObject({ lineCount: 20006, words: 20023 });
    expect(voices(report)).toMatchObject({ '#000000 black': [6671, 6683], '#800000 dark red': [6667, 6667], '#FF0000 red': [6666, 6666] });
    expect(report.warnings.filter((w) => w.code === 'mixed-word')).toHaveLength(1);
  },
  '07-hang-pdf-rule-rectangles-findTables.pdf': (file) => {
    const report = summary(run(file));
    expect(report.total).toMatchObject({ lineCount: 20004, words: 20017 });
    expect(voices(report)).toMatchObject({ '#800000 dark red': [6666, 6666], '#FF0000 red': [6666, 6666] });
  },
  '08-crash-docx-16MB-spaces-countWords-regex.docx': (file) => {
    // "lorem ipsum" and 16 MiB of no-break spaces: two words.
    const report = summary(run(file));
    expect(voices(report)).toEqual({ '#000000 black': [1, 2] });
  },
  '10-hang-pdf-unbalanced-q-pdfjs.pdf': (file) => {
    // pdf.js needs minutes for 100,000 nested saves: refused before pdf.js starts.
    expect(cleanError(run(file), file)).toMatch(/the nesting of saved graphics states \(q\) in a content stream exceeds vo-lines' limit of 5,000 levels/);
  },
  '12-hang-pdf-100000-kids-pdfjs-getPage.pdf': (file) => {
    expect(cleanError(run(file), file)).toMatch(/its page count \(100,000\) exceeds vo-lines' limit of 10,000 pages/);
  },
  '13-hang-docx-1MB-whitespace-legend-regex.docx': (file) => {
    // 11 paragraphs of 1 + 8×7 + 7 + 8×2 words, a hidden (w:specVanish) space joining two of them.
    const report = summary(run(file));
    expect(voices(report)).toEqual({ '#000000 black': [11, 79] });
  },
  '14-oom-docx-settings-tree-amplification.docx': (file) => {
    expect(cleanError(run(file), file)).toMatch(/the nesting of XML elements in word\/settings\.xml exceeds vo-lines' limit of 512 levels/);
  },
  '16-crash-docx-16MB-spaces-stretchesOf-regex.docx': (file) => {
    const report = summary(run(file));
    expect(report.total).toMatchObject({ lineCount: 2, words: 17 });
  },
  '18-crash-docx-zip-extra-field-past-end-2.docx': (file) => {
    expect(cleanError(run(file), file)).toMatch(/is damaged \(a zip directory entry runs past the end of the file\)/);
  },
  '19-wrong-output-docx-highlight-proto.docx': (file) => {
    const report = summary(run(file));
    expect(voices(report)).toEqual({ '#000000 black': [2, 4] });
    expect(JSON.stringify(report)).not.toMatch(/object Object|undefined/);
  },
};

describeShared('fuzz-regressions', 'fuzz regressions', (folder) => {
  const files = readdirSync(folder).filter((f) => /\.(docx|pdf)$/i.test(f)).sort();

  it('holds the inputs this file pins', () => {
    expect(files.filter((f) => f in EXPECTED)).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const name of files) {
    const file = join(folder, name);
    const expected = EXPECTED[name];
    it(name, () => {
      if (expected) return expected(file);
      // A newer input: a clean error or a result, nothing else.
      const outcome = run(file);
      if (outcome.code === 0) summary(outcome);
      else cleanError(outcome, file);
    });
  }
});
