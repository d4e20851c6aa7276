import type { BackgroundKind, Hex } from '../../model.js';
import { nearWhite } from '../../colour/hex.js';
import type { HighlightArea } from './annotations.js';
import type { Box, Fill } from './types.js';

/** White, or too pale to be seen (colour/hex.ts nearWhite), is the page itself: no background, as in the DOCX reader. */
export const isWhite = nearWhite;

export interface Background {
  color: Hex;
  kind: BackgroundKind;
}

/**
 * What `Backgrounds.at` answers for a point on a pattern whose colours are not known (shadings.ts),
 * painted over whatever fill is under it: its text is read as on no background, and said.
 */
export const UNKNOWN_BACKGROUND: Background = Object.freeze({ color: '#FFFFFF' as Hex, kind: 'shading' as const });

/** The grid's cells, in points: a fill is listed in each cell its box meets. */
const CELL = 48;
/** Up to this many fills (from the first coloured one) are looked at one by one; past it, through the grid. */
const FEW = 48;
/** A fill meeting more cells than this (a box far past any page) is kept on one list looked at for every point. */
const MAX_CELLS = 2048;

/**
 * The colour a reader sees behind a point, asked while the page is walked: a Highlight
 * annotation over it wins (the topmost: highlights come topmost first); otherwise the last fill drawn so far (so, before the glyph) that
 * covers it. White counts as none.
 *
 * The fills drawn so far are found through a grid of CELL-point cells, each listing the fills whose
 * box meets it in drawing order (added as the walk draws them): a point looks only at its cell's,
 * last first, and at the few fills too large for the grid — where it looked at every fill drawn so
 * far (a page of 20,000 fills under its text took every glyph times every fill: 28 s).
 */
export class Backgrounds {
  private readonly quads: { box: Box; background: Background | null }[];
  /** White fills before the first coloured one only repaint the page: they are skipped. */
  private firstColoured = -1;
  private scanned = 0;
  /** Fills put in the grid so far (fills are only ever appended). */
  private indexed = 0;
  private readonly cells = new Map<number, number[]>();
  private readonly large: number[] = [];
  /** Fills looked at through the grid to answer `at` (for tests: the few of a point's cell). */
  looks = 0;

  /**
   * `unknown`: areas painted by patterns whose colours are not known, in drawing order (added as the
   * walk draws them); usually none.
   */
  constructor(highlights: HighlightArea[], private readonly fills: Fill[], private readonly strikes: Box[] = [], private readonly unknown: readonly Fill[] = []) {
    this.quads = highlights.flatMap((a) =>
      a.boxes.map((box) => ({ box, background: isWhite(a.color) ? null : { color: a.color, kind: a.kind ?? ('annotation' as const) } })),
    );
  }

