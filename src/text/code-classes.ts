/**
 * Character classes of Unicode property patterns asked by code (bench/README.md, the twenty-eighth
 * session: each `\p{…}` a pattern holds is built from ICU's tables when the pattern is created and
 * again when it is compiled, ~1–7 M instructions a pattern in a ~500 M run). ASCII and Latin-1 are
 * decided by code; the rest goes through a pattern the run compiles anyway (V8 builds one pattern of a
 * given source and flags once, however many literals write it): `/^\p{Lu}/u` (formOf, the legend,
 * hyphenation), `/\p{Ll}/u` (formOf, continued.ts, sentences.ts), `/\p{M}/gu` (the said openers'
 * keys, built by every run that loads the speaker labels). tests/regex-as-code.test.ts checks each
 * on every code point. `\p{Ll}` is built on first use (a small letter past Latin-1 and the general
 * punctuation: none in a French or English script, so the small DOCX's summary never built it).
 */
import { lazy } from './lazy.js';

const UPPER = /^\p{Lu}/u;
const LOWER = lazy(() => /\p{Ll}/u);
/** With its g flag, as saidKey writes it (one compiled pattern): lastIndex is put back before each test. */
const MARK = /\p{M}/gu;

/** Whether a UTF-16 code unit is JavaScript's `\s` (what `trim` takes off). */
export function isJsSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Whether a code point is a capital letter (`\p{Lu}`). */
export function isUpperCode(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  if (cp < 0x100) return cp >= 0xc0 && cp <= 0xde && cp !== 0xd7;
  // General punctuation, super- and subscripts, currency signs: no capital (the letterlike symbols start at U+2100).
  if (cp >= 0x2000 && cp < 0x2100) return false;
  return UPPER.test(String.fromCodePoint(cp));
}

/**
 * How many capitals (`\p{Lu}`) `text` has from `from` to `to`, counted by code point. With `every`
 * (the spoken forms' token shapes, `/^\p{Lu}*$/u`), -1 as soon as one is not a capital; without,
 * every capital among the rest (`text.match(/\p{Lu}/gu).length`: the speaker label's spelling in
 * capitals).
 */
export function capitalsIn(text: string, from = 0, to = text.length, every = true): number {
  let n = 0;
  for (let i = from; i < to; ) {
    const cp = text.codePointAt(i)!;
    if (isUpperCode(cp)) n++;
    else if (every) return -1;
    i += cp > 0xffff ? 2 : 1;
  }
  return n;
}

/** Whether a code point is a small letter (`\p{Ll}`). */
export function isLowerCode(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a;
  if (cp < 0x100) return cp === 0xb5 || (cp >= 0xdf && cp !== 0xf7);
  if (cp >= 0x2000 && cp < 0x2070) return false;
  return LOWER().test(String.fromCodePoint(cp));
}

/** Whether a code point is a mark (`\p{M}`: accents that combine, vowel signs); none before U+0300. */
export function isMarkCode(cp: number): boolean {
  if (cp < 0x300) return false;
  if (cp >= 0x2000 && cp < 0x20d0) return false;
  MARK.lastIndex = 0;
  return MARK.test(String.fromCodePoint(cp));
}

/** Whether a text has a code unit at U+2E80 or past it (surrogates included): no Chinese, Japanese or Korean letter without one. */
export function mayHoldEastAsian(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x2e80) return true;
  return false;
}
