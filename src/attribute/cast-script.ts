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
import { confusableColours, labelsOutOfPlace, unknownColours } from './checks.js';
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
 * The voice map in force: the config when there is one, else the script's legend when it passes the
 * trust checks (legend-trust.ts), else none (colour groups, with a `legend-rejected` warning when a
 * legend was found but not trusted). A legend is left out of the lines whenever it is used, and with
 * a config when it names the config's voices or gives their colours (`legend-config-differs` says
 * where it and the config disagree on a colour).
 */
export function castScript(read: Script, config: VoiceMap | null, options: { tolerance?: number } & CastOptions = {}): Casting {
  const cast: CastOptions = { lineIds: options.lineIds !== false };
  // Text a reader does not see (in the colour of what it stands on) is nobody's line: left out, said.
  const { script, warning: unseen } = withoutUnseenText(read);
  const legend = detectLegend(script);
  let casting: Casting | null = null;
  let map = config;
  const notices: Warning[] = [];
  let rejected: Casting['rejectedLegend'];
  if (config) {
    // The legend is left out of the lines when it is about the config's voices, by a name or by a
    // voice's colour: a config may rename every voice (legend-config.ts).
    const under = legend ? legendUnderConfig(legend, config, configLabel(config)) : null;
    casting = castByVoiceMap(script, config, under?.agrees ? legend : null, cast);
    if (under?.warning) notices.push(under.warning);
  } else if (legend) {
    const legendMap = legendVoiceMap(legend, options);
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
  casting ??= castByColour(script, cast);
  if (rejected) casting.rejectedLegend = rejected;
  // Voices told by colour (or style), not by labels: a speaker's name opening a line is not counted (colour-labels.ts).
  const labelled = map?.voices.some((v) => v.labels.length > 0) ?? false;
  const uncounted = labelled ? null : uncountColourLabels(casting.lines, map?.directions ?? DEFAULT_DIRECTIONS, map === null);
  if (uncounted) casting.warnings.push(uncounted);
  if (unseen) notices.unshift(unseen);
  casting.warnings.unshift(...notices);
  // One by one: a call takes only so many arguments, and a damaged file may bring thousands.
  for (const warning of confusableColours(casting, map)) casting.warnings.push(warning);
  if (map) for (const warning of unknownColours(casting, map)) casting.warnings.push(warning);
  if (map) for (const warning of labelsOutOfPlace(casting, map)) casting.warnings.push(warning);
  // Lines of one voice told apart by italics, bold or a font: two voices, maybe, counted as one.
  for (const warning of emphasisWarnings(casting)) casting.warnings.push(warning);
  casting.voiceMap = map;
  return casting;
}


/** How a warning names the config: its file's name ("vo-lines.config.yaml"), else "the config". */
function configLabel(config: VoiceMap): string {
  if (config.origin !== 'config' || !config.source) return 'the config';
  const base = config.source.split(/[\\/]/).pop();
  return base ? base : 'the config';
}
