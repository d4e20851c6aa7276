/**
 * `diff`'s rows come in NEW's reading order, a removed line before the line that now follows it,
 * whatever the two files are: a PDF against a DOCX of the same script (or the other way) lists them
 * as a DOCX against a DOCX does. The PDF's places carry a page, the DOCX's none, and a removed line's
 * place is OLD's: sorting by the places shown once put the PDF's removed line after every DOCX row
 * (or the DOCX's before every PDF row). Fixtures: scripts/build-diff-fixtures.py (LibreOffice's PDFs).
 */
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.cjs');
const dir = join(root, 'tests', 'fixtures', 'diff-order');
const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
delete env.FORCE_COLOR;

function diff(oldName: string, newName: string, ...args: string[]): string {
  const result = spawnSync(process.execPath, [cli, 'diff', join(dir, oldName), join(dir, newName), '--voice', 'Narrator', ...args], { cwd: tmpdir(), encoding: 'utf8', env });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

/** The voice's rows: mark and text, places aside (a PDF's carry its page). */
const rows = (text: string) =>
  text
    .split('\n')
    .filter((line) => /^ {2}[-+~⇄↕] /.test(line))
    .map((line) => line.replace(/^ {2}(\S) +\S+(?: \S+)? {2,}/, '$1 '));

const ORDER = [
  '~ The first hall holds the presses that [-shape-]{+bend+} the steel panels.',
  '- Hearing protection is required beyond the yellow line.',
  '+ Visitors may take photographs in the paint shop only.',
  '~ At the end of the line, each frame is painted and [-dried-]{+baked+}.',
];

describe('diff rows in NEW order whatever the formats', () => {
  for (const [oldName, newName] of [
    ['tour-v1.docx', 'tour-v2.docx'],
    ['tour-v1.pdf', 'tour-v2.docx'],
    ['tour-v1.docx', 'tour-v2.pdf'],
    ['tour-v1.pdf', 'tour-v2.pdf'],
  ] as const) {
    it(`${oldName} → ${newName}`, () => {
      const text = diff(oldName, newName);
      expect(rows(text)).toEqual(ORDER);
      // The removed line keeps OLD's place: its page where OLD is the PDF.
      expect(text).toMatch(oldName.endsWith('.pdf') ? /\n {2}- p\.1 ¶5 {2}Hearing protection/ : /\n {2}- ¶5 +Hearing protection/);
    });
  }

  it('PDF → DOCX as Markdown: the same order', () => {
    const table = diff('tour-v1.pdf', 'tour-v2.docx', '--format', 'md')
      .split('\n')
      .filter((line) => /^\| (changed|added|removed) /.test(line))
      .map((line) => line.split(' | ').slice(0, 2).join(' | '));
    expect(table).toEqual(['| changed | ¶3', '| removed | p.1 ¶5', '| added | ¶8', '| changed | ¶9']);
  });
});
