/**
 * A word joiner (U+2060) or a zero-width no-break space (U+FEFF, a byte order mark inside a text) says "no break here":
 * `wo\u2060rd` is one word, shown `word`; beside a real space it is that one space; at a line's ends it is nothing.
 * The other invisible characters found inside words keep their rule: U+200B (a zero-width space; Word counts `a\u200Bb`
 * as one word), the soft hyphen U+00AD, U+200C and U+200D are inside their word and left in its text.
 * Fixtures: scripts/build-joiner-fixtures.py (python-docx; LibreOffice's DOCX and PDF; ReportLab's PDF).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { countWords, countWordsUpTo, isNormalSpace, lineBreaksIn, normaliseSpace, withLineBreaks } from '../src/text/words.js';
import { runCli, ROOT } from './helpers/cli.js';

const DIR = join(ROOT, 'tests', 'fixtures', 'joiners');

const BLUE: [string, number][] = [
  ['The word joiner keeps one word.', 6],
  ['A byteorder mark inside a word.', 6],
  ['Joiner beside a space stays one space.', 7],
  ['Leading and trailing marks vanish.', 5],
  ['Two runs, one word.', 4],
];
// What a reader gives back for the other invisible characters depends on the producer (LibreOffice's PDF draws none
// of them; its DOCX writes the soft hyphen as w:softHyphen): their words never do.
const RED_DOCX: [string, number][] = [
  ['Zero\u200Bwidth, soft\u00ADhyphen, zw\u200Dj and zw\u200Cnj stay.', 6],
  ['Betweenwords: ab and alone.', 4],
];
const RED_LO_DOCX: [string, number][] = [['Zero\u200Bwidth, softhyphen, zw\u200Dj and zw\u200Cnj stay.', 6], RED_DOCX[1]!];
const RED_PDF: [string, number][] = [['Zero\u200Bwidth, softhyphen, zw\u200Dj and zw\u200Cnj stay.', 6], RED_DOCX[1]!];
const RED_LO_PDF: [string, number][] = [['Zerowidth, softhyphen, zwj and zwnj stay.', 6], RED_DOCX[1]!];

describe('word joiners and U+FEFF inside words, through a report', () => {
  it.each([
    ['joiners.docx', RED_DOCX],
    ['joiners-lo.docx', RED_LO_DOCX],
    ['joiners-rl.pdf', RED_PDF],
    ['joiners-lo.pdf', RED_LO_PDF],
  ] as const)('%s: each line as written, each word once', async (name, red) => {
    const { report } = await analyse(join(DIR, name));
    const shown = report.voices.map((v) => [v.name, v.words, v.lines.map((l) => [l.text, l.words])]);
    expect(shown).toEqual([
      ['#0000FF blue', 28, BLUE],
      ['#C00000 red', 10, red],
    ]);
  });

  it('lines and summary show the words joined and count them once', () => {
    const lines = runCli(['lines', 'tests/fixtures/joiners/joiners.docx']);
    expect(lines.code).toBe(0);
    expect(lines.stdout.split('\n').slice(2)).toEqual([
      'Whole script: 38 words in 7 lines, about 0:15 at 150 wpm',
      'To record: not known until the voices are named (vo-lines init tests/fixtures/joiners/joiners.docx writes a config to edit)',
      '',
      '#0000FF blue: 5 lines, 28 words, about 0:11 at 150 wpm',
      '  ¶1  6 words  The word joiner keeps one word.',
      '  ¶2  6 words  A byteorder mark inside a word.',
      '  ¶3  7 words  Joiner beside a space stays one space.',
      '  ¶4  5 words  Leading and trailing marks vanish.',
      '  ¶5  4 words  Two runs, one word.',
      '',
      '#C00000 red: 2 lines, 10 words, about 0:04 at 150 wpm',
      '  ¶6  6 words  Zero\u200Bwidth, soft\u00ADhyphen, zw\u200Dj and zw\u200Cnj stay.',
      '  ¶7  4 words  Betweenwords: ab and alone.',
      '',
    ]);
    const summary = runCli(['summary', 'tests/fixtures/joiners/joiners.docx']);
    expect(summary.code).toBe(0);
    expect(summary.stdout.split('\n').slice(4, 8)).toEqual([
      '  Voice         Lines  Words  Spoken   Share  Time  Pace',
      '  Total             7     38      38  100.0%  0:15  150 wpm',
      '  #0000FF blue      5     28      28   73.7%  0:11  150 wpm',
      '  #C00000 red       2     10      10   26.3%  0:04  150 wpm',
    ]);
  });
});

describe('the word rule and the shown text', () => {
  it.each([
    ['wo\u2060rd', 'word', 1],
    ['wo\uFEFFrd', 'word', 1],
    ['a\u2060\uFEFF\u2060b', 'ab', 1],
    ['one \u2060two', 'one two', 2],
    ['one\u2060 two', 'one two', 2],
    ['one\u2060 \u2060two', 'one two', 2],
    ['one \uFEFF two', 'one two', 2],
    ['\u2060one two\uFEFF', 'one two', 2],
    ['\uFEFF\u2060 one\u00A0two \u2060', 'one two', 2],
    ['\u2060', '', 0],
    ['\u2060 \uFEFF', '', 0],
    ['— \u2060 —', '— —', 0],
    ['中\u2060文', '中文', 2],
    ['a\u200Bb', 'a\u200Bb', 1],
    ['co\u00ADoperate', 'co\u00ADoperate', 1],
    ['zw\u200Dj zw\u200Cnj', 'zw\u200Dj zw\u200Cnj', 2],
  ])('%j: shown %j, %i words', (text, shown, words) => {
    expect(normaliseSpace(text)).toBe(shown);
    expect(countWords(text)).toBe(words);
    expect(countWordsUpTo(text, 1)).toBe(Math.min(words, 1));
    expect(isNormalSpace(text)).toBe(shown === text);
  });

  it('a line break beside a joiner is still where the shown text breaks', () => {
    const raw = 'first\u2060\nsecond wo\u2060rd\u2060\r\n\u2060third';
    const shown = normaliseSpace(raw);
    expect(shown).toBe('first second word third');
    expect(lineBreaksIn(raw)).toEqual([5, 17]);
    expect(withLineBreaks(shown, lineBreaksIn(raw)!)).toBe('first\nsecond word\nthird');
    expect(lineBreaksIn('\u2060\nfirst wo\u2060rd\n\u2060')).toBeNull();
  });
});
