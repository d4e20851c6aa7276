/**
 * Spoken forms that still read wrong (written by hand before the code): comparison signs said whole
 * (`≤` less than or equal to, `≠`, `≈`, `±`), German `Nr.` and Spanish `n.º` said as the word for
 * number, `US` after a verb or a preposition, `f(x)` in a formula, a country's code glued to a phone
 * number, a standard's number with its year (`ISO 9001:2015`).
 * Each row: language, the written text, what a narrator says, the spoken word count.
 */
import { describe, expect, it } from 'vitest';
import { spokenForm } from '../src/measure/spoken/index.js';
import { countWords } from '../src/text/words.js';

const COMPARISONS: [string, string, string, number][] = [
  // `≤` and `≥` are "or equal to", never a bare "less than" / "more than"
  ['en-US', 'x ≤ 5', 'x less than or equal to five', 7],
  ['en-US', 'x≤5', 'x less than or equal to five', 7],
  ['en-US', 'if x ≥ 10 then', 'if x greater than or equal to ten then', 9],
  ['en-US', 'Ages ≥18 only.', 'Ages greater than or equal to eighteen only.', 8],
  ['fr-FR', 'x ≤ 5', 'x inférieur ou égal à cinq', 6],
  ['fr-FR', 'x≥5', 'x supérieur ou égal à cinq', 6],
  ['fr-FR', 'âge ≥ 18 ans', 'âge supérieur ou égal à dix-huit ans', 7],
  ['de-DE', 'x ≤ 5', 'x kleiner oder gleich fünf', 5],
  ['de-DE', 'x ≥ 5', 'x größer oder gleich fünf', 5],
  ['es-ES', 'x ≤ 5', 'x menor o igual que cinco', 6],
  ['es-ES', 'x ≥ 5', 'x mayor o igual que cinco', 6],
  // `<` and `>` as before
  ['en-US', 'x < 5', 'x less than five', 4],
  ['fr-FR', '> 18 ans', 'plus de dix-huit ans', 4],
  // `≠`
  ['en-US', 'a ≠ b', 'a does not equal b', 5],
  ['en-US', 'a≠b', 'a does not equal b', 5],
  ['fr-FR', 'a ≠ b', 'a différent de b', 4],
  ['de-DE', 'a ≠ b', 'a ungleich b', 3],
  ['es-ES', 'a ≠ b', 'a distinto de b', 4],
  // `≈`: between two terms "approximately equals", before a figure alone "about"
  ['en-US', 'π ≈ 3.14', 'pi approximately equals three point one four', 7],
  ['en-US', 'π≈3.14', 'pi approximately equals three point one four', 7],
  ['en-US', 'It weighs ≈ 3 kg.', 'It weighs about three kilograms.', 5],
  ['en-US', 'It weighs ≈3 kg.', 'It weighs about three kilograms.', 5],
  ['fr-FR', 'π ≈ 3,14', 'pi environ égal à trois virgule quatorze', 7],
  ['fr-FR', 'Comptez ≈ 20 €.', 'Comptez environ vingt euros.', 4],
  ['de-DE', 'π ≈ 3,14', 'Pi ungefähr gleich drei Komma eins vier', 7],
  ['es-ES', '≈ 3 kg', 'unos tres kilogramos', 3],
  // `±`
  ['en-US', '5 ± 2', 'five plus or minus two', 5],
  ['en-US', 'accurate to ±5%', 'accurate to plus or minus five percent', 7],
  ['en-US', 'a margin of error (±3%)', 'a margin of error (plus or minus three percent)', 9],
  ['en-US', '±0.5 °C', 'plus or minus zero point five degrees Celsius', 8],
  ['fr-FR', '± 2 %', 'plus ou moins deux pour cent', 6],
  ['fr-FR', '±2 cm', 'plus ou moins deux centimètres', 5],
];

const NUMBER_MARKS: [string, string, string, number][] = [
  ['de-DE', 'Nr. 5', 'Nummer fünf', 2],
  ['de-DE', 'Haus Nr. 12', 'Haus Nummer zwölf', 3],
  ['de-DE', 'Siehe Nr. 5.', 'Siehe Nummer fünf.', 3],
  ['de-DE', 'Nr.5', 'Nummer fünf', 2],
  // a long number after it is an identifier, digit by digit (as before), now with its mark said
  ['de-DE', 'Kundennummer: Nr. 123456', 'Kundennummer: Nummer eins zwei drei vier fünf sechs', 8],
  ['es-ES', 'n.º 5', 'número cinco', 2],
  ['es-ES', 'el N.º 12', 'el número doce', 3],
  ['es-ES', 'núm. 7', 'número siete', 2],
  ['es-ES', 'Núm. 7', 'número siete', 2],
  ['es-ES', 'n.º5', 'número cinco', 2],
  // as before
  ['en-US', 'No. 5', 'number five', 2],
  ['fr-FR', 'n° 5', 'numéro cinq', 2],
];

