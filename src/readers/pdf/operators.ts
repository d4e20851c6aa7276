import type { Hex } from '../../model.js';
import { blend, WHITE } from '../../colour/hex.js';
import { LIMITS, LimitExceeded } from '../limits.js';
import { MARKER_WIDTH, overText, type HighlightArea } from './annotations.js';
import { Backgrounds, UNKNOWN_BACKGROUND, type BackgroundRow } from './backgrounds.js';
import { seenColour } from './cmyk.js';
import { patternPaint, shadingPaint, type Paint } from './shadings.js';
import { addCover, addPicture, CORE_HIGH, CORE_LOW, COVER_ALPHA, CoverIndex, keepCovers } from './covers.js';
import { IDENTITY, fromFrame, intersect, multiply, toFrame, transformBox, type Matrix } from './geometry.js';
import { expandLigatures } from './ligatures.js';
import { visualGlyph } from './bidi.js';
import { isAutospace } from './autospace.js';
import { fontEmphasis, type FontEmphasis } from './emphasis.js';
import { COLUMN_GAP, isThinBefore, opensAfterThin, WORD_GAP } from './lines.js';
import type { Box, Fill, Glyph, OffText, PageContent, Ruling, Turn } from './types.js';

/**
 * One pass over a page's pdf.js operator list (pdfjs-dist 5.6.205 formats, see REFERENCE.md):
 * keeps the graphics state the renderer keeps and emits the glyphs a reader can see, the filled
 * areas that may sit behind them, and straight strokes that may be table borders.
 */

/** OPS codes of pdf.js 5.6 (`pdfjs.OPS`), inlined because the walk is the hot loop. */
export const OP = {
  setLineWidth: 2, setGState: 9, save: 10, restore: 11, transform: 12,
  stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25,
  closeFillStroke: 26, closeEOFillStroke: 27, endPath: 28, clip: 29, eoClip: 30,
  beginText: 31, setCharSpacing: 33, setWordSpacing: 34, setHScale: 35, setLeading: 36,
  setFont: 37, setTextRenderingMode: 38, setTextRise: 39, moveText: 40, setLeadingMoveText: 41,
  setTextMatrix: 42, nextLine: 43, showText: 44, setCharWidth: 48, setCharWidthAndBounds: 49,
  setStrokeColorN: 53, setFillColorN: 55, setStrokeRGBColor: 58, setFillRGBColor: 59,
  beginMarkedContent: 69, beginMarkedContentProps: 70, endMarkedContent: 71,
  paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, beginGroup: 76, endGroup: 77,
  beginAnnotation: 80, endAnnotation: 81,
  paintImageMaskXObject: 83, paintImageMaskXObjectGroup: 84, paintImageXObject: 85, paintInlineImageXObject: 86,
  paintInlineImageXObjectGroup: 87, paintImageXObjectRepeat: 88, paintImageMaskXObjectRepeat: 89, paintSolidColorImageMask: 90,
  constructPath: 91, setStrokeTransparent: 92, setFillTransparent: 93, shadingFill: 62,
} as const;

/** Path drawing codes inside constructPath data (pdf.js `DrawOPS`). */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

interface State {
  ctm: Matrix;
  /** null: a pattern or transparent colour, whose visible colour we do not know. */
  fill: Hex | null;
  /** With `fill` null: what the pattern filled with paints, as far as it is known (shadings.ts); null: nothing (transparent). */
  fillPaint: Paint | null;
  /** Where a pattern's space maps to the device: the page's, or the form's it is used in (PDF 32000 §8.7.2). */
  base: Matrix;
  stroke: Hex | null;
  /** Line width in user space (strikes are thin, marker strokes thick). */
  lineWidth: number;
  fillAlpha: number;
  strokeAlpha: number;
  /** A blend mode other than Normal (Multiply, Darken…): what is painted lets what is under it show. */
  blend: boolean;
  /** The alpha of the transparency groups drawn inside (CSS `opacity`): it fades all they hold. */
  groupAlpha: number;
  clip: Box;
  font: string;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  renderMode: number;
  rise: number;
  /** Inside a soft-mask group: drawn into a mask, never seen. */
  masked: boolean;
  /** Painted through a soft mask (an ExtGState /SMask): seen only where the mask lets it through. */
  smask: boolean;
}

/** What the walk needs to know about a font: pdf.js font objects from `page.commonObjs`. */
export interface FontInfo {
  fontMatrix?: number[];
  vertical?: boolean;
  /** The font's name (`BaseFont`, with its subset prefix): what tells its emphasis (emphasis.ts). */
  name?: string;
  /** A Type 3 font: its glyph procedures, as operator lists, by the glyphs' `operatorListId`. */
  isType3Font?: boolean;
  charProcOperatorList?: Record<string, { fnArray: ArrayLike<number>; argsArray: unknown[][] } | undefined>;
}

export interface WalkInput {
  page: number;
  fnArray: ArrayLike<number>;
  argsArray: unknown[][];
  /** Viewport transform: PDF user space to top-left device space (rotation included). */
  viewport: Matrix;
  width: number;
  height: number;
  font: (name: string) => FontInfo | undefined;
  /** Optional-content visibility of a marked-content group (hidden layers are not read). */
  isVisible: (props: unknown) => boolean;
  /** Highlight annotations of the page: they colour the text under them. */
  highlights: HighlightArea[];
  /** StrikeOut annotations of the page: the text under them is cut. */
  strikes?: Box[];
  /** Opaque boxes drawn over text (covers.ts, from a first walk): the glyphs they hide are left out. */
  covers?: Fill[];
  /** Form fields (Widget annotations, by id) whose appearance is read as page text: the value typed in a text or choice field. */
  fields?: ReadonlySet<string>;
  /** pdf.js's data of a pattern or shading of the page by its id (`page.objs`): what a gradient paints. */
  pattern?: (id: string) => unknown;
}

/** A colour of the operator list as a reader sees it (K-only CMYK taken back to its grey: cmyk.ts). */
const upper = (c: unknown): Hex | null => (typeof c === 'string' && c.startsWith('#') ? seenColour(c.toUpperCase()) : null);

