import { RTL_TEXT, toReadingOrder } from './bidi.js';
import { isAutospace } from './autospace.js';
import { columnOf, findGutters, guttersAt, type Gutter, type Row } from './columns.js';
import { edgeVotes, isLabelText, joinLabelRows, widestOtherSpace, type SplitRow } from './label-rows.js';
import type { Glyph, Line, LineRun } from './types.js';
import { lazy } from '../../text/lazy.js';
import { loweredForm, raisedForm } from '../scripts.js';
import { isLetterAt } from '../../text/words.js';

/** Glyphs whose baselines differ by less than this share a visual line (fraction of font size). */
const SAME_BASELINE = 0.3;
/** A horizontal gap wider than this (× font size) separates columns or cells, not words. */
export const COLUMN_GAP = 1.2;
/** The widest a justified word space is taken to be (× font size), when a space glyph was drawn there. */
const STRETCHED_SPACE = 6;
/** A gap wider than this (× font size) between glyphs is a word break, even with no space glyph. */
export const WORD_GAP = 0.12;
/** Marks set after a thin space in French (? ! : ; » ›), and those a thin space follows (« ‹): no word space that justification stretches. */
export const THIN_AFTER = /^[?!:;\u00BB\u203A]/u;
export const THIN_BEFORE = /[\u00AB\u2039] ?$/u;

/** THIN_AFTER.test(text), by the first character's code (asked per word space of every text operator). */
export function opensAfterThin(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 0x3f || c === 0x21 || c === 0x3a || c === 0x3b || c === 0xbb || c === 0x203a;
}

/** Whether a character code is one THIN_BEFORE's marks (« ‹). */
export const isThinBefore = (c: number): boolean => c === 0xab || c === 0x2039;

/**
 * THIN_BEFORE.test(text), by the last characters' codes: the expression walks the whole text (and
 * a text grown by `+=` is copied flat first), this looks at two characters.
 */
export function endsBeforeThin(text: string): boolean {
  let n = text.length;
  if (n && text.charCodeAt(n - 1) === 0x20) n--;
  return n > 0 && isThinBefore(text.charCodeAt(n - 1));
}
/**
 * A list's marker: a bullet (•, ▪, –, a symbol font's private-use bullet…) or a number ("1.", "b)",
 * "iv."), set apart from its item by the list's indent, which may be wider than a column gap
 * (LibreOffice: 18 pt at 11 pt type). The marker and its item are one line; a bullet is no text.
 */
const BULLET = /^[\u2022\u25E6\u25AA\u25AB\u25A0\u25A1\u25CF\u25CB\u25C6\u25C7\u25BA\u25B8\u25B9\u2023\u2043\u2219\u00B7\u2013\u2014*\u2713\u2714\u27A2\u27A4\u2192\u21D2\u2756\u2751\u2726\uE000-\uF8FFo-]$/u;
const NUMBER_MARKER = /^(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,5}[.)])$/iu;
/** Dashes and stars are also typed at a line's start ("— Bonjour !"): as list markers only when set well apart. */
const TYPED = /^[\u2013\u2014*-]$/u;
/**
 * A list's number as word processors number lists ("1.", "2)", "a.", "iv)", "II."), not typed: set apart from its item by the list's indent (more than
 * BULLET_GAP), it is left out of the text as a bullet is, since the same DOCX holds no such text
 * (Word's and LibreOffice's numbering, `w:numPr`, is drawn, not written: the DOCX reader never sees
 * it). A number typed before its text with a space ("1. Open…") stays. Capital letters ("A.",
 * "Q.") are often labels: they stay; capital roman numerals are not (no one writes "II." for a
 * speaker). A level's "1.1" stays: shot and scene numbers in a storyboard's first column look the
 * same. Word's second-level bullet is a Courier "o" (BULLET): a piece of its own, set apart.
 */
const AUTO_NUMBER = /^\(?(?:\d{1,3}|[a-z]|[ivx]{1,5}|[IVX]{1,6})[.)]$/u;
/**
 * What a tagged PDF's structure may show to be a list's number (the glyph in a list item, /LI: see
 * structure.ts), set apart from its item as AUTO_NUMBER is: also a capital letter ("C.") and a
 * level's number ("1.1", "2.3.1", "A.1"), which untagged stay text (labels, shot numbers). A capital
 * letter needs its stop or bracket (the word "A" opens many an item). Typed before its text with a
 * space they stay ("C. expect" in a list item's body is not set apart).
 */
const LISTED_NUMBER = /^\(?(?:(?:\d{1,3}|[A-Z])(?:\.\d{1,3}){1,4}[.)]?|[A-Z][.)])$/u;
/** The widest gap (× size) between a list's marker and its item. */
const LIST_GAP = 4;
/** A dash or star is left out of the text only when set this far (× size) from its item, not a typed "– ". */
const BULLET_GAP = 0.6;
/**
 * A number the structure puts in a list item is its list's when set this far (× size) from the
 * item's text: LibreOffice leaves 0.34 em and more between a number and its text (the tab to the
 * item's indent), a typed space is about 0.25 em.
 */
const LISTED_GAP = 0.3;

/** Text that may be a list's number drawn on its own (AUTO_NUMBER): where a tagged PDF's structure is worth reading. */
export const mayBeListNumber = (text: string) => text.length <= 16 && (AUTO_NUMBER.test(text.trim()) || LISTED_NUMBER.test(text.trim()));

/** A marker is a few characters at most: longer text is not tested against the patterns. */
export const isMarkerText = (text: string) => text.length <= 8 && (BULLET.test(text) || NUMBER_MARKER.test(text));

function isListMarker(glyphs: readonly Glyph[]): boolean {
  return glyphs.length <= 3 && isMarkerText(glyphs.map((g) => g.text).join('').trim());
}

/**
 * Whether the producer of these glyphs (a page's) draws its typed spaces: a space glyph is drawn
 * somewhere among them. Then a narrow gap with none between kana or Han and a Latin word is its
 * East Asian autospace, up to a wider bound (autospace.ts).
 */
export function drawsSpaces(glyphs: readonly Glyph[]): boolean {
  for (const g of glyphs) if (g.spaceBefore || g.drawnSpace || g.spaceAfter) return true;
  return false;
}

/**
 * Groups glyphs into visual lines: same baseline, left to right, split where a gap is too wide
 * to be a word space (columns, table cells without borders, tab stops). `inCell`: the glyphs of
 * one ruled cell, whose borders are its columns; `cellEdge`: where the justified lines of its
 * table column end, when they do (assemble.ts); `spaces`: whether the page's producer draws its
 * typed spaces (`drawsSpaces` of the whole page, for a cell's glyphs), else judged from `glyphs`.
 */
