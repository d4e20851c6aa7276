/**
 * Checks shared by the config's sections: each bad field is a one-line `bad-config` error naming it,
 * its details saying the same as data (the file, which kind of mistake, the field's path).
 */
import { UserError, type ErrorDetails } from '../errors.js';
import { PACE_LIMITS, paceProblem } from './settings.js';
import { displayPath } from '../platform/files.js';

/**
 * What a `bad-config` error's details hold besides the file (docs/internals.md "Errors and their
 * details"): `kind` (`invalid` unless said), `field` (the path, as the message writes it:
 * `voices.Narrator.color`) and the kind's own facts.
 */
export interface BadField extends ErrorDetails {
  kind?: 'missing' | 'unreadable' | 'syntax' | 'unknown-field' | 'unknown-voice' | 'clash' | 'same-name' | 'invalid';
  field?: string;
}

/**
 * A `bad-config` error: `message` after the file's name, shown as every message shows a path
 * (platform/files.ts `displayPath`: from the working folder when that is shorter; the config found
 * above a script is known by its absolute path); `field` the path of the field at fault (a
 * string), or the details.
 */
export function bad(source: string, message: string, field?: string | BadField): UserError {
  const facts: BadField = typeof field === 'string' ? { field } : (field ?? {});
  const file = displayPath(source);
  return new UserError(`${file}: ${message}`, 'bad-config', { file, kind: 'invalid', ...facts });
}

/** An unknown field: its path and the fields known there. */
export function unknownField(source: string, field: string, known: readonly string[]): UserError {
  return bad(source, `unknown field "${field}" (known: ${known.join(', ')}).`, { kind: 'unknown-field', field, known: [...known] });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as the error shows it: JSON, but a number that JSON cannot write as it is (YAML's `.nan`, `.inf`: `NaN`, `Infinity`, never `null`). */
export const shown = (value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : JSON.stringify(value));

export function positiveNumber(value: unknown, source: string, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw bad(source, `"${field}" must be a positive number, not ${shown(value)}.`, field);
  return value;
}

/** A pace (`wpm`, words or characters a minute) or a syllable rate (`syllablesPerSecond`) a person reads at (settings.ts PACE_LIMITS). */
export function paceValue(value: unknown, source: string, field: string, kind: keyof typeof PACE_LIMITS): number {
  const pace = positiveNumber(value, source, field);
  const problem = paceProblem(pace, kind);
  if (problem) throw bad(source, `"${field}": ${problem}.`, { field, value: pace, min: PACE_LIMITS[kind].min, max: PACE_LIMITS[kind].max });
  return pace;
}