export function walkOperators(input: WalkInput): PageContent {
  const pageBox: Box = [0, 0, input.width, input.height];
  let s: State = {
    ctm: input.viewport, fill: '#000000', fillPaint: null, base: input.viewport, stroke: '#000000', lineWidth: 1, fillAlpha: 1, strokeAlpha: 1, blend: false, groupAlpha: 1, clip: pageBox, font: '', fontSize: 0,
    charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, renderMode: 0, rise: 0, masked: false, smask: false,
  };
  const stack: State[] = [];
  const hiddenStack: boolean[] = [];
  let hidden = false;
  // The marked-content id in force (a tagged PDF's link from the drawing to its structure), kept
  // for each text operator drawn under one (by its seq): out.mcids.
  const mcidStack: (number | null)[] = [];
  let mcid: number | null = null;
  // Inside marked content tagged /Artifact (BMC: its tag as a name object; BDC: as a string): what
  // is drawn there is not the document's content (Glyph.artifact).
  const artifactStack: boolean[] = [];
  let artifact = false;
  // The text matrix and line matrix are not part of the graphics state (PDF 32000 §9.4.1).
  let tm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  let pendingClip = false;
  let seq = 0;
  // Inside a form field's appearance read as text: what to go back to at its end.
  let inField: { s: State; depth: number; marked: number; tm: Matrix; tlm: Matrix; hidden: boolean; mcid: number | null; artifact: boolean } | null = null;
  // How far a restore (and an end of marked content) may go down the stacks: to where a field's appearance began.
  let floor = 0;
  let markedFloor = 0;
  const out: PageContent = {
    page: input.page, width: input.width, height: input.height, glyphs: [], fills: [], rulings: [], rings: [], rotatedGlyphs: 0, invisibleGlyphs: 0, images: 0, unmappedGlyphs: 0, unmappedWords: [], masked: [], covered: [], annotationIds: [],
  };
  // Each font of the page, once: what pdf.js says of it, the emphasis its name tells (italic, bold,
  // family) and, for a Type 3 font whose glyphs paint their own colours, each glyph's (type3Colours).
  // The last one used is kept at hand: runs of one font follow each other.
  const fontLooks = new Map<string, FontLook>();
  let lastFont: string | null = null;
  let look: FontLook = { font: undefined, emphasis: undefined, own: undefined };
  // Areas painted by a pattern whose colours are not known (shadings.ts): text on them is said.
  const unknownFills: Fill[] = [];
  const backgrounds = new Backgrounds(input.highlights, out.fills, input.strikes, unknownFills);
  const covers = input.covers?.length ? new CoverIndex(input.covers, input.height) : null;

  const moveText = (tx: number, ty: number) => {
    tlm = [tlm[0], tlm[1], tlm[2], tlm[3], tx * tlm[0] + ty * tlm[2] + tlm[4], tx * tlm[1] + ty * tlm[3] + tlm[5]];
    tm = tlm;
  };

  const { fnArray, argsArray } = input;
  for (let i = 0, n = fnArray.length; i < n; i++) {
    const args = argsArray[i];
    switch (fnArray[i]) {
      case OP.beginAnnotation: {
        // An annotation's appearance: note which annotation is shown, skip what it draws
        // (a highlight's colour comes from its annotation data, once), but a form field's: the
        // text typed in it is read as the page's, drawn as pdf.js draws it (canvas.js
        // beginAnnotation: a fresh graphics state, clipped to its rectangle, through its
        // transform and its form matrix).
        const id = String(args[0]);
        out.annotationIds.push(id);
        if (!input.fields?.has(id) || inField) {
          while (i < n && fnArray[i] !== OP.endAnnotation) i++;
          break;
        }
        const [, rect, transform, matrix] = args as [unknown, ArrayLike<number> | null, ArrayLike<number> | null, ArrayLike<number> | null];
        inField = { s, depth: stack.length, marked: hiddenStack.length, tm, tlm, hidden, mcid, artifact };
        floor = stack.length;
        markedFloor = hiddenStack.length;
        let ctm = input.viewport;
        if (transform && transform.length >= 6) ctm = multiply(transform, ctm);
        if (matrix && matrix.length >= 6) ctm = multiply(matrix, ctm);
        s = {
          ...s, ctm, fill: '#000000', fillPaint: null, base: ctm, stroke: '#000000', lineWidth: 1, fillAlpha: 1, strokeAlpha: 1, blend: false, groupAlpha: 1,
          clip: rect && rect.length >= 4 ? intersect(pageBox, transformBox(input.viewport, rect[0], rect[1], rect[2], rect[3])) : pageBox,
          font: '', fontSize: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, renderMode: 0, rise: 0, masked: false, smask: false,
        };
        tm = tlm = IDENTITY;
        break;
      }
      case OP.endAnnotation:
        // The end of a form field's appearance read as text: the page's state as it was before it.
        if (inField) {
          ({ s, tm, tlm } = inField);
          stack.length = inField.depth;
          hiddenStack.length = mcidStack.length = artifactStack.length = inField.marked;
          hidden = inField.hidden;
          mcid = inField.mcid;
          artifact = inField.artifact;
          inField = null;
          floor = markedFloor = 0;
        }
        break;
      case OP.save:
        stack.push(s);
        s = { ...s };
        break;
      case OP.restore:
        // (Inside a form field's appearance, never below the state it started from.)
        if (stack.length > floor) s = stack.pop()!;
        break;
      case OP.transform:
        s.ctm = multiply(args as number[], s.ctm);
        break;
      case OP.setLineWidth:
        s.lineWidth = Math.abs(Number(args[0])) || 0;
        break;
      case OP.setGState:
        for (const [key, value] of args[0] as [string, unknown][]) {
          if (key === 'ca') s.fillAlpha = Number(value);
          else if (key === 'CA') s.strokeAlpha = Number(value);
          else if (key === 'BM') s.blend = typeof value === 'string' && !/^(normal|source-over)$/i.test(value);
          else if (key === 'LW') s.lineWidth = Math.abs(Number(value)) || 0;
          else if (key === 'SMask') s.smask = value === true;
          else if (key === 'Font') {
            const [name, size] = value as [string, number];
            s.font = name;
            s.fontSize = size;
          }
        }
        break;
      case OP.setFillRGBColor:
        s.fill = upper(args[0]);
        s.fillPaint = null;
        break;
      case OP.setStrokeRGBColor:
        s.stroke = upper(args[0]);
        break;
      case OP.setFillColorN:
        s.fill = null;
        s.fillPaint = patternPaint(args ?? [], s.base, input.pattern);
        break;
      case OP.setFillTransparent:
        s.fill = null;
        s.fillPaint = null;
        break;
      case OP.shadingFill:
        // A shading painted over the whole clip (`sh`), in the current space.
        if (input.pattern && typeof args?.[0] === 'string') shading(shadingPaint(input.pattern(args[0]), s.ctm), s, hidden, seq++, out, unknownFills);
        break;
      case OP.setStrokeColorN:
      case OP.setStrokeTransparent:
        s.stroke = null;
        break;
      case OP.clip:
      case OP.eoClip:
        // pdf.js emits the clip flag before the path it applies to.
        pendingClip = true;
        break;
      case OP.constructPath:
        path(args, s, pendingClip, hidden, seq++, out, unknownFills);
        pendingClip = false;
        break;
      case OP.beginText:
        tm = tlm = IDENTITY;
        break;
      case OP.setCharSpacing:
        s.charSpacing = args[0] as number;
        break;
      case OP.setWordSpacing:
        s.wordSpacing = args[0] as number;
        break;
      case OP.setHScale:
        s.hScale = (args[0] as number) / 100;
        break;
      case OP.setLeading:
        s.leading = args[0] as number;
        break;
      case OP.setFont:
        s.font = args[0] as unknown as string;
        s.fontSize = args[1] as unknown as number;
        break;
      case OP.setTextRenderingMode:
        s.renderMode = args[0] as number;
        break;
      case OP.setTextRise:
        s.rise = args[0] as number;
        break;
      case OP.moveText:
        moveText(args[0] as number, args[1] as number);
        break;
      case OP.setLeadingMoveText:
        s.leading = -(args[1] as number);
        moveText(args[0] as number, args[1] as number);
        break;
      case OP.setTextMatrix: {
        const m = args[0] as unknown as ArrayLike<number>;
        tm = tlm = [m[0], m[1], m[2], m[3], m[4], m[5]];
        break;
      }
      case OP.nextLine:
        moveText(0, -s.leading);
        break;
      case OP.showText: {
        if (s.font !== lastFont) {
          let known = fontLooks.get(s.font);
          if (!known) {
            const font = input.font(s.font);
            known = { font, emphasis: fontEmphasis(font?.name), own: font?.isType3Font ? type3Colours(font) : undefined };
            fontLooks.set(s.font, known);
          }
          look = known;
          lastFont = s.font;
        }
        if (mcid !== null) (out.mcids ??= new Map()).set(seq, mcid);
        const before = out.glyphs.length;
        const own = look.own;
        const advance = showText(
          args[0] as unknown as ShowItem[], s, tm, look.font, hidden, pageBox, seq++, out, backgrounds, covers, look.emphasis,
          own ? runColour(args[0] as unknown as ShowItem[], own) : undefined,
        );
        if (artifact) for (let g = before; g < out.glyphs.length; g++) out.glyphs[g]!.artifact = true;
        tm = [tm[0], tm[1], tm[2], tm[3], advance * tm[0] + tm[4], advance * tm[1] + tm[5]];
        break;
      }
      case OP.beginMarkedContent:
        hiddenStack.push(hidden);
        mcidStack.push(mcid);
        artifactStack.push(artifact);
        if ((args?.[0] as { name?: unknown } | undefined)?.name === 'Artifact') artifact = true;
        break;
      case OP.beginMarkedContentProps:
        hiddenStack.push(hidden);
        mcidStack.push(mcid);
        artifactStack.push(artifact);
        if (args?.[0] === 'Artifact') artifact = true;
        if (args[0] === 'OC' && !input.isVisible(args[1])) hidden = true;
        else if (args[0] !== 'OC' && typeof args[1] === 'number') mcid = args[1];
        break;
      case OP.endMarkedContent:
        if (hiddenStack.length <= markedFloor) break;
        hidden = hiddenStack.pop() ?? false;
        mcid = mcidStack.pop() ?? null;
        artifact = artifactStack.pop() ?? false;
        break;
      case OP.paintFormXObjectBegin: {
        stack.push(s);
        s = { ...s };
        const [matrix, bbox] = args as [ArrayLike<number> | null, ArrayLike<number> | null];
        if (matrix) s.ctm = multiply(matrix, s.ctm);
        s.base = s.ctm;
        if (bbox) s.clip = intersect(s.clip, transformBox(s.ctm, bbox[0], bbox[1], bbox[2], bbox[3]));
        break;
      }
      case OP.beginGroup: {
        stack.push(s);
        s = { ...s };
        const group = args[0] as { matrix?: ArrayLike<number> | null; bbox?: ArrayLike<number> | null; smask?: unknown };
        // A soft mask's content shapes transparency; it is never painted.
        if (group.smask) s.masked = true;
        // A transparency group is laid down at the alpha in force, and starts inside at 1 (PDF 32000 §11.6.6).
        s.groupAlpha *= s.fillAlpha;
        s.fillAlpha = 1;
        if (group.bbox) {
          const m = group.matrix ? multiply(group.matrix, s.ctm) : s.ctm;
          s.clip = intersect(s.clip, transformBox(m, group.bbox[0], group.bbox[1], group.bbox[2], group.bbox[3]));
        }
        break;
      }
      case OP.paintFormXObjectEnd:
      case OP.endGroup:
        // (Inside a form field's appearance, never below the state it started from.)
        if (stack.length > floor) s = stack.pop()!;
        break;
      case OP.paintImageXObject:
      case OP.paintInlineImageXObject:
        out.images++;
        // A picture painted after some text, whole and upright, in no see-through state (or nearly: COVER_ALPHA): perhaps
        // over that text, hiding it (covers.ts keepPictures; its own transparency asked later).
        if (out.glyphs.length && s.fillAlpha * s.groupAlpha >= COVER_ALPHA && !s.blend && !s.smask && !s.masked && !hidden && upright(s.ctm)) {
          addPicture(out, intersect(transformBox(s.ctm, 0, 0, 1, 1), s.clip), args[0], seq++);
        }
        break;
      case OP.paintImageMaskXObject:
      case OP.paintImageMaskXObjectGroup:
      case OP.paintInlineImageXObjectGroup:
      case OP.paintImageXObjectRepeat:
      case OP.paintImageMaskXObjectRepeat:
      case OP.paintSolidColorImageMask:
        out.images++;
        break;
    }
  }
  keepOverlays(out);
  keepCovers(out);
  return out;
}

