/**
 * The script's language: given by `--lang`, else the config's `language`, else what the document
 * declares (DOCX `w:lang`, PDF `/Lang`), else a light guess from the text's commonest words.
 * The report says which of these it came from, and warns when the document's declaration and
 * the text disagree (Word templates often mark French text as en-US).
 */
import type { Warning } from '../model.js';
import { canonicalTag, isNoLanguage } from '../text/language-tag.js';
import { countWords, isLetterAt } from '../text/words.js';
import { isJsSpaceCode } from '../text/code-classes.js';
import { dirname, isWithin, resolve } from '../platform/files.js';
import { spokenLanguage } from './spoken/index.js';
import { ambiguousDates, type DatePlace, englishVariantFromText, ownDateOrders, type VoiceText } from './english-variant.js';

export type LanguageSource = '--lang' | 'config' | 'document' | 'guessed' | 'default';

export interface ScriptLanguage {
  /** BCP 47 tag, canonical case: `fr-FR`, `en`. */
  tag: string;
  /** The primary language subtag: `fr`. */
  code: string;
  /** In English, for people: `French (France)`. */
  name: string;
  source: LanguageSource;
  /** Whether vo-lines has spoken-form rules for it (English, French, German, Spanish). */
  spokenForms: boolean;
}

export interface LanguageOptions {
  /** `--lang CODE`. */
  lang?: string;
  /** The config's `language`. */
  config?: string;
  /** The config file that sets `config`, and the script's file: a warning says where the language was set, beside the script or above it. */
  configFile?: string;
  scriptFile?: string;
  /** Where the text of each index `texts` gives stands (its paragraph, its voice): the date warnings name their lines. */
  placeOf?: (index: number) => DatePlace | undefined;
}

/** The names of the commonest languages, as Intl.DisplayNames gives them; others are asked of Intl (its first use costs ICU's set-up). */
const COMMON_NAMES: Readonly<Record<string, string>> = { en: 'English', fr: 'French', de: 'German', es: 'Spanish', it: 'Italian', pt: 'Portuguese', nl: 'Dutch' };
let names: Intl.DisplayNames | undefined;

function describe(tag: string, source: LanguageSource): ScriptLanguage {
  const code = tag.split('-')[0]!.toLowerCase();
  if (tag === CYRILLIC_UNKNOWN) return { tag, code, name: 'a language written in Cyrillic', source, spokenForms: false };
  if (tag === LATIN_UNKNOWN) return { tag, code, name: 'a language vo-lines does not know', source, spokenForms: false };
  let name = Object.hasOwn(COMMON_NAMES, code) ? COMMON_NAMES[code]! : tag;
  if (name === tag) {
    try {
      names ??= new Intl.DisplayNames(['en'], { type: 'language' });
      name = names.of(code) ?? tag;
    } catch {
      // keep the tag
    }
  }
  return { tag, code, name, source, spokenForms: spokenLanguage(tag) !== null };
}

/** A voice's language as the config sets it (`voices: NAME: language: fr`). */
export function configuredLanguage(tag: string): ScriptLanguage {
  return describe(tag, 'config');
}

/** A language's name in English, for people: `French (France)` for `fr-FR`. */
export function languageName(tag: string): string {
  return describe(tag, 'document').name;
}

/** The commonest short words of each language: enough to tell them apart on a few sentences. */
const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set('the and of to a in is it you that for on are with this be as your at have not we by or can from will'.split(' ')),
  fr: new Set('le la les de des du et un une est en que qui dans pour pas vous sur au aux avec ce cette il sont nous ne par'.split(' ')),
  de: new Set('der die das und ist nicht ein eine zu den von mit sie es sich auf für im dem des auch wir ich sind werden'.split(' ')),
  es: new Set('el la los las de del y en que es un una por con para no se su al lo como más pero sus le ya'.split(' ')),
  it: new Set('il lo la gli le di e che è un una per con non del della sono nel alla si questo anche'.split(' ')),
  pt: new Set('o a os as de do da e que é um uma em para com não no na se por mais dos das'.split(' ')),
  nl: new Set('de het een en van is dat op te in zijn met voor niet aan er ook als bij maar'.split(' ')),
};

const SAMPLE_WORDS = 4000;
/** More texts than that, and the counts kept of each (WORDS_OF, WRITING_OF) are let go: a library reading many scripts. */
const KEPT_TEXTS = 8192;

/** The languages FUNCTION_WORDS knows, in its order: a word's hits are counted by their index. */
const GUESSED = Object.keys(FUNCTION_WORDS);

/** Each function word with the indexes (in GUESSED) of the languages it belongs to, in FUNCTION_WORDS' order. */
const LANGUAGES_OF = new Map<string, number[]>();
/** Each function word's bit in its languages' masks (LANGUAGES_OF's order): its place in the language's FUNCTION_WORDS. */
const BITS_OF = new Map<string, number[]>();
GUESSED.forEach((code, index) => {
  let bit = 0;
  for (const word of FUNCTION_WORDS[code]!) {
    const codes = LANGUAGES_OF.get(word);
    if (codes) {
      codes.push(index);
      BITS_OF.get(word)!.push(1 << bit);
    } else {
      LANGUAGES_OF.set(word, [index]);
      BITS_OF.set(word, [1 << bit]);
    }
    bit++;
  }
});

