/**
 * XLSX export, written with write-excel-file (MIT; SheetJS CE cannot bold or freeze a row).
 * A Summary sheet, then one sheet per exported voice; bold frozen header rows, set column widths,
 * wrapped long text. The renderer returns the file's bytes: writing it is src/output's job.
 */
import writeExcelFile, { type CellObject, type Row, type Sheet } from 'write-excel-file/node';
import { formatDuration } from '../measure/pace.js';
import type { Report } from '../measure/report.js';
import { exportGroups, LINE_COLUMNS, lineRows, voiceqColumns, voiceqRows, type Cell, type ExportGroup, type ExportOptions, UNASSIGNED_GROUP } from './csv.js';

/** A sheet without images (the type parameter is the image content type). */
type XlsxSheet = Sheet<Buffer>;

export const SUMMARY_SHEET = 'Summary';
const SHEET_NAME_LIMIT = 31;

/** Cut to `limit` UTF-16 units (Excel's count) without splitting a surrogate pair. */
function truncate(text: string, limit: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > limit) break;
    out += char;
  }
  return out;
}

/**
 * Excel sheet names: at most 31 characters, none of []:*?/\, no apostrophe at either end, not
 * "History", unique without regard to case. Each name is cleaned, then numbered " (2)", " (3)"… when taken.
 */
export function sheetNames(names: readonly string[], reserved: readonly string[] = []): string[] {
  const taken = new Set(reserved.map((name) => name.toLowerCase()));
  const clean = (text: string) => text.replace(/[\p{Cc}]/gu, '').trim().replace(/^'+|'+$/g, '').trim();
  return names.map((name) => {
    let base = clean(name.replace(/[[\]:*?/\\]/g, '-')) || 'Voice';
    if (base.toLowerCase() === 'history') base = 'History (voice)';
    let candidate = clean(truncate(base, SHEET_NAME_LIMIT));
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = `${clean(truncate(base, SHEET_NAME_LIMIT - suffix.length))}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

const header = (titles: readonly string[]): Row => titles.map((value) => ({ value, fontWeight: 'bold', alignVertical: 'top' }));

function body(rows: Cell[][], wrapped: ReadonlySet<number>): Row[] {
  return rows.map((row) =>
    row.map((value, column): CellObject | null => {
      if (value === '') return null;
      const cell: CellObject = typeof value === 'number' ? { value, type: Number } : { value, type: String };
      cell.alignVertical = 'top';
      if (wrapped.has(column)) cell.wrap = true;
      return cell;
    }),
  );
}

/** Widths in characters: fit the longest value (header included) between a floor and a cap per column. */
function widths(titles: readonly string[], rows: Cell[][], limits: readonly [min: number, max: number][]): { width: number }[] {
  return titles.map((title, column) => {
    const [min, max] = limits[column] ?? [8, 40];
    const longest = Math.max(title.length, ...rows.map((row) => [...String(row[column] ?? '')].length));
    return { width: Math.min(max, Math.max(min, longest + 2)) };
  });
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export const SUMMARY_COLUMNS = ['Voice', 'Lines', 'Words', 'Spoken words', 'Estimated time', 'Share'] as const;

function summarySheet(report: Report, groups: ExportGroup[], unassignedExported: boolean): XlsxSheet {
  const row = (name: string, g: Pick<ExportGroup, 'lineCount' | 'words' | 'spokenWords' | 'seconds' | 'share'>): Row => [
    { value: name, type: String },
    { value: g.lineCount, type: Number },
    { value: g.words, type: Number },
    { value: g.spokenWords, type: Number },
    { value: formatDuration(g.seconds), type: String, align: 'right' },
    { value: round(g.share, 4), type: Number, format: '0.0%' },
  ];
  const rows = groups.map((g) => row(g.name, g));
  // The summary accounts for the whole script, so unassigned text has its row even when it has no sheet.
  if (!unassignedExported && report.unassigned.lineCount > 0) rows.push(row(UNASSIGNED_GROUP, report.unassigned));
  const total = report.total;
  rows.push(row('Whole script', { ...total, share: total.words ? 1 : 0 }).map((cell) => ({ ...(cell as CellObject), fontWeight: 'bold' })));
  const names = [...groups.map((g) => g.name), UNASSIGNED_GROUP, 'Whole script'];
  return {
    sheet: SUMMARY_SHEET,
    data: [header(SUMMARY_COLUMNS), ...rows],
    columns: [{ width: Math.min(40, Math.max(12, ...names.map((n) => [...n].length + 2))) }, { width: 8 }, { width: 8 }, { width: 14 }, { width: 15 }, { width: 8 }],
    stickyRowsCount: 1,
  };
}

/** Cue, Line and Notes wrap; the others fit on one line. */
const LINE_LIMITS: [number, number][] = [[5, 6], [11, 14], [10, 36], [20, 50], [30, 80], [7, 7], [9, 9], [30, 30]];
const WRAPPED_LINE_COLUMNS = new Set([3, 4, 7]);

function voiceSheet(name: string, group: ExportGroup): XlsxSheet {
  const rows = lineRows(group);
  return {
    sheet: name,
    data: [header(LINE_COLUMNS), ...body(rows, WRAPPED_LINE_COLUMNS)],
    columns: widths(LINE_COLUMNS, rows, LINE_LIMITS),
    stickyRowsCount: 1,
  };
}

async function bytes(sheets: XlsxSheet[]): Promise<Uint8Array> {
  const buffer = await writeExcelFile(sheets).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** The workbook: Summary, then one sheet per exported voice (and "Unassigned" when asked for). */
export async function renderXlsx(report: Report, options: ExportOptions = {}): Promise<Uint8Array> {
  const groups = exportGroups(report, options);
  const names = sheetNames(groups.map((g) => g.name), [SUMMARY_SHEET]);
  return bytes([summarySheet(report, groups, options.unassigned === true), ...groups.map((group, i) => voiceSheet(names[i]!, group))]);
}

export const VOICEQ_SHEET = 'Script';

/** The VoiceQ import template as one sheet, every exported line in script order. */
export async function renderVoiceqXlsx(report: Report, options: ExportOptions & { lang: string }): Promise<Uint8Array> {
  const titles = voiceqColumns(options.lang);
  const rows = voiceqRows(exportGroups(report, options));
  return bytes([
    {
      sheet: VOICEQ_SHEET,
      data: [header(titles), ...body(rows, new Set([0, 4]))],
      columns: widths(titles, rows, [[30, 80], [10, 10], [10, 10], [18, 30], [20, 36]]),
      stickyRowsCount: 1,
    },
  ]);
}
