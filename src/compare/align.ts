/**
 * Two scripts' line sequences → the pairs of lines that are the same line in OLD and NEW.
 *
 * The full line sequences (every voice and the unassigned text, in reading order) are aligned on
 * their normalised text with a sequence diff, so lines inserted or deleted elsewhere never make the
 * lines after them look changed. Lines the diff leaves unmatched are then paired: identical text
 * anywhere in the script is a move, and a removed and an added line of the same voice in the same
 * region (between the same two aligned lines) whose words are mostly the same is one changed line;
 * so are adjacent lines of one voice joined, split or cut differently (a `regrouped` pair). What is
 * left may be a line given to another voice and edited: a pair of lines of different voices. Last,
 * across regions, a removed and an added line with most of their words in common in the same order
 * are one line moved and edited (`pairMovedEdited`): its voice's first, then another voice's.
 */
import { diffArrays } from 'diff';
import type { Line } from '../attribute/cast.js';
import { countEastAsianLetters, isLetterOrDigitAt, normaliseSpace } from '../text/words.js';
import { Budget } from '../budget.js';

/** The share of words two lines must have in common to be one changed line rather than a removal and an addition. */
export const DEFAULT_SIMILARITY = 0.5;

/** Text compared for equality: what is read aloud, not how the file typed it (quotes, ligatures, spaces). */
export function comparisonKey(text: string): string {
  const typed = text
    .normalize('NFKC')
    .replace(/\u00AD/g, '')
    .replace(LIGATURES, (ligature) => UNLIGATED[ligature]!)
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"');
  return normaliseSpace(typed).replace(QUOTE_SPACES, '"').replace(SPACE_BEFORE_MARK, '');
}

/** Ligatures NFKC keeps (œ, æ): a word written with or without one reads the same. */
const LIGATURES = /[\u0152\u0153\u00C6\u00E6]/g;
const UNLIGATED: Record<string, string> = { '\u0152': 'OE', '\u0153': 'oe', '\u00C6': 'AE', '\u00E6': 'ae' };
const QUOTE_SPACES = /\s*"\s*/g;
/** The space French typography sets before `: ; ! ? %` (guillemets are quotes above): how it is typed, not what is said. */
const SPACE_BEFORE_MARK = / (?=[:;!?%])/g;

/**
 * The token without punctuation at either end: what is no letter nor digit (`\p{L}`, `\p{N}`: text/words.ts
 * isLetterOrDigitAt), a character (a surrogate pair whole) at a time; a loop (a regex is quadratic on a long
 * run of punctuation).
 */
export function trimPunctuation(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && !isLetterOrDigitAt(token, start)) start += token.codePointAt(start)! > 0xffff ? 2 : 1;
  while (end > start) {
    // The last character: a surrogate pair ending there is tested whole.
    const last = end - 2 >= start && token.codePointAt(end - 2)! > 0xffff ? end - 2 : end - 1;
    if (isLetterOrDigitAt(token, last)) break;
    end = last;
  }
  return start === 0 && end === token.length ? token : token.slice(start, end);
}

/**
 * A token of Chinese or Japanese split as the word rule counts it (text/words.ts): each East Asian
 * letter a word of its own, the text between them another (`Wi-Fiの` → `Wi-Fi`, `の`). A token
 * without East Asian letters (nearly every one) is returned as it is.
 */
export function eastAsianWords(token: string): string[] {
  if (countEastAsianLetters(token) === 0) return [token];
  const words: string[] = [];
  let run = '';
  for (const char of token) {
    if (countEastAsianLetters(char) === 0) {
      run += char;
      continue;
    }
    if (run) words.push(run);
    run = '';
    words.push(char);
  }
  if (run) words.push(run);
  return words;
}

/**
 * A text's comparison key in lower case, cut at its spaces: the raw tokens `wordsOf` and
 * added.ts `saidTokens` read, the clock read around the work on a long text (seconds on millions of words).
 */
export function keyTokens(text: string, budget: Budget): string[] {
  budget.checkLong(text);
  const key = comparisonKey(text).toLowerCase();
  budget.checkLong(text);
  return key.split(' ');
}

