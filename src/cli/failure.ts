/**
 * What a command that fails prints on stdout when its output is JSON (`--json`, or `check`'s and
 * `diff`'s `--format json`): one object, `{file, error: {code, message, details?}}` for a one-file
 * command (`{old, new, error}` for `diff`, `{error}` for `check` as a whole and for a command line
 * commander refused before any file), the error as `check --json` gives a file's. Loaded only when a
 * command fails. README "JSON output"; docs/internals.md "Errors and their details".
 */
import type { CommanderError } from 'commander';
import { isUserError, UserError, userErrorData, type UserErrorData } from '../errors.js';

/** The one line an error that is no `UserError` (a bug) is said with, as check's `unexpected` result says it. */
export function unexpectedLine(error: unknown): string {
  return `unexpected error: ${(error as Error)?.message?.split('\n')[0] ?? String(error)}. Please report it with the file if you can`;
}

/** Any error a command ends with, as plain data. */
export function errorData(error: unknown): UserErrorData {
  return userErrorData(isUserError(error) ? error : new UserError(`${unexpectedLine(error)}.`, 'unexpected'));
}

/** `-o, --output <file>` → `--output` (the long name, else the short one). */
function optionName(flags: string): string {
  const names = flags.split(/[\s,|]+/).filter((part) => part.startsWith('-'));
  return names.find((name) => name.startsWith('--')) ?? names[0] ?? flags;
}

/** The texts commander quotes in its message, in order. */
const quoted = (message: string) => [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]!);

/**
 * A command line commander refused, as a `usage` error: its message (without commander's `error: `,
 * on one line) and what it names, from commander's code and its message's quoted parts.
 */
export function commanderErrorData(error: CommanderError): UserErrorData {
  const message = error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim();
  const [first, second] = quoted(message);
  const details = ((): Record<string, unknown> => {
    switch (error.code) {
      case 'commander.unknownOption':
        return { kind: 'unknown-option', ...(first ? { option: first } : {}) };
      case 'commander.invalidArgument': {
        const value = /argument '(.*)' is invalid/.exec(message)?.[1] ?? /value '(.*)' is invalid for argument '([^']*)'/.exec(message)?.[1];
        if (message.startsWith('command-argument')) return { kind: 'invalid-value', argument: quoted(message).at(-1), ...(value !== undefined ? { value } : {}) };
        return { kind: 'invalid-value', ...(first ? { option: optionName(first) } : {}), ...(value !== undefined ? { value } : {}) };
      }
      case 'commander.optionMissingArgument':
        return { kind: 'missing-value', ...(first ? { option: optionName(first) } : {}) };
      case 'commander.missingMandatoryOptionValue':
        return { kind: 'missing-option', ...(first ? { option: optionName(first) } : {}) };
      case 'commander.conflictingOption':
        return { kind: 'conflict', ...(first ? { option: optionName(first) } : {}), ...(second ? { conflicts: optionName(second) } : {}) };
      case 'commander.missingArgument':
        return { kind: 'missing-argument', ...(first ? { argument: first } : {}) };
      case 'commander.excessArguments':
        return { kind: 'excess-arguments' };
      case 'commander.unknownCommand':
        return { kind: 'unknown-command', ...(first ? { command: first } : {}) };
      default:
        return { kind: error.code.replace(/^commander\./, '') };
    }
  })();
  return userErrorData(new UserError(message, 'usage', details));
}

/** The JSON a failed command prints: what it was working on (`fields`), then the error. */
export function failureJson(fields: Record<string, unknown>, error: UserErrorData): string {
  return `${JSON.stringify({ ...fields, error }, null, 2)}\n`;
}
