/**
 * `vo-lines export`: the renderers on a small hand-built report (exact CSV and Markdown, quoting,
 * BOM, VoiceQ columns, sheet and file names), and the built CLI (`dist/cli/main.cjs`; npm test builds
 * first) on samples/en-commercial: XLSX read back with a second library (read-excel-file) and, when
 * LibreOffice Calc is installed, converted by it; atomic writes and the refusals to overwrite.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { LineReport, Report } from '../src/measure/report.js';
import type { Location } from '../src/model.js';
import { lineCharacters, payUnits } from '../src/measure/pay.js';
import { perVoicePaths, writeOutputs } from '../src/cli/output.js';
import { renderCombinedCsv, renderVoiceCsv, renderVoiceqCsv, exportGroups } from '../src/render/csv.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderVoiceqXlsx, renderXlsx, sheetNames } from '../src/render/xlsx.js';
import { runCli, shownPath } from './helpers/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const SAMPLE = 'samples/en-commercial/spring-sale.docx';

const run = (args: string[], cwd = root) => runCli(args, cwd);

const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `vo-export-${name}-`));
/** A path as the CLI (run from the clone) shows it. */
const shown = (path: string) => shownPath(path, root);
const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp') || name.startsWith('.'));

// A small report with the texts that break naive CSV and Markdown: commas, quotes, a line break, a pipe.
const at = (paragraph: number, extra: Partial<Location> = {}): Location => ({ story: 'body', paragraph, ...extra });
const line = (id: string, text: string, words: number, seconds: number, location: Location, cue: LineReport['cue'] = null): LineReport => ({
  id,
  text,
  spoken: text,
  words,
  spokenWords: words,
  characters: lineCharacters(text),
  seconds,
  location,
  cue,
});
/** A group's pay units (measure/pay.ts), from its lines. */
const pay = (lines: LineReport[], seconds: number) => payUnits(lines.reduce((sum, l) => sum + l.characters, 0), seconds);
const narratorLines = [
  line('aaaa0001', 'Hello, "world"', 2, 0.8, at(1)),
  line('aaaa0002', 'Line one\nline two | more', 5, 2, at(3, { page: 2, cell: { table: 1, row: 2, column: 3 } }), { voice: 'Guest', text: 'Yes, *really*' }),
];
const guestLines = [line('bbbb0001', 'Yes, *really*', 2, 0.8, at(2), { voice: 'Narrator', text: 'Hello, "world"' })];
const unassignedLines = [line('cccc0001', 'SFX: [door] costs $5 <now>', 5, 2, at(4))];
const tiny: Report = {
  file: 'tiny.docx',
  format: 'docx',
  config: null,
  mode: 'config',
  legend: null,
  language: { tag: 'en', code: 'en', name: 'English', source: 'default', spokenForms: true },
  timing: { method: 'words' },
  voices: [
    {
      name: 'Narrator',
      colors: ['#404040'],
      highlights: [],
      wpm: 150,
      lineCount: 2,
      words: 7,
      spokenWords: 7,
      seconds: 2.8,
      share: 0.5,
      ...pay(narratorLines, 2.8),
      lines: narratorLines,
    },
    {
      name: 'Guest',
      colors: [],
      highlights: ['#FFFF00'],
      wpm: 150,
      lineCount: 1,
      words: 2,
      spokenWords: 2,
      seconds: 0.8,
      share: 2 / 14,
      ...pay(guestLines, 0.8),
      lines: guestLines,
    },
  ],
  unassigned: { wpm: 150, lineCount: 1, words: 5, spokenWords: 5, seconds: 2, share: 5 / 14, ...pay(unassignedLines, 2), lines: unassignedLines },
  total: { lineCount: 4, words: 14, spokenWords: 14, seconds: 5.6, wpm: 150, ...pay([...narratorLines, ...guestLines, ...unassignedLines], 5.6), fees: [] },
  sections: [],
  recorded: { words: 9, spokenWords: 9, seconds: 3.6 },
  warnings: [],
};

