/**
 * A look at a PDF's streams before pdf.js reads them, for the kinds of damage pdf.js takes minutes
 * over in a single uninterruptible stretch:
 * - graphics states saved (`q`) thousands of times without being restored. pdf.js 5.6 chains each
 *   saved state to the one before it, so the time grows with the square of the depth (10,000 saves:
 *   about a second; 100,000: minutes). A real page nests a few dozen at most.
 * - a font's character map (CMap: a ToUnicode map or an encoding) whose ranges map millions of
 *   codes: pdf.js fills its map one code at a time (a range may span 2^24 − 1 codes; 16.7 million
 *   took 18 s and 2 GB). A real font's map holds at most the 65,536 codes of two bytes.
 * - a cross-reference stream listing more objects than a PDF may have (`/W [0 0 0] /Index [7
 *   100000000]`: entries of no bytes, each made by pdf.js: 3 GB in 20 s).
 *
 * The scan is deliberately rough: it finds `stream … endstream` pairs in the file's bytes, inflates
 * those that can be content (not images, fonts, object or cross-reference streams), and counts the
 * nesting of `q`/`Q` operators, skipping strings, comments and inline images. What it cannot read it
 * leaves to pdf.js (and the time budget).
 *
 * In the same pass it counts the operators that show text (`Tj`, `TJ`, `'`, `"`) in the streams that
 * can be a page's own content (not a form XObject, an annotation's appearance, a pattern: those
 * have a /BBox or a /Subtype): what the file's pages should show, for index.ts to compare with what
 * pdf.js read from them (a list of pages that does not reach the text, `ContentLook`).
 */
import { asciiBytes, indexOfBytes, latin1 } from '../byte-search.js';
import { inflate, InflateError } from '../inflate.js';
import { LIMITS, overLimit } from '../limits.js';
import type { InflatedStream } from './inflated.js';

/** Inflated bytes looked at per stream: a content stream past this is left to pdf.js. */
const MAX_INFLATED = 64 * 1024 * 1024;

const STREAM = asciiBytes('stream');
const END_STREAM = asciiBytes('endstream');
const OBJ = asciiBytes('obj');
/** Dictionary entries of streams that are not page content. */
const NOT_CONTENT = /\/Subtype\s*\/Image|\/Length[123]\b|\/Type\s*\/(ObjStm|XRef|EmbeddedFile|Metadata)|\/Subtype\s*\/(Type1C|CIDFontType0C|OpenType|XML)/;

const RANGE = asciiBytes('range');

const XREF_STREAM = /\/Type\s*\/XRef\b/;
const OBJECT_STREAM = /\/Type\s*\/ObjStm\b/;
const LINK = asciiBytes('/Link');

/**
 * Streams of drawing operators that are no page's own content: form XObjects (annotation
 * appearances are forms too: PDF 32000 §8.10, §12.5.5), tiling patterns, shadings, functions, CMaps.
 * A page's /Contents stream has none of these entries (§7.8.2: /Length, /Filter, /DecodeParms).
 */
const NOT_PAGE_CONTENT = /\/BBox\b|\/Subtype\s*\/Form\b|\/Type\s*\/(XObject|Pattern|CMap)\b|\/(PatternType|ShadingType|FunctionType|CMapName)\b/;

/** What a file's look found of the text its pages should show. */
export interface ContentLook {
  /**
   * Streams that can be a page's own content and show text (the last one of each object number: an
   * update appended to the file replaces an object, PDF 32000 §7.5.6), and their operators that
   * show text (`Tj`, `TJ`, `'`, `"`), which pdf.js reads as one showText each.
   */
  textStreams: number;
  textOps: number;
  /**
   * Whether the file may hold link annotations: `/Link` is in its bytes or in one of its object
   * streams, or an object stream could not be read (encrypted, another filter), or the look stopped
   * early. False only when no such name is anywhere: the PDF threads then ask pdf.js for no page's links.
   */
  links: boolean;
}

/**
 * The entries a cross-reference stream's dictionary lists (PDF 32000 §7.5.8.2: the counts of its
 * `/Index` pairs, else `/Size`), as pdf.js loops over them: integers only (pdf.js refuses others at
 * once), a negative count none.
 */
export function xrefStreamEntries(dict: string): number {
  const index = /\/Index\s*\[([^\]]*)\]/.exec(dict);
  const numbers = index ? index[1]!.trim().split(/\s+/).map(Number) : [0, Number(/\/Size\s+([-+]?\d+)/.exec(dict)?.[1] ?? 0)];
  let entries = 0;
  for (let i = 1; i < numbers.length; i += 2) if (Number.isInteger(numbers[i - 1]) && Number.isInteger(numbers[i]) && numbers[i]! > 0) entries += numbers[i]!;
  return entries;
}

