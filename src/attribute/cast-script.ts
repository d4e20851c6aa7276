/**
 * How the voices of a script are decided: a config's voice map when there is one, else the script's
 * own legend when it can be trusted, else colour groups; then the risky coding is flagged.
 */
import type { Paragraph, Script, Warning } from '../model.js';
import { deltaE } from '../colour/distance.js';
import { describeColour } from '../colour/names.js';
import { count, formatLocation, listOf } from '../text/format.js';
import { DEFAULT_DIRECTIONS, spokenText } from '../text/directions.js';
import { DEFAULT_TOLERANCE } from '../config/settings.js';
import type { VoiceMap } from '../config/voice-map.js';
import { castByColour, castByVoiceMap, idOf, type Casting, type CastOptions } from './cast.js';
import { labelsOfOtherVoices, studioNotes, uncountColourLabels } from './colour-labels.js';
import { labelsLeftOut } from './labels-left-out.js';
import { labelsAlone } from './labels-alone.js';
import { configName, configUnused, confusableColours, emptyVoices, labelsOutOfPlace, unknownColours } from './checks.js';
import { emphasisWarnings } from './emphasis.js';
import { twoVoicesOneStretch } from './match.js';
import { withoutUnseenText } from './invisible.js';
import { detectLegend, paletteOutside, unreadLegends, type Legend, type LegendEntry } from './legend.js';
import { legendUnderConfig } from './legend-config.js';
import { legendPartNotRead, legendProblems, legendRejected, notRecordedMajority, shareProblems, unspokenLegendVoices } from './legend-trust.js';
import { locationKey } from '../text/headings.js';
import { legendDirections, legendDirectionsApplied, legendDirectionsNotApplied, withLegendPairs, type LegendDirections } from './legend-directions.js';
import { countWords, hasWord } from '../text/words.js';

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
  // A legend read in part (a note in it not understood): said, whatever the voices come from.
  const partly = legend ? legendPartNotRead(legend) : null;
  // A config naming no voice gives settings only: the voices are found as with no config.
  const settings = config && config.voices.length === 0 ? config : null;
  const voiced = settings ? null : config;
  let casting: Casting | null = null;
  let map = voiced;
  const notices: Warning[] = [];
  let rejected: Casting['rejectedLegend'];
  let titleBlock: Warning | null = null;
  // Paragraphs wholly in brackets a legend says are not recorded: nobody's, said once (legend-directions-applied).
  const bracketed = new Set<Casting['lines'][number]>();
  if (voiced) {
    // The legend is compared with the config's voices, by a name or by a voice's colour: a config may
    // rename every voice (legend-config.ts). A legend of another job's voices is said too.
    const under = legend ? legendUnderConfig(legend, voiced, configName(voiced)) : null;
    casting = castByVoiceMap(script, voiced, legend, cast);
    if (under?.warning) notices.push(under.warning);
    if (!legend) {
      // A paragraph that looks like a legend, not read, whose words the config counts as a voice's: said.
      // (Gathered only when a paragraph looks like one: most scripts hold none, and a key per line costs.)
      let counted: Set<string> | null = null;
      const lines = casting.lines;
      const isCounted = (p: Paragraph): boolean => {
        if (!counted) {
          counted = new Set<string>();
          for (const line of lines) if (line.voice !== null && line.words > 0) counted.add(locationKey(line.location));
        }
        return counted.has(locationKey(p.location));
      };
      for (const warning of unreadLegends(script, { name: configName(voiced), counted: isCounted })) notices.push(warning);
    }
  } else if (legend) {
    const legendMap = withSettings(legendVoiceMap(legend, { tolerance: options.tolerance ?? settings?.tolerance }), settings);
    // The legend's sentence about brackets not recorded ("Directions in [square brackets] are not recorded"): applied.
    const said = legendDirections(legend.text, legend.entries.filter((e) => e.notRecorded && e.colour !== null).map((e) => e.name));
    if (said && said.pairs.length > 0) legendMap.directions = withLegendPairs(legendMap.directions, said.pairs);
    const problems = legendProblems(legend, paletteOutside(script, legend), legendMap.tolerance);
    const trial = castByVoiceMap(script, legendMap, legend, cast);
    // (A legend whose voices have no line because it fails another check is said for that check alone.)
    const share = shareProblems(legend, trial.lines, legendMap.tolerance);
    problems.push(...(problems.length > 0 ? share.filter((p) => p.code !== 'no-voice-lines') : share));
    if (problems.length === 0) {
      casting = trial;
      map = legendMap;
      if (said) notices.push(...applyLegendDirections(casting, said, legend, bracketed));
      titleBlock = titleBlockNotTheVoices(legend, trial, legendMap.tolerance);
      if (titleBlock) notices.push(titleBlock);
      const majority = notRecordedMajority(legend, trial.lines, legendMap.tolerance);
      if (majority) notices.push(majority);
      const unspoken = unspokenLegendVoices(legend, trial.lines);
      if (unspoken) notices.push(unspoken);
    } else {
      notices.push(legendRejected(legend, problems));
      rejected = { legend: forNaming(legend), reasons: problems.map((p) => p.message) };
    }
  } else {
    // No legend read: a paragraph that looks like one is said, rather than a bare "no legend".
    for (const warning of unreadLegends(script)) notices.push(warning);
  }
  casting ??= castByColour(script, cast, {
    legend,
    ...(settings ? { directions: settings.directions, unassigned: { colours: settings.unassigned, tolerance: settings.tolerance, ...(settings.unassignedOnly ? { only: settings.unassignedOnly } : {}) } } : {}),
  });
  if (rejected) casting.rejectedLegend = rejected;
  // Voices told by colour (or style), not by labels: a speaker's name opening a line is not counted (colour-labels.ts);
  // with named voices (a legend's, a config's), only a name that is a speaker's there. In a config mixing voices told
  // by their labels with voices told by colour, the lines of the latter.
  const labelled = map?.voices.some((v) => v.labels.length > 0) ?? false;
  const byColour = labelled ? new Set(map!.voices.filter((v) => v.labels.length === 0).map((v) => v.name)) : null;
  if (!byColour || byColour.size > 0) {
    const named = map ? { voices: map.voices, ...(byColour ? { byColour } : {}) } : null;
    // A speaker's label alone in a voice's colour before another voice's line (`SAM:` in the narrator's black): shown with that line, not counted (labels-alone.ts).
    for (const warning of labelsAlone(casting.lines, named, byColour)) casting.warnings.push(warning);
    for (const warning of uncountColourLabels(casting.lines, map?.directions ?? settings?.directions ?? DEFAULT_DIRECTIONS, map === null, named)) casting.warnings.push(warning);
    // A line in one named voice's colour opening with another's label (`MARIE:` in Paul's blue): counted by its colour, said.
    if (named) for (const warning of labelsOfOtherVoices(casting.lines, named)) casting.warnings.push(warning);
    // A note to the studio in a voice's colour (`NOTE:`, `Note au studio :`) is not read aloud: nobody's, said (colour-labels.ts).
    // With colour groups (no config, no legend), only in a script whose speakers' names open their lines: a document in
    // colours that tell no voices (a manual, an article) has its notes read as any other paragraph.
    const notes = map !== null || casting.lines.some((l) => l.label !== undefined && l.voice !== null) ? studioNotes(casting.lines, byColour) : null;
    if (notes) {
      unvoice(casting, notes.notes.map((i) => casting!.lines[i]!));
      casting.warnings.push(notes.warning);
    }
  }
  if (partly) notices.unshift(partly);
  if (unseen) notices.unshift(unseen);
  // A config none of whose voices has a line: said first, before what follows from it.
  const unused = voiced ? configUnused(casting, voiced) : null;
  if (unused) notices.unshift(unused);
  else if (voiced) {
    // A voice whose lines may stand under a name that differs from another voice's only by accents (`HELÈNE` beside Hélène
    // and Helene) has no line for that reason, which label-accents-alike says: not said again as a voice with no line.
    const alike = new Set(casting.warnings.flatMap((w) => (w.code === 'label-accents-alike' ? ((w.details as { voices: string[] }).voices ?? []) : [])));
    for (const warning of emptyVoices(casting, voiced)) if (!alike.has((warning.details as { voice: string }).voice)) notices.push(warning);
  }
  casting.warnings.unshift(...notices);
  // One by one: a call takes only so many arguments, and a damaged file may bring thousands.
  for (const warning of confusableColours(casting, map)) casting.warnings.push(warning);
  if (map) {
    for (const warning of unknownColours(casting, map, bracketed)) {
      // The title block above a legend giving the plain colour to a voice: said once, by legend-title-block.
      const titles = titleBlock?.details as { colour: string; words: number } | undefined;
      const details = warning.details as { colour?: string; background?: boolean; words?: number } | undefined;
      if (titles && warning.code === 'unknown-colour' && details?.colour === titles.colour && !details.background && details.words === titles.words) continue;
      casting.warnings.push(warning);
    }
  }
  if (map) for (const warning of labelsOutOfPlace(casting, map)) casting.warnings.push(warning);
  // Lines opening with a speaker's label the config names no voice by: nobody's, said (labels-left-out.ts).
  const leftOut = labelled && !unused ? labelsLeftOut(casting.lines, map!, casting.script.paragraphs) : null;
  if (leftOut) casting.warnings.push(leftOut);
  // Text in one voice's colour on another's highlight: the highlight's voice has it, said.
  if (map) for (const warning of twoVoicesOneStretch(map, casting.lines)) casting.warnings.push(warning);
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

