/**
 * paragraphRuns (paragraphs.ts) joins a paragraph's lines into runs. It was made cheaper (bench/README.md,
 * the twenty-seventh session): whether the last run ends in a space is kept aside instead of asked of its
 * growing text at every line, white space is told by character code (isJsSpace) instead of `/\s/u` and
 * `trimEnd`, and the address-break and East Asian edge tests look at the characters at the break first.
 * The answers must be those of the patterns they stand for.
 */
import { describe, expect, it } from 'vitest';
import { Hyphenation } from '../src/readers/pdf/hyphenation.js';
import { isJsSpace, paragraphRuns } from '../src/readers/pdf/paragraphs.js';
import type { Line, LineRun } from '../src/readers/pdf/types.js';

const run = (text: string, color = '#000000', background: string | null = null): LineRun => ({ text, color: color as LineRun['color'], background: background as LineRun['background'] });
const line = (...runs: LineRun[]): Line => ({ runs, text: runs.map((r) => r.text).join(''), x0: 0, x1: 100, baseline: 0, size: 10, firstWordWidth: 10 });
const runsOf = (lines: Line[]) => paragraphRuns(lines, new Hyphenation([lines])).map((r) => [r.text, r.color, r.background]);

describe('white space as JavaScript reads it', () => {
  it('isJsSpace is `\\s` (and what trim takes) for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      if (isJsSpace(c) !== /\s/u.test(s) || isJsSpace(c) !== (`a${s}`.trimEnd() === 'a')) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
});

describe('the runs of a paragraph', () => {
  it('one space between lines; spaces a line ends or starts with are kept as they were (doubled, not dropped)', () => {
    expect(runsOf([line(run('First line')), line(run('second line')), line(run('third and last'))])).toEqual([['First line second line third and last', '#000000', null]]);
    // Lines as buildLines makes them carry no such spaces; read as before the change, space for space.
    const lines = [line(run('  First line ')), line(run(' second line  ')), line(run('third  and   last  '))];
    expect(runsOf(lines)).toEqual([['First line  second line  third and last', '#000000', null]]);
  });

  it('a colour change at a line break: the space stays with the run before', () => {
    const lines = [line(run('Red words '), run('and blue', '#0000CC')), line(run(' blue goes on', '#0000CC'), run(' then red'))];
    expect(runsOf(lines)).toEqual([
      ['Red words ', '#000000', null],
      ['and blue blue goes on', '#0000CC', null],
      [' then red', '#000000', null],
    ]);
  });

  it('a soft hyphen ending a line, white space after it (a no-break space too), joins the lines with no space added', () => {
    expect(runsOf([line(run('recom\u00AD')), line(run('mendation follows'))])).toEqual([['recommendation follows', '#000000', null]]);
    // The hyphen goes; the white space after it stays (as before).
    expect(runsOf([line(run('recom\u00AD\u00A0 ')), line(run('mendation follows'))])).toEqual([['recom\u00A0 mendation follows', '#000000', null]]);
  });

  it('an address the line broke inside is one word; a sentence ending on an address before a capital is two', () => {
    expect(runsOf([line(run('See https://example.com/safety/')), line(run('first-aid.html for more.'))])).toEqual([
      ['See https://example.com/safety/first-aid.html for more.', '#000000', null],
    ]);
    expect(runsOf([line(run('Go to www.example.com.')), line(run('Then press play.'))])).toEqual([['Go to www.example.com. Then press play.', '#000000', null]]);
  });

  it('Chinese lines run on with nothing between; Latin and Korean lines with a space', () => {
    expect(runsOf([line(run('这是第一行')), line(run('这是第二行。'))])).toEqual([['这是第一行这是第二行。', '#000000', null]]);
    expect(runsOf([line(run('café')), line(run('crème'))])).toEqual([['café crème', '#000000', null]]);
    expect(runsOf([line(run('첫 줄')), line(run('둘째 줄'))])).toEqual([['첫 줄 둘째 줄', '#000000', null]]);
  });

  it('a paragraph of 3,000 lines in one colour is one run, its lines joined by one space', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => line(run(`line ${i} of the long paragraph`)));
    const runs = runsOf(lines);
    expect(runs).toHaveLength(1);
    expect(runs[0]![0]).toBe(Array.from({ length: 3000 }, (_, i) => `line ${i} of the long paragraph`).join(' '));
  });
});
