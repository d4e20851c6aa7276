/** Two analysed scripts → what changed for each voice. Pure: castings and reports in, differences out. */
import { UNASSIGNED, UNASSIGNED_TEXT } from '../attribute/voices.js';
import { describeColour } from '../colour/names.js';
import { quietWarnings } from '../config/rules.js';
import type { VoiceSpec } from '../config/voice-map.js';
import type { Report, VoiceReport } from '../measure/report.js';
import { shownTimes } from '../measure/shown-times.js';
import type { Location, Warning } from '../model.js';
import { alignLines, comparisonKey, DEFAULT_SIMILARITY, type Pair, type UnsurePair } from './align.js';
import type { Line } from '../attribute/cast.js';
import type { ChangedLine, ComparedSide, CompareOptions, Delta, DiffWarning, ListedLine, ScriptDiff, SideSummary, VoiceDiff } from './model.js';
import { findMovedSentences, type MoveCandidate } from './moved.js';
import { MAX_WORD_EDITS, wordDiffOf } from './word-diff.js';
import { count, formatLocation } from '../text/format.js';
import { countAddedWords, saidTokens, withoutTokens, type Account } from './added.js';
import { DEFAULT_DIRECTIONS, spokenText, type DirectionRules } from '../text/directions.js';
import { notesWarnings } from './notes.js';
import { Budget } from '../budget.js';

function delta(oldValue: number, newValue: number, decimals = 0): Delta {
  const factor = 10 ** decimals;
  return { old: oldValue, new: newValue, delta: Math.round((newValue - oldValue) * factor) / factor };
}

type Measured = Pick<VoiceReport, 'lineCount' | 'words' | 'spokenWords' | 'seconds'> & {
  /** The seconds as `summary` shows them (measure/shown-times.ts). */
  shown: number;
};
const NONE: Measured = { lineCount: 0, words: 0, spokenWords: 0, seconds: 0, shown: 0 };

/** A side's voices' totals by name, and its unassigned text's, each with its time as `summary` shows it. */
function sideTotals(report: Report): { voices: Map<string, Measured>; unassigned: Measured } {
  const shown = shownTimes(report);
  const measured = (v: Pick<VoiceReport, 'lineCount' | 'words' | 'spokenWords' | 'seconds'>, seconds: number): Measured => ({ lineCount: v.lineCount, words: v.words, spokenWords: v.spokenWords, seconds: v.seconds, shown: seconds });
  return { voices: new Map(report.voices.map((v, i) => [v.name, measured(v, shown.voices[i]!)])), unassigned: measured(report.unassigned, shown.unassigned) };
}

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
    resplit: 0,
    lines: delta(oldTotals.lineCount, newTotals.lineCount),
    words: delta(oldTotals.words, newTotals.words),
    spokenWords: delta(oldTotals.spokenWords, newTotals.spokenWords),
    seconds: delta(oldTotals.seconds, newTotals.seconds, 1),
    shownSeconds: delta(oldTotals.shown, newTotals.shown),
  };
}

const signature = (voice: VoiceSpec) => JSON.stringify([[...voice.colors].sort(), [...voice.highlights].sort(), [...voice.styles].sort(), [...voice.labels].sort()]);

const byColourAlone = (voice: VoiceSpec) => voice.styles.length === 0 && voice.labels.length === 0 && voice.colors.length + voice.highlights.length > 0;

/** How a voice's lines are marked: `#0070C0 blue`, `#FFFF00 yellow highlight`, `style "Narrateur"`, `"MARIE:" at the start of its lines`. */
function marksOf(voice: VoiceSpec): string {
  const marks = [
    ...voice.colors.map(describeColour),
    ...voice.highlights.map((hex) => `${describeColour(hex)} highlight`),
    ...voice.styles.map((style) => `style "${style}"`),
    ...voice.labels.map((label) => `"${label}:" at the start of its lines`),
  ];
  return marks.join(', ') || 'nothing';
}

