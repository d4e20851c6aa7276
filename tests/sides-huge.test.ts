/**
 * The PDF booth script of one huge line is laid out in work linear in its length. pdfkit cuts a
 * "word" wider than the line one line at a time and measured the whole rest of it again after each
 * cut (a 20,000-character word: over 200 s and 1.2 GB; the fuzzer's 1.2 M-character
 * `=HYPERLINK("x")…` paragraph never ended); sides-pdf.ts's longWidth now reckons a text that long
 * from its start. Work is counted, not timed: every exact measurement pdfkit makes (its
 * widthOfString) and the characters it measures. And the layout of a long line is unchanged:
 * tests/fixtures/sides-long (scripts/build-sides-long-fixtures.py), read back with pdftotext.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { boothScript } from '../src/render/sides.js';
import { renderSidesPdf } from '../src/render/sides-pdf.js';
import { buildDocx, p, r } from './helpers/docx-builder.js';
import { measuredWork } from './helpers/pdfkit-work.js';
import { runCli } from './helpers/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const face = (name: string) => readFileSync(require.resolve(`@expo-google-fonts/source-sans-3/${name}/SourceSans3_${name}.ttf`));
const fonts = { regular: face('400Regular'), bold: face('700Bold'), italic: face('400Regular_Italic') };
const blue = '<w:color w:val="0000FF"/>';
const red = '<w:color w:val="C00000"/>';

/** As scripts/build-sides-long-fixtures.py makes them: one unbroken word, or numbered sentences. */
const word = (chars: number) => `Start${'abcdefghij'.repeat(chars / 10).slice(0, chars - 8)}END`;
const SENTENCES = [
  'The harbour lies quiet under a grey sky before the first boats.',
  'Marie walks along the quay with her basket and her old red coat.',
  'A fisherman mends his nets and hums a song from his childhood.',
  'The gulls circle above the market stalls as the crates come in.',
];
function sentences(chars: number): string {
  const out: string[] = [];
  for (let total = 0, i = 0; total < chars; i++) {
    const s = `${i + 1}. ${SENTENCES[i % SENTENCES.length]}`;
    out.push(s);
    total += s.length + 1;
  }
  return out.join(' ');
}

/**
 * The PDF booth script of Anna, whose first line is `long`: the exact measurements pdfkit made
 * laying it out, the characters they measured and the longest text measured. Past `limit`
 * characters measured, or at a text of more than 4,096 characters measured whole (the rest of a
 * huge word, as before: quadratic work), it stops with an error rather than run for hours.
 */
async function work(dir: string, name: string, long: string, limit: number) {
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, buildDocx({ body: [p(r(long, blue)), p(r('Did you hear that?', red)), p(r('Yes, I did.', blue))].join('') }));
  const { report } = await analyse(file);
  const voice = report.voices.find((v) => v.name.includes('0000FF'))!;
  const script = boothScript(report, voice, { date: '2025-06-12', script: `${name}.docx` });
  const { result: pdf, ...counted } = await measuredWork(name, limit, 4096, () => renderSidesPdf(script, fonts));
  return { ...counted, pdf };
}

describe('sides: the PDF of one huge line is laid out in linear work', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-sides-huge-'));

  it('a word of 320,000 characters with no space: each character measured a few times (80,000: a quarter of the work)', async () => {
    const small = await work(dir, 'word-80k', word(80_000), 40 * 80_000);
    const large = await work(dir, 'word-320k', word(320_000), 40 * 320_000);
    // About 8 measured characters a character (three passes: the line's height twice, then its
    // text; each cut found in two or three measurements of a line's worth); before: n²/90.
    expect(large.chars / 320_000).toBeLessThan(12);
    // Only texts of a few lines at most are measured whole (the rest of the word is reckoned from its start).
    expect(large.longest).toBeLessThanOrEqual(1024);
    expect(large.chars / small.chars).toBeGreaterThan(3.5);
    expect(large.chars / small.chars).toBeLessThan(4.5);
    expect(large.calls / small.calls).toBeLessThan(4.5);
    expect(Buffer.from(large.pdf.subarray(0, 5)).toString()).toBe('%PDF-');
  }, 600_000);

  it('320,000 characters of sentences: each word measured once a pass', async () => {
    const large = await work(dir, 'sentences-320k', sentences(320_000), 40 * 320_000);
    expect(large.chars / 320_000).toBeLessThan(4);
    expect(large.longest).toBeLessThan(100);
  }, 600_000);
});

const poppler = !spawnSync('pdftotext', ['-v']).error;

describe.skipIf(!poppler)('sides: a long line laid out as before (tests/fixtures/sides-long)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-sides-long-'));
  /** The pages, and the lines of Anna's first line (between its place and the next line's) with the furniture of each page left out. */
  function layout(fixture: string) {
    const result = runCli(['sides', join(root, 'tests/fixtures/sides-long', `${fixture}.docx`), '--voice', '#0000FF blue', '-o', join(dir, `${fixture}.pdf`)], dir, { SOURCE_DATE_EPOCH: '1749686400' });
    expect(result.code).toBe(0);
    const text = spawnSync('pdftotext', [join(dir, `${fixture}.pdf`), '-'], { encoding: 'utf8' }).stdout;
    const pages = text.split('\f').slice(0, -1);
    const lines = text.split(/\n|\f/);
    const from = lines.findIndex((line) => /^#1 · ¶1 · ID [0-9a-f]{8}$/.test(line));
    const to = lines.findIndex((line) => /^#2 · ¶3 · ID [0-9a-f]{8}$/.test(line));
    const furniture = /^$|^#0000FF blue — |^2025-06-12$|^Page \d+ of \d+$|^#1 \(continued\)$/;
    return { pages, lines: lines.slice(from + 1, to).filter((line) => !furniture.test(line)) };
  }

  it('a word of 3,000 characters: cut where the line is full, 67 or 66 characters a line, over 3 pages; every character kept', () => {
    const { pages, lines } = layout('word-3k');
    expect(pages).toHaveLength(3);
    expect(lines.join('')).toBe(word(3000));
    expect(lines.map((line) => line.length)).toEqual([67, 67, 67, 67, 67, ...Array<number[]>(13).fill([66, 67, 67]).flat(), 65]);
    expect(pages.map((page) => page.includes('#1 (continued)'))).toEqual([false, true, true]);
  });

  it('6,000 characters of sentences: broken at spaces as before, over 4 pages', () => {
    const { pages, lines } = layout('sentences-6k');
    expect(pages).toHaveLength(4);
    expect(lines.join(' ')).toBe(sentences(6000));
    expect(lines.map((line) => line.length)).toEqual([69, 69, 67, 66, 68, 63, 67, 66, ...Array<number[]>(20).fill([69, 64, 64, 71]).flat(), 59]);
  });
});
