import { isAddress } from '../../text/addresses.js';
import { openingLabel } from '../../text/speaker-label.js';
import { scriptAtEnd, readText } from '../../text/words.js';
import type { Hyphenation } from './hyphenation.js';
import { isMarkerText } from './lines.js';
import type { Block, Line, LineRun } from './types.js';

/** A paragraph as laid out: its visual lines, where it starts, and the column it sits in. */
export interface LaidParagraph {
  lines: Line[];
  page: number;
  cell?: Block['cell'];
  /** Left edge of its block and right edge of its column: to judge indents and short lines. */
  left: number;
  right: number;
  /** Its block is justified: every line but a paragraph's last ends at `right`. */
  justified?: boolean;
  /**
   * The leftmost text of what it stands in on its page (the body's free text, its text column, its
   * table cell): where `Paragraph.indent` is measured from.
   */
  base?: number;
}

/**
 * How far (points, to 0.1) a paragraph's lines stand in from `base`, the first line's own indent or
 * hang left aside: its second line's left edge; a paragraph of one line, where its text starts (after
 * a list's marker, a label table's label).
 */
export function indentOf(para: LaidParagraph): number | undefined {
  if (para.base === undefined || !para.lines.length) return undefined;
  const first = para.lines[0];
  const edge = para.lines.length > 1 ? para.lines[1].x0 : first.itemText ?? first.x0;
  return Math.max(0, Math.round((edge - para.base) * 10) / 10);
}

/** Baseline-to-baseline distance above this multiple of the block's tightest spacing starts a paragraph. */
const SPACING_BREAK = 1.3;
/** Baselines closer than this (× the smaller type size) are no two lines of text set one under the other. */
const OVERLAP = 0.9;
/** In a borderless table, a line this much further from the line above than the tightest, level with a paragraph of another column, opens a row. */
export const ROW_SPACING = 1.1;
/**
 * In text that never wraps, a baseline-to-baseline distance (× font size) past single spacing.
 * The price: a 1.5- or double-spaced script in which one paragraph alone wraps is split at that
 * wrap (its lines then look like one-line paragraphs); scripts of one-line paragraphs set apart
 * by space after them are far commoner, and a split loses no word where a merge can lose a line
 * into the legend above it.
 */
const UNWRAPPED_BREAK = 1.5;
/** An indent (× font size) that marks a new paragraph. */
const INDENT = 0.8;
/** Width of a word space (× font size), to judge whether a word would have fitted on a line. */
const SPACE = 0.25;
/** White space other than single spaces (from glyphs mapped to several characters). */
const ODD_SPACE = /[\t\n\r\f\v]| {2}/;

/** A line is short when the next line's first word would have fitted after it: the writer broke it. */
export function endsShort(prev: Line, next: Line, right: number, justified = false): boolean {
  // Justified text fills every line but a paragraph's last: a line short of the edge ends one.
  if (justified) return prev.x1 < right - FLUSH;
  // With room to spare: widths measured from the PDF are a little off, and a word that only just
  // fits may not have fitted for the typesetter.
  return prev.x1 + SPACE * prev.size + next.firstWordWidth < right - SPARE * prev.size;
}

/**
 * What a block's lines say of a right margin `right` taken from how far they reach, against
 * `wider`, the left margin mirrored (page margins are mostly mirrored: Word's, LibreOffice's,
 * TeX's, a browser's). Only lines that look full at `right` (the next line's first word would
 * not have fitted) and have a line after them in their block count, as `full`. Of those:
 * `ended`, lines that end a sentence (a full stop, a question or exclamation mark, an ellipsis,
 * then maybe closing quotes or brackets) before a line that opens with no lower-case letter, and
 * that are short at `wider` (the next line's first word would have fitted there): a paragraph's
 * end, when the margin is the wider one; `running`, lines that end in a letter or a digit (no
 * mark at all) before a line that opens in lower case: a sentence wrapped there.
 */
export function lineEnds(lines: Line[], right: number, wider: number): LineEnds {
  let full = 0, ended = 0, running = 0, closed = 0;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1], next = lines[i];
    if (endsShort(prev, next, right)) continue;
    full++;
    if (LOWER_START.test(next.text)) {
      if (BARE_END.test(prev.text.trimEnd())) running++;
    } else if (SENTENCE_END.test(prev.text.trimEnd())) {
      closed++;
      if (endsShort(prev, next, wider)) ended++;
    }
  }
  return { full, ended, running, closed };
}

/**
 * `lineEnds`' counts. `closed`: full-looking lines that end a sentence before a line opening with
 * no lower-case letter, whether or not the next line's first word would have fitted anywhere.
 */
export interface LineEnds {
  full: number;
  ended: number;
  running: number;
  closed: number;
}

/**
 * Whether the text's full-looking lines (`lineEnds` over all of it, at its right margin) end where
 * its sentences do, as one-line paragraphs set with no space between them do (a Word or LibreOffice
 * script of one sentence a paragraph, spacing 0): then a sentence's end before a line opening with
 * no lower-case letter ends a paragraph even where the line reaches the margin. Lines that long
 * leave no room for the next word at any margin and sit at single spacing: nothing else tells them
 * from wrapped prose, which ends a line in ten or so with a sentence and runs on in lower case on
 * most others. Needed: nearly all full-looking lines (ENDED_SHARE) so, none running on in lower
 * case, and ONE_LINE_LINES of them; on a page too short for that (a heading and three lines), both
 * of two or more, since three sentences falling each at a wrap are rare and the words stay the same.
 */
export function endsAtSentences(ends: LineEnds): boolean {
  if (ends.running > 0 || ends.full < SHORT_PAGE_LINES) return false;
  return ends.full >= ONE_LINE_LINES ? ends.closed >= ENDED_SHARE * ends.full : ends.closed === ends.full;
}

/** Full-looking lines needed, all ending a sentence, on a page too short for ONE_LINE_LINES. */
const SHORT_PAGE_LINES = 2;

/** A line that ends in the middle of a phrase: on a letter or a digit. */
const BARE_END = /[\p{L}\p{N}]$/u;

