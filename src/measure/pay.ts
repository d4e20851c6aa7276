/**
 * Pay units and a quote from a rate card. French dubbing pays by the *ligne*: a role's characters
 * (letters, signs and spaces) divided by 50, any remainder one more line (SFA grid). Characters are
 * counted on each line's NFC text with whitespace runs as one space and the ends trimmed.
 */
import type { RateCard, RateUnit } from '../config/settings.js';
import { normaliseSpace } from '../text/words.js';

export const DUBBING_LINE_CHARACTERS = 50;

export interface Fee {
  amount: number;
  currency: string;
  per: RateUnit;
  rate: number;
  /** Units the rate was applied to (words, finished minutes or hours, dubbing lines). */
  units: number;
  minimum: number;
}

export interface PayUnits {
  characters: number;
  dubbingLines: number;
  /** Finished (recorded) minutes and hours, from the estimated time. */
  finishedMinutes: number;
  finishedHours: number;
}

/** Characters of one line: NFC, whitespace runs as one space, ends trimmed; counted in code points. */
export function lineCharacters(text: string): number {
  // Printable ASCII between single spaces (most lines): one character per UTF-16 unit, nothing to normalise.
  if (!NOT_PLAIN.test(text)) return text.length;
  let spaced = normaliseSpace(text);
  // Only text with combining marks can change under NFC; astral characters are two UTF-16 units.
  MARK.lastIndex = 0;
  if (MARK.test(spaced)) spaced = spaced.normalize('NFC');
  return spaced.length - (spaced.match(SURROGATE_PAIRS)?.length ?? 0);
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
  return { characters, dubbingLines: dubbingLines(characters), finishedMinutes: round(seconds / 60, 2), finishedHours: round(seconds / 3600, 3) };
}

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

/**
 * amount = max(minimum, rate × units), rounded to the currency's minor unit (the cent, the yen…);
 * per word uses the written words.
 */
export function quote(card: RateCard, words: number, units: PayUnits): Fee {
  const count = { word: words, 'finished-minute': units.finishedMinutes, 'finished-hour': units.finishedHours, 'dubbing-line': units.dubbingLines }[card.per];
  const amount = roundMoney(Math.max(card.minimum, card.rate * count), card.currency);
  return { amount, currency: card.currency, per: card.per, rate: card.rate, units: count, minimum: card.minimum };
}

/** Fees added up per currency, in order of first appearance: the sum of the amounts shown. */
export function totalFees(fees: (Fee | undefined)[]): { amount: number; currency: string }[] {
  const totals = new Map<string, number>();
  for (const fee of fees) if (fee) totals.set(fee.currency, roundMoney((totals.get(fee.currency) ?? 0) + fee.amount, fee.currency));
  return [...totals].map(([currency, amount]) => ({ amount, currency }));
}

