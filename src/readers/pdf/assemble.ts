import { Budget } from '../../budget.js';
import type { Hex, Paragraph, Story, Swatch, Warning } from '../../model.js';
import { isWhite } from './backgrounds.js';
import { buildBlocks } from './blocks.js';
import { buildLines, drawsSpaces, flushEdgeOf } from './lines.js';
import { raisedForm } from '../scripts.js';
import { markStruck } from './strike.js';
import { findFurniture, footerLike, type FurnitureStory } from './furniture.js';
import { quoteFurniture } from './furniture-legend.js';
import { Hyphenation } from './hyphenation.js';
import { blockItem, readingOrder, type Item } from './order.js';
import { continuesAcrossPages, endsAtSentences, endsShort, indentOf, isJsSpace, ROW_SPACING, lineEnds, linePitches, ONE_LINE_LINES, oneLineParagraphs, Measures, labelsOf, paragraphRuns, splitBlock, unspacedJoins, type LaidParagraph, type LineEnds, type UnspacedJoin } from './paragraphs.js';
import { bulletShapes, markDrawnBullets } from './drawn-bullets.js';
import { cellAt, findTables, insideTable, type CellPlace, type RuledTable } from './tables.js';
import { toFrame } from './geometry.js';
import { TableFlow } from './table-flow.js';
import { findToc } from './toc.js';
import type { Block, Box, Fill, Glyph, Line, LineRun, PageContent, Ruling, Turn } from './types.js';
import type { StruckText } from '../struck.js';
import { countWords, hasLetter, normaliseSpace } from '../../text/words.js';
import { pagesText, plural } from '../../text/format.js';
import { markStepHeadings } from './headings.js';

/**
 * From walked pages to the model: tables and lines per page, then across the document page
 * furniture, reading order, paragraphs (joined over page breaks) and their numbering.
 */

/** Text of one page read in one direction (most pages have one frame; see Glyph.turn). */
export interface FrameText {
  page: number;
  turn: Turn;
  width: number;
  height: number;
  /** Free lines (outside tables). */
  lines: Line[];
  tables: { table: RuledTable; cells: Block[]; swatches: CellSwatch[] }[];
}

/** A cell of a ruled table with no text, filled with one colour: a colour sample. */
interface CellSwatch {
  row: number;
  column: number;
  color: string;
}

/** Coloured fills that cover most of a cell holding no glyph (see `Swatch` in the model). */
function swatchesOf(table: RuledTable, fills: Fill[], withText: Set<string>): CellSwatch[] {
  const found = new Map<string, CellSwatch>();
  const border = (lines: RuledTable['rows'], index: number) => lines[Math.min(index, lines.length - 1)]!.at;
  for (const fill of fills) {
    if (isWhite(fill.color)) continue;
    const [x0, y0, x1, y1] = fill.box;
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    if (!insideTable(table, cx, cy)) continue;
    const { row, column } = cellAt(table, cx, cy);
    const key = `${row}:${column}`;
    if (withText.has(key)) continue;
    // The cell's area between the borders around it; the fill must cover most of it.
    const width = border(table.columns, column) - border(table.columns, column - 1);
    const height = border(table.rows, row) - border(table.rows, row - 1);
    if (width <= 0 || height <= 0 || (x1 - x0) * (y1 - y0) < 0.5 * width * height) continue;
    found.set(key, { row, column, color: fill.color });
  }
  return [...found.values()].sort((a, b) => a.row - b.row || a.column - b.column);
}

/** One page after the operator walk: its frames, the one holding most text first. */
export interface PageText {
  page: number;
  frames: FrameText[];
  /** The page's own colour, not white (PageContent.pageColour): an opaque rectangle over the whole page under its text. */
  pageColour?: Hex;
}

/** Splits a page's glyphs by direction, then each frame's between ruled tables and free lines. */
export function layoutPage(content: PageContent): PageText {
  const byTurn = new Map<Turn, Glyph[]>();
  for (const g of content.glyphs) {
    const list = byTurn.get(g.turn);
    if (list) list[list.length] = g;
    else byTurn.set(g.turn, [g]);
  }
  const page: Box = [0, 0, content.width, content.height];
  const frames = [...byTurn]
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
    .map(([turn, glyphs]) => {
      const [width, height] = turn % 2 ? [content.height, content.width] : [content.width, content.height];
      const rulings = turn ? content.rulings.map((r) => turnRuling(r, turn, page)) : content.rulings;
      const fills = turn ? content.fills.map((f) => ({ ...f, box: turnBox(f.box, turn, page) })) : content.fills;
      const rings = turn ? content.rings.map((f) => ({ ...f, box: turnBox(f.box, turn, page) })) : content.rings;
      return layoutFrame(content.page, turn, width, height, glyphs, rulings, fills, rings);
    });
  const text: PageText = { page: content.page, frames };
  if (content.pageColour !== undefined && !isWhite(content.pageColour)) text.pageColour = content.pageColour;
  return text;
}

function layoutFrame(page: number, turn: Turn, width: number, height: number, glyphs: Glyph[], rulings: Ruling[], fills: Fill[], rings: Fill[] = []): FrameText {
  markStruck(glyphs, rulings);
  const tables = findTables(rulings);
  const bullets = bulletShapes(rings.length ? fills.concat(rings) : fills);
  if (!tables.length) {
    const lines = buildLines(glyphs);
    markDrawnBullets(lines, bullets);
    return { page, turn, width, height, lines, tables: [] };
  }
  // Whether the page draws its typed spaces, for its cells too (East Asian autospace, lines.ts).
  const spaces = drawsSpaces(glyphs);
  const free: Glyph[] = [];
  const byCell = tables.map(() => new Map<string, CellPlace & { glyphs: Glyph[] }>());
  for (const g of glyphs) {
    const cx = (g.x0 + g.x1) / 2;
    const cy = g.baseline - 0.3 * g.size;
    const t = tables.findIndex((table) => insideTable(table, cx, cy));
    if (t < 0) {
      free.push(g);
      continue;
    }
    const place = cellAt(tables[t], cx, cy);
    const key = `${place.row}:${place.column}`;
    let cell = byCell[t].get(key);
    if (!cell) byCell[t].set(key, (cell = { ...place, glyphs: [] }));
    cell.glyphs.push(g);
  }
  const lines = buildLines(free, false, NaN, spaces);
  markDrawnBullets(lines, bullets);
  return {
    page,
    turn,
    width,
    height,
    lines,
    tables: tables.map((table, t) => {
      // A cell holding only spaces (an HTML table's `&nbsp;` in an empty cell) is an empty cell:
      // no paragraph, and its fill may be a colour sample.
      const cells = [...byCell[t].values()]
        .filter((c) => c.glyphs.some((g) => /\S/u.test(g.text)))
        .sort((a, b) => a.row - b.row || a.column - b.column);
      // A column of justified cells (TeX's p{} columns) ends its full lines at one edge: a cell's
      // line of two words spread over the measure, one gap in it, is told by that edge (lines.ts,
      // stretchedSpaces). Only a cell with such a gap is read again.
      let built = cells.map((c) => buildLines(c.glyphs, true, NaN, spaces));
      for (const cellLines of built) markDrawnBullets(cellLines, bullets);
      const edges = new Map<number, number>();
      for (const column of new Set(cells.map((c) => c.column))) {
        edges.set(column, flushEdgeOf(built.flatMap((lines, i) => (cells[i].column === column ? lines.map((l) => l.x1) : [])), true));
      }
      built = built.map((lines, i) => {
        const edge = edges.get(cells[i].column)!;
        if (!Number.isFinite(edge) || !lines.some((l) => l.text.includes('\t'))) return lines;
        const again = buildLines(cells[i].glyphs, true, edge, spaces);
        markDrawnBullets(again, bullets);
        return again;
      });
      const blocks = cells.flatMap((c, i) =>
        buildBlocks(built[i])
          .sort((a, b) => a.top - b.top)
          .map((b) => ({ ...b, cell: cellOf(t + 1, c) })),
      );
      return { table, cells: blocks, swatches: swatchesOf(table, fills, new Set(cells.map((c) => `${c.row}:${c.column}`))) };
    }),
  };
}

/** A ruled table's cell as the model numbers it (tables.ts cellAt): with the columns and rows it covers when merged. */
function cellOf(table: number, place: CellPlace): NonNullable<Block['cell']> {
  const cell: NonNullable<Block['cell']> = { table, row: place.row, column: place.column };
  if (place.span) cell.span = place.span;
  if (place.rows) cell.rows = place.rows;
  return cell;
}

/** A box as seen in the frame of text turned by `turn`. */
function turnBox(b: Box, turn: Turn, page: Box): Box {
  const [ax, ay] = toFrame(turn, b[0], b[1], page);
  const [bx, by] = toFrame(turn, b[2], b[3], page);
  return [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)];
}

