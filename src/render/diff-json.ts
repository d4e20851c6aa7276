import { type ScriptDiff, type VoiceDiff } from '../compare/model.js';
/** `diff --json`: one document, voice by voice. The schema is public: see README "vo-lines diff". */

function voiceJson(diff: VoiceDiff) {
  return {
    name: diff.name,
    presence: diff.presence,
    added: diff.added.map((l) => ({ text: l.text, location: l.location, ...(l.moves ? { moves: l.moves } : {}), ...(l.wordsMoved ? { wordsMoved: l.wordsMoved } : {}) })),
    removed: diff.removed.map((l) => ({ text: l.text, location: l.location, ...(l.moves ? { moves: l.moves } : {}), ...(l.wordsMoved ? { wordsMoved: l.wordsMoved } : {}) })),
    changed: diff.changed.map((l) => ({ old: l.old, new: l.new, location: l.location, oldLocation: l.oldLocation, ...(l.moved ? { moved: true } : {}), parts: l.words, ...(l.tooChanged ? { tooChanged: true } : {}), addedWords: l.addedWords, ...(l.regrouped ? { regrouped: l.regrouped } : {}), ...(l.moves ? { moves: l.moves } : {}), ...(l.wordsMoved ? { wordsMoved: l.wordsMoved } : {}) })),
    reassignedIn: diff.reassignedIn.map((l) => ({ text: l.text, from: l.from, location: l.location, oldLocation: l.oldLocation, moved: l.moved, ...(l.words ? { parts: l.words } : {}), ...(l.tooChanged ? { tooChanged: true } : {}) })),
    reassignedOut: diff.reassignedOut.map((l) => ({ text: l.text, to: l.to, location: l.location, oldLocation: l.oldLocation, moved: l.moved, ...(l.words ? { parts: l.words } : {}), ...(l.tooChanged ? { tooChanged: true } : {}) })),
    moved: diff.moved.map((l) => ({ text: l.text, location: l.location, oldLocation: l.oldLocation })),
    unchanged: diff.unchanged,
    resplit: diff.resplit,
    lines: diff.lines,
    words: diff.words,
    spokenWords: diff.spokenWords,
    seconds: diff.seconds,
  };
}

export function renderDiffJson(diff: ScriptDiff): string {
  const document = {
    old: diff.old.file,
    new: diff.new.file,
    formats: { old: diff.old.format, new: diff.new.format },
    voices: diff.voices.map(voiceJson),
    warnings: diff.warnings,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
