/**
 * Two analysed scripts → what changed for each voice. Pure: castings and reports in, differences out.
 *
 * The two scripts' full line sequences (every voice and the unassigned text, in reading order) are
 * aligned on their normalised text with a sequence diff, so lines inserted or deleted elsewhere never
 * make the lines after them look changed. Lines the diff leaves unmatched are then paired: identical
 * text anywhere in the script is a move, and a removed and an added line of the same voice in the same
 * region (between the same two aligned lines) whose words are mostly the same is one changed line.
 */
import { diffArrays, diffWords } from 'diff';
import type { Casting, Line } from '../attribute/cast.js';
import type { VoiceSpec } from '../attribute/config.js';
import type { Report, ReportLegend, VoiceReport } from '../measure/report.js';
import type { Location, ScriptFormat, Warning } from '../model.js';
import { normaliseSpace } from '../text/words.js';

/** The share of words two lines must have in common to be one changed line rather than a removal and an addition. */
export const DEFAULT_SIMILARITY = 0.5;

/** The name of the pseudo-voice for the text of no voice. */
export const UNASSIGNED_VOICE = 'unassigned';

export interface ComparedSide {
  casting: Casting;
  report: Report;
}

export interface CompareOptions {
  /** Least share of common words (0–1) for a removed and an added line to be one changed line. */
  similarity?: number;
}

export interface WordPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

export interface DiffLine {
  text: string;
  location: Location;
}

export interface ChangedLine {
  old: string;
  new: string;
  /** Where the line is in NEW. */
  location: Location;
  oldLocation: Location;
  /** The word-level difference, in reading order: a removal comes before the insertion that replaces it. */
  words: WordPart[];
}

export interface ReassignedInLine {
  text: string;
  /** The voice that had the line in OLD; null for unassigned text. */
  from: string | null;
  location: Location;
  oldLocation: Location;
  /** The line also changed place. */
  moved: boolean;
}

export interface ReassignedOutLine {
  text: string;
  /** The voice that has the line in NEW; null for unassigned text. */
  to: string | null;
  location: Location;
  oldLocation: Location;
  moved: boolean;
}

export interface MovedLine {
  text: string;
  location: Location;
  oldLocation: Location;
}

export interface Delta {
  old: number;
  new: number;
  delta: number;
}

export interface VoiceDiff {
  name: string;
  /** The voice as lines carry it: null for the unassigned pseudo-voice. */
  voice: string | null;
  /** Which scripts' voice maps have the voice. */
  presence: 'both' | 'old' | 'new';
  added: DiffLine[];
  removed: DiffLine[];
  changed: ChangedLine[];
  reassignedIn: ReassignedInLine[];
  reassignedOut: ReassignedOutLine[];
  moved: MovedLine[];
  unchanged: number;
  lines: Delta;
  words: Delta;
  spokenWords: Delta;
  /** Estimated recording time, from the spoken words. */
  seconds: Delta;
}

export interface SideSummary {
  file: string;
  format: ScriptFormat;
  config: string | null;
  mode: Report['mode'];
  /** The legend this side's voices were read from (no config), as read. */
  legend: ReportLegend | null;
}

export interface ScriptDiff {
  old: SideSummary;
  new: SideSummary;
  /** Voices in NEW's order, then the voices only OLD has. */
  voices: VoiceDiff[];
  /** The text of no voice, as a pseudo-voice named `unassigned`. */
  unassigned: VoiceDiff;
  warnings: Warning[];
}

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

/** Words of a line for similarity: lower case, edge punctuation dropped, wordless tokens left out. */
function wordsOf(text: string): string[] {
  return comparisonKey(text)
    .toLowerCase()
    .split(' ')
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

/** Word edits past which two lines are shown as one removed and one added text (the diff is O(length × edits)). */
const MAX_WORD_EDITS = 2_000;

/** The word-level difference inside a changed line. */
export function wordDiff(oldText: string, newText: string): WordPart[] {
  const parts: WordPart[] = [];
  const changes = diffWords(oldText, newText, { maxEditLength: MAX_WORD_EDITS }) ?? [
    { value: oldText, removed: true, added: false, count: 1 },
    { value: newText, added: true, removed: false, count: 1 },
  ];
  for (const change of changes) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += change.value;
    else parts.push({ kind, text: change.value });
  }
  return parts;
}

type Pairing = 'aligned' | 'moved' | 'changed';

