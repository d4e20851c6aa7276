/**
 * Syllables of a spoken form, by per-language vowel-group rules: enough for a time estimate
 * (README "Timing by syllables"), not a hyphenation dictionary. A spelled capital letter counts
 * the syllables of its name (English W "double-u" = 3).
 */
import { lazy } from '../text/lazy.js';
import { countEastAsianLetters } from '../text/words.js';

const LETTER_SYLLABLES: Record<string, Record<string, number>> = {
  en: { W: 3 },
  fr: { W: 3, Y: 2 },
  de: { Y: 3 },
  es: { W: 3, Y: 3, F: 2, L: 2, M: 2, N: 2, S: 2, R: 2, X: 2, H: 2, J: 2, Z: 2, V: 2 },
};

const VOWELS = 'aeiouyàâäáéèêëíîïóôöúùûüÿœæãõ';
const VOWEL_GROUPS = new RegExp(`[${VOWELS}]+`, 'g');

function english(word: string): number {
  if (word.length <= 3) return 1;
  let w = word.replace(/^y/, '');
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) w = w.slice(0, -1);
  else if (/[^aeiouytd]ed$/.test(w)) w = w.slice(0, -2);
  else if (/[^aeiouysxzcgh]es$/.test(w)) w = w.slice(0, -2);
  return Math.max(1, w.match(/[aeiouy]+/g)?.length ?? 0);
}

/** French: the final mute e (`table`, `tables`) is not a syllable in read speech. */
function french(word: string): number {
  const groups = word.match(VOWEL_GROUPS)?.length ?? 0;
  if (groups > 1 && /[^aeiouyàâäéèêëîïôöùûüÿœæ]es?$/.test(word)) return groups - 1;
  return Math.max(1, groups);
}

/**
 * Spanish, Italian and Portuguese: two strong vowels side by side (a e o, accented or not: `teatro`, `paese`, `poeta`) are
 * two syllables, as is an accented í ú beside another vowel (`país`, `búho`); a weak vowel (i u) beside another makes one
 * (`ciudad`, `pausa`), and so do the nasal ã õ of Portuguese before theirs (`pão`, `alemães`, `põe`: ã õ are vowels, `irmã`).
 */
function romance(word: string): number {
  let count = 0;
  let previous = '';
  for (let i = 0; i < word.length; i++) {
    const char = word[i]!;
    // y is a vowel only at the end of a word (muy, hoy); u after q is none (`que`, `quale`).
    const vowel = VOWELS.includes(char) && (char !== 'y' || i === word.length - 1) && !(char === 'u' && i > 0 && word[i - 1] === 'q');
    if (!vowel) {
      previous = '';
      continue;
    }
    if (previous === '' || (STRONG.includes(previous) && STRONG.includes(char)) || 'íú'.includes(char) || 'íú'.includes(previous)) count++;
    previous = char;
  }
  return Math.max(1, count);
}
/** The strong vowels of romance (not the nasal ã õ, which join the vowel after them). */
const STRONG = 'aeoáéóàèòâêô';

/**
 * German vowels that make one sound together (`ei`, `au`, `eu`, `ie`, `aa`…); any other two vowels side by side are two
 * syllables (`Situation`, `Theorie`, `beachten`), and so is a diphthong before another vowel (`neue`, `Feuer`, `Bauer`).
 */
const GERMAN_PAIRS = new Set(['ei', 'ai', 'au', 'eu', 'äu', 'ie', 'aa', 'ee', 'oo', 'ey', 'ay']);
/** Dutch vowels written with two or three letters for one sound; a vowel with a diaeresis (ë ï) starts a syllable (`ruïne`). */
const DUTCH_PAIRS = new Set(['aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ei', 'ui', 'ou', 'au']);
const DUTCH_TRIPLES = new Set(['aai', 'ooi', 'oei', 'eeu', 'ieu']);

/** Syllables as sounds: each run of vowels read from its start, two or three letters at a time where they make one sound. */
function bySounds(word: string, pairs: ReadonlySet<string>, triples: ReadonlySet<string> | null, german: boolean): number {
  let count = 0;
  let i = 0;
  while (i < word.length) {
    const char = word[i]!;
    if (!VOWELS.includes(char) || (char === 'u' && i > 0 && word[i - 1] === 'q') || (char === 'y' && i + 1 < word.length && VOWELS.includes(word[i + 1]!))) {
      i++;
      continue;
    }
    count++;
    // (Dutch: a vowel with a diaeresis starts a syllable, and may start a pair there: be·ëin·di·gen.)
    const start = german || (char !== 'ë' && char !== 'ï') ? word.slice(i, i + 3) : (char === 'ë' ? 'e' : 'i') + word.slice(i + 1, i + 3);
    if (triples && start.length === 3 && triples.has(start)) i += 3;
    else if (start.length >= 2 && pairs.has(start.slice(0, 2)) && !(german && splitsInGerman(word, i))) i += 2;
    else i++;
  }
  return Math.max(1, count);
}

