/**
 * `export --headings fr` (and the French page's downloads): the CSV's and the workbook's column headings, sheet
 * names, row labels and Summary labels in French, every one of them; English by default, so a spreadsheet filled
 * from an export keeps its columns. Numbers, times and the formula escaping are the same in both.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { LineReport, Report } from '../src/measure/report.js';
import { lineCharacters, payUnits } from '../src/measure/pay.js';
import { exportGroups, renderCombinedCsv, renderVoiceCsv } from '../src/render/csv.js';
import { renderXlsx, workbookSheets } from '../src/render/xlsx.js';
import { runCli } from './helpers/cli.js';

const line = (id: string, text: string, words: number, seconds: number, paragraph: number, cue: LineReport['cue'] = null): LineReport => ({
  id,
  text,
  spoken: text,
  words,
  spokenWords: words,
  characters: lineCharacters(text),
  seconds,
  location: { story: 'body', paragraph },
  cue,
});
const narrator = [line('aaaa0001', '=Bonjour, tout le monde', 4, 1.6, 2, { voice: null, text: 'TITRE' }), line('aaaa0002', 'Deux', 1, 0.4, 4)];
const guest = [line('bbbb0001', 'Oui.', 1, 0.4, 3, { voice: 'Narrateur', text: 'Deux' })];
const unassigned = [line('cccc0001', 'TITRE', 1, 0.4, 1)];
const pay = (lines: LineReport[], seconds: number) => payUnits(lines.reduce((sum, l) => sum + l.characters, 0), seconds);
const report: Report = {
  file: 'petit.docx',
  format: 'docx',
  config: null,
  mode: 'legend',
  legend: null,
  language: { tag: 'fr', code: 'fr', name: 'French', source: 'document', spokenForms: true },
  timing: { method: 'words' },
  voices: [
    { name: 'Narrateur', colors: ['#404040'], highlights: [], wpm: 150, lineCount: 2, words: 5, spokenWords: 5, seconds: 2, share: 5 / 7, ...pay(narrator, 2), lines: narrator },
    { name: 'Invité', colors: ['#C00000'], highlights: [], wpm: 150, lineCount: 1, words: 1, spokenWords: 1, seconds: 0.4, share: 1 / 7, ...pay(guest, 0.4), lines: guest },
  ],
  unassigned: { wpm: 150, lineCount: 1, words: 1, spokenWords: 1, seconds: 0.4, share: 1 / 7, ...pay(unassigned, 0.4), lines: unassigned },
  total: { lineCount: 4, words: 7, spokenWords: 7, seconds: 2.8, wpm: 150, ...pay([...narrator, ...guest, ...unassigned], 2.8), fees: [] },
  sections: [],
  recorded: { words: 6, spokenWords: 6, seconds: 2.4 },
  warnings: [],
};
const meta = { script: 'petit.docx', sha256: 'abcdef0123456789ffff', date: '2026-12-07', version: '9.9.9' };
const time = (seconds: number) => new Date(Date.UTC(1899, 11, 30) + seconds * 1000);
const footer = (bytes: Uint8Array) => /<oddFooter>([^<]*)<\/oddFooter>/.exec(strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!))![1];

describe('CSV headings', () => {
  const [narratorGroup] = exportGroups(report);

  it('a voice\'s lines: English by default, French asked for; the cells as they were (the formula escaped, the unassigned cue named in the headings\' language)', () => {
    expect(renderVoiceCsv(narratorGroup!).split('\r\n')).toEqual(['#,Line ID,Location,Cue,Line,Words,Seconds,Notes', "1,aaaa0001,¶2,Unassigned: TITRE,\"'=Bonjour, tout le monde\",4,1.6,", '2,aaaa0002,¶4,,Deux,1,0.4,', '']);
    expect(renderVoiceCsv(narratorGroup!, { headings: 'fr', delimiter: ';' }).split('\r\n')).toEqual([
      'N°;ID de réplique;Emplacement;Réplique d’avant;Réplique;Mots;Secondes;Notes',
      "1;aaaa0001;¶2;Non lu (sans voix): TITRE;'=Bonjour, tout le monde;4;1,6;",
      '2;aaaa0002;¶4;;Deux;1;0,4;',
      '',
    ]);
  });

  it('combined: the Voice column and the unassigned text\'s rows in French; a voice\'s own name is never translated', () => {
    const fr = renderCombinedCsv(report, { headings: 'fr', unassigned: true }).split('\r\n');
    expect(fr[0]).toBe('Voix,N°,ID de réplique,Emplacement,Réplique d’avant,Réplique,Mots,Secondes,Notes');
    expect(fr.slice(1, -1).map((row) => row.split(',')[0])).toEqual(['Narrateur', 'Narrateur', 'Invité', 'Non lu (sans voix)']);
    expect(renderCombinedCsv(report, { unassigned: true }).split('\r\n')[0]).toBe('Voice,#,Line ID,Location,Cue,Line,Words,Seconds,Notes');
  });
});

describe('XLSX headings', () => {
  it('French: sheet names, Summary labels and columns, row labels, voice sheets, footer; numbers and times as in English', async () => {
    const bytes = await renderXlsx(report, { meta, headings: 'fr', unassigned: true });
    const sheets = await readExcelFile(Buffer.from(bytes));
    expect(sheets.map((s) => s.sheet)).toEqual(['Résumé', 'Narrateur', 'Invité', 'Non lu (sans voix)']);
    expect(workbookSheets(report, { headings: 'fr', unassigned: true })).toEqual(['Résumé', 'Narrateur', 'Invité', 'Non lu (sans voix)']);
    const summary = sheets[0]!.data;
    expect(summary.slice(0, 5).map((row) => row.slice(0, 2))).toEqual([
      ['Script', 'petit.docx'],
      ['SHA-256', 'abcdef012345'],
      ['Exporté le', '2026-12-07'],
      ['Outil', 'vo-lines 9.9.9'],
      ['Voix d’après', 'la légende du script'],
    ]);
    expect(summary[6]).toEqual(['Voix', 'Répliques', 'Mots', 'Mots prononcés', 'Secondes', 'Durée estimée', 'Débit (mots/min)', 'Part', 'Caractères', 'Lignes de doublage', 'Minutes finies']);
    expect(summary.slice(7).map((row) => row.slice(0, 6))).toEqual([
      ['Narrateur', 2, 5, 5, 2, time(2)],
      // The shown times add up (measure/shown-times.ts): 2 + 0.4 + 0.4 = 2.8 s → 3 s, the tie of the two 0.4 s to the first.
      ['Invité', 1, 1, 1, 0.4, time(1)],
      ['Non lu (sans voix)', 1, 1, 1, 0.4, time(0)],
      ['Script entier', 4, 7, 7, 2.8, time(3)],
    ]);
    expect(sheets[1]!.data).toEqual([
      ['N°', 'ID de réplique', 'Emplacement', 'Réplique d’avant', 'Réplique', 'Mots', 'Secondes', 'Notes'],
      [1, 'aaaa0001', '¶2', 'Non lu (sans voix): TITRE', '=Bonjour, tout le monde', 4, 1.6, null],
      [2, 'aaaa0002', '¶4', null, 'Deux', 1, 0.4, null],
    ]);
    expect(footer(bytes)).toBe('&amp;Lvo-lines 9.9.9&amp;CPage &amp;P sur &amp;N&amp;RSHA-256 abcdef012345');
  });

  it('English by default: the workbook as before', async () => {
    const bytes = await renderXlsx(report, { meta, unassigned: true });
    const sheets = await readExcelFile(Buffer.from(bytes));
    expect(sheets.map((s) => s.sheet)).toEqual(['Summary', 'Narrateur', 'Invité', 'Unassigned']);
    expect(sheets[0]!.data.slice(0, 5).map((row) => row[0])).toEqual(['Script', 'SHA-256', 'Exported', 'Tool', 'Voices from']);
    expect(sheets[0]!.data[4]![1]).toBe('the legend in the script');
    expect(sheets[0]!.data[6]).toEqual(['Voice', 'Lines', 'Words', 'Spoken words', 'Seconds', 'Estimated time', 'Pace (wpm)', 'Share', 'Characters', 'Dubbing lines', 'Finished minutes']);
    expect(sheets[0]!.data.slice(7).map((row) => row[0])).toEqual(['Narrateur', 'Invité', 'Unassigned', 'Whole script']);
    expect(sheets[1]!.data[0]).toEqual(['#', 'Line ID', 'Location', 'Cue', 'Line', 'Words', 'Seconds', 'Notes']);
    expect(footer(bytes)).toBe('&amp;Lvo-lines 9.9.9&amp;CPage &amp;P of &amp;N&amp;RSHA-256 abcdef012345');
  });
});

describe('export --headings', () => {
  const SAMPLE = 'samples/en-commercial/spring-sale.docx';
  const dir = mkdtempSync(join(tmpdir(), 'vo-headings-'));

  it('--headings fr: the sample\'s workbook with French sheets (Sections: its columns, each voice\'s, Fits oui/NON) and a French CSV', async () => {
    const out = join(dir, 'spring.xlsx');
    const result = runCli(['export', SAMPLE, '-o', out, '--headings', 'fr']);
    expect(result.code, result.stderr).toBe(0);
    const sheets = await readExcelFile(out);
    expect(sheets.map((s) => s.sheet)).toEqual(['Résumé', 'Sections', 'Announcer', 'Customer']);
    expect(sheets[1]!.data[0]).toEqual(['Section', 'Emplacement', 'Durée à tenir', 'Durée estimée', 'Secondes', 'Tient', 'Mots', 'Mots Announcer', 'Durée Announcer', 'Mots Customer', 'Durée Customer']);
    expect(sheets[1]!.data.slice(1).map((row) => row[5])).toEqual(['oui', 'NON', 'oui']);
    expect(sheets[0]!.data.slice(7).map((row) => row[0])).toEqual(['Announcer', 'Customer', 'Non lu (sans voix)', 'Script entier']);
    const csv = join(dir, 'spring.csv');
    expect(runCli(['export', SAMPLE, '-o', csv, '--combined', '--delimiter', ';', '--headings', 'fr']).code).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\r\n')[0]).toBe('\uFEFFVoix;N°;ID de réplique;Emplacement;Réplique d’avant;Réplique;Mots;Secondes;Notes');
  });

  it('refused where there are no headings to translate, or an importer reads them', () => {
    const md = runCli(['export', SAMPLE, '-o', join(dir, 'x.md'), '--headings', 'fr']);
    expect([md.code, md.stderr.trim()]).toEqual([2, 'vo-lines: --headings only applies to CSV and XLSX output.']);
    const voiceq = runCli(['export', SAMPLE, '-o', join(dir, 'q.csv'), '--template', 'voiceq', '--headings', 'fr']);
    expect([voiceq.code, voiceq.stderr.trim()]).toEqual([2, 'vo-lines: --template voiceq keeps the column names its importer reads; leave out --headings.']);
    const de = runCli(['export', SAMPLE, '-o', join(dir, 'x.csv'), '--headings', 'de']);
    expect(de.code).toBe(2);
    expect(de.stderr).toContain("'de' is invalid");
  });
});
