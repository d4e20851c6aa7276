/**
 * Runs → lines per voice, counted. A line is a maximal stretch of one voice inside one paragraph
 * (stretches.ts splits the paragraph; match.ts says whose each run is); here each line gets its ID,
 * its words, spoken words and the words of each look it mixes.
 */
import type { Hex, Location, Paragraph, Run, Script, Warning } from '../model.js';
import { DEFAULT_DIRECTIONS, directionOpeners, mayHoldDirection, spokenText, type DirectionRules } from '../text/directions.js';
import { sha1Hex } from '../text/hash.js';
import { locationKey } from '../text/headings.js';
import { countNormalWords, countWords, hasWord, isLetterOrDigitAt, isSpaceCode, normaliseSpace } from '../text/words.js';
import { legendKeys, type Legend } from './legend.js';
import { labelTableReader, paragraphReader, voiceMatcher, type ParagraphReading } from './match.js';
import { asideWarnings, loneAsides } from './label-rows.js';
import { mixedWordsByKey, stretchesByKey, type Stretch } from './stretches.js';
import { UNASSIGNED_TEXT } from './voices.js';
import { bandedFills } from './table-bands.js';
import { describeColour } from '../colour/names.js';
import { type VoiceMap, type VoiceSpec } from '../config/voice-map.js';

export interface Line {
  /** Stable ID: derived from the voice and the text, so it survives edits elsewhere in the script. */
  id: string;
  /** The voice's name, or null for unassigned text. */
  voice: string | null;
  /** The line as read: whitespace collapsed to single spaces. */
  text: string;
  words: number;
  /** Words spoken aloud: the written words less directions ([pause], (off)…). */
  spokenWords: number;
  location: Location;
  /** The text and background colour of the line's first worded run. */
  color: Hex;
  background: Hex | null;
  /** The words of each look in the line (a word counts for the look of its first letter): a line may mix colours. */
  looks: LookWords[];
}

