/**
 * The words of the booth script around the script's own text — its title, header, summary, page
 * numbers, the colon after a cue's speaker — in the script's language: French for a script in
 * French (primary subtag `fr`), English for any other. The narrator in the booth reads the labels
 * of the script in their hands. One table, so the PDF and the DOCX say the same. Pure.
 */
import { UNASSIGNED_LABEL } from '../attribute/voices.js';
import { count, formatDuration, frenchCount, frenchPlural, plural } from '../text/format.js';

export type SidesLanguage = 'en' | 'fr';

/** What the labels say of: the voice, the script, the day, and the voice's lines, words and time. */
export interface SidesFacts {
  voice: string;
  script: string;
  date: string;
  lineCount: number;
  words: number;
  spokenWords: number;
  seconds: number;
  wpm: number;
  /** What `wpm` counts when not words: characters, for a script in Chinese or Japanese. */
  paceUnit?: 'characters';
  /** With syllable timing: the rate the time was reckoned at (`wpm` then only scaled it). */
  syllablesPerSecond?: number;
}

export interface SidesLabels {
  /** The labels' language: `fr` for a script in French, else `en`. */
  language: SidesLanguage;
  /** `Booth script — Narrateur` */
  title: string;
  /** `Script: module-securite.docx` */
  script: string;
  /** `Date: 2025-06-12` */
  date: string;
  /** `13 lines · 394 words (399 spoken) · about 2:40 at 150 wpm` (or `at 4.95 syllables/s`) */
  summary: string;
  /** `Grey italics are directions: not spoken.`, once under the header. */
  directions: string;
  /** The file's subject (PDF Subject, DOCX description): `Booth script`. */
  subject: string;
  /** Every page's footer, `{page}` and `{pages}` its number and the count: `Page {page} of {pages}`. */
  page: string;
  /** Between a cue's speaker and its words: `: `. */
  colon: string;
  /** At the top of a page a line longer than a page runs on to: `(continued)`, `(suite)`. */
  continued: string;
}

interface LabelSet {
  title: (voice: string) => string;
  script: (file: string) => string;
  date: (date: string) => string;
  summary: (facts: SidesFacts) => string;
  directions: string;
  subject: string;
  page: string;
  colon: string;
  continued: string;
  /** The speaker of a cue that is the text of no voice. */
  unassigned: string;
}

/** French typography: a no-break space before a colon. */
const NBSP = '\u00A0';

const LABELS: Readonly<Record<SidesLanguage, LabelSet>> = {
  en: {
    title: (voice) => `Booth script — ${voice}`,
    script: (file) => `Script: ${file}`,
    date: (date) => `Date: ${date}`,
    summary: (f) => {
      const spoken = f.spokenWords !== f.words ? ` (${count(f.spokenWords)} spoken)` : '';
      return `${plural(f.lineCount, 'line')} · ${plural(f.words, 'word')}${spoken} · about ${formatDuration(f.seconds)} at ${f.syllablesPerSecond !== undefined ? `${count(f.syllablesPerSecond)} syllables/s` : `${count(f.wpm)} ${f.paceUnit === 'characters' ? 'characters/min' : 'wpm'}`}`;
    },
    directions: 'Grey italics are directions: not spoken.',
    subject: 'Booth script',
    page: 'Page {page} of {pages}',
    colon: ': ',
    continued: '(continued)',
    unassigned: UNASSIGNED_LABEL,
  },
  // As a French studio says it: the "texte" a comédien takes into the "cabine", "répliques", "mots
  // prononcés"; the time in the same m:ss as the English.
  fr: {
    title: (voice) => `Texte cabine — ${voice}`,
    script: (file) => `Script${NBSP}: ${file}`,
    date: (date) => `Date${NBSP}: ${date}`,
    summary: (f) => {
      const spoken = f.spokenWords !== f.words ? ` (${frenchPlural(f.spokenWords, 'prononcé')})` : '';
      return `${frenchPlural(f.lineCount, 'réplique')} · ${frenchPlural(f.words, 'mot')}${spoken} · environ ${formatDuration(f.seconds)} à ${f.syllablesPerSecond !== undefined ? `${frenchCount(f.syllablesPerSecond)} syllabes/s` : `${frenchCount(f.wpm)} ${f.paceUnit === 'characters' ? 'caractères/min' : 'mots/min'}`}`;
    },
    directions: `En gris italique${NBSP}: les indications, non prononcées.`,
    subject: 'Texte cabine',
    page: 'Page {page} sur {pages}',
    colon: `${NBSP}: `,
    continued: '(suite)',
    unassigned: 'Texte sans voix',
  },
};

/** `fr`, `fr-FR`, `fr-CA` → French; any other tag (or none) → English. */
export function sidesLanguage(tag: string): SidesLanguage {
  return tag.split('-')[0]!.toLowerCase() === 'fr' ? 'fr' : 'en';
}

/** The label set of a language: `tag` is the script's BCP 47 tag (`report.language.tag`). */
export function sidesLabels(tag: string, facts: SidesFacts): SidesLabels {
  const language = sidesLanguage(tag);
  const set = LABELS[language];
  return {
    language,
    title: set.title(facts.voice),
    script: set.script(facts.script),
    date: set.date(facts.date),
    summary: set.summary(facts),
    directions: set.directions,
    subject: set.subject,
    page: set.page,
    colon: set.colon,
    continued: set.continued,
  };
}

/** The speaker of a cue that is the text of no voice: `Unassigned`, `Texte sans voix`. */
export const unassignedSpeaker = (language: SidesLanguage): string => LABELS[language].unassigned;

/** `Page 2 of 5`: a page's footer from the label. */
export const pageLabel = (labels: Pick<SidesLabels, 'page'>, page: number, pages: number): string =>
  labels.page.replace('{page}', String(page)).replace('{pages}', String(pages));
