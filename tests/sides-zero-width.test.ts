/**
 * The PDF booth script of a line of letters with thousands of characters that print nothing between them (U+034F
 * combining grapheme joiner, U+FE0F variation selector, soft hyphens U+00AD) is laid out in work linear in its length,
 * and the width sides-pdf.ts's longWidth reckons for such a text is what pdfkit measures. Before, longWidth read only
 * the first half of a long text: where that half printed narrow, pdfkit measured the whole rest of the "word" again
 * after each cut (U+034F: rests of 9,000 characters measured whole); and it took a
 * soft hyphen's or U+FE0F's glyph advance (311, 653 units) where the shaper hides them (0), so pdfkit's guess of a
 * cut fell far short and it grew it a character at a time (U+FE0F: 12 M characters measured for 16,000). Work is
 * counted (pdfkit's exact measurements and the characters they measure), not timed. And the fast path is taken on
 * the pinned pdfkit: where its private font API is gone, longWidth says so (`missing`) rather than slow down silently.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { boothScript } from '../src/render/sides.js';
import { longWidth, renderSidesPdf, undrawn } from '../src/render/sides-pdf.js';
import { buildDocx, p, r } from './helpers/docx-builder.js';
import { measuredWork } from './helpers/pdfkit-work.js';

const require = createRequire(import.meta.url);
const face = (name: string) => readFileSync(require.resolve(`@expo-google-fonts/source-sans-3/${name}/SourceSans3_${name}.ttf`));
const fonts = { regular: face('400Regular'), bold: face('700Bold'), italic: face('400Regular_Italic') };
const blue = '<w:color w:val="0000FF"/>';
const red = '<w:color w:val="C00000"/>';

/** A word of `chars` characters: a letter, then 20 of `invisible` (the DOCX reader keeps them), again and again. */
const laden = (invisible: string, chars: number) => `Start${`a${invisible.repeat(20)}`.repeat(Math.floor(chars / 21))}END`;

/** The PDF booth script of Anna, whose first line is `long`: pdfkit's exact measurements, the characters measured, the longest text measured. */
async function work(dir: string, name: string, long: string) {
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, buildDocx({ body: [p(r(long, blue)), p(r('Did you hear that?', red)), p(r('Yes, I did.', blue))].join('') }));
  const { report } = await analyse(file);
  const voice = report.voices.find((v) => v.name.includes('0000FF'))!;
  const script = boothScript(report, voice, { date: '2025-06-12', script: `${name}.docx` });
  const line = script.blocks.find((b) => b.kind === 'line')!;
  // The reader kept every invisible character (else this tests nothing).
  expect(line.kind === 'line' && line.segments.map((s) => s.text).join('').length).toBe(long.length);
  const { result: pdf, ...counted } = await measuredWork(name, 100 * long.length, Infinity, () => renderSidesPdf(script, fonts));
  return { ...counted, pdf };
}

describe('sides: a line of letters among thousands of characters that print nothing is laid out in linear work', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-sides-zero-width-'));

  for (const [name, invisible] of [
    ['U+034F (combining grapheme joiner)', '\u034f'],
    ['U+FE0F (variation selector)', '\ufe0f'],
  ] as const) {
    it(`${name}: 64,000 characters laid out in less than four times the work of 16,000, no text of more than a few lines measured whole`, async () => {
      const small = await work(dir, 'small', laden(invisible, 16_000));
      const large = await work(dir, 'large', laden(invisible, 64_000));
      // About 25 measured characters a character at 64,000, 32 at 16,000 (pdfkit grows each cut through the 20
      // invisible characters after its last letter, measuring a line's worth each time); before, U+FE0F: 760 a
      // character at 16,000 and growing with the length.
      expect(large.chars / 64_000).toBeLessThan(30);
      // No more than about four lines' worth (80 letters and their 1,600 invisible characters a line) measured at once
      // (before, U+034F: 9,264 characters, the rest of the word measured whole after each cut once it was
      // shorter than about 13,000, where its first half printed narrower than four lines).
      expect(large.longest).toBeLessThan(7_000);
      // Four times the text, three times the work (linear and some fixed work); quadratic work would be sixteen times.
      expect(large.chars / small.chars).toBeLessThan(4.5);
      expect(large.calls / small.calls).toBeLessThan(4.5);
      expect(Buffer.from(large.pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    }, 600_000);
  }
});

describe('sides-pdf longWidth: the fast path on the pinned pdfkit, and what it reckons', () => {
  const doc = () => {
    const d = new PDFDocument({ autoFirstPage: false });
    d.registerFont('regular', fonts.regular);
    d.font('regular').fontSize(16);
    return d;
  };
  const TOO_WIDE = 4 * 470;

  it('takes the fast path: a 2,000-letter word reckoned from pdfkit\'s font, nothing said missing', () => {
    const d = doc();
    const reckon = longWidth(d, TOO_WIDE);
    const text = 'abcdefghij'.repeat(200);
    const width = reckon(text);
    expect(width).toBeDefined();
    expect(reckon.missing).toBeUndefined();
    // Within kerning of pdfkit's own measurement.
    expect(Math.abs(width! / d.widthOfString(text) - 1)).toBeLessThan(0.02);
  });

  it('characters that print nothing count nothing (a soft hyphen, U+FE0F, U+034F, U+200B, U+200D): the width of the text drawn (undrawn)', () => {
    const d = doc();
    const reckon = longWidth(d, TOO_WIDE);
    for (const invisible of ['\u00ad', '\ufe0f', '\u034f', '\u200b', '\u200d']) {
      const text = `a${invisible.repeat(6)}`.repeat(400);
      const width = reckon(text);
      expect(width, `U+${invisible.codePointAt(0)!.toString(16)}`).toBeDefined();
      expect(undrawn(text)).toBe('a'.repeat(400));
      expect(Math.abs(width! / d.widthOfString(undrawn(text)) - 1), `U+${invisible.codePointAt(0)!.toString(16)}`).toBeLessThan(0.02);
    }
    // Nothing but characters that print nothing: too narrow to reckon, measured whole (it is then cut at most a few times).
    expect(reckon('\ufe0f'.repeat(5000))).toBeUndefined();
    expect(reckon.missing).toBeUndefined();
  });

  it('says so where pdfkit\'s private font API is gone (a long text is then measured whole)', () => {
    for (const internal of [{ _font: {}, _fontSize: 16 }, { _font: { font: { unitsPerEm: 1000 } }, _fontSize: 16 }, {}]) {
      const reckon = longWidth(internal as unknown as PDFKit.PDFDocument, TOO_WIDE);
      expect(reckon('a'.repeat(2000))).toBeUndefined();
      expect(reckon.missing).toMatch(/^pdfkit no longer gives its font's glyph advances/);
    }
  });
});
