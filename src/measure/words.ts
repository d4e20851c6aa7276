/**
 * The word rule: split on any Unicode whitespace (U+00A0 and U+202F included), and count the
 * tokens holding at least one letter or digit. So `l'erreur` = 1, `e-learning` = 1, `30 %` = 1,
 * `1 200` with a no-break space = 2, a lone `—` = 0.
 */
/** One whitespace character, no-break and zero-width spaces included: what separates words. */
export const SPACE_CHAR = /[\s\u00A0\u202F\u2007\u2060\uFEFF]/u;
const WHITESPACE = /[\s\u00A0\u202F\u2007\u2060\uFEFF]+/u;
const WHITESPACE_RUNS = /[\s\u00A0\u202F\u2007\u2060\uFEFF]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(WHITESPACE)) if (LETTER_OR_DIGIT.test(token)) count++;
  return count;
}

export function hasWord(text: string): boolean {
  return LETTER_OR_DIGIT.test(text);
}

/** Collapses every run of whitespace (no-break spaces, tabs, line breaks) to one space and trims. */
export function normaliseSpace(text: string): string {
  return text.replace(WHITESPACE_RUNS, ' ').trim();
}
