/**
 * Streams a story part (document.xml, a header, footnotes…) and collects the text a reader sees,
 * paragraph by paragraph, with each run's own formatting and its paragraph/table context.
 * Colours are resolved afterwards (a table's last row is only known at its end).
 *
 * What is read follows REFERENCE.md "Which text is really read": tracked changes as accepted,
 * field codes dropped and results kept, one branch of mc:AlternateContent, text boxes as their
 * own story, content-control placeholders and tables of contents set apart (`placeholders`, `tocEntries`).
 */
import type { Story } from '../../model.js';
import { LIMITS, overLimit } from '../limits.js';
import type { Cascade, CellContext, ParagraphContext, TableContext } from './cascade.js';
import type { ParagraphIndents } from './indent.js';
import type { Styles } from './styles.js';
import { readCellShading, readParaProps, readRunProps, readTableProps, type DrawingColour, type ColorSpec, type ParaProps, type RunProps, type ShapeFill, type ShdSpec, type TableProps } from './properties.js';
import { normaliseHex } from '../../colour/hex.js';
import { mathNode, writeEquation, type MathNode } from './math.js';
import { attributesOf, child, children, Ns, TreeBuilder, xmlText, type ElementBlocks, type XmlElement, type XmlHandlers, type XmlTag } from './xml.js';
import { normaliseSpace, readText } from '../../text/words.js';
import type { BindingResult, DataBinding } from './binding.js';
import { dateShown, type DateControl } from './dates.js';

/** What a whole document has read so far, across its stories, against LIMITS. */
export interface ReadTally {
  paragraphs: number;
  runs: number;
  textChars: number;
}

export interface RawRun {
  text: string;
  props: RunProps;
  paragraph: ParagraphContext;
  /** The letters of a drop cap, joined to the paragraph they begin. */
  dropCap?: boolean;
  /** Text of a hyperlink: inside `w:hyperlink`, or the result of a HYPERLINK field (model.ts Run.link). */
  link?: true;
}

export interface RawParagraph {
  story: Story;
  context: ParagraphContext;
  runs: RawRun[];
  /** Paragraphs of text boxes anchored in this paragraph, read after it. */
  anchored: RawParagraph[];
  /** Table position for the location, 1-based table number. */
  tableNumber?: number;
  /**
   * Set on a paragraph that stands for a `w:altChunk` (no runs): content imported from another part
   * (a Word document, text, HTML, RTF…) that Word shows in its place. The reader puts the chunk's
   * paragraphs there, or says it could not (readers/docx/chunks.ts).
   */
  chunk?: AltChunk;
  /** A chunk whose content could not be put in its place: what it is, and why (said where it stands). */
  unread?: { kind: ChunkKind; why: string; part?: string };
  /** How the paragraph's runs are resolved, when not the script's own way: a Word document imported whole. */
  look?: Look;
  /** What stands in it that is said by number and place: tracked changes, equations, subdocuments (counters only). */
  marks?: ParagraphMarks;
  /**
   * The tracked changes of paragraphs deleted whole just before it (their text and their mark
   * deleted, as Word deletes a paragraph), one entry each: said at their own place, between the
   * paragraphs holding text around them, not in this paragraph (index.ts).
   */
  deletedBefore?: ParagraphMarks[];
  /**
   * What it held when it opened: the runs (how many) and the tracked changes of a paragraph before it
   * whose mark was deleted, which it carries on (`mark`: that mark was a tracked deletion), or changes
   * made before it opened. Tells its own text and changes from those it took on (closeParagraph).
   */
  openedWith?: { runs: number; marks: ParagraphMarks | null; mark: boolean };
  /** Stands for nothing but `deletedBefore` at the end of its story: paragraphs deleted whole last in it. */
  storyEnd?: true;
  /** In a notes part: the note (`w:footnote`, `w:endnote`) it belongs to, counted from 1 in the part. */
  note?: number;
}

/**
 * Things counted per paragraph while reading, said by how many and where (index.ts maps them to the
 * numbers of the paragraphs that hold text): tracked changes (`w:ins`, `w:del`, inserted or deleted rows,
 * cells and paragraph marks, moves (`w:moveTo`, its `w:moveFrom` not counted again), formatting changes `w:rPrChange`/`w:pPrChange`, those
 * that change a colour or a style among them), equations read as written (`m:oMath`) and subdocuments
 * of a master document (`w:subDoc`).
 */
export interface ParagraphMarks {
  insertions: number;
  deletions: number;
  /** Text moved here from elsewhere (`w:moveTo`): one move, its leaving (`w:moveFrom`) not counted again. */
  moves: number;
  formatting: number;
  colourChanges: number;
  equations: number;
  subdocuments: number;
}

export type MarkKind = keyof ParagraphMarks;

export function noMarks(): ParagraphMarks {
  return { insertions: 0, deletions: 0, moves: 0, formatting: 0, colourChanges: 0, equations: 0, subdocuments: 0 };
}

/** Adds `from`'s counts to `into`. */
export function addMarks(into: ParagraphMarks, from: ParagraphMarks): void {
  into.insertions += from.insertions;
  into.deletions += from.deletions;
  into.moves += from.moves;
  into.formatting += from.formatting;
  into.colourChanges += from.colourChanges;
  into.equations += from.equations;
  into.subdocuments += from.subdocuments;
}

/** How runs are resolved: a document's styles, theme and lists. */
export interface Look {
  styles: Styles;
  cascade: Cascade;
  indents: ParagraphIndents;
  /**
   * A Word document imported whole (`chunkPart`): the other way Word may show its runs (in its own
   * styles and theme, or in the script's), compared run by run and said where they differ.
   */
  other?: Cascade;
  chunkPart?: string;
  /** The imported document keeps its own styles (`w:matchSrc`): shown in them, `other` being the script's. */
  ownStyles?: boolean;
}

/** What a chunk's part is, by its content type (chunks.ts). */
export type ChunkKind = 'word' | 'text' | 'html' | 'mht' | 'rtf' | 'xml' | 'unknown';

/** A `w:altChunk`: its relationship, in the part it stands in, and whether it keeps its own styles (`w:matchSrc`). */
export interface AltChunk {
  id: string;
  part: string;
  matchSrc: boolean;
}

type Capture = 'pPr' | 'rPr' | 'tblPr' | 'tblPrEx' | 'trPr' | 'tcPr' | 'sdtPr';

interface OpenRun {
  props: RunProps;
  text: string;
  /** Its text so far is a hyperlink's (a run whose text goes in or out of a link is cut there: `emit`). */
  link?: boolean;
}

/**
 * A stack that keeps its store: V8 shrinks an array's store when pop() leaves it mostly empty, so a
 * plain array going from empty to one item and back for every paragraph, run or table cell would make
 * a new store each time (the reader's paragraph, run, table and cell stacks do just that).
 */
class Stack<T> {
  private readonly items: (T | undefined)[] = [];
  private size = 0;

  push(item: T): void {
    this.items[this.size++] = item;
  }

  pop(): T | undefined {
    if (this.size === 0) return undefined;
    const item = this.items[--this.size];
    this.items[this.size] = undefined;
    return item;
  }

  /** The item on top, if any. */
  top(): T | undefined {
    return this.size > 0 ? this.items[this.size - 1] : undefined;
  }
}

interface OpenTable {
  context: TableContext;
  number: number;
  row: number;
  column: number;
  /** The grid column (0-based) the row's next cell starts at: `w:gridBefore`, then each cell's `w:gridSpan`. */
  grid: number;
  /** The row's cell open or last closed. */
  cell?: CellContext | undefined;
  /** The row's cell that began a merge across (`w:hMerge w:val="restart"`): what a `w:hMerge` cell after it goes on. */
  across?: CellContext | undefined;
  /** By grid column, the last cell that began a merge down there (`w:vMerge w:val="restart"`): what a `w:vMerge` cell under it goes on. */
  down?: Map<number, CellContext>;
  /** The row's table-level property exceptions' shading (`w:tr/w:tblPrEx/w:shd`), for its cells. */
  rowShd?: ShdSpec | undefined;
}

/** Grid columns kept per table: more is no script's table (and Word allows 63). */
const MAX_GRID = 64;
/** The furthest grid column a row's cells are numbered to (a damaged row of thousands of cells each spanning MAX_GRID). */
const MAX_GRID_COLUMN = 1 << 20;

/**
 * A `w:gridCol`'s `w:w` in points: twips (ST_TwipsMeasure), or a number with a unit (Strict OOXML's
 * universal measure: `2.5in`, `5cm`, `12mm`, `36pt`, `3pc`, `3pi`); NaN when missing or unreadable.
 */
export function measureInPoints(value: string | undefined): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(mm|cm|in|pt|pc|pi)?\s*$/u.exec(value ?? '');
  if (!m) return NaN;
  const n = Number(m[1]);
  const unit = m[2];
  if (!unit) return n / 20;
  return n * { mm: 72 / 25.4, cm: 72 / 2.54, in: 72, pt: 1, pc: 12, pi: 12 }[unit]!;
}

/** Elements whose whole content is never script text. */
const SKIPPED = new Set(['rt', 'delText', 'delInstrText', 'sectPr', 'rPrChange', 'pPrChange', 'tblPrChange', 'tcPrChange', 'trPrChange', 'sectPrChange', 'numberingChange', 'commentRangeStart', 'commentRangeEnd']);

/** The property elements the readers interpret (see properties.ts); the rest of a block is not built. */
export const PROPERTY_ELEMENTS: ReadonlySet<string> = new Set([
  'color', 'highlight', 'shd', 'vanish', 'specVanish', 'webHidden', 'strike', 'dstrike', 'rStyle', 'pStyle', 'rPr', 'del', 'ins', 'moveFrom', 'moveTo',
  'framePr', 'tblStyle', 'tblLook', 'tblStyleRowBandSize', 'tblStyleColBandSize', 'showingPlcHdr', 'outlineLvl', 'ind', 'numPr', 'numId', 'ilvl', 'bidi', 'caps', 'vertAlign', 'i', 'b', 'rFonts', 'lang', 'docPartObj', 'docPartGallery',
  'textFill', 'textOutline', 'solidFill', 'gradFill', 'noFill', 'srgbClr', 'schemeClr', 'lumMod', 'lumOff', 'rPrChange', 'pPrChange', 'tcPrChange', 'tblPrChange', 'tcPr', 'tblPr',
  'trPrChange', 'cellIns', 'cellDel', 'cellMerge', 'iCs', 'bCs', 'rtl', 'cs',
  // Where a table cell stands in its table's grid (tcPr, trPr).
  'gridSpan', 'hMerge', 'vMerge', 'gridBefore',
  // A content control's kind and data binding (sdtPr).
  'dataBinding', 'text', 'dropDownList', 'comboBox', 'listItem', 'date', 'picture', 'alias', 'tag', 'checkbox', 'docPartList', 'group', 'citation', 'bibliography', 'equation',
  // A date picker's display (w:date), a repeating section and its items (Word 2013's w15:).
  'dateFormat', 'lid', 'storeMappedDataAs', 'storeMappedDateAs', 'calendar', 'repeatingSection', 'repeatingSectionItem',
]);

const SYMBOL_UPPER = 'ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ';
const SYMBOL_LOWER = 'αβχδεφγηιϕκλμνοπθρστυϖωξψζ';