/**
 * Words of a line for similarity: lower case, edge punctuation dropped, wordless tokens left out.
 * One loop (no array per step: a paragraph may have millions of words), the `budget` ticked per token.
 */
export function wordsOf(text: string, budget: Budget = Budget.UNLIMITED): string[] {
  const words: string[] = [];
  for (const raw of keyTokens(text, budget)) {
    budget.tick();
    if (countEastAsianLetters(raw) === 0) {
      const word = trimPunctuation(raw);
      if (word.length > 0) words.push(word);
      continue;
    }
    for (const token of eastAsianWords(raw)) {
      const word = trimPunctuation(token);
      if (word.length > 0) words.push(word);
    }
  }
  return words;
}

/** Dice coefficient on the two lines' bags of words: 1 for the same words, 0 for none in common. */
export function wordSimilarity(a: string[], b: string[]): number {
  if (a.length + b.length === 0) return 1;
  return (2 * wordsInCommon(a, b)) / (a.length + b.length);
}

/** Words the two lines have in common, each used once. */
function wordsInCommon(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of b) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      common++;
      counts.set(word, count - 1);
    }
  }
  return common;
}

type Pairing = 'aligned' | 'moved' | 'changed' | 'regrouped';

export interface Pair {
  /** The OLD line (the first of them when regrouped). */
  old: number;
  /** The NEW line (the first of them when regrouped). */
  new: number;
  how: Pairing;
  /**
   * A `changed` pair whose lines are in different regions (another line kept between where the line
   * was and where it is, or pairing them in their region would cross another pair): the line moved
   * and was edited (`pairMovedEdited`).
   */
  moved?: boolean;
  /**
   * When `how` is `regrouped`: adjacent lines of one voice whose words are the same (give or take
   * edits; compared as bags of words), cut into other paragraphs: OLD's lines (`olds`) joined, split or re-cut into
   * NEW's (`news`); one side has two or more.
   */
  olds?: number[];
  news?: number[];
}

/** Unmatched lines between the same two aligned lines. */
interface Region {
  removed: number[];
  added: number[];
}

/** Above this many candidate pairs in one region, pairing is greedy instead of optimal. */
const OPTIMAL_PAIRING_LIMIT = 4_000_000;
const GREEDY_WINDOW = 50;
/** Up to this many candidate pairs in one region, lines joined or split are looked for too. */
const REGROUP_LIMIT = 40_000;
/** At most this many lines on each side of a join or split. */
const MAX_GROUP = 4;
/** What each line beyond two in a group costs: where lines each changed a little, they stay changed lines. */
const GROUP_LINE_COST = 0.05;

/**
 * Work done pairing lines, for the tests that bound it (tests/align-work.test.ts): joins and splits
 * tried, each a group of OLD and NEW lines weighed at one place of a region (at most MAX_GROUP² − 1
 * there); steps of the comparisons of two lines' words in order (`commonInOrder`: cells, or diagonal
 * steps and words compared). Only added to; the tool never reads it.
 */
export const pairingWork = { groupsTried: 0, inOrderSteps: 0 };

/**
 * The words of the lines as numbers (one per distinct word), and a count per number kept at zero
 * between uses: a group's words are tallied without a map or an array made per try.
 */
interface Tally {
  oldIds: Int32Array[];
  newIds: Int32Array[];
  counts: Int32Array;
}

function tallyOf(oldWords: string[][], newWords: string[][]): Tally {
  const ids = new Map<string, number>();
  const number = (words: string[]) => Int32Array.from(words, (word) => {
    let id = ids.get(word);
    if (id === undefined) ids.set(word, (id = ids.size));
    return id;
  });
  const oldIds = oldWords.map(number);
  const newIds = newWords.map(number);
  return { oldIds, newIds, counts: new Int32Array(ids.size) };
}

/**
 * Words of lines `from` found among the words of lines `within`, each used once: the total found,
 * or -1 when one line of `from` has less than `threshold` of its words there.
 */
