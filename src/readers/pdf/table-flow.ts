import { continuesLine, type LaidParagraph } from './paragraphs.js';
import type { RuledTable } from './tables.js';
import { normaliseSpace } from '../../text/words.js';

/**
 * Tables that go on over a page break. A table that closes one page and one that opens the next
 * with the same column borders are one table: it keeps its number and counts its rows on; a copy
 * of its first row(s) at the top of the new page (a repeated header: same cells, same text) is
 * read once; a row broken by the page (its first cell left empty on the new page, or a cell's
 * paragraph carried on mid-sentence) is one row, each cell's text going on where it stopped.
 */

/** Column borders further apart than this (points) are different tables. */
const SAME_BORDER = 3;
/** Header rows compared at most. */
const HEADER_ROWS = 3;

interface OpenTable {
  number: number;
  page: number;
  columns: number[];
  /** Text of the table's first rows, column by column: what a repeated header repeats. */
  head: string[][];
  lastRow: number;
}

type Cell = NonNullable<LaidParagraph['cell']>;

const textOf = (paras: LaidParagraph[]) => paras.map((p) => p.lines.map((l) => l.text.trim()).join(' ')).join('\n');

/** Cell texts of one row, by column (1-based), as one key. */
function rowTexts(paras: LaidParagraph[], row: number): string[] {
  const columns = new Map<number, LaidParagraph[]>();
  for (const p of paras) {
    if (p.cell!.row !== row) continue;
    const list = columns.get(p.cell!.column);
    if (list) list.push(p);
    else columns.set(p.cell!.column, [p]);
  }
  return [...columns].sort((a, b) => a[0] - b[0]).map(([c, list]) => `${c}\t${textOf(list)}`);
}

/** A header cell's text ("2\tVoice-over"): a few words, not a sentence. */
const headerLike = (cell: string) => {
  const text = cell.slice(cell.indexOf('\t') + 1).trim();
  return text.length > 0 && normaliseSpace(text).split(' ').length <= 3 && !/[.!?…]$/u.test(text);
};

const sameRow = (a: string[], b: string[]) => a.length > 0 && a.length === b.length && a.every((t, i) => t === b[i]);

export class TableFlow {
  private readonly numbers = new Map<string, number>();
  /** Per continued fragment ("frame:table"): its repeated header rows and how its rows shift. */
  private readonly shifts = new Map<string, { headerRows: number; shift: number; repeats?: number[] }>();
  private count = 0;
  private open: OpenTable | null = null;

  /** Where a row of a frame's table stands in the document (null: not numbered, or a repeated header row). */
  locate(frame: number, table: number, row: number): { table: number; row: number } | null {
    const key = `${frame}:${table}`;
    const number = this.numbers.get(key);
    if (number === undefined) return null;
    const shift = this.shifts.get(key);
    if (!shift) return { table: number, row };
    if (row <= shift.headerRows || shift.repeats?.includes(row)) return null;
    return { table: number, row: row - (shift.repeats ?? []).filter((r) => r < row).length + shift.shift };
  }

