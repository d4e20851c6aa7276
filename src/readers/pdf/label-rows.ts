import type { Glyph } from './types.js';

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
const textOf = (glyphs: readonly Glyph[]) => glyphs.map((g) => g.text).join('').replace(/\s+/gu, ' ').trim();
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

/** Where the text starts in a segment that begins at the label edge: a glyph at the text edge after a gap, the label before it. */
function splitAt(segment: readonly Glyph[], x: number): number {
  for (let i = 1; i < segment.length; i++) {
    const g = segment[i];
    if (g.x0 > x + EDGE) return -1;
    if (near(g.x0, x) && g.x0 - segment[i - 1].end >= LABEL_GAP * Math.max(g.size, segment[i - 1].size) && isLabel(segment.slice(0, i))) return i;
  }
  return -1;
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
 * The label rows of one pair of edges (label edge `left`, text edge `x`), run by run: a run is the
 * rows that stand at the two edges from a label on. A run that is not a label table's is left as it is.
 */
function labelRows(rows: SplitRow[], left: number, x: number): Found | null {
  const shapes = rows.map((row, r) => shapeOf(row, r, left, x));
  let right = -Infinity;
  for (const s of shapes) if (s?.text) right = Math.max(right, extent(s.text));
  // A narrow label column beside the text's measure (two columns of prose are about as wide).
  if (x - left > NARROW * (right - left)) return null;
  const found: Found = { joins: [], rest: new Map(), wraps: 0, rows: [] };
  for (let r = 0; r < rows.length; r++) {
    if (shapes[r]?.kind !== 'label' || !isLabel(shapes[r]!.label!)) continue;
    let end = r;
    while (end + 1 < rows.length && shapes[end + 1]) end++;
    const run = shapes.slice(r, end + 1) as Shape[];
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
  const votes = new Map<string, { left: number; x: number; count: number }>();
  for (const row of rows) {
    const { segments } = row;
    if (segments.length < 2 || !isLabel(segments[0])) continue;
    const left = segments[0][0].x0, x = segments[1][0].x0;
    const key = `${Math.round(left)}|${Math.round(x)}`;
    const vote = votes.get(key) ?? { left, x, count: 0 };
    vote.count++;
    votes.set(key, vote);
  }
  const joined = new Map<number, Join>();
  const taken = new Set<number>();
  const rest = new Map<number, Glyph[]>();
  const table = new Set<number>();
  // The few pairs most rows vote for: each costs a pass over the page's rows (a hostile page of
  // scattered labels must not cost one pass per row).
  for (const { left, x, count } of [...votes.values()].sort((a, b) => b.count - a.count).slice(0, MAX_PAIRS)) {
    if (count < 2) break;
    const found = labelRows(rows, left, x);
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
    else if (table.has(r)) out.push({ ...row, segments: [row.segments.flat()], atGutter: [false], table: true });
    else if (!taken.has(r)) out.push(...(pairs.get(r) ?? [row]));
  });
  return out;
}