describe('CSV renderer (RFC 4180)', () => {
  const narrator = exportGroups(tiny)[0]!;

  it('quotes fields with commas, quotes and line breaks, doubles quotes, ends rows with CRLF', () => {
    expect(renderVoiceCsv(narrator)).toBe(
      [
        '#,Line ID,Location,Cue,Line,Words,Seconds,Notes',
        '1,aaaa0001,¶1,,"Hello, ""world""",2,0.8,',
        '2,aaaa0002,"p.2 ¶3 (table 1, row 2, col 3)","Guest: Yes, *really*","Line one\nline two | more",5,2,',
        '',
      ].join('\r\n'),
    );
  });

  it('--bom starts the file with a UTF-8 byte order mark; without it there is none', () => {
    expect(renderVoiceCsv(narrator, { bom: true }).startsWith('\uFEFF#,Line ID,')).toBe(true);
    expect(Buffer.from(renderVoiceCsv(narrator, { bom: true }), 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(renderVoiceCsv(narrator).startsWith('#,')).toBe(true);
  });

  it('combined: a Voice column first, voices in order, unassigned text only when asked for', () => {
    const rows = renderCombinedCsv(tiny).split('\r\n');
    expect(rows[0]).toBe('Voice,#,Line ID,Location,Cue,Line,Words,Seconds,Notes');
    expect(rows.filter((row) => /^(Narrator|Guest|Unassigned),\d/.test(row)).map((row) => row.split(',')[0])).toEqual(['Narrator', 'Narrator', 'Guest']);
    expect(renderCombinedCsv(tiny, { unassigned: true }).split('\r\n').at(-2)).toBe('Unassigned,1,cccc0001,¶4,,SFX: [door] costs $5 <now>,5,2,');
  });

  it('VoiceQ template: exactly the columns studio software imports, lines in script order', () => {
    expect(renderVoiceqCsv(tiny, { lang: 'en' })).toBe(
      [
        'Script (en),Start,End,Character/Source,Comments',
        '"Hello, ""world""",,,Narrator,¶1 · ID aaaa0001',
        '"Yes, *really*",,,Guest,¶2 · ID bbbb0001',
        '"Line one\nline two | more",,,Narrator,"p.2 ¶3 (table 1, row 2, col 3) · ID aaaa0002"',
        '',
      ].join('\r\n'),
    );
    expect(renderVoiceqCsv(tiny, { lang: 'fr' }).split('\r\n')[0]).toBe('Script (fr),Start,End,Character/Source,Comments');
  });

  it('per-voice file names: OUT-<voice>.csv, unsafe characters replaced, clashes numbered', () => {
    expect(perVoicePaths('out/spring.csv', ['Announcer', 'Mrs. O’Hara / VO', '#404040 dark grey', 'announcer', '../x'], '.csv')).toEqual([
      'out/spring-Announcer.csv',
      'out/spring-Mrs.-O-Hara-VO.csv',
      'out/spring-404040-dark-grey.csv',
      'out/spring-announcer-2.csv',
      'out/spring-x.csv',
    ]);
  });
});

describe('Markdown renderer', () => {
  it('a summary table and each voice’s lines, with | and line breaks escaped', () => {
    expect(renderMarkdown(tiny)).toBe(
      [
        '## tiny.docx',
        '',
        '| Voice | Lines | Words | Spoken words | Time | Share |',
        '|---|--:|--:|--:|--:|--:|',
        '| Narrator | 2 | 7 | 7 | 0:03 | 50.0% |',
        '| Guest | 1 | 2 | 2 | 0:01 | 14.3% |',
        '| Unassigned | 1 | 5 | 5 | 0:02 | 35.7% |',
        '| **Whole script** | **4** | **14** | **14** | **0:06** | **100.0%** |',
        '',
        '### Narrator',
        '',
        '2 lines, 7 words, about 0:03 at 150 wpm.',
        '',
        '| # | ID | Location | Words | Seconds | Line |',
        '|--:|---|---|--:|--:|---|',
        '| 1 | `aaaa0001` | ¶1 | 2 | 0.8 | Hello, "world" |',
        '| 2 | `aaaa0002` | p.2 ¶3 (table 1, row 2, col 3) | 5 | 2.0 | Line one<br>line two \\| more |',
        '',
        '### Guest',
        '',
        '1 line, 2 words, about 0:01 at 150 wpm.',
        '',
        '| # | ID | Location | Words | Seconds | Line |',
        '|--:|---|---|--:|--:|---|',
        '| 1 | `bbbb0001` | ¶2 | 2 | 0.8 | Yes, \\*really\\* |',
        '',
      ].join('\n'),
    );
  });

  it('--unassigned adds its section; markup characters are shown as written', () => {
    const markdown = renderMarkdown(tiny, { unassigned: true });
    expect(markdown.split('\n').filter((row) => row.startsWith('| Unassigned |'))).toEqual(['| Unassigned | 1 | 5 | 5 | 0:02 | 35.7% |']);
    expect(markdown.endsWith('### Unassigned\n\n1 line, 5 words, about 0:02 at 150 wpm.\n\n| # | ID | Location | Words | Seconds | Line |\n|--:|---|---|--:|--:|---|\n| 1 | `cccc0001` | ¶4 | 5 | 2.0 | SFX: \\[door\\] costs \\$5 &lt;now> |\n')).toBe(true);
  });
});

describe('XLSX renderer', () => {
  it('sheet names: at most 31 characters, no []:*?/\\, unique without regard to case, never "Summary"', () => {
    expect(sheetNames(['Summary', 'Who? [A/B]: *x*', 'A very long voice name that goes on and on', 'narrator', 'Narrator', "'Quoted'", 'History', ''], ['Summary'])).toEqual([
      'Summary (2)',
      'Who- -A-B-- -x-',
      'A very long voice name that goe',
      'narrator',
      'Narrator (2)',
      'Quoted',
      'History (voice)',
      'Voice',
    ]);
  });

  it('returns bytes that read back: Summary (where from, then the voices), one sheet per voice, texts intact', async () => {
    const bytes = await renderXlsx(tiny, { meta: { script: 'scripts/tiny.docx', sha256: 'abcdef0123456789ffff', date: '2025-06-12', version: '9.9.9' } });
    expect(bytes).toBeInstanceOf(Uint8Array);
    const sheets = await readExcelFile(Buffer.from(bytes));
    expect(sheets.map((s) => s.sheet)).toEqual(['Summary', 'Narrator', 'Guest']);
    // Durations are spreadsheet times (days): read-excel-file gives them as dates from 1899-12-30.
    const time = (seconds: number) => new Date(Date.UTC(1899, 11, 30) + seconds * 1000);
    expect(sheets[0]!.data).toEqual([
      ['Script', 'scripts/tiny.docx', null, null, null, null, null, null, null, null, null],
      ['SHA-256', 'abcdef012345', null, null, null, null, null, null, null, null, null],
      ['Exported', '2025-06-12', null, null, null, null, null, null, null, null, null],
      ['Tool', 'vo-lines 9.9.9', null, null, null, null, null, null, null, null, null],
      ['Voices from', 'a config', null, null, null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null, null, null, null],
      ['Voice', 'Lines', 'Words', 'Spoken words', 'Seconds', 'Estimated time', 'Pace (wpm)', 'Share', 'Characters', 'Dubbing lines', 'Finished minutes'],
      // The estimated times are the shown ones, whole seconds that add up (2.8 + 0.8 + 2 = 5.6 s: 3 + 1 + 2 = 6).
      // Characters with whitespace runs as one space (14 + 24); dubbing lines of 50 characters, of the whole script's 77 (2) as of each voice's.
      ['Narrator', 2, 7, 7, 2.8, time(3), 150, 0.5, 38, 1, 0.05],
      ['Guest', 1, 2, 2, 0.8, time(1), 150, 2 / 14, 13, 1, 0.01], // full precision: the cell's 0.0% shows 14.3%
      ['Unassigned', 1, 5, 5, 2, time(2), 150, 5 / 14, 26, 1, 0.03],
      ['Whole script', 4, 14, 14, 5.6, time(6), 150, 1, 77, 2, 0.09],
    ]);
    expect(sheets[1]!.data).toEqual([
      ['#', 'Line ID', 'Location', 'Cue', 'Line', 'Words', 'Seconds', 'Notes'],
      [1, 'aaaa0001', '¶1', null, 'Hello, "world"', 2, 0.8, null],
      [2, 'aaaa0002', 'p.2 ¶3 (table 1, row 2, col 3)', 'Guest: Yes, *really*', 'Line one\nline two | more', 5, 2, null],
    ]);
    const withUnassigned = await readExcelFile(Buffer.from(await renderXlsx(tiny, { unassigned: true })));
    expect(withUnassigned.map((s) => s.sheet)).toEqual(['Summary', 'Narrator', 'Guest', 'Unassigned']);
  });

  it('VoiceQ template as one sheet with exactly the import columns', async () => {
    const [sheet] = await readExcelFile(Buffer.from(await renderVoiceqXlsx(tiny, { lang: 'fr' })));
    expect(sheet!.data[0]).toEqual(['Script (fr)', 'Start', 'End', 'Character/Source', 'Comments']);
    expect(sheet!.data.slice(1).map((row) => row[3])).toEqual(['Narrator', 'Guest', 'Narrator']);
    expect(sheet!.data[1]).toEqual(['Hello, "world"', null, null, 'Narrator', '¶1 · ID aaaa0001']);
  });
});

interface Expected {
  voices: Record<string, { lines: string[]; words: number }>;
}
const expected = JSON.parse(readFileSync(join(root, 'samples/en-commercial/expected.json'), 'utf8')) as Expected;
const linesJson = JSON.parse(run(['lines', SAMPLE, '--json']).stdout) as { voices: { name: string; lines: { id: string; text: string; words: number; seconds: number }[] }[] };

/** The workbook's XML parts, to check what read-excel-file does not report: bold, frozen panes, widths. */
function parts(file: string): Record<string, string> {
  const entries = unzipSync(readFileSync(file));
  return Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]));
}

