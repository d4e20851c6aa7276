/**
 * The words said as words when typed in capitals (capitals-words.ts): moved out of languages.ts as
 * data, with no change to what they hold (the fingerprints below were taken from the lists as they
 * stood in languages.ts), and built on first use only.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';

const fingerprint = (words: Iterable<string>) => createHash('sha256').update([...words].sort().join(' ')).digest('hex').slice(0, 16);

describe('capitals words', () => {
  it('are built on the first line that needs them, not when the module loads', async () => {
    vi.resetModules();
    const words = await import('../src/measure/spoken/capitals-words.js');
    const { spokenForm } = await import('../src/measure/spoken/index.js');
    expect(words.capitalsBuilt()).toEqual([]);
    expect(spokenForm('Welcome to 3 rooms.', 'en-US')).toBe('Welcome to three rooms.');
    expect(words.capitalsBuilt()).toEqual([]);
    expect(spokenForm('GET IT NOW at 3 stores', 'en-US')).toBe('GET IT NOW at three stores');
    expect(words.capitalsBuilt()).toEqual(['en']);
    expect(spokenForm('C’EST GRATUIT', 'fr-FR')).toBe('C’EST GRATUIT');
    expect(words.capitalsBuilt()).toEqual(['en', 'fr']);
  });

  it.each([
    // tag, words, their fingerprint, ambiguous words, theirs (as in languages.ts before the move)
    ['en-US', 430, 'd1888ba29d3defa9', 11, '0967d93eb993b43e'],
    ['en-GB', 430, 'd1888ba29d3defa9', 11, '0967d93eb993b43e'],
    ['fr-FR', 227, '4065580c46ef3ac8', 4, '85f6ab32c996fea6'],
    ['fr-BE', 227, '4065580c46ef3ac8', 4, '85f6ab32c996fea6'],
    ['de-DE', 185, '0d9c27b9af575fb9', 1, '1779e2c55d3b0402'],
    ['es-ES', 161, '3a2f984d8b41e1ae', 0, 'e3b0c44298fc1c14'],
    ['es-MX', 161, '3a2f984d8b41e1ae', 0, 'e3b0c44298fc1c14'],
  ] as const)('%s holds the same words as before', async (tag, size, print, ambiguousSize, ambiguousPrint) => {
    const { spokenLanguage } = await import('../src/measure/spoken/languages.js');
    const language = spokenLanguage(tag)!;
    expect(language.capsWords.size).toBe(size);
    expect(fingerprint(language.capsWords)).toBe(print);
    expect(language.capsAmbiguous.size).toBe(ambiguousSize);
    expect(fingerprint([...language.capsAmbiguous].map(([word, said]) => `${word}:${said ? 1 : 0}`))).toBe(ambiguousPrint);
    // The same set on every use: built once.
    expect(language.capsWords).toBe(language.capsWords);
  });

  it('reads words in capitals as before', async () => {
    const { spokenForm } = await import('../src/measure/spoken/index.js');
    expect(spokenForm('CALL US NOW', 'en-US')).toBe('CALL US NOW');
    expect(spokenForm('Made in the US', 'en-US')).toBe('Made in the U S');
    expect(spokenForm('FREE PDF', 'en-US')).toBe('FREE P D F');
    expect(spokenForm('OFFRE GRATUITE TVA', 'fr-FR')).toBe('OFFRE GRATUITE T V A');
    expect(spokenForm('JETZT GRATIS', 'de-DE')).toBe('JETZT GRATIS');
    expect(spokenForm('OFERTA AHORA', 'es-ES')).toBe('OFERTA AHORA');
  });
});