const WORD_SEPARATOR = /[\s'’.,;:!?«»"“”()[\]]/u;

/** ASCII characters that are WORD_SEPARATOR's: whitespace and ' . , ; : ! ? " ( ) [ ]. */
const ASCII_SEPARATORS = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_SEPARATORS[c] = WORD_SEPARATOR.test(String.fromCharCode(c)) ? 1 : 0;

/** WORD_SEPARATOR.test(text[i]), with ASCII (most characters) decided without it. */
function isWordSeparator(code: number, text: string, i: number): boolean {
  if (code < 0x80) return ASCII_SEPARATORS[code] !== 0;
  return WORD_SEPARATOR.test(text[i]!);
}

/**
 * The language whose function words are the most frequent in the text, when it clearly leads and
 * rests on real words (see leaderOf). Null when the text is too short, mixed, or has no real words.
 *
 * The words are read lower-cased, one at a time: a scan, not a split of the whole text (a damaged
 * file's line may be megabytes of punctuation, which a splitting regex overflows on), and the
 * guess stops after SAMPLE_WORDS.
 */
export function guessLanguage(texts: Iterable<string>): string | null {
  return leaderOf(functionWordHits(texts));
}

/** The fewest function words a guess goes on; a doubt about a tag with none of its own words, on fewer. */
const GUESS_HITS = 8;
const FEW_HITS = 4;
/**
 * What a language's hits must rest on to lead a guess (GUESS_HITS) or a doubt (FEW_HITS): distinct
 * function words of it, and of them distinct ones of two letters or more not in SHARED_WORDS; and
 * the share of the real words read that are its function words.
 */
const GUESS_DISTINCT = 3;
const GUESS_OWN = 2;
const FEW_DISTINCT = 2;
const FEW_OWN = 1;
const LEAST_SHARE = 0.01;

/**
 * The language of the most function words when it clearly leads: at least `least` hits (GUESS_HITS)
 * and 1.5 times the next language's. Null when none does.
 *
 * A guess rests on real words only: only the hits of words read as words count (wordsIn: letters
 * between separators, in a run of text no longer than LONGEST_RUN, in a text mostly of such words
 * and not code), and a language leads only on evidence of its own: GUESS_DISTINCT different function
 * words of it or more, GUESS_OWN of them of two letters or more and in no other language's SHARED_WORDS
 * (forty hits of `a`, `e`, `de` and `da` are no Portuguese), and its hits a LEAST_SHARE of the real
 * words read or more, one in a hundred (function words make a quarter to a half of prose in these
 * languages: fewer rest on a sliver of the text, the rest of it names, codes or identifiers). A language short of that evidence is left out of the
 * ranking (its hits say nothing); the one leading the rest must still clear the thresholds. For a
 * doubt (`least` FEW_HITS), FEW_DISTINCT and FEW_OWN.
 */
function leaderOf(words: WordHits, least = GUESS_HITS): string | null {
  const distinct = least === GUESS_HITS ? GUESS_DISTINCT : FEW_DISTINCT;
  const own = least === GUESS_HITS ? GUESS_OWN : FEW_OWN;
  let first: string | null = null;
  let firstHits = 0;
  let secondHits = 0;
  for (const code of GUESSED) {
    const hits = words.hits[code] ?? 0;
    if (hits === 0 || (words.distinct[code] ?? 0) < distinct || (words.own[code] ?? 0) < own || hits < words.real * LEAST_SHARE) continue;
    if (hits > firstHits) {
      secondHits = firstHits;
      first = code;
      firstHits = hits;
    } else if (hits > secondHits) secondHits = hits;
  }
  if (first === null || firstHits < least || firstHits < secondHits * 1.5) return null;
  return first;
}

/**
 * Short words that are as much function words of languages the guess does not know (Czech's and
 * Polish's a, i, o, na, do, se, to; Hungarian's a, is, van; Romanian's de, la, un; Swedish's en, i,
 * den; Turkish's de, da…) as of those it knows: no sign of the known one when letters say another.
 */
const SHARED_WORDS = new Set('a i o e to is in on be we at are no na do se de la en un den van el'.split(' '));

/** Each language's function words of two letters or more not in SHARED_WORDS, as a mask of their bits (BITS_OF). */
const OWN_MASKS = GUESSED.map((code) => {
  let mask = 0;
  let bit = 0;
  for (const word of FUNCTION_WORDS[code]!) {
    if (word.length >= 2 && !SHARED_WORDS.has(word)) mask |= 1 << bit;
    bit++;
  }
  return mask;
});

/** Function words counted for the guess and the letters' check: a language's hits, shared words (SHARED_WORDS) aside, the distinct words. */
interface WordHits {
  hits: Record<string, number>;
  /** Hits of words not in SHARED_WORDS. */
  plain: Record<string, number>;
  /** Distinct function words of each language seen. */
  distinct: Record<string, number>;
  /** Of them, those of two letters or more not in SHARED_WORDS. */
  own: Record<string, number>;
  /** Words read (a run longer than LONGEST_RUN is none). */
  words: number;
  /** Real words read: letters only, in texts of real words (see wordsIn). */
  real: number;
}

/** The counts wordsIn keeps of a text, by their place: [0, n) hits, [n, 2n) plain hits, then words, real words, then [2n + 2, 3n + 2) masks of the words seen, then 1 when the text is no prose. */
const WORDS = 0;
const REAL = 1;
const NOT_PROSE = 2;

function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

/** How many of each language's function words the text holds (its first SAMPLE_WORDS words), and how many words were read. */
function functionWordHits(texts: Iterable<string>): WordHits {
  // counts[k]: hits of GUESSED[k]; counts[n + k]: its plain hits; counts[2n]: words read; counts[2n + 1]: real words;
  // counts[2n + 2 + k]: the mask of GUESSED[k]'s words seen.
  const n = GUESSED.length;
  const words = 2 * n + WORDS;
  const counts = new Int32Array(3 * n + 2);
  for (const text of texts) {
    const left = SAMPLE_WORDS - counts[words]!;
    let own = WORDS_OF.get(text);
    if (own === undefined) {
      own = wordsIn(text, left);
      // Read whole (the words did not run out inside it): kept for the next reading.
      if (own[words]! < left) {
        if (WORDS_OF.size >= KEPT_TEXTS) WORDS_OF.clear();
        WORDS_OF.set(text, own);
      }
    } else if (own[words]! > left) own = wordsIn(text, left);
    for (let k = 0; k < 2 * n + 2; k++) counts[k]! += own[k]!;
    for (let k = 2 * n + 2; k < 3 * n + 2; k++) counts[k]! |= own[k]!;
    if (counts[words]! >= SAMPLE_WORDS) break;
  }
  const hits: Record<string, number> = {};
  const plain: Record<string, number> = {};
  const distinct: Record<string, number> = {};
  const ownWords: Record<string, number> = {};
  for (let k = 0; k < n; k++) {
    const code = GUESSED[k]!;
    if (counts[k]) hits[code] = counts[k]!;
    if (counts[n + k]) plain[code] = counts[n + k]!;
    const mask = counts[2 * n + 2 + k]!;
    if (mask) {
      distinct[code] = bitCount(mask);
      ownWords[code] = bitCount(mask & OWN_MASKS[k]!);
    }
  }
  return { hits, plain, distinct, own: ownWords, words: counts[words]!, real: counts[2 * n + REAL]! };
}

/** A text's function-word counts (functionWordHits's) kept for the texts read whole: a script's lines are read again for each voice. */
const WORDS_OF = new Map<string, Int32Array>();

/**
 * Lets go of the counts kept per text (WORDS_OF, WRITING_OF): buildReport calls it when its readings are done, so
 * that a process reading script after script (the page's worker, a library) keeps no script's lines alive.
 */
export function forgetKeptCounts(): void {
  WORDS_OF.clear();
  WRITING_OF.clear();
}

/**
 * The longest run of text without whitespace read for words, and the longest word. A longer run is
 * no prose: a base64 blob, a URL, a runaway line of random letters and brackets (whose chunks
 * between brackets would read as `a`, `e`, `o`, `de`, `da`), a hex string; the longest words of
 * the languages the guess knows (German compounds) with their punctuation fit in it.
 */
const LONGEST_RUN = 64;
const LONGEST_WORD = 40;

/**
 * Characters of code, seldom in prose: { } = < > _ \ | ~ ^ and the backtick (and a quote before a colon,
 * JSON's `"key":`, counted by wordsIn). A text with two of them or more, one for every four words or more,
 * is code (a JavaScript or JSON line), not prose.
 */
function isCodeMark(c: number): boolean {
  return c === 0x7b || c === 0x7d || c === 0x3d || c === 0x3c || c === 0x3e || c === 0x5f || c === 0x5c || c === 0x7c || c === 0x7e || c === 0x5e || c === 0x60;
}

/**
 * Whether a text ends as a line of code does and no prose: with `{` or `}`, or `;` after `)` or `}`;
 * not a prose line ending with a placeholder (`See you in {courseName}`, `See you in {{ course }}`:
 * isPlaceholderRun, spacedPlaceholderStart), unless the placeholder is a value assigned (`const x = {a}`,
 * `total = {{ sum }}`: a lone `=` before it).
 */
function endsAsCode(text: string): boolean {
  let last = text.length - 1;
  while (last >= 0 && isJsSpaceCode(text.charCodeAt(last))) last--;
  if (last < 0) return false;
  const c = text.charCodeAt(last);
  if (c === 0x7d) {
    let first = last;
    while (first > 0 && !isJsSpaceCode(text.charCodeAt(first - 1))) first--;
    let opens = isPlaceholderRun(text, first, last + 1) ? first : -1;
    if (opens < 0) opens = spacedPlaceholderStart(text, first, last + 1);
    return opens < 0 || isAssignedAt(text, opens);
  }
  if (c === 0x7b) return true;
  if (c !== 0x3b || last === 0) return false;
  const before = text.charCodeAt(last - 1);
  return before === 0x29 || before === 0x7d;
}

/** The start of the run of text without whitespace that ends at `end` (whitespace before `end` passed over), or -1 when there is none. */
function runBefore(text: string, end: number): number {
  let last = end;
  while (last > 0 && isJsSpaceCode(text.charCodeAt(last - 1))) last--;
  if (last === 0) return -1;
  let first = last - 1;
  while (first > 0 && !isJsSpaceCode(text.charCodeAt(first - 1))) first--;
  return first;
}

/** Whether the run before `start` is a lone `=` (or `:=`): the placeholder at `start` is a value assigned, code. */
function isAssignedAt(text: string, start: number): boolean {
  const first = runBefore(text, start);
  if (first < 0) return false;
  let last = start;
  while (isJsSpaceCode(text.charCodeAt(last - 1))) last--;
  return (last - first === 1 && text.charCodeAt(first) === 0x3d) || (last - first === 2 && text.charCodeAt(first) === 0x3a && text.charCodeAt(first + 1) === 0x3d);
}

/** Whether `text[start, end)` is `{{` after prose's opening marks (`({{`, `"{{`): a spaced placeholder's opening. */
function isSpacedOpening(text: string, start: number, end: number): boolean {
  let first = start;
  while (first < end && isOpeningMark(text.charCodeAt(first))) first++;
  return end - first === 2 && text.charCodeAt(first) === 0x7b && text.charCodeAt(first + 1) === 0x7b;
}

/** Whether `text[start, end)` is `}}` before prose's closing marks (`}},` `}}.` `}})` `}}'s`): a spaced placeholder's closing. */
function isSpacedClosing(text: string, start: number, end: number): boolean {
  if (end - start < 2 || text.charCodeAt(start) !== 0x7d || text.charCodeAt(start + 1) !== 0x7d) return false;
  let last = end;
  while (last > start + 2 && isClosingMark(text.charCodeAt(last - 1))) last--;
  if (last - start === 4 && (text.charCodeAt(start + 2) === 0x27 || text.charCodeAt(start + 2) === 0x2019) && text.charCodeAt(start + 3) === 0x73) return true;
  return last === start + 2;
}

/** Whether `text[start, end)` is a placeholder's name (`name`, `first_name`, `user.name`). */
function isPlaceholderNameRun(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let k = start; k < end; k++) if (!isPlaceholderName(text.charCodeAt(k))) return false;
  return true;
}

/**
 * A placeholder of a template written with spaces inside its braces (`{{ name }}`, `{{ first_name }},`, as Jinja,
 * Liquid, Handlebars and Mustache templates are written), opening with the run `text[start, end)`: where its closing
 * run ends (the next run to read from), or -1 when it is none. Like isPlaceholderRun's, no word and no sign of code.
 */
function spacedPlaceholderEnd(text: string, start: number, end: number): number {
  if (!isSpacedOpening(text, start, end)) return -1;
  let nameStart = end;
  while (nameStart < text.length && isJsSpaceCode(text.charCodeAt(nameStart))) nameStart++;
  let nameEnd = nameStart;
  while (nameEnd < text.length && !isJsSpaceCode(text.charCodeAt(nameEnd))) nameEnd++;
  if (nameEnd - nameStart > LONGEST_RUN || !isPlaceholderNameRun(text, nameStart, nameEnd)) return -1;
  let closeStart = nameEnd;
  while (closeStart < text.length && isJsSpaceCode(text.charCodeAt(closeStart))) closeStart++;
  let closeEnd = closeStart;
  while (closeEnd < text.length && closeEnd - closeStart <= LONGEST_RUN && !isJsSpaceCode(text.charCodeAt(closeEnd))) closeEnd++;
  return isSpacedClosing(text, closeStart, closeEnd) ? closeEnd : -1;
}

/** Where a spaced placeholder (spacedPlaceholderEnd) whose closing run is `text[start, end)` opens, or -1 when it is none. */
function spacedPlaceholderStart(text: string, start: number, end: number): number {
  if (!isSpacedClosing(text, start, end)) return -1;
  const name = runBefore(text, start);
  if (name < 0) return -1;
  let nameEnd = start;
  while (isJsSpaceCode(text.charCodeAt(nameEnd - 1))) nameEnd--;
  if (!isPlaceholderNameRun(text, name, nameEnd)) return -1;
  const opening = runBefore(text, name);
  if (opening < 0) return -1;
  let openingEnd = name;
  while (isJsSpaceCode(text.charCodeAt(openingEnd - 1))) openingEnd--;
  return isSpacedOpening(text, opening, openingEnd) ? opening : -1;
}

/**
 * Whether a text ends as a sentence does: `.` `?` `!` or `…` after a word (or a closing parenthesis or quote), closing
 * marks after it allowed. A line of keywords so ended is prose a voice says (`IF (AND WHEN) YOU ARE IN, THEN IT IS ON.`,
 * `AND THEN (IF NOT NOW) WHEN?`), not code: SQL and pseudo-code end on a name, a value or a keyword.
 */
function endsAsSentence(text: string): boolean {
  let last = text.length - 1;
  while (last >= 0 && isJsSpaceCode(text.charCodeAt(last))) last--;
  // Closing quotes and parentheses after the sentence's mark (`… WHEN?)`, `… ON."`).
  while (last > 0 && isClosingQuoteOrParenthesis(text.charCodeAt(last))) last--;
  if (last < 1) return false;
  const c = text.charCodeAt(last);
  if (c !== 0x2e && c !== 0x3f && c !== 0x21 && c !== 0x2026) return false;
  const before = text.charCodeAt(last - 1);
  return isWordish(before) || isClosingQuoteOrParenthesis(before);
}

/** A closing parenthesis or quote: ) ] » " ” ’ '. */
function isClosingQuoteOrParenthesis(c: number): boolean {
  return c === 0x29 || c === 0x5d || c === 0xbb || c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x27;
}

/** Whether a code unit may be in a placeholder's name: an ASCII letter or digit, `_`, `.` or `-`. */
function isPlaceholderName(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c) || c === 0x5f || c === 0x2e || c === 0x2d;
}

/**
 * Whether a run of text without whitespace (`text[start, end)`) is a placeholder of a template, with
 * prose's punctuation around it: `{firstName},` `{{name}}` `${user}!` `%s.` `%1$s` `%d` `{0}` `({total})`.
 * A placeholder is no word, and its braces no sign of code ([NAME] is read as the word NAME).
 */
