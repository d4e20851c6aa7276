/**
 * src/text/word-trie.ts: a closed list of words as one alternation factored by their beginnings, the same words as
 * the list, no more (the legend's colour words, scanned for over every run of a script, src/attribute/legend.ts).
 */
import { describe, expect, it } from 'vitest';
import { wordAlternation } from '../src/text/word-trie.js';
import { COLOUR_WORDS } from '../src/attribute/legend.js';

/** The words the colour pattern named before it was built from a list (`(?:blau|rot|…)(?:e[mnrs]?)?`, `roj[ao]s?`…), spelled out. */
const COLOURS_BEFORE = (
  'amarilla amarillas amarillo amarillos azul black blau blaue blauem blauen blauer blaues bleu blue braun braune braunem ' +
  'braunen brauner braunes brown cyan gelb gelbe gelbem gelben gelber gelbes grau graue grauem grauen grauer graues gray green ' +
  'grey gris gr\u00FCn gr\u00FCne gr\u00FCnem gr\u00FCnen gr\u00FCner gr\u00FCnes jaune lila magenta marron marr\u00F3n morada moradas morado morados naranja negra ' +
  'negras negro negros noir orange pink purple red roja rojas rojo rojos rosa rose rot rote rotem roten roter rotes rouge ' +
  'schwarz schwarze schwarzem schwarzen schwarzer schwarzes teal turquesa turquoise t\u00FCrkis verde verdes vert violet violeta ' +
  'violett violette violettem violetten violetter violettes yellow'
).split(' ');
/** The Italian, Portuguese and Galician colour words legend6 added to the pattern (`ross[oa]`, `vermelh[oa]s?`…), spelled out. */
const COLOURS_ADDED = (
  'arancione azzurra azzurro blu cinza cinzenta cinzento giallo gialla grigia grigio laranja nera nero rossa rosso roxo ' +
  'amarela amarelas amarelo amarelos preta pretas preto pretos vermelha vermelhas vermelho vermelhos vermella vermello'
).split(' ');

describe('wordAlternation', () => {
  it('factors the words by their beginnings, last letters as a class', () => {
    expect(wordAlternation(['red', 'rot', 'rote', 'roten', 'rotes', 'blue'])).toBe('(?:r(?:ed|ot(?:e[ns]?)?)|blue)');
    expect(wordAlternation(['a', 'ab', 'abc'])).toBe('(?:a(?:bc?)?)');
    expect(wordAlternation(['amarilla', 'amarillas', 'amarillo', 'amarillos'])).toBe('(?:amarill(?:as?|os?))');
  });
  it('matches its words and nothing else', () => {
    const whole = new RegExp(`^${wordAlternation(COLOURS_BEFORE)}$`, 'i');
    for (const word of COLOURS_BEFORE) {
      expect(whole.test(word)).toBe(true);
      expect(whole.test(word.toUpperCase())).toBe(true);
      expect(whole.test(`${word}x`)).toBe(false);
      // each beginning that is no word of the list
      for (let n = 1; n < word.length; n++) if (!COLOURS_BEFORE.includes(word.slice(0, n))) expect(whole.test(word.slice(0, n))).toBe(false);
    }
  });
  it('refuses what is no word of letters', () => {
    expect(() => wordAlternation(['red', 'a|b'])).toThrow(/not a word of letters/);
    expect(() => wordAlternation(['dark-blue'])).toThrow(/not a word of letters/);
  });
});

describe("the legend's colour words", () => {
  it('are the words the pattern named before, each once', () => {
    expect([...COLOUR_WORDS].sort()).toEqual([...COLOURS_BEFORE, ...COLOURS_ADDED].sort());
    expect(new Set(COLOUR_WORDS).size).toBe(COLOUR_WORDS.length);
  });
});
