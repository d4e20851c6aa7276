/**
 * The XLSX Sections sheet: a spot of 20.4 s against a target of 20 s does not fit; its Estimated time,
 * to the second, would say `0:20` beside `Fits NO`. Where the rounded second disagrees with Fits, the
 * time is shown to the tenth, rounded up (`0:20.4`, format `[m]:ss.0`); elsewhere to the second as
 * before (19.6 s of 20: `0:20`, fits). Before: `0:20` and `NO`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import readExcelFile from 'read-excel-file/node';
import { buildDocx, p, r } from './helpers/docx-builder.js';
import { runCli } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vo-fits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const words = (n: number) => `${Array.from({ length: n }, () => 'word').join(' ')}.`;
writeFileSync(
  join(dir, 'spots.docx'),
  buildDocx({ body: [p('SPOT 1 — :20'), `<w:p>${r(words(51), '<w:color w:val="C00000"/>')}</w:p>`, p('SPOT 2 — :20'), `<w:p>${r(words(49), '<w:color w:val="C00000"/>')}</w:p>`].join('') }),
);
writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  Anna: { color: "#C00000" }\nunassigned: ["#000000"]\n');
/** A spreadsheet time (read as a date from 1899-12-30) in seconds, to the tenth. */
const seconds = (cell: unknown) => Math.round(((cell as Date).getTime() - Date.UTC(1899, 11, 30)) / 100) / 10;

describe('XLSX Sections: the estimated time agrees with Fits', () => {
  it('20.4 s of 20 is shown 0:20.4 (to the tenth), 19.6 s of 20 is 0:20', async () => {
    expect(runCli(['export', 'spots.docx', '-o', 'spots.xlsx'], dir).code).toBe(0);
    const bytes = readFileSync(join(dir, 'spots.xlsx'));
    const sheets = await readExcelFile(bytes);
    const sections = sheets.find((s) => s.sheet === 'Sections')!.data;
    expect(sections[0]!.slice(0, 6)).toEqual(['Section', 'Location', 'Target', 'Estimated time', 'Seconds', 'Fits']);
    expect(sections.slice(1).map((row) => [row[0], seconds(row[2]), seconds(row[3]), row[4], row[5]])).toEqual([
      ['SPOT 1 — :20', 20, 20.4, 20.4, 'NO'],
      ['SPOT 2 — :20', 20, 20, 19.6, 'yes'],
    ]);
    // The tenth is shown: the cell's number format.
    expect(strFromU8(unzipSync(bytes)['xl/styles.xml']!)).toContain('formatCode="[m]:ss.0"');
  });
});
