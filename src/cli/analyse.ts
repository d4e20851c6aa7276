/**
 * What every script command does first: analyse the script, quiet the warnings the config's
 * `rules:` turn off, and find the voice `--voice` names.
 */
import { quietWarnings } from '../config/rules.js';
import type { Report } from '../measure/report.js';
import { analyse, type Analysis, type AnalyseSettings } from '../pipeline.js';
import { analyseOptions, type CommonOptions } from './options.js';
import { reportVoice } from '../render/voice.js';

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

/** `--voice NAME` → the voice's name in the report, or `unassigned`; a one-line error listing the voices otherwise (render/voice.ts, as the renderers find one). */
export function resolveVoice(report: Report, file: string, voice: string): string {
  return reportVoice(report, voice, file);
}

export { voiceError, type VoiceSearch } from '../attribute/voices.js';
