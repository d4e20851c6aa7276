import { Budget } from '../../budget.js';
import { fromUserErrorData, isUserError, UserError, userErrorData, type UserErrorData } from '../../errors.js';
import type { Paragraph, ReadOptions, Script, Swatch, Warning } from '../../model.js';
import { LIMITS, LimitExceeded, overLimit, type LimitName } from '../limits.js';
import { annotationWarnings, glyphsInLinks, linkAreas, markLinkedText, marksOverText, paintedAppearances, readAnnotations, type AnnotationData, type AnnotationNotes } from './annotations.js';
import type { Matrix } from './geometry.js';
import { damaged, noPageReadable, openPdf, pagesUnreachable, type PdfDocument, type PdfJs } from './load.js';
import { OP, walkOperators } from './operators.js';
import { buildLines, mayBeListNumber } from './lines.js';
import { checkContentStreams, type ContentLook } from './preflight.js';
import { layoutPage, toParagraphs, type PageText } from './assemble.js';
import { documentPageColour, offThePage } from './page-colour.js';
import type { Box, Line, PageContent } from './types.js';
import type { HighlightArea } from './annotations.js';
import { StruckText } from '../struck.js';
import { countWords, normaliseSpace } from '../../text/words.js';
import { pagesText } from '../../text/format.js';
import { tocWarning } from '../toc-warning.js';
import { marginLineNumbers } from './line-numbers.js';
import type { Fill } from './types.js';
import { opaquePictures } from './covers.js';
import { listContent, type StructNode } from './structure.js';
import { MarkupStruck, markupWarnings, shownMarkup, type PageMarkup } from './markup.js';
import { RawObjects } from './raw-objects.js';
import { CutPages, cutText, type PageCut } from './off-page.js';
import { allFontsLostMessage, baseFontNamer, fontNotLoadedWarning, lostFonts, type LostFont } from './lost-fonts.js';

/**
 * Reads a PDF script: the text a reader sees, in reading order, with the colour of each run and
 * what lies behind it. Page furniture (running headers, footers, page numbers) is left out unless
 * `options.include` names 'header' or 'footer'. `checked`: the caller has already looked at the
 * content streams (preflight.ts).
 *
 * One page after the other in this thread. Node's worker threads (isolated.ts) read a long PDF's
 * pages in two threads with the same pieces: `openDocument`, `readPageOutcome`, `PageFolder` (in
 * page order, whoever read them) and `finishScript`, so the Script is the same either way.
 */
export async function readPdf(bytes: Uint8Array, file: string, options: ReadOptions, checked = false, look?: ContentLook): Promise<Script> {
  const budget = Budget.of(file, options);
  const opened = await openDocument(bytes, file, options.password, !checked);
  look ??= opened.look;
  if (look && !look.links) opened.noLinks = true;
  try {
    checkPageCount(file, opened.doc.numPages);
    const optional = await optionalContent(opened.doc);
    const folder = new PageFolder(file, opened.doc.numPages);
    for (let n = 1; n <= opened.doc.numPages; n++) {
      budget.check();
      options.progress?.(n - 1, opened.doc.numPages, 'page');
      folder.add(await readPageOutcome(opened, n, optional));
    }
    // Every page is read: the bar is full.
    options.progress?.(opened.doc.numPages, opened.doc.numPages, 'page');
    budget.check();
    return finishScript(folder, options, await documentLanguage(opened.doc), budget, look);
  } catch (error) {
    throw asUserError(file, error);
  } finally {
    await opened.doc.destroy().catch(() => undefined);
  }
}

/** The document opened by pdf.js, after the look at its content streams (preflight.ts: what it found, when it was made here). */
export interface OpenedPdf {
  pdfjs: PdfJs;
  doc: PdfDocument;
  look?: ContentLook;
  /** The look found no `/Link` in the file (ContentLook.links): pages ask pdf.js for no links (readPage). */
  noLinks?: boolean;
  /** The file's own bytes, looked at for what pdf.js does not tell of an annotation (raw-objects.ts). */
  raw?: RawObjects;
  /** The `/BaseFont` of the font whose `/Encoding` is a CMap, from the file's bytes (lost-fonts.ts). */
  fontNames?: (cmap: string) => string | undefined;
}

/** Looks at the content streams (`check: false` when another thread already did), then opens the document. */
export async function openDocument(bytes: Uint8Array, file: string, password?: string, check = true): Promise<OpenedPdf> {
  const look = check ? await checkContentStreams(bytes, file) : undefined;
  const opened: OpenedPdf = await openPdf(bytes, file, password);
  opened.raw = new RawObjects(bytes);
  opened.fontNames = baseFontNamer(bytes);
  if (look) opened.look = look;
  if (look && !look.links) opened.noLinks = true;
  return opened;
}

export function checkPageCount(file: string, pages: number): void {
  if (pages > LIMITS.pages) throw overLimit(file, `its page count (${pages.toLocaleString('en-US')})`, LIMITS.pages, 'pages', 'pages', { found: pages });
}

export type OptionalContent = { isVisible(group: unknown): boolean } | null;

export async function optionalContent(doc: PdfDocument): Promise<OptionalContent> {
  return (await doc.getOptionalContentConfig().catch(() => null)) as OptionalContent;
}

/** The catalog's /Lang (pdf.js reports it as info.Language), when it says something. */
export async function documentLanguage(doc: PdfDocument): Promise<string | undefined> {
  const metadata = await doc.getMetadata().catch(() => null);
  const lang = (metadata?.info as { Language?: unknown } | undefined)?.Language;
  return typeof lang === 'string' && lang.trim() ? lang.trim() : undefined;
}

