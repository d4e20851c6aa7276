#!/usr/bin/env node
// Builds the small PDFs in tests/fixtures/pdf/ that pin each mechanism of the PDF reader.
// Run: node scripts/build-pdf-fixtures.mjs   (needs the dev dependency pdf-lib; qpdf, when on PATH,
// also writes encrypted.pdf). The outputs are committed; re-run after changing this script.
import { mkdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  PDFDocument, PDFArray, PDFHexString, PDFName, PDFNumber, PDFOperator, StandardFonts,
  beginText, endText, setFontAndSize, moveText, showText, setTextRenderingMode,
  setFillingRgbColor, setFillingGrayscaleColor, setFillingCmykColor, setStrokingRgbColor,
  setCharacterSpacing, setWordSpacing, setCharacterSqueeze, setGraphicsState,
  pushGraphicsState, popGraphicsState, rectangle, fill, stroke, clip, endPath, moveTo, lineTo, setLineWidth,
} from 'pdf-lib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'pdf');
mkdirSync(OUT, { recursive: true });

const LETTER = [612, 792];
const LEFT = 72;
const WIDTH = 468;

/** A fixed creation date keeps the output byte-stable between runs. */
async function newDoc() {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  return { doc, font };
}

function newPage(doc, font) {
  const page = doc.addPage(LETTER);
  const key = page.node.newFontDictionary('Helv', font.ref);
  return { page, font, key, doc };
}

function fillOp(color) {
  if (color.gray !== undefined) return setFillingGrayscaleColor(color.gray);
  if (color.cmyk) return setFillingCmykColor(...color.cmyk);
  return setFillingRgbColor(...(color.rgb ?? [0, 0, 0]));
}

/** One text object. `parts` are [text, color] pairs drawn one after the other on one line. */
function text(p, x, y, parts, { size = 12, mode, before = [] } = {}) {
  const ops = [pushGraphicsState(), beginText(), setFontAndSize(p.key, size), ...before];
  if (mode !== undefined) ops.push(setTextRenderingMode(mode));
  ops.push(moveText(x, y));
  for (const [str, color = { gray: 0 }] of parts) ops.push(fillOp(color), showText(p.font.encodeText(str)));
  ops.push(endText(), popGraphicsState());
  p.page.pushOperators(...ops);
}

/** TJ: strings and kerning numbers (thousandths of an em; positive moves left). */
function textTJ(p, x, y, items, { size = 12, before = [] } = {}) {
  const arr = PDFArray.withContext(p.doc.context);
  for (const item of items) arr.push(typeof item === 'number' ? PDFNumber.of(item) : p.font.encodeText(item));
  p.page.pushOperators(
    pushGraphicsState(), beginText(), setFontAndSize(p.key, size), ...before, moveText(x, y),
    PDFOperator.of('TJ', [arr]), endText(), popGraphicsState(),
  );
}

function rect(p, x, y, w, h, color) {
  p.page.pushOperators(pushGraphicsState(), fillOp(color), rectangle(x, y, w, h), fill(), popGraphicsState());
}

function line(p, x1, y1, x2, y2) {
  p.page.pushOperators(
    pushGraphicsState(), setStrokingRgbColor(0, 0, 0), setLineWidth(0.75),
    moveTo(x1, y1), lineTo(x2, y2), stroke(), popGraphicsState(),
  );
}

/** Greedy word wrap, as a word processor does: a line ends when the next word would not fit. */
function wrap(font, str, width, size = 12) {
  const lines = [];
  let current = '';
  for (const word of str.split(' ')) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}

/** Draws wrapped lines from `y` down; returns the baseline below the last line. */
function paragraph(p, x, y, str, { width = WIDTH, size = 12, lead = 14.4, color } = {}) {
  for (const l of wrap(p.font, str, width, size)) {
    text(p, x, y, [[l, color]], { size });
    y -= lead;
  }
  return y;
}

async function save(name, doc) {
  const bytes = await doc.save({ useObjectStreams: false });
  writeFileSync(join(OUT, name), bytes);
  return join(OUT, name);
}

