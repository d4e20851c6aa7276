/**
 * East Asian autospace in PDFs (src/readers/pdf/autospace.ts): LibreOffice, Word and Chromium set a
 * Latin word or figure a little apart from kana and Han ("受付で2024年"), and draw no space there.
 * The PDF must read as the author typed it, as its DOCX does: no space where none was typed, every
 * typed space kept (LibreOffice and Chromium draw them as space glyphs, TeX as the pen moved alone).
 * Fixtures: tests/fixtures/cjk/{ja,zh}-autospace.*, ja-autospace-chromium.*, ja-spaces-xelatex.*,
 * built by scripts/build-cjk-spacing-fixtures.py.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { Hyphenation } from '../src/readers/pdf/hyphenation.js';
import { buildLines } from '../src/readers/pdf/lines.js';
import { paragraphRuns } from '../src/readers/pdf/paragraphs.js';
import type { Glyph } from '../src/readers/pdf/types.js';
import { ROOT } from './helpers/cli.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'cjk');

/** Each voice's lines as [text, words], in the voice's order. */
const linesOf = async (name: string) => {
  const { report } = await analyse(join(FIXTURES, name), { noConfig: true });
  return Object.fromEntries(report.voices.map((v) => [v.name, v.lines.map((l) => [l.text, l.words])]));
};

// What the author typed (the DOCX's text), each line's words counted as Word counts Japanese and
// Chinese: one a kana or Han letter, one a Latin word or figure.
const JA = {
  '#C00000 red': [
    ['受付で2024年のカードをお渡しします。', 16],
    ['新しい iPhone 16 を使って、Zoom で会議に参加します。', 19],
    ['明日は10時からOKです。', 10],
    ['そうですね、OK。それでは BGM を流します。', 16],
    ['注：詳細はwebサイトで確認してください。', 17],
  ],
  '#0070C0 blue': [
    ['ありがとうございます。Wi-Fiのパスワードを教えてください。', 25],
    ['メールはsupport@example.jpまで、電話は03-1234-5678です。', 13],
    ['CDを50%オフで買いました。', 11],
    ['音声はMP3形式で、長さは30秒です。', 14],
  ],
};

const ZH = {
  '#C00000 red': [
    ['欢迎使用 iPhone 的语音助手。', 10],
    ['请在3点前打开Microsoft Teams，然后点击“加入会议”。', 17],
    ['价格是99元，比iPad便宜。', 9],
    // Bold (stroked) Han, the figure and its typed spaces in regular type: LibreOffice draws the
    // space after "在" in a text operator of its own (operators.ts, spaceFollows).
    ['我们在 2024 年发布了新版本。', 11],
  ],
  '#0070C0 blue': [
    ['我们在2024年发布了iPhone应用。', 11],
    ['这个 App 支持 5G 网络。', 8],
    ['第2集的录音用了45分钟。', 11],
  ],
};

describe('East Asian autospace in PDFs: the text as typed', () => {
  it('the DOCXs hold the text as typed', async () => {
    expect(await linesOf('ja-autospace.docx')).toEqual(JA);
    expect(await linesOf('zh-autospace.docx')).toEqual(ZH);
  });

  it('LibreOffice (autospace a fifth of an em, no glyph; typed spaces drawn): the PDF reads as its DOCX, at 8, 11 and 14 pt', async () => {
    expect(await linesOf('ja-autospace.pdf')).toEqual(JA);
    expect(await linesOf('zh-autospace.pdf')).toEqual(ZH);
  });

  it('Chromium (text-autospace: normal, an eighth of an em; and no-autospace): every page reads as the DOCX, Latin in the kana font or in its own', async () => {
    // Three pages, the same lines on each: the voices' lines three times over.
    const thrice = Object.fromEntries(Object.entries(JA).map(([voice, lines]) => [voice, [...lines, ...lines, ...lines]]));
    expect(await linesOf('ja-autospace-chromium.pdf')).toEqual(thrice);
  });

  it('XeLaTeX (no space glyph drawn, typed spaces a quarter em of glue, no autospace): the typed spaces stay', async () => {
    expect(await linesOf('ja-spaces-xelatex.pdf')).toEqual(JA);
  });

  it('autospace as a number inside one text operator (synthetic, ja-autospace-tj.pdf): a fifth of an em on a page with no space glyph, a quarter em on a page that draws its spaces, are no space; a gap of the font\'s space on a page with none is a typed space', async () => {
    expect(await linesOf('ja-autospace-tj.pdf')).toEqual({
      '#C00000 red': [['受付で2024年のカードをお渡しします。', 16], ['ありがとうございます。Wi-Fiのパスワードです。', 19]],
      '#0070C0 blue': [['新しい iPhone 16 を使います。', 10], ['それでは BGM を流します。', 10]],
    });
  });
});

/** A piece of text on one baseline, 10 pt type, its advance 10 pt a kana or Han letter and 6 pt anything else. */
function piece(text: string, x0: number, extra: Partial<Glyph> = {}): Glyph {
  let width = 0;
  for (const c of text) width += /[\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]/u.test(c) ? 10 : 6;
  return { text, x0, x1: x0 + width, end: x0 + width, baseline: 100, size: 10, color: '#000000', background: null, spaceBefore: false, firstWordEnd: undefined, seq: 0, turn: 0, ...extra };
}

