/**
 * A speaker's name opening a colour-coded line: `AGENT: Good morning…` highlighted yellow whole, as a
 * whole-line highlight or a paragraph's colour covers its label. The colour says whose line it is;
 * the name says it again and is not said. With voices told by their labels (a config's `label:`) the
 * label is cut off the line (match.ts); with voices told by colour alone it stays in the line's text,
 * as the script shows it, but is not counted: not in the words, the spoken words, the characters nor
 * the time (`Line.label`). One warning, `labels-not-counted`, says which names were left out.
 *
 * A line opens with a speaker's label when it opens (maybe after a time code, `01:14:02:10 MARC :`) with
 * the shape speaker-labels.ts reads (label-breaks.ts `LABEL`: up to four words, a short aside in
 * brackets, `(off)`, `(V.O.)`, `(frustrated)`, then a colon or a tab) and that label is a name
 * (name-lines.ts `formOf`), never a header's field (`Durée : 30 s`, `Client: Acme` once) nor a
 * direction's or note's (`Note:`, `Remarque :`, `SFX:`: label-rows.ts `DIRECTIONS`), nor a numbered
 * heading said aloud (`Step 1:`, `Question 2:`); and it is a speaker's: the same name opens two voiced
 * lines or more, or it names the line's own voice (a legend's or a config's `Agent` for `AGENT:`), or it
 * is in capitals and the script's voiced lines open with another such name too (a cast, each once); and
 * it opens lines of one voice only (else the colour does not say who speaks), and, a Chinese, Japanese or
 * Korean name, half its lines at least end as sentences do (`项目名称：…项目` is a form's field). A
 * sentence opening with `Attention: …` once is said, and counted. With no voice map (colour groups),
 * only where the lines opening with labels are in two colours or more: a script in one colour whose
 * lines open with labels is coded by its labels, not its colour (speaker-labels.ts, `init`).
 *
 * With voices told by their labels, the label's aside (`MARIE (off) :`, a dubbing table's `MARIE
 * (OFF)` cell, a screenplay's `MARIE (V.O.)` over the dialogue) is kept the same way: shown before the
 * line, as a direction, and not counted (labelAside, rowAsides, nameAside; match.ts reads them).
 */
import type { Hex, Location, Paragraph, Warning } from '../model.js';
import { parseColour } from '../colour/parse.js';
import { plainName } from '../colour/names.js';
import { directionOpeners, mayHoldDirection, spokenText, type DirectionRules } from '../text/directions.js';
import { count, formatLocation, listOf, plural, shortText } from '../text/format.js';
import { countNormalWords, countWords, hasWord, normaliseSpace } from '../text/words.js';
import { capitals, FIELDS, formOf, LABEL, labelAsWritten, labelKey, namesVoice, saidOpener, type NamedVoice as Named } from '../text/speaker-label.js';
import { DIRECTIONS, rowKey } from './label-rows.js';
import { openingTimecode, timecodeAlone, type Timecode } from './timecodes.js';
import { lazy } from '../text/lazy.js';

/**
 * Labels of a note to the studio, the engineer or the reader (`NOTE:`, `N.B.:`, `NB :`, `Remarque :`, `NOTE TO STUDIO:`,
 * `Note au studio :`): what follows is never read aloud, in a voice's colour or not (studioNotes). Not `Tip:`,
 * `Important:`, `Remember:`, `Attention :`, which an e-learning narrator often reads.
 */
const STUDIO_NOTES = capitals([
  'NOTE', 'NOTES', 'NB', 'N.B.', 'N.B', 'NOTA', 'NOTA BENE', 'REMARQUE', 'REMARQUES', 'STUDIO NOTE', 'STUDIO NOTES', 'VO NOTE', 'VO NOTES',
  'NOTE TO STUDIO', 'NOTE TO THE STUDIO', 'NOTES TO STUDIO', 'NOTE FOR STUDIO', 'NOTE FOR THE STUDIO', 'NOTE TO ENGINEER', 'NOTE TO THE ENGINEER', 'NOTE TO TALENT',
  'NOTE TO THE TALENT', 'NOTE TO VO', 'NOTE TO THE VO', 'NOTE FOR VO', 'NOTE TO NARRATOR', 'NOTE TO THE NARRATOR', 'NOTE TO ACTOR', 'NOTE TO THE ACTOR', 'NOTE TO READER',
  'NOTE TO THE READER', 'NOTE TO VOICE', 'NOTE AU STUDIO', 'NOTE POUR LE STUDIO', 'NOTES AU STUDIO', 'NOTE À L’INGÉ', "NOTE À L'INGÉ", 'NOTE À L’INGÉ SON', "NOTE À L'INGÉ SON",
  'NOTE AU COMÉDIEN', 'NOTE À LA COMÉDIENNE', 'NOTE AU LECTEUR', 'NOTE POUR LE COMÉDIEN', 'NOTE DE RÉALISATION',
]);

