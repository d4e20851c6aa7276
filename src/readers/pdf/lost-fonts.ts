/**
 * Fonts pdf.js could not load, whose text it then draws as nothing. When pdf.js fails on a font (a
 * predefined CMap it cannot fetch: its built-in `cmaps/` folder missing or unreachable, as in Node
 * before pdfjs.ts gave it a plain path, or in a page whose build did not copy `pdfjs/cmaps/`; or an
 * embedded font it cannot parse) it puts an "error font" in the font's place, which turns every
 * string shown in it into no glyph at all: the text is gone without a sound. pdf.js tells it only by
 * the font object it resolves, in `page.commonObjs`, to the reason (a string) instead of a font.
 * Those are found here, by the text operators that draw in them, so the reader can say so
 * (index.ts `finishScript`: the `font-not-loaded` warning, or a `no-text` error of kind
 * `font-not-loaded` when nothing else is left).
 */
import { OP } from './operators.js';

/** pdf.js's operators that show text (OPS.showText, showSpacedText, nextLineShowText, nextLineSetSpacingShowText). */
const SHOWS_TEXT = new Set([OP.showText, 45, 46, 47]);

/** A font that could not be loaded, seen drawing text on a page. */
export interface LostFont {
  /** pdf.js's reason (its first line), e.g. "Unable to load CMap data at: …/UniJIS-UCS2-H.bcmap". */
  error: string;
  /** The predefined CMap that could not be loaded (its name), when that is the reason. */
  cmap?: string;
  /** The font's name in the file (`/BaseFont`), when it can be found. */
  font?: string;
  /** Text operators drawn in it on the page (each drew nothing). */
  shows: number;
}

/** What the page's fonts resolved to in pdf.js (`page.commonObjs`). */
export interface FontStore {
  has(id: string): boolean;
  get(id: string): unknown;
}

/** The CMap a failure names ("Unable to load CMap data at: <folder>/<name>.bcmap"). */
export function cmapOf(error: string): string | undefined {
  const at = /Unable to load CMap data at: .*?([^/\\]+?)(?:\.bcmap)?$/.exec(error);
  return at ? at[1] : undefined;
}

/**
 * The fonts of an operator list that pdf.js could not load, and how many text operators drew in
 * each (the font in force through save/restore). `nameOf`: the font's `/BaseFont` for a CMap, when found.
 */
export function lostFonts(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, fonts: FontStore, nameOf?: (cmap: string) => string | undefined): LostFont[] {
  let lost: Map<string, LostFont> | null = null;
  const known = new Map<string, string | null>();
  const stack: string[] = [];
  let font = '';
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === OP.setFont) {
      font = String((argsArray[i] as unknown[])[0]);
      continue;
    }
    if (fn === OP.save) stack.push(font);
    else if (fn === OP.restore) font = stack.pop() ?? font;
    else if (fn !== undefined && SHOWS_TEXT.has(fn) && font) {
      let error = known.get(font);
      if (error === undefined) {
        const value = fonts.has(font) ? fonts.get(font) : undefined;
        error = typeof value === 'string' ? value : value instanceof Error ? value.message : null;
        if (error !== null) error = error.split('\n')[0]!.slice(0, 200);
        known.set(font, error);
      }
      if (error === null) continue;
      lost ??= new Map();
      let entry = lost.get(error);
      if (!entry) {
        entry = { error, shows: 0 };
        const cmap = cmapOf(error);
        if (cmap) {
          entry.cmap = cmap;
          const name = nameOf?.(cmap);
          if (name) entry.font = name;
        }
        lost.set(error, entry);
      }
      entry.shows++;
    }
  }
  return lost ? [...lost.values()] : [];
}

const ENCODING = /\/Encoding\s*\/([^\s/<>[\]()]+)/g;
const BASE_FONT = /\/BaseFont\s*\/([^\s/<>[\]()]+)/;

/**
 * The dictionary `at` lies in, its own entries only (what nested dictionaries hold is left out),
 * or null. Looks at most 64 KB back and ahead.
 */
