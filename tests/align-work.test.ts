/**
 * The join and split pairing of `diff` (compare/align.ts pairRegion) weighs groups of at most
 * MAX_GROUP (4) adjacent lines of one voice on each side: at each place of a region, at most 4 × 4 − 1
 * groups. Without that bound a long run of one voice's lines would be tried in every length at every
 * place (rows × cols × run², a 100-line rewrite 25 million groups instead of 145,000). Counted, not
 * timed: `pairingWork.groupsTried`, at two sizes.
 */
import { describe, expect, it } from 'vitest';
import { line } from './helpers/compare-lines.js';
import type { Line } from '../src/attribute/cast.js';
import { alignLines, pairingWork, type Pair } from '../src/compare/align.js';

/** Line k's own words (no word of it in another line), its last one `last`. */
const words = (k: number, last = `f${k}`) => `a${k} b${k} c${k} d${k} e${k} ${last}`;

/** The pairs found and the groups tried to find them. */
function aligned(oldLines: Line[], newLines: Line[]): { pairs: Pair[]; groupsTried: number } {
  pairingWork.groupsTried = 0;
  const pairs = alignLines(oldLines, newLines);
  return { pairs, groupsTried: pairingWork.groupsTried };
}

/** At most 4 × 4 − 1 groups tried at each place of a region of `rows` removed and `cols` added lines. */
const bound = (rows: number, cols: number) => 15 * rows * cols;

describe('diff: joins and splits are looked for among at most 4 lines a side', () => {
  it('one voice\'s lines each edited (one region, every line of one voice): each paired with its own, the groups tried 15 at most a place, at 50 and 100 lines', () => {
    const tries: number[] = [];
    for (const n of [50, 100]) {
      const before = Array.from({ length: n }, (_, k) => line(words(k)));
      const after = Array.from({ length: n }, (_, k) => line(words(k, `g${k}`)));
      const { pairs, groupsTried } = aligned(before, after);
      expect(pairs).toEqual(Array.from({ length: n }, (_, k) => ({ old: k, new: k, how: 'changed' })));
      expect(groupsTried).toBeGreaterThan(0);
      expect(groupsTried).toBeLessThanOrEqual(bound(n, n));
      tries.push(groupsTried);
    }
    // Twice the lines, four times the places (rows × cols): no more than that, give or take the runs' starts.
    expect(tries[1]! / tries[0]!).toBeLessThan(4.5);
  });

  it('lines joined two by two: each pair of OLD lines regrouped into its NEW line, the groups tried 15 at most a place, at 50 and 100 lines', () => {
    const tries: number[] = [];
    for (const n of [50, 100]) {
      const before = Array.from({ length: n }, (_, k) => line(words(k)));
      const after = Array.from({ length: n / 2 }, (_, k) => line(`${words(2 * k)} ${words(2 * k + 1)}`));
      const { pairs, groupsTried } = aligned(before, after);
      expect(pairs).toEqual(Array.from({ length: n / 2 }, (_, k) => ({ old: 2 * k, new: k, how: 'regrouped', olds: [2 * k, 2 * k + 1], news: [k] })));
      expect(groupsTried).toBeLessThanOrEqual(bound(n, n / 2));
      tries.push(groupsTried);
    }
    expect(tries[1]! / tries[0]!).toBeLessThan(4.5);
  });
});
