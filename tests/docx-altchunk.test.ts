/**
 * Imported content (`w:altChunk`, ECMA-376 Part 1 §17.17.2): a part that is another document, which
 * Word shows in the chunk's place. A Word document is read in place, in the styles Word shows it in;
 * plain text is read in the look of a paragraph of no formatting there; HTML, RTF, web archives, XML,
 * parts of no known type and damaged parts are said where they stand (`alt-chunk-unread`), never
 * dropped unseen. Fixtures: scripts/docx-producers/altchunk.py; the rest built here.
 */
import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { readDocx } from '../src/readers/docx/index.js';
import type { ReadOptions, Script } from '../src/model.js';
import { isUserError } from '../src/errors.js';
import { spans, textOf } from './helpers/spans.js';
import { buildDocx, DEFAULT_STYLES, p, r, type DocxParts } from './helpers/docx-builder.js';
import { producerReader } from './helpers/producers.js';

const readFixture = producerReader('vo-lines-docx-altchunk-');

const TYPES = (more: string) =>
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  more +
  '</Types>';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

/** A script whose main part holds `body`, with chunks `{ id: [part name under word/, content type, bytes] }`. */
function withChunks(body: string, chunks: Record<string, [string, string | null, string | Uint8Array]>, more: Partial<DocxParts> = {}): Uint8Array {
  const overrides = Object.values(chunks)
    .filter(([, type]) => type)
    .map(([name, type]) => `<Override PartName="/word/${name}" ContentType="${type}"/>`)
    .join('');
  const extraParts: Record<string, string | Uint8Array> = { ...more.extraParts, '[Content_Types].xml': TYPES(overrides) };
  for (const [name, , data] of Object.values(chunks)) extraParts[`word/${name}`] = data;
  return buildDocx({ ...more, body, extraRels: Object.entries(chunks).map(([id, [name]]) => ({ id, type: 'aFChunk', target: name })), extraParts });
}

const alt = (id: string, keepOwn?: boolean) => `<w:altChunk r:id="${id}">${keepOwn === undefined ? '' : `<w:altChunkPr><w:matchSrc w:val="${keepOwn ? 'true' : 'false'}"/></w:altChunkPr>`}</w:altChunk>`;
const read = (bytes: Uint8Array, options?: ReadOptions): Promise<Script> => readDocx(bytes, 'script.docx', options);
const texts = (script: Script) => script.paragraphs.map(textOf);
const warned = (script: Script) => script.warnings.map((w) => [w.code, w.details, w.location]);

describe('imported content from other producers (fixtures)', () => {
  it('altchunk-kinds-en: a Word document and plain text read in place; HTML, RTF and a web archive said where they stand', async () => {
    const { got, expected, report } = await readFixture('altchunk-kinds-en');
    expect(got).toEqual(expected);
    const unread = report.warnings.filter((w) => w.code === 'alt-chunk-unread');
    expect(unread.map((w) => [w.details, w.location])).toEqual([
      [{ chunks: 1, kind: 'html', kindName: 'HTML', reason: 'HTML cannot be read exactly', part: 'word/afchunk3.htm' }, { story: 'body', paragraph: 11 }],
      [{ chunks: 1, kind: 'rtf', kindName: 'RTF', reason: 'RTF cannot be read exactly', part: 'word/afchunk4.rtf' }, { story: 'body', paragraph: 12 }],
      [{ chunks: 1, kind: 'mht', kindName: 'an MHT web archive', reason: 'an MHT web archive cannot be read exactly', part: 'word/afchunk5.mht' }, { story: 'body', paragraph: 12 }],
    ]);
    expect(report.warnings.map((w) => w.code).filter((c) => c !== 'confusable-colours')).toEqual(['alt-chunk-unread', 'alt-chunk-unread', 'alt-chunk-unread']);
    expect(unread[2]!.message).toBe(
      'Imported content (an MHT web archive, a w:altChunk in word/afchunk5.mht) stands just before this paragraph, where Word shows it. vo-lines does not read it (an MHT web archive cannot be read exactly): its words are missing from every count. Open the script in Word and save it (Word turns imported content into ordinary text), or ask for the script without imported parts.',
    );
  });

  it('altchunk-damaged-en: a missing relationship, a part cut short, Word documents nested too deep, a part of no type: each said, the rest read', async () => {
    const { got, expected, report } = await readFixture('altchunk-damaged-en');
    expect(got).toEqual(expected);
    expect(report.warnings.filter((w) => w.code === 'alt-chunk-unread').map((w) => [w.details!.reason, w.details!.part, w.location!.paragraph])).toEqual([
      ['the file is damaged: it points to no imported part', undefined, 2],
      ['it is damaged', 'word/afchunk1.docx', 3],
      ['it is nested in imported documents more than 3 deep', 'word/afchunk.docx', 7],
      ['its type is not known: none is given', 'word/afchunk3.dat', 7],
    ]);
    expect(report.warnings.map((w) => w.code).filter((c) => c !== 'confusable-colours')).toEqual(['alt-chunk-unread', 'alt-chunk-unread', 'alt-chunk-unread', 'alt-chunk-unread']);
  });
});

