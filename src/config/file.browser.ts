/** file.ts in a browser (package.json's "browser" field): no folders to find a config in, no files to read by path. */
import { bad } from './fields.js';
import type { Config } from './parse.js';

export const CONFIG_NAMES = ['vo-lines.config.json', 'vo-lines.config.yaml', 'vo-lines.config.yml'];

export function findConfig(_scriptPath: string): string | null {
  return null;
}

export async function loadConfig(path: string): Promise<Config> {
  throw bad(path, "a browser reads no files by path; parse the config's text with parseConfigText.", { kind: 'unreadable' });
}
