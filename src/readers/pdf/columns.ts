import type { Glyph } from './types.js';

/**
 * Text columns: a gutter is a vertical strip that no text crosses over a run of lines, with text
 * on both sides of it. TeX's default gutter is only 10 pt (one em), narrower than the gap that
 * splits a line in two, so gutters are found by their persistence down the page, not their width.
 */

/** A gutter between text columns, valid from the baseline `top` to the baseline `bottom`. */
export interface Gutter {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Gutters whose runs overlap belong to one column layout (three columns: two gutters). */
  group: number;
  /** A borderless table's columns (alignedColumns): each cell's text stays in its column, never flowing on into the next. */
  cells?: true;
}

/** One baseline's glyphs, left to right. */
export interface Row {
  baseline: number;
  size: number;
  glyphs: Glyph[];
}

/** The narrowest gutter, × font size. Word spaces in justified text rarely reach it, and never line up. */
const MIN_WIDTH = 0.8;
/** A line ending this close to a gutter (× font size) is column text. */
const ADJACENT = 3;
/** A spacing this much wider than the tightest between lines is a paragraph gap. */
const GAP = 1.15;
/** Lines poking into a gutter that a run survives. */
const MAX_OVERRUNS = 3;
/** Openings in a row beyond which it is not read as column text. */
const MAX_OPENINGS = 32;
/** Lines of text a gutter needs on each side. */
const MIN_LINES = 3;
/**
 * Each side of a gutter must hold this much text (× font size): a column of speaker labels
 * ("ANNOUNCER:" and a tab) is not a text column, its lines belong with the text beside them.
 */
const MIN_SIDE = 8;

interface Candidate {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Rows with text left (right) of the strip, and how far that text reaches outwards. */
  leftLines: number;
  rightLines: number;
  left: number;
  right: number;
  size: number;
  /** Baseline of the last row with text left of the strip, and the tightest spacing of those rows. */
  lastLeft: number;
  leftPitch: number;
  /** Lines that poked into the strip without closing it. */
  overruns: number;
  /** Baseline of the last row with text right of the strip or ending at it. */
  lastStrong: number;
  /** The first text right of the strip: the top of the next column. */
  rightTop: string | undefined;
}

interface Opening {
  x0: number;
  x1: number;
  /** Where the row's text left (right) of the opening starts (ends); NaN when there is none. */
  left: number;
  right: number;
  /** Type size of the text beside it (the smaller side): a heading beside a column does not widen the measure. */
  size: number;
  /** The text just right of the opening. */
  next?: string;
}

/** Open stretches of one row: before its first glyph, between glyphs, after its last one. */
function openings(row: Row): Opening[] {
  const { glyphs } = row;
  const first = glyphs[0].x0;
  let reach = -Infinity;
  for (const g of glyphs) if (g.x1 > reach) reach = g.x1;
  const out: Opening[] = [{ x0: -Infinity, x1: first, left: NaN, right: reach, size: glyphs[0].size, next: glyphs[0].text }];
  let end = glyphs[0].x1;
  let endSize = glyphs[0].size;
  for (let i = 1; i < glyphs.length; i++) {
    const g = glyphs[i];
    const size = Math.min(g.size, endSize);
    if (g.x0 - end >= MIN_WIDTH * size) out.push({ x0: end, x1: g.x0, left: first, right: reach, size, next: g.text });
    if (g.x1 > end) {
      end = g.x1;
      endSize = g.size;
    }
  }
  out.push({ x0: reach, x1: Infinity, left: first, right: NaN, size: endSize });
  return out;
}

/**
 * Finds the gutters of a page's rows (given top to bottom): strips that stay open from row to row
 * (a row of text across them ends the run) with enough text on both sides. The two columns need
 * not share baselines, nor be equally long.
 */
