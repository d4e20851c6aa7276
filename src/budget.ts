/**
 * A wall-clock budget for reading and analysing one file (`--timeout`): past it, the file gets a
 * one-line `timeout` error instead of holding up a batch. Checked at points the readers pass
 * through often; the PDF reader, whose pdf.js work cannot be interrupted from inside, is also run
 * where it can be stopped from outside (see readers/pdf/isolated.ts).
 */
import { optionName, usageError, UserError, type OptionNames } from './errors.js';

/** Seconds a file may take before it gets a `timeout` error, unless `timeout` says otherwise. */
export const DEFAULT_TIMEOUT_SECONDS = 60;

export interface BudgetOptions {
  /** Seconds for this file; 0 or Infinity for no limit. Default DEFAULT_TIMEOUT_SECONDS. */
  timeout?: number;
  /** `Date.now()` at which the time is up, when the budget started earlier (set by `analyse`). */
  deadline?: number;
}

/** `task`: what the file took too long for, as the message says it ("to read"). */
export function timedOut(file: string, seconds: number, task = 'to read'): UserError {
  return new UserError(
    `${file} took longer than ${seconds} s ${task} and was stopped: the file is damaged or far larger than a script. If it is a real script, allow more time with --timeout SECONDS.`,
    'timeout',
    { seconds },
  );
}

/** What a value was, for a message: `-1`, `"5"`, `NaN`. */
export const shownValue = (value: unknown): string => (typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value));

/**
 * A `timeout` a caller passed: seconds, 0 or more (0: no limit); anything else (a negative number, NaN,
 * Infinity, a string) is a `usage` error, where Budget.of would take it for no limit. Every entry that
 * takes one (analyse, analyseBytes, readScript, readScriptBytes) says it in these words.
 */
export function checkTimeout(timeout: unknown, names?: OptionNames): void {
  if (timeout === undefined || (typeof timeout === 'number' && Number.isFinite(timeout) && timeout >= 0)) return;
  const option = optionName('timeout', names);
  throw usageError(`${option} must be a number of seconds, 0 or more (0: no limit), not ${shownValue(timeout)}.`, { kind: 'invalid-value', option, value: shownValue(timeout) });
}

/** Characters past which a text's work done in one go is preceded by a clock reading (`checkLong`). */
const LONG_TEXT = 65_536;

export class Budget {
  private calls = 0;

  private constructor(
    readonly file: string,
    /** `Date.now()` after which work stops; Infinity for no budget. */
    readonly deadline: number,
    readonly seconds: number,
    /** What the time is for, as the timeout message says it: "to read", "to read and lay out as booth scripts". */
    readonly task = 'to read',
  ) {}

  /** No time limit: for a caller that has no budget to pass on. */
  static readonly UNLIMITED: Budget = new Budget('', Infinity, Infinity);

  static of(file: string, options: BudgetOptions = {}, task?: string): Budget {
    const seconds = options.timeout ?? DEFAULT_TIMEOUT_SECONDS;
    if (!(seconds > 0) || !Number.isFinite(seconds)) return new Budget(file, Infinity, Infinity, task);
    return new Budget(file, options.deadline ?? Date.now() + seconds * 1000, seconds, task);
  }

  /** The options that carry this budget on (to another stage, or to a worker). */
  options(): BudgetOptions {
    return Number.isFinite(this.deadline) ? { timeout: this.seconds, deadline: this.deadline } : { timeout: 0 };
  }

  /** Throws `timeout` once the deadline has passed, reading the clock once every `every` calls. */
  tick(every = 4096): void {
    if (++this.calls % every === 0) this.check();
  }

  check(): void {
    if (Date.now() > this.deadline) throw timedOut(this.file, this.seconds, this.task);
  }

  /**
   * Checks the deadline where a text is long (over 64 Ki characters) before work on it done in one go
   * (a regular expression, a split): such work on a paragraph of millions of words takes seconds.
   */
  checkLong(text: string): void {
    if (text.length > LONG_TEXT) this.check();
  }

  /** Milliseconds left; Infinity without a budget. */
  remaining(): number {
    return this.deadline - Date.now();
  }
}
