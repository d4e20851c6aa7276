/**
 * Abbreviated month names beside a day (`le 1 janv.`, `3 févr. 2025`, `1er sept.`; English `Jan. 3`, `3 Sept 2025`,
 * `Sept. 3, 2025`): written so to save room, said in full by a narrator (le premier janvier, January third). Only
 * beside a day's number, where the abbreviation is a month's and nothing else's (French `mar` is Tuesday's, not taken;
 * `sept` without its stop only before a year, punctuation or the end: it is also seven); English `Jan` without its stop
 * is also a name, so it is a month only before a day and a year (`Jan 3, 2025`).
 * The stop is the abbreviation's when the sentence goes on (`janv. 2025`, `Jan. 3`); kept where it may end the sentence.
 */
import { lazy } from '../../text/lazy.js';

const FR_ABBREVIATED: Record<string, string> = {
  janv: 'janvier', janvr: 'janvier', févr: 'février', fevr: 'février', fév: 'février', avr: 'avril', juil: 'juillet', sept: 'septembre',
  oct: 'octobre', nov: 'novembre', déc: 'décembre', dec: 'décembre',
};
const EN_ABBREVIATED: Record<string, string> = {
  Jan: 'January', Feb: 'February', Mar: 'March', Apr: 'April', Jun: 'June', Jul: 'July', Aug: 'August', Sep: 'September', Sept: 'September',
  Oct: 'October', Nov: 'November', Dec: 'December',
};

/** The end of an abbreviation: its stop (optional), then a space, punctuation or the end. */
const END = String.raw`(\.?)(?=[\s,;:!?)]|$)`;
/** French: a day (`1`, `01`, `1er`), then the month abbreviated, any case (`1 janv.`, `3 Févr`). */
const FR_AFTER_DAY = lazy(() => new RegExp(String.raw`(?<![\d.,/])(\d{1,2}(?:er)?\s+)(${Object.keys(FR_ABBREVIATED).join('|')})${END}`, 'gi'));
/** English: a day then the month (`3 Sept 2025`), or the month then a day (`Jan. 3`, `Sept 3, 2025`). */
const EN_AFTER_DAY = lazy(() => new RegExp(String.raw`(?<![\d.,/])(\d{1,2}\s+)(${Object.keys(EN_ABBREVIATED).join('|')})${END}`, 'g'));
const EN_BEFORE_DAY = lazy(() => new RegExp(String.raw`(?<![A-Za-z])(${Object.keys(EN_ABBREVIATED).join('|')})(\.?)(\s+)(?=(\d{1,2})(?:st|nd|rd|th)?(,?\s+\d{4})?(?![\d/:.,]\d|[\d]))`, 'g'));
/** A cheap look first: a digit and a letter of an abbreviation's start beside a space. */
const MAY_HOLD = /\d(?:er)?\s+[a-zA-ZÉé]|[a-zA-Z.]\s+\d/;

/** The stop after an abbreviation kept only where the sentence may end there: at the end or before a capital. */
function stop(dot: string, text: string, end: number): string {
  if (!dot) return '';
  const rest = text.slice(end);
  return /^\s*$/.test(rest) || /^\s+[A-ZÀ-Ý]/.test(rest) ? dot : '';
}

/** The line with its abbreviated months beside a day written in full (French `fr`, English `en`; other languages as they are). */
export function fullMonths(text: string, code: string): string {
  if (!MAY_HOLD.test(text)) return text;
  if (code === 'fr') {
    return text.replace(FR_AFTER_DAY(), (all, day: string, month: string, dot: string, at: number) => {
      // `sept` without its stop is also seven (`7 sept jours`): a month only before a year, punctuation or the end
      if (!dot && month.toLowerCase() === 'sept' && /^\s+\D/.test(text.slice(at + all.length))) return all;
      return `${day}${FR_ABBREVIATED[month.toLowerCase()]!}${stop(dot, text, at + all.length)}`;
    });
  }
  if (code !== 'en') return text;
  const after = text.replace(EN_AFTER_DAY(), (all, day: string, month: string, dot: string, at: number) => `${day}${EN_ABBREVIATED[month]!}${stop(dot, text, at + all.length)}`);
  // `Jan 3` alone may be a name and a number: a month only with its stop or a year after the day
  return after.replace(EN_BEFORE_DAY(), (all, month: string, dot: string, space: string, _day: string, year: string | undefined) =>
    month === 'Jan' && !dot && !year ? all : `${EN_ABBREVIATED[month]!}${space}`,
  );
}