/** A ruling as seen in the frame of text turned by `turn`. */
function turnRuling(r: Ruling, turn: Turn, page: Box): Ruling {
  const [ax, ay] = r.horizontal ? [r.from, r.at] : [r.at, r.from];
  const [bx, by] = r.horizontal ? [r.to, r.at] : [r.at, r.to];
  const [fx0, fy0] = toFrame(turn, ax, ay, page);
  const [fx1, fy1] = toFrame(turn, bx, by, page);
  const horizontal = Math.abs(fy1 - fy0) < Math.abs(fx1 - fx0);
  const turned: Ruling = horizontal
    ? { horizontal, at: fy0, from: Math.min(fx0, fx1), to: Math.max(fx0, fx1) }
    : { horizontal, at: fx0, from: Math.min(fy0, fy1), to: Math.max(fy0, fy1) };
  if (r.width !== undefined) turned.width = r.width;
  return turned;
}

/** Whether a text holds a character other than white space (`/\S/u`, by JavaScript's `\s`: isJsSpace). */
function hasNonSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isJsSpace(text.charCodeAt(i))) return true;
  return false;
}

/** A paragraph's runs without its struck ones: one space where they stood, none at the ends. */
function keptRuns(runs: readonly LineRun[]): LineRun[] {
  const kept: LineRun[] = [];
  let gap = false;
  for (const r of runs) {
    if (r.struck) {
      gap = true;
      continue;
    }
    const prev = kept[kept.length - 1];
    let text = r.text;
    if (prev && gap) text = /\s$/u.test(prev.text) ? text.trimStart() : /^\s/u.test(text) ? text : ` ${text}`;
    gap = false;
    if (prev && prev.color === r.color && prev.background === r.background && prev.backgroundKind === r.backgroundKind && prev.revision === r.revision && prev.link === r.link) prev.text += text;
    else kept.push({ ...r, text });
  }
  if (kept.length) {
    kept[0]!.text = kept[0]!.text.trimStart();
    kept[kept.length - 1]!.text = kept[kept.length - 1]!.text.trimEnd();
  }
  return kept.filter((r) => r.text.length > 0);
}

/**
 * Lays out every page, drops (or keeps) furniture, joins paragraphs across pages, numbers them.
 * Colour samples in the tables go to `swatches`, when given, with the tables numbered as the paragraphs.
 * Tables of contents are left out (toc.ts), their lines' texts put in `toc`, when given.
 */