/** `w:sym`: the Symbol font's letters are Greek; pictograph fonts give a private-use character (no letter, no word). */
export function symbolText(font: string | undefined, charHex: string | undefined): string {
  let code = Number.parseInt(charHex ?? '', 16);
  if (!Number.isFinite(code)) return '';
  if (code >= 0xf000 && code <= 0xf0ff) code -= 0xf000;
  if ((font ?? '').toLowerCase() === 'symbol') {
    if (code >= 0x41 && code <= 0x5a) return SYMBOL_UPPER[code - 0x41]!;
    if (code >= 0x61 && code <= 0x7a) return SYMBOL_LOWER[code - 0x61]!;
    if (code >= 0x20 && code < 0x7f) return String.fromCharCode(code);
  }
  return String.fromCharCode(0xf000 + (code & 0xff));
}

export class StoryReader implements XmlHandlers {
  resolvePrefix?: (prefix: string) => string | undefined;
  readonly paragraphs: RawParagraph[] = [];
  trackedChanges = false;
  /** Marks met where no paragraph was open to take them (a deleted row of a table ending the story): counted, placed nowhere. */
  readonly unplacedMarks: ParagraphMarks = noMarks();
  /** Marks met outside a paragraph, for the next paragraph that opens. */
  private pendingMarks: ParagraphMarks | null = null;
  /** The marks of paragraphs deleted whole, waiting for the next paragraph to open (RawParagraph.deletedBefore). */
  private pendingDeleted: ParagraphMarks[] | null = null;
  /** `w:subDoc`s met: the relationship id of each (a master document's subdocument, a file outside this one). */
  readonly subDocuments: string[] = [];
  /** The document's page colour (`w:document/w:background`), as written. */
  pageBackground?: ColorSpec;
  /** The page is filled with a picture, a gradient, a texture or a pattern (`w:background/v:background/v:fill`): no one colour. */
  pageFillEffect = false;
  /** The paragraph a math paragraph (`m:oMathPara`) just ended in, until text comes after it (pushRun). */
  private mathParaEnded: RawParagraph | null = null;
  /** The first equations read (`m:oMath`), as written, for the warning; and the one open, if any. */
  readonly equationTexts: string[] = [];
  private mathDepth = 0;
  private equationRead = false;
  /** The structures of the equation open (math.ts), outermost first; and the depth in a structure's properties (`m:dPr`…), 0 outside. */
  private readonly mathNodes: MathNode[] = [];
  private mathProps = 0;
  /** The part's root element, `document` for a WordprocessingML main part. */
  root: { ns: Ns; name: string } | null = null;

  private depth = 0;
  /** While ≥ 0, everything is ignored until the element opened at this depth closes. */
  private skipDepth = -1;
  private readonly names: string[] = [];
  private capture: { kind: Capture; builder: TreeBuilder; block: { scope: object; text: string } | null } | null = null;
  /** Set by parseXml: the element being opened, whole (xml.ts ElementBlocks). */
  blocks?: ElementBlocks;
  /** Property blocks read so far, by namespace scope and source: what each said. */
  private readonly knownBlocks = new Map<object, Map<string, KnownBlock>>();
  /** Where the pieces of the paragraph being read whole lie (readPlainParagraph): one array, reused. */
  private readonly plainMarks: number[] = [];
  /** What each run's block says, and its text, as read whole (readPlainParagraph): arrays reused. */
  private readonly plainSays: (BlockSays | null)[] = [];
  private readonly plainTexts: string[] = [];
  /** For plain paragraphs (readPlainParagraph), in one scope: the blocks last found, by kind. */
  private plain: { scope: object | null; pPr: { text: string; block: KnownBlock }[]; rPr: { text: string; block: KnownBlock }[] } = { scope: null, pPr: [], rPr: [] };
  private knownCount = 0;
  private readonly paragraphStack = new Stack<RawParagraph>();
  private readonly runStack = new Stack<OpenRun>();
  private readonly tableStack = new Stack<OpenTable>();
  private readonly cellStack = new Stack<CellContext>();
  private readonly storyStack: Story[];
  /** Complex fields open, outermost first. */
  private readonly fields: OpenField[] = [];
  /** Fields open in their code (before their separator), and tables of contents open in their result: what `emit` asks. */
  private openCodes = 0;
  private openTocs = 0;
  /** The outermost table-of-contents field open in its result, whose entries are being followed (see closeParagraph). */
  private tocField: OpenField | null = null;
  /** Where each text box or table-of-contents content control open began in `fields`: no field runs past its end. */
  private readonly fieldScopes: number[] = [];
  /** Fields begun so far in the part (their ordinals), and paragraphs opened so far (theirs). */
  private fieldCount = 0;
  private paragraphCount = 0;
  /** The ordinal of each paragraph open, innermost last. */
  private readonly paragraphOrdinals = new Stack<number>();
  /** Open paragraphs that hold a table-of-contents mark (a link to a `_Toc` bookmark, a PAGEREF field). */
  private readonly tocMarked = new Set<number>();
  /**
   * Fields whose end never came before the end of their story, text box or content control, where
   * they would have hidden what follows: the paragraph at whose end a second reading ends each
   * (`endFieldsAt`), and what to say about it.
   */
  readonly unterminated: UnterminatedField[] = [];
  /** Field ordinal → the paragraph at whose end it is taken to end (from a first reading's `unterminated`). */
  private readonly endFieldsAt = new Map<number, number[]>();
  /** In a field's instruction (`w:instrText` before its separator). */
  private inInstr = false;
  /**
   * Hyperlinks open: `w:hyperlink` elements, HYPERLINK complex fields in their result, and `w:fldSimple`
   * (each open one's, innermost last: whether it is a HYPERLINK field). Their text is marked (Run.link).
   */
  private hyperlinks = 0;
  private linkFields = 0;
  private readonly simpleFields: boolean[] = [];
  private simpleLinks = 0;
  /** Content controls holding a table of contents (docPartGallery "Table of Contents") open. */
  private tocControls = 0;
  /** The text of the table-of-contents paragraph being read. */
  private tocText = '';
  /**
   * Tables of contents are not script: Word and LibreOffice make them of the headings, which are read
   * where they stand. Their entries (text of each paragraph, in order) are kept apart for the warning.
   */
  readonly tocEntries: string[] = [];
  private readonly alternates: { chosen: boolean }[] = [];
  private readonly contentControls: { placeholder: boolean; toc: boolean; counted?: boolean; shown?: boolean; bound?: BoundControl; repeating?: RepeatingSection }[] = [];
  /**
   * The outermost content control open that is bound to data (`w:dataBinding`): its text as saved is
   * kept, and, where the bound value is read, the value stands in the first run instead of it.
   */
  private boundControl: BoundControl | null = null;
  /** Controls whose bound value differs from the text saved in them, and controls whose binding was not evaluated. */
  readonly boundShown: { control: string; saved: string; shown: string }[] = [];
  readonly boundUnread: { control: string; saved: string; kind: string }[] = [];
  /** Repeating sections bound to data that holds another number of items than the file (data: null when it could not be read). */
  readonly repeatingSections: { section: string; items: number; data: number | null }[] = [];
  /** Content controls showing their placeholder open, and the text of the outermost so far. */
  private placeholderControls = 0;
  private placeholderText = '';
  /**
   * Placeholder text of content controls (`w:showingPlcHdr`: Word's grey prompt to type over) is not
   * script; each control's text is kept apart for the warning (a tool may fill a control and leave
   * the mark on, and its text would then go missing unseen).
   */
  readonly placeholders: string[] = [];
  /** `w:altChunk`s met: text Word merges in from another part (HTML, RTF, a document) when it opens the file. */
  altChunks = 0;
  /** Footnotes or endnotes met in a notes part (`w:footnote` / `w:endnote`), separators not counted. */
  notes = 0;
  /** The `w:altChunk` open, placed where it stands when it closes. */
  private openChunk: RawParagraph | null = null;
  /** The shapes open (DrawingML `wps:wsp`, VML shapes), each with what it fills itself with, as read so far. */
  private readonly shapes = new Stack<OpenShape>();
  /** The fill behind each text box open (`w:txbxContent`), innermost last: undefined for none known. */
  private readonly frames: (ShapeFill | undefined)[] = [];
  /** The colour the shape's style gives the text of each text box open (`a:fontRef`), innermost last. */
  private readonly frameTexts: (DrawingColour | undefined)[] = [];
  private inText = false;
  /**
   * The runs of a paragraph that runs on into the next (a drop cap, a deleted paragraph mark), waiting
   * for it: the paragraph they came from, and the cell or text box it stands in (`containers`' top,
   * null for the story), beyond which they never join.
   */
  private joinedRuns: RawRun[] | null = null;
  private joinedFrom: RawParagraph | null = null;
  private joinedIn: object | null = null;
  /** The table cells and text boxes open, innermost on top (a token each). */
  private readonly containers = new Stack<object>();
  private tableCount = 0;
  /** Moves (w:moveFrom/w:moveTo): the ranges open (`w:id`s), moved text that left (ranges, else elements), the paragraph last counted as a move's arrival. */
  private readonly moveFromRanges = new Set<string>();
  private readonly moveToRanges = new Set<string>();
  private movedFrom = 0;
  private movedIn = -1;
  private anyMove = false;

  constructor(
    story: Story,
    private readonly file: string,
    private readonly part: string,
    private readonly tally: ReadTally = { paragraphs: 0, runs: 0, textChars: 0 },
    private readonly fieldOptions: {
      isTocStyle?: (styleId: string | undefined) => boolean;
      ends?: readonly UnterminatedField[];
      /** Resolves a content control's data binding (binding.ts DataStores); absent: the cached text is read. */
      bindings?: (binding: DataBinding) => BindingResult;
      /** How many elements a repeating section's binding selects (binding.ts DataStores.count). */
      countBinding?: (binding: DataBinding) => number | 'missing' | 'unread';
    } = {},
  ) {
    this.storyStack = [story];
    for (const end of fieldOptions.ends ?? []) {
      const list = this.endFieldsAt.get(end.paragraph);
      if (list) list.push(end.ordinal);
      else this.endFieldsAt.set(end.paragraph, [end.ordinal]);
    }
  }

  private skipElement(): void {
    this.skipDepth = this.depth;
  }

