/**
 * Where a config is found and read from disk: `--config FILE`, else `vo-lines.config.json`, `.yaml`
 * or `.yml` in the script's folder or the nearest folder above it. The only file access of the
 * config, through the platform's adapter (platform/files.ts: Node's file system, or nothing in a
 * browser); parsing is parse.ts's. `loadConfigOnce` is the one cache of configs read: a batch
 * (`check`) reads and parses each config once, however many scripts and threads' tasks ask.
 */
import { basename, dirname, displayPath, fileFactsSync, fileNamesIn, findUp, join, notAFolderIn, readTextFile, resolve } from '../platform/files.js';
import type { Warning } from '../model.js';
import { UserError } from '../errors.js';
import { bad } from './fields.js';
import { parseConfigText, type Config } from './parse.js';

export const CONFIG_NAMES = ['vo-lines.config.json', 'vo-lines.config.yaml', 'vo-lines.config.yml'];

/**
 * The config in the script's folder or the nearest folder above it that holds one, or null. A folder
 * with two or more (`vo-lines.config.json` beside a `.yml`) is a `bad-config` error naming them: the
 * first would be read and the other silently ignored, whichever the person edits (every command finds
 * its config here: summary, lines, check alike).
 */
export function findConfig(scriptPath: string): string | null {
  const found = findConfigPath(scriptPath);
  if (found === null) return null;
  const folder = dirname(found);
  const names = CONFIG_NAMES.filter((name) => isFile(join(folder, name)));
  if (names.length > 1) {
    const shown = displayPath(found);
    throw new UserError(
      `${shown}: ${names.slice(1).join(' and ')} ${names.length > 2 ? 'are' : 'is'} beside it, and only one config in a folder would be read. Keep one (delete or rename the other${names.length > 2 ? 's' : ''}).`,
      'bad-config',
      { file: shown, kind: 'two-configs', configs: names },
    );
  }
  return found;
}

/** The config findConfig finds, without its refusal of a folder with two: the first of CONFIG_NAMES there (to name it). */
export function findConfigPath(scriptPath: string): string | null {
  return findUp(scriptPath, CONFIG_NAMES);
}

/**
 * A name close to a config's that is not one (`vo-lines.yaml`, `vo-lines-config.yaml`,
 * `.vo-lines.config.yaml`, `vo-lines.config.yml.txt` as Notepad saves it, `Vo-Lines.config.yaml`):
 * the config's name it was surely meant to have, and whether only the case differs. Null for a
 * config's own name and for any other name (a backup, `vo-lines.config.yaml.bak`, is kept so on purpose).
 */
export function nearMissConfigName(name: string): { expected: string; caseOnly: boolean } | null {
  if (CONFIG_NAMES.includes(name)) return null;
  const lower = name.toLowerCase();
  const match = /^\.?vo[-_ .]?lines(?:[-_ .]?conf(?:ig)?s?)?\.(json|yaml|yml)(?:\.txt)?$/.exec(lower);
  if (!match) return null;
  const expected = `vo-lines.config.${match[1]}`;
  return { expected, caseOnly: lower === expected };
}

/** A file near a config's name in a folder searched for a script's config (misnamedConfigs). */
export interface MisnamedConfig {
  /** Its path. */
  path: string;
  /** The name it should have. */
  expected: string;
  /** Only the case differs: read on a case-insensitive disk (macOS, Windows), not on Linux. */
  caseOnly: boolean;
  /** Read all the same, as the config found, because this disk ignores case (macOS, Windows). */
  readHere: boolean;
}

/**
 * The files with a name close to a config's (nearMissConfigName) in the folders searched for the
 * config of the script at `scriptPath`: its folder and each above, up to the one that holds `found`
 * (the config found, or null: up to the root). Each is a config someone meant to be read, and is not.
 */
export function misnamedConfigs(scriptPath: string, found: string | null): MisnamedConfig[] {
  const last = found === null ? null : dirname(resolve(found));
  const misnamed: MisnamedConfig[] = [];
  for (let dir = dirname(resolve(scriptPath)); ; ) {
    const names = fileNamesIn(dir).sort();
    for (const name of names) {
      const near = nearMissConfigName(name);
      if (!near) continue;
      // `Vo-Lines.config.yaml` found as `vo-lines.config.yaml` by a disk that ignores case.
      const readHere = near.caseOnly && dir === last && found !== null && basename(found) === near.expected && !names.includes(near.expected);
      misnamed.push({ path: join(dir, name), ...near, readHere });
    }
    const parent = dirname(dir);
    if (dir === last || parent === dir) break;
    dir = parent;
  }
  return misnamed;
}