interface Pair {
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

function delta(oldValue: number, newValue: number, decimals = 0): Delta {
  const factor = 10 ** decimals;
  return { old: oldValue, new: newValue, delta: Math.round((newValue - oldValue) * factor) / factor };
}

type Measured = Pick<VoiceReport, 'lineCount' | 'words' | 'spokenWords' | 'seconds'>;
const NONE: Measured = { lineCount: 0, words: 0, spokenWords: 0, seconds: 0 };

function emptyDiff(name: string, voice: string | null, presence: VoiceDiff['presence'], oldTotals: Measured, newTotals: Measured): VoiceDiff {
  return {
    name,
    voice,
    presence,
    added: [],
    removed: [],
    changed: [],
    reassignedIn: [],
    reassignedOut: [],
    moved: [],
    unchanged: 0,
    lines: delta(oldTotals.lineCount, newTotals.lineCount),
    words: delta(oldTotals.words, newTotals.words),
    spokenWords: delta(oldTotals.spokenWords, newTotals.spokenWords),
    seconds: delta(oldTotals.seconds, newTotals.seconds, 1),
  };
}

const signature = (voice: VoiceSpec) => JSON.stringify([[...voice.colors].sort(), [...voice.highlights].sort(), [...voice.styles].sort(), [...voice.labels].sort()]);

/** Why the two sides might not be comparable voice for voice. */
function voiceMapWarnings(oldSide: ComparedSide, newSide: ComparedSide): Warning[] {
  const oldVoices = new Map(oldSide.casting.voices.map((v) => [v.name, v]));
  const newVoices = new Map(newSide.casting.voices.map((v) => [v.name, v]));
  const onlyOld = [...oldVoices.keys()].filter((name) => !newVoices.has(name));
  const onlyNew = [...newVoices.keys()].filter((name) => !oldVoices.has(name));
  const recoded = [...newVoices.keys()].filter((name) => oldVoices.has(name) && signature(oldVoices.get(name)!) !== signature(newVoices.get(name)!));
  if (onlyOld.length + onlyNew.length + recoded.length === 0 && oldSide.casting.mode === newSide.casting.mode) return [];
  const source = (side: ComparedSide) => (side.report.mode === 'config' ? side.report.config ?? 'a config' : side.report.mode === 'legend' ? 'its legend' : 'its colours');
  const facts: string[] = [];
  const quote = (names: string[]) => names.map((name) => `"${name}"`).join(', ');
  if (onlyOld.length) facts.push(`only OLD has ${quote(onlyOld)} (reported as wholly removed)`);
  if (onlyNew.length) facts.push(`only NEW has ${quote(onlyNew)} (reported as wholly added)`);
  if (recoded.length) facts.push(`${quote(recoded)} ${recoded.length === 1 ? 'has' : 'have'} other colours`);
  const detail = facts.length ? `: ${facts.join('; ')}` : '';
  return [
    {
      code: 'different-voice-maps',
      message: `The two scripts are read with different voice maps (OLD from ${source(oldSide)}, NEW from ${source(newSide)})${detail}. Pass --config to compare both with one.`,
      details: { onlyOld, onlyNew, recoded },
    },
  ];
}

const summaryOf = (report: Report): SideSummary => ({ file: report.file, format: report.format, config: report.config, mode: report.mode, legend: report.mode === 'legend' ? report.legend : null });

/** What changed between two analysed scripts, voice by voice. */
export function compareScripts(oldSide: ComparedSide, newSide: ComparedSide, options: CompareOptions = {}): ScriptDiff {
  const oldLines = oldSide.casting.lines;
  const newLines = newSide.casting.lines;
  const oldReports = new Map(oldSide.report.voices.map((v) => [v.name, v]));
  const newReports = new Map(newSide.report.voices.map((v) => [v.name, v]));
  const byVoice = new Map<string | null, VoiceDiff>();
  for (const voice of newSide.report.voices) byVoice.set(voice.name, emptyDiff(voice.name, voice.name, oldReports.has(voice.name) ? 'both' : 'new', oldReports.get(voice.name) ?? NONE, voice));
  for (const voice of oldSide.report.voices) if (!byVoice.has(voice.name)) byVoice.set(voice.name, emptyDiff(voice.name, voice.name, 'old', voice, NONE));
  byVoice.set(null, emptyDiff(UNASSIGNED_VOICE, null, 'both', oldSide.report.unassigned, newSide.report.unassigned));
  // A line of a voice neither report lists (should not happen) still gets a block.
  const diffOf = (voice: string | null): VoiceDiff => {
    let diff = byVoice.get(voice);
    if (!diff) byVoice.set(voice, (diff = emptyDiff(voice ?? UNASSIGNED_VOICE, voice, 'both', NONE, NONE)));
    return diff;
  };

  const pairs = alignLines(oldLines, newLines, options.similarity ?? DEFAULT_SIMILARITY);
  const pairedOld = new Set<number>();
  const pairedNew = new Set<number>();
  for (const pair of pairs) {
    pairedOld.add(pair.old);
    pairedNew.add(pair.new);
    const before = oldLines[pair.old]!;
    const after = newLines[pair.new]!;
    const where = { location: after.location, oldLocation: before.location };
    if (before.voice !== after.voice) {
      const moved = pair.how === 'moved';
      diffOf(after.voice).reassignedIn.push({ text: after.text, from: before.voice, ...where, moved });
      diffOf(before.voice).reassignedOut.push({ text: after.text, to: after.voice, ...where, moved });
    } else if (pair.how === 'aligned') diffOf(after.voice).unchanged++;
    else if (pair.how === 'moved') diffOf(after.voice).moved.push({ text: after.text, ...where });
    else diffOf(after.voice).changed.push({ old: before.text, new: after.text, ...where, words: wordDiff(before.text, after.text) });
  }
  oldLines.forEach((line, index) => {
    if (!pairedOld.has(index)) diffOf(line.voice).removed.push({ text: line.text, location: line.location });
  });
  newLines.forEach((line, index) => {
    if (!pairedNew.has(index)) diffOf(line.voice).added.push({ text: line.text, location: line.location });
  });
  // Reassigned-out lines in OLD's order read best; everything else is already in NEW's order.
  for (const diff of byVoice.values()) diff.reassignedOut.sort((a, b) => compareLocations(a.oldLocation, b.oldLocation));

  const unassigned = byVoice.get(null)!;
  byVoice.delete(null);
  return { old: summaryOf(oldSide.report), new: summaryOf(newSide.report), voices: [...byVoice.values()], unassigned, warnings: voiceMapWarnings(oldSide, newSide) };
}

function compareLocations(a: Location, b: Location): number {
  return (a.page ?? 0) - (b.page ?? 0) || a.paragraph - b.paragraph;
}

/** True when the voice's lines differ in any way (added, removed, changed, reassigned or moved). */
export function hasChanges(diff: VoiceDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length + diff.reassignedIn.length + diff.reassignedOut.length + diff.moved.length > 0;
}
