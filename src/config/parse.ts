/**
 * A config's text or parsed data → a typed `Config`: the voice map, the contract, the rule levels and
 * the locked voices, every section checked at once (so a bad section fails in every command) with an
 * error naming the field. YAML is loaded only for a YAML config. No file access here: see file.ts.
 */
import { deltaE } from '../colour/distance.js';
import { parseColour, wordHighlightColour } from '../colour/parse.js';
import type { Hex } from '../model.js';
import { DEFAULT_DIRECTIONS, type DirectionMode, type DirectionRules } from '../text/directions.js';
import { LANGUAGE_PROBLEMS, LANGUAGE_TAGS_ACCEPTED, userLanguageTag } from '../text/language-tag.js';
import { foldVoiceName, parseContract, parseLocked, type Contract } from './contract.js';
import { checkCurrency } from './currency.js';
import { bad, isRecord, paceValue, positiveNumber, shown, unknownField } from './fields.js';
import { displayPath } from '../platform/files.js';
import { parseRules, rulesNamed, type Level, type RuleName } from './rules.js';
import { DEFAULT_TOLERANCE, presetWpm, RATE_UNITS, TIMING_METHODS, type RateCard, type RateUnit, type SectionTarget, type TimingMethod } from './settings.js';
import type { VoiceMap, VoiceSpec } from './voice-map.js';

/** Everything a config file says, checked. */
export interface Config {
  /** The file it was read from (or the name it was given under). */
  source: string;
  voiceMap: VoiceMap;
  /** `contract`: limits per voice (check's `contract` and `max-added-words` rules). */
  contract: Contract;
  /** `rules`: the level of every rule, the config's over the defaults. */
  rules: Record<RuleName, Level>;
  /** The rules its `rules` section names (whatever their level, the default's too); missing: judged from `rules` (those not at their default). */
  rulesWritten?: RuleName[];
  /** `locked`: the voices whose recorded lines must not change (`check --since`). */
  locked: string[];
}

const TOP_LEVEL = ['voices', 'wpm', 'pace', 'tolerance', 'unassigned', 'directions', 'contract', 'rules', 'locked', 'sections', 'language', 'timing', 'syllablesPerSecond', 'rates', 'continueLabels'];
const VOICE_FIELDS = ['color', 'colour', 'highlight', 'style', 'label', 'wpm', 'pace', 'syllablesPerSecond', 'rates', 'language'];
const RATE_FIELDS = ['per', 'rate', 'minimum', 'currency'];
const DIRECTION_MODES = ['anywhere', 'leading', 'off'];

/** Validates parsed config data (from JSON or YAML), naming the bad field in the error. */
export function parseConfig(data: unknown, source: string): Config {
  if (!isRecord(data)) throw bad(source, 'the config must be an object: a "voices" map, settings (language, pace…), or both.');
  for (const key of Object.keys(data)) {
    if (!TOP_LEVEL.includes(key)) throw unknownField(source, key, TOP_LEVEL);
  }
  const voiceMap = voiceMapOf(data, source);
  const names = voiceMap.voices.map((v) => v.name);
  return {
    source,
    voiceMap,
    contract: parseContract(data.contract, source, names),
    rules: parseRules(data.rules, source),
    rulesWritten: rulesNamed(data.rules),
    locked: parseLocked(data.locked, source, names),
  };
}

/** The YAML parser, loaded when a YAML config is read (a CommonJS package: bundled, it comes as `default`). */
async function yamlParser(): Promise<typeof import('yaml').parse> {
  const yaml = await import('yaml');
  return yaml.parse ?? (yaml as unknown as { default: typeof yaml }).default.parse;
}

/** Whether a config's name says JSON (`.json`); anything else is read as YAML, JSON's superset. */
const isJson = (name: string) => /\.json$/i.test(name);

/**
 * A config file's text → `Config`. `name` is the file's name or path: it tells JSON from YAML and
 * names the file in errors. Async because the YAML parser is loaded only for a YAML config.
 */
