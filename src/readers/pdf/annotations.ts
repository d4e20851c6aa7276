/**
 * Annotations a reader sees over the text, as narrators and studios make them in their viewers
 * (Acrobat, Preview, Okular, Foxit, Xodo, Edge, Firefox, an iPad pen):
 *
 * - `Highlight`: a voice's colour, over its QuadPoints (pdf.js has already put each quad's corners in
 *   one order, whatever order the viewer wrote: Acrobat's Z order or the standard's counter-clockwise
 *   one; a highlight with missing or malformed QuadPoints is dropped by pdf.js, which draws nothing
 *   for it either). The colour is the one its appearance paints, as pdf.js draws it (what the reader
 *   sees when the appearance and /C disagree; /C in 1, 3 or 4 components when pdf.js draws from /C).
 *   A highlight with no /C and no appearance is drawn yellow by Chrome but black over the text by
 *   Firefox and MuPDF: it is not read, and said.
 * - Marker strokes: an `Ink` that Firefox saves as a free highlight (`/IT /InkHighlight`), or any
 *   stroke wide enough to cover a line's letters and painted see-through (opacity or Multiply) is a
 *   highlighter pen: read as a highlight along its stroke. A `Square` painted with a see-through fill
 *   is a rectangle highlighter (iPad, PDF Expert): read as a highlight over its rectangle.
 * - `StrikeOut`: the text under it is cut, as text struck through in the content (strike.ts).
 * - Pen strokes, other shapes, underlines and squiggly lines over text are visible marks that are
 *   not colour coding: they are counted, and said in one warning (never silently dropped).
 * - Sticky notes, FreeText comments, carets, links: no text of theirs is ever read (the walk skips
 *   every appearance), and they colour nothing.
 *
 * Annotations are drawn in /Annots order, the last on top: where highlights overlap, the top one is
 * the colour a reader sees.
 */
import type { Hex, Warning } from '../../model.js';
import { pagesText, plural } from '../../text/format.js';
import { fromFrame, multiply, transformBox, type Matrix } from './geometry.js';
import type { Box, Glyph, Line, LineRun } from './types.js';

/** A highlight's areas on the page, in device space, with the colour a reader sees. */
export interface HighlightArea {
  boxes: Box[];
  color: Hex;
  /** Where it comes from: an annotation (default) or a see-through fill drawn over the text (a flattened highlight). */
  kind?: 'annotation' | 'shading';
}

/** What pdf.js's `page.getAnnotations()` gives that is read here. */
export interface AnnotationData {
  id?: string;
  subtype?: string;
  /** RGB 0–255 from /C (pdf.js converts grey and CMYK), null when /C is absent. */
  color?: ArrayLike<number> | null;
  quadPoints?: ArrayLike<number> | null;
  rect?: ArrayLike<number>;
  /** /CA (1 when absent), given for Highlight and Ink. */
  opacity?: number;
  /** The file gives an appearance stream (pdf.js makes one up for some annotations that have none). */
  hasAppearance?: boolean;
  /** /IT, the intent: Firefox marks its free highlights `InkHighlight`. */
  it?: string;
  inkLists?: ArrayLike<number>[];
  borderStyle?: { width?: number };
  /** A form field's type (Widget annotations): `Tx` text, `Ch` choice, `Btn` button, `Sig` signature. */
  fieldType?: string;
}

/** What one annotation's appearance paints as pdf.js draws it (from the page's operator list). */
export interface Painted {
  /** Colour of its largest filled area, null when it fills nothing in a plain colour. */
  fill: Hex | null;
  /** Colour of its last stroke. */
  stroke: Hex | null;
  /** Painted see-through: an opacity below 1 or a blend mode such as Multiply. */
  seeThrough: boolean;
  /** The areas it fills, one box per subpath, on the page as displayed. */
  areas?: Box[];
  /** It paints something a reader can see: a fill or stroke not wholly transparent, text, a picture, a shading. */
  paints?: boolean;
  /** Drawn in an optional-content layer (/OC) that is off: a reader sees none of it. */
  hidden?: boolean;
  /**
   * pdf.js drew an appearance of its own making (a form with no /BBox inside: a file's form must
   * have one): from /C when the file gives none, or in place of the file's when that one sets no
   * graphics state at its top (pdf.js's work-around for highlights drawn opaque in a form).
   */
  madeUp?: boolean;
}

