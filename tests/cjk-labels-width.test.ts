/**
 * Japanese labels typed in full-width capitals (`ＮＡ：`, as Japanese input methods type Latin letters)
 * or half-width katakana (`ﾅﾚｰｼｮﾝ`), compared to a config's label in a width-folded form (text/width.ts:
 * what NFKC does to those two blocks), the text shown as written; and a direction in brackets before a
 * Japanese name (`【小声で】太郎「…」`, `（笑いながら）花子「…」`): the line is the name's, the direction
 * stays with it and is not spoken (text/directions.ts: a rule holds for its pair's full-width form, the
 * square brackets' for the lenticular ones). Fixtures: tests/fixtures/cjk-labels/ja-fullwidth-labels.docx
 * and ja-direction-names.docx (scripts/build-cjk-label-fixtures.py). Counts made by hand: each kanji and
 * kana one word, punctuation none.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { castScript } from '../src/attribute/cast-script.js';
import { labelVoiceMap, type SpeakerLabels } from '../src/attribute/speaker-labels.js';
import { directionSegments, spokenText } from '../src/text/directions.js';
import { foldWidth, foldWidthMapped, originalLength } from '../src/text/width.js';
import { ROOT, runCli } from './helpers/cli.js';
import { blackScript, labelsOf } from './helpers/black-script.js';
import { regexWork } from './helpers/work.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'cjk-labels');

const mapOf = (...names: string[]) => labelVoiceMap({ labels: names.map((label) => ({ label, paragraphs: 0, words: 0, direction: false, looks: [] })), labelled: 0, body: 0, layout: 'inline', said: [] } as SpeakerLabels, []);
const linesOf = (s: ReturnType<typeof blackScript>, ...names: string[]) => castScript(s, mapOf(...names)).lines.map((l) => [l.voice, l.text, l.words, l.spokenWords]);

describe('width folding (text/width.ts)', () => {
  it('full-width ASCII to ASCII, half-width katakana to katakana (a sound mark joined), nothing else', () => {
    expect(foldWidth('ＮＡ：（笑）')).toBe('NA:(笑)');
    expect(foldWidth('ﾅﾚｰｼｮﾝ ｶﾞｲﾄﾞ ﾊﾟﾝ')).toBe('ナレーション ガイド パン');
    expect(foldWidth('①ﬁ「旁白」')).toBe('①ﬁ「旁白」');
  });

  it('maps a prefix of the folded text back to the text', () => {
    const mapped = foldWidthMapped('ｶﾞｲﾄﾞ：こちらへ。');
    expect(mapped.text).toBe('ガイド:こちらへ。');
    // "ガイド:" is 4 characters folded, 6 written (ｶﾞ and ﾄﾞ are two each).
    expect(originalLength(mapped, 4)).toBe(6);
    expect(originalLength(foldWidthMapped('NA：朝'), 3)).toBe(3);
  });
});

describe('hostile text', () => {
  // No clock: each test counts work that does not depend on the machine (characters normalised,
  // pattern runs). The test's 60 s timeout is the hang guard for what no count sees, a pattern
  // backtracking over a run: quadratically over lines of 400,000 to 600,000 characters that is
  // 10^11 steps or more, some minutes for the engine (40,000 characters of "Ｎ" searched with a pattern
  // backtracking quadratically took 1.4 s here; 600,000 would be 15² times that, ~5 min).
  it('folds long runs of sound marks and full-width letters in linear time: normalised a character or two at a time', () => {
    const normalize = String.prototype.normalize;
    let normalised = 0;
    String.prototype.normalize = function (this: string, form?: string) {
      normalised += this.length;
      return normalize.call(this, form);
    };
    let folded: string;
    try {
      folded = foldWidth('ｶﾞ'.repeat(200_000));
    } finally {
      String.prototype.normalize = normalize;
    }
    expect(folded).toBe('ガ'.repeat(200_000));
    // At most each ｶ, each ﾞ (2 × 200,000) and each ガ formed (2 characters each): 800,000 characters
    // in all; the folded text normalised anew at each sound mark would be 2·10^10.
    expect(normalised).toBeLessThanOrEqual(800_000);
  }, 60_000);

  it('reads long runs of brackets and full-width letters before a label in linear time: eight times the text, eight times the pattern runs', () => {
    const hostile = (k: number) => blackScript('（小声で）'.repeat(12_500 * k) + 'NA', '【】'.repeat(25_000 * k) + '太郎', 'Ｎ'.repeat(75_000 * k) + '：朝。', '(a)'.repeat(25_000 * k) + '花子「はい」');
    const small = regexWork(() => linesOf(hostile(1), 'NA', '太郎', '花子'));
    const large = regexWork(() => linesOf(hostile(8), 'NA', '太郎', '花子'));
    expect(small.result.map((l) => l[0])).toEqual([null, null, null, '花子']);
    expect(large.result.map((l) => l[0])).toEqual([null, null, null, '花子']);
    // Linear: eight times the text, eight times the pattern runs (a pattern tried again at every
    // offset of a line, or a line read again at each character, would be 64 times).
    expect(large.calls / small.calls).toBeGreaterThan(7);
    expect(large.calls / small.calls).toBeLessThan(9);
  }, 60_000);
});

describe('full-width and half-width labels', () => {
  it('ＮＡ： and NA： are one speaker, ＳＥ： a direction', () => {
    const s = blackScript('ＳＥ：シャッターの開く音', 'ＮＡ：商店街の一日が始まる。', '店主「いらっしゃいませ！」', 'NA：この店は創業五十年になる。', '客「コロッケを二つください。」', '店主「はい、揚げたてですよ。」', 'ＮＡ：昔から変わらない味だ。', '客「また来ます。」');
    expect(labelsOf(s)).toEqual([
      ['ＮＡ', 3, 32, false],
      ['店主', 2, 17, false],
      ['客', 2, 16, false],
      ['ＳＥ', 1, 9, true],
    ]);
  });

  it('half-width katakana: ﾅﾚｰｼｮﾝ and ナレーション are one speaker', () => {
    expect(labelsOf(blackScript('ナレーション：朝だ。', 'ﾅﾚｰｼｮﾝ：昼だ。', '太郎「はい。」', 'ナレーション：夜だ。', '太郎「おやすみ。」'))).toEqual([
      ['ナレーション', 3, 6, false],
      ['太郎', 2, 6, false],
    ]);
  });

  it("a config's label matches the script's in either width; the text shown is the script's", () => {
    const s = blackScript('ＮＡ：東京の朝。', 'NA：駅。', 'ﾅﾚｰｼｮﾝ：朝だ。', 'ナレーション：夜だ。', 'ｶﾞｲﾄﾞ：こちらへ。');
    expect(linesOf(s, 'NA', 'ナレーション', 'ガイド')).toEqual([
      ['NA', '東京の朝。', 4, 4],
      ['NA', '駅。', 1, 1],
      ['ナレーション', '朝だ。', 2, 2],
      ['ナレーション', '夜だ。', 2, 2],
      ['ガイド', 'こちらへ。', 4, 4],
    ]);
    expect(linesOf(s, 'ＮＡ', 'ﾅﾚｰｼｮﾝ')).toEqual([
      ['ＮＡ', '東京の朝。', 4, 4],
      ['ＮＡ', '駅。', 1, 1],
      ['ﾅﾚｰｼｮﾝ', '朝だ。', 2, 2],
      ['ﾅﾚｰｼｮﾝ', '夜だ。', 2, 2],
      [null, 'ｶﾞｲﾄﾞ：こちらへ。', 9, 9],
    ]);
  });
});

describe('a direction in brackets before a Japanese name', () => {
  const script = () => blackScript('NA：放課後の図書室は静かだった。', '【小声で】太郎「誰かいるのかな。」', '花子「ここにいるよ。」', '（笑いながら）花子「驚いた？」', '太郎「びっくりした！」', 'NA：二人は顔を見合わせた。');

  it('is no label: the line is the name\'s', () => {
    expect(labelsOf(script())).toEqual([
      ['NA', 2, 23, false],
      ['太郎', 2, 13, false],
      ['花子', 2, 9, false],
    ]);
  });

  it('stays with the line, before it, and is not spoken', () => {
    expect(linesOf(blackScript('【小声で】太郎「誰かいるのかな。」', '（笑いながら）花子「驚いた？」', '(小声で) 太郎「はい」', '（小声で）（急いで）012太郎「行こう」'), '太郎', '花子')).toEqual([
      ['太郎', '【小声で】「誰かいるのかな。」', 10, 7],
      ['花子', '（笑いながら）「驚いた？」', 8, 3],
      ['太郎', '(小声で) 「はい」', 5, 2],
      ['太郎', '（小声で）（急いで）「行こう」', 9, 3],
    ]);
  });

  it('the direction rules hold for full-width parentheses and lenticular brackets', () => {
    expect(spokenText('（小声で）おはよう')).toBe('おはよう');
    expect(spokenText('おはよう（小声で）')).toBe('おはよう（小声で）');
    expect(spokenText('夜深了【音效：雷声】，他醒了。')).toBe('夜深了 ，他醒了。');
    expect(spokenText('［間］はい')).toBe(' はい');
    expect(spokenText('（小声で）おはよう', { '()': 'off' })).toBe('（小声で）おはよう');
    expect(directionSegments('【小声で】「誰？」')).toEqual([
      { text: '【小声で】', direction: true },
      { text: '「誰？」', direction: false },
    ]);
  });
});

describe('Japanese scripts with full-width labels and directions before names (built CLI)', () => {
  const folder = (file: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-ja-width-'));
    copyFileSync(join(FIXTURES, file), join(dir, file));
    return dir;
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const voices = (dir: string, file: string): any[] => {
    const result = runCli(['lines', file, '--json'], dir);
    expect(result.stderr).toBe('');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return JSON.parse(result.stdout).voices.map((v: any) => [v.name, v.words, v.spokenWords, v.lines.map((l: any) => [l.text, l.words])]);
  };

  it('ja-fullwidth-labels.docx: init proposes ＮＡ, 店主 and 客, ＳＥ left out as a direction; its PDF reads the same', () => {
    const dir = folder('ja-fullwidth-labels.docx');
    expect(runCli(['init', 'ja-fullwidth-labels.docx'], dir).stdout.split('\n')[0]).toBe(
      'Wrote vo-lines.config.yaml (3 voices, one per speaker label: ＮＡ, 店主 and 客; ＳＥ left out as a direction; text without a label taken as not recorded).',
    );
    const expected = [
      ['ＮＡ', 32, 32, [['商店街の一日が始まる。', 10], ['この店は創業五十年になる。', 12], ['昔から変わらない味だ。', 10]]],
      ['店主', 17, 17, [['「いらっしゃいませ！」', 8], ['「はい、揚げたてですよ。」', 9]]],
      ['客', 16, 16, [['「コロッケを二つください。」', 11], ['「また来ます。」', 5]]],
    ];
    expect(voices(dir, 'ja-fullwidth-labels.docx')).toEqual(expected);
    // LibreOffice's PDF of it (WenQuanYi Micro Hei), read with the config init wrote from the DOCX.
    copyFileSync(join(FIXTURES, 'ja-fullwidth-labels.pdf'), join(dir, 'ja-fullwidth-labels.pdf'));
    expect(voices(dir, 'ja-fullwidth-labels.pdf')).toEqual(expected);
  });

  it('ja-fullwidth-labels.docx: a config written by hand with `label: NA` reads the ＮＡ： lines', () => {
    const dir = folder('ja-fullwidth-labels.docx');
    writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  ナレーター: { label: NA }\n  店主: { label: 店主 }\n');
    const report = JSON.parse(runCli(['summary', 'ja-fullwidth-labels.docx', '--json'], dir).stdout);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(report.voices.map((v: any) => [v.name, v.lineCount, v.words])).toEqual([
      ['ナレーター', 3, 32],
      ['店主', 2, 17],
    ]);
  });

  it('ja-direction-names.docx: init proposes NA, 太郎 and 花子; the directions are shown and not spoken; its PDF reads the same', () => {
    const dir = folder('ja-direction-names.docx');
    expect(runCli(['init', 'ja-direction-names.docx'], dir).stdout.split('\n')[0]).toBe(
      'Wrote vo-lines.config.yaml (3 voices, one per speaker label: NA, 太郎 and 花子; text without a label taken as not recorded).',
    );
    const expected = [
      ['NA', 23, 23, [['放課後の図書室は静かだった。', 13], ['二人は顔を見合わせた。', 10]]],
      ['太郎', 16, 13, [['【小声で】「誰かいるのかな。」', 10], ['「びっくりした！」', 6]]],
      ['花子', 14, 9, [['「ここにいるよ。」', 6], ['（笑いながら）「驚いた？」', 8]]],
    ];
    expect(voices(dir, 'ja-direction-names.docx')).toEqual(expected);
    copyFileSync(join(FIXTURES, 'ja-direction-names.pdf'), join(dir, 'ja-direction-names.pdf'));
    expect(voices(dir, 'ja-direction-names.pdf')).toEqual(expected);
  });
});

describe('a label out of place, typed in full width', () => {
  it('ＮＡ： at the end of a line is the label NA out of place, as NA： is', () => {
    for (const typed of ['ＮＡ：', 'NA：']) {
      const script = blackScript('NA：Welcome to the harbour.', `The boats come home early this morning ${typed}`, 'NA：Nobody waits on the quay.');
      const warnings = castScript(script, mapOf('NA')).warnings.filter((w) => w.code === 'label-out-of-place');
      expect(warnings.map((w) => w.details)).toEqual([{ label: 'NA', voice: 'NA', lines: 1, firstLines: [`The boats come home early this morning ${typed}`] }]);
    }
  });
});
