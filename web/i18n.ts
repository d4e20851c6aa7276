/**
 * The page's words in English and French, and the locale's number and duration formats. The
 * library's own messages (errors, some warnings) are English: shown as they are, marked lang="en".
 */
export type Lang = 'en' | 'fr';

const EN = {
  title: 'vo-lines — which lines are mine?',
  tagline: 'Drop a colour-coded voice-over script (Word .docx or PDF): see whose lines are whose, your words and your recording time.',
  privacy: 'Your script never leaves this computer: it is read here, in your browser. Nothing is uploaded.',
  language: 'Language',
  dropTitle: 'Your script',
  dropHint: 'Drop a .docx or .pdf here (and its vo-lines.config.yaml if you have one), or',
  choose: 'Choose a script…',
  reading: 'Reading {file}…',
  readingPage: 'Reading {file}: page {n} of {total}',
  readingBytes: 'Reading {file}: {percent}',
  working: 'Working out the voices and counting…',
  errorLead: 'This file cannot be read:',
  unsupported: '{file} is not a DOCX or PDF file: vo-lines reads .docx and .pdf scripts.',
  timeout: '{file} took longer than {seconds} s to read and was stopped: the file is damaged or far larger than a script.',
  whoIsWho: 'Who reads what',
  fromLegend: 'Voices from the legend in the script ({location}):',
  fromConfig: 'Voices from {config}.',
  fromNames: 'Voices from the names you gave the colours.',
  fromColours: 'This script has no legend the page can trust: each colour found is shown below. Name the colours that are voices (under "Name the colours") to get your lines.',
  notRecorded: 'Not recorded:',
  legendNotRecordedNone: 'nothing marked as not recorded',
  textColour: 'text',
  backgroundColour: 'highlight or shading',
  doubts: 'Check before recording',
  noDoubts: 'No doubt about the colours: each voice\'s colour is clearly different from the others.',
  confusable: '{a} and {b} look alike (colour difference {delta}, under {threshold}): check which lines are whose before recording.',
  unknown: '{words} in {lines} are {colour}, which is no voice\'s colour, e.g. {first}. Nobody is counted as reading them: check whose they are.',
  unassignedText: 'text of no voice',
  legendRejected: 'The legend at {location} ("{text}") was not used:',
  legendRejectedThen: 'The colours found are shown instead: name the ones that are voices.',
  iAm: 'I am',
  chooseVoice: 'Choose your voice…',
  yourTotal: 'Your lines: {words}, about {time}; the whole script: {total}.',
  yourTotalSpoken: '({spoken} said aloud, at {wpm} words a minute.)',
  pickToSeeTotal: 'Choose your voice above to see your words and time.',
  noLinesYet: 'Nothing says yet which colours are read: name the voices below, then choose yours.',
  voicesTable: 'All the voices',
  voice: 'Voice',
  colour: 'Colour',
  lines: 'Lines',
  words: 'Words',
  spokenWords: 'Said aloud',
  share: 'Share',
  time: 'Time',
  total: 'Whole script',
  unassigned: 'Not read (no voice)',
  toRecord: 'To record, all voices: {words}, about {time}.',
  myLines: 'My lines',
  myLinesOf: 'Lines of {voice}',
  search: 'Search my lines',
  searchShown: '{shown} of {count} lines shown',
  where: 'Where',
  cue: 'Cue',
  cueBy: 'cue, {voice}:',
  line: 'Line',
  seconds: 'Time',
  print: 'Print my lines',
  settings: 'Settings',
  pace: 'Speaking pace (words a minute)',
  paceHint: 'Used for every voice, instead of the pace the script or its config gives.',
  pacePreset: 'Pace preset',
  paceFromScript: 'As the script or its config says',
  apply: 'Apply',
  nameColours: 'Name the colours',
  nameColoursHint: 'Give each colour that is a voice the name of whoever reads it; leave the others empty (not read). The names are kept in this browser for scripts named {file}.',
  nameFor: 'Name for {colour}',
  clearNames: 'Forget these names',
  downloads: 'Downloads',
  downloadsHint: 'The same files as the vo-lines command line gives for this script.',
  xlsx: 'Line sheet (Excel, .xlsx)',
  csvMine: 'My lines (CSV)',
  csvAll: 'All voices\' lines (CSV)',
  json: 'Report (JSON)',
  config: 'Config for the command line (vo-lines.config.yaml)',
  compare: 'Compare with another version',
  compareHint: 'Choose the other version of this script (an earlier proof, a later draft): see what changed for each voice.',
  compareChoose: 'Choose the other version…',
  sections: 'Sections and spots',
  sectionsHint: 'Each section or spot of the script, with the time its voices take against the length it must fit.',
  section: 'Section',
  yourWords: 'Your words',
  yourTime: 'Your time',
  allVoicesTime: 'All voices',
  target: 'Length',
  noTarget: 'no length given',
  within: '✓ {time} of {target}',
  over: '✗ {time} of {target} ({over} over)',
  compareDrop: 'Drop the other version here, or',
  otherIs: 'The other version is',
  otherOlder: 'older',
  otherNewer: 'newer',
  compareOldNew: '{old} (before) → {new} (after)',
  noChange: 'no change',
  added: 'added',
  removed: 'removed',
  changed: 'changed',
  gained: 'taken from another voice',
  lost: 'given to another voice',
  moved: 'moved',
  wordsDelta: 'words',
  changesOf: 'Changes to {voice}',
  swap: 'Use this as the script',
  printedOn: 'Printed {date}',
  directionsNote: 'Grey italics are directions: not spoken.',
  about: 'About {n} min',
  newScript: 'Read another script',
  statusDone: '{file} read: {voices}.',
  nVoices: '{n} voices',
  oneVoice: '1 voice',
  pdf: 'PDF',
  docx: 'Word',
} as const;