/** Direction labels that mark a note to the reader, not what is shown or heard: no evidence that a script is coded by labels. */
export const NOTE_LABELS = new Set([...STUDIO_NOTES, ...capitals(['TIP', 'TIPS', 'ASTUCE', 'IMPORTANT', 'ATTENTION', 'WARNING', 'EXAMPLE', 'EXEMPLE', 'REMEMBER', 'RAPPEL'])]);

/** The first word of a heading said aloud (`Step 1:`, `Question 2 :`, `Étape 3 :`): no speaker. */
const HEADING_WORDS = capitals([
  'STEP', 'PART', 'CHAPTER', 'MODULE', 'LESSON', 'UNIT', 'SECTION', 'QUESTION', 'ANSWER', 'EXERCISE', 'TASK', 'ACTIVITY', 'QUIZ', 'CASE', 'TOPIC', 'SLIDE', 'SCREEN', 'PAGE', 'SCENE',
  'ÉTAPE', 'ETAPE', 'PARTIE', 'CHAPITRE', 'LEÇON', 'LECON', 'UNITÉ', 'QUESTION', 'RÉPONSE', 'REPONSE', 'EXERCICE', 'ACTIVITÉ', 'CAS', 'THÈME', 'DIAPO', 'ÉCRAN', 'SCÈNE', 'SÉQUENCE',
]);

/** A dubbing script's time code before the name (`01:14:02:10 MARC :`, `00:00:12 MARIE:`): never said either. Hours, minutes and seconds: `10:30 AM:` is a time said. */
const TIME_CODE = /^\s*\d{1,2}:\d{2}:\d{2}(?:[:.,;]\d{2,3})?\s+/u;

/** Where a line's label may stand: its first characters. */
const HEAD = 120;

export interface Opening {
  /** The opening of the line's text that is no words said: time code, name, aside, colon and the space after. */
  prefix: string;
  name: string;
  key: string;
  capitals: boolean;
  /** A Chinese, Japanese or Korean name: a colon there is a field's as often (`项目名称：…`). */
  eastAsian: boolean;
}

/**
 * A line said as a sentence (speaker-labels.ts reads Chinese, Japanese and Korean labels so): it ends with
 * a sentence's stop or a closing quote, or, in Korean, with a sentence's ending; a field's value
 * (`项目名称：东阳市…项目`, `时间：三点`) does not.
 */
