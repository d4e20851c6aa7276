/**
 * `export --format csv --delimiter , | ; | tab`: French Excel opens a comma CSV as one column; with
 * `;` it splits the columns and reads `2,4` (a decimal comma) as a number it can sum. Fields are quoted
 * per RFC 4180 when they hold the chosen delimiter, a quote or a line break; the formula guard holds
 * whatever the delimiter. Any other delimiter is refused in one line (exit 2). Exact outputs.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportGroup } from '../src/render/csv.js';
import { renderVoiceCsv, toCsv } from '../src/render/csv.js';
import { buildDocx, r } from './helpers/docx-builder.js';
import { runCli } from './helpers/cli.js';
import { parseCsv } from './helpers/csv.js';

const group = (texts: string[]): ExportGroup => ({
  name: 'Anna',
  lineCount: texts.length,
  words: texts.length * 2,
  spokenWords: texts.length * 2,
  seconds: texts.length * 0.8,
  share: 1,
  wpm: 150,
  lines: texts.map((text, i) => ({ id: `0000000${i}`, text, spoken: text, words: 2, spokenWords: 2, characters: text.length, seconds: 0.8, location: { story: 'body', paragraph: i + 1 }, cue: null })),
});

describe('toCsv with a delimiter', () => {
  const rows = [
    ['a;b', 'c,d', 'say "hi"', 'two\nlines', 'tab\there', 2.4, 12],
    ['=1+1', '+33 6 12 34 56 78', '-x', '@sum', '\t;x', '\r;y', 0.5],
  ];

  it('comma (the default): quotes a comma, a quote, a line break; numbers with a dot', () => {
    expect(toCsv(rows)).toBe('a;b,"c,d","say ""hi""","two\nlines",tab\there,2.4,12\r\n\'=1+1,\'+33 6 12 34 56 78,\'-x,\'@sum,\'\t;x,"\'\r;y",0.5\r\n');
  });

  it('semicolon: quotes a semicolon instead of a comma; numbers with a decimal comma, as the Excel that wants ; reads them', () => {
    expect(toCsv(rows, { delimiter: ';' })).toBe('"a;b";c,d;"say ""hi""";"two\nlines";tab\there;2,4;12\r\n\'=1+1;\'+33 6 12 34 56 78;\'-x;\'@sum;"\'\t;x";"\'\r;y";0,5\r\n');
  });

  it('tab: quotes a field holding a tab; numbers with a dot', () => {
    expect(toCsv(rows, { delimiter: '\t' })).toBe('a;b\tc,d\t"say ""hi"""\t"two\nlines"\t"tab\there"\t2.4\t12\r\n\'=1+1\t\'+33 6 12 34 56 78\t\'-x\t\'@sum\t"\'\t;x"\t"\'\r;y"\t0.5\r\n');
  });

  it('each row reads back with the delimiter: the same cells, the formulas neutralised', () => {
    for (const delimiter of [',', ';', '\t'] as const) {
      const back = parseCsv(toCsv(rows, { delimiter }), delimiter);
      expect(back.map((row) => row.length)).toEqual([7, 7]);
      expect(back[1]!.slice(0, 6)).toEqual(["'=1+1", "'+33 6 12 34 56 78", "'-x", "'@sum", "'\t;x", "'\r;y"]);
      expect(back[0]!.slice(0, 5)).toEqual(['a;b', 'c,d', 'say "hi"', 'two\nlines', 'tab\there']);
    }
  });

  it('a voice file with ;', () => {
    expect(renderVoiceCsv(group(['Bonjour; à tous', '=SOMME(A1:A2)']), { delimiter: ';', bom: true })).toBe(
      '\uFEFF#;Line ID;Location;Cue;Line;Words;Seconds;Notes\r\n1;00000000;¶1;;"Bonjour; à tous";2;0,8;\r\n2;00000001;¶2;;\'=SOMME(A1:A2);2;0,8;\r\n',
    );
  });
});

describe('export --delimiter (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-delimiter-'));
  const RED = '<w:color w:val="C00000"/>';
  const BLUE = '<w:color w:val="0070C0"/>';
  const para = (text: string, look: string) => `<w:p>${r(text, look)}</w:p>`;
  writeFileSync(
    join(dir, 'script.docx'),
    buildDocx({ body: [para('Bonjour, et bienvenue ; dit-elle.', RED), para('=1+1', BLUE), para('+33 6 12 34 56 78', RED), para('-x', BLUE), para('@sum', RED)].join('') }),
  );
  writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  Anna: { color: "#C00000" }\n  Marc: { color: "#0070C0" }\nlanguage: fr\n');

  it('--delimiter ";" writes a file French Excel splits into columns', () => {
    const result = runCli(['export', 'script.docx', '-o', 'all.csv', '--combined', '--delimiter', ';'], dir);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const rows = parseCsv(readFileSync(join(dir, 'all.csv'), 'utf8'), ';');
    expect(rows[0]).toEqual(['Voice', '#', 'Line ID', 'Location', 'Cue', 'Line', 'Words', 'Seconds', 'Notes']);
    expect(rows.slice(1).map((row) => [row[0], row[3], row[5], row[6], row[7]])).toEqual([
      // 4 words at 150 wpm: 1.6 s; the number is said in 7 words (plus trente-trois six…): 2.8 s; "arobase sum": 0.8 s.
      ['Anna', '¶1', 'Bonjour, et bienvenue ; dit-elle.', '4', '1,6'],
      ['Anna', '¶3', "'+33 6 12 34 56 78", '6', '2,8'],
      ['Anna', '¶5', "'@sum", '1', '0,8'],
      ['Marc', '¶2', "'=1+1", '1', '1,6'], // said "equals one plus one" (a formula: spoken4),
      ['Marc', '¶4', "'-x", '1', '0,4'],
    ]);
    // The text holding ";" is quoted; the one holding only commas is not split by them.
    expect(readFileSync(join(dir, 'all.csv'), 'utf8')).toContain(';"Bonjour, et bienvenue ; dit-elle.";');
  });

  it('--delimiter tab, per voice and VoiceQ', () => {
    expect(runCli(['export', 'script.docx', '-o', 'tab.csv', '--delimiter', 'tab'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'tab-Marc.csv'), 'utf8').split('\r\n')[0]).toBe('#\tLine ID\tLocation\tCue\tLine\tWords\tSeconds\tNotes');
    const marc = parseCsv(readFileSync(join(dir, 'tab-Marc.csv'), 'utf8'), '\t');
    expect(marc.slice(1).map((row) => [row[4], row[5], row[6]])).toEqual([["'=1+1", '1', '1.6'], ["'-x", '1', '0.4']]);
    expect(runCli(['export', 'script.docx', '-o', 'vq.csv', '--template', 'voiceq', '--delimiter', ';'], dir).code).toBe(0);
    // (`;` brings the BOM, the VoiceQ template's too: export-excel-csv.test.ts.)
    expect(readFileSync(join(dir, 'vq.csv'), 'utf8').split('\r\n')[0]).toBe('\uFEFFScript (fr);Start;End;Character/Source;Comments');
  });

  it('any other delimiter, or one for a format that is not CSV, is refused in one line (exit 2)', () => {
    const pipe = runCli(['export', 'script.docx', '-o', 'x.csv', '--delimiter', '|'], dir);
    expect([pipe.code, pipe.stdout, pipe.stderr]).toEqual([2, '', 'vo-lines: --delimiter takes , (the default), ; or tab, not "|".\n']);
    const json = runCli(['export', 'script.docx', '-o', 'x.csv', '--delimiter', '::', '--json'], dir);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).error).toMatchObject({ code: 'usage', details: { kind: 'invalid-value', option: '--delimiter', value: '::' } });
    const xlsx = runCli(['export', 'script.docx', '-o', 'x.xlsx', '--delimiter', ';'], dir);
    expect([xlsx.code, xlsx.stderr]).toEqual([2, 'vo-lines: --delimiter only applies to CSV output.\n']);
  });
});
