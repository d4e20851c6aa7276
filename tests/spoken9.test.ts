/**
 * Figures in ads and legal lines as a narrator says them (written by hand before the code): a price per unit
 * (`9,99 €/mois` neuf euros quatre-vingt-dix-neuf par mois, `$19.99/mo` … per month, `2/$8` two for eight dollars), a US
 * retail date after a word that takes one (`Offer ends 1/31` January thirty-first, `Saturday 4/12`) while a score stays a
 * score (`9/10 dentists`), and a note call after a figure or a word not said (`$199*`, `40%**`, `30 %*`, `9,99 €(1)`,
 * `TTC*`). Each row: language, the written text, what a narrator says. The DOCX fixtures
 * (scripts/build-spoken9-fixtures.py) carry the same shapes through a report.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { spokenForm } from '../src/measure/spoken/index.js';

const ROWS: [string, string, string][] = [
  // a price per unit: the slash said "per" in the language, the unit in full
  ['fr-FR', 'L’abonnement coûte 9,99 €/mois.', 'L’abonnement coûte neuf euros quatre-vingt-dix-neuf par mois.'],
  ['fr-FR', 'Dès 39 €/an', 'Dès trente-neuf euros par an'],
  ['fr-FR', 'Seulement 8 €/h', 'Seulement huit euros par heure'],
  ['fr-FR', 'Seulement 9,99€/mois', 'Seulement neuf euros quatre-vingt-dix-neuf par mois'],
  ['de-DE', 'Das Abo kostet 9,99 €/Monat.', 'Das Abo kostet neun Euro neunundneunzig pro Monat.'],
  ['de-DE', 'Nur 12 €/Std', 'Nur zwölf Euro pro Stunde'],
  ['es-ES', 'Solo 9,99 €/mes.', 'Solo nueve euros con noventa y nueve al mes.'],
  ['es-ES', 'Solo 99 €/año', 'Solo noventa y nueve euros al año'],
  ['en-US', 'Plans start at $9.99/month.', 'Plans start at nine dollars and ninety-nine cents per month.'],
  ['en-US', 'Just $19.99/mo or $49/yr.', 'Just nineteen dollars and ninety-nine cents per month or forty-nine dollars per year.'],
  ['en-US', 'Only $9.99/mo.', 'Only nine dollars and ninety-nine cents per month.'],
  ['en-US', 'Buy 2/$8 today.', 'Buy two for eight dollars today.'],
  // not a price per unit: a unit outside the list, a pair of currencies, a sign with no figure
  ['en-US', 'Energy 0.30 €/kWh', 'Energy zero point three zero €/kWh'],
  ['en-US', 'The $/h rate', 'The $/h rate'],
  // a US retail date after a word that takes a date; a score or a fraction stays one
  ['en-US', 'Offer ends 1/31.', 'Offer ends January thirty-first.'],
  ['en-US', 'Expires 12/31.', 'Expires December thirty-first.'],
  ['en-US', 'Sale ends 3/15', 'Sale ends March fifteenth'],
  ['en-US', 'Join us Saturday 4/12.', 'Join us Saturday April twelfth.'],
  ['en-US', 'Offer valid 5/1 only', 'Offer valid May first only'],
  ['en-US', '9/10 dentists agree', 'nine out of ten dentists agree'],
  ['en-US', 'Mon 3/4 cups', 'Mon three quarters cups'],
  // a note call: not said, the figure read as without it
  ['en-US', 'Only $199* with trade-in.', 'Only one hundred ninety-nine dollars* with trade-in.'],
  ['en-US', 'Save up to 40%** on select items.', 'Save up to forty percent** on select items.'],
  ['en-US', 'Now $25† and $30‡', 'Now twenty-five dollars† and thirty dollars‡'],
  ['de-DE', 'Jetzt 30 %* sparen.', 'Jetzt dreißig Prozent* sparen.'],
  ['fr-FR', 'soit 199 €* TTC*.', 'soit cent quatre-vingt-dix-neuf euros* T T C*.'],
  ['fr-FR', 'Seulement 9,99 €(1) par mois.', 'Seulement neuf euros quatre-vingt-dix-neuf⁽¹⁾ par mois.'],
  // not a note call: an emphasis, a star rating, a sub-section, a function
  ['en-US', '*Terms apply* to $5', '*Terms apply* to five dollars'],
  ['en-US', 'a 5* hotel', 'a 5* hotel'],
  ['en-US', 'Section 5(2) applies', 'Section 5(2) applies'],
  ['en-US', 'f(1) = 2', 'f of one equals two'],
  ['en-US', 'model: (marker*,table-column*,table-body+)', 'model: (marker*,table-column*,table-body+)'],
  // Swiss money: a whole amount's dash not said; `Fr.` before an amount said francs (Franken) after it
  ['fr-CH', "Total : CHF 1'250.–", 'Total : mille deux cent cinquante francs suisses'],
  ['fr-CH', 'Total : CHF 1’250.–.', 'Total : mille deux cent cinquante francs suisses.'],
  ['fr-CH', 'Ça fait Fr. 12.50', 'Ça fait douze francs cinquante'],
  ['de-CH', 'Total: Fr. 12.50', 'Total: zwölf Franken fünfzig'],
  ['de-CH', "SFr. 1'250.–", 'eintausendzweihundertfünfzig Franken'],
  ['de-CH', 'Am Fr. 12. Mai', 'Am Fr. zwölfter Mai'],
  // a grouped number with a plus: the number, then "plus" (a space, a no-break or a narrow no-break space, a comma, a dot)
  ['fr-FR', 'Déjà 10 000+ clients.', 'Déjà dix mille plus clients.'],
  ['fr-FR', 'Déjà 10\u00a0000+ clients.', 'Déjà dix mille plus clients.'],
  ['fr-FR', '2\u202f500+ magasins', 'deux mille cinq cents plus magasins'],
  ['en-US', 'Trusted by 10,000+ customers in 500+ stores.', 'Trusted by ten thousand plus customers in five hundred plus stores.'],
  ['de-DE', 'Über 10.000+ Kunden', 'Über zehntausend plus Kunden'],
  ['es-ES', 'Más de 10.000+ clientes', 'Más de diez mil más clientes'],
  // a unit pair: grams per kilometre, miles per gallon
  ['en-US', '119 g/km and 35 mpg', 'one hundred nineteen grams per kilometer and thirty-five miles per gallon'],
  ['fr-FR', 'soit 119 g/km', 'soit cent dix-neuf grammes par kilomètre'],
  ['de-DE', '119 g/km', 'einhundertneunzehn Gramm pro Kilometer'],
];

describe('spoken forms (spoken9)', () => {
  it.each(ROWS)('%s %s', (tag, text, said) => {
    expect(spokenForm(text, tag)).toBe(said);
  });
});

const DIR = join(__dirname, 'fixtures', 'spoken9');
async function said(file: string) {
  const { report } = await analyse(join(DIR, file), { noConfig: true });
  return [...report.voices, report.unassigned].flatMap((g) => g.lines).map((l) => [l.spoken, l.words, l.spokenWords]);
}

describe('through a report (DOCX fixtures)', () => {
  it('en.docx: prices per unit, retail dates, note calls', async () => {
    expect(await said('en.docx')).toEqual([
      ['Plans start at nine dollars and ninety-nine cents per month.', 4, 10],
      ['Just nineteen dollars and ninety-nine cents per month or forty-nine dollars per year.', 4, 13],
      ['Only one hundred ninety-nine dollars* with trade-in. Save up to forty percent** on select items.', 11, 15],
      ['Offer ends January thirty-first. Expires December thirty-first.', 5, 7],
      ['Join us Saturday April twelfth. We won three out of four games.', 8, 12],
      ['Buy two for eight dollars today.', 3, 6],
    ]);
  });
  it('fr.docx, de.docx, es.docx: par mois, pro Monat, al mes; note calls', async () => {
    expect(await said('fr.docx')).toEqual([
      ['L’abonnement coûte neuf euros quatre-vingt-dix-neuf par mois.', 4, 7],
      ['Dès trente-neuf euros par an, soit cent quatre-vingt-dix-neuf euros* T T C*.', 6, 12],
      ['Seulement neuf euros quatre-vingt-dix-neuf⁽¹⁾ par mois.', 5, 6],
    ]);
    expect(await said('de.docx')).toEqual([
      ['Das Abo kostet neun Euro neunundneunzig pro Monat.', 5, 8],
      ['Jetzt dreißig Prozent* sparen.', 3, 4],
    ]);
    expect(await said('es.docx')).toEqual([['Solo nueve euros con noventa y nueve al mes.', 3, 9]]);
  });
  it('fr-ch.docx, de-ch.docx: Swiss money, a grouped number with a plus', async () => {
    expect(await said('fr-ch.docx')).toEqual([
      ['Total : mille deux cent cinquante francs suisses', 3, 7],
      ['Ça fait douze francs cinquante, déjà dix mille plus clients.', 8, 10],
    ]);
    expect(await said('de-ch.docx')).toEqual([['Total: zwölf Franken fünfzig oder eintausendzweihundertfünfzig Franken', 6, 7]]);
  });
});
