import type { Box, Ruling } from './types.js';

/** Rulings closer than this (points) touch; border positions closer than this are one border. */
const TOUCH = 2;

/** A ruled table: its outline and its border lines grouped by position. */
export interface RuledTable {
  box: Box;
  /** Horizontal borders by y, each with the x-spans drawn at that y. */
  rows: { at: number; spans: [number, number][] }[];
  /** Vertical borders by x, each with the y-spans drawn at that x. */
  columns: { at: number; spans: [number, number][] }[];
}

/**
 * Finds tables drawn with borders: connected groups of horizontal and vertical rulings that
 * make at least two cells. Borderless tables are left to the column logic of the layout.
 */
export function findTables(rulings: Ruling[]): RuledTable[] {
  const n = rulings.length;
  if (n < 4) return [];
  const parent = rulings.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = rulings[i], b = rulings[j];
      if (a.horizontal === b.horizontal) continue;
      const [h, v] = a.horizontal ? [a, b] : [b, a];
      if (v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH) {
        parent[find(i)] = find(j);
      }
    }
  }
  const groups = new Map<number, Ruling[]>();
  rulings.forEach((r, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  });
  const tables: RuledTable[] = [];
  for (const group of groups.values()) {
    const rows = positions(group.filter((r) => r.horizontal));
    const columns = positions(group.filter((r) => !r.horizontal));
    if (rows.length < 2 || columns.length < 2 || (rows.length - 1) * (columns.length - 1) < 2) continue;
    // The outline reaches as far as any border: a row broken by the page break has side borders
    // but no bottom one.
    let bottom = rows[rows.length - 1].at, right = columns[columns.length - 1].at;
    for (const c of columns) for (const [, to] of c.spans) bottom = Math.max(bottom, to);
    for (const r of rows) for (const [, to] of r.spans) right = Math.max(right, to);
    tables.push({ box: [columns[0].at, rows[0].at, right, bottom], rows, columns });
  }
  return tables;
}

/**
 * Borders closer than this (points) are one grid line: a browser draws each cell's own border
 * (`border="1"`, separated borders), so two rules 2–3 pt apart stand between neighbouring cells,
 * and the table's outline beside the cells' ones. No row or column is this thin.
 */
const SAME_LINE = 4.5;

function positions(rulings: Ruling[]): RuledTable['rows'] {
  const sorted = [...rulings].sort((a, b) => a.at - b.at);
  const out: RuledTable['rows'] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.at - last.at <= SAME_LINE) last.spans.push([r.from, r.to]);
    else out.push({ at: r.at, spans: [[r.from, r.to]] });
  }
  return out;
}

/**
 * Row and column of a point, numbered as Word numbers them: rows by the grid (every horizontal
 * border above it, even one that a cell merged down rows hides here), columns within the row (the
 * borders left of it that are drawn across it: a cell merged across columns is one cell).
 */
export function cellAt(table: RuledTable, x: number, y: number): { row: number; column: number } {
  const row = table.rows.filter((l) => l.at < y).length;
  const column = table.columns.filter((l) => l.at < x && l.spans.some(([a, b]) => y >= a - TOUCH && y <= b + TOUCH)).length;
  return { row: Math.max(1, row), column: Math.max(1, column) };
}

export function insideTable(table: RuledTable, x: number, y: number): boolean {
  const b = table.box;
  return x >= b[0] - TOUCH && x <= b[2] + TOUCH && y >= b[1] - TOUCH && y <= b[3] + TOUCH;
}
