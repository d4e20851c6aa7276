/**
 * Regular expressions with Unicode property classes that became code sharing one compiled set (each
 * `\p{L}` a pattern holds is built from ICU's tables when the pattern is created and again when it is
 * compiled: bench/README.md, the twenty-eighth session). Each is checked against the expression it
 * replaces on every code point and on many generated strings: ASCII, accents (precomposed and
 * combining), CJK, kana, Hangul, Arabic, Hebrew, astral letters and digits, emoji, lone surrogates,
 * apostrophes, spaces.
 */
import { describe, expect, it } from 'vitest';
import { elided, mayBeCoinedHeading } from '../src/attribute/legend-shapes.js';
import { labelName, leadingWord, lengthLabel } from '../src/measure/sections.js';
import { hasLetter, isLetterAt, isLetterOrDigitAt } from '../src/text/words.js';
import { capitalsIn, isJsSpaceCode, isLowerCode, isMarkCode, isUpperCode, mayHoldEastAsian } from '../src/text/code-classes.js';
import { formOf, hasCjkLetter, hasEastAsianLetter, LABEL } from '../src/text/speaker-label.js';
import { mayBeSaidOtherwise, quickAttention } from '../src/measure/spoken/index.js';
import { durationIn, namesLength } from '../src/measure/sections.js';
import { isRowNumber } from '../src/readers/row-numbers.js';
import * as shapes from '../src/measure/spoken/shapes.js';
import { formulaChars } from '../src/measure/spoken/maths.js';
import { trimPunctuation } from '../src/compare/align.js';

/** Characters the generated strings are made of: one or two UTF-16 units each, lone surrogates too. */
const PIECES = [
  'a', 'z', 'A', 'Z', 'l', 'L', 'd', 'D', '0', '9', ' ', '\t', "'", '’', '‘', '-', '.', ':', '(', ')', '_',
  'é', 'É', 'ß', 'ª', 'º', 'µ', '²', '½', 'ǅ', 'ʰ', 'e\u0301', '\u0301', '\u0308', '\u00A0', '\u202F', '\u200D',
  '漢', '字', 'ひ', 'カ', 'ー', 'ｶ', 'Ａ', '０', '한', 'ㄱ', 'ب', 'ع', '٣', 'א', 'ש', 'ก', '\u0E31', 'Ω', 'ж', 'Ⅻ', '߀',
  '𝐀', '𝑧', '𠀀', '𝟎', '𐐀', '😀', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFEFF', '\uFFFD', '\u0000',
  ':', '：', ',', '&', '/', 'S', 'FX', 'É', 'Ж', '\u3000', '\u2028', '\u0085', '\u180E', '\u2060', '\n', '  ',
];

/** A seeded generator (mulberry32), so a failure names a string that comes back. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Strings of 0 to `most` pieces, `count` of them, the same for a seed. */
function strings(count: number, seed: number, most = 5): string[] {
  const next = random(seed);
  const result: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = '';
    const length = Math.floor(next() * (most + 1));
    for (let k = 0; k < length; k++) text += PIECES[Math.floor(next() * PIECES.length)]!;
    result.push(text);
  }
  return result;
}

/** Every code point as a string (surrogates alone included), in steps of `step` beyond the BMP. */
function codePoints(): string[] {
  const result: string[] = [];
  for (let cp = 0; cp <= 0xffff; cp++) result.push(String.fromCharCode(cp));
  for (let cp = 0x10000; cp <= 0x10ffff; cp += 7) result.push(String.fromCodePoint(cp));
  return result;
}

