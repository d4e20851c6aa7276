import type { Hex, Paragraph, Warning } from '../../model.js';
import { offPageMessage } from '../../text/off-page.js';
import { normaliseSpace } from '../../text/words.js';
import type { PageText } from './assemble.js';
import type { Line, OffText } from './types.js';

/**
 * Text cut off at the page's edge, or by the edge of a clip it is drawn under.
 *
 * A reader sees what lies inside the page's visible area (its crop box: pdf.js's viewport) and
 * inside the clip in force; the operator walk (operators.ts) reads a glyph when its centre lies
 * there, and leaves the others out. That is right for what nobody sees, but a line drawn across
 * the edge (LibreOffice's table wider than the page, Chromium's `white-space: nowrap`, a string
 * drawn past the page by a program) is then read short: "…on our compan". The walk keeps, for each
 * page, the glyphs it left out for lying outside (and the glyphs it read whose box sticks out of the
 * area by more than a quarter of their width or height): `OffText`. Here they are matched with the
 * page's lines: a line with such a glyph inside it or right beside it on its baseline is cut;
 * text beyond the page (not a clip) on the baseline of a line the page shows, within half a page of
 * the edge, is a part of that row of text off the page (a table's last column beyond the edge). Said
 * (`text-off-page`), never silent: the counts of those lines are short.
 *
 * Left alone: text wholly outside with no line of the page beside it (a printer's slug line outside
 * the crop box, text set far off the page on purpose), and text under a clip too small to show a
 * letter (a web page's text for screen readers only, clipped to a pixel): nobody sees it, and nothing
 * seen is cut.
 */

/** What one page says of its cut text (PageOutcome `cut`): plain data, it may come from another thread. */
export interface PageCut {
  /** Lines cut, and rows of text whose part beyond the page is not shown. */
  lines: number;
  /**
   * A few of those lines' texts (at most QUOTED): the lines read (`read`), top to bottom, then the
   * text of rows not read at all.
   */
  quoted: { text: string; read: boolean }[];
  /** The colours of the text not shown, most characters first, with how many. */
  colours: [Hex, number][];
  /** Characters not shown (or shown cut). */
  characters: number;
  /** Whether the edge is the page's (else a clip's only). */
  page: boolean;
  /**
   * Every line cut (at most ALL_CUT a page), as `quoted` lists them: the colours of its text outside
   * (most characters first: what the casting names voices by) and the page's edge it crosses, if the page's.
   */
  all: CutLine[];
}

/** One line cut (PageCut `all`): its text, whether it was read, the colours of its part outside, the side of the page it runs off. */
export interface CutLine {
  text: string;
  read: boolean;
  colours: Hex[];
  side?: Side;
}

/** The page's side a line runs off (in the upright frame of its text). */
export type Side = 'right' | 'left' | 'top' | 'bottom';

/** Lines quoted per page, at most (to find their paragraphs). */
const QUOTED = 3;
/** Cut lines kept per page, and for the whole file, at most (to name their voices). */
const ALL_CUT = 200;
const ALL_CUT_FILE = 1000;
/** How far past a line's end a stretch outside may start and still continue it, in its type size (a word space, a justified one). */
const NEXT_TO = 1.5;
/** Baselines this close (in type size) are one. */
const SAME_BASELINE = 0.35;
/** Text beyond the page within this share of the page's width (or height) of it: a part of the page's rows, not text put away. */
const REACH = 0.5;

/**
 * The page's cut lines: those with text outside beside them or crossing the edge in them, and rows
 * whose part beyond the page is not shown. Undefined when none.
 */
