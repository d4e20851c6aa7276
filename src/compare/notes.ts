/**
 * Footnotes and endnotes that neither side reads as lines (a DOCX read without `--include
 * footnotes`): `diff` lists no change of theirs, so when their text changed it says so in one line,
 * with how many notes and the option that shows them. Notes are compared as a bag of texts (spaces
 * and typography aside, as lines are): a note moved with its text is no change; a note of OLD whose
 * text NEW lacks and one of NEW that OLD lacks are one note changed, those left over added or removed.
 */
import type { Script, Warning } from '../model.js';
import { plural } from '../text/format.js';
import { comparisonKey } from './align.js';

type NoteKind = 'footnote' | 'endnote';

/** How many notes of a kind changed, were added and were removed. */
export interface NotesChanged {
  changed: number;
  added: number;
  removed: number;
}

/** Each kind's notes changed, added and removed between the two sides' notes (both read as notes left out). */
export function notesChanged(oldNotes: NonNullable<Script['notesLeftOut']>, newNotes: NonNullable<Script['notesLeftOut']>): Record<NoteKind, NotesChanged> {
  const compareKind = (kind: NoteKind): NotesChanged => {
    const counts = new Map<string, number>();
    let oldOnly = 0;
    for (const note of oldNotes.notes) {
      if (note.story !== kind) continue;
      const key = comparisonKey(note.text);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      oldOnly++;
    }
    let newOnly = 0;
    for (const note of newNotes.notes) {
      if (note.story !== kind) continue;
      const key = comparisonKey(note.text);
      const count = counts.get(key) ?? 0;
      if (count > 0) {
        counts.set(key, count - 1);
        oldOnly--;
      } else newOnly++;
    }
    const changed = Math.min(oldOnly, newOnly);
    return { changed, added: newOnly - changed, removed: oldOnly - changed };
  };
  return { footnote: compareKind('footnote'), endnote: compareKind('endnote') };
}

/**
 * `notes-changed`: the notes' text changed on a side that does not read them as lines (both sides
 * DOCX, notes left out). Nothing when either side reads its notes, or has none to compare (a PDF).
 */
export function notesWarnings(oldScript: Script, newScript: Script): Warning[] {
  const before = oldScript.notesLeftOut;
  const after = newScript.notesLeftOut;
  if (!before || !after) return [];
  const changes = notesChanged(before, after);
  const kinds = (['footnote', 'endnote'] as const).filter((kind) => changes[kind].changed + changes[kind].added + changes[kind].removed > 0);
  if (kinds.length === 0) return [];
  const said = notesSaid(changes);
  const include = [...new Set([...after.alsoIncluded, ...kinds.map((kind) => `${kind}s`)])].sort((a, b) => STORY_ORDER.indexOf(a) - STORY_ORDER.indexOf(b)).join(',');
  return [
    {
      code: 'notes-changed',
      message: `${said}, but notes are not read as script lines, so no change of theirs is listed above: see them with --include ${include}.`,
      details: { notes: notesCount(changes), footnotes: { ...changes.footnote }, endnotes: { ...changes.endnote }, include },
    },
  ];
}

/** How many notes differ, of both kinds. */
function notesCount(changes: Record<NoteKind, NotesChanged>): number {
  let notes = 0;
  for (const kind of ['footnote', 'endnote'] as const) notes += changes[kind].changed + changes[kind].added + changes[kind].removed;
  return notes;
}

/**
 * What differs, kind by kind: `1 footnote changed`, `2 endnotes added`, `3 footnotes differ (2
 * changed, 1 added) and 1 endnote removed` (also what `check --since` says, from the details).
 */
export function notesSaid(changes: Record<NoteKind, NotesChanged>): string {
  const kinds = (['footnote', 'endnote'] as const).filter((kind) => changes[kind].changed + changes[kind].added + changes[kind].removed > 0);
  const what = (c: NotesChanged) => [c.changed ? `${c.changed} changed` : '', c.added ? `${c.added} added` : '', c.removed ? `${c.removed} removed` : ''].filter(Boolean).join(', ');
  return kinds
    .map((kind) => {
      const c = changes[kind];
      const total = c.changed + c.added + c.removed;
      const parts = what(c);
      return parts.includes(',') ? `${plural(total, kind)} ${total === 1 ? 'differs' : 'differ'} (${parts})` : `${plural(total, kind)} ${parts.replace(/^\d+ /, '')}`;
    })
    .join(' and ');
}

/** The stories `--include` reads, in the order the DOCX reader reads them. */
const STORY_ORDER = ['headers', 'footers', 'footnotes', 'endnotes', 'comments'];
