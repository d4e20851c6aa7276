/**
 * The word rule: split on any Unicode whitespace (U+00A0 and U+202F included), and count the
 * tokens holding at least one letter or digit. So `l'erreur` = 1, `e-learning` = 1, `30 %` = 1,
 * `1 200` with a no-break space = 2, a lone `—` = 0. A word joiner (U+2060) or a U+FEFF parts nothing:
 * `wo\u2060rd` = 1, as a zero-width space's `a\u200Bb` = 1 (Word's count), a soft hyphen's `co\u00ADoperate` = 1.
 *
 * Chinese and Japanese are written without spaces between words: as Microsoft Word counts them,
 * each East Asian letter (a Han ideograph, a hiragana or katakana, bopomofo, a fullwidth letter or
 * digit) is a word of its own, and the text between them is counted as above (`东京2024オリンピック`
 * = 2 + 1 + 6 = 9; `私はappleを買った` = 7). Their punctuation (`。、「」，`) separates but is no
 * word (Word counts it; nobody says it). Korean is written with spaces: Hangul is counted by them
 * (Word counts each Hangul syllable; see docs/internals.md "Words in Chinese and Japanese").
 *
 * Splitting is a loop over character codes, not a regular expression: a damaged file may hold
 * megabytes of spaces in one run, which overflow V8's regular-expression stack.
 */
import { lazy } from './lazy.js';

/**
 * One whitespace character, no-break spaces included: what separates words. JavaScript's `\s` but U+FEFF, and
 * U+0085 (NEL, NEXT LINE): Unicode's White_Space. A zero-width no-break space (a byte order mark inside a text)
 * and the word joiner U+2060 say "no break here", so they join, never part, the letters beside them
 * (`wo\u2060rd` is one word) and normaliseSpace leaves them out of the text shown (isJoinerCode; the readers
 * leave them out of the text they read: readText). A zero-width space U+200B is no whitespace either: Word
 * counts `a\u200Bb` as one word. A NEL between two words is a space, no line break: LibreOffice keeps it in a
 * DOCX it saves and draws it between the words as a missing glyph, on the same line (`Stop\u0085now` = 2 words,
 * shown `Stop now`; pdfkit would break the booth script's line there).
 */
