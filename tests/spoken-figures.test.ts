/**
 * Figures that were said wrongly or half said (the "spoken" probe), by rule: dot-grouped numbers,
 * ranges with a sign or unit on either end, ISO currency codes before an amount, time ranges, scores
 * beside a month, acronyms, ordinals over a thousand or in superscript letters, years inside a
 * code, hashtags, spans of years, reference numbers, and the full stop after `8pm.` and `etc.`.
 * Each row: the written text, what a narrator says, and the spoken word count. Where the reading is
 * not sure (`1,000` in French) the figure is kept as written. README "Spoken words" states the rules.
 */
import { describe, expect, it } from 'vitest';
import { spokenForm } from '../src/measure/spoken/index.js';
import { countWords } from '../src/text/words.js';

type Row = [string, string, number];

const check = (tag: string) => (written: string, spoken: string, count: number) => {
  const result = spokenForm(written, tag);
  expect(result).toBe(spoken);
  expect(countWords(result)).toBe(count);
};

describe('dot-grouped numbers (two or more dots) are numbers, not versions', () => {
  it.each<Row>([
    ['La ville compte 2.500.000 habitants.', 'La ville compte deux millions cinq cent mille habitants.', 9],
    ['Le budget atteint 1.000.000 € cette année.', "Le budget atteint un million d'euros cette année.", 8],
    ["1.000.000 d'euros", "un million d'euros", 3],
    ['1.500.000.000', 'un milliard cinq cents millions', 5],
    // the decimal comma written twice can only group thousands (English style)
    ['1,000,000 de personnes', 'un million de personnes', 4],
    // comma + three digits once: a decimal or English thousands? Kept as written.
    ['1,000 personnes', '1,000 personnes', 2],
    ['2,500 habitants', '2,500 habitants', 2],
    // a decimal all the same: integer part 0, or not three digits
    ['0,125', 'zéro virgule cent vingt-cinq', 4],
    ['1,25', 'un virgule vingt-cinq', 3],
    // versions and addresses stay dotted
    ['version 2.1.0', 'version deux point un point zéro', 6],
    ['192.168.100.200', 'cent quatre-vingt-douze point cent soixante-huit point cent point deux cents', 10],
  ])('fr: %s', check('fr-FR'));

  it.each<Row>([
    ['Die Stadt hat 2.500.000 Einwohner.', 'Die Stadt hat zwei Millionen fünfhunderttausend Einwohner.', 7],
    ['Das Budget beträgt 1.000.000 € im Jahr.', 'Das Budget beträgt eine Million Euro im Jahr.', 8],
    ['Version 2.1.0', 'Version zwei Punkt eins Punkt null', 6],
  ])('de: %s', check('de-DE'));

  it.each<Row>([
    ['2.500.000 habitantes', 'dos millones quinientos mil habitantes', 5],
    ['1,000 personas', '1,000 personas', 2],
  ])('es: %s', check('es-ES'));

  it.each<Row>([
    // in English a dot written twice cannot be a decimal point: a number grouped the continental way
    ['Germany has 83.200.000 people.', 'Germany has eighty-three million two hundred thousand people.', 8],
    ['1.000.000', 'one million', 2],
    ['version 2.1.0', 'version two point one point zero', 6],
    ['1.200', 'one point two zero zero', 5],
    // an IP address: its parts, not a phone number
    ['192.168.1.1', 'one hundred ninety-two point one hundred sixty-eight point one point one', 11],
  ])('en: %s', check('en-US'));
});