function found(tally: Tally, from: Int32Array[], within: Int32Array[], threshold: number): number {
  const { counts } = tally;
  for (const line of within) for (const id of line) counts[id]!++;
  let total = 0;
  let ok = true;
  for (const line of from) {
    let here = 0;
    for (const id of line) {
      if (counts[id]! > 0) {
        counts[id]!--;
        here++;
      }
    }
    total += here;
    if (line.length > 0 && here < threshold * line.length) {
      ok = false;
      break;
    }
  }
  for (const line of within) for (const id of line) counts[id] = 0;
  return ok ? total : -1;
}

/**
 * How well OLD lines `olds` and NEW lines `news` (adjacent lines of one voice on each side) are the
 * same words cut into other paragraphs: 0 when they are not (their words in common below the
 * threshold, or one line whose words are mostly not on the other side), else the group's score,
 * the share of words in common weighed by the lines it accounts for, as a changed line's.
 */
function groupScore(olds: number[], news: number[], tally: Tally, threshold: number): number {
  const before = olds.map((i) => tally.oldIds[i]!);
  const after = news.map((j) => tally.newIds[j]!);
  // Two counts of words bound the share in common: most groups tried end here.
  const x = before.reduce((sum, line) => sum + line.length, 0);
  const y = after.reduce((sum, line) => sum + line.length, 0);
  if (x + y === 0 || (2 * Math.min(x, y)) / (x + y) < threshold) return 0;
  const common = found(tally, before, after, threshold);
  if (common < 0) return 0;
  const similarity = (2 * common) / (x + y);
  if (similarity < threshold || found(tally, after, before, threshold) < 0) return 0;
  const lines = olds.length + news.length;
  return (similarity * lines) / 2 - GROUP_LINE_COST * (lines - 2);
}

/**
 * For each position in `indexes` (a region's removed or added lines), how many lines end there that
 * follow each other in the script (no other line between) and have one voice, up to MAX_GROUP.
 */
function runs(indexes: number[], lines: Line[]): number[] {
  return indexes.map((index, k) => {
    let length = 1;
    while (length < MAX_GROUP && k - length >= 0 && indexes[k - length] === index - length && lines[index - length]!.voice === lines[index]!.voice) length++;
    return length;
  });
}

/**
 * Pairs removed and added lines of one region: same voice (or, with `anyVoice`, a line given to
 * another voice), similarity at or above the threshold, in order (no crossing pairs), the pairs'
 * total score as high as possible. With `groups`, adjacent lines of one voice joined into one, one
 * split into several, or several cut differently are pairs too (a `regrouped` pair).
 */
