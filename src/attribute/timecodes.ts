/**
 * Time codes and loop numbers of dubbing and ADR scripts: `01:02:03:04 MARC : …`, `B21  01:10:02:14
 * JULIE : …`, a `TC` column beside the speaker's. They are the line's time, never said: no word of the
 * line, no character of its dubbing count. Casting cuts them off a line's opening and gives the line
 * its time code (`Line.timecode`); a time code alone in a paragraph or a table cell is no line, and
 * its time goes to the line it times (the row's text, or the next line).
 *
 * The shapes (SMPTE ST 12 as studios type it; subtitle files' milliseconds):
 * - `HH:MM:SS:FF`, drop-frame `HH:MM:SS;FF`, and `HH:MM:SS.FF`; `HH:MM:SS.mmm` and `HH:MM:SS,mmm`
 *   (SRT); `HH:MM:SS` alone (a détection's `00:00:12`). Hours of one or two digits, minutes and
 *   seconds under 60. Two groups (`12:30`) are a clock time said aloud, never a time code.
 * - An in and out point: `00:01:09,250 --> 00:01:11,000`, `01:02:03:04 - 01:02:05:10` (`->`, `→`, `–`, `—`).
 * - Maybe in brackets: `[01:02:03:04]`, `(01:02:03:04)`.
 * - A loop number (boucle) before it: `B21`, `#12`, `012` (up to four digits, one or two capitals
 *   before, a letter after: `12a`): cut only before a time code or a speaker's label.
 * A time code is a whole token: at a line's opening followed by a space (or the end), or alone.
 */
import type { Run } from '../model.js';

/** A line's time: where it starts, and where it ends when the script says. As written. */
export interface Timecode {
  start: string;
  end?: string;
  /** With an out point: the in and out point as the script writes them (`00:01:09,250 --> 00:01:11,000`, `01:02:03:04 – 01:02:05:10`). */
  written?: string;
}

const TC = String.raw`\d{1,2}:[0-5]\d:[0-5]\d(?:[:;]\d{2}|[.,]\d{2,3})?`;
const RANGE = String.raw`(${TC})(?:\s*(?:-->|->|\u2192|\u2013|\u2014|-)\s*(${TC}))?`;
/**
 * A time in a speaker label's brackets (`NARRATOR [00:01:23]:`, `MARC (00:12) :`): a time code, or minutes
 * and seconds of a video's timeline (`00:12`, `1:05`, `12:30.5`): beside a name, never a clock time said.
 */
const LABEL_TC = String.raw`(?:${TC}|\d{1,2}:[0-5]\d(?:[.,]\d{1,3})?)`;
const IN_LABEL = new RegExp(String.raw`^[(\uFF08[]\s*(${LABEL_TC})(?:\s*(?:-->|->|\u2192|\u2013|\u2014|-)\s*(${LABEL_TC}))?\s*[)\uFF09\]]$`, 'u');

/** The time a label's aside is (`(00:12)`, `[00:01:23]`, an in and out point), or null: the line's time, not a direction. */
export function labelTimecode(aside: string): Timecode | null {
  const match = aside.length > HEAD ? null : IN_LABEL.exec(aside);
  return match ? found(match) : null;
}

/** A time code (or an in and out point), maybe in brackets: groups 1 and 2, or 3 and 4, or 5 and 6. */
const TIMECODE = String.raw`(?:\[\s*${RANGE}\s*\]|\(\s*${RANGE}\s*\)|${RANGE})`;
/** A loop number: `B21`, `#12`, `012`, `12a`. */
const LOOP = String.raw`(?:[A-Z]{1,2}\d{1,4}|#\s?\d{1,4}|\d{1,4}[a-z]?)`;

/** A line's opening: a loop number maybe, a time code, then a space (or the end); the spaces after it cut with it. */
const OPENING = new RegExp(String.raw`^\s*(?:${LOOP}\s+)?${TIMECODE}(?:\s+|$)`, 'u');
const ALONE = new RegExp(String.raw`^\s*(?:${LOOP}\s+)?${TIMECODE}\s*$`, 'u');

