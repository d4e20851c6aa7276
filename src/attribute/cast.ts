/**
 * Runs → lines per voice. A line is a maximal stretch of one voice inside one paragraph; a
 * stretch with no letter or digit (a space, a full stop, a quote mark in another colour) joins a
 * neighbour instead of becoming a line.
 */
import { createHash } from 'node:crypto';
import type { Hex, Location, Paragraph, Run, Script, Warning } from '../model.js';
import { DEFAULT_DIRECTIONS, spokenText, type DirectionRules } from '../text/directions.js';
import { countWords, hasWord, isSpaceCode, normaliseSpace, SPACE_CHAR } from '../text/words.js';
import type { Legend } from './legend.js';
import { UNASSIGNED_TEXT } from './voices.js';
import { deltaE } from '../colour/distance.js';
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

interface Stretch {
  key: string | null;
  text: string;
  first: Run;
  /** The runs the stretch is made of, wordless neighbours folded in included. */
  runs: Run[];
}

/** Splits a paragraph into stretches of one key each, wordless stretches folded into a neighbour. */
export function stretchesOf(runs: Run[], keyOf: (run: Run) => string | null): Stretch[] {
  const raw: Stretch[] = [];
  for (const run of runs) {
    const key = keyOf(run);
    const last = raw[raw.length - 1];
    if (last && last.key === key) {
      last.text += run.text;
      last.runs.push(run);
    } else raw.push({ key, text: run.text, first: run, runs: [run] });
  }
  const worded = raw.map((s) => hasWord(s.text));
  if (!worded.some(Boolean)) return [];
  // For each stretch, the next worded one (raw.length when none): one backward pass.
  const nextWorded: number[] = new Array(raw.length + 1);
  nextWorded[raw.length] = raw.length;
  for (let i = raw.length - 1; i >= 0; i--) nextWorded[i] = worded[i] ? i : nextWorded[i + 1]!;
  const result: Stretch[] = [];
  // Wordless stretches that open the next worded one, in reading order.
  let opening: Stretch[] = [];
  for (let i = 0; i < raw.length; i++) {
    const stretch = raw[i]!;
    if (worded[i]) {
      const parts = opening.length ? [...opening, stretch] : [stretch];
      opening = [];
      const text = parts.length > 1 ? parts.map((p) => p.text).join('') : stretch.text;
      const last = result[result.length - 1];
      const target = last && last.key === stretch.key ? last : null;
      if (target) target.text += text;
      else result.push({ key: stretch.key, text, first: stretch.first, runs: [] });
      const into = target ?? result[result.length - 1]!;
      // Pushed one by one: a stretch may hold more runs than a call can take arguments.
      for (const part of parts) for (const run of part.runs) into.runs.push(run);
      continue;
    }
    const previous = result[result.length - 1];
    const next = raw[nextWorded[i + 1]!];
    // Opening punctuation (« “ ( [) belongs to what follows; anything else to what precedes,
    // unless the paragraph starts with it.
    const opens = onlyOpeners(stretch.text);
    if (previous && !(opens && next && next.key !== previous.key)) {
      previous.text += stretch.text;
      for (const run of stretch.runs) previous.runs.push(run);
    } else if (next) opening.push(stretch);
  }
  return result;
}

const OPENER = /[\p{Ps}\p{Pi}]/u;

/**
 * Whether the text holds opening punctuation and nothing else but spaces. A loop, not one regular
 * expression over the whole text: a stretch may be megabytes of spaces.
 */