function pairRegion(region: Region, oldLines: Line[], newLines: Line[], oldWords: string[][], newWords: string[][], threshold: number, options: { anyVoice: boolean; tally: Tally | null; budget: Budget }): Pair[] {
  const { removed, added } = region;
  const rows = removed.length;
  const cols = added.length;
  if (rows === 0 || cols === 0) return [];
  // Words in common of each removed and added line of one voice, kept where groups are looked for.
  let commons: Float64Array | null = null;
  const { budget } = options;
  const score = (i: number, j: number): number => {
    budget.tick(256);
    const o = removed[i]!;
    const n = added[j]!;
    if (!options.anyVoice && oldLines[o]!.voice !== newLines[n]!.voice) return 0;
    const [x, y] = [oldWords[o]!.length, newWords[n]!.length];
    if (x + y === 0) return 1;
    const common = wordsInCommon(oldWords[o]!, newWords[n]!);
    if (commons) commons[i * cols + j] = common;
    const similarity = (2 * common) / (x + y);
    return similarity >= threshold ? similarity : 0;
  };
  if (rows * cols > OPTIMAL_PAIRING_LIMIT) {
    const pairs: Pair[] = [];
    let from = 0;
    for (let i = 0; i < rows; i++) {
      let best = -1;
      let bestScore = 0;
      for (let j = from; j < Math.min(cols, from + GREEDY_WINDOW); j++) {
        const s = score(i, j);
        if (s > bestScore) [best, bestScore] = [j, s];
      }
      if (best >= 0) {
        pairs.push({ old: removed[i]!, new: added[best]!, how: 'changed' });
        from = best + 1;
      }
    }
    return pairs;
  }
  const tally = rows * cols <= REGROUP_LIMIT && (rows > 1 || cols > 1) ? options.tally : null;
  const groups = tally !== null;
  const oldRuns = groups ? runs(removed, oldLines) : [];
  const newRuns = groups ? runs(added, newLines) : [];
  if (groups) commons = new Float64Array(rows * cols);
  const common = (i: number, j: number) => commons![i * cols + j]!;
  /** Share of a line's words found in the one line on the other side (each line's words at least the threshold there): a join or a split worth weighing. */
  const mostlyIn = (i: number, j: number, length: number) => length === 0 || common(i, j) >= threshold * length;
  /**
   * Whether a group of `a` OLD lines ending at row i and `b` NEW lines ending at column j may be
   * one, from the words each pair of its lines has in common (known already): joined lines must
   * each be mostly in the one line, a split line's parts each mostly in it; lines cut differently
   * (two and two) share words at their first lines and at their last.
   */
  const mayGroup = (i: number, j: number, a: number, b: number): boolean => {
    if (b === 1) {
      for (let k = i - a; k < i; k++) if (!mostlyIn(k, j - 1, oldWords[removed[k]!]!.length)) return false;
      return true;
    }
    if (a === 1) {
      for (let k = j - b; k < j; k++) if (!mostlyIn(i - 1, k, newWords[added[k]!]!.length)) return false;
      return true;
    }
    return a === 2 && b === 2 && common(i - 2, j - 2) > 0 && common(i - 1, j - 1) > 0;
  };
  // A weighted longest common subsequence over the region; `step` keeps how each cell was reached:
  // 0 from above, 1 from the left, else a pair or group of (step >> 4) OLD and (step & 15) NEW lines.
  const width = cols + 1;
  const best = new Float64Array((rows + 1) * width);
  const step = new Uint8Array((rows + 1) * width);
  let groupsTried = 0;
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= cols; j++) {
      const up = best[(i - 1) * width + j]!;
      const left = best[i * width + (j - 1)]!;
      let value = up;
      let how = 0;
      if (left > value) [value, how] = [left, 1];
      const s = score(i - 1, j - 1);
      if (s > 0 && best[(i - 1) * width + (j - 1)]! + s > value) [value, how] = [best[(i - 1) * width + (j - 1)]! + s, (1 << 4) | 1];
      if (groups) {
        const sameVoice = oldLines[removed[i - 1]!]!.voice === newLines[added[j - 1]!]!.voice;
        for (let a = 1; sameVoice && a <= oldRuns[i - 1]!; a++) {
          for (let b = 1; b <= newRuns[j - 1]!; b++) {
            if (a === 1 && b === 1) continue;
            groupsTried++;
            if (!mayGroup(i, j, a, b)) continue;
            const g = groupScore(removed.slice(i - a, i), added.slice(j - b, j), tally!, threshold);
            if (g > 0 && best[(i - a) * width + (j - b)]! + g > value) [value, how] = [best[(i - a) * width + (j - b)]! + g, (a << 4) | b];
          }
        }
      }
      best[i * width + j] = value;
      step[i * width + j] = how;
    }
  }
  pairingWork.groupsTried += groupsTried;
  const pairs: Pair[] = [];
  let i = rows;
  let j = cols;
  while (i > 0 && j > 0) {
    const how = step[i * width + j]!;
    if (how === 0) i--;
    else if (how === 1) j--;
    else {
      const a = how >> 4;
      const b = how & 15;
      if (a === 1 && b === 1) pairs.push({ old: removed[i - 1]!, new: added[j - 1]!, how: 'changed' });
      else pairs.push({ old: removed[i - a]!, new: added[j - b]!, how: 'regrouped', olds: removed.slice(i - a, i), news: added.slice(j - b, j) });
      i -= a;
      j -= b;
    }
  }
  return pairs.reverse();
}

/** A line's key for the alignment: its voice and its text (the same words said by two voices are two lines). */
const voiceKey = (line: Line, key: string) => `${line.voice ?? ''}\u0000${key}`;

/**
 * A removed and an added line that may be one line moved and edited (most of their words in common)
 * but too long and too changed to compare in order within IN_ORDER_WORK: left removed and added.
 */
export interface UnsurePair {
  old: number;
  new: number;
}

/**
 * Aligns the two line sequences: every pair of lines that are the same line in OLD and NEW. Pairs
 * that could not be told (`UnsurePair`) are added to `unsure`.
 */