// (Spaces bounded: a label pattern is tried on every paragraph, and a long run of spaces after a
// number made each try of its alternatives walk back over the whole run.)
const PREFIX = String.raw`(?<pre>\s{0,12}(?:${LOOP}\s{1,12})?${TIMECODE}\s{1,12})|\s{0,12}${LOOP}\s{1,12}`;

/**
 * What a label pattern finds before a speaker's label (label-rows.ts `labelPattern`): a time code with
 * its loop number and the spaces after it (the `pre` group: kept with the line, for casting to cut as
 * the line's time), or a loop number alone (cut with the label), or spaces. Each way ends where the
 * label starts (no `\s*` after it: two runs of spaces in a row would be quadratic on a long one).
 */
export const BEFORE_LABEL = `(?:${PREFIX}|\\s*)`;
const BEFORE = new RegExp(`^(?:${PREFIX})`, 'u');

/** Only so many characters are looked at: a time code stands in a line's first ones (a paragraph may be megabytes). */
const HEAD = 80;

/** Whether the text may open with a loop number or a time code at all: the cheap test before the patterns. */
const MAY = /^\s*[[(#]?\s*[A-Z]{0,2}\d/u;

function found(match: RegExpExecArray): Timecode {
  const start = match[1] ?? match[3] ?? match[5]!;
  const end = match[2] ?? match[4] ?? match[6];
  if (end === undefined) return { start };
  // The range as written, its separator kept (`-->`, `–`, ` - `): the outputs show it so.
  const from = match[0].indexOf(start);
  const to = match[0].indexOf(end, from + start.length) + end.length;
  return { start, end, written: match[0].slice(from, to) };
}

const LOOP_ALONE = new RegExp(String.raw`^\s*${LOOP}\s*$`, 'u');

/**
 * Whether a line may take the time of a time code standing alone beside it or above it: it holds a
 * letter, and is no loop number alone (a `Boucle` column's `12`, `B21`), no number of a row.
 */
export const mayBeTimed = (text: string) => /\p{L}/u.test(text) && !LOOP_ALONE.test(text);

/** The time code a text is alone (a cell of a `TC` column, a paragraph of its own; a loop number before it or not), or null. */
export function timecodeAlone(text: string): Timecode | null {
  if (text.length > HEAD || !MAY.test(text)) return null;
  const match = ALONE.exec(text);
  return match ? found(match) : null;
}

/** The time code opening a text (after a loop number or not) and how many characters to cut with it (the spaces after it too), or null. */
export function openingTimecode(text: string): { timecode: Timecode; length: number } | null {
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  if (!MAY.test(head)) return null;
  const match = OPENING.exec(head);
  return match ? { timecode: found(match), length: match[0].length } : null;
}

/** How many characters a loop number and a time code take before a speaker's label (with the spaces after them); 0 when none. */
export function beforeLabel(text: string): number {
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  if (!MAY.test(head)) return 0;
  return BEFORE.exec(head)?.[0].length ?? 0;
}

/** A text with the time code opening it cut off (and its loop number): what is said of it. */
export function withoutTimecode(text: string): string {
  const opening = openingTimecode(text);
  return opening ? text.slice(opening.length) : text;
}

/** The runs of a line whose opening is a time code: the runs after it and the time code; null when none opens it. */
export function cutTimecode(runs: readonly Run[]): { runs: Run[]; timecode: Timecode } | null {
  const first = runs[0];
  if (!first) return null;
  let head = first.text;
  for (let k = 1; k < runs.length && head.length < HEAD; k++) head += runs[k]!.text;
  const opening = openingTimecode(head);
  if (!opening) return null;
  const kept: Run[] = [];
  let offset = 0;
  for (const run of runs) {
    const end = offset + run.text.length;
    if (end > opening.length) kept.push(offset >= opening.length ? run : { ...run, text: run.text.slice(opening.length - offset) });
    offset = end;
  }
  return { runs: kept, timecode: opening.timecode };
}

/** The time code as shown: `01:02:03:04`, or `00:01:09,250 → 00:01:11,000` with its out point. */
export const formatTimecode = (timecode: Timecode) => (timecode.end === undefined ? timecode.start : (timecode.written ?? `${timecode.start} → ${timecode.end}`));
