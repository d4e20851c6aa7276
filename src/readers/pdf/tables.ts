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
 * Finds tables drawn with borders: connected groups of horizontal and vertical rulings (crossing
 * or meeting, or pieces of one border: see joinCollinear) that make at least two cells. Borderless tables are left to the column logic of the layout.
 */
export function findTables(rulings: Ruling[]): RuledTable[] {
  if (rulings.length < 4) return [];
  const groups = new Map<number, Ruling[]>();
  const components = connect(rulings);
  rulings.forEach((r, i) => {
    const root = components.find(i);
    const group = groups.get(root);
    if (group) group.push(r);
    else groups.set(root, [r]);
  });
  const tables: RuledTable[] = [];
  for (const group of groups.values()) {
    const rows = positions(group.filter((r) => r.horizontal));
    const columns = positions(group.filter((r) => !r.horizontal));
    if (rows.length < 2 || columns.length < 2 || (rows.length - 1) * (columns.length - 1) < 2) continue;
    addUndrawnRows(rows, columns);
    // The outline reaches as far as any border: a row broken by the page break has side borders
    // but no bottom one.
    let bottom = rows[rows.length - 1].at, right = columns[columns.length - 1].at;
    for (const c of columns) for (const [, to] of c.spans) bottom = Math.max(bottom, to);
    for (const r of rows) for (const [, to] of r.spans) right = Math.max(right, to);
    tables.push({ box: [columns[0].at, rows[0].at, right, bottom], rows, columns });
  }
  return tables;
}

/** Union-find over ruling indexes, iterative (no recursion however long a chain), union by size. */
class Components {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
    this.size = new Int32Array(n).fill(1);
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    let x = this.find(a);
    let y = this.find(b);
    if (x === y) return;
    if (this.size[x]! < this.size[y]!) [x, y] = [y, x];
    this.parent[y] = x;
    this.size[x]! += this.size[y]!;
  }
}

/**
 * Which rulings touch, as connected components, in O(n log n) however many of them cross (a
 * hostile page may draw 20,000 lines): a sweep from left to right over the page. Horizontal
 * rulings are active while the sweep is within their x-span; each vertical ruling joins the
 * active horizontals within its y-span, found in a segment tree over the horizontals' y order.
 * A tree node remembers when all its active rulings are already joined, so a later vertical
 * crossing them all joins the node once instead of each ruling again.
 */
function connect(rulings: Ruling[]): Components {
  const components = new Components(rulings.length);
  joinCollinear(rulings, components);
  const horizontal = rulings.map((r, i) => i).filter((i) => rulings[i]!.horizontal);
  const vertical = rulings.map((r, i) => i).filter((i) => !rulings[i]!.horizontal);
  if (!horizontal.length || !vertical.length) return components;
  horizontal.sort((a, b) => rulings[a]!.at - rulings[b]!.at);
  const ys = horizontal.map((i) => rulings[i]!.at);
  const rankOf = new Map<number, number>(horizontal.map((i, rank) => [i, rank]));
  const tree = new ActiveSet(horizontal.length, components);
  // Events at one x: horizontals start, then verticals join, then horizontals end (spans are inclusive).
  type Event = { x: number; order: number; index: number };
  const events: Event[] = [];
  for (const i of horizontal) {
    const r = rulings[i]!;
    events.push({ x: r.from - TOUCH, order: 0, index: i }, { x: r.to + TOUCH, order: 2, index: i });
  }
  for (const i of vertical) events.push({ x: rulings[i]!.at, order: 1, index: i });
  events.sort((a, b) => a.x - b.x || a.order - b.order);
  for (const event of events) {
    const r = rulings[event.index]!;
    if (event.order === 0) tree.activate(rankOf.get(event.index)!, event.index);
    else if (event.order === 2) tree.deactivate(rankOf.get(event.index)!);
    else {
      const lo = firstWhere(ys, (y) => y >= r.from - TOUCH);
      const hi = firstWhere(ys, (y) => y > r.to + TOUCH) - 1;
      if (lo <= hi) tree.join(lo, hi, event.index);
    }
  }
  return components;
}

