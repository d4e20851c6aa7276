/**
 * `check --since REV`: a script against its own version at a git revision. The git access lives
 * here (git itself is run by since-git.ts): the repository of the script's folder (`git rev-parse --show-toplevel`), REV as a commit
 * (`git rev-parse --verify`), the script's bytes at that commit (`git show COMMIT:path`, through
 * git's filters when that is a Git LFS pointer). Git is run with execFile (no shell), its output
 * kept as bytes.
 *
 * The version at REV is read as it was then: with the config that governed its path at REV (the
 * nearest config as at REV, or the `--config` file's version at REV), else its own legend, and only
 * when it had no voice map at all with today's (a note says so). The voices are then compared by
 * name (src/compare/), as `diff` compares two files each read with its own config; a note says when
 * the two maps differ. Today's rules judge the changes (since-check.ts).
 *
 * A script renamed since REV is compared with its old path's version: where git's rename detection
 * (`git diff -M REV`) pairs the two, else with the script of the same kind deleted since REV whose
 * text matches best (most lines in common, at least MATCH_SHARE of them). A script with no version
 * at REV is compared with an empty script: every line is new.
 *
 * Not a git repository, an unknown REV, a repository with no commit, no git at all, or an LFS
 * pointer git cannot turn into the file is a `UserError` for that file. A version at REV that
 * cannot be read (damaged, or its config invalid) is no error: `unreadable` says why, and today's
 * file is still checked by today's rules.
 */
import { isUserError, UserError, type ErrorDetails } from '../errors.js';
import type { Warning } from '../model.js';
import { CONFIG_NAMES, findConfig, loadConfigOnce } from '../config/file.js';
import { parseConfigText, type Config } from '../config/parse.js';
import { analyseBytes, analyseScript, type AnalyseOptions, type Analysis } from '../pipeline.js';
import { readScriptBytesIsolated } from '../readers/index.js';
import { dirname, displayPath as shownPath, extname, fileFacts, isWithin, readTextFile, realPath, relative, resolve, sep } from '../platform/files.js';
import { asciiBytes, indexOfBytes } from '../readers/byte-search.js';
import { git, gitText, type GitResult } from './since-git.js';
import { type ScriptDiff } from '../compare/model.js';
import { DEFAULT_LEVELS, type Level } from '../config/rules.js';
import { compareScripts, voiceMapChanges } from '../compare/compare.js';
import type { SinceRename } from './result.js';

/** A deleted script is taken for the renamed one when at least this share of the lines match (of the longer of the two). */
const MATCH_SHARE = 0.6;
/** Deleted scripts read at most, looking for a renamed one: those of the script's folder first. */
const MAX_CANDIDATES = 20;

const firstLine = (text: string) => text.trim().split('\n')[0]?.replace(/^(fatal|error): /, '') ?? '';

// Per process (each worker thread has its own): one lookup per folder, per repository and REV, per config at REV.
const toplevels = new Map<string, Promise<GitResult>>();
const commits = new Map<string, Promise<string | null>>();
const revConfigs = new Map<string, Promise<RevConfig>>();
/** Per repository, commit and path: the version there, read with its config (or the user error that gave). */
const oldReads = new Map<string, Promise<{ revConfig: RevConfig; analysis: Analysis }>>();
/** Per repository, commit and folder: the nearest config's path at that commit. */
const nearestConfigs = new Map<string, Promise<string | undefined>>();

/** The work tree's top folder; git's answer is kept per folder, the error made for each file (it names the file). */
async function toplevelOf(dir: string, file: string, rev: string): Promise<string> {
  let found = toplevels.get(dir);
  if (!found) {
    found = git(['rev-parse', '--show-toplevel'], dir, rev);
    toplevels.set(dir, found);
  }
  const result = await found;
  if (result.ok) return gitText(result).trim();
  if (/not a git repository/i.test(result.stderr)) {
    throw new UserError(`${file}: not a git repository, so there is no version at ${rev} to compare with.`, 'not-a-git-repository', { rev });
  }
  throw new UserError(`${file}: git rev-parse failed: ${firstLine(result.stderr)}`, 'git-error', { rev, command: 'rev-parse', error: firstLine(result.stderr) });
}

function commitOf(toplevel: string, rev: string): Promise<string | null> {
  const key = `${toplevel}\u0000${rev}`;
  let commit = commits.get(key);
  if (!commit) {
    commit = git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], toplevel, rev).then((result) => (result.ok ? gitText(result).trim() : null));
    commits.set(key, commit);
  }
  return commit;
}

