/**
 * Configs read once per run of `check`, whoever asks: the scripts' own (run.ts `Configs`), the one
 * above a subfolder's config (what it does not inherit), the one above the repository that a script's
 * version at `--since REV` is read with (since.ts). Keyed by the file and its size and time of change,
 * so that a config edited between two runs in one process is read again.
 */
import type { Config } from '../config/parse.js';
import { loadConfig } from '../config/file.js';
import { fileFactsSync } from '../platform/files.js';

const loaded = new Map<string, Promise<Config>>();

export function loadConfigOnce(path: string): Promise<Config> {
  let key: string;
  try {
    const facts = fileFactsSync(path);
    key = `${path}\0${facts.size}\0${facts.mtimeMs}`;
  } catch {
    // Missing or unreadable: loadConfig says so, each time.
    return loadConfig(path);
  }
  let config = loaded.get(key);
  if (!config) {
    config = loadConfig(path);
    config.catch(() => undefined);
    loaded.set(key, config);
  }
  return config;
}
