/**
 * The check stage's settings: the `contract` and `rules` sections of the config, and the limits and
 * rule levels given on the command line. Each bad field is a `UserError(…, 'bad-config')` that names it.
 */
import { UserError } from '../errors.js';

export const RULES = ['contract', 'empty-voice', 'section-time', 'tracked-changes', 'unknown-colour', 'confusable-colours', 'mixed-word'] as const;
/** The rules of `check --since REV`: checked only with it, on the changes since REV. */
export const SINCE_RULES = ['locked', 'max-added-words'] as const;
export const ALL_RULES = [...RULES, ...SINCE_RULES] as const;
export type RuleName = (typeof ALL_RULES)[number];
export type Level = 'error' | 'warning' | 'off';
export const LEVELS: readonly Level[] = ['error', 'warning', 'off'];

/**
 * Defaults: what breaks a recording session fails the check (a voice over its contract, a voice the
 * config names with no line at all — usually a colour that drifted); what a person should look at
 * but may be fine is a warning.
 */
export const DEFAULT_LEVELS: Readonly<Record<RuleName, Level>> = {
  contract: 'error',
  'empty-voice': 'error',
  'section-time': 'error',
  'tracked-changes': 'warning',
  'unknown-colour': 'warning',
  'confusable-colours': 'warning',
  'mixed-word': 'warning',
  locked: 'error',
  'max-added-words': 'error',
};

/** American spellings are accepted as rule names too. */
const RULE_ALIASES: Readonly<Record<string, RuleName>> = {
  'unknown-color': 'unknown-colour',
  'confusable-colors': 'confusable-colours',
};

/** How far a voice's words may be from `expectWords`. */
export type WordTolerance = { percent: number } | { words: number };

/** Tolerance when `expectWords` is given without one. */
export const DEFAULT_WORD_TOLERANCE: WordTolerance = { percent: 5 };

export interface VoiceLimits {
  /** Most written words the voice may have. */
  maxWords?: number;
  /** Most minutes of estimated recording (from spoken words). */
  maxMinutes?: number;
  /** Words the voice should have, within `tolerance`. */
  expectWords?: number;
  tolerance?: WordTolerance;
  /** With `--since REV`: most words the voice may gain since REV (see `addedWords` in rules.ts). */
  maxAddedWords?: number;
}

/** Limits per voice name, as written in the config or on the command line. */
export type Contract = Record<string, VoiceLimits>;

const LIMIT_FIELDS = ['maxWords', 'maxMinutes', 'expectWords', 'tolerance'];
/** Limits that only `check --since` uses. */
const SINCE_LIMIT_FIELDS = ['maxAddedWords'];

function bad(source: string, message: string): UserError {
  return new UserError(`${source}: ${message}`, 'bad-config');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function positiveNumber(value: unknown, source: string, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw bad(source, `"${field}" must be a positive number, not ${JSON.stringify(value)}.`);
  return value;
}

/** `"5%"` → 5 percent; `50` or `"50"` → 50 words. Returns null when the value is neither. */
export function parseWordTolerance(value: unknown): WordTolerance | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? { words: value } : null;
  if (typeof value !== 'string') return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(value);
  if (!match) return null;
  const number = Number(match[1]);
  return match[2] ? { percent: number } : { words: number };
}