export type Key = keyof typeof EN;

const FR: Record<Key, string> = {
  title: 'vo-lines — quelles répliques sont les miennes ?',
  tagline: 'Déposez un script de voix off codé par couleurs (Word .docx ou PDF) : voyez qui lit quoi, vos mots et votre temps d’enregistrement.',
  privacy: 'Votre script ne quitte jamais cet ordinateur : il est lu ici, dans votre navigateur. Rien n’est envoyé.',
  language: 'Langue',
  dropTitle: 'Votre script',
  dropHint: 'Déposez ici un .docx ou un .pdf (et son vo-lines.config.yaml si vous en avez un), ou',
  choose: 'Choisir un script…',
  reading: 'Lecture de {file}…',
  readingPage: 'Lecture de {file} : page {n} sur {total}',
  readingBytes: 'Lecture de {file} : {percent}',
  working: 'Attribution des voix et décompte…',
  errorLead: 'Ce fichier ne peut pas être lu :',
  unsupported: '{file} n’est pas un fichier DOCX ou PDF : vo-lines lit les scripts .docx et .pdf.',
  timeout: 'La lecture de {file} a dépassé {seconds} s et a été arrêtée : le fichier est abîmé ou bien plus gros qu’un script.',
  whoIsWho: 'Qui lit quoi',
  fromLegend: 'Voix lues dans la légende du script ({location}) :',
  fromConfig: 'Voix lues dans {config}.',
  fromNames: 'Voix d’après les noms que vous avez donnés aux couleurs.',
  fromColours: 'Ce script n’a pas de légende fiable : chaque couleur trouvée est montrée ci-dessous. Nommez les couleurs qui sont des voix (sous « Nommer les couleurs ») pour obtenir vos répliques.',
  notRecorded: 'Non enregistré :',
  legendNotRecordedNone: 'rien n’est marqué comme non enregistré',
  textColour: 'texte',
  backgroundColour: 'surlignage ou trame',
  doubts: 'À vérifier avant d’enregistrer',
  noDoubts: 'Aucun doute sur les couleurs : la couleur de chaque voix se distingue nettement des autres.',
  confusable: '{a} et {b} se ressemblent (écart de couleur {delta}, sous {threshold}) : vérifiez qui lit quoi avant d’enregistrer.',
  unknown: '{words} dans {lines} sont en {colour}, qui n’est la couleur d’aucune voix, par ex. {first}. Personne n’est compté pour les lire : vérifiez à qui elles sont.',
  unassignedText: 'texte sans voix',
  legendRejected: 'La légende ({location} : « {text} ») n’a pas été utilisée :',
  legendRejectedThen: 'Les couleurs trouvées sont montrées à la place : nommez celles qui sont des voix.',
  iAm: 'Je suis',
  chooseVoice: 'Choisissez votre voix…',
  yourTotal: 'Vos répliques : {words}, environ {time} ; le script entier : {total}.',
  yourTotalSpoken: '({spoken} prononcés, à {wpm} mots par minute.)',
  pickToSeeTotal: 'Choisissez votre voix ci-dessus pour voir vos mots et votre temps.',
  noLinesYet: 'Rien n’indique encore quelles couleurs sont lues : nommez les voix ci-dessous, puis choisissez la vôtre.',
  voicesTable: 'Toutes les voix',
  voice: 'Voix',
  colour: 'Couleur',
  lines: 'Répliques',
  words: 'Mots',
  spokenWords: 'Prononcés',
  share: 'Part',
  time: 'Durée',
  total: 'Script entier',
  unassigned: 'Non lu (sans voix)',
  toRecord: 'À enregistrer, toutes voix : {words}, environ {time}.',
  myLines: 'Mes répliques',
  myLinesOf: 'Répliques de {voice}',
  search: 'Chercher dans mes répliques',
  searchShown: '{shown} répliques sur {count} affichées',
  where: 'Où',
  cue: 'Réplique d’avant',
  cueBy: 'avant, {voice} :',
  line: 'Réplique',
  seconds: 'Durée',
  print: 'Imprimer mes répliques',
  settings: 'Réglages',
  pace: 'Débit (mots par minute)',
  paceHint: 'Pour toutes les voix, à la place du rythme que donnent le script ou sa config.',
  pacePreset: 'Débit type',
  paceFromScript: 'Celui du script ou de sa config',
  apply: 'Appliquer',
  nameColours: 'Nommer les couleurs',
  nameColoursHint: 'Donnez à chaque couleur qui est une voix le nom de qui la lit ; laissez les autres vides (non lues). Les noms sont gardés dans ce navigateur pour les scripts nommés {file}.',
  nameFor: 'Nom pour {colour}',
  clearNames: 'Oublier ces noms',
  downloads: 'Téléchargements',
  downloadsHint: 'Les mêmes fichiers que donne la ligne de commande vo-lines pour ce script.',
  xlsx: 'Feuille des répliques (Excel, .xlsx)',
  csvMine: 'Mes répliques (CSV)',
  csvAll: 'Les répliques de toutes les voix (CSV)',
  json: 'Rapport (JSON)',
  config: 'Config pour la ligne de commande (vo-lines.config.yaml)',
  compare: 'Comparer avec une autre version',
  compareHint: 'Choisissez l’autre version de ce script (une épreuve antérieure, une version plus récente) : voyez ce qui a changé pour chaque voix.',
  compareChoose: 'Choisir l’autre version…',
  sections: 'Sections et spots',
  sectionsHint: 'Chaque section ou spot du script, avec le temps que prennent ses voix face à la durée à tenir.',
  section: 'Section',
  yourWords: 'Vos mots',
  yourTime: 'Votre temps',
  allVoicesTime: 'Toutes les voix',
  target: 'Durée',
  noTarget: 'pas de durée donnée',
  within: '✓ {time} sur {target}',
  over: '✗ {time} sur {target} ({over} de trop)',
  compareDrop: 'Déposez l’autre version ici, ou',
  otherIs: 'L’autre version est',
  otherOlder: 'plus ancienne',
  otherNewer: 'plus récente',
  compareOldNew: '{old} (avant) → {new} (après)',
  noChange: 'aucun changement',
  added: 'ajoutées',
  removed: 'retirées',
  changed: 'modifiées',
  gained: 'prises à une autre voix',
  lost: 'données à une autre voix',
  moved: 'déplacées',
  wordsDelta: 'mots',
  changesOf: 'Changements pour {voice}',
  swap: 'Prendre celle-ci comme script',
  printedOn: 'Imprimé le {date}',
  directionsNote: 'En gris italique : les indications, non prononcées.',
  about: 'Environ {n} min',
  newScript: 'Lire un autre script',
  statusDone: '{file} lu : {voices}.',
  nVoices: '{n} voix',
  oneVoice: '1 voix',
  pdf: 'PDF',
  docx: 'Word',
};

