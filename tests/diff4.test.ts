/**
 * Leftovers of `diff` (fixtures: scripts/build-diff4-fixtures.py, tests/fixtures/diff4/):
 * - a paragraph deleted whole under tracked changes at the end of the document, in each shape writers
 *   give it (its mark deleted too; Word's: the mark before it deleted, its own kept; its text only),
 *   and in the middle in Word's other shape, is said where it stood ("after ¶4", "between ¶3 and ¶4"),
 *   in `summary` and in `diff` (text, Markdown, JSON);
 * - footnotes not read as lines are compared as a reader sees them (hidden text left out);
 * - `check --since` carries what `diff` says of the pair that bears on the changes (notes-changed,
 *   the tracked changes of the version at REV…) as notes of the file, in every output, failing nothing.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { git, runInRepo } from './helpers/git.js';

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

describe('check --since carries the warnings diff gives of the pair', () => {
  // script.docx: a footnote rewritten and one added since HEAD; other.docx: at HEAD, its last paragraph
  // deleted under tracked changes (read as accepted), today the same text with no tracked change.
  const repo = mkdtempSync(join(tmpdir(), 'vo-diff4-'));
  git(repo, 'init', '-q');
  writeFileSync(join(repo, 'vo-lines.config.yaml'), 'voices:\n  Narrator: { color: "#0070C0" }\n  Coach: { color: "#C00000" }\n');
  copyFileSync(join(root, 'tests', 'fixtures', 'diff3', 'notes-v1.docx'), join(repo, 'script.docx'));
  copyFileSync(join(dir, 'last-word.docx'), join(repo, 'other.docx'));
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'v1');
  copyFileSync(join(root, 'tests', 'fixtures', 'diff3', 'notes-v2.docx'), join(repo, 'script.docx'));
  copyFileSync(join(dir, 'v1.docx'), join(repo, 'other.docx'));
  const NOTES = 'Since HEAD: 2 footnotes differ (1 changed, 1 added), but notes are not read as script lines, so no change of theirs is among the changes checked: see them with --include footnotes.';
  const OLD_TRACKED = `HEAD:other.docx: ${TRACKED('after ¶4')}`;

  it('text: notes of the file, after its own; the check passes as before', () => {
    const { code, stdout, stderr } = runInRepo(['check', 'script.docx', 'other.docx', '--since', 'HEAD'], repo);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 9)).toEqual([
      'script.docx',
      '  note     notes-left-out  3 footnotes (22 words) are not read as script lines. If they are read aloud, count them with --include footnotes.',
      '  note     notes-left-out  HEAD:script.docx: 2 footnotes (13 words) are not read as script lines. If they are read aloud, count them with --include footnotes.',
      `  note     notes-changed   ${NOTES}`,
      '',
      'other.docx',
      `  note     tracked-changes  ${OLD_TRACKED}`,
      '  Narrator since HEAD: +1 line, +11 words',
      '',
    ]);
    expect(stdout).toContain('2 files: 2 passed · no findings, 4 notes.');
  });

  it('JSON, GitHub and JUnit say them too', () => {
    const json = JSON.parse(runInRepo(['check', 'script.docx', 'other.docx', '--since', 'HEAD', '--json'], repo).stdout);
    const [script, other] = json.files;
    expect(script.notes[2]).toEqual({
      code: 'notes-changed',
      message: NOTES,
      details: { rev: 'HEAD', notes: 2, footnotes: { changed: 1, added: 1, removed: 0 }, endnotes: { changed: 0, added: 0, removed: 0 }, include: 'footnotes' },
    });
    expect(other.notes).toEqual([
      {
        code: 'tracked-changes',
        message: OLD_TRACKED,
        details: { countedAs: 'accepted', changes: 1, insertions: 0, deletions: 1, moves: 0, formatting: 0, colourChanges: 0, paragraphs: [], deletedParagraphs: [{ after: 4, before: null }] },
      },
    ]);
    const github = runInRepo(['check', 'script.docx', 'other.docx', '--since', 'HEAD', '-f', 'github'], repo);
    expect(github.code).toBe(0);
    expect(github.stdout).toContain(`::notice file=script.docx,title=vo-lines notes-changed::${NOTES}`);
    expect(github.stdout).toContain(`::notice file=other.docx,title=vo-lines tracked-changes::${OLD_TRACKED}`);
    const junit = runInRepo(['check', 'script.docx', 'other.docx', '--since', 'HEAD', '-f', 'junit'], repo);
    expect(junit.code).toBe(0);
    expect(junit.stdout).toContain(`note: ${NOTES}`);
    expect(junit.stdout).toContain(`note: ${OLD_TRACKED}`);
  });
});
