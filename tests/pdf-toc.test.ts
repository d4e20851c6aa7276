/**
 * Tables of contents in a PDF (readers/pdf/toc.ts): left out only when sure. Lines built by hand:
 * text, left and right edges, baseline and size are what the rule looks at.
 */
import { describe, expect, it } from 'vitest';
import { findToc } from '../src/readers/pdf/toc.js';
import type { Line } from '../src/readers/pdf/types.js';

const line = (text: string, baseline: number, x1 = 500, x0 = 57, size = 12): Line => ({
  runs: [{ text, color: '#000000', background: null }], text, x0, x1, baseline, size, firstWordWidth: 30,
});
/** Lines one under the other, 14 pt apart, from the top. */
const stack = (texts: string[], right: (i: number) => number = () => 500) => texts.map((t, i) => line(t, 80 + 14 * i, right(i)));
const found = (lines: Line[]) => findToc(lines).texts;

describe('a table of contents in a PDF is left out only when sure', () => {
  it('under a title, two entries with dot leaders are enough; the title goes with them', () => {
    expect(found(stack(['Sommaire', 'Chapitre un : le départ..........1', 'Chapitre deux : la route........2', 'Il partit à l’aube.'], (i) => (i === 3 ? 300 : 500)))).toEqual([
      'Sommaire', 'Chapitre un : le départ 1', 'Chapitre deux : la route 2',
    ]);
  });

  it('without a title: three entries, all with leaders; tab gaps alone need a title (else perhaps a cue list, timings)', () => {
    expect(found(stack(['Intro .......... 1', 'Scene one ...... 2', 'Scene two ...... 4']))).toEqual(['Intro 1', 'Scene one 2', 'Scene two 4']);
    expect(found(stack(['Intro .......... 1', 'Scene one ...... 2']))).toEqual([]);
    expect(found(stack(['Intro\t1', 'Scene one\t2', 'Scene two\t4', 'Credits\t9']))).toEqual([]);
    expect(found(stack(['Contents', 'Intro\t1', 'Scene one\t2', 'Scene two\t4']))).toEqual(['Contents', 'Intro 1', 'Scene one 2', 'Scene two 4']);
  });

  it('page numbers in a column of their own (a right tab with no leader) count as their entries’: the entry and its number are both left out', () => {
    const entries = ['Contents', 'Module 1: Welcome', 'Module 2: Listening', 'Module 3: Review'].map((t, i) => line(t, 80 + 14 * i, 57 + 6 * t.length));
    const numbers = ['1', '1', '2'].map((t, i) => line(t, 94 + 14 * i, 500, 494));
    const result = findToc([...entries, ...numbers]);
    expect(result.texts).toEqual(['Contents', 'Module 1: Welcome 1', 'Module 2: Listening 1', 'Module 3: Review 2']);
    expect(result.lines.size).toBe(7);
  });

  it('roman page numbers before arabic ones; a long entry wrapped over two lines is one entry', () => {
    const lines = stack(['Contents', 'Foreword ........ iii', 'Preface ......... v', 'A very long chapter title that does not fit', 'on one line ..... 1', 'Last ............ 7'], (i) => (i === 3 ? 480 : 500));
    expect(found(lines)).toEqual(['Contents', 'Foreword iii', 'Preface v', 'A very long chapter title that does not fit on one line 1', 'Last 7']);
  });

  it('lines ending in numbers are script lines: a phone menu, numbers not at one right edge, numbers going back', () => {
    expect(found(stack(['For sales, press 1', 'For support, press 2', 'For billing, press 3', 'For anything else, press 4']))).toEqual([]);
    // Not right-aligned: typed dots, not a right tab.
    expect(found(stack(['Take 1 ...... 3', 'Take 2 ...... 1', 'Take 3 ...... 2'], (i) => 300 + 40 * i))).toEqual([]);
    // Numbers going back: a tally, not pages.
    expect(found(stack(['Contents', 'Narrator ...... 12', 'Anna ...... 7', 'Joe ...... 3']))).toEqual([]);
    // A title alone, or a title over one entry.
    expect(found(stack(['Contents', 'Introduction ........ 1', 'Welcome to the course.'], (i) => (i === 2 ? 200 : 500)))).toEqual([]);
  });

  it('entries far apart (a blank page’s worth between them) are not one run', () => {
    const lines = [line('Intro .......... 1', 80), line('Scene one ...... 2', 94), line('Scene two ...... 4', 400)];
    expect(found(lines)).toEqual([]);
  });
  it('entries whose text ends in white space after the number, or in capital roman numerals, are entries (the quick look at a line\'s last character lets them through)', () => {
    expect(found(stack(['Contents', 'Foreword ........ III\u00A0', 'Preface ......... V ', 'Scene one ....... 1\t', 'Scene two ....... 4\u2003']))).toEqual([
      'Contents', 'Foreword III', 'Preface V', 'Scene one 1', 'Scene two 4',
    ]);
    const entries = ['Contents', 'Module 1: Welcome', 'Module 2: Listening', 'Module 3: Review'].map((t, i) => line(t, 80 + 14 * i, 57 + 6 * t.length));
    const numbers = ['1 ', '1\u00A0', '2\u2003'].map((t, i) => line(t, 94 + 14 * i, 500, 494));
    expect(findToc([...entries, ...numbers]).texts).toEqual(['Contents', 'Module 1: Welcome 1', 'Module 2: Listening 1', 'Module 3: Review 2']);
    // A line ending on a letter or a mark is no entry, whatever comes before.
    expect(found(stack(['Contents', 'Intro ........ 1a', 'Scene one ..... 2.', 'Scene two ..... 4)']))).toEqual([]);
  });
});
