/**
 * French typography on the narrator's page (web/i18n.ts `frenchSpaces`): a no-break space (U+00A0)
 * before « : », a narrow no-break space (U+202F) before « ; », « ? », « ! » and inside guillemets, in
 * every French sentence and in the French the page builds (quotes, labels, counts, durations), so a
 * line never starts with one of those marks. Values put into a sentence (a file name, a line of the
 * script) are left as written. The page at narrow widths is checked in Chromium in tests/web.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { frenchSpaces, KEYS, NBSP, NNBSP, Words } from '../web/i18n.js';

const fr = new Words('fr');
const en = new Words('en');

/** Each place a French mark is not set by the rule, with the text around it. */
function misset(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(.?)([:;?!»])/g)) {
    const [, before, mark] = m;
    // A colon or mark glued to a word ("language: fr" in a YAML example, "10:30") is no French punctuation.
    if (before === '' || /[^\s\u00A0\u202F]/.test(before!)) {
      if (mark === '»') out.push(`${JSON.stringify(text.slice(Math.max(0, m.index! - 12), m.index! + 2))}: no space before »`);
      continue;
    }
    const wanted = mark === ':' ? NBSP : NNBSP;
    if (before !== wanted) out.push(`${JSON.stringify(text.slice(Math.max(0, m.index! - 12), m.index! + 2))}: U+${before!.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} before ${mark}`);
  }
  for (const m of text.matchAll(/«(.?)/g)) if (m[1] !== NNBSP) out.push(`${JSON.stringify(text.slice(m.index!, m.index! + 12))}: no narrow no-break space after «`);
  return out;
}

