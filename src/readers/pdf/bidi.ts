import { lazy } from '../../text/lazy.js';
import type { Line, LineRun } from './types.js';

/**
 * Right-to-left text (Hebrew, Arabic…) in a PDF is drawn in visual order: glyphs left to right on
 * the page, so a line read by x spells its Arabic and Hebrew words backwards, with the numbers and
 * Latin words inside them the right way round (the Unicode bidirectional algorithm, UAX #9, laid
 * them out so). This puts a line back in reading (logical) order: it gives each character of the
 * visual line the embedding level UAX #9 would give it (a simplified resolution: strong letters,
 * numbers with their separators and terminators, neutrals between them), then applies rule L2 —
 * reverse every run at level k or above, from the highest level down to 1 — which undoes itself:
 * applied to the visual order it gives back the logical one. The base direction is the line's
 * majority of strong letters (as pdf.js's own bidi() decides it), unless its
 * leftmost and rightmost letters agree.
 *
 * Combining marks (harakat, niqqud) come before their letter in the visual string (the logical
 * string reversed, as Word and LibreOffice draw it): reversing puts them back after it.
 */

/** Any character of a right-to-left script: only lines holding one are looked at. */
export const RTL_TEXT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;

const RTL_ONLY = /^[\u0590-\u05FF\u0600-\u065F\u066E-\u06EF\u06FA-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]+$/u;

/**
 * One glyph standing for several right-to-left letters (lam-alef, a letter with its mark) has them
 * in reading order in its font's map: reversed here, like the visual order of the glyphs around it.
 */
export function visualGlyph(text: string): string {
  return text.length > 1 && RTL_ONLY.test(text) ? Array.from(text).reverse().join('') : text;
}

/** Share of a line's letters the other direction's reach at least for its direction to be a guess. */
const UNSURE = 0.4;

const enum T {
  /** Strong left to right: a letter of any other script. */
  L,
  /** Strong right to left (R or AL). */
  R,
  /** A digit (EN or AN). */
  D,
  /** Number separator (CS, ES): between two digits, part of the number. */
  S,
  /** Number terminator (ET): next to a number, part of it (not after Arabic: W2 makes that an AN, which W5 leaves alone). */
  E,
  /** A combining mark: the type of its letter. */
  M,
  /** Neutral. */
  N,
}

