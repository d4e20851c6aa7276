import { fromFrame } from './geometry.js';
import type { Box, Fill, Glyph, PageContent, Picture } from './types.js';

/**
 * Text painted over: an opaque box drawn AFTER text, over it (a redaction, a sticker, a cover block
 * in a slide or layout export), hides it from every reader, since PDF paints in drawing order. The
 * walk keeps such boxes as candidates (`PageContent.covers`); when one hides text drawn before it,
 * the page is walked again with them (`WalkInput.covers`) and each glyph they hide is left out
 * (`PageContent.covered`, said by index.ts).
 *
 * What is not a cover: a box drawn before the text (a background, shading), a see-through fill
 * (an opacity below COVER_ALPHA, a blend mode such as Multiply, a soft mask: a highlight flattened into the
 * page), a pattern, a box in a hidden layer, a box over only part of the letters' height. A cover
 * is a rectangle upright on the page, or a curved shape (a disc, a rounded sticker) trusted only
 * inside the ellipse its box holds; other polygons and turned boxes are not looked at.
 *
 * A picture painted after text, over it, hides it as a box does (a photo laid over a paragraph in
 * a web page or a slide): its whole box when the image is opaque, which pdf.js's decoded image
 * tells (grey or RGB, no alpha channel: no soft mask, no colour-key mask; or an alpha channel that is
 * 255 throughout, as a PNG saved with one it never uses). A picture whose alpha channel lets some of
 * it through (a PNG cut-out, a logo on transparency) may let the text show anywhere: not a cover,
 * nor is a stencil mask (an image that paints the fill colour through its shape), nor one turned.
 */

/**
 * A fill or a picture this opaque or more hides what is under it as a fully opaque one does: at most
 * 5 % of the text shows through (black text under a white box at 0.95 is #F2F2F2 on white, at 0.97
 * #F7F7F7: no reader reads it). A sticker or a cover block exported with a hint of transparency, a
 * slide's "hide" shape. A highlight is far more see-through (0.3–0.5); a veil between (0.6–0.9)
 * lets the text be read, faintly, and is read.
 */
export const COVER_ALPHA = 0.95;

/** Candidate boxes kept per page; past this, later ones are not looked at (the text under them is read). */
export const MAX_COVERS = 1000;

/**
 * The part of a glyph that must be under a box for the glyph to be hidden: from just above the
 * baseline to about the height of lower-case letters (fractions of the font size above the baseline).
 * A strip over the foot of the letters or the tops of capitals leaves the word readable.
 */
export const CORE_LOW = 0.1;
export const CORE_HIGH = 0.55;

/** Keeps an opaque box drawn while some text is already on the page. */
export function addCover(out: PageContent, fill: Fill): void {
  const list = (out.covers ??= []);
  if (list.length < MAX_COVERS) list.push(fill);
}

/** Keeps a picture painted while some text is already on the page (see addCover). */
export function addPicture(out: PageContent, box: Box, image: unknown, seq: number): void {
  if (!(box[0] < box[2] && box[1] < box[3]) || box[2] - box[0] <= 2.5 || box[3] - box[1] <= 2.5) return;
  const list = (out.pictures ??= []);
  if (list.length < MAX_COVERS) list.push({ box, seq, image });
}

/** pdf.js's image kinds (ImageKind) with no alpha channel: 1 bit grey, 24 bit RGB. */
const OPAQUE_KINDS = new Set([1, 2]);
/** pdf.js's image kind with an alpha channel (a soft mask or a mask applied): 32 bit RGBA. */
const RGBA_KIND = 3;

/**
 * A decoded image hides what is under it: no alpha channel, or one whose every value is 255 (a PNG
 * saved with an alpha channel it never uses, a soft mask of one value, a colour-key mask matching
 * no pixel). Anything else, or data not in the form pdf.js gives in Node (bytes and a kind; the
 * reader asks for that form in a browser too: load.ts), is not known to be opaque.
 */
function opaqueImage(image: unknown): boolean {
  const { kind, data } = (image ?? {}) as { kind?: unknown; data?: unknown };
  if (typeof kind !== 'number') return false;
  if (OPAQUE_KINDS.has(kind)) return true;
  if (kind !== RGBA_KIND || !(data instanceof Uint8ClampedArray || data instanceof Uint8Array) || data.length < 4) return false;
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) return false;
  return true;
}

/**
 * The pictures kept (over some text drawn before them) whose image is opaque, as covers: the image
 * data of an XObject is asked of `image` (pdf.js's page.objs, waited for a while: index.ts
 * pageObject); not there in time, or in a form not known (an ImageBitmap, which load.ts asks pdf.js
 * never to make): not a cover, the text under it read as before.
 */
