/**
 * Pay units and a quote from a rate card. French dubbing pays by the *ligne*: a role's characters
 * (letters, signs and spaces) divided by 50, any remainder one more line (SFA grid). Characters are
 * counted on each line's NFC text with whitespace runs as one space and the ends trimmed, the characters
 * no reader sees left out and an emoji sequence one (see lineCharacters).
 */
import type { RateCard, RateUnit } from '../config/settings.js';
import { lazy } from '../text/lazy.js';
import { normaliseSpace } from '../text/words.js';

export const DUBBING_LINE_CHARACTERS = 50;

/** The code of report.ts feesNotQuoted's warning (a rate card beside colour groups), and what a Fee column says then. */
export const FEES_NOT_QUOTED = 'fees-not-quoted';
export const NOT_QUOTED_UNNAMED = 'not quoted until the voices are named';

export interface Fee {
  amount: number;
  currency: string;
  per: RateUnit;
  rate: number;
  /**
   * Units the rate was applied to (words, finished minutes or hours, dubbing lines). Finished minutes
   * and hours are the estimated seconds over 60 or 3,600, given to 4 and 6 decimals (the amount is
   * worked out on the seconds themselves).
   */
  units: number;
  minimum: number;
  /** Whether the minimum was charged: the rate × units came to less. */
  minimumApplied: boolean;
  /**
   * Whether the fee rests on an estimate: per finished minute or hour, the time is the pace's
   * estimate, not a recording's length (per word and per dubbing line it is counted).
   */
  estimated: boolean;
  /** Per finished minute or hour: the estimated seconds (to the tenth, the voice's `seconds`) the fee is worked out on. */
  seconds?: number;
}

export interface PayUnits {
  characters: number;
  dubbingLines: number;
  /** Finished (recorded) minutes and hours, from the estimated time. */
  finishedMinutes: number;
  finishedHours: number;
}

/**
 * Characters of one line, as a reader sees them: NFC, whitespace runs as one space, ends trimmed; counted in code points,
 * but for the format characters no one sees (Unicode's default-ignorable code points: right-to-left and left-to-right
 * marks, zero-width joiners, non-joiners and spaces, word joiners, a BOM, soft hyphens, variation selectors), never
 * counted, and an emoji sequence (a ZWJ family, a skin tone, a flag's two letters, a keycap) counted as the one character
 * it shows.
 */
export function lineCharacters(text: string): number {
  // Printable ASCII between single spaces (most lines): one character per UTF-16 unit, nothing to normalise.
  if (!NOT_PLAIN.test(text)) return text.length;
  // A word joiner and a BOM are no space to a reader: normaliseSpace leaves them out.
  let spaced = normaliseSpace(text);
  // Only text with combining marks can change under NFC; astral characters are two UTF-16 units.
  MARK.lastIndex = 0;
  if (MARK.test(spaced)) spaced = spaced.normalize('NFC');
  if (MAY_BE_UNSEEN.test(spaced)) return seenCharacters(spaced);
  return spaced.length - (spaced.match(SURROGATE_PAIRS)?.length ?? 0);
}

/** A default-ignorable character of the BMP, an enclosing keycap, or a surrogate (an emoji, a tag, a modifier may be astral). */
const MAY_BE_UNSEEN = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u20E3\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFF8\uD800-\uDBFF]/;
/** An emoji (built on first use: only a line with a zero-width joiner or a skin tone asks). */
const PICTOGRAPHIC = lazy(() => /\p{Extended_Pictographic}/u);

/** Unicode's Default_Ignorable_Code_Point (16.0): what a renderer shows nothing for. */
function isDefaultIgnorable(cp: number): boolean {
  if (cp < 0xad) return false;
  if (cp < 0x2000) return cp === 0xad || cp === 0x34f || cp === 0x61c || cp === 0x115f || cp === 0x1160 || cp === 0x17b4 || cp === 0x17b5 || (cp >= 0x180b && cp <= 0x180f);
  if (cp < 0x3000) return (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x206f);
  if (cp < 0x10000) return cp === 0x3164 || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff || cp === 0xffa0 || (cp >= 0xfff0 && cp <= 0xfff8);
  return (cp >= 0x1bca0 && cp <= 0x1bca3) || (cp >= 0x1d173 && cp <= 0x1d17a) || (cp >= 0xe0000 && cp <= 0xe0fff);
}