function onlyOpeners(text: string): boolean {
  let opener = false;
  for (const char of text) {
    if (isSpaceCode(char.charCodeAt(0))) continue;
    if (!OPENER.test(char)) return false;
    opener = true;
  }
  return opener;
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
      if (!counted && WORD_CHAR.test(char)) {
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
  const base = createHash('sha1')
    .update(`${voice ?? ''}\n${text}`)
    .digest('hex')
    .slice(0, 8);
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  return count === 1 ? base : `${base}-${count}`;
}

/** How a paragraph is read: its runs (a speaker label cut off) and a voice for runs no colour claims. */
interface ParagraphReading {
  runs: Run[];
  fallback: string | null;
}

interface CastRules {
  keyOf: (run: Run) => string | null;
  read?: (paragraph: Paragraph) => ParagraphReading;
  directions: DirectionRules;
  exclude?: Set<number>;
}

const SPACE = SPACE_CHAR;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Index of the first whitespace character in `text`, or -1. */
function firstSpace(text: string): number {
  for (let i = 0; i < text.length; i++) if (isSpaceCode(text.charCodeAt(i))) return i;
  return -1;
}

/** Index of the last whitespace character in `text`, or -1. */
function lastSpace(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (isSpaceCode(text.charCodeAt(i))) return i;
  return -1;
}

/**
 * Words whose letters carry two keys: "Narr|ateur" half grey, half black. Only where two runs of
 * different keys touch without whitespace can a word be split, so only those seams are examined.
 * Each word is assembled once, from the run where it starts to the run where it ends: linear in
 * the paragraph's length, however many runs a word is cut into.
 */
function mixedWords(paragraph: Paragraph, runs: Run[], keyOf: (run: Run) => string | null, nameOf: (key: string | null) => string): Warning[] {
  const warnings: Warning[] = [];
  const keys = runs.map(keyOf);
  const first = runs.map((run) => firstSpace(run.text));
  const last = runs.map((run) => lastSpace(run.text));
  // The run where the word touching the end of run k starts: k itself if k holds a space.
  const startRun: number[] = new Array(runs.length);
  for (let k = 0; k < runs.length; k++) startRun[k] = last[k]! >= 0 || k === 0 ? k : startRun[k - 1]!;
  let examinedUpTo = -1;
  for (let i = 0; i + 1 < runs.length; i++) {
    const left = runs[i]!.text;
    const right = runs[i + 1]!.text;
    if (keys[i] === keys[i + 1] || !left || !right || SPACE.test(left[left.length - 1]!) || SPACE.test(right[0]!)) continue;
    // A later seam of a word already examined.
    if (i < examinedUpTo) continue;
    const pieces: [string, string | null][] = [];
    const from = startRun[i]!;
    const cut = last[from]! + 1;
    pieces.push([runs[from]!.text.slice(cut), keys[from]!]);
    for (let k = from + 1; k <= i; k++) pieces.push([runs[k]!.text, keys[k]!]);
    let k = i + 1;
    for (; k < runs.length; k++) {
      const end = first[k]!;
      pieces.push([end < 0 ? runs[k]!.text : runs[k]!.text.slice(0, end), keys[k]!]);
      if (end >= 0) break;
    }
    examinedUpTo = k;
    const wordKeys = new Set(pieces.filter(([piece]) => WORD_CHAR.test(piece)).map(([, key]) => key));
    if (wordKeys.size < 2) continue;
    const word = pieces.map(([piece]) => piece).join('');
    warnings.push({
      code: 'mixed-word',
      message: `The word "${shortened(word)}" is split across ${[...wordKeys].map(nameOf).join(' and ')}: its parts are counted in both lines; recolour the whole word.`,
      location: paragraph.location,
      details: { word, voices: [...wordKeys] },
    });
  }
  return warnings;
}

/** A word as a message quotes it: a damaged file may run thousands of letters together. */
function shortened(word: string): string {
  return word.length > 80 ? `${word.slice(0, 40)}…${word.slice(-20)}` : word;
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
      lines.push({
        id: lineId(stretch.key, text, seen),
        voice: stretch.key,
        text,
        words: countWords(text),
        spokenWords: countWords(spokenText(text, rules.directions)),
        location: paragraph.location,
        color: firstWorded.color,
        background: firstWorded.background,
        looks: wordsByLook(stretch.runs),
      });
    }
  }
  return { lines, warnings };
}

/** Nearest voice colour within the tolerance, by CIEDE2000. */
function nearestVoice(map: VoiceMap, hex: Hex, pick: (v: VoiceSpec) => Hex[]): string | null {
  let best: string | null = null;
  let bestDistance = map.tolerance;
  for (const voice of map.voices) {
    for (const colour of pick(voice)) {
      const d = deltaE(hex, colour);
      if (d <= bestDistance) {
        bestDistance = d;
        best = voice.name;
      }
    }
  }
  return best;
}

/**
 * The voice a run belongs to by its look: a background matching a highlight voice first, then its
 * character style, then its text colour. Null when none matches.
 */
export function voiceMatcher(map: VoiceMap): (run: Run) => string | null {
  const cache = new Map<string, string | null>();
  const byStyle = styleIndex(map);
  return (run) => {
    const key = `${run.color}${run.background ?? ''}\u0000${run.characterStyle ?? ''}`;
    let voice = cache.get(key);
    if (voice === undefined) {
      voice =
        (run.background ? nearestVoice(map, run.background, (v) => v.highlights) : null) ??
        (run.characterStyle ? (byStyle.get(run.characterStyle.toLowerCase()) ?? null) : null) ??
        nearestVoice(map, run.color, (v) => v.colors);
      cache.set(key, voice);
    }
    return voice;
  };
}

function styleIndex(map: VoiceMap): Map<string, string> {
  const index = new Map<string, string>();
  for (const voice of map.voices) for (const style of voice.styles) index.set(style.toLowerCase(), voice.name);
  return index;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A paragraph opening with a speaker label gives its runs to that voice, the label itself cut off. */
function paragraphReader(map: VoiceMap): (paragraph: Paragraph) => ParagraphReading {
  const byStyle = styleIndex(map);
  const labels = map.voices.flatMap((voice) =>
    voice.labels.map((label) => ({ voice: voice.name, pattern: new RegExp(`^\\s*${escape(label)}\\s*[:：]\\s*`, 'iu') })),
  );
  return (paragraph) => {
    const fallback = paragraph.style ? (byStyle.get(paragraph.style.toLowerCase()) ?? null) : null;
    if (labels.length === 0) return { runs: paragraph.runs, fallback };
    const text = paragraph.runs.map((r) => r.text).join('');
    for (const { voice, pattern } of labels) {
      const match = pattern.exec(text);
      if (match) return { runs: dropPrefix(paragraph.runs, match[0].length), fallback: voice };
    }
    return { runs: paragraph.runs, fallback };
  };
}

function dropPrefix(runs: Run[], length: number): Run[] {
  const result: Run[] = [];
  let remaining = length;
  for (const run of runs) {
    if (remaining >= run.text.length) {
      remaining -= run.text.length;
      continue;
    }
    result.push(remaining > 0 ? { ...run, text: run.text.slice(remaining) } : run);
    remaining = 0;
  }
  return result;
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