export function toParagraphs(pages: PageText[], include: Set<Story>, swatches?: Swatch[], struck?: StruckText, toc?: string[], kept?: Paragraph[], budget: Budget = Budget.UNLIMITED, warnings?: Warning[]): Paragraph[] {
  const frames = pages.flatMap((p) => p.frames);
  const pressed: { page: number; line: Line; story: FurnitureStory }[] = [];
  const voiced: { page: number; line: Line; story: FurnitureStory }[] = [];
  const bodyLike: { page: number; line: Line; story: FurnitureStory }[] = [];
  const furniture = findFurniture(frames, pages.length, pressed, voiced, bodyLike);
  const pressedSaid = pressedWarning(pressed, include);
  if (pressedSaid) warnings?.push(pressedSaid);
  const voicedSaid = voicedWarning(voiced);
  if (voicedSaid) warnings?.push(voicedSaid);
  const bodyLikeSaid = readAsLineWarning(bodyLike);
  if (bodyLikeSaid) warnings?.push(bodyLikeSaid);
  // Footnotes and endnotes left out of the lines, said as a DOCX's are (notesWarning, docx/index.ts).
  const notesLeft = new Set<Line>();
  const ends = endnotes(frames, furniture);
  const endsLeft = new Set<Line>();
  const body: LaidParagraph[] = [];
  const extra: { story: FurnitureStory | 'footnote' | 'endnote'; para: LaidParagraph }[] = [];
  // Running headers and footers left out of the lines, as on the first page they stand (Script.furniture).
  const left: { story: FurnitureStory; line: Line; page: number }[] = [];
  // Every furniture line left out (not asked for with `include`): said (furnitureWarning).
  const leftOut: { story: FurnitureStory; line: Line; page: number }[] = [];
  const flow = new TableFlow();
  // First pass: reading order per frame, and the text width of single-column frames of each shape.
  const headerRows = new RepeatedRows();
  const laid = frames.map((f, index) => {
    // Synchronous on the calling thread, where no timer can stop it: the budget is checked here.
    budget.check();
    let lines: Line[] = [];
    for (const line of f.lines) {
      const story = furniture.get(line);
      if (!story) lines.push(line);
      else if (include.has(story)) {
        // A running header set on two lines is one paragraph.
        const last = extra[extra.length - 1];
        const above = last?.story === story && last.para.page === f.page ? last.para.lines[last.para.lines.length - 1] : undefined;
        if (above && oneBlock(above, line)) {
          last!.para.lines.push(line);
          last!.para.left = Math.min(last!.para.left, line.x0);
          last!.para.right = Math.max(last!.para.right, line.x1);
        } else extra.push({ story, para: { lines: [line], page: f.page, left: line.x0, right: line.x1 } });
      } else {
        leftOut.push({ story, line, page: f.page });
        if (kept) left.push({ story, line, page: f.page });
      }
    }
    lines = headerRows.drop(lines, f.page, f.tables.length > 0);
    // A table of contents repeats the headings, read where they stand: not script lines (as in a DOCX).
    const contents = findToc(lines);
    if (contents.lines.size) {
      lines = lines.filter((l) => !contents.lines.has(l));
      toc?.push(...contents.texts);
    }
    if (ends.size && lines.some((l) => ends.has(l))) {
      for (const line of lines) {
        if (!ends.has(line)) continue;
        if (include.has('endnote')) extra.push({ story: 'endnote', para: { lines: [line], page: f.page, left: line.x0, right: line.x1 } });
        else endsLeft.add(line);
      }
      lines = lines.filter((l) => !ends.has(l));
    }
    const notes = footnotes(lines);
    if (notes.size) {
      lines = lines.filter((l) => !notes.has(l));
      if (!include.has('footnote')) for (const line of notes) notesLeft.add(line);
      if (include.has('footnote')) for (const line of notes) extra.push({ story: 'footnote', para: { lines: [line], page: f.page, left: line.x0, right: line.x1 } });
    }
    const items: Item[] = buildBlocks(lines, budget).map(blockItem);
    for (const { table, cells } of f.tables) {
      if (!cells.length) continue;
      const first = cells[0].lines[0];
      items.push({
        x0: table.box[0], x1: table.box[2], top: table.box[1], bottom: table.box[3],
        firstBaseline: first.baseline, size: first.size, blocks: cells,
      });
    }
    return { frame: f, index, ordered: readingOrder(items), shape: shapeOf(f) };
  });
  // (Gathered by loops: flatMap over a long script's hundreds of pages and thousands of blocks cost more than the rules it feeds.)
  const free: Block[] = [];
  for (const l of laid) for (const b of l.ordered) if (!b.cell) free.push(b);
  const pitches = linePitches(free);
  const margins = new Map<string, { right: number; unwrapped: boolean; sentences: boolean }>();
  for (const l of laid) {
    const shape = l.shape;
    if (!margins.has(shape)) {
      const same = laid.filter((o) => o.shape === shape);
      margins.set(shape, textMargins(same.map((o) => o.ordered), l.frame.width, pitches.size > 0));
    }
  }
  const allLines: Line[] = [];
  for (const l of laid) for (const b of l.ordered) for (const line of b.lines) allLines.push(line);
  const labels = labelsOf(allLines);
  const measures = new Map<string, Measures>();
  for (const l of laid) {
    const shape = l.shape;
    if (!measures.has(shape)) {
      const same = laid.filter((o) => o.shape === shape);
      measures.set(shape, new Measures(same.flatMap((o) => o.ordered), margins.get(shape)!.right, l.frame.width));
    }
  }
  const joins: UnspacedJoin[] = [];
  for (const { frame: f, index, ordered, shape } of laid) {
    budget.check();
    const margin = margins.get(shape)!;
    const measure = measures.get(shape);
    const pageParas: LaidParagraph[] = [];
    const rows = borderlessRows(ordered);
    const widths = columnWidths(ordered);
    const bases = leftEdges(ordered);
    const splitOne = (b: Block, level?: number[]) => {
      budget.tick(16);
      const column = b.lines[0].column;
      const starts = column !== undefined ? rows.get(column.split(':')[0]) : undefined;
      const paras = splitBlock(
        b, f.page, rightEdge(b, ordered, margin.right), starts, b.cell ? undefined : pitches, !b.cell && margin.unwrapped,
        b.cell || column !== undefined ? undefined : measure, level, labels, !b.cell && column === undefined && margin.sentences,
        b.cell || column !== undefined ? undefined : boxesBeside(b, ordered),
      );
      const base = bases.get(standsIn(b));
      for (const para of paras) para.base = base;
      return paras;
    };
    let split = ordered.map((b) => splitOne(b));
    let opening = paragraphStarts(ordered, split);
    // A borderless table's rows: a line level with a paragraph of another of its columns, set apart
    // from the line above, opens a paragraph (a browser's table sets its rows only 3 pt apart).
    const tableLike = tableLayouts(opening);
    if (tableLike.size) {
      // Per column, the baselines where the other columns of its table start paragraphs, in order.
      const beside = new Map<string, number[]>();
      for (const key of opening.keys()) {
        const layout = key.split(':')[0]!;
        if (!tableLike.has(layout)) continue;
        beside.set(key, [...opening].filter(([k]) => k !== key && k.split(':')[0] === layout).flatMap(([, starts]) => starts.map((s) => s.y)).sort((x, y) => x - y));
      }
      split = ordered.map((b, i) => {
        const level = b.cell ? undefined : beside.get(b.lines[0].column ?? '');
        return level ? splitOne(b, level) : split[i]!;
      });
      opening = paragraphStarts(ordered, split);
    }
    // Lines joined across a sentence's end in text set with no space between paragraphs (said once, below).
    split.forEach((paras, i) => {
      const b = ordered[i]!;
      if (!b.cell && b.lines[0].column === undefined) for (const join of unspacedJoins(b, paras, pitches)) joins.push(join);
    });
    split.forEach((paras, i) => {
      const b = ordered[i]!;
      // A paragraph running from the foot of one column to the top of the next is one paragraph;
      // a borderless table's last cell of a column is not (its columns' paragraphs start level).
      const last = pageParas[pageParas.length - 1];
      if (last && i > 0 && columnJump(ordered[i - 1], b, widths) && !sideBySide(last, b, opening) && continuesAcrossPages(last, paras[0])) {
        last.lines.push(...paras.shift()!.lines);
      } else if (last && i > 0 && paras[0] && wrapsUnderBox(ordered[i - 1]!, b, ordered) && last.lines.includes(ordered[i - 1]!.lines.at(-1)!)) {
        // Lines beside a box on their left, then below it back at the margin: a paragraph whose last
        // line beside the box filled its measure goes on below.
        const end = last.lines[last.lines.length - 1]!;
        if (!endsShort(end, paras[0].lines[0]!, last.right)) last.lines.push(...paras.shift()!.lines);
      }
      pageParas.push(...paras);
    });
    // Tables are numbered in reading order across the document; one that goes on over a page
    // keeps its number and its row count, without its repeated header row.
    const tables = f.tables.map((t) => t.table);
    const kept = flow.place(pageParas, index, tables, body);
    const last = body[body.length - 1];
    if (last && kept.length && last.page !== f.page && continuesAcrossPages(last, kept[0])) {
      const [first, ...rest] = kept;
      last.lines.push(...first.lines);
      kept.splice(0, kept.length, ...rest);
    }
    body.push(...kept);
  }
  if (swatches) {
    frames.forEach((f, index) => {
      f.tables.forEach(({ swatches: samples }, t) => {
        for (const { row, column, color } of samples) {
          const cell = flow.locate(index, t + 1, row);
          if (cell) swatches.push({ cell: { ...cell, column }, page: f.page, color });
        }
      });
    });
  }
  const hyphenation = new Hyphenation([...body, ...extra.map((e) => e.para)].map((para) => para.lines));
  const counters = new Map<Story, number>();
  // Paragraphs of one line: headings a size step above the body are told among them (headings.ts).
  const oneLine = new Set<Paragraph>();
  const toModel = (story: Story, para: LaidParagraph): Paragraph | null => {
    const all = paragraphRuns(para.lines, hyphenation);
    // Struck-through text is cut (strike.ts): left out, and said once (readers/struck.ts).
    const cut = all.some((r) => r.struck) ? all.filter((r) => r.struck).map((r) => r.text).join(' ') : '';
    const runs = cut ? keptRuns(all) : all;
    if (!runs.some((r) => hasNonSpace(r.text))) {
      if (cut) struck?.add(cut, undefined);
      return null;
    }
    const number = (counters.get(story) ?? 0) + 1;
    counters.set(story, number);
    const paragraph: Paragraph = { runs, location: { story, paragraph: number, page: para.page } };
    let size = -Infinity;
    for (const line of para.lines) size = Math.max(size, line.size);
    paragraph.fontSize = Math.round(size * 10) / 10;
    const indent = story === 'body' ? indentOf(para) : undefined;
    if (indent !== undefined) paragraph.indent = indent;
    if (story === 'body') {
      const round = (x: number) => Math.round(x * 10) / 10;
      let left = Infinity, right = -Infinity;
      for (const l of para.lines) {
        left = Math.min(left, l.x0);
        right = Math.max(right, l.x1);
      }
      paragraph.edges = { left: round(left), right: round(right) };
    }
    if (para.cell) paragraph.location.cell = para.cell;
    if (cut) struck?.add(cut, paragraph.location);
    if (para.lines.length === 1) oneLine.add(paragraph);
    return paragraph;
  };
  // Per page: its headers, the body paragraphs that start on it, its footers, as a reader meets them.
  const group = (list: { story: Story; para: LaidParagraph }[]) => {
    const map = new Map<number, { story: Story; para: LaidParagraph }[]>();
    for (const e of list) {
      const onPage = map.get(e.para.page);
      if (onPage) onPage.push(e);
      else map.set(e.para.page, [e]);
    }
    return map;
  };
  if (kept && left.length) kept.push(...furnitureParagraphs(left, hyphenation));
  const furnitureSaid = furnitureWarning(leftOut, new Set(pressed.map((p) => p.line)));
  if (furnitureSaid) warnings?.push(furnitureSaid);
  const notesSaid = notesWarning(notesLeft, endsLeft, include);
  if (notesSaid) warnings?.push(notesSaid);
  if (joins.length) warnings?.push(unspacedWarning(joins));
  const headers = group(extra.filter((e) => e.story === 'header'));
  const footers = group(extra.filter((e) => e.story === 'footer' || e.story === 'footnote' || e.story === 'endnote'));
  const bodies = group(body.map((para) => ({ story: 'body' as const, para })));
  const out: Paragraph[] = [];
  // A running header or footer is read once, where it first stands, as a DOCX's header part is:
  // its repeats on the following pages (the same text, page numbers aside) are no new lines.
  const repeats = new Set<string>();
  // A one-page script's last line where a footer would stand: read, and said (footerLike).
  const lone = pages.length === 1 && frames.length === 1 && !frames[0]!.tables.length ? footerLike(frames[0]!.lines, frames[0]!.height) : undefined;
  for (const p of pages) {
    for (const e of [...(headers.get(p.page) ?? []), ...(bodies.get(p.page) ?? []), ...(footers.get(p.page) ?? [])]) {
      if (e.story === 'header' || e.story === 'footer') {
        const key = `${e.story}|${normaliseSpace(e.para.lines.map((l) => l.text).join(' ').replace(/\d+/gu, '#'))}`;
        if (repeats.has(key)) continue;
        repeats.add(key);
      }
      const paragraph = toModel(e.story, e.para);
      if (paragraph) out.push(paragraph);
      if (paragraph && lone && e.story === 'body' && e.para.lines.length === 1 && e.para.lines[0] === lone) warnings?.push(footerWarning(paragraph));
    }
  }
  markStepHeadings(out, oneLine);
  return out;
}

/**
 * `footer-like-line`: a one-page script's last line, read as a script line, stands alone in the
 * page's bottom margin far below the text, where a footer stands (furniture.ts `footerLike`).
 */
/**
 * Lines set with no space between paragraphs, joined across a sentence's end (`unspacedJoins`): a
 * paragraph may end there, and nothing on the page tells. Said once, with up to three of them.
 */
function unspacedWarning(joins: readonly UnspacedJoin[]): Warning {
  const pages = [...new Set(joins.map((j) => j.page))].sort((a, b) => a - b);
  const tail = (text: string) => (text.length > 40 ? `…${text.slice(-40).replace(/^\S*\s/u, '')}` : text);
  const head = (text: string) => (text.length > 40 ? `${text.slice(0, 40).replace(/\s\S*$/u, '')}…` : text);
  const samples = joins.slice(0, 3).map((j) => ({ page: j.page, text: `${tail(j.before)} ${head(j.after)}` }));
  return {
    code: 'paragraphs-unspaced',
    message: `On ${pagesText(pages)}, lines are set with no space between paragraphs: where one paragraph ends and the next begins cannot be told from the page, so line counts may be off (word counts are right): ${samples.map((s) => `"${s.text}" (page ${s.page})`).join(', ')}${joins.length > samples.length ? ` and ${joins.length - samples.length} more` : ''} ${joins.length === 1 ? 'is read as one line where it may be two' : 'are each read as one line where they may be two'}. If they are two paragraphs, count from the Word or LibreOffice file, or export the PDF with space after paragraphs.`,
    details: { pages, samples, joins: joins.length },
  };
}

