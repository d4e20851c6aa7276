/**
 * A script's legend under a config: the config names the voices (often after the people who read
 * them: "Julien" for the legend's "Narrateur"), the legend still stands in the script and is never
 * a line. Whether the legend is this script's key to the config's voices is told by its names or its
 * colours; where the two disagree on a colour, one warning says so.
 */
import type { Warning } from '../model.js';
import type { VoiceMap } from '../config/voice-map.js';
import { deltaE } from '../colour/distance.js';
import { formatLocation, listOf } from '../text/format.js';
import { nearestVoices } from './match.js';
import type { Legend, LegendEntry } from './legend.js';
import { describeLegendColour } from './legend-trust.js';
import type { LegendColour } from './legend-palette.js';

export type LegendConfigProblem =
  /** The legend gives a voice a colour the config gives to no voice. */
  | { kind: 'no-voice'; legendVoice: string; colour: string; background: boolean }
  /** The legend gives two voices (or more) colours the config gives to one voice. */
  | { kind: 'merged'; legendVoices: string[]; colours: string[]; voice: string }
  /** The legend gives a colour to one of its voices, the config to a voice named as another of the legend's. */
  | { kind: 'other-voice'; legendVoice: string; colour: string; background: boolean; voice: string }
  /** The legend says a colour is not recorded, the config gives it to a voice. */
  | { kind: 'recorded'; colour: string; background: boolean; voice: string }
  /** The config tells its voices by their labels, not by colour, and the legend names voices it does not have. */
  | { kind: 'labels'; legendVoices: string[]; voices: string[] };

export interface LegendUnderConfig {
  /** The legend is about the config's voices (a name or a voice's colour in common): left out of the lines. */
  agrees: boolean;
  problems: LegendConfigProblem[];
  /** `legend-config-differs`, when there are problems. */
  warning: Warning | null;
}

const MAX_QUOTED = 200;
const quoted = (text: string) => (text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text);

/** The config's voices whose colour (of the same kind) is the entry's: none, one, or several tied. */
function voicesFor(config: VoiceMap, colour: LegendColour): string[] {
  return nearestVoices(config, colour.hex, colour.background ? 'background' : 'text');
}

const isUnassigned = (config: VoiceMap, colour: LegendColour) => config.unassigned.some((hex) => deltaE(hex, colour.hex) <= config.tolerance);

/**
 * Compares a legend with the config in force. A voice renamed is normal and says nothing; a colour of
 * the legend's voices that the config gives to no voice (nor lists as not recorded), to a voice it merges with another of the
 * legend's, or to a voice named as another of the legend's, is said; so is a colour the legend says is
 * not recorded and the config gives to a voice.
 */
export function legendUnderConfig(legend: Legend, config: VoiceMap, configName = 'the config'): LegendUnderConfig {
  const names = new Set(config.voices.map((v) => v.name.toLowerCase()));
  // A config that tells every voice by its label (a dubbing script's "MARC :"), by no colour: the
  // legend's colours are nothing to compare; its names are. The same names: nothing to say.
  if (config.voices.length > 0 && config.voices.every((v) => v.labels.length > 0 && v.colors.length === 0 && v.highlights.length === 0)) {
    const others = legend.voices.filter((v) => !names.has(v.name.toLowerCase())).map((v) => v.name);
    if (others.length === 0) return { agrees: true, problems: [], warning: null };
    const problem: LegendConfigProblem = { kind: 'labels', legendVoices: others, voices: config.voices.map((v) => v.name) };
    return {
      agrees: others.length < legend.voices.length,
      problems: [problem],
      warning: {
        code: 'legend-config-differs',
        message: `The legend at ${formatLocation(legend.location)} ("${quoted(legend.text)}") names ${listOf(others)}, which ${configName} does not: it tells its voices (${listOf(problem.voices)}) by their labels, not by colour. The config's voices are used: check that it is this script's config.`,
        location: legend.location,
        details: { text: legend.text, config: configName, problems: [problem] },
      },
    };
  }
  const seen = new Set<string>();
  const voices: LegendEntry[] = [];
  for (const entry of legend.entries) {
    if (entry.notRecorded || entry.colour === null || seen.has(entry.name.toLowerCase())) continue;
    seen.add(entry.name.toLowerCase());
    voices.push(entry);
  }
  const byColour = voices.map((entry) => ({ entry, voices: voicesFor(config, entry.colour!) }));
  // A legend that shares no name and no colour with the config (another job's config) is compared all the same: each of its voices is given to none.
  const agrees = legend.voices.some((v) => names.has(v.name.toLowerCase())) || byColour.some((m) => m.voices.length > 0);

  const problems: LegendConfigProblem[] = [];
  const legendNames = new Map(voices.map((entry) => [entry.name.toLowerCase(), entry]));
  const merged = new Map<string, LegendEntry[]>();
  for (const { entry, voices: matched } of byColour) {
    const colour = entry.colour!;
    if (matched.length === 0) {
      // A legend voice's colour the config itself lists as not recorded was put there on purpose (a
      // narrator's own config, the others' colours unassigned): nothing to say.
      if (!isUnassigned(config, colour)) problems.push({ kind: 'no-voice', legendVoice: entry.name, colour: colour.hex, background: colour.background });
      continue;
    }
    if (matched.length > 1) continue; // a tie: unknownColours (checks.ts) says it for the lines
    const voice = matched[0]!;
    const namesake = legendNames.get(voice.toLowerCase());
    if (namesake && namesake !== entry) problems.push({ kind: 'other-voice', legendVoice: entry.name, colour: colour.hex, background: colour.background, voice });
    merged.set(voice, [...(merged.get(voice) ?? []), entry]);
  }
  for (const [voice, entries] of merged) {
    if (entries.length > 1) problems.push({ kind: 'merged', legendVoices: entries.map((e) => e.name), colours: entries.map((e) => e.colour!.hex), voice });
  }
  for (const colour of legend.unassigned) {
    const matched = voicesFor(config, colour);
    if (matched.length === 1) problems.push({ kind: 'recorded', colour: colour.hex, background: colour.background, voice: matched[0]! });
  }
  if (problems.length === 0) return { agrees, problems, warning: null };

  const said = problems.map((p) => {
    switch (p.kind) {
      case 'no-voice':
        return `it gives ${describeLegendColour({ hex: p.colour, background: p.background })} to ${p.legendVoice}, which ${configName} gives to no voice`;
      case 'merged':
        return `it gives ${listOf(p.legendVoices.map((name, i) => `${p.colours[i]} to ${name}`))}, ${configName} gives ${p.legendVoices.length === 2 ? 'both' : 'all'} to ${p.voice}`;
      case 'other-voice':
        return `it gives ${describeLegendColour({ hex: p.colour, background: p.background })} to ${p.legendVoice}, ${configName} to ${p.voice}, another of the legend's voices`;
      case 'recorded':
        return `it says ${describeLegendColour({ hex: p.colour, background: p.background })} is not recorded, ${configName} gives it to ${p.voice}`;
    }
  });
  const location = legend.location;
  return {
    agrees,
    problems,
    warning: {
      code: 'legend-config-differs',
      message: `The legend at ${formatLocation(location)} ("${quoted(legend.text)}") does not say what ${configName} says: ${said.join('; ')}. The config's voices are used: check its colours against the legend before recording.`,
      location,
      details: { text: legend.text, config: configName, problems },
    },
  };
}
