/**
 * The colour a reader sees for one run: the ECMA-376 §17.7.2 cascade
 * docDefaults → table style (with conditional formatting) → paragraph style chain →
 * character style chain → direct formatting, then the background stack
 * highlight → run shading → paragraph shading → cell shading → table shading.
 */
import { channelDistance, highlightColour, isDark, nearWhite, BLACK, WHITE } from '../../colour/hex.js';
import type { BackgroundKind, Hex } from '../../model.js';
import { autoPattern, colourValue, shadingColour, shapeFillColour, type DrawingColour, type ShapeFill, type ColorSpec, type ParaProps, type RunProps, type ShdSpec, type TableProps } from './properties.js';
import { CONDITION_ORDER, type FormattingLayer, type Styles, type TableCondition } from './styles.js';
import type { Theme } from './theme.js';

export interface TableContext {
  props: TableProps;
  /** Number of rows, known once the table has been read to its end. */
  rowCount: number;
  /** Cells in each row. */
  cellCounts: number[];
  /** The cell this table is nested in, whose shading shows through. */
  parentCell?: CellContext;
  /**
   * Its columns' widths in points, from `w:tblGrid/w:gridCol` (NaN for one unreadable); none when
   * the table has no grid. Where its columns stand (`Paragraph.edges` of its cells' paragraphs).
   */
  grid?: number[];
  /** The fewest grid columns its rows are set in by (`w:gridBefore`; 0 when a row is not): its cells' columns are numbered from there. */
  setIn?: number;
}

export interface CellContext {
  table: TableContext;
  /** 0-based. `column`: the cell's place among its row's cells (what a table style's first and last column go by). */
  row: number;
  column: number;
  /**
   * 0-based: the first grid column the cell covers (`w:gridBefore` and the `w:gridSpan`s of the cells
   * before it in its row), where it stands under the table's columns; and, when more than one, the
   * grid columns it covers (`w:gridSpan`, or `w:hMerge` cells after it) and the rows it covers
   * (`w:vMerge` cells under it), counted while the table is read.
   */
  grid: number;
  span?: number;
  rows?: number;
  shd?: ShdSpec;
  /** Its row's exception shading (`w:tblPrEx/w:shd`), over the table's own (§17.4.30). */
  rowShd?: ShdSpec;
  /**
   * A `w:vMerge` cell going on with the cell above it: the merged cell shows the text of the cell that
   * began the merge only, so what is typed in this one is not seen (index.ts leaves it out, and says so).
   */
  mergedAway?: true;
}

export interface ParagraphContext {
  props: ParaProps;
  cell?: CellContext;
  /** In a text box: what its shape paints behind the text. */
  frame?: ShapeFill;
  /** In a Word shape: the colour its style gives text that has none of its own (`a:fontRef`). */
  frameText?: DrawingColour;
  /** A paragraph of a Word document imported into a table cell: its context outside the cell (index.ts standIn), to compare its own styles' look. */
  standsIn?: ParagraphContext;
}