/**
 * Whether lines that reach about as far as one another are one-line paragraphs, not lines
 * wrapped at the margin they seem to set (a script of one sentence a paragraph, each sentence
 * about as long: the furthest of them was taken for the right margin, no line looked short, and
 * the whole script read as one paragraph). Told by what a reader sees of the lines that look full
 * at `right` (`lineEnds`): nearly all of them (ENDED_SHARE) end a sentence, the next line opens
 * with no lower-case letter, and its first word would have fitted before `mirrored`, the left
 * margin mirrored (page margins mostly are). Wrapped prose ends most of its lines mid-sentence:
 * one line in ten doing so keeps `right` (a right margin wider than the left one, lines wrapped
 * short of the mirrored margin), and so does a page too small to tell (ONE_LINE_LINES). Lines
 * that end no sentence (verse ending in commas, titles, the same words again and again) keep it
 * too: nothing tells their ends from a wider right margin's.
 */
export function oneLineParagraphs(ends: { full: number; ended: number }): boolean {
  return ends.full >= ONE_LINE_LINES && ends.ended >= ENDED_SHARE * ends.full;
}

/** Lines that look full needed to tell one-line paragraphs of like width (or narrow text wrapped). */
export const ONE_LINE_LINES = 3;
/** The share of them that must end a sentence. */
const ENDED_SHARE = 0.9;