  open(ns: Ns, name: string, tag: XmlTag): void {
    this.depth++;
    if (!this.root) this.root = { ns, name };
    if (this.skipDepth >= 0) return;
    if (this.capture) {
      this.capture.builder.open(ns, name, tag);
      return;
    }
    const parent = this.names[this.names.length - 1];
    this.names.push(name);
    if (ns === Ns.MC) return this.openAlternate(name, tag);
    if (ns === Ns.WPS || ns === Ns.V || ns === Ns.A) return this.openShapePart(ns, name, tag);
    if (ns === Ns.M) return this.openMath(name, tag);
    if (ns !== Ns.W) return;
    switch (name) {
      case 'p':
        if (this.readPlainParagraph()) return;
        return this.openParagraph();
      case 'pPr':
        if (parent === 'p') this.startCapture('pPr', ns, name, tag);
        return;
      case 'r':
        this.runStack.push({ props: NO_RUN_PROPS, text: '' });
        return;
      case 'rPr':
        if (parent === 'r') this.startCapture('rPr', ns, name, tag);
        return;
      case 't':
        this.inText = true;
        return;
      case 'instrText': {
        const field = this.fields[this.fields.length - 1];
        if (field && !field.result) this.inInstr = true;
        else this.skipElement();
        return;
      }
      case 'tab':
      case 'ptab':
        return this.emit('\t');
      case 'br':
      case 'cr':
        return this.emit('\n');
      case 'noBreakHyphen':
        return this.emit('\u2011');
      case 'sym': {
        const attrs = attributesOf(tag);
        return this.emit(symbolText(attrs.get('font'), attrs.get('char')));
      }
      case 'fldChar': {
        const type = attributesOf(tag).get('fldCharType');
        if (type === 'begin') {
          this.fields.push({ result: false, instr: '', toc: false, ordinal: ++this.fieldCount, paragraph: this.paragraphOrdinals.top() ?? 0, frames: this.frames.length, code: '' });
          this.openCodes++;
        } else if (type === 'separate') {
          const top = this.fields[this.fields.length - 1];
          if (top && !top.result && this.fields.length > this.scopeStart()) {
            top.result = true;
            this.openCodes--;
            top.toc = /^\s*TOC\b/i.test(top.instr);
            if (/^\s*HYPERLINK\b/i.test(top.instr)) {
              top.link = true;
              this.linkFields++;
            }
            if (top.toc) {
              this.openTocs++;
              if (!this.tocField) this.tocField = top;
            } else if (/^\s*PAGEREF\b/i.test(top.instr)) this.markToc();
          }
        } else if (type === 'end' && this.fields.length > this.scopeStart()) this.popFields(this.fields.length - 1);
        return;
      }
      case 'altChunk':
        return this.openAltChunk(tag);
      case 'matchSrc':
        if (this.openChunk && parent === 'altChunkPr') {
          const val = attributesOf(tag).get('val');
          this.openChunk.chunk!.matchSrc = !(val === '0' || val === 'false' || val === 'off');
        }
        return;
      case 'hyperlink':
        this.hyperlinks++;
        if (/^_Toc/.test(attributesOf(tag).get('anchor') ?? '')) this.markToc();
        return;
      case 'fldSimple': {
        const link = /^\s*HYPERLINK\b/i.test(attributesOf(tag).get('instr') ?? '');
        this.simpleFields.push(link);
        if (link) this.simpleLinks++;
        return;
      }
      case 'del':
        this.mark('deletions');
        return this.skipElement();
      case 'moveFrom':
        // Text moved away: not read here, counted as a move where it arrives (w:moveTo).
        this.trackedChanges = true;
        if (this.moveFromRanges.size === 0) this.movedFrom++;
        return this.skipElement();
      case 'ins':
        this.mark('insertions');
        return;
      case 'moveTo':
        // One move for a range of moved text (w:moveToRangeStart), else one for each paragraph it arrives in.
        if (this.moveToRanges.size === 0 && this.movedIn !== (this.paragraphOrdinals.top() ?? -1)) {
          this.movedIn = this.paragraphOrdinals.top() ?? -1;
          this.mark('moves');
        }
        return;
      case 'moveFromRangeStart':
      case 'moveToRangeStart': {
        const from = name === 'moveFromRangeStart';
        (from ? this.moveFromRanges : this.moveToRanges).add(attributesOf(tag).get('id') ?? '');
        if (from) this.movedFrom++;
        else this.mark('moves');
        return;
      }
      case 'moveFromRangeEnd':
      case 'moveToRangeEnd':
        (name === 'moveFromRangeEnd' ? this.moveFromRanges : this.moveToRanges).delete(attributesOf(tag).get('id') ?? '');
        return;
      case 'background':
        // The page colour (Design > Page Color): `w:color`, or a theme colour.
        if (parent === 'document') {
          const attrs = attributesOf(tag);
          const spec: ColorSpec = {};
          for (const key of ['color', 'themeColor', 'themeTint', 'themeShade'] as const) {
            const value = attrs.get(key);
            if (value !== undefined) spec[key === 'color' ? 'val' : key] = value;
          }
          this.pageBackground = spec;
        }
        return;
      case 'subDoc':
        this.subDocuments.push(attributesOf(tag).get('id') ?? '');
        this.mark('subdocuments', false);
        return;
      case 'tbl':
        return this.openTable();
      case 'tblPr':
        if (parent === 'tbl') this.startCapture('tblPr', ns, name, tag);
        return;
      case 'gridCol': {
        // The table's own grid (not the old one of a tracked change, `w:tblGridChange`).
        if (parent !== 'tblGrid' || this.names[this.names.length - 3] !== 'tbl') return;
        const table = this.tableStack.top();
        if (table && (table.context.grid?.length ?? 0) < MAX_GRID) (table.context.grid ??= []).push(measureInPoints(attributesOf(tag).get('w')));
        return;
      }
      case 'tr': {
        const table = this.tableStack.top();
        if (table) {
          table.row++;
          table.column = -1;
          table.grid = 0;
          table.cell = undefined;
          table.across = undefined;
          table.rowShd = undefined;
        }
        return;
      }
      case 'trPr':
        return this.startCapture('trPr', ns, name, tag);
      case 'tblPrEx':
        if (parent === 'tr') this.startCapture('tblPrEx', ns, name, tag);
        return;
      case 'tc':
        this.containers.push({});
        return this.openCell();
      case 'tcPr':
        if (parent === 'tc') this.startCapture('tcPr', ns, name, tag);
        return;
      case 'txbxContent': {
        this.containers.push({});
        this.storyStack.push('textbox');
        this.fieldScopes.push(this.fields.length);
        const shape = this.shapes.top();
        this.frames.push(fillOf(shape));
        this.frameTexts.push(textColourOf(shape));
        return;
      }
      case 'sdt':
        this.contentControls.push({ placeholder: false, toc: false });
        return;
      case 'sdtPr':
        return this.startCapture('sdtPr', ns, name, tag);
      case 'sdtContent': {
        const control = this.contentControls[this.contentControls.length - 1];
        if (control?.placeholder) {
          if (!control.shown) {
            control.shown = true;
            this.placeholderControls++;
            this.fieldScopes.push(this.fields.length);
          }
        } else if (control?.toc && !control.counted) {
          control.counted = true;
          this.tocControls++;
          this.fieldScopes.push(this.fields.length);
        }
        return;
      }
      case 'footnote':
      case 'endnote': {
        const type = attributesOf(tag).get('type');
        if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') this.skipElement();
        else this.notes++;
        return;
      }
      default:
        if (SKIPPED.has(name)) this.skipElement();
    }
  }

  close(ns: Ns, name: string): void {
    const depth = this.depth--;
    if (this.skipDepth >= 0) {
      if (depth === this.skipDepth) {
        this.skipDepth = -1;
        this.names.pop();
        this.afterSkippedClose(ns, name);
      }
      return;
    }
    if (this.capture) {
      if (this.capture.builder.close()) this.finishCapture();
      else return;
      this.names.pop();
      return;
    }
    this.names.pop();
    if (ns === Ns.MC) {
      if (name === 'AlternateContent') this.alternates.pop();
      return;
    }
    if (ns === Ns.M) return this.closeMath(name);
    if ((ns === Ns.WPS && name === 'wsp') || (ns === Ns.V && VML_SHAPES.has(name))) {
      this.shapes.pop();
      return;
    }
    if (ns !== Ns.W) return;
    switch (name) {
      case 'p':
        return this.closeParagraph();
      case 'r':
        return this.closeRun();
      case 't':
        this.inText = false;
        return;
      case 'instrText':
        this.inInstr = false;
        return;
      case 'hyperlink':
        if (this.hyperlinks > 0) this.hyperlinks--;
        return;
      case 'fldSimple':
        if (this.simpleFields.pop()) this.simpleLinks--;
        return;
      case 'tbl':
        return this.closeTable();
      case 'altChunk': {
        const chunk = this.openChunk;
        this.openChunk = null;
        if (chunk) this.place(chunk);
        return;
      }
      case 'tr': {
        const table = this.tableStack.top();
        if (table) table.context.cellCounts[table.row] = table.column + 1;
        return;
      }
      case 'tc': {
        this.closeContainer();
        const cell = this.cellStack.pop();
        // The next cell of the row stands after the grid columns this one covers.
        const table = this.tableStack.top();
        if (table && cell && cell === table.cell) table.grid = Math.min(cell.grid + (cell.span ?? 1), MAX_GRID_COLUMN);
        return;
      }
      case 'txbxContent':
        this.closeContainer();
        this.closeFieldScope(true);
        this.storyStack.pop();
        this.frames.pop();
        this.frameTexts.pop();
        return;
      case 'sdt': {
        const control = this.contentControls.pop();
        if (control?.bound) this.closeBound(control.bound);
        if (control?.repeating) this.closeRepeating(control.repeating);
        if (control?.shown) {
          this.closeFieldScope(false);
          if (--this.placeholderControls === 0) {
            const text = normaliseSpace(this.placeholderText);
            if (text) this.placeholders.push(text);
            this.placeholderText = '';
          }
        }
        if (control?.counted) {
          this.tocControls--;
          // A table of contents in a content control ends with it.
          this.closeFieldScope(false);
        }
        return;
      }
    }
  }

  /**
   * The parts of a shape that say what it paints behind a text box's text: DrawingML's
   * `wps:spPr` fill (solid, none, or one not read: gradient, picture, pattern), else the theme shape
   * style's `a:fillRef`; VML's `fillcolor` and `filled`. Read as the elements come (their place in
   * the shape by depth), nothing built.
   */
  private openShapePart(ns: Ns, name: string, tag: XmlTag): void {
    if (ns === Ns.WPS) {
      if (name === 'wsp') this.shapes.push({ depth: this.depth });
      return;
    }
    if (ns === Ns.V) {
      if (VML_SHAPES.has(name)) this.shapes.push({ depth: this.depth, vml: true, fill: vmlFill(attributesOf(tag)) });
      else if (name === 'fill' && this.names[this.names.length - 3] === 'background' && this.names[this.names.length - 4] === 'document') this.pageFillEffect = true;
      return;
    }
    const shape = this.shapes.top();
    if (!shape || shape.vml) return;
    // a:… at depth: wsp + 1 is wps:spPr / wps:style, + 2 a fill (or a:fillRef), + 3 its colour, + 4 a change to the colour.
    const level = this.depth - shape.depth;
    const n = this.names;
    const block = n[n.length - level];
    if (block !== 'spPr' && block !== 'style') return;
    if (level === 2) {
      if (block === 'spPr') {
        if (name === 'solidFill') shape.fill = { kind: 'colour', colour: {} };
        else if (name === 'noFill') shape.fill = { kind: 'none' };
        else if (OTHER_FILLS.has(name)) shape.fill = { kind: 'unknown', what: OTHER_FILLS.get(name)! };
      } else if (name === 'fillRef') {
        shape.styleFill = { idx: attributesOf(tag).get('idx') ?? '0', colour: {} };
      } else if (name === 'fontRef') {
        shape.fontColour = {};
      }
      return;
    }
    const owner = n[n.length - level + 1];
    const colour =
      block === 'spPr'
        ? owner === 'solidFill' && shape.fill?.kind === 'colour'
          ? shape.fill.colour
          : undefined
        : owner === 'fillRef'
          ? shape.styleFill?.colour
          : owner === 'fontRef'
            ? shape.fontColour
            : undefined;
    if (!colour) return;
    if (level === 3) readDrawingColour(colour, name, attributesOf(tag));
    else if (level === 4) changeDrawingColour(colour, name, attributesOf(tag));
  }

  /** Skipped elements that still close a structure opened outside the skip. */
  private afterSkippedClose(ns: Ns, name: string): void {
    if (ns !== Ns.W) {
      if (ns === Ns.MC && name === 'AlternateContent') this.alternates.pop();
      return;
    }
    if (name === 'tr') {
      // A deleted row: its cells were never read; keep the count of what was.
      const table = this.tableStack.top();
      if (table) table.row--;
    } else if (name === 'tc') {
      // A deleted cell: the cells after it take its place.
      this.closeContainer();
      this.cellStack.pop();
      const table = this.tableStack.top();
      if (table) table.column--;
    }
  }

