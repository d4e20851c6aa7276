/**
 * CSV export (RFC 4180: CRLF rows, fields quoted when they hold the delimiter, a quote or a line break;
 * text that a spreadsheet would take for a formula neutralised, see neutraliseFormula).
 * Also the table model the spreadsheet renderers share: which groups are exported, and the
 * columns of a voice's line list and of the VoiceQ import template.
 */
import { cueParts } from './cue.js';
import type { LineReport, Report, VoiceReport } from '../measure/report.js';
import { formatLocation } from '../text/format.js';
import { withLineBreaks } from '../text/words.js';
import { UNASSIGNED_LABEL } from '../attribute/voices.js';
import { formatTimecode } from '../attribute/timecodes.js';
import { sumFinished, totalFees } from '../measure/pay.js';
import { UserError } from '../errors.js';
import { headingsIn, type Heading, type HeadingsLang } from './headings.js';

/** What `export` writes about a voice (or about the unassigned text). */
export interface ExportGroup {
  name: string;
  lines: LineReport[];
  lineCount: number;
  words: number;
  spokenWords: number;
  seconds: number;
  share: number;
  wpm: number;
  /** With syllable timing, the rate the time was computed at. */
  syllablesPerSecond?: number;
  /** The script's voices, for a cue's label (cue.ts: `ELODIE :` is no Élodie's label beside an Elodie). */
  voices?: readonly string[];
}

export interface ExportOptions {
  /** Export the unassigned text as its own group named "Unassigned" (default: voices only). */
  unassigned?: boolean;
  /**
   * The script's voices left out of the export (`export --voice NAME`: all the others): the summaries
   * give them one row, `Other voices`, so that their rows still add up to the whole script.
   */
  others?: readonly VoiceReport[];
  /** The language of the column headings and row labels (render/headings.ts): `en` (default) or `fr`. */
  headings?: HeadingsLang;
}

/** The summaries' row of the voices left out (`Other voices`). */
export const OTHER_VOICES_LABEL = 'Other voices';

/** What the voices left out hold together, as one row of a summary; null when none is left out. */
export interface OtherVoices extends Pick<ExportGroup, 'name' | 'lineCount' | 'words' | 'spokenWords' | 'seconds' | 'share'> {
  /** Their pace when they share one, else null (no one pace for the row). */
  wpm: number | null;
  characters?: number;
  dubbingLines?: number;
  finishedMinutes?: number;
  finishedHours?: number;
  /** Their fees by currency (measure/pay.ts totalFees), when any of them is quoted. */
  fees?: { amount: number; currency: string; estimated: boolean }[];
  /** Their shown times (shown-times.ts), summed: the row's time beside the others'. */
  shownSeconds: number;
}

export function otherVoices(others: readonly VoiceReport[] | undefined, shown: (name: string) => number | undefined): OtherVoices | null {
  if (!others || others.length === 0) return null;
  const sum = (pick: (v: VoiceReport) => number) => others.reduce((total, v) => total + pick(v), 0);
  const paces = new Set(others.map((v) => v.wpm));
  const row: OtherVoices = {
    name: OTHER_VOICES_LABEL,
    lineCount: sum((v) => v.lineCount),
    words: sum((v) => v.words),
    spokenWords: sum((v) => v.spokenWords),
    seconds: sum((v) => v.seconds),
    share: sum((v) => v.share),
    wpm: paces.size === 1 ? others[0]!.wpm : null,
    shownSeconds: sum((v) => shown(v.name) ?? v.seconds),
  };
  if (others.every((v) => v.characters !== undefined)) {
    row.characters = sum((v) => v.characters);
    row.dubbingLines = sum((v) => v.dubbingLines);
    row.finishedMinutes = sumFinished(others.map((v) => v.finishedMinutes));
    row.finishedHours = sumFinished(others.map((v) => v.finishedHours));
  }
  // Their fees added up per currency, as the whole script's total adds the voices' (a voice with no line has none):
  // the Fee column adds up to the total.
  if (others.some((v) => v.fee)) row.fees = totalFees(others.map((v) => v.fee));
  return row;
}

