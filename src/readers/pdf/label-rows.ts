import type { Glyph } from './types.js';
import { normaliseSpace } from '../../text/words.js';

/**
 * A borderless speaker-label table (`MUM | Come on, love, the bus goes…`), as WeasyPrint, Chromium
 * and ReportLab set it: a narrow left column of short labels, each level with the first line of a
 * paragraph in the text column to its right, that paragraph wrapping under itself. Left as it is, a
 * label and its text are two lines (the gap between them is no word space), and reading order takes
 * all the labels of the table first, then all the texts. Here each label row becomes one line,
 * "LABEL⇥text", as a tab-set label reads (and as LibreOffice's PDF of such a table already reads);
 * its wrapped lines go on at the text's edge (`Line.itemText`).
 *
 * Only on evidence: per page, at least MIN_LABELS label rows at one pair of left edges (label,
 * text), at least one of them with text wrapping under itself, the label column narrow beside the
 * text's measure, every label level with the first line of a paragraph of the text column (not with
 * one of its wrapped lines). Two columns of prose never qualify: their left lines are no labels, and
 * they stand level with wrapped lines. Anything else keeps the reading of today.
 *
 * Labels set in the middle of their rows (an HTML table cell's default, `vertical-align: middle`;
 * ReportLab's VALIGN MIDDLE) or at the bottom stand level with a wrapped line of their text, or
 * between two of its lines, and reading order left them at the end of a line of it. Such a table
 * is read as its rows too (`centredRows`), on the same evidence of a label table and more: the
 * texts are blocks apart (a row gap), each block has one label, and every label of the page's
 * table stands about at its block's middle (or every one level with its block's last line). One
 * label that does not fit and the page keeps the reading of today.
 */

/** One baseline's glyphs cut into segments (lines.ts): at column gutters, and at gaps too wide for a word space. */
export interface SplitRow {
  baseline: number;
  size: number;
  segments: Glyph[][];
  /** Whether a gutter (not just a wide gap) comes before each segment. */
  atGutter: boolean[];
  /** Set on a label row joined here: the index, in its only segment, of the first glyph of the text (a tab before it). */
  textAt?: number;
  /** A row of a label table read here: its lines belong to no text column (a gutter found between labels and texts is the table's). */
  table?: true;
}