function limitsOf(value: unknown, source: string, field: string): VoiceLimits {
  if (!isRecord(value)) throw bad(source, `"${field}" must be an object such as {"maxWords": 1200, "maxMinutes": 9}.`);
  for (const key of Object.keys(value)) {
    if (!LIMIT_FIELDS.includes(key) && !SINCE_LIMIT_FIELDS.includes(key)) throw bad(source, `unknown field "${field}.${key}" (known: ${[...LIMIT_FIELDS, ...SINCE_LIMIT_FIELDS].join(', ')}).`);
  }
  const limits: VoiceLimits = {};
  if (value.maxWords !== undefined) limits.maxWords = positiveNumber(value.maxWords, source, `${field}.maxWords`);
  if (value.maxMinutes !== undefined) limits.maxMinutes = positiveNumber(value.maxMinutes, source, `${field}.maxMinutes`);
  if (value.expectWords !== undefined) limits.expectWords = positiveNumber(value.expectWords, source, `${field}.expectWords`);
  if (value.tolerance !== undefined) {
    const tolerance = parseWordTolerance(value.tolerance);
    if (!tolerance) throw bad(source, `"${field}.tolerance": ${JSON.stringify(value.tolerance)} is not a tolerance (use a percentage such as "5%" or a number of words).`);
    if (limits.expectWords === undefined) throw bad(source, `"${field}.tolerance" needs "${field}.expectWords".`);
    limits.tolerance = tolerance;
  }
  if (value.maxAddedWords !== undefined) {
    const max = value.maxAddedWords;
    if (typeof max !== 'number' || !Number.isInteger(max) || max < 0) throw bad(source, `"${field}.maxAddedWords" must be a whole number of words, 0 or more, not ${JSON.stringify(max)}.`);
    limits.maxAddedWords = max;
  }
  if (Object.keys(limits).length === 0) throw bad(source, `"${field}" sets no limit (use maxWords, maxMinutes or expectWords).`);
  return limits;
}

/**
 * The config's `contract` section: voice name → limits. Every voice must be one the config's
 * `voices` names (pass `voices`), so a misspelt name is caught once, at the config.
 */
export function parseContract(value: unknown, source: string, voices?: readonly string[]): Contract {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) throw bad(source, '"contract" must map voice names to limits, e.g. {"contract": {"Narrator": {"maxWords": 1200}}}.');
  const contract: Contract = {};
  for (const [voice, limits] of Object.entries(value)) {
    if (voices && !voices.includes(voice)) {
      throw bad(source, `"contract.${voice}": no voice "${voice}" in "voices" (voices: ${voices.map((v) => `"${v}"`).join(', ')}).`);
    }
    setVoice(contract, voice, limitsOf(limits, source, `contract.${voice}`));
  }
  return contract;
}

/**
 * The config's top-level `locked`: the voices whose lines are recorded, so that with `--since REV`
 * any change to their lines is a `locked` finding. A list of names from `voices`; duplicates dropped.
 */
export function parseLocked(value: unknown, source: string, voices?: readonly string[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw bad(source, '"locked" must be a list of voice names, e.g. {"locked": ["Narrator"]}.');
  const locked: string[] = [];
  for (const name of value) {
    if (typeof name !== 'string' || name.trim() === '') throw bad(source, `"locked": ${JSON.stringify(name)} is not a voice name.`);
    if (voices && !voices.includes(name)) {
      throw bad(source, `"locked": no voice "${name}" in "voices" (voices: ${voices.map((v) => `"${v}"`).join(', ')}).`);
    }
    if (!locked.includes(name)) locked.push(name);
  }
  return locked;
}

function ruleName(name: string): RuleName | null {
  const lower = name.toLowerCase();
  return (ALL_RULES as readonly string[]).includes(lower) ? (lower as RuleName) : (Object.hasOwn(RULE_ALIASES, lower) ? RULE_ALIASES[lower]! : null);
}

function levelOf(value: unknown): Level | null {
  if (value === false) return 'off';
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value.toLowerCase()) ? (value.toLowerCase() as Level) : null;
}

/** The config's `rules` section: rule name → level, over `base` (the defaults). */
export function parseRules(value: unknown, source: string, base: Readonly<Record<RuleName, Level>> = DEFAULT_LEVELS): Record<RuleName, Level> {
  const levels = { ...base };
  if (value === undefined || value === null) return levels;
  if (!isRecord(value)) throw bad(source, `"rules" must map rule names to a level, e.g. {"rules": {"tracked-changes": "error"}}.`);
  for (const [name, level] of Object.entries(value)) {
    const rule = ruleName(name);
    if (!rule) throw bad(source, `unknown rule "rules.${name}" (known: ${ALL_RULES.join(', ')}).`);
    const parsed = levelOf(level);
    if (!parsed) throw bad(source, `"rules.${name}": ${JSON.stringify(level)} is not a level (use error, warning or off).`);
    levels[rule] = parsed;
  }
  return levels;
}

