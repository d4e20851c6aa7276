/** Casting → Report: the numbers every renderer shows. Pure. */
import type { Casting, Line } from '../attribute/cast.js';
import type { Hex, Location, ScriptFormat, Warning } from '../model.js';
import { DEFAULT_WPM, recordingSeconds } from './pace.js';

/** Spoken words of a line: the written words until directions are recognised (see attribute/directions). */
function spokenWordsOf(line: Line): number {
  return line.spokenWords ?? line.words;
}

export interface Cue {
  /** The voice of the cue line (null for unassigned text when no voice precedes). */
  voice: string | null;
  text: string;
}

export interface LineReport {
  id: string;
  text: string;
  /** Written words. */
  words: number;
  /** Words actually spoken: written words less stage and reading directions. */
  spokenWords: number;
  /** Estimated recording time, from the spoken words. */
  seconds: number;
  location: Location;
  /** The line that precedes this one from another voice: the cue a narrator needs for context. */
  cue: Cue | null;
}

export interface VoiceReport {
  name: string;
  colors: Hex[];
  highlights: Hex[];
  wpm: number;
  lineCount: number;
  words: number;
  spokenWords: number;
  seconds: number;
  /** Fraction of the script's words, 0–1. */
  share: number;
  lines: LineReport[];
}

export interface Report {
  file: string;
  format: ScriptFormat;
  /** The config file used, or null when voices are colour groups. */
  config: string | null;
  mode: 'config' | 'colours';
  voices: VoiceReport[];
  unassigned: Omit<VoiceReport, 'name' | 'colors' | 'highlights'>;
  total: { lineCount: number; words: number; spokenWords: number; seconds: number; wpm: number };
  warnings: Warning[];
}

export interface PaceOptions {
  /** Overrides every pace (from --wpm or --pace). */
  wpm?: number;
  /** Script-wide default from the config. */
  configWpm?: number;
}

interface MeasuredLine {
  line: Line;
  spokenWords: number;
  cue: Cue | null;
}

function group(lines: MeasuredLine[], wpm: number, totalWords: number) {
  const words = lines.reduce((sum, l) => sum + l.line.words, 0);
  const spokenWords = lines.reduce((sum, l) => sum + l.spokenWords, 0);
  return {
    wpm,
    lineCount: lines.length,
    words,
    spokenWords,
    seconds: recordingSeconds(spokenWords, wpm),
    share: totalWords ? words / totalWords : 0,
    lines: lines.map(({ line, spokenWords: spoken, cue }) => ({
      id: line.id,
      text: line.text,
      words: line.words,
      spokenWords: spoken,
      seconds: recordingSeconds(spoken, wpm),
      location: line.location,
      cue,
    })),
  };
}

/** For each line, the nearest earlier line of another voice (unassigned text only when no voice precedes). */
function cuesOf(lines: Line[]): (Cue | null)[] {
  const lastByVoice = new Map<string | null, number>();
  return lines.map((line, index) => {
    let best = -1;
    for (const [voice, at] of lastByVoice) if (voice !== line.voice && voice !== null && at > best) best = at;
    if (best < 0) {
      const unassigned = lastByVoice.get(null);
      if (line.voice !== null && unassigned !== undefined) best = unassigned;
    }
    lastByVoice.set(line.voice, index);
    const cue = lines[best];
    return cue ? { voice: cue.voice, text: cue.text } : null;
  });
}

export function buildReport(casting: Casting, pace: PaceOptions = {}): Report {
  const scriptWpm = pace.wpm ?? pace.configWpm ?? DEFAULT_WPM;
  const totalWords = casting.lines.reduce((sum, l) => sum + l.words, 0);
  const cues = cuesOf(casting.lines);
  const byVoice = new Map<string | null, MeasuredLine[]>();
  let totalSpoken = 0;
  casting.lines.forEach((line, index) => {
    const measured = { line, spokenWords: spokenWordsOf(line), cue: cues[index] ?? null };
    totalSpoken += measured.spokenWords;
    const list = byVoice.get(line.voice);
    if (list) list.push(measured);
    else byVoice.set(line.voice, [measured]);
  });
  const voices = casting.voices.map((voice) => ({
    name: voice.name,
    colors: voice.colors,
    highlights: voice.highlights,
    ...group(byVoice.get(voice.name) ?? [], pace.wpm ?? voice.wpm ?? scriptWpm, totalWords),
  }));
  return {
    file: casting.script.file,
    format: casting.script.format,
    config: casting.config,
    mode: casting.mode,
    voices,
    unassigned: group(byVoice.get(null) ?? [], scriptWpm, totalWords),
    total: { lineCount: casting.lines.length, words: totalWords, spokenWords: totalSpoken, seconds: recordingSeconds(totalSpoken, scriptWpm), wpm: scriptWpm },
    warnings: casting.script.warnings,
  };
}
