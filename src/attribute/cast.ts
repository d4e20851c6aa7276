/**
 * Runs → lines per voice, counted. A line is a maximal stretch of one voice inside one paragraph
 * (stretches.ts splits the paragraph; match.ts says whose each run is); here each line gets its ID,
 * its words, spoken words and the words of each look it mixes.
 */
import type { Hex, Location, Paragraph, Run, Script, Warning } from '../model.js';
import { DEFAULT_DIRECTIONS, directionOpeners, mayHoldDirection, spokenText, type DirectionRules } from '../text/directions.js';
import { sha1Hex } from '../platform/hash.js';
import { locationKey } from '../text/headings.js';
import { countNormalWords, countWords, hasWord, isLetterOrDigitAt, isSpaceCode, lineBreaksIn, normaliseSpace } from '../text/words.js';
import { count, formatLocation, plural, shortText } from '../text/format.js';
import { fullStopAt, SENTENCE_END, WIDE_END } from '../text/sentences.js';
import { sentenceEndBetween } from './sentence-gap.js';
import { legendKeys, type Legend } from './legend.js';
import { accentDoubts, labelReader, labelTableReader, voiceMatcher, type ParagraphReading } from './match.js';
import { continuationDoubts, continuationWarnings } from './continued.js';
import { asideWarnings, loneAsides } from './label-rows.js';
import { InsideSentence } from './inside-sentence.js';
import { hasLinks, LinkCasting, linkLike, linkOnlyGroups, linksAlone } from './links.js';
import { mixedWordsByKey, stretchesByKey, type Stretch } from './stretches.js';
import { UNASSIGNED_TEXT } from './voices.js';
import { decorationFills, unsureFillWarnings } from './fills-under-colours.js';
import { avColumns, avWarnings, type AvColumns } from './av-columns.js';
import { breakDoubtWarnings, piecesAtLabels, type BreakDoubt } from './label-breaks.js';
import { nameCells, type NameCells } from './name-cells.js';
import { labelKey } from '../text/speaker-label.js';
import { describeColour } from '../colour/names.js';
import { deltaE } from '../colour/distance.js';
import { cutTimecode, mayBeTimed, type Timecode } from './timecodes.js';
import { type VoiceMap, type VoiceSpec } from '../config/voice-map.js';

export interface Line {
  /** Stable ID: derived from the voice and the text, so it survives edits elsewhere in the script. */
  id: string;
  /** The voice's name, or null for unassigned text. */
  voice: string | null;
  /** The line as read: whitespace collapsed to single spaces. */
  text: string;
  /**
   * Where a reader sees the line break within its paragraph (a soft line break, Shift+Enter in Word:
   * a song's lines, a dubbing exchange `- Oui.⏎- Non.`): the offsets in `text` of the spaces that
   * stand for them, in order (text/words.ts lineBreaksIn). Absent when there is none. The words are
   * counted as ever; the outputs a reader reads (`lines`, CSV, XLSX, DAPT, the booth script) show them.
   */
  breaks?: number[];
  /**
   * The opening of `text` that is no words said, shown with the line but not counted (words, spoken
   * words, characters, time): a speaker's name opening a line cast by its colour (`AGENT: `,
   * colour-labels.ts), or a label's aside kept as a direction (`(off) `).
   */
  label?: string;
  words: number;
  /** Words spoken aloud: the written words less directions ([pause], (off)…). */
  spokenWords: number;
  location: Location;
  /** The text and background colour of the line's first worded run. */
  color: Hex;
  background: Hex | null;
  /** The words of each look in the line (a word counts for the look of its first letter): a line may mix colours. */
  looks: LookWords[];
  /**
   * A dubbing script's time code for the line (timecodes.ts): the one opening its paragraph (cut off its
   * text, no word of it), or a time code alone in a cell of its table row or in the paragraph above it.
   */
  timecode?: Timecode;
  /**
   * The speaker a table row's name cell names (`PERSONNAGE | TEXTE`: name-cells.ts), its name shown
   * before the line (`label`) and not counted, with voices told by colour: what says that one colour
   * holds several speakers' lines (colour-labels.ts). Not shown apart.
   */
  speaker?: string;
}

export interface LookWords {
  color: Hex;
  background: Hex | null;
  words: number;
  /** Words inserted by tracked changes shown (Run.revision): a reviewer's colour, said in the reader's warning. */
  revision?: true;
  /** Words of a link, or of text that looks like one (links.ts linkLike): their colour says it is a link, not whose it is. */
  link?: true;
}

export interface Casting {
  script: Script;
  /** Voices in config order, or colour groups in order of first appearance. */
  voices: VoiceSpec[];
  /** Every line of the script in reading order, assigned or not. */
  lines: Line[];
  /** Where the voice map came from: a config file, a legend in the script, or the colours themselves. */
  mode: 'config' | 'legend' | 'colours';
  config: string | null;
  /** The legend found in the script and left out of its lines. */
  legend: Legend | null;
  /** A legend found but not trusted (then the voices are colour groups), and why: what `init` offers names from. */
  rejectedLegend?: { legend: Legend; reasons: string[] };
  /** The voice map the lines were cast with (from a config or a legend); for colour groups null, or the settings of a config that names no voice (voices: []). */
  voiceMap: VoiceMap | null;
  /** What attribution noticed: words split across voices, and (see checks.ts) risky colours. */
  warnings: Warning[];
}