/** Visible marks over text that are not read as colour coding. */
export type MarkKind = 'pen' | 'shape' | 'underline';

export interface PageAnnotations {
  /** Topmost first (the last drawn is the one seen). */
  highlights: HighlightArea[];
  /** StrikeOut areas: text under them is cut. */
  strikes: Box[];
  /** Marks not read, with their device boxes (whether they lie over text is known after the walk). */
  marks: { kind: MarkKind; box: Box }[];
  /** Highlights with no colour at all (no /C, no appearance): not read. */
  uncoloured: number;
  /** Highlights whose appearance paints nothing (viewers draw their appearance: nothing): not read. */
  empty: number;
  /** Highlights at /CA 0 (Acrobat draws nothing, pdf.js and MuPDF draw them): not read. */
  transparent: number;
}

/** What the file's own bytes tell of an annotation that pdf.js does not give (raw-objects.ts). */
export interface RawAnnotations {
  /** Whether the annotation's /CA is 0; false when not known. */
  zeroOpacity(id: string): boolean;
  /** Whether the file's own normal appearance paints anything; undefined when not known. */
  appearancePaints(id: string): boolean | undefined;
}

/** A highlighter stroke covers most of a line's letters: at least this wide (points). */
export const MARKER_WIDTH = 5;

/** OPS codes of pdf.js 5.6 used here (the same as operators.ts's OP table). */
const OPS = {
  setLineWidth: 2, setGState: 9, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25,
  closeFillStroke: 26, closeEOFillStroke: 27, setStrokeColorN: 53, setFillColorN: 55, setStrokeRGBColor: 58, setFillRGBColor: 59,
  beginAnnotation: 80, endAnnotation: 81, constructPath: 91, save: 10, restore: 11, transform: 12,
  paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, showText: 44, beginMarkedContentProps: 70,
  paintImageMaskXObject: 83, paintImageMaskXObjectGroup: 84, paintImageXObject: 85, paintInlineImageXObject: 86,
  paintInlineImageXObjectGroup: 87, paintImageXObjectRepeat: 88, paintImageMaskXObjectRepeat: 89, paintSolidColorImageMask: 90,
  shadingFill: 62,
} as const;
/** Operators that paint a picture or a shading: something a reader sees, whatever its colour. */
const PICTURES = new Set<number>([
  OPS.paintImageMaskXObject, OPS.paintImageMaskXObjectGroup, OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintInlineImageXObjectGroup,
  OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObjectRepeat, OPS.paintSolidColorImageMask, OPS.shadingFill,
]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

const colourArg = (c: unknown): Hex | null => (typeof c === 'string' && c.startsWith('#') ? (c.toUpperCase() as Hex) : null);

/** Filled areas kept per appearance, at most. */
const MAX_AREAS = 200;

/**
 * What each annotation's appearance paints, from the operator list (annotations enabled): what
 * pdf.js draws for it, its own appearance or the one pdf.js makes from /C. `viewport` takes PDF
 * space to the page as displayed; an appearance is drawn through the annotation's transform and
 * its form matrix (as pdf.js's CanvasGraphics.beginAnnotation does).
 */
export function paintedAppearances(
  fnArray: ArrayLike<number>, argsArray: unknown[][], viewport: Matrix = [1, 0, 0, 1, 0, 0], isVisible: (group: unknown) => boolean = () => true,
): Map<string, Painted> {
  const out = new Map<string, Painted>();
  for (let i = 0, n = fnArray.length; i < n; i++) {
    if (fnArray[i] !== OPS.beginAnnotation) continue;
    const [rawId, , transform, matrix] = (argsArray[i] ?? []) as [unknown, unknown, ArrayLike<number> | null, ArrayLike<number> | null];
    const id = String(rawId);
    // pdf.js puts an annotation's /OC around it, just before it (annotation.js getOperatorList).
    const before = i > 0 && fnArray[i - 1] === OPS.beginMarkedContentProps ? argsArray[i - 1] : null;
    const hidden = before?.[0] === 'OC' && !isVisible(before[1]);
    let ctm: Matrix = viewport;
    if (transform && transform.length >= 6) ctm = multiply(transform, ctm);
    if (matrix && matrix.length >= 6) ctm = multiply(matrix, ctm);
    const stack: Matrix[] = [];
    let fill: Hex | null = '#000000', stroke: Hex | null = '#000000';
    const painted: Painted = { fill: null, stroke: null, seeThrough: false, areas: [], paints: false };
    if (hidden) painted.hidden = true;
    // Fill and stroke opacity in force (a fill at ca 0 paints nothing), kept across save and restore.
    let fillAlpha = 1, strokeAlpha = 1;
    const alphas: number[] = [];
    let largest = -1;
    for (i++; i < n && fnArray[i] !== OPS.endAnnotation; i++) {
      const args = argsArray[i];
      switch (fnArray[i]) {
        case OPS.save:
          stack.push(ctm);
          alphas.push(fillAlpha, strokeAlpha);
          break;
        case OPS.paintFormXObjectBegin:
          stack.push(ctm);
          alphas.push(fillAlpha, strokeAlpha);
          if (args?.[0]) ctm = multiply(args[0] as ArrayLike<number>, ctm);
          if (!args?.[1]) painted.madeUp = true;
          break;
        case OPS.restore:
        case OPS.paintFormXObjectEnd:
          ctm = stack.pop() ?? ctm;
          if (alphas.length >= 2) {
            strokeAlpha = alphas.pop()!;
            fillAlpha = alphas.pop()!;
          }
          break;
        case OPS.showText:
          painted.paints = true;
          break;
        case OPS.transform:
          ctm = multiply(args as unknown as ArrayLike<number>, ctm);
          break;
        case OPS.setFillRGBColor:
          fill = colourArg(args?.[0]);
          break;
        case OPS.setStrokeRGBColor:
          stroke = colourArg(args?.[0]);
          break;
        case OPS.setFillColorN:
          fill = null;
          break;
        case OPS.setStrokeColorN:
          stroke = null;
          break;
        case OPS.setGState:
          for (const [key, value] of (args?.[0] ?? []) as [string, unknown][]) {
            if (key === 'ca') fillAlpha = Number(value);
            else if (key === 'CA') strokeAlpha = Number(value);
            if ((key === 'ca' || key === 'CA') && Number(value) < 1) painted.seeThrough = true;
            else if (key === 'BM' && typeof value === 'string' && value.toLowerCase() !== 'normal' && value.toLowerCase() !== 'source-over') painted.seeThrough = true;
          }
          break;
        case OPS.constructPath: {
          const [op, data, minMax] = (args ?? []) as [number, (ArrayLike<number> | null)[] | undefined, ArrayLike<number> | null];
          // A fill or stroke in a pattern (colour null) paints too: its colour is not known.
          if ((FILLS.has(op) && fillAlpha > 0) || (STROKES.has(op) && strokeAlpha > 0)) painted.paints = true;
          if (FILLS.has(op) && fill && fillAlpha > 0) {
            if (minMax) {
              const area = Math.abs((minMax[2] - minMax[0]) * (minMax[3] - minMax[1]));
              if (area > largest) {
                largest = area;
                painted.fill = fill;
              }
            }
            for (const box of subpathBoxes(data?.[0], ctm)) if (painted.areas!.length < MAX_AREAS) painted.areas!.push(box);
          }
          if (STROKES.has(op) && stroke && strokeAlpha > 0) painted.stroke = stroke;
          break;
        }
        default:
          if (PICTURES.has(fnArray[i]!)) painted.paints = true;
      }
    }
    out.set(id, painted);
  }
  return out;
}

/** The device box of each subpath of a constructPath's drawing codes (pdf.js DrawOPS). */
function subpathBoxes(d: ArrayLike<number> | null | undefined, m: Matrix): Box[] {
  const boxes: Box[] = [];
  if (!d) return boxes;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  const flush = () => {
    if (x0 <= x1 && y0 <= y1) boxes.push(transformBox(m, x0, y0, x1, y1));
    x0 = y0 = Infinity;
    x1 = y1 = -Infinity;
  };
  const grow = (x: number, y: number) => {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  };
  for (let k = 0; k < d.length; ) {
    const code = d[k++];
    // moveTo and lineTo take one point, curveTo three, quadraticCurveTo two, closePath none.
    const points = code === 0 || code === 1 ? 1 : code === 2 ? 3 : code === 3 ? 2 : code === 4 ? 0 : -1;
    if (points < 0) break;
    if (code === 0) flush();
    for (let j = 0; j < points; j++, k += 2) grow(d[k], d[k + 1]);
  }
  flush();
  return boxes;
}

const hex = (c: ArrayLike<number>): Hex =>
  ('#' + Array.from(c, (v) => Math.round(v).toString(16).padStart(2, '0')).join('').toUpperCase()) as Hex;

/** The device box of the PDF-space points (x, y pairs), grown by `pad` on every side. */
function deviceBox(points: ArrayLike<number>, viewport: Matrix, pad = 0): Box | null {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let j = 0; j + 1 < points.length; j += 2) {
    const x = points[j], y = points[j + 1];
    const dx = viewport[0] * x + viewport[2] * y + viewport[4];
    const dy = viewport[1] * x + viewport[3] * y + viewport[5];
    if (!Number.isFinite(dx) || !Number.isFinite(dy)) continue;
    if (dx < x0) x0 = dx;
    if (dx > x1) x1 = dx;
    if (dy < y0) y0 = dy;
    if (dy > y1) y1 = dy;
  }
  if (!(x0 <= x1 && y0 <= y1)) return null;
  return [x0 - pad, y0 - pad, x1 + pad, y1 + pad];
}

