/**
 * The formatting properties vo-lines needs, read from `w:rPr`, `w:pPr`, `w:tblPr`, `w:tcPr`
 * blocks (in styles or in the body), and turned into colours.
 * Only what changes the colour a reader sees, or whether text is seen at all, is kept.
 */
import { applyTintShade, blend, channelDistance, normaliseHex, WHITE, BLACK } from '../../colour/hex.js';
import type { Hex } from '../../model.js';
import { DIRECT_SLOTS, type Theme } from './theme.js';
import { child, Ns, type XmlElement } from './xml.js';

export interface ColorSpec {
  val?: string;
  themeColor?: string;
  themeTint?: string;
  themeShade?: string;
}

export interface ShdSpec {
  val?: string;
  color?: string;
  fill?: string;
  themeColor?: string;
  themeTint?: string;
  themeShade?: string;
  themeFill?: string;
  themeFillTint?: string;
  themeFillShade?: string;
}

export interface RunProps {
  color?: ColorSpec;
  highlight?: string;
  shd?: ShdSpec;
  vanish?: boolean;
  specVanish?: boolean;
  /** `w:webHidden`: hidden in Word's Web Layout only; Word prints it, LibreOffice hides it. */
  webHidden?: boolean;
  /** `w:strike` / `w:dstrike`: the text is crossed out (toggle properties, like `w:vanish`). */
  strike?: boolean;
  dstrike?: boolean;
  /** `w:caps`: All caps, the text shown in capitals (a toggle property). `w:smallCaps` is not read: its lower-case letters stay small letters. */
  caps?: boolean;
  /** `w:vertAlign`: the text set raised and small (`superscript`: "1er", "m²", a note's call) or lowered (`subscript`: "CO₂"). */
  vertAlign?: 'superscript' | 'subscript' | 'baseline';
  /** `w:i` / `w:b`: italic and bold (toggle properties), of the run's text but complex-script text. */
  italic?: boolean;
  bold?: boolean;
  /** `w:iCs` / `w:bCs`: italic and bold of its complex-script text (Arabic, Hebrew, Thai, Indic scripts…; toggle properties). */
  italicCs?: boolean;
  boldCs?: boolean;
  /** `w:rtl` / `w:cs`: the run is right-to-left, or complex-script, text: it is shown with the complex-script properties. */
  rtl?: boolean;
  cs?: boolean;
  /**
   * `w:rFonts`: the font of the run's Latin text, the first that this level sets of `w:asciiTheme`,
   * `w:ascii`, `w:hAnsiTheme`, `w:hAnsi` (a theme font, e.g. `minorHAnsi`, is resolved by the theme).
   */
  font?: { name: string; theme: boolean };
  rStyle?: string;
  /** `w:lang/@w:val`: the language of the run's text (Latin script). */
  lang?: string;
  /** `w:lang/@w:eastAsia`: the language of the run's East Asian characters (ECMA-376 Part 1 §17.3.2.20). */
  langEastAsia?: string;
  /**
   * `w14:textFill` (Word 2010 text effects): Word paints the text with it, over `w:color`, which
   * stays for other readers (LibreOffice shows `w:color`). A gradient has no one colour; `noFill`
   * paints nothing (only an outline, if any, is seen); `none`: a fill vo-lines does not read.
   */
  textFill?: { kind: 'solid'; colour: DrawingColour } | { kind: 'gradient' } | { kind: 'noFill' } | { kind: 'none' };
  /** `w14:textOutline`: whether Word draws an outline round the letters (false for one of no fill). */
  textOutline?: boolean;
  /**
   * A tracked formatting change (`w:rPrChange`, holding the formatting before it): `colour` when the
   * colour, highlight, shading, text fill or character style changed (a line given to another voice).
   */
  changed?: 'colour' | 'other';
}