export function findGutters(rows: Row[]): Gutter[] {
  const found: Gutter[] = [];
  let active: Candidate[] = [];
  const close = (c: Candidate) => {
    // Short lines under the left column after its last full one are the text after the section
    // when the next column's top carries on a sentence: the flow went there, not down.
    if (c.bottom > c.lastStrong && c.rightTop !== undefined && /^\p{Ll}/u.test(c.rightTop)) c.bottom = c.lastStrong;
    const minSide = MIN_SIDE * c.size;
    if (
      Number.isFinite(c.x0) && Number.isFinite(c.x1) && c.leftLines >= MIN_LINES && c.rightLines >= MIN_LINES &&
      c.x0 - c.left >= minSide && c.right - c.x1 >= minSide
    ) {
      found.push({ x0: c.x0, x1: c.x1, top: c.top, bottom: c.bottom, group: 0 });
    }
  };
  const grow = (c: Candidate, o: Opening, baseline: number) => {
    c.size = Math.min(c.size, o.size);
    const hasLeft = !Number.isNaN(o.left), hasRight = !Number.isNaN(o.right);
    // A short line alone on the left after a paragraph gap may be the first text after a column
    // section ("After the columns." under balanced columns): the run takes it in only if column
    // text follows.
    // Rows at the gutter's edge are column text for sure; a short line on the left at the usual
    // spacing probably is (a paragraph's last line), unless the flow shows otherwise (see close).
    let strong = hasRight || c.bottom === baseline;
    let usual = false;
    if (hasLeft) {
      c.leftLines++;
      c.left = Math.min(c.left, o.left);
      const pitch = baseline - c.lastLeft;
      strong ||= o.x0 >= c.x0 - ADJACENT * c.size;
      usual = !(pitch > GAP * c.leftPitch);
      if (pitch >= 0.8 * c.size) c.leftPitch = Math.min(c.leftPitch, pitch);
      c.lastLeft = baseline;
    }
    if (hasRight) {
      c.rightLines++;
      c.right = Math.max(c.right, o.right);
      c.rightTop ??= o.next;
    }
    if (strong) c.bottom = c.lastStrong = baseline;
    else if (usual) c.bottom = baseline;
  };
  const opened = rows.map((row) => {
    if (!row.glyphs.length) return [];
    const open = openings(row);
    // A row broken into scores of pieces (a grid of figures, a hostile file) is no column text: it
    // ends every run, and keeps the search linear.
    return open.length > MAX_OPENINGS ? [] : open;
  });
  if (!mayHaveGutter(opened)) return found;
  rows.forEach((row, r) => {
    const open = opened[r];
    if (!row.glyphs.length) return;
    const next: Candidate[] = [];
    const used = new Set<number>();
    for (const c of active) {
      let best = -1, bx0 = 0, bx1 = 0;
      for (let i = 0; i < open.length; i++) {
        const o = open[i];
        const x0 = Math.max(o.x0, c.x0), x1 = Math.min(o.x1, c.x1);
        if (x1 - x0 >= MIN_WIDTH * Math.min(c.size, o.size) && (best < 0 || x1 - x0 > bx1 - bx0)) {
          best = i;
          bx0 = x0;
          bx1 = x1;
        }
      }
      if (best < 0 && open.length > 0 && c.leftLines >= MIN_LINES && c.rightLines >= MIN_LINES) {
        // A borderless table's cell filling its column up to a narrow gap (a browser's table with
        // no padding to speak of: a space or two), the next cell's text starting right at the
        // column's edge, as every row's there: still the table's row, when its next row (if any)
        // keeps the gutter open.
        const narrow = narrowGapAt(row, c.x1);
        if (narrow && (r === rows.length - 1 || keepsOpen(rows[r + 1]!, opened[r + 1]!, c))) {
          grow(c, narrow, row.baseline);
          next.push(c);
          continue;
        }
      }
      if (best < 0) {
        // A line that only pokes into the gutter (TeX's overfull line, a highlight box too wide for
        // its column) leaves part of the strip open: the columns go on past it.
        const pokes = open.some((o) => Math.min(o.x1, c.x1) > Math.max(o.x0, c.x0));
        if (pokes && c.overruns < MAX_OVERRUNS) {
          c.overruns++;
          next.push(c);
        } else close(c);
        continue;
      }
      used.add(best);
      c.x0 = bx0;
      c.x1 = bx1;
      // Two runs narrowed to one strip are one run: keep the longer.
      const twin = next.find((o) => o.x0 === c.x0 && o.x1 === c.x1);
      if (twin && twin.top <= c.top) continue;
      if (twin) next.splice(next.indexOf(twin), 1);
      grow(c, open[best], row.baseline);
      next.push(c);
    }
    const fresh = (o: Opening, at: number): Candidate => ({
      x0: o.x0, x1: o.x1, top: at, bottom: at, leftLines: 0, rightLines: 0, left: Infinity, right: -Infinity,
      size: o.size, lastLeft: -Infinity, leftPitch: Infinity, overruns: 0, lastStrong: at, rightTop: undefined,
    });
    open.forEach((o, i) => {
      if (used.has(i)) return;
      const c = fresh(o, row.baseline);
      grow(c, o, row.baseline);
      next.push(c);
    });
    // Columns whose baselines never meet (Chromium's CSS columns, a heading's space atop one
    // column only): each row has text on one side, and the gutter is only the strip between the
    // end of one row's text and the start of the next row's. It starts a run of its own here,
    // unless a run already holds it.
    const before = r > 0 ? opened[r - 1] : [];
    for (const p of before) {
      for (const o of open) {
        const x0 = Math.max(o.x0, p.x0), x1 = Math.min(o.x1, p.x1);
        if (!Number.isFinite(x0) || !Number.isFinite(x1) || (Number.isFinite(o.x1 - o.x0) && Number.isFinite(p.x1 - p.x0))) continue;
        if (x1 - x0 < MIN_WIDTH * Math.min(o.size, p.size)) continue;
        if (next.some((c) => Number.isFinite(c.x1 - c.x0) && c.x0 < x1 && c.x1 > x0)) continue;
        const c = fresh(p, rows[r - 1].baseline);
        grow(c, p, rows[r - 1].baseline);
        c.x0 = x0;
        c.x1 = x1;
        grow(c, o, row.baseline);
        next.push(c);
      }
    }
    active = next;
  });
  active.forEach(close);
  const kept = found.length ? trueGutters(found, rows) : found;
  // A borderless table's columns too narrow for the search above (a gap of a space between them).
  if (!kept.length) kept.push(...alignedColumns(rows));
  // Overlapping runs form one layout; its gutters number its columns left to right.
  kept.sort((a, b) => a.top - b.top);
  let group = 0, bottom = -Infinity;
  for (const g of kept) {
    if (g.top > bottom) group++;
    g.group = group;
    bottom = Math.max(bottom, g.bottom);
  }
  return kept;
}

