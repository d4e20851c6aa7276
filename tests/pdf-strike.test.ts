/**
 * Strikethrough in PDFs (src/readers/pdf/strike.ts): which drawn lines strike which text. Device
 * space, y down: a strike lies above the baseline, an underline below it.
 */
import { describe, expect, it } from 'vitest';
import { markStruck } from '../src/readers/pdf/strike.js';
import type { Glyph, Ruling } from '../src/readers/pdf/types.js';

const glyph = (text: string, x0: number, x1: number, baseline = 100, size = 11): Glyph => ({
  text, x0, x1, end: x1, baseline, size, color: '#0070C0', background: null, spaceBefore: false, firstWordEnd: undefined, seq: 0, turn: 0,
});
const line = (at: number, from: number, to: number, width?: number): Ruling => ({ horizontal: true, at, from, to, ...(width === undefined ? {} : { width }) });
const struck = (glyphs: Glyph[]) => glyphs.filter((g) => g.struck).map((g) => g.text);

describe('strike lines', () => {
  it('LibreOffice: a 0.7 pt stroke 3.1 pt above the baseline of 11 pt text strikes the words it crosses, not the others', () => {
    const glyphs = [glyph('Welcome to the course.', 90, 200), glyph('This sentence was cut.', 203, 320), glyph('Next line.', 90, 150, 114)];
    expect(markStruck(glyphs, [line(96.9, 203, 320, 0.7)])).toBe(1);
    expect(struck(glyphs)).toEqual(['This sentence was cut.']);
  });

  it('an underline (below the baseline), an overline (above the letters) and a rule between lines strike nothing', () => {
    const glyphs = [glyph('Underlined', 90, 150), glyph('Next line', 90, 150, 114)];
    expect(markStruck(glyphs, [line(101.1, 90, 150, 0.7), line(89, 90, 150, 0.7), line(107, 60, 500, 0.5)])).toBe(0);
  });

  it('a marker-pen stroke through the words is a highlight, not a strike (too thick)', () => {
    const glyphs = [glyph('Highlighted', 90, 150)];
    expect(markStruck(glyphs, [line(96, 88, 152, 9)])).toBe(0);
  });

  it('a line that crosses less than half of a piece of text does not strike it', () => {
    const glyphs = [glyph('Kept words here', 90, 190)];
    expect(markStruck(glyphs, [line(96.5, 170, 190, 0.6)])).toBe(0);
  });

  it('a table border running far past the text it crosses is no strike', () => {
    const glyphs = [glyph('Cell text', 100, 150)];
    expect(markStruck(glyphs, [line(96.5, 50, 550, 0.5)])).toBe(0);
  });

  it('a browser\'s thin filled bar (no stroke width known) and a strike over several pieces of one line', () => {
    const glyphs = [glyph('Cut ', 90, 110, 200, 16), glyph('this', 110, 135, 200, 16), glyph('kept', 140, 170, 200, 16)];
    expect(markStruck(glyphs, [line(195, 90, 135)])).toBe(2);
    expect(struck(glyphs)).toEqual(['Cut ', 'this']);
  });
});