/** Command-line settings of `check`, before any config is read. */
export interface CliCheckOptions {
  voice?: string;
  maxWords?: number;
  maxMinutes?: number;
  expectWords?: number;
  expectTolerance?: string;
  rule?: string[];
}

export interface CliCheckSettings {
  /** Limits for one voice, merged field by field over the config's contract for that voice. */
  contract: Contract;
  /** Rule levels from `--rule NAME=LEVEL`, applied over the config's. */
  rules: Partial<Record<RuleName, Level>>;
}

function usage(message: string): UserError {
  return new UserError(message, 'usage');
}

/** Validates `--voice`, `--max-words`, `--max-minutes`, `--expect-words`, `--expect-tolerance`, `--rule`. */
export function cliCheckSettings(options: CliCheckOptions): CliCheckSettings {
  const limits: VoiceLimits = {};
  if (options.maxWords !== undefined) limits.maxWords = options.maxWords;
  if (options.maxMinutes !== undefined) limits.maxMinutes = options.maxMinutes;
  if (options.expectWords !== undefined) limits.expectWords = options.expectWords;
  if (options.expectTolerance !== undefined) {
    const tolerance = parseWordTolerance(options.expectTolerance);
    if (!tolerance) throw usage(`--expect-tolerance: "${options.expectTolerance}" is not a tolerance (use a percentage such as 5% or a number of words).`);
    if (limits.expectWords === undefined) throw usage('--expect-tolerance needs --expect-words.');
    limits.tolerance = tolerance;
  }
  const contract: Contract = {};
  if (Object.keys(limits).length > 0) {
    if (options.voice === undefined) throw usage('--max-words, --max-minutes and --expect-words need --voice NAME: the voice they limit.');
    setVoice(contract, options.voice, limits);
  } else if (options.voice !== undefined) {
    throw usage('--voice needs a limit: --max-words N, --max-minutes N or --expect-words N.');
  }
  const rules: Partial<Record<RuleName, Level>> = {};
  for (const setting of options.rule ?? []) {
    const [name = '', level = ''] = setting.split('=');
    const rule = ruleName(name.trim());
    if (!rule) throw usage(`--rule ${setting}: unknown rule "${name}" (known: ${ALL_RULES.join(', ')}).`);
    const parsed = levelOf(level.trim());
    if (!parsed) throw usage(`--rule ${setting}: use NAME=error, NAME=warning or NAME=off.`);
    rules[rule] = parsed;
  }
  return { contract, rules };
}

/** The config's contract with the command line's limits merged over it, field by field. */
export function mergeContracts(config: Contract, cli: Contract): Contract {
  const merged: Contract = {};
  for (const [voice, limits] of Object.entries(config)) setVoice(merged, voice, limits);
  for (const [voice, limits] of Object.entries(cli)) {
    // The command line names the voice as the user types it: join it to the config's spelling.
    const key = Object.keys(merged).find((name) => name === voice) ?? Object.keys(merged).find((name) => name.toLowerCase() === voice.toLowerCase()) ?? voice;
    setVoice(merged, key, { ...(Object.hasOwn(merged, key) ? merged[key] : {}), ...limits });
  }
  return merged;
}

/** `contract[voice] = limits`, also for a voice named `__proto__` (which plain assignment would swallow). */
function setVoice(contract: Contract, voice: string, limits: VoiceLimits): void {
  Object.defineProperty(contract, voice, { value: limits, enumerable: true, writable: true, configurable: true });
}
