/**
 * Complex fields whose end never comes (a damaged or hand-made file): a field cannot run past its
 * story, text box or table-of-contents content control, and one that would hide the rest of the
 * script is taken to end where it plausibly does (a field's code with its paragraph, a table of
 * contents after its last entry), with a `field-never-ends` warning. Documents built in memory.
 */
import { describe, expect, it } from 'vitest';
import { readDocx } from '../src/readers/docx/index.js';
import type { Script } from '../src/model.js';
import { textOf } from './helpers/spans.js';
import { buildDocx, DEFAULT_STYLES, p, r } from './helpers/docx-builder.js';

const fld = (type: 'begin' | 'separate' | 'end') => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
const instr = (code: string) => `<w:r><w:instrText xml:space="preserve">${code}</w:instrText></w:r>`;
const STYLES = `${DEFAULT_STYLES}<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/></w:style>`;
const tocEntry = (text: string, head = '') => `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>${head}${r(text)}</w:p>`;
const box = (inner: string) =>
  '<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">' +
  '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>' +
  '<wp:extent cx="1" cy="1"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>' +
  '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/>' +
  `<wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`;

const read = (body: string): Promise<Script> => readDocx(buildDocx({ body, styles: STYLES }), 'test.docx');
const texts = (script: Script) => script.paragraphs.map(textOf);
const codes = (script: Script) => script.warnings.map((w) => w.code);

describe('fields whose end never comes', () => {
  it('a field whose result runs over paragraphs and ends is read as before, with no warning', async () => {
    const script = await read(`<w:p>${r('A ')}${fld('begin')}${instr(' QUOTE "x" ')}${fld('separate')}${r('one')}</w:p>${p('two')}<w:p>${r('three')}${fld('end')}${r(' B')}</w:p>${p('after')}`);
    expect(texts(script)).toEqual(['A one', 'two', 'three B', 'after']);
    expect(codes(script)).toEqual([]);
  });

  it('a field whose result never ends hides nothing: its result is read, no warning', async () => {
    const script = await read(`<w:p>${r('A ')}${fld('begin')}${instr(' AUTHOR ')}${fld('separate')}${r('Jane')}</w:p>${p('after')}`);
    expect(texts(script)).toEqual(['A Jane', 'after']);
    expect(codes(script)).toEqual([]);
  });

  it('a table of contents in a content control with no end mark ends with the control', async () => {
    const sdt = `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>${tocEntry('Part one 1', fld('begin') + instr(' TOC \\o "1-3" ') + fld('separate'))}${tocEntry('Part two 2')}</w:sdtContent></w:sdt>`;
    const script = await read(`${sdt}${p('Part one')}${p('The script.')}`);
    expect(texts(script)).toEqual(['Part one', 'The script.']);
    expect(codes(script)).toEqual(['toc-left-out']);
  });

  it('a table of contents with no end mark in a text box ends with the box: the box’s next paragraph and the body are read', async () => {
    const inner = tocEntry('Part one 1', fld('begin') + instr(' TOC ') + fld('separate')) + p('Box text.');
    const script = await read(`<w:p>${r('Anchor.')}${box(inner)}</w:p>${p('Body after.')}`);
    expect(texts(script)).toEqual(['Anchor.', 'Box text.', 'Body after.']);
    expect(codes(script)).toEqual(['toc-left-out', 'field-never-ends']);
    expect(script.warnings[1]!.details).toEqual({ field: 'TOC', resumesAt: 'Box text.' });
  });

  it('a field begun in a text box cannot end the body’s field: a stray end mark in the box is ignored', async () => {
    const script = await read(`<w:p>${fld('begin')}${instr(' TOC ')}${fld('separate')}${r('Entry 1')}${box(`<w:p>${r('Boxed')}${fld('end')}</w:p>`)}${fld('end')}${r('Script.')}</w:p>`);
    expect(texts(script)).toEqual(['Script.']);
    expect(codes(script)).toEqual(['toc-left-out']);
  });

  it('a field whose code never ends, in a text box: the box’s next paragraph and the body after the box are read', async () => {
    const inner = `<w:p>${r('Before ')}${fld('begin')}${instr(' DOCPROPERTY X ')}${r('hidden')}</w:p>${p('Next in box.')}`;
    const script = await read(`<w:p>${r('Anchor.')}${box(inner)}</w:p>${p('Body after.')}`);
    expect(texts(script)).toEqual(['Anchor.', 'Before ', 'Next in box.', 'Body after.']);
    expect(script.warnings.map((w) => w.details)).toEqual([{ fields: 1, names: ['DOCPROPERTY'], code: ['hidden'] }]);
  });

  it('thousands of fields whose code never ends, one a paragraph: every paragraph is read, in one warning', async () => {
    let body = '';
    for (let k = 0; k < 3000; k++) body += `<w:p>${r(`Line ${k}.`)}${fld('begin')}${instr(k % 2 ? ' AUTHOR ' : ' TITLE ')}${r('x')}</w:p>`;
    const script = await read(body);
    expect(texts(script)).toHaveLength(3000);
    expect(texts(script)[2999]).toBe('Line 2999.');
    expect(script.warnings.map((w) => w.details)).toEqual([{ fields: 3000, names: ['TITLE', 'AUTHOR'], code: ['x', 'x', 'x'] }]);
  });

  it('fields nested deep in a code that never ends, all in one paragraph: one field, read past', async () => {
    const nested = `${fld('begin')}${instr(' IF ')}`.repeat(2000);
    const script = await read(`<w:p>${r('Start ')}${nested}${r('code')}</w:p>${p('After.')}`);
    expect(texts(script)).toEqual(['Start ', 'After.']);
    expect(script.warnings.map((w) => w.details)).toEqual([{ fields: 1, names: ['IF'], code: ['code'] }]);
  });
});