/**
 * A legend that gives a voice the colour of the script's ordinary text ("Narrator = black"): the
 * title block above the legend (title, client, version) is in that colour too, and is nobody's
 * line. Those lines are left unassigned, and said (`legend-title-block`). Lines below the legend in
 * that colour stay the voice's: the legend says so.
 */
function titleBlockNotTheVoices(legend: Legend, casting: Casting, tolerance: number): Warning | null {
  const plain = legend.voices.filter((v) => v.colors.some((hex) => deltaE(hex, legend.body) <= tolerance));
  if (plain.length === 0 || legend.paragraphs.length === 0) return null;
  const names = new Set(plain.map((v) => v.name));
  const { story, paragraph: first } = legend.location;
  const moved = casting.lines.filter((l) => l.voice !== null && names.has(l.voice) && l.location.story === story && l.location.paragraph < first && deltaE(l.color, legend.body) <= tolerance && l.background === null);
  if (moved.length === 0) return null;
  unvoice(casting, moved);
  const words = moved.reduce((sum, l) => sum + l.words, 0);
  const shown = moved.slice(0, 3).map((l) => `"${l.text.length > 60 ? `${l.text.slice(0, 59)}…` : l.text}"`);
  return {
    code: 'legend-title-block',
    message: `The legend at ${formatLocation(legend.location)} gives ${describeColour(legend.body)}, the colour of the script's ordinary text, to ${listOf([...names], 'and')}: the ${count(words)} ${words === 1 ? 'word' : 'words'} above it (${listOf(shown, 'and')}${moved.length > 3 ? ', …' : ''}), the title block, are left unassigned. The lines in ${describeColour(legend.body)} below it are ${listOf([...names], 'and')}'s: check that titles and notes among them are not counted.`,
    location: legend.location,
    details: { voices: [...names], colour: legend.body, words, lines: moved.length, text: moved.map((l) => l.text) },
  };
}

