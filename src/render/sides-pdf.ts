/**
 * The booth script as a PDF, laid out with pdfkit (MIT) in an embedded Source Sans 3 (SIL OFL
 * 1.1; covers French typography, no-break spaces and ligatures). Large type (lines 16 pt, cues
 * 14 pt), generous spacing, a running header and "Page N of M" on each page (the labels in the
 * script's language), and no line (with its cue) split over two pages when it fits on one. Loaded
 * only by `vo-lines sides`. Pure: fonts in, bytes out (and the file's time budget, read as it goes).
 */
import PDFDocument from 'pdfkit';
import { Budget } from '../budget.js';
import { lazy } from '../text/lazy.js';
import { UserError } from '../errors.js';
import { lineMeta, type BoothScript, type SidesBlock, type SidesFonts } from './sides.js';
import { pageLabel } from './sides-labels.js';

const SIZE = { title: 22, info: 14, heading: 17, meta: 11, cue: 14, line: 16, direction: 14, running: 10 } as const;
const COLOUR = { text: '#000000', dim: '#5f5f5f', meta: '#767676', rule: '#c8c8c8' } as const;
const MARGIN = { top: 64, bottom: 64, side: 62 } as const;
/** Extra space between the lines of a paragraph, as a fraction of the type size. */
const LEADING = 0.35;

type LineBlock = Extract<SidesBlock, { kind: 'line' }>;
type Face = 'regular' | 'bold' | 'italic';

/** Writing systems laid out right to left: pdfkit neither orders nor joins their letters. */
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;
/** Characters that print nothing (never drawn: undrawn), and controls (a tab reaches the booth script as a space): no glyph needed. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cc}]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** The name a reader knows a character's writing system by, for the message. */
const SCRIPT_NAMES: readonly (readonly [RegExp, string])[] = [
  [/\p{Script=Han}/u, 'Chinese characters'],
  [KANA, 'Japanese'],
  [/\p{Script=Hangul}/u, 'Korean'],
  [/\p{Script=Arabic}/u, 'Arabic'],
  [/\p{Script=Hebrew}/u, 'Hebrew'],
  [/\p{Script=Thai}/u, 'Thai'],
  [/\p{Script=Devanagari}/u, 'Devanagari'],
  [/\p{Script=Bengali}/u, 'Bengali'],
  [/\p{Script=Tamil}/u, 'Tamil'],
  [/\p{Script=Armenian}/u, 'Armenian'],
  [/\p{Script=Georgian}/u, 'Georgian'],
  [/\p{Script=Ethiopic}/u, 'Ethiopic'],
  [/\p{Extended_Pictographic}/u, 'emoji'],
];

/** What in the booth script the PDF cannot print, and where. */
export interface Unprintable {
  kind: 'missing-glyph' | 'right-to-left';
  /** What the character is: "Chinese characters", "Arabic", "emoji", or the character itself. */
  script: string;
  character: string;
  codePoint: string;
  /** Where: the line (its number, place and ID) and which part of it, or the header, or a heading. */
  part: 'line' | 'cue' | 'direction' | 'heading' | 'header';
  line?: { number: number; location: string; id: string };
}

/** A glyph test for each face, from the fonts pdfkit embeds (fontkit's cmap lookup, each code point asked once). */
type Covers = (face: Face, code: number) => boolean;

function scriptOf(character: string, text: string): string {
  for (const [pattern, name] of SCRIPT_NAMES) {
    if (!pattern.test(character)) continue;
    // Han characters in a text with kana are Japanese.
    return name === 'Chinese characters' && KANA.test(text) ? 'Japanese' : name;
  }
  return `the character “${character}”`;
}

function firstUnprintableIn(text: string, face: Face, covers: Covers): Omit<Unprintable, 'part' | 'line'> | null {
  for (const character of text) {
    const code = character.codePointAt(0)!;
    // ASCII letters, digits and punctuation: in every face of the font.
    if (code >= 0x20 && code < 0x7f) continue;
    if (RIGHT_TO_LEFT.test(character)) return { kind: 'right-to-left', script: scriptOf(character, text), character, codePoint: codePointName(code) };
    if (INVISIBLE.test(character) || covers(face, code)) continue;
    return { kind: 'missing-glyph', script: scriptOf(character, text), character, codePoint: codePointName(code) };
  }
  return null;
}

const codePointName = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first character of the booth script the PDF would print wrong: one its fonts have no glyph
 * for (an empty box in the PDF: Chinese, Japanese, Korean, emoji…), or one of a right-to-left
 * script (Arabic, Hebrew), whose letters pdfkit would print unjoined, left to right. Null when
 * every character prints. Each text is checked in the face it is printed in.
 */