/**
 * Words per look of a stretch's runs: each word counts for the look of the run holding its first
 * letter or digit. `words` is the stretch's words: all of them when its runs share one look.
 */
function wordsByLook(runs: readonly Run[], words: number): LookWords[] {
  const first = runs[0];
  if (!first) return [];
  let oneLook = true;
  const firstLink = linkLike(first) !== null;
  for (let k = 1; k < runs.length && oneLook; k++) oneLook = runs[k]!.color === first.color && runs[k]!.background === first.background && runs[k]!.revision === first.revision && (linkLike(runs[k]!) !== null) === firstLink;
  if (oneLook) {
    const look: LookWords = { color: first.color, background: first.background, words };
    if (first.revision) look.revision = true;
    if (firstLink) look.link = true;
    return [look];
  }
  const looks: LookWords[] = [];
  let counted = false;
  for (const run of runs) {
    let look: LookWords | undefined;
    const link = linkLike(run) !== null;
    const text = run.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isSpaceCode(c)) {
        counted = false;
        continue;
      }
      if (!counted && isLetterOrDigitAt(text, i, c)) {
        counted = true;
        look ??= looks.find((l) => l.color === run.color && l.background === run.background && l.revision === run.revision && (l.link === true) === link);
        if (!look) {
          look = { color: run.color, background: run.background, words: 0 };
          if (run.revision) look.revision = true;
          if (link) look.link = true;
          looks.push(look);
        }
        look.words++;
      }
      // The second half of a surrogate pair is never a space, nor the start of a word.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) i++;
      }
    }
  }
  return looks;
}

/**
 * An ID a spreadsheet would read as a number: all digits (`03747222`) or digits, `e`, digits
 * (`1408e004`, read as 1.408×10⁷). Opened in Excel or LibreOffice, such an ID stops matching.
 */
const NUMBER_SHAPED = /^\d+(?:e\d+)?$/;

/**
 * The first 8 hex digits of the SHA-1 of the line's voice and text; when they are shaped like a
 * number, the next 8 of the same hash, and so on (then of the hash's own hash): deterministic, so
 * the ID still matches the line across versions of the script.
 */
export function idOf(voice: string | null, text: string): string {
  let hash = sha1Hex(`${voice ?? ''}\n${text}`);
  for (;;) {
    for (let at = 0; at + 8 <= hash.length; at += 8) {
      const id = hash.slice(at, at + 8);
      if (!NUMBER_SHAPED.test(id)) return id;
    }
    hash = sha1Hex(hash);
  }
}

function lineId(voice: string | null, text: string, seen: Map<string, number>): string {
  const base = idOf(voice, text);
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  return count === 1 ? base : `${base}-${count}`;
}

/** How lines are made: with their IDs (the default), or without, for a caller that shows no line. */
export interface CastOptions {
  /**
   * Whether each line gets its ID (SHA-1 of its voice and text). A caller that shows no line (a
   * summary's totals) may pass false: the IDs are then empty, and the hashing is not done.
   */
  lineIds?: boolean;
}

/**
 * A paragraph as casting reads it: with the speaker a table row's name cell names (name-cells.ts): its
 * first line's `speaker`, and, `shown`, the name before it (`Line.label`), not counted.
 */
type Reading = ParagraphReading & { speaker?: { name: string; shown?: string } };

interface CastRules {
  keyOf: (run: Run) => string | null;
  ids: boolean;
  read?: (paragraph: Paragraph) => Reading;
  directions: DirectionRules;
  /** Paragraphs that are no lines (a legend's), by locationKey. */
  exclude?: ReadonlySet<string>;
  /**
   * Paragraphs not read aloud (an AV script's picture column and header row: av-columns.ts), with the
   * runs that stay nobody's whatever their look: a run of a picture cell that stands out from the
   * column's ordinary look keeps the key its look gives it (said by `av-picture-column`).
   */
  silent?: AvColumns;
  /**
   * Text inserted whole by tracked changes shown (no voice's text beside it) keeps its own colour's
   * key instead of being nobody's: a listing of the colours seen shows it as drawn.
   */
  insertedOwnKey?: true;
}

/**
 * What casting read of a paragraph that is one line made of all its runs: its text as read
 * (whitespace collapsed) and its words, so the measure stage (sections) need not read it again.
 */
export interface ParagraphText {
  text: string;
  words: number;
}

/** Per casting, by paragraph index of its script: what `paragraphTextsOf` hands to the measure stage. */
const castTexts = new WeakMap<Casting, { paragraphs: readonly Paragraph[]; texts: (ParagraphText | undefined)[] }>();

/**
 * The paragraphs' texts the casting read whole, by index in `paragraphs` (undefined where it did
 * not: a paragraph of several lines, a speaker label cut off, the legend), or null when this
 * casting was not made here from these paragraphs (then the caller reads them itself).
 */
export function paragraphTextsOf(casting: Casting, paragraphs: readonly Paragraph[]): readonly (ParagraphText | undefined)[] | null {
  const known = castTexts.get(casting);
  return known && known.paragraphs === paragraphs ? known.texts : null;
}