export const SPACE_CHAR = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
/** A letter or a digit: what makes a token a word. */
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a UTF-16 code unit is whitespace by SPACE_CHAR (JavaScript's `\s` but U+FEFF, and U+0085). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return c === 0x85;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Whether a UTF-16 code unit is the word joiner U+2060 or U+FEFF: no space, and nothing shown (normaliseSpace drops it). */
export const isJoinerCode = (c: number): boolean => c === 0x2060 || c === 0xfeff;

/** A word joiner U+2060, a U+FEFF or a NEL U+0085, anywhere: what readText changes (one native scan finds none). */
const JOINER_OR_NEL = /[\u0085\u2060\uFEFF]/;
const JOINERS_OR_NEL = /[\u0085\u2060\uFEFF]/g;
const joinerOrNel = (c: string) => (c === '\u0085' ? ' ' : '');

/**
 * The text as a reader gives it to the rules after it (a DOCX run's, a PDF line's): without its word joiners (U+2060)
 * and U+FEFF, a NEL (U+0085) made a plain space. So every rule (speaker labels, legends, headings, a diff's words)
 * sees `NARRATOR` where the file has `NAR\u2060RATOR`, and two words where it has `Stop\u0085now`, as the word rule
 * and the text shown do. The text itself when it holds none of them.
 */
export function readText(text: string): string {
  return JOINER_OR_NEL.test(text) ? text.replace(JOINERS_OR_NEL, joinerOrNel) : text;
}

/** isSpaceCode or isJoinerCode: what normaliseSpace looks at (a joiner beside whitespace is part of its run). */
const isSpaceOrJoinerCode = (c: number): boolean => isSpaceCode(c) || c === 0x2060 || c === 0xfeff;

/**
 * Whether the character at `text[i]` (its code unit `c`; a surrogate pair tested whole) is a letter
 * or a digit; ASCII decided without a regular expression.
 */
export function isLetterOrDigitAt(text: string, i: number, c = text.charCodeAt(i)): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** A letter: one compiled set for every question "is this a letter" (each `\p{L}` a pattern holds is built again). */
const LETTER = /\p{L}/u;

/**
 * Whether the character at `text[i]` (`i` within the text; a surrogate pair tested whole) is a letter,
 * as `\p{L}` says; ASCII decided without a regular expression.
 */
export function isLetterAt(text: string, i: number, c = text.charCodeAt(i)): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/**
 * A first look for text that may hold East Asian characters (inEastAsianBlock below): the CJK blocks, the
 * fullwidth forms, and the high surrogates of the kana supplement and of the ideographic planes.
 * One native scan; text without any (nearly every line of a Latin script) is counted as it always was.
 */
const MAY_BE_EAST_ASIAN = /[\u2E80-\u312F\u3190-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\uD82C\uD840-\uD8BF]/;

/** What a character is to the word rule: not East Asian, an East Asian word (a letter or digit), or East Asian punctuation. */
const Kind = { Other: 0, Word: 1, Mark: 2 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

/** Whether a code point is in a block of East Asian writing that puts no spaces between words (Hangul is not). */
function inEastAsianBlock(cp: number): boolean {
  if (cp < 0x2e80) return false;
  if (cp <= 0x9fff) return !(cp >= 0x3130 && cp <= 0x318f); // Hangul compatibility jamo left out
  if (cp >= 0xf900 && cp <= 0xfaff) return true;
  if (cp >= 0xfe30 && cp <= 0xfe4f) return true;
  if (cp >= 0xff00 && cp <= 0xffef) return !(cp >= 0xffa0 && cp <= 0xffdc); // halfwidth Hangul left out
  return (cp >= 0x1b000 && cp <= 0x1b16f) || (cp >= 0x20000 && cp <= 0x3ffff);
}

/** The Kind of the code point `cp` found at text[i]. */
function kindOf(text: string, i: number, cp: number): Kind {
  if (!inEastAsianBlock(cp)) return Kind.Other;
  return isLetterOrDigitAt(text, i, text.charCodeAt(i)) ? Kind.Word : Kind.Mark;
}

/** The code point at text[i] and how many UTF-16 units it takes. */
function codePointAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  }
  return c;
}

/**
 * The words of text[start, end), a stretch without whitespace that may hold East Asian characters:
 * each East Asian letter is one, each run of other characters between them holding a letter or a
 * digit is one.
 */
function eastAsianWordsIn(text: string, start: number, end: number): number {
  let count = 0;
  let runHasWord = false;
  for (let i = start; i < end; ) {
    const cp = codePointAt(text, i, end);
    const kind = kindOf(text, i, cp);
    if (kind === Kind.Other) {
      if (!runHasWord && isLetterOrDigitAt(text, i)) runHasWord = true;
    } else {
      if (runHasWord) count++;
      runHasWord = false;
      if (kind === Kind.Word) count++;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return runHasWord ? count + 1 : count;
}

/**
 * East Asian letters of a text (the characters the word rule counts one by one): how much of a
 * script is Chinese or Japanese, for its language.
 */
export function countEastAsianLetters(text: string): number {
  if (!MAY_BE_EAST_ASIAN.test(text)) return 0;
  let count = 0;
  for (let i = 0; i < text.length; ) {
    const cp = codePointAt(text, i, text.length);
    if (kindOf(text, i, cp) === Kind.Word) count++;
    i += cp > 0xffff ? 2 : 1;
  }
  return count;
}

/** Hangul: syllables, jamo, compatibility and half-width jamo. */
const HANGUL_LETTER = /[\u1100-\u11FF\u3130-\u318F\uA960-\uA97F\uAC00-\uD7AF\uD7B0-\uD7FF\uFFA0-\uFFDC]/gu;

/**
 * The characters of a text Word sets in its East Asian font and language (a run's w:eastAsia):
 * the East Asian letters (countEastAsianLetters) and Hangul, which Korean writes with spaces.
 */
export function countEastAsianScript(text: string): number {
  const hangul = text.match(HANGUL_LETTER)?.length ?? 0;
  return countEastAsianLetters(text) + hangul;
}

/**
 * What the character at one end of a text is to East Asian autospace (a word processor's or a
 * browser's spacing between East Asian and Latin text, drawn as no space): `east-asian`, a letter
 * the word rule counts one by one (a Han ideograph, a kana, bopomofo, a fullwidth letter); `latin`,
 * any other letter or digit but Hangul (Latin, Greek, Cyrillic letters, figures); `other` for the
 * rest (punctuation, symbols, spaces, Hangul: Korean is written with spaces).
 */
export function scriptAtEnd(text: string, end: 'first' | 'last'): 'east-asian' | 'latin' | 'other' {
  const n = text.length;
  if (!n) return 'other';
  let i = end === 'first' ? 0 : n - 1;
  // The last character may be the low half of a surrogate pair: look at the pair.
  if (end === 'last' && i > 0) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const high = text.charCodeAt(i - 1);
      if (high >= 0xd800 && high <= 0xdbff) i--;
    }
  }
  const cp = codePointAt(text, i, n);
  const kind = kindOf(text, i, cp);
  if (kind === Kind.Word) return 'east-asian';
  if (kind === Kind.Mark || !isLetterOrDigitAt(text, i)) return 'other';
  return cp < 0x1100 || !HANGUL().test(String.fromCodePoint(cp)) ? 'latin' : 'other';
}
const HANGUL = lazy(() => /\p{Script=Hangul}/u);