export interface ParaProps {
  pStyle?: string;
  shd?: ShdSpec;
  /** `w:outlineLvl` (0 = level 1; 9 = body text). */
  outlineLvl?: number;
  /** The paragraph mark is a tracked deletion: the paragraph joins the next one. */
  markDeleted?: boolean;
  /** The paragraph mark is always hidden (`w:specVanish`, a style separator): the paragraph joins the next one. */
  markJoins?: boolean;
  /** The paragraph mark is a tracked insertion. */
  markInserted?: boolean;
  /** That tracked change of its mark is a move (`w:moveFrom`, `w:moveTo`): counted with the move of its text. */
  markMoved?: boolean;
  /** A tracked change of the paragraph's formatting (`w:pPrChange`): `colour` when its style or shading changed. */
  changed?: 'colour' | 'other';
  /** A drop cap (`w:framePr w:dropCap="drop"` or `"margin"`): Word's large first letter(s) of the next paragraph, set as a paragraph of their own. */
  dropCap?: boolean;
  /**
   * The left indent `w:ind` sets (`w:start`, else `w:left`), in points; null when it is set in a way
   * that cannot be measured here (in character units, `w:startChars`/`w:leftChars` other than 0, or
   * an unreadable value). Absent when this level does not set it (the first line's own indent and
   * hang are left aside).
   */
  indent?: number | null;
  /** `w:numPr`: the numbering instance (`w:numId`, "0" = none) and level (`w:ilvl`), each as this level sets it. */
  numId?: string;
  ilvl?: number;
  /** `w:bidi`: a right-to-left paragraph, whose start indent is on the right. */
  bidi?: boolean;
}

export interface TableLook {
  firstRow: boolean;
  lastRow: boolean;
  firstColumn: boolean;
  lastColumn: boolean;
  noHBand: boolean;
  noVBand: boolean;
}

export interface TableProps {
  /** A tracked change of the table's properties (`w:tblPrChange`): `colour` when its style or shading changed. */
  changed?: 'colour' | 'other';
  tblStyle?: string;
  shd?: ShdSpec;
  look?: TableLook;
  rowBandSize?: number;
  colBandSize?: number;
}

/** `<w:b/>`, `<w:b w:val="1"/>`, `<w:b w:val="false"/>`… */
export function onOff(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined;
  const val = element.attrs.get('val');
  return !(val === '0' || val === 'false' || val === 'off');
}

function readShd(element: XmlElement | undefined): ShdSpec | undefined {
  if (!element) return undefined;
  const spec: ShdSpec = {};
  for (const key of ['val', 'color', 'fill', 'themeColor', 'themeTint', 'themeShade', 'themeFill', 'themeFillTint', 'themeFillShade'] as const) {
    const value = element.attrs.get(key);
    if (value !== undefined) spec[key] = value;
  }
  return spec;
}