const SAID = /(?:[。．.！!？?…」』”’"～~]|[\uAC00-\uD7A3][다요까죠])\s*$/u;

/** What is read of a line here (cast.ts `Line`; its type not imported: cast.ts reads this module's asides through match.ts). */
interface Line {
  voice: string | null;
  text: string;
  label?: string;
  /** Its time (timecodes.ts). */
  timecode?: Timecode;
  words: number;
  spokenWords: number;
  location: Location;
  looks: readonly { words: number }[];
  /** The speaker a table row's name cell names (name-cells.ts: its name already the line's `label`). */
  speaker?: string;
}

/** The speaker's label a line's text (normalised) opens with, by its shape alone; null for none. */
export function openingOf(text: string, voices: NamedVoices | null): Opening | null {
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  const time = TIME_CODE.exec(head);
  const from = time ? time[0].length : 0;
  const match = LABEL.exec(head.slice(from));
  if (!match) return null;
  const name = normaliseSpace(match[1]!);
  const form = formOf(name);
  if (!form) return null;
  const key = labelKey(name);
  // (A word said aloud at a line's start, `NEW:`, `Fact:`, `Rappel :`, is said however often: speaker-label.ts saidOpener;
  // unless it is a voice's very name, `Alert:` opening the lines of a voice named Alert.)
  if (FIELDS.has(key) || DIRECTIONS.has(key) || HEADING_WORDS.has(labelKey(name.split(' ')[0]!))) return null;
  if (saidOpener(name) && !voices?.voices.some((v) => namesVoice(name, v, 'names'))) return null;
  const prefix = text.slice(0, from + match[0].length);
  // A colon between figures is a time's (`At 10:30: the doors open`), no label's.
  if (/\p{N}$/u.test(name) && /^\p{N}/u.test(text.slice(prefix.length)) && !/\s$/u.test(prefix)) return null;
  // The name alone is no line: what follows it must hold a word.
  if (!hasWord(text.slice(prefix.length))) return null;
  return { prefix, name, key, capitals: form === 'capitals', eastAsian: form === 'cjk' || form === 'hangul' };
}

/**
 * The casting's voiced lines that open with a speaker's label (see above), each replaced by the same
 * line with `label` set and its words, spoken words and looks counted without it; the warning saying
 * so, or null when no line opens with one. For a casting whose voices are told by colour (or style),
 * not by labels: the caller decides. With colour `groups` (no voice map), only when the lines opening
 * with a label are in two groups or more.
 */
export function uncountColourLabels<L extends Line>(lines: L[], directions: DirectionRules, groups = false, voices: NamedVoices | null = null): Warning[] {
  // The lines opening with a label, found first: most scripts have none, and what follows is asked only then.
  const found: [number, Opening][] = [];
  // With a voice map: the names opening lines that are no voice's (a speaker in a colour not recorded).
  const unvoicedKeys: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.label !== undefined || (line.voice === null && voices === null)) continue;
    // Most lines hold no colon nor tab early on: no label.
    const head = line.text.slice(0, HEAD);
    if (!head.includes(':') && !head.includes('：') && !head.includes('\t')) continue;
    const opening = openingOf(line.text, voices);
    if (!opening) continue;
    if (line.voice === null) unvoicedKeys.push(opening.key);
    else found.push([i, opening]);
  }
  if (found.length === 0) return rowSpeakersShare(lines, groups);
  // Voices named after their colours (`black`, `yellow highlight`, as init names them) are named by no name: as colour groups.
  const afterColours = voices ? new Set(voices.voices.filter(namedAfterColour).map((v) => v.name)) : null;
  const named = voices && afterColours!.size < voices.voices.length ? voices : null;
  const openings = new Map<number, Opening>();
  const uses = new Map<string, number>();
  // By name: the voices whose lines it opens, and (Chinese, Japanese, Korean) how many of them are said as sentences.
  const voicesOf = new Map<string, Set<string>>();
  const saidLines = new Map<string, number>();
  // With named voices: the names opening lines that are no voice's (a speaker in a colour not recorded).
  const unvoiced = named ? new Set(unvoicedKeys) : null;
  for (const [i, opening] of found) {
    const line = lines[i]!;
    if (named?.byColour && !named.byColour.has(line.voice!)) continue;
    openings.set(i, opening);
    uses.set(opening.key, (uses.get(opening.key) ?? 0) + 1);
    const voices = voicesOf.get(opening.key) ?? new Set<string>();
    voices.add(line.voice!);
    voicesOf.set(opening.key, voices);
    if (opening.eastAsian && SAID.test(line.text)) saidLines.set(opening.key, (saidLines.get(opening.key) ?? 0) + 1);
  }
  const rowShares = rowSpeakersShare(lines, groups);
  if (openings.size === 0) return rowShares;
  // Colour groups (no voice map) tell speakers apart only if the labelled lines are in two of them or
  // more: a script in one colour whose lines open with two speakers' labels or more is coded by its
  // labels (`init` says so).
  // One speaker's name in one colour (`NARRATOR:` opening an AV script's lines) is no labels' coding:
  // not said there either, so a config `init` writes for the colour counts as the colour did.
  if (groups && new Set([...openings.keys()].map((i) => lines[i]!.voice)).size < 2 && new Set([...openings.values()].map((o) => o.key)).size >= 2) return rowShares;
  const capitalNames = new Set([...openings.values()].filter((o) => o.capitals).map((o) => o.key));
  const naming = named ? namingRule(named, openings, lines, voicesOf, unvoiced!) : null;
  const openers = directionOpeners(directions);
  const names: string[] = [];
  // Each as the script writes it with its colon (`ＮＡ：`).
  const written: string[] = [];
  const seenNames = new Set<string>();
  let linesCut = 0;
  let wordsCut = 0;
  let first: L | undefined;
  // With named voices: the names the script does not show to be a speaker's or a word said (counted, and said so).
  const unsure: Unsure<L> = { names: [], written: [], voices: [], lines: 0, words: 0, first: undefined };
  // By voice: the speakers whose names open its lines (name → lines, first line), in order of first use.
  const speakersOf = new Map<string, Map<string, { name: string; lines: number; first: L }>>();
  for (const [i, opening] of openings) {
    const line = lines[i]!;
    const used = uses.get(opening.key)!;
    // A name in two voices' colours: the colour does not say who speaks. A Chinese, Japanese or Korean
    // name whose lines are not said as sentences: a form's fields (`名称：…`, `项目联系人：…`).
    if (voicesOf.get(opening.key)!.size > 1 || (opening.eastAsian && (saidLines.get(opening.key) ?? 0) * 2 < used)) continue;
    const own = naming ? naming.namesVoice(opening.key) : labelKey(line.voice!) === opening.key;
    const speaker = used >= 2 || own || (opening.capitals && capitalNames.size >= 2);
    if (!speaker) continue;
    if (naming && !own && !afterColours!.has(line.voice!)) {
      const decided = naming.speaker(opening.key, line.voice!);
      if (decided === 'unsure') unsureOf(unsure, line, opening);
      if (decided !== 'speaker') continue;
    }
    // (`MARC : 01:02:03:04 Tu viens…`: a time code right after the label is the line's time, not words: timecodes.ts.)
    const after = line.timecode ? null : openingTimecode(line.text.slice(opening.prefix.length));
    const label = after ? line.text.slice(0, opening.prefix.length + after.length) : opening.prefix;
    const said = line.text.slice(label.length);
    const words = countNormalWords(said);
    const spoken = mayHoldDirection(said, openers) ? spokenText(said, directions) : said;
    const cut = line.words - words;
    lines[i] = { ...line, label, ...(after ? { timecode: after.timecode } : {}), words, spokenWords: spoken === said ? words : countWords(spoken), looks: lessWords(line.looks, cut) };
    first ??= line;
    const speakers = speakersOf.get(line.voice!) ?? new Map<string, { name: string; lines: number; first: L }>();
    const named = speakers.get(opening.key) ?? { name: opening.name, lines: 0, first: line };
    named.lines++;
    speakers.set(opening.key, named);
    speakersOf.set(line.voice!, speakers);
    linesCut++;
    wordsCut += cut;
    if (!seenNames.has(opening.key)) {
      seenNames.add(opening.key);
      names.push(opening.name);
      written.push(labelAsWritten(opening.name, opening.prefix));
    }
  }
  const unsureWarning = unsure.lines > 0 ? nameOrWord(unsure) : null;
  if (linesCut === 0) return unsureWarning ? [unsureWarning, ...rowShares] : rowShares;
  const shown = written.length > 6 ? [...written.slice(0, 6), `${count(written.length - 6)} more`] : written;
  const one = linesCut === 1;
  // A voice whose lines open with two speakers' names or more: its colour does not say who speaks.
  const shared = [...speakersOf].filter(([, speakers]) => speakers.size > 1);
  // Colour groups (no config, no legend) with every labelled line in one of them, which also holds text with no
  // name (a script in one colour, some of its lines opening with a name): that colour does not tell who speaks, only
  // that a name before its colon is not read aloud.
  const only = speakersOf.size === 1 ? [...speakersOf.keys()][0] : undefined;
  const oneGroup = groups && only !== undefined && lines.some((l) => l.voice === only && l.label === undefined && l.words > 0);
  const byColour = !oneGroup && !shared.length;
  const why = byColour ? 'the colour already says who speaks' : 'a name before its colon is not read aloud';
  return [
    {
      code: 'labels-not-counted',
      message:
        `${one ? 'The speaker\'s name opening 1 line' : `Speakers' names opening ${count(linesCut)} lines`} in a voice's colour (${listOf(shown)}) ${one ? 'is' : 'are'} not counted as words said: ` +
        `${why} (${plural(wordsCut, 'word')} left out; the lines show ${one ? 'it' : 'them'} as written). If a name is read aloud, type it without its colon.`,
      location: first!.location,
      // `shared`: a voice holds several speakers' lines (said next), so the colour does not say who speaks.
      // `groups`: one colour group holds every labelled line, so no colour tells who speaks (said the same way).
      // `written`: the labels as the script writes them (`MARIE :`), as the message shows them.
      details: shared.length ? { names, written, lines: linesCut, words: wordsCut, shared: true } : oneGroup ? { names, written, lines: linesCut, words: wordsCut, groups: true } : { names, written, lines: linesCut, words: wordsCut },
    },
    ...shared.map(([voice, speakers]) => speakersShareVoice(voice, [...speakers.values()])),
    ...(unsureWarning ? [unsureWarning] : []),
    // (A voice said above is not said again for its table rows.)
    ...rowShares.filter((w) => !shared.some(([voice]) => voice === (w.details as { voice: string }).voice)),
  ];
}


/** The lines studioNotes made nobody's: no unknown colour, no colour to confuse (checks.ts). */
const NOTE_LINES = new WeakSet<object>();

/** Whether a line is a note to the studio in a voice's colour, made nobody's by studioNotes. */
export const isStudioNote = (line: object): boolean => NOTE_LINES.has(line);

/** Lines quoted one by one in `notes-not-counted`, up to this many. */
const NOTES_QUOTED = 3;

/**
 * Notes to the studio in a voice's colour: a line opening with a note's label (STUDIO_NOTES: `NOTE:`, `N.B.:`, `NB :`,
 * `Remarque :`, `NOTE TO STUDIO:`, `Note au studio :`, maybe after a time code) is not read aloud, whatever its colour: it
 * is nobody's, as it is under a config of the speakers' labels (speaker-labels.ts leaves such labels out as notes). For
 * the lines of voices told by colour or style (`voices`: those whose lines are read; null, all). The lines to make
 * nobody's (their indexes: the caller gives each its ID), and `notes-not-counted` saying which and the words they took
 * out of which voice; null when there are none.
 */
export function studioNotes(lines: readonly Line[], voices: ReadonlySet<string> | null): { notes: number[]; warning: Warning } | null {
  const notes: number[] = [];
  const labels: string[] = [];
  const byVoice = new Map<string, { lines: number; words: number }>();
  let words = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.voice === null || line.label !== undefined || (voices !== null && !voices.has(line.voice))) continue;
    const head = line.text.length > HEAD ? line.text.slice(0, HEAD) : line.text;
    if (!head.includes(':') && !head.includes('：')) continue;
    const time = TIME_CODE.exec(head);
    const from = time ? time[0].length : 0;
    const match = LABEL.exec(head.slice(from));
    if (!match || match[0].includes('\t')) continue;
    const name = normaliseSpace(match[1]!).trim();
    if (!STUDIO_NOTES.has(labelKey(name)) || !hasWord(line.text.slice(from + match[0].length))) continue;
    notes.push(i);
    NOTE_LINES.add(line);
    const shown = labelAsWritten(name, match[0]);
    if (!labels.includes(shown)) labels.push(shown);
    const entry = byVoice.get(line.voice) ?? { lines: 0, words: 0 };
    entry.lines++;
    entry.words += line.words;
    byVoice.set(line.voice, entry);
    words += line.words;
  }
  if (notes.length === 0) return null;
  const first = lines[notes[0]!]!;
  const one = notes.length === 1;
  const quoted = notes.slice(0, NOTES_QUOTED).map((i) => `${shortText(lines[i]!.text)} (${formatLocation(lines[i]!.location)})`);
  if (notes.length > NOTES_QUOTED) quoted.push(`${count(notes.length - NOTES_QUOTED)} more`);
  const from = listOf([...byVoice].map(([voice, e]) => `${plural(e.words, 'word')} of ${voice}`));
  return {
    notes,
    warning: {
      code: 'notes-not-counted',
      message:
        `${one ? '1 line' : `${count(notes.length)} lines`} in a voice's colour ${one ? 'opens' : 'open'} with a note's label (${listOf(labels)}): ${listOf(quoted)}. ` +
        `A note to the studio is not read aloud, so ${one ? 'it is' : 'they are'} counted as nobody's, not recorded (${from} left out). If ${one ? 'it is' : 'one is'} read aloud, type it without its colon.`,
      location: first.location,
      details: {
        labels,
        lines: notes.length,
        words,
        voices: [...byVoice].map(([voice, e]) => ({ voice, lines: e.lines, words: e.words })),
        texts: notes.map((i) => lines[i]!.text),
        locations: notes.map((i) => lines[i]!.location),
      },
    },
  };
}