/** REV names a script file rather than a revision: its extension, or a file by that name in the working folder. */
async function isScriptFile(rev: string): Promise<boolean> {
  if (SCRIPT_EXTENSION.test(rev)) return true;
  try {
    return (await fileFacts(rev)).isFile();
  } catch {
    return false;
  }
}
const SCRIPT_EXTENSION = /\.(docx|pdf)$/i;

/** REV is no commit: the repository has none yet, or not that one, or REV is a file (then `diff` is the command). */
async function noSuchCommit(toplevel: string, file: string, rev: string): Promise<UserError> {
  if (await isScriptFile(rev)) {
    return new UserError(`${file}: --since takes a git revision (HEAD~1, main, a tag), not a file: "${rev}" is no commit. To compare two files, run: vo-lines diff ${rev} ${file}`, 'unknown-revision', { rev, kind: 'file' });
  }
  const any = await git(['rev-list', '-n', '1', '--all'], toplevel, rev);
  if (any.ok && gitText(any).trim() === '') {
    return new UserError(`${file}: the repository has no commit yet, so there is no version at ${rev} to compare with.`, 'no-commit-yet', { rev });
  }
  // A shallow clone (a CI checkout's default) lacks the history: only then is fetch-depth the cure.
  if (await isShallow(toplevel, rev)) {
    return new UserError(`${file}: unknown revision "${rev}": no such commit in this shallow clone (its history is cut: a CI checkout needs fetch-depth: 0).`, 'unknown-revision', { rev });
  }
  return new UserError(`${file}: unknown revision "${rev}": no such commit in this git repository.`, 'unknown-revision', { rev });
}

/** Per repository: whether it is a shallow clone (`git rev-parse --is-shallow-repository`), asked once. */
const shallowRepositories = new Map<string, Promise<boolean>>();

function isShallow(toplevel: string, rev: string): Promise<boolean> {
  let shallow = shallowRepositories.get(toplevel);
  if (!shallow) {
    shallow = git(['rev-parse', '--is-shallow-repository'], toplevel, rev).then((result) => result.ok && gitText(result).trim() === 'true');
    shallowRepositories.set(toplevel, shallow);
  }
  return shallow;
}

/** A Git LFS pointer file (the spec: a `version` line first, under 1024 bytes). */
const LFS_VERSION = asciiBytes('version https://git-lfs.github.com/spec/v1\n');
const isLfsPointer = (bytes: Uint8Array) => bytes.length < 1024 && indexOfBytes(bytes.subarray(0, LFS_VERSION.length), LFS_VERSION) === 0;

/** The blob at `commit:inRepo`, or null when there is none (absent, or a folder); an LFS pointer is turned into its file by git's filters. */
async function blobAt(toplevel: string, commit: string, inRepo: string, file: string, rev: string): Promise<Uint8Array | null> {
  // Only a file (a blob) at that path counts: absent, or a folder then, means the script is new.
  const type = await git(['cat-file', '-t', `${commit}:${inRepo}`], toplevel, rev);
  if (!type.ok || gitText(type).trim() !== 'blob') return null;
  const label = `${rev}:${inRepo}`;
  const shown = await git(['cat-file', 'blob', `${commit}:${inRepo}`], toplevel, rev);
  if (!shown.ok) throw new UserError(`${file}: git show ${label} failed: ${firstLine(shown.stderr)}`, 'git-error', { rev, command: 'show', error: firstLine(shown.stderr) });
  if (!isLfsPointer(shown.stdout)) return shown.stdout;
  // Stored by Git LFS: git's filters (git-lfs's smudge, when it is set up) give the file itself.
  const filtered = await git(['cat-file', '--filters', `${commit}:${inRepo}`], toplevel, rev);
  if (filtered.ok && !isLfsPointer(filtered.stdout)) return filtered.stdout;
  const what = `${file}: ${label} is a Git LFS pointer, not the script, and git could not give the file it points to`;
  const fetch = `fetch the files of that revision ("git lfs fetch origin ${rev}"; in GitHub Actions, actions/checkout with lfs: true).`;
  if (filtered.ok) {
    throw new UserError(`${what} (Git LFS is not installed or not set up here): install Git LFS, run "git lfs install", then ${fetch}`, 'lfs-pointer', { rev, path: inRepo, kind: 'not-set-up' });
  }
  const error = firstLine(filtered.stderr);
  throw new UserError(`${what} (${error || 'its filter failed'}): ${fetch}`, 'lfs-pointer', { rev, path: inRepo, kind: 'fetch-failed', error });
}

