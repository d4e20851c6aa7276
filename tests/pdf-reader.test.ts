import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { ReadOptions, Script } from '../src/model.js';
import { readPdf } from '../src/readers/pdf/index.js';
import { expandLigatures } from '../src/readers/pdf/ligatures.js';
import { OP } from '../src/readers/pdf/operators.js';

// Fixtures are built by scripts/build-pdf-fixtures.mjs (see the comment on each one there).
const FIXTURES = join(import.meta.dirname, 'fixtures', 'pdf');
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const read = (name: string, options: ReadOptions = {}) => readPdf(bytesOf(name), name, options);

const texts = (s: Script) => s.paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
/** Runs as compact tuples: [text, colour, background, backgroundKind]. */
const runs = (s: Script, i: number) =>
  s.paragraphs[i].runs.map((r) => [r.text, r.color, r.background, r.backgroundKind]);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect((error as Error).name).toBe('UserError');
    expect((error as Error).message).not.toContain('\n');
    return (error as { code: string }).code;
  }
  return 'no error';
}

describe('pdf.js operator codes', () => {
  it('match the OPS table of the pinned pdfjs-dist (the walk inlines them)', async () => {
    const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    for (const [name, code] of Object.entries(OP)) expect([name, code]).toEqual([name, (OPS as Record<string, number>)[name]]);
  });
});

describe('readPdf: text colours', () => {
  it('normalises gray, RGB and CMYK fills to #RRGGBB and splits runs at colour changes', async () => {
    const s = await read('colours.pdf');
    expect(s.format).toBe('pdf');
    expect(s.file).toBe('colours.pdf');
    expect(s.facts).toEqual({ trackedChanges: false, pages: 1 });
    expect(s.warnings).toEqual([]);
    // The font is Helvetica (pdf-lib's StandardFonts), its family kept on each run (model.ts Run.font).
    expect(s.paragraphs.map((p) => p.runs)).toEqual([
      [{ text: 'Gray voice speaks first.', color: '#595959', background: null, font: 'Helvetica' }],
      [{ text: 'Red voice answers here.', color: '#CC0000', background: null, font: 'Helvetica' }],
      // pdf.js converts CMYK 0 1 1 0 to #FF2E17 (mupdf says #ED1C24): match voices by nearest colour.
      [{ text: 'Cyan magenta yellow black voice.', color: '#FF2E17', background: null, font: 'Helvetica' }],
      [
        { text: 'NARRATOR: ', color: '#0000FF', background: null, font: 'Helvetica' },
        { text: 'Welcome to the show.', color: '#000000', background: null, font: 'Helvetica' },
      ],
    ]);
    expect(s.paragraphs.map((p) => p.location)).toEqual([1, 2, 3, 4].map((paragraph) => ({ story: 'body', paragraph, page: 1 })));
  });
});

describe('readPdf: words', () => {
  it('splits words at kerning gaps, keeps kerned and tracked words whole, honours word spacing and squeeze', async () => {
    expect(texts(await read('kerning.pdf'))).toEqual([
      'Words only kerning apart',
      'Wave kerned text',
      'Wide word spacing here',
      'Squeezed words split',
    ]);
  });

  it('keeps letter-spaced (tracked) words whole', async () => {
    expect(texts(await read('tracking.pdf'))).toEqual(['Tracked letters stay whole']);
  });

  it('trusts Unicode over byte 32: a subset font may draw a letter there', async () => {
    expect(texts(await read('subset-space.pdf'))).toEqual(['quick quiet queue']);
  });

  it('expands ligature code points only', () => {
    expect(expandLigatures('ﬁnal ﬂow oﬀ ﬃ ﬄ')).toBe('final flow off ffi ffl');
    // Some TeX engines map the ffi ligature to ﬀ followed by i.
    expect(expandLigatures('oﬀice eﬀort')).toBe('office effort');
    expect(expandLigatures('x² ½ ＡＢ')).toBe('x² ½ ＡＢ');
  });
});

describe('readPdf: backgrounds', () => {
  it('takes a filled rectangle drawn under a glyph as its shading; white and underlines are none', async () => {
    const s = await read('shading.pdf');
    expect(runs(s, 0)).toEqual([['Yellow box behind this whole line.', '#000000', '#FFFF00', 'shading']]);
    expect(runs(s, 1)).toEqual([
      ['Only the word ', '#000000', null, undefined],
      ['blue ', '#000000', '#99CCFF', 'shading'],
      ['is shaded here.', '#000000', null, undefined],
    ]);
    expect(runs(s, 2)).toEqual([['White box means no background.', '#000000', null, undefined]]);
    expect(runs(s, 3)).toEqual([['Underlined words are not shaded.', '#000000', null, undefined]]);
    expect(s.paragraphs).toHaveLength(4);
  });

  it('reads a Highlight annotation once (its appearance stream adds no text) and lets it beat a path fill', async () => {
    const s = await read('highlight.pdf');
    expect(texts(s)).toEqual(['Plain line before the highlight.', 'This line carries a highlight annotation.', 'Annotation beats the box under it.']);
    expect(runs(s, 0)).toEqual([['Plain line before the highlight.', '#000000', null, undefined]]);
    expect(runs(s, 1)).toEqual([
      ['This line carries a ', '#000000', null, undefined],
      ['highlight annotation.', '#000000', '#00FF00', 'annotation'],
    ]);
    expect(runs(s, 2)).toEqual([['Annotation beats the box under it.', '#000000', '#00FF00', 'annotation']]);
  });
});

