/**
 * What a PDF font's name says of the emphasis of the text drawn with it (model.ts Run.italic, bold,
 * font): pdf.js gives the font's name (`BaseFont`, e.g. `BAAAAA+LiberationSerif-Italic`) on its font
 * objects; it does not pass on the font descriptor's Flags or ItalicAngle, and itself tells bold and
 * italic from the name (fonts.js, `fallbackToSystemFont`). Worked out once per font name.
 */

/** The emphasis of a font; one shared object per distinct emphasis, so that runs compare them by identity. */
export interface FontEmphasis {
  italic?: true;
  bold?: true;
  /** The family, as a person reads it: "Liberation Mono" for `LiberationMono`. */
  font?: string;
}

/** A subset's prefix: six capitals and a plus (PDF 32000 §9.6.4). */
const SUBSET = /^[A-Z]{6}\+/;
/** Style words in a font's name after its family (`-BoldItalic`, `,Bold`, `-SemiboldIt`, `-BoldObliqueMT`). */
const ITALIC = /italic|oblique|slanted|inclined|kursiv|(?:^|[a-z])It(?:$|MT)/;
const ITALIC_ANYCASE = /italic|oblique/i;
const BOLD = /bold|black|heavy|demi|^bd|^semibd/i;
/** Producers' tails of a family name: Monotype's `MT`, Adobe's `PS` (`TimesNewRomanPSMT`, `ArialMT`). */
const TAIL = /(?:PSMT|PS|MT)$/;
/** TeX's Computer Modern: text italic, slanted, bold extended (`CMTI10`, `CMSL10`, `CMBX12`). */
const TEX = /^(CM)(TI|SL|BX|BXTI|R|SS|TT)\d*$/;

const byName = new Map<string, FontEmphasis | undefined>();
const byLook = new Map<string, FontEmphasis>();
/** Enough for any real document; a hostile one with more names is still read, uncached. */
const CACHED = 4096;

/** The emphasis of text drawn in the font of this name (undefined for no name). */
export function fontEmphasis(name: string | undefined): FontEmphasis | undefined {
  if (typeof name !== 'string' || name === '') return undefined;
  if (byName.has(name)) return byName.get(name);
  const found = readName(name);
  if (byName.size < CACHED) byName.set(name, found);
  return found;
}

function readName(raw: string): FontEmphasis | undefined {
  const name = raw.slice(0, 120).replace(SUBSET, '');
  let family = name;
  let style = '';
  const cut = Math.max(name.lastIndexOf('-'), name.lastIndexOf(','));
  if (cut > 0) {
    family = name.slice(0, cut);
    style = name.slice(cut + 1);
  }
  let italic = ITALIC.test(style) || ITALIC_ANYCASE.test(style);
  let bold = BOLD.test(style);
  const tex = TEX.exec(family);
  if (tex) {
    italic ||= tex[2] === 'TI' || tex[2] === 'SL' || tex[2] === 'BXTI';
    bold ||= tex[2]!.startsWith('BX');
  } else if (!style) {
    // No separator: the style may still be written into the name (`ArialBold`, `VerdanaItalic`).
    const tail = /(Bold)?(Italic|Oblique)?$/.exec(family);
    if (tail && (tail[1] || tail[2]) && tail.index > 0) {
      bold ||= tail[1] !== undefined;
      italic ||= tail[2] !== undefined;
      family = family.slice(0, tail.index);
    }
  }
  family = family.replace(TAIL, '').replace(/,$/, '');
  const font = readable(family);
  const key = `${italic ? 'i' : ''}${bold ? 'b' : ''}|${font}`;
  let look = byLook.get(key);
  if (!look) {
    look = {};
    if (italic) look.italic = true;
    if (bold) look.bold = true;
    if (font) look.font = font;
    if (byLook.size < CACHED) byLook.set(key, look);
  }
  return look;
}

/**
 * `LiberationMono` → `Liberation Mono`, `TimesNewRoman` → `Times New Roman`, `DejaVuSerif` → `DejaVu
 * Serif` (a space before a capital opening a word of three letters or more); a name with spaces stays.
 */
function readable(family: string): string {
  if (family.includes(' ')) return family;
  return family.replace(/([a-z])(?=[A-Z][a-z]{2})/g, '$1 ');
}