function isPlaceholderRun(text: string, start: number, end: number): boolean {
  let first = start;
  while (first < end && isOpeningMark(text.charCodeAt(first))) first++;
  let last = end;
  while (last > first && isClosingMark(text.charCodeAt(last - 1))) last--;
  // `'s` after a placeholder ({name}'s course).
  if (last - first > 2 && (text.charCodeAt(last - 2) === 0x27 || text.charCodeAt(last - 2) === 0x2019) && text.charCodeAt(last - 1) === 0x73) last -= 2;
  if (last - first < 2) return false;
  const c = text.charCodeAt(first);
  if (c === 0x25) {
    // printf's %s, %d, %@, %1$s.
    let k = first + 1;
    while (k < last && isAsciiDigit(text.charCodeAt(k))) k++;
    if (k > first + 1 && k < last && text.charCodeAt(k) === 0x24) k++;
    return k === last - 1 && (isAsciiLetter(text.charCodeAt(k)) || text.charCodeAt(k) === 0x40);
  }
  let open = first;
  if (c === 0x24) open++;
  let braces = 0;
  while (open < last && text.charCodeAt(open) === 0x7b && braces < 2) {
    open++;
    braces++;
  }
  if (braces === 0 || (c === 0x24 && braces !== 1)) return false;
  let close = last;
  for (let k = 0; k < braces; k++) {
    if (close <= open || text.charCodeAt(close - 1) !== 0x7d) return false;
    close--;
  }
  if (close <= open) return false;
  for (let k = open; k < close; k++) if (!isPlaceholderName(text.charCodeAt(k))) return false;
  return true;
}

/** Punctuation prose puts before a word: ( « " “ ‘ ' [ ¿ ¡. */
function isOpeningMark(c: number): boolean {
  return c === 0x28 || c === 0xab || c === 0x22 || c === 0x201c || c === 0x2018 || c === 0x27 || c === 0x5b || c === 0xbf || c === 0xa1;
}

/** Punctuation prose puts after a word: . , ; : ! ? ) » " ” ’ ' ] and the ellipsis. */
function isClosingMark(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x29 || c === 0xbb || c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x27 || c === 0x5d || c === 0x2026;
}

/**
 * Keywords of code (SQL, JavaScript, Python, Basic-like pseudo-code), lower-cased. A text of five words or more, three
 * of them these and two thirds or more of its words of two characters or more (names `t`, `a` and numbers aside),
 * with a sign of code (`(`, `*` or `=`), is code: `SELECT * FROM t WHERE a IS NOT
 * NULL AND b OR c`, `if (this and that) or (it is not) then`, whose keywords are English function words.
 */
const CODE_KEYWORDS = new Set(
  'select from where and or not null is in if then else elif for while return const let var function def this true false none nil end case when insert into values update delete join on as by order group having limit like between exists create table begin new'.split(' '),
);
const CODE_KEYWORDS_LEAST = 5;

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Whether a code unit is a letter or digit, for isRunOfWords: ASCII by code, any unit past ASCII but quotes and guillemets. */
function isWordish(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c) || isAsciiDigit(c);
  return c !== 0xab && c !== 0xbb && c !== 0x2018 && c !== 0x2019 && c !== 0x201c && c !== 0x201d && c !== 0x201e && c !== 0x2026;
}

/**
 * Whether a run of text without whitespace (`text[start, end)`) is words as prose writes them: its
 * punctuation at its ends (`(see`, `word),`, `«Oui»`, `[PAUSE]`) and, inside, only letters, digits,
 * hyphens and dashes, apostrophes, `/` and `&` (and/or, R&D), and `.` or `,` between digits (1,200 3.5)
 * or after a single letter (e.g., U.S.). Not: `item.id`, `require("os");`, `map[key].push(item)`,
 * `example.com/a/de`: code and addresses, whose short pieces (`de`, `os`, `a`) are no words.
 */
function isRunOfWords(text: string, start: number, end: number): boolean {
  let first = start;
  while (first < end && !isWordish(text.charCodeAt(first))) first++;
  let last = end - 1;
  while (last > first && !isWordish(text.charCodeAt(last))) last--;
  for (let k = first + 1; k < last; k++) {
    const c = text.charCodeAt(k);
    // An ASCII letter (most characters) decided without a call: the loop runs cold, in V8's interpreter.
    if (((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || isWordish(c) || c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 0x2014 || c === 0x2f || c === 0x26) continue;
    if (c === 0x2e || c === 0x2c) {
      if (isAsciiDigit(text.charCodeAt(k - 1)) && isAsciiDigit(text.charCodeAt(k + 1))) continue;
      if (c === 0x2e && isWordish(text.charCodeAt(k - 1)) && (k - 1 === first || !isWordish(text.charCodeAt(k - 2)))) continue;
    }
    return false;
  }
  return true;
}

/**
 * One text's function-word counts, up to `left` words: the words are read lower-cased, one at a time
 * (a scan, not a split: a damaged file's line may be megabytes of punctuation, which a splitting
 * regex overflows on).
 *
 * What is read as words: the tokens between separators (WORD_SEPARATOR) in runs of text without
 * whitespace of LONGEST_RUN characters or fewer (a longer run is passed over, none of its tokens a
 * word). A token is a real word when it is letters only (a hyphen inside allowed), LONGEST_WORD or
 * fewer, in a run of words (isRunOfWords: not `item.id`, `require("os");`). Only real words'
 * function words are counted, and only in a text of prose: one whose real words make half its words
 * or more, with fewer code marks (isCodeMark) than two or a quarter of its words, and not ending as
 * code does (endsAsCode); in another text (a hex dump's line, a row of product codes, a line of code), nothing but
 * its words is counted, and it is marked no prose.
 */
function wordsIn(text: string, left: number): Int32Array {
  const n = GUESSED.length;
  const counts = new Int32Array(3 * n + 3);
  const words = 2 * n + WORDS;
  const real = 2 * n + REAL;
  let codeMarks = 0;
  let keywords = 0;
  let short = 0;
  let codeSign = false;
  let start = -1;
  let letters = true;
  let inWords = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    // A letter inside a word (most characters) changes nothing below: passed over without the calls.
    if (start >= 0 && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) continue;
    if (start < 0 && c !== 0x20 && !isJsSpaceCode(c) && (i === 0 || isJsSpaceCode(text.charCodeAt(i - 1)))) {
      // A run's first character: a run longer than LONGEST_RUN is passed over whole.
      let end = i + 1;
      while (end < text.length && end - i <= LONGEST_RUN && !isJsSpaceCode(text.charCodeAt(end))) end++;
      if (end - i > LONGEST_RUN) {
        while (end < text.length && !isJsSpaceCode(text.charCodeAt(end))) end++;
        i = end;
        continue;
      }
      // A placeholder ({firstName}, %s, {{ name }}): no word, no code.
      if (c === 0x7b || c === 0x24 || c === 0x25 || isOpeningMark(c)) {
        if (isPlaceholderRun(text, i, end)) {
          i = end;
          continue;
        }
        const spaced = spacedPlaceholderEnd(text, i, end);
        if (spaced >= 0) {
          i = spaced;
          continue;
        }
      }
      inWords = isRunOfWords(text, i, end);
    }
    if (c < 0x80) {
      if (isCodeMark(c) || (c === 0x3a && i > 0 && text.charCodeAt(i - 1) === 0x22)) codeMarks++;
      else if (c === 0x28 || c === 0x2a) codeSign = true;
      if (c === 0x3d) codeSign = true;
    }
    if (i === text.length || isWordSeparator(c, text, i)) {
      if (start >= 0) {
        if (letters && inWords && i - start <= LONGEST_WORD && text.charCodeAt(i - 1) !== 0x2d) {
          counts[real]!++;
          const word = text.slice(start, i).toLowerCase();
          if (CODE_KEYWORDS.has(word)) keywords++;
          const codes = LANGUAGES_OF.get(word);
          if (codes) {
            const bits = BITS_OF.get(word)!;
            const shared = SHARED_WORDS.has(word);
            for (let j = 0; j < codes.length; j++) {
              const k = codes[j]!;
              counts[k]!++;
              if (!shared) counts[n + k]!++;
              counts[2 * n + 2 + k]! |= bits[j]!;
            }
          }
        }
        // A name of one character or a number (`t`, `a`, `1`): no sign of prose nor of code, for keywordsCode.
        if (i - start === 1 || (isAsciiDigit(text.charCodeAt(start)) && isAsciiDigit(text.charCodeAt(i - 1)))) short++;
        if (++counts[words]! >= left) break;
      }
      start = -1;
    } else {
      if (start < 0) {
        start = i;
        letters = c !== 0x2d;
      } else if (c === 0x2d) {
        // a hyphen inside a word (peut-être), not two (--)
        if (text.charCodeAt(i - 1) === 0x2d) letters = false;
      }
      if (letters && c !== 0x2d && !(c < 0x80 ? (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) : isLetterPastAscii(text, i, c) || (c >= 0x300 && c <= 0x36f))) letters = false;
    }
  }
  // A text of few real words or of code: no prose, its function words not counted.
  const keywordsCode = codeSign && counts[words]! >= CODE_KEYWORDS_LEAST && keywords >= 3 && keywords * 3 >= (counts[words]! - short) * 2 && !endsAsSentence(text);
  if (counts[real]! * 2 < counts[words]! || (codeMarks >= 2 && codeMarks * 4 >= counts[words]!) || keywordsCode || endsAsCode(text)) {
    counts.fill(0, 0, 2 * n);
    counts.fill(0, 2 * n + 1);
    counts[3 * n + 2] = 1;
  }
  return counts;
}

/** Whether a text is prose as wordsIn reads it (its counts kept, else read again up to SAMPLE_WORDS). */
function isProse(text: string): boolean {
  const counts = WORDS_OF.get(text) ?? wordsIn(text, SAMPLE_WORDS);
  return counts[counts.length - 1] === 0;
}

/**
 * Short everyday words of dialogue that are no other known language's nor English's (pronouns,
 * yes and no, common verbs): the function words are those of prose, and a short scene of dialogue
 * holds few of them. Counted only by dialogueSigns, for texts too short for the guess.
 */
const DIALOGUE_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set("i i'm don't can't won't it's that's what's you're we're they're i'll you'll i've didn't isn't".split(' ')),
  fr: new Set('je tu moi toi oui mais ça où très elle nous vous avec rien peut-être bien voilà'.split(' ')),
  de: new Set('du ja nein bist hast habe mir dich mich uns aber doch noch schon jetzt hier heute warum'.split(' ')),
  es: new Set('yo tú qué sí muy está estás estoy pero también ahora aquí bueno vamos nada'.split(' ')),
  it: new Set('io sei sono ma perché cosa anche ancora qui adesso sì ciao niente andiamo'.split(' ')),
};

/** Each dialogue word with the languages it belongs to. */
const DIALOGUE_OF = new Map<string, string[]>();
for (const [code, words] of Object.entries(DIALOGUE_WORDS)) {
  for (const word of words) {
    const codes = DIALOGUE_OF.get(word);
    if (codes) codes.push(code);
    else DIALOGUE_OF.set(word, [code]);
  }
}

/**
 * Elided articles and pronouns before a vowel or h (`l’heure`, `c’est`, `qu’on`, `dell’anno`): the
 * languages each is of. English has few (`L’Oréal`, `hors d’oeuvre`, `D’Angelo`), and no `qu’`, `j’`, `n’`.
 */