export interface ResolvedRun {
  color: Hex;
  background: Hex | null;
  backgroundKind?: BackgroundKind;
  hidden: boolean;
  /** Crossed out (`w:strike` or `w:dstrike`): text a reader sees as cut. */
  struck: boolean;
  /** All caps (`w:caps`): the text is shown in capitals. */
  caps: boolean;
  /** Set raised or lowered (`w:vertAlign`), small: what a reader sees of its figures (index.ts scriptedText). */
  script?: 'superscript' | 'subscript';
  /** Italic (`w:i`) and bold (`w:b`): toggle properties, through the cascade. */
  italic: boolean;
  bold: boolean;
  /** Those of complex-script text (`w:iCs`, `w:bCs`), and whether the run is all such text (`w:rtl`, `w:cs`). */
  italicCs: boolean;
  boldCs: boolean;
  complex: boolean;
  /** The font of its Latin text (`w:rFonts`, a theme font resolved by the theme), when any level sets one. */
  font?: string;
  /** The run's language (`w:lang`) through the cascade, when any level sets one. */
  lang?: string;
  /** The language of the run's East Asian characters (`w:lang/@w:eastAsia`) through the cascade. */
  langEastAsia?: string;
  /** The colour is the theme's hyperlink colour (`w:themeColor` hyperlink or followedHyperlink): shown as links are (Run.linkStyle). */
  linkColour?: true;
  /** Set when `w:val` caches a different colour than the theme reference gives. */
  themeMismatch?: { themeColor: string; theme: Hex; cached: Hex };
  /** The same for the shading's fill (`w:shd` with `w:themeFill` and a `w:fill` that differs). */
  themeFillMismatch?: { themeColor: string; theme: Hex; cached: Hex };
  /**
   * A highlight the run's character style sets, which no reader shows: Word ignores highlighting in
   * character styles, and LibreOffice does as Word does. Set when it would have changed the background.
   */
  ignoredStyleHighlight?: { style: string; highlight: string };
  /**
   * The background is a patterned shading (`solid`, `pctNN`…) whose pattern colour is automatic:
   * Word paints black where the shading may mean its fill; LibreOffice paints white when the
   * pattern colour is missing. Set when readers disagree or the named fill is not what is shown.
   */
  autoPattern?: { val: string; fill: Hex | null; word: Hex; libreOffice: Hex };
  /**
   * The run is in a Word shape whose style colours its text (`a:fontRef`), and it has no colour of its
   * own but one from a style, which the shape's colour covers (as LibreOffice shows it).
   */
  shapeText?: { shape: Hex; style: Hex };
  /** The text has no colour of its own (automatic): black or white by its background. */
  auto?: true;
  /** The text colour is a value Word does not write (not six hex digits, not `auto`): what it is. */
  oddColour?: string;
  /** The highlight is none of ECMA-376's names (`ST_HighlightColor`, case-sensitive): no reader shows it. */
  unknownHighlight?: string;
  /**
   * The run is in a table cell with no shading of its own, in a table whose own shading
   * (`w:tblPr/w:shd`) the standard gives its cells but no reader shows there (Word paints it only in
   * the cell spacing, LibreOffice 7.4 not at all): that colour, the run being read without it.
   */
  unshownTableShading?: Hex;
  /** That shading is its row's (`w:tblPrEx/w:shd`), not the whole table's. */
  unshownRowShading?: true;
  /** The run is in a text box whose fill vo-lines cannot work out (a gradient, a picture…): what it is. */
  unknownFrameFill?: string;
  /**
   * A Word text effect fill (`w14:textFill`) that is not the font colour: Word shows `word` (null: a
   * gradient, no one colour), LibreOffice and older readers the font colour `fontColour`.
   */
  textFill?: { word: Hex | null; fontColour: Hex };
  /**
   * A Word text effect of no fill (`w14:textFill/w14:noFill`) and no outline: Word paints nothing of its
   * letters, LibreOffice and older readers show them in the font colour (`color`). Not read, as hidden text.
   */
  unfilled?: true;
  /** `w:webHidden` (not a toggle: the last level that sets it wins): Word shows and prints the text, LibreOffice hides it. */
  webHidden?: true;
}

/** `ST_HighlightColor` (ECMA-376 Part 1 §17.18.40), as the spec spells them. */
const HIGHLIGHT_NAMES: ReadonlySet<string> = new Set([
  'black', 'blue', 'cyan', 'green', 'magenta', 'red', 'yellow', 'white', 'darkBlue', 'darkCyan', 'darkGreen', 'darkMagenta', 'darkRed', 'darkYellow', 'darkGray', 'lightGray',
]);

/** The conditional formats of banded rows and columns. */
const BANDS: ReadonlySet<TableCondition> = new Set(['band1Horz', 'band2Horz', 'band1Vert', 'band2Vert']);

/** Word's default look for new tables (`w:tblLook w:val="04A0"`), used when a table has none. */
const DEFAULT_LOOK = { firstRow: true, lastRow: false, firstColumn: true, lastColumn: false, noHBand: false, noVBand: true };

/** Which conditional formats apply to a cell, in application order. */
export function conditionsFor(cell: CellContext): TableCondition[] {
  const { table, row, column } = cell;
  const look = table.props.look ?? DEFAULT_LOOK;
  const lastRow = table.rowCount - 1;
  const lastColumn = (table.cellCounts[row] ?? 1) - 1;
  const isFirstRow = look.firstRow && row === 0;
  const isLastRow = look.lastRow && row === lastRow;
  const isFirstCol = look.firstColumn && column === 0;
  const isLastCol = look.lastColumn && column === lastColumn;
  const applies = new Set<TableCondition>(['wholeTable']);
  if (!look.noVBand && !isFirstCol && !isLastCol) {
    const index = column - (look.firstColumn ? 1 : 0);
    applies.add(Math.floor(index / (table.props.colBandSize ?? 1)) % 2 === 0 ? 'band1Vert' : 'band2Vert');
  }
  if (!look.noHBand && !isFirstRow && !isLastRow) {
    const index = row - (look.firstRow ? 1 : 0);
    applies.add(Math.floor(index / (table.props.rowBandSize ?? 1)) % 2 === 0 ? 'band1Horz' : 'band2Horz');
  }
  if (isFirstCol) applies.add('firstCol');
  if (isLastCol) applies.add('lastCol');
  if (isFirstRow) applies.add('firstRow');
  if (isLastRow) applies.add('lastRow');
  if (isFirstRow && isFirstCol) applies.add('nwCell');
  if (isFirstRow && isLastCol) applies.add('neCell');
  if (isLastRow && isFirstCol) applies.add('swCell');
  if (isLastRow && isLastCol) applies.add('seCell');
  return CONDITION_ORDER.filter((c) => applies.has(c));
}