interface Cast {
  lines: Line[];
  warnings: Warning[];
  texts: (ParagraphText | undefined)[];
}

function cast(script: Script, rules: CastRules, nameOf: (key: string | null) => string): Cast {
  const lines: Line[] = [];
  const warnings: Warning[] = [];
  const texts: (ParagraphText | undefined)[] = new Array(script.paragraphs.length);
  const seen = new Map<string, number>();
  const openers = directionOpeners(rules.directions);
  const paragraphs = script.paragraphs;
  const revisions = hasRevisions(paragraphs);
  const boundaries = new BoundaryWarnings(nameOf);
  const inside = new InsideSentence(nameOf);
  // Links inside a voice's line go with it (links.ts); a listing of the colours seen shows them as drawn.
  const links = !rules.insertedOwnKey && hasLinks(paragraphs) ? new LinkCasting(nameOf) : null;
  /** A stretch of one key → its line. */
  // Time codes alone in a paragraph or a cell (timecodes.ts): no line; their time goes to the line they
  // time, the first of their table row (before or after their cell) or, out of tables, the next line.
  const rowFirst = new Map<string, Line>();
  const rowPending = new Map<string, Timecode>();
  let nextPending: Timecode | null = null;
  const rowOf = (paragraph: Paragraph) => (paragraph.location.cell ? `${paragraph.location.cell.table}:${paragraph.location.cell.row}` : null);
  // The paragraph whose first line that may be timed got its time (one time code, one line).
  let timedParagraph: Paragraph | null = null;
  const timed = (paragraph: Paragraph, line: Line, own: Timecode | null) => {
    // (A loop number alone, a row's number, takes no time code from beside it: the row's text does. Its own, it keeps.)
    if (timedParagraph === paragraph) return;
    const row = rowOf(paragraph);
    // Out of tables, no time code of its own nor one waiting: nothing to time (most lines of most scripts).
    if (row === null && !own && nextPending === null) return;
    if (!own && !mayBeTimed(line.text)) return;
    timedParagraph = paragraph;
    let timecode = own;
    if (row !== null) {
      if (!rowFirst.has(row)) rowFirst.set(row, line);
      timecode ??= rowPending.get(row) ?? null;
      rowPending.delete(row);
    } else {
      timecode ??= nextPending;
      nextPending = null;
    }
    if (timecode) line.timecode = timecode;
  };
  const timecodeAloneIn = (paragraph: Paragraph, timecode: Timecode) => {
    const row = rowOf(paragraph);
    if (row === null) {
      nextPending = timecode;
      return;
    }
    const first = rowFirst.get(row);
    if (first && !first.timecode) first.timecode = timecode;
    else if (!first) rowPending.set(row, timecode);
  };
  const lineOf = (paragraph: Paragraph, key: string | null, raw: string, runs: readonly Run[], firstWorded: Run, aside?: string): Line => {
    const said = normaliseSpace(raw);
    // A label's aside cut off with it (`MARIE (off) :`) is shown before the line, not counted (Line.label).
    // (A full-width bracket needs no space after it: `（画外音）好的。`.)
    const label = aside ? (aside.endsWith('）') ? aside : `${aside} `) : undefined;
    const text = label ? label + said : said;
    const words = countNormalWords(said);
    const spoken = mayHoldDirection(said, openers) ? spokenText(said, rules.directions) : said;
    const line: Line = {
      id: rules.ids ? lineId(key, text, seen) : '',
      voice: key,
      text,
      words,
      // Most lines hold no direction: their spoken words are their words, counted once.
      spokenWords: spoken === said ? words : countWords(spoken),
      location: paragraph.location,
      color: firstWorded.color,
      background: firstWorded.background,
      looks: wordsByLook(runs, words),
    };
    if (label) line.label = label;
    // A text normaliseSpace leaves as it is holds no whitespace but single plain spaces: no break (most lines).
    const breaks = said === raw ? null : lineBreaksIn(raw);
    if (breaks) line.breaks = label ? breaks.map((at) => at + label.length) : breaks;
    lines.push(line);
    return line;
  };
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!;
    if (rules.exclude?.has(locationKey(paragraph.location))) continue;
    const quiet = rules.silent?.silent.has(paragraph) ? rules.silent : null;
    // Not read aloud: no label nor row is read in it, and only a run standing out keeps its look's key.
    const keyOf = quiet ? (run: Run) => (quiet.nobodys(paragraph, run) ? null : rules.keyOf(run)) : rules.keyOf;
    const reading = rules.read && !quiet ? rules.read(paragraph) : null;
    let runs = reading ? reading.runs : paragraph.runs;
    const fallback = reading ? reading.fallback : null;
    // A time code opening the line is its time, not its words; a time code alone is no line (timecodes.ts).
    const cut = quiet ? null : cutTimecode(runs);
    if (cut) {
      if (!cut.runs.some((run) => hasWord(run.text))) {
        timecodeAloneIn(paragraph, cut.timecode);
        continue;
      }
      runs = cut.runs;
    }
    const own = cut ? cut.timecode : (reading?.timecode ?? null);
    const speaker = reading?.speaker;
    // A row's speaker's name shown goes before the row's first line, whatever its voice (name-cells.ts); a label's aside before its voice's.
    const shown = speaker?.shown;
    const aside = shown ?? reading?.aside;
    const first = runs[0];
    if (!first) continue;
    // Text inserted by tracked changes shown goes with the voice around it (revisionKeys).
    let revised: (string | null)[] | null = null;
    if (revisions && runs.some((run) => run.revision)) {
      const found = revisionKeys(runs, keyOf, fallback, rules.insertedOwnKey);
      revised = found.keys;
      for (const boundary of found.boundaries) boundaries.add(paragraph, runs, boundary);
    }
    if (links && runs.some((run) => linkLike(run) !== null)) revised = links.keys(paragraph, runs, revised ?? runs.map((run) => keyOf(run) ?? fallback));
    const key = revised ? revised[0]! : (keyOf(first) ?? fallback);
    let k = 1;
    while (k < runs.length && (revised ? revised[k]! : (keyOf(runs[k]!) ?? fallback)) === key) k++;
    if (k === runs.length) {
      // The common case: every run has one key, so the paragraph is one line (or none, with no word).
      let raw = first.text;
      for (let j = 1; j < runs.length; j++) raw += runs[j]!.text;
      if (!hasWord(raw)) continue;
      // (One run: it holds the words just found.)
      const line = lineOf(paragraph, key, raw, runs, runs.length === 1 ? first : (firstWordedRun(runs) ?? first), shown !== undefined || (key !== null && key === fallback) ? aside : undefined);
      if (speaker) line.speaker = speaker.name;
      timed(paragraph, line, own);
      if (runs === paragraph.runs && !line.label) texts[index] = line;
      continue;
    }
    const keys = revised ?? runs.map((run) => keyOf(run) ?? fallback);
    // A word can only be split across voices where two keys meet.
    for (const warning of mixedWordsByKey(paragraph, runs, keys, nameOf)) warnings.push(warning);
    const stretches = stretchesByKey(runs, keys);
    inside.add(paragraph, stretches);
    // The label's aside goes with the first line of the label's voice.
    let asideLeft = aside;
    // A row's speaker goes with its first line with a word.
    let speakerLeft = speaker;
    for (const stretch of stretches) {
      const given = asideLeft !== undefined && (shown !== undefined || (stretch.key !== null && stretch.key === fallback)) && hasWord(stretch.text) ? asideLeft : undefined;
      if (given !== undefined) asideLeft = undefined;
      const line = lineOf(paragraph, stretch.key, stretch.text, stretch.runs, firstWordedOf(runs, keys, stretch), given);
      if (speakerLeft && hasWord(stretch.text)) {
        line.speaker = speakerLeft.name;
        speakerLeft = undefined;
      }
      timed(paragraph, line, own);
      if (stretches.length === 1 && runs === paragraph.runs && stretch.runs.length === runs.length && !line.label) texts[index] = line;
    }
  }
  for (const warning of boundaries.warnings()) warnings.push(warning);
  for (const warning of inside.warnings()) warnings.push(warning);
  if (links) warnings.push(...links.warnings());
  return { lines, warnings, texts };
}

