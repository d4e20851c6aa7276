/**
 * XLSX voice sheets keep every word of a long line visible and printed: a row is at most 409 points
 * (Excel's limit) and a cell at most 32,767 characters, so a line (or a cue) that needs more goes on
 * in rows below, with the line's number and ID, "(continued)" after its place, and no words or
 * seconds (the sums stay the lines'). Full-width characters are two columns wide when wrapping. The
 * scripts are built here (buildDocx); the 1,100-word line is the probe's shape (t3: only 344 words
 * showed in the 409-point row).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { MAX_CELL_CHARS, rowPieces, wrappedLines } from '../src/render/xlsx.js';
import { buildDocx, p, r } from './helpers/docx-builder.js';
import { runCli } from './helpers/cli.js';

/** Words in a fixed order (no randomness): "w1 w2 … wN". */
const words = (count: number, from = 1) => Array.from({ length: count }, (_, i) => `w${from + i}`).join(' ');

describe('wrapping (pure)', () => {
  it('a full-width character takes two columns: 100 Chinese characters are 4 lines in the Line column (50 wide), 2 before', () => {
    expect(wrappedLines('中'.repeat(100), 50)).toBe(4);
    expect(wrappedLines('m'.repeat(100), 50)).toBe(2);
    expect(wrappedLines('한국어 '.repeat(20).trim(), 50)).toBe(3);
  });

  it('rowPieces: each piece fits a row (28 wrapped lines, 32,767 characters); the pieces give the text back', () => {
    const text = words(1100);
    const pieces = rowPieces(text, 50);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(wrappedLines(piece, 50)).toBeLessThanOrEqual(28);
    expect(pieces.join(' ')).toBe(text);
    // The first piece is the longest that fits: one more word would not.
    const first = pieces[0]!;
    expect(wrappedLines(`${first} ${pieces[1]!.split(' ')[0]}`, 50)).toBe(29);
    const unbroken = 'x'.repeat(3 * MAX_CELL_CHARS);
    const cut = rowPieces(unbroken, 50);
    expect(cut.join('')).toBe(unbroken);
    for (const piece of cut) expect(piece.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(rowPieces('short line', 50)).toEqual(['short line']);
  });
});

describe('export -o OUT.xlsx: a line longer than a row continues below', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-xlsx-long-'));
  const file = join(dir, 'long.docx');
  const blue = '<w:color w:val="0000FF"/>';
  const red = '<w:color w:val="C00000"/>';
  const long = `Start ${words(1098)} END.`;
  writeFileSync(
    file,
    buildDocx({ body: [p(r('A short first line here.', blue)), p(r(long, blue)), p(r('Did you hear that?', red)), p(r(`${'雨'.repeat(3000)}`, red))].join('') }),
  );
  writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  Narrator: { color: "#0000FF" }\n  Mara: { color: "#C00000" }\n');
  const out = join(dir, 'long.xlsx');
  const result = runCli(['export', file, '-o', out]);

  it('every word of the 1,100-word line is in the sheet, on rows that each fit 409 points; words and seconds once', async () => {
    expect(result.code).toBe(0);
    const sheets = await readExcelFile(out);
    const narrator = sheets.find((s) => s.sheet === 'Narrator')!.data;
    const rows = narrator.slice(1);
    const id = rows[1]![1];
    expect(rows[0]!.slice(0, 3)).toEqual([1, expect.any(String), '¶1']);
    expect(rows.slice(1).map((row) => row.slice(0, 3))).toEqual([
      [2, id, '¶2'],
      [2, id, '¶2 (continued)'],
      [2, id, '¶2 (continued)'],
      [2, id, '¶2 (continued)'],
    ]);
    expect(rows.slice(1).map((row) => row[4]).join(' ')).toBe(long);
    for (const row of rows.slice(1)) expect(wrappedLines(String(row[4]), 50)).toBeLessThanOrEqual(28);
    expect(rows.map((row) => row[5])).toEqual([5, 1100, null, null, null]);
    expect(rows.map((row) => row[6])).toEqual([1.3, 275, null, null, null]);
    // The summary: the lines and words as before.
    const summary = sheets.find((s) => s.sheet === 'Summary')!.data;
    expect(summary.find((row) => row[0] === 'Narrator')!.slice(0, 3)).toEqual(['Narrator', 2, 1105]);
  });

  it('a long cue continues too, and a 3,000-character Chinese line wraps as 6,000 columns wide (5 rows)', async () => {
    const sheets = await readExcelFile(out);
    const mara = sheets.find((s) => s.sheet === 'Mara')!.data.slice(1);
    expect(mara.map((row) => [row[0], row[2]])).toEqual([
      [1, '¶3'],
      [1, '¶3 (continued)'],
      [1, '¶3 (continued)'],
      [1, '¶3 (continued)'],
      [1, '¶3 (continued)'],
      [1, '¶3 (continued)'],
      [2, '¶4'],
      [2, '¶4 (continued)'],
      [2, '¶4 (continued)'],
      [2, '¶4 (continued)'],
      [2, '¶4 (continued)'],
    ]);
    expect(mara.slice(0, 6).map((row) => row[3] ?? '').join(' ')).toBe(`Narrator: ${long}`);
    expect(mara.slice(6).map((row) => row[4] ?? '').join('')).toBe('雨'.repeat(3000));
  });
});