/** A Word document as a chunk: its body, its styles (inner XML of w:styles). */
function wordChunk(body: string, styles = DEFAULT_STYLES, more: Partial<DocxParts> = {}): Uint8Array {
  return buildDocx({ ...more, body, styles });
}

const RED_NORMAL = DEFAULT_STYLES.replace('<w:name w:val="Normal"/><w:qFormat/></w:style>', '<w:name w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="C00000"/></w:rPr></w:style>');

describe('a Word document imported whole', () => {
  it('is read in place: styles it alone has apply as it defines them, its direct colours as they are', async () => {
    const styles = DEFAULT_STYLES + '<w:style w:type="paragraph" w:styleId="Kid"><w:name w:val="Kid voice"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="00B050"/></w:rPr></w:style>';
    const chunk = wordChunk(p('Plain line.') + '<w:p><w:pPr><w:pStyle w:val="Kid"/></w:pPr>' + r('Can we go?') + '</w:p>' + '<w:p>' + r('Later.', '<w:color w:val="0070C0"/>') + '</w:p>', styles);
    const script = await read(withChunks(p('Before.') + alt('rIdA') + p('After.'), { rIdA: ['afchunk.docx', DOCX_TYPE, chunk] }));
    expect(texts(script)).toEqual(['Before.', 'Plain line.', 'Can we go?', 'Later.', 'After.']);
    expect(script.paragraphs.map((para) => spans(para).map((s) => s.color).join())).toEqual(['#000000', '#000000', '#00B050', '#0070C0', '#000000']);
    expect(script.paragraphs[2]!.style).toBe('Kid voice');
    expect(script.warnings).toEqual([]);
    // A style of its own with no name is known by its id, as the script's are.
    const nameless = wordChunk('<w:p><w:pPr><w:pStyle w:val="Aside"/></w:pPr>' + r('Psst.') + '</w:p>', DEFAULT_STYLES + '<w:style w:type="paragraph" w:styleId="Aside"><w:basedOn w:val="Normal"/></w:style>');
    const aside = await read(withChunks(alt('rIdA'), { rIdA: ['afchunk.docx', DOCX_TYPE, nameless] }));
    expect(aside.paragraphs[0]!.style).toBe('Aside');
  });

  it('a style of the same name as the script’s takes the script’s (ECMA-376 §17.17.2.3): read so, and said when its own would look otherwise', async () => {
    const chunk = wordChunk(p('Imported line.'), RED_NORMAL);
    const script = await read(withChunks(p('Before.') + alt('rIdA') + p('After.'), { rIdA: ['afchunk.docx', DOCX_TYPE, chunk] }));
    expect(spans(script.paragraphs[1]!)).toEqual([{ text: 'Imported line.', color: '#000000', background: null }]);
    expect(warned(script)).toEqual([
      ['alt-chunk-styles', { part: 'word/afchunk.docx', read: '#000000', readBackground: null, other: '#C00000', otherBackground: null, ownStyles: false, paragraphs: 1 }, { story: 'body', paragraph: 2 }],
    ]);
    expect(script.warnings[0]!.message).toBe(
      'Text imported from a Word document (word/afchunk.docx, a w:altChunk) is read in this script’s styles of the same names, as Word shows imported content (ECMA-376 §17.17.2.3), #000000 black; its own styles give #C00000 red. Check the colour of these lines in Word.',
    );
  });

  it('w:matchSrc on: it keeps its own styles, read in them, and the script’s look said', async () => {
    const chunk = wordChunk(p('Imported line.'), RED_NORMAL);
    const script = await read(withChunks(p('Before.') + alt('rIdA', true) + p('After.'), { rIdA: ['afchunk.docx', DOCX_TYPE, chunk] }));
    expect(spans(script.paragraphs[1]!)).toEqual([{ text: 'Imported line.', color: '#C00000', background: null }]);
    expect(script.warnings.map((w) => [w.code, w.details!.ownStyles, w.details!.read, w.details!.other])).toEqual([['alt-chunk-styles', true, '#C00000', '#000000']]);
    // matchSrc off, said: the script's styles, as when it is absent.
    const off = await read(withChunks(alt('rIdA', false), { rIdA: ['afchunk.docx', DOCX_TYPE, chunk] }));
    expect(spans(off.paragraphs[0]!)[0]!.color).toBe('#000000');
  });

  it('its theme colours are the script’s theme’s; its own theme, when it differs, is said', async () => {
    // (Word caches the colour of its own theme in w:val: the script's theme gives another, said too.)
    const chunk = wordChunk(p('Accent line.').replace('<w:r>', '<w:r><w:rPr><w:color w:val="FF0000" w:themeColor="accent2"/></w:rPr>'), DEFAULT_STYLES, { theme: { accent2: 'FF0000' } });
    const script = await read(withChunks(alt('rIdA'), { rIdA: ['afchunk.docx', DOCX_TYPE, chunk] }));
    expect(spans(script.paragraphs[0]!)[0]!.color).toBe('#ED7D31');
    expect(script.warnings.map((w) => [w.code, w.details!.read ?? w.details!.theme, w.details!.other ?? w.details!.cached])).toEqual([
      ['alt-chunk-styles', '#ED7D31', '#FF0000'],
      ['theme-colour-mismatch', '#ED7D31', '#FF0000'],
    ]);
  });

  it('its tables get numbers of their own, in reading order among the script’s (they are numbered from 1 in the part)', async () => {
    const table = (text: string, inner = '') => `<w:tbl><w:tr><w:tc>${p(text)}${inner}</w:tc></w:tr></w:tbl>`;
    const chunk = wordChunk(table('Chunk table A.', table('Nested in A.')) + table('Chunk table B.'));
    const script = await read(withChunks(table('Host first.') + alt('rIdA') + table('Host last.') + p('End.'), { rIdA: ['afchunk.docx', DOCX_TYPE, chunk] }));
    expect(script.paragraphs.map((para) => [textOf(para), para.location.cell?.table])).toEqual([
      ['Host first.', 1],
      ['Chunk table A.', 2],
      ['Nested in A.', 3],
      ['Chunk table B.', 4],
      ['Host last.', 5],
      ['End.', undefined],
    ]);
  });

  it('in a table cell: read in the cell, on its shading (its own tables too, nested in it); a table style it cannot tell from its own: said', async () => {
    const chunk = wordChunk(p('Cell text.') + `<w:tbl><w:tr><w:tc>${p('Inner cell.')}</w:tc></w:tr></w:tbl>`);
    const cell = (inner: string, tblPr = '') => `<w:tbl>${tblPr}<w:tr><w:tc>${p('Name')}</w:tc><w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/></w:tcPr>${inner}<w:p/></w:tc></w:tr></w:tbl>`;
    const script = await read(withChunks(cell(alt('rIdA')) + p('After.'), { rIdA: ['afchunk.docx', DOCX_TYPE, chunk] }));
    expect(script.paragraphs.map((para) => [textOf(para), spans(para)[0]!.background, para.location.cell ?? null])).toEqual([
      ['Name', null, { table: 1, row: 1, column: 1 }],
      ['Cell text.', '#FFFF00', { table: 1, row: 1, column: 2 }],
      ['Inner cell.', '#FFFF00', { table: 2, row: 1, column: 1 }],
      ['After.', null, null],
    ]);
    expect(script.warnings).toEqual([]);
    // Its own Normal is red: read in the script's (black) in the cell too, and said.
    const red = await read(withChunks(cell(alt('rIdA')), { rIdA: ['afchunk.docx', DOCX_TYPE, wordChunk(p('Red own.'), RED_NORMAL)] }));
    expect(spans(red.paragraphs[1]!)).toEqual([{ text: 'Red own.', color: '#000000', background: '#FFFF00', kind: 'shading' }]);
    expect(red.warnings.map((w) => [w.code, w.details!.read, w.details!.other])).toEqual([['alt-chunk-styles', '#000000', '#C00000']]);
    // The script's table names its style "Grid"; the imported document has a style of that id with another name.
    const styles = DEFAULT_STYLES + '<w:style w:type="table" w:styleId="Grid"><w:name w:val="Grid Table Light"/></w:style>';
    const clash = wordChunk(p('Cell text.'), DEFAULT_STYLES + '<w:style w:type="paragraph" w:styleId="Grid"><w:name w:val="Grid paragraph"/></w:style>');
    const told = await read(withChunks(cell(alt('rIdA'), '<w:tblPr><w:tblStyle w:val="Grid"/></w:tblPr>'), { rIdA: ['afchunk.docx', DOCX_TYPE, clash] }, { styles }));
    expect(texts(told)).toEqual(['Name']);
    expect(told.warnings.map((w) => w.details!.reason)).toEqual(['its styles and those of the table it stands in cannot be told apart']);
  });

  it('in a text box: read in it, on its fill', async () => {
    const chunk = wordChunk(p('Boxed line.'));
    const box = (inner: string) => `<w:p>${r('Anchor.')}<w:r><w:pict><v:shape style="width:200pt;height:50pt" fillcolor="#000080"><v:textbox><w:txbxContent>${inner}<w:p/></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`;
    const script = await read(withChunks(box(alt('rIdA')), { rIdA: ['afchunk.docx', DOCX_TYPE, chunk] }));
    expect(script.paragraphs.map((para) => [textOf(para), para.location.story, spans(para)[0]!.color, spans(para)[0]!.background])).toEqual([
      ['Anchor.', 'body', '#000000', null],
      ['Boxed line.', 'textbox', '#FFFFFF', '#000080'],
    ]);
    expect(script.warnings).toEqual([]);
  });

  it('a part that says it is a Word document but is the script’s own XML: damaged, said (no loop)', async () => {
    const bytes = withChunks(p('Before.') + alt('rIdA'), { rIdA: ['afchunk.docx', DOCX_TYPE, '<w:document/>'] });
    const script = await read(bytes);
    expect(script.warnings.map((w) => [w.details!.reason, w.location])).toEqual([['it is damaged: not a zip package', { story: 'body', paragraph: 1 }]]);
    expect(script.warnings[0]!.message).toContain('stands just after this paragraph');
  });
});

