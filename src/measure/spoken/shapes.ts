/**
 * Shapes of a token the spoken forms ask about, by code: each was a pattern with `\p{Lu}`, `\p{Ll}` or
 * `\p{L}` (written beside it), and each such pattern costs ~1–4 M instructions to build and compile in
 * a run of ~500 M (bench/README.md, the twenty-eighth session), where a line of a script asks a few of
 * them once or twice. The letters are told by text/code-classes.ts and text/words.ts (ASCII and Latin-1
 * by code, the rest through one shared pattern). tests/regex-as-code.test.ts checks each against its
 * pattern on every code point and on generated tokens.
 */
import { capitalsIn, isLowerCode, isUpperCode } from '../../text/code-classes.js';
import { isLetterAt } from '../../text/words.js';

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/** How many code points `text` has from `from` to `to` when each is a letter (`\p{L}`); -1 when one is not. */
export function lettersIn(text: string, from = 0, to = text.length): number {
  let n = 0;
  for (let i = from; i < to; n++) {
    if (!isLetterAt(text, i)) return -1;
    i += width(text.codePointAt(i)!);
  }
  return n;
}

/** `/^\p{Lu}{2,}$/u`: a word in capitals (`FBI`). */
export const allCapitals = (text: string) => capitalsIn(text) >= 2;

/** `/^\p{Lu}{2}$/u`: two capitals (`NY`). */
export const twoCapitals = (text: string) => text.length <= 4 && capitalsIn(text) === 2;

/** `/^\p{Lu}(?:[\p{Ll}-]+)?$/u`: a place's name (`Paris`, `Saint-Malo`, `B`). */
export function isPlace(text: string): boolean {
  if (text.length === 0) return false;
  const first = text.codePointAt(0)!;
  if (!isUpperCode(first)) return false;
  for (let i = width(first); i < text.length; ) {
    const cp = text.codePointAt(i)!;
    if (cp !== 0x2d && !isLowerCode(cp)) return false;
    i += width(cp);
  }
  return true;
}

/** `/^(?:\p{Lu}{2})?\d/u`: what an identifier starts with (`4`, `AB12`). */
export function identifierStart(text: string): boolean {
  if (isDigit(text.charCodeAt(0))) return true;
  if (text.length < 3) return false;
  const first = text.codePointAt(0)!;
  if (!isUpperCode(first)) return false;
  const second = text.codePointAt(width(first));
  if (second === undefined || !isUpperCode(second)) return false;
  return isDigit(text.charCodeAt(width(first) + width(second)));
}

/** `/^(?:\p{Lu}\.){2,}$/u`: capitals each with its stop (`U.S.`). */
export function dottedCapitals(text: string): boolean {
  let pairs = 0;
  for (let i = 0; i < text.length; pairs++) {
    const cp = text.codePointAt(i)!;
    if (!isUpperCode(cp)) return false;
    i += width(cp);
    if (text.charCodeAt(i) !== 0x2e) return false;
    i++;
  }
  return pairs >= 2;
}

/** `/^([-−+]?\d[\d.,]*)(\p{L}[\p{L}/²³]*)$/u`: a figure and its unit glued (`5km`, `20m²`): [figure, unit], or null. */
export function figureAndUnit(text: string): [string, string] | null {
  let i = 0;
  const c = text.charCodeAt(0);
  if (c === 0x2d || c === 0x2212 || c === 0x2b) i = 1;
  if (!isDigit(text.charCodeAt(i))) return null;
  i++;
  for (let d = text.charCodeAt(i); isDigit(d) || d === 0x2e || d === 0x2c; d = text.charCodeAt(++i));
  const unit = i;
  if (i >= text.length || !isLetterAt(text, i)) return null;
  i += width(text.codePointAt(i)!);
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!(cp === 0x2f || cp === 0xb2 || cp === 0xb3 || isLetterAt(text, i))) return null;
    i += width(cp);
  }
  return [text.slice(0, unit), text.slice(unit)];
}

/** `/^[\p{L}\d]+(?:-[\p{L}\d]+)*$/u`: letters and figures, maybe in pieces joined by hyphens (`COVID-19`, `B2B`). */
export function lettersAndFiguresHyphened(text: string): boolean {
  let piece = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    if (cp === 0x2d) {
      if (piece === 0) return false;
      piece = 0;
      i++;
      continue;
    }
    if (!isDigit(cp) && !isLetterAt(text, i)) return false;
    piece++;
    i += width(cp);
  }
  return piece > 0;
}

/** `/^\p{L}+\d+(?:\.\d+)+$/u`: letters, then a version's figures (`v2.0.1`, `iOS17.2`). */
export function lettersThenVersion(text: string): boolean {
  let i = 0;
  while (i < text.length && isLetterAt(text, i)) i += width(text.codePointAt(i)!);
  if (i === 0 || !isDigit(text.charCodeAt(i))) return false;
  while (isDigit(text.charCodeAt(i))) i++;
  let groups = 0;
  while (text.charCodeAt(i) === 0x2e && isDigit(text.charCodeAt(i + 1))) {
    i++;
    while (isDigit(text.charCodeAt(i))) i++;
    groups++;
  }
  return groups > 0 && i === text.length;
}

