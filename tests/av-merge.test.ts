/**
 * AV storyboards with merged cells, and storyboards coded by whole rows (attribute/av-columns.ts, the
 * DOCX reader's grid columns, the PDF reader's cells by their borders). Fixtures from
 * scripts/build-av-merge-fixtures.py (python-docx; LibreOffice's DOCX from HTML with colspan; PDFs by
 * LibreOffice). Every count below is counted by hand from the builder's text.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { readScript } from '../src/readers/index.js';
import { cellAt, type RuledTable } from '../src/readers/pdf/tables.js';
import { formatLocation } from '../src/text/format.js';
import type { Warning } from '../src/model.js';
import { tempConfigs } from './helpers/temp-configs.js';

const DIR = join(__dirname, 'fixtures', 'av-merge');
const { configOf } = tempConfigs('vo-av-merge-');

async function voices(file: string) {
  const { report } = await analyse(join(DIR, file));
  const got: Record<string, { lines: string[]; words: number }> = {};
  for (const v of report.voices) got[v.name] = { lines: v.lines.map((l) => l.text), words: v.words };
  return { report, got };
}

const av = (warnings: readonly Warning[]) => warnings.find((w) => w.code === 'av-picture-column');

const LABEL_LINES = {
  Narrator: {
    lines: ['Welcome to the induction course for new starters.', 'The site has three zones, each with its own rules.', 'That is the end of the course. Thank you.'],
    words: 27,
  },
  Expert: { lines: ['Meet our chief executive, who will explain why safety comes first here.'], words: 12 },
};

describe('a row whose # and Screen cells are merged (a section label): its narration is the audio column’s', () => {
  it.each(['label-merged-en.docx', 'label-merged-en.pdf', 'label-merged-lo-en.docx', 'label-merged-lo-en.pdf', 'set-in-en.docx', 'set-in-en.pdf'])(
    '%s: the Expert’s line under Narration (VO), column 3; nothing said (the picture columns are black)',
    async (file) => {
      const { report, got } = await voices(file);
      expect(got).toEqual(LABEL_LINES);
      const expert = report.voices.find((v) => v.name === 'Expert')!.lines[0]!;
      expect(expert.location.cell).toEqual({ table: 1, row: 3, column: 3 });
      // The picture columns hold no voice's colour: the rule changed nothing to say.
      expect(av(report.warnings)).toBeUndefined();
      // The section label is no line of a voice, and the notes beside it are read as they are (black: nobody's).
      expect(report.unassigned.lines.map((l) => l.text)).toEqual(expect.arrayContaining(['Play clip', 'Section B – Wrap up', 'Fade']));
    },
  );

  it('the DOCX reader numbers cells by the grid: a merged cell (w:gridSpan, w:hMerge) covers its columns, a row set in (w:gridBefore) starts further in', async () => {
    const cells = async (file: string) =>
      (await readScript(join(DIR, file))).paragraphs.filter((p) => p.location.cell).map((p) => [p.runs.map((r) => r.text).join(''), p.location.cell]);
    const merged = await cells('label-merged-en.docx');
    expect(merged).toContainEqual(['Section A – Intro video', { table: 1, row: 3, column: 1, span: 2 }]);
    expect(merged).toContainEqual(['Play clip', { table: 1, row: 3, column: 4 }]);
    const setIn = await cells('set-in-en.docx');
    // Row 3 has no cells for # and Screen: set in by two grid columns.
    expect(setIn).toContainEqual(['Play clip', { table: 1, row: 3, column: 4 }]);
    // Row 5's label over two cells merged the old way (hMerge restart + continue).
    expect(setIn).toContainEqual(['Section B – Wrap up', { table: 1, row: 5, column: 1, span: 2 }]);
    expect(setIn).toContainEqual(['That is the end of the course. Thank you.', { table: 1, row: 5, column: 3 }]);
    expect(setIn).toContainEqual(['Fade', { table: 1, row: 5, column: 4 }]);
  });
});

describe('cells merged across and down, whole rows in the voice’s colour (the notes black)', () => {
  it.each(['merges-en.docx', 'merges-en.pdf'])('%s: each voice’s narration once, the merged cells read where they stand', async (file) => {
    const { report, got } = await voices(file);
    expect(got).toEqual({
      // One narration merged down over two rows: one cell, one paragraph, one line (the PDF's too).
      Narrator: { lines: ['Welcome. Over the next two screens we meet the team that keeps you safe.', 'Thank you.'], words: 16 },
      // Screen + Narration merged, Narration + Notes merged: both cover the audio column.
      Expert: { lines: ['Here is the first rule: wear your badge at all times.', 'Visitors get a red badge at the desk.'], words: 19 },
    });
    const at = (voice: string) => report.voices.find((v) => v.name === voice)!.lines.map((l) => l.location.cell);
    // Each row as the # column numbers it too: the narration merged down over rows 2 and 3, screens 1 and 2.
    expect(at('Narrator')).toEqual([
      { table: 1, row: 2, column: 3, rows: 2, numbered: '#1–2' },
      { table: 1, row: 6, column: 3, numbered: '#5' },
    ]);
    expect(at('Expert')).toEqual([
      { table: 1, row: 4, column: 2, span: 2, numbered: '#3' },
      { table: 1, row: 5, column: 3, span: 2, numbered: '#4' },
    ]);
    // Row 3's on-screen text, beside the narration merged down from row 2, is on-screen text too.
    expect(report.unassigned.lines.map((l) => l.text)).toEqual(expect.arrayContaining(['Welcome screen with logo', 'Team photo', 'Badge close-up', 'End card']));
    const warning = av(report.warnings)!;
    // Welcome screen with logo (4), Team photo (2), Badge close-up (2), End card (2): in 4 rows.
    expect(warning.details).toMatchObject({ leftOut: 10, leftOutFor: ['Narrator', 'Expert'], leftOutCells: 4, leftOutRows: 4 });
    expect(warning.details).not.toHaveProperty('kept');
    expect(warning.message).toContain('10 words there are typed in voices’ colours (Narrator and Expert) in 4 rows whose Narration (VO) column holds the line');
  });

  it('a merged cell’s place says the columns and rows it covers', () => {
    expect(formatLocation({ story: 'body', paragraph: 9, cell: { table: 1, row: 2, column: 3, rows: 2 } })).toBe('¶9 (table 1, rows 2–3, col 3)');
    expect(formatLocation({ story: 'body', paragraph: 4, page: 1, cell: { table: 1, row: 4, column: 2, span: 2 } })).toBe('p.1 ¶4 (table 1, row 4, cols 2–3)');
    expect(formatLocation({ story: 'body', paragraph: 4, cell: { table: 2, row: 4, column: 2, span: 3 } }, 'fr')).toBe('¶4 (tableau 2, ligne 4, col. 2–4)');
  });
});

const FIRE = {
  Narrator: { lines: ['Welcome to fire safety training. It takes ten minutes.', 'Remember the word pass: pull, aim, squeeze and sweep.'], words: 18 },
  Expert: { lines: ['I am Dana, the site fire marshal. Let us look at the red cylinder on the wall.', 'Take a moment and choose the nearest exit.'], words: 25 },
};

describe('a storyboard coded by whole rows: only the narration is the voice’s', () => {
  it.each(['rowcolour-en.docx', 'rowcolour-en.pdf', 'rowshade-en.docx', 'rowshade-en.pdf', 'rowshade-title-en.docx', 'rowshade-title-en.pdf'])(
    '%s: the Notes / Animation cells in the row’s look are no lines; both voices said',
    async (file) => {
      const { report, got } = await voices(file);
      const shaded = file.startsWith('rowshade');
      expect(report.voices.map((v) => [v.name, v.colors.length ? v.colors : v.highlights])).toEqual([
        ['Narrator', [shaded ? '#FFFF00' : '#0070C0']],
        ['Expert', [shaded ? '#92D050' : '#00B050']],
      ]);
      expect(got).toEqual(FIRE);
      // Each line's cue is the other voice's line before it, never a note (`sides` prints it).
      expect(report.voices.map((v) => v.lines.map((l) => l.cue?.text ?? null))).toEqual([
        [null, FIRE.Expert.lines[0]],
        [FIRE.Narrator.lines[0], FIRE.Narrator.lines[1]],
      ]);
      expect(report.unassigned.lines.map((l) => l.text)).toEqual(expect.arrayContaining(['Logo sting', 'Dana on camera', 'Build letters one by one', 'Wait for click']));
      const warning = av(report.warnings)!;
      // # (1 word a row) and screen text (4 + 7 + 6 + 6): 27 words in 4 rows; notes 2 + 3 + 5 + 3 = 13 in 4 rows.
      expect(warning.details).toMatchObject({
        leftOut: 27,
        leftOutFor: ['Narrator', 'Expert'],
        leftOutCells: 8,
        leftOutRows: 4,
        rowLook: 13,
        rowLookFor: ['Narrator', 'Expert'],
        rowLookColumns: ['Notes / Animation'],
        rowLookRows: 4,
      });
      const row = shaded && file.includes('title') ? 3 : 2;
      expect((warning.details!.firstRowLook as { cell: unknown }).cell).toEqual({ table: 1, row, column: 4, numbered: '#1' });
      expect((warning.details!.firstLeftOut as { cell: unknown }).cell).toEqual({ table: 1, row, column: 2, numbered: '#1' });
      expect(warning.message).toContain('27 words there are typed in voices’ colours (Narrator and Expert) in 4 rows whose Narration (VO) column holds the line');
      expect(warning.message).toContain('“Title card: Fire Safety”');
      expect(warning.message).toContain('13 words of the Notes / Animation column are in the look of their rows’ Narration (VO) words (Narrator and Expert), in 4 rows (the first at ');
      expect(warning.message).toContain('“Logo sting”), and nothing else says they are read');
    },
  );

  it.each(['speaker-rowcolour-en.docx', 'speaker-rowcolour-en.pdf'])('%s: a Speaker column’s names stay labels; the notes are no lines, by colour or by label', async (file) => {
    const byColour = await voices(file);
    expect(byColour.got).toEqual(FIRE);
    expect(av(byColour.report.warnings)!.details).toMatchObject({ rowLook: 13, rowLookColumns: ['Notes'], rowLookRows: 4 });
    // Voices told by the names in the Speaker column: the column is read as it is, its names the labels.
    const config = { voices: { Narrator: { label: 'NARRATOR' }, Dana: { label: 'DANA' } } };
    const { report } = await analyse(join(DIR, file), { config: configOf(`labels-${file}`, config) });
    expect(report.voices.map((v) => [v.name, v.lines.map((l) => l.text), v.words])).toEqual([
      ['Narrator', FIRE.Narrator.lines, 18],
      ['Dana', FIRE.Expert.lines, 25],
    ]);
  });

  it.each(['notes-coloured-en.docx', 'notes-coloured-en.pdf'])('%s (control): a note in a look of its own is read as it is', async (file) => {
    const { report, got } = await voices(file);
    expect(got).toEqual(FIRE);
    expect(report.unassigned.lines.map((l) => l.text)).toContain('Build letters one by one');
    // Read as it is: a colour of no voice, said as such (no AV warning: nothing left out was a voice's).
    expect(report.warnings.map((w) => w.code)).toEqual(['unknown-colour']);
    expect(report.warnings[0]!.message).toContain('5 words in 1 line are #C00000 red, which is no voice\'s colour: "Build letters one by one"');
  });
});

describe('the PDF reader: a cell by the borders drawn around it', () => {
  // Four columns (x 0, 20, 120, 320, 400), four rows (y 0, 20, 60, 100, 140); row 2's # and Screen merged
  // (no border at x 20 between y 20 and 60); column 3 merged over rows 3 and 4 (no border at y 100 there).
  const h = (at: number, spans: [number, number][]) => ({ at, spans });
  const table: RuledTable = {
    box: [0, 0, 400, 140],
    rows: [h(0, [[0, 400]]), h(20, [[0, 400]]), h(60, [[0, 400]]), h(100, [[0, 120], [320, 400]]), h(140, [[0, 400]])],
    columns: [h(0, [[0, 140]]), h(20, [[0, 20], [60, 140]]), h(120, [[0, 140]]), h(320, [[0, 140]]), h(400, [[0, 140]])],
  };
  it('a cell merged across columns is in its first grid column and covers the others; the cells after it keep their grid columns', () => {
    expect(cellAt(table, 60, 40)).toEqual({ row: 2, column: 1, span: 2 });
    expect(cellAt(table, 200, 40)).toEqual({ row: 2, column: 3 });
    expect(cellAt(table, 10, 80)).toEqual({ row: 3, column: 1 });
  });
  it('a cell merged down rows is in its first row, however far down its text goes', () => {
    expect(cellAt(table, 200, 80)).toEqual({ row: 3, column: 3, rows: 2 });
    expect(cellAt(table, 200, 120)).toEqual({ row: 3, column: 3, rows: 2 });
    expect(cellAt(table, 360, 120)).toEqual({ row: 4, column: 4 });
  });
});
