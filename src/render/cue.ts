/** A cue as shown before a line: who speaks, once (renderers: the booth script, the line lists, `lines --cues`). */

import type { LineReport } from '../measure/report.js';
import { labelFor } from '../text/speaker-label.js';

/**
 * The cue's speaker and text as shown: when the cue's text opens with its own speaker's label (a
 * colour-coded script whose lines also say who speaks: `MARC (off) : Tu viens ?` for the voice
 * Marc, by the label rule of text/speaker-label.ts), the label as written stands for the speaker,
 * once; otherwise the voice's name. `voices`: the script's voices, for the accent rule (`ELODIE :` is
 * Élodie's label unless another voice is `Elodie`).
 */
export function cueParts(cue: NonNullable<LineReport['cue']>, voices: readonly string[] = []): { voice: string | null; text: string } {
  if (cue.voice !== null) {
    const label = labelFor(cue.text, cue.voice, voices);
    if (label) return { voice: label.label, text: cue.text.slice(label.end) };
  }
  return cue;
}
