/**
 * What `diff` says of a pair of versions that bears on the changes `check --since` reports, carried
 * into the file's notes (never a failure): footnotes or endnotes not read as lines that changed
 * (`notes-changed`), the text of no voice changed (`unassigned-changed`), a line too changed to mark
 * word by word or two lines too changed to pair (`line-too-changed`), the same text broken into
 * paragraphs differently where a side is a PDF (`split-differently`), and the tracked changes the
 * version at REV held, read as accepted (`tracked-changes`, named `REV:path` as its reader's other
 * warnings are). Each sentence says since when; the details are `diff`'s, with `rev`. The voice maps
 * (since.ts says them its own way) and today's file's warnings (its own notes and rules) are not
 * said again.
 */
import { resplitSaid, unassignedSaid } from '../compare/compare.js';
import type { DiffWarning } from '../compare/model.js';
import { notesSaid, type NotesChanged } from '../compare/notes.js';
import { UNASSIGNED_TEXT } from '../attribute/voices.js';
import type { Location, Warning } from '../model.js';
import { count, formatLocation } from '../text/format.js';

export function sinceDiffNotes(warnings: readonly DiffWarning[], rev: string): Warning[] {
  const notes: Warning[] = [];
  for (const warning of warnings) {
    const details = warning.details ?? {};
    if (warning.side === 'old') {
      if (warning.code !== 'tracked-changes') continue;
      const { side: _side, ...note } = warning;
      notes.push(note);
    } else if (warning.side !== undefined) continue;
    else if (warning.code === 'notes-changed') {
      const said = notesSaid({ footnote: details.footnotes as NotesChanged, endnote: details.endnotes as NotesChanged });
      notes.push({
        code: 'notes-changed',
        message: `Since ${rev}: ${said}, but notes are not read as script lines, so no change of theirs is among the changes checked: see them with --include ${String(details.include)}.`,
        details: { rev, ...details },
      });
    } else if (warning.code === 'unassigned-changed') {
      const said = unassignedSaid(details as unknown as { changed: number; added: number; removed: number; moved: number });
      notes.push({ code: 'unassigned-changed', message: `Since ${rev}, unassigned text (in no voice): ${said}; no voice records it, so no rule on changes checks it.`, details: { rev, ...details } });
    } else if (warning.code === 'line-too-changed') {
      notes.push({ code: 'line-too-changed', message: `Since ${rev}, ${tooChangedSaid(details, rev)}`, details: { rev, ...details } });
    } else if (warning.code === 'split-differently') {
      const said = resplitSaid(Number(details.places), details.voices as unknown as { voice: string | null; name: string; places: number }[]);
      notes.push({
        code: 'split-differently',
        message: `Since ${rev}, the same text is split differently: ${said}. Where a PDF's paragraphs break is read from its layout, so these are not counted as changes; the line counts differ for them.`,
        details: { rev, ...details },
      });
    }
  }
  return notes;
}

/**
 * `diff`'s `line-too-changed` as `check --since REV` says it (after "Since REV, "): the line (or the two
 * lines) with its voice and its places, today's and REV's, and what the changes checked take it for.
 */
function tooChangedSaid(details: Record<string, unknown>, rev: string): string {
  const voice = (name: unknown) => (typeof name === 'string' ? name : UNASSIGNED_TEXT);
  const lineOf = (name: unknown) => (typeof name === 'string' ? `${name}'s line` : `the line of ${UNASSIGNED_TEXT}`);
  const now = formatLocation(details.location as Location);
  const then = formatLocation(details.oldLocation as Location);
  const given = 'oldVoice' in details;
  if (details.shown === 'changed') {
    const aside = [...(now === then ? [] : [`at ${then} in ${rev}`]), ...(given ? [`${voice(details.oldVoice)}'s in ${rev}`] : [])];
    return `${lineOf(details.voice)} at ${now}${aside.length ? ` (${aside.join(', ')})` : ''} changed in more than ${count(Number(details.edits))} places, too many to mark word by word: its change is shown as its whole text at ${rev} removed and its whole text now added. Compare the two by eye.`;
  }
  const lines = given ? `${lineOf(details.oldVoice)} removed (at ${then} in ${rev}) and ${lineOf(details.voice)} added at ${now}` : `${lineOf(details.voice)} removed (at ${then} in ${rev}) and the line added at ${now}`;
  return `${lines} have most of their words in common but are too long and too changed to compare in order: they may be one line moved and edited${given ? ' and given to another voice' : ''}, and are counted as a line removed and a line added. Compare the two by eye.`;
}
