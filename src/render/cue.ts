/** A cue as shown before a line: who speaks, once (renderers: the booth script, the line lists, `lines --cues`). */

import type { LineReport } from '../measure/report.js';
import { labelFor } from '../text/speaker-label.js';
import { countWords } from '../text/words.js';
import { fullStopAt, SENTENCE_END } from '../text/sentences.js';

/**
 * The cue's speaker and text as shown: when the cue's text opens with its own speaker's label (a
 * colour-coded script whose lines also say who speaks: `MARC (off) : Tu viens ?` for the voice
 * Marc, by the label rule of text/speaker-label.ts), the label as written stands for the speaker,
 * once; otherwise the voice's name. `voices`: the script's voices, for the accent rule (`ELODIE :` is
 * Élodie's label unless another voice is `Elodie`).
 */
export function cueParts(cue: NonNullable<LineReport['cue']>, voices: readonly string[] = []): { voice: string | null; text: string; breaks?: number[] } {
  if (cue.voice !== null) {
    const label = labelFor(cue.text, cue.voice, voices);
    if (label) {
      const text = cue.text.slice(label.end);
      // The cue's line breaks (Line.breaks) after its label, counted in what is left.
      const breaks = cue.breaks?.filter((at) => at >= label.end).map((at) => at - label.end);
      return breaks?.length ? { voice: label.label, text, breaks } : { voice: label.label, text };
    }
  }
  return cue;
}

/** The most words of a cue a booth script prints: the end of a longer one, cut where a sentence or a line begins. */
export const CUE_WORDS = 40;

/**
 * A cue as a booth script prints it: whole when it holds at most CUE_WORDS words; else its last
 * sentences, or lines (a line break a reader sees: `breaks`), that hold at most CUE_WORDS words
 * together, opened by "… " to say that it was cut; when its last sentence alone holds more, that
 * sentence's last CUE_WORDS words. The actor needs the words that lead into their own line, not
 * the two pages of narration before it. `breaks` (Line.breaks) come back counted in what is kept.
 */
export function cueTail(text: string, breaks?: readonly number[]): { text: string; breaks?: number[]; cut: boolean } {
  const whole = () => (breaks?.length ? { text, breaks: [...breaks], cut: false } : { text, cut: false });
  if (countWords(text) <= CUE_WORDS) return whole();
  // Where a sentence begins (after the mark ending the one before, and its closing quotes) or a line does.
  const starts: number[] = [];
  const breakAt = new Set(breaks ?? []);
  for (let i = 0; i < text.length - 1; i++) {
    if (breakAt.has(i)) {
      starts.push(i + 1);
      continue;
    }
    if (text.charCodeAt(i) !== 0x20 || i === 0) continue;
    let k = i - 1;
    while (k > 0 && CLOSERS.includes(text[k]!)) k--;
    if (SENTENCE_END.test(text[k]!) && fullStopAt(text, k) === 'end') starts.push(i + 1);
  }
  // The earliest start whose text holds at most CUE_WORDS words.
  let from = -1;
  for (let s = starts.length - 1; s >= 0; s--) {
    if (countWords(text.slice(starts[s]!)) > CUE_WORDS) break;
    from = starts[s]!;
  }
  if (from < 0) {
    // The last sentence alone is longer: its last CUE_WORDS words, cut at a space.
    for (let i = text.length - 1; i > 0; i--) {
      if (text.charCodeAt(i) !== 0x20) continue;
      if (countWords(text.slice(i + 1)) > CUE_WORDS) break;
      from = i + 1;
    }
    if (from < 0) return whole();
  }
  const kept = text.slice(from);
  const shifted = (breaks ?? []).filter((at) => at >= from).map((at) => at - from + 2);
  return shifted.length ? { text: `… ${kept}`, breaks: shifted, cut: true } : { text: `… ${kept}`, cut: true };
}

/** Closing quotes and brackets that may follow a sentence's mark. */
const CLOSERS = '"\'”’»)]';