/**
 * The voices of a voice map (a legend's, a config's), by name and labels: what tells a speaker's name
 * opening a line from a capitalised word said with a colon (`NEW: our ready meals…`).
 */
export interface NamedVoices {
  voices: readonly NamedVoice[];
  /** In a config mixing voices told by their labels with voices told by colour: the latter, whose lines alone are read here. */
  byColour?: ReadonlySet<string>;
}

interface NamedVoice extends Named {
  colors?: readonly Hex[];
  highlights?: readonly Hex[];
}

/** Words a voice named after its colour may add to the colour's name (`yellow highlight`, `#0070C0 blue text`). */
const COLOUR_WORDS = lazy(() => /#[0-9a-f]{3,8}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:highlight(?:ed)?|background|text|colou?r|shading|fill|surlign[ée]+s?|fond|texte|couleur)(?![\p{L}\p{N}])/giu);

/**
 * Whether a voice is named after its colour, not a speaker (`black`, `yellow highlight`, `#0070C0 blue`,
 * as init names the colours of a script with no legend): what is left of its name once the colour's
 * words are off is a colour's name (a config's colour names, colour/parse.ts, or the everyday name of
 * one of its colours) or nothing.
 */
function namedAfterColour(voice: NamedVoice): boolean {
  const rest = normaliseSpace(voice.name.replace(COLOUR_WORDS(), ' ')).trim();
  if (rest === '') return true;
  if (parseColour(rest, 'highlight') !== null || parseColour(rest, 'color') !== null) return true;
  const lower = rest.toLowerCase();
  return [...(voice.colors ?? []), ...(voice.highlights ?? [])].some((hex) => plainName(hex) === lower);
}

/**
 * With named voices, a name opening lines in a voice's colour is a speaker's when it names a voice
 * there (its name, a label, or one shortened from it: `ANNCR` for `ANNOUNCER`, speaker-label.ts
 * namesVoice), or when it also opens lines that are no voice's (a speaker in the script, in a colour
 * not recorded), or when the voice is read as a labelled dialogue under names of no voice (voices
 * named after actors, colours, numbers): none of the names opening its lines names a voice, and they
 * open two thirds of its speeches or more (a speech: its lines in a row, a name opening a new one; a
 * speech runs over paragraphs unlabelled), and the script shows it is a dialogue: another voice is read
 * so too (a cast), or the name opens three of its lines or more. A voice read so but shown neither
 * way (`ZAP:` opening two of three lines, no other voice opened by names): `unsure`, the words counted
 * and said (`name-or-word`). Else it is a word said with a colon (`HURRY:` opening some of an
 * announcer's lines whose others open with `ANNCR:`), counted. (Words said aloud at a line's start,
 * `NEW:`, `Fact:`, never come here: openingOf.)
 */
function namingRule(
  named: NamedVoices,
  openings: ReadonlyMap<number, Opening>,
  lines: readonly Line[],
  voicesOf: ReadonlyMap<string, ReadonlySet<string>>,
  unvoiced: ReadonlySet<string>,
): { namesVoice: (key: string) => boolean; speaker: (key: string, voice: string) => 'speaker' | 'said' | 'unsure' } {
  const naming = new Map<string, boolean>();
  const namesAny = (key: string) => {
    let known = naming.get(key);
    if (known === undefined) naming.set(key, (known = named.voices.some((v) => namesVoice(key, v, 'names'))));
    return known;
  };
  // By voice: its speeches (as read above), those opening with a name of its colour alone, and whether one of those names names a voice.
  const byVoice = new Map<string, { speeches: number; named: number; naming: boolean }>();
  // By name of one voice's colour alone: the lines it opens.
  const opens = new Map<string, number>();
  let previous: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.voice === null) continue;
    const voice = line.voice;
    const read = line.label === undefined && (!named.byColour || named.byColour.has(voice));
    const opening = read ? openings.get(i) : undefined;
    const own = opening !== undefined && voicesOf.get(opening.key)!.size === 1 ? opening : undefined;
    if (read) {
      let entry = byVoice.get(voice);
      if (!entry) byVoice.set(voice, (entry = { speeches: 0, named: 0, naming: false }));
      if (own || previous !== voice) entry.speeches++;
      if (own) {
        entry.named++;
        opens.set(own.key, (opens.get(own.key) ?? 0) + 1);
        if (namesAny(own.key)) entry.naming = true;
      }
    }
    previous = voice;
  }
  // Voices read as a labelled dialogue under names of no voice; two or more: a cast.
  const dialogue = new Set([...byVoice].filter(([, e]) => e.named > 0 && !e.naming && e.named * 3 >= e.speeches * 2).map(([voice]) => voice));
  return {
    namesVoice: namesAny,
    speaker: (key, voice) => {
      if (unvoiced.has(key)) return 'speaker';
      if (!dialogue.has(voice)) return 'said';
      return dialogue.size >= 2 || (opens.get(key) ?? 0) >= 3 ? 'speaker' : 'unsure';
    },
  };
}