/** A failure that is not already a user error: pdf.js or the layout failed on something in the file. */
export function asUserError(file: string, error: unknown): UserError {
  return isUserError(error) ? error : damaged(file, 'its document structure', error);
}

/**
 * What reading one page gave, as plain data (it may come from another thread). The counts are
 * there once the page was walked; `text` once it was laid out; else why not: a per-page limit
 * (`limit`), a user error (`error`), or anything else (`unreadable`, the page is skipped).
 */
export interface PageOutcome {
  page: number;
  glyphs?: number;
  /** Operators that show text in the page's own content, as pdf.js read them (not in its forms or annotations): `textOpsOf`. */
  textOps?: number;
  /** Glyphs drawn invisible (an OCR layer), not read. */
  invisible?: number;
  /** Glyphs drawn with no text behind them (a font without a Unicode map), and words they fall in. */
  unmapped?: number;
  unmappedWords?: string[];
  /** Glyphs drawn as a mask's shape (text seen through what is painted in it), and their text. */
  masked?: number;
  maskedText?: string;
  /** Glyphs of a Type 3 font painting colours of their own, several in a run (types.ts PageContent.ownColours), and their text. */
  ownColours?: number;
  ownColoursText?: string;
  /** Words standing on a pattern of unknown colours (types.ts PageContent.unknownBackground), and the first of their text. */
  unknownBackground?: number;
  unknownBackgroundText?: string;
  /** Words painted over by an opaque box drawn after them (covers.ts), and the first of their text. */
  coveredWords?: number;
  coveredText?: string;
  /** Numbers of the page's line numbering in its margin (line-numbers.ts), left out of its text. */
  lineNumbers?: number;
  chars?: number;
  /** Pictures painted on the page (operators.ts), when any. */
  images?: number;
  rotated?: boolean;
  text?: PageText;
  /** Highlights with no colour and marks over text not read (annotations.ts), when there are any. */
  annotations?: AnnotationNotes;
  /** Tracked changes shown on the page (markup.ts), when there are. */
  markup?: PageMarkup;
  /** Lines cut at the page's edge or a clip's (off-page.ts), when there are. */
  cut?: PageCut;
  /** Fonts pdf.js could not load whose text on the page was therefore lost (lost-fonts.ts), when there are. */
  lostFonts?: LostFont[];
  limit?: { what: string; limit: number; name: LimitName };
  error?: UserErrorData;
  unreadable?: string;
}

/** Reads page `n`: never throws, the outcome says what happened. */
export async function readPageOutcome({ pdfjs, doc, noLinks, raw, fontNames }: OpenedPdf, n: number, optional: OptionalContent): Promise<PageOutcome> {
  const outcome: PageOutcome = { page: n };
  try {
    const { content, notes, textOps, links, lost } = await readPage(pdfjs, doc, n, optional, noLinks === true, raw, fontNames);
    if (notes) outcome.annotations = notes;
    if (lost.length) outcome.lostFonts = lost;
    outcome.glyphs = content.glyphs.length;
    outcome.textOps = textOps;
    outcome.invisible = content.invisibleGlyphs;
    if (content.images) outcome.images = content.images;
    if (content.masked.length) {
      outcome.masked = content.masked.length;
      outcome.maskedText = buildLines(content.masked).map((l) => l.text).join(' ').slice(0, 200);
    }
    if (content.ownColours) {
      outcome.ownColours = content.ownColours.glyphs;
      outcome.ownColoursText = normaliseSpace(content.ownColours.text).slice(0, 120);
    }
    if (content.unknownBackground) {
      // (Copies: buildLines may join an accent to its letter, which the page's layout does again.)
      const text = buildLines(content.unknownBackground.map((g) => ({ ...g }))).map((l) => l.text).join(' ');
      outcome.unknownBackground = countWords(text);
      outcome.unknownBackgroundText = text.slice(0, 200);
    }
    if (content.covered.length) {
      const text = buildLines(content.covered).map((l) => l.text).join(' ');
      outcome.coveredWords = countWords(text);
      outcome.coveredText = text.slice(0, 200);
    }
    if (content.unmappedGlyphs) {
      outcome.unmapped = content.unmappedGlyphs;
      outcome.unmappedWords = content.unmappedWords;
    }
    const numbering = marginLineNumbers(content.glyphs, content.rulings);
    if (numbering.size) {
      content.glyphs = content.glyphs.filter((g) => !numbering.has(g));
      outcome.lineNumbers = numbering.size;
    }
    // Tracked changes shown (markup.ts): said; a markup pane's balloons are taken out of the page.
    const markup = shownMarkup(content);
    if (markup) outcome.markup = markup;
    let chars = 0;
    for (const glyph of content.glyphs) chars += glyph.text.length;
    outcome.chars = chars;
    outcome.rotated = content.rotatedGlyphs > 0;
    // Glyphs under a /Link annotation: their text is a link's (Run.link), found before layout cuts the page up.
    const linked = links.length ? glyphsInLinks(content.glyphs, links) : null;
    outcome.text = layoutPage(content);
    if (linked?.size) {
      for (const frame of outcome.text.frames) {
        if (frame.turn !== 0) continue;
        markLinkedText(frame.lines, content.glyphs, linked);
        for (const table of frame.tables) for (const cell of table.cells) markLinkedText(cell.lines, content.glyphs, linked);
      }
    }
    // Text outside what a reader sees, beside or inside a line: the line is cut (off-page.ts).
    const cut = content.offView ? cutText(content.offView, outcome.text) : undefined;
    if (cut) outcome.cut = cut;
  } catch (error) {
    if (error instanceof LimitExceeded) outcome.limit = { what: error.what, limit: error.limit, name: error.limitName };
    else if (isUserError(error)) outcome.error = userErrorData(error);
    else outcome.unreadable = String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 120).replace(/\.$/, '');
  }
  return outcome;
}

