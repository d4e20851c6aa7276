import type { BackgroundKind, Hex, Run, TableCell } from '../../model.js';
import type { FontEmphasis } from './emphasis.js';

/**
 * Shared shapes of the PDF reader. Every coordinate is in "device" space: PDF points on the
 * page as displayed (rotation applied), origin top-left, y growing downwards.
 */

/**
 * Visible text in drawing order: one glyph, or consecutive glyphs of one text-showing operator
 * with one colour and background, words already spaced inside. Grouping them keeps a long
 * script's object count (and garbage collection) down; backgrounds are still judged per glyph.
 */
export interface Glyph {
  /** Unicode text (ligatures already expanded). */
  text: string;
  /** Left edge of the first glyph and right edge of the last one along the baseline. */
  x0: number;
  x1: number;
  /** Where the pen would stand after the glyph (advance plus character spacing). */
  end: number;
  baseline: number;
  /** Font size on the page, in points. */
  size: number;
  color: Hex;
  background: Hex | null;
  backgroundKind?: BackgroundKind;
  /** A space glyph was drawn just before this one in the same text run. */
  spaceBefore: boolean;
  /** When the text holds several words: right edge of the first one (to judge line fullness). */
  firstWordEnd: number | undefined;
  /**
   * When the text holds several words: the widest word space inside it, letter to letter (points).
   * A justified line's stretched spaces are about even, so this tells what a wide gap beside the
   * piece is (lines.ts, stretchedSpaces).
   */
  widestSpace?: number;
  /** A space glyph was drawn between two of its words (its producer draws its spaces). */
  drawnSpace?: true;
  /**
   * A space glyph was drawn just after it, at the end of its text operator (LibreOffice draws
   * "使用 " and "iPhone" apart): the gap after it is a typed space, never East Asian autospace.
   */
  spaceAfter?: true;
  /** Drawing order on the page (ties at one x keep it). */
  seq: number;
  /** Its fill lets what is under it show (an opacity below 1): a copy of it drawn over other text is not what a reader reads. */
  seeThrough?: true;
  /**
   * Which way the text runs on the page as displayed, in quarter turns clockwise (0: left to right,
   * 1: top to bottom, 2: upside down, 3: bottom to top). Coordinates are in that text's own upright
   * frame: the page turned so that the text reads left to right.
   */
  turn: Turn;
  /** A strike line crosses it (strike.ts): a reader sees it cut. */
  struck?: true;
  /**
   * In a tagged PDF, whether the structure puts it in a list item (/LI: a list's number or bullet,
   * or its text) or not (a paragraph of its own); unset where nothing says (an untagged PDF).
   */
  listed?: boolean;
  /**
   * Drawn inside marked content tagged /Artifact (a tagged PDF's mark for what is not the
   * document's content: page headers and footers, page numbers, decorations; PDF 32000 §14.8.2.2).
   */
  artifact?: true;
  /** Inserted text of tracked changes shown (markup.ts): underlined in a reviewer's colour beside a change bar. */
  revision?: true;
  /** What its font's name tells of its emphasis (emphasis.ts): one shared object per emphasis. */
  emphasis?: FontEmphasis;
}

/** A stretch of glyphs of one text operator outside the visible area (or a glyph read but sticking out of it). */
export interface OffText {
  text: string;
  /** In the upright frame of its text (Glyph's coordinates). */
  x0: number;
  x1: number;
  baseline: number;
  size: number;
  turn: Turn;
  color: Hex;
  /** Seen in part: its box crosses the edge (or one of its glyphs' boxes does). */
  partly?: true;
  /** Read all the same (its centre is inside: a glyph sticking out of the area). */
  read?: true;
  /** Outside the page itself (its crop box), not only a clip's area. */
  beyondPage?: true;
}

/** A run of a line: struck through (strike.ts) or not; the reader leaves struck runs out of the Script. */
export type LineRun = Run & { struck?: true };

/** Quarter turns clockwise of a page frame. */
export type Turn = 0 | 1 | 2 | 3;

/** An axis-aligned rectangle [x0, y0, x1, y1] with x0 <= x1, y0 <= y1. */
export type Box = [number, number, number, number];

/** A filled area (path fill or annotation quad) that may lie behind text. */
/** What a gradient fill tells of its colours (shadings.ts Shade): over a box of the page, one colour or null when they differ. */
export interface ShadeLike {
  over(box: readonly [number, number, number, number]): Hex | null;
}

export interface Fill {
  box: Box;
  color: Hex;
  seq: number;
  /**
   * A curved shape (covers.ts): it surely covers only the ellipse its box holds (a disc, a rounded
   * sticker), within `clip`.
   */
  round?: true;
  clip?: Box;
  /** Painted by an axial shading (a gradient): its colour varies over the box (shadings.ts Shade). */
  shade?: ShadeLike;
  /** Cached background object for glyphs over this fill (null: white). */
  background?: { color: Hex; kind: BackgroundKind } | null;
}

/** A picture painted over text (PageContent.pictures): its box, when it was painted, and its image (pdf.js's object id, or an inline image's data). */
export interface Picture {
  box: Box;
  seq: number;
  image: unknown;
}

/** A straight horizontal or vertical stroke: candidate table border. */
export interface Ruling {
  horizontal: boolean;
  /** y for horizontal rulings, x for vertical ones. */
  at: number;
  from: number;
  to: number;
  /** How thick the line is drawn, when known. */
  width?: number;
  /** The colour it is drawn in, when known (an underline or strike in the text's own colour: markup.ts). */
  color?: Hex;
}

