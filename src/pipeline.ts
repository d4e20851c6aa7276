/** read → Script → attribute → Casting → measure → Report, for the CLI and for library users. */
import { castByColour, castByVoiceMap, type Casting } from './attribute/cast.js';
import { findConfig, loadConfig, type VoiceMap } from './attribute/config.js';
import { presetWpm } from './measure/pace.js';
import { buildReport, type Report } from './measure/report.js';
import type { ReadOptions, Script } from './model.js';
import { readScript } from './readers/index.js';
import { UserError } from './errors.js';

export interface AnalyseOptions extends ReadOptions {
  /** A config file; when absent, one is looked for beside the script and above. */
  config?: string;
  /** Do not look for a config: group by colour. */
  noConfig?: boolean;
  /** Words per minute for every voice, overriding the config. */
  wpm?: number;
  /** A pace preset name (e-learning, commercial, audiobook, documentary, explainer). */
  pace?: string;
  /** Colour matching tolerance in CIEDE2000 units, overriding the config. */
  tolerance?: number;
}

export interface Analysis {
  script: Script;
  voiceMap: VoiceMap | null;
  casting: Casting;
  report: Report;
}

export function resolveVoiceMap(file: string, options: AnalyseOptions): VoiceMap | null {
  if (options.noConfig) return null;
  const path = options.config ?? findConfig(file);
  if (!path) return null;
  const map = loadConfig(path);
  if (options.tolerance !== undefined) map.tolerance = options.tolerance;
  return map;
}

export function overrideWpm(options: AnalyseOptions): number | undefined {
  if (options.wpm !== undefined) {
    if (!Number.isFinite(options.wpm) || options.wpm <= 0) throw new UserError(`--wpm must be a positive number of words per minute.`, 'usage');
    return options.wpm;
  }
  return options.pace !== undefined ? presetWpm(options.pace, '--pace') : undefined;
}

export function castScript(script: Script, voiceMap: VoiceMap | null): Casting {
  return voiceMap ? castByVoiceMap(script, voiceMap) : castByColour(script);
}

export async function analyse(file: string, options: AnalyseOptions = {}): Promise<Analysis> {
  // The config is checked before the script is read, so a bad config fails fast.
  const voiceMap = resolveVoiceMap(file, options);
  const wpm = overrideWpm(options);
  const script = await readScript(file, options);
  const casting = castScript(script, voiceMap);
  const report = buildReport(casting, { wpm, configWpm: voiceMap?.wpm });
  return { script, voiceMap, casting, report };
}
