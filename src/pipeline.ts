/** read → Script → attribute → Casting → measure → Report, for the CLI and for library users. */
import { castByColour, castByVoiceMap, type Casting } from './attribute/cast.js';
import { confusableColours, unknownColours } from './attribute/checks.js';
import { DEFAULT_TOLERANCE, findConfig, loadConfig, type VoiceMap } from './attribute/config.js';
import { detectLegend, paletteOutside, type Legend } from './attribute/legend.js';
import { legendProblems, legendRejected, shareProblems } from './attribute/legend-trust.js';
import { DEFAULT_DIRECTIONS } from './text/directions.js';
import { presetWpm } from './measure/pace.js';
import { buildReport, type PaceOptions, type Report } from './measure/report.js';
import type { TimingMethod } from './measure/timing.js';
import type { ReadOptions, Script, Warning } from './model.js';
import { readScript } from './readers/index.js';
import { UserError } from './errors.js';
import { Budget } from './budget.js';
import { canonicalTag } from './text/language-tag.js';

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
  /** The script's language (BCP 47 tag), over the config's and the document's. */
  lang?: string;
  /** How recording time is estimated, over the config's `timing`. */
  timing?: TimingMethod;
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

/** What the measure stage takes from the options and the voice map: paces, language, timing. */
export function measureOptions(options: AnalyseOptions, voiceMap: VoiceMap | null): PaceOptions {
  const result: PaceOptions = { wpm: overrideWpm(options), configWpm: voiceMap?.wpm };
  if (options.lang !== undefined) {
    const tag = canonicalTag(options.lang);
    if (!tag) throw new UserError(`--lang "${options.lang}" is not a language code (e.g. en, fr, en-GB, es).`, 'usage');
    result.lang = tag;
  }
  if (options.timing !== undefined) result.timing = options.timing;
  return result;
}

/** A voice map read from the script's own legend. */
export function legendVoiceMap(legend: Legend, options: AnalyseOptions = {}): VoiceMap {
  return {
    voices: legend.voices,
    unassigned: legend.unassigned.map((u) => u.hex),
    directions: { ...DEFAULT_DIRECTIONS },
    tolerance: options.tolerance ?? DEFAULT_TOLERANCE,
    source: 'legend',
    origin: 'legend',
    raw: {},
  };
}

/**
 * The voice map in force: the config when there is one, else the script's legend when it passes the
 * trust checks (legend-trust.ts), else none (colour groups, with a `legend-rejected` warning when a
 * legend was found but not trusted). A legend is left out of the lines whenever it is used, and with
 * a config when it names the config's voices.
 */
export function castScript(script: Script, config: VoiceMap | null, options: AnalyseOptions = {}): Casting {
  const legend = detectLegend(script);
  let casting: Casting | null = null;
  let map = config;
  const notices: Warning[] = [];
  if (config) {
    const names = new Set(config.voices.map((v) => v.name.toLowerCase()));
    const agrees = legend !== null && legend.voices.some((v) => names.has(v.name.toLowerCase()));
    casting = castByVoiceMap(script, config, agrees ? legend : null);
  } else if (legend) {
    const legendMap = legendVoiceMap(legend, options);
    const problems = legendProblems(legend, paletteOutside(script, legend), legendMap.tolerance);
    const trial = castByVoiceMap(script, legendMap, legend);
    problems.push(...shareProblems(legend, trial.lines));
    if (problems.length === 0) {
      casting = trial;
      map = legendMap;
    } else notices.push(legendRejected(legend, problems));
  }
  casting ??= castByColour(script);
  casting.warnings.unshift(...notices);
  // One by one: a call takes only so many arguments, and a damaged file may bring thousands.
  for (const warning of confusableColours(casting, map)) casting.warnings.push(warning);
  if (map) for (const warning of unknownColours(casting, map)) casting.warnings.push(warning);
  casting.voiceMap = map;
  return casting;
}

export async function analyse(file: string, options: AnalyseOptions = {}): Promise<Analysis> {
  // One time budget (`timeout`) for the whole analysis of the file.
  const budget = Budget.of(file, options);
  // The config is checked before the script is read, so a bad config fails fast.
  const voiceMap = resolveVoiceMap(file, options);
  const measure = measureOptions(options, voiceMap);
  const script = await readScript(file, { ...options, ...budget.options() });
  budget.check();
  const casting = castScript(script, voiceMap, options);
  budget.check();
  const report = buildReport(casting, measure);
  return { script, voiceMap: casting.voiceMap, casting, report };
}