/** What one page's operator list holds for us. */
export interface PageContent {
  page: number;
  width: number;
  height: number;
  glyphs: Glyph[];
  fills: Fill[];
  rulings: Ruling[];
  /**
   * Small closed shapes stroked, not filled (a ring, a hollow square): what Chromium draws for a
   * `list-style: circle` bullet (drawn-bullets.ts). Not backgrounds: nothing is filled.
   */
  rings: Fill[];
  /**
   * The colour of an opaque rectangle covering the page (its margins aside), drawn before any text
   * (LibreOffice's and Word's page colour, a browser's `html { background }`, a slide's background):
   * the page's own colour, the last such one drawn.
   */
  pageColour?: Hex;
  /** Glyphs dropped because their baseline is neither horizontal nor vertical (or the font is vertical). */
  rotatedGlyphs: number;
  /** Glyphs drawn invisible (text rendering mode 3): the text layer OCR lays over the pictures of a scan. */
  invisibleGlyphs: number;
  /** Pictures painted (image XObjects, inline images, image masks): a page of them and no text is a scan. */
  images: number;
  /**
   * Visible glyphs whose text is a control character: a font with no Unicode map for them (TeX's
   * Type 3 bitmap fonts give its ligatures and dashes as their slot numbers). Their letters are lost.
   */
  unmappedGlyphs: number;
  /** A few words where letters were lost, as read (to quote in the warning). */
  unmappedWords: string[];
  /**
   * Text drawn into a soft mask: the shape something else is painted through (Chromium's CSS
   * `background-clip: text`, gradient titles). Seen, in colours the walk does not follow: said
   * (index.ts), not read.
   */
  masked: Glyph[];
  /** Text painted over by an opaque box drawn after it (covers.ts): no reader sees it; said, not read. */
  covered: Glyph[];
  /** Text outside the page's visible area or a clip's, or read but sticking out of it (off-page.ts): what cuts a line. */
  offView?: OffText[];
  /**
   * Text in a Type 3 font whose glyphs paint their own colours, in more than one (or one not known)
   * within a run: read in the text's fill colour, which a reader may not see; said (index.ts).
   * How many glyphs, and the first of their text.
   */
  ownColours?: { glyphs: number; text: string };
  /**
   * Glyphs standing on a pattern whose colours are not known (a gradient through a soft mask, a
   * radial one, one going from one colour to another under a line): read as on no background, said.
   * The pieces (also in `glyphs`).
   */
  unknownBackground?: Glyph[];
  /** Ids of the annotations whose appearance the page shows (their drawing is skipped). */
  annotationIds: string[];
  /** See-through fills drawn over text drawn before them (flattened highlights), see operators.ts. */
  overlays?: Fill[];
  /** Opaque fills drawn over text drawn before them (covers.ts). */
  covers?: Fill[];
  /**
   * Pictures painted upright, in no see-through state, over text drawn before them (covers.ts):
   * covers when the picture itself is opaque (asked of pdf.js's image data by index.ts).
   */
  pictures?: Picture[];
  /** In a tagged PDF: the marked-content id (MCID) each text operator drew under, by its glyphs' seq. */
  mcids?: Map<number, number>;
}

/**
 * A visual line: glyphs sharing a baseline, left to right, with no wide gap inside. Kept as runs
 * of text (words already spaced) rather than glyphs, so a long document's glyphs can be freed
 * page by page.
 */
export interface Line {
  runs: LineRun[];
  /** The line's text (runs joined). */
  text: string;
  x0: number;
  x1: number;
  baseline: number;
  size: number;
  /** Width of the first word: would it have fitted at the end of the line above? */
  firstWordWidth: number;
  /** When the line opens with a list's marker (a bullet, "1."): where the item's text starts. */
  itemText?: number;
  /** The text column it sits in ("layout:column"), when the page has columns at its height. */
  column?: string;
  /** Note calls: digits or * † ‡ set small and raised (superscript), with where they stand in `text`. */
  marks?: { text: string; at: number }[];
  /**
   * Read as one line across a wide gap with nothing beside its right part (lines.ts, mergeTabGaps),
   * though the line under it (`next`, its text) may be a borderless table's left cell going on
   * beside a one-line right cell: said in a warning.
   */
  acrossGap?: { next: string };
  /**
   * Read as two words across one wide gap, a justified line's stretched space, with no other space
   * in the line to tell it from a tab by (lines.ts, stretchedSpaces): said in a warning.
   */
  loneGap?: true;
  /** It reads right to left (bidi.ts): its text was put in reading order. */
  rtl?: true;
  /** It holds letters of both directions near evenly (bidi.ts): the order of its parts is a guess, said in a warning. */
  bidiUnsure?: true;
  /** Every glyph of it drawn as an /Artifact (Glyph.artifact): furniture where it stands apart (furniture.ts). */
  artifact?: true;
  /**
   * It closes with a hyphen drawn by a text operator of its own, right after a piece of two letters
   * or more in the same look ending in a letter: LibreOffice draws its hyphenation hyphen so (a
   * typed one within the word's piece). hyphenation.ts
   */
  hyphenApart?: true;
}

/** Lines stacked closely one under another in one column: one or more paragraphs. */
export interface Block {
  lines: Line[];
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Set when the block is the content of a table cell. */
  cell?: TableCell;
}