export function unprintableText(script: BoothScript, covers: Covers): Unprintable | null {
  const { labels } = script;
  const header: [string, Face][] = [
    [labels.title, 'bold'],
    [labels.script, 'regular'],
    [labels.date, 'regular'],
    [labels.summary, 'regular'],
    [labels.directions, 'italic'],
    [`${script.voice} — ${script.script}`, 'regular'],
  ];
  for (const [text, face] of header) {
    const found = firstUnprintableIn(text, face, covers);
    if (found) return { ...found, part: 'header' };
  }
  let heading: Omit<Unprintable, 'part' | 'line'> | null = null;
  for (const block of script.blocks) {
    if (block.kind === 'heading') {
      heading ??= firstUnprintableIn(block.title, 'bold', covers);
      continue;
    }
    const line = { number: block.number, location: block.location, id: block.id };
    // A heading is named by the line it stands above.
    if (heading) return { ...heading, part: 'heading', line };
    const parts: [string, Face, Unprintable['part']][] = [[lineMeta(block), 'regular', 'line']];
    if (block.cue) parts.push([`${block.cue.voice}${labels.colon}`, 'bold', 'cue'], [block.cue.text, 'regular', 'cue']);
    for (const direction of block.directions) parts.push([direction, 'italic', 'direction']);
    for (const segment of block.segments) parts.push([segment.text, segment.direction ? 'italic' : 'regular', 'line']);
    for (const [text, face, part] of parts) {
      const found = firstUnprintableIn(text, face, covers);
      if (found) return { ...found, part, line };
    }
  }
  return heading ? { ...heading, part: 'heading' } : null;
}

/** The one-line refusal: what cannot be printed, where, and the way out (`instead`: how to ask for a DOCX). */
export function unprintableMessage(found: Unprintable, instead: string): string {
  const line = found.line ? `line #${found.line.number} (${found.line.location} · ID ${found.line.id})` : '';
  const where = {
    line,
    cue: `the cue of ${line}`,
    direction: `a direction before ${line}`,
    heading: line ? `the heading above ${line}` : 'a heading',
    header: "the header (the voice's or the script's name)",
  }[found.part];
  const what =
    found.kind === 'right-to-left'
      ? `${where} is written in ${found.script}, right to left, which the PDF booth script cannot lay out (its letters would print unjoined and in the wrong order)`
      : `${where} has ${found.script.startsWith('the character') ? `${found.script} (${found.codePoint})` : `${/ characters$|^emoji$/.test(found.script) ? found.script : `${found.script} text`} (“${found.character}”, ${found.codePoint})`}, which the PDF booth script's font has no glyph for (it would print as empty boxes)`;
  return `${what}; write the booth script as Word instead (${instead}): Word and LibreOffice show its text in their own fonts.`;
}

/** The glyph test of pdfkit's embedded fonts (fontkit's), asked once per face and code point. */
function glyphTest(doc: PDFKit.PDFDocument): Covers {
  const faces = new Map<Face, { hasGlyphForCodePoint(code: number): boolean }>();
  const seen = new Map<number, boolean>();
  return (face, code) => {
    const key = code * 4 + (face === 'regular' ? 0 : face === 'bold' ? 1 : 2);
    let known = seen.get(key);
    if (known === undefined) {
      let font = faces.get(face);
      if (!font) {
        doc.font(face);
        // pdfkit keeps the font it embeds, a fontkit font, as `_font.font`.
        font = (doc as unknown as { _font?: { font?: { hasGlyphForCodePoint?(code: number): boolean } } })._font?.font as { hasGlyphForCodePoint(code: number): boolean };
        if (typeof font?.hasGlyphForCodePoint !== 'function') throw new Error('pdfkit no longer gives its font\'s glyph test (_font.font.hasGlyphForCodePoint)');
        faces.set(face, font);
      }
      known = font.hasGlyphForCodePoint(code);
      seen.set(key, known);
    }
    return known;
  };
}

/** Texts of more characters than this may be measured by their start (longWidth); shorter ones always whole. */
const LONG_TEXT = 512;
/** pdfkit's EmbeddedFont: its fontkit font, whose glyphs give their advance widths (in font units), and its shaper. */
interface Embedded {
  font?: { unitsPerEm?: number; glyphForCodePoint?(code: number): { advanceWidth: number } };
}
/**
 * Characters that print nothing (joiners, bidi marks, a soft hyphen, U+FE0F, U+034F) and control characters but
 * the tab, line feed and return (C0, DEL, C1: pdfkit would draw glyph 0 for each): never drawn nor measured (undrawn).
 */