/**
 * The pages' outcomes taken in page order, with the document's limits counted over all of them:
 * `add` throws where reading the pages one after the other would have stopped.
 */
export class PageFolder {
  readonly pages: PageText[] = [];
  readonly warnings: Warning[] = [];
  readonly rotated: number[] = [];
  readonly annotationNotes: AnnotationNotes[] = [];
  /** Pages that show tracked changes or a markup pane (markup.ts). */
  readonly markup: PageMarkup[] = [];
  /** Pages with invisible text (an OCR layer): over nothing else one can read, or beside visible text. */
  readonly scanned: number[] = [];
  readonly hiddenText: number[] = [];
  /** Pages with glyphs that have no text (unmappedGlyphs), how many, and a few words they fall in. */
  readonly unmapped: number[] = [];
  unmappedCount = 0;
  readonly unmappedWords: string[] = [];
  /** Pages with glyphs painting colours of their own (several in a run), how many, and the first of their text. */
  readonly ownColours: number[] = [];
  ownColourGlyphs = 0;
  ownColoursText = '';
  /** Pages with text on a pattern of unknown colours, how many words, and the first of their text. */
  readonly unknownBackground: number[] = [];
  unknownBackgroundWords = 0;
  unknownBackgroundText = '';
  /** Pages with text drawn as a mask's shape, and the first of that text. */
  readonly masked: number[] = [];
  maskedText = '';
  /** Pages with text painted over by opaque boxes, how many words, and the first of that text. */
  readonly covered: number[] = [];
  /** Pages with lines cut at the page's edge or a clip's (off-page.ts). */
  readonly cut = new CutPages();
  /** Fonts pdf.js could not load (lost-fonts.ts) by their reason, with the pages whose text in them was lost. */
  readonly lostFonts = new Map<string, { font: LostFont; pages: number[] }>();
  /** Pages with line numbering in their margin, and how many numbers were left out. */
  readonly lineNumbered: number[] = [];
  lineNumbers = 0;
  coveredWords = 0;
  coveredText = '';
  glyphCount = 0;
  /** Operators that show text in the pages' own content (PageOutcome `textOps`), on the pages read. */
  textOps = 0;
  invisibleCount = 0;
  /** Pictures painted on all the pages taken. */
  imageCount = 0;
  textChars = 0;
  failed = 0;
  /** Pages taken so far. */
  taken = 0;

  constructor(
    readonly file: string,
    readonly numPages: number,
  ) {}

  add(outcome: PageOutcome): void {
    const { file } = this;
    const n = outcome.page;
    this.taken++;
    if (outcome.glyphs !== undefined) {
      this.glyphCount += outcome.glyphs;
      this.textOps += outcome.textOps ?? 0;
      this.invisibleCount += outcome.invisible ?? 0;
      this.imageCount += outcome.images ?? 0;
      if (this.glyphCount > LIMITS.runs) throw overLimit(file, 'the number of pieces of text in the document', LIMITS.runs, '', 'runs');
      this.textChars += outcome.chars ?? 0;
      if (this.textChars > LIMITS.textChars) throw overLimit(file, 'the text of the document', LIMITS.textChars, 'characters', 'textChars');
      if (outcome.rotated) this.rotated.push(n);
      if (outcome.invisible) (outcome.glyphs ? this.hiddenText : this.scanned).push(n);
      if (outcome.ownColours) {
        this.ownColours.push(n);
        this.ownColourGlyphs += outcome.ownColours;
        if (this.ownColoursText.length < 120) this.ownColoursText += ` ${outcome.ownColoursText ?? ''}`;
      }
      if (outcome.unknownBackground) {
        this.unknownBackground.push(n);
        this.unknownBackgroundWords += outcome.unknownBackground;
        if (this.unknownBackgroundText.length < 200) this.unknownBackgroundText += ` ${outcome.unknownBackgroundText ?? ''}`;
      }
      if (outcome.masked) {
        this.masked.push(n);
        if (this.maskedText.length < 200) this.maskedText += ` ${outcome.maskedText ?? ''}`;
      }
      if (outcome.coveredText !== undefined) {
        this.covered.push(n);
        this.coveredWords += outcome.coveredWords ?? 0;
        if (this.coveredText.length < 200) this.coveredText += ` ${outcome.coveredText}`;
      }
      if (outcome.lineNumbers) {
        this.lineNumbered.push(n);
        this.lineNumbers += outcome.lineNumbers;
      }
      if (outcome.unmapped) {
        this.unmapped.push(n);
        this.unmappedCount += outcome.unmapped;
        for (const w of outcome.unmappedWords ?? []) if (this.unmappedWords.length < 3 && !this.unmappedWords.includes(w)) this.unmappedWords.push(w);
      }
    }
    if (outcome.annotations) this.annotationNotes.push(outcome.annotations);
    if (outcome.markup) this.markup.push(outcome.markup);
    if (outcome.cut) this.cut.add(n, outcome.cut);
    for (const font of outcome.lostFonts ?? []) {
      const seen = this.lostFonts.get(font.error);
      if (!seen) this.lostFonts.set(font.error, { font: { ...font }, pages: [n] });
      else {
        seen.font.shows += font.shows;
        seen.pages.push(n);
      }
    }
    if (outcome.limit) throw new LimitExceeded(outcome.limit.what, outcome.limit.limit, outcome.limit.name).on(file, n);
    if (outcome.error) throw fromUserErrorData(outcome.error);
    if (outcome.text) {
      this.pages.push(outcome.text);
      return;
    }
    this.failed++;
    const detail = outcome.unreadable ?? '';
    this.warnings.push({ code: 'page-unreadable', message: `Page ${n} could not be read and was skipped${detail ? ` (${detail})` : ''}.`, details: { page: n, ...(detail ? { error: detail } : {}) } });
  }
}