/** Bold fonts' indices → the cell styles (xf) that use them. */
function boldStyles(styles: string): Set<number> {
  const fonts = [...(styles.match(/<fonts[^>]*>([\s\S]*?)<\/fonts>/)?.[1] ?? '').matchAll(/<font>([\s\S]*?)<\/font>|<font\/>/g)].map((m) => /<b\/>/.test(m[1] ?? ''));
  const xfs = [...(styles.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? '').matchAll(/<xf\b([^>]*)>/g)].map((m) => Number(/fontId="(\d+)"/.exec(m[1]!)?.[1] ?? 0));
  return new Set(xfs.flatMap((font, index) => (fonts[font] ? [index] : [])));
}

describe('export FILE -o OUT.xlsx (the built CLI on samples/en-commercial)', () => {
  const dir = tempDir('xlsx');
  const out = join(dir, 'spring-sale.xlsx');
  const result = run(['export', SAMPLE, '-o', out]);
  const customerLines = expected.voices.Customer!.lines;

  it('writes the file and says so in one line', () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`Wrote ${shown(out)}: Summary + Sections + 2 voice sheets (${expected.voices.Announcer!.lines.length + customerLines.length} lines).\nTo record: 293 words (320 spoken), about 2:00\n`);
    expect(readdirSync(dir)).toEqual(['spring-sale.xlsx']);
  });

  it('reads back with a second library: sheet names, header rows, every row of the Customer sheet', async () => {
    const sheets = await readExcelFile(out);
    expect(sheets.map((s) => s.sheet)).toEqual(['Summary', 'Sections', 'Announcer', 'Customer']);
    const summary = sheets[0]!.data;
    expect(summary.map((row) => row[0]).slice(0, 5)).toEqual(['Script', 'SHA-256', 'Exported', 'Tool', 'Voices from']);
    expect(summary[0]![1]).toBe(SAMPLE);
    expect(summary[1]![1]).toBe(createHash('sha256').update(readFileSync(join(root, SAMPLE))).digest('hex').slice(0, 12));
    expect(summary[6]).toEqual(['Voice', 'Lines', 'Words', 'Spoken words', 'Seconds', 'Estimated time', 'Pace (wpm)', 'Share', 'Characters', 'Dubbing lines', 'Finished minutes']);
    expect(summary.slice(7).map((row) => row.slice(0, 3))).toEqual([
      ['Announcer', expected.voices.Announcer!.lines.length, expected.voices.Announcer!.words],
      ['Customer', customerLines.length, expected.voices.Customer!.words],
      ['Unassigned', expect.any(Number), expect.any(Number)],
      ['Whole script', expect.any(Number), expect.any(Number)],
    ]);
    const customer = sheets[3]!.data;
    expect(customer[0]).toEqual(['#', 'Line ID', 'Location', 'Cue', 'Line', 'Words', 'Seconds', 'Notes']);
    const json = linesJson.voices.find((v) => v.name === 'Customer')!;
    expect(customer.slice(1)).toEqual(
      json.lines.map((l, i) => [i + 1, l.id, expect.stringMatching(/^¶\d+/), expect.stringMatching(/^(Announcer|Unassigned): ./), l.text, l.words, l.seconds, null]),
    );
    expect(customer.slice(1).map((row) => row[4])).toEqual(customerLines);
  });

  it('every sheet has a bold header row, frozen below it, and set column widths', () => {
    const xml = parts(out);
    const bold = boldStyles(xml['xl/styles.xml']!);
    // The Summary's table starts under its information block (row 7); the other sheets' on row 1.
    for (const [sheet, row] of [['sheet1', 7], ['sheet2', 1], ['sheet3', 1], ['sheet4', 1]] as const) {
      const sheetXml = xml[`xl/worksheets/${sheet}.xml`]!;
      const headerCells = [...(sheetXml.match(new RegExp(`<row r="${row}"[^>]*>([\\s\\S]*?)</row>`))?.[1] ?? '').matchAll(/<c r="[A-Z]+\d+"([^>]*)>/g)];
      expect(headerCells.length).toBeGreaterThanOrEqual(8);
      for (const [, attributes] of headerCells) expect(bold.has(Number(/\bs="(\d+)"/.exec(attributes!)?.[1] ?? -1))).toBe(true);
      expect(sheetXml).toMatch(new RegExp(`<pane [^>]*ySplit="${row}"[^>]*topLeftCell="A${row + 1}"[^>]*state="frozen"`));
      expect([...sheetXml.matchAll(/<col [^>]*width="(\d+(?:\.\d+)?)" customWidth="1"/g)].length).toBe(headerCells.length);
    }
    expect(Number(/<col min="5" max="5" width="(\d+)"/.exec(xml['xl/worksheets/sheet4.xml']!)![1])).toBeGreaterThanOrEqual(30);
    expect(xml['xl/styles.xml']).toContain('wrapText="1"');
  });

  it('--voice exports one voice; --unassigned adds its sheet', async () => {
    const one = join(dir, 'customer.xlsx');
    expect(run(['export', SAMPLE, '-o', one, '--voice', 'customer']).stdout).toBe(`Wrote ${shown(one)}: Summary + Sections + 1 voice sheet (${customerLines.length} lines).\nTo record: 50 words, about 0:19\n`);
    expect((await readExcelFile(one)).map((s) => s.sheet)).toEqual(['Summary', 'Sections', 'Customer']);
    const all = join(dir, 'all.xlsx');
    expect(run(['export', SAMPLE, '-o', all, '--unassigned']).code).toBe(0);
    expect((await readExcelFile(all)).map((s) => s.sheet)).toEqual(['Summary', 'Sections', 'Announcer', 'Customer', 'Unassigned']);
  });

  it('--template voiceq writes the VoiceQ columns', async () => {
    const voiceq = join(dir, 'voiceq.xlsx');
    expect(run(['export', SAMPLE, '-o', voiceq, '--template', 'voiceq', '--lang', 'en-GB']).code).toBe(0);
    const [sheet] = await readExcelFile(voiceq);
    expect(sheet!.data[0]).toEqual(['Script (en-GB)', 'Start', 'End', 'Character/Source', 'Comments']);
    expect(sheet!.data.length - 1).toBe(expected.voices.Announcer!.lines.length + customerLines.length);
  });

  // LibreOffice Calc is optional: the test runs where it is installed (probed by converting a tiny CSV).
  const office = (() => {
    if (spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status !== 0) return null;
    const probe = tempDir('soffice-probe');
    writeFileSync(join(probe, 'probe.csv'), 'a,b\n1,2\n');
    const profile = `-env:UserInstallation=file://${join(probe, 'profile')}`;
    spawnSync('soffice', ['--headless', profile, '--convert-to', 'xlsx', '--outdir', probe, join(probe, 'probe.csv')], { timeout: 90_000 });
    return existsSync(join(probe, 'probe.xlsx')) ? profile : null;
  })();

  it.skipIf(!office)('opens in LibreOffice: every sheet converts, the Customer sheet equals the CSV export', () => {
    const converted = tempDir('soffice');
    // Filter options: comma, quote, UTF-8, … , the last (-1) writes every sheet to its own file.
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
    spawnSync('soffice', ['--headless', office!, '--convert-to', filter, '--outdir', converted, out], { timeout: 90_000 });
    expect(readdirSync(converted).sort()).toEqual(['spring-sale-Announcer.csv', 'spring-sale-Customer.csv', 'spring-sale-Sections.csv', 'spring-sale-Summary.csv']);
    const csvDir = tempDir('soffice-csv');
    expect(run(['export', SAMPLE, '-o', join(csvDir, 'spring-sale.csv')]).code).toBe(0);
    const ours = readFileSync(join(csvDir, 'spring-sale-Customer.csv'), 'utf8').replaceAll('\r\n', '\n');
    expect(readFileSync(join(converted, 'spring-sale-Customer.csv'), 'utf8').replaceAll('\r\n', '\n')).toBe(ours);
  }, 120_000);
});

