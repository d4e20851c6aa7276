/**
 * A user error says which variant of its code it is, and what was found, in `details` (plain data):
 * read in this thread, through a PDF thread (the built CLI's `check --json`), never from the words
 * of the message.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { failure } from './helpers/user-error.js';
import { timedOut } from '../src/budget.js';
import { fromUserErrorData, UserError, userErrorData } from '../src/errors.js';
import { readScriptBytes } from '../src/readers/index.js';
import { finishScript, PageFolder, readPdf } from '../src/readers/pdf/index.js';
import { runCli } from './helpers/cli.js';
import { buildDocx, minimalPackageEntries, r, rawZip, storedEntry, W_NS } from './helpers/docx-builder.js';
import { onePagePdf } from './helpers/pdf-builder.js';

const PDFS = join(import.meta.dirname, 'fixtures', 'pdf');
const fixture = (name: string) => new Uint8Array(readFileSync(join(PDFS, name)));


const read = (bytes: Uint8Array, name: string, options = {}) => failure(readScriptBytes(bytes, name, options));

/** Two blank pages (pdf-lib): nothing on them is drawn as letters. */
async function twoBlankPages(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  doc.addPage();
  return doc.save();
}

/** One page drawing 50,001 pieces of text, each a letter on its own in a grid over the page: over the limit per page (140 KB). */
function crowdedPage(): Uint8Array {
  const shows = Array.from({ length: 50_001 }, (_, i) => `1 0 0 1 ${10 + (i % 250) * 2.4} ${10 + Math.floor(i / 250) * 3.5} Tm (a) Tj`).join('\n');
  return onePagePdf(`BT /F1 1 Tf\n${shows}\nET`, true);
}

const junkPdf = () => new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...new Uint8Array(4000).map((_, i) => (i * 7919 + 13) % 256), ...new TextEncoder().encode('\n%%EOF\n')]);

describe('a PDF with no text says which kind in details', () => {
  it('pictures only (a scan), invisible OCR text over a scan, nothing drawn at all: kind and page count', async () => {
    expect((await read(fixture('scan.pdf'), 'scan.pdf')).details).toEqual({ kind: 'pictures', pages: 1 });
    expect((await read(fixture('ocr-scan.pdf'), 'ocr-scan.pdf')).details).toEqual({ kind: 'ocr-only', pages: 1 });
    expect((await read(fixture('blank.pdf'), 'blank.pdf')).details).toEqual({ kind: 'blank', pages: 1 });
    expect(await read(await twoBlankPages(), 'two.pdf')).toEqual({
      code: 'no-text',
      message: 'two.pdf has no text: nothing on its 2 pages is drawn as letters (they are blank, or its text was turned into shapes). Check that it is the right file, or ask for the script itself: the Word file, or a PDF saved from it.',
      details: { kind: 'blank', pages: 2 },
    });
  });

  it('a DOCX with no body text has the code and no details to tell apart', async () => {
    expect(await read(buildDocx({ body: '<w:p/>' }), 'empty.docx')).toEqual({
      code: 'no-text',
      message: 'empty.docx has no body text: is this the right file? (Headers, footers and notes are not read as script lines.)',
    });
  });
});

