/**
 * Recording time from words and a speaking pace. Presets and their sources are in the README
 * (REFERENCE.md "Domain facts"): audiobook 155 wpm is ACX's 9,300 words per finished hour.
 */
import { UserError } from '../errors.js';

export const PACE_PRESETS: Readonly<Record<string, number>> = {
  'e-learning': 150,
  commercial: 160,
  audiobook: 155,
  documentary: 120,
  explainer: 130,
};

export const DEFAULT_WPM = PACE_PRESETS['e-learning']!;

export function presetWpm(name: string, where: string): number {
  const key = name.toLowerCase();
  const wpm = Object.hasOwn(PACE_PRESETS, key) ? PACE_PRESETS[key] : undefined;
  if (wpm === undefined) {
    throw new UserError(`${where}: unknown pace "${name}"; use one of ${Object.keys(PACE_PRESETS).join(', ')} or give words per minute.`, 'bad-pace');
  }
  return wpm;
}

/** Seconds to record `words` at `wpm` words per minute, to one decimal. */
export function recordingSeconds(words: number, wpm: number): number {
  return Math.round((words / wpm) * 600) / 10;
}

