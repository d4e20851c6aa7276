import { describe, expect, it } from 'vitest';
import { countWords, normaliseSpace } from '../src/measure/words.js';
import { formatDuration, recordingSeconds } from '../src/measure/pace.js';

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
    ['日本語 テキスト', 2],
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
