/**
 * Where a sentence ends, as a reader sees it: the marks that end one, and a full stop that ends none
 * because it closes an abbreviation standing inside the sentence (`Ask Mr. Lambert`, `M. Dupont`,
 * `turn to p. 12`, `bring something warm, e.g. a scarf`).
 *
 * What the abbreviations are (English and French usage; French typography writes `M.` and `MM.` with
 * a dot and `Mme`, `Mlle`, `Me`, `Dr` without one, as they end with the word's last letter, but
 * writers often add it):
 * - titles written before a name (`Mr.`, `Mrs.`, `Dr.`, `M.`, `Mme`, `Me`…) and what introduces
 *   something (`e.g.`, `i.e.`, `cf.`, `vs.`, `c.-à-d.`): their dot ends no sentence when anything follows;
 * - abbreviations before a number (`No. 5`, `p. 12`, `pp. 4–6`, `vol. 2`, `fig. 3`, `art. 7`, `t. 2`):
 *   none before a digit, a sentence's end otherwise (`He said no.`);
 * - abbreviations used inside a sentence and at its end (`etc.`, `approx.`, `env.`, `St.`, `et al.`)
 *   and one capital letter (an initial, `J. Smith`, or `plan B.`): none before a small letter or a
 *   digit; before a capital, `etc.` ends one (`…, pears, etc. Come early.`), the others a reader
 *   cannot tell (`Main St. Then…` ends one, `see St. Paul` does not): `unsure`.
 * A full stop with nothing after it ends a sentence. Case matters for the titles (`Me` is a French
 * lawyer's title, `me.` a word).
 */
import { lazy } from './lazy.js';
import { isLetterOrDigitAt, isSpaceCode } from './words.js';

/**
 * Marks that end a sentence. `WIDE_END` ones end it wherever they stand (Chinese and Japanese put no
 * space after them); the others inside a text only with a space after them (and after any closing
 * quote or bracket): a decimal point (2.5) or a dot inside a word ends nothing.
 */
export const SENTENCE_END = /[.!?…‼⁇⁈⁉。！？｡．؟।॥]/u;
export const WIDE_END = /[。！？｡．؟।॥]/u;

/** What a full stop is: the end of a sentence, none, or one a reader cannot tell. */
export type FullStop = 'end' | 'none' | 'unsure';

/** Written before a name or what it introduces: their full stop ends no sentence when anything follows (`Mr. Lambert`, `e.g. Paris`). */
const NEVER_END = new Set([
  // English
  'Mr', 'Mrs', 'Ms', 'Mx', 'Messrs', 'Dr', 'Prof', 'Rev', 'Fr', 'Hon', 'Gov', 'Sen', 'Rep', 'Gen', 'Col', 'Capt', 'Lt', 'Sgt', 'Cpl', 'Cmdr', 'Adm', 'Pres', 'Supt', 'Insp', 'Mt', 'Ft',
  // French
  'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Me', 'Mes', 'Mgr', 'Pr', 'Ste', 'Sts', 'Stes',
]);
/** The same, in any case. */
const NEVER_END_ANY_CASE = new Set(['e.g', 'i.e', 'cf', 'viz', 'vs', 'c.-à-d', 'c-à-d', 'p.ex']);
/** Written before a number: no sentence's end before a digit (`No. 5`, `p. 12`), one otherwise (`He said no.`). */
const BEFORE_NUMBER = new Set(['no', 'nos', 'nº', 'p', 'pp', 'vol', 'vols', 'ch', 'chap', 'fig', 'figs', 'art', 'arts', 'sec', 'para', 'n', 't', 'tel', 'tél', 'ex', 'op', 'env', 'approx', 'ca', 'min', 'max']);
/** Used inside a sentence and at its end: none before a small letter or a digit; before a capital, `etc.` ends one, the others cannot be told. */
const INSIDE = new Set(['etc', 'a.m', 'p.m', 'approx', 'ca', 'resp', 'incl', 'esp', 'al', 'env', 'ex', 'st', 'av', 'apr', 'j.-c', 'suiv', 'éd', 'ed', 'eds', 'dept', 'jan', 'feb', 'févr', 'aug', 'oct', 'nov', 'dec', 'déc']);

/** Longest abbreviation looked at (characters before its dot); how far past the dot its next character is looked for. */
const LONGEST = 8;
const LOOK_AHEAD = 32;
/** What may stand between an abbreviation's dot and the word after it besides spaces: quotes and brackets. */
const QUOTES = lazy(() => /[\p{Pi}\p{Pf}\p{Ps}\p{Pe}"']/u);

/**
 * What the full stop at `text[i]` is (anything else at `i`: 'end' if it is a sentence's mark, else
 * 'none'). The character after it is looked for in `text`, then in `following` (the text that comes
 * next, in another run or stretch); both are read for a bounded length only.
 */
export function fullStopAt(text: string, i: number, following = ''): FullStop {
  const mark = text[i]!;
  if (mark !== '.') return SENTENCE_END.test(mark) ? 'end' : 'none';
  // The inner dot of `e.g.`, `i.e.`: a letter and a dot right after it.
  if (i + 2 < text.length && text[i + 2] === '.' && isLetterOrDigitAt(text, i + 1)) return 'none';
  // The word before it: letters, inner dots and hyphens (`e.g`, `J.-C`), read back a bounded length.
  let start = i;
  while (start > 0 && i - start < LONGEST + 1) {
    const c = text.charCodeAt(start - 1);
    if (c === 0x2e || c === 0x2d || c === 0xba || (isLetterOrDigitAt(text, start - 1, c) && !(c >= 0x30 && c <= 0x39))) start--;
    else if (c >= 0xdc00 && c <= 0xdfff) return 'end';
    else break;
  }
  if (start === i || i - start > LONGEST) return 'end';
  // A word glued to what stands before it (`2e.`, `x.Mr`): no abbreviation.
  if (start > 0 && isLetterOrDigitAt(text, start - 1)) return 'end';
  const word = text.slice(start, i).replace(/^[.-]+/u, '');
  if (word === '') return 'end';
  const next = nextCharacter(text, i + 1, following);
  if (next === null) return 'end';
  const lower = word.toLowerCase();
  if (NEVER_END.has(word) || NEVER_END_ANY_CASE.has(lower)) return 'none';
  const digit = /\p{N}/u.test(next);
  if (BEFORE_NUMBER.has(lower) && digit) return 'none';
  // One capital letter: an initial (`J. Smith`) or a letter ending a sentence (`plan B.`).
  if (INSIDE.has(lower) || /^\p{Lu}$/u.test(word)) {
    if (digit || /\p{Ll}/u.test(next)) return 'none';
    if (/\p{Lu}/u.test(next)) return lower === 'etc' ? 'end' : 'unsure';
  }
  return 'end';
}

/** The first character after `from` that is no space nor closing quote or bracket, in `text` then `following`; null when none is near. */
function nextCharacter(text: string, from: number, following: string): string | null {
  let seen = 0;
  for (const part of [text.slice(from, from + LOOK_AHEAD), following.slice(0, LOOK_AHEAD)]) {
    for (const ch of part) {
      if (++seen > LOOK_AHEAD) return null;
      if (isSpaceCode(ch.charCodeAt(0)) || QUOTES().test(ch)) continue;
      return ch;
    }
  }
  return null;
}
