/**
 * Right-to-left scripts in PDFs (scripts/pdf-producers/rtl_scripts.py): LibreOffice exports of
 * python-docx Arabic and Hebrew scripts, Chromium's print of an HTML page dir="rtl", and English
 * lines holding Hebrew. A PDF draws them in visual order: read by x, words came out spelled
 * backwards, a wrapped paragraph's last line "5:30." as ".5:30", harakat and niqqud as words of
 * their own (18 words for 7), Chromium's letters as presentation forms. Each now reads as its DOCX.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScript } from '../src/readers/index.js';
import { logicalOrder } from '../src/readers/pdf/bidi.js';
import { runCli } from './helpers/cli.js';

const DIR = join(__dirname, 'fixtures', 'pdf-rtl');
const texts = async (file: string) => (await readScript(join(DIR, file))).paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
const AR = [
  'الوحدة 3 — السلامة في العمل',
  'مرحباً بكم في الدورة التدريبية. تستغرق 25 دقيقة، و90% من المتعلمين ينهونها قبل الساعة 5:30.',
  'يعمل أكثر من ١٢٠٠ موظف في مواقعنا، و٣٠٪ من الحوادث تقع يوم الاثنين.',
  'اتصلوا على 0501234567 أو راسلونا على info@acme.com قبل 14/07/2024.',
];
const HE = [
  'יחידה 3 — בטיחות בעבודה',
  'המחיר הוא ₪49.90 לאדם, ו־1,200 עובדים כבר נרשמו. התקשרו ל־03-1234567.',
  // Brackets and guillemets: LibreOffice draws them mirrored but maps them to the character typed.
  'פנו אל «המוקד» (בשעות הבוקר) או [בערב].',
];
const noMarks = (s: string) => s.replace(/\p{M}/gu, '');
const marks = (s: string) => [...s.replace(/[^\p{M}]/gu, '')].sort().join('');

function summary(file: string) {
  const r = runCli(['summary', join(DIR, file), '--json']);
  expect(r.code).toBe(0);
  const report = JSON.parse(r.stdout) as { total: { words: number }; voices: { name: string; lineCount: number; words: number }[]; warnings?: { code: string; details?: unknown }[] };
  return { words: report.total.words, voices: report.voices.map((v) => [v.name, v.lineCount, v.words]), warnings: (report.warnings ?? []).map((w) => w.code) };
}

describe('right-to-left PDFs', () => {
  it('LibreOffice Arabic: lines in reading order, harakat on their letters, as the DOCX', async () => {
    const pdf = await texts('lo-ar.pdf');
    const docx = await texts('lo-ar.docx');
    expect(pdf.slice(0, 4)).toEqual(AR);
    expect(docx.slice(0, 4)).toEqual(AR);
    // The vowelled line: every letter and every mark there, one word per word.
    expect(noMarks(pdf[4])).toBe('نص مشكل بالحركات: السلام عليكم ورحمة الله.');
    expect(marks(pdf[4])).toBe(marks(docx[4]));
    expect(pdf[4].split(' ')).toHaveLength(7);
  });

  it('LibreOffice Hebrew: niqqud kept in its words, numbers and shekels the right way round', async () => {
    const pdf = await texts('lo-he.pdf');
    expect([pdf[0], pdf[2], pdf[3]]).toEqual(HE);
    // Word draws one qamats with a glyph its font maps to no letter (said by a warning): the rest as typed.
    expect(noMarks(pdf[1]).replace('\uFFFD', '')).toBe('ברוכים הבאים לקורס. בית־הספר פתוח מ־9:00 עד 17:00, ו־30% מהתלמידים מגיעים בבוקר.');
  });

  it('Chromium Arabic: presentation forms read as plain letters', async () => {
    const pdf = await texts('chromium-ar.pdf');
    expect(pdf.join(' ')).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFC]/u);
    expect(pdf[0]).toBe(AR[0]);
    expect(pdf[3]).toBe(AR[2]);
    // Its shadda maps to no letter (U+FFFD, said by a warning) and stays inside its word.
    expect(noMarks(pdf[6])).toBe('نص\uFFFD مشك\uFFFDل بالحركات: الس\uFFFDلام عليكم ورحمة الله.');
  });

  it('counts as the DOCX does', () => {
    for (const [file, words, voices] of [
      ['lo-ar.pdf', 49, [['A', 2, 24], ['B', 2, 20]]],
      ['lo-ar.docx', 49, [['A', 2, 24], ['B', 2, 20]]],
      ['chromium-ar.pdf', 49, [['A', 4, 24], ['B', 2, 20]]],
      ['lo-he.pdf', 33, [['A', 2, 19], ['B', 1, 10]]],
      ['lo-he.docx', 33, [['A', 2, 19], ['B', 1, 10]]],
    ] as const) {
      const s = summary(file);
      expect([file, s.words, s.voices]).toEqual([file, words, voices]);
      expect(s.warnings).not.toContain('pdf-bidi-order-unsure');
    }
  });

  it('English lines holding Hebrew: the Hebrew read in place; a half-and-half line said to be a guess', async () => {
    expect(await texts('lo-mixed.pdf')).toEqual([
      'The sign at the door says שלום עולם in blue letters.',
      'Press 3 for מחלקת שירות לקוחות and wait.',
      'Hello world, good morning שלום עולם בוקר טוב',
    ]);
    const r = runCli(['summary', join(DIR, 'lo-mixed.pdf'), '--json']);
    const warning = (JSON.parse(r.stdout) as { warnings: { code: string; details: unknown }[] }).warnings.find((w) => w.code === 'pdf-bidi-order-unsure');
    expect(warning?.details).toEqual({ pages: [1], lines: [{ page: 1, text: 'Hello world, good morning שלום עולם בוקר טוב' }] });
  });

  it('visual to logical order', () => {
    const read = (visual: string, rtl?: boolean) => {
      const chars = Array.from(visual);
      const order = logicalOrder(chars, rtl);
      return order ? order.order.map((i) => chars[i]).join('') : visual;
    };
    expect(read('םולש')).toBe('שלום');
    expect(read('Latin only 1:2')).toBe('Latin only 1:2');
    // A number after Hebrew takes its terminator (W5); after Arabic it is an Arabic number, which does not (W2).
    expect(read('םידימלתהמ 30%־ו')).toBe('ו־30% מהתלמידים');
    expect(read('نم %90و')).toBe('و90% من');
    expect(read('₪49.90 אוה')).toBe('הוא ₪49.90');
    expect(read('.5:30', true)).toBe('5:30.');
    // Marks before their letter in the visual string come after it in reading order.
    expect(read('\u05B0\u05D1')).toBe('\u05D1\u05B0');
    expect(read('.]ברעב[ וא )רקובה תועשב(')).toBe('(בשעות הבוקר) או [בערב].');
    // Nothing to read, or no letters: as it is.
    for (const s of ['', '\u064E\u064E', '  ', '123']) expect(read(s)).toBe(s);
  });
});