/**
 * The gutters that part columns of text, not a river of word spaces: justified text (a browser's
 * CSS columns, text-align: justify) stretches its word spaces, and in narrow columns the wide ones
 * can line up down several lines, an open strip with text on both sides. A gutter holds only when,
 * on most rows with text on both sides of it, it is wider than the widest word space of the text
 * beside it (a justified line's spaces are about even: a river is one of them), and when the
 * columns it makes hold several words on most of their lines (a strip one word from the next
 * gutter or from the lines' ends makes a column of lone words). Judged again without the gutters
 * let go (a river's column cut the true gutter's text short).
 */
function trueGutters(found: Gutter[], rows: Row[]): Gutter[] {
  let kept = found;
  for (let pass = 0; pass < 3; pass++) {
    const next = kept.filter((g) => parts(g, kept, rows));
    if (next.length === kept.length) break;
    kept = next;
  }
  return kept;
}

/** A space between two words inside a piece's text. */
const INNER_SPACE = /\S\s+\S/u;
/** A gap between pieces wider than this (× type size) parts two words. */
const WORD_GAP = 0.1;
/** Share of rows that must bear a gutter out (see trueGutters). */
const MOST = 0.5;

/** Whether the gutter `g` parts columns of text, with the other gutters `all` in force (see trueGutters). */
function parts(g: Gutter, all: readonly Gutter[], rows: Row[]): boolean {
  let both = 0, wider = 0, leftRows = 0, leftWords = 0, rightRows = 0, rightWords = 0;
  for (const row of rows) {
    if (row.baseline < g.top - REACH || row.baseline > g.bottom + REACH || !row.glyphs.length) continue;
    // This column's text on each side: up to the gutters beside this one, if any.
    let lo = -Infinity, hi = Infinity;
    for (const o of all) {
      if (o === g || row.baseline < o.top - REACH || row.baseline > o.bottom + REACH) continue;
      if (o.x1 <= g.x0 + REACH) lo = Math.max(lo, o.x1);
      else if (o.x0 >= g.x1 - REACH) hi = Math.min(hi, o.x0);
    }
    const left: Glyph[] = [], right: Glyph[] = [];
    let crosses = false;
    for (const piece of row.glyphs) {
      if (piece.x1 <= g.x0 + REACH) {
        if (piece.x0 >= lo - REACH) left.push(piece);
      } else if (piece.x0 >= g.x1 - REACH) {
        if (piece.x1 <= hi + REACH) right.push(piece);
      } else crosses = true;
    }
    if (crosses) continue;
    if (left.length) {
      leftRows++;
      if (severalWords(left)) leftWords++;
    }
    if (right.length) {
      rightRows++;
      if (severalWords(right)) rightWords++;
    }
    if (left.length && right.length) {
      both++;
      let end = -Infinity;
      for (const piece of left) end = Math.max(end, piece.x1);
      if (right[0].x0 - end > Math.max(widestSpace(left), widestSpace(right))) wider++;
    }
  }
  return leftWords >= MOST * leftRows && rightWords >= MOST * rightRows && (both === 0 || wider >= MOST * both);
}