export function alignLines(oldLines: Line[], newLines: Line[], threshold = DEFAULT_SIMILARITY, budget: Budget = Budget.UNLIMITED, unsure: UnsurePair[] = []): Pair[] {
  const keyOf = (l: Line) => {
    budget.tick(64);
    budget.checkLong(l.text);
    return comparisonKey(l.text);
  };
  const oldText = oldLines.map(keyOf);
  const newText = newLines.map(keyOf);
  // Aligned on voice and text: where two voices say the same line one after the other and one copy
  // goes, the other stays aligned with its own voice, never given to the voice that lost its copy.
  const oldKeys = oldLines.map((l, i) => voiceKey(l, oldText[i]!));
  const newKeys = newLines.map((l, j) => voiceKey(l, newText[j]!));
  const pairs: Pair[] = [];
  const regions: Region[] = [];
  let region: Region = { removed: [], added: [] };
  let o = 0;
  let n = 0;
  for (const change of lineChanges(oldKeys, newKeys, budget)) {
    if (change.added) for (let k = 0; k < change.count; k++) region.added.push(n++);
    else if (change.removed) for (let k = 0; k < change.count; k++) region.removed.push(o++);
    else {
      if (region.removed.length || region.added.length) regions.push(region);
      region = { removed: [], added: [] };
      for (let k = 0; k < change.count; k++) pairs.push({ old: o++, new: n++, how: 'aligned' });
    }
  }
  if (region.removed.length || region.added.length) regions.push(region);

  // The lines paired so far: moved (below), then paired in their region.
  const movedOld = new Set<number>();
  const movedNew = new Set<number>();
  /**
   * Unmatched lines of the same `keys` paired, the first unmatched copy with the first: `how` tells
   * a pair within one region (`inPlace`) from one across regions.
   */
  const pairSame = (oldK: string[], newK: string[], inPlace: Pairing, across: Pairing) => {
    const addedByKey = new Map<string, { indexes: number[]; next: number }>();
    const regionOf = new Map<number, Region>();
    for (const r of regions) {
      for (const index of r.added) {
        if (movedNew.has(index)) continue;
        regionOf.set(index, r);
        const copies = addedByKey.get(newK[index]!);
        if (copies) copies.indexes.push(index);
        else addedByKey.set(newK[index]!, { indexes: [index], next: 0 });
      }
    }
    for (const r of regions) {
      for (const index of r.removed) {
        if (movedOld.has(index)) continue;
        const copies = addedByKey.get(oldK[index]!);
        const match = copies?.indexes[copies.next++];
        if (match === undefined) continue;
        pairs.push({ old: index, new: match, how: regionOf.get(match) === r ? inPlace : across });
        movedOld.add(index);
        movedNew.add(match);
      }
    }
  };
  // The same voice's same text outside the common sequence: moved. Then the same text given to
  // another voice, among the lines still unmatched: in its place (aligned) or moved too.
  pairSame(oldKeys, newKeys, 'moved', 'moved');
  pairSame(oldText, newText, 'aligned', 'moved');

  const oldWords = oldLines.map((l) => wordsOf(l.text, budget));
  const newWords = newLines.map((l) => wordsOf(l.text, budget));
  const tally = regions.some((r) => r.removed.length > 1 || r.added.length > 1) ? tallyOf(oldWords, newWords) : null;
  for (const r of regions) {
    const rest = { removed: r.removed.filter((i) => !movedOld.has(i)), added: r.added.filter((i) => !movedNew.has(i)) };
    // Lines of one voice first (changed, joined, split); then what is left may be a line given to another voice and edited.
    const paired = pairRegion(rest, oldLines, newLines, oldWords, newWords, threshold, { anyVoice: false, tally, budget });
    const usedOld = new Set(paired.flatMap((p) => p.olds ?? [p.old]));
    const usedNew = new Set(paired.flatMap((p) => p.news ?? [p.new]));
    const left = { removed: rest.removed.filter((i) => !usedOld.has(i)), added: rest.added.filter((i) => !usedNew.has(i)) };
    for (const pair of [...paired, ...pairRegion(left, oldLines, newLines, oldWords, newWords, threshold, { anyVoice: true, tally: null, budget })]) {
      pairs.push(pair);
      for (const i of pair.olds ?? [pair.old]) movedOld.add(i);
      for (const j of pair.news ?? [pair.new]) movedNew.add(j);
    }
  }
  // What is left across the regions: a line moved and edited, its voice's first, then given to another voice.
  const leftOld = regions.flatMap((r) => r.removed.filter((i) => !movedOld.has(i)));
  const leftNew = regions.flatMap((r) => r.added.filter((j) => !movedNew.has(j)));
  for (const sameVoice of [true, false]) {
    for (const pair of pairMovedEdited(leftOld, leftNew, oldLines, newLines, oldWords, newWords, threshold, sameVoice, budget, unsure)) {
      pairs.push(pair);
      leftOld.splice(leftOld.indexOf(pair.old), 1);
      leftNew.splice(leftNew.indexOf(pair.new), 1);
    }
  }
  return pairs.sort((a, b) => a.new - b.new);
}