export function buildLines(glyphs: Glyph[], inCell = false, cellEdge = NaN, spaces?: boolean): Line[] {
  if (!glyphs.length) return [];
  glyphs = dropShadows(glyphs);
  const drawsSpacesHere = spaces ?? drawsSpaces(glyphs);
  // Glyphs mostly come in reading order: cut the stream into chunks that run left to right on one
  // baseline, so only the (far fewer) chunks need sorting.
  const chunks: Glyph[][] = [];
  let chunk: Glyph[] = [glyphs[0]];
  for (let i = 1; i < glyphs.length; i++) {
    const g = glyphs[i];
    const prev = chunk[chunk.length - 1];
    if (Math.abs(g.baseline - prev.baseline) <= SAME_BASELINE * Math.min(g.size, prev.size) && g.x0 >= prev.x0) {
      chunk[chunk.length] = g;
    } else {
      chunks[chunks.length] = chunk;
      chunk = [g];
    }
  }
  chunks[chunks.length] = chunk;
  chunks.sort((a, b) => a[0].baseline - b[0].baseline || a[0].x0 - b[0].x0);
  // Rows: clusters of chunks sharing a baseline, their glyphs left to right.
  const rows: Row[] = [];
  let cluster: Glyph[][] = [chunks[0]];
  const close = () => {
    const row = sortRow(cluster);
    let size = 0;
    for (const g of row) if (g.size > size) size = g.size;
    rows.push({ baseline: cluster[0][0].baseline, size, glyphs: row });
  };
  for (let i = 1; i < chunks.length; i++) {
    const c = chunks[i];
    const ref = cluster[0][0];
    if (c[0].baseline - ref.baseline <= SAME_BASELINE * Math.min(ref.size, c[0].size)) cluster[cluster.length] = c;
    else {
      close();
      cluster = [c];
    }
  }
  close();
  attachCalls(rows);
  // A ruled cell's borders are its columns: a wide gap in one of its lines is a justified narrow
  // measure's word space (TeX's "Porte      coupe-" in a p{30mm} column), not a cell edge.
  const gutters = inCell ? [] : findGutters(rows);
  const edge = inCell ? cellEdge : flushEdge(rows);
  let split = rows.map((row): SplitRow => (inCell ? { baseline: row.baseline, size: row.size, segments: [row.glyphs], atGutter: [false] } : splitRow(row, gutters, edge)));
  // A borderless speaker-label table's rows: "LABEL⇥text", one line each (label-rows.ts).
  if (!inCell) split = atLabelStops(joinLabelRows(split));
  const lines: Line[] = [];
  const page = new PageMeasure(split);
  split.forEach((row, r) => {
    const { segments, unsure } = mergeTabGaps(row, split[r - 1], split[r + 1], page);
    const near = [split[r - 1], split[r + 1]].filter((n): n is SplitRow => !!n && Math.abs(n.baseline - row.baseline) <= NEIGHBOUR * row.size);
    for (const segment of segments) {
      const even = segments.length === 1 && row.textAt === undefined && evenlySpaced(segment, edge, row, split[r - 1], split[r + 1]);
      const stretched = even ? undefined : stretchedSpaces(segment, edge, near);
      const line = makeLine(
        segment,
        row.textAt,
        segments.length === 1 && flushWithNeighbour(row, segment, split[r - 1], split[r + 1]),
        even,
        stretched?.at,
        drawsSpacesHere,
      );
      if (stretched?.alone) line.loneGap = true;
      const column = gutters.length && !row.table ? columnOf(gutters, row.baseline, line.x0) : undefined;
      if (column !== undefined) line.column = column;
      if (unsure) line.acrossGap = { next: makeLine(unsure.segments[0]).text };
      // A line of figures and signs only under a right-to-left line (the "5:30." a paragraph wraps onto) reads right to left too.
      const above = lines[lines.length - 1];
      if (above?.rtl && !line.rtl && line.baseline - above.baseline <= NEIGHBOUR * line.size && !LETTER.test(line.text)) toReadingOrder(line, true);
      lines[lines.length] = line;
    }
  });
  return lines;
}

/**
 * Pieces set small and raised sit too high to share the line's baseline and form a row of their
 * own: note calls ("postures¹", "TTC⁽¹⁾"), powers ("m²"), and the endings and abbreviations Word's
 * AutoCorrect raises ("1er", "XXIe", "Mme", "21st"). Each goes back into the row just below it whose
 * text it follows without a gap, where makeLine joins it to the word it follows (a call it marks).
 * Rows left empty go.
 */
function attachCalls(rows: Row[]): void {
  for (let r = 0; r + 1 < rows.length; r++) {
    const row = rows[r];
    // Chromium draws a raised "(1)" or "er" glyph by glyph: the pieces that touch are one.
    const joined = row.glyphs.length > 1 ? joinTouching(row.glyphs) : row.glyphs;
    if (!joined.every((g) => isRaisedPiece(g.text))) continue;
    row.glyphs = joined;
    for (let k = r + 1; k < rows.length && rows[k].baseline - row.baseline <= CALL_RISE * rows[k].size; k++) {
      const target = rows[k];
      if (row.size > SUPERSCRIPT * target.size || target.baseline - row.baseline < RAISED * target.size) continue;
      const keep: Glyph[] = [];
      for (const call of row.glyphs) {
        const i = target.glyphs.findIndex((g) => Math.abs(call.x0 - g.x1) <= WORD_GAP * target.size);
        if (i >= 0) target.glyphs.splice(i + 1, 0, call);
        // A footnote opening with its raised number, just left of the note's text (TeX: "¹Source: …")
        // or one space from it (Word, LibreOffice: "¹ Source: …", the space typed after the number).
        else if (target.glyphs[0].x0 - call.x1 >= -WORD_GAP * target.size && target.glyphs[0].x0 - call.x1 <= NOTE_NUMBER_GAP * target.size) target.glyphs.unshift(call);
        else keep.push(call);
      }
      row.glyphs = keep;
      if (!keep.length) break;
    }
  }
  // Figures set small and lowered ("CO₂" as Chromium draws `<sub>`) form a row just below their
  // line's: each goes back after the text it follows without a gap.
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    if (!row.glyphs.length) continue;
    const joined = row.glyphs.length > 1 ? joinTouching(row.glyphs) : row.glyphs;
    if (!joined.every((g) => LOWERED_PIECE.test(g.text))) continue;
    for (let k = r - 1; k >= 0 && row.baseline - rows[k].baseline <= CALL_DROP * rows[k].size; k--) {
      const target = rows[k];
      if (!target.glyphs.length || row.size > SUPERSCRIPT * target.size || row.baseline - target.baseline < LOWERED * target.size) continue;
      const keep: Glyph[] = [];
      for (const piece of joined) {
        const i = target.glyphs.findIndex((g) => Math.abs(piece.x0 - g.x1) <= WORD_GAP * target.size && isLetterAt(g.text, g.text.length - 1));
        if (i >= 0) target.glyphs.splice(i + 1, 0, piece);
        else keep.push(piece);
      }
      if (keep.length < joined.length) row.glyphs = keep;
      break;
    }
  }
  for (let r = rows.length - 1; r >= 0; r--) if (!rows[r].glyphs.length) rows.splice(r, 1);
}

/** A lowered piece: one or two figures after a letter (a chemical formula's "CO₂", "H₂O"). */
const LOWERED_PIECE = /^\d{1,2}$/;
/** How far below a line's baseline a lowered piece may stand (× the line's type size), and at least (LOWERED). */
const CALL_DROP = 0.5;
const LOWERED = 0.1;

/** Glyphs of a row that touch (one look, no space between) as one piece, in order along the row. */
function joinTouching(glyphs: Glyph[]): Glyph[] {
  const out: Glyph[] = [];
  for (const g of glyphs) {
    const last = out[out.length - 1];
    if (last && !g.spaceBefore && !last.spaceAfter && g.color === last.color && g.background === last.background && Math.abs(g.x0 - last.x1) <= TOUCHING * g.size) {
      out[out.length - 1] = { ...last, text: last.text + g.text, x1: g.x1, end: g.end };
    } else out.push(g);
  }
  return out;
}
/** Glyphs this close (× their size) touch. */
const TOUCHING = 0.05;

/**
 * A text shadow (CSS `text-shadow: 4px 4px 0 …`, a drop shadow a designer offsets down and right):
 * the same text in the same type drawn first, a little off both ways. A reader reads the text on
 * top (drawn last); the copy under it is no text, else every letter came twice ("AAsseeccoonndd").
 * Only copies off the baseline are shadows: on it, a letter repeated close by is a word's own ("ll").
 */
