/**
 * The voice a renderer is asked to show (`renderLines(report, 'Mara')`, `renderJson(report, 'Mara')`,
 * `renderSummary(report, { onlyVoice })`), found as the CLI's `--voice` finds it: one lookup for both,
 * so that a library caller's name that fits no voice is the same `unknown-voice` error, not an empty
 * section.
 */
import { findVoice, isUnassigned, UNASSIGNED, voiceError } from '../attribute/voices.js';
import type { Report } from '../measure/report.js';

/**
 * The report's name for the voice `query` names (case and spacing ignored; a colour group by its hex
 * or colour name too), or `unassigned`. Otherwise an `unknown-voice` UserError listing the voices
 * there (`where`: the script as the message names it, the report's file unless given; `by`: the
 * details' `option` when not the CLI's `--voice`).
 */
export function reportVoice(report: Pick<Report, 'voices' | 'mode' | 'file'>, query: string, where: string = report.file, by?: string): string {
  const found = findVoice(report.voices, query, report.mode === 'colours');
  if (found && 'voice' in found) return found.voice;
  if (isUnassigned(query)) return UNASSIGNED;
  const first = report.voices[0];
  const sample = first?.highlights[0] ?? first?.colors[0];
  const hint = report.mode === 'colours' && first && sample ? ` A colour group is also found by its hex code or its colour name, e.g. "${sample.slice(1)}" or "${first.name.slice(8)}".` : '';
  throw voiceError(query, found, { in: where, voices: report.voices, unassigned: true, hexCode: report.mode === 'colours', hint, ...(by === undefined ? {} : { by }) });
}

/** A renderer's voice argument: undefined stays undefined (every voice); a name becomes the report's, or throws `unknown-voice`. */
export const shownVoice = (report: Pick<Report, 'voices' | 'mode' | 'file'>, query: string | undefined): string | undefined =>
  query === undefined ? undefined : reportVoice(report, query, report.file, 'voice');