/** Fewer words than this in common, in order, and two lines apart may share them by chance ("Got it, thanks."): not one line moved and edited. */
const MIN_MOVED_EDITED = 3;
/** Above this many removed × added lines left, lines moved and edited are not looked for (each stays removed and added). */
const MOVED_EDITED_LIMIT = 250_000;

/**
 * A removed and an added line left unpaired in different regions (or whose pairing in one region
 * would cross another pair) that are one line moved and edited: of the same voice (`sameVoice`), else
 * of different voices (a line given to another voice, moved and edited); each at least
 * MIN_MOVED_EDITED words, and at least `threshold` (half) of the longer line's words the other's too,
 * in the same order (a longest common subsequence: a line reworded with its words shuffled is none),
 * and never fewer than MIN_MOVED_EDITED. Far from their region, words in common are the only
 * evidence: in order, not as a bag. The best pairs first (the most words in common, as a share of
 * the longer line), of equals the nearest (a refrain said three times: its own copy), each line in
 * one pair at most.
 */
function pairMovedEdited(removed: readonly number[], added: readonly number[], oldLines: Line[], newLines: Line[], oldWords: string[][], newWords: string[][], threshold: number, sameVoice: boolean, budget: Budget, unsure: UnsurePair[]): Pair[] {
  if (removed.length === 0 || added.length === 0 || removed.length * added.length > MOVED_EDITED_LIMIT) return [];
  const ids = new Map<string, number>();
  const number = (words: string[]) => Int32Array.from(words, (word) => {
    let id = ids.get(word);
    if (id === undefined) ids.set(word, (id = ids.size));
    return id;
  });
  // Only lines long enough for some line of the other side are numbered (a paragraph of millions of
  // words beside short lines is never one of a pair: numbering it was most of the work).
  const fits = (x: number, y: number) => Math.min(x, y) >= MIN_MOVED_EDITED && Math.min(x, y) >= threshold * Math.max(x, y);
  const oldLengths = removed.map((i) => oldWords[i]!.length);
  const newLengths = added.map((j) => newWords[j]!.length);
  const wanted = (length: number, others: number[]) => others.some((other) => fits(length, other));
  const none = new Int32Array(0);
  const before = removed.map((i, r) => (wanted(oldLengths[r]!, newLengths) ? number(oldWords[i]!) : none));
  const after = added.map((j, a) => (wanted(newLengths[a]!, oldLengths) ? number(newWords[j]!) : none));
  const counts = new Int32Array(ids.size);
  const candidates: { r: number; a: number; score: number; distance: number }[] = [];
  const undecided: { r: number; a: number }[] = [];
  for (let r = 0; r < removed.length; r++) {
    const x = before[r]!;
    if (x.length < MIN_MOVED_EDITED) continue;
    const voice = oldLines[removed[r]!]!.voice;
    for (let a = 0; a < added.length; a++) {
      budget.tick(256);
      const y = after[a]!;
      if (y.length < MIN_MOVED_EDITED || (newLines[added[a]!]!.voice === voice) !== sameVoice) continue;
      const longer = Math.max(x.length, y.length);
      const least = Math.max(MIN_MOVED_EDITED, threshold * longer);
      if (Math.min(x.length, y.length) < least) continue;
      // The words in common as a bag bound those in order: most pairs end here.
      for (const id of x) counts[id]!++;
      let common = 0;
      for (const id of y) {
        if (counts[id]! > 0) {
          counts[id]!--;
          common++;
        }
      }
      for (const id of x) counts[id] = 0;
      if (common < least) continue;
      const inOrder = commonInOrder(x, y, least, budget);
      if (inOrder === null) undecided.push({ r, a });
      if (inOrder === null || inOrder < least) continue;
      candidates.push({ r, a, score: inOrder / longer, distance: Math.abs(removed[r]! - added[a]!) });
    }
  }
  candidates.sort((p, q) => q.score - p.score || p.distance - q.distance || p.r - q.r || p.a - q.a);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const pairs: Pair[] = [];
  for (const { r, a } of candidates) {
    if (usedOld.has(r) || usedNew.has(a)) continue;
    usedOld.add(r);
    usedNew.add(a);
    pairs.push({ old: removed[r]!, new: added[a]!, how: 'changed', moved: true });
  }
  // Lines that could not be told and are in no pair: said (`line-too-changed`), never dropped silently.
  for (const { r, a } of undecided) if (!usedOld.has(r) && !usedNew.has(a)) unsure.push({ old: removed[r]!, new: added[a]! });
  return pairs;
}

