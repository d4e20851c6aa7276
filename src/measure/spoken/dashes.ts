/**
 * A dash closed up between two words (`course—for`, `north–south`, `said—twice`, `Wait--what`, `2020—the`): Word counts
 * one written word there (no space), but a narrator says both, the dash a pause. Its spoken form puts spaces around the
 * dash, so that each side is one word and read by the rules (`2020—the` twenty twenty — the); an en dash between two
 * letters in order is a range of letters (`A–Z` A to Z; `I—I` a stammer), a dash between two days or months a range of
 * them (`Mon–Fri` Mon to Fri). A figure on both sides is left to the ranges (`1990–1995`, `10—20`, `$5–$10`: said
 * "to"), and a hyphen is never a dash (`Jean-Pierre`, `e-learning`). East Asian text (`——` between Chinese characters,
 * each character a word already) and a dash at a word's end or start (`well—`, `—and`) are left as written.
 */
import { isLetterOrDigitAt, scriptAtEnd } from '../../text/words.js';

/** Whether a line may hold a dash closed up between two words: one native scan, most lines hold none. */
const ANY_DASH = /[\u2013\u2014\u2015\u2E3A\u2E3B]|--/;

/** The dashes (en, em, horizontal bar, two- and three-em): a hyphen-minus only doubled or tripled (`--`, `---`). */
const isDashCode = (c: number) => c === 0x2013 || c === 0x2014 || c === 0x2015 || c === 0x2e3a || c === 0x2e3b;

const isSpace = (c: number) => c <= 0x20 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** The end of the dash run starting at i (a run of dashes, or two or three hyphens), or i when none starts there. */
function dashRunEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isDashCode(c)) {
    let end = i + 1;
    while (end < text.length && isDashCode(text.charCodeAt(end))) end++;
    return end;
  }
  if (c !== 0x2d) return i;
  let end = i;
  while (end < text.length && text.charCodeAt(end) === 0x2d) end++;
  return end - i === 2 || end - i === 3 ? end : i;
}

interface Side {
  letters: number;
  digits: boolean;
  /** Its only letter or digit is one letter (`A` of `A–Z`). */
  oneLetter: boolean;
  /** Where its first letter or digit is. */
  at: number;
}

/** What text[from, to) holds: how many letters or digits, whether a digit. */
function sideOf(text: string, from: number, to: number): Side {
  let letters = 0;
  let digits = false;
  let lettersOnly = true;
  let at = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    if (!isLetterOrDigitAt(text, i, c)) continue;
    if (at < 0) at = i;
    letters++;
    if (isDigit(c)) {
      digits = true;
      lettersOnly = false;
    }
  }
  return { letters, digits, oneLetter: letters === 1 && lettersOnly, at };
}

/** Two different days or months (`mon`, `fri`), as ranged lists them: a range of them. */
const namedRange = (first: string, second: string, ranged: ReadonlySet<string>) => first !== second && ranged.has(first) && ranged.has(second);
/** The most letters of a day's or a month's name (`miércoles`, `September`, `Donnerstag`): a longer side is none. */
const LONGEST_NAME = 10;
/** A side that may be a day's or a month's name: letters only, few enough. */
const mayBeName = (side: Side) => !side.digits && side.letters <= LONGEST_NAME;

/** The letters of text[from, to) without what opens or closes them (`(Mon` Mon, `Fri.` Fri), in lower case. */
function wordOf(text: string, from: number, to: number): string {
  while (from < to && !isLetterOrDigitAt(text, from)) from++;
  while (to > from && !isLetterOrDigitAt(text, to - 1)) to--;
  return text.slice(from, to).toLowerCase();
}

/**
 * Whether the en dash text[i, end) joins two letters in alphabetical order, both capitals or both small (`A–Z`, `a–f`): a
 * range of letters. A letter repeated is a stammer (`I—I`, `I–I don't know`), the em dash a pause.
 */
function letterRange(text: string, i: number, end: number, left: Side, right: Side): boolean {
  if (end !== i + 1 || text.charCodeAt(i) !== 0x2013 || !left.oneLetter || !right.oneLetter) return false;
  const a = text.charCodeAt(left.at);
  const b = text.charCodeAt(right.at);
  const capital = (c: number) => c >= 0x41 && c <= 0x5a;
  const small = (c: number) => c >= 0x61 && c <= 0x7a;
  return a < b && ((capital(a) && capital(b)) || (small(a) && small(b)));
}

/**
 * The text with each dash closed up between two words opened (`course — for`), a range of letters, days or months said
 * with the language's word for "to" (`A to Z`, `Mon to Fri`: `ranged` holds the days' and months' names and their
 * abbreviations, in lower case); the text itself when there is none.
 */
export function openDashes(text: string, to: string, ranged: ReadonlySet<string>): string {
  if (!ANY_DASH.test(text)) return text;
  let out = '';
  let copied = 0;
  // Where the current word started: after the last space or the last dash run opened or looked at.
  let wordStart = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      wordStart = ++i;
      continue;
    }
    const end = dashRunEnd(text, i);
    if (end === i) {
      i++;
      continue;
    }
    // The word after the dash: up to the next space or dash run.
    let after = end;
    while (after < text.length && !isSpace(text.charCodeAt(after)) && dashRunEnd(text, after) === after) after++;
    const left = sideOf(text, wordStart, i);
    const right = sideOf(text, end, after);
    const open =
      i > wordStart && after > end && left.letters > 0 && right.letters > 0 && !(left.digits && right.digits) &&
      scriptAtEnd(text.slice(wordStart, i), 'last') !== 'east-asian' && scriptAtEnd(text.slice(end, after), 'first') !== 'east-asian';
    if (open) {
      const range = letterRange(text, i, end, left, right) || (isDashCode(text.charCodeAt(i)) && mayBeName(left) && mayBeName(right) && namedRange(wordOf(text, wordStart, i), wordOf(text, end, after), ranged));
      out += text.slice(copied, i) + (range ? ` ${to} ` : ` ${text.slice(i, end)} `);
      copied = end;
    }
    wordStart = end;
    i = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