describe('export to CSV, JSON and Markdown', () => {
  it('CSV: one file per voice by default, named OUT-<voice>.csv', () => {
    const dir = tempDir('csv');
    const { code, stdout } = run(['export', SAMPLE, '-o', join(dir, 'spring.csv')]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      `Wrote ${shown(join(dir, 'spring-Announcer.csv'))}: Announcer (${expected.voices.Announcer!.lines.length} lines).\n` +
        `Wrote ${shown(join(dir, 'spring-Customer.csv'))}: Customer (${expected.voices.Customer!.lines.length} lines).\n` +
        'To record: 293 words (320 spoken), about 2:00\n',
    );
    expect(readdirSync(dir).sort()).toEqual(['spring-Announcer.csv', 'spring-Customer.csv']);
    const customer = readFileSync(join(dir, 'spring-Customer.csv'), 'utf8').split('\r\n');
    expect(customer[0]).toBe('#,Line ID,Location,Cue,Line,Words,Seconds,Notes');
    expect(customer).toHaveLength(expected.voices.Customer!.lines.length + 2);
  });

  it('CSV --combined --bom: one file with a Voice column, starting with a BOM', () => {
    const dir = tempDir('csv-combined');
    const out = join(dir, 'all.csv');
    expect(run(['export', SAMPLE, '-o', out, '--combined', '--bom', '--unassigned']).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['all.csv']);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe('Voice,#,Line ID,Location,Cue,Line,Words,Seconds,Notes');
    expect(new Set(text.split('\r\n').slice(1, -1).map((row) => row.split(',')[0]))).toEqual(new Set(['Announcer', 'Customer', 'Unassigned']));
  });

  it('CSV --template voiceq: one file with the VoiceQ columns, Script (fr) with --lang fr', () => {
    const dir = tempDir('voiceq');
    const out = join(dir, 'voiceq.csv');
    expect(run(['export', SAMPLE, '-o', out, '--template', 'voiceq', '--lang', 'fr']).code).toBe(0);
    const rows = readFileSync(out, 'utf8').split('\r\n');
    expect(rows[0]).toBe('Script (fr),Start,End,Character/Source,Comments');
    expect(rows[1]).toMatch(/^.+,,,(Announcer|Customer),¶\d+ · ID [0-9a-f]{8}(-\d+)?$/);
  });

  it('JSON: the same document as lines --json', () => {
    const dir = tempDir('json');
    const out = join(dir, 'spring.json');
    expect(run(['export', SAMPLE, '-o', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(run(['lines', SAMPLE, '--json']).stdout);
  });

  it('Markdown: the summary table, then each voice’s lines with their IDs', () => {
    const dir = tempDir('md');
    const out = join(dir, 'spring.md');
    const result = run(['export', SAMPLE, '-o', out]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`Wrote ${shown(out)}: summary + 2 voices (${expected.voices.Announcer!.lines.length + expected.voices.Customer!.lines.length} lines).\nTo record: 293 words (320 spoken), about 2:00\n`);
    const markdown = readFileSync(out, 'utf8');
    expect(markdown.startsWith(`## ${SAMPLE}\n\n| Voice | Lines | Words | Spoken words | Time | Share |\n`)).toBe(true);
    for (const l of linesJson.voices[1]!.lines) expect(markdown).toContain(`| \`${l.id}\` |`);
  });

  it('refuses an extension it cannot map, unless --format says', () => {
    const dir = tempDir('format');
    const { code, stderr } = run(['export', SAMPLE, '-o', join(dir, 'lines.txt')]);
    expect(code).toBe(2);
    expect(stderr).toBe(`vo-lines: cannot tell the format of "${join(dir, 'lines.txt')}" from its extension; use .xlsx, .csv, .json, .md or .ttml (DAPT), or pass --format.\n`);
    expect(run(['export', SAMPLE, '-o', join(dir, 'lines.txt'), '--format', 'md']).code).toBe(0);
  });
});

describe('safe writes', () => {
  it('writeOutputs: a failure on any file leaves no file and no temporary file behind', () => {
    const dir = tempDir('fail');
    const files = [
      { path: join(dir, 'a.csv'), content: 'a\r\n' },
      { path: join(dir, 'missing-folder', 'b.csv'), content: 'b\r\n' },
    ];
    expect(() => writeOutputs(files)).toThrow(/could not write .*b\.csv \(ENOENT\)/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writeOutputs without force never replaces a file that appeared after the checks', () => {
    const dir = tempDir('race');
    writeFileSync(join(dir, 'a.csv'), 'keep me\n');
    expect(() => writeOutputs([{ path: join(dir, 'a.csv'), content: 'new\r\n' }])).toThrow(/appeared while writing; pass --force/);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('keep me\n');
    expect(leftovers(dir)).toEqual([]);
    writeOutputs([{ path: join(dir, 'a.csv'), content: new Uint8Array([0x6e, 0x65, 0x77]) }], { force: true });
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.csv']);
  });

  it('atomic: the output is complete and no temporary file is left behind', async () => {
    const dir = tempDir('atomic');
    const out = join(dir, 'spring.xlsx');
    expect(run(['export', SAMPLE, '-o', out]).code).toBe(0);
    expect(leftovers(dir)).toEqual([]);
    expect((await readExcelFile(out)).map((s) => s.sheet)).toEqual(['Summary', 'Sections', 'Announcer', 'Customer']);
  });

  it('refuses to overwrite an existing output without --force (exit 2, one line), and overwrites with it', () => {
    const dir = tempDir('exists');
    const out = join(dir, 'spring.md');
    writeFileSync(out, 'keep me\n');
    const refused = run(['export', SAMPLE, '-o', out]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(`vo-lines: ${shown(out)} already exists; pass --force to overwrite.\n`);
    expect(readFileSync(out, 'utf8')).toBe('keep me\n');
    expect(run(['export', SAMPLE, '-o', out, '--force']).code).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('## ')).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it('per-voice CSV: checks every target first, so one existing file means none is written', () => {
    const dir = tempDir('exists-csv');
    writeFileSync(join(dir, 'spring-Customer.csv'), 'keep me\n');
    const refused = run(['export', SAMPLE, '-o', join(dir, 'spring.csv')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`vo-lines: ${shown(join(dir, 'spring-Customer.csv'))} already exists; pass --force to overwrite.\n`);
    expect(readdirSync(dir)).toEqual(['spring-Customer.csv']);
  });

  it('never writes over the input (script or config), even with --force', () => {
    const dir = tempDir('input');
    copyFileSync(join(root, SAMPLE), join(dir, 'spring-sale.docx'));
    copyFileSync(join(root, 'samples/en-commercial/vo-lines.config.json'), join(dir, 'vo-lines.config.json'));
    const before = readFileSync(join(dir, 'spring-sale.docx'));
    const mtime = statSync(join(dir, 'spring-sale.docx')).mtimeMs;
    const refused = run(['export', 'spring-sale.docx', '-o', './spring-sale.docx', '--format', 'xlsx', '--force'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('vo-lines: -o spring-sale.docx would write over the input spring-sale.docx; choose another output name.\n');
    expect(readFileSync(join(dir, 'spring-sale.docx'))).toEqual(before);
    expect(statSync(join(dir, 'spring-sale.docx')).mtimeMs).toBe(mtime);
    const config = run(['export', 'spring-sale.docx', '-o', 'vo-lines.config.json', '--force'], dir);
    expect(config.code).toBe(2);
    expect(config.stderr).toBe('vo-lines: -o vo-lines.config.json would write over the input vo-lines.config.json; choose another output name.\n');
    expect(readdirSync(dir).sort()).toEqual(['spring-sale.docx', 'vo-lines.config.json']);
  });
});
