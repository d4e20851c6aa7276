/**
 * What every script command does first: analyse the script, quiet the warnings the config's
 * `rules:` turn off, and find the voice `--voice` names.
 */
import { quietWarnings } from '../config/rules.js';
import { UserError } from '../errors.js';
import { findVoice, isUnassigned, UNASSIGNED } from '../attribute/voices.js';
import type { Report } from '../measure/report.js';
import { analyse, type Analysis, type AnalyseSettings } from '../pipeline.js';
import { analyseOptions, type CommonOptions } from './options.js';

/**
 * The analysis, with the warnings of the rules the config sets to `off` left out (as `check` leaves
 * them out). `settings` are the command's own (a text summary shows no line: `lineIds: false`).
 */
export async function analyseFile(file: string, options: CommonOptions, settings: AnalyseSettings = {}): Promise<Analysis> {
  const analysis = await analyse(file, { ...analyseOptions(options), ...settings });
  const levels = analysis.config?.rules;
  if (levels) analysis.report.warnings = quietWarnings(analysis.report.warnings, levels);
  return analysis;
}

/** `--voice NAME` → the voice's name in the report, or `unassigned`; a one-line error listing the voices otherwise. */
export function resolveVoice(report: Report, file: string, voice: string): string {
  const found = findVoice(report.voices, voice, report.mode === 'colours');
  if (found && 'voice' in found) return found.voice;
  if (isUnassigned(voice)) return UNASSIGNED;
  const first = report.voices[0];
  const sample = first?.highlights[0] ?? first?.colors[0];
  const hint = report.mode === 'colours' && first && sample ? ` A colour group is also found by its hex code or its colour name, e.g. "${sample.slice(1)}" or "${first.name.slice(8)}".` : '';
  throw voiceError(voice, found, { in: file, voices: report.voices, unassigned: true, hexCode: report.mode === 'colours', hint });
}

/** Where a voice was looked for by name, for the error when none fits, or several do. */
export interface VoiceSearch {
  /** The script, or the scripts (`OLD or NEW`). */
  in: string;
  /** The voices there. */
  voices: readonly { name: string }[];
  /** The option that named the voice, before the message (diff's `--voice`, `--fail-on-change`); the details' `option` (`--voice` when not given). */
  option?: string;
  /** Whether "unassigned" is offered too (not by `sides`: nobody records the unassigned text). */
  unassigned?: boolean;
  /** Colour groups: also found by hex code. */
  hexCode?: boolean;
  /** Said after the list of voices (how to name a colour group). */
  hint?: string;
}

/** The one-line `unknown-voice` error for `name` (as shown when no voice fits), by every command that finds a voice. */
export function voiceError(name: string, found: { ambiguous: string[] } | null, search: VoiceSearch): UserError {
  const option = search.option ? `${search.option}: ` : '';
  // The facts, for a caller that must not read the line: the name asked for, by which option, the voices there are.
  const facts = { asked: name.trim(), option: search.option ?? '--voice', voices: search.voices.map((v) => v.name) };
  if (found) {
    const fits = found.ambiguous.map((n) => `"${n}"`).join(', ');
    return new UserError(`${option}"${name.trim()}" fits several voices in ${search.in}: ${fits}; give the full name${search.hexCode ? ' or the hex code' : ''}.`, 'unknown-voice', {
      kind: 'ambiguous',
      ...facts,
      matches: [...found.ambiguous],
    });
  }
  const names = search.voices.map((v) => `"${v.name}"`).join(', ') || 'none';
  return new UserError(`${option}no voice "${name.trim()}" in ${search.in}. Voices found: ${names}${search.unassigned ? ' (or "unassigned")' : ''}.${search.hint ?? ''}`, 'unknown-voice', { kind: 'none', ...facts });
}
