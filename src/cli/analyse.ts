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
  const names = report.voices.map((v) => `"${v.name}"`).join(', ') || 'none';
  if (found) {
    throw new UserError(`"${voice.trim()}" fits several voices in ${file}: ${found.ambiguous.map((n) => `"${n}"`).join(', ')}; give the full name${report.mode === 'colours' ? ' or the hex code' : ''}.`, 'unknown-voice');
  }
  const first = report.voices[0];
  const sample = first?.highlights[0] ?? first?.colors[0];
  const hint = report.mode === 'colours' && first && sample ? ` A colour group is also found by its hex code or its colour name, e.g. "${sample.slice(1)}" or "${first.name.slice(8)}".` : '';
  throw new UserError(`no voice "${voice.trim()}" in ${file}. Voices found: ${names} (or "unassigned").${hint}`, 'unknown-voice');
}
