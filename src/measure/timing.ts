/**
 * Recording time by syllables (`--timing syllables`): the syllables of what is said over a
 * narration rate for the language, plus a short pause at each comma and a longer one at each
 * full stop. Rates are Pellegrino, Coupé & Marsico (2011) Table 2 (read speech, syllables per
 * second) scaled by one narration factor, calibrated so that plain English e-learning narration
 * comes out at the 150 wpm preset (README "Timing by syllables" shows the calibration).
 */
import { countPauses, countSyllables } from './syllables.js';


/** Syllables per second in read speech (Pellegrino, Coupé & Marsico 2011, Language 87(3), Table 2). */
export const READING_RATES: Readonly<Record<string, number>> = { en: 6.19, fr: 7.18, de: 5.97, es: 7.82, it: 6.99, ja: 7.84, zh: 5.18 };

/** For languages the study did not measure: the mean of its seven. */
const MEAN_RATE = 6.71;

/** Narration is slower than the study's reading: calibrated on scripts/calibrate-syllables.mjs's English text. */
export const NARRATION_FACTOR = 0.69;

/** Seconds of pause after a comma-like mark and after a full stop. */
export const PAUSES = { short: 0.25, long: 0.5 };

/** The reference pace the syllable rates are calibrated to (the e-learning preset). */
export const REFERENCE_WPM = 150;

/** Narration syllables per second for a language (primary subtag), at the reference pace. */
export function narrationRate(code: string): number {
  return Math.round((READING_RATES[code] ?? MEAN_RATE) * NARRATION_FACTOR * 100) / 100;
}

export interface SyllableTime {
  syllables: number;
  /** Unrounded seconds: syllables over the rate plus pauses. */
  seconds: number;
}

/** What a line takes by syllables, before any rate: its syllables, and its pauses in seconds. */
export interface SyllablesAndPauses {
  syllables: number;
  /** Seconds of pause at its commas and full stops (0 when the line has no syllable). */
  pauseSeconds: number;
}

export const NO_SYLLABLES: SyllablesAndPauses = { syllables: 0, pauseSeconds: 0 };

/** The syllables of `spoken` in language `code` and its pauses: a rate applies to the syllables alone. */
export function syllablesAndPauses(spoken: string, code: string): SyllablesAndPauses {
  const syllables = countSyllables(spoken, code);
  if (syllables === 0) return NO_SYLLABLES;
  const pauses = countPauses(spoken);
  return { syllables, pauseSeconds: pauses.short * PAUSES.short + pauses.long * PAUSES.long };
}

/** Time to say `spoken` in language `code` at `rate` syllables per second. */
export function syllableTime(spoken: string, code: string, rate: number): SyllableTime {
  const { syllables, pauseSeconds } = syllablesAndPauses(spoken, code);
  return { syllables, seconds: syllables ? syllables / rate + pauseSeconds : 0 };
}

/**
 * Seconds shown to the tenth that add up to `total` (itself to the tenth): each value rounded down
 * to the tenth, then the tenths left given one each to the values that lost most (largest remainder,
 * the first of equals first). Each shown value is its own rounded down or up, never further off, and
 * a voice's lines add up to the voice's time as a spreadsheet sums them.
 */
export function apportionTenths(seconds: readonly number[], total: number): number[] {
  return apportion(seconds, total, 10);
}

/**
 * Values shown in steps of 1/`perStep` (10: tenths, 1: whole units) that add up to `total` shown in
 * the same steps (rounded half up, as Math.round): the largest remainder of apportionTenths, in any step.
 */
export function apportion(values: readonly number[], total: number, perStep: number): number[] {
  const units = new Array<number>(values.length);
  const lost = new Array<number>(values.length);
  let left = Math.round(total * perStep);
  for (let i = 0; i < values.length; i++) {
    const steps = values[i]! * perStep;
    // (1e-9: 2.3 × 10 is 22.999999999999996 in binary, 23 tenths.)
    const down = Math.max(0, Math.floor(steps + 1e-9));
    units[i] = down;
    // To the billionth: 28.4 − 28 and 6.4 − 6 differ in binary (0.39999999999999858, 0.40000000000000036),
    // and equals go to the first.
    lost[i] = Math.round((steps - down) * 1e9) / 1e9;
    left -= down;
  }
  if (left !== 0 && values.length > 0) {
    const order = values.map((_, i) => i).sort((a, b) => lost[b]! - lost[a]! || a - b);
    // A total above the sum gives a step each to the largest remainders; below it (it never is by more
    // than rounding), takes them from the smallest.
    if (left > 0) for (let k = 0; k < left; k++) units[order[k % order.length]!]!++;
    else
      for (let k = order.length - 1, taken = 0; taken < -left && k >= 0; k--) {
        if (units[order[k]!]! > 0) {
          units[order[k]!]!--;
          taken++;
        }
      }
  }
  return perStep === 1 ? units : units.map((u) => u / perStep);
}
