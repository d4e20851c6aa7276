/**
 * A paragraph of the plainest shape (`<w:p>`, a property block, runs of a property block and one
 * `<w:t>`: what LibreOffice writes for every paragraph) is read whole from its source
 * (readers/docx/body.ts `readPlainParagraph`) instead of event by event. Here every document is read
 * twice: as written, and with a line break and indent between its tags — XML that means the same
 * but is not of that shape, so it is read event by event. Both must give the same script, the same
 * error; and the first must really have been read the short way (the method is watched).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDocx } from '../src/readers/docx/index.js';
import { StoryReader } from '../src/readers/docx/body.js';
import { UserError } from '../src/errors.js';
import type { Script } from '../src/model.js';
import { buildDocx, minimalPackageEntries, rawZip, W_NS, type DocxParts } from './helpers/docx-builder.js';

/** The same XML with a line break and two spaces before every tag that follows another, but `</w:t>` (whose text is read as it stands). */
function spaced(xml: string): string {
  return xml.replace(/>(<(?!\/w:t>)\/?w:)/g, '>\n  $1');
}

/** How many paragraphs were read whole while `work` ran. */
async function plainReads<T>(work: () => Promise<T>): Promise<{ result: T; plain: number }> {
  const spy = vi.spyOn(StoryReader.prototype as unknown as { readPlainParagraph: () => boolean }, 'readPlainParagraph');
  try {
    const result = await work();
    return { result, plain: spy.mock.results.filter((r) => r.type === 'return' && r.value === true).length };
  } finally {
    spy.mockRestore();
  }
}

async function bothWays(parts: DocxParts): Promise<{ plain: Script; spacedOut: Script; plainReadWhole: number; spacedReadWhole: number }> {
  const a = await plainReads(() => readDocx(buildDocx(parts), 'plain.docx'));
  const b = await plainReads(() => readDocx(buildDocx({ ...parts, body: spaced(parts.body) }), 'spaced.docx'));
  return { plain: a.result, spacedOut: b.result, plainReadWhole: a.plain, spacedReadWhole: b.plain };
}

/** What a reader sees of a script: per paragraph, its location, style and runs. */
const seen = (script: Script) => ({
  paragraphs: script.paragraphs.map((p) => ({ location: p.location, style: p.style, outlineLevel: p.outlineLevel, runs: p.runs })),
  warnings: script.warnings,
  language: script.language,
});

const GREY = '<w:rPr><w:color w:val="404040"/></w:rPr>';
const BLUE = '<w:rPr><w:color w:val="1F4E79"/></w:rPr>';
const YELLOW = '<w:rPr><w:highlight w:val="yellow"/></w:rPr>';
const LEFT = '<w:pPr><w:pStyle w:val="Normal"/><w:jc w:val="left"/><w:rPr><w:color w:val="404040"/></w:rPr></w:pPr>';
const run = (rPr: string, text: string, preserve = true) => `<w:r>${rPr}<w:t${preserve ? ' xml:space="preserve"' : ''}>${text}</w:t></w:r>`;

afterEach(() => vi.restoreAllMocks());