/** Whether a code point is an emoji (`\p{Extended_Pictographic}`; asked only beside a joiner or a skin tone). */
const isPictographic = (cp: number) => cp >= 0xa9 && PICTOGRAPHIC().test(String.fromCodePoint(cp));

/** The characters of normalised text, code point by code point, the unseen left out and an emoji sequence one (see lineCharacters). */
function seenCharacters(text: string): number {
  let count = 0;
  // The last code point counted or joined to it (-1 for none): a skin tone or a joined emoji after an emoji is part of it.
  let last = -1;
  // A zero-width joiner came after an emoji.
  let joined = false;
  // A regional indicator opened a flag whose second letter is still to come.
  let flagOpen = false;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (cp === 0x200d) {
      joined = last >= 0 && isPictographic(last);
      continue;
    }
    if (isDefaultIgnorable(cp) || cp === 0x20e3) continue;
    const regional = cp >= 0x1f1e6 && cp <= 0x1f1ff;
    if (regional && flagOpen) {
      flagOpen = false;
      continue;
    }
    flagOpen = regional;
    if (cp >= 0x1f3fb && cp <= 0x1f3ff && last >= 0 && isPictographic(last)) continue;
    const join = joined && isPictographic(cp);
    joined = false;
    last = cp;
    if (!join) count++;
  }
  return count;
}

/**
 * A combining mark. Global only to be the same pattern with the same flags as the one speaker-label.ts
 * strips marks with, which V8 then builds and compiles once for both (one of its own, `/\p{M}/u`,
 * cost ~1.5 M instructions); `lastIndex` is set to 0 before each test.
 */
const MARK = /\p{M}/gu;
/** Anything but printable ASCII, or spaces that normaliseSpace would change (see isNormalSpace). */
const NOT_PLAIN = /[^\x20-\x7E]|^ | $| {2}/;
const SURROGATE_PAIRS = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

export function dubbingLines(characters: number): number {
  return Math.ceil(characters / DUBBING_LINE_CHARACTERS);
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function payUnits(characters: number, seconds: number): PayUnits {
  return { characters, dubbingLines: dubbingLines(characters), ...finishedTime(seconds, FINISHED_DIGITS) };
}

/** The decimals finished minutes and hours are given to: the hundredth of a minute, the thousandth of an hour, or more. */
export interface FinishedDigits {
  minutes: number;
  hours: number;
}
export const FINISHED_DIGITS: FinishedDigits = { minutes: 2, hours: 3 };
/** Enough for any time of a tenth of a second or more: 0.1 s is 0.002 minutes, 0.00003 hours. */
const MOST_DIGITS = 6;

/** Finished minutes and hours of `seconds`, to `digits`. */
export function finishedTime(seconds: number, digits: FinishedDigits): Pick<PayUnits, 'finishedMinutes' | 'finishedHours'> {
  return { finishedMinutes: round(seconds / 60, digits.minutes), finishedHours: round(seconds / 3600, digits.hours) };
}

/** The fewest decimals from `least` at which `value`, when above 0, is not 0 (0.8 s is 0.000222 h: 4 decimals, 0.0002). */
function digitsFor(value: number, least: number): number {
  let digits = least;
  while (value > 0 && digits < MOST_DIGITS && round(value, digits) === 0) digits++;
  return digits;
}

/**
 * The decimals a report's finished minutes and hours are given to, the same for all its rows (so a
 * column lines up and adds up): the hundredth of a minute and the thousandth of an hour, or as many
 * more as a row's time above 0 needs not to read 0 (a 0.8 s tag beside a $0.07 fee per finished hour
 * is 0.0002 hours, never 0.000: a narrator reads 0.000 h as nothing to record).
 */
export function finishedDigits(seconds: readonly number[]): FinishedDigits {
  let minutes = FINISHED_DIGITS.minutes;
  let hours = FINISHED_DIGITS.hours;
  for (const s of seconds) {
    minutes = Math.max(minutes, digitsFor(s / 60, minutes));
    hours = Math.max(hours, digitsFor(s / 3600, hours));
  }
  return minutes === FINISHED_DIGITS.minutes && hours === FINISHED_DIGITS.hours ? FINISHED_DIGITS : { minutes, hours };
}

/** The decimals to show finished minutes or hours with: `least`, or as many as one of `values` has (0.0002 h: 4). */
export function shownDigits(values: readonly number[], least: number): number {
  let digits = least;
  for (const value of values) while (digits < MOST_DIGITS && round(value, digits) !== value) digits++;
  return digits;
}

/** Finished minutes or hours added up, to the decimals of the values (clearing the float's error: 0.1 + 0.2). */
export const sumFinished = (values: readonly number[]): number => round(values.reduce((total, v) => total + v, 0), MOST_DIGITS);

/** Digits after the decimal point of each currency, as asked of Intl (only where a rate card is). */
const CURRENCY_DIGITS = new Map<string, number>();

/**
 * The digits of a currency's minor unit, as Intl (ICU's data) gives them: 2 for EUR or USD, 0 for
 * JPY or KRW, 3 for KWD or TND. 2 if Intl does not know it.
 */
export function currencyDigits(currency: string): number {
  let digits = CURRENCY_DIGITS.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    CURRENCY_DIGITS.set(currency, digits);
  }
  return digits;
}

