/**
 * walk.ts in a browser (package.json's "browser" field): a page has no folders to walk, so no
 * pattern matches a file, and no path is a pattern.
 */
import type { WalkOptions } from './walk.js';

export type { WalkOptions };

export const findFiles = (_pattern: string, _options: WalkOptions): Promise<string[]> => Promise.resolve([]);

export const isGlobPattern = (_path: string): boolean => false;

export const escapeGlobPath = (path: string): string => path;