/** Lines of the casting made nobody's: each given the ID of unassigned text (unless IDs are not made). */
/**
 * A legend's sentence that text in brackets is not recorded (legend-directions.ts), applied to the lines
 * its voices were given: a paragraph wholly in those brackets is nobody's; words in them inside a line
 * are not spoken (the pair's rule is `anywhere` in the map). Said either way; what it names that is not
 * applied (a look, "brackets" of no one kind) is said too.
 */
function applyLegendDirections(casting: Casting, said: LegendDirections, legend: Legend, moved: Set<Casting['lines'][number]>): Warning[] {
  const warnings: Warning[] = [];
  if (said.pairs.length > 0) {
    const rules = withLegendPairs({}, said.pairs);
    const voices: string[] = [];
    let movedWords = 0;
    let inLines = 0;
    let inWords = 0;
    for (const line of casting.lines) {
      if (line.voice === null || line.words === 0) continue;
      const text = line.label ? line.text.slice(line.label.length) : line.text;
      const spoken = spokenText(text, rules);
      if (spoken === text) continue;
      if (!hasWord(spoken)) {
        moved.add(line);
        movedWords += line.words;
        if (!voices.includes(line.voice)) voices.push(line.voice);
        continue;
      }
      const left = line.words - countWords(spoken);
      if (left > 0) {
        inLines++;
        inWords += left;
      }
    }
    unvoice(casting, [...moved]);
    warnings.push(legendDirectionsApplied(said, legend.location, { lines: moved.size, words: movedWords, voices }, { lines: inLines, words: inWords }));
  }
  if (said.notApplied.length > 0) warnings.push(legendDirectionsNotApplied(said, legend.location));
  return warnings;
}