const PRONOUN_US: [string, string, string, number][] = [
  // the country: after an article, before a noun it qualifies, after a verb before such a noun
  ['en-US', 'Made in the US', 'Made in the U S', 5],
  ['en-US', 'US dollars', 'U S dollars', 3],
  ['en-US', 'Help US veterans', 'Help U S veterans', 4],
  ['en-US', 'Support US troops.', 'Support U S troops.', 4],
  ['en-US', 'Sold to US customers.', 'Sold to U S customers.', 5],
  // the pronoun: after a verb or a preposition, where nothing or the pronoun's words follow
  ['en-US', 'Call US today.', 'Call US today.', 3],
  ['en-US', 'Come with US.', 'Come with US.', 3],
  ['en-US', 'Shop with US today', 'Shop with US today', 4],
  ['en-US', 'It is all about US!', 'It is all about US!', 5],
  // after a verb that takes two objects or a verb after it, a lower-case word cannot decide: kept as written
  ['en-US', 'Send US photos', 'Send US photos', 3],
  ['en-US', 'Give US feedback.', 'Give US feedback.', 3],
  ['en-US', 'Help US find a cure.', 'Help US find a cure.', 5],
  ['en-US', 'Let US help', 'Let US help', 3],
];

const FORMULAS_AND_CODES: [string, string, string, number][] = [
  // `f(x)`: a single letter and its argument in brackets, in a formula
  ['en-US', 'f(x) = 2x + 1', 'f of x equals two x plus one', 8],
  ['en-US', 'f(x)=x²', 'f of x equals x squared', 6],
  ['en-US', 'g(2) = 4', 'g of two equals four', 5],
  ['fr-FR', 'f(x) = 2x + 1', 'f de x égale deux x plus un', 8],
  ['de-DE', 'f(x) = x²', 'f von x gleich x Quadrat', 6],
  ['es-ES', 'f(x) = 2x', 'f de x igual a dos x', 7],
  // outside a formula, as before
  ['en-US', 'See f(x) below', 'See f(x) below', 3],
  ['en-US', 'It is 3x faster', 'It is three times faster', 5],
  ['en-US', 'a(b+c)', 'a b plus c', 4],
  // a country's code glued to a phone number: the code, then the number as the phone rule reads it
  ['en-US', '+33612345678', 'plus three three six one two three four five six seven eight', 12],
  ['en-US', 'Call +442079460958.', 'Call plus four four two oh seven nine four six oh nine five eight.', 14],
  ['fr-FR', '+33612345678', 'plus trente-trois six douze trente-quatre cinquante-six soixante-dix-huit', 7],
  ['fr-FR', 'Appelez le +33 612345678', 'Appelez le plus trente-trois six douze trente-quatre cinquante-six soixante-dix-huit', 9],
  ['fr-FR', '+33 6 12 34 56 78', 'plus trente-trois six douze trente-quatre cinquante-six soixante-dix-huit', 7],
  ['en-US', '+44 20 7946 0958', 'plus four four two oh seven nine four six oh nine five eight', 13],
  ['en-US', '+1 212 555 0100', 'plus one two one two five five five oh one oh oh', 12],
  // a sign before a number that is no phone's: as before
  ['en-US', 'up +15%', 'up plus fifteen percent', 4],
  ['en-US', '+2500 followers', 'plus two thousand five hundred followers', 6],
  // a standard's number and its year
  ['en-US', 'ISO 9001:2015', 'ISO nine thousand one twenty fifteen', 6],
  ['fr-FR', 'certifié ISO 14001:2015', 'certifié ISO quatorze mille un deux mille quinze', 8],
  ['de-DE', 'nach ISO 9001:2015', 'nach ISO neuntausendeins zweitausendfünfzehn', 4],
  // a dashed reference: its pieces, never one large number (as before)
  ['en-US', 'REF-2024-0042', 'REF twenty twenty-four zero zero four two', 7],
];

const FOUND_IN_SCRIPTS: [string, string, string, number][] = [
  // samples/en-commercial: a casting note's ages, a spot's length
  ['en-US', 'Customer (30s–40s, dry humor).', 'Customer (thirties to forties, dry humor).', 6],
  ['en-US', 'the 1980s-1990s', 'the nineteen eighties to nineteen nineties', 6],
  ['en-US', 'Spot 1 — “Weekend Plans” — :30', 'Spot one — “Weekend Plans” — thirty', 5],
  ['en-US', 'Spot 2 — :60', 'Spot two — sixty', 3],
  ['en-US', 'in the 80s', 'in the eighties', 3],
  // tests/fixtures/legends: a file's number with a dash after `numéro`, its groups read each
  ['fr-FR', 'Dossier numéro 2025-118', 'Dossier numéro deux mille vingt-cinq cent dix-huit', 7],
  ['en-US', 'Case No. 2025-118', 'Case number two oh two five one one eight', 9],
  // not after a mark, or a date: as before
  ['fr-FR', 'de 2020-2025', 'de deux mille vingt à deux mille vingt-cinq', 8],
  ['fr-FR', 'commande n° 12-15', 'commande numéro douze à quinze', 5],
  ['en-US', 'Items No. 12-15', 'Items number twelve to fifteen', 5],
  ['en-US', 'the lone π', 'the lone pi', 3],
];

describe.each([
  ['comparison signs', COMPARISONS],
  ['number marks', NUMBER_MARKS],
  ['the pronoun US', PRONOUN_US],
  ['formulas, phone codes, standards', FORMULAS_AND_CODES],
  ['found in the scripts', FOUND_IN_SCRIPTS],
] as const)('%s', (_, rows) => {
  it.each(rows)('%s %s', (tag, written, said, count) => {
    const spoken = spokenForm(written, tag);
    expect(spoken).toBe(said);
    expect(countWords(spoken)).toBe(count);
  });
});
