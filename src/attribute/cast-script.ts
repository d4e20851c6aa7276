/**
 * How the voices of a script are decided: a config's voice map when there is one, else the script's
 * own legend when it can be trusted, else colour groups; then the risky coding is flagged.
 */
import type { Script, Warning } from '../model.js';
import { DEFAULT_DIRECTIONS } from '../text/directions.js';
import { DEFAULT_TOLERANCE } from '../config/settings.js';
import type { VoiceMap } from '../config/voice-map.js';
import { castByColour, castByVoiceMap, type Casting, type CastOptions } from './cast.js';
import { uncountColourLabels } from './colour-labels.js';
import { configName, configUnused, confusableColours, emptyVoices, labelsOutOfPlace, unknownColours } from './checks.js';
import { emphasisWarnings } from './emphasis.js';
import { withoutUnseenText } from './invisible.js';
import { detectLegend, paletteOutside, type Legend } from './legend.js';
import { legendUnderConfig } from './legend-config.js';
import { legendProblems, legendRejected, notRecordedMajority, shareProblems, unspokenLegendVoices } from './legend-trust.js';

/** A voice map read from the script's own legend. */
export function legendVoiceMap(legend: Legend, options: { tolerance?: number } = {}): VoiceMap {
  return {
    voices: legend.voices,
    unassigned: legend.unassigned.map((u) => u.hex),
    directions: { ...DEFAULT_DIRECTIONS },
    tolerance: options.tolerance ?? DEFAULT_TOLERANCE,
    source: 'legend',
    origin: 'legend',
  };
}

/**
 * A legend's voice map under a config that names no voice: the config's settings (directions, pace,
 * language, timing, rates, sections, tolerance) over the legend's, its `unassigned` colours added.
 */
function withSettings(map: VoiceMap, settings: VoiceMap | null): VoiceMap {
  if (!settings) return map;
  const { voices: _voices, unassigned, source: _source, origin: _origin, ...rest } = settings;
  return { ...map, ...rest, unassigned: [...map.unassigned, ...unassigned.filter((hex) => !map.unassigned.includes(hex))] };
}

/**
 * The voice map in force: the config when it names voices, else the script's legend when it passes the
 * trust checks (legend-trust.ts), else none (colour groups, with a `legend-rejected` warning when a
 * legend was found but not trusted). A config that names no voice (settings only: `language: fr`)
 * lends its settings to the legend or the colour groups. A legend is never a line: not when it is
 * used, not under a config (`legend-config-differs` says where it and the config disagree on a
 * colour), not when it was not used (it is quoted in `legend-rejected`).
 */
export function castScript(read: Script, config: VoiceMap | null, options: { tolerance?: number } & CastOptions = {}): Casting {
  const cast: CastOptions = { lineIds: options.lineIds !== false };
  // Text a reader does not see (in the colour of what it stands on) is nobody's line: left out, said.
  const { script, warning: unseen } = withoutUnseenText(read);
  const legend = detectLegend(script);
  // A config naming no voice gives settings only: the voices are found as with no config.
  const settings = config && config.voices.length === 0 ? config : null;
  const voiced = settings ? null : config;
  let casting: Casting | null = null;
  let map = voiced;
  const notices: Warning[] = [];
  let rejected: Casting['rejectedLegend'];
  if (voiced) {
    // The legend is compared with the config's voices, by a name or by a voice's colour: a config may
    // rename every voice (legend-config.ts). A legend of another job's voices is said too.
    const under = legend ? legendUnderConfig(legend, voiced, configName(voiced)) : null;
    casting = castByVoiceMap(script, voiced, legend, cast);
    if (under?.warning) notices.push(under.warning);
  } else if (legend) {
    const legendMap = withSettings(legendVoiceMap(legend, { tolerance: options.tolerance ?? settings?.tolerance }), settings);
    const problems = legendProblems(legend, paletteOutside(script, legend), legendMap.tolerance);
    const trial = castByVoiceMap(script, legendMap, legend, cast);
    problems.push(...shareProblems(legend, trial.lines));
    if (problems.length === 0) {
      casting = trial;
      map = legendMap;
      const majority = notRecordedMajority(legend, trial.lines, legendMap.tolerance);
      if (majority) notices.push(majority);
      const unspoken = unspokenLegendVoices(legend, trial.lines);
      if (unspoken) notices.push(unspoken);
    } else {
      notices.push(legendRejected(legend, problems));
      rejected = { legend, reasons: problems.map((p) => p.message) };
    }
  }
  casting ??= castByColour(script, cast, {
    legend,
    ...(settings ? { directions: settings.directions, unassigned: { colours: settings.unassigned, tolerance: settings.tolerance } } : {}),
  });
  if (rejected) casting.rejectedLegend = rejected;
  // Voices told by colour (or style), not by labels: a speaker's name opening a line is not counted (colour-labels.ts).
  const labelled = map?.voices.some((v) => v.labels.length > 0) ?? false;
  if (!labelled) for (const warning of uncountColourLabels(casting.lines, map?.directions ?? settings?.directions ?? DEFAULT_DIRECTIONS, map === null)) casting.warnings.push(warning);
  if (unseen) notices.unshift(unseen);
  // A config none of whose voices has a line: said first, before what follows from it.
  const unused = voiced ? configUnused(casting, voiced) : null;
  if (unused) notices.unshift(unused);
  else if (voiced) for (const warning of emptyVoices(casting, voiced)) notices.push(warning);
  casting.warnings.unshift(...notices);
  // One by one: a call takes only so many arguments, and a damaged file may bring thousands.
  for (const warning of confusableColours(casting, map)) casting.warnings.push(warning);
  if (map) for (const warning of unknownColours(casting, map)) casting.warnings.push(warning);
  if (map) for (const warning of labelsOutOfPlace(casting, map)) casting.warnings.push(warning);
  // Lines of one voice told apart by italics, bold or a font: two voices, maybe, counted as one.
  for (const warning of emphasisWarnings(casting)) casting.warnings.push(warning);
  // Colour groups under a config naming no voice keep its settings (the measure stage reads them there).
  casting.voiceMap = map ?? settings;
  if (settings && settings.origin === 'config') casting.config = settings.source;
  return casting;
}

/**
 * The script's colour groups as `castScript` makes them with no voice map: text a reader does not see
 * left out, a legend's paragraphs no lines (used or not). What a page offers to name.
 */
export function namingGroups(read: Script): Casting {
  const { script } = withoutUnseenText(read);
  return castByColour(script, {}, { legend: detectLegend(script) });
}
