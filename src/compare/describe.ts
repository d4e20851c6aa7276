/** How a change of paragraphs reads in plain English: `¶6 and ¶7 joined`, `¶6 split in two: now ¶6 and ¶7`. */
import type { Location } from '../model.js';
import { formatLocation, plural } from '../text/format.js';
import type { Regrouped, SentenceMove, WordsMove } from './model.js';

const NUMBERS = ['', 'one', 'two', 'three', 'four', 'five'];

/** `¶6 and ¶7`, `¶6, ¶7 and ¶8`. */
export function placesText(locations: readonly Location[]): string {
  const places = locations.map((location) => formatLocation(location));
  return places.length < 2 ? (places[0] ?? '') : `${places.slice(0, -1).join(', ')} and ${places[places.length - 1]}`;
}

/** What became of the paragraphs: OLD's places first (as a moved line's `moved from ¶N`), NEW's after `now`. */
export function regroupText(regrouped: Regrouped): string {
  const before = placesText(regrouped.old.map((line) => line.location));
  const after = placesText(regrouped.new.map((line) => line.location));
  if (regrouped.how === 'joined') return `${before} joined`;
  if (regrouped.how === 'split') return `${before} split in ${NUMBERS[regrouped.new.length] ?? regrouped.new.length}: now ${after}`;
  return `${before} cut differently: now ${after}`;
}

/**
 * Where a line's moved sentences went or came from (`SentenceMove`), one phrase per other line:
 * `sentence moved to ¶3`, `2 sentences moved from ¶1`; to or from another voice's line, that voice:
 * `sentence moved to Formatrice, ¶5` (`unassigned text` for the text of no voice).
 */
export function movesText(moves: readonly SentenceMove[], voice: string | null): string {
  const phrases = new Map<string, number>();
  for (const move of moves) {
    const other = move.voice === voice ? '' : `${move.voice ?? 'unassigned text'}, `;
    const phrase = `moved ${move.direction === 'in' ? 'from' : 'to'} ${other}${formatLocation(move.location)}`;
    phrases.set(phrase, (phrases.get(phrase) ?? 0) + 1);
  }
  return [...phrases].map(([phrase, count]) => `${count === 1 ? 'sentence' : `${count} sentences`} ${phrase}`).join('; ');
}

/**
 * Where a line's words went or came from when found among another line's nearby, not word for word
 * (`WordsMove`): `9 words moved from ¶6`, `9 words moved to Narrator, ¶3`.
 */
export function wordsMovedText(moves: readonly WordsMove[], voice: string | null): string {
  return moves.map((move) => `${plural(move.words, 'word')} moved ${move.direction === 'in' ? 'from' : 'to'} ${move.voice === voice ? '' : `${move.voice ?? 'unassigned text'}, `}${formatLocation(move.location)}`).join('; ');
}

/** Both kinds of moves of a line, sentences first: what the outputs put in brackets after it; empty when none. */
export function allMovesText(line: { moves?: readonly SentenceMove[]; wordsMoved?: readonly WordsMove[] }, voice: string | null): string {
  const parts: string[] = [];
  if (line.moves?.length) parts.push(movesText(line.moves, voice));
  if (line.wordsMoved?.length) parts.push(wordsMovedText(line.wordsMoved, voice));
  return parts.join('; ');
}
