/**
 * Speaker labels after a line break inside one paragraph. A script typed with Shift+Enter (a line
 * break, DOCX `w:br`, read as `\n`: Google Docs, a script pasted from an e-mail, a radio spot typed in
 * a hurry) holds several speakers' lines in one paragraph:
 *
 *     ANNONCEUR : Cette semaine chez Martin, la baguette tradition est à un euro.⏎
 *     CLIENTE : Un euro ? Je prends trois baguettes, alors !⏎
 *     ANNONCEUR : Boulangerie Martin, 12 rue des Lilas, ouvert tous les jours.
 *
 * Its PDF shows each of those lines as a paragraph of its own, and a reader sees three lines of two
 * speakers. So a paragraph where a speaker label opens the text after a line break (the same label
 * test as a paragraph's start: speaker-labels.ts, a voice's label in a config: match.ts) is read as a
 * paragraph typed with line breaks for paragraph ends: each of its lines is a piece read as a
 * paragraph is — a label opening it, a direction in brackets, a title, a speech going on with no
 * label (continued.ts) — with the paragraph's location (¶N), style and cell. The words after the
 * label are its speaker's, those before it the speaker's before.
 *
 * A break is no speaker's change when the text after it opens with a word and a colon in the middle
 * of a sentence (`call me at⏎NOON: the shop closes…`), unless that word is a label of the script
 * elsewhere (opening a paragraph, or after a break that ends a sentence) or a voice's label in the
 * config. A paragraph whose breaks are followed by no label (a poem, an address in one speaker's
 * line) is one line, as before.
 */
import type { Paragraph, Run, Warning } from '../model.js';
import { count, formatLocation, listOf, plural, shortText } from '../text/format.js';
import { SENTENCE_END } from '../text/sentences.js';
import { hasWord, normaliseSpace } from '../text/words.js';
import { capitals, labelCut, labelHead, labelKey, labelPattern } from './label-rows.js';
import { formOf, hasEastAsianLetter } from './name-lines.js';

/**
 * A label: up to four words, 30 characters, starting with a letter; maybe a short aside in brackets
 * (`MARIE (off) :`, `JOHN (V.O.):`, which a `label:` voice matches too); then a colon, or a tab
 * (`NARRATOR⇥Welcome…`: typed so, or a two-column table's row as a PDF sets it), and text.
 */