/** A sentence's end: its mark, then closing quotes or brackets (French sets a space before "»"). */
const SENTENCE_END = /[.!?\u2026\u3002\uFF01\uFF1F](?:\s*[\p{Pe}\p{Pf}"'\u00BB])*$/u;
/**
 * A line opening with an em dash kept as its text (a typed "— ", not a bullet set apart: lines.ts):
 * a dialogue's or an aside's dash, which a line may wrap before as before any word (Unicode's line
 * breaking allows a break before an em dash: Chromium breaks "Don’t — just don’t." after "Don’t").
 * It opens a paragraph where the line before ended short or with CLOSES. Not an en dash or a
 * hyphen: no line wraps before them (the break comes after), so a line opening with one opens an
 * item of a typed list.
 */
const TYPED_DASH = /^\u2014\s/u;
/** What ends a phrase at a line's end: a sentence's mark, a colon, or closing quotes or brackets. */
const CLOSES = /(?:[.!?:;\u2026\u3002\uFF01\uFF1F]|[\p{Pe}\p{Pf}"'\u00BB])$/u;
/** A line whose first letter is lower case (after any quotes, brackets or dashes). */
const LOWER_START = /^[^\p{L}\p{N}]{0,3}\p{Ll}/u;

/** Room (× font size) the next word must have left for a line to count as ended short. */
const SPARE = 0.1;

/** How close to the edge (points) a justified line ends. */
const FLUSH = 1.5;

/**
 * Whether most lines of a block end flush at `right`: justified text. Not when lines that wrapped
 * (the next line's first word would not have fitted) end a space or more short of the edge more
 * than now and then (RAGGED): ragged text whose lines happen to end near its widest one (a
 * table cell's few lines, `right` the widest of them), where a justified block's lines all fill
 * the measure but its paragraphs' last ones.
 */
function isJustified(lines: Line[], right: number): boolean {
  if (lines.length < 4) return false;
  let flush = 0;
  let ragged = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i];
    if (Math.abs(line.x1 - right) <= FLUSH) flush++;
    else if (line.x1 <= right - SPACE * line.size && !endsShort(line, lines[i + 1], right)) ragged++;
  }
  return flush >= 0.6 * (lines.length - 1) && ragged <= RAGGED * (lines.length - 1);
}

/** The share of a justified block's lines that may end short of its edge though they wrapped (a line set loose, a measure misjudged). */
const RAGGED = 0.2;

/** The line pitch (baseline to baseline, points) of wrapped lines, by type size (see `sizeKey`). */
export type LinePitch = Map<number, number>;

/** Type sizes within a quarter point are one size. */
const sizeKey = (size: number) => Math.round(size * 4) / 4;

/**
 * The line pitch of the document's wrapped lines at each type size, where a block shows it: a
 * block with two pitches between its lines of one size, the wider over SPACING_BREAK times the
 * tighter, has lines of one paragraph at the tighter and paragraph spacing at the wider. The widest
 * such evidence is kept, so that text set with more leading than a tighter block elsewhere is never
 * split at its lines. Only pitches between two lines of that size next to each other count, three
 * such lines at least: a heading a size step up in the block (Chromium's 13 pt `<h2>` in a 12 pt
 * body, its paragraphs spaced no further apart than it) hid the body's pitch when the block had to
 * be of one size, and the wrapped line after it read as a paragraph of its own.
 */
export function linePitches(blocks: Iterable<Block>): LinePitch {
  const out: LinePitch = new Map();
  // Per size in one block: the tightest and widest pitch between neighbours of that size, and how many.
  const seen = new Map<number, { min: number; max: number; count: number; size: number }>();
  for (const { lines } of blocks) {
    if (lines.length < 3) continue;
    seen.clear();
    for (let i = 1; i < lines.length; i++) {
      const key = sizeKey(lines[i].size);
      if (key !== sizeKey(lines[i - 1].size)) continue;
      const pitch = lines[i].baseline - lines[i - 1].baseline;
      const s = seen.get(key);
      if (s) {
        s.min = Math.min(s.min, pitch);
        s.max = Math.max(s.max, pitch);
        s.count++;
      } else seen.set(key, { min: pitch, max: pitch, count: 1, size: lines[i].size });
    }
    for (const [key, { min, max, count, size }] of seen) {
      if (count < 2 || min < 0.9 * size || max <= SPACING_BREAK * min) continue;
      out.set(key, Math.max(out.get(key) ?? 0, min));
    }
  }
  return out;
}

/**
 * Narrower measures set in from the text's margins, as a screenplay sets its dialogue: lines
 * that start at one indented left edge and never reach the right margin wrap at a right edge of
 * their own. For each such left edge (and type size), that edge: the furthest its lines reach.
 * Evidence needed: MEASURE_LINES lines at that left edge, two or more of them ending within two
 * ems of the furthest (wrapped lines end ragged but near the edge; one-line paragraphs do not),
 * one of those at least ending mid-sentence, all short of the margin by two ems, the edge set in
 * from the text's left margin. Fewer lines (a paragraph alone in such a measure, a quotation of two
 * or three lines), or ragged lines short of the page's margin but not of the furthest text's, show
 * it by a line that wrapped there (`loneEdge`).
 */
export class Measures {
  private readonly edges: { x0: number; size: number; right: number }[] = [];

  /**
   * `margin`: the text's right margin (assemble.ts textMargins); `width`: the frame's, whose margins
   * mirrored stand in for the right one where ragged text never reaches it (lone measures only).
   */
  constructor(blocks: Block[], margin: number, width = 0) {
    // Each line, and the line after it in its block (a paragraph's next line, if it goes on).
    const lines: Line[] = [], next: (Line | undefined)[] = [];
    for (const b of blocks) {
      if (b.cell || b.lines[0].column !== undefined) continue;
      for (let i = 0; i < b.lines.length; i++) {
        lines.push(b.lines[i]!);
        next.push(b.lines[i + 1]);
      }
    }
    if (!lines.length) return;
    let left = Infinity;
    for (const l of lines) left = Math.min(left, l.x0);
    const groups = new Map<string, number[]>();
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      const key = `${Math.round(l.x0)}|${sizeKey(l.size)}`;
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    }
    for (const indexes of groups.values()) {
      const { x0, size } = lines[indexes[0]!]!;
      if (indexes.length < 2 || x0 <= left + INDENT * size) continue;
      const group = indexes.map((i) => lines[i]!);
      let right = 0;
      for (const l of group) right = Math.max(right, l.x1);
      if (group.length >= MEASURE_LINES && right <= margin - 2 * size) {
        const near = group.filter((l) => l.x1 >= right - 2 * size);
        // Wrapped lines end mid-sentence, most of them: lines that all end a sentence there are
        // one-line paragraphs about as long as one another (Courier dialogue of short sentences),
        // and the furthest of them sets no edge (the line after it would look wrapped).
        if (near.length >= 2 && near.some((l) => !SENTENCE_END.test(l.text.trimEnd()))) {
          this.edges.push({ x0, size, right });
          continue;
        }
      }
      // Fewer lines, or ragged text that never reached the right margin the lines measured (a
      // quotation set in from it by less than two ems of that): a line that wrapped at the measure's
      // edge shows it, the page's margins mirrored telling where the text's right margin is.
      const page = Math.max(margin, width - left);
      if (right > page - 2 * size) continue;
      const edge = loneEdge(indexes, lines, next, right, page - (x0 - left), page - 2 * size);
      if (edge !== undefined) this.edges.push({ x0, size, right: edge });
    }
  }

  /** The right edge of a line's own measure, if it has one. */
  of(line: Line): number | undefined {
    return this.at(line.x0, line.size);
  }

  /** The right edge of the measure of lines starting at `x0` in type of `size`, if they have one. */
  at(x0: number, size: number): number | undefined {
    for (const e of this.edges) if (Math.abs(e.x0 - x0) <= 1 && sizeKey(e.size) === sizeKey(size)) return e.right;
    return undefined;
  }
}

/** How far (× type size) lines beside a picture floated left stand in from their block's edge, at least: past any first-line indent. */
const FLOAT_STEP = 6;

/** Lines at one indented left edge needed to show a measure of their own. */
const MEASURE_LINES = 4;

/**
 * The right edge of a measure seen from lines at one indented left edge
 * (`indexes` into `lines`; `next`, each line's next in its block): a line there that wrapped,
 * followed in its block by the next line at the same left edge, ending mid-sentence, and full at
 * the edge (the next line's first word would not have fitted). The edge is `right`, where the lines
 * reach, when two of them end flush there (justified text); else the left indent mirrored
 * (`mirrored`: set in as far from the margin on the right as on the left, as Word's, HTML's and
 * LaTeX's quotations are), when no line passes it and it is short of the margin (`limit`). Short
 * lines set in from the left only (a song's, an address) wrap at neither: the next line's first
 * word would have fitted after each.
 */
function loneEdge(indexes: readonly number[], lines: readonly Line[], next: readonly (Line | undefined)[], right: number, mirrored: number, limit: number): number | undefined {
  const wrapsAt = (edge: number) =>
    indexes.some((i) => {
      const line = lines[i]!, after = next[i];
      return after !== undefined && Math.abs(after.x0 - line.x0) <= 1 && !SENTENCE_END.test(line.text.trimEnd()) && !endsShort(line, after, edge);
    });
  let flush = 0;
  for (const i of indexes) if (lines[i]!.x1 >= right - FLUSH) flush++;
  if (flush >= 2 && wrapsAt(right)) return right;
  if (mirrored <= limit && right <= mirrored + FLUSH && wrapsAt(mirrored)) return mirrored;
  return undefined;
}

/**
 * Splits a block into paragraphs by spacing, indents, short lines and font size, and at
 * `rowStarts` (baselines where a row of a borderless table begins). `measures`: narrower
 * measures of indented text (see Measures); a line there is short against its own right edge.
 * `levelStarts`: where paragraphs of the other columns of a borderless table start, in order; a line level
 * with one, further from the line above than the block's tightest spacing, opens a row.
 * `sentenceLines`: the text's lines end where its sentences do (endsAtSentences).
 */
export function splitBlock(
  block: Block, page: number, right: number, rowStarts: number[] = [], linePitch?: LinePitch, unwrapped = false, measures?: Measures,
  levelStarts: number[] = [], labels?: ReadonlySet<string>, sentenceLines = false, beside: readonly Block[] = [],
): LaidParagraph[] {
  const { lines } = block;
  const boxes = besideEdges(lines, beside);

  const startsRow = (line: Line) => rowStarts.some((b) => Math.abs(b - line.baseline) <= 0.3 * line.size);
  const levelWithRow = (line: Line) => {
    // levelStarts is in order: the first at or past the line's reach, then whether it is within it.
    const reach = 0.3 * line.size;
    let lo = 0, hi = levelStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (levelStarts[mid]! < line.baseline - reach) lo = mid + 1;
      else hi = mid;
    }
    return lo < levelStarts.length && levelStarts[lo]! <= line.baseline + reach;
  };
  let justified = isJustified(lines, right);
  // Text justified at an edge of its own, short of the margin (a two-column layout's last page,
  // its text ending in the left column): its lines end flush there, so that is its measure.
  // Not one-line paragraphs whose lines end at one x (sentences that differ only by their digits:
  // "Sentence 10 of…", "Sentence 11 of…"), each ending a sentence short of the margin.
  if (!justified && !block.cell && block.x1 < right - FLUSH && isJustified(lines, block.x1) && !oneLineParagraphs(lineEnds(lines, block.x1, right))) {
    right = block.x1;
    justified = true;
  }
  // The tightest pitch between two lines of one type size, by size, and between any two lines: a
  // line's pitch is judged against its own size's, so that a few lines set smaller and solid (a
  // two-line page header, a version block at 10 pt above a 12 pt body) do not split every wrap of
  // the body (LibreOffice's, 15.9 pt apart under 11.5). Between lines of two sizes, the tighter
  // of their sizes' pitches, else the block's. Not in a block where two lines stand closer than
  // OVERLAP × their type (labels centred in the gap between rows, a raised mark on a row of its
  // own): no regular pitch there, the block's tightest rules all its lines, as it always did.
  let tightest = Infinity, overlap = false;
  const bySize = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const pitch = lines[i].baseline - lines[i - 1].baseline;
    tightest = Math.min(tightest, pitch);
    if (pitch < OVERLAP * Math.min(lines[i].size, lines[i - 1].size)) overlap = true;
    const key = sizeKey(lines[i].size);
    if (key === sizeKey(lines[i - 1].size)) bySize.set(key, Math.min(bySize.get(key) ?? Infinity, pitch));
  }
  if (overlap) bySize.clear();
  // A block of one-line paragraphs has no line pitch of its own: the document's, at its type size, tells.
  const known = lines.length > 1 ? linePitch?.get(sizeKey(lines[0].size)) : undefined;
  if (known !== undefined && lines.every((l) => sizeKey(l.size) === sizeKey(lines[0].size))) {
    tightest = Math.min(tightest, known);
    bySize.set(sizeKey(lines[0].size), tightest);
  }
  const tightestOf = (a: Line, b: Line) => {
    const ka = sizeKey(a.size), kb = sizeKey(b.size);
    const pa = bySize.get(ka), pb = ka === kb ? pa : bySize.get(kb);
    return pa === undefined ? pb ?? tightest : pb === undefined ? pa : Math.min(pa, pb);
  };
  // A label table's text edges, where its rows' text starts after the label: a list item's text, or
  // where a row read as one line across a tab (`ANNCR:⇥This weekend…`, LibreOffice's) goes on under
  // its text. A row's text, or a paragraph of it after the first, wraps back there too.
  const textEdges = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!, above = lines[i - 1];
    if (l.itemText !== undefined) {
      if (!TYPED_DASH.test(l.text)) textEdges.add(Math.round(l.itemText));
    }
    else if (above?.text.includes('\t') && l.x0 > above.x0 + INDENT * l.size && l.baseline - above.baseline <= SPACING_BREAK * tightestOf(above, l)) textEdges.add(Math.round(l.x0));
  }
  const atTextEdge = (x: number) => textEdges.size > 0 && [-1, 0, 1].some((d) => textEdges.has(Math.round(x) + d));
  const out: LaidParagraph[] = [];
  // The right edge a line wraps at: its own narrower measure, else the block's.
  // A label row's or list item's first line wraps where the lines of its text do: the measure of
  // the edge its text starts at (a label table's narrow text column beside wider prose).
  const edgeOf = (line: Line) => Math.min(right, measures?.of(line) ?? (line.itemText !== undefined ? measures?.at(line.itemText, line.size) : undefined) ?? Infinity);
  // Where a line wraps: its measure's edge, narrowed at its height by a box beside it (besideEdges).
  const wrapEdge = (line: Line) => {
    let edge = edgeOf(line);
    for (const box of boxes) if (box.x0 > line.x1 && besideLine(box, line)) edge = Math.min(edge, box.edge);
    return edge;
  };
  const close = (list: Line[]) => {
    const edge = edgeOf(list[list.length - 1]);
    out.push({ lines: list, page, cell: block.cell, left: edge < right ? list[0].x0 : block.x0, right: edge, justified });
  };
  let current: Line[] = [lines[0]];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1];
    const line = lines[i];
    const size = Math.max(prev.size, line.size);
    const pitch = line.baseline - prev.baseline;
    const tight = tightestOf(prev, line);
    const indent = INDENT * size;
    const edge = boxes.length ? wrapEdge(prev) : edgeOf(prev);
    const short = endsShort(prev, line, edge, justified && edge === right);
    // A line of an indented measure that fills it, and the next at the same edge: a wrapped line.
    // So too a line of a label table's text column that fills it, and the next at the same edge:
    // the text of a row (its label cell empty, or a paragraph of it after the first) wraps there.
    // So too a line set in far from the left only (further than any first-line indent) that fills the
    // measure to its right edge mid-sentence, and the next at the same edge: text wrapping beside a
    // picture floated left (nothing drawn there is text).
    const besideFloat = prev.x0 > block.x0 + FLOAT_STEP * size && !SENTENCE_END.test(prev.text.trimEnd());
    const wraps = (edge < right || atTextEdge(prev.x0) || besideFloat) && !short && Math.abs(line.x0 - prev.x0) <= 1;
    // A list item's first line, and the next where the item's text starts (its hanging indent).
    const hangs = current.length === 1 && (prev.itemText !== undefined ? Math.abs(line.x0 - prev.itemText) <= 0.3 * size : hangsAfterMarker(prev, line, size));
    const breaks =
      pitch > SPACING_BREAK * tight ||
      // In a document whose text never wraps, lines set apart by more than single spacing are
      // paragraphs of their own (see `textMargins`).
      (unwrapped && pitch >= UNWRAPPED_BREAK * size) ||
      short ||
      // Text whose full-looking lines end where its sentences do (endsAtSentences): a sentence's
      // end, then a line opening with no lower-case letter.
      (sentenceLines && SENTENCE_END.test(prev.text.trimEnd()) && !LOWER_START.test(line.text)) ||
      // A sentence's end, then a speaker's label: a new speaker's line, even where the line before
      // reaches the edge (a script of one-line paragraphs, its widest line taken for the margin).
      (SENTENCE_END.test(prev.text.trimEnd()) && opensWithLabel(line.text, labels)) ||
      // A list's marker opens an item; a dash typed at the line's start (dialogue, an aside: kept
      // as text) only where the line before ended a phrase (or ended short, above).
      (line.itemText !== undefined && (!TYPED_DASH.test(line.text) || CLOSES.test(prev.text.trimEnd()))) ||
      // After the first line, a step right (first-line indent) or left (hanging indent) starts anew.
      (current.length >= 2 && Math.abs(line.x0 - prev.x0) > indent) ||
      // A one-line paragraph set in from the block's edge, then another line set in: both open
      // paragraphs (the lines of a paragraph go back to the edge; a hanging indent starts at it).
      (current.length === 1 && prev.x0 > block.x0 + indent && line.x0 > block.x0 + indent && !wraps && !hangs) ||
      size > 1.2 * Math.min(prev.size, line.size) ||
      // A borderless table: a new row starts where its first cell does.
      (rowStarts.length > 0 && startsRow(line)) ||
      // A borderless table's next row, set a little apart, level with a cell's paragraph beside it.
      (levelStarts.length > 0 && pitch > ROW_SPACING * tight && levelWithRow(line));
    if (breaks) {
      close(current);
      current = [];
    }
    current.push(line);
  }
  close(current);
  return out;
}