/**
 * A border drawn in pieces end to end (ReportLab draws a column border once for the header row and
 * once for the rows under it) is one border: rulings of one direction within TOUCH of each other's
 * line whose spans touch (within TOUCH) are joined, even where no ruling across meets them there.
 * A cell's own border beside its neighbour's is one cell boundary too: CSS's default
 * `border-collapse: separate` (Chromium, WeasyPrint) draws each cell's box apart from the next one
 * by the border spacing, so two parallel rulings about 2 pt apart, side by side along most of their
 * length, stand between neighbouring cells, and no ruling crosses from one cell's box to the next.
 * Rulings within SAME_LINE of each other's line (positions() makes them one grid line) that run
 * side by side along at least half the shorter one are joined.
 * Each ruling is compared with the next COLLINEAR_WINDOW ones in order of position: a page would
 * need that many pieces within 4.5 pt of one line (no table draws them) to go past it.
 */
function joinCollinear(rulings: Ruling[], components: Components): void {
  for (const horizontal of [true, false]) {
    const list = rulings.map((r, i) => i).filter((i) => rulings[i]!.horizontal === horizontal);
    list.sort((a, b) => rulings[a]!.at - rulings[b]!.at);
    for (let k = 0; k < list.length; k++) {
      const a = rulings[list[k]!]!;
      for (let m = k + 1; m < list.length && m <= k + COLLINEAR_WINDOW; m++) {
        const b = rulings[list[m]!]!;
        if (b.at - a.at > SAME_LINE) break;
        if (b.at - a.at <= TOUCH ? b.from <= a.to + TOUCH && a.from <= b.to + TOUCH : sideBySide(a, b)) components.union(list[k]!, list[m]!);
      }
    }
  }
}

const COLLINEAR_WINDOW = 256;

/** Whether two parallel rulings run beside each other along at least half the shorter one. */
function sideBySide(a: Ruling, b: Ruling): boolean {
  const shared = Math.min(a.to, b.to) - Math.max(a.from, b.from);
  return shared > 0 && shared >= 0.5 * Math.min(a.to - a.from, b.to - b.from);
}

/**
 * A row border left undrawn: a y inside the table where every column border drawn across it stops
 * and starts again (ReportLab draws no line under a repeated header row when the row after it was
 * broken by the page; a table with inside horizontal borders turned off still draws its column
 * borders cell by cell). Each such y is a row border, as the producer's cells were.
 */
function addUndrawnRows(rows: RuledTable['rows'], columns: RuledTable['columns']): void {
  if (columns.length < 2 || !rows.length) return;
  const top = rows[0].at;
  let bottom = rows[rows.length - 1].at;
  for (const c of columns) for (const [, to] of c.spans) bottom = Math.max(bottom, to);
  // Where each column border breaks: a piece ends and another starts within TOUCH.
  let common: number[] | null = null;
  for (const c of columns) {
    const spans = [...c.spans].sort((a, b) => a[0] - b[0]);
    const breaks: number[] = [];
    for (let i = 1; i < spans.length; i++) {
      const [, end] = spans[i - 1]!;
      const [start] = spans[i]!;
      if (Math.abs(start - end) <= TOUCH && end > top + SAME_LINE && end < bottom - SAME_LINE) breaks.push(end);
    }
    common = common === null ? breaks : common.filter((y) => breaks.some((b) => Math.abs(b - y) <= TOUCH));
    if (!common.length) return;
  }
  for (const y of common ?? []) {
    if (rows.some((r) => Math.abs(r.at - y) <= SAME_LINE)) continue;
    rows.push({ at: y, spans: [[columns[0].at, columns[columns.length - 1].at]] });
  }
  rows.sort((a, b) => a.at - b.at);
}

