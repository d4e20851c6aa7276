/**
 * files.ts in a browser (package.json's "browser" field maps one to the other): a page has bytes,
 * not paths. Nothing is found (no config above a script, no folder, no home), nothing is read by
 * path (an error with Node's code for "not implemented", ENOSYS, which the callers turn into their
 * own message), and a path is shown as given. Paths are POSIX ones, the root standing for the
 * working folder.
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

export const readFileStart = (path: string, _length: number): Uint8Array => {
  throw noFiles(path);
};

export const realPath = (path: string): Promise<string> => Promise.reject(noFiles(path));

export function isFolder(_path: string): boolean {
  return false;
}

export function homeFolder(): string | null {
  return null;
}

export function folderHolding(_path: string, _name: string): string | null {
  return null;
}

export function fileNamesIn(_folder: string): string[] {
  return [];
}

export function findUp(_path: string, _names: readonly string[]): string | null {
  return null;
}

export function notAFolderIn(_path: string): string | null {
  return null;
}

export function displayPath(path: string): string {
  return path;
}

// POSIX paths, as node:path's posix functions give them (the working folder is the root).

export const sep = '/';

export const isAbsolute = (path: string): boolean => path.startsWith('/');

/** The names of a path's parts, `.` dropped and `..` taken back where it can be (above the root of an absolute path: nothing). */
function parts(path: string): string[] {
  const absolute = isAbsolute(path);
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (part !== '..' || !absolute) out.push(part);
  }
  return out;
}

function normal(path: string): string {
  const absolute = isAbsolute(path);
  const joined = parts(path).join('/');
  return absolute ? `/${joined}` : joined || '.';
}

export function join(...paths: string[]): string {
  return normal(paths.filter((path) => path !== '').join('/') || '.');
}

export function resolve(...paths: string[]): string {
  let path = '';
  for (let i = paths.length - 1; i >= 0 && !isAbsolute(path); i--) if (paths[i]) path = path ? `${paths[i]}/${path}` : paths[i]!;
  return normal(`/${path}`);
}

export function relative(from: string, to: string): string {
  const a = parts(resolve(from));
  const b = parts(resolve(to));
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}

/** Whether `path` is `folder` or inside it (a folder named `..x` in it is in it). */
export const isWithin = (folder: string, path: string): boolean => {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith('../'));
};

/** A path without its trailing slashes (the root kept). */
const trimmed = (path: string) => path.replace(/(?<=.)\/+$/, '');

export function dirname(path: string): string {
  const path_ = trimmed(path);
  const at = path_.lastIndexOf('/');
  if (at < 0) return '.';
  return at === 0 ? '/' : path_.slice(0, at).replace(/(?<=.)\/+$/, '');
}

export function basename(path: string, suffix?: string): string {
  const path_ = trimmed(path);
  const name = path_ === '/' ? '' : path_.slice(path_.lastIndexOf('/') + 1);
  return suffix !== undefined && suffix !== name && name.endsWith(suffix) ? name.slice(0, name.length - suffix.length) : name;
}

export function extname(path: string): string {
  const name = basename(path);
  const at = name.lastIndexOf('.');
  return at <= 0 || name === '..' ? '' : name.slice(at);
}
