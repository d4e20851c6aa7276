/**
 * The shapes a legend takes, read from paragraphs into raw entries: a name and what shows its
 * colour (its own look, colour words, a swatch beside it). Which colour of the script each entry
 * means is decided afterwards (legend.ts, legend-palette.ts), and whether the legend can be trusted
 * after that (legend-trust.ts).
 *
 * Only short paragraphs are looked at, and no regular expression here can backtrack on long
 * text: a legend is a few dozen words, while a script may hold a megabyte of spaces in one paragraph.
 */
import type { Hex, Paragraph, Run, Swatch } from '../model.js';
import { isJsSpaceCode, isUpperCode } from '../text/code-classes.js';
import { lazy } from '../text/lazy.js';
import { countWords, hasWord, isLetterAt, isLetterOrDigitAt, normaliseSpace } from '../text/words.js';
import { isColourQualifier, parseColourPhrase, qualifierKind, type ColourPhrase } from './colour-words.js';
import { lookKey, type Look } from './legend-palette.js';

export type LegendKind = 'names in colour' | 'colours in words' | 'table';

/** One entry as written: a name, and what shows its colour. */
export interface RawEntry {
  name: string;
  /** The entry says "not recorded" ("Non enregistré", "SFX / music (not recorded)", "Didascalies"). */
  notRecorded: boolean;
  /** The name's own look, when it is written in colour (or in the body's look, in a table). */
  look?: Look;
  /** The colour in words, as written, and read. */
  words?: string;
  phrase?: ColourPhrase;
  /** A table legend: the colour sample beside the name (an empty shaded cell). */
  swatch?: Hex;
  /** A table legend: the look of the text in the colour column ("████", "Exemple"). */
  swatchLook?: Look;
  /**
   * Forms the name may take in the script's speaker labels, when the legend writes it in a case that may have changed
   * its ending: German's weak genitive "des Kunden" (the label "Kunde:"). The name stays as written unless a label says.
   */
  labelForms?: string[];
  /**
   * A sentence says the name owns the lines the colour marks: "Narrator's lines", "die Zeilen des Erzählers", "die der
   * Sprecherin", "celles de l'apprenante", "the learner's" — what a key with no heading word must say of each voice.
   */
  owns?: true;
}

export interface RawLegend {
  kind: LegendKind;
  entries: RawEntry[];
  paragraphs: Paragraph[];
  /** Runs of the legend that are not entries (heading, separators, notes, heading row): its plain look. */
  structure: Run[];
  /** The legend as shown to the user: paragraphs joined by " / ", a table row's cells by " | ". */
  text: string;
  /**
   * Names in colour after a heading, with text in the legend's own look not understood (a note
   * whose words were not read): the names are read only where each is in a colour the script's lines
   * use exactly (legend.ts resolve), the rest said (`legend-part-not-read`).
   */
  unread?: string[];
  /** A sentence with no heading word read as a key (legend.ts resolve takes it only where each voice's colour is one the lines have). */
  sentence?: true;
}

/** Paragraphs longer than this (in characters, before any normalising) are never a legend. */
export const MAX_LEGEND_CHARS = 600;
const MAX_NAME_CHARS = 40;
const MAX_NAME_WORDS = 4;
/** A group of names joined by "/" or "&" may be longer. */
const MAX_GROUP_WORDS = 6;
/** The most words a colour in words takes ("a light grey background"). */
const MAX_COLOUR_WORDS = 6;
const MAX_TABLE_ROWS = 12;

export function rawLength(paragraph: Paragraph): number {
  let length = 0;
  for (const run of paragraph.runs) length += run.text.length;
  return length;
}

export function textOf(paragraph: Paragraph): string {
  return normaliseSpace(legendRuns(paragraph).map((r) => r.text).join(''));
}

/**
 * A list item's number or bullet opening a paragraph, then a space ("1. ", "a) ", "(iv) ", "• "):
 * what a browser's PDF draws as text before an `<ol>` item's text (Chromium, WeasyPrint; a DOCX's
 * list numbering is no text at all). Part of no legend's names or words. Lower-case letters and
 * roman numerals only: "A." and "Q." open labels.
 */
const LIST_MARKER = /^\s*(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]|[\u2022\u25E6\u25AA\u2023])\s+(?=\S)/u;

/**
 * A paragraph's runs as a legend reads them: a list's marker opening it left out (LIST_MARKER), so
 * that "1. Voices" heads a key as "Voices" does and "a. Anna — blue" names Anna, not "a. Anna". The
 * paragraph's own runs when it opens with none (cached: asked of a paragraph many times).
 */
export function legendRuns(paragraph: Paragraph): readonly Run[] {
  const runs = paragraph.runs;
  const first = runs.findIndex((r) => /\S/u.test(r.text));
  if (first < 0) return runs;
  let cached = stripped.get(paragraph);
  if (cached) return cached;
  const opening = runs[first]!.text;
  const marker = LIST_MARKER.exec(opening) ?? (opening.length <= 8 && first + 1 < runs.length ? LIST_MARKER.exec(opening + runs[first + 1]!.text) : null);
  if (!marker) return runs;
  // The marker may end in the next run (its space in the item's own look).
  let cut = marker[0].length;
  cached = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (i < first) continue;
    if (cut > 0) {
      const rest = run.text.slice(cut);
      cut = Math.max(0, cut - run.text.length);
      if (rest) cached.push({ ...run, text: rest });
      continue;
    }
    cached.push(run);
  }
  stripped.set(paragraph, cached);
  return cached;
}
const stripped = new WeakMap<Paragraph, Run[]>();

/** Words that head a legend: "Légende :", "Voice key:", "Colour code:", "Cast:". Compared in lower case. */
const HEADINGS = new Set([
  'legend', 'légende', 'legende', 'key', 'colour key', 'color key', 'voice key', 'voices key', 'key to colours', 'key to colors', 'colour legend',
  'color legend', 'voice legend', 'colour code', 'color code', 'colour codes', 'color codes', 'colour coding', 'color coding', 'colours', 'colors',
  'voice', 'voices', 'voix', 'les voix', 'cast', 'casting', 'distribution', 'characters', 'personnages', 'roles', 'rôles', 'speakers',
  'intervenants', 'couleurs', 'code couleur', 'code couleurs', 'codes couleur', 'code des couleurs', 'codes couleurs', 'code de couleurs',
  'légende des couleurs', 'légende couleurs', 'legende des couleurs', 'code couleur des voix', 'légende des voix', 'who reads what', 'qui lit quoi',
  'key to voices', 'voice colours', 'voice colors', 'colour guide', 'color guide', 'guide des couleurs', 'couleurs des voix', 'code couleur voix',
  'talent', 'talents', 'reading key', 'highlights', 'highlighting', 'highlight colours', 'highlight colors', 'colour scheme', 'color scheme',
  'colours used', 'colors used', 'colour-coding', 'color-coding', 'colour-code', 'color-code', 'cast list', 'surlignage', 'surlignages',
  'code de couleur', 'codes de couleur', 'code de surlignage', 'code surlignage',
  // German: "Legende:", "Farbcode:", "Farblegende:", "Stimmen:", "Besetzung:".
  'farbcode', 'farbcodes', 'farbcodierung', 'farblegende', 'farbschlüssel', 'farbzuordnung', 'farbkennzeichnung', 'farben', 'legende der farben',
  'stimmen', 'besetzung', 'rollen', 'figuren', 'markierungen', 'zeichenerklärung',
  // Spanish: "Leyenda:", "Código de colores:", "Voces:", "Reparto:".
  'leyenda', 'leyenda de colores', 'código de colores', 'codigo de colores', 'código de color', 'codigo de color', 'códigos de color', 'clave de colores',
  'colores', 'voces', 'reparto', 'personajes', 'papeles', 'resaltados',
  // Italian: "Legenda:", "Chiave dei colori:", "Codice colori:", "Voci:". Portuguese (and Galician "Lenda:"): "Legenda:",
  // "Chave de cores:", "Código de cores:", "Vozes:", "Elenco:".
  'legenda', 'legenda dei colori', 'legenda colori', 'chiave dei colori', 'chiave colori', 'codice colori', 'codice dei colori', 'codice colore',
  'colori', 'voci', 'personaggi', 'ruoli', 'evidenziazioni', 'lenda', 'legenda de cores', 'chave de cores', 'chave das cores', 'código de cores',
  'codigo de cores', 'código de cor', 'codigo de cor', 'cores', 'vozes', 'personagens', 'papéis', 'elenco', 'destaques',
]);

/**
 * Headings people coin on the same pattern: a word or two before "key", "legend" or "colour code"
 * ("Speaker key", "Highlight key", "VO colour code"), "Légende" or "Code couleur" and a word or
 * three after it ("Légende couleur", "Code couleur des personnages"). Letters only, on at most 60
 * characters: linear.
 */
