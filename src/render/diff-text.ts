/**
 * `diff` for people: per voice, the totals then each added, removed, changed, reassigned and moved
 * line (a line moved and edited: changed, `(moved from ¶N)`). Word changes inside a line are `[-deleted-]{+inserted+}`, or red struck-through and green on a
 * terminal that takes colour.
 */
import { UNASSIGNED_LABEL, UNASSIGNED_TEXT } from '../attribute/voices.js';
import { hasChanges } from '../compare/compare.js';
import type { Delta, ScriptDiff, SentenceMove, VoiceDiff, WordPart, WordsMove } from '../compare/model.js';
import { markParts, plainMark } from '../compare/word-diff.js';
import { allMovesText, regroupText } from '../compare/describe.js';
import type { Location } from '../model.js';
import { legendLine, warningLines } from './text.js';
import { count, plural, formatDuration, formatLocation } from '../text/format.js';

export interface DiffTextOptions {
  /** ANSI colour for the word changes and the line marks. */
  colour?: boolean;
}

const n = count;

/** `+34`, `-3`, `±0`. */
export function signed(value: number): string {
  return value > 0 ? `+${n(value)}` : value < 0 ? `-${n(-value)}` : '±0';
}

/** `+0:14`, `-0:05`, `±0:00`, from the durations as shown, in whole seconds (so 7:52 → 8:06 is +0:14). */
export function signedDuration(seconds: Delta): string {
  const shown = seconds.delta;
  const text = formatDuration(Math.abs(shown));
  return shown > 0 ? `+${text}` : shown < 0 ? `-${text}` : `±${text}`;
}

/**
 * `1,180 → 1,214 words (+34), 7:52 → 8:06 (+0:14), 14 → 15 lines (+1)`, spoken words when they differ;
 * each side's time as `summary` shows it for that file (`shownSeconds`).
 */
export function totalsText(diff: VoiceDiff): string {
  const { words, spokenWords, shownSeconds: seconds, lines } = diff;
  // The noun agrees with the number beside it, the new one: `0 → 1 line`, `1 → 2 words`.
  const parts = [`${n(words.old)} → ${plural(words.new, 'word')} (${signed(words.delta)})`];
  if (spokenWords.old !== words.old || spokenWords.new !== words.new) parts.push(`${n(spokenWords.old)} → ${n(spokenWords.new)} spoken (${signed(spokenWords.delta)})`);
  parts.push(`${formatDuration(seconds.old)} → ${formatDuration(seconds.new)} (${signedDuration(seconds)})`);
  parts.push(`${n(lines.old)} → ${plural(lines.new, 'line')} (${signed(lines.delta)})`);
  return parts.join(', ');
}

/** True when nothing about the voice differs, its numbers included. */
export function unchangedVoice(diff: VoiceDiff): boolean {
  return !hasChanges(diff) && diff.words.delta === 0 && diff.spokenWords.delta === 0 && diff.lines.delta === 0 && diff.shownSeconds.delta === 0;
}

/**
 * Nothing about the voice differs but its time as shown: each side's voices' times, as `summary` shows
 * them, are rounded to add up to what is recorded, and another voice's change moved this one's second.
 */
export function roundingOnly(diff: VoiceDiff): boolean {
  return !hasChanges(diff) && diff.words.delta === 0 && diff.spokenWords.delta === 0 && diff.lines.delta === 0 && diff.seconds.delta === 0 && diff.shownSeconds.delta !== 0;
}

/** Why an unchanged voice's time differs (`roundingOnly`). */
export const ROUNDING_NOTE = "the time differs only in its rounding (as summary shows them, each file's voice times add up to its total)";

export const voiceLabel = (voice: string | null) => voice ?? UNASSIGNED_TEXT;

/** Where the voice map had the voice, when only one side did. */
export function presenceNote(diff: VoiceDiff): string {
  return diff.presence === 'old' ? ' (only in OLD)' : diff.presence === 'new' ? ' (only in NEW)' : '';
}

const ANSI = {
  removed: (text: string) => `\x1b[31;9m${text}\x1b[0m`,
  added: (text: string) => `\x1b[32m${text}\x1b[0m`,
};

