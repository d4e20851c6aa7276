/**
 * Spoken forms (the spoken10 brief of the second round, written by hand before the code): French day 1 of a month is
 * "premier" (`le 1 mai`, `du 1 au 3 juin`, `lundi 1 mars`; other days stay cardinals), French numbers agree with a
 * feminine adjective between them and the noun (`1 seule personne` une seule; `1 autre personne` by the noun after it;
 * a noun not known keeps "un"), and each English voice's dates are read in the variant most of its words are marked with
 * (a pasted en-US paragraph does not flip a British voice; a voice marked about half each way with an ambiguous date is
 * said). Each row: language, the written text, what a narrator says. The DOCX fixtures (scripts/build-spoken12-fixtures.py)
 * carry the same shapes through a report.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { spokenForm } from '../src/measure/spoken/index.js';

const ROWS: [string, string, string][] = [
  // day 1 of a month: premier, written 1, 01 or 1er; a range's first day too
  ['fr-FR', 'le 1 mai', 'le premier mai'],
  ['fr-FR', 'le 1er mai', 'le premier mai'],
  ['fr-FR', 'le 01 mai', 'le premier mai'],
  ['fr-FR', '1 mai 2025', 'premier mai deux mille vingt-cinq'],
  ['fr-FR', 'du 1 au 3 juin', 'du premier au trois juin'],
  ['fr-FR', 'du 1er au 3 juin', 'du premier au trois juin'],
  ['fr-FR', 'les 1 et 2 mai', 'les premier et deux mai'],
  ['fr-FR', 'du 1-3 juin', 'du premier au trois juin'],
  ['fr-FR', 'lundi 1 mars', 'lundi premier mars'],
  ['fr-FR', 'le 1 mai et le 1 juin.', 'le premier mai et le premier juin.'],
  // 1er, 1re, 1ère anywhere
  ['fr-FR', 'au 1er étage', 'au premier étage'],
  ['fr-FR', 'la 1re fois, la 1ère fois', 'la première fois, la première fois'],
  ['fr-FR', 'les 1ers jours', 'les premiers jours'],
  // other days, and a 1 that is no day: as before
  ['fr-FR', 'le 2 mai', 'le deux mai'],
  ['fr-FR', 'le 21 mai', 'le vingt et un mai'],
  ['fr-FR', '11 mai', 'onze mai'],
  ['fr-FR', 'du 2 au 3 juin', 'du deux au trois juin'],
  ['fr-FR', '1 au 3', 'un au trois'],
  ['fr-FR', '1 an', 'un an'],
  ['fr-FR', '1,5 mai', 'un virgule cinq mai'],
  // a feminine adjective says the gender; one alike in both genders leaves it to the noun after it
  ['fr-FR', '1 seule personne', 'une seule personne'],
  ['fr-FR', 'en 1 seule fois', 'en une seule fois'],
  ['fr-FR', "il n'en reste que 1 seule", "il n'en reste qu'une seule"],
  ['fr-FR', '21 seules personnes', 'vingt et une seules personnes'],
  ['fr-FR', '1 bonne raison', 'une bonne raison'],
  ['fr-FR', '1 autre personne', 'une autre personne'],
  ['fr-FR', '1 autre jour', 'un autre jour'],
  ['fr-FR', '1 seul homme', 'un seul homme'],
  // nouns listed feminine, and one not known (masculine, as before)
  ['fr-FR', '21 pages', 'vingt et une pages'],
  ['fr-FR', '1 heure', 'une heure'],
  ['fr-FR', '1 truc', 'un truc'],
  ['fr-FR', '21 livres', 'vingt et un livres'],
];

describe('spoken forms (spoken12)', () => {
  it.each(ROWS)('%s %s', (tag, text, said) => {
    expect(spokenForm(text, tag)).toBe(said);
  });
});

const DIR = join(__dirname, 'fixtures', 'spoken12');

describe('through a report (DOCX fixtures)', () => {
  it('fr.docx: le premier mai, du premier au trois juin, une seule personne, vingt et une pages, une heure', async () => {
    const { report } = await analyse(join(DIR, 'fr.docx'), { noConfig: true });
    expect([...report.voices, report.unassigned].flatMap((g) => g.lines).map((l) => [l.spoken, l.words, l.spokenWords])).toEqual([
      ['Rendez-vous le premier mai, puis du premier au trois juin et lundi premier mars, mais pas le deux mai.', 19, 19],
      ['Il reste une seule personne, vingt et une pages et une heure.', 10, 12],
    ]);
  });
});

describe("each English voice's dates in the variant most of its words are marked with (DOCX w:lang per run)", () => {
  async function read(dir: string) {
    const { report } = await analyse(join(DIR, dir, 'script.docx'), {});
    return {
      dated: report.voices.flatMap((g) => g.lines.filter((l) => /twenty-five/.test(l.spoken)).map((l) => [g.name, l.spoken])),
      warnings: report.warnings
        .filter((w) => ['languages-by-voice', 'date-order-mixed-marks', 'dates-read-day-first', 'dates-read-month-first', 'date-order-unclear'].includes(w.code))
        .map((w) => [w.code, w.details]),
    };
  }
  it('stray: a British voice with a pasted en-US paragraph and an en-US run (under a fifth of its words) reads day-first, unsaid', async () => {
    expect(await read('stray')).toEqual({
      dated: [
        ['Brit', 'The shop opens on the third of April twenty twenty-five at nine.'],
        ['Brit', 'Book by the fifth of June twenty twenty-five to save on every ticket.'],
        ['Yank', 'The store opens on March fourth, twenty twenty-five at nine.'],
        ['Yank', 'Book by May sixth, twenty twenty-five.'],
      ],
      warnings: [['languages-by-voice', { language: 'en-GB', voices: [{ voice: 'Yank', language: 'en-US', spokenForms: true }] }]],
    });
  });
  it('mixed: a voice marked about half each way with an ambiguous date is read by its majority and said', async () => {
    const { report } = await analyse(join(DIR, 'mixed', 'script.docx'), {});
    const doubt = report.warnings.find((w) => w.code === 'date-order-mixed-marks');
    expect(doubt?.message).toBe(
      "Mix's lines are marked partly American English (en-US, 52% of its words) and partly British (en-GB, 48%): the order of 03/04/2025 cannot be told from the marks, and it is read month-first, as most of its words are marked. Check it, and set the voice's language in the config (voices: Mix: language: en-GB or en-US) to say which.",
    );
    expect(await read('mixed')).toEqual({
      dated: [['Mix', 'The market opens on March fourth, twenty twenty-five at nine sharp.']],
      warnings: [
        ['languages-by-voice', { language: 'en-GB', voices: [{ voice: 'Mix', language: 'en-US', spokenForms: true }] }],
        ['date-order-mixed-marks', { voice: 'Mix', read: 'en-US', readWords: 16, other: 'en-GB', otherWords: 15, order: 'month-first', dates: ['03/04/2025'], total: 1 }],
      ],
    });
  });
  it("marks-and-text: a voice whose runs say en-US but whose text is British reads day-first, as the warning says (was: the warning said day-first, its marks read it month-first); the day-first warning leaves out the voice its marks read month-first and the voice its en-AU marks read day-first anyway", async () => {
    expect(await read('marks-and-text')).toEqual({
      dated: [
        ['Brit', 'Tickets cost thirty pounds and the colour programme starts on the twelfth of March twenty twenty-five.'],
        ['Brit', 'Ten per cent off before the fourth of March twenty twenty-five.'],
        ['Aussie', 'The Sydney show opens on the fifth of June twenty twenty-five at the harbour.'],
        ['Yank', 'The New York show opens on July eighth, twenty twenty-five.'],
      ],
      warnings: [
        [
          'dates-read-day-first',
          {
            declared: 'en-US',
            read: 'en-GB',
            signs: { poundsOrPence: '£30', spelling: 'colour', perCent: 'per cent' },
            // Aussie's runs are en-AU: its marks read 05/06/2025 day-first anyway, left out (spoken13)
            dates: ['12/03/2025', '04/03/2025'],
            total: 2,
            locations: [1, 2].map((paragraph) => ({ story: 'body', paragraph })),
            voices: ['Brit'],
            places: 2,
          },
        ],
        ['languages-by-voice', { language: 'en-GB', voices: [{ voice: 'Yank', language: 'en-US', spokenForms: true }] }],
      ],
    });
  });
  it('one-variant: the day-first warning names the voice whose dates it reads', async () => {
    const { report } = await analyse(join(DIR, 'one-variant', 'script.docx'), {});
    expect(report.warnings.filter((w) => w.code === 'dates-read-day-first').map((w) => [w.message.match(/Those dates are at [^.]*\./)?.[0], w.details!.voices])).toEqual([
      ['Those dates are at ¶1 and ¶2 (Brit).', ['Brit']],
    ]);
  });
});