/** Pairs of edges (label, text) looked at on a page, at most. */
const MAX_PAIRS = 4;
/** Label rows needed on a page at one pair of edges. */
const MIN_LABELS = 3;
/** How far (points) a line's left edge may stray from its column's. */
const EDGE = 1;
/** The label column at most this share of the table's width (label edge to the text's right edge). */
const NARROW = 0.35;
/** A label's row this close (× the text's size, baseline to baseline) above a row of text is one row with it. */
const PAIR = 0.5;
/** The least gap (× size) between a label and its text when they were read as one segment (a label that nearly fills its column). */
const LABEL_GAP = 0.5;
/** A label: a letter first, up to four words and 30 characters, maybe an aside in brackets; a colon allowed. */
const LABEL_LIKE = /^\p{L}[\p{L}\p{M}\p{N}'’.\- ]{0,29}?\s*(?:\([^()]{1,20}\))?\s*[:：]?$/u;
/** Lines of a label at most (its first and those under it). */
const LABEL_LINES = 3;
/** A spacing this much wider than the text's tightest line pitch sets a paragraph (a row) apart. */
const ROW_GAP = 1.15;
/** Lines closer than this (× size, baseline to baseline) are next to each other. */
const NEXT = 1.6;

const extent = (glyphs: readonly Glyph[]) => glyphs.reduce((x, g) => Math.max(x, g.x1), -Infinity);
const textOf = (glyphs: readonly Glyph[]) => normaliseSpace(glyphs.map((g) => g.text).join(''));
/** The longest label or aside, in characters other than white space. */
const LABEL_CHARS = 40;
/**
 * Whether the glyphs hold at most LABEL_CHARS characters other than white space (`\s`): a longer
 * stretch is no label, told without joining its text (every line of every page is asked).
 */
function shortEnough(glyphs: readonly Glyph[]): boolean {
  let count = 0;
  for (const g of glyphs) {
    const text = g.text;
    for (let i = 0; i < text.length; i++) if (!isWhiteSpace(text.charCodeAt(i)) && ++count > LABEL_CHARS) return false;
  }
  return true;
}
/** The characters of JavaScript's `\s`. */
const isWhiteSpace = (c: number) =>
  (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const isLabel = (glyphs: readonly Glyph[]) => {
  if (!shortEnough(glyphs)) return false;
  const text = textOf(glyphs);
  return text.length > 0 && text.length <= LABEL_CHARS && text.split(' ').length <= 4 && LABEL_LIKE.test(text);
};
/** A label's text as read (words spaced): up to four words and 30 characters, as LABEL_LIKE says. */
export const isLabelText = (text: string) => {
  const t = normaliseSpace(text);
  return t.length > 0 && t.length <= LABEL_CHARS && t.split(' ').length <= 4 && LABEL_LIKE.test(t);
};
/** An aside in brackets on a label's next line (`MUM` over `(off)`): part of a label, never one alone. */
const ASIDE = /^\([^()]{1,20}\)[:：]?$/u;
const isLabelLine = (glyphs: readonly Glyph[]) => shortEnough(glyphs) && (isLabel(glyphs) || ASIDE.test(textOf(glyphs)));
const near = (a: number, b: number) => Math.abs(a - b) <= EDGE;

/** How one row stands against a pair of edges. */
interface Shape {
  row: number;
  /** label: a label at the left edge and text at the text edge; left: a label alone; right: text alone at the text edge. */
  kind: 'label' | 'left' | 'right';
  label?: Glyph[];
  text?: Glyph[];
}

/**
 * Where the text starts in a segment that begins at the label edge: a glyph at the text edge after
 * a gap wider than the segment's word spaces, the label before it. A line of prose whose word
 * starts there by chance ("He said  the rest…", its spaces all alike) is no label row.
 */
function splitAt(segment: readonly Glyph[], x: number): number {
  for (let i = 1; i < segment.length; i++) {
    const g = segment[i];
    if (g.x0 > x + EDGE) return -1;
    const gap = g.x0 - segment[i - 1].end;
    if (near(g.x0, x) && gap >= LABEL_GAP * Math.max(g.size, segment[i - 1].size) && apart(segment, i) && isLabel(segment.slice(0, i))) return i;
  }
  return -1;
}

/**
 * Whether the gap before glyph `i` sets it apart as a tab does, not as a word space: in a row whose
 * producer draws its spaces (LibreOffice, WeasyPrint), a gap with no space glyph in it; in one that
 * draws none (TeX, Chromium, words placed one by one), a gap wider than the row's spaces.
 */
function apart(segment: readonly Glyph[], i: number): boolean {
  const draws = segment.some((g, k) => g.drawnSpace || (k > 0 && k !== i && g.spaceBefore));
  if (draws) return !segment[i].spaceBefore;
  return segment[i].x0 - segment[i - 1].end > SPREAD * widestOtherSpace(segment, i);
}

/** How much wider than the row's widest other word space the gap before a label's text is, at least. */
const SPREAD = 1.5;

/** The widest word space of a row but the one before glyph `skip`: between its pieces (0.12 em or more), and inside them. */
export function widestOtherSpace(glyphs: readonly Glyph[], skip: number): number {
  let widest = 0;
  for (let i = 0; i < glyphs.length; i++) {
    const g = glyphs[i];
    if (g.widestSpace !== undefined && g.widestSpace > widest) widest = g.widestSpace;
    if (i === 0 || i === skip) continue;
    const gap = g.x0 - glyphs[i - 1].end;
    if (gap > 0.12 * Math.max(g.size, glyphs[i - 1].size) && gap > widest) widest = gap;
  }
  return widest;
}

function shapeOf(row: SplitRow, r: number, left: number, x: number): Shape | null {
  const { segments } = row;
  // A gutter may part the labels from the texts (a wide label column), not a text from itself.
  if (row.atGutter.some((g, i) => g && i > 1)) return null;
  const first = segments[0];
  if (near(first[0].x0, x)) return { row: r, kind: 'right', text: segments.flat() };
  if (!near(first[0].x0, left)) return null;
  if (segments.length >= 2) {
    if (!near(segments[1][0].x0, x) || !isLabelLine(first) || extent(first) > x - LABEL_GAP * row.size) return null;
    return { row: r, kind: 'label', label: first, text: segments.slice(1).flat() };
  }
  if (extent(first) <= x - LABEL_GAP * row.size) return isLabelLine(first) ? { row: r, kind: 'left', label: first } : null;
  const at = splitAt(first, x);
  return at < 0 ? null : { row: r, kind: 'label', label: first.slice(0, at), text: first.slice(at) };
}

/** Width of the first word of a stretch of text. */
function firstWordWidth(glyphs: readonly Glyph[]): number {
  const x0 = glyphs[0].x0;
  for (let i = 0; i < glyphs.length; i++) {
    const g = glyphs[i];
    if (i > 0 && (g.spaceBefore || g.x0 - glyphs[i - 1].end > 0.12 * g.size)) return glyphs[i - 1].x1 - x0;
    if (g.firstWordEnd !== undefined) return g.firstWordEnd - x0;
  }
  return extent(glyphs) - x0;
}

/** A joined row: the label (its lines one after the other, a space between), a tab, the text. */
interface Join {
  /** The row of the label's first line, where the joined line goes. */
  first: number;
  /** Rows of the label's further lines. */
  more: number[];
  label: Glyph[];
  text: Glyph[];
}

/** What the label rows of one pair of edges make of a page. */
interface Found {
  joins: Join[];
  /** Rows of a label's further line beside a wrapped line of its text: only the text stays. */
  rest: Map<number, Glyph[]>;
  /** Text lines wrapped under their paragraph. */
  wraps: number;
  /** Every row of the runs read as label tables. */
  rows: number[];
}

/**
 * Each row's shape at a pair of edges and the text's right edge, when the label column is narrow
 * beside the text's measure (two columns of prose are about as wide); null when it is not.
 */
function narrowShapes(rows: SplitRow[], left: number, x: number): { shapes: (Shape | null)[]; right: number } | null {
  const shapes = rows.map((row, r) => shapeOf(row, r, left, x));
  let right = -Infinity;
  for (const s of shapes) if (s?.text) right = Math.max(right, extent(s.text));
  return x - left > NARROW * (right - left) ? null : { shapes, right };
}

/**
 * The label rows of one pair of edges (label edge `left`, text edge `x`), run by run: a run is the
 * rows that stand at the two edges from a label on. A run that is not a label table's is left as it is.
 */
function labelRows(rows: SplitRow[], left: number, x: number): Found | null {
  const narrow = narrowShapes(rows, left, x);
  if (!narrow) return null;
  const { shapes, right } = narrow;
  const found: Found = { joins: [], rest: new Map(), wraps: 0, rows: [] };
  for (let r = 0; r < rows.length; r++) {
    if (shapes[r]?.kind !== 'label' || !isLabel(shapes[r]!.label!)) continue;
    let end = r;
    while (end + 1 < rows.length && shapes[end + 1]) end++;
    const run = trimRun(shapes.slice(r, end + 1) as Shape[], rows);
    const above = rows[r - 1];
    r = end;
    // What stands just above the run: nothing close, or one line across both columns (a heading,
    // an introduction). A column's line there (prose in two columns) says the "label" ends a paragraph.
    const across = above && above.segments.length === 1 && above.segments[0][0].x0 < x - EDGE && extent(above.segments[0]) > x + EDGE;
    const first = rows[run[0].row];
    if (above && first.baseline - above.baseline <= NEXT * first.size && !across) continue;
    const got = runOf(run, rows, right);
    if (!got) continue;
    found.joins.push(...got.joins);
    for (const [row, text] of got.rest) found.rest.set(row, text);
    found.wraps += got.wraps;
    for (const s of run) found.rows.push(s.row);
  }
  return found;
}

/**
 * A run without the short lines at the label edge that stand more than a line above its first
 * line of text or under its last: a heading over the table ("Scene one"), a line under it
 * ("END"), no labels of its rows.
 */
function trimRun(run: Shape[], rows: SplitRow[]): Shape[] {
  let first = -1, last = -1;
  run.forEach((s, i) => {
    if (s.text) {
      if (first < 0) first = i;
      last = i;
    }
  });
  if (first < 0) return run;
  const apart = (s: Shape, from: Shape) => Math.abs(rows[s.row].baseline - rows[from.row].baseline) > NEXT * rows[s.row].size;
  let from = 0, to = run.length;
  while (from < first && apart(run[from], run[first])) from++;
  while (to - 1 > last && apart(run[to - 1], run[last])) to--;
  return from === 0 && to === run.length ? run : run.slice(from, to);
}

/** One run's label rows, or null when its rows are not a label table's. */
function runOf(run: Shape[], rows: SplitRow[], right: number): Found | null {
  const baseline = (s: Shape) => rows[s.row].baseline;
  // The text column's line pitch within a paragraph: from a text line to the next one, alone on its row.
  let tight = Infinity;
  let prev: Shape | undefined;
  for (const s of run) {
    if (s.kind === 'right' && prev) tight = Math.min(tight, baseline(s) - baseline(prev));
    if (s.text) prev = s;
  }
  const found: Found = { joins: [], rest: new Map(), wraps: 0, rows: [] };
  let join: Join | undefined;
  // The last row of the label being read, while its next row may still be one of its lines.
  let labelRow: Shape | undefined;
  let lastText: Shape | undefined;
  for (const s of run) {
    const size = rows[s.row].size;
    // A label opens a row level with the first line of a paragraph of the text column: spaced
    // apart from the line above, or under a line that ended short.
    let opens = s.kind === 'label' && isLabel(s.label!);
    if (opens && lastText) {
      const pitch = baseline(s) - baseline(lastText);
      const short = extent(lastText.text!) + 0.25 * size + firstWordWidth(s.text!) < right - 0.1 * size;
      opens = (tight < Infinity && pitch > ROW_GAP * tight) || short;
    }
    if (opens) {
      join = { first: s.row, more: [], label: [...s.label!], text: [...s.text!] };
      found.joins.push(join);
      labelRow = s;
    } else if (s.kind !== 'right') {
      // A label's next line ("MUM" over "(off)"), beside a wrapped line of its text or alone.
      if (!join || !labelRow || join.more.length + 1 >= LABEL_LINES || baseline(s) - baseline(labelRow) > NEXT * size) return null;
      join.more.push(s.row);
      join.label.push({ ...s.label![0], spaceBefore: true }, ...s.label!.slice(1));
      labelRow = s;
      if (s.text) {
        found.rest.set(s.row, s.text);
        found.wraps++;
      }
    } else {
      found.wraps++;
      labelRow = undefined;
    }
    if (s.text) lastText = s;
  }
  return found;
}

/** A line of the text column or of the label column, on its glyphs' own baseline. */
interface Placed {
  row: number;
  baseline: number;
  glyphs: Glyph[];
}

const baselineOf = (glyphs: readonly Glyph[]) => glyphs.reduce((sum, g) => sum + g.baseline, 0) / glyphs.length;

/**
 * How far (× the text's line pitch) a label set in the middle of its row may stand from the middle
 * of its text, or one set at the bottom from its last line: the label's type and the text's differ
 * (Chromium, WeasyPrint and ReportLab put a 10 pt sans label within a point of an 11 pt serif
 * text's middle); half a line pitch away it stands between two lines of a text it does not centre on.
 */
const CENTRED = 0.25;

/**
 * The label rows of one pair of edges when each label stands in the middle of its row's text (an
 * HTML table cell is `vertical-align: middle` unless told otherwise; ReportLab's VALIGN MIDDLE) or
 * level with its last line (`vertical-align: bottom`, VALIGN BOTTOM): a label there stands level
 * with a wrapped line of its text, or between two of them, never with its first line, and reading
 * order puts it at the end of a line of the text. Only when every run of the page that holds a
 * label reads so: its texts are blocks apart (a spacing wider than the text's line pitch between
 * rows), each block has one label (up to LABEL_LINES lines; none for a row between two labelled
 * ones, an empty label cell), and every label stands in the middle of its block, or every label at
 * its last line. One label astray and the page keeps the reading
 * of before. The joined line goes where the text's first line stood.
 */
function centredRows(rows: SplitRow[], left: number, x: number): Found | null {
  const narrow = narrowShapes(rows, left, x);
  if (!narrow) return null;
  const { shapes, right } = narrow;
  const found: Found = { joins: [], rest: new Map(), wraps: 0, rows: [] };
  for (let r = 0; r < rows.length; r++) {
    if (!shapes[r]) continue;
    let end = r;
    while (end + 1 < rows.length && shapes[end + 1]) end++;
    const run = trimRun(shapes.slice(r, end + 1) as Shape[], rows);
    r = end;
    // A run of short lines at the left edge with no text beside them is no table (a heading, a list).
    if (!run.some((s) => s.label) || !run.some((s) => s.text)) continue;
    const above = rows[run[0].row - 1];
    const first = rows[run[0].row];
    const across = above && above.segments.length === 1 && above.segments[0][0].x0 < x - EDGE && extent(above.segments[0]) > x + EDGE;
    if (above && first.baseline - above.baseline <= NEXT * first.size && !across) return null;
    const got = centredRun(run, rows);
    if (!got) return null;
    found.joins.push(...got.joins);
    for (const [row, text] of got.rest) found.rest.set(row, text);
    found.wraps += got.wraps;
    for (const s of run) found.rows.push(s.row);
  }
  return found;
}

/** One run's rows read as label rows set in the middle or at the bottom, or null when any of its labels does not fit. */
function centredRun(run: Shape[], rows: SplitRow[]): Found | null {
  const texts: Placed[] = [];
  const labels: Placed[] = [];
  for (const s of run) {
    if (s.text) texts.push({ row: s.row, baseline: baselineOf(s.text), glyphs: s.text });
    if (s.label) labels.push({ row: s.row, baseline: baselineOf(s.label), glyphs: s.label });
  }
  // The text column's line pitch within a paragraph, and its paragraphs (the table's rows): a
  // wider spacing sets them apart; with none, nothing says where a row ends.
  let tight = Infinity;
  for (let i = 1; i < texts.length; i++) tight = Math.min(tight, texts[i].baseline - texts[i - 1].baseline);
  if (!(tight > 0) || tight === Infinity) return null;
  const blocks: Placed[][] = [[texts[0]]];
  for (let i = 1; i < texts.length; i++) {
    if (texts[i].baseline - texts[i - 1].baseline > ROW_GAP * tight) blocks.push([]);
    blocks[blocks.length - 1].push(texts[i]);
  }
  if (blocks.length < 2 || blocks.every((b) => b.length < 2)) return null;
  const blockOf = new Map<number, number>();
  blocks.forEach((block, b) => block.forEach((t) => blockOf.set(t.row, b)));
  // Each label line goes to the block it stands nearest (halfway between two blocks is their border).
  const groups: Placed[][] = blocks.map(() => []);
  let k = 0;
  for (const label of labels) {
    while (k + 1 < blocks.length && label.baseline > (blocks[k][blocks[k].length - 1].baseline + blocks[k + 1][0].baseline) / 2) k++;
    groups[k].push(label);
  }
  const tolerance = CENTRED * tight;
  let middle = true, bottom = true;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b], group = groups[b];
    // A row whose label cell is empty: its text alone, only between two rows with labels (a block
    // at either end of the run may be part of a row whose label is no label: "MUM & DAD").
    if (!group.length) {
      if (b === 0 || b === blocks.length - 1) return null;
      continue;
    }
    // One label to a block: its first line a label, its next ones close under it (an aside, "(off)").
    if (group.length > LABEL_LINES || !isLabel(group[0].glyphs)) return null;
    for (let i = 1; i < group.length; i++) if (group[i].baseline - group[i - 1].baseline > NEXT * rows[group[i].row].size) return null;
    const top = block[0].baseline, last = block[block.length - 1].baseline;
    const from = group[0].baseline, to = group[group.length - 1].baseline;
    if (Math.abs((from + to) / 2 - (top + last) / 2) > tolerance) middle = false;
    if (Math.abs(to - last) > tolerance) bottom = false;
    if (!middle && !bottom) return null;
    // A label beside a line of another block's text: the rows are not this table's.
    for (const l of group) if (blockOf.has(l.row) && blockOf.get(l.row) !== b) return null;
  }
  const found: Found = { joins: [], rest: new Map(), wraps: 0, rows: [] };
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b], group = groups[b];
    found.wraps += block.length - 1;
    if (!group.length) continue;
    const label: Glyph[] = [];
    for (const line of group) label.push(...(label.length ? [{ ...line.glyphs[0], spaceBefore: true }, ...line.glyphs.slice(1)] : line.glyphs));
    const head = block[0].row;
    found.joins.push({ first: head, more: group.map((l) => l.row).filter((r) => r !== head), label, text: [...block[0].glyphs] });
    // The other lines of the text, without the label that stood beside one of them.
    for (const line of block.slice(1)) if (group.some((l) => l.row === line.row)) found.rest.set(line.row, line.glyphs);
  }
  return found;
}

