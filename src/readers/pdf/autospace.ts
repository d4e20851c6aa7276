import { scriptAtEnd } from '../../text/words.js';

/**
 * East Asian autospace: word processors and browsers set a Latin letter or figure a little apart
 * from kana and Han, and draw no space there. The author typed none ("受付で2024年", "Wi-Fiの"):
 * a reader of the PDF must not read one. Measured (docs/internals.md, "What other producers write"):
 * - LibreOffice (Asian typography, "Apply spacing between Asian and non-Asian text", on by default,
 *   DOCX's w:autoSpaceDE/w:autoSpaceDN): 1/5 of the type size; 0.19–0.216 em as drawn after a Latin
 *   word, whose advances it rounds, from 8 to 18 pt;
 * - Chromium (CSS `text-autospace: normal`): 1/8 em;
 * - Word ("Automatically adjust space between Asian and Latin text"): a quarter em, measured by
 *   others on Word's own PDFs (github.com/developer0hye/office2pdf issues 521, 1053).
 * None puts it beside a typed space, nor beside punctuation ("。Wi-Fi", "OK。", "50%オフ").
 * A typed space these producers draw as a space glyph. One drawn as the pen moved alone (TeX, a
 * producer that places each word) is a space of the font: 0.22 em in the narrowest fonts met
 * (Noto Sans CJK 0.224, Cambria 0.22), a third of an em in most.
 */

/** The widest autospace (× type size) where nothing shows how the page's producer draws its spaces: LibreOffice's fifth of an em and its rounding. */
export const AUTOSPACE = 0.22;
/**
 * The widest (× type size) on a page whose producer draws its typed spaces as space glyphs (one is
 * drawn somewhere on it): a gap with none there is never a typed space. Word's quarter em, and
 * what justification adds to it.
 */
export const AUTOSPACE_DRAWN = 0.3;

/**
 * Whether a gap between two pieces of text with no space glyph drawn in it (`before` ending, `after`
 * starting) is East Asian autospace, no word space: an East Asian letter on one side, a Latin
 * letter or figure on the other, and the gap no wider than autospace (× `size`, the larger type of
 * the two). `drawsSpaces`: the page draws its typed spaces.
 */
export function isAutospace(before: string, after: string, gap: number, size: number, drawsSpaces: boolean): boolean {
  if (!(gap <= (drawsSpaces ? AUTOSPACE_DRAWN : AUTOSPACE) * size)) return false;
  const left = scriptAtEnd(before, 'last');
  if (left === 'other') return false;
  const right = scriptAtEnd(after, 'first');
  return right !== 'other' && right !== left;
}