/** A German pair that is two syllables at a word's end: the `-eum` of Latin words (`Museum`) and the plural `-een` (`Ideen`, `Seen`). */
function splitsInGerman(word: string, i: number): boolean {
  const rest = word.length - i;
  return rest === 3 && ((word[i] === 'e' && word[i + 1] === 'u' && word[i + 2] === 'm') || (word[i] === 'e' && word[i + 1] === 'e' && word[i + 2] === 'n'));
}

const german = (word: string): number => bySounds(word, GERMAN_PAIRS, null, true);
const dutch = (word: string): number => bySounds(word, DUTCH_PAIRS, DUTCH_TRIPLES, false);

function generic(word: string): number {
  return Math.max(1, word.match(VOWEL_GROUPS)?.length ?? 0);
}

/** Cyrillic vowel letters: each is a syllable (Russian, Ukrainian, Bulgarian, Serbian… write no diphthong). */
const CYRILLIC_VOWELS = 'аеёиоуыэюяіїєѣ';
/** Greek vowels, accents and diaereses as on their base letter (ϊ ϋ keep theirs: a vowel that starts a syllable). */
const GREEK_BASE: Readonly<Record<string, string>> = { 'ά': 'α', 'έ': 'ε', 'ή': 'η', 'ί': 'ι', 'ό': 'ο', 'ύ': 'υ', 'ώ': 'ω', 'ΐ': 'ϊ', 'ΰ': 'ϋ' };
const GREEK_VOWELS = 'αεηιουωϊϋ';
/** Greek pairs of vowels said as one (`αι`, `ει`, `οι`, `ου`, `αυ`, `ευ`…). */
const GREEK_PAIRS = new Set(['αι', 'ει', 'οι', 'ου', 'υι', 'αυ', 'ευ', 'ηυ']);

/** A word of the Cyrillic alphabet: its vowel letters. */
function cyrillic(word: string): number {
  let count = 0;
  for (let i = 0; i < word.length; i++) if (CYRILLIC_VOWELS.includes(word[i]!)) count++;
  return Math.max(1, count);
}

/** Greek vowels that carry the accent (tonos; with a diaeresis too). */
const GREEK_ACCENTED = 'άέήίόύώΐΰ';

/**
 * A Greek word: its vowels, a diphthong (`αι`, `ου`) one unless its first vowel carries the accent (`ρολόι` ρο·λό·ι,
 * `τσάι` τσά·ι); a vowel after ϊ ϋ or beside another otherwise a syllable of its own. Unaccented ι (υ, οι, ει) between a
 * consonant and a vowel is said as a glide, no syllable (synizesis, see glide): `για` one, `παιδιά` two, `κάποιος` two.
 */
function greek(word: string): number {
  let count = 0;
  let i = 0;
  // Monotonic Greek marks the accent on every word of two syllables or more: a short word without one is said in one.
  let accented = false;
  for (let k = 0; k < word.length && !accented; k++) accented = GREEK_ACCENTED.includes(word[k]!);
  while (i < word.length) {
    const written = word[i]!;
    const char = GREEK_BASE[written] ?? written;
    if (!GREEK_VOWELS.includes(char)) {
      i++;
      continue;
    }
    const next = i + 1 < word.length ? GREEK_BASE[word[i + 1]!] ?? word[i + 1]! : '';
    const length = next && written === char && GREEK_PAIRS.has(char + next) ? 2 : 1;
    if (!glide(word, i, length, accented)) count++;
    i += length;
  }
  return Math.max(1, count);
}

/** Consonants of the Greek alphabet (lower case, final sigma included). */
const GREEK_CONSONANTS = 'βγδζθκλμνξπρσςτφχψ';

/**
 * Whether the vowel (or pair) word[i, i+length), unaccented ι, υ, οι or ει after a consonant and before a vowel, is said as
 * a glide: after γ (`γιατί`, `γεια`: γι before a vowel is one sound); in a short word written without an accent, which
 * is one syllable (`για`, `μια`, `πια`, `δυο`, `ποιος`); ι before the accented vowel (`παιδιά`, `καρδιά`, `πιάνο`) but
 * for the learned prefix δια- (`διάλογος` δι·ά·λο·γος); οι in ποι-, τοι- (`κάποιος`, `τέτοια`, `ποιότητα`). Learned words
 * keep their hiatus elsewhere (`ασφάλεια` α·σφά·λει·α, `ήλιος` as written).
 */
