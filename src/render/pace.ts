/**
 * A pace as the outputs write it: `150 wpm`, or `240 characters/min` for a script written in Chinese
 * or Japanese, whose words are its characters (report.timing.paceUnit), or `4.27 syllables/s` with
 * syllable timing. Pure.
 */
import type { GroupReport, Report } from '../measure/report.js';
import { count } from '../text/format.js';

export type PaceUnit = 'words' | 'characters';

/** What the report's paces count. */
export const paceUnitOf = (report: Pick<Report, 'timing'>): PaceUnit => report.timing?.paceUnit ?? 'words';

/** `150 wpm`, `240 characters/min`. */
export const formatPace = (wpm: number, unit: PaceUnit = 'words'): string => (unit === 'characters' ? `${count(wpm)} characters/min` : `${count(wpm)} wpm`);

/** A voice's (or the unassigned text's) pace: `150 wpm`, `240 characters/min`, or `3.84 syllables/s` with syllable timing. */
export const groupPace = (group: Pick<GroupReport, 'wpm' | 'syllablesPerSecond'>, unit: PaceUnit): string =>
  group.syllablesPerSecond !== undefined ? `${group.syllablesPerSecond} syllables/s` : formatPace(group.wpm, unit);

/**
 * The whole script's pace, or null when the groups that have lines are not all at it (a voice with
 * its own `wpm` or syllable rate): the whole script's time is then the sum of each at its own pace.
 */
export function scriptPace(report: Pick<Report, 'timing' | 'total' | 'voices' | 'unassigned'>): string | null {
  const unit = paceUnitOf(report);
  const pace = report.timing?.syllablesPerSecond !== undefined ? `${report.timing.syllablesPerSecond} syllables/s` : formatPace(report.total.wpm, unit);
  for (const group of [...report.voices, report.unassigned]) if (group.lineCount > 0 && groupPace(group, unit) !== pace) return null;
  return pace;
}
