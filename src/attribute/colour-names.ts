/**
 * Colours as people write and read them: parsing config values (hex, CSS names, Word highlight
 * names), perceptual distance (CIEDE2000, via culori) and a plain name for any hex.
 */
import { differenceCiede2000, parse, formatHex } from 'culori';
import { highlightColour, normaliseHex } from '../colour.js';
import type { Hex } from '../model.js';

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

const ciede2000 = differenceCiede2000();
const distanceCache = new Map<string, number>();

/** CIEDE2000 colour difference: about 1 is a just-noticeable difference, 20+ is plainly different. */
export function deltaE(a: Hex, b: Hex): number {
  if (a === b) return 0;
  const key = a < b ? a + b : b + a;
  let d = distanceCache.get(key);
  if (d === undefined) {
    d = ciede2000(a, b);
    distanceCache.set(key, d);
  }
  return d;
}

/**
 * A config colour value to hex. For `highlight`, Word's highlight names come first
 * (`green` is Word's bright #00FF00, not CSS #008000); for `color`, CSS names do.
 */
export function parseColour(value: string, kind: 'color' | 'highlight'): Hex | null {
  const trimmed = value.trim();
  const hex = normaliseHex(trimmed);
  if (hex && /^#/.test(trimmed)) return hex;
  const key = trimmed.replace(/[\s_%-]+/g, '').toLowerCase().replace('grey', 'gray');
  if (kind === 'highlight') {
    const word = highlightColour(key) ?? highlightColour(WORD_UI_NAMES.get(key) ?? '');
    if (word) return word;
  }
  const css = parse(trimmed.toLowerCase().replace(/\s+/g, ''));
  if (css) return formatHex(css)!.toUpperCase();
  const palette = highlightColour(key);
  if (palette) return palette;
  return hex;
}

/** Everyday names, enough to tell a narrator which colour is meant. Several shades share a name. */
const PLAIN_NAMES: [string, Hex][] = [
  ['black', '#000000'],
  ['dark grey', '#404040'],
  ['grey', '#808080'],
  ['light grey', '#C0C0C0'],
  ['white', '#FFFFFF'],
  ['pale grey', '#EDEDED'],
  ['pale blue', '#DDEBF7'],
  ['pale yellow', '#FFF2CC'],
  ['pale green', '#E2EFDA'],
  ['pale red', '#FCE4D6'],
  ['red', '#FF0000'],
  ['red', '#C00000'],
  ['dark red', '#800000'],
  ['orange', '#FFA500'],
  ['orange', '#ED7D31'],
  ['brown', '#8B4513'],
  ['yellow', '#FFFF00'],
  ['gold', '#FFC000'],
  ['olive', '#808000'],
  ['light green', '#90EE90'],
  ['green', '#00B050'],
  ['green', '#70AD47'],
  ['bright green', '#00FF00'],
  ['dark green', '#006400'],
  ['teal', '#008080'],
  ['turquoise', '#00FFFF'],
  ['light blue', '#87CEEB'],
  ['blue', '#0000FF'],
  ['blue', '#4472C4'],
  ['blue', '#0070C0'],
  ['dark blue', '#1F4E79'],
  ['navy', '#000080'],
  ['purple', '#7030A0'],
  ['purple', '#800080'],
  ['pink', '#FF00FF'],
  ['pink', '#FFC0CB'],
];

const nameCache = new Map<Hex, string>();

export function plainName(hex: Hex): string {
  let name = nameCache.get(hex);
  if (!name) {
    let best = Infinity;
    for (const [candidate, reference] of PLAIN_NAMES) {
      const d = deltaE(hex, reference);
      if (d < best) {
        best = d;
        name = candidate;
      }
    }
    nameCache.set(hex, name!);
  }
  return name!;
}

/** `#404040 dark grey` */
export function describeColour(hex: Hex): string {
  return `${hex} ${plainName(hex)}`;
}
