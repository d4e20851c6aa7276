/**
 * What a speaker's label opening a line looks like, for every layer that looks for one: the casting
 * (a paragraph's label: attribute/speaker-labels.ts; a label after a line break: label-breaks.ts) and
 * the PDF reader (a sentence's end, then a label: a new paragraph, readers/pdf/paragraphs.ts).
 *
 * A label is a name (`formOf`: in capitals, `MARIE`, `VO 1`; a name with a capital, `Narrator`,
 * `Dr Martin`; a Chinese or Japanese name, `旁白`; a Korean one, `해설자`), maybe an aside in brackets,
 * then a colon (`MARIE :` the French way, `名：` full-width) or a tab, and text; or a Chinese, Japanese
 * or Korean label in brackets, before corner brackets or a slash. Never a header's field (`Durée : 30 s`,
 * `Client: Acme`: FIELDS), a time (`10:30`: a letter comes first), words running too long for a name.
 */
import { foldWidth } from './width.js';
import { isLetterAt, isLetterOrDigitAt, normaliseSpace } from './words.js';
import { lazy } from './lazy.js';
import { isJsSpaceCode, isLowerCode, isMarkCode, isUpperCode, mayHoldEastAsian } from './code-classes.js';

/**
 * A label as labels are compared: width-folded (`ＮＡ` is `NA`, `ﾅﾚｰｼｮﾝ` is `ナレーション`:
 * text/width.ts), in capitals, an apostrophe however typed (`O’BRIEN` is `O'BRIEN`), no space at a
 * hyphen (`JEAN- LUC`, a no-break space after the hyphen, is `JEAN-LUC`). The text shown keeps the
 * label as written.
 */
export function labelKey(label: string): string {
  const key = foldWidth(label).toLocaleUpperCase('fr');
  // One name however its signs are typed: `O’BRIEN` (Word's curly apostrophe) is `O'BRIEN`, `JEAN- LUC` `JEAN-LUC`.
  return SIGNS.test(key) ? key.replace(APOSTROPHES, "'").replace(HYPHEN_SPACES, '-') : key;
}

const SIGNS = /[’‘ʼ]|\s-|-\s/u;
const APOSTROPHES = /[’‘ʼ]/gu;
const HYPHEN_SPACES = /\s*-\s*/gu;

/** Words as labels are compared (labelKey), as a set. */
export function capitals(words: string[]): Set<string> {
  return new Set(words.map(labelKey));
}

export type Form = 'capitals' | 'name' | 'cjk' | 'hangul';

/** Words a name may have, at most (`MAIN CHARACTER VO 2`). */
export const MAX_NAME_WORDS = 4;

