/**
 * An error the user can cause and fix: a bad file, a bad config, an unknown voice.
 * The CLI prints `message` as one line and exits with code 2; no stack trace unless --debug.
 * The message says what is wrong and, where it helps, what to do.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    /** Stable code for JSON output and tests, e.g. `legacy-doc`, `encrypted`, `corrupt-zip`. */
    readonly code: string,
  ) {
    super(message);
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