const MAX_OVERLAYS = 1000;

/** Keeps an overlay candidate; past MAX_OVERLAYS + 1 they are not even kept (keepOverlays drops them all). */
function addOverlay(out: PageContent, fill: Fill): void {
  const list = (out.overlays ??= []);
  if (list.length <= MAX_OVERLAYS) list.push(fill);
}

/**
 * See-through fills drawn after text they cover (a highlight flattened into the page: its
 * appearance drawn over the text in Multiply or at an opacity) are kept in `overlays` for the
 * page to be walked again with them as highlights: the text under them was drawn before them.
 */
function keepOverlays(out: PageContent): void {
  const candidates = out.overlays;
  if (!candidates?.length) return;
  // Hundreds of see-through shapes over text are a drawing (a chart, a pattern), not highlights.
  if (candidates.length > MAX_OVERLAYS) {
    out.overlays = [];
    return;
  }
  const page: Box = [0, 0, out.width, out.height];
  // A see-through tint over much of the page (a scan's paper tone, a wash) is no highlight.
  const most = 0.25 * out.width * out.height;
  out.overlays = candidates.filter(
    (f) => (f.box[2] - f.box[0]) * (f.box[3] - f.box[1]) <= most && out.glyphs.some((g) => g.seq < f.seq && overText(f.box, g, page)),
  );
}

/** Glyph text by pdf.js unicode string, ligatures expanded (right-to-left ones in visual order, bidi.ts); null for white space. Few distinct values. */
const textCache = new Map<string, string | null>();
// U+FEFF, a zero-width no-break space, is `\s` to JavaScript: a glyph of it joins its word's letters (text/words.ts SPACE_CHAR).
const NO_BREAK = /[\u00A0\u202F\u2007\uFEFF]/;
function glyphText(unicode: string | undefined): string | null {
  if (!unicode) return null;
  let text = textCache.get(unicode);
  if (text === undefined) {
    // No-break spaces stay in the text (as in DOCX) and do not end a word for line fitting; U+FEFF stays
    // inside its word here (paragraphs.ts leaves it out of the text read: text/words.ts readText).
    text = /^[\s]*$/.test(unicode) && !NO_BREAK.test(unicode) ? null : visualGlyph(expandLigatures(unicode));
    if (textCache.size < 65536) textCache.set(unicode, text);
  }
  return text;
}

/** Text no font maps a drawn glyph to on purpose: C0 controls (but tab, line feed, return) and DEL. */
const UNMAPPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;
const UNMAPPED_ALL = new RegExp(UNMAPPED.source, 'gu');

/** UNMAPPED.test(text), a glyph of one character (nearly all) decided without the expression: it runs for every glyph. */
export function hasUnmapped(text: string): boolean {
  if (text.length === 1) {
    const c = text.charCodeAt(0);
    return c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d : c === 0x7f;
  }
  return UNMAPPED.test(text);
}

/** The word around item `k` of a showText, as read (the unmapped glyph shown as "�"). */
function wordAround(items: ShowItem[], k: number): string {
  const char = (item: ShowItem) => (typeof item === 'number' ? (item < -200 ? ' ' : '') : item.isSpace ? ' ' : (item.unicode ?? ''));
  let text = '';
  for (let i = k - 1; i >= 0 && !/\s/u.test(char(items[i])); i--) text = char(items[i]) + text;
  for (let i = k; i < items.length && (i === k || !/\s/u.test(char(items[i]))); i++) text += char(items[i]);
  return text.replace(new RegExp(UNMAPPED.source, 'gu'), '\uFFFD').trim();
}

type ShowItem = number | { unicode?: string; width?: number; isSpace?: boolean; vmetric?: number[]; operatorListId?: string };

/**
 * The colour one glyph of a Type 3 font paints: `inherit`, the text's (a d1 glyph, whose colour
 * operators are ignored, PDF 32000 §9.6.5, or a d0 glyph that sets none before it paints); its own
 * (a d0 glyph that sets one: Chromium's colour emoji, some TeX pictures); null, one not known (a
 * pattern, a picture); `none`, it paints nothing (a space).
 */
type GlyphColour = Hex | null | 'inherit' | 'none';

/** A font of the page as the walk uses it: pdf.js's data, its name's emphasis, its glyphs' own colours (Type 3). */
interface FontLook {
  font: FontInfo | undefined;
  emphasis: FontEmphasis | undefined;
  own: Map<string, GlyphColour> | undefined;
}

/** Each glyph's colour, for a Type 3 font some of whose glyphs paint their own; undefined when none does. */
function type3Colours(font: FontInfo): Map<string, GlyphColour> | undefined {
  const procs = font.charProcOperatorList;
  if (!procs) return undefined;
  const colours = new Map<string, GlyphColour>();
  let own = false;
  for (const [id, list] of Object.entries(procs)) {
    if (!list) continue;
    const colour = glyphColour(list.fnArray, list.argsArray);
    if (colour !== 'inherit' && colour !== 'none') own = true;
    colours.set(id, colour);
  }
  return own ? colours : undefined;
}

/** The colour a glyph procedure paints: one colour, or null when it paints several (a colour emoji's shapes) or a picture. */
function glyphColour(fnArray: ArrayLike<number>, argsArray: unknown[][]): GlyphColour {
  if (fnArray[0] !== OP.setCharWidth) return 'inherit';
  let fill: GlyphColour = 'inherit';
  let stroke: GlyphColour = 'inherit';
  let painted: GlyphColour = 'none';
  const paint = (colour: GlyphColour): boolean => {
    if (painted !== 'none' && painted !== colour) {
      painted = null;
      return true;
    }
    painted = colour;
    return colour === null;
  };
  for (let i = 1; i < fnArray.length; i++) {
    const args = argsArray[i];
    switch (fnArray[i]) {
      case OP.setFillRGBColor:
        fill = upper(args?.[0]);
        break;
      case OP.setStrokeRGBColor:
        stroke = upper(args?.[0]);
        break;
      case OP.setFillColorN:
      case OP.setFillTransparent:
        fill = null;
        break;
      case OP.setStrokeColorN:
      case OP.setStrokeTransparent:
        stroke = null;
        break;
      case OP.constructPath: {
        const op = (args?.[0] as number) ?? 0;
        if (FILL_OPS.has(op) && paint(fill)) return null;
        if (STROKE_OPS.has(op) && paint(stroke)) return null;
        break;
      }
      case OP.showText:
      case OP.paintImageMaskXObject:
      case OP.paintImageMaskXObjectGroup:
      case OP.paintImageMaskXObjectRepeat:
      case OP.paintSolidColorImageMask:
        if (paint(fill)) return null;
        break;
      case OP.paintImageXObject:
      case OP.paintInlineImageXObject:
      case OP.paintInlineImageXObjectGroup:
      case OP.paintImageXObjectRepeat:
        return null;
    }
  }
  return painted;
}

/** A glyph's text holds a letter or a digit: its colour tells whose words it draws (an emoji's, a symbol's does not). */
const WORDY = /[\p{L}\p{N}]/u;

/**
 * The colour a run of a Type 3 font's glyphs paints: undefined when they take the text's colour;
 * their own when every glyph that paints paints that one; null when they paint several, or one not known.
 */
function runColour(items: ShowItem[], colours: Map<string, GlyphColour>): Hex | null | undefined {
  let found: GlyphColour | undefined;
  for (const item of items) {
    if (typeof item === 'number' || item.operatorListId === undefined || !item.unicode || !WORDY.test(item.unicode)) continue;
    const colour = colours.get(item.operatorListId) ?? 'inherit';
    if (colour === 'none') continue;
    if (found === undefined) found = colour;
    else if (found !== colour) return null;
  }
  return found === undefined || found === 'inherit' ? undefined : found;
}

/** From this many items (glyphs and pen moves) on, an upright operator picks the backgrounds at its height once (Backgrounds.row). */
const ROW_ITEMS = 8;

/**
 * Emits the visible glyphs of one showText and returns the pen advance in text space
 * (to move the text matrix). Mirrors pdf.js CanvasGraphics.showText for positions.
 */
