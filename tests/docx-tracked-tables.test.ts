/**
 * Tracked changes of tables and moves, read as accepted (what Word shows with "No Markup") and counted in
 * the `tracked-changes` warning: a row inserted or deleted (`w:trPr/w:ins`, `w:del`), a cell inserted or
 * deleted (`w:tcPr/w:cellIns`, `w:cellDel`), a row's properties changed (`w:trPrChange`), text moved
 * (`w:moveFrom` … `w:moveTo`, with or without their named ranges) as one move. Documents built in memory
 * (tests/helpers/docx-builder.ts) with the XML Word writes; every value asserted is exact.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../src/pipeline.js';
import { r } from './helpers/docx-builder.js';
import { analyseBody, texts, words } from './helpers/two-voices.js';

const RED = '<w:color w:val="C00000"/>';
const BLUE = '<w:color w:val="0070C0"/>';
const N = (text: string) => r(text, RED);
const X = (text: string) => r(text, BLUE);
const P = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const BY = 'w:author="Reviewer" w:date="2026-02-01T09:00:00Z"';

const analyse = (body: string): Promise<Analysis> => analyseBody(body, 'tracked.docx');



const tracked = (analysis: Analysis) => analysis.report.warnings.find((w) => w.code === 'tracked-changes');

const cell = (body: string, tcPr = '') => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/>${tcPr}</w:tcPr>${body}</w:tc>`;
const row = (cells: string, trPr = '') => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`;
const table = (rows: string) =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>${rows}</w:tbl>`;

describe('rows and cells inserted or deleted under review', () => {
  it('read as accepted: an inserted row and cell are read, a deleted row and cell are not; each is counted', async () => {
    const body =
      P(N('Narrator before the table.')) +
      table(
        row(cell(P(N('Row one stays.'))) + cell(P(X('Expert one stays.')))) +
        row(cell(P(N('Inserted row words.'))) + cell(P(X('Inserted expert words.'))), `<w:ins w:id="1" ${BY}/>`) +
        // Deleted rows and cells, their text as some tools leave it (in w:t, not w:delText): not read.
        row(cell(P(N('Deleted row words.'))) + cell(P(X('Deleted expert words.'))), `<w:del w:id="2" ${BY}/>`) +
        row(cell(P(X('Deleted cell words.')), `<w:cellDel w:id="3" ${BY}/>`) + cell(P(N('Kept cell.'))) + cell(P(X('New cell words.')), `<w:cellIns w:id="4" ${BY}/>`)) +
        row(cell(P(N('Taller row.'))) + cell(P(X('Expert taller.'))), `<w:trHeight w:val="800"/><w:trPrChange w:id="5" ${BY}><w:trPr><w:trHeight w:val="400"/></w:trPr></w:trPrChange>`),
      ) +
      P(N('Narrator after.'));
    const analysis = await analyse(body);
    expect(texts(analysis)).toEqual([
      'Narrator before the table.',
      'Row one stays.',
      'Expert one stays.',
      'Inserted row words.',
      'Inserted expert words.',
      'Kept cell.',
      'New cell words.',
      'Taller row.',
      'Expert taller.',
      'Narrator after.',
    ]);
    // Narrator: 4 + 3 + 3 + 2 + 2 + 2 = 16; Expert: 3 + 3 + 3 + 2 = 11.
    expect(words(analysis)).toEqual({ Narrator: 16, Expert: 11, unassigned: 0 });
    expect(analysis.script.facts.changes).toEqual({ insertions: 2, deletions: 2, moves: 0, formatting: 1, colourChanges: 0, paragraphs: [4, 6, 7, 8] });
    expect(tracked(analysis)).toEqual({
      code: 'tracked-changes',
      message:
        'The file holds 5 tracked changes (2 insertions, 2 deletions, 1 formatting change; first at ¶4, also ¶6, ¶7…); they were counted as accepted. The counts take in the text inserted and the formatting as changed (a line whose colour changed is counted in its new voice) and leave out the text deleted: accept or reject the changes before the session.',
      details: { countedAs: 'accepted', changes: 5, insertions: 2, deletions: 2, moves: 0, formatting: 1, colourChanges: 0, paragraphs: [4, 6, 7, 8] },
    });
  });

  it('the cells after a deleted one take its place: a two-column A/V table keeps its voice column', async () => {
    const body = table(
      row(cell(P(r('VISUAL'))) + cell(P(r('VOICE')))) +
      row(cell(P(r('Old shot.')), `<w:cellDel w:id="1" ${BY}/>`) + cell(P(r('Shot of the sea.'))) + cell(P(N('The sea is calm today.')))),
    );
    const analysis = await analyse(body);
    expect(texts(analysis)).toEqual(['VISUAL', 'VOICE', 'Shot of the sea.', 'The sea is calm today.']);
    expect(analysis.script.paragraphs.map((p) => p.location.cell && [p.location.cell.row, p.location.cell.column])).toEqual([[1, 1], [1, 2], [2, 1], [2, 2]]);
    expect(analysis.script.facts.changes).toEqual({ insertions: 0, deletions: 1, moves: 0, formatting: 0, colourChanges: 0, paragraphs: [3] });
  });
});

describe('text moved under review is one move', () => {
  const moveFromPara = (text: string, from: string) =>
    `<w:p><w:pPr><w:rPr><w:moveFrom w:id="11" ${BY}/></w:rPr></w:pPr>${from ? `<w:moveFromRangeStart w:id="10" ${BY} w:name="${from}"/>` : ''}<w:moveFrom w:id="12" ${BY}>${N(text)}</w:moveFrom>${from ? '<w:moveFromRangeEnd w:id="10"/>' : ''}</w:p>`;
  const moveToPara = (text: string, to: string) =>
    `<w:p><w:pPr><w:rPr><w:moveTo w:id="14" ${BY}/></w:rPr></w:pPr>${to ? `<w:moveToRangeStart w:id="13" ${BY} w:name="${to}"/>` : ''}<w:moveTo w:id="15" ${BY}>${N(text)}</w:moveTo>${to ? '<w:moveToRangeEnd w:id="13"/>' : ''}</w:p>`;

  it('a paragraph moved down, as Word writes it (named ranges): read where it now stands, counted once', async () => {
    const analysis = await analyse(P(N('First narrator line.')) + moveFromPara('Moved narrator line.', 'move1') + P(X('Expert in the middle.')) + moveToPara('Moved narrator line.', 'move1'));
    expect(texts(analysis)).toEqual(['First narrator line.', 'Expert in the middle.', 'Moved narrator line.']);
    expect(words(analysis)).toEqual({ Narrator: 6, Expert: 4, unassigned: 0 });
    expect(tracked(analysis)).toEqual({
      code: 'tracked-changes',
      message:
        'The file holds 1 tracked change (1 move; at ¶3); they were counted as accepted. The counts take in the text inserted and the text moved where it now stands and leave out the text deleted: accept or reject the changes before the session.',
      details: { countedAs: 'accepted', changes: 1, insertions: 0, deletions: 0, moves: 1, formatting: 0, colourChanges: 0, paragraphs: [3] },
    });
  });

  it('without named ranges: one move per paragraph the text arrives in; text moved away that arrives nowhere is a deletion', async () => {
    const moved = await analyse(moveToPara('Moved up first.', '') + P(N('Then the rest.')) + moveFromPara('Moved up first.', ''));
    expect(texts(moved)).toEqual(['Moved up first.', 'Then the rest.']);
    expect(moved.script.facts.changes).toEqual({ insertions: 0, deletions: 0, moves: 1, formatting: 0, colourChanges: 0, paragraphs: [1] });
    const lost = await analyse(P(N('Kept line.')) + moveFromPara('Gone elsewhere.', 'move9'));
    expect(texts(lost)).toEqual(['Kept line.']);
    expect(lost.script.facts.changes).toEqual({ insertions: 0, deletions: 1, moves: 0, formatting: 0, colourChanges: 0, paragraphs: [] });
  });
});