// colours.pdf: the same text colour arrives from gray, RGB and CMYK operators.
async function colours() {
  const { doc, font } = await newDoc();
  const p = newPage(doc, font);
  text(p, LEFT, 700, [['Gray voice speaks first.', { gray: 0.35 }]]);
  text(p, LEFT, 670, [['Red voice answers here.', { rgb: [0.8, 0, 0] }]]);
  text(p, LEFT, 640, [['Cyan magenta yellow black voice.', { cmyk: [0, 1, 1, 0] }]]);
  text(p, LEFT, 610, [['NARRATOR: ', { rgb: [0, 0, 1] }], ['Welcome to the show.', { gray: 0 }]]);
  return save('colours.pdf', doc);
}

// kerning.pdf: words separated only by TJ kerning gaps; tight kerning inside words; tracking.
async function kerning() {
  const { doc, font } = await newDoc();
  const p = newPage(doc, font);
  textTJ(p, LEFT, 700, ['Words', -278, 'only', -278, 'kerning', -278, 'apart']);
  textTJ(p, LEFT, 670, ['W', 80, 'ave', -278, 'kerned', 30, ' text']);
  text(p, LEFT, 640, [['Wide word spacing here']], { before: [setWordSpacing(8)] });
  textTJ(p, LEFT, 610, ['Squeezed', -400, 'words', -400, 'split'], { before: [setCharacterSqueeze(60)] });
  return save('kerning.pdf', doc);
}

// tracking.pdf: letter-spaced (Tc) text. A reader sees words; MuPDF splits them into letters,
// so this one stays out of the oracle test.
async function tracking() {
  const { doc, font } = await newDoc();
  const p = newPage(doc, font);
  text(p, LEFT, 700, [['Tracked letters stay whole']], { before: [setCharacterSpacing(2)] });
  return save('tracking.pdf', doc);
}

// shading.pdf: filled rectangles drawn under text are backgrounds; white and underlines are not.
async function shading() {
  const { doc, font } = await newDoc();
  const p = newPage(doc, font);
  rect(p, LEFT - 2, 696, 220, 16, { rgb: [1, 1, 0] });
  text(p, LEFT, 700, [['Yellow box behind this whole line.']]);
  const before = font.widthOfTextAtSize('Only the word ', 12);
  rect(p, LEFT + before - 1, 666, font.widthOfTextAtSize('blue', 12) + 2, 16, { rgb: [0.6, 0.8, 1] });
  text(p, LEFT, 670, [['Only the word blue is shaded here.']]);
  rect(p, LEFT - 2, 636, 220, 16, { rgb: [1, 1, 1] });
  text(p, LEFT, 640, [['White box means no background.']]);
  rect(p, LEFT, 608, font.widthOfTextAtSize('Underlined words', 12), 0.8, { gray: 0 });
  text(p, LEFT, 610, [['Underlined words are not shaded.']]);
  return save('shading.pdf', doc);
}

/** A Highlight annotation with its own appearance stream (as Acrobat writes it). */
function highlight(p, x, y, w, h, rgbColor) {
  const { context } = p.doc;
  const gs = context.obj({ Type: 'ExtGState', BM: 'Multiply' });
  const ap = context.formXObject(
    [setGraphicsState('GS0'), setFillingRgbColor(...rgbColor), rectangle(x, y, w, h), fill()],
    { BBox: [x, y, x + w, y + h], Resources: { ExtGState: { GS0: gs } } },
  );
  const apRef = context.register(ap);
  const annot = context.obj({
    Type: 'Annot', Subtype: 'Highlight', Rect: [x, y, x + w, y + h], C: rgbColor, F: 4,
    QuadPoints: [x, y + h, x + w, y + h, x, y, x + w, y],
    AP: { N: apRef },
  });
  p.page.node.addAnnot(context.register(annot));
}

// highlight.pdf: Highlight annotations colour the text under them, once; they beat a path fill.
async function highlights() {
  const { doc, font } = await newDoc();
  const p = newPage(doc, font);
  text(p, LEFT, 700, [['Plain line before the highlight.']]);
  text(p, LEFT, 670, [['This line carries a highlight annotation.']]);
  const x = LEFT + font.widthOfTextAtSize('This line carries a ', 12);
  highlight(p, x - 1, 666, font.widthOfTextAtSize('highlight annotation.', 12) + 2, 16, [0, 1, 0]);
  rect(p, LEFT - 2, 636, 220, 16, { rgb: [1, 0.8, 0] });
  text(p, LEFT, 640, [['Annotation beats the box under it.']]);
  highlight(p, LEFT - 1, 636, 220, 16, [0, 1, 0]);
  return save('highlight.pdf', doc);
}