function unvoice(casting: Casting, lines: readonly Casting['lines'][number][]): void {
  const ids = new Set(casting.lines.map((l) => l.id));
  for (const line of lines) {
    line.voice = null;
    if (line.id === '') continue;
    const base = idOf(null, line.text);
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    line.id = id;
  }
}

/**
 * A legend not used, as `init` names colours after it (a colour it gives to one voice takes that
 * voice's name): a colour another legend gives to another voice is given to both (named after
 * neither), words that fit several colours alike give each of them, and a name given two colours names neither when it is their only name (two voices of one
 * name would be one key twice in the config).
 */
function forNaming(legend: Legend): Legend {
  const disputed = (legend.disagreements ?? []).flatMap((d) => d.voices.map((v) => v.there));
  // Words that fit several colours alike give each of them (to be named after no one voice but one).
  const open = legend.entries.flatMap((e) =>
    e.colour === null && e.candidates ? e.candidates.flatMap((hex) => [false, true].map((background) => ({ ...e, colour: { hex, background } }))) : [],
  );
  if (disputed.length === 0 && open.length === 0 && !legend.entries.some((e, i) => legend.entries.findIndex((f) => f.name.toLowerCase() === e.name.toLowerCase()) !== i)) return legend;
  const all = [...legend.entries, ...disputed, ...open];
  const colours = new Map<string, string[]>();
  for (const entry of all) {
    if (entry.notRecorded || !entry.colour) continue;
    const key = entry.name.toLowerCase();
    const hex = `${entry.colour.hex}/${entry.colour.background}`;
    const list = colours.get(key) ?? [];
    if (!list.includes(hex)) list.push(hex);
    colours.set(key, list);
  }
  const twice = new Set([...colours].filter(([, list]) => list.length > 1).map(([name]) => name));
  // A colour given to that name alone would be named after it, as its other colour: left unnamed.
  const names = new Map<string, Set<string>>();
  for (const entry of all) {
    if (entry.notRecorded || !entry.colour) continue;
    const hex = `${entry.colour.hex}/${entry.colour.background}`;
    names.set(hex, (names.get(hex) ?? new Set()).add(entry.name.toLowerCase()));
  }
  const alone = (e: LegendEntry) => e.colour !== null && names.get(`${e.colour.hex}/${e.colour.background}`)!.size === 1;
  return { ...legend, entries: all.filter((e) => e.notRecorded || !twice.has(e.name.toLowerCase()) || !alone(e)) };
}