function rectPoints(r: ArrayLike<number>): number[] {
  return [r[0], r[1], r[2], r[3]];
}

/** Quads (8 numbers each) → one device box per quad. */
function quadBoxes(q: ArrayLike<number>, viewport: Matrix): Box[] {
  const boxes: Box[] = [];
  for (let i = 0; i + 7 < q.length; i += 8) {
    const box = deviceBox(Array.prototype.slice.call(q, i, i + 8) as number[], viewport);
    if (box) boxes.push(box);
  }
  return boxes;
}

/**
 * How thick an ink stroke is drawn: its /BS /W. pdf.js takes a width more than half the
 * annotation's rectangle for a mistake and gives 1 instead, and Firefox's free highlights are that
 * wide (their Rect is the outline of the stroke): for those, the width is how far the rectangle
 * reaches beyond the stroke's points on each side.
 */
function inkWidth(a: AnnotationData): number {
  const given = a.borderStyle?.width ?? 1;
  if (a.it !== 'InkHighlight' || given > 1 || !a.rect || !a.inkLists?.length) return given;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const list of a.inkLists) {
    for (let j = 0; j + 1 < list.length; j += 2) {
      x0 = Math.min(x0, list[j]); x1 = Math.max(x1, list[j]);
      y0 = Math.min(y0, list[j + 1]); y1 = Math.max(y1, list[j + 1]);
    }
  }
  const r = a.rect;
  const reach = Math.min(x0 - r[0], y0 - r[1], r[2] - x1, r[3] - y1);
  return Number.isFinite(reach) && reach > 0 ? Math.max(given, 2 * reach) : given;
}

