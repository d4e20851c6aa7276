/**
 * The booth script as a PDF, laid out with pdfkit (MIT) in an embedded Source Sans 3 (SIL OFL
 * 1.1; covers French typography, no-break spaces and ligatures). Large type (lines 16 pt, cues
 * 14 pt), generous spacing, a running header and "Page N of M" on each page (the labels in the
 * script's language), and no line (with its cue) split over two pages when it fits on one. Loaded
 * only by `vo-lines sides`. Pure: fonts in, bytes out (and the file's time budget, read as it goes).
 */
import PDFDocument from 'pdfkit';
import { Budget } from '../budget.js';
import { lineMeta, type BoothScript, type SidesBlock, type SidesFonts } from './sides.js';
import { pageLabel } from './sides-labels.js';

const SIZE = { title: 22, info: 14, heading: 17, meta: 11, cue: 14, line: 16, direction: 14, running: 10 } as const;
const COLOUR = { text: '#000000', dim: '#5f5f5f', meta: '#767676', rule: '#c8c8c8' } as const;
const MARGIN = { top: 64, bottom: 64, side: 62 } as const;
/** Extra space between the lines of a paragraph, as a fraction of the type size. */
const LEADING = 0.35;

type LineBlock = Extract<SidesBlock, { kind: 'line' }>;

export async function renderSidesPdf(script: BoothScript, fonts: SidesFonts, budget: Budget = Budget.UNLIMITED): Promise<Uint8Array> {
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
  // pdfkit measures text word by word as it wraps it (for heightOfString as for text). A "word"
  // wider than the line (a run of thousands of "[" in a damaged file) it cuts one line at a time,
  // measuring the whole rest of it again for each: quadratic, seconds for one such line. Every
  // measurement is a point where the budget is checked, so even that line stops at the deadline.
  const measure = doc.widthOfString.bind(doc);
  doc.widthOfString = (text, options) => {
    budget.check();
    return measure(text, options);
  };
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
  /** A new page unless `needed` points fit below; a block taller than a page starts at the top and runs on. */
  const keep = (needed: number) => {
    if (doc.y + needed > bottom() && doc.y > MARGIN.top + 1) doc.addPage();
  };

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
      keep(height('bold', size, block.title) + 10 + (next ? Math.min(lineHeight(next), bottom() - MARGIN.top - 60) : 0));
      doc.moveDown(0.4);
      doc.font('bold').fontSize(size).fillColor(COLOUR.text).text(block.title, options(size));
      doc.moveDown(0.5);
      return;
    }
    keep(lineHeight(block));
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
