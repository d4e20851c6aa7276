/**
 * files.ts in a browser (package.json's "browser" field maps one to the other): a page has bytes,
 * not paths. Nothing is found (no config above a script), nothing is read by path (an error with
 * Node's code for "not implemented", ENOSYS, which the callers turn into their own message), and a
 * path is shown as given.
 */
import type { FileFacts } from './files.js';

export type { FileFacts };

function noFiles(path: string): Error {
  return Object.assign(new Error(`${path}: a browser reads no files by path.`), { code: 'ENOSYS' });
}

export const fileFacts = (path: string): Promise<FileFacts> => Promise.reject(noFiles(path));

export const fileFactsSync = (path: string): FileFacts => {
  throw noFiles(path);
};

export const readFileBytes = (path: string): Promise<Uint8Array> => Promise.reject(noFiles(path));

export const readFileBytesSync = (path: string): Uint8Array => {
  throw noFiles(path);
};

export const readTextFile = (path: string): Promise<string> => Promise.reject(noFiles(path));

export function findUp(_path: string, _names: readonly string[]): string | null {
  return null;
}

export function notAFolderIn(_path: string): string | null {
  return null;
}

export function displayPath(path: string): string {
  return path;
}