/**
 * Which PDF with no text a `no-text` error is about (its details' `kind`): `ocr-only`, only the
 * invisible text OCR lays over a scan; `pictures`, pictures and no text (a scan without OCR);
 * `blank`, nothing drawn as letters and no picture (blank pages, or text turned into shapes);
 * `font-not-loaded`, text drawn only in fonts pdf.js could not load (lost-fonts.ts: `fonts`, `cmaps`, `error`).
 */
export type NoTextKind = 'ocr-only' | 'pictures' | 'blank' | 'font-not-loaded';

/** The Script from every page's outcome, once all are folded in. */
/**
 * `budget`: the read's time budget, checked as the pages are laid out (they are, synchronously, on
 * the calling thread). `look`: what the look at the content streams found (preflight.ts), when it
 * was made by this caller: the text the file's streams show, to tell a list of pages that does not
 * reach it.
 */
export function finishScript(folder: PageFolder, options: ReadOptions, language: string | undefined, budget: Budget = Budget.UNLIMITED, look?: ContentLook): Script {
  const { file, numPages, rotated, warnings } = folder;
  if (folder.failed === numPages) {
    const first = warnings.find((w) => w.code === 'page-unreadable' && w.details?.page === 1)?.details?.error;
    throw noPageReadable(file, numPages, typeof first === 'string' ? first : undefined);
  }
  if (rotated.length) {
    warnings.push({
      code: 'rotated-text',
      message: `Rotated or vertical text on page${rotated.length > 1 ? 's' : ''} ${rotated.join(', ')} was left out.`,
      details: { pages: [...rotated] },
    });
  }
  if (folder.glyphCount === 0 && !rotated.length && !folder.covered.length && folder.lostFonts.size) {
    // All the text drawn is in fonts pdf.js could not load (lost-fonts.ts): said as such, not as a blank file.
    const lost = [...folder.lostFonts.values()];
    const fonts = lost.flatMap((l) => (l.font.font ? [l.font.font] : []));
    const cmaps = lost.flatMap((l) => (l.font.cmap ? [l.font.cmap] : []));
    throw new UserError(allFontsLostMessage(file, lost), 'no-text', {
      kind: 'font-not-loaded' satisfies NoTextKind,
      pages: numPages,
      ...(fonts.length ? { fonts } : {}),
      ...(cmaps.length ? { cmaps } : {}),
      error: lost[0]!.font.error,
    });
  }
  if (folder.glyphCount === 0 && !rotated.length && !folder.covered.length && folder.textOps === 0 && look && look.textStreams > 0) {
    // No page shows text (pdf.js read no operator that shows any), yet the file holds streams of
    // page content that do: its list of pages (or a page's /Contents) does not reach them. Not
    // "blank": the file is damaged.
    throw pagesUnreachable(file, numPages, look, folder.failed);
  }
  if (folder.glyphCount === 0 && !rotated.length && !folder.covered.length) {
    // A scan, with or without the invisible text OCR adds: neither has the coloured text voices are read
    // from. With no picture either, it is no scan: blank pages, or text turned into shapes. The
    // details say which (a page in another language says it so), and of how many pages.
    const kind: NoTextKind = folder.invisibleCount > 0 ? 'ocr-only' : folder.imageCount > 0 ? 'pictures' : 'blank';
    throw new UserError(
      kind === 'ocr-only'
        ? `${file} has only invisible text (the layer OCR lays over a scan): vo-lines reads the colours of the text you see, which a scan's pictures do not give. Ask for the script itself: the Word file, or a PDF saved from it.`
        : kind === 'pictures'
          ? `${file} has no text, only pictures (a scan?): vo-lines reads the colours of the text, which a scan does not have (and OCR would not give). Ask for the script itself: the Word file, or a PDF saved from it.`
          : `${file} has no text: nothing on ${numPages === 1 ? 'its page is drawn as letters (it is blank' : `its ${numPages.toLocaleString('en-US')} pages is drawn as letters (they are blank`}, or its text was turned into shapes). Check that it is the right file, or ask for the script itself: the Word file, or a PDF saved from it.`,
      'no-text',
      { kind, pages: numPages },
    );
  }
  // Text in the file's page content that the pages read do not show: pages left out of the list.
  if (look && folder.failed === 0 && look.textOps > folder.textOps) {
    const { textOps, textStreams } = look;
    const shown = folder.textOps;
    warnings.push({
      code: 'text-not-on-pages',
      message: `${file}'s ${numPages === 1 ? 'page shows' : 'pages show'} only part of the text the file holds (text is drawn ${shown.toLocaleString('en-US')} time${shown === 1 ? '' : 's'} on ${numPages === 1 ? 'its page' : `its ${numPages.toLocaleString('en-US')} pages`}, ${textOps.toLocaleString('en-US')} times in the file's ${textStreams.toLocaleString('en-US')} block${textStreams === 1 ? '' : 's'} of page content). Pages may be missing from its list of pages (the file is damaged, or a tool removed pages and left their text behind): its lines and word counts may be short. Check its page count (${numPages.toLocaleString('en-US')}) against the original; re-save or re-export it from the program that made it, or ask for the Word file.`,
      details: { pages: numPages, textStreams, textOps, shown },
    });
  }
  // A scanned page among pages of text (its OCR layer is invisible): its lines are pictures, not
  // read; and invisible text beside visible text is not what a reader sees. Both said, never silent.
  const pages = pagesText;
  if (folder.glyphCount > 0 && folder.scanned.length) {
    warnings.push({
      code: 'scanned-pages',
      message: `On ${pages(folder.scanned)} the text is a picture (a scan) under invisible OCR text: its lines were not read, and their colours cannot be. Ask for those pages as text (the Word file, or a PDF saved from it).`,
      details: { pages: [...folder.scanned] },
    });
  }
  if (folder.hiddenText.length) {
    warnings.push({
      code: 'invisible-text',
      message: `Invisible text on ${pages(folder.hiddenText)} (drawn with no ink, as OCR lays it over a scan) was left out: a reader does not see it.`,
      details: { pages: [...folder.hiddenText] },
    });
  }
  if (folder.masked.length) {
    const text = normaliseSpace(folder.maskedText);
    const quoted = text.length > 80 ? `${text.slice(0, 80).replace(/\s\S*$/u, '')} …` : text;
    warnings.push({
      code: 'masked-text',
      message: `Text on ${pages(folder.masked)} is drawn as a shape that colour is painted through (as CSS background-clip: text and gradient titles do): a reader sees it, but vo-lines cannot tell its colour, and left it out${quoted ? `: "${quoted}"` : ''}. Check those lines by eye.`,
      details: { pages: [...folder.masked], text: quoted },
    });
  }
  if (folder.ownColours.length) {
    const text = normaliseSpace(folder.ownColoursText);
    const quoted = text.length > 80 ? `${text.slice(0, 80).replace(/\s\S*$/u, '')} …` : text;
    const n = folder.ownColourGlyphs;
    warnings.push({
      code: 'glyph-colours-unknown',
      message: `Text on ${pages(folder.ownColours)} is drawn in a font whose letters paint colours of their own (a Type 3 font, as colour emoji are), several in one stretch: vo-lines cannot tell which voice's colour a reader sees there, and read it in the text's colour (${n.toLocaleString('en-US')} character${n === 1 ? '' : 's'}${quoted ? `: "${quoted}"` : ''}). Check those lines by eye.`,
      details: { pages: [...folder.ownColours], characters: n, text: quoted },
    });
  }
  if (folder.unknownBackground.length) {
    const text = normaliseSpace(folder.unknownBackgroundText);
    const quoted = text.length > 80 ? `${text.slice(0, 80).replace(/\s\S*$/u, '')} …` : text;
    const n = folder.unknownBackgroundWords;
    warnings.push({
      code: 'background-unknown',
      message: `Text on ${pages(folder.unknownBackground)} stands on a background painted by a gradient or pattern whose colour vo-lines cannot tell (one that changes colour under the text, or is painted through a mask): it is read as on no background (${n.toLocaleString('en-US')} word${n === 1 ? '' : 's'}${quoted ? `: "${quoted}"` : ''}). If that background marks a voice, check those lines by eye.`,
      details: { pages: [...folder.unknownBackground], words: n, text: quoted },
    });
  }
  if (folder.covered.length) {
    const text = normaliseSpace(folder.coveredText);
    const quoted = text.length > 80 ? `${text.slice(0, 80).replace(/\s\S*$/u, '')} …` : text;
    const n = folder.coveredWords;
    warnings.push({
      code: 'covered-text',
      message: `Text on ${pages(folder.covered)} is painted over by an opaque box or picture drawn after it (a redaction, a sticker, a cover block, an image laid on it): a reader does not see it, and vo-lines left it out (${n.toLocaleString('en-US')} word${n === 1 ? '' : 's'}${quoted ? `: "${quoted}"` : ''}). Check those lines by eye.`,
      // For a page that says it in its own language (web/app.ts reads `pages` so for other warnings).
      details: { pages: [...folder.covered], words: n, text: quoted },
    });
  }
  for (const lost of folder.lostFonts.values()) warnings.push(fontNotLoadedWarning(lost, pagesText));
  if (folder.unmapped.length) {
    const n = folder.unmappedCount;
    const quoted = folder.unmappedWords.map((w) => `"${w}"`).join(', ');
    warnings.push({
      code: 'unmapped-glyphs',
      message: `${n.toLocaleString('en-US')} character${n > 1 ? 's' : ''} drawn on ${pages(folder.unmapped)} have no text behind them (their font does not say which letters they are; TeX's bitmap fonts do this for ligatures such as fi and for dashes): words there read with letters missing${quoted ? ` (${quoted})` : ''} and may be miscounted. Ask for a PDF made with fonts that map to text (pdfLaTeX: \\usepackage{lmodern}).`,
      details: { pages: [...folder.unmapped], characters: n, words: [...folder.unmappedWords] },
    });
  }
  if (folder.lineNumbered.length) {
    const n = folder.lineNumbers;
    warnings.push({
      code: 'line-numbers-left-out',
      message: `The numbers in the left margin of ${pages(folder.lineNumbered)} (${n.toLocaleString('en-US')} of them) number the script's lines, as Word's and LibreOffice's line numbering does: they were left out, as a reader does not say them (in a DOCX they are no text either).`,
      details: { pages: [...folder.lineNumbered], numbers: n },
    });
  }
  const across = acrossGapWarning(folder.pages);
  if (across) warnings.push(across);
  const lone = loneGapWarning(folder.pages);
  if (lone) warnings.push(lone);
  const bidi = bidiWarning(folder.pages);
  if (bidi) warnings.push(bidi);
  const swatches: Swatch[] = [];
  const furniture: Paragraph[] = [];
  // A reviewer's deletions shown struck are said with the markup, not as struck text.
  const struck = folder.markup.length ? new MarkupStruck(folder.markup.flatMap((m) => m.deleted)) : new StruckText();
  const toc: string[] = [];
  let paragraphs;
  try {
    paragraphs = toParagraphs(folder.pages, new Set(options.include ?? []), swatches, struck, toc, furniture, budget, warnings);
  } catch (error) {
    if (isUserError(error) && error.code === 'timeout') throw error;
    throw damaged(file, 'the layout of its pages', error);
  }
  const cut = folder.cut.warning(paragraphs);
  if (cut) warnings.push(cut);
  const tocLeftOut = tocWarning(toc);
  if (tocLeftOut) warnings.push(tocLeftOut);
  const struckWarning = struck.warning();
  if (struckWarning) warnings.push(struckWarning);
  warnings.push(...annotationWarnings(folder.annotationNotes));
  warnings.push(...markupWarnings(folder.markup, folder.markup.length ? paragraphs : []));
  const script: Script = {
    file,
    format: 'pdf',
    paragraphs,
    warnings,
    facts: { trackedChanges: folder.markup.some((m) => m.changes), pages: numPages },
  };
  const pageColour = documentPageColour(folder.pages);
  if (pageColour !== undefined) {
    script.facts.pageColour = pageColour;
    offThePage(paragraphs, pageColour);
    offThePage(furniture, pageColour);
  }
  if (swatches.length) script.swatches = swatches;
  if (furniture.length) script.furniture = furniture;
  if (language) script.language = language;
  return script;
}

/** The pages holding lines that `flagged` picks, and the first three of them (80 characters each): what a warning about such lines quotes. */
function flaggedLines(pages: PageText[], flagged: (line: Line) => boolean | undefined): { at: number[]; lines: { page: number; text: string }[] } {
  const at: number[] = [];
  const lines: { page: number; text: string }[] = [];
  const look = (page: number, line: Line) => {
    if (!flagged(line)) return;
    if (!at.includes(page)) at.push(page);
    if (lines.length < 3) lines.push({ page, text: normaliseSpace(line.text).slice(0, 80) });
  };
  // The free lines, then the tables' (without copying them into one list per frame).
  for (const page of pages) {
    for (const frame of page.frames) {
      for (const line of frame.lines) look(page.page, line);
      for (const table of frame.tables) for (const cell of table.cells) for (const line of cell.lines) look(page.page, line);
    }
  }
  return { at, lines };
}

/**
 * Lines of two words set far apart at the flush edge of justified text, with no other space to
 * measure the gap by (lines.ts, stretchedSpaces): read as a justified line's stretched space, which
 * they nearly always are (TeX, Chromium), but a word set at a tab stop would look the same. Said,
 * with the lines, so that a reader checks them.
 */
function loneGapWarning(pages: PageText[]): Warning | undefined {
  const { at, lines } = flaggedLines(pages, (line) => line.loneGap);
  if (!at.length) return undefined;
  const quotes = lines.map((l) => `"${l.text}" (page ${l.page})`).join('; ');
  return {
    code: 'wide-gap-read-as-space',
    message: `On ${pagesText(at)}, ${lines.length > 1 ? 'lines' : 'a line'} of two words set far apart at the right edge of justified text ${lines.length > 1 ? 'were' : 'was'} read as words of one sentence, the gap a stretched space: ${quotes}. If the gap is a tab instead (a label set apart from its text, a table's two columns), those words belong apart: check ${lines.length > 1 ? 'them' : 'it'} by eye.`,
    details: { pages: at, lines },
  };
}

/**
 * Lines mixing right-to-left and left-to-right words near evenly (bidi.ts): a PDF draws them in
 * visual order, and which way such a line runs — so the order its parts are read in — is a guess.
 * Their words are all there; said, with where, so that a reader checks the order.
 */
function bidiWarning(pages: PageText[]): Warning | undefined {
  const { at, lines } = flaggedLines(pages, (line) => line.bidiUnsure);
  if (!at.length) return undefined;
  const quotes = lines.map((l) => `"${l.text}" (page ${l.page})`).join('; ');
  return {
    code: 'pdf-bidi-order-unsure',
    message: `On ${pagesText(at)}, ${lines.length > 1 ? 'lines mix' : 'a line mixes'} right-to-left and left-to-right words about evenly: ${quotes}. A PDF keeps only the order they are seen in, so the order they were read in is a guess (the words and counts are right): check it by eye.`,
    details: { pages: at, lines },
  };
}

/**
 * Lines read whole across a wide gap (a tab after a label, "KID⇥Okay.") with the line under them
 * at their left edge, which may instead be a borderless table: a left cell going on under its
 * first line beside a one-line right cell (lines.ts, mergeTabGaps). Read as a tab-set line; said,
 * with where, so that a reader checks the order there.
 */
function acrossGapWarning(pages: PageText[]): Warning | undefined {
  const at: number[] = [];
  const quotes: string[] = [];
  const lines: { page: number; parts: string[]; next: string }[] = [];
  const words = (text: string) => {
    const w = normaliseSpace(text).split(' ');
    return w.length > 5 ? `${w.slice(0, 5).join(' ')} …` : w.join(' ');
  };
  for (const page of pages) {
    for (const frame of page.frames) {
      for (const line of frame.lines) {
        if (!line.acrossGap) continue;
        if (!at.includes(page.page)) at.push(page.page);
        if (lines.length >= 3) continue;
        const found = { page: page.page, parts: line.text.split('\t').map(words), next: words(line.acrossGap.next) };
        lines.push(found);
        quotes.push(`${found.parts.map((part) => `"${part}"`).join(' and ')}, then "${found.next}" (page ${found.page})`);
      }
    }
  }
  if (!at.length) return undefined;
  return {
    code: 'tab-or-columns',
    message: `On ${pagesText(at)}, text set apart by a wide gap (as a tab sets a speaker's label apart) was read as one line, then the line under it: ${quotes.join('; ')}. If the page sets them as two columns of a table, the words are all there but read in another order: check those lines by eye.`,
    // For a page that says it in its own language: the parts of each line (split at its gaps) and the line under it.
    details: { pages: at, lines },
  };
}

/** How long a picture's decoded image is waited for (ms): not there by then, it is no cover. */
const PICTURE_WAIT = 2000;

type ObjectStore = { get(id: string, callback: (data: unknown) => void): unknown };

/**
 * An image object of the page, as pdf.js decoded it (undefined when it does not come in time). An
 * image the document shows on several pages (a sticker, a logo, a cover picture used again) is kept
 * once for all pages, in the document's objects, under an id starting "g_" (as pdf.js's own canvas
 * code looks it up); the others are the page's own.
 */
function pageObject(page: { objs: ObjectStore; commonObjs: ObjectStore }, id: string): Promise<unknown> {
  const store = id.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), PICTURE_WAIT);
    try {
      store.get(id, (data) => {
        clearTimeout(timer);
        resolve(data);
      });
    } catch {
      clearTimeout(timer);
      resolve(undefined);
    }
  });
}