/** The voices of the report, then the unassigned text when asked for. */
export function exportGroups(report: Report, options: ExportOptions = {}): ExportGroup[] {
  const voices = report.voices.map((voice) => voice.name);
  const groups: ExportGroup[] = report.voices.map((voice: VoiceReport) => ({ ...voice, voices }));
  if (options.unassigned) groups.push({ name: UNASSIGNED_LABEL, ...report.unassigned, voices });
  return groups;
}

export type Cell = string | number;

export const LINE_COLUMNS = ['#', 'Line ID', 'Location', 'Cue', 'Line', 'Words', 'Seconds', 'Notes'] as const;

export type LineColumn = (typeof LINE_COLUMNS)[number] | 'Timecode';

/** Whether any of the lines has a dubbing script's time code: then a `Timecode` column is written. */
export const timed = (lines: readonly LineReport[]) => lines.some((line) => line.timecode !== undefined);

/** The columns of a line list: LINE_COLUMNS, with `Timecode` after `Location` when the lines have time codes. */
export function lineColumns(withTimecode: boolean): LineColumn[] {
  return withTimecode ? ['#', 'Line ID', 'Location', 'Timecode', 'Cue', 'Line', 'Words', 'Seconds', 'Notes'] : [...LINE_COLUMNS];
}

/** The cue as a narrator reads it: who speaks before, and what they say (text of no voice's as `heading` names it, in its language's typography). */
export function formatCue(line: LineReport, voices: readonly string[] = [], heading: Heading = headingsIn()): string {
  if (!line.cue) return '';
  const { voice, text, breaks } = cueParts(line.cue, voices);
  // French sets its colon apart with a no-break space (`Narrateur : Bonjour`), as the page and the booth script do.
  return `${voice ?? heading(UNASSIGNED_LABEL)}${heading.lang === 'fr' ? '\u00A0:' : ':'} ${withLineBreaks(text, breaks)}`;
}

/** A group's name as a spreadsheet shows it: the unassigned text's label in the headings' language; a voice's name as it is. */
export function groupLabel(group: Pick<ExportGroup, 'name'>, unassigned: boolean, heading: Heading): string {
  return unassigned && group.name === UNASSIGNED_LABEL ? heading(UNASSIGNED_LABEL) : group.name;
}

/**
 * One row per line, in lineColumns order (with the time code when `withTimecode`); Notes is left empty for the studio.
 * The tool's own words in the cells (the location, the cue's speaker when no voice's, its colon) are in the headings'
 * language; the script's text is as written.
 * A line break a reader sees in the line (Line.breaks) is a line break in its cell, and in its cue's.
 */
export function lineRows(group: ExportGroup, withTimecode = false, heading: Heading = headingsIn()): Cell[][] {
  // Where the line is, in the headings' language (`¶7 (tableau 1, ligne 2, col. 3)`, `p.\u00A02 ¶12`, `(zone de texte)`).
  return group.lines.map((line, index) => [index + 1, line.id, formatLocation(line.location, heading.lang), ...(withTimecode ? [line.timecode ? formatTimecode(line.timecode) : ''] : []), formatCue(line, group.voices, heading), withLineBreaks(line.text, line.breaks), line.words, line.seconds, '']);
}

/** Excel keeps at most 32,767 characters in a cell (and cuts the rest, silently, when it opens the file). */
export const MAX_CELL_CHARS = 32_767;

/**
 * A text longer than a cell holds cut into pieces of at most MAX_CELL_CHARS characters, at the last
 * space or line break that fits (between characters for a word longer than a cell, never inside a
 * surrogate pair); the pieces joined by a space give the text back, its spaces at the cuts aside.
 */
export function cellPieces(text: string): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > MAX_CELL_CHARS) {
    let end = -1;
    for (let i = MAX_CELL_CHARS; i > 0; i--) {
      const code = rest.charCodeAt(i);
      if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) {
        end = i;
        break;
      }
    }
    if (end <= 0) {
      end = MAX_CELL_CHARS;
      const code = rest.charCodeAt(end - 1);
      if (code >= 0xd800 && code <= 0xdbff) end--;
    }
    pieces.push(rest.slice(0, end));
    rest = rest.slice(end).replace(/^[ \t\r\n]+/, '');
  }
  pieces.push(rest);
  return pieces;
}