function footerWarning(paragraph: Paragraph): Warning {
  const text = normaliseSpace(paragraph.runs.map((r) => r.text).join(''));
  const quoted = text.length > 80 ? `${text.slice(0, 80).replace(/\s\S*$/u, '')} …` : text;
  return {
    code: 'footer-like-line',
    message: `"${quoted}" is read as a script line of its colour, but it stands alone in the page's bottom margin, far below the text, where a footer stands (a one-page PDF has no other page to show whether it repeats). If it is a footer, not a line to record, leave its words out of that voice's count.`,
    location: paragraph.location,
    details: { text },
  };
}

/**
 * The furniture of the first page that has some, a paragraph per block of lines (a header set on two
 * lines is one), numbered per story apart from the lines: where a legend may stand. A line of the
 * block that ends short — the next line's first word would have fitted after it, within the width the
 * block's longest line shows — ended its paragraph ("Module 3 — Safety" over "Legend: Narrator blue,
 * Learner green": two paragraphs, as in the DOCX's header part); a header that wrapped stays one.
 */
function furnitureParagraphs(left: { story: FurnitureStory; line: Line; page: number }[], hyphenation: Hyphenation): Paragraph[] {
  const first = Math.min(...left.map((l) => l.page));
  const out: Paragraph[] = [];
  for (const story of ['header', 'footer'] as const) {
    const lines = left.filter((l) => l.page === first && l.story === story).map((l) => l.line).sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
    const blocks: Line[][] = [];
    for (const line of lines) {
      const block = blocks[blocks.length - 1];
      const above = block?.[block.length - 1];
      if (above && oneBlock(above, line)) block!.push(line);
      else blocks.push([line]);
    }
    let number = 0;
    for (const block of blocks) {
      let right = -Infinity;
      for (const line of block) right = Math.max(right, line.x1);
      let from = 0;
      for (let i = 1; i <= block.length; i++) {
        if (i < block.length && !endsShort(block[i - 1]!, block[i]!, right)) continue;
        const runs = keptRuns(paragraphRuns(block.slice(from, i), hyphenation));
        if (runs.some((r) => /\S/u.test(r.text))) out.push({ runs, location: { story, paragraph: ++number, page: first } });
        from = i;
      }
    }
  }
  return out;
}

/**
 * Lines left out as running headers or footers that stand against the text rather than apart from it
 * in the page's margin (a header grown out of its margin, in a size of its own: furniture.ts): a
 * heading or a script line would look the same. Said, with their text, unless they are read anyway.
 */
function pressedWarning(pressed: { page: number; line: Line; story: FurnitureStory }[], include: Set<Story>): Warning | null {
  const left = pressed.filter((p) => !include.has(p.story));
  if (!left.length) return null;
  const texts: string[] = [];
  // A header that numbers its page ("page 1 of 3", "page 2 of 3") quoted once.
  const seen = new Set<string>();
  for (const p of left) {
    const text = normaliseSpace(p.line.text);
    const key = text.replace(/\d+/gu, '#');
    if (!seen.has(key) && texts.length < 3) texts.push(text);
    seen.add(key);
  }
  const pages = [...new Set(left.map((p) => p.page))].sort((a, b) => a - b);
  const stories = (['header', 'footer'] as const).filter((story) => left.some((p) => p.story === story));
  const named = stories.map((story) => `${story}s`).join(' and ');
  const quoted = texts.map((t) => `"${t.length > 80 ? `${t.slice(0, 80).replace(/\s\S*$/u, '')} …` : t}"`).join(', ');
  const many = texts.length > 1;
  return {
    code: 'furniture-against-text',
    message: `${quoted} (${pagesText(pages)}) ${many ? 'were' : 'was'} left out as a running ${stories.length > 1 ? 'header or footer' : stories[0]}: ${many ? 'they repeat' : 'it repeats'} from page to page in a size of ${many ? 'their' : 'its'} own, but ${many ? 'stand' : 'stands'} against the text, not apart from it in the page's margin. If ${many ? 'they are headings or lines' : 'it is a heading or a line'} to record, count ${many ? 'them' : 'it'} with --include ${named}.`,
    details: { pages, texts, include: named },
  };
}

/**
 * `furniture-in-voice-colour`: lines that repeat at the top or foot of page after page as a running
 * header or footer does, read as script lines because they are set in a colour the script's lines
 * are in, smaller than the text (furniture.ts `voicedLines`): a voice's "Next." or "(SFX: door)"
 * opening each page, or a small header in a voice's colour. Said, with their text and pages, so that a header counted is seen.
 */
/** Furniture lines as their warnings say them (voicedWarning, readAsLineWarning, furnitureWarning). */
interface FurnitureFacts {
  /** Up to three texts, one per `key`. */
  texts: string[];
  /** How many different keys in all. */
  distinct: number;
  words: number;
  pages: number[];
  stories: FurnitureStory[];
  /** Where they stand: "at the top of the page"… */
  where: string;
  /** A running "header", "footer", or "header or footer". */
  kind: string;
  /** Their `story` detail: "header", "footer" or "header and footer". */
  story: string;
  /** The texts quoted, each cut at a word after 80 characters. */
  quoted: string;
}

function furnitureFacts(items: readonly { page: number; line: Line; story: FurnitureStory }[], key: (text: string) => string = (text) => text): FurnitureFacts {
  const texts: string[] = [];
  const seen = new Set<string>();
  let words = 0;
  for (const item of items) {
    const text = normaliseSpace(item.line.text);
    words += countWords(text);
    const k = key(text);
    if (!seen.has(k) && texts.length < 3) texts.push(text);
    seen.add(k);
  }
  const pages = [...new Set(items.map((item) => item.page))].sort((a, b) => a - b);
  const stories = (['header', 'footer'] as const).filter((story) => items.some((item) => item.story === story));
  const both = stories.length > 1;
  return {
    texts,
    distinct: seen.size,
    words,
    pages,
    stories,
    where: both ? 'at the top or foot of the page' : stories[0] === 'header' ? 'at the top of the page' : 'at the foot of the page',
    kind: both ? 'header or footer' : stories[0]!,
    story: both ? 'header and footer' : stories[0]!,
    quoted: texts.map(quoteFurniture).join(', '),
  };
}

function voicedWarning(voiced: { page: number; line: Line; story: FurnitureStory }[]): Warning | null {
  if (!voiced.length) return null;
  const { texts, pages, where, kind, quoted, story } = furnitureFacts(voiced);
  const many = texts.length > 1;
  return {
    code: 'furniture-in-voice-colour',
    message: many
      ? `${quoted} (${pagesText(pages)}) are read as script lines of their colours: they repeat ${where} as a running ${kind} does, but are set smaller than the text in colours the script's lines are in. If they are page ${kind}s, not lines to record, leave their words out of those voices' counts.`
      : `${quoted} (${pagesText(pages)}) is read as a script line of its colour on each of those pages: it repeats ${where} as a running ${kind} does, but is set smaller than the text in a colour the script's lines are in. If it is a page ${kind}, not a line to record, leave its words out of that voice's count.`,
    details: { pages, texts, story },
  };
}

/**
 * `furniture-read-as-line`: black or grey lines in the text's size that open (close) most pages word
 * for word at one height as a running header (footer) does, but stand at the text's own spacing: read
 * as lines ("NARRATOR:" atop each page of a script is one), and said, so that a header counted is seen.
 */
function readAsLineWarning(kept: { page: number; line: Line; story: FurnitureStory }[]): Warning | null {
  if (!kept.length) return null;
  const { texts, words, pages, where, kind, quoted, story } = furnitureFacts(kept);
  const many = texts.length > 1;
  return {
    code: 'furniture-read-as-line',
    message: `${quoted} (${plural(kept.length, 'line')}, ${plural(words, 'word')}, ${pagesText(pages)}) ${many ? 'are read as script lines' : 'is read as a script line'}: ${many ? 'they repeat' : 'it repeats'} word for word ${where} as a running ${kind} does, but ${many ? 'stand' : 'stands'} at the text's own spacing, in its size. If ${many ? 'they are' : 'it is'} a page ${kind}, not ${many ? 'lines' : 'a line'} to record, leave ${many ? 'their' : 'its'} words out of the count.`,
    details: { lines: kept.length, words, pages, texts, story },
  };
}

/** A page counter and nothing else, its number aside: "3", "- 3 -", "Page 3 of 9", "3/9", "Page 3 sur 9". */
const COUNTER_WORDS = /\b(?:page|pages|p|of|sur|von|seite|de)\b/gi;
const bareCounter = (text: string) => !hasLetter(text.replace(/\d+/g, '').replace(COUNTER_WORDS, ''));

/**
 * `furniture-left-out`: the running headers and footers left out of the lines (not asked for with
 * `include`), page counters aside, and those `furniture-against-text` already says (`said`). A black
 * line repeated word for word atop every page, apart from the text, has every sign of a running header,
 * but it may be a narrator's ("NARRATOR:", a tagline read on each page): what is left out is said, with
 * its text, how many lines and words, and its pages, so that a line dropped is seen.
 */
