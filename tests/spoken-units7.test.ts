/**
 * Units, amounts, versions and word forms as a narrator says them (written by hand before the code): fuel consumption
 * (`5,2 l/100 km` cinq virgule deux litres aux cent kilomètres), an amount or a scaled figure with a plus (`$50+` fifty
 * dollars plus, `1M+` one million plus), `2.5M` two point five million, the grouped amount after a currency code read
 * whole (`CHF 1 250` mille deux cent cinquante francs suisses), versions part by part with the word for the dot (`v2.3`
 * version two point three, never the decimal comma), German days of one month (`Vom 1. bis 3. März` vom ersten bis
 * dritten März), an English time range before its marker (`2:00–3:30 p.m.` two to three thirty P M), Spanish numbers
 * agreeing with a noun by its ending (`21 oficinas` veintiuna), a half before a noun (`1/2 taza` media taza, `une 1/2
 * journée` une demi-journée), French heights (`1,80 m` un mètre quatre-vingts) and French titles before a name (`Mme
 * Dupont` madame Dupont, `Dr`, `Pr`, `Me`, `M.` monsieur). Each row: language, the written text,
 * what a narrator says. The DOCX fixtures (scripts/build-units7-fixtures.py) carry the same shapes through a report.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { spokenForm } from '../src/measure/spoken/index.js';

const ROWS: [string, string, string][] = [
  // fuel consumption: litres per hundred kilometres in each language, spaced or glued
  ['fr-FR', 'Consommation : 5,2 l/100 km.', 'Consommation : cinq virgule deux litres aux cent kilomètres.'],
  ['fr-FR', '1 l/100 km', 'un litre aux cent kilomètres'],
  ['en-GB', '5.2 l/100 km', 'five point two litres per hundred kilometres'],
  ['en-US', '6.5L/100km.', 'six point five liters per hundred kilometers.'],
  ['de-DE', '5,2 l/100 km', 'fünf Komma zwei Liter auf hundert Kilometer'],
  ['es-ES', '5,2 l/100 km', 'cinco coma dos litros a los cien kilómetros'],
  ['en-US', '35 mpg', 'thirty-five miles per gallon'],
  ['es-ES', '119 g/km', 'ciento diecinueve gramos por kilómetro'],
  // a plus after an amount or a scaled figure; a scaled figure in English
  ['en-US', 'Over 1M+ users', 'Over one million plus users'],
  ['en-US', 'From $50+ today', 'From fifty dollars plus today'],
  ['en-US', '€5M+ raised', 'five million euros plus raised'],
  ['en-US', '10K+ fans', 'ten thousand plus fans'],
  ['en-US', 'up to 2.5M downloads', 'up to two point five million downloads'],
  ['en-US', '10M users', 'ten million users'],
  // not a scale: a name, a screen, a run (as before)
  ['en-US', '3M tape', 'three M tape'],
  ['en-US', '4K TV', 'four K T V'],
  ['en-US', 'C++ and 5+5', 'C++ and five plus five'],
  // the grouped amount after a currency code, whatever the space
  ['fr-FR', 'CHF 1 250', 'mille deux cent cinquante francs suisses'],
  ['fr-FR', 'CHF 1\u00a0250', 'mille deux cent cinquante francs suisses'],
  ['fr-FR', 'CHF 1\u202f250.', 'mille deux cent cinquante francs suisses.'],
  ['de-DE', 'CHF 1 250', 'eintausendzweihundertfünfzig Franken'],
  ['en-US', 'EUR 1 250 and 300 more', 'one thousand two hundred fifty euros and three hundred more'],
  // versions: the word for the dot, never the decimal comma
  ['en-US', 'v2.3', 'version two point three'],
  ['en-US', 'version 2.3', 'version two point three'],
  ['en-US', 'iOS 17.4.1', 'iOS seventeen point four point one'],
  ['fr-FR', 'la v2.3', 'la version deux point trois'],
  ['fr-FR', 'version 2.3', 'version deux point trois'],
  ['de-DE', 'Version 2.3', 'Version zwei Punkt drei'],
  ['es-ES', 'versión 2.3', 'versión dos punto tres'],
  ['fr-FR', 'soit 2.3 litres', 'soit deux virgule trois litres'],
  // German days of one month; an English time range before its marker
  ['de-DE', 'Vom 1. bis 3. März', 'Vom ersten bis dritten März'],
  ['de-DE', 'am 1. und 2. Mai geschlossen', 'am ersten und zweiten Mai geschlossen'],
  ['en-US', '2:00–3:30 p.m.', 'two to three thirty P M.'],
  ['en-US', 'Open 2:00-3:30 PM, then', 'Open two to three thirty P M, then'],
  ['en-US', '9:05-11:30pm', 'nine oh five to eleven thirty P M'],
  ['en-US', '2:00–3:30', "two o'clock to three thirty"],
  // Spanish gender by the noun's ending; unsure endings keep the number as it was
  ['es-ES', 'Tenemos 21 oficinas', 'Tenemos veintiuna oficinas'],
  ['es-ES', '31 habitaciones', 'treinta y una habitaciones'],
  ['es-ES', '201 personas', 'doscientas una personas'],
  ['es-ES', '1 casa', 'una casa'],
  ['es-ES', '21 libros', 'veintiún libros'],
  ['es-ES', '21 problemas', 'veintiuno problemas'],
  ['es-ES', '21 artistas', 'veintiuno artistas'],
  // a half before a noun
  ['es-ES', 'Añada 1/2 taza', 'Añada media taza'],
  ['es-ES', '1/2 litro', 'medio litro'],
  ['es-ES', '1/2 de los alumnos', 'un medio de los alumnos'],
  ['fr-FR', 'une 1/2 journée', 'une demi-journée'],
  ['fr-FR', 'un 1/2 litre.', 'un demi-litre.'],
  // French heights in metres and centimetres; a decimal stays a decimal
  ['fr-FR', 'Il mesure 1,80 m.', 'Il mesure un mètre quatre-vingts.'],
  ['fr-FR', '2,05 m', 'deux mètres cinq'],
  ['fr-FR', '1,5 m', 'un virgule cinq mètre'],
  // French titles before a capitalised name; an initial, millions and a pronoun stay
  ['fr-FR', 'Mme Dupont arrive.', 'madame Dupont arrive.'],
  ['fr-FR', 'Mlle Dupont', 'mademoiselle Dupont'],
  ['fr-FR', 'Le Dr Martin et le Pr Martin', 'Le docteur Martin et le professeur Martin'],
  ['fr-FR', 'Me Durand plaide.', 'maître Durand plaide.'],
  ['fr-FR', 'Bonjour M. Dupont', 'Bonjour monsieur Dupont'],
  ['fr-FR', '« Mme Dupont »', '« madame Dupont »'],
  ['fr-FR', 'Jean M. Dupont', 'Jean M. Dupont'],
  ['fr-FR', '10 M. Dupont a signé', 'dix M. Dupont a signé'],
  ['fr-FR', 'Me voici', 'Me voici'],
  ['en-US', 'Mme Dupont', 'Mme Dupont'],
];

describe('spoken forms (units7)', () => {
  it.each(ROWS)('%s %s', (tag, text, said) => {
    expect(spokenForm(text, tag)).toBe(said);
  });
});

const DIR = join(__dirname, 'fixtures', 'units7');
async function said(file: string) {
  const { report } = await analyse(join(DIR, file), { noConfig: true });
  return [...report.voices, report.unassigned].flatMap((g) => g.lines).map((l) => [l.spoken, l.words, l.spokenWords]);
}

describe('through a report (DOCX fixtures)', () => {
  it('en.docx: fuel, plus, scales, versions, a time range', async () => {
    expect(await said('en.docx')).toEqual([
      ['Fuel economy: six point five litres per hundred kilometres, or thirty-five miles per gallon.', 6, 14],
      ['Over one million plus users, from fifty dollars plus a month.', 7, 11],
      ['Up to two point five million downloads since version two point three.', 6, 12],
      ['Update to iOS seventeen point four today.', 5, 7],
      ['Open two to three thirty P M daily.', 4, 8],
    ]);
  });
  it('fr.docx: fuel, CHF with each space, a version, une demi-journée, a height, titles', async () => {
    expect(await said('fr.docx')).toEqual([
      ['Consommation mixte : cinq virgule deux litres aux cent kilomètres ; cent dix-neuf grammes par kilomètre.', 7, 14],
      ['Total : mille deux cent cinquante francs suisses, mille deux cent cinquante francs suisses ou mille deux cent cinquante francs suisses.', 11, 20],
      ['Passez à la version deux point trois pour une demi-journée.', 9, 10],
      ['Il mesure un mètre quatre-vingts.', 4, 5],
      ['madame Dupont et le docteur Martin reçoivent monsieur Durand, puis maître Leroy.', 12, 12],
    ]);
  });
  it('de.docx, es.docx: fuel, days of one month, a version, gender, a half', async () => {
    expect(await said('de.docx')).toEqual([
      ['Verbrauch: fünf Komma zwei Liter auf hundert Kilometer.', 4, 8],
      ['Vom ersten bis dritten März geöffnet, Version zwei Punkt drei.', 8, 10],
    ]);
    expect(await said('es.docx')).toEqual([
      ['Consumo: cinco coma dos litros a los cien kilómetros.', 4, 9],
      ['Tenemos veintiuna oficinas y veintiún libros.', 6, 6],
      ['Añada media taza.', 3, 3],
    ]);
  });
});
