/** What changed between two versions of a script, voice by voice: the diff model. Plain data. */
import type { Casting } from '../attribute/cast.js';
import type { Budget } from '../budget.js';
import type { Report, ReportLegend } from '../measure/report.js';
import type { Location, ScriptFormat, Warning } from '../model.js';
import type { Level, RuleName } from '../config/rules.js';

export interface ComparedSide {
  casting: Casting;
  report: Report;
  /** The side's config, when it has one: the warnings of the rules its `rules:` set to `off` are not shown (as every command leaves them out). */
  config?: { rules: Readonly<Record<RuleName, Level>> } | null;
}

export interface CompareOptions {
  /** Least share of common words (0–1) for a removed and an added line to be one changed line. */
  similarity?: number;
  /** How a config's path is shown in the result and its messages (the command line: relative to the working folder); as given by default. */
  showPath?: (path: string) => string;
  /** The time the comparison may take (`--timeout`): past it, a `timeout` error. No limit by default. */
  budget?: Budget;
}

export interface WordPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

export interface DiffLine {
  text: string;
  location: Location;
}

/**
 * Where a row stands among its voice's rows, in NEW's reading order: the index of its NEW line; a
 * removed line, just before the NEW line of the next OLD line kept (removed lines in OLD's order).
 * Locations cannot order the rows: a removed line's is OLD's, and a PDF's and a DOCX's paragraphs
 * are numbered differently (a PDF's carry pages). Not in `diff --json`.
 */
export interface Ranked {
  rank: number;
}

/** An added line (its place in NEW) or a removed one (its place in OLD). */
export interface ListedLine extends DiffLine, Ranked {
  /**
   * A removed line: its sentences found word for word in another line of NEW; an added line: its
   * sentences found word for word in a line of OLD that lost them (compare/moved.ts).
   */
  moves?: SentenceMove[];
  /**
   * An added line: where its words came from when they are mostly the words another line lost
   * nearby, not word for word (a line moved and edited, given another voice further on); a removed
   * line: where its words went (compare/added.ts).
   */
  wordsMoved?: WordsMove[];
  /**
   * An added line: its words to record anew, as a changed line's `addedWords` (compare/added.ts):
   * its spoken words less those the voice lost nearby (a sentence split off, a line moved and edited).
   * Not in `diff --json`.
   */
  addedWords?: number;
}

/**
 * A sentence that left a line for another further on (or came from one), word for word: not
 * rewritten, moved (compare/moved.ts). At least three words; a sentence edited on the way is not one.
 */
export interface SentenceMove {
  /** `out`: the sentence left this line for the other; `in`: it came from the other. */
  direction: 'in' | 'out';
  text: string;
  /** Its words, as the voices' words are counted. */
  words: number;
  /** Where the other line is: in NEW for `out`, in OLD for `in`. */
  location: Location;
  /** The other line's voice (null: unassigned text). */
  voice: string | null;
}

/**
 * Words of an added or changed line found among the words another line lost nearby (at most ten rows
 * away), not word for word: three or more, and mostly the same words on both sides (compare/added.ts).
 * The other line is the voice's own (a line moved and edited: the words are no words added), or, for
 * an added line, another voice's (the words given to this voice: still its to record).
 */
export interface WordsMove {
  /** `out`: the words left this line for the other; `in`: they came from the other. */
  direction: 'in' | 'out';
  /** The words in common, as the voices' words are counted. */
  words: number;
  /** Where the other line is: in NEW for `out`, in OLD for `in`. */
  location: Location;
  /** The other line's voice (null: unassigned text). */
  voice: string | null;
}

export interface ChangedLine extends Ranked {
  old: string;
  new: string;
  /** Where the line is in NEW. */
  location: Location;
  oldLocation: Location;
  /**
   * The line also moved (true, else absent): another line kept between where it was (`oldLocation`)
   * and where it is, its words mostly the same in the same order (compare/align.ts `pairMovedEdited`).
   */
  moved?: true;
  /** The word-level difference, in reading order: a removal comes before the insertion that replaces it. */
  words: WordPart[];
  /**
   * Set when the two texts differ in more than 2,000 places (word-diff.ts MAX_WORD_EDITS): `words` is then
   * the whole OLD text removed and the whole NEW text added, not marked word by word (a `line-too-changed` warning says so).
   */
  tooChanged?: true;
  /**
   * Words really new in NEW (compare/added.ts): its spoken words (directions out) that OLD's line
   * does not have, compared as bags (reordered words are none; a change of case or of typography is
   * none, so a paragraph joined or split adds none), less a sentence moved here from another line of
   * the voice (`moves`) and the voice's words lost by a line nearby that are mostly these.
   */
  addedWords: number;
  /**
   * Adjacent lines of the voice cut into other paragraphs, their words the same give or take the
   * edits in `words`: two or more OLD lines `joined` into one, one `split` into several, or
   * several `recut` into several (a sentence moved to the next line). `old` and `new` are then the
   * lines' texts joined by a space, `location` and `oldLocation` the first line's of each side.
   */
  regrouped?: Regrouped;
  /**
   * Sentences this line lost to another line or took from one, word for word (not in `regrouped`: a
   * line further away). A sentence taken from a line of the same voice adds no word to `addedWords`.
   */
  moves?: SentenceMove[];
  /** Words it gained that another line of the voice lost nearby, or lost to another line (`WordsMove`). */
  wordsMoved?: WordsMove[];
}

