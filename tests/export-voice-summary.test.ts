/**
 * `export --voice NAME` to XLSX and Markdown: the Summary holds the voice, one row for the voices left
 * out (`Other voices`) and the unassigned text, and those rows add up to `Whole script` (lines, words,
 * spoken words, seconds, shown times, pay units), as README promises. The script: the agency's spots
 * (tests/fixtures/exports/acme-radio.docx) with its three voices. Before: ANNCR (49 words) and
 * Unassigned (37) beside a whole script of 112, the 26 words of WOMAN and MAN in no row.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import readExcelFile from 'read-excel-file/node';
import { ROOT, runCli } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vo-voice-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
copyFileSync(join(ROOT, 'tests/fixtures/exports/acme-radio.docx'), join(dir, 'acme.docx'));
writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  WOMAN: { label: "WOMAN" }\n  MAN: { label: "MAN" }\n  ANNCR: { label: "ANNCR" }\nunassigned: ["#000000"]\n');
const exportTo = (name: string, args: string[] = []) => expect(runCli(['export', 'acme.docx', '-o', name, ...args], dir).code).toBe(0);

/** An `Estimated time` cell (a spreadsheet time, read as a date from 1899-12-30) as whole seconds. */
const shownSeconds = (cell: unknown) => Math.round(((cell as Date).getTime() - Date.UTC(1899, 11, 30)) / 1000);

describe('export --voice: the summary rows add up to the whole script', () => {
  it('Markdown: ANNCR, Other voices, Unassigned, Whole script', () => {
    exportTo('anncr.md', ['--voice', 'ANNCR']);
    expect(readFileSync(join(dir, 'anncr.md'), 'utf8').split('\n').slice(2, 8)).toEqual([
      '| Voice | Lines | Words | Spoken words | Time | Share |',
      '|---|--:|--:|--:|--:|--:|',
      '| ANNCR | 4 | 49 | 63 | 0:25 | 43.8% |',
      '| Other voices | 4 | 26 | 29 | 0:12 | 23.2% |',
      '| Unassigned | 14 | 37 | 47 | 0:19 | 33.0% |',
      '| **Whole script** | **22** | **112** | **139** | **0:56** | **100.0%** |',
    ]);
  });

  it('XLSX: the Summary sheet’s rows add up, column by column', async () => {
    exportTo('anncr.xlsx', ['--voice', 'ANNCR']);
    const [summary] = await readExcelFile(readFileSync(join(dir, 'anncr.xlsx')));
    const rows = summary!.data.slice(summary!.data.findIndex((row) => row[0] === 'Voice'));
    expect(rows[0]).toEqual(['Voice', 'Lines', 'Words', 'Spoken words', 'Seconds', 'Estimated time', 'Pace (wpm)', 'Share', 'Characters', 'Dubbing lines', 'Finished minutes']);
    const table = rows.slice(1).map((row) => [row[0], row[1], row[2], row[3], row[4], shownSeconds(row[5]), row[8], row[9], row[10]]);
    expect(table).toEqual([
      ['ANNCR', 4, 49, 63, 25.2, 25, 300, 6, 0.42],
      ['Other voices', 4, 26, 29, 11.6, 12, 131, 4, 0.19],
      ['Unassigned', 14, 37, 47, 18.8, 19, 248, 5, 0.31],
      ['Whole script', 22, 112, 139, 55.6, 56, 679, 15, 0.92],
    ]);
  });

  it('without --voice: no Other voices row', () => {
    exportTo('all.md');
    expect(readFileSync(join(dir, 'all.md'), 'utf8')).not.toContain('Other voices');
  });
});