  text(text: string): void {
    if (this.skipDepth >= 0) return;
    if (this.inInstr) {
      const field = this.fields[this.fields.length - 1];
      // Only its first words say what the field is.
      if (field && field.instr.length < 64) field.instr += text.slice(0, 64);
      return;
    }
    if (!this.inText) return;
    this.emit(text);
  }

  /** Text is read only inside w:t and a field's instruction (w:delText is never read): elsewhere the parser makes none. */
  wantsText(): boolean {
    return (this.inText || this.inInstr) && this.skipDepth < 0;
  }

  private emit(text: string): void {
    if (this.skipDepth >= 0 || this.capture) return;
    const run = this.runStack.top();
    if (!run) return;
    // Inside a complex field only the result is read; its code and any field nested in the code are not.
    if (this.openCodes > 0) {
      const top = this.fields[this.fields.length - 1];
      // Text in a field's code: kept (the first words) to be named if the field never ends.
      if (top && !top.result && top.code.length < 60 && this.paragraphOrdinals.top() === top.paragraph) top.code += text.slice(0, 60);
      return;
    }
    const bound = this.boundControl;
    if (bound) {
      if (bound.saved.length < 200) bound.saved += text.slice(0, 200);
      if (bound.value !== undefined) {
        // The bound value, once, in the formatting of the first run; the rest of the saved text is not shown.
        if (bound.emitted) return;
        bound.emitted = true;
        text = bound.value;
        if (!text) return;
        // The saved run was the grey prompt's (Placeholder Text): Word shows the value in the control's own formatting.
        if (bound.ownProps) run.props = bound.props ?? NO_RUN_PROPS;
      }
    }
    const toc = this.tocControls > 0 || this.openTocs > 0;
    this.tally.textChars += text.length;
    if (this.tally.textChars > LIMITS.textChars) throw overLimit(this.file, 'the text of the document', LIMITS.textChars, 'characters', 'textChars');
    if (this.placeholderControls > 0) {
      if (this.placeholderText.length < 200) this.placeholderText += text.slice(0, 200);
      return;
    }
    if (toc) {
      this.tocText += text;
      return;
    }
    // A hyperlink's text is marked (Run.link): a run going in or out of a link (fields may begin or end inside one) is cut there.
    const link = this.hyperlinks > 0 || this.linkFields > 0 || this.simpleLinks > 0;
    if (run.text !== '' && (run.link ?? false) !== link) {
      this.pushRun(run);
      run.text = '';
    }
    run.link = link;
    run.text += text;
    if (this.mathDepth > 0) this.equationRead = true;
  }

  private openAlternate(name: string, tag: XmlTag): void {
    if (name === 'AlternateContent') {
      this.alternates.push({ chosen: false });
      return;
    }
    const current = this.alternates[this.alternates.length - 1];
    if (!current) return;
    // One branch only, or text boxes would be read twice: the first Choice whose required
    // namespaces are understood (ECMA-376 Part 3 §10.2), else the Fallback.
    if (name === 'Choice') {
      if (current.chosen || !this.understands(attributesOf(tag).get('Requires') ?? '')) this.skipElement();
      else current.chosen = true;
    } else if (name === 'Fallback') {
      if (current.chosen) this.skipElement();
      else current.chosen = true;
    }
  }

  /** Office and OOXML namespaces are read generically; an unknown extension's content is not. */
  private understands(requires: string): boolean {
    return requires
      .split(/\s+/)
      .filter(Boolean)
      .every((prefix) => {
        const uri = this.resolvePrefix?.(prefix) ?? '';
        return /^(http:\/\/schemas\.microsoft\.com\/office\/|http:\/\/schemas\.openxmlformats\.org\/|http:\/\/purl\.oclc\.org\/ooxml\/|urn:schemas-microsoft-com:)/.test(uri);
      });
  }

  /**
   * A property block: read into a tree, then into what it says (`finishCapture`). A block whose
   * source was seen before in the same namespace scope is not read again: what it said is applied
   * and the parser passes over it (documents repeat the same few blocks thousands of times).
   */
  private startCapture(kind: Capture, ns: Ns, name: string, tag: XmlTag): void {
    const block = this.blocks?.source() ?? null;
    if (block) {
      const known = this.knownBlocks.get(block.scope)?.get(block.text);
      if (known && known.kind === kind && this.blocks!.passOver(known.elements, known.depth)) {
        // No more events come for this element: undo what `open` did for it.
        this.depth--;
        this.names.pop();
        this.apply(kind, known.said);
        return;
      }
    }
    const builder = new TreeBuilder(PROPERTY_ELEMENTS, { file: this.file, part: this.part, elements: LIMITS.propertyElements, name: 'propertyElements', what: `property elements in one w:${name}` });
    builder.open(ns, name, tag);
    this.capture = { kind, builder, block };
  }

  private finishCapture(): void {
    const { kind, builder, block } = this.capture!;
    this.capture = null;
    const said = readBlock(kind, builder.root!);
    if (block && block.text.length <= MAX_KNOWN_BLOCK && this.knownCount < MAX_KNOWN_BLOCKS) {
      let known = this.knownBlocks.get(block.scope);
      if (!known) this.knownBlocks.set(block.scope, (known = new Map()));
      if (!known.has(block.text)) this.knownCount++;
      known.set(block.text, { kind, said, elements: builder.elements, depth: builder.depth });
    }
    this.apply(kind, said);
  }

  /** Applies what a property block said to the paragraph, run, table, row, cell or content control open. */
  private apply(kind: Capture, said: BlockSays): void {
    switch (kind) {
      case 'pPr': {
        const paragraph = this.paragraphStack.top();
        if (paragraph) paragraph.context.props = said as ParaProps;
        const changed = (said as ParaProps).changed;
        if (changed) this.markFormatting(changed);
        return;
      }
      case 'rPr': {
        const run = this.runStack.top();
        if (run) run.props = said as RunProps;
        const changed = (said as RunProps).changed;
        if (changed) this.markFormatting(changed);
        return;
      }
      case 'tblPr': {
        const table = this.tableStack.top();
        if (table) table.context.props = said as TableProps;
        const changed = (said as TableProps).changed;
        if (changed) this.markFormatting(changed);
        return;
      }
      case 'tblPrEx': {
        const table = this.tableStack.top();
        if (table) table.rowShd = said as ShdSpec | undefined;
        return;
      }
      case 'trPr': {
        const row = said as RowSays | undefined;
        if (!row) return;
        // A row set in from the table's left edge (`w:gridBefore`): its first cell stands that many grid columns in.
        if (row.gridBefore) {
          const table = this.tableStack.top();
          if (table && table.column < 0) table.grid = row.gridBefore;
        }
        // A row's properties changed under review (its height, header repeat…): no text, no colour changed.
        if (row.formatting) this.markFormatting('other');
        if (row.change === 'deleted') {
          // A deleted table row: skip the rest of the row.
          this.mark('deletions');
          this.skipDepth = this.depth;
        } else if (row.change === 'inserted') {
          this.mark('insertions');
        }
        return;
      }
      case 'tcPr': {
        const cell = this.cellStack.top();
        const says = said !== undefined && (said as CellSays).kind === 'cell' ? (said as CellSays) : undefined;
        if (cell) {
          cell.shd = says ? says.shd : (said as ShdSpec | undefined);
          if (says && says.cell !== 'deleted') {
            if (says.span) cell.span = says.span;
            if (says.hMerge || says.vMerge) this.mergeCell(cell, says.hMerge, says.vMerge);
          }
        }
        // A cell's shading changed under review (`w:tcPrChange`): said at the cell's first paragraph.
        if (says?.changed) this.markFormatting(says.changed);
        if (says?.cell === 'merged') this.markFormatting('other');
        else if (says?.cell === 'inserted') this.mark('insertions');
        else if (says?.cell === 'deleted') {
          // A deleted cell: not read (Word's "No Markup" shows the row without it); said at the next paragraph.
          this.mark('deletions');
          this.skipDepth = this.depth;
        }
        return;
      }
      case 'sdtPr': {
        const control = this.contentControls[this.contentControls.length - 1];
        if (said === 'repeating-item') {
          // An item of the repeating section it stands in.
          const section = this.contentControls[this.contentControls.length - 2]?.repeating;
          if (section) section.items++;
          return;
        }
        if (control && typeof said === 'object' && (said as RepeatingSays).kind === 'repeating') {
          const says = said as RepeatingSays;
          control.repeating = { name: says.name, binding: says.binding, items: 0 };
          return;
        }
        if (control && said === 'placeholder') control.placeholder = true;
        if (control && said === 'toc') control.toc = true;
        if (control && typeof said === 'object' && (said as SdtSays).kind === 'sdt') {
          const sdt = said as SdtSays;
          control.placeholder = sdt.placeholder;
          control.toc = sdt.toc;
          // (Inside a control whose bound value stands for all it holds, another's binding shows nothing.)
          const bound = this.boundControl?.value !== undefined ? null : this.bind(sdt);
          if (bound) {
            control.bound = bound;
            // Word shows the bound value, not the grey prompt, once the data holds one.
            if (bound.value) control.placeholder = false;
            bound.outer = this.boundControl;
            this.boundControl = bound;
          }
        }
        return;
      }
    }
  }