/** Cells past which two lines' words in order are not compared cell by cell (O(x × y)) but by their edits. */
const IN_ORDER_CELLS = 4_000_000;
/** Steps the edit count of two long lines may take, per word of theirs, beyond a fixed allowance. */
const IN_ORDER_STEPS_PER_WORD = 16;
const IN_ORDER_STEPS = 1_000_000;

/**
 * The length of the longest common subsequence of `x` and `y`, exact where it matters: whether it
 * reaches `least`, and its value when it does. The common start and end are skipped; what is left is
 * compared cell by cell when small (O(x × y), the `budget` checked every row), else by counting the
 * edits between them (Myers: the common words are (x + y − edits) / 2), stopped past the edits that
 * would leave fewer than `least` (then a value below `least`) or past IN_ORDER_STEPS_PER_WORD steps a
 * word (then null: not known, two long lines much changed or of the same words repeated).
 */
function commonInOrder(x: Int32Array, y: Int32Array, least: number, budget: Budget): number | null {
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let end = 0;
  while (end < x.length - start && end < y.length - start && x[x.length - 1 - end] === y[y.length - 1 - end]) end++;
  const a = x.subarray(start, x.length - end);
  const b = y.subarray(start, y.length - end);
  const fixed = start + end;
  pairingWork.inOrderSteps += fixed;
  if (a.length === 0 || b.length === 0) return fixed;
  if (a.length * b.length <= IN_ORDER_CELLS) return fixed + cellByCell(a, b, budget);
  const [n, m] = [a.length, b.length];
  // At most `needed` edits leave `least` words in common (fewer than |n − m| edits there are none).
  const needed = n + m - 2 * Math.max(0, Math.ceil(least) - fixed);
  // A value below `least`, for two lines more than `needed` edits apart.
  const below = fixed + Math.floor((n + m - needed - 1) / 2);
  if (needed < Math.abs(n - m)) return below;
  const steps = IN_ORDER_STEPS_PER_WORD * (n + m) + IN_ORDER_STEPS;
  // Each count of d edits takes d steps at least: past √(2 × steps) edits, the steps are spent.
  const maxEdits = Math.min(needed, Math.ceil(Math.sqrt(2 * steps)));
  const edits = editCount(a, b, maxEdits, steps, budget);
  if (edits === 'over') return maxEdits === needed ? below : null;
  if (edits === 'costly') return null;
  return fixed + (n + m - edits) / 2;
}

