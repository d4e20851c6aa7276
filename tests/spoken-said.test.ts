/**
 * Spoken forms of figures and capitals that are no number or acronym as a narrator says them (written
 * by hand from the rules before the code): a number after a registration or reference word read group
 * by group or digit by digit, never as one large number (`RCS Lyon 123 456 789`, `Company No.
 * 01234567`); formulas said as formulas (`x²` x squared, `a/b` in a line of formulas a over b); a
 * booth's direction abbreviations (`SFX:`, `ANNCR`, `MUS OUT`) as written, not spelled; `Call US
 * today` the pronoun. Each row: language, the written text, what a narrator says, the spoken word count.
 * The DOCX fixtures (scripts/build-spoken-said-fixtures.py) carry the same shapes through a report.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { spokenForm } from '../src/measure/spoken/index.js';
import { countWords } from '../src/text/words.js';

const IDENTIFIERS: [string, string, string, number][] = [
  // French legal mentions: the groups as written, each said as a number
  ['fr-FR', 'Acme, RCS Lyon 123 456 789.', 'Acme, R C S Lyon cent vingt-trois quatre cent cinquante-six sept cent quatre-vingt-neuf.', 13],
  ['fr-FR', 'R.C.S. Paris B 123 456 789', 'R C S Paris B cent vingt-trois quatre cent cinquante-six sept cent quatre-vingt-neuf', 13],
  ['fr-FR', 'SIREN 123 456 789', 'SIREN cent vingt-trois quatre cent cinquante-six sept cent quatre-vingt-neuf', 9],
  ['fr-FR', 'SIRET 123 456 789 00012', 'SIRET cent vingt-trois quatre cent cinquante-six sept cent quatre-vingt-neuf zéro zéro zéro douze', 13],
  // written without spaces: by threes (a SIREN's groups), never one large number
  ['fr-FR', 'SIREN 123456789', 'SIREN cent vingt-trois quatre cent cinquante-six sept cent quatre-vingt-neuf', 9],
  ['fr-FR', 'N° TVA intracommunautaire : FR 12 345678901.', 'numéro T V A intracommunautaire : F R douze trois cent quarante-cinq six cent soixante-dix-huit neuf cent un.', 17],
  ['fr-FR', 'TVA FR 12 345 678 901', 'T V A F R douze trois cent quarante-cinq six cent soixante-dix-huit neuf cent un', 15],
  ['fr-FR', 'IBAN FR76 3000 6000 0112 3456 7890 189', 'IBAN F R soixante-seize trois mille six mille zéro cent douze trois mille quatre cent cinquante-six sept mille huit cent quatre-vingt-dix cent quatre-vingt-neuf', 23],
  ['fr-FR', 'Votre commande n° 123 456 est prête.', 'Votre commande numéro cent vingt-trois quatre cent cinquante-six est prête.', 10],
  ['fr-FR', 'Votre commande 123 456 est prête.', 'Votre commande cent vingt-trois quatre cent cinquante-six est prête.', 9],
  ['fr-FR', 'Dossier n°0123456', 'Dossier numéro zéro cent vingt-trois quatre cent cinquante-six', 8],
  ['fr-FR', 'le n° de dossier 45678.', 'le numéro de dossier quatre cinq six sept huit.', 9],
  // numbers that count stay numbers
  ['fr-FR', 'la TVA 20 %', 'la T V A vingt pour cent', 7],
  ['fr-FR', 'Il commande 12 000 exemplaires.', 'Il commande douze mille exemplaires.', 5],
  ['fr-FR', 'Plus de 1 200 collaborateurs et 123 456 clients.', 'Plus de mille deux cents collaborateurs et cent vingt-trois mille quatre cent cinquante-six clients.', 14],
  ['fr-FR', 'comme le n° 5 de la collection', 'comme le numéro cinq de la collection', 7],
  // English: digit by digit, 0 said oh
  ['en-GB', 'Registered in England and Wales, Company No. 01234567.', 'Registered in England and Wales, Company number oh one two three four five six seven.', 15],
  ['en-GB', 'VAT No. GB 123 4567 89.', 'V A T number G B one two three four five six seven eight nine.', 15],
  ['en-GB', 'VAT GB 123 4567 89', 'V A T G B one two three four five six seven eight nine', 14],
  ['en-US', 'Quote your order number 123456 when you call.', 'Quote your order number one two three four five six when you call.', 13],
  ['en-US', 'Order No. 123 456 ships today.', 'Order number one two three four five six ships today.', 10],
  ['en-US', 'Your order 123456 ships today.', 'Your order one two three four five six ships today.', 10],
  ['en-US', 'Ref. 004521', 'Reference oh oh four five two one', 7], // `Ref.` said in full before a number (spoken-shapes6)
  ['en-US', 'Use code #123456 at checkout.', 'Use code number one two three four five six at checkout.', 11],
  ['en-US', 'Order 12000 units today.', 'Order twelve thousand units today.', 5],
  ['en-US', 'Over 1,200 stores. Order 1,200 units today.', 'Over one thousand two hundred stores. Order one thousand two hundred units today.', 13],
  ['en-US', 'We are No. 1 and #1 again.', 'We are number one and number one again.', 8],
  ['en-US', 'The number 10000 is big.', 'The number ten thousand is big.', 6],
  ['de-DE', 'Rechnung Nr. 12345', 'Rechnung Nummer eins zwei drei vier fünf', 7], // `Nr.` said Nummer (spoken-shapes5)
  ['es-ES', 'factura nº 12345', 'factura número uno dos tres cuatro cinco', 7],
];

const FORMULAS: [string, string, string, number][] = [
  ['en-US', 'x²', 'x squared', 2],
  ['en-US', 'x³', 'x cubed', 2],
  ['en-US', 'E=mc²', 'E equals m c squared', 5],
  ['en-US', 'y=1/x²', 'y equals one over x squared', 6],
  ['en-US', 'xⁿ⁺¹', 'x to the power n plus one', 7],
  ['en-US', 'e^(2πk)', 'e to the power two pi k', 7],
  ['en-US', '√x', 'square root of x', 4],
  ['en-US', 'Take a/b then (a+b)/2.', 'Take a over b then a plus b over two.', 10],
  ['en-US', 'See x², xᵢ and x+1.', 'See x squared, x i and x plus one.', 9],
  // a slash between words, or letters in prose, stays as it was
  ['en-US', 'Tick yes and/or no, or write n/a.', 'Tick yes and or no, or write n a.', 9],
  ['en-US', 'A/B testing', 'A B testing', 3],
  ['en-US', 'C++ and Bac+5', 'C++ and Bac plus five', 5],
  ['en-US', 'Note¹ and 50 m²', 'Note¹ and fifty square meters', 5],
  ['en-US', 'the price per m²', 'the price per square meter', 5],
  // code, not a formula: `=` with nothing after it, a word's two letters
  ['en-US', 'For Relationship Id=', 'For Relationship Id=', 3],
  ['fr-FR', 'x²', 'x au carré', 3],
  ['fr-FR', 'x³', 'x au cube', 3],
  ['fr-FR', 'E=mc²', 'E égale m c au carré', 6],
  ['fr-FR', 'y=1/x²', 'y égale un sur x au carré', 7],
  ['fr-FR', 'xⁿ⁺¹', 'x puissance n plus un', 5],
  ['fr-FR', 'Prenez a/b puis (a+b)/2.', 'Prenez a sur b puis a plus b sur deux.', 10],
  ['fr-FR', 'Cochez oui et/ou non, ou écrivez n/a.', 'Cochez oui et ou non, ou écrivez n a.', 9],
  ['fr-FR', 'le prix au m²', 'le prix au mètre carré', 5],
  ['fr-FR', 'Bac+5', 'Bac plus cinq', 3],
  ['de-DE', 'x²', 'x Quadrat', 2],
  ['es-ES', 'x²', 'x al cuadrado', 3],
];

const BOOTH: [string, string, string, number][] = [
  ['en-US', 'SFX: DOOR CHIME', 'SFX: DOOR CHIME', 3],
  ['en-US', 'MUS: UP AND UNDER', 'MUS: UP AND UNDER', 4],
  ['en-US', 'ANNCR', 'ANNCR', 1],
  ['en-US', 'FX: THUNDER, THEN VO', 'FX: THUNDER, THEN VO', 4],
  ['en-US', 'MUS OUT', 'MUS OUT', 2],
  ['en-US', 'ANNCR: Spring is here.', 'ANNCR: Spring is here.', 4],
  ['fr-FR', 'SFX : porte qui claque', 'SFX : porte qui claque', 4],
  // said in a sentence, the letters are said
  ['en-US', 'We booked the VO session.', 'We booked the V O session.', 6],
  // `US` after a verb that takes the pronoun: the word; elsewhere as before
  ['en-US', 'Call US today.', 'Call US today.', 3],
  ['en-US', 'Spring is here. Call US today, or visit us online.', 'Spring is here. Call US today, or visit us online.', 10],
  ['en-US', 'Let US know!', 'Let US know!', 3],
  ['en-US', 'Join US at the fair.', 'Join US at the fair.', 5],
  ['en-US', 'Made in the US', 'Made in the U S', 5],
  ['en-US', 'Help US veterans', 'Help U S veterans', 4],
  ['en-US', 'Contact IT today', 'Contact I T today', 4],
];

describe.each([
  ['numbers after a registration or reference word', IDENTIFIERS],
  ['formulas', FORMULAS],
  ['booth directions and the pronoun US', BOOTH],
] as const)('%s', (_, rows) => {
  it.each(rows)('%s %j → %j (%i words)', (lang, text, said, count) => {
    const spoken = spokenForm(text, lang);
    expect(spoken).toBe(said);
    expect(countWords(spoken)).toBe(count);
  });
});

const DIR = join(__dirname, 'fixtures', 'spoken-said');
async function said(file: string) {
  const { report } = await analyse(join(DIR, file), { noConfig: true });
  const groups = [...report.voices.map((v) => [v.name, v] as const), ['(unassigned)', report.unassigned] as const];
  return Object.fromEntries(groups.map(([name, g]) => [name, { spokenWords: g.spokenWords, lines: g.lines.map((l) => [l.spoken, l.spokenWords]) }]));
}

describe('through a report (DOCX fixtures)', () => {
  it('fr-mentions: the legal mention group by group, counts and the order number as before', async () => {
    const got = await said('fr-mentions.docx');
    expect(got['Mentions']).toEqual({
      spokenWords: 79,
      lines: [
        ['Offre soumise à conditions. Acme, R C S Lyon cent vingt-trois quatre cent cinquante-six sept cent quatre-vingt-neuf.', 17],
        ['SIREN cent vingt-trois quatre cent cinquante-six sept cent quatre-vingt-neuf – SIRET cent vingt-trois quatre cent cinquante-six sept cent quatre-vingt-neuf zéro zéro zéro douze.', 22],
        ['numéro T V A intracommunautaire : F R douze trois cent quarante-cinq six cent soixante-dix-huit neuf cent un.', 17],
        ['IBAN F R soixante-seize trois mille six mille zéro cent douze trois mille quatre cent cinquante-six sept mille huit cent quatre-vingt-dix cent quatre-vingt-neuf.', 23],
      ],
    });
    expect(got['Narrateur']!.lines).toEqual([
      ['Plus de mille deux cents collaborateurs et cent vingt-trois mille quatre cent cinquante-six clients nous font confiance.', 17],
      ['Votre commande numéro cent vingt-trois quatre cent cinquante-six est prête, comme le numéro cinq de la collection.', 17],
      ['Il commande mille deux cents exemplaires.', 6],
    ]);
  });

  it('en-mentions: the company and VAT numbers digit by digit', async () => {
    const got = await said('en-mentions.docx');
    expect(got['Legal']!.lines).toEqual([
      ['Acme Ltd. Registered in England and Wales, Company number oh one two three four five six seven.', 17],
      ['V A T number G B one two three four five six seven eight nine.', 15],
    ]);
    expect(got['Announcer']!.lines).toEqual([
      ['Over one thousand two hundred stores. Order one thousand two hundred units today.', 13],
      ['Quote your order number one two three four five six when you call, or Order number one two three four five six ships today.', 24],
    ]);
  });

  it('en-equations and fr-equations: the equations said, the prose slashes as before', async () => {
    expect((await said('en-equations.docx'))['Narrator']!.lines).toEqual([
      ['The square x squared grows fast, the cube x cubed faster still.', 12],
      ['Take a over b then a plus b over two.', 10],
      ['Einstein: E equals m c squared, and the series x to the power n plus one.', 16],
      ['y equals one over x squared', 6],
      ['Tick yes and or no, or write n a.', 9],
    ]);
    expect((await said('fr-equations.docx'))['Narrateur']!.lines).toEqual([
      ['Le carré x au carré grandit vite, le cube x au cube plus encore.', 14],
      ['Prenez a sur b puis a plus b sur deux.', 10],
      ['Einstein : E égale m c au carré, et la suite x puissance n plus un.', 15],
      ['y égale un sur x au carré', 7],
      ['Cochez oui et ou non, ou écrivez n a.', 9],
    ]);
  });

  it('en-booth: the directions of the booth as written (unassigned 14 spoken, not 26); Call US today', async () => {
    const got = await said('en-booth.docx');
    expect(got['(unassigned)']).toEqual({
      spokenWords: 14,
      lines: [
        ['SFX: DOOR CHIME', 3],
        ['MUS: UP AND UNDER', 4],
        ['ANNCR', 1],
        ['FX: THUNDER, THEN VO', 4],
        ['MUS OUT', 2],
      ],
    });
    expect(got['Announcer']).toEqual({
      spokenWords: 15,
      lines: [
        ['Spring is here at Brightleaf. Call US today, or visit us online.', 12],
        ['Brightleaf. Grow something.', 3],
      ],
    });
  });
});