/** The first index of the sorted values at which `past` holds (values.length when nowhere). */
function firstWhere(values: number[], past: (value: number) => boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(values[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The active horizontal rulings by y rank, in a segment tree. Per node: how many are active,
 * whether all of them are known to be in one component, and a ruling of that component.
 */
class ActiveSet {
  private readonly count: Int32Array;
  private readonly joined: Uint8Array;
  private readonly member: Int32Array;

  constructor(
    private readonly n: number,
    private readonly components: Components,
  ) {
    this.count = new Int32Array(4 * n);
    this.joined = new Uint8Array(4 * n);
    this.member = new Int32Array(4 * n);
  }

  activate(rank: number, ruling: number): void {
    this.update(rank, ruling, 1);
  }

  deactivate(rank: number): void {
    this.update(rank, -1, -1);
  }

  /** Iterative descent to the leaf, then counts and flags fixed on the way back up. */
  private update(rank: number, ruling: number, delta: number): void {
    const path: number[] = [];
    let node = 1;
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      path.push(node);
      const mid = (lo + hi) >> 1;
      if (rank <= mid) {
        node = 2 * node;
        hi = mid;
      } else {
        node = 2 * node + 1;
        lo = mid + 1;
      }
    }
    this.count[node]! += delta;
    this.joined[node] = 1;
    if (delta > 0) this.member[node] = ruling;
    for (let k = path.length - 1; k >= 0; k--) {
      const p = path[k]!;
      this.count[p]! += delta;
      if (delta > 0) {
        // A newly active ruling is joined to nothing yet, unless it is the node's only one.
        if (this.count[p] === 1) {
          this.joined[p] = 1;
          this.member[p] = ruling;
        } else this.joined[p] = 0;
      }
      // An ending ruling leaves the others as joined as they were (components never split).
    }
  }

  /** Joins `ruling` with every active horizontal ranked lo..hi. */
  join(lo: number, hi: number, ruling: number): void {
    const stack: [node: number, from: number, to: number][] = [[1, 0, this.n - 1]];
    // Nodes fully inside lo..hi whose children are visited: marked joined afterwards, deepest first.
    const covered: number[] = [];
    while (stack.length) {
      const [node, from, to] = stack.pop()!;
      if (to < lo || from > hi || this.count[node] === 0) continue;
      const inside = lo <= from && to <= hi;
      if (inside && this.joined[node]) {
        this.components.union(ruling, this.member[node]!);
        continue;
      }
      if (inside) covered.push(node);
      const mid = (from + to) >> 1;
      stack.push([2 * node, from, mid], [2 * node + 1, mid + 1, to]);
    }
    for (const node of covered) {
      this.joined[node] = 1;
      this.member[node] = ruling;
    }
  }
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

/** Where a point stands in a ruled table: its cell's first row and column by the grid, and the rows and columns it covers when more than one. */
export interface CellPlace {
  row: number;
  column: number;
  span?: number;
  rows?: number;
}

/**
 * The cell of a point, numbered by the table's grid, as the DOCX reader numbers a cell (rows and
 * columns by every border of the table, even one that a merged cell hides here): the cell runs from
 * the nearest border left of the point drawn across it to the nearest one right of it, and from the
 * nearest border above it drawn across it to the nearest one below. A cell merged across columns (no
 * border between them where it stands) is in the first column it covers and covers the others
 * (`span`: one covering the audio column of an AV table is read as audio); a cell merged down rows is
 * in its first row and covers the rows under it (`rows`): its text, however tall, is one cell's.
 */
export function cellAt(table: RuledTable, x: number, y: number): CellPlace {
  const [column, span] = between(table.columns, x, y, false);
  const [row, rows] = between(table.rows, y, x, true);
  const place: CellPlace = { row, column };
  if (span > 1) place.span = span;
  if (rows > 1) place.rows = rows;
  return place;
}

/**
 * Along one direction's borders (sorted by position), the 1-based number of the nearest border before
 * `at` drawn across `across`, and how many grid steps lie from it to the nearest one after it so drawn
 * (to the last border when none). With none before it so drawn: 1, or (`grid`) the number of borders
 * before it.
 */
function between(lines: RuledTable['rows'], at: number, across: number, grid: boolean): [number, number] {
  const drawn = (k: number) => lines[k]!.spans.some(([a, b]) => across >= a - TOUCH && across <= b + TOUCH);
  // The first border at or past `at` (binary search).
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.at >= at) hi = mid;
    else lo = mid + 1;
  }
  let next = lo;
  let before = next - 1;
  while (before >= 0 && !drawn(before)) before--;
  if (before < 0) return [Math.max(1, grid ? lo : 0), 1];
  while (next < lines.length && !drawn(next)) next++;
  const after = next < lines.length ? next : lines.length - 1;
  return [before + 1, Math.max(1, after - before)];
}

export function insideTable(table: RuledTable, x: number, y: number): boolean {
  const b = table.box;
  return x >= b[0] - TOUCH && x <= b[2] + TOUCH && y >= b[1] - TOUCH && y <= b[3] + TOUCH;
}