describe('readPdf: text a reader cannot see', () => {
  it('leaves out render modes 3 and 7, clipped text, text off the page and fully transparent text', async () => {
    expect(texts(await read('invisible.pdf'))).toEqual(['Visible line one.', 'Visible line two.']);
  });
});

describe('readPdf: reading order and paragraphs', () => {
  it('reads a full-width title, then the left column, then the right one, never interleaved', async () => {
    const s = await read('columns.pdf');
    expect(texts(s)).toEqual([
      'Two Column Script',
      'The left column opens with a paragraph that runs over three lines of text before it stops.',
      'A second left paragraph follows on two lines.',
      'The right column has its own paragraph, also wrapping over three lines of text here.',
      'And a last right paragraph closes the page in three lines with a few more words.',
    ]);
    expect(s.paragraphs.map((p) => p.runs[0].color)).toEqual(['#000000', '#CC0000', '#CC0000', '#0000CC', '#0000CC']);
  });

  it('keeps "LABEL:<tab>text" with its wrapped lines as one paragraph (a tab is not a gutter); a gap as wide as a column\'s is a tab', async () => {
    const s = await read('tabs.pdf');
    expect(s.paragraphs.map((p) => p.runs.map((r) => [r.text, r.color]))).toEqual([
      [
        ['ANNOUNCER:\t', '#000000'],
        ['Spring is here, and the garden center is bursting with color: thousands of flowering plants, shrubs and fruit trees.', '#CC0000'],
      ],
      [['CUSTOMER:\t', '#000000'], ['I killed three tomato plants last summer.', '#0000CC']],
    ]);
  });

  it('splits one-line paragraphs set apart by spacing, by the line pitch of the paragraphs that wrap elsewhere', async () => {
    // spacing.pdf: under "Screen 2" every paragraph is one line and the first nearly fills the
    // measure; only the document's line pitch (14.4, from the wrapped paragraph under "Screen 1")
    // shows that 24 points between baselines is paragraph spacing.
    const s = await read('spacing.pdf');
    expect(texts(s).slice(3)).toEqual([
      'Screen 2',
      'That happens to everyone. First, let the caller finish; please do not interrupt them.',
      'Extraordinary patience is not needed, only a little method and practice.',
      'Listening fully shows respect.',
    ]);
    expect(texts(s)[1]).toMatch(/^Welcome to the module\. .* who calls again\.$/);
  });

  it('reads a ruled table cell by cell, row by row, with cell locations', async () => {
    const s = await read('table.pdf');
    const cells = [
      ['Scene', 'Visual', 'Voice over'],
      ['1', 'Wide shot of the city at dawn, a slow pan across the roofs.', 'NARRATOR: Every city wakes up in its own way.'],
      ['2', 'Close up on a coffee cup.', 'ANNA: Mine wakes up with coffee, strong and black.'],
    ];
    expect(texts(s)).toEqual(['Storyboard', ...cells.flat(), 'End of storyboard.']);
    expect(s.paragraphs[0].location).toEqual({ story: 'body', paragraph: 1, page: 1 });
    cells.flat().forEach((_, i) => {
      expect(s.paragraphs[i + 1].location).toEqual({
        story: 'body', paragraph: i + 2, page: 1, cell: { table: 1, row: Math.floor(i / 3) + 1, column: (i % 3) + 1 },
      });
    });
    expect(s.paragraphs[8].runs).toEqual([{ text: cells[2][1], color: '#000000', background: null, font: 'Helvetica' }]);
    expect(s.paragraphs[9].runs).toEqual([{ text: cells[2][2], color: '#008000', background: null, font: 'Helvetica' }]);
    expect(s.paragraphs[10].location).toEqual({ story: 'body', paragraph: 11, page: 1 });
  });

  it('joins a paragraph wrapped over three lines and one carried over a page break; drops page numbers', async () => {
    const s = await read('pagebreak.pdf');
    expect(texts(s)).toEqual([
      'This first paragraph wraps over three lines on the first page so that the reader has to join the visual lines back into one paragraph again, the way the writer typed it in the first place.',
      'The second paragraph starts near the foot of the first page and carries on at the top of the next page, where it ends after a few more words of narration that keep going for a little while longer, because a voice-over script often runs long and a page break can fall in the middle of any sentence the narrator has to read in one breath.',
      'A new paragraph on page two.',
    ]);
    expect(s.paragraphs.map((p) => p.location)).toEqual([
      { story: 'body', paragraph: 1, page: 1 },
      { story: 'body', paragraph: 2, page: 1 },
      { story: 'body', paragraph: 3, page: 2 },
    ]);
    expect(s.facts.pages).toBe(2);
  });
});

