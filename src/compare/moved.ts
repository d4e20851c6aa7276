/**
 * Sentences moved from one line to another further away: a sentence a changed (or removed) line lost
 * that another changed line gained, word for word. The pairing (align.ts) joins, splits and re-cuts
 * only adjacent lines of one voice; a sentence taken to a line past an aligned one was counted as
 * removed there and added here, its words as new words to record. Found here, it is a move: the two
 * lines say where it went and came from (`ChangedLine.moves`), and its words are no added words for
 * a line of the voice that had it (`addedWords`); moved to another voice's line, they are that
 * voice's to record, as a whole line taken from another voice is.
 */
import type { Location } from '../model.js';
import { SENTENCE_END, WIDE_END, fullStopAt } from '../text/sentences.js';
import { countWords, isSpaceCode } from '../text/words.js';
import { wordsOf } from './align.js';
import { Budget } from '../budget.js';
import { withoutKeys } from './bags.js';
import type { SentenceMove } from './model.js';

/** Fewer words than this in a sentence and two lines may share it by chance ("Oui.", "Thank you."): not a move. */
const MIN_MOVED_WORDS = 3;

/** A piece of a side of a changed line: one of its lines' texts and where that line is. */
export interface Segment {
  text: string;
  location: Location;
}

/** The two sides of a changed line (its OLD and NEW lines), a removed line (OLD only) or an added line (NEW only). */
export interface MoveCandidate {
  voice: string | null;
  old: Segment[];
  new: Segment[];
  /** The line as the diff lists it: its `moves` are set here. */
  target: { moves?: SentenceMove[] };
  /** Set here: the sentences the line took from another line of its voice (no words to record anew: compare/added.ts). */
  taken?: string[];
  /** Set here: the sentences the line took from another voice's line (words still to record, already said where from). */
  given?: string[];
}

interface Sentence {
  key: string;
  text: string;
  /** Its words as similarity reads them (align.ts `wordsOf`). */
  words: number;
  segment: number;
  start: number;
  end: number;
}

/** What closes a sentence after its mark: quotes and brackets. */
const CLOSING = /[\p{Pf}\p{Pe}"'»]/u;
/** A closing guillemet, which French typography sets after a space. */
const CLOSE_AFTER_SPACE = /[»›]/u;

/** The sentences of a text: cut after a mark that ends one (text/sentences.ts `fullStopAt`) followed by a space or the end. */
export function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!SENTENCE_END.test(ch) || fullStopAt(text, i) !== 'end') continue;
    let end = i + 1;
    while (end < text.length && (SENTENCE_END.test(text[end]!) || CLOSING.test(text[end]!))) end++;
    if (end < text.length && !isSpaceCode(text.charCodeAt(end)) && !WIDE_END.test(ch)) continue;
    // French sets a space before the closing guillemet (« partez ! »): it closes the sentence too.
    let after = end;
    while (after < text.length && isSpaceCode(text.charCodeAt(after))) after++;
    if (after > end && after < text.length && CLOSE_AFTER_SPACE.test(text[after]!)) {
      end = after + 1;
      while (end < text.length && CLOSING.test(text[end]!)) end++;
    }
    pushSentence(text, start, end, out);
    start = end;
    i = end - 1;
  }
  pushSentence(text, start, text.length, out);
  return out;
}

function pushSentence(text: string, start: number, end: number, out: { start: number; end: number }[]): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

function sentences(segments: readonly Segment[], budget: Budget): Sentence[] {
  const out: Sentence[] = [];
  segments.forEach((segment, index) => {
    budget.checkLong(segment.text);
    for (const { start, end } of sentencesOf(segment.text)) {
      const text = segment.text.slice(start, end);
      const words = wordsOf(text, budget);
      out.push({ key: words.join(' '), text, words: words.length, segment: index, start, end });
    }
  });
  return out;
}

/** Two places of NEW are the same paragraph (a paragraph cut into lines of several voices holds them all). */
export function sameNewPlace(a: Location, b: Location): boolean {
  return a.story === b.story && a.paragraph === b.paragraph && a.page === b.page && a.cell?.table === b.cell?.table && a.cell?.row === b.cell?.row && a.cell?.column === b.cell?.column;
}

/**
 * Finds the sentences moved between the candidates (changed lines; removed lines as sources only,
 * added lines as ends only) and writes them into each target's `moves`; a line that gained sentences
 * of its own voice has them in its `taken`, sentences of another voice's line in its `given`.
 */
export function findMovedSentences(candidates: readonly MoveCandidate[], budget: Budget = Budget.UNLIMITED): void {
  if (candidates.length < 2) return;
  const sources = new Map<string, { candidate: MoveCandidate; sentence: Sentence; used: boolean }[]>();
  const gained: { candidate: MoveCandidate; sentences: Sentence[] }[] = [];
  for (const candidate of candidates) {
    const before = sentences(candidate.old, budget);
    const after = sentences(candidate.new, budget);
    for (const sentence of withoutKeys(before, after)) {
      if (sentence.words < MIN_MOVED_WORDS) continue;
      const list = sources.get(sentence.key);
      const source = { candidate, sentence, used: false };
      if (list) list.push(source);
      else sources.set(sentence.key, [source]);
    }
    const added = withoutKeys(after, before).filter((s) => s.words >= MIN_MOVED_WORDS);
    if (added.length) gained.push({ candidate, sentences: added });
  }
  if (sources.size === 0) return;
  for (const { candidate, sentences: added } of gained) {
    const taken: Sentence[] = [];
    const given: Sentence[] = [];
    for (const sentence of added) {
      const source = sources.get(sentence.key)?.find((s) => !s.used && s.candidate !== candidate);
      if (!source) continue;
      source.used = true;
      const from = source.candidate;
      const sameVoice = from.voice === candidate.voice;
      (sameVoice ? taken : given).push(sentence);
      // Still in the paragraph it was in (the words after a word given another voice mid-line): not moved.
      const at = candidate.new[sentence.segment]!.location;
      if (from.new.some((segment) => sameNewPlace(segment.location, at))) continue;
      (from.target.moves ??= []).push({ direction: 'out', text: source.sentence.text, words: countWords(source.sentence.text), location: at, voice: candidate.voice });
      (candidate.target.moves ??= []).push({ direction: 'in', text: sentence.text, words: countWords(sentence.text), location: from.old[source.sentence.segment]!.location, voice: from.voice });
    }
    // Words moved within the voice are none to record anew (compare/added.ts takes them off).
    if (taken.length) candidate.taken = taken.map((s) => s.text);
    if (given.length) candidate.given = given.map((s) => s.text);
  }
}