/** How one voice is marked on each side, when the two differ: `has other colours` where both tell it by colours alone. */
export interface RecodedVoice {
  name: string;
  how: 'has other colours' | 'is marked differently';
  old: string;
  new: string;
}

/** Where two sides' voice maps differ: voices of one side only, voices marked differently, another kind of map. Null when they do not. */
export interface VoiceMapChanges {
  onlyOld: string[];
  onlyNew: string[];
  recoded: RecodedVoice[];
}

/** How the two sides' voice maps differ (voices by name), or null when they are the same kind of map with the same voices marked alike. */
export function voiceMapChanges(oldSide: ComparedSide, newSide: ComparedSide): VoiceMapChanges | null {
  const oldVoices = new Map(oldSide.casting.voices.map((v) => [v.name, v]));
  const newVoices = new Map(newSide.casting.voices.map((v) => [v.name, v]));
  const onlyOld = [...oldVoices.keys()].filter((name) => !newVoices.has(name));
  const onlyNew = [...newVoices.keys()].filter((name) => !oldVoices.has(name));
  const recoded: RecodedVoice[] = [];
  for (const name of newVoices.keys()) {
    const before = oldVoices.get(name);
    const after = newVoices.get(name)!;
    if (!before || signature(before) === signature(after)) continue;
    // "Other colours" only where both sides tell the voice by its colours alone.
    recoded.push({ name, how: byColourAlone(before) && byColourAlone(after) ? 'has other colours' : 'is marked differently', old: marksOf(before), new: marksOf(after) });
  }
  if (onlyOld.length + onlyNew.length + recoded.length === 0 && oldSide.casting.mode === newSide.casting.mode) return null;
  return { onlyOld, onlyNew, recoded };
}

/** Why the two sides might not be comparable voice for voice. */
function voiceMapWarnings(oldSide: ComparedSide, newSide: ComparedSide, show: (path: string) => string): Warning[] {
  const changes = voiceMapChanges(oldSide, newSide);
  if (!changes) return [];
  const { onlyOld, onlyNew, recoded } = changes;
  const configOf = (side: ComparedSide) => (side.report.config == null ? null : show(side.report.config));
  const source = (side: ComparedSide) => (side.report.mode === 'config' ? configOf(side) ?? 'a config' : side.report.mode === 'legend' ? 'its legend' : 'its colours');
  const facts: string[] = [];
  const quote = (names: string[]) => names.map((name) => `"${name}"`).join(', ');
  if (onlyOld.length) facts.push(`only OLD has ${quote(onlyOld)} (${onlyOld.length === 1 ? 'its' : 'their'} lines are shown as given to NEW's voices where NEW has them, else as removed)`);
  if (onlyNew.length) facts.push(`only NEW has ${quote(onlyNew)} (${onlyNew.length === 1 ? 'its' : 'their'} lines are shown as taken from OLD's voices where OLD had them, else as added)`);
  for (const voice of recoded) facts.push(`"${voice.name}" ${voice.how} (OLD: ${voice.old}; NEW: ${voice.new})`);
  const detail = facts.length ? `: ${facts.join('; ')}` : '';
  // Every voice found on both sides by its name: compared voice by voice; else one map for both is the way.
  const advice = onlyOld.length + onlyNew.length === 0 ? 'Each voice has the same name on both sides, so the changes are compared voice by voice: check they are the same people.' : 'Pass --config to compare both with one.';
  return [
    {
      code: 'different-voice-maps',
      message: `The two scripts are read with different voice maps (OLD from ${source(oldSide)}, NEW from ${source(newSide)})${detail}. ${advice}`,
      // Where each side's voices came from, for a reader that words it its own way (the page).
      details: { onlyOld, onlyNew, recoded: recoded.map((voice) => voice.name), old: { mode: oldSide.report.mode, config: configOf(oldSide) }, new: { mode: newSide.report.mode, config: configOf(newSide) } },
    },
  ];
}