const ELISIONS = new Map<string, readonly string[]>([
  ['l', ['fr', 'it']], ['d', ['fr', 'it']], ['c', ['fr', 'it']], ['j', ['fr']], ['qu', ['fr']], ['n', ['fr']], ['s', ['fr']],
  ['t', ['fr']], ['m', ['fr']], ['jusqu', ['fr']], ['lorsqu', ['fr']], ['puisqu', ['fr']],
  ['dell', ['it']], ['nell', ['it']], ['all', ['it']], ['sull', ['it']], ['dall', ['it']], ['quell', ['it']], ['un', ['it']], ['po', ['it']],
]);

/** Whether a code unit may begin the word after an elision: a vowel or h, with or without an accent. */
function elidable(c: number): boolean {
  const lower = c | 0x20;
  if (lower === 0x61 || lower === 0x65 || lower === 0x69 || lower === 0x6f || lower === 0x75 || lower === 0x68) return true;
  return (c >= 0xc0 && c <= 0xdd && c !== 0xc7 && c !== 0xd1 && c !== 0xd7) || (c >= 0xe0 && c <= 0xfd && c !== 0xe7 && c !== 0xf1 && c !== 0xf7) || c === 0x152 || c === 0x153;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Dialogue signs per language, and the words read. */
interface DialogueSigns {
  signs: Record<string, number>;
  words: number;
}

/**
 * Signs of a language in short dialogue, beyond the function words: its dialogue words
 * (DIALOGUE_WORDS), elisions (ELISIONS), French spacing before ? ! : ; and inside « », Spanish
 * ¿ ¡ and ñ, German ß, „ and words with ä ö ü, Italian words with ò or ì, and English's contractions
 * and `I`. Read on the first SAMPLE_WORDS words of prose (wordsIn's real words: no run longer than
 * LONGEST_RUN, no text of code or of few words); a word is one sign at most of each kind.
 */
function dialogueSigns(texts: Iterable<string>): DialogueSigns {
  const signs: Record<string, number> = {};
  const add = (code: string) => {
    signs[code] = (signs[code] ?? 0) + 1;
  };
  let seen = 0;
  outer: for (const text of texts) {
    // Real words only (wordsIn's): a text of no prose gives no signs, a run longer than LONGEST_RUN none.
    if (!isProse(text)) continue;
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 0x20;
      if (start < 0 && i < text.length && !isJsSpaceCode(c) && (i === 0 || isJsSpaceCode(text.charCodeAt(i - 1)))) {
        let end = i + 1;
        while (end < text.length && !isJsSpaceCode(text.charCodeAt(end))) end++;
        if (end - i > LONGEST_RUN) {
          i = end;
          continue;
        }
      }
      // a word is letters, hyphens and apostrophes between letters
      const inWord = c === 0x2d || c === 0x27 || c === 0x2019 ? start >= 0 && i + 1 < text.length && isLetterAt(text, i + 1) : c < 0x80 ? isAsciiLetter(c) : isLetterAt(text, i, c);
      if (inWord) {
        if (start < 0) start = i;
        continue;
      }
      if (start >= 0) {
        const word = text.slice(start, i).toLowerCase();
        const own = DIALOGUE_OF.get(word.replace('’', "'"));
        if (own) for (const code of own) add(code);
        else if (word === 'i' && text.charCodeAt(start) === 0x49) add('en');
        const contracted = own !== undefined;
        let german = false;
        let italian = false;
        let spanish = false;
        for (let k = 0; k < word.length; k++) {
          const w = word.charCodeAt(k);
          if (w === 0xdf || w === 0xe4 || w === 0xf6 || w === 0xfc) german = true;
          else if (w === 0xf2 || w === 0xec) italian = true;
          else if (w === 0xf1) spanish = true;
          else if ((w === 0x27 || w === 0x2019) && k > 0 && k + 1 < word.length) {
            const elided = ELISIONS.get(word.slice(0, k));
            if (elided && elidable(word.charCodeAt(k + 1))) for (const code of elided) add(code);
            else if (!contracted && (/^(?:t|re|ll|ve|m|d)$/.test(word.slice(k + 1)) || (word.slice(k + 1) === 's' && k > 1))) add('en');
          }
        }
        if (german) add('de');
        if (italian) add('it');
        if (spanish) add('es');
        if (++seen >= SAMPLE_WORDS) break outer;
        start = -1;
      }
      if (c === 0xbf || c === 0xa1) add('es');
      else if (c === 0x201e) add('de');
      else if ((c === 0x3f || c === 0x21 || c === 0x3a || c === 0x3b || c === 0xbb) && i > 1 && isFrenchSpace(text.charCodeAt(i - 1)) && text.charCodeAt(i - 2) !== 0x20) add('fr');
      else if (c === 0xab && i + 1 < text.length && isFrenchSpace(text.charCodeAt(i + 1))) add('fr');
    }
  }
  return { signs, words: seen };
}

/** A space French typography puts before ? ! : ; and inside « »: a space, a no-break space or a narrow one. */
function isFrenchSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f;
}

/** The fewest words dialogue signs are read on; the fewest signs of a language's own; the fewest signs and words together for a doubt and for reading the text in it. */
const DIALOGUE_WORDS_LEAST = 12;
const DIALOGUE_SIGNS_LEAST = 3;
const DIALOGUE_DOUBT = 6;
const DIALOGUE_SWITCH = 10;

/**
 * The language a text too short for the word guess shows by its function words and dialogue signs
 * together, against `code` (a known language): one with DIALOGUE_SIGNS_LEAST signs of its own or
 * more, whose words and signs make DIALOGUE_DOUBT or more and at least twice `code`'s and every
 * other language's. `strong` when they make DIALOGUE_SWITCH or more and three times `code`'s:
 * enough to read the text in it. Null otherwise.
 */
function dialogueLanguage(texts: Iterable<string>, code: string, hits: Record<string, number>): { tag: string; strong: boolean; score: number } | null {
  const { signs, words } = dialogueSigns(texts);
  if (words < DIALOGUE_WORDS_LEAST) return null;
  const score: Record<string, number> = {};
  for (const language of Object.keys(FUNCTION_WORDS)) score[language] = (hits[language] ?? 0) + (signs[language] ?? 0);
  const ranked = Object.entries(score).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[0] === code || (signs[first[0]] ?? 0) < DIALOGUE_SIGNS_LEAST || first[1] < DIALOGUE_DOUBT) return null;
  if (second && first[1] < second[1] * 2) return null;
  const against = score[code] ?? 0;
  if (first[1] < against * 2) return null;
  return { tag: first[0], strong: first[1] >= DIALOGUE_SWITCH && first[1] >= against * 3, score: first[1] };
}

/**
 * Whether the function-word guess can speak against a declaration of this language: only for the
 * languages it knows. Against another (Catalan, Romanian, Polish…) the words it counts are partly
 * that language's own (`la`, `de`, `que`, `to`, `na`), and its guess would name a neighbour.
 */
function guessable(code: string): boolean {
  return Object.hasOwn(FUNCTION_WORDS, code);
}

/** Letters looked at to tell the writing of a script. */
const SAMPLE_LETTERS = 20_000;

/**
 * The language a script's writing shows, when most of its letters are East Asian: Japanese when
 * kana make a tenth of its Han and kana (Japanese prose is mostly kana; Chinese has none), else
 * Chinese; Korean when Hangul leads. Null when most letters are of another script. Unlike the
 * function-word guess this is no guess about words: the characters say it.
 */
export function writtenLanguage(texts: Iterable<string>): 'zh' | 'ja' | 'ko' | null {
  return writingOf(texts).written;
}

/**
 * The language a script's alphabet shows when most of its letters are Arabic, Hebrew, Greek or
 * Cyrillic: `ar`, `he`, `el`, or `und-Cyrl` (a Cyrillic language, which the letters alone do not
 * name). Null when most letters are of another script. Like writtenLanguage, no guess about words.
 */
export function alphabetLanguage(texts: Iterable<string>): 'ar' | 'he' | 'el' | typeof CYRILLIC_UNKNOWN | null {
  return writingOf(texts).alphabet;
}

/** What writtenLanguage and alphabetLanguage say of the same texts, their letters read once. */
function writingOf(texts: Iterable<string>): { written: 'zh' | 'ja' | 'ko' | null; alphabet: 'ar' | 'he' | 'el' | typeof CYRILLIC_UNKNOWN | null } {
  const [han, kana, hangul, other, arabic, hebrew, greek, cyrillic, others] = tallyWriting(texts);
  const eastAsian = han + kana + hangul;
  const written = eastAsian < 2 || eastAsian <= other ? null : hangul > han + kana ? 'ko' : kana * 10 >= han + kana ? 'ja' : 'zh';
  const most = Math.max(arabic, hebrew, greek, cyrillic);
  const alphabet = most < 2 || most <= others ? null : most === arabic ? 'ar' : most === hebrew ? 'he' : most === greek ? 'el' : CYRILLIC_UNKNOWN;
  return { written, alphabet };
}

/** writtenLanguage's kinds of a code unit past ASCII: 0 Han (a high surrogate of the ideographic planes too), 1 kana, 2 Hangul, -1 none. */
function eastAsianKind(c: number): number {
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd8bf)) return 0;
  if ((c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9d)) return 1;
  if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3131 && c <= 0x318e)) return 2;
  return -1;
}

/** alphabetLanguage's kinds of a code unit past ASCII: 0 Arabic, 1 Hebrew, 2 Greek, 3 Cyrillic, -1 none (their blocks whole, marks and signs too). */
function alphabetKind(c: number): number {
  if (c < 0x370) return -1;
  if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) return 0;
  if ((c >= 0x0590 && c <= 0x05ff) || (c >= 0xfb1d && c <= 0xfb4f)) return 1;
  if ((c >= 0x0370 && c <= 0x03ff) || (c >= 0x1f00 && c <= 0x1fff)) return 2;
  if (c >= 0x0400 && c <= 0x052f) return 3;
  return -1;
}

/** Whether a code unit past ASCII, not a surrogate, is a letter (`\p{L}`): Latin-1 and Latin Extended-A and B by code, the rest by isLetterAt. */
function isLetterPastAscii(text: string, i: number, c: number): boolean {
  if (c < 0x100) return c >= 0xc0 ? c !== 0xd7 && c !== 0xf7 : c === 0xaa || c === 0xb5 || c === 0xba;
  if (c < 0x250) return true;
  return isLetterAt(text, i, c);
}

/** A text's writing tally (tallyWriting's nine counts) kept for the texts read whole: a script's lines are read again for each voice. */
const WRITING_OF = new Map<string, Int32Array>();

/**
 * The letters of `texts` counted by kind in one reading, for writtenLanguage (counts 0–3: Han,
 * kana, Hangul, every other letter) and alphabetLanguage (counts 4–8: Arabic, Hebrew, Greek,
 * Cyrillic, every other letter), each up to SAMPLE_LETTERS of its own: a code unit in a kind's
 * block is that kind's; the other letters are ASCII letters and the rest by `\p{L}`; a surrogate no
 * kind takes is not counted.
 */