/** The first run holding a word, if any; one in a voice's own colour (no insertion shown: Run.revision) first. */
function firstWordedRun(runs: readonly Run[]): Run | undefined {
  let inserted: Run | undefined;
  for (const run of runs) {
    if (!hasWord(run.text)) continue;
    if (!run.revision) return run;
    inserted ??= run;
  }
  return inserted;
}

/** The first worded run of the stretch's key in the paragraph (one not inserted first): it gives the stretch's lines their colour. */
function firstWordedOf(runs: readonly Run[], keys: readonly (string | null)[], stretch: Stretch): Run {
  let inserted: Run | undefined;
  for (let k = 0; k < runs.length; k++) {
    if (keys[k] !== stretch.key || !hasWord(runs[k]!.text)) continue;
    if (!runs[k]!.revision) return runs[k]!;
    inserted ??= runs[k];
  }
  return inserted ?? stretch.first;
}

/** Whether any run of the paragraphs was inserted by tracked changes shown (Run.revision). */
function hasRevisions(paragraphs: readonly Paragraph[]): boolean {
  for (const paragraph of paragraphs) for (const run of paragraph.runs) if (run.revision) return true;
  return false;
}

/**
 * An insertion (runs `from`…`to`, inserted or wordless) standing as a sentence of its own between the
 * text of two keys: counted for the key before it (`before`), and said (`BoundaryWarnings`).
 */
interface Boundary {
  from: number;
  to: number;
  before: string | null;
  after: string | null;
  /** The abbreviation before it whose full stop may end no sentence (`St.`), when that is why it cannot be told. */
  stop?: string;
}