  /** A StrikeOut annotation crosses the point: the text there is cut. */
  struck(x: number, y: number): boolean {
    for (const b of this.strikes) if (x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]) return true;
    return false;
  }

  /**
   * `band`: how tall (device points, about the point) the core of the text asking is, for a
   * gradient under it (shaded).
   */
  at(x: number, y: number, band = 0): Background | null {
    const { quads, fills } = this;
    for (let i = 0; i < quads.length; i++) {
      const b = quads[i].box;
      if (x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]) return quads[i].background;
    }
    while (this.firstColoured < 0 && this.scanned < fills.length) {
      if (!isWhite(fills[this.scanned].color)) this.firstColoured = this.scanned;
      this.scanned++;
    }
    if (this.firstColoured < 0) return this.unknown.length ? this.unknownAt(x, y, -Infinity) : null;
    let found = -1;
    if (fills.length - this.firstColoured <= FEW) {
      // Most pages: a few fills, looked at last first.
      for (let i = fills.length - 1; i >= this.firstColoured && found < 0; i--) {
        const b = fills[i]!.box;
        if (x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]) found = i;
      }
    } else {
      this.index();
      found = Math.max(this.lastCovering(this.cells.get(cellKey(Math.floor(x / CELL), Math.floor(y / CELL))), x, y), this.lastCovering(this.large, x, y));
    }
    return this.settle(x, y, band, found);
  }

  /**
   * `at` for points on one height `y` (the glyphs of one horizontal text operator share it): the
   * highlights and fills that reach that height are picked once, and each point looks only at
   * those, in the same order, for the same answer as `at(x, y, band)`. Asked while no fill is
   * drawn (within one operator). Past FEW fills (the grid) every point asks `at` itself.
   */
  row(y: number, band = 0): BackgroundRow {
    const { quads, fills } = this;
    const rowQuads: number[] = [];
    for (let i = 0; i < quads.length; i++) {
      const b = quads[i].box;
      if (y >= b[1] && y <= b[3]) rowQuads.push(i);
    }
    while (this.firstColoured < 0 && this.scanned < fills.length) {
      if (!isWhite(fills[this.scanned].color)) this.firstColoured = this.scanned;
      this.scanned++;
    }
    const gridded = this.firstColoured >= 0 && fills.length - this.firstColoured > FEW;
    // The fills at that height from the last drawn to the first coloured, as `at` looks at them.
    const rowFills: number[] = [];
    if (this.firstColoured >= 0 && !gridded) {
      for (let i = fills.length - 1; i >= this.firstColoured; i--) {
        const b = fills[i]!.box;
        if (y >= b[1] && y <= b[3]) rowFills.push(i);
      }
    }
    // Nothing reaches that height (most lines of most pages): no background anywhere on it.
    const none = !gridded && !rowQuads.length && !rowFills.length && !this.unknown.length;
    return new BackgroundRow(this, y, band, rowQuads, rowFills, gridded, none);
  }

  /** What `at` answers once the last fill covering the point (`found`, -1: none) is known. */
  private settle(x: number, y: number, band: number, found: number): Background | null {
    const { fills } = this;
    if (this.unknown.length) {
      const over = this.unknownAt(x, y, found < 0 ? -Infinity : fills[found]!.seq);
      if (over) return over;
    }
    if (found < 0) return null;
    const f = fills[found]!;
    if (f.shade) return this.shaded(f, y, band);
    if (f.background === undefined) f.background = isWhite(f.color) ? null : { color: f.color, kind: 'shading' };
    return f.background;
  }

  /** `at` for a point of a BackgroundRow (its highlights and fills picked at its height). */
  atInRow(x: number, row: BackgroundRow): Background | null {
    const { quads, fills } = this;
    const { y, band } = row;
    if (row.gridded) return this.at(x, y, band);
    const rowQuads = row.quads;
    for (let k = 0; k < rowQuads.length; k++) {
      const q = quads[rowQuads[k]!];
      const b = q.box;
      if (x >= b[0] && x <= b[2]) return q.background;
    }
    if (this.firstColoured < 0) return this.unknown.length ? this.unknownAt(x, y, -Infinity) : null;
    const rowFills = row.fills;
    let found = -1;
    for (let k = 0; k < rowFills.length; k++) {
      const i = rowFills[k]!;
      const b = fills[i]!.box;
      if (x >= b[0] && x <= b[2]) {
        found = i;
        break;
      }
    }
    return this.settle(x, y, band, found);
  }

  /** A pattern of unknown colours painted at the point after the fill drawn `after` (its seq): UNKNOWN_BACKGROUND, or null. */
  private unknownAt(x: number, y: number, after: number): Background | null {
    const list = this.unknown;
    for (let k = list.length - 1; k >= 0; k--) {
      const u = list[k]!;
      if (u.seq <= after) break;
      const b = u.box;
      if (x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]) return UNKNOWN_BACKGROUND;
    }
    return null;
  }

  /**
   * The colour a gradient fill shows under the core of text at height y (`band` tall): the one all
   * along the fill's width across that band (a line of text stands on it there), when about one
   * colour (shadings.ts Shade.over); when it goes from one colour to another there, not known.
   */
  private shaded(f: Fill, y: number, band: number): Background | null {
    const colour = f.shade!.over([f.box[0], y - band / 2, f.box[2], y + band / 2]);
    if (colour === null) return UNKNOWN_BACKGROUND;
    if (isWhite(colour)) return null;
    const cache = (this.shades ??= new Map());
    let background = cache.get(colour);
    if (!background) cache.set(colour, (background = { color: colour, kind: 'shading' }));
    return background;
  }
  private shades: Map<Hex, Background> | undefined;

  /** The last fill of `list` (fill numbers in drawing order) from the first coloured one on that covers the point, or -1. */
  private lastCovering(list: readonly number[] | undefined, x: number, y: number): number {
    if (!list) return -1;
    for (let k = list.length - 1; k >= 0; k--) {
      const i = list[k]!;
      if (i < this.firstColoured) return -1;
      this.looks++;
      const b = this.fills[i]!.box;
      if (x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]) return i;
    }
    return -1;
  }

  /** Lists the fills drawn since the last look in the cells their boxes meet. */
  private index(): void {
    const { fills, cells } = this;
    for (; this.indexed < fills.length; this.indexed++) {
      const [x0, y0, x1, y1] = fills[this.indexed]!.box;
      if (!(x0 <= x1 && y0 <= y1)) continue; // NaN or inverted: covers no point
      const c0 = Math.floor(x0 / CELL), c1 = Math.floor(x1 / CELL), r0 = Math.floor(y0 / CELL), r1 = Math.floor(y1 / CELL);
      if ((c1 - c0 + 1) * (r1 - r0 + 1) > MAX_CELLS) {
        this.large.push(this.indexed);
        continue;
      }
      for (let c = c0; c <= c1; c++) {
        for (let r = r0; r <= r1; r++) {
          const key = cellKey(c, r);
          const list = cells.get(key);
          if (list) list.push(this.indexed);
          else cells.set(key, [this.indexed]);
        }
      }
    }
  }
}

/** One number for a cell (column and row each well within ±2^20 for any box the grid takes). */
const cellKey = (column: number, row: number) => column * 2_097_152 + row;

/** The highlights and fills of a Backgrounds that reach one height (Backgrounds.row): ask `at(x)` for points at that height. */
export class BackgroundRow {
  constructor(
    private readonly backgrounds: Backgrounds,
    readonly y: number,
    readonly band: number,
    /** Indices of the highlights' boxes reaching y, in `at`'s order. */
    readonly quads: readonly number[],
    /** Indices of the fills reaching y, from the last drawn on, in `at`'s order. */
    readonly fills: readonly number[],
    /** Past FEW fills: each point asks `at` (the grid). */
    readonly gridded: boolean,
    /** No highlight, fill or pattern of unknown colours reaches the height: every point's answer is null. */
    readonly none: boolean,
  ) {}

  at(x: number): Background | null {
    return this.none ? null : this.backgrounds.atInRow(x, this);
  }
}