/** The pieces of one side of a row hold two words or more: a space inside a piece, or a gap between two. */
function severalWords(pieces: Glyph[]): boolean {
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (INNER_SPACE.test(piece.text)) return true;
    if (i > 0 && (piece.spaceBefore || piece.x0 - pieces[i - 1].x1 > WORD_GAP * piece.size)) return true;
  }
  return false;
}

/** The widest word space among pieces (left to right): inside one, or between two. */
function widestSpace(pieces: Glyph[]): number {
  let widest = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (piece.widestSpace !== undefined) widest = Math.max(widest, piece.widestSpace);
    if (i > 0) widest = Math.max(widest, piece.x0 - pieces[i - 1].x1);
  }
  return widest;
}

/** A column's text starts this close (points) to its left edge. */
const EDGE = 0.5;
/** A gap narrower than this (× type size) is letters touching, not a gap between cells. */
const MIN_GAP = 0.15;

/**
 * The gap of a row whose text stops short of `x1` and starts again right there (within EDGE),
 * however narrow (wider than MIN_GAP), as an opening; undefined when there is none.
 */
function narrowGapAt(row: Row, x1: number): Opening | undefined {
  const { glyphs } = row;
  let end = glyphs[0]!.x1;
  let reach = -Infinity;
  for (const g of glyphs) if (g.x1 > reach) reach = g.x1;
  for (let i = 1; i < glyphs.length; i++) {
    const g = glyphs[i]!;
    if (Math.abs(g.x0 - x1) <= EDGE && g.x0 - end > MIN_GAP * g.size) {
      return { x0: end, x1: g.x0, left: glyphs[0]!.x0, right: reach, size: Math.min(g.size, glyphs[i - 1]!.size), next: g.text };
    }
    if (g.x1 > end) end = g.x1;
  }
  return undefined;
}

/** Whether a row leaves a run's strip open (an opening across it), or stops at its edge as narrowGapAt finds. */
function keepsOpen(row: Row, open: Opening[], c: Candidate): boolean {
  if (!row.glyphs.length || !open.length) return false;
  if (open.some((o) => Math.min(o.x1, c.x1) - Math.max(o.x0, c.x0) >= MIN_WIDTH * Math.min(c.size, o.size))) return true;
  return narrowGapAt(row, c.x1) !== undefined;
}