describe('plain text imported', () => {
  it('one paragraph a line, in the look of a paragraph of no formatting there (a shaded cell’s background)', async () => {
    const body =
      `<w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/></w:tcPr>${alt('rIdT')}<w:p/></w:tc></w:tr></w:tbl>` + p('After.');
    const script = await read(withChunks(body, { rIdT: ['afchunk.txt', 'text/plain', 'First line.\r\nSecond\tline.\n\nThird.'] }));
    expect(texts(script)).toEqual(['First line.', 'Second\tline.', 'Third.', 'After.']);
    expect(spans(script.paragraphs[0]!)).toEqual([{ text: 'First line.', color: '#000000', background: '#FFFF00', kind: 'shading' }]);
    expect(script.paragraphs[0]!.location).toEqual({ story: 'body', paragraph: 1, cell: { table: 1, row: 1, column: 1 } });
    expect(script.warnings).toEqual([]);
  });

  it('UTF-16 with a byte order mark, UTF-8, and Windows-1252 when the bytes are not UTF-8', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Élan.'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const latin = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2e]);
    const script = await read(
      withChunks(alt('a') + alt('b') + alt('c'), { a: ['a.txt', 'text/plain', utf16], b: ['b.txt', 'text/plain; charset=utf-8', strToU8('Noël.')], c: ['c.txt', 'text/plain', latin] }),
    );
    expect(texts(script)).toEqual(['Élan.', 'Noël.', 'Café.']);
  });
});

