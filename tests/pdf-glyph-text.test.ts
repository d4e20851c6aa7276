/**
 * A glyph whose text is a control character is a letter a reader sees but vo-lines cannot read
 * (shown as U+FFFD and said). operators.ts decides it for every glyph, a one-character text without
 * the regular expression: the two must agree on every character.
 */
import { describe, expect, it } from 'vitest';
import { hasUnmapped } from '../src/readers/pdf/operators.js';

const UNMAPPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

describe('a glyph text that is a control character', () => {
  it('is told the same way as the expression for every one-character text and for longer ones', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (hasUnmapped(String.fromCharCode(c)) !== UNMAPPED.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
    const flagged = [...Array(0x80).keys()].filter((c) => hasUnmapped(String.fromCharCode(c)));
    expect(flagged).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 127]);
    expect(['fi', 'f\u0001', '\u{1F600}', 'a\u007F', '\t\n'].map(hasUnmapped)).toEqual([false, true, false, true, false]);
  });
});
