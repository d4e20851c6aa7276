/**
 * Label rows set in the middle or at the bottom of their rows (label-rows.ts centredRows), on
 * glyphs laid out here: each rule of the evidence by itself, and a page of thousands of rows. The
 * producers' own PDFs are in tests/pdf-label-rows.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildLines } from '../src/readers/pdf/lines.js';
import type { Glyph } from '../src/readers/pdf/types.js';

const SIZE = 11, PITCH = 15, GAP = 21, LEFT = 72, TEXT = 150, RIGHT = 450, CHAR = 5.5, SPACE = 3;
let seq = 0;

/** One word a glyph, spaced to end at `right` when given (a justified line). */
function line(text: string, x: number, baseline: number, right?: number, size = SIZE): Glyph[] {
  const words = text.split(' ');
  const width = words.reduce((w, word) => w + word.length * CHAR, 0);
  const space = right !== undefined && words.length > 1 ? (right - x - width) / (words.length - 1) : SPACE;
  const out: Glyph[] = [];
  let pen = x;
  for (const [i, word] of words.entries()) {
    const x1 = pen + word.length * CHAR;
    out.push({ text: word, x0: pen, x1, end: x1, baseline, size, color: '#000000', background: null, spaceBefore: i > 0, firstWordEnd: undefined, seq: seq++, turn: 0 });
    pen = x1 + space;
  }
  return out;
}

const WORDS = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen'.split(' ');
const PROSE = 'a garden centre sale with thousands of plants pots and tools at half price or less this weekend only while stocks last and free coffee for everyone'.split(' ');
/** A speech of `n` lines: full lines (words of other lengths on each, so that no gap runs down the column), the last one short. */
const speech = (n: number, k: number) =>
  Array.from({ length: n }, (_, i) => {
    const from = (k * 7 + i * 5) % PROSE.length;
    const words = [...PROSE, ...PROSE].slice(from, from + (i < n - 1 ? 8 : 3));
    return `${WORDS[k % 16]}${i + 1} ${words.join(' ')}`;
  });

/**
 * A table: rows of [label, lines of text], each label's baseline placed by `at` (from the row's
 * first and last baselines), the rows a row gap apart. Returns the glyphs and the expected reading.
 */
function table(rows: [string, number][], at: (first: number, last: number) => number, top = 100) {
  const glyphs: Glyph[] = [];
  const expected: string[] = [];
  let y = top;
  rows.forEach(([label, n], k) => {
    const lines = speech(n, k);
    const first = y, last = y + (n - 1) * PITCH;
    lines.forEach((text, i) => glyphs.push(...line(text, TEXT, y + i * PITCH, i < n - 1 ? RIGHT : undefined)));
    if (label) glyphs.push(...line(label, LEFT, at(first, last), undefined, 10));
    expected.push(label ? `${label}\t${lines[0]}` : lines[0], ...lines.slice(1));
    y = last + GAP;
  });
  return { glyphs, expected };
}

const ROWS: [string, number][] = [['ANNCR', 4], ['MUM', 1], ['KID', 3], ['SFX', 1], ['MUM', 2], ['GRANDAD', 2]];
const middle = (first: number, last: number) => (first + last) / 2;
const bottom = (_: number, last: number) => last;
const texts = (glyphs: Glyph[]) => buildLines(glyphs).map((l) => l.text);
/** None of the rows of more than one line read with its label at its first line: the table is not read as its rows. */
const notJoined = (rows: [string, number][], got: string[]) => {
  const joined = rows.map(([label, n], k) => (n > 1 && label ? `${label}\t${speech(n, k)[0]}` : '')).filter(Boolean);
  expect(joined.length).toBeGreaterThan(0);
  expect(got.filter((t) => joined.includes(t))).toEqual([]);
};

describe('labels in the middle or at the bottom of their rows', () => {
  it('middle: each label goes to the first line of its text, whatever its number of lines (1 to 4)', () => {
    const { glyphs, expected } = table(ROWS, middle);
    expect(texts(glyphs)).toEqual(expected);
  });

  it('bottom: each label level with its text’s last line goes to its first line', () => {
    const { glyphs, expected } = table(ROWS, bottom);
    expect(texts(glyphs)).toEqual(expected);
  });

  it('a point or so off the middle still counts (the label’s type is not the text’s); a third of a line off does not', () => {
    expect(texts(table(ROWS, (f, l) => middle(f, l) + 1.5).glyphs)).toEqual(table(ROWS, middle).expected);
    notJoined(ROWS, texts(table(ROWS, (f, l) => (l - f === 3 * PITCH ? middle(f, l) + 5 : middle(f, l))).glyphs));
  });

  it('one label level with nothing (in a row gap) and none is joined', () => {
    notJoined(ROWS, texts(table(ROWS, (f, l) => (f === l && l > 200 ? l + GAP / 2 : middle(f, l))).glyphs));
  });

  it('middle and bottom mixed in one table: none is joined', () => {
    notJoined(ROWS, texts(table(ROWS, (f, l) => (f === 100 ? middle(f, l) : bottom(f, l))).glyphs));
  });

  it('texts with no row gap between them: nothing says where a row ends, none is joined', () => {
    const glyphs: Glyph[] = [];
    let y = 100;
    ROWS.forEach(([label, n], k) => {
      speech(n, k).forEach((text, i) => glyphs.push(...line(text, TEXT, y + i * PITCH, RIGHT)));
      glyphs.push(...line(label, LEFT, y + ((n - 1) * PITCH) / 2, undefined, 10));
      y += n * PITCH;
    });
    notJoined(ROWS, texts(glyphs));
  });

  it('an empty label cell between two labelled rows is its text alone; at the end of the table, none is joined', () => {
    const inner = table([['ANNCR', 3], ['', 2], ['MUM', 2], ['KID', 1]], middle);
    expect(texts(inner.glyphs)).toEqual(inner.expected);
    const rows: [string, number][] = [['ANNCR', 3], ['MUM', 2], ['KID', 1], ['', 2]];
    notJoined(rows, texts(table(rows, middle).glyphs));
  });

  it('no text wrapped (every row one line): each text is the rest of its label’s line, its rows those of labels (lines.ts mergeTabGaps; two columns of prose: tests/pdf-tab-wrap.test.ts)', () => {
    // Before, the texts were a column: all the labels were read first, then all the texts.
    const { glyphs } = table([['ANNCR', 1], ['MUM', 1], ['KID', 1], ['SFX', 1]], middle);
    expect(texts(glyphs)).toEqual(['ANNCR\tone1 a garden centre', 'MUM\ttwo1 plants pots and', 'KID\tthree1 or less this', 'SFX\tfour1 last and free']);
  });

  it('a page of a thousand rows (3500 lines) is read in one pass, every line kept', () => {
    const rows = Array.from({ length: 1000 }, (_, i): [string, number] => [['ANNCR', 'MUM', 'KID'][i % 3]!, 1 + (i % 4)]);
    const { glyphs, expected } = table(rows, middle);
    const got = texts(glyphs);
    expect(got.length).toBe(expected.length);
    expect(got).toEqual(expected);
  });
});
