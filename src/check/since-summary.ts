/** With `check --since REV`: per voice, what changed since REV, for the human output's summary. Pure. */
import type { SinceRename, SinceSummary, SinceVoiceSummary } from './result.js';
import { addedWords, type SinceInput } from './since-rules.js';

/** Per voice (not the unassigned text), what changed since REV. */
export function sinceSummary(since: SinceInput, at: { path: string | null; existed: boolean; renamedFrom?: string; renamed?: SinceRename }): SinceSummary {
  const voices: SinceVoiceSummary[] = since.diff.voices.map((diff) => ({
    name: diff.name,
    added: diff.added.length,
    removed: diff.removed.length,
    changed: diff.changed.length,
    joined: diff.changed.filter((line) => line.regrouped?.how === 'joined').length,
    split: diff.changed.filter((line) => line.regrouped?.how === 'split').length,
    recut: diff.changed.filter((line) => line.regrouped?.how === 'recut').length,
    changedMoved: diff.changed.filter((line) => line.moved === true && !line.regrouped).length,
    reassignedIn: diff.reassignedIn.length,
    reassignedOut: diff.reassignedOut.length,
    moved: diff.moved.length,
    addedWords: addedWords(diff),
    words: { ...diff.words },
  }));
  return { rev: since.rev, path: at.path, existed: at.existed, ...(at.renamedFrom !== undefined ? { renamedFrom: at.renamedFrom } : {}), ...(at.renamed ? { renamed: at.renamed } : {}), voices };
}