// invisible.pdf: render modes 3 and 7, clipped text, text off the page and fully transparent text.
async function invisible() {
  const { doc, font } = await newDoc();
  const p = newPage(doc, font);
  text(p, LEFT, 700, [['Visible line one.']]);
  text(p, LEFT, 660, [['Invisible render mode three.']], { mode: 3 });
  text(p, LEFT, 620, [['Invisible clip mode seven.']], { mode: 7 });
  p.page.pushOperators(pushGraphicsState(), rectangle(300, 100, 100, 50), clip(), endPath());
  text(p, LEFT, 580, [['Clipped away text.']]);
  p.page.pushOperators(popGraphicsState());
  text(p, 700, 540, [['Off the page text.']]);
  const gs = p.page.node.newExtGState('GSclear', doc.context.obj({ Type: 'ExtGState', ca: 0 }));
  text(p, LEFT, 500, [['Transparent text.']], { before: [setGraphicsState(gs)] });
  text(p, LEFT, 460, [['Visible line two.']]);
  return save('invisible.pdf', doc);
}

const LOREM = {
  a: 'The left column opens with a paragraph that runs over three lines of text before it stops.',
  b: 'A second left paragraph follows on two lines.',
  c: 'The right column has its own paragraph, also wrapping over three lines of text here.',
  d: 'And a last right paragraph closes the page in three lines with a few more words.',
};

// columns.pdf: a full-width title over two columns whose lines share baselines.
async function columns() {
  const { doc, font } = await newDoc();
  const p = newPage(doc, font);
  text(p, LEFT, 720, [['Two Column Script']], { size: 16 });
  const colW = 216;
  let y = paragraph(p, LEFT, 680, LOREM.a, { width: colW, color: { rgb: [0.8, 0, 0] } });
  paragraph(p, LEFT, y - 12, LOREM.b, { width: colW, color: { rgb: [0.8, 0, 0] } });
  y = paragraph(p, LEFT + colW + 36, 680, LOREM.c, { width: colW, color: { rgb: [0, 0, 0.8] } });
  paragraph(p, LEFT + colW + 36, y - 20, LOREM.d, { width: colW, color: { rgb: [0, 0, 0.8] } });
  return save('columns.pdf', doc);
}

const TABLE = [
  ['Scene', 'Visual', 'Voice over'],
  ['1', 'Wide shot of the city at dawn, a slow pan across the roofs.', 'NARRATOR: Every city wakes up in its own way.'],
  ['2', 'Close up on a coffee cup.', 'ANNA: Mine wakes up with coffee, strong and black.'],
];

// table.pdf: a ruled 3x3 storyboard table with multi-line cells, between two paragraphs.
async function table() {
  const { doc, font } = await newDoc();
  const p = newPage(doc, font);
  text(p, LEFT, 720, [['Storyboard']]);
  const cols = [LEFT, LEFT + 60, LEFT + 260, LEFT + 468];
  const rowTops = [700];
  let top = 700;
  for (const row of TABLE) {
    let lowest = top;
    row.forEach((cell, c) => {
      const color = c === 2 && row !== TABLE[0] ? { rgb: [0, 0.5, 0] } : { gray: 0 };
      const y = paragraph(p, cols[c] + 5, top - 16, cell, { width: cols[c + 1] - cols[c] - 10, color });
      lowest = Math.min(lowest, y);
    });
    top = lowest - 2;
    rowTops.push(top);
  }
  for (const y of rowTops) line(p, cols[0], y, cols[3], y);
  for (const x of cols) line(p, x, rowTops[0], x, top);
  text(p, LEFT, top - 30, [['End of storyboard.']]);
  return save('table.pdf', doc);
}

const PAGEBREAK = {
  first: 'This first paragraph wraps over three lines on the first page so that the reader has to join the visual lines back into one paragraph again, the way the writer typed it in the first place.',
  split: 'The second paragraph starts near the foot of the first page and carries on at the top of the next page, where it ends after a few more words of narration that keep going for a little while longer, because a voice-over script often runs long and a page break can fall in the middle of any sentence the narrator has to read in one breath.',
  last: 'A new paragraph on page two.',
};

