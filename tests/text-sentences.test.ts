/**
 * A full stop that ends no sentence (src/text/sentences.ts `fullStopAt`): an abbreviation inside a
 * sentence, in English and French. Used where the tracked-change boundary rule (cast.ts) and the
 * speech-going-on rule (continued.ts) read sentence ends, and where a word in another colour is read
 * as inside a sentence (inside-sentence.ts).
 */
import { describe, expect, it } from 'vitest';
import { fullStopAt } from '../src/text/sentences.js';
import { regexWork } from './helpers/work.js';

/** What the first full stop of `text` after `after` is. */
const stop = (text: string, after = '') => fullStopAt(text, text.indexOf('.', after ? text.indexOf(after) : 0));

describe('fullStopAt', () => {
  it('titles before a name and what introduces something: no sentence’s end when anything follows', () => {
    expect(['Ask Mr. Lambert', 'Ask Mrs. Lee', 'Ask Ms. Lee', 'Ask Dr. Martin', 'Ask Prof. Hill', 'Demandez à M. Dupont', 'Appelez Mme. Leroy', 'Mlle. Roux', 'Me. Girard plaide', 'MM. Dupont et Durand', 'Bring something, e.g. a scarf', 'Bring something, e.g. Paris', 'that is, i.e. the key', 'cf. Annexe 2', 'Lyon vs. Paris'].map((t) => [t, stop(t)])).toEqual(
      ['Ask Mr. Lambert', 'Ask Mrs. Lee', 'Ask Ms. Lee', 'Ask Dr. Martin', 'Ask Prof. Hill', 'Demandez à M. Dupont', 'Appelez Mme. Leroy', 'Mlle. Roux', 'Me. Girard plaide', 'MM. Dupont et Durand', 'Bring something, e.g. a scarf', 'Bring something, e.g. Paris', 'that is, i.e. the key', 'cf. Annexe 2', 'Lyon vs. Paris'].map((t) => [t, 'none']),
    );
    // `e.g.`: its inner dot and its last one.
    expect(fullStopAt('so e.g. a scarf', 4)).toBe('none');
    expect(stop('so e.g. a scarf', 'g.')).toBe('none');
  });

  it('before a number: none; before a word, a sentence’s end (`He said No.`)', () => {
    expect([stop('Turn to p. 12 now'), stop('See No. 5 here'), stop('pp. 4–6'), stop('vol. 2'), stop('Voir t. 3'), stop('fig. 7 shows'), stop('env. 30 minutes')]).toEqual(['none', 'none', 'none', 'none', 'none', 'none', 'none']);
    expect([stop('He said No. Then he left.'), stop('He said no. Then he left.'), stop('Turn to p. Then')]).toEqual(['end', 'end', 'end']);
  });

  it('used inside a sentence and at its end: none before a small letter or a digit; before a capital, etc. ends one and the others cannot be told', () => {
    expect([stop('apples, pears, etc. and more'), stop('Main St. at noon'), stop('J. smith'), stop('et al. 2010')]).toEqual(['none', 'none', 'none', 'none']);
    expect(stop('apples, pears, etc. Come early.')).toBe('end');
    // a time's a.m./p.m.: none before a small letter or a digit (`at 9 a.m. the doors open`), unsure before a capital
    const last = (text: string, at: string) => fullStopAt(text, text.indexOf(at) + at.length - 1);
    expect([last('at 9 a.m. the doors open', 'a.m.'), last('from 2 p.m. to 5 p.m. daily', 'p.m.'), last('at 9 a.m. Monday', 'a.m.')]).toEqual(['none', 'none', 'unsure']);
    expect([stop('We meet on Main St. Then we go.'), stop('See St. Paul'), stop('J. K. Rowling'), stop('Take plan B. Then run.'), stop('Smith et al. The study')]).toEqual(['unsure', 'unsure', 'unsure', 'unsure', 'unsure']);
  });

  it('ordinary words, nothing after it, other marks: a sentence’s end; a word glued to a digit or longer than an abbreviation is no abbreviation', () => {
    expect([stop('It is late. Go.'), stop('Ask Mr.'), stop('It is late.'), stop('C’est moi. Et toi'), stop('Le 2e. Puis'), stop('the extraordinarily. Then')]).toEqual(['end', 'end', 'end', 'end', 'end', 'end']);
    expect([fullStopAt('Stop! Go', 4), fullStopAt('Why? Go', 3), fullStopAt('止まれ。行け', 3), fullStopAt('a, b', 1)]).toEqual(['end', 'end', 'end', 'none']);
    // What follows looked for in the next run's text.
    expect(fullStopAt('Ask Mr.', 6, ' Lambert')).toBe('none');
    expect(fullStopAt('Main St.', 7, '  “Then')).toBe('unsure');
  });

  it('bounded: a long run of dots or spaces is read a few characters deep', () => {
    // What lies past the few characters read is not looked at: the name after 3 spaces is read, the
    // one after 100 is not (nothing follows, as far as the stop can tell), in the text or after it.
    expect([fullStopAt(`Mr.${' '.repeat(3)}Lambert`, 2), fullStopAt(`Mr.${' '.repeat(100)}Lambert`, 2)]).toEqual(['none', 'end']);
    expect([fullStopAt('Mr.', 2, `${' '.repeat(3)}Lambert`), fullStopAt('Mr.', 2, `${' '.repeat(100)}Lambert`)]).toEqual(['none', 'end']);
    // No clock: a stop at every one of 200,000 dots, 100,000 spaces after them. Read a few
    // characters deep, that is some 10^7 steps; reading the run or what follows at each stop would be
    // 200,000 × 300,000 = 6·10^10, far past the test's 60 s timeout (the hang guard). No pattern is run
    // on more than a few characters.
    const dots = '.'.repeat(200_000);
    const spaces = ' '.repeat(100_000);
    const stops = new Set<string>();
    const work = regexWork(() => {
      for (let i = 0; i < dots.length; i++) stops.add(fullStopAt(dots, i, spaces));
    });
    expect([...stops]).toEqual(['end']);
    expect(work.longest).toBeLessThanOrEqual(32);
  }, 60_000);
});
