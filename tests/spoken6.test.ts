/**
 * The order of an English script's all-numeric dates told by its text (src/measure/english-variant.ts): a British script
 * Word marked en-US (or left unmarked) reads `12/03/2025` day-first and says so (dates-read-day-first), an American one
 * marked en-GB month-first (dates-read-month-first); dates of both orders leave the ambiguous ones' order untold
 * (date-order-unclear); too few signs keep the mark, silently; `--lang` is obeyed. And US retail dates after a day's noun
 * and `is`, `as of`, `effective`, and a range `5/1–5/7`, while scores and shares stay so. Written by hand before the code;
 * the DOCX fixtures are built by scripts/build-spoken6-fixtures.py.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { spokenForm } from '../src/measure/spoken/index.js';
import { englishVariantFromText, variantSigns } from '../src/measure/english-variant.js';

const DIR = join(__dirname, 'fixtures', 'spoken6');

async function read(file: string, lang?: string) {
  const { report } = await analyse(join(DIR, file), { noConfig: true, ...(lang ? { lang } : {}) });
  const lines = [...report.voices, report.unassigned].flatMap((g) => g.lines).map((l) => [l.spoken, l.spokenWords]);
  const warnings = report.warnings.filter((w) => /date/.test(w.code)).map((w) => ({ code: w.code, message: w.message, details: w.details }));
  return { tag: report.language.tag, source: report.language.source, lines, warnings };
}

const UK_LINES = [
  ['From the twelfth of March twenty twenty-five the colour of the timetable changes, and fares rise by four per cent.', 20],
  ['Please organise your trip: the train leaves from the centre on the first of April twenty twenty-five.', 17],
  ['Your railcard costs thirty pounds a year, about fifty pence a trip, until the thirty-first of December twenty twenty-five.', 19],
];
const UK_SIGNS = { perCent: 'per cent', spelling: 'colour', dayFirstDate: '31/12/2025', poundsOrPence: '£30' };

describe('a British script marked en-US or unmarked: dates read day-first, said', () => {
  it('uk-marked-us.docx', async () => {
    expect(await read('uk-marked-us.docx')).toEqual({
      tag: 'en-GB',
      source: 'guessed',
      lines: UK_LINES,
      warnings: [{
        code: 'dates-read-day-first',
        message: 'The document marks its text as en-US but its text is British ("per cent", "colour", 31/12/2025, £30): its all-numeric dates are read day-first (12/03/2025 as 12 March), and its figures as in British English. Those dates are at ¶1 and ¶2 (#1F4E9D dark blue). If the script is American, pass --lang en-US or set "language: en-US" in the config.',
        details: { declared: 'en-US', read: 'en-GB', signs: UK_SIGNS, dates: ['12/03/2025', '01/04/2025'], total: 2, locations: [{ story: 'body', paragraph: 1 }, { story: 'body', paragraph: 2 }], voices: ['#1F4E9D dark blue'], places: 2 },
      }],
    });
  });
  it('uk-untagged.docx', async () => {
    const { tag, lines, warnings } = await read('uk-untagged.docx');
    expect(tag).toBe('en-GB');
    expect(lines).toEqual(UK_LINES);
    expect(warnings).toEqual([{
      code: 'dates-read-day-first',
      message: 'The document does not say its language (English is assumed, read as American English) but its text is British ("per cent", "colour", 31/12/2025, £30): its all-numeric dates are read day-first (12/03/2025 as 12 March), and its figures as in British English. Those dates are at ¶1 and ¶2 (#1F4E9D dark blue). If the script is American, pass --lang en-US or set "language: en-US" in the config.',
      details: { read: 'en-GB', signs: UK_SIGNS, dates: ['12/03/2025', '01/04/2025'], total: 2, locations: [{ story: 'body', paragraph: 1 }, { story: 'body', paragraph: 2 }], voices: ['#1F4E9D dark blue'], places: 2 },
    }]);
  });
  it('--lang en-US is obeyed: month-first, nothing said', async () => {
    const { tag, lines, warnings } = await read('uk-marked-us.docx', 'en-US');
    expect(tag).toBe('en-US');
    expect(lines[0]).toEqual(['From December third, twenty twenty-five the colour of the timetable changes, and fares rise by four per cent.', 18]);
    expect(warnings).toEqual([]);
  });
});

describe('an American script marked en-GB: dates read month-first, said', () => {
  it('us-marked-gb.docx', async () => {
    expect(await read('us-marked-gb.docx')).toEqual({
      tag: 'en-US',
      source: 'guessed',
      lines: [
        ['Offer ends January thirty-first: save twenty percent on every color.', 10],
        ['Doors open March fourth, twenty twenty-five at the center, tickets five dollars.', 12],
        ['Game day is February ninth.', 5],
      ],
      warnings: [{
        code: 'dates-read-month-first',
        message: 'The document marks its text as en-GB but its text is American (1/31, "percent", "color", $5): its all-numeric dates are read month-first (03/04/2025 as March 4), and its figures as in American English. That date is at ¶2 (#1F4E9D dark blue). If the script is British, pass --lang en-GB or set "language: en-GB" in the config.',
        details: { declared: 'en-GB', read: 'en-US', signs: { monthFirstDate: '1/31', percent: 'percent', spelling: 'color', dollars: '$5' }, dates: ['03/04/2025'], total: 1, locations: [{ story: 'body', paragraph: 2 }], voices: ['#1F4E9D dark blue'], places: 1 },
      }],
    });
  });
  it('--lang en-GB is obeyed', async () => {
    const { tag, lines, warnings } = await read('us-marked-gb.docx', 'en-GB');
    expect(tag).toBe('en-GB');
    expect(lines[1]).toEqual(['Doors open the third of April twenty twenty-five at the center, tickets five dollars.', 14]);
    expect(warnings).toEqual([]);
  });
});

describe('dates of both orders, or too few signs', () => {
  it('mixed-orders.docx: the ambiguous dates listed, read as the mark says', async () => {
    expect(await read('mixed-orders.docx')).toEqual({
      tag: 'en-US',
      source: 'document',
      lines: [
        ['The festival starts December thirty-first, twenty twenty-five and early tickets sell until May sixth, twenty twenty-five.', 16],
        ['Offer ends January thirty-first, so book by February third, twenty twenty-five.', 11],
      ],
      warnings: [{
        code: 'date-order-unclear',
        message: 'The script writes dates both day-first (31/12/2025) and month-first (1/31): the order of 05/06/2025, 02/03/2025 cannot be told, and they are read month-first, as the document says (en-US). Those dates are at ¶1 and ¶2 (#1F4E9D dark blue). Check them, and pass --lang en-GB (day-first) or --lang en-US (month-first) to say which.',
        details: { declared: 'en-US', read: 'month-first', dayFirst: ['31/12/2025'], monthFirst: ['1/31'], dates: ['05/06/2025', '02/03/2025'], total: 2, locations: [{ story: 'body', paragraph: 1 }, { story: 'body', paragraph: 2 }], voices: ['#1F4E9D dark blue'], places: 2 },
      }],
    });
  });
  it('ambiguous.docx: one British spelling is too little: the mark kept, nothing said', async () => {
    expect(await read('ambiguous.docx')).toEqual({
      tag: 'en-US',
      source: 'document',
      lines: [
        ['We meet on May sixth, twenty twenty-five to talk about the colour of the new logo.', 16],
        ['The next meeting is on July eighth, twenty twenty-five.', 9],
      ],
      warnings: [],
    });
  });
  it('strict counts (englishVariantFromText)', () => {
    // two British kinds but one American: not two more
    expect(englishVariantFromText('en-US', 'en-US', ['£5 for the colour on 03/04/2025, or $6.'], 'en-US')).toEqual({ tag: null, warning: null });
    // British signs but no numeric date: nothing to read otherwise
    expect(englishVariantFromText('en-US', 'en-US', ['£5 per cent colour'], 'en-US')).toEqual({ tag: null, warning: null });
    // a mark of Australia: `$` is its own, American signs are not counted against it
    expect(englishVariantFromText('en-GB', 'en-AU', ['Ends 1/31, $5, 20 percent, color 03/04/2025'], 'en-AU')).toEqual({ tag: null, warning: null });
    // a day-first date alone with an American mark and British signs: read day-first
    expect(englishVariantFromText('en-US', 'en', ['On 31/12/2025 and 03/04/2025 pay £5.'], null).tag).toBe('en-GB');
  });
  it('signs: short dates only after a date word or with a leading zero; a range end after its first', () => {
    const found = variantSigns(['We won 13/5 and 3/14 of them.', 'Prices good 5/1–5/13, and 07/08.', 'Video at 50p, 1080p.']);
    expect(found.monthFirstOnly).toEqual(['5/13']);
    expect(found.ambiguous).toEqual(['5/1', '07/08']);
    expect(found.dayFirstOnly).toEqual([]);
    expect(Object.fromEntries(found.gb)).toEqual({ poundsOrPence: '50p' });
  });
  it('the signs are said in the order the text shows them, though its dates are looked at first', () => {
    // a spelling in a text before any date, then a dated text (a text's dates before its words): the message and details keep that order
    const told = englishVariantFromText('en-US', 'en-US', ['The colour of the sky.', 'Fine.', 'Ends 03/04/2025 at £30.', 'Ten per cent off 31/12/2025.'], 'en-US');
    expect(told.tag).toBe('en-GB');
    expect(Object.entries(told.warning!.details!.signs as Record<string, string>)).toEqual([
      ['spelling', 'colour'],
      ['poundsOrPence', '£30'],
      ['dayFirstDate', '31/12/2025'],
      ['perCent', 'per cent'],
    ]);
    expect(told.warning!.message).toContain('is British ("colour", £30, 31/12/2025, "per cent")');
    // a text of no figure between a slash or point is not read for dates; a date's own text still is
    expect(variantSigns(['On 4 / 5 and 4.x, ends 12 /3/2025.']).ambiguous).toEqual([]);
    expect(variantSigns(['see 1.2.2025.']).ambiguous).toEqual(['1.2.2025']);
  });
});

const RETAIL: [string, string][] = [
  ['Game day is 2/9', 'Game day is February ninth'],
  ['The event is 10/10 at 10', 'The event is October tenth at ten'],
  ['The party is 12/24 at 8', 'The party is December twenty-fourth at eight'],
  ['The deadline is 4/15.', 'The deadline is April fifteenth.'],
  ['Deadline: 4/15', 'Deadline: April fifteenth'],
  ['As of 6/1, prices rise', 'As of June first, prices rise'],
  ['Effective 7/1 rates change', 'Effective July first rates change'],
  ['Prices good 5/1–5/7', 'Prices good May first to May seventh'],
  ['Prices good 5/1-5/7.', 'Prices good May first to May seventh.'],
  ['Sale 05/01-05/07', 'Sale May first to May seventh'],
  // scores, shares and fractions stay so
  ['scored 7/10', 'scored seven out of ten'],
  ['The score is 7/10', 'The score is seven out of ten'],
  ['9/10 dentists agree', 'nine out of ten dentists agree'],
  ['won 3/4 games', 'won three out of four games'],
  ['mix 1/2-3/4 cup', 'mix 1/2-3/4 cup'],
  ['Prices good 5/1–5/40', 'Prices good 5/1–5/40'],
];

describe('US retail dates (en-US)', () => {
  it.each(RETAIL)('%s', (text, said) => {
    expect(spokenForm(text, 'en-US')).toBe(said);
  });
  it('en-GB reads a range day-first', () => {
    expect(spokenForm('Prices good 5/1–5/7', 'en-GB')).toBe('Prices good the fifth of January to the fifth of July');
  });
  it('retail.docx through a report', async () => {
    expect((await read('retail.docx')).lines).toEqual([
      ['Game day is February ninth, and the event is October tenth at ten.', 13],
      ['Prices good May first to May seventh. As of June first, effective July first rates change.', 16],
      ['We won three out of four games, scored seven out of ten, and nine out of ten dentists agree.', 19],
    ]);
  });
});

describe('figures kept as written are said (figures-said-as-written)', () => {
  async function unsaid(file: string) {
    const { report } = await analyse(join(DIR, file), { noConfig: true });
    return {
      lines: [...report.voices, report.unassigned].flatMap((g) => g.lines).map((l) => [l.spoken, l.spokenWords]),
      warnings: report.warnings.filter((w) => w.code === 'figures-said-as-written').map((w) => ({ message: w.message, details: w.details })),
    };
  }
  it('unsaid-fr-ca.docx: 9,975 % (Quebec tax) kept, 5 % and 20 $ said', async () => {
    expect(await unsaid('unsaid-fr-ca.docx')).toEqual({
      lines: [
        ['Le total comprend la T P S de cinq pour cent et la T V Q de 9,975 pour cent.', 20],
        ['Votre commande de vingt dollars est confirmée.', 7],
      ],
      warnings: [{
        message: '1 figure could not be put into words and is counted as written: the spoken count may be short: "9,975" (¶1).',
        details: { figures: [{ text: '9,975', paragraph: 1 }], total: 1 },
      }],
    });
  });
  it('unsaid-en.docx: 5\'10" and extension 2-4-7 kept, 9:30 said', async () => {
    expect(await unsaid('unsaid-en.docx')).toEqual({
      lines: [
        ['He is 5\'10" tall.', 4],
        ['Call extension 2-4-7 at nine thirty today.', 7],
      ],
      warnings: [{
        message: '2 figures could not be put into words and are counted as written: the spoken count may be short: "5\'10"" (¶1), "2-4-7" (¶2).',
        details: { figures: [{ text: '5\'10"', paragraph: 1 }, { text: '2-4-7', paragraph: 2 }], total: 2 },
      }],
    });
  });
  it('unsaidIn: a figure alone, not a code, a timecode or a decade', async () => {
    const { unsaidIn } = await import('../src/measure/unsaid-figures.js');
    expect(unsaidIn('soit 14,975 % et 1,250 Euro, 8.405-6(a), 01:02:03:04, 90\'s, w:left="360", (1,5)')).toEqual(['14,975', '1,250', '(1,5)']);
    expect(unsaidIn('nothing here')).toEqual([]);
  });
});