// Built on first use: only lines holding right-to-left text are typed (bench/README.md: a `\p{…}` pattern costs every start that loads it).
const LETTER = lazy(() => /\p{L}/u);
const MARK = lazy(() => /\p{M}/u);
const DIGIT = lazy(() => /\p{Nd}/u);
const SEPARATOR = /^[,./:+\-\u00A0\u060C\u066B\u066C\u2212\u2044\uFE50\uFE52\uFE55\uFF0B\uFF0C\uFF0D\uFF0E\uFF0F\uFF1A]$/u;
const TERMINATOR = /^[#$%\u00A2-\u00A5\u00B0\u00B1\u0609\u060A\u066A\u2030-\u2034\u20A0-\u20CF\u2212\u2213\uFE5F\uFE69\uFE6A\uFF03-\uFF05\uFFE0\uFFE1\uFFE5\uFFE6]$/u;
/** Arabic letters (AL), after which digits are Arabic numbers that take no terminator. */
const ARABIC = /[\u0600-\u07BF\u0860-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/u;

function typeOf(c: string): T {
  const code = c.codePointAt(0)!;
  if (MARK().test(c)) return T.M;
  if (DIGIT().test(c)) return T.D;
  // Hebrew's punctuation (maqaf, sof pasuq, geresh…) is strong R; so are Arabic's ؛ and ؟.
  if ((code >= 0x0590 && code <= 0x05ff) || code === 0x061b || code === 0x061f) return T.R;
  if (LETTER().test(c)) return (code >= 0x0590 && code <= 0x08ff) || (code >= 0xfb1d && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc) ? T.R : T.L;
  if (SEPARATOR.test(c)) return T.S;
  if (TERMINATOR.test(c)) return T.E;
  return T.N;
}

/**
 * The visual characters' logical order (indexes into `chars`) and whether the line reads right to
 * left, or undefined when it has no right-to-left text. `rtl`: read it right to left when it has no letters.
 */
export function logicalOrder(chars: readonly string[], rtl?: boolean): { order: number[]; text: string[]; rtl: boolean; unsure: boolean } | undefined {
  const n = chars.length;
  const t: T[] = new Array(n);
  let left = 0, right = 0;
  for (let i = 0; i < n; i++) {
    t[i] = typeOf(chars[i]);
    if (t[i] === T.R) right++;
    else if (t[i] === T.L) left++;
  }
  if (!right && !(rtl && !left)) return undefined;
  // A line whose first and last letters (left and right) run one way is most likely a paragraph of that
  // direction holding words of the other (UAX #9 P2 takes a paragraph's first letter); else the majority.
  let first: T | undefined, last: T | undefined;
  for (let i = 0; i < n && first === undefined; i++) if (t[i] === T.L || t[i] === T.R) first = t[i];
  for (let i = n - 1; i >= 0 && last === undefined; i--) if (t[i] === T.L || t[i] === T.R) last = t[i];
  const ends = first === last ? first : undefined;
  const base = rtl || (ends === undefined ? right > left : ends === T.R) ? 1 : 0;
  // A mark takes its letter's type: the letter after it in a right-to-left word, else the one before.
  for (let i = 0; i < n; i++) {
    if (t[i] !== T.M) continue;
    let j = i + 1;
    while (j < n && t[j] === T.M) j++;
    if (j < n && t[j] === T.R) t[i] = T.R;
    else {
      let k = i - 1;
      while (k >= 0 && t[k] === T.M) k--;
      t[i] = k >= 0 ? t[k] : j < n ? t[j] : T.N;
    }
  }
  // One separator between two digits is part of the number (W4).
  for (let i = 1; i + 1 < n; i++) if (t[i] === T.S && t[i - 1] === T.D && t[i + 1] === T.D) t[i] = T.D;
  // Terminators next to a number are part of it (W5), unless the number follows Arabic (W2: an AN).
  // Before, in reading order, is to the right in a right-to-left line, to the left otherwise.
  for (let i = 0; i < n; ) {
    if (t[i] !== T.D) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && t[j] === T.D) j++;
    if (!arabicNumber(chars, t, i, j, base)) {
      for (let k = i - 1; k >= 0 && t[k] === T.E; k--) t[k] = T.D;
      for (let k = j; k < n && t[k] === T.E; k++) t[k] = T.D;
    }
    i = j;
  }
  // Levels of strong letters and numbers.
  const level = new Uint8Array(n);
  const strong = new Int8Array(n).fill(-1); // 0: counts as L for the neutrals beside it, 1: as R
  for (let i = 0; i < n; i++) {
    if (t[i] === T.L) [level[i], strong[i]] = [base ? 2 : 0, 0];
    else if (t[i] === T.R) [level[i], strong[i]] = [1, 1];
  }
  for (let i = 0; i < n; ) {
    if (t[i] !== T.D) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && t[j] === T.D) j++;
    // In a right-to-left line a number is a left-to-right island (level 2) that counts as R for the
    // neutrals beside it (N1); in a left-to-right line it is one only inside right-to-left text (W7).
    const inside = base === 1 || (nearest(t, i - 1, -1) === T.R && nearest(t, j, 1) === T.R);
    for (let k = i; k < j; k++) [level[k], strong[k]] = inside ? [2, 1] : [0, 0];
    i = j;
  }
  // Neutrals: the direction of the strong text on both sides when it agrees, else the line's (N1, N2).
  for (let i = 0; i < n; ) {
    if (strong[i] >= 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && strong[j] < 0) j++;
    const before = i > 0 ? strong[i - 1] : base;
    const after = j < n ? strong[j] : base;
    const lv = before === after ? (before === 1 ? 1 : base ? 2 : 0) : base;
    for (let k = i; k < j; k++) level[k] = lv;
    i = j;
  }
  // L2: from the highest level down to the lowest odd one, reverse each run at that level or above.
  const order = Array.from({ length: n }, (_, i) => i);
  let max = 0;
  for (let i = 0; i < n; i++) if (level[i] > max) max = level[i];
  for (let lv = max; lv >= 1; lv--) {
    for (let i = 0; i < n; ) {
      if (level[order[i]] < lv) {
        i++;
        continue;
      }
      let j = i;
      while (j < n && level[order[j]] >= lv) j++;
      for (let a = i, b = j - 1; a < b; a++, b--) [order[a], order[b]] = [order[b], order[a]];
      i = j;
    }
  }
  // Letters of both directions near evenly: which way the line runs, so the order of its parts, is a guess.
  // No L4 mirroring: a bracket drawn mirrored in right-to-left text maps to the character typed
  // (LibreOffice's "(בשעות הבוקר)" reads ")רקובה תועשב(" left to right), so reversing gives it back.
  const text = order.map((i) => chars[i]);
  return { order, text, rtl: base === 1, unsure: ends === undefined && left > 0 && right > 0 && Math.min(left, right) >= UNSURE * (left + right) };
}

