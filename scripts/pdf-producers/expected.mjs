// Each voice's expected lines and words from a producer script's data (scripts/pdf-producers/*.json),
// by the line and word rules of scripts/lib/script-data.mjs (independent of src/).
import { countWords, paragraphLines } from '../lib/script-data.mjs';

export function expectedOf(script) {
  const out = {};
  for (const v of Object.keys(script.voices)) out[v] = { lines: [], words: 0 };
  out['(unassigned)'] = { lines: [], words: 0 };
  for (const para of script.paras) {
    // (A table row's name cell, `name`, is no line with voices told by colour: src/attribute/name-cells.ts.)
    if (para.furniture || para.legend || para.name) continue;
    const segs = para.segs.map(([voice, text]) => ({ voice, text }));
    for (const l of paragraphLines(segs)) {
      const key = l.voice ?? '(unassigned)';
      out[key].lines.push(l.text);
      // A voice's own name opening its line as a speaker's label ("Alert: Leave…" in Alert's colour) is
      // not said (src/attribute/colour-labels.ts, labels-not-counted).
      const label = l.voice ? new RegExp(`^${l.voice.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:(?=\\s*\\S)`, 'iu').exec(l.text) : null;
      out[key].words += countWords(l.text) - (label ? countWords(label[0]) : 0);
    }
  }
  return out;
}
