/**
 * Where two runs of a paragraph meet with only marks between them: whether a sentence ends there.
 * Casting reads it where a tracked insertion or a link stands between two voices' text (cast.ts
 * `revisionKeys`, links.ts): the text before the gap goes on into the insertion or link, or a new
 * sentence opens with it.
 */
import type { Run } from '../model.js';
import { fullStopAt, SENTENCE_END, type FullStop } from '../text/sentences.js';
import { isLetterOrDigitAt } from '../text/words.js';

/**
 * Whether the text between the last letter or digit of run `from` and the first of run `to` holds a
 * sentence end ('end'), none ('none': no mark, or an abbreviation's full stop, `Ask Mr.` + `Lambert`),
 * or a full stop a reader cannot tell ('unsure': `etc.` before a capital). Linear in the runs' text.
 */
export function sentenceEndBetween(runs: readonly Run[], from: number, to: number): FullStop {
  // The end of run `from`, back to its last letter or digit.
  const tail = runs[from]!.text;
  let last = tail.length;
  for (let i = tail.length - 1; i >= 0; i--) {
    const c = tail.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && isLetterOrDigitAt(tail, i - 1)) break;
    if (isLetterOrDigitAt(tail, i, c)) break;
    last = i;
  }
  // The start of run `to`, up to its first letter or digit (and a few characters more: what follows a full stop).
  const head = runs[to]!.text;
  let first = head.length;
  for (let i = 0; i < head.length; i++) {
    if (isLetterOrDigitAt(head, i)) {
      first = i;
      break;
    }
  }
  // One text from the word before the gap to the word after it: the gap's marks are read in it (the runs between hold no letter nor digit).
  const lead = tail.slice(Math.max(0, last - 16), last);
  let between = '';
  // (At most a few hundred characters of them: marks further on are read as none.)
  for (let k = from + 1; k < to && between.length < 256; k++) between += runs[k]!.text;
  const text = lead + tail.slice(last) + between + head.slice(0, first + 16);
  let found: FullStop = 'none';
  for (let i = lead.length, end = lead.length + (tail.length - last) + between.length + first; i < end; i++) {
    if (!SENTENCE_END.test(text[i]!)) continue;
    const stop = fullStopAt(text, i);
    if (stop === 'end') return 'end';
    if (stop === 'unsure') found = 'unsure';
  }
  return found;
}
