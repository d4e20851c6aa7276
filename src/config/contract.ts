/**
 * The config's `contract` (limits per voice) and `locked` (recorded voices): their types and their
 * parsing. The check stage applies them. Each bad field is a `UserError(…, 'bad-config')` that names it.
 */
import { bad, isRecord, positiveNumber, unknownField } from './fields.js';

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
  /** With `--since REV`: most words the voice may gain since REV (see `addedWords` in check/since-rules.ts). */
  maxAddedWords?: number;
}

/** Limits per voice name, as written in the config or on the command line. */
export type Contract = Record<string, VoiceLimits>;

const LIMIT_FIELDS = ['maxWords', 'maxMinutes', 'expectWords', 'tolerance'];
/** Limits that only `check --since` uses. */
const SINCE_LIMIT_FIELDS = ['maxAddedWords'];

/** `"5%"` → 5 percent; `50` or `"50"` → 50 words. Returns null when the value is neither. */
export function parseWordTolerance(value: unknown): WordTolerance | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? { words: value } : null;
  if (typeof value !== 'string') return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(value);
  if (!match) return null;
  const number = Number(match[1]);
  return match[2] ? { percent: number } : { words: number };
}

/** A count of words: a whole number, 1 or more (`maxWords: 57.5` is no count). */
function wholeWords(value: unknown, source: string, field: string): number {
  const words = positiveNumber(value, source, field);
  if (!Number.isInteger(words)) throw bad(source, `"${field}" must be a whole number of words, not ${words}.`, field);
  return words;
}

function limitsOf(value: unknown, source: string, field: string): VoiceLimits {
  if (!isRecord(value)) throw bad(source, `"${field}" must be an object such as {"maxWords": 1200, "maxMinutes": 9}.`, field);
  for (const key of Object.keys(value)) {
    if (!LIMIT_FIELDS.includes(key) && !SINCE_LIMIT_FIELDS.includes(key)) throw unknownField(source, `${field}.${key}`, [...LIMIT_FIELDS, ...SINCE_LIMIT_FIELDS]);
  }
  const limits: VoiceLimits = {};
  if (value.maxWords !== undefined) limits.maxWords = wholeWords(value.maxWords, source, `${field}.maxWords`);
  if (value.maxMinutes !== undefined) limits.maxMinutes = positiveNumber(value.maxMinutes, source, `${field}.maxMinutes`);
  if (value.expectWords !== undefined) limits.expectWords = wholeWords(value.expectWords, source, `${field}.expectWords`);
  if (value.tolerance !== undefined) {
    const tolerance = parseWordTolerance(value.tolerance);
    if (!tolerance) throw bad(source, `"${field}.tolerance": ${JSON.stringify(value.tolerance)} is not a tolerance (use a percentage such as "5%" or a number of words).`, `${field}.tolerance`);
    if (limits.expectWords === undefined) throw bad(source, `"${field}.tolerance" needs "${field}.expectWords".`, `${field}.tolerance`);
    // A number is words: 0.05 is no tolerance of 0.05 words meant, but 5% written as a fraction.
    if ('words' in tolerance && !Number.isInteger(tolerance.words)) {
      throw bad(source, `"${field}.tolerance": ${JSON.stringify(value.tolerance)} is not a whole number of words (a number is words; write a percentage as "5%").`, `${field}.tolerance`);
    }
    limits.tolerance = tolerance;
  }
  if (value.maxAddedWords !== undefined) {
    const max = value.maxAddedWords;
    if (typeof max !== 'number' || !Number.isInteger(max) || max < 0) throw bad(source, `"${field}.maxAddedWords" must be a whole number of words, 0 or more, not ${JSON.stringify(max)}.`, `${field}.maxAddedWords`);
    limits.maxAddedWords = max;
  }
  if (Object.keys(limits).length === 0) throw bad(source, `"${field}" sets no limit (use maxWords, maxMinutes or expectWords).`, field);
  return limits;
}

/** The voices a config names, for an error on a name it does not: none, when the config has no `voices` (settings only). */
const namedVoices = (voices: readonly string[]) =>
  voices.length ? `(voices: ${voices.map((v) => `"${v}"`).join(', ')})` : '(the config names no voice: name it in "voices" first)';

/** A name folded as voices are told apart (config/parse.ts refuses two voices that fold alike): case, spaces, Unicode form. */
export const foldVoiceName = (name: string) => name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();

/** The voice of `voices` that `name` names, whatever its case and spaces (as `--voice` finds one); null when none does. */
function voiceIn(voices: readonly string[], name: string): string | null {
  if (voices.includes(name)) return name;
  const folded = foldVoiceName(name);
  return voices.find((voice) => foldVoiceName(voice) === folded) ?? null;
}

/**
 * The config's `contract` section: voice name → limits. Every voice must be one the config's
 * `voices` names (pass `voices`), so a misspelt name is caught once, at the config; found whatever
 * its case and spaces, and kept under the name `voices` gives it. Two names for one voice are refused.
 */
export function parseContract(value: unknown, source: string, voices?: readonly string[]): Contract {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) throw bad(source, '"contract" must map voice names to limits, e.g. {"contract": {"Narrator": {"maxWords": 1200}}}.', 'contract');
  const contract: Contract = {};
  /** Per voice (as `voices` names it): the name the contract gave it, to name both of two that give one voice limits. */
  const written = new Map<string, string>();
  for (const [voice, limits] of Object.entries(value)) {
    const named = voices ? voiceIn(voices, voice) : voice;
    if (named === null) {
      throw bad(source, `"contract.${voice}": no voice "${voice}" in "voices" ${namedVoices(voices!)}.`, { kind: 'unknown-voice', field: `contract.${voice}`, voice, voices: [...voices!] });
    }
    const twin = written.get(named);
    if (twin !== undefined) {
      throw bad(
        source,
        `"contract": ${JSON.stringify(twin)} and ${JSON.stringify(voice)} name one voice, ${JSON.stringify(named)} (a voice is found by its name whatever its case and spaces): give its limits once.`,
        { kind: 'same-name', field: `contract.${voice}`, voice: named, voices: [twin, voice] },
      );
    }
    written.set(named, voice);
    setVoice(contract, named, limitsOf(limits, source, `contract.${voice}`));
  }
  return contract;
}

/**
 * The config's top-level `locked`: the voices whose lines are recorded, so that with `--since REV`
 * any change to their lines is a `locked` finding. A list of names from `voices`, found whatever their
 * case and spaces and kept as `voices` names them; duplicates dropped.
 */
export function parseLocked(value: unknown, source: string, voices?: readonly string[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw bad(source, '"locked" must be a list of voice names, e.g. {"locked": ["Narrator"]}.', 'locked');
  const locked: string[] = [];
  for (const name of value) {
    if (typeof name !== 'string' || name.trim() === '') throw bad(source, `"locked": ${JSON.stringify(name)} is not a voice name.`, 'locked');
    const named = voices ? voiceIn(voices, name) : name;
    if (named === null) {
      throw bad(source, `"locked": no voice "${name}" in "voices" ${namedVoices(voices!)}.`, { kind: 'unknown-voice', field: 'locked', voice: name, voices: [...voices!] });
    }
    // `narrator` and `Narrator` lock one voice, named as `voices` names it.
    if (!locked.includes(named)) locked.push(named);
  }
  return locked;
}



/** `contract[voice] = limits`, also for a voice named `__proto__` (which plain assignment would swallow). */
export function setVoice(contract: Contract, voice: string, limits: VoiceLimits): void {
  Object.defineProperty(contract, voice, { value: limits, enumerable: true, writable: true, configurable: true });
}
