import type { Hex } from '../../model.js';
import { multiply, type Matrix } from './geometry.js';

/**
 * What a fill of a pattern paints (a gradient behind text: Chromium's and WeasyPrint's CSS
 * `linear-gradient`, a shading `sh` in a clip), as far as it can be told from pdf.js's pattern data
 * (pdfjs-dist 5.6: `setFillColorN` args `["Shading", id, matrix]` or `["TilingPattern", colour,
 * operatorList, matrix, bbox, xstep, ystep, paintType]`; `shadingFill` args `[id]`; a shading's data,
 * `page.objs.get(id)`, is `["RadialAxial", "axial" | "radial", bbox, colorStops, p0, p1, r0, r1]`,
 * its colour stops `[offset, "#rrggbb" | "transparent"]` sampled from its function, or `["Dummy"]` for
 * one pdf.js does not draw; `["Mesh", …]` for the mesh types):
 * - one colour (every stop alike, or a tiling cell painting one colour): that colour, a fill as
 *   any other;
 * - an axial shading of several colours: the colour at any point of the page (Shade.at);
 * - anything else (a radial or mesh shading of several colours, a tiling cell painting through a
 *   soft mask, pictures or text, several shapes): not known.
 */
export type Paint = { color: Hex } | { shade: Shade } | 'unknown';

/** An axial shading as painted on the page: its stops, its axis, and the map from device space to its own. */
export class Shade {
  private readonly dx: number;
  private readonly dy: number;
  private readonly len2: number;
  constructor(
    private readonly stops: readonly [number, Hex][],
    private readonly p0: readonly [number, number],
    p1: readonly [number, number],
    /** Device space (the displayed page) to the shading's space. */
    private readonly inverse: Matrix,
  ) {
    this.dx = p1[0] - p0[0];
    this.dy = p1[1] - p0[1];
    this.len2 = this.dx * this.dx + this.dy * this.dy;
  }

  /** Where along its axis (0 to 1, extended both ways) the point of the page stands. */
  private position(x: number, y: number): number {
    const m = this.inverse;
    const u = m[0] * x + m[2] * y + m[4], v = m[1] * x + m[3] * y + m[5];
    const t = ((u - this.p0[0]) * this.dx + (v - this.p0[1]) * this.dy) / this.len2;
    return t > 0 ? (t < 1 ? t : 1) : 0;
  }

  /** The colour painted at a point of the page. */
  at(x: number, y: number): Hex {
    return this.colour(this.position(x, y));
  }

  /**
   * The colour painted over a whole box of the page when every colour painted in it is within SAME
   * of the one at its middle (a gentle gradient, read as one colour wherever text stands on it), else null.
   */
  over(box: readonly [number, number, number, number]): Hex | null {
    let lo = Infinity, hi = -Infinity;
    for (const [x, y] of [[box[0], box[1]], [box[2], box[1]], [box[0], box[3]], [box[2], box[3]]] as const) {
      const t = this.position(x, y);
      if (t < lo) lo = t;
      if (t > hi) hi = t;
    }
    return this.between(lo, hi);
  }

  /** The colour at the middle of the stretch of the axis from `lo` to `hi`, when all its colours are alike (within SAME of each other); else null. */
  private between(lo: number, hi: number): Hex | null {
    const range = new ChannelRange();
    range.add(this.colour(lo));
    range.add(this.colour(hi));
    for (const [offset, colour] of this.stops) if (offset > lo && offset < hi) range.add(colour);
    if (!range.within(SAME)) return null;
    // pdf.js samples the shading's function into stops a unit or two off its colours between its
    // ends ("#ffff02" for yellow): a colour that close to an end's is that end's.
    const middle = this.colour((lo + hi) / 2);
    const stops = this.stops;
    for (const end of [stops[0]![1], stops[stops.length - 1]![1]]) {
      const near = new ChannelRange();
      near.add(middle);
      near.add(end);
      if (near.within(SAMPLING)) return end;
    }
    return middle;
  }

  private colour(t: number): Hex {
    const stops = this.stops;
    let k = 1;
    while (k < stops.length - 1 && stops[k]![0] < t) k++;
    const [o0, c0] = stops[k - 1]!, [o1, c1] = stops[k]!;
    if (!(o1 > o0)) return t < o1 ? c0 : c1;
    const f = t <= o0 ? 0 : t >= o1 ? 1 : (t - o0) / (o1 - o0);
    return mix(c0, c1, f);
  }
}