function dropShadows(glyphs: Glyph[]): Glyph[] {
  // By type size and text, then by band of baselines: one string per glyph, the bands by number.
  const seen = new Map<string, Map<number, Glyph[]>>();
  const under = new Set<Glyph>();
  for (const g of [...glyphs].sort((a, b) => a.seq - b.seq)) {
    const band = Math.round(g.baseline / (SHADOW * g.size));
    // Three bands by offset: past 2^53 (a damaged file's coordinates) band + 1 is band, and a loop
    // on b <= band + 1 never ended.
    if (!Number.isFinite(band)) continue;
    // Two like harakat a letter apart, one set higher (a fatha over a tall letter), are no shadow.
    if (isMarkGlyph(g)) continue;
    const key = `${g.size.toFixed(1)}|${g.text}`;
    let bands = seen.get(key);
    if (!bands) seen.set(key, (bands = new Map()));
    for (let d = -1; d <= 1; d++) {
      for (const o of bands.get(band + d) ?? []) {
        const dy = Math.abs(g.baseline - o.baseline), dx = Math.abs(g.x0 - o.x0);
        if (!under.has(o) && o.seq < g.seq && dy >= 0.05 * g.size && dy <= SHADOW * g.size && dx <= SHADOW * g.size) under.add(o);
      }
    }
    const list = bands.get(band);
    if (!list) bands.set(band, [g]);
    else if (list.length < 8) list.push(g);
  }
  return under.size ? glyphs.filter((g) => !under.has(g)) : glyphs;
}

/** How far (× type size) a shadow stands off the text it shadows, at most, each way. */
const SHADOW = 0.6;

/** A note's raised number stands at most this far (× the note's type size) left of its text: a space and a little more. */
const NOTE_NUMBER_GAP = 0.6;

/** How far above a line's baseline a call may stand (× the line's type size). */
const CALL_RISE = 0.7;


/** Lines closer than this (× font size, baseline to baseline) are neighbours for the tab-gap test. */
const NEIGHBOUR = 2;

/**
 * A wide gap that is not a column gutter is a borderless cell edge only if the lines just above
 * and below leave it open too, up to where the right part starts. A gap that a neighbouring line
 * runs across is a tab stop, as in
 * "ANNOUNCER:<tab>Spring is here…" followed by lines at the left margin: one line, one paragraph.
 *
 * Nor is the text right of the gap a cell when no neighbour has text beside it there: a column of
 * one line is the rest of its line. LibreOffice sets a tab-set label's paragraph so: "KID⇥Can we
 * get the big" over "sunflower?" at the margin, a short last line that runs across no gap; read
 * as a column, "Can we get the big" went to the end of the page. Nor is text beside it in a label's
 * row ("MUM⇥Fine." over "KID⇥Okay.", no space between paragraphs): a column whose lines are all
 * the rest of their labels' lines is none. The line below may also be the
 * next line of a left cell beside a one-line right cell (a borderless table): when it stands at
 * the row's left edge at the text's usual spacing and its first word would have fitted after the
 * row's text (so it is no wrapped line of it), the row is still read as one line but `unsure`
 * names the line below, and the reader says so.
 */
function mergeTabGaps(row: SplitRow, above: SplitRow | undefined, below: SplitRow | undefined, page: PageMeasure): { segments: Glyph[][]; unsure?: SplitRow } {
  if (row.segments.length < 2) return { segments: row.segments };
  const near = [above, below].filter((n): n is SplitRow => !!n && Math.abs(n.baseline - row.baseline) <= NEIGHBOUR * row.size);
  // A neighbour with no text left of the gap (the wrapped lines of a cell beside a label) says
  // nothing of it: only text on the left side can show the gap runs down as a column's edge.
  const gapAt = row.segments[1][0].x0;
  const neighbours = near.filter((n) => n.segments[0][0].x0 < gapAt - 0.3 * row.size);
  const crosses = (x: number) =>
    neighbours.some((n) => n.segments.some((seg) => seg[0].x0 < x && extent(seg) > x));
  // Text of a neighbour beside the right part, right of where the row's left text ends: a column,
  // unless that neighbour is a label's row too ("MUM⇥Fine." over "KID⇥Okay.", no space between
  // paragraphs): its right part is the rest of its own line.
  const labelRow = isLabel(row.segments[0]);
  const columns = near.filter((n) => !(labelRow && n.segments.length > 1 && Math.abs(n.segments[0][0].x0 - row.segments[0][0].x0) <= EDGE && isLabel(n.segments[0])));
  const beside = (seg: Glyph[], from: number) =>
    columns.some((n) => n.segments.some((s) => s[0].x0 > from && Math.abs(s[0].x0 - seg[0].x0) <= EDGE));
  const out: Glyph[][] = [row.segments[0]];
  let unsure: SplitRow | undefined;
  for (let i = 1; i < row.segments.length; i++) {
    const seg = row.segments[i];
    const prev = out[out.length - 1];
    // Text running up to where the right part starts closes the gap; a gutter stays open there.
    // An isolated line has no neighbours to show a gutter: keep it whole.
    if (row.atGutter[i] || twoSizes(prev, seg)) out.push(seg);
    else if (!neighbours.length || crosses(seg[0].x0 - 0.3 * seg[0].size) || !beside(seg, extent(prev))) out[out.length - 1] = prev.concat(seg);
    else out.push(seg);
  }
  // The line below, at the usual spacing and running across no gap of the row, may be a left
  // cell's next line.
  if (below && near.includes(below) && out.length === 1) {
    const open = row.segments.slice(1).every((seg) => !below.segments.some((s) => s[0].x0 < seg[0].x0 - 0.3 * seg[0].size && extent(s) > seg[0].x0 - 0.3 * seg[0].size));
    if (open && page.mayBeCell(row, below)) unsure = below;
  }
  // Only when the whole row became one line (a gap left open is a cell edge of its own reading).
  return out.length === 1 && unsure ? { segments: out, unsure } : { segments: out };
}

/**
 * Text either side of a wide gap (past COLUMN_GAP of the smaller type: splitRow) in sizes far apart
 * (one over SIZE_STEP times the other): two pieces side by side, not a line with a tab in it. A
 * heading and a text box set beside it (a colour key in a Word or LibreOffice frame right of the
 * script's title) share a baseline within a third of the smaller type's size, and the key's words
 * ran on after the heading's. A tab keeps a line's type either side ("ANNOUNCER:⇥Spring is here").
 */
function twoSizes(left: Glyph[], right: Glyph[]): boolean {
  const a = left[left.length - 1].size, b = right[0].size;
  return Math.max(a, b) > SIZE_STEP * Math.min(a, b);
}

/** Type sizes this far apart (ratio) are two looks: a heading's and the text's (paragraphs.ts breaks there too). */
const SIZE_STEP = 1.2;

/** A page's rows as the tab-gap test needs them: their usual spacing and where each left edge's lines end. */
class PageMeasure {
  private pitch: number | undefined;
  private rights: Map<number, [number, number]> | undefined;
  constructor(private readonly rows: readonly SplitRow[]) {}

  /**
   * Whether `below`, under a row read whole across a gap, may be a left cell's next line rather
   * than the row's wrapped text or a paragraph of its own: at the row's left edge, at the usual
   * spacing, not a sentence begun after one ended, and not shown to be the row's wrapped text: that
   * takes another line from the same left edge reaching as far as the row, so that the measure is
   * known, and the line's first word too wide to fit after the row's text in it.
   */
  mayBeCell(row: SplitRow, below: SplitRow): boolean {
    const start = row.segments[0][0].x0;
    const first = below.segments[0];
    if (Math.abs(first[0].x0 - start) > EDGE) return false;
    if (below.baseline - row.baseline > PARAGRAPH * this.usualPitch()) return false;
    // A sentence ended, a sentence begun ("KID⇥Okay." over "Yes."): paragraphs, not a cell's lines.
    const last = row.segments[row.segments.length - 1];
    if (SENTENCE_END.test(last[last.length - 1].text) && SENTENCE_START.test(first[0].text)) return false;
    const end = extent(last);
    const measure = this.rightEdge(start, end);
    const wrapped = measure >= end - EDGE && end + WORD_SPACE * row.size + firstWordWidth(first) > measure + EDGE;
    return !wrapped;
  }