const COINED_HEADING = lazy(
  () =>
    /^(?!(?:the|a|an|my|your|our|this|that|his|her|its|their) )(?:[\p{L}'’-]+ ){1,2}(?:key|legend|colou?r codes?|colou?r[ -]coding)$|^(?:légende|legende|code couleurs?|codes? (?:de |des )?couleurs?|farbcode|farblegende|leyenda|c[óo]digo de colou?r(?:es)?|legenda|chiave dei colori|codice (?:dei )?colori|chave de cores|c[óo]digo de cores)(?: [\p{L}'’-]+){1,3}$/u,
);

/**
 * What any text COINED_HEADING matches has (so a text without it is none, and the pattern, costly
 * to build, is built only for a text with it): letters, spaces, apostrophes and hyphens only, and a
 * heading's word at its end ("key", "legend", "code(s)", "coding") or at its start ("légende", "code").
 */
export function mayBeCoinedHeading(head: string): boolean {
  if (!(head.endsWith('key') || head.endsWith('legend') || head.endsWith('code') || head.endsWith('codes') || head.endsWith('coding') || head.startsWith('légende') || head.startsWith('legende') || head.startsWith('code') || head.startsWith('farb') || head.startsWith('leyenda') || head.startsWith('código') || head.startsWith('codigo') || head.startsWith('legenda') || head.startsWith('chiave') || head.startsWith('chave') || head.startsWith('codice'))) return false;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0x20 || c === 0x27 || c === 0x2019 || c === 0x2d) continue;
    if (!isLetterAt(head, i, c)) return false;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < head.length) {
      const low = head.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
  }
  return true;
}

/** Heading cells of a legend table: the names' column and the colours' column. */
const NAME_HEADS = new Set(['voice', 'voices', 'voix', 'role', 'rôle', 'roles', 'rôles', 'character', 'characters', 'personnage', 'personnages', 'speaker', 'speakers', 'name', 'names', 'nom', 'noms', 'intervenant', 'intervenants', 'talent', 'comédien', 'comédienne', 'voice talent', 'stimme', 'rolle', 'rollen', 'figur', 'figuren', 'voz', 'voces', 'personaje', 'personajes', 'papel', 'nombre', 'voce', 'voci', 'personaggio', 'personaggi', 'ruolo', 'ruoli', 'nome', 'vozes', 'personagem', 'personagens', 'papéis']);
const COLOUR_HEADS = new Set(['colour', 'color', 'colours', 'colors', 'couleur', 'couleurs', 'code', 'colour code', 'color code', 'code couleur', 'highlight', 'surlignage', 'swatch', 'sample', 'échantillon', 'notes', 'note', 'remarques', 'description', 'style', 'key', 'légende', 'farbe', 'farben', 'farbcode', 'markierung', 'hervorhebung', 'anmerkung', 'hinweis', 'beschreibung', 'legende', 'colores', 'código de color', 'resaltado', 'nota', 'notas', 'descripción', 'observaciones', 'leyenda', 'colore', 'colori', 'evidenziazione', 'descrizione', 'legenda', 'cor', 'cores', 'destaque', 'descrição', 'observações']);

const lower = (text: string) => text.normalize('NFC').toLowerCase();
/** Whether a word opens with an elided `l'`, `d’` before a letter (`l’experte`): as `/^[lLdD]['’]\p{L}/u` would say. */
export function elided(word: string): boolean {
  const c = word.charCodeAt(0);
  return word.length > 2 && (c === 0x6c || c === 0x4c || c === 0x64 || c === 0x44) && (word[1] === "'" || word[1] === '’') && isLetterAt(word, 2);
}

/** The text without a trailing colon or bracketed remark: "Voix (à enregistrer) :" → "voix (à enregistrer)"… → "voix". */
function headWords(text: string): string {
  let head = lower(text).trim();
  while (head.endsWith(':') || head.endsWith('：')) head = head.slice(0, -1).trimEnd();
  if (head.endsWith(')')) {
    const open = head.lastIndexOf('(');
    if (open > 0) head = head.slice(0, open).trimEnd();
  }
  return head;
}

export function isHeading(text: string): boolean {
  if (text.length > 60) return false;
  const head = headWords(text);
  return HEADINGS.has(head) || (mayBeCoinedHeading(head) && COINED_HEADING().test(head));
}

/**
 * Length of a heading that opens the text, with the colon or dash after it ("Key: …", "Code couleur : …",
 * "Colour key — Yellow: Narrator…", "Key - Narrator: blue"); 0 when none.
 */
export function headingPrefix(text: string): number {
  for (let i = 0; i < Math.min(text.length, 45); i++) {
    const c = text[i];
    if (c === ':' || c === '：') return isHeading(text.slice(0, i)) ? i + 1 : 0;
    const dash = c === '—' || c === '–' || (c === '-' && text[i - 1] === ' ' && text[i + 1] === ' ');
    if (dash && isHeading(text.slice(0, i))) return i + 1;
  }
  return 0;
}

/**
 * Entries that mean "nobody records this". Short alternations of literals with single optional
 * spaces: linear on any input (and only ever run on short text). What is not recorded is read by the
 * head of its noun phrase, whatever qualifies it after: "instructions in brackets", "consignes entre
 * crochets", "notes to the studio", "directions (italics)". Not French "commentaire": in a
 * documentary the "COMMENTAIRE" is the narration itself.
 */