export interface Regrouped {
  how: 'joined' | 'split' | 'recut';
  /** The OLD lines, with their places in OLD. */
  old: DiffLine[];
  /** The NEW lines, with their places in NEW. */
  new: DiffLine[];
}

export interface ReassignedInLine extends Ranked {
  text: string;
  /** The voice that had the line in OLD; null for unassigned text. */
  from: string | null;
  location: Location;
  oldLocation: Location;
  /** The line also changed place. */
  moved: boolean;
  /** When the line was edited too: its word difference (`text` is NEW's). */
  words?: WordPart[];
  /** Set when the edit is too large to mark word by word, as on a changed line (`ChangedLine.tooChanged`). */
  tooChanged?: true;
}

export interface ReassignedOutLine extends Ranked {
  text: string;
  /** The voice that has the line in NEW; null for unassigned text. */
  to: string | null;
  location: Location;
  oldLocation: Location;
  moved: boolean;
  /** When the line was edited too: its word difference (`text` is NEW's). */
  words?: WordPart[];
  /** Set when the edit is too large to mark word by word, as on a changed line (`ChangedLine.tooChanged`). */
  tooChanged?: true;
}

export interface MovedLine extends Ranked {
  text: string;
  location: Location;
  oldLocation: Location;
}

export interface Delta {
  old: number;
  new: number;
  delta: number;
}

export interface VoiceDiff {
  name: string;
  /** The voice as lines carry it: null for the unassigned pseudo-voice. */
  voice: string | null;
  /** Which scripts' voice maps have the voice. */
  presence: 'both' | 'old' | 'new';
  added: ListedLine[];
  removed: ListedLine[];
  changed: ChangedLine[];
  reassignedIn: ReassignedInLine[];
  reassignedOut: ReassignedOutLine[];
  moved: MovedLine[];
  unchanged: number;
  /**
   * Places where adjacent lines of the voice are the same text, word for word and in the same
   * order, only broken into paragraphs differently (joined, split or cut elsewhere) when a side is
   * a PDF (a DOCX against its PDF, two PDFs laid out differently: a PDF's paragraph breaks are read
   * from its layout): no change, not in `changed`; how many such places. Between two DOCX such a
   * place is a `regrouped` change.
   */
  resplit: number;
  lines: Delta;
  words: Delta;
  spokenWords: Delta;
  /** Estimated recording time, from the spoken words. */
  seconds: Delta;
  /**
   * The same times to the second as `summary` shows each side's (measure/shown-times.ts: the voices'
   * shown times add up to what is recorded, so one is its own rounded down or up, not always to the
   * nearest), and their difference: what the text and Markdown outputs show. Not in `diff --json`.
   */
  shownSeconds: Delta;
}

export interface SideSummary {
  file: string;
  format: ScriptFormat;
  config: string | null;
  mode: Report['mode'];
  /** The legend this side's voices were read from (no config), as read. */
  legend: ReportLegend | null;
}

export interface ScriptDiff {
  old: SideSummary;
  new: SideSummary;
  /** Voices in NEW's order, then the voices only OLD has. */
  voices: VoiceDiff[];
  /** The text of no voice, as a pseudo-voice named `unassigned`. */
  unassigned: VoiceDiff;
  /** Why the sides may not compare voice for voice, then what each side's reader said (named by side). */
  warnings: DiffWarning[];
}

/**
 * A warning of the comparison: about both sides (different-voice-maps, split-differently,
 * unassigned-changed: no `side`), or what one side's reading or casting said (`side`: the OLD or
 * NEW file's; its message names the file too).
 */
export interface DiffWarning extends Warning {
  side?: 'old' | 'new';
}
