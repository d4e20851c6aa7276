/**
 * The page's words in English and French, and the locale's number and duration formats. The
 * library's own messages (some warnings, an error the page has no sentence for, an error's detail)
 * are English: shown as they are, marked lang="en".
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
  // Why a file cannot be read, with what to do from this page (web/app.ts `said`: which error says which).
  errEncryptedDocx: '{file} is password-protected: open it in Word, remove the password (File > Info > Protect Document) and save it again, or ask for a copy without a password.',
  errEncryptedPdf: '{file} is protected by a password, and this page cannot open protected PDFs: ask for a copy without a password, or open it with its password, print it to a new PDF (Print, then Save as PDF) and drop that one here.',
  errLegacyDoc: '{file} is an old Word document (.doc): open it in Word or LibreOffice, save it as a .docx (Word Document) and drop that file here.',
  errRtf: '{file} is an RTF file: open it in Word or LibreOffice, save it as a .docx (Word Document) and drop that file here.',
  errEmpty: '{file} is empty (0 bytes): there is no script in it. Ask for a new copy.',
  errNotADocx: '{file} is a zip or Office file but not a Word document: vo-lines reads .docx and .pdf scripts. Check that this is the script, not a spreadsheet or a presentation.',
  errCorruptDocx: '{file} is damaged: open it in Word and save it again, or ask for a new copy.',
  errCorruptPdf: '{file} is damaged or incomplete: ask for a new copy, or export the PDF again from the original document.',
  errUnsafeXml: '{file} holds something Word never writes (an XML DOCTYPE declaration) and is refused as unsafe: ask whoever sent it for a new copy saved from Word.',
  errTooLarge: '{file} is refused: unpacked, it would be far larger than any script. It may be damaged, or built to overload the reader: ask for a new copy.',
  errOverLimit: '{file} goes past one of vo-lines\' limits: it is damaged or is not a script. If it is a real script, open it and save it again, or split it into smaller files.',
  errNoTextDocx: '{file} has no text in the body of the document: is this the right file? (Headers, footers and notes are not read as script lines.)',
  errNoTextPdf: '{file} has no text to read: it is probably a scan (pictures of the pages), which has neither the words nor the colours vo-lines reads. Ask for the script itself: the Word file, or a PDF saved from Word.',
  errBadConfig: '{config} cannot be used: something in it is not right (the detail below says what). Correct it, or drop the script without it.',
  errUnexpected: '{file} could not be read because of an unexpected error in vo-lines (not necessarily the file\'s fault): please report it, with the file if you can.',
  errWorkerFailed: 'Reading {file} stopped abruptly: the browser may have run out of memory, or the file may be damaged. Reload the page and drop it again; if it happens again, ask for a new copy.',
  errorDetail: 'Detail:',
  whoIsWho: 'Who reads what',
  fromLegend: 'Voices from the legend in the script ({location}):',
  fromConfig: 'Voices from {config}.',
  fromNames: 'Voices from the names you gave the colours.',
  fromLabels: 'Voices from the names that open the lines (the script has no colour coding): text without one (titles, directions) is nobody\'s. Check them against the script.',
  labelOf: '"{label}:" at the start of the line',
  labelsFound: 'This script has no colour coding, but its lines open with the name of who speaks: {names}.',
  fromNameLines: 'Voices from the names standing alone on their lines above the dialogue (the script has no colour coding): the rest (titles, scene headings, action, parentheticals) is nobody\'s. Check them against the script.',
  labelOnLine: '"{label}" alone on its line, above the dialogue',
  nameLinesFound: 'This script has no colour coding, but each speaker\'s name stands alone on its line above the dialogue: {names}.',
  noDoubtsNameLines: 'Nothing to check: each voice\'s lines stand below its name.',
  useLabels: 'Use these names as the voices',
  useColours: 'Show the colours instead',
  styleOf: 'style "{style}"',
  fromColours: 'This script has no legend the page can trust: each colour found is shown below. Name the colours that are voices (under "Name the colours") to get your lines.',
  notRecorded: 'Not recorded:',
  legendNotRecordedNone: 'nothing marked as not recorded',
  textColour: 'text',
  backgroundColour: 'highlight or shading',
  doubts: 'Check before recording',
  noDoubts: 'No doubt about the colours: each voice\'s colour is clearly different from the others.',
  noDoubtsLabels: 'Nothing to check: each voice\'s lines open with its name.',
  confusable: '{a} and {b} look alike (colour difference {delta}, under {threshold}): check which lines are whose before recording.',
  unknown: '{words} in {lines} are {colour}, which is no voice\'s colour, e.g. {first}. Nobody is counted as reading them: check whose they are.',
  struck: '{words} in {paragraphs} are struck through: crossed out, they are left out of every voice\'s lines, e.g. {first}. If any is to be recorded, the script needs the strikethrough removed.',
  highlightNoColour: 'Highlights with no colour of their own: {highlights} on {pages}. Chrome shows them yellow, Firefox black over the text, so nobody is counted as reading that text. Give them a colour in your PDF viewer and save the file.',
  annotationMarks: 'Marks over the text that are not read as colour coding: {marks} on {pages} ({kinds}). Only highlights tell whose lines are whose: if a mark stands for a voice, highlight that text instead.',
  unassignedText: 'text of no voice',
  notRecordedMajority: 'The legend at {location} ("{text}") says {colours} {is}: that is {words} of the script\'s {total} ({share}), more than all its voices have ({voiced}). If any of it is to be recorded, check the legend.',
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
  errEncryptedDocx: '{file} est protégé par un mot de passe : ouvrez-le dans Word, retirez le mot de passe (Fichier > Informations > Protéger le document) et enregistrez-le, ou demandez-en une copie sans mot de passe.',
  errEncryptedPdf: '{file} est protégé par un mot de passe, et cette page ne peut pas ouvrir les PDF protégés : demandez-en une copie sans mot de passe, ou ouvrez-le avec son mot de passe, imprimez-le dans un nouveau PDF (Imprimer, puis Enregistrer au format PDF) et déposez ici ce nouveau PDF.',
  errLegacyDoc: '{file} est un ancien document Word (.doc) : ouvrez-le dans Word ou LibreOffice, enregistrez-le au format .docx (Document Word) et déposez ici ce fichier.',
  errRtf: '{file} est un fichier RTF : ouvrez-le dans Word ou LibreOffice, enregistrez-le au format .docx (Document Word) et déposez ici ce fichier.',
  errEmpty: '{file} est vide (0 octet) : il ne contient aucun script. Demandez-en une nouvelle copie.',
  errNotADocx: '{file} est un fichier zip ou Office, mais pas un document Word : vo-lines lit les scripts .docx et .pdf. Vérifiez que c’est bien le script, et non un tableur ou une présentation.',
  errCorruptDocx: '{file} est abîmé : ouvrez-le dans Word et enregistrez-le de nouveau, ou demandez-en une nouvelle copie.',
  errCorruptPdf: '{file} est abîmé ou incomplet : demandez-en une nouvelle copie, ou exportez de nouveau le PDF depuis le document d’origine.',
  errUnsafeXml: '{file} contient ce que Word n’écrit jamais (une déclaration DOCTYPE XML) et est refusé par prudence : demandez à qui vous l’a envoyé une nouvelle copie enregistrée depuis Word.',
  errTooLarge: '{file} est refusé : une fois décompressé, il serait bien plus gros que n’importe quel script. Il est peut-être abîmé, ou fait pour saturer la lecture : demandez-en une nouvelle copie.',
  errOverLimit: '{file} dépasse une des limites de vo-lines : il est abîmé ou ce n’est pas un script. Si c’est bien un script, ouvrez-le et enregistrez-le de nouveau, ou coupez-le en plusieurs fichiers.',
  errNoTextDocx: '{file} n’a aucun texte dans le corps du document : est-ce le bon fichier ? (Les en-têtes, pieds de page et notes ne sont pas lus comme des répliques.)',
  errNoTextPdf: '{file} n’a aucun texte à lire : c’est sans doute un scan (des images des pages), qui n’a ni les mots ni les couleurs que lit vo-lines. Demandez le script lui-même : le fichier Word, ou un PDF enregistré depuis Word.',
  errBadConfig: '{config} ne peut pas servir : quelque chose n’y va pas (le détail ci-dessous dit quoi). Corrigez-le, ou déposez le script sans lui.',
  errUnexpected: '{file} n’a pas pu être lu à cause d’une erreur imprévue de vo-lines (le fichier n’y est pas forcément pour quelque chose) : signalez-la, avec le fichier si vous le pouvez.',
  errWorkerFailed: 'La lecture de {file} s’est arrêtée net : le navigateur a peut-être manqué de mémoire, ou le fichier est peut-être abîmé. Rechargez la page et déposez-le de nouveau ; si cela se reproduit, demandez-en une nouvelle copie.',
  errorDetail: 'Détail :',
  whoIsWho: 'Qui lit quoi',
  fromLegend: 'Voix lues dans la légende du script ({location}) :',
  fromConfig: 'Voix lues dans {config}.',
  fromNames: 'Voix d’après les noms que vous avez donnés aux couleurs.',
  fromLabels: 'Voix d’après les noms qui ouvrent les répliques (le script n’a pas de code couleur) : le texte sans nom (titres, indications) n’est à personne. Vérifiez-les dans le script.',
  labelOf: '« {label} : » en début de réplique',
  labelsFound: 'Ce script n’a pas de code couleur, mais ses répliques commencent par le nom de qui parle : {names}.',
  fromNameLines: 'Voix d’après les noms seuls sur leur ligne au-dessus des répliques (le script n’a pas de code couleur) : le reste (titres, intitulés de scène, action, indications entre parenthèses) n’est à personne. Vérifiez-les dans le script.',
  labelOnLine: '« {label} » seul sur sa ligne, au-dessus des répliques',
  nameLinesFound: 'Ce script n’a pas de code couleur, mais le nom de chaque personnage est seul sur sa ligne, au-dessus de ses répliques : {names}.',
  noDoubtsNameLines: 'Rien à vérifier : les répliques de chaque voix sont sous son nom.',
  useLabels: 'Prendre ces noms comme voix',
  useColours: 'Revenir aux couleurs',
  styleOf: 'style « {style} »',
  fromColours: 'Ce script n’a pas de légende fiable : chaque couleur trouvée est montrée ci-dessous. Nommez les couleurs qui sont des voix (sous « Nommer les couleurs ») pour obtenir vos répliques.',
  notRecorded: 'Non enregistré :',
  legendNotRecordedNone: 'rien n’est marqué comme non enregistré',
  textColour: 'texte',
  backgroundColour: 'surlignage ou trame',
  doubts: 'À vérifier avant d’enregistrer',
  noDoubts: 'Aucun doute sur les couleurs : la couleur de chaque voix se distingue nettement des autres.',
  noDoubtsLabels: 'Rien à vérifier : les répliques de chaque voix commencent par son nom.',
  confusable: '{a} et {b} se ressemblent (écart de couleur {delta}, sous {threshold}) : vérifiez qui lit quoi avant d’enregistrer.',
  unknown: '{words} dans {lines} sont en {colour}, qui n’est la couleur d’aucune voix, par ex. {first}. Personne n’est compté pour les lire : vérifiez à qui elles sont.',
  struck: '{words} dans {paragraphs} sont barrés : rayés, ils ne comptent dans les répliques d’aucune voix, par ex. {first}. S’il faut en enregistrer, il faut retirer le barré dans le script.',
  highlightNoColour: 'Surlignages sans couleur propre : {highlights} ({pages}). Chrome les affiche en jaune, Firefox en noir par-dessus le texte : personne n’est compté pour lire ce texte. Donnez-leur une couleur dans votre lecteur PDF et enregistrez le fichier.',
  annotationMarks: 'Marques sur le texte qui ne sont pas lues comme code couleur : {marks} ({pages} ; {kinds}). Seuls les surlignages disent qui lit quoi : si une marque désigne une voix, surlignez plutôt ce texte.',
  unassignedText: 'texte sans voix',
  notRecordedMajority: 'La légende ({location} : « {text} ») dit que {colours} {is} : cela fait {words} sur les {total} du script ({share}), plus que toutes ses voix ensemble ({voiced}). S’il faut en enregistrer une partie, vérifiez la légende.',
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

  paragraphs(n: number): string {
    return this.count(n, { en: 'paragraph', fr: 'paragraphe' }, { en: 'paragraphs', fr: 'paragraphes' });
  }

  /** "page 2" / "pages 1, 3": the first ten, then "…". */
  pages(pages: number[]): string {
    return `page${pages.length > 1 ? 's' : ''} ${pages.slice(0, 10).map((p) => this.number(p)).join(', ')}${pages.length > 10 ? ', …' : ''}`;
  }

  /** Annotations not read, by kind (annotations.ts MarkKind): "1 pen stroke, 2 underlines". */
  marks(kinds: Record<string, number>): string {
    const names: Record<string, [{ en: string; fr: string }, { en: string; fr: string }]> = {
      pen: [{ en: 'pen stroke', fr: 'trait de stylo' }, { en: 'pen strokes', fr: 'traits de stylo' }],
      shape: [{ en: 'drawn shape', fr: 'forme dessinée' }, { en: 'drawn shapes', fr: 'formes dessinées' }],
      underline: [{ en: 'underline', fr: 'soulignement' }, { en: 'underlines', fr: 'soulignements' }],
    };
    return Object.entries(kinds)
      .filter(([kind, n]) => names[kind] && n > 0)
      .map(([kind, n]) => this.count(n, names[kind]![0], names[kind]![1]))
      .join(', ');
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