/** `git diff -M --name-status` between the commit and the work tree (the index's new files included: `git mv`), for files of `inRepo`'s extension. */
async function changedSince(toplevel: string, commit: string, inRepo: string, rev: string): Promise<{ renamedFrom: string | null; deleted: string[] }> {
  const ext = extname(inRepo);
  // A script is not renamed to another format; case aside.
  const pathspec = ext ? [`:(icase)*${ext}`] : [];
  const diff = await git(['diff', '--no-ext-diff', '--no-textconv', '-M', '--name-status', '-z', '--diff-filter=DR', commit, '--', ...pathspec], toplevel, rev);
  if (!diff.ok) return { renamedFrom: null, deleted: [] };
  // -z: `R094`, the old path, the new path; `D`, the path; each ended by NUL.
  const fields = gitText(diff).split('\0');
  const deleted: string[] = [];
  let renamedFrom: string | null = null;
  for (let k = 0; k + 1 < fields.length; ) {
    const status = fields[k]!;
    if (status.startsWith('R')) {
      if (fields[k + 2] === inRepo) renamedFrom = fields[k + 1]!;
      // Paired by git with another file: it may still be this one's.
      else deleted.push(fields[k + 1]!);
      k += 3;
    } else {
      if (status === 'D') deleted.push(fields[k + 1]!);
      k += 2;
    }
  }
  return { renamedFrom, deleted };
}

/** A config as at REV: parsed, or why it could not be, with where it came from. */
interface RevConfig {
  /** Null: no config for the path at REV (the script's legend then). */
  config: Config | null;
  /** The config's name in messages: `REV:path/in/repo`, or a file outside the repository as the user would type it. */
  label: string | null;
  /** The user error parsing it at REV gave. */
  error?: UserError;
}

/** The config at REV at `inRepoConfig` (a path in the repository), parsed once per process; today's when its text is the same. */
function configBlob(toplevel: string, commit: string, inRepoConfig: string, rev: string, today: Config | null): Promise<RevConfig> {
  const key = `${toplevel}\u0000${commit}\u0000${inRepoConfig}`;
  let found = revConfigs.get(key);
  if (!found) {
    found = (async (): Promise<RevConfig> => {
      const label = `${rev}:${inRepoConfig}`;
      const shown = await git(['cat-file', 'blob', `${commit}:${inRepoConfig}`], toplevel, rev);
      if (!shown.ok) return { config: null, label, error: new UserError(`${label}: git could not give the config: ${firstLine(shown.stderr)}`, 'git-error', { rev, command: 'show', error: firstLine(shown.stderr) }) };
      const text = gitText(shown);
      // The same text as today's config file: today's config, parsed already.
      if (today && resolve(today.source) === resolve(toplevel, inRepoConfig)) {
        const now = await readTextFile(today.source).catch(() => null);
        if (now === text) return { config: today, label };
      }
      try {
        return { config: await parseConfigText(text, label), label };
      } catch (error) {
        if (isUserError(error)) return { config: null, label, error };
        throw error;
      }
    })();
    revConfigs.set(key, found);
  }
  return found;
}

/**
 * The config that governed `inRepo` at REV: `--config`'s file as at REV (as it is, when it lies
 * outside the repository or was not in it at REV), else the nearest config in the path's folder or above as at REV, else
 * one above the repository (not versioned: as it is). Null with `--no-config`, or when there is none.
 */
