/**
 * `export` of a script whose voices are not named (no config, no legend: the colours found, black
 * among them, black holding the title and the directions). A dubbing tool takes each character or
 * row's source for a person: DAPT and the VoiceQ template (CSV and XLSX) are refused in one line
 * (exit 2, `voices-not-named`), saying to name the voices; the line lists (XLSX, CSV, Markdown) are
 * written, saying they hold colours, not voices. Before: a DAPT whose characters were `#000000 black`
 * and the colours, its title and directions dialogue events; "Summary + 3 voice sheets".
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import readExcelFile from 'read-excel-file/node';
import { buildDocx, p, r } from './helpers/docx-builder.js';
import { runCli } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vo-unnamed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(
  join(dir, 'ep.docx'),
  buildDocx({
    body: [
      p('Épisode 104 — doublage'),
      `<w:p>${r('Tu viens ce soir ?', '<w:color w:val="C00000"/>')}</w:p>`,
      p('(Musique)'),
      `<w:p>${r('Oui, vers huit heures.', '<w:color w:val="00B050"/>')}</w:p>`,
      `<w:p>${r('Parfait, à ce soir.', '<w:color w:val="C00000"/>')}</w:p>`,
    ].join(''),
  }),
);
const run = (args: string[]) => runCli(['export', 'ep.docx', '--no-config', ...args], dir);

describe('export: voices not named', () => {
  for (const [output, extra, what, details] of [
    ['ep.ttml', [], 'a DAPT script', { format: 'dapt' }],
    ['vq.csv', ['--template', 'voiceq'], 'a VoiceQ template', { format: 'csv', template: 'voiceq' }],
    ['vq.xlsx', ['--template', 'voiceq'], 'a VoiceQ template', { format: 'xlsx', template: 'voiceq' }],
  ] as const) {
    it(`${output} ${extra.join(' ')}: refused in one line, nothing written`, () => {
      const message = `the voices of ep.docx are not named (no config, no legend: only its colours, black among them), and ${what} would make each colour a character: name the voices first (vo-lines init ep.docx writes a config to edit).`;
      const text = run(['-o', output, ...extra]);
      expect([text.code, text.stdout, text.stderr]).toEqual([2, '', `vo-lines: ${message}\n`]);
      const json = run(['-o', output, ...extra, '--json']);
      expect(json.code).toBe(2);
      expect(JSON.parse(json.stdout)).toEqual({
        file: 'ep.docx',
        error: { code: 'voices-not-named', message, details: { path: 'ep.docx', ...details, colours: ['#000000 black', '#C00000 red', '#00B050 green'] } },
      });
      expect(() => readFileSync(join(dir, output))).toThrow();
    });
  }

  it('the XLSX Summary sheet says where the voices come from: the colours found, not named voices', async () => {
    expect(run(['-o', 'from.xlsx']).code).toBe(0);
    const [summary] = await readExcelFile(readFileSync(join(dir, 'from.xlsx')));
    expect(summary!.data.find((row) => row[0] === 'Voices from')?.[1]).toBe('the colours found, not named voices (no config, no legend)');
  });

  it('XLSX, CSV and Markdown are written, saying their sheets, files and sections are colours, not voices', () => {
    const later = 'To record: not known until the voices are named (vo-lines init ep.docx writes a config to edit)';
    expect(run(['-o', 'ep.xlsx']).stdout).toBe(`Wrote ep.xlsx: Summary + 3 colour sheets (not voices) (5 lines).\n${later}\n`);
    expect(run(['-o', 'ep.csv']).stdout).toBe(
      [
        'Wrote ep-000000-black.csv: #000000 black (a colour, not a voice) (2 lines).',
        'Wrote ep-C00000-red.csv: #C00000 red (a colour, not a voice) (2 lines).',
        'Wrote ep-00B050-green.csv: #00B050 green (a colour, not a voice) (1 line).',
        later,
        '',
      ].join('\n'),
    );
    expect(run(['-o', 'ep.md']).stdout).toBe(`Wrote ep.md: summary + 3 colours (not voices) (5 lines).\n${later}\n`);
    expect(readFileSync(join(dir, 'ep.md'), 'utf8').split('\n').slice(0, 3)).toEqual([
      '## ep.docx',
      '',
      'The voices below are the colours found (no config, no legend), not named voices: `vo-lines init ep.docx` writes a config to name them.',
    ]);
  });

  it('a config naming the voices: DAPT written as before', () => {
    writeFileSync(join(dir, 'ep.yaml'), 'voices:\n  Marc: { color: "#C00000" }\n  Julie: { color: "#00B050" }\nunassigned: ["#000000"]\n');
    const text = runCli(['export', 'ep.docx', '-c', 'ep.yaml', '-o', 'named.ttml'], dir);
    expect([text.code, text.stdout.split('\n')[0]]).toEqual([0, 'Wrote named.ttml: DAPT pre-recording script, 2 characters, 3 script events.']);
  });
});
