/**
 * How many columns a text takes in a terminal, as wcwidth counts them: an ANSI colour escape none, a
 * combining mark (an accent written after its letter, Arabic harakat, Hebrew niqqud: Unicode's Mn and Me)
 * none, an invisible format character (zero-width space and joiners, the direction marks and
 * embeddings, the byte-order mark) none, an East Asian wide or full-width character (Han, kana, Hangul,
 * CJK punctuation, full-width forms: East_Asian_Width W and F) two, anything else one. The text renderers
 * pad table cells with it, so a voice named 旁白, `Hélène` typed with a combining accent or a name in
 * Arabic with its vowel marks lines up with the rest.
 */
import { lazy } from './lazy.js';

const ANSI = /\x1b\[[0-9;]*m/g;
/** Built only for text with a code point past U+02FF (no mark or wide character comes before). */
const WIDE = lazy(() => /^[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]$/u);
const NONSPACING = lazy(() => /^[\p{Mn}\p{Me}]$/u);

function isInvisibleFormat(cp: number): boolean {
  return (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0xfeff;
}

export function terminalColumns(text: string): number {
  const plain = text.includes('\x1b') ? text.replace(ANSI, '') : text;
  let columns = 0;
  for (const c of plain) {
    const cp = c.codePointAt(0)!;
    if (cp < 0x300) columns += 1;
    else if (isInvisibleFormat(cp) || NONSPACING().test(c)) continue;
    else columns += WIDE().test(c) ? 2 : 1;
  }
  return columns;
}
