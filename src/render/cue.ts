/** A cue as shown before a line: who speaks, once (renderers: the booth script, the line lists, `lines --cues`). */

import type { LineReport } from '../measure/report.js';

/** A speaker's label opening a line: `MARC (off) :`, `JULIE (V.O.):`, `玛丽：` (up to 60 characters before the colon). */
const OPENING_LABEL = /^([^:：\n]{1,60}?)\s*(?::\s+|：\s*)/u;
/** A label's name without its parenthesised or bracketed notes, for comparing with a voice's name. */
const labelName = (label: string) => label.replace(/\s*[([][^)\]]*[)\]]\s*/gu, ' ').trim().normalize('NFKC').toLowerCase();

/**
 * The cue's speaker and text as shown: when the cue's text opens with its own speaker's label (a
 * colour-coded script whose lines also say who speaks: `MARC (off) : Tu viens ?` for the voice
 * Marc), the label as written stands for the speaker, once; otherwise the voice's name.
 */
export function cueParts(cue: NonNullable<LineReport['cue']>): { voice: string | null; text: string } {
  if (cue.voice !== null) {
    const match = OPENING_LABEL.exec(cue.text);
    if (match && match[0].length < cue.text.length && labelName(match[1]!) === cue.voice.normalize('NFKC').toLowerCase()) return { voice: match[1]!.trim(), text: cue.text.slice(match[0].length) };
  }
  return cue;
}