describe('a plain paragraph read whole gives what its events give', () => {
  it('after fields whose end never comes (a code ended with its paragraph, a table of contents after its entries), read again', async () => {
    const fld = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
    const instr = (code: string) => `<w:r><w:instrText xml:space="preserve">${code}</w:instrText></w:r>`;
    const body = [
      `<w:p>${LEFT}${run(GREY, 'Before.')}</w:p>`,
      `<w:p>${LEFT}${run(GREY, 'Written by ')}${fld('begin')}${instr(' AUTHOR ')}${run(GREY, 'Jane')}</w:p>`,
      `<w:p>${LEFT}${run(GREY, 'After the code.')}</w:p>`,
      `<w:p>${LEFT}${run(BLUE, 'Blue after the code.')}</w:p>`,
      `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>${fld('begin')}${instr(' TOC \\o ')}${fld('separate')}${run(GREY, 'Entry 1')}</w:p>`,
      `<w:p>${LEFT}${run(GREY, 'After the contents.')}</w:p>`,
      `<w:p>${LEFT}${run(BLUE, 'Blue after the contents.')}</w:p>`,
    ].join('');
    const styles = '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>';
    const { plain, spacedOut, plainReadWhole } = await bothWays({ body, styles });
    expect(seen(plain)).toEqual(seen(spacedOut));
    expect(plain.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['Before.', 'Written by ', 'After the code.', 'Blue after the code.', 'After the contents.', 'Blue after the contents.']);
    expect(plain.warnings.map((w) => w.code)).toEqual(['toc-left-out', 'field-never-ends', 'field-never-ends']);
    expect(plainReadWhole).toBeGreaterThan(0);
  });

  it('runs in several looks, entities, character references, line ends, attributes on w:p and w:r, empty text', async () => {
    const body = [
      // The first of each block is read event by event (then it is known).
      `<w:p>${LEFT}${run(GREY, 'NARRATOR: Welcome to the module.')}</w:p>`,
      `<w:p>${LEFT}${run(BLUE, 'Trainer line one.')}${run(YELLOW, ' Highlighted aside.')}</w:p>`,
      `<w:p>${LEFT}${run(GREY, 'Fish &amp; chips &lt;3 &#233;t&#xE9; &quot;quoted&quot; &apos;x&apos;.')}</w:p>`,
      `<w:p w:rsidR="00AB12CD" w14:paraId="1A2B3C4D">${LEFT}<w:r w:rsidRPr="0099FF00">${GREY}<w:t xml:space="preserve">With attributes, </w:t></w:r>${run(BLUE, 'then blue.', false)}</w:p>`,
      `<w:p>${LEFT}${run(GREY, 'Line one\r\nline two\rline three')}</w:p>`,
      `<w:p>${LEFT}${run(GREY, '')}${run(BLUE, 'after an empty run')}</w:p>`,
      `<w:p>${run(GREY, 'No paragraph properties.')}</w:p>`,
      `<w:p>${LEFT}<w:r><w:t>No run properties.</w:t></w:r></w:p>`,
      `<w:p>${LEFT}</w:p>`,
      `<w:p>${LEFT}${run(YELLOW, 'Yellow again > and ]] here.')}</w:p>`,
    ].join('');
    const { plain, spacedOut, plainReadWhole, spacedReadWhole } = await bothWays({ body });
    expect(seen(plain)).toEqual(seen(spacedOut));
    expect(spacedReadWhole).toBe(0);
    // Every paragraph after the first two (whose blocks were new) was read whole.
    expect(plainReadWhole).toBe(8);
    expect(plain.paragraphs.map((p) => p.runs.map((r) => [r.text, r.color, r.background]))).toEqual([
      [['NARRATOR: Welcome to the module.', '#404040', null]],
      [
        ['Trainer line one.', '#1F4E79', null],
        [' Highlighted aside.', '#000000', '#FFFF00'],
      ],
      [['Fish & chips <3 été "quoted" \'x\'.', '#404040', null]],
      [
        ['With attributes, ', '#404040', null],
        ['then blue.', '#1F4E79', null],
      ],
      [['Line one\nline two\nline three', '#404040', null]],
      [['after an empty run', '#1F4E79', null]],
      [['No paragraph properties.', '#404040', null]],
      [['No run properties.', '#000000', null]],
      [['Yellow again > and ]] here.', '#000000', '#FFFF00']],
    ]);
  });

  it('a deleted paragraph mark joins the paragraph to the next, in a table cell too', async () => {
    const deletedMark = '<w:pPr><w:rPr><w:del w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z"/></w:rPr></w:pPr>';
    const cell = (inner: string) => `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
    const body = [
      `<w:p>${deletedMark}${run(GREY, 'Joined ')}</w:p>`,
      `<w:p>${LEFT}${run(GREY, 'first.')}</w:p>`,
      `<w:p>${deletedMark}${run(GREY, 'Joined ')}</w:p>`,
      `<w:p>${LEFT}${run(BLUE, 'second.')}</w:p>`,
      `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tr>${cell(`<w:p>${LEFT}${run(GREY, 'In a cell.')}</w:p>`)}${cell(`<w:p>${LEFT}${run(BLUE, 'Beside it.')}</w:p>`)}</w:tr></w:tbl>`,
    ].join('');
    const { plain, spacedOut, plainReadWhole } = await bothWays({ body });
    expect(seen(plain)).toEqual(seen(spacedOut));
    // The first paragraph's blocks and the blue run's are new; the third paragraph and the cells are read whole.
    expect(plainReadWhole).toBe(3);
    expect(plain.paragraphs.map((p) => [p.runs.map((r) => r.text).join(''), p.location.cell ? `${p.location.cell.row}:${p.location.cell.column}` : ''])).toEqual([
      ['Joined first.', ''],
      ['Joined second.', ''],
      ['In a cell.', '1:1'],
      ['Beside it.', '1:2'],
    ]);
    expect(plain.facts.trackedChanges).toBe(spacedOut.facts.trackedChanges);
  });

  it('shapes it does not take are read event by event: a tab, a break, a field, a bookmark, a tracked insertion, a text box', async () => {
    const body = [
      `<w:p>${LEFT}${run(GREY, 'Known blocks first.')}${run(BLUE, ' Blue.')}</w:p>`,
      `<w:p>${LEFT}<w:r>${GREY}<w:t>Before a tab</w:t><w:tab/><w:t>after it</w:t></w:r></w:p>`,
      `<w:p>${LEFT}<w:r>${GREY}<w:br/><w:t>After a break</w:t></w:r></w:p>`,
      `<w:p>${LEFT}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(GREY, '7')}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
      `<w:p>${LEFT}<w:bookmarkStart w:id="0" w:name="x"/>${run(GREY, 'Bookmarked.')}<w:bookmarkEnd w:id="0"/></w:p>`,
      `<w:p>${LEFT}<w:ins w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z">${run(BLUE, 'Inserted.')}</w:ins></w:p>`,
      `<w:p>${LEFT}${run(GREY, 'Anchor ')}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wps:wsp><wps:txbx><w:txbxContent><w:p>${LEFT}${run(BLUE, 'In the box.')}</w:p></w:txbxContent></wps:txbx></wps:wsp></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r></w:p>`,
      `<w:p>${LEFT}${run(GREY, 'Plain again.')}</w:p>`,
    ].join('');
    const { plain, spacedOut, plainReadWhole } = await bothWays({ body });
    expect(seen(plain)).toEqual(seen(spacedOut));
    // Only the last paragraph, and the one inside the text box, have the plain shape.
    expect(plainReadWhole).toBe(2);
    expect(plain.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual([
      'Known blocks first. Blue.',
      'Before a tab\tafter it',
      '\nAfter a break',
      '7',
      'Bookmarked.',
      'Inserted.',
      'Anchor ',
      'In the box.',
      'Plain again.',
    ]);
  });

  it('a field open across paragraphs: a plain paragraph inside its code is not read, inside its result it is', async () => {
    const body = [
      `<w:p>${LEFT}${run(GREY, 'Known first.')}</w:p>`,
      `<w:p>${LEFT}${run(GREY, 'Before. ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r></w:p>`,
      `<w:p>${LEFT}${run(GREY, 'Inside the field code.')}</w:p>`,
      `<w:p>${LEFT}<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(GREY, 'Result, ')}</w:p>`,
      `<w:p>${LEFT}${run(GREY, 'still the result.')}</w:p>`,
      `<w:p>${LEFT}<w:r><w:fldChar w:fldCharType="end"/></w:r>${run(GREY, ' After.')}</w:p>`,
      `<w:p>${LEFT}${run(GREY, 'Plain after the field.')}</w:p>`,
    ].join('');
    const { plain, spacedOut, plainReadWhole } = await bothWays({ body });
    expect(seen(plain)).toEqual(seen(spacedOut));
    expect(plainReadWhole).toBe(1);
    expect(plain.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['Known first.', 'Before. ', 'Result, ', 'still the result.', ' After.', 'Plain after the field.']);
  });

  it('a w: prefix bound to another namespace is not taken for WordprocessingML', async () => {
    // The builder binds the WordprocessingML namespace to x:, and w: to nothing of Word's.
    const body = `<x:p>${LEFT.replace(/w:/g, 'x:')}${run(GREY, 'Ours.').replace(/w:/g, 'x:')}</x:p><x:p>${LEFT.replace(/w:/g, 'x:')}${run(GREY, 'Ours too.').replace(/w:/g, 'x:')}</x:p>`;
    const { result, plain } = await plainReads(() => readDocx(buildDocx({ body, wPrefix: 'x' }), 'x.docx'));
    expect(plain).toBe(0);
    expect(result.paragraphs.map((p) => p.runs.map((r) => [r.text, r.color]))).toEqual([[['Ours.', '#404040']], [['Ours too.', '#404040']]]);
  });

  it('a run that binds w: to another namespace is not WordprocessingML: its text is not read', async () => {
    const body = [
      `<w:p>${LEFT}${run(GREY, 'Known first.')}</w:p>`,
      `<w:p>${LEFT}${run(GREY, 'Word text. ')}<w:r xmlns:w="urn:example:not-word">${GREY}<w:t>Not Word's text.</w:t></w:r></w:p>`,
      `<w:p w:rsidR="00112233" xmlns:v2="urn:example:unused">${LEFT}${run(GREY, 'A declaration on the paragraph.')}</w:p>`,
    ].join('');
    const { plain, spacedOut, plainReadWhole } = await bothWays({ body });
    expect(seen(plain)).toEqual(seen(spacedOut));
    expect(plainReadWhole).toBe(0);
    expect(plain.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['Known first.', 'Word text. ', 'A declaration on the paragraph.']);
  });
});