// pagebreak.pdf: a paragraph wrapping over a page break; page numbers in the footer.
async function pagebreak() {
  const { doc, font } = await newDoc();
  const p1 = newPage(doc, font);
  paragraph(p1, LEFT, 720, PAGEBREAK.first);
  const lines = wrap(font, PAGEBREAK.split, WIDTH);
  let y = 72 + 14.4 * 2;
  for (const l of lines.slice(0, 3)) { text(p1, LEFT, y, [[l]]); y -= 14.4; }
  text(p1, 300, 36, [['1']], { size: 10 });
  const p2 = newPage(doc, font);
  y = 720;
  for (const l of lines.slice(3)) { text(p2, LEFT, y, [[l]]); y -= 14.4; }
  text(p2, LEFT, y - 12, [[PAGEBREAK.last]]);
  text(p2, 300, 36, [['2']], { size: 10 });
  return save('pagebreak.pdf', doc);
}

const FURNITURE_BODY = ['The kettle starts to sing.', 'Steam fills the kitchen.', 'Coffee is ready.'];

// furniture.pdf: a running header and "Page N of 3" footers on every page around the body.
async function furniture() {
  const { doc, font } = await newDoc();
  FURNITURE_BODY.forEach((body, i) => {
    const n = i + 1;
    const p = newPage(doc, font);
    text(p, LEFT, 750, [['ACME COFFEE :30 - DRAFT 3']], { size: 9 });
    text(p, LEFT, 700, [[body]]);
    text(p, 270, 40, [[`Page ${n} of 3`]], { size: 9 });
  });
  return save('furniture.pdf', doc);
}

// tabs.pdf: "LABEL:<tab>text" lines whose wrapped lines return to the left margin, as Word and
// LibreOffice lay out VO scripts. The tab gap is not a column gutter: one paragraph per speech.
async function tabs() {
  const { doc, font } = await newDoc();
  const p = newPage(doc, font);
  text(p, LEFT, 700, [['ANNOUNCER:']]);
  text(p, LEFT + 108, 700, [['Spring is here, and the garden center is bursting with', { rgb: [0.8, 0, 0] }]]);
  text(p, LEFT, 685.6, [['color: thousands of flowering plants, shrubs and fruit trees.', { rgb: [0.8, 0, 0] }]]);
  text(p, LEFT, 660, [['CUSTOMER:']]);
  text(p, LEFT + 108, 660, [['I killed three tomato plants last summer.', { rgb: [0, 0, 0.8] }]]);
  return save('tabs.pdf', doc);
}

// spacing.pdf: paragraphs told apart by spacing alone, as Word and LibreOffice set them (space
// after each paragraph, no first-line indent). Under the first heading a paragraph wraps, so its
// block shows both the line pitch (14.4) and the paragraph pitch (24). Under the second heading
// every paragraph is one line: their block shows only the paragraph pitch, and the first line
// nearly fills the measure — the next paragraph's first word would not have fitted after it.
// It is still a paragraph of its own: the document's line pitch says so.
const SPACING_WRAPPED = 'Welcome to the module. In the next ten minutes you will learn how to answer a difficult call calmly, how to listen before you reply, and how to turn an angry caller into a satisfied customer who calls again.';
const SPACING_LINES = [
  'That happens to everyone. First, let the caller finish; please do not interrupt them.',
  'Extraordinary patience is not needed, only a little method and practice.',
  'Listening fully shows respect.',
];
async function spacing() {
  const { doc, font } = await newDoc();
  const p = newPage(doc, font);
  const blue = { rgb: [0.18, 0.46, 0.71] };
  let y = 720;
  text(p, LEFT, y, [['Screen 1']], { size: 16 });
  y -= 28;
  const words = SPACING_WRAPPED.split(' ');
  let current = '';
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (font.widthOfTextAtSize(next, 12) > WIDTH) {
      text(p, LEFT, y, [[current, blue]]);
      y -= 14.4;
      current = word;
    } else current = next;
  }
  text(p, LEFT, y, [[current, blue]]);
  y -= 24;
  text(p, LEFT, y, [['Click Next to continue.']]);
  y -= 36;
  text(p, LEFT, y, [['Screen 2']], { size: 16 });
  y -= 28;
  for (const l of SPACING_LINES) {
    text(p, LEFT, y, [[l, blue]]);
    y -= 24;
  }
  return save('spacing.pdf', doc);
}

