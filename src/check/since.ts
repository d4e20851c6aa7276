/**
 * `check --since REV`: a script against its own version at a git revision. The git access lives
 * here: the repository of the script's folder (`git rev-parse --show-toplevel`), REV as a commit
 * (`git rev-parse --verify`), the script's bytes at that commit (`git show COMMIT:path`). Git is
 * run with execFile (no shell), its output kept as bytes. The old version is read from memory
 * with the current file's voice map and pace, then compared with the current one (src/compare/).
 *
 * A script renamed since REV (`git mv`, or the old file removed and the new one added) is compared
 * with its old path's version where git's rename detection (`git diff -M REV`) pairs the two; a
 * script git knows nothing of at REV is compared with an empty script: every line is new.
 * Not a git repository, an unknown REV, or no git at all is a `UserError` for that file.
 */
import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import { dirname, extname, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import type { Warning } from '../model.js';
import { analyseBytes, analyseScript, type AnalyseOptions, type Analysis } from '../pipeline.js';
import { readScriptBytesIsolated } from '../readers/index.js';
import { type ScriptDiff } from '../compare/model.js';
import { compareScripts } from '../compare/compare.js';

/** Scripts can be large PDFs: git's output is collected up to this many bytes. */
const MAX_BUFFER = 1024 * 1024 * 1024;

interface GitResult {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
}

/** Runs git in `cwd`; never throws for a git failure (the caller reads `ok`), only when git is missing. */
function git(args: string[], cwd: string, rev: string): Promise<GitResult> {
  // Untranslated messages, so "not a git repository" can be recognised.
  const env = { ...process.env, LC_ALL: 'C', LANGUAGE: 'C', GIT_OPTIONAL_LOCKS: '0' };
  return new Promise((resolveGit, reject) => {
    execFile('git', args, { cwd, env, encoding: 'buffer', maxBuffer: MAX_BUFFER, windowsHide: true }, (error, stdout, stderr) => {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      if (code === 'ENOENT' && (error as NodeJS.ErrnoException).syscall?.startsWith('spawn')) {
        reject(new UserError('--since needs git, and git was not found (install it or put it on PATH).', 'git-missing', { rev }));
        return;
      }
      if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
        reject(new UserError(`git ${args[0]}: the output is over ${MAX_BUFFER / 1024 / 1024} MiB.`, 'git-error', { rev, command: args[0], error: `output over ${MAX_BUFFER / 1024 / 1024} MiB` }));
        return;
      }
      resolveGit({ ok: !error, stdout: Buffer.from(stdout), stderr: Buffer.from(stderr).toString('utf8') });
    });
  });
}

const firstLine = (text: string) => text.trim().split('\n')[0]?.replace(/^(fatal|error): /, '') ?? '';

// Per process (each worker thread has its own): one lookup per folder and per repository and REV.
const toplevels = new Map<string, Promise<GitResult>>();
const commits = new Map<string, Promise<string | null>>();

/** The work tree's top folder; git's answer is kept per folder, the error made for each file (it names the file). */
async function toplevelOf(dir: string, file: string, rev: string): Promise<string> {
  let found = toplevels.get(dir);
  if (!found) {
    found = git(['rev-parse', '--show-toplevel'], dir, rev);
    toplevels.set(dir, found);
  }
  const result = await found;
  if (result.ok) return result.stdout.toString('utf8').trim();
  if (/not a git repository/i.test(result.stderr)) {
    throw new UserError(`${file}: not a git repository, so there is no version at ${rev} to compare with.`, 'not-a-git-repository', { rev });
  }
  throw new UserError(`${file}: git rev-parse failed: ${firstLine(result.stderr)}`, 'git-error', { rev, command: 'rev-parse', error: firstLine(result.stderr) });
}

function commitOf(toplevel: string, rev: string): Promise<string | null> {
  const key = `${toplevel}\u0000${rev}`;
  let commit = commits.get(key);
  if (!commit) {
    commit = git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], toplevel, rev).then((result) => (result.ok ? result.stdout.toString('utf8').trim() : null));
    commits.set(key, commit);
  }
  return commit;
}

export interface FileAtRevision {
  /** The script's bytes at REV, or null when the file did not exist there. */
  bytes: Buffer | null;
  /** `REV:path/in/repo`, for messages about the old version. */
  label: string;
  /** The path in the repository the file had at REV, when git tells it was renamed since. */
  renamedFrom?: string;
  /** Not at REV, and git does not track it (a rename git cannot see until the file is added). */
  untracked?: true;
}