function furnitureWarning(leftOut: { story: FurnitureStory; line: Line; page: number }[], said: ReadonlySet<Line>): Warning | null {
  const left = leftOut.filter((l) => !said.has(l.line) && !bareCounter(l.line.text));
  if (!left.length) return null;
  // A header that numbers its page ("Safety module — page 1", "… page 2") quoted once.
  const { texts, distinct, words, pages, stories, where, quoted, story } = furnitureFacts(left, (text) => text.toLowerCase().replace(/\d+/g, '#'));
  const kind = stories.length > 1 ? 'headers and footers' : `${stories[0]!}s`;
  const include = stories.map((s) => `${s}s`).join(',');
  const more = distinct > texts.length ? ` and ${distinct - texts.length} more` : '';
  return {
    code: 'furniture-left-out',
    message: `Running ${kind} left out of the lines: ${quoted}${more} (${plural(left.length, 'line')}, ${plural(words, 'word')}, ${pagesText(pages)}). They repeat ${where} as page furniture does; if one is a line to record (a speaker's name, a tagline read on each page), count them with --include ${include}.`,
    details: { lines: left.length, words, pages, texts, story, include },
  };
}

/**
 * Footnotes left out of the lines (`footnotes`): how many (the lines opening with a note's number)
 * and their words, in the words of a DOCX's `notes-left-out` (a PDF made of it says the same).
 */
function notesWarning(footLines: Set<Line>, endLines: Set<Line>, include: Set<Story>): Warning | null {
  const left = { footnote: 0, endnote: 0 };
  let words = 0;
  for (const [kind, lines] of [['footnote', footLines], ['endnote', endLines]] as const) {
    for (const line of lines) {
      if (NOTE_OPENING.test(line.text)) left[kind]++;
      words += countWords(line.text.replace(NOTE_OPENING, ''));
    }
  }
  const kinds = (['footnote', 'endnote'] as const).filter((k) => left[k] > 0);
  if (!kinds.length || words === 0) return null;
  const named = kinds.map((k) => `${left[k]} ${left[k] === 1 ? k : `${k}s`}`).join(' and ');
  const many = left.footnote + left.endnote > 1;
  const includes = (['footnote', 'endnote'] as const).filter((k) => include.has(k) || kinds.includes(k)).map((k) => `${k}s`).join(',');
  return {
    code: 'notes-left-out',
    message: `${named[0]!.toUpperCase()}${named.slice(1)} (${words} ${words === 1 ? 'word' : 'words'}) ${many ? 'are' : 'is'} not read as script lines. If ${many ? 'they are' : 'it is'} read aloud, count ${many ? 'them' : 'it'} with --include ${includes}.`,
    details: { footnotes: left.footnote, endnotes: left.endnote, words, include: includes },
  };
}

/**
 * Endnotes on the last pages, as LibreOffice sets a Word file's: pages at the end of the document
 * holding only lines in note type (NOTE_SIZE of the type most of the document's characters are set
 * in), the first note opening with a raised number or mark (Word numbers endnotes i, ii, iii…) that
 * stands raised in the text before, as each numbered line there must. Those calls are taken out of
 * the text. Not script lines, as a DOCX's endnotes are not: read only with --include endnotes.
 * Word's own PDFs set them on after the text's last paragraph, on its page: see below.
 */
function endnotes(frames: FrameText[], furniture: ReadonlyMap<Line, unknown> = new Map()): Set<Line> {
  const out = new Set<Line>();
  const bySize = new Map<number, number>();
  for (const f of frames) for (const l of f.lines) bySize.set(Math.round(l.size * 4) / 4, (bySize.get(Math.round(l.size * 4) / 4) ?? 0) + l.text.length);
  if (bySize.size < 2) return out;
  const body = [...bySize].sort((a, b) => b[1] - a[1])[0]![0];
  // The trailing frames set in note type only (a page of endnotes after the text).
  let start = frames.length;
  while (start > 0 && frames[start - 1]!.lines.length > 0 && !frames[start - 1]!.tables.length && frames[start - 1]!.lines.every((l) => l.size <= NOTE_SIZE * body)) start--;
  if (start === 0) return out;
  const opening = (l: Line) => (l.marks?.[0]?.at === 0 ? l.marks[0].text : undefined);
  let notes: Line[];
  const calls: { line: Line; text: string; at: number }[] = [];
  if (start === frames.length) {
    // No page of notes: Word sets its endnotes on after the text, on the page where it ends, a
    // short rule above them: the lines in note type below every line of the text's type of the
    // last page. Endnotes there when the first opens with a call standing on an earlier page (a
    // footnote stands on its call's page) or with a lower-case roman number (Word's and
    // LibreOffice's endnote numbering; footnotes count 1, 2, 3): else footnotes() judges them.
    const last = frames[frames.length - 1]!;
    let bottom = -Infinity;
    for (const l of last.lines) if (l.size >= 0.95 * body && !furniture.has(l)) bottom = Math.max(bottom, l.baseline);
    notes = last.lines.filter((l) => l.baseline > bottom && l.size <= NOTE_SIZE * body && !furniture.has(l)).sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
    const call = notes.length ? opening(notes[0]!) : undefined;
    if (call === undefined) return out;
    const earlier = (text: string) => frames.some((f) => f !== last && f.lines.some((l) => l.marks?.some((m) => m.at > 0 && m.text === text)));
    if (!ROMAN_CALL.test(call) && !earlier(call)) return out;
    for (const f of frames) for (const l of f.lines) if (f !== last || l.baseline <= bottom) for (const m of l.marks ?? []) if (m.at > 0) calls.push({ line: l, ...m });
  } else {
    for (let i = 0; i < start; i++) for (const l of frames[i]!.lines) for (const m of l.marks ?? []) if (m.at > 0) calls.push({ line: l, ...m });
    notes = frames.slice(start).flatMap((f) => [...f.lines].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0));
  }
  if (!calls.length) return out;
  const first = notes.findIndex((l) => {
    const call = opening(l);
    return call !== undefined && calls.some((c) => c.text === call);
  });
  if (first < 0) return out;
  const taken = notes.slice(first);
  if (!taken.every((l) => NOTE_OPENING.exec(l.text) === null || calls.some((c) => c.text === opening(l)))) return out;
  for (const l of taken) out.add(l);
  const noted = new Set(taken.map(opening).filter((c) => c !== undefined));
  // Right to left in each line, so that the offsets still hold.
  for (const c of calls.sort((a, b) => b.at - a.at)) if (noted.has(c.text)) cutText(c.line, c.at, c.text);
  return out;
}

/** An endnote's number as Word and LibreOffice number them by default: i, ii, iii… */
const ROMAN_CALL = /^[ivx]{1,4}$/u;

/** Lines of a running header closer than this (× their size) are one block. */
const FURNITURE_BLOCK = 1.8;

/** Whether a furniture line goes on the block whose last line is `above` (the next baseline down, close). */
const oneBlock = (above: Line, line: Line) => line.baseline > above.baseline && line.baseline - above.baseline < FURNITURE_BLOCK * Math.max(line.size, above.size);

/**
 * Footnotes at the foot of a frame: lines set smaller than the text (NOTE_SIZE of the type most of
 * its characters are set in), below every line of that type, from the first one that opens with
 * the number of a note call in the text above to the end. A call is a number or mark set small
 * and raised (Word, LibreOffice: "postures¹"), or a number glued to the end of a word in the
 * text's own type (WeasyPrint: "postures1"); the note opens with it ("1. Prononcer…",
 * "1 Prononcer…"), as every numbered line there must. Those calls are taken out of the text.
 * Footnotes are not script lines, as a
 * DOCX's are not: read only with --include footnote.
 */