// subset-space.pdf: a font whose byte 32 draws "q" (LibreOffice's subset fonts do this). pdf.js
// flags byte 32 as a space; the reader must trust the glyph's Unicode text instead.
async function subsetSpace() {
  const { doc, font } = await newDoc();
  const p = newPage(doc, font);
  const qFont = doc.context.register(doc.context.obj({
    Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica',
    Encoding: { Type: 'Encoding', BaseEncoding: 'WinAnsiEncoding', Differences: [32, PDFName.of('q')] },
  }));
  const key = p.page.node.newFontDictionary('HelvQ', qFont);
  const hex = (str) => PDFHexString.of(Buffer.from(str.replace(/q/g, ' '), 'latin1').toString('hex'));
  const arr = PDFArray.withContext(doc.context);
  for (const item of ['quick', -278, 'quiet', -278, 'queue']) arr.push(typeof item === 'number' ? PDFNumber.of(item) : hex(item));
  p.page.pushOperators(pushGraphicsState(), beginText(), setFontAndSize(key, 12), moveText(LEFT, 700), PDFOperator.of('TJ', [arr]), endText(), popGraphicsState());
  return save('subset-space.pdf', doc);
}

// blank.pdf: a page with a grey box and no text at all: no letters, no picture (scan.pdf is a scan).
async function blank() {
  const { doc, font } = await newDoc();
  const p = newPage(doc, font);
  rect(p, 72, 72, 468, 648, { gray: 0.9 });
  return save('blank.pdf', doc);
}

// scan.pdf: a scan without OCR: the page is one picture (a grey-scale image drawn over the whole page),
// with no text at all.
async function scan() {
  const { doc, font } = await newDoc();
  const p = newPage(doc, font);
  const [w, h] = [64, 80];
  const pixels = Buffer.alloc(w * h);
  // Grey lines on white, as a scanned page of text looks at a glance.
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) pixels[y * w + x] = y % 8 < 2 && x > 6 && x < w - 6 ? 80 : 250;
  const image = doc.context.register(doc.context.stream(pixels, { Type: 'XObject', Subtype: 'Image', Width: w, Height: h, ColorSpace: 'DeviceGray', BitsPerComponent: 8 }));
  const name = p.page.node.newXObject('Scan', image);
  p.page.pushOperators(pushGraphicsState(), PDFOperator.of('cm', [612, 0, 0, 792, 0, 0].map((n) => PDFNumber.of(n))), PDFOperator.of('Do', [name]), popGraphicsState());
  return save('scan.pdf', doc);
}

// ocr-scan.pdf: a scan after OCR, as OCRmyPDF or Acrobat leave it: the page's picture (here a grey
// box) under the recognised words drawn invisible (render mode 3), line by line, all in black.
async function ocrScan() {
  const { doc, font } = await newDoc();
  const p = newPage(doc, font);
  rect(p, 72, 72, 468, 648, { gray: 0.9 });
  text(p, LEFT, 700, [['NARRATOR: Welcome to the warehouse safety induction.']], { mode: 3 });
  text(p, LEFT, 680, [['SUPERVISOR: Before you step onto the floor, three rules.']], { mode: 3 });
  return save('ocr-scan.pdf', doc);
}

const built = [];
// `node scripts/build-pdf-fixtures.mjs [NAME…]`: only the fixtures named (their functions' names), else all.
const only = process.argv.slice(2);
for (const build of [colours, kerning, tracking, tabs, spacing, subsetSpace, shading, highlights, invisible, columns, table, pagebreak, furniture, blank, scan, ocrScan]) {
  if (!only.length || only.includes(build.name)) built.push(await build());
}

// encrypted.pdf: AES-256, user password "user". pdf-lib cannot encrypt; qpdf can.
const encrypted = join(OUT, 'encrypted.pdf');
let haveQpdf = !only.length || only.includes('encrypted');
try {
  execFileSync('qpdf', ['--version'], { stdio: 'ignore' });
} catch {
  haveQpdf = false;
  console.warn('qpdf not found: kept the committed encrypted.pdf.');
}
if (haveQpdf) {
  // Encryption needs a random file ID, so this one file differs from run to run.
  if (existsSync(encrypted)) rmSync(encrypted);
  execFileSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', join(OUT, 'colours.pdf'), encrypted]);
  built.push(encrypted);
}
console.log(built.map((f) => `wrote ${f}`).join('\n'));
