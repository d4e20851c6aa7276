/**
 * Storyboard rows as their number column numbers them (readers/row-numbers.ts, `TableCell.numbered`,
 * shown by text/format.ts `formatLocation`), what `colors` says an AV table left out and why
 * (measure/colours.ts, render/text.ts), text typed in a cell merged into the one above
 * (`merged-cell-text`), and a table style's first column over a set-in row. Fixtures from
 * scripts/build-av-locs-fixtures.py (python-docx and raw XML; PDFs by LibreOffice); the av-merge ones
 * from scripts/build-av-merge-fixtures.py.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { readScript } from '../src/readers/index.js';
import { numberingHeader, numberRows } from '../src/readers/row-numbers.js';
import { formatLocation } from '../src/text/format.js';
import type { Paragraph } from '../src/model.js';
import { runCli } from './helpers/cli.js';

const DIR = join(__dirname, 'fixtures', 'av-locs');
const MERGE = join(__dirname, 'fixtures', 'av-merge');
const scratch = mkdtempSync(join(tmpdir(), 'vo-av-locs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const placesOf = async (file: string, voice: string) => {
  const { report } = await analyse(file, { config: null });
  return report.voices.find((v) => v.name === voice)!.lines.map((l) => formatLocation(l.location));
};

describe('a storyboard’s rows said by their number column too', () => {
  it.each([
    ['screens-en.docx', ''],
    ['screens-en.pdf', 'p.1 '],
  ])('%s: Screen 1, screen 2 merged down over two rows (both its rows), a section label merged across (none), screen 3', async (file, page) => {
    expect(await placesOf(join(DIR, file), 'Narrator')).toEqual([
      `${page}¶8 (table 1, row 2 · Screen 1, col 3)`,
      `${page}¶11 (table 1, row 3 · Screen 2, col 3)`,
      `${page}¶13 (table 1, row 4 · Screen 2, col 3)`,
      `${page}¶15 (table 1, row 5, col 3)`,
      `${page}¶18 (table 1, row 6 · Screen 3, col 3)`,
    ]);
  });

  it('the header row and the rows above it have none; the number cells themselves have theirs', async () => {
    const script = await readScript(join(DIR, 'screens-en.docx'));
    const cells = script.paragraphs.filter((p) => p.location.cell).map((p) => [p.runs.map((r) => r.text).join(''), p.location.cell!.numbered ?? null]);
    expect(cells.slice(0, 6)).toEqual([
      ['Screen', null],
      ['On-screen text', null],
      ['Narration (VO)', null],
      ['1', 'Screen 1'],
      ['Title card', 'Screen 1'],
      ['Welcome to the warehouse safety course.', 'Screen 1'],
    ]);
  });

  it.each(['plans-fr.docx', 'plans-fr.pdf'])('%s: N° 1.1, 1.2, 2.1; in French, « ligne 2 · N° 1.1 »', async (file) => {
    const { report } = await analyse(join(DIR, file), { config: null });
    const lines = report.voices.find((v) => v.name === 'Narrateur')!.lines;
    expect(lines.map((l) => l.location.cell?.numbered)).toEqual(['N° 1.1', 'N° 1.2', 'N° 2.1']);
    expect(formatLocation({ ...lines[0]!.location, page: undefined }, 'fr')).toBe('¶8 (tableau 1, ligne 2 · N° 1.1, col. 3)');
  });

  it.each(['shots-en.docx', 'shots-en.pdf'])('%s: numbers that name themselves (S01) stand alone', async (file) => {
    const { report } = await analyse(join(DIR, file), { config: null });
    expect(report.voices.find((v) => v.name === 'Narrator')!.lines.map((l) => l.location.cell?.numbered)).toEqual(['S01', 'S02']);
  });

  it.each(['described-en.docx', 'described-en.pdf'])('%s (control): a Screen column describing its screens, a TC column of time codes: no numbers, the rows as they were', async (file) => {
    const script = await readScript(join(DIR, file));
    expect(script.paragraphs.filter((p) => p.location.cell?.numbered !== undefined)).toEqual([]);
    expect((await placesOf(join(DIR, file), 'Narrator')).map((p) => p.replace(/^p\.1 /u, ''))).toEqual([
      '¶6 (table 1, row 2, col 2)',
      '¶8 (table 1, row 3, col 2)',
      '¶15 (table 2, row 2, col 3)',
      '¶18 (table 2, row 3, col 3)',
    ]);
  });

  it('merges-en: a narration merged down over rows numbered 1 and 2 says both (built CLI: lines, lines --json, export CSV)', () => {
    const text = runCli(['lines', join(MERGE, 'merges-en.docx'), '--voice', 'Narrator']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('  ¶9 (table 1, rows 2–3 · #1–2, col 3)  14 words  Welcome. Over the next two screens we meet the team that keeps you safe.\n');
    expect(text.stdout).toContain('  ¶22 (table 1, row 6 · #5, col 3)       2 words  Thank you.\n');
    const json = JSON.parse(runCli(['lines', join(MERGE, 'merges-en.docx'), '--voice', 'Narrator', '--json']).stdout) as { voices: { lines: { location: unknown }[] }[] };
    expect(json.voices[0]!.lines.map((l) => l.location)).toEqual([
      { story: 'body', paragraph: 9, cell: { table: 1, row: 2, column: 3, rows: 2, numbered: '#1–2' } },
      { story: 'body', paragraph: 22, cell: { table: 1, row: 6, column: 3, numbered: '#5' } },
    ]);
    const out = join(scratch, 'merges.csv');
    expect(runCli(['export', join(MERGE, 'merges-en.docx'), '--voice', 'Narrator', '-o', out]).code).toBe(0);
    expect(readFileSync(join(scratch, 'merges-Narrator.csv'), 'utf8')).toContain('"¶9 (table 1, rows 2–3 · #1–2, col 3)"');
  });
});

describe('numberRows: which columns number their rows', () => {
  it.each(['#', 'No.', 'N°', 'Nº', 'Number', 'Scene', 'Shot', 'Screen', 'Écran', 'Slide', 'Plan', 'Shot #', 'SHOT#', 'Scene no.', 'N° plan', 'N° d’écran', 'Écran :'])('%j is a number column’s header', (header) => {
    expect(numberingHeader(header)).toBe(true);
  });
  it.each(['TC', 'Time', 'Duration', 'Notes', 'Video', 'Narration', 'Screen text', 'Shot description', '# of takes left', ''])('%j is not', (header) => {
    expect(numberingHeader(header)).toBe(false);
  });

  const cell = (row: number, column: number, text: string, extra: { span?: number; rows?: number } = {}, paragraph = row * 10 + column): Paragraph => ({
    runs: [{ text, color: '#000000', background: null }],
    location: { story: 'body', paragraph, cell: { table: 1, row, column, ...extra } },
  });
  const numbered = (paragraphs: Paragraph[]) => {
    numberRows(paragraphs);
    return paragraphs.map((p) => p.location.cell!.numbered ?? null);
  };

  it('values 1, 1.1, 2-3, 12a, 05, #5 and Sc. 3; a header repeated on a later page (a PDF’s) is skipped', () => {
    const values = ['1', '1.1', '2-3', '12a', '05', '#5', 'Sc. 3'];
    const rows = [cell(1, 1, 'Scene'), cell(1, 2, 'VO'), ...values.flatMap((v, i) => [cell(i + 2, 1, v), cell(i + 2, 2, 'Line.')]), cell(9, 1, 'Scene'), cell(9, 2, 'VO'), cell(10, 1, '8'), cell(10, 2, 'Last.')];
    expect(numbered(rows)).toEqual([null, null, ...['Scene 1', 'Scene 1.1', 'Scene 2-3', 'Scene 12a', 'Scene 05', '#5', 'Sc. 3'].flatMap((v) => [v, v]), null, null, 'Scene 8', 'Scene 8']);
  });

  it('one cell that is no number (a description) and the column numbers nothing', () => {
    expect(numbered([cell(1, 1, 'Screen'), cell(1, 2, 'Narration'), cell(2, 1, '1'), cell(2, 2, 'Hi.'), cell(3, 1, 'Map of the site'), cell(3, 2, 'Bye.')])).toEqual([null, null, null, null, null, null]);
  });

  it('under a title merged across the table, the second row is the header; a label merged across the number column gives its row none', () => {
    expect(
      numbered([cell(1, 1, 'Module 2', { span: 2 }), cell(2, 1, '#'), cell(2, 2, 'VO'), cell(3, 1, '1'), cell(3, 2, 'Hi.'), cell(4, 1, 'Part two', { span: 2 }), cell(5, 1, '2'), cell(5, 2, 'Bye.')]),
    ).toEqual([null, null, null, '#1', '#1', null, '#2', '#2']);
  });

  it('a number cell merged down gives each row it covers its number; a cell merged down over rows numbered apart gets the range', () => {
    expect(numbered([cell(1, 1, '#'), cell(1, 2, 'VO'), cell(2, 1, '4', { rows: 2 }), cell(2, 2, 'One.'), cell(3, 2, 'Two.'), cell(4, 1, '5'), cell(4, 2, 'Three.', { rows: 2 }), cell(5, 1, '6')])).toEqual([
      null, null, '#4', '#4', '#4', '#5', '#5–6', '#6',
    ]);
  });

  it('a table with no header row of that kind, or of one row, is left as it is', () => {
    expect(numbered([cell(1, 1, '1'), cell(1, 2, 'Hi.'), cell(2, 1, '2'), cell(2, 2, 'Bye.')])).toEqual([null, null, null, null]);
    expect(numbered([cell(1, 1, '#'), cell(1, 2, 'VO')])).toEqual([null, null]);
  });
});

describe('`colors`: what an AV table left out, by why', () => {
  it('rowcolour-en.docx (built CLI): picture and number columns, and the notes typed in their row’s look, counted apart; JSON by why', () => {
    const text = runCli(['colors', join(MERGE, 'rowcolour-en.docx'), '--no-config']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('  #00B050 green     46      8  "2" (21 words of them left out: 15 in an AV table\'s picture or number columns, 6 in notes in their row\'s look (rows coded whole))\n');
    expect(text.stdout).toContain('  #000000 black     10      4  "Fire Safety — storyboard" (7 words of them in an AV table\'s header row: left out)\n');
    const json = JSON.parse(runCli(['colors', join(MERGE, 'rowcolour-en.docx'), '--no-config', '--json']).stdout) as { text: { hex: string; leftOut?: unknown }[] };
    expect(json.text.map((u) => [u.hex, u.leftOut])).toEqual([
      ['#00B050', { words: 21, lines: 6, picture: 15, rowLook: 6 }],
      ['#0070C0', { words: 19, lines: 6, picture: 12, rowLook: 7 }],
      ['#000000', { words: 7, lines: 3, headerRow: 7 }],
    ]);
  });

  it('rowshade-en.docx: black text left out for all three reasons', () => {
    const text = runCli(['colors', join(MERGE, 'rowshade-en.docx'), '--no-config']);
    expect(text.stdout).toContain('(47 words of them left out: 27 in an AV table\'s picture or number columns, 7 in its header row, 13 in notes in their row\'s look (rows coded whole))\n');
  });
});

describe('text typed in a cell merged into the one above it (w:vMerge going on)', () => {
  it('vmerge-text-en.docx: left out, as LibreOffice prints it (its PDF has no such text), and said', async () => {
    const { report } = await analyse(join(DIR, 'vmerge-text-en.docx'), { config: null });
    expect(report.voices.map((v) => [v.name, v.lines.map((l) => `${formatLocation(l.location)} ${l.text}`)])).toEqual([
      ['Narrator', ['¶8 (table 1, rows 2–3 · #1–2, col 3) Welcome to the course.', '¶13 (table 1, row 4 · #3, col 3) Thank you.']],
    ]);
    const warning = report.warnings.find((w) => w.code === 'merged-cell-text')!;
    expect(warning.message).toBe(
      '4 words are typed in a table cell merged into the cell above it (the first: table 1, row 3, col 3): "Typed under the merge.". A merged cell shows the text of its first cell only (LibreOffice prints none of the rest), so vo-lines leaves them out. If they are to be recorded, move them into the first cell of the merge, or split the cells (Layout > Split Cells).',
    );
    expect(warning.details).toEqual({ words: 4, text: ['Typed under the merge.'], cell: { table: 1, row: 3, column: 3 } });
    // LibreOffice's PDF of it: the same lines, nothing said.
    const pdf = await analyse(join(DIR, 'vmerge-text-en.pdf'), { config: null });
    expect(pdf.report.voices[0]!.lines.map((l) => l.text)).toEqual(['Welcome to the course.', 'Thank you.']);
  });
});

describe('a table style’s first and last columns over merged and set-in rows', () => {
  it('firstcol-style-en: the DOCX’s colours are LibreOffice’s (its PDF) for the first cell of a set-in row (the first column’s) and a first cell merged across two grid columns', async () => {
    const colours = async (file: string) =>
      Object.fromEntries((await readScript(join(DIR, file))).paragraphs.filter((p) => p.location.cell).map((p) => [p.runs.map((r) => r.text).join(''), p.runs[0]!.color]));
    const docx = await colours('firstcol-style-en.docx');
    const pdf = await colours('firstcol-style-en.pdf');
    for (const text of ['Row one first.', 'Row one middle.', 'Row one last.', 'Row two set in.', 'Row two last.', 'Row three merged first.', 'Row three last.', 'Row four first.']) expect([text, docx[text]]).toEqual([text, pdf[text]]);
    expect(docx['Row two set in.']).toBe('#C00000');
  });
});