/** Reads a `w:rPr`; `w:rPrChange` (the old formatting of a tracked change) is ignored. */
export function readRunProps(rPr: XmlElement | undefined): RunProps {
  const props: RunProps = {};
  if (!rPr) return props;
  let change: XmlElement | undefined;
  for (const c of rPr.children) {
    if (c.ns === Ns.W14 && c.name === 'textFill') {
      props.textFill = readTextFill(c);
      continue;
    }
    if (c.ns === Ns.W14 && c.name === 'textOutline') {
      // Drawn unless its fill is none (an outline with no fill given is taken as drawn: its text is not dropped).
      props.textOutline = !c.children.some((f) => f.name === 'noFill');
      continue;
    }
    if (c.ns !== Ns.W) continue;
    switch (c.name) {
      case 'rPrChange':
        change = c;
        break;
      case 'color': {
        const spec: ColorSpec = {};
        for (const key of ['val', 'themeColor', 'themeTint', 'themeShade'] as const) {
          const value = c.attrs.get(key);
          if (value !== undefined) spec[key] = value;
        }
        props.color = spec;
        break;
      }
      case 'highlight':
        props.highlight = c.attrs.get('val') ?? 'none';
        break;
      case 'shd':
        props.shd = readShd(c);
        break;
      case 'vanish':
        props.vanish = onOff(c);
        break;
      case 'specVanish':
        props.specVanish = onOff(c);
        break;
      case 'webHidden':
        props.webHidden = onOff(c);
        break;
      case 'strike':
        props.strike = onOff(c);
        break;
      case 'dstrike':
        props.dstrike = onOff(c);
        break;
      case 'caps':
        props.caps = onOff(c);
        break;
      case 'vertAlign': {
        const value = c.attrs.get('val');
        if (value === 'superscript' || value === 'subscript' || value === 'baseline') props.vertAlign = value;
        break;
      }
      case 'i':
        props.italic = onOff(c);
        break;
      case 'b':
        props.bold = onOff(c);
        break;
      case 'iCs':
        props.italicCs = onOff(c);
        break;
      case 'bCs':
        props.boldCs = onOff(c);
        break;
      case 'rtl':
        props.rtl = onOff(c);
        break;
      case 'cs':
        props.cs = onOff(c);
        break;
      case 'rFonts': {
        const asciiTheme = c.attrs.get('asciiTheme');
        const ascii = c.attrs.get('ascii');
        const hAnsiTheme = c.attrs.get('hAnsiTheme');
        const hAnsi = c.attrs.get('hAnsi');
        const font = asciiTheme ? { name: asciiTheme, theme: true } : ascii ? { name: ascii, theme: false } : hAnsiTheme ? { name: hAnsiTheme, theme: true } : hAnsi ? { name: hAnsi, theme: false } : undefined;
        if (font) props.font = { name: font.name.slice(0, 80), theme: font.theme };
        break;
      }
      case 'rStyle':
        props.rStyle = c.attrs.get('val');
        break;
      case 'lang': {
        const val = c.attrs.get('val');
        if (val && val !== 'x-none') props.lang = val;
        const eastAsia = c.attrs.get('eastAsia');
        if (eastAsia && eastAsia !== 'x-none') props.langEastAsia = eastAsia;
        break;
      }
    }
  }
  if (change) {
    const before = readRunProps(child(change, Ns.W, 'rPr'));
    props.changed = colouring(before) === colouring(props) ? 'other' : 'colour';
  }
  return props;
}

/** What of a run's properties tells its colour or voice, as one string to compare. */
function colouring(props: RunProps): string {
  return JSON.stringify([props.color, props.highlight, props.shd, props.textFill, props.rStyle]);
}

/** `w14:textFill`: a solid fill's colour (w14:srgbClr / w14:schemeClr, lumMod / lumOff), a gradient, or none. */
function readTextFill(textFill: XmlElement): NonNullable<RunProps['textFill']> {
  const fill = textFill.children[0];
  if (fill?.name === 'gradFill') return { kind: 'gradient' };
  if (fill?.name === 'noFill') return { kind: 'noFill' };
  if (fill?.name !== 'solidFill') return { kind: 'none' };
  const value = fill.children[0];
  const colour: DrawingColour = {};
  if (value?.name === 'srgbClr') colour.srgb = value.attrs.get('val') ?? '';
  else if (value?.name === 'schemeClr') colour.scheme = value.attrs.get('val') ?? '';
  else colour.unknown = 'a colour vo-lines does not read';
  for (const change of value?.children ?? []) {
    const v = Number(change.attrs.get('val')) / 100000;
    if (!Number.isFinite(v)) continue;
    if (change.name === 'lumMod') colour.lumMod = v;
    else if (change.name === 'lumOff') colour.lumOff = v;
  }
  return { kind: 'solid', colour };
}

