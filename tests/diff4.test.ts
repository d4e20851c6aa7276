/**
 * Leftovers of `diff` (fixtures: scripts/build-diff4-fixtures.py, tests/fixtures/diff4/):
 * - a paragraph deleted whole under tracked changes at the end of the document, in each shape writers
 *   give it (its mark deleted too; Word's: the mark before it deleted, its own kept; its text only),
 *   and in the middle in Word's other shape, is said where it stood ("after ¶4", "between ¶3 and ¶4"),
 *   in `summary` and in `diff` (text, Markdown, JSON).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.cjs');
const dir = join(root, 'tests', 'fixtures', 'diff4');
const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
delete env.FORCE_COLOR;

function run(cwd: string, ...args: string[]): string {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env });
  expect(result.stderr).toBe('');
  return result.stdout;
}

const TRACKED = (where: string) =>
  `The file holds 1 tracked change (1 deletion; at a paragraph deleted ${where}); they were counted as accepted. The counts take in the text inserted and leave out the text deleted: accept or reject the changes before the session.`;

describe('a paragraph deleted whole under tracked changes, at the end or in Word\'s other shape', () => {
  it.each([
    ['last-whole.docx', { after: 4, before: null }, 'after ¶4'],
    ['last-word.docx', { after: 4, before: null }, 'after ¶4'],
    ['last-text.docx', { after: 4, before: null }, 'after ¶4'],
    ['middle-word.docx', { after: 3, before: 4 }, 'between ¶3 and ¶4'],
  ])('%s: one deletion, said where the paragraph stood', async (file, place, where) => {
    const { report } = await analyse(join(dir, file));
    const warning = report.warnings.find((w) => w.code === 'tracked-changes')!;
    expect(warning.details).toEqual({ countedAs: 'accepted', changes: 1, insertions: 0, deletions: 1, moves: 0, formatting: 0, colourChanges: 0, paragraphs: [], deletedParagraphs: [place] });
    expect(warning.message).toBe(TRACKED(where));
    // Read as accepted: four lines, the deleted one not read.
    expect(report.voices.map((v) => [v.name, v.lineCount])).toEqual([
      ['#0070C0 blue', file.startsWith('last') ? 2 : 3],
      ['#C00000 red', file.startsWith('last') ? 2 : 1],
    ]);
  });

  it('diff says it in text, Markdown and JSON, beside the removed line (OLD\'s place)', () => {
    const text = run(dir, 'diff', 'v1.docx', 'last-word.docx');
    expect(text).toContain('  - ¶5  Thank you for your attention, and see you in module two.');
    expect(text).toContain(`  ! last-word.docx: ${TRACKED('after ¶4')}`);
    expect(run(dir, 'diff', 'v1.docx', 'last-word.docx', '--format', 'md')).toContain(`> **Warning:** last-word.docx: ${TRACKED('after ¶4')}`);
    const json = JSON.parse(run(dir, 'diff', 'v1.docx', 'last-whole.docx', '--json'));
    expect(json.warnings).toEqual([
      {
        code: 'tracked-changes',
        message: `last-whole.docx: ${TRACKED('after ¶4')}`,
        details: { countedAs: 'accepted', changes: 1, insertions: 0, deletions: 1, moves: 0, formatting: 0, colourChanges: 0, paragraphs: [], deletedParagraphs: [{ after: 4, before: null }] },
        side: 'new',
      },
    ]);
    expect(json.voices[0].removed).toEqual([{ text: 'Thank you for your attention, and see you in module two.', location: { story: 'body', paragraph: 5 } }]);
  });
});

describe('footnotes not read as lines are compared as a reader sees them (hidden text left out)', () => {
  const notes = join(dir, 'notes');
  const notesChanged = (oldFile: string, newFile: string) => JSON.parse(run(notes, 'diff', oldFile, newFile, '--json')).warnings.filter((w: { code: string }) => w.code === 'notes-changed');

  it('a hidden run added to a note is no change', () => {
    expect(notesChanged('v1.docx', 'v2-hidden.docx')).toEqual([]);
  });

  it('the hidden words shown are a change, said once', () => {
    const said = {
      code: 'notes-changed',
      message: '1 footnote changed, but notes are not read as script lines, so no change of theirs is listed above: see them with --include footnotes.',
      details: { notes: 1, footnotes: { changed: 1, added: 0, removed: 0 }, endnotes: { changed: 0, added: 0, removed: 0 }, include: 'footnotes' },
    };
    expect(notesChanged('v2-hidden.docx', 'v3-shown.docx')).toEqual([said]);
    expect(notesChanged('v1.docx', 'v3-shown.docx')).toEqual([said]);
  });

  it('Script.notesLeftOut holds the text shown', async () => {
    const { script } = await analyse(join(notes, 'v2-hidden.docx'));
    expect(script.notesLeftOut?.notes).toEqual([{ story: 'footnote', text: 'Source: national accident statistics, 2025 edition.' }]);
  });
});