/**
 * What each side's report warns of, named by side: what its reader said (a page it could not read,
 * rotated text…), then what its casting and measuring said (a guess, a word in another voice's
 * colour inside a sentence…), as `summary` shows them, less those of the rules its config sets to
 * `off`. A diff between versions means little where one of them was not wholly read or surely cast.
 */
function sideWarnings(oldSide: ComparedSide, newSide: ComparedSide): DiffWarning[] {
  const sameName = oldSide.report.file === newSide.report.file;
  const label = (side: ComparedSide, which: 'OLD' | 'NEW') => (sameName ? `${which} ${side.report.file}` : side.report.file);
  const shown = (side: ComparedSide) => (side.config ? quietWarnings(side.report.warnings, side.config.rules) : side.report.warnings);
  return [
    ...shown(oldSide).map((w): DiffWarning => ({ ...w, message: `${label(oldSide, 'OLD')}: ${w.message}`, side: 'old' })),
    ...shown(newSide).map((w): DiffWarning => ({ ...w, message: `${label(newSide, 'NEW')}: ${w.message}`, side: 'new' })),
  ];
}

const summaryOf = (report: Report, show: (path: string) => string): SideSummary => ({ file: report.file, format: report.format, config: report.config == null ? null : show(report.config), mode: report.mode, legend: report.mode === 'legend' ? report.legend : null });

