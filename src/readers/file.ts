/**
 * The readers in Node: a script read from its path (its bytes through the platform's adapter,
 * platform/files.ts) or from bytes, with a PDF read in a worker thread. Everything else the readers
 * do works on bytes (read-bytes.ts) and runs in a browser too; there, package.json's "browser" field
 * puts file.browser.ts in this module's place (a PDF read in the calling thread, no paths).
 */
import { fileFacts, fileFactsSync, notAFolderIn, readFileBytes, readFileBytesSync } from '../platform/files.js';
import { checkTimeout } from '../budget.js';
import { UserError } from '../errors.js';
import type { ReadOptions, Script } from '../model.js';
import { LIMITS, overLimit } from './limits.js';
import { ownBytes, readBytes, takeBytes, type ScriptBytes } from './read-bytes.js';

/**
 * Reads a script from bytes already in memory; `file` is only used in messages and output.
 *
 * A PDF is read where pdf.js cannot change the caller's built-ins: its legacy build (the one Node
 * needs) installs core-js polyfills process-wide (Array.prototype.push, JSON.parse/stringify,
 * Function.prototype.toString, Set and Map methods, Promise.withResolvers…), so in Node it runs only
 * in the worker thread of readers/pdf/isolated.ts (which also stops it when `options.timeout` runs
 * out). From the TypeScript sources (tests), where no compiled worker exists, it runs in this thread.
 */
export async function readScriptBytes(bytes: ScriptBytes, file: string, options: ReadOptions = {}): Promise<Script> {
  // Copied before anything is awaited (read-bytes.ts takeBytes): the caller's buffer is free when this returns.
  const own = takeBytes(bytes, file);
  // A negative or NaN timeout would be taken for no limit: refused, as analyse refuses it.
  checkTimeout(options.timeout);
  return readBytes(own, file, options, async (...args) => {
    // Loaded on demand so DOCX runs never pay for the PDF reader.
    const { readPdfIsolated } = await import('./pdf/isolated.js');
    return readPdfIsolated(...args);
  });
}

/** The same as readScriptBytes (kept for callers that say they want a PDF read in a worker thread). */
export const readScriptBytesIsolated = readScriptBytes;

/**
 * The bytes of a script file, with the errors a user can act on (no such file, a folder, too large,
 * not readable). Never modifies the file.
 */
export async function readScriptFile(file: string): Promise<Uint8Array> {
  try {
    refuseToRead(file, await fileFacts(file));
    return await readFileBytes(file);
  } catch (error) {
    throw cannotRead(file, error);
  }
}

/**
 * The same as readScriptFile, at once: for a caller that reads many scripts in a row (`check`) and
 * would otherwise wait for this thread's turn between the steps of each read.
 */
export function readScriptFileSync(file: string): Uint8Array {
  try {
    refuseToRead(file, fileFactsSync(file));
    return readFileBytesSync(file);
  } catch (error) {
    throw cannotRead(file, error);
  }
}

function refuseToRead(file: string, info: { isDirectory(): boolean; size: number }): void {
  if (info.isDirectory()) throw new UserError(`${file} is a folder: give the path of a .docx or .pdf script.`, 'not-a-file', { path: file });
  if (info.size > LIMITS.fileBytes) throw overLimit(file, `its size (${Math.ceil(info.size / 1024 / 1024)} MB)`, LIMITS.fileBytes / 1024 / 1024, 'MB', 'fileBytes', { found: Math.ceil(info.size / 1024 / 1024) });
}

function cannotRead(file: string, error: unknown): UserError {
  if (error instanceof UserError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new UserError(`${file}: no such file. Check the path.`, 'missing-file', { path: file });
  // A path through a file: no such file, for whoever typed it; which part is a file, when it still is.
  if (code === 'ENOTDIR') {
    const blocking = notAFolderIn(file);
    const why = blocking === null ? '' : ` (${blocking} is a file, not a folder)`;
    return new UserError(`${file}: no such file${why}. Check the path.`, 'missing-file', { path: file, error: code, ...(blocking === null ? {} : { notAFolder: blocking }) });
  }
  if (code === 'EACCES' || code === 'EPERM') return new UserError(`${file}: permission denied. Check that you can read it.`, 'unreadable-file', { path: file, error: code });
  return new UserError(`${file}: cannot read the file (${code ?? String(error)}).`, 'unreadable-file', { path: file, error: code ?? String(error) });
}

/** Reads a script file (DOCX or PDF, told apart by content). Never modifies the file. */
export async function readScript(file: string, options: ReadOptions = {}): Promise<Script> {
  checkTimeout(options.timeout);
  return readScriptBytes(ownBytes(await readScriptFile(file)), file, options);
}