const IGNORABLE = lazy(() => /[\p{Default_Ignorable_Code_Point}\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/u);
const IGNORABLES = lazy(() => /[\p{Default_Ignorable_Code_Point}\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]+/gu);

/**
 * The text as drawn: without the characters that print nothing (Unicode's default-ignorable code
 * points: U+200C/U+200D joiners, the word joiner U+2060, invisible operators, bidi marks and
 * isolates, variation selectors, the soft hyphen, Hangul fillers, tags; and control characters,
 * which the unprintable-character check lets through as printing nothing). Word prints none of them;
 * pdfkit would draw most as boxes: Source Sans 3 has no glyph for them, and fontkit hides such a
 * character only when the glyph it maps to says it stands for it, which glyph 0 never does in pdfkit
 * (it reads glyph 0 first, standing for no character) nor a glyph shared with a printing character
 * (the soft hyphen's is the hyphen's: a hyphen in mid-line once a "-" was printed). Left out where
 * pdfkit measures and draws a piece of a line (widthOfString, _fragment), after it has found where
 * the lines break, so the break opportunities stay those of the text (a soft hyphen a line breaks
 * at is printed as "-" by pdfkit's wrapper, which then measures the hyphen it adds).
 */
export function undrawn(text: string): string {
  return IGNORABLE().test(text) ? text.replace(IGNORABLES(), '') : text;
}

/** The reckoning of long texts (longWidth), and why it cannot be done where pdfkit's font no longer gives what it reads. */
export interface LongWidth {
  (text: string, options?: object): number | undefined;
  /** Set at the first text measured whole because pdfkit's private font API is gone (then every long text is). */
  missing?: string;
}

/**
 * The width of a text too long for any line (one unbroken "word" of thousands of characters: a
 * damaged file, `=HYPERLINK("x")` pasted 70,000 times), reckoned from its start. pdfkit cuts such
 * a word one line at a time and after each cut measures the whole rest of it again — shaping it
 * with fontkit (some 30 µs a character) and caching the shaped run — so a word of n characters
 * cost time and memory in n² (20,000 characters: over 200 s and 1.2 GB). What pdfkit does with the
 * rest's width: compares it with the line's (wider: cut again; not: the rest is placed whole),
 * and divides it by the rest's length for a first guess at how many characters fit, a guess it
 * then corrects a character at a time by measuring those characters exactly (shaped). So when the
 * advance widths of the text's first characters alone add up to more than `tooWide` (four lines:
 * no kerning or ligature takes that back to one), its width is theirs times its length over
 * theirs: the same answer to "wider than the line?", the same guess per character give or take
 * its kerning, the same cuts (found by the exact measurements), and the work of a few lines per
 * line. Each character's advance is read once from the font (no shaping), but the characters
 * that print nothing count nothing: they are not drawn (undrawn; a soft hyphen's glyph is 311
 * units wide, U+200D's glyph 0 653). Characters that print nothing (thousands of U+034F or U+FE0F between letters) are
 * read through, however many, until the text adds up to `tooWide`: each cut reads about four
 * lines of the text (before, only its first half was read, and the whole rest measured again
 * after each cut where that half printed narrow: quadratic). Undefined — measure the whole text —
 * when the whole of it does not add up to `tooWide` (it is then cut a few times at most), or when
 * pdfkit's font does not give its glyphs' advances (said in `missing`).
 */
export function longWidth(doc: PDFKit.PDFDocument, tooWide: number): LongWidth {
  const advances = new Map<object, Map<number, number>>();
  const measurer: LongWidth = (text, options) => {
    const internal = doc as unknown as { _font?: Embedded; _fontSize?: number };
    const font = internal._font?.font;
    const size = internal._fontSize;
    if (typeof font?.glyphForCodePoint !== 'function' || !font.unitsPerEm || typeof size !== 'number') {
      measurer.missing ??= "pdfkit no longer gives its font's glyph advances (_font.font.glyphForCodePoint, unitsPerEm, _fontSize): long texts are measured whole, in time quadratic in their length";
      return undefined;
    }
    // As pdfkit's widthOfString reads its options (the line wrapper passes itself); OpenType features asked for: measured whole.
    const { characterSpacing, horizontalScaling, features } = (options ?? {}) as { characterSpacing?: number; horizontalScaling?: number; features?: unknown };
    if (features) return undefined;
    let known = advances.get(font);
    if (!known) advances.set(font, (known = new Map()));
    const perUnit = size / font.unitsPerEm;
    const spacing = characterSpacing || 0;
    const scale = (horizontalScaling || 100) / 100;
    let width = 0;
    for (let i = 0; i < text.length; ) {
      const code = text.codePointAt(i)!;
      let advance = known.get(code);
      if (advance === undefined) {
        const character = String.fromCodePoint(code);
        // What prints nothing is not drawn (undrawn): nothing wide.
        known.set(code, (advance = IGNORABLE().test(character) ? 0 : font.glyphForCodePoint(code).advanceWidth * perUnit));
      }
      i += code > 0xffff ? 2 : 1;
      width += (advance + spacing) * scale;
      if (width > tooWide) return (width * text.length) / i;
    }
    return undefined;
  };
  return measurer;
}

/**
 * `instead`: how the user asks for the DOCX, said when a character cannot be printed (the booth
 * script is then refused: a UserError `sides-unprintable`, nothing laid out).
 */
export async function renderSidesPdf(script: BoothScript, fonts: SidesFonts, budget: Budget = Budget.UNLIMITED, instead = '--format docx'): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: script.paper === 'letter' ? 'LETTER' : 'A4',
    margins: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side },
    bufferPages: true,
    autoFirstPage: true,
    info: { Title: `${script.voice} — ${script.script}`, Subject: script.labels.subject, Creator: 'vo-lines', CreationDate: new Date(`${script.date}T00:00:00Z`) },
  });
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));

  // The font files as they come (no Node Buffer: this renderer runs wherever pdfkit does).
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.registerFont('italic', fonts.italic);
  // Never a box where a character should be: refused before anything is laid out.
  const unprintable = unprintableText(script, glyphTest(doc));
  if (unprintable) {
    const { line, ...rest } = unprintable;
    throw new UserError(unprintableMessage(unprintable, instead), 'sides-unprintable', { voice: script.voice, ...rest, ...(line ? { line: line.number, location: line.location, id: line.id } : {}) });
  }
  // pdfkit measures text word by word as it wraps it (for heightOfString as for text). A "word"
  // wider than the line (a run of thousands of "[" in a damaged file) it cuts one line at a time,
  // measuring the whole rest of it again for each: quadratic, unless the rest is measured by its
  // start (longWidth). Every measurement is a point where the budget is checked, so even a
  // line that is still slow stops at the deadline.
  const measure = doc.widthOfString.bind(doc);
  const long = longWidth(doc, 4 * (doc.page.width - 2 * MARGIN.side));
  // What prints nothing is neither measured nor drawn (undrawn); a long text is reckoned as it
  // comes (longWidth counts those characters as nothing) and left out of only when measured whole.
  doc.widthOfString = (text, options) => {
    budget.check();
    return (text.length > LONG_TEXT ? long(text, options) : undefined) ?? measure(undrawn(text), options);
  };
  const internal = doc as unknown as { _fragment?: (text: string, ...rest: unknown[]) => unknown };
  const fragment = internal._fragment;
  if (typeof fragment !== 'function') throw new Error('pdfkit no longer draws text through _fragment: characters that print nothing would print as boxes');
  internal._fragment = (text, ...rest) => fragment.call(doc, undrawn(text), ...rest);
  const width = doc.page.width - 2 * MARGIN.side;
  const bottom = () => doc.page.height - MARGIN.bottom;
  const options = (size: number) => ({ width, lineGap: size * LEADING });
  const height = (font: string, size: number, text: string) => doc.font(font).fontSize(size).heightOfString(text, options(size));

  // Header: who, what, when, how much, in the script's language.
  const { labels } = script;
  doc.font('bold').fontSize(SIZE.title).fillColor(COLOUR.text).text(labels.title, options(SIZE.title));
  doc.moveDown(0.3);
  doc.font('regular').fontSize(SIZE.info).text(labels.script, options(SIZE.info));
  doc.text(labels.date, options(SIZE.info));
  doc.text(labels.summary, options(SIZE.info));
  doc.font('italic').fillColor(COLOUR.dim).text(labels.directions, options(SIZE.info));
  doc.moveDown(0.6);
  doc.moveTo(MARGIN.side, doc.y).lineTo(MARGIN.side + width, doc.y).strokeColor(COLOUR.rule).lineWidth(1).stroke();
  doc.moveDown(0.8);

  const lineHeight = (block: LineBlock) =>
    height('regular', SIZE.meta, lineMeta(block)) +
    (block.cue ? height('regular', SIZE.cue, `${block.cue.voice}${labels.colon}${block.cue.text}`) + 4 : 0) +
    block.directions.reduce((sum, d) => sum + height('italic', SIZE.direction, d) + 2, 0) +
    height('regular', SIZE.line, block.segments.map((s) => s.text).join(''));
  /** A new page unless `needed` points fit below. */
  const keep = (needed: number) => {
    if (doc.y + needed > bottom() && doc.y > MARGIN.top + 1) doc.addPage();
  };
  /**
   * The height a line needs on the page it starts on: all of it when it fits on a page (it is then
   * never split); a line longer than a page starts where it is when its place, cue, directions and
   * first three lines fit there, and runs on, each page it runs on to marked "(continued)".
   */
  const usable = () => bottom() - MARGIN.top;
  const needed = (block: LineBlock) => {
    const whole = lineHeight(block);
    if (whole <= usable()) return whole;
    const text = height('regular', SIZE.line, block.segments.map((s) => s.text).join(''));
    return Math.min(whole, whole - text + 3 * SIZE.line * (1 + LEADING) + 4);
  };
  /** The pages a line runs on to, with its number: marked once the page count is known. */
  const continued = new Map<number, number>();
  let running: LineBlock | null = null;
  doc.on('pageAdded', () => {
    if (running) continued.set(doc.bufferedPageRange().count - 1, running.number);
  });

  // The line each block is followed by, found in one pass from the end (a look ahead from every
  // heading would be quadratic in a script of thousands of one-line sections).
  const lineAfter: (LineBlock | undefined)[] = new Array(script.blocks.length);
  for (let i = script.blocks.length - 1, next: LineBlock | undefined; i >= 0; i--) {
    lineAfter[i] = next;
    const block = script.blocks[i]!;
    if (block.kind === 'line') next = block;
  }

  script.blocks.forEach((block, index) => {
    if (block.kind === 'heading') {
      // Kept with the line that follows it.
      const next = lineAfter[index];
      const size = block.level === 1 ? SIZE.heading : SIZE.heading - 1;
      keep(height('bold', size, block.title) + 10 + (next ? Math.min(needed(next), usable() - 60) : 0));
      doc.moveDown(0.4);
      doc.font('bold').fontSize(size).fillColor(COLOUR.text).text(block.title, options(size));
      doc.moveDown(0.5);
      return;
    }
    keep(needed(block));
    running = block;
    doc.font('regular').fontSize(SIZE.meta).fillColor(COLOUR.meta).text(lineMeta(block), options(SIZE.meta));
    if (block.cue) {
      doc.font('bold').fontSize(SIZE.cue).fillColor(COLOUR.dim).text(`${block.cue.voice}${labels.colon}`, { ...options(SIZE.cue), continued: true });
      doc.font('regular').text(block.cue.text, options(SIZE.cue));
      doc.moveDown(0.25);
    }
    for (const direction of block.directions) {
      doc.font('italic').fontSize(SIZE.direction).fillColor(COLOUR.dim).text(direction, options(SIZE.direction));
      doc.moveDown(0.15);
    }
    doc.fontSize(SIZE.line);
    block.segments.forEach((segment, i) => {
      const last = i === block.segments.length - 1;
      doc
        .font(segment.direction ? 'italic' : 'regular')
        .fillColor(segment.direction ? COLOUR.dim : COLOUR.text)
        .text(segment.text, { ...options(SIZE.line), continued: !last });
    });
    running = null;
    doc.moveDown(1.1);
  });

  // Running header and page numbers, once the page count is known.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(SIZE.running).fillColor(COLOUR.meta);
    doc.text(`${script.voice} — ${script.script}`, MARGIN.side, MARGIN.top - 34, { width, align: 'left', lineBreak: false });
    doc.text(script.date, MARGIN.side, MARGIN.top - 34, { width, align: 'right', lineBreak: false });
    doc.text(pageLabel(labels, i + 1, range.count), MARGIN.side, doc.page.height - MARGIN.bottom + 28, { width, align: 'center', lineBreak: false });
    const number = continued.get(i - range.start);
    if (number !== undefined) doc.font('regular').fontSize(SIZE.meta).text(`#${number} ${labels.continued}`, MARGIN.side, MARGIN.top - 17, { width, align: 'left', lineBreak: false });
    doc.page.margins.bottom = saved;
  }
  doc.end();
  await done;
  const total = chunks.reduce((sum, c) => sum + c.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