/**
 * The warning `config-misnamed` for each misnamed config (misnamedConfigs) of a script whose config
 * is `used` (null: none): said in every command, never an error (a name may be kept on purpose to
 * turn a config off). Paths as displayPath shows them.
 */
export function misnamedConfigWarnings(misnamed: readonly MisnamedConfig[], used: string | null): Warning[] {
  return misnamed.map(({ path, expected, caseOnly, readHere }) => {
    const file = displayPath(path);
    const shownUsed = used === null ? null : displayPath(used);
    const instead = shownUsed === null ? 'no config is read for this script' : `this script is read with ${shownUsed}`;
    const beside = used !== null && !readHere && dirname(resolve(used)) === dirname(resolve(path));
    const message = readHere
      ? `${file} is read as the config here only because this disk ignores case (macOS, Windows): Linux (as in most CI) does not read it, so the two give different results. Rename it ${expected}.`
      : beside
        ? `${file} is not read as a config: ${shownUsed} beside it is. Keep one (delete ${file}, or move what it sets into ${shownUsed}), so that no one edits the one that is not read.`
        : caseOnly
          ? `${file} is not read as a config (${instead}): did you mean ${expected}? A config's name is in lower case: a disk that ignores case (macOS, Windows) would read it, Linux (as in most CI) does not, so the two give different results.`
          : `${file} is not read as a config (${instead}): did you mean ${expected}? Rename it to have it read.`;
    return { code: 'config-misnamed', message, details: { file, expected, caseOnly, readHere, used: shownUsed } };
  });
}

/** The `config-misnamed` warnings for a script whose config is looked for (not `--config`, not `--no-config`): `found`, the one found. */
export function configSearchWarnings(scriptPath: string, found: string | null): Warning[] {
  return misnamedConfigWarnings(misnamedConfigs(scriptPath, found), found);
}

function isFile(path: string): boolean {
  try {
    return fileFactsSync(path).isFile();
  } catch {
    return false;
  }
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
  return parseConfigText(configText(text, path), path);
}

/**
 * The config's text as saved by Windows tools: a UTF-8 byte order mark (Notepad, PowerShell's
 * `Out-File -Encoding utf8`) dropped; a file saved as UTF-16 (PowerShell 5's `>` and `Out-File`,
 * Notepad's "Unicode"), read as UTF-8 it is one character and a NUL by turns: one clear line rather
 * than a JSON or YAML error full of NULs.
 */
function configText(text: string, path: string): string {
  if (text.charCodeAt(0) === 0xfeff) return text.slice(1);
  const utf16 = (text.charCodeAt(0) === 0xfffd && text.charCodeAt(1) === 0xfffd) || /^(?:[^\0]\0|\0[^\0]){2}/.test(text.slice(0, 4));
  if (utf16) throw bad(path, 'the file is saved as UTF-16: save it as UTF-8 (in Notepad: Save as, Encoding UTF-8; in PowerShell: Out-File -Encoding utf8).', { kind: 'syntax' });
  return text;
}

/** Per config path: the file's size and time of change when it was read, and what reading it gave. */
const loaded = new Map<string, { stamp: string; config: Promise<Config> }>();

/**
 * loadConfig, once per file and version of it in this process (this thread: each worker thread has
 * its own): the configs of a batch's scripts, the one above a config, the one above a repository
 * that a script's version at `--since REV` is read with. A file changed since (its size or time of
 * change) is read again, so a host that checks twice sees an edit; one entry per path. A missing or
 * unreadable file is not kept: loadConfig says so each time.
 */
export function loadConfigOnce(path: string): Promise<Config> {
  let stamp: string;
  try {
    const facts = fileFactsSync(path);
    stamp = `${facts.size}\0${facts.mtimeMs}`;
  } catch {
    return loadConfig(path);
  }
  const known = loaded.get(path);
  if (known?.stamp === stamp) return known.config;
  const config = loadConfig(path);
  // Awaited by each script it is for; an error then is that script's result.
  config.catch(() => undefined);
  loaded.set(path, { stamp, config });
  return config;
}
