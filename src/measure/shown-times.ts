/**
 * Times as the text outputs show them, to the second, that add up as a narrator adds them: the voices'
 * to what they record, that and the unassigned text's to the whole script's, a section's voices to the
 * section's. Each shown time is its own rounded down or up (largest remainder, measure/timing.ts
 * `apportion`, as the per-line seconds of export add up to their voice's); the exact seconds stay in
 * the report (JSON, CSV, XLSX).
 */
import type { Report } from './report.js';
import type { Section } from './sections.js';
import { apportion } from './timing.js';

export interface ShownTimes {
  /** The whole script's seconds as shown (rounded half up, as formatDuration). */
  total: number;
  /** What the voices record, when the report says (null for colour groups). */
  recorded: number | null;
  unassigned: number;
  /** Each voice's, in the report's order. */
  voices: number[];
  /** Each voice's by its name (for a report of some voices only: `export --voice`). */
  byName: Map<string, number>;
}

export function shownTimes(report: Pick<Report, 'total' | 'recorded' | 'voices' | 'unassigned'>): ShownTimes {
  const total = Math.round(report.total.seconds);
  const voiceSeconds = report.voices.map((v) => v.seconds);
  if (!report.recorded) {
    // Colour groups (or a report made without it): nothing says what is recorded; the groups and the unassigned text add up to the whole.
    const all = apportion([...voiceSeconds, report.unassigned.seconds], total, 1);
    const unassigned = all.pop()!;
    return { total, recorded: null, unassigned, voices: all, byName: byName(report.voices, all) };
  }
  const recorded = shownRecorded(report.total.seconds, report.recorded.seconds, report.unassigned.seconds);
  const unassigned = total - recorded;
  const voices = apportion(voiceSeconds, recorded, 1);
  return { total, recorded, unassigned, voices, byName: byName(report.voices, voices) };
}

const byName = (voices: readonly { name: string }[], seconds: readonly number[]) => new Map(voices.map((v, i) => [v.name, seconds[i]!]));

/** What the voices record as `summary` shows it: the whole script's time shared with the unassigned text's, to the second. */
export function shownRecorded(totalSeconds: number, recordedSeconds: number, unassignedSeconds: number): number {
  return apportion([recordedSeconds, unassignedSeconds], Math.round(totalSeconds), 1)[0]!;
}

/** Each of a section's voices' seconds as shown, adding up to the section's (to the second). */
export function shownSectionTimes(section: Pick<Section, 'seconds' | 'voices'>): number[] {
  return apportion(
    section.voices.map((v) => v.seconds),
    section.seconds,
    1,
  );
}