async function configAtRevision(toplevel: string, commit: string, inRepo: string, rev: string, options: AnalyseOptions, today: Config | null): Promise<RevConfig> {
  if (options.noConfig) return { config: null, label: null };
  if (options.config !== undefined) {
    const path = resolve(options.config);
    if (!isWithin(toplevel, path)) return { config: today, label: today ? shownPath(today.source) : null };
    const inRepoConfig = relative(toplevel, path).split(sep).join('/');
    const type = await git(['cat-file', '-t', `${commit}:${inRepoConfig}`], toplevel, rev);
    if (type.ok && gitText(type).trim() === 'blob') return configBlob(toplevel, commit, inRepoConfig, rev, today);
    // Not in the repository at REV (new since, or never committed): the file named, as it is, for both.
    return { config: today, label: today ? shownPath(today.source) : null };
  }
  // Each folder from the script's up to the top, each name in CONFIG_NAMES' order: git lists those it has.
  const folders: string[] = [];
  for (let dir = dirname(inRepo); ; dir = dirname(dir)) {
    folders.push(dir === '.' ? '' : dir);
    if (dir === '.' || dir === '/' || dir === '') break;
  }
  const candidates = folders.flatMap((dir) => CONFIG_NAMES.map((name) => (dir ? `${dir}/${name}` : name)));
  const key = `${toplevel}\u0000${commit}\u0000${folders[0]}`;
  let nearestOf = nearestConfigs.get(key);
  if (!nearestOf) {
    nearestOf = git(['ls-tree', '-z', '--full-tree', commit, '--', ...candidates.map((path) => `:(literal)${path}`)], toplevel, rev).then((listed) => {
      const blobs = new Set<string>();
      if (listed.ok) {
        for (const entry of gitText(listed).split('\0')) {
          const tab = entry.indexOf('\t');
          if (tab > 0 && entry.slice(0, tab).split(' ')[1] === 'blob') blobs.add(entry.slice(tab + 1));
        }
      }
      return candidates.find((path) => blobs.has(path));
    });
    nearestConfigs.set(key, nearestOf);
  }
  const nearest = await nearestOf;
  if (nearest !== undefined) return configBlob(toplevel, commit, nearest, rev, today);
  // None in the repository at REV: one above it (the same file today and then).
  const above = findConfig(toplevel);
  if (above === null) return { config: null, label: null };
  if (today && resolve(today.source) === resolve(above)) return { config: today, label: shownPath(above) };
  // Not versioned: as it is today, read and parsed once for all the scripts at REV it governs (loadConfigOnce).
  try {
    return { config: await loadConfigOnce(above), label: shownPath(above) };
  } catch (error) {
    if (isUserError(error)) return { config: null, label: shownPath(above), error };
    throw error;
  }
}

/** The version at REV, read. */
interface OldVersion {
  path: string;
  analysis: Analysis;
  /** The notes on its reading: what its reader said (named `REV:path`), the voice maps. */
  notes: Warning[];
  /** What its config at REV locked (check's `locked` rule): the voices, and the rule's level then. */
  lockedThen: LockedThen;
}

/** The `locked` voices of the config a version at REV was read with, and that config's level for the rule. */
export interface LockedThen {
  voices: readonly string[];
  level: Level;
}

/** Why the version at REV could not be read: the user error its reading (or its config's) gave. */
export interface Unreadable {
  code: string;
  message: string;
  details?: ErrorDetails;
}

export interface SinceComparison {
  /** Null when the version at REV could not be read (`unreadable`). */
  diff: ScriptDiff | null;
  /** The path in the repository of the version compared with, or null when there was none at REV. */
  path: string | null;
  /** The script existed at REV (else it was compared with an empty script). */
  existed: boolean;
  /** Its path in the repository at REV, when it was renamed since. */
  renamedFrom?: string;
  /** How the rename was found. */
  renamed?: SinceRename;
  /** Not at REV and not tracked by git. */
  untracked?: true;
  /** The version at REV could not be read, nor its config: why. */
  unreadable?: Unreadable;
  /**
   * What the reader said of the version at REV, each message after `REV:path: ` (its name in the
   * diff, as `vo-lines diff` names each side's warnings): the changes may be off where it was not
   * wholly read. Then the voice maps: the version at REV read with another map than today's, or
   * with today's for want of its own.
   */
  oldWarnings: Warning[];
  /** The version at REV was read: what its config then locked. */
  lockedThen?: LockedThen;
}

/** A side's voice map as said in the notes: `from HEAD:vo-lines.config.yaml`, `from its legend`. */
function sourceOf(analysis: Analysis, revLabel: string | null, todayLabel: string | null): string {
  const mode = analysis.report.mode;
  if (mode === 'legend') return 'from its legend';
  if (mode === 'colours') return 'from its colours';
  return `from ${revLabel ?? todayLabel ?? analysis.report.config ?? 'a config'}`;
}

/**
 * What changed in `file` since `rev`. `current` is the file's analysis; the version at REV is read
 * with its own config or legend, and compared voice by voice by name.
 */
