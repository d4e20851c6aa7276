/**
 * Theme colours: `w:themeColor` names go through `w:clrSchemeMapping` (settings.xml) to the
 * theme's `a:clrScheme` slots, then `w:themeTint` / `w:themeShade` adjust lightness as Word does
 * (`wordThemeTintShade`: channels truncated, so the value is Word's own cache for most colours).
 */
import { normaliseHex, wordThemeTintShade } from '../../colour/hex.js';
import type { Hex } from '../../model.js';
import { child, Ns, type XmlElement } from './xml.js';

/** Office's default theme, used when a document has no theme part. */
const OFFICE_SCHEME: ReadonlyMap<string, Hex> = new Map([
  ['dk1', '#000000'],
  ['lt1', '#FFFFFF'],
  ['dk2', '#44546A'],
  ['lt2', '#E7E6E6'],
  ['accent1', '#4472C4'],
  ['accent2', '#ED7D31'],
  ['accent3', '#A5A5A5'],
  ['accent4', '#FFC000'],
  ['accent5', '#5B9BD5'],
  ['accent6', '#70AD47'],
  ['hlink', '#0563C1'],
  ['folHlink', '#954F72'],
]);

/** The slots of a theme's `a:clrScheme`. */
export const THEME_SLOTS: readonly string[] = [...OFFICE_SCHEME.keys()];

/** `w:themeColor` values that name a scheme slot directly. (Maps: these names come from the file.) */
export const DIRECT_SLOTS: ReadonlyMap<string, string> = new Map([
  ['dark1', 'dk1'],
  ['light1', 'lt1'],
  ['dark2', 'dk2'],
  ['light2', 'lt2'],
  ['accent1', 'accent1'],
  ['accent2', 'accent2'],
  ['accent3', 'accent3'],
  ['accent4', 'accent4'],
  ['accent5', 'accent5'],
  ['accent6', 'accent6'],
  ['hyperlink', 'hlink'],
  ['followedHyperlink', 'folHlink'],
]);

/** `w:themeColor` values that go through `w:clrSchemeMapping`, with the mapping attribute and its default. */
const MAPPED: ReadonlyMap<string, [attribute: string, fallback: string]> = new Map([
  ['text1', ['t1', 'dark1']],
  ['background1', ['bg1', 'light1']],
  ['text2', ['t2', 'dark2']],
  ['background2', ['bg2', 'light2']],
]);

/** The elements of a theme's font scheme that are read: its major (headings) and minor (body) Latin fonts. */
export const THEME_FONT_ELEMENTS: readonly string[] = ['fontScheme', 'majorFont', 'minorFont', 'latin'];

export class Theme {
  private constructor(
    private readonly scheme: Map<string, Hex>,
    private readonly mapping: Map<string, string>,
    /** `a:fontScheme`'s `a:majorFont/a:latin` and `a:minorFont/a:latin` typefaces, when the theme has them. */
    private readonly fonts: { major?: string; minor?: string } = {},
  ) {}

  static from(themeRoot: XmlElement | undefined, settingsRoot: XmlElement | undefined): Theme {
    const scheme = new Map(OFFICE_SCHEME);
    const clrScheme = child(child(themeRoot, Ns.A, 'themeElements'), Ns.A, 'clrScheme');
    for (const slot of clrScheme?.children ?? []) {
      const value = slot.children[0];
      const hex =
        value?.name === 'srgbClr' ? normaliseHex(value.attrs.get('val') ?? '') : value?.name === 'sysClr' ? normaliseHex(value.attrs.get('lastClr') ?? '') : null;
      if (hex && OFFICE_SCHEME.has(slot.name)) scheme.set(slot.name, hex);
    }
    const mappingElement = child(settingsRoot, Ns.W, 'clrSchemeMapping');
    const fontScheme = child(child(themeRoot, Ns.A, 'themeElements'), Ns.A, 'fontScheme');
    const typeface = (kind: string) => child(child(fontScheme, Ns.A, kind), Ns.A, 'latin')?.attrs.get('typeface')?.slice(0, 80) || undefined;
    return new Theme(scheme, mappingElement?.attrs ?? new Map(), { major: typeface('majorFont'), minor: typeface('minorFont') });
  }

  /**
   * The typeface a `w:rFonts` theme font names (`majorHAnsi`, `minorAscii`…: ECMA-376 §17.18.96): the
   * theme's major or minor Latin font; undefined when the theme has none (Word's own default theme
   * is not assumed).
   */
  font(themeFont: string): string | undefined {
    if (themeFont.startsWith('major')) return this.fonts.major;
    if (themeFont.startsWith('minor')) return this.fonts.minor;
    return undefined;
  }

  /** The colour of a `w:themeColor` / `w:themeFill` value, tint and shade applied; null for unknown names. */
  resolve(themeColor: string, tint?: string, shade?: string): Hex | null {
    let name = themeColor;
    const mapped = MAPPED.get(name);
    if (mapped) name = this.mapping.get(mapped[0]) ?? mapped[1];
    const slot = DIRECT_SLOTS.get(name);
    const base = slot ? this.scheme.get(slot) : undefined;
    if (!base) return null;
    return wordThemeTintShade(base, themeByte(tint), themeByte(shade));
  }
}

/** A `w:themeTint` / `w:themeShade` value (hex `00`–`FF`, any case) as a byte; undefined when it is none. */
function themeByte(value: string | undefined): number | undefined {
  if (value === undefined || !/^[0-9a-f]{1,2}$/i.test(value.trim())) return undefined;
  return Number.parseInt(value.trim(), 16);
}
