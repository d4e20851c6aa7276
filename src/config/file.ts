/**
 * Where a config is found and read from disk (Node): `--config FILE`, else `vo-lines.config.json`,
 * `.yaml` or `.yml` in the script's folder or the nearest folder above it. The only file access of
 * the config; parsing is parse.ts's.
 */
import { existsSync, readFile, statSync } from 'node:fs';
import { promisify } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { bad } from './fields.js';
import { parseConfigText, type Config } from './parse.js';

/** node:fs's callback readFile: node:fs/promises would bring a dozen more of Node's own modules to every start. */
const readText = promisify(readFile);

export const CONFIG_NAMES = ['vo-lines.config.json', 'vo-lines.config.yaml', 'vo-lines.config.yml'];

/** Finds a config in the script's folder or the nearest folder above it. */
export function findConfig(scriptPath: string): string | null {
  let dir = dirname(resolve(scriptPath));
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * The file a config's path goes through as if it were a folder (`script.docx` in
 * `script.docx/vo.yaml`, an error ENOTDIR), as readers/file.ts finds it for a script (the config
 * layer may not use the readers'): the nearest part of the path that is a file, or null.
 */
function notAFolderIn(path: string): string | null {
  for (let dir = dirname(path), last = path; dir !== last; last = dir, dir = dirname(dir)) {
    try {
      if (statSync(dir).isFile()) return dir;
    } catch {
      // Not there, or not reachable either: look further up.
    }
  }
  return null;
}

/** Reads and parses a config file; a missing or unreadable file is a one-line `bad-config` error. */
export async function loadConfig(path: string): Promise<Config> {
  let text: string;
  try {
    text = await readText(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw bad(path, 'no such config file.', { kind: 'missing' });
    // A path through a file (`script.docx/vo.yaml`): no such config either, and which part is a file.
    if (code === 'ENOTDIR') {
      const blocking = notAFolderIn(path);
      throw bad(path, `no such config file${blocking === null ? '' : ` (${blocking} is a file, not a folder)`}.`, { kind: 'missing', error: code, ...(blocking === null ? {} : { notAFolder: blocking }) });
    }
    throw bad(path, `cannot read the config (${code}).`, { kind: 'unreadable', ...(code ? { error: code } : {}) });
  }
  return parseConfigText(text, path);
}