/** A Han, hiragana or katakana letter (`々` and `ー` included): what Chinese and Japanese names are written in. */
const CJK_LETTER = lazy(() => /(?=\p{L})[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u);
/**
 * A Chinese or Japanese speaker's name: up to six such letters (`旁白`, `小明`, `老渔民`, `ナレーション`),
 * maybe with capitals or figures (`男声1`, `A君`, full-width `ＮＡ`), no space, eight characters at most.
 */
const CJK_NAME = lazy(() => /^(?:(?=\p{L})[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]|\p{Lu}|\p{N}){1,8}$/u);
const MAX_CJK_LETTERS = 6;
/**
 * No name: a sentence's subject before a verb of saying (`老师说：`, `他笑道：`, `记者问：`; but `解说`,
 * the commentary, is a voice, and a FAQ's `提问：` / `質問：` its questions, as `Question:` is), or a Japanese subject marked by its particle (`彼は「…」と言った`).
 */
const NOT_A_NAME = /^(?!解[说說]$|提[问問]$|質問$).+[说說道问問]$|^.+[はがを]$/u;

/** Whether a text holds a Chinese or Japanese letter (none has one below U+2E80: CJK_LETTER built only for text that may). */
export const hasCjkLetter = (text: string) => mayHoldEastAsian(text) && CJK_LETTER().test(text);

/** A Hangul syllable (U+AC00–D7A3): what Korean names are written in (the jamo alone are no name). */
const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/u;

/** Whether a text holds a Chinese, Japanese or Korean letter (Han, kana, a Hangul syllable). */
export const hasEastAsianLetter = (text: string) => mayHoldEastAsian(text) && (CJK_LETTER().test(text) || HANGUL_SYLLABLE.test(text));

/**
 * A Korean speaker's name: Korean is written with spaces, so up to three words (`해설자`, `젊은 쥐`,
 * `꾀 많은 쥐`, `여자 1`), each of Hangul syllables, capitals or figures (`아나운서A`), eight
 * syllables and twelve characters at most.
 */
const HANGUL_WORD = lazy(() => /^(?:[\uAC00-\uD7A3]|\p{Lu}|\p{N})+$/u);
const MAX_HANGUL_WORDS = 3;
const MAX_HANGUL_SYLLABLES = 8;
/**
 * No Korean name: a sentence's predicate (`말했다`, `다음과 같습니다`, `알려 드려요`), or, in a label of
 * several words, a clause (`교육 담당자가 말했다`, `예를 들면`, `선생님 말씀을`): what a sentence ends a
 * colon with, not a name.
 */
const NOT_A_KOREAN_NAME = /(?:니다|세요|어요|아요|여요|해요|했다|한다|였다|었다|았다|이다|하기를)$|\s\S*[다요까며게면를을에]$/u;

/**
 * The form of a speaker's label (speaker-labels.ts) or of a name alone on its line: in capitals
 * (`VO 1`, `MR. SMITH`), a name with a capital (`Narrator`, `Dr Martin`), or a short Chinese or
 * Japanese name (`旁白`, `小明`, `ナレーター`: those scripts have no capitals), or a Korean one
 * (`해설자`, `젊은 쥐`: words of Hangul); null when it is none (`Remember that: you…` runs too long to
 * be a label, `老师说` is a sentence's subject, `담당자가 말했다` a clause).
 */
export function formOf(label: string): Form | null {
  // (Hangul, Han and kana are past U+2E80: a label without such a code unit is told by its capitals alone.)
  const eastAsian = mayHoldEastAsian(label);
  if (eastAsian && HANGUL_SYLLABLE.test(label) && !CJK_LETTER().test(label)) {
    if (label.length > 12 || NOT_A_KOREAN_NAME.test(label)) return null;
    const words = label.split(/\s+/u);
    if (words.length > MAX_HANGUL_WORDS || !words.every((w) => HANGUL_WORD().test(w))) return null;
    return (label.match(/[\uAC00-\uD7A3]/gu) ?? []).length <= MAX_HANGUL_SYLLABLES ? 'hangul' : null;
  }
  if (eastAsian && CJK_LETTER().test(label)) {
    if (!CJK_NAME().test(label) || NOT_A_NAME.test(label)) return null;
    let letters = 0;
    for (const c of label) if (CJK_LETTER().test(c)) letters++;
    return letters <= MAX_CJK_LETTERS ? 'cjk' : null;
  }
  const words = label.split(/\s+/u);
  if (words.length > MAX_NAME_WORDS) return null;
  if (!hasSmallLetter(label)) return capitalsForm(label) ? 'capitals' : null;
  // A name: its first word capitalised, at most three words, any later word a name or a number.
  if (words.length > 3 || !isUpperCode(codeAt(words[0]!, 0))) return null;
  for (let w = 1; w < words.length; w++) if (!nameWord(words[w]!)) return null;
  return 'name';
}

/** The code point at `i` (-1 past the end: no class holds it). */
const codeAt = (text: string, i: number) => (i < text.length ? text.codePointAt(i)! : -1);

/** Whether a text holds a small letter (`/\p{Ll}/u`). */
function hasSmallLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (isLowerCode(cp)) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}