/**
 * A stroke's areas: the points cut into stretches that stay within one band (as high as the
 * stroke is thick), each stretch's box grown by half the thickness. A stroke along a line of
 * text is one box over that line; a stroke down the margin or across lines is several.
 */
function strokeBoxes(lists: ArrayLike<number>[], width: number, viewport: Matrix): Box[] {
  const boxes: Box[] = [];
  const half = width / 2;
  for (const list of lists) {
    let start = 0;
    let lo = Infinity, hi = -Infinity;
    const flush = (end: number) => {
      if (end > start) {
        const box = deviceBox(Array.prototype.slice.call(list, start, end) as number[], viewport, half);
        if (box) boxes.push(box);
      }
    };
    for (let j = 0; j + 1 < list.length; j += 2) {
      const y = list[j + 1];
      const nlo = Math.min(lo, y), nhi = Math.max(hi, y);
      if (nhi - nlo > width && j > start) {
        flush(j);
        start = j - 2 >= 0 ? j - 2 : j; // the stretch goes on from the last point
        lo = Math.min(list[start + 1], y);
        hi = Math.max(list[start + 1], y);
      } else {
        lo = nlo;
        hi = nhi;
      }
    }
    flush(list.length - (list.length % 2));
  }
  return boxes;
}

/** The page's annotations as what a reader sees over the text (see the top of this file). */
export function readAnnotations(annotations: AnnotationData[], viewport: Matrix, painted: Map<string, Painted> = new Map(), raw?: RawAnnotations): PageAnnotations {
  const out: PageAnnotations = { highlights: [], strikes: [], marks: [], uncoloured: 0, empty: 0, transparent: 0 };
  const seen = (a: AnnotationData) => (a.id !== undefined ? painted.get(a.id) : undefined);
  const ownColour = (a: AnnotationData) => (a.color && a.color.length >= 3 ? hex(a.color) : null);
  const mark = (kind: MarkKind, a: AnnotationData) => {
    const box = a.rect ? deviceBox(rectPoints(a.rect), viewport) : null;
    if (box) out.marks.push({ kind, box });
  };
  for (const a of annotations) {
    const p = seen(a);
    // In a layer that is off: drawn by no viewer, as the page's own content in such a layer.
    if (p?.hidden) continue;
    switch (a.subtype) {
      case 'Highlight': {
        // /CA 0 (pdf.js gives 1 for it: the file's own bytes say it): Acrobat draws nothing, pdf.js
        // and MuPDF draw the appearance. Not read, said.
        if (a.opacity === 0 || (a.id !== undefined && raw?.zeroOpacity(a.id))) {
          // With no appearance of its own, every viewer draws one at that opacity: nothing, unsaid.
          if (a.hasAppearance !== false) out.transparent++;
          break;
        }
        if (!a.color && !a.hasAppearance) {
          out.uncoloured++;
          break;
        }
        // With an appearance, only what it paints is seen. pdf.js sets aside a file's appearance
        // that sets no graphics state at its top and draws one from /C instead (madeUp): what the
        // file's own paints is then looked for in its bytes (Acrobat, Chrome and MuPDF draw that one).
        const own = p?.madeUp && a.hasAppearance && a.id !== undefined ? raw?.appearancePaints(a.id) : undefined;
        if ((p && p.paints === false) || own === false) {
          out.empty++;
          break;
        }
        const color = p?.fill ?? ownColour(a);
        if (!color) break;
        const boxes = a.quadPoints && a.quadPoints.length >= 8 ? quadBoxes(a.quadPoints, viewport) : a.rect ? quadBoxes(rectQuad(a.rect), viewport) : [];
        if (boxes.length) out.highlights.push({ boxes, color });
        break;
      }
      case 'Ink': {
        const width = inkWidth(a);
        const marker = a.it === 'InkHighlight' || (width >= MARKER_WIDTH && ((a.opacity ?? 1) < 1 || !!p?.seeThrough));
        const color = a.it === 'InkHighlight' ? (p?.fill ?? p?.stroke ?? ownColour(a)) : (p?.stroke ?? ownColour(a));
        if (marker && color && (a.opacity ?? 1) > 0 && a.inkLists?.length) {
          const boxes = strokeBoxes(a.inkLists, width, viewport);
          if (boxes.length) {
            out.highlights.push({ boxes, color });
            break;
          }
        }
        mark('pen', a);
        break;
      }
      case 'Square': {
        // Painted with a see-through fill: a rectangle highlighter (one box), or marker strokes
        // drawn as filled outlines (Apple's Markup saves a session of them in one Square): a
        // highlight where it fills, each stroke's own band, never the whole rectangle.
        if (p?.fill && p.seeThrough && p.areas?.length) {
          out.highlights.push({ boxes: p.areas, color: p.fill });
          break;
        }
        mark('shape', a);
        break;
      }
      case 'Circle':
      case 'Polygon':
      case 'PolyLine':
      case 'Line':
        mark('shape', a);
        break;
      case 'Underline':
      case 'Squiggly':
        mark('underline', a);
        break;
      case 'StrikeOut':
        if (a.quadPoints && a.quadPoints.length >= 8) out.strikes.push(...quadBoxes(a.quadPoints, viewport));
        break;
    }
  }
  // The last drawn is on top: asked first.
  out.highlights.reverse();
  return out;
}

