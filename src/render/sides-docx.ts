/**
 * The booth script as a Word document, written with docx (MIT), for narrators who annotate their
 * sides or read them on a tablet: the same content as the PDF, Source Sans 3 embedded (so accents,
 * no-break spaces and ligatures show as they do in the PDF on any machine), lines 16 pt, cues 14 pt,
 * each line kept with its cue and not split over pages ("keep with next", "keep lines together"),
 * a running header and "Page N of M" footer, the labels in the script's language. Loaded only by
 * `vo-lines sides`. Pure: fonts in, bytes out (and the file's time budget, read as it goes).
 */
import { Budget } from '../budget.js';
import { AlignmentType, Document, Footer, Header, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type IRunOptions } from 'docx';
import { lineMeta, type BoothScript, type SidesFonts } from './sides.js';

export const SIDES_FONT = 'Source Sans 3';
/** Sizes in half-points, as Word counts them. */
const SIZE = { title: 44, info: 28, heading: 34, meta: 22, cue: 28, line: 32, running: 20 } as const;
const COLOUR = { dim: '5F5F5F', meta: '767676' } as const;
/** Page sizes in twentieths of a point. */
const PAGE = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } } as const;
/** 1.35 lines between lines of a paragraph (Word's "multiple", in 240ths). */
const LINE_SPACING = { line: 324, lineRule: LineRuleType.AUTO };

const run = (text: string, options: Omit<IRunOptions, 'text'> = {}) => new TextRun({ text, font: SIDES_FONT, ...options });

/** A text's runs, each line break a reader sees in it (`\n`: Line.breaks) a line break in the paragraph, as Shift+Enter makes. */
const broken = (text: string, options: Omit<IRunOptions, 'text'> = {}) =>
  text.includes('\n') ? text.split('\n').map((piece, i) => run(piece, i === 0 ? options : { ...options, break: 1 })) : [run(text, options)];

/** The footer's page label, `Page {page} of {pages}`, as text and Word's PAGE and NUMPAGES fields. */
const pageFields = (label: string) =>
  label
    .split(/(\{page\}|\{pages\})/)
    .filter(Boolean)
    .map((part) => (part === '{page}' ? PageNumber.CURRENT : part === '{pages}' ? PageNumber.TOTAL_PAGES : part));

export async function renderSidesDocx(script: BoothScript, fonts: SidesFonts, budget: Budget = Budget.UNLIMITED): Promise<Uint8Array> {
  const { labels } = script;
  const children: Paragraph[] = [
    new Paragraph({ children: [run(labels.title, { bold: true, size: SIZE.title })], spacing: { after: 120 } }),
    new Paragraph({ children: [run(labels.script, { size: SIZE.info })] }),
    new Paragraph({ children: [run(labels.date, { size: SIZE.info })] }),
    new Paragraph({ children: [run(labels.summary, { size: SIZE.info })] }),
    new Paragraph({ children: [run(labels.directions, { size: SIZE.info, italics: true, color: COLOUR.dim })], spacing: { after: 360 }, border: { bottom: { style: 'single', size: 6, color: 'C8C8C8', space: 8 } } }),
  ];
  for (const block of script.blocks) {
    budget.tick(64);
    if (block.kind === 'heading') {
      children.push(new Paragraph({ children: [run(block.title, { bold: true, size: block.level === 1 ? SIZE.heading : SIZE.heading - 2 })], keepNext: true, spacing: { before: 240, after: 160 } }));
      continue;
    }
    children.push(new Paragraph({ children: [run(lineMeta(block), { size: SIZE.meta, color: COLOUR.meta })], keepNext: true, spacing: { after: 40 } }));
    if (block.cue) {
      children.push(
        new Paragraph({
          children: [run(`${block.cue.voice}${labels.colon}`, { bold: true, size: SIZE.cue, color: COLOUR.dim }), ...broken(block.cue.text, { size: SIZE.cue, color: COLOUR.dim })],
          keepNext: true,
          keepLines: true,
          spacing: { after: 80, ...LINE_SPACING },
        }),
      );
    }
    for (const direction of block.directions) {
      children.push(new Paragraph({ children: broken(direction, { size: SIZE.cue, italics: true, color: COLOUR.dim }), keepNext: true, keepLines: true, spacing: { after: 60, ...LINE_SPACING } }));
    }
    children.push(
      new Paragraph({
        children: block.segments.flatMap((segment) => broken(segment.text, segment.direction ? { size: SIZE.line, italics: true, color: COLOUR.dim } : { size: SIZE.line })),
        keepLines: true,
        spacing: { after: 360, ...LINE_SPACING },
      }),
    );
  }
  budget.check();
  const page = PAGE[script.paper];
  const document = new Document({
    creator: 'vo-lines',
    title: `${script.voice} — ${script.script}`,
    description: labels.subject,
    fonts: [{ name: SIDES_FONT, data: Buffer.from(fonts.regular), bold: Buffer.from(fonts.bold), italic: Buffer.from(fonts.italic) }],
    styles: { default: { document: { run: { font: SIDES_FONT, size: SIZE.cue } } } },
    sections: [
      {
        properties: { page: { size: page, margin: { top: 1300, bottom: 1300, left: 1240, right: 1240, header: 600, footer: 600 } } },
        headers: { default: new Header({ children: [new Paragraph({ children: [run(`${script.voice} — ${script.script} — ${script.date}`, { size: SIZE.running, color: COLOUR.meta })] })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ font: SIDES_FONT, size: SIZE.running, color: COLOUR.meta, children: pageFields(labels.page) })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
