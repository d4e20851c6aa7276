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
import { isLetterAt, isLetterOrDigitAt } from '../src/text/words.js';

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

  it('isLetterOrDigitAt(text, 0) is /^[\\p{L}\\p{N}]/u on any non-empty text', () => {
    const head = /^[\p{L}\p{N}]/u;
    const texts = [...all, ...all.map((c) => c + 'a'), ...all.slice(0xd800, 0xe000).map((c) => c + '\uDC00'), ...strings(20_000, 1)].filter((t) => t.length > 0);
    const wrong = texts.filter((t) => isLetterOrDigitAt(t, 0) !== head.test(t));
    expect(wrong).toEqual([]);
    expect(texts.filter((t) => isLetterOrDigitAt(t, 0)).length).toBeGreaterThan(50_000);
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