export function readParaProps(pPr: XmlElement | undefined): ParaProps {
  const props: ParaProps = {};
  if (!pPr) return props;
  const pStyle = child(pPr, Ns.W, 'pStyle')?.attrs.get('val');
  if (pStyle !== undefined) props.pStyle = pStyle;
  const shd = readShd(child(pPr, Ns.W, 'shd'));
  if (shd) props.shd = shd;
  const outline = Number(child(pPr, Ns.W, 'outlineLvl')?.attrs.get('val'));
  if (Number.isInteger(outline) && outline >= 0 && outline <= 9) props.outlineLvl = outline;
  const dropCap = child(pPr, Ns.W, 'framePr')?.attrs.get('dropCap');
  if (dropCap === 'drop' || dropCap === 'margin') props.dropCap = true;
  const indent = readIndent(child(pPr, Ns.W, 'ind'));
  if (indent !== undefined) props.indent = indent;
  const numPr = child(pPr, Ns.W, 'numPr');
  if (numPr) {
    const numId = child(numPr, Ns.W, 'numId')?.attrs.get('val');
    if (numId !== undefined) props.numId = numId.trim();
    const ilvl = Number(child(numPr, Ns.W, 'ilvl')?.attrs.get('val'));
    if (Number.isInteger(ilvl) && ilvl >= 0 && ilvl <= 8) props.ilvl = ilvl;
  }
  const bidi = onOff(child(pPr, Ns.W, 'bidi'));
  if (bidi !== undefined) props.bidi = bidi;
  const change = child(pPr, Ns.W, 'pPrChange');
  if (change) {
    const before = child(change, Ns.W, 'pPr');
    const same = child(before, Ns.W, 'pStyle')?.attrs.get('val') === pStyle && JSON.stringify(readShd(child(before, Ns.W, 'shd'))) === JSON.stringify(shd);
    props.changed = same ? 'other' : 'colour';
  }
  const markRPr = child(pPr, Ns.W, 'rPr');
  if (child(markRPr, Ns.W, 'del') || child(markRPr, Ns.W, 'moveFrom')) props.markDeleted = true;
  if (child(markRPr, Ns.W, 'ins') || child(markRPr, Ns.W, 'moveTo')) props.markInserted = true;
  // A style separator (Word's Ctrl+Alt+Enter): a paragraph mark that is always hidden (w:specVanish),
  // which Word shows as no break at all, the paragraph running on into the next.
  if (onOff(child(markRPr, Ns.W, 'specVanish')) === true) props.markJoins = true;
  if (child(markRPr, Ns.W, 'moveFrom') || child(markRPr, Ns.W, 'moveTo')) props.markMoved = true;
  return props;
}

/** Points in one unit of a universal measure (ECMA-376 ST_UniversalMeasure: `1in`, `-2.5mm`, `12pt`). */
const MEASURE_UNITS: Record<string, number> = { mm: 72 / 25.4, cm: 72 / 2.54, in: 72, pt: 1, pc: 12, pi: 12 };

/**
 * A signed twips measure (`w:ind w:left="720"`: twentieths of a point, or a universal measure) in
 * points; null when it is not one.
 */
export function twipsMeasure(value: string): number | null {
  const text = value.trim();
  if (/^-?\d{1,9}$/.test(text)) return Number(text) / 20;
  const measure = /^(-?\d{1,9}(?:\.\d{1,9})?)(mm|cm|in|pt|pc|pi)$/.exec(text);
  return measure ? Number(measure[1]) * MEASURE_UNITS[measure[2]!]! : null;
}

/**
 * The left indent a `w:ind` sets: `w:start` (2010 and Strict) or `w:left`, in points; character
 * units (`w:startChars`/`w:leftChars`, which win over them when not 0) depend on the font: null.
 */
export function readIndent(ind: XmlElement | undefined): number | null | undefined {
  if (!ind) return undefined;
  const chars = ind.attrs.get('startChars') ?? ind.attrs.get('leftChars');
  if (chars !== undefined && Number(chars) !== 0) return null;
  const value = ind.attrs.get('start') ?? ind.attrs.get('left');
  if (value === undefined) return chars !== undefined ? 0 : undefined;
  return twipsMeasure(value);
}

export function readTableProps(tblPr: XmlElement | undefined): TableProps {
  const props: TableProps = {};
  if (!tblPr) return props;
  const style = child(tblPr, Ns.W, 'tblStyle')?.attrs.get('val');
  if (style !== undefined) props.tblStyle = style;
  const shd = readShd(child(tblPr, Ns.W, 'shd'));
  if (shd) props.shd = shd;
  const look = child(tblPr, Ns.W, 'tblLook');
  if (look) props.look = readTableLook(look);
  const rowBand = Number(child(tblPr, Ns.W, 'tblStyleRowBandSize')?.attrs.get('val'));
  if (rowBand > 0) props.rowBandSize = rowBand;
  const colBand = Number(child(tblPr, Ns.W, 'tblStyleColBandSize')?.attrs.get('val'));
  if (colBand > 0) props.colBandSize = colBand;
  const change = child(tblPr, Ns.W, 'tblPrChange');
  if (change) {
    const before = readTableProps(child(change, Ns.W, 'tblPr'));
    props.changed = before.tblStyle === props.tblStyle && JSON.stringify(before.shd) === JSON.stringify(props.shd) ? 'other' : 'colour';
  }
  return props;
}