describe('a damaged PDF: which damage, and pdf.js\'s reason when it gave one', () => {
  it('cut short (no %%EOF at its end)', async () => {
    const whole = fixture('colours.pdf');
    expect(await read(whole.subarray(0, whole.length >> 1), 'cut.pdf')).toEqual({
      code: 'corrupt-pdf',
      message: 'cut.pdf is damaged or truncated: re-export it or ask for a new copy.',
      details: { kind: 'truncated' },
    });
  });

  it('pdf.js cannot open it: its reason, in the message and the details', async () => {
    expect(await read(junkPdf(), 'junk.pdf')).toEqual({
      code: 'corrupt-pdf',
      message: 'junk.pdf is damaged: the file cannot be read (Invalid PDF structure). Re-export it or ask for a new copy.',
      details: { kind: 'unreadable', error: 'Invalid PDF structure' },
    });
  });

  it('no page of it can be read: how many, and the first page\'s reason', () => {
    // As the pages' outcomes come (from this thread or a PDF thread): pdf.js rebuilds a page tree
    // whose every entry is broken, so a file is not easily made that has no readable page.
    const folder = new PageFolder('broken.pdf', 2);
    folder.add({ page: 1, unreadable: 'Page dictionary kid reference points to wrong type of object' });
    folder.add({ page: 2, unreadable: 'Bad FCHECK in flate stream' });
    let thrown: unknown;
    try {
      finishScript(folder, {}, undefined);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect(userErrorData(thrown as UserError)).toEqual({
      code: 'corrupt-pdf',
      message: 'broken.pdf is damaged: none of its 2 pages can be read (page 1: Page dictionary kid reference points to wrong type of object). Re-export it or ask for a new copy.',
      details: { kind: 'no-page-readable', pages: 2, error: 'Page dictionary kid reference points to wrong type of object' },
    });
  });

  it('a page list broken in the file: the entry points at no page (its page cannot be read), or the list is empty (no pages)', async () => {
    // pagebreak.pdf's `/Kids [ 4 0 R 6 0 R ]`, its entries changed in place (same length: the
    // cross-reference table still points right).
    const broken = (kids: string) => {
      const text = Buffer.from(fixture('pagebreak.pdf')).toString('latin1');
      const at = text.indexOf('/Kids [ 4 0 R 6 0 R ]');
      expect(at).toBeGreaterThan(0);
      return new Uint8Array(Buffer.from(text.slice(0, at) + `/Kids [${kids.padEnd(' 4 0 R 6 0 R '.length)}]` + text.slice(at + '/Kids [ 4 0 R 6 0 R ]'.length), 'latin1'));
    };
    expect(await read(broken(' 0 0 R 0 0 R '), 'kids.pdf')).toEqual({
      code: 'corrupt-pdf',
      message: 'kids.pdf is damaged: its page cannot be read (page 1: Page dictionary kid reference points to wrong type of object). Re-export it or ask for a new copy.',
      details: { kind: 'no-page-readable', pages: 1, error: 'Page dictionary kid reference points to wrong type of object' },
    });
    expect(await read(broken(''), 'empty.pdf')).toEqual({
      code: 'corrupt-pdf',
      message: 'empty.pdf is damaged: it has no pages (its list of pages is empty or broken). Re-export it or ask for a new copy.',
      details: { kind: 'no-page-readable', pages: 0 },
    });
  });

  it('a password missing or wrong', async () => {
    expect((await read(fixture('encrypted.pdf'), 'locked.pdf')).details).toEqual({ password: 'missing' });
    expect((await read(fixture('encrypted.pdf'), 'locked.pdf', { password: 'wrong' })).details).toEqual({ password: 'wrong' });
  });
});

describe('a file over a limit names the limit and its value', () => {
  it('a PDF page with too many pieces of text: the limit, its value, the page', async () => {
    expect(await failure(readPdf(crowdedPage(), 'crowded.pdf', {}))).toEqual({
      code: 'over-limit',
      message: "crowded.pdf is refused: the number of pieces of text on page 1 exceeds vo-lines' limit of 50,000. The file is damaged or not a script; if it is a real script, re-save it or split it.",
      details: { limit: 'glyphsPerPage', max: 50_000, page: 1 },
    });
  });

  it('a DOCX: too many colours; XML nested too deep, in which part', async () => {
    const colours = `<w:p>${Array.from({ length: 101 }, (_, i) => r(`word${i} `, `<w:color w:val="${(i * 0x020305).toString(16).padStart(6, '0').toUpperCase()}"/>`)).join('')}</w:p>`;
    expect((await read(buildDocx({ body: colours }), 'rainbow.docx')).details).toEqual({ limit: 'looks', max: 100 });
    const deep = `<w:document xmlns:w="${W_NS}"><w:body>${'<w:p>'.repeat(600)}${'</w:p>'.repeat(600)}</w:body></w:document>`;
    expect(await read(rawZip(minimalPackageEntries(deep)), 'deep.docx')).toEqual({
      code: 'over-limit',
      message: "deep.docx is refused: the nesting of XML elements in word/document.xml exceeds vo-lines' limit of 512 levels. The file is damaged or not a script; if it is a real script, re-save it or split it.",
      details: { limit: 'xmlDepth', max: 512, unit: 'levels', part: 'word/document.xml' },
    });
  });

  it('a DOCX part that says it unpacks to more than a script ever holds (too-large): the part and the limit', async () => {
    const bomb = rawZip([...minimalPackageEntries(''), { ...storedEntry('word/document.xml', '<w:document/>'), size: 200 * 1024 * 1024 }]);
    expect(await read(bomb, 'bomb.docx')).toEqual({
      code: 'too-large',
      message: 'bomb.docx unpacks to more than 128 MB (word/document.xml): refusing it as a possible zip bomb.',
      details: { part: 'word/document.xml', limit: 'part', max: 128, unit: 'MB' },
    });
  });
});

describe('a damaged DOCX says which part', () => {
  it('a part that is not well-formed XML: the part and the parser\'s reason', async () => {
    const broken = rawZip(minimalPackageEntries(`<w:document xmlns:w="${W_NS}"><w:body><w:p></w:body></w:document>`));
    const error = await read(broken, 'broken.docx');
    expect(error.code).toBe('corrupt-docx');
    expect(error).toEqual({
      code: 'corrupt-docx',
      message: 'broken.docx is damaged: word/document.xml is not well-formed XML (</w:body> closes <w:p>). Open it in Word and save it again.',
      details: { part: 'word/document.xml', error: '</w:body> closes <w:p>' },
    });
  });

  it('the zip cut short: no part, the zip\'s own reason', async () => {
    const docx = buildDocx({ body: `<w:p>${r('Hello.')}</w:p>` });
    expect(await read(docx.subarray(0, docx.length - 30), 'cut.docx')).toEqual({
      code: 'corrupt-docx',
      message: 'cut.docx is damaged (the zip directory is missing, the file is probably truncated): open it in Word and save it again, or ask for a new copy.',
      details: { error: 'the zip directory is missing, the file is probably truncated' },
    });
  });
});

describe('a file that is not a Word document says what it is', () => {
  it('OpenDocument, Pages, Excel, PowerPoint; a plain zip; an Office package whose main part is something else', async () => {
    const odt = rawZip([storedEntry('mimetype', 'application/vnd.oasis.opendocument.text'), storedEntry('content.xml', '<office:document-content/>')]);
    const ods = rawZip([storedEntry('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'), storedEntry('content.xml', '<office:document-content/>')]);
    const pages = rawZip([storedEntry('Index/Document.iwa', 'x'), storedEntry('Metadata/Properties.plist', '<plist/>')]);
    const book = rawZip([storedEntry('xl/workbook.xml', '<workbook/>')]);
    const deck = rawZip([storedEntry('ppt/presentation.xml', '<p:presentation/>')]);
    const plain = rawZip([storedEntry('readme.txt', 'just a zip')]);
    const other = rawZip(minimalPackageEntries('<?xml version="1.0"?><notes xmlns="urn:example"/>'));
    const said = async (bytes: Uint8Array, name: string) => {
      const error = await read(bytes, name);
      return [error.code, error.details];
    };
    expect(await said(odt, 'a.odt')).toEqual(['not-a-docx', { kind: 'odt' }]);
    expect(await said(ods, 'a.ods')).toEqual(['not-a-docx', { kind: 'ods' }]);
    expect(await said(pages, 'a.pages')).toEqual(['not-a-docx', { kind: 'pages' }]);
    expect(await said(book, 'a.docx')).toEqual(['not-a-docx', { kind: 'xlsx' }]);
    expect(await said(deck, 'a.docx')).toEqual(['not-a-docx', { kind: 'pptx' }]);
    expect(await said(plain, 'a.docx')).toEqual(['not-a-docx', { kind: 'zip' }]);
    expect(await read(other, 'b.docx')).toEqual({
      code: 'not-a-docx',
      message: 'b.docx is an Office file but not a Word document (its main part is notes): vo-lines reads .docx and .pdf scripts.',
      details: { kind: 'office', mainElement: 'notes' },
    });
  });

  it('RTF, and bytes that are no script at all', async () => {
    expect((await read(new TextEncoder().encode('{\\rtf1\\ansi Hello}'), 'a.rtf')).details).toEqual({ kind: 'rtf' });
    expect(await read(new TextEncoder().encode('just text\n'), 'a.txt')).toEqual({
      code: 'not-a-script',
      message: 'a.txt is not a DOCX or PDF file: vo-lines reads .docx and .pdf scripts.',
      details: { kind: 'unknown' },
    });
  });
});

describe('other codes with a fact worth a field', () => {
  it('timeout: the seconds allowed', () => {
    expect(timedOut('x.pdf', 5).details).toEqual({ seconds: 5 });
  });

  it('plain data survives the trip (a thread, a worker): an error without details gets none', () => {
    const error = new UserError('x.pdf has no text.', 'no-text', { kind: 'blank', pages: 3 });
    const data = JSON.parse(JSON.stringify(userErrorData(error)));
    expect(data).toEqual({ message: 'x.pdf has no text.', code: 'no-text', details: { kind: 'blank', pages: 3 } });
    const again = fromUserErrorData(data);
    expect([again.message, again.code, again.details]).toEqual([error.message, error.code, error.details]);
    expect(userErrorData(new UserError('m', 'usage'))).toEqual({ message: 'm', code: 'usage' });
    expect('details' in new UserError('m', 'usage')).toBe(false);
  });
});

describe('check --json (the built CLI, PDFs read in a PDF thread): each file\'s error with its details', () => {
  it('the three PDFs with no text (and two blank pages), a damaged one, one over a limit per page, and a zip bomb', async () => {
    const work = mkdtempSync(join(tmpdir(), 'vo-lines-errdetails-'));
    const files: [string, Uint8Array][] = [
      ['scan.pdf', fixture('scan.pdf')],
      ['ocr-scan.pdf', fixture('ocr-scan.pdf')],
      ['blank.pdf', fixture('blank.pdf')],
      ['two.pdf', await twoBlankPages()],
      ['junk.pdf', junkPdf()],
      ['crowded.pdf', crowdedPage()],
      ['bomb.docx', rawZip([...minimalPackageEntries(''), { ...storedEntry('word/document.xml', '<w:document/>'), size: 200 * 1024 * 1024 }])],
    ];
    for (const [name, bytes] of files) writeFileSync(join(work, name), bytes);
    const result = runCli(['check', '--json', '--no-config', ...files.map(([name]) => name)], work);
    expect(result.code, result.stderr).toBe(2);
    const report = JSON.parse(result.stdout) as { files: { file: string; error?: { code: string; details?: unknown } }[] };
    expect(report.files.map((f) => [f.file, f.error?.code, f.error?.details])).toEqual([
      ['scan.pdf', 'no-text', { kind: 'pictures', pages: 1 }],
      ['ocr-scan.pdf', 'no-text', { kind: 'ocr-only', pages: 1 }],
      ['blank.pdf', 'no-text', { kind: 'blank', pages: 1 }],
      ['two.pdf', 'no-text', { kind: 'blank', pages: 2 }],
      ['junk.pdf', 'corrupt-pdf', { kind: 'unreadable', error: 'Invalid PDF structure' }],
      ['crowded.pdf', 'over-limit', { limit: 'glyphsPerPage', max: 50_000, page: 1 }],
      ['bomb.docx', 'too-large', { part: 'word/document.xml', limit: 'part', max: 128, unit: 'MB' }],
    ]);
  });
});
