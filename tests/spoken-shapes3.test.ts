/**
 * Spoken forms of shapes that were said wrong (written by hand from the rules before the code):
 * a range's short first end before grouped thousands, a range spaced around its dash, `a.m.` inside
 * a line, English `1.200` with money or a count, US ZIP codes, `.NET` and `Node.js`.
 * Each row: language, the written text, what a narrator says, the spoken word count.
 */
import { describe, expect, it } from 'vitest';
import { spokenForm } from '../src/measure/spoken/index.js';
import { countWords } from '../src/text/words.js';

const ROWS: [string, string, string, number][] = [
  // 1. `10-12 000 €`: ten to twelve thousand, the first end short for its thousands
  ['fr-FR', '10-12 000 €', 'dix à douze mille euros', 5],
  ['fr-FR', 'Entre 10-12 000 € par an.', 'Entre dix à douze mille euros par an.', 8],
  ['fr-FR', '2-3 000 mots', 'deux à trois mille mots', 5],
  ['fr-FR', '10-12 000', 'dix à douze mille', 4],
  ['fr-FR', 'de 2-3 000 000 d’habitants', 'de deux à trois millions d’habitants', 6],
  ['fr-FR', '10-12 500 €', 'dix à douze mille cinq cents euros', 7],
  ['fr-FR', '10-12 000 km', 'dix à douze mille kilomètres', 5],
  ['fr-FR', '10-12 000 habitants', 'dix à douze mille habitants', 5],
  ['en-US', '10-12,000 words', 'ten to twelve thousand words', 5],
  ['en-US', '$10-12,000', 'ten to twelve thousand dollars', 5],
  ['de-DE', '10-12.000 Euro', 'zehn bis zwölftausend Euro', 4],
  // as before: both ends grouped, or ends of like size
  ['fr-FR', '1 500-2 000 €', 'mille cinq cents à deux mille euros', 7],
  ['fr-FR', '800–1 200 €', 'huit cents à mille deux cents euros', 7],
  ['en-US', 'Call 555 123-4567', 'Call five five five one two three four five six seven', 11],
  // 2. a range of times spaced around its dash, as `9am-5pm`
  ['en-US', '9am - 5pm', 'nine A M to five P M', 7],
  ['en-US', '9 am – 5 pm', 'nine A M to five P M', 7],
  ['en-US', 'Open 9:30am – 5:30pm daily', 'Open nine thirty A M to five thirty P M daily', 11],
  ['en-US', 'Open 9 a.m. - 5 p.m.', 'Open nine A M to five P M.', 8],
  ['en-US', 'Open 9am-5pm', 'Open nine A M to five P M', 8],
  ['fr-FR', '9h - 17h', 'neuf heures à dix-sept heures', 5],
  ['fr-FR', '9 h – 17 h', 'neuf heures à dix-sept heures', 5],
  ['fr-FR', 'Ouvert 9h30 — 17h30.', 'Ouvert neuf heures trente à dix-sept heures trente.', 8],
  // the first end borrows the second's am/pm or h, as in `9-11am`
  ['en-US', 'from 9 - 11 am', 'from nine to eleven A M', 6],
  ['en-US', 'Open 9 – 11 a.m. daily', 'Open nine to eleven A M daily', 7],
  ['fr-FR', 'de 9 – 17 h', 'de neuf à dix-sept heures', 5],
  ['fr-FR', 'Ouvert 9 - 17 h 30.', 'Ouvert neuf à dix-sept heures trente.', 6],
  ['en-US', 'Score 3 - 1 today', 'Score three - one today', 4],
  // a dash then no time: kept
  ['en-US', 'at 9am - the doors open', 'at nine A M - the doors open', 7],
  ['en-US', 'at 10:30 - 11:30 a.m.', 'at ten thirty to eleven thirty A M.', 8],
  ['fr-FR', '14h - la pause', 'quatorze heures - la pause', 4],
  // 3. `a.m.` inside a line: its stop is its own, no sentence's end
  ['en-US', 'at 9 a.m. the doors open', 'at nine A M the doors open', 7],
  ['en-US', 'From 9 a.m., the doors open', 'From nine A M, the doors open', 7],
  ['en-US', 'Doors open at 9 a.m. Monday to Friday.', 'Doors open at nine A M Monday to Friday.', 9],
  ['en-US', 'At 9 a.m. I leave.', 'At nine A M I leave.', 6],
  ['en-US', 'from 9 a.m. to 5 p.m. daily', 'from nine A M to five P M daily', 9],
  // ...but before a sentence's capital it ends the sentence too (a pause)
  ['en-US', 'Doors open at 9 a.m. Come early.', 'Doors open at nine A M. Come early.', 8],
  ['en-US', 'Doors open at 9 a.m.', 'Doors open at nine A M.', 6],
  // 4. English `1.200`: a decimal, but thousands before or after money, or before a count
  ['en-US', '1.200', 'one point two zero zero', 5],
  ['en-US', '€1.200', 'one thousand two hundred euros', 5],
  ['en-US', 'It costs 1.200 €.', 'It costs one thousand two hundred euros.', 7],
  ['en-US', 'It costs 1.200 euros.', 'It costs one thousand two hundred euros.', 7],
  ['en-US', 'Write 1.200 words.', 'Write one thousand two hundred words.', 6],
  ['en-US', 'We trained 12.500 employees', 'We trained twelve thousand five hundred employees', 7],
  ['en-US', '1.200 km', 'one point two zero zero kilometers', 6],
  ['en-US', '$1.20', 'one dollar and twenty cents', 5],
  ['en-US', '$1.200', 'one thousand two hundred dollars', 5],
  ['en-US', 'EUR 1.200', 'one thousand two hundred euros', 5],
  ['en-US', '1.200€', 'one thousand two hundred euros', 5],
  ['es-MX', '1.200 €', 'mil doscientos euros', 3],
  ['en-US', '1.2000 users', 'one point two zero zero zero users', 7],
  ['en-US', '1.5 words', 'one point five words', 4],
  ['fr-FR', '1.200 mots', 'mille deux cents mots', 4],
  // 5. a US ZIP code after a state's code: digit by digit; French postal codes as a number
  ['en-US', 'Beverly Hills, CA 90210', 'Beverly Hills, C A nine oh two one oh', 9],
  ['en-US', 'New York, NY 10001.', 'New York, N Y one oh oh oh one.', 9],
  ['en-US', 'NY 10001', 'N Y one oh oh oh one', 7],
  ['en-US', 'Indianapolis, IN 46204', 'Indianapolis, I N four six two oh four', 8],
  ['en-US', 'Springfield, IL 62701-1234', 'Springfield, I L six two seven oh one dash one two three four', 13],
  ['en-US', 'Acme Inc. (CA 90210)', 'Acme Inc. (C A nine oh two one oh)', 9],
  ['en-US', 'We are IN 12000 homes', 'We are IN twelve thousand homes', 6],
  ['fr-FR', '75011 Paris', 'soixante-quinze mille onze Paris', 4],
  ['fr-FR', '13001 Marseille', 'treize mille un Marseille', 4],
  // 6. `.NET`, `ASP.NET`, `Node.js`
  ['en-US', '.NET', 'dot net', 2],
  ['en-US', 'ASP.NET', 'A S P dot net', 5],
  ['en-US', 'Node.js', 'Node J S', 3],
  ['en-US', 'Built with .NET and Node.js.', 'Built with dot net and Node J S.', 8],
  ['fr-FR', 'ASP.NET et Node.js', 'A S P dot net et Node J S', 9],
  ['en-US', 'Visit example.net', 'Visit example dot net', 4],
  ['en-US', '.NET 8 and ASP.NET Core', 'dot net eight and A S P dot net Core', 10],
  ['de-DE', 'Node.js und .NET', 'Node J S und dot net', 6],
];

describe('spoken shapes', () => {
  it.each(ROWS)('%s %s', (tag, written, said, count) => {
    const spoken = spokenForm(written, tag);
    expect(spoken).toBe(said);
    expect(countWords(spoken)).toBe(count);
  });
});