export const LABEL = /^\s*(\p{L}[\p{L}\p{M}\p{N}'’.\- ]{0,29}?)\s*(?:[(（][^()（）]{1,20}[)）]\s*)?(?:[:：]|\t)\s*(?=\S)/u;

/**
 * Chinese, Japanese and Korean labels written without a colon (formOf says whether what they hold is
 * a name): in brackets, as Chinese radio dramas write them (`【解说】夜深了…`, `［旁白］`, `〔旁白〕`, `[旁白]`,
 * `[내레이션]`), in parentheses (`（旁白）…`, `(철수)`), or before the line in corner brackets, as
 * Japanese scripts write a character's line (`太郎「おはよう」`, the brackets staying with the line;
 * maybe after the line's number, `012覆面の男「…」`, or after a direction in brackets, `【小声で】太郎「…」`,
 * `（笑いながら）花子「…」`, which is no label but the line's direction); a Korean name also before a
 * slash, as Korean radio plays and drama scripts write it (`해설자 / …`, `마사키/ …`).
 */
export const BRACKETED = /^\s*[【［〔[]\s*([^\s【】［］〔〕[\]](?:[^【】［］〔〕[\]\n]{0,11}?[^\s【】［］〔〕[\]])?)\s*[】］〕\]]\s*[:：]?\s*(?=\S)/u;
export const PARENTHESISED = /^\s*[（(]\s*([^\s（）()](?:[^（）()\n]{0,11}?[^\s（）()])?)\s*[）)]\s*[:：]?\s*(?=\S)/u;
export const QUOTED = /^\s*(?:(?:【[^【】]{1,20}】|（[^（）]{1,20}）|\([^()]{1,20}\)|［[^［］]{1,20}］)\s*)*(?:\d{1,4}\s*)?([^\s\d「『:：【（(［][^\s「『:：]{0,7}?)\s*(?=[「『])/u;
export const SLASHED = /^\s*([\uAC00-\uD7A3][\uAC00-\uD7A3\p{Lu}\p{N} ]{0,11}?)\s*\/\s*(?=\S)/u;

/** Labels of a field of the script's header (`Durée : 30 s`), wherever they are: never a speaker, not shown. */
export const FIELDS = capitals([
  'TITLE', 'TITRE', 'DATE', 'VERSION', 'TIMING', 'DURATION', 'DURÉE', 'LENGTH', 'TC', 'TIMECODE', 'PROJECT', 'PROJET', 'FORMAT', 'REF', 'RÉF', 'AUTHOR', 'AUTEUR', 'STATUS', 'STATUT',
  // Chinese (simplified, traditional) and Japanese header fields, and a notice's: time, place, length, version…
  '标题', '標題', '片名', '题目', '題目', '日期', '时间', '時間', '地点', '地點', '时长', '時長', '长度', '長度', '版本', '项目', '項目', '客户', '客戶', '作者', '编剧', '編劇', '撰稿', '导演', '導演',
  '主题', '主題', '对象', '對象', '目的', '要求', '内容', '內容', '场次', '場次', '集数', '集數', '电话', '電話', '地址', '邮箱', '郵箱', '联系人', '聯繫人', '负责人', '負責人',
  'タイトル', '日時', '日付', '場所', '尺', '件名', '作成者', '作成日', '担当', '納期', 'クライアント', '概要', '対象', '内容', '目的', 'バージョン', '版', '原稿',
  // A dubbing table's header row: time code, number, character, line.
  '时间码', '時間碼', '时码', '時碼', '序号', '序號', '编号', '編號', '镜号', '鏡號', '角色', '人物', '台词', '台詞', '对白', '對白', '文案', '解说词', '解說詞',
  'タイムコード', '番号', '役名', '配役', 'キャラクター', 'キャラ', 'セリフ',
  // Korean header fields, a notice's (time, place, what to bring, whom to ask) and a table header's.
  '제목', '날짜', '일시', '일자', '시간', '장소', '위치', '분량', '길이', '러닝타임', '버전', '작성자', '작성일', '작가', '구성', '연출', '감독', '담당', '담당자', '대상', '주제', '목적',
  '내용', '준비물', '문의', '연락처', '전화', '주소', '이메일', '회차', '클라이언트', '고객사', '프로젝트', '일정', '기간', '마감', '비용', '가격', '수량', '형식', '등장인물',
  '타임코드', '번호', '배역', '역할', '인물', '캐릭터', '대사',
]);

/** Where a label may stand: a line's first characters (the patterns above are bounded; a long line is not read further). */
const HEAD = 160;

/**
 * The label opening a text as speaker-labels.ts counts a paragraph's (a name in capitals or with a
 * capital and a colon or a tab, or a Chinese, Japanese or Korean label), by its key (labelKey); null
 * for none, or a header's field (`Durée : 30 s`).
 */
export function openingLabelKey(text: string): string | null {
  return openingLabel(text)?.key ?? null;
}

/** openingLabelKey, with the label as written. */
function openingLabel(text: string): { label: string; key: string } | null {
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  const match = LABEL.exec(head);
  let label: string | null = null;
  if (match && formOf(normaliseSpace(match[1]!))) label = normaliseSpace(match[1]!);
  else if (hasEastAsianLetter(head.slice(0, 24))) {
    for (const pattern of [QUOTED, BRACKETED, PARENTHESISED, SLASHED]) {
      const cjk = pattern.exec(head);
      const named = cjk ? formOf(normaliseSpace(cjk[1]!)) : null;
      if (named === 'cjk' || (named === 'hangul' && pattern !== QUOTED)) {
        label = normaliseSpace(cjk![1]!);
        break;
      }
    }
  }
  if (label === null) return null;
  const key = labelKey(label);
  return FIELDS.has(key) ? null : { label, key };
}

/** Closing quotes and brackets a sentence's mark may stand before (`« Tenez bon ! »`). */
const CLOSING = /[\s»"”’'」』]/u;
const DIRECTION_END = /[)）\]］】]/u;

/**
 * Whether a line ends where a new speaker may begin: at a sentence's end (maybe before closing
 * quotes), after a direction in brackets, or with no word at all.
 */
function endsLine(line: string): boolean {
  if (!hasWord(line)) return true;
  for (let i = line.length - 1; i >= 0; i--) {
    const c = line[i]!;
    if (SENTENCE_END.test(c) || DIRECTION_END.test(c)) return true;
    if (!CLOSING.test(c)) return false;
  }
  return false;
}

const textOf = (paragraph: Paragraph) => {
  const runs = paragraph.runs;
  if (runs.length === 1) return runs[0]!.text;
  let text = '';
  for (const run of runs) text += run.text;
  return text;
};

const hasBreak = (paragraph: Paragraph) => paragraph.runs.some((run) => run.text.includes('\n'));

interface Candidate {
  paragraph: Paragraph;
  text: string;
  /** Where each line starts in the text, and the label opening each line after the first. */
  starts: number[];
  keys: (string | null)[];
  /** Those labels as written. */
  labels: (string | null)[];
  /** Opening with a voice's label in the config: a speaker's line whatever stands before it. */
  sure: boolean;
}

/**
 * The paragraphs as they are read for speaker labels: a paragraph where a label opens the text after
 * a line break is cut at every line break into pieces, each read as a paragraph (the same location,
 * style and cell; the break itself dropped); every other paragraph as it is. A label after a break
 * counts when it is one of `labels` (a config's voices), a label that opens a paragraph of the
 * script, or stands after a line that ends as a sentence or a direction does. The same array when
 * nothing is cut. Linear in the text (each line's first characters read once or twice).
 */
export function piecesAtLabels(paragraphs: readonly Paragraph[], labels: readonly string[] = [], doubts?: BreakDoubt[]): readonly Paragraph[] {
  const patterns = labels.filter((label) => label.trim() !== '').map(labelPattern);
  const candidates: Candidate[] = [];
  const known = new Set<string>();
  for (const paragraph of paragraphs) {
    if (!hasBreak(paragraph)) continue;
    const text = textOf(paragraph);
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    const keys: (string | null)[] = [null];
    const written: (string | null)[] = [null];
    let labelled = false;
    let sure = false;
    for (let k = 1; k < starts.length; k++) {
      const end = k + 1 < starts.length ? starts[k + 1]! - 1 : text.length;
      const line = text.slice(starts[k]!, Math.min(end, starts[k]! + HEAD));
      const found = openingLabel(line);
      const key = found?.key ?? null;
      keys.push(key);
      written.push(found?.label ?? null);
      if (key !== null) {
        labelled = true;
        if (endsLine(text.slice(Math.max(starts[k - 1]!, starts[k]! - 1 - HEAD), starts[k]! - 1))) known.add(key);
      }
      if (!sure && patterns.length > 0) {
        const head = labelHead(line);
        sure = patterns.some((pattern) => labelCut(pattern, head) !== null);
      }
    }
    if (labelled || sure) candidates.push({ paragraph, text, starts, keys, labels: written, sure });
  }
  if (candidates.length === 0) return paragraphs;
  // The labels opening paragraphs (and the first line of a paragraph cut at its breaks).
  for (const paragraph of paragraphs) {
    const runs = paragraph.runs;
    let head = '';
    for (let k = 0; k < runs.length && head.length < HEAD; k++) head += runs[k]!.text;
    const key = openingLabelKey(head.split('\n', 1)[0]!);
    if (key !== null) known.add(key);
  }
  const cut = new Map<Paragraph, Paragraph[]>();
  for (const candidate of candidates) {
    if (candidate.sure || candidate.keys.some((key) => key !== null && known.has(key))) cut.set(candidate.paragraph, pieces(candidate));
    else if (doubts) doubted(candidate, doubts);
  }
  if (cut.size === 0) return paragraphs;
  return paragraphs.flatMap((paragraph) => cut.get(paragraph) ?? [paragraph]);
}

/** A label after a line break in the middle of a sentence, opening no other line of the script: left in the line before it. */
export interface BreakDoubt {
  paragraph: Paragraph;
  /** The label as written. */
  label: string;
  /** The line it opens, whitespace collapsed. */
  text: string;
}

/** The lines of a paragraph left whole that open with a label after a break (each one mid-sentence). */
function doubted({ paragraph, text, starts, labels }: Candidate, doubts: BreakDoubt[]): void {
  for (let k = 1; k < starts.length; k++) {
    const label = labels[k];
    if (label === null || label === undefined) continue;
    const end = k + 1 < starts.length ? starts[k + 1]! - 1 : text.length;
    doubts.push({ paragraph, label, text: normaliseSpace(text.slice(starts[k]!, end)).trim() });
  }
}

/** Doubts quoted one by one, up to this many; the rest counted. */
const QUOTED_DOUBTS = 3;

/**
 * `label-after-break`: the lines after a line break that open with a label in the middle of a
 * sentence, left in the line before them (one warning for them all): the words may be another
 * speaker's, as a reader of the page may take them.
 */
export function breakDoubtWarnings(doubts: readonly BreakDoubt[]): Warning[] {
  if (doubts.length === 0) return [];
  const first = doubts[0]!;
  if (doubts.length === 1) {
    return [
      {
        code: 'label-after-break',
        message:
          `${shortText(first.text)} follows a line break in the middle of a sentence (at ${formatLocation(first.paragraph.location)}), and "${first.label}" opens no other line of the script: it is read as part of the line before it, not as a line of a speaker ${first.label}. ` +
          `If ${first.label} says it, start a new paragraph there (Enter, not Shift+Enter), or name ${first.label} in the config.`,
        location: first.paragraph.location,
        details: { lines: 1, labels: [first.label], texts: [first.text], locations: [first.paragraph.location] },
      },
    ];
  }
  const shown = doubts.slice(0, QUOTED_DOUBTS).map((d) => shortText(d.text));
  const more = doubts.length - shown.length;
  return [
    {
      code: 'label-after-break',
      message:
        `${plural(doubts.length, 'line')} follow a line break in the middle of a sentence and open with a name and a colon that opens no other line of the script: ${more > 0 ? `${shown.join(', ')} and ${count(more)} more` : listOf(shown)} (the first at ${formatLocation(first.paragraph.location)}). ` +
        `Each is read as part of the line before it, not as a speaker's line. If one is, start a new paragraph there (Enter, not Shift+Enter), or name its speaker in the config.`,
      location: first.paragraph.location,
      details: { lines: doubts.length, labels: doubts.map((d) => d.label), texts: doubts.map((d) => d.text), locations: doubts.map((d) => d.paragraph.location) },
    },
  ];
}

/** A paragraph cut at each of its line breaks: the pieces holding more than spaces, each with the paragraph's location. */
function pieces({ paragraph, text, starts }: Candidate): Paragraph[] {
  const found: Paragraph[] = [];
  const runs = paragraph.runs;
  let r = 0;
  let offset = 0;
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]!;
    const to = k + 1 < starts.length ? starts[k + 1]! - 1 : text.length;
    const piece: Run[] = [];
    // Runs before the piece are passed once: each run is looked at for the pieces it holds.
    while (r < runs.length && offset + runs[r]!.text.length <= from) offset += runs[r++]!.text.length;
    let at = offset;
    for (let j = r; j < runs.length && at < to; j++) {
      const run = runs[j]!;
      const start = Math.max(from, at) - at;
      const end = Math.min(to, at + run.text.length) - at;
      if (end > start) piece.push(start === 0 && end === run.text.length ? run : { ...run, text: run.text.slice(start, end) });
      at += run.text.length;
    }
    if (piece.some((run) => /\S/u.test(run.text))) found.push({ ...paragraph, runs: piece });
  }
  return found;
}