/**
 * A line list's rows (lineColumns, maybe after a Voice column: `offset`) with a cell over Excel's limit
 * continued in the rows below it, as the XLSX voice sheets do: each such row repeats the line's voice,
 * number, ID and time code, says "(continued)" after its location, holds the next piece of the line (or
 * cue), and leaves Words and Seconds empty, so that the sums stay the lines'.
 */
function continuedLineRows(rows: readonly Cell[][], withTimecode: boolean, heading: Heading, offset = 0): Cell[][] {
  const columns = lineColumns(withTimecode);
  const at = (name: LineColumn) => columns.indexOf(name) + offset;
  const cut = new Set([at('Cue'), at('Line')]);
  const repeat = new Set([...Array(offset).keys(), at('#'), at('Line ID'), ...(withTimecode ? [at('Timecode')] : [])]);
  const location = at('Location');
  const out: Cell[][] = [];
  for (const row of rows) {
    if (!row.some((cell) => typeof cell === 'string' && cell.length > MAX_CELL_CHARS)) {
      out.push(row);
      continue;
    }
    const pieces = row.map((cell, i) => (cut.has(i) && typeof cell === 'string' ? cellPieces(cell) : [cell]));
    const count = Math.max(...pieces.map((p) => p.length));
    for (let n = 0; n < count; n++) {
      out.push(row.map((cell, i): Cell => (n === 0 ? pieces[i]![0]! : repeat.has(i) ? cell : i === location ? `${cell} ${heading('(continued)')}` : cut.has(i) ? (pieces[i]![n] ?? '') : '')));
    }
  }
  return out;
}

/** VoiceQ's import columns; `lang` fills "Script (lang)". */
export function voiceqColumns(lang: string): string[] {
  return [`Script (${lang})`, 'Start', 'End', 'Character/Source', 'Comments'];
}

const paragraphKey = (line: LineReport) => `${line.location.story}:${line.location.paragraph}`;

/**
 * Every exported line in script order: by paragraph (body, then the other stories), and inside a
 * paragraph two voices share, a line after the line that is its cue ("Wait, Sunday?" — "This
 * Sunday."); otherwise in voice order.
 */
export function scriptOrder(groups: readonly ExportGroup[]): { line: LineReport; voice: string }[] {
  const rows = groups.flatMap((group) => group.lines.map((line) => ({ line, voice: group.name })));
  const storyRank = (line: LineReport) => (line.location.story === 'body' || line.location.story === 'textbox' ? 0 : 1);
  rows.sort((a, b) => storyRank(a.line) - storyRank(b.line) || a.line.location.paragraph - b.line.location.paragraph);
  const ordered: typeof rows = [];
  for (let start = 0; start < rows.length; ) {
    let end = start + 1;
    while (end < rows.length && paragraphKey(rows[end]!.line) === paragraphKey(rows[start]!.line)) end++;
    for (const row of cueOrder(rows.slice(start, end))) ordered.push(row);
    start = end;
  }
  return ordered;
}

/** A line's key as a cue: its voice and text. A cue of no voice (null) matches no exported voice. */
const cueKey = (voice: string | null, text: string) => `${voice === null ? '\u0001' : voice}\u0000${text}`;

/**
 * The lines of one paragraph, each after the line that is its cue when both are here: again and
 * again, the first line whose cue is not still waiting (the first line, when a loop leaves none).
 * Counts of waiting lines per key and a queue by position keep this O(n log n): a paragraph of a
 * damaged file may hold thousands of lines.
 */