describe('French typography on the page', () => {
  it('no French sentence of the page has an ordinary space before : ; ? ! », or after «', () => {
    const values = { file: 'script.docx', config: 'vo-lines.config.yaml', label: 'MARIE', style: 'Narration', code: 'fr' };
    const wrong = KEYS.flatMap((key) => misset(fr.t(key, values)).map((why) => `${key}: ${why}`));
    expect(wrong).toEqual([]);
    // The rule's own marks, by example.
    expect(fr.t('title')).toBe(`vo-lines — quelles répliques sont les miennes${NNBSP}?`);
    expect(fr.t('errorLead')).toBe(`Ce fichier ne peut pas être lu${NBSP}:`);
    expect(fr.t('labelOf', { label: 'MARIE' })).toBe(`«${NNBSP}MARIE${NBSP}:${NNBSP}» en début de réplique`);
    expect(fr.t('errWorkerFailed', { file: 'a.docx' })).toContain(`de nouveau${NNBSP}; si cela`);
    // A YAML example keeps the colon a narrator types: « language: fr ».
    expect(fr.t('wLanguageSettingConfig', { tag: 'fr', seen: 'ses mots sont en anglais', language: 'français', guessed: 'anglais' })).toContain(`«${NNBSP}language: fr${NNBSP}»`);
  });

  it('the French the page builds: quotes, a speaker label, the colon and semicolon between clauses, counts and durations', () => {
    expect(fr.quote('Bonjour')).toBe(`«${NNBSP}Bonjour${NNBSP}»`);
    expect(fr.label('PAUL')).toBe(`«${NNBSP}PAUL${NBSP}:${NNBSP}»`);
    expect(`MARIE${fr.colon}Bonjour${fr.semicolon}PAUL`).toBe(`MARIE${NBSP}: Bonjour${NNBSP}; PAUL`);
    expect(fr.words(1180)).toBe(`1${NNBSP}180${NBSP}mots`);
    expect(fr.linesCount(1)).toBe(`1${NBSP}réplique`);
    expect(fr.duration(160)).toBe(`2${NBSP}min${NBSP}40${NBSP}s`);
    expect(fr.duration(3900)).toBe(`1${NBSP}h${NBSP}05${NBSP}min`);
    // English marks as it was; a number and what it counts are kept together there too (below).
    expect([en.quote('Hello'), en.label('PAUL'), en.colon, en.semicolon]).toEqual(['"Hello"', '"PAUL:"', ': ', '; ']);
  });

  it('a number is never parted from what it counts, nor a label from its number, in English or French: no-break spaces (thousands in French: U+202F, as Intl gives)', () => {
    expect([en.words(1180), en.linesCount(1), en.paragraphs(2), en.pages([2]), en.pages([1, 3])]).toEqual([`1,180${NBSP}words`, `1${NBSP}line`, `2${NBSP}paragraphs`, `page${NBSP}2`, `pages${NBSP}1, 3`]);
    expect([fr.words(1180), fr.linesCount(0), fr.paragraphs(2), fr.pages([2]), fr.pages([1, 3])]).toEqual([`1${NNBSP}180${NBSP}mots`, `0${NBSP}réplique`, `2${NBSP}paragraphes`, `page${NBSP}2`, `pages${NBSP}1, 3`]);
    expect([en.marks({ pen: 1, underline: 2 }), fr.marks({ pen: 1, underline: 2 })]).toEqual([`1${NBSP}pen stroke, 2${NBSP}underlines`, `1${NBSP}trait de stylo, 2${NBSP}soulignements`]);
    expect([en.t('nVoices', { n: 3 }), en.t('oneVoice'), fr.t('nVoices', { n: 3 }), fr.t('oneVoice')]).toEqual([`3${NBSP}voices`, `1${NBSP}voice`, `3${NBSP}voix`, `1${NBSP}voix`]);
    expect([en.t('readingPage', { file: 'a.pdf', n: 2, total: 9 }), fr.t('readingPage', { file: 'a.pdf', n: 2, total: 9 })]).toEqual([`Reading a.pdf: page${NBSP}2 of 9`, `Lecture de a.pdf${NBSP}: page${NBSP}2 sur 9`]);
    expect([en.cell({ table: 1, row: 2, column: 3 }), fr.cell({ table: 1, row: 2, column: 3 })]).toEqual([`table${NBSP}1, row${NBSP}2, col${NBSP}3`, `tableau${NBSP}1, ligne${NBSP}2, col.${NBSP}3`]);
    // A merged cell's rows and columns, and the row's number from the table's number column, as `lines` says them.
    const merged = { table: 1, row: 2, column: 3, rows: 2, span: 2, numbered: 'Screen 5' };
    expect([en.cell(merged), fr.cell(merged)]).toEqual([`table${NBSP}1, rows${NBSP}2–3 · Screen 5, cols${NBSP}3–4`, `tableau${NBSP}1, lignes${NBSP}2–3 · Screen 5, col.${NBSP}3–4`]);
    expect([en.t('sectionHolds', { n: 2 }), en.t('configPaceNote', { wpm: 120, raw: '120' }).slice(0, 36)]).toEqual([`holds the 2${NBSP}sections below: counted in it too`, `The pace set on this page (120${NBSP}words`]);
    expect([en.t('searchShown', { shown: 4, count: 13 }), fr.t('searchShown', { shown: 4, count: 13 })]).toEqual([`4${NBSP}of 13${NBSP}lines shown`, `4${NBSP}répliques sur 13${NBSP}affichées`]);
    expect([en.t('yourTotalSpoken', { spoken: en.words(271), wpm: 150 }), fr.t('yourTotalSpoken', { spoken: fr.words(271), wpm: 150 })]).toEqual([`(271${NBSP}words said aloud, at 150${NBSP}words a minute.)`, `(271${NBSP}mots prononcés, à 150${NBSP}mots par minute.)`]);
    expect([en.t('errEmpty', { file: 'a.docx' }), fr.t('errEmpty', { file: 'a.docx' })].map((t) => t.slice(0, 24))).toEqual([`a.docx is empty (0${NBSP}bytes`, `a.docx est vide (0${NBSP}octet`]);
    expect(en.t('confusable', { a: 'A', b: 'B', delta: 3.2, threshold: 10 })).toContain(`(colour difference${NBSP}3.2, under${NBSP}10)`);
    // The percent sign as Intl sets it: after a no-break space in French (U+00A0 in Node's ICU).
    expect(fr.percent(0.643)).toBe(`64,3${NBSP}%`);
  });

  it('one way to write a time, everywhere on the page, English and French: "28 s", "2 min 40 s", "12 min", "1 h 05 min", never parted; under half a second, "less than a second"', () => {
    const times = [0, 0.2, 0.5, 3.6, 28.4, 59.4, 59.6, 60, 108.4, 160, 599.4, 599.6, 754, 3599, 3900, 7260];
    const say = (w: Words) => times.map((s) => w.duration(s).replaceAll(NBSP, '_'));
    expect(say(en)).toEqual(['0_s', 'less than a second', '1_s', '4_s', '28_s', '59_s', '1_min', '1_min', '1_min_48_s', '2_min_40_s', '9_min_59_s', '10_min', '13_min', '1_h_00_min', '1_h_05_min', '2_h_01_min']);
    expect(say(fr)).toEqual(['0_s', 'moins d’une seconde', '1_s', '4_s', '28_s', '59_s', '1_min', '1_min', '1_min_48_s', '2_min_40_s', '9_min_59_s', '10_min', '13_min', '1_h_00_min', '1_h_05_min', '2_h_01_min']);
    // No ordinary space in a time: it never breaks across two lines.
    for (const s of times) expect(en.duration(s).includes(' ') && s > 0.5, `${s}`).toBe(false);
    // A section over its length, said as its two times are: 74.8 s of 60 s is "1 min 15 s of 1 min (15 s over)".
    expect([en.over(74.8, 60), en.over(30.4, 30), en.over(30.6, 30), fr.over(30.2, 30), fr.over(75, 60)].map((t) => t.replaceAll(NBSP, '_'))).toEqual(['15_s', 'less than a second', '1_s', 'moins d’une seconde', '15_s']);
    expect(en.t('over', { time: en.duration(30.4), target: en.duration(30), over: en.over(30.4, 30) })).toBe(`✗ 30${NBSP}s of 30${NBSP}s (less than a second over)`);
    expect(fr.t('over', { time: fr.duration(74.8), target: fr.duration(60), over: fr.over(74.8, 60) })).toBe(`✗ 1${NBSP}min${NBSP}15${NBSP}s sur 1${NBSP}min (15${NBSP}s de trop)`);
  });

  it('a value put into a French sentence stays as written: only the page\'s own words are set', () => {
    // A file name with « : » in it and a script line with its own spaces are the user's.
    expect(fr.t('reading', { file: 'Scène 1 : accueil.docx' })).toBe('Lecture de Scène 1 : accueil.docx…');
    expect(fr.t('cueBy', { voice: 'MARIE ?' })).toBe(`Avant, MARIE ?${NBSP}:`);
    // Spaces already set, or several, become one mark's space.
    expect(frenchSpaces(`a${NBSP}: b  ? « c »`)).toBe(`a${NBSP}: b${NNBSP}? «${NNBSP}c${NNBSP}»`);
  });
});

