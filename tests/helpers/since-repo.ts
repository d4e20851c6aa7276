/**
 * The git repositories of the `check --since` tests (check-since*.test.ts): scripts of colour-coded paragraphs
 * built here (one run per paragraph), committed with their config in a temporary repository (helpers/git.ts:
 * git confined to it).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildDocx } from './docx-builder.js';
import { git } from './git.js';

/** The narrator's dark grey and the learner's green, as the tests' configs name them. */
export const NARRATOR = '404040';
export const LEARNER = '00B050';

/** A paragraph: its colour (hex, no #) and its text. */
export type Paragraph = [colour: string, text: string];

/** A run of `text` in `colour`. */
export const colourRun = (colour: string, text: string): string => `<w:r><w:rPr><w:color w:val="${colour}"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;

/** A DOCX of these paragraphs, one run each. */
export const colourDocx = (paragraphs: readonly Paragraph[]): Uint8Array => buildDocx({ body: paragraphs.map(([colour, text]) => `<w:p>${colourRun(colour, text)}</w:p>`).join('') });

/** An empty git repository in a new temporary folder named from `prefix`. */
export function newRepo(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  git(dir, 'init', '-q');
  return dir;
}

/** `files` (path in the repository → content) written, their folders made, and committed. */
export function commit(dir: string, files: Record<string, string | Uint8Array>, message = 'commit'): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
}

/** A new repository with `files` committed (`script`). */
export function committedRepo(prefix: string, files: Record<string, string | Uint8Array>): string {
  const dir = newRepo(prefix);
  commit(dir, files, 'script');
  return dir;
}
