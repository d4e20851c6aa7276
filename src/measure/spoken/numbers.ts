/** Numbers as they are said: cardinals, decimals, years, digits, money, ordinals. Pure. */
import type { CurrencyWords, SpokenLanguage } from './languages.js';

export interface Numeral {
  sign: '' | '-' | '+';
  /** Integer digits, grouping removed. */
  int: string;
  /** Digits after the decimal separator, or null. */
  frac: string | null;
}

/**
 * Reads `1,200`, `1 200` (already joined), `1.200`, `3,5`, `-5`, `+5`, `0.25` with the language's
 * separators. The "other" separator followed by exactly three digits groups thousands (`1.200` in
 * French, `1,200` in English); followed by any other count it is a decimal written the other way.
 * The language's own decimal mark written twice or more groups thousands too (a number has one
 * decimal mark): `83.200.000` in English, `1,000,000` in French. Null where the reading is not sure:
 * the decimal comma once before exactly three digits (`1,000` in French: a decimal, or thousands
 * written the English way?), and four dotted parts of at most 255 that do not end in `000`
 * (`192.168.100.200`, an IP address rather than billions).
 */
export function parseNumeral(text: string, language: SpokenLanguage): Numeral | null {
  let sign: Numeral['sign'] = '';
  let rest = text;
  if (rest[0] === '-' || rest[0] === '−') {
    sign = '-';
    rest = rest.slice(1);
  } else if (rest[0] === '+') {
    sign = '+';
    rest = rest.slice(1);
  }
  if (/^\d+$/.test(rest)) return { sign, int: rest, frac: null };
  if (isAddressLike(rest) && !rest.endsWith('.000')) return null;
  const comma = language.decimal === ',';
  const grouped = comma ? /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(rest) : /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/.exec(rest);
  if (grouped) return { sign, int: grouped[1]!.replace(/[.,]/g, ''), frac: grouped[2] ?? null };
  if ((comma ? MARK_TWICE_COMMA : MARK_TWICE_POINT).test(rest)) return { sign, int: rest.replace(/[.,]/g, ''), frac: null };
  const swiss = /^(\d{1,3}(?:['’]\d{3})+)(?:\.(\d+))?$/.exec(rest);
  if (swiss) return { sign, int: swiss[1]!.replace(/['’]/g, ''), frac: swiss[2] ?? null };
  const decimal = /^(\d+)[.,](\d+)$/.exec(rest);
  if (decimal) {
    if (comma && AMBIGUOUS_COMMA.test(rest)) return null;
    return { sign, int: decimal[1]!, frac: decimal[2]! };
  }
  return null;
}

/** Four dotted parts of one to three digits, each at most 255, not starting with 0: an IP address's shape (`192.168.100.200`). */
export function isAddressLike(text: string): boolean {
  return ADDRESS_LIKE.test(text) && text[0] !== '0' && text.split('.').every((part) => Number(part) <= 255);
}
const ADDRESS_LIKE = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** The decimal mark written twice or more between groups of three: thousands. */
const MARK_TWICE_POINT = /^[1-9]\d{0,2}(?:\.\d{3}){2,}$/;
const MARK_TWICE_COMMA = /^[1-9]\d{0,2}(?:,\d{3}){2,}$/;
/** `1,000`, `2,500` where the decimal mark is the comma: a decimal or English thousands (see parseNumeral). */
const AMBIGUOUS_COMMA = /^[1-9]\d{0,2},\d{3}$/;

/** Plural for a noun after this number: French and Spanish count below 2 as one (`1,5 kilomètre`). */
export function isPlural(numeral: Numeral, language: SpokenLanguage): boolean {
  const value = Number(`${numeral.int}.${numeral.frac ?? 0}`);
  return language.code === 'fr' ? value >= 2 : !(value === 1 && numeral.frac === null);
}

function safeCardinal(language: SpokenLanguage, digits: string): string {
  try {
    return language.cardinal(digits.replace(/^0+(?=\d)/, ''));
  } catch {
    return sayDigits(digits, language, 'zero');
  }
}

export function cardinal(language: SpokenLanguage, value: number | string): string {
  return safeCardinal(language, String(value));
}

/** Digit by digit: a phone number or a code. `zero` is how 0 is said (`oh` in English phone numbers). */
export function sayDigits(digits: string, language: SpokenLanguage, zero: 'zero' | 'phone' = 'zero'): string {
  const words: string[] = [];
  for (const digit of digits) {
    if (digit === '0') words.push(zero === 'phone' ? language.zero : language.cardinal(0));
    else words.push(language.cardinal(Number(digit)));
  }
  return words.join(' ');
}

/** Leading zeros each said (zéro), then the rest as a number: `00012` zéro zéro zéro douze, `0112` zéro cent douze. */
function zerosThen(digits: string, language: SpokenLanguage): string {
  const zeros = /^0*/.exec(digits)![0];
  const words = [...zeros].map(() => language.zero);
  if (zeros.length < digits.length) words.push(safeCardinal(language, digits.slice(zeros.length)));
  return words.join(' ');
}

/**
 * A group of an identifier's digits as a French voice reads it (`RCS Lyon 123 456 789`): up to four
 * digits as a number (leading zeros said); a longer group never as one large number: by pairs from a
 * leading zero when its count is even (`01234567`, as a phone number), else its leading zeros, then by
 * threes (`345678901`, a SIREN's groups) or pairs, else digit by digit.
 */
export function sayGroupAsWritten(group: string, language: SpokenLanguage): string {
  if (group.length <= 4) return zerosThen(group, language);
  if (group[0] === '0' && group.length % 2 === 0) return group.match(/\d\d/g)!.map((pair) => zerosThen(pair, language)).join(' ');
  const zeros = /^0*/.exec(group)![0];
  const rest = group.slice(zeros.length);
  const words = [...zeros].map(() => language.zero);
  if (rest.length <= 3) words.push(zerosThen(rest, language));
  else if (rest.length % 3 === 0) words.push(...rest.match(/\d{3}/g)!.map((three) => zerosThen(three, language)));
  else if (rest.length % 2 === 0) words.push(...rest.match(/\d\d/g)!.map((pair) => zerosThen(pair, language)));
  else words.push(sayDigits(rest, language, 'phone'));
  return words.join(' ');
}

/** After the decimal separator: English and German digit by digit, French and Spanish as a number after its leading zeros. */
function sayFraction(digits: string, language: SpokenLanguage): string {
  if (language.code === 'en' || language.code === 'de') return sayDigits(digits, language);
  const zeros = /^0*/.exec(digits)![0];
  const rest = digits.slice(zeros.length);
  const words = [...zeros].map(() => language.cardinal(0));
  if (rest) words.push(safeCardinal(language, rest));
  return words.join(' ');
}

export function sayNumeral(numeral: Numeral, language: SpokenLanguage): string {
  let words = numeral.int.length > 1 && numeral.int[0] === '0' && numeral.frac === null ? sayDigits(numeral.int, language) : safeCardinal(language, numeral.int);
  if (numeral.frac !== null) words += ` ${language.words.point} ${sayFraction(numeral.frac, language)}`;
  if (numeral.sign === '-') words = `${language.words.minus} ${words}`;
  else if (numeral.sign === '+') words = `${language.words.plus} ${words}`;
  return words;
}

/** A year as said: English `nineteen oh five`, German `neunzehnhundertfünf`; French and Spanish as a cardinal. */
export function sayYear(year: number, language: SpokenLanguage): string {
  const hi = Math.floor(year / 100);
  const lo = year % 100;
  if (language.code === 'en' && !(year >= 2000 && year <= 2009)) {
    if (lo === 0) return `${language.cardinal(hi)} hundred`;
    if (lo < 10) return `${language.cardinal(hi)} oh ${language.cardinal(lo)}`;
    return `${language.cardinal(hi)} ${language.cardinal(lo)}`;
  }
  if (language.code === 'de' && year >= 1100 && year < 2000) return `${language.cardinal(hi)}hundert${lo ? language.cardinal(lo) : ''}`;
  return language.cardinal(year);
}

/** A number that counts a noun: `une livre`, `ein Euro`, `veintiún euros`. */
export function beforeNoun(words: string, language: SpokenLanguage, feminine = false): string {
  switch (language.code) {
    case 'fr':
      return feminine ? words.replace(/\bun$/, 'une') : words;
    case 'de':
      return words.replace(/eins$/, 'ein');
    case 'es':
      if (feminine) return words.replace(/uno$/, 'una').replace(/ún$/, 'una');
      return words.replace(/veintiuno$/, 'veintiún').replace(/uno$/, 'un');
    default:
      return words;
  }
}

const SCALE_END: Record<string, RegExp> = { fr: /(?:million|milliard)s?$/, es: /(?:millón|millones)$/ };

/** "d'euros", "de dollars" after million(s) in French and Spanish; the plain plural elsewhere. */
function afterScale(noun: string, language: SpokenLanguage): string {
  if (language.code === 'fr') return /^[aeiouyéèh]/i.test(noun) ? `d'${noun}` : `de ${noun}`;
  if (language.code === 'es') return `de ${noun}`;
  return noun;
}

function count(digits: string, one: string, many: string, language: SpokenLanguage, feminine = false): string {
  const words = beforeNoun(safeCardinal(language, digits), language, feminine);
  const single = language.code === 'fr' ? BigInt(digits) < 2n : BigInt(digits) === 1n;
  if (SCALE_END[language.code]?.test(words)) return `${words} ${afterScale(many, language)}`;
  return `${words} ${single ? one : many}`;
}

/**
 * An amount of money. `scale` is a word such as million that follows the number (`$1.2 million`,
 * `3 M€`): the currency is then said after it.
 */
export function sayMoney(numeral: Numeral, currency: CurrencyWords, language: SpokenLanguage, scale?: [string, string]): string {
  const minus = numeral.sign === '-' ? `${language.words.minus} ` : '';
  if (scale) {
    const said = sayNumeral({ ...numeral, sign: '' }, language);
    // German `1 Mio. €`: eine Million (Million, Milliarde are feminine), never "eins"
    const number = language.code === 'de' && said === 'eins' ? (/^Milli/.test(scale[0]) ? 'eine' : 'ein') : said;
    const word = isPlural(numeral, language) ? scale[1] : scale[0];
    return `${minus}${number} ${word} ${afterScale(currency.many, language)}`;
  }
  const frac = numeral.frac;
  if (frac === null || /^0+$/.test(frac)) return minus + count(numeral.int, currency.one, currency.many, language, currency.feminine);
  if (frac.length !== 2) return `${minus}${sayNumeral({ ...numeral, sign: '' }, language)} ${currency.many}`;
  const cents = frac.replace(/^0/, '');
  if (BigInt(numeral.int) === 0n) return minus + count(cents, currency.subOne, currency.subMany, language);
  const whole = count(numeral.int, currency.one, currency.many, language, currency.feminine);
  switch (language.code) {
    case 'en':
      return `${minus}${whole} and ${count(cents, currency.subOne, currency.subMany, language)}`;
    case 'es':
      return `${minus}${whole} con ${safeCardinal(language, cents)}`;
    case 'fr':
      // `CHF 1'250.50`: a currency named with an adjective (francs suisses) has its centimes named too, joined by "et"
      // (the bare cents after "suisses" would read as a second amount); `12,50 €` stays "douze euros cinquante"
      if (currency.many.includes(' ')) return `${minus}${whole} et ${count(cents, currency.subOne, currency.subMany, language)}`;
      return `${minus}${whole} ${safeCardinal(language, cents)}`;
    default:
      return `${minus}${whole} ${safeCardinal(language, cents)}`;
  }
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** The value of a well-formed Roman numeral, or null. */
export function romanValue(text: string): number | null {
  if (!/^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(text) || text === '') return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i]!]!;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** Superscript letters that write an ordinal's ending (`1ᵉʳ`, `2ⁿᵈ`, `XXIᵉ`, `4ᵗʰ`) and the letters they stand for. */
const SUPERSCRIPT_LETTERS: Record<string, string> = { 'ᵃ': 'a', 'ᵈ': 'd', 'ᵉ': 'e', 'ʰ': 'h', 'ᵐ': 'm', 'ⁿ': 'n', 'ᵒ': 'o', 'ʳ': 'r', 'ˢ': 's', 'ᵗ': 't' };
const SUPERSCRIPT = /[ᵃᵈᵉʰᵐⁿᵒʳˢᵗ]/u;
const SUPERSCRIPTS = /[ᵃᵈᵉʰᵐⁿᵒʳˢᵗ]/gu;

/** The integer written with or without grouping (`1000`, `1,000`, `1 000` joined, `1.000`), or null. */
function wholeNumber(digits: string, language: SpokenLanguage): string | null {
  if (/^\d+$/.test(digits)) return digits;
  const n = parseNumeral(digits, language);
  return n && n.sign === '' && n.frac === null ? n.int : null;
}

/** `1er` `1re` `2e` `2nde` `XXIe` `21st` `1.º` `2.ª` `1ᵉʳ` `1,000th`: the ordinal said, or null. */
export function sayOrdinal(written: string, language: SpokenLanguage): string | null {
  const core = SUPERSCRIPT.test(written) ? written.replace(SUPERSCRIPTS, (c) => SUPERSCRIPT_LETTERS[c] ?? c) : written;
  switch (language.code) {
    case 'en': {
      const m = /^(\d[\d,.]*)(st|nd|rd|th)$/i.exec(core);
      const digits = m ? wholeNumber(m[1]!, language) : null;
      return digits ? language.ordinal(digits) : null;
    }
    case 'fr': {
      const m = /^(\d[\d.]*|[IVXLCDM]+)(er|re|ère|e|ème|è|nd|nde|ers|res|ères|es|èmes|nds|ndes)$/.exec(core);
      if (!m) return null;
      const digits = /^\d/.test(m[1]!) ? wholeNumber(m[1]!, language) : null;
      const value = digits !== null ? Number(digits) : romanValue(m[1]!);
      if (!value) return null;
      const suffix = m[2]!;
      const plural = suffix.endsWith('s') ? 's' : '';
      if (value === 1 && /^(?:er|ers)$/.test(suffix)) return `premier${plural}`;
      if (value === 1 && /^(?:re|ère|res|ères)$/.test(suffix)) return `première${plural}`;
      if (value === 2 && /^nd/.test(suffix)) return `second${suffix.includes('e') ? 'e' : ''}${plural}`;
      if (/^(?:er|re|ère|nd|nde|ers|res|ères|nds|ndes)$/.test(suffix)) return null;
      return `${language.ordinal(digits ?? value)}${plural}`;
    }
    case 'es': {
      const m = /^(\d+)\.?(º|ª|o|a|er)$/.exec(core);
      if (!m) return null;
      const words = language.ordinal(m[1]!);
      if (m[2] === 'ª' || m[2] === 'a') return words.replace(/o\b/g, 'a');
      if (m[2] === 'er') return words.replace(/o$/, '');
      return words;
    }
    default:
      return null;
  }
}
