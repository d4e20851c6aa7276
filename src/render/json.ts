/** JSON output: one document per command. The schema is public: see README "JSON output". */
import type { ColourReport } from '../measure/colours.js';
import type { Report, VoiceReport } from '../measure/report.js';
import { formatDuration } from '../text/format.js';
import { shownVoice } from './voice.js';

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The JSON document of a report; with `voiceQuery`, of that voice alone (found as `--voice` finds it;
 * `unassigned`: no voice, the unassigned text's totals only). A name that fits no voice throws `unknown-voice`.
 */
export function renderJson(report: Report, voiceQuery?: string): string {
  const onlyVoice = shownVoice(report, voiceQuery);
  const voice = (v: Omit<VoiceReport, 'name' | 'colors' | 'highlights'>) => ({
    lineCount: v.lineCount,
    words: v.words,
    spokenWords: v.spokenWords,
    seconds: v.seconds,
    duration: formatDuration(v.seconds),
    wpm: v.wpm,
    ...(v.syllables !== undefined ? { syllables: v.syllables, syllablesPerSecond: v.syllablesPerSecond } : {}),
    share: round(v.share, 4),
    characters: v.characters,
    dubbingLines: v.dubbingLines,
    finishedMinutes: v.finishedMinutes,
    finishedHours: v.finishedHours,
    ...(v.fee ? { fee: v.fee } : {}),
    ...(v.language !== undefined ? { language: v.language } : {}),
    lines: v.lines,
  });
  const voices = report.voices
    .filter((v) => onlyVoice === undefined || v.name === onlyVoice)
    .map((v) => ({ name: v.name, colors: v.colors, highlights: v.highlights, ...(v.styles ? { styles: v.styles } : {}), ...(v.labels ? { labels: v.labels } : {}), ...voice(v) }));
  const document = {
    file: report.file,
    format: report.format,
    config: report.config,
    mode: report.mode,
    legend: report.legend,
    language: report.language,
    timing: report.timing,
    voices,
    unassigned: voice(report.unassigned),
    total: { ...report.total, duration: formatDuration(report.total.seconds) },
    recorded: report.recorded && { ...report.recorded, duration: formatDuration(report.recorded.seconds) },
    sections: report.sections.map((s) => ({
      title: s.title,
      location: s.location,
      level: s.level,
      source: s.source,
      targetSeconds: s.targetSeconds,
      targetFrom: s.targetFrom,
      withinTarget: s.targetSeconds === null ? null : s.seconds <= s.targetSeconds,
      words: s.words,
      spokenWords: s.spokenWords,
      seconds: s.seconds,
      duration: formatDuration(s.seconds),
      voices: s.voices,
    })),
    warnings: report.warnings,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function renderColoursJson(report: ColourReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
