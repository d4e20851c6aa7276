/**
 * Colours as people write them in a config: `#404040`, `#444`, `404040`, CSS names (`navy`,
 * `dark slate grey`), `rgb(64, 64, 64)`, and Word's highlight names in OOXML (`darkGray`) or as
 * Word's menu shows them (`Bright Green`, `Turquoise`, `Gray-25%`).
 */
import type { Hex } from '../model.js';
import { cssNamedColour } from './css-names.js';
import { highlightColour, normaliseHex } from './hex.js';
import { plainName } from './names.js';

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
  const printed = printedColour(trimmed);
  if (printed) return printed;
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

/** `#C00000 red`, `#FFFF00 yellow highlight`: a hex code, a space, then the rest, as `colors` and `summary` print a colour. */
const PRINTED = /^(#[0-9a-f]{6}|#[0-9a-f]{3})\s+(.+)$/i;

/**
 * A colour as `colors` and `summary` print it, copied into a config: the hex code, then the plain name
 * vo-lines gives it (colour/names.ts), maybe `highlight` or `background` after it (`#FFFF00 yellow
 * background`). The hex code is the colour: `#C00000 red` is Word's dark red #C00000, not CSS `red`
 * (#FF0000), which vo-lines also calls red. Null when the words after the code are not its plain name.
 */
function printedColour(value: string): Hex | null {
  const match = PRINTED.exec(value);
  if (!match) return null;
  const hex = normaliseHex(match[1]!);
  if (!hex) return null;
  const name = match[2]!.toLowerCase().replace(/\s+/g, ' ').replace(/ (?:highlight|background)$/, '').replace(/gray/g, 'grey');
  return name === plainName(hex) ? hex : null;
}