export interface LookWords {
  color: Hex;
  background: Hex | null;
  words: number;
  /** Words inserted by tracked changes shown (Run.revision): a reviewer's colour, said in the reader's warning. */
  revision?: true;
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
  /** The voice map the lines were cast with (from a config or a legend); null for colour groups. */
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
  for (let k = 1; k < runs.length && oneLook; k++) oneLook = runs[k]!.color === first.color && runs[k]!.background === first.background && runs[k]!.revision === first.revision;
  if (oneLook) return [first.revision ? { color: first.color, background: first.background, words, revision: true } : { color: first.color, background: first.background, words }];
  const looks: LookWords[] = [];
  let counted = false;
  for (const run of runs) {
    let look: LookWords | undefined;
    const text = run.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isSpaceCode(c)) {
        counted = false;
        continue;
      }
      if (!counted && isLetterOrDigitAt(text, i, c)) {
        counted = true;
        look ??= looks.find((l) => l.color === run.color && l.background === run.background && l.revision === run.revision);
        if (!look) {
          look = { color: run.color, background: run.background, words: 0 };
          if (run.revision) look.revision = true;
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

function lineId(voice: string | null, text: string, seen: Map<string, number>): string {
  const base = sha1Hex(`${voice ?? ''}\n${text}`).slice(0, 8);
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

interface CastRules {
  keyOf: (run: Run) => string | null;
  ids: boolean;
  read?: (paragraph: Paragraph) => ParagraphReading;
  directions: DirectionRules;
  /** Paragraphs that are no lines (a legend's), by locationKey. */
  exclude?: Set<string>;
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
  /** A stretch of one key → its line. */
  const lineOf = (paragraph: Paragraph, key: string | null, raw: string, runs: readonly Run[], firstWorded: Run): Line => {
    const text = normaliseSpace(raw);
    const words = countNormalWords(text);
    const spoken = mayHoldDirection(text, openers) ? spokenText(text, rules.directions) : text;
    const line: Line = {
      id: rules.ids ? lineId(key, text, seen) : '',
      voice: key,
      text,
      words,
      // Most lines hold no direction: their spoken words are their words, counted once.
      spokenWords: spoken === text ? words : countWords(spoken),
      location: paragraph.location,
      color: firstWorded.color,
      background: firstWorded.background,
      looks: wordsByLook(runs, words),
    };
    lines.push(line);
    return line;
  };
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!;
    if (rules.exclude?.has(locationKey(paragraph.location))) continue;
    const reading = rules.read ? rules.read(paragraph) : null;
    const runs = reading ? reading.runs : paragraph.runs;
    const fallback = reading ? reading.fallback : null;
    const first = runs[0];
    if (!first) continue;
    // Text inserted by tracked changes shown goes with the voice around it (revisionKeys).
    const revised = revisions && runs.some((run) => run.revision) ? revisionKeys(runs, rules.keyOf, fallback, rules.insertedOwnKey) : null;
    const key = revised ? revised[0]! : (rules.keyOf(first) ?? fallback);
    let k = 1;
    while (k < runs.length && (revised ? revised[k]! : (rules.keyOf(runs[k]!) ?? fallback)) === key) k++;
    if (k === runs.length) {
      // The common case: every run has one key, so the paragraph is one line (or none, with no word).
      let raw = first.text;
      for (let j = 1; j < runs.length; j++) raw += runs[j]!.text;
      if (!hasWord(raw)) continue;
      // (One run: it holds the words just found.)
      const line = lineOf(paragraph, key, raw, runs, runs.length === 1 ? first : (firstWordedRun(runs) ?? first));
      if (runs === paragraph.runs) texts[index] = line;
      continue;
    }
    const keys = revised ?? runs.map((run) => rules.keyOf(run) ?? fallback);
    // A word can only be split across voices where two keys meet.
    for (const warning of mixedWordsByKey(paragraph, runs, keys, nameOf)) warnings.push(warning);
    const stretches = stretchesByKey(runs, keys);
    for (const stretch of stretches) {
      const line = lineOf(paragraph, stretch.key, stretch.text, stretch.runs, firstWordedOf(runs, keys, stretch));
      if (stretches.length === 1 && runs === paragraph.runs && stretch.runs.length === runs.length) texts[index] = line;
    }
  }
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
 * The keys of a paragraph's runs, some of them inserted by tracked changes shown (Run.revision): such
 * a run is in a reviewer's colour, which says who changed the script, not who says the words. It is
 * the voice's whose text it stands in, as a reader takes it: the key of the nearest run before it
 * holding a word and not inserted, else of the nearest after; in a paragraph inserted whole, the
 * paragraph's own voice when it has one (a speaker's label: `fallback`), else nobody's (or, with
 * `ownKey`, its own colour's).
 */
function revisionKeys(runs: readonly Run[], keyOf: (run: Run) => string | null, fallback: string | null, ownKey?: true): (string | null)[] {
  const keys: (string | null | undefined)[] = runs.map((run) => (run.revision ? undefined : (keyOf(run) ?? fallback)));
  let before: string | null | undefined;
  for (let k = 0; k < runs.length; k++) {
    if (keys[k] === undefined) keys[k] = before;
    else if (hasWord(runs[k]!.text)) before = keys[k];
  }
  let after: string | null | undefined;
  for (let k = runs.length - 1; k >= 0; k--) {
    if (runs[k]!.revision) {
      if (keys[k] === undefined) keys[k] = after;
    } else if (hasWord(runs[k]!.text)) after = keys[k];
  }
  return keys.map((key, k) => (key !== undefined ? key : ownKey ? (keyOf(runs[k]!) ?? fallback) : fallback));
}

export function castByVoiceMap(script: Script, map: VoiceMap, legend: Legend | null = null, options: CastOptions = {}): Casting {
  const exclude = legend ? legendKeys(legend) : undefined;
  const nameOf = (key: string | null) => key ?? UNASSIGNED_TEXT;
  // Speaker labels, paragraph styles, and a table of speakers' labels read row by row (match.ts).
  const read = paragraphReader(map, script.paragraphs);
  const { lines, warnings, texts } = cast(script, { keyOf: voiceMatcher(map), ids: options.lineIds !== false, read, directions: map.directions, exclude }, nameOf);
  // Asides under a label's tab line are read with it only when a voice is told by its label (match.ts).
  if (map.voices.some((v) => v.labels.length > 0)) warnings.push(...asideWarnings(loneAsides(script.paragraphs)));
  return remember(texts, script, {
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

function remember(texts: (ParagraphText | undefined)[], script: Script, casting: Casting): Casting {
  castTexts.set(casting, { paragraphs: script.paragraphs, texts });
  return casting;
}

/** The name of a colour group: `#404040 dark grey`, or `#FFFF00 yellow background`. */
export function colourGroupName(run: Pick<Run, 'color' | 'background'>): string {
  return run.background ? `${describeColour(run.background)} background` : describeColour(run.color);
}

/** Without a voice map: every distinct colour is its own group, so a user sees the coding first. */
export function castByColour(script: Script, options: CastOptions = {}): Casting {
  const voices = new Map<string, VoiceSpec>();
  // The group name of each text colour and each background, made once.
  const names = { text: new Map<Hex, string>(), background: new Map<Hex, string>() };
  // A table's banded rows are no group: their lines go by their text colour (table-bands.ts).
  const banded = bandedFills(script);
  const keyOf = (run: Run) => {
    const background = run.background && !banded.has(run.background) ? run.background : null;
    const known = background ? names.background.get(background) : names.text.get(run.color);
    if (known !== undefined) return known;
    const name = colourGroupName(background ? run : { color: run.color, background: null });
    if (background) names.background.set(background, name);
    else names.text.set(run.color, name);
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
  // A table of speakers' labels is read row by row, "LABEL⇥text", as its PDF reads it (label-rows.ts).
  const rows = labelTableReader(script.paragraphs);
  const read = (paragraph: Paragraph): ParagraphReading => ({ runs: rows(paragraph), fallback: null });
  const { lines, warnings, texts } = cast(script, { keyOf, ids: options.lineIds !== false, read, directions: DEFAULT_DIRECTIONS }, (key) => key ?? 'no colour');
  warnings.push(...asideWarnings(loneAsides(script.paragraphs)));
  const used = new Set(lines.map((l) => l.voice));
  return remember(texts, script, { script, voices: [...voices.values()].filter((v) => used.has(v.name)), lines, mode: 'colours', config: null, legend: null, voiceMap: null, warnings });
}

/** Lines grouped by one colour dimension, for the `colors` listing (which shows no line: they have no ID). */
export function linesByColour(script: Script, dimension: 'text' | 'background'): Line[] {
  const rows = labelTableReader(script.paragraphs);
  const read = (paragraph: Paragraph): ParagraphReading => ({ runs: rows(paragraph), fallback: null });
  return cast(script, { keyOf: (run) => (dimension === 'text' ? run.color : run.background), ids: false, read, directions: {}, insertedOwnKey: true }, (key) => key ?? 'none').lines;
}