const NOT_RECORDED =
  /\bnon[ -]?(?:enregistr|attribu|lue?s?\b|dite?s?\b|vo\b|vocalis|prononc)|\bpas (?:enregistr|lue?s?\b|dite?s?\b|prononc|vocalis|à (?:lire|enregistrer|dire)\b|de (?:voix|vo)\b)|\bnot (?:recorded|read\b|voiced|spoken|narrated|vo\b|for (?:recording|vo\b|voice)|to be (?:recorded|read|voiced|spoken))|\bunrecorded|\bunassigned|\bunvoiced|\bdo ?n[o'’]t (?:record|read|voice)|\bne pas (?:lire|enregistrer|dire|vocaliser)|\bno vo\b|\bdidascalie|\bstage directions?|\bindications? scéniques|\bon[ -]?screen\b|(?:^|\s)à l['’]écran|\btexte (?:à l['’])?écran|\bhors[ -]?voix|\bsans voix|\bno voice|^n\/a$|\bignor|^(?:(?:the|les|des|la|le|all|toutes?(?: les)?) )?(?:(?:production|producer['’]?s?|director['’]?s?|editor['’]?s?|author['’]?s?|script|stage|internal|technical|studio|pronunciation) )?(?:notes?|instructions?|consignes?|directions?|indications?|comments?|remarques?|annotations?)(?:$|[ ,(])|\b(?:info|information|reference) only\b|\bpour (?:info|information)\b|\bnicht (?:aufnehmen|aufgenommen|sprechen|gesprochen|einsprechen|eingesprochen|lesen|gelesen|vorlesen|vorgelesen|vertonen|vertont|zu (?:sprechen|lesen|vertonen))\b|\bkeine? (?:aufnahme|sprechtext|vo)\b|\bnur zur (?:info|information)\b|\b(?:regie|bühnen)anweisung|^(?:(?:die|alle) )?(?:anweisungen|anmerkungen|hinweise?)(?:$|[ ,(])|\bno (?:se )?(?:graba|graban|grabar|lee|leen|leer|locuta|locutan|locutar|dice|dicen|decir)\b|\bno (?:grabad|locutad)[oa]s?\b|\bsin (?:locuci[oó]n|voz|grabar)\b|\bsolo (?:informativ|para informaci)|\btexto en pantalla\b|\bacotaci[oó]n|\bacotaciones|^(?:(?:las|los|el|la|todas las) )?(?:notas?|instrucciones|indicaciones|comentarios?)(?:$|[ ,(])|\bnon (?:da |va |vanno |si |se |viene |vengono )?(?:registr|legg|lett[oaie]\b|recitat|detti?\b|dett[ae]\b|grava)|\bda non (?:registrare|leggere)|\b(?:indicazioni|note|istruzioni) di regia|\bsolo (?:per )?informazione|\btesto a schermo|\bn[ãa]o (?:é |são |sao |se |deve ser |devem ser )?(?:grava|lid[oa]s?(?:$|[ ,.)])|l[êe](?:$|[ ,.)])|ler(?:$|[ ,.)])|locut|narr)|\bsem (?:locu[çc][ãa]o|voz|grava)|\bapenas (?:para )?informa|\btexto (?:na tela|no ecr[ãa])|\brubricas?(?:$|[ ,(])|^(?:(?:as|os|a|o|le|gli|i|la|il|todas as) )?(?:istruzioni|indicazioni|instru[çc][õo]es|indica[çc][õo]es|notas|coment[áa]rios|acouta[cç]i[óo]ns|acouta[cç]i[óo]n)(?:$|[ ,(])/u;

/**
 * Words that open no name: a negation or a conjunction ("not VO", "pas de voix", "and Learner")
 * says something about an entry, never who reads it.
 */
const NOT_A_NAME_START = /^(?:n['’]|(?:not?|non|pas|ne|don['’]?t|never|jamais|aucun|none|nothing|rien|sans|without|except|sauf|and|et|or|ou|nicht|kein|keine|ohne|und|oder|nunca|sin|não|nao|senza|sem|nessuno)(?:$|[\s'’-]))/u;

export function isNotRecorded(text: string): boolean {
  return text.length <= 120 && NOT_RECORDED.test(lower(text).replace(/\s+/gu, ' ').trim());
}

/** Characters that separate a legend's entries; trimmed off both ends of a name. */
const SEPARATOR_CHARS = new Set(['—', '–', '-', '|', '/', ',', ';', '·', '•', ':', '：', '=', '+', '&']);

function isSeparator(c: string): boolean {
  return SEPARATOR_CHARS.has(c) || /\s/u.test(c);
}

export function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSeparator(text[start]!)) start++;
  while (end > start && isSeparator(text[end - 1]!)) end--;
  return text.slice(start, end);
}

const hasSeparator = (text: string) => [...text].some((c) => SEPARATOR_CHARS.has(c));

/** Most words in a bracket that describes a voice ("VO 1 (female)", "Narrator (F, 40s)", "Sam (Narrator)"). */
const MAX_DESCRIPTOR_WORDS = 3;

/**
 * A name without the bracket that describes it: "VO 1 (female)" → "VO 1". A bracket that names a
 * colour is the colour ("Narrator (blue)"), one that says "not recorded" is a note: neither is part
 * of a name (null).
 */
function withoutDescriptor(text: string): string | null {
  if (!text.endsWith(')')) return text;
  const open = text.indexOf('(');
  if (open <= 0 || open !== text.lastIndexOf('(') || text.indexOf(')') !== text.length - 1) return null;
  const inside = text.slice(open + 1, -1).trim();
  if (!/\p{L}/u.test(inside) || countWords(inside) > MAX_DESCRIPTOR_WORDS || /[=:：[\]]/u.test(inside)) return null;
  if (mentionsColour(inside) || isNotRecorded(inside)) return null;
  return text.slice(0, open).trim();
}

/** Does a string look like a name (a voice), not a sentence, a heading or a colour? */
export function isName(text: string): boolean {
  if (text.length === 0 || text.length > MAX_NAME_CHARS || !isLetterOrDigitAt(text, 0) || !/\p{L}/u.test(text)) return false;
  const described = text;
  text = withoutDescriptor(text) ?? '';
  if (!text || !/\p{L}/u.test(text)) return false;
  if (/[.?!…]$/u.test(text) || /[=:：()[\]{}"“”«»]/u.test(text) || NOT_A_NAME_START.test(lower(text))) return false;
  if (text !== described && (isNotRecorded(text) || parseColourPhrase(described))) return false;
  if (withWhatIsNotRecorded(described)) return false;
  const words = countWords(text);
  const group = /[/&+]/.test(text);
  if (words > (group ? MAX_GROUP_WORDS : MAX_NAME_WORDS)) return false;
  return !isHeading(text) && !NAME_HEADS.has(lower(text)) && !NOBODY.test(lower(text)) && !parseColourPhrase(text);
}

/** Consecutive runs with one look, text joined. */
function stretches(runs: readonly Run[]): { text: string; look: Look; runs: Run[] }[] {
  const result: { text: string; look: Look; runs: Run[] }[] = [];
  for (const run of runs) {
    const look = { color: run.color, background: run.background };
    const last = result[result.length - 1];
    if (last && lookKey(last.look) === lookKey(look)) {
      last.text += run.text;
      last.runs.push(run);
    } else result.push({ text: run.text, look, runs: [run] });
  }
  return result;
}

/** The look of a paragraph's worded text when it is one look, else null. */
function singleLook(paragraph: Paragraph): Look | null {
  let look: Look | null = null;
  for (const run of legendRuns(paragraph)) {
    if (!hasWord(run.text)) continue;
    if (look && (look.color !== run.color || look.background !== run.background)) return null;
    look = { color: run.color, background: run.background };
  }
  return look;
}

// ---------------------------------------------------------------------------------------------
// Names written in their own colour, on one line: "Key: Announcer · Customer · SFX / music (not recorded)"

interface NamesLine {
  entries: RawEntry[];
  structure: Run[];
  heading: boolean;
  /** Text in the legend's own look that was not understood (RawLegend.unread). */
  unread?: string[];
}

export function namesInColourLine(paragraph: Paragraph): NamesLine | null {
  const parts = stretches(legendRuns(paragraph));
  const structure: Run[] = [];
  let structureLook: Look | null = null;
  let heading = false;
  // A heading opening the line ("Key: ", "Légende : ") gives the legend's own look.
  const firstWorded = parts.findIndex((s) => hasWord(s.text));
  if (firstWorded < 0) return null;
  const first = parts[firstWorded]!;
  const prefix = headingPrefix(normaliseSpace(first.text));
  if (prefix > 0 || isHeading(first.text)) {
    heading = true;
    structureLook = first.look;
    const consumed = prefix > 0 ? consumedLength(first.text, prefix) : first.text.length;
    structure.push({ ...first.runs[0]!, text: first.text.slice(0, consumed) });
    first.text = first.text.slice(consumed);
  }
  // Without a heading, the look of the separators between names is the legend's own.
  if (!structureLook) structureLook = parts.find((s) => !hasWord(s.text) && hasSeparator(s.text))?.look ?? null;
  const entries: RawEntry[] = [];
  // After a heading, text in the legend's own look not understood (a note in words not read): kept
  // aside, for the names to be read all the same where they are sure (legend.ts resolve) and the rest said.
  const unread: string[] = [];
  const notUnderstood = (part: { text: string; runs: Run[] }, text: string): boolean => {
    if (!heading || unread.length >= MAX_UNREAD_PARTS) return false;
    unread.push(text.replace(/^[\s.·•;,:]+/u, ''));
    structure.push(...part.runs);
    return true;
  };
  let separated = true;
  let previousEntryEnd = true;
  for (const part of parts) {
    if (!hasWord(part.text)) {
      if (structureLook && lookKey(part.look) === lookKey(structureLook)) structure.push(...part.runs);
      // Spaces alone do not set names apart ("Apples and Pears"): a dash, a bar, a dot does.
      if (hasSeparator(part.text)) previousEntryEnd = true;
      continue;
    }
    const text = trimSeparators(normaliseSpace(part.text));
    const own = structureLook !== null && lookKey(part.look) === lookKey(structureLook);
    // Not in the legend's own look, longer than a name and saying nothing is not recorded: no entry, whatever its groups
    // say (a paragraph of prose, which withWhatIsNotRecorded would split at every " and " and ", " for nothing).
    if (!own && text.length > MAX_NAME_CHARS && !isNotRecorded(text)) return null;
    if (!own && withWhatIsNotRecorded(text)) return null;
    if (isNotRecorded(text)) {
      if (own && mentionsColour(text)) {
        // In the legend's plain look, a note that names a colour ("Notes in grey are not recorded.")
        // means that colour, not the plain text it is written in. Unread, it is no legend of ours.
        const said = notRecordedSentence(text) ?? wordsEntry(text);
        if (!said?.notRecorded) {
          if (notUnderstood(part, text)) continue;
          return null;
        }
        entries.push(said);
      } else entries.push({ name: text, notRecorded: true, look: part.look });
      if (own) structure.push(...part.runs);
    } else if (own && isNote(text) && part === lastWorded(parts)) {
      structure.push(...part.runs); // a closing remark in brackets: "(see the casting notes)"
    } else if (own) {
      // Text in the legend's own look that is neither its heading nor a "not recorded" note.
      if (notUnderstood(part, text)) continue;
      return null;
    } else if (isName(text)) {
      // Text not understood between names ("Narrator = red; Expert = blue" with the names in colour): no legend read in part.
      if (unread.length) return null;
      entries.push({ name: text, notRecorded: false, look: part.look });
    } else return null;
    if (!previousEntryEnd && !hasSeparator(part.text.slice(0, 3))) separated = false;
    previousEntryEnd = hasSeparator(part.text.slice(-3));
  }
  const voices = entries.filter((e) => !e.notRecorded);
  if (voices.length === 0 || entries.length < 2) return null;
  // With no heading, only names set apart by separators make a legend (not a two-colour line of dialogue).
  if (!heading && (voices.length < 2 || !separated)) return null;
  // Read in part: two names at least, each in a look of its own.
  // Read in part: a note after the names, naming none of them; two names at least, each in a look of its own.
  if (unread.length && (voices.length < 2 || new Set(voices.map((e) => (e.look ? lookKey(e.look) : e.name))).size < voices.length)) return null;
  if (unread.some((part) => voices.some((e) => lower(part).includes(lower(e.name))))) return null;
  return { entries, structure, heading, ...(unread.length ? { unread } : {}) };
}

/** Parts of a legend line not understood, at most: more, and it is no legend read in part. */
const MAX_UNREAD_PARTS = 2;

const isNote = (text: string) => /^[([]/u.test(text) && /[)\]]$/u.test(text);

function lastWorded<T extends { text: string }>(parts: readonly T[]): T | undefined {
  for (let i = parts.length - 1; i >= 0; i--) if (hasWord(parts[i]!.text)) return parts[i];
  return undefined;
}

/** How many characters of the raw text make up `normalisedLength` characters of its normalised form. */
function consumedLength(raw: string, normalisedLength: number): number {
  let seen = 0;
  let i = 0;
  while (i < raw.length && /\s/u.test(raw[i]!)) i++;
  let space = false;
  for (; i < raw.length && seen < normalisedLength; i++) {
    if (/\s/u.test(raw[i]!)) {
      if (!space) seen++;
      space = true;
    } else {
      seen++;
      space = false;
    }
  }
  return i;
}

// ---------------------------------------------------------------------------------------------
// Colours in words: "Narrator = dark grey; Coach = blue", "VO1 (yellow) / VO2 (turquoise)",
// "NARRATEUR – gris foncé", "black = not read", "Texte en noir : non enregistré"

const firstsOf = new WeakMap<readonly string[], Map<number, readonly string[]>>();

/**
 * The separators by the character code they start with, each list in the order of `separators` (a separator list is a
 * constant: worked out once).
 */
function firstCharacters(separators: readonly string[]): Map<number, readonly string[]> {
  let firsts = firstsOf.get(separators);
  if (!firsts) {
    const byFirst = new Map<number, string[]>();
    for (const separator of separators) {
      const first = separator.charCodeAt(0);
      const list = byFirst.get(first);
      if (list) list.push(separator);
      else byFirst.set(first, [separator]);
    }
    firstsOf.set(separators, (firsts = byFirst));
  }
  return firsts;
}

/** Splits on any of `separators`, not inside brackets. */
function splitOn(text: string, separators: readonly string[]): string[] {
  const parts: string[] = [];
  const firsts = firstCharacters(separators);
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ( [ open, ) ] close.
    if (c === 0x28 || c === 0x5b) depth++;
    else if ((c === 0x29 || c === 0x5d) && depth > 0) depth--;
    if (depth > 0) continue;
    const starting = firsts.get(c);
    if (starting === undefined) continue;
    // The first of `separators` written at i (those starting with another character cannot be), by index: no closure per
    // character (a legend's candidates are whole paragraphs of prose, read cold).
    let found: string | undefined;
    for (let k = 0; k < starting.length && found === undefined; k++) {
      const separator = starting[k]!;
      if (separator.length === 1 || (text.charCodeAt(i + 1) === separator.charCodeAt(1) && text.startsWith(separator, i))) found = separator;
    }
    if (found !== undefined) {
      parts.push(text.slice(start, i));
      start = i + found.length;
      i = start - 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The characters that always separate entries: ; | · • tab, and two spaces or more. */
const STRONG = [';', '|', '·', '•', '\t', '  '];
const splitStrong = (text: string) => splitOn(text, STRONG);

const DASHES = [' – ', ' — ', ' - '];
const COLOUR_SIDE_SEPARATORS = [',', ';', ...DASHES];

/** The two sides of an entry, by the first mark that joins a name and a colour. */
/** Arrows that join a name and its colour: "Narrateur → bleu", "Narrator -> blue". */
const ARROWS = ['→', '⇒', '➔', '->', '=>'];
/** Words that join a name and a bare colour after a heading: "Key: Narrator is blue". */
const COPULAS = [' is ', ' are ', ' est ', ' sont ', ' ist ', ' sind ', ' es ', ' son ', ' è ', ' sono ', ' é ', ' são '];
/** Verbs after which German and Spanish sentences give a colour, the verb kept with the name: "Der Erzähler spricht blau". */
const VERB_ENDS = [' spricht ', ' sprechen ', ' erscheint ', ' erscheinen ', ' steht ', ' stehen ', ' liest ', ' sind ', ' ist ', ' wird ', ' werden ', ' son ', ' habla ', ' hablan ', ' aparece ', ' aparecen '];
const COPULA_VERBS = new Set([' sind ', ' ist ', ' wird ', ' werden ', ' son ']);
/** Words that join a colour and who reads it: "Text in blue is read by the Narrator", "le texte en vert par l’expert". */
const READERS = [' read by ', ' voiced by ', ' spoken by ', ' recorded by ', ' lu par ', ' lue par ', ' lus par ', ' lues par ', ' dit par ', ' dite par ', ' gelesen von ', ' gesprochen von ', ' leído por ', ' leída por ', ' letto da ', ' letta da ', ' lido por ', ' lida por ', ' by ', ' par ', ' von ', ' por ', ' for ', ' pour ', ' für ', ' para '];

function firstOf(part: string, joiners: readonly string[]): [string, string] | null {
  for (const joiner of joiners) {
    const at = part.indexOf(joiner);
    if (at > 0) return [part.slice(0, at), part.slice(at + joiner.length)];
  }
  return null;
}

function sidesOf(part: string, headed = false): [string, string][] {
  const pairs: [string, string][] = [];
  const equals = part.indexOf('=');
  if (equals > 0 && part[equals + 1] !== '>' && part.indexOf('=', equals + 1) < 0) pairs.push([part.slice(0, equals), part.slice(equals + 1)]);
  const arrow = firstOf(part, ARROWS);
  if (arrow) pairs.push(arrow);
  if (part.endsWith(')')) {
    const open = part.lastIndexOf('(');
    if (open > 0) pairs.push([part.slice(0, open), part.slice(open + 1, -1)]);
  }
  let colon = -1;
  for (let i = 0; i < part.length && colon < 0; i++) if (part[i] === ':' || part[i] === '：') colon = i;
  if (colon > 0) pairs.push([part.slice(0, colon), part.slice(colon + 1)]);
  for (const dash of DASHES) {
    const at = part.indexOf(dash);
    if (at > 0) {
      pairs.push([part.slice(0, at), part.slice(at + dash.length)]);
      break;
    }
  }
  // "Narrator in dark grey", "Narrateur en gris foncé": the name, then the colour.
  for (const joiner of [' in ', ' en ', ' em ']) {
    const at = part.indexOf(joiner);
    if (at > 0) pairs.push([part.slice(0, at), part.slice(at + 1)]);
  }
  const reader = firstOf(part, READERS);
  if (reader) pairs.push(reader);
  // "Narrator is blue" says little on its own: only under a heading. "Black text is not recorded" is a note (notRecordedSentence).
  const copula = headed && !isNotRecorded(part) ? firstOf(part, COPULAS) : null;
  if (copula) pairs.push(copula);
  // German puts the colour after the verb and before the participle: "Zeilen des Sprechers sind blau markiert", "Der
  // Erzähler spricht blau". The verb stays with the name (proseName reads the sentence); a bare copula ("Sprecher ist
  // blau") only under a heading, as COPULAS, or with a word that says how the colour is shown ("gelb hinterlegt").
  if (!isNotRecorded(part)) {
    for (const verb of VERB_ENDS) {
      const at = part.indexOf(verb);
      if (at <= 0) continue;
      const colour = part.slice(at + verb.length);
      if (headed || !COPULA_VERBS.has(verb) || colour.split(' ').some((word) => isColourQualifier(word))) pairs.push([part.slice(0, at + verb.length - 1), colour]);
      break;
    }
  }
  // "Legend: Narrator blue, Learner green": a name, then its colour with nothing between, only under a heading (the
  // colour the longest run of words closing the part that reads as one: "Narrator dark blue", "Rosa blue" → Rosa).
  if (headed && pairs.length === 0) {
    const words = part.split(' ');
    for (let n = Math.min(words.length - 1, MAX_COLOUR_WORDS); n > 0; n--) {
      const colour = words.slice(words.length - n).join(' ');
      if (!parseColourPhrase(colour)) continue;
      pairs.push([words.slice(0, words.length - n).join(' '), colour]);
      break;
    }
  }
  // "en bleu, la narratrice", "blue, the narrator": a colour and a name set apart by a comma, last.
  const comma = part.indexOf(', ');
  if (comma > 0 && part.indexOf(', ', comma + 1) < 0) pairs.push([part.slice(0, comma), part.slice(comma + 2)]);
  return pairs;
}

/** The text without the quotation marks around it: "“Narrator”" → "Narrator", "« Narrateur »" → "Narrateur". */
function unquoted(text: string): string {
  if (text.length > 2 && /^["“„«‘']/u.test(text) && /["”»’']$/u.test(text)) return text.slice(1, -1).trim();
  return text;
}

/** A bracketed remark that closes the text and says it is not recorded, naming no colour: "grey (not recorded)" → "grey". */
function withoutNotRecordedRemark(text: string): string | null {
  if (!text.endsWith(')')) return null;
  const open = text.lastIndexOf('(');
  if (open <= 0) return null;
  const remark = text.slice(open + 1, -1);
  return isNotRecorded(remark) && !mentionsColour(remark) ? text.slice(0, open).trim() : null;
}

/**
 * Who reads a colour when nobody does: "grey = none". Only as the name side of an entry: in a table's
 * notes column or alone, "None" may say something else ("Accent: none").
 */
const NOBODY = /^(?:none|nobody|no[ -]one|silent|personne|aucune?|niemand|keiner|nadie|ninguno|ninguna|nessuno|nessuna|ningu[ée]m)$/u;

/** What is not recorded, as a plain group ("SFX & music", "Directions (do not record)"): never a voice with its colour. */
const isNotRecordedName = (text: string) =>
  (isNotRecorded(text) || NOBODY.test(lower(text))) && countWords(text) <= MAX_GROUP_WORDS && !/[=:：]/u.test(text) && !(/[()[\]]/u.test(text) && mentionsColour(text)) && !withWhatIsNotRecorded(text);

const GROUP_SEPARATORS = [' / ', '/', ' & ', '&', ' + ', '+', ' and ', ' et ', ' und ', ' y ', ' e ', ', '];

/**
 * A name with what is not recorded beside it: "Narrator (also reads the stage directions)",
 * "Narrator & on-screen text", "Narrateur et didascalies". Neither a voice nor what is not recorded:
 * read either way, it is wrong half the time. A bracket or a group that says "not recorded" is no such
 * name ("SFX / music (not recorded)", "Directions (do not record)").
 */
function withWhatIsNotRecorded(text: string): boolean {
  const open = text.indexOf('(');
  if (open > 0 && text.endsWith(')')) {
    const inside = text.slice(open + 1, -1).trim();
    if (NOT_A_NAME_START.test(lower(inside))) return false;
    return withWhatIsNotRecorded(text.slice(0, open).trim()) || (isNotRecorded(inside) && !isNotRecorded(text.slice(0, open)));
  }
  const members = splitOn(text, GROUP_SEPARATORS);
  return members.length > 1 && members.some((m) => isNotRecorded(m)) && members.some((m) => !isNotRecorded(m));
}

/** Verbs between a name and its colour in a sentence: "Narrator lines are in blue", "Les répliques du narrateur sont en bleu". */
const PROSE_VERBS = new Set([
  'is', 'are', 'was', 'were', 'will', 'be', 'appear', 'appears', 'speaks', 'speak', 'talks', 'est', 'sont', 'sera', 'seront', 'apparaît', 'apparait',
  'apparaissent', 'figure', 'figurent', 'parle', 'parlent',
]);
/**
 * German and Spanish verbs of such sentences, only as written in lower case: "Son" (Father & Son), "Ist", "Figura" may end
 * a name, and a sentence writes its verb in lower case.
 */
const LOWER_CASE_VERBS = new Set([
  'ist', 'sind', 'wird', 'werden', 'spricht', 'sprechen', 'liest', 'lesen', 'erscheint', 'erscheinen', 'steht', 'stehen',
  'es', 'son', 'está', 'están', 'habla', 'hablan', 'aparece', 'aparecen', 'figura', 'figuran',
  'è', 'sono', 'parla', 'parlano', 'appare', 'appaiono', 'legge', 'leggono', 'é', 'são', 'estão', 'fala', 'falam', 'aparecem', 'lê', 'leem',
]);
/** What a voice's lines are called, after its name: "Narrator lines", "the expert's part". */
const LINE_NOUNS = new Set(['lines', 'line', 'parts', 'part', 'dialogue', 'speech']);
/** … and before it: "lines for the narrator", "les répliques du narrateur", "celles de l'experte". */
const LEADING_LINE_NOUNS = new Set([
  'lines', 'text', 'parts', 'dialogue', 'répliques', 'réplique', 'texte', 'textes', 'lignes', 'phrases', 'passages', 'parties', 'paroles', 'interventions',
  'dialogues', 'celles', 'celle', 'ceux', 'celui', 'those',
  'zeilen', 'zeile', 'sätze', 'passagen', 'teile', 'repliken', 'dialoge', 'sprechtext', 'sprechtexte',
  'líneas', 'línea', 'frases', 'textos', 'texto', 'partes', 'diálogos', 'intervenciones', 'parlamentos', 'réplicas', 'las', 'los',
  // German "die der Sprecherin" (those of), Italian "le battute del narratore", "quelle della", Portuguese "as falas do narrador".
  'die', 'battute', 'battuta', 'righe', 'frasi', 'parti', 'testi', 'dialoghi', 'quelle', 'quella', 'quelli', 'quello', 'falas', 'linhas',
]);
const LINKS = new Set(['of', 'for', 'by', 'du', 'des', 'de', 'der', 'von', 'vom', 'für', 'del', 'della', 'dello', 'dei', 'degli', 'delle', 'di', 'do', 'da', 'dos', 'das']);
/** Italian's elided links, written as one word with the name: "dell’esperta", "dall'operatore" (the name after the apostrophe). */
const ELIDED_LINKS = ['dell', 'dall', 'nell', 'sull', 'all'];

/** "dell’esperta" → ["dell’", "esperta"]; any other word alone. */
function splitElidedLink(word: string): string[] {
  const apostrophe = word.indexOf("'") >= 0 ? word.indexOf("'") : word.indexOf('’');
  if (apostrophe < 3 || apostrophe > 4 || !isLetterAt(word, apostrophe + 1)) return [word];
  const link = lower(word.slice(0, apostrophe));
  return ELIDED_LINKS.includes(link) ? [word.slice(0, apostrophe + 1), word.slice(apostrophe + 1)] : [word];
}
const isLink = (word: string) => LINKS.has(word) || ((word.endsWith("'") || word.endsWith('’')) && ELIDED_LINKS.includes(word.slice(0, -1)));
const ARTICLES = new Set(['the', 'le', 'la', 'les', 'der', 'die', 'das', 'den', 'el', 'los', 'las', 'il', 'lo', 'i', 'gli', 'o', 'os', 'a', 'as']);
const POSSESSIVE = /(?:['’]s|s['’])$/u;

/**
 * Whether a sentence may say a name owns lines (`owns`), before it is read: a possessive ("Narrator's", "the learner's"),
 * a line noun ("lines", "part"), or a line noun and a link ("Zeilen des", "celles de", "quelle dell’"). A test of its words.
 */
export function maySayOwner(text: string): boolean {
  const words = lower(text).split(' ');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.replace(/[,;.:]+$/u, '');
    if (POSSESSIVE.test(word) || LINE_NOUNS.has(word)) return true;
    if (LEADING_LINE_NOUNS.has(word) && i + 1 < words.length) {
      const next = words[i + 1]!;
      if (isLink(next) || isLink(splitElidedLink(next)[0]!)) return true;
    }
  }
  return false;
}

/**
 * The name in a sentence that gives a voice its colour, and the words that qualify the colour:
 * "Narrator's lines are highlighted" → "Narrator" and "highlighted"; "Les répliques du narrateur
 * sont" → "narrateur"; "The narrator speaks" → "narrator"; "the expert" → "expert". A name written
 * as a name ("The Host", "Narrator text") is left as it is.
 */
function proseName(side: string): { name: string; qualifier: string; forms?: string[]; owns?: true } {
  let words = side.split(' ').filter(Boolean);
  if (words.some((word) => word.length > 4 && (word.includes("'") || word.includes('’')))) words = words.flatMap(splitElidedLink);
  let owns = false;
  let qualifier = '';
  let prose = false;
  // A verb at the end, maybe with the words that say how the colour is shown: "are highlighted", "sont surlignées".
  for (let i = words.length - 1; i > 0 && words.length - i <= 3; i--) {
    const word = lower(words[i]!);
    if (PROSE_VERBS.has(word) || LOWER_CASE_VERBS.has(words[i]!)) {
      qualifier = words.slice(i + 1).join(' ');
      words = words.slice(0, i);
      prose = true;
      break;
    }
    if (!isColourQualifier(word)) break;
  }
  // "Narrator lines", "the expert's part", "Narrator's text".
  const last = words.length > 1 ? lower(words[words.length - 1]!) : '';
  if (LINE_NOUNS.has(last) || ((last === 'text' || last === 'texte') && POSSESSIVE.test(words[words.length - 2]!))) {
    words = words.slice(0, -1);
    prose = true;
    owns = true;
  }
  // "the learner's" (green): a name owning what follows, after an article.
  const possessive = words.length === 2 && ARTICLES.has(lower(words[0]!)) && POSSESSIVE.test(words[1]!);
  if ((prose || possessive) && words.length > 0 && POSSESSIVE.test(words[words.length - 1]!)) {
    owns = true;
    const word = words[words.length - 1]!;
    words = [...words.slice(0, -1), word.endsWith('s') ? word.slice(0, -2) : word.slice(0, -1)];
  }
  // "Les répliques du narrateur", "lines for the narrator", "celles de l'experte", "those of the learner".
  let start = 0;
  if (words.length > 2 && ARTICLES.has(lower(words[0]!)) && LEADING_LINE_NOUNS.has(lower(words[1]!))) start = 1;
  let genitive = false;
  if (words.length > start + 2 && LEADING_LINE_NOUNS.has(lower(words[start]!)) && isLink(lower(words[start + 1]!))) {
    genitive = lower(words[start + 1]!) === 'des';
    start += 2;
    prose = true;
    owns = true;
  }
  words = words.slice(start);
  // German's genitive: "die Zeilen des Sprechers" are the Sprecher's, "des Erzählers" the Erzähler's. A weak noun's "-en"
  // or "-n" ("des Kunden", "des Kollegen") may be the name's own: kept, with the forms a speaker label may show.
  let forms: string[] | undefined;
  if (genitive && words.length === 1 && words[0]!.length > 4 && words[0]!.endsWith('s') && !words[0]!.endsWith('ss')) words = [words[0]!.slice(0, -1)];
  else if (genitive && words.length === 1 && words[0]!.length > 4 && words[0]!.endsWith('n')) forms = words[0]!.endsWith('en') ? [words[0]!.slice(0, -1), words[0]!.slice(0, -2)] : [words[0]!.slice(0, -1)];
  // An article that opens a sentence or a clause: "The narrator speaks", "the expert in green", "l’expert".
  if (words.length > 1 && ARTICLES.has(lower(words[0]!)) && (prose || words[0] === lower(words[0]!))) words = words.slice(1);
  if (words.length > 0 && elided(words[0]!) && (prose || /^[ld]/u.test(words[0]!))) {
    words = [words[0]!.slice(2), ...words.slice(1)];
    prose = true;
  }
  const name = words.join(' ');
  // A name a sentence writes in lower case ("quelle dell’esperta", "l’insegnante", "las de la alumna"): the script's labels may capitalise it.
  if (!forms && prose && name && name === lower(name) && !name.includes(' ')) forms = [name];
  const read: { name: string; qualifier: string; forms?: string[]; owns?: true } = forms ? { name, qualifier, forms } : { name, qualifier };
  if (owns) read.owns = true;
  return read;
}

/** "SFX & music" + "grey, not recorded": a name, its colour words, and whether it is recorded. */
function entryFrom(written: string, colourSide: string, nameColumn = false): RawEntry | null {
  const prose = proseName(written);
  let nameSide = written;
  let notRecorded = false;
  let words = prose.qualifier ? `${prose.qualifier} ${colourSide}` : colourSide;
  // "Director's notes = grey (not recorded)".
  const remarked = withoutNotRecordedRemark(words);
  if (remarked) {
    notRecorded = true;
    words = remarked;
  }
  const pieces = splitOn(words, COLOUR_SIDE_SEPARATORS);
  if (pieces.length > 1) {
    // "dark grey, unassigned: black": a piece that names a colour is another entry, not a remark on this one.
    if (pieces.some((piece, i) => i > 0 && isNotRecorded(piece) && mentionsColour(piece))) return null;
    const kept = pieces.filter((piece) => !isNotRecorded(piece));
    notRecorded ||= kept.length < pieces.length;
    words = kept.join(' ');
  }
  const phrase = words ? parseColourPhrase(words) : null;
  if (!phrase) return null;
  if (isNotRecordedName(nameSide)) return { name: isNotRecordedName(prose.name) ? prose.name : nameSide, notRecorded: true, words, phrase };
  nameSide = prose.name;
  // "blue is the narrator, red is Marie": a name side holding a comma and a colour holds the next entry too.
  if (/[,;]/u.test(nameSide) && mentionsColour(nameSide)) return null;
  if (isName(nameSide) || colourWordName(nameSide, words, phrase, nameColumn)) {
    const entry: RawEntry = prose.forms ? { name: nameSide, notRecorded, words, phrase, labelForms: prose.forms } : { name: nameSide, notRecorded, words, phrase };
    if (prose.owns) entry.owns = true;
    return entry;
  }
  return null;
}

/**
 * A first name that is a colour word ("Viola = verde scuro", "Rosa – blue", "Bianca = rosso"): one word written with a
 * capital, beside a colour written in lower case that names another family — the name side of its entry. Two capitals
 * ("Rosa = Blu") or one family ("Grey = grey") say nothing sure of which side is the name; in a table's names column
 * (`nameColumn`) the column says it, whatever the colour cell's case.
 */
function colourWordName(name: string, words: string, phrase: ColourPhrase, nameColumn = false): boolean {
  if (name.length < 3 || name.includes(' ') || !isUpperCode(name.codePointAt(0)!) || name.slice(1) !== lower(name.slice(1))) return false;
  if (!words || (!nameColumn && isUpperCode(words.codePointAt(0)!))) return false;
  const own = parseColourPhrase(name);
  return own !== null && own.bare && !own.families.some((f) => phrase.families.includes(f));
}

/**
 * A cell beside a name that says the row is not recorded: it opens with that, after the colour if any
 * ("Not recorded, for the editor", "(do not record)", "grey – not recorded"); not a cell that only
 * mentions what is not recorded ("Also reads the stage directions", "voice of the on-screen host").
 */
function saysNotRecorded(text: string): boolean {
  if (!isNotRecorded(text)) return false;
  const pieces = splitOn(text.replace(/^[([]+|[)\]]+$/gu, '').trim(), COLOUR_SIDE_SEPARATORS);
  const first = pieces.length > 1 && parseColourPhrase(pieces[0]!) ? pieces[1]! : pieces[0];
  return first !== undefined && NOT_A_NAME_START.test(lower(first)) && isNotRecorded(first);
}

/** A note with no subject, that says something of what stands before it: "not recorded", "ne pas enregistrer". */
const isBareNote = (text: string) => colourlessNote(text) && NOT_A_NAME_START.test(lower(text)) && !/[=:：]/u.test(text) && countWords(text) <= 4;

function wordsEntry(part: string, headed = false): RawEntry | null {
  if (part.length > 100) return null;
  for (const [a, b] of sidesOf(part, headed)) {
    const left = unquoted(trimSeparators(a));
    const right = unquoted(trimSeparators(b));
    if (!left || !right) continue;
    const entry = entryFrom(left, right) ?? entryFrom(right, left);
    if (entry) return entry;
  }
  // "SFX/Music (grey) – not recorded": an entry, then a note on it. One cut, at the last separator:
  // each call removes a note, so the calls are no more than the notes in 100 characters.
  let at = -1;
  let length = 0;
  for (const separator of [...DASHES, ', ']) {
    const found = part.lastIndexOf(separator);
    if (found > at) [at, length] = [found, separator.length];
  }
  if (at > 0 && isBareNote(part.slice(at + length).trim())) {
    const entry = wordsEntry(part.slice(0, at), headed);
    if (entry) return { ...entry, notRecorded: true };
  }
  return null;
}

/**
 * How a part holding several entries may be cut, tried in turn: commas alone first (a group "SFX/Music"
 * stays whole), then commas and the "and" before the last entry ("…, Expert = green and Learner = red",
 * "…, Experte en vert et Apprenant en rouge"), then slashes too, then dashes. Every piece must read.
 */
const PIECE_SEPARATORS: readonly (readonly string[])[] = [[', '], [', and ', ', et ', ', & ', ', und ', ', y ', ', e ', ' and ', ' et ', ' & ', ' und ', ' y ', ' e ', ', '], [' / ', '/', ', '], DASHES];

/** Whether any word of the text is a colour word ("gris", "orange", "yellow"); not "or", English's "or" far more often than French gold. */
const mentionsColour = (text: string) => text.split(/[\s()[\],.;:!?=«»"“”]+/u).some((word) => word.length > 0 && word.toLowerCase() !== 'or' && parseColourPhrase(word) !== null);

/**
 * An entry that says what is not recorded without naming a colour ("stage directions in italics are
 * not read"): nothing to map. One that names a colour is no such note: read as one, it would swallow
 * the colour (and any voice cut off with it).
 */
const colourlessNote = (part: string) => isNotRecorded(part) && countWords(part) <= 12 && !mentionsColour(part);

/** Verbs and negations between a colour and the words that say it is not recorded ("… ne sont pas enregistrés"). */
const NOTE_VERBS = new Set(['ne', "n'", 'n’', "n'est", 'n’est', 'sont', 'est', 'seront', 'sera', 'is', 'are', 'will', 'be', 'was', 'were', 'wird', 'werden', 'ist', 'sind', 'es', 'son', 'è', 'sono', 'é', 'são']);

/**
 * A sentence that gives a colour to what is not recorded: "Les effets sonores sur fond gris ne sont
 * pas enregistrés", "Text on a yellow background is not recorded", "Les didascalies en gris ne sont
 * pas lues": what (before "sur", "on", "in", "en"), then its colour (the longest run of words after it
 * that is only a colour), and the words that say it is not recorded, before or after.
 */
function notRecordedSentence(part: string): RawEntry | null {
  if (part.length > 100 || !isNotRecorded(part)) return null;
  const text = normaliseSpace(part).replace(/[.!]$/u, '');
  for (const joiner of [' sur ', ' on ', ' in ', ' en ', ' auf ', ' sobre ', ' em ', ' su ']) {
    // Each place the joiner stands, in turn: "instructions in square brackets are in grey" is read at the second "in".
    let tried = 0;
    for (let split = text.indexOf(joiner); split > 0 && tried < 4; split = text.indexOf(joiner, split + 1), tried++) {
      const before = text.slice(0, split).split(' ');
      // "… are in grey": the verb belongs to the sentence, not to what is not recorded.
      while (before.length > 1 && NOTE_VERBS.has(before[before.length - 1]!.toLowerCase())) before.pop();
      const name = trimSeparators(before.join(' '));
      const rest = text.slice(split + joiner.length).split(' ');
      let read = false;
      for (let n = Math.min(rest.length, MAX_COLOUR_WORDS); n > 0; n--) {
        // "a yellow background is": the verb belongs to what follows.
        if (NOTE_VERBS.has(rest[n - 1]!.toLowerCase())) continue;
        const colour = rest.slice(0, n).join(' ');
        const phrase = parseColourPhrase(colour);
        if (!phrase) continue;
        read = true;
        const after = rest.slice(n).join(' ');
        // "… en gris ou en bleu clair ne sera pas enregistré": a second colour is more than this reads.
        if (mentionsColour(after) || mentionsColour(name)) break;
        const said = isNotRecorded(name) || isNotRecorded(after);
        // What is not recorded is a plain group ("Les effets sonores"), never a voice with its colour.
        if (said && name && countWords(name) <= MAX_GROUP_WORDS && !/[=:：()[\]]/u.test(name)) return { name, notRecorded: true, words: colour, phrase };
        break;
      }
      if (read) break;
    }
  }
  // "Black text is not recorded", "Le noir n’est pas enregistré", "Red notes are pronunciation guides,
  // not recorded": the subject is the colour itself, or opens with it.
  const said = NOT_RECORDED.exec(text.toLowerCase())?.index ?? -1;
  if (said > 0) {
    const subject = text.slice(0, said).split(' ').filter(Boolean);
    while (subject.length > 0 && NOTE_VERBS.has(subject[subject.length - 1]!.toLowerCase())) subject.pop();
    const colour = trimSeparators(subject.join(' '));
    const phrase = colour && subject.length <= MAX_COLOUR_WORDS ? parseColourPhrase(colour) : null;
    if (phrase) return { name: colour, notRecorded: true, words: colour, phrase };
    return plainColourNote(text) ?? colourOpensSubject(subject);
  }
  return null;
}

/** Words that say text stands on nothing, after its colour: "without highlight", ", no highlight", "sans surlignage", "non surligné". */
const ON_NOTHING_TAIL =
  /[\s,–—-]*(?:(?:with(?:out)?|sans|no|aucun)\s+(?:(?:a|any|no)\s+)?(?:highlight(?:ing)?|highlighter|background(?: colou?r)?|shading|fond|surlignage|surligneur|trame)|pas de (?:highlight|fond|surlignage|surligneur)|not highlighted|unhighlighted|non[ -]surlign(?:é|ée|és|ées)|on (?:a )?white(?: background)?|sur fond blanc)$/u;
/** Words that say the text is plain, before its colour ("plain black", "le texte simple") or after it ("noir simple"). */
const PLAIN_HEAD = /^(?:(?:the|all|le|la|les|l['’]|tout le)\s*)?(?:(?:plain|simple|normal|ordinary|regular|unhighlighted|non[ -]surlign(?:é|ée|és|ées))\s+)?/u;
const PLAIN_TAIL = /\s+(?:plain|simple|normal|seul|seule|only)$/u;

/**
 * A note that text of one colour on nothing is not recorded, however it says so: "Plain black is not
 * recorded", "Black text without highlight is not recorded", "(black without highlight: not
 * recorded)", "Black text, no highlight: not recorded", "Texte noir sans surlignage : non
 * enregistré", "Le noir simple n'est pas enregistré". A colour of text (never a background: that is
 * what the words say it has not), the words that say it stands on nothing or is plain, a verb, and the
 * words that say it is not recorded, with nothing after them but a few words naming no colour.
 */
function plainColourNote(text: string): RawEntry | null {
  let t = lower(text).trim().replace(/^[\s.·•;,:–—-]+|[\s.!]+$/gu, '');
  if (/^[([]/u.test(t) && /[)\]]$/u.test(t)) t = t.slice(1, -1).trim();
  const said = NOT_RECORDED.exec(t);
  if (!said || said.index === 0) return null;
  const after = t.slice(said.index);
  if (countWords(after) > 4 || mentionsColour(after)) return null;
  const words = t.slice(0, said.index).split(/\s+/u).filter(Boolean);
  while (words.length > 0 && (NOTE_VERBS.has(words[words.length - 1]!) || !trimSeparators(words[words.length - 1]!))) words.pop();
  let subject = trimSeparators(words.join(' '));
  const bare = subject;
  subject = trimSeparators(subject.replace(ON_NOTHING_TAIL, '')).replace(PLAIN_HEAD, '').replace(PLAIN_TAIL, '');
  if (subject === bare || countWords(subject) > MAX_COLOUR_WORDS) return null;
  const phrase = parseColourPhrase(subject);
  if (!phrase || phrase.background) return null;
  return { name: subject, notRecorded: true, words: subject, phrase };
}

/** Most words between a colour that opens a sentence and its verb: "Red notes are …", "Red pronunciation notes are …". */
const MAX_SUBJECT_WORDS = 3;

/**
 * "Red notes are pronunciation guides, (not recorded)": a colour, what it colours (a few words naming
 * no colour), a verb, and what they are (naming no colour either). The colour is what is not recorded.
 */
function colourOpensSubject(subject: readonly string[]): RawEntry | null {
  const verb = subject.findIndex((word) => NOTE_VERBS.has(word.toLowerCase()));
  if (verb < 2 || verb > MAX_COLOUR_WORDS + MAX_SUBJECT_WORDS) return null;
  if (mentionsColour(subject.slice(verb + 1).join(' '))) return null;
  const head = subject.slice(0, verb);
  for (let n = Math.min(head.length - 1, MAX_COLOUR_WORDS); n > 0; n--) {
    const colour = trimSeparators(head.slice(0, n).join(' '));
    const phrase = parseColourPhrase(colour);
    if (!phrase) continue;
    const what = head.slice(n).join(' ');
    if (countWords(what) > MAX_SUBJECT_WORDS || mentionsColour(what) || /[=:：()[\]]/u.test(what)) return null;
    return { name: `${colour} ${what}`, notRecorded: true, words: colour, phrase };
  }
  return null;
}

/**
 * The sentences of a legend line: a full stop ends one where the next word starts with a capital
 * and the stop follows a closing bracket or a word of three letters or more (so "Dr. Ruiz" is kept
 * whole). "Hélène (violet), Ibrahim (orange). Les effets sonores sur fond gris ne sont pas
 * enregistrés." is two sentences.
 */
function sentencesOf(text: string): string[] {
  // The pattern (two `\p{…}` sets, built when first run) only where a full stop, spaces and a capital follow each other.
  if (!mayEndSentence(text)) return [text];
  return text.split(/(?<=\)|\p{L}{3})\.\s+(?=\p{Lu})/u);
}

/** Whether a full stop is followed by spaces (`\s+`) then a capital (`\p{Lu}`) somewhere in the text: sentencesOf's split needs one. */
function mayEndSentence(text: string): boolean {
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    let j = i + 1;
    while (j < text.length && isJsSpaceCode(text.charCodeAt(j))) j++;
    if (j > i + 1 && j < text.length && isUpperCode(text.codePointAt(j)!)) return true;
  }
  return false;
}

/**
 * Entries of a paragraph written as colours in words, or null when any part of it is something else.
 * `asHeaded`: read as if a heading word opened it (how a page header's "Narrator blue, Learner green"
 * would read under "Legend:"), for a warning that it may be a legend; `heading` still says whether one does.
 */
export function colourWordsLine(text: string, asHeaded = false): { entries: RawEntry[]; heading: boolean } | null {
  const prefix = headingPrefix(text);
  const headed = prefix > 0 || asHeaded;
  const body = text.slice(prefix);
  const entries: RawEntry[] = [];
  // A line may end with a full stop: "Cast: Ruiz (blue), Kim (green)."
  for (const written of sentencesOf(body.replace(/\.\s*$/u, '')).flatMap(splitStrong)) {
    // A qualifier in brackets closing a list of entries says the kind of every entry's colour ("Narrator = pale yellow, …,
    // Coach = pale green (cell shading)", "… (surlignage)"): read without it, then given to each entry that says no kind.
    const closing = closingBrackets(written);
    const qualified = closing && qualifierKind(closing.inside) ? partEntries(closing.rest, headed) : null;
    const qualifies = qualified !== null && qualified !== 'note';
    const before = entries.length;
    const read = qualifies ? qualified : partEntries(written, headed);
    if (read === 'note') continue;
    if (read) entries.push(...read);
    else {
      // Another remark in brackets after the last entry ("… Coach = pale green (v2)", "(see the notes)"), naming no colour: left
      // out when the rest reads as entries.
      const rest = closing && !qualifies && !mentionsColour(closing.inside) && !closing.inside.includes('=') ? partEntries(closing.rest, headed) : null;
      if (!rest || rest === 'note') return null;
      entries.push(...rest);
    }
    if (qualifies) {
      for (let k = before; k < entries.length; k++) {
        const entry = entries[k]!;
        if (!entry.phrase || entry.phrase.kind !== null || !entry.words) continue;
        const phrase = parseColourPhrase(`${entry.words} ${closing!.inside}`);
        if (phrase) entries[k] = { ...entry, phrase };
      }
    }
  }
  return entries.length ? { entries, heading: prefix > 0 } : null;
}

/** A part ending with a group in round brackets (`… pale green (cell shading)`): what is inside it, and the part before it. */
function closingBrackets(part: string): { inside: string; rest: string } | null {
  const text = part.trimEnd();
  if (!text.endsWith(')')) return null;
  const open = text.lastIndexOf('(');
  if (open <= 0 || text.indexOf(')', open) !== text.length - 1) return null;
  const rest = text.slice(0, open).trimEnd();
  const inside = text.slice(open + 1, -1).trim();
  return rest && inside ? { inside, rest } : null;
}

/**
 * The entries of one part of a colour-words line (colourWordsLine): one entry, or pieces cut by PIECE_SEPARATORS each of
 * which reads; 'note' for a note that names no colour (nothing to map); null when it reads as neither.
 */
function partEntries(part: string, headed: boolean): RawEntry[] | 'note' | null {
  const whole = wordsEntry(part, headed) ?? notRecordedSentence(part);
  if (whole) return [whole];
  for (const separators of PIECE_SEPARATORS) {
    const pieces = splitOn(part, separators);
    if (pieces.length < 2) continue;
    // A note with no subject among entries ("Narrator (blue) – SFX (grey) – not recorded") says something of one of them: which is not ours to guess.
    const read = pieces.map((piece) => wordsEntry(piece, headed) ?? notRecordedSentence(piece) ?? (colourlessNote(piece) && !isBareNote(piece) ? 'note' : null));
    if (read.every((e) => e !== null) && read.some((e) => e !== 'note')) return read.filter((e): e is RawEntry => e !== 'note');
  }
  return colourlessNote(part) ? 'note' : null;
}

// ---------------------------------------------------------------------------------------------
// One entry per paragraph, under a heading paragraph ("Voix :" then "Narratrice", "Cliente"…)

export function entriesOfParagraph(paragraph: Paragraph, structureLook: Look | null): RawEntry[] | null {
  if (paragraph.location.cell || rawLength(paragraph) > MAX_LEGEND_CHARS) return null;
  const text = trimSeparators(textOf(paragraph));
  const look = singleLook(paragraph);
  if (look && text) {
    const own = structureLook !== null && lookKey(look) === lookKey(structureLook);
    if (isNotRecorded(text) && !parseColourPhrase(text) && sidesOf(text).length === 0) return [{ name: text, notRecorded: true, look }];
    if (!own && isName(text)) return [{ name: text, notRecorded: false, look }];
  }
  return colourWordsLine(textOf(paragraph))?.entries ?? null;
}

/**
 * A heading of what is not recorded, over a group of its own ("2. Not recorded" then "a. black",
 * "b. grey"; "Non enregistré :" then "gris"): a "not recorded" entry with no colour in its words, in
 * the legend's own look. Its colours are the items under it (groupColour), not its look.
 */
export function isNotRecordedGroup(entry: RawEntry, structureLook: Look | null): boolean {
  if (!entry.notRecorded || entry.phrase || entry.words || entry.swatch || mentionsColour(entry.name)) return false;
  return !entry.look || !structureLook || lookKey(entry.look) === lookKey(structureLook);
}

/** An item of such a group: a colour alone in words ("black", "texte en gris", "grey highlight"), not recorded; else null. */
export function groupColour(paragraph: Paragraph): RawEntry | null {
  if (paragraph.location.cell || rawLength(paragraph) > MAX_GROUP_COLOUR) return null;
  const text = trimSeparators(textOf(paragraph)).replace(/[.;]$/u, '');
  const phrase = text ? parseColourPhrase(text) : null;
  return phrase ? { name: text, notRecorded: true, words: text, phrase } : null;
}

/** The longest item of a group of what is not recorded, in characters: a colour's words. */
const MAX_GROUP_COLOUR = 40;

// ---------------------------------------------------------------------------------------------
// Tables: "Voix | Couleur" rows of a name and its colour (words, the name's own colour, a swatch)

const cellText = (paragraphs: readonly Paragraph[]) => normaliseSpace(paragraphs.map(textOf).join(' '));

/** The look of the visible text of a cell (letters or blocks such as "████"), when there is one look. */
function cellLook(paragraphs: readonly Paragraph[]): Look | null {
  let look: Look | null = null;
  for (const paragraph of paragraphs) {
    for (const run of paragraph.runs) {
      if (!/\S/u.test(run.text)) continue;
      if (look && (look.color !== run.color || look.background !== run.background)) return null;
      look = { color: run.color, background: run.background };
    }
  }
  return look;
}

export function tableLegend(cells: readonly Paragraph[], headingAbove: Paragraph | null, swatches: readonly Swatch[]): RawLegend | null {
  const rows = new Map<number, Map<number, Paragraph[]>>();
  for (const cell of cells) {
    const { row, column } = cell.location.cell!;
    if (rawLength(cell) > MAX_LEGEND_CHARS) return null;
    const columns = rows.get(row) ?? new Map<number, Paragraph[]>();
    // Pushed, not copied: a damaged file may put tens of thousands of paragraphs in one cell.
    const paragraphs = columns.get(column);
    if (paragraphs) paragraphs.push(cell);
    else columns.set(column, [cell]);
    rows.set(row, columns);
  }
  const tableNumber = cells[0]?.location.cell?.table;
  if (rows.size < 2 || rows.size > MAX_TABLE_ROWS || tableNumber === undefined) return null;
  const page = cells[0]!.location.page;
  const swatchAt = (row: number, column: number) =>
    swatches.find((s) => s.cell.table === tableNumber && s.cell.row === row && s.cell.column === column && (page === undefined || s.page === undefined || s.page === page))?.color;

  const structure: Run[] = headingAbove ? [...headingAbove.runs] : [];
  const entries: RawEntry[] = [];
  const textRows: string[] = headingAbove ? [textOf(headingAbove)] : [];
  let nameColumn = 1;
  let colourColumn = 2;
  let heading = false;
  let signal = headingAbove !== null;
  const sortedRows = [...rows.entries()].sort(([a], [b]) => a - b);
  // Swatches first, names second: "▇▇ | Narrator".
  if (sortedRows.every(([, columns]) => !cellText(columns.get(1) ?? []) && cellText(columns.get(2) ?? []))) {
    nameColumn = 2;
    colourColumn = 1;
  }
  for (const [index, [row, columns]] of sortedRows.entries()) {
    if (columns.size > 3 || [...columns.keys()].some((c) => c > 3)) return null;
    const texts = [1, 2, 3].map((c) => cellText(columns.get(c) ?? []));
    textRows.push(texts.filter(Boolean).join(' | '));
    if (index === 0) {
      const [a, b] = texts.map((t) => headWords(t));
      if ((NAME_HEADS.has(a!) && COLOUR_HEADS.has(b!)) || (isHeading(texts.filter(Boolean).join(' ')) && !texts[1])) heading = true;
      else if (COLOUR_HEADS.has(a!) && NAME_HEADS.has(b!)) {
        heading = true;
        nameColumn = 2;
        colourColumn = 1;
      }
      if (heading) {
        signal = true;
        for (const paragraphs of columns.values()) for (const p of paragraphs) structure.push(...p.runs);
        continue;
      }
    }
    const nameCell = columns.get(nameColumn) ?? [];
    const colourCell = columns.get(colourColumn) ?? [];
    const name = cellText(nameCell);
    if (!name) return null;
    // A cell beside the name says the row is not recorded when that is all it says ("Not recorded",
    // "(non enregistré)", "grey – not recorded"), not when it mentions what is ("Also reads the stage directions").
    const others = [...columns.entries()].filter(([c]) => c !== nameColumn).map(([, p]) => cellText(p));
    if (withWhatIsNotRecorded(name)) return null;
    const notRecorded = isNotRecorded(name) || others.some(saysNotRecorded);
    const colourText = cellText(colourCell);
    // The names' column says which side is the name: "Viola | Verde scuro".
    const named = (phrase: ColourPhrase | null) => phrase !== null && colourWordName(name, colourText, phrase, true);
    if (!notRecorded && !isName(name) && !named(colourText ? parseColourPhrase(colourText) : null)) return null;
    const entry: RawEntry = { name, notRecorded };
    const look = cellLook(nameCell);
    if (look) entry.look = look;
    const words = colourText ? entryFrom(name, colourText, true) : null;
    if (words?.phrase) {
      entry.words = words.words!;
      entry.phrase = words.phrase;
      entry.notRecorded ||= words.notRecorded;
      signal = true;
    } else if (colourText && !/[\p{L}\p{N}]/u.test(colourText)) {
      const sample = cellLook(colourCell);
      if (sample) entry.swatchLook = sample;
    } else if (colourText && countWords(colourText) <= 2) {
      const sample = cellLook(colourCell);
      if (sample && (sample.color !== look?.color || sample.background !== look?.background)) entry.swatchLook = sample;
    }
    const swatch = swatchAt(row, colourColumn);
    if (swatch && !colourText) {
      entry.swatch = swatch;
      signal = true;
    }
    entries.push(entry);
  }
  const voices = entries.filter((e) => !e.notRecorded);
  if (!signal || entries.length < 2 || voices.length === 0) return null;
  return {
    kind: 'table',
    entries,
    paragraphs: headingAbove ? [headingAbove, ...cells] : [...cells],
    structure,
    text: textRows.filter(Boolean).join(' / '),
  };
}