/** Pieces laid left to right, `gaps[i]` (× the 10 pt type) before piece i + 1. */
function row(texts: string[], gaps: number[], extra: Partial<Glyph>[] = []): Glyph[] {
  const out: Glyph[] = [];
  let x = 50;
  texts.forEach((text, i) => {
    const g = piece(text, x, { ...extra[i], seq: i });
    out.push(g);
    x = g.end + (gaps[i] ?? 0) * 10;
  });
  return out;
}

/** A line elsewhere on the page whose producer draws a space glyph ("Scene 2"). */
const drawnSpaceLine = (): Glyph[] => [piece('Scene', 50, { baseline: 50, seq: 10 }), piece('2', 83, { baseline: 50, seq: 11, spaceBefore: true })];

const texts = (glyphs: Glyph[]) => buildLines(glyphs).map((l) => l.text);

describe('the autospace rule in the line builder', () => {
  it('a page that draws its spaces: a gap of Word\'s quarter em with no glyph between kana and Latin is no space; one wider than any autospace is', () => {
    expect(texts([...drawnSpaceLine(), ...row(['受付で', '2024', '年です。'], [0.25, 0.25])])).toEqual(['Scene 2', '受付で2024年です。']);
    expect(texts([...drawnSpaceLine(), ...row(['受付で', '2024', '年です。'], [0.35, 0.35])])).toEqual(['Scene 2', '受付で 2024 年です。']);
  });

  it('a page with no space glyph: LibreOffice\'s fifth of an em and Chromium\'s eighth are no space; a quarter em may be a typed space drawn as a gap (TeX), and stays one', () => {
    expect(texts(row(['受付で', '2024', '年'], [0.2, 0.215]))).toEqual(['受付で2024年']);
    expect(texts(row(['受付で', '2024', '年'], [0.125, 0.125]))).toEqual(['受付で2024年']);
    expect(texts(row(['受付で', '2024', '年'], [0.25, 0.25]))).toEqual(['受付で 2024 年']);
  });

  it('a space glyph drawn before the gap, at the end of the text before it or at the start of the text after it, is a typed space however narrow the gap', () => {
    expect(texts(row(['欢迎使用', 'iPhone', '的'], [0.2, 0.2], [{ spaceAfter: true }, {}, { spaceBefore: true }]))).toEqual(['欢迎使用 iPhone 的']);
  });

  it('nothing changes where no East Asian letter meets a Latin letter or figure: Latin text, East Asian punctuation, Hangul (Korean is written with spaces)', () => {
    expect(texts([...drawnSpaceLine(), ...row(['Hello', 'world'], [0.2])])).toEqual(['Scene 2', 'Hello world']);
    expect(texts([...drawnSpaceLine(), ...row(['ます。', 'Wi-Fi'], [0.2])])).toEqual(['Scene 2', 'ます。 Wi-Fi']);
    expect(texts([...drawnSpaceLine(), ...row(['2026', '년'], [0.25])])).toEqual(['Scene 2', '2026 년']);
    expect(texts([...drawnSpaceLine(), ...row(['東京', '大阪'], [0.2])])).toEqual(['Scene 2', '東京 大阪']);
  });

  it('a Han letter outside the Basic Multilingual Plane (a surrogate pair) ending a piece is a Han letter', () => {
    // U+20B9F 𠮟 (a Han letter outside the BMP) before a figure.
    expect(texts(row(['𠮟る', '3', '回'], [0.2, 0.2]))).toEqual(['𠮟る3回']);
  });
});

describe('a Chinese or Japanese paragraph wrapped over lines (scripts/build-cjk-spacing-fixtures.py)', () => {
  it.each(['ja-wrapped', 'zh-wrapped', 'ja-justified'])('%s.pdf: its lines join with no space between kana, Han and their punctuation, as the DOCX reads', async (name) => {
    const pdf = await linesOf(`${name}.pdf`);
    expect(pdf).toEqual(await linesOf(`${name}.docx`));
    expect(Object.values(pdf).flat().map(([text]) => text).join('')).not.toContain(' ');
  });

  it('Korean, Latin text, and Latin beside kana keep a space where the line breaks; kana and Han punctuation join', () => {
    const joined = (...texts: string[]) => {
      const lines = texts.map((text, i) => ({ runs: [{ text, color: '#000000' as const, background: null }], text, x0: 72, x1: 300, baseline: 100 + 14 * i, size: 10, firstWordWidth: 20 }));
      return paragraphRuns(lines, new Hyphenation([lines])).map((r) => r.text).join('');
    };
    expect(joined('서울의', '아침입니다.')).toBe('서울의 아침입니다.');
    expect(joined('Welcome to the', 'museum.')).toBe('Welcome to the museum.');
    expect(joined('スマートフォンで', 'Wi-Fiに接続し')).toBe('スマートフォンで Wi-Fiに接続し');
    expect(joined('展示の解説を聞くための番号が書かれています。', '「お手持ちの」')).toBe('展示の解説を聞くための番号が書かれています。「お手持ちの」');
    expect(joined('日常', '用品、', '地图')).toBe('日常用品、地图');
  });
});