/** Plain colour names (the library's, in English) in French. */
const COLOUR_FR: Record<string, string> = {
  black: 'noir',
  'dark grey': 'gris foncé',
  grey: 'gris',
  'light grey': 'gris clair',
  white: 'blanc',
  'pale grey': 'gris pâle',
  'pale blue': 'bleu pâle',
  'pale yellow': 'jaune pâle',
  'pale green': 'vert pâle',
  'pale red': 'rouge pâle',
  red: 'rouge',
  'dark red': 'rouge foncé',
  orange: 'orange',
  brown: 'marron',
  yellow: 'jaune',
  gold: 'or',
  olive: 'olive',
  'light green': 'vert clair',
  green: 'vert',
  'bright green': 'vert vif',
  'dark green': 'vert foncé',
  teal: 'bleu canard',
  turquoise: 'turquoise',
  'light blue': 'bleu clair',
  blue: 'bleu',
  'dark blue': 'bleu foncé',
  navy: 'bleu marine',
  purple: 'violet',
  pink: 'rose',
};

export class Words {
  readonly locale: string;

  constructor(readonly lang: Lang) {
    this.locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  }

  t(key: Key, values: Record<string, string | number> = {}): string {
    const template = this.lang === 'fr' ? FR[key] : EN[key];
    return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in values ? String(values[name]) : `{${name}}`));
  }

  number(n: number): string {
    return new Intl.NumberFormat(this.locale).format(n);
  }

  percent(share: number): string {
    return new Intl.NumberFormat(this.locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
  }

  /** "1,180 words" / "1 180 mots" */
  count(n: number, one: { en: string; fr: string }, many: { en: string; fr: string }): string {
    const word = n === 1 || (this.lang === 'fr' && n === 0) ? one[this.lang] : many[this.lang];
    return `${this.number(n)} ${word}`;
  }

  words(n: number): string {
    return this.count(n, { en: 'word', fr: 'mot' }, { en: 'words', fr: 'mots' });
  }

  linesCount(n: number): string {
    return this.count(n, { en: 'line', fr: 'réplique' }, { en: 'lines', fr: 'répliques' });
  }

  /** A recording time in words: "8 min", "1 h 05 min", "40 s". */
  duration(seconds: number): string {
    const s = Math.round(seconds);
    if (s < 60) return `${this.number(s)} s`;
    // Under ten minutes the seconds still matter in the booth (2 min 40 s, not 3 min).
    if (s < 600) return s % 60 ? `${this.number(Math.floor(s / 60))} min ${String(s % 60).padStart(2, '0')} s` : `${this.number(s / 60)} min`;
    const minutes = Math.round(seconds / 60);
    if (minutes < 60) return `${this.number(minutes)} min`;
    return `${this.number(Math.floor(minutes / 60))} h ${String(minutes % 60).padStart(2, '0')} min`;
  }

  /** A pace preset's name (the config's key, e.g. "commercial") in the page's language. */
  presetName(key: string): string {
    const fr: Record<string, string> = { 'e-learning': 'e-learning', commercial: 'publicité', audiobook: 'livre audio', documentary: 'documentaire', explainer: 'vidéo explicative' };
    return this.lang === 'fr' ? (fr[key] ?? key) : key;
  }

  /** Seconds to the tenth, as the command line gives a section's time: "27 s", "70,1 s". */
  seconds(seconds: number): string {
    return `${new Intl.NumberFormat(this.locale, { maximumFractionDigits: 1 }).format(seconds)} s`;
  }

  /** m:ss, as the command line prints it. */
  clock(seconds: number): string {
    const s = Math.round(seconds);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const rest = String(s % 60).padStart(2, '0');
    return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
  }

  colourName(plain: string): string {
    return this.lang === 'fr' ? (COLOUR_FR[plain] ?? plain) : plain;
  }

  date(date: Date): string {
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'long' }).format(date);
  }
}

/** The interface language: the one saved, else the browser's first French or English, else English. */
export function chooseLang(saved: string | null, browser: readonly string[]): Lang {
  if (saved === 'en' || saved === 'fr') return saved;
  for (const tag of browser) {
    const code = tag.toLowerCase().split('-')[0];
    if (code === 'fr' || code === 'en') return code;
  }
  return 'en';
}