function tallyWriting(texts: Iterable<string>): Int32Array {
  const counts = new Int32Array(9);
  for (const text of texts) {
    const left = SAMPLE_LETTERS - counts[0]! - counts[1]! - counts[2]! - counts[3]!;
    const leftAlphabet = SAMPLE_LETTERS - counts[4]! - counts[5]! - counts[6]! - counts[7]! - counts[8]!;
    if (left <= 0 && leftAlphabet <= 0) break;
    let own = WRITING_OF.get(text);
    if (own === undefined) {
      own = tallyText(text, left, leftAlphabet);
      // Read whole (neither count stopped inside it): kept for the next reading.
      if (own[0]! + own[1]! + own[2]! + own[3]! < left && own[4]! + own[5]! + own[6]! + own[7]! + own[8]! < leftAlphabet) {
        if (WRITING_OF.size >= KEPT_TEXTS) WRITING_OF.clear();
        WRITING_OF.set(text, own);
      }
    } else if (own[0]! + own[1]! + own[2]! + own[3]! > left || own[4]! + own[5]! + own[6]! + own[7]! + own[8]! > leftAlphabet) {
      // The text holds more letters than are left to read: read up to them.
      own = tallyText(text, left, leftAlphabet);
    }
    for (let k = 0; k < 9; k++) counts[k]! += own[k]!;
  }
  return counts;
}

/** A character past ASCII; every character but the ASCII letters (runs of them). */
const PAST_ASCII = /[^\x00-\x7f]/;
const NOT_ASCII_LETTERS = /[^A-Za-z]+/g;

/** One text's tally (tallyWriting's counts), writtenLanguage's stopping after `left` letters, alphabetLanguage's after `leftAlphabet`. */
function tallyText(text: string, left: number, leftAlphabet: number): Int32Array {
  const counts = new Int32Array(9);
  if (!PAST_ASCII.test(text)) {
    // All ASCII (most lines of most scripts): its letters are every other letter to both, counted by native scans, not
    // by the loop below (interpreted code under the DOCX flags, ~20,000 letters a reading).
    const letters = text.replace(NOT_ASCII_LETTERS, '').length;
    counts[3] = Math.max(0, Math.min(letters, left));
    counts[8] = Math.max(0, Math.min(letters, leftAlphabet));
    return counts;
  }
  for (let i = 0; i < text.length && (left > 0 || leftAlphabet > 0); i++) {
    const c = text.charCodeAt(i);
    let written = -1;
    let alphabet = -1;
    if (c < 0x80) {
      if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) continue;
      written = 3;
      alphabet = 8;
    } else {
      const east = eastAsianKind(c);
      const kind = alphabetKind(c);
      // A letter no kind takes is every other letter; a surrogate no kind takes is not counted.
      const letter = (east < 0 || kind < 0) && !(c >= 0xd800 && c <= 0xdfff) && isLetterPastAscii(text, i, c);
      written = east >= 0 ? east : letter ? 3 : -1;
      alphabet = kind >= 0 ? kind + 4 : letter ? 8 : -1;
    }
    if (written >= 0 && left > 0) {
      counts[written]!++;
      left--;
    }
    if (alphabet >= 0 && leftAlphabet > 0) {
      counts[alphabet]!++;
      leftAlphabet--;
    }
  }
  return counts;
}

/** Languages written in Cyrillic: a script in Cyrillic marked with one of them is no disagreement. */
const CYRILLIC_LANGUAGES = new Set(['ru', 'uk', 'be', 'bg', 'mk', 'sr', 'kk', 'ky', 'mn', 'tg', 'tt', 'ba', 'cv', 'ce', 'os', 'sah', 'cnr']);
/** What a script in Cyrillic is called when no language says which: Cyrillic alone does not tell Russian from Ukrainian or Bulgarian. */
export const CYRILLIC_UNKNOWN = 'und-Cyrl';

/** Whether a tag's language is written in the alphabet found (`ar` Arabic also for Persian and Urdu…). */
function writesIn(code: string, alphabet: string): boolean {
  if (alphabet === CYRILLIC_UNKNOWN) return CYRILLIC_LANGUAGES.has(code);
  if (alphabet === 'ar') return code === 'ar' || code === 'fa' || code === 'ur' || code === 'ps' || code === 'ku' || code === 'sd' || code === 'ug';
  if (alphabet === 'he') return code === 'he' || code === 'yi' || code === 'iw' || code === 'lad';
  return code === alphabet;
}

/** What a script in Latin letters is called when its letters are of no language the guess knows, and name none. */
export const LATIN_UNKNOWN = 'und-Latn';

/**
 * The letters past ASCII of the languages the function-word guess knows (FUNCTION_WORDS), lower-case;
 * English's are those of the words it borrows (café, naïve, façade, jalapeño, über). A Latin letter
 * none of them writes (ł ř ő ğ ș å ø đ ơ…) is a sign of a language the guess does not know.
 */
const KNOWN_LETTERS = new Set('àáâãäçèéêëìíîïñòóôõöùúûüÿœß');

/**
 * Letters only one language writes, among those the guess does not know: they name it. Ambiguous
 * ones are left out (å ø æ: Swedish, Norwegian, Danish; đ ć: Croatian, Serbian, Bosnian; ă: also
 * Vietnamese; ş: also Turkish; ń: also Yoruba), and a text with only those is named no language.
 */
const OWN_LETTERS: readonly (readonly [string, string])[] = [
  ['pl', 'łąężźś'],
  ['cs', 'řůě'],
  ['sk', 'ľĺŕ'],
  ['hu', 'őű'],
  ['tr', 'ığ'],
  ['ro', 'șțţ'],
  ['is', 'þð'],
  ['lt', 'ėįų'],
  ['lv', 'ģķļņ'],
  ['vi', 'ơư'],
];

/** Whether a code unit past ASCII is a Latin letter: Latin-1's letters, Latin Extended-A and B, Latin Extended Additional. */
function isLatinPastAscii(c: number): boolean {
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
}

/**
 * The Latin letters of `texts` (up to SAMPLE_LETTERS): how many, and each letter that no language
 * the guess knows writes (KNOWN_LETTERS) with how often it is seen, lower-cased.
 */
function latinLetters(texts: Iterable<string>): { letters: number; unknown: Map<string, number> } {
  const unknown = new Map<string, number>();
  let letters = 0;
  outer: for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) continue;
      } else if (isLatinPastAscii(c)) {
        const letter = text[i]!.toLowerCase();
        if (!KNOWN_LETTERS.has(letter)) unknown.set(letter, (unknown.get(letter) ?? 0) + 1);
      } else continue;
      if (++letters >= SAMPLE_LETTERS) break outer;
    }
  }
  return { letters, unknown };
}

/**
 * The fewest words a text's letters are read on; the most of them that may be the language's own
 * (shared words aside) while its letters say another; the fewest letters of no known language that
 * say so, and of them, the fewest that name a language by its own letters.
 */
const LETTERS_WORDS = 20;
const OWN_WORDS_SHARE = 0.04;
const UNKNOWN_LETTERS = 8;
const NAMING_LETTERS = 4;

/**
 * The language a script in Latin letters is in when its letters are plainly of a language the guess
 * does not know while it holds few of `code`'s short words: at least LETTERS_WORDS words, at most 4%
 * of them `code`'s own (SHARED_WORDS aside: Czech's a and to, Hungarian's a and is are English's too;
 * English prose has a tenth or more), and letters no language the guess knows writes making 1% or
 * more of its letters (Polish and Czech have 5 to 8%, Swedish's å over 1%, Hungarian's ő ű about 1%;
 * an English script naming a Polish town has a few among many English words). The language is the
 * one whose own letters (OWN_LETTERS) make nine tenths of those seen, NAMING_LETTERS or more; else
 * LATIN_UNKNOWN, on UNKNOWN_LETTERS or more. `letters`: the commonest of those letters, for the
 * warning. Null when the text is too short, holds `code`'s words, or its letters are those of known
 * languages (French, German… are the word guess's to tell).
 */
function lettersLanguage(texts: Iterable<string>, code: string, words: WordHits): { tag: string; letters: string } | null {
  if (words.words < LETTERS_WORDS || (words.plain[code] ?? 0) > words.words * OWN_WORDS_SHARE) return null;
  const { letters, unknown } = latinLetters(texts);
  let count = 0;
  for (const n of unknown.values()) count += n;
  if (count < NAMING_LETTERS || count < letters * 0.01) return null;
  let named: string = LATIN_UNKNOWN;
  let most = 0;
  let all = 0;
  for (const [language, own] of OWN_LETTERS) {
    let n = 0;
    for (const letter of own) n += unknown.get(letter) ?? 0;
    all += n;
    if (n > most) {
      most = n;
      named = language;
    }
  }
  if (most < NAMING_LETTERS || most < all * 0.9) named = LATIN_UNKNOWN;
  // A few letters of no known language that name none are no sign (a name or two in an English script).
  if (named === LATIN_UNKNOWN && count < UNKNOWN_LETTERS) return null;
  const seen = [...unknown].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([letter]) => letter);
  return { tag: named, letters: seen.join(' ') };
}

/** How the text showed a language: by East Asian characters, an alphabet, letters of its own, or short words. */
type Evidence = { tag: string; by: 'characters' | 'alphabet' | 'letters' | 'words'; letters?: string };

/**
 * The language a script's text plainly shows against `code` (one given by `--lang` or the config),
 * by the same signs that overrule a document's tag: its East Asian characters, its alphabet, its
 * letters (lettersLanguage), or its short words leading for another language the guess knows (for a
 * language the guess does not know, only English's: its neighbours' words are its own). Null when
 * the text agrees with it or says too little.
 */
function textAgainst(code: string, texts: () => Iterable<string>): Evidence | null {
  const { written, alphabet } = writingOf(texts());
  if (written) return written !== code && !(written === 'zh' && code === 'ja') ? { tag: written, by: 'characters' } : null;
  if (alphabet) return writesIn(code, alphabet) ? null : { tag: alphabet, by: 'alphabet' };
  const words = functionWordHits(texts());
  if (guessable(code)) {
    const letters = lettersLanguage(texts(), code, words);
    if (letters) return { tag: letters.tag, by: 'letters', letters: letters.letters };
  }
  const guessed = leaderOf(words);
  return guessed && guessed !== code && (guessable(code) || guessed === 'en') ? { tag: guessed, by: 'words' } : null;
}

/** What the text showed, after "the script": `'s words are French`, `is written in Japanese`. */
function shown(found: Evidence, language: ScriptLanguage): string {
  if (found.by === 'words') return `'s words are ${language.name}`;
  if (found.by === 'characters') return ` is written in ${language.name}`;
  if (found.by === 'alphabet') return ` is written in ${found.tag === CYRILLIC_UNKNOWN ? 'Cyrillic' : `the ${language.name} alphabet`}`;
  return `'s letters (${found.letters}) are ${found.tag === LATIN_UNKNOWN ? 'of no language vo-lines knows' : language.name}`;
}

/**
 * Where a config is to the script: `beside` it (the same folder), `above` it (a folder the script is
 * in, however deep: findConfig's nearest config upwards) or `elsewhere` (`--config` from another
 * folder). Null when either path is unknown.
 */
