/**
 * Runs → lines per voice, counted. A line is a maximal stretch of one voice inside one paragraph
 * (stretches.ts splits the paragraph; match.ts says whose each run is); here each line gets its ID,
 * its words, spoken words and the words of each look it mixes.
 */
import type { Hex, Location, Paragraph, Run, Script, Warning } from '../model.js';
import { DEFAULT_DIRECTIONS, spokenText, type DirectionRules } from '../text/directions.js';
import { sha1Hex } from '../text/hash.js';
import { countWords, hasWord, isSpaceCode, LETTER_OR_DIGIT, normaliseSpace } from '../text/words.js';
import type { Legend } from './legend.js';
import { paragraphReader, voiceMatcher, type ParagraphReading } from './match.js';
import { mixedWords, stretchesOf } from './stretches.js';
import { UNASSIGNED_TEXT } from './voices.js';
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
  /** The voice map the lines were cast with (from a config or a legend); null for colour groups. */
  voiceMap: VoiceMap | null;
  /** What attribution noticed: words split across voices, and (see checks.ts) risky colours. */
  warnings: Warning[];
}

/** Words per look of a stretch's runs: each word counts for the look of the run holding its first letter or digit. */
function wordsByLook(runs: readonly Run[]): LookWords[] {
  const first = runs[0];
  if (!first) return [];
  if (runs.every((r) => r.color === first.color && r.background === first.background)) {
    return [{ color: first.color, background: first.background, words: countWords(runs.map((r) => r.text).join('')) }];
  }
  const looks: LookWords[] = [];
  let counted = false;
  for (const run of runs) {
    let look: LookWords | undefined;
    for (const char of run.text) {
      if (isSpaceCode(char.charCodeAt(0))) {
        counted = false;
        continue;
      }
      if (!counted && LETTER_OR_DIGIT.test(char)) {
        counted = true;
        look ??= looks.find((l) => l.color === run.color && l.background === run.background);
        if (!look) {
          look = { color: run.color, background: run.background, words: 0 };
          looks.push(look);
        }
        look.words++;
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

interface CastRules {
  keyOf: (run: Run) => string | null;
  read?: (paragraph: Paragraph) => ParagraphReading;
  directions: DirectionRules;
  exclude?: Set<number>;
}

function cast(script: Script, rules: CastRules, nameOf: (key: string | null) => string): { lines: Line[]; warnings: Warning[] } {
  const lines: Line[] = [];
  const warnings: Warning[] = [];
  const seen = new Map<string, number>();
  for (const paragraph of script.paragraphs) {
    if (rules.exclude?.has(paragraph.location.paragraph)) continue;
    const reading = rules.read ? rules.read(paragraph) : { runs: paragraph.runs, fallback: null };
    const keyOf = reading.fallback === null ? rules.keyOf : (run: Run) => rules.keyOf(run) ?? reading.fallback;
    for (const warning of mixedWords(paragraph, reading.runs, keyOf, nameOf)) warnings.push(warning);
    // The first worded run of each key in the paragraph gives its lines their colour.
    const firstWordedRun = new Map<string | null, Run>();
    for (const run of reading.runs) {
      const key = keyOf(run);
      if (!firstWordedRun.has(key) && hasWord(run.text)) firstWordedRun.set(key, run);
    }
    for (const stretch of stretchesOf(reading.runs, keyOf)) {
      const text = normaliseSpace(stretch.text);
      const firstWorded = firstWordedRun.get(stretch.key) ?? stretch.first;
      const words = countWords(text);
      const spoken = spokenText(text, rules.directions);
      lines.push({
        id: lineId(stretch.key, text, seen),
        voice: stretch.key,
        text,
        words,
        // Most lines hold no direction: their spoken words are their words, counted once.
        spokenWords: spoken === text ? words : countWords(spoken),
        location: paragraph.location,
        color: firstWorded.color,
        background: firstWorded.background,
        looks: wordsByLook(stretch.runs),
      });
    }
  }
  return { lines, warnings };
}

export function castByVoiceMap(script: Script, map: VoiceMap, legend: Legend | null = null): Casting {
  const exclude = legend ? new Set(legend.paragraphs) : undefined;
  const nameOf = (key: string | null) => key ?? UNASSIGNED_TEXT;
  const { lines, warnings } = cast(script, { keyOf: voiceMatcher(map), read: paragraphReader(map), directions: map.directions, exclude }, nameOf);
  return {
    script,
    voices: map.voices,
    lines,
    mode: map.origin,
    config: map.origin === 'config' ? map.source : null,
    legend,
    voiceMap: map,
    warnings,
  };
}

/** The name of a colour group: `#404040 dark grey`, or `#FFFF00 yellow background`. */
export function colourGroupName(run: Pick<Run, 'color' | 'background'>): string {
  return run.background ? `${describeColour(run.background)} background` : describeColour(run.color);
}

/** Without a voice map: every distinct colour is its own group, so a user sees the coding first. */
export function castByColour(script: Script): Casting {
  const voices = new Map<string, VoiceSpec>();
  const keyOf = (run: Run) => {
    const name = colourGroupName(run);
    if (!voices.has(name)) {
      voices.set(
        name,
        run.background
          ? { name, colors: [], highlights: [run.background], styles: [], labels: [] }
          : { name, colors: [run.color], highlights: [], styles: [], labels: [] },
      );
    }
    return name;
  };
  const { lines, warnings } = cast(script, { keyOf, directions: DEFAULT_DIRECTIONS }, (key) => key ?? 'no colour');
  const used = new Set(lines.map((l) => l.voice));
  return { script, voices: [...voices.values()].filter((v) => used.has(v.name)), lines, mode: 'colours', config: null, legend: null, voiceMap: null, warnings };
}

/** Lines grouped by one colour dimension, for the `colors` listing. */
export function linesByColour(script: Script, dimension: 'text' | 'background'): Line[] {
  return cast(script, { keyOf: (run) => (dimension === 'text' ? run.color : run.background), directions: {} }, (key) => key ?? 'none').lines;
}