/**
 * The keys of a paragraph's runs, some of them inserted by tracked changes shown (Run.revision): such
 * a run is in a reviewer's colour, which says who changed the script, not who says the words. It is
 * the voice's whose text it stands in, as a reader takes it. Runs inserted one after the other (with
 * only spaces or punctuation of the text between them) are one insertion; the nearest runs holding a
 * word and not inserted, before and after it in the paragraph, are its neighbours:
 * - with one neighbour, or two of one key, it is that key's;
 * - between two keys, it is the one before's when it continues that text's sentence (no sentence end
 *   between them: "press the" + "green button." + another voice; an abbreviation's full stop ends
 *   none, "Ask Mr." + "Lambert.": text/sentences.ts), the one after's when it opens that
 *   text's sentence after a sentence end and holds none of its own ("It is late." + "Slowly" + "the
 *   doors open.");
 * - else it is a sentence of its own (or more) where the two voices meet, or it follows a full stop
 *   that may end no sentence ("etc." before a capital): nobody can tell from the page whose it is. It is the one before's, as Word and LibreOffice give typed text the look of the
 *   text before it, and listed in `boundaries` to be said;
 * - with no neighbour (a paragraph inserted whole), it is the paragraph's own voice when it has one (a
 *   speaker's label: `fallback`), else nobody's (or, with `ownKey`, its own colour's).
 * Linear in the paragraph's text: each run is looked at a bounded number of times.
 */
function revisionKeys(runs: readonly Run[], keyOf: (run: Run) => string | null, fallback: string | null, ownKey?: true): { keys: (string | null)[]; boundaries: Boundary[] } {
  const n = runs.length;
  const keys: (string | null)[] = new Array(n);
  const worded: boolean[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const run = runs[k]!;
    worded[k] = hasWord(run.text);
    keys[k] = run.revision ? null : (keyOf(run) ?? fallback);
  }
  // For each run, the nearest run before it holding a word and not inserted (-1 when none).
  const neighbourBefore: number[] = new Array(n);
  let last = -1;
  for (let k = 0; k < n; k++) {
    neighbourBefore[k] = last;
    if (worded[k] && !runs[k]!.revision) last = k;
  }
  const boundaries: Boundary[] = [];
  let k = 0;
  while (k < n) {
    if (!runs[k]!.revision) {
      k++;
      continue;
    }
    // The insertion: from run k to its last inserted run, with only wordless text of the script between.
    let to = k;
    for (let j = k + 1; j < n && (runs[j]!.revision || !worded[j]); j++) if (runs[j]!.revision) to = j;
    let after = -1;
    for (let j = to + 1; j < n; j++) {
      if (worded[j] && !runs[j]!.revision) {
        after = j;
        break;
      }
    }
    const before = neighbourBefore[k]!;
    let key: string | null;
    if (before < 0 && after < 0) key = ownKey ? (keyOf(runs[k]!) ?? fallback) : fallback;
    else if (after < 0) key = keys[before]!;
    else if (before < 0) key = keys[after]!;
    else {
      key = keys[before]!;
      const other = keys[after]!;
      if (other !== key && hasWordIn(runs, worded, k, to)) {
        // Continuing the sentence before it (no sentence end between, an abbreviation's full stop none): the voice before's.
        const gap = sentenceEndBetween(runs, before, k);
        if (gap !== 'none') {
          // After a sentence's end, opening the sentence after it; after a full stop that may end none, or holding a sentence of its own: said.
          if (gap === 'end' && sentenceEndBetween(runs, to, after) === 'none' && !endsInside(runs, k, to)) key = other;
          else boundaries.push({ from: k, to, before: key, after: other, ...(gap === 'unsure' ? { stop: lastWord(runs[before]!.text) } : {}) });
        }
      }
    }
    for (let j = k; j <= to; j++) {
      // A paragraph inserted whole, with `ownKey`: each run its own colour's key.
      if (before < 0 && after < 0 && ownKey) keys[j] = keyOf(runs[j]!) ?? fallback;
      else if (runs[j]!.revision || !worded[j]) keys[j] = key;
    }
    k = to + 1;
  }
  return { keys, boundaries };
}

/** The last word of a text, with what is glued to it (`St.`), shortened. */
function lastWord(text: string): string {
  const words = normaliseSpace(text.slice(-40)).split(' ');
  return words[words.length - 1]!;
}

function hasWordIn(runs: readonly Run[], worded: readonly boolean[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (worded[k] && runs[k]!.revision) return true;
  return false;
}

/** Whether runs `from`…`to` end a sentence between their first letter or digit and their last: they hold a sentence of their own. */
function endsInside(runs: readonly Run[], from: number, to: number): boolean {
  let seenWord = false;
  // 'none', a sentence end seen ('mark'), one with a space after it or a wide one ('ended').
  let state: 'none' | 'mark' | 'ended' = 'none';
  for (let k = from; k <= to; k++) {
    const text = runs[k]!.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isLetterOrDigitAt(text, i, c)) {
        if (seenWord && state === 'ended') return true;
        seenWord = true;
        state = 'none';
      } else if (!seenWord) continue;
      else if (isSpaceCode(c)) {
        if (state === 'mark') state = 'ended';
      } else if (SENTENCE_END.test(text[i]!)) {
        if (WIDE_END.test(text[i]!)) state = 'ended';
        // An abbreviation's full stop (`Ask Mr. Lambert`) is none; one a reader cannot tell counts as one.
        else if (state === 'none' && fullStopAt(text, i, k < to ? runs[k + 1]!.text : '') !== 'none') state = 'mark';
      }
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    }
  }
  return false;
}