  /**
   * A paragraph of the plainest shape, read whole from its source instead of event by event: `<w:p>`,
   * a property block, then runs each of a property block and one `<w:t>` — nothing else, no white
   * space between the tags (what LibreOffice writes for every paragraph, Word for many). Its blocks
   * must be ones read before in the same namespace scope (`knownBlocks`); a run's start tag may carry
   * attributes, not a namespace declaration or a reference; its text is read as the parser reads it.
   * All of it is then checked as well-formed as the parser would check it, and it is read through the
   * same steps its events would take (openParagraph, apply, emit, closeRun, closeParagraph). Any
   * other shape, or a field open across paragraphs: false, nothing changed, and the paragraph is
   * read event by event. (A LibreOffice script of 6,000 paragraphs reads a fifth faster: bench/README.md.)
   */
  private readPlainParagraph(): boolean {
    if (this.fields.length > 0 || !this.blocks) return false;
    const content = this.blocks.content();
    if (!content || content.name !== 'w:p') return false;
    const { input, scope } = content;
    const known = this.knownBlocks.get(scope);
    if (!known) return false;
    // (The tags are matched as written: the paragraph's own, w:p, says w: is WordprocessingML's prefix here.)
    if (this.plain.scope !== scope) this.plain = { scope, pPr: [], rPr: [] };
    const recent = this.plain;
    // First the shape alone, with searches in place, so that a paragraph of another shape costs
    // little: where its paragraph block ends, and each run's block and text.
    let at = content.from;
    let paragraphBlockEnd = -1;
    if (input.startsWith('<w:pPr>', at)) {
      paragraphBlockEnd = blockEnd(input, at, '</w:pPr>');
      if (paragraphBlockEnd < 0) return false;
      at = paragraphBlockEnd;
    }
    // The arrays are reused as they are (set to length 0, an array gives up its store), filled from the start.
    const marks = this.plainMarks;
    let markCount = 0;
    while (!input.startsWith('</w:p>', at)) {
      at = startTagEnd(RUN_START, input, at);
      if (at < 0) return false;
      const runBlock = at;
      if (input.startsWith('<w:rPr>', at)) {
        at = blockEnd(input, at, '</w:rPr>');
        if (at < 0) return false;
      }
      const runBlockEnd = at;
      if (input.startsWith('<w:t>', at)) at += 5;
      else if (input.startsWith(T_PRESERVE, at)) at += T_PRESERVE.length;
      else return false;
      const textEnd = input.indexOf('<', at);
      if (textEnd < 0 || !input.startsWith('</w:t></w:r>', textEnd)) return false;
      marks[markCount++] = runBlock;
      marks[markCount++] = runBlockEnd;
      marks[markCount++] = at;
      marks[markCount++] = textEnd;
      at = textEnd + 12;
    }
    // Then its blocks, which must be known, and its text.
    const runCount = markCount / 4;
    let elements = 1 + markCount / 2;
    let depth = markCount > 0 ? 3 : 1;
    let paragraphSays: BlockSays | null = null;
    if (paragraphBlockEnd >= 0) {
      const block = knownBlockAt(known, recent.pPr, input, content.from, paragraphBlockEnd, 'pPr');
      if (!block) return false;
      paragraphSays = block.said;
      elements += block.elements;
      depth = Math.max(depth, 1 + block.depth);
    }
    const says = this.plainSays;
    const texts = this.plainTexts;
    for (let m = 0; m < markCount; m += 4) {
      let said: BlockSays | null = null;
      if (marks[m + 1]! > marks[m]!) {
        const block = knownBlockAt(known, recent.rPr, input, marks[m]!, marks[m + 1]!, 'rPr');
        if (!block) return false;
        said = block.said;
        elements += block.elements;
        depth = Math.max(depth, 2 + block.depth);
      }
      says[m / 4] = said;
      texts[m / 4] = xmlText(input.slice(marks[m + 2]!, marks[m + 3]!));
    }
    if (!this.blocks.passOverTo(at + 6, elements, depth)) return false;
    // No events come for this paragraph: what `open` did for it is undone.
    this.depth--;
    this.names.pop();
    this.openParagraph();
    if (paragraphSays !== null) this.apply('pPr', paragraphSays);
    for (let k = 0; k < runCount; k++) {
      this.runStack.push({ props: NO_RUN_PROPS, text: '' });
      const said = says[k]!;
      if (said !== null) this.apply('rPr', said);
      if (texts[k]) this.emit(texts[k]!);
      this.closeRun();
    }
    this.closeParagraph();
    return true;
  }

  /**
   * A `w:altChunk`: a paragraph of no runs stands in its place, in the cell or text box it stands in,
   * for its content to be put there (or said unread). Runs waiting for a next paragraph stay before it.
   */
  private openAltChunk(tag: XmlTag): void {
    this.altChunks++;
    if (this.openChunk) this.place(this.openChunk);
    if (this.joinedRuns && this.joinedIn === (this.containers.top() ?? null)) this.placeJoined();
    const chunk = this.newParagraph([]);
    chunk.chunk = { id: attributesOf(tag).get('id') ?? '', part: this.part, matchSrc: false };
    this.openChunk = chunk;
  }

  /** A paragraph (or a chunk's place) opening here: counted against the limit, in the cell, frame and story around it. */
  private newParagraph(runs: RawParagraph['runs']): RawParagraph {
    if (++this.tally.paragraphs > LIMITS.paragraphs) throw overLimit(this.file, 'the number of paragraphs in the document', LIMITS.paragraphs, '', 'paragraphs');
    const cell = this.cellStack.top();
    const table = this.tableStack.top();
    const context: ParagraphContext = { props: NO_PARA_PROPS };
    if (cell) context.cell = cell;
    const frame = this.frames[this.frames.length - 1];
    if (frame) context.frame = frame;
    const frameText = this.frameTexts[this.frameTexts.length - 1];
    if (frameText) context.frameText = frameText;
    const paragraph: RawParagraph = { story: this.storyStack[this.storyStack.length - 1]!, context, runs, anchored: [] };
    if (cell && table) paragraph.tableNumber = table.number;
    if (this.notes > 0) paragraph.note = this.notes;
    if (this.pendingMarks) {
      paragraph.marks = this.pendingMarks;
      this.pendingMarks = null;
    }
    if (this.pendingDeleted) {
      paragraph.deletedBefore = this.pendingDeleted;
      this.pendingDeleted = null;
    }
    return paragraph;
  }

  private openParagraph(): void {
    // Runs waiting for a next paragraph from another cell, text box or the story around them: they stay where they stood.
    if (this.joinedRuns && this.joinedIn !== (this.containers.top() ?? null)) this.placeJoined();
    const joinedProps = this.joinedFrom?.context.props;
    const paragraph = this.newParagraph(this.joinedRuns ?? []);
    // What it takes on, to tell a paragraph deleted whole in Word's other shape (closeParagraph).
    if (paragraph.marks || paragraph.runs.length) paragraph.openedWith = { runs: paragraph.runs.length, marks: paragraph.marks ? { ...paragraph.marks } : null, mark: joinedProps?.markDeleted === true && !joinedProps.markMoved };
    this.joinedRuns = null;
    this.joinedFrom = null;
    this.paragraphStack.push(paragraph);
    this.paragraphOrdinals.push(++this.paragraphCount);
  }

  private closeParagraph(): void {
    const paragraph = this.paragraphStack.pop();
    if (!paragraph) return;
    const ordinal = this.paragraphOrdinals.pop() ?? 0;
    const marked = this.tocMarked.size > 0 && this.tocMarked.delete(ordinal);
    const toc = this.tocField;
    if (toc && toc.frames === this.frames.length && toc.cut === undefined) {
      // Where a table of contents would end if its end never came: after its last entry, before
      // the first paragraph after it that is no entry (a heading, the script).
      if (marked || ordinal === toc.paragraph || this.fieldOptions.isTocStyle?.(paragraph.context.props.pStyle)) toc.lastEntry = ordinal;
      else {
        toc.cut = toc.lastEntry ?? toc.paragraph;
        toc.resumesAt = normaliseSpace(this.tocText).slice(0, 60);
      }
    }
    if (this.tocText) {
      const entry = normaliseSpace(this.tocText);
      if (entry) this.tocEntries.push(entry);
      this.tocText = '';
    }
    // A paragraph mark moved (w:moveFrom/w:moveTo in its w:rPr) goes with the move of its text, not counted again.
    if (paragraph.context.props.markInserted && !paragraph.context.props.markMoved) this.markIn(paragraph, 'insertions');
    const { markDeleted, dropCap, markJoins } = paragraph.context.props;
    if (markDeleted || dropCap || markJoins) {
      // Its mark is a tracked deletion (read as accepted) or always hidden (a style separator), or it
      // is the drop cap of the next paragraph (its first letters, set large): it runs on into the next.
      const deleted = markDeleted && !paragraph.context.props.markMoved;
      // Deleted whole, as Word deletes a paragraph: its text deleted (none left) and its mark. One
      // deletion (its mark goes with its text), said where the paragraph stood, not in the next one.
      const whole = deleted && !holdsText(paragraph.runs);
      if (deleted && !(whole && (paragraph.marks?.deletions ?? 0) > 0)) this.markIn(paragraph, 'deletions');
      else if (!deleted && (markDeleted || dropCap)) for (const run of paragraph.runs) run.dropCap = true;
      // What it holds is said at the paragraph it runs on into.
      if (paragraph.marks) {
        if (whole) (this.pendingDeleted ??= []).push(paragraph.marks);
        else if (this.pendingMarks) addMarks(this.pendingMarks, paragraph.marks);
        else this.pendingMarks = paragraph.marks;
        delete paragraph.marks;
      }
      this.joinedRuns = paragraph.runs;
      this.joinedFrom = paragraph;
      this.joinedIn = this.containers.top() ?? null;
      if (paragraph.anchored.length) this.place({ ...paragraph, runs: [] });
    } else {
      const emptied = emptiedMarks(paragraph);
      if (emptied) (this.pendingDeleted ??= []).push(emptied);
      this.place(paragraph);
    }
    const ending = this.endFieldsAt.get(ordinal);
    if (ending) {
      for (const fieldOrdinal of ending) {
        const index = this.fields.findIndex((f) => f.ordinal === fieldOrdinal);
        if (index >= 0) this.popFields(index);
      }
    }
  }

  /** Where the innermost text box or content control open began in `fields` (0: the story). */
  private scopeStart(): number {
    return this.fieldScopes.length ? this.fieldScopes[this.fieldScopes.length - 1]! : 0;
  }

  /** Closes the field at `index` and every field opened inside it. */
  private popFields(index: number): void {
    while (this.fields.length > index) {
      const field = this.fields.pop()!;
      if (!field.result) this.openCodes--;
      else if (field.toc) this.openTocs--;
      if (field.link) this.linkFields--;
      if (field === this.tocField) this.tocField = null;
    }
    if (this.fields.length === 0) this.inInstr = false;
  }

  /** The paragraph open holds a mark of a table-of-contents entry. */
  private markToc(): void {
    const ordinal = this.paragraphOrdinals.top();
    if (ordinal !== undefined) this.tocMarked.add(ordinal);
  }

  /**
   * A text box, a table of contents' content control or the story ends: fields begun in it and
   * still open end with it (a field cannot run past its story). Those that hid text — a field whose
   * code never ended, a table of contents that ran past its last entry — are noted (`unterminated`).
   */
  private closeFieldScope(note: boolean): void {
    const start = this.fieldScopes.pop() ?? 0;
    if (note) {
      // Each field whose code never ended (a field begun in the code of another, in a later
      // paragraph, is one of its own), each table of contents that ran on past its entries. (A field
      // open in its result hides nothing: its result is read.)
      let codeParagraph = -1;
      for (let f = start; f < this.fields.length; f++) {
        const field = this.fields[f]!;
        const name = (/^\s*([^\s\\]+)/.exec(field.instr)?.[1] ?? '').toUpperCase().slice(0, 30);
        if (!field.result) {
          const code = normaliseSpace(field.code);
          const last = this.unterminated[this.unterminated.length - 1];
          if (field.paragraph === codeParagraph && last) {
            // Nested in the code of the field before, in the same paragraph: its code is that field's.
            if (code && (last.code ?? '').length < 60) last.code = `${last.code ? `${last.code} ` : ''}${code}`.slice(0, 60);
            continue;
          }
          codeParagraph = field.paragraph;
          this.unterminated.push({ ordinal: field.ordinal, paragraph: field.paragraph, field: name, code });
        } else if (field.toc && field.cut !== undefined) this.unterminated.push({ ordinal: field.ordinal, paragraph: field.cut, field: name, resumesAt: field.resumesAt ?? '' });
      }
    }
    if (this.fields.length > start) this.popFields(start);
  }

  /**
   * Runs that were to join the next paragraph, when none comes in their place (a drop cap, or a
   * paragraph whose mark is deleted, last in the story, a cell or a text box, or right before a
   * table): a paragraph of their own where they stood, in their own look, rather than lost or joined
   * to text elsewhere.
   */
  private placeJoined(): void {
    const from = this.joinedFrom;
    const runs = this.joinedRuns;
    this.joinedRuns = null;
    this.joinedFrom = null;
    if (!from || !runs?.length) return;
    const placed: RawParagraph = { ...from, runs, anchored: [] };
    // What the paragraph held, waiting with its runs (closeParagraph), is said where they stand.
    if (this.pendingMarks) {
      placed.marks = this.pendingMarks;
      this.pendingMarks = null;
    }
    this.place(placed);
  }

