/**
 * Chinese and Japanese scripts coded by speaker labels (tests/fixtures/cjk-labels, built by
 * scripts/build-cjk-label-fixtures.py; DOCX only, no CJK font on the machine that made them):
 * `旁白：…` (full-width colon) and `小明:…` (ASCII colon, no space), `【解说】…` (radio drama), Japanese
 * `太郎「…」` and `NA：…`, names alone on their lines; and a notice whose sentences hold colons
 * (`时间：`, `注意：`, `老师说：`), which has no speakers. Each Han or kana letter is one word; the
 * label is no one's words. The counts were made by hand from the fixtures' text.
 */
import { mkdtempSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { castScript } from '../src/attribute/cast-script.js';
import { findSpeakerLabels, labelVoiceMap, nameLineDoubt, type SpeakerLabels } from '../src/attribute/speaker-labels.js';
import { readScriptBytes } from '../src/readers/index.js';
import { buildDocx, r } from './helpers/docx-builder.js';
import { ROOT, runCli } from './helpers/cli.js';
import { blackScript, labelsOf } from './helpers/black-script.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'cjk-labels');

/** A voice map of these labels, each voice named by its label (as a config `voices: { 旁白: { label: 旁白 } }` is). */
const mapOf = (...names: string[]) => labelVoiceMap({ labels: names.map((label) => ({ label, paragraphs: 0, words: 0, direction: false, looks: [] })), labelled: 0, body: 0, layout: 'inline', said: [] } as SpeakerLabels, []);
const linesOf = (s: ReturnType<typeof blackScript>, ...names: string[]) => castScript(s, mapOf(...names)).lines.map((l) => [l.voice, l.text, l.words]);

describe('findSpeakerLabels: Chinese and Japanese labels', () => {
  it('a full-width colon, an ASCII colon with no space, an aside in full-width brackets; fields and sound effects left out', () => {
    const s = blackScript('时长：30秒', '旁白：欢迎来到智慧城市。', '小明:今天我们去哪里？', '旁白（画外音）：这里的路灯都会思考。', '音效：汽车驶过', '小明：好啊，出发！', '小红：等等我！');
    expect(labelsOf(s)).toEqual([
      ['旁白', 2, 17, false],
      ['小明', 2, 11, false],
      ['小红', 1, 3, false],
      ['音效', 1, 4, true],
    ]);
    expect(findSpeakerLabels(s)).toMatchObject({ labelled: 6, body: 7, layout: 'inline' });
  });

  it('labels in brackets, no colon (【】, ［］, 〔〕, [], a colon after them or not); a direction in parentheses is no speaker among them', () => {
    const s = blackScript('【解说】夜深了。', '［阿炳］这琴声，就是我的心声。', '（笑）好啊。', '〔秀金〕你又在拉琴了。', '[阿炳]：明天再拉。', '【秀金】好。', '【解说】琴声凄切。', '（笑）真的吗？');
    expect(labelsOf(s)).toEqual([
      ['解说', 2, 7, false],
      ['阿炳', 2, 13, false],
      ['秀金', 2, 7, false],
    ]);
  });

  it('labels in parentheses when the script writes its speakers so: （旁白）…', () => {
    expect(labelsOf(blackScript('（旁白）欢迎收听。', '（女声）今天天气很好。', '（旁白）我们出发吧。', '（女声）好的。'))).toEqual([
      ['旁白', 2, 9, false],
      ['女声', 2, 8, false],
    ]);
  });

  it('Japanese: the name before the line in corner brackets (a line number before it or not), NA： in Latin capitals among them, SE： a direction', () => {
    const s = blackScript('SE：ドアの音', 'NA：朝が来た。', '001太郎「おはよう。」', '002花子『おはよう、太郎くん。』', 'NA：駅は人でいっぱいだ。', '003太郎「急ごう！」', '004花子「うん！」');
    expect(labelsOf(s)).toEqual([
      ['NA', 2, 13, false],
      ['太郎', 2, 7, false],
      ['花子', 2, 10, false],
      ['SE', 1, 4, true],
    ]);
  });

  it('Latin capitals alone (A：, B：) in a Chinese script', () => {
    expect(labelsOf(blackScript('A：你好。', 'B：你好，请坐。', 'A：谢谢。', 'B：不客气。'))).toEqual([
      ['A', 2, 4, false],
      ['B', 2, 7, false],
    ]);
  });

  it('names alone on their lines above their text, one with a colon', () => {
    const s = blackScript('旁白', '长江发源于青藏高原。', '老渔民', '我在江上打了四十年的鱼。', '旁白：', '江水一路向东。', '老渔民', '鱼比以前少多了。');
    expect(labelsOf(s)).toEqual([
      ['旁白', 2, 15, false],
      ['老渔民', 2, 18, false],
    ]);
    expect(findSpeakerLabels(s)?.layout).toBe('name-lines');
  });

  it('no speakers: colons in a notice\'s sentences and fields, a verb of saying, values that are no sentences', () => {
    // Fields (时间, 地点), notes (注意), "the teacher said:" (培训老师说), a greeting used once.
    expect(findSpeakerLabels(blackScript('时间：下周三下午三点', '地点：二楼会议室', '各位同事：本次培训包括消防安全。', '注意：请提前十分钟到场。', '培训老师说：安全第一。', '注意：培训后有测验。', '时间：约两个小时。', '培训老师说：预防为主。'))).toBeNull();
    // A price list: its labels recur and cover the page, but their values are no sentences anyone says.
    expect(findSpeakerLabels(blackScript('规格：500毫升', '价格：二十元', '产地：云南', '规格：1升', '价格：三十五元', '产地：四川'))).toBeNull();
    // A story quoting two people: "他说：" and "她问：" are a sentence's subject and its verb.
    expect(findSpeakerLabels(blackScript('他说：你好。', '她问：你是谁？', '他说：我是新来的。', '她问：从哪里来？'))).toBeNull();
    // Japanese prose: a subject and its particle before a quotation.
    expect(findSpeakerLabels(blackScript('彼は「行こう」と言った。', '彼女は「待って」と答えた。', '彼は「早く」と言った。', '彼女は「うん」と言った。'))).toBeNull();
    // A line longer than a name before the colon is no label.
    expect(findSpeakerLabels(blackScript('今天我们要学习的内容：安全。', '今天我们要学习的内容：用电。', '明天我们要学习的内容：消防。', '明天我们要学习的内容：急救。'))).toBeNull();
  });
  it('a dubbing table (时间码 | 角色 | 台词): names in cells of their own, the header row no speaker, 音效 a direction', async () => {
    const cell = (text: string) => `<w:tc><w:p>${r(text)}</w:p></w:tc>`;
    const row = (...cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
    const body = `<w:tbl>${[
      row('时间码', '角色', '台词'),
      row('00:00:12', '小明', '你听到昨晚的声音了吗？'),
      row('00:00:15', '小红', '没有，我睡得很香。'),
      row('00:00:18', '音效', '关门声'),
      row('00:00:20', '小明', '是从隔壁传来的。'),
      row('00:00:24', '小红', '也许他们在搬家。'),
    ].join('')}</w:tbl>`;
    const script = await readScriptBytes(buildDocx({ body }), 'dub.docx');
    expect(labelsOf(script)).toEqual([
      ['小明', 2, 17, false],
      ['小红', 2, 14, false],
      ['音效', 1, 3, true],
    ]);
    expect(castScript(script, mapOf('小明', '小红')).lines.filter((l) => l.voice).map((l) => [l.voice, l.text, l.words])).toEqual([
      ['小明', '你听到昨晚的声音了吗？', 10],
      ['小红', '没有，我睡得很香。', 7],
      ['小明', '是从隔壁传来的。', 7],
      ['小红', '也许他们在搬家。', 7],
    ]);
  });

  it('short Chinese lines alone, each once (headings typed as text), get no doubt about "lines in capitals"', () => {
    expect(nameLineDoubt(blackScript('第一章', '长江发源于青藏高原。', '第二章', '江水一路向东。'))).toBeNull();
  });
});

describe("a config's Chinese and Japanese labels", () => {
  it('read every way the script writes them, the label cut off and not counted', () => {
    const s = blackScript('旁白：欢迎。', '【旁白】你好。', '［旁白］：再见。', '（旁白）谢谢。', '旁白（画外音）：好的。', '太郎「おはよう」', '012太郎「はい」', '旁白说：这句不是标签。', 'NA：朝だ。');
    expect(linesOf(s, '旁白', '太郎', 'NA')).toEqual([
      ['旁白', '欢迎。', 2],
      ['旁白', '你好。', 2],
      ['旁白', '再见。', 2],
      ['旁白', '谢谢。', 2],
      ['旁白', '（画外音）好的。', 2],
      ['太郎', '「おはよう」', 4],
      ['太郎', '「はい」', 2],
      [null, '旁白说：这句不是标签。', 9],
      ['NA', '朝だ。', 2],
    ]);
  });

  it('a Latin label keeps its forms alone: "(MARIE) …" and "[MARIE] …" are not MARIE\'s', () => {
    expect(linesOf(blackScript('MARIE: Oui.', '(MARIE) Non.', '[MARIE] Non.', 'MARIE（off）: Si.'), 'MARIE')).toEqual([
      ['MARIE', 'Oui.', 1],
      [null, '(MARIE) Non.', 2],
      [null, '[MARIE] Non.', 2],
      ['MARIE', '（off）Si.', 1],
    ]);
  });
});

describe('Chinese and Japanese scripts coded by labels (built CLI)', () => {
  const folder = (file: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-cjk-labels-'));
    copyFileSync(join(FIXTURES, file), join(dir, file));
    return dir;
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const voices = (dir: string, file: string): any[] => {
    const result = runCli(['lines', file, '--json'], dir);
    expect(result.stderr).toBe('');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return JSON.parse(result.stdout).voices.map((v: any) => [v.name, v.words, v.lines.map((l: any) => [l.text, l.words])]);
  };

  it.each([
    [
      'zh-colon-labels.docx',
      'Wrote vo-lines.config.yaml (3 voices, one per speaker label: 旁白, 小明 and 小红; 音效 left out as a direction; text without a label taken as not recorded).',
      [
        ['旁白', 30, [['欢迎来到智慧城市。', 8], ['这里的每一盏路灯都会思考。', 12], ['智慧城市，让生活更美好。', 10]]],
        ['小明', 17, [['今天我们去哪里？', 7], ['好啊，出发！记住：安全第一。', 10]]],
        ['小红', 7, [['我们去科技馆吧！', 7]]],
      ],
    ],
    [
      'zh-bracket-labels.docx',
      'Wrote vo-lines.config.yaml (3 voices, one per speaker label: 解说, 阿炳 and 秀金; 音效 left out as a direction; text without a label taken as not recorded).',
      [
        ['解说', 26, [['夜深了，月亮从惠山慢慢升起。', 12], ['琴声凄切而委婉，像是在诉说什么。', 14]]],
        ['阿炳', 17, [['这琴声，就是我的心声。', 9], ['明天我再拉给你听。', 8]]],
        ['秀金', 12, [['你又在泉边拉琴了。', 8], ['好，我等着。', 4]]],
      ],
    ],
    [
      'ja-labels.docx',
      'Wrote vo-lines.config.yaml (3 voices, one per speaker label: NA, 太郎 and 花子; SE left out as a direction; text without a label taken as not recorded).',
      [
        ['NA', 18, [['東京の朝は早い。', 7], ['駅には人があふれている。', 11]]],
        ['太郎', 15, [['「おはようございます。」', 9], ['「電車が来たよ！」', 6]]],
        ['花子', 17, [['「おはよう、太郎くん。今日は早いね。」', 14], ['「急ごう！」', 3]]],
      ],
    ],
    [
      'zh-name-lines.docx',
      "Wrote vo-lines.config.yaml (2 voices, one per speaker's name on a line of its own: 旁白 and 老渔民; text that is no dialogue below a name taken as not recorded).",
      [
        ['旁白', 34, [['长江发源于青藏高原。', 9], ['江水一路向东，流过十一个省份。', 13], ['保护长江，就是保护我们自己。', 12]]],
        ['老渔民', 23, [['我在这条江上打了四十年的鱼。', 13], ['现在的鱼，比以前少多了。', 10]]],
      ],
    ],
  ])('%s: init proposes one voice per label, the lines are theirs, the labels not counted; its PDF reads the same', (file, wrote, expected) => {
    const dir = folder(file);
    expect(runCli([file], dir).stdout).toContain(file.startsWith('zh-name') ? "each speaker's name stands on a line of its own above the dialogue" : 'but the lines open with speaker labels');
    expect(runCli(['init', file], dir).stdout.split('\n')[0]).toBe(wrote);
    expect(voices(dir, file)).toEqual(expected);
    // LibreOffice's PDF of it (WenQuanYi Micro Hei), read with the config init wrote from the DOCX.
    const pdf = file.replace(/\.docx$/, '.pdf');
    copyFileSync(join(FIXTURES, pdf), join(dir, pdf));
    expect(voices(dir, pdf)).toEqual(expected);
  });

  it('zh-colon-labels.docx: a config naming voices in Chinese, written by hand', () => {
    const dir = folder('zh-colon-labels.docx');
    writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  旁白: { label: 旁白 }\n  小明: { label: "小明" }\n');
    const report = JSON.parse(runCli(['summary', 'zh-colon-labels.docx', '--json'], dir).stdout);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(report.voices.map((v: any) => [v.name, v.lineCount, v.words])).toEqual([
      ['旁白', 3, 30],
      ['小明', 2, 17],
    ]);
    // 小红's line with its label (9), the fields (4, 5), the sound effect (6) and the title (10): no voice's.
    expect(report.unassigned.words).toBe(34);
    // Chinese names take two columns each in a terminal: the table still lines up. Each label as the script writes it
    // (旁白's lines open with a full-width colon, 小明's with an ASCII one: labels6).
    expect(runCli(['summary', 'zh-colon-labels.docx'], dir).stdout.split('\n').slice(4, 9)).toEqual([
      '  Voice       Colour          Lines  Words  Spoken   Share  Time  Pace',
      '  Total                          10     81      81  100.0%  0:20  240 characters/min',
      '  旁白        "旁白："            3     30      30   37.0%  0:08  240 characters/min',
      '  小明        "小明:"             2     17      17   21.0%  0:04  240 characters/min',
      '  Unassigned  any other text      5     34      34   42.0%  0:08  240 characters/min',
    ]);
  });

  it('zh-prose-colons.docx: a notice with colons in its sentences has no speakers', () => {
    const dir = folder('zh-prose-colons.docx');
    const hint = runCli(['zh-prose-colons.docx'], dir).stdout.trim().split('\n').at(-1);
    expect(hint).toBe(
      'Next: every line is #000000 black (its headings aside): no colour coding to read. vo-lines init zh-prose-colons.docx writes a vo-lines.config.yaml beside the script, one voice per colour, to rename, or see --help.',
    );
    expect(runCli(['init', 'zh-prose-colons.docx'], dir).stdout.split('\n')[0]).not.toContain('speaker label');
    expect(readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8')).not.toContain('label:');
  });
});
