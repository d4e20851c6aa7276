/**
 * The voice map: which colour means which voice. Given by --config (JSON or YAML) or found as
 * `vo-lines.config.json|yaml|yml` in the script's folder or above.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../errors.js';
import type { Hex } from '../model.js';
import { presetWpm } from '../measure/pace.js';
import { DEFAULT_DIRECTIONS, type DirectionMode, type DirectionRules } from '../text/directions.js';
import { RATE_UNITS, type RateCard, type RateUnit } from '../measure/pay.js';
import { TIMING_METHODS, type TimingMethod } from '../measure/timing.js';
import { canonicalTag } from '../text/language-tag.js';
import { deltaE } from '../colour/distance.js';
import { parseColour } from '../colour/parse.js';

export const CONFIG_NAMES = ['vo-lines.config.json', 'vo-lines.config.yaml', 'vo-lines.config.yml'];

/**
 * Default matching tolerance in CIEDE2000 units. Big enough for the drift of PDF exports and
 * CMYK conversions (#ED1C24 vs #FF0000 ≈ 5.5), small enough that Word's two dark greys
 * (#404040, #595959 ≈ 8.6) and dark grey vs black (≈ 17.6) never match each other.
 */
export const DEFAULT_TOLERANCE = 6;

export interface VoiceSpec {
  name: string;
  /** Text colours that mean this voice. */
  colors: Hex[];
  /** Background colours (highlight, shading) that mean this voice; they win over text colour. */
  highlights: Hex[];
  /** Paragraph or character style names that mean this voice (DOCX), compared without case. */
  styles: string[];
  /** Speaker labels that open a paragraph ("NARRATOR: …"); the label itself is not the voice's words. */
  labels: string[];
  /** This voice's own pace, when the config gives one. */
  wpm?: number;
  /** This voice's narration rate for `timing: syllables`. */
  syllablesPerSecond?: number;
  /** This voice's rate card (the config's `rates` with this voice's fields over it). */
  rates?: RateCard;
}

/** A target from the config's `sections`: `"SPOT 2": {maxSeconds: 20}`. */
export interface SectionTarget {
  /** Matches a section whose title is this, or starts with it followed by a non-alphanumeric character. */
  title: string;
  maxSeconds: number;
}

export interface VoiceMap {
  voices: VoiceSpec[];
  /** Colours declared as unassigned text: not reported as unknown. */
  unassigned: Hex[];
  /** Which brackets hold directions that are not spoken. */
  directions: DirectionRules;
  /** Script-wide pace from the config. */
  wpm?: number;
  /** The script's language (`language: fr`), over what the document declares. */
  language?: string;
  /** How time is estimated: words per minute (default) or syllables. */
  timing?: TimingMethod;
  /** Narration rate for `timing: syllables`, over the language's. */
  syllablesPerSecond?: number;
  /** The rate card every voice is quoted with, unless it has its own. */
  rates?: RateCard;
  tolerance: number;
  /** The config file the map came from, or a description of the legend it was read from. */
  source: string;
  origin: 'config' | 'legend';
  /** Targets of sections by title (`sections: {"SPOT 2": {maxSeconds: 20}}`), in config order. */
  sections?: SectionTarget[];
  /** The whole parsed config, for the sections other stages read (`contract`, `rules`). */
  raw: Record<string, unknown>;
}

/** `contract` and `rules` are validated by the check stage (src/check/), which owns them. */
const TOP_LEVEL = ['voices', 'wpm', 'pace', 'tolerance', 'unassigned', 'directions', 'contract', 'rules', 'locked', 'sections', 'language', 'timing', 'syllablesPerSecond', 'rates'];
const VOICE_FIELDS = ['color', 'colour', 'highlight', 'style', 'label', 'wpm', 'pace', 'syllablesPerSecond', 'rates'];
const RATE_FIELDS = ['per', 'rate', 'minimum', 'currency'];
const DIRECTION_MODES = ['anywhere', 'leading', 'off'];

function bad(source: string, message: string): UserError {
  return new UserError(`${source}: ${message}`, 'bad-config');
}

/** Finds a config in the script's folder or the nearest folder above it. */
export function findConfig(scriptPath: string): string | null {
  let dir = dirname(resolve(scriptPath));
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export function loadConfig(path: string): VoiceMap {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`${path}: ${code === 'ENOENT' ? 'no such config file' : `cannot read the config (${code})`}.`, 'bad-config');
  }
  let data: unknown;
  try {
    data = /\.json$/i.test(path) ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 50 });
  } catch (error) {
    const detail = (error as Error).message.split('\n')[0];
    throw bad(path, `not valid ${/\.json$/i.test(path) ? 'JSON' : 'YAML'} (${detail}).`);
  }
  return parseConfig(data, path);
}