describe('letters and digits tested by code, as the regular expressions said', () => {
  const all = codePoints();

  it('isLetterAt(text, i) is /\\p{L}/u on the character at i, on every code point', () => {
    const letter = /^\p{L}/u;
    const wrong = all.filter((c) => isLetterAt(c, 0) !== letter.test(c));
    expect(wrong.map((c) => c.codePointAt(0)!.toString(16))).toEqual([]);
    // The code points checked include letters of every kind, astral ones too.
    expect(all.filter((c) => isLetterAt(c, 0)).length).toBeGreaterThan(50_000);
  });

  it('hasLetter(text) is /\\p{L}/u.test(text): every code point after a digit and a space, and pairs around a letter', () => {
    const letter = /\p{L}/u;
    const texts = all.map((c) => `1 ${c}`).concat(all.filter((_, i) => i % 97 === 0).map((c) => `${c}${c}.`), ['', '12 34', '\uD83D\uDE00a', 'a\uD83D', '\uDE00']);
    const wrong = texts.filter((t) => hasLetter(t) !== letter.test(t));
    expect(wrong.map((t) => [...t].map((c) => c.codePointAt(0)!.toString(16)).join(' '))).toEqual([]);
    expect(texts.filter((t) => hasLetter(t)).length).toBeGreaterThan(50_000);
  });

  it('isLetterOrDigitAt(text, 0) is /^[\\p{L}\\p{N}]/u on any non-empty text', () => {
    const head = /^[\p{L}\p{N}]/u;
    const texts = [...all, ...all.map((c) => c + 'a'), ...all.slice(0xd800, 0xe000).map((c) => c + '\uDC00'), ...strings(20_000, 1)].filter((t) => t.length > 0);
    const wrong = texts.filter((t) => isLetterOrDigitAt(t, 0) !== head.test(t));
    expect(wrong).toEqual([]);
    expect(texts.filter((t) => isLetterOrDigitAt(t, 0)).length).toBeGreaterThan(50_000);
  });

  it('trimPunctuation(token) cuts what /[\\p{L}\\p{N}]/u says is no letter nor digit at either end, a character at a time (compare/align.ts)', () => {
    const letterOrDigit = /[\p{L}\p{N}]/u;
    // What trimPunctuation was: the token split into characters, each end tested with the pattern.
    const before = (token: string): string => {
      const chars = [...token];
      let start = 0;
      let end = chars.length;
      while (start < end && !letterOrDigit.test(chars[start]!)) start++;
      while (end > start && !letterOrDigit.test(chars[end - 1]!)) end--;
      return start === 0 && end === chars.length ? token : chars.slice(start, end).join('');
    };
    const ends = ['', '.', '«', '"', '\uD800', '\uDC00', '\uD83D\uDE00', '𝐀', '²', '\uDBFF\uDFFF', '—', ')'];
    const next = random(71);
    const end = () => ends[Math.floor(next() * ends.length)]!;
    const texts = [...all, ...strings(30_000, 72, 6), ...strings(20_000, 73, 3).map((t) => end() + end() + t + end() + end())];
    const wrong = texts.filter((t) => trimPunctuation(t) !== before(t));
    expect(wrong).toEqual([]);
    expect(texts.filter((t) => trimPunctuation(t) !== t && trimPunctuation(t) !== '').length).toBeGreaterThan(10_000);
    expect(trimPunctuation('«𝐀bc²»\uD800')).toBe('𝐀bc²');
    expect(trimPunctuation('\uDC00😀x\uD83D\uDE00.')).toBe('x');
  });

  it("elided(word) is /^[lLdD]['’]\\p{L}/u", () => {
    const pattern = /^[lLdD]['’]\p{L}/u;
    const next = random(7);
    const openings = ["l'", 'l’', "L'", 'L’', "d'", 'd’', "D'", 'D’', 'l‘', 'll', "e'", 'l', "'", ''];
    const texts = [
      ...strings(20_000, 2),
      ...strings(20_000, 3).map((t) => openings[Math.floor(next() * openings.length)]! + t),
      ...all.map((c) => "l'" + c),
      ...all.map((c) => 'D’' + c),
      "l'\uD835\uDC00", "l'\uD835", 'l’漢字', "d'expert", 'l’Expert', "l'2", "l' a",
    ];
    const wrong = texts.filter((t) => elided(t) !== pattern.test(t));
    expect(wrong).toEqual([]);
    // Both answers are well represented.
    const yes = texts.filter((t) => pattern.test(t)).length;
    expect(yes).toBeGreaterThan(10_000);
    expect(texts.length - yes).toBeGreaterThan(10_000);
  });
});

/** `pattern.exec(text)` as the functions below give it: [the match, its first group], or null. */
function groups(pattern: RegExp, text: string): [string, string] | null {
  const m = pattern.exec(text);
  return m ? [m[0], m[1]!] : null;
}

/** Texts that reach every branch of a label's pattern: names of 1 to 45 characters of each kind, spaces of every kind before and after a colon. */
function labelTexts(seed: number): string[] {
  const next = random(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const nameChars = ['A', 'Z', '0', 'É', 'Ж', '𝐀', '𝟎', 'Ⅻ', ' ', '.', '&', "'", '’', '/', '(', ')', '-', 'a', 'é', '漢', 'x', '\t', ':'];
  const spaces = ['', ' ', '  ', '\t', '\u00A0', '\u202F', '\u3000', '\u2028', '\uFEFF', '\u2060', '\u0085', '\n'];
  const texts: string[] = [];
  for (let n = 0; n < 20_000; n++) {
    let name = '';
    const length = 1 + Math.floor(next() * 45);
    for (let k = 0; k < length; k++) name += pick(nameChars);
    texts.push(pick(spaces) + name + pick(spaces) + pick([':', '：', '', ';']) + pick(spaces) + pick(['', 'x', 'Texte', '\uD800', '𝐀']));
  }
  return texts;
}

describe('labels of sections.ts found by code, as the regular expressions found them', () => {
  const bmp: string[] = [];
  for (let cp = 0; cp <= 0xffff; cp++) bmp.push(String.fromCharCode(cp));
  const astral: string[] = [];
  for (let cp = 0x10000; cp <= 0x10ffff; cp += 7) astral.push(String.fromCodePoint(cp));

  it("labelName(text) is the group of /^\\s*([\\p{Lu}\\p{N}][\\p{Lu}\\p{N} .&'’/()-]{0,30}?)\\s*[:：]/u", () => {
    const pattern = /^\s*([\p{Lu}\p{N}][\p{Lu}\p{N} .&'’/()-]{0,30}?)\s*[:：]/u;
    const texts = [
      ...labelTexts(11),
      ...strings(20_000, 12, 8),
      ...bmp.map((c) => c + 'SFX:'), ...bmp.map((c) => 'S' + c + ':'), ...bmp.map((c) => 'SFX' + c + ': x'),
      ...astral.map((c) => c + ':'), ...astral.map((c) => 'A' + c + ' :'),
      'A'.repeat(31) + ':', 'A'.repeat(32) + ':', 'A'.repeat(33) + ':', ' '.repeat(40) + 'A:', 'LEGAL (VO) :', 'A B C D E F G H I J K L M N O P :',
    ];
    const wrong = texts.filter((t) => labelName(t) !== (pattern.exec(t)?.[1] ?? null));
    expect(wrong).toEqual([]);
    const found = texts.filter((t) => pattern.test(t)).length;
    expect(found).toBeGreaterThan(5_000);
    expect(texts.length - found).toBeGreaterThan(10_000);
  });

  it("lengthLabel(text) is /^([\\p{L}][\\p{L} .'’-]{0,40}?)\\s*[:：]\\s*(?=\\S)/u", () => {
    const pattern = /^([\p{L}][\p{L} .'’-]{0,40}?)\s*[:：]\s*(?=\S)/u;
    const texts = [
      ...labelTexts(21).map((t) => t.trimStart()),
      ...labelTexts(22).map((t) => 'Durée' + t),
      ...strings(20_000, 23, 8),
      ...bmp.map((c) => c + 'urée : 30 s'), ...bmp.map((c) => 'Durée' + c + ': 30'), ...bmp.map((c) => 'Durée :' + c), ...bmp.map((c) => 'Durée :' + c + 'x'),
      ...astral.map((c) => c + ': 30'), ...astral.map((c) => 'D' + c + ' : 30'), ...astral.map((c) => 'D: ' + c),
      'a'.repeat(41) + ': 3', 'a'.repeat(42) + ': 3', 'a'.repeat(43) + ': 3', 'Spot length:', 'Spot length:  ', 'Spot length: :30', 'Durée : : 30',
    ];
    const wrong = texts.filter((t) => JSON.stringify(lengthLabel(t)) !== JSON.stringify(groups(pattern, t)));
    expect(wrong).toEqual([]);
    const found = texts.filter((t) => pattern.test(t)).length;
    expect(found).toBeGreaterThan(10_000);
    expect(texts.length - found).toBeGreaterThan(10_000);
  });

  it('leadingWord(text) is /^([\\p{L}.-]+)\\s*,?\\s*/u', () => {
    const pattern = /^([\p{L}.-]+)\s*,?\s*/u;
    const texts = [
      ...strings(30_000, 31, 8),
      ...labelTexts(32),
      ...bmp.map((c) => c + 'adio, 30"'), ...bmp.map((c) => 'RADIO' + c + ', 30"'), ...bmp.map((c) => 'TV ,' + c + ':30'),
      ...astral.map((c) => c + 'a, 30'), ...astral.map((c) => 'a' + c + ' 30'),
      'RADIO, 30"', 'TV :30', 't.v. , ,30', '-.-', ',', ' a',
    ];
    const wrong = texts.filter((t) => JSON.stringify(leadingWord(t)) !== JSON.stringify(groups(pattern, t)));
    expect(wrong).toEqual([]);
    const found = texts.filter((t) => pattern.test(t)).length;
    expect(found).toBeGreaterThan(10_000);
    expect(texts.length - found).toBeGreaterThan(10_000);
  });
});

describe("legend-shapes.ts's coined headings: the costly pattern asked only of texts that may match it", () => {
  it('every text COINED_HEADING matches passes mayBeCoinedHeading', () => {
    // The pattern as legend-shapes.ts writes it.
    const pattern =
      /^(?!(?:the|a|an|my|your|our|this|that|his|her|its|their) )(?:[\p{L}'’-]+ ){1,2}(?:key|legend|colou?r codes?|colou?r[ -]coding)$|^(?:légende|legende|code couleurs?|codes? (?:de |des )?couleurs?)(?: [\p{L}'’-]+){1,3}$/u;
    const next = random(41);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const words = ['speaker', 'vo', 'the', 'a', 'l’équipe', "d'voix", 'voix-off', 'é', '漢字', 'ひ', '𝐀𝑧', 'x\u0301', 'ب', '', 'key', 'legend', 'code', '1', 'a:b', '\uD800', "'", '-', '—'];
    const heads = ['', 'légende', 'legende', 'code couleur', 'code couleurs', 'codes couleurs', 'code de couleur', 'codes des couleurs', 'code', 'légende:'];
    const tails = ['', 'key', 'legend', 'colour code', 'color codes', 'colour-coding', 'color coding', 'keys', ' key', 'legend ', 'code'];
    const texts: string[] = [...strings(20_000, 42, 6)];
    for (let n = 0; n < 40_000; n++) {
      const count = Math.floor(next() * 5);
      const middle = Array.from({ length: count }, () => pick(words));
      texts.push([pick(heads), ...middle, pick(tails)].filter((part, k) => part !== '' || k === 1).join(pick([' ', ' ', ' ', '  ', '\u00A0'])));
    }
    const matched = texts.filter((t) => pattern.test(t));
    expect(matched.filter((t) => !mayBeCoinedHeading(t))).toEqual([]);
    expect(matched.length).toBeGreaterThan(2_000);
    // And most texts that do not match are told apart without the pattern.
    expect(texts.filter((t) => !pattern.test(t) && !mayBeCoinedHeading(t)).length).toBeGreaterThan(30_000);
  });
});

describe('classes of code-classes.ts, as the property classes say, on every code point', () => {
  const each = (test: (cp: number) => boolean, pattern: RegExp) => {
    const wrong: string[] = [];
    let count = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const said = test(cp);
      if (said) count++;
      if (said !== pattern.test(String.fromCodePoint(cp))) wrong.push(cp.toString(16));
    }
    return { wrong, count };
  };

  it('isUpperCode is \\p{Lu}, isLowerCode \\p{Ll}, isMarkCode \\p{M}', () => {
    const upper = each(isUpperCode, /^\p{Lu}$/u);
    const lower = each(isLowerCode, /^\p{Ll}$/u);
    const mark = each(isMarkCode, /^\p{M}$/u);
    expect([upper.wrong, lower.wrong, mark.wrong]).toEqual([[], [], []]);
    expect([upper.count > 1_500, lower.count > 2_000, mark.count > 2_000]).toEqual([true, true, true]);
    expect([isUpperCode(-1), isLowerCode(-1), isMarkCode(-1)]).toEqual([false, false, false]);
  });

  it('capitalsIn counts \\p{Lu} by code point: all of them (speaker-labels.ts, `text.match(/\\p{Lu}/gu)`), or with `every` -1 unless each is one (shapes.ts)', () => {
    const texts = [...codePoints(), ...strings(40_000, 61, 8), ...labelStrings(20_000, 62, 6)];
    const any = (t: string) => (t.match(/\p{Lu}/gu) ?? []).length;
    const every = (t: string) => (/^\p{Lu}*$/u.test(t) ? [...t].length : -1);
    const wrong = texts.filter((t) => capitalsIn(t, 0, t.length, false) !== any(t) || capitalsIn(t) !== every(t));
    expect(wrong.slice(0, 20)).toEqual([]);
    expect([texts.filter((t) => every(t) > 1).length > 100, texts.filter((t) => any(t) > 1 && every(t) < 0).length > 1_000]).toEqual([true, true]);
    // Within a range, as the spoken forms ask (`NASA's`: the capitals before the apostrophe).
    const part = (t: string, from: number, to: number) => [capitalsIn(t, from, to), capitalsIn(t, from, to, false)];
    expect([part("NASA's", 0, 4), part("NASA's", 0, 6), part('AT&T', 3, 4), part('𝐀É-x', 0, 3), part('', 0, 0)]).toEqual([[4, 4], [-1, 4], [1, 1], [2, 2], [0, 0]]);
    expect(['TOM', 'Tom', 'tom', 'DR. SMITH', 'Ｔｏｍ'].map((t) => capitalsIn(t, 0, t.length, false))).toEqual([3, 1, 0, 7, 1]);
  });

  it('isJsSpaceCode is \\s on every code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isJsSpaceCode(c) !== /^\s$/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('no Chinese, Japanese or Korean letter has every code unit below U+2E80 (mayHoldEastAsian)', () => {
    const cjk = /(?=\p{L})[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]|[\uAC00-\uD7A3]/u;
    const wrong: string[] = [];
    let letters = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const c = String.fromCodePoint(cp);
      if (!cjk.test(c)) continue;
      letters++;
      if (!mayHoldEastAsian(c)) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(letters).toBeGreaterThan(90_000);
  });
});

/** Pieces a speaker's label is made of, separators and asides among them. */
const LABEL_PIECES = [
  ...PIECES, 'MARIE', 'Jean', 'VO', '1', ' ', ' ', ':', ':', ' : ', '\t', '：', '(off)', '（画外）', '[00:01]', '[x', ')', '(', '((', ' (V.O.) ',
  '\u00A0', '\u202F', '\u2009', "O'", 'O’', '-', '.', '\u0301', '\u0E31', '\u0300', '𝐀', '旁白', '해설자', 'de', 'la', 'over', '\n', '\r', '\u2028', 'text', '𝟎',
];

function labelStrings(count: number, seed: number, most: number): string[] {
  const next = random(seed);
  const result: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = '';
    const length = Math.floor(next() * (most + 1));
    for (let k = 0; k < length; k++) text += LABEL_PIECES[Math.floor(next() * LABEL_PIECES.length)]!;
    result.push(text);
  }
  return result;
}

describe('speaker-label.ts by code, as its patterns said', () => {
  const SPACES = ' \\u00A0\\u202F\\u2009';
  const ASIDE = '(?:[(（][^()（）]{1,20}[)）]|\\[[^[\\]]{1,20}\\])';
  const SEPARATOR = '(?:[:：]|\\t)\\s*(?=\\S)';
  const label = new RegExp(`^\\s*(\\p{L}[\\p{L}\\p{M}\\p{N}'’.\\- ${SPACES}]{0,29}?)\\s*(?:${ASIDE}\\s*)?${SEPARATOR}`, 'u');
  const texts = [
    ...labelStrings(60_000, 11, 8),
    ...labelStrings(20_000, 12, 20),
    ...strings(20_000, 13, 8),
    // The name's bound, thirty characters, either side of it, in one and two code units, with marks.
    ...[27, 28, 29, 30, 31, 32].flatMap((n) => [
      'A'.repeat(n) + ': text', 'A'.repeat(n) + ' (off) : text', '𝐀'.repeat(n) + ':x', 'É' + 'e\u0301'.repeat(n) + '\tx', ' \u00A0A' + 'b'.repeat(n) + '\t\t x',
    ]),
    'MARIE : ', 'MARIE :\t', 'MARIE\t', 'MARIE \t \u00A0x', 'MARIE (off)\t: x', 'MARIE (off)', 'MARIE (off) (rires) : x', '\uD835: x', 'A\uD835: x',
  ];

  it('LABEL.exec(text) is the pattern LABEL was: the same match, the same name', () => {
    const wrong = texts.filter((t) => {
      const a = LABEL.exec(t);
      const b = label.exec(t);
      return JSON.stringify(a && [a[0], a[1], a.index]) !== JSON.stringify(b && [b[0], b[1], b.index]) || LABEL.test(t) !== !!b;
    });
    expect(wrong).toEqual([]);
    expect(texts.filter((t) => label.test(t)).length).toBeGreaterThan(4_000);
    expect(texts.filter((t) => !label.test(t)).length).toBeGreaterThan(8_000);
  });

  /** formOf as it was, all patterns (the reference the code is checked against). */
  function formBefore(text: string): string | null {
    const cjkLetter = /(?=\p{L})[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u;
    const hangul = /[\uAC00-\uD7A3]/u;
    if ((hangul.test(text) && !cjkLetter.test(text)) || cjkLetter.test(text)) return 'east-asian';
    const words = text.split(/\s+/u);
    if (words.length > 4) return null;
    if (!/\p{Ll}/u.test(text)) return /\p{Lu}.*\p{Lu}|^\p{Lu}$/u.test(text) ? 'capitals' : null;
    if (words.length > 3 || !/^\p{Lu}/u.test(words[0]!)) return null;
    return words.slice(1).every((w) => /^(?:\p{Lu}|\p{N}|de$|du$|la$|le$|off$|over$)/u.test(w)) ? 'name' : null;
  }

  it('formOf(label) is what its patterns said, for labels of every script', () => {
    const next = random(21);
    const words = ['MARIE', 'Marie', 'de', 'la', 'du', 'le', 'off', 'over', 'Over', 'dr', '2', '٣', 'Ⅻ', 'ǅ', 'ß', 'É', 'é', 'ʰ', 'ª', 'Ω', 'ω', '𝐀', '𝑧', '𐐀', '𐐨', 'A\nB', 'A\u2028B', 'AB\r', '', 'Ж'];
    const labels = [
      ...labelStrings(40_000, 22, 6),
      ...strings(20_000, 23, 6),
      ...Array.from({ length: 20_000 }, () => Array.from({ length: 1 + Math.floor(next() * 5) }, () => words[Math.floor(next() * words.length)]).join(next() < 0.8 ? ' ' : '\u00A0')),
      ...codePoints(),
    ];
    const wrong = labels.filter((t) => {
      const before = formBefore(t);
      const now = formOf(t);
      return before === 'east-asian' ? now !== 'cjk' && now !== 'hangul' && now !== null : now !== before;
    });
    expect(wrong).toEqual([]);
    // East Asian labels are read as they were, the pattern asked only when the text may hold such a letter.
    const east = labels.filter((t) => formBefore(t) === 'east-asian');
    expect(east.length).toBeGreaterThan(1_000);
    const cjk = /(?=\p{L})[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u;
    expect(labels.filter((t) => hasCjkLetter(t) !== cjk.test(t) || hasEastAsianLetter(t) !== (cjk.test(t) || /[\uAC00-\uD7A3]/u.test(t)))).toEqual([]);
    expect(labels.filter((t) => formBefore(t) === 'capitals').length).toBeGreaterThan(1_000);
    expect(labels.filter((t) => formBefore(t) === 'name').length).toBeGreaterThan(1_000);
  });
});

describe("spoken forms' attention by code, as ATTENTION_ALL said", () => {
  const QUICK = /[\d@&+%‰€$£¥°º§¶#~=<>≤≥≠≈×÷½⅓⅔¼¾⅕-⅞/⁰¹²³⁴-⁹ⁿ⁺⁻₀-₉ᵢ^√∛π±]|\p{Lu}[\p{Lu}.]/u;
  const ALL = new RegExp(`${QUICK.source}|\\p{L}\\.\\p{L}|\\bNo\\.|\\b(?:etc|usw|vs|approx|Nr|núm|Núm)\\.`, 'u');
  const pieces = ['No', 'No.', 'etc', 'usw', 'vs', 'approx', 'Nr', 'núm', 'Núm', '.', '.', 'x', '_', 'U', 'S', 'É', 'é', '𝐀', '𝐀.', 'a.', 'Ω', '½', '€', '‰', '²', '√', 'π', '±', '⁹', '₅', 'ᵢ', 'ⅿ', '®'];
  const texts = [...strings(30_000, 31, 6), ...labelStrings(20_000, 32, 6), ...codePoints(), ...codePoints().map((c) => c + 'A'), ...codePoints().map((c) => 'A' + c)];
  const next = random(33);
  for (let n = 0; n < 30_000; n++) texts.push(Array.from({ length: 1 + Math.floor(next() * 4) }, () => (next() < 0.5 ? pieces : PIECES)[Math.floor(next() * (next() < 0.5 ? pieces.length : PIECES.length))]).join(''));
  // After a stretch of plain ASCII prose (where quickAttention's native pre-scan passes over), ending in a small letter,
  // a space, a capital or punctuation: the loop must start where the first hit may be, a capital's pair across the join.
  const prose = ['and so the line goes on, ', 'Then it ends', 'the end of it A', 'so it says. ', 'read [it] `here` {now} | ok_'];
  const plain = texts.length;
  for (let n = 0; n < plain; n += 3) texts.push(prose[n % prose.length]! + texts[n]!);

  it('quickAttention(text) is QUICK_ATTENTION (every code point, alone and beside a capital, and generated strings)', () => {
    expect(texts.filter((t) => quickAttention(t) !== QUICK.test(t))).toEqual([]);
    expect(texts.filter((t) => QUICK.test(t)).length).toBeGreaterThan(20_000);
  });

  it('mayBeSaidOtherwise(text) with no language is ATTENTION_ALL (what flagged asks of each token)', () => {
    expect(texts.filter((t) => mayBeSaidOtherwise(t) !== ALL.test(t))).toEqual([]);
    expect(texts.filter((t) => ALL.test(t) && !QUICK.test(t)).length).toBeGreaterThan(500);
  });
});

describe("sections.ts' lengths: a form asked only of a text that holds its mark", () => {
  it('durationIn(text) finds what every form finds', () => {
    const forms = [
      /(?<=(?:^|[—–\-(,/|·])\s*)(\d{1,2}):([0-5]\d)(?![\d:])(?=\s*(?:$|[)\]—–\-,;/|·]))/gu,
      /(?<![\p{N}:])[:：](\d{2})(?!\d)/gu,
      /(?<!\p{N}|\p{N}\s?['’′])(\d{1,3})\s?(″|''|’’|"|”)/gu,
    ];
    const pieces = ['30', '45', '1', '0', ':', '：', '"', '”', '“', '″', "'", '’', '′', ' ', '-', '—', '(', ')', ',', 's', 'sec', 'Top', '٣', '²', 'a', '/', '|'];
    const next = random(41);
    const texts = Array.from({ length: 40_000 }, () => Array.from({ length: 1 + Math.floor(next() * 7) }, () => pieces[Math.floor(next() * pieces.length)]).join(''));
    // Where a form matches, the text holds what `needs` asks for (a colon for the second, a quote mark for the third).
    const second = texts.filter((t) => { forms[1]!.lastIndex = 0; return forms[1]!.test(t); });
    const third = texts.filter((t) => { forms[2]!.lastIndex = 0; return forms[2]!.test(t); });
    expect(second.filter((t) => !/[:：]/.test(t) || !/[:：]\d\d(?!\d)/.test(t))).toEqual([]);
    expect(third.filter((t) => !/[″'’"”]/.test(t) || !/\d\s?(?:″|''|’’|"|”)/.test(t))).toEqual([]);
    expect([second.length > 200, third.length > 1_000]).toEqual([true, true]);
    expect(['(RADIO, 30")', 'TV :30', 'SPOT 2 — 0:45', 'Top 30"', '1\'30"', 'Durée : 30 s', 'spot “Top 30”'].map(durationIn)).toEqual([30, 30, 45, 30, null, 30, null]);
  });
});

describe("the spoken forms' token shapes by code (shapes.ts), as their patterns said", () => {
  const pieces = [
    'A', 'B', 'Z', 'É', 'Ж', 'Ω', '𝐀', 'ǅ', 'a', 'z', 'é', 'ß', 'ω', '𝑧', 'ª', 'ʰ', 'ᵢ', 'ⁿ', 'ₓ', '₂', 'ⱼ', '0', '1', '9', '٣', '²', '³', '½', '.', ',', '-', '−', '+', '_', '/',
    '&', '@', '#', "'", '’', 's', '%', '‰', '=', '(', ')', '√', 'π', '×', '!', '<', ' ', '\u0301', '\uD800', '\uDC00', '😀', '漢', 'km', 'US', 'v2', '.5',
  ];
  const FEW = ['A', 'É', '𝐀', 'Ǆ', 'a', 'é', '.', '.', '&', '/', '+', '1', '2', "'", 's', 'A.', 'É.', '𝐀.'];
  const next = random(51);
  const tokens = [
    ...codePoints(),
    ...codePoints().map((c) => 'A' + c),
    ...codePoints().map((c) => c + 'B'),
    ...strings(20_000, 52, 6),
    ...Array.from({ length: 120_000 }, () => Array.from({ length: Math.floor(next() * 7) }, () => pieces[Math.floor(next() * pieces.length)]).join('')),
    // Fewer pieces, so that the longer shapes come out too (`U.S.`, `AT&T`, `TCP/IP`, `v2.0.1`, `Bac+5`).
    ...Array.from({ length: 60_000 }, () => Array.from({ length: Math.floor(next() * 8) }, () => FEW[Math.floor(next() * FEW.length)]).join('')),
  ];
  const m = (pattern: RegExp) => (t: string) => {
    const found = pattern.exec(t);
    return found ? found.slice(1) : null;
  };
  const cases: [string, (t: string) => unknown, (t: string) => unknown][] = [
    ['allCapitals', shapes.allCapitals, (t) => /^\p{Lu}{2,}$/u.test(t)],
    ['twoCapitals', shapes.twoCapitals, (t) => /^\p{Lu}{2}$/u.test(t)],
    ['isPlace', shapes.isPlace, (t) => /^\p{Lu}(?:[\p{Ll}-]+)?$/u.test(t)],
    ['identifierStart', shapes.identifierStart, (t) => /^(?:\p{Lu}{2})?\d/u.test(t)],
    ['dottedCapitals', shapes.dottedCapitals, (t) => /^(?:\p{Lu}\.){2,}$/u.test(t)],
    ['figureAndUnit', shapes.figureAndUnit, m(/^([-−+]?\d[\d.,]*)(\p{L}[\p{L}/²³]*)$/u)],
    ['lettersAndFiguresHyphened', shapes.lettersAndFiguresHyphened, (t) => /^[\p{L}\d]+(?:-[\p{L}\d]+)*$/u.test(t)],
    ['lettersThenVersion', shapes.lettersThenVersion, (t) => /^\p{L}+\d+(?:\.\d+)+$/u.test(t)],
    ['letterAndFigureRuns', shapes.letterAndFigureRuns, (t) => t.match(/\p{L}+|\d+(?:\.\d+)?/gu) ?? []],
    ['ampersandWords capitals', (t) => shapes.ampersandWords(t, true), m(/^(\p{Lu}+)&(\p{Lu}+)$/u)],
    ['ampersandWords letters', (t) => shapes.ampersandWords(t, false), m(/^(\p{L}+)&(\p{L}+)$/u)],
    ['slashedWords letters', (t) => shapes.slashedWords(t, false), (t) => /^\p{L}+(?:\/\p{L}+)+$/u.test(t)],
    ['slashedWords capitals', (t) => shapes.slashedWords(t, true), (t) => /^\p{Lu}+(?:\/\p{Lu}+)+$/u.test(t)],
    ['letterOverLetter', shapes.letterOverLetter, m(/^(\p{L})\/(\p{L})$/u)],
    ['afterSign @', (t) => shapes.afterSign(t, 0x40, true), (t) => /^@(\p{L}[\p{L}\d_.]*)$/u.exec(t)?.[1] ?? null],
    ['afterSign #', (t) => shapes.afterSign(t, 0x23, false), (t) => /^#(\p{L}[\p{L}\d_]*)$/u.exec(t)?.[1] ?? null],
    ['lettersPlusNumber', shapes.lettersPlusNumber, m(/^(\p{L}+)\+(\d+)$/u)],
    ['isTerm', shapes.isTerm, (t) => /^(?:\p{L}[₀-₉ᵢⱼₖₙₘₓ]?|[-−+]?\d[\d.,]*[%‰]?)$/u.test(t)],
    ['formulaChars', formulaChars, (t) => /^[\p{L}\d=+\-−×·*÷/^()⁰¹²³⁴-⁹⁺⁻⁼⁽⁾ⁿⁱ₀-₉₊₋₌₍₎ᵢⱼₖₙₘₓ√∛π±<>≤≥≠≈!.,]+$/u.test(t)],
  ];
  it.each(cases)('%s', (_name, code, pattern) => {
    const wrong = tokens.filter((t) => JSON.stringify(code(t)) !== JSON.stringify(pattern(t)));
    expect(wrong.slice(0, 20)).toEqual([]);
    // Each pattern matches some of the tokens (a shape the test reaches), and fails on others.
    const hits = tokens.filter((t) => { const said = pattern(t); return Array.isArray(said) ? said.length > 0 : said !== null && said !== false; }).length;
    expect([hits > 20, hits < tokens.length]).toEqual([true, true]);
  });
});

describe('a length named by a whole word (sections.ts namesLength) and a row number (row-numbers.ts isRowNumber) by code, as their patterns said', () => {
  const bmp: string[] = [];
  for (let cp = 0; cp <= 0xffff; cp++) bmp.push(String.fromCharCode(cp));
  const astral: string[] = [];
  for (let cp = 0x10000; cp <= 0x10ffff; cp += 7) astral.push(String.fromCodePoint(cp));

  it('namesLength(text) is /(?<![\\p{L}\\p{N}])(?:spots?|…|pre-roll)(?![\\p{L}\\p{N}])/iu', () => {
    const pattern = /(?<![\p{L}\p{N}])(?:spots?|length|duration|durée|duree|dauer|duración|trt|runtime|radio|tv|télé|web|online|cinema|cinéma|podcast|pre-roll)(?![\p{L}\p{N}])/iu;
    const words = ['spot', 'SPOTS', 'Spotss', 'length', 'DURÉE', 'durée', 'Duree', 'duración', 'TRT', 'tv', 'T.V.', 'télé', 'téléphone', 'web', 'webinar', 'pre-roll', 'PRE-ROLL', 'pre-', 'pre', 'roll', 'pre-rolls', 'pre--roll', 'ſpot', 'ᴛv', 'cinéma', 'cine\u0301ma', 'podcast', 'radio2', '2radio', '\u0345'];
    const pieces = [...words, ' ', '-', '—', ':', '(', ')', '1', '٣', '²', 'x', 'É', 'é', '\u0301', '漢', '𝐀', '\uD800', "'", '.', ',', '/'];
    const next = random(51);
    const texts = [
      ...Array.from({ length: 40_000 }, () => Array.from({ length: 1 + Math.floor(next() * 5) }, () => pieces[Math.floor(next() * pieces.length)]).join('')),
      ...bmp.map((c) => c + 'tv'), ...bmp.map((c) => 'tv' + c), ...bmp.map((c) => 'pre' + c + 'roll'), ...bmp.map((c) => 'spot' + c),
      ...astral.map((c) => c + 'web'), ...astral.map((c) => 'web' + c),
      'Durée cible : 9 minutes', 'depuis n’importe quel téléphone fixe, 215', 'SPOT 1 — 2:00', 'Écran 3 — Les équipements', '',
    ];
    const wrong = texts.filter((t) => namesLength(t) !== pattern.test(t));
    expect(wrong).toEqual([]);
    const found = texts.filter((t) => pattern.test(t)).length;
    expect(found).toBeGreaterThan(10_000);
    expect(texts.length - found).toBeGreaterThan(10_000);
  });

  it('isRowNumber(text) is /^(?:#|\\p{Lu}\\p{L}{0,3}\\.?\\s?)?\\d{1,4}(?:[.-]\\d{1,4}){0,3}\\p{Ll}?\\.?$/u', () => {
    const pattern = /^(?:#|\p{Lu}\p{L}{0,3}\.?\s?)?\d{1,4}(?:[.-]\d{1,4}){0,3}\p{Ll}?\.?$/u;
    const pieces = ['1', '05', '123', '1234', '12345', '.', '-', '#', 'S', 'Sc', 'SH', 'a', 'é', 'É', 'ß', 'ǅ', ' ', '\u00A0', '\u2028', '\t', '𝐀', '𝑧', '\uD800', '²', '٣', '漢', '..', '--'];
    const next = random(61);
    const texts = [
      ...Array.from({ length: 60_000 }, () => Array.from({ length: 1 + Math.floor(next() * 6) }, () => pieces[Math.floor(next() * pieces.length)]).join('')),
      ...bmp.map((c) => c + '12'), ...bmp.map((c) => 'S' + c + '3'), ...bmp.map((c) => 'Sc.' + c + '3'), ...bmp.map((c) => '12' + c), ...bmp.map((c) => '1' + c + '2'),
      ...astral.map((c) => c + '1'), ...astral.map((c) => '1' + c), ...astral.map((c) => 'A' + c + '1'),
      '5', '05', '1.1', '2-3', '5.', '12a', '#4', 'S01', 'Sc. 3', 'SH010', 'Abcd1', 'Abcde1', '1.2.3.4', '1.2.3.4.5', '1.2.3.4.', '12345', '1-', '# 5', '',
    ];
    const wrong = texts.filter((t) => isRowNumber(t) !== pattern.test(t));
    expect(wrong).toEqual([]);
    const found = texts.filter((t) => pattern.test(t)).length;
    expect(found).toBeGreaterThan(5_000);
    expect(texts.length - found).toBeGreaterThan(10_000);
  });
});
