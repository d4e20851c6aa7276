/**
 * A French script's pay block with a quote (money as French writes it) is French end to end: its words, `5 681` (a narrow no-break space
 * between the thousands), `6,10` (a decimal comma), `0,20 € par mot × 394 mots` (a no-break space
 * before the sign), `minimum ; …`, French plurals (0,66 minute finie). No line mixes French money with
 * English numbers or words (it said `0,01 € (0,01 € per finished minute × 0.66 finished minutes)`).
 * Another language with a quote writes its number columns and the numbers of a fee's basis as it writes
 * its amounts (German `2.365`, `1,76` beside `52,80 €`; they were English-style); English is unchanged.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

const NB = '\u00A0';
const NNB = '\u202F';

function folder(name: string, sample: string, config: string): string {
  const dir = mkdtempSync(join(tmpdir(), `vo-pay-${name}-`));
  copyFileSync(join(ROOT, sample), join(dir, 'script.docx'));
  writeFileSync(join(dir, 'vo-lines.config.yaml'), config);
  return dir;
}

const payBlock = (text: string) => text.slice(text.indexOf('\n\n  ', text.indexOf('  Total ') ) + 2).split('\n\n')[0];

describe('summary: the pay block of a French script', () => {
  const dir = folder(
    'fr',
    'samples/fr-elearning/module-securite.docx',
    [
      'voices:',
      '  Narrateur: { color: "#404040" }',
      '  Formatrice: { color: "#1F4E79", rates: { per: finished-minute, rate: 30 } }',
      '  Apprenant: { color: "#00B050" }',
      'unassigned: ["#000000"]',
      'rates: { per: word, rate: 0.20, minimum: 50, currency: EUR }',
      '',
    ].join('\n'),
  );

  it('is French: words, numbers, money, plurals, no-break spaces', () => {
    const result = runCli(['summary', 'script.docx'], dir);
    expect(result.code).toBe(0);
    // 394 × 0,20 = 78,80 €; 1,84 min × 30 = 55,20 €; 97 × 0,20 = 19,40 €, under the 50 € minimum. Total 184,00 €.
    expect(payBlock(result.stdout)).toBe(
      [
        '  Unités de paie      Caractères  Lignes de doublage  Minutes finies  Heures finies  Cachet (estimé)',
        `  Total                    5${NNB}681                 116            6,10          0,102  184,00${NB}€`,
        `  Narrateur                2${NNB}454                  50            2,66          0,044  78,80${NB}€ (0,20${NB}€ par mot × 394 mots)`,
        `  Formatrice               1${NNB}667                  34            1,84          0,031  55,20${NB}€ (30,00${NB}€ par minute finie × 1,84 minute finie${NB}: 110,4${NB}s estimées)`,
        `  Apprenant                  510                  11            0,66          0,011  50,00${NB}€ (minimum${NNB}; 0,20${NB}€ par mot × 97 mots)`,
        // Text nobody reads: "Non lu (sans voix)", as the page says it ("Sans voix" alone read as a voice with no name).
        `  Non lu (sans voix)       1${NNB}050                  21            0,94          0,016  non chiffré`,
        // (pay3: a fee per finished minute rests on the estimated time, and says so.)
        `  Les cachets à la minute ou à l'heure finie sont des estimations${NB}: ils reposent sur la durée estimée d'après le débit, non sur la durée de l'enregistrement.`,
      ].join('\n'),
    );
    // Nothing English, no point for a decimal, no plain space inside a number or before €, in the block.
    const block = payBlock(result.stdout)!;
    expect(block).not.toMatch(/\d\.\d| €|per |words|finished|not quoted|Unassigned/);
  });

  it('French plurals: 2 and more take the plural, below 2 the singular', () => {
    const dir2 = folder('fr-plural', 'samples/fr-elearning/module-securite.docx', 'voices:\n  Narrateur: { color: "#404040", rates: { per: finished-minute, rate: 10, currency: EUR } }\nunassigned: ["#000000"]\n');
    expect(runCli(['summary', 'script.docx'], dir2).stdout).toContain(`26,60${NB}€ (10,00${NB}€ par minute finie × 2,66 minutes finies${NB}: 159,6${NB}s estimées)`);
  });
});

describe('summary: a French script\'s pay block without a quote', () => {
  it('holds no money and stays English, as the rest of the summary', () => {
    const dir = folder('fr-noquote', 'samples/fr-elearning/module-securite.docx', 'voices:\n  Narrateur: { color: "#404040" }\nunassigned: ["#000000"]\n');
    expect(payBlock(runCli(['summary', 'script.docx'], dir).stdout)).toBe(
      [
        '  Pay units   Characters  Dubbing lines  Finished minutes  Finished hours',
        // (The rows add up: 2,454 + 3,228; 50 + 65; 2.66 + 3.44; 0.044 + 0.057.)
        '  Total            5,682            115              6.10           0.101',
        '  Narrateur        2,454             50              2.66           0.044',
        '  Unassigned       3,228             65              3.44           0.057',
      ].join('\n'),
    );
  });
});

describe('summary: the pay block in other languages', () => {
  const dir = folder('en', 'samples/en-commercial/spring-sale.docx', 'voices:\n  Announcer: { highlight: yellow }\n  Customer: { highlight: green }\nunassigned: ["#000000", lightGray]\nrates: { per: finished-minute, rate: 30, currency: EUR }\n');

  it('English is unchanged: €30.00 per finished minute × 1.8 finished minutes', () => {
    const text = runCli(['summary', 'script.docx'], dir).stdout;
    // 108 s / 60 × 30 = 54.00; 20 s / 60 × 30 = 10.00 (pay3: on the seconds; before, 0.33 shown × 30 = 9.90); the total 64.00.
    expect(payBlock(text)).toBe(
      [
        '  Pay units   Characters  Dubbing lines  Finished minutes  Finished hours  Fee (est.)',
        '  Total            2,365             49              2.72           0.046  €64.00',
        '  Announcer        1,515             31              1.80           0.030  €54.00 (€30.00 per finished minute × 1.8 finished minutes: 108 s estimated)',
        '  Customer           289              6              0.33           0.006  €10.00 (€30.00 per finished minute × 0.3333 finished minutes: 20 s estimated)',
        '  Unassigned         561             12              0.59           0.010  not quoted',
        "  Fees per finished minute or hour are estimates: they rest on the time estimated from the pace, not on the recording's length.",
      ].join('\n'),
    );
  });

  it('German money: the basis written as the amounts are (1,76, not 1.76, beside 30,00 €)', () => {
    const text = runCli(['summary', 'script.docx', '--lang', 'de'], dir).stdout;
    expect(text).toContain('52,80 € (30,00 € per finished minute × 1,76 finished minutes: 105,6 s estimated)');
  });

  it('German money: the number columns too, as German writes numbers (2.365, 1,76), the words English', () => {
    // It said `2,365` and `1.76` beside `52,80 €`: a German reader takes 2,365 for two and a bit.
    expect(payBlock(runCli(['summary', 'script.docx', '--lang', 'de'], dir).stdout)).toBe(
      [
        '  Pay units   Characters  Dubbing lines  Finished minutes  Finished hours  Fee (est.)',
        '  Total            2.365             49              2,68           0,045  62,80 €',
        '  Announcer        1.515             31              1,76           0,029  52,80 € (30,00 € per finished minute × 1,76 finished minutes: 105,6 s estimated)',
        '  Customer           289              6              0,33           0,006  10,00 € (30,00 € per finished minute × 0,3333 finished minutes: 20 s estimated)',
        '  Unassigned         561             12              0,59           0,010  not quoted',
        "  Fees per finished minute or hour are estimates: they rest on the time estimated from the pace, not on the recording's length.",
      ].join('\n'),
    );
  });

  it('Spanish money: 2365 and 1,79 as Spanish writes them (no separator in four digits), 53,70 €', () => {
    const block = payBlock(runCli(['summary', 'script.docx', '--lang', 'es'], dir).stdout)!;
    expect(block.split('\n')[1]).toBe('  Total             2365             49              2,71           0,046  63,80 €');
    expect(block).not.toMatch(/\d\.\d/);
  });

  it('German without a quote: no money, the block English as the rest of the summary', () => {
    const plain = folder('de-noquote', 'samples/en-commercial/spring-sale.docx', 'voices:\n  Announcer: { highlight: yellow }\n  Customer: { highlight: green }\nunassigned: ["#000000", lightGray]\n');
    expect(payBlock(runCli(['summary', 'script.docx', '--lang', 'de'], plain).stdout)!.split('\n')[1]).toBe('  Total            2,365             49              2.68           0.045');
  });
});