/** Boundary warnings said one by one, up to this many in a script; the rest in one more. */
const BOUNDARIES_SAID = 20;

/** `tracked-at-voice-boundary`: the insertions revisionKeys could not tell whose they are, said. */
class BoundaryWarnings {
  private readonly said: Warning[] = [];
  private more = 0;
  private moreWords = 0;
  private first: Location | undefined;

  constructor(private readonly nameOf: (key: string | null) => string) {}

  add(paragraph: Paragraph, runs: readonly Run[], boundary: Boundary): void {
    let raw = '';
    for (let k = boundary.from; k <= boundary.to; k++) raw += runs[k]!.text;
    const text = normaliseSpace(raw);
    const words = countWords(text);
    if (this.said.length >= BOUNDARIES_SAID) {
      // The first of those not said one by one.
      this.first ??= paragraph.location;
      this.more++;
      this.moreWords += words;
      return;
    }
    const { before, after } = boundary;
    const name = (key: string | null) => this.nameOf(key);
    const ends = before === null ? 'unassigned text' : `${name(before)}’s text`;
    const begins = after === null ? 'unassigned text' : `${name(after)}’s`;
    const counted = before === null ? 'They are counted as unassigned text, the text before them' : `They are counted for ${name(before)}, the voice before them`;
    const may = after === null ? 'nobody’s' : `${name(after)}’s`;
    this.said.push({
      code: 'tracked-at-voice-boundary',
      message:
        `${shortText(text)} (${plural(words, 'word')}) was inserted by a tracked change exactly where ${ends} ends and ${begins} begins, ${boundary.stop === undefined ? 'as a sentence of its own' : `after "${boundary.stop}", whose full stop may or may not end a sentence`}: whose words they are cannot be told from the PDF. ` +
        `${counted} (Word and LibreOffice give typed words the look of the text before them), but they may be ${may}. Accept the changes before making the PDF, or send the Word file: there the inserted words keep their voice’s colour.`,
      location: paragraph.location,
      details: { inserted: text, words, before, after, countedFor: before, ...(boundary.stop === undefined ? {} : { stop: boundary.stop }) },
    });
  }

  warnings(): Warning[] {
    if (this.more === 0) return this.said;
    const one = this.more === 1;
    const summary: Warning = {
      code: 'tracked-at-voice-boundary',
      message: `${count(this.more)} more ${one ? 'insertion' : 'insertions'} (${plural(this.moreWords, 'word')}) ${one ? 'stands' : 'stand'} exactly where two voices meet as ${one ? 'a sentence of its own, counted' : 'sentences of their own, each counted'} for the voice before it: check them in the script too (the first is at ${formatLocation(this.first!)}).`,
      details: { more: this.more, words: this.moreWords },
    };
    return [...this.said, summary];
  }
}

/**
 * The script as casting reads it: a paragraph holding several speakers' lines separated by line
 * breaks (a label, or one of `labels`, opening the text after a break) read line by line, each line
 * where the paragraph stands (label-breaks.ts); the script itself when there is none.
 */
function lineByLine(script: Script, labels: readonly string[] = [], doubts?: BreakDoubt[]): Script {
  const paragraphs = piecesAtLabels(script.paragraphs, labels, doubts);
  return paragraphs === script.paragraphs ? script : { ...script, paragraphs: [...paragraphs] };
}

export function castByVoiceMap(script: Script, map: VoiceMap, legend: Legend | null = null, options: CastOptions = {}): Casting {
  const exclude = legend ? legendKeys(legend) : undefined;
  const nameOf = (key: string | null) => key ?? UNASSIGNED_TEXT;
  const labels = map.voices.flatMap((voice) => voice.labels);
  // With voices told by their labels, a label left in its line after a break is said (label-after-break).
  const doubts: BreakDoubt[] = [];
  const read = lineByLine(script, labels, labels.length > 0 ? doubts : undefined);
  const paragraphs = read.paragraphs;
  // An AV script's picture column is never read aloud: no voice's, and not seen by the label rules (av-columns.ts).
  const av = avColumns(paragraphs);
  const heard = av.silent.size === 0 ? paragraphs : paragraphs.filter((p) => !av.silent.has(p));
  // Speaker labels, paragraph styles, and a table of speakers' labels read row by row (match.ts).
  const { read: labelled, continuations } = labelReader(map, heard);
  // Voices told by colour: a table row's name cell is its speaker's label, no words, no line (name-cells.ts); in a
  // config mixing voices told by their labels with voices told by colour, so for the rows no voice's label names.
  const names = labels.length === 0 ? nameCells(heard) : map.voices.some((v) => v.labels.length === 0) ? rowsOfNoLabel(nameCells(heard), labels) : null;
  // (The name not shown before the line: the voice names who speaks, and the line's text, and so its ID, stays the cell's.)
  const keyOf = voiceMatcher(map);
  const reader = names && names.size > 0 ? byNameCells(names, labelled, false, keyOf) : labelled;
  const { lines, warnings, texts } = cast(read, { keyOf, ids: options.lineIds !== false, read: reader, directions: map.directions, exclude, silent: av }, nameOf);
  // Asides under a label's tab line are read with it only when a voice is told by its label (match.ts).
  if (map.voices.some((v) => v.labels.length > 0)) warnings.push(...asideWarnings(loneAsides(heard)));
  for (const warning of avWarnings(av, keyOf)) warnings.push(warning);
  // A speech going on in a paragraph with no label, and speech left nobody's, said (continued.ts).
  if (continuations) warnings.push(...continuationWarnings(continuations));
  // (A label after a line stopped mid-sentence, in a paragraph of its own as a PDF shows a line break: said with those after a break.)
  if (continuations) doubts.push(...continuationDoubts(continuations));
  for (const warning of breakDoubtWarnings(doubts, script.format === 'pdf')) warnings.push(warning);
  // Voices whose labels differ only by accents, and lines whose label may be either's (match.ts).
  for (const warning of accentDoubts(map, heard)) warnings.push(warning);
  // (Texts kept by the pieces' index only: a paragraph cut at its breaks is read again by the measure stage.)
  return remember(texts, read, {
    script,
    voices: map.voices,
    lines,
    mode: map.origin,
    config: map.origin === 'config' ? map.source : null,
    legend,
    voiceMap: map,
    warnings,
  });
}