/** The names opening lines that namingRule cannot tell from words said: counted as said, and said so (nameOrWord). */
interface Unsure<L extends Line> {
  names: string[];
  /** Each name as the script writes it with its colon (`ＺＡＰ：`). */
  written: string[];
  voices: string[];
  lines: number;
  words: number;
  first: L | undefined;
}

function unsureOf<L extends Line>(unsure: Unsure<L>, line: L, opening: Opening): void {
  if (!unsure.names.includes(opening.name)) {
    unsure.names.push(opening.name);
    unsure.written.push(labelAsWritten(opening.name, opening.prefix));
  }
  if (!unsure.voices.includes(line.voice!)) unsure.voices.push(line.voice!);
  unsure.lines++;
  unsure.words += line.words - countNormalWords(line.text.slice(opening.prefix.length));
  unsure.first ??= line;
}

/**
 * `name-or-word`: a name opening lines in a voice's colour that names no voice, where the script shows
 * neither a dialogue nor a word said (namingRule's `unsure`). Its words are counted; how to make it a
 * name if it is one.
 */
function nameOrWord<L extends Line>(unsure: Unsure<L>): Warning {
  const one = unsure.names.length === 1;
  const names = listOf(unsure.written.map((n) => `"${n}"`));
  const voices = unsure.voices.length === 1 ? `"${unsure.voices[0]}"'s colour` : `the colours of ${listOf(unsure.voices.map((v) => `"${v}"`))}`;
  return {
    code: 'name-or-word',
    message:
      `${names} opening ${plural(unsure.lines, 'line')} in ${voices} may be ${one ? "a speaker's name" : "speakers' names"} or words said: ${one ? 'it names' : 'they name'} no voice, and the script does not show which. ` +
      `${one ? 'Its' : 'Their'} ${plural(unsure.words, 'word')} ${unsure.words === 1 ? 'is' : 'are'} counted as said. If ${one ? 'it is a name' : 'one is a name'}, not read aloud, name the voice after it (${unsure.names.join(', ')}) in the config or the legend.`,
    location: unsure.first!.location,
    details: { names: unsure.names, voices: unsure.voices, lines: unsure.lines, words: unsure.words },
  };
}