export function cutText(off: readonly OffText[], page: PageText): PageCut | undefined {
  if (!off.length) return undefined;
  const cut = new Set<Line>();
  const order: Line[] = [];
  // Stretches beyond the page on a line's baseline with no line beside them: one per baseline.
  const rows = new Map<string, OffText[]>();
  const colours = new Map<Hex, number>();
  // Per line cut: the characters outside by colour, and the page's side crossed.
  const lineColours = new Map<Line, Map<Hex, number>>();
  const lineSides = new Map<Line, Side>();
  const rowSides = new Map<OffText, Side>();
  let characters = 0;
  let beyondPage = false;
  for (const frame of page.frames) {
    const mine = off.filter((o) => o.turn === frame.turn);
    if (!mine.length) continue;
    const lines: Line[] = [...frame.lines];
    for (const table of frame.tables) for (const cell of table.cells) lines.push(...cell.lines);
    // The lines by baseline, to look near each stretch only.
    lines.sort((a, b) => a.baseline - b.baseline);
    const baselines = lines.map((l) => l.baseline);
    const reachX = REACH * frame.width;
    for (const o of mine) {
      const tolerance = SAME_BASELINE * o.size;
      let nearest: Line | undefined;
      let found: Line | undefined;
      for (let i = lowerBound(baselines, o.baseline - tolerance - 0.5 * o.size); i < lines.length; i++) {
        const line = lines[i]!;
        if (line.baseline > o.baseline + tolerance + 0.5 * o.size) break;
        const same = Math.abs(line.baseline - o.baseline) <= SAME_BASELINE * Math.max(o.size, line.size);
        if (!same) continue;
        const reach = NEXT_TO * Math.max(o.size, line.size);
        if (o.x0 <= line.x1 + reach && o.x1 >= line.x0 - reach) {
          found = line;
          break;
        }
        nearest ??= line;
      }
      let counted = false;
      const side = o.beyondPage ? sideOf(o, frame.width, frame.height) : undefined;
      if (found) {
        if (!cut.has(found)) {
          cut.add(found);
          order.push(found);
        }
        counted = true;
        const n = o.text.replace(/\s+/gu, '').length;
        if (n) {
          let by = lineColours.get(found);
          if (!by) lineColours.set(found, (by = new Map()));
          by.set(o.color, (by.get(o.color) ?? 0) + n);
        }
        if (side && !lineSides.has(found)) lineSides.set(found, side);
      } else if (/\S/u.test(o.text) && (o.partly || (nearest && o.beyondPage && o.x1 >= -reachX && o.x0 <= frame.width + reachX))) {
        // Text seen in part with no line read beside it (a clip cutting a line across its letters),
        // or a row's part beyond the page: one stretch stands for its baseline.
        const key = `${frame.turn}:${Math.round(o.baseline / (SAME_BASELINE * o.size))}`;
        const row = rows.get(key);
        if (row) row.push(o);
        else rows.set(key, [o]);
        if (side) rowSides.set(o, side);
        counted = true;
      }
      if (!counted) continue;
      if (o.beyondPage) beyondPage = true;
      if (o.read) continue;
      const n = o.text.replace(/\s+/gu, '').length;
      characters += n;
      if (n) colours.set(o.color, (colours.get(o.color) ?? 0) + n);
    }
  }
  // A row counted by its part off the page whose line is cut as well is that line.
  const hiddenRows = [...rows.values()].filter(([o]) => !order.some((l) => Math.abs(l.baseline - o!.baseline) <= SAME_BASELINE * Math.max(o!.size, l.size)));
  const count = order.length + hiddenRows.length;
  if (!count) return undefined;
  // In reading order as the page's lines come: by frame, then top to bottom, left to right.
  order.sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const quoted = order.slice(0, QUOTED).map((l) => ({ text: normaliseSpace(l.text), read: true }));
  const rowTexts = hiddenRows.map((row) => rowText(row));
  for (const text of rowTexts.slice(0, QUOTED - quoted.length)) quoted.push({ text, read: false });
  const all: CutLine[] = [];
  for (const line of order) {
    if (all.length >= ALL_CUT) break;
    const item: CutLine = { text: normaliseSpace(line.text), read: true, colours: byMost(lineColours.get(line)) };
    const side = lineSides.get(line);
    if (side) item.side = side;
    all.push(item);
  }
  for (let i = 0; i < hiddenRows.length && all.length < ALL_CUT; i++) {
    const row = hiddenRows[i]!;
    const by = new Map<Hex, number>();
    for (const o of row) {
      const n = o.text.replace(/\s+/gu, '').length;
      if (n) by.set(o.color, (by.get(o.color) ?? 0) + n);
    }
    const item: CutLine = { text: rowTexts[i]!, read: false, colours: byMost(by) };
    const side = row.map((o) => rowSides.get(o)).find((s) => s !== undefined);
    if (side) item.side = side;
    all.push(item);
  }
  return {
    lines: count,
    quoted,
    colours: [...colours].sort((a, b) => b[1] - a[1]),
    characters,
    page: beyondPage,
    all,
  };
}

/** Colours by how many characters they have, most first. */
function byMost(by: Map<Hex, number> | undefined): Hex[] {
  return by ? [...by].sort((a, b) => b[1] - a[1]).map(([c]) => c) : [];
}

/** The page's side a stretch beyond the page lies past: the one it is furthest past. */
function sideOf(o: OffText, width: number, height: number): Side {
  const past: [Side, number][] = [
    ['right', o.x1 - width],
    ['left', -o.x0],
    ['bottom', o.baseline - height],
    ['top', o.size * 0.7 - o.baseline],
  ];
  let best = past[0]!;
  for (const p of past) if (p[1] > best[1]) best = p;
  return best[0];
}