/**
 * Reads one page's operator list (once) and annotations into glyphs with their backgrounds, and
 * what its annotations leave to say.
 */
async function readPage(
  pdfjs: PdfJs, doc: PdfDocument, n: number, optional: OptionalContent, noLinks: boolean, raw?: RawObjects, fontNames?: (cmap: string) => string | undefined,
): Promise<{ content: PageContent; notes?: AnnotationNotes; textOps: number; links: Box[]; lost: LostFont[] }> {
  const page = await doc.getPage(n);
  // Annotation appearances are listed but skipped by the walk (but a text or choice field's, whose
  // text is the page's): highlights are read once, from their annotation data. Printable
  // annotations come cheap (see the note below).
  const [list, printable] = await Promise.all([
    page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.ENABLE }),
    page.getAnnotations({ intent: 'print' }) as Promise<AnnotationData[]>,
  ]);
  if (list.fnArray.length > LIMITS.operatorsPerPage) throw new LimitExceeded('drawing operations', LIMITS.operatorsPerPage, 'operatorsPerPage');
  if (printable.length > LIMITS.annotationsPerPage) throw new LimitExceeded('annotations', LIMITS.annotationsPerPage, 'annotationsPerPage');
  const viewport = page.getViewport({ scale: 1 });
  const transform = viewport.transform as Matrix;
  // What each annotation's appearance paints, as pdf.js draws it: the colour a reader sees.
  const isVisible = (props: unknown) => {
    try {
      return optional ? optional.isVisible(props) : true;
    } catch {
      return true;
    }
  };
  const painted = paintedAppearances(list.fnArray, list.argsArray as unknown[][], transform, isVisible);
  // A highlight whose own appearance pdf.js set aside: what that one paints is looked for in the file.
  const setAside = async (annotations: AnnotationData[]) => {
    const ids = annotations.filter((a) => a.subtype === 'Highlight' && a.hasAppearance && a.id !== undefined && painted.get(a.id)?.madeUp).map((a) => a.id!);
    if (ids.length && raw) await raw.prepare(ids);
  };
  await setAside(printable);
  let read = readAnnotations(printable, transform, painted, raw);
  // Text and choice fields: what their appearance paints (the value typed in) is page text.
  let fields = fieldIds(printable);
  const walk = (overlays: HighlightArea[] = [], covers?: Fill[]) =>
    walkOperators({
      page: n,
      fnArray: list.fnArray,
      argsArray: list.argsArray as unknown[][],
      viewport: transform,
      width: viewport.width,
      height: viewport.height,
      font: (name) => (page.commonObjs.has(name) ? (page.commonObjs.get(name) as { fontMatrix?: number[]; vertical?: boolean }) : undefined),
      pattern: (id) => (page.objs.has(id) ? page.objs.get(id) : undefined),
      isVisible,
      fields,
      // Overlays (flattened highlights) are drawn over everything before them: on top.
      highlights: [...overlays, ...read.highlights],
      strikes: read.strikes,
      covers,
    });
  let content = walk();
  const printed = new Set(printable.map((a) => a.id));
  let all: AnnotationData[] | null = null;
  if (content.annotationIds.some((id) => !printed.has(id))) {
    all = (await page.getAnnotations()) as AnnotationData[];
    if (all.length > LIMITS.annotationsPerPage) throw new LimitExceeded('annotations', LIMITS.annotationsPerPage, 'annotationsPerPage');
    await setAside(all);
    read = readAnnotations(all, transform, painted, raw);
    fields = fieldIds(all);
    content = walk();
  }
  // Links are seldom printable (LibreOffice sets no Print flag): the page's links are asked for by
  // their type (pdf.js then extracts no text under them, as its display list would) when the print
  // list has none and the page's text is in more than one colour (else a link's text is in the colour
  // of the text around it, and marking it changes nothing). More than the limit: left unmarked. Not
  // when the file names no /Link anywhere (`noLinks`, preflight.ts): each ask costs a round trip
  // through pdf.js and a pass over the page list (~4% of a long script's time in two threads).
  let links = linkAreas(all ?? printable, transform);
  if (!links.length && !all && !noLinks && manyColours(content.glyphs)) {
    const found = (await doc.getAnnotationsByType(new Set([pdfjs.AnnotationType.LINK]), otherPages(doc.numPages, n))) as AnnotationData[] | null;
    if (found && found.length <= LIMITS.annotationsPerPage) links = linkAreas(found, transform);
  }
  // See-through fills drawn over text already drawn (highlights flattened into the page): the
  // page is walked again with them as highlights, topmost last drawn.
  // Opaque boxes drawn over text already drawn (covers.ts) hide it: walked again, it is left out.
  // Pictures painted over text: opaque ones are covers too (asked of their decoded image).
  if (content.pictures?.length) {
    const pictures = await opaquePictures(content.pictures, (id) => pageObject(page, id));
    if (pictures.length) content.covers = [...(content.covers ?? []), ...pictures];
  }
  if (content.overlays?.length || content.covers?.length) {
    content = walk((content.overlays ?? []).map((f) => ({ boxes: [f.box], color: f.color, kind: 'shading' as const })).reverse(), content.covers);
  }
  // A number drawn apart from its text, in a tagged PDF: its structure says whether a list item
  // holds it (a list's number, left out as the DOCX's) or not (typed, kept): structure.ts, lines.ts.
  if (content.mcids && content.glyphs.some((g) => mayBeListNumber(g.text))) {
    const items = listContent((await page.getStructTree().catch(() => null)) as StructNode | null);
    if (items) {
      for (const g of content.glyphs) {
        const id = content.mcids.get(g.seq);
        if (id !== undefined) g.listed = items.has(id);
      }
    }
  }
  page.cleanup();
  let notes: AnnotationNotes | undefined;
  const marks = marksOverText(read.marks, content.glyphs, [0, 0, viewport.width, viewport.height]);
  if (read.uncoloured || read.empty || read.transparent || Object.keys(marks).length) {
    notes = { page: n, uncoloured: read.uncoloured, marks };
    if (read.empty) notes.empty = read.empty;
    if (read.transparent) notes.transparent = read.transparent;
  }
  return { content, notes, textOps: textOpsOf(list.fnArray), links, lost: lostFonts(list.fnArray, list.argsArray, page.commonObjs, fontNames) };
}