/** The strong type nearest `from` going `step` (numbers count as R), or undefined at the line's end. */
function nearest(t: readonly T[], from: number, step: 1 | -1): T | undefined {
  for (let i = from; i >= 0 && i < t.length; i += step) {
    if (t[i] === T.L) return T.L;
    if (t[i] === T.R) return T.R;
  }
  return undefined;
}

/** Digits i..j are an Arabic number (W2): Arabic-Indic digits, or the strong letter before them in reading order is Arabic. */
function arabicNumber(chars: readonly string[], t: readonly T[], i: number, j: number, base: 0 | 1): boolean {
  const code = chars[i].codePointAt(0)!;
  if (code >= 0x0660 && code <= 0x0669) return true;
  if (base === 1) {
    for (let k = j; k < t.length; k++) if (t[k] === T.L || t[k] === T.R) return t[k] === T.R && ARABIC.test(chars[k]);
  } else {
    for (let k = i - 1; k >= 0; k--) if (t[k] === T.L || t[k] === T.R) return t[k] === T.R && ARABIC.test(chars[k]);
  }
  return false;
}

/**
 * Puts a line built left to right in reading order when it holds right-to-left text: its runs, text
 * and note calls. `rtl`: the line has no letters, only figures and signs, in a right-to-left paragraph
 * (the "5:30." a line wraps onto): read right to left too.
 */
export function toReadingOrder(line: Line, rtl?: boolean): void {
  const chars: string[] = [];
  const runOf: number[] = [];
  const offset: number[] = []; // UTF-16 offset of each character in line.text
  let at = 0;
  line.runs.forEach((run, r) => {
    for (const c of run.text) {
      chars.push(c);
      runOf.push(r);
      offset.push(at);
      at += c.length;
    }
  });
  const logical = logicalOrder(chars, rtl);
  if (!logical) return;
  if (logical.rtl) line.rtl = true;
  if (logical.unsure) line.bidiUnsure = true;
  const order = logical.order;
  let changed = false;
  for (let i = 0; i < order.length; i++) if (order[i] !== i) changed = true;
  if (!changed) return;
  const runs: LineRun[] = [];
  const moved = new Map<number, number>(); // old offset → new offset
  let run: LineRun | undefined, from = -1, pos = 0;
  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    if (!run || runOf[i] !== from) {
      from = runOf[i];
      run = { ...line.runs[from], text: '' };
      runs.push(run);
    }
    run.text += logical.text[j];
    moved.set(offset[i], pos);
    pos += chars[i].length;
  }
  line.runs = runs;
  line.text = runs.map((r) => r.text).join('');
  if (line.marks) for (const m of line.marks) m.at = moved.get(m.at) ?? m.at;
}