/**
 * Throws `over-limit` when a content stream nests `q` deeper than LIMITS.graphicsStates, when the
 * fonts' CMaps map more than LIMITS.cmapCodes codes by ranges, or when cross-reference streams list
 * more than LIMITS.xrefEntries objects. `keep` is given each stream it inflated whole (inflated.ts:
 * the calling thread hands them to the PDF threads).
 */
export async function checkContentStreams(bytes: Uint8Array, file: string, keep?: (stream: InflatedStream) => void): Promise<ContentLook> {
  const buf = bytes;
  let cmapCodes = 0;
  let xrefEntries = 0;
  /** Text-showing operators per stream that can be page content, by object ("N G", or where it is when its header is not found). */
  const shown = new Map<string, number>();
  // A link annotation's dictionary names its subtype /Link (PDF 32000 §12.5.6.5): in the file's bytes,
  // or compressed in an object stream (§7.5.7), which is read below for it.
  let links = indexOfBytes(buf, LINK) >= 0;
  const look = (): ContentLook => {
    let textOps = 0;
    let textStreams = 0;
    for (const ops of shown.values()) {
      if (ops > 0) textStreams++;
      textOps += ops;
    }
    return { textStreams, textOps, links };
  };
  for (let at = indexOfBytes(buf, STREAM); at >= 0; at = indexOfBytes(buf, STREAM, at + STREAM.length)) {
    // `stream` the keyword: after the dictionary's `>>` (and spaces), followed by an end of line.
    let before = at - 1;
    while (before >= 0 && isWhite(buf[before]!)) before--;
    if (before < 1 || buf[before] !== 0x3e || buf[before - 1] !== 0x3e) continue;
    let start = at + STREAM.length;
    const cr = buf[start] === 0x0d;
    if (cr) start++;
    if (buf[start] === 0x0a) start++;
    else if (!cr) continue;
    const end = indexOfBytes(buf, END_STREAM, start);
    if (end < 0) {
      links = true;
      return look();
    }
    // The stream's dictionary: after the last `obj` in the 2 KiB before it (decoded alone: a few
    // hundred streams' 2 KiB each cost more than the rest of the look).
    const window = Math.max(0, at - 2048);
    const obj = lastIndexOfBytes(buf, OBJ, at - OBJ.length, window);
    const dict = latin1(buf.subarray(obj < 0 ? window : obj + 1, at));
    if (!links && OBJECT_STREAM.test(dict)) {
      // Read whole, or it may hold one in the part not read.
      const read = await contentOf(buf.subarray(start, end), dict, true);
      links = !read?.whole || indexOfBytes(read.content, LINK) >= 0;
    }
    if (XREF_STREAM.test(dict)) {
      xrefEntries += xrefStreamEntries(dict);
      if (xrefEntries > LIMITS.xrefEntries) throw overLimit(file, 'the number of objects its cross-reference streams list', LIMITS.xrefEntries, 'objects', 'xrefEntries');
    } else if (!NOT_CONTENT.test(dict)) {
      const read = await contentOf(buf.subarray(start, end), dict, keep !== undefined);
      const content = read?.content ?? null;
      const ops = content ? operatorsOf(content) : null;
      if (ops && ops.depth > LIMITS.graphicsStates) {
        throw overLimit(file, 'the nesting of saved graphics states (q) in a content stream', LIMITS.graphicsStates, 'levels', 'graphicsStates');
      }
      // (A dictionary longer than the 2 KiB looked at is no page's content, which has a few entries: a form's resources.)
      if (ops && obj >= 0 && !NOT_PAGE_CONTENT.test(dict)) shown.set(objectKey(buf, obj), ops.textOps);
      if (content && indexOfBytes(content, RANGE) >= 0) {
        cmapCodes += cmapRangeCodes(content);
        if (cmapCodes > LIMITS.cmapCodes) throw overLimit(file, "the number of character codes its fonts' maps (CMaps) give by ranges", LIMITS.cmapCodes, 'codes', 'cmapCodes');
      }
      if (keep && read?.whole) {
        // The end of line before `endstream` is not the stream's (PDF 32000 §7.3.8.1).
        let trimmed = end;
        if (buf[trimmed - 1] === 0x0a) trimmed--;
        if (buf[trimmed - 1] === 0x0d) trimmed--;
        keep({ start, length: end - start, trimmed: trimmed - start, content: read.content });
      }
    }
    at = end;
  }
  return look();
}