/** How far apart (per channel) the colours under one line of text may be and still be read as one: yellow fading into gold. */
const SAME = 48;
/** How far (per channel) pdf.js's sampled stops stray from the shading's colours. */
const SAMPLING = 3;

/** The least and greatest of each channel of some colours. */
class ChannelRange {
  private readonly lo = [255, 255, 255];
  private readonly hi = [0, 0, 0];
  add(colour: Hex): void {
    const v = parseInt(colour.slice(1), 16);
    for (let c = 0; c < 3; c++) {
      const x = (v >> (16 - 8 * c)) & 0xff;
      if (x < this.lo[c]!) this.lo[c] = x;
      if (x > this.hi[c]!) this.hi[c] = x;
    }
  }
  /** Every channel spans `most` at most. */
  within(most: number): boolean {
    return this.hi[0]! - this.lo[0]! <= most && this.hi[1]! - this.lo[1]! <= most && this.hi[2]! - this.lo[2]! <= most;
  }
}

function mix(a: Hex, b: Hex, f: number): Hex {
  if (f <= 0 || a === b) return a;
  if (f >= 1) return b;
  const x = parseInt(a.slice(1), 16), y = parseInt(b.slice(1), 16);
  const channel = (shift: number) => Math.round(((x >> shift) & 0xff) * (1 - f) + ((y >> shift) & 0xff) * f);
  return `#${((channel(16) << 16) | (channel(8) << 8) | channel(0)).toString(16).padStart(6, '0').toUpperCase()}` as Hex;
}

const HEX = /^#[0-9a-fA-F]{6}$/;

/**
 * What a shading paints (pdf.js's data for it, `ir`), drawn through `matrix` (its space to the
 * device's): one colour, an axial shade, or not known.
 */
export function shadingPaint(ir: unknown, matrix: Matrix): Paint {
  if (!Array.isArray(ir) || ir[0] !== 'RadialAxial' || !Array.isArray(ir[3])) return 'unknown';
  // Stops outside the shading's extent are "transparent" (pdf.js adds them when it is not
  // extended): where it paints, it paints its colour stops.
  const stops: [number, Hex][] = [];
  for (const stop of ir[3] as unknown[]) {
    if (!Array.isArray(stop) || typeof stop[0] !== 'number' || !Number.isFinite(stop[0]) || typeof stop[1] !== 'string' || !HEX.test(stop[1])) continue;
    if (stops.length >= MAX_STOPS) return 'unknown';
    stops.push([stop[0], stop[1].toUpperCase() as Hex]);
  }
  if (!stops.length) return 'unknown';
  if (stops.every(([, c]) => c === stops[0]![1])) return { color: stops[0]![1] };
  if (ir[1] !== 'axial') return 'unknown';
  const p0 = point(ir[4]), p1 = point(ir[5]);
  const inverse = invert(matrix);
  if (!p0 || !p1 || !inverse || (p0[0] === p1[0] && p0[1] === p1[1])) return 'unknown';
  return { shade: new Shade(stops, p0, p1, inverse) };
}
/** pdf.js samples a shading's function into at most a few hundred stops; more are no shading of its. */
const MAX_STOPS = 1024;

/**
 * What a fill of a pattern paints: `args` of a `setFillColorN`, drawn at `base` (the pattern space's
 * map to the device: the page's, or the form's the pattern is used in); `pattern` gives pdf.js's data
 * of a shading by its id.
 */
export function patternPaint(args: readonly unknown[], base: Matrix, pattern: ((id: string) => unknown) | undefined): Paint {
  const kind = args[0];
  if (kind === 'Shading') {
    if (!pattern || typeof args[1] !== 'string') return 'unknown';
    return shadingPaint(pattern(args[1]), matrixOf(args[2], base));
  }
  if (kind === 'TilingPattern') {
    const list = args[2] as { fnArray?: ArrayLike<number>; argsArray?: unknown[][] } | null;
    if (!list?.fnArray || !list.argsArray) return 'unknown';
    return tilingPaint(list.fnArray, list.argsArray, matrixOf(args[3], base), pattern);
  }
  return 'unknown';
}

