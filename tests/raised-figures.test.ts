/**
 * A raised figure right after a figure: a power or a note's call (measure/spoken/raised.ts, read from
 * measure/spoken/index.ts and measure/report.ts). Before: outside a formula's line every such figure was a
 * call ("The answer is 3²" three², unsaid; "2¹⁰ bytes" two¹⁰), and any base starting "10" a power of ten
 * ("100⁴" one hundred to the power four, "105²"). Now the line, its neighbours and the document's other
 * calls decide, and a reading that could go either way is said (`raised-figure-ambiguous`).
 * Fixtures: tests/fixtures/raised-figures/ (scripts/build-raised-figure-fixtures.py: python-docx and its
 * LibreOffice PDF, which read alike).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { spokenForm } from '../src/measure/spoken/index.js';
import { countWords } from '../src/text/words.js';

const DIR = join(__dirname, 'fixtures', 'raised-figures');

async function read(file: string, lang?: string) {
  const { report } = await analyse(join(DIR, file), lang ? { noConfig: true, lang } : { noConfig: true });
  const lines = report.voices.flatMap((v) => (v.lines ?? []).map((l) => [l.text, l.spoken, l.spokenWords] as [string, string, number]));
  const warnings = report.warnings.filter((w) => w.code === 'raised-figure-ambiguous').map((w) => [w.message, w.details]);
  return { lines, warnings };
}

describe('a maths worksheet: every raised figure after a figure a power', () => {
  it.each(['maths-en.docx', 'maths-en.pdf'])('%s', async (file) => {
    // Before: three², two¹⁰, five³, seven⁴ (13, 14, 10, 7 spoken words).
    const { lines, warnings } = await read(file);
    expect(lines).toEqual([
      ['The area of a square of side 3 is 3², nine square units.', 'The area of a square of side three is three squared, nine square units.', 14],
      ['A kilobyte is 2¹⁰ bytes and a million is 10⁶.', 'A kilobyte is two to the power ten bytes and a million is ten to the power six.', 18],
      // no maths of its own: the line before is a formula's
      ['Then write the next one as 7⁴.', 'Then write the next one as seven to the power four.', 11],
      ['Five cubed is written 5³ and makes 125.', 'Five cubed is written five cubed and makes one hundred twenty-five.', 11],
      ['Now solve x² + y² = 25 for whole numbers.', 'Now solve x squared plus y squared equals twenty-five for whole numbers.', 12],
    ]);
    expect(warnings).toEqual([]);
  });
  it.each(['maths-fr.docx', 'maths-fr.pdf'])('%s (French)', async (file) => {
    // Before: six², deux¹⁰.
    const { lines, warnings } = await read(file, 'fr-FR');
    expect(lines).toEqual([
      ['L\u2019aire d\u2019un carré de côté 6 est 6², soit trente-six.', 'L\u2019aire d\u2019un carré de côté six est six au carré, soit trente-six.', 12],
      ['Un million, c\u2019est 10⁶ ; un kilo-octet, 2¹⁰ octets.', 'Un million, c\u2019est dix puissance six ; un kilo-octet, deux puissance dix octets.', 12],
    ]);
    expect(warnings).toEqual([]);
  });
});

describe('a footnoted report: raised figures that follow its calls are calls', () => {
  it.each(['report-en.docx', 'report-en.pdf'])('%s', async (file) => {
    const { lines, warnings } = await read(file);
    expect(lines).toEqual([
      ['Sales rose in every region¹ last year.', 'Sales rose in every region¹ last year.', 7],
      // call 2 after region¹: a call, unsaid
      ['We opened 14² new stores in the spring.', 'We opened fourteen² new stores in the spring.', 8],
      // 2 follows no call (3 came before): a power, said, with a warning
      ['Each team now has 3² leads.', 'Each team now has three squared leads.', 7],
      ['Margins held steady³ through the winter.', 'Margins held steady³ through the winter.', 6],
      // call 4 after steady³; before: one hundred to the power four (a base starting 10 a power of ten)
      ['More than 100⁴ staff joined the company.', 'More than one hundred⁴ staff joined the company.', 8],
    ]);
    expect(warnings).toEqual([
      [
        'A raised figure after a number could be a power or a note call: "3²" read as a power (said).',
        { line: 'Each team now has 3² leads.', text: '3²', reading: 'power', why: 'does-not-follow-calls' },
      ],
    ]);
  });
});

describe('a single raised figure that could be either', () => {
  it.each(['ambiguous-en.docx', 'ambiguous-en.pdf'])('%s: a year and its call, said so', async (file) => {
    const { lines, warnings } = await read(file);
    expect(lines).toEqual([['The plan was filed in 2025² and approved.', 'The plan was filed in twenty twenty-five² and approved.', 9]]);
    expect(warnings).toEqual([
      [
        'A raised figure after a number could be a power or a note call: "2025²" read as a note call (not said).',
        { line: 'The plan was filed in 2025² and approved.', text: '2025²', reading: 'note-call', why: 'long-base' },
      ],
    ]);
  });
});

describe('a raised figure after a figure, line by line', () => {
  it.each([
    // before: three², the call unsaid
    ['en-US', 'The answer is 3².', 'The answer is three squared.', 5],
    ['en-US', '2¹⁰ bytes', 'two to the power ten bytes', 6],
    ['en-US', '10⁶ people', 'ten to the power six people', 6],
    // only exactly 10 is a power of ten's base (before: one hundred to the power four, one thousand to the power five)
    ['en-US', 'Over 100⁴ staff', 'Over one hundred⁴ staff', 4],
    ['en-US', 'Over 1000⁵ staff', 'Over one thousand⁵ staff', 4],
    ['en-US', 'a 5¹² tail', 'a five¹² tail', 3],
    // maths in the line: a power
    ['en-US', 'Write 7⁴ squared', 'Write seven to the power four squared', 7],
    ['de-DE', '7⁴ hoch zwei', 'sieben hoch vier hoch zwei', 5],
    // a figure that names a note: its call
    ['en-US', 'see note 3³.', 'see note three³.', 3],
    ['fr-FR', 'voir la page 12².', 'voir la page douze².', 4],
    ['fr-FR', 'Le nombre 7² vaut 49', 'Le nombre sept au carré vaut quarante-neuf', 7],
    ['en-US', 'In 2025¹, sales rose.', 'In twenty twenty-five¹, sales rose.', 5],
  ])('%s %s → %s', (tag, text, said, n) => {
    expect(spokenForm(text, tag)).toBe(said);
    expect(countWords(spokenForm(text, tag))).toBe(n);
  });
});

describe('a raised figure after a figure named by the word before it, in German and Swiss quotes » › ‹', () => {
  // The word before the figure was stripped of ( [ « “ ‘ " ¿ ¡ „ ‚ only: `»Seite 3²«` (German quotes open with »)
  // was not "Seite", so 3² was a power (drei Quadrat); as after „ or «, it is now the page's call, left unsaid.
  it.each([
    ['de-DE', 'Siehe »Seite 3²« im Anhang.', 'Siehe »Seite drei²« im Anhang.'],
    ['de-DE', 'Siehe ›Seite 3²‹ im Anhang.', 'Siehe ›Seite drei²‹ im Anhang.'],
    ['de-CH', 'Siehe ‹Seite 3²› im Anhang.', 'Siehe ‹Seite drei²› im Anhang.'],
    ['fr-FR', 'voir la ‹page 12²›.', 'voir la ‹page douze²›.'],
    ['en-US', 'see »note 3³«.', 'see »note three³«.'],
    // as they were: after „ and « (stripped before too), and French quotes spaced apart
    ['de-DE', 'Siehe „Seite 3²“ im Anhang.', 'Siehe „Seite drei²“ im Anhang.'],
    ['fr-FR', 'voir la «page 12²».', 'voir la «page douze²».'],
    ['fr-FR', 'voir la « page 12² ».', 'voir la « page douze² ».'],
    // maths in the quotes: still a power, and a unit's power still the unit's
    ['de-DE', '»Die Formel 3²« gilt.', '»Die Formel drei Quadrat« gilt.'],
    ['fr-FR', 'une surface de « 3 m² »', 'une surface de « trois mètres carrés »'],
  ])('%s %s → %s', (tag, text, said) => {
    expect(spokenForm(text, tag)).toBe(said);
  });
});