  /** A table cell or text box ends: runs waiting in it for a next paragraph stay in it. */
  private closeContainer(): void {
    const container = this.containers.pop();
    if (this.joinedRuns && container !== undefined && this.joinedIn === container) this.placeJoined();
  }

  /**
   * A tracked change, an equation or a subdocument, counted in the paragraph open (else in the next one
   * to open). `change`: a tracked change, which the file's `trackedChanges` says.
   */
  private mark(kind: MarkKind, change = true): void {
    if (change) this.trackedChanges = true;
    if (kind === 'moves') this.anyMove = true;
    const paragraph = this.paragraphStack.top();
    if (paragraph) this.markIn(paragraph, kind);
    else (this.pendingMarks ??= noMarks())[kind]++;
  }

  private markIn(paragraph: RawParagraph, kind: MarkKind): void {
    if (kind !== 'equations' && kind !== 'subdocuments') this.trackedChanges = true;
    if (kind === 'moves') this.anyMove = true;
    (paragraph.marks ??= noMarks())[kind]++;
  }

  /** A tracked formatting change (the old properties kept in `w:rPrChange` / `w:pPrChange`); `colour`: one of a colour or style. */
  private markFormatting(changed: 'colour' | 'other'): void {
    this.mark('formatting');
    if (changed === 'colour') {
      const paragraph = this.paragraphStack.top();
      if (paragraph) paragraph.marks!.colourChanges++;
      else this.pendingMarks!.colourChanges++;
    }
  }

  /**
   * Office Math (`m:oMath`, in `m:oMathPara` for a display equation): its runs (`m:r`, with a `w:rPr`)
   * are read as a reader sees them, into a tree of its structures (delimiters, fractions, scripts,
   * radicals…), written out as a line when the equation ends (math.ts), with the symbols that stand
   * for its layout: f(x), 1/2, x², √x.
   */
  private openMath(name: string, tag: XmlTag): void {
    if (this.mathDepth === 0 && name === 'oMathPara') return this.displayMathBreak();
    if (this.mathDepth === 0 && name !== 'oMath') return;
    switch (name) {
      case 'oMath': {
        const node = mathNode(name);
        if (this.mathDepth++ === 0) {
          this.equationRead = false;
          this.mathNodes.length = 0;
        } else this.mathNodes[this.mathNodes.length - 1]?.children.push(node);
        this.mathNodes.push(node);
        return;
      }
      case 'r':
        this.runStack.push({ props: NO_RUN_PROPS, text: '' });
        return;
      case 't':
        this.inText = true;
        return;
    }
    if (this.mathProps > 0) {
      // A property of the structure open (m:dPr/m:begChr…): its value, '' for none.
      if (this.mathProps === 1) {
        const node = this.mathNodes[this.mathNodes.length - 1];
        if (node) (node.props ??= new Map()).set(name, attributesOf(tag).get('val') ?? '');
      }
      this.mathProps++;
      return;
    }
    if (name.endsWith('Pr')) {
      this.mathProps = 1;
      return;
    }
    const node = mathNode(name);
    this.mathNodes[this.mathNodes.length - 1]?.children.push(node);
    this.mathNodes.push(node);
  }

  private closeMath(name: string): void {
    if (this.mathDepth === 0) {
      // Text after it in its paragraph goes on the next line (pushRun).
      if (name === 'oMathPara') this.mathParaEnded = this.paragraphStack.top() ?? null;
      return;
    }
    switch (name) {
      case 'oMath': {
        const node = this.mathNodes.pop();
        if (--this.mathDepth === 0 && node) this.writeEquation(node);
        return;
      }
      case 'r':
        return this.closeRun();
      case 't':
        this.inText = false;
        return;
    }
    if (this.mathProps > 0) {
      this.mathProps--;
      return;
    }
    if (this.mathNodes.length > 1) this.mathNodes.pop();
  }

  /**
   * A math paragraph (`m:oMathPara`: display equations) begins: Word shows it on a line of its own, so
   * text before it in its paragraph is on another line: a line break between, in the look of that text
   * (and one before text after it: pushRun). A paragraph of the equation alone gets none.
   */
  private displayMathBreak(): void {
    const paragraph = this.paragraphStack.top();
    const last = paragraph?.runs[paragraph.runs.length - 1];
    if (!last || last.text.endsWith('\n')) return;
    this.mathParaEnded = null;
    this.pushRun({ props: last.props, text: '\n' });
  }

  /** An equation ends: its line of text into the paragraph open, its runs merged where they look the same; counted and kept for the warning. */
  private writeEquation(root: MathNode): void {
    this.mathNodes.length = 0;
    this.mathProps = 0;
    if (!this.equationRead) return;
    const pieces = writeEquation(root);
    let text = '';
    let run: OpenRun | null = null;
    for (const piece of pieces) {
      if (piece.text === '') continue;
      text += piece.text;
      const props = piece.props ?? NO_RUN_PROPS;
      if (run && run.props === props && (run.link ?? false) === (piece.link ?? false)) run.text += piece.text;
      else {
        if (run) this.pushRun(run);
        run = { props, text: piece.text };
        if (piece.link) run.link = true;
      }
    }
    if (run) this.pushRun(run);
    this.mark('equations', false);
    if (this.equationTexts.length < 3) this.equationTexts.push(normaliseSpace(text).slice(0, 60));
  }

  /** The part has been read: fields still open end with it. */
  finish(): void {
    // Text moved away that arrives nowhere in the part: gone, as a deletion.
    if (this.movedFrom > 0 && !this.anyMove) this.unplacedMarks.deletions += this.movedFrom;
    if (this.joinedRuns) this.placeJoined();
    if (this.pendingMarks) {
      addMarks(this.unplacedMarks, this.pendingMarks);
      this.pendingMarks = null;
    }
    if (this.pendingDeleted) {
      // Paragraphs deleted whole last in the story: said after the last paragraph holding text (index.ts).
      const end = this.newParagraph([]);
      end.storyEnd = true;
      this.place(end);
    }
    this.fieldScopes.length = 0;
    this.closeFieldScope(true);
  }

  private place(paragraph: RawParagraph): void {
    const anchor = this.paragraphStack.top();
    if (anchor) anchor.anchored.push(paragraph);
    else this.paragraphs.push(paragraph);
  }

  /** What Word shows of a bound control (`sdt`), by its kind: null where the saved text stands as it is. */
  private bind(sdt: SdtSays): BoundControl | null {
    const resolve = this.fieldOptions.bindings;
    if (!resolve || !sdt.binding || sdt.type === 'other') return null;
    const result = resolve(sdt.binding);
    if ('missing' in result) return null;
    const control: BoundControl = { name: sdt.name, saved: '', emitted: false, props: sdt.props };
    if ('unread' in result) {
      control.unread = result.unread;
      return control;
    }
    let value: string | undefined = result.value;
    // Bound to an empty node, a control shows its grey prompt: one that shows it already stays as saved.
    if (value === '' && sdt.placeholder) return null;
    if (sdt.type === 'list' || sdt.type === 'combo') {
      // A list shows the display text of the item whose value is bound; a combo box the value itself when no item has it.
      value = sdt.items?.get(value) ?? (sdt.type === 'combo' ? value : undefined);
      if (value === undefined) control.unread = 'list';
    } else if (sdt.type === 'date' && value !== '') {
      // A date picker shows the bound date through its display format (dates.ts), else its saved text, said.
      const shown = dateShown(value, sdt.date ?? {});
      if ('unread' in shown) {
        value = undefined;
        control.unread = shown.unread;
      } else value = shown.text;
    } else if (sdt.type === 'rich' && /^\s*</.test(value)) {
      // Rich text bound to WordprocessingML kept as XML (Word 2013 and later): not read.
      value = undefined;
      control.unread = 'rich-text';
    }
    if (value && sdt.placeholder) control.ownProps = true;
    if (value !== undefined) control.value = sdt.type === 'multiline' ? value.replace(/\r\n?/g, '\n') : value.replace(/[ \t]*[\r\n]+[ \t]*/g, ' ');
    return control;
  }

  /**
   * A repeating section bound to data closes: Word makes one item for each element its binding selects
   * (the items saved are read); a count that differs from the items read, or that cannot be worked out, is said.
   */
  private closeRepeating(section: RepeatingSection): void {
    const count = this.fieldOptions.countBinding?.(section.binding);
    if (count === undefined || count === 'missing' || count === section.items) return;
    if (this.repeatingSections.length < 1000) this.repeatingSections.push({ section: section.name, items: section.items, data: count === 'unread' ? null : count });
  }

  /** A bound control closes: its value, if no run took it, in a run of the control's formatting; what it showed, kept for the warning. */
  private closeBound(bound: BoundControl): void {
    if (bound === this.boundControl) {
      this.boundControl = bound.outer ?? null;
      // The saved text of a control inside one whose binding was not read is the outer one's too.
      if (this.boundControl && this.boundControl.saved.length < 200) this.boundControl.saved += bound.saved.slice(0, 200);
      if (bound.value && !bound.emitted && this.paragraphStack.top()) {
        bound.emitted = true;
        this.runStack.push({ props: bound.props ?? NO_RUN_PROPS, text: '' });
        this.emit(bound.value);
        this.closeRun();
      }
    }
    const saved = normaliseSpace(bound.saved);
    if (bound.unread) {
      if (this.boundUnread.length < 1000) this.boundUnread.push({ control: bound.name, saved, kind: bound.unread });
    } else if (bound.value !== undefined) {
      const shown = normaliseSpace(bound.value);
      if (shown !== saved && this.boundShown.length < 1000) this.boundShown.push({ control: bound.name, saved, shown });
    }
  }

  private closeRun(): void {
    const run = this.runStack.pop();
    if (run) this.pushRun(run);
  }

  /** The run's text read so far, into the paragraph open; its word joiners (U+2060, U+FEFF) left out, a NEL made a space (readText). */
  private pushRun(run: OpenRun): void {
    const paragraph = this.paragraphStack.top();
    if (!paragraph || run.text === '') return;
    run.text = readText(run.text);
    if (run.text === '') return;
    if (this.mathParaEnded !== null && this.mathDepth === 0) {
      // The first text after a math paragraph in its paragraph: on the line after it.
      const ended = this.mathParaEnded;
      this.mathParaEnded = null;
      const last = paragraph.runs[paragraph.runs.length - 1];
      if (ended === paragraph && last && !last.text.endsWith('\n') && !run.text.startsWith('\n')) this.pushRun({ props: last.props, text: '\n' });
    }
    if (this.mathDepth > 0) {
      // A run of an equation: into its structure, written out when the equation ends.
      const node = this.mathNodes[this.mathNodes.length - 1];
      if (node) {
        node.children.push(run.link ? { text: run.text, props: run.props, link: true } : { text: run.text, props: run.props });
        return;
      }
    }
    if (paragraph.runs.length >= LIMITS.runsPerParagraph) throw overLimit(this.file, `the number of text runs in one paragraph of ${this.part}`, LIMITS.runsPerParagraph, '', 'runsPerParagraph', { part: this.part });
    if (++this.tally.runs > LIMITS.runs) throw overLimit(this.file, 'the number of text runs in the document', LIMITS.runs, '', 'runs');
    const raw: RawRun = { text: run.text, props: run.props, paragraph: paragraph.context };
    if (run.link) raw.link = true;
    paragraph.runs.push(raw);
  }

  private openTable(): void {
    const parentCell = this.cellStack.top();
    const context: TableContext = { props: {}, rowCount: 0, cellCounts: [] };
    if (parentCell) context.parentCell = parentCell;
    this.tableStack.push({ context, number: ++this.tableCount, row: -1, column: -1, grid: 0 });
  }