function configPlace(configFile: string | undefined, scriptFile: string | undefined): 'beside' | 'above' | 'elsewhere' | null {
  if (!configFile || !scriptFile) return null;
  const config = dirname(resolve(configFile));
  const script = dirname(resolve(scriptFile));
  if (config === script) return 'beside';
  return isWithin(config, script) ? 'above' : 'elsewhere';
}

/**
 * `language-setting-mismatch`: the language `--lang` or the config gives is not the one the text
 * plainly shows (textAgainst). The given one is kept (the user said it) and the warning shows what
 * was seen: for --lang, given on purpose, briefly; for a config, which file, and whether it lies in
 * a folder above the script (it then sets the language of every script below it, this one too).
 */
function settingMismatch(given: ScriptLanguage, found: Evidence, options: LanguageOptions): Warning {
  const other = describe(found.tag, 'guessed');
  const switchTo = found.tag === LATIN_UNKNOWN || found.tag === CYRILLIC_UNKNOWN ? 'pass --lang with its code' : `pass --lang ${other.code}`;
  const seen = `the script${shown(found, other)}`;
  const facts = { language: given.tag, guessed: found.tag, by: found.by, ...(found.letters ? { letters: found.letters } : {}) };
  if (given.source === '--lang') {
    return {
      code: 'language-setting-mismatch',
      message: `--lang ${given.tag} was given but ${seen}: it is read as ${given.name}, as asked.`,
      details: { ...facts, source: '--lang' },
    };
  }
  const place = configPlace(options.configFile, options.scriptFile);
  const file = options.configFile ?? 'the config';
  const where = place === 'above' ? `, in a folder above the script, sets "language: ${given.tag}"` : ` sets "language: ${given.tag}"`;
  const fix = place === 'above' ? `give the script's folder a config of its own, or ${switchTo}` : `change its language, or ${switchTo}`;
  const named = found.tag === LATIN_UNKNOWN || found.tag === CYRILLIC_UNKNOWN ? 'another language' : other.name;
  return {
    code: 'language-setting-mismatch',
    message: `The config ${file}${where} but ${seen}: it is read as ${given.name}, as the config says. If the script is in ${named}, ${fix}.`,
    details: { ...facts, source: 'config', ...(options.configFile ? { config: options.configFile } : {}), ...(place ? { place } : {}) },
  };
}

/** Said when the language is assumed and it matters: the script has figures, symbols or acronyms. */
export const LANGUAGE_UNKNOWN: Warning = {
  code: 'language-unknown',
  message: 'The script does not say its language and its text is too short to tell: figures are said in English. Pass --lang CODE or set "language" in the config.',
};

/**
 * The language in force and where it came from, with a warning when the document's declaration
 * disagrees with its words (the words win when they plainly are another language the guess knows),
 * or when there are no spoken-form rules for the language.
 *
 * `marked`: the languages the document marks its paragraphs with when it marks them in several
 * (Paragraph.language); text reading as one of them is no disagreement with the document.
 */
export function resolveLanguage(declared: string | undefined, texts: () => Iterable<string>, options: LanguageOptions = {}, marked?: ReadonlySet<string>): { language: ScriptLanguage; warnings: Warning[] } {
  const warnings: Warning[] = [];
  let language: ScriptLanguage;
  const documentTag = declared && !isNoLanguage(declared) ? canonicalTag(declared) : null;
  const given = options.lang ?? options.config;
  if (given) {
    language = describe(canonicalTag(given) ?? given, options.lang ? '--lang' : 'config');
    const found = textAgainst(language.code, texts);
    if (found) warnings.push(settingMismatch(language, found, options));
  } else if (documentTag) {
    language = describe(documentTag, 'document');
    const writing = writingOf(texts());
    const written = writing.written;
    // Han alone is no sign against Japanese (a short Japanese text may be all kanji).
    if (written && written !== language.code && !(written === 'zh' && language.code === 'ja')) {
      const declared = language;
      language = describe(written, 'guessed');
      warnings.push({
        code: 'language-from-text',
        message: `The document marks its text as ${declared.name} (${documentTag}) but it is written in ${language.name}: it is read as ${language.name}. If that is wrong, pass --lang CODE or set "language" in the config.`,
        details: { declared: documentTag, guessed: written, by: 'characters' },
      });
    }
    const alphabet = written ? null : writing.alphabet;
    if (alphabet && !writesIn(language.code, alphabet)) {
      // Arabic, Hebrew, Greek or Cyrillic letters under a tag of a language not written so (Word on
      // an English system marks them en-US; its w:bidi, the right-to-left text's language, is not read)
      const declared = language;
      language = describe(alphabet, 'guessed');
      warnings.push({
        code: 'language-from-text',
        message: `The document marks its text as ${declared.name} (${documentTag}) but it is written in ${alphabet === CYRILLIC_UNKNOWN ? 'Cyrillic' : `the ${language.name} alphabet`}: it is read as ${language.name}, and its figures are not said by ${declared.name} rules. Pass --lang CODE or set "language" in the config to name its language.`,
        details: { declared: documentTag, guessed: alphabet, by: 'alphabet' },
      });
    }
    const words = written || alphabet ? null : functionWordHits(texts());
    const hits = words?.hits ?? null;
    // Letters of a language the word guess does not know (Polish's ł ż ą, Czech's ř ů): its short
    // words would read as a neighbour's (Czech's a, o, na, se, do as Portuguese's).
    const letters = words && guessable(language.code) ? lettersLanguage(texts(), language.code, words) : null;
    const guessed = letters ? null : words ? leaderOf(words) : null;
    let dialogue: ReturnType<typeof dialogueLanguage> = null;
    const lettersMarked = letters && marked ? [...marked].find((tag) => primaryOf(tag) === primaryOf(letters.tag)) : undefined;
    const alsoMarked = lettersMarked ?? (guessed && guessed !== language.code && marked ? [...marked].find((tag) => primaryOf(tag) === guessed) : undefined);
    if (letters && !lettersMarked) {
      // Plainly not the tag's language (nor any the guess knows): not read by its spoken forms and
      // syllables; named when its letters name it, else a language vo-lines does not know.
      const declared = language;
      language = describe(letters.tag, 'guessed');
      const unnamed = letters.tag === LATIN_UNKNOWN;
      warnings.push({
        code: 'language-from-text',
        message: `The document marks its text as ${declared.name} (${documentTag}) but few of its words are ${declared.name} and its letters (${letters.letters}) are ${unnamed ? 'of no language vo-lines knows' : language.name}: it is ${unnamed ? 'not' : `read as ${language.name}, not`} read by ${declared.name} rules (its figures counted as written, its syllables by its vowels). If the script is in ${declared.name}, pass --lang ${declared.code} or set "language: ${declared.code}" in the config${unnamed ? '; if it is in another language, pass its code' : ''}.`,
        details: { declared: documentTag, guessed: letters.tag, by: 'letters', letters: letters.letters },
      });
    } else if (alsoMarked) {
      // A bilingual document whose text is mostly in a language it marks some paragraphs with: that one (voiceLanguages says the others).
      language = describe(canonicalTag(alsoMarked) ?? alsoMarked, 'document');
    } else if (guessed && guessed !== language.code && guessable(language.code)) {
      // The function words plainly lead for another language the guess knows: the text wins over
      // the tag (a template's or an English system's default, python-docx's en-US). In every
      // script and public document seen where the two disagreed, the text was right.
      const declared = language;
      language = describe(guessed, 'guessed');
      warnings.push({
        code: 'language-from-text',
        message: `The document marks its text as ${declared.name} (${documentTag}) but its words are ${language.name}: it is read as ${language.name}, and figures are said in ${language.name}. If the script is in ${declared.name}, pass --lang ${declared.code} or set "language: ${declared.code}" in the config.`,
        details: { declared: documentTag, guessed, by: 'words' },
      });
    } else if (hits && !guessed && guessable(language.code) && (dialogue = dialogueLanguage(texts(), language.code, hits))) {
      // Too short for the guess, but its short words, elisions, spacing and letters together plainly
      // another known language's (a scene of French dialogue in Word's English template): read in it
      // when they are many, else the tag kept and doubted.
      const other = describe(dialogue.tag, 'guessed');
      if (dialogue.strong) {
        const declared = language;
        language = other;
        warnings.push({
          code: 'language-from-text',
          message: `The document marks its text as ${declared.name} (${documentTag}) but its short text reads as ${other.name} (its short words, elisions, punctuation and letters): it is read as ${other.name}, and figures are said in ${other.name}. If the script is in ${declared.name}, pass --lang ${declared.code} or set "language: ${declared.code}" in the config.`,
          details: { declared: documentTag, guessed: dialogue.tag, by: 'words', kind: 'short-text' },
        });
      } else {
        warnings.push({
          code: 'language-mismatch',
          message: `The document marks its text as ${language.name} (${documentTag}) but its short text leans to ${other.name} (its short words, elisions, punctuation and letters): figures are said in ${language.name}. If the script is in ${other.name}, pass --lang ${dialogue.tag} or set "language: ${dialogue.tag}" in the config.`,
          details: { declared: documentTag, guessed: dialogue.tag, kind: 'short-text' },
        });
      }
    } else if (hits && !guessed && guessable(language.code) && !hits[language.code]) {
      // Too few words for the guess, but none of them the declared language's while another's lead
      // (a short French spot in Word's English template): the tag is doubtful, and said so.
      const few = leaderOf(words!, FEW_HITS);
      if (few && few !== language.code) {
        const other = describe(few, 'guessed');
        warnings.push({
          code: 'language-mismatch',
          message: `The document marks its text as ${language.name} (${documentTag}) but its few words read as ${other.name}, none as ${language.name}: figures are said in ${language.name}. If the script is in ${other.name}, pass --lang ${few} or set "language: ${few}" in the config.`,
          details: { declared: documentTag, guessed: few, kind: 'few-words' },
        });
      }
    } else if (guessed === 'en' && language.code !== 'en') {
      // A language the guess does not know: its neighbours' short words are its own (Galician reads
      // as Portuguese, Catalan as Spanish), English's are no other's; said, the tag kept.
      const other = describe(guessed, 'guessed');
      warnings.push({
        code: 'language-mismatch',
        message: `The document marks its text as ${language.name} (${documentTag}) but it reads as ${other.name}: figures are ${language.spokenForms ? `said in ${language.name}` : 'counted as written'}. If the script is in ${other.name}, pass --lang ${guessed} or set "language: ${guessed}" in the config.`,
        details: { declared: documentTag, guessed },
      });
    }
  } else {
    const writing = writingOf(texts());
    const written = writing.written ?? writing.alphabet;
    // Without a declaration the default is English: letters of a language the guess does not know say otherwise.
    const words = written ? null : functionWordHits(texts());
    const letters = words ? lettersLanguage(texts(), 'en', words) : null;
    let guessed = written ?? letters?.tag ?? (words ? leaderOf(words) : null);
    // Too short for the word guess: dialogue signs many and plainly another language's name it.
    if (!guessed && words) {
      const dialogue = dialogueLanguage(texts(), 'en', words.hits);
      if (dialogue?.strong) guessed = dialogue.tag;
    }
    language = guessed ? describe(guessed, 'guessed') : describe('en', 'default');
  }
  // An English script whose text plainly writes the other variant than its mark (or the assumed en-US): its dates' order by its text (english-variant.ts).
  const variant = language.code === 'en' && language.source !== '--lang' && language.source !== 'config' ? spokenLanguage(language.tag)?.variant : undefined;
  if (variant) {
    const marked = documentTag && primaryOf(documentTag) === 'en' ? documentTag : null;
    const told = englishVariantFromText(variant, language.tag, texts(), marked, options.placeOf);
    if (told.tag) language = describe(told.tag, 'guessed');
    if (told.warning) warnings.push(told.warning);
  }
  if (!language.spokenForms) {
    warnings.push({
      code: 'no-spoken-forms',
      message: `vo-lines has no spoken-form rules for ${language.name}: figures, symbols and addresses are counted as written (spoken words = written words less directions).`,
      details: { language: language.tag },
    });
  }
  return { language, warnings };
}

