/** Casting → Report: the numbers every renderer shows. Pure. */
import type { Casting, Line } from '../attribute/cast.js';
import type { Legend } from '../attribute/legend.js';
import type { Hex, Location, ScriptFormat, Warning } from '../model.js';
import { DEFAULT_WPM, recordingSeconds } from './pace.js';
import { findSections, type Section } from './sections.js';

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

/** The legend the voices were read from (or that a config's voices made redundant), as read. */
export interface ReportLegend {
  kind: string;
  location: Location;
  text: string;
  /** Each voice of the legend with the colours it stands for. */
  voices: { name: string; colors: Hex[]; highlights: Hex[] }[];
  /** The colours the legend declares as not recorded. */
  unassigned: { colors: Hex[]; highlights: Hex[] };
}

/** What the voices record: the sum over the voices, unassigned text left out. */
export interface Recorded {
  words: number;
  spokenWords: number;
  /** The sum of the voices' times (each at its own pace). */
  seconds: number;
}

export interface Report {
  file: string;
  format: ScriptFormat;
  /** The config file used, or null when voices are colour groups. */
  config: string | null;
  mode: 'config' | 'legend' | 'colours';
  /** The legend the voices were read from (or that was left out of the lines), when the script has one. */
  legend: ReportLegend | null;
  voices: VoiceReport[];
  unassigned: Omit<VoiceReport, 'name' | 'colors' | 'highlights'>;
  total: { lineCount: number; words: number; spokenWords: number; seconds: number; wpm: number };
  /** The script's sections or spots with each voice's words and time; [] when it has none. */
  sections: Section[];
  /** What is to be recorded, or null when the voices are only colour groups (nothing says which are read). */
  recorded: Recorded | null;
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

/**
 * For each line, its cue: the last line spoken by another voice before it, unassigned text (headings,
 * directions) skipped. A line that follows the voice's own line needs no cue.
 */
function cuesOf(lines: Line[]): (Cue | null)[] {
  let previousVoiced: Line | null = null;
  return lines.map((line) => {
    if (line.voice === null) return null;
    const cue: Cue | null = previousVoiced && previousVoiced.voice !== line.voice ? { voice: previousVoiced.voice, text: previousVoiced.text } : null;
    previousVoiced = line;
    return cue;
  });
}

export function recordedBy(voices: readonly Pick<VoiceReport, 'words' | 'spokenWords' | 'seconds'>[]): Recorded {
  const sum = voices.reduce((total, v) => ({ words: total.words + v.words, spokenWords: total.spokenWords + v.spokenWords, seconds: total.seconds + v.seconds }), { words: 0, spokenWords: 0, seconds: 0 });
  // Each voice's time is rounded to a tenth of a second: so is their sum.
  return { ...sum, seconds: Math.round(sum.seconds * 10) / 10 };
}

function legendOf(legend: Legend): ReportLegend {
  const pick = (background: boolean) => legend.unassigned.filter((u) => u.background === background).map((u) => u.hex);
  return {
    kind: legend.kind,
    location: legend.location,
    text: legend.text,
    voices: legend.voices.map((v) => ({ name: v.name, colors: [...v.colors], highlights: [...v.highlights] })),
    unassigned: { colors: pick(false), highlights: pick(true) },
  };
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
  const { sections, warnings: sectionWarnings } = findSections({
    paragraphs: casting.script.paragraphs,
    lines: casting.lines,
    voices,
    ...(casting.voiceMap?.sections ? { targets: casting.voiceMap.sections } : {}),
  });
  return {
    file: casting.script.file,
    format: casting.script.format,
    config: casting.config,
    mode: casting.mode,
    legend: casting.legend ? legendOf(casting.legend) : null,
    voices,
    unassigned: group(byVoice.get(null) ?? [], scriptWpm, totalWords),
    total: { lineCount: casting.lines.length, words: totalWords, spokenWords: totalSpoken, seconds: recordingSeconds(totalSpoken, scriptWpm), wpm: scriptWpm },
    sections,
    recorded: casting.mode === 'colours' ? null : recordedBy(voices),
    warnings: [...casting.script.warnings, ...casting.warnings, ...sectionWarnings],
  };
}