function rectQuad(r: ArrayLike<number>): number[] {
  return [r[0], r[3], r[2], r[3], r[0], r[1], r[2], r[1]];
}

/**
 * Whether a box lies over some of a piece of text: the piece's middle line (a third of its size
 * above the baseline, from its first letter to its last, on the page as displayed) crosses it.
 */
export function overText(box: Box, g: Glyph, page: Box): boolean {
  const y = g.baseline - 0.3 * g.size;
  const [ax, ay] = fromFrame(g.turn, g.x0, y, page);
  const [bx, by] = fromFrame(g.turn, g.x1, y, page);
  return Math.max(ax, bx) >= box[0] && Math.min(ax, bx) <= box[2] && Math.max(ay, by) >= box[1] && Math.min(ay, by) <= box[3];
}

/** Of the marks not read, how many of each kind lie over some text of the page (glyph pieces after the walk). */
export function marksOverText(marks: PageAnnotations['marks'], glyphs: readonly Glyph[], page: Box): Partial<Record<MarkKind, number>> {
  const counts: Partial<Record<MarkKind, number>> = {};
  for (const m of marks) {
    if (glyphs.some((g) => overText(m.box, g, page))) counts[m.kind] = (counts[m.kind] ?? 0) + 1;
  }
  return counts;
}