/** Whether text[start, end) holds a letter or a digit. */
function hasLetterOrDigitIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isLetterOrDigitAt(text, i, c)) return true;
    // The second half of a surrogate pair was tested with the first.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
  }
  return false;
}

/**
 * Whether `normaliseSpace` would change the text: a whitespace character other than a plain space (a NEL too), a
 * joiner (U+2060, U+FEFF), a space at either end, or two in a row. One native scan (no backtracking, so megabytes of spaces
 * are no risk), so that text already normal (nearly every line) is never looked at character by
 * character.
 */
const NOT_NORMAL = /[\t-\r\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]|^ | $| {2}/;

/** Whether `normaliseSpace(text) === text`. */
export function isNormalSpace(text: string): boolean {
  return !NOT_NORMAL.test(text);
}

/**
 * `countWords` of a text whose only whitespace is single plain spaces between tokens, as
 * `normaliseSpace` returns it (see isNormalSpace): the tokens are found with indexOf. Counting
 * stops at `stopAt`.
 */
export function countNormalWords(text: string, stopAt = Infinity): number {
  let count = 0;
  const n = text.length;
  const eastAsian = MAY_BE_EAST_ASIAN.test(text);
  for (let start = 0; start < n && count < stopAt; ) {
    let end = text.indexOf(' ', start);
    if (end < 0) end = n;
    if (eastAsian) count += eastAsianWordsIn(text, start, end);
    else {
      // Most words open with an ASCII letter or digit: counted at once, without a call per word
      // (DOCX commands run without TurboFan's inlining: v8-flags.ts).
      const c = text.charCodeAt(start);
      const folded = c | 0x20;
      if ((folded >= 0x61 && folded <= 0x7a) || (c >= 0x30 && c <= 0x39) || hasLetterOrDigitIn(text, start, end)) count++;
    }
    start = end + 1;
  }
  return Math.min(count, stopAt);
}

export function countWords(text: string): number {
  return countWordsUpTo(text, Infinity);
}

/** `countWords`, counting no further than `stopAt`: enough to tell a short text from a long one. */
export function countWordsUpTo(text: string, stopAt: number): number {
  if (!NOT_NORMAL.test(text)) return countNormalWords(text, stopAt);
  let count = 0;
  let start = -1;
  const eastAsian = MAY_BE_EAST_ASIAN.test(text);
  for (let i = 0; i <= text.length && count < stopAt; i++) {
    if (i === text.length || isSpaceCode(text.charCodeAt(i))) {
      if (start >= 0) {
        if (eastAsian) count += eastAsianWordsIn(text, start, i);
        else if (hasLetterOrDigitIn(text, start, i)) count++;
      }
      start = -1;
    } else if (start < 0) start = i;
  }
  return Math.min(count, stopAt);
}

/** Whether the text holds a letter (`\p{L}`), through the one shared letter set. */
export function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLetterAt(text, i, c)) return true;
    // The second half of a surrogate pair was tested with the first.
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  return false;
}

export function hasWord(text: string): boolean {
  return hasLetterOrDigitIn(text, 0, text.length);
}

