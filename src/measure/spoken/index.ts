/**
 * The spoken form of a line: figures, symbols, addresses and acronyms written out as a narrator
 * says them, so that spoken words (and syllables) are counted on what is said. Pure and linear:
 * a line without a digit, a symbol or two capitals in a row is returned as it is; otherwise only
 * the tokens that hold one are looked at. README "Spoken words" lists every rule with examples.
 */
import { spokenLanguage, type CurrencyWords, type SpokenLanguage } from './languages.js';
import { readAddress, isAddress } from './addresses.js';
import { regnalName, sayRegnal } from './regnal.js';
import { beforeNoun, cardinal, isAddressLike, isPlural, parseNumeral, romanValue, sayDigits, sayGroupAsWritten, sayMoney, sayNumeral, sayOrdinal, sayYear, type Numeral } from './numbers.js';
import { isFormula, sayFormula } from './maths.js';
import { FIGURE_RAISED, formulaAmong, raisedReading, type RaisedAt } from './raised.js';
import { openDashes } from './dashes.js';
import { perUnitAndNotes } from './per-unit.js';
import { fullMonths } from './months.js';
import { CLOSING, OPENING } from './punctuation.js';
import { BETWEEN, DETERMINERS, MARKS, NUMBERED, PHONE_WORDS, REGISTERS, TAXES } from './identifiers.js';
import { lazy } from '../../text/lazy.js';
import { capitalsIn, isUpperCode } from '../../text/code-classes.js';
import {
  afterSign, allCapitals, ampersandWords, dottedCapitals, figureAndUnit, identifierStart, isPlace, letterAndFigureRuns, letterOverLetter,
  isTerm, lettersAndFiguresHyphened, lettersPlusNumber, lettersThenVersion, slashedWords, twoCapitals,
} from './shapes.js';

export { spokenLanguage, type SpokenLanguage } from './languages.js';
export { RAISED_DIGIT, raisedDocument, type RaisedAt, type RaisedDocument, type RaisedDoubt } from './raised.js';

/**
 * ATTENTION_ALL, anything a rule may change: a digit, a symbol, two capitals, a capital with a dot (`U.S.`), an abbreviation (German `Nr.`,
 * Spanish `núm.` numbering marks among them; the language's abbreviations, `cf.`, `c.-à-d.`, are looked for by flagged).
 * It was the pattern `QUICK|\p{L}\.\p{L}|\bNo\.|\b(?:etc|usw|vs|approx|Nr|núm|Núm)\.` (u), QUICK its alternatives without a
 * full stop, `[\d@&+%‰€$£¥°º§¶#~=<>≤≥≠≈×÷½⅓⅔¼¾⅕-⅞/⁰¹²³⁴-⁹ⁿ⁺⁻₀-₉ᵢ^√∛π±]|\p{Lu}[\p{Lu}.]`; both are code now (quickAttention,
 * mayBeSaidOtherwise): their `\p{…}` sets cost ~7 M instructions to build in a run of ~500 M (bench/README.md).
 */
const LETTER = /\p{L}/u;
/** Words that are abbreviations before a full stop in every language (ATTENTION_ALL's `\bNo\.` and `\b(?:etc|usw|vs|approx|Nr|núm|Núm)\.`). */
const ABBREVIATED = ['No', 'etc', 'usw', 'vs', 'approx', 'Nr', 'núm', 'Núm', 'Mr', 'Mrs', 'Ms', 'Dr', 'St'];
/** The last letters of ABBREVIATED (o c w s x r m t): a stop after any other letter ends none of them. */
const ABBREVIATED_LAST = new Uint8Array(0x80);
for (const word of ABBREVIATED) ABBREVIATED_LAST[word.charCodeAt(word.length - 1)] = 1;
/** The longest abbreviation's stem that mayBeSaidOtherwise looks back for (`c.-à-d`, `approx`). */
const MAX_STEM = 8;

/**
 * The stems of a language's abbreviations said anywhere (`etc`, `cf`, `c.-à-d`, `ca`; lower case, the last stop cut), to
 * find them in a line with no figure; and of those said before a number only, to find them in a line that has one.
 */
interface Stems {
  anywhere: ReadonlySet<string>;
  /** anywhere's last characters, lengths and first characters (both cases): most words before a stop are none, told without a string made. */
  anywhereLasts: ReadonlySet<number>;
  anywhereLengths: ReadonlySet<number>;
  anywhereFirsts: ReadonlySet<number>;
  all: ReadonlySet<string>;
}
const stemsOf = new WeakMap<SpokenLanguage, Stems>();
/** The last language asked for and its stems: a report asks for the same language for every line. */
let lastStems: { language: SpokenLanguage; stems: Stems } | undefined;
function stems(language: SpokenLanguage): Stems {
  if (lastStems?.language === language) return lastStems.stems;
  let found = stemsOf.get(language);
  if (!found) {
    const stem = (key: string) => (key.endsWith('.') ? key.slice(0, -1) : key).toLowerCase();
    const anywhere = new Set(Object.keys(language.abbreviations).map(stem));
    const firsts = new Set<number>();
    const lasts = new Set<number>();
    for (const word of anywhere) {
      firsts.add(word.charCodeAt(0)).add(word[0]!.toUpperCase().charCodeAt(0));
      lasts.add(word.charCodeAt(word.length - 1)).add(word[word.length - 1]!.toUpperCase().charCodeAt(0));
    }
    found = {
      anywhere,
      anywhereLasts: lasts,
      anywhereLengths: new Set([...anywhere].map((word) => word.length)),
      anywhereFirsts: firsts,
      all: new Set([...anywhere, ...Object.keys(language.beforeNumber).map(stem)]),
    };
    stemsOf.set(language, found);
  }
  lastStems = { language, stems: found };
  return found;
}

/** `table[written]`, else `table[lower]` (written in lower case): `Etc.`, `Tél.`, `REF` (a key with a capital, German `S.`, only as written). */
function abbreviationIn(table: Readonly<Record<string, string>>, written: string, lower: string): string | undefined {
  return own(table, written) ?? (lower === written ? undefined : own(table, lower));
}

const isLetterCode = (code: number) => (code < 0x80 ? (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a : LETTER.test(String.fromCodePoint(code)));
/** A character of `\w` (the u flag without i): where `\b` sees a word. */
const isWordCode = (code: number) => (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || code === 0x5f;

/**
 * Whether a run of letters holds one of an alphabet other than Latin (Greek, Cyrillic, Armenian, Georgian…): letters a
 * narrator of en, fr, de or es would not spell by their names.
 */
function otherAlphabet(letters: string): boolean {
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i);
    if (c < 0x370 || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2c60 && c <= 0x2c7f) || (c >= 0xa720 && c <= 0xa7ff) || (c >= 0xff00 && c <= 0xffef)) continue;
    if (isLetterCode(c)) return true;
  }
  return false;
}

