/**
 * file.ts in a browser (package.json's "browser" field maps one to the other): a page has bytes, not
 * paths. A PDF is read in the calling thread: call this from a Web Worker (the page's runs the whole
 * pipeline in one, which it terminates when a file takes too long); the little pdf.js's modern build
 * sets on its realm (Math.sumPrecise, globalThis.pdfjsLib) then stays in that worker.
 */
import { checkTimeout } from '../budget.js';
import { UserError } from '../errors.js';
import type { ReadOptions, Script } from '../model.js';
import { readBytes, readPdfInThread, takeBytes, type ScriptBytes } from './read-bytes.js';

/** Reads a script from bytes already in memory; `file` is only used in messages and output. */
export async function readScriptBytes(bytes: ScriptBytes, file: string, options: ReadOptions = {}): Promise<Script> {
  // Copied before anything is awaited (read-bytes.ts takeBytes): the caller's buffer is free when this returns.
  const own = takeBytes(bytes, file);
  checkTimeout(options.timeout);
  return readBytes(own, file, options, readPdfInThread);
}

export const readScriptBytesIsolated = readScriptBytes;

const noPaths = (file: string) => new UserError(`${file}: a browser reads no files by path; pass the file's bytes to readScriptBytes (File.arrayBuffer()).`, 'usage');

export async function readScript(file: string, _options?: ReadOptions): Promise<Script> {
  throw noPaths(file);
}

export async function readScriptFile(file: string): Promise<Uint8Array> {
  throw noPaths(file);
}

export function readScriptFileSync(file: string): Uint8Array {
  throw noPaths(file);
}
