/**
 * What `diff` says of a pair of versions that bears on the changes `check --since` reports, carried
 * into the file's notes (never a failure): footnotes or endnotes not read as lines that changed
 * (`notes-changed`), the text of no voice changed (`unassigned-changed`), the same text broken into
 * paragraphs differently where a side is a PDF (`split-differently`), and the tracked changes the
 * version at REV held, read as accepted (`tracked-changes`, named `REV:path` as its reader's other
 * warnings are). Each sentence says since when; the details are `diff`'s, with `rev`. The voice maps
 * (since.ts says them its own way) and today's file's warnings (its own notes and rules) are not
 * said again.
 */
import { resplitSaid, unassignedSaid } from '../compare/compare.js';
import type { DiffWarning } from '../compare/model.js';
import { notesSaid, type NotesChanged } from '../compare/notes.js';
import type { Warning } from '../model.js';

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