function showText(
  items: ShowItem[], s: State, tm: Matrix, font: FontInfo | undefined, hidden: boolean, pageBox: Box, seq: number,
  out: PageContent, backgrounds: Backgrounds, covers: CoverIndex | null, emphasis: FontEmphasis | undefined,
  /** A Type 3 font's glyphs painting their own colour (runColour): that colour, or null when not known. */
  own?: Hex | null,
): number {
  const size = s.fontSize;
  const fm0 = font?.fontMatrix?.[0] ?? 0.001;
  const h = s.hScale;
  let x = 0; // pen position in unscaled text space; device positions multiply by h
  // The text rise (Ts) lifts the glyphs off the line's baseline (ReportLab's, TeX's superscripts): drawn there.
  const m = s.rise ? multiply([1, 0, 0, 1, 0, s.rise], multiply(tm, s.ctm)) : multiply(tm, s.ctm);
  const mode = s.renderMode & 3; // 0 fill, 1 stroke, 2 fill+stroke, 3 invisible (4–7: same plus clip)
  let color = mode === 1 ? s.stroke : s.fill;
  // Glyphs that paint their own colour are seen in it when they are filled (a d0 glyph ignores the text's).
  if (own && mode !== 1 && color !== null) color = own;
  const alpha = s.fillAlpha * s.groupAlpha;
  // Outline (hollow) text: filled and stroked (mode 2), its fill the colour of what it stands on or
  // not painted (LibreOffice's w:outline fills white, CSS -webkit-text-stroke over a white or
  // transparent color): what a reader sees of it is its stroke (outlineColour, for each glyph).
  // (A fill of a pattern, whose colours are not followed, leaves the text as it was: not read.)
  const outline = mode === 2 && color !== null && s.stroke !== null && s.strokeAlpha * s.groupAlpha > 0 ? s.stroke : null;
  const visible = !hidden && !s.masked && mode !== 3 && color !== null && (mode === 1 || alpha > 0 || outline !== null) && size !== 0;
  if (own === null && visible && mode !== 1) {
    // Glyphs painting several colours of their own (or one not known): read in the text's colour, said.
    const said = (out.ownColours ??= { glyphs: 0, text: '' });
    for (const item of items) {
      if (typeof item === 'number') {
        if (item < -200 && said.text.length < 120) said.text += ' ';
        continue;
      }
      said.glyphs++;
      if (said.text.length < 120) said.text += item.isSpace ? ' ' : (item.unicode ?? '');
    }
    said.text += ' ';
  }
  if (mode === 3 && !hidden) for (const item of items) if (typeof item !== 'number') out.invisibleGlyphs++;
  // Text drawn into a soft mask is the shape something else is painted through (Chromium's CSS
  // `background-clip: text`, gradient titles): seen, in colours this walk does not follow. Counted
  // and quoted, to be said (index.ts), not read.
  const maskOnly = s.masked && !hidden && mode !== 3 && color !== null && size !== 0;
  // Which way the baseline runs on the displayed page: a quarter turn, or null when skewed.
  const turn = font?.vertical ? null : quarterTurn(m[0] * size * h, m[1] * size * h);
  const horizontal = turn !== null;
  const deviceSize = Math.abs(size) * Math.hypot(m[2], m[3]);
  // Pen positions along the baseline, in the text's upright frame (see toFrame).
  const [ux, uy] = turn === null ? [1, 0] : UNIT[turn];
  const scale = (ux * m[0] + uy * m[1]) * h; // frame distance per unit of pen advance
  const origin = turn === null ? m[4] : toFrame(turn, m[4], m[5], pageBox)[0];
  const baseline = turn === null ? m[5] : toFrame(turn, m[4], m[5], pageBox)[1];
  let spaceBefore = false;
  // Where a space drawn before any visible glyph of this operator starts (NaN: none, or a glyph came
  // first), and whether one came: an operator drawing a space alone follows the text it spaces.
  let spaceAt = NaN;
  let drew = false;
  const [clipX0, clipY0, clipX1, clipY1] = s.clip;
  const [pageX1, pageY1] = [pageBox[2], pageBox[3]];
  // The area a reader sees the text in (the clip on the page), and whether it can show a letter at
  // all (a clip of a pixel hides text on purpose: a web page's text for screen readers only). Text
  // outside it, or sticking out of it, is kept to tell a cut line (off-page.ts).
  const viewX0 = Math.max(clipX0, 0), viewY0 = Math.max(clipY0, 0), viewX1 = Math.min(clipX1, pageX1), viewY1 = Math.min(clipY1, pageY1);
  const showsLetters = visible && viewX1 - viewX0 >= 0.5 * deviceSize && viewY1 - viewY0 >= 0.5 * deviceSize;
  if (showsLetters) out.offView ??= [];
  let offPiece: OffText | null = null;
  const lift = 0.3 * deviceSize;
  const wordGap = WORD_GAP * deviceSize;
  const columnGap = COLUMN_GAP * deviceSize;
  // The piece being grown: consecutive glyphs with one background, words spaced inside it; and the
  // code of the last character of its text (NaN: none), so that its end is told without reading the
  // text (grown by `+=`, it would be copied flat at every look).
  let piece: Glyph | null = null;
  let pieceEnd = NaN;
  // Since the last glyph: space glyphs drawn, and whether a number moved the pen. One space glyph
  // and nothing else is a word space however wide word spacing (Tw) stretches it: justified text.
  let spaces = 0;
  let moved = false;
  // Glyphs hidden under a box drawn later (covers.ts), grown like `piece`: said, not read.
  let hiddenPiece: Glyph | null = null;
  const lowCore = CORE_LOW * deviceSize, highCore = CORE_HIGH * deviceSize;
  // The height of the glyphs' core band (covers.ts), about their middle: what a gradient under them is read across.
  const band = highCore - lowCore;
  // The operator's usual gap between letters (letterGap), measured the first time a gap with no
  // space glyph would break a word: NaN until then.
  let letters = NaN;
  // The piece stands on a pattern of unknown colours (Backgrounds UNKNOWN_BACKGROUND).
  let onUnknown = false;
  // Upright text asks for the backgrounds at one height (cy below, the baseline less the lift): the
  // highlights and fills reaching it are picked once, for an operator of many glyphs (Backgrounds.row).
  let row: BackgroundRow | null = null;
  const byRow = turn === 0 && items.length >= ROW_ITEMS;
  const backgroundAt = (cx: number, cy: number) => (byRow ? (row ??= backgrounds.row(cy, band)).at(cx) : backgrounds.at(cx, cy, band));
  for (let k = 0, n = items.length; k < n; k++) {
    const item = items[k];
    if (typeof item === 'number') {
      x -= (item * size) / 1000;
      if (item !== 0) moved = true;
      continue;
    }
    const width = (item.width ?? 0) * size * fm0;
    // Word spacing applies to byte 32 (PDF 32000 §9.3.3), but a subset font may put any letter
    // there (LibreOffice puts "q"): whether a glyph is a space is told by its Unicode text.
    const spacing = item.isSpace ? s.charSpacing + s.wordSpacing : s.charSpacing;
    let text = glyphText(item.unicode);
    if (visible && text !== null && hasUnmapped(text)) {
      // Shown as U+FFFD, the replacement character: "�rst" says a letter is there that cannot be read.
      text = text.replace(UNMAPPED_ALL, '\uFFFD');
      // Drawn, but its text is a control character: a letter the reader sees is lost here.
      out.unmappedGlyphs++;
      if (out.unmappedWords.length < 3) {
        const word = wordAround(items, k);
        if (/\p{L}/u.test(word)) out.unmappedWords.push(word);
      }
    }
    if (text === null) {
      if (!drew && spaceAt !== spaceAt && horizontal) spaceAt = scale * x + origin;
      // A space that starts inside what a reader sees and ends past its edge: text past it may have
      // been left out of the file (Chromium drops the glyphs wholly outside a clip), the line cut there.
      if (showsLetters && horizontal && width > 0) {
        const x0 = scale * x + origin, x1 = scale * (x + width) + origin;
        const off = turn === 0 && x0 >= viewX0 && x1 <= viewX1 ? 0 : outsideView(turn!, x0, x1, baseline - highCore, baseline - lowCore, pageBox, viewX0, viewY0, viewX1, viewY1);
        if (off > 0.5 && off < 1) {
          const cut = keepOffView(out.offView!, ' ', x0, x1, baseline, deviceSize, turn!, color ?? '#000000', true, false);
          if (cut !== null && outsideView(turn!, x0, x1, baseline - highCore, baseline - lowCore, pageBox, 0, 0, pageX1, pageY1) > 0.5) cut.beyondPage = true;
        }
      }
      spaceBefore = true;
      if (item.isSpace) spaces++;
      else moved = true;
    } else if ((visible || maskOnly) && horizontal) {
      const x0 = scale * x + origin;
      const x1 = scale * (x + width) + origin;
      const end = scale * (x + width + spacing) + origin;
      // The glyph's centre on the displayed page (the clip and backgrounds are in device space).
      let cx = (x0 + x1) / 2;
      let cy = baseline - lift;
      if (turn !== 0) [cx, cy] = fromFrame(turn!, cx, cy, pageBox);
      // Seen only if its centre is inside the clip and on the page, and no opaque box is drawn over it later.
      const inView = cx >= clipX0 && cx <= clipX1 && cy >= clipY0 && cy <= clipY1 && cx >= 0 && cx <= pageX1 && cy >= 0 && cy <= pageY1;
      // Outline text over what its fill repaints: seen in its stroke's colour (the glyph's
      // background is looked up here only when the text is outlined).
      const bgHere = outline !== null && inView ? backgroundAt(cx, cy) : undefined;
      const seen = bgHere !== undefined ? outlineColour(color!, alpha, outline!, bgHere?.color ?? null) : color;
      if (inView && covers && visible && coveredAt(covers, turn!, (x0 + x1) / 2, baseline, lowCore, highCore, pageBox, seq)) {
        // Painted over by an opaque box drawn after it: no reader sees it.
        if (hiddenPiece) {
          if (spaceBefore || x0 - hiddenPiece.end > wordGap) hiddenPiece.text += ' ';
          hiddenPiece.text += text;
          hiddenPiece.x1 = x1;
          hiddenPiece.end = end;
        } else {
          hiddenPiece = { text, x0, x1, end, baseline, size: deviceSize, color: seen!, background: null, spaceBefore, seq, firstWordEnd: undefined, turn: turn! };
          if (out.glyphs.length + out.masked.length + out.covered.length >= LIMITS.glyphsPerPage) throw new LimitExceeded('pieces of text', LIMITS.glyphsPerPage, 'glyphsPerPage');
          out.covered.push(hiddenPiece);
        }
        piece = null;
      } else if (inView) {
        hiddenPiece = null;
        drew = true;
        let bg = bgHere !== undefined ? bgHere : backgroundAt(cx, cy);
        // On a gradient or pattern whose colour is not known: read as on none, said (its pieces
        // kept in out.unknownBackground, grown apart from the others).
        const unknown = bg === UNKNOWN_BACKGROUND;
        if (unknown) bg = null;
        const struck = backgrounds.struck(cx, cy);
        const gap = piece ? x0 - piece.end : 0;
        const wordSpace = spaces === 1 && !moved && gap > 0;
        // A narrow gap with no space glyph between kana or Han and a Latin word may be East Asian
        // autospace, no space: the piece ends there, and buildLines judges it with the whole page
        // in view (lines.ts, autospace.ts).
        const autospace = piece !== null && !spaceBefore && gap > wordGap && isAutospace(piece.text, text, gap, deviceSize, true);
        // Grow the piece unless the background changes, a StrikeOut starts or ends, or the pen jumps (a tab, a column).
        if (piece && !autospace && (gap <= columnGap || wordSpace) && gap > -wordGap && piece.background === (bg?.color ?? null) && !piece.struck === !struck && unknown === onUnknown) {
          // A gap with no space glyph in it is a word break when clearly wider than the
          // operator's usual gap between letters: letter spacing drawn as pen moves (LibreOffice's
          // character spacing, WeasyPrint's letter-spacing) puts one after every letter.
          if (!spaceBefore && gap > wordGap && letters !== letters) letters = letterGap(items, s, size, fm0, scale);
          if (spaceBefore || gap > wordGap + (letters > 0 ? letters : 0)) {
            if (piece.firstWordEnd === undefined) piece.firstWordEnd = piece.x1;
            piece.text += ' ';
            // (The text now ends in that space: lines.ts THIN_BEFORE asks the character before it.)
            const beforeSpace = pieceEnd;
            pieceEnd = 0x20;
            // The word space as seen, from letter to letter (a drawn space glyph's width inside it),
            // but for French typography's thin spaces, which justification does not stretch
            // ("aussi ?", "« Oui »").
            const seen = x0 - piece.x1;
            if (!(seen <= (piece.widestSpace ?? -Infinity)) && !opensAfterThin(text) && !isThinBefore(beforeSpace)) piece.widestSpace = seen;
            if (spaceBefore) piece.drawnSpace = true;
          }
          piece.text += text;
          if (text.length) pieceEnd = text.charCodeAt(text.length - 1);
          piece.x1 = x1;
          piece.end = end;
        } else {
          piece = {
            // See-through text (`ca` below 1: CSS rgba() and opacity, pdfkit's fillOpacity) is
            // seen in its colour laid over what is behind it: 50 % red on white reads pink.
            text, x0, x1, end, baseline, size: deviceSize, color: seen !== color ? seen! : mode !== 1 && alpha < 1 ? blend(color!, bg?.color ?? WHITE, alpha) : color!, background: bg?.color ?? null,
            backgroundKind: bg?.kind, spaceBefore, seq, firstWordEnd: undefined, turn: turn!,
          };
          pieceEnd = text.length ? text.charCodeAt(text.length - 1) : NaN;
          // See-through text (its fill partly shows what is under it): a copy of other text drawn
          // over it is not the one a reader reads (lines.ts sortRow).
          if ((mode === 1 || seen !== color ? s.strokeAlpha * s.groupAlpha : alpha) < 1) piece.seeThrough = true;
          if (struck) piece.struck = true;
          if (emphasis) piece.emphasis = emphasis;
          if (out.glyphs.length + out.masked.length + out.covered.length >= LIMITS.glyphsPerPage) throw new LimitExceeded('pieces of text', LIMITS.glyphsPerPage, 'glyphsPerPage');
          if (maskOnly) out.masked.push(piece);
          else out.glyphs[out.glyphs.length] = piece;
          onUnknown = unknown;
          if (unknown && !maskOnly) (out.unknownBackground ??= []).push(piece);
        }
      } else piece = hiddenPiece = null;
      // Outside what a reader sees, or sticking out of it: kept to tell whether it cuts a line (off-page.ts).
      if (showsLetters) {
        const off = turn === 0 && x0 >= viewX0 && x1 <= viewX1 && baseline - highCore >= viewY0 && baseline - lowCore <= viewY1 ? 0 : outsideView(turn!, x0, x1, baseline - highCore, baseline - lowCore, pageBox, viewX0, viewY0, viewX1, viewY1);
        if (!inView) {
          if (offPiece) {
            if (spaceBefore) offPiece.text += ' ';
            offPiece.text += text;
            offPiece.x1 = x1;
            if (off < 1) offPiece.partly = true;
          } else {
            offPiece = keepOffView(out.offView!, text, x0, x1, baseline, deviceSize, turn!, seen!, off < 1, false);
            if (offPiece !== null && (cx < 0 || cx > pageX1 || cy < 0 || cy > pageY1)) offPiece.beyondPage = true;
          }
        } else {
          offPiece = null;
          if (off > STICKS_OUT) {
            const partly = keepOffView(out.offView!, text, x0, x1, baseline, deviceSize, turn!, seen!, true, true);
            if (partly !== null && outsideView(turn!, x0, x1, baseline - highCore, baseline - lowCore, pageBox, 0, 0, pageX1, pageY1) > STICKS_OUT) partly.beyondPage = true;
          }
        }
      }
      spaceBefore = false;
      spaces = 0;
      moved = false;
    } else {
      if (visible) out.rotatedGlyphs++;
      spaceBefore = false;
      piece = hiddenPiece = offPiece = null;
      spaces = 0;
      moved = false;
    }
    x += width + spacing;
  }
  // A space drawn after the operator's last glyph ("使用 "): the gap after it is a typed space.
  if (piece && spaceBefore) piece.spaceAfter = true;
  // An operator that draws a space and nothing else (LibreOffice's fake bold: "并于" filled and
  // stroked, then " " alone): the text just before it, where the space starts, is followed by one.
  else if (!drew && visible && spaceAt === spaceAt) spaceFollows(out.glyphs, spaceAt, baseline, deviceSize, turn!);
  return x * h;
}

