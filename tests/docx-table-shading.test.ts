/**
 * Cells that say "no shading" in tables shaded some other way (tests/fixtures/docx-table-shading/,
 * made by scripts/build-docx-table-shading-fixtures.py). A cell's own `w:shd` is its shading: the
 * table's (`w:tblPr/w:shd`) and the table style's are superseded by it (ECMA-376 §17.4.31/§17.4.32),
 * so a cell that says "No Color" (`clear`, fill `auto`, as Word writes it) or `nil` is not in the
 * table's colour. Before, such a cell fell through to the table's shading and its lines became a voice
 * of that colour (docx4j's tables.docx: "Cell 1a"–"Cell 1d" as a gold voice).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { readScript } from '../src/readers/index.js';
import { runCli, ROOT } from './helpers/cli.js';
import { spans, textOf, type Span } from './helpers/spans.js';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'docx-table-shading', 'cell-no-shading-en.docx');

const span = (text: string, color = '#000000', background: string | null = null, kind?: string): Span =>
  background === null ? { text, color, background } : { text, color, background, kind: kind! };

describe('cell shading that says "none" in a shaded table', () => {
  it('each line has the background its cell (or paragraph) shows', async () => {
    const script = await readScript(FIXTURE);
    expect(script.paragraphs.map((p) => [p.location.cell ?? null, spans(p)])).toEqual([
      [null, [span('Museum audio guide, room 3: maps and globes')]],
      // Table 1: gold table shading with cell spacing (w:tblPr/w:shd): between the cells only.
      [{ table: 1, row: 1, column: 1 }, [span('Welcome to the room of maps and globes.')]],
      [{ table: 1, row: 2, column: 1 }, [span('Look for the oldest globe, near the window.', '#000000', '#DEEBF7', 'shading')]],
      [{ table: 1, row: 3, column: 1 }, [span('It was made in Nuremberg in 1492.')]],
      [{ table: 1, row: 4, column: 1 }, [span('The sea monsters were drawn by hand.', '#000000', '#DEEBF7', 'shading')]],
      // Table 2: a table style shading every cell green and its header row yellow; "No Color" cells show none.
      [{ table: 2, row: 1, column: 1 }, [span('Questions from the family trail')]],
      [{ table: 2, row: 2, column: 1 }, [span('Why is the globe so dark?', '#000000', '#E2EFDA', 'shading')]],
      [{ table: 2, row: 3, column: 1 }, [span('Because the varnish turned brown over five hundred years.')]],
      [{ table: 2, row: 4, column: 1 }, [span('Can I touch it?', '#000000', '#E2EFDA', 'shading')]],
      // Table 3: a blue cell; a paragraph shading with fill auto shows the cell, a yellow one shows itself;
      // a nested table's "No Color" cell shows the blue cell it stands in.
      [{ table: 3, row: 1, column: 1 }, [span('Every map here was printed from a copper plate.', '#000000', '#DEEBF7', 'shading')]],
      [{ table: 3, row: 1, column: 1 }, [span('We clean each plate once a year.', '#000000', '#FFD966', 'shading')]],
      [{ table: 4, row: 1, column: 1 }, [span('Ask at the desk to see one.', '#000000', '#DEEBF7', 'shading')]],
      [{ table: 3, row: 1, column: 1 }, [span('Thank you for visiting.', '#000000', '#DEEBF7', 'shading')]],
    ]);
  });

  it('summary --json --no-config: no voice in the table\'s gold; the "No Color" cells are with the black text', () => {
    const result = runCli(['summary', '--no-config', '--json', FIXTURE]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { voices: { name: string; lineCount: number; words: number; lines: { text: string }[] }[]; warnings: { code: string }[] };
    expect(report.voices.map((v) => [v.name, v.lineCount, v.words, v.lines.map((l) => l.text)])).toEqual([
      [
        '#000000 black',
        5,
        37,
        [
          'Museum audio guide, room 3: maps and globes',
          'Welcome to the room of maps and globes.',
          'It was made in Nuremberg in 1492.',
          'Questions from the family trail',
          'Because the varnish turned brown over five hundred years.',
        ],
      ],
      [
        '#DEEBF7 pale blue background',
        5,
        35,
        [
          'Look for the oldest globe, near the window.',
          'The sea monsters were drawn by hand.',
          'Every map here was printed from a copper plate.',
          'Ask at the desk to see one.',
          'Thank you for visiting.',
        ],
      ],
      ['#E2EFDA pale green background', 2, 10, ['Why is the globe so dark?', 'Can I touch it?']],
      ['#FFD966 gold background', 1, 7, ['We clean each plate once a year.']],
    ]);
    expect(report.warnings.map((w) => w.code)).toEqual([]);
  });

  it('the same through analyse(): 13 lines, 89 words', async () => {
    const { report } = await analyse(FIXTURE, { noConfig: true });
    expect([report.total.lineCount, report.total.words]).toEqual([13, 89]);
    expect(report.voices.map((v) => v.name)).not.toContain('#FFC000 gold background');
    const script = await readScript(FIXTURE);
    expect(script.paragraphs.filter((p) => p.runs.some((r) => r.background === '#FFC000')).map(textOf)).toEqual([]);
  });
});

describe('a table shaded as a whole (w:tblPr/w:shd), its cells with no shading of their own', () => {
  const ONLY = join(ROOT, 'tests', 'fixtures', 'docx-table-shading', 'table-shading-only-en.docx');

  it('the cells are read without the table\'s shading, as Word and LibreOffice show them; a cell\'s own shading shows', async () => {
    const script = await readScript(ONLY);
    expect(script.paragraphs.map(spans)).toEqual([
      [span('Museum audio guide, room 4: the clock room')],
      [span('Every clock in this room still keeps time.')],
      [span('The tallest one was wound by hand for two hundred years.', '#000000', '#DEEBF7', 'shading')],
      [span('Listen: they all strike noon together.')],
      [span('Please do not touch the pendulums.')],
    ]);
  });

  it('said once, with the colour and how many paragraphs, at the first', () => {
    const result = runCli(['summary', '--no-config', '--json', ONLY]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { voices: { name: string; lineCount: number; words: number }[]; warnings: { code: string; message: string; details: unknown; location: unknown }[] };
    expect(report.voices.map((v) => [v.name, v.lineCount, v.words])).toEqual([
      ['#000000 black', 4, 28],
      ['#DEEBF7 pale blue background', 1, 11],
    ]);
    expect(report.warnings).toEqual([
      {
        code: 'table-shading-unshown',
        message:
          'A table has a shading of its own, #FCE4D6 pale orange (w:tblPr/w:shd), and cells with none: Word shows that shading only between cells (when they are spaced apart) and LibreOffice not at all, so vo-lines reads those cells without it. If it marks a voice, shade the cells themselves. (2 paragraphs)',
        location: { story: 'body', paragraph: 2, cell: { table: 1, row: 1, column: 1 } },
        details: { colour: '#FCE4D6', paragraphs: 2 },
      },
    ]);
  });
});
