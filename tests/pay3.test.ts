/**
 * Pay leftovers (scripts/build-pay3-fixtures.py): a fee per finished hour or minute is worked out on the
 * estimated seconds, never on the hours rounded for the columns ($300 per finished hour × 0.8 s was
 * $0.00, and 60 s $5.10 on 0.017 hours), says it rests on an estimate (summary in English and French,
 * JSON, XLSX), and the XLSX shows its basis; a French script in a Swiss locale writes one number format
 * per line; a voice setting both wpm and syllablesPerSecond, a rate of 1e20, `XDR` and `--max-words 57.5`
 * are refused; the XLSX's Pace column holds the syllable rate under syllable timing.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import readExcelFile from 'read-excel-file/node';
import { ROOT, runCli } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vo-pay3-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const name of ['audiobook-tag', 'fr-spot']) copyFileSync(join(ROOT, `tests/fixtures/pay3/${name}.docx`), join(dir, `${name}.docx`));

const config = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return name;
};
const BOOK = 'voices:\n  Narrator: { color: "#2E75B6" }\n  Tag: { color: "#C00000" }\nunassigned: black\npace: audiobook\n';
const hour = config('hour.yaml', `${BOOK}rates: { per: finished-hour, rate: 300, currency: USD }\n`);
const payBlock = (stdout: string) => {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => /^ {2}(Pay units|Unités de paie)/.test(l));
  return lines.slice(start, lines.indexOf('', start));
};
const summarySheet = async (file: string) => {
  const [summary] = await readExcelFile(readFileSync(join(dir, file)));
  return summary!.data.slice(summary!.data.findIndex((row) => row[0] === 'Voice'));
};

describe('a fee per finished hour is worked out on the estimated seconds', () => {
  // Narrator 155 words at 155 wpm: 60 s, 1/60 hour → $5.00 (before: 0.017 h → $5.10); Tag 2 words: 0.8 s → $0.07 (before: 0 h → $0.00).
  it('summary: the fee, its basis with the seconds, the header and a note say it is an estimate', () => {
    const result = runCli(['summary', 'audiobook-tag.docx', '-c', hour], dir);
    expect(result.code).toBe(0);
    expect(payBlock(result.stdout)).toEqual([
      '  Pay units   Characters  Dubbing lines  Finished minutes  Finished hours  Fee (est.)',
      // (The hours to the ten-thousandth in every row, tests/pay4.test.ts: Tag's 0.8 s was 0.000 beside its $0.07.)
      '  Total              837             19              1.02          0.0171  $5.07',
      '  Narrator           818             17              1.00          0.0167  $5.00 ($300.00 per finished hour × 0.016667 finished hours: 60 s estimated)',
      '  Tag                  8              1              0.01          0.0002  $0.07 ($300.00 per finished hour × 0.000222 finished hours: 0.8 s estimated)',
      '  Unassigned          11              1              0.01          0.0002  not quoted',
      "  Fees per finished minute or hour are estimates: they rest on the time estimated from the pace, not on the recording's length.",
    ]);
  });

  it('summary --lang fr: the same in French', () => {
    const result = runCli(['summary', 'audiobook-tag.docx', '-c', hour, '--lang', 'fr'], dir);
    expect(payBlock(result.stdout)).toEqual([
      '  Unités de paie      Caractères  Lignes de doublage  Minutes finies  Heures finies  Cachet (estimé)',
      '  Total                      837                  19            1,02         0,0171  5,07\u00A0$US',
      '  Narrator                   818                  17            1,00         0,0167  5,00\u00A0$US (300,00\u00A0$US par heure finie × 0,016667 heure finie\u00A0: 60\u00A0s estimées)',
      '  Tag                          8                   1            0,01         0,0002  0,07\u00A0$US (300,00\u00A0$US par heure finie × 0,000222 heure finie\u00A0: 0,8\u00A0s estimées)',
      '  Non lu (sans voix)          11                   1            0,01         0,0002  non chiffré',
      "  Les cachets à la minute ou à l'heure finie sont des estimations\u00A0: ils reposent sur la durée estimée d'après le débit, non sur la durée de l'enregistrement.",
    ]);
  });

  it('JSON: each fee says its seconds, that it is estimated and whether the minimum was charged; the totals too', () => {
    const report = JSON.parse(runCli(['summary', 'audiobook-tag.docx', '-c', hour, '--json'], dir).stdout);
    expect(report.voices.map((v: { fee: unknown }) => v.fee)).toEqual([
      { amount: 5, currency: 'USD', per: 'finished-hour', rate: 300, units: 0.016667, minimum: 0, minimumApplied: false, estimated: true, seconds: 60 },
      { amount: 0.07, currency: 'USD', per: 'finished-hour', rate: 300, units: 0.000222, minimum: 0, minimumApplied: false, estimated: true, seconds: 0.8 },
    ]);
    expect(report.total.fees).toEqual([{ amount: 5.07, currency: 'USD', estimated: true }]);
  });

  it('XLSX: Finished hours unrounded beside the Seconds, Fee (est.) and a Fee basis column; the rows add up', async () => {
    expect(runCli(['export', 'audiobook-tag.docx', '-c', hour, '-o', 'hour.xlsx'], dir).code).toBe(0);
    const rows = await summarySheet('hour.xlsx');
    const at = (title: string) => rows[0]!.indexOf(title);
    const columns = ['Voice', 'Seconds', 'Finished hours', 'Fee (est.)', 'Currency', 'Fee basis'].map(at);
    expect(columns.every((c) => c >= 0)).toBe(true);
    const picked = rows.map((row) => columns.map((c) => row[c]));
    expect(picked.map((row) => [row[0], row[1], row[3], row[4], row[5]])).toEqual([
      ['Voice', 'Seconds', 'Fee (est.)', 'Currency', 'Fee basis'],
      ['Narrator', 60, 5, 'USD', '$300.00 per finished hour × 0.016667 finished hours: 60 s estimated'],
      ['Tag', 0.8, 0.07, 'USD', '$300.00 per finished hour × 0.000222 finished hours: 0.8 s estimated'],
      ['Unassigned', 0.8, 'not quoted', null, null],
      ['Whole script', 61.6, 5.07, 'USD', null],
    ]);
    // Each row's finished hours are its seconds over 3,600, and the fee is the rate times them, to the cent.
    for (const row of picked.slice(1)) expect(row[2]).toBeCloseTo((row[1] as number) / 3600, 12);
    for (const row of picked.slice(1, 3)) expect(Math.round(300 * (row[2] as number) * 100) / 100).toBe(row[3]);
  });

  it('per finished minute: 0.8 s at $20 a minute is $0.27 (before: 0.01 minute, $0.20); per word the basis has no estimate', async () => {
    const minute = config('minute.yaml', `${BOOK}rates: { per: finished-minute, rate: 20, currency: USD }\n`);
    const report = JSON.parse(runCli(['summary', 'audiobook-tag.docx', '-c', minute, '--json'], dir).stdout);
    expect(report.voices.map((v: { fee: { amount: number; units: number } }) => [v.fee.amount, v.fee.units])).toEqual([
      [20, 1],
      [0.27, 0.0133],
    ]);
    const word = config('word.yaml', `${BOOK}rates: { per: word, rate: 0.1, minimum: 1, currency: EUR }\n`);
    const text = runCli(['summary', 'audiobook-tag.docx', '-c', word], dir).stdout;
    expect(payBlock(text).slice(0, 4)).toEqual([
      '  Pay units   Characters  Dubbing lines  Finished minutes  Finished hours  Fee',
      '  Total              837             19              1.02          0.0171  €16.50',
      '  Narrator           818             17              1.00          0.0167  €15.50 (€0.10 per word × 155 words)',
      '  Tag                  8              1              0.01          0.0002  €1.00 (minimum; €0.10 per word × 2 words)',
    ]);
    expect(runCli(['export', 'audiobook-tag.docx', '-c', word, '-o', 'word.xlsx'], dir).code).toBe(0);
    const rows = await summarySheet('word.xlsx');
    expect(rows[0]).not.toContain('Finished hours');
    const fee = rows[0]!.indexOf('Fee');
    expect(rows.map((row) => [row[0], row[fee], row[fee + 2]])).toEqual([
      ['Voice', 'Fee', 'Fee basis'],
      ['Narrator', 15.5, '€0.10 per word × 155 words'],
      ['Tag', 1, 'minimum; €0.10 per word × 2 words'],
      ['Unassigned', 'not quoted', null],
      ['Whole script', 16.5, null],
    ]);
  });

  it('a fee for work there is is never 0: 0.8 s at $1 a finished hour is $0.01, not $0.00', () => {
    const cheap = config('cheap.yaml', `${BOOK}rates: { per: finished-hour, rate: 1, currency: USD }\n`);
    const report = JSON.parse(runCli(['summary', 'audiobook-tag.docx', '-c', cheap, '--json'], dir).stdout);
    expect(report.voices.map((v: { fee: { amount: number } }) => v.fee.amount)).toEqual([0.02, 0.01]);
  });
});

describe('French in a Swiss locale: one number format per line', () => {
  // fr-CH writes money with a point (`3.20 $US`): before, the same line said `0,16 minute finie`.
  it('the decimals follow the money: 3.20 $US … 0.16 minute finie', () => {
    const cfg = config('fr.yaml', 'voices:\n  Voix off: { color: "#2E75B6" }\n  Cliente: { color: "#00B050" }\nunassigned: black\nrates: { per: finished-minute, rate: 20, currency: USD }\n');
    const result = runCli(['summary', 'fr-spot.docx', '-c', cfg], dir);
    expect(result.stdout).toContain('Language: French (fr-CH, from the document)');
    expect(payBlock(result.stdout)).toEqual([
      '  Unités de paie      Caractères  Lignes de doublage  Minutes finies  Heures finies  Cachet (estimé)',
      '  Total                      200                   5            0.24          0.005  4.27\u00A0$US',
      '  Voix off                   123                   3            0.16          0.003  3.20\u00A0$US (20.00\u00A0$US par minute finie × 0.16 minute finie\u00A0: 9.6\u00A0s estimées)',
      '  Cliente                     46                   1            0.05          0.001  1.07\u00A0$US (20.00\u00A0$US par minute finie × 0.0533 minute finie\u00A0: 3.2\u00A0s estimées)',
      '  Non lu (sans voix)          31                   1            0.03          0.001  non chiffré',
      "  Les cachets à la minute ou à l'heure finie sont des estimations\u00A0: ils reposent sur la durée estimée d'après le débit, non sur la durée de l'enregistrement.",
    ]);
  });
});

describe('refused: two paces for one voice, a rate no one pays, a currency that is no money, a fraction of a word', () => {
  const refused = (name: string, text: string, args: string[] = []) => {
    const result = runCli(['summary', 'audiobook-tag.docx', '-c', config(name, text), '--json', ...args], dir);
    return { code: result.code, error: JSON.parse(result.stdout).error };
  };

  it('wpm and syllablesPerSecond on one voice (before: the wpm was dropped unsaid under syllable timing)', () => {
    const { code, error } = refused('both.yaml', 'voices:\n  Narrator: { color: "#2E75B6", wpm: 120, syllablesPerSecond: 4 }\n');
    expect(code).toBe(2);
    expect(error.code).toBe('bad-config');
    expect(error.message).toBe(
      'both.yaml: "voices.Narrator" sets both "wpm" and "syllablesPerSecond": give one. By syllables the voice\'s "syllablesPerSecond" is its rate and a "wpm" beside it would be dropped; a "wpm" alone scales the language\'s syllable rate.',
    );
    expect(error.details).toEqual({ file: 'both.yaml', kind: 'invalid', field: 'voices.Narrator.syllablesPerSecond', fields: ['voices.Narrator.wpm', 'voices.Narrator.syllablesPerSecond'] });
  });

  it('a rate of 1e20 (before: accepted, fees in float artefacts)', () => {
    const { code, error } = refused('big.yaml', 'voices:\n  Narrator: { color: "#2E75B6" }\nrates: { per: word, rate: 1e20, currency: USD }\n');
    expect(code).toBe(2);
    expect(error.message).toBe('big.yaml: "rates.rate" must be at most 1,000,000,000 (an amount per word), not 100000000000000000000.');
    expect(error.details).toEqual({ file: 'big.yaml', kind: 'invalid', field: 'rates.rate', value: 1e20, max: 1e9 });
  });

  it('XDR is said for what it is (before: "did you mean IDR?")', () => {
    const { code, error } = refused('xdr.yaml', 'voices:\n  Narrator: { color: "#2E75B6" }\nrates: { per: word, rate: 1, currency: xdr }\n');
    expect(code).toBe(2);
    expect(error.message).toBe(
      'xdr.yaml: "rates.currency": "xdr" is the IMF\'s special drawing rights, a unit of account between governments and the IMF, not a currency anyone is paid in: give the currency the fee is paid in, such as EUR, USD or GBP.',
    );
    expect(error.details.meaning).toMatch(/^the IMF's special drawing rights/);
  });

  it.each(['57.5', '0.5'])('check --max-words %s (before: accepted)', (value) => {
    const result = runCli(['check', 'audiobook-tag.docx', '-c', hour, '--voice', 'Tag', '--max-words', value], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`option '--max-words <n>' argument '${value}' is invalid. expected a whole number of words, 1 or more.`);
  });
});

describe('XLSX: under syllable timing the Pace column holds the syllable rate', () => {
  it('Pace (syllables/s): each row its rate (before: Pace (wpm) 150 and 120)', async () => {
    const cfg = config('syl.yaml', 'voices:\n  Narrator: { color: "#2E75B6", syllablesPerSecond: 4 }\n  Tag: { color: "#C00000", wpm: 120 }\nunassigned: black\ntiming: syllables\n');
    expect(runCli(['export', 'audiobook-tag.docx', '-c', cfg, '-o', 'syl.xlsx'], dir).code).toBe(0);
    const rows = await summarySheet('syl.xlsx');
    const pace = rows[0]!.indexOf('Pace (syllables/s)');
    expect(rows.map((row) => [row[0], row[pace]])).toEqual([
      ['Voice', 'Pace (syllables/s)'],
      ['Narrator', 4],
      ['Tag', 3.42],
      ['Unassigned', 4.27],
      ['Whole script', null],
    ]);
  });
});
