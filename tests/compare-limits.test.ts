/**
 * `diff` on scripts that differ almost everywhere, or on very long lines: the line alignment and
 * the word diff stay fast (the exact diff is O(lines × edits)) and still pair what can be paired.
 */
import { describe, expect, it } from 'vitest';
import { line } from './helpers/compare-lines.js';
import type { Line } from '../src/attribute/cast.js';
import { alignLines } from '../src/compare/align.js';
import { wordDiff } from '../src/compare/word-diff.js';

describe('alignLines beyond 2,000 line edits', () => {
  it('anchors on the lines each script has once, in order, and pairs the rest as moved or changed', () => {
    // 6,000 lines on each side, all different but for 3 unique lines in the same order, one line that
    // moved, and one changed by a word.
    const old: Line[] = [];
    const next: Line[] = [];
    for (let i = 0; i < 6000; i++) {
      old.push(line(`old line ${i} alpha`));
      next.push(line(`new verse ${i + 50000} omega`));
    }
    for (const [k, at] of [[0, 1000], [1, 3000], [2, 5000]] as const) {
      old[at] = line(`anchor ${k} stays where it was`);
      next[at + 7] = line(`anchor ${k} stays where it was`);
    }
    old[100] = line('this line moved to the end');
    next[5990] = line('this line moved to the end');
    old[4000] = line('one two three four five six seven eight');
    next[4010] = line('one two three four five six seven nine');
    const pairs = alignLines(old, next);
    const how = (o: number) => pairs.find((p) => p.old === o);
    expect([1000, 3000, 5000].map((o) => how(o))).toEqual([
      { old: 1000, new: 1007, how: 'aligned' },
      { old: 3000, new: 3007, how: 'aligned' },
      { old: 5000, new: 5007, how: 'aligned' },
    ]);
    expect(how(100)).toEqual({ old: 100, new: 5990, how: 'moved' });
    expect(how(4000)).toEqual({ old: 4000, new: 4010, how: 'changed' });
  });

  it('identical scripts of 20,000 repeated lines align line for line', () => {
    const lines = Array.from({ length: 20000 }, () => line('Yes.'));
    const pairs = alignLines(lines, lines);
    expect(pairs).toHaveLength(20000);
    expect(pairs.every((p, i) => p.old === i && p.new === i && p.how === 'aligned')).toBe(true);
  });
});

describe('wordDiff beyond 2,000 word edits', () => {
  it('shows the old text removed and the new one added', () => {
    const oldText = Array.from({ length: 5000 }, (_, i) => `a${i}`).join(' ');
    const newText = Array.from({ length: 5000 }, (_, i) => `b${i}`).join(' ');
    expect(wordDiff(oldText, newText)).toEqual([
      { kind: 'removed', text: oldText },
      { kind: 'added', text: newText },
    ]);
  });

  it('a few edits in a long line stay word by word', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    const changed = [...words];
    changed[2500] = 'CHANGED';
    const parts = wordDiff(words.join(' '), changed.join(' '));
    expect(parts.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'w2500' },
      { kind: 'added', text: 'CHANGED' },
    ]);
  });
});