  /** The tightest spacing between rows of about the same type size, on this page. */
  private usualPitch(): number {
    if (this.pitch === undefined) {
      let pitch = Infinity;
      for (let r = 1; r < this.rows.length; r++) {
        const a = this.rows[r - 1], b = this.rows[r];
        const d = b.baseline - a.baseline;
        if (d >= 0.8 * Math.max(a.size, b.size) && Math.max(a.size, b.size) <= 1.2 * Math.min(a.size, b.size)) pitch = Math.min(pitch, d);
      }
      this.pitch = pitch;
    }
    return this.pitch;
  }

  /**
   * How far right the lines starting at this left edge (within a point or so) reach, but for one
   * line ending at `own` (the row asking): the two furthest ends of each edge are kept.
   */
  private rightEdge(start: number, own: number): number {
    if (!this.rights) {
      this.rights = new Map();
      for (const row of this.rows) {
        const key = Math.round(row.segments[0][0].x0);
        const end = extent(row.segments[row.segments.length - 1]);
        const top = this.rights.get(key) ?? [-Infinity, -Infinity];
        if (end > top[0]) this.rights.set(key, [end, top[0]]);
        else if (end > top[1]) this.rights.set(key, [top[0], end]);
        else this.rights.set(key, top);
      }
    }
    const key = Math.round(start);
    let reach = -Infinity;
    let skipped = false;
    const ends = [key - 1, key, key + 1].flatMap((k) => this.rights!.get(k) ?? []).sort((a, b) => b - a);
    for (const end of ends) {
      if (!skipped && end === own) {
        skipped = true;
        continue;
      }
      reach = Math.max(reach, end);
    }
    return reach;
  }
}