/**
 * `speakers-share-voice` for the lines of table rows naming their speaker in a cell of their own
 * (`PERSONNAGE | TEXTE`, name-cells.ts): a voice (a colour) whose rows name several speakers (`MARC`
 * and `LE PÈRE` both highlighted yellow). With colour groups (no voice map), only when such rows are in
 * two groups or more: a table in one colour is coded by its names, not its colour (`init` says so).
 */
function rowSpeakersShare(lines: readonly Line[], groups: boolean): Warning[] {
  const byVoice = new Map<string, Map<string, { name: string; lines: number; first: Line }>>();
  for (const line of lines) {
    if (line.speaker === undefined || line.voice === null) continue;
    let speakers = byVoice.get(line.voice);
    if (!speakers) byVoice.set(line.voice, (speakers = new Map()));
    const key = labelKey(line.speaker);
    const named = speakers.get(key);
    if (named) named.lines++;
    else speakers.set(key, { name: line.speaker, lines: 1, first: line });
  }
  if (byVoice.size === 0 || (groups && byVoice.size < 2)) return [];
  return [...byVoice].filter(([, speakers]) => speakers.size > 1).map(([voice, speakers]) => speakersShareVoice(voice, [...speakers.values()]));
}

/**
 * One voice (a colour, a style) whose lines open with several speakers' names (`PAUL :` and `MARIE :`
 * in one colour): its lines, words and time are theirs together, and its booth script holds them all.
 * Said, with the config that would give each a voice of its own.
 */