/** `text.match(/\p{L}+|\d+(?:\.\d+)?/gu) ?? []`: its runs of letters, and its figures (with one decimal part). */
export function letterAndFigureRuns(text: string): string[] {
  const runs: string[] = [];
  for (let i = 0; i < text.length; ) {
    const start = i;
    if (isLetterAt(text, i)) {
      do i += width(text.codePointAt(i)!);
      while (i < text.length && isLetterAt(text, i));
      runs.push(text.slice(start, i));
    } else if (isDigit(text.charCodeAt(i))) {
      while (isDigit(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) === 0x2e && isDigit(text.charCodeAt(i + 1))) {
        i++;
        while (isDigit(text.charCodeAt(i))) i++;
      }
      runs.push(text.slice(start, i));
    } else i += width(text.codePointAt(i)!);
  }
  return runs;
}

/**
 * Two words joined by `&` (`AT&T`, `R&D`, `Procter&Gamble`): in capitals both (`/^(\p{Lu}+)&(\p{Lu}+)$/u`) when `capitals`,
 * else letters (`/^(\p{L}+)&(\p{L}+)$/u`): [before, after], or null.
 */
export function ampersandWords(text: string, capitals: boolean): [string, string] | null {
  const at = text.indexOf('&');
  if (at <= 0 || at === text.length - 1) return null;
  const count = capitals ? capitalsIn : lettersIn;
  return count(text, 0, at) > 0 && count(text, at + 1) > 0 ? [text.slice(0, at), text.slice(at + 1)] : null;
}

/** Words joined by slashes (`TCP/IP`, `km/h`), two at least, each of capitals (`\p{Lu}+`) when `capitals`, else of letters (`\p{L}+`). */
export function slashedWords(text: string, capitals: boolean): boolean {
  const count = capitals ? capitalsIn : lettersIn;
  let start = 0;
  let pieces = 0;
  for (let slash = text.indexOf('/'); ; slash = text.indexOf('/', start)) {
    const end = slash < 0 ? text.length : slash;
    if (count(text, start, end) <= 0) return false;
    pieces++;
    if (slash < 0) return pieces >= 2;
    start = slash + 1;
  }
}

/** `/^(\p{L})\/(\p{L})$/u`: one letter over another (`a/b`): [the first, the second], or null. */
export function letterOverLetter(text: string): [string, string] | null {
  if (text.length < 3 || text.length > 5 || !isLetterAt(text, 0)) return null;
  const first = width(text.codePointAt(0)!);
  if (text.charCodeAt(first) !== 0x2f || first + 1 >= text.length || !isLetterAt(text, first + 1)) return null;
  const end = first + 1 + width(text.codePointAt(first + 1)!);
  return end === text.length ? [text.slice(0, first), text.slice(first + 1)] : null;
}

/**
 * A letter, then letters, figures and `extra` (`_`, or `_.`), after a sign (`@`, `#`): `/^@(\p{L}[\p{L}\d_.]*)$/u`,
 * `/^#(\p{L}[\p{L}\d_]*)$/u`; what follows the sign, or null.
 */
export function afterSign(text: string, sign: number, dots: boolean): string | null {
  if (text.charCodeAt(0) !== sign || text.length < 2 || !isLetterAt(text, 1)) return null;
  for (let i = 1; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    if (!(isDigit(cp) || cp === 0x5f || (dots && cp === 0x2e) || isLetterAt(text, i))) return null;
    i += width(cp);
  }
  return text.slice(1);
}

/** `/^(\p{L}+)\+(\d+)$/u`: letters plus a number (`Canal+1`…): [letters, number], or null. */
export function lettersPlusNumber(text: string): [string, string] | null {
  const plus = text.indexOf('+');
  if (plus <= 0 || plus === text.length - 1 || lettersIn(text, 0, plus) <= 0) return null;
  for (let i = plus + 1; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return null;
  return [text.slice(0, plus), text.slice(plus + 1)];
}

/** `/^(?:\p{L}[₀-₉ᵢⱼₖₙₘₓ]?|[-−+]?\d[\d.,]*[%‰]?)$/u`: a term a sign compares (`x`, `π`, `xᵢ`, `3.14`, `-5%`). */
export function isTerm(text: string): boolean {
  if (text.length === 0) return false;
  if (isLetterAt(text, 0)) {
    const next = width(text.codePointAt(0)!);
    if (next === text.length) return true;
    if (next + 1 !== text.length) return false;
    const c = text.charCodeAt(next);
    return (c >= 0x2080 && c <= 0x2089) || c === 0x1d62 || c === 0x2c7c || c === 0x2096 || c === 0x2099 || c === 0x2098 || c === 0x2093;
  }
  let i = 0;
  const c = text.charCodeAt(0);
  if (c === 0x2d || c === 0x2212 || c === 0x2b) i = 1;
  if (!isDigit(text.charCodeAt(i))) return false;
  for (i++; isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2e || text.charCodeAt(i) === 0x2c; i++);
  if (text.charCodeAt(i) === 0x25 || text.charCodeAt(i) === 0x2030) i++;
  return i === text.length;
}
