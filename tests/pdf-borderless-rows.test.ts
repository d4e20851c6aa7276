/**
 * A borderless table's columns a space or two apart where a cell fills its column (Chromium's table
 * with the browser's own style: 1 px padding, 2 px spacing), read by columns.ts, order.ts and
 * assemble.ts (tests/fixtures/av-columns/en-av-chromium*.pdf, scripts/build-av-fixtures.py, end to
 * end in tests/av-columns.test.ts). Synthetic rows, 12 pt type: a left column 50–250, a right one from 262.
 */
import { describe, expect, it } from 'vitest';
import { buildLines } from '../src/readers/pdf/lines.js';
import type { Glyph } from '../src/readers/pdf/types.js';

let seq = 0;
/** One word drawn alone (Chromium draws no space glyphs), 6 pt a letter. */
function word(text: string, x0: number, baseline: number): Glyph {
  const x1 = x0 + 6 * text.length;
  return { text, x0, x1, end: x1, baseline, size: 12, color: '#000000', background: null, spaceBefore: false, firstWordEnd: undefined, seq: seq++, turn: 0 };
}

/** Words from x0 on, a 4 pt space apart, up to `count` of them, each `letters` long. */
function words(x0: number, baseline: number, count: number, letters = 5): Glyph[] {
  const out: Glyph[] = [];
  let x = x0;
  for (let i = 0; i < count; i++) {
    out.push(word('abcdefghij'.slice(0, letters), x, baseline));
    x += 6 * letters + 4;
  }
  return out;
}

/** A row: left text from 50 ending by `leftEnd` (if any), right text from 262. */
function row(baseline: number, leftWords: number, rightWords = 6): Glyph[] {
  return [...(leftWords ? words(50, baseline, leftWords) : []), ...(rightWords ? words(262, baseline, rightWords) : [])];
}

const show = (glyphs: Glyph[]) => buildLines(glyphs).map((l) => `${l.baseline} ${l.column ?? '-'} ${l.text}`);

describe('a borderless table whose cells run up to the next column', () => {
  it('a row whose left text stops a space short of the right column, the right text starting at its edge, is two lines of the two columns', () => {
    // 6 words of 5 letters: 50 + 6 × 34 − 4 = 250 (12 pt short of 262); 6 words and a word of 1 letter: 258.
    const narrow = [...words(50, 160, 6), word('a', 254, 160), ...words(262, 160, 6)];
    expect(narrow[6]!.x1).toBe(260);
    const lines = show([...row(100, 6), ...row(120, 6), ...row(140, 6), ...narrow, ...row(180, 6), ...row(200, 6)]);
    expect(lines.filter((l) => l.startsWith('160 '))).toEqual(['160 1:0 abcde abcde abcde abcde abcde abcde a', '160 1:1 abcde abcde abcde abcde abcde abcde']);
    expect(new Set(lines.map((l) => l.split(' ')[1]))).toEqual(new Set(['1:0', '1:1']));
  });

  it('the same row as the table’s last one, at the foot of the page, too', () => {
    const narrow = [...words(50, 160, 6), word('a', 254, 160), ...words(262, 160, 6)];
    const lines = show([...row(100, 6), ...row(120, 6), ...row(140, 6), ...narrow]);
    expect(lines.filter((l) => l.startsWith('160 '))).toEqual(['160 1:0 abcde abcde abcde abcde abcde abcde a', '160 1:1 abcde abcde abcde abcde abcde abcde']);
  });

  it('not a line across both columns under the table whose word happens to start at the column’s edge, when the next line crosses the gutter', () => {
    const across = [...words(50, 160, 6), word('a', 254, 160), ...words(262, 160, 6)];
    const next = words(50, 180, 13);
    const lines = show([...row(100, 6), ...row(120, 6), ...row(140, 6), ...across, ...next]);
    expect(lines.filter((l) => !l.startsWith('1') || l.startsWith('160') || l.startsWith('180'))).toEqual([
      '160 - abcde abcde abcde abcde abcde abcde a abcde abcde abcde abcde abcde abcde',
      '180 - abcde abcde abcde abcde abcde abcde abcde abcde abcde abcde abcde abcde abcde',
    ]);
  });

  it('not where the right text starts off the column’s edge (a word space further): a line across', () => {
    const off = [...words(50, 160, 6), word('a', 254, 160), ...words(266, 160, 6)];
    const lines = show([...row(100, 6), ...row(120, 6), ...row(140, 6), ...off, ...row(180, 6), ...row(200, 6)]);
    expect(lines.filter((l) => l.startsWith('160 '))).toEqual(['160 - abcde abcde abcde abcde abcde abcde a abcde abcde abcde abcde abcde abcde']);
  });
});