  /**
   * Numbers the table cells of one frame's paragraphs (in reading order) across the document and
   * returns the paragraphs to keep: repeated headers left out, the pieces of a broken row merged
   * into the paragraphs already in `body`.
   */
  place(paras: LaidParagraph[], frame: number, tables: RuledTable[], body: LaidParagraph[]): LaidParagraph[] {
    if (!paras.length) return paras;
    const first = paras[0];
    const open = this.open;
    const continued =
      first.cell && open && open.page < first.page && sameColumns(open.columns, tables[first.cell.table - 1].columns.map((c) => c.at))
        ? first.cell.table
        : null;
    const kept: LaidParagraph[] = [];
    // Local table number → rows of this fragment mapped to the table's rows (continued table only).
    let headerRows = 0;
    let shift = 0;
    if (continued !== null && open) {
      const fragment = paras.filter((p) => p.cell?.table === continued);
      while (headerRows < open.head.length && sameRow(rowTexts(fragment, headerRows + 1), open.head[headerRows])) headerRows++;
      const firstRow = headerRows + 1;
      const prevRow = body.filter((p) => p.cell && p.cell.table === open.number && p.cell.row === open.lastRow);
      const nextRow = fragment.filter((p) => p.cell!.row === firstRow);
      const broken = brokenRow(prevRow, nextRow);
      shift = open.lastRow - headerRows - (broken ? 1 : 0);
      this.numbers.set(`${frame}:${continued}`, open.number);
      this.shifts.set(`${frame}:${continued}`, { headerRows, shift });
      if (broken) {
        // Each cell's first paragraph on the new page goes on with that cell's last one, if it carries on.
        for (const p of nextRow) {
          const before = prevRow.filter((q) => q.cell!.column === p.cell!.column).pop();
          if (before && p === nextRow.find((q) => q.cell!.column === p.cell!.column) && continuesLine(before, p)) {
            before.lines.push(...p.lines);
            p.lines = [];
          }
        }
      }
    }
    // The header row drawn again further down the same page, over the last row there: ReportLab
    // splitting a row (splitInRow) repeats the header before the row's first part, even on the
    // page the table started on. Read once. Only a row of header-like cells (a few words, no
    // sentence) over the fragment's last row is taken for one: a script line repeated is read.
    const repeats = new Map<number, number[]>();
    for (const t of new Set(paras.filter((p) => p.cell).map((p) => p.cell!.table))) {
      const fragment = paras.filter((p) => p.cell?.table === t);
      const head = t === continued && open ? open.head[0] : rowTexts(fragment, 1);
      if (!head || head.length < 2 || !head.every(headerLike)) continue;
      const from = t === continued ? headerRows + 1 : 2;
      const last = Math.max(...fragment.map((p) => p.cell!.row));
      if (last - 1 > from && sameRow(rowTexts(fragment, last - 1), head)) repeats.set(t, [last - 1]);
    }
    const dropped = (table: number, row: number) => (repeats.get(table) ?? []).filter((r) => r < row).length;
    for (const [t, rows] of repeats) {
      const key = `${frame}:${t}`;
      this.shifts.set(key, { ...(this.shifts.get(key) ?? { headerRows: 0, shift: 0 }), repeats: rows });
    }
    for (const p of paras) {
      if (!p.cell) {
        kept.push(p);
        continue;
      }
      const key = `${frame}:${p.cell.table}`;
      if (repeats.get(p.cell.table)?.includes(p.cell.row)) continue;
      const row = p.cell.row - dropped(p.cell.table, p.cell.row);
      if (p.cell.table === continued) {
        if (p.cell.row <= headerRows || !p.lines.length) continue;
        p.cell = { ...p.cell, table: this.numbers.get(key)!, row: row + shift };
      } else {
        let number = this.numbers.get(key);
        if (number === undefined) {
          number = ++this.count;
          this.numbers.set(key, number);
        }
        p.cell = { ...p.cell, table: number, row };
      }
      kept.push(p);
    }
    this.remember(paras, kept, frame, tables, continued);
    return kept;
  }

  /** Keeps the table that closes this frame, if one does, for the next page. */
  private remember(paras: LaidParagraph[], kept: LaidParagraph[], frame: number, tables: RuledTable[], continued: number | null): void {
    const last = paras[paras.length - 1];
    if (!last.cell) {
      this.open = null;
      return;
    }
    const local = [...this.numbers].find(([k, n]) => k.startsWith(`${frame}:`) && n === last.cell!.table);
    const localTable = local ? Number(local[0].split(':')[1]) : last.cell.table;
    const number = last.cell.table;
    const rows = kept.filter((p) => p.cell?.table === number);
    const lastRow = Math.max(...rows.map((p) => (p.cell as Cell).row), this.open?.number === number ? this.open.lastRow : 0);
    const head =
      continued !== null && this.open?.number === number
        ? this.open.head
        : Array.from({ length: HEADER_ROWS }, (_, i) => rowTexts(rows, i + 1)).filter((r) => r.length);
    this.open = { number, page: last.page, columns: tables[localTable - 1].columns.map((c) => c.at), head, lastRow };
  }
}

function sameColumns(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) <= SAME_BORDER);
}

/**
 * Whether the first row on the new page is the rest of the row the old page ended with: its
 * first cell is empty where the old one had text, or a cell's text carries on mid-paragraph.
 */
function brokenRow(prev: LaidParagraph[], next: LaidParagraph[]): boolean {
  if (!prev.length || !next.length) return false;
  const has = (list: LaidParagraph[], column: number) => list.some((p) => p.cell!.column === column);
  if (has(prev, 1) && !has(next, 1)) return true;
  return next.some((p) => {
    const before = prev.filter((q) => q.cell!.column === p.cell!.column).pop();
    return !!before && continuesLine(before, p) && /^\p{Ll}/u.test(p.lines[0].text.trimStart());
  });
}