/** What changed between two analysed scripts, voice by voice. */
export function compareScripts(oldSide: ComparedSide, newSide: ComparedSide, options: CompareOptions = {}): ScriptDiff {
  const oldLines = oldSide.casting.lines;
  const newLines = newSide.casting.lines;
  const oldTotals = sideTotals(oldSide.report);
  const newTotals = sideTotals(newSide.report);
  const byVoice = new Map<string | null, VoiceDiff>();
  for (const [name, totals] of newTotals.voices) byVoice.set(name, emptyDiff(name, name, oldTotals.voices.has(name) ? 'both' : 'new', oldTotals.voices.get(name) ?? NONE, totals));
  for (const [name, totals] of oldTotals.voices) if (!byVoice.has(name)) byVoice.set(name, emptyDiff(name, name, 'old', totals, NONE));
  byVoice.set(null, emptyDiff(UNASSIGNED, null, 'both', oldTotals.unassigned, newTotals.unassigned));
  // A line of a voice neither report lists (should not happen) still gets a block.
  const diffOf = (voice: string | null): VoiceDiff => {
    let diff = byVoice.get(voice);
    if (!diff) byVoice.set(voice, (diff = emptyDiff(voice ?? UNASSIGNED, voice, 'both', NONE, NONE)));
    return diff;
  };

  // Every stage below checks the time (`--timeout`): a paragraph of millions of words is compared in seconds, not minutes, or stopped.
  const budget = options.budget ?? Budget.UNLIMITED;
  budget.check();
  const unsure: UnsurePair[] = [];
  const pairs = alignLines(oldLines, newLines, options.similarity ?? DEFAULT_SIMILARITY, budget, unsure);
  const layoutBreaks = oldSide.report.format === 'pdf' || newSide.report.format === 'pdf';
  const pairedOld = new Set<number>();
  const pairedNew = new Set<number>();
  // What each changed, added and removed line says (directions and labels out), for the words added (added.ts).
  const oldSaid = saidOf(oldSide.casting.voiceMap?.directions ?? DEFAULT_DIRECTIONS, budget);
  const newSaid = saidOf(newSide.casting.voiceMap?.directions ?? DEFAULT_DIRECTIONS, budget);
  const said = (text: string) => saidTokens(text, budget);
  const accounts: { account: Account; candidate: MoveCandidate | null }[] = [];
  // Lines too changed to mark word by word or to compare in order (`line-too-changed`): each named, never shown so silently.
  const whose = (voice: string | null): Whose => ({ voice, name: diffOf(voice).name });
  const tooChanged: Warning[] = unsure.map((pair) => unsureWarning(whose(oldLines[pair.old]!.voice), whose(newLines[pair.new]!.voice), newLines[pair.new]!.location, oldLines[pair.old]!.location));
  // `oldVoice`: the voice that had the line in OLD, when it was given to another (`voice`) and edited.
  const wordDiff = (oldText: string, newText: string, voice: string | null, where: { location: Location; oldLocation: Location }, oldVoice: string | null = voice) => {
    const { words, whole } = wordDiffOf(oldText, newText, budget);
    if (whole) tooChanged.push(tooChangedWarning(whose(voice), whose(oldVoice), where.location, where.oldLocation));
    return { words, ...(whole ? { tooChanged: true as const } : {}) };
  };
  const changedAccount = (voice: string | null, rank: number, olds: Line[], news: Line[], target: ChangedLine, candidate: MoveCandidate) => {
    const before = olds.flatMap(oldSaid);
    const after = news.flatMap(newSaid);
    accounts.push({ account: { voice, rank, gained: withoutTokens(after, before), lost: withoutTokens(before, after), target, row: target, was: olds[0]!.location, now: news[0]!.location }, candidate });
  };
  // Changed and removed lines, for the sentences moved between them (moved.ts).
  const candidates: MoveCandidate[] = [];
  for (const pair of pairs) {
    pairedOld.add(pair.old);
    pairedNew.add(pair.new);
    const before = oldLines[pair.old]!;
    const after = newLines[pair.new]!;
    const where = { location: after.location, oldLocation: before.location, rank: pair.new };
    if (pair.how === 'regrouped') {
      const olds = pair.olds!.map((i) => oldLines[i]!);
      const news = pair.news!.map((j) => newLines[j]!);
      for (const i of pair.olds!) pairedOld.add(i);
      for (const j of pair.news!) pairedNew.add(j);
      const [oldText, newText] = [olds.map((l) => l.text).join(' '), news.map((l) => l.text).join(' ')];
      // The same words in the same order, only broken into paragraphs elsewhere, where a side is
      // a PDF (a DOCX and its PDF, two layouts of one text: where a PDF's paragraphs break is read
      // from its layout, not written in it): no change, counted once per place (`resplit`).
      // Between two DOCX the writer joined or split the paragraphs: a change, as before.
      if (layoutBreaks && comparisonKey(oldText) === comparisonKey(newText)) {
        diffOf(after.voice).resplit++;
        continue;
      }
      const how = news.length === 1 ? 'joined' : olds.length === 1 ? 'split' : 'recut';
      const sides = { old: olds.map((l) => ({ text: l.text, location: l.location })), new: news.map((l) => ({ text: l.text, location: l.location })) };
      const changed: ChangedLine = { old: oldText, new: newText, ...where, ...wordDiff(oldText, newText, after.voice, where), addedWords: 0, regrouped: { how, ...sides } };
      diffOf(after.voice).changed.push(changed);
      const candidate: MoveCandidate = { voice: after.voice, old: sides.old, new: sides.new, target: changed };
      candidates.push(candidate);
      changedAccount(after.voice, pair.new, olds, news, changed, candidate);
    } else if (before.voice !== after.voice) {
      const moved = pair.how === 'moved' || pair.moved === true;
      // Given to another voice and edited: the edit is shown with it.
      // Too changed to mark word by word: flagged as a changed line is (`tooChanged`), as its warning says.
      const edited = pair.how === 'changed' ? wordDiff(before.text, after.text, after.voice, where, before.voice) : {};
      diffOf(after.voice).reassignedIn.push({ text: after.text, from: before.voice, ...where, moved, ...edited });
      diffOf(before.voice).reassignedOut.push({ text: after.text, to: after.voice, ...where, moved, ...edited });
    } else if (pair.how === 'aligned') diffOf(after.voice).unchanged++;
    else if (pair.how === 'moved') diffOf(after.voice).moved.push({ text: after.text, ...where });
    else {
      const { words, tooChanged: flagged } = wordDiff(before.text, after.text, after.voice, where);
      // Only how the words are typed changed (spaces): the same line, moved or in its place.
      if (words.every((part) => part.kind === 'same')) {
        if (pair.moved) diffOf(after.voice).moved.push({ text: after.text, ...where });
        else diffOf(after.voice).unchanged++;
        continue;
      }
      // Moved and edited (a line moved up and one word changed): its word difference and both places.
      const changed: ChangedLine = { old: before.text, new: after.text, ...where, words, ...(flagged ? { tooChanged: flagged } : {}), addedWords: 0, ...(pair.moved ? { moved: true } : {}) };
      diffOf(after.voice).changed.push(changed);
      const candidate: MoveCandidate = { voice: after.voice, old: [{ text: before.text, location: before.location }], new: [{ text: after.text, location: after.location }], target: changed };
      candidates.push(candidate);
      changedAccount(after.voice, pair.new, [before], [after], changed, candidate);
    }
  }
  const removedRank = removedRanks(pairs, oldLines, newLines);
  oldLines.forEach((line, index) => {
    if (pairedOld.has(index)) return;
    const removed: ListedLine = { text: line.text, location: line.location, rank: removedRank(index) };
    diffOf(line.voice).removed.push(removed);
    const candidate: MoveCandidate = { voice: line.voice, old: [{ text: line.text, location: line.location }], new: [], target: removed };
    candidates.push(candidate);
    accounts.push({ account: { voice: line.voice, rank: removed.rank, gained: [], lost: oldSaid(line), target: null, row: removed, was: line.location }, candidate });
  });
  newLines.forEach((line, index) => {
    if (pairedNew.has(index)) return;
    const added: ListedLine = { text: line.text, location: line.location, rank: index, addedWords: 0 };
    diffOf(line.voice).added.push(added);
    const candidate: MoveCandidate = { voice: line.voice, old: [], new: [{ text: line.text, location: line.location }], target: added };
    candidates.push(candidate);
    accounts.push({ account: { voice: line.voice, rank: index, gained: newSaid(line), lost: [], target: added, row: added, now: line.location, added: true }, candidate });
  });
  findMovedSentences(candidates, budget);
  for (const { account, candidate } of accounts) {
    // Sentences moved in from another line of the voice are none of its words to record anew.
    if (candidate?.taken) account.gained = withoutTokens(account.gained, candidate.taken.flatMap(said));
    // Sentences moved in from another voice's line are still words to record, already said where from.
    if (candidate?.given) account.given = candidate.given.flatMap(said);
    // Sentences moved out word for word are said where they went: not lost words to be found again.
    const out = candidate?.target.moves?.filter((move) => move.direction === 'out');
    if (out?.length) account.lost = withoutTokens(account.lost, out.flatMap((move) => said(move.text)));
  }
  countAddedWords(accounts.map((a) => a.account), budget);
  // Reassigned-out lines in OLD's order read best; everything else is already in NEW's order.
  for (const diff of byVoice.values()) diff.reassignedOut.sort((a, b) => compareLocations(a.oldLocation, b.oldLocation));

  const unassigned = byVoice.get(null)!;
  byVoice.delete(null);
  const show = options.showPath ?? ((path: string) => path);
  const voices = [...byVoice.values()];
  return { old: summaryOf(oldSide.report, show), new: summaryOf(newSide.report, show), voices, unassigned, warnings: [...voiceMapWarnings(oldSide, newSide, show), ...resplitWarnings([...voices, unassigned]), ...unassignedWarnings(unassigned), ...tooChanged, ...notesWarnings(oldSide.casting.script, newSide.casting.script), ...sideWarnings(oldSide, newSide)] };
}

