import type { Block } from './types.js';

/** A thing to place in reading order: a block of lines, or a whole table (its cells in order). */
export interface Item {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Baseline of the first line, to tell rows (label beside text) from columns. */
  firstBaseline: number;
  size: number;
  blocks: Block[];
}

/** Columns are only columns if this much white space (× font size) runs between them. */
const GUTTER = 0.5;

export function blockItem(b: Block): Item {
  const first = b.lines[0];
  return { x0: b.x0, x1: b.x1, top: b.top, bottom: b.bottom, firstBaseline: first.baseline, size: first.size, blocks: [b] };
}

/**
 * Reading order by recursive X-Y cuts: split the page where a horizontal band or a vertical
 * channel holds no text. Columns (a vertical channel) are read one after the other, unless the
 * pieces on each side start on the same baselines, which makes them rows (a label beside its text).
 */
export function readingOrder(items: Item[]): Block[] {
  return columnBands(items).flatMap((band) => cut(band).flatMap((i) => i.blocks));
}

/** The column layout an item's text belongs to (see columns.ts), if any. */
const layoutOf = (item: Item) => item.blocks[0]?.lines[0]?.column?.split(':')[0];

/**
 * Where the page has text columns, what stands above a column section, the section itself and
 * what stands below it are read one after the other, even when a short line under the shorter
 * column would fit in the other column's channel.
 */
function columnBands(items: Item[]): Item[][] {
  const regions = new Map<string, { top: number; bottom: number }>();
  for (const item of items) {
    const layout = layoutOf(item);
    if (layout === undefined) continue;
    const r = regions.get(layout);
    if (r) {
      r.top = Math.min(r.top, item.top);
      r.bottom = Math.max(r.bottom, item.bottom);
    } else regions.set(layout, { top: item.top, bottom: item.bottom });
  }
  if (!regions.size) return [items];
  const sections = [...regions].sort((a, b) => a[1].top - b[1].top);
  // Band 2k: before section k; band 2k + 1: section k; band 2n: after the last one.
  const bands: Item[][] = Array.from({ length: 2 * sections.length + 1 }, () => []);
  for (const item of items) {
    const layout = layoutOf(item);
    let band = 2 * sections.length;
    for (let k = 0; k < sections.length; k++) {
      const [name, r] = sections[k];
      if (layout === name) band = 2 * k + 1;
      else if (layout !== undefined) continue;
      else if ((item.top + item.bottom) / 2 < r.top) band = 2 * k;
      else if (item.top < r.bottom - 0.2 * item.size) band = 2 * k + 1;
      else continue;
      break;
    }
    bands[band].push(item);
  }
  return bands.filter((b) => b.length);
}

function cut(items: Item[]): Item[] {
  if (items.length <= 1) return items;
  const rows = splitRows(items);
  const columns = splitColumns(items);
  if (rows.length > 1 && (columns.length <= 1 || rowLike(columns) || marginNotes(columns) || staggered(rows, columns))) return rows.flatMap(cut);
  if (columns.length > 1) return columns.flatMap(cut);
  return [...items].sort((a, b) => a.top - b.top || a.x0 - b.x0);
}

/** Bands separated by horizontal white space, top to bottom. */
function splitRows(items: Item[]): Item[][] {
  const sorted = [...items].sort((a, b) => a.top - b.top);
  const groups: Item[][] = [[sorted[0]]];
  let bottom = sorted[0].bottom;
  for (const item of sorted.slice(1)) {
    if (item.top >= bottom - 0.2 * item.size) groups.push([item]);
    else groups[groups.length - 1].push(item);
    bottom = Math.max(bottom, item.bottom);
  }
  return groups;
}

/** Channels separated by vertical white space, left to right. */
function splitColumns(items: Item[]): Item[][] {
  const sorted = [...items].sort((a, b) => a.x0 - b.x0);
  const groups: Item[][] = [[sorted[0]]];
  let right = sorted[0].x1;
  for (const item of sorted.slice(1)) {
    if (item.x0 - right >= GUTTER * item.size || (item.x0 > right && rightOfColumns(item, groups[groups.length - 1]!))) groups.push([item]);
    else groups[groups.length - 1].push(item);
    right = Math.max(right, item.x1);
  }
  return groups;
}

/**
 * Whether an item stands in a text column (columns.ts) right of every column the items of a group
 * stand in, of the same layout: the gutter between them was found down the page, however narrow
 * it is here (a browser's borderless table, its cells a space or two apart).
 */
function rightOfColumns(item: Item, group: Item[]): boolean {
  const at = columnIndex(item);
  if (at === undefined) return false;
  return group.every((g) => {
    const k = columnIndex(g);
    return k !== undefined && k.layout === at.layout && k.column < at.column;
  });
}

function columnIndex(item: Item): { layout: string; column: number } | undefined {
  const key = item.blocks[0]?.lines[0]?.column;
  if (key === undefined) return undefined;
  const [layout, column] = key.split(':');
  return { layout: layout!, column: Number(column) };
}

/**
 * Beside one wide channel, only narrow channels of a few short notes (LaTeX's `\marginpar`, a
 * sound cue in the margin): each note is read after the text it stands beside, not after the whole
 * page (which also cut a table going on over the page from its next part).
 */
function marginNotes(columns: Item[][]): boolean {
  const width = (channel: Item[]) => Math.max(...channel.map((i) => i.x1)) - Math.min(...channel.map((i) => i.x0));
  const main = columns.reduce((a, b) => (width(b) > width(a) ? b : a));
  return columns.every(
    (channel) =>
      channel === main ||
      (width(channel) < MARGIN_NOTE * width(main) && channel.every((i) => i.blocks.length === 1 && i.blocks[0].lines.length <= NOTE_LINES)),
  );
}

/** A margin note's channel is narrower than this share of the text's, and each note this many lines at most. */
const MARGIN_NOTE = 0.25;
const NOTE_LINES = 4;

/** Most pieces of the left channel start on the baseline of a piece to their right: a row layout. */
function rowLike(columns: Item[][]): boolean {
  const [left, ...rest] = columns;
  const others = rest.flat();
  const aligned = left.filter((a) => others.some((b) => Math.abs(a.firstBaseline - b.firstBaseline) <= 0.3 * a.size));
  return aligned.length >= 2 && aligned.length >= 0.6 * left.length;
}

/**
 * No band of the page holds text of two channels side by side: what stands apart horizontally
 * never stands beside anything (a short line set flush right, a time code, between lines set flush
 * left). That is one flow read down the page, not columns: read as columns, such a line went to the
 * end of the page.
 */
function staggered(rows: Item[][], columns: Item[][]): boolean {
  const channel = new Map<Item, number>();
  columns.forEach((c, k) => c.forEach((item) => channel.set(item, k)));
  return rows.every((band) => band.every((item) => channel.get(item) === channel.get(band[0]!)));
}

