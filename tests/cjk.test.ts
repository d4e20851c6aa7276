/**
 * Scripts in Chinese and Japanese (tests/fixtures/cjk, built by scripts/build-cjk-fixtures.py):
 * words counted one per character as Word counts them, the language read from `w:eastAsia` and
 * from the characters, the time at a pace in characters a minute, said in a warning. The counts
 * below were made by hand from the fixture's text (each Han or kana letter one word, each Latin
 * word one, punctuation none), the times as words ÷ pace × 60.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScript, readScriptBytes } from '../src/readers/index.js';
import { writtenLanguage } from '../src/measure/language.js';
import { analyseBytes } from '../src/pipeline.js';
import { countSyllables, countPauses } from '../src/measure/syllables.js';
import { buildDocx, DEFAULT_STYLES, r } from './helpers/docx-builder.js';
import { ROOT, runCli } from './helpers/cli.js';
import { describeShared } from './helpers/shared.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'cjk');
const ZH = join(FIXTURES, 'zh-two-voices.docx');
const JA = join(FIXTURES, 'ja-two-voices.docx');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const summary = (file: string, ...args: string[]): any => {
  const result = runCli(['summary', file, '--json', ...args]);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const perVoice = (report: any) =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  report.voices.map((v: any) => ({ name: v.name, lines: v.lines.map((l: any) => [l.text, l.words, l.seconds]), words: v.words, seconds: v.seconds, wpm: v.wpm }));

const ZH_PACE =
  'Chinese is written without spaces between words: each character is counted as a word (as Word counts it), and the time assumes 240 characters a minute, the pace of ordinary Mandarin speech; the news is read at 250–300. Pass --wpm N for another pace (characters a minute).';

describe('a Chinese script in two colours, Latin brand names inside', () => {
  it('counts each character as a word and times it at 240 characters a minute', () => {
    const report = summary(ZH);
    expect(report.language).toEqual({ tag: 'zh-CN', code: 'zh', name: 'Chinese', source: 'document', spokenForms: false });
    expect(perVoice(report)).toEqual([
      { name: '#C00000 red', lines: [['欢迎使用 iPhone 的语音助手。', 10, 2.5], ['会议将在三点开始。', 8, 2]], words: 18, seconds: 4.5, wpm: 240 },
      // 13 and 7 characters at 240 a minute: 3.25 s and 1.75 s, shown 3.3 s and 1.7 s so that they add up to the voice's 5 s (largest remainder, the first of equals first).
      { name: '#0070C0 blue', lines: [['请打开 Microsoft Teams，然后点击“加入会议”。', 13, 3.3], ['谢谢，我马上加入。', 7, 1.7]], words: 20, seconds: 5, wpm: 240 },
    ]);
    expect([report.total.words, report.total.seconds, report.total.wpm]).toEqual([38, 9.5, 240]);
    expect(report.warnings.filter((w: { code: string }) => w.code === 'character-pace').map((w: { message: string }) => w.message)).toEqual([ZH_PACE]);
    expect(report.warnings.map((w: { code: string }) => w.code)).not.toContain('language-from-text');
  });

  it('its PDF (LibreOffice, WenQuanYi Micro Hei) counts and times the same lines, and so does the Japanese one', () => {
    expect(perVoice(summary(ZH.replace(/\.docx$/, '.pdf')))).toEqual(perVoice(summary(ZH)));
    // LibreOffice sets Latin text and figures a little apart from kana and Han (its Asian typography's
    // autospace), with no space drawn: no space is read there, the text is the DOCX's ("受付で2024年",
    // "Wi-Fiの"; tests/pdf-cjk-spacing.test.ts).
    expect(perVoice(summary(JA.replace(/\.docx$/, '.pdf')))).toEqual(perVoice(summary(JA)));
  });

  it('a pace given is taken as characters a minute, and said so', () => {
    const report = summary(ZH, '--wpm', '200');
    expect([report.total.words, report.total.seconds, report.total.wpm]).toEqual([38, 11.4, 200]);
    expect(report.warnings.find((w: { code: string }) => w.code === 'character-pace').message).toBe(
      'Chinese is written without spaces between words: each character is counted as a word (as Word counts it), and the pace given, 200 a minute, is taken as characters a minute.',
    );
  });

  it('--lang zh gives the same counts', () => {
    const report = summary(ZH, '--lang', 'zh');
    expect([report.language.tag, report.language.source, report.total.words, report.total.seconds]).toEqual(['zh', '--lang', 38, 9.5]);
  });

  it('--lang en keeps the count and the pace of the writing', () => {
    const report = summary(ZH, '--lang', 'en');
    expect([report.language.code, report.total.words, report.total.seconds, report.total.wpm]).toEqual(['en', 38, 9.5, 240]);
    expect(report.warnings.find((w: { code: string }) => w.code === 'character-pace').message).toBe(ZH_PACE);
  });

  it('a document marked Chinese whose text is English is timed in words a minute', async () => {
    const styles = DEFAULT_STYLES.replace('<w:sz w:val="22"/>', '<w:sz w:val="22"/><w:lang w:val="zh-CN" w:eastAsia="zh-CN"/>');
    const body = ['Welcome to this module about safety at work.', 'The fire exits are on the left and on the right of the hall.', 'Please read the notice on the door before you leave the room.']
      .map((t) => `<w:p>${r(t)}</w:p>`)
      .join('');
    const { report } = await analyseBytes(buildDocx({ styles, body }), 'marked-zh.docx');
    expect([report.language.code, report.total.words, report.total.wpm, report.total.seconds]).toEqual(['zh', 34, 150, 13.6]);
    expect(report.warnings.map((w) => w.code)).not.toContain('character-pace');
  });

  it('timed by syllables: one a character, the Latin by its vowels, no pace in characters', () => {
    const report = summary(ZH, '--timing', 'syllables');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(report.voices.map((v: any) => v.lines.map((l: any) => l.syllables))).toEqual([[12, 8], [15, 7]]);
    expect(report.warnings.map((w: { code: string }) => w.code)).not.toContain('character-pace');
    expect(report.timing).toEqual({ method: 'syllables', syllablesPerSecond: 3.57 });
  });

  it('the reader takes w:eastAsia for East Asian characters and w:val for the rest', async () => {
    expect((await readScript(ZH)).language).toBe('zh-CN');
    const styles = DEFAULT_STYLES.replace('<w:sz w:val="22"/>', '<w:sz w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
    const body = (...texts: string[]) => texts.map((t) => `<w:p>${r(t)}</w:p>`).join('');
    // The document default (styles.xml w:rPrDefault): the Han text outweighs the Latin.
    expect((await readScriptBytes(buildDocx({ styles, body: body('会议将在三点开始。', 'OK') }), 'zh.docx')).language).toBe('zh-CN');
    // Latin text outweighs a short Han heading: en-US.
    expect((await readScriptBytes(buildDocx({ styles, body: body('开始', 'Welcome to this module about safety at work.') }), 'en.docx')).language).toBe('en-US');
    // Hangul is East Asian text to Word too (its font and language are w:eastAsia's): a Korean script
    // whose default says en-US for Latin and ko-KR for East Asian text is Korean, said by the document.
    const korean = DEFAULT_STYLES.replace('<w:sz w:val="22"/>', '<w:sz w:val="22"/><w:lang w:val="en-US" w:eastAsia="ko-KR"/>');
    const script = await readScriptBytes(buildDocx({ styles: korean, body: body('안녕하세요. 오늘은 박물관의 특별 전시를 소개합니다.', 'OK') }), 'ko.docx');
    expect(script.language).toBe('ko-KR');
  });
});

describe('a Japanese script marked English (python-docx defaults)', () => {
  it('is read as Japanese from its kana, each kanji and kana a word, 300 characters a minute', () => {
    const report = summary(JA);
    expect(report.language).toEqual({ tag: 'ja', code: 'ja', name: 'Japanese', source: 'guessed', spokenForms: false });
    expect(perVoice(report)).toEqual([
      { name: '#C00000 red', lines: [['こんにちは、東京へようこそ。', 12, 2.4], ['受付で2024年のカードをお渡しします。', 16, 3.2]], words: 28, seconds: 5.6, wpm: 300 },
      { name: '#0070C0 blue', lines: [['ありがとうございます。Wi-Fiのパスワードを教えてください。', 25, 5]], words: 25, seconds: 5, wpm: 300 },
    ]);
    expect([report.total.words, report.total.seconds]).toEqual([53, 10.6]);
    const said = Object.fromEntries(report.warnings.map((w: { code: string; message: string }) => [w.code, w.message]));
    expect(said['language-from-text']).toBe(
      'The document marks its text as English (en-US) but it is written in Japanese: it is read as Japanese. If that is wrong, pass --lang CODE or set "language" in the config.',
    );
    expect(said['character-pace']).toBe(
      'Japanese is written without spaces between words: each kanji and kana is counted as a word (as Word counts it), and the time assumes 300 characters a minute, the pace NHK reads the news at. Pass --wpm N for another pace (characters a minute).',
    );
  });

  it('timed by syllables, says its times come out short', () => {
    const report = summary(JA, '--timing', 'syllables');
    expect(report.warnings.find((w: { code: string }) => w.code === 'japanese-syllables').message).toBe(
      'Timing by syllables counts each kanji as one syllable, though most are read as two or more: Japanese times come out short. Time it by characters instead (--timing words).',
    );
  });
});

describe('the writing of a script', () => {
  it.each([
    [['会议将在三点开始。'], 'zh'],
    [['こんにちは、東京へようこそ。'], 'ja'],
    [['東京都'], 'zh'],
    [['안녕하세요 여러분, 반갑습니다.'], 'ko'],
    [['Welcome to iPhone 语音'], null],
    [['中'], null],
  ])('%j is %s', (texts, code) => {
    expect(writtenLanguage(texts)).toBe(code);
  });

  it('syllables and pauses of Chinese', () => {
    expect(countSyllables('欢迎使用 iPhone 的语音助手。', 'zh')).toBe(12);
    expect(countPauses('谢谢，我马上加入。')).toEqual({ short: 1, long: 1 });
  });
});

describeShared('corpus/public-docx', 'a real Chinese document (docx2python libreoffice_conversion.docx)', (CORPUS) => {
  it('is Chinese, counted by characters: over an hour to read, not 7 minutes', () => {
    const report = summary(join(CORPUS, 'docx2python__libreoffice_conversion.docx'));
    expect([report.language.code, report.language.source, report.total.wpm]).toEqual(['zh', 'document', 240]);
    // The word rule written again here as patterns: each Han/kana/fullwidth letter one, Latin stretches with a letter or digit one.
    const EA = /([\u2E80-\u312F\u3190-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF9F\uFFDD-\uFFEF\u{1B000}-\u{1B16F}\u{20000}-\u{3FFFF}])/u;
    const count = (text: string) => text.split(/\s+/u).flatMap((t) => t.split(EA)).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const lines = [...report.voices, report.unassigned].flatMap((v: any) => v.lines);
    expect(report.total.words).toBe(lines.reduce((sum: number, l: { text: string }) => sum + count(l.text), 0));
    expect(report.total.words).toBeGreaterThan(15_000);
    expect(report.total.seconds).toBeGreaterThan(3600);
    expect(report.warnings.map((w: { code: string }) => w.code)).toContain('character-pace');
  });
});