describe('ranges: number–number with the sign or unit on either or both ends', () => {
  it.each<Row>([
    ['Sales rose 10-15% this year.', 'Sales rose ten to fifteen percent this year.', 8],
    ['10%-15%', 'ten to fifteen percent', 4],
    ['Tickets run from $10-$15.', 'Tickets run from ten to fifteen dollars.', 7],
    ['$10-15', 'ten to fifteen dollars', 4],
    ['Keep it at 30-35°C.', 'Keep it at thirty to thirty-five degrees Celsius.', 8],
    ['-5–10°C', 'minus five to ten degrees Celsius', 6],
    ['5-10 km', 'five to ten kilometers', 4],
    // thousands grouped by spaces (SI style) on either side: a range, never a phone number
    ['1 500–2 000 km', 'one thousand five hundred to two thousand kilometers', 8],
    ['Call 555 123-4567 today.', 'Call five five five one two three four five six seven today.', 12],
    ['5-10km', 'five to ten kilometers', 4],
    ['10-20k', 'ten to twenty thousand', 4],
    ['It gives a 1.5x boost.', 'It gives a one point five times boost.', 8],
    ['2-3x faster', 'two to three times faster', 5],
    ['-$5', 'minus five dollars', 3],
    ['$5.50-$7.25', 'five dollars and fifty cents to seven dollars and twenty-five cents', 11],
    ['$1.2-1.5 million', 'one point two to one point five million dollars', 9],
    ['$2-3bn', 'two to three billion dollars', 5],
    ['A 10-15-minute walk', 'A ten to fifteen minute walk', 6],
    ['12-15 mins', 'twelve to fifteen minutes', 4],
    // a dash with more than two figures is no range: as before
    ['1-800-FLOWERS', 'one eight hundred FLOWERS', 4],
    // (a phone number, its toll-free 800 said as Americans say it: spoken-money-words.test.ts)
    ['Call 1-800-555-0199', 'Call one eight hundred five five five oh one nine nine', 11],
    // plain ranges and scores as before
    ['10–20', 'ten to twenty', 3],
    ['the 1990-1995 period', 'the nineteen ninety to nineteen ninety-five period', 7],
    ['won 3-1', 'won three to one', 4],
    // not in order and of unlike size: a reference, kept as written (never half said)
    ['form 2020-1310', 'form 2020-1310', 2],
    // a compound after the second number is said after the range
    ['2-3-year-olds', 'two to three year olds', 5],
    // sides that do not agree: kept as written
    ['3kg-5km', '3kg-5km', 1],
  ])('en-US: %s', check('en-US'));

  it.each<Row>([
    ['Save 20-30%', 'Save twenty to thirty per cent', 6],
    ['£5-£10', 'five to ten pounds', 4],
    ['£2,000-£3,000', 'two thousand to three thousand pounds', 6],
    ['-$5', 'minus five dollars', 3],
  ])('en-GB: %s', check('en-GB'));

  it.each<Row>([
    ['10-15 %', 'dix à quinze pour cent', 5],
    ['10-15%', 'dix à quinze pour cent', 5],
    ['20-25 €', 'vingt à vingt-cinq euros', 4],
    ['3-5 M€', "trois à cinq millions d'euros", 5],
    ['5,50-7,25 €', 'cinq euros cinquante à sept euros vingt-cinq', 7],
    ['22h-6h', 'vingt-deux heures à six heures', 5],
    ['art. L. 123-4', 'art. L. 123-4', 3],
    ['1-2 kg', 'un à deux kilogrammes', 4],
    ['1-2kg', 'un à deux kilogrammes', 4],
    ['gagné 3-1', 'gagné trois à un', 4],
    ['décret 2020-1310', 'décret 2020-1310', 2],
  ])('fr: %s', check('fr-FR'));

  it.each<Row>([
    ['3-1', 'drei zu eins', 3],
    ['10-15 %', 'zehn bis fünfzehn Prozent', 4],
  ])('de: %s', check('de-DE'));
});

describe('an ISO currency code before an amount is read like one after it', () => {
  it.each<Row>([
    ['The fee is EUR 20 per person.', 'The fee is twenty euros per person.', 7],
    ['Entry costs CHF 50 at the gate.', 'Entry costs fifty Swiss francs at the gate.', 8],
    ['USD 1.5 million', 'one point five million dollars', 5],
    ['EUR 20-30', 'twenty to thirty euros', 4],
    ['GBP20', 'twenty pounds', 2],
    ['prices in EUR', 'prices in E U R', 5],
    ['(EUR 20)', '(twenty euros)', 2],
    ['USD 1,000', 'one thousand dollars', 3],
  ])('en: %s', check('en-US'));
  it.each<Row>([
    ['CHF 50', 'cinquante francs suisses', 3],
    ['20 EUR', 'vingt euros', 2],
  ])('fr: %s', check('fr-FR'));
});

describe('times and time ranges', () => {
  it.each<Row>([
    ['Open 9am-5pm daily.', 'Open nine A M to five P M daily.', 9],
    ['Open 9am–5pm', 'Open nine A M to five P M', 8],
    ['Open 9-11am', 'Open nine to eleven A M', 6],
    ['10:30–11:00', "ten thirty to eleven o'clock", 5],
    ['Doors close at 8pm.', 'Doors close at eight P M.', 6],
  ])('en-US: %s', check('en-US'));

  it.each<Row>([
    ['7.30pm', 'seven thirty P M', 4],
    ['at 7.30 pm', 'at seven thirty P M', 5],
    ['7.30-9.30pm', 'seven thirty to nine thirty P M', 7],
    ['7.30', 'seven point three zero', 4],
  ])('en-GB: %s', check('en-GB'));

  it.each<Row>([
    ['Le standard répond de 10h-12h.', 'Le standard répond de dix heures à douze heures.', 9],
    ['La pause a lieu de 14h30-16h.', 'La pause a lieu de quatorze heures trente à seize heures.', 11],
    ['Le bureau est ouvert de 9h–18h.', 'Le bureau est ouvert de neuf heures à dix-huit heures.', 10],
    ['de 9-18h', 'de neuf à dix-huit heures', 5],
    ['14:00-15:30', 'quatorze heures à quinze heures trente', 6],
    // the h on one end only: said once, after the second
    ['de 10h-12', 'de dix à douze heures', 5],
  ])('fr: %s', check('fr-FR'));

  it.each<Row>([['9:00-17:00', 'neun Uhr bis siebzehn Uhr', 5]])('de: %s', check('de-DE'));
});