/** The blob at `commit:inRepo`, or null when there is none (absent, or a folder). */
async function blobAt(toplevel: string, commit: string, inRepo: string, file: string, rev: string, label: string): Promise<Buffer | null> {
  // Only a file (a blob) at that path counts: absent, or a folder then, means the script is new.
  const type = await git(['cat-file', '-t', `${commit}:${inRepo}`], toplevel, rev);
  if (!type.ok || type.stdout.toString('utf8').trim() !== 'blob') return null;
  const shown = await git(['show', `${commit}:${inRepo}`], toplevel, rev);
  if (!shown.ok) throw new UserError(`${file}: git show ${label} failed: ${firstLine(shown.stderr)}`, 'git-error', { rev, command: 'show', error: firstLine(shown.stderr) });
  return shown.stdout;
}

/**
 * The path `inRepo` had at `commit` when git's rename detection between that commit and the work
 * tree (the index's new files included: `git mv`) says it was renamed, else null. Only files of the
 * same extension are looked at (a script is not renamed to another format), case aside. A new file
 * git does not track yet is unknown to it: no rename is found for it.
 */
async function renamedFrom(toplevel: string, commit: string, inRepo: string, rev: string): Promise<string | null> {
  const ext = extname(inRepo);
  const pathspec = ext ? [`:(icase)*${ext}`] : [];
  const diff = await git(['diff', '--no-ext-diff', '--no-textconv', '-M', '--name-status', '-z', '--diff-filter=R', commit, '--', ...pathspec], toplevel, rev);
  if (!diff.ok) return null;
  // -z: `R094`, the old path, the new path, each ended by NUL.
  const fields = diff.stdout.toString('utf8').split('\0');
  for (let k = 0; k + 2 < fields.length; k += 3) {
    if (fields[k]!.startsWith('R') && fields[k + 2] === inRepo) return fields[k + 1]!;
  }
  return null;
}

/** The bytes of `file` (a path in a git work tree) at revision `rev`. */
export async function fileAtRevision(file: string, rev: string): Promise<FileAtRevision> {
  let path: string;
  try {
    path = await realpath(resolve(file));
  } catch {
    path = resolve(file);
  }
  const toplevel = await toplevelOf(dirname(path), file, rev);
  const commit = await commitOf(toplevel, rev);
  if (commit === null) {
    throw new UserError(`${file}: unknown revision "${rev}": no such commit in this git repository (a shallow CI checkout needs fetch-depth: 0).`, 'unknown-revision', { rev });
  }
  const inRepo = relative(toplevel, path).split(sep).join('/');
  const label = `${rev}:${inRepo}`;
  const bytes = await blobAt(toplevel, commit, inRepo, file, rev, label);
  if (bytes) return { bytes, label };
  const before = await renamedFrom(toplevel, commit, inRepo, rev);
  if (before === null) {
    const tracked = await git(['ls-files', '--error-unmatch', '--', `:(literal)${inRepo}`], toplevel, rev);
    return tracked.ok ? { bytes: null, label } : { bytes: null, label, untracked: true };
  }
  const oldLabel = `${rev}:${before}`;
  const old = await blobAt(toplevel, commit, before, file, rev, oldLabel);
  return old ? { bytes: old, label: oldLabel, renamedFrom: before } : { bytes: null, label };
}

export interface SinceComparison {
  diff: ScriptDiff;
  /** The script existed at REV (else it was compared with an empty script). */
  existed: boolean;
  /** Its path in the repository at REV, when it was renamed since. */
  renamedFrom?: string;
  /** Not at REV and not tracked by git. */
  untracked?: true;
  /**
   * What the reader said of the version at REV, each message after `REV:path: ` (its name in the
   * diff, as `vo-lines diff` names each side's warnings): the changes may be off where it was not
   * wholly read.
   */
  oldWarnings: Warning[];
}

/**
 * What changed in `file` since `rev`, voice by voice. `current` is the file's analysis; the old
 * version is read with the same voice map and settings, so the two sides are cast alike.
 */
export async function compareSince(file: string, rev: string, current: Analysis, options: AnalyseOptions = {}): Promise<SinceComparison> {
  const { bytes, label, renamedFrom: before, untracked } = await fileAtRevision(file, rev);
  const { config: _path, noConfig: _none, ...settings } = options;
  const same = { ...settings, config: current.config, voiceMap: current.voiceMap };
  const old = bytes
    ? await analyseBytes(bytes, label, { ...same, read: readScriptBytesIsolated })
    : await analyseScript({ file: label, format: current.script.format, paragraphs: [], warnings: [], facts: { trackedChanges: false } }, same);
  const oldWarnings = old.script.warnings.map((w) => ({ ...w, message: `${label}: ${w.message}` }));
  return { diff: compareScripts(old, current), existed: bytes !== null, ...(before !== undefined ? { renamedFrom: before } : {}), ...(untracked ? { untracked } : {}), oldWarnings };
}
