/**
 * Time codes in the line lists, as the script writes them (tests/fixtures/exports/harbor-tc.docx, a
 * dubbing table `TC | CHARACTER | DIALOGUE`): an in and out point keeps its separator
 * (`00:01:09,250 --> 00:01:11,000`, not `… → …`) in the CSV and XLSX Timecode column and DAPT's
 * x-timecode description; in the CSV line lists a time code a spreadsheet would take for a time of
 * day (`01:02:05.500`, shown and saved back as `02:05.5`) takes the leading apostrophe that keeps a
 * cell text, as a formula's does (SMPTE's four groups and the ranges are no time to it, left as
 * written). The VoiceQ CSV's Start and End stay bare, as an importer reads them (its XLSX is for a
 * spreadsheet). Before: `00:01:09,250 → 00:01:11,000` everywhere, `01:02:05.500` bare in the CSV.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import readExcelFile from 'read-excel-file/node';
import { ROOT, runCli } from './helpers/cli.js';
import { parseCsv } from './helpers/csv.js';

const dir = mkdtempSync(join(tmpdir(), 'vo-tc-written-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
copyFileSync(join(ROOT, 'tests/fixtures/exports/harbor-tc.docx'), join(dir, 'harbor.docx'));
writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  ANNA: { label: "ANNA" }\n  BEN: { label: "BEN" }\nunassigned: ["#000000"]\n');
const exportTo = (name: string, args: string[] = []) => expect(runCli(['export', 'harbor.docx', '-o', name, ...args], dir).code).toBe(0);

describe('time codes as written', () => {
  it('the combined CSV: ranges as written, a time-shaped code kept text', () => {
    exportTo('h.csv', ['--combined']);
    expect(parseCsv(readFileSync(join(dir, 'h.csv'), 'utf8')).map((row) => [row[0], row[4]])).toEqual([
      ['Voice', 'Timecode'],
      ['ANNA', '00:01:09,250 --> 00:01:11,000'],
      ['ANNA', '01:02:03:04'],
      ['BEN', '00:01:11,500 --> 00:01:14,000'],
      ['BEN', "'01:02:05.500"],
    ]);
  });

  it('the XLSX Timecode column: text cells, as written, no apostrophe', async () => {
    exportTo('h.xlsx');
    const sheets = await readExcelFile(readFileSync(join(dir, 'h.xlsx')));
    expect(sheets.filter((s) => s.sheet === 'ANNA' || s.sheet === 'BEN').map((s) => s.data.slice(1).map((row) => row[3]))).toEqual([
      ['00:01:09,250 --> 00:01:11,000', '01:02:03:04'],
      ['00:01:11,500 --> 00:01:14,000', '01:02:05.500'],
    ]);
  });

  it('DAPT: the x-timecode description as written', () => {
    exportTo('h.ttml');
    expect([...readFileSync(join(dir, 'h.ttml'), 'utf8').matchAll(/descType="x-timecode">([^<]*)</g)].map((m) => m[1])).toEqual([
      '00:01:09,250 --&gt; 00:01:11,000',
      '00:01:11,500 --&gt; 00:01:14,000',
      '01:02:03:04',
      '01:02:05.500',
    ]);
  });

  it('the VoiceQ CSV: Start and End bare, for the importer', () => {
    exportTo('v.csv', ['--template', 'voiceq']);
    expect(parseCsv(readFileSync(join(dir, 'v.csv'), 'utf8')).map((row) => [row[1], row[2]])).toEqual([
      ['Start', 'End'],
      ['00:01:09,250', '00:01:11,000'],
      ['00:01:11,500', '00:01:14,000'],
      ['01:02:03:04', ''],
      ['01:02:05.500', ''],
    ]);
  });
});