export async function parseConfigText(text: string, name: string): Promise<Config> {
  let data: unknown;
  try {
    data = isJson(name) ? JSON.parse(text) : (await yamlParser())(text, { maxAliasCount: 50 });
  } catch (error) {
    const { reason, line, column } = isJson(name) ? jsonSyntax(error as Error, text) : yamlSyntax(error as Error);
    const at = line === undefined ? '' : ` at line ${line}, column ${column}`;
    throw bad(name, `not valid ${isJson(name) ? 'JSON' : 'YAML'}${at} (${reason}).`, {
      kind: 'syntax',
      format: isJson(name) ? 'json' : 'yaml',
      ...(line === undefined ? {} : { line, column }),
      error: reason,
    });
  }
  return parseConfig(data, name);
}

/** Where a syntax error is (1-based line and column, when the parser says) and its reason without the place. */
interface Syntax {
  reason: string;
  line?: number;
  column?: number;
}

/**
 * JSON.parse's error: V8 says `… in JSON at position N` (Node 22 adds `(line L column C)`) for most
 * mistakes, and no position for an unexpected token or the end of the text.
 */
function jsonSyntax(error: Error, text: string): Syntax {
  const first = error.message.split('\n')[0] ?? '';
  const match = / in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(first);
  if (!match) return { reason: first };
  const position = Math.min(Number(match[1]), text.length);
  const before = text.slice(0, position);
  const lineStart = before.lastIndexOf('\n') + 1;
  // Lines as JSON counts them (\n; a \r before it is whitespace); the column in characters from 1.
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  return { reason: first.slice(0, match.index), line, column: [...before.slice(lineStart)].length + 1 };
}

/** The yaml package's YAMLParseError: `linePos` (1-based), its message ending ` at line L, column C:` and the lines around it. */
function yamlSyntax(error: Error): Syntax {
  const first = (error.message.split('\n')[0] ?? '').trim();
  const position = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
  if (!position) return { reason: first };
  return { reason: first.replace(/ at line \d+, column \d+:?$/, ''), line: position.line, column: position.col };
}

function stringList(value: unknown, source: string, field: string): string[] {
  const values = Array.isArray(value) ? value : [value];
  if (values.length === 0 || !values.every((v) => typeof v === 'string' && v.trim() !== '')) {
    throw bad(source, `"${field}" must be a name or a list of names.`, field);
  }
  return (values as string[]).map((v) => v.trim());
}

function directionRules(value: unknown, source: string): DirectionRules {
  if (value === false || value === 'off') return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw bad(source, '"directions" must map bracket pairs to anywhere, leading or off, e.g. {"[]": "anywhere", "()": "leading"}.', 'directions');
  }
  const rules: DirectionRules = {};
  for (const [pair, mode] of Object.entries(value as Record<string, unknown>)) {
    if ([...pair].length !== 2) throw bad(source, `"directions": "${pair}" is not a bracket pair such as "[]" or "()".`, `directions.${pair}`);
    if (typeof mode !== 'string' || !DIRECTION_MODES.includes(mode)) throw bad(source, `"directions.${pair}" must be anywhere, leading or off.`, `directions.${pair}`);
    rules[pair] = mode as DirectionMode;
  }
  return rules;
}

function colourList(value: unknown, source: string, field: string, kind: 'color' | 'highlight'): Hex[] {
  const values = Array.isArray(value) ? value : [value];
  if (values.length === 0) throw bad(source, `"${field}" is an empty list.`, field);
  return values.map((v) => {
    const hex = typeof v === 'string' ? parseColour(v, kind) : null;
    if (!hex) {
      throw bad(source, `"${field}": ${JSON.stringify(v)} is not a colour (use #RRGGBB, a CSS colour name${kind === 'highlight' ? ' or a Word highlight name such as yellow, brightGreen or lightGray' : ''}).`, field);
    }
    return hex;
  });
}

/** `sections: {"SPOT 2": {maxSeconds: 20}}`: a target per section title. */
function sectionTargets(value: unknown, source: string): SectionTarget[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw bad(source, '"sections" must map section titles to targets, e.g. {"sections": {"SPOT 2": {"maxSeconds": 20}}}.', 'sections');
  }
  return Object.entries(value as Record<string, unknown>).map(([title, spec]) => {
    const field = `sections.${title}`;
    if (title.trim() === '') throw bad(source, '"sections": a section title is empty.', 'sections');
    if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) throw bad(source, `"${field}" must be an object such as {"maxSeconds": 20}.`, field);
    for (const key of Object.keys(spec)) {
      if (key !== 'maxSeconds') throw unknownField(source, `${field}.${key}`, ['maxSeconds']);
    }
    const maxSeconds = (spec as Record<string, unknown>).maxSeconds;
    if (maxSeconds === undefined) throw bad(source, `"${field}" needs "maxSeconds", the longest the section may take.`, field);
    return { title: title.trim(), maxSeconds: positiveNumber(maxSeconds, source, `${field}.maxSeconds`) };
  });
}

