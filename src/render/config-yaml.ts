/**
 * A starting `vo-lines.config.yaml` for a script: its voices from the legend or, failing that, one
 * voice per colour named by the colour, with word counts as comments, for the user to rename and keep.
 * The script's ordinary text (black or automatic, no background), and a colour only its headings use
 * (Word's blue "Heading 1"), are proposed as not recorded, on commented lines that are easy to move
 * back among the voices.
 */
import type { Casting } from '../attribute/cast.js';
import { headingOnlyGroups, type SpeakerLabels } from '../attribute/speaker-labels.js';
import { BLACK } from '../colour/hex.js';
import type { Hex } from '../model.js';
import { count, formatLocation, listOf, plural } from '../text/format.js';
import { plainName } from '../colour/names.js';
import { type VoiceSpec } from '../config/voice-map.js';
import { DEFAULT_TOLERANCE, DEFAULT_WPM } from '../config/settings.js';
import { buildReport } from '../measure/report.js';
import { writtenLanguage } from '../measure/language.js';
import { normaliseSpace } from '../text/words.js';
import { headingKeys, locationKey } from '../text/headings.js';
import { deltaE } from '../colour/distance.js';

/** A YAML double-quoted string. */
const quote = (text: string) => JSON.stringify(text);

/** A YAML key: plain when safe, quoted otherwise. */
const key = (text: string) => (/^[\p{L}][\p{L}\p{N} _-]*$/u.test(text) && !/^(yes|no|true|false|on|off|null|y|n)$/i.test(text) ? text : quote(text));

const list = (values: readonly string[]) => (values.length === 1 ? quote(values[0]!) : `[${values.map(quote).join(', ')}]`);

export interface StarterConfig {
  text: string;
  /** The voices written, by the names in the file. */
  voices: string[];
  /** Those of them named after a legend that was not used (Casting.rejectedLegend), to be checked. */
  fromLegend: string[];
  /** The ordinary text colour proposed as not recorded (see the file's comments), when it was. */
  proposedUnassigned: Hex | null;
  /** Colours only headings use, proposed as not recorded too. */
  proposedHeadings: Hex[];
}

/** The colour group of ordinary text: black (or automatic) with no background. */
const isBody = (voice: VoiceSpec) => voice.highlights.length === 0 && voice.colors.length === 1 && voice.colors[0] === BLACK;

/** "N words, M lines" of a voice (null: text of no voice), for the comments beside each colour. */
function tallies(casting: Casting): (voice: string | null) => string {
  const counts = new Map<string | null, { words: number; lines: number }>();
  for (const line of casting.lines) {
    const entry = counts.get(line.voice) ?? { words: 0, lines: 0 };
    entry.words += line.words;
    entry.lines++;
    counts.set(line.voice, entry);
  }
  return (voice) => {
    const count = counts.get(voice) ?? { words: 0, lines: 0 };
    return `${plural(count.words, 'word')}, ${plural(count.lines, 'line')}`;
  };
}

/** The voices a legend that was not used gives a colour group's colour to (none without such a legend). */
function legendNamesOf(casting: Casting, voice: VoiceSpec): string[] {
  const entries = casting.rejectedLegend?.legend.entries ?? [];
  const hex = voice.highlights[0] ?? voice.colors[0];
  const background = voice.highlights.length > 0;
  return [...new Set(entries.filter((e) => !e.notRecorded && e.colour?.hex === hex && e.colour.background === background).map((e) => e.name))];
}