describe('N/M beside a month name: a date only after a word that takes a date, or in a line with a full date', () => {
  it.each<Row>([
    ['In May, 8/10 users agreed.', 'In May, eight out of ten users agreed.', 8],
    ['Rated 9/10 in the May issue', 'Rated nine out of ten in the May issue', 9],
    ['Due on 4/11', 'Due on April eleventh', 4],
    ['from 4/11 to 4/13', 'from April eleventh to April thirteenth', 6],
    ['valid 4/11 through 4/13/2025', 'valid April eleventh through April thirteenth, twenty twenty-five', 8],
    ['8/10', 'eight out of ten', 4],
    // the month the line names is the month of N/M: a date
    ['In April, the sale ends 4/30.', 'In April, the sale ends April thirtieth.', 7],
  ])('en-US: %s', check('en-US'));
  it.each<Row>([
    ['En mars, 8/10 des salariés étaient présents.', 'En mars, huit sur dix des salariés étaient présents.', 9],
    ['le 14/7', 'le quatorze juillet', 3],
    ['du 12/3 au 15/3', 'du douze mars au quinze mars', 6],
    ['En mars, soldes jusqu’au 15/3.', 'En mars, soldes jusqu’au quinze mars.', 6],
  ])('fr: %s', check('fr-FR'));
});

describe('acronyms of four letters', () => {
  it.each<Row>([
    ['Le ticket RATP coûte 2,15 €.', 'Le ticket R A T P coûte deux euros quinze.', 10],
    ['La FNAC ouvre à 10 h.', 'La FNAC ouvre à dix heures.', 6],
    ['la CNIL', 'la CNIL', 2],
    ['le CERN', 'le CERN', 2],
  ])('fr: %s', check('fr-FR'));
  it.each<Row>([
    ['Ask the ACLU or the AARP for help.', 'Ask the A C L U or the A A R P for help.', 14],
    ['ADSL', 'A D S L', 4],
    ['NASA', 'NASA', 1],
    ['SWIFT', 'SWIFT', 1],
    ['OECD', 'O E C D', 4],
    ['YAML', 'YAML', 1],
  ])('en: %s', check('en-US'));
});

describe('ordinals, years inside a code, hashtags, spans of years, abbreviations', () => {
  it.each<Row>([
    ['Le 1 000e visiteur', 'Le millième visiteur', 3],
    ['Le 1.000e visiteur', 'Le millième visiteur', 3],
    ['1ᵉʳ', 'premier', 1],
    ['la 1ʳᵉ fois', 'la première fois', 3],
    ['le 2ᵉ étage', 'le deuxième étage', 3],
    ['XXIᵉ siècle', 'vingt et unième siècle', 4],
    ['#MeToo', 'hashtag Me Too', 3],
    ['2024/2025', 'deux mille vingt-quatre deux mille vingt-cinq', 6],
    ['2024-2025', 'deux mille vingt-quatre à deux mille vingt-cinq', 7],
    ['2024/25', 'deux mille vingt-quatre vingt-cinq', 4],
    ['2x plus vite', 'deux fois plus vite', 4],
    ['Fruits, légumes, etc.', 'Fruits, légumes, et cetera.', 4],
  ])('fr: %s', check('fr-FR'));
  it.each<Row>([
    ['the 1,000th visitor', 'the one thousandth visitor', 4],
    ['1ˢᵗ', 'first', 1],
    ['In FY2023 revenue doubled.', 'In F Y twenty twenty-three revenue doubled.', 7],
    ['SPRING2024', 'SPRING twenty twenty-four', 3],
    ['#SafetyFirst', 'hashtag Safety First', 3],
    ['#MeToo', 'hashtag Me Too', 3],
    ['#iPhone', 'hashtag iPhone', 2],
    ['#COVID19', 'hashtag COVID nineteen', 3],
    ['#1', 'number one', 2],
    ['2024/2025', 'twenty twenty-four twenty twenty-five', 4],
    ['2024-25', 'twenty twenty-four to twenty-five', 4],
    ['2000-01', 'two thousand to oh one', 5],
    ['21st-century', 'twenty-first century', 2],
    ['the 2nd-floor office', 'the second floor office', 4],
    ['RTX2080', 'R T X twenty eighty', 5],
    ['#BLM', 'hashtag B L M', 4],
    ['#safety_first', 'hashtag safety first', 3],
    ['apples, pears, etc.', 'apples, pears, et cetera.', 4],
    ['pears, etc. and more', 'pears, et cetera and more', 5],
    ['the U.S.', 'the U S.', 3],
    // a booth's `(V.O.)` is a direction, kept as written (spoken-said.test.ts); other dotted capitals in brackets are spelled, their stops their own
    ['ANNA (V.O.)', 'ANNA (V.O.)', 2],
    ['in the (U.S.) market', 'in the (U S) market', 5],
    ['“Bring pens, paper, etc.”', '“Bring pens, paper, et cetera.”', 5],
  ])('en: %s', check('en-US'));
});