export async function compareSince(file: string, rev: string, current: Analysis, options: AnalyseOptions = {}): Promise<SinceComparison> {
  let path: string;
  try {
    path = await realPath(resolve(file));
  } catch {
    path = resolve(file);
  }
  const toplevel = await toplevelOf(dirname(path), file, rev);
  const commit = await commitOf(toplevel, rev);
  if (commit === null) throw await noSuchCommit(toplevel, file, rev);
  const inRepo = relative(toplevel, path).split(sep).join('/');
  const { config: _path, noConfig: _none, ...settings } = options;
  const todayConfig = current.config;
  const todayLabel = todayConfig ? shownPath(todayConfig.source) : null;

  /** The version of `at` at REV, read with the voice map it had then (today's when it had none). Throws a user error when it cannot be read. */
  const readOld = async (at: string, bytes: Uint8Array): Promise<OldVersion> => {
    const label = `${rev}:${at}`;
    // Read once per process: a script deleted since REV is a candidate for every new script of the batch.
    const key = `${toplevel}\u0000${commit}\u0000${at}`;
    let read = oldReads.get(key);
    if (!read) {
      read = (async () => {
        const revConfig = await configAtRevision(toplevel, commit, at, rev, options, todayConfig);
        if (revConfig.error) throw revConfig.error;
        return { revConfig, analysis: await analyseBytes(bytes, label, { ...settings, config: revConfig.config, read: readScriptBytesIsolated }) };
      })();
      read.catch(() => undefined);
      oldReads.set(key, read);
    }
    const { revConfig, analysis: first } = await read;
    const lockedThen: LockedThen = { voices: revConfig.config?.locked ?? [], level: revConfig.config?.rules.locked ?? DEFAULT_LEVELS.locked };
    let analysis = first;
    const notes = analysis.script.warnings.map((w) => ({ ...w, message: `${label}: ${w.message}` }));
    if (analysis.voiceMap === null && current.voiceMap !== null) {
      // No voice map then (no config, no legend to trust): today's, rather than colour groups that match no voice of today.
      analysis = await analyseScript(analysis.script, { ...settings, config: todayConfig, voiceMap: current.voiceMap });
      const reason = revConfig.config ? `its config then (${revConfig.label}) names no voice` : `no config for it in ${rev}`;
      const today = current.report.mode === 'legend' ? 'its legend' : todayLabel ?? 'a config';
      notes.push({
        code: 'since-voice-map-borrowed',
        message: `${label} had no voice map of its own (${reason}, and no legend to trust): it is read with today's (from ${today}).`,
        details: { rev, path: at, config: revConfig.label, today: { mode: current.report.mode, config: todayLabel } },
      });
      return { path: at, analysis, notes, lockedThen };
    }
    const changes = voiceMapChanges(analysis, current);
    if (changes) {
      const quote = (names: string[]) => names.map((name) => `"${name}"`).join(', ');
      const facts: string[] = [];
      if (changes.onlyOld.length) facts.push(`only ${rev} has ${quote(changes.onlyOld)} (${changes.onlyOld.length === 1 ? 'its' : 'their'} lines are shown as given to today's voices where today has them, else as removed)`);
      if (changes.onlyNew.length) facts.push(`only today has ${quote(changes.onlyNew)} (${changes.onlyNew.length === 1 ? 'its' : 'their'} lines are shown as taken from ${rev}'s voices where ${rev} had them, else as added)`);
      for (const voice of changes.recoded) facts.push(`"${voice.name}" ${voice.how} (${rev}: ${voice.old}; today: ${voice.new})`);
      const oldSource = sourceOf(analysis, revConfig.label, todayLabel);
      notes.push({
        code: 'different-voice-maps',
        message: `${label} is read with the voice map it had then (${oldSource}), not today's (${sourceOf(current, null, todayLabel)})${facts.length ? `: ${facts.join('; ')}` : ''}. Voices are compared by name: check each name is the same person at both times.`,
        details: {
          rev,
          onlyOld: changes.onlyOld,
          onlyNew: changes.onlyNew,
          recoded: changes.recoded.map((voice) => voice.name),
          old: { mode: analysis.report.mode, config: analysis.report.mode === 'config' ? revConfig.label : null },
          new: { mode: current.report.mode, config: current.report.mode === 'config' ? todayLabel : null },
        },
      });
    }
    return { path: at, analysis, notes, lockedThen };
  };

  let old: OldVersion | null = null;
  let comparison: ScriptDiff | null = null;
  let renamed: SinceRename | undefined;
  let untracked = false;
  // The path at REV being read, for the summary when it cannot be.
  let at: string | null = inRepo;
  try {
    const bytes = await blobAt(toplevel, commit, inRepo, file, rev);
    if (bytes) old = await readOld(inRepo, bytes);
    else {
      const { renamedFrom, deleted } = await changedSince(toplevel, commit, inRepo, rev);
      // git's own pair first: a pair git makes of two binaries by their bytes is checked by their text like the others.
      const candidates = renamedFrom === null ? deleted : [renamedFrom, ...deleted];
      at = null;
      const found = await matchingRename(candidates, inRepo, current, async (candidate) => {
        const bytes = await blobAt(toplevel, commit, candidate, file, rev);
        return bytes ? readOld(candidate, bytes) : null;
      });
      if (found) {
        old = found.old;
        comparison = found.diff;
        renamed = found.old.path === renamedFrom ? { how: 'git', matchedLines: found.matched, lines: found.lines } : { how: 'text', matchedLines: found.matched, lines: found.lines };
      } else {
        const tracked = await git(['ls-files', '--error-unmatch', '--', `:(literal)${inRepo}`], toplevel, rev);
        untracked = !tracked.ok;
      }
    }
  } catch (error) {
    // The version at REV (or its config) could not be read: today's file is still checked. Git's own errors, and an LFS pointer git cannot resolve, are the file's.
    if (!isUserError(error) || REPOSITORY_ERRORS.has(error.code)) throw error;
    const renamedFrom = at !== null && at !== inRepo ? { renamedFrom: at } : {};
    return { diff: null, path: at, existed: true, ...renamedFrom, ...(renamed ? { renamed } : {}), unreadable: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) }, oldWarnings: [] };
  }

  if (old) {
    const renamedFrom = old.path !== inRepo ? old.path : undefined;
    return { diff: comparison ?? compareScripts(old.analysis, current), path: old.path, existed: true, ...(renamedFrom !== undefined ? { renamedFrom } : {}), ...(renamed ? { renamed } : {}), oldWarnings: old.notes, lockedThen: old.lockedThen };
  }
  // No version at REV: an empty script, cast with today's voice map so that every line is an added line of its voice.
  const empty = await analyseScript(
    { file: `${rev}:${inRepo}`, format: current.script.format, paragraphs: [], warnings: [], facts: { trackedChanges: false } },
    { ...settings, config: todayConfig, voiceMap: current.voiceMap },
  );
  return { diff: compareScripts(empty, current), path: null, existed: false, ...(untracked ? { untracked: true as const } : {}), oldWarnings: [] };
}

