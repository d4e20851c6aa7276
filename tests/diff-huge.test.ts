/**
 * `diff` on a paragraph of tens of thousands of words (the fuzzer's case 57 of DOCX seed 77 put
 * 2,097,152 words into one): the comparison checks its time budget (`--timeout`) as it goes, inside
 * a long paragraph too, and stops with the budget's one-line `timeout` error; within the budget it
 * still reports the right change per voice.
 */
import { describe, expect, it } from 'vitest';
import { Budget } from '../src/budget.js';
import { compareScripts } from '../src/compare/compare.js';
import { analyseBytes, type Analysis } from '../src/pipeline.js';
import { buildDocx } from './helpers/docx-builder.js';
import { ANSWER, BLUE, FIRST, para, RED, SECOND, countingBudget as countingOf } from './helpers/huge-diff.js';
/** `count` words: `w0 w1 …` (each word once, so the word diff has one way to read them). */
const words = (count: number, prefix = 'w') => Array.from({ length: count }, (_, i) => `${prefix}${i}`).join(' ');

async function side(name: string, paragraphs: string[]): Promise<Analysis> {
  return analyseBytes(buildDocx({ body: paragraphs.join('') }), name, { timeout: 0 });
}

const oldParagraphs = [para(FIRST, BLUE), para(ANSWER, RED), para(SECOND, BLUE)];
const LONG = words(50_000);

const countingBudget = (limit = Infinity) => countingOf(limit, 'new.docx', 'to read and compare with old.docx');

describe('diff of a paragraph of 50,000 words', () => {
  it('50,000 words inserted into a line: that line removed and the long one added, for its voice only', async () => {
    const before = await side('old.docx', oldParagraphs);
    const after = await side('new.docx', [para(FIRST, BLUE), para(ANSWER, RED), para(`Always wear ${LONG} your boots and your vest on the floor.`, BLUE)]);
    const diff = compareScripts(before, after);
    const blue = diff.voices.find((v) => v.name === '#0070C0 blue')!;
    const red = diff.voices.find((v) => v.name === '#C00000 red')!;
    expect(blue.words).toEqual({ old: 19, new: 50_019, delta: 50_000 });
    expect(blue.lines).toEqual({ old: 2, new: 2, delta: 0 });
    expect(blue.unchanged).toBe(1);
    expect(blue.removed.map((l) => [l.text, l.location.paragraph])).toEqual([[SECOND, 3]]);
    expect(blue.added.map((l) => [l.text.length, l.location.paragraph, l.addedWords])).toEqual([[`Always wear ${LONG} your boots and your vest on the floor.`.length, 3, 50_010]]);
    expect(blue.changed).toEqual([]);
    expect(red.words).toEqual({ old: 8, new: 8, delta: 0 });
    expect([red.added, red.removed, red.changed, red.unchanged]).toEqual([[], [], [], 1]);
  });

  it('one word changed in a paragraph of 50,000: a changed line, that word marked', async () => {
    const edited = LONG.replace(' w25000 ', ' changed ');
    const before = await side('old.docx', [para(FIRST, BLUE), para(ANSWER, RED), para(LONG, BLUE)]);
    const after = await side('new.docx', [para(FIRST, BLUE), para(ANSWER, RED), para(edited, BLUE)]);
    const blue = compareScripts(before, after).voices.find((v) => v.name === '#0070C0 blue')!;
    expect(blue.words).toEqual({ old: 50_009, new: 50_009, delta: 0 });
    expect(blue.changed).toHaveLength(1);
    const [changed] = blue.changed;
    expect(changed!.addedWords).toBe(1);
    expect(changed!.words.map((part) => (part.kind === 'same' ? part.text.length : part))).toEqual([
      LONG.indexOf('w25000'),
      { kind: 'removed', text: 'w25000' },
      { kind: 'added', text: 'changed' },
      LONG.length - LONG.indexOf(' w25001'),
    ]);
  });
});

describe('the comparison within its time budget', () => {
  it('past the deadline: the budget\'s timeout error, naming both files', async () => {
    const before = await side('old.docx', oldParagraphs);
    const after = await side('new.docx', [para(FIRST, BLUE), para(ANSWER, RED), para(`Always wear ${LONG} your boots.`, BLUE)]);
    const budget = Budget.of('new.docx', { timeout: 20, deadline: Date.now() - 1 }, 'to read and compare with old.docx');
    expect(() => compareScripts(before, after, { budget })).toThrow(
      expect.objectContaining({
        code: 'timeout',
        message: 'new.docx took longer than 20 s to read and compare with old.docx and was stopped: the file is damaged or far larger than a script. If it is a real script, allow more time with --timeout SECONDS.',
      }),
    );
  });

  it('reads the clock at least once per 4,096 words of a long paragraph, and stops inside it', async () => {
    const before = await side('old.docx', oldParagraphs);
    const after = await side('new.docx', [para(FIRST, BLUE), para(ANSWER, RED), para(`Always wear ${LONG} your boots.`, BLUE)]);
    const counting = countingBudget();
    compareScripts(before, after, { budget: counting as unknown as Budget });
    // The long paragraph's words are read three times (alignment, sentences moved, words added): each time ticked per word.
    expect(counting.reads).toBeGreaterThanOrEqual(3 * Math.floor(50_000 / 4096));
    // Time up after 5 reads: stopped there, inside the long paragraph's first reading.
    const stopping = countingBudget(5);
    expect(() => compareScripts(before, after, { budget: stopping as unknown as Budget })).toThrow(expect.objectContaining({ code: 'timeout' }));
    expect(stopping.reads).toBe(6);
  });
});