/**
 * The colour a reader sees of outline text (filled and stroked, `stroke` visible) standing on
 * `under` (null: the white page): its stroke's when its fill is fully see-through or
 * about the colour of what it stands on; else its fill's.
 */
function outlineColour(fill: Hex, alpha: number, stroke: Hex, under: Hex | null): Hex {
  if (alpha <= 0) return stroke;
  return near(fill, under ?? WHITE) && !near(stroke, under ?? WHITE) ? stroke : fill;
}

/** Two colours a reader cannot tell apart: each channel within 8 of the other's. */
function near(a: Hex, b: Hex): boolean {
  const x = parseInt(a.slice(1), 16), y = parseInt(b.slice(1), 16);
  return Math.abs((x >> 16) - (y >> 16)) <= 8 && Math.abs(((x >> 8) & 0xff) - ((y >> 8) & 0xff)) <= 8 && Math.abs((x & 0xff) - (y & 0xff)) <= 8;
}

/**
 * The usual gap (device points) between two letters of one text operator with no space glyph
 * between them: the lower median of those gaps, when the operator draws space glyphs (its word
 * breaks are there) and sets at least LETTER_PAIRS pairs of letters; else 0. Letter spacing drawn
 * as a pen move after each glyph (a TJ number) makes it as wide as the spacing; kerning leaves it
 * about 0. Pen positions as showText keeps them.
 */