/** pdf.js OPS codes a tiling pattern's cell is read by (operators.ts OP). */
const T = {
  setGState: 9, save: 10, restore: 11, transform: 12, beginText: 31, shadingFill: 62, setFillColorN: 55, setFillRGBColor: 59,
  paintFormXObjectBegin: 74, beginGroup: 76, constructPath: 91,
} as const;
const FILLS = new Set([22, 23, 24, 25, 26, 27]);
const PICTURES = new Set([83, 84, 85, 86, 87, 88, 89, 90]);
/** Operators of a cell looked at, at most. */
const MAX_CELL_OPS = 256;

/**
 * What a tiling pattern's cell paints (its operator list, drawn through `matrix`): the one colour
 * or the one shade it paints; not known when it paints several things, pictures or text, or paints
 * through a soft mask (Chromium's and WeasyPrint's gradient with a transparent stop: a mask of
 * black and white over the colour).
 */
function tilingPaint(fnArray: ArrayLike<number>, argsArray: unknown[][], matrix: Matrix, pattern: ((id: string) => unknown) | undefined): Paint {
  if (fnArray.length > MAX_CELL_OPS) return 'unknown';
  let ctm = matrix;
  const stack: Matrix[] = [];
  let fill: Hex | null = '#000000';
  let found: Exclude<Paint, 'unknown'> | null = null;
  const paint = (p: Paint): boolean => {
    if (p === 'unknown') return false;
    const was: Exclude<Paint, 'unknown'> | null = found;
    if (was === null) found = p;
    else if (!('color' in was && 'color' in p && was.color === p.color)) return false;
    return true;
  };
  for (let i = 0; i < fnArray.length; i++) {
    const op = fnArray[i]!, args = argsArray[i] ?? [];
    switch (op) {
      case T.save:
      case T.beginGroup:
      case T.paintFormXObjectBegin:
        if (op === T.beginGroup && (args[0] as { smask?: unknown } | undefined)?.smask) return 'unknown';
        if (stack.length > 64) return 'unknown';
        stack.push(ctm);
        if (op === T.paintFormXObjectBegin && Array.isArray(args[0])) ctm = multiply(args[0] as number[], ctm);
        break;
      case T.restore:
      case 75:
      case 77:
        ctm = stack.pop() ?? ctm;
        break;
      case T.transform:
        ctm = multiply(args as number[], ctm);
        break;
      case T.setGState:
        for (const entry of (args[0] as [string, unknown][] | undefined) ?? []) {
          if (entry[0] === 'SMask' && entry[1]) return 'unknown';
          if ((entry[0] === 'ca' && Number(entry[1]) < 1) || (entry[0] === 'BM' && typeof entry[1] === 'string' && !/^(normal|source-over)$/i.test(entry[1]))) return 'unknown';
        }
        break;
      case T.setFillRGBColor:
        fill = typeof args[0] === 'string' && HEX.test(args[0]) ? (args[0].toUpperCase() as Hex) : null;
        break;
      case T.setFillColorN:
        fill = null;
        break;
      case T.constructPath:
        if (FILLS.has(args[0] as number) && (fill === null || !paint({ color: fill }))) return 'unknown';
        break;
      case T.shadingFill:
        if (!pattern || typeof args[0] !== 'string' || !paint(shadingPaint(pattern(args[0]), ctm))) return 'unknown';
        break;
      case T.beginText:
        return 'unknown';
      default:
        if (PICTURES.has(op)) return 'unknown';
    }
  }
  return found ?? 'unknown';
}

/** A pattern's matrix (its space to `base`'s) composed with `base`; none, or a damaged one: `base`. */
function matrixOf(m: unknown, base: Matrix): Matrix {
  if (m === null || typeof m !== 'object' || !('length' in m) || (m as ArrayLike<unknown>).length < 6) return base;
  const v = Array.from(m as ArrayLike<unknown>).slice(0, 6);
  return v.every((x) => typeof x === 'number' && Number.isFinite(x)) ? multiply(v as number[], base) : base;
}

function point(p: unknown): [number, number] | null {
  return Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? [p[0], p[1]] : null;
}

/** The inverse of an affine matrix, or null when it has none. */
function invert(m: Matrix): Matrix | null {
  const det = m[0] * m[3] - m[1] * m[2];
  if (!det || !Number.isFinite(det)) return null;
  return [m[3] / det, -m[1] / det, -m[2] / det, m[0] / det, (m[2] * m[5] - m[3] * m[4]) / det, (m[1] * m[4] - m[0] * m[5]) / det];
}