function rateFields(value: unknown, source: string, field: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw bad(source, `"${field}" must be a rate card such as {per: word, rate: 0.20, minimum: 50, currency: EUR}.`, field);
  }
  for (const key of Object.keys(value)) {
    if (!RATE_FIELDS.includes(key)) throw unknownField(source, `${field}.${key}`, RATE_FIELDS);
  }
  return value as Record<string, unknown>;
}

/**
 * A voice's card over the global one. A card that only sets `rate` or `minimum` adjusts the global card
 * (the fields it leaves out are the global's). A card that names its own `per` or `currency` is a card
 * of its own: it takes the global's `per` or `currency` where it names none, never its minimum (a 50 €
 * minimum on words is no minimum for a voice paid in yen, or per finished minute: 0 unless it sets
 * one), and it needs its own rate (a rate per word is no rate per dubbing line, 0.20 € no rate in yen).
 */
function voiceCardFields(global: Record<string, unknown>, own: Record<string, unknown>, source: string, field: string): Record<string, unknown> {
  if (own.per === undefined && own.currency === undefined) return { ...global, ...own };
  if (own.rate === undefined && global.rate !== undefined) {
    const named = own.per !== undefined ? `"per"` : `"currency"`;
    throw bad(source, `"${field}.rate" is missing: a voice's rate card that names its own ${named} needs its own rate (it is not the global card's).`, `${field}.rate`);
  }
  return { per: global.per, currency: global.currency, ...own, minimum: own.minimum };
}

/** A complete rate card: per, rate and currency are required; minimum defaults to 0. */
/**
 * The most a rate or a minimum may be, in any currency: a billion (a rate in dong or rupiah is in the
 * millions; beyond a billion an amount is a typo, and rate × units loses its cents in binary).
 */
const MAX_AMOUNT = 1_000_000_000;

function rateCard(fields: Record<string, unknown>, source: string, field: string): RateCard {
  // A field left out is said to be missing, not shown as a value ("not undefined").
  for (const [key, what] of [['per', `what it pays for (${RATE_UNITS.join(', ')})`], ['rate', 'the amount per unit (a positive number)'], ['currency', 'a currency code such as EUR, USD or GBP']] as const) {
    if (fields[key] === undefined) throw bad(source, `"${field}.${key}" is missing: a rate card needs ${what}.`, `${field}.${key}`);
  }
  if (!RATE_UNITS.includes(fields.per as RateUnit)) throw bad(source, `"${field}.per" must be ${RATE_UNITS.join(', ')}, not ${JSON.stringify(fields.per)}.`, `${field}.per`);
  const rate = positiveNumber(fields.rate, source, `${field}.rate`);
  if (rate > MAX_AMOUNT) throw bad(source, `"${field}.rate" must be at most 1,000,000,000 (an amount per ${fields.per}), not ${shown(rate)}.`, { field: `${field}.rate`, value: rate, max: MAX_AMOUNT });
  const minimum = fields.minimum === undefined ? 0 : fields.minimum;
  if (typeof minimum !== 'number' || !Number.isFinite(minimum) || minimum < 0) throw bad(source, `"${field}.minimum" must be a number of 0 or more, not ${JSON.stringify(minimum)}.`, `${field}.minimum`);
  if (minimum > MAX_AMOUNT) throw bad(source, `"${field}.minimum" must be at most 1,000,000,000, not ${shown(minimum)}.`, { field: `${field}.minimum`, value: minimum, max: MAX_AMOUNT });
  const checked = typeof fields.currency === 'string' ? checkCurrency(fields.currency) : ({ problem: 'unknown', suggestions: [] } as const);
  if (!('code' in checked)) {
    const facts = { field: `${field}.currency`, value: fields.currency as string };
    if (checked.problem === 'withdrawn') {
      throw bad(source, `"${field}.currency": ${JSON.stringify(fields.currency)} is a withdrawn currency (ISO 4217), replaced by ${checked.replacement}: give a current code.`, { ...facts, replacement: checked.replacement });
    }
    if (checked.problem === 'not-money') {
      throw bad(source, `"${field}.currency": ${JSON.stringify(fields.currency)} is ${checked.meaning}: give the currency the fee is paid in, such as EUR, USD or GBP.`, { ...facts, meaning: checked.meaning });
    }
    const hint = checked.suggestions.length ? `: did you mean ${checked.suggestions.join(' or ')}?` : '.';
    throw bad(source, `"${field}.currency" must be a current ISO 4217 currency code such as EUR, USD or GBP, not ${shown(fields.currency)}${hint}`, { ...facts, suggestions: [...checked.suggestions] });
  }
  return { per: fields.per as RateUnit, rate, minimum, currency: checked.code };
}

