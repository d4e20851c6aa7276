/**
 * The facts behind an error's message, as plain data (like `Warning.details`): JSON-safe, so that
 * they cross a thread, a Web Worker or `check --json` unchanged. What each code's details hold is
 * listed in docs/internals.md ("Errors and their details").
 */
export type ErrorDetails = Record<string, unknown>;

/**
 * An error the user can cause and fix: a bad file, a bad config, an unknown voice.
 * The CLI prints `message` as one line and exits with code 2; no stack trace unless --debug.
 * The message says what is wrong and, where it helps, what to do; `details` says which variant of
 * the code it is and what was found (for a page in another language, `check --json`, a library
 * user), so that nobody has to read the message's words.
 */
/**
 * The mark every copy of the package puts on its UserError class (a registered symbol: the same in
 * each copy), so that `isUserError` knows an error another copy made — two versions in one
 * node_modules, a bundle beside the library — where `instanceof` would not.
 */
const USER_ERROR = Symbol.for('vo-lines.UserError');

/**
 * Every code a UserError has (docs/internals.md "Errors and their details" says what each one's
 * details hold). tests/error-codes.test.ts finds every `new UserError(…, 'code')` in src/ and checks
 * that this list is exactly theirs, so it cannot drift; the type checker refuses a code not in it.
 */
export const USER_ERROR_CODES = [
  'alt-chunk-only', 'bad-config', 'bad-pace', 'cell-too-long', 'config-exists', 'corrupt-docx',
  'corrupt-pdf', 'empty-file', 'encrypted', 'format-mismatch', 'git-error', 'git-missing', 'legacy-doc',
  'lfs-pointer', 'missing-file', 'no-commit-yet', 'no-text', 'not-a-docx', 'not-a-file',
  'not-a-git-repository', 'not-a-script', 'not-built', 'nothing-to-export', 'out-of-memory', 'output-clash',
  'output-exists', 'output-folder-missing', 'output-is-config', 'output-is-folder', 'output-name-missing',
  'over-limit', 'port-in-use', 'sides-unprintable', 'timeout', 'too-large', 'unexpected', 'unknown-format',
  'unknown-revision', 'unknown-voice', 'unreadable-file', 'unsafe-xml', 'usage', 'voices-not-named',
  'would-overwrite-input', 'write-failed',
] as const;

/** A UserError's code: what a library user tells errors apart by (`error.code === 'encrypted'`). */
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

export class UserError extends Error {
  override readonly name = 'UserError';
  /** Machine-readable facts behind the message (which kind of no-text, the limit and its value…), when there are any. */
  declare readonly details?: ErrorDetails;
  constructor(
    message: string,
    /** Stable code for JSON output and tests, e.g. `legacy-doc`, `encrypted`, `corrupt-docx`. */
    readonly code: UserErrorCode,
    details?: ErrorDetails,
  ) {
    super(message);
    if (details) this.details = details;
  }
}

/**
 * A mistake on the command line (code `usage`): `kind` says which (`invalid-value`, `conflict`,
 * `needs`, `missing-option`, `format`…), `option` the option at fault, and the kind's own facts
 * (`value`, `conflicts`, `needs`, `format`); docs/internals.md "Errors and their details".
 */
export function usageError(message: string, details: { kind: string; option?: string } & ErrorDetails): UserError {
  return new UserError(message, 'usage', details);
}

/**
 * How a call's errors name its options: as the library spells them (`wpm`, `lang`: the default) or as
 * the command line does (`--wpm`, `--lang`: cli/options.ts `analyseOptions` asks for it). Plain data,
 * so that it crosses to `check`'s worker threads with the options.
 */
export type OptionNames = 'library' | 'cli';

/** An option's name as the caller knows it (OptionNames): `wpm`, or `--wpm` on the command line. */
export function optionName(option: string, names: OptionNames = 'library'): string {
  return names === 'cli' ? `--${option}` : option;
}

Object.defineProperty(UserError.prototype, USER_ERROR, { value: true });

/**
 * Whether `error` is a UserError, made by this copy of the package or by another (see USER_ERROR). An
 * error that crossed a thread or a Web Worker is plain data: send `userErrorData(error)` and make it
 * an error again with `fromUserErrorData` (structuredClone keeps an Error's message only).
 */
export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError || (error instanceof Error && (error as unknown as Record<symbol, unknown>)[USER_ERROR] === true);
}

/** A user error as plain data: what a thread or a worker posts, and what `check --json` shows. */
export interface UserErrorData {
  code: UserErrorCode;
  message: string;
  details?: ErrorDetails;
}

export function userErrorData(error: UserError): UserErrorData {
  return { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) };
}

/** The user error again from its plain data (`userErrorData`). */
export function fromUserErrorData(data: UserErrorData): UserError {
  return new UserError(data.message, data.code, data.details);
}