/**
 * A box beside a block's lines, on their right (a text box or a float holding a colour key or a
 * note, which the lines wrap around): where they stand, and `edge`, the right edge of the measure
 * left to the lines at its height.
 */
interface BesideBox {
  x0: number;
  top: number;
  bottom: number;
  size: number;
  edge: number;
}

/**
 * Whether a line stands beside a box: its height (its type's, from the baseline up, and a descent
 * below) within the box's text, widened by an em of the box's type each way, for the box's own
 * padding, border and margin, which no text shows (Chromium's float of 4 pt padding and 6 pt
 * margin: its last wrapped line's top 10 pt below its text).
 */
function besideLine(box: BesideBox, line: Line): boolean {
  return line.baseline - line.size < box.bottom + box.size && line.baseline + DESCENT * line.size > box.top - box.size;
}

/** A line's descent below its baseline (× size), as blocks.ts measures a block's bottom. */
const DESCENT = 0.3;

/**
 * The boxes among `blocks` (other blocks of the page) that stand right of some of `lines` at their
 * height, with the measure each leaves them. A paragraph's lines beside such a box wrap short of the
 * page's margin, at the box's wrap edge, which no mark shows (Word's wrap distance and the box's
 * inset, a float's margin, border and padding: 16 to 19 pt from the box's text in LibreOffice's and
 * Chromium's PDFs). Compared with the page's measure, every wrapped line beside the box looked short
 * and ended its paragraph ("… share the" / "same aisles every day." read as two lines). The edge is
 * the furthest the lines beside the box reach (wrapped ragged lines end near it), and at least two
 * ems of the lines' type short of the box's text: one line alone beside the box sets no edge of its
 * own.
 */
