/**
 * Spoken forms left over (the spoken9 brief, written by hand before the code): German "1" agreeing with the noun it
 * counts (`1 min` eine Minute, `mit 1 Minute` einer, `für 1 Tag` einen, `1 Jahr` ein; a label's number stays "eins":
 * `Seite 1`), French numbers ending in "un" before a feminine noun (`plus de 1 personne` plus d'une personne, `21
 * personnes` vingt et une; `1 euro` un euro), and German days joined by a dash closed up on either side (`vom 1.–3. März`)
 * read as the spaced dash is (bis). Each row: language, the written text, what a narrator says. The DOCX fixtures
 * (scripts/build-spoken11-fixtures.py) carry the same shapes through a report.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { spokenForm } from '../src/measure/spoken/index.js';

const ROWS: [string, string, string][] = [
  // German feminine units and nouns: eine; masculine and neuter: ein
  ['de-DE', 'dauert 1 min', 'dauert eine Minute'],
  ['de-DE', 'dauert 1 Minute', 'dauert eine Minute'],
  ['de-DE', 'dauert 1 h', 'dauert eine Stunde'],
  ['de-DE', 'dauert 1 Std.', 'dauert eine Stunde.'],
  ['de-DE', 'dauert 1 s', 'dauert eine Sekunde'],
  ['de-DE', 'noch 1 Woche', 'noch eine Woche'],
  ['de-DE', '1 Person, 1 Seite, 1 Folge', 'eine Person, eine Seite, eine Folge'],
  ['de-DE', '1 Million', 'eine Million'],
  ['de-DE', '1 Übung', 'eine Übung'],
  ['de-DE', '(1 Woche)', '(eine Woche)'],
  ['de-DE', '1 min 30 s', 'eine Minute dreißig Sekunden'],
  ['de-DE', '1 Tag, 1 Jahr, 1 Stück', 'ein Tag, ein Jahr, ein Stück'],
  ['de-DE', '1 Euro und 1 Cent', 'ein Euro und ein Cent'],
  ['de-DE', '1 km', 'ein Kilometer'],
  // the case a preposition asks: dative einer/einem, accusative einen for a masculine
  ['de-DE', 'mit 1 Minute', 'mit einer Minute'],
  ['de-DE', 'in 1 h', 'in einer Stunde'],
  ['de-DE', 'nach 1 Jahr', 'nach einem Jahr'],
  ['de-DE', 'für 1 Tag', 'für einen Tag'],
  ['de-DE', 'für 1 km', 'für einen Kilometer'],
  ['de-DE', 'über 1 Million', 'über eine Million'],
  ['de-DE', 'mit 1 Mio. Euro', 'mit einer Million Euro'],
  // a label's number, a noun not known, a plural after 1: as before
  ['de-DE', 'Seite 1 Folge 2', 'Seite eins Folge zwei'],
  ['de-DE', 'Kapitel 1 Die Reise', 'Kapitel eins Die Reise'],
  ['de-DE', '1 Minuten', 'eins Minuten'],
  ['de-DE', '21 Tage', 'einundzwanzig Tage'],
  // French: the gender of the counted noun
  ['fr-FR', 'plus de 1 personne', "plus d'une personne"],
  ['fr-FR', '21 personnes', 'vingt et une personnes'],
  ['fr-FR', '1 minute', 'une minute'],
  ['fr-FR', '31 minutes', 'trente et une minutes'],
  ['fr-FR', '1 heure, 1 seconde', 'une heure, une seconde'],
  ['fr-FR', '1 semaine', 'une semaine'],
  ['fr-FR', '41 fois', 'quarante et une fois'],
  ['fr-FR', '1 page, 1 année, 1 étape', 'une page, une année, une étape'],
  ['fr-FR', '1 vidéo, 1 leçon', 'une vidéo, une leçon'],
  ['fr-FR', '1 information', 'une information'],
  ['fr-FR', '101 personnes', 'cent une personnes'],
  ['fr-FR', '1 001 pages', 'mille une pages'],
  ['fr-FR', 'de 1 minute', "d'une minute"],
  ['fr-FR', '1 euro', 'un euro'],
  ['fr-FR', '1 jour, 1 an', 'un jour, un an'],
  ['fr-FR', '1 million de personnes', 'un million de personnes'],
  ['fr-FR', 'page 1 semaine 2', 'page un semaine deux'],
  // German days joined by a dash closed up: read as the spaced dash
  ['de-DE', 'vom 1.–3. März', 'vom ersten bis dritten März'],
  ['de-DE', 'vom 1.-3. März', 'vom ersten bis dritten März'],
  ['de-DE', 'vom 1. –3. März', 'vom ersten bis dritten März'],
  ['de-DE', 'vom 1.– 3. März', 'vom ersten bis dritten März'],
  ['de-DE', 'vom 1. – 3. März', 'vom ersten bis dritten März'],
  ['de-DE', 'vom 10.–12. Mai 2024', 'vom zehnten bis zwölften Mai zweitausendvierundzwanzig'],
  ['de-AT', 'vom 1.–3. Jänner', 'vom ersten bis dritten Jänner'],
  ['de-DE', 'Seite 1.-3. Kapitel', 'Seite 1.-3. Kapitel'],
  ['de-DE', '11.1.-3. März', '11.1.-3. März'],
];

describe('spoken forms (spoken11)', () => {
  it.each(ROWS)('%s %s', (tag, text, said) => {
    expect(spokenForm(text, tag)).toBe(said);
  });
});

const DIR = join(__dirname, 'fixtures', 'spoken11');
async function read(file: string) {
  const { report } = await analyse(join(DIR, file), { noConfig: true });
  return {
    lines: [...report.voices, report.unassigned].flatMap((g) => g.lines).map((l) => [l.spoken, l.words, l.spokenWords]),
    unsaid: report.warnings.filter((w) => w.code === 'figures-said-as-written').map((w) => w.details),
  };
}

describe('through a report (DOCX fixtures)', () => {
  it('de.docx: eine Minute, einer Minute, einen Tag; days joined by a closed-up dash said with bis, none kept as written', async () => {
    expect(await read('de.docx')).toEqual({
      lines: [
        ['Der Spot dauert eine Minute, mit einer Minute Pause für eine Person.', 12, 12],
        ['Die Messe läuft vom ersten bis dritten März und vom fünften bis sechsten Juni, für einen Tag.', 13, 17],
      ],
      unsaid: [],
    });
  });
  it('fr.docx: une personne, vingt et une personnes, une semaine, un euro', async () => {
    expect(await read('fr.docx')).toEqual({
      lines: [["Plus d'une personne sur vingt et une personnes attend une semaine pour un euro.", 13, 14]],
      unsaid: [],
    });
  });
});

describe("each voice's dates in its own English (two-voices fixtures)", () => {
  async function voices(dir: string) {
    const { report } = await analyse(join(DIR, 'two-voices', dir, 'script.docx'), {});
    return {
      lines: report.voices.flatMap((g) => g.lines.map((l) => [g.name, l.spoken])),
      byVoice: report.warnings.filter((w) => w.code === 'languages-by-voice').map((w) => w.details),
    };
  }
  const BRIT = [
    ['Brit', 'The shop opens on the third of April twenty twenty-five at nine, colour and all.'],
    ['Brit', 'Book by the fifth of June twenty twenty-five.'],
  ];
  const YANK = [
    ['Yank', 'The store opens on March fourth, twenty twenty-five at nine, color and all.'],
    ['Yank', 'Book by May sixth, twenty twenty-five.'],
  ];
  it('config: voices: NAME: language: en-GB / en-US', async () => {
    expect(await voices('config')).toEqual({ lines: [...BRIT, ...YANK], byVoice: [] });
  });
  it('marks: the British voice runs en-GB, the American en-US (one language, two orders of dates)', async () => {
    expect(await voices('marks')).toEqual({
      lines: [...BRIT, ...YANK],
      byVoice: [{ language: 'en-GB', voices: [{ voice: 'Yank', language: 'en-US', spokenForms: true }] }],
    });
  });
});
