import { Budget } from '../../budget.js';
import { isUserError, UserError } from '../../errors.js';
import type { ReadOptions, Script, Swatch, Warning } from '../../model.js';
import { LIMITS, LimitExceeded, overLimit } from '../limits.js';
import { highlightAreas, type AnnotationData } from './annotations.js';
import type { Matrix } from './geometry.js';
import { corrupt, damaged, openPdf, type PdfDocument, type PdfJs } from './load.js';
import { walkOperators } from './operators.js';
import { checkContentStreams } from './preflight.js';
import { layoutPage, toParagraphs, type PageText } from './assemble.js';
import type { PageContent } from './types.js';

/**
 * Reads a PDF script: the text a reader sees, in reading order, with the colour of each run and
 * what lies behind it. Page furniture (running headers, footers, page numbers) is left out unless
 * `options.include` names 'header' or 'footer'.
 */
export async function readPdf(bytes: Uint8Array, file: string, options: ReadOptions): Promise<Script> {
  const budget = Budget.of(file, options);
  await checkContentStreams(bytes, file);
  const { pdfjs, doc } = await openPdf(bytes, file, options.password);
  const warnings: Warning[] = [];
  try {
    if (doc.numPages > LIMITS.pages) throw overLimit(file, `its page count (${doc.numPages.toLocaleString('en-US')})`, LIMITS.pages, 'pages');
    const pages: PageText[] = [];
    let glyphCount = 0;
    let textChars = 0;
    let failed = 0;
    const rotated: number[] = [];
    const optional = await doc.getOptionalContentConfig().catch(() => null);
    for (let n = 1; n <= doc.numPages; n++) {
      budget.check();
      options.progress?.(n - 1, doc.numPages, 'page');
      try {
        const content = await readPage(pdfjs, doc, n, optional);
        glyphCount += content.glyphs.length;
        if (glyphCount > LIMITS.runs) throw overLimit(file, 'the number of pieces of text in the document', LIMITS.runs);
        for (const glyph of content.glyphs) textChars += glyph.text.length;
        if (textChars > LIMITS.textChars) throw overLimit(file, 'the text of the document', LIMITS.textChars, 'characters');
        if (content.rotatedGlyphs) rotated.push(n);
        pages.push(layoutPage(content));
      } catch (error) {
        if (error instanceof LimitExceeded) throw error.on(file, `page ${n}`);
        if (isUserError(error)) throw error;
        failed++;
        const detail = String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 120).replace(/\.$/, '');
        warnings.push({ code: 'page-unreadable', message: `Page ${n} could not be read and was skipped${detail ? ` (${detail})` : ''}.` });
      }
    }
    budget.check();
    if (failed === doc.numPages) throw corrupt(file);
    if (rotated.length) {
      warnings.push({
        code: 'rotated-text',
        message: `Rotated or vertical text on page${rotated.length > 1 ? 's' : ''} ${rotated.join(', ')} was left out.`,
      });
    }
    if (glyphCount === 0 && !rotated.length) {
      throw new UserError(`${file} has no text layer (a scan?): run OCR on it first, then read the OCR'd PDF.`, 'no-text');
    }
    const swatches: Swatch[] = [];
    let paragraphs;
    try {
      paragraphs = toParagraphs(pages, new Set(options.include ?? []), swatches);
    } catch (error) {
      throw damaged(file, 'the layout of its pages', error);
    }
    const script: Script = {
      file,
      format: 'pdf',
      paragraphs,
      warnings,
      facts: { trackedChanges: false, pages: doc.numPages },
    };
    if (swatches.length) script.swatches = swatches;
    // The catalog's /Lang (pdf.js reports it as info.Language).
    const metadata = await doc.getMetadata().catch(() => null);
    const lang = (metadata?.info as { Language?: unknown } | undefined)?.Language;
    if (typeof lang === 'string' && lang.trim()) script.language = lang.trim();
    return script;
  } catch (error) {
    if (isUserError(error)) throw error;
    // pdf.js or the layout failed on something in the file: a damaged file, said as such.
    throw damaged(file, 'its document structure', error);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

type OptionalContent = { isVisible(group: unknown): boolean } | null;

/** Reads one page's operator list (once) and annotations into glyphs with their backgrounds. */
async function readPage(pdfjs: PdfJs, doc: PdfDocument, n: number, optional: OptionalContent): Promise<PageContent> {
  const page = await doc.getPage(n);
  // Annotation appearances are listed but skipped by the walk: highlights are read once, from
  // their annotation data. Printable annotations come cheap (see the note below).
  const [list, printable] = await Promise.all([
    page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.ENABLE }),
    page.getAnnotations({ intent: 'print' }) as Promise<AnnotationData[]>,
  ]);
  if (list.fnArray.length > LIMITS.operatorsPerPage) throw new LimitExceeded('drawing operations', LIMITS.operatorsPerPage);
  if (printable.length > LIMITS.annotationsPerPage) throw new LimitExceeded('annotations', LIMITS.annotationsPerPage);
  const viewport = page.getViewport({ scale: 1 });
  const transform = viewport.transform as Matrix;
  const walk = (annotations: AnnotationData[]) =>
    walkOperators({
      page: n,
      fnArray: list.fnArray,
      argsArray: list.argsArray as unknown[][],
      viewport: transform,
      width: viewport.width,
      height: viewport.height,
      font: (name) => (page.commonObjs.has(name) ? (page.commonObjs.get(name) as { fontMatrix?: number[]; vertical?: boolean }) : undefined),
      isVisible: (props) => {
        try {
          return optional ? optional.isVisible(props) : true;
        } catch {
          return true;
        }
      },
      highlights: highlightAreas(annotations, transform),
    });
  let content = walk(printable);
  const printed = new Set(printable.map((a) => a.id));
  if (content.annotationIds.some((id) => !printed.has(id))) {
    const all = (await page.getAnnotations()) as AnnotationData[];
    if (all.length > LIMITS.annotationsPerPage) throw new LimitExceeded('annotations', LIMITS.annotationsPerPage);
    content = walk(all);
  }
  page.cleanup();
  return content;
}

/*
 * Why print-intent annotations first: pdf.js's display intent also extracts the page's text under
 * every Highlight (as costly as reading the page again); the print intent does not, but lists only
 * printable annotations. A highlight shown on screen but not printable (no Print flag) is rare:
 * then the page is walked again with the display-intent list.
 */
