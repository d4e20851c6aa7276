/**
 * Korean scripts coded by speaker labels (tests/fixtures/cjk-labels/ko-*.docx, built by
 * scripts/build-cjk-label-fixtures.py; DOCX only: no Korean font where they were made). Korean is
 * written with spaces, and its words are counted by them. The forms are the ones Korean scripts
 * write (see the fixtures' README): `해설자: …` (a space before the colon or none after it, a name of
 * two words, `젊은 쥐`), `해설자 / …` (a slash, as radio tales and translated drama scripts do),
 * `[내레이션] …`; and negatives: a notice whose fields and sentences hold colons (`시간:`, `주의:`,
 * `담당자가 말했다:`). The counts were made by hand from the text.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { castScript } from '../src/attribute/cast-script.js';
import { findSpeakerLabels, labelVoiceMap, type SpeakerLabels } from '../src/attribute/speaker-labels.js';
import { readScriptBytes } from '../src/readers/index.js';
import { buildDocx, r } from './helpers/docx-builder.js';
import { ROOT, runCli } from './helpers/cli.js';
import { blackScript, labelsOf } from './helpers/black-script.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'cjk-labels');

const mapOf = (...names: string[]) => labelVoiceMap({ labels: names.map((label) => ({ label, paragraphs: 0, words: 0, direction: false, looks: [] })), labelled: 0, body: 0, layout: 'inline', said: [] } as SpeakerLabels, []);
const linesOf = (s: ReturnType<typeof blackScript>, ...names: string[]) => castScript(s, mapOf(...names)).lines.map((l) => [l.voice, l.text, l.words, l.spokenWords]);

describe('findSpeakerLabels: Korean labels', () => {
  it('a colon after the name (a space before it, or none after it), a name of two words, fields and a sound effect left out', () => {
    const s = blackScript(
      '분량: 3분',
      '해설자: 옛날 어느 부잣집 광에 쥐들이 모여 살았어요.',
      '젊은 쥐: (주먹을 쥐며) 이대로는 안 됩니다.',
      '효과음: 고양이 울음소리',
      '늙은 쥐 : 그래, 말해 보게.',
      '해설자: 쥐들은 밤새 의논했어요.',
      '젊은 쥐:방울을 달면 어떨까요?',
      '늙은 쥐: 누가 달지?',
    );
    expect(labelsOf(s)).toEqual([
      ['해설자', 2, 10, false],
      ['젊은 쥐', 2, 8, false],
      ['늙은 쥐', 2, 5, false],
      ['효과음', 1, 2, true],
    ]);
    expect(findSpeakerLabels(s)).toMatchObject({ labelled: 7, body: 8, layout: 'inline' });
  });

  it('a slash after the name, as Korean radio tales and drama scripts write it (해설자 / …, 마사키/ …), the line in quotes', () => {
    const s = blackScript(
      '해설자 / 어느 집에 쥐들이 살고 있었어요.',
      '젊은 쥐 / "여러분! 대책을 세웁시다!"',
      '노인 쥐 / "그래요! 방법을 마련합시다!"',
      '해설자 / 쥐들은 한 마디씩 말을 했어요.',
      '마사키/ 지금부터 녹음이 시작될 거야.',
      '젊은 쥐 / "고양이 목에 방울을 답시다."',
      '노인 쥐 / "누가 달지?"',
    );
    expect(labelsOf(s)).toEqual([
      ['해설자', 2, 10, false],
      ['젊은 쥐', 2, 7, false],
      ['노인 쥐', 2, 5, false],
      ['마사키', 1, 4, false],
    ]);
  });

  it('in square brackets or in parentheses, no colon ([내레이션] …, (철수) …)', () => {
    expect(labelsOf(blackScript('[내레이션] 새벽 네 시입니다.', '[선장] 바다는 매일 달라요.', '[효과음] 뱃고동 소리', '[내레이션] 배가 나갑니다.', '[선장] 그래도 좋아요.'))).toEqual([
      ['내레이션', 2, 5, false],
      ['선장', 2, 5, false],
      ['효과음', 1, 2, true],
    ]);
    expect(labelsOf(blackScript('(내레이션) 오늘은 비가 옵니다.', '(철수) 우산 있어?', '(내레이션) 철수는 우산이 없었습니다.', '(영희) 같이 쓰자.', '(철수) 고마워.', '(영희) 천만에.'))).toEqual([
      ['내레이션', 2, 6, false],
      ['철수', 2, 3, false],
      ['영희', 2, 3, false],
    ]);
  });

  it('lines typed without a full stop, as Korean radio scripts often are, end as sentences do (-다, -요, -까)', () => {
    expect(labelsOf(blackScript('예린 : 여러분 안녕하세요', '수경 : 저는 수경입니다', '예린 : 오늘은 음악 방송이에요', '수경 : 첫 곡은 뭘까'))).toEqual([
      ['예린', 2, 5, false],
      ['수경', 2, 5, false],
    ]);
  });

  it('Latin capitals among Korean names (NA:), as Korean scripts mix them in', () => {
    expect(labelsOf(blackScript('NA: 봄이 왔습니다.', '민수: 정말 따뜻하다!', 'NA: 꽃이 핍니다.', '민수: 산책 가자.'))).toEqual([
      ['NA', 2, 4, false],
      ['민수', 2, 4, false],
    ]);
  });

  it('a dubbing table (타임코드 | 배역 | 대사): names in cells of their own, the header row no speaker, 효과음 a direction', async () => {
    const cell = (text: string) => `<w:tc><w:p>${r(text)}</w:p></w:tc>`;
    const row = (...cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
    const body = `<w:tbl>${[
      row('타임코드', '배역', '대사'),
      row('00:00:12', '민수', '어젯밤에 그 소리 들었어?'),
      row('00:00:15', '지은', '아니, 푹 잤는데.'),
      row('00:00:18', '효과음', '문 닫히는 소리'),
      row('00:00:20', '민수', '옆집에서 난 소리였어.'),
      row('00:00:24', '지은', '이사하나 보다.'),
    ].join('')}</w:tbl>`;
    const script = await readScriptBytes(buildDocx({ body }), 'dub.docx');
    expect(labelsOf(script)).toEqual([
      ['민수', 2, 7, false],
      ['지은', 2, 5, false],
      ['효과음', 1, 3, true],
    ]);
    expect(castScript(script, mapOf('민수', '지은')).lines.filter((l) => l.voice).map((l) => [l.voice, l.text, l.words])).toEqual([
      ['민수', '어젯밤에 그 소리 들었어?', 4],
      ['지은', '아니, 푹 잤는데.', 3],
      ['민수', '옆집에서 난 소리였어.', 3],
      ['지은', '이사하나 보다.', 2],
    ]);
  });

  it('no speakers: a notice\'s fields and notes, a sentence quoting someone, values that are no sentences', () => {
    // Fields (시간, 장소, 준비물, 문의), notes (주의), a greeting used once, "the instructor said:".
    expect(
      findSpeakerLabels(
        blackScript('시간: 다음 주 수요일 오후 3시', '장소: 본관 2층 대회의실', '임직원 여러분: 이번 교육은 두 부분입니다.', '주의: 10분 전까지 입장해 주십시오.', '준비물: 필기도구', '교육 담당자가 말했다: 안전이 먼저입니다.', '주의: 끝나면 시험이 있습니다.', '문의: 총무팀 내선 1234'),
      ),
    ).toBeNull();
    // A product sheet: its labels recur and cover the page, but their values are no sentences anyone says.
    expect(findSpeakerLabels(blackScript('색상: 빨강', '크기: 중간', '색상: 파랑', '크기: 대형', '색상: 검정', '크기: 소형'))).toBeNull();
    // A story quoting two people: "선생님이 말했다:" and "학생이 물었다:" are a subject and its verb.
    expect(findSpeakerLabels(blackScript('선생님이 말했다: 조용히 하세요.', '학생이 물었다: 왜요?', '선생님이 말했다: 시험 중입니다.', '학생이 물었다: 언제 끝나요?'))).toBeNull();
    // Sentences ending in a colon before a list: "다음과 같습니다:", "예를 들면:".
    expect(findSpeakerLabels(blackScript('규칙은 다음과 같습니다: 첫째, 뛰지 않습니다.', '예를 들면: 복도에서 걷습니다.', '규칙은 다음과 같습니다: 둘째, 떠들지 않습니다.', '예를 들면: 작게 말합니다.'))).toBeNull();
  });
});

describe('a FAQ: questions and answers are two voices, in every script (as Q: and A: are)', () => {
  it.each([
    ['Q: / A:', ['Q: What is it?', 'A: A tool.', 'Q: Who uses it?', 'A: Narrators.'], ['Q', 'A']],
    ['Question: / Answer:', ['Question: What is it?', 'Answer: A tool.', 'Question: Who uses it?', 'Answer: Narrators.'], ['Question', 'Answer']],
    ['问：/ 答：', ['问：这是什么？', '答：一个工具。', '问：谁用它？', '答：配音员。'], ['问', '答']],
    ['提问：/ 回答：', ['提问：这是什么？', '回答：一个工具。', '提问：谁用它？', '回答：配音员。'], ['提问', '回答']],
    ['質問：/ 回答：', ['質問：これは何ですか？', '回答：道具です。', '質問：誰が使いますか？', '回答：ナレーターです。'], ['質問', '回答']],
    ['질문: / 답변:', ['질문: 이것은 무엇인가요?', '답변: 도구입니다.', '질문: 누가 쓰나요?', '답변: 성우가 씁니다.'], ['질문', '답변']],
    ['문: / 답:', ['문: 이것은 무엇인가요?', '답: 도구입니다.', '문: 누가 쓰나요?', '답: 성우가 씁니다.'], ['문', '답']],
  ])('%s', (_, lines, voices) => {
    expect(findSpeakerLabels(blackScript(...lines))?.labels.map((l) => [l.label, l.paragraphs, l.direction])).toEqual(voices.map((v) => [v, 2, false]));
  });
});

describe("a config's Korean labels", () => {
  it('read every way the script writes them, the label cut off and not counted; a clause before a colon is no label', () => {
    const s = blackScript('해설자: 옛날 옛적에.', '해설자 / 어느 날.', '[해설자] 그런데.', '(해설자) 마침내.', '해설자(웃으며): 끝.', '해설자가 말했다: 아니다.', '젊은 쥐:좋아요!', '젊은 쥐 : (웃으며) 그래요.');
    expect(linesOf(s, '해설자', '젊은 쥐')).toEqual([
      ['해설자', '옛날 옛적에.', 2, 2],
      ['해설자', '어느 날.', 2, 2],
      ['해설자', '그런데.', 1, 1],
      ['해설자', '마침내.', 1, 1],
      // The aside after the name opens the line, not counted (the name in brackets is the label's form).
      ['해설자', '(웃으며) 끝.', 1, 1],
      [null, '해설자가 말했다: 아니다.', 3, 3],
      ['젊은 쥐', '좋아요!', 1, 1],
      ['젊은 쥐', '(웃으며) 그래요.', 2, 1],
    ]);
  });
});

describe('Korean scripts coded by labels (built CLI)', () => {
  const folder = (file: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-ko-labels-'));
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

  it.each([
    [
      'ko-colon-labels.docx',
      'Wrote vo-lines.config.yaml (3 voices, one per speaker label: 해설자, 젊은 쥐 and 늙은 쥐; 효과음 left out as a direction; text without a label taken as not recorded).',
      [
        ['해설자', 17, 17, [['옛날 어느 부잣집 광에 쥐들이 모여 살았어요.', 7], ['쥐들은 밤새 머리를 맞대고 의논했어요.', 5], ['그 말에 아무도 대답하지 못했답니다.', 5]]],
        // "(주먹을 쥐며)" is a direction: two words written, not spoken.
        ['젊은 쥐', 12, 10, [['(주먹을 쥐며) 이대로는 안 됩니다. 대책을 세웁시다!', 7], ['고양이 목에 방울을 달면 어떨까요?', 5]]],
        ['늙은 쥐', 12, 12, [['그래, 좋은 방법이 있으면 말해 보게.', 6], ['좋은 생각이구나. 그런데 누가 방울을 달지?', 6]]],
      ],
    ],
    [
      'ko-bracket-labels.docx',
      'Wrote vo-lines.config.yaml (2 voices, one per speaker label: 내레이션 and 선장; 효과음 left out as a direction; text without a label taken as not recorded).',
      [
        ['내레이션', 19, 19, [['새벽 네 시, 작은 포구에 불이 켜집니다.', 7], ['그는 사십 년 동안 이 바다를 지켜 왔습니다.', 8], ['오늘도 배는 바다로 나갑니다.', 4]]],
        ['선장', 8, 8, [['바다는 매일 얼굴이 달라요.', 4], ['그래도 바다가 있어서 살았지요.', 4]]],
      ],
    ],
  ])('%s: init proposes one voice per label, the lines are theirs, the labels not counted', (file, wrote, expected) => {
    const dir = folder(file);
    expect(runCli([file], dir).stdout).toContain('but the lines open with speaker labels');
    expect(runCli(['init', file], dir).stdout.split('\n')[0]).toBe(wrote);
    expect(voices(dir, file)).toEqual(expected);
  });

  it.each([
    [
      'ko-colon-labels.docx',
      'a name of two words, another voice name than the label',
      'voices:\n  내레이터: { label: 해설자 }\n  "젊은 쥐": { label: "젊은 쥐" }\n',
      [['내레이터', 3, 17], ['젊은 쥐', 2, 12]],
    ],
    ['ko-bracket-labels.docx', 'the labels in brackets', 'voices:\n  내레이터: { label: 내레이션 }\n  선장: { label: 선장 }\n', [['내레이터', 3, 19], ['선장', 2, 8]]],
  ])('%s: a config naming voices in Korean, written by hand, reads %s', (file, _what, yaml, expected) => {
    const dir = folder(file);
    writeFileSync(join(dir, 'vo-lines.config.yaml'), yaml);
    const report = JSON.parse(runCli(['summary', file, '--json'], dir).stdout);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(report.voices.map((v: any) => [v.name, v.lineCount, v.words])).toEqual(expected);
  });

  it('ko-prose-colons.docx: a notice with colons in its fields and sentences has no speakers', () => {
    const dir = folder('ko-prose-colons.docx');
    const hint = runCli(['ko-prose-colons.docx'], dir).stdout.trim().split('\n').at(-1);
    expect(hint).toBe(
      'Next: every line is #000000 black (its headings aside): no colour coding to read. vo-lines init ko-prose-colons.docx writes a vo-lines.config.yaml beside the script, one voice per colour, to rename, or see --help.',
    );
    expect(runCli(['init', 'ko-prose-colons.docx'], dir).stdout.split('\n')[0]).toBe('Wrote vo-lines.config.yaml (1 voice, one per colour; #365F91 dark blue headings taken as not recorded).');
  });
});