/** Points a left edge may stray and still be the same; × usual spacing past which a line starts a paragraph; a word space (× size). */
const EDGE = 1;
const PARAGRAPH = 1.15;
const WORD_SPACE = 0.25;
const SENTENCE_END = /[.!?…:»"”)\]]\s*$/u;
const SENTENCE_START = /^\s*[«"“‘(\[—–-]?\s*\p{Lu}/u;

/**
 * Whether a line's word gaps (between its pieces) are all one width, one of them at least as wide as a
 * column gap, in a line ending at the page's flush right edge (flushEdge): a justified line, set by a
 * producer that draws no space glyph (Chromium places each word). Two gaps at least, or one in a
 * line ending where a neighbour ends too ("Naturellement,
 * ⟷ l’administration" over "départementale ⟷ considérait"). A tab is wider than the line's
 * word spaces ("Key:⇥Narrator – blue"); a piece with a space inside has word spaces that cannot be
 * measured: no such line is taken for evenly spaced (LibreOffice's "MUM⇥Look at these…").
 */
function evenlySpaced(glyphs: Glyph[], edge: number, row: SplitRow, above?: SplitRow, below?: SplitRow): boolean {
  let min = Infinity, max = -Infinity, count = 0;
  const end = extent(glyphs);
  if (glyphs.length > EVEN_PIECES || !(Math.abs(end - edge) <= 2 * FLUSH_TOLERANCE)) return false;
  for (let i = 0; i < glyphs.length; i++) if (/\s/u.test(glyphs[i].text.trim())) return false;
  for (let i = 1; i < glyphs.length; i++) {
    const g = glyphs[i], prev = glyphs[i - 1];
    const size = Math.max(g.size, prev.size);
    const gap = g.x0 - prev.end;
    if (gap <= WORD_GAP * size) continue;
    count++;
    if (gap < min) min = gap;
    if (gap > max) max = gap;
  }
  if (!count || max <= COLUMN_GAP * glyphs[0].size || max - min > Math.max(EVEN, EVEN_SHARE * max)) return false;
  if (count >= 2) return true;
  return [above, below].some((n) => !!n && Math.abs(n.baseline - row.baseline) <= NEIGHBOUR * row.size && Math.abs(extent(n.segments[n.segments.length - 1]) - end) <= FLUSH_TOLERANCE);
}
/**
 * The wide gaps of a line (wider than a column gap, no space glyph drawn in them) that are a
 * justified line's stretched word spaces, by the index of the glyph after each. TeX, Chromium and
 * producers that place each word draw no space glyph: in a narrow justified measure (a table's
 * `p{}` column, a column of prose) every word space of a loose line is stretched, past a column gap
 * ("Regarde      ces      tu-"), and TeX stretches a sentence's space up to three times as much as
 * a word's ("But they did.        At twenty past twelve"). Such a gap is a space when:
 * - the line is justified: it ends at the page's flush right edge (flushEdge), or where a line just
 *   above or below ends (a column's or a cell's measure);
 * - it is no wider than the line's other word spaces (between its pieces, and the widest inside
 *   each) allow: SPREAD times their median, more after a stop or a colon (TeX's space factors). A
 *   tab is one gap much wider than the rest ("MUM      Look at these tulips! Half", Chromium's
 *   "Key:      Narrator – blue   Expert");
 * - it does not end where a line beside starts (a label table's text column, a hanging indent:
 *   a tab stop they share), nor where a line beside has its one wide gap ("MUM⇥…" over "KID⇥…").
 * Only in a line with no space glyph drawn: where its producer draws them, a gap without one is a
 * tab. A line of two words, with no other space to measure its gap by, is read so only at the
 * page's flush edge, and said (`alone`).
 */
function stretchedSpaces(glyphs: Glyph[], edge: number, near: SplitRow[]): { at: Set<number>; alone?: true } | undefined {
  const n = glyphs.length;
  if (n < 2 || n > STRETCH_PIECES) return undefined;
  const size = glyphs[0].size;
  // The line's word spaces: between its pieces, and the widest inside each piece.
  const spaces: number[] = [];
  const wide: number[] = [];
  for (let i = 0; i < n; i++) {
    const g = glyphs[i];
    // A line whose producer draws its spaces (LibreOffice, WeasyPrint): a gap with none is no
    // space of its ("ENFANT⇥On prend le grand", its tab hardly wider than the justified spaces
    // after it). Its stretched spaces are told by their space glyphs (splitRow, makeLine).
    if (g.drawnSpace || (i > 0 && g.spaceBefore)) return undefined;
    if (g.widestSpace !== undefined) spaces.push(g.widestSpace);
    if (i === 0) continue;
    const gap = g.x0 - glyphs[i - 1].end;
    const wordSize = Math.max(g.size, glyphs[i - 1].size);
    if (gap <= WORD_GAP * wordSize || opensAfterThin(g.text) || endsBeforeThin(glyphs[i - 1].text)) continue;
    spaces.push(gap);
    if (gap > COLUMN_GAP * wordSize && gap <= STRETCHED_SPACE * wordSize) wide.push(i);
  }
  if (!wide.length) return undefined;
  const end = extent(glyphs);
  const atEdge = Math.abs(end - edge) <= 2 * FLUSH_TOLERANCE;
  if (spaces.length < 2) {
    // One gap and nothing to measure it by: two words spread over a justified measure (TeX's
    // "invraisemblablement      bon" above "marché."), or a word set at a tab stop that happens
    // to end there. Read as the space a justified line makes of it, at the page's flush edge and at
    // no tab stop, and said (Line.loneGap).
    const i = wide[0];
    return spaces.length === 1 && atEdge && !atTabStop(glyphs[i].x0, glyphs[0].x0, near) ? { at: new Set([i]), alone: true } : undefined;
  }
  const flush = atEdge || near.some((row) => row.segments.some((seg) => seg[0].x0 < end && Math.abs(extent(seg) - end) <= FLUSH_TOLERANCE));
  if (!flush) return undefined;
  spaces.sort((a, b) => a - b);
  const out = new Set<number>();
  for (const i of wide) {
    const gap = glyphs[i].x0 - glyphs[i - 1].end;
    // The line's usual space: the median of its other spaces (the lower one of an even count).
    let at = 0;
    for (let lo = 0, hi = spaces.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (spaces[mid] < gap) lo = at = mid + 1;
      else hi = mid;
    }
    const k = (spaces.length - 2) >> 1;
    const usual = spaces[k < at ? k : k + 1];
    if (!(usual > WORD_GAP * size)) continue;
    const before = glyphs[i - 1].text;
    const spread = STOP_BEFORE.test(before) ? STOP_SPREAD : PAUSE_BEFORE.test(before) ? PAUSE_SPREAD : SPREAD;
    if (gap > spread * usual) continue;
    if (atTabStop(glyphs[i].x0, glyphs[0].x0, near)) continue;
    out.add(i);
  }
  return out.size ? { at: out } : undefined;
}

/**
 * Whether text starts at `x` on a line beside, as at a tab stop they share: a line starting there
 * (right of this line's start: a label table's text column, a hanging indent), or a line with one
 * wide gap ending there ("KID⇥Can we…" over "MUM⇥Look…").
 */
function atTabStop(x: number, start: number, near: SplitRow[]): boolean {
  return near.some((row) => {
    const first = row.segments[0][0].x0;
    if (first > start + EDGE && Math.abs(first - x) <= EDGE) return true;
    return row.segments.length === 2 && Math.abs(row.segments[1][0].x0 - x) <= EDGE;
  });
}

/** Pieces of a line looked at for stretched spaces, at most (a line drawn a letter at a time has a hundred). */
const STRETCH_PIECES = 400;
/**
 * How much wider than the line's usual word space a stretched one may be: about as wide (rounding,
 * a comma's space stretched a quarter more by TeX); after a stop, up to three times as wide and a
 * little more (TeX's space factor 3000 and its extra space), after a colon or semicolon twice.
 */
const SPREAD = 1.5;
const STOP_SPREAD = 3.3;
const PAUSE_SPREAD = 2.3;
const STOP_BEFORE = /[.!?\u2026]["'\u201D\u2019\u00BB)\]]*$/u;
const PAUSE_BEFORE = /[:;]["'\u201D\u2019\u00BB)\]]*$/u;

/** Pieces of a line looked at, at most (a line of a few dozen words). */
const EVEN_PIECES = 64;
/** Word gaps of one justified line differ by rounding only: this much (points), or this share of the widest. */
const EVEN = 0.5;
const EVEN_SHARE = 0.03;

/**
 * A label closer to its text than a column gap, at a tab stop that other labels' rows of the page
 * share: TeX sets a `tabular`'s widest label two `\tabcolsep` (12 pt) from its text, under a column
 * gap at 11 pt, so "GRANDAD  In my day…" read as one sentence ("GRANDAD In my day"), and a config
 * naming the GRANDAD label found none of his lines. Where MIN_STOPS rows or more of the page read
 * "LABEL⇥text" with their labels at one left edge and their texts at another (a tab stop), a row at
 * the same left edge whose text starts at the same stop, after a label's words and a gap of half an
 * em at least and wider than the row's word spaces (a justified line of prose whose word starts
 * there by chance has all its spaces alike), is one of them: its label gets its tab (`textAt`).
 */
function atLabelStops(rows: SplitRow[]): SplitRow[] {
  const { votes, vote } = edgeVotes();
  for (const row of rows) {
    const first = row.segments[0];
    if (row.textAt !== undefined) vote(first[0].x0, first[row.textAt].x0);
    else if (row.segments.length >= 2 && isLabel(first)) vote(first[0].x0, row.segments[1][0].x0);
  }
  // The few stops most rows vote for: each costs a pass over the page's rows (a hostile page of
  // scattered labels must not cost one pass per row).
  const stops = [...votes.values()].filter((v) => v.count >= MIN_STOPS).sort((a, b) => b.count - a.count).slice(0, MAX_STOPS);
  if (!stops.length) return rows;
  return rows.map((row) => {
    if (row.textAt !== undefined || row.segments.length !== 1) return row;
    const glyphs = row.segments[0];
    for (const { left, x } of stops) {
      if (Math.abs(glyphs[0].x0 - left) > EDGE) continue;
      for (let i = 1; i < glyphs.length && i <= LABEL_GLYPHS && glyphs[i].x0 <= x + EDGE; i++) {
        const g = glyphs[i], prev = glyphs[i - 1];
        const gap = g.x0 - prev.end;
        if (Math.abs(g.x0 - x) <= EDGE && gap >= STOP_GAP * Math.max(g.size, prev.size) && gap > SPREAD * widestOtherSpace(glyphs, i) && isLabel(glyphs.slice(0, i))) {
          return { ...row, textAt: i };
        }
      }
    }
    return row;
  });
}
/** Label rows that show a tab stop; stops looked at, at most; the least gap (× size) before text at one. */
const MIN_STOPS = 3;
const MAX_STOPS = 4;
const STOP_GAP = 0.5;

/** Whether a row's left part reads as a speaker's label (label-rows.ts): a few words, looked at only when short. */
function isLabel(glyphs: Glyph[]): boolean {
  return glyphs.length <= LABEL_GLYPHS && isLabelText(makeLine(glyphs).text);
}
const LABEL_GLYPHS = 40;

/** How wide a line's first word is. */
function firstWordWidth(glyphs: Glyph[]): number {
  const x0 = glyphs[0].x0;
  for (let i = 0; i < glyphs.length; i++) {
    if (i > 0 && wordBreakBefore(glyphs, i)) return glyphs[i - 1].x1 - x0;
    if (glyphs[i].firstWordEnd !== undefined) return glyphs[i].firstWordEnd! - x0;
  }
  return extent(glyphs) - x0;
}

/**
 * Whether a row read as one line ends at the same right edge as the row just above or below it
 * (within a point), each read as one line: a justified paragraph's line, whose wide gaps after a
 * space glyph are its word spaces, however wide.
 */
function flushWithNeighbour(row: SplitRow, segment: Glyph[], above?: SplitRow, below?: SplitRow): boolean {
  const end = extent(segment);
  return [above, below].some((n) => !!n && n.segments.length === 1 && Math.abs(n.baseline - row.baseline) <= NEIGHBOUR * row.size && Math.abs(extent(n.segments[0]) - end) <= FLUSH_TOLERANCE);
}

function extent(glyphs: Glyph[]): number {
  let x1 = -Infinity;
  for (const g of glyphs) if (g.x1 > x1) x1 = g.x1;
  return x1;
}

/** A row's glyphs left to right, the same glyph drawn twice at one place (fake bold, shadow) kept once: the copy on top. */
function sortRow(chunks: Glyph[][]): Glyph[] {
  let glyphs: Glyph[];
  if (chunks.length === 1) glyphs = chunks[0];
  else {
    // Chunks in x order; a stable sort keeps drawing order for glyphs at the same x.
    glyphs = chunks.flat();
    glyphs.sort((a, b) => a.x0 - b.x0 || a.seq - b.seq);
  }
  const out: Glyph[] = [];
  for (let i = 0; i < glyphs.length; i++) {
    const g = glyphs[i];
    const prev = out[out.length - 1];
    // A combining mark drawn as a glyph of its own (LibreOffice's and Chromium's harakat and niqqud,
    // set over or under their letter with no width) belongs to the letter it stands on, not a word apart.
    if (isMarkGlyph(g)) {
      const next = glyphs[i + 1];
      if (addMark(g, prev && !MARKS_ONLY().test(prev.text) ? prev : undefined, next && !MARKS_ONLY().test(next.text) ? next : undefined)) continue;
    }
    if (prev && g.text === prev.text && Math.abs(g.x0 - prev.x0) < 0.2 * g.size) {
      // The same text drawn twice at about one place (fake bold, LibreOffice's engraved and
      // embossed text: a grey copy a little off, then the text): a reader reads the copy on top,
      // the one drawn last, unless it lets the one under it show (a faint see-through copy).
      if (g.seq > prev.seq && !g.seeThrough) {
        if (prev.spaceBefore) g.spaceBefore = true;
        if (prev.spaceAfter) g.spaceAfter = true;
        out[out.length - 1] = g;
      }
      continue;
    }
    if (prev && g.x0 < prev.x1 - 0.05 * g.size && placeAccent(prev, g)) {
      if (!prev.text) out.pop();
      if (!g.text) continue;
    }
    out[out.length] = g;
  }
  return out;
}

const MARK_WIDTH = 0.1;
/** Combining marks, or a glyph with no width its font maps to no letter (Chromium's shadda in some Arabic fonts). */
const MARKS_ONLY = lazy(() => /^[\p{M}\uFFFD]+$/u);
const MARK_REACH = 0.3;
/** A combining mark drawn as a glyph of its own, with no width. */
const isMarkGlyph = (g: Glyph) => g.x1 - g.x0 <= MARK_WIDTH * g.size && MARKS_ONLY().test(g.text);

/**
 * Puts a mark drawn as a glyph of its own into the text of its letter's glyph (`before` or `after`
 * it left to right), at the letter it stands on: a right-to-left letter whose left edge is nearest
 * (marks are set from there), the mark before it in the visual order bidi.ts reverses; a
 * left-to-right one whose right edge is nearest (where the pen stood after it), the mark after it.
 * Letters inside a glyph of several are placed by their share of its width. False when neither is near.
 */
function addMark(mark: Glyph, before: Glyph | undefined, after: Glyph | undefined): boolean {
  let best: Glyph | undefined, bestChars: string[] = [], bestK = -1, bestDistance = Infinity, bestRtl = false;
  for (const base of [before, after]) {
    if (!base || Math.abs(mark.baseline - base.baseline) > base.size || mark.x0 < base.x0 - MARK_REACH * base.size || mark.x0 > base.x1 + MARK_REACH * base.size) continue;
    const chars = Array.from(base.text);
    const width = (base.x1 - base.x0) / chars.length;
    for (let k = 0; k < chars.length; k++) {
      if (MARKS_ONLY().test(chars[k]) || chars[k] === ' ') continue;
      const rtl = RTL_TEXT.test(chars[k]);
      const distance = Math.abs(mark.x0 - (base.x0 + (rtl ? k : k + 1) * width));
      if (distance < bestDistance) [best, bestChars, bestK, bestDistance, bestRtl] = [base, chars, k, distance, rtl];
    }
  }
  if (!best) return false;
  bestChars.splice(bestRtl ? bestK : bestK + 1, 0, mark.text);
  best.text = bestChars.join('');
  return true;
}

/**
 * Spacing accents drawn over a letter, as TeX does with its 7-bit (OT1) fonts: `\'e` is an acute
 * glyph and an e, one on top of the other. The pair is one letter, é.
 */
const ACCENTS: Record<string, string> = {
  '\u00B4': '\u0301', '`': '\u0300', '\u02C6': '\u0302', '^': '\u0302', '\u00A8': '\u0308', '\u02DC': '\u0303', '~': '\u0303',
  '\u00B8': '\u0327', '\u02C7': '\u030C', '\u02D8': '\u0306', '\u02DA': '\u030A', '\u02DD': '\u030B', '\u00AF': '\u0304',
  '\u02D9': '\u0307', '\u02DB': '\u0328',
};
const LETTER = /\p{L}/u;

/** Moves an accent ending `a` onto the letter starting `b` (or one starting `b` onto the letter ending `a`), which it overlaps. */
function placeAccent(a: Glyph, b: Glyph): boolean {
  const last = a.text[a.text.length - 1];
  const first = b.text[0];
  if (ACCENTS[last] && LETTER.test(first)) {
    a.text = a.text.slice(0, -1);
    b.text = withMark(first, ACCENTS[last]) + b.text.slice(1);
    if (!a.text) b.spaceBefore ||= a.spaceBefore;
    return true;
  }
  if (ACCENTS[first] && LETTER.test(last)) {
    a.text = a.text.slice(0, -1) + withMark(last, ACCENTS[first]);
    b.text = b.text.slice(1);
    return true;
  }
  return false;
}

/** TeX puts an accent over a dotless ı; in Unicode the mark goes on i. */
const withMark = (letter: string, mark: string) => ((letter === '\u0131' ? 'i' : letter) + mark).normalize('NFC');

/**
 * The right edge justified text ends flush at on this page: where most rows (MIN_FLUSH of them, three
 * at least) end within a point. Ragged text has none.
 */
function flushEdge(rows: Row[]): number {
  return flushEdgeOf(rows.map((r) => extent(r.glyphs)));
}

/**
 * Where most of these line ends fall within a point or so (MIN_FLUSH of them, three at least); NaN
 * when nowhere. `furthest`: where the furthest ends fall, three at least, however few the others
 * (a table column of justified cells among one-line cells: lines never pass its measure).
 */
export function flushEdgeOf(given: number[], furthest = false): number {
  const ends = [...given].sort((a, b) => a - b);
  if (furthest) {
    const last = ends.length - 1;
    let n = 0;
    while (n <= last && ends[last] - ends[last - n] <= 2 * FLUSH_TOLERANCE) n++;
    return n >= 3 ? ends[last] - FLUSH_TOLERANCE : NaN;
  }
  let best = NaN, count = 0;
  for (let i = 0, j = 0; i < ends.length; i++) {
    while (ends[i] - ends[j] > 2 * FLUSH_TOLERANCE) j++;
    if (i - j + 1 > count) [count, best] = [i - j + 1, ends[i] - FLUSH_TOLERANCE];
  }
  return count >= 3 && count >= MIN_FLUSH * ends.length ? best : NaN;
}

const FLUSH_TOLERANCE = 1;
const MIN_FLUSH = 0.3;
/** A margin note stands this far (× type size) at least past the flush edge of the text. */
const NOTE_GAP = 0.3;

function splitRow(row: Row, gutters: Gutter[], edge = NaN): SplitRow {
  const here = gutters.length ? guttersAt(gutters, row.baseline) : [];
  const segments: Glyph[][] = [];
  const atGutter: boolean[] = [];
  let current: Glyph[] = [];
  let startsAtGutter = false;
  let end = -Infinity;
  for (const g of row.glyphs) {
    if (current.length) {
      const prev = current[current.length - 1];
      // At a gutter: text ending before the far side of the strip, the next glyph at or past it
      // (a line poking into the gutter still ends there).
      const gap = g.x0 - prev.end;
      const size = Math.max(g.size, prev.size);
      // Type of two sizes either side of the gap (a 16 pt heading, an 11 pt text box beside it): a
      // gap is told against the smaller, whose word space is the narrower. One line's words in two
      // sizes are a word space apart, which COLUMN_GAP of the smaller still far exceeds.
      const apart = Math.min(g.size, prev.size);
      // Past the flush right edge of justified text, after a gap: a note in the margin (LaTeX's
      // \marginpar set 2 mm from the text), never the line's own words.
      const gutter =
        (here.length > 0 && here.some((u) => end < u.x1 - 0.5 && g.x0 >= u.x1 - 1)) ||
        (end <= edge + 2 * FLUSH_TOLERANCE && g.x0 >= edge + FLUSH_TOLERANCE + NOTE_GAP * size && gap >= NOTE_GAP * size);
      // A space glyph drawn in the same text operator before a wide gap: a word space stretched by
      // justification (WeasyPrint moves the pen after each space), unless it is wider than any.
      const stretched = g.spaceBefore && gap <= STRETCHED_SPACE * size;
      // A list's marker keeps its item on its line (judged only at a gap that would split).
      if (gutter || (gap > COLUMN_GAP * apart && !stretched && !(segments.length === 0 && gap <= LIST_GAP * size && isListMarker(current)))) {
        segments.push(current);
        atGutter.push(startsAtGutter);
        startsAtGutter = gutter;
        current = [];
      }
    }
    current[current.length] = g;
    if (g.x1 > end) end = g.x1;
  }
  segments.push(current);
  atGutter.push(startsAtGutter);
  return { baseline: row.baseline, size: row.size, segments, atGutter };
}

/**
 * Whether a word break comes before glyph `i`: a space glyph, or a wide enough gap that is not East
 * Asian autospace (autospace.ts; `drawsSpaces`: the page's producer draws its typed spaces).
 */
function wordBreakBefore(glyphs: Glyph[], i: number, drawsSpaces = false, letters = 0): boolean {
  if (i === 0) return false;
  const g = glyphs[i];
  if (g.spaceBefore) return true;
  const prev = glyphs[i - 1];
  const gap = g.x0 - prev.end, size = Math.max(g.size, prev.size);
  // A space glyph drawn after the text before (Chromium draws each glyph, spaces too, on its own):
  // a word break however narrow word spacing makes it, so long as a gap shows (Chromium also draws
  // a space at a break opportunity inside a word, "indic ations", and the word's rest over it).
  if (prev.spaceAfter && gap > SPACE_SEEN * size) return true;
  return gap > WORD_GAP * size + letters && (prev.spaceAfter === true || !isAutospace(prev.text, g.text, gap, size, drawsSpaces));
}

/**
 * The usual gap between a line's pieces with no space glyph between them, when it draws space
 * glyphs (its word breaks are there) and some such gap would break a word: the lower median of
 * those gaps, when there are LETTER_PAIRS at least (0 otherwise). Letter spacing drawn a glyph
 * at a time (Chromium's CSS letter-spacing) makes it as wide as the spacing; a gap is a word
 * break only when clearly wider than that (wordBreakBefore).
 */
function letterGap(glyphs: Glyph[]): number {
  if (glyphs.length <= LETTER_PAIRS) return 0;
  let spaces = false, wide = false, pairs = 0;
  for (let i = 1; i < glyphs.length; i++) {
    const g = glyphs[i], prev = glyphs[i - 1];
    if (prev.drawnSpace) spaces = true;
    if (g.spaceBefore || prev.spaceAfter) {
      spaces = true;
      continue;
    }
    pairs++;
    if (g.x0 - prev.end > WORD_GAP * Math.max(g.size, prev.size)) wide = true;
  }
  if (!spaces || !wide || pairs < LETTER_PAIRS) return 0;
  const gaps: number[] = [];
  for (let i = 1; i < glyphs.length; i++) {
    const g = glyphs[i], prev = glyphs[i - 1];
    if (!(g.spaceBefore || prev.spaceAfter)) gaps.push(g.x0 - prev.end);
  }
  gaps.sort((a, b) => a - b);
  const usual = gaps[(gaps.length - 1) >> 1]!;
  return usual > 0 ? usual : 0;
}
/** The narrowest gap (× size) after a space glyph that is seen as a space. */
const SPACE_SEEN = 0.04;
/** Pairs of pieces with no space between, at least, for a line's usual gap between letters to be measured. */
const LETTER_PAIRS = 4;

/**
 * Whether the gap before glyph `i` (`gap` points; narrower than a column gap, a word break) is a
 * tab that a producer drawing its spaces left as no glyph: LibreOffice draws each space as a glyph
 * and a tab as a move of the pen to its stop, which may be hardly wider than a space
 * ("Key:⇥Narrator – blue⇥Expert – green", the second tab stop 4.9 pt after "blue" at 11 pt). Told
 * where the line's own word spaces are drawn (a piece of it holds a space glyph between words), no
 * space glyph is drawn at this gap, and the gap is wider than TAB_OVER_SPACE times the line's widest
 * drawn word space (letter to letter, letter spacing aside): no space a producer that draws them
 * left out. Not before a mark a thin space precedes in French, nor after one a thin space follows.
 */
function undrawnTab(glyphs: Glyph[], i: number, gap: number, letters: number): boolean {
  const g = glyphs[i], prev = glyphs[i - 1];
  if (g.spaceBefore || prev.spaceAfter || opensAfterThin(g.text) || endsBeforeThin(prev.text)) return false;
  let widest = 0;
  for (const piece of glyphs) if (piece.drawnSpace && piece.widestSpace !== undefined && piece.widestSpace > widest) widest = piece.widestSpace;
  return widest > WORD_GAP * g.size && gap - letters > TAB_OVER_SPACE * widest;
}
/** How many times the line's widest drawn word space a gap with no space glyph must be, to be a tab (undrawnTab). */
const TAB_OVER_SPACE = 1.5;

/**
 * The line as runs: maximal stretches with the same text colour and background, one space
 * between words (the space belongs to the run before it). `drawsSpaces`: the page's producer
 * draws its typed spaces (buildLines), for the width of East Asian autospace.
 */
export function makeLine(glyphs: Glyph[], textAt?: number, justified = false, even = false, stretched?: ReadonlySet<number>, drawsSpaces = false): Line {
  let x1 = -Infinity, size = 0, baseline = 0;
  let firstWordEnd = -1;
  const runs: LineRun[] = [];
  let run: LineRun | undefined;
  let key = '';
  let emphasis: Glyph['emphasis'];
  let length = 0;
  let marks: Line['marks'];
  let full = 0, fullBaseline = 0, noteCalls = 0;
  for (const g of glyphs) if (g.size > full) [full, fullBaseline] = [g.size, g.baseline];
  // A list's bullet or number opens the line's box but is no text (a DOCX list's is not text either).
  // A bullet drawn on its own (its own text operator), apart from the item's text.
  const mark = glyphs[0].text.trim();
  const apart = glyphs.length > 1 ? glyphs[1].x0 - glyphs[0].end : 0;
  const size0 = glyphs.length > 1 ? Math.max(glyphs[0].size, glyphs[1].size) : 0;
  // A number that a tagged PDF's structure puts outside any list item was typed: it stays, as in the DOCX.
  const bullet =
    textAt === undefined && glyphs.length > 1 &&
    (BULLET.test(mark)
      ? apart > (TYPED.test(mark) ? BULLET_GAP : WORD_GAP) * size0
      : glyphs[0].listed === true
        ? apart > LISTED_GAP * size0 && (AUTO_NUMBER.test(mark) || LISTED_NUMBER.test(mark))
        : apart > BULLET_GAP * size0 && AUTO_NUMBER.test(mark) && glyphs[0].listed !== false);
  const letters = letterGap(glyphs);
  for (let i = bullet ? 1 : 0; i < glyphs.length; i++) {
    const g = glyphs[i];
    // A note call: a digit or mark set small and raised, right after text.
    // One opening the line (before text) is a note's own number: "¹Source: …".
    // A raised ending or abbreviation ("1er", "Mme") is no call: its word's, and off the baseline too.
    let raised = false;
    if ((i > 0 || glyphs.length > 1) && g.size <= SUPERSCRIPT * full && fullBaseline - g.baseline >= RAISED * full && isRaisedPiece(g.text)) {
      if (NOTE_CALL.test(g.text)) (marks ??= []).push({ text: g.text, at: i === 0 ? 0 : length + (wordBreakBefore(glyphs, i, drawsSpaces, letters) ? 1 : 0) });
      raised = i > 0 || NOTE_CALL.test(g.text);
    }
    // Figures set small and lowered after a letter: a chemical formula's ("CO₂"), off the baseline too.
    const lowered = !raised && i > 0 && g.size <= SUPERSCRIPT * full && g.baseline - fullBaseline >= LOWERED * full && LOWERED_PIECE.test(g.text) && isLetterAt(glyphs[i - 1].text, glyphs[i - 1].text.length - 1);
    if (g.x1 > x1) x1 = g.x1;
    if (g.size > size) size = g.size;
    // A label row stands on its text's baseline (a label in smaller type sits a point or two off it);
    // a line on its text's, not on a note call raised above it (LibreOffice draws "hill,¹" as
    // pieces of a word or more: one raised piece among eight moved the line up 2.4 pt, and the next
    // line's pitch split its paragraph).
    if (textAt === undefined || i >= textAt) {
      if (raised) noteCalls++;
      else if (lowered) noteCalls++;
      else baseline += g.baseline;
    }
    if (run && (i === textAt || wordBreakBefore(glyphs, i, drawsSpaces, letters))) {
      if (firstWordEnd < 0) firstWordEnd = glyphs[i - 1].x1;
      // A gap as wide as a column's (a tab stop the line runs across) is a tab, as in the DOCX:
      // it sets apart what a line lists ("Key:⇥Narrator – blue⇥Expert – green"); so is the gap
      // between a speaker's label and its text in a label table's row. After a space glyph it is
      // a word space stretched by justification, as splitRow takes it (LibreOffice and WeasyPrint
      // draw the space and move the pen; a tab they draw as no glyph), up to STRETCHED_SPACE, or
      // however wide in a line flush with its neighbour's right edge (two long words in a narrow
      // justified column).
      const gap = g.x0 - glyphs[i - 1].end, wide = Math.max(g.size, glyphs[i - 1].size);
      // A line whose word gaps are all one width (`even`) is justified: its wide gaps are spaces,
      // with or without a space glyph (Chromium draws none).
      // So is one about as wide as the line's other spaces in a justified line (`stretched`, with no space glyph: TeX).
      run!.text += i === textAt || (gap > COLUMN_GAP * wide && !even && !stretched?.has(i) && !(g.spaceBefore && (justified || gap <= STRETCHED_SPACE * wide))) || (!even && undrawnTab(glyphs, i, gap, letters)) ? '\t' : ' ';
      length++;
    }
    if (firstWordEnd < 0 && g.firstWordEnd !== undefined) firstWordEnd = g.firstWordEnd;
    const k = `${g.background === null ? g.color : `${g.color}|${g.background}|${g.backgroundKind ?? ''}`}${g.struck ? '|struck' : ''}${g.revision ? '|revision' : ''}`;
    // A run is one look: also one emphasis (italic, bold, font: model.ts Run.italic), compared by identity (emphasis.ts).
    if (!run || k !== key || g.emphasis !== emphasis) {
      run = { text: '', color: g.color, background: g.background };
      if (g.backgroundKind) run.backgroundKind = g.backgroundKind;
      if (g.struck) run.struck = true;
      if (g.revision) run.revision = true;
      emphasis = g.emphasis;
      if (emphasis?.italic) run.italic = true;
      if (emphasis?.bold) run.bold = true;
      if (emphasis?.font) run.font = emphasis.font;
      runs.push(run);
      key = k;
    }
    // A raised call or power after text is shown as a reader sees it, raised ("note¹", "m²", "TTC⁽¹⁾"):
    // the spoken rules say a power and keep a call unsaid (measure/spoken/maths.ts), as a DOCX's superscript;
    // figures lowered after a letter too ("CO₂"), as a DOCX's subscript.
    const shown = raised && i > 0 ? raisedForm(g.text) : lowered ? loweredForm(g.text) : g.text;
    run.text += shown;
    length += shown.length;
    // A note's raised number set close to its first word is a word of its own: "1 Source: …".
    if (i === 0 && marks?.[0]?.at === 0 && glyphs.length > 1 && !wordBreakBefore(glyphs, 1, drawsSpaces, letters)) {
      run.text += ' ';
      length++;
    }
  }
  if (firstWordEnd < 0) firstWordEnd = x1;
  const x0 = glyphs[0].x0;
  let counted = (textAt !== undefined ? glyphs.length - textAt : glyphs.length - (bullet ? 1 : 0)) - noteCalls;
  if (counted <= 0) {
    // Nothing but raised calls counted (a bullet and a call): the line stands where they do.
    for (let i = textAt ?? 0; i < glyphs.length; i++) baseline += glyphs[i].baseline;
    counted = glyphs.length - (textAt ?? 0);
  }
  const line: Line = { runs, text: runs.map((r) => r.text).join(''), x0, x1, baseline: baseline / counted, size, firstWordWidth: firstWordEnd - x0 };
  if (marks) line.marks = marks;
  if (RTL_TEXT.test(line.text)) toReadingOrder(line);
  if (glyphs[0].artifact && glyphs.every((g) => g.artifact)) line.artifact = true;
  if (hyphenApart(glyphs)) line.hyphenApart = true;
  // A list item's first line: its wrapped lines go on at the item's text, not at the marker; a
  // label row's go on at its text.
  if (textAt !== undefined) line.itemText = glyphs[textAt].x0;
  else if (glyphs.length > 1 && isMarkerText(mark) && apart > WORD_GAP * glyphs[1].size) line.itemText = glyphs[1].x0;
  return line;
}

/**
 * Whether the line closes with a hyphen (U+002D, U+2010) that is a piece of its own (its own text
 * operator: Glyph) right after one of two characters or more ending in a letter, in the same colour,
 * background, emphasis and size, and set against it: LibreOffice draws the hyphen of its
 * automatic hyphenation so, apart from the word it breaks, while a typed hyphen stays in its word's
 * piece ("electrostatically-"). A look that changes at the hyphen would part it too, so it must not.
 */
function hyphenApart(glyphs: Glyph[]): boolean {
  const n = glyphs.length;
  if (n < 2) return false;
  const h = glyphs[n - 1]!, p = glyphs[n - 2]!;
  if ((h.text !== '-' && h.text !== '\u2010') || p.text.length < 2 || !isLetterAt(p.text, p.text.length - 1)) return false;
  if (h.color !== p.color || h.background !== p.background || h.emphasis !== p.emphasis || h.struck !== p.struck || h.revision !== p.revision) return false;
  return Math.abs(h.size - p.size) <= 0.01 * p.size && Math.abs(h.baseline - p.baseline) <= 0.05 * p.size && Math.abs(h.x0 - p.end) <= HYPHEN_AGAINST * p.size;
}
/** How far (× size) a hyphen drawn apart may stand from the word's piece to be set against it. */
const HYPHEN_AGAINST = 0.1;

/**
 * A raised piece's type is this small at most (× the line's), and raised this much (× the line's size).
 * Chromium sets `<sup>` in `font-size: smaller`, 10 pt in 12 (0.83); Word and LibreOffice at 58 %.
 */
const SUPERSCRIPT = 0.85;
const RAISED = 0.2;
/** What a note call is: a number (Word numbers endnotes i, ii, iii…), in brackets too ("(1)"), or a few reference marks. */
const NOTE_CALL = /^(?:\d{1,3}|\(\d{1,3}\)|[ivx]{1,4}|[*\u2020\u2021]{1,3})$/u;

/**
 * What a raised piece may be: a note call, or up to four letters (an ordinal's ending "er", "e",
 * "nde", "st", "th"; an abbreviation's "me" of "Mme"), or a trade mark's sign ("™", "®").
 */
function isRaisedPiece(text: string): boolean {
  if (NOTE_CALL.test(text) || text === '\u2122' || text === '\u00AE') return true;
  if (text.length === 0 || text.length > 4) return false;
  for (let i = 0; i < text.length; i++) if (!isLetterAt(text, i)) return false;
  return true;
}
