/**
 * XLSX export, written with write-excel-file (MIT; SheetJS CE cannot bold or freeze a row).
 * A Summary sheet (what was exported from which file, then one row per voice), a Sections sheet
 * when the script has sections, then one sheet per exported voice. Sheets are made to be printed
 * and summed: Arial 11 throughout, rows as tall as their wrapped text, landscape, all columns on
 * one page wide, the header row repeated on each page, a page header naming the script and the
 * voice and a "Page N of M" footer, frozen header row and autofilter; seconds are numbers and
 * durations real times formatted [m]:ss. The print set-up write-excel-file has no option for is
 * added by a write-excel-file "feature" (print-setup.ts). The renderer returns the file's bytes,
 * packed the same way in Node and in a browser (xlsx-zip.ts).
 */
import type { CellObject, Row, Sheet } from 'write-excel-file/node';
import type { GroupReport, Report } from '../measure/report.js';
import type { Section } from '../measure/sections.js';
import { exportGroups, groupLabel, lineColumns, lineRows, MAX_CELL_CHARS, otherVoices, timed, voiceqColumns, voiceqRows, type Cell, type ExportGroup, type ExportOptions } from './csv.js';
import { configSource, headingsIn, UNIT_WORDS, voiceColumn, type Heading, type HeadingsLang } from './headings.js';
import { UNASSIGNED_LABEL } from '../attribute/voices.js';
import { printSetup, type FileContent, type Paper, type PrintedSheet } from './xlsx-print.js';
import { workbookBytes } from './xlsx-zip.js';
import { formatLocation, formatMoney } from '../text/format.js';
import { currencyDigits, FEES_NOT_QUOTED, FINISHED_DIGITS, NOT_QUOTED_UNNAMED, shownDigits, type Fee } from '../measure/pay.js';
import type { RateUnit } from '../config/settings.js';
import { shownSectionTimes, shownTimes, type ShownTimes } from './shown-times.js';
import { scriptPace } from './pace.js';

/** A sheet without images (the type parameter is the image content type). */
type XlsxSheet = Sheet<FileContent>;

export type { Paper } from './xlsx-print.js';

export const SUMMARY_SHEET = 'Summary';
export const SECTIONS_SHEET = 'Sections';
const SHEET_NAME_LIMIT = 31;
export const FONT = { family: 'Arial', size: 11 } as const;

/** What the workbook says about its source, on the Summary sheet and in page headers. */
export interface WorkbookMeta {
  /** The script as the user named it. */
  script: string;
  /** SHA-256 of the script's bytes (hex); the first 12 digits are shown. */
  sha256: string;
  /** The day of the export, `YYYY-MM-DD`. */
  date: string;
  /** vo-lines' version. */
  version: string;
}

export interface XlsxOptions extends ExportOptions {
  meta?: WorkbookMeta;
  paper?: Paper;
  /**
   * The times the Estimated time column shows, to the second, adding up as `summary`'s (shown-times.ts),
   * worked out on the whole script's report (`export --voice` passes a report of one voice). Default:
   * the report's own.
   */
  times?: ShownTimes;
}

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

// ---------------------------------------------------------------------------------------------
// Cells and rows

const GRID = '#BFBFBF';
const border: Partial<CellObject> = { borderStyle: 'thin', borderColor: GRID };
const DIM = '#595959';
/** Durations are days in a spreadsheet: `[m]:ss` shows minutes past 60 instead of wrapping at the hour. */
export const TIME_FORMAT = '[m]:ss';
const SECONDS_FORMAT = '0.0';
const SECONDS_PER_DAY = 86_400;

/** Points per wrapped line of Arial 11, and the padding of a cell. */
const LINE_HEIGHT = 14.5;
const ROW_PADDING = 3;
const MAX_ROW_HEIGHT = 409;

interface Column {
  title: string;
  width: number;
  wrap?: boolean;
  /** Shown dimmed (the cue). */
  dim?: boolean;
  /** On the rows that continue a long line: repeated (its number, ID, time code). */
  repeat?: boolean;
  /** On the rows that continue a long line: followed by "(continued)" (its location). */
  continued?: boolean;
  format?: string;
  /** The title is a voice's own (`ANNCR words`), already in the headings' language: not translated. */
  named?: boolean;
}