function letterGap(items: ShowItem[], s: State, size: number, fm0: number, scale: number): number {
  // Most operators that come here draw no space glyph (TeX places its words): told first, by text alone.
  let spaces = false;
  for (let k = 0, n = items.length; k < n && !spaces; k++) {
    const item = items[k];
    if (typeof item !== 'number' && glyphText(item.unicode) === null) spaces = true;
  }
  if (!spaces) return 0;
  const gaps: number[] = [];
  let x = 0;
  let end = NaN; // where the pen stood after the last letter, NaN after a space
  for (let k = 0, n = items.length; k < n; k++) {
    const item = items[k];
    if (typeof item === 'number') {
      x -= (item * size) / 1000;
      continue;
    }
    const width = (item.width ?? 0) * size * fm0;
    const text = glyphText(item.unicode);
    const spacing = item.isSpace ? s.charSpacing + s.wordSpacing : s.charSpacing;
    if (text === null) end = NaN;
    else {
      if (end === end) gaps.push((x - end) * scale);
      end = x + width + spacing;
    }
    x += width + spacing;
  }
  if (gaps.length < LETTER_PAIRS) return 0;
  gaps.sort((a, b) => a - b);
  return gaps[(gaps.length - 1) >> 1]!;
}
/**
 * How much of a glyph's box (its advance along the baseline, from `low` to `high` across it, in its
 * upright frame) lies outside the area [ax0, ay0, ax1, ay1] (device space), across or up and down, whichever is more: 0
 * inside, 1 wholly outside.
 */
function outsideView(turn: Turn, x0: number, x1: number, low: number, high: number, pageBox: Box, ax0: number, ay0: number, ax1: number, ay1: number): number {
  let gx0 = x0, gx1 = x1, gy0 = low, gy1 = high;
  if (turn !== 0) {
    const [ax, ay] = fromFrame(turn, x0, low, pageBox);
    const [bx, by] = fromFrame(turn, x1, high, pageBox);
    gx0 = Math.min(ax, bx); gx1 = Math.max(ax, bx); gy0 = Math.min(ay, by); gy1 = Math.max(ay, by);
  }
  const w = gx1 - gx0, h = gy1 - gy0;
  const across = w > 0 ? Math.min(1, (Math.max(0, ax0 - gx0) + Math.max(0, gx1 - ax1)) / w) : gx0 < ax0 || gx0 > ax1 ? 1 : 0;
  const upDown = h > 0 ? Math.min(1, (Math.max(0, ay0 - gy0) + Math.max(0, gy1 - ay1)) / h) : 0;
  return Math.max(across, upDown);
}

/** A glyph read (its centre inside) but sticking out of the area a reader sees by more than this share of it is cut. */
const STICKS_OUT = 0.25;

/** Stretches of text outside the visible area kept per page, at most (off-page.ts): a page of more is no layout that merely overflows. */
const MAX_OFF_TEXT = 4096;

/**
 * Keeps a stretch of text outside the area a reader sees, or sticking out of it (off-page.ts), in
 * `list`: null, and nothing kept, past MAX_OFF_TEXT or when its position is no finite number.
 * `partly` and `read` set OffText's flags; the caller sets beyondPage (its test costs a little).
 */
function keepOffView(list: OffText[], text: string, x0: number, x1: number, baseline: number, size: number, turn: Turn, color: Hex, partly: boolean, read: boolean): OffText | null {
  if (list.length >= MAX_OFF_TEXT || !Number.isFinite(x0 + x1 + baseline)) return null;
  const kept: OffText = { text, x0, x1, baseline, size, turn, color };
  if (partly) kept.partly = true;
  if (read) kept.read = true;
  list.push(kept);
  return kept;
}

/** Pairs of letters an operator sets, at least, for their usual gap to be measured. */
const LETTER_PAIRS = 4;

/**
 * Marks the last pieces drawn (a few: fake bold draws the text twice) that end where a space drawn
 * alone starts, on its baseline, as followed by a space (Glyph.spaceAfter).
 */
function spaceFollows(glyphs: Glyph[], x: number, baseline: number, size: number, turn: Turn): void {
  const near = SPACE_NEAR * size;
  // Letter spacing drawn as pen moves puts the space that far after the text's end (Chromium's
  // CSS letter-spacing): up to a column gap.
  const reach = COLUMN_GAP * size;
  // Of those, the ones ending last (the copies of the text just before the space): a letter
  // before it, drawn on its own and ending within reach too (Chromium draws each glyph), is not.
  let last = -Infinity;
  for (let k = glyphs.length - 1; k >= 0 && k >= glyphs.length - 4; k--) {
    const g = glyphs[k];
    if (g.turn === turn && Math.abs(g.baseline - baseline) <= near && x - g.end >= -near && x - g.end <= reach && g.end > last) last = g.end;
  }
  for (let k = glyphs.length - 1; k >= 0 && k >= glyphs.length - 4; k--) {
    const g = glyphs[k];
    if (g.turn === turn && Math.abs(g.baseline - baseline) <= near && x - g.end >= -near && x - g.end <= reach && g.end >= last - SPACE_COPY * size) g.spaceAfter = true;
  }
}
/** How far apart (× type size) the ends of copies of one text may be (fake bold draws them a fraction of a point apart). */
const SPACE_COPY = 0.1;
/** How far (× type size) a space drawn alone may stand from the end of the text it follows, across the baseline and back along it. */
const SPACE_NEAR = 0.3;

/** A box drawn after the glyph lies over its core (covers.ts): two points above its baseline, in its frame. */
function coveredAt(covers: CoverIndex, turn: Turn, x: number, baseline: number, low: number, high: number, pageBox: Box, seq: number): boolean {
  const [ax, ay] = fromFrame(turn, x, baseline - low, pageBox);
  const [bx, by] = fromFrame(turn, x, baseline - high, pageBox);
  return covers.hides(ax, ay, bx, by, seq);
}

/**
 * The quarter turn of a baseline direction (dx, dy) on the displayed page (y down), or null when
 * it is skewed: 0 runs right, 1 runs down, 2 runs left, 3 runs up.
 */
function quarterTurn(dx: number, dy: number): Turn | null {
  const ax = Math.abs(dx), ay = Math.abs(dy);
  if (ay < 0.05 * ax) return dx > 0 ? 0 : 2;
  if (ax < 0.05 * ay) return dy > 0 ? 1 : 3;
  return null;
}

/** Unit vector of each turn's reading direction in device space. */
const UNIT: Record<Turn, [number, number]> = { 0: [1, 0], 1: [0, 1], 2: [-1, 0], 3: [0, -1] };

const FILL_OPS = new Set<number>([OP.fill, OP.eoFill, OP.fillStroke, OP.eoFillStroke, OP.closeFillStroke, OP.closeEOFillStroke]);
const STROKE_OPS = new Set<number>([OP.stroke, OP.closeStroke, OP.fillStroke, OP.eoFillStroke, OP.closeFillStroke, OP.closeEOFillStroke]);