describe('a plain paragraph with damage is refused as its events would refuse it', () => {
  it('a paragraph opened under another prefix of the same namespace and closed as w:p', async () => {
    // x: and w: both name WordprocessingML: <x:p>…</w:p> is not well-formed, whatever the prefixes mean.
    const paragraph = (open: string, close: string, text: string) => `<${open}>${LEFT}${run(GREY, text)}</${close}>`;
    const document = (third: string) =>
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}" xmlns:x="${W_NS}"><w:body>${paragraph('w:p', 'w:p', 'Known first.')}${paragraph('x:p', 'x:p', 'Also fine.')}${third}</w:body></w:document>`;
    const good = await readDocx(rawZip(minimalPackageEntries(document(''))), 'prefixes.docx');
    expect(good.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['Known first.', 'Also fine.']);
    const error = await readDocx(rawZip(minimalPackageEntries(document(paragraph('x:p', 'w:p', 'Mismatched.')))), 'mismatched.docx').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain('</w:p> closes <x:p>');
  });

  for (const [what, text] of [
    ['an undefined entity', 'Fish &chips; here'],
    ['an & that starts no entity', 'Fish & chips'],
    ['a malformed character reference', 'Bad &#xZZ; here'],
  ] as const) {
    it(what, async () => {
      const body = (xml: string) => `<w:p>${LEFT}${run(GREY, 'Known first.')}</w:p>${xml}`;
      const errors: string[] = [];
      for (const parts of [{ body: body(`<w:p>${LEFT}${run(GREY, text)}</w:p>`) }, { body: spaced(body(`<w:p>${LEFT}${run(GREY, text)}</w:p>`)) }]) {
        const error = await readDocx(buildDocx(parts), 'damaged.docx').then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(UserError);
        expect((error as UserError).code).toBe('corrupt-docx');
        errors.push((error as UserError).message);
      }
      expect(errors[0]).toBe(errors[1]);
      expect(errors[0]).toContain('is not well-formed XML');
    });
  }
});
