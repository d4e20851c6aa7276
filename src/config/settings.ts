/**
 * What a config (or the command line) can set besides the voices: paces, timing methods, rate cards,
 * section targets and the colour tolerance. The measure stage applies them; the config parses them.
 * Presets and their sources are in the README (REFERENCE.md "Domain facts"): audiobook 155 wpm is
 * ACX's 9,300 words per finished hour.
 */
import { UserError } from '../errors.js';

/**
 * Default matching tolerance in CIEDE2000 units. Big enough for the drift of PDF exports and
 * CMYK conversions (#ED1C24 vs #FF0000 ≈ 5.5), small enough that Word's two dark greys
 * (#404040, #595959 ≈ 8.6) and dark grey vs black (≈ 17.6) never match each other.
 */
export const DEFAULT_TOLERANCE = 6;

export const PACE_PRESETS: Readonly<Record<string, number>> = {
  'e-learning': 150,
  commercial: 160,
  audiobook: 155,
  documentary: 120,
  explainer: 130,
};

export const DEFAULT_WPM = PACE_PRESETS['e-learning']!;

/**
 * A pace preset's words per minute; `where` names the setting in the error (`--pace`, `cfg.json:
 * "pace"`), `config` its file and field in the error's details when a config sets it.
 */
export function presetWpm(name: string, where: string, config?: { file: string; field: string }): number {
  const key = name.toLowerCase();
  const wpm = Object.hasOwn(PACE_PRESETS, key) ? PACE_PRESETS[key] : undefined;
  if (wpm === undefined) {
    const known = Object.keys(PACE_PRESETS);
    throw new UserError(`${where}: unknown pace "${name}"; use one of ${known.join(', ')} or give words per minute.`, 'bad-pace', { pace: name, known, ...(config ?? { option: where }) });
  }
  return wpm;
}

/**
 * The paces a person can read a script at, outside which a pace is refused as a slip (`--wpm 15` for 150,
 * `1e-9`): words a minute from 40 (slower than any narration: README's slowest preset is documentary's
 * 120, a slow audiobook 130) to 500 (beyond the fastest commercial disclaimers, about 300, and the 240–300
 * characters a minute a Chinese or Japanese script is timed at); syllables a second from 1 to 10 (the
 * fastest language of Pellegrino et al. 2011 reads 7.84, the narration rates are 3.6–5.4).
 */
export const PACE_LIMITS = { wpm: { min: 40, max: 500 }, syllablesPerSecond: { min: 1, max: 10 } } as const;

/**
 * Why a pace is none a person reads at (null when it is one): `15 is not a pace a script is read at:
 * give words a minute from 40 to 500 (a preset is 120–160)`. `kind`: words (or characters) a minute, or syllables a second.
 */
export function paceProblem(value: number, kind: keyof typeof PACE_LIMITS, shown = String(value)): string | null {
  const { min, max } = PACE_LIMITS[kind];
  if (Number.isFinite(value) && value >= min && value <= max) return null;
  return kind === 'wpm'
    ? `${shown} is not a pace a script is read at: give words a minute from ${min} to ${max} (characters a minute for Chinese and Japanese; the presets are 120–160)`
    : `${shown} is not a rate a script is read at: give syllables a second from ${min} to ${max} (narration is about 3.5–5.5)`;
}

/** How recording time is estimated: words per minute, or syllables (measure/timing.ts). */
export type TimingMethod = 'words' | 'syllables';
export const TIMING_METHODS: readonly TimingMethod[] = ['words', 'syllables'];

export const RATE_UNITS = ['word', 'finished-minute', 'finished-hour', 'dubbing-line'] as const;
export type RateUnit = (typeof RATE_UNITS)[number];

export interface RateCard {
  per: RateUnit;
  rate: number;
  /** The least a job pays. */
  minimum: number;
  /** ISO 4217 code: EUR, USD, GBP… */
  currency: string;
}

/** A target from the config's `sections`: `"SPOT 2": {maxSeconds: 20}`. */
export interface SectionTarget {
  /** Names the sections whose title is this (case and spaces aside), else the one title that starts with it and a character no letter nor figure (measure/sections.ts headingsOfKey). */
  title: string;
  maxSeconds: number;
}