/** `w:tblLook` has explicit attributes since Word 2010 and a hex bit mask in `w:val` before. */
function readTableLook(look: XmlElement): TableLook {
  const mask = Number.parseInt(look.attrs.get('val') ?? '', 16);
  const flag = (name: string, bit: number, fallback: boolean): boolean => {
    const explicit = look.attrs.get(name);
    if (explicit !== undefined) return explicit === '1' || explicit === 'true' || explicit === 'on';
    if (Number.isFinite(mask)) return (mask & bit) !== 0;
    return fallback;
  };
  return {
    firstRow: flag('firstRow', 0x0020, true),
    lastRow: flag('lastRow', 0x0040, false),
    firstColumn: flag('firstColumn', 0x0080, true),
    lastColumn: flag('lastColumn', 0x0100, false),
    noHBand: flag('noHBand', 0x0200, false),
    noVBand: flag('noVBand', 0x0400, true),
  };
}

export function readCellShading(tcPr: XmlElement | undefined): ShdSpec | undefined {
  return readShd(child(tcPr, Ns.W, 'shd'));
}

/** Percent coverage of `w:shd/@w:val` patterns (`pct25` → 0.25); stripes and crosses cover about half. */
function patternCoverage(val: string): number | null {
  if (val === 'clear') return 0;
  if (val === 'solid') return 1;
  const pct = /^pct(\d+)$/.exec(val);
  if (pct) return Number(pct[1]) / 100;
  if (/Stripe|Cross|horz|vert|diag/i.test(val)) return 0.5;
  return null;
}

/**
 * A `w:color`-like value: hex, `auto` (null), or a theme reference. A theme colour whose cached hex is
 * within 2 per channel of what the theme gives is its cache: Word's own arithmetic of the tint or shade,
 * which `wordThemeTintShade` matches for most colours but not all (accent1 #4F81BD shaded BF: Word
 * writes #365F91, it gives #366091; tests/theme-tint.test.ts lists the known misses), which LibreOffice
 * and the PDFs made from the file show — so a DOCX and its PDF name one colour alike. Further apart,
 * the theme's (Word shows it; said as theme-colour-mismatch).
 */
function colourValue(theme: Theme, hex: string | undefined, themeName: string | undefined, tint: string | undefined, shade: string | undefined): Hex | null {
  if (themeName && themeName !== 'none') {
    const resolved = theme.resolve(themeName, tint, shade);
    if (resolved) {
      const cached = hex && hex !== 'auto' ? normaliseHex(hex) : null;
      return cached && cached !== resolved && channelDistance(cached, resolved) <= 2 ? cached : resolved;
    }
  }
  if (!hex || hex === 'auto') return null;
  return normaliseHex(hex);
}

/** The background a `w:shd` paints, or null for none (`nil`, `clear` with an `auto` fill). */
export function shadingColour(spec: ShdSpec | undefined, theme: Theme): Hex | null {
  if (!spec) return null;
  const val = spec.val ?? 'clear';
  if (val === 'nil') return null;
  const fill = colourValue(theme, spec.fill, spec.themeFill, spec.themeFillTint, spec.themeFillShade);
  const pattern = colourValue(theme, spec.color, spec.themeColor, spec.themeTint, spec.themeShade);
  const coverage = patternCoverage(val) ?? 0;
  if (coverage === 0) return fill;
  if (coverage === 1) return pattern ?? BLACK;
  // An automatic pattern colour is black; an automatic fill under a pattern is the white page.
  return blend(pattern ?? BLACK, fill ?? WHITE, coverage);
}

/**
 * A patterned shading (`solid`, `pctNN`, stripes…) whose pattern colour is automatic paints black
 * in Word (`shown`, from shadingColour). Readers disagree when `w:color` is missing: LibreOffice
 * takes the missing colour as white. And a `solid` one names a fill nobody sees (docx.js writes
 * `ShadingType.SOLID` with a `fill` and no `color`, meaning the fill). Either way: what each reader
 * shows, for a warning; null when the shading is not of that kind or readers agree on what it names.
 */