function glide(word: string, i: number, length: number, accented: boolean): boolean {
  const first = word[i]!;
  const pair = length === 2 ? first + word[i + 1]! : '';
  if (length === 1 ? first !== 'ι' && first !== 'υ' : pair !== 'οι' && pair !== 'ει') return false;
  if (i === 0 || !GREEK_CONSONANTS.includes(word[i - 1]!)) return false;
  const after = word[i + length];
  if (after === undefined) return false;
  const afterBase = GREEK_BASE[after] ?? after;
  if (!GREEK_VOWELS.includes(afterBase) || afterBase === 'ϊ' || afterBase === 'ϋ') return false;
  const before = word[i - 1]!;
  if (before === 'γ' && first !== 'υ') return true;
  if (!accented) return word.length <= 5;
  if (length === 1) return first === 'ι' && after !== afterBase && !(i === 1 && before === 'δ');
  return pair === 'οι' && (before === 'π' || before === 'τ');
}

/**
 * An Arabic, Persian or Hebrew word: these alphabets write consonants and long vowels, the short vowels seldom, so its
 * syllables cannot be read off its letters. A word has about one syllable for every two letters (مرحبا mar-ḥa-ban 5 → 3,
 * الدورة ad-daw-ra 6 → 3, التدريبية 9 → 5, שלום sha-lom 4 → 2): an estimate, vowel points and marks not counted.
 */
function abjad(word: string): number {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x5d0 && c <= 0x5ea) || (c >= 0x621 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3) || (c >= 0xfb1d && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) letters++;
  }
  return Math.max(1, Math.ceil(letters / 2));
}

/** The rule of a word in an alphabet the language's own rule does not read (by its first letter), or undefined for Latin letters. */
function scriptRule(word: string): ((word: string) => number) | undefined {
  const c = word.charCodeAt(0);
  if (c < 0x370) return undefined;
  if (c < 0x400 || (c >= 0x1f00 && c <= 0x1fff)) return greek;
  if (c < 0x530) return cyrillic;
  if ((c >= 0x590 && c < 0x700) || (c >= 0xfb1d && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return abjad;
  return undefined;
}

/** Whether a text holds a letter of Arabic, Persian or Hebrew, whose syllables are only estimated (see abjad). */
export function hasAbjadLetters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x5d0 && c <= 0x5ea) || (c >= 0x621 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3)) return true;
  }
  return false;
}

const BY_LANGUAGE: Record<string, (word: string) => number> = { en: english, fr: french, es: romance, it: romance, pt: romance, ca: romance, gl: romance, de: german, nl: dutch, af: dutch };

/** Letters the word rule counts one by one (text/words.ts), as a pattern: Han, kana, bopomofo, fullwidth letters and digits. */
const EAST_ASIAN_LETTERS = lazy(() => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u30FC\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF70\uFF9E\uFF9F]/gu);

/** Syllables of a text in a language (primary subtag: `en`, `fr`…); unknown languages count vowel groups. */
export function countSyllables(text: string, code: string): number {
  const rule = BY_LANGUAGE[code] ?? generic;
  const letters = LETTER_SYLLABLES[code] ?? {};
  let total = 0;
  // One token at a time (a split would hold every token of a line at once: megabytes in a damaged file).
  const tokens = /[^\s\-‑]+/gu;
  for (let match = tokens.exec(text); match; match = tokens.exec(text)) {
    const token = match[0];
    // Each Han character is one syllable (Mandarin), each kana one mora; the Latin between them counts as usual.
    const eastAsian = countEastAsianLetters(token);
    if (eastAsian) {
      total += eastAsian;
      const rest = token.replace(EAST_ASIAN_LETTERS(), ' ').trim();
      if (rest) total += countSyllables(rest, code);
      continue;
    }
    if (/^\p{Lu}$/u.test(token)) {
      total += letters[token] ?? 1;
      continue;
    }
    const word = token.toLowerCase().replace(/[^\p{L}]/gu, '');
    if (word) total += (scriptRule(word) ?? rule)(word);
    else total += token.match(/\d/g)?.length ?? 0;
  }
  return total;
}

/** Pauses a narrator takes: after a comma, semicolon, colon or dash; after a full stop, ? ! or …. */
export function countPauses(text: string): { short: number; long: number } {
  // East Asian stops and commas take no space after them.
  // Arabic and Persian write their own comma, semicolon and question mark (، ؛ ؟) and Urdu its full stop (۔).
  const long = count(/[.!?…؟۔]+(?=\s|$)|[。！？]+/gu, text);
  const short = count(/[,;:،؛](?=\s|$)/gu, text) + count(/\s[—–]\s/gu, text) + count(/[，、；：]/gu, text);
  return { short, long };
}

/** Matches of a global pattern, counted without keeping them. */
function count(pattern: RegExp, text: string): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) n++;
  return n;
}
