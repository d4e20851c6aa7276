/**
 * A DOCX table's grid (`w:tblGrid/w:gridCol`): where each cell stands across its table, as
 * `Paragraph.edges` (points from the table's left edge), which tells a table split by hand (the same
 * grid) from another table after it (attribute/av-columns.ts; fixtures en-av-split*, tests/av-columns.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { readDocx } from '../src/readers/docx/index.js';
import { measureInPoints } from '../src/readers/docx/body.js';
import { buildDocx, p } from './helpers/docx-builder.js';

const tc = (text: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${p(text)}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (grid: string, ...rows: string[]) => `<w:tbl><w:tblPr/><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
const edgesOf = async (body: string) =>
  (await readDocx(buildDocx({ body }), 'test.docx', {})).paragraphs.map((para) => [para.runs.map((r) => r.text).join(''), para.edges ?? null]);

describe('w:tblGrid', () => {
  it('each cell’s paragraphs stand where the grid puts its column (twips to points); text outside tables has none', async () => {
    const body = p('Title') + tbl('<w:gridCol w:w="2880"/><w:gridCol w:w="5760"/>', tr(tc('VIDEO'), tc('AUDIO')), tr(tc('Logo.'), tc('Hello.')));
    expect(await edgesOf(body)).toEqual([
      ['Title', null],
      ['VIDEO', { left: 0, right: 144 }],
      ['AUDIO', { left: 144, right: 432 }],
      ['Logo.', { left: 0, right: 144 }],
      ['Hello.', { left: 144, right: 432 }],
    ]);
  });

  it('a cell merged across columns stands over the grid columns it covers; a row set in (w:gridBefore) starts further in', async () => {
    const grid = '<w:gridCol w:w="1440"/><w:gridCol w:w="2880"/><w:gridCol w:w="5760"/>';
    const body = tbl(
      grid,
      tr(tc('#'), tc('VIDEO'), tc('AUDIO')),
      tr(tc('Section A', '<w:gridSpan w:val="2"/>'), tc('Hello.')),
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('Logo.')}${tc('Bye.')}</w:tr>`,
      tr(tc('1'), tc('All of it.', '<w:gridSpan w:val="2"/>')),
    );
    expect(await edgesOf(body)).toEqual([
      ['#', { left: 0, right: 72 }],
      ['VIDEO', { left: 72, right: 216 }],
      ['AUDIO', { left: 216, right: 504 }],
      ['Section A', { left: 0, right: 216 }],
      ['Hello.', { left: 216, right: 504 }],
      ['Logo.', { left: 72, right: 216 }],
      ['Bye.', { left: 216, right: 504 }],
      ['1', { left: 0, right: 72 }],
      ['All of it.', { left: 72, right: 504 }],
    ]);
  });

  it('none where the grid does not tell: a cell reaching past the grid, a width missing, no grid, an old grid of a tracked change only', async () => {
    const past = tbl('<w:gridCol w:w="2880"/><w:gridCol w:w="5760"/>', tr(tc('VIDEO'), tc('AUDIO')), tr(tc('Both.', '<w:gridSpan w:val="3"/>')));
    expect((await edgesOf(past)).map(([, e]) => e)).toEqual([{ left: 0, right: 144 }, { left: 144, right: 432 }, null]);
    const missing = tbl('<w:gridCol w:w="2880"/><w:gridCol/>', tr(tc('VIDEO'), tc('AUDIO')));
    expect((await edgesOf(missing)).map(([, e]) => e)).toEqual([null, null]);
    const none = `<w:tbl><w:tblPr/>${tr(tc('VIDEO'), tc('AUDIO'))}</w:tbl>`;
    expect((await edgesOf(none)).map(([, e]) => e)).toEqual([null, null]);
    const change = `<w:tbl><w:tblPr/><w:tblGrid><w:tblGridChange w:id="1"><w:tblGrid><w:gridCol w:w="2880"/><w:gridCol w:w="5760"/></w:tblGrid></w:tblGridChange></w:tblGrid>${tr(tc('VIDEO'), tc('AUDIO'))}</w:tbl>`;
    expect((await edgesOf(change)).map(([, e]) => e)).toEqual([null, null]);
  });

  it('a nested table’s cells stand by its own grid', async () => {
    const inner = tbl('<w:gridCol w:w="1000"/><w:gridCol w:w="1000"/>', tr(tc('a'), tc('b')));
    const body = tbl('<w:gridCol w:w="4000"/><w:gridCol w:w="4000"/>', tr(tc('Left'), `<w:tc>${inner}${p('')}</w:tc>`));
    expect(await edgesOf(body)).toEqual([
      ['Left', { left: 0, right: 200 }],
      ['a', { left: 0, right: 50 }],
      ['b', { left: 50, right: 100 }],
    ]);
  });

  it.each([
    ['2880', 144],
    ['2.5in', 180],
    ['5cm', 141.7],
    ['36pt', 36],
    ['3pc', 36],
    [' 12mm ', 34],
    ['', NaN],
    ['auto', NaN],
    ['-5', NaN],
    [undefined, NaN],
  ])('measureInPoints(%j) → %d', (value, points) => {
    const got = measureInPoints(value);
    if (Number.isNaN(points)) expect(got).toBeNaN();
    else expect(Math.round(got * 10) / 10).toBe(points);
  });
});