function footnotes(lines: Line[]): Set<Line> {
  const out = new Set<Line>();
  if (lines.length < 2) return out;
  const bySize = new Map<number, number>();
  for (const l of lines) bySize.set(Math.round(l.size * 4) / 4, (bySize.get(Math.round(l.size * 4) / 4) ?? 0) + l.text.length);
  const body = [...bySize].sort((a, b) => b[1] - a[1])[0]![0];
  let bottom = -Infinity;
  for (const l of lines) if (l.size >= 0.95 * body) bottom = Math.max(bottom, l.baseline);
  let below = lines.filter((l) => l.baseline > bottom && l.size <= NOTE_SIZE * body).sort((a, b) => a.baseline - b.baseline);
  if (!below.length) {
    // Notes set in the text's own type (a DOCX whose styles have no footnote text style: LibreOffice
    // sets them in Normal, their numbers full size): the lines at the foot, set apart from the text
    // above by FOOT_GAP, from the first that opens with the number of a call raised in the text.
    const sorted = [...lines].sort((a, b) => a.baseline - b.baseline);
    const raisedCall = (text: string) => sorted.some((l) => l.marks?.some((m) => m.at > 0 && m.text === text));
    const start = sorted.findIndex((l, i) => {
      const call = NOTE_OPENING.exec(l.text)?.[1];
      return i > 0 && call !== undefined && l.baseline - sorted[i - 1]!.baseline >= FOOT_GAP * l.size && raisedCall(call);
    });
    if (start < 0) return out;
    bottom = sorted[start - 1]!.baseline;
    below = sorted.slice(start);
  }
  // The calls in the text: where each stands in its line.
  const calls: { line: Line; text: string; at: number }[] = [];
  for (const l of lines) {
    if (l.baseline > bottom) continue;
    for (const m of l.marks ?? []) calls.push({ line: l, ...m });
    for (const m of l.text.matchAll(GLUED_CALL)) calls.push({ line: l, text: m[1]!, at: m.index! + m[0].length - m[1]!.length });
  }
  const opening = (l: Line) => NOTE_OPENING.exec(l.text)?.[1] ?? (l.marks?.[0]?.at === 0 ? l.marks[0].text : undefined);
  const first = below.findIndex((l) => {
    const call = opening(l);
    return call !== undefined && calls.some((c) => c.text === call);
  });
  if (first < 0) return out;
  // Every note there opens with a call of the text: a small-type list at the foot ("3. Click
  // Next") is not taken for notes because "MP3" stands in the text.
  const notes = below.slice(first);
  if (!notes.every((l) => NOTE_OPENING.exec(l.text) === null || calls.some((c) => c.text === opening(l)))) return out;
  for (const l of notes) out.add(l);
  const noted = new Set([...out].map(opening).filter((c) => c !== undefined));
  // Right to left in each line, so that the offsets still hold; a raised call glued to a word is found twice.
  const cut = new Set<string>();
  for (const c of calls.sort((a, b) => b.at - a.at)) {
    const key = `${lines.indexOf(c.line)}:${c.at}`;
    if (!noted.has(c.text) || cut.has(key)) continue;
    cut.add(key);
    cutText(c.line, c.at, c.text);
  }
  return out;
}

/** Notes in the text's own type stand this far (× their size) below the text, at least (LibreOffice: a rule between). */
const FOOT_GAP = 2;

/**
 * A note call glued to the end of a word: "postures1", "élévatrices3" (after a lower-case letter:
 * "MP3", "A4", "B12" are names, not calls).
 */
const GLUED_CALL = /\p{Ll}(\d{1,3})(?![\p{L}\p{N}])/gu;
/** How a note opens: its number or mark, then a full stop, a parenthesis or a space. */
const NOTE_OPENING = /^(\d{1,3}|[*\u2020\u2021]{1,3}|[ivx]{1,4})(?=[.)]?\s)/u;

/** Note text this small at most (× the text's type size): Word's Footnote Text is 10 pt under Normal's 11. */
const NOTE_SIZE = 0.92;

/** Removes `text`, found at offset `at` of a line's text, from its runs. */
function cutText(line: Line, at: number, text: string): void {
  const length = text.length;
  // A call stands raised in the text ("postures¹": lines.ts raisedForm), its mark as drawn ("1").
  const shown = line.text.slice(at, at + length);
  if (shown !== text && shown !== raisedForm(text)) return;
  let offset = 0;
  for (const run of line.runs) {
    const end = offset + run.text.length;
    if (at >= offset && at + length <= end) {
      run.text = run.text.slice(0, at - offset) + run.text.slice(at - offset + length);
      break;
    }
    offset = end;
  }
  line.runs = line.runs.filter((r) => r.text.length > 0);
  line.text = line.runs.map((r) => r.text).join('');
}

/**
 * The header row of a borderless table (or one ruled by lines across only), repeated at the top
 * of the following pages: a row of several cells, the same texts as a row met on an earlier page.
 * The first one is read; the repeats are not. A row of one piece of text is never taken for one
 * ("NARRATOR:" opening every page is a script line).
 */
class RepeatedRows {
  private readonly seen = new Map<string, number>();

  drop(lines: Line[], page: number, ruled: boolean): Line[] {
    if (!lines.length) return lines;
    const rows = new Map<number, Line[]>();
    let top = Infinity;
    for (const line of lines) {
      const at = Math.round(line.baseline);
      const row = rows.get(at);
      if (row) row.push(line);
      else rows.set(at, [line]);
      top = Math.min(top, line.baseline);
    }
    const first = lines.filter((l) => Math.abs(l.baseline - top) <= 0.3 * l.size);
    const keyOf = (row: Line[]) => (row.length < 2 ? null : [...row].sort((a, b) => a.x0 - b.x0).map((l) => l.text.trim()).join('\t'));
    const firstKey = keyOf(first);
    const repeated = !ruled && firstKey !== null && (this.seen.get(firstKey) ?? page) < page;
    for (const row of rows.values()) {
      const key = keyOf(row);
      if (key !== null && !this.seen.has(key)) this.seen.set(key, page);
    }
    return repeated ? lines.filter((l) => !first.includes(l)) : lines;
  }
}

/**
 * Column layouts that are borderless tables: the first column holds short labels (scene numbers,
 * speaker names), one at the top of each row, level with a line of the next column. For each such
 * layout, the baselines where its rows start (a cell's paragraph never runs on into the next row).
 */
function borderlessRows(blocks: Block[]): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  const byLayout = new Map<string, Block[]>();
  for (const b of blocks) {
    const column = b.lines[0].column;
    if (column === undefined || b.cell) continue;
    const layout = column.split(':')[0];
    const list = byLayout.get(layout);
    if (list) list.push(b);
    else byLayout.set(layout, [b]);
  }
  for (const [layout, list] of byLayout) {
    const labels = list.filter((b) => b.lines[0].column === `${layout}:0`);
    const others = list.filter((b) => b.lines[0].column !== `${layout}:0`);
    if (labels.length < 3 || !others.length) continue;
    const short = labels.filter((b) => b.lines.length <= 3).length;
    const level = labels.filter((b) => others.some((o) => o.lines.some((l) => Math.abs(l.baseline - b.lines[0].baseline) <= 0.3 * l.size))).length;
    const labelWidth = Math.max(...labels.map((b) => b.x1)) - Math.min(...labels.map((b) => b.x0));
    const width = Math.max(...others.map((b) => b.x1)) - Math.min(...labels.map((b) => b.x0));
    if (short >= 0.8 * labels.length && level >= 0.8 * labels.length && labelWidth < 0.4 * width) {
      rows.set(layout, labels.map((b) => b.lines[0].baseline));
    }
  }
  return rows;
}

/** What a block stands in on its page: a table's cell, a text column, or the body's free text. */
const standsIn = (b: Block) => (b.cell ? `cell ${b.cell.table}:${b.cell.row}:${b.cell.column}` : `column ${b.lines[0].column ?? ''}`);

/** The leftmost text of each thing blocks stand in (see standsIn), from which indents are measured. */
function leftEdges(blocks: Block[]): Map<string, number> {
  const edges = new Map<string, number>();
  for (const b of blocks) {
    const key = standsIn(b);
    let x = edges.get(key) ?? Infinity;
    for (const line of b.lines) x = Math.min(x, line.x0);
    edges.set(key, x);
  }
  return edges;
}

const shapeOf = (f: FrameText) => `${Math.round(f.width)}x${Math.round(f.height)}`;

/**
 * Whether `next` opens the next text column after `prev`: to its right, starting higher up, and
 * about as wide (text flows through columns of one measure; a borderless table's columns differ).
 */
function columnJump(prev: Block, next: Block, widths: Map<string, number>): boolean {
  const a = prev.lines[prev.lines.length - 1].column, b = next.lines[0].column;
  if (a === undefined || b === undefined || a === b || next.x0 < prev.x1 - 1 || next.top >= prev.bottom) return false;
  // A narrow borderless table's columns (columns.ts alignedColumns, `t1:0`): a cell ends in its column.
  if (a.startsWith('t')) return false;
  const wa = widths.get(a)!, wb = widths.get(b)!;
  return Math.max(wa, wb) <= SAME_MEASURE * Math.min(wa, wb);
}

/** Where a paragraph starts: its first line's baseline and type size. */
interface Start {
  y: number;
  size: number;
}

/**
 * Where the paragraphs of each text column of a frame start (its blocks split into paragraphs), and
 * where a line stands further from the line above than its block's tightest spacing (ROW_SPACING):
 * a browser's borderless table sets its rows only 3 pt apart, its cells' paragraphs not at all.
 */