/** A voice in a `line-too-changed` warning: the lines' voice (null: unassigned text) and its name in the diff. */
interface Whose {
  voice: string | null;
  name: string;
}

/** A voice as a `line-too-changed` message says it, and as its details give it (null: unassigned text, as the page takes it). */
const saidVoice = (who: Whose) => (who.voice === null ? UNASSIGNED_TEXT : who.name);
const detailVoice = (who: Whose) => (who.voice === null ? null : who.name);
/** Opening a sentence: unassigned text capitalised, a voice's name as it is written. */
const capitalised = (text: string, who: Whose) => (who.voice === null ? text.charAt(0).toUpperCase() + text.slice(1) : text);

/**
 * A line too changed to mark word by word (more than MAX_WORD_EDITS edits): shown `changed`, its whole
 * OLD text removed and whole NEW text added in one changed line (or one line given to another voice, `old`'s in OLD).
 */
function tooChangedWarning(who: Whose, old: Whose, location: Location, oldLocation: Location): Warning {
  const given = old.voice !== who.voice;
  const aside = [...(formatLocation(location) === formatLocation(oldLocation) ? [] : [`OLD ${formatLocation(oldLocation)}`]), ...(given ? [`from ${saidVoice(old)}`] : [])];
  const where = `${formatLocation(location)}${aside.length ? ` (${aside.join(', ')})` : ''}`;
  return {
    code: 'line-too-changed',
    message: `${capitalised(saidVoice(who), who)}, ${where}: the line changed in more than ${count(MAX_WORD_EDITS)} places, too many to mark word by word: its whole OLD text is shown removed and its whole NEW text added. Compare the two by eye.`,
    details: { voice: detailVoice(who), ...(given ? { oldVoice: detailVoice(old) } : {}), location, oldLocation, edits: MAX_WORD_EDITS, shown: 'changed' },
  };
}

