/**
 * git, run for `check --since` (since.ts): the one part of `check` that starts a program, so Node's
 * node:child_process. It stays out of the platform's adapter (platform/): a browser starts no
 * program, and the page checks nothing, so a stand-in would have nothing to stand for. Run with
 * execFile (no shell), messages untranslated, output kept as bytes.
 */
import { execFile } from 'node:child_process';
import { UserError } from '../errors.js';

/** Scripts can be large PDFs: git's output is collected up to this many bytes. */
const MAX_BUFFER = 1024 * 1024 * 1024;
export interface GitResult {
  ok: boolean;
  /** As bytes (a script's blob); as text: gitText. */
  stdout: Uint8Array;
  stderr: string;
}

/** Git's paths, names and messages are UTF-8; a byte order mark is kept (as a config file read from disk keeps it). */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** What git wrote to stdout, as text. */
export const gitText = (result: GitResult): string => UTF8.decode(result.stdout);

/** Runs git in `cwd`; never throws for a git failure (the caller reads `ok`), only when git is missing. */
export function git(args: string[], cwd: string, rev: string): Promise<GitResult> {
  // Untranslated messages, so "not a git repository" can be recognised.
  const env = { ...process.env, LC_ALL: 'C', LANGUAGE: 'C', GIT_OPTIONAL_LOCKS: '0' };
  return new Promise((resolveGit, reject) => {
    execFile('git', args, { cwd, env, encoding: 'buffer', maxBuffer: MAX_BUFFER, windowsHide: true }, (error, stdout, stderr) => {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      if (code === 'ENOENT' && (error as NodeJS.ErrnoException).syscall?.startsWith('spawn')) {
        reject(new UserError('--since needs git, and git was not found (install it or put it on PATH).', 'git-missing', { rev }));
        return;
      }
      if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
        reject(new UserError(`git ${args[0]}: the output is over ${MAX_BUFFER / 1024 / 1024} MiB.`, 'git-error', { rev, command: args[0], error: `output over ${MAX_BUFFER / 1024 / 1024} MiB` }));
        return;
      }
      resolveGit({ ok: !error, stdout: Buffer.from(stdout), stderr: Buffer.from(stderr).toString('utf8') });
    });
  });
}
