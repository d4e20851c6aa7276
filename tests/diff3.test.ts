/**
 * Leftovers of `diff` and of the warnings it passes on (fixtures: scripts/build-diff3-fixtures.py,
 * tests/fixtures/diff3/):
 * - an added line whose words came from another line (word for word a sentence, or mostly its words
 *   nearby), of its voice or another's, says where from, and that line where they went;
 * - a tracked change deleting a paragraph whole (Word's shape: its runs in `w:del`, its mark deleted
 *   in `w:pPr/w:rPr/w:del`) is said where the paragraph stood, not in the paragraph after it;
 * - section warnings say a PDF's page with the paragraph;
 * - footnotes not read as lines that changed are said (notes-changed).
 */
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addedWords } from '../src/check/since-rules.js';
import { compareScripts } from '../src/compare/compare.js';
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

describe('an added line whose words were moved in from another line', () => {
  const moved = join(dir, 'moved');
  it('says where they came from (sentence word for word, or most of a line nearby), and the other line where they went', () => {
    const result = spawnSync(process.execPath, [cli, 'diff', 'v1.docx', 'v2.docx'], { cwd: moved, encoding: 'utf8', env });
    // The Coach line moved up, one word edited and given to the Narrator: one line reassigned (tests/diff5.test.ts).
    expect(result.stdout.split('\n').filter((line) => /^ {2}[-+~⇄] /.test(line))).toEqual([
      '  ⇄ ¶2  Gloves protect your hands from cuts and splinters every [-single-] day. (from Coach, edited, moved from ¶5)',
      '  ~ ¶3  Forklifts have priority in the yellow aisles at all times. [-Pedestrians must always use the green walkways along the racks.-] (sentence moved to ¶6)',
      '  + ¶6  Pedestrians must always use the green walkways along the racks. (sentence moved from ¶2)',
      '  + ¶7  What about the helmet in the yard? (sentence moved from Coach, ¶3)',
      '  ⇄ ¶2  Gloves protect your hands from cuts and splinters every [-single-] day. (to Narrator, edited, moved from ¶5)',
      '  ~ ¶4  Do I really need to wear gloves all day long? [-What about the helmet in the yard?-] (sentence moved to Narrator, ¶7)',
    ]);
    const md = spawnSync(process.execPath, [cli, 'diff', 'v1.docx', 'v2.docx', '--format', 'md'], { cwd: moved, encoding: 'utf8', env }).stdout;
    expect(md.split('\n').filter((line) => /^\| (added|removed|from|to)/.test(line)).map((line) => line.split(' | ').slice(0, 2).join(' | '))).toEqual([
      '| from Coach, edited, moved from ¶5 | ¶2',
      '| added (sentence moved from ¶2) | ¶6',
      '| added (sentence moved from Coach, ¶3) | ¶7',
      '| to Narrator, edited, moved from ¶5 | ¶2',
    ]);
    const json = JSON.parse(spawnSync(process.execPath, [cli, 'diff', 'v1.docx', 'v2.docx', '--json'], { cwd: moved, encoding: 'utf8', env }).stdout);
    const [narrator, coach] = json.voices;
    expect(narrator.added.map((l: { moves?: unknown; wordsMoved?: unknown }) => [l.moves ?? null, l.wordsMoved ?? null])).toEqual([
      [[{ direction: 'in', text: 'Pedestrians must always use the green walkways along the racks.', words: 10, location: { story: 'body', paragraph: 2 }, voice: 'Narrator' }], null],
      [[{ direction: 'in', text: 'What about the helmet in the yard?', words: 7, location: { story: 'body', paragraph: 3 }, voice: 'Coach' }], null],
    ]);
    expect(narrator.reassignedIn.map((l: { from: string; moved: boolean; oldLocation: unknown }) => [l.from, l.moved, l.oldLocation])).toEqual([['Coach', true, { story: 'body', paragraph: 5 }]]);
    expect([coach.removed, coach.reassignedOut.length]).toEqual([[], 1]);
  });

  it('words from another voice stay words to record; a sentence moved within the voice adds none', async () => {
    const diff = compareScripts(await analyse(join(moved, 'v1.docx')), await analyse(join(moved, 'v2.docx')));
    const narrator = diff.voices.find((v) => v.name === 'Narrator')!;
    expect(narrator.added.map((l) => l.addedWords)).toEqual([0, 7]);
    expect(Object.fromEntries(diff.voices.map((v) => [v.name, [addedWords(v), v.words.delta]]))).toEqual({ Narrator: [17, 17], Coach: [0, -18] });
  });

  it('a word mid-line given another voice: the paragraph cut into lines, nothing said moved, no word added', async () => {
    const result = spawnSync(process.execPath, [cli, 'diff', 'v1.docx', 'v2-midword.docx'], { cwd: moved, encoding: 'utf8', env });
    expect(result.stdout.split('\n').filter((line) => /^ {2}[-+~] /.test(line))).toEqual([
      '  + ¶2  Forklifts have priority in the',
      '  ~ ¶2  [-Forklifts have priority in the yellow-] aisles at all times. Pedestrians must always use the green walkways along the racks.',
      '  + ¶2  yellow',
    ]);
    const diff = compareScripts(await analyse(join(moved, 'v1.docx')), await analyse(join(moved, 'v2-midword.docx')));
    expect(Object.fromEntries(diff.voices.map((v) => [v.name, [addedWords(v), v.words.delta]]))).toEqual({ Narrator: [0, -1], Coach: [1, 1] });
  });

  it('a line moved up within its voice with one word edited: its words moved from the removed line, one word added', async () => {
    const probe = join(root, 'tests', 'fixtures', 'diff-probe');
    const diff = compareScripts(await analyse(join(probe, 'v1-long.docx')), await analyse(join(probe, 'v2-move-edit.docx')));
    const narrator = diff.voices.find((v) => v.name === 'Narrator')!;
    expect(narrator.added.map((l) => [l.location.paragraph, l.addedWords, l.wordsMoved])).toEqual([[4, 1, [{ direction: 'in', words: 9, location: { story: 'body', paragraph: 6 }, voice: 'Narrator' }]]]);
    expect(narrator.removed.map((l) => l.wordsMoved)).toEqual([[{ direction: 'out', words: 9, location: { story: 'body', paragraph: 4 }, voice: 'Narrator' }]]);
  });
});

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