function besideEdges(lines: readonly Line[], blocks: readonly Block[]): BesideBox[] {
  if (!blocks.length) return [];
  const out: BesideBox[] = [];
  for (const b of blocks) {
    const first = b.lines[0]!;
    const box: BesideBox = { x0: b.x0, top: b.top, bottom: b.bottom, size: first.size, edge: 0 };
    let reach = -Infinity, size = 0;
    for (const l of lines) {
      if (l.x1 >= box.x0 || !besideLine(box, l)) continue;
      reach = Math.max(reach, l.x1);
      size = Math.max(size, l.size);
    }
    if (size === 0) continue;
    box.edge = Math.max(reach, box.x0 - BOX_GUTTER * size);
    out.push(box);
  }
  return out;
}

/** How far (× the lines' type size) short of a box's text its wrap edge surely lies. */
const BOX_GUTTER = 2;

/**
 * Whether a speaker's label opens a line (text/speaker-label.ts, the casting's own test: never a
 * header's field such as `DURÉE : 30 s`): a name in capitals (`BARISTA:`, `NARRATOR⇥…`), a
 * Chinese, Japanese or Korean label (`旁白：`, `【旁白】`), or one of `labels` (names that open lines
 * of the script with a colon more than once: `Sarah:`).
 */
function opensWithLabel(text: string, labels?: ReadonlySet<string>): boolean {
  const found = openingLabel(text);
  if (!found) return false;
  return found.form !== 'name' || labels?.has(found.key) === true;
}

/**
 * Names that open two lines or more of the document as a label does (`Sarah: …`), by their key
 * (labelKey): the script's labels, however they are cased. Names in capitals and Chinese, Japanese
 * or Korean labels need no such evidence (opensWithLabel).
 */
export function labelsOf(lines: Iterable<Line>): Set<string> {
  const seen = new Set<string>(), out = new Set<string>();
  for (const line of lines) {
    // A name's label (form 'name') ends in a colon or a tab (text/speaker-label.ts LABEL): a line with none is passed over.
    const text = line.text;
    if (text.indexOf(':') < 0 && text.indexOf('\t') < 0 && text.indexOf('\uff1a') < 0) continue;
    const found = openingLabel(text);
    if (!found || found.form !== 'name') continue;
    if (seen.has(found.key)) out.add(found.key);
    else seen.add(found.key);
  }
  return out;
}

