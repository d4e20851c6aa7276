/**
 * Colours as people write them in a config: `#404040`, `#444`, `404040`, CSS names (`navy`,
 * `dark slate grey`), `rgb(64, 64, 64)`, and Word's highlight names in OOXML (`darkGray`) or as
 * Word's menu shows them (`Bright Green`, `Turquoise`, `Gray-25%`).
 */
import type { Hex } from '../model.js';
import { cssNamedColour } from './css-names.js';
import { highlightColour, normaliseHex } from './hex.js';

/** Names Word's highlight menu shows, for the palette entries whose OOXML name differs. */
const WORD_UI_NAMES: ReadonlyMap<string, string> = new Map([
  ['brightgreen', 'green'],
  ['turquoise', 'cyan'],
  ['pink', 'magenta'],
  ['teal', 'darkcyan'],
  ['violet', 'darkmagenta'],
  ['gray50', 'darkgray'],
  ['gray25', 'lightgray'],
]);

/** A Word highlight name (OOXML or menu name), folded, to its palette colour; null when it is not one. */
export function wordHighlightColour(value: string): Hex | null {
  const key = foldName(value);
  return highlightColour(key) ?? highlightColour(WORD_UI_NAMES.get(key) ?? '');
}

/** `Gray-25 %`, `dark_grey` → `gray25`, `darkgray`: how names are compared. */
function foldName(value: string): string {
  return value.trim().replace(/[\s_%-]+/g, '').toLowerCase().replace('grey', 'gray');
}

const RGB = /^rgba?\(\s*([\d.]+%?)\s*[,\s]\s*([\d.]+%?)\s*[,\s]\s*([\d.]+%?)\s*(?:[,/]\s*[\d.]+%?\s*)?\)$/i;

function rgbFunction(value: string): Hex | null {
  const match = RGB.exec(value.trim());
  if (!match) return null;
  const channels = match.slice(1, 4).map((part) => (part.endsWith('%') ? (Number(part.slice(0, -1)) * 255) / 100 : Number(part)));
  if (channels.some((c) => !Number.isFinite(c) || c < 0 || c > 255)) return null;
  return `#${channels.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/**
 * A config colour value to hex. For `highlight`, Word's highlight names come first (`green` is
 * Word's bright #00FF00, not CSS #008000); for `color`, CSS names do. Null when it is not a colour.
 */
export function parseColour(value: string, kind: 'color' | 'highlight'): Hex | null {
  const trimmed = value.trim();
  const hex = normaliseHex(trimmed);
  if (hex && trimmed.startsWith('#')) return hex;
  if (kind === 'highlight') {
    const word = wordHighlightColour(trimmed);
    if (word) return word;
  }
  const css = cssNamedColour(trimmed.toLowerCase().replace(/\s+/g, '')) ?? rgbFunction(trimmed);
  if (css) return css;
  return highlightColour(foldName(trimmed)) ?? hex;
}
