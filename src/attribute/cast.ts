/**
 * Runs → lines per voice. A line is a maximal stretch of one voice inside one paragraph; a
 * stretch with no letter or digit (a space, a full stop, a quote mark in another colour) joins a
 * neighbour instead of becoming a line.
 */
import { createHash } from 'node:crypto';
import type { Hex, Location, Paragraph, Run, Script } from '../model.js';
import { countWords, hasWord, normaliseSpace } from '../measure/words.js';
import { deltaE, describeColour } from './colour-names.js';
import type { VoiceMap, VoiceSpec } from './config.js';

export interface Line {
  /** Stable ID: derived from the voice and the text, so it survives edits elsewhere in the script. */
  id: string;
  /** The voice's name, or null for unassigned text. */
  voice: string | null;
  /** The line as read: whitespace collapsed to single spaces. */
  text: string;
  words: number;
  /** Words spoken aloud, when directions ([pause], (off)…) were found in the line. */
  spokenWords?: number;
  location: Location;
  /** The text and background colour of the line's first worded run. */
  color: Hex;
  background: Hex | null;
}

export interface Casting {
  script: Script;
  /** Voices in config order, or colour groups in order of first appearance. */
  voices: VoiceSpec[];
  /** Every line of the script in reading order, assigned or not. */
  lines: Line[];
  /** Where the voice map came from: a config file, or the colours themselves. */
  mode: 'config' | 'colours';
  config: string | null;
}

interface Stretch {
  key: string | null;
  text: string;
  first: Run;
}

/** Splits a paragraph into stretches of one key each, wordless stretches folded into a neighbour. */
export function stretchesOf(paragraph: Paragraph, keyOf: (run: Run) => string | null): Stretch[] {
  const raw: Stretch[] = [];
  for (const run of paragraph.runs) {
    const key = keyOf(run);
    const last = raw[raw.length - 1];
    if (last && last.key === key) last.text += run.text;
    else raw.push({ key, text: run.text, first: run });
  }
  const worded = raw.map((s) => hasWord(s.text));
  if (!worded.some(Boolean)) return [];
  const result: Stretch[] = [];
  for (let i = 0; i < raw.length; i++) {
    const stretch = raw[i]!;
    if (worded[i]) {
      const last = result[result.length - 1];
      if (last && last.key === stretch.key) last.text += stretch.text;
      else result.push({ ...stretch });
      continue;
    }
    const previous = result[result.length - 1];
    let nextIndex = i + 1;
    while (nextIndex < raw.length && !worded[nextIndex]) nextIndex++;
    const next = raw[nextIndex];
    // Opening punctuation (« “ ( [) belongs to what follows; anything else to what precedes,
    // unless the paragraph starts with it.
    const opens = /^[\s\p{Ps}\p{Pi}]*$/u.test(stretch.text) && /[\p{Ps}\p{Pi}]/u.test(stretch.text);
    if (previous && !(opens && next && next.key !== previous.key)) previous.text += stretch.text;
    else if (next) raw[nextIndex] = { ...next, text: stretch.text + next.text };
  }
  return result;
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

function linesOf(script: Script, keyOf: (run: Run) => string | null): Line[] {
  const lines: Line[] = [];
  const seen = new Map<string, number>();
  for (const paragraph of script.paragraphs) {
    for (const stretch of stretchesOf(paragraph, keyOf)) {
      const text = normaliseSpace(stretch.text);
      const firstWorded = paragraph.runs.find((r) => keyOf(r) === stretch.key && hasWord(r.text)) ?? stretch.first;
      lines.push({
        id: lineId(stretch.key, text, seen),
        voice: stretch.key,
        text,
        words: countWords(text),
        location: paragraph.location,
        color: firstWorded.color,
        background: firstWorded.background,
      });
    }
  }
  return lines;
}

/** The voice a run belongs to: a matching background wins over the text colour. */
export function voiceMatcher(map: VoiceMap): (run: Run) => string | null {
  const cache = new Map<string, string | null>();
  const nearest = (hex: Hex, pick: (v: VoiceSpec) => Hex[]): string | null => {
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
  };
  return (run) => {
    const key = `${run.color}${run.background ?? ''}`;
    let voice = cache.get(key);
    if (voice === undefined) {
      voice = (run.background ? nearest(run.background, (v) => v.highlights) : null) ?? nearest(run.color, (v) => v.colors);
      cache.set(key, voice);
    }
    return voice;
  };
}

export function castByVoiceMap(script: Script, map: VoiceMap): Casting {
  return { script, voices: map.voices, lines: linesOf(script, voiceMatcher(map)), mode: 'config', config: map.source };
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
      voices.set(name, run.background ? { name, colors: [], highlights: [run.background] } : { name, colors: [run.color], highlights: [] });
    }
    return name;
  };
  const lines = linesOf(script, keyOf);
  const used = new Set(lines.map((l) => l.voice));
  return { script, voices: [...voices.values()].filter((v) => used.has(v.name)), lines, mode: 'colours', config: null };
}

/** Lines grouped by one colour dimension, for the `colors` listing. */
export function linesByColour(script: Script, dimension: 'text' | 'background'): Line[] {
  return linesOf(script, (run) => (dimension === 'text' ? run.color : run.background));
}