/** A column's title in the headings' language. */
const titleOf = (column: Column, heading: Heading) => (column.named ? column.title : heading(column.title));

/**
 * A column's width: as set for its English title; in another language, wide enough for the longest word of its
 * title in bold (`Emplacement`, `prononcés`: a word is never cut in two), the English sheets' widths unchanged.
 */
function widthOf(column: Column, heading: Heading): number {
  if (heading.lang === 'en') return column.width;
  const longest = Math.max(0, ...titleOf(column, heading).split(/\s+/).map((word) => [...word].length));
  return Math.max(column.width, longest + 2);
}

/** The header row: bold on grey, titles wrapped in narrow columns (its height is set for them), in the headings' language. */
function header(columns: readonly Column[], heading: Heading): Row {
  const titles = columns.map((c) => titleOf(c, heading));
  const height = rowHeight(
    titles,
    columns.map((c) => ({ ...c, width: widthOf(c, heading), wrap: true })),
  );
  return columns.map((column, i) => ({ value: titles[i]!, fontWeight: 'bold', alignVertical: 'top', backgroundColor: '#EDEDED', wrap: true, height, ...border }));
}

const time = (seconds: number): CellObject => ({ value: seconds / SECONDS_PER_DAY, type: Number, format: TIME_FORMAT });

/**
 * A character's width in column units: 2 for a full-width one (Chinese, Japanese, Korean, full-width
 * forms, emoji), as wide as two digits; 1 for any other.
 */
function charWidth(code: number): number {
  if (code < 0x1100) return 1;
  if (
    code <= 0x115f ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  )
    return 2;
  return 1;
}

/** A word's width in column units (see charWidth). */
function textWidth(word: string): number {
  let width = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.codePointAt(i)!;
    if (code > 0xffff) i++;
    width += charWidth(code);
  }
  return width;
}

/** Lines a text takes in a column `width` characters wide, wrapped at spaces as the spreadsheet does (a full-width character counting 2). */
export function wrappedLines(text: string, width: number): number {
  // Arial's average character is a little narrower than the digit that defines the column unit.
  const capacity = Math.max(1, Math.floor(width * 1.05) - 1);
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/[ \t]+/)) {
      const length = textWidth(word);
      if (used > 0 && used + 1 + length > capacity) {
        lines++;
        used = 0;
      }
      // A word longer than the column breaks over several lines.
      if (length > capacity) {
        lines += Math.floor((used + length - 1) / capacity);
        used = (used + length) % capacity;
      } else used += (used > 0 ? 1 : 0) + length;
    }
  }
  return lines;
}

/** The wrapped lines a row may show: its height is at most 409 points, Excel's limit. */
const MAX_ROW_LINES = Math.floor((MAX_ROW_HEIGHT - ROW_PADDING) / LINE_HEIGHT);
export { MAX_CELL_CHARS };

/** The most lines of a row's wrapped cells. */
function rowLines(values: readonly Cell[], columns: readonly Column[]): number {
  let lines = 1;
  values.forEach((value, i) => {
    const column = columns[i];
    if (column?.wrap && value !== '') lines = Math.max(lines, wrappedLines(String(value), column.width));
  });
  return lines;
}

/** A row's height in points: its tallest wrapped cell. */
function rowHeight(values: readonly Cell[], columns: readonly Column[]): number {
  return Math.min(MAX_ROW_HEIGHT, Math.round((rowLines(values, columns) * LINE_HEIGHT + ROW_PADDING) * 4) / 4);
}

/** Whether the start of `text` up to `end` (UTF-16 units) fits one row. */
const fits = (text: string, end: number, width: number) => end <= MAX_CELL_CHARS && wrappedLines(text.slice(0, end), width) <= MAX_ROW_LINES;

/**
 * A text cut into pieces that each fit one row (at most MAX_ROW_LINES wrapped lines, at most
 * MAX_CELL_CHARS characters), at spaces or line breaks: the longest piece that fits, found by
 * halving among the places a piece may end; a word longer than a whole row is cut between characters.
 * The pieces joined by a space give the text back, its spaces at the cuts aside.
 */
