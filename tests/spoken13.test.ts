/**
 * Spoken forms (the spoken11 brief, written by hand before the code): abbreviated months beside a day said in full
 * (`le 1 janv.` le premier janvier, `Jan. 3` January third), two days of one month said as a narrator says them (`du 1-3
 * juin` du premier au trois juin, `June 1–3` June first to third, `1–3 June` the first to the third of June), the
 * day-first warning naming only the voices whose reading depended on it, and, in a document with no language marks,
 * each voice's own unambiguous dates deciding the order of its ambiguous ones. Each row: language, the written text,
 * what a narrator says. The DOCX fixtures (scripts/build-spoken13-fixtures.py) carry the same shapes through a report.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { spokenForm } from '../src/measure/spoken/index.js';

const ROWS: [string, string, string][] = [
  // French months abbreviated, with or without the stop: said in full; the stop kept where the sentence may end
  ['fr-FR', 'le 1 janv.', 'le premier janvier.'],
  ['fr-FR', 'le 3 févr. 2025', 'le trois février deux mille vingt-cinq'],
  ['fr-FR', '1er sept.', 'premier septembre.'],
  ['fr-FR', 'le 12 déc 2025', 'le douze décembre deux mille vingt-cinq'],
  ['fr-FR', 'le 4 juil. à midi', 'le quatre juillet à midi'],
  ['fr-FR', 'le 5 avr, puis le 6 oct. et le 7 nov.', 'le cinq avril, puis le six octobre et le sept novembre.'],
  ['fr-FR', 'le 1 janv. Puis rien.', 'le premier janvier. Puis rien.'],
  ['fr-FR', 'le 7 sept 2025', 'le sept septembre deux mille vingt-cinq'],
  // `sept` without its stop before a word is seven; an abbreviation with no day beside it is left
  ['fr-FR', 'les 7 sept jours', 'les sept sept jours'],
  ['fr-FR', 'en janv. prochain', 'en janv. prochain'],
  // English months abbreviated: before or after the day
  ['en-US', 'Jan. 3', 'January third'],
  ['en-US', 'Sept. 3, 2025', 'September third, twenty twenty-five'],
  ['en-US', 'on Dec 25', 'on December twenty-fifth'],
  ['en-US', '3 Sept 2025', 'the third of September twenty twenty-five'],
  ['en-GB', 'by 14 Feb.', 'by the fourteenth of February.'],
  ['en-US', 'Jan 3, 2025', 'January third, twenty twenty-five'],
  // `Jan` without its stop and no year may be a name
  ['en-US', 'Jan 3 goals', 'Jan three goals'],
  // French days of one month joined by a dash: du … au …
  ['fr-FR', 'du 1-3 juin', 'du premier au trois juin'],
  ['fr-FR', 'du 1–3 juin', 'du premier au trois juin'],
  ['fr-FR', '1–3 juin', 'du premier au trois juin'],
  ['fr-FR', 'Soldes 2-5 mai', 'Soldes du deux au cinq mai'],
  ['fr-FR', 'du 1 – 3 juin', 'du premier au trois juin'],
  ['fr-FR', 'du 1er–3 juin', 'du premier au trois juin'],
  ['fr-FR', 'du 1 au 3 juin', 'du premier au trois juin'],
  ['fr-FR', 'entre le 1 et le 5 mai', 'entre le premier et le cinq mai'],
  ['fr-FR', 'entre le 2 et le 5 mai', 'entre le deux et le cinq mai'],
  ['fr-FR', 'du 1-3 janv.', 'du premier au trois janvier.'],
  // English days of one month: ordinals both
  ['en-US', 'June 1–3', 'June first to third'],
  ['en-US', 'June 1-3, 2025', 'June first to third, twenty twenty-five'],
  ['en-US', 'June 1 – 3', 'June first to third'],
  ['en-US', 'from June 1 to 3', 'from June first to third'],
  ['en-US', 'between June 2 and 5', 'between June second and fifth'],
  ['en-US', 'Jan. 10–12', 'January tenth to twelfth'],
  ['en-GB', '1–3 June', 'the first to the third of June'],
  ['en-GB', '1 and 2 June', 'the first and the second of June'],
  ['en-GB', 'from 1 to 3 June', 'from the first to the third of June'],
  // not two days of a month: a score, days out of order, no month
  ['en-US', 'pages 1-3', 'pages one to three'],
  ['en-US', 'June 3-1', 'June three to one'],
  ['fr-FR', 'score 3-1 en juin', 'score trois à un en juin'],
];

describe('spoken forms (spoken13)', () => {
  it.each(ROWS)('%s %s', (tag, text, said) => {
    expect(spokenForm(text, tag)).toBe(said);
  });
});

const DIR = join(__dirname, 'fixtures', 'spoken13');
const spoken = (report: Awaited<ReturnType<typeof analyse>>['report']) =>
  [...report.voices, report.unassigned].flatMap((g) => g.lines).map((l) => [l.spoken, l.words, l.spokenWords]);

describe('through a report (DOCX fixtures)', () => {
  it('fr-months.docx: abbreviated months in full, du premier au trois juin, entre le premier et le cinq mai', async () => {
    const { report } = await analyse(join(DIR, 'fr-months.docx'), { noConfig: true });
    expect(spoken(report)).toEqual([
      ['Soldes dès le premier janvier et jusqu’au trois février deux mille vingt-cinq, puis le premier septembre à midi.', 16, 18],
      ['Le salon a lieu du premier au trois juin, reprise du premier au trois juin, et entre le premier et le cinq mai.', 18, 23],
    ]);
  });
  it('en-months.docx: January third, the third of September, June first to third, second and fifth', async () => {
    const { report } = await analyse(join(DIR, 'en-months.docx'), { noConfig: true });
    expect(spoken(report)).toEqual([
      ['The sale starts January third and ends the third of September twenty twenty-five.', 10, 13],
      ['The fair runs June first to third, and tickets go on sale between June second and fifth.', 15, 17],
    ]);
  });
});

const DATE_CODES = ['languages-by-voice', 'date-order-mixed-marks', 'dates-read-day-first', 'dates-read-month-first', 'date-order-unclear'];
async function dated(dir: string) {
  const { report } = await analyse(join(DIR, dir, 'script.docx'), {});
  return {
    lines: report.voices.flatMap((g) => g.lines.map((l) => [g.name, l.spoken])),
    warnings: report.warnings.filter((w) => DATE_CODES.includes(w.code)).map((w) => [w.code, w.details]),
    messages: report.warnings.filter((w) => DATE_CODES.includes(w.code)).map((w) => w.message),
  };
}

describe('the day-first warning names only the voices whose reading depended on it (DOCX w:lang per run)', () => {
  it("own-marks: Kiwi's runs are en-NZ, day-first by its marks: left out of the warning with its date (was: named, 05/06/2025 listed)", async () => {
    const { lines, warnings } = await dated('own-marks');
    expect(lines).toEqual([
      ['Brit', 'Tickets cost thirty pounds and the colour programme starts on the twelfth of March twenty twenty-five.'],
      ['Brit', 'Ten per cent off before the fourth of March twenty twenty-five.'],
      ['Kiwi', 'The Auckland show opens on the fifth of June twenty twenty-five at the harbour.'],
      ['Yank', 'The New York show opens on July eighth, twenty twenty-five.'],
    ]);
    expect(warnings).toEqual([
      [
        'dates-read-day-first',
        {
          declared: 'en-US',
          read: 'en-GB',
          signs: { poundsOrPence: '£30', spelling: 'colour', perCent: 'per cent' },
          dates: ['12/03/2025', '04/03/2025'],
          total: 2,
          locations: [1, 2].map((paragraph) => ({ story: 'body', paragraph })),
          voices: ['Brit'],
          places: 2,
        },
      ],
      ['languages-by-voice', { language: 'en-GB', voices: [{ voice: 'Yank', language: 'en-US', spokenForms: true }] }],
    ]);
  });
});

describe('a document with no language marks: each voice reads its ambiguous dates in the order its own dates write', () => {
  it("unmarked: Ann's 12/31/2025 reads her 03/04/2025 month-first, Bea's 31/12/2025 reads her 05/06/2025 day-first (said); Cal (no date of one order) and Dee (both orders) keep the script's, as date-order-unclear says", async () => {
    const { lines, warnings, messages } = await dated('unmarked');
    expect(lines).toEqual([
      ['Ann', 'The offer ends on December thirty-first, twenty twenty-five for every member.'],
      ['Ann', 'Doors open on March fourth, twenty twenty-five at nine.'],
      ['Bea', 'The season closes on the thirty-first of December twenty twenty-five for everyone.'],
      ['Bea', 'The gates open on the fifth of June twenty twenty-five at ten.'],
      ['Cal', 'The draw is held on February third, twenty twenty-five at noon.'],
      ['Dee', 'Entries open on January thirteenth, twenty twenty-five and close on January thirteenth, twenty twenty-five.'],
      ['Dee', 'Results follow on August ninth, twenty twenty-five.'],
    ]);
    expect(warnings).toEqual([
      [
        'date-order-unclear',
        {
          read: 'month-first',
          dayFirst: ['31/12/2025', '13/01/2025'],
          monthFirst: ['12/31/2025', '01/13/2025'],
          dates: ['02/03/2025', '08/09/2025'],
          total: 2,
          locations: [5, 7].map((paragraph) => ({ story: 'body', paragraph })),
          voices: ['Cal', 'Dee'],
          places: 2,
        },
      ],
      [
        'dates-read-day-first',
        {
          voice: 'Bea',
          read: 'en-GB',
          signs: { dayFirstDate: '31/12/2025' },
          dates: ['05/06/2025'],
          total: 1,
          locations: [{ story: 'body', paragraph: 4 }],
          voices: ['Bea'],
          places: 1,
        },
      ],
    ]);
    expect(messages).toEqual([
      'The script writes dates both day-first (31/12/2025, 13/01/2025) and month-first (12/31/2025, 01/13/2025): the order of 02/03/2025, 08/09/2025 cannot be told, and they are read month-first, as the document is assumed American. Those dates are at ¶5 (Cal) and ¶7 (Dee). Check them, and pass --lang en-GB (day-first) or --lang en-US (month-first) to say which.',
      "Bea's lines write dates day-first (31/12/2025), the rest of the script is read month-first: 05/06/2025, which either order reads, is read day-first too (05/06/2025 as 5 June), and the voice's figures as in British English. That date is at ¶4 (Bea). Check it; if it is month-first, set the voice's language in the config (voices: Bea: language: en-US).",
    ]);
  });
});
