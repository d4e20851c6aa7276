/**
 * The letters and short words of a script are read once per text and kept (measure/language.ts
 * tallyWriting, functionWordHits: bench/README.md, the thirty-sixth session, helper lang3): what
 * writtenLanguage, alphabetLanguage and the word guess say must be what one reading per question
 * said before — each stopping after its own number of letters or words (20,000 letters, 4,000
 * words), whichever texts were read before, whole or in part. The references below are the former
 * code, one pass per question.
 */
import { describe, expect, it } from 'vitest';
import { alphabetLanguage, guessLanguage, guessVoiceLanguages, writtenLanguage, type ScriptLanguage } from '../src/measure/language.js';

const SAMPLE_LETTERS = 20_000;

function tallyLetters(texts: Iterable<string>, kinds: number, bucket: (c: number) => number): number[] {
  const counts: number[] = new Array<number>(kinds + 1).fill(0);
  let total = 0;
  outer: for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let k: number;
      if (c < 0x80) {
        if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) continue;
        k = kinds;
      } else {
        k = bucket(c);
        if (k < 0) {
          if ((c >= 0xd800 && c <= 0xdfff) || !/\p{L}/u.test(String.fromCodePoint(text.codePointAt(i)!))) continue;
          k = kinds;
        }
      }
      counts[k]!++;
      if (++total >= SAMPLE_LETTERS) break outer;
    }
  }
  return counts;
}

function writtenBefore(texts: Iterable<string>): string | null {
  const [han, kana, hangul, other] = tallyLetters(texts, 3, (c) => {
    if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd8bf)) return 0;
    if ((c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9d)) return 1;
    if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3131 && c <= 0x318e)) return 2;
    return -1;
  }) as [number, number, number, number];
  const eastAsian = han + kana + hangul;
  if (eastAsian < 2 || eastAsian <= other) return null;
  if (hangul > han + kana) return 'ko';
  return kana * 10 >= han + kana ? 'ja' : 'zh';
}

function alphabetBefore(texts: Iterable<string>): string | null {
  const [arabic, hebrew, greek, cyrillic, other] = tallyLetters(texts, 4, (c) => {
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) return 0;
    if ((c >= 0x0590 && c <= 0x05ff) || (c >= 0xfb1d && c <= 0xfb4f)) return 1;
    if ((c >= 0x0370 && c <= 0x03ff) || (c >= 0x1f00 && c <= 0x1fff)) return 2;
    if (c >= 0x0400 && c <= 0x052f) return 3;
    return -1;
  }) as [number, number, number, number, number];
  const most = Math.max(arabic, hebrew, greek, cyrillic);
  if (most < 2 || most <= other) return null;
  return most === arabic ? 'ar' : most === hebrew ? 'he' : most === greek ? 'el' : 'und-Cyrl';
}