export function autoPattern(spec: ShdSpec, shown: Hex, theme: Theme): { val: string; fill: Hex | null; word: Hex; libreOffice: Hex } | null {
  const val = spec.val ?? 'clear';
  const coverage = patternCoverage(val) ?? 0;
  if (coverage === 0) return null;
  if (colourValue(theme, spec.color, spec.themeColor, spec.themeTint, spec.themeShade)) return null;
  const fill = colourValue(theme, spec.fill, spec.themeFill, spec.themeFillTint, spec.themeFillShade);
  const missing = spec.color === undefined && !spec.themeColor;
  const libreOffice = missing ? blend(WHITE, fill ?? WHITE, coverage) : shown;
  const fillHidden = coverage === 1 && fill !== null && fill !== shown;
  if (libreOffice === shown && !fillHidden) return null;
  return { val, fill, word: shown, libreOffice };
}

/** A DrawingML colour (`a:srgbClr`, `a:schemeClr`, `a:sysClr`, `a:prstClr`) and the changes made to it. */
export interface DrawingColour {
  srgb?: string;
  scheme?: string;
  /** `a:lumMod` / `a:lumOff` / `a:alpha`, as fractions (`val` / 100000). */
  lumMod?: number;
  lumOff?: number;
  alpha?: number;
  /** What makes the colour one vo-lines cannot work out (a change it does not apply, an unknown kind). */
  unknown?: string;
}

/** What the shape of a text box paints behind its text. */
export type ShapeFill = { kind: 'none' } | { kind: 'colour'; colour: DrawingColour } | { kind: 'vml'; hex: Hex } | { kind: 'unknown'; what: string };

/** `a:schemeClr` names → `w:themeColor` names (which go through the colour-scheme mapping as Word's do): the slots' own and theirs. */
const SCHEME_NAMES: ReadonlyMap<string, string> = new Map([
  ['bg1', 'background1'],
  ['tx1', 'text1'],
  ['bg2', 'background2'],
  ['tx2', 'text2'],
  ...[...DIRECT_SLOTS].map(([name, slot]) => [slot, name] as const),
]);

/**
 * The colour a text box's fill shows, or why it cannot be told. Word's own "Lighter n%" and
 * "Darker n%" theme fills are `a:lumMod` + `a:lumOff` (= 1) and `a:lumMod` alone: the theme tint
 * and shade of `w:themeTint` / `w:themeShade`. A fill with `a:alpha` shows the white page through it.
 */
export function shapeFillColour(fill: ShapeFill, theme: Theme): { colour: Hex | null; unknown?: string } {
  if (fill.kind === 'none') return { colour: null };
  if (fill.kind === 'vml') return { colour: fill.hex };
  if (fill.kind === 'unknown') return { colour: null, unknown: fill.what };
  const c = fill.colour;
  if (c.unknown) return { colour: null, unknown: c.unknown };
  let hex: Hex | null = null;
  if (c.srgb !== undefined) hex = normaliseHex(c.srgb);
  else if (c.scheme !== undefined) {
    const name = SCHEME_NAMES.get(c.scheme);
    hex = name ? theme.resolve(name) : null;
  }
  if (!hex) return { colour: null, unknown: `a colour vo-lines cannot work out (${c.scheme ?? c.srgb ?? 'none given'})` };
  const mod = c.lumMod ?? 1;
  const off = c.lumOff ?? 0;
  if (off === 0 && mod !== 1) hex = applyTintShade(hex, undefined, mod);
  else if (off !== 0 && Math.abs(mod + off - 1) < 0.001) hex = applyTintShade(hex, mod);
  else if (off !== 0) return { colour: null, unknown: `a colour made lighter in a way vo-lines does not work out (luminance ×${mod} +${off})` };
  if (c.alpha !== undefined && c.alpha < 1) hex = blend(hex, WHITE, Math.max(0, c.alpha));
  return { colour: hex };
}

export { colourValue };