export function rowPieces(text: string, width: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (!fits(rest, rest.length, width)) {
    const breaks: number[] = [];
    for (const m of rest.matchAll(/[ \t\r\n]+/g)) if (m.index > 0) breaks.push(m.index);
    let low = -1;
    for (let lo = 0, hi = breaks.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      if (fits(rest, breaks[mid]!, width)) {
        low = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    let end: number;
    if (low >= 0) end = breaks[low]!;
    else {
      // No space to cut at: as many characters as fit (never half a surrogate pair).
      let lo = 1;
      let hi = rest.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (fits(rest, mid, width)) lo = mid;
        else hi = mid - 1;
      }
      end = lo;
      const code = rest.charCodeAt(end - 1);
      if (code >= 0xd800 && code <= 0xdbff && end > 1) end--;
    }
    pieces.push(rest.slice(0, end));
    rest = rest.slice(end).replace(/^[ \t\r\n]+/, '');
  }
  pieces.push(rest);
  return pieces;
}

/**
 * A line's row, or when a wrapped cell needs more than a row holds (Excel's 409 points, or 32,767
 * characters), that row and rows below it: every word shown and printed. A row below repeats the
 * line's number, ID and time code, says "(continued)" after its location, and leaves Words and
 * Seconds empty, so sums are those of the lines.
 */
function continuedRows(row: Cell[], columns: readonly Column[], heading: Heading): Cell[][] {
  let long = rowLines(row, columns) > MAX_ROW_LINES;
  for (const value of row) if (typeof value === 'string' && value.length > MAX_CELL_CHARS) long = true;
  if (!long) return [row];
  const pieces = row.map((value, i) => (columns[i]!.wrap && typeof value === 'string' && value !== '' ? rowPieces(value, columns[i]!.width) : [value]));
  const count = Math.max(...pieces.map((p) => p.length));
  const rows: Cell[][] = [];
  for (let n = 0; n < count; n++) {
    rows.push(
      row.map((value, i): Cell => {
        const column = columns[i]!;
        if (n === 0) return pieces[i]![0]!;
        if (column.repeat) return value;
        if (column.continued) return `${value} ${heading('(continued)')}`;
        return column.wrap && typeof value === 'string' ? (pieces[i]![n] ?? '') : '';
      }),
    );
  }
  return rows;
}

function body(rows: readonly Cell[][], columns: readonly Column[], heading: Heading, split = false): Row[] {
  return (split ? rows.flatMap((row) => continuedRows(row, columns, heading)) : rows).map((row) => {
    const height = rowHeight(row, columns);
    return row.map((value, i): CellObject => {
      const column = columns[i]!;
      const cell: CellObject = value === '' ? {} : typeof value === 'number' ? { value, type: Number } : { value, type: String };
      if (typeof value === 'number' && column.format) cell.format = column.format;
      Object.assign(cell, border, { alignVertical: 'top', height });
      if (column.wrap) cell.wrap = true;
      if (column.dim) cell.textColor = DIM;
      return cell;
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Sheets

interface BuiltSheet {
  sheet: XlsxSheet;
  print: Omit<PrintedSheet, 'name'>;
}

function built(name: string, data: Row[], columns: readonly Column[], headerRow: number, pageTitle: string, heading: Heading, meta?: WorkbookMeta): BuiltSheet {
  return {
    sheet: { sheet: name, data, columns: columns.map((c) => ({ width: widthOf(c, heading) })), stickyRowsCount: headerRow, orientation: 'landscape' },
    print: { headerRow, columns: columns.length, rows: data.length, title: pageTitle, pageOf: [heading('Page'), heading('of')], ...(meta ? { meta } : {}) },
  };
}

const PACE_TITLE = 'Pace (wpm)';

/** The summary's voice table, one column per entry: #14 adds pay units here. */
const SUMMARY_TABLE: readonly (Column & { cell: (g: Totals) => CellObject | null })[] = [
  { title: 'Voice', width: 28, wrap: true, cell: (g) => ({ value: g.name, type: String }) },
  { title: 'Lines', width: 8, cell: (g) => ({ value: g.lineCount, type: Number }) },
  { title: 'Words', width: 9, cell: (g) => ({ value: g.words, type: Number }) },
  { title: 'Spoken words', width: 9, wrap: true, cell: (g) => ({ value: g.spokenWords, type: Number }) },
  { title: 'Seconds', width: 10, cell: (g) => ({ value: g.seconds, type: Number, format: SECONDS_FORMAT }) },
  // The time as summary shows it, to the second: the voices' and the unassigned text's add up to the whole script's.
  { title: 'Estimated time', width: 11, wrap: true, cell: (g) => time(g.shownSeconds ?? g.seconds) },
  // No one pace for the whole script when voices have their own: its time is the sum of theirs.
  { title: PACE_TITLE, width: 8, wrap: true, cell: (g) => (g.mixedPaces ? null : { value: g.wpm, type: Number }) },
  { title: 'Share', width: 9, cell: (g) => ({ value: g.share, type: Number, format: '0.0%' }) }, // full precision: the format rounds, as summary does
];
export const SUMMARY_COLUMNS = SUMMARY_TABLE.map((c) => c.title);

const FINISHED_MINUTES = 'Finished minutes';
/** Pay units (issue 14), after the counts when the report has them; Fee and Currency with a rate card. */
const PAY_TABLE: readonly (Column & { cell: (g: Totals) => CellObject | null })[] = [
  { title: 'Characters', width: 11, cell: (g) => ({ value: g.characters ?? 0, type: Number }) },
  { title: 'Dubbing lines', width: 9, wrap: true, cell: (g) => ({ value: g.dubbingLines ?? 0, type: Number }) },
  { title: FINISHED_MINUTES, width: 10, wrap: true, cell: (g) => ({ value: g.finishedMinutes ?? 0, type: Number, format: '0.00' }) },
];
const FEE_TABLE: readonly (Column & { cell: (g: Totals) => CellObject | null })[] = [
  // A row with no fee says why, as summary does (`no lines`, `not quoted`); the whole script in several
  // currencies says its sums as text (`53.36 EUR + 88 JPY`): no one number adds up euros and yen.
  {
    title: 'Fee',
    width: 11,
    wrap: true,
    cell: (g) => (g.fee ? { value: g.fee.amount, type: Number, format: moneyFormat(g.fee.currency) } : g.fees?.length ? { value: g.fees.map((f) => `${moneyText(f.amount, f.currency)} ${f.currency}`).join(' + '), type: String } : g.noFee ? { value: g.noFee, type: String } : null),
  },
  { title: 'Currency', width: 9, wrap: true, cell: (g) => (g.fee ? { value: g.fee.currency, type: String } : g.fees?.length ? { value: g.fees.map((f) => f.currency).join(' + '), type: String } : null) },
  // What a voice's fee is worked out on, as summary says it: the rate, the unit and the units, the
  // minimum when it was charged, the estimated seconds of a fee per finished minute or hour.
  { title: 'Fee basis', width: 30, wrap: true, cell: (g) => (g.fee?.per !== undefined ? { value: feeBasis(g.fee as Fee, g.headings ?? 'en'), type: String } : null) },
];
/** The Fee column's title when a fee rests on the estimated time (per finished minute or hour). */
const ESTIMATED_FEE_TITLE = 'Fee (est.)';
/**
 * With a card per finished hour: each row's Seconds over 3,600, unrounded (shown to the millionth: 0.8 s is
 * 0.000222), what its fee is worked out on (Fee = rate × Finished hours); the rows add up as the Seconds do.
 */
const FINISHED_HOURS: Column & { cell: (g: Totals) => CellObject | null } = { title: 'Finished hours', width: 10, wrap: true, cell: (g) => ({ value: g.seconds / 3600, type: Number, format: '0.000000' }) };


/**
 * `$300.00 per finished hour × 0.000222 finished hours: 0.8 s estimated`, `minimum; €0.20 per word × 97 words` (English numbers,
 * as the sheet's; French words with French headings: `minimum ; €0.20 par mot × 97 mots`).
 */
function feeBasis(fee: Fee, lang: HeadingsLang): string {
  const [one, many] = UNIT_WORDS[lang][fee.per as RateUnit]!;
  const fr = lang === 'fr';
  const number = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  const estimated = fee.estimated && fee.seconds !== undefined ? (fr ? ` : ${number(fee.seconds)} s estimées` : `: ${number(fee.seconds)} s estimated`) : '';
  return `${fee.minimumApplied ? (fr ? 'minimum ; ' : 'minimum; ') : ''}${formatMoney(fee.rate, fee.currency, 'en', true)} ${fr ? 'par' : 'per'} ${one} × ${number(fee.units)} ${fee.units === 1 ? one : many}${estimated}`;
}
export const PAY_COLUMNS = PAY_TABLE.map((c) => c.title);
export const FEE_COLUMNS = FEE_TABLE.map((c) => c.title);

type Totals = Pick<ExportGroup, 'name' | 'lineCount' | 'words' | 'spokenWords' | 'seconds' | 'share' | 'wpm' | 'syllablesPerSecond'> &
  Partial<Pick<GroupReport, 'characters' | 'dubbingLines' | 'finishedMinutes' | 'finishedHours'>> & {
    /** A voice's fee (measure/pay.ts Fee), or a sum of fees (its amount and currency only). */
    fee?: ({ amount: number; currency: string } & Partial<Fee>) | undefined;
    /** The whole script's sums when they are in more than one currency. */
    fees?: readonly { amount: number; currency: string }[] | undefined;
    /** Why a row of a quoted summary has no fee: `no lines`, `no words`, `not quoted`. */
    noFee?: string;
    mixedPaces?: boolean;
    shownSeconds?: number;
    /** The language of the sheet's words (its fee basis). */
    headings?: HeadingsLang;
  };

/** An amount as text, to the currency's minor unit with English separators (`1,234.50`, `88`). */
function moneyText(amount: number, currency: string): string {
  const digits = currencyDigits(currency);
  return amount.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** An amount's number format: to the currency's minor unit (`#,##0.00`, `#,##0` for JPY, `#,##0.000` for KWD). */
function moneyFormat(currency: string): string {
  const digits = currencyDigits(currency);
  return digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
}

function infoRows(report: Report, meta: WorkbookMeta | undefined, heading: Heading): Row[] {
  const label = (text: string): CellObject => ({ value: heading(text), type: String, fontWeight: 'bold' });
  const text = (value: string): CellObject => ({ value, type: String });
  const voicesFrom = report.mode === 'config' ? (report.config ? configSource(report.config, heading.lang) : heading('a config')) : heading(report.mode === 'legend' ? 'the legend in the script' : 'the colours found, not named voices (no config, no legend)');
  const rows: Row[] = [[label('Script'), { ...text(meta?.script ?? report.file), columnSpan: 6 }]];
  if (meta) {
    rows.push([label('SHA-256'), { ...text(meta.sha256.slice(0, 12)), columnSpan: 6 }]);
    rows.push([label('Exported'), { ...text(meta.date), columnSpan: 6 }]);
    rows.push([label('Tool'), { ...text(`vo-lines ${meta.version}`), columnSpan: 6 }]);
  }
  rows.push([label('Voices from'), { ...text(voicesFrom), columnSpan: 6 }]);
  rows.push([]);
  return rows;
}

function summarySheet(report: Report, groups: ExportGroup[], unassignedExported: boolean, meta: WorkbookMeta | undefined, times: ShownTimes, options: ExportOptions = {}): BuiltSheet {
  const lang = options.headings ?? 'en';
  const heading = headingsIn(lang);
  // (The unassigned text's group is the one past the voices.)
  const totals: Totals[] = groups.map((g, i) => ({ ...g, name: groupLabel(g, i >= report.voices.length, heading), shownSeconds: i < report.voices.length ? times.byName.get(g.name) : times.unassigned }));
  // The voices left out (`--voice NAME`) in one row after the voices', so the rows add up to the whole script.
  const others = otherVoices(options.others, (name) => times.byName.get(name));
  if (others) {
    const { wpm, fees, ...rest } = others;
    const row: Totals = { ...rest, name: heading(rest.name), wpm: wpm ?? 0, mixedPaces: wpm === null, ...(fees?.length === 1 ? { fee: fees[0] } : fees ? { fees } : {}) };
    totals.splice(report.voices.length, 0, row);
  }
  // The summary accounts for the whole script, so unassigned text has its row even when it has no sheet.
  if (!unassignedExported && report.unassigned.lineCount > 0) totals.push({ name: heading(UNASSIGNED_LABEL), ...report.unassigned, shownSeconds: times.unassigned });
  // One fee for the whole script only when every voice is quoted in the same currency.
  const fees = report.total.fees ?? [];
  const whole: Totals = { name: heading('Whole script'), ...report.total, share: report.total.words ? 1 : 0, fee: fees.length === 1 ? fees[0] : undefined, mixedPaces: scriptPace(report) === null, shownSeconds: times.total };
  if (fees.length > 1) whole.fees = fees;
  const paid = report.total.characters !== undefined;
  // Quoted when a voice is, the voices left out (`--voice NAME`) too: their row's fee adds up to the total.
  const quoted = report.voices.some((v) => v.fee) || (options.others ?? []).some((v) => v.fee);
  // A rate card beside colour groups: no fee until the voices are named (measure/report.ts feesNotQuoted).
  const withheld = !quoted && report.warnings.some((w) => w.code === FEES_NOT_QUOTED);
  if (quoted) {
    totals.forEach((g, i) => {
      if (g.fee || g.fees) return;
      g.noFee = heading(i < report.voices.length && g.words === 0 ? (g.lineCount === 0 ? 'no lines' : 'no words') : 'not quoted');
    });
  } else if (withheld) {
    for (const g of totals) g.noFee = heading(NOT_QUOTED_UNNAMED);
    whole.noFee = heading(NOT_QUOTED_UNNAMED);
  }
  for (const g of [...totals, whole]) g.headings = lang;
  // A script in Chinese or Japanese is timed in characters a minute: its Pace column says so.
  // Timed by syllables: the Pace column holds the syllable rate each row was timed at, not a wpm that timed nothing.
  const syllableRate = report.timing?.syllablesPerSecond;
  if (syllableRate !== undefined) {
    whole.syllablesPerSecond = syllableRate;
    if (others) {
      const rates = new Set((options.others ?? []).map((v) => v.syllablesPerSecond));
      const row = totals[report.voices.length]!;
      if (rates.size === 1) row.syllablesPerSecond = [...rates][0];
      row.mixedPaces = rates.size !== 1;
    }
  }
  const summaryTable =
    syllableRate !== undefined
      ? SUMMARY_TABLE.map((c) => (c.title === PACE_TITLE ? { ...c, title: 'Pace (syllables/s)', cell: (g: Totals) => (g.mixedPaces || g.syllablesPerSecond === undefined ? null : { value: g.syllablesPerSecond, type: Number }) } : c))
      : report.timing?.paceUnit === 'characters'
        ? SUMMARY_TABLE.map((c) => (c.title === PACE_TITLE ? { ...c, title: 'Pace (characters/min)' } : c))
        : SUMMARY_TABLE;
  // A card per finished hour: the hours beside the minutes; a fee on the estimated time: its column says so.
  const quotedVoices = [...report.voices, ...(options.others ?? [])];
  // Finished minutes to the hundredth, or to as many decimals as the report gives them (a time above 0 never reads 0.00).
  const minuteDigits = shownDigits([whole, ...totals].map((g) => g.finishedMinutes ?? 0), FINISHED_DIGITS.minutes);
  const payColumns = minuteDigits === FINISHED_DIGITS.minutes ? PAY_TABLE : PAY_TABLE.map((c) => (c.title === FINISHED_MINUTES ? { ...c, cell: (g: Totals) => ({ value: g.finishedMinutes ?? 0, type: Number, format: `0.${'0'.repeat(minuteDigits)}` }) } : c));
  const payTable = quotedVoices.some((v) => v.fee?.per === 'finished-hour') ? [...payColumns, FINISHED_HOURS] : payColumns;
  const feeTable = quotedVoices.some((v) => v.fee?.estimated) ? FEE_TABLE.map((c) => (c.title === 'Fee' ? { ...c, title: ESTIMATED_FEE_TITLE } : c)) : quoted ? FEE_TABLE : FEE_TABLE.slice(0, -1);
  const table = [...summaryTable, ...(paid ? payTable : []), ...(quoted || withheld ? feeTable : [])];
  const rows = [...totals.map((g) => table.map((c) => c.cell(g))), table.map((c) => ({ ...c.cell(whole), fontWeight: 'bold' as const }))];
  const info = infoRows(report, meta, heading);
  const styled = rows.map((row) => row.map((cell, i) => ({ ...(cell as CellObject), ...border, alignVertical: 'top' as const, ...(table[i]!.wrap ? { wrap: true } : {}) })));
  const data = [...info, header(table, heading), ...styled];
  return built(heading(SUMMARY_SHEET), data, table, info.length + 1, heading('Summary'), heading, meta);
}

/** A time to the tenth of a second (`0:20.3`). */
const TENTHS_FORMAT = '[m]:ss.0';

/**
 * A section's estimated time, to the second as summary's voices show it; but where a second rounded
 * down would seem to fit a target it does not (20.4 s of 20: `0:20` beside `Fits NO`), to the tenth,
 * rounded up (`0:20.4`), so that what is shown agrees with Fits.
 */
function estimatedTime(s: Section): CellObject {
  const whole = Math.round(s.seconds);
  if (s.targetSeconds === null || whole <= s.targetSeconds === s.seconds <= s.targetSeconds) return time(whole);
  const tenths = s.seconds > s.targetSeconds ? Math.ceil(s.seconds * 10 - 1e-9) / 10 : Math.floor(s.seconds * 10 + 1e-9) / 10;
  return { value: tenths / SECONDS_PER_DAY, type: Number, format: TENTHS_FORMAT };
}

/** One row per section: its target and time, then each voice's words and time. */
function sectionsSheet(report: Report, meta: WorkbookMeta | undefined, lang: HeadingsLang): BuiltSheet {
  const heading = headingsIn(lang);
  const voices = report.voices.map((v) => v.name);
  // Times to the second, as summary shows them: each section's voices' add up to its own.
  const shown = new Map(report.sections.map((s) => [s, shownSectionTimes(s)]));
  const shownOf = (s: Section, name: string) => {
    const index = s.voices.findIndex((v) => v.name === name);
    return index < 0 ? 0 : shown.get(s)![index]!;
  };
  const columns: (Column & { cell: (s: Section) => CellObject | null })[] = [
    { title: 'Section', width: 34, wrap: true, cell: (s) => ({ value: `${'  '.repeat(s.level - 1)}${s.source === 'start' ? heading(s.title) : s.title}`, type: String }) },
    { title: 'Location', width: 11, wrap: true, cell: (s) => ({ value: formatLocation(s.location, lang), type: String }) },
    { title: 'Target', width: 9, cell: (s) => (s.targetSeconds === null ? null : time(s.targetSeconds)) },
    { title: 'Estimated time', width: 11, wrap: true, cell: estimatedTime },
    { title: 'Seconds', width: 9, cell: (s) => ({ value: s.seconds, type: Number, format: SECONDS_FORMAT }) },
    { title: 'Fits', width: 6, cell: (s) => (s.targetSeconds === null ? null : { value: heading(s.seconds <= s.targetSeconds ? 'yes' : 'NO'), type: String }) },
    { title: 'Words', width: 8, cell: (s) => ({ value: s.words, type: Number }) },
    ...voices.flatMap((name) => {
      const voice = (s: Section) => s.voices.find((v) => v.name === name);
      return [
        { title: voiceColumn(name, 'words', lang), named: true, width: 10, wrap: true, cell: (s: Section) => ({ value: voice(s)?.words ?? 0, type: Number }) },
        { title: voiceColumn(name, 'time', lang), named: true, width: 10, wrap: true, cell: (s: Section) => time(shownOf(s, name)) },
      ];
    }),
  ];
  const rows = report.sections.map((section) => {
    const height = rowHeight([section.title, formatLocation(section.location, lang)], columns);
    return columns.map((c) => ({ ...(c.cell(section) ?? {}), ...border, alignVertical: 'top' as const, height, ...(c.wrap ? { wrap: true } : {}) }));
  });
  return built(heading(SECTIONS_SHEET), [header(columns, heading), ...rows], columns, 1, heading('Sections'), heading, meta);
}

/** Cue, Line, Location and Notes wrap; the cue is dimmed, as in the booth script. A dubbing script's lines have a Timecode column. */
const lineSheet = (withTimecode: boolean): readonly Column[] => lineColumns(withTimecode).map((title): Column => {
  switch (title) {
    case 'Timecode':
      return { title, width: 14, wrap: true, repeat: true };
    case '#':
      return { title, width: 5, repeat: true };
    case 'Line ID':
      return { title, width: 12, repeat: true };
    case 'Location':
      return { title, width: 14, wrap: true, continued: true };
    case 'Cue':
      return { title, width: 34, wrap: true, dim: true };
    case 'Line':
      return { title, width: 50, wrap: true };
    case 'Words':
      return { title, width: 7 };
    case 'Seconds':
      return { title, width: 9, format: SECONDS_FORMAT };
    case 'Notes':
      return { title, width: 18, wrap: true };
  }
});

const LINE_SHEETS = { plain: lineSheet(false), timed: lineSheet(true) };

function voiceSheet(name: string, group: ExportGroup, unassigned: boolean, meta: WorkbookMeta | undefined, heading: Heading): BuiltSheet {
  const withTimecode = timed(group.lines);
  const columns = withTimecode ? LINE_SHEETS.timed : LINE_SHEETS.plain;
  return built(name, [header(columns, heading), ...body(lineRows(group, withTimecode, heading), columns, heading, true)], columns, 1, groupLabel(group, unassigned, heading), heading, meta);
}

async function bytes(sheets: BuiltSheet[], paper: Paper, meta: WorkbookMeta | undefined): Promise<Uint8Array> {
  const printed = sheets.map((s) => ({ ...s.print, name: s.sheet.sheet! }));
  // The writer is loaded by workbookBytes when a workbook is written: no other command pays for it.
  return workbookBytes(
    sheets.map((s) => s.sheet),
    { fontFamily: FONT.family, fontSize: FONT.size, features: [printSetup(printed, paper)] },
    meta?.date,
  );
}

/** The workbook's sheets in order: Summary, Sections (when the script has any), then one per exported group (named in the headings' language). */
export function workbookSheets(report: Report, options: ExportOptions = {}): string[] {
  const heading = headingsIn(options.headings);
  const groups = exportGroups(report, options);
  const fixed = (report.sections.length > 0 ? [SUMMARY_SHEET, SECTIONS_SHEET] : [SUMMARY_SHEET]).map(heading);
  return [...fixed, ...sheetNames(groups.map((g, i) => groupLabel(g, i >= report.voices.length, heading)), fixed)];
}

/** The workbook: Summary, Sections (when there are any), then one sheet per exported voice (and "Unassigned" when asked for). */
export async function renderXlsx(report: Report, options: XlsxOptions = {}): Promise<Uint8Array> {
  const groups = exportGroups(report, options);
  const hasSections = report.sections.length > 0;
  const names = workbookSheets(report, options).slice(hasSections ? 2 : 1);
  const heading = headingsIn(options.headings);
  return bytes(
    [
      summarySheet(report, groups, options.unassigned === true, options.meta, options.times ?? shownTimes(report), options),
      ...(hasSections ? [sectionsSheet(report, options.meta, options.headings ?? 'en')] : []),
      ...groups.map((group, i) => voiceSheet(names[i]!, group, i >= report.voices.length, options.meta, heading)),
    ],
    options.paper ?? 'a4',
    options.meta,
  );
}

export const VOICEQ_SHEET = 'Script';

/** The VoiceQ import template as one sheet, every exported line in script order. */
export async function renderVoiceqXlsx(report: Report, options: XlsxOptions & { lang: string }): Promise<Uint8Array> {
  const columns: Column[] = voiceqColumns(options.lang).map((title, i) => ({ title, ...[{ width: 60, wrap: true }, { width: 10 }, { width: 10 }, { width: 20, wrap: true }, { width: 34, wrap: true }][i]! }));
  const rows = voiceqRows(exportGroups(report, options));
  // VoiceQ's importer reads its own column names: the template keeps them in English.
  const heading = headingsIn('en');
  return bytes([built(VOICEQ_SHEET, [header(columns, heading), ...body(rows, columns, heading)], columns, 1, 'VoiceQ script', heading, options.meta)], options.paper ?? 'a4', options.meta);
}
