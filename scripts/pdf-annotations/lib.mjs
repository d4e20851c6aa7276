// What the annotation fixture generators share: a script laid out with PDFKit (Helvetica 11 pt, one
// text object per voice segment of a line, so every segment's box on the page is known), the boxes a
// highlight would cover, raw annotation objects written as a viewer writes them (PDFKit's own
// `annotate` always adds a /C, so annotations are pushed as raw references here), appearance
// streams, and the script data JSON (the format of scripts/pdf-producers/: each paragraph's
// [voice, text] segments) that tests/pdf-annotations.test.ts computes the expected lines from.
import { createWriteStream, writeFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';

export const DIR = 'tests/fixtures/pdf-annotations/';
export const SIZE = 11;
export const LEADING = 15;
export const PARA_GAP = 9;

/** A byte-stable PDFKit document (fixed dates and ID seed). */
export function newDoc(options = {}) {
  const doc = new PDFDocument({
    size: 'A4', margin: 60, autoFirstPage: false, compress: false,
    info: { Title: options.title ?? 'Script', Producer: 'PDFKit 0.20.2 (vo-lines fixture)', Creator: 'vo-lines scripts/pdf-annotations', CreationDate: new Date(Date.UTC(2026, 0, 15, 10, 0, 0)), ModDate: new Date(Date.UTC(2026, 0, 15, 10, 0, 0)) },
    ...options.pdfkit,
  });
  return doc;
}

export function save(doc, file) {
  return new Promise((resolve) => {
    const out = createWriteStream(DIR + file);
    out.on('finish', resolve);
    doc.pipe(out);
    doc.end();
  });
}

/**
 * Lays out paragraphs of segments [voice, text] from (x, y) in a measure `width`, wrapping at
 * spaces; every segment piece of a line is drawn on its own (black text). Returns the pieces:
 * { para, line, voice, text, x0, x1, top, bottom } in PDFKit's top-down page space, and the y after.
 */
export function layout(doc, paras, { x = 60, y = 70, width = 470, size = SIZE, font = 'Helvetica' } = {}) {
  doc.font(font).fontSize(size).fillColor('black');
  const pieces = [];
  paras.forEach((para, p) => {
    const segs = para.segs ?? para;
    // Words with their voice, spaces kept with the word before.
    const words = [];
    for (const [voice, text] of segs) {
      const parts = text.split(/(?<= )/);
      for (const part of parts) if (part) words.push({ voice, text: part });
    }
    let lineWords = [];
    let lineWidth = 0;
    let line = 0;
    const flush = () => {
      let cx = x;
      // Merge consecutive words of one voice into a piece.
      const merged = [];
      for (const w of lineWords) {
        const last = merged.at(-1);
        if (last && last.voice === w.voice) last.text += w.text;
        else merged.push({ voice: w.voice, text: w.text });
      }
      for (const m of merged) {
        const trimmed = m.text.replace(/ +$/, '');
        const w = doc.widthOfString(m.text);
        if (trimmed) doc.text(trimmed, cx, y, { lineBreak: false });
        pieces.push({ para: p, line, voice: m.voice, text: trimmed, x0: cx, x1: cx + doc.widthOfString(trimmed), top: y, bottom: y + size * 0.93 });
        cx += w;
      }
      y += LEADING;
      line++;
      lineWords = [];
      lineWidth = 0;
    };
    for (const w of words) {
      const ww = doc.widthOfString(w.text.replace(/ +$/, ''));
      if (lineWords.length && lineWidth + ww > width) flush();
      lineWords.push(w);
      lineWidth += doc.widthOfString(w.text);
    }
    if (lineWords.length) flush();
    y += PARA_GAP;
  });
  return { pieces, y };
}

/** The pieces of one voice, or of one text, grouped by line: [[piece…] per line]. */
export function boxesOf(pieces, pick) {
  const chosen = pieces.filter((p) => p.text && pick(p));
  const lines = new Map();
  for (const p of chosen) {
    const key = `${p.para}:${p.line}`;
    const box = lines.get(key);
    if (box) {
      box.x0 = Math.min(box.x0, p.x0);
      box.x1 = Math.max(box.x1, p.x1);
    } else lines.set(key, { x0: p.x0, x1: p.x1, top: p.top, bottom: p.bottom, para: p.para });
  }
  return [...lines.values()];
}

/** The box of one word or phrase inside a piece (its first occurrence). */
export function phraseBox(doc, pieces, phrase, size = SIZE) {
  const p = pieces.find((q) => q.text.includes(phrase));
  if (!p) throw new Error(`no piece holds ${phrase}`);
  doc.fontSize(size);
  const before = p.text.slice(0, p.text.indexOf(phrase));
  const x0 = p.x0 + doc.widthOfString(before);
  return { x0, x1: x0 + doc.widthOfString(phrase), top: p.top, bottom: p.bottom, para: p.para };
}

const r = (v) => Math.round(v * 1000) / 1000;

/** A box in PDFKit's top-down space → [llx, lly, urx, ury] in PDF space, padded a little as viewers do. */
export function pdfRect(doc, b, pad = 1) {
  const h = doc.page.height;
  return [r(b.x0 - pad), r(h - b.bottom - pad - 1), r(b.x1 + pad), r(h - b.top + pad)];
}

/**
 * QuadPoints of boxes, in one of the corner orders found in the wild:
 * 'acrobat' (top-left, top-right, bottom-left, bottom-right: Acrobat, Preview, Poppler, MuPDF, PDFKit),
 * 'spec' (counter-clockwise from bottom-left, as PDF 32000 Table 179 describes).
 */
export function quads(doc, boxes, order = 'acrobat') {
  const out = [];
  for (const b of boxes) {
    const [x0, y0, x1, y1] = pdfRect(doc, b);
    if (order === 'acrobat') out.push(x0, y1, x1, y1, x0, y0, x1, y0);
    else out.push(x0, y0, x1, y0, x1, y1, x0, y1);
  }
  return out;
}

export function union(rects) {
  return [Math.min(...rects.map((q) => q[0])), Math.min(...rects.map((q) => q[1])), Math.max(...rects.map((q) => q[2])), Math.max(...rects.map((q) => q[3]))];
}

/** An appearance stream (form XObject) for an annotation: `ops` drawn in BBox `rect`, with ExtGState R0. */
export function appearance(doc, rect, ops, gs = { BM: 'Multiply' }) {
  const ref = doc.ref({ Type: 'XObject', Subtype: 'Form', FormType: 1, BBox: rect, Resources: gs ? { ExtGState: { R0: { Type: 'ExtGState', ...gs } } } : {} });
  ref.end(ops);
  return ref;
}

/** Fill ops for boxes (PDF rects) in colour `c` (1, 3 or 4 components). */
export function fillOps(rects, c) {
  const op = c.length === 1 ? 'g' : c.length === 4 ? 'k' : 'rg';
  return `/R0 gs\n${c.join(' ')} ${op}\n` + rects.map(([x0, y0, x1, y1]) => `${x0} ${y0} ${r(x1 - x0)} ${r(y1 - y0)} re`).join('\n') + '\nf\n';
}

/** Pushes a raw annotation dictionary on the current page, exactly as given (no /C added). */
export function rawAnnot(doc, dict) {
  const ref = doc.ref({ Type: 'Annot', F: 4, ...dict });
  doc.page.annotations.push(ref);
  ref.end();
  return ref;
}

export const str = (s) => new String(s);

/** Writes NAME.json: the script data the test computes each voice's lines from. */
export function writeData(name, data) {
  writeFileSync(DIR + name + '.json', JSON.stringify({ name, ...data }, null, 1) + '\n');
}
