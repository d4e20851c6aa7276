import { describe, expect, it } from 'vitest';
import { countNormalWords, countWords, countWordsUpTo, hasWord, isNormalSpace, isSpaceCode, normaliseSpace, SPACE_CHAR } from '../src/text/words.js';
import { recordingSeconds } from '../src/measure/pace.js';
import { formatDuration } from '../src/text/format.js';

describe('the word rule', () => {
  it.each([
    ["l'erreur", 1],
    ['l’erreur', 1],
    ['e-learning', 1],
    ['30 %', 1],
    ['30\u202F%', 1],
    ['1\u00A0200', 2],
    ['1 200', 2],
    ['—', 0],
    [' — ', 0],
    ['« Bonjour » !', 1],
    ['Don’t stop — go!', 3],
    ['$5.40', 1],
    ['', 0],
    ['\t\n', 0],
    ['日本語 テキスト', 7],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('collapses every kind of whitespace to one space', () => {
    expect(normaliseSpace(' a\u00A0\u202Fb\tc\n d ')).toBe('a b c d');
  });
});

describe('recording time', () => {
  it('is words ÷ pace × 60 s', () => {
    expect(recordingSeconds(150, 150)).toBe(60);
    expect(recordingSeconds(1180, 150)).toBe(472);
    expect(recordingSeconds(395, 150)).toBe(158);
    expect(recordingSeconds(1, 160)).toBe(0.4);
  });

  it('is shown as m:ss, or h:mm:ss from an hour', () => {
    expect(formatDuration(472)).toBe('7:52');
    expect(formatDuration(59.6)).toBe('1:00');
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(3600 + 61)).toBe('1:01:01');
  });
});

describe('the word rule on any text', () => {
  // The rule as regular expressions (what the loops in words.ts must give): the definition,
  // compared on random strings of every kind of character.
  // A word joiner or a U+FEFF is neither a letter nor whitespace: the rule is the text's without them.
  const joinersOut = (text: string) => text.replace(/[\u2060\uFEFF]/gu, '');
  const reference = {
    // A token counts one word for each East Asian letter in it and one for each stretch between them holding a letter or digit.
    count: (text: string) =>
      joinersOut(text)
        .split(/[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/u)
        .flatMap((t) => t.split(/([\u2E80-\u312F\u3190-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF9F\uFFDD-\uFFEF\u{1B000}-\u{1B16F}\u{20000}-\u{3FFFF}])/u))
        .filter((t) => /[\p{L}\p{N}]/u.test(t)).length,
    normalise: (text: string) => joinersOut(text).replace(/[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/gu, ' ').trim(),
    hasWord: (text: string) => /[\p{L}\p{N}]/u.test(text),
  };
  const PIECES = [' ', '  ', '\t', '\n', '\r\n', '\u00A0', '\u202F', '\u2007', '\u2060', '\uFEFF', '\u3000', '\u2028', '\u1680', '\u0085',
    'a', 'Z', '9', 'é', 'ß', 'Ω', '中', 'の', 'ー', '。', '，', 'Ａ', '안', '𠀀', '٣', '𝒜', '😀', '—', '-', "'", '’', '.', '%', '\u0301', '\uD800', '\u200B'];

  it('isSpaceCode is SPACE_CHAR for every UTF-16 unit: JavaScript\'s \\s but U+FEFF, and U+0085 (NEL: Unicode\'s White_Space)', () => {
    const differ: number[] = [];
    const notJs: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (isSpaceCode(c) !== SPACE_CHAR.test(String.fromCharCode(c))) differ.push(c);
      if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) notJs.push(c);
    }
    expect(differ).toEqual([]);
    expect(notJs).toEqual([0x85, 0xfeff]);
  });

  it('countWords, normaliseSpace and hasWord agree with the rule on 2,000 random strings', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
    for (let k = 0; k < 2000; k++) {
      const text = Array.from({ length: random(30) }, () => PIECES[random(PIECES.length)]).join('');
      expect([countWords(text), normaliseSpace(text), hasWord(text)], JSON.stringify(text)).toEqual([reference.count(text), reference.normalise(text), reference.hasWord(text)]);
    }
  });

  it('normaliseSpace: plain spaces at the ends of a text normal between them are cut off (its fast path), as the rule says', () => {
    expect(normaliseSpace(' and then')).toBe('and then');
    expect(normaliseSpace('Narrator says   ')).toBe('Narrator says');
    expect(normaliseSpace('  a b  ')).toBe('a b');
    expect(normaliseSpace('   ')).toBe('');
    // Not normal between the ends: the whole rule.
    expect(normaliseSpace(' a  b ')).toBe('a b');
    expect(normaliseSpace(' a\u2060b ')).toBe('ab');
    expect(normaliseSpace(' a\u00A0')).toBe('a');
    let seed = 5;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) % n;
    const inner = [...PIECES.filter((p) => !/^\s+$/u.test(p) && p !== '\u2060'), ' ', ' ', ' ', '  ', '\u2060', '\u00A0'];
    for (let k = 0; k < 3000; k++) {
      const text = ' '.repeat(random(3)) + Array.from({ length: random(12) }, () => inner[random(inner.length)]).join('') + ' '.repeat(random(3));
      expect(normaliseSpace(text), JSON.stringify(text)).toBe(reference.normalise(text));
    }
  });

  it('text already normal (single plain spaces between tokens) takes the fast paths and agrees with the rule', () => {
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) % n;
    // Mostly single plain spaces, so that most strings are normal; now and then another space.
    const pieces = [...PIECES.filter((p) => !/^\s+$/u.test(p) && p !== '\u2060'), ' ', ' ', ' ', ' ', ' ', ' ', '  ', '\u00A0'];
    let normal = 0;
    for (let k = 0; k < 3000; k++) {
      const text = Array.from({ length: random(40) }, () => pieces[random(pieces.length)]).join('');
      const expected = reference.count(text);
      const isNormal = reference.normalise(text) === text;
      if (isNormal) normal++;
      expect(isNormalSpace(text), JSON.stringify(text)).toBe(isNormal);
      expect(countNormalWords(reference.normalise(text)), JSON.stringify(text)).toBe(expected);
      expect(countWordsUpTo(text, 3), JSON.stringify(text)).toBe(Math.min(expected, 3));
    }
    expect(normal).toBeGreaterThan(300);
  });

  it('countNormalWords: a token opening with any ASCII character is a word only if it holds a letter or a digit', () => {
    // (Its fast path takes a token opening with an ASCII letter or digit as a word without looking further.)
    const differ: string[] = [];
    for (let c = 0x21; c < 0x7f; c++) {
      for (const rest of ['', '—', 'a', '9', 'é', '%']) {
        const text = `x ${String.fromCharCode(c)}${rest} —`;
        if (countNormalWords(text) !== reference.count(text)) differ.push(text);
      }
    }
    for (let c = 0; c < 0x21; c++) if (countNormalWords(`${String.fromCharCode(c)}—`) !== reference.count(`${String.fromCharCode(c)}—`)) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });

  it('megabytes of spaces in one text: counted and collapsed without a stack overflow', () => {
    for (const space of [' ', '\u00A0', '\t\n', '\u2060 ']) {
      const text = `lorem${space.repeat(8 << 20)}ipsum${space}`;
      expect(countWords(text)).toBe(2);
      expect(normaliseSpace(text)).toBe('lorem ipsum');
      expect(hasWord(space.repeat(1 << 20))).toBe(false);
    }
    // Joiners alone join: one word.
    const joined = `lorem${'\u2060'.repeat(8 << 20)}ipsum\uFEFF`;
    expect(countWords(joined)).toBe(1);
    expect(normaliseSpace(joined)).toBe('loremipsum');
  });
});