/**
 * `unassigned`: colours of text nobody records, matched against text colours and backgrounds alike.
 * A name means what it means for a voice's `color` (CSS) and, when it is also one of Word's highlight
 * names, Word's highlight colour too: `lightGray` is CSS #D3D3D3 text and Word's #C0C0C0 highlight.
 * An entry `{ color: X }` is a colour of text only, `{ highlight: X }` of backgrounds only (`only`):
 * black titles nobody records beside a voice highlighted in black (white text on black).
 */
function unassignedColours(value: unknown, source: string): { colours: Hex[]; only: Record<Hex, 'text' | 'background'> } {
  const values = Array.isArray(value) ? value : [value];
  if (values.length === 0) throw bad(source, '"unassigned" is an empty list.', 'unassigned');
  const colours: Hex[] = [];
  const only: Record<Hex, 'text' | 'background'> = {};
  const notAColour = (v: unknown) =>
    bad(source, `"unassigned": ${JSON.stringify(v)} is not a colour (use #RRGGBB, a CSS colour name or a Word highlight name${typeof v === 'object' ? '; { "color": … } for text only, { "highlight": … } for backgrounds only' : ''}).`, 'unassigned');
  for (const v of values) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const entry = v as Record<string, unknown>;
      const keys = Object.keys(entry);
      if (keys.length !== 1 || (keys[0] !== 'color' && keys[0] !== 'highlight') || typeof entry[keys[0]] !== 'string') throw notAColour(v);
      const field = keys[0] as 'color' | 'highlight';
      const hex = parseColour(entry[field] as string, field);
      if (!hex) throw notAColour(v);
      if (!colours.includes(hex)) colours.push(hex);
      only[hex] = field === 'color' ? 'text' : 'background';
      continue;
    }
    const text = typeof v === 'string' ? parseColour(v, 'color') : null;
    const highlight = typeof v === 'string' && !v.trim().startsWith('#') ? wordHighlightColour(v) : null;
    if (!text && !highlight) throw notAColour(v);
    for (const hex of [text, highlight]) {
      if (!hex) continue;
      if (!colours.includes(hex)) colours.push(hex);
      delete only[hex];
    }
  }
  return { colours, only };
}

/** A config's `language` (the script's, or a voice's under `voices.NAME.language`): a language tag, canonical; else bad-config naming the field. */
function languageField(value: unknown, source: string, field: string): string {
  const given = typeof value === 'string' ? userLanguageTag(value) : ({ problem: 'malformed' } as const);
  if (!('tag' in given)) {
    const said = typeof value === 'string' ? `"${value}" ${LANGUAGE_PROBLEMS[given.problem]}` : `${JSON.stringify(value)} is not a language code`;
    throw bad(source, `"${field}": ${said}; give ${LANGUAGE_TAGS_ACCEPTED}.`, { field, value: value as string, problem: given.problem });
  }
  return given.tag;
}

/** A voice's name as `findVoice` (attribute/voices.ts) compares it: trimmed, spaces folded, case ignored. */
const foldName = foldVoiceName;