/**
 * The name cells (name-cells.ts) of the rows whose speaker is no voice's label: a row a voice's label
 * names is read by its label (match.ts), the others by their text's colour, the name their label.
 */
function rowsOfNoLabel(names: NameCells, labels: readonly string[]): NameCells {
  if (names.size === 0) return names;
  const keys = new Set(labels.map(labelKey));
  const kept = new Map<Paragraph, NameCells extends ReadonlyMap<Paragraph, infer V> ? V : never>();
  for (const [paragraph, named] of names) if (named === null || named === 'direction' || !named.speaker || !keys.has(labelKey(named.speaker.name))) kept.set(paragraph, named);
  return kept;
}

function remember(texts: (ParagraphText | undefined)[], script: Script, casting: Casting): Casting {
  castTexts.set(casting, { paragraphs: script.paragraphs, texts });
  return casting;
}

/** The name of a colour group: `#404040 dark grey`, or `#FFFF00 yellow background`. */
export function colourGroupName(run: Pick<Run, 'color' | 'background'>): string {
  return run.background ? `${describeColour(run.background)} background` : describeColour(run.color);
}

/** What casting by colour groups may take besides the script: what a config that names no voice sets, and a legend not used. */
export interface ColourGroupOptions {
  /** A legend found and not used (legend-rejected): its paragraphs are no lines all the same. */
  legend?: Legend | null;
  /** Which brackets hold directions (a config's `directions`). */
  directions?: DirectionRules;
  /** Colours of text nobody records (a config's `unassigned`, text or background): no group's, nobody's lines. */
  unassigned?: { colours: readonly Hex[]; tolerance: number; only?: Readonly<Record<Hex, 'text' | 'background'>> };
}

/** Without a voice map: every distinct colour is its own group, so a user sees the coding first. */
export function castByColour(script: Script, options: CastOptions = {}, groups: ColourGroupOptions = {}): Casting {
  const voices = new Map<string, VoiceSpec>();
  // The group name of each text colour and each background, made once.
  const names = { text: new Map<Hex, string>(), background: new Map<Hex, string>() };
  // A table's banded rows are no group, nor a background under several colours' lines (a page's
  // colour, a table shaded throughout): their lines go by their text colour (table-bands.ts,
  // fills-under-colours.ts).
  const decoration = decorationFills(script);
  // The group of a run's look, named once per colour.
  const groupOf = (run: Run): { name: string; background: Hex | null } => {
    const background = run.background && !decoration.has(run.background) ? run.background : null;
    const known = background ? names.background.get(background) : names.text.get(run.color);
    if (known !== undefined) return { name: known, background };
    const name = colourGroupName(background ? run : { color: run.color, background: null });
    if (background) names.background.set(background, name);
    else names.text.set(run.color, name);
    return { name, background };
  };
  // Speakers' lines separated by line breaks: one line each, as in the script's PDF (label-breaks.ts).
  const byLine = lineByLine(script);
  // An AV script's picture column is never read aloud: no colour group's (av-columns.ts).
  const av = avColumns(byLine.paragraphs);
  const heard = av.silent.size === 0 ? byLine.paragraphs : byLine.paragraphs.filter((p) => !av.silent.has(p));
  // A colour whose every word is a link's (or looks like one: links.ts) is the links' colour, no
  // voice's: links inside a voice's line go with it, and one on a line of its own is nobody's, said.
  const linkOnly = linkOnlyGroups(heard, (run) => groupOf(run).name);
  // A colour the config says is not recorded: worked out once per group.
  const quiet = groups.unassigned && groups.unassigned.colours.length > 0 ? new Map<string, boolean>() : null;
  // An entry of text only (`{ color: X }`) leaves backgrounds of that colour alone, one of backgrounds only text.
  const notRecorded = (name: string, hex: Hex, kind: 'text' | 'background') => {
    let known = quiet!.get(name);
    if (known === undefined) {
      const { colours, tolerance, only } = groups.unassigned!;
      quiet!.set(name, (known = colours.some((u) => (only?.[u] ?? kind) === kind && deltaE(u, hex) <= tolerance)));
    }
    return known;
  };
  const keyOf = (run: Run) => {
    const { name, background } = groupOf(run);
    if (linkOnly.has(name)) return null;
    if (quiet && notRecorded(name, background ?? run.color, background ? 'background' : 'text')) return null;
    if (!voices.has(name)) {
      voices.set(
        name,
        background
          ? { name, colors: [], highlights: [background], styles: [], labels: [] }
          : { name, colors: [run.color], highlights: [], styles: [], labels: [] },
      );
    }
    return name;
  };
  // A table of speakers' labels is read row by row, "LABEL⇥text", as its PDF reads it (label-rows.ts);
  // a row naming its speaker in a cell of its own, its text the line, the name shown, not counted (name-cells.ts).
  const read = colourReader(heard);
  // A legend's paragraphs are never lines, even when the legend was not used.
  const exclude = groups.legend ? legendKeys(groups.legend) : undefined;
  const { lines, warnings, texts } = cast(byLine, { keyOf, ids: options.lineIds !== false, read, directions: groups.directions ?? DEFAULT_DIRECTIONS, silent: av, exclude }, (key) => key ?? 'no colour');
  warnings.push(...asideWarnings(loneAsides(heard)));
  warnings.push(...avWarnings(av, keyOf));
  // A background under several colours' lines that may yet be a voice's: kept as a group, said.
  for (const warning of unsureFillWarnings(script, (background) => colourGroupName({ color: background, background }))) warnings.push(warning);
  if (linkOnly.size > 0) warnings.push(...linksAlone(lines));
  const used = new Set(lines.map((l) => l.voice));
  return remember(texts, byLine, { script, voices: [...voices.values()].filter((v) => used.has(v.name)), lines, mode: 'colours', config: null, legend: null, voiceMap: null, warnings });
}

