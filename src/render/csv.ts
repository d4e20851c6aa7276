/**
 * CSV export (RFC 4180: CRLF rows, fields quoted when they hold a comma, a quote or a line break;
 * text that a spreadsheet would take for a formula neutralised, see neutraliseFormula).
 * Also the table model the spreadsheet renderers share: which groups are exported, and the
 * columns of a voice's line list and of the VoiceQ import template.
 */
import type { LineReport, Report, VoiceReport } from '../measure/report.js';
import { formatLocation } from './text.js';

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
}

export interface ExportOptions {
  /** Export the unassigned text as its own group named "Unassigned" (default: voices only). */
  unassigned?: boolean;
}

export const UNASSIGNED_GROUP = 'Unassigned';

/** The voices of the report, then the unassigned text when asked for. */
export function exportGroups(report: Report, options: ExportOptions = {}): ExportGroup[] {
  const groups: ExportGroup[] = report.voices.map((voice: VoiceReport) => ({ ...voice }));
  if (options.unassigned) groups.push({ name: UNASSIGNED_GROUP, ...report.unassigned });
  return groups;
}

export type Cell = string | number;

export const LINE_COLUMNS = ['#', 'Line ID', 'Location', 'Cue', 'Line', 'Words', 'Seconds', 'Notes'] as const;

/** The cue as a narrator reads it: who speaks before, and what they say. */
export function formatCue(line: LineReport): string {
  return line.cue ? `${line.cue.voice ?? UNASSIGNED_GROUP}: ${line.cue.text}` : '';
}

/** One row per line, in LINE_COLUMNS order; Notes is left empty for the studio. */
export function lineRows(group: ExportGroup): Cell[][] {
  return group.lines.map((line, index) => [index + 1, line.id, formatLocation(line.location), formatCue(line), line.text, line.words, line.seconds, '']);
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
    const waiting = rows.slice(start, end);
    while (waiting.length > 0) {
      // The first line whose cue is not still waiting in this paragraph.
      const next = waiting.findIndex(({ line }) => !waiting.some((other) => other.line !== line && line.cue !== null && other.voice === line.cue.voice && other.line.text === line.cue.text));
      ordered.push(...waiting.splice(Math.max(0, next), 1));
    }
    start = end;
  }
  return ordered;
}

/** VoiceQ rows in script order, since studio software cues lines in the order of the script. Start and End are left for the studio. */
export function voiceqRows(groups: ExportGroup[]): Cell[][] {
  return scriptOrder(groups).map(({ line, voice }) => [line.text, '', '', voice, `${formatLocation(line.location)} · ID ${line.id}`]);
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

function field(cell: Cell): string {
  const text = typeof cell === 'number' ? String(cell) : neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, so Excel reads the file as UTF-8. */
  bom?: boolean;
}

/** Rows → RFC 4180 text: CRLF after every row, including the last. */
export function toCsv(rows: readonly (readonly Cell[])[], options: CsvOptions = {}): string {
  const body = rows.map((row) => row.map(field).join(',')).join('\r\n');
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}

/** One voice's lines. */
export function renderVoiceCsv(group: ExportGroup, options: CsvOptions = {}): string {
  return toCsv([[...LINE_COLUMNS], ...lineRows(group)], options);
}

/** Every exported group in one file, with a Voice column first. */
export function renderCombinedCsv(report: Report, options: CsvOptions & ExportOptions = {}): string {
  const rows: Cell[][] = [['Voice', ...LINE_COLUMNS]];
  for (const group of exportGroups(report, options)) rows.push(...lineRows(group).map((row) => [group.name, ...row]));
  return toCsv(rows, options);
}

/** The VoiceQ import template: one file, every exported line in script order. */
export function renderVoiceqCsv(report: Report, options: CsvOptions & ExportOptions & { lang: string }): string {
  return toCsv([voiceqColumns(options.lang), ...voiceqRows(exportGroups(report, options))], options);
}