/** Whether a text has two capitals, or is one (`/\p{Lu}.*\p{Lu}|^\p{Lu}$/u`; `.` stops at a line's end). */
function capitalsForm(text: string): boolean {
  if (text.length > 0 && text.length <= 2 && isUpperCode(text.codePointAt(0)!) && (text.length === 1 || text.codePointAt(0)! > 0xffff)) return true;
  let first = false;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029) first = false;
    else if (isUpperCode(cp)) {
      if (first) return true;
      first = true;
    }
    if (cp > 0xffff) i++;
  }
  return false;
}

/** A later word of a name (`/^(?:\p{Lu}|\p{N}|de$|du$|la$|le$|off$|over$)/u`): a capital or a figure first, or a particle. */
function nameWord(word: string): boolean {
  if (word.length > 0 && (isUpperCode(word.codePointAt(0)!) || (isLetterOrDigitAt(word, 0) && !isLetterAt(word, 0)))) return true;
  return word === 'de' || word === 'du' || word === 'la' || word === 'le' || word === 'off' || word === 'over';
}

/** A label's aside (`(off)`, `(V.O.)`, `（画外）`, `[00:01:23]`): short, in round brackets of either width or in square brackets. */
const ASIDE = '(?:[(（][^()（）]{1,20}[)）]|\\[[^[\\]]{1,20}\\])';
/** What ends a label: a colon of either width, or a tab, then text. (Plain strings: the CLI's bundle refuses a String.raw holding a character past ASCII.) */
const SEPARATOR = '(?:[:：]|\\t)\\s*(?=\\S)';

/**
 * The spaces a name's words may have between them: a plain one, or a no-break one (`MARIE\u00A0CLAIRE`,
 * Word's French typing, a narrow one, a thin one). As escapes, for a character class.
 */
export const NAME_SPACES = ' \\u00A0\\u202F\\u2009';

/**
 * A label: up to four words, 30 characters, starting with a letter (words apart by NAME_SPACES); maybe a short aside in brackets
 * (`MARIE (off) :`, `JOHN (V.O.):`, `NARRATOR [00:01:23]:`, which a `label:` voice matches too); then a colon, or a tab
 * (`NARRATOR⇥Welcome…`: typed so, or a two-column table's row as a PDF sets it), and text.
 */
export const LABEL: { exec(text: string): RegExpExecArray | null; test(text: string): boolean } = {
  exec: labelMatch,
  test: (text) => labelMatch(text) !== null,
};

/**
 * What follows a label's name: spaces, maybe an aside, the separator and text. LABEL was the pattern
 * `^\s*(\p{L}[\p{L}\p{M}\p{N}'’.\- ${NAME_SPACES}]{0,29}?)\s*(?:${ASIDE}\s*)?${SEPARATOR}` (u); its name's
 * class, copied thirty times by the bounded repeat, made it the costliest pattern to build of a run (~8 M
 * instructions): the name is now read by code, as the lazy repeat read it (the shortest name after which
 * this pattern matches), and this, with no property class, tried at each of its ends.
 */
const AFTER_NAME = new RegExp(`\\s*(?:${ASIDE}\\s*)?${SEPARATOR}`, 'uy');
/** Characters a name's first one may be followed by, at most (LABEL's 30 in all). */
const MAX_NAME_REST = 29;

/** LABEL's match: the text up to the label's end (`[0]`: the name, its aside, the separator, the spaces after it), the name (`[1]`). */
function labelMatch(text: string): RegExpExecArray | null {
  let start = 0;
  while (start < text.length && isJsSpaceCode(text.charCodeAt(start))) start++;
  if (start >= text.length || !isLetterAt(text, start)) return null;
  // No separator anywhere after the first letter: AFTER_NAME cannot match (most lines of prose).
  if (text.indexOf(':', start) < 0 && text.indexOf('\t', start) < 0 && text.indexOf('\uff1a', start) < 0) return null;
  let end = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
  for (let count = 0; ; count++) {
    // AFTER_NAME starts with a space (\s), an aside's bracket or the separator: elsewhere it is not tried.
    if (mayFollowName(text.charCodeAt(end))) {
      AFTER_NAME.lastIndex = end;
      if (AFTER_NAME.test(text)) {
        const match = [text.slice(0, AFTER_NAME.lastIndex), text.slice(start, end)] as unknown as RegExpExecArray;
        match.index = 0;
        match.input = text;
        match.groups = undefined;
        return match;
      }
    }
    if (count === MAX_NAME_REST || end >= text.length) return null;
    const cp = text.codePointAt(end)!;
    if (!inName(text, end, cp)) return null;
    end += cp > 0xffff ? 2 : 1;
  }
}