/**
 * The rows with each label row of a borderless speaker-label table joined into one segment (its
 * `textAt` says where the text starts), the label's further lines taken into it.
 */
export function joinLabelRows(given: SplitRow[]): SplitRow[] {
  // A label in a type much smaller than its text's stands on a baseline of its own, a few points
  // above the text's first line: the two rows are looked at as one (and given back as two when
  // they are not joined).
  const pairs = new Map<number, [SplitRow, SplitRow]>();
  const rows: SplitRow[] = [];
  for (let r = 0; r < given.length; r++) {
    const row = given[r], next = given[r + 1];
    // (The cheap tests first: most rows are a line of text with the next line a line pitch below.)
    if (next && row.segments.length === 1 && next.baseline - row.baseline <= PAIR * next.size && isLabelLine(row.segments[0]) &&
        next.segments[0][0].x0 >= extent(row.segments[0]) + LABEL_GAP * next.size && !next.atGutter.some((g) => g)) {
      pairs.set(rows.length, [row, next]);
      rows.push({ baseline: next.baseline, size: Math.max(row.size, next.size), segments: [row.segments[0], ...next.segments], atGutter: [false, ...next.atGutter] });
      r++;
    } else rows.push(row);
  }
  // Candidate edges: a label segment, then text after a gap.
  const { votes, vote } = edgeVotes();
  rows.forEach((row, r) => {
    const { segments } = row;
    if (segments.length >= 2) {
      if (isLabel(segments[0])) vote(segments[0][0].x0, segments[1][0].x0);
      return;
    }
    // A label alone on its row (set in the middle of its row, between two lines of its text): the
    // text edge is where the line just above starts, right of the label.
    const above = rows[r - 1];
    if (above && row.baseline - above.baseline <= NEXT * row.size && above.segments[0][0].x0 >= extent(segments[0]) + LABEL_GAP * row.size && isLabel(segments[0])) {
      vote(segments[0][0].x0, above.segments[0][0].x0);
    }
  });
  const joined = new Map<number, Join>();
  const taken = new Set<number>();
  const rest = new Map<number, Glyph[]>();
  const table = new Set<number>();
  // The few pairs most rows vote for: each costs a pass over the page's rows (a hostile page of
  // scattered labels must not cost one pass per row).
  for (const { left, x, count } of [...votes.values()].sort((a, b) => b.count - a.count).slice(0, MAX_PAIRS)) {
    if (count < 2) break;
    let found = labelRows(rows, left, x);
    if (!found || found.joins.length < MIN_LABELS || found.wraps < 1) found = centredRows(rows, left, x);
    if (!found || found.joins.length < MIN_LABELS || found.wraps < 1) continue;
    // Rows another pair of edges already took are not taken twice.
    if (found.joins.some((j) => [j.first, ...j.more].some((r) => taken.has(r)))) continue;
    for (const j of found.joins) {
      joined.set(j.first, j);
      for (const r of [j.first, ...j.more]) taken.add(r);
    }
    for (const [r, text] of found.rest) rest.set(r, text);
    for (const r of found.rows) table.add(r);
  }
  if (!joined.size) return given;
  const out: SplitRow[] = [];
  rows.forEach((row, r) => {
    const join = joined.get(r);
    if (join) out.push({ baseline: row.baseline, size: row.size, segments: [[...join.label, ...join.text]], atGutter: [false], textAt: join.label.length, table: true });
    else if (rest.has(r)) out.push({ baseline: row.baseline, size: row.size, segments: [rest.get(r)!], atGutter: [false], table: true });
    // A label's further line with no text beside it is in its joined line already.
    else if (taken.has(r)) return;
    else if (table.has(r)) out.push({ ...row, segments: [row.segments.flat()], atGutter: [false], table: true });
    else out.push(...(pairs.get(r) ?? [row]));
  });
  return out;
}

/** Votes for pairs of edges (a label's left, its text's), by both rounded to the point: `vote` counts one, `votes` holds them. */
export function edgeVotes(): { votes: Map<string, { left: number; x: number; count: number }>; vote: (left: number, x: number) => void } {
  const votes = new Map<string, { left: number; x: number; count: number }>();
  const vote = (left: number, x: number) => {
    const key = `${Math.round(left)}|${Math.round(x)}`;
    const got = votes.get(key) ?? { left, x, count: 0 };
    got.count++;
    votes.set(key, got);
  };
  return { votes, vote };
}