describe('footnotes not read as lines: diff says when they changed', () => {
  it('a note rewritten and one added: one warning naming how many and --include footnotes', () => {
    const json = JSON.parse(run('diff', 'notes-v1.docx', 'notes-v2.docx', '--json'));
    expect(json.voices.map((v: { unchanged: number }) => v.unchanged)).toEqual([2, 2]);
    expect(json.warnings[0]).toEqual({
      code: 'notes-changed',
      message: '2 footnotes differ (1 changed, 1 added), but notes are not read as script lines, so no change of theirs is listed above: see them with --include footnotes.',
      details: { notes: 2, footnotes: { changed: 1, added: 1, removed: 0 }, endnotes: { changed: 0, added: 0, removed: 0 }, include: 'footnotes' },
    });
    // Backwards: the added note is a removed one.
    expect(JSON.parse(run('diff', 'notes-v2.docx', 'notes-v1.docx', '--json')).warnings[0].details.footnotes).toEqual({ changed: 1, added: 0, removed: 1 });
    expect(run('diff', 'notes-v1.docx', 'notes-v2.docx')).toContain('  ! 2 footnotes differ (1 changed, 1 added), but notes are not read');
  });

  it('notes only retyped (spaces): no warning; notes read with --include footnotes: their lines, no warning', () => {
    expect(JSON.parse(run('diff', 'notes-v1.docx', 'notes-v2-typed.docx', '--json')).warnings.map((w: { code: string }) => w.code)).toEqual(['notes-left-out', 'notes-left-out']);
    const read = JSON.parse(run('diff', 'notes-v1.docx', 'notes-v2.docx', '--json', '--include', 'footnotes'));
    expect(read.warnings.map((w: { code: string }) => w.code)).toEqual([]);
    const black = read.voices.find((v: { name: string }) => v.name === '#000000 black');
    expect([black.changed.length, black.added.map((l: { text: string }) => l.text)]).toEqual([1, ['Channel two is the site radio.']]);
  });
});