/**
 * A list item's marker drawn with its text, a space apart (Chromium's `<ol>`: "2. Use the File
 * menu…"): the next line starts where the text after the marker does, one space on.
 */
function hangsAfterMarker(prev: Line, line: Line, size: number): boolean {
  // The first word, at most a marker's length: no longer one and the line is let go at once.
  let end = 0;
  while (end < prev.text.length && end <= 8 && !/\s/u.test(prev.text[end]!)) end++;
  if (end === 0 || end > 8 || end === prev.text.length || !isMarkerText(prev.text.slice(0, end))) return false;
  const after = line.x0 - (prev.x0 + prev.firstWordWidth);
  return after > 0 && after <= 0.6 * size;
}

/**
 * Whether the first paragraph of a page carries on the last one of the page before: the last
 * line there was full, the new one is not indented, and the type size is the same.
 */
export function continuesAcrossPages(last: LaidParagraph, next: LaidParagraph): boolean {
  if (last.cell || next.cell) return false;
  return continuesLine(last, next);
}

/** Whether `next` carries on `last` (over a column or page break, or in a broken table row). */
export function continuesLine(last: LaidParagraph, next: LaidParagraph): boolean {
  const prev = last.lines[last.lines.length - 1];
  const first = next.lines[0];
  if (!prev || !first) return false;
  if (Math.max(prev.size, first.size) > 1.1 * Math.min(prev.size, first.size)) return false;
  if (first.x0 > next.left + INDENT * first.size) return false;
  // A sentence's end, then a speaker's label in capitals: a new speaker's line (as in splitBlock).
  if (SENTENCE_END.test(prev.text.trimEnd()) && opensWithLabel(first.text)) return false;
  return !endsShort(prev, first, last.right, last.justified);
}

/**
 * Runs of one paragraph: maximal stretches with the same text colour and background. Words get
 * one space between them; wrapped lines are joined with one space, except at a hyphen ending a
 * line: a soft hyphen (U+00AD) or a typesetter's break hyphen goes and the word is joined, a
 * compound's own hyphen stays and the word is joined (see hyphenation.ts).
 */
export function paragraphRuns(lines: Line[], hyphenation: Hyphenation): LineRun[] {
  bridgeBackgrounds(lines);
  const inAddress = addressBreaks(lines, hyphenation);
  const runs: LineRun[] = [];
  // Whether the last run's text ends in a space, kept here: asking its text, grown by `+=` line
  // after line, would flatten it at every line (quadratic in a long paragraph).
  let prevEndsInSpace = false;
  for (let l = 0; l < lines.length; l++) {
    const lineRuns = lines[l].runs;
    const next = l < lines.length - 1 ? lines[l + 1] : undefined;
    for (let i = 0; i < lineRuns.length; i++) {
      let text = lineRuns[i].text;
      const lineEnd = i === lineRuns.length - 1 && next !== undefined;
      let joined = false;
      if (lineEnd) {
        if (endsInSoftHyphen(text)) joined = true;
        else {
          const verdict = hyphenation.verdict(lines[l], next);
          if (verdict) {
            joined = true;
            text = text.trimEnd();
            if (verdict === 'break') text = text.slice(0, -1);
          } else if (inAddress?.has(l)) {
            // An address the line broke inside: one word, nothing between its pieces.
            joined = true;
            text = text.trimEnd();
          }
        }
      }
      if (text.includes('\u00AD')) text = text.replace(/\u00AD/g, '');
      // Word joiners (U+2060, U+FEFF) left out and a NEL made a space, as the DOCX reader does (readText).
      text = readText(text);
      if (ODD_SPACE.test(text)) text = text.replace(/[\t\n\r\f\v ]+/g, (space) => (space.includes('\t') ? '\t' : ' '));
      // Chinese and Japanese put no space between words: a line ending on a kana, a Han letter or
      // their punctuation runs on into a next line opening on one with nothing between (Korean,
      // written with spaces, and Latin text, a space).
      if (lineEnd && !joined && !(eastAsianEdge(text, 'last') && eastAsianEdge(next!.text, 'first'))) text += ' ';
      const prev = runs.length ? runs[runs.length - 1] : undefined;
      const r = lineRuns[i];
      if (prevEndsInSpace && text.charCodeAt(0) === 0x20) text = text.slice(1);
      if (!text) continue;
      prevEndsInSpace = text.charCodeAt(text.length - 1) === 0x20;
      if (prev && prev.color === r.color && prev.background === r.background && prev.backgroundKind === r.backgroundKind && prev.struck === r.struck && prev.revision === r.revision && prev.link === r.link && prev.italic === r.italic && prev.bold === r.bold && prev.font === r.font) {
        prev.text += text;
      } else {
        runs.push({ ...r, text });
      }
    }
  }
  if (runs.length) {
    runs[0].text = trimSpacesStart(runs[0].text);
    const end = runs[runs.length - 1];
    end.text = trimSpacesEnd(end.text);
  }
  return runs.filter((r) => r.text.length > 0);
}

/** Whether a text ends in a soft hyphen, white space (JavaScript's `\s`, as `trimEnd` takes) aside. */
function endsInSoftHyphen(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isJsSpace(text.charCodeAt(i))) i--;
  return i >= 0 && text.charCodeAt(i) === 0xad;
}

/** A text without its leading spaces (U+0020 only). */
function trimSpacesStart(text: string): string {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) === 0x20) i++;
  return i ? text.slice(i) : text;
}

/** A text without its trailing spaces (U+0020 only). */
function trimSpacesEnd(text: string): string {
  let i = text.length;
  while (i > 0 && text.charCodeAt(i - 1) === 0x20) i--;
  return i < text.length ? text.slice(0, i) : text;
}

