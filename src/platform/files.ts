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
import { closeSync, existsSync, openSync, readdirSync, readFile, readFileSync, readSync, realpath, stat, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';

/**
 * Paths as this platform writes them (Node's own: `\` on Windows). The code below cli/ takes them
 * from here, never from node:path, so that it runs where a browser's stand-in (POSIX paths, the
 * root for a working folder) is put in this module's place.
 */
export { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** What the callers ask of a file before reading it. */
export interface FileFacts {
  isDirectory(): boolean;
  isFile(): boolean;
  size: number;
  /** When it last changed (ms): a file read once per run is read again once changed (config/file.ts `loadConfigOnce`). */
  mtimeMs: number;
}

// node:fs's callback functions, not node:fs/promises: that module brings a dozen more of Node's own
// (streams, readline) for every command to compile as it starts.
const statAsync = promisify(stat);
const readAsync = promisify(readFile);
const realpathAsync = promisify(realpath);

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

/** The first `length` bytes of a file (fewer when it is shorter), at once: enough to tell what a file is without reading it all. */
export function readFileStart(path: string, length: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const head = new Uint8Array(length);
    return head.subarray(0, readSync(fd, head, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

/** The path with every symbolic link in it followed (the file it names, as git names it). */
export const realPath = (path: string): Promise<string> => realpathAsync(path);

/** Whether `path` is a folder (false when it is anything else, or missing, or unreadable). */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The user's home folder; null where there is none (a browser). node:os loaded only when asked (no command needs it at its start). */
export function homeFolder(): string | null {
  try {
    return process.getBuiltinModule('node:os').homedir() || null;
  } catch {
    return null;
  }
}

/**
 * The names of the files in a folder (symbolic links included: one may point at a file), in the
 * order the system gives them; none when the folder cannot be read.
 */
export function fileNamesIn(folder: string): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() || entry.isSymbolicLink())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

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
 * The nearest folder, from `path`'s own folder up to the root, that holds an entry (a file or a
 * folder) named `name`: the top of a git work tree holds `.git`, a folder or (a worktree, a
 * submodule) a file. Null when none does.
 */
export function folderHolding(path: string, name: string): string | null {
  let dir = dirname(resolve(path));
  for (;;) {
    if (existsSync(join(dir, name))) return dir;
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

/** Whether `path` is `folder` or inside it (a folder named `..x` in it is in it; another drive is not). */
export function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
