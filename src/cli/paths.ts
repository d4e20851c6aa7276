/** Paths as the user would type them: what the command line shows, never the renderers' business. */
import { isAbsolute, relative } from 'node:path';

/** A path relative to the working folder when that is shorter. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !isAbsolute(rel) && rel.length < path.length ? rel : path;
}

/** A report or result with its config's path as the user would type it, for a renderer. */
export function withShownConfig<T extends { config: string | null }>(value: T): T {
  return value.config === null ? value : { ...value, config: displayPath(value.config) };
}