/** Whether a UTF-16 code unit is white space by JavaScript's `\s` (what `trim` takes; no U+2060). */
export function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Marks a line may break an address at: it ends after one (`…/in/`, `…first-aid?`) or the next line opens with one (`/safety`, `@exemple.fr`). */
const ADDRESS_MARK_END = /[/.\-_?=&#@]$/u;
const ADDRESS_MARK_START = /^[/.\-_?=&#@]/u;
/** A mark of an address anywhere in a piece (its end's sentence marks aside). */
const ADDRESS_MARK = /[/.\-_?=&#@]/u;
/** A sentence's end before a capital or an opening quote: `…www.example.com.` then `Then…` is two words. */
const SENTENCE_MARK_END = /[.?!]$/u;
const CAPITAL_START = /^[\p{Lu}"'“‘«([]/u;
/** A scheme or `www.` alone before the break: the rest of the address (an address of its own) goes on with it. */
const ADDRESS_OPENING = /^(?:[a-z][a-z0-9+.-]{0,15}:\/\/?|(?:[a-z][a-z0-9+.-]{0,15}:\/\/)?www\d?\.)$/iu;
/** Marks before an address (quotes, brackets) and after it (the sentence's): not part of the piece. */
const LEADING_MARKS = /^[([{<"'“‘«]+/u;
const TRAILING_MARKS = /[)\]}>"'”’».,;:!?]+$/u;

/** The last piece of a text (its last stretch without white space), white space after it aside. */
const lastPiece = (text: string) => {
  let end = text.length;
  while (end > 0 && isJsSpace(text.charCodeAt(end - 1))) end--;
  let i = end;
  while (i > 0 && !isJsSpace(text.charCodeAt(i - 1))) i--;
  return text.slice(i, end);
};
/** The first piece of a text (its first stretch without white space), white space before it aside. */
const firstPiece = (text: string) => {
  let start = 0;
  while (start < text.length && isJsSpace(text.charCodeAt(start))) start++;
  let i = start;
  while (i < text.length && !isJsSpace(text.charCodeAt(i))) i++;
  return text.slice(start, i);
};
/** Whether a UTF-16 code unit is one of an address's marks (ADDRESS_MARK). */
const isAddressMark = (c: number) => c === 0x2f || c === 0x2e || c === 0x2d || c === 0x5f || c === 0x3f || c === 0x3d || c === 0x26 || c === 0x23 || c === 0x40;
/** Longest address looked for across lines (text/addresses.ts reads no longer one). */
const ADDRESS_SPAN = 600;

/**
 * The line breaks of a paragraph (index l: between lines l and l + 1) that fall inside a web address
 * or an e-mail, which a typesetter breaks where the line ends (LibreOffice after `/` and `?`, before
 * `/`, `.` and `@`; a browser's `word-break: break-all` or `overflow-wrap: anywhere` wherever the
 * column ends): read as one word, nothing between its pieces, as its DOCX has it. A break counts when
 * it falls at an address's own mark (the line ends in `/ . - _ ? = & # @`, or the next opens with
 * one), the next line's first piece holds such a mark too, and the pieces joined (over lines holding
 * one piece each, an address longer than a line) are an address by the one test (text/addresses.ts).
 * Not: a sentence ending on an address then a capital (`…www.example.com.` / `Then…`), a piece that
 * is an address of its own after the break (`e.g.` / `example.com`; but `www.` / `example.com`), a
 * break between two letters (`…checkli` / `st`: nothing tells it from a wrap at a space), a hyphen
 * (hyphenation.ts's). Undefined when no break does. Linear in the lines' text.
 */
function addressBreaks(lines: Line[], hyphenation: Hyphenation): Set<number> | undefined {
  let out: Set<number> | undefined;
  // Whether the break after line k falls at an address's mark (pieces aside: looked at below).
  const atMark = (k: number) => {
    // First the characters at the break alone (most lines end and open on none of the marks), as
    // the tests below on the pieces would find: no piece on a side, or no mark at the break.
    const a = lines[k]!.text, b = lines[k + 1]!.text;
    let i = a.length - 1;
    while (i >= 0 && isJsSpace(a.charCodeAt(i))) i--;
    let j = 0;
    while (j < b.length && isJsSpace(b.charCodeAt(j))) j++;
    if (i < 0 || j === b.length || (!isAddressMark(a.charCodeAt(i)) && !isAddressMark(b.charCodeAt(j)))) return false;
    const before = lastPiece(a), after = firstPiece(b);
    if (!before || !after) return false;
    if (!ADDRESS_MARK_END.test(before) && !ADDRESS_MARK_START.test(after)) return false;
    if (SENTENCE_MARK_END.test(before) && CAPITAL_START.test(after)) return false;
    if (!ADDRESS_MARK.test(after.replace(TRAILING_MARKS, ''))) return false;
    // Last, as it costs most: a hyphen the hyphenation rule reads (well- / known) is its break.
    return !hyphenation.verdict(lines[k]!, lines[k + 1]!);
  };
  const onePiece = (line: Line) => {
    const t = line.text;
    let start = 0, end = t.length;
    while (start < end && isJsSpace(t.charCodeAt(start))) start++;
    while (end > start && isJsSpace(t.charCodeAt(end - 1))) end--;
    if (start === end) return false;
    for (let i = start; i < end; i++) if (isJsSpace(t.charCodeAt(i))) return false;
    return true;
  };
  for (let l = 0; l + 1 < lines.length; ) {
    if (!atMark(l)) {
      l++;
      continue;
    }
    // A chain of breaks at marks over lines of one piece each: an address longer than a line.
    let m = l + 1;
    let span = lastPiece(lines[l]!.text).length;
    while (m + 1 < lines.length && span <= ADDRESS_SPAN && onePiece(lines[m]!) && atMark(m)) span += lines[m++]!.text.length;
    const before = lastPiece(lines[l]!.text).replace(LEADING_MARKS, '');
    const after = firstPiece(lines[l + 1]!.text);
    let joined = before;
    for (let k = l + 1; k < m; k++) joined += lines[k]!.text.trim();
    joined += firstPiece(lines[m]!.text);
    if (joined.length <= ADDRESS_SPAN && isAddress(joined) && (m > l + 1 || !isAddress(after) || ADDRESS_OPENING.test(before))) {
      out ??= new Set();
      for (let k = l; k < m; k++) out.add(k);
    }
    l = m;
  }
  return out;
}

/**
 * Whether a line's text ends (or starts) on a Chinese or Japanese letter (a Han ideograph, a kana,
 * bopomofo, a full-width letter: words.ts scriptAtEnd) or on their punctuation (CJK symbols and
 * punctuation, full-width forms, the katakana middle dot), spaces aside.
 */
function eastAsianEdge(text: string, end: 'first' | 'last'): boolean {
  // The character at that end, spaces aside (a surrogate pair whole), without copying the line.
  let i = end === 'last' ? text.length - 1 : 0;
  const step = end === 'last' ? -1 : 1;
  while (i >= 0 && i < text.length && isJsSpace(text.charCodeAt(i))) i += step;
  if (i < 0 || i >= text.length) return false;
  // Below U+2E80 no code unit is East Asian (words.ts inEastAsianBlock) nor their punctuation.
  if (text.charCodeAt(i) < 0x2e80) return false;
  const pair = end === 'last' ? i > 0 && isLowSurrogate(text.charCodeAt(i)) : isHighSurrogate(text.charCodeAt(i));
  const edge = end === 'last' ? text.slice(pair ? i - 1 : i, i + 1) : text.slice(i, pair ? i + 2 : i + 1);
  if (scriptAtEnd(edge, end) === 'east-asian') return true;
  const c = text.charCodeAt(i);
  return (c >= 0x3000 && c <= 0x303f && c !== 0x3000) || (c >= 0xff01 && c <= 0xff60) || c === 0x30fb;
}
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * A highlight or shading that stops short at a line's end, or starts late at the next line's
 * start, when the same background goes on from one line to the other: the text left bare there
 * shares it. ReportLab draws a `backColor` box as wide as the line before justification stretches
 * it, so the last letters of every justified line stick out ("quatre s|ur", the rest yellow); a
 * hand-drawn highlight annotation may miss a line's last letter. Only bare text (no background)
 * in the same text colour as the highlighted text on both sides of the line break is bridged, and
 * only where the background's edge cuts a word (whole words left bare may be another voice's).
 */
function bridgeBackgrounds(lines: Line[]): void {
  for (let l = 0; l + 1 < lines.length; l++) {
    const a = lines[l].runs, b = lines[l + 1].runs;
    // The highlighted run before the bare tail of line l, and the one after the bare head of line l+1.
    let i = a.length - 1;
    while (i >= 0 && a[i].background === null) i--;
    let j = 0;
    while (j < b.length && b[j].background === null) j++;
    if (i < 0 || j >= b.length || (i === a.length - 1 && j === 0)) continue;
    const before = a[i], after = b[j];
    if (before.background !== after.background || before.backgroundKind !== after.backgroundKind || before.color !== after.color) continue;
    const bare = [...a.slice(i + 1), ...b.slice(0, j)];
    if (!bare.every((r) => r.color === before.color)) continue;
    // Where the background stops (or starts) inside a word: drawing cut it, not the writer.
    const tail = a.slice(i + 1), head = b.slice(0, j);
    const cutsWord = (left: string, right: string) => /\S$/u.test(left) && /^\S/u.test(right);
    if (!(tail.length && cutsWord(before.text, tail[0].text)) && !(head.length && cutsWord(head[head.length - 1].text, after.text))) continue;
    for (const r of bare) {
      r.background = before.background;
      if (before.backgroundKind) r.backgroundKind = before.backgroundKind;
    }
  }
}

/** A place where two lines were joined into one paragraph though a paragraph may end between them. */
export interface UnspacedJoin {
  page: number;
  /** The line ending a sentence, and the line after it, opening with a capital. */
  before: string;
  after: string;
}

/**
 * Where a block of lines set with no space between paragraphs (every pitch between two lines of a
 * size within SPACING_BREAK of the tightest, and the document showing no paragraph spacing at that
 * size anywhere: `linePitch`) joined a line ending a sentence to a line opening with a capital, in
 * one of its paragraphs (`paras`, split from it). A paragraph's end there cannot be told from a
 * sentence wrapped at the line's end: nothing on the page shows which (LibreOffice's default style,
 * no space before or after a paragraph). Not in a table's cell (its own lines, no document's
 * spacing to judge them by), nor in a block whose paragraphs open with a first-line indent
 * (a novel's: a line back at the edge goes on the paragraph above).
 */
export function unspacedJoins(block: Block, paras: readonly LaidParagraph[], linePitch: LinePitch | undefined): UnspacedJoin[] {
  const { lines } = block;
  if (block.cell || lines.length < 3) return [];
  const tightest = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const key = sizeKey(lines[i]!.size);
    if (key !== sizeKey(lines[i - 1]!.size)) continue;
    tightest.set(key, Math.min(tightest.get(key) ?? Infinity, lines[i]!.baseline - lines[i - 1]!.baseline));
  }
  for (let i = 1; i < lines.length; i++) {
    const key = sizeKey(lines[i]!.size);
    if (key !== sizeKey(lines[i - 1]!.size)) continue;
    if (lines[i]!.baseline - lines[i - 1]!.baseline > SPACING_BREAK * tightest.get(key)!) return [];
  }
  // Paragraphs set with a first-line indent: a line back at the edge goes on the paragraph above.
  for (const para of paras) {
    const [first, second] = para.lines;
    if (second && first!.x0 > second.x0 + INDENT * first!.size) return [];
  }
  const out: UnspacedJoin[] = [];
  for (const para of paras) {
    for (let i = 1; i < para.lines.length; i++) {
      const prev = para.lines[i - 1]!, line = para.lines[i]!;
      const key = sizeKey(line.size);
      if (key !== sizeKey(prev.size) || linePitch?.has(key) || line.itemText !== undefined) continue;
      if (SENTENCE_END.test(prev.text.trimEnd()) && CAPITAL_START.test(line.text.trimStart())) {
        out.push({ page: para.page, before: prev.text.trim(), after: line.text.trim() });
      }
    }
  }
  return out;
}
