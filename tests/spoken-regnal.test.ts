/**
 * A Roman numeral after a monarch's or a pope's name is said as a narrator says it (written by hand before the code):
 * English `Henry VIII` Henry the Eighth, `Queen Elizabeth II` the Second; French `Louis XIV` quatorze (a cardinal, but
 * premier, première for `Ier`, `Ire`); German `Heinrich VIII.` der Achte (an ordinal with its article, die for a queen);
 * Spanish `Felipe II` segundo (an ordinal to ten, a cardinal above: `Alfonso XIII` trece; segunda for a queen).
 * Only after a name monarchs and popes bear (`Rocky II`, `John Smith III` are kept as written), and a lone `I` only where
 * nothing follows it in the sentence (`Tell Elizabeth I said hi` is the pronoun).
 * Each row: language, the written text, what a narrator says, the spoken word count.
 */
import { describe, expect, it } from 'vitest';
import { spokenForm } from '../src/measure/spoken/index.js';
import { countWords } from '../src/text/words.js';

const REGNAL: [string, string, string, number][] = [
  ['en-US', 'Henry VIII had six wives.', 'Henry the Eighth had six wives.', 6],
  ['en-US', 'Queen Elizabeth II died in 2022.', 'Queen Elizabeth the Second died in twenty twenty-two.', 8],
  ['en-GB', 'King Charles III was crowned.', 'King Charles the Third was crowned.', 6],
  ['en-US', 'Pope John Paul II visited.', 'Pope John Paul the Second visited.', 6],
  ['en-US', 'Pope Benedict XVI resigned.', 'Pope Benedict the Sixteenth resigned.', 5],
  ['en-US', 'George V and Louis XIV met.', 'George the Fifth and Louis the Fourteenth met.', 8],
  ['en-US', 'the reign of Elizabeth I.', 'the reign of Elizabeth the First.', 6],
  ['en-US', 'Elizabeth I, then James I, ruled.', 'Elizabeth the First, then James the First, ruled.', 8],
  ['en-US', "Henry VIII's wives and Elizabeth I’s reign.", "Henry the Eighth's wives and Elizabeth the First’s reign.", 9],
  ['en-US', '(Henry VIII) and “Louis XIV”', '(Henry the Eighth) and “Louis the Fourteenth”', 7],
  // not after a monarch's name, or a lone I before more of the sentence: as before
  ['en-US', 'Tell Elizabeth I said hi.', 'Tell Elizabeth I said hi.', 5],
  ['en-US', 'Rocky II and John Smith III', 'Rocky II and John Smith III', 6],
  ['en-US', 'Henry, VIII is the number.', 'Henry, VIII is the number.', 5],
  ['en-US', 'Part IV of Chapter XLII', 'Part four of Chapter forty-two', 5],
  ['fr-FR', 'Louis XIV a construit Versailles.', 'Louis quatorze a construit Versailles.', 5],
  ['fr-FR', 'François Ier et Élisabeth II.', 'François premier et Élisabeth deux.', 5],
  ['fr-FR', 'Napoléon III, puis Henri IV.', 'Napoléon trois, puis Henri quatre.', 5],
  ['fr-FR', 'Le pape Jean-Paul II arrive.', 'Le pape Jean-Paul deux arrive.', 5],
  ['de-DE', 'Heinrich VIII. hatte sechs Frauen.', 'Heinrich der Achte. hatte sechs Frauen.', 6],
  ['de-DE', 'Königin Elisabeth II. starb.', 'Königin Elisabeth die Zweite. starb.', 5],
  ['de-DE', 'Friedrich II von Preußen', 'Friedrich der Zweite von Preußen', 5],
  ['es-ES', 'Felipe II reinó mucho.', 'Felipe segundo reinó mucho.', 4],
  ['es-ES', 'Alfonso XIII y Juan Carlos I.', 'Alfonso trece y Juan Carlos primero.', 6],
  ['es-ES', 'La reina Isabel II visitó Madrid.', 'La reina Isabel segunda visitó Madrid.', 6],
];

describe('Roman numerals after a monarch’s or a pope’s name', () => {
  it.each(REGNAL)('%s: %s', (lang, text, said, count) => {
    const spoken = spokenForm(text, lang);
    expect(spoken).toBe(said);
    expect(countWords(spoken)).toBe(count);
  });
});