/** What a page's annotations leave to say: highlights with no colour, marks over text not read. */
export interface AnnotationNotes {
  page: number;
  uncoloured: number;
  /** Highlights whose appearance paints nothing, and highlights at /CA 0 (PageAnnotations). */
  empty?: number;
  transparent?: number;
  marks: Partial<Record<MarkKind, number>>;
}

const MARK_NAMES: Record<MarkKind, [string, string]> = {
  pen: ['pen stroke', 'pen strokes'],
  shape: ['drawn shape', 'drawn shapes'],
  underline: ['underline', 'underlines'],
};

/** The warnings of the pages' annotation notes, in page order. */
export function annotationWarnings(notes: readonly AnnotationNotes[]): Warning[] {
  const warnings: Warning[] = [];
  // Highlights not read as any voice, each reason said once for the whole file: how many, on which pages.
  const noted = (key: 'uncoloured' | 'empty' | 'transparent', { code, say }: { code: string; say: (count: number, pages: string, one: boolean) => string }) => {
    const on = notes.filter((n) => (n[key] ?? 0) > 0);
    if (!on.length) return;
    const count = on.reduce((sum, n) => sum + (n[key] ?? 0), 0);
    const pages = on.map((n) => n.page);
    warnings.push({ code, message: say(count, pagesText(pages), count === 1), details: { highlights: count, pages } });
  };
  noted(
    'uncoloured',
    {
      code: 'highlight-no-colour',
      say: (count, pages, one) =>
        `${plural(count, 'highlight')} on ${pages} ${one ? 'has' : 'have'} no colour of its own: Chrome draws ${one ? 'it' : 'them'} yellow, Firefox and MuPDF black over the text, so ${one ? 'it is' : 'they are'} not read as any voice. Give ${one ? 'it' : 'them'} a colour in your PDF viewer and save.`,
    },
  );
  noted(
    'empty',
    {
      code: 'highlight-paints-nothing',
      say: (count, pages, one) =>
        `${plural(count, 'highlight')} on ${pages} ${one ? 'has an appearance' : 'have appearances'} that ${one ? 'paints' : 'paint'} nothing: PDF viewers draw a highlight's appearance, so most show no highlight there (Firefox may draw ${one ? 'it' : 'them'} in ${one ? 'its' : 'their'} colour). ${one ? 'It is' : 'They are'} not read as any voice: if ${one ? 'it stands' : 'they stand'} for a voice, highlight that text again in your PDF viewer and save.`,
    },
  );
  noted(
    'transparent',
    {
      code: 'highlight-transparent',
      say: (count, pages, one) =>
        `${plural(count, 'highlight')} on ${pages} ${one ? 'is' : 'are'} set fully transparent (opacity 0): Acrobat shows nothing there, Firefox and MuPDF show ${one ? 'it' : 'them'}, so ${one ? 'it is' : 'they are'} not read as any voice. If ${one ? 'it stands' : 'they stand'} for a voice, give ${one ? 'it' : 'them'} an opacity in your PDF viewer and save.`,
    },
  );
  const kinds: Partial<Record<MarkKind, number>> = {};
  const pages: number[] = [];
  for (const n of notes) {
    let any = false;
    for (const [k, v] of Object.entries(n.marks) as [MarkKind, number][]) {
      if (!v) continue;
      kinds[k] = (kinds[k] ?? 0) + v;
      any = true;
    }
    if (any) pages.push(n.page);
  }
  const total = Object.values(kinds).reduce((s, v) => s + (v ?? 0), 0);
  if (total > 0) {
    const list = (Object.keys(MARK_NAMES) as MarkKind[]).filter((k) => kinds[k]).map((k) => `${kinds[k]} ${MARK_NAMES[k][kinds[k] === 1 ? 0 : 1]}`);
    warnings.push({
      code: 'annotation-marks',
      message: `This PDF has ${plural(total, 'mark')} over text on ${pagesText(pages)} (${list.join(', ')}) that ${total === 1 ? 'is' : 'are'} not read as colour coding: only highlights are. If a mark stands for a voice, highlight that text instead.`,
      details: { marks: total, pages, kinds },
    });
  }
  return warnings;
}