function positiveNumber(value: unknown, source: string, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw bad(source, `"${field}" must be a positive number, not ${JSON.stringify(value)}.`);
  return value;
}

function stringList(value: unknown, source: string, field: string): string[] {
  const values = Array.isArray(value) ? value : [value];
  if (values.length === 0 || !values.every((v) => typeof v === 'string' && v.trim() !== '')) {
    throw bad(source, `"${field}" must be a name or a list of names.`);
  }
  return (values as string[]).map((v) => v.trim());
}

function directionRules(value: unknown, source: string): DirectionRules {
  if (value === false || value === 'off') return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw bad(source, '"directions" must map bracket pairs to anywhere, leading or off, e.g. {"[]": "anywhere", "()": "leading"}.');
  }
  const rules: DirectionRules = {};
  for (const [pair, mode] of Object.entries(value as Record<string, unknown>)) {
    if ([...pair].length !== 2) throw bad(source, `"directions": "${pair}" is not a bracket pair such as "[]" or "()".`);
    if (typeof mode !== 'string' || !DIRECTION_MODES.includes(mode)) throw bad(source, `"directions.${pair}" must be anywhere, leading or off.`);
    rules[pair] = mode as DirectionMode;
  }
  return rules;
}

function colourList(value: unknown, source: string, field: string, kind: 'color' | 'highlight'): Hex[] {
  const values = Array.isArray(value) ? value : [value];
  if (values.length === 0) throw bad(source, `"${field}" is an empty list.`);
  return values.map((v) => {
    const hex = typeof v === 'string' ? parseColour(v, kind) : null;
    if (!hex) {
      throw bad(source, `"${field}": ${JSON.stringify(v)} is not a colour (use #RRGGBB, a CSS colour name${kind === 'highlight' ? ' or a Word highlight name such as yellow, brightGreen or lightGray' : ''}).`);
    }
    return hex;
  });
}

/** `sections: {"SPOT 2": {maxSeconds: 20}}`: a target per section title. */
function sectionTargets(value: unknown, source: string): SectionTarget[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw bad(source, '"sections" must map section titles to targets, e.g. {"sections": {"SPOT 2": {"maxSeconds": 20}}}.');
  }
  return Object.entries(value as Record<string, unknown>).map(([title, spec]) => {
    const field = `sections.${title}`;
    if (title.trim() === '') throw bad(source, '"sections": a section title is empty.');
    if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) throw bad(source, `"${field}" must be an object such as {"maxSeconds": 20}.`);
    for (const key of Object.keys(spec)) {
      if (key !== 'maxSeconds') throw bad(source, `unknown field "${field}.${key}" (known: maxSeconds).`);
    }
    const maxSeconds = (spec as Record<string, unknown>).maxSeconds;
    if (maxSeconds === undefined) throw bad(source, `"${field}" needs "maxSeconds", the longest the section may take.`);
    return { title: title.trim(), maxSeconds: positiveNumber(maxSeconds, source, `${field}.maxSeconds`) };
  });
}