/** Rows a narrow table's columns must span, at least (each side holding MIN_LINES of them). */
const TABLE_ROWS = 6;
/** Lines of the left (right) column going on from its line above, at least: text wrapping in its cell. */
const LEFT_FLOW = 2;
const RIGHT_FLOW = 1;
/** Rows of the table with text on both sides, at least. */
const TABLE_BOTH = 2;
/** A line goes on from the one above it when its baseline is at most this far below (× type size). */
const FLOW_PITCH = 1.6;
/** Column starts looked at on a page, at most. */
const MAX_STARTS = 4;
/** How far (points) a column's line may start from its column's edge. */
const START = 1;

/**
 * A borderless table of two narrow columns, every cell wrapping over several lines (LibreOffice's PDF
 * of an HTML VIDEO | AUDIO table sized 60 px a column: "Open on" and "ANNCR:" a space apart, "a red"
 * and "Meet the" wider): no strip between them is as wide as a gutter must be (MIN_WIDTH), nor the
 * columns as wide as text columns (MIN_SIDE: a column of labels is none), and the rows read across
 * both cells, line by line ("a red Meet the", "car at new Acme"). Found here on the evidence of a
 * table: one edge where the right column's lines all start (within START) and that no text crosses,
 * over TABLE_ROWS rows or more; the left column's lines all starting at one edge too; both columns'
 * text wrapping under itself (lines that go on from the line above with a small letter: LEFT_FLOW on
 * the left, RIGHT_FLOW on the right, which a column of speakers' labels never does); and rows with text
 * on both sides. The strip between the left column's furthest end and that edge is a gutter: the
 * columns are read one after the other. Only on a page where the search found no gutter.
 */
