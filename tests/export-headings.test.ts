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
      "1;aaaa0001;¶2;Non lu (sans voix)\u00A0: TITRE;'=Bonjour, tout le monde;4;1,6;",
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
      [1, 'aaaa0001', '¶2', 'Non lu (sans voix)\u00A0: TITRE', '=Bonjour, tout le monde', 4, 1.6, null],
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

/**
 * The tool's own words in the cells (not the script's): where a line is (a table's cell, a text box, a page), the
 * Sections sheet's locations, the cue's colon, where the voices came from (a config's path). A French workbook had
 * them in English (`¶7 (table 1, row 2, col 3)`, `config vo-lines.config.yaml`).
 */
describe('the cells the tool writes, in the headings\' language', () => {
  const placed = (id: string, text: string, location: LineReport['location'], cue: LineReport['cue'] = null): LineReport => ({ ...line(id, text, 2, 0.8, location.paragraph, cue), location });
  const lines = [
    placed('dddd0001', 'Dans le tableau.', { story: 'body', paragraph: 7, cell: { table: 1, row: 2, column: 3 } }),
    placed('dddd0002', 'Fusionnée.', { story: 'body', paragraph: 9, cell: { table: 2, row: 4, rows: 2, column: 1, span: 2 } }, { voice: 'Narrateur', text: 'Dans le tableau.' }),
    placed('dddd0003', 'Dans un cadre.', { story: 'textbox', paragraph: 3 }),
    placed('dddd0004', 'Page deux.', { story: 'body', paragraph: 12, page: 2 }),
  ];
  const where: Report = {
    ...report,
    file: 'ou.pdf',
    config: 'projets/vo-lines.config.yaml',
    mode: 'config',
    voices: [{ ...report.voices[0]!, lineCount: 4, words: 8, spokenWords: 8, seconds: 3.2, share: 1, ...pay(lines, 3.2), lines }],
    unassigned: { ...report.unassigned, lineCount: 0, words: 0, spokenWords: 0, seconds: 0, share: 0, ...pay([], 0), lines: [] },
    total: { ...report.total, lineCount: 4, words: 8, spokenWords: 8, seconds: 3.2, ...pay(lines, 3.2) },
    sections: [
      { title: 'SCÈNE 1', level: 1, source: 'heading', location: { story: 'body', paragraph: 6, cell: { table: 1, row: 1, column: 1 } }, targetSeconds: null, seconds: 1.6, words: 4, spokenWords: 4, lineCount: 2, voices: [{ name: 'Narrateur', words: 4, spokenWords: 4, seconds: 1.6, lineCount: 2 }] },
      { title: 'SCÈNE 2', level: 1, source: 'heading', location: { story: 'body', paragraph: 11, page: 2 }, targetSeconds: null, seconds: 1.6, words: 4, spokenWords: 4, lineCount: 2, voices: [{ name: 'Narrateur', words: 4, spokenWords: 4, seconds: 1.6, lineCount: 2 }] },
    ] as unknown as Report['sections'],
  };
  const locations = ['¶7 (tableau 1, ligne 2, col. 3)', '¶9 (tableau 2, lignes 4–5, col. 1–2)', '¶3 (zone de texte)', 'p.\u00A02 ¶12'];
  const english = ['¶7 (table 1, row 2, col 3)', '¶9 (table 2, rows 4–5, cols 1–2)', '¶3 (text box)', 'p.2 ¶12'];

  it('CSV: French locations and cue with --headings fr; English ones by default', () => {
    const [group] = exportGroups(where);
    const rows = (csv: string) => csv.split('\r\n').slice(1, -1).map((row) => row.split(';'));
    const fr = rows(renderVoiceCsv(group!, { headings: 'fr', delimiter: ';' }));
    expect(fr.map((row) => row[2])).toEqual(locations);
    expect(fr[1]![3]).toBe('Narrateur\u00A0: Dans le tableau.');
    const en = renderVoiceCsv(group!, { delimiter: ';' }).split('\r\n').slice(1, -1).map((row) => row.split(';'));
    expect(en.map((row) => row[2])).toEqual(english);
    expect(en[1]![3]).toBe('Narrateur: Dans le tableau.');
    expect(renderCombinedCsv(where, { headings: 'fr', delimiter: ';' }).split('\r\n').slice(1, -1).map((row) => row.split(';')[3])).toEqual(locations);
  });

  it('XLSX: the voice sheet\'s and the Sections sheet\'s locations, and "Voices from" a config, in French; in English by default', async () => {
    const sheets = await readExcelFile(Buffer.from(await renderXlsx(where, { meta, headings: 'fr' })));
    expect(sheets.map((s) => s.sheet)).toEqual(['Résumé', 'Sections', 'Narrateur']);
    expect(sheets[0]!.data[4]!.slice(0, 2)).toEqual(['Voix d’après', 'la config projets/vo-lines.config.yaml']);
    expect(sheets[1]!.data.slice(1).map((row) => row.slice(0, 2))).toEqual([
      ['SCÈNE 1', '¶6 (tableau 1, ligne 1, col. 1)'],
      ['SCÈNE 2', 'p.\u00A02 ¶11'],
    ]);
    expect(sheets[2]!.data.slice(1).map((row) => row[2])).toEqual(locations);
    expect(sheets[2]!.data[2]![3]).toBe('Narrateur\u00A0: Dans le tableau.');
    const en = await readExcelFile(Buffer.from(await renderXlsx(where, { meta })));
    expect(en[0]!.data[4]!.slice(0, 2)).toEqual(['Voices from', 'config projets/vo-lines.config.yaml']);
    expect(en[1]!.data.slice(1).map((row) => row[1])).toEqual(['¶6 (table 1, row 1, col 1)', 'p.2 ¶11']);
    expect(en[2]!.data.slice(1).map((row) => row[2])).toEqual(english);
    expect(en[2]!.data[2]![3]).toBe('Narrateur: Dans le tableau.');
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