function speakersShareVoice(voice: string, speakers: { name: string; lines: number; first: Line }[]): Warning {
  const list = listOf(speakers.map((s) => `${s.name}: ${plural(s.lines, 'line')}`));
  const config = speakers.map((s) => `${s.name}: { label: ${s.name} }`).join(', ');
  return {
    code: 'speakers-share-voice',
    message:
      `"${voice}" holds the lines of ${count(speakers.length)} speakers, by the names opening them (${list}): its lines, words and time are theirs together, and its booth script holds them all. ` +
      `If they are different people, give each a voice by its label in the config (${config}).`,
    location: speakers[1]!.first.location,
    details: { voice, speakers: speakers.map((s) => ({ name: s.name, lines: s.lines })) },
  };
}

/** A line's words per look with `cut` words fewer, taken from its first words (the label opens the line). */
function lessWords<T extends { words: number }>(looks: readonly T[], cut: number): T[] {
  if (cut <= 0) return [...looks];
  let left = cut;
  return looks.map((look) => {
    const less = Math.min(left, look.words);
    left -= less;
    return less === 0 ? look : { ...look, words: look.words - less };
  });
}

/**
 * A label's aside (`MARIE (off) :`, `JOHN (V.O.):`, a dubbing table's `MARIE (OFF)` cell): with voices
 * told by their labels the label is cut off the line, and its aside would go with it; an actor needs
 * it. It is kept as a direction shown before the line (`(off) Paul… viens voir.`), not counted
 * (`Line.label`). The aside as written, or null when the label has none.
 */
export function labelAside(labelText: string, label?: string): string | null {
  const line = labelText.split('\n', 1)[0]!;
  const head = line.length > HEAD ? line.slice(0, HEAD) : line;
  // The name itself in brackets (`（旁白）谢谢。`, `(해설자) 마침내.`) is the label's form, no aside.
  const name = label === undefined ? null : labelKey(normaliseSpace(label));
  for (const match of head.matchAll(ASIDE_IN_LABEL)) if (labelKey(normaliseSpace(match[1]!)) !== name) return normaliseSpace(match[0]);
  return null;
}

const ASIDE_IN_LABEL = /[(（[]\s*([^()（）[\]\n]{1,20}?)\s*[)）\]]/gu;

/**
 * In tables naming each row's speaker in a cell of their own (`speakers`: by row, the label's column),
 * the asides of the label cells (`MARIE (OFF)`), each given to the row's first paragraph with a word
 * after the label's cell: the line it is a direction of.
 */
