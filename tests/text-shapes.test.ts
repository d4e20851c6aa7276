/**
 * Shapes of text that more than one layer tells: an address (text/addresses.ts: the casting's links,
 * the spoken-form counting, the PDF reader's wrapped lines) and a speaker's label opening a line
 * (text/speaker-label.ts: the casting's line breaks, the PDF reader's paragraphs).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { Hyphenation } from '../src/readers/pdf/hyphenation.js';
import { paragraphRuns } from '../src/readers/pdf/paragraphs.js';
import type { Line } from '../src/readers/pdf/types.js';
import { addressParts, isAddress } from '../src/text/addresses.js';
import { openingLabel } from '../src/text/speaker-label.js';
import { regexWork } from './helpers/work.js';

const fixtures = fileURLToPath(new URL('./fixtures/text-shapes/', import.meta.url));

/** A report's lines as a reader checks them: whose, the text, its words and spoken words. */
async function linesOf(file: string) {
  const { report } = (await analyse(join(fixtures, file), { noConfig: true }))!;
  return [
    ...report.voices.flatMap((v) => v.lines.map((l) => [l.text, l.words, l.spokenWords])),
    ...report.unassigned.lines.map((l) => [l.text, l.words, l.spokenWords]),
  ];
}

describe('one address test (text/addresses.ts)', () => {
  // [text, an address?, why]
  const table: [string, boolean, string][] = [
    ['www.example.com', true, 'www.'],
    ['WWW.EXAMPLE.COM', true, 'www. in capitals'],
    ['www2.example.store', true, 'www. takes any ending'],
    ['www.example', false, 'www. and no ending'],
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
  it('hostile text is looked at in bounded time: no pattern runs on more than an address’s length', () => {
    // No clock. 100,002 characters: no pattern is run on them (one that backtracks quadratically
    // there would take some 10^10 steps); 501 and 502, within an address's length: the patterns run,
    // on no more than that, and one that backtracked exponentially would not end within the test's
    // 60 s timeout, the hang guard.
    const long = regexWork(() => isAddress(`a@${'b.'.repeat(50_000)}`));
    expect(long.result).toBe(false);
    expect(long.longest).toBeLessThanOrEqual(544);
    for (const text of [`${'b.'.repeat(250)}1`, `${'b-'.repeat(250)}.1`]) {
      const near = regexWork(() => addressParts(text));
      expect(near.result).toBe(null);
      expect(near.longest).toBeLessThanOrEqual(512);
    }
  }, 60_000);
});

describe('one speaker-label shape (text/speaker-label.ts)', () => {
  // [a line's opening, the label's key and form, or null]
  const table: [string, [string, string] | null][] = [
    ['MARIE : Bonjour à tous.', ['MARIE', 'capitals']],
    ['MARIE (off) : On y va.', ['MARIE', 'capitals']],
    ['NARRATOR:Welcome.', ['NARRATOR', 'capitals']],
    ['NARRATOR\tWelcome to the course.', ['NARRATOR', 'capitals']],
    ['VO 1: Hello.', ['VO 1', 'capitals']],
    ['Sarah: I used to think so.', ['SARAH', 'name']],
    ['Dr Martin : Respirez.', ['DR MARTIN', 'name']],
    ['Q: What now?', ['Q', 'capitals']],
    ['旁白：今天天气很好。', ['旁白', 'cjk']],
    ['【旁白】夜深了。', ['旁白', 'cjk']],
    ['太郎「おはよう」', ['太郎', 'cjk']],
    ['해설자 / 새벽입니다.', ['해설자', 'hangul']],
    ['ＮＡ：朝だ。', ['NA', 'capitals']],
    // Header fields, never a speaker.
    ['DURÉE : 30 secondes, une voix off.', null],
    ['Durée : 30 s', null],
    ['TITLE: Spring sale', null],
    ['Version: 2, approved 14 March', null],
    ['时长：30秒', null],
    // No name.
    ['10:30 : rendez-vous au studio.', null],
    ['Remember that you must: lift with care.', null],
    ['老师说：同学们好。', null],
    ['and then: nothing.', null],
    ['NARRATOR', null],
  ];
  it.each(table)('%s → %j', (text, expected) => {
    const found = openingLabel(text);
    expect(found && [found.key, found.form]).toEqual(expected);
  });
});

describe('a PDF reads a line opening with a label or a field as its DOCX does', () => {
  it('field-wrap-fr: a header field (DURÉE :) opening a wrapped line goes on with the paragraph', async () => {
    const [docx, pdf] = await Promise.all([linesOf('field-wrap-fr.docx'), linesOf('field-wrap-fr.pdf')]);
    expect(pdf).toEqual(docx);
    expect(pdf[1]).toEqual(['Spot radio pour la Boulangerie Martin, enregistré au studio Lumière à Lyon. DURÉE : 30 secondes, une voix off et deux comédiens.', 21, 21]);
  });
  it('label-wrap-zh: a Chinese label after a sentence’s end opens a paragraph, even where the line before fills the measure', async () => {
    const [docx, pdf] = await Promise.all([linesOf('label-wrap-zh.docx'), linesOf('label-wrap-zh.pdf')]);
    expect(pdf).toEqual(docx);
    expect(pdf.map((l) => (l[0] as string).slice(0, 3))).toEqual(['旁白：', '小明：', '旁白：', '小明：', '旁白：', '小明：']);
  });
});

describe('a web address wrapped over two PDF lines is one word', () => {
  it('address-wrap-en (LibreOffice): the same lines, words and spoken words as the DOCX', async () => {
    const [docx, pdf] = await Promise.all([linesOf('address-wrap-en.docx'), linesOf('address-wrap-en.pdf')]);
    expect(pdf).toEqual(docx);
    expect(pdf.map((l) => l[0])).toEqual([
      'Welcome to the first-aid course. Everything you need is online.',
      'The forms are at www.example.com/training/in/the/field/checklist/safety and more.',
      'Write to firstname.lastname@very-long-company-name.example.com for any question.',
      'Sign up at https://learn.example.org/courses/first-aid?session=spring&lang=en#dates now.',
      'All the dates are listed on www.example.com. Then call us.',
      'Download it from www.example.com/a/b/c/d/e/f today.',
      'Mail jean.dupont.martin@exemple.fr now.',
    ]);
  });
  it('address-wrap-chromium: breaks at an address’s marks are joined, a break between two letters is not', async () => {
    expect((await linesOf('address-wrap-chromium.pdf')).map((l) => [l[0], l[1]])).toEqual([
      ['The forms are at www.example.com/training/in/the-field/checkli st and the rest is here.', 11],
      ['Sign up at https://learn.exampl e.org/courses/first-aid?session=spring&lang=en#dates now.', 6],
      ['Write to firstname.lastname@very-long-company-name.example.com for any question.', 6],
      ['Our full list of training sessions is on www.example.com. Then call us.', 12],
    ]);
  });
});

describe('the PDF paragraph join at a line ending inside an address (paragraphRuns)', () => {
  const line = (text: string): Line => ({ runs: [{ text, color: '#000000', background: null }], text, x0: 0, x1: 100, baseline: 0, size: 10, firstWordWidth: 10 });
  const joined = (...texts: string[]) => {
    const lines = texts.map(line);
    return paragraphRuns(lines, new Hyphenation([lines])).map((r) => r.text).join('');
  };
  it.each([
    [['Go to www.example.com/training/in/', 'the-field/checklist today.'], 'Go to www.example.com/training/in/the-field/checklist today.'],
    [['Go to www.example.com/training', '/checklist today.'], 'Go to www.example.com/training/checklist today.'],
    [['Go to www.example.', 'com/training today.'], 'Go to www.example.com/training today.'],
    [['Sign up at https://a.example.org/x?', 'session=spring now.'], 'Sign up at https://a.example.org/x?session=spring now.'],
    [['Mail jean.dupont', '@exemple.fr now.'], 'Mail jean.dupont@exemple.fr now.'],
    [['Visit www.', 'example.com now.'], 'Visit www.example.com now.'],
    // An address longer than a line: its middle line one piece.
    [['See https://learn.example.org/', 'courses/first-aid/', 'spring-2025/dates now.'], 'See https://learn.example.org/courses/first-aid/spring-2025/dates now.'],
    // Hyphens stay hyphenation.ts's: a compound's hyphen kept, no space.
    [['Write to jean-', 'pierre.dupont@exemple.fr now.'], 'Write to jean-pierre.dupont@exemple.fr now.'],
  ])('%j → one word', (texts, expected) => {
    expect(joined(...texts)).toBe(expected);
  });
  it.each([
    // A sentence ending on an address, then a capital.
    [['All the dates are listed on www.example.com.', 'Then call us.'], 'All the dates are listed on www.example.com. Then call us.'],
    [['Did you see www.example.com?', 'Then call us.'], 'Did you see www.example.com? Then call us.'],
    // An address of its own after the break.
    [['See e.g.', 'example.com for more.'], 'See e.g. example.com for more.'],
    // A word with no address mark after an address ending in a slash: nothing tells a wrap inside it.
    [['Go to www.example.com/', 'and more.'], 'Go to www.example.com/ and more.'],
    [['This and/', 'or that.'], 'This and/ or that.'],
    // Between two letters: no mark at the break.
    [['Go to www.example.com/checkli', 'st today.'], 'Go to www.example.com/checkli st today.'],
    [['It costs 2.', '5 euros.'], 'It costs 2. 5 euros.'],
  ])('%j → kept apart', (texts, expected) => {
    expect(joined(...texts)).toBe(expected);
  });
});