/**
 * An amount rounded half up to the currency's minor unit. Rounded on 15 significant digits first,
 * so that a product such as 1.005 × 100 (100.49999999999999 in binary) rounds as its decimals say.
 */
export function roundMoney(amount: number, currency: string): number {
  const scale = 10 ** currencyDigits(currency);
  return Math.round(Number((amount * scale).toPrecision(15))) / scale;
}

/** Finished minutes and hours of a fee as its `units` say them: to 4 and to 6 decimals (a tenth of a second is 0.0017 minute, 0.000028 hour). */
const UNIT_DIGITS = { 'finished-minute': 4, 'finished-hour': 6 } as const;
const SECONDS_PER = { 'finished-minute': 60, 'finished-hour': 3600 } as const;

/**
 * amount = max(minimum, rate × units), rounded half up to the currency's minor unit (the cent, the yen…);
 * per word uses the written words, per dubbing line the lines; per finished minute or hour the
 * estimated seconds over 60 or 3,600, never the minutes or hours rounded for the columns ($300 per
 * finished hour × 0.8 s is $0.07, where 0.000 hours made it $0.00). A fee for work there is (units
 * above 0 at a rate above 0) is never 0: one that would round to 0 is one minor unit ($0.01, ¥1).
 */
export function quote(card: RateCard, words: number, units: PayUnits & { seconds: number }): Fee {
  const per = card.per;
  const timed = per === 'finished-minute' || per === 'finished-hour';
  const exact = timed ? units.seconds / SECONDS_PER[per] : per === 'word' ? words : units.dubbingLines;
  const product = card.rate * exact;
  let amount = roundMoney(Math.max(card.minimum, product), card.currency);
  if (amount === 0 && product > 0) amount = 1 / 10 ** currencyDigits(card.currency);
  const shownUnits = timed ? round(exact, UNIT_DIGITS[per]) : exact;
  const fee: Fee = { amount, currency: card.currency, per, rate: card.rate, units: shownUnits, minimum: card.minimum, minimumApplied: product < card.minimum, estimated: timed };
  if (timed) fee.seconds = units.seconds;
  return fee;
}

/**
 * Fees added up per currency, in order of first appearance: the sum of the amounts shown; `estimated`
 * when one of the fees summed rests on the estimated time (per finished minute or hour).
 */
export function totalFees(fees: (Fee | undefined)[]): { amount: number; currency: string; estimated: boolean }[] {
  const totals = new Map<string, { amount: number; currency: string; estimated: boolean }>();
  for (const fee of fees) {
    if (!fee) continue;
    const total = totals.get(fee.currency);
    if (total) {
      total.amount = roundMoney(total.amount + fee.amount, fee.currency);
      total.estimated ||= fee.estimated;
    } else totals.set(fee.currency, { amount: roundMoney(fee.amount, fee.currency), currency: fee.currency, estimated: fee.estimated });
  }
  return [...totals.values()];
}