  private closeTable(): void {
    const table = this.tableStack.pop();
    if (table) table.context.rowCount = table.row + 1;
  }

  private openCell(): void {
    const table = this.tableStack.top();
    if (!table) return;
    table.column++;
    const cell: CellContext = { table: table.context, row: table.row, column: table.column, grid: table.grid };
    if (table.column === 0) table.context.setIn = Math.min(table.context.setIn ?? table.grid, table.grid);
    if (table.rowShd) cell.rowShd = table.rowShd;
    table.cell = cell;
    this.cellStack.push(cell);
  }

  /**
   * A cell merged with others (its `w:tcPr` read): a `w:hMerge` cell going on adds its grid columns to
   * the row's cell before it; a `w:vMerge` cell going on adds its row to the cell that began the merge
   * above it, when that cell covers the same grid columns and reaches the row above. (The text of a
   * merged cell is in the cell that began the merge: where its words stand, it covers all of it. Text
   * typed in a cell going on with it is not shown: `CellContext.mergedAway`.)
   */
  private mergeCell(cell: CellContext, hMerge: 'restart' | 'continue' | undefined, vMerge: 'restart' | 'continue' | undefined): void {
    const table = this.tableStack.top();
    if (!table || table.cell !== cell) return;
    if (hMerge === 'continue') {
      const before = table.across;
      if (before && before.row === cell.row && before.grid + (before.span ?? 1) === cell.grid) before.span = Math.min((before.span ?? 1) + (cell.span ?? 1), MAX_GRID);
    } else if (hMerge === 'restart') table.across = cell;
    if (vMerge === 'restart') (table.down ??= new Map()).set(cell.grid, cell);
    else if (vMerge === 'continue') {
      const top = table.down?.get(cell.grid);
      if (top && top.row + (top.rows ?? 1) === cell.row && (top.span ?? 1) === (cell.span ?? 1)) {
        top.rows = (top.rows ?? 1) + 1;
        cell.mergedAway = true;
      }
    }
  }
}

/** A complex field open (`w:fldChar` begin … separate … end). */
interface OpenField {
  /** Past its separator: its result is read. */
  result: boolean;
  /** Its instruction's first words (`TOC \\o "1-3"`, `PAGEREF _Toc1`). */
  instr: string;
  /** A table of contents (in its result). */
  toc: boolean;
  /** A HYPERLINK field in its result: its text is a link's. */
  link?: true;
  /** Its number among the fields begun in the part, and the paragraph it began in. */
  ordinal: number;
  paragraph: number;
  /** Text boxes open where it began. */
  frames: number;
  /** Text (`w:t`) read in its code, its first words. */
  code: string;
  /** A table of contents: the last paragraph of its entries so far; once a paragraph that is no entry closes within it, the last (`cut`) and that paragraph's text. */
  lastEntry?: number;
  cut?: number;
  resumesAt?: string;
}

/**
 * A field whose end never came, which would hide what follows: read again, it ends at the end of
 * paragraph number `paragraph` of its part (its own paragraph for a field whose code never ended;
 * its last entry for a table of contents).
 */
export interface UnterminatedField {
  ordinal: number;
  paragraph: number;
  /** The field's name (`TOC`, `AUTHOR`), upper case; empty when it has none. */
  field: string;
  /** A field whose code never ended: the text taken as its code. */
  code?: string;
  /** A table of contents: the text of the first paragraph after its entries. */
  resumesAt?: string;
}

/** A shape open: the depth of its element, and its fill as read so far. */
interface OpenShape {
  depth: number;
  vml?: boolean;
  fill?: ShapeFill;
  /** `wps:style/a:fillRef`: the theme's shape fill number `idx` in this colour (used when spPr gives no fill). */
  styleFill?: { idx: string; colour: DrawingColour };
  /** `wps:style/a:fontRef`: the colour of the shape's text where the text sets none itself. */
  fontColour?: DrawingColour;
}

/** VML elements that are shapes (and may hold a `v:textbox`). */
const VML_SHAPES: ReadonlySet<string> = new Set(['shape', 'rect', 'roundrect', 'oval', 'polyline', 'arc', 'curve', 'line', 'image']);

/** DrawingML fills other than solid and none, as a person would name them. */
const OTHER_FILLS: ReadonlyMap<string, string> = new Map([
  ['gradFill', 'a gradient'],
  ['blipFill', 'a picture'],
  ['pattFill', 'a pattern'],
  ['grpFill', 'its group’s fill'],
]);

/** What a text box shape paints behind its text, if anything is known. */
function fillOf(shape: OpenShape | undefined): ShapeFill | undefined {
  if (!shape) return undefined;
  if (shape.fill) return shape.fill;
  const ref = shape.styleFill;
  // Fill style 1 of Office themes is a solid fill in the colour given; 2 and 3 are theme effects (gradients).
  if (!ref || ref.idx === '0') return undefined;
  if (ref.idx === '1') return { kind: 'colour', colour: ref.colour };
  return { kind: 'unknown', what: 'a fill of the theme’s shape styles' };
}

/** The colour a text box's shape style gives its text (`a:fontRef` with a colour), if any. */
function textColourOf(shape: OpenShape | undefined): DrawingColour | undefined {
  const colour = shape?.fontColour;
  if (!colour || (colour.srgb === undefined && colour.scheme === undefined && colour.unknown === undefined)) return undefined;
  return colour;
}

/** VML `fillcolor` (`#dae3f3`, `#dae3f3 [660]`) unless `filled="f"`; no fillcolor: VML's white. */
function vmlFill(attrs: Map<string, string>): ShapeFill | undefined {
  const filled = attrs.get('filled');
  if (filled === 'f' || filled === 'false') return { kind: 'none' };
  const value = attrs.get('fillcolor');
  if (value === undefined) return undefined;
  const hex = /^\s*#?([0-9a-f]{6}|[0-9a-f]{3})\b/i.exec(value);
  const normal = hex ? normaliseHex(hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!) : null;
  return normal ? { kind: 'vml', hex: normal } : { kind: 'unknown', what: `the colour "${value.trim().slice(0, 30)}"` };
}

function readDrawingColour(colour: DrawingColour, name: string, attrs: Map<string, string>): void {
  const val = attrs.get('val');
  switch (name) {
    case 'srgbClr':
      colour.srgb = val ?? '';
      return;
    case 'schemeClr':
      colour.scheme = val ?? '';
      return;
    case 'sysClr':
      colour.srgb = attrs.get('lastClr') ?? (val === 'window' ? 'FFFFFF' : val === 'windowText' ? '000000' : '');
      return;
    case 'prstClr':
      if (val === 'white') colour.srgb = 'FFFFFF';
      else if (val === 'black') colour.srgb = '000000';
      else colour.unknown = `the preset colour "${val}"`;
      return;
    default:
      colour.unknown = `a colour given as a:${name}`;
  }
}

/** Word's lighter and darker theme variants (lumMod, lumOff) and transparency (alpha); any other change: unknown. */
function changeDrawingColour(colour: DrawingColour, name: string, attrs: Map<string, string>): void {
  const value = Number(attrs.get('val')) / 100000;
  if (!Number.isFinite(value)) return;
  if (name === 'lumMod') colour.lumMod = value;
  else if (name === 'lumOff') colour.lumOff = value;
  else if (name === 'alpha') colour.alpha = value;
  else colour.unknown ??= `a colour changed by a:${name}`;
}

/** The properties of a run or paragraph without a block: one object for all (the cascade knows them by identity). */
const NO_RUN_PROPS: RunProps = Object.freeze({});
const NO_PARA_PROPS: ParaProps = Object.freeze({});

/** What a property block says: run, paragraph or table properties, a row's tracked change, a cell's shading, a placeholder flag. */
type BlockSays = RunProps | ParaProps | TableProps | ShdSpec | CellSays | RowSays | SdtSays | RepeatingSays | 'placeholder' | 'toc' | 'repeating-item' | undefined;

/** A repeating section (Word 2013's `w15:repeatingSection`) bound to data (`w15:dataBinding`): its name and binding. */
interface RepeatingSays {
  kind: 'repeating';
  name: string;
  binding: DataBinding;
}

/** A bound repeating section open: the items read in it so far. */
interface RepeatingSection {
  name: string;
  binding: DataBinding;
  items: number;
}

/** A content control bound to data (`w:sdtPr` with `w:dataBinding`): its kind, binding and formatting. */
interface SdtSays {
  kind: 'sdt';
  placeholder: boolean;
  toc: boolean;
  binding: DataBinding;
  /** Plain text (one line, or several: `w:multiLine`), a list (drop-down, combo box), date, rich text, or another kind (picture, check box…). */
  type: 'text' | 'multiline' | 'list' | 'combo' | 'date' | 'rich' | 'other';
  /** A list's items: value → display text. */
  items?: Map<string, string>;
  /** A date picker's display format, language, storage and calendar. */
  date?: DateControl;
  /** Its name for the warning: the alias, else the tag, else the XPath. */
  name: string;
  /** The control's run formatting (`w:sdtPr/w:rPr`), for a value with no saved run to stand in. */
  props?: RunProps;
}

/** A bound content control open: the value Word shows (undefined: the saved text is read), what was saved in it, whether the value was placed. */
interface BoundControl {
  name: string;
  value?: string;
  saved: string;
  emitted: boolean;
  props?: RunProps;
  /** Why the binding was not read: an XPath outside the subset, a store that cannot be read, a list value of no item, rich text as XML, a date vo-lines cannot write (its format, its language, a value that is no date). */
  unread?: string;
  /** The value is shown in the control's formatting, not the first saved run's (that run was the placeholder's). */
  ownProps?: boolean;
  /** The bound control open around it, if any (one whose binding was not read). */
  outer?: BoundControl | null;
}

/**
 * A cell's properties holding a tracked change (`w:tcPrChange`): its shading, and whether the change was
 * of a colour; or the cell itself inserted, deleted or merged under review (`w:cellIns`, `w:cellDel`, `w:cellMerge`).
 */
interface CellSays {
  kind: 'cell';
  shd: ShdSpec | undefined;
  changed: 'colour' | 'other' | undefined;
  cell?: 'inserted' | 'deleted' | 'merged';
  /** Grid columns it covers (`w:gridSpan`), when more than one. */
  span?: number;
  /** Merged with the cells after it in its row (`w:hMerge`) or under it (`w:vMerge`): begins a merge, or goes on with one. */
  hMerge?: 'restart' | 'continue';
  vMerge?: 'restart' | 'continue';
}

/** A row inserted or deleted under review (`w:trPr/w:ins`, `w:del`), its properties changed (`w:trPrChange`). */
interface RowSays {
  kind: 'row';
  change: 'inserted' | 'deleted' | undefined;
  formatting: boolean;
  /** Grid columns left empty before its first cell (`w:gridBefore`). */
  gridBefore?: number;
}

/** A count of grid columns (`w:gridSpan`, `w:gridBefore`): 0 when absent or unreadable, at most MAX_GRID. */
function gridCount(element: XmlElement | undefined): number {
  const value = element?.attrs.get('val');
  if (value === undefined || !/^\s*\d{1,6}\s*$/u.test(value)) return 0;
  return Math.min(Number(value), MAX_GRID);
}

/** A merge's mark (`w:hMerge`, `w:vMerge`): `restart` begins one, anything else (the default, `continue`) goes on with it. */
function mergeOf(element: XmlElement | undefined): 'restart' | 'continue' | undefined {
  if (!element) return undefined;
  return element.attrs.get('val') === 'restart' ? 'restart' : 'continue';
}

