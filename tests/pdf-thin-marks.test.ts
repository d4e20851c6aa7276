/**
 * French typography's thin spaces (before ? ! : ; » ›, after « ‹) are no word spaces that
 * justification stretches: lines.ts and the walk (operators.ts) leave them out of a line's widest
 * word space. Both tell those marks by character codes, not by THIN_AFTER / THIN_BEFORE (which walk
 * the whole text, and a piece's text grown by `+=` is copied flat at every look): the two must agree
 * on every character, and the walk, which keeps the last character of a piece as it grows, must
 * still skip the space after « and before ».
 */
import { describe, expect, it } from 'vitest';
import { endsBeforeThin, isThinBefore, opensAfterThin, THIN_AFTER, THIN_BEFORE } from '../src/readers/pdf/lines.js';
import { OP, walkOperators } from '../src/readers/pdf/operators.js';
import type { Matrix } from '../src/readers/pdf/geometry.js';

describe('the marks a French thin space goes with, told by character codes', () => {
  it('agree with THIN_AFTER and THIN_BEFORE on every character, alone, before and after others and a space', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `${ch}x`, `${ch} `, `x${ch}`]) if (opensAfterThin(text) !== THIN_AFTER.test(text)) differ.push(`after ${c}: ${JSON.stringify(text)}`);
      for (const text of [ch, `x${ch}`, `${ch} `, `x${ch} `, `${ch}  `, `${ch}x`, ` ${ch}`]) if (endsBeforeThin(text) !== THIN_BEFORE.test(text)) differ.push(`before ${c}: ${JSON.stringify(text)}`);
      if (isThinBefore(c) !== THIN_BEFORE.test(ch)) differ.push(`code ${c}`);
    }
    expect(differ).toEqual([]);
    for (const text of ['', ' ', '  ', '\u{1F600}', '\u00AB\u00AB', 'Oui \u00BB', '\u00AB Oui'])
      expect([text, opensAfterThin(text), endsBeforeThin(text)]).toEqual([text, THIN_AFTER.test(text), THIN_BEFORE.test(text)]);
    expect(isThinBefore(NaN)).toBe(false);
  });
});

/** One showText of Helvetica-like glyphs at 10 pt, on a Letter page: the walk's pieces. */
function walkText(text: string) {
  const widths: Record<string, number> = { ' ': 278, '\u00AB': 556, '\u00BB': 556, '?': 556, O: 778, u: 556, i: 222, a: 556, b: 556 };
  const items = [...text].map((ch) => ({ unicode: ch, width: widths[ch] ?? 500, isSpace: ch === ' ' }));
  const viewport: Matrix = [1, 0, 0, -1, 0, 792];
  return walkOperators({
    page: 1,
    fnArray: [OP.beginText, OP.setFont, OP.setTextMatrix, OP.showText],
    argsArray: [[], ['F1', 10], [[1, 0, 0, 1, 72, 700]], [items]] as unknown[][],
    viewport,
    width: 612,
    height: 792,
    font: () => ({ fontMatrix: [0.001, 0, 0, 0.001, 0, 0], name: 'Helvetica' }),
    isVisible: () => true,
    highlights: [],
  }).glyphs;
}

describe("a piece's widest word space, as the walk grows it", () => {
  it('leaves out the space after « and the one before » or ?, and keeps the others', () => {
    const [french] = walkText('\u00AB Oui \u00BB');
    expect(french.text).toBe('\u00AB Oui \u00BB');
    expect(french.widestSpace).toBeUndefined();
    expect(french.drawnSpace).toBe(true);
    const [plain] = walkText('a Oui b');
    expect(plain.text).toBe('a Oui b');
    expect(plain.widestSpace).toBeCloseTo(2.78, 6);
    // The space after "Oui" counts (no mark after it), the one after « does not.
    const [mixed] = walkText('\u00AB Oui a?');
    expect(mixed.text).toBe('\u00AB Oui a?');
    expect(mixed.widestSpace).toBeCloseTo(2.78, 6);
    const [question] = walkText('\u00AB Oui ?');
    expect(question.widestSpace).toBeUndefined();
  });
});