export async function opaquePictures(
  pictures: readonly Picture[],
  image: (id: string) => Promise<unknown>,
): Promise<Fill[]> {
  // Asked all at once: a page waits PICTURE_WAIT (index.ts) at most, however many pictures it has.
  const data = await Promise.all(pictures.map((p) => (typeof p.image === 'string' ? image(p.image).catch(() => null) : p.image)));
  const covers: Fill[] = [];
  pictures.forEach((p, i) => {
    if (opaqueImage(data[i])) covers.push({ box: p.box, color: PICTURE, seq: p.seq });
  });
  return covers;
}

/** The colour a picture cover is given (a cover's colour is never read: only its box hides). */
const PICTURE = '#808080';

/** The device box of a piece's core band (see CORE_LOW): the glyphs' middles along the baseline. */
function coreBox(g: Glyph, page: Box): Box {
  const [ax, ay] = fromFrame(g.turn, g.x0, g.baseline - CORE_HIGH * g.size, page);
  const [bx, by] = fromFrame(g.turn, g.x1, g.baseline - CORE_LOW * g.size, page);
  return [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)];
}

/**
 * Keeps the candidates that lie over the core band of some text drawn before them: across the
 * baseline the whole band, along it some part. Whether each glyph is hidden is decided on the
 * second walk (CoverIndex), glyph by glyph.
 */
export function keepCovers(out: PageContent): void {
  if (!out.covers?.length && !out.pictures?.length) return;
  const page: Box = [0, 0, out.width, out.height];
  const cores = out.glyphs.map((g) => ({ box: coreBox(g, page), across: g.turn % 2 === 0, seq: g.seq }));
  if (out.covers?.length) out.covers = out.covers.filter((f) => overCore(f, cores));
  if (out.pictures?.length) out.pictures = out.pictures.filter((f) => overCore(f, cores));
}

/** The box, drawn after some glyph, lies over that glyph's core band. */
function overCore(f: { box: Box; seq: number }, cores: readonly { box: Box; across: boolean; seq: number }[]): boolean {
  return cores.some(({ box: c, across, seq }) => {
    if (seq >= f.seq) return false;
    const b = f.box;
    return across
      ? b[1] <= c[1] && b[3] >= c[3] && b[0] < c[2] && b[2] > c[0]
      : b[0] <= c[0] && b[2] >= c[2] && b[1] < c[3] && b[3] > c[1];
  });
}

/** The covers of a page by horizontal band, to ask of each glyph whether a box drawn later hides it. */
export class CoverIndex {
  private readonly bands = new Map<number, Fill[]>();
  private readonly band: number;

  constructor(covers: readonly Fill[], pageHeight: number) {
    // At most 256 bands over the page, however large it is.
    this.band = Math.max(16, pageHeight / 256);
    for (const f of covers) {
      const first = Math.floor(f.box[1] / this.band);
      const last = Math.floor(f.box[3] / this.band);
      if (!Number.isFinite(first) || !Number.isFinite(last)) continue;
      for (let b = Math.max(first, -1); b <= Math.min(last, 257); b++) {
        let list = this.bands.get(b);
        if (!list) this.bands.set(b, (list = []));
        list.push(f);
      }
    }
  }

  /** A box drawn after `seq` lies over both points (device space): the glyph there is hidden. */
  hides(ax: number, ay: number, bx: number, by: number, seq: number): boolean {
    const list = this.bands.get(Math.max(-1, Math.min(257, Math.floor(ay / this.band))));
    if (!list) return false;
    for (let i = 0; i < list.length; i++) {
      const f = list[i];
      const b = f.box;
      if (f.seq > seq && ax >= b[0] && ax <= b[2] && ay >= b[1] && ay <= b[3] && bx >= b[0] && bx <= b[2] && by >= b[1] && by <= b[3]) {
        if (!f.round || (inEllipse(b, ax, ay) && inEllipse(b, bx, by) && inBox(f.clip, ax, ay) && inBox(f.clip, bx, by))) return true;
      }
    }
    return false;
  }
}

/** Inside the ellipse a box holds. */
function inEllipse(b: Box, x: number, y: number): boolean {
  const rx = (b[2] - b[0]) / 2, ry = (b[3] - b[1]) / 2;
  const dx = (x - (b[0] + rx)) / rx, dy = (y - (b[1] + ry)) / ry;
  return dx * dx + dy * dy <= 1;
}

function inBox(b: Box | undefined, x: number, y: number): boolean {
  return !b || (x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]);
}