/** A path: updates the clip, records filled areas (per subpath) and straight strokes. */
function path(args: unknown[], s: State, clip: boolean, hidden: boolean, seq: number, out: PageContent, unknownFills: Fill[]): void {
  const [paintOp, data, minMax] = args as [number, (ArrayLike<number> | null)[], ArrayLike<number> | null];
  if (clip && minMax) {
    // A clip path's bounding box: exact for the rectangles word processors use.
    s.clip = intersect(s.clip, transformBox(s.ctm, minMax[0], minMax[1], minMax[2], minMax[3]));
  }
  const alpha = s.fillAlpha * s.groupAlpha;
  // A fill of a pattern (a gradient): its one colour, its shade, or not known (shadings.ts).
  const paint = s.fill === null ? s.fillPaint : null;
  const colour = s.fill ?? (paint !== null && paint !== 'unknown' && 'color' in paint ? paint.color : null);
  // In a hidden layer nothing is painted: no background, no border, no cover.
  const fills = FILL_OPS.has(paintOp) && (colour !== null || paint !== null) && alpha > 0 && !s.masked && !hidden;
  const strokes = STROKE_OPS.has(paintOp) && !s.masked && !hidden;
  if (!fills && !strokes) return;
  const d = data?.[0];
  if (!d) return;
  // A frame (a rectangle with a rectangle cut out of it: WeasyPrint's cell borders) paints its ring only.
  const frames = fills && d.length <= FRAME_PATH_MAX ? framesOf(d, EVEN_ODD_OPS.has(paintOp)) : null;
  let subpath = -1;
  // Walk the drawing codes once: subpath boxes for fills, straight segments for strokes.
  let bx0 = Infinity, by0 = Infinity, bx1 = -Infinity, by1 = -Infinity;
  let sx = 0, sy = 0, px = 0, py = 0;
  // A small closed shape only stroked (a ring, a hollow square): a drawn bullet, maybe (rings).
  const rings = strokes && !fills && s.stroke !== null && s.strokeAlpha * s.groupAlpha > 0 && out.rings.length < MAX_RINGS;
  let closed = false;
  const flush = () => {
    if (rings && closed && bx0 <= bx1 && by0 <= by1) ring(bx0, by0, bx1, by1);
    closed = false;
    if (bx0 <= bx1 && by0 <= by1 && fills) {
      const frame = frames?.[subpath];
      if (frame === undefined) fill(bx0, by0, bx1, by1);
      else if (frame !== null) {
        // Its ring, as four strips (thin ones are the borders they are: rulings); the hole paints nothing.
        const [ix0, iy0, ix1, iy1] = frame;
        const strips: Box[] = [[bx0, by0, bx1, iy0], [bx0, iy1, bx1, by1], [bx0, iy0, ix0, iy1], [ix1, iy0, bx1, iy1]];
        for (const [x0, y0, x1, y1] of strips) {
          if (!(x0 < x1 && y0 < y1)) continue;
          CORNERS[0] = x0; CORNERS[1] = y0; CORNERS[2] = x1; CORNERS[3] = y0; CORNERS[4] = x1; CORNERS[5] = y1; CORNERS[6] = x0; CORNERS[7] = y1;
          cornerCount = 8;
          curved = false;
          fill(x0, y0, x1, y1);
        }
      }
    }
    bx0 = by0 = Infinity;
    bx1 = by1 = -Infinity;
    curved = false;
    cornerCount = 0;
  };
  const fill = (bx0: number, by0: number, bx1: number, by1: number) => {
    {
      const box = intersect(transformBox(s.ctm, bx0, by0, bx1, by1), s.clip);
      if (box[0] < box[2] && box[1] < box[3] && s.fill === null) paintFill(out, unknownFills, box, paint, alpha, seq);
      else if (box[0] < box[2] && box[1] < box[3]) {
        // A see-through fill (a highlight at 35 %) is seen over the white page.
        addFill(out, box, alpha < 1 ? blend(s.fill!, WHITE, alpha) : s.fill!, seq);
        // Painted opaque, or nearly (covers.ts COVER_ALPHA), after some text: perhaps over it, hiding it.
        const opaque = alpha >= COVER_ALPHA && !s.blend && !s.smask;
        // Painted see-through after some text: perhaps a highlight flattened over it (keepOverlays),
        // read in the highlighter's own colour, as highlight annotations are.
        if (!opaque && (alpha < 1 || s.blend) && out.glyphs.length && box[2] - box[0] > 2.5 && box[3] - box[1] > 2.5) {
          addOverlay(out, { box, color: s.fill!, seq });
        }
        // Only where it surely covers: a rectangle whole, a curved shape (a rounded sticker, a disc)
        // inside the ellipse its box holds; another polygon not at all.
        if (opaque && out.glyphs.length && box[2] - box[0] > 2.5 && box[3] - box[1] > 2.5) {
          const color = alpha < 1 ? blend(s.fill!, WHITE, alpha) : s.fill!;
          if (curved && upright(s.ctm)) addCover(out, { box: transformBox(s.ctm, bx0, by0, bx1, by1), color, seq, round: true, clip: s.clip });
          else if (!curved && isRectangle(s.ctm, CORNERS, cornerCount, bx0, by0, bx1, by1)) addCover(out, { box, color, seq });
        }
        // Before any text, opaque, over the page (its margins aside): the page's colour (PageContent.pageColour).
        if (!out.glyphs.length && alpha === 1 && !s.blend && !s.smask && box[2] - box[0] >= PAGE_SHARE * out.width && box[3] - box[1] >= PAGE_SHARE * out.height && !curved && isRectangle(s.ctm, CORNERS, cornerCount, bx0, by0, bx1, by1)) {
          out.pageColour = s.fill!;
        }
      }
    }
  };
  const ring = (bx0: number, by0: number, bx1: number, by1: number) => {
    // Its box in device space, grown by half the line's width (the ring as drawn).
    const box = transformBox(s.ctm, bx0, by0, bx1, by1);
    const half = (s.lineWidth * Math.hypot(s.ctm[0], s.ctm[1])) / 2;
    if (!(half >= 0) || box[2] - box[0] > MAX_RING || box[3] - box[1] > MAX_RING) return;
    out.rings.push({ box: [box[0] - half, box[1] - half, box[2] + half, box[3] + half], color: s.stroke!, seq });
  };
  // The subpath's shape, to tell a rectangle: its vertices (a few), and whether it has curves.
  // (In one array for every path: a path op is drawn thousands of times on a page of tables.)
  let curved = false;
  let cornerCount = 0;
  const vertex = (x: number, y: number) => {
    if (cornerCount <= 12) {
      CORNERS[cornerCount++] = x;
      CORNERS[cornerCount++] = y;
    }
  };
  const grow = (x: number, y: number) => {
    if (x < bx0) bx0 = x;
    if (x > bx1) bx1 = x;
    if (y < by0) by0 = y;
    if (y > by1) by1 = y;
  };
  // A wide see-through stroke after some text: a highlighter pen drawn into the page (Xournal++).
  // Its segments, grown by half its width, are kept as overlays, a stretch at a time.
  const penWidth = strokes && s.stroke !== null && (s.strokeAlpha < 1 || s.blend) && s.strokeAlpha > 0 && out.glyphs.length
    ? s.lineWidth * Math.hypot(s.ctm[0], s.ctm[1]) : 0;
  const pen = penWidth >= MARKER_WIDTH;
  let run: Box | null = null;
  const endRun = () => {
    if (run) addOverlay(out, { box: intersect(run, s.clip), color: s.stroke!, seq });
    run = null;
  };
  const segment = (x: number, y: number) => {
    if (strokes) addRuling(out, s.ctm, px, py, x, y, s.lineWidth, s.stroke);
    if (pen) penSegment(x, y);
  };
  const penSegment = (x: number, y: number) => {
    const m = s.ctm, half = penWidth / 2;
    const ax = m[0] * px + m[2] * py + m[4], ay = m[1] * px + m[3] * py + m[5];
    const bx = m[0] * x + m[2] * y + m[4], by = m[1] * x + m[3] * y + m[5];
    const box: Box = [Math.min(ax, bx) - half, Math.min(ay, by) - half, Math.max(ax, bx) + half, Math.max(ay, by) + half];
    const grown: Box | null = run ? [Math.min(run[0], box[0]), Math.min(run[1], box[1]), Math.max(run[2], box[2]), Math.max(run[3], box[3])] : null;
    // One stretch while it stays a band about as thick as the pen (along a line of text).
    if (grown && Math.min(grown[2] - grown[0], grown[3] - grown[1]) <= 1.5 * penWidth) run = grown;
    else {
      endRun();
      run = box;
    }
  };
  for (let k = 0; k < d.length; ) {
    switch (d[k++]) {
      case DRAW.moveTo:
        flush();
        subpath++;
        if (pen) endRun();
        px = sx = d[k++];
        py = sy = d[k++];
        grow(px, py);
        vertex(px, py);
        break;
      case DRAW.lineTo: {
        const x = d[k++], y = d[k++];
        segment(x, y);
        grow(x, y);
        vertex(x, y);
        px = x;
        py = y;
        break;
      }
      case DRAW.curveTo:
        curved = true;
        for (let j = 0; j < 3; j++) grow(d[k + 2 * j], d[k + 2 * j + 1]);
        if (pen) penSegment(d[k + 4], d[k + 5]);
        px = d[k + 4];
        py = d[k + 5];
        k += 6;
        break;
      case DRAW.quadraticCurveTo:
        curved = true;
        grow(d[k], d[k + 1]);
        grow(d[k + 2], d[k + 3]);
        if (pen) penSegment(d[k + 2], d[k + 3]);
        px = d[k + 2];
        py = d[k + 3];
        k += 4;
        break;
      case DRAW.closePath:
        closed = true;
        segment(sx, sy);
        px = sx;
        py = sy;
        break;
      default:
        k = d.length; // unknown code: stop rather than misread the rest
    }
  }
  flush();
  if (pen) endRun();
}

/**
 * The share of the page's width and height a fill must cover to be the page's colour
 * (PageContent.pageColour): LibreOffice and Word fill the whole page; Chromium and WeasyPrint paint
 * a page's `html { background }` inside its printing margins (91 % by 93 % of US Letter at Chromium's
 * default 0.39 in; 81 % by 87 % of A4 at WeasyPrint's 75 px; 76 % of US Letter's width inside inch
 * margins). Only a colour every page with text stands on is taken for the page's (page-colour.ts).
 */
const PAGE_SHARE = 0.75;
/** Stroked closed shapes kept per page at most (rings), and the widest (points) kept: a bullet is small. */
const MAX_RINGS = 4096;
const MAX_RING = 12;

const EVEN_ODD_OPS = new Set<number>([OP.eoFill, OP.eoFillStroke, OP.closeEOFillStroke]);
/**
 * Paths longer than this (numbers of drawing data) are not looked at for frames: a frame is two
 * rectangles, or two rounded ones (WeasyPrint's `border-radius`: 4 lines and 4 curves each, 86).
 */
const FRAME_PATH_MAX = 200;
/** At most this many subpaths are looked at for frames. */
const FRAME_SUBPATHS_MAX = 8;
/** A curved frame smaller than this (points, user space) either way is read filled: a drawn ring bullet, no box holding text. */
const FRAME_CURVED_MIN = MAX_RING;
/** Each subpath's box (x0, y0, x1, y1) and the signed area of its outline (framesOf), for every path. */
const FRAME_BOXES = new Float64Array(4 * FRAME_SUBPATHS_MAX);
const FRAME_AREAS = new Float64Array(FRAME_SUBPATHS_MAX);