/** Reads a property block's tree (pure: the same tree always says the same). */
function readBlock(kind: Capture, element: XmlElement): BlockSays {
  switch (kind) {
    case 'pPr':
      return readParaProps(element);
    case 'rPr':
      return readRunProps(element);
    case 'tblPr':
      return readTableProps(element);
    case 'tblPrEx':
      // A row's exceptions to its table's properties: its cells' shading (§17.4.30) is what is read here.
      return readCellShading(element);
    case 'trPr': {
      const change = child(element, Ns.W, 'del') ? 'deleted' : child(element, Ns.W, 'ins') ? 'inserted' : undefined;
      const formatting = child(element, Ns.W, 'trPrChange') !== undefined;
      const gridBefore = gridCount(child(element, Ns.W, 'gridBefore'));
      if (!change && !formatting && gridBefore === 0) return undefined;
      const says: RowSays = { kind: 'row', change, formatting };
      if (gridBefore > 0) says.gridBefore = gridBefore;
      return says;
    }
    case 'tcPr': {
      const shd = readCellShading(element);
      const change = child(element, Ns.W, 'tcPrChange');
      // A cell inserted or deleted under review (w:cellIns, w:cellDel), or its merging changed (w:cellMerge).
      const cell = child(element, Ns.W, 'cellDel') ? 'deleted' : child(element, Ns.W, 'cellIns') ? 'inserted' : child(element, Ns.W, 'cellMerge') ? 'merged' : undefined;
      // Where the cell stands in the grid: the grid columns it covers, merged across or down.
      const span = gridCount(child(element, Ns.W, 'gridSpan'));
      const hMerge = mergeOf(child(element, Ns.W, 'hMerge'));
      const vMerge = mergeOf(child(element, Ns.W, 'vMerge'));
      if (!change && !cell && span < 2 && !hMerge && !vMerge) return shd;
      const before = change ? readCellShading(child(change, Ns.W, 'tcPr')) : shd;
      const says: CellSays = { kind: 'cell', shd, changed: change ? (JSON.stringify(before) === JSON.stringify(shd) ? 'other' : 'colour') : undefined };
      if (cell) says.cell = cell;
      if (span > 1) says.span = span;
      if (hMerge) says.hMerge = hMerge;
      if (vMerge) says.vMerge = vMerge;
      return says;
    }
    case 'sdtPr': {
      const binding = child(element, Ns.W, 'dataBinding');
      if (binding) return readBoundControl(element, binding);
      const repeating = readRepeating(element);
      if (repeating) return repeating;
      return hasPlaceholder(element) ? 'placeholder' : isTableOfContents(element) ? 'toc' : undefined;
    }
  }
}

/** A name as the parser takes it (xml-scan.ts), white space as XML has it. */
const NAME = '[A-Za-z_:\\u0080-\\uFFFF][A-Za-z0-9._:\\-\\u0080-\\uFFFF]*';
const SPACE = '[ \\t\\r\\n]';
/** Quoted attributes without a reference or `<`, none a namespace declaration, then `>`: what a plain start tag of a run holds. */
const PLAIN_ATTRIBUTES = `(?:${SPACE}+(?!xmlns)${NAME}${SPACE}*=${SPACE}*(?:"[^"<&]*"|'[^'<&]*'))*${SPACE}*>`;
const RUN_START = new RegExp(`<w:r${PLAIN_ATTRIBUTES}`, 'y');
const T_PRESERVE = '<w:t xml:space="preserve">';

/** Where the plain start tag `pattern` that begins at `at` ends, or -1 (another tag, or not plain). */
function startTagEnd(pattern: RegExp, source: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(source) ? pattern.lastIndex : -1;
}

type KnownBlock = { kind: Capture; said: BlockSays; elements: number; depth: number };

/** Where the block starting at `at` ends (after `endTag`, its first end tag), or -1. */
function blockEnd(input: string, at: number, endTag: string): number {
  const close = input.indexOf(endTag, at);
  return close < 0 ? -1 : close + endTag.length;
}

/**
 * The known block of `kind` from `at` to `end` of `input`, or null when not known. The few blocks
 * last found (`recent`, of this scope and kind) are compared in place first: a script repeats a
 * handful of blocks, and that spares cutting the block out and hashing it for the lookup. A block
 * holding one of its own name (a tracked change's former properties) was cut at its inner end tag,
 * and no known block is so cut: it is not found, and the paragraph is read as usual.
 */
function knownBlockAt(known: Map<string, KnownBlock>, recent: { text: string; block: KnownBlock }[], input: string, at: number, end: number, kind: 'pPr' | 'rPr'): KnownBlock | null {
  for (let i = 0; i < recent.length; i++) {
    const hit = recent[i]!;
    if (hit.text.length === end - at && input.startsWith(hit.text, at)) return hit.block;
  }
  const text = input.slice(at, end);
  const block = known.get(text);
  if (!block || block.kind !== kind) return null;
  if (recent.length >= RECENT_BLOCKS) recent.pop();
  recent.unshift({ text, block });
  return block;
}

/** Blocks of each kind tried in place before a lookup (knownBlockAt). */
const RECENT_BLOCKS = 6;

/** Blocks longer than this are read each time (kept blocks hold their source). */
const MAX_KNOWN_BLOCK = 4096;
/** Distinct blocks kept per part: a document has a few dozen; a hostile one gets no more than this. */
const MAX_KNOWN_BLOCKS = 4096;

/** A content control Word and LibreOffice put around a table of contents (its heading and its TOC field). */
function isTableOfContents(sdtPr: XmlElement): boolean {
  const gallery = child(child(sdtPr, Ns.W, 'docPartObj'), Ns.W, 'docPartGallery')?.attrs.get('val');
  return gallery !== undefined && /^table of contents$/i.test(gallery);
}

const OTHER_CONTROLS = new Set(['picture', 'checkbox', 'docPartObj', 'docPartList', 'group', 'citation', 'bibliography', 'equation']);

function readBoundControl(sdtPr: XmlElement, binding: XmlElement): SdtSays {
  const xpath = binding.attrs.get('xpath') ?? '';
  const says: SdtSays = {
    kind: 'sdt',
    placeholder: hasPlaceholder(sdtPr),
    toc: isTableOfContents(sdtPr),
    binding: { store: binding.attrs.get('storeItemID') ?? '', xpath, mappings: binding.attrs.get('prefixMappings') ?? '' },
    type: 'rich',
    name: child(sdtPr, Ns.W, 'alias')?.attrs.get('val') || child(sdtPr, Ns.W, 'tag')?.attrs.get('val') || xpath,
  };
  const rPr = child(sdtPr, Ns.W, 'rPr');
  if (rPr) says.props = readRunProps(rPr);
  for (const c of sdtPr.children) {
    if (c.ns === Ns.W && c.name === 'text') {
      const multi = c.attrs.get('multiLine');
      says.type = multi === '1' || multi === 'true' || multi === 'on' ? 'multiline' : 'text';
    } else if (c.ns === Ns.W && (c.name === 'dropDownList' || c.name === 'comboBox')) {
      says.type = c.name === 'comboBox' ? 'combo' : 'list';
      says.items = new Map();
      for (const item of children(c, Ns.W, 'listItem')) {
        const value = item.attrs.get('value') ?? item.attrs.get('displayText') ?? '';
        if (!says.items.has(value)) says.items.set(value, item.attrs.get('displayText') ?? value);
      }
    } else if (c.ns === Ns.W && c.name === 'date') {
      says.type = 'date';
      const date: DateControl = {};
      const val = (name: string) => child(c, Ns.W, name)?.attrs.get('val');
      const format = val('dateFormat');
      if (format !== undefined) date.format = format;
      const lid = val('lid');
      if (lid !== undefined) date.lid = lid;
      // (ECMA-376's first edition spelt it storeMappedDateAs.)
      const mapping = val('storeMappedDataAs') ?? val('storeMappedDateAs');
      if (mapping !== undefined) date.mapping = mapping;
      const calendar = val('calendar');
      if (calendar !== undefined) date.calendar = calendar;
      says.date = date;
    }
    else if (OTHER_CONTROLS.has(c.name)) says.type = 'other';
  }
  return says;
}

/** A repeating section's binding, or an item of one (Word 2013's extension elements, in the w15 namespace). */
function readRepeating(sdtPr: XmlElement): RepeatingSays | 'repeating-item' | undefined {
  let section = false;
  let binding: XmlElement | undefined;
  for (const c of sdtPr.children) {
    if (c.ns === Ns.W) continue;
    if (c.name === 'repeatingSectionItem') return 'repeating-item';
    if (c.name === 'repeatingSection') section = true;
    else if (c.name === 'dataBinding') binding = c;
  }
  if (!section || !binding) return undefined;
  const xpath = binding.attrs.get('xpath') ?? '';
  return {
    kind: 'repeating',
    name: child(sdtPr, Ns.W, 'alias')?.attrs.get('val') || child(sdtPr, Ns.W, 'tag')?.attrs.get('val') || xpath,
    binding: { store: binding.attrs.get('storeItemID') ?? '', xpath, mappings: binding.attrs.get('prefixMappings') ?? '' },
  };
}

function hasPlaceholder(sdtPr: XmlElement): boolean {
  const flag = child(sdtPr, Ns.W, 'showingPlcHdr');
  if (!flag) return false;
  const val = flag.attrs.get('val');
  return !(val === '0' || val === 'false' || val === 'off');
}

/** Some run holds text other than spaces (what is left of a paragraph once its deleted text is dropped). */
/**
 * A paragraph whose mark stands (not deleted) but whose own text is all a tracked deletion: deleted
 * whole, as Word deletes the last paragraph of a story (whose mark cannot go: the mark before it is
 * deleted instead, and the text before runs on into this paragraph), or its text deleted and an empty
 * paragraph left. Its own deletions, taken out of its marks (with the deletion of the mark before it,
 * which goes with them), to be said where it stood; null when it is no such paragraph (text of its
 * own left, or another change of its own: an insertion, a move).
 */
function emptiedMarks(paragraph: RawParagraph): ParagraphMarks | null {
  const marks = paragraph.marks;
  if (!marks || marks.deletions === 0 || paragraph.anchored.length > 0) return null;
  const opened = paragraph.openedWith;
  const before = opened?.marks ?? null;
  const own = (kind: MarkKind) => marks[kind] - (before ? before[kind] : 0);
  if (own('deletions') === 0 || own('insertions') > 0 || own('moves') > 0 || own('subdocuments') > 0 || own('equations') > 0) return null;
  const ownRuns = opened ? paragraph.runs.slice(opened.runs) : paragraph.runs;
  if (holdsText(ownRuns)) return null;
  const emptied: ParagraphMarks = { ...noMarks(), deletions: own('deletions'), formatting: own('formatting'), colourChanges: own('colourChanges') };
  // The text before it runs on into it through a deleted mark: that deletion goes with this paragraph's.
  const joined = opened?.mark === true && holdsText(paragraph.runs.slice(0, opened.runs)) && before !== null && before.deletions > 0;
  if (before) {
    const kept = { ...before };
    if (joined) kept.deletions--;
    paragraph.marks = kept;
  } else delete paragraph.marks;
  return emptied;
}

function holdsText(runs: readonly RawRun[]): boolean {
  for (const run of runs) if (TEXT_NOT_SPACE.test(run.text)) return true;
  return false;
}

const TEXT_NOT_SPACE = /[^ \t\r\n\u00A0]/;
