/**
 * Line IDs a spreadsheet cannot turn into numbers: an ID whose first 8 hex digits are all digits
 * (`03821e87` is not, `14333460` is) or digits-e-digits (`473926e8`: 4.73926×10⁸) takes the next 8
 * digits of the same hash. The lines are built here (buildDocx), their hashes fixed: SHA-1 of
 * "Marc\nLine number 92." is 14333460bdc534c4…, of "Marc\nLine number 11." 473926e862418a28….
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idOf } from '../src/attribute/cast.js';
import { buildDocx, p, r } from './helpers/docx-builder.js';
import { runCli } from './helpers/cli.js';

const NUMBER_SHAPED = /^\d+(?:e\d+)?$/;

describe('line IDs are never shaped like a number', () => {
  it('idOf: a hash whose first 8 digits read as a number gives its next 8', () => {
    expect(idOf('Marc', 'Line number 11.')).toBe('62418a28'); // 473926e8 62418a28…
    expect(idOf('Marc', 'Line number 92.')).toBe('bdc534c4'); // 14333460 bdc534c4…
    expect(idOf('Marc', 'Line number 123.')).toBe('e7f8b2da'); // 97229315 e7f8b2da…
    expect(idOf('Marc', 'Line number 216.')).toBe('9c769140'); // 03821e87 9c769140…
    expect(idOf('Marc', 'Line number 1.')).toBe(idOf('Marc', 'Line number 1.'));
    expect(idOf('Marc', 'Line number 2.')).toBe('54192ea5'); // unchanged: the first 8 digits
  });

  it('none of 20,000 IDs is all digits or digits-e-digits', () => {
    for (let i = 0; i < 20_000; i++) expect(NUMBER_SHAPED.test(idOf('Voice', `Line ${i}`))).toBe(false);
  });

  it('lines --json and the CSV (no cell a number): the IDs of a built script, the repeats numbered after the safe ID', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-ids-'));
    const file = join(dir, 'ids.docx');
    const blue = '<w:color w:val="0000FF"/>';
    const red = '<w:color w:val="C00000"/>';
    const texts = ['Line number 11.', 'Line number 92.', 'Line number 216.', 'Line number 2.', 'Line number 92.'];
    writeFileSync(file, buildDocx({ body: texts.map((t, i) => p(r(t, i === 3 ? red : blue))).join('') }));
    writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  Marc: { color: "#0000FF" }\n  Julie: { color: "#C00000" }\n');
    const lines = runCli(['lines', file, '--json']);
    expect(lines.code).toBe(0);
    const voices = (JSON.parse(lines.stdout) as { voices: { name: string; lines: { id: string; text: string }[] }[] }).voices;
    expect(voices.map((v) => [v.name, v.lines.map((l) => `${l.id} ${l.text}`)])).toEqual([
      ['Marc', ['62418a28 Line number 11.', 'bdc534c4 Line number 92.', '9c769140 Line number 216.', 'bdc534c4-2 Line number 92.']],
      ['Julie', ['bb0b58a9 Line number 2.']],
    ]);
    const csv = runCli(['export', file, '-o', join(dir, 'lines.csv'), '--combined']);
    expect(csv.code).toBe(0);
    const ids = readFileSync(join(dir, 'lines.csv'), 'utf8').trim().split(/\r?\n/).slice(1).map((row) => row.split(',')[2]);
    expect(ids).toEqual(['62418a28', 'bdc534c4', '9c769140', 'bdc534c4-2', 'bb0b58a9']);
  });
});
