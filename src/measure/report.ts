/** Casting → Report: the numbers every renderer shows. Pure. */
import type { Casting, Line } from '../attribute/cast.js';
import type { Hex, Location, ScriptFormat, Warning } from '../model.js';
import { DEFAULT_WPM, recordingSeconds } from './pace.js';

export interface LineReport {
  id: string;
  text: string;
  words: number;
  seconds: number;
  location: Location;
}

export interface VoiceReport {
  name: string;
  colors: Hex[];
  highlights: Hex[];
  wpm: number;
  lineCount: number;
  words: number;
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
  total: { lineCount: number; words: number; seconds: number; wpm: number };
  warnings: Warning[];
}

export interface PaceOptions {
  /** Overrides every pace (from --wpm or --pace). */
  wpm?: number;
  /** Script-wide default from the config. */
  configWpm?: number;
}

function group(lines: Line[], wpm: number, totalWords: number) {
  const words = lines.reduce((sum, l) => sum + l.words, 0);
  return {
    wpm,
    lineCount: lines.length,
    words,
    seconds: recordingSeconds(words, wpm),
    share: totalWords ? words / totalWords : 0,
    lines: lines.map((l) => ({ id: l.id, text: l.text, words: l.words, seconds: recordingSeconds(l.words, wpm), location: l.location })),
  };
}

export function buildReport(casting: Casting, pace: PaceOptions = {}): Report {
  const scriptWpm = pace.wpm ?? pace.configWpm ?? DEFAULT_WPM;
  const totalWords = casting.lines.reduce((sum, l) => sum + l.words, 0);
  const byVoice = new Map<string | null, Line[]>();
  for (const line of casting.lines) {
    const list = byVoice.get(line.voice);
    if (list) list.push(line);
    else byVoice.set(line.voice, [line]);
  }
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
    total: { lineCount: casting.lines.length, words: totalWords, seconds: recordingSeconds(totalWords, scriptWpm), wpm: scriptWpm },
    warnings: casting.script.warnings,
  };
}
