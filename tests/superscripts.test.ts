/**
 * Superscripts and subscripts as a reader sees them (readers/scripts.ts; DOCX w:vertAlign, docx/index.ts;
 * PDF raised and lowered pieces, pdf/lines.ts attachCalls and makeLine; the text rise Ts, pdf/operators.ts;
 * spoken: a note's call unsaid, measure/spoken/index.ts noteCallAtEnd and FIGURE_CALL; units' powers).
 * Before: the PDFs read Word's raised endings as lines of their own ("er e", "th st *") and the ordinals
 * as cardinals ("le un texte", "the 21 annual sale"); the DOCX ignored w:vertAlign ("m deux", "note
 * thirty-three", "mc two"). Each PDF now reads as its DOCX: same lines, words and spoken forms.
 * Fixtures: tests/fixtures/superscripts/, made by scripts/build-superscript-fixtures.py.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { spokenForm } from '../src/measure/spoken/index.js';
import { countWords } from '../src/text/words.js';

const DIR = join(__dirname, 'fixtures', 'superscripts');

async function lines(file: string): Promise<[string, string, number, number, string][]> {
  const { report } = await analyse(join(DIR, file), { noConfig: true });
  return report.voices.flatMap((v) => (v.lines ?? []).map((l) => [v.name, l.text, l.words, l.spokenWords, l.spoken] as [string, string, number, number, string]));
}
async function voiceRows(file: string): Promise<[string, number, number, number][]> {
  const { report } = await analyse(join(DIR, file), { noConfig: true });
  return report.voices.map((v) => [v.name, v.lineCount, v.words, v.spokenWords]);
}

const FR: [string, string, number, number, string][] = [
  ['Narrateur', 'Le 1er janvier, au XXIe siècle, François Ier et la 2nde édition.', 12, 14, 'Le premier janvier, au vingt et unième siècle, François premier et la seconde édition.'],
  ['Narrateur', 'Montez au 3e étage, puis au 2ème ; voir la note¹.', 10, 10, 'Montez au troisième étage, puis au deuxième ; voir la note¹.'],
  ['Narrateur', 'Le prix est de 1\u202f250,50\u00a0€ TTC*.', 7, 13, 'Le prix est de mille deux cent cinquante euros cinquante T T C*.'],
  ['Cliente', 'La surface est de 75 m² et le volume de 20 m³.', 12, 14, 'La surface est de soixante-quinze mètres carrés et le volume de vingt mètres cubes.'],
  ['Cliente', 'Offre valable jusqu\u2019au 31/12/2025⁽¹⁾.', 4, 10, 'Offre valable jusqu\u2019au trente et un décembre deux mille vingt-cinq⁽¹⁾.'],
  ['Cliente', 'Le CO₂ rejeté par Mme Durand.', 6, 8, 'Le C O deux rejeté par madame Durand.'],
];
const EN: [string, string, number, number, string][] = [
  ['Narrator', 'On July 4th, the 21st annual sale: 50% off*.', 9, 10, 'On July fourth, the twenty-first annual sale: fifty percent off*.'],
  ['Narrator', 'Covers 1,200 ft² with E = mc².', 6, 13, 'Covers one thousand two hundred square feet with E equals m c squared.'],
  ['Customer', 'Results may vary† \u2014 see note 3³.', 6, 6, 'Results may vary† \u2014 see note three³.'],
];

describe('French: Word superscripts (ordinals, Mme, powers, note calls) and a subscript', () => {
  it.each(['sup-fr.docx', 'sup-fr.pdf', 'chrome-fr.pdf'])('%s: one line a paragraph, the raised pieces in their words', async (file) => {
    // Before (PDF): "Le 1 janvier, au XXI siècle…" + a line "er e er nde"; "75 m pour" + a line "2 (1)" (Chromium).
    // Before (DOCX): "75 m2" said "soixante-quinze m deux", "note1" said "note un".
    const got = await lines(file);
    // The normal space in Chromium's HTML for the LibreOffice's narrow one.
    expect(got.map((l) => [l[0], l[1].replace(/ (?=250,50)/, '\u202f').replace(/,50 €/, ',50\u00a0€'), l[2], l[3], l[4]])).toEqual(FR);
  });
});

describe('English: Word superscripts 4th, 21st, ft², mc², note calls', () => {
  it.each(['sup-en.docx', 'sup-en.pdf', 'rl-en.pdf'])('%s', async (file) => {
    // Before (PDF): "On July 4 , the 21 annual sale: 50% off ." + a line "th st *"; (ReportLab's Ts) "ft2" "note 33".
    expect(await lines(file)).toEqual(EN);
  });
});

describe('a French e-learning module: the PDF counts as its DOCX', () => {
  it('module-fr.pdf = module-fr.docx: 8 lines, 157 words (before: 20 lines, 168 words in the PDF)', async () => {
    const docx = await voiceRows('module-fr.docx');
    expect(docx).toEqual([
      ['Narratrice', 4, 87, 102],
      ['Formateur', 4, 70, 77],
    ]);
    expect(await voiceRows('module-fr.pdf')).toEqual(docx);
    const pdf = await lines('module-fr.pdf');
    expect(pdf.map((l) => l[1])).toEqual((await lines('module-fr.docx')).map((l) => l[1]));
    expect(pdf.filter((l) => /^(?:er|e|me|nd)(?: |$)/.test(l[1]))).toEqual([]);
    expect(pdf[0]![4]).toContain('c\u2019est le premier texte de ce type au vingt et unième siècle.');
  });
});

describe('spoken forms of raised and lowered figures', () => {
  it.each([
    ['fr-FR', 'voir la note 3³.', 'voir la note trois³.', 4],
    ['fr-FR', '2³ = 8', 'deux au cube égale huit', 5],
    ['fr-FR', '10⁶ habitants', 'dix puissance six habitants', 4],
    ['fr-FR', 'jusqu\u2019au 31/12/2025⁽¹⁾.', 'jusqu\u2019au trente et un décembre deux mille vingt-cinq⁽¹⁾.', 8],
    ['en-US', 'Only $199* with trade-in.', 'Only one hundred ninety-nine dollars* with trade-in.', 7],
    ['en-US', 'In 2025¹, sales rose.', 'In twenty twenty-five¹, sales rose.', 5],
    ['en-US', 'the 2ⁿᵈ floor', 'the second floor', 3],
    ['en-US', 'Covers 1,200 ft²', 'Covers one thousand two hundred square feet', 7],
    ['en-US', 'E = mc² (see 3³)', 'E equals m c squared (see three cubed)', 8],
  ])('%s %s → %s', (tag, text, said, n) => {
    expect(spokenForm(text, tag)).toBe(said);
    expect(countWords(spokenForm(text, tag))).toBe(n);
  });
});