describe('French elision of « de » and « que » before a value', () => {
  it('elides before a vowel, not before a consonant, « y », « h » or a figure; English untouched', () => {
    expect(fr.t('myLinesOf', { voice: 'Apprenant' })).toBe('Répliques d\u2019Apprenant');
    expect(fr.t('myLinesOf', { voice: 'Élodie' })).toBe('Répliques d\u2019Élodie');
    expect(fr.t('myLinesOf', { voice: 'Narrateur' })).toBe('Répliques de Narrateur');
    expect(fr.t('myLinesOf', { voice: 'Yann' })).toBe('Répliques de Yann');
    expect(fr.t('myLinesOf', { voice: 'Hugo' })).toBe('Répliques de Hugo');
    expect(fr.t('noDoubtsOneVoice', { voice: 'Annonceur' })).toBe(`Aucun doute sur les couleurs${NBSP}: la couleur d\u2019Annonceur se distingue nettement du reste du texte.`);
    // A file's name is written as it is: no elision before it.
    expect(fr.t('reading', { file: 'intro.docx' })).toBe('Lecture de intro.docx…');
    expect(en.t('myLinesOf', { voice: 'Apprenant' })).toBe('Lines of Apprenant');
  });
});

describe('a time under half a second', () => {
  it('is "less than a second", never "about less than a second"', () => {
    expect(en.t('toRecord', { words: en.words(1), time: en.duration(0.3) })).toBe(`To record, all voices: ${en.words(1)}, less than a second.`);
    expect(fr.t('toRecord', { words: fr.words(1), time: fr.duration(0.3) })).toBe(`À enregistrer, toutes voix${NBSP}: ${fr.words(1)}, moins d\u2019une seconde.`);
    expect(en.t('toRecord', { words: en.words(3), time: en.duration(1.2) })).toBe(`To record, all voices: ${en.words(3)}, about 1${NBSP}s.`);
  });
});