/** A line as voiceLanguages reads it: its voice, its text and the language its paragraph is marked with. */
export interface MarkedLine {
  voice: string | null;
  text: string;
  /** The paragraph's `w:lang` (Paragraph.language), set only in a document marked in several languages. */
  language: string | undefined;
}

/** The primary subtag of a tag, lower-cased: `fr-CA` → `fr`. */
function primaryOf(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash < 0 ? tag : tag.slice(0, dash)).toLowerCase();
}

/**
 * Each voice's language when the document marks its paragraphs in several (a bilingual e-learning
 * script: the English voice's runs `en-US`, the French voice's `fr-FR`) and the script's language
 * comes from the document or its text (not from `--lang` nor the config, which say it for all).
 *
 * A voice speaks the language marking most characters of its lines, unless its words plainly read as
 * another (guessLanguage on its lines: a wrong tag loses to the text, as for the whole script) or its
 * East Asian characters say another; a voice with few words keeps its tag when they lean its way
 * (Word marks a run's language from its keyboard or by detecting it). Null when every voice speaks
 * the script's language.
 * Unassigned text (voice null) is a group of its own.
 */
export function voiceLanguages(
  script: ScriptLanguage,
  lines: readonly MarkedLine[],
): { languages: Map<string | null, ScriptLanguage>; warning: Warning | null; doubts: Warning[] } | null {
  if (script.source !== 'document' && script.source !== 'guessed') return null;
  const tags = new Map<string | null, Map<string, number>>();
  // An English script's voices: the words of each English tag (its variant is the one most of its words are marked with)
  const english = script.code === 'en' ? new Map<string | null, Map<string, number>>() : null;
  for (const line of lines) {
    if (line.language === undefined) continue;
    let own = tags.get(line.voice);
    if (!own) tags.set(line.voice, (own = new Map()));
    own.set(line.language, (own.get(line.language) ?? 0) + line.text.length);
    if (english && primaryOf(line.language) === 'en') {
      let words = english.get(line.voice);
      if (!words) english.set(line.voice, (words = new Map()));
      words.set(line.language, (words.get(line.language) ?? 0) + countWords(line.text));
    }
  }
  if (tags.size === 0) return null;
  const languages = new Map<string | null, ScriptLanguage>();
  const doubts: Warning[] = [];
  for (const [voice, own] of tags) {
    let top: [string, number] | null = null;
    for (const entry of own) if (!top || entry[1] > top[1]) top = entry;
    let tag = canonicalTag(top![0]) ?? top![0];
    const code = primaryOf(tag);
    if (code === script.code) {
      // An English voice marked with the other variant than the script's (a British voice's runs en-GB in an en-US
      // script): its dates read in its own order (day-first, month-first), its figures as it says them. Its variant is
      // the one most of its words are marked with (a pasted paragraph Word kept en-US does not flip a British voice).
      const variant = code === 'en' ? englishVariantOf(voice, english!.get(voice)!, lines, doubts) : undefined;
      if (variant) tag = variant;
      const own = code === 'en' ? spokenLanguage(tag)?.variant : undefined;
      if (own !== undefined && own !== spokenLanguage(script.tag)?.variant) {
        // …unless its own text plainly writes the script's variant (Word marks a British voice's runs en-US on an American
        // system, as it does a whole script: english-variant.ts), the script's dates and figures are its own too.
        const texts = lines.filter((l) => l.voice === voice).map((l) => l.text);
        if (englishVariantFromText(own, tag, texts, tag).tag === null) languages.set(voice, describe(tag, 'document'));
      }
      continue;
    }
    const texts = lines.filter((l) => l.voice === voice).map((l) => l.text);
    // East Asian writing says its language itself.
    const written = writtenLanguage(texts);
    if (written !== null) {
      if (written !== script.code) languages.set(voice, written === code ? describe(tag, 'document') : describe(written, 'guessed'));
      continue;
    }
    const words = functionWordHits(texts);
    const { hits } = words;
    const guessed = leaderOf(words);
    if (guessed !== null && guessed !== code) {
      if (guessed !== script.code) languages.set(voice, describe(guessed, 'guessed'));
      continue;
    }
    // Too few words to be sure: the tag stands when the words lean its way (two of its short words
    // or more, more than the script language's), or, for a language the guess does not know, when
    // they do not read as the script's. Code, names and labels a tag covers (a listing pasted from
    // a German editor) keep the script's language.
    const ownHits = hits[code] ?? 0;
    const scriptHits = hits[script.code] ?? 0;
    if (guessed === code || (guessable(code) ? ownHits >= 2 && ownHits > scriptHits : scriptHits < 2)) languages.set(voice, describe(tag, 'document'));
  }
  if (languages.size === 0) return doubts.length ? { languages, warning: null, doubts } : null;
  const name = (voice: string | null) => (voice === null ? 'unassigned text' : voice);
  const said = (l: ScriptLanguage) => `${l.name} (${l.tag})${l.spokenForms ? '' : ', counted as written'}`;
  const listed = [...languages].map(([voice, l]) => `${name(voice)}'s lines are ${said(l)}`);
  const rest = lines.some((l) => !languages.has(l.voice)) ? `; the rest is ${said(script)}` : '';
  return {
    languages,
    warning: {
      code: 'languages-by-voice',
      message: `The document marks its text in several languages: ${listed.join(', ')}${rest}. Each voice's figures are said in its own language.`,
      details: { language: script.tag, voices: [...languages].map(([voice, l]) => ({ voice, language: l.tag, spokenForms: l.spokenForms })) },
    },
    doubts,
  };
}

/**
 * Each voice's English variant as its marks give it (the variant most of its English words are marked with: `en-GB` for
 * every day-first region, `en-US`), for the voices with English marks: a date-order warning read by the script's text
 * leaves out the voices whose marks would read their dates in that order anyway (their reading did not depend on it).
 */
export function markedEnglishVariants(lines: readonly MarkedLine[]): Map<string | null, string> {
  const words = new Map<string | null, Map<string, number>>();
  for (const line of lines) {
    if (line.language === undefined || primaryOf(line.language) !== 'en') continue;
    const variant = spokenLanguage(canonicalTag(line.language) ?? line.language)?.variant;
    if (variant === undefined) continue;
    let own = words.get(line.voice);
    if (!own) words.set(line.voice, (own = new Map()));
    own.set(variant, (own.get(variant) ?? 0) + countWords(line.text));
  }
  const variants = new Map<string | null, string>();
  for (const [voice, own] of words) {
    let top: [string, number] | null = null;
    for (const entry of own) if (!top || entry[1] > top[1]) top = entry;
    variants.set(voice, top![0]);
  }
  return variants;
}

/**
 * An English script read in a variant no one gave (no --lang, no config), in a document with no language marks: each
 * voice's dates in the order its own dates write (english-variant.ts ownDateOrders), as the voice's language (`en-GB`,
 * `en-US`); null when the script is none such.
 */
export function ownDateLanguages(
  script: ScriptLanguage,
  lines: readonly VoiceText[],
  placeOf: (index: number) => DatePlace | undefined,
): { languages: Map<string | null, ScriptLanguage>; settled: Set<string | null>; warnings: Warning[] } | null {
  if (script.code !== 'en' || script.source === '--lang' || script.source === 'config') return null;
  const variant = spokenLanguage(script.tag)?.variant;
  if (variant === undefined) return null;
  const { variants, settled, warnings } = ownDateOrders(variant, lines, placeOf);
  const languages = new Map<string | null, ScriptLanguage>();
  for (const [voice, tag] of variants) languages.set(voice, describe(tag, 'guessed'));
  return { languages, settled, warnings };
}

/** A voice's share of words below which its other English variant's marks are strays (pasted text, a keyboard switched). */
const STRAY_VARIANT_SHARE = 0.2;

/**
 * The English tag a voice's dates are read with: of the variant (dates day-first or month-first) most of its words are
 * marked with, its most used tag. When the other variant marks more than STRAY_VARIANT_SHARE of its words and its lines
 * hold a date either order reads (`03/04/2025`), the order is not told by the marks: `doubts` gets a warning
 * (date-order-mixed-marks), the majority still read. Undefined when only one variant marks it.
 */
function englishVariantOf(voice: string | null, words: ReadonlyMap<string, number>, lines: readonly MarkedLine[], doubts: Warning[]): string | undefined {
  const sides = new Map<string, { words: number; tag: string; top: number }>();
  for (const [written, count] of words) {
    const tag = canonicalTag(written) ?? written;
    const variant = spokenLanguage(tag)?.variant;
    if (variant === undefined) continue;
    const side = sides.get(variant);
    if (!side) sides.set(variant, { words: count, tag, top: count });
    else {
      side.words += count;
      if (count > side.top) [side.tag, side.top] = [tag, count];
    }
  }
  if (sides.size < 2) return undefined;
  const sorted = [...sides.values()].sort((x, y) => y.words - x.words);
  const a = sorted[0]!;
  const b = sorted[1]!;
  const total = a.words + b.words;
  if (total > 0 && b.words / total > STRAY_VARIANT_SHARE) {
    const dates = ambiguousDates(lines.filter((l) => l.voice === voice).map((l) => l.text));
    if (dates.length) {
      const who = voice === null ? 'The unassigned lines are' : `${voice}'s lines are`;
      const dayFirst = spokenLanguage(a.tag)?.variant === 'en-GB';
      const share = (n: number) => `${Math.round((n / total) * 100)}%`;
      const name = (tag: string) => (spokenLanguage(tag)?.variant === 'en-GB' ? 'British' : 'American');
      const fix = voice === null ? `pass --lang en-GB (day-first) or --lang en-US (month-first)` : `set the voice's language in the config (voices: ${voice}: language: en-GB or en-US)`;
      doubts.push({
        code: 'date-order-mixed-marks',
        message: `${who} marked partly ${name(a.tag)} English (${a.tag}, ${share(a.words)} of its words) and partly ${name(b.tag)} (${b.tag}, ${share(b.words)}): the order of ${dates.slice(0, 8).join(', ')}${dates.length > 8 ? ` and ${dates.length - 8} more` : ''} cannot be told from the marks, and ${dates.length === 1 ? 'it is' : 'they are'} read ${dayFirst ? 'day-first' : 'month-first'}, as most of its words are marked. Check ${dates.length === 1 ? 'it' : 'them'}, and ${fix} to say which.`,
        details: { voice, read: a.tag, readWords: a.words, other: b.tag, otherWords: b.words, order: dayFirst ? 'day-first' : 'month-first', dates: dates.slice(0, 20), total: dates.length },
      });
    }
  }
  return a.tag;
}

