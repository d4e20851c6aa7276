/**
 * Numbers and places as the output shows them: `1,180`, `3 words`, `42.1%`, `p.2 ¶12 (table 1, row 2, col 3)`.
 * One place, so every command and message agrees.
 */
import type { Location } from '../model.js';

const integer = new Intl.NumberFormat('en-US');

/** `1,180` */
export const count = (value: number): string => integer.format(value);

/** `1 word`, `1,180 words` */
export const plural = (value: number, word: string): string => `${count(value)} ${word}${value === 1 ? '' : 's'}`;

/** `42.1%` from a share 0–1. */
export const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

/** `¶12`, `p.2 ¶12`, `¶7 (table 1, row 2, col 3)`, `¶3 (text box)`: where a paragraph is. */
export function formatLocation(location: Location): string {
  const parts: string[] = [];
  if (location.page !== undefined) parts.push(`p.${location.page}`);
  parts.push(`¶${location.paragraph}`);
  let text = parts.join(' ');
  if (location.cell) text += ` (table ${location.cell.table}, row ${location.cell.row}, col ${location.cell.column})`;
  else if (location.story === 'textbox') text += ' (text box)';
  else if (location.story !== 'body') text += ` (${location.story})`;
  return text;
}