function paragraphStarts(blocks: Block[], split: LaidParagraph[][]): Map<string, Start[]> {
  const starts = new Map<string, Start[]>();
  blocks.forEach((b, i) => {
    const key = b.cell ? undefined : b.lines[0].column;
    if (key === undefined) return;
    const list = starts.get(key) ?? [];
    let tightest = Infinity;
    for (let k = 1; k < b.lines.length; k++) tightest = Math.min(tightest, b.lines[k]!.baseline - b.lines[k - 1]!.baseline);
    for (const para of split[i]!) {
      para.lines.forEach((line, k) => {
        if (k === 0 || line.baseline - para.lines[k - 1]!.baseline > ROW_SPACING * tightest) list.push({ y: line.baseline, size: line.size });
      });
    }
    starts.set(key, list);
  });
  for (const list of starts.values()) list.sort((a, b) => a.y - b.y);
  return starts;
}

/** Whether a paragraph start stands level with one of `others` (sorted by baseline: a binary search, pages of thousands of lines). */
function levelWith(start: Start, others: Start[]): boolean {
  const reach = LEVEL * start.size;
  let lo = 0, hi = others.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (others[mid]!.y < start.y - reach) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < others.length && others[k]!.y <= start.y + reach; k++) {
    if (Math.abs(others[k]!.y - start.y) <= LEVEL * Math.min(others[k]!.size, start.size)) return true;
  }
  return false;
}

/** Whether enough paragraphs of one column start level with the other's (a table's rows) for `few` of them. */
const rowsLevel = (left: Start[], right: Start[], few: number) => {
  const count = left.filter((s) => levelWith(s, right)).length;
  return count >= TABLE_ROWS && count >= LEVEL_SHARE * few;
};

/**
 * The column layouts of a frame that are borderless tables: two neighbouring columns of which most
 * paragraphs (of the one with fewer, three at least) start level with a paragraph of the other.
 */
function tableLayouts(starts: Map<string, Start[]>): Set<string> {
  const out = new Set<string>();
  for (const [key, left] of starts) {
    const [layout, column] = key.split(':');
    const right = starts.get(`${layout}:${Number(column) + 1}`);
    if (right && rowsLevel(left, right, Math.min(left.length, right.length))) out.add(layout!);
  }
  return out;
}

/**
 * Whether the column of `last` (a paragraph at its foot) and the column `next` opens are a borderless
 * table's, read column after column: each row's cells start level (Chromium, Word and Google Docs set
 * a table with no borders so, LibreOffice too), so the paragraph `last` starts level with a paragraph
 * of the next column, and so do most of its column's paragraphs (three at least). Text flowing through
 * columns starts its paragraphs level only by chance. Such a cell never goes on at the top of the
 * next column: read so, a picture cell took the audio column's header ("…coils its cable. AUDIO").
 */
function sideBySide(last: LaidParagraph, next: Block, starts: Map<string, Start[]>): boolean {
  const a = last.lines[0]?.column, b = next.lines[0]!.column;
  if (a === undefined || b === undefined) return false;
  const left = starts.get(a) ?? [], right = starts.get(b) ?? [];
  if (!levelWith({ y: last.lines[0]!.baseline, size: last.lines[0]!.size }, right)) return false;
  // Once per pair of columns (a page may jump between its columns many times).
  let known = levelPairs.get(starts);
  if (!known) levelPairs.set(starts, (known = new Map()));
  const pair = `${a}|${b}`;
  if (!known.has(pair)) known.set(pair, rowsLevel(left, right, left.length));
  return known.get(pair)!;
}
const levelPairs = new WeakMap<Map<string, Start[]>, Map<string, boolean>>();

/** Baselines this close (× type size) are level; rows of a table (its header among them) at least; their share of a column's paragraphs. */
const LEVEL = 0.3;
const TABLE_ROWS = 3;
const LEVEL_SHARE = 0.6;

/** Text columns this close in width (ratio) share one measure. */
const SAME_MEASURE = 1.3;

/** The width of each text column of a frame (from its blocks' extents). */
function columnWidths(blocks: Block[]): Map<string, number> {
  const extent = new Map<string, [number, number]>();
  for (const b of blocks) {
    const key = b.lines[0].column;
    if (key === undefined) continue;
    const e = extent.get(key);
    if (e) extent.set(key, [Math.min(e[0], b.x0), Math.max(e[1], b.x1)]);
    else extent.set(key, [b.x0, b.x1]);
  }
  return new Map([...extent].map(([k, [x0, x1]]) => [k, x1 - x0]));
}

/** Whether another free block sits beside this one (a column layout at this height). */
function besideAnother(block: Block, all: Block[]): boolean {
  let beside = besideOf.get(all);
  if (!beside) {
    // Asked of each block of a page up to five times (the margins, the measure, each block's right
    // edge): worked out once per page's blocks (blocks × blocks; thousands on a hostile page).
    beside = new Set(all.filter((a) => all.some((b) => b !== a && !b.cell && b.top < a.bottom && b.bottom > a.top && (b.x0 >= a.x1 || b.x1 <= a.x0))));
    besideOf.set(all, beside);
  }
  return beside.has(block);
}
/**
 * The blocks of a page's free text (no table cell, no text column) that stand right of `block`, at
 * a height of its: boxes its lines may wrap around (paragraphs.ts besideEdges).
 */
function boxesBeside(block: Block, all: Block[]): Block[] | undefined {
  // A line alone ends nothing: no line of its block comes after it.
  if (block.lines.length < 2) return undefined;
  let out: Block[] | undefined;
  for (const b of all) {
    if (b === block || b.cell || b.lines[0].column !== undefined || b.x0 <= block.x0 || b.top >= block.bottom || b.bottom <= block.top) continue;
    // The lines beside a box on the left, just above: this block's text goes on from them, they are no box.
    if (wrapsUnderBox(b, block, all)) continue;
    (out ??= []).push(b);
  }
  return out;
}
/**
 * Whether `next` is the text below a box on the left that `prev`'s lines stand beside: a text box
 * or a float at the left margin (a colour key, a note, a picture's caption), the lines beside it set
 * in right of it (`prev`, starting at the box's wrap edge) and, below it, back at the margin (`next`,
 * a line's pitch under `prev`'s last line, starting left of it and running on under it). One flow of
 * text: the step left at the box's foot is no new paragraph (nor is `prev` a box `next`'s lines
 * wrap short of).
 */
function wrapsUnderBox(prev: Block, next: Block, all: readonly Block[]): boolean {
  if (prev === next || prev.cell || next.cell || prev.lines[0]!.column !== undefined || next.lines[0]!.column !== undefined) return false;
  const last = prev.lines[prev.lines.length - 1]!;
  const first = next.lines[0]!;
  const size = Math.max(last.size, first.size);
  const pitch = first.baseline - last.baseline;
  // Wrapped lines' pitch: the block's own, else a line's at most.
  let tightest = UNDER_BOX_PITCH * size;
  for (let i = 1; i < prev.lines.length; i++) tightest = Math.min(tightest, prev.lines[i]!.baseline - prev.lines[i - 1]!.baseline);
  if (!(pitch > 0 && pitch <= UNDER_BOX_SPACING * tightest)) return false;
  // Below, back further left, and running on under the lines beside the box.
  if (!(next.x0 < prev.x0 - UNDER_BOX_STEP * size && next.x1 > (prev.x0 + prev.x1) / 2)) return false;
  // The box: left of the lines beside it, at their height, over the text below, ending above its first line.
  for (const box of all) {
    if (box === prev || box === next || box.cell) continue;
    if (box.x1 <= prev.x0 + 1 && box.x1 > next.x0 && box.x0 >= next.x0 - UNDER_BOX_STEP * size && box.top < prev.bottom && box.bottom > prev.top && box.bottom <= first.baseline) return true;
  }
  return false;
}

/** Lines further apart than this (× the tightest pitch of the lines beside the box, or than UNDER_BOX_PITCH × size) are no wrapped flow. */
const UNDER_BOX_SPACING = 1.15;
const UNDER_BOX_PITCH = 1.6;
/** How far left of the lines beside the box (× size) the text below it starts, at least. */
const UNDER_BOX_STEP = 2;

/** The blocks of a page's blocks that stand beside another (besideAnother), by the page's array of blocks. */
const besideOf = new WeakMap<Block[], Set<Block>>();

/**
 * The right text margin of single-column text across the document: the furthest any line
 * reaches. When no line comes near the right of the page (a script of short lines), the left
 * margin mirrored stands in. Mirroring always would split paragraphs whose true right margin is
 * wider than the left one, as LibreOffice's exports showed.
 *
 * `unwrapped`: the text shows no sign of ever wrapping — no block has a line pitch tighter than
 * its paragraph spacing (`wraps` false), and the furthest line stands alone (at most one other
 * line ends within two ems of it; wrapped lines end near the margin together). Then every line is
 * a paragraph of its own: the longest would otherwise count as full and run on into the next
 * paragraph (a legend into the first line of the script), and the margin is mirrored too.
 */
