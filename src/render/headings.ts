/**
 * The language of a spreadsheet's headings (`export --headings fr`, the page in French): its column
 * titles, sheet names, row labels (Whole script, Other voices, Unassigned), the Summary's information
 * labels and where the voices came from (`la config PATH`), Fits' yes/NO, "(continued)", the page footer, the
 * locations (`¶7 (tableau 1, ligne 2, col. 3)`, text/format.ts formatLocation) and a cue's colon. English by default, so that a spreadsheet
 * already filled from an export keeps its columns. Only words change: numbers, times and dates are
 * written as in English (a spreadsheet formats them in its own language), and the cells' text is the script's.
 */
export type HeadingsLang = 'en' | 'fr';

export const HEADINGS_LANGS: readonly HeadingsLang[] = ['en', 'fr'];

/** Every English heading the renderers write, and its French. */
const FRENCH: Readonly<Record<string, string>> = {
  // Line lists (CSV, voice sheets).
  '#': 'N°',
  'Line ID': 'ID de réplique',
  Location: 'Emplacement',
  Timecode: 'Code temporel',
  Cue: 'Réplique d’avant',
  Line: 'Réplique',
  Words: 'Mots',
  Seconds: 'Secondes',
  Notes: 'Notes',
  Voice: 'Voix',
  '(continued)': '(suite)',
  // Summary.
  Lines: 'Répliques',
  'Spoken words': 'Mots prononcés',
  'Estimated time': 'Durée estimée',
  'Pace (wpm)': 'Débit (mots/min)',
  'Pace (syllables/s)': 'Débit (syllabes/s)',
  'Pace (characters/min)': 'Débit (caractères/min)',
  Share: 'Part',
  Characters: 'Caractères',
  'Dubbing lines': 'Lignes de doublage',
  'Finished minutes': 'Minutes finies',
  'Finished hours': 'Heures finies',
  Fee: 'Cachet',
  'Fee (est.)': 'Cachet (estimé)',
  Currency: 'Devise',
  'Fee basis': 'Base du cachet',
  'Whole script': 'Script entier',
  'Other voices': 'Autres voix',
  Unassigned: 'Non lu (sans voix)',
  'no lines': 'aucune réplique',
  'no words': 'aucun mot',
  'not quoted': 'pas de tarif',
  'not quoted until the voices are named': 'pas de tarif tant que les voix ne sont pas nommées',
  Script: 'Script',
  'SHA-256': 'SHA-256',
  Exported: 'Exporté le',
  Tool: 'Outil',
  'Voices from': 'Voix d’après',
  'a config': 'une config',
  'the legend in the script': 'la légende du script',
  'the colours found, not named voices (no config, no legend)': 'les couleurs trouvées, pas des voix nommées (ni config, ni légende)',
  // Sections.
  Section: 'Section',
  'Before the first heading': 'Avant le premier titre',
  Target: 'Durée à tenir',
  Fits: 'Tient',
  yes: 'oui',
  NO: 'NON',
  // Sheets and pages.
  Summary: 'Résumé',
  Sections: 'Sections',
  'VoiceQ script': 'Script VoiceQ',
  Page: 'Page',
  of: 'sur',
};

/** A heading in the language asked for (English as written; a text with no French is kept, as a voice's name is). */
export interface Heading {
  (english: string): string;
  readonly lang: HeadingsLang;
}

export function headingsIn(lang: HeadingsLang = 'en'): Heading {
  const heading = lang === 'en' ? (english: string) => english : (english: string) => (Object.hasOwn(FRENCH, english) ? FRENCH[english]! : english);
  return Object.assign(heading, { lang });
}

/** Where the voices came from when a config named them (the Summary's `Voices from`): `config PATH`, French `la config PATH`. */
export function configSource(path: string, lang: HeadingsLang = 'en'): string {
  return lang === 'fr' ? `la config ${path}` : `config ${path}`;
}

/** A voice's own columns on the Sections sheet: `ANNCR words`, `ANNCR time` (French: `Mots ANNCR`, `Durée ANNCR`). */
export function voiceColumn(name: string, what: 'words' | 'time', lang: HeadingsLang = 'en'): string {
  if (lang === 'fr') return `${what === 'words' ? 'Mots' : 'Durée'} ${name}`;
  return `${name} ${what}`;
}

/** A rate's unit in a fee's basis, one and many (`word`/`words`, French `mot`/`mots`). */
export const UNIT_WORDS: Readonly<Record<HeadingsLang, Readonly<Record<string, readonly [string, string]>>>> = {
  en: { word: ['word', 'words'], 'finished-minute': ['finished minute', 'finished minutes'], 'finished-hour': ['finished hour', 'finished hours'], 'dubbing-line': ['dubbing line', 'dubbing lines'] },
  fr: { word: ['mot', 'mots'], 'finished-minute': ['minute finie', 'minutes finies'], 'finished-hour': ['heure finie', 'heures finies'], 'dubbing-line': ['ligne de doublage', 'lignes de doublage'] },
};
