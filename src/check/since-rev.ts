/**
 * `check --since REV` asked once for the whole batch, before any script is read: a range given for
 * one revision (`v1...HEAD`, `A..B`), and a revision that the scripts' repositories do not know
 * because they are shallow clones (CI's default checkout, whose history is cut). Each would
 * otherwise be the same error for every script; said once, with its cure. Anything else (no
 * repository, no commit yet, a file given for REV, a revision a full repository does not have) is
 * each script's own error, as since.ts says it.
 */
import { UserError, usageError } from '../errors.js';
import { displayPath, folderHolding, resolve } from '../platform/files.js';
import { git, gitText } from './since-git.js';

/**
 * `--since` with a range: `A...B` (the changes of B since it left A: the merge base of the two) or
 * `A..B` (since A): the one revision that means, in the message. Null for one revision (a git
 * revision name never holds `..`).
 */
export function rangeError(rev: string): UserError | null {
  const range = /^(.*?)(\.\.\.?)(.*)$/s.exec(rev);
  if (!range) return null;
  const [, from = '', dots, to = ''] = range;
  const left = from || 'HEAD';
  const right = to || 'HEAD';
  const instead = dots === '...' ? `--since $(git merge-base ${left} ${right})` : `--since ${left}`;
  return usageError(
    `--since "${rev}" is a range: --since takes one revision, the one to compare the scripts with. For the changes of ${right} since ${dots === '...' ? `it left ${left}` : left}, give ${instead}; on a pull request, --since $(git merge-base origin/main HEAD) (the commit the branch started from).`,
    { kind: 'invalid-value', option: '--since', value: rev, problem: 'range', instead },
  );
}

/**
 * The error for a revision that no repository of `files` knows, once for the batch, when one of
 * them is a shallow clone (its history cut: the cure is one, fetch-depth: 0); null when one of them
 * knows it, when no file is in a repository, or when the cause is another (no commit yet, a file
 * given for REV, full repositories without it: since.ts says those for each script).
 */
export async function unknownRevisionError(files: readonly string[], rev: string): Promise<UserError | null> {
  const tops = new Set<string>();
  for (const file of files) {
    const top = folderHolding(file, '.git');
    if (top !== null) tops.add(top);
  }
  if (tops.size === 0 || /\.(docx|pdf)$/i.test(rev)) return null;
  let shallow: string | null = null;
  for (const top of tops) {
    const found = await git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], top, rev);
    if (found.ok) return null;
    // Not a repository git can read, or one with no commit yet: each script says why.
    const any = await git(['rev-list', '-n', '1', '--all'], top, rev);
    if (!any.ok || gitText(any).trim() === '') return null;
    const cut = await git(['rev-parse', '--is-shallow-repository'], top, rev);
    if (shallow === null && cut.ok && gitText(cut).trim() === 'true') shallow = top;
  }
  if (shallow === null) return null;
  const clone = shallow === resolve('.') ? 'this shallow clone' : `the shallow clone at ${shown(shallow)}`;
  return new UserError(
    `--since ${rev}: unknown revision: no such commit in ${clone} (its history is cut). A CI checkout needs the history: actions/checkout with fetch-depth: 0 (or git fetch --unshallow).`,
    'unknown-revision',
    { rev, shallow: true, repositories: [...tops].map(shown) },
  );
}

/** A repository's folder as messages show paths; `.` for the working folder. */
const shown = (top: string) => (top === resolve('.') ? '.' : displayPath(top));
