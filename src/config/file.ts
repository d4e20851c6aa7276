/**
 * Where a config is found and read from disk: `--config FILE`, else `vo-lines.config.json`, `.yaml`
 * or `.yml` in the script's folder or the nearest folder above it. The only file access of the
 * config, through the platform's adapter (platform/files.ts: Node's file system, or nothing in a
 * browser); parsing is parse.ts's.
 */
import { findUp, notAFolderIn, readTextFile } from '../platform/files.js';
import { bad } from './fields.js';
import { parseConfigText, type Config } from './parse.js';

export const CONFIG_NAMES = ['vo-lines.config.json', 'vo-lines.config.yaml', 'vo-lines.config.yml'];

/** Finds a config in the script's folder or the nearest folder above it. */
export function findConfig(scriptPath: string): string | null {
  return findUp(scriptPath, CONFIG_NAMES);
}

/** Reads and parses a config file; a missing or unreadable file is a one-line `bad-config` error. */
export async function loadConfig(path: string): Promise<Config> {
  let text: string;
  try {
    text = await readTextFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw bad(path, 'no such config file.', { kind: 'missing' });
    // A path through a file (`script.docx/vo.yaml`): no such config either, and which part is a file.
    if (code === 'ENOTDIR') {
      const blocking = notAFolderIn(path);
      throw bad(path, `no such config file${blocking === null ? '' : ` (${blocking} is a file, not a folder)`}.`, { kind: 'missing', error: code, ...(blocking === null ? {} : { notAFolder: blocking }) });
    }
    // A browser (platform/files.browser.ts): no file by path at all.
    if (code === 'ENOSYS') throw bad(path, "a browser reads no files by path; parse the config's text with parseConfigText.", { kind: 'unreadable' });
    throw bad(path, `cannot read the config (${code}).`, { kind: 'unreadable', ...(code ? { error: code } : {}) });
  }
  return parseConfigText(text, path);
}
