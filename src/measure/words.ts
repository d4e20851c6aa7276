/**
 * The word rule: split on any Unicode whitespace (U+00A0 and U+202F included), and count the
 * tokens holding at least one letter or digit. So `l'erreur` = 1, `e-learning` = 1, `30 %` = 1,
 * `1 200` with a no-break space = 2, a lone `—` = 0.
 *
 * Splitting is a loop over character codes, not a regular expression: a damaged file may hold
 * megabytes of spaces in one run, which overflow V8's regular-expression stack.
 */
/** One whitespace character, no-break and zero-width spaces included: what separates words. */
export const SPACE_CHAR = /[\s\u00A0\u202F\u2007\u2060\uFEFF]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a UTF-16 code unit is whitespace by SPACE_CHAR (JavaScript's `\s`, plus U+2060). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff
  );
}

/** Calls `token(start, end)` for each maximal run of non-whitespace in `text`. */
function eachToken(text: string, token: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) {
      if (start >= 0) token(start, i);
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) token(start, text.length);
}

export function countWords(text: string): number {
  let count = 0;
  eachToken(text, (start, end) => {
    if (LETTER_OR_DIGIT.test(text.slice(start, end))) count++;
  });
  return count;
}

export function hasWord(text: string): boolean {
  return LETTER_OR_DIGIT.test(text);
}

/** Collapses every run of whitespace (no-break spaces, tabs, line breaks) to one space and trims. */
export function normaliseSpace(text: string): string {
  const tokens: string[] = [];
  eachToken(text, (start, end) => tokens.push(text.slice(start, end)));
  return tokens.join(' ');
}