interface RunCascade {
  lang?: string;
  langEastAsia?: string;
  textFill?: RunProps['textFill'];
  textOutline?: boolean;
  webHidden?: boolean;
  /** The highlight of the character style chain, not applied (see ResolvedRun.ignoredStyleHighlight). */
  styleHighlight?: { style: string; highlight: string };
  color?: ColorSpec;
  highlight?: string;
  shd?: ShdSpec;
  hidden: boolean;
  struck: boolean;
  caps: boolean;
  italic: boolean;
  bold: boolean;
  italicCs: boolean;
  boldCs: boolean;
  complex: boolean;
  vertAlign?: RunProps['vertAlign'];
  font?: RunProps['font'];
  paraShd?: ShdSpec;
  cellStyleShd?: ShdSpec;
  /** `cellStyleShd` is the table style's banding of rows or columns. */
  cellStyleBand?: boolean;
  tableStyleShd?: ShdSpec;
}

export class Cascade {
  private readonly tableLayerCache = new Map<string, FormattingLayer[]>();
  /** The table style layers of banded rows and columns (band1Horz…): their shading is the table's banding. */
  private readonly bandLayers = new Set<FormattingLayer>();
  private readonly runCache = new Map<string, RunCascade>();
  /**
   * The page's colour when the document sets one (`w:background`, not white): automatic text on no
   * background of its own is white on a dark page, and a white background is seen on it. Set before
   * any run is resolved.
   */
  page: Hex | null = null;

  constructor(
    private readonly styles: Styles,
    private readonly theme: Theme,
  ) {}

  /** Table style layers for a cell: the style chain root-first, then each applicable condition. */
  private tableLayers(cell: CellContext | undefined): { key: string; layers: FormattingLayer[] } {
    if (!cell) return { key: '', layers: [] };
    const styleId = cell.table.props.tblStyle ?? this.styles.defaultStyle('table');
    const conditions = conditionsFor(cell);
    const key = `${styleId}|${conditions.join(',')}`;
    let layers = this.tableLayerCache.get(key);
    if (!layers) {
      const chain = this.styles.chain(styleId);
      layers = [...chain];
      for (const condition of conditions) {
        for (const style of chain) {
          const layer = style.conditions.get(condition);
          if (!layer) continue;
          layers.push(layer);
          if (BANDS.has(condition)) this.bandLayers.add(layer);
        }
      }
      this.tableLayerCache.set(key, layers);
    }
    return { key, layers };
  }

