/** A plain name for any colour, enough to tell a narrator which colour is meant: `#404040 dark grey`. */
import type { Hex } from '../model.js';
import { deltaE } from './distance.js';

/** Everyday names. Several shades share a name. */
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
  ['pale orange', '#FCE4D6'],
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

/** The everyday name nearest (CIEDE2000) to the colour. */
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