describe('readPdf: page furniture', () => {
  it('leaves out running headers and "Page N of M" footers by default', async () => {
    const s = await read('furniture.pdf');
    expect(texts(s)).toEqual(['The kettle starts to sing.', 'Steam fills the kitchen.', 'Coffee is ready.']);
    expect(s.paragraphs.map((p) => p.location.page)).toEqual([1, 2, 3]);
  });

  it('includes them as header/footer stories when asked, once, where they first stand (as a DOCX reads its header and footer parts): their repeats on pages 2 and 3, page numbers aside, are no new lines', async () => {
    const s = await read('furniture.pdf', { include: ['header', 'footer'] });
    expect(s.paragraphs.map((p) => [p.location.story, p.location.paragraph, p.location.page, texts({ ...s, paragraphs: [p] })[0]])).toEqual([
      ['header', 1, 1, 'ACME COFFEE :30 - DRAFT 3'],
      ['body', 1, 1, 'The kettle starts to sing.'],
      ['footer', 1, 1, 'Page 1 of 3'],
      ['body', 2, 2, 'Steam fills the kitchen.'],
      ['body', 3, 3, 'Coffee is ready.'],
    ]);
  });
});

describe('readPdf: bad input', () => {
  it('rejects a truncated file as corrupt-pdf', async () => {
    const whole = bytesOf('colours.pdf');
    expect(await codeOf(readPdf(whole.subarray(0, Math.floor(whole.length / 2)), 'x.pdf', {}))).toBe('corrupt-pdf');
  });

  it('rejects random bytes behind a %PDF header as corrupt-pdf', async () => {
    const junk = new Uint8Array(4000).map((_, i) => (i * 7919 + 13) % 256);
    const bytes = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...junk, ...new TextEncoder().encode('\n%%EOF\n')]);
    expect(await codeOf(readPdf(bytes, 'x.pdf', {}))).toBe('corrupt-pdf');
  });

  it('asks for a password (code encrypted) when none or a wrong one is given, and reads with the right one', async () => {
    expect(await codeOf(read('encrypted.pdf'))).toBe('encrypted');
    expect(await codeOf(read('encrypted.pdf', { password: 'wrong' }))).toBe('encrypted');
    await read('encrypted.pdf').catch((e: Error) => expect(e.message).toContain('--password'));
    expect(texts(await read('encrypted.pdf', { password: 'user' }))).toEqual(texts(await read('colours.pdf')));
  });

  it('refuses a scan, with or without an OCR layer, and a page with no letters (code no-text), asking for the script itself: OCR gives no colours', async () => {
    const message = async (name: string) => read(name).then(() => 'read', (e: Error & { code: string }) => `${e.code}: ${e.message}`);
    expect(await message('scan.pdf')).toBe(
      'no-text: scan.pdf has no text, only pictures (a scan?): vo-lines reads the colours of the text, which a scan does not have (and OCR would not give). Ask for the script itself: the Word file, or a PDF saved from it.',
    );
    // No picture either (a grey box): not said to be a scan.
    expect(await message('blank.pdf')).toBe(
      'no-text: blank.pdf has no text: nothing on its page is drawn as letters (it is blank, or its text was turned into shapes). Check that it is the right file, or ask for the script itself: the Word file, or a PDF saved from it.',
    );
    // What OCRmyPDF or Acrobat leave: the recognised words drawn invisible over the page's picture.
    expect(await message('ocr-scan.pdf')).toBe(
      "no-text: ocr-scan.pdf has only invisible text (the layer OCR lays over a scan): vo-lines reads the colours of the text you see, which a scan's pictures do not give. Ask for the script itself: the Word file, or a PDF saved from it.",
    );
  });

  it('warns about a page that fails to parse and reads the others', async () => {
    const doc = await PDFDocument.load(bytesOf('pagebreak.pdf'));
    const pages = doc.catalog.lookup(PDFName.of('Pages'));
    const kids = (pages as unknown as { lookup(n: PDFName, t: typeof PDFArray): PDFArray }).lookup(PDFName.of('Kids'), PDFArray);
    kids.set(1, doc.context.register(PDFNumber.of(5))); // page 2 is no longer a page dictionary
    const s = await readPdf(await doc.save({ useObjectStreams: false }), 'broken.pdf', {});
    expect(s.warnings).toEqual([{ code: 'page-unreadable', message: 'Page 2 could not be read and was skipped (Page dictionary kid reference points to wrong type of object).', details: { page: 2, error: 'Page dictionary kid reference points to wrong type of object' } }]);
    expect(s.paragraphs.map((p) => p.location.page)).toEqual([1, 1]);
    expect(s.facts.pages).toBe(2);
  });
});