function voiceMapOf(record: Record<string, unknown>, source: string): VoiceMap {
  // No `voices` (left out, or `voices:` with nothing under it): settings only, the voices come from the
  // script's legend or its colours, as with no config (attribute/cast-script.ts).
  const voicesValue = record.voices ?? {};
  if (typeof voicesValue !== 'object' || Array.isArray(voicesValue)) {
    throw bad(source, '"voices" must map each voice name to its colour, e.g. {"voices": {"Narrator": {"color": "#404040"}}}.', 'voices');
  }
  const voices: VoiceSpec[] = [];
  // Names a user cannot tell apart (case, spaces) name one voice twice: refused, naming both.
  const folded = new Map<string, string>();
  for (const [name, value] of Object.entries(voicesValue as Record<string, unknown>)) {
    const field = `voices.${name}`;
    const same = foldName(name);
    if (same === '') throw bad(source, `"voices": a voice name is empty.`, 'voices');
    const twin = folded.get(same);
    if (twin !== undefined) {
      throw bad(
        source,
        `"voices": ${JSON.stringify(twin)} and ${JSON.stringify(name)} differ only in case or spaces, and vo-lines finds a voice by its name that way (--voice, contract, locked): give one voice both colours (e.g. ${JSON.stringify(twin.trim())}: {"highlight": ["yellow", "green"]}), or two names that differ.`,
        { kind: 'same-name', field, voices: [twin, name] },
      );
    }
    folded.set(same, name);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad(source, `"${field}" must be an object such as {"color": "#404040"}.`, field);
    const spec = value as Record<string, unknown>;
    for (const key of Object.keys(spec)) {
      if (!VOICE_FIELDS.includes(key)) throw unknownField(source, `${field}.${key}`, VOICE_FIELDS.filter((f) => f !== 'colour'));
    }
    const colorValue = spec.color ?? spec.colour;
    const voice: VoiceSpec = {
      name,
      colors: colorValue === undefined ? [] : colourList(colorValue, source, `${field}.color`, 'color'),
      highlights: spec.highlight === undefined ? [] : colourList(spec.highlight, source, `${field}.highlight`, 'highlight'),
      styles: spec.style === undefined ? [] : stringList(spec.style, source, `${field}.style`),
      labels: spec.label === undefined ? [] : stringList(spec.label, source, `${field}.label`),
    };
    if (!voice.colors.length && !voice.highlights.length && !voice.styles.length && !voice.labels.length) {
      throw bad(source, `"${field}" needs a "color", a "highlight", a "style" or a "label".`, field);
    }
    if (spec.wpm !== undefined) voice.wpm = paceValue(spec.wpm, source, `${field}.wpm`, 'wpm');
    else if (spec.pace !== undefined) voice.wpm = presetWpm(String(spec.pace), `${displayPath(source)}: "${field}.pace"`, { file: displayPath(source), field: `${field}.pace` });
    if (spec.syllablesPerSecond !== undefined) voice.syllablesPerSecond = paceValue(spec.syllablesPerSecond, source, `${field}.syllablesPerSecond`, 'syllablesPerSecond');
    // A voice's syllable rate is its pace by syllables: a wpm (or preset) beside it would scale nothing
    // and be dropped unsaid under syllable timing (README "Timing by syllables"), so one of them is asked for.
    if (spec.syllablesPerSecond !== undefined && (spec.wpm !== undefined || spec.pace !== undefined)) {
      const other = spec.wpm !== undefined ? 'wpm' : 'pace';
      throw bad(
        source,
        `"${field}" sets both "${other}" and "syllablesPerSecond": give one. By syllables the voice's "syllablesPerSecond" is its rate and a "${other}" beside it would be dropped; a "${other}" alone scales the language's syllable rate.`,
        { field: `${field}.syllablesPerSecond`, fields: [`${field}.${other}`, `${field}.syllablesPerSecond`] },
      );
    }
    if (spec.rates !== undefined || record.rates !== undefined) {
      voice.rates = rateCard(voiceCardFields(rateFields(record.rates, source, 'rates'), rateFields(spec.rates, source, `${field}.rates`), source, `${field}.rates`), source, spec.rates === undefined ? 'rates' : `${field}.rates`);
    }
    if (spec.language !== undefined) voice.language = languageField(spec.language, source, `${field}.language`);
    voices.push(voice);
  }
  if (voices.length === 0 && record.voices !== undefined && record.voices !== null) {
    throw bad(source, '"voices" is empty: name at least one voice, or leave "voices" out to take the voices from the script\'s legend or its colours.', 'voices');
  }
  const unassigned = record.unassigned === undefined ? null : unassignedColours(record.unassigned, source);
  const map: VoiceMap = {
    voices,
    unassigned: unassigned?.colours ?? [],
    directions: record.directions === undefined ? { ...DEFAULT_DIRECTIONS } : directionRules(record.directions, source),
    tolerance: DEFAULT_TOLERANCE,
    source,
    origin: 'config',
  };
  if (unassigned && Object.keys(unassigned.only).length) map.unassignedOnly = unassigned.only;
  if (record.wpm !== undefined) map.wpm = paceValue(record.wpm, source, 'wpm', 'wpm');
  else if (record.pace !== undefined) map.wpm = presetWpm(String(record.pace), `${displayPath(source)}: "pace"`, { file: displayPath(source), field: 'pace' });
  if (record.tolerance !== undefined) map.tolerance = positiveNumber(record.tolerance, source, 'tolerance');
  if (record.sections !== undefined) map.sections = sectionTargets(record.sections, source);
  if (record.language !== undefined) map.language = languageField(record.language, source, 'language');
  if (record.timing !== undefined) {
    if (!TIMING_METHODS.includes(record.timing as TimingMethod)) throw bad(source, `"timing" must be ${TIMING_METHODS.join(' or ')}, not ${JSON.stringify(record.timing)}.`, 'timing');
    map.timing = record.timing as TimingMethod;
  }
  if (record.syllablesPerSecond !== undefined) map.syllablesPerSecond = paceValue(record.syllablesPerSecond, source, 'syllablesPerSecond', 'syllablesPerSecond');
  // The script's syllable rate beside its wpm (or preset) would be scaled by it by syllables (4.6 at 120
  // wpm timed 3.68 syllables a second, unsaid): refused as for a voice. (A voice's own wpm or
  // syllablesPerSecond beside the script's other one is an override for that voice, not refused.)
  if (record.syllablesPerSecond !== undefined && (record.wpm !== undefined || record.pace !== undefined)) {
    const other = record.wpm !== undefined ? 'wpm' : 'pace';
    throw bad(
      source,
      `the config sets both "${other}" and "syllablesPerSecond": keep one. "syllablesPerSecond" alone is the script's rate by syllables; "${other}" alone is its pace by words and scales the language's syllable rate (with both, the "${other}" would scale the "syllablesPerSecond" unsaid).`,
      { field: 'syllablesPerSecond', fields: [other, 'syllablesPerSecond'] },
    );
  }
  if (record.rates !== undefined) map.rates = rateCard(rateFields(record.rates, source, 'rates'), source, 'rates');
  if (record.continueLabels !== undefined) {
    if (typeof record.continueLabels !== 'boolean') throw bad(source, `"continueLabels" must be true or false, not ${JSON.stringify(record.continueLabels)}.`, 'continueLabels');
    if (!record.continueLabels) map.continueLabels = false;
  }
  checkClashes(map, source);
  return map;
}
/**
 * A colour is either a voice's or not recorded: never both (the voice would silently win). An entry of
 * text only (`{ color: X }`) is checked against the voices' text colours, one of backgrounds only
 * (`{ highlight: X }`) against their highlights.
 */
function checkClashes(map: VoiceMap, source: string): void {
  for (const hex of map.unassigned) {
    const only = map.unassignedOnly?.[hex];
    for (const voice of map.voices) {
      for (const [field, colours] of [['color', voice.colors], ['highlight', voice.highlights]] as const) {
        if ((only === 'text' && field === 'highlight') || (only === 'background' && field === 'color')) continue;
        const clash = colours.find((c) => deltaE(c, hex) <= map.tolerance);
        if (clash) {
          const what = clash === hex ? `is also voice "${voice.name}"'s colour` : `looks the same as voice "${voice.name}"'s ${clash}`;
          const hint = field === 'highlight' && only === undefined ? ` If it means ${hex} text only (titles in ${hex} beside ${voice.name}'s highlight), write it { color: "${hex}" }.` : '';
          throw bad(source, `"unassigned": ${hex} ${what} (voices.${voice.name}.${field}): a colour is either a voice's or not recorded; remove it from one of them.${hint}`, {
            kind: 'clash',
            field: 'unassigned',
            colour: hex,
            voice: voice.name,
            voiceField: `voices.${voice.name}.${field}`,
          });
        }
      }
    }
  }
}