describe('chunks in other stories', () => {
  it('a header’s chunk is found through the header’s own relationships: read with --include header, not looked at otherwise', async () => {
    const rels =
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="h1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="hdr.txt"/>' +
      '<Relationship Id="h2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="hdr.htm"/></Relationships>';
    const bytes = withChunks(p('Body line.'), { b1: ['hdr.txt', 'text/plain', 'Episode 4 — draft'], b2: ['hdr.htm', 'text/html', '<p>Logo</p>'] }, {
      headers: [alt('h1') + alt('h2') + p('Page header.')],
      extraParts: { 'word/_rels/headerX1.xml.rels': rels },
    });
    const withHeader = await read(bytes, { include: ['header'] });
    expect(texts(withHeader)).toEqual(['Body line.', 'Episode 4 — draft', 'Page header.']);
    expect(withHeader.warnings.map((w) => [w.details!.kind, w.location])).toEqual([['html', { story: 'header', paragraph: 3 }]]);
    const without = await read(bytes);
    expect(texts(without)).toEqual(['Body line.']);
    expect(without.warnings).toEqual([]);
  });
});

describe('what cannot be read is said, and a file of nothing else stops', () => {
  it('html-docx-js: a document that is one web archive chunk → alt-chunk-only, with the way out', async () => {
    const mht = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>Hello.</p>\r\n--b--';
    const error = await read(withChunks(alt('htmlChunk'), { htmlChunk: ['afchunk.mht', 'message/rfc822', mht] })).catch((e: unknown) => e);
    expect(isUserError(error) && [error.code, error.message]).toEqual([
      'alt-chunk-only',
      'script.docx keeps its text in imported content (w:altChunk: an MHT web archive) that Word merges in when it opens the file, which vo-lines cannot read: open it in Word, save it (Word turns it into ordinary text) and read the saved file, or ask for the script without imported parts.',
    ]);
    // The kinds as the chunks' warnings give them (chunks.ts ChunkKind).
    expect(isUserError(error) && error.details).toEqual({ kinds: ['mht'] });
  });

  it('many chunks: twenty said one by one, the rest together', async () => {
    const chunks: Record<string, [string, string, string]> = {};
    let body = '';
    for (let i = 1; i <= 25; i++) {
      chunks[`c${i}`] = [`c${i}.rtf`, 'application/rtf', '{\\rtf1 Hello.\\par}'];
      body += p(`Line ${i}.`) + alt(`c${i}`);
    }
    const script = await read(withChunks(body, chunks));
    expect(script.warnings).toHaveLength(21);
    expect(script.warnings[19]!.location).toEqual({ story: 'body', paragraph: 21 });
    expect(script.warnings[20]!.message).toBe(
      '5 more pieces of imported content (RTF; w:altChunk) are not read either: their words are missing from every count. Open the script in Word and save it (Word turns imported content into ordinary text), or ask for the script without imported parts.',
    );
    expect(script.warnings[20]!.details).toEqual({ chunks: 5, kindNames: ['RTF'] });
  });

  it('hostile: a text chunk of a million empty lines is refused by the paragraph limit, quickly', async () => {
    const error = await read(withChunks(p('Before.') + alt('t'), { t: ['t.txt', 'text/plain', '\n'.repeat(1_000_000)] })).catch((e: unknown) => e);
    expect(isUserError(error) && error.code).toBe('over-limit');
  });

  it('hostile: the same Word document imported again and again is read each time, and what all of them inflate is bounded as one package', async () => {
    const small = wordChunk(p('Again.'));
    let body = p('Start.');
    for (let i = 0; i < 50; i++) body += alt('rIdA');
    expect(texts(await read(withChunks(body, { rIdA: ['afchunk.docx', DOCX_TYPE, small] })))).toEqual(['Start.', ...Array<string>(50).fill('Again.')]);
    // 30 MB of XML that deflates to a few dozen KB, imported ten times: over the 256 MB a package may unpack to.
    const swollen = wordChunk(p('Big.') + ' '.repeat(30 * 1024 * 1024));
    expect(swollen.length).toBeLessThan(100_000);
    const error = await read(withChunks(p('Start.') + alt('rIdB').repeat(10), { rIdB: ['afchunk.docx', DOCX_TYPE, swollen] })).catch((e: unknown) => e);
    expect(isUserError(error) && error.code).toBe('too-large');
  });
});
