/**
 * Spoken forms on text from damaged or hostile files: a token that names a property of every
 * JavaScript object (`constructor`, `toString`) is a word, never a unit, scale or currency; a
 * figure the number words cannot say (`0th`) and a token of thousands of characters are kept as
 * written — never an exception that stops the whole file.
 */
import { describe, expect, it } from 'vitest';
import { spokenForm } from '../src/measure/spoken/index.js';

describe('spokenForm on hostile tokens', () => {
  it.each([
    ['5constructor ok', 'five constructor ok'],
    ['3toString', 'three toString'],
    ['$5 constructor', 'five dollars constructor'],
    ['€5 __proto__', 'five euros __proto__'],
    ['2nd 0th', 'second 0th'],
    ['$5 million', 'five million dollars'],
  ])('%s → %s', (text, said) => {
    expect(spokenForm(text, 'en')).toBe(said);
  });

  it('a token of a million characters is kept as written', () => {
    const token = `=HYPERLINK("x")`.repeat(70000);
    expect(spokenForm(`${token} 10%`, 'en')).toBe(`${token} ten percent`);
  });
});