function enclosingDict(text: string, at: number): string | null {
  let start = -1;
  for (let i = at, depth = 0; i > 0 && i > at - 65536; i--) {
    if (text[i] === '>' && text[i - 1] === '>') {
      depth++;
      i--;
    } else if (text[i] === '<' && text[i - 1] === '<') {
      if (depth === 0) {
        start = i + 1;
        break;
      }
      depth--;
      i--;
    }
  }
  if (start < 0) return null;
  let own = '';
  let from = start;
  for (let i = start, depth = 0; i < text.length - 1 && i < at + 65536; i++) {
    if (text[i] === '<' && text[i + 1] === '<') {
      if (depth === 0) own += text.slice(from, i);
      depth++;
      i++;
    } else if (text[i] === '>' && text[i + 1] === '>') {
      if (depth === 0) return own + text.slice(from, i);
      depth--;
      i++;
      if (depth === 0) from = i + 1;
    }
  }
  return null;
}

/**
 * The `/BaseFont` of the font dictionary whose `/Encoding` names `cmap`, read from the file's own
 * bytes (a font dictionary in an object stream is compressed: then none, and the warning names the
 * CMap alone). `#xx` escapes in the name are decoded.
 */
export function baseFontNamer(bytes: Uint8Array): (cmap: string) => string | undefined {
  let text: string | null = null;
  const names = new Map<string, string | undefined>();
  return (cmap) => {
    if (names.has(cmap)) return names.get(cmap);
    text ??= new TextDecoder('latin1').decode(bytes);
    let found: string | undefined;
    for (const m of text.matchAll(ENCODING)) {
      if (m[1] !== cmap) continue;
      const dict = enclosingDict(text, m.index);
      const name = dict ? BASE_FONT.exec(dict) : null;
      if (name) {
        found = name[1]!.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
        break;
      }
    }
    names.set(cmap, found);
    return found;
  };
}

/** A font lost on some pages (PageFolder.lostFonts). */
export interface LostOnPages {
  font: LostFont;
  pages: number[];
}

/** "the font HeiseiMin-W3", "a font": what the sentences call it. */
const called = (font: LostFont): string => (font.font ? `the font ${font.font}` : 'a font');

/** Why it was lost, said for a reader; and what to do. */
function why(font: LostFont): { cause: string; fix: string } {
  return font.cmap
    ? {
        cause: `pdf.js could not load the character map ${font.cmap} that says which letters the font's codes are (${font.error})`,
        fix: "pdf.js's folder of character maps (pdfjs-dist/cmaps; in a web page, pdfjs/cmaps/ copied beside the bundle) is missing or cannot be reached: reinstall vo-lines, or copy that folder, and read the file again",
      }
    : { cause: `pdf.js could not load the font (${font.error})`, fix: 'Re-export the PDF with its fonts embedded, or ask for the script itself: the Word file' };
}

/** The `font-not-loaded` warning for one font whose text was lost while other text was read. */
export function fontNotLoadedWarning(lost: LostOnPages, pagesText: (pages: readonly number[]) => string): { code: string; message: string; details: Record<string, unknown> } {
  const { font, pages } = lost;
  const { cause, fix } = why(font);
  const n = font.shows;
  return {
    code: 'font-not-loaded',
    message: `Text drawn in ${called(font)} on ${pagesText(pages)} was not read (${n.toLocaleString('en-US')} piece${n === 1 ? '' : 's'} of text, missing from the lines and every count): ${cause}. ${fix}.`,
    details: { pages: [...pages], ...(font.font ? { font: font.font } : {}), ...(font.cmap ? { cmap: font.cmap } : {}), error: font.error, pieces: n },
  };
}

/** The sentence of the `no-text` error (kind `font-not-loaded`) when all the text drawn was in fonts that could not be loaded. */
export function allFontsLostMessage(file: string, lost: LostOnPages[]): string {
  const first = lost[0]!;
  const { cause, fix } = why(first.font);
  const others = lost.length > 1 ? ` (and ${lost.length - 1} other font${lost.length > 2 ? 's' : ''})` : '';
  return `${file} has no text vo-lines could read: all its text is drawn in fonts that could not be loaded, and is lost. For ${called(first.font)}${others}, ${cause}. ${fix}.`;
}
