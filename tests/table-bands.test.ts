/**
 * Scripts set in tables whose table style bands the rows (tests/fixtures/table-style/, made by
 * scripts/build-table-style-fixtures.py): the band's fill is the table's decoration, not a voice —
 * a legend's "in blue" means the blue text, `colors` says so, a voice per colour keeps a voice's lines
 * together; a fill that alone tells the rows apart stays a voice's colour. DOCX and its PDF alike.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { castByColour } from '../src/attribute/cast.js';
import { bandedFills } from '../src/attribute/table-bands.js';
import { analyseScript } from '../src/pipeline.js';
import { buildColourReport } from '../src/measure/colours.js';
import type { Hex, Paragraph, Script } from '../src/model.js';
import { readScript } from '../src/readers/index.js';
import { headingParagraphs } from '../src/text/headings.js';
import { runCli } from './helpers/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string) => join(root, 'tests', 'fixtures', 'table-style', name);

const run = (args: string[], cwd: string) => runCli(args, cwd);

/** A table of rows `[fill, [text, colour]…]`, one paragraph per cell, after a title paragraph. */
function table(rows: [Hex | null, ...[string, Hex][]][]): Script {
  const paragraphs: Paragraph[] = [{ runs: [{ text: 'Script', color: '#000000', background: null }], location: { story: 'body', paragraph: 1 } }];
  rows.forEach(([fill, ...cells], r) =>
    cells.forEach(([text, color], c) =>
      paragraphs.push({ runs: [{ text, color, background: fill }], location: { story: 'body', paragraph: paragraphs.length + 1, cell: { table: 1, row: r + 1, column: c + 1 } } }),
    ),
  );
  return { file: 'table.docx', format: 'docx', paragraphs, warnings: [], facts: { trackedChanges: false } };
}

const BAND = '#D9E2F3';
const BLUE = '#0070C0';
const GREEN = '#00B050';
const BLACK = '#000000';

describe('bandedFills', () => {
  it('rows filled in turn that blue and green lines both cross are banded (a header row in a fill of its own aside)', () => {
    const s = table([
      ['#4472C4', ['Speaker', '#FFFFFF'], ['Line', '#FFFFFF']],
      [BAND, ['Narrator', BLACK], ['Welcome to the module.', BLUE]],
      [null, ['Trainer', BLACK], ['Put your helmet on.', GREEN]],
      [BAND, ['Trainer', BLACK], ['Forklifts have priority.', GREEN]],
      [null, ['Narrator', BLACK], ['Every exit is marked.', BLUE]],
    ]);
    expect([...bandedFills(s)]).toEqual([BAND]);
    // The header row is a heading: its colours are no voice's.
    expect([...headingParagraphs(s.paragraphs)].map((p) => p.runs[0]!.text)).toEqual(['Speaker', 'Line']);
    // A voice per colour goes by the text colour across the bands; the header's fill stays a group of its own.
    expect(castByColour(s).voices.map((v) => [v.name, v.colors, v.highlights])).toEqual([
      ['#000000 black', [BLACK], []],
      ['#4472C4 blue background', [], ['#4472C4']],
      ['#0070C0 blue', [BLUE], []],
      ['#00B050 green', [GREEN], []],
    ]);
  });

  it('a fill that alone tells alternating speakers apart (black text throughout) is a voice, not a band', () => {
    const s = table([
      ['#FFFF00', ['HOST', BLACK], ['Welcome back to the show.', BLACK]],
      [null, ['GUEST', BLACK], ['Thanks for having me.', BLACK]],
      ['#FFFF00', ['HOST', BLACK], ['Tell us about the book.', BLACK]],
      [null, ['GUEST', BLACK], ['It started as a diary.', BLACK]],
    ]);
    expect([...bandedFills(s)]).toEqual([]);
    expect(castByColour(s).voices.map((v) => v.name)).toEqual(['#000000 black', '#FFFF00 yellow background']);
  });

  it('black text throughout, but the speakers named in the first column cross the fills: banded', () => {
    const s = table([
      [BAND, ['NARRATOR', BLACK], ['Welcome to the module.', BLACK]],
      [null, ['TRAINER', BLACK], ['Put your helmet on.', BLACK]],
      [BAND, ['TRAINER', BLACK], ['Forklifts have priority.', BLACK]],
      [null, ['NARRATOR', BLACK], ['Every exit is marked.', BLACK]],
    ]);
    expect([...bandedFills(s)]).toEqual([BAND]);
    // As a PDF sets such rows: one line, the name before a tab, every line in the table's one cell.
    const pdf = table([[BAND, ['NARRATOR\tWelcome to the module.', BLACK]]]);
    for (const [fill, text] of [[null, 'TRAINER\tPut your helmet on.'], [BAND, 'TRAINER\tForklifts have priority.'], [null, 'NARRATOR\tEvery exit is marked.']] as const) {
      pdf.paragraphs.push({ runs: [{ text, color: BLACK, background: fill }], location: { story: 'body', paragraph: pdf.paragraphs.length + 1, cell: { table: 1, row: 1, column: 1 } } });
    }
    expect([...bandedFills(pdf)]).toEqual([BAND]);
  });

  it('rows whose lines keep one text colour per fill, a pattern broken once, or three rows only are no bands', () => {
    const aligned = table([
      [BAND, ['A line in blue on the band.', BLUE]],
      [null, ['A line in green off it.', GREEN]],
      [BAND, ['Blue again on the band.', BLUE]],
      [null, ['Green again off it.', GREEN]],
    ]);
    expect([...bandedFills(aligned)]).toEqual([]);
    const broken = table([
      [BAND, ['One.', BLUE]],
      [null, ['Two.', GREEN]],
      [null, ['Three.', BLUE]],
      [BAND, ['Four.', GREEN]],
    ]);
    expect([...bandedFills(broken)]).toEqual([]);
    const short = table([
      [BAND, ['One.', BLUE]],
      [null, ['Two.', GREEN]],
      [BAND, ['Three.', GREEN]],
    ]);
    expect([...bandedFills(short)]).toEqual([]);
  });

  it('a fill used outside the bands too (a highlighted line below the table) is no band', () => {
    const s = table([
      [BAND, ['Welcome.', BLUE]],
      [null, ['Helmet on.', GREEN]],
      [BAND, ['Priority.', GREEN]],
      [null, ['Exits.', BLUE]],
    ]);
    s.paragraphs.push({ runs: [{ text: 'A highlighted line after the table.', color: BLACK, background: BAND }], location: { story: 'body', paragraph: 6 } });
    expect([...bandedFills(s)]).toEqual([]);
  });
});

