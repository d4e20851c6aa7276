/**
 * Two scripts' line sequences → the pairs of lines that are the same line in OLD and NEW.
 *
 * The full line sequences (every voice and the unassigned text, in reading order) are aligned on
 * their normalised text with a sequence diff, so lines inserted or deleted elsewhere never make the
 * lines after them look changed. Lines the diff leaves unmatched are then paired: identical text
 * anywhere in the script is a move, and a removed and an added line of the same voice in the same
 * region (between the same two aligned lines) whose words are mostly the same is one changed line.
 */
import { diffArrays } from 'diff';
import type { Line } from '../attribute/cast.js';
import { countEastAsianLetters, normaliseSpace } from '../text/words.js';

/** The share of words two lines must have in common to be one changed line rather than a removal and an addition. */
export const DEFAULT_SIMILARITY = 0.5;

/** Text compared for equality: what is read aloud, not how the file typed it (quotes, ligatures, spaces). */
export function comparisonKey(text: string): string {
  const typed = text
    .normalize('NFKC')
    .replace(/\u00AD/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"');
  return normaliseSpace(typed).replace(/\s*"\s*/g, '"');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The token without punctuation at either end; a loop (a regex is quadratic on a long run of punctuation). */
function trimPunctuation(token: string): string {
  const chars = [...token];
  let start = 0;
  let end = chars.length;
  while (start < end && !LETTER_OR_DIGIT.test(chars[start]!)) start++;
  while (end > start && !LETTER_OR_DIGIT.test(chars[end - 1]!)) end--;
  return start === 0 && end === chars.length ? token : chars.slice(start, end).join('');
}

/**
 * A token of Chinese or Japanese split as the word rule counts it (text/words.ts): each East Asian
 * letter a word of its own, the text between them another (`Wi-Fiの` → `Wi-Fi`, `の`). A token
 * without East Asian letters (nearly every one) is returned as it is.
 */
function eastAsianWords(token: string): string[] {
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

/** Words of a line for similarity: lower case, edge punctuation dropped, wordless tokens left out. */
function wordsOf(text: string): string[] {
  return comparisonKey(text)
    .toLowerCase()
    .split(' ')
    .flatMap(eastAsianWords)
    .map(trimPunctuation)
    .filter((token) => token.length > 0);
}

/** Dice coefficient on the two lines' bags of words: 1 for the same words, 0 for none in common. */
export function wordSimilarity(a: string[], b: string[]): number {
  if (a.length + b.length === 0) return 1;
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
  return (2 * common) / (a.length + b.length);
}

type Pairing = 'aligned' | 'moved' | 'changed';

export interface Pair {
  old: number;
  new: number;
  how: Pairing;
}

/** Unmatched lines between the same two aligned lines. */
interface Region {
  removed: number[];
  added: number[];
}

/** Above this many candidate pairs in one region, pairing is greedy instead of optimal. */
const OPTIMAL_PAIRING_LIMIT = 4_000_000;
const GREEDY_WINDOW = 50;

/**
 * Pairs removed and added lines of one region as changed lines: same voice, similarity at or above
 * the threshold, in order (no crossing pairs), the pairs' total similarity as high as possible.
 */
function pairRegion(region: Region, oldLines: Line[], newLines: Line[], oldWords: string[][], newWords: string[][], threshold: number): Pair[] {
  const { removed, added } = region;
  const rows = removed.length;
  const cols = added.length;
  if (rows === 0 || cols === 0) return [];
  const score = (i: number, j: number): number => {
    const o = removed[i]!;
    const n = added[j]!;
    if (oldLines[o]!.voice !== newLines[n]!.voice) return 0;
    const similarity = wordSimilarity(oldWords[o]!, newWords[n]!);
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
  // A weighted longest common subsequence over the region.
  const width = cols + 1;
  const best = new Float64Array((rows + 1) * width);
  const scores = new Float64Array(rows * cols);
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= cols; j++) {
      const s = score(i - 1, j - 1);
      scores[(i - 1) * cols + (j - 1)] = s;
      const diagonal = s > 0 ? best[(i - 1) * width + (j - 1)]! + s : 0;
      best[i * width + j] = Math.max(best[(i - 1) * width + j]!, best[i * width + (j - 1)]!, diagonal);
    }
  }
  const pairs: Pair[] = [];
  let i = rows;
  let j = cols;
  while (i > 0 && j > 0) {
    const here = best[i * width + j]!;
    const s = scores[(i - 1) * cols + (j - 1)]!;
    if (s > 0 && here === best[(i - 1) * width + (j - 1)]! + s) {
      pairs.push({ old: removed[i - 1]!, new: added[j - 1]!, how: 'changed' });
      i--;
      j--;
    } else if (here === best[(i - 1) * width + j]!) i--;
    else j--;
  }
  return pairs.reverse();
}

/** Aligns the two line sequences: every pair of lines that are the same line in OLD and NEW. */
export function alignLines(oldLines: Line[], newLines: Line[], threshold = DEFAULT_SIMILARITY): Pair[] {
  const oldKeys = oldLines.map((l) => comparisonKey(l.text));
  const newKeys = newLines.map((l) => comparisonKey(l.text));
  const pairs: Pair[] = [];
  const regions: Region[] = [];
  let region: Region = { removed: [], added: [] };
  let o = 0;
  let n = 0;
  for (const change of lineChanges(oldKeys, newKeys)) {
    if (change.added) for (let k = 0; k < change.count; k++) region.added.push(n++);
    else if (change.removed) for (let k = 0; k < change.count; k++) region.removed.push(o++);
    else {
      if (region.removed.length || region.added.length) regions.push(region);
      region = { removed: [], added: [] };
      for (let k = 0; k < change.count; k++) pairs.push({ old: o++, new: n++, how: 'aligned' });
    }
  }
  if (region.removed.length || region.added.length) regions.push(region);

  // The same text outside the common sequence: moved, the first unmatched copy with the first.
  const addedByKey = new Map<string, { indexes: number[]; next: number }>();
  for (const r of regions) {
    for (const index of r.added) {
      const copies = addedByKey.get(newKeys[index]!);
      if (copies) copies.indexes.push(index);
      else addedByKey.set(newKeys[index]!, { indexes: [index], next: 0 });
    }
  }
  const movedOld = new Set<number>();
  const movedNew = new Set<number>();
  for (const r of regions) {
    for (const index of r.removed) {
      const copies = addedByKey.get(oldKeys[index]!);
      const match = copies?.indexes[copies.next++];
      if (match === undefined) continue;
      pairs.push({ old: index, new: match, how: 'moved' });
      movedOld.add(index);
      movedNew.add(match);
    }
  }

  const oldWords = oldLines.map((l) => wordsOf(l.text));
  const newWords = newLines.map((l) => wordsOf(l.text));
  for (const r of regions) {
    const rest = { removed: r.removed.filter((i) => !movedOld.has(i)), added: r.added.filter((i) => !movedNew.has(i)) };
    for (const pair of pairRegion(rest, oldLines, newLines, oldWords, newWords, threshold)) pairs.push(pair);
  }
  return pairs.sort((a, b) => a.new - b.new);
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
function lineChanges(oldKeys: string[], newKeys: string[]): LineChange[] {
  const exact = diffArrays(oldKeys, newKeys, { maxEditLength: MAX_LINE_EDITS });
  if (exact) return exact;
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
