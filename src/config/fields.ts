/** Checks shared by the config's sections: each bad field is a one-line `bad-config` error naming it. */
import { UserError } from '../errors.js';

export function bad(source: string, message: string): UserError {
  return new UserError(`${source}: ${message}`, 'bad-config');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function positiveNumber(value: unknown, source: string, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw bad(source, `"${field}" must be a positive number, not ${JSON.stringify(value)}.`);
  return value;
}