/** Whether AFTER_NAME may match from a character of code `c`: `\s` (tab included), `(` `（` `[`, a colon of either width. */
function mayFollowName(c: number): boolean {
  return c === 0x3a || c === 0x28 || c === 0x5b || c === 0xff1a || c === 0xff08 || isJsSpaceCode(c);
}

/** Whether the character at `i` (code point `cp`) may be in a name after its first letter: a letter, mark or figure, `'’.-`, a space of NAME_SPACES. */
function inName(text: string, i: number, cp: number): boolean {
  if (cp < 0x80) return cp === 0x20 || cp === 0x27 || cp === 0x2d || cp === 0x2e || isLetterOrDigitAt(text, i, cp);
  if (cp === 0x2019 || cp === 0xa0 || cp === 0x202f || cp === 0x2009) return true;
  return isLetterOrDigitAt(text, i, cp) || isMarkCode(cp);
}

/**
 * A label whose name is known beforehand (a cue's voice, render/cue.ts), by LABEL's separator: the
 * name (group 1: any characters up to the first colon or tab, since the name is compared, not
 * guessed), its asides as written (group 2: `MARC (off) :` → ` (off)`), the separator. The name being
 * known, nothing else passes for an aside, so it may carry more than LABEL's one short aside in round
 * brackets: several, in round (either width) or square brackets (`MARC [off] (rires) :`).
 */
const NAMED_LABEL = new RegExp(`^\\s*([^:：\\t\\n]{1,60}?)((?:\\s*[(（[][^()（）[\\]\\n]{1,40}[)）\\]])*)\\s*${SEPARATOR}`, 'u');
/**
 * The label for `name` opening a text, by LABEL's separator (`MARC (off) : Tu viens ?` for Marc,
 * `MARC⇥Tu viens ?`, `玛丽（画外）：你好。` for 玛丽): the label as written (with its asides) and where the
 * text after it starts. Null when the text opens with no label, or with another name's. The name is
 * read as every layer reads a voice's label (voiceLabelIndex: `O’BRIEN` for `O'Brien`, `MARIE\u00A0CLAIRE`
 * for `Marie Claire`; `ELODIE` for `Élodie` when none of the script's other `voices` is spelt so with the
 * accents off: not for `Élodie` beside an `Elodie`).
 */
export function labelFor(text: string, name: string, voices: readonly string[] = []): { label: string; end: number } | null {
  const match = NAMED_LABEL.exec(text.length > HEAD ? text.slice(0, HEAD) : text);
  if (!match) return null;
  // The name with its asides aside, or a name with brackets of its own (a voice named `Client (F)`).
  if (!namesCueVoice(match[1]!, name, voices) && (match[2] === '' || !namesCueVoice(match[1]! + match[2]!, name, voices))) return null;
  return { label: (match[1]! + match[2]!).trim(), end: match[0].length };
}

/** A name as compared with a voice's: voiceLabelKey, compatibility forms (composed accents, ligatures) folded first. */
const cueKey = (name: string) => voiceLabelKey(name.normalize('NFKC'));