/**
 * The frames of a short path (user space): for each subpath by its number, undefined when it fills
 * its box (as any subpath), null when it is a hole cut out of another (it paints nothing), or the
 * hole's box when it has one subpath inside it cut out (it paints its ring). Inside another, a subpath
 * is a hole under the even-odd rule, and under the nonzero rule when drawn the other way round (PDF
 * 32000 §8.5.3.3), straight-sided or curved (WeasyPrint's rounded borders): each subpath's box is its
 * points' and control points', its way round the sign of its outline's area through them. Anything
 * else (a hole in a hole, two holes in one) is read as before: null for the whole path.
 */
function framesOf(d: ArrayLike<number>, evenOdd: boolean): (Box | null | undefined)[] | null {
  const boxes = FRAME_BOXES, areas = FRAME_AREAS;
  let n = 0;
  let curved = false;
  // The pen, and where the subpath began (its outline closes back there: a fill closes it).
  let px = 0, py = 0, sx = 0, sy = 0;
  const to = (x: number, y: number) => {
    const b = 4 * (n - 1);
    if (x < boxes[b]!) boxes[b] = x;
    if (y < boxes[b + 1]!) boxes[b + 1] = y;
    if (x > boxes[b + 2]!) boxes[b + 2] = x;
    if (y > boxes[b + 3]!) boxes[b + 3] = y;
    areas[n - 1] += px * y - x * py;
    px = x;
    py = y;
  };
  for (let k = 0; k < d.length; ) {
    const op = d[k++];
    if (op === DRAW.moveTo) {
      if (n > 0) to(sx, sy);
      if (n === FRAME_SUBPATHS_MAX) return null;
      px = sx = d[k++]!;
      py = sy = d[k++]!;
      const b = 4 * n;
      boxes[b] = boxes[b + 2] = px;
      boxes[b + 1] = boxes[b + 3] = py;
      areas[n++] = 0;
    } else if (n === 0) return null;
    else if (op === DRAW.lineTo) {
      to(d[k]!, d[k + 1]!);
      k += 2;
    } else if (op === DRAW.curveTo) {
      curved = true;
      to(d[k]!, d[k + 1]!);
      to(d[k + 2]!, d[k + 3]!);
      to(d[k + 4]!, d[k + 5]!);
      k += 6;
    } else if (op === DRAW.quadraticCurveTo) {
      curved = true;
      to(d[k]!, d[k + 1]!);
      to(d[k + 2]!, d[k + 3]!);
      k += 4;
    } else if (op === DRAW.closePath) to(sx, sy);
    else return null;
  }
  if (n < 2) return null;
  to(sx, sy);
  let result: (Box | null | undefined)[] | null = null;
  for (let i = 0; i < n; i++) {
    const o0 = boxes[4 * i]!, o1 = boxes[4 * i + 1]!, o2 = boxes[4 * i + 2]!, o3 = boxes[4 * i + 3]!;
    // A subpath with no area paints nothing and cuts nothing.
    if (areas[i] === 0 || (curved && (o2 - o0 < FRAME_CURVED_MIN || o3 - o1 < FRAME_CURVED_MIN))) continue;
    for (let j = 0; j < n; j++) {
      const h0 = boxes[4 * j]!, h1 = boxes[4 * j + 1]!, h2 = boxes[4 * j + 2]!, h3 = boxes[4 * j + 3]!;
      if (i === j || areas[j] === 0 || !(o0 <= h0 && o1 <= h1 && h2 <= o2 && h3 <= o3) || (o0 === h0 && o1 === h1 && o2 === h2 && o3 === h3)) continue;
      if (!evenOdd && Math.sign(areas[i]!) === Math.sign(areas[j]!)) continue;
      result ??= new Array<Box | null | undefined>(n).fill(undefined);
      // A hole in a hole, or two holes in one frame: not read as frames.
      if (result[i] !== undefined || result[j] !== undefined) return null;
      result[i] = [h0, h1, h2, h3];
      result[j] = null;
    }
  }
  return result;
}

/** The matrix keeps a box's sides upright on the page (no turn but quarter turns, no skew). */
function upright(m: Matrix): boolean {
  return (Math.abs(m[1]) < 1e-6 && Math.abs(m[2]) < 1e-6) || (Math.abs(m[0]) < 1e-6 && Math.abs(m[3]) < 1e-6);
}

/** The vertices of the subpath being drawn (path): x, y, up to seven of them. */
const CORNERS = new Float64Array(14);

/** A subpath of straight lines is a rectangle upright on the page: its vertices at its box's corners. */
function isRectangle(m: Matrix, corners: Float64Array, count: number, x0: number, y0: number, x1: number, y1: number): boolean {
  if (!upright(m) || count < 8 || count > 10) return false;
  const eps = 1e-3 * Math.max(1, x1 - x0, y1 - y0);
  for (let i = 0; i < count; i += 2) {
    const x = corners[i]!, y = corners[i + 1]!;
    if ((Math.abs(x - x0) > eps && Math.abs(x - x1) > eps) || (Math.abs(y - y0) > eps && Math.abs(y - y1) > eps)) return false;
  }
  return true;
}

/**
 * A shading painted over the clip (`sh`): a fill of the clip's box (where the page is, in a hidden
 * layer or a soft mask nothing).
 */
function shading(paint: Paint, s: State, hidden: boolean, seq: number, out: PageContent, unknownFills: Fill[]): void {
  const alpha = s.fillAlpha * s.groupAlpha;
  if (hidden || s.masked || !(alpha > 0)) return;
  const box = intersect(s.clip, [0, 0, out.width, out.height]);
  if (box[0] < box[2] && box[1] < box[3]) paintFill(out, unknownFills, box, paint, alpha, seq);
}

/**
 * A box filled with a pattern (`paint`, null: a transparent one, nothing): a fill of its one colour
 * or of its shade (Fill.shade, the colour at its middle for what reads fills by colour), or an area
 * whose colour is not known, for the text on it to be said.
 */
function paintFill(out: PageContent, unknownFills: Fill[], box: Box, paint: Paint | null, alpha: number, seq: number): void {
  if (paint === null) return;
  if (paint === 'unknown') {
    if (box[2] - box[0] > 2.5 && box[3] - box[1] > 2.5 && unknownFills.length < LIMITS.fillsPerPage) unknownFills.push({ box, color: WHITE, seq });
    return;
  }
  if ('color' in paint) {
    addFill(out, box, alpha < 1 ? blend(paint.color, WHITE, alpha) : paint.color, seq);
    return;
  }
  // A see-through shade: not known either (what shows through it varies too).
  if (alpha < 1) {
    paintFill(out, unknownFills, box, 'unknown', alpha, seq);
    return;
  }
  // About one colour all over the box (yellow fading into gold): a fill of that colour.
  const one = paint.shade.over(box);
  const fill = addFill(out, box, one ?? paint.shade.at((box[0] + box[2]) / 2, (box[1] + box[3]) / 2), seq);
  if (fill && one === null) fill.shade = paint.shade;
}

/** Thin filled rectangles are drawn rules (table borders, underlines), not backgrounds. */
function addFill(out: PageContent, box: Box, color: Hex, seq: number): Fill | undefined {
  if (out.rulings.length >= LIMITS.rulingsPerPage) throw new LimitExceeded('drawn lines', LIMITS.rulingsPerPage, 'rulingsPerPage');
  const w = box[2] - box[0];
  const h = box[3] - box[1];
  if (w <= 2.5 || h <= 2.5) {
    if (w > 3 && h <= 2.5) out.rulings.push({ horizontal: true, at: (box[1] + box[3]) / 2, from: box[0], to: box[2], width: h, color });
    else if (h > 3 && w <= 2.5) out.rulings.push({ horizontal: false, at: (box[0] + box[2]) / 2, from: box[1], to: box[3], width: w });
    return;
  }
  if (out.fills.length >= LIMITS.fillsPerPage) throw new LimitExceeded('filled areas', LIMITS.fillsPerPage, 'fillsPerPage');
  const fill: Fill = { box, color, seq };
  out.fills.push(fill);
  return fill;
}

function addRuling(out: PageContent, m: Matrix, ux0: number, uy0: number, ux1: number, uy1: number, lineWidth: number, color: Hex | null): void {
  if (out.rulings.length >= LIMITS.rulingsPerPage) throw new LimitExceeded('drawn lines', LIMITS.rulingsPerPage, 'rulingsPerPage');
  const x0 = m[0] * ux0 + m[2] * uy0 + m[4], y0 = m[1] * ux0 + m[3] * uy0 + m[5];
  const x1 = m[0] * ux1 + m[2] * uy1 + m[4], y1 = m[1] * ux1 + m[3] * uy1 + m[5];
  if (!Number.isFinite(x0 + y0 + x1 + y1)) return;
  // Drawn thickness across the line, in device space (a zero width is the thinnest line).
  if (Math.abs(y1 - y0) < 1 && Math.abs(x1 - x0) > 3) {
    const ruling: Ruling = { horizontal: true, at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1), width: lineWidth * Math.hypot(m[2], m[3]) };
    if (color) ruling.color = color;
    out.rulings.push(ruling);
  } else if (Math.abs(x1 - x0) < 1 && Math.abs(y1 - y0) > 3) {
    out.rulings.push({ horizontal: false, at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1), width: lineWidth * Math.hypot(m[0], m[1]) });
  }
}