/** A voice's lines as guessVoiceLanguages reads them: its voice (null: unassigned text) and its text. */
export interface VoiceLine {
  voice: string | null;
  text: string;
}

/**
 * Each voice's language guessed from its own lines, when the document does not mark its paragraphs
 * in several languages (untagged, tagged in one everywhere, or a PDF with one `/Lang` or none) and
 * the script's language comes from the document or its text (`--lang` and the config say it for
 * every voice). A bilingual script in python-docx's or Word's English template reads its French
 * voice by English rules otherwise: `nos 1 200 collaborateurs` said as "one thousand two hundred".
 *
 * A voice is read in another language than the script's only on the signs that overrule a
 * document's tag for the whole script: its short words clearly leading for another language the
 * guess knows (guessLanguage's thresholds: 8 of them or more, half as many again as any other's),
 * or, on fewer words, its short words and dialogue signs together making 10 or more, three of them
 * signs, three times the script language's (dialogueLanguage's `strong`). Against a script language
 * the guess does not know, only English is told (its neighbours' words are its own). Each such voice
 * is said (`voice-language-guessed`). A voice whose words only lean to another language (short
 * words and dialogue signs making 6, three of them signs, twice the script language's and any
 * other's) keeps the script's language with `voice-language-doubt`; a few short words alone are no
 * sign (a French voice's `la`, `il`, `e` are Italian's too). Voices too short to tell stay in
 * the script's language, unsaid.
 */
export function guessVoiceLanguages(script: ScriptLanguage, lines: readonly VoiceLine[]): { languages: Map<string | null, ScriptLanguage>; told: Set<string | null>; warnings: Warning[] } | null {
  if (script.source === '--lang' || script.source === 'config') return null;
  const byVoice = new Map<string | null, string[]>();
  for (const line of lines) {
    const own = byVoice.get(line.voice);
    if (own) own.push(line.text);
    else byVoice.set(line.voice, [line.text]);
  }
  // One group alone is the whole script: resolveLanguage has read it.
  if (byVoice.size < 2) return null;
  const known = guessable(script.code);
  const languages = new Map<string | null, ScriptLanguage>();
  // Voices whose words tell their language, the script's or another (with the script's language only assumed, those need no doubt).
  const told = new Set<string | null>();
  const warnings: Warning[] = [];
  for (const [voice, texts] of byVoice) {
    // East Asian writing, another alphabet or letters of a language the guess does not know are not told per voice.
    const writing = writingOf(texts);
    if (writing.written !== null || writing.alphabet !== null) continue;
    const read = functionWordHits(texts);
    const { hits, words } = read;
    const scriptHits = hits[script.code] ?? 0;
    const guessed = leaderOf(read);
    const who = voice === null ? 'The unassigned lines' : `${voice}'s lines`;
    const fix = (code: string) =>
      voice === null
        ? `pass --lang ${code} or set "language: ${code}" in the config`
        : `set the voice's language in the config (voices: ${voice}: language: ${code}), or pass --lang ${code} for every voice`;
    if (guessed !== null) {
      if (guessed === script.code) told.add(voice);
      if (guessed === script.code || !(known || guessed === 'en')) continue;
      told.add(voice);
      const other = describe(guessed, 'guessed');
      languages.set(voice, other);
      warnings.push(guessedWarning(voice, who, other, script, { words, signs: hits[guessed]!, scriptSigns: scriptHits, kind: 'words' }, fix(script.code)));
      continue;
    }
    if (!known) continue;
    const dialogue = dialogueLanguage(texts, script.code, hits);
    if (dialogue?.strong) {
      told.add(voice);
      const other = describe(dialogue.tag, 'guessed');
      languages.set(voice, other);
      warnings.push(guessedWarning(voice, who, other, script, { words, signs: dialogue.score, scriptSigns: scriptHits, kind: 'short-text' }, fix(script.code)));
      continue;
    }
    // (A few short words alone, none the script's, are no sign for a voice: a French voice's `la`, `il`, `e` read as Italian.)
    if (dialogue) {
      const other = describe(dialogue.tag, 'guessed');
      warnings.push({
        code: 'voice-language-doubt',
        message: `${who} lean to ${other.name} (their short words, elisions, punctuation and letters: ${dialogue.score} signs of ${other.name}, ${scriptHits} of ${script.name}, in ${words} words) but are too few to tell: they are read as ${script.name}, like the script. If they are in ${other.name}, ${fix(dialogue.tag)}.`,
        details: { voice, language: dialogue.tag, scriptLanguage: script.tag, words, signs: dialogue.score, scriptSigns: scriptHits, kind: 'short-text' },
      });
    }
  }
  return languages.size || warnings.length ? { languages, told, warnings } : null;
}

/**
 * A voice whose language the config sets (voices: NAME: language) while its own lines plainly read as
 * another language: by the signs and thresholds guessVoiceLanguages reads a voice by (its short words
 * clearly leading for another language the guess knows, or its short words and dialogue signs making
 * 10 or more, three of them signs, three times the configured language's). The config's language is
 * kept (it was said on purpose), and the contradiction said (`voice-language-contradicted`): a French
 * voice set `language: en` has its figures said and its syllables timed by English rules.
 */
export function contradictedVoiceLanguages(configured: ReadonlyMap<string | null, ScriptLanguage>, lines: readonly VoiceLine[], config?: string): Warning[] {
  const byVoice = new Map<string, string[]>();
  for (const line of lines) {
    if (line.voice === null || !configured.has(line.voice)) continue;
    const own = byVoice.get(line.voice);
    if (own) own.push(line.text);
    else byVoice.set(line.voice, [line.text]);
  }
  const warnings: Warning[] = [];
  for (const [voice, texts] of byVoice) {
    const given = configured.get(voice)!;
    // East Asian writing, another alphabet or letters of a language the guess does not know are not told per voice.
    const writing = writingOf(texts);
    if (writing.written !== null || writing.alphabet !== null) continue;
    const read = functionWordHits(texts);
    const { hits, words } = read;
    const givenSigns = hits[given.code] ?? 0;
    const guessed = leaderOf(read);
    let found: { tag: string; signs: number; kind: 'words' | 'short-text' } | null = null;
    // Against a language the guess does not know only English is told (its neighbours' words are its own).
    if (guessed !== null) {
      if (guessed !== given.code && (guessable(given.code) || guessed === 'en')) found = { tag: guessed, signs: hits[guessed]!, kind: 'words' };
    } else if (guessable(given.code)) {
      const dialogue = dialogueLanguage(texts, given.code, hits);
      if (dialogue?.strong) found = { tag: dialogue.tag, signs: dialogue.score, kind: 'short-text' };
    }
    if (!found) continue;
    const other = describe(found.tag, 'guessed');
    const what = found.kind === 'words' ? 'short words' : 'short words, elisions, punctuation and letters';
    const file = config ? `The config ${config}` : 'The config';
    warnings.push({
      code: 'voice-language-contradicted',
      message: `${file} sets ${voice}'s language to ${given.name} (${given.tag}) but ${voice}'s lines read as ${other.name} (their ${what}: ${found.signs} signs of ${other.name}, ${givenSigns} of ${given.name}, in ${words} words): they are read as ${given.name}, as the config says (figures, syllables, narration rate). If they are in ${other.name}, set "language: ${found.tag}" for ${voice} in the config, or remove it.`,
      details: { voice, configured: given.tag, guessed: found.tag, signs: found.signs, configuredSigns: givenSigns, words, kind: found.kind, ...(config ? { config } : {}) },
    });
  }
  return warnings;
}

/**
 * `--lang` or the config's script-wide `language` says the language of every voice (README "The
 * script's language"), over a voice that the document marks in another language (voiceLanguages) or
 * whose own lines plainly read as another (guessVoiceLanguages, its strong signs only): the language
 * given is kept, as asked, and each such voice said (`voice-language-overridden`), with how to give it
 * its own language (a voice's language in the config wins over `--lang`).
 */
export function overriddenVoiceLanguage(given: ScriptLanguage, voice: string | null, found: ScriptLanguage, by: 'marks' | 'words' | 'short-text', signs?: { signs: number; givenSigns: number; words: number }): Warning {
  const who = voice === null ? 'the unassigned lines' : `${voice}'s lines`;
  const said = given.source === '--lang' ? `--lang ${given.tag} was given for every voice` : `The config's "language: ${given.tag}" is every voice's language`;
  const seen =
    by === 'marks'
      ? `the document marks ${who} as ${found.name} (${found.tag})`
      : `${who} read as ${found.name} (their ${by === 'words' ? 'short words' : 'short words, elisions, punctuation and letters'}${signs ? `: ${signs.signs} signs of ${found.name}, ${signs.givenSigns} of ${given.name}, in ${signs.words} words` : ''})`;
  const fix = voice === null ? '' : ` If they are in ${found.name}, set the voice's language in the config (voices: ${voice}: language: ${found.tag}): it wins over ${given.source === '--lang' ? '--lang' : 'the script\'s'}.`;
  return {
    code: 'voice-language-overridden',
    message: `${said}, but ${seen}: they are read as ${given.name}, as ${given.source === '--lang' ? 'asked' : 'the config says'}.${fix}`,
    details: { voice, language: given.tag, found: found.tag, by, source: given.source, ...(signs ? { signs: signs.signs, givenSigns: signs.givenSigns, words: signs.words } : {}) },
  };
}

/** What the guess for a voice went on: words read, signs of the language found and of the script's, and which signs. */
interface VoiceEvidence {
  words: number;
  signs: number;
  scriptSigns: number;
  kind: 'words' | 'short-text';
}

/** `voice-language-guessed`: a voice read in the language its own lines show, not the script's. */
function guessedWarning(voice: string | null, who: string, other: ScriptLanguage, script: ScriptLanguage, evidence: VoiceEvidence, fix: string): Warning {
  const what = evidence.kind === 'words' ? 'short words' : 'short words, elisions, punctuation and letters';
  const read = other.spokenForms ? `they are read by ${other.name} rules (figures, syllables, narration rate)` : `their figures are counted as written (vo-lines has no ${other.name} rules), their syllables timed at ${other.name}'s rate`;
  return {
    code: 'voice-language-guessed',
    message: `${who} read as ${other.name} (their ${what}: ${evidence.signs} signs of ${other.name}, ${evidence.scriptSigns} of ${script.name}, in ${evidence.words} words) while the script is ${script.name} (${script.tag}): ${read}. If they are in ${script.name}, ${fix}.`,
    details: { voice, language: other.tag, scriptLanguage: script.tag, words: evidence.words, signs: evidence.signs, scriptSigns: evidence.scriptSigns, kind: evidence.kind },
  };
}