/** voiceLabelIndex's answer for one name and one voice among `voices`: the same key, or the same letters accents off when no other voice has them. */
function namesCueVoice(written: string, name: string, voices: readonly string[]): boolean {
  const key = cueKey(written);
  if (key === cueKey(name)) return true;
  const loose = accentlessKey(written.normalize('NFKC'));
  if (loose !== accentlessKey(name.normalize('NFKC'))) return false;
  return !voices.some((voice) => voice !== name && accentlessKey(voice.normalize('NFKC')) === loose);
}

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
export const SLASHED = lazy(() => /^\s*([\uAC00-\uD7A3][\uAC00-\uD7A3\p{Lu}\p{N} ]{0,11}?)\s*\/\s*(?=\S)/u);

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
export const HEAD = 160;

/**
 * The label opening a text as speaker-labels.ts counts a paragraph's (a name in capitals or with a
 * capital and a colon or a tab, or a Chinese, Japanese or Korean label), by its key (labelKey); null
 * for none, or a header's field (`Durée : 30 s`).
 */
export function openingLabelKey(text: string): string | null {
  return openingLabel(text)?.key ?? null;
}

/** A label opening a text: as written, its key (labelKey) and its form (formOf). */
export interface OpeningLabel {
  label: string;
  key: string;
  form: Form;
}

/**
 * What follows a colon with no space in `TV :30`, `RADIO :60 — Summer`: a spot's length (`:30`), so the
 * word before it is a medium, never a speaker's label.
 */
