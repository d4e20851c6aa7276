/**
 * CSV for Excel (`export -o X.csv`): with `--delimiter ';'` (README's "French Excel") the file starts
 * with a UTF-8 byte order mark, since that Excel reads a CSV with none in its code page
 * (Windows-1252) and garbles every accent (`Épisode` → `Ã‰pisode`); `--no-bom` leaves it out, `--bom`
 * puts it before a comma too; a comma CSV stays without one (RFC 4180, importers). `--no-bom` is CSV's
 * only. The script: the agency's spots (tests/fixtures/exports/acme-radio.docx) and its config.
 * Before: `;` wrote no BOM, and `--no-bom` was an unknown option.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vo-excel-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
copyFileSync(join(ROOT, 'tests/fixtures/exports/acme-radio.docx'), join(dir, 'acme.docx'));
writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  WOMAN: { label: "WOMAN" }\n  MAN: { label: "MAN" }\n  ANNCR: { label: "ANNCR" }\nunassigned: ["#000000"]\n');
const exported = (name: string, args: string[]) => {
  const run = runCli(['export', 'acme.docx', '-o', name, '--combined', ...args], dir);
  expect(run.code).toBe(0);
  return readFileSync(join(dir, name));
};
const BOM = [0xef, 0xbb, 0xbf];

describe('export CSV: the byte order mark Excel needs', () => {
  it('--delimiter ";" starts with a BOM; --no-bom leaves it out', () => {
    const semi = exported('semi.csv', ['--delimiter', ';']);
    expect([...semi.subarray(0, 3)]).toEqual(BOM);
    expect(semi.subarray(3).toString('utf8').split('\r\n')[0]).toBe('Voice;#;Line ID;Location;Cue;Line;Words;Seconds;Notes');
    const bare = exported('bare.csv', ['--delimiter', ';', '--no-bom']);
    expect(bare.toString('utf8').startsWith('Voice;#;')).toBe(true);
  });

  it('a comma CSV: no BOM unless --bom', () => {
    expect(exported('comma.csv', []).toString('utf8').startsWith('Voice,#,')).toBe(true);
    expect([...exported('bom.csv', ['--bom']).subarray(0, 3)]).toEqual(BOM);
  });

  it('--no-bom on an XLSX: refused as --bom is', () => {
    const run = runCli(['export', 'acme.docx', '-o', 'x.xlsx', '--no-bom'], dir);
    expect([run.code, run.stderr]).toEqual([2, 'vo-lines: --no-bom only applies to CSV output.\n']);
  });
});