/** Errors of git or of the repository's set-up: the file's errors, not a version at REV that cannot be read. */
const REPOSITORY_ERRORS = new Set(['git-missing', 'git-error', 'not-a-git-repository', 'unknown-revision', 'no-commit-yet', 'lfs-pointer']);

/**
 * Among the scripts that left their path since REV (of the same extension: git's own rename pair
 * first, then the deleted ones, the script's folder first), the one today's lines pair with best:
 * the lines the comparison pairs (unchanged, edited, moved, given to another voice), at least
 * MATCH_SHARE of the longer version's. One that cannot be read is passed over; an LFS pointer git
 * cannot resolve is an error (the answer would be a guess).
 */
async function matchingRename(
  candidates: readonly string[],
  inRepo: string,
  current: Analysis,
  read: (path: string) => Promise<OldVersion | null>,
): Promise<{ old: OldVersion; diff: ScriptDiff; matched: number; lines: number } | null> {
  const today = current.casting.lines.length;
  if (candidates.length === 0 || today === 0) return null;
  const folder = dirname(inRepo);
  const [first, ...rest] = candidates;
  const ordered = [...new Set([first!, ...rest.filter((path) => dirname(path) === folder), ...rest.filter((path) => dirname(path) !== folder)])].slice(0, MAX_CANDIDATES);
  let best: { old: OldVersion; diff: ScriptDiff; matched: number; lines: number } | null = null;
  for (const path of ordered) {
    let old: OldVersion | null;
    try {
      old = await read(path);
    } catch (error) {
      if (isUserError(error) && !REPOSITORY_ERRORS.has(error.code)) continue;
      throw error;
    }
    if (!old) continue;
    const diff = compareScripts(old.analysis, current);
    const added = diff.voices.reduce((sum, voice) => sum + voice.added.length, diff.unassigned.added.length);
    const matched = today - added;
    const lines = Math.max(today, old.analysis.casting.lines.length);
    if (matched >= MATCH_SHARE * lines && (!best || matched > best.matched)) best = { old, diff, matched, lines };
  }
  return best;
}
