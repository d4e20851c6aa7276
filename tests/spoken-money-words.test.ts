/**
 * Money written with a currency word after an amount with cents (`19,99 euros`, `19,99 Euro`, `19.99
 * dollars`): said as the same amount with its sign is (`19,99 €`), the currency word between the units
 * and the cents; other decimals before a word stay decimals. Then the syllable timing of such a line.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spokenForm } from '../src/measure/spoken/index.js';
import { countWords } from '../src/text/words.js';
import { buildDocx, DEFAULT_STYLES, r } from './helpers/docx-builder.js';
import { runCli } from './helpers/cli.js';

const CASES: [string, string, string, number][] = [
  // German: as `19,99 €` is said
  ['de-DE', 'Nur 19,99 Euro.', 'Nur neunzehn Euro neunundneunzig.', 4],
  ['de-DE', 'Ab 5,40 Euro im Monat.', 'Ab fünf Euro vierzig im Monat.', 6],
  ['de-DE', 'Nur 19,99 €.', 'Nur neunzehn Euro neunundneunzig.', 4],
  ['de-DE', 'Für 0,99 Euro.', 'Für neunundneunzig Cent.', 3],
  ['de-DE', '12,50 Franken', 'zwölf Franken fünfzig', 3],
  // French
  ['fr-FR', 'Seulement 19,99 euros.', 'Seulement dix-neuf euros quatre-vingt-dix-neuf.', 4],
  ['fr-FR', 'À partir de 5,40 euros par mois.', 'À partir de cinq euros quarante par mois.', 8],
  ['fr-FR', '1,50 euro', 'un euro cinquante', 3],
  ['fr-FR', '1 299,99 euros', 'mille deux cent quatre-vingt-dix-neuf euros quatre-vingt-dix-neuf', 6],
  ['fr-FR', '5,00 euros', 'cinq euros', 2],
  ['fr-FR', '2,50 livres', 'deux livres cinquante', 3],
  // Spanish
  ['es-ES', 'Solo 19,99 euros.', 'Solo diecinueve euros con noventa y nueve.', 7],
  ['es-ES', '4,25 dólares', 'cuatro dólares con veinticinco', 4],
  // English
  ['en-US', 'Only 19.99 dollars.', 'Only nineteen dollars and ninety-nine cents.', 6],
  ['en-US', 'Only 19.99 euros.', 'Only nineteen euros and ninety-nine cents.', 6],
  ['en-GB', 'Just 4.50 pounds.', 'Just four pounds and fifty pence.', 6],
  // Not money: another number of decimals, a word that is a weight or a unit as often, no cents (yen)
  ['de-DE', '3,5 Kilo Mehl', 'drei Komma fünf Kilo Mehl', 5],
  ['de-DE', '2,50 Pfund Mehl', 'zwei Komma fünf null Pfund Mehl', 6],
  ['fr-FR', '3,5 euros', 'trois virgule cinq euros', 4],
  ['en-US', '2.50 pounds of flour', 'two point five zero pounds of flour', 7],
  ['en-US', '149.50 yen', 'one hundred forty-nine point five zero yen', 7],
  ['en-US', '2.5 dollars', 'two point five dollars', 4],
];

describe('money written with a currency word after cents', () => {
  it.each(CASES)('%s: %s → %s', (tag, written, spoken, count) => {
    const result = spokenForm(written, tag);
    expect(result).toBe(spoken);
    expect(countWords(result)).toBe(count);
  });
});

describe('the syllable timing of such a line follows what is said', () => {
  it('19,99 euros is timed as 19,99 €', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-money-words-'));
    const styles = DEFAULT_STYLES.replace('<w:sz w:val="22"/>', '<w:sz w:val="22"/><w:lang w:val="fr-FR"/>');
    const para = (text: string) => `<w:p>${r(text, '<w:color w:val="C00000"/>')}</w:p>`;
    writeFileSync(join(dir, 'script.docx'), buildDocx({ styles, body: para('Seulement 19,99 euros.') + para('Seulement 19,99 €.') }));
    writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  V: { color: "#C00000" }\ntiming: syllables\n');
    const result = runCli(['lines', 'script.docx', '--json'], dir);
    expect(result.stderr).toBe('');
    const lines = JSON.parse(result.stdout).voices[0].lines;
    expect(lines.map((l: { spoken: string }) => l.spoken)).toEqual(['Seulement dix-neuf euros quatre-vingt-dix-neuf.', 'Seulement dix-neuf euros quatre-vingt-dix-neuf.']);
    expect(lines[0].spokenWords).toBe(4);
    expect(lines[0].syllables).toBe(lines[1].syllables);
    expect(lines[0].seconds).toBe(lines[1].seconds);
  });
});

describe('US toll-free numbers: 800 said eight hundred', () => {
  const TOLL_FREE: [string, string, string][] = [
    ['en-US', 'Call 1-800-555-0199 today.', 'Call one eight hundred five five five oh one nine nine today.'],
    ['en-US', 'Call (800) 555-0199.', 'Call eight hundred five five five oh one nine nine.'],
    ['en-US', 'Call 1.800.555.0199', 'Call one eight hundred five five five oh one nine nine'],
    ['en-US', 'Call +1 800 555 0199', 'Call plus one eight hundred five five five oh one nine nine'],
    // Not 800, or not in its groups, or not American English: digit by digit, as before
    ['en-US', 'Call 1-888-555-0199', 'Call one eight eight eight five five five oh one nine nine'],
    ['en-US', 'Call 212-555-0199', 'Call two one two five five five oh one nine nine'],
    ['en-US', 'Call 18005550199', 'Call one eight oh oh five five five oh one nine nine'],
    ['en-GB', 'Call 1-800-555-0199', 'Call one eight oh oh five five five oh one nine nine'],
  ];
  it.each(TOLL_FREE)('%s: %s → %s', (tag, written, spoken) => {
    expect(spokenForm(written, tag)).toBe(spoken);
  });
});
