/**
 * Pay, paces and the contract, as a narrator's agent checks a booking (scripts/build-pay2-fixtures.py):
 * a voice exactly at its maxMinutes passes and one word over fails (4.1 × 60 is 245.99999999999997 in
 * binary: 246 s was "over by less than 0.1 s"); a rate card beside colour groups quotes none of them
 * (black titles and `[Music fades out]` were charged a minimum); `export --voice` sums the other voices'
 * fees; a pace no one reads at (`--wpm 15`, `1e-9`) and a currency no one pays in (`UDS`, `FRF`, `XXX`)
 * are refused naming the value and what is accepted.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import readExcelFile from 'read-excel-file/node';
import { ROOT, runCli } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vo-pay2-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const name of ['at-limit', 'over-limit', 'no-voices']) copyFileSync(join(ROOT, `tests/fixtures/pay2/${name}.docx`), join(dir, `${name}.docx`));

const VOICES = 'voices:\n  A: { color: "#1F4E79" }\n  B: { color: "#C00000" }\n  C: { color: "#00B050" }\n  D: { color: "#ED7D31" }\nunassigned: black\nwpm: 150\n';
const config = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return name;
};

describe('check: a voice exactly at its maxMinutes passes, one word over fails', () => {
  // 18, 615, 1,230 and 2,460 words at 150 wpm: 7.2 s, 246 s, 492 s, 984 s, exactly 0.12, 4.1, 8.2 and 16.4 minutes.
  const limits = config('limits.yaml', `${VOICES}contract:\n  A: { maxMinutes: 0.12 }\n  B: { maxMinutes: 4.1 }\n  C: { maxMinutes: 8.2 }\n  D: { maxMinutes: 16.4 }\n`);
  const contract = (file: string) => {
    const result = runCli(['check', file, '-c', limits, '--json'], dir);
    const report = JSON.parse(result.stdout);
    const findings = report.files[0].findings.filter((f: { rule: string }) => f.rule === 'contract');
    return { code: result.code, findings: findings.map((f: { message: string }) => f.message) };
  };

  it('at the limit: no contract finding', () => {
    expect(contract('at-limit.docx').findings).toEqual([]);
  });

  it('one word over: each voice over by 0.4 s', () => {
    const { code, findings } = contract('over-limit.docx');
    expect(code).toBe(1);
    expect(findings).toEqual([
      "A: about 7.6 s to record (19 words spoken at 150 wpm), over the contract's maximum of 7.2 s by 0.4 s.",
      "B: about 4:06.4 to record (616 words spoken at 150 wpm), over the contract's maximum of 4:06 by 0.4 s.",
      "C: about 8:12.4 to record (1,231 words spoken at 150 wpm), over the contract's maximum of 8:12 by 0.4 s.",
      "D: about 16:24.4 to record (2,461 words spoken at 150 wpm), over the contract's maximum of 16:24 by 0.4 s.",
    ]);
  });
});

describe('a rate card with no voice named quotes nothing', () => {
  const rates = config('rates-only.yaml', 'rates: { per: word, rate: 0.2, currency: EUR, minimum: 20 }\n');

  it('summary: every Fee cell says why, and a warning says it', () => {
    const result = runCli(['summary', 'no-voices.docx', '-c', rates], dir);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    const start = lines.findIndex((l) => l.startsWith('  Pay units'));
    expect(lines.slice(start, start + 5)).toEqual([
      '  Pay units          Characters  Dubbing lines  Finished minutes  Finished hours  Fee',
      '  Total                     147              4              0.17          0.0029  not quoted until the voices are named',
      '  #000000 black              37              1              0.03          0.0004  not quoted until the voices are named',
      '  #1F4E79 dark blue          74              2              0.09          0.0016  not quoted until the voices are named',
      '  #00B050 green              36              1              0.05          0.0009  not quoted until the voices are named',
    ]);
    expect(result.stdout).not.toContain('€');
  });

  it('JSON: no fee, no total, the fees-not-quoted warning with the card', () => {
    const report = JSON.parse(runCli(['summary', 'no-voices.docx', '-c', rates, '--json'], dir).stdout);
    expect(report.voices.map((v: { fee?: unknown }) => v.fee)).toEqual([undefined, undefined, undefined]);
    expect(report.total.fees).toEqual([]);
    expect(report.warnings.filter((w: { code: string }) => w.code === 'fees-not-quoted')).toEqual([
      {
        code: 'fees-not-quoted',
        message: 'The config has a rate card, but no voice is named (the voices are the colours found): fees are not quoted until the voices are named (vo-lines init no-voices.docx writes a config to edit).',
        details: { per: 'word', rate: 0.2, currency: 'EUR', minimum: 20 },
      },
    ]);
  });

  it('XLSX: the Fee column says why on every row, no Currency', async () => {
    expect(runCli(['export', 'no-voices.docx', '-c', rates, '-o', 'no-voices.xlsx'], dir).code).toBe(0);
    const [summary] = await readExcelFile(readFileSync(join(dir, 'no-voices.xlsx')));
    const rows = summary!.data.slice(summary!.data.findIndex((row) => row[0] === 'Voice'));
    const fee = rows[0]!.indexOf('Fee');
    expect(rows.map((row) => [row[0], row[fee], row[fee + 1]])).toEqual([
      ['Voice', 'Fee', 'Currency'],
      ['#000000 black', 'not quoted until the voices are named', null],
      ['#1F4E79 dark blue', 'not quoted until the voices are named', null],
      ['#00B050 green', 'not quoted until the voices are named', null],
      ['Whole script', 'not quoted until the voices are named', null],
    ]);
  });

  it('with the voices named, the same card quotes them', () => {
    const named = config('named.yaml', 'voices:\n  Woman: { color: "#1F4E79" }\n  Man: { color: "#00B050" }\nunassigned: black\nrates: { per: word, rate: 0.2, currency: EUR, minimum: 20 }\n');
    const report = JSON.parse(runCli(['summary', 'no-voices.docx', '-c', named, '--json'], dir).stdout);
    expect(report.voices.map((v: { fee: { amount: number } }) => v.fee.amount)).toEqual([20, 20]);
    expect(report.warnings.map((w: { code: string }) => w.code)).not.toContain('fees-not-quoted');
  });
});

describe('export --voice: Other voices is quoted as the sum of their fees', () => {
  it('XLSX: B alone, A C D in Other voices (D 2,460 words), the Fee column adds up to the total', async () => {
    // €0.20 a word, minimum €5: A 18 words → €5.00 (minimum), C 1,230 → €246.00, D 2,460 → €492.00; B 615 → €123.00.
    // E has no line: not quoted ("no lines"); before, the row said "not quoted".
    const cfg = config('ov.yaml', VOICES.replace('unassigned', '  E: { color: "#7030A0" }\nunassigned') + 'rates: { per: word, rate: 0.20, minimum: 5, currency: EUR }\n');
    expect(runCli(['export', 'at-limit.docx', '-c', cfg, '--voice', 'B', '-o', 'b.xlsx'], dir).code).toBe(0);
    const [summary] = await readExcelFile(readFileSync(join(dir, 'b.xlsx')));
    const rows = summary!.data.slice(summary!.data.findIndex((row) => row[0] === 'Voice'));
    const fee = rows[0]!.indexOf('Fee');
    expect(rows.map((row) => [row[0], row[fee], row[fee + 1]])).toEqual([
      ['Voice', 'Fee', 'Currency'],
      ['B', 123, 'EUR'],
      ['Other voices', 743, 'EUR'],
      ['Unassigned', 'not quoted', null],
      ['Whole script', 866, 'EUR'],
    ]);
  });
});

describe('a pace no one reads at is refused (exit 2), naming the value and the range', () => {
  it.each(['15', '1e-9', '0.5', '5000'])('--wpm %s', (wpm) => {
    const result = runCli(['summary', 'no-voices.docx', '--no-config', '--wpm', wpm], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`error: option '--wpm <n>' argument '${wpm}' is invalid. ${wpm} is not a pace a script is read at: give words a minute from 40 to 500 (characters a minute for Chinese and Japanese; the presets are 120–160).`);
  });

  it('--wpm 40 and 500 are paces', () => {
    for (const wpm of ['40', '500']) expect(runCli(['summary', 'no-voices.docx', '--no-config', '--wpm', wpm], dir).code).toBe(0);
  });

  it.each([
    ['voices:\n  A: { color: "#1F4E79", wpm: 15 }\n', 'voices.A.wpm', 15, '15 is not a pace a script is read at: give words a minute from 40 to 500 (characters a minute for Chinese and Japanese; the presets are 120–160)', 40, 500],
    ['voices:\n  A: { color: "#1F4E79" }\nwpm: 1.0e-9\n', 'wpm', 1e-9, '1e-9 is not a pace a script is read at: give words a minute from 40 to 500 (characters a minute for Chinese and Japanese; the presets are 120–160)', 40, 500],
    ['voices:\n  A: { color: "#1F4E79" }\nsyllablesPerSecond: 0.5\n', 'syllablesPerSecond', 0.5, '0.5 is not a rate a script is read at: give syllables a second from 1 to 10 (narration is about 3.5–5.5)', 1, 10],
    ['voices:\n  A: { color: "#1F4E79", syllablesPerSecond: 42 }\n', 'voices.A.syllablesPerSecond', 42, '42 is not a rate a script is read at: give syllables a second from 1 to 10 (narration is about 3.5–5.5)', 1, 10],
  ])('config %j', (text, field, value, said, min, max) => {
    const name = config('pace.yaml', text);
    const result = runCli(['summary', 'no-voices.docx', '-c', name, '--json'], dir);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).error).toEqual({ code: 'bad-config', message: `pace.yaml: "${field}": ${said}.`, details: { file: 'pace.yaml', kind: 'invalid', field, value, min, max } });
  });
});

describe('a currency is a current ISO 4217 code', () => {
  it.each([
    ['UDS', '"rates.currency" must be a current ISO 4217 currency code such as EUR, USD or GBP, not "UDS": did you mean USD or UZS?', { suggestions: ['USD', 'UZS'] }],
    ['EURO', '"rates.currency" must be a current ISO 4217 currency code such as EUR, USD or GBP, not "EURO": did you mean EUR?', { suggestions: ['EUR'] }],
    ['ABC', '"rates.currency" must be a current ISO 4217 currency code such as EUR, USD or GBP, not "ABC".', { suggestions: [] }],
    // (pay3: the X codes that are no money are said for what they are; before, XDR got "did you mean IDR?".)
    ['XXX', '"rates.currency": "XXX" is the code for no currency: give the currency the fee is paid in, such as EUR, USD or GBP.', { meaning: 'the code for no currency' }],
    ['XTS', '"rates.currency": "XTS" is the code kept for tests, not a currency: give the currency the fee is paid in, such as EUR, USD or GBP.', { meaning: 'the code kept for tests, not a currency' }],
    ['XDR', '"rates.currency": "XDR" is the IMF\'s special drawing rights, a unit of account between governments and the IMF, not a currency anyone is paid in: give the currency the fee is paid in, such as EUR, USD or GBP.', { meaning: "the IMF's special drawing rights, a unit of account between governments and the IMF, not a currency anyone is paid in" }],
    ['FRF', '"rates.currency": "FRF" is a withdrawn currency (ISO 4217), replaced by EUR: give a current code.', { replacement: 'EUR' }],
    ['HRK', '"rates.currency": "HRK" is a withdrawn currency (ISO 4217), replaced by EUR: give a current code.', { replacement: 'EUR' }],
  ])('%s refused', (currency, message, facts) => {
    const name = config('cur.yaml', `voices:\n  A: { color: "#1F4E79" }\nrates: { per: word, rate: 0.2, currency: ${currency} }\n`);
    const result = runCli(['summary', 'no-voices.docx', '-c', name, '--json'], dir);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).error).toEqual({ code: 'bad-config', message: `cur.yaml: ${message}`, details: { file: 'cur.yaml', kind: 'invalid', field: 'rates.currency', value: currency, ...facts } });
  });

  it.each([['usd', 'USD'], ['XOF', 'XOF'], ['JPY', 'JPY'], ['CHF', 'CHF']])('%s accepted as %s', (currency, code) => {
    const name = config('cur.yaml', `voices:\n  A: { color: "#1F4E79" }\nrates: { per: word, rate: 2, currency: ${currency} }\n`);
    const report = JSON.parse(runCli(['summary', 'no-voices.docx', '-c', name, '--json'], dir).stdout);
    expect(report.voices[0].fee.currency).toBe(code);
  });
});

describe('contract counts are whole words', () => {
  it.each([
    ['{ maxWords: 57.5 }', 'contract.A.maxWords', '"contract.A.maxWords" must be a whole number of words, not 57.5.'],
    ['{ expectWords: 700.5 }', 'contract.A.expectWords', '"contract.A.expectWords" must be a whole number of words, not 700.5.'],
    ['{ expectWords: 700, tolerance: 0.05 }', 'contract.A.tolerance', '"contract.A.tolerance": 0.05 is not a whole number of words (a number is words; write a percentage as "5%").'],
    ['{ expectWords: 700, tolerance: "0.5" }', 'contract.A.tolerance', '"contract.A.tolerance": "0.5" is not a whole number of words (a number is words; write a percentage as "5%").'],
    ['{ maxMinutes: .nan }', 'contract.A.maxMinutes', '"contract.A.maxMinutes" must be a positive number, not NaN.'],
  ])('%s refused', (limits, field, message) => {
    const name = config('words.yaml', `voices:\n  A: { color: "#1F4E79" }\ncontract:\n  A: ${limits}\n`);
    const result = runCli(['summary', 'no-voices.docx', '-c', name, '--json'], dir);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).error).toEqual({ code: 'bad-config', message: `words.yaml: ${message}`, details: { file: 'words.yaml', kind: 'invalid', field } });
  });

  it.each(['{ expectWords: 700, tolerance: 40 }', '{ expectWords: 700, tolerance: "12.5%" }', '{ maxWords: 1200, maxMinutes: 4.1 }'])('%s accepted', (limits) => {
    const name = config('words.yaml', `voices:\n  A: { color: "#1F4E79" }\ncontract:\n  A: ${limits}\n`);
    expect(runCli(['summary', 'no-voices.docx', '-c', name], dir).code).toBe(0);
  });
});