/**
 * A removed and an added line with most of their words in common, too long and too changed to
 * compare in order (align.ts `UnsurePair`): listed as removed and added, though they may be one line.
 */
function unsureWarning(old: Whose, who: Whose, location: Location, oldLocation: Location): Warning {
  const same = old.voice === who.voice;
  const lineOf = (w: Whose) => (w.voice === null ? `the line of ${UNASSIGNED_TEXT}` : `${w.name}'s line`);
  const lines = same
    ? `${capitalised(saidVoice(who), who)}: the line removed at OLD ${formatLocation(oldLocation)} and the line added at ${formatLocation(location)}`
    : `${capitalised(lineOf(old), old)} removed at OLD ${formatLocation(oldLocation)} and ${lineOf(who)} added at ${formatLocation(location)}`;
  return {
    code: 'line-too-changed',
    message: `${lines} have most of their words in common but are too long and too changed to compare in order: they may be one line moved and edited, and are listed as removed and added. Compare the two by eye.`,
    details: { voice: detailVoice(who), ...(same ? {} : { oldVoice: detailVoice(old) }), location, oldLocation, edits: null, shown: 'removed-and-added' },
  };
}

/**
 * One line when the text of no voice changed (a heading retitled, a note rewritten): no voice has
 * it to record, so the voices' blocks say nothing of it and `--fail-on-change` does not fail on it
 * (`--fail-on-change=unassigned` does), but "no change" everywhere must not hide it. Lines given to
 * or taken from a voice are in that voice's block already.
 */
export function unassignedWarnings(diff: VoiceDiff): Warning[] {
  const counts = { changed: diff.changed.length, added: diff.added.length, removed: diff.removed.length, moved: diff.moved.length };
  if (counts.changed + counts.added + counts.removed + counts.moved === 0) return [];
  return [
    {
      code: 'unassigned-changed',
      message: `Unassigned text (in no voice): ${unassignedSaid(counts)}; no voice records it (list the lines with --voice unassigned).`,
      details: { ...counts },
    },
  ];
}