function alignedColumns(rows: Row[]): Gutter[] {
  // Where text starts again after a gap inside a row: the right column's edge is one of the commonest.
  const counts = new Map<number, number>();
  for (const row of rows) {
    const glyphs = row.glyphs;
    if (glyphs.length < 2 || glyphs.length > MAX_GLYPHS_ROW) continue;
    let end = glyphs[0]!.x1;
    for (let i = 1; i < glyphs.length; i++) {
      const g = glyphs[i]!;
      if (g.x0 - end > MIN_GAP * g.size && Number.isFinite(g.x0)) {
        const key = Math.round(g.x0);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      if (g.x1 > end) end = g.x1;
    }
  }
  const starts: [number, number][] = [];
  for (const entry of counts) if (entry[1] >= TABLE_BOTH) starts.push(entry);
  if (!starts.length) return [];
  starts.sort((a, b) => b[1] - a[1]);
  const out: Gutter[] = [];
  for (const [x] of starts.slice(0, MAX_STARTS)) {
    for (const g of tableRuns(rows, x)) if (!out.some((o) => o.top <= g.bottom && g.top <= o.bottom)) out.push(g);
  }
  return out;
}

/** Glyphs in a row beyond which it is not looked at for a narrow table (a grid of figures, a hostile file). */
const MAX_GLYPHS_ROW = 400;

/** Whether a column's line going on from its line above (baseline `last`) opens with a small letter: its text wraps. */
function flowsOn(row: Row, text: string, last: number): boolean {
  return row.baseline - last <= FLOW_PITCH * row.size && /^\p{Ll}/u.test(text);
}

/** The runs of rows in which `x` parts a narrow table's two columns (alignedColumns), as gutters. */
function tableRuns(rows: Row[], x: number): Gutter[] {
  const out: Gutter[] = [];
  let run: { top: number; bottom: number; rows: number; leftRows: number; rightRows: number; both: number; leftFlow: number; rightFlow: number; leftEdge: number; reach: number; lastLeft: number; lastRight: number } | null = null;
  const close = () => {
    if (run && run.rows >= TABLE_ROWS && run.leftRows >= MIN_LINES && run.rightRows >= MIN_LINES && run.both >= TABLE_BOTH && run.leftFlow >= LEFT_FLOW && run.rightFlow >= RIGHT_FLOW) {
      out.push({ x0: run.reach, x1: x, top: run.top, bottom: run.bottom, group: 0, cells: true });
    }
    run = null;
  };
  for (const row of rows) {
    const glyphs = row.glyphs;
    if (!glyphs.length) continue;
    // Left of the edge, right of it, or across it (no table row).
    let split = 0;
    while (split < glyphs.length && glyphs[split]!.x1 <= x - 0.5) split++;
    let fits = split === glyphs.length || glyphs[split]!.x0 >= x - START;
    if (fits && split < glyphs.length) fits = glyphs[split]!.x0 <= x + START;
    for (let i = split + 1; fits && i < glyphs.length; i++) if (glyphs[i]!.x0 < x - START) fits = false;
    if (fits && split > 0 && run && Math.abs(glyphs[0]!.x0 - run.leftEdge) > START && Number.isFinite(run.leftEdge)) fits = false;
    if (!fits) {
      close();
      continue;
    }
    if (!run) run = { top: row.baseline, bottom: row.baseline, rows: 0, leftRows: 0, rightRows: 0, both: 0, leftFlow: 0, rightFlow: 0, leftEdge: NaN, reach: -Infinity, lastLeft: -Infinity, lastRight: -Infinity };
    run.rows++;
    run.bottom = row.baseline;
    if (split > 0) {
      run.leftRows++;
      if (Number.isNaN(run.leftEdge)) run.leftEdge = glyphs[0]!.x0;
      for (let i = 0; i < split; i++) if (glyphs[i]!.x1 > run.reach) run.reach = glyphs[i]!.x1;
      if (flowsOn(row, glyphs[0]!.text, run.lastLeft)) run.leftFlow++;
      run.lastLeft = row.baseline;
    }
    if (split < glyphs.length) {
      run.rightRows++;
      if (flowsOn(row, glyphs[split]!.text, run.lastRight)) run.rightFlow++;
      run.lastRight = row.baseline;
      if (split > 0) run.both++;
    }
  }
  close();
  return out;
}

/**
 * A quick test that lets most single-column pages skip the search: a gutter needs three rows
 * whose text ends before it and three whose text starts after it, so the third-furthest start
 * must lie beyond the third-nearest end.
 */
function mayHaveGutter(opened: Opening[][]): boolean {
  const starts: number[] = [], ends: number[] = [];
  for (const open of opened) {
    if (open.length < 2) continue;
    // The furthest a row's right-hand text starts, the nearest its left-hand text ends.
    let start = -Infinity, end = Infinity;
    for (const o of open) {
      if (!Number.isNaN(o.right) && o.x1 > start) start = o.x1;
      if (!Number.isNaN(o.left) && o.x0 < end) end = o.x0;
    }
    starts.push(start);
    ends.push(end);
  }
  if (starts.length < MIN_LINES) return false;
  starts.sort((a, b) => b - a);
  ends.sort((a, b) => a - b);
  return starts[MIN_LINES - 1] > ends[MIN_LINES - 1];
}

const REACH = 1; // points of tolerance at a run's ends

/** The gutters in force on this baseline. */
export function guttersAt(gutters: Gutter[], baseline: number): Gutter[] {
  return gutters.filter((g) => baseline >= g.top - REACH && baseline <= g.bottom + REACH);
}

/** Which column of which layout a stretch of text starting at x0 sits in (`1:0`, a table's `t1:0`); undefined outside any. */
export function columnOf(gutters: Gutter[], baseline: number, x0: number): string | undefined {
  const here = guttersAt(gutters, baseline);
  if (!here.length) return undefined;
  // A table's columns are a layout of their own kind, `t1:0`: its cells never flow on into the next column (assemble.ts columnJump).
  return `${here[0].cells ? 't' : ''}${here[0].group}:${here.filter((g) => g.x1 <= x0 + REACH).length}`;
}