/** A small deterministic generator (tests are hermetic: no Math.random). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// Letters and non-letters of each kind, the blocks' marks and signs among them (Hebrew points, the Greek
// question mark, Arabic digits, Cyrillic's titlo), Latin-1's ª µ º, × ÷, a Han ideograph past the BMP,
// an emoji, ASCII punctuation.
const PIECES = ['a', 'Z', ' ', '.', '1', 'é', 'ß', 'ª', 'µ', '×', 'ł', 'ơ', '中', '語', 'か', 'カ', 'ー', '한', 'ᄀ', 'ㄱ', '𠀀', '😀', 'ب', '٣', '،', 'ש', 'ְ', 'ﬠ', 'α', ';', 'ἀ', '῾', 'я', '҂', '҃', 'ꙮ', 'ǂ', 'ɏ', 'ʰ'];

function randomTexts(next: () => number, count: number, longest: number, pieces: readonly string[]): string[] {
  const texts: string[] = [];
  for (let t = 0; t < count; t++) {
    // Each text leans to a few pieces, so that every kind leads in some draws.
    const lead = pieces[Math.floor(next() * pieces.length)]!;
    const own = [lead, lead, pieces[Math.floor(next() * pieces.length)]!, ' '];
    let text = '';
    const length = Math.floor(next() * longest);
    for (let i = 0; i < length; i++) text += next() < 0.7 ? own[Math.floor(next() * own.length)] : pieces[Math.floor(next() * pieces.length)];
    texts.push(text);
  }
  return texts;
}

describe('letters read once for writtenLanguage and alphabetLanguage, and kept per text', () => {
  it('say what one reading each said, on short and capped texts, whole or part read before', () => {
    const next = generator(12);
    let said = 0;
    for (let round = 0; round < 300; round++) {
      // Some rounds hold more than 20,000 letters, the cap falling inside a text.
      const texts = randomTexts(next, 1 + Math.floor(next() * 6), round % 5 === 0 ? 12_000 : 60, PIECES);
      // Read first in another order or a part of them, so that later readings meet kept tallies.
      const part = texts.slice(Math.floor(next() * texts.length));
      expect(writtenLanguage(part)).toBe(writtenBefore(part));
      expect(writtenLanguage(texts)).toBe(writtenBefore(texts));
      expect(alphabetLanguage(texts)).toBe(alphabetBefore(texts));
      expect(alphabetLanguage([...texts].reverse())).toBe(alphabetBefore([...texts].reverse()));
      if (writtenBefore(texts) !== null || alphabetBefore(texts) !== null) said++;
    }
    // The draws are not all null.
    expect(said).toBeGreaterThan(30);
  });

  it('count the letters of an all-ASCII text (native scans) as one reading did, beside texts past ASCII', () => {
    // ASCII letters between figures, punctuation and spaces, then Han: Chinese only while the Han outnumber the letters.
    const ascii = (letters: number) => 'a. 1\t'.repeat(letters);
    expect(writtenLanguage([ascii(10), '中'.repeat(11)])).toBe('zh');
    expect(writtenLanguage([ascii(11), '中'.repeat(11)])).toBe(null);
    expect(alphabetLanguage([ascii(10), 'я'.repeat(11)])).toBe('und-Cyrl');
    expect(alphabetLanguage(['Zz;'.repeat(5) + 'b', 'я'.repeat(11)])).toBe(null);
    const next = generator(31);
    const ASCII_PIECES = ['a', 'Z', ' ', '.', '1', ';', '\t', '~', '_', '`'];
    let said = 0;
    for (let round = 0; round < 200; round++) {
      // All-ASCII texts among others, some long enough for the 20,000 letters to end inside one.
      const texts = [
        ...randomTexts(next, 1 + Math.floor(next() * 3), round % 5 === 0 ? 30_000 : 60, ASCII_PIECES),
        ...randomTexts(next, Math.floor(next() * 4), 60, PIECES),
      ].sort(() => next() - 0.5);
      expect(writtenLanguage(texts)).toBe(writtenBefore(texts));
      expect(alphabetLanguage(texts)).toBe(alphabetBefore(texts));
      if (writtenBefore(texts) !== null || alphabetBefore(texts) !== null) said++;
    }
    expect(said).toBeGreaterThan(10);
  });

  it('stop at 20,000 letters each: a text of Han after 19,999 Latin letters, read whole and as the end of a script', () => {
    const latin = 'a'.repeat(19_999);
    const han = '中'.repeat(30_000);
    expect(writtenLanguage([han])).toBe('zh');
    // Only one Han counted after the Latin letters: the script is not Chinese.
    expect(writtenLanguage([latin, han])).toBe(null);
    expect(writtenLanguage([latin, han])).toBe(writtenBefore([latin, han]));
    // Cyrillic after 19,998 Latin letters, two counted: not an alphabet's script either.
    const cyrillic = 'я'.repeat(5);
    expect(alphabetLanguage([cyrillic])).toBe('und-Cyrl');
    expect(alphabetLanguage(['b'.repeat(19_998), cyrillic])).toBe(null);
  });
});

const french = 'la réunion de lundi est dans la salle du fond et nous pour vous une les';
const english = 'the meeting on monday is in the room at the end and you can be with that';

describe('short words counted once per text and kept', () => {
  it('the guess stops after 4,000 words, wherever it reads them from', () => {
    // 3,990 English words, then a line of French: the guess reads its first 10 words only.
    const englishLines = Array.from({ length: 399 }, () => 'one two three four five six seven eight nine ten');
    const frenchLine = Array.from({ length: 40 }, () => french).join(' ');
    expect(guessLanguage([frenchLine])).toBe('fr');
    expect(guessLanguage([...englishLines, frenchLine])).toBe(null);
    // 3,940 words first: the 60 French words counted make 8 and more hits.
    expect(guessLanguage([...englishLines.slice(5), frenchLine])).toBe('fr');
  });

  it("a voice's words and signs are counted on its own lines, the same read before or not", () => {
    const script: ScriptLanguage = { tag: 'en', code: 'en', name: 'English', source: 'document', spokenForms: true };
    const lines = [
      ...Array.from({ length: 6 }, () => ({ voice: 'Marie', text: french })),
      ...Array.from({ length: 6 }, () => ({ voice: 'Sam', text: english })),
      // Longer than the 4,000 words a voice is read on: its first 4,000 are counted.
      { voice: 'Long', text: Array.from({ length: 300 }, () => french).join(' ') },
      { voice: 'Long', text: english },
    ];
    const expected = {
      code: 'voice-language-guessed',
      details: { voice: 'Marie', language: 'fr', scriptLanguage: 'en', words: 96, signs: 72, scriptSigns: 0, kind: 'words' },
    };
    const first = guessVoiceLanguages(script, lines);
    expect(first!.warnings.map((w) => ({ code: w.code, details: w.details }))).toEqual([
      expected,
      { code: 'voice-language-guessed', details: { voice: 'Long', language: 'fr', scriptLanguage: 'en', words: 4000, signs: 3000, scriptSigns: 0, kind: 'words' } },
    ]);
    // Read again (the lines' counts kept): the same.
    expect(guessVoiceLanguages(script, lines)!.warnings.map((w) => w.details)).toEqual(first!.warnings.map((w) => w.details));
    // Marie alone, after the whole script was read: the same counts.
    expect(guessVoiceLanguages(script, [...lines.slice(0, 6), { voice: null, text: english }])!.warnings.map((w) => ({ code: w.code, details: w.details }))).toEqual([expected]);
  });
});