/** "N G", the object whose `obj` keyword is at `obj` (the digits before it); else where that keyword is. */
function objectKey(buf: Uint8Array, obj: number): string {
  const header = /(\d+)\s+(\d+)\s*$/.exec(latin1(buf.subarray(Math.max(0, obj - 24), obj)));
  return header ? `${Number(header[1])} ${Number(header[2])}` : `@${obj}`;
}

/**
 * The stream's content: as it is, or inflated (FlateDecode alone); null when it cannot be read here.
 * `whole`: inflated, and to its end (`strict`: a stream cut short or damaged is inflated again
 * leniently; otherwise it is inflated leniently at once, and never `whole`). ASCII85 before
 * FlateDecode (reportlab's default) is decoded, then inflated leniently: never `whole`, as pdf.js
 * inflates the decoded bytes, not the file's (inflated.ts).
 */
async function contentOf(data: Uint8Array, dict: string, strict: boolean): Promise<{ content: Uint8Array; whole: boolean } | null> {
  const filters = dict.match(/\/Filter\s*(\[[^\]]*\]|\/\w+)/)?.[1] ?? '';
  const names = filters.match(/\/\w+/g) ?? [];
  if (names.length === 0) return { content: data, whole: false };
  if ((names[0] === '/ASCII85Decode' || names[0] === '/A85') && names.length <= 2 && !/\/DecodeParms/.test(dict)) {
    const decoded = ascii85(data);
    if (!decoded) return null;
    if (names.length === 1) return { content: decoded, whole: false };
    if (names[1] !== '/FlateDecode' && names[1] !== '/Fl') return null;
    try {
      return { content: await inflate(decoded, { format: 'deflate', cap: MAX_INFLATED, partial: true }), whole: false };
    } catch {
      return null;
    }
  }
  if (names.length !== 1 || (names[0] !== '/FlateDecode' && names[0] !== '/Fl') || /\/DecodeParms/.test(dict)) return null;
  if (strict) {
    try {
      return { content: await inflate(data, { format: 'deflate', cap: MAX_INFLATED }), whole: true };
    } catch (error) {
      if (error instanceof InflateError && error.reason === 'too-large') return null;
    }
  }
  try {
    // partial: a stream cut short still gives what it holds (as zlib's Z_SYNC_FLUSH does).
    return { content: await inflate(data, { format: 'deflate', cap: MAX_INFLATED, partial: true }), whole: false };
  } catch {
    return null;
  }
}

/**
 * ASCII base-85 data decoded (PDF 32000 §7.4.3): white space ignored, `z` four zero bytes, `~>` the
 * end, a last group of n characters n − 1 bytes; null on a character the filter does not have.
 */
export function ascii85(data: Uint8Array): Uint8Array | null {
  const out = new Uint8Array(Math.floor((data.length * 4) / 5) + 4 * countZ(data) + 4);
  let length = 0;
  let group = 0;
  let digits = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (isWhite(c)) continue;
    if (c === 0x7e /* ~ */) break;
    if (c === 0x7a /* z */ && digits === 0) {
      length += 4;
      continue;
    }
    if (c < 0x21 || c > 0x75) return null;
    group = group * 85 + (c - 0x21);
    if (++digits === 5) {
      if (group > 0xffffffff) return null;
      out[length++] = group >>> 24;
      out[length++] = (group >>> 16) & 0xff;
      out[length++] = (group >>> 8) & 0xff;
      out[length++] = group & 0xff;
      group = 0;
      digits = 0;
    }
  }
  if (digits === 1) return null;
  if (digits > 1) {
    for (let k = digits; k < 5; k++) group = group * 85 + 84;
    for (let k = 0; k < digits - 1; k++) out[length++] = Math.floor(group / 2 ** (24 - 8 * k)) & 0xff;
  }
  return out.subarray(0, length);
}

function countZ(data: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < data.length; i++) if (data[i] === 0x7a) n++;
  return n;
}

/** Where `needle` last starts in `haystack` at or before `from` and at or after `min`; -1 when it does not. */
function lastIndexOfBytes(haystack: Uint8Array, needle: Uint8Array, from: number, min: number): number {
  for (let at = from; at >= min; at--) {
    let i = 0;
    while (i < needle.length && haystack[at + i] === needle[i]) i++;
    if (i === needle.length) return at;
  }
  return -1;
}

function isWhite(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
}

function isDelimiter(c: number): boolean {
  return c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25;
}

