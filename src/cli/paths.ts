/** Paths as the user would type them: what the command line shows, never the renderers' business. */
import { displayPath } from '../platform/files.js';

/** A path relative to the working folder when that is shorter (platform/files.ts; check's messages show it so too). */
export { displayPath };

/** A report or result with its config's path as the user would type it, for a renderer. */
export function withShownConfig<T extends { config: string | null }>(value: T): T {
  return value.config === null ? value : { ...value, config: displayPath(value.config) };
}