/** Link annotations a page holds, at most, that are read (more are left unread: the page's text is read as drawn). */
const MAX_LINKS = 2000;

/**
 * The areas of the page's /Link annotations (a web address, an e-mail, a link inside the document), in
 * device space: one box per quad (QuadPoints, a link wrapping over two lines), else its Rect. Their text
 * is a link's (model.ts Run.link): editors draw it in their Hyperlink style, whatever the voice's colour.
 */
export function linkAreas(annotations: readonly AnnotationData[], viewport: Matrix): Box[] {
  const boxes: Box[] = [];
  for (const a of annotations) {
    if (a.subtype !== 'Link') continue;
    if (a.quadPoints && a.quadPoints.length >= 8) boxes.push(...quadBoxes(a.quadPoints, viewport));
    else if (a.rect && a.rect.length >= 4) {
      const box = deviceBox(rectPoints(a.rect), viewport);
      if (box) boxes.push(box);
    }
    if (boxes.length >= MAX_LINKS) break;
  }
  return boxes;
}

/**
 * The glyphs (upright: turn 0) that lie in a link's area: across, wholly (a fifth of their size
 * spare); up and down, their middle. A piece of text drawn in one go and running out of the link is
 * not marked: it is in one colour, the link's and the text's around it, and its link changes nothing.
 */
