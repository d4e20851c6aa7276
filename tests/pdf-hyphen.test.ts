/**
 * A short script's single line-end hyphen (readers/pdf/hyphenation.ts). LibreOffice draws the hyphen
 * of its automatic hyphenation by a text operator of its own, apart from the word it breaks (a typed
 * hyphen stays within its word's piece): one such break is enough to tell (Line.hyphenApart). Before,
 * a document needed three breaks to be taken as hyphenating, so a single "when-" / "ever" kept its
 * hyphen ("when-ever": two words for one). A word of two function words English writes solid
 * ("whatever") is broken whoever drew it; compounds ("well-known", "self-aware") keep their hyphen.
 * Fixtures: tests/fixtures/pdf-hyphen/, made by scripts/build-pdf-hyphen-fixtures.py.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScript } from '../src/readers/index.js';
import { Hyphenation } from '../src/readers/pdf/hyphenation.js';
import type { Line } from '../src/readers/pdf/types.js';

const DIR = join(__dirname, 'fixtures', 'pdf-hyphen');
const texts = async (file: string) => (await readScript(join(DIR, file))).paragraphs.map((p) => p.runs.map((r) => r.text).join(''));

describe('LibreOffice: one hyphenation break in a short script', () => {
  it.each([
    ['lo-when-ever', 'NARRATOR: Call us whenever you like.'], // before: "when-ever"
    ['lo-what-ever', 'NARRATOR: The skippers go out whatever the forecast says, because that is what they have always done.'], // before: "what-ever"
    ['lo-some-thing', 'NARRATOR: Every morning there is something new on the quay for the buyers from the restaurants.'], // before: "some-thing"
    ['lo-well-known', 'EXPERT: The harbour master is a well-known figure on the quay.'],
    ['lo-self-aware', 'EXPERT: The young skippers are self-aware about the risks they take.'],
  ])('%s.pdf reads as written: %s', async (name, text) => {
    expect(await texts(`${name}.pdf`)).toEqual([text]);
    expect(await texts(`${name}.docx`)).toEqual([text]);
  });
});

describe('ReportLab, lines set by hand (the hyphen within the line\'s one text operator), two breaks a script', () => {
  it('rl-when-well.pdf: "when-" / "ever" is a word broken (before: "when-ever"), "well-" / "known" keeps its hyphen', async () => {
    expect(await texts('rl-when-well.pdf')).toEqual([
      'NARRATOR: You can always call the harbour office on the quay by the fish market whenever you like, day or night.',
      'EXPERT: The harbour master who runs the auction on the quay every morning is a well-known figure in the town.',
    ]);
  });
  it('rl-what-self.pdf: "what-" / "ever" is a word broken (before: "what-ever"), "self-" / "aware" keeps its hyphen', async () => {
    expect(await texts('rl-what-self.pdf')).toEqual([
      'NARRATOR: The skippers of the little boats go out to sea early every single morning whatever the forecast says.',
      'EXPERT: Most of the young skippers who work on the boats in the harbour today are self-aware about the risks they take.',
    ]);
  });
});

describe('Hyphenation: a hyphen drawn apart', () => {
  const line = (text: string, apart = false): Line => {
    const l: Line = { runs: [{ text, color: '#000000', background: null }], text, x0: 72, x1: 300, baseline: 100, size: 12, firstWordWidth: 20 };
    if (apart) l.hyphenApart = true;
    return l;
  };
  it('where one line-end hyphen is drawn apart, it is a break and one within its word\'s piece is typed, the document\'s other writings aside', () => {
    const paras = [[line('the harbour of-', true), line('fice opens early')], [line('a voice-'), line('over artist'), line('and the harbour office')]];
    const h = new Hyphenation(paras);
    expect(h.verdict(paras[0][0], paras[0][1])).toBe('break');
    expect(h.verdict(paras[1][0], paras[1][1])).toBe('keep');
  });
  it('without a hyphen drawn apart, a single break between two words keeps its hyphen (nothing tells), unless the whole is a word written solid', () => {
    const paras = [[line('the harbour of-'), line('fice opens early')], [line('call us when-'), line('ever you like')]];
    const h = new Hyphenation(paras);
    expect(h.verdict(paras[0][0], paras[0][1])).toBe('keep');
    expect(h.verdict(paras[1][0], paras[1][1])).toBe('break');
  });
});
