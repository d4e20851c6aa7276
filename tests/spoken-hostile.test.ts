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

  it('a line of megabytes is read a stretch at a time, cut after sentences: the same words as sentence by sentence', () => {
    const sentences = Array.from({ length: 12000 }, (_, i) => `Le ${i + 1} juin, ${i % 7 === 0 ? '1 200' : i} personnes à 30 % pour 39 €.`);
    const line = sentences.join(' ');
    expect(line.length).toBeGreaterThan(65_536 * 8);
    expect(spokenForm(line, 'fr')).toBe(sentences.map((s) => spokenForm(s, 'fr')).join(' '));
    expect(spokenForm(sentences[7]!, 'fr')).toBe('Le huit juin, mille deux cents personnes à trente pour cent pour trente-neuf euros.');
  });

  it('a line of megabytes of figures with no sentence end is read whole, every figure said', () => {
    const line = '1 200 '.repeat(200_000).trim();
    const said = spokenForm(line, 'en');
    expect(said.startsWith('one thousand two hundred one thousand two hundred')).toBe(true);
    expect(said).not.toMatch(/\d/);
  });
});