/** The text of stretches on one baseline, left to right, a space where they stand a word apart. */
function rowText(row: OffText[]): string {
  row.sort((a, b) => a.x0 - b.x0);
  let text = '';
  let end = NaN;
  for (const o of row) {
    if (text && !(o.x0 - end <= WORD_APART * o.size)) text += ' ';
    text += o.text;
    end = o.x1;
  }
  return normaliseSpace(text);
}

/** Two stretches further apart than this (in type size) are two words. */
const WORD_APART = 0.15;

/** The first index whose value is at least `v` in an ascending list. */
function lowerBound(values: readonly number[], v: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Folds pages' cuts in page order (PageFolder). */
export class CutPages {
  readonly pages: number[] = [];
  lines = 0;
  characters = 0;
  readonly quoted: { page: number; text: string; read: boolean }[] = [];
  readonly colours = new Map<Hex, number>();
  readonly all: (CutLine & { page: number })[] = [];
  page = false;

  add(n: number, cut: PageCut): void {
    for (const c of cut.all ?? []) if (this.all.length < ALL_CUT_FILE) this.all.push({ page: n, ...c });
    this.pages.push(n);
    this.lines += cut.lines;
    this.characters += cut.characters;
    if (cut.page) this.page = true;
    for (const q of cut.quoted) if (this.quoted.length < QUOTED) this.quoted.push({ page: n, ...q });
    for (const [c, n] of cut.colours) this.colours.set(c, (this.colours.get(c) ?? 0) + n);
  }

  /**
   * The warning, once the paragraphs are known: it stands at the paragraph holding the first line
   * quoted, and lists the paragraphs holding the lines quoted (their voices are the casting's).
   */
  warning(paragraphs: readonly Paragraph[]): Warning | undefined {
    if (!this.pages.length) return undefined;
    const first = this.quoted[0];
    const texts = new Map<Paragraph, string>();
    const found = this.quoted.map((q) => (q.read ? paragraphOf(paragraphs, q.page, q.text, texts) : undefined));
    const numbers = [...new Set(found.filter((p): p is Paragraph => p !== undefined).map((p) => p.location.paragraph))];
    const n = this.lines;
    const quote = first ? clip(first.text) : '';
    const edge = this.page ? 'page' : 'clip';
    const warning: Warning = {
      code: 'text-off-page',
      // The sentence from the details it gives (text/off-page.ts): the casting writes it again from them, naming the voices.
      message: offPageMessage({ pages: this.pages, lines: n, text: quote, edge }),
      details: {
        pages: [...this.pages],
        lines: n,
        text: quote,
        paragraphs: numbers,
        colours: [...this.colours].sort((a, b) => b[1] - a[1]).map(([c]) => c),
        characters: this.characters,
        edge,
        // Each line cut, its paragraph when read: the casting names their voices (attribute/cut-voices.ts) and leaves this out.
        cut: this.all.map((c) => {
          const p = c.read ? paragraphOf(paragraphs, c.page, c.text, texts) : undefined;
          const item: CutDetail = { page: c.page, paragraph: p ? p.location.paragraph : null, text: c.text, colours: c.colours };
          if (c.side) item.side = c.side;
          return item;
        }),
      },
    };
    const at = found.find((p) => p !== undefined);
    if (at) warning.location = at.location;
    return warning;
  }
}

/** A line cut, as the warning's details list it (`cut`) for the casting. */
export interface CutDetail {
  page: number;
  /** The number of the paragraph holding it (the line read), or null (a row not read, or not found). */
  paragraph: number | null;
  text: string;
  colours: Hex[];
  side?: Side;
}

/** A line's text shortened for a message, its end kept (where the cut is). */
function clip(text: string): string {
  return text.length > 100 ? `… ${text.slice(-96).replace(/^\S*\s/u, '')}` : text;
}

/** The paragraph on page `page` holding a line's text (spaces aside), if one does. */
function paragraphOf(paragraphs: readonly Paragraph[], page: number, text: string, texts?: Map<Paragraph, string>): Paragraph | undefined {
  const want = text.replace(/\s+/gu, '');
  if (!want) return undefined;
  // (A paragraph may start on the page before, and go on over the page break.)
  for (const p of paragraphs) {
    const at = p.location.page;
    if (at === undefined || at > page || at < page - 1) continue;
    let all = texts?.get(p);
    if (all === undefined) {
      all = '';
      for (const r of p.runs) all += r.text;
      all = all.replace(/\s+/gu, '');
      texts?.set(p, all);
    }
    if (all.includes(want)) return p;
  }
  return undefined;
}