function cueOrder<T extends { line: LineReport; voice: string }>(rows: T[]): T[] {
  if (rows.length < 2) return rows;
  const own = rows.map((row) => cueKey(row.voice, row.line.text));
  const cue = rows.map((row) => (row.line.cue ? cueKey(row.line.cue.voice, row.line.cue.text) : null));
  const waiting = new Map<string, number>();
  for (const key of own) waiting.set(key, (waiting.get(key) ?? 0) + 1);
  const waitingOn = new Map<string, number[]>();
  cue.forEach((key, i) => {
    if (key === null) return;
    const list = waitingOn.get(key);
    if (list) list.push(i);
    else waitingOn.set(key, [i]);
  });
  const blocked = (i: number) => cue[i] !== null && (waiting.get(cue[i]!) ?? 0) - (own[i] === cue[i] ? 1 : 0) > 0;
  const done = new Array<boolean>(rows.length).fill(false);
  const ready = new MinQueue();
  const queued = new Array<boolean>(rows.length).fill(false);
  const offer = (i: number) => {
    if (!done[i] && !queued[i] && !blocked(i)) {
      queued[i] = true;
      ready.push(i);
    }
  };
  rows.forEach((_, i) => offer(i));
  const out: T[] = [];
  let first = 0;
  while (out.length < rows.length) {
    let i = ready.pop();
    while (i !== undefined && done[i]) i = ready.pop();
    if (i === undefined) {
      // A loop of cues: the first line still waiting.
      while (done[first]) first++;
      i = first;
    }
    done[i] = true;
    out.push(rows[i]!);
    const left = waiting.get(own[i]!)! - 1;
    waiting.set(own[i]!, left);
    // Lines cued by this key can only go free when its count falls to 1 (their own copy) or 0.
    if (left <= 1) for (const j of waitingOn.get(own[i]!) ?? []) offer(j);
  }
  return out;
}

/** A binary min-heap of positions. */
class MinQueue {
  private readonly items: number[] = [];