/** The deepest nesting of `q` in a content stream (PDF 32000 §7.8.2 operators, §7.3.4 strings). */
export function graphicsDepth(content: Uint8Array): number {
  return operatorsOf(content).depth;
}

/**
 * One pass over a content stream's operators: the deepest nesting of `q`, and how many operators
 * show text (PDF 32000 §9.4.3): `Tj`, `'` and `"` after a string, `TJ` after an array, inside a
 * `BT … ET` text object (§9.4.1). Bytes that are no content stream (a font's CIDSet, a profile) do
 * not make them by chance: a `"` among binary bytes is no string's operator.
 */
export function operatorsOf(content: Uint8Array): { depth: number; textOps: number } {
  let depth = 0;
  let deepest = 0;
  let textOps = 0;
  /** Inside BT … ET. */
  let inText = false;
  /** What the token before was: a string (1), the end of an array (2), anything else (0). */
  let before = 0;
  const n = content.length;
  let i = 0;
  while (i < n) {
    const c = content[i]!;
    const kind = BYTE_KIND[c]!;
    if (kind === WHITE) {
      i++;
    } else if (c === 0x25) {
      // A comment, to the end of the line.
      while (i < n && content[i] !== 0x0a && content[i] !== 0x0d) i++;
    } else if (c === 0x28) {
      // A literal string: balanced parentheses, backslash escapes.
      before = 1;
      let nesting = 1;
      i++;
      while (i < n && nesting > 0) {
        const s = content[i]!;
        if (s === 0x5c) i++;
        else if (s === 0x28) nesting++;
        else if (s === 0x29) nesting--;
        i++;
      }
    } else if (c === 0x3c && content[i + 1] !== 0x3c) {
      // A hex string.
      before = 1;
      while (i < n && content[i] !== 0x3e) i++;
      i++;
    } else if (kind === DELIMITER) {
      before = c === 0x5d /* ] */ ? 2 : 0;
      i++;
      // A name runs to the next white space or delimiter.
      if (c === 0x2f) while (i < n && BYTE_KIND[content[i]!] === REGULAR) i++;
    } else {
      const start = i;
      while (i < n && BYTE_KIND[content[i]!] === REGULAR) i++;
      const length = i - start;
      if (length === 1 && c === 0x71 /* q */) {
        if (++depth > deepest) deepest = depth;
      } else if (length === 1 && c === 0x51 /* Q */) {
        if (depth > 0) depth--;
      } else if (length === 2 && c === 0x49 && content[start + 1] === 0x44 /* ID */) {
        // Inline image data, to the `EI` that ends it.
        i = skipInlineImage(content, i);
      } else if (length === 2 && c === 0x42 && content[start + 1] === 0x54 /* BT */) {
        inText = true;
      } else if (length === 2 && c === 0x45 && content[start + 1] === 0x54 /* ET */) {
        inText = false;
      } else if (inText && before === 1 && ((length === 1 && (c === 0x27 /* ' */ || c === 0x22) /* " */) || (length === 2 && c === 0x54 && content[start + 1] === 0x6a /* Tj */))) {
        textOps++;
      } else if (inText && before === 2 && length === 2 && c === 0x54 && content[start + 1] === 0x4a /* TJ */) {
        textOps++;
      }
      before = 0;
    }
  }
  return { depth: deepest, textOps };
}

/** What a byte is to operatorsOf's tokens: white space (isWhite), a delimiter (isDelimiter), or a regular character; one look-up per byte. */
const REGULAR = 0;
const WHITE = 1;
const DELIMITER = 2;
const BYTE_KIND = (() => {
  const kinds = new Uint8Array(256);
  for (let c = 0; c < 256; c++) kinds[c] = isWhite(c) ? WHITE : isDelimiter(c) ? DELIMITER : REGULAR;
  return kinds;
})();

/** The position after the `EI` that ends inline image data starting at `from`. */
function skipInlineImage(content: Uint8Array, from: number): number {
  for (let i = from + 1; i + 1 < content.length; i++) {
    if (content[i] === 0x45 && content[i + 1] === 0x49 && isWhite(content[i - 1]!) && (i + 2 >= content.length || isWhite(content[i + 2]!) || isDelimiter(content[i + 2]!))) {
      return i + 2;
    }
  }
  return content.length;
}

/** pdf.js's widest range (its MAX_MAP_RANGE): a wider one is skipped with a warning. */
const MAX_MAP_RANGE = 2 ** 24 - 1;

/** A token of a CMap as pdf.js's lexer reads it, as far as ranges need: a string's bytes as an integer (its strToInt), a number, a keyword, or anything else. */
type Token = { kind: 'string'; value: number } | { kind: 'number' } | { kind: 'keyword'; word: string } | { kind: 'open-array' } | { kind: 'other' } | { kind: 'end' };

