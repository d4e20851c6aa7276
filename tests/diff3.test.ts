/**
 * Leftovers of `diff` and of the warnings it passes on (fixtures: scripts/build-diff3-fixtures.py,
 * tests/fixtures/diff3/):
 * - a tracked change deleting a paragraph whole (Word's shape: its runs in `w:del`, its mark deleted
 *   in `w:pPr/w:rPr/w:del`) is said where the paragraph stood, not in the paragraph after it.
 */
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.cjs');
const dir = join(root, 'tests', 'fixtures', 'diff3');
const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
delete env.FORCE_COLOR;

function run(...args: string[]): string {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', env });
  expect(result.stderr).toBe('');
  return result.stdout;
}

describe('a paragraph deleted whole under tracked changes', () => {
  it('is one deletion, said between the paragraphs around it', async () => {
    const { report } = await analyse(join(dir, 'deleted-paragraph.docx'));
    const warning = report.warnings.find((w) => w.code === 'tracked-changes')!;
    expect(warning.details).toEqual({ countedAs: 'accepted', changes: 2, insertions: 1, deletions: 1, moves: 0, formatting: 0, colourChanges: 0, paragraphs: [2], deletedParagraphs: [{ after: 3, before: 4 }] });
    expect(warning.message).toBe(
      'The file holds 2 tracked changes (1 insertion, 1 deletion; first at ¶2, also a paragraph deleted between ¶3 and ¶4); they were counted as accepted. The counts take in the text inserted and leave out the text deleted: accept or reject the changes before the session.',
    );
    // The deleted Coach line is not read; the insertion is.
    expect(report.voices.map((v) => [v.name, v.lineCount, v.words])).toEqual([
      ['#0070C0 blue', 3, 30],
      ['#C00000 red', 1, 11],
    ]);
  });

  it('the first paragraph deleted: before ¶1, the insertion of the next one at ¶1', async () => {
    const { report } = await analyse(join(dir, 'deleted-first.docx'));
    const warning = report.warnings.find((w) => w.code === 'tracked-changes')!;
    expect(warning.details).toMatchObject({ changes: 2, deletions: 1, paragraphs: [1], deletedParagraphs: [{ after: null, before: 1 }] });
    expect(warning.message).toContain('(1 insertion, 1 deletion; first at a paragraph deleted before ¶1, also ¶1)');
    expect(run('summary', 'deleted-first.docx')).toContain('first at a paragraph deleted before ¶1, also ¶1');
  });
});

describe('section warnings say their place as the other warnings do', () => {
  const spots = join(root, 'tests', 'fixtures', 'sections', 'spots');
  it('a PDF: page and paragraph; a DOCX: the paragraph', async () => {
    const sentence = (file: string) => analyse(join(spots, file)).then(({ report }) => report.warnings.find((w) => w.code === 'section-length-unread')!.message);
    expect(await sentence('minutes.pdf')).toBe(
      'Section "SPOT 6 — 0:30:00" (p.1 ¶11) seems to give a length ("0:30:00") that vo-lines cannot read, so it has no target. Write the length as :30, 0:30, 30 s or 1 min, or set it in the config: sections: {"SPOT 6 — 0:30:00": {maxSeconds: …}}.',
    );
    expect(await sentence('minutes.docx')).toContain('Section "SPOT 6 — 0:30:00" (¶11) seems to give');
  });
});
