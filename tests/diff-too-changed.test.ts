/**
 * A changed line whose words differ in more than 2,000 places is shown as its whole OLD text removed
 * and its whole NEW text added (the word diff is O(length × edits)): never silently. The line is
 * flagged (`tooChanged`) and a `line-too-changed` warning names it, in every output of `diff`.
 */
import { describe, expect, it } from 'vitest';
import { compareScripts } from '../src/compare/compare.js';
import { renderDiffJson } from '../src/render/diff-json.js';
import { renderDiffMarkdown } from '../src/render/diff-markdown.js';
import { renderDiffText } from '../src/render/diff-text.js';
import { ANSWER, BLUE, FIRST, NEW_LONG, OLD_LONG, para, RED, side } from './helpers/huge-diff.js';

const MESSAGE =
  '#0070C0 blue, ¶3: the line changed in more than 2,000 places, too many to mark word by word: its whole OLD text is shown removed and its whole NEW text added. Compare the two by eye.';

describe('a changed line past 2,000 word edits', () => {
  it('is flagged and named by a line-too-changed warning, in text, Markdown and JSON', async () => {
    const before = await side('old.docx', [para(FIRST, BLUE), para(ANSWER, RED), para(OLD_LONG, BLUE)]);
    const after = await side('new.docx', [para(FIRST, BLUE), para(ANSWER, RED), para(NEW_LONG, BLUE)]);
    const diff = compareScripts(before, after);
    const blue = diff.voices.find((v) => v.name === '#0070C0 blue')!;
    expect(blue.changed).toHaveLength(1);
    const [changed] = blue.changed;
    expect(changed!.words).toEqual([
      { kind: 'removed', text: OLD_LONG },
      { kind: 'added', text: NEW_LONG },
    ]);
    expect(changed!.tooChanged).toBe(true);
    const warnings = diff.warnings.filter((w) => w.code === 'line-too-changed');
    expect(warnings).toEqual([
      {
        code: 'line-too-changed',
        message: MESSAGE,
        details: { voice: '#0070C0 blue', location: { story: 'body', paragraph: 3 }, oldLocation: { story: 'body', paragraph: 3 }, edits: 2000, shown: 'changed' },
      },
    ]);
    expect(renderDiffText(diff, { colour: false })).toContain(MESSAGE);
    expect(renderDiffMarkdown(diff)).toContain(`> **Warning:** ${MESSAGE}`);
    const json = JSON.parse(renderDiffJson(diff));
    expect(json.warnings.filter((w: { code: string }) => w.code === 'line-too-changed')).toEqual(warnings);
  });

  it('a line with a few edits: no flag, no warning', async () => {
    const before = await side('old.docx', [para(FIRST, BLUE), para(OLD_LONG, BLUE)]);
    const after = await side('new.docx', [para(FIRST, BLUE), para(OLD_LONG.replace(' w2500 ', ' changed '), BLUE)]);
    const diff = compareScripts(before, after);
    const blue = diff.voices.find((v) => v.name === '#0070C0 blue')!;
    expect(blue.changed).toHaveLength(1);
    expect(blue.changed[0]!.tooChanged).toBeUndefined();
    expect(diff.warnings.filter((w) => w.code === 'line-too-changed')).toEqual([]);
  });
});
