/**
 * Syllables of a spoken form, by per-language vowel-group rules: enough for a time estimate
 * (README "Timing by syllables"), not a hyphenation dictionary. A spelled capital letter counts
 * the syllables of its name (English W "double-u" = 3).
 */
import { lazy } from '../text/lazy.js';
import { countEastAsianLetters } from '../text/words.js';

const LETTER_SYLLABLES: Record<string, Record<string, number>> = {
  en: { W: 3 },
  fr: { W: 3, Y: 2 },
  de: { Y: 3 },
  es: { W: 3, Y: 3, F: 2, L: 2, M: 2, N: 2, S: 2, R: 2, X: 2, H: 2, J: 2, Z: 2, V: 2 },
};

const VOWELS = 'aeiouyàâäáéèêëíîïóôöúùûüÿœæ';
const VOWEL_GROUPS = new RegExp(`[${VOWELS}]+`, 'g');

function english(word: string): number {
  if (word.length <= 3) return 1;
  let w = word.replace(/^y/, '');
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) w = w.slice(0, -1);
  else if (/[^aeiouytd]ed$/.test(w)) w = w.slice(0, -2);
  else if (/[^aeiouysxzcgh]es$/.test(w)) w = w.slice(0, -2);
  return Math.max(1, w.match(/[aeiouy]+/g)?.length ?? 0);
}

/** French: the final mute e (`table`, `tables`) is not a syllable in read speech. */
function french(word: string): number {
  const groups = word.match(VOWEL_GROUPS)?.length ?? 0;
  if (groups > 1 && /[^aeiouyàâäéèêëîïôöùûüÿœæ]es?$/.test(word)) return groups - 1;
  return Math.max(1, groups);
}

/** Spanish: two strong vowels (a e o) or an accented í ú beside another vowel are two syllables. */
function spanish(word: string): number {
  const strong = 'aeoáéó';
  let count = 0;
  let previous = '';
  for (let i = 0; i < word.length; i++) {
    const char = word[i]!;
    // y is a vowel only at the end of a word (muy, hoy).
    const vowel = VOWELS.includes(char) && (char !== 'y' || i === word.length - 1);
    if (!vowel) {
      previous = '';
      continue;
    }
    if (previous === '' || (strong.includes(previous) && strong.includes(char)) || 'íú'.includes(char) || 'íú'.includes(previous)) count++;
    previous = char;
  }
  return Math.max(1, count);
}

function generic(word: string): number {
  return Math.max(1, word.match(VOWEL_GROUPS)?.length ?? 0);
}

const BY_LANGUAGE: Record<string, (word: string) => number> = { en: english, fr: french, es: spanish, de: generic };

/** Letters the word rule counts one by one (text/words.ts), as a pattern: Han, kana, bopomofo, fullwidth letters and digits. */
const EAST_ASIAN_LETTERS = lazy(() => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u30FC\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF70\uFF9E\uFF9F]/gu);

/** Syllables of a text in a language (primary subtag: `en`, `fr`…); unknown languages count vowel groups. */
export function countSyllables(text: string, code: string): number {
  const rule = BY_LANGUAGE[code] ?? generic;
  const letters = LETTER_SYLLABLES[code] ?? {};
  let total = 0;
  // One token at a time (a split would hold every token of a line at once: megabytes in a damaged file).
  const tokens = /[^\s\-‑]+/gu;
  for (let match = tokens.exec(text); match; match = tokens.exec(text)) {
    const token = match[0];
    // Each Han character is one syllable (Mandarin), each kana one mora; the Latin between them counts as usual.
    const eastAsian = countEastAsianLetters(token);
    if (eastAsian) {
      total += eastAsian;
      const rest = token.replace(EAST_ASIAN_LETTERS(), ' ').trim();
      if (rest) total += countSyllables(rest, code);
      continue;
    }
    if (/^\p{Lu}$/u.test(token)) {
      total += letters[token] ?? 1;
      continue;
    }
    const word = token.toLowerCase().replace(/[^\p{L}]/gu, '');
    if (word) total += rule(word);
    else total += token.match(/\d/g)?.length ?? 0;
  }
  return total;
}

/** Pauses a narrator takes: after a comma, semicolon, colon or dash; after a full stop, ? ! or …. */
export function countPauses(text: string): { short: number; long: number } {
  // East Asian stops and commas take no space after them.
  const long = count(/[.!?…]+(?=\s|$)|[。！？]+/gu, text);
  const short = count(/[,;:](?=\s|$)/gu, text) + count(/\s[—–]\s/gu, text) + count(/[，、；：]/gu, text);
  return { short, long };
}

/** Matches of a global pattern, counted without keeping them. */
function count(pattern: RegExp, text: string): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) n++;
  return n;
}