describe('a script in a banded table (Word\'s "Medium Shading 1 – Accent 1"), DOCX and its LibreOffice PDF', () => {
  for (const ext of ['docx', 'pdf']) {
    it(`${ext}: the legend's "Narrator in blue, Trainer in green" names the text colours, not the bands`, async () => {
      const analysis = await analyseScript(await readScript(fixture(`banded-text-colours.${ext}`)));
      expect(analysis.report.voices.map((v) => [v.name, v.colors, v.lines.length, v.words])).toEqual([
        ['Narrator', [BLUE], 4, 39],
        ['Trainer', [GREEN], 3, 25],
      ]);
      expect(analysis.report.warnings.map((w) => w.code)).not.toContain('legend-not-used');
    });

    it(`${ext}: colors marks the band and the header row; no voice per colour takes the band`, async () => {
      const script = await readScript(fixture(`banded-text-colours.${ext}`));
      const band = ext === 'docx' ? '#D3DFEE' : '#D3DFEE';
      expect(buildColourReport(script).background.map((u) => [u.hex, u.words, u.banded ?? false, u.headings ?? false])).toEqual([
        // The names (Speaker column) are no words (name-cells.ts): in the PDF, whose reader keeps the rows in one cell, "Narrator⇥…".
        [band, 34, true, false],
        ['#4F81BD', 2, false, true],
      ]);
      const groups = castByColour(script);
      expect(groups.voices.map((v) => v.name)).toEqual(['#000000 black', '#4F81BD blue background', '#0070C0 blue', '#00B050 green']);
      const words = (name: string) => groups.lines.filter((l) => l.voice === name).reduce((sum, l) => sum + l.words, 0);
      expect([words('#0070C0 blue'), words('#00B050 green')]).toEqual([39, 25]);
    });

    it(`${ext}: rows coded by the writer's own cell shading (yellow, green) in the same banded style keep those voices`, async () => {
      const analysis = await analyseScript(await readScript(fixture(`banded-cell-shading.${ext}`)));
      expect(analysis.report.voices.map((v) => [v.name, v.highlights, v.lines.length, v.words])).toEqual([
        ['Narrator', ['#FFFF00'], 4, 39],
        ['Trainer', ['#92D050'], 3, 25],
      ]);
    });
  }

  it('no colour coding, the speakers in the first column (DOCX): the hint and `init` take the names, not the band', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-lines-bands-'));
    copyFileSync(fixture('banded-speaker-column.docx'), join(dir, 'script.docx'));
    const hint = run(['script.docx'], dir);
    expect(hint.code).toBe(0);
    // Each row one line "NARRATOR⇥…", as its PDF reads it (label-rows.ts): 4 lines, not 8; the names not counted (name-cells.ts).
    expect(hint.stdout).toContain('  #D3DFEE pale blue     34      4  "NARRATOR Welcome to the safety module for the …" (a table\'s banded rows)\n');
    expect(hint.stdout).toContain('Next: every line is #000000 black (its headings aside): no colour coding to read, but the lines open with speaker labels (NARRATOR and TRAINER).');
    expect(run(['init', 'script.docx'], dir).code).toBe(0);
    const config = readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8');
    expect(config).toMatch(/^ {2}NARRATOR: \{ label: "NARRATOR" \}/m);
    expect(config).toMatch(/^ {2}TRAINER: \{ label: "TRAINER" \}/m);
    expect(config).not.toContain('D3DFEE');
  });

  it('no colour coding, the speakers in the first column (PDF, where each row is one line "NARRATOR⇥…"): the band is no voice, the names are', async () => {
    const script = await readScript(fixture('banded-speaker-column.pdf'));
    expect([...bandedFills(script)]).toEqual(['#D3DFEE']);
    expect(castByColour(script).voices.map((v) => v.name)).toEqual(['#000000 black', '#4F81BD blue background']);
    const dir = mkdtempSync(join(tmpdir(), 'vo-lines-bands-'));
    copyFileSync(fixture('banded-speaker-column.pdf'), join(dir, 'script.pdf'));
    expect(run(['init', 'script.pdf'], dir).code).toBe(0);
    const config = readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8');
    expect(config).toMatch(/^ {2}NARRATOR: \{ label: "NARRATOR" \}   # 39 words, 4 lines$/m);
    expect(config).toMatch(/^ {2}TRAINER: \{ label: "TRAINER" \}   # 25 words, 3 lines$/m);
  });

  it('DOCX: the reader marks the table style\'s banding (table-band), the writer\'s own cell shading stays shading', async () => {
    const kinds = async (name: string) => {
      const script = await readScript(fixture(name));
      return [...new Set(script.paragraphs.flatMap((x) => x.runs.filter((y) => y.background).map((y) => `${y.background} ${y.backgroundKind}`)))].sort();
    };
    expect(await kinds('banded-text-colours.docx')).toEqual(['#4F81BD shading', '#D3DFEE table-band']);
    expect(await kinds('banded-cell-shading.docx')).toEqual(['#4F81BD shading', '#92D050 shading', '#FFFF00 shading']);
  });

  it('black text, no names, a banded style: the DOCX says the band is its style\'s (no coding to read); its PDF, which keeps no style, cannot tell it from a fill that codes alternate lines', async () => {
    const docx = await readScript(fixture('banded-black-text.docx'));
    expect([...bandedFills(docx)]).toEqual(['#D3DFEE']);
    expect(castByColour(docx).voices.map((v) => v.name)).toEqual(['#000000 black', '#4F81BD blue background']);
    const pdf = await readScript(fixture('banded-black-text.pdf'));
    expect([...bandedFills(pdf)]).toEqual([]);
    expect(castByColour(pdf).voices.map((v) => v.name)).toEqual(['#000000 black', '#4F81BD blue background', '#D3DFEE pale blue background']);
  });

  it('the CLI: `colors` says which fill is the banded rows; `init` writes no voice for it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-lines-bands-'));
    copyFileSync(fixture('banded-text-colours.docx'), join(dir, 'script.docx'));
    const colours = run(['colors', 'script.docx'], dir);
    expect(colours.code).toBe(0);
    expect(colours.stdout).toContain('  #D3DFEE pale blue     34      4  "Narrator Welcome to the safety module for the …" (a table\'s banded rows)\n');
    expect(colours.stdout).toContain('  #4F81BD blue           2      2  "Speaker" (headings only)\n');
    const init = run(['init', 'script.docx'], dir);
    expect(init.code).toBe(0);
    const config = readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8');
    expect(config).toContain('  Narrator: { color: "#0070C0" }');
    expect(config).toContain('  Trainer: { color: "#00B050" }');
    expect(config).not.toContain('D3DFEE');
  });
});