  push(value: number): void {
    const items = this.items;
    items.push(value);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (items[parent]! <= items[i]!) break;
      [items[parent], items[i]] = [items[i]!, items[parent]!];
      i = parent;
    }
  }

  pop(): number | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && items[l]! < items[m]!) m = l;
        if (r < items.length && items[r]! < items[m]!) m = r;
        if (m === i) break;
        [items[m], items[i]] = [items[i]!, items[m]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * VoiceQ rows in script order, since studio software cues lines in the order of the script. Start and
 * End are the line's time code as the script writes it (its out point when given), else left for the studio.
 */
export function voiceqRows(groups: ExportGroup[]): Cell[][] {
  return scriptOrder(groups).map(({ line, voice }) => {
    // One row per line, which an importer takes as a line: a line over a cell's limit cannot go on below.
    if (line.text.length > MAX_CELL_CHARS) {
      const location = formatLocation(line.location);
      throw new UserError(
        `line ${line.id} of ${voice} (${location}) holds ${line.text.length.toLocaleString('en-US')} characters, more than the 32,767 a spreadsheet cell holds, and the VoiceQ template gives each line one row, which an importer takes whole: cut that paragraph in the script, or export the line lists (-o lines.xlsx or lines.csv), which go on in the rows below.`,
        'cell-too-long',
        // `characters`: the line's, in UTF-16 units as Excel counts them; `limit`: Excel's.
        { line: line.id, voice, location, characters: line.text.length, limit: MAX_CELL_CHARS, template: 'voiceq' },
      );
    }
    // What is shown before a line and not said (a speaker's name kept in a colour-coded line, a label's
    // aside: Line.label) is no dialogue: the Character column says who; it goes to the notes.
    const label = line.label?.trim();
    const text = label ? line.text.slice(line.label!.length) : line.text;
    return [text, line.timecode?.start ?? '', line.timecode?.end ?? '', voice, `${label ? `${label} · ` : ''}${formatLocation(line.location)} · ID ${line.id}`];
  });
}

/**
 * OWASP's rule against CSV injection: a text cell starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading apostrophe, so a spreadsheet shows it as text and never runs it
 * as a formula (a script line "=HYPERLINK(…)" would otherwise be live). Lines starting "- " get
 * it too: OWASP makes no exception, and a spreadsheet cannot tell a bullet from a minus.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The delimiters a CSV is written with: the comma, or the semicolon (French Excel), or a tab. */
export type CsvDelimiter = ',' | ';' | '\t';

/** What makes a field quoted, per delimiter: the delimiter itself, a quote or a line break (RFC 4180). */
const NEEDS_QUOTES: Record<CsvDelimiter, RegExp> = { ',': /[",\r\n]/, ';': /[";\r\n]/, '\t': /["\t\r\n]/ };

/**
 * A cell as a field. With `;` a number takes a decimal comma (`2,4`): the spreadsheets that want `;`
 * are those whose decimal mark is the comma, and read `2.4` as text (or a date), not a number to sum.
 */
function field(cell: Cell, delimiter: CsvDelimiter): string {
  const text = typeof cell === 'number' ? (delimiter === ';' ? String(cell).replace('.', ',') : String(cell)) : neutraliseFormula(cell);
  return NEEDS_QUOTES[delimiter].test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, so Excel reads the file as UTF-8. */
  bom?: boolean;
  /** Between the fields: `,` (default), `;` (numbers then take a decimal comma) or a tab. */
  delimiter?: CsvDelimiter;
  /** The language of the header row (render/headings.ts): `en` (default) or `fr`; VoiceQ's template keeps its importer's. */
  headings?: HeadingsLang;
}

/** Rows → RFC 4180 text (with the delimiter asked for): CRLF after every row, including the last. */
export function toCsv(rows: readonly (readonly Cell[])[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const body = rows.map((row) => row.map((cell) => field(cell, delimiter)).join(delimiter)).join('\r\n');
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}

/** One voice's lines. */
export function renderVoiceCsv(group: ExportGroup, options: CsvOptions = {}): string {
  const withTimecode = timed(group.lines);
  const heading = headingsIn(options.headings);
  return toCsv([lineColumns(withTimecode).map(heading), ...continuedLineRows(protectTimecodes(lineRows(group, withTimecode, heading), withTimecode), withTimecode, heading)], options);
}

/**
 * A time code a spreadsheet opening the CSV would take for a time of day and rewrite (`01:02:05.500`
 * shown and saved back as `02:05.5`, `00:01:09,250` as a number): three groups, maybe with
 * milliseconds. An SMPTE time code's four groups (`01:02:03:04`) and an in and out point are no time to it.
 */
const TIME_SHAPED = /^\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?$/;

/**
 * The line list's Timecode cells (column `at` of lineColumns, after `offset` columns) kept as written
 * when a spreadsheet opens the CSV: a time-shaped one takes the leading apostrophe that keeps a cell
 * text (as neutraliseFormula's does), as line IDs are never written shaped like a number.
 */
function protectTimecodes(rows: Cell[][], withTimecode: boolean, offset = 0): Cell[][] {
  if (!withTimecode) return rows;
  const at = lineColumns(true).indexOf('Timecode') + offset;
  for (const row of rows) {
    const cell = row[at];
    if (typeof cell === 'string' && TIME_SHAPED.test(cell)) row[at] = `'${cell}`;
  }
  return rows;
}

/** Every exported group in one file, with a Voice column first. */
export function renderCombinedCsv(report: Report, options: CsvOptions & ExportOptions = {}): string {
  const groups = exportGroups(report, options);
  const withTimecode = groups.some((group) => timed(group.lines));
  const heading = headingsIn(options.headings);
  const rows: Cell[][] = [[heading('Voice'), ...lineColumns(withTimecode).map(heading)]];
  groups.forEach((group, i) => {
    // The unassigned text's group is the one past the voices.
    const name = groupLabel(group, i >= report.voices.length, heading);
    for (const row of continuedLineRows(protectTimecodes(lineRows(group, withTimecode, heading).map((row) => [name, ...row]), withTimecode, 1), withTimecode, heading, 1)) rows.push(row);
  });
  return toCsv(rows, options);
}

/** The VoiceQ import template: one file, every exported line in script order. */
export function renderVoiceqCsv(report: Report, options: CsvOptions & ExportOptions & { lang: string }): string {
  return toCsv([voiceqColumns(options.lang), ...voiceqRows(exportGroups(report, options))], options);
}