/** The code point that ends just before index i (a surrogate pair whole). */
function codePointBefore(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** Whether a character (a UTF-16 code unit) is one of the symbols and figures a rule may say otherwise (QUICK's class). */
function isAttentionSign(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || c === 0x40 || c === 0x26 || c === 0x2b || c === 0x25 || c === 0x24 || c === 0x23 || c === 0x7e || c === 0x3d || c === 0x3c || c === 0x3e || c === 0x2f || c === 0x5e;
  if (c < 0x100) return c === 0xa3 || c === 0xa5 || c === 0xa7 || (c >= 0xb0 && c <= 0xb3) || c === 0xb6 || c === 0xb9 || (c >= 0xba && c <= 0xbe && c !== 0xbb) || c === 0xd7 || c === 0xf7;
  if (c < 0x2000) return c === 0x3c0 || c === 0x1d62;
  return (
    c === 0x2030 || c === 0x2070 || (c >= 0x2074 && c <= 0x207b) || c === 0x207f || (c >= 0x2080 && c <= 0x2089) || c === 0x20ac ||
    (c >= 0x2153 && c <= 0x215e) || c === 0x221a || c === 0x221b || c === 0x2248 || c === 0x2260 || c === 0x2264 || c === 0x2265
  );
}

/** isAttentionSign of each ASCII character (1: a sign or figure), for quickAttention's loop. */
const ASCII_ATTENTION = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_ATTENTION[c] = isAttentionSign(c) ? 1 : 0;

/**
 * Where quickAttention's loop must start: the first character past ASCII, ASCII sign or figure, or capital before a capital,
 * a dot or a character past ASCII. Before it the text is ASCII with none of QUICK's hits, so the loop is run from there
 * alone, and not at all on a line of plain ASCII prose (a native scan: the loop is interpreted code, a call per line).
 */
const QUICK_START = /[\u0080-\uffff0-9@&+%$#~=<>/^]|[A-Z][A-Z.\u0080-\uffff]/;

/** ATTENTION_ALL's alternatives without a full stop, as one quick scan (QUICK): a sign or figure, or a capital before a capital or a dot. */
export function quickAttention(text: string): boolean {
  const from = text.search(QUICK_START);
  if (from < 0) return false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII (most characters of most lines) by the table, without a call per character (DOCX commands run without
    // TurboFan's inlining: cli/v8-flags.ts); a small letter is neither a sign nor a capital.
    if (c < 0x80) {
      if (ASCII_ATTENTION[c] === 1) return true;
      if (c < 0x41 || (c >= 0x61 && c <= 0x7a)) continue;
    } else if (isAttentionSign(c)) return true;
    const cp = c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c;
    const next = i + (cp > 0xffff ? 2 : 1);
    if (next < text.length) {
      // (What follows first: after most letters comes a small ASCII one, no capital.)
      const after = text.codePointAt(next)!;
      if ((after === 0x2e || (after >= 0x41 && !(after >= 0x61 && after <= 0x7a) && isUpperCode(after))) && isUpperCode(cp)) return true;
    }
    i = next - 1;
  }
  return false;
}

/**
 * Whether `token` (as written, its punctuation with it) may be a regnal number of one letter, which quickAttention does
 * not see: `V`, `I,`, `X.`; French `Ier`, `Ire`. Its name before it is regnal.ts's to tell.
 */
function oneLetterNumeral(token: string, code: string): boolean {
  const c = token.charCodeAt(0);
  if (c !== 0x49 && c !== 0x56 && c !== 0x58) return false;
  const end = code === 'fr' && c === 0x49 && (token.startsWith('er', 1) || token.startsWith('re', 1)) ? 3 : 1;
  return end >= token.length || !isLetterCode(token.codePointAt(end)!);
}

/** Whether `text` holds a regnal number of one letter after a monarch's or a pope's name (`George V`, `Elizabeth I.`, `François Ier`). */
function loneRegnal(text: string, language: SpokenLanguage): boolean {
  // (One native scan for all three: most lines hold none.)
  if (!ONE_LETTER_NUMERAL.test(text)) return false;
  for (const letter of ONE_LETTER_NUMERALS) {
    for (let at = text.indexOf(letter); at > 0; at = text.indexOf(letter, at + 2)) {
      if (!oneLetterNumeral(text.slice(at + 1, at + 5), language.code)) continue;
      let start = at;
      while (start > 0 && (isLetterCode(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 0x2d)) start--;
      if (start < at && regnalName(language.code, text.slice(start, at)) !== null) return true;
    }
  }
  return false;
}

/** A space and a Roman numeral of one letter: where loneRegnal looks. */
const ONE_LETTER_NUMERALS = [' I', ' V', ' X'];
/** Any of ONE_LETTER_NUMERALS. */
const ONE_LETTER_NUMERAL = / [IVX]/;

/**
 * Whether a rule may change the text: what ATTENTION_ALL (without its g flag) would test, several times faster, or an
 * abbreviation of the language said anywhere before a full stop (`cf.`, `c.-à-d.`, `ca.`: the letters, stops and hyphens
 * before the stop, from a word's start).
 */
export function mayBeSaidOtherwise(text: string, language?: SpokenLanguage): boolean {
  if (quickAttention(text)) return true;
  if (language && loneRegnal(text, language)) return true;
  const known = language ? stems(language) : undefined;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (dot === 0) continue;
    // (The letter after first: most stops end a sentence, a space or the line's end after them.)
    if (dot + 1 < text.length && isLetterCode(text.codePointAt(dot + 1)!) && isLetterCode(codePointBefore(text, dot))) return true;
    const last = text.charCodeAt(dot - 1);
    if (last < 0x80 && ABBREVIATED_LAST[last] === 1) for (let w = 0; w < ABBREVIATED.length; w++) {
      const word = ABBREVIATED[w]!;
      const start = dot - word.length;
      if (start >= 0 && text.startsWith(word, start) && (start === 0 || !isWordCode(text.charCodeAt(start - 1)))) return true;
    }
    if (known?.anywhereLasts.has(text.charCodeAt(dot - 1))) {
      let start = dot;
      while (start > 0 && dot - start < MAX_STEM) {
        const code = text.charCodeAt(start - 1);
        if (code === 0x2e || code === 0x2d || isLetterCode(code)) start--;
        else break;
      }
      if (
        start < dot &&
        known.anywhereLengths.has(dot - start) &&
        known.anywhereFirsts.has(text.charCodeAt(start)) &&
        (start === 0 || !isLetterCode(text.charCodeAt(start - 1))) &&
        known.anywhere.has(text.slice(start, dot).toLowerCase())
      ) {
        return true;
      }
    }
  }
  return false;
}

/**
 * The text as a narrator of `languageTag` says it. Languages without rules (see spokenLanguage)
 * get the text back unchanged.
 */
/** Longest token the rules look at: a URL or a figure is far shorter. */
const MAX_SAID_TOKEN = 256;

/** `table[key]` for a key from the script: never `constructor` or `__proto__` of a plain object. */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The last tag asked for and its rules: a report asks for the same language for every line. */
let lastTag: string | undefined;
let lastLanguage: SpokenLanguage | null = null;

export function spokenForm(text: string, languageTag: string, raised?: RaisedAt): string {
  if (languageTag !== lastTag) {
    lastLanguage = spokenLanguage(languageTag);
    lastTag = languageTag;
  }
  const language = lastLanguage;
  if (!language) return text;
  // A dash closed up between two words (`course—for`): both words said, each read by the rules below (dashes.ts).
  text = openDashes(text, language.words.to, language.ranged);
  // A price per unit said with "per" (`9,99 €/mois` … par mois), a note call after a figure not said (`$199*`): per-unit.ts.
  text = perUnitAndNotes(text, language.code, language.words.plus);
  // German days joined by a dash closed up on either side (`vom 1.–3. März`, `1.-3. Mai`): read as the spaced dash (bis).
  if (language.code === 'de' && DE_DAYS_DASH_ANY.test(text)) text = text.replace(DE_DAYS_DASH, '$1. $2$3 $4.');
  if (!mayBeSaidOtherwise(text, language)) return text;
  // An abbreviated month beside a day (`le 1 janv.`, `Jan. 3`): said in full (months.ts).
  if (language.code === 'fr' || language.code === 'en') text = fullMonths(text, language.code);
  if (text.length <= LONG_LINE) return new LineReader(text, language, raised).read();
  // A line this long is no narrator's line (a damaged or hostile file): read it a stretch at a
  // time so the token lists stay small (megabytes of figures took 500 MB at once).
  const out: string[] = [];
  for (const stretch of stretches(text)) out.push(mayBeSaidOtherwise(stretch, language) ? new LineReader(stretch, language).read() : stretch);
  return out.join(' ');
}

/** Lines up to this length are read whole; longer ones in stretches (see spokenForm). */
const LONG_LINE = 65_536;
const STRETCH = 16_384;

/**
 * `text` cut at white space into stretches of about STRETCH characters, each ending after a
 * sentence where one ends in its last quarter (so a figure is rarely cut), without outer space.
 * One pass over the text, back and forth over at most a quarter of a stretch per cut.
 */
function* stretches(text: string): Generator<string> {
  const isSpace = (i: number): boolean => /\s/u.test(text[i]!);
  let start = 0;
  while (start < text.length) {
    while (start < text.length && isSpace(start)) start++;
    if (start >= text.length) return;
    let end = Math.min(text.length, start + STRETCH);
    if (end < text.length) {
      const floor = start + (STRETCH * 3) / 4;
      let space = -1;
      let sentence = -1;
      for (let i = end - 1; i > floor && sentence < 0; i--) {
        if (!isSpace(i)) continue;
        if (space < 0) space = i;
        if (/[.!?…]/u.test(text[i - 1]!)) sentence = i;
      }
      if (sentence >= 0) end = sentence;
      else if (space >= 0) end = space;
      else while (end < text.length && !isSpace(end)) end++; // one long token: up to the next space
    }
    const stretch = text.slice(start, end).trim();
    if (stretch) yield stretch;
    start = end;
  }
}

interface Token {
  raw: string;
  /** Opening punctuation and a French elision (`l'`, `d'`), kept in front of what is said. */
  pre: string;
  core: string;
  /** Closing punctuation, kept after what is said (pauses are timed from it). */
  post: string;
}

/** Opening punctuation (punctuation.ts OPENING) and French elisions (`l'`, `jusqu'`) before a token; closing punctuation (CLOSING) after it. */
const PRE = new RegExp(`^(?:[${OPENING}]+|(?:[cdjlmnstCDJLMNST]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\\S))+`, 'u');
const POST = new RegExp(`[${CLOSING}]+$`, 'u');

/** A token's core as said (tokenize), or undefined for one no rule reads (see MAX_SAID_TOKEN). */
function saidCore(raw: string): string | undefined {
  return raw.length > MAX_SAID_TOKEN ? undefined : tokenize(raw).core;
}

function tokenize(raw: string): Token {
  // A token no rule reads (see MAX_SAID_TOKEN) is not split: the patterns would overflow on megabytes.
  if (raw.length > MAX_SAID_TOKEN) return { raw, pre: '', core: raw, post: '' };
  const pre = PRE.exec(raw)?.[0] ?? '';
  const rest = raw.slice(pre.length);
  const post = POST.exec(rest)?.[0] ?? '';
  const core = rest.slice(0, rest.length - post.length);
  // A note's call after what it annotates is not said: kept as written with the closing punctuation.
  const call = noteCallAtEnd(core);
  if (call) return { raw, pre, core: core.slice(0, core.length - call), post: core.slice(core.length - call) + post };
  return { raw, pre, core, post };
}

/**
 * How long a note's call ending `core` is, 0 for none: a figure in raised brackets (`2025⁽¹⁾`, a Word
 * superscript "(1)": readers/scripts.ts) or one to three reference marks (`TTC*`, `$199*`, `vary†`),
 * right after a letter, a figure or a sign that ends an amount (`40%*`, `9,99 €*`).
 */
function noteCallAtEnd(core: string): number {
  const n = core.length;
  if (n < 2) return 0;
  let start = n;
  const last = core.charCodeAt(n - 1);
  if (last === 0x207e) {
    // ⁽ figures ⁾
    let k = n - 2;
    while (k >= 0 && SUPERSCRIPT_DIGITS.has(core.charCodeAt(k))) k--;
    if (k < 0 || k === n - 2 || n - 2 - k > 3 || core.charCodeAt(k) !== 0x207d) return 0;
    start = k;
  } else {
    while (start > 0 && n - start < 3 && NOTE_MARKS.has(core.charCodeAt(start - 1))) start--;
    if (start === n) return 0;
    // A star rating (`5*`, `4* hotel`): no call.
    if (start === 1 && core.charCodeAt(n - 1) === 0x2a && core.charCodeAt(0) >= 0x31 && core.charCodeAt(0) <= 0x37) return 0;
  }
  if (start === 0) return 0;
  const before = core.charCodeAt(start - 1);
  return (before >= 0x30 && before <= 0x39) || isLetterCode(before) || AMOUNT_ENDS.has(before) ? n - start : 0;
}
/** Where a figure's raised figures (raised.ts FIGURE_RAISED: `3³`, `2025¹`) start; a figure, then raised letters (`2ⁿᵈ`). */
const SCRIPT_START = /[⁰¹²³⁴-⁹]/u;
const ORDINAL_SCRIPT = /^\d+[ᵃᵈᵉʰᵐⁿᵒʳˢᵗ]+$/u;
/** ⁰ ¹ ² ³ ⁴–⁹ */
const SUPERSCRIPT_DIGITS = new Set([0x2070, 0xb9, 0xb2, 0xb3, 0x2074, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079]);
/** * † ‡ */
const NOTE_MARKS = new Set([0x2a, 0x2020, 0x2021]);
/** % € $ £ ¥ */
const AMOUNT_ENDS = new Set([0x25, 0x20ac, 0x24, 0xa3, 0xa5]);

const CURRENCIES: Record<string, string> = { '€': 'EUR', $: 'USD', US$: 'USD', '£': 'GBP', '¥': 'JPY', EUR: 'EUR', USD: 'USD', GBP: 'GBP', CHF: 'CHF', JPY: 'JPY', euros: 'EUR' };
/** A sign or ISO code before an amount in one token: `£39`, `-$5`, `GBP20` (see moneyInToken). */
const SYMBOL_BEFORE = /^([-−+]?)(?:(US\$|[€$£¥])(.+)|(EUR|USD|GBP|CHF|JPY)(\d.*))$/u;
/** An ISO currency code, read before an amount as after it: `EUR 20` like `20 EUR`. */
const ISO_CODE = /^(?:EUR|USD|GBP|CHF|JPY)$/;
/** One side of a range: a sign, a currency sign, the number, then what is written after it (`%`, `°C`, `km`, `k`, `€`). */
const RANGE_SIDE = /^([-−+]?)(US\$|[€$£¥])?(\d[\d.,'’]*)(\D.*)?$/u;
/** A compound after a range's second number: `2-3-year-olds`, `10-15-minute`. */
const COMPOUND_AFTER = lazy(() => /^(.*\d)-(\p{Ll}+(?:-\p{Ll}+)*)$/u);
/** A figure on each side of one dash (`10h-12`, `2020-1310`): read as a range, or kept as written (never half said). */
const DASHED_FIGURE = /^[-−+]?(?:US\$|[€$£¥])?\d[^-–—\s]*[-–—][-−+]?(?:US\$|[€$£¥])?\d[^-–—\s]*$/u;
/**
 * A range written over several tokens because its thousands are grouped by spaces, as French and SI
 * style write them (`1 500-2 000`, `800–1 200`): each side a number, one of them grouped, what ends the
 * last token (`€`, `%`, `km`) kept; see LineReader.groupedRange.
 */
const GROUPED_RANGE = /^((?:US\$|[€$£¥])?(?:[1-9]\d{0,2}(?: \d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?))([-–—])((?:US\$|[€$£¥])?(?:[1-9]\d{0,2}(?: \d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)[^\d\s]*)$/u;
/** Two amounts with a point and two decimals joined by one dash: `19.99–29.99` (see phone). */
const PRICE_RANGE = /^(\d{1,4}\.\d{2})[-–—](\d{1,4}\.\d{2})$/u;
/** The most tokens a grouped range spans (`999 999 999-999 999 999`). */
const GROUPED_RANGE_TOKENS = 6;
/** A hashtag's words: at `_`, where a capital starts a word after a lower-case letter, and between letters and digits. */
const HASHTAG_SPLIT = lazy(() => /_+|(?<=\p{L}\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\d)|(?<=\d)(?=\p{L})/u);
const SYMBOL_AFTER = /^(.+?)(€|\$|£|¥)$/u;
const NUMBER = /^[-−+]?\d[\d.,'’]*$/;
/** A word in capitals (`/^\p{Lu}{2,}$/u`; the shapes of this module are code: shapes.ts). */
const ALL_CAPS = { test: allCapitals };
const VOWEL = /[AEIOUYÀÂÄÁÉÈÊËÍÎÏÓÔÖÚÙÛÜŸaeiouyàâäáéèêëíîïóôöúùûüÿ]/u;
/** A French elided article before a token: `l'`, `L'` (`l'UE`, `l'IT`). */
const ELIDED_ARTICLE = /[lL]['’]$/u;
const HAS_LETTER = /\p{L}/u;
/** A small number, a dash, then a number grouped in thousands: `10-12.000`, `2–3,000,000` (see LineReader.shortBeforeThousands). */
const SHORT_RANGE = /^([1-9]\d{0,2})[-–—]([1-9]\d{0,2})(?:[.,'’]\d{3})+$/u;
/** A dash standing alone between two times (`9am - 5pm`, `9 h – 17 h`). */
const LONE_DASH = /^[-–—]$/u;
/** `.NET`, `ASP.NET`: the product said "dot net" in every language, what comes before it spelled or said. */
const DOT_NET = lazy(() => /^([\p{L}\d]*)\.NET$/u);
/** `Node.js`, `Vue.js`, `D3.js`: the name, then the letters J S. */
const DOT_JS = lazy(() => /^(\p{L}[\p{L}\d]*)\.js$/u);
/** A US ZIP code, maybe with its four more digits (`90210`, `62701-1234`). */
const ZIP = /^(\d{5})(?:-(\d{4}))?$/;
/** The US Postal Service's codes of the states, the capital and the territories. */
const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI'.split(' '),
);
/** State codes that are English words too: a ZIP code's state only after a comma (`Indianapolis, IN 46204`, not `IN 12000 homes`). */
const US_STATES_WORDS = new Set(['IN', 'OR', 'OK', 'ME', 'HI', 'OH']);
/**
 * What may follow `a.m.` or `p.m.` in the sentence it stands in although capitalised: `I`, a day, a
 * month, a time zone (`At 9 a.m. I leave`, `9 a.m. Monday`, `5 p.m. Eastern`). Before another capital
 * its stop ends the sentence too.
 */
const AFTER_TIME = new Set(
  'I Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri Sat Sun ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT BST UTC CET CEST Eastern Central Mountain Pacific'.split(' '),
);
/**
 * English nouns of things counted whole: a number of them written `1.200` (one group of three after
 * a point) is thousands in a European hand, never one point two (see LineReader.thousandsInEnglish).
 */
const COUNTED = new Set(
  'words people persons employees users students pupils visitors customers clients members participants pages lines jobs homes households children patients viewers listeners subscribers downloads copies items units seats tickets votes'.split(' '),
);
/**
 * A booth script's abbreviations of its directions and voices (`SFX:`, `MUS OUT`, `ANNCR`, `(V.O.)`): as a
 * label, alone or in a line of capitals they are directions, not words said, kept as written (one word
 * each) rather than spelled; in a sentence (`the VO session`) their letters are said.
 */
const BOOTH = new Set('ANNCR ANNC ANN SFX FX VFX GFX VO VOG VOX MUS MX SOT NATS OST OSD OS OC OOV POV CU ECU MCU BG BGM DX ADR'.split(' '));
/**
 * A line opening with a speaker's label and its booth tag (`JOE (V.O.): …`, `MARC (off) : …`): its first
 * word, an aside in brackets, a colon, words (tokens joined by single spaces). A word in capitals and a
 * colon alone (`PDF: download the guide`, `TVA : incluse`) may as well be an acronym said letter by letter.
 */
const SPEAKER_LABEL = /^[^\s:([]+ [([][^()[\]]{1,20}[)\]] ?: \S/u;
/**
 * English verbs that take the pronoun `us` (`Call US today`, `Let US know`, `Send US photos`): after one,
 * `US` is the pronoun or cannot be told from the country (see isCapsWord).
 */
const US_VERBS = new Set(
  'call contact join email e-mail text tell help let follow give send write phone ring ask thank message trust meet show bring buy get pay offer teach lend leave find visit see like tag dm support hire book reach remind invite allow watch hear'.split(' '),
);
/** English prepositions after which `US` alone is the pronoun (`Come with US.`, `all about US!`), before a noun the country (`to US customers`). */
const US_PREPOSITIONS = new Set('with for to from about among between like without against behind beside near toward towards of by at around than into onto upon within'.split(' '));
/** Words after `Call US`: the pronoun's sentence goes on (`Call US today`, `Join US at`); any other lower-case word may be a noun the country qualifies (`Help US veterans`). */
const AFTER_US = new Set('today now at on for to and or know anytime back with in by online directly here there soon tomorrow tonight first before if when what how why via from through your'.split(' '));
/**
 * Nouns that `US` the country qualifies, whatever stands before it (`Help US veterans`, `Support US
 * troops`, `Send US troops`): after them no `us` the pronoun is read (the pronoun before them is rare).
 */
const US_NOUNS = new Set(
  'dollar dollars cents army navy military troops soldiers forces veterans government president congress senate embassy consulate economy market markets stocks citizens citizen residents officials authorities companies company customers consumers visa passport election elections'.split(' '),
);
/**
 * A sign that compares, bounds or marks, glued to the figure after it (`≤5`, `<5 min`, `≈3 kg`, `(±3%)`, `~5 min`, `§12`,
 * `¶4`): cut from it, so the figure is read as one, with its unit after it (LineReader's constructor). Not `<3` alone, a heart.
 */
const SIGNS = /[≤≥≠≈±<>~§¶]/;
const GLUED_SIGN = /(^|\s)([(\[«“‘"¿¡„‚»›‹]*(?:[≤≥≠≈±>~]|§§?|¶¶?|<(?!3+(?:[\s.,;:!?)\]]|$))))(?=[-−+]?(?:US\$|[€$£¥])?\d)/gu;
/** A term a sign compares (`x`, `π`, `3.14`, `xᵢ`): `π ≈ 3.14` approximately equals, where `≈ 3 kg` is about. */
const TERM = { test: isTerm };
/** A single letter applied to a letter or a number (`f(x)`, `g(2)`): "f of x" in a formula. */
const FUNCTION_CALL = lazy(() => /^\p{L}\((?:\p{L}|\d+(?:[.,]\d+)?)\)$/u);
/** FUNCTION_CALL with the punctuation around it (`(f(x))`, `f(2).`), in a raw token. */
const FUNCTION_CALL_TOKEN = lazy(() => /^[(\[«“‘"¿¡„‚»›‹]*\p{L}\((?:\p{L}|\d+(?:[.,]\d+)?)\)[.,;:!?)\]»”’"…“‘«‹›]*$/u);
const MAX_CALL = 32;
/** The lone signs that make a line a formula's (`f(x) = 2x + 1`, `a ≠ b`). */
const FORMULA_SIGNS = new Set(['=', '≠', '≈', '≤', '≥']);
/** Two decades joined by a dash (`30s–40s`, `1980s-1990s`). */
const DECADES = /^(['’]?\d{1,3}0s)[-–—](['’]?\d{1,3}0s)$/;
/** A number in groups joined by dashes (`2025-118`, `2024-0042`): after a numbering mark, an identifier (see identifier). */
const DASHED_DIGITS = /^\d+(?:[-–]\d+)+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A standard's number and its year (`ISO 9001:2015`, `14001:2004`). */
const STANDARD_YEAR = /^(\d{3,6}):((?:19|20)\d{2})$/;
/** An international number written without a space (`+33612345678`): a `+` and 9 to 15 digits. */
const GLUED_INTERNATIONAL = /^\+\d{9,15}$/;
/**
 * The calling codes of two digits (ITU E.164; the codes are prefix-free: 1 and 7 are the only ones of
 * one digit, every code not listed here of two digits is of three). `+33612345678`: 33, then 612345678.
 */
const CALLING_CODES_2 = new Set(
  '20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'.split(' '),
);
/** The start of a token that may be a number's identifier: a digit, or a country's code glued to it (`FR76`, `FR12345678901`). */
const IDENTIFIER_START = { test: identifierStart };
const GLUED_CODE = lazy(() => /^(\p{Lu}{2})(\d+)$/u);
const DIGIT_GROUP = /^\d{1,34}$/;
const TWO_CAPITALS = { test: twoCapitals };
/** A place or a court's letter between `RCS` and its number (`RCS Lyon`, `RCS Paris B`, `R.C.S. Aix-en-Provence`). */
const PLACE = { test: isPlace };
const STARTS_LOWER = lazy(() => /^\p{Ll}/u);
/** A unit of area or volume (`m²`, `km²`, `m³`). */
const UNIT_POWER = /^(?:[kcdm]?m|ft|in|yd|mi)[²³]$/u;
/** A number and a unit with its power, glued (`50m²`): the unit (see isFormula), but a formula in a formula's line. */
const UNIT_POWER_AFTER_NUMBER = /^[-−+]?\d[\d.,]*(?:[kcdm]?m|ft|in|yd|mi)[²³]$/u;
/** How far back from a number its identifier's word may be (`N° TVA intracommunautaire : FR 12 …`). */
const IDENTIFIER_REACH = 6;
/** The most tokens an identifier's number spans (an IBAN's groups). */
const IDENTIFIER_TOKENS = 10;

/**
 * German words after which an ordinal ends in -en (`am dritten Mai`, `im einundzwanzigsten Jahrhundert`, `bis fünfzehnten
 * März`), and those after which it ends in -e (`der erste Platz`, `die dritte Woche`); after any other word, or none, in -er
 * (`erster Platz`, `vierzehnter Juli`: the form a date takes alone).
 */
const DE_ORDINAL_EN = new Set('am vom zum zur im beim dem den des bis seit ab ans einem einen einer'.split(' '));
const DE_ORDINAL_E = new Set('der die das ins fürs eine'.split(' '));
/**
 * Capitalised German words that open a sentence rather than stand as a noun after an ordinal: after `3.` one of them
 * means the figure ended the sentence (`Wir waren 3. Dann …`), and the figure is kept as a number.
 */
const DE_SENTENCE_OPENERS = lazy(
  () =>
    new Set(
      'Der Die Das Den Dem Des Ein Eine Einer Er Sie Es Wir Ich Du Ihr Man Dann Danach Doch Aber Und Oder Auch So Da Dort Hier Jetzt Nun Heute Morgen Gestern Im Am In Auf Mit Bei Nach Von Vor Zu Zum Zur Für Wie Was Wer Wo Wann Warum Weil Wenn Als Bitte Nur Noch Schon Alle Dieser Diese Dieses Mein Meine Unser Unsere Ihre Sein Seine Kein Keine Damit Deshalb Also Trotzdem Außerdem Insgesamt Zusammen Mehr Viele Einige'.split(' '),
    ),
);
/** Words before `D.M.` that number a version or a part, not a day (`Version 2.1.`, `Kapitel 3.4.`). */
const DE_NOT_DATE = new Set('version v release update kapitel abschnitt punkt ziffer nr nummer absatz art artikel seite s abb abbildung tabelle tab'.split(' '));
/** Currencies written around a German amount (`Fr. 3.10.` in Switzerland is money, not the third of October). */
const DE_MONEY_NEAR = new Set(['Fr', 'SFr', 'CHF', 'EUR', '€', 'Euro', 'Franken', 'Rappen', '$', '£']);

/** English nouns of a day that a short date follows after `is` or a colon (`Game day is 2/9`, `The event is 10/10 at 10`, `Deadline: 4/15`). */
const EN_DAY_NOUNS = new Set(['day', 'event', 'party', 'deadline', 'date']);

/**
 * English titles with their stop, said (englishTitle): `Mr. Smith` Mister, `Mrs.` Missus, `Ms.` Miz, `Dr. Brown` Doctor before
 * a capitalised name; `St.` Saint before one, Street after one or after a number (`Main St.`, `5th St.`).
 */
const EN_TITLES: Readonly<Record<string, string>> = { Mr: 'Mister', Mrs: 'Missus', Ms: 'Miz', Dr: 'Doctor', St: 'Saint' };

/** Words after `1/2` that make it "half" (`on 1/2 the days`, `1/2 a cup`): never a date nor "one half". */
const EN_HALF_OF = new Set('the a an my your his her its our their this that these those'.split(' '));

/** Verbs before `3/4` that make it a score (`won 3/4 games`, `scored 3/4`): three out of four, not three quarters. */
const EN_SCORE_VERBS = new Set('won win wins winning lost lose loses losing scored score scores scoring got get gets made make makes hit hits passed pass passes answered answer missed miss solved solve completed complete finished finish'.split(' '));

/** Plural nouns counted after a share (`3/4 games`, `1/2 players`): three out of four, not three quarters (`3/4 cups` stays a measure). */
const EN_COUNTED_NOUNS = new Set('games matches points questions answers shots goals attempts tries people customers users respondents voters students adults kids children patients doctors dentists women men players teams fans viewers readers'.split(' '));

/** Words before a height (`He is 5'10" tall`): `N'NN"` there is feet and inches, never minutes and seconds. */
const HEIGHT_WORDS = new Set('tall height high stands stood is was measures measured ft feet foot inches'.split(' '));

/** A duration's minutes and seconds, one and many (LineReader.duration). */
const DURATION_WORDS: Readonly<Record<'en' | 'fr' | 'de' | 'es', readonly [readonly [string, string], readonly [string, string]]>> = {
  en: [['minute', 'minutes'], ['second', 'seconds']],
  fr: [['minute', 'minutes'], ['seconde', 'secondes']],
  de: [['Minute', 'Minuten'], ['Sekunde', 'Sekunden']],
  es: [['minuto', 'minutos'], ['segundo', 'segundos']],
};

/** French words that elide before a figure said "un"/"une" (`de 1 M€` d'un million, `que 1 euro` qu'un euro). */
const FR_ELIDING = new Set(['de', 'De', 'que', 'Que', 'lorsque', 'Lorsque', 'puisque', 'Puisque', 'jusque', 'Jusque']);
const FR_UN = /^une?(?:\s|$)/;

/** Words that tell a time or join a date after it (`on 1/2 at 9`, `le 1/2 à 9 h`, `el 1/2 a las 9`, `am 1/2 um 9`). */
/**
 * Spanish nouns a narration counts, by gender (a short list, the number agreeing only before one of them): feminine
 * (`una hermana`, `veintiuna personas`, `doscientas horas`) and masculine (`un año`, `veintiún días`).
 */
const ES_FEMININE = lazy(
  () =>
    new Set(
      'persona personas hora horas semana semanas vez veces página páginas mujer mujeres niña niñas hermana hermanas hija hijas empresa empresas ciudad ciudades pregunta preguntas clase clases sesión sesiones lección lecciones unidad unidades entrada entradas noche noches plaza plazas casa casas cosa cosas palabra palabras línea líneas opción opciones tienda tiendas familia familias escuela escuelas calle calles vida vidas visita visitas'.split(' '),
    ),
);
const ES_MASCULINE = lazy(
  () =>
    new Set(
      'año años día días mes meses minuto minutos segundo segundos hombre hombres niño niños hermano hermanos hijo hijos alumno alumnos empleado empleados cliente clientes punto puntos país países paso pasos libro libros usuario usuarios capítulo capítulos módulo módulos kilo kilos litro litros metro metros grado grados centro centros equipo equipos producto productos'.split(' '),
    ),
);

/** `v2.3` said: the word for a version. */
const VERSION_WORD: Readonly<Record<string, string>> = { en: 'version', fr: 'version', de: 'Version', es: 'versión' };
/** Words (lower case) after which `2.3` is a version number (`version 2.3`, `iOS 17.4`), said part by part. */
const VERSION_BEFORE = new Set('version versión versao versions release update firmware build ios ipados macos watchos android windows'.split(' '));

/** A cheap test for DE_DAYS_DASH: a day's stop against a dash. */
const DE_DAYS_DASH_ANY = /\d\.[\u2013-]|[\u2013-]\d{1,2}\./;
/**
 * Two German days joined by a dash or a hyphen closed up on one side or both (`1.–3. März`, `1. –3. März`, `1.-3. Mai`)
 * before a month's name: opened (`1. – 3. März`) so that they read as the spaced dash does. Both sides spaced already are
 * left alone, as is a date's day before the dash (`11.1.-3.` is no range of days).
 */
const DE_DAYS_DASH =
  /(?<![\d.])(\d{1,2})\.(?:([\u2013-])[ \u00a0]?|[ \u00a0]([\u2013-]))(?=\d)(\d{1,2})\.(?=[ \u00a0]+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?![a-zäöü]))/g;
/** Words between two German days of one month (`1. bis 3. März`, `1. und 2. Mai`, `1. – 3. März`). */
const DE_DAY_LINK = new Set(['bis', 'und', '-', '–', '—']);

/**
 * Spanish nouns outside the lists whose ending tells their gender: feminine `-ción`, `-sión`, `-dad`, `-tad`, `-tud` and most
 * in `-a` (`oficinas`, `tiendas`), masculine most in `-o` (`libros`). Not the `-a` nouns that are masculine or either
 * (`-ma`: problema, sistema; `-ista`: artista; día, mapa, guía…), nor the `-o` nouns that are feminine (mano, foto, moto, radio).
 */
const ES_FEMININE_END = /^[a-zñáéíóú]{2,}(?:ci[oó]n|ciones|si[oó]n|siones|dad|dades|tad|tades|tud|tudes|a|as)$/;
const ES_MASCULINE_END = /^[a-zñáéíóú]{2,}(?:o|os)$/;
const ES_EITHER_END = /(?:ma|mas|ista|istas|cida|cidas|nauta|nautas|crata|cratas|eta|etas|ía|ías)$/;
const ES_NOT_BY_END = new Set('mapa mapas guía guías día días idioma idiomas mano manos foto fotos moto motos radio radios pirata piratas colega colegas'.split(' '));

/** The gender of a Spanish noun counted by a number: by the lists, then by its ending (ES_FEMININE_END); null when unsure. */
function spanishGender(noun: string): 'f' | 'm' | null {
  if (ES_FEMININE().has(noun)) return 'f';
  if (ES_MASCULINE().has(noun)) return 'm';
  if (ES_NOT_BY_END.has(noun)) return null;
  if (ES_FEMININE_END.test(noun)) return /(?:ci[oó]n|ciones|si[oó]n|siones|dad|dades|tad|tades|tud|tudes)$/.test(noun) || !ES_EITHER_END.test(noun) ? 'f' : null;
  if (ES_MASCULINE_END.test(noun)) return 'm';
  return null;
}

/**
 * French nouns a narration counts that are feminine (`une personne`, `vingt et une minutes`, `plus d'une fois`), singular
 * and plural; with those ending in `-tion`, `-sion`, `-aison` (FR_FEMININE_END). Any other noun keeps "un" (`un euro`,
 * `vingt et un jours`): the masculine is also what a narrator says before a noun not listed.
 */
const FR_FEMININE = lazy(
  () =>
    new Set(
      'personne minute seconde heure semaine fois page année étape vidéo leçon journée soirée nuit matinée chose question réponse fille femme sœur mère entreprise société ville classe séance place chambre maison voiture idée façon manière partie ligne photo image tonne calorie tasse cuillère cuillerée pincée bouteille boîte part portion offre commande carte fonctionnalité version option raison règle erreur langue série chanson histoire étoile victoire équipe personne vie minute règle astuce méthode formule semaine'
        .split(' ')
        .flatMap((w) => (w === 'fois' ? [w] : [w, `${w}s`])),
    ),
);
const FR_FEMININE_END = /^[a-zàâçéèêëîïôûùüÿœ]{2,}(?:tion|sion|aison)s?$/;

/**
 * German nouns a narration counts, by gender, for the form of "1" before them (`eine Minute`, `ein Tag`, `ein Jahr`); with
 * the feminine endings `-ung`, `-heit`, `-keit`, `-schaft`, `-tion`, `-tät`. A noun not known keeps the number as it was.
 */
const DE_FEMININE = lazy(
  () =>
    new Set(
      'Minute Sekunde Stunde Woche Nacht Person Seite Folge Million Milliarde Tonne Stimme Frage Antwort Sache Episode Staffel Szene Zeile Runde Stufe Etappe Lektion Aufgabe Übung Frau Tochter Schwester Mutter Stadt Firma Sprache Kalorie Tasse Flasche Packung Portion Dose Scheibe Prise Idee Regel Variante Option Datei Nachricht Strophe Chance Meile Tablette Karte Minute Sendung Ausgabe Version Klasse Schule Mannschaft Kilowattstunde Millisekunde Mikrosekunde'.split(' '),
    ),
);
const DE_MASCULINE = lazy(
  () =>
    new Set(
      'Tag Monat Euro Dollar Cent Franken Punkt Schritt Mann Sohn Bruder Vater Kilometer Meter Zentimeter Millimeter Liter Milliliter Grad Platz Versuch Fall Moment Augenblick Film Satz Abschnitt Artikel Termin Preis Gewinner Spieler Nutzer Kunde Abend Becher Löffel Esslöffel Teelöffel Quadratmeter Kubikmeter Kubikzentimeter Quadratkilometer Quadratzentimeter Mikrometer Mikroliter'.split(' '),
    ),
);
const DE_NEUTER = lazy(
  () =>
    new Set(
      'Jahr Stück Mal Kind Wort Bild Video Kapitel Land Buch Glas Beispiel Spiel Level Ei Kilo Kilogramm Gramm Mikrogramm Pfund Team Produkt Zimmer Haus Problem Thema Ziel Jahrzehnt Jahrhundert Wochenende Prozent Byte Kilobyte Megabyte Gigabyte Terabyte Semester Quartal Angebot Paket Konto Mitglied Foto Lied Album'.split(' '),
    ),
);
const DE_FEMININE_END = /^[A-ZÄÖÜ][a-zäöüß]+(?:ung|heit|keit|schaft|tion|tät)$/;
/** Words before a number that name it (`Seite 1 Minute`: Seite eins), in lower case: it counts nothing after it. */
const NUMBER_LABELS = new Set(
  'seite folge kapitel teil nummer nr nr. staffel episode lektion schritt level stufe runde band abschnitt absatz artikel tag woche jahr modul übung aufgabe frage version page chapitre épisode saison partie étape leçon semaine jour numéro n° no module niveau volume tome article section acte scène question exercice'.split(' '),
);
/** Prepositions that take the dative before a counted "1" (`mit einer Minute`, `nach einem Tag`, `in einer Woche`). */
const DE_DATIVE = new Set('mit nach seit von vor bei aus zu in ab binnen unter'.split(' '));
/** Prepositions that take the accusative (`für eine Minute`, `für einen Tag`, `um ein Jahr`). */
const DE_ACCUSATIVE = new Set('für durch ohne gegen um über'.split(' '));

/** The gender of a German noun counted by "1" (its first word: `Kilometer pro Stunde`); null when not known. */
function germanGender(noun: string): 'f' | 'm' | 'n' | null {
  const word = noun.includes(' ') ? noun.slice(0, noun.indexOf(' ')) : noun;
  if (DE_FEMININE().has(word) || DE_FEMININE_END.test(word)) return 'f';
  if (DE_MASCULINE().has(word)) return 'm';
  if (DE_NEUTER().has(word)) return 'n';
  return null;
}

/** The gender of a French noun counted by a number: 'f' for FR_FEMININE and its endings, else null (the masculine "un"). */
function frenchFeminine(noun: string): boolean {
  return FR_FEMININE().has(noun) || FR_FEMININE_END.test(noun);
}

/**
 * French adjectives written feminine that come between a number and its noun (`1 seule personne`, `1 bonne raison`,
 * `21 petites villes`): their own form says the gender, whatever the noun (`1 seul homme` keeps "un").
 */
const FR_FEMININE_ADJECTIVES = new Set(
  'seule bonne nouvelle petite grande belle dernière vraie longue courte grosse vieille mauvaise entière pleine légère'
    .split(' ')
    .flatMap((w) => [w, `${w}s`]),
);
/** French adjectives alike in both genders before a noun (`1 autre personne`, `1 simple question`): the noun after them tells. */
const FR_EITHER_ADJECTIVES = new Set(['autre', 'autres', 'simple', 'simples', 'même', 'mêmes', 'unique', 'uniques', 'seconde']);
/** French words that join two days before one month (`du 1 au 3 juin`, `les 1 et 2 mai`, `1 ou 2 mars`). */
const FR_DAY_LINKS = new Set(['au', 'à', 'et', 'ou', '-', '–', '—']);

/** A token that may open two days of one month: `1–3`, `1`, French `1er` (see LineReader.dayRange). */
const DAY_START = /^\d{1,2}(?:er)?(?:[-–—]\d{1,2})?$/;
/** English words between two days of one month (`June 1 to 3`, `between June 2 and 5`): said as written. */
const EN_DAY_LINKS = new Set(['to', 'and', 'through', 'thru', 'till', 'until']);
/** French words before two days written with a dash (`du 1-3 juin`, `les 1-3 juin`): no "du" said before them. */
const FR_BEFORE_DAYS = new Set(['du', 'le', 'les', 'des', 'au', 'aux', 'entre', 'de', 'dès', 'depuis']);

/** German units written abbreviated with a stop (`5 Min.`, `2 Std.`, `30 Sek.`). */
const DE_DOTTED_UNITS = new Set(['Min', 'Std', 'Sek']);
/** A German whole amount written with `,-` (`12,- €`, `€ 1.200,-`): the dash stands for no cents. */
const DE_WHOLE_AMOUNT = /^(\d{1,3}(?:\.\d{3})*|\d+),[-–]$/;
/** Spanish words that may follow a phone number, never a count (`al 912 345 678 o al …`, `… y pregunte`). */
const ES_AFTER_PHONE = new Set(['o', 'u', 'y', 'e', 'ó', 'para', 'desde', 'hasta', 'si', 'en', 'las', 'gratis', 'ahora', 'hoy']);
const AT_TIME = new Set(['at', 'à', 'a', 'um', 'or', 'ou', 'o', 'oder', 'and', 'et', 'y', 'und']);

/** Signs before a clause's number (`§ 5.1.4`): its parts read each. */
const CLAUSE_SIGNS = new Set(['§', '§§', '¶', '¶¶']);
/** A fraction typed after a whole number (`1 1/2`): its character in the languages' mixedFractions. */
const MIXED_ASCII: Readonly<Record<string, string>> = { '1/2': '½', '1/3': '⅓', '2/3': '⅔', '1/4': '¼', '3/4': '¾' };

/** Money named after an amount in words: `1.200 euros` (a currency sign or code is in CURRENCIES). */
const MONEY_WORDS = new Set(['euros', 'dollars', 'pounds', 'francs', 'yen']);

/**
 * A currency written as a word after an amount with exactly two decimals (`19,99 euros`, `19,99 Euro`,
 * `19.99 dollars`): money, said as with its sign (`dix-neuf euros quatre-vingt-dix-neuf`, `neunzehn
 * Euro neunundneunzig`), where other decimals stay decimals (`3,5 kilos`). Per language, the word in
 * lower case → its singular and plural as said, and the ISO code whose cents' words it takes (English
 * says them: `and ninety-nine cents`). Not `yen` (no cents: `149.50 yen` is a rate), not `Pfund` or
 * `libras` (weights as often as money), `pounds` only in British English (see MONEY_WORD_GB).
 */
const MONEY_WORD: Readonly<Record<'en' | 'fr' | 'de' | 'es', Readonly<Record<string, readonly [string, string, string]>>>> = {
  en: { euro: ['euro', 'euros', 'EUR'], euros: ['euro', 'euros', 'EUR'], dollar: ['dollar', 'dollars', 'USD'], dollars: ['dollar', 'dollars', 'USD'], franc: ['franc', 'francs', 'CHF'], francs: ['franc', 'francs', 'CHF'] },
  fr: {
    euro: ['euro', 'euros', 'EUR'], euros: ['euro', 'euros', 'EUR'], dollar: ['dollar', 'dollars', 'USD'], dollars: ['dollar', 'dollars', 'USD'],
    livre: ['livre', 'livres', 'GBP'], livres: ['livre', 'livres', 'GBP'], franc: ['franc', 'francs', 'CHF'], francs: ['franc', 'francs', 'CHF'],
  },
  de: { euro: ['Euro', 'Euro', 'EUR'], dollar: ['Dollar', 'Dollar', 'USD'], franken: ['Franken', 'Franken', 'CHF'] },
  es: { euro: ['euro', 'euros', 'EUR'], euros: ['euro', 'euros', 'EUR'], 'dólar': ['dólar', 'dólares', 'USD'], 'dólares': ['dólar', 'dólares', 'USD'] },
};
/** British English: `19.99 pounds` is money (in American English a weight as often). */
const MONEY_WORD_GB: Readonly<Record<string, readonly [string, string, string]>> = { pound: ['pound', 'pounds', 'GBP'], pounds: ['pound', 'pounds', 'GBP'] };

/** The US toll-free code Americans say as a number (see LineReader.tollFree), and how. */
const TOLL_FREE = '800';
const TOLL_FREE_SAID = 'eight hundred';

/** An end of a range written with cents, two decimals (`19,99`, `4.50`, `20.00`; not `3.5`): money when a currency is named. */
const cents = (side: RangeSide): boolean => side.n.frac !== null && side.n.frac.length === 2;

/** One end of a range (see LineReader.range). */
interface RangeSide {
  n: Numeral;
  /** The number as written. */
  written: string;
  currency: CurrencyWords | undefined;
  kind: '' | 'percent' | 'degree' | 'unit' | 'scale' | 'times';
  /** What was written after the number: `%`, `°C`, `km`, `k`. */
  key: string;
}

interface Said {
  words: string;
  /** Index of the token after the last one consumed. */
  next: number;
  /** Punctuation that belonged to what was said (`(555)`, `a.m.`, German `3.`): not kept around it. */
  pre?: string;
  post?: string;
}

/** Tokens of a line, each split into punctuation and core only when a rule looks at it. */
class Tokens {
  private readonly parsed: (Token | undefined)[];
  constructor(readonly raw: string[]) {
    this.parsed = new Array(raw.length);
  }
  get length(): number {
    return this.raw.length;
  }
  /** Token i read otherwise (a note's call taken out of its core: LineReader.say). */
  replace(i: number, token: Token): void {
    this.parsed[i] = token;
  }
  at(i: number): Token | undefined {
    if (i < 0 || i >= this.raw.length) return undefined;
    return (this.parsed[i] ??= tokenize(this.raw[i]!));
  }
}

class LineReader {
  private readonly list: Tokens;
  private shoutedCache: 0 | 1 | 2 | undefined;
  /** Whether a token of the line is evidently a formula (see formulaLine). */
  private formulaCache: boolean | undefined;
  /** Whether the line is a formula's (see formulaContext). */
  private formulaContextCache: boolean | undefined;
  private datedCache: boolean | undefined;
  /** Months (1–12) the line names in words (see namesMonth). */
  private monthsNamed: Set<number> | undefined;
  /** The index of the last token read as a numeric date (`from 4/11 to 4/13`). */
  private lastDate = -2;
  /** The German ordinal ending of that date (`vom ersten März bis fünfzehnten März`, `am 24.12. und 31.12.`: see germanEnding). */
  private lastEnding = '';

  /** The tokens joined by single spaces: what `flagged` scans. */
  private readonly joined: string;

  /** The line's place in its document, for a raised figure after a figure (raised.ts). */
  constructor(private readonly text: string, private readonly language: SpokenLanguage, private readonly raised?: RaisedAt) {
    const tokens = SIGNS.test(text) ? text.replace(GLUED_SIGN, '$1$2 ') : text;
    this.list = new Tokens(tokens.split(/\s+/u).filter(Boolean));
    this.joined = this.list.raw.join(' ');
  }

  /** Token i, split into punctuation and core on first use. */
  private tok(i: number): Token | undefined {
    return this.list.at(i);
  }

  /**
   * A line mostly in capitals is shouted text, not a run of acronyms: 2 for three words or more, 1 for
   * a line of two words both in capitals, one of them an ordinary word; 0 for none.
   */
  private get shouted(): 0 | 1 | 2 {
    if (this.shoutedCache === undefined) {
      let lettered = 0;
      let caps = 0;
      let words = 0;
      const capsWords = this.language.capsWords;
      for (const raw of this.list.raw) {
        if (!HAS_LETTER.test(raw)) continue;
        lettered++;
        const core = tokenize(raw).core.replace(/['’-]/g, '');
        if (!ALL_CAPS.test(core)) continue;
        caps++;
        if (capsWords.has(core)) words++;
      }
      // Three words or more mostly in capitals; or a shorter line wholly in them with an ordinary word
      // among them (`END CARD`, `GREAT NEWS`; not `FBI CIA` or a lone `HTML`).
      this.shoutedCache = lettered >= 3 && caps / lettered >= 0.6 ? 2 : lettered === 2 && caps === 2 && words >= 1 ? 1 : 0;
    }
    return this.shoutedCache;
  }

  /** The line holds a full numeric date (`4/13/2025`): `4/11` there is a date, not a score. */
  private get dated(): boolean {
    if (this.datedCache === undefined) this.datedCache = /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/.test(this.text);
    return this.datedCache;
  }

  /** The line names month `month` (1–12) in words: `In April, the sale ends 4/30` (not `In May, 8/10 users`). */
  private namesMonth(month: number): boolean {
    if (month < 1 || month > 12) return false;
    if (this.monthsNamed === undefined) {
      this.monthsNamed = new Set();
      for (let k = 0; k < this.list.length; k++) {
        if (!this.isMonth(k)) continue;
        const word = this.core(k)!;
        this.monthsNamed.add(word === 'Januar' || word === 'Jänner' ? 1 : this.language.months.indexOf(this.language.code === 'en' || this.language.code === 'de' ? word : word.toLowerCase()) + 1);
      }
    }
    return this.monthsNamed.has(month);
  }

  /**
   * `N/M` at token i follows a word that takes a date (`on`, `le`, `am`, `el`…), or a word that joins
   * it to a date just read (`from 4/11 to 4/13`, `du 12/3 au 15/3`).
   */
  private afterDateWord(i: number): boolean {
    const before = this.tok(i - 1);
    if (!before || this.tok(i)!.pre) return false;
    if (this.language.code === 'en' && this.afterEnglishDateNoun(i)) return true;
    if (before.post) return false;
    const word = before.core.toLowerCase();
    return this.language.dateBefore.has(word) || (this.language.dateLink.has(word) && this.lastDate === i - 2);
  }

  /**
   * English only: `N/M` at token i names a day after a noun of one and `is`/`are`/`was` or a colon (`Game day is 2/9`, `The
   * event is 10/10 at 10`, `Deadline: 4/15`), after `as of` or `effective` (`As of 6/1`, `Effective 7/1`). A score or a
   * share keeps its reading (`won 3/4 games`, `9/10 dentists`, `scored 7/10`, `The score is 7/10`): no such word before it.
   */
  private afterEnglishDateNoun(i: number): boolean {
    const before = this.tok(i - 1)!;
    const word = before.core.toLowerCase();
    if (before.post) return before.post === ':' && EN_DAY_NOUNS.has(word);
    if (word === 'effective') return true;
    const earlier = this.tok(i - 2);
    if (!earlier || earlier.post) return false;
    if (word === 'of') return earlier.core.toLowerCase() === 'as';
    return (word === 'is' || word === 'are' || word === 'was') && EN_DAY_NOUNS.has(earlier.core.toLowerCase());
  }

  /**
   * `5/1–5/7`, `5/1-5/7` after a word that takes a date (`Prices good 5/1–5/7`), or its ends written with leading zeros
   * (`05/01-05/07`): a range of two dates, each end a date in the language's order (`May first to May seventh`). Else null
   * (`mix 1/2-3/4 cup`: a range of fractions, not read here).
   */
  private dateRange(core: string, i: number): string | null {
    const m = /^(\d{1,2}\/\d{1,2})[-–](\d{1,2}\/\d{1,2})$/.exec(core);
    if (!m || !(this.afterDateWord(i) || (m[1]!.startsWith('0') && m[2]!.startsWith('0')))) return null;
    const from = this.numericDate(m[1]!, i);
    const to = from && this.numericDate(m[2]!, i);
    return to ? `${from} ${this.language.words.to} ${to}` : null;
  }

  read(): string {
    const out: string[] = [];
    const flagged = this.flagged();
    const french = this.language.code === 'fr';
    // the index in `out` of the last token kept as written (French elision: `de` + "un" is "d'un")
    let kept = -1;
    for (let i = 0; i < this.list.length; ) {
      const token = this.tok(i)!;
      const said = flagged.has(i) ? this.sayOrNot(i) : null;
      if (!said) {
        out.push(token.raw);
        kept = out.length - 1;
        i++;
        continue;
      }
      const pre = said.pre ?? token.pre;
      const post = said.post ?? this.tok(said.next - 1)!.post;
      if (said.words) {
        // `de 1 M€`, `que 1 euro`: French elides the word before "un"/"une" (d'un million, qu'un euro); not before huit, onze
        if (french && !pre && kept === out.length - 1 && kept >= 0 && FR_ELIDING.has(out[kept]!) && FR_UN.test(said.words)) {
          out[kept] = `${out[kept]!.slice(0, -1)}'${said.words}${post}`;
        } else out.push(`${pre}${said.words}${post}`);
      } else if (pre || post) out.push(`${pre}${post}`);
      i = said.next;
    }
    return out.join(' ');
  }

  /** Indexes of the tokens holding something a rule may change (ATTENTION_ALL, or a language's abbreviation). */
  private flagged(): Set<number> {
    const hits = new Set<number>();
    const raw = this.list.raw;
    // What ATTENTION_ALL finds lies within a token (no space in any of its alternatives, a space no word character to `\b`).
    for (let k = 0; k < raw.length; k++) if (mayBeSaidOtherwise(raw[k]!)) hits.add(k);
    // a regnal number of one letter (`George V`, `Elizabeth I.`, `François Ier`), which that does not see
    const code = this.language.code;
    for (let k = 1; k < raw.length; k++) if (!hits.has(k) && oneLetterNumeral(raw[k]!, code) && regnalName(code, raw[k - 1]!) !== null) hits.add(k);
    // The language's abbreviations (`cf.`, `p.` before a number, `REF 12`): a short token with a stop, or before a figure.
    const { all } = stems(this.language);
    for (let k = 0; k < raw.length; k++) {
      const token = raw[k]!;
      if (token.length > MAX_STEM + 4 || hits.has(k)) continue;
      const digitAfter = k + 1 < raw.length && raw[k + 1]!.charCodeAt(0) >= 0x30 && raw[k + 1]!.charCodeAt(0) <= 0x39;
      if (!digitAfter && !token.includes('.')) continue;
      // Spanish `s. XX`: siglo (see spanishAbbreviation)
      if (token === 's.' && k + 1 < raw.length && this.language.code === 'es') hits.add(k);
      // its letters without the stops and colon after them or a bracket before (no tokenizing: most are a sentence's last word)
      let end = token.length;
      while (end > 0 && (token.charCodeAt(end - 1) === 0x2e || token.charCodeAt(end - 1) === 0x3a)) end--;
      const start = token.charCodeAt(0) === 0x28 ? 1 : 0;
      if (end > start && end - start <= MAX_STEM && all.has(token.slice(start, end).toLowerCase())) hits.add(k);
      // English titles (`Mr.`, `Dr.`, `St.`): englishTitle
      else if (code === 'en' && end < token.length && end - start <= 3 && own(EN_TITLES, token.slice(start, end))) hits.add(k);
    }
    // `f(x)` holds nothing the pattern looks for: said "f of x" in a formula's line only (see functionCall).
    if (hits.size > 0 && this.joined.includes('(')) {
      let calls: number[] | undefined;
      for (let k = 0; k < raw.length; k++) if (raw[k]!.length <= MAX_CALL && raw[k]!.includes('(') && FUNCTION_CALL_TOKEN().test(raw[k]!)) (calls ??= []).push(k);
      if (calls && this.formulaContext) for (const k of calls) hits.add(k);
    }
    return hits;
  }

  private core(i: number): string | undefined {
    return this.tok(i)?.core;
  }

  /**
   * The token said, or null to keep it as written: a token no figure or address is as long as (a
   * damaged file's run of thousands of characters), or one the number words cannot say (n2words
   * refuses ordinals below one and numbers past its range).
   */
  private sayOrNot(i: number): Said | null {
    if (this.tok(i)!.raw.length > MAX_SAID_TOKEN) return null;
    try {
      return this.say(i);
    } catch {
      return null;
    }
  }

  private say(i: number): Said | null {
    const { core, raw } = this.tok(i)!;
    const one = (words: string | null): Said | null => (words === null ? null : { words, next: i + 1 });
    const tech = this.techName(core);
    if (tech) return one(tech);
    if (isAddress(core)) return one(readAddress(core, this.language, (piece) => this.lettersOrWord(piece, true)));
    if (this.language.code === 'es') {
      const spanish = this.spanishAbbreviation(i);
      if (spanish) return spanish;
    }
    if (this.language.code === 'en' && core.length <= 3 && own(EN_TITLES, core) && this.tok(i)!.post.startsWith('.')) {
      const title = this.englishTitle(i);
      if (title) return title;
    }
    // an abbreviation: a few letters (with stops or hyphens: `c.-à-d.`), never a figure
    const abbreviation = core.length <= MAX_STEM && isLetterCode(core.charCodeAt(0)) ? this.abbreviation(i) : null;
    if (abbreviation) return abbreviation;
    if (dottedCapitals(core + '.') && /\./.test(core) && this.tok(i)!.post.startsWith('.')) {
      if (BOOTH.has(core.replace(/\./g, '')) && this.boothLabel(i)) return null;
      return { words: [...core.replace(/\./g, '')].join(' '), next: i + 1, post: this.abbreviationPost(i) };
    }
    if (IDENTIFIER_START.test(core)) {
      const identifier = this.identifier(i);
      if (identifier) return identifier;
    }
    if (/^[+(]?\d/.test(raw) || /^\(0\)/.test(raw)) {
      const zip = this.zipCode(i);
      if (zip) return zip;
      const grouped = this.groupedRange(i);
      if (grouped) return grouped;
      const phone = this.phone(i);
      if (phone) return phone;
    }
    // A figure with raised figures after it is a power (`3²` three squared, `10⁶`, `2¹⁰`) or a figure and its
    // note's call (`note 3³`, a Word superscript: trois, the call unsaid), as the line, its neighbours and the
    // document's other calls tell (raised.ts); a figure's raised letters are an ordinal's ending (`2ⁿᵈ`, `1ᵉʳ`: figure).
    if (FIGURE_RAISED.test(core) && raisedReading(core, this.text, i > 0 ? this.list.raw[i - 1] : undefined, this.formulaBesideFigure(i), this.raised) === 'call') {
      const at = core.search(SCRIPT_START);
      this.list.replace(i, { raw, pre: this.tok(i)!.pre, core: core.slice(0, at), post: core.slice(at) + this.tok(i)!.post });
      return this.say(i);
    }
    if ((isFormula(core) && !ORDINAL_SCRIPT.test(core)) || (UNIT_POWER_AFTER_NUMBER.test(core) && this.formulaContext)) {
      // `50m²` is fifty square metres, but in a formula's line (`E = 2m²`) two m squared
      const formula = this.formula(i);
      if (formula) return formula;
    }
    if (core.includes('(')) {
      const call = this.functionCall(i);
      if (call) return call;
    }
    return this.figure(i) ?? one(this.capitals(core, i)) ?? this.symbol(i);
  }

  /**
   * Token i, an English title with its stop (EN_TITLES), said only where it is sure: `Mr.`, `Mrs.`, `Ms.`, `Dr.` before a
   * capitalised name (`Dr.` not after one: `Elm Dr.` may be a drive); `St.` Saint before a name and not after one (`at St.
   * Paul`), Street after a name or a number and before no name (`on Main St. today`, `5th St.`). Else null: kept as written
   * (`John St. Clair`, `Main St. Then`).
   */
  private englishTitle(i: number): Said | null {
    const token = this.tok(i)!;
    const next = token.post === '.' ? this.tok(i + 1) : undefined;
    const nameAfter = !!next && !next.pre && /^\p{Lu}\p{Ll}/u.test(next.core);
    const before = token.pre ? undefined : this.tok(i - 1);
    // a capitalised word or a number before, not a sentence's first word (`Hello Dr. Brown`: no name before)
    const earlier = this.tok(i - 2);
    const opensSentence = i - 1 === 0 || (!!earlier && /[.!?:]$/.test(earlier.post));
    const nameBefore = !!before && !before.post && ((/^\p{Lu}\p{Ll}+$/u.test(before.core) && !opensSentence) || /^\d+(?:st|nd|rd|th)?$/.test(before.core));
    const core = token.core;
    let words: string | undefined;
    if (core === 'St') words = nameAfter && !nameBefore ? 'Saint' : nameBefore && !nameAfter ? 'Street' : undefined;
    else if (nameAfter && !(core === 'Dr' && nameBefore)) words = EN_TITLES[core];
    return words ? { words, next: i + 1, post: this.abbreviationPost(i) } : null;
  }

  /**
   * Token i, an abbreviation said in full (languages.ts): anywhere (`etc.`, `cf.`, `Tél.`) with its stop, or before a
   * number (`p. 12`, `Réf. : 12`, `REF 12`, maybe without its stop). A capital that starts it starts the words (`Réf.`
   * Référence). Its stop is its own (see abbreviationPost).
   */
  private abbreviation(i: number): Said | null {
    const L = this.language;
    const { core, post } = this.tok(i)!;
    const dotted = post.startsWith('.');
    const written = dotted ? `${core}.` : core;
    const lower = written.toLowerCase();
    let words = dotted ? abbreviationIn(L.abbreviations, written, lower) : undefined;
    if (words === undefined) {
      words = abbreviationIn(L.beforeNumber, written, lower);
      if (words === undefined || !this.numberAfter(i)) return null;
    }
    const first = core[0]!;
    if (first !== first.toLowerCase() && words[0] === words[0]!.toLowerCase()) words = words[0]!.toUpperCase() + words.slice(1);
    return { words, next: i + 1, post: dotted ? this.abbreviationPost(i) : post };
  }

  /**
   * Spanish `EE. UU.`, `EE.UU.`, `EEUU` (Estados Unidos: a doubled letter writes a plural's abbreviation); `s. XX` and `siglo
   * XX` (siglo veinte: a century said as a cardinal from the eleventh, as an ordinal below, siglo quinto). Null otherwise.
   */
  private spanishAbbreviation(i: number): Said | null {
    const { core, post } = this.tok(i)!;
    if ((core === 'EE' && post.startsWith('.') && this.core(i + 1) === 'UU' && !this.tok(i + 1)!.pre && this.tok(i + 1)!.post.startsWith('.')) || (core === 'EE.UU' && post.startsWith('.'))) {
      const last = core === 'EE' ? i + 1 : i;
      return { words: 'Estados Unidos', next: last + 1, post: this.abbreviationPost(last) };
    }
    if (core === 'EEUU') return { words: 'Estados Unidos', next: i + 1 };
    if (core === 's' && post === '.') {
      const century = this.core(i + 1) ?? '';
      const value = /^[IVXLC]+$/.test(century) && !this.tok(i + 1)!.pre ? romanValue(century) : null;
      if (value === null || value < 1 || value > 30) return null;
      return { words: `siglo ${value <= 10 ? this.language.ordinal(value) : cardinal(this.language, value)}`, next: i + 2 };
    }
    const before = this.tok(i - 1);
    if (!before || before.post || this.tok(i)!.pre || before.core.toLowerCase() !== 'siglo') return null;
    const value = /^[IVXLC]+$/.test(core) ? romanValue(core) : null;
    if (value === null || value < 1 || value > 30) return null;
    return { words: value <= 10 ? this.language.ordinal(value) : cardinal(this.language, value), next: i + 1 };
  }

  /** A number follows token i, maybe after a colon (`p. 12`, `Réf.: 12`, `Réf. : 12`, `REF 12`; not `p. (12)`). */
  private numberAfter(i: number): boolean {
    const post = this.tok(i)!.post;
    if (post !== '' && post !== '.' && post !== ':' && post !== '.:') return false;
    let next = this.tok(i + 1);
    if (next && next.core === '' && next.pre === '' && next.post === ':' && post !== ':' && post !== '.:') next = this.tok(i + 2);
    return next !== undefined && next.pre === '' && /^\d/.test(next.core);
  }

  // ── identifiers ───────────────────────────────────────────────────────────────────────────

  /**
   * The number at token i (maybe over several tokens of digits, `123 456 789`, maybe with its country's
   * code glued, `FR76`) as an identifier after a word that numbers (identifiers.ts): said group by group
   * or digit by digit (sayIdentifier), never as one large number. Null when no such word is before it,
   * or when the number is short (four digits or fewer in one group without a leading zero: `n° 5`,
   * `No. 12`), or when, after a word that numbers things but may be a verb, a word it may count follows
   * (`Il commande 12 000 exemplaires`).
   */
  private identifier(i: number): Said | null {
    const context = this.identifierContext(i);
    if (context === null) return null;
    // `Dossier numéro 2025-118`, `No. 2024-0042`: after a mark, its dashed groups read each (not a date, not a range of small numbers)
    const first = this.tok(i)!.core;
    if (context.sure && DASHED_DIGITS.test(first) && !ISO_DATE.test(first)) {
      const parts = first.split(/[-–]/);
      if (parts.some((part) => part.length >= 3)) return { words: this.sayIdentifier('', parts), next: i + 1 };
    }
    const groups: string[] = [];
    let code = '';
    let next = i;
    for (; next < this.list.length && next < i + IDENTIFIER_TOKENS; next++) {
      const token = this.tok(next)!;
      if (next > i && (token.pre || this.tok(next - 1)!.post)) break;
      let core = token.core;
      if (next === i && context.codes) {
        const glued = GLUED_CODE().exec(core);
        if (glued) [code, core] = [glued[1]!, glued[2]!];
      }
      if (!DIGIT_GROUP.test(core)) break;
      groups.push(core);
    }
    if (groups.length === 0) return null;
    if (!code && groups.length === 1 && groups[0]!.length < 5 && groups[0]![0] !== '0') return null;
    if (!context.sure) {
      const follower = this.tok(next - 1)!.post ? undefined : this.tok(next);
      if (follower && !follower.pre && STARTS_LOWER().test(follower.core)) return null;
    }
    return { words: this.sayIdentifier(code, groups), next };
  }

  /** A country's code spelled, then the groups: French as written (sayGroupAsWritten), other languages digit by digit. */
  private sayIdentifier(code: string, groups: readonly string[]): string {
    const L = this.language;
    const words: string[] = code ? [[...code].join(' ')] : [];
    if (L.phoneByGroups) for (const group of groups) words.push(sayGroupAsWritten(group, L));
    else words.push(sayDigits(groups.join(''), L, 'phone'));
    return words.join(' ');
  }

  /**
   * The word that makes the number at token i an identifier, looking back over what may stand between
   * (a country's code, a place after `RCS`, `intracommunautaire`, `de`, a colon): `sure` after a
   * numbering mark (`n°`, `No.`, `#`), a register (`RCS`, `SIREN`, `IBAN`), a tax's code (`TVA FR`), a
   * numbered thing after a determiner (`votre commande`); not sure after a numbered thing alone
   * (`Order 123456.`, `commande`) or a full word `number` alone (`the number 10000 is`). `codes`: a
   * country's code may be glued to the number (`IBAN FR76…`). Null when there is no such word.
   */
  private identifierContext(i: number): { sure: boolean; codes: boolean } | null {
    const L = this.language;
    let sawCode = false;
    let sawPlace = false;
    let sawBetween = false;
    let numbered: 'noun' | 'word' | null = null;
    for (let k = i - 1; k >= 0 && k >= i - IDENTIFIER_REACH; k--) {
      const token = this.tok(k)!;
      const lower = token.core.toLowerCase();
      const dotted = token.post.startsWith('.') ? `${lower}.` : lower;
      const abbreviated = dotted !== lower && (MARKS.has(dotted) || REGISTERS.has(dotted) || TAXES.has(dotted));
      if (token.post && token.post !== ':' && !abbreviated) break;
      if (k < i - 1 && this.tok(k + 1)!.pre) break;
      if (lower === '') {
        if (token.post === ':') continue;
        break;
      }
      if (MARKS.has(dotted) || MARKS.has(lower)) {
        // A full word `number` is a mark after a word that numbers (`order number`, `Company number`); `No.`, `n°`, `#` always.
        if (!/^\p{L}{4,}$/u.test(token.core) || numbered !== null) return { sure: true, codes: true };
        const before = this.tok(k - 1);
        const numbers = before !== undefined && !before.post && (NUMBERED.has(before.core.toLowerCase()) || REGISTERS.has(before.core.toLowerCase()) || TAXES.has(before.core.toLowerCase()) || before.core.toLowerCase() === 'company');
        return { sure: numbers, codes: numbers };
      }
      if (REGISTERS.has(dotted) || REGISTERS.has(lower)) {
        if (sawPlace && !lower.startsWith('r')) return null;
        return { sure: true, codes: lower === 'iban' };
      }
      if (TAXES.has(dotted) || TAXES.has(lower)) return sawCode || sawBetween ? { sure: true, codes: true } : null;
      if (NUMBERED.has(lower)) {
        if (numbered === null) {
          const before = this.tok(k - 1);
          const article = ELIDED_ARTICLE.test(token.pre) || (before !== undefined && !before.post && (L.articles.has(before.core.toLowerCase()) || DETERMINERS.has(before.core.toLowerCase())));
          numbered = article ? 'noun' : 'word';
        }
        continue;
      }
      if (BETWEEN.has(lower)) {
        sawBetween = true;
        continue;
      }
      if (TWO_CAPITALS.test(token.core)) {
        sawCode = true;
        continue;
      }
      if (PLACE.test(token.core) && numbered === null) {
        sawPlace = true;
        continue;
      }
      break;
    }
    if (numbered === null || sawPlace) return null;
    return { sure: numbered === 'noun', codes: false };
  }

  /** Token i, a booth's abbreviation, stands as a direction: a label (`SFX:`), alone, in brackets (`(V.O.)`) or in a line of capitals. */
  private boothLabel(i: number): boolean {
    const token = this.tok(i)!;
    if (token.post.startsWith(':') || this.list.length === 1 || /[([]$/u.test(token.pre) || this.shouted > 0) return true;
    const next = this.tok(i + 1);
    return next !== undefined && next.core === '' && next.post.startsWith(':');
  }

  /**
   * The line's first token is a speaker's name in a label with its booth tag (`JOE (V.O.): …`, `MARY
   * (whispering): …`): a name, an aside in brackets, a colon, then words. Kept as written, never spelled
   * (`J O E`): where the label is not cut off the line (a script coded by its labels, read before `init`
   * gives them voices), it is one word, as the words count it.
   */
  private speakerLabel(): boolean {
    return this.tok(0)!.pre === '' && SPEAKER_LABEL.test(this.joined);
  }

  /**
   * Token i, evidently a formula, said (maths.ts). Its brackets are the formula's: an opening one the
   * punctuation took before it (`(a+b)/2`) or a closing one after it (`e^(2πk)`) is read with it, not kept.
   */
  private formula(i: number): Said | null {
    const { pre, core, post } = this.tok(i)!;
    let opens = 0;
    for (const c of core) opens += c === '(' ? 1 : c === ')' ? -1 : 0;
    let text = core;
    let before = pre;
    let after = post;
    while (opens < 0 && before.endsWith('(')) [text, before, opens] = [`(${text}`, before.slice(0, -1), opens + 1];
    while (opens > 0 && after.startsWith(')')) [text, after, opens] = [`${text})`, after.slice(1), opens - 1];
    const words = sayFormula(text, this.language);
    return words === null ? null : { words, next: i + 1, pre: before, post: after };
  }

  /** Whether a token of the line is evidently a formula: a bare `a/b` beside one is a fraction (a over b). */
  private get formulaLine(): boolean {
    return (this.formulaCache ??= this.list.raw.some((raw) => raw.length <= MAX_SAID_TOKEN && isFormula(tokenize(raw).core)));
  }

  /**
   * Whether a token of the line but i (a figure with raised figures after it, FIGURE_RAISED) is a formula, or a sign
   * standing alone between sides (`2³ = 8`); a figure with its call is none (raised.ts formulaAmong). The same for every
   * such token of the line, found once (a line of many `3²` was looked at whole for each: 16,000 of them 63 s).
   */
  private formulaBesideFigure(i: number): boolean {
    return (this.formulaBesideCache ??= formulaAmong(this.list.raw, i, FORMULA_SIGNS, saidCore));
  }
  private formulaBesideCache: boolean | undefined;

  /**
   * A line of a formula: a token evidently one (formulaLine), or a sign standing alone between its
   * sides (`f(x) = 2x + 1`, `a ≠ b`): there `f(x)` is f of x and `2x` two x.
   */
  private get formulaContext(): boolean {
    return (this.formulaContextCache ??= this.list.raw.some((raw) => FORMULA_SIGNS.has(raw)) || this.formulaLine);
  }

  /** Token i, a single letter applied to a letter or a number (`f(x)`, `g(2)`) in a formula's line: "f of x". */
  private functionCall(i: number): Said | null {
    const { pre, core, post } = this.tok(i)!;
    if (!post.startsWith(')') || !FUNCTION_CALL().test(`${core})`) || !this.formulaContext) return null;
    const words = sayFormula(`${core})`, this.language);
    return words === null ? null : { words, next: i + 1, pre, post: post.slice(1) };
  }

  /** `.NET` dot net, `ASP.NET` A S P dot net, `Node.js` Node J S; null for any other token. */
  private techName(core: string): string | null {
    if (!core.includes('.')) return null;
    const net = DOT_NET().exec(core);
    const js = net ? null : DOT_JS().exec(core);
    const name = net?.[1] ?? js?.[1];
    if (name === undefined) return null;
    const said = name === '' ? '' : /\d/.test(name) ? this.mixed(name) : ALL_CAPS.test(name) ? this.lettersOrWord(name, false) : name;
    const tail = net ? 'dot net' : 'J S';
    return said ? `${said} ${tail}` : tail;
  }

  /**
   * A US ZIP code at token i, after a state's code (`Beverly Hills, CA 90210`, `NY 10001`): digit by
   * digit, 0 said oh, as Americans read it (a French `75011 Paris` stays a number). A state code that is
   * also a word (`IN`, `OR`) only after a comma.
   */
  private zipCode(i: number): Said | null {
    if (this.language.code !== 'en') return null;
    const token = this.tok(i)!;
    const m = token.pre ? null : ZIP.exec(token.core);
    const state = this.tok(i - 1);
    if (!m || !state || state.post || !US_STATES.has(state.core)) return null;
    if (US_STATES_WORDS.has(state.core) && !this.tok(i - 2)?.post.endsWith(',')) return null;
    const L = this.language;
    const words = sayDigits(m[1]!, L, 'phone');
    return { words: m[2] ? `${words} ${L.words.dash} ${sayDigits(m[2], L, 'phone')}` : words, next: i + 1 };
  }

  /**
   * The punctuation after an abbreviation whose full stop (`etc.`, `a.m.`, `U.S.`) is its own: without
   * that stop, except where the same stop also ends the line's last sentence (a pause): at the end of
   * the line, followed by nothing or closing quotes only (`pears, etc.`, not `(V.O.)`).
   */
  private abbreviationPost(i: number): string {
    const post = this.tok(i)!.post;
    return i === this.list.length - 1 && /^\.[”’"»“‘«‹›]*$/u.test(post) ? post : post.slice(1);
  }

  /**
   * The punctuation after `a.m.` or `p.m.` at token i: as after an abbreviation (its stop is its own
   * inside the line: `at 9 a.m. the doors open`), but kept before a capital that opens a sentence
   * (`Doors open at 9 a.m. Come early.`: the one stop ends both), not before a day, a month or a time
   * zone (`9 a.m. Monday`).
   */
  private timeMarkerPost(i: number): string {
    const post = this.abbreviationPost(i);
    const token = this.tok(i)!;
    if (post !== token.post.slice(1) || token.post !== '.') return post;
    const next = this.tok(i + 1);
    if (!next || !/^\p{Lu}/u.test(next.core) || AFTER_TIME.has(next.core) || this.isMonth(i + 1)) return post;
    return token.post;
  }

  // ── figures ────────────────────────────────────────────────────────────────────────────────

  private figure(i: number): Said | null {
    const L = this.language;
    const { core } = this.tok(i)!;
    const one = (words: string): Said => ({ words, next: i + 1 });
    // `1/2 taza` media taza, `une 1/2 journée` une demi-journée
    const half = core === '1/2' || core === '½' ? this.halfBeforeNoun(i) : null;
    if (half) return half;
    const days = (L.code === 'en' || L.code === 'fr') && DAY_START.test(core) ? this.dayRange(i) : null;
    if (days) return days;
    if (L.code === 'en') {
      const english = this.englishFigure(i);
      if (english) return english;
    }
    if (core.length >= 4 && core.length <= 5 && (core.includes("'") || core.includes('’') || core.includes('′'))) {
      const duration = this.duration(i);
      if (duration) return duration;
    }
    const phrase = own(L.phrases, core) ?? own(L.fractions, core);
    // `du 1/3 au 15/3`, `desde el 1/4 hasta el 3/4`, `on 1/2 at 9`: after a word that takes a date, the date wins over the fraction
    if (phrase && !(core.length === 3 && core[1] === '/' && L.code !== 'de' && this.afterDateWord(i) && this.dateFollows(i, true))) return one(phrase);
    // a unit with its power alone (`le prix au m²`): the unit
    if (UNIT_POWER.test(core) && own(L.units, core)) return one(own(L.units, core)![0]);
    let m: RegExpExecArray | null;

    if (ISO_CODE.test(core) && !this.tok(i)!.post && i + 1 < this.list.length && !this.tok(i + 1)!.pre) {
      // `CHF 1 250`, `EUR 1 250,50`: the groups of three after the code are one amount (plain, no-break or narrow space)
      const last = this.groupsEnd(i + 1);
      const money = this.moneyAfterSign(this.currencyOf(core)!, last > i + 1 ? this.joinGroups(i + 1, last + 1) : this.core(i + 1)!, last);
      if (money) return money;
    }
    // `version 2.3`, `v2.3`, `iOS 17.4`: a version's parts joined by the word for the dot, never the decimal comma
    const version = this.version(i);
    if (version) return version;
    const time = this.time(i);
    if (time) return this.spacedTimeRange(time) ?? time;
    const bare = this.bareSpacedTimeRange(i);
    if (bare) return bare;
    // `§ 2.18.51`, `§5.1.4`, `¶ 3.2`: a clause's number after its sign, part by part (never a date nor a decimal)
    if ((m = /^\d+(?:\.\d+)+$/.exec(core)) && CLAUSE_SIGNS.has(this.core(i - 1) ?? '') && !this.tok(i - 1)!.post && !this.tok(i)!.pre) {
      return one(core.split('.').map((part) => cardinal(L, part)).join(` ${L.code === 'en' ? 'point' : L.words.dot} `));
    }
    const date = this.numericDate(core, i) ?? this.dateRange(core, i);
    if (date) {
      this.lastDate = i;
      return one(date);
    }
    const short = L.code === 'de' ? this.germanShortDate(i) : null;
    if (short) return short;
    // `30s–40s`: thirties to forties
    if (L.code === 'en' && (m = DECADES.exec(core))) return one(`${this.decade(m[1]!)!} ${L.words.to} ${this.decade(m[2]!)!}`);
    // `:30`, `:60`: a spot's length in seconds, said "thirty"
    if ((m = /^:(\d{2})$/.exec(core))) return one(cardinal(L, String(Number(m[1]))));
    if (/[-–—]/.test(core.slice(1))) {
      const range = this.range(i, core);
      if (range) return range;
      if (DASHED_FIGURE.test(core)) return null;
    }
    const ordinal = sayOrdinal(core, L);
    if (ordinal) return one(ordinal);
    // `3. März`; `1. bis 3. März`, `1. und 2. Mai`, `1. – 3. März`: the first day of a range takes the month of the second
    if (L.code === 'de' && (m = /^(\d{1,2})\.$/.exec(this.tok(i)!.core + this.tok(i)!.post)) && (this.isMonth(i + 1) || this.germanDayBeforeRange(i))) {
      const ending = this.germanEnding(i);
      this.lastDate = i;
      this.lastEnding = ending;
      // `vom 1. – 3. März`: the dash between the days said "bis", as `vom 1. bis 3. März`
      const dash = !this.isMonth(i + 1) && LONE_DASH.test(this.core(i + 1)!);
      return { words: `${L.ordinal(m[1]!)}${ending}${dash ? ` ${L.words.to}` : ''}`, next: dash ? i + 2 : i + 1, post: '' };
    }
    // `der 1. Platz`, `im 21. Jahrhundert`, `Er wurde 1. Platz`: an ordinal before a noun (not a list's number opening the line)
    if (L.code === 'de' && i > 0 && (m = /^(\d{1,3})\.$/.exec(this.tok(i)!.core + this.tok(i)!.post)) && m[1] !== '0' && this.germanNounAfter(i)) {
      return { words: `${L.ordinal(m[1]!)}${this.germanEnding(i)}`, next: i + 1, post: '' };
    }
    // `1990er Jahren`, `80er-Jahre`: the decade said as one word (neunzehnhundertneunziger)
    if (L.code === 'de' && (m = /^(\d{0,2}[1-9]0)er(-.+)?$/.exec(core))) {
      return one(`${this.plainNumber({ sign: '', int: m[1]!, frac: null }, m[1]!)}er${m[2] ?? ''}`);
    }
    if (L.code === 'en' && core.endsWith('0s')) {
      const decade = this.decade(core);
      if (decade) return one(decade);
    }
    if ((m = /^\d+(?:\.\d+){2,}$/.exec(core)) && !parseNumeral(core, L)) return one(core.split('.').map((part) => cardinal(L, part)).join(` ${L.code === 'en' ? 'point' : L.words.dot} `));
    if ((m = /^(?:[nN][°º]|Nr\.|[nN]\.[º°]|[nN]úm\.)(\d+)$/.exec(core)) || (m = /^#(\d+)$/.exec(core))) {
      // `N°0123456`, `#123456`: an identifier (see identifier); `#1`, `n°5` a number
      const digits = m[1]!;
      return one(`${L.words.number} ${digits.length >= 5 || (digits.length > 1 && digits[0] === '0') ? this.sayIdentifier('', [digits]) : cardinal(L, digits)}`);
    }
    // `n°`, `No.`, `#`, German `Nr.`, Spanish `n.º`, `núm.`
    if (/^(?:[nN][°º]|No\.?|#|Nr\.|[nN]\.[º°]|[nN]úm\.)$/.test(core + (this.tok(i)!.post.startsWith('.') ? '.' : '')) && (core !== 'No' || this.tok(i)!.post === '.')) {
      const pre = this.tok(i)!.pre;
      const after = this.core(i + 1) ?? '';
      const whole = /^\d+$/.test(after);
      if (whole || DASHED_DIGITS.test(after)) {
        const identifier = this.identifier(i + 1);
        if (identifier) return { words: `${L.words.number} ${identifier.words}`, next: identifier.next, pre };
        if (whole) return { words: `${L.words.number} ${cardinal(L, after)}`, next: i + 2, pre };
        // `No. 12-15`: the mark said, the range read on its own
        return { words: L.words.number, next: i + 1, post: this.tok(i)!.post.startsWith('.') ? this.abbreviationPost(i) : this.tok(i)!.post };
      }
      // `VAT No. GB 123 4567 89`: the mark said, the code and the number after it read on their own
      if (TWO_CAPITALS.test(this.core(i + 1) ?? '') && /^\d/.test(this.core(i + 2) ?? '') && this.identifier(i + 2)) return { words: L.words.number, next: i + 1, post: this.tok(i)!.post.slice(1) };
      if (core !== 'No' && core !== '#') return { words: L.words.number, next: i + 1, post: this.tok(i)!.post.startsWith('.') ? this.abbreviationPost(i) : this.tok(i)!.post };
    }
    if ((m = /^~(.+)$/.exec(core))) {
      const n = parseNumeral(m[1]!, L);
      if (n) return one(`${L.words.about} ${sayNumeral(n, L)}`);
    }
    if (L.code === 'fr' && (m = /^(\d+)([hj])\/(\d+)$/.exec(core))) {
      const unit = own(L.units, m[2]!)!;
      return one(`${cardinal(L, m[1]!)} ${Number(m[1]) < 2 ? unit[0] : unit[1]} ${L.words.outOf} ${cardinal(L, m[3]!)}`);
    }
    if ((m = /^(\d{4})\/(\d{4}|\d{2})$/.exec(core))) {
      // A span of years (a season, a school or financial year): `2024/2025`, `2024/25`, the years side by side.
      const first = Number(m[1]);
      const second = m[2]!.length === 2 ? first - (first % 100) + Number(m[2]) : Number(m[2]);
      if (first >= 1100 && second > first && second <= 2099) {
        const said = m[2]!.length === 2 ? this.shortYear(m[2]!) : this.plainNumber({ sign: '', int: m[2]!, frac: null }, m[2]!);
        return one(`${this.plainNumber({ sign: '', int: m[1]!, frac: null }, m[1]!)} ${said}`);
      }
    }
    if ((m = STANDARD_YEAR.exec(core))) {
      // a standard's number and its year: `ISO 9001:2015`, the number, then the year
      return one(`${this.plainNumber({ sign: '', int: m[1]!, frac: null }, m[1]!)} ${sayYear(Number(m[2]), L)}`);
    }
    if ((m = /^(\d+(?:[.,]\d+)?)\/(\d+)$/.exec(core))) {
      const n = parseNumeral(m[1]!, L);
      if (n) return one(`${sayNumeral(n, L)} ${L.words.outOf} ${cardinal(L, m[2]!)}`);
    }
    if ((m = /^(\d+)([½⅓⅔¼¾])$/.exec(core))) {
      const mixed = this.mixedFraction(m[1]!, m[2]!);
      if (mixed) return one(mixed);
    }
    if ((m = /^(\d{1,3}(?:[.,]\d+)?)[x×](\d{1,3}(?:[.,]\d+)?)$/.exec(core))) {
      // `3x4`: three times four, as `3×4` (not a screen's `1920x1080`, said otherwise: as before)
      const a = parseNumeral(m[1]!, L);
      const b = parseNumeral(m[2]!, L);
      if (a && b) return one(`${sayNumeral(a, L)} ${L.words.times} ${sayNumeral(b, L)}`);
    }
    if ((m = /^(\d[\d.,]*)[x×]$/.exec(core))) {
      const n = parseNumeral(m[1]!, L);
      // `3x faster` three times; `f(x) = 2x + 1` two x
      if (n) return one(`${sayNumeral(n, L)} ${core.endsWith('x') && this.formulaContext ? 'x' : L.words.timesOver}`);
    }
    const money = this.moneyInToken(i);
    if (money) return money;
    if ((m = /^(.+?)(%|‰)$/.exec(core))) {
      const n = parseNumeral(m[1]!, L);
      if (n) return one(`${sayNumeral(n, L)} ${this.percentWord(m[2]!)}`);
    }
    if ((m = /^(.+?)°([CF])?$/.exec(core))) {
      const n = parseNumeral(m[1]!, L);
      if (n) return one(this.degrees(n, m[2]));
    }
    if (L.code === 'en' && (m = /^(\d{1,3}(?:\.\d{1,2})?)(M|mn|bn|K|k)$/.exec(core))) {
      // `2.5M`, `1M+` (a plus after it: per-unit.ts), `10M users`: a figure and its scale, said two point five million. Not
      // `3M` (a name), `4K` (a screen), `5k` (a run): a single digit only with a decimal or a plus; K and k only so.
      const plus = !this.tok(i)!.post && this.core(i + 1) === L.words.plus;
      const big = m[1]!.length >= 2 && !m[1]!.includes('.') && /^(?:M|mn|bn)$/.test(m[2]!);
      const n = parseNumeral(m[1]!, L);
      if (n && (plus || m[1]!.includes('.') || big)) return one(`${sayNumeral(n, L)} ${own(L.scales, m[2]!)![0]}`);
    }
    const glued = figureAndUnit(core);
    if (glued && own(L.units, glued[1])) {
      const n = parseNumeral(glued[0], L);
      if (n) return one(this.measure(n, glued[1]));
    }
    if (L.code === 'de' && (m = DE_WHOLE_AMOUNT.exec(core)) && !this.tok(i)!.post) {
      // `12,- €`, `12,- Euro`
      const word = this.core(i + 1) ?? '';
      const currency = this.currencyOf(word) ?? this.moneyWord(word);
      const n = parseNumeral(m[1]!, L);
      if (currency && n && !this.tok(i + 1)!.pre) return { words: sayMoney(n, currency, L), next: i + 2 };
    }
    if (NUMBER.test(core)) return this.number(i);
    if (/\d/.test(core) && /\p{L}/u.test(core) && (lettersAndFiguresHyphened(core) || lettersThenVersion(core))) return one(this.mixed(core));
    return null;
  }

  /**
   * English shapes at token i: a share after a verb of scoring or before a counted noun (`won 3/4 games`, `3/4 players`:
   * three out of four); pence where the money is British (`50p` fifty pence in en-GB or beside a `£`; never `720p`, a
   * video's lines).
   */
  private englishFigure(i: number): Said | null {
    const L = this.language;
    const token = this.tok(i)!;
    const core = token.core;
    let m: RegExpExecArray | null;
    if (core.length === 3 && core[1] === '/' && own(L.fractions, core) !== undefined) {
      const before = token.pre ? undefined : this.tok(i - 1);
      const next = token.post ? undefined : this.tok(i + 1);
      const word = next && !next.pre ? next.core.toLowerCase() : undefined;
      const scored = !!before && !before.post && EN_SCORE_VERBS.has(before.core.toLowerCase()) && !(word && EN_HALF_OF.has(word)) && word !== 'of';
      if (scored || (word !== undefined && EN_COUNTED_NOUNS.has(word))) return { words: `${L.cardinal(Number(core[0]))} ${L.words.outOf} ${L.cardinal(Number(core[2]))}`, next: i + 1 };
      return null;
    }
    if (core.length <= 3 && core.endsWith('p') && (m = /^([1-9]\d?)p$/.exec(core)) && (L.variant === 'en-GB' || this.text.includes('£'))) {
      return { words: m[1] === '1' ? 'one penny' : `${L.cardinal(Number(m[1]))} pence`, next: i + 1 };
    }
    return null;
  }

  /**
   * A duration in minutes and seconds (`1'00"` one minute, `0'30"` thirty seconds, `1'15"` one minute fifteen): two figures
   * of seconds (under 60) after the minutes' mark. Not a height: feet from 3 to 8 and inches under 12 (`5'10"`), or a
   * height's word beside it (`He is 6'02" tall`): kept as written.
   */
  private duration(i: number): Said | null {
    const token = this.tok(i)!;
    const m = /^(\d{1,2})['’′](\d{2})$/.exec(token.core);
    if (!m || !/^["”″]/.test(token.post)) return null;
    const [minutes, seconds] = [Number(m[1]), Number(m[2])];
    if (seconds >= 60 || (minutes >= 3 && minutes <= 8 && seconds < 12)) return null;
    const before = token.pre ? undefined : this.tok(i - 1);
    const after = this.tok(i + 1);
    if ((before && HEIGHT_WORDS.has(before.core.toLowerCase())) || (after && HEIGHT_WORDS.has(after.core.toLowerCase()))) return null;
    const L = this.language;
    const names = DURATION_WORDS[L.code];
    const unit = (n: number, [one, many]: readonly [string, string]): string => {
      let words = beforeNoun(L.cardinal(n), L, L.code === 'fr');
      if (L.code === 'de' && n === 1) words = 'eine';
      return `${words} ${n === 1 ? one : many}`;
    };
    const words = minutes === 0 ? unit(seconds, names[1]) : seconds === 0 ? unit(minutes, names[0]) : `${unit(minutes, names[0])} ${L.cardinal(seconds)}`;
    return { words, next: i + 1, post: token.post.slice(1) };
  }

  /**
   * A half (token i, `1/2` or `½`) before a noun: Spanish `media taza`, `medio litro` (the noun's gender sure: spanishGender);
   * French after `un`/`une`, `une demi-journée`, `un demi-litre`. Null elsewhere (read as the fraction).
   */
  private halfBeforeNoun(i: number): Said | null {
    const L = this.language;
    const token = this.tok(i)!;
    const noun = token.post ? undefined : this.tok(i + 1);
    if (!noun || noun.pre || !/^[a-zñçàâäáéèêëíîïóôöúùûü]+$/.test(noun.core)) return null;
    // `on 1/2 the days`, `1/2 a cup`: half (never a date: the word after is no date's)
    if (L.code === 'en') return !token.pre && EN_HALF_OF.has(noun.core) ? { words: 'half', next: i + 1 } : null;
    if (L.code === 'es') {
      const gender = spanishGender(noun.core);
      return gender ? { words: gender === 'f' ? 'media' : 'medio', next: i + 1 } : null;
    }
    const before = this.tok(i - 1);
    if (L.code === 'fr' && before && !before.post && !token.pre && /^une?$/i.test(before.core)) return { words: `demi-${noun.core}`, next: i + 2 };
    return null;
  }

  /** A whole number and a fraction said (languages.ts mixedFractions), or null for a fraction the language does not join. */
  private mixedFraction(whole: string, fraction: string): string | null {
    const L = this.language;
    const template = own(L.mixedFractions, fraction);
    if (template === undefined) return null;
    const n = cardinal(L, whole);
    return template.replace('{n}', n).replace('{stem}', n.replace(/eins$/, 'ein'));
  }

  /** A number token, joined with the 3-digit groups after it (`1 200 000`), then what follows it. */
  private number(i: number): Said | null {
    const L = this.language;
    let text = this.tok(i)!.core;
    let next = i + 1;
    if (/^[-−+]?\d{1,3}$/.test(text) && !this.tok(i)!.post) {
      while (/^\d{3}(?:[.,]\d+)?$/.test(this.core(next) ?? '') && !this.tok(next)!.pre) {
        text += this.core(next);
        next++;
        if (this.tok(next - 1)!.post || /[.,]/.test(this.core(next - 1)!)) break;
      }
      if (next > i + 1) text = text.replace(/(\d)(?=\d{3}(?:[.,]|$))/g, '$1');
      // `1 000e`, `1 000th`: the last group carries the ordinal ending
      const tail = this.tok(next - 1)!.post ? undefined : this.tok(next);
      if (tail && !tail.pre && /^\d{3}[^\d.,]/.test(tail.core) && /^\d+$/.test(text)) {
        const ordinal = sayOrdinal(text + tail.core, L);
        if (ordinal) return { words: ordinal, next: next + 1 };
      }
    }
    const joined = next > i + 1 ? this.joinGroups(i, next) : text;
    const last = this.tok(next - 1)!;
    const follower = last.post ? undefined : this.core(next);
    const counted = follower !== undefined && (own(CURRENCIES, follower) !== undefined || MONEY_WORDS.has(follower) || COUNTED.has(follower));
    const n = (counted ? this.thousandsWritten(joined) : null) ?? parseNumeral(joined, L);
    if (!n) return null;
    const after = (words: string, used = 1): Said => ({ words, next: next + used });
    if (follower !== undefined) {
      if ((follower === 'x' || follower === '×') && !this.tok(next)!.post && NUMBER.test(this.core(next + 1) ?? '')) {
        const other = parseNumeral(this.core(next + 1)!, L);
        if (other) return after(`${sayNumeral(n, L)} ${L.words.times} ${sayNumeral(other, L)}`, 2);
      }
      if (follower === '%' || follower === '‰') return after(`${sayNumeral(n, L)} ${this.percentWord(follower)}`);
      // `1 ½`, `1 1/2`: one and a half
      const fraction = next === i + 1 && n.sign === '' && n.frac === null ? own(MIXED_ASCII, follower) ?? follower : '';
      if (fraction.length === 1 && !this.tok(next)!.pre) {
        const mixed = this.mixedFraction(n.int, fraction);
        if (mixed) return after(mixed);
      }
      const currency = follower !== 'euros' ? this.currencyOf(follower) : undefined;
      if (currency) return after(sayMoney(n, currency, L));
      if (n.frac !== null && n.frac.length === 2 && !this.tok(next)!.pre) {
        const word = this.moneyWord(follower);
        if (word) return after(sayMoney(n, word, L));
      }
      const scaled = this.scaleAndCurrency(follower);
      if (scaled?.currency) return after(sayMoney(n, scaled.currency, L, scaled.scale));
      // German `Mio.`, `Mrd.`, `Tsd.`: the stop is the abbreviation's (`1,5 Mio. €`, `2 Mrd. Euro`, `3 Mio. Einwohner`)
      const scalePost = this.tok(next)!.post;
      const abbreviated = scaled !== null && follower !== scaled.scale[0] && follower !== scaled.scale[1] && follower.toLowerCase() !== scaled.scale[0];
      const dotted = abbreviated && scalePost === '.' && own(L.scales, `${follower}.`) !== undefined;
      if (scaled && (!scalePost || dotted)) {
        const word = this.core(next + 1) ?? '';
        const symbol = this.currencyOf(word);
        if (symbol && word !== 'euros') return after(this.germanScaled(sayMoney(n, symbol, L, scaled.scale), n, i, scaled.scale[0]), 2);
        const named = abbreviated && this.tok(next + 1)?.pre === '' ? this.moneyWord(word) : undefined;
        if (named) return after(this.germanScaled(sayMoney(n, named, L, scaled.scale), n, i, scaled.scale[0]), 2);
      }
      if (scaled && abbreviated && (!scalePost || dotted)) {
        const [one, many] = scaled.scale;
        const number = this.germanOne(n, i, one) ?? (L.code === 'de' && n.int === '1' && n.frac === null && n.sign === '' ? 'eine' : sayNumeral(n, L));
        return { words: `${number} ${isPlural(n, L) ? many : one}`, next: next + 1, post: dotted ? this.abbreviationPost(next) : scalePost };
      }
      if (follower === '°' || follower === '°C' || follower === '°F') return after(this.degrees(n, follower[1]));
      // `1,80 m`: a height or length in metres and centimetres, said as German, Spanish and French say it (ein Meter achtzig, un metro ochenta, un mètre quatre-vingts)
      if (follower === 'm' && (L.code === 'de' || L.code === 'es' || L.code === 'fr') && n.sign === '' && n.frac !== null && n.frac.length === 2 && n.frac !== '00' && n.int !== '0') {
        const [one, many] = own(L.units, 'm')!;
        return after(`${beforeNoun(cardinal(L, n.int), L)} ${n.int === '1' ? one : many} ${cardinal(L, String(Number(n.frac)))}`);
      }
      if (own(L.units, follower)) {
        // German `5 Min.`, `2 Std.`: the stop is the abbreviation's
        const dottedUnit = L.code === 'de' && DE_DOTTED_UNITS.has(follower) && this.tok(next)!.post.startsWith('.');
        return dottedUnit ? { words: this.measure(n, follower, i), next: next + 1, post: this.abbreviationPost(next) } : after(this.measure(n, follower, i));
      }
      if (n.frac !== null && n.frac.length === 2 && !this.tok(next)!.pre) {
        // `19,99 à 29,99 euros`, `19.99 to 29.99 dollars`: the first end of a range of money said as money, as the second is
        const currency = this.currencyAfterRange(next);
        // a dash standing between them is said as a range's word (`19,99 - 29,99 €`: à)
        if (currency) return this.core(next) === L.words.to || this.core(next) === L.words.and ? { words: sayMoney(n, currency, L), next } : { words: `${sayMoney(n, currency, L)} ${L.words.to}`, next: next + 1 };
      }
      // French day 1 of a month is "premier" (`le 1 mai`, `du 1 au 3 juin`): other days are cardinals
      if (L.code === 'fr' && next === i + 1 && /^0?1$/.test(n.int) && n.frac === null && n.sign === '' && this.frenchDayOfMonth(next)) return { words: 'premier', next };
      if (L.code === 'en' && next === i + 1 && this.isMonth(next) && /^\d{1,2}$/.test(n.int) && Number(n.int) >= 1 && Number(n.int) <= 31 && !this.isMonth(i - 1)) {
        return { words: `the ${L.ordinal(n.int)} of`, next };
      }
    }
    if (L.code === 'en' && next === i + 1 && this.isMonth(i - 1) && /^\d{1,2}$/.test(n.int) && n.frac === null && Number(n.int) >= 1 && Number(n.int) <= 31) {
      return { words: L.ordinal(n.int), next };
    }
    const words = next === i + 1 ? this.plainNumber(n, joined) : sayNumeral(n, L);
    // Spanish numbers agree with the noun they count: `21 años` veintiún años, `1 hermana` una hermana, `200 personas` doscientas
    const noun = L.code === 'es' && follower !== undefined && n.frac === null && n.sign === '' && !this.tok(next)!.pre ? follower : undefined;
    const gender = noun !== undefined ? spanishGender(noun) : null;
    if (gender) {
      const feminine = gender === 'f';
      const agreed = beforeNoun(words, L, feminine);
      return { words: feminine && n.int.length <= 6 ? agreed.replace(/ientos\b/g, 'ientas') : agreed, next };
    }
    // French and German numbers agree with the noun they count: `21 personnes` vingt et une, `1 Minute` eine, `mit 1 Tag` einem
    if (follower !== undefined && n.frac === null && n.sign === '' && !this.tok(next)!.pre && !this.numberLabel(i, next)) {
      if (L.code === 'fr' && this.frenchFeminineAfter(follower, next)) return { words: beforeNoun(words, L, true), next };
      const german = this.germanOne(n, i, follower);
      if (german) return { words: german, next };
    }
    return { words, next };
  }

  /**
   * `1.200` as thousands where the language's decimal mark is the point (English, Mexican Spanish),
   * for an amount of money or a count of whole things (`€1.200`, `1.200 euros`, `1.200 words`): money
   * has no third decimal and no one writes 1.2 words, so the point groups thousands (a European hand).
   * Null for any other text, and where the point is the other language's thousands mark already.
   */
  private thousandsWritten(text: string): Numeral | null {
    if (this.language.decimal !== '.') return null;
    const m = /^([-−+]?)([1-9]\d{0,2})\.(\d{3})$/.exec(text);
    if (!m) return null;
    return { sign: m[1] === '' ? '' : m[1] === '+' ? '+' : '-', int: m[2]! + m[3]!, frac: null };
  }

  /**
   * The last token of a number written in groups of three from token i (`1 250`, `1 250,50`: i + 1), or i itself where
   * token i is no leading group (one to three digits, nothing after it) or no group follows.
   */
  private groupsEnd(i: number): number {
    if (!/^\d{1,3}$/.test(this.core(i) ?? '') || this.tok(i)!.post) return i;
    let last = i;
    while (/^\d{3}(?:[.,]\d+)?$/.test(this.core(last + 1) ?? '') && !this.tok(last + 1)!.pre) {
      last++;
      if (this.tok(last)!.post || /[.,]/.test(this.core(last)!)) break;
    }
    return last;
  }

  /**
   * A version number said part by part with the word for the dot (English point, French point, German Punkt, Spanish
   * punto), never a decimal: `v2.3` (version two point three), or `2.3`, `17.4.1` right after a word that names a version
   * (`version`, `release`, `iOS`, `Android`…). Null for any other token.
   */
  private version(i: number): Said | null {
    const L = this.language;
    const core = this.tok(i)!.core;
    const v = /^[vV](\d{1,3}(?:\.\d{1,3}){1,3})$/.exec(core);
    const said = v ? `${VERSION_WORD[L.code]} ` : '';
    const digits = v ? v[1]! : core;
    if (!v) {
      const before = this.tok(i - 1);
      if (!/^\d{1,3}(?:\.\d{1,3}){1,3}$/.test(core) || !before || before.post || this.tok(i)!.pre || !VERSION_BEFORE.has(before.core.toLowerCase())) return null;
    }
    const dot = L.code === 'en' ? 'point' : L.words.dot;
    return { words: said + digits.split('.').map((part) => (part.length > 1 && part[0] === '0' ? sayDigits(part, L) : cardinal(L, part))).join(` ${dot} `), next: i + 1 };
  }

  /** The source text of tokens i..next-1 as one number: `1 200,50` → `1200,50`. */
  private joinGroups(i: number, next: number): string {
    let text = '';
    for (let k = i; k < next; k++) text += this.core(k);
    return text;
  }

  /** The two last digits of a year written alone (`2024/25`, `2000-01`): English says `oh one`. */
  private shortYear(digits: string): string {
    const L = this.language;
    return L.code === 'en' && digits[0] === '0' ? `oh ${L.cardinal(Number(digits))}` : cardinal(L, digits);
  }

  /** English decades: `1990s` nineteen nineties, `30s`, `'80s` thirties, eighties; null for any other text. */
  private decade(text: string): string | null {
    const L = this.language;
    let m = /^(\d{3}0)s$/.exec(text);
    if (m) return sayYear(Number(m[1]), L).replace(/(\S+)$/, (w) => (w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`));
    m = /^['’]?([1-9]0)s$/.exec(text);
    return m ? L.cardinal(Number(m[1])).replace(/y$/, 'ies') : null;
  }

  /** A number said on its own: a year where it looks like one (English, German), else a cardinal or decimal. */
  private plainNumber(n: Numeral, written: string): string {
    const L = this.language;
    if ((L.code === 'en' || L.code === 'de') && n.sign === '' && n.frac === null && /^\d{4}$/.test(written)) {
      const value = Number(written);
      if (value >= 1100 && value <= 2099) return sayYear(value, L);
    }
    return sayNumeral(n, L);
  }

  private percentWord(sign: string): string {
    const L = this.language;
    if (sign === '%') return L.words.percent;
    return { en: 'per mille', fr: 'pour mille', de: 'Promille', es: 'por mil' }[L.code];
  }

  private degrees(n: Numeral, scale: string | undefined): string {
    const L = this.language;
    const [one, many] = L.words.degree;
    const unit = scale === 'C' ? ' Celsius' : scale === 'F' ? ' Fahrenheit' : '';
    return `${beforeNoun(sayNumeral(n, L), L)} ${isPlural(n, L) ? many : one}${unit}`;
  }

  private measure(n: Numeral, unit: string, at = -1): string {
    const L = this.language;
    const [one, many] = own(L.units, unit)!;
    const german = at >= 0 ? this.germanOne(n, at, one) : null;
    return `${german ?? beforeNoun(sayNumeral(n, L), L, this.unitFeminine(unit))} ${isPlural(n, L) ? many : one}`;
  }

  /** German `mit 1 Mio. €`: the "1" before Million in the case the word before asks (mit einer Million Euro). */
  private germanScaled(words: string, n: Numeral, i: number, scale: string): string {
    const one = this.germanOne(n, i, scale);
    return one && words.startsWith('ein') ? one + words.slice(words.indexOf(' ')) : words;
  }

  /**
   * Whether the number at token i names a thing rather than counts the word after it (token k): a label's number (`Seite 1`,
   * `page 1`, `Kapitel 1`: the word before is in NUMBER_LABELS), or the word after labels a number of its own (`Seite 1
   * Folge 2`, `page 1 semaine 2`). Its figure is then said as alone (eins, un).
   */
  private numberLabel(i: number, k: number): boolean {
    const before = this.tok(i - 1);
    if (before && !before.post && NUMBER_LABELS.has(before.core.toLowerCase())) return true;
    const after = this.tok(k);
    const then = this.core(k + 1);
    return after !== undefined && !after.post && then !== undefined && then.charCodeAt(0) >= 0x30 && then.charCodeAt(0) <= 0x39;
  }

  /**
   * German "1" before a noun whose gender is known (germanGender), at token i: `eine Minute`, `ein Tag`; after a preposition
   * taking the dative `einer`, `einem` (`mit einer Minute`, `nach einem Tag`), the accusative `einen` for a masculine (`für
   * einen Tag`). With no preposition, the nominative: what a narrator says of a count alone (`1 Tag später` may be "einen";
   * the words counted are the same). Null for any other number or noun.
   */
  private germanOne(n: Numeral, i: number, noun: string): string | null {
    if (this.language.code !== 'de' || n.int !== '1' || n.frac !== null || n.sign !== '') return null;
    const gender = germanGender(noun);
    if (!gender) return null;
    const before = this.tok(i - 1);
    const word = before && !before.post && !this.tok(i)!.pre ? before.core.toLowerCase() : '';
    if (DE_DATIVE.has(word)) return gender === 'f' ? 'einer' : 'einem';
    if (DE_ACCUSATIVE.has(word) && gender === 'm') return 'einen';
    return gender === 'f' ? 'eine' : 'ein';
  }

  /** French `une heure`, `une minute`: the number before these units is feminine. */
  private unitFeminine(unit: string): boolean {
    return this.language.code === 'fr' && /^(?:heure|minute|seconde|milliseconde)/.test(own(this.language.units, unit)?.[0] ?? '');
  }

  /**
   * The currency of the second end of a range written in words after an amount with cents (`à 29,99
   * euros`, `to $29.99`, `- 29,99 €`, `and 29.99 dollars`, `à 4 euros`), token k being the range's
   * word: its amount, whole or with cents, and its currency (a sign or code glued or after it, or a
   * currency word). Undefined when tokens k… are no such end.
   */
  private currencyAfterRange(k: number): CurrencyWords | undefined {
    const L = this.language;
    const joint = this.tok(k);
    if (!joint || joint.post || joint.pre || (joint.core !== L.words.to && joint.core !== L.words.and && joint.core !== '-' && joint.core !== '–' && joint.core !== '—')) return undefined;
    const end = this.tok(k + 1);
    if (!end || end.pre) return undefined;
    // the second end whole or with cents (`de 3,50 à 4 euros`), never other decimals (`2,50 à 3,5 euros`)
    const amount = (text: string) => {
      const n = parseNumeral(text, L);
      return n !== null && n.sign === '' && (n.frac === null || n.frac.length === 2);
    };
    let m = SYMBOL_BEFORE.exec(end.core);
    if (m && m[1] === '' && amount(m[3] ?? m[5]!)) return this.currencyOf(m[2] ?? m[4]!);
    m = SYMBOL_AFTER.exec(end.core);
    if (m && amount(m[1]!)) return this.currencyOf(m[2]!);
    if (!amount(end.core) || end.post) return undefined;
    const word = this.core(k + 2);
    if (word === undefined || this.tok(k + 2)!.pre) return undefined;
    const symbol = own(CURRENCIES, word);
    return symbol && word !== 'euros' ? own(L.currencies, symbol) : this.moneyWord(word);
  }

  /** A currency word written after an amount with cents (MONEY_WORD), as its currency is said; undefined for any other word. */
  private moneyWord(word: string): CurrencyWords | undefined {
    const L = this.language;
    const lower = word.toLowerCase();
    const entry = own(MONEY_WORD[L.code], lower) ?? (L.variant === 'en-GB' ? own(MONEY_WORD_GB, lower) : undefined);
    if (!entry) return undefined;
    const currency = own(L.currencies, entry[2]);
    return currency && { ...currency, one: entry[0], many: entry[1] };
  }

  /** `M€`, `Md€`, `million` (a scale, maybe with its currency sign). */
  private scaleAndCurrency(token: string): { scale: [string, string]; currency?: CurrencyWords | undefined } | null {
    const L = this.language;
    if (own(L.scales, token) && !/^(?:k|K|m|M|B)$/.test(token)) return { scale: own(L.scales, token)! };
    const m = /^(.+?)(€|\$|£|¥)$/u.exec(token);
    if (m && own(L.scales, m[1]!)) return { scale: own(L.scales, m[1]!)!, currency: this.currencyOf(m[2]!) };
    return null;
  }

  /** The words of a currency sign or code: the language's own for a sign it reads otherwise (`$` the peso in es-MX, es-AR…). */
  private currencyOf(symbol: string): CurrencyWords | undefined {
    const code = own(CURRENCIES, symbol);
    return code ? own(this.language.currencies, symbol) ?? own(this.language.currencies, code) : undefined;
  }

  /** `£39`, `$5.40`, `$3bn`, `39€`, `€ 39`, `$1.2 million`, `-$5`, `GBP20`. */
  private moneyInToken(i: number): Said | null {
    const L = this.language;
    const { core } = this.tok(i)!;
    let m = SYMBOL_BEFORE.exec(core);
    if (m) {
      const currency = this.currencyOf(m[2] ?? m[4]!)!;
      const money = this.moneyAfterSign(currency, m[1]! + (m[3] ?? m[5]!), i);
      // `$1,200.50 pesos`: the currency's name after it is the sign said again, not said twice
      const named = money && !this.tok(money.next - 1)!.post ? this.tok(money.next) : undefined;
      if (named && !named.pre && (named.core === currency.many || named.core === currency.one)) return { ...money!, next: money!.next + 1 };
      if (money) return money;
    }
    m = SYMBOL_AFTER.exec(core);
    if (m) {
      const n = this.thousandsWritten(m[1]!) ?? parseNumeral(m[1]!, L);
      if (n) return { words: sayMoney(n, this.currencyOf(m[2]!)!, L), next: i + 1 };
      const scaled = /^(.+?)(M|Md|Mds|Mrd|k)$/.exec(m[1]!);
      const sn = scaled ? parseNumeral(scaled[1]!, L) : null;
      if (sn && own(L.scales, scaled![2]!)) return { words: sayMoney(sn, this.currencyOf(m[2]!)!, L, own(L.scales, scaled![2]!)), next: i + 1 };
    }
    if (/^(?:[€$£¥]|US\$)$/.test(core) && !this.tok(i)!.post) {
      // (German `€ 1.200,-`: the dash stands for no cents)
      const amount = L.code === 'de' ? this.core(i + 1)?.replace(DE_WHOLE_AMOUNT, '$1') ?? '' : this.core(i + 1) ?? '';
      const n = this.thousandsWritten(amount) ?? parseNumeral(amount, L);
      if (n) return { words: sayMoney(n, this.currencyOf(core)!, L), next: i + 2 };
    }
    return null;
  }

  /**
   * An amount after its currency sign or code, the amount being token `at` (or its end): `$1.2
   * million`, `$3bn`, `EUR 20`, `EUR 20-30`.
   */
  private moneyAfterSign(currency: CurrencyWords, amount: string, at: number): Said | null {
    const L = this.language;
    const n = this.thousandsWritten(amount) ?? parseNumeral(amount, L);
    if (n) {
      const scaleWord = this.tok(at)!.post ? undefined : this.core(at + 1);
      if (scaleWord && own(L.scales, scaleWord) && !/^(?:k|K|m|M|B)$/.test(scaleWord)) return { words: sayMoney(n, currency, L, own(L.scales, scaleWord)), next: at + 2 };
      return { words: sayMoney(n, currency, L), next: at + 1 };
    }
    const scaleMatch = /^(.+?)(k|K|m|M|mn|bn|B)$/.exec(amount);
    if (scaleMatch) {
      const scaled = parseNumeral(scaleMatch[1]!, L);
      if (scaled && own(L.scales, scaleMatch[2]!)) return { words: sayMoney(scaled, currency, L, own(L.scales, scaleMatch[2]!)), next: at + 1 };
    }
    return /[-–—]/.test(amount.slice(1)) ? this.range(at, amount, currency) : null;
  }

  // ── ranges ────────────────────────────────────────────────────────────────────────────────

  /**
   * Token i (or `written`, the amount in it after a currency code) as a range: two numbers joined by
   * a dash, the sign or unit on either or both sides and said once, after the second (`10-15%`,
   * `$10-$15`, `30-35°C`, `£2,000-£3,000`, `5-10 km`), or two times (`9am-5pm`, `10h-12h`). A range
   * has its ends in order and of like size (the second at most two digits longer); two numbers of up
   * to two digits in the other order are a score (`3-1`). Null otherwise.
   */
  private range(i: number, written: string, currency?: CurrencyWords): Said | null {
    let core = written;
    let compound = '';
    const c = COMPOUND_AFTER().exec(core);
    if (c) {
      core = c[1]!;
      compound = ` ${c[2]!.split('-').join(' ')}`;
    }
    for (let d = 1; d < core.length - 1; d++) {
      const dash = core[d];
      if ((dash !== '-' && dash !== '–' && dash !== '—') || core[d - 1] === '-') continue;
      const left = core.slice(0, d);
      const right = core.slice(d + 1);
      if (!/\d/.test(left) || !/\d/.test(right)) continue;
      if (!currency && !compound) {
        // `2:00–3:30 p.m.`: the marker after the range is its second end's (two to three thirty P M)
        const marker = this.language.code === 'en' ? this.timeMarkerAfter(i) : null;
        const marked = marker ? this.timeRange(left, `${right}${marker.letter}m`) : null;
        if (marked) return marker!.post === undefined ? { words: marked, next: i + 2 } : { words: marked, next: i + 2, post: marker!.post };
        const times = this.timeRange(left, right);
        if (times) {
          const uhr = this.language.code === 'de' && !this.tok(i)!.post && this.core(i + 1) === 'Uhr';
          return { words: times, next: uhr ? i + 2 : i + 1 };
        }
      }
      const words = this.amountRange(i, left, right, currency, !compound);
      // French days before a month (`du 1-3 juin`): day 1 is "premier"
      if (words && !compound && this.language.code === 'fr' && /^0?1$/.test(left) && /^\d{1,2}$/.test(right) && !this.tok(i)!.post && this.isMonth(i + 1)) {
        return { words: words.words.replace(/^un\b/, 'premier'), next: words.next };
      }
      if (words) return { words: words.words + compound, next: words.next };
    }
    return null;
  }

  private rangeSide(text: string): RangeSide | null {
    const L = this.language;
    const m = RANGE_SIDE.exec(text);
    if (!m) return null;
    const n = parseNumeral(m[1]! + m[3]!, L);
    if (!n) return null;
    let currency = m[2] ? this.currencyOf(m[2]) : undefined;
    let rest = m[4] ?? '';
    const after = /^(.*?)(€|\$|£|¥)$/u.exec(rest);
    if (after) {
      if (currency) return null;
      currency = this.currencyOf(after[2]!);
      rest = after[1]!;
    }
    let kind: RangeSide['kind'] = '';
    if (rest === '%' || rest === '‰') kind = 'percent';
    else if (/^°[CF]?$/.test(rest)) kind = 'degree';
    else if (rest === 'x' || rest === '×') kind = 'times';
    else if (rest && !currency && own(L.units, rest)) kind = 'unit';
    else if (rest && own(L.scales, rest)) kind = 'scale';
    else if (rest) return null;
    return { n, written: m[3]!, currency, kind, key: rest };
  }

  /** The words of an amount range (see range), with the index after what it used; null if it is none. */
  private amountRange(i: number, leftText: string, rightText: string, outer: CurrencyWords | undefined, mayTakeFollower: boolean): { words: string; next: number } | null {
    const L = this.language;
    const a = this.rangeSide(leftText);
    const b = this.rangeSide(rightText);
    if (!a || !b) return null;
    if (a.kind && b.kind && (a.kind !== b.kind || a.key !== b.key)) return null;
    if (a.currency && b.currency && a.currency !== b.currency) return null;
    let kind = b.kind || a.kind;
    let key = b.key || a.key;
    let currency = b.currency ?? a.currency ?? outer;
    let next = i + 1;
    if (!kind && !currency && mayTakeFollower && !this.tok(i)!.post && i + 1 < this.list.length && !this.tok(i + 1)!.pre) {
      // what follows the range as its own word: `5-10 km`, `10-15 %`, `20-25 €`
      const follower = this.core(i + 1)!;
      const symbol = own(CURRENCIES, follower);
      const scaled = this.scaleAndCurrency(follower);
      if (follower === '%' || follower === '‰') [kind, key] = ['percent', follower];
      else if (follower === '°' || follower === '°C' || follower === '°F') [kind, key] = ['degree', follower];
      else if (own(L.units, follower)) [kind, key] = ['unit', follower];
      else if (symbol && follower !== 'euros') currency = this.currencyOf(follower);
      else if (scaled?.currency) [kind, key, currency] = ['scale', /^(.+?)(?:€|\$|£|¥)$/u.exec(follower)![1]!, scaled.currency];
      // `19,99-29,99 euros`, `9.99–14.99 dollars`: a currency word after ends written with cents (two
      // decimals, none other) makes both money, as after one amount (MONEY_WORD); `5-10 euros` stays a
      // count of euros and `1,5-2 euros` decimals, the word as written
      else if ((cents(a) || cents(b)) && (a.n.frac === null || cents(a)) && (b.n.frac === null || cents(b))) currency = this.moneyWord(follower);
      if (kind || currency) next = i + 2;
    }
    if (currency && !kind && mayTakeFollower && !this.tok(i)!.post && i + 1 < this.list.length) {
      // `$1.2-1.5 million`: the scale word said before the currency
      const word = this.core(i + 1)!;
      if (own(L.scales, word) && !/^(?:k|K|m|M|B)$/.test(word) && !this.tok(i + 1)!.pre) [kind, key, next] = ['scale', word, i + 2];
    }
    if (currency && kind && kind !== 'scale') return null;
    const value = (side: RangeSide) => Number(`${side.n.sign === '-' ? '-' : ''}${side.n.int}.${side.n.frac ?? 0}`);
    const [first, second] = [value(a), value(b)];
    const plain = !kind && !currency;
    const to = L.words.to;
    if (first >= second || (b.n.int.length > a.n.int.length + 2 && !this.shortBeforeThousands(a, b))) {
      // not a range: a score of small numbers (`3-1`), a span of years written short (`2024-25`), or nothing said
      const whole = (side: RangeSide) => side.n.frac === null && side.n.sign === '';
      if (plain && whole(a) && whole(b) && a.n.int.length <= 2 && b.n.int.length <= 2 && first >= second) {
        return { words: `${cardinal(L, a.n.int)} ${L.words.score} ${cardinal(L, b.n.int)}`, next };
      }
      if (plain && whole(a) && whole(b) && /^\d{4}$/.test(a.written) && /^\d{2}$/.test(b.written) && first >= 1100 && first <= 2099 && second > first % 100) {
        return { words: `${this.plainNumber(a.n, a.written)} ${to} ${this.shortYear(b.written)}`, next };
      }
      return null;
    }
    if (plain) return { words: `${this.plainNumber(a.n, a.written)} ${to} ${this.plainNumber(b.n, b.written)}`, next };
    const number = (side: RangeSide, feminine = false) => beforeNoun(sayNumeral(side.n, L), L, feminine);
    if (currency) {
      const scale = kind === 'scale' ? own(L.scales, key) : undefined;
      if (!scale && (cents(a) || cents(b))) return { words: `${sayMoney(a.n, currency, L)} ${to} ${sayMoney(b.n, currency, L)}`, next };
      return { words: `${number(a, !scale && currency.feminine)} ${to} ${sayMoney(b.n, currency, L, scale)}`, next };
    }
    switch (kind) {
      case 'percent':
        return { words: `${sayNumeral(a.n, L)} ${to} ${sayNumeral(b.n, L)} ${this.percentWord(key)}`, next };
      case 'degree':
        return { words: `${number(a)} ${to} ${this.degrees(b.n, key[1])}`, next };
      case 'unit':
        return { words: `${number(a, this.unitFeminine(key))} ${to} ${this.measure(b.n, key)}`, next };
      case 'times':
        return { words: `${sayNumeral(a.n, L)} ${to} ${sayNumeral(b.n, L)} ${L.words.timesOver}`, next };
      default: {
        const [one, many] = own(L.scales, key)!;
        return { words: `${sayNumeral(a.n, L)} ${to} ${sayNumeral(b.n, L)} ${isPlural(b.n, L) ? many : one}`, next };
      }
    }
  }

  /**
   * `10-12 000`, `2-3 000 000`, `10-12,000`: a range whose first end is a small whole number below the
   * second's leading group (ten to twelve thousand), the second written with its thousands grouped.
   * Said as written (`dix à douze mille`): the words are the same whether the first end means 10 or 10 000.
   */
  private shortBeforeThousands(a: RangeSide, b: RangeSide): boolean {
    if (a.n.sign !== '' || a.n.frac !== null || b.n.frac !== null || !/^[1-9]\d{0,2}$/.test(a.written)) return false;
    const lead = /^([1-9]\d{0,2})[.,'’ ]\d{3}/.exec(b.written);
    return lead !== null && Number(a.written) < Number(lead[1]);
  }

  /** `9am-5pm`, `9-11am`, `10:30–11:00`, `10h-12h`, `9-18h`: both ends times (the first may borrow the second's am/pm or h). */
  private timeRange(left: string, right: string): string | null {
    const b = this.clock(right, false);
    if (!b) return null;
    const a = this.clock(left, b.borrowable);
    return a ? `${a.words} ${this.language.words.to} ${b.words}` : null;
  }

  /**
   * A time written as one token, said, or null: English `9am`, `7.30pm`, `10:30`; French `10h`,
   * `14h30`, `14:30`; German and Spanish `14:30`. `bare`: a number alone is a time too (it borrows
   * the other end's am/pm or h). `borrowable`: this time's am/pm or h may be borrowed.
   */
  private clock(text: string, bare: boolean): { words: string; borrowable: boolean } | null {
    const L = this.language;
    // `2:00–3:30 pm`: the first end borrows the marker, said as the second is (two, not two o'clock)
    const said = bare && L.code === 'en' && /^\d{1,2}:\d{2}$/.test(text) ? null : this.clockWritten(text);
    if (said || !bare) return said;
    const m = L.code === 'en' ? /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text) : /^(\d{1,2})$/.exec(text);
    if (!m || Number(m[1]) > (L.code === 'en' ? 12 : 24) || (m[2] !== undefined && Number(m[2]) >= 60)) return null;
    if (L.code !== 'en') return { words: beforeNoun(L.cardinal(Number(m[1])), L, true), borrowable: false };
    const minutes = m[2] && m[2] !== '00' ? ` ${Number(m[2]) < 10 ? 'oh ' : ''}${L.cardinal(Number(m[2]))}` : '';
    return { words: `${L.cardinal(Number(m[1]))}${minutes}`, borrowable: false };
  }

  private clockWritten(text: string): { words: string; borrowable: boolean } | null {
    const L = this.language;
    let m: RegExpExecArray | null;
    switch (L.code) {
      case 'en': {
        if ((m = /^(\d{1,2})(?:[:.](\d{2}))?([ap])\.?m\.?$/i.exec(text))) {
          const said = this.englishTime(Number(m[1]), m[2], m[3]!, 0);
          return said && (m[2] === undefined || Number(m[2]) < 60) ? { words: said.words, borrowable: true } : null;
        }
        if ((m = /^(\d{1,2}):(\d{2})$/.exec(text)) && Number(m[2]) < 60) {
          const said = this.englishTime(Number(m[1]), m[2], undefined, 0);
          return said ? { words: said.words, borrowable: false } : null;
        }
        return null;
      }
      case 'fr': {
        m = /^(\d{1,2})(?:[hH](\d{2})?|:(\d{2}))$/.exec(text);
        const minutes = m?.[2] ?? m?.[3];
        if (!m || Number(m[1]) > 24 || (minutes !== undefined && Number(minutes) >= 60)) return null;
        return { words: this.frenchTime(Number(m[1]), minutes), borrowable: m[3] === undefined };
      }
      case 'de':
      case 'es': {
        m = /^(\d{1,2}):(\d{2})$/.exec(text);
        if (!m || Number(m[1]) > 24 || Number(m[2]) >= 60) return null;
        const hours = beforeNoun(cardinal(L, m[1]!), L, L.code === 'es');
        if (L.code === 'de') return { words: `${hours} Uhr${m[2] === '00' ? '' : ` ${cardinal(L, m[2]!)}`}`, borrowable: false };
        return { words: m[2] === '00' ? `${hours} ${m[1] === '1' ? 'hora' : 'horas'}` : `${hours} ${cardinal(L, m[2]!)}`, borrowable: false };
      }
    }
  }

  private isMonth(i: number): boolean {
    const word = this.core(i);
    if (!word) return false;
    const months = this.language.months;
    // English and German months are capitalised; May/mai are only months so.
    if (this.language.code === 'de') return months.includes(word) || word === 'Januar' || word === 'Jänner';
    return this.language.code === 'en' ? months.includes(word) : months.includes(word.toLowerCase());
  }

  // ── times and dates ───────────────────────────────────────────────────────────────────────

  /** An English am/pm marker as its own token after token i (`p.m.`, `pm`, `PM`): its letter and, dotted, the punctuation kept after it. */
  private timeMarkerAfter(i: number): { letter: string; post: string | undefined } | null {
    const after = this.tok(i)!.post ? undefined : this.tok(i + 1);
    if (!after || after.pre) return null;
    const dotted = /^[ap]\.m$/i.test(after.core) && after.post.startsWith('.');
    const marker = /^([ap])\.?m\.?$/i.exec(dotted ? `${after.core}.` : after.core);
    return marker ? { letter: marker[1]!, post: dotted ? this.timeMarkerPost(i + 1) : undefined } : null;
  }

  private time(i: number): Said | null {
    const L = this.language;
    const { core, post } = this.tok(i)!;
    const next = post ? undefined : this.core(i + 1);
    let m: RegExpExecArray | null;
    switch (L.code) {
      case 'en': {
        // The full stop after `a.m.` is the abbreviation's; after `8pm.` it ends the sentence.
        const dotted = /[ap]\.m$/i.test(core) && post.startsWith('.');
        if ((m = /^(\d{1,2})(?:[:.](\d{2}))?([ap])\.?m\.?$/i.exec(dotted ? `${core}.` : core)) && (m[2] === undefined || Number(m[2]) < 60)) {
          return this.englishTime(Number(m[1]), m[2], m[3]!, i + 1, dotted ? this.timeMarkerPost(i) : undefined);
        }
        const hm = /^(\d{1,2})([:.])(\d{2})$/.exec(core);
        const after = next !== undefined ? this.tok(i + 1)! : undefined;
        const markerDotted = after !== undefined && /^[ap]\.m$/i.test(after.core) && after.post.startsWith('.');
        const marker = after !== undefined ? /^([ap])\.?m\.?$/i.exec(markerDotted ? `${after.core}.` : after.core) : null;
        const markerPost = marker && markerDotted ? this.timeMarkerPost(i + 1) : undefined;
        if (hm && (hm[2] === ':' || marker) && Number(hm[1]) <= 24 && Number(hm[3]) < 60) return this.englishTime(Number(hm[1]), hm[3], marker?.[1], marker ? i + 2 : i + 1, markerPost);
        if (marker && /^\d{1,2}$/.test(core) && Number(core) <= 12) return this.englishTime(Number(core), undefined, marker[1], i + 2, markerPost);
        return null;
      }
      case 'fr': {
        if ((m = /^(\d{1,2})[hH:](\d{2})?$/.exec(core)) && Number(m[1]) <= 24 && (m[2] === undefined || Number(m[2]) < 60)) {
          if (core.includes(':') && m[2] === undefined) return null;
          return { words: this.frenchTime(Number(m[1]), m[2]), next: i + 1 };
        }
        if (/^\d{1,2}$/.test(core) && next === 'h' && Number(core) <= 24) {
          const minutes = this.tok(i + 1)!.post ? undefined : this.core(i + 2);
          if (minutes !== undefined && /^\d{2}$/.test(minutes) && Number(minutes) < 60) return { words: this.frenchTime(Number(core), minutes), next: i + 3 };
          return { words: this.frenchTime(Number(core), undefined), next: i + 2 };
        }
        return null;
      }
      case 'de': {
        const hm = /^(\d{1,2})([:.])(\d{2})$/.exec(core);
        if (hm && Number(hm[1]) <= 24 && Number(hm[3]) < 60 && (hm[2] === ':' || next === 'Uhr')) {
          const hours = beforeNoun(cardinal(L, hm[1]!), L);
          const minutes = hm[3] === '00' ? '' : ` ${cardinal(L, hm[3]!)}`;
          return { words: `${hours} Uhr${minutes}`, next: next === 'Uhr' ? i + 2 : i + 1 };
        }
        if (/^\d{1,2}$/.test(core) && next === 'Uhr') return { words: `${beforeNoun(cardinal(L, core), L)} Uhr`, next: i + 2 };
        return null;
      }
      case 'es': {
        // `14:30`, `21:00 h`, and as the RAE writes times, `9.30 h`: the `h` is the hour's symbol, not said again after the time
        const hm = /^(\d{1,2})([:.])(\d{2})$/.exec(core);
        const h = next === 'h';
        const las = !this.tok(i)!.pre && /^las?$/i.test(this.core(i - 1) ?? '') && !this.tok(i - 1)!.post;
        if (!hm || (hm[2] === '.' && !h && !las) || Number(hm[1]) > 24 || Number(hm[3]) >= 60) return null;
        const hours = beforeNoun(cardinal(L, hm[1]!), L, true);
        return { words: hm[3] === '00' ? `${hours} ${hm[1] === '1' ? 'hora' : 'horas'}` : `${hours} ${cardinal(L, hm[3]!)}`, next: h ? i + 2 : i + 1 };
      }
    }
  }

  /**
   * A time just read (`time`), a dash standing alone, then another time: one range, as `9am-5pm`
   * (`9am - 5pm`, `9 a.m. – 5 p.m.`, `9 h – 17 h`). Null when no time follows the dash.
   */
  private spacedTimeRange(time: Said): Said | null {
    const dash = this.tok(time.next);
    if (!dash || !LONE_DASH.test(dash.raw) || (time.post ?? this.tok(time.next - 1)!.post) !== '') return null;
    if (!/^\d/.test(this.tok(time.next + 1)?.raw ?? '')) return null;
    const end = this.time(time.next + 1);
    if (!end) return null;
    const words = `${time.words} ${this.language.words.to} ${end.words}`;
    const range: Said = { words, next: end.next };
    if (time.pre !== undefined) range.pre = time.pre;
    if (end.post !== undefined) range.post = end.post;
    return range;
  }

  /**
   * A number, a dash standing alone, then a time whose am/pm or h it borrows: `9 - 11 am`, `9 – 17 h`,
   * as `9-11am` and `9-17h`. Null otherwise.
   */
  private bareSpacedTimeRange(i: number): Said | null {
    const token = this.tok(i)!;
    if (token.post || !/^\d{1,2}$/.test(token.core) || !LONE_DASH.test(this.tok(i + 1)?.raw ?? '') || !/^\d/.test(this.tok(i + 2)?.raw ?? '')) return null;
    const end = this.time(i + 2);
    if (!end) return null;
    // `SPOT 4 — 8:00 am – 6:00 pm`: the time opens a range of its own, the number is no end of one
    if (LONE_DASH.test(this.tok(end.next)?.raw ?? '') && /^\d/.test(this.tok(end.next + 1)?.raw ?? '')) return null;
    let written = '';
    for (let k = i + 2; k < end.next; k++) written += this.core(k)!;
    const words = this.timeRange(token.core, written);
    if (!words) return null;
    const range: Said = { words, next: end.next };
    if (end.post !== undefined) range.post = end.post;
    return range;
  }

  private englishTime(hours: number, minutes: string | undefined, marker: string | undefined, next: number, post?: string): Said | null {
    const L = this.language;
    if (hours > 24 || (marker && hours > 12)) return null;
    const h = L.cardinal(hours);
    let words = h;
    if (minutes && minutes !== '00') words += Number(minutes) < 10 ? ` oh ${L.cardinal(Number(minutes))}` : ` ${L.cardinal(Number(minutes))}`;
    else if (!marker) words += hours <= 12 ? " o'clock" : ' hundred';
    if (marker) words += ` ${marker.toUpperCase()} M`;
    return post === undefined ? { words, next } : { words, next, post };
  }

  /** `huit heures quarante-sept`, `une heure cinq`, `vingt et une heures`. */
  private frenchTime(hours: number, minutes: string | undefined): string {
    const L = this.language;
    const h = `${beforeNoun(L.cardinal(hours), L, true)} ${hours < 2 ? 'heure' : 'heures'}`;
    if (!minutes || minutes === '00') return h;
    return `${h} ${beforeNoun(L.cardinal(Number(minutes)), L, true)}`;
  }

  /**
   * The ending of a German ordinal at token i, by the word before it (DE_ORDINAL_EN, DE_ORDINAL_E): `am dritten`, `der
   * erste`, else `erster`. A date joined to one just read takes its ending (`vom 1.3. bis 15.3.`, `am 24.12. und 31.12.`).
   */
  private germanEnding(i: number): string {
    const before = this.tok(i - 1);
    if (!before || before.post || this.tok(i)!.pre) return 'r';
    const word = before.core.toLowerCase();
    if (DE_ORDINAL_EN.has(word)) return 'n';
    if (DE_ORDINAL_E.has(word)) return '';
    return this.language.dateLink.has(word) && this.lastDate === i - 2 ? this.lastEnding : 'r';
  }

  /** German `1. bis 3. März` at token i (`1.`): a link (`bis`, `und`, a dash), then a day with its stop, then a month. */
  private germanDayBeforeRange(i: number): boolean {
    const link = this.tok(i + 1);
    const day = this.tok(i + 2);
    if (!link || !day || link.pre || link.post || !DE_DAY_LINK.has(link.core) || day.pre || day.post !== '.' || !/^\d{1,2}$/.test(day.core)) return false;
    return Number(this.tok(i)!.core) < Number(day.core) && this.isMonth(i + 3);
  }

  /**
   * Token i+1, right after `N.` at token i, is a German noun (capitalised, no sentence's opening word): `1. Platz`, `21.
   * Jahrhundert`; or a name in capitals after an article or a preposition that takes the ordinal's ending, a club's
   * (`der 1. FC Köln`, `beim 1. FSV Mainz`: an article's figure ends no sentence).
   */
  private germanNounAfter(i: number): boolean {
    const next = this.tok(i + 1);
    if (!next || next.pre || next.core.length < 2) return false;
    const first = next.core.codePointAt(0)!;
    if (!isUpperCode(first) || DE_SENTENCE_OPENERS().has(next.core)) return false;
    if (/\d/.test(next.core)) return false;
    // a noun is letters (maybe hyphened: `Bundesliga-Saison`), not an acronym unless an article takes the ordinal
    if (!allCapitals(next.core)) return true;
    const before = this.tok(i - 1);
    if (!before || before.post || this.tok(i)!.pre) return false;
    const word = before.core.toLowerCase();
    return DE_ORDINAL_E.has(word) || DE_ORDINAL_EN.has(word);
  }

  /**
   * A German day and month with their stops (`14.7.`, `24.12.`, `vom 1.3. bis 15.3.`): a date, since German never writes a
   * decimal with a point (`vierzehnten Juli`, the ending by the word before). Its last stop is the date's own, kept only
   * where it also ends the line. Not after a version's or a part's word (`Version 2.1.`), nor beside a currency (`Fr. 3.10.`).
   */
  private germanShortDate(i: number): Said | null {
    const token = this.tok(i)!;
    if (!token.post.startsWith('.')) return null;
    const m = /^(\d{1,2})\.(\d{1,2})$/.exec(token.core);
    if (!m) return null;
    const [day, month] = [Number(m[1]), Number(m[2])];
    if (day < 1 || day > 31 || month < 1 || month > 12) return null;
    const before = token.pre ? undefined : this.tok(i - 1);
    if (before && (DE_NOT_DATE.has(before.core.toLowerCase()) || DE_MONEY_NEAR.has(before.core))) return null;
    const after = this.tok(i + 1);
    if (after && DE_MONEY_NEAR.has(after.core)) return null;
    const ending = this.germanEnding(i);
    this.lastDate = i;
    this.lastEnding = ending;
    return { words: `${this.language.ordinal(day)}${ending} ${this.language.months[month - 1]!}`, next: i + 1, post: this.abbreviationPost(i) };
  }

  /**
   * A date-shaped fraction at token i after a word that takes a date (`du 1/3 au 15/3`, `el 1/2 a las 9`) stands where a date
   * does: nothing after it, its punctuation, a word that takes or joins a date or tells a time (`to 1/15`, `hasta el 3/4`, `at
   * 9`). Before any other word (`from 1/2 to 3/4 cup`, `el 1/4 de los alumnos`) it stays a fraction. `link`: a linked end is
   * looked at too.
   */
  private dateFollows(i: number, link: boolean): boolean {
    const token = this.tok(i)!;
    const next = this.tok(i + 1);
    if (!next || token.post) return true;
    const L = this.language;
    const word = next.core.toLowerCase();
    const after = next.post ? undefined : this.tok(i + 2);
    if ((L.dateLink.has(word) || AT_TIME.has(word)) && after && !after.pre && /^\d{1,2}\/\d{1,2}$/.test(after.core)) return link && this.dateFollows(i + 2, false);
    // a time after it: `at 9`, `à 9 h`, `a las 9`
    if (AT_TIME.has(word) && after && !after.pre && (/^\d/.test(after.core) || after.core === 'las' || after.core === 'la')) return true;
    return L.dateBefore.has(word);
  }

  /**
   * Two days of one month, said as a narrator says them: English `June 1–3`, `June 1 – 3`, `June 1 to 3` (June first to
   * third), `between June 2 and 5` (second and fifth), `1–3 June`, `1 and 2 June` (the first to the third of June, the
   * first and the second of June); French `du 1-3 juin`, `1 – 3 juin` (du premier au trois juin: "du" said where no
   * article or preposition stands before them). Null otherwise (the days out of order, a month on neither side or both).
   */
  private dayRange(i: number): Said | null {
    const L = this.language;
    const token = this.tok(i)!;
    if (token.pre) return null;
    const french = L.code === 'fr';
    let first: string;
    let second: string;
    let link: string | null = null;
    let last = i;
    const closed = /^(\d{1,2})(er)?[-–—](\d{1,2})$/.exec(token.core);
    if (closed) {
      if (closed[2] && !french) return null;
      [first, second] = [closed[1]!, closed[3]!];
    } else {
      const m = /^(\d{1,2})(er)?$/.exec(token.core);
      const mid = this.tok(i + 1);
      const end = this.tok(i + 2);
      if (!m || (m[2] && !french) || token.post || !mid || !end || mid.pre || mid.post || end.pre || !/^\d{1,2}$/.test(end.core)) return null;
      if (!LONE_DASH.test(mid.raw)) {
        // French `du 1 au 3 juin`, `les 1 et 2 mai` are read day by day (frenchDayOfMonth)
        if (french || !EN_DAY_LINKS.has(mid.raw)) return null;
        link = mid.raw;
      }
      [first, second, last] = [m[1]!, end.core, i + 2];
    }
    const [a, b] = [Number(first), Number(second)];
    if (a < 1 || b > 31 || a >= b) return null;
    const before = i > 0 && !this.tok(i - 1)!.post && this.isMonth(i - 1);
    const after = !this.tok(last)!.post && this.isMonth(last + 1);
    if (before === after) return null;
    if (french) {
      if (!after) return null;
      const opening = FR_BEFORE_DAYS.has((this.core(i - 1) ?? '').toLowerCase()) && !this.tok(i - 1)!.post ? '' : 'du ';
      return { words: `${opening}${a === 1 ? 'premier' : L.cardinal(a)} au ${L.cardinal(b)}`, next: last + 1 };
    }
    if (L.code !== 'en') return null;
    const word = link ?? L.words.to;
    return { words: before ? `${L.ordinal(a)} ${word} ${L.ordinal(b)}` : `the ${L.ordinal(a)} ${word} the ${L.ordinal(b)} of`, next: last + 1 };
  }

  /**
   * Whether the day before token `next` (no punctuation between) is a French date's: a month follows it (`1 mai`), or
   * a link and a second day then the month (`1 au 3 juin`, `1 et 2 mai`).
   */
  private frenchDayOfMonth(next: number): boolean {
    if (this.isMonth(next)) return true;
    const link = this.tok(next);
    // `entre le 1 et le 5 mai`: the second day after its article
    const article = this.core(next + 1) === 'le' && !this.tok(next + 1)!.pre && !this.tok(next + 1)!.post ? 1 : 0;
    const day = this.tok(next + 1 + article);
    if (!link || link.post || !FR_DAY_LINKS.has(link.core) || !day || day.pre || day.post || !/^\d{1,2}(?:er)?$/.test(day.core)) return false;
    const value = parseInt(day.core, 10);
    return value >= 2 && value <= 31 && this.isMonth(next + 2 + article);
  }

  /** Whether a French number before token `next` (`follower`, its text) counts something feminine: its noun or an adjective's form says so. */
  private frenchFeminineAfter(follower: string, next: number): boolean {
    if (frenchFeminine(follower)) return true;
    const word = follower.toLowerCase();
    if (FR_FEMININE_ADJECTIVES.has(word)) return true;
    if (!FR_EITHER_ADJECTIVES.has(word) || this.tok(next)!.post) return false;
    const noun = this.tok(next + 1);
    return noun !== undefined && !noun.pre && frenchFeminine(noun.core);
  }

  /** `14/07/2024`, `07/04/2024` (en-US), `14.07.2024`, `2024-07-14`, `14/07`. */
  private numericDate(core: string, i: number): string | null {
    const L = this.language;
    let day: number;
    let month: number;
    let year: number | null = null;
    let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(core);
    if (m) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    else if ((m = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})$/.exec(core))) {
      const [a, b] = [Number(m[1]), Number(m[3])];
      [day, month] = L.dayFirst || a > 12 ? [a, b] : [b, a];
      year = m[4]!.length === 2 ? (Number(m[4]) < 50 ? 2000 : 1900) + Number(m[4]) : Number(m[4]);
    } else if ((m = /^(\d{1,2})\/(\d{1,2})$/.exec(core))) {
      const [a, b] = [Number(m[1]), Number(m[2])];
      [day, month] = L.dayFirst || a > 12 ? [a, b] : [b, a];
      if (!(m[1]!.startsWith('0') || m[2]!.startsWith('0') || this.dated || this.afterDateWord(i) || this.namesMonth(month))) return null;
    } else return null;
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const name = L.months[month - 1]!;
    const y = year === null ? '' : sayYear(year, L);
    switch (L.code) {
      case 'en':
        if (L.dayFirst) return `the ${L.ordinal(day)} of ${name}${y ? ` ${y}` : ''}`;
        return `${name} ${L.ordinal(day)}${y ? `, ${y}` : ''}`;
      case 'fr':
        return `${day === 1 ? 'premier' : L.cardinal(day)} ${name}${y ? ` ${y}` : ''}`;
      case 'de': {
        const ending = this.germanEnding(i);
        this.lastEnding = ending;
        return `${L.ordinal(day)}${ending} ${name}${y ? ` ${y}` : ''}`;
      }
      case 'es':
        return `${L.cardinal(day)} de ${name}${y ? ` de ${y}` : ''}`;
    }
  }

  /**
   * Tokens i… as one range whose thousands are grouped by spaces (`1 500-2 000 €`): read as a range
   * (see range) with its groups joined by the language's thousands mark, so that neither the phone
   * rule (a run of digit groups) nor a year reading takes it. Null when no such range starts at i
   * (a phone number written `555 123-4567` is no range: its ends are not in order).
   */
  private groupedRange(i: number): Said | null {
    // Two tokens at least, the second a figure right after the first (no punctuation between): most figures stop here.
    const second = this.tok(i + 1);
    if (!second || second.pre || this.tok(i)!.post || !/^\d/.test(second.core)) return null;
    let joined = this.core(i)!;
    const spans: { last: number; text: string }[] = [];
    for (let k = i + 1; k < this.list.length && k < i + GROUPED_RANGE_TOKENS; k++) {
      if (this.tok(k - 1)!.post || this.tok(k)!.pre) break;
      joined += ` ${this.core(k)!}`;
      if (GROUPED_RANGE.test(joined)) spans.push({ last: k, text: joined });
    }
    const mark = this.language.decimal === ',' ? '.' : ',';
    for (let s = spans.length - 1; s >= 0; s--) {
      const { last, text } = spans[s]!;
      const range = this.range(last, text.replace(/ (?=\d{3})/g, mark));
      if (range) return range;
    }
    return null;
  }

  // ── phone numbers ─────────────────────────────────────────────────────────────────────────

  /**
   * A run of digit groups that reads as a phone number: 7 to 15 digits starting with `+`, `(` or
   * 0, or written with dashes or dots, or in groups that are not thousands. French reads the
   * groups as written (pairs), other languages digit by digit.
   */
  private phone(i: number): Said | null {
    const L = this.language;
    const parts: string[] = [];
    let next = i;
    while (next < this.list.length && parts.length < 8) {
      const raw = this.tok(next)!.raw.replace(/[,;:!?…]+$|\.$/u, '');
      if (!/^[+(]?[\d().\-–]*\d[\d().\-–]*$/.test(raw) || (next > i && /^\+/.test(raw))) break;
      parts.push(raw);
      next++;
      if (raw !== this.tok(next - 1)!.raw) break;
    }
    if (parts.length === 0) return null;
    const written = parts.join(' ');
    const plus = written.startsWith('+');
    // after a telephone's word, unless a word it may count follows (`phone 1 200 000 homes`)
    const follower = this.tok(next - 1)!.post ? undefined : this.tok(next);
    const byWord = this.afterPhoneWord(i) && !(follower && !follower.pre && STARTS_LOWER().test(follower.core));
    const groups = written.replace(/\(0\)/g, ' ').split(/[\s.\-–()+]+/).filter(Boolean);
    const digits = groups.join('');
    if (digits.length < 7 || digits.length > 15) return null;
    if (parts.length === 1) {
      const only = parts[0]!;
      if (/^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(only) || /^\d{4}-\d{2}-\d{2}$/.test(only) || isAddressLike(only)) return null;
      if (/^\d+[-–]\d+$/.test(only) && !/^\d{3}-\d{4}$/.test(only)) return null;
      // `19.99–29.99`: two amounts with cents joined by a dash, a range
      if (/^\d{1,4}[.,]\d{2}[-–]\d{1,4}[.,]\d{2}$/.test(only)) return null;
      // `10-12.000` (German), `10-12,000`: a range whose first end is short for its thousands (see shortBeforeThousands).
      const short = SHORT_RANGE.exec(only);
      if (short && Number(short[1]) < Number(short[2])) return null;
      // `19.99–29.99`, `12.50-15.00`: two amounts with cents in order, a range (no phone is written so)
      const prices = PRICE_RANGE.exec(only);
      if (prices && Number(prices[1]) < Number(prices[2])) return null;
      const n = parseNumeral(only, L);
      if (n && !only.startsWith('0') && !/^\d+$/.test(only) && !GLUED_INTERNATIONAL.test(only)) return null;
      if (/^\d+$/.test(only) && !(only.startsWith('0') || only.length >= 10 || byWord)) return null;
    } else {
      const thousands = /^\d{1,3}$/.test(groups[0]!) && !groups[0]!.startsWith('0') && groups.slice(1).every((g) => g.length === 3);
      const marked = plus || written.startsWith('(') || groups[0]!.startsWith('0') || /\d[.\-]\d/.test(written) || byWord || this.spanishPhone(groups, follower);
      if (thousands && !marked) return null;
    }
    // Only as many tokens as the groups used (a trailing number that is not part of it stays out).
    const words: string[] = [];
    let rest = groups;
    if (plus) {
      // `+33612345678`: the country's calling code cut from the number written glued to it
      const code = rest.length === 1 && rest[0]!.length >= 9 ? rest[0]!.slice(0, callingCodeLength(rest[0]!)) : rest[0]!;
      words.push(L.words.plus, L.phoneByGroups ? cardinal(L, code) : sayDigits(code, L, 'phone'));
      rest = code === rest[0] ? rest.slice(1) : [rest[0]!.slice(code.length)];
    }
    if (L.phoneByGroups) {
      // One group of digits: by pairs, an odd first digit on its own (`612345678` six douze trente-quatre…)
      const only = rest.length === 1 ? rest[0]! : '';
      const pieces = only.length >= 2 ? [...(only.length % 2 ? [only[0]!] : []), ...only.slice(only.length % 2).match(/\d\d/g)!] : rest;
      for (const piece of pieces) {
        const zeros = /^0*/.exec(piece)![0];
        const tail = piece.slice(zeros.length);
        words.push(...[...zeros].map(() => L.zero));
        if (tail) words.push(cardinal(L, tail));
      }
    } else if (L.variant === 'en-US' && this.tollFree(rest)) {
      // `1-800-555-0199`: one eight hundred five five five oh one nine nine
      if (rest.length === 4) words.push(L.cardinal(1));
      words.push(TOLL_FREE_SAID, sayDigits(rest.slice(-2).join(''), L, 'phone'));
    } else {
      words.push(sayDigits(rest.join(''), L, 'phone'));
    }
    const trailing = this.tok(next - 1)!.raw.slice(parts[parts.length - 1]!.length);
    return { words: words.join(' '), next, pre: '', post: trailing };
  }

  /**
   * Spanish numbers are nine digits, mobiles starting 6 or 7, fixed lines 8 or 9 (`612 345 678`, `912 345 678`, `900 123 456`
   * free): written in three groups of three they are a phone number, not millions, unless a word they may count or a currency
   * follows (`900 123 456 personas`, `612 345 678 €`).
   */
  private spanishPhone(groups: readonly string[], follower: Token | undefined): boolean {
    if (this.language.code !== 'es' || groups.length !== 3 || !groups.every((g) => g.length === 3) || !/^[6-9]/.test(groups[0]!)) return false;
    if (!follower || follower.pre !== '') return true;
    if (STARTS_LOWER().test(follower.core)) return ES_AFTER_PHONE.has(follower.core);
    return this.currencyOf(follower.core) === undefined && follower.core !== '%';
  }

  /**
   * A US toll-free number written in its groups: `800`, three digits, four, after `1` or not
   * (`1-800-555-0199`, `(800) 555-0199`, `+1 800 555 0199` once the `+1` is said). Americans say its
   * 800 "eight hundred"; the other toll-free codes (888, 877…) digit by digit, as they are often said,
   * and a number written in one block (`18005550199`) is left digit by digit too.
   */
  private tollFree(groups: readonly string[]): boolean {
    const at = groups.length === 4 && groups[0] === '1' ? 1 : groups.length === 3 ? 0 : -1;
    return at >= 0 && groups[at] === TOLL_FREE && groups[at + 1]!.length === 3 && groups[at + 2]!.length === 4;
  }

  /** Token i follows a telephone's word (`Tel. 912 345 678`, `Tél. : …`, `phone: …`): its digits are a phone number's. */
  private afterPhoneWord(i: number): boolean {
    let k = i - 1;
    if (this.tok(k)?.raw === ':') k--;
    const word = this.tok(k);
    if (!word || this.tok(i)!.pre) return false;
    const lower = word.core.toLowerCase();
    return PHONE_WORDS.has(word.post.startsWith('.') ? `${lower}.` : lower) && /^(?:\.?:?)$/u.test(word.post);
  }

  // ── letters ───────────────────────────────────────────────────────────────────────────────

  /** `F B I`, `P D Fs`, `U.S.`; acronyms said as words (NASA, l'ONU), words in capitals (FREE) and shouted text are left alone. */
  private capitals(core: string, i: number): string | null {
    const regnal = this.regnal(core, i);
    if (regnal) return regnal;
    const numeral = this.numberedRoman(core, i);
    if (numeral) return numeral;
    if (dottedCapitals(core + '.') && /\./.test(core)) return [...core.replace(/\./g, '')].join(' ');
    // `/^(\p{Lu}{2,})(['’]s)$/u`: `CEO's`
    const last = core.charCodeAt(core.length - 1);
    const apostrophe = core.charCodeAt(core.length - 2);
    if (last === 0x73 && (apostrophe === 0x27 || apostrophe === 0x2019) && capitalsIn(core, 0, core.length - 2) >= 2) {
      const letters = core.slice(0, -2);
      const said = this.lettersOrWord(letters, false, i);
      return said === letters ? null : `${said}${core.slice(-2)}`;
    }
    // `/^(\p{Lu}{2,})(s?)$/u`: `FBI`, `PDFs`
    const plural = capitalsIn(core) >= 2 ? '' : last === 0x73 && capitalsIn(core, 0, core.length - 1) >= 2 ? 's' : null;
    if (plural !== null) {
      const letters = plural ? core.slice(0, -1) : core;
      if (!plural && ((BOOTH.has(letters) && this.boothLabel(i)) || (i === 0 && this.speakerLabel()))) return null;
      const said = this.lettersOrWord(letters, false, i);
      if (said === letters) return null;
      return `${said}${plural && this.language.code === 'en' ? 's' : ''}`;
    }
    const joined = ampersandWords(core, true) ?? ampersandWords(core, false);
    if (joined) {
      const side = (s: string) => (ALL_CAPS.test(s) || s.length === 1 ? [...s].join(' ') : s);
      return `${side(joined[0])} ${this.language.words.and} ${side(joined[1])}`;
    }
    return null;
  }

  /**
   * A Roman numeral at token i right after a monarch's or a pope's name (regnal.ts): `Henry VIII` the Eighth, `Louis XIV`
   * quatorze, French `Ier` and `Ire` premier and première; English's possessive kept (`Henry VIII's` the Eighth's). A lone `I` only where its clause ends (`Elizabeth I.`, `James
   * I,`): before more words it may be the pronoun (`Tell Elizabeth I said hi`). Null elsewhere (`Henry, VIII`, `Rocky II`).
   */
  private regnal(core: string, i: number): string | null {
    if (i === 0 || core.length > 7 || this.tok(i)!.pre) return null;
    const before = this.tok(i - 1)!;
    if (before.post) return null;
    const kind = regnalName(this.language.code, before.core);
    if (kind === null) return null;
    let feminine = kind === 'f';
    // English's possessive: `Henry VIII's wives` the Eighth's
    const possessive = this.language.code === 'en' && core.length > 2 && core.charCodeAt(core.length - 1) === 0x73 && (core.charCodeAt(core.length - 2) === 0x27 || core.charCodeAt(core.length - 2) === 0x2019) ? core.slice(-2) : '';
    if (possessive) core = core.slice(0, -2);
    let value: number | null;
    if (this.language.code === 'fr' && (core === 'Ier' || core === 'Ire')) {
      value = 1;
      feminine = core === 'Ire';
    } else value = /^[IVXLC]+$/.test(core) ? romanValue(core) : null;
    if (value === null || value > 40) return null;
    if (core === 'I' && !possessive && this.tok(i + 1) !== undefined && !/^[.,;:!?)]/.test(this.tok(i)!.post)) return null;
    return sayRegnal(this.language, value, feminine) + possessive;
  }

  /**
   * A Roman numeral of two letters or more at token i after a word that numbers with one (languages.ts numberedBy): `Super
   * Bowl LX` sixty, `Chapter XLII` forty-two, `saison XLII` quarante-deux. Null elsewhere (`Lexus LX`, `Part D`).
   */
  private numberedRoman(core: string, i: number): string | null {
    if (core.length < 2 || core.length > 15 || this.tok(i)!.pre) return null;
    const value = romanValue(core);
    if (value === null || value < 2) return null;
    const before = this.tok(i - 1);
    if (!before || before.post || !this.language.numberedBy.has(before.core.toLowerCase())) return null;
    return cardinal(this.language, value);
  }

  /**
   * Whether a run of letters is said as a word or spelled. Said as words: acronyms listed so (NASA),
   * ordinary words of the language typed in capitals (FREE, NOW, OUI), roman numerals, and runs that
   * sound out as a word. Spelled: acronyms listed so (ACLU), runs with no vowel, other runs of up to
   * three letters, and runs that do not sound out (in shouted lines only their onset, ending or
   * doubled vowel can tell that). Address pieces (`fr`, `io`, `www`) follow the same rule in lower case.
   * `i` is the token the run is in, to read an ambiguous one (`US`, `IT`) by its neighbours; -1 for none.
   */
  lettersOrWord(piece: string, address: boolean, i = -1): string {
    const L = this.language;
    const upper = piece.toUpperCase();
    const spell = () => [...upper].join(' ');
    if (address) {
      if (L.addressWords.has(piece.toLowerCase())) return piece;
      if (!VOWEL.test(piece) || piece.length <= 2) return spell();
      const onset = /^[^aeiouy]{2}/i.exec(piece);
      if (onset && !PRONOUNCEABLE_ONSET.test(onset[0]) && piece.length > 3) return `${piece[0]!.toUpperCase()} ${piece.slice(1)}`;
      return piece;
    }
    if (L.sayAsWord.has(upper)) return piece;
    // a roman numeral (`XX`, `XV`, `XXI`, `II`) is never spelled as letters: kept as written where it is not said
    if (/^[IVX]+$/.test(upper) && romanValue(upper) !== null) return piece;
    // nor one of four letters or more (`MMXXIV`, `LVIII`): two or three with L, C, D or M are as often an acronym (`CD`, `DCI`, `LX`)
    if (upper.length >= 4 && romanValue(upper) !== null) return piece;
    // capitals of another alphabet (Greek `ΓΙΑ`, Cyrillic `СССР`) in a line read by these rules: not spelled as Latin letters
    if (otherAlphabet(upper)) return piece;
    if (!VOWEL.test(upper)) return spell();
    if (L.spell.has(upper)) return spell();
    if (this.isCapsWord(upper, i)) return piece;
    if (upper.length <= 3) return spell();
    return soundsOut(upper, this.shouted > 0) ? piece : spell();
  }

  /**
   * The capitals `upper` (at token i, or -1) are an ordinary word of the language. One that is as
   * often an acronym is the acronym after an article (`the US`, `le SI`, `am MIT`, `l'IT`) or as a
   * US state's code before a ZIP code (`Indianapolis, IN 46204`); the word after another listed word
   * in capitals or English `I` (`GET IT NOW`, `CALL US`, `I AM`), or anywhere in a shouted line of
   * three words or more (`YOU WON'T BELIEVE IT`); otherwise as listed (capsAmbiguous).
   */
  private isCapsWord(upper: string, i: number): boolean {
    const L = this.language;
    if (L.capsWords.has(upper)) return true;
    const byDefault = L.capsAmbiguous.get(upper);
    if (byDefault === undefined) return false;
    const token = i >= 0 ? this.tok(i) : undefined;
    if (!token) return byDefault;
    if (ELIDED_ARTICLE.test(token.pre)) return false;
    const before = token.pre ? undefined : this.tok(i - 1);
    const joined = before !== undefined && !before.post;
    if (joined && L.articles.has(before.core.toLowerCase())) return false;
    if (before?.post === ',' && !token.post && /^\d{5}(?:-\d{4})?$/.test(this.tok(i + 1)?.raw ?? '')) return false;
    if (joined && ((ALL_CAPS.test(before.core) && L.capsWords.has(before.core)) || (before.core === 'I' && L.code === 'en'))) return true;
    // After a verb that takes the pronoun or a preposition: the pronoun where nothing follows or its sentence goes on as a
    // pronoun's does (`Call US today`, `Come with US.`); the country before a noun it qualifies (`Help US veterans`, `to US
    // customers`). After a verb, any other word may be the pronoun's second object or verb (`Send US photos`, `Help US find`)
    // or a noun the country qualifies: not decided, kept as written (one word, the written count), never spelled.
    if (upper === 'US' && L.code === 'en' && joined) {
      const word = before.core.toLowerCase();
      const verb = US_VERBS.has(word);
      if (verb || US_PREPOSITIONS.has(word)) {
        const after = token.post ? undefined : this.tok(i + 1);
        if (after === undefined || after.pre || AFTER_US.has(after.core)) return true;
        if (US_NOUNS.has(after.core.toLowerCase())) return false;
        if (verb || !STARTS_LOWER().test(after.core)) return true;
      }
    }
    // In a shouted line of three words or more, as it was read before these words were listed.
    return byDefault || this.shouted === 2;
  }

  /** `MP3` → `M P three`, `COVID-19` → `COVID nineteen`, `4G` → `four G`. */
  private mixed(core: string): string {
    const L = this.language;
    const words: string[] = [];
    for (const part of core.split('-')) {
      // `21st-century`, `2nd-floor`: an ordinal said whole
      const ordinal = /^\d/.test(part) ? sayOrdinal(part, L) : null;
      if (ordinal) {
        words.push(ordinal);
        continue;
      }
      for (const run of letterAndFigureRuns(part)) {
        if (/^\d+$/.test(run)) words.push(this.plainNumber({ sign: '', int: run, frac: null }, run));
        else if (/^\d/.test(run)) words.push(sayNumeral(parseNumeral(run, L) ?? { sign: '', int: run.replace(/\D/g, ''), frac: null }, L));
        else if (ALL_CAPS.test(run)) words.push(this.lettersOrWord(run, false));
        else words.push(run);
      }
    }
    return words.join(' ');
  }

  /** `SafetyFirst` → Safety First, `COVID19` → COVID nineteen, `safety_first` → safety first; `iPhone` stays whole. */
  private hashtagWords(tag: string): string {
    return tag
      .split(HASHTAG_SPLIT())
      .filter(Boolean)
      .map((piece) => (/^\d+$/.test(piece) ? this.plainNumber({ sign: '', int: piece, frac: null }, piece) : ALL_CAPS.test(piece) ? this.lettersOrWord(piece, false) : piece))
      .join(' ');
  }

  // ── symbols ───────────────────────────────────────────────────────────────────────────────

  /** Words joined by slashes, side by side, the slash not said; an acronym among them as said alone (`TCP/IP` T C P I P, `ISO/IEC` ISO I E C). */
  private slashed(core: string): string {
    return core
      .split('/')
      .map((part) => (ALL_CAPS.test(part) ? this.lettersOrWord(part, false) : part))
      .join(' ');
  }

  /** Token i, a sign, stands after a term it compares (`π ≈ 3.14`, `x ≈ 3`), not after a word (`weighs ≈ 3 kg`). */
  private betweenTerms(i: number): boolean {
    const before = this.tok(i - 1);
    if (!before || before.post || this.tok(i)!.pre) return false;
    return TERM.test(before.core) || (before.raw.length <= MAX_SAID_TOKEN && isFormula(before.core));
  }

  private symbol(i: number): Said | null {
    const L = this.language;
    const { core } = this.tok(i)!;
    const one = (words: string): Said => ({ words, next: i + 1 });
    const symbols: Record<string, string> = {
      '&': L.words.and, '+': L.words.plus, '=': L.words.equals, '×': L.words.times, '÷': L.maths.dividedBy, '§': L.words.section, '§§': L.words.sections,
      '¶': L.words.paragraph[0], '¶¶': L.words.paragraph[1], '%': L.words.percent,
      '≤': L.maths.lessOrEqual, '≥': L.maths.moreOrEqual, '≠': L.maths.notEqual, '<=': L.maths.lessOrEqual, '>=': L.maths.moreOrEqual, '!=': L.maths.notEqual,
      '±': L.maths.plusMinus, '~': L.words.about, '#': L.words.number, 'π': L.maths.pi,
    };
    if (own(symbols, core) !== undefined) return one(own(symbols, core)!);
    // `x < 5`, `5 > 3` between two terms: less than, greater than (as `≤`, `≥`); before a figure alone (`> 18 ans`): fewer, more (plus de)
    if (core === '<') return one(this.betweenTerms(i) ? L.maths.lessThan : L.words.lessThan);
    if (core === '>') return one(this.betweenTerms(i) ? L.maths.greaterThan : L.words.moreThan);
    // a lone `@` in a sentence: `meet @ 5pm`
    if (core === '@' && L.words.atSign) return one(L.words.atSign);
    // `π ≈ 3.14` approximately equals; `≈ 3 kg`, `weighs ≈ 3 kg` about
    if (core === '≈') return one(this.betweenTerms(i) ? L.maths.approxEqual : L.words.about);
    const currency = this.currencyOf(core);
    if (currency && core !== 'euros') return one(currency.many);
    let m: RegExpExecArray | null;
    if ((m = /^\+(.+)$/.exec(core))) {
      const n = parseNumeral(m[1]!, L);
      if (n) return one(`${L.words.plus} ${sayNumeral(n, L)}`);
    }
    if ((m = /^(\d+)\+$/.exec(core))) return one(`${cardinal(L, m[1]!)} ${L.words.plus}`);
    const plus = lettersPlusNumber(core);
    if (plus) return one(`${plus[0]} ${L.words.plus} ${cardinal(L, plus[1])}`);
    const handle = afterSign(core, 0x40, true);
    if (handle !== null) return one(`${L.words.at} ${handle}`);
    const hashtag = afterSign(core, 0x23, false);
    if (hashtag !== null) return one(`${L.words.hashtag} ${this.hashtagWords(hashtag)}`);
    const over = letterOverLetter(core);
    if (over && this.formulaLine) return one(`${over[0]} ${L.maths.over} ${over[1]}`);
    if (slashedWords(core, false)) {
      // a unit per a unit alone (`in km/h`); words or acronyms side by side, the slash not said, each acronym as alone (`TCP/IP`, `ISO/IEC`)
      const unit = own(L.units, core);
      if (unit) return one(unit[1]);
      return one(this.slashed(core));
    }
    // `ISO/IEC's`: the same, and the possessive after the last
    const end = core.length - 2;
    if (core.charCodeAt(end + 1) === 0x73 && (core.charCodeAt(end) === 0x27 || core.charCodeAt(end) === 0x2019) && slashedWords(core.slice(0, end), true)) return one(`${this.slashed(core.slice(0, end))}${core.slice(end)}`);
    const joined = ampersandWords(core, false);
    if (joined) return one(`${joined[0]} ${L.words.and} ${joined[1]}`);
    return null;
  }
}

/** The length of the calling code that starts an international number's digits (CALLING_CODES_2). */
function callingCodeLength(digits: string): number {
  if (digits[0] === '1' || digits[0] === '7') return 1;
  return CALLING_CODES_2.has(digits.slice(0, 2)) ? 2 : 3;
}

/** Onsets that start a syllable in English, French, German or Spanish words. */
const PRONOUNCEABLE_ONSET = /^(?:bl|br|ch|cl|cr|dr|fl|fr|gl|gn|gr|kl|kn|kr|ll|ph|pl|pr|ps|qu|sc|sh|sk|sl|sm|sn|sp|st|sw|th|tr|tw|wh|wr|vr|sch|str|spr|scr|thr|chr|phr|pf|ts|zw)$/i;

/**
 * Three consonants in a row that words have: onsets (`str`, `thr`, `chr`, `spl`), endings (`ght`, `rst`,
 * `rld`, `tch`, `cht`, `tzt`) and a syllable's end before the next's onset (`ntr`, `mpl`, `ndr`, `mbr`).
 */
const THREE_CONSONANTS = /str|spr|scr|sch|nst|mpt|thr|chr|shr|phr|spl|ght|rst|rld|rth|nth|tch|rch|nch|cht|tzt|ntr|ndr|mpl|mbr|ngl|ppl|ppr|xpl|xtr/;

/** Two consonants a word of English, French, German or Spanish can end with (`-st`, `-rn`, `-ck`, `-nt`…). */
const WORD_ENDING = /^(?:bs|bt|ch|ck|cs|ct|ds|ff|ft|gh|gn|gs|gt|hl|hm|hn|hr|ht|ks|kt|lb|ld|lf|lk|ll|lm|ln|lp|ls|lt|lx|lz|mb|mm|mn|mp|ms|mt|nc|nd|nf|ng|nk|nn|ns|nt|nx|nz|pf|ph|pp|ps|pt|rb|rc|rd|rf|rg|rk|rl|rm|rn|rp|rr|rs|rt|rv|rx|rz|sh|sk|sm|sp|ss|st|th|ts|tt|tz|wk|wl|wn|ws|xt|zz)$/;

/** Runs of three or more consonants (`y` a vowel). */
const CLUSTERS = /[^aeiouyàâäáéèêëíîïóôöúùûü]{3,}/g;

/**
 * Every run of three or more consonants of `stem` lies between two vowels and parts where one syllable
 * ends and the next begins: one consonant or a word's ending (`-ns`, `-st`) before it, one consonant or
 * an onset (`sp`, `cl`, `pr`, `bl`, `str`) after it. So `INSPECTOR` (n·sp), `EXCLUSIVE` (x·cl), `EXPRESS`
 * (x·pr), `IMPRESSIVE` (m·pr), `TRANSFORM` (ns·f), `HUMBLE` (m·bl) sound out; `UNHCR` (nhcr parts nowhere)
 * and a cluster at either end (`ISBN`) do not.
 */
function innerClustersSplit(stem: string): boolean {
  for (const m of stem.matchAll(CLUSTERS)) {
    const run = m[0];
    if (m.index === 0 || m.index + run.length === stem.length) return false;
    let parts = false;
    for (let k = 1; k < run.length && !parts; k++) {
      const end = run.slice(0, k);
      const start = run.slice(k);
      parts = (end.length === 1 || (end.length === 2 && WORD_ENDING.test(end))) && (start.length === 1 || PRONOUNCEABLE_ONSET.test(start));
    }
    if (!parts) return false;
  }
  return true;
}

/**
 * A capitalised run that sounds out as a word: vowels throughout, no cluster a word cannot start with.
 * In a shouted line (`clusters` false) three consonants in a row are let pass (`STRENGTH`, `JETZT`):
 * only the onset, the ending and a doubled vowel to start still tell an acronym there.
 */
function soundsOut(upper: string, shouted = false): boolean {
  const lower = upper.toLowerCase();
  const vowels = lower.match(/[aeiouyàâäáéèêëíîïóôöúùûü]/g)?.length ?? 0;
  if (vowels === 0) return false;
  // A plural's s is no part of the cluster before it (`WORDS`, `HANDS`).
  const stem = lower.length >= 5 && /[^aeiouyàâäáéèêëíîïóôöúùûüs]s$/.test(lower) ? lower.slice(0, -1) : lower;
  if (!shouted && /[^aeiouyàâäáéèêëíîïóôöúùûü]{3,}/.test(stem) && !THREE_CONSONANTS.test(stem) && !innerClustersSplit(stem)) return false;
  const onset = /^[^aeiouyàâäáéèêëíîïóôöúùûü]{2}/.exec(stem);
  if (onset && !PRONOUNCEABLE_ONSET.test(onset[0])) return false;
  // A word ends with a cluster a word can end with (not `RATP`, `OECD`), and starts with no doubled vowel (not `AARP`).
  const coda = /[^aeiouyàâäáéèêëíîïóôöúùûü]+$/.exec(stem);
  if (coda && coda[0].length === 2 && !WORD_ENDING.test(coda[0])) return false;
  if (/^(?:aa|ee|ii|uu)/.test(lower)) return false;
  return /[aeiouyàâäáéèêëíîïóôöúùûü][^aeiouyàâäáéèêëíîïóôöúùûü]|[^aeiouyàâäáéèêëíîïóôöúùûü][aeiouyàâäáéèêëíîïóôöúùûü]/.test(lower) && (vowels >= 2 || lower.length >= 4);
}
