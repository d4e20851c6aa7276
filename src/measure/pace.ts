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

/** `m:ss`, or `h:mm:ss` from an hour on; seconds rounded. */
export function formatDuration(seconds: number): string {
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A difference in time: seconds under a minute (so 0.4 s over is not shown as 0:00), m:ss above. */
export function timeDifference(seconds: number): string {
  return seconds < 60 ? `${Math.round(seconds * 10) / 10} s` : formatDuration(seconds);
}

/** A spot's length: `20.3 s` under 100 seconds (so 20.3 s over a 20 s target does not read 0:20), m:ss above. */
export function spotDuration(seconds: number): string {
  return seconds < 100 ? `${Math.round(seconds * 10) / 10} s` : formatDuration(seconds);
}