function inline(parts: WordPart[], colour: boolean | undefined): string {
  return markParts(parts, colour ? (kind, core) => ANSI[kind](core) : plainMark);
}

interface Row {
  mark: string;
  location: string;
  text: string;
  /** Where the row is listed (`Ranked`): NEW's reading order, a removed line where it stood. */
  at: number;
}

/**
 * Rows in NEW's reading order, a removed line before the line that now follows it (removed lines in
 * OLD's order): by rank, not by the places shown, which may be of two files numbered differently
 * (a PDF against a DOCX) or OLD's (a removed line).
 */
export function byPlace<T extends { at: number }>(rows: T[]): T[] {
  return rows.sort((a, b) => a.at - b.at);
}

function rowsOf(diff: VoiceDiff, options: DiffTextOptions): Row[] {
  const paint = (kind: 'removed' | 'added', text: string) => (options.colour ? ANSI[kind](text) : text);
  const where = (location: Location) => formatLocation(location);
  const textOf = (l: { text: string; words?: WordPart[] }) => (l.words ? inline(l.words, options.colour) : l.text);
  const moved = (l: { moves?: SentenceMove[]; wordsMoved?: WordsMove[] }) => {
    const text = allMovesText(l, diff.voice);
    return text ? ` (${text})` : '';
  };
  return byPlace([
    ...diff.added.map((l) => ({ mark: paint('added', '+'), location: where(l.location), text: `${l.text}${moved(l)}`, at: l.rank })),
    ...diff.removed.map((l) => ({ mark: paint('removed', '-'), location: where(l.location), text: `${l.text}${moved(l)}`, at: l.rank })),
    ...diff.changed.map((l) => ({ mark: '~', location: where(l.location), text: `${inline(l.words, options.colour)}${l.moved ? ` (moved from ${where(l.oldLocation)})` : ''}${l.regrouped ? ` (${regroupText(l.regrouped)})` : ''}${moved(l)}`, at: l.rank })),
    ...diff.reassignedIn.map((l) => ({ mark: '⇄', location: where(l.location), text: `${textOf(l)} (from ${voiceLabel(l.from)}${l.words ? ', edited' : ''}${l.moved ? `, moved from ${where(l.oldLocation)}` : ''})`, at: l.rank })),
    ...diff.reassignedOut.map((l) => ({ mark: '⇄', location: where(l.location), text: `${textOf(l)} (to ${voiceLabel(l.to)}${l.words ? ', edited' : ''}${l.moved ? `, moved from ${where(l.oldLocation)}` : ''})`, at: l.rank })),
    ...diff.moved.map((l) => ({ mark: '↕', location: where(l.location), text: `${l.text} (moved from ${where(l.oldLocation)})`, at: l.rank })),
  ]);
}

function voiceBlock(diff: VoiceDiff, options: DiffTextOptions): string[] {
  const title = `${diff.voice === null ? UNASSIGNED_LABEL : diff.name}${presenceNote(diff)}`;
  if (unchangedVoice(diff)) return [`${title}: no change (${plural(diff.words.new, 'word')}, ${formatDuration(diff.shownSeconds.new)}, ${plural(diff.lines.new, 'line')})`];
  if (roundingOnly(diff)) return [`${title}: ${totalsText(diff)}`, `  ${n(diff.unchanged)} unchanged; ${ROUNDING_NOTE}`];
  const rows = rowsOf(diff, options);
  const width = Math.max(0, ...rows.map((r) => [...r.location].length));
  return [
    `${title}: ${totalsText(diff)}`,
    ...rows.map((r) => `  ${r.mark} ${r.location.padEnd(width)}  ${r.text}`),
    `  ${n(diff.unchanged)} unchanged`,
  ];
}

export function renderDiffText(diff: ScriptDiff, options: DiffTextOptions = {}): string {
  const out = [`${diff.old.file} → ${diff.new.file}`];
  // How each side's voices were read, when from its legend.
  for (const side of [diff.old, diff.new]) if (side.legend) out.push(`${side.file}: ${legendLine(side.legend)}`);
  out.push('');
  for (const voice of diff.voices) {
    for (const row of voiceBlock(voice, options)) out.push(row);
    out.push('');
  }
  for (const row of warningLines(diff.warnings)) out.push(row);
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
