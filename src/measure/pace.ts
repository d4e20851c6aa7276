/** Recording time from words and a speaking pace (the presets are config/settings.ts's). */

/** Seconds to record `words` at `wpm` words per minute, to one decimal. */
export function recordingSeconds(words: number, wpm: number): number {
  return Math.round((words / wpm) * 600) / 10;
}

