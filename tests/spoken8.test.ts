/**
 * Where the spoken count or the character count was confidently wrong (written by hand from what a narrator says before
 * the code): a dash closed up between words (`course—for` is two words said, one written as Word counts it), Roman numerals
 * after an event's or a part's name (`Super Bowl LX` sixty, not L X), German ordinals before a club's letters (`Der 1. FC
 * Köln` der erste F C Köln), Greek and Cyrillic capitals in a line read by English rules (never spelled as Latin letters),
 * Greek syllables where ι is said as a glide (`για` one), and invisible format characters (RLM, LRM, ZWNJ, ZWJ, a zero-width
 * space, a variation selector) that no reader sees, never counted as characters; an emoji sequence one character.
 * Each row: language, the written text, what a narrator says, the spoken word count. The DOCX and PDF fixtures
 * (scripts/build-spoken8-fixtures.py) carry the same shapes through a report.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { spokenForm } from '../src/measure/spoken/index.js';
import { countSyllables } from '../src/measure/syllables.js';
import { lineCharacters } from '../src/measure/pay.js';
import { countWords } from '../src/text/words.js';

const DASHES: [string, string, string, number][] = [
  // a dash closed up between words: both words said, the dash a pause
  ['en-US', 'Of course—for now, we wait.', 'Of course — for now, we wait.', 6],
  ['en-US', 'Of course–for now.', 'Of course – for now.', 4],
  ['en-US', 'Of course―for now.', 'Of course ― for now.', 4],
  ['en-US', 'no—no—no', 'no — no — no', 3],
  ['en-US', '“Yes”—she said—“now.”', '“Yes” — she said — “now.”', 4],
  ['en-US', 'Wait--what?', 'Wait -- what?', 2],
  ['fr-FR', 'Bien sûr—pour l’instant.', 'Bien sûr — pour l’instant.', 4],
  ['de-DE', 'Er kam—und ging.', 'Er kam — und ging.', 4],
  ['es-ES', 'Claro—dijo él.', 'Claro — dijo él.', 3],
  // a figure on one side only: the figure said, the word kept
  ['en-US', 'It was 2020—the year we grew.', 'It was twenty twenty — the year we grew.', 8],
  ['en-US', 'wait—3 days', 'wait — three days', 3],
  // an en dash between two letters in order: a range of letters
  ['en-US', 'the A–Z guide', 'the A to Z guide', 5],
  ['fr-FR', 'le guide de A–Z', 'le guide de A à Z', 6],
  // days and months
  ['en-US', 'Open Mon–Fri, 9am–5pm.', 'Open Mon to Fri, nine A M to five P M.', 11],
  ['en-US', 'Open 8:00 am–6:00 pm', 'Open eight A M to six P M', 8],
  ['en-US', 'SPOT 4 — 8:00 am–6:00 pm', 'SPOT four — eight A M to six P M', 9],
  ['de-DE', 'Mo–Fr geöffnet, Jan—März zu.', 'Mo bis Fr geöffnet, Jan bis März zu.', 8],
  ['fr-FR', 'Ouvert lun–ven.', 'Ouvert lun à ven.', 4],
  // a letter repeated is a stammer, an em dash a pause
  ['en-US', 'I—I don’t know.', 'I — I don’t know.', 4],
  ['en-US', 'I–I don’t know.', 'I – I don’t know.', 4],
  ['en-US', 'Plan A—or B.', 'Plan A — or B.', 4],
  // as before: ranges of figures (said "to"), hyphened words and names, a dash at a word's end or start
  ['en-US', 'From 1990–1995 we grew.', 'From nineteen ninety to nineteen ninety-five we grew.', 8],
  ['en-US', 'Pages 10—20 are missing.', 'Pages ten to twenty are missing.', 6],
  ['en-US', 'It costs $5–$10.', 'It costs five to ten dollars.', 6],
  ['en-US', 'Jean-Pierre is here.', 'Jean-Pierre is here.', 3],
  ['en-US', 'well— and —then', 'well— and —then', 3],
];

const ROMAN: [string, string, string, number][] = [
  // after an event's or a part's name: the number said
  ['en-US', 'Welcome to Super Bowl LX.', 'Welcome to Super Bowl sixty.', 5],
  ['en-US', 'Super Bowl LVIII was close.', 'Super Bowl fifty-eight was close.', 5],
  ['en-US', 'Super Bowl XX and World War II', 'Super Bowl twenty and World War II', 7],
  ['en-US', 'WrestleMania XL starts.', 'WrestleMania forty starts.', 3],
  ['en-US', 'Read Chapter XLII tonight.', 'Read Chapter forty-two tonight.', 4],
  ['fr-FR', 'La saison XLII commence.', 'La saison quarante-deux commence.', 4],
  ['de-DE', 'Kapitel XII beginnt.', 'Kapitel zwölf beginnt.', 3],
  ['es-ES', 'El capítulo XII empieza.', 'El capítulo doce empieza.', 4],
  // alone, a long numeral is never spelled (kept as written); two or three letters may be an acronym, spelled as before
  ['en-US', 'Copyright MMXXIV Acme.', 'Copyright MMXXIV Acme.', 3],
  ['en-US', 'MCMXCIX was a year.', 'MCMXCIX was a year.', 4],
  ['en-US', 'The DCI drove a Lexus LX in an XL coat.', 'The D C I drove a Lexus L X in an X L coat.', 14],
  ['en-US', 'The CD and the DVD.', 'The C D and the D V D.', 8],
  ['en-US', 'Louis XIV and Part IV', 'Louis the Fourteenth and Part four', 6], // a regnal number (spoken-regnal)
  // Medicare's Part D is a letter
  ['en-US', 'Medicare Part D', 'Medicare Part D', 3],
];

const ORDINALS: [string, string, string, number][] = [
  ['de-DE', 'Der 1. FC Köln spielt heute.', 'Der erste F C Köln spielt heute.', 7],
  ['de-DE', 'Heute spielt der 1. FC Köln beim 1. FSV Mainz.', 'Heute spielt der erste F C Köln beim ersten F S V Mainz.', 13],
  ['de-DE', 'Ein Tor gegen den 1. FC Nürnberg.', 'Ein Tor gegen den ersten F C Nürnberg.', 8],
  // as before: a noun; a figure ending a sentence stays a number (an acronym opening the next)
  ['de-DE', 'Der 1. Platz geht an Anna.', 'Der erste Platz geht an Anna.', 6],
  ['de-DE', 'Wir waren 3. ARD berichtete.', 'Wir waren drei. A R D berichtete.', 7],
];

const OTHER_ALPHABETS: [string, string, string, number][] = [
  // Greek and Cyrillic capitals quoted in a line read by English or French rules: kept as written, never spelled
  ['en-US', 'The sign said ΓΙΑ ΣΟΥ and the flag said СССР.', 'The sign said ΓΙΑ ΣΟΥ and the flag said СССР.', 10],
  ['fr-FR', 'Le panneau disait ΕΞΟΔΟΣ.', 'Le panneau disait ΕΞΟΔΟΣ.', 4],
  // Latin capitals as before
  ['en-US', 'The FBI and NASA', 'The F B I and NASA', 6],
];

describe('spoken forms (spoken8)', () => {
  it.each([...DASHES, ...ROMAN, ...ORDINALS, ...OTHER_ALPHABETS])('%s: %s', (lang, text, said, count) => {
    const spoken = spokenForm(text, lang);
    expect(spoken).toBe(said);
    expect(countWords(spoken)).toBe(count);
  });

  it('the written count stays Word’s: a closed-up dash joins one word', () => {
    expect(countWords('Of course—for now, we wait.')).toBe(5);
    expect(countWords('the A–Z guide')).toBe(3);
  });
});

describe('Greek syllables', () => {
  // by ear: ι (and υ in δυο) between a consonant and a vowel is a glide, no syllable of its own, in the short words written
  // without an accent (για, μια, πια, δυο, ποιος), after γ (γιατί, γεια), before the accented vowel (παιδιά, πιάνο), and in
  // ποιος, κάποιος, τέτοιος; a vowel with the accent before ι is no diphthong (ρολόι, τσάι). Learned words keep their hiatus
  // (ασφάλεια, διάλογος, ιστορία).
  const WORDS: [string, number][] = [
    ['για', 1], ['Για', 1], ['μια', 1], ['πια', 1], ['δυο', 1], ['ποιος', 1], ['ποια', 1], ['γεια', 1],
    ['γιατί', 2], ['γιαγιά', 2], ['παιδιά', 2], ['καρδιά', 2], ['πιάνο', 2], ['κάποιος', 2], ['τέτοια', 2], ['ποιότητα', 3],
    ['ρολόι', 3], ['τσάι', 2], ['οποίος', 3],
    // as before
    ['ασφάλεια', 4], ['διάλογος', 4], ['ιστορία', 4], ['Μαρία', 3], ['Καλημέρα', 4], ['είναι', 2], ['θεωρία', 4], ['και', 1], ['ευχαριστώ', 4],
  ];
  it.each(WORDS)('%s: %i', (word, n) => {
    expect(countSyllables(word, 'el')).toBe(n);
  });
});

describe('characters a reader sees', () => {
  it('format characters no one sees are not counted: RLM, LRM, ZWNJ, ZWJ, a zero-width space, a word joiner, a BOM, a soft hyphen', () => {
    expect(lineCharacters('Hello\u200F world')).toBe(11);
    expect(lineCharacters('\u200EHello world\u200E')).toBe(11);
    expect(lineCharacters('Press\u200B start\u200E now.')).toBe(16);
    expect(lineCharacters('می\u200Cخواهم')).toBe(7);
    expect(lineCharacters('Hello\u2060world')).toBe(10);
    expect(lineCharacters('Hello\uFEFF world')).toBe(11);
    expect(lineCharacters('co\u00ADoperate')).toBe(9);
    expect(lineCharacters('\u202BRTL\u202C')).toBe(3);
  });

  it('an emoji sequence is one character: a ZWJ family, a skin tone, a flag, a keycap, a variation selector', () => {
    expect(lineCharacters('\u{1F468}\u200D\u{1F469}\u200D\u{1F467}')).toBe(1);
    expect(lineCharacters('\u{1F44D}\u{1F3FD}')).toBe(1);
    expect(lineCharacters('\u{1F1EB}\u{1F1F7}\u{1F1E9}\u{1F1EA}')).toBe(2);
    expect(lineCharacters('1\uFE0F\u20E3')).toBe(1);
    expect(lineCharacters('\u2764\uFE0F\u200D\u{1F525}')).toBe(1);
    expect(lineCharacters('I \u2764\uFE0F it')).toBe(6);
  });

  it('letters, marks, spaces and a lone emoji as before; Devanagari with its virama and ZWJ (a half form) two letters and the virama', () => {
    expect(lineCharacters('e\u0301te\u0301')).toBe(3);
    expect(lineCharacters('  a  b ')).toBe(3);
    expect(lineCharacters('\u{1F600}\u{1F600}')).toBe(2);
    expect(lineCharacters('\u0915\u094D\u200D\u0937')).toBe(3);
  });

  it('words: a Persian word with ZWNJ is one, a lone mark none', () => {
    expect(countWords('می\u200Cخواهم به خانه\u200Cام بروم.')).toBe(4);
    expect(countWords('Hello \u200F world')).toBe(2);
  });
});

const DIR = join(__dirname, 'fixtures', 'spoken8');
async function lines(file: string, timing?: 'syllables') {
  const { report } = await analyse(join(DIR, file), { noConfig: true, ...(timing ? { timing } : {}) });
  const all = [...report.voices, report.unassigned].flatMap((g) => g.lines);
  return { report, said: all.map((l) => [l.spoken, l.words, l.spokenWords, l.characters]) };
}

const EN_SAID = [
  ['Of course — for now, we wait.', 5, 6, 27],
  ['The north – south line — and the A to Z guide.', 6, 10, 39],
  ['It was twenty twenty — the year we grew.', 6, 8, 29],
  ['From nineteen ninety to nineteen ninety-five, pages ten to twenty were lost.', 6, 12, 38],
  ['Jean-Pierre said it — twice. Wait -- what?', 4, 6, 38],
  ['“Yes” — she said — “now.”', 2, 4, 21],
  ['Welcome to Super Bowl sixty, after Super Bowl fifty-eight and Super Bowl twenty.', 13, 13, 67],
  ['Read Chapter forty-two tonight. Copyright MMXXIV Acme.', 7, 7, 49],
  ['The D C I drove a Lexus L X in an X L coat.', 10, 14, 39],
  ['The sign said ΓΙΑ ΣΟΥ and the flag said СССР.', 10, 10, 45],
];

describe('through a report (DOCX and PDF fixtures)', () => {
  it('en.docx (Word-like) and lo-en.docx (LibreOffice from a web page): dashes, numerals, other alphabets, emoji, marks', async () => {
    for (const file of ['en.docx', 'lo-en.docx']) {
      expect((await lines(file)).said, file).toEqual([
        ...EN_SAID,
        ['Well done 👍🏽 team 👨\u200D👩\u200D👧 and ❤️ from 🇫🇷.', 5, 5, 32],
        ['Press\u200B start\u200E now.', 3, 3, 16],
      ]);
    }
  });

  it('en.pdf (LibreOffice): the same lines read from the page', async () => {
    const said = (await lines('en.pdf')).said;
    expect(said.slice(0, EN_SAID.length)).toEqual(EN_SAID);
  });

  it('fr, de: a dash in French, a numbered part, a club’s ordinal', async () => {
    expect((await lines('fr.docx')).said).toEqual([
      ['Bien sûr — pour l’instant.', 3, 4, 24],
      ['La saison quarante-deux de l’émission commence.', 6, 6, 38],
    ]);
    expect((await lines('de.docx')).said).toEqual([
      ['Der erste F C Köln spielt heute.', 6, 7, 28],
      ['Heute spielt der erste F C Köln beim ersten F S V Mainz.', 10, 13, 46],
      ['Wir waren drei. A R D berichtete.', 5, 7, 28],
    ]);
  });

  it('el: syllables with για, μια, πια, γιατί, παιδιά each said with a glide', async () => {
    const el = await lines('el.docx', 'syllables');
    // Για τα παι·διά μια ι·στο·ρί·α: για·τί η α·σφά·λει·α εί·ναι πια για ό·λους: 22 (28 before: each ι a syllable)
    expect(el.report.voices[0]!.syllables).toBe(22);
  });

  it('he, fa: a right-to-left mark and zero-width non-joiners are no characters; a Persian word with ZWNJ one word', async () => {
    expect((await lines('he.docx')).said).toEqual([['לחצו על OK\u200F כדי להמשיך.', 5, 5, 22]]);
    expect((await lines('fa.docx')).said).toEqual([['می\u200Cخواهم به خانه\u200Cام بروم.', 4, 4, 23]]);
  });
});