/** Comment text: one line, cut as the warnings cut a legend. */
const commentText = (text: string, max = 200) => {
  const flat = normaliseSpace(text);
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/**
 * A pace in characters a minute (a script in Chinese or Japanese: report.total.wpm when
 * report.timing.paceUnit is `characters`): the config must time the script as it was timed without it.
 */
export interface CharacterPace {
  wpm: number;
}

/**
 * The pace a script written in Chinese or Japanese is timed at without a config, in characters a
 * minute (its report's); undefined for a script counted in words, which keeps the default line.
 */
export function characterPaceOf(casting: Casting): CharacterPace | undefined {
  const writing = writtenLanguage(casting.lines.map((l) => l.text));
  if (writing !== 'zh' && writing !== 'ja') return undefined;
  const report = buildReport(casting);
  return report.timing.paceUnit === 'characters' ? { wpm: report.total.wpm } : undefined;
}

/**
 * The config's pace line: the default words a minute and the presets; or, for a script counted by
 * characters, its pace in characters a minute and no preset (the presets are paces in words).
 */
function paceLine(characters: CharacterPace | undefined): string {
  if (characters) return `wpm: ${characters.wpm}   # characters a minute: this script is counted one word per character, so its pace is in characters`;
  return `wpm: ${DEFAULT_WPM}   # or pace: e-learning | commercial | audiobook | documentary | explainer`;
}

export function renderStarterConfig(casting: Casting, file: string, characters = characterPaceOf(casting)): StarterConfig {
  const tally = tallies(casting);
  const out: string[] = [];
  const legend = casting.mode === 'legend' ? casting.legend : null;
  if (legend) {
    out.push(`# vo-lines config for ${file}, written by \`vo-lines init\` from the legend at ${formatLocation(legend.location)}:`);
    out.push(`#   ${legend.text}`);
  } else {
    out.push(`# vo-lines config for ${file}, written by \`vo-lines init\`: one voice per colour found.`);
  }
  // A legend that was not used still names the voices it gives a colour of the script to, one each.
  const rejected = legend ? undefined : casting.rejectedLegend;
  const named = new Map(casting.voices.map((voice) => [voice, legendNamesOf(casting, voice)]));
  const takesName = (voice: VoiceSpec) => named.get(voice)!.length === 1;
  if (rejected) {
    out.push(`# The legend at ${formatLocation(rejected.legend.location)} ("${commentText(rejected.legend.text)}") was not used: ${commentText(rejected.reasons.join('; '), 400)}.`);
  }
  if (rejected && casting.voices.some(takesName)) {
    out.push('# A colour it gives to one voice is named after that voice: check each. Rename the others (or delete the colours that are not voices), then keep this file beside the script.');
  } else if (!legend) {
    out.push('# Rename each voice (or delete the colours that are not voices), then keep this file beside the script.');
  }
  const spec = (voice: VoiceSpec) =>
    `{ ${[voice.colors.length ? `color: ${list(voice.colors)}` : '', voice.highlights.length ? `highlight: ${list(voice.highlights)}` : ''].filter(Boolean).join(', ')} }`;

  // Without a legend, ordinary black text is proposed as not recorded, unless it is the only colour;
  // so is a colour only headings use, while a colour of the script's lines is left to name.
  const body = legend ? null : (casting.voices.find(isBody) ?? null);
  const headingOnly = legend ? [] : headingOnlyGroups(casting).filter((voice) => voice !== body);
  const proposeHeadings = casting.voices.some((voice) => !headingOnly.includes(voice)) ? headingOnly : [];
  const proposeBody = body !== null && casting.voices.some((voice) => voice !== body && !proposeHeadings.includes(voice));
  const written: string[] = [];
  const fromLegend: string[] = [];
  const headingsFromLegend: Hex[] = [];
  const used = new Set<string>();
  // Names a legend gives are taken first, so that a colour's name never takes one of them.
  for (const voice of casting.voices) if (takesName(voice)) used.add(named.get(voice)![0]!);
  const unspoken = unspokenVoices(casting);
  const active: VoiceSpec[] = [];
  out.push('voices:');
  for (const voice of casting.voices) {
    if ((proposeBody && voice === body) || proposeHeadings.includes(voice)) continue;
    let name = voice.name;
    let note = '';
    if (!legend) {
      const names = named.get(voice)!;
      if (names.length === 1) {
        name = names[0]!;
        fromLegend.push(name);
        note = `; ${name} in the legend`;
      } else {
        // Colour groups are named "#404040 dark grey": the voice is named by its plain colour name.
        const hex = voice.highlights[0] ?? voice.colors[0]!;
        name = voice.highlights.length ? `${plainName(hex)} highlight` : plainName(hex);
        if (used.has(name)) name = `${name} ${hex}`;
        if (rejected) note = names.length ? `; the legend gives it to ${listOf(names)}` : '; not in the legend';
      }
    }
    used.add(name);
    written.push(name);
    // A colour whose every word is in brackets (directions, nothing spoken) is very likely no voice: said.
    if (unspoken.has(voice.name)) note += '; every word in brackets (directions, nothing spoken): if it is not recorded, move its colour to unassigned';
    out.push(`  ${key(name)}: ${spec(voice)}   # ${tally(voice.name)}${note}`);
    active.push(voice);
  }
  const unassigned: string[] = [];
  // The colours of backgrounds among them (the others are text colours): see unassignedList.
  const backgrounds = new Set<string>();
  const notes: string[] = [];
  if (legend) {
    // Each colour the legend says is not recorded, with its own words (not all the text of no voice:
    // titles and headings in colours the legend does not name are counted apart).
    const unvoiced = unvoicedLooks(casting);
    const tolerance = casting.voiceMap?.tolerance ?? 0;
    const taken = new Set<UnvoicedLook>();
    const claim = (colour: { hex: Hex; background: boolean }) => {
      const words = { words: 0, lines: new Set<string>() };
      for (const look of unvoiced) {
        const hex = colour.background ? look.background : look.background ? null : look.color;
        if (hex === null || taken.has(look) || deltaE(hex, colour.hex) > tolerance) continue;
        taken.add(look);
        words.words += look.words;
        for (const line of look.lines) words.lines.add(line);
      }
      return `${plural(words.words, 'word')}, ${plural(words.lines.size, 'line')}`;
    };
    for (const colour of legend.unassigned) {
      unassigned.push(colour.hex);
      if (colour.background) backgrounds.add(colour.hex);
      notes.push(`${colour.hex} ${plainName(colour.hex)}${colour.background ? ' highlight' : ''}: not recorded, from the legend (${claim(colour)})`);
    }
    // Ordinary black text the legend says nothing about: proposed as not recorded too, said as the legend says it.
    const everyVoiceHighlighted = casting.voices.length > 0 && casting.voices.every((v) => v.colors.length === 0 && v.highlights.length > 0);
    if (!unassigned.includes(BLACK) && !casting.voices.some((v) => v.colors.includes(BLACK))) {
      const black = claim({ hex: BLACK, background: false });
      if (!black.startsWith('0 words')) {
        unassigned.push(BLACK);
        if (everyVoiceHighlighted && legend.plainNotRecorded) notes.push(`${BLACK}: plain text with no highlight, not recorded, from the legend (${black})`);
        else if (everyVoiceHighlighted) notes.push(`${BLACK}: plain text with no highlight (${black}); the legend gives every voice a highlight, so taken as not recorded`);
        else notes.push(`${BLACK}: black text the legend does not name (${black}), taken as not recorded`);
      }
    }
    // Colours the legend does not name that only headings use (Word's blue "Heading 1"): not recorded too.
    for (const group of groupsByColour(unvoiced.filter((look) => !taken.has(look) && look.background === null))) {
      if (!group.headingsOnly) continue;
      const name = plainName(group.hex);
      out.push(`  # ${key(`${name} ${group.hex}`)}: { color: ${quote(group.hex)} }   # ${plural(group.words, 'word')}, ${plural(group.lines.size, 'line')}, all headings: if they are read, uncomment this line (and name it) and take "${group.hex}" out of unassigned`);
      unassigned.push(group.hex);
      headingsFromLegend.push(group.hex);
      notes.push(`${group.hex} ${name}: headings only, which the legend does not name, taken as not recorded`);
      for (const look of group.looks) taken.add(look);
    }
    // Any other text colour the legend does not name: said, left for the user to give to a voice or to
    // unassigned (a background the legend does not name is a table's band or a cell's fill more often than not).
    for (const group of groupsByColour(unvoiced.filter((look) => !taken.has(look) && look.background === null))) {
      out.push(`  # ${group.hex} ${plainName(group.hex)}: ${plural(group.words, 'word')}, ${plural(group.lines.size, 'line')} in a text colour the legend does not name: give it to a voice, or add it to unassigned`);
    }
  }
  // Commented-out voices keep names of their own: uncommented, a name twice is a duplicate key.
  const unique = (name: string, hex: Hex) => {
    const free = used.has(name) ? `${name} ${hex}` : name;
    used.add(free);
    return free;
  };
  if (proposeBody) {
    out.push(`  # ${key(unique('black', BLACK))}: ${spec(body)}   # ${tally(body.name)}: if this text is read, uncomment this line and take "${BLACK}" out of unassigned`);
    unassigned.push(BLACK);
    notes.push('black text (titles, directions…) taken as not recorded');
  }
  for (const voice of proposeHeadings) {
    const hex = voice.highlights[0] ?? voice.colors[0]!;
    const name = voice.highlights.length ? `${plainName(hex)} highlight` : plainName(hex);
    out.push(`  # ${key(unique(name, hex))}: ${spec(voice)}   # ${tally(voice.name)}, all headings: if they are read, uncomment this line and take "${hex}" out of unassigned`);
    unassigned.push(hex);
    if (voice.highlights.length) backgrounds.add(hex);
    notes.push(`${hex} ${name}: headings only, taken as not recorded`);
  }
  if (unassigned.length) out.push(`unassigned: ${unassignedList(unassigned, backgrounds, active, casting.voiceMap?.tolerance ?? DEFAULT_TOLERANCE)}   # ${notes.join('; ')}`);
  else out.push('# unassigned: ["#000000"]   # colours of text nobody records (titles, directions)');
  out.push(paceLine(characters));
  return {
    text: `${out.join('\n')}\n`,
    voices: written,
    fromLegend,
    proposedUnassigned: proposeBody ? BLACK : null,
    proposedHeadings: [...proposeHeadings.map((voice) => voice.highlights[0] ?? voice.colors[0]!), ...headingsFromLegend],
  };
}

/** The voices (or colour groups) with words in their lines but none spoken: every word in brackets. */
function unspokenVoices(casting: Casting): Set<string> {
  const words = new Map<string, { words: number; spoken: number }>();
  for (const line of casting.lines) {
    if (line.voice === null) continue;
    const t = words.get(line.voice) ?? { words: 0, spoken: 0 };
    t.words += line.words;
    t.spoken += line.spokenWords;
    words.set(line.voice, t);
  }
  return new Set([...words].filter(([, t]) => t.words > 0 && t.spoken === 0).map(([voice]) => voice));
}

/** A look of the text of no voice: its words, its lines (by locationKey and text), whether all are headings. */
interface UnvoicedLook {
  color: Hex;
  background: Hex | null;
  words: number;
  lines: Set<string>;
  headingsOnly: boolean;
}

/** The looks of the lines of no voice, by colour and background. */
function unvoicedLooks(casting: Casting): UnvoicedLook[] {
  const headings = headingKeys(casting.script.paragraphs);
  const looks = new Map<string, UnvoicedLook>();
  casting.lines.forEach((line, index) => {
    if (line.voice !== null) return;
    const heading = headings.has(locationKey(line.location));
    for (const look of line.looks) {
      if (look.words === 0) continue;
      const id = `${look.color}|${look.background ?? ''}`;
      let entry = looks.get(id);
      if (!entry) looks.set(id, (entry = { color: look.color, background: look.background, words: 0, lines: new Set(), headingsOnly: true }));
      entry.words += look.words;
      entry.lines.add(String(index));
      entry.headingsOnly &&= heading;
    }
  });
  return [...looks.values()];
}

/** Looks grouped by the colour that shows (the background when there is one), in the order met. */
function groupsByColour(looks: readonly UnvoicedLook[]): { hex: Hex; background: boolean; words: number; lines: Set<string>; headingsOnly: boolean; looks: UnvoicedLook[] }[] {
  const groups = new Map<string, { hex: Hex; background: boolean; words: number; lines: Set<string>; headingsOnly: boolean; looks: UnvoicedLook[] }>();
  for (const look of looks) {
    const hex = look.background ?? look.color;
    const id = `${hex}|${look.background !== null}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { hex, background: look.background !== null, words: 0, lines: new Set(), headingsOnly: true, looks: [] }));
    group.words += look.words;
    for (const line of look.lines) group.lines.add(line);
    group.headingsOnly &&= look.headingsOnly;
    group.looks.push(look);
  }
  return [...groups.values()];
}

/**
 * The `unassigned` list as written: a text colour that is also a voice's highlight (black titles
 * beside a voice highlighted in black, its text white) written `{ color: X }`, text only, and a
 * background that is also a voice's text colour `{ highlight: X }`: as plain colours the config
 * loader refuses them (a colour is either a voice's or not recorded), and they are not the same colour.
 */
function unassignedList(unassigned: readonly string[], backgrounds: ReadonlySet<string>, voices: readonly VoiceSpec[], tolerance: number): string {
  const near = (colours: readonly Hex[], hex: string) => colours.some((c) => deltaE(c, hex as Hex) <= tolerance);
  const entry = (hex: string) => {
    if (!backgrounds.has(hex) && voices.some((v) => near(v.highlights, hex))) return `{ color: ${quote(hex)} }`;
    if (backgrounds.has(hex) && voices.some((v) => near(v.colors, hex))) return `{ highlight: ${quote(hex)} }`;
    return quote(hex);
  };
  return `[${unassigned.map(entry).join(', ')}]`;
}

/**
 * The config for voices named by hand (the page's "name the colours"): each voice under the name it
 * was given, with its colours and word counts, the colours left unnamed as not recorded.
 */
export function renderNamedConfig(casting: Casting, file: string, wpm?: number): string {
  const map = casting.voiceMap;
  const tally = tallies(casting);
  const out = [`# vo-lines config for ${file}, from the names given to its colours on the vo-lines page.`, 'voices:'];
  for (const voice of casting.voices) {
    const spec = [voice.colors.length ? `color: ${list(voice.colors)}` : '', voice.highlights.length ? `highlight: ${list(voice.highlights)}` : ''].filter(Boolean).join(', ');
    out.push(`  ${key(voice.name)}: { ${spec} }   # ${tally(voice.name)}`);
  }
  const unassigned = map?.unassigned ?? [];
  if (unassigned.length) out.push(`unassigned: [${unassigned.map(quote).join(', ')}]   # not recorded: ${tally(null)}`);
  // No pace set on the page: the script's own (characters a minute for Chinese or Japanese).
  out.push(wpm === undefined ? paceLine(characterPaceOf(casting)) : `wpm: ${wpm}`);
  return `${out.join('\n')}\n`;
}

/** `continueLabels` at its default, with how many paragraphs with no label went on from a speaker's line in this script. */
function continueLabelsLine(casting: Casting): string {
  let going = 0;
  for (const w of casting.warnings) if (w.code === 'label-continued') going += Number(w.details?.paragraphs ?? 0);
  const counted = going ? `${plural(going, 'paragraph')} with no label here ${going === 1 ? 'is' : 'are'} counted so` : 'none here';
  return `continueLabels: true   # a paragraph with no label right after a speaker's line goes on with that speaker (${counted}); false: nobody's, each said`;
}

/**
 * A starting config for a script coded by speaker labels and not by colour (attribute/speaker-labels):
 * one voice per speaker's label, named by it; a direction's label (`SFX:`) on a commented line; every
 * colour of the script not recorded, so that text without a label (titles, directions) is nobody's.
 * `casting` is the script cast with those voices (labelVoiceMap), for the counts beside each.
 */
export function renderLabelConfig(
  casting: Casting,
  labels: SpeakerLabels,
  file: string,
  characters = characterPaceOf(casting),
  fields: readonly { label: { label: string; words: number; paragraphs: number }; written: string[] }[] = [],
): StarterConfig {
  const tally = tallies(casting);
  const directions = labels.labels.filter((l) => l.direction);
  const onLines = labels.layout === 'name-lines';
  const out = onLines
    ? [
        `# vo-lines config for ${file}, written by \`vo-lines init\`: no colour coding, one voice per speaker's name standing on a line`,
        `# of its own (${plural(labels.labelled, 'paragraph')} of ${count(labels.body)} are such a name or its dialogue). Check each name (a voice's name can be changed;`,
        '# its label is the name as the script writes it on its line), delete what is no voice, then keep this file beside the script.',
        'voices:',
      ]
    : [
        `# vo-lines config for ${file}, written by \`vo-lines init\`: no colour coding, one voice per speaker label found`,
        `# (${plural(labels.labelled, 'paragraph')} of ${count(labels.body)} open with one). Check each name (a voice's name can be changed;`,
        '# its label is what the script writes before the colon or tab), delete what is no voice, then keep this file beside the script.',
        'voices:',
      ];
  const written: string[] = [];
  for (const voice of casting.voices) {
    written.push(voice.name);
    out.push(`  ${key(voice.name)}: { label: ${list(voice.labels)} }   # ${tally(voice.name)}`);
  }
  for (const label of directions) {
    out.push(`  # ${key(label.label)}: { label: ${quote(label.label)} }   # ${plural(label.words, 'word')}, ${plural(label.paragraphs, 'paragraph')}: a direction or a note, not a voice? If it is read, uncomment this line`);
  }
  // A field of the spots' header blocks (`CLIENT: Acme`), beside TITLE and LENGTH: no voice, said how it is written.
  for (const { label, written } of fields) {
    out.push(`  # ${key(label.label)}: { label: ${quote(label.label)} }   # ${plural(label.words, 'word')}, ${plural(label.paragraphs, 'paragraph')}, ${label.paragraphs === 1 ? 'a field' : 'each a field'} of a spot's header block (${written[0]}), not a voice`);
  }
  const unassigned = casting.voiceMap?.unassigned ?? [];
  const left = tally(null);
  const nobodys = onLines ? 'text that is no dialogue below a name (titles, scene headings, action, parentheticals…)' : 'text without a speaker label (titles, directions…)';
  if (unassigned.length) out.push(`unassigned: [${unassigned.map(quote).join(', ')}]   # ${nobodys}, not recorded: ${left}`);
  // Paragraph labels: the setting of a speech going on with no label (attribute/continued.ts), at its default, so that it is found.
  if (!onLines) out.push(continueLabelsLine(casting));
  out.push(paceLine(characters));
  return { text: `${out.join('\n')}\n`, voices: written, fromLegend: [], proposedUnassigned: null, proposedHeadings: [] };
}

/** The comment beside a language chosen on the page: what it does, as the command line says it. */
const chosenComment = (language: string) => `# chosen on the vo-lines page ("Read it as…"): the script is counted in it, as --lang ${language} does`;

/**
 * A config's text with the script's language the narrator chose on the page (Settings.language, `--lang`), so that
 * the command line counts with it as the page did: a YAML config's top-level `language:` line replaced (its other
 * lines kept as written, comments included) or one added at its end; a JSON config's `language` set. Unchanged
 * when no language was chosen.
 */
export function withChosenLanguage(text: string, language: string | undefined, json = false): string {
  if (language === undefined) return text;
  if (json) {
    const data = JSON.parse(text) as Record<string, unknown>;
    return `${JSON.stringify({ ...data, language }, null, 2)}\n`;
  }
  // Quoted: `no` (Norwegian) is a boolean to a YAML 1.1 reader.
  const line = `language: ${quote(language)}   ${chosenComment(language)}`;
  const top = /^language[ \t]*:.*$/m;
  if (top.test(text)) return text.replace(top, line);
  return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${line}\n`;
}

/** The comment beside a pace set on the page: what it does, as the command line says it. */
const paceComment = (wpm: number) => `# set on the vo-lines page: every voice is timed at it, as --wpm ${wpm} does`;

/** The settings a pace set on the page stands in for: a top-level pace, or a voice's own (as --wpm overrides them). */
const PACE_FIELDS = ['wpm', 'pace', 'syllablesPerSecond'] as const;

/** Whether a config's voices (an object of voice name → settings) set a pace of their own. */
const voicesPaced = (voices: unknown) =>
  typeof voices === 'object' && voices !== null && !Array.isArray(voices) && Object.values(voices).some((spec) => typeof spec === 'object' && spec !== null && PACE_FIELDS.some((field) => Object.hasOwn(spec, field)));

/**
 * A config's text with the pace the narrator set on the page (Settings.wpm, `--wpm`: words a minute, characters a minute
 * for Chinese and Japanese), so that the command line times the script as the page did. The page's pace is every
 * voice's, as --wpm is: the config's top-level `wpm` is set to it and its `pace` and `syllablesPerSecond` taken out
 * (the latter would be refused beside a `wpm`, and timing by syllables then scales the language's rate by the pace, as
 * --wpm does), and so are a voice's own `wpm`, `pace` and `syllablesPerSecond`. YAML: when only the top-level pace
 * changes, its line is replaced (or one added at the end), every other line as written; when a voice's own pace or a
 * `syllablesPerSecond` must go, the file is rewritten by the YAML library, its comments kept (a flow list padded as it writes one: `[ "#000000" ]`). JSON: the fields set and
 * removed. Unchanged when no pace was set.
 */
export async function withChosenPace(text: string, wpm: number | undefined, json = false): Promise<string> {
  if (wpm === undefined) return text;
  if (json) {
    const data = JSON.parse(text) as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(data)) if (!(PACE_FIELDS as readonly string[]).includes(name)) out[name] = value;
    if (voicesPaced(data.voices)) {
      out.voices = Object.fromEntries(
        Object.entries(data.voices as Record<string, unknown>).map(([name, spec]) => [name, typeof spec === 'object' && spec !== null ? Object.fromEntries(Object.entries(spec).filter(([field]) => !(PACE_FIELDS as readonly string[]).includes(field))) : spec]),
      );
    }
    out.wpm = wpm;
    return `${JSON.stringify(out, null, 2)}\n`;
  }
  const { parse, parseDocument, isMap } = await import('yaml');
  const data = (parse(text) ?? {}) as Record<string, unknown>;
  if (typeof data === 'object' && data !== null && (voicesPaced(data.voices) || Object.hasOwn(data, 'syllablesPerSecond'))) {
    const doc = parseDocument(text);
    doc.delete('pace');
    doc.delete('syllablesPerSecond');
    const voices = doc.get('voices', true);
    if (isMap(voices)) for (const item of voices.items) if (isMap(item.value)) for (const field of PACE_FIELDS) item.value.delete(field);
    const node = doc.createNode(wpm);
    node.comment = ` ${paceComment(wpm).slice(2)}`;
    doc.set('wpm', node);
    return doc.toString({ lineWidth: 0 });
  }
  const line = `wpm: ${wpm}   ${paceComment(wpm)}`;
  const top = /^(?:wpm|pace)[ \t]*:.*(?:\r?\n|$)/gm;
  let replaced = false;
  const out = text.replace(top, (found) => {
    if (replaced) return '';
    replaced = true;
    return `${line}${found.endsWith('\n') ? (found.endsWith('\r\n') ? '\r\n' : '\n') : ''}`;
  });
  if (replaced) return out;
  return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${line}\n`;
}