/** Lines grouped by one colour dimension, for the `colors` listing (which shows no line: they have no ID). */
export function linesByColour(script: Script, dimension: 'text' | 'background', exclude?: ReadonlySet<string>): Line[] {
  const byLine = lineByLine(script);
  const read = colourReader(byLine.paragraphs);
  return cast(byLine, { keyOf: (run) => (dimension === 'text' ? run.color : run.background), ids: false, read, directions: {}, insertedOwnKey: true, ...(exclude ? { exclude } : {}) }, (key) => key ?? 'none').lines;
}

/** How a paragraph is read with no voice map: a table row's name cell is no line, its text the row's line (name-cells.ts); other rows of a label table "LABEL⇥text". */
function colourReader(paragraphs: readonly Paragraph[]): (paragraph: Paragraph) => Reading {
  const rows = labelTableReader(paragraphs);
  const names = nameCells(paragraphs);
  if (names.size === 0) return (paragraph) => ({ runs: rows(paragraph), fallback: null });
  return byNameCells(names, (paragraph) => ({ runs: rows(paragraph), fallback: null }), true);
}

/**
 * `read`, a row's name cell read as no line and its text as the row's line, its speaker given
 * (name-cells.ts); `show`: the name shown before the line (colour groups: as the row read "NAME⇥text" before).
 * With voices told by colour (`keyOf`: a legend's, a config's), a row whose name is in one voice's colour
 * (its cell shaded so, or its letters coloured so) and whose text is in no voice's colour (left white and
 * black: a dubbing table coded by its name column alone) is that voice's line: the name column is the
 * row's coding, as a reader takes it (`rowVoice`).
 */
function byNameCells(names: NameCells, read: (paragraph: Paragraph) => ParagraphReading, show: boolean, keyOf?: (run: Run) => string | null): (paragraph: Paragraph) => Reading {
  return (paragraph) => {
    const named = names.get(paragraph);
    // A direction's row (`SFX | …`) is read as `read` reads it when the name is not shown.
    if (named === undefined || (!show && (named === 'direction' || (named !== null && !named.speaker)))) return read(paragraph);
    const fallback = read(paragraph).fallback;
    if (named === null || named === 'direction') return { runs: [], fallback };
    if (!named.speaker) return { runs: named.runs, fallback };
    const coded = fallback === null && keyOf ? rowVoice(named.speaker.look, named.runs, keyOf) : null;
    return { runs: named.runs, fallback: coded ?? fallback, speaker: show ? { name: named.speaker.name, shown: named.speaker.label } : { name: named.speaker.name } };
  };
}

/**
 * The voice a table row's name cell codes its text with: the one voice every worded run of the name
 * (`look`) is in, when no worded run of the text (`text`) is in any voice's colour. Else null: text in a
 * voice's colour is that voice's, whatever its name's look; a name in two voices' looks, or none, codes nothing.
 */
function rowVoice(look: readonly Run[] | undefined, text: readonly Run[], keyOf: (run: Run) => string | null): string | null {
  if (!look) return null;
  let voice: string | null = null;
  for (const run of look) {
    if (!hasWord(run.text)) continue;
    const key = keyOf(run);
    if (key === null || (voice !== null && key !== voice)) return null;
    voice = key;
  }
  if (voice === null) return null;
  for (const run of text) if (hasWord(run.text) && keyOf(run) !== null) return null;
  return voice;
}