/** The longest common subsequence of `x` and `y` cell by cell: O(x × y), the `budget` checked every 64 Ki cells or so. */
function cellByCell(x: Int32Array, y: Int32Array, budget: Budget): number {
  const row = new Int32Array(y.length + 1);
  const every = Math.max(1, Math.floor(65_536 / (y.length + 1)));
  for (let i = 0; i < x.length; i++) {
    budget.tick(every);
    let diagonal = 0;
    for (let j = 1; j <= y.length; j++) {
      const above = row[j]!;
      row[j] = x[i] === y[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  pairingWork.inOrderSteps += x.length * y.length;
  return row[y.length]!;
}

/**
 * The fewest words deleted and inserted that turn `a` into `b` (Myers' greedy O((a + b) × edits)),
 * `over` past `maxEdits`, `costly` past `maxSteps` steps (diagonals tried and words compared).
 */
function editCount(a: Int32Array, b: Int32Array, maxEdits: number, maxSteps: number, budget: Budget): number | 'over' | 'costly' {
  const [n, m] = [a.length, b.length];
  const offset = maxEdits + 1;
  const v = new Int32Array(2 * maxEdits + 3);
  let steps = 0;
  try {
    for (let d = 0; d <= maxEdits; d++) {
      for (let k = -d; k <= d; k += 2) {
        let i = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
        let j = i - k;
        const from = i;
        while (i < n && j < m && a[i] === b[j]) {
          i++;
          j++;
        }
        steps += 1 + i - from;
        v[offset + k] = i;
        if (i >= n && j >= m) return d;
        if (steps > maxSteps) return 'costly';
      }
      budget.tick(64);
    }
    return 'over';
  } finally {
    pairingWork.inOrderSteps += steps;
  }
}

/** Line edits past which the exact diff (O(lines × edits)) gives way to anchoring on unique lines. */
const MAX_LINE_EDITS = 2_000;

interface LineChange {
  count: number;
  added?: boolean;
  removed?: boolean;
}

/**
 * The common sequence of the two scripts' lines and what lies between: Myers' diff, as long as the
 * scripts differ by at most MAX_LINE_EDITS lines; beyond, a patience diff — lines whose text occurs
 * once in each script, kept in order (longest increasing subsequence), with everything between
 * them removed and added (then paired as moved or changed lines like any other region).
 */
function lineChanges(oldKeys: string[], newKeys: string[], budget: Budget): LineChange[] {
  const remaining = budget.remaining();
  const exact = diffArrays(oldKeys, newKeys, { maxEditLength: MAX_LINE_EDITS, ...(Number.isFinite(remaining) ? { timeout: Math.max(0, remaining) } : {}) });
  if (exact) return exact;
  // Stopped by the deadline (not by the edits): the budget's `timeout` error.
  budget.check();
  const countIn = (keys: string[]) => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const oldCounts = countIn(oldKeys);
  const newCounts = countIn(newKeys);
  const newIndex = new Map<string, number>();
  newKeys.forEach((key, j) => {
    if (newCounts.get(key) === 1) newIndex.set(key, j);
  });
  // Unique lines in OLD order with their NEW position; keep the longest run increasing in NEW.
  const candidates: [number, number][] = [];
  oldKeys.forEach((key, i) => {
    const j = newIndex.get(key);
    if (j !== undefined && oldCounts.get(key) === 1) candidates.push([i, j]);
  });
  const anchors = longestIncreasing(candidates);
  const changes: LineChange[] = [];
  const push = (change: LineChange) => {
    if (change.count === 0) return;
    const last = changes[changes.length - 1];
    if (last && !!last.added === !!change.added && !!last.removed === !!change.removed) last.count += change.count;
    else changes.push(change);
  };
  let o = 0;
  let n = 0;
  for (const [i, j] of [...anchors, [oldKeys.length, newKeys.length] as [number, number]]) {
    push({ count: i - o, removed: true });
    push({ count: j - n, added: true });
    if (i < oldKeys.length) push({ count: 1 });
    o = i + 1;
    n = j + 1;
  }
  return changes;
}

/** The longest subsequence of the pairs (in order) whose second members increase: O(n log n). */
function longestIncreasing(pairs: [number, number][]): [number, number][] {
  const tails: number[] = [];
  const previous: number[] = new Array(pairs.length).fill(-1);
  pairs.forEach(([, value], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1]!;
    tails[lo] = k;
  });
  const out: [number, number][] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = previous[k]!) out.push(pairs[k]!);
  return out.reverse();
}
