/**
 * Sheets that print and sum: the XLSX that `export` writes, read back as XML (fonts, row heights,
 * print set-up, defined names, numeric times), then printed through LibreOffice to PDF and read
 * with pdftotext: every page landscape, every column on every page, no line's words cut off.
 * The script is the Harbor Coffee commercial (tests/fixtures/sections) and the French sample.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { wrappedLines } from '../src/render/xlsx.js';
import { columnName } from '../src/render/xlsx-print.js';
import { runCli, shownPath } from './helpers/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = 'tests/fixtures/sections/harbor-coffee.docx';
const FRENCH = 'samples/fr-elearning/module-securite.docx';
const VERSION = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
/** 2025-06-12, as reproducible builds set it. */
const EPOCH = '1749686400';

const run = (args: string[]) => runCli(args, root, { SOURCE_DATE_EPOCH: EPOCH });

const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `vo-xlsx-${name}-`));
const sha = (file: string) => createHash('sha256').update(readFileSync(join(root, file))).digest('hex').slice(0, 12);

function parts(file: string): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(readFileSync(file))).map(([name, data]) => [name, strFromU8(data)]));
}

function linesOf(file: string): { name: string; lines: { text: string; cue: { text: string } | null }[] }[] {
  return JSON.parse(run(['lines', file, '--json']).stdout).voices;
}