const SPOT_LENGTH_AFTER = /^\d{2}(?![\d:])\s*(?:$|[—–\-(,|·"“”])/u;

/** Whether LABEL's match in a text is a spot's medium and length (`TV :30`), not a label. */
export function spotLengthLabel(text: string, match: RegExpExecArray): boolean {
  const end = match.index + match[0].length;
  const colon = text.charCodeAt(end - 1);
  return (colon === 0x3a || colon === 0xff1a) && SPOT_LENGTH_AFTER.test(text.slice(end, end + 12));
}

/** openingLabelKey, with the label as written and its form. */
export function openingLabel(text: string): OpeningLabel | null {
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  const match = LABEL.exec(head);
  let label: string | null = null;
  let form: Form | null = null;
  if (match && spotLengthLabel(head, match)) return null;
  if (match && (form = formOf(normaliseSpace(match[1]!)))) label = normaliseSpace(match[1]!);
  else if (hasEastAsianLetter(head.slice(0, 24))) {
    for (const pattern of [QUOTED, BRACKETED, PARENTHESISED, SLASHED()]) {
      const cjk = pattern.exec(head);
      const named = cjk ? formOf(normaliseSpace(cjk[1]!)) : null;
      if (named === 'cjk' || (named === 'hangul' && pattern !== QUOTED)) {
        label = normaliseSpace(cjk![1]!);
        form = named;
        break;
      }
    }
  }
  if (label === null || form === null) return null;
  const key = labelKey(label);
  return FIELDS.has(key) ? null : { label, key, form };
}

/** The letters and figures of a label or a name, as shortenings are compared: in capitals, accents and signs off. */
const lettersOf = (text: string) => labelKey(text).normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '');

/** A label's words as said words are compared: in capitals, accents off, one space between words, `’` as `'`. */
const saidKey = (text: string) => normaliseSpace(labelKey(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/gu, "'")).trim();

/**
 * Words said aloud at a line's start before a colon, in English and French: an ad's, a lesson's, a
 * news read's (`NEW: our ready meals`, `FACT: …`, `HURRY: …`, `Rappel : …`, `Le saviez-vous : …`,
 * `No: turn your feet instead.`). No speaker is called so: a word of these opening lines is said,
 * however often, and names a voice only by its very letters (a voice called `New`), never as a
 * shortening or initials (`HOT` is no HOST, `NO` no Narrator One). A note's or a direction's label
 * (`NOTE:`, `SFX:`) is label-rows.ts `DIRECTIONS`', a heading's (`Step 1:`) colour-labels.ts'.
 */
const SAID_OPENERS = new Set(
  [
    // English: an ad's, a promotion's, a news read's, a lesson's openers, and words said with a colon in a dialogue.
    'NEW', 'ALL NEW', 'ALL-NEW', 'BRAND NEW', 'NOW', 'HOT', 'HURRY', 'SALE', 'PROMO', 'OFFER', 'DEAL', 'DEALS', 'FREE', 'BONUS', 'PLUS', 'EXTRA', 'SAVE', 'LIMITED', 'LIMITED TIME', 'ONLY',
    'TODAY', 'TONIGHT', 'TOMORROW', 'THIS WEEK', 'THIS WEEKEND', 'SPECIAL', 'EXCLUSIVE', 'BREAKING', 'BREAKING NEWS', 'NEWS', 'UPDATE', 'ALERT', 'REMINDER', 'COMING SOON', 'INTRODUCING', 'ANNOUNCING',
    'FACT', 'FACTS', 'FUN FACT', 'QUICK FACT', 'DID YOU KNOW', 'HINT', 'QUICK TIP', 'PRO TIP', 'TOP TIP', 'INFO', 'FYI', 'PS', 'P.S.', 'CAUTION', 'DANGER', 'NOTICE', 'KEY POINT', 'TAKEAWAY', 'BOTTOM LINE',
    'SUMMARY', 'RECAP', 'IN SHORT', 'RESULT', 'RESULTS', 'GOAL', 'OBJECTIVE', 'PROBLEM', 'SOLUTION', 'BENEFIT', 'MYTH', 'TRUTH', 'TRUE', 'FALSE', 'PROS', 'CONS', 'WHY', 'HOW', 'WHAT', 'WHEN', 'WHERE',
    'FIRST', 'SECOND', 'THIRD', 'NEXT', 'THEN', 'FINALLY', 'LAST', 'LASTLY', 'ALSO', 'AND', 'BUT', 'OR', 'SO', 'YES', 'NO', 'OK', 'OKAY', 'WAIT', 'LOOK', 'LISTEN', 'HEY', 'WOW', 'WELL', 'PSST', 'BONUS TIP',
    // French.
    'NOUVEAU', 'NOUVELLE', 'NOUVEAUX', 'NOUVELLES', 'NOUVEAUTE', 'NOUVEAUTES', 'INEDIT', 'EXCLUSIF', 'EXCLU', 'GRATUIT', 'OFFRE', 'OFFRE SPECIALE', 'SOLDES', 'PROMOTION', 'BON PLAN', 'VITE', 'DERNIERE MINUTE',
    "AUJOURD'HUI", 'MAINTENANT', 'DEMAIN', 'CE SOIR', 'CETTE SEMAINE', 'CE WEEK-END', 'EN CE MOMENT', 'SPECIAL', 'URGENT', 'ALERTE', 'FLASH INFO', 'INFO', 'INFOS', 'RAPPEL', 'CONSEIL', 'ASTUCE DU JOUR',
    'LE SAVIEZ-VOUS', 'SAVIEZ-VOUS', 'BON A SAVOIR', 'A SAVOIR', 'A RETENIR', 'A NOTER', 'LE SAVIEZ VOUS', 'EN BREF', 'EN RESUME', 'RESUME', 'BILAN', 'RESULTAT', 'RESULTATS', 'OBJECTIF', 'OBJECTIFS', 'PROBLEME',
    'AVANTAGE', 'AVANTAGES', 'VRAI', 'FAUX', 'VRAI OU FAUX', 'POURQUOI', 'COMMENT', 'QUOI', 'QUAND', 'OU', "D'ABORD", 'PREMIEREMENT', 'DEUXIEMEMENT', 'ENSUITE', 'PUIS', 'ENFIN', 'BREF', 'DONC', 'MAIS', 'ET',
    'ALORS', 'OUI', 'NON', 'BON', 'ECOUTEZ', 'REGARDEZ', 'PS', 'SUPER', 'BONUS',
  ].map(saidKey),
);

/** Whether a label is a word said aloud at a line's start (SAID_OPENERS: `NEW`, `Fact`, `Nouveauté`, `Le saviez-vous`), no speaker's name. */
export const saidOpener = (label: string) => SAID_OPENERS.has(saidKey(label));

const VOWELS = /[AEIOUY]/u;

/**
 * Whether `short` is `long` shortened as scripts shorten roles: three letters at least, `long`'s first
 * letters (`NARR`, `CAPT`), or its first letter then consonants of it, in order (`ANNCR`, `MGR`, `SGT`,
 * `ASST`). Letters in order alone are not enough: `HOT` has HOST's, `ACE` ANNOUNCER's, `CUE`
 * CUSTOMER's. Two letters are too few to tell a shortening from a word said with a colon (`No: turn
 * your feet instead.` in the Narrator's colour): they shorten a name only as the initials of its words
 * (`VO` for `Voice-over`), see labelNames.
 */
function shortens(short: string, long: string): boolean {
  if (short.length < 3 || short.length > long.length || short[0] !== long[0]) return false;
  if (long.startsWith(short)) return true;
  let at = 1;
  for (let i = 1; i < long.length && at < short.length; i++) {
    const letter = short[at]!;
    if (VOWELS.test(letter)) return false;
    if (long[i] === letter) at++;
  }
  return at === short.length;
}

/** The first letters of a name's words, as labelNames compares them (`VO` for `Voice-over`): '' for a name of one word. */
function initialsOf(name: string): string {
  const words = wordsOf(name);
  return words.length < 2 ? '' : words.map((word) => lettersOf(word).slice(0, 1)).join('');
}

/** A name's words (`Narrator (Mark)`: Narrator, Mark). */
const wordsOf = (name: string) => name.split(/[^\p{L}\p{M}\p{N}]+/u).filter((word) => word !== '');

/**
 * Whether a label names a voice called `name` (a legend's, a config's name or label): the same letters
 * (`Agent` for `AGENT`, `V.O.` for `VO`, `ELODIE` for `Élodie`), or one shortened from the other as
 * scripts shorten roles (`ANNCR` for `ANNOUNCER`, `NARR` for `Narrator`, `VO` for `Voice-over`:
 * shortens); or so for one word of a name of several (`MARK` for `Narrator (Mark)`). Three letters at
 * least for a shortening, two as the initials of a name's words (`VO`, not `NO` for `Narrator`); one
 * never (`A:` names no `Agent`). A word said aloud at a line's start (`NEW`, `HOT`, `NO`: saidOpener)
 * names a voice by its very letters only.
 */
export function labelNames(label: string, name: string): boolean {
  const key = lettersOf(label);
  if (key === '') return false;
  const whole = lettersOf(name);
  if (key === whole) return true;
  if (saidOpener(label)) return false;
  if (shortens(key, whole) || shortens(whole, key)) return true;
  if (key.length === 2 && key === initialsOf(name)) return true;
  const words = wordsOf(name);
  if (words.length < 2) return false;
  return words.some((word) => {
    const letters = lettersOf(word);
    return letters.length >= 2 && (letters === key || shortens(key, letters) || shortens(letters, key));
  });
}

/** A voice as a label may name it: its name and its labels (a config's `label:`). */
export interface NamedVoice {
  name: string;
  labels: readonly string[];
}

/**
 * The one answer to "does this label name that voice?", for every layer that asks it: with voices
 * told by their labels (attribute/match.ts: a paragraph's label, a table's label cell, a name alone
 * on its line), a voice's label as written, case, width and spaces aside (`how: 'labels'`, a config's
 * label being typed as the script writes it: voiceLabelKey); with voices told by colour
 * (colour-labels.ts), its name or a label, the same letters or one shortened from the other
 * (`how: 'names'`: `ANNCR` for `ANNOUNCER`, labelNames).
 */
export function namesVoice(label: string, voice: NamedVoice, how: 'labels' | 'names'): boolean {
  if (how === 'labels') {
    const key = voiceLabelKey(label);
    return voice.labels.some((l) => voiceLabelKey(l) === key);
  }
  return labelNames(label, voice.name) || voice.labels.some((l) => labelNames(label, l));
}

/**
 * namesVoice's `labels` answer as a key, for a layer that looks labels up by it (match.ts): a label and
 * a voice's label name the voice when their keys are the same. The label as labels are compared
 * (labelKey: width-folded, in capitals), its spaces normalised (`MARIE  (no-break) :`).
 */
export const voiceLabelKey = (label: string) => labelKey(normaliseSpace(label).trim());

/**
 * A voice's label with its accents off (`ÉLODIE` → `ELODIE`), as capitals often print it in French
 * typesetting: the key of voiceLabelKey with the marks of Latin, Greek and Cyrillic letters dropped. A
 * label holding a Chinese, Japanese or Korean letter keeps its key (a kana's voicing mark, `が`, is
 * part of the letter, no accent).
 */
export function accentlessKey(label: string): string {
  const key = voiceLabelKey(label);
  if (ASCII.test(key) || hasEastAsianLetter(key)) return key;
  return key.normalize('NFD').replace(MARKS, '').normalize('NFC');
}

const ASCII = /^[\x00-\x7F]*$/u;
const MARKS = /\p{M}/gu;

/** A voice's label as a label table holds it: the voice it is, the label as written. */
export interface VoiceLabel {
  voice: string;
  label: string;
}

/** Voices whose labels differ only by their accents (`Élodie`, `Elodie`): a label in capitals with no accent may be either's. */
export type AlikeLabels = VoiceLabel[];

/**
 * The voices' labels as every layer looks a label of the script up (a paragraph's label, one after a
 * line break, a table's label cell, a name alone on its line, a label out of place): namesVoice's
 * `labels` answer — the same key (voiceLabelKey: case, width, spaces, apostrophes aside) — and, when
 * none is so, the same letters with the accents off (`ELODIE` for `Élodie`, `ÉLODIE` for `Elodie`:
 * capitals often drop accents) if only one voice's label has them. Two voices whose labels differ
 * only by accents are never guessed between that way (`alike`: said by match.ts `accentDoubts`).
 * The first entry's when two entries share a key.
 */
export function voiceLabelIndex<T extends VoiceLabel>(entries: readonly T[]): { find: (name: string) => T | undefined; alike: T[][] } {
  const exact = new Map<string, T>();
  const loose = new Map<string, T[]>();
  for (const entry of entries) {
    const key = voiceLabelKey(entry.label);
    if (exact.has(key)) continue;
    exact.set(key, entry);
    const accentless = accentlessKey(entry.label);
    const same = loose.get(accentless);
    if (!same) loose.set(accentless, [entry]);
    else if (!same.some((e) => e.voice === entry.voice)) same.push(entry);
  }
  const alike = [...loose.values()].filter((group) => group.length > 1);
  // Most configs: every label's key its own with the accents off too (no accent, or none alike).
  const plain = [...loose].every(([key, group]) => group.length === 1 && exact.has(key));
  const find = (name: string): T | undefined => {
    const key = voiceLabelKey(name);
    const found = exact.get(key);
    if (found !== undefined || (plain && ASCII.test(key))) return found;
    const group = loose.get(accentlessKey(name));
    return group && group.length === 1 ? group[0] : undefined;
  };
  return { find, alike };
}

/**
 * A label as a message shows it, with the colon the script writes: `ＮＡ：` keeps its full-width colon, `MARIE :` the
 * space French typography sets before it (a space, a no-break or a narrow no-break space: shown as a space, as a
 * line's text shows it), an aside left out (`MARC (off) :` is `MARC :`); a tab after it is shown as a colon.
 */
export function labelAsWritten(name: string, prefix: string): string {
  const colon = SPACED_COLON.exec(prefix);
  if (colon) return `${name}${colon[1] ? ' ' : ''}${colon[2]}`;
  return prefix.includes('：') ? `${name}：` : `${name}:`;
}

/** The colon closing a label's prefix, and the space before it (`MARIE : `, `MARIE\u00A0:`). */
const SPACED_COLON = /(\s?)([:：])\s*$/u;