  private cascade(direct: RunProps, paragraph: ParagraphContext): RunCascade {
    const table = this.tableLayers(paragraph.cell);
    const pStyle = paragraph.props.pStyle ?? this.styles.defaultStyle('paragraph');
    const key = `${table.key}\u0000${pStyle}\u0000${JSON.stringify(direct)}`;
    const cached = this.runCache.get(key);
    if (cached) return cached;

    const paraChain = this.styles.chain(pStyle);
    const charChain = this.styles.chain(direct.rStyle);
    const result: RunCascade = { hidden: false, struck: false, caps: false, italic: false, bold: false, italicCs: false, boldCs: false, complex: false };
    let rtl = false;
    let cs = false;
    const apply = (props: RunProps) => {
      if (props.rtl !== undefined) rtl = props.rtl;
      if (props.cs !== undefined) cs = props.cs;
      if (props.color) result.color = props.color;
      if (props.font) result.font = props.font;
      if (props.vertAlign) result.vertAlign = props.vertAlign;
      if (props.highlight !== undefined) result.highlight = props.highlight;
      if (props.shd) result.shd = props.shd;
      if (props.lang) result.lang = props.lang;
      if (props.langEastAsia) result.langEastAsia = props.langEastAsia;
      if (props.textFill) result.textFill = props.textFill;
      if (props.textOutline !== undefined) result.textOutline = props.textOutline;
      if (props.webHidden !== undefined) result.webHidden = props.webHidden;
    };
    // Toggle properties flip through the style levels and are absolute in direct formatting (§17.7.3).
    const toggled = (get: (props: RunProps) => boolean | undefined, directValue: boolean | undefined) => {
      const level = (layers: RunProps[]) => {
        let value: boolean | undefined;
        for (const props of layers) {
          const v = get(props);
          if (v !== undefined) value = v;
        }
        return value ?? false;
      };
      return directValue ?? ((get(this.styles.docDefaults) ?? false) !== (level(table.layers.map((l) => l.rPr)) !== level(paraChain.map((s) => s.rPr)) !== level(charChain.map((s) => s.rPr))));
    };
    apply(this.styles.docDefaults);
    for (const layer of table.layers) apply(layer.rPr);
    for (const style of paraChain) apply(style.rPr);
    for (const style of charChain) {
      // Word ignores highlighting in character styles (LibreOffice's DOCX import does the same).
      if (style.type === 'character' && style.rPr.highlight !== undefined) {
        const { highlight, ...rest } = style.rPr;
        apply(rest);
        result.styleHighlight = { style: style.name ?? style.id, highlight };
      } else apply(style.rPr);
    }
    apply(direct);
    if (direct.highlight !== undefined) delete result.styleHighlight;
    result.hidden = toggled((props) => props.vanish ?? props.specVanish, direct.vanish ?? (direct.specVanish ? true : undefined));
    result.struck = toggled((props) => props.strike, direct.strike) || toggled((props) => props.dstrike, direct.dstrike);
    result.caps = toggled((props) => props.caps, direct.caps);
    result.italic = toggled((props) => props.italic, direct.italic);
    result.bold = toggled((props) => props.bold, direct.bold);
    result.italicCs = toggled((props) => props.italicCs, direct.italicCs);
    result.boldCs = toggled((props) => props.boldCs, direct.boldCs);
    result.complex = rtl || cs;

    for (const layer of table.layers) {
      if (layer.pPr.shd) result.paraShd = layer.pPr.shd;
      if (layer.tcShd) {
        result.cellStyleShd = layer.tcShd;
        result.cellStyleBand = this.bandLayers.has(layer);
      }
      if (layer.tblShd) result.tableStyleShd = layer.tblShd;
    }
    for (const style of paraChain) if (style.pPr.shd) result.paraShd = style.pPr.shd;
    this.runCache.set(key, result);
    return result;
  }

  /**
   * Runs outside tables, by their properties object then their paragraph's: the same objects always
   * resolve the same (a document's repeated property blocks are read once into shared objects, body.ts).
   */
  private readonly resolvedOutsideTables = new Map<RunProps, Map<ParaProps, ResolvedRun>>();

  /** The run's look; the same object for the same properties outside tables (treat it as read-only). */
  resolve(direct: RunProps, paragraph: ParagraphContext): ResolvedRun {
    if (paragraph.cell || paragraph.frame) return this.resolveAnew(direct, paragraph);
    let byParagraph = this.resolvedOutsideTables.get(direct);
    if (!byParagraph) this.resolvedOutsideTables.set(direct, (byParagraph = new Map()));
    let resolved = byParagraph.get(paragraph.props);
    if (!resolved) byParagraph.set(paragraph.props, (resolved = this.resolveAnew(direct, paragraph)));
    return resolved;
  }

