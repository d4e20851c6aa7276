/**
 * Small files that stand where a script should be, told apart from any other file that is not a
 * DOCX or PDF so that the error says what the file is and what to do: the pointer Git LFS leaves in a
 * checkout that did not fetch the document, and the lock file Word keeps beside an open document.
 * Bytes and a name only: Node and a browser alike.
 */
import { UserError } from '../errors.js';
import { latin1 } from './byte-search.js';

/**
 * A Git LFS pointer is at most a few hundred bytes (the spec keeps it under 1024) and starts with its
 * version line; `hawser` was Git LFS's name before its first release.
 */
const LFS_POINTER = /^version https:\/\/(?:git-lfs\.github\.com|hawser\.github\.com)\/spec\/v\d+\r?\n/;
const LFS_SIZE = /^size (\d+)\r?$/m;

/**
 * Word (and WPS, Office for Mac) writes `~$name.docx` beside a document while it is open: 162 bytes
 * holding who opened it. A name starting with `~$` is all a reader can go by; the size only keeps a
 * large file of that name from being called one.
 */
export const LOCK_FILE_MAX_BYTES = 4096;

/** The last part of a path, whichever separator it uses. */
function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** Whether a name is a lock file's (`~$…`): the name only, as a folder walk sees it. */
export function isLockFileName(path: string): boolean {
  return baseName(path).startsWith('~$');
}

/**
 * The error for bytes that are no DOCX, PDF, legacy Word or RTF file when they are a Git LFS pointer
 * or a lock file, else null (the caller says the file is not a script).
 */
export function placeholderError(bytes: Uint8Array, file: string): UserError | null {
  if (bytes.length < 1024) {
    const text = latin1(bytes);
    if (LFS_POINTER.test(text)) {
      const size = LFS_SIZE.exec(text);
      return new UserError(
        `${file} is a Git LFS pointer, not the document: this copy of the repository holds only the pointer to the script Git LFS keeps. Run git lfs pull (in GitHub Actions: actions/checkout with lfs: true), then try again.`,
        'not-a-script',
        { kind: 'git-lfs-pointer', path: file, ...(size ? { size: Number(size[1]) } : {}) },
      );
    }
  }
  if (bytes.length <= LOCK_FILE_MAX_BYTES && isLockFileName(file)) {
    return new UserError(
      `${file} is a lock file Word keeps beside a document while it is open (it holds only the name of who opened it), not a script: check the document itself (a line ~$* in .gitignore keeps these files out of git).`,
      'not-a-script',
      { kind: 'lock-file', path: file },
    );
  }
  return null;
}
