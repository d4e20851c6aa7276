/** Recording time from words and a speaking pace (the presets are config/settings.ts's). */
import type { Warning } from '../model.js';

/** Seconds to record `words` at `wpm` words per minute, to one decimal. */
export function recordingSeconds(words: number, wpm: number): number {
  return Math.round((words / wpm) * 600) / 10;
}


/**
 * Chinese and Japanese are counted one word per character (text/words.ts): a pace in words a
 * minute means nothing for them. Their default paces, in characters a minute (docs/internals.md
 * "Words in Chinese and Japanese" gives the sources): Mandarin is spoken at about 240 syllables
 * (characters) a minute, news read at 250–300; NHK reads the news at 300 characters a minute.
 */
export const CHARACTER_PACES: Readonly<Record<string, { name: string; pace: number; what: string; source: string }>> = {
  zh: { name: 'Chinese', pace: 240, what: 'each character', source: 'the pace of ordinary Mandarin speech; the news is read at 250–300' },
  ja: { name: 'Japanese', pace: 300, what: 'each kanji and kana', source: 'the pace NHK reads the news at' },
};

/**
 * Said whenever the script is written in Chinese or Japanese and timed by words: what a word is, and
 * the pace assumed (`given`: the pace a user or config gave, else the language's default).
 */
export function characterPaceWarning(code: string, given?: number): Warning | null {
  const known = CHARACTER_PACES[code];
  if (!known) return null;
  const { name } = known;
  const pace = given ?? known.pace;
  const assumed = given === undefined ? `the time assumes ${pace} characters a minute, ${known.source}. Pass --wpm N for another pace (characters a minute)` : `the pace given, ${pace} a minute, is taken as characters a minute`;
  return {
    code: 'character-pace',
    message: `${name} is written without spaces between words: ${known.what} is counted as a word (as Word counts it), and ${assumed}.`,
    details: { language: code, pace, assumed: given === undefined },
  };
}
