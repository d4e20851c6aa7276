/**
 * Two long lines, near-identical, in different places (a paragraph of 30,000 words moved and one word
 * changed): one line moved and edited, found with work linear in their length (compare/align.ts
 * `pairingWork.inOrderSteps`), not the O(x × y) comparison of their words in order that only the
 * time budget stopped. Where the in-order comparison would cost too much to tell (two long lines with
 * the same words in another order), the lines stay removed and added, and a `line-too-changed`
 * warning says they may be one line.
 */
import { describe, expect, it } from 'vitest';
import { pairingWork } from '../src/compare/align.js';
import { compareScripts } from '../src/compare/compare.js';
import { analyseBytes, type Analysis } from '../src/pipeline.js';
import { buildDocx } from './helpers/docx-builder.js';
import { ANSWER, BLUE, FIRST, para, RED, SECOND } from './helpers/huge-diff.js';
const N = 30_000;
const WORDS = Array.from({ length: N }, (_, i) => `w${i}`);
const LONG = WORDS.join(' ');

async function side(name: string, paragraphs: string[]): Promise<Analysis> {
  return analyseBytes(buildDocx({ body: paragraphs.join('') }), name, { timeout: 0 });
}

describe('a long line moved and edited', () => {
  it('one word changed in a paragraph of 30,000 words moved to the end: one moved changed line, linear work', async () => {
    const edited = LONG.replace(' w15000 ', ' changed ');
    const before = await side('old.docx', [para(FIRST, BLUE), para(LONG, BLUE), para(ANSWER, RED), para(SECOND, BLUE)]);
    const after = await side('new.docx', [para(FIRST, BLUE), para(ANSWER, RED), para(SECOND, BLUE), para(edited, BLUE)]);
    pairingWork.inOrderSteps = 0;
    const diff = compareScripts(before, after);
    const blue = diff.voices.find((v) => v.name === '#0070C0 blue')!;
    expect([blue.added, blue.removed, blue.moved]).toEqual([[], [], []]);
    expect(blue.unchanged).toBe(2);
    expect(blue.changed).toHaveLength(1);
    const [changed] = blue.changed;
    expect([changed!.moved, changed!.location.paragraph, changed!.oldLocation.paragraph, changed!.tooChanged]).toEqual([true, 4, 2, undefined]);
    expect(changed!.words.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'w15000' },
      { kind: 'added', text: 'changed' },
    ]);
    // 30,000 × 30,000 cells before; now a few steps per word.
    expect(pairingWork.inOrderSteps).toBeGreaterThan(0);
    expect(pairingWork.inOrderSteps).toBeLessThan(4 * 2 * N);
    expect(diff.warnings.filter((w) => w.code === 'line-too-changed')).toEqual([]);
  });

  it('the same 30,000 words in reverse order, moved: removed and added, and a line-too-changed warning naming both', async () => {
    const reversed = [...WORDS].reverse().join(' ');
    const before = await side('old.docx', [para(FIRST, BLUE), para(LONG, BLUE), para(ANSWER, RED), para(SECOND, BLUE)]);
    const after = await side('new.docx', [para(FIRST, BLUE), para(ANSWER, RED), para(SECOND, BLUE), para(reversed, BLUE)]);
    pairingWork.inOrderSteps = 0;
    const diff = compareScripts(before, after);
    const blue = diff.voices.find((v) => v.name === '#0070C0 blue')!;
    expect(blue.changed).toEqual([]);
    expect(blue.removed.map((l) => l.location.paragraph)).toEqual([2]);
    expect(blue.added.map((l) => l.location.paragraph)).toEqual([4]);
    expect(pairingWork.inOrderSteps).toBeLessThan(40 * 2 * N + 1_000_000);
    expect(diff.warnings.filter((w) => w.code === 'line-too-changed')).toEqual([
      {
        code: 'line-too-changed',
        message:
          '#0070C0 blue: the line removed at OLD ¶2 and the line added at ¶4 have most of their words in common but are too long and too changed to compare in order: they may be one line moved and edited, and are listed as removed and added. Compare the two by eye.',
        details: { voice: '#0070C0 blue', location: { story: 'body', paragraph: 4 }, oldLocation: { story: 'body', paragraph: 2 }, edits: null, shown: 'removed-and-added' },
      },
    ]);
  });
});
