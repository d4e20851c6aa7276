/**
 * The VoiceQ template keeps one row per line, even for a line too long for a row: an importer takes
 * each row for a line, so a continued row (as the voice sheets have) would become a line of its own,
 * with no time code. The row is as tall as Excel allows (409 points), the whole line in its cell.
 * The voice sheet of the same export does continue the line (xlsx-continued.test.ts).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { buildDocx, p, r } from './helpers/docx-builder.js';
import { runCli } from './helpers/cli.js';

const words = (count: number) => Array.from({ length: count }, (_, i) => `w${i + 1}`).join(' ');

describe('export --template voiceq -o OUT.xlsx: one row per line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-voiceq-long-'));
  const blue = '<w:color w:val="0000FF"/>';
  const red = '<w:color w:val="C00000"/>';
  const long = `Start ${words(1098)} END.`;
  writeFileSync(join(dir, 'long.docx'), buildDocx({ body: [p(r('A short first line here.', blue)), p(r(long, blue)), p(r('Did you hear that?', red))].join('') }));
  writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  Narrator: { color: "#0000FF" }\n  Mara: { color: "#C00000" }\n');

  it('the long line is one row holding all its words, 409 points high; the voice sheet continues it', async () => {
    expect(runCli(['export', 'long.docx', '--template', 'voiceq', '-o', 'vq.xlsx'], dir).code).toBe(0);
    const [sheet] = await readExcelFile(join(dir, 'vq.xlsx'));
    expect(sheet!.data.map((row) => [String(row[0]).slice(0, 12), row[3]])).toEqual([
      ['Script (en)', 'Character/Source'],
      ['A short firs', 'Narrator'],
      ['Start w1 w2 ', 'Narrator'],
      ['Did you hear', 'Mara'],
    ]);
    expect(sheet!.data[2]![0]).toBe(long);
    const xml = strFromU8(unzipSync(readFileSync(join(dir, 'vq.xlsx')))['xl/worksheets/sheet1.xml']!);
    expect(/<row r="3"[^>]*ht="409"/.test(xml)).toBe(true);
    expect(runCli(['export', 'long.docx', '-o', 'all.xlsx'], dir).code).toBe(0);
    const narrator = (await readExcelFile(join(dir, 'all.xlsx'))).find((s) => s.sheet === 'Narrator')!;
    expect(narrator.data.length).toBeGreaterThan(3);
  });
});