  private resolveAnew(direct: RunProps, paragraph: ParagraphContext): ResolvedRun {
    const c = this.cascade(direct, paragraph);
    let background: Hex | null = null;
    let backgroundKind: BackgroundKind | undefined;
    let unknownHighlight: string | undefined;
    if (c.highlight !== undefined && c.highlight !== 'none') {
      // The spec's names, as written (LibreOffice shows "Magenta" or "FF00FF" as no highlight).
      background = HIGHLIGHT_NAMES.has(c.highlight) ? highlightColour(c.highlight.toLowerCase()) : null;
      if (background) backgroundKind = 'highlight';
      else unknownHighlight = c.highlight.slice(0, 40);
    }
    let shading: ShdSpec | undefined;
    let unknownFrameFill: string | undefined;
    let unshownTableShading: Hex | undefined;
    let unshownRow: boolean | undefined;
    if (!background) {
      for (const spec of [c.shd, paragraph.props.shd ?? c.paraShd]) {
        background = shadingColour(spec, this.theme);
        if (background) {
          shading = spec;
          break;
        }
      }
      // A text box's own fill is behind its text, before what the box floats over.
      if (!background && paragraph.frame) {
        const frame = shapeFillColour(paragraph.frame, this.theme);
        background = frame.colour;
        unknownFrameFill = frame.unknown;
      }
      let band: boolean | undefined = false;
      if (!background && !unknownFrameFill) ({ colour: background, spec: shading, band, unshown: unshownTableShading, unshownRow } = this.cellShading(paragraph.cell, c));
      if (background) backgroundKind = band ? 'table-band' : 'shading';
    }

    const spec = c.color;
    const ownColour = spec ? colourValue(this.theme, spec.val, spec.themeColor, spec.themeTint, spec.themeShade) : null;
    let color = ownColour;
    // `auto` text is read black, and white on dark shading (not on a highlight). Word's own rule is not
    // published (docs/internals.md: LibreOffice's differs between luminance 62 and brightness 128).
    let automatic = !color;
    if (!color) color = ((backgroundKind === 'shading' || backgroundKind === 'table-band') && background ? isDark(background) : !background && this.page !== null && isDark(this.page)) ? WHITE : BLACK;
    // In a Word shape, text with no colour of its own takes the colour the shape's style gives it
    // (a:fontRef: white in Word's default shape), over what styles give (LibreOffice's DOCX import).
    let shapeText: ResolvedRun['shapeText'];
    if (paragraph.frameText && !direct.color && !direct.textFill) {
      const shape = shapeFillColour({ kind: 'colour', colour: paragraph.frameText }, this.theme).colour;
      if (shape) {
        if (spec && ownColour && channelDistance(ownColour, shape) > 2) shapeText = { shape, style: ownColour };
        color = shape;
        automatic = false;
      }
    }

    // A text effect fill is what Word paints the text with; the font colour is what other readers show.
    let textFill: ResolvedRun['textFill'];
    if (c.textFill && c.textFill.kind !== 'none' && c.textFill.kind !== 'noFill') {
      const word = c.textFill.kind === 'solid' ? shapeFillColour({ kind: 'colour', colour: c.textFill.colour }, this.theme).colour : null;
      if (word === null || channelDistance(word, color) > 2) textFill = { word, fontColour: color };
    }
    const resolved: ResolvedRun = { color: textFill?.word ?? color, background, hidden: c.hidden, struck: c.struck, caps: c.caps, italic: c.italic, bold: c.bold, italicCs: c.italicCs, boldCs: c.boldCs, complex: c.complex };
    const font = c.font ? (c.font.theme ? this.theme.font(c.font.name) : c.font.name) : undefined;
    if (font) resolved.font = font;
    if (c.vertAlign === 'superscript' || c.vertAlign === 'subscript') resolved.script = c.vertAlign;
    if (textFill) resolved.textFill = textFill;
    if (c.textFill?.kind === 'noFill' && c.textOutline !== true) resolved.unfilled = true;
    if (c.webHidden) resolved.webHidden = true;
    if (color === ownColour && (spec?.themeColor === 'hyperlink' || spec?.themeColor === 'followedHyperlink')) resolved.linkColour = true;
    if (automatic && !textFill?.word) resolved.auto = true;
    if (c.lang) resolved.lang = c.lang;
    if (c.langEastAsia) resolved.langEastAsia = c.langEastAsia;
    if (backgroundKind) resolved.backgroundKind = backgroundKind;
    // A white background is no background: it is what the page looks like anyway (and so is one
    // too pale to be seen: colour/hex.ts nearWhite).
    if (background !== null && nearWhite(background) && this.page === null) {
      resolved.background = null;
      delete resolved.backgroundKind;
    }
    if (c.styleHighlight) {
      const name = c.styleHighlight.highlight.toLowerCase();
      const would = name === 'none' ? null : highlightColour(name);
      if (would && would !== resolved.background) resolved.ignoredStyleHighlight = c.styleHighlight;
    }
    if (unknownFrameFill) resolved.unknownFrameFill = unknownFrameFill;
    if (shapeText) resolved.shapeText = shapeText;
    if (unknownHighlight !== undefined) resolved.unknownHighlight = unknownHighlight;
    if (unshownTableShading && unshownTableShading !== WHITE && unshownTableShading !== resolved.background) {
      resolved.unshownTableShading = unshownTableShading;
      if (unshownRow) resolved.unshownRowShading = true;
    }
    // A value Word never writes (three digits, eight, a name; a '#' before six is read alike): readers make different colours of it.
    const val = spec?.val;
    if (val !== undefined && val !== 'auto' && !(spec!.themeColor && spec!.themeColor !== 'none') && !/^#?[0-9A-Fa-f]{6}$/.test(val)) resolved.oddColour = val.slice(0, 40);
    const pattern = shading && background ? autoPattern(shading, background, this.theme) : null;
    if (pattern) resolved.autoPattern = pattern;
    if (spec?.themeColor && spec.themeColor !== 'none' && spec.val && spec.val !== 'auto') {
      const cached = colourValue(this.theme, spec.val, undefined, undefined, undefined);
      if (cached && ownColour && channelDistance(cached, ownColour) > 2) resolved.themeMismatch = { themeColor: describeTheme(spec), theme: ownColour, cached };
    }
    // A shading's theme fill with another colour cached in w:fill: Word shows the theme's, LibreOffice the cache.
    if (shading?.themeFill && shading.themeFill !== 'none' && shading.fill && shading.fill !== 'auto') {
      const cached = colourValue(this.theme, shading.fill, undefined, undefined, undefined);
      const themed = colourValue(this.theme, shading.fill, shading.themeFill, shading.themeFillTint, shading.themeFillShade);
      if (cached && themed && channelDistance(cached, themed) > 2) {
        resolved.themeFillMismatch = { themeColor: describeTheme({ themeColor: shading.themeFill, themeTint: shading.themeFillTint, themeShade: shading.themeFillShade }), theme: themed, cached };
      }
    }
    return resolved;
  }

  /**
   * The shading of the cell (or of a cell it is nested in) and the `w:shd` it comes from; `unshown`:
   * the table's own shading (`w:tblPr/w:shd`) of a cell with none of its own, which the standard gives
   * the cell (§17.4.31) but Word shows only in the cell spacing (MS-OI29500 §2.1.142 a: a cell with no
   * `w:shd` takes its table *style's* shading, §2.1.144 b) and LibreOffice 7.4 not at all.
   */
  private cellShading(cell: CellContext | undefined, c: RunCascade): { colour: Hex | null; spec?: ShdSpec; band?: boolean; unshown?: Hex; unshownRow?: boolean } {
    let unshown: Hex | undefined;
    let unshownRow = false;
    let current = cell;
    let styleShd: { cell?: ShdSpec; table?: ShdSpec } = { cell: c.cellStyleShd, table: c.tableStyleShd };
    // Whether the style's cell shading is its banding: for the innermost cell only.
    let band = c.cellStyleBand === true;
    while (current) {
      // A cell's own `w:shd` is its shading, whatever it says: the table's shading and the table
      // style's are superseded by it (§17.4.31/§17.4.32), so a cell that says "No Color" (`clear`
      // with fill `auto`, as Word writes it) or `nil` shows no shading of its table. What it shows
      // then is what is behind the table: the cell the table is nested in, if any.
      // A row's exception shading (w:tblPrEx) stands for the table's own in its cells, and no reader shows either there:
      // Word fills a cell with no shading of its own from the table style (MS-OI29500 §2.1.144 b), LibreOffice 7.4 with none.
      const own = current.rowShd ?? current.table.props.shd;
      if (current.shd === undefined && own && !unshown) {
        unshown = shadingColour(own, this.theme) ?? undefined;
        unshownRow = unshown !== undefined && current.rowShd !== undefined;
      }
      const specs = current.shd !== undefined ? [current.shd] : [styleShd.cell, own ? undefined : styleShd.table];
      for (const spec of specs) {
        const colour = shadingColour(spec, this.theme);
        if (colour) return { colour, spec, band: band && current.shd === undefined && spec === styleShd.cell, ...(unshown ? { unshown, unshownRow } : {}) };
      }
      band = false;
      current = current.table.parentCell;
      if (current) {
        const layers = this.tableLayers(current).layers;
        styleShd = {};
        for (const layer of layers) {
          if (layer.tcShd) styleShd.cell = layer.tcShd;
          if (layer.tblShd) styleShd.table = layer.tblShd;
        }
      }
    }
    return unshown ? { colour: null, unshown, unshownRow } : { colour: null };
  }
}

function describeTheme(spec: ColorSpec): string {
  const parts = [spec.themeColor];
  if (spec.themeTint) parts.push(`tint ${spec.themeTint}`);
  if (spec.themeShade) parts.push(`shade ${spec.themeShade}`);
  return parts.join(' ');
}