export function rowAsides(paragraphs: readonly Paragraph[], speakers: ReadonlyMap<string, { column: number }>): Map<Paragraph, string> {
  const byRow = new Map<string, string>();
  const given = new Map<Paragraph, string>();
  if (speakers.size === 0) return given;
  for (const paragraph of paragraphs) {
    const key = rowKey(paragraph);
    const speaker = key ? speakers.get(key) : undefined;
    // The label's own line: its cell's first paragraph.
    if (!speaker || paragraph.location.cell!.column !== speaker.column || byRow.has(key!)) continue;
    const aside = labelAside(paragraph.runs.map((r) => r.text).join(''));
    byRow.set(key!, aside ?? '');
  }
  for (const paragraph of paragraphs) {
    const key = rowKey(paragraph);
    const aside = key ? byRow.get(key) : undefined;
    if (!aside || paragraph.location.cell!.column <= speakers.get(key!)!.column) continue;
    // (A time code's cell between the label's and the text's is the line's time, no line: timecodes.ts.)
    const text = paragraph.runs.map((r) => r.text).join('');
    if (!hasWord(text) || timecodeAlone(text)) continue;
    given.set(paragraph, aside);
    byRow.delete(key!);
  }
  return given;
}

/** A screenplay's extension that only says the speech goes on over a break (`(CONT'D)`, `(suite)`): nothing for the actor. */
const CONTINUED = /^[(（]\s*(?:CONT'?D|CONT’D|CONTINUED|CONTD|MORE|SUITE|CONT\.?)\s*[)）]$/iu;

/** The extension of a name alone on its line (`MARIE (V.O.)`): labelAside, a `(CONT'D)` aside. */
export function nameAside(cueText: string): string | null {
  const aside = labelAside(cueText);
  return aside && !CONTINUED.test(aside) ? aside : null;
}

/** Most lines quoted by label-names-other-voice. */
const OTHER_VOICE_QUOTED = 3;

/**
 * With named voices told by colour (a legend's, a config's): lines in one voice's colour that open with the label of
 * another voice, and of no voice else (`MARIE:` typed in Paul's blue, under "Paul in blue, Marie in green"). They are
 * counted by their colour, as Paul's: the colour and the label disagree, and which is right is not for vo-lines to
 * guess. Said (`label-names-other-voice`), one warning per label and colour, with the lines. Voices named after their
 * colours name no one.
 */
export function labelsOfOtherVoices(lines: readonly Line[], voices: NamedVoices): Warning[] {
  const named = voices.voices.filter((v) => !namedAfterColour(v));
  if (named.length < 2) return [];
  const found = new Map<string, { label: string; voice: string; labelVoice: string; lines: Line[] }>();
  // By a label's name: the voices it names (looked up once a name: a script's labels are few, its lines many).
  const naming = new Map<string, NamedVoice[]>();
  for (const line of lines) {
    if (line.voice === null || (voices.byColour && !voices.byColour.has(line.voice))) continue;
    const head = line.text.length > HEAD ? line.text.slice(0, HEAD) : line.text;
    if (!head.includes(':') && !head.includes('：')) continue;
    const opening = openingOf(line.text, voices);
    if (!opening) continue;
    let names = naming.get(opening.name);
    if (!names) naming.set(opening.name, (names = named.filter((v) => namesVoice(opening.name, v, 'names'))));
    if (names.length !== 1 || names[0]!.name === line.voice || !named.some((v) => v.name === line.voice)) continue;
    const others = names;
    const key = `${opening.key}\u0000${line.voice}`;
    const entry = found.get(key) ?? { label: labelAsWritten(opening.name, opening.prefix), voice: line.voice, labelVoice: others[0]!.name, lines: [] };
    entry.lines.push(line);
    found.set(key, entry);
  }
  return [...found.values()].map(({ label, voice, labelVoice, lines: its }) => {
    const quoted = its.slice(0, OTHER_VOICE_QUOTED).map((l) => shortText(l.text)).join(', ');
    return {
      code: 'label-names-other-voice',
      message:
        `${its.length === 1 ? '1 line' : `${count(its.length)} lines`} in ${voice}'s colour ${its.length === 1 ? 'opens' : 'open'} with ${label}, the label of ${labelVoice} (${quoted}${its.length > OTHER_VOICE_QUOTED ? ', …' : ''}): ` +
        `counted as ${voice}'s, by ${its.length === 1 ? 'its' : 'their'} colour. If ${its.length === 1 ? 'it is' : 'they are'} ${labelVoice}'s, type ${its.length === 1 ? 'it' : 'them'} in ${labelVoice}'s colour.`,
      location: its[0]!.location,
      details: { label, voice, labelVoice, lines: its.length, firstLines: its.slice(0, OTHER_VOICE_QUOTED).map((l) => l.text) },
    };
  });
}
