/**
 * A paragraph's runs → stretches of one voice each: the lines before they are counted. A stretch with
 * no letter or digit (a space, a full stop, a quote mark in another colour) joins a neighbour instead
 * of becoming a line; a word whose letters carry two voices is flagged (`mixed-word`).
 */
import type { Paragraph, Run, Warning } from '../model.js';
import { lazy } from '../text/lazy.js';
import { hasWord, isSpaceCode, LETTER_OR_DIGIT, SPACE_CHAR } from '../text/words.js';

export interface Stretch {
  key: string | null;
  text: string;
  first: Run;
  /** The runs the stretch is made of, wordless neighbours folded in included. */
  runs: Run[];
}

/** Splits a paragraph into stretches of one key each, wordless stretches folded into a neighbour. */
export function stretchesOf(runs: Run[], keyOf: (run: Run) => string | null): Stretch[] {
  return stretchesByKey(runs, runs.map(keyOf));
}

/** `stretchesOf` with each run's key already known (`keys[i]` is run i's). */
export function stretchesByKey(runs: readonly Run[], keys: readonly (string | null)[]): Stretch[] {
  const raw: Stretch[] = [];
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k]!;
    const key = keys[k]!;
    const last = raw[raw.length - 1];
    if (last && last.key === key) {
      last.text += run.text;
      last.runs.push(run);
    } else raw.push({ key, text: run.text, first: run, runs: [run] });
  }
  const worded = raw.map((s) => hasWord(s.text));
  if (!worded.some(Boolean)) return [];
  // For each stretch, the next worded one (raw.length when none): one backward pass.
  const nextWorded: number[] = new Array(raw.length + 1);
  nextWorded[raw.length] = raw.length;
  for (let i = raw.length - 1; i >= 0; i--) nextWorded[i] = worded[i] ? i : nextWorded[i + 1]!;
  const result: Stretch[] = [];
  // Wordless stretches that open the next worded one, in reading order.
  let opening: Stretch[] = [];
  for (let i = 0; i < raw.length; i++) {
    const stretch = raw[i]!;
    if (worded[i]) {
      const parts = opening.length ? [...opening, stretch] : [stretch];
      opening = [];
      const text = parts.length > 1 ? parts.map((p) => p.text).join('') : stretch.text;
      const last = result[result.length - 1];
      const target = last && last.key === stretch.key ? last : null;
      if (target) target.text += text;
      else result.push({ key: stretch.key, text, first: stretch.first, runs: [] });
      const into = target ?? result[result.length - 1]!;
      // Pushed one by one: a stretch may hold more runs than a call can take arguments.
      for (const part of parts) for (const run of part.runs) into.runs.push(run);
      continue;
    }
    const previous = result[result.length - 1];
    const next = raw[nextWorded[i + 1]!];
    // Opening punctuation (« “ ( [) belongs to what follows; anything else to what precedes,
    // unless the paragraph starts with it.
    if (previous && !(next && next.key !== previous.key && onlyOpeners(stretch.text))) {
      previous.text += stretch.text;
      for (const run of stretch.runs) previous.runs.push(run);
    } else if (next) opening.push(stretch);
  }
  return result;
}

const OPENER = lazy(() => /[\p{Ps}\p{Pi}]/u);

/**
 * Whether the text holds opening punctuation and nothing else but spaces. A loop, not one regular
 * expression over the whole text: a stretch may be megabytes of spaces.
 */
function onlyOpeners(text: string): boolean {
  let opener = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) continue;
    // ASCII opens with ( [ { only; other characters are asked of OPENER whole (a surrogate pair too).
    if (c < 0x80) {
      if (c !== 0x28 && c !== 0x5b && c !== 0x7b) return false;
    } else {
      const code = text.codePointAt(i)!;
      if (!OPENER().test(String.fromCodePoint(code))) return false;
      if (code > 0xffff) i++;
    }
    opener = true;
  }
  return opener;
}

/** Index of the first whitespace character in `text`, or -1. */
function firstSpace(text: string): number {
  for (let i = 0; i < text.length; i++) if (isSpaceCode(text.charCodeAt(i))) return i;
  return -1;
}

/** Index of the last whitespace character in `text`, or -1. */
function lastSpace(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (isSpaceCode(text.charCodeAt(i))) return i;
  return -1;
}

/**
 * Words whose letters carry two keys: "Narr|ateur" half grey, half black. Only where two runs of
 * different keys touch without whitespace can a word be split, so only those seams are examined.
 * Each word is assembled once, from the run where it starts to the run where it ends: linear in
 * the paragraph's length, however many runs a word is cut into.
 */
export function mixedWords(paragraph: Paragraph, runs: Run[], keyOf: (run: Run) => string | null, nameOf: (key: string | null) => string): Warning[] {
  return mixedWordsByKey(paragraph, runs, runs.map(keyOf), nameOf);
}

/** `mixedWords` with each run's key already known (`keys[i]` is run i's). */
export function mixedWordsByKey(paragraph: Paragraph, runs: readonly Run[], keys: readonly (string | null)[], nameOf: (key: string | null) => string): Warning[] {
  const warnings: Warning[] = [];
  const first = runs.map((run) => firstSpace(run.text));
  const last = runs.map((run) => lastSpace(run.text));
  // The run where the word touching the end of run k starts: k itself if k holds a space.
  const startRun: number[] = new Array(runs.length);
  for (let k = 0; k < runs.length; k++) startRun[k] = last[k]! >= 0 || k === 0 ? k : startRun[k - 1]!;
  let examinedUpTo = -1;
  for (let i = 0; i + 1 < runs.length; i++) {
    const left = runs[i]!.text;
    const right = runs[i + 1]!.text;
    if (keys[i] === keys[i + 1] || !left || !right || SPACE_CHAR.test(left[left.length - 1]!) || SPACE_CHAR.test(right[0]!)) continue;
    // A later seam of a word already examined.
    if (i < examinedUpTo) continue;
    const pieces: [string, string | null][] = [];
    const from = startRun[i]!;
    const cut = last[from]! + 1;
    pieces.push([runs[from]!.text.slice(cut), keys[from]!]);
    for (let k = from + 1; k <= i; k++) pieces.push([runs[k]!.text, keys[k]!]);
    let k = i + 1;
    for (; k < runs.length; k++) {
      const end = first[k]!;
      pieces.push([end < 0 ? runs[k]!.text : runs[k]!.text.slice(0, end), keys[k]!]);
      if (end >= 0) break;
    }
    examinedUpTo = k;
    const wordKeys = new Set(pieces.filter(([piece]) => LETTER_OR_DIGIT.test(piece)).map(([, key]) => key));
    if (wordKeys.size < 2) continue;
    const word = pieces.map(([piece]) => piece).join('');
    warnings.push({
      code: 'mixed-word',
      message: `The word "${shortened(word)}" is split across ${[...wordKeys].map(nameOf).join(' and ')}: its parts are counted in both lines; recolour the whole word.`,
      location: paragraph.location,
      details: { word, voices: [...wordKeys] },
    });
  }
  return warnings;
}

/** A word as a message quotes it: a damaged file may run thousands of letters together. */
function shortened(word: string): string {
  return word.length > 80 ? `${word.slice(0, 40)}…${word.slice(-20)}` : word;
}
