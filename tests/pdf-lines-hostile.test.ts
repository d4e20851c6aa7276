/**
 * Damaged coordinates in the line builder (found by the fuzzer, seed 1311 case 176: a Chromium PDF
 * whose content numbers were changed): a baseline near 1e20 made the text-shadow pass loop for ever
 * (band + 1 === band past 2^53). The line must come back, at once, with its glyphs.
 */
import { describe, expect, it } from 'vitest';
import { buildLines } from '../src/readers/pdf/lines.js';
import type { Glyph } from '../src/readers/pdf/types.js';

function glyph(text: string, x0: number, baseline: number, seq: number): Glyph {
  return { text, x0, x1: x0 + 6, end: x0 + 6, baseline, size: 12, color: '#000000', background: null, spaceBefore: false, firstWordEnd: undefined, seq, turn: 0 };
}

describe('buildLines on hostile coordinates', () => {
  it('a baseline of 1e20 (and an infinite one) ends, and keeps every glyph', () => {
    for (const baseline of [1e20, -3e19, Number.MAX_VALUE]) {
      const lines = buildLines([glyph('O', 10, baseline, 1), glyph('K', 16, baseline, 2), glyph('!', 22, baseline, 3)]);
      expect(lines.map((l) => l.text)).toEqual(['OK!']);
    }
  });
});
