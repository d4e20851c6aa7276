/**
 * Numbers and places as the output shows them: `1,180`, `3 words`, `42.1%`, `p.2 ¶12 (table 1, row 2, col 3)`.
 * One place, so every command and message agrees.
 */
import type { Location, Story } from '../model.js';

let general: Intl.NumberFormat | undefined;

/**
 * `1,180`, as `Intl.NumberFormat('en-US')` writes it. Whole numbers are grouped by hand: the first
 * Intl formatter of a process costs 10–15 ms of ICU set-up, a fifth of Node's own start.
 */
export function count(value: number): string {
  if (Number.isSafeInteger(value)) {
    const digits = String(Math.abs(value));
    let grouped = digits.length > 3 ? '' : digits;
    if (!grouped) for (let end = digits.length; end > 0; end -= 3) grouped = digits.slice(Math.max(0, end - 3), end) + (grouped ? `,${grouped}` : '');
    return value < 0 || Object.is(value, -0) ? `-${grouped}` : grouped;
  }
  general ??= new Intl.NumberFormat('en-US');
  return general.format(value);
}

/** `A`, `A and B`, `A, B and C` (`last`: the word before the last item). */
export function listOf(items: readonly string[], last = 'and'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** `1 word`, `1,180 words` */
export const plural = (value: number, word: string): string => `${count(value)} ${word}${value === 1 ? '' : 's'}`;

/** `1 180` (a narrow no-break space between the groups), `152,5`: a number as French writes it. */
export const frenchCount = (value: number): string => count(value).replace(/[,.]/g, (mark) => (mark === ',' ? '\u202F' : ','));

/** `1 mot`, `0 mot`, `1 180 mots`: in French, 0 and 1 take the singular. */
export const frenchPlural = (value: number, one: string, many = `${one}s`): string => `${frenchCount(value)} ${Math.abs(value) < 2 ? one : many}`;

/** "page 3", "pages 2, 5, 9", at most ten named, then "…". */
export const pagesText = (pages: readonly number[]): string => `page${pages.length > 1 ? 's' : ''} ${pages.slice(0, 10).join(', ')}${pages.length > 10 ? ', …' : ''}`;

/** `42.1%` from a share 0–1. */
export const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

/** The stories other than the body, in French. */
const FRENCH_STORIES: Readonly<Record<Exclude<Story, 'body'>, string>> = {
  textbox: 'zone de texte',
  header: 'en-tête',
  footer: 'pied de page',
  footnote: 'note de bas de page',
  endnote: 'note de fin',
  comment: 'commentaire',
};

/**
 * `¶12`, `p.2 ¶12`, `¶7 (table 1, row 2, col 3)`, `¶3 (text box)`: where a paragraph is; in a table
 * numbered by a column of its own, the row's number beside it (`¶9 (table 1, row 6 · #5, col 3)`). In
 * French (the booth script of a French script): `p. 2 ¶12` (a no-break space), `¶7 (tableau 1, ligne 2,
 * col. 3)`, `¶3 (zone de texte)`.
 */
export function formatLocation(location: Location, language: 'en' | 'fr' = 'en'): string {
  const fr = language === 'fr';
  const parts: string[] = [];
  if (location.page !== undefined) parts.push(fr ? `p.\u00A0${location.page}` : `p.${location.page}`);
  parts.push(`¶${location.paragraph}`);
  let text = parts.join(' ');
  const cell = location.cell;
  if (cell) {
    // A cell merged across columns or down rows: the columns and rows it covers (`cols 2–3`, as it stands under their headers).
    const columns = cell.span && cell.span > 1 ? `${cell.column}–${cell.column + cell.span - 1}` : undefined;
    const rows = cell.rows && cell.rows > 1 ? `${cell.row}–${cell.row + cell.rows - 1}` : undefined;
    // The row as the table's number column numbers it, beside the row: `row 6 · #5`.
    const numbered = cell.numbered ? ` · ${cell.numbered}` : '';
    text += fr
      ? ` (tableau ${cell.table}, ${rows ? `lignes ${rows}` : `ligne ${cell.row}`}${numbered}, col. ${columns ?? cell.column})`
      : ` (table ${cell.table}, ${rows ? `rows ${rows}` : `row ${cell.row}`}${numbered}, ${columns ? `cols ${columns}` : `col ${cell.column}`})`;
  }
  else if (location.story === 'body') return text;
  else if (fr) text += ` (${FRENCH_STORIES[location.story] ?? location.story})`;
  else if (location.story === 'textbox') text += ' (text box)';
  else text += ` (${location.story})`;
  return text;
}

/**
 * A row's number as its table's number column gives it (`TableCell.numbered`), as a narrator finds it
 * on the page: the header and the value (`Screen 5`, `N° 5`, `Shot #5`, `#5`), the value alone when it
 * names itself (`S01`, `Sc. 3`, `#5`).
 */
export function rowNumber(header: string, value: string): string {
  if (!/^[0-9]/u.test(value)) return value;
  return header.endsWith('#') ? `${header}${value}` : `${header} ${value}`;
}

/** `m:ss`, or `h:mm:ss` from an hour on; seconds rounded. */
export function formatDuration(seconds: number): string {
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A difference in time: seconds under a minute (so 0.4 s over is not shown as 0:00), m:ss above. */
export function timeDifference(seconds: number): string {
  return seconds < 60 ? `${Math.round(seconds * 10) / 10} s` : formatDuration(seconds);
}

/** A spot's length: `20.3 s` under 100 seconds (so 20.3 s over a 20 s target does not read 0:20), m:ss above. */
export function spotDuration(seconds: number): string {
  return seconds < 100 ? `${Math.round(seconds * 10) / 10} s` : formatDuration(seconds);
}

/**
 * `1 234,50 €` for fr, `€1,234.50` for en: the script language's conventions, to the currency's
 * minor unit. `allDigits` shows every digit the amount has past it (a rate: `$0.125`, `¥2.5`).
 * `noBreak` keeps the no-break spaces the locale writes (French: `1 234,50 €`, a narrow one
 * between the thousands and one before the sign), which are otherwise plain spaces.
 */
export function formatMoney(amount: number, currency: string, locale: string, allDigits = false, noBreak = false): string {
  try {
    const text = new Intl.NumberFormat(locale, { style: 'currency', currency, ...(allDigits ? { maximumFractionDigits: 20 } : {}) }).format(amount);
    return noBreak ? text : text.replace(/\u202F|\u00A0/g, ' ');
  } catch {
    return `${allDigits ? String(amount) : amount.toFixed(2)}${noBreak ? '\u00A0' : ' '}${currency}`;
  }
}

/** `6,10`: a decimal as French writes it, to `digits` places (a comma; thousands by a narrow no-break space). */
export const frenchDecimal = (value: number, digits: number): string => {
  const [whole, fraction] = value.toFixed(digits).split('.');
  return fraction === undefined ? frenchCount(Number(whole)) : `${whole!.startsWith('-') ? '-' : ''}${frenchCount(Math.abs(Number(whole)))},${fraction}`;
};

const SHORT_TEXT = 60;

/** A line's text in quotes, cut after about 60 characters at a word: how a message quotes the script. */
export function shortText(text: string): string {
  const chars = [...text];
  if (chars.length <= SHORT_TEXT) return `"${text}"`;
  const cut = chars.slice(0, SHORT_TEXT - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `"${(space > SHORT_TEXT / 2 ? cut.slice(0, space) : cut).trimEnd()}…"`;
}
