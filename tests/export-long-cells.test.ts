/**
 * A line longer than a spreadsheet cell holds (Excel: 32,767 characters, the rest cut when it opens
 * the file): an audiobook chapter pasted as one paragraph of 44,021 characters
 * (tests/fixtures/exports/long-chapter.docx). The CSV line lists go on in the rows below, as the XLSX
 * voice sheets do (`¶3 (continued)`, Words and Seconds empty, the voice, number and ID repeated), the
 * cue too; the VoiceQ template (CSV and XLSX), one row per line for an importer, is refused in one line
 * (`cell-too-long`). Before: every CSV and the VoiceQ XLSX wrote the 44,021 characters in one cell.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';
import { parseCsv } from './helpers/csv.js';
import { cellPieces, MAX_CELL_CHARS } from '../src/render/csv.js';

const dir = mkdtempSync(join(tmpdir(), 'vo-long-cells-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
copyFileSync(join(ROOT, 'tests/fixtures/exports/long-chapter.docx'), join(dir, 'chapter.docx'));
writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  Narrator: { highlight: yellow }\n  Anna: { highlight: brightGreen }\nunassigned: ["#000000", "#365F91"]\n');
const run = (args: string[]) => runCli(['export', 'chapter.docx', ...args], dir);
const lengths = (rows: string[][]) => rows.map((row) => row.map((cell) => (cell.length > 80 ? cell.length : cell)));

describe('a line over a cell’s 32,767 characters', () => {
  it('cellPieces: cut at the last space that fits, the pieces giving the text back', () => {
    const text = Array.from({ length: 9000 }, (_, i) => `w${i % 10}xyz`).join(' ');
    const pieces = cellPieces(text);
    expect(pieces.map((p) => p.length)).toEqual([32765, 21233]);
    expect(pieces.every((p) => p.length <= MAX_CELL_CHARS)).toBe(true);
    expect(pieces.join(' ')).toBe(text);
    // A word longer than a cell: cut between characters.
    expect(cellPieces('x'.repeat(40000)).map((p) => p.length)).toEqual([32767, 7233]);
  });

  it('the per-voice CSV goes on in the row below; the cue too', () => {
    expect(run(['-o', 'c.csv']).code).toBe(0);
    const narrator = parseCsv(readFileSync(join(dir, 'c-Narrator.csv'), 'utf8'));
    expect(lengths(narrator)).toEqual([
      ['#', 'Line ID', 'Location', 'Cue', 'Line', 'Words', 'Seconds', 'Notes'],
      ['1', 'ad0bad84', '¶3', '', 32762, '7800', '3120', ''],
      ['1', 'ad0bad84', '¶3 (continued)', '', 11258, '', '', ''],
    ]);
    expect(`${narrator[1]![4]} ${narrator[2]![4]}`.length).toBe(44021);
    const anna = parseCsv(readFileSync(join(dir, 'c-Anna.csv'), 'utf8'));
    expect(lengths(anna).slice(1)).toEqual([
      ['1', '69eb935a', '¶4', 32766, 'I should have sent it.', '5', '2', ''],
      ['1', '69eb935a', '¶4 (continued)', 11264, '', '', '', ''],
    ]);
  });

  it('the combined CSV repeats the voice on the row that goes on', () => {
    expect(run(['-o', 'all.csv', '--combined']).code).toBe(0);
    expect(lengths(parseCsv(readFileSync(join(dir, 'all.csv'), 'utf8'))).slice(1, 3)).toEqual([
      ['Narrator', '1', 'ad0bad84', '¶3', '', 32762, '7800', '3120', ''],
      ['Narrator', '1', 'ad0bad84', '¶3 (continued)', '', 11258, '', '', ''],
    ]);
  });

  for (const output of ['vq.csv', 'vq.xlsx']) {
    it(`the VoiceQ template (${output}): refused in one line, nothing written`, () => {
      const message =
        'line ad0bad84 of Narrator (¶3) holds 44,021 characters, more than the 32,767 a spreadsheet cell holds, and the VoiceQ template gives each line one row, which an importer takes whole: cut that paragraph in the script, or export the line lists (-o lines.xlsx or lines.csv), which go on in the rows below.';
      const text = run(['-o', output, '--template', 'voiceq']);
      expect([text.code, text.stdout, text.stderr]).toEqual([2, '', `vo-lines: ${message}\n`]);
      const json = run(['-o', output, '--template', 'voiceq', '--json']);
      expect(JSON.parse(json.stdout).error).toEqual({ code: 'cell-too-long', message, details: { line: 'ad0bad84', voice: 'Narrator', location: '¶3', characters: 44021, limit: 32767, template: 'voiceq' } });
    });
  }
});
