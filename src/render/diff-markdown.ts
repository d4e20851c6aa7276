/**
 * `diff --format md`: the same comparison as Markdown for a pull-request comment. Word changes are
 * `~~deleted~~` and `**inserted**`; script text is escaped so GitHub shows it as typed.
 */
import { markParts } from '../compare/word-diff.js';
import { allMovesText, regroupText } from '../compare/describe.js';
import { byPlace, presenceNote, ROUNDING_NOTE, roundingOnly, totalsText, unchangedVoice, voiceLabel } from './diff-text.js';
import { count, plural, formatDuration, formatLocation } from '../text/format.js';
import { type ScriptDiff, type SentenceMove, type VoiceDiff, type WordPart, type WordsMove } from '../compare/model.js';
import { UNASSIGNED_LABEL } from '../attribute/voices.js';
import { escapeCell } from './markdown.js';

const n = count;

/** Script text in a cell or title, shown as written (markdown.ts escapeCell: markup, row breaks, mentions and references). */
const escapeMarkdown = escapeCell;

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

function rows(diff: VoiceDiff): string[][] {
  const where = formatLocation;
  const from = (location: Parameters<typeof formatLocation>[0]) => `moved from ${where(location)}`;
  const marked = (words: WordPart[]) => markParts(words, (kind, core) => (kind === 'removed' ? `~~${core}~~` : `**${core}**`), escapeMarkdown);
  const textOf = (l: { text: string; words?: WordPart[] }) => (l.words ? marked(l.words) : escapeMarkdown(l.text));
  const edited = (l: { words?: WordPart[] }) => (l.words ? ', edited' : '');
  const moved = (l: { moves?: SentenceMove[]; wordsMoved?: WordsMove[] }) => {
    const text = allMovesText(l, diff.voice);
    return text ? ` (${escapeMarkdown(text)})` : '';
  };
  return byPlace([
    ...diff.added.map((l) => ({ cells: [`added${moved(l)}`, where(l.location), escapeMarkdown(l.text)], at: l.rank })),
    ...diff.removed.map((l) => ({ cells: [`removed${moved(l)}`, where(l.location), escapeMarkdown(l.text)], at: l.rank })),
    ...diff.changed.map((l) => ({ cells: [`${l.regrouped ? escapeMarkdown(regroupText(l.regrouped)) : 'changed'}${l.moved ? `, ${from(l.oldLocation)}` : ''}${moved(l)}`, where(l.location), marked(l.words)], at: l.rank })),
    ...diff.reassignedIn.map((l) => ({ cells: [`from ${escapeMarkdown(voiceLabel(l.from))}${edited(l)}${l.moved ? `, ${from(l.oldLocation)}` : ''}`, where(l.location), textOf(l)], at: l.rank })),
    ...diff.reassignedOut.map((l) => ({ cells: [`to ${escapeMarkdown(voiceLabel(l.to))}${edited(l)}${l.moved ? `, ${from(l.oldLocation)}` : ''}`, where(l.location), textOf(l)], at: l.rank })),
    ...diff.moved.map((l) => ({ cells: [from(l.oldLocation), where(l.location), escapeMarkdown(l.text)], at: l.rank })),
  ]).map((row) => row.cells);
}

function voiceSection(diff: VoiceDiff): string[] {
  const title = `### ${escapeMarkdown(diff.voice === null ? UNASSIGNED_LABEL : diff.name)}${presenceNote(diff)}`;
  if (unchangedVoice(diff)) return [title, '', `No change (${plural(diff.words.new, 'word')}, ${formatDuration(diff.shownSeconds.new)}, ${plural(diff.lines.new, 'line')}).`];
  if (roundingOnly(diff)) return [title, '', `${totalsText(diff)}`, '', `${n(diff.unchanged)} unchanged; ${ROUNDING_NOTE}.`];
  return [
    title,
    '',
    `${totalsText(diff)}`,
    '',
    '| Change | Where | Line |',
    '|---|---|---|',
    ...rows(diff).map((cells) => `| ${cells.join(' | ')} |`),
    '',
    `${n(diff.unchanged)} unchanged.`,
  ];
}

export function renderDiffMarkdown(diff: ScriptDiff): string {
  const out = [`## Script changes: ${code(diff.old.file)} → ${code(diff.new.file)}`, ''];
  for (const voice of diff.voices) {
    for (const row of voiceSection(voice)) out.push(row);
    out.push('');
  }
  if (diff.warnings.length) out.push(...diff.warnings.map((w) => `> **Warning:** ${escapeMarkdown(w.message)}`), '');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