export function glyphsInLinks(glyphs: readonly Glyph[], links: readonly Box[]): Set<Glyph> {
  const inside = new Set<Glyph>();
  if (!links.length) return inside;
  for (const g of glyphs) {
    if (g.turn !== 0) continue;
    const spare = 0.2 * g.size;
    const y = g.baseline - g.size * 0.3;
    for (const box of links) {
      if (g.x0 >= box[0] - spare && g.x1 <= box[2] + spare && y >= box[1] && y <= box[3]) {
        inside.add(g);
        break;
      }
    }
  }
  return inside;
}

/**
 * Marks the text of links in a page's laid-out lines (Run.link), from the glyphs found in links: for
 * each upright line holding such a glyph, the glyphs on its baseline and within its ends, left to
 * right, must spell the line's text (spaces aside) — else the line is left as it is, unmarked — and
 * the runs are cut where a link's text begins and ends. Glyphs are found by their baseline (in bands
 * of BAND points), so a page is looked at in time linear in its glyphs and lines.
 */
export function markLinkedText(lines: readonly Line[], glyphs: readonly Glyph[], linked: ReadonlySet<Glyph>): void {
  if (!linked.size) return;
  const bands = new Map<number, Glyph[]>();
  for (const g of glyphs) {
    if (g.turn !== 0) continue;
    const band = Math.floor(g.baseline / BAND);
    const list = bands.get(band);
    if (list) list.push(g);
    else bands.set(band, [g]);
  }
  // Glyphs looked at, at most (many lines on one baseline would each look at all of its glyphs).
  let budget = 50 * glyphs.length + 10000;
  for (const line of lines) {
    const reach = Math.ceil((0.4 * line.size) / BAND) + 1;
    const from = Math.floor(line.baseline / BAND) - reach;
    if (!(reach < 64 && Number.isFinite(from))) continue;
    const own: Glyph[] = [];
    let near = false;
    for (let band = from; band <= from + 2 * reach; band++) {
      const list = bands.get(band) ?? [];
      budget -= list.length;
      for (const g of list) {
        if (!onLine(g, line)) continue;
        own.push(g);
        if (linked.has(g)) near = true;
      }
    }
    if (budget < 0) return;
    if (!near) continue;
    own.sort((a, b) => a.x0 - b.x0 || a.seq - b.seq);
    // Per character of the line's text that is no space: whether a link's glyph drew it.
    const flags: boolean[] = [];
    let drawn = '';
    for (const g of own) {
      const link = linked.has(g);
      for (const c of g.text) {
        if (/\s/u.test(c)) continue;
        drawn += c;
        flags.push(link);
      }
    }
    let text = '';
    for (const run of line.runs) text += run.text;
    if (text.replace(/\s+/gu, '') !== drawn) continue;
    const runs: LineRun[] = [];
    let at = 0;
    for (const run of line.runs) {
      let piece = '';
      let link = false;
      const flush = () => {
        if (!piece) return;
        const cut: LineRun = { ...run, text: piece };
        if (link) cut.link = true;
        else delete cut.link;
        runs.push(cut);
        piece = '';
      };
      for (const c of run.text) {
        if (!/\s/u.test(c)) {
          const f = flags[at++]!;
          // Spaces before a change stay with the text before them.
          if (f !== link) flush();
          link = f;
        }
        piece += c;
      }
      flush();
    }
    line.runs = runs;
  }
}

/** Points per band of baselines in which glyphs are looked for (markLinkedText). */
const BAND = 4;

function onLine(g: Glyph, line: Line): boolean {
  return Math.abs(g.baseline - line.baseline) <= 0.4 * Math.max(g.size, line.size) && g.x0 >= line.x0 - 0.5 && g.x1 <= line.x1 + 0.5;
}
