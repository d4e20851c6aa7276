/**
 * Spoken forms a narrator says otherwise than the letters (written by hand before the code): British pence (`50p` fifty
 * pence, `1p` one penny, where the money is British: en-GB or a `£` on the line; never a video's `1080p`), a half before
 * "the" or "a" (`on 1/2 the days` half, never a date), a score (`won 3/4 games` three out of four), Swiss francs with
 * their centimes (`CHF 1'250.50` … francs suisses et cinquante centimes), French elision before "un" (`de 1 M€` d'un
 * million), English titles (`Mr.` Mister, `Dr.` Doctor, `St.` Saint or Street where sure), `M. et Mme` (monsieur et
 * madame), German `vom 1. – 3. März` (bis), a duration in minutes and seconds (`1'00"` one minute; `5'10"` a height, kept),
 * and a spot's slate in its heading not listed as a figure kept as written. Each row: language, the written text, what a
 * narrator says. The DOCX fixtures (scripts/build-spoken10-fixtures.py) carry the same shapes through a report.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { spokenForm } from '../src/measure/spoken/index.js';

const ROWS: [string, string, string][] = [
  // pence where the money is British; a video's lines and an American `p` stay as they were
  ['en-GB', 'It costs 50p.', 'It costs fifty pence.'],
  ['en-GB', 'Just 1p each', 'Just one penny each'],
  ['en-US', 'Only 99p, was £1.20', 'Only ninety-nine pence, was one pound and twenty pence'],
  ['en-US', 'Only 99p', 'Only ninety-nine p'],
  ['en-GB', 'Watch in 1080p or 720p', 'Watch in one thousand and eighty p or seven hundred and twenty p'],
  ['en-US', 'Watch in 720p for £5', 'Watch in seven hundred twenty p for five pounds'],
  // a half before "the", "a", a possessive: half (never a date); scores and counts: out of; measures stay fractions
  ['en-US', 'on 1/2 the days', 'on half the days'],
  ['en-GB', 'on 1/2 the days', 'on half the days'],
  ['en-US', 'Add 1/2 a cup', 'Add half a cup'],
  ['en-US', 'Save 1/2 your time', 'Save half your time'],
  ['en-US', '1/2 of the cake', 'one half of the cake'],
  ['en-US', 'on 1/2 at 9', 'on January second at nine'],
  ['en-US', 'We won 3/4 games.', 'We won three out of four games.'],
  ['en-US', 'She scored 3/4', 'She scored three out of four'],
  ['en-US', '3/4 players agree', 'three out of four players agree'],
  ['en-US', 'We won 3/4 of the games.', 'We won three quarters of the games.'],
  ['en-US', 'Mon 3/4 cups', 'Mon three quarters cups'],
  ['en-US', '9/10 dentists agree', 'nine out of ten dentists agree'],
  ['en-US', 'She scored 7/10', 'She scored seven out of ten'],
  // Swiss francs with centimes: named, after "et"; euros keep their short form
  ['fr-CH', "Total : CHF 1'250.50", 'Total : mille deux cent cinquante francs suisses et cinquante centimes'],
  ['fr-CH', "Total : CHF 1'250.01", 'Total : mille deux cent cinquante francs suisses et un centime'],
  ['fr-CH', "Total : CHF 1'250.–", 'Total : mille deux cent cinquante francs suisses'],
  ['fr-FR', 'Total : 12,50 €', 'Total : douze euros cinquante'],
  // French elision before "un"/"une"; none before huit, onze, mille
  ['fr-FR', 'à partir de 1 M€', "à partir d'un million d'euros"],
  ['fr-FR', 'de 1 €', "d'un euro"],
  ['fr-FR', 'Il ne reste que 1 euro', "Il ne reste qu'un euro"],
  ['fr-FR', 'de 1 000 €', 'de mille euros'],
  ['fr-FR', 'de 8 €', 'de huit euros'],
  ['fr-FR', 'de 11 ans', 'de onze ans'],
  ['fr-FR', 'de (1 €)', 'de (un euro)'],
  // English titles where sure
  ['en-US', 'Mr. Smith and Mrs. Jones met Dr. Brown at St. Paul', 'Mister Smith and Missus Jones met Doctor Brown at Saint Paul'],
  ['en-US', 'Ms. Davis', 'Miz Davis'],
  ['en-US', 'Hello Dr. Brown', 'Hello Doctor Brown'],
  ['en-US', 'on Main St. today', 'on Main Street today'],
  ['en-US', 'We live on Main St.', 'We live on Main Street.'],
  ['en-US', 'on 5th St. now', 'on fifth Street now'],
  ['en-US', 'at Elm Dr. Then', 'at Elm Dr. Then'],
  ['en-US', 'on Main St. Then left', 'on Main St. Then left'],
  ['en-US', 'Ask Mr. about it', 'Ask Mr. about it'],
  // French titles before "et" and another title
  ['fr-FR', 'M. et Mme Dupont', 'monsieur et madame Dupont'],
  ['fr-FR', 'Bonjour M. et Mlle Martin', 'Bonjour monsieur et mademoiselle Martin'],
  ['fr-FR', 'M. Dupont', 'monsieur Dupont'],
  // German days joined by a spaced dash: bis
  ['de-DE', 'vom 1. – 3. März', 'vom ersten bis dritten März'],
  ['de-DE', 'vom 1. - 3. März', 'vom ersten bis dritten März'],
  ['de-DE', 'Vom 1. bis 3. März', 'Vom ersten bis dritten März'],
  // a duration in minutes and seconds; a height stays as written
  ['en-US', `Runs 1'00"`, 'Runs one minute'],
  ['en-US', `Intro 0'30".`, 'Intro thirty seconds.'],
  ['en-US', `Runs 1'15"`, 'Runs one minute fifteen'],
  ['en-US', `Runs 2’30”`, 'Runs two minutes thirty'],
  ['fr-FR', `Durée 1'30"`, 'Durée une minute trente'],
  ['de-DE', `Dauer 1'00"`, 'Dauer eine Minute'],
  ['es-ES', `Duración 0'01"`, 'Duración un segundo'],
  ['en-US', `He is 5'10" tall`, `He is 5'10" tall`],
  ['en-US', `He is 6'02" tall`, `He is 6'02" tall`],
  ['en-US', `Runs 1'75"`, `Runs 1'75"`],
];

describe('spoken forms (spoken10)', () => {
  it.each(ROWS)('%s %s', (tag, text, said) => {
    expect(spokenForm(text, tag)).toBe(said);
  });
});

const DIR = join(__dirname, 'fixtures', 'spoken10');
async function read(file: string, noConfig = true) {
  const { report } = await analyse(join(DIR, file), { noConfig });
  return {
    lines: [...report.voices, report.unassigned].flatMap((g) => g.lines).map((l) => [l.spoken, l.words, l.spokenWords]),
    unsaid: report.warnings.filter((w) => w.code === 'figures-said-as-written').map((w) => w.details),
  };
}

describe('through a report (DOCX fixtures)', () => {
  it('en-gb.docx: pence, titles, half, a score', async () => {
    expect(await read('en-gb.docx')).toEqual({
      lines: [
        ['A coffee for just fifty pence, or one penny a minute.', 9, 11],
        ['Stream it in one thousand and eighty p or seven hundred and twenty p.', 6, 14],
        ['Mister Smith and Missus Jones met Doctor Brown at Saint Paul’s.', 11, 11],
        ['Find Miz Davis on Main Street today.', 7, 7],
        ['On half the days we won three out of four games.', 8, 11],
      ],
      unsaid: [],
    });
  });
  it('en-us.docx: pence beside a pound sign, scores, durations; a height listed as kept', async () => {
    expect(await read('en-us.docx')).toEqual({
      lines: [
        ['Only ninety-nine p in the app.', 5, 6],
        ['A coffee for ninety-nine pence or one pound and twenty pence in London.', 8, 13],
        ['Add half a cup. nine out of ten dentists agree; she scored seven out of ten.', 10, 16],
        ['The film runs one minute fifteen and the intro thirty seconds.', 8, 11],
        [`He is 5'10" tall.`, 4, 4],
      ],
      unsaid: [{ figures: [{ text: `5'10"`, paragraph: 5 }], total: 1 }],
    });
  });
  it('fr-ch.docx, fr.docx, de.docx: centimes, elision, titles, bis', async () => {
    expect((await read('fr-ch.docx')).lines).toEqual([['Total : mille deux cent cinquante francs suisses et cinquante centimes par année.', 5, 12]]);
    expect((await read('fr.docx')).lines).toEqual([
      ["Un budget d'un million d'euros, soit plus de mille euros par jour.", 12, 12],
      ["Il ne reste qu'un euro sur un prix de huit euros.", 11, 11],
      ['monsieur et madame Dupont vous attendent.', 6, 6],
    ]);
    expect((await read('de.docx')).lines).toEqual([['Die Messe läuft vom ersten bis dritten März.', 7, 8]]);
  });
  it('spots/spots.docx: a slate in a heading is no figure kept as written; a duration in a line is said', async () => {
    expect(await read(join('spots', 'spots.docx'), false)).toEqual({
      lines: [
        ['Summer starts here, one minute of sun.', 7, 7],
        ['Doors open at nine, runs one minute fifteen in all.', 8, 10],
        ['SPOT one — one minute', 3, 4],
        [`SPOT two — 3'05"`, 3, 3],
      ],
      unsaid: [],
    });
  });
});
