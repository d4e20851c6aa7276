/**
 * Shapes of text that more than one layer tells: an address (text/addresses.ts: the casting's links,
 * the spoken-form counting, the PDF reader's wrapped lines) and a speaker's label opening a line
 * (text/speaker-label.ts: the casting's line breaks, the PDF reader's paragraphs).
 */
import { describe, expect, it } from 'vitest';
import { addressParts, isAddress } from '../src/text/addresses.js';

describe('one address test (text/addresses.ts)', () => {
  // [text, an address?, why]
  const table: [string, boolean, string][] = [
    ['www.example.com', true, 'www.'],
    ['WWW.EXAMPLE.COM', true, 'www. in capitals'],
    ['www2.example.store', true, 'www. takes any ending'],
    ['https://acme.com/contact', true, 'scheme'],
    ['sftp://files.acme.example/in', true, 'any scheme, any ending'],
    ['https://www.service-public.fr/particuliers?x=1#top', true, 'query and fragment'],
    ['http://localhost:3000', false, 'no domain'],
    ['info@acme.com', true, 'e-mail'],
    ['jane.doe@example.co.uk', true, 'e-mail'],
    ['mailto:a@b.fr', true, 'mailto:'],
    ['contact@exemple.brussels', true, 'an e-mail takes any ending'],
    ['a@b', false, 'no domain'],
    ['exemple.fr', true, 'a country code'],
    ['who.int/news', true, 'int (links had it, spoken not)'],
    ['defense.mil', true, 'mil (links)'],
    ['ville.paris', true, 'paris (links)'],
    ['tourisme.quebec', true, 'quebec (links)'],
    ['gob.ar', true, 'ar (spoken had it, links not)'],
    ['gob.cl', true, 'cl (spoken)'],
    ['yandex.ru', true, 'ru (links)'],
    ['example.com:8080/admin', true, 'a port'],
    ['acme.store/promo', true, 'a word ending with a path'],
    ['boutique.shop?ref=radio', true, 'a word ending with a query'],
    ['www.acme.store', true, 'a word ending after www.'],
    ['file.store', false, 'a word ending alone (links took it)'],
    ['the.media', false, 'a word ending alone'],
    ['photo.studio', false, 'a word ending alone'],
    ['mon.site', false, 'a word ending alone (both took it)'],
    ['lawyer.pro', false, 'a word ending alone (spoken took it)'],
    ['e.g', false, 'one letter'],
    ['e.g.', false, 'an abbreviation'],
    ['i.e.', false, 'an abbreviation'],
    ['U.S.', false, 'an abbreviation'],
    ['Mr.Smith', false, 'no ending'],
    ['St.Louis', false, 'no ending'],
    ['end.It', false, 'a missing space after a sentence (it is Italy’s)'],
    ['fin.Me', false, 'a missing space after a sentence'],
    ['ACME.FR', true, 'all in capitals'],
    ['Acme.com', true, 'a capital in the name, the ending in lower case'],
    ['file.docx', false, 'a file'],
    ['README.md', false, 'a file'],
    ['script.py', false, 'a file'],
    ['Version 2.0', false, 'a space'],
    ['2.0', false, 'a number'],
    ['www.example.com and more', false, 'words after'],
    ['', false, 'empty'],
    ['(https://a.fr/x?y=1)', true, 'brackets around'],
    ['“www.x.org”,', true, 'quotes and comma around'],
    ['safety@example.com.', true, 'a full stop after'],
  ];
  it.each(table)('%s → %s (%s)', (text, expected) => {
    expect(isAddress(text)).toBe(expected);
  });
  it('cuts an address into what is said of it', () => {
    expect(addressParts('https://www.acme.com:8080/a/b?x=1')).toEqual({ kind: 'web', host: 'www.acme.com', port: '8080', path: '/a/b' });
    expect(addressParts('mailto:jane.doe@example.co.uk')).toEqual({ kind: 'email', local: 'jane.doe', domain: 'example.co.uk' });
    expect(addressParts('file.store')).toBe(null);
  });
  it('hostile text is looked at in bounded time', () => {
    const started = performance.now();
    expect(isAddress(`a@${'b.'.repeat(50_000)}`)).toBe(false);
    expect(addressParts(`${'b.'.repeat(250)}1`)).toBe(null);
    expect(addressParts(`${'b-'.repeat(250)}.1`)).toBe(null);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