/** `1 line changed, 2 added`: the unassigned text's changes (`unassigned-changed`'s details), also as `check --since` says them. */
export function unassignedSaid(counts: { changed: number; added: number; removed: number; moved: number }): string {
  const parts = (Object.keys(counts) as (keyof typeof counts)[]).filter((kind) => counts[kind] > 0).map((kind) => `${counts[kind]} ${kind}`);
  if (parts.length === 0) return '';
  const first = parts[0]!.replace(/^(\d+) /, (_, count: string) => `${count} ${count === '1' ? 'line' : 'lines'} `);
  return [first, ...parts.slice(1)].join(', ');
}

/** What a line says, as tokens: its label and its directions (by `rules`) left out. */
function saidOf(rules: DirectionRules, budget: Budget): (line: Line) => ReturnType<typeof saidTokens> {
  return (line) => {
    budget.checkLong(line.text);
    return saidTokens(spokenText(line.label ? line.text.slice(line.label.length) : line.text, rules), budget);
  };
}

/**
 * Where a removed OLD line is listed among NEW's rows (`Ranked`): just before the NEW line of the next
 * OLD line that is kept in order (aligned, or paired with a line of its voice: not a line moved
 * elsewhere, edited or not, or given to another voice), half a line before it; past NEW's last line when none follows.
 */
function removedRanks(pairs: readonly Pair[], oldLines: readonly Line[], newLines: readonly Line[]): (index: number) => number {
  const anchorNew = new Int32Array(oldLines.length).fill(-1);
  let lastOld = -1;
  // Pairs come in NEW's order; one whose OLD line goes back (a crossing pair) anchors nothing.
  for (const pair of pairs) {
    if (pair.how === 'moved' || pair.moved || oldLines[pair.old]!.voice !== newLines[pair.new]!.voice) continue;
    const olds = pair.olds ?? [pair.old];
    if (olds[0]! <= lastOld) continue;
    for (const index of olds) anchorNew[index] = pair.new;
    lastOld = olds[olds.length - 1]!;
  }
  const following = new Float64Array(oldLines.length + 1);
  following[oldLines.length] = newLines.length;
  for (let i = oldLines.length - 1; i >= 0; i--) following[i] = anchorNew[i]! >= 0 ? anchorNew[i]! : following[i + 1]!;
  return (index) => following[index]! - 0.5;
}

/**
 * One line for the places where the same text is broken into paragraphs differently (`resplit`):
 * not changes, but the line counts differ for them, and a reader should know why nothing is listed.
 */
function resplitWarnings(diffs: VoiceDiff[]): Warning[] {
  const voices = diffs.filter((d) => d.resplit > 0).map((d) => ({ voice: d.voice, name: d.name, places: d.resplit }));
  if (!voices.length) return [];
  let places = 0;
  for (const v of voices) places += v.places;
  return [
    {
      code: 'split-differently',
      message: `Same text, split differently: ${resplitSaid(places, voices)}. Where a PDF's paragraphs break is read from its layout, so these are not listed as changes; the line counts differ for them.`,
      details: { places, voices },
    },
  ];
}

/** `in 2 places (Narrator: 2) the same words in the same order are broken into paragraphs differently` (`split-differently`'s details), also as `check --since` says it. */
export function resplitSaid(places: number, voices: readonly { voice: string | null; name: string; places: number }[]): string {
  const list = voices.map((v) => `${v.voice === null ? 'unassigned text' : v.name}: ${v.places}`).join(', ');
  return `in ${places} ${places === 1 ? 'place' : 'places'} (${list}) the same words in the same order are broken into paragraphs differently`;
}

function compareLocations(a: Location, b: Location): number {
  return (a.page ?? 0) - (b.page ?? 0) || a.paragraph - b.paragraph;
}

/** True when the voice's lines differ in any way (added, removed, changed, reassigned or moved). */
export function hasChanges(diff: VoiceDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length + diff.reassignedIn.length + diff.reassignedOut.length + diff.moved.length > 0;
}