function textMargins(pages: Block[][], pageWidth: number, wraps: boolean): { right: number; unwrapped: boolean; sentences: boolean } {
  let left = Infinity, right = 0;
  let widest: Line | undefined;
  for (const blocks of pages) {
    for (const b of blocks) {
      if (b.cell || besideAnother(b, blocks)) continue;
      left = Math.min(left, b.x0);
      right = Math.max(right, b.x1);
      for (const line of b.lines) if (!widest || line.x1 > widest.x1) widest = line;
    }
  }
  if (left === Infinity || !widest) return { right: 0, unwrapped: false, sentences: false };
  let near = 0;
  if (!wraps) {
    for (const blocks of pages) {
      for (const b of blocks) {
        if (b.cell || besideAnother(b, blocks)) continue;
        for (const line of b.lines) if (line !== widest && line.x1 >= right - 2 * widest.size) near++;
      }
    }
  }
  const unwrapped = !wraps && near <= 1;
  if (!unwrapped) right = pastOverfull(pages, right, widest.size);
  const mirrored = Math.max(right, pageWidth - left);
  // Lines reaching the margin that end where sentences do: one-line paragraphs with no space
  // between them (endsAtSentences), told at the margin the lines set.
  if (unwrapped) return { right: mirrored, unwrapped, sentences: !wraps && endsAtSentences(lineEndsOf(pages, mirrored, mirrored)) };
  const ends = lineEndsOf(pages, right, mirrored);
  const sentences = !wraps && endsAtSentences(ends);
  // Narrow text: short lines (a script of them) end short of the mirrored margin, unless they
  // show they wrap where they end (a narrow text box, a two-column page's last, left column only).
  if (right < 0.6 * pageWidth) return { right: wrapsThere(ends) ? right : mirrored, unwrapped, sentences };
  return { right: oneLineParagraphs(ends) || (!wraps && runsOnNowhere(ends)) ? mirrored : right, unwrapped, sentences };
}

/**
 * Whether text that shows no line pitch of its own (`wraps` false: no block has its lines closer
 * together than its paragraphs) ends its full-looking lines as one-line paragraphs do: three in
 * four of them at least (NO_PITCH_ENDED) end a sentence before a line that opens with no lower-case
 * letter, none runs on mid-sentence into a lower-case line, and there are ONE_LINE_LINES of them.
 * The rest are a legend ending on its last entry ("… black = not recorded"), a title, a line ending
 * on a colon: one such line in a short script must not make its furthest line the margin, or the
 * legend runs on into the heading after it ("Screen 1", then left out of the lines with the
 * legend). A script whose one-line paragraphs are set a line or more apart, its text repeated on
 * a second page (so that its widest line is not alone: textMargins' `near`), shows it so.
 * Wrapped text ends few of its lines with a sentence (a line in ten or so) and runs on in lower
 * case on most of the others.
 */
function runsOnNowhere(ends: { full: number; ended: number; running: number }): boolean {
  return ends.full >= ONE_LINE_LINES && ends.running === 0 && ends.ended >= NO_PITCH_ENDED * ends.full;
}

/** The share of full-looking lines that must end a sentence, in text with no line pitch of its own (runsOnNowhere). */
const NO_PITCH_ENDED = 0.75;

/** The lineEnds of single-column text across pages, at `right` and at the mirrored margin. */
function lineEndsOf(pages: Block[][], right: number, mirrored: number): LineEnds {
  const sum = { full: 0, ended: 0, running: 0, closed: 0 };
  for (const blocks of pages) {
    for (const b of blocks) {
      if (b.cell || besideAnother(b, blocks)) continue;
      const ends = lineEnds(b.lines, right, mirrored);
      sum.full += ends.full;
      sum.ended += ends.ended;
      sum.running += ends.running;
      sum.closed += ends.closed;
    }
  }
  return sum;
}

/**
 * Whether narrow text wraps where its lines end: of its lines that look full there, at least
 * ONE_LINE_LINES, two in three or more end on a word (no mark) before a line going on in lower case.
 * A script of short lines opens each with a capital or a speaker's name; verse whose lines end
 * with commas or open with capitals is not taken for wrapped prose either.
 */
function wrapsThere(ends: { full: number; running: number }): boolean {
  return ends.full >= ONE_LINE_LINES && ends.running >= WRAPPED_SHARE * ends.full;
}

/** The share of full-looking lines that must go on mid-sentence for narrow text to be wrapped there. */
const WRAPPED_SHARE = 2 / 3;

/**
 * The right margin without the few lines that stick out past it: TeX's overfull lines, a
 * `\colorbox` whose padding pushes its line beyond the measure. Lines that wrap end together at
 * the margin; measured from one that sticks out an em or more, every full line would look short
 * and end its paragraph. At most OVERFULL lines are passed over, and only where more lines
 * (twice as many, three at least) end together within an em under them.
 */
function pastOverfull(pages: Block[][], right: number, size: number): number {
  const ends: number[] = [];
  let finite = Number.isFinite(size) && size >= 0;
  for (const blocks of pages) {
    for (const b of blocks) {
      if (b.cell || besideAnother(b, blocks)) continue;
      for (const line of b.lines) {
        if (!Number.isFinite(line.x1)) finite = false;
        ends.push(line.x1);
      }
    }
  }
  if (!finite) return pastOverfullSorted(ends, right, size);
  // The OVERFULL + 1 furthest ends, furthest first (as the whole list sorted would start), and
  // how many ends reach a point: a long script's tens of thousands of lines are not sorted for it.
  const top: number[] = [];
  for (const x of ends) {
    if (top.length > OVERFULL && x <= top[OVERFULL]!) continue;
    let at = Math.min(top.length, OVERFULL);
    while (at > 0 && top[at - 1]! < x) at--;
    top.splice(at, 0, x);
    if (top.length > OVERFULL + 1) top.pop();
  }
  for (let k = 1; k <= OVERFULL && k < ends.length; k++) {
    if (top[k - 1]! - top[k]! <= size) continue;
    // The ends from the k-th on that reach within `size` of it: all ends that do, less the k before
    // it (each reaches further).
    const from = top[k]! - size;
    let together = -k;
    for (const x of ends) if (x >= from) together++;
    if (together >= Math.max(3, 2 * k)) return top[k]!;
  }
  return right;
}

/** pastOverfull over every end sorted: for ends or a size that are no finite numbers, where a sort's order is its comparison's. */
function pastOverfullSorted(ends: number[], right: number, size: number): number {
  ends.sort((a, b) => b - a);
  for (let k = 1; k <= OVERFULL && k < ends.length; k++) {
    if (ends[k - 1] - ends[k] <= size) continue;
    let together = 0;
    for (let j = k; j < ends.length && ends[j] >= ends[k] - size; j++) together++;
    if (together >= Math.max(3, 2 * k)) return ends[k];
  }
  return right;
}

/** Lines at most that may stick out past the right margin of single-column text. */
const OVERFULL = 3;

/** The right ends of the lines of each text column of a page's blocks, furthest first: sorted once per page and column. */
const columnEndsOf = new WeakMap<Block[], Map<string, number[]>>();

function columnEnds(all: Block[], column: string): number[] {
  let byColumn = columnEndsOf.get(all);
  if (!byColumn) {
    byColumn = new Map();
    for (const b of all) {
      const c = b.lines[0].column;
      if (b.cell || c === undefined) continue;
      let ends = byColumn.get(c);
      if (!ends) byColumn.set(c, (ends = []));
      for (const l of b.lines) ends.push(l.x1);
    }
    for (const ends of byColumn.values()) ends.sort((a, b) => b - a);
    columnEndsOf.set(all, byColumn);
  }
  return byColumn.get(column) ?? [];
}

/**
 * The right edge a line of this block could reach: the cell's text edge in a table, the widest
 * block above or below in a column layout, else the document's right margin.
 */
function rightEdge(block: Block, all: Block[], margin: number): number {
  if (block.cell) return block.x1;
  let right = block.x1;
  const column = block.lines[0].column;
  if (column !== undefined) {
    // A text column's measure: the furthest its lines reach on this page, less a line or two
    // that stick out into the gutter (an overfull line, a highlight box).
    const ends = columnEnds(all, column);
    let i = 0;
    while (i < 2 && ends.length - i > 3 && ends[i] - ends[i + 1] > block.lines[0].size) i++;
    return ends[i] ?? right;
  }
  // Alone across the page, lines past the margin stick out (pastOverfull): they set no edge.
  const alone = !besideAnother(block, all);
  if (alone && margin > 0 && right > margin) {
    right = margin;
    for (const l of block.lines) if (l.x1 <= margin) right = Math.max(right, l.x1);
  }
  for (const b of all) {
    if (b.cell || b.lines[0].column !== undefined || (alone && margin > 0 && b.x1 > margin)) continue;
    const overlap = Math.min(b.x1, block.x1) - Math.max(b.x0, block.x0);
    if (overlap > 0.5 * Math.min(b.x1 - b.x0, block.x1 - block.x0)) right = Math.max(right, b.x1);
  }
  return alone ? Math.max(right, margin) : right;
}