/**
 * The codes a CMap's `beginbfrange` and `begincidrange` sections map one by one in pdf.js 5.6
 * (cmap.js: mapBfRange, mapCidRange): high − low + 1 per range onto a string or a number; none for a
 * range pdf.js skips (wider than 2^24 − 1: the rest of its section is then not read either) or one
 * onto an array (which maps no more codes than the array, bounded by the file's bytes). Read as
 * pdf.js reads it: up to `endcmap`, a malformed entry ending its section.
 */
export function cmapRangeCodes(content: Uint8Array): number {
  let at = 0;
  const n = content.length;
  const next = (): Token => {
    for (;;) {
      while (at < n && isWhite(content[at]!)) at++;
      if (at >= n) return { kind: 'end' };
      const c = content[at]!;
      if (c === 0x25) {
        while (at < n && content[at] !== 0x0a && content[at] !== 0x0d) at++;
        continue;
      }
      if (c === 0x3c && content[at + 1] !== 0x3c) return { kind: 'string', value: hexValue() };
      if (c === 0x28) return { kind: 'string', value: literalValue() };
      if (c === 0x5b) {
        at++;
        return { kind: 'open-array' };
      }
      if (isDelimiter(c)) {
        at++;
        // `<<` and `>>` are one token each; a name runs to the next white space or delimiter.
        if ((c === 0x3c || c === 0x3e) && content[at] === c) at++;
        else if (c === 0x2f) while (at < n && !isWhite(content[at]!) && !isDelimiter(content[at]!)) at++;
        return { kind: 'other' };
      }
      const start = at;
      while (at < n && !isWhite(content[at]!) && !isDelimiter(content[at]!)) at++;
      const word = latin1(content.subarray(start, Math.min(at, start + 16)));
      return /^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(word) ? { kind: 'number' } : { kind: 'keyword', word };
    }
  };
  // strToInt over the bytes of a hex string: spaces skipped, other non-digits ignored, an odd last digit padded with 0.
  const hexValue = (): number => {
    at++;
    let value = 0;
    let first = -1;
    for (; at < n; at++) {
      const c = content[at]!;
      if (c === 0x3e) {
        at++;
        break;
      }
      const digit = hexDigit(c);
      if (digit < 0) continue;
      if (first < 0) first = digit;
      else {
        value = (value << 8) | ((first << 4) | digit);
        first = -1;
      }
    }
    if (first >= 0) value = (value << 8) | (first << 4);
    return value >>> 0;
  };
  // strToInt over the bytes of a literal string (escapes read; balanced parentheses).
  const literalValue = (): number => {
    at++;
    let value = 0;
    let nesting = 1;
    while (at < n) {
      let c = content[at++]!;
      if (c === 0x28) nesting++;
      else if (c === 0x29 && --nesting === 0) break;
      if (c === 0x5c && at < n) {
        const e = content[at++]!;
        if (e >= 0x30 && e <= 0x37) {
          let octal = e - 0x30;
          for (let k = 0; k < 2 && at < n && content[at]! >= 0x30 && content[at]! <= 0x37; k++) octal = octal * 8 + content[at++]! - 0x30;
          c = octal & 0xff;
        } else if (e === 0x0d || e === 0x0a) {
          if (e === 0x0d && content[at] === 0x0a) at++;
          continue;
        } else c = ({ 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c } as Record<number, number>)[e] ?? e;
      }
      value = (value << 8) | c;
    }
    return value >>> 0;
  };

  let total = 0;
  for (let token = next(); token.kind !== 'end'; token = next()) {
    if (token.kind !== 'keyword') continue;
    if (token.word === 'endcmap') break;
    const bf = token.word === 'beginbfrange';
    if (!bf && token.word !== 'begincidrange') continue;
    for (;;) {
      const low = next();
      if (low.kind !== 'string') break;
      const high = next();
      if (high.kind !== 'string') break;
      const dst = next();
      const span = high.value - low.value;
      if (dst.kind === 'open-array' && bf) {
        // Up to the array's end: maps no more codes than it holds.
        let item = next();
        while (item.kind !== 'end' && !(item.kind === 'other' && content[at - 1] === 0x5d)) item = next();
        if (span > MAX_MAP_RANGE) break;
        continue;
      }
      if (dst.kind !== 'number' && !(bf && dst.kind === 'string')) break;
      if (span > MAX_MAP_RANGE) break;
      if (span >= 0) total += span + 1;
    }
  }
  return total;
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}