/** Validates a parsed config, naming the bad field in the error. */
export function parseConfig(data: unknown, source: string): VoiceMap {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw bad(source, 'the config must be an object with a "voices" map.');
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!TOP_LEVEL.includes(key)) throw bad(source, `unknown field "${key}" (known: ${TOP_LEVEL.join(', ')}).`);
  }
  const voicesValue = record.voices;
  if (typeof voicesValue !== 'object' || voicesValue === null || Array.isArray(voicesValue)) {
    throw bad(source, '"voices" must map each voice name to its colour, e.g. {"voices": {"Narrator": {"color": "#404040"}}}.');
  }
  const voices: VoiceSpec[] = [];
  for (const [name, value] of Object.entries(voicesValue as Record<string, unknown>)) {
    const field = `voices.${name}`;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad(source, `"${field}" must be an object such as {"color": "#404040"}.`);
    const spec = value as Record<string, unknown>;
    for (const key of Object.keys(spec)) {
      if (!VOICE_FIELDS.includes(key)) throw bad(source, `unknown field "${field}.${key}" (known: ${VOICE_FIELDS.filter((f) => f !== 'colour').join(', ')}).`);
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
      throw bad(source, `"${field}" needs a "color", a "highlight", a "style" or a "label".`);
    }
    if (spec.wpm !== undefined) voice.wpm = positiveNumber(spec.wpm, source, `${field}.wpm`);
    else if (spec.pace !== undefined) voice.wpm = presetWpm(String(spec.pace), `${source}: "${field}.pace"`);
    if (spec.syllablesPerSecond !== undefined) voice.syllablesPerSecond = positiveNumber(spec.syllablesPerSecond, source, `${field}.syllablesPerSecond`);
    if (spec.rates !== undefined || record.rates !== undefined) {
      voice.rates = rateCard({ ...rateFields(record.rates, source, 'rates'), ...rateFields(spec.rates, source, `${field}.rates`) }, source, spec.rates === undefined ? 'rates' : `${field}.rates`);
    }
    voices.push(voice);
  }
  if (voices.length === 0) throw bad(source, '"voices" is empty: name at least one voice.');
  const map: VoiceMap = {
    voices,
    unassigned: record.unassigned === undefined ? [] : colourList(record.unassigned, source, 'unassigned', 'color'),
    directions: record.directions === undefined ? { ...DEFAULT_DIRECTIONS } : directionRules(record.directions, source),
    tolerance: DEFAULT_TOLERANCE,
    source,
    origin: 'config',
    raw: record,
  };
  if (record.wpm !== undefined) map.wpm = positiveNumber(record.wpm, source, 'wpm');
  else if (record.pace !== undefined) map.wpm = presetWpm(String(record.pace), `${source}: "pace"`);
  if (record.tolerance !== undefined) map.tolerance = positiveNumber(record.tolerance, source, 'tolerance');
  if (record.sections !== undefined) map.sections = sectionTargets(record.sections, source);
  if (record.language !== undefined) {
    const tag = typeof record.language === 'string' ? canonicalTag(record.language) : null;
    if (!tag) throw bad(source, `"language" must be a language code such as fr, en-GB or es, not ${JSON.stringify(record.language)}.`);
    map.language = tag;
  }
  if (record.timing !== undefined) {
    if (!TIMING_METHODS.includes(record.timing as TimingMethod)) throw bad(source, `"timing" must be ${TIMING_METHODS.join(' or ')}, not ${JSON.stringify(record.timing)}.`);
    map.timing = record.timing as TimingMethod;
  }
  if (record.syllablesPerSecond !== undefined) map.syllablesPerSecond = positiveNumber(record.syllablesPerSecond, source, 'syllablesPerSecond');
  if (record.rates !== undefined) map.rates = rateCard(rateFields(record.rates, source, 'rates'), source, 'rates');
  checkClashes(map, source);
  return map;
}

/** A colour is either a voice's or not recorded: never both (the voice would silently win). */
function checkClashes(map: VoiceMap, source: string): void {
  for (const hex of map.unassigned) {
    for (const voice of map.voices) {
      for (const [field, colours] of [['color', voice.colors], ['highlight', voice.highlights]] as const) {
        const clash = colours.find((c) => deltaE(c, hex) <= map.tolerance);
        if (clash) {
          const what = clash === hex ? `is also voice "${voice.name}"'s colour` : `looks the same as voice "${voice.name}"'s ${clash}`;
          throw bad(source, `"unassigned": ${hex} ${what} (voices.${voice.name}.${field}): a colour is either a voice's or not recorded; remove it from one of them.`);
        }
      }
    }
  }
}

function rateFields(value: unknown, source: string, field: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw bad(source, `"${field}" must be a rate card such as {per: word, rate: 0.20, minimum: 50, currency: EUR}.`);
  }
  for (const key of Object.keys(value)) {
    if (!RATE_FIELDS.includes(key)) throw bad(source, `unknown field "${field}.${key}" (known: ${RATE_FIELDS.join(', ')}).`);
  }
  return value as Record<string, unknown>;
}

/** A complete rate card: per, rate and currency are required; minimum defaults to 0. */
function rateCard(fields: Record<string, unknown>, source: string, field: string): RateCard {
  if (!RATE_UNITS.includes(fields.per as RateUnit)) throw bad(source, `"${field}.per" must be ${RATE_UNITS.join(', ')}, not ${JSON.stringify(fields.per)}.`);
  const rate = positiveNumber(fields.rate, source, `${field}.rate`);
  const minimum = fields.minimum === undefined ? 0 : fields.minimum;
  if (typeof minimum !== 'number' || !Number.isFinite(minimum) || minimum < 0) throw bad(source, `"${field}.minimum" must be a number of 0 or more, not ${JSON.stringify(minimum)}.`);
  const currency = typeof fields.currency === 'string' ? fields.currency.trim().toUpperCase() : '';
  let known = /^[A-Z]{3}$/.test(currency);
  if (known) {
    try {
      new Intl.NumberFormat('en', { style: 'currency', currency });
    } catch {
      known = false;
    }
  }
  if (!known) throw bad(source, `"${field}.currency" must be a currency code such as EUR, USD or GBP, not ${JSON.stringify(fields.currency)}.`);
  return { per: fields.per as RateUnit, rate, minimum, currency };
}
