/**
 * Word's drop cap (Insert > Drop Cap): the large letter is a paragraph of its own (`w:framePr
 * w:dropCap`) before the paragraph it begins, and is read as that paragraph's first letter, in its look
 * (tests/fixtures/docx-producers/word-dropcap-fr). When no paragraph follows it in its place (the last
 * of the document, of a table cell, of a text box, or right before a table), the letter is not lost
 * and does not join text elsewhere: it stays a paragraph of its own, in its own look. A paragraph whose
 * mark is a tracked deletion, which joins the next paragraph likewise, stays in its cell the same way.
 */
import { describe, expect, it } from 'vitest';
import type { Script } from '../src/model.js';
import { readDocx } from '../src/readers/docx/index.js';
import { buildDocx, r } from './helpers/docx-builder.js';

const RED = '<w:color w:val="C00000"/>';
const dropCap = (letter: string) =>
  `<w:p><w:pPr><w:keepNext/><w:framePr w:dropCap="drop" w:lines="3" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/><w:rPr><w:sz w:val="130"/></w:rPr></w:pPr>${r(letter, `${RED}<w:sz w:val="130"/>`)}</w:p>`;
const para = (text: string, rPr = '') => `<w:p>${r(text, rPr)}</w:p>`;
const cell = (inner: string) => `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
const table = (...cells: string[]) => `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid><w:tr>${cells.map(cell).join('')}</w:tr></w:tbl>`;
const textBox = (inner: string) =>
  `<w:p>${r('Before the box.')}<w:r><w:pict><v:shape id="box" style="width:200pt;height:50pt"><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`;

async function read(body: string): Promise<Script> {
  return readDocx(buildDocx({ body }), 'test.docx');
}

/** Each paragraph: its story, its cell (row.column) if any, and its runs' text and colour. */
const shape = (script: Script) =>
  script.paragraphs.map((p) => [p.location.story, p.location.cell ? `${p.location.cell.row}.${p.location.cell.column}` : '', p.runs.map((run) => [run.text, run.color])]);

describe('a drop cap with no paragraph after it in its place', () => {
  it('followed by its paragraph: its first letter, in that paragraph\'s look (as before)', async () => {
    expect(shape(await read(dropCap('I') + para('l était une fois.')))).toEqual([['body', '', [['Il était une fois.', '#000000']]]]);
  });

  it('the last paragraph of the document: the letter stays, a paragraph of its own in its own look', async () => {
    expect(shape(await read(para('Fin du chapitre.') + dropCap('L')))).toEqual([
      ['body', '', [['Fin du chapitre.', '#000000']]],
      ['body', '', [['L', '#C00000']]],
    ]);
  });

  it('the last paragraph of a table cell: it stays in its cell, and the next cell\'s text is the next cell\'s', async () => {
    expect(shape(await read(table(para('Une lettre :') + dropCap('A'), para('Deuxième cellule.')) + para('Après le tableau.')))).toEqual([
      ['body', '1.1', [['Une lettre :', '#000000']]],
      ['body', '1.1', [['A', '#C00000']]],
      ['body', '1.2', [['Deuxième cellule.', '#000000']]],
      ['body', '', [['Après le tableau.', '#000000']]],
    ]);
  });

  it('right before a table, or the last paragraph of a text box: a paragraph of its own where it stands', async () => {
    expect(shape(await read(dropCap('B') + table(para('Dans le tableau.'), para('Et ici.'))))).toEqual([
      ['body', '', [['B', '#C00000']]],
      ['body', '1.1', [['Dans le tableau.', '#000000']]],
      ['body', '1.2', [['Et ici.', '#000000']]],
    ]);
    expect(shape(await read(textBox(para('Dans la boîte.') + dropCap('C')) + para('Après la boîte.')))).toEqual([
      ['body', '', [['Before the box.', '#000000']]],
      ['textbox', '', [['Dans la boîte.', '#000000']]],
      ['textbox', '', [['C', '#C00000']]],
      ['body', '', [['Après la boîte.', '#000000']]],
    ]);
  });

  it('a paragraph whose mark is a tracked deletion, last in its cell: its text stays in its cell', async () => {
    const deletedMark = `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>${r('Dernière ligne.')}</w:p>`;
    expect(shape(await read(table(deletedMark, para('Autre cellule.'))))).toEqual([
      ['body', '1.1', [['Dernière ligne.', '#000000']]],
      ['body', '1.2', [['Autre cellule.', '#000000']]],
    ]);
  });
});