/** A line break a reader sees in text: LF, VT, FF, CR, the line and paragraph separators. */
const isBreakCode = (c: number) => (c >= 0x0a && c <= 0x0d) || c === 0x2028 || c === 0x2029;

/**
 * Where `text` breaks its line (a soft line break, Shift+Enter in Word: `w:br`, `w:cr`), as offsets in
 * `normaliseSpace(text)` of the spaces that stand for the whitespace holding a break; null when none
 * does (a break at either end is no break between two lines). One native scan when the text holds none.
 */
export function lineBreaksIn(text: string): number[] | null {
  if (!BREAK.test(text)) return null;
  const breaks: number[] = [];
  // Mirrors normaliseSpace: `out` is the length of the normalised text so far.
  let out = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isSpaceOrJoinerCode(c)) {
      out++;
      i++;
      continue;
    }
    let end = i + 1;
    let spaced = !isJoinerCode(c);
    let broken = isBreakCode(c);
    for (let d: number; end < n && isSpaceOrJoinerCode((d = text.charCodeAt(end))); end++) {
      if (!isJoinerCode(d)) spaced = true;
      if (isBreakCode(d)) broken = true;
    }
    if (spaced && i > 0 && end < n && out > 0) {
      if (broken) breaks.push(out);
      out++;
    }
    i = end;
  }
  return breaks.length > 0 ? breaks : null;
}

/**
 * `text` from `from` on with its line breaks put back: each space at an offset of `breaks`
 * (lineBreaksIn) made a `\n`. The text as it is when there is none.
 */
export function withLineBreaks(text: string, breaks: readonly number[] | undefined, from = 0): string {
  if (!breaks) return from === 0 ? text : text.slice(from);
  let out = '';
  let at = from;
  for (const b of breaks) {
    if (b < from || b >= text.length) continue;
    out += `${text.slice(at, b)}\n`;
    at = b + 1;
  }
  return out + text.slice(at);
}

const BREAK = /[\n\v\f\r\u2028\u2029]/;

/** A text cut at its ends' whitespace: what leads, what lies between, what trails (`" big "` → `" "`, `"big"`, `" "`). */
export function outerSpace(text: string): [lead: string, core: string, trail: string] {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return [match[1]!, match[2]!, match[3]!];
}

/**
 * Collapses every run of whitespace (no-break spaces, tabs, line breaks) to one space and trims; a word
 * joiner or a U+FEFF is left out (inside a word, the word is written whole: `wo\u2060rd` → `word`; beside
 * whitespace, one space stays). So `normaliseSpace(t)` is `t` without its joiners, its whitespace collapsed.
 * Text that is normal already (words between single plain spaces) is returned as it is, after one native scan.
 */
export function normaliseSpace(text: string): string {
  if (!NOT_NORMAL.test(text)) return text;
  // Plain spaces at the ends of a text normal between them (a line cut where a colour changes: `" and then"`): cut off,
  // after a second native scan, not looked at character by character (the loop below is interpreted code).
  const n = text.length;
  let start = 0;
  while (start < n && text.charCodeAt(start) === 0x20) start++;
  let stop = n;
  while (stop > start && text.charCodeAt(stop - 1) === 0x20) stop--;
  if (stop > start && (start > 0 || stop < n)) {
    const inner = text.slice(start, stop);
    if (!NOT_NORMAL.test(inner)) return inner;
  }
  const pieces: string[] = [];
  let copyFrom = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isSpaceOrJoinerCode(c)) {
      i++;
      continue;
    }
    let end = i + 1;
    let spaced = !isJoinerCode(c);
    for (let d: number; end < n && isSpaceOrJoinerCode((d = text.charCodeAt(end))); end++) if (!spaced && !isJoinerCode(d)) spaced = true;
    // One plain space between two words stays; any other run is cut out (and a space put back
    // between words when the run held whitespace, not only joiners).
    if (!(end - i === 1 && c === 0x20 && i > 0 && end < n)) {
      if (i > copyFrom) pieces.push(text.slice(copyFrom, i));
      if (spaced && i > 0 && end < n && pieces.length) pieces.push(' ');
      copyFrom = end;
    }
    i = end;
  }
  if (copyFrom === 0) return text;
  if (copyFrom < n) pieces.push(text.slice(copyFrom));
  return pieces.join('');
}