describe('layout helpers (pure)', () => {
  it('wrappedLines: words wrap at spaces within the column; line breaks and over-long words count', () => {
    expect(wrappedLines('short', 20)).toBe(1);
    // Capacity of a 10-wide column: 9 characters.
    expect(wrappedLines('aaaa bbbb cccc', 10)).toBe(2);
    expect(wrappedLines('one\ntwo\nthree', 40)).toBe(3);
    expect(wrappedLines('x'.repeat(30), 10)).toBe(4);
  });

  it('column names: A…Z, AA…', () => {
    expect([0, 7, 25, 26, 27, 51, 52].map(columnName)).toEqual(['A', 'H', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });
});

describe('export -o OUT.xlsx: sheets that print and sum (Harbor Coffee commercial)', () => {
  const dir = tempDir('print');
  const out = join(dir, 'harbor.xlsx');
  const result = run(['export', FIXTURE, '-o', out]);
  const xml = parts(out);
  const sheets = [...xml['xl/workbook.xml']!.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);

  it('writes Summary, Sections and one sheet per voice', () => {
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`Wrote ${shownPath(out)}: Summary + Sections + 3 voice sheets (19 lines).`);
    expect(sheets).toEqual(['Summary', 'Sections', 'Announcer', 'Barista', 'Customer']);
  });

  it('every font is named: Arial 11 (bold in headers, grey for cues)', () => {
    const fonts = [...xml['xl/styles.xml']!.matchAll(/<font>([\s\S]*?)<\/font>/g)].map((m) => m[1]!);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) expect(font).toMatch(/^<name val="Arial"\/><sz val="11"\/>/);
    expect(fonts.some((font) => font.includes('<b/>'))).toBe(true);
    expect(fonts.some((font) => font.includes('<color rgb="FF595959"/>'))).toBe(true);
  });

  it('rows are as tall as their wrapped text (14.5 pt a line + 3), the header row too', () => {
    const heights = (sheet: number) => [...xml[`xl/worksheets/sheet${sheet}.xml`]!.matchAll(/<row r="(\d+)" ht="([\d.]+)" customHeight="1"/g)].map((m) => Number(m[2]));
    // Announcer: header, then its nine lines (the TV spot's long line wraps to four lines in the 50-wide Line column).
    expect(heights(3)).toEqual([17.5, 46.5, 32, 46.5, 32, 32, 61, 32, 46.5, 17.5]);
    // Sections: "Estimated time", "Announcer words"… wrap to two lines in the header.
    expect(heights(2)[0]).toBe(32);
  });

  it('print set-up on every sheet: fit to one page wide, landscape A4, margins, page header and footer, autofilter', () => {
    const lastRow = { Summary: 12, Sections: 6, Announcer: 10, Barista: 6, Customer: 6 } as Record<string, number>;
    // The Summary's last column is K: the counts (A–H), then the pay units Characters, Dubbing lines, Finished minutes (issue 14).
    const lastColumn = { Summary: 'K', Sections: 'M', Announcer: 'H', Barista: 'H', Customer: 'H' } as Record<string, string>;
    sheets.forEach((name, i) => {
      const sheet = xml[`xl/worksheets/sheet${i + 1}.xml`]!;
      const headerRow = name === 'Summary' ? 7 : 1;
      expect(sheet).toMatch(/^<\?xml[^>]*\?><worksheet [^>]*><sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr><sheetViews>/);
      expect(sheet).toContain(`<pane ySplit="${headerRow}" xSplit="0" topLeftCell="A${headerRow + 1}" activePane="bottomRight" state="frozen"/>`);
      expect(sheet).toContain(`</sheetData><autoFilter ref="A${headerRow}:${lastColumn[name!]}${lastRow[name!]}"/>`);
      expect(sheet).toContain(
        '<printOptions horizontalCentered="1"/><pageMargins left="0.4" right="0.4" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
          '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
          `<headerFooter><oddHeader>&amp;Lharbor-coffee.docx&amp;C&amp;&quot;Arial,Bold&quot;${name}&amp;R2025-06-12</oddHeader>` +
          `<oddFooter>&amp;Lvo-lines ${VERSION}&amp;CPage &amp;P of &amp;N&amp;RSHA-256 ${sha(FIXTURE)}</oddFooter></headerFooter></worksheet>`,
      );
    });
  });

  it('the header row repeats on every printed page (Print_Titles) and carries the autofilter (_FilterDatabase)', () => {
    const names = [...xml['xl/workbook.xml']!.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(names).toEqual([
      `name="_xlnm._FilterDatabase" localSheetId="0" hidden="1" 'Summary'!$A$7:$K$12`,
      `name="_xlnm.Print_Titles" localSheetId="0" 'Summary'!$7:$7`,
      `name="_xlnm._FilterDatabase" localSheetId="1" hidden="1" 'Sections'!$A$1:$M$6`,
      `name="_xlnm.Print_Titles" localSheetId="1" 'Sections'!$1:$1`,
      `name="_xlnm._FilterDatabase" localSheetId="2" hidden="1" 'Announcer'!$A$1:$H$10`,
      `name="_xlnm.Print_Titles" localSheetId="2" 'Announcer'!$1:$1`,
      `name="_xlnm._FilterDatabase" localSheetId="3" hidden="1" 'Barista'!$A$1:$H$6`,
      `name="_xlnm.Print_Titles" localSheetId="3" 'Barista'!$1:$1`,
      `name="_xlnm._FilterDatabase" localSheetId="4" hidden="1" 'Customer'!$A$1:$H$6`,
      `name="_xlnm.Print_Titles" localSheetId="4" 'Customer'!$1:$1`,
    ]);
  });

  it('the Summary names the script, its SHA-256, the date and the tool; times are numbers formatted [m]:ss', () => {
    const shared = [...xml['xl/sharedStrings.xml']!.matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]);
    const cell = (ref: string) => {
      const match = new RegExp(`<c r="${ref}"(?: s="(\\d+)")?( t="s")?>(?:<v>([^<]*)</v>)?</c>`).exec(xml['xl/worksheets/sheet1.xml']!);
      if (!match) throw new Error(`no cell ${ref}`);
      return { style: Number(match[1] ?? 0), value: match[2] ? shared[Number(match[3])] : Number(match[3]) };
    };
    expect(['A1', 'B1', 'A2', 'B2', 'A3', 'B3', 'A4', 'B4', 'A5'].map((ref) => cell(ref).value)).toEqual([
      'Script', FIXTURE, 'SHA-256', sha(FIXTURE), 'Exported', '2025-06-12', 'Tool', `vo-lines ${VERSION}`, 'Voices from',
    ]);
    expect(cell('B5').value).toBe('config tests/fixtures/sections/vo-lines.config.json');
    // Row 7 is the table's header; E is Seconds, F the estimated time.
    expect(['A7', 'E7', 'F7'].map((ref) => cell(ref).value)).toEqual(['Voice', 'Seconds', 'Estimated time']);
    const report = JSON.parse(run(['summary', FIXTURE, '--json']).stdout) as { voices: { name: string; seconds: number }[] };
    // The styles of the time cells use the [m]:ss number format.
    const formats = new Map([...xml['xl/styles.xml']!.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]+)"\/>/g)].map((m) => [Number(m[1]), m[2]]));
    const xfs = [...(xml['xl/styles.xml']!.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? '').matchAll(/<xf\b([^>]*)>/g)].map((m) => Number(/numFmtId="(\d+)"/.exec(m[1]!)?.[1] ?? 0));
    report.voices.forEach((voice, i) => {
      const row = 8 + i;
      expect(cell(`A${row}`).value).toBe(voice.name);
      expect(cell(`E${row}`).value).toBe(voice.seconds);
      // The time as summary shows it: whole seconds, its own rounded down or up (so that the column adds up).
      const shown = Math.round(Number(cell(`F${row}`).value) * 86_400 * 1e6) / 1e6;
      expect([Math.floor(voice.seconds), Math.ceil(voice.seconds)]).toContain(shown);
      expect(formats.get(xfs[cell(`F${row}`).style]!)).toBe('[m]:ss');
    });
  });

  it('--paper letter sets up Letter; --paper only applies to XLSX', () => {
    const letter = join(dir, 'letter.xlsx');
    expect(run(['export', FIXTURE, '-o', letter, '--paper', 'letter']).code).toBe(0);
    expect(parts(letter)['xl/worksheets/sheet3.xml']).toContain('<pageSetup paperSize="1" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    const csv = run(['export', FIXTURE, '-o', join(dir, 'x.csv'), '--paper', 'letter']);
    expect([csv.code, csv.stderr]).toEqual([2, 'vo-lines: --paper only applies to XLSX output.\n']);
  });
});

// LibreOffice and pdftotext are optional here: the print test runs where both are installed (CI installs them).
const office = (() => {
  if (spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error) return null;
  if (spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status !== 0) return null;
  const probe = tempDir('soffice-probe');
  writeFileSync(join(probe, 'probe.csv'), 'a,b\n1,2\n');
  const profile = `-env:UserInstallation=file://${join(probe, 'profile')}`;
  spawnSync('soffice', ['--headless', profile, '--convert-to', 'xlsx', '--outdir', probe, join(probe, 'probe.csv')], { timeout: 90_000 });
  return existsSync(join(probe, 'probe.xlsx')) ? profile : null;
})();

/** Prints the workbook through LibreOffice; each page's text (pdftotext) and its size in points. */
function print(xlsx: string): { pages: string[]; sizes: string[] } {
  const outdir = tempDir('pdf');
  spawnSync('soffice', ['--headless', office!, '--convert-to', 'pdf', '--outdir', outdir, xlsx], { timeout: 120_000 });
  const pdf = join(outdir, readdirSync(outdir).find((name) => name.endsWith('.pdf'))!);
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
  const info = spawnSync('pdfinfo', ['-l', '999', pdf], { encoding: 'utf8' }).stdout;
  return { pages: text.split('\f').slice(0, -1), sizes: [...info.matchAll(/Page +\d+ size: +([\d.]+ x [\d.]+)/g)].map((m) => m[1]!) };
}

const COLUMNS = ['#', 'Line ID', 'Location', 'Cue', 'Line', 'Words', 'Seconds', 'Notes'];
/** Words, split after hyphens too: the spreadsheet may wrap "sur-accident" after its hyphen. */
const words = (text: string) => text.split(/\s+|(?<=-)/u).filter(Boolean);

describe.skipIf(!office)('printed through LibreOffice', () => {
  for (const [script, paper, size] of [
    [FIXTURE, 'a4', '841.89 x 595.304'],
    [FRENCH, 'letter', '792 x 612'],
  ] as const) {
    it(`${script} on ${paper}: landscape pages, every column on every page, every word of every line printed`, () => {
      const out = join(tempDir('printed'), 'sheets.xlsx');
      expect(run(['export', script, '-o', out, '--paper', paper]).code).toBe(0);
      const { pages, sizes } = print(out);
      expect(pages.length).toBeGreaterThanOrEqual(5);
      expect(new Set(sizes)).toEqual(new Set([size]));
      pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
      const base = script.split('/').pop()!;
      for (const voice of linesOf(script)) {
        // The voice's pages: those whose page header names it.
        const own = pages.filter((page) => new RegExp(`^\\s*${base.replace('.', '\\.')}\\s+${voice.name}\\s+2025-06-12`).test(page));
        expect(own.length).toBeGreaterThanOrEqual(1);
        for (const page of own) {
          // The header row, repeated and whole: the columns were not split over pages.
          const headerLine = page.split('\n').find((line) => /^\s*#\s+Line ID/.test(line)) ?? '';
          expect(words(headerLine.replace('Line ID', 'Line_ID'))).toEqual(COLUMNS.map((c) => c.replace(' ', '_')));
        }
        // No row too short for its text: every word of each line and cue is printed.
        const printed = own.join('\n');
        for (const line of voice.lines) {
          for (const word of words(line.text)) expect(printed).toContain(word);
          for (const word of words(line.cue?.text ?? '')) expect(printed).toContain(word);
        }
      }
    }, 180_000);
  }
});