/**
 * The form fields whose appearance is read as page text: text fields and choice fields (the value
 * typed or picked, as the viewer shows it). Not check boxes, radio buttons and push buttons (a
 * tick, a caption), nor signatures. Hidden fields pdf.js does not draw at all.
 */
function fieldIds(annotations: readonly AnnotationData[]): Set<string> | undefined {
  let ids: Set<string> | undefined;
  for (const a of annotations) {
    if (a.subtype === 'Widget' && (a.fieldType === 'Tx' || a.fieldType === 'Ch') && a.id !== undefined) (ids ??= new Set()).add(a.id);
  }
  return ids;
}

/** The 0-based indexes of every page but page `n` (1-based): what pdf.js's getAnnotationsByType is told to skip. */
function otherPages(count: number, n: number): Set<number> {
  const skip = new Set<number>();
  for (let i = 0; i < count; i++) if (i !== n - 1) skip.add(i);
  return skip;
}

/** Whether the glyphs are drawn in more than one text colour. */
function manyColours(glyphs: readonly { color: string }[]): boolean {
  const first = glyphs[0]?.color;
  for (const g of glyphs) if (g.color !== first) return true;
  return false;
}

/**
 * The operators that show text in a page's own content, in its pdf.js operator list: not those of
 * the forms it draws nor of its annotations' appearances (preflight.ts counts the same in the file's
 * streams that can be page content). pdf.js turns each `Tj`, `TJ`, `'` and `"` into one showText
 * (evaluator.js), and drops one shown before any font is set.
 */
export function textOpsOf(fnArray: ArrayLike<number>): number {
  let inside = 0;
  let ops = 0;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === OP.paintFormXObjectBegin || fn === OP.beginAnnotation) inside++;
    else if (fn === OP.paintFormXObjectEnd || fn === OP.endAnnotation) inside = Math.max(0, inside - 1);
    else if ((fn === OP.showText || fn === SHOW_SPACED_TEXT) && inside === 0) ops++;
  }
  return ops;
}

/** pdf.js's showSpacedText (45), which its evaluator turns into showText: counted should a later one keep it. */
const SHOW_SPACED_TEXT = 45;

/*
 * Why print-intent annotations first: pdf.js's display intent also extracts the page's text under
 * every Highlight (as costly as reading the page again); the print intent does not, but lists only
 * printable annotations. A highlight shown on screen but not printable (no Print flag) is rare:
 * then the page is walked again with the display-intent list. Links are the other way round: most
 * producers (LibreOffice) set no Print flag on them, and the display list would have pdf.js extract the
 * page's text under each (tens of seconds for a page of thousands of links): a page in more than one
 * colour whose print list holds no link asks for its links by type (getAnnotationsByType, from the
 * annotations pdf.js parsed for the print list, no text extracted).
 */
