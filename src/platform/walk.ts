/**
 * Folders walked and globs matched, for `check`'s list of files (check/run.ts `expandFiles`):
 * tinyglobby over Node's file system. A module of its own, beside files.ts, so that only `check`
 * loads the glob library (every command loads files.ts at its start). In a browser, walk.browser.ts
 * stands in (package.json's "browser" field): no folders to walk, so nothing is found.
 */
import { readlinkSync, realpath } from 'node:fs';
import { relative } from 'node:path';
import { escapePath, glob, isDynamicPattern } from 'tinyglobby';

export interface WalkOptions {
  /** The folder the pattern is matched from. */
  cwd: string;
  /** Paths as absolute ones (else from `cwd`). */
  absolute?: boolean;
  /** `false`: `*.docx` matches `A.DOCX` too. Default true. */
  caseSensitive?: boolean;
  /** Patterns of paths never searched (`**\/node_modules/**`). */
  ignore?: readonly string[];
  /**
   * Told of each symbolic link the walk met that leads nowhere (its target missing, or a loop of
   * links: ENOENT, ELOOP…) or nowhere it may look (EACCES), with the error's code; its path from
   * `cwd`. The walk leaves such a link out, whatever its name: the caller says which it wanted.
   */
  onBrokenLink?: (path: string, error: string, target: string | null) => void;
}

/**
 * The files (never folders: a folder's files are matched by its own pattern) that `pattern`
 * matches; dot-folders are not searched. In the order the walk finds them.
 */
export function findFiles(pattern: string, options: WalkOptions): Promise<string[]> {
  return glob(pattern, {
    onlyFiles: true,
    expandDirectories: false,
    cwd: options.cwd,
    absolute: options.absolute ?? false,
    caseSensitiveMatch: options.caseSensitive ?? true,
    ...(options.ignore ? { ignore: [...options.ignore] } : {}),
    ...(options.onBrokenLink ? { fs: { realpath: brokenLinksTo(options.cwd, options.onBrokenLink) } } : {}),
  });
}

/** Node's realpath, as the walk resolves each symbolic link it meets, telling `onBrokenLink` of those it cannot. */
function brokenLinksTo(cwd: string, onBrokenLink: (path: string, error: string, target: string | null) => void): typeof realpath {
  const wrapped = (path: string, callback: (error: NodeJS.ErrnoException | null, resolved: string) => void) =>
    realpath(path, (error, resolved) => {
      if (error) onBrokenLink(relative(cwd, path), error.code ?? 'EIO', linkTarget(path));
      callback(error, resolved);
    });
  return wrapped as unknown as typeof realpath;
}

/** What a symbolic link holds (the path it leads to, as written); null when it cannot be read. */
function linkTarget(path: string): string | null {
  try {
    return readlinkSync(path);
  } catch {
    return null;
  }
}

/** Whether a path is a pattern for many files (a wildcard, braces, brackets…) rather than one path. */
export const isGlobPattern = (path: string): boolean => isDynamicPattern(path);

/** A path with its glob characters escaped: the path itself in a pattern. */
export const escapeGlobPath = (path: string): string => escapePath(path);
