/**
 * The file system, for the layers below the command line: the one module there that touches files
 * and paths through Node (tests/layers.test.ts holds every other module below cli/ to that, but for
 * its list of Node-only runtime files). The readers read a script's bytes here (readers/file.ts
 * `readScript` over `readScriptBytes`), the config is found and read here (config/file.ts), and a
 * path is shown as the user would type it. In a browser, package.json's "browser" field puts
 * files.browser.ts in this module's place: no files, no folders, paths shown as given.
 *
 * Errors are Node's own (`code`: ENOENT, ENOTDIR, EACCES…): each caller says them in its words.
 */
import { existsSync, readFile, readFileSync, stat, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';

/** What the callers ask of a file before reading it. */
export interface FileFacts {
  isDirectory(): boolean;
  isFile(): boolean;
  size: number;
  /** When it last changed (ms): a file read once per run is read again once changed (check/config-cache.ts). */
  mtimeMs: number;
}

// node:fs's callback functions, not node:fs/promises: that module brings a dozen more of Node's own
// (streams, readline) for every command to compile as it starts.
const statAsync = promisify(stat);
const readAsync = promisify(readFile);

/** A file's facts (size, folder or file). */
export const fileFacts = (path: string): Promise<FileFacts> => statAsync(path);

/** fileFacts, at once. */
export const fileFactsSync = (path: string): FileFacts => statSync(path);

/** A file's bytes. Never modifies the file. */
export const readFileBytes = (path: string): Promise<Uint8Array> => readAsync(path);

/** readFileBytes, at once: for a caller that reads many files in a row and would otherwise wait for this thread's turn between the steps of each read. */
export const readFileBytesSync = (path: string): Uint8Array => readFileSync(path);

/** A text file's text (UTF-8). */
export const readTextFile = (path: string): Promise<string> => readAsync(path, 'utf8');

/**
 * The nearest file named one of `names` (in that order) in the folder of `path` or a folder above
 * it: where a script's config is looked for. Null when there is none up to the root.
 */
export function findUp(path: string, names: readonly string[]): string | null {
  let dir = dirname(resolve(path));
  for (;;) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * The file a path goes through as if it were a folder (`a.docx` in `a.docx/b.docx`), for an error
 * ENOTDIR: the nearest part of the path, from the end, that is a file. Null when none is (any more).
 */
export function notAFolderIn(path: string): string | null {
  for (let dir = dirname(path), last = path; dir !== last; last = dir, dir = dirname(dir)) {
    try {
      if (statSync(dir).isFile()) return dir;
    } catch {
      // Not there, or not reachable either: look further up.
    }
  }
  return null;
}

/** A path as the user would type it: relative to the working folder when that is shorter (messages, reports). */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !isAbsolute(rel) && rel.length < path.length ? rel : path;
}
