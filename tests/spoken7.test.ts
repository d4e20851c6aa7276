/**
 * Spoken forms in German and Spanish, dates written like fractions, ranges of money, and syllables (written by hand from
 * the rules before the code). German: a day and month with their stops is a date, never a decimal (`vom 1.3. bis 15.3.`
 * vom ersten März bis fünfzehnten März), an ordinal's ending follows the word before it (`am` -en, `der` -e, else -er), an
 * ordinal before a noun (`1. Platz`), `1990er` one word, figures inside German quotes said. Spanish: `9.30 h` and `21:00 h`
 * (the h not said twice), `EE. UU.`, `s. XX`, roman numerals never spelled, phone numbers in three groups of three. A date
 * after a word that takes one wins over the fraction it looks like (`du 1/3 au 15/3`). Each row: language, the written
 * text, what a narrator says, the spoken word count. The DOCX fixtures (scripts/build-spoken7-fixtures.py) carry the same
 * shapes through a report.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { spokenForm } from '../src/measure/spoken/index.js';
import { countPauses, countSyllables } from '../src/measure/syllables.js';
import { countWords } from '../src/text/words.js';

const GERMAN: [string, string, string, number][] = [
  // a day and month with their stops: a date, its ending by the word before, a linked date taking the first's
  ['de-DE', 'Die Aktion läuft vom 1.3. bis 15.3.', 'Die Aktion läuft vom ersten März bis fünfzehnten März.', 9],
  ['de-DE', 'Anmeldung bis 31.12. möglich.', 'Anmeldung bis einunddreißigsten Dezember möglich.', 5],
  ['de-DE', 'Geschlossen am 24.12. und 31.12.2024.', 'Geschlossen am vierundzwanzigsten Dezember und einunddreißigsten Dezember zweitausendvierundzwanzig.', 8],
  ['de-DE', 'am 14.07.2024', 'am vierzehnten Juli zweitausendvierundzwanzig', 4],
  ['de-DE', 'Heute ist der 14.07.2024.', 'Heute ist der vierzehnte Juli zweitausendvierundzwanzig.', 6],
  ['de-DE', '14.07.2024', 'vierzehnter Juli zweitausendvierundzwanzig', 3],
  // not a date: a version's number, money in Switzerland (`Fr. 3.10` said as Swiss money: drei Franken zehn)
  ['de-DE', 'Version 2.1. ist da.', 'Version zwei Punkt eins. ist da.', 6],
  ['de-CH', 'Es kostet Fr. 3.10. Danke.', 'Es kostet drei Franken zehn. Danke.', 6],
  ['de-AT', 'Am 3. Jänner 2025 kostet es 5,40 €.', 'Am dritten Jänner zweitausendfünfundzwanzig kostet es fünf Euro vierzig.', 9],
  ['de-AT', 'Die Tagung ist am 1.1. in Wien.', 'Die Tagung ist am ersten Jänner in Wien.', 8],
  // an ordinal before a noun; a figure ending a sentence stays a number
  ['de-DE', 'Er wurde 1. Platz, sie 2. und er 3.', 'Er wurde erster Platz, sie zwei. und er drei.', 9],
  ['de-DE', 'Der 1. Platz geht an Anna.', 'Der erste Platz geht an Anna.', 6],
  ['de-DE', 'Im 21. Jahrhundert, in den 1990er Jahren.', 'Im einundzwanzigsten Jahrhundert, in den neunzehnhundertneunziger Jahren.', 7],
  ['de-DE', 'Wir waren 3. Dann gingen wir.', 'Wir waren drei. Dann gingen wir.', 6],
  ['de-DE', 'die 80er-Jahre', 'die achtziger-Jahre', 2],
  // German quotes
  ['de-DE', 'Er sagte: „14.07.2024 ist der Stichtag.“', 'Er sagte: „vierzehnter Juli zweitausendvierundzwanzig ist der Stichtag.“', 8],
  ['de-DE', '„5,40 €“ stand auf dem Schild.', '„fünf Euro vierzig“ stand auf dem Schild.', 7],
  ['de-DE', '»5,40 €« stand auf dem Schild.', '»fünf Euro vierzig« stand auf dem Schild.', 7],
  ['de-DE', '‚5,40 €‘ stand.', '‚fünf Euro vierzig‘ stand.', 4],
  ['de-CH', '«3,5 %» mehr', '«drei Komma fünf Prozent» mehr', 5],
  // abbreviations of scales and units, whole amounts, heights
  ['de-DE', 'Das Projekt kostet 1,5 Mio. € und 2 Mrd. Euro insgesamt.', 'Das Projekt kostet eins Komma fünf Millionen Euro und zwei Milliarden Euro insgesamt.', 13],
  ['de-DE', '1 Mio. Einwohner', 'eine Million Einwohner', 3],
  ['de-DE', 'Es sind 3 Mio.', 'Es sind drei Millionen.', 4],
  ['de-DE', 'Der Preis: € 1.200,- oder 12,- € pro Stück.', 'Der Preis: eintausendzweihundert Euro oder zwölf Euro pro Stück.', 9],
  ['de-DE', 'Die Pause dauert 5 Min. und der Kurs 2 Std.', 'Die Pause dauert fünf Minuten und der Kurs zwei Stunden.', 10],
  ['de-DE', 'Er ist 1,80 m groß.', 'Er ist ein Meter achtzig groß.', 6],
  ['de-DE', 'Das kostet 19,99-29,99 Euro.', 'Das kostet neunzehn Euro neunundneunzig bis neunundzwanzig Euro neunundneunzig.', 9],
];

const SPANISH: [string, string, string, number][] = [
  ['es-ES', 'Abrimos a las 9.30 h y cerramos a las 21:00 h.', 'Abrimos a las nueve treinta y cerramos a las veintiuna horas.', 11],
  ['es-ES', 'a las 9.30', 'a las nueve treinta', 4],
  ['es-ES', 'Vivió en EE. UU. durante el s. XX.', 'Vivió en Estados Unidos durante el siglo veinte.', 8],
  ['es-ES', 'Viajó a EE.UU. y a EEUU.', 'Viajó a Estados Unidos y a Estados Unidos.', 8],
  ['es-ES', 'En el siglo XX hubo dos guerras.', 'En el siglo veinte hubo dos guerras.', 7],
  ['es-ES', 'En el siglo V.', 'En el siglo quinto.', 4],
  ['es-ES', 'Es la edición XV del festival.', 'Es la edición XV del festival.', 6],
  ['es-ES', 'Felipe II y Carlos V reinaron.', 'Felipe segundo y Carlos quinto reinaron.', 6], // regnal numbers (spoken-regnal)
  ['es-ES', 'Llámenos al 912 345 678 o al +34 612 34 56 78.', 'Llámenos al nueve uno dos tres cuatro cinco seis siete ocho o al más tres cuatro seis uno dos tres cuatro cinco seis siete ocho.', 25],
  ['es-ES', 'Llame gratis al 900 123 456.', 'Llame gratis al nueve cero cero uno dos tres cuatro cinco seis.', 12],
  ['es-ES', 'Hay 900 123 456 personas.', 'Hay novecientos millones ciento veintitrés mil cuatrocientos cincuenta y seis personas.', 11],
  ['es-ES', 'Hay 123 456 789 personas.', 'Hay ciento veintitrés millones cuatrocientos cincuenta y seis mil setecientos ochenta y nueve personas.', 14],
  ['es-ES', 'La oferta va del 1/3 al 15/3.', 'La oferta va del uno de marzo al quince de marzo.', 11],
  ['es-ES', 'Nos vemos el 1/2 a las 9.', 'Nos vemos el uno de febrero a las nueve.', 9],
  ['es-ES', 'Desde el 1/4 hasta el 3/4.', 'Desde el uno de abril hasta el tres de abril.', 10],
  ['es-ES', 'el 1/4 de los alumnos', 'el un cuarto de los alumnos', 6],
  ['es-ES', 'Cuesta 19,99-29,99 euros.', 'Cuesta diecinueve euros con noventa y nueve a veintinueve euros con noventa y nueve.', 14],
  ['es-ES', 'Mide 1,80 m y pesa 75 kg.', 'Mide un metro ochenta y pesa setenta y cinco kilogramos.', 10],
  ['es-ES', 'El precio es $500.', 'El precio es quinientos dólares.', 5],
  // numbers agree with a listed noun they count; elsewhere as before
  ['es-ES', 'Tiene 21 años y 1 hermana.', 'Tiene veintiún años y una hermana.', 6],
  ['es-ES', 'Hay 21 personas y 200 personas más.', 'Hay veintiuna personas y doscientas personas más.', 7],
  ['es-ES', '1.200 personas', 'mil doscientas personas', 3],
  ['es-ES', '231 días', 'doscientos treinta y un días', 5],
  ['es-ES', 'El 21 de mayo', 'El veintiuno de mayo', 4],
  ['es-MX', 'El boleto cuesta $500 y la comida $1,200.50 pesos.', 'El boleto cuesta quinientos pesos y la comida mil doscientos pesos con cincuenta.', 13],
  ['es-AR', 'La entrada cuesta $500 y el menú $1.250.', 'La entrada cuesta quinientos pesos y el menú mil doscientos cincuenta pesos.', 12],
  ['es-MX', 'Cuesta US$ 20 o USD 20.', 'Cuesta veinte dólares o veinte dólares.', 6],
];

const OTHERS: [string, string, string, number][] = [
  ['en-US', 'The sale runs from 1/3 to 1/15.', 'The sale runs from January third to January fifteenth.', 9],
  ['en-US', 'See you on 1/2 at 9 am.', 'See you on January second at nine A M.', 9],
  ['en-US', 'from 1/2 to 3/4 cup of flour', 'from one half to three quarters cup of flour', 9],
  ['en-US', 'Add the 1/2 cup.', 'Add the one half cup.', 5],
  ['en-US', 'Prices 19.99–29.99 dollars.', 'Prices nineteen dollars and ninety-nine cents to twenty-nine dollars and ninety-nine cents.', 12],
  // an event's numeral said (spoken8: `Super Bowl XX` twenty); others kept as written
  ['en-US', 'Super Bowl XX and World War II', 'Super Bowl twenty and World War II', 7],
  ['fr-FR', 'L’offre court du 1/3 au 15/3.', 'L’offre court du premier mars au quinze mars.', 8],
  ['fr-FR', 'Rendez-vous le 1/2 à 9 h.', 'Rendez-vous le premier février à neuf heures.', 7],
  ['fr-FR', 'le 1/4 des votes', 'le un quart des votes', 5],
  ['fr-FR', 'De 19,99-29,99 euros.', 'De dix-neuf euros quatre-vingt-dix-neuf à vingt-neuf euros quatre-vingt-dix-neuf.', 8],
];

describe('spoken forms (spoken7)', () => {
  it.each([...GERMAN, ...SPANISH, ...OTHERS])('%s: %s', (lang, text, said, count) => {
    const spoken = spokenForm(text, lang);
    expect(spoken).toBe(said);
    expect(countWords(spoken)).toBe(count);
  });
});

describe('syllables', () => {
  // hand counts: German diphthongs one sound, other vowels side by side two (In·for·ma·ti·on, Si·tu·a·ti·on, neu·e, Mu·se·um)
  const WORDS: [string, string, number][] = [
    ['de', 'Information', 5], ['de', 'Situation', 5], ['de', 'Organisation', 6], ['de', 'Theorie', 3], ['de', 'neue', 2], ['de', 'Feuer', 2],
    ['de', 'Bauer', 2], ['de', 'Museum', 3], ['de', 'Ideen', 3], ['de', 'Sicherheit', 3], ['de', 'Mitarbeiter', 4], ['de', 'Qualität', 3], ['de', 'beachten', 3],
    ['it', 'teatro', 3], ['it', 'paese', 3], ['it', 'idea', 3], ['it', 'museo', 3], ['it', 'sicurezza', 4], ['it', 'informazione', 5], ['it', 'quale', 2],
    ['pt', 'irmã', 2], ['pt', 'manhã', 2], ['pt', 'alemães', 3], ['pt', 'informações', 4], ['pt', 'pão', 1], ['pt', 'põe', 1], ['pt', 'poeta', 3],
    ['nl', 'beëindigen', 4], ['nl', 'ruïne', 3], ['nl', 'België', 3], ['nl', 'theater', 3], ['nl', 'idee', 2], ['nl', 'veiligheid', 3], ['nl', 'medewerkers', 4],
    ['es', 'aquí', 2], ['es', 'ciudad', 2], ['es', 'teatro', 3], ['es', 'país', 2],
    // Cyrillic: each vowel letter; Greek: diphthongs one; Arabic and Hebrew: about one for two letters
    ['ru', 'безопасности', 5], ['ru', 'моя', 2], ['uk', 'їжак', 2], ['el', 'Καλημέρα', 4], ['el', 'είναι', 2], ['el', 'ασφάλεια', 4],
    ['ar', 'مرحبا', 3], ['ar', 'الدورة', 3], ['ar', 'التدريبية', 5], ['ar', 'مرحبا', 3], ['he', 'שלום', 2], ['en', 'مرحبا', 3],
  ];
  it.each(WORDS)('%s %s: %i', (lang, word, n) => {
    expect(countSyllables(word, lang)).toBe(n);
  });

  it('English, French and Spanish words count as before', () => {
    expect(countSyllables('The quick brown fox jumps over the lazy dog', 'en')).toBe(11);
    expect(countSyllables('Bienvenue dans ce module de formation', 'fr')).toBe(11);
    expect(countSyllables('Bienvenidos al curso de seguridad', 'es')).toBe(12);
  });

  it('Arabic commas, semicolons and question marks are pauses', () => {
    expect(countPauses('مرحبا، هل أنتم مستعدون؟ نعم؛ لنبدأ.')).toEqual({ short: 2, long: 2 });
  });
});

const DIR = join(__dirname, 'fixtures', 'spoken7');
async function lines(file: string, timing?: 'syllables') {
  const { report } = await analyse(join(DIR, file), { noConfig: true, ...(timing ? { timing } : {}) });
  const all = [...report.voices, report.unassigned].flatMap((g) => g.lines);
  return { report, said: all.map((l) => [l.spoken, l.spokenWords]) };
}

describe('through a report (DOCX fixtures)', () => {
  it('de: dates, ordinals, decades, quotes, abbreviations', async () => {
    expect((await lines('de.docx')).said).toEqual([
      ['Die Aktion läuft vom ersten März bis fünfzehnten März.', 9],
      ['Anmeldung bis einunddreißigsten Dezember möglich.', 5],
      ['Wir treffen uns am vierzehnten Juli zweitausendvierundzwanzig um neun Uhr.', 10],
      ['Der erste Platz geht an Anna, sie wurde im einundzwanzigsten Jahrhundert geboren.', 12],
      ['In den neunzehnhundertneunziger Jahren war alles anders.', 7],
      ['Er sagte: „fünf Euro vierzig ist zu viel.“', 8],
      ['»drei Komma fünf Prozent mehr«, sagte sie.', 7],
      ['Das Projekt kostet eins Komma fünf Millionen Euro und dauert fünf Minuten länger.', 13],
      ['Der Preis: eintausendzweihundert Euro oder zwölf Euro pro Stück.', 9],
      ['Er ist ein Meter achtzig groß.', 6],
    ]);
    expect((await lines('de-at.docx')).said).toEqual([
      ['Am dritten Jänner zweitausendfünfundzwanzig kostet es fünf Euro vierzig.', 9],
      ['Die Tagung ist am vierzehnten Juli in Wien.', 8],
    ]);
  });

  it('es, es-MX, en, fr: times, abbreviations, phones, dates written like fractions, ranges of money, pesos', async () => {
    expect((await lines('es.docx')).said).toEqual([
      ['Abrimos a las nueve treinta y cerramos a las veintiuna horas.', 11],
      ['Vivió en Estados Unidos durante el siglo veinte.', 8],
      ['Es la edición XV del festival.', 6],
      ['Llámenos al nueve uno dos tres cuatro cinco seis siete ocho o gratis al nueve cero cero uno dos tres cuatro cinco seis.', 23],
      ['Hay novecientos millones ciento veintitrés mil cuatrocientos cincuenta y seis personas.', 11],
      ['Desde el uno de abril hasta el tres de abril.', 10],
      ['Cuesta diecinueve euros con noventa y nueve a veintinueve euros con noventa y nueve.', 14],
    ]);
    expect((await lines('es-mx.docx')).said).toEqual([['El boleto cuesta quinientos pesos y la comida mil doscientos pesos con cincuenta.', 13]]);
    expect((await lines('en.docx')).said).toEqual([
      ['The sale runs from January third to January fifteenth.', 9],
      ['Add one half cup of flour.', 6],
      ['Prices nineteen dollars and ninety-nine cents to twenty-nine dollars and ninety-nine cents.', 12],
    ]);
    expect((await lines('fr.docx')).said).toEqual([
      ['L’offre court du premier mars au quinze mars.', 8],
      ['Rendez-vous le premier février à neuf heures.', 7],
    ]);
  });

  it('timing by syllables: Cyrillic and Greek counted, Arabic estimated and said so', async () => {
    const ru = await lines('ru.docx', 'syllables');
    // До·бро по·жа·ло·вать на наш курс. Се·год·ня мы по·го·во·рим о бе·зо·пас·но·сти.
    expect(ru.report.voices[0]!.syllables).toBe(23);
    expect(ru.report.warnings.map((w) => w.code)).not.toContain('abjad-syllables');
    const el = await lines('el.docx', 'syllables');
    // Κα·λώς ή·ρθα·τε στο μά·θη·μα. Σή·με·ρα θα μι·λή·σου·με για την α·σφά·λει·α (για said in one, spoken8: 24 before)
    expect(el.report.voices[0]!.syllables).toBe(23);
    const ar = await lines('ar.docx', 'syllables');
    // mar·ḥa·ban bi·kum fī ad·daw·ra at·tad·rī·biy·ya hal an·tum mus·ta·ʿid·dūn: 21, as the letters estimate it
    expect(ar.report.voices[0]!.syllables).toBe(21);
    expect(ar.report.warnings.find((w) => w.code === 'abjad-syllables')?.message).toBe(
      'Arabic, Persian and Hebrew seldom write their short vowels: timing by syllables estimates them (about one for every two letters), so times may be off. Time it by words instead (--timing words).',
    );
    // timed by words, nothing to say
    expect((await lines('ar.docx')).report.warnings.map((w) => w.code)).not.toContain('abjad-syllables');
  });
});
