/**
 * Figures the spoken reader gave up on and kept as written (`14,975 %` in fr-CA, `1,250 Euro` in German, `5'10"`): their
 * digits are left in the line's spoken form, so its spoken count holds one word where a narrator says several. Said with
 * `figures-said-as-written`, the figures listed. Only a figure alone counts (digits with their separators, a currency sign
 * before, a percent sign or punctuation after): a code, a reference or markup holding letters (`8.405-6(a)`, `w:left="360"`,
 * `90's`) is another matter, a timecode or a ratio with a colon (`01:02:03:04`, `1:1`) is no figure said, and a language vo-lines has no spoken forms for says so already (`no-spoken-forms`).
 */
import type { Warning } from '../model.js';

/** A figure alone, as a token of a spoken form: ASCII and punctuation only, no letter. */
const FIGURE = /^[(["“‘«$€£¥]*\d[\d.,'’"″′/\-–\u00a0\u202f]*[%‰)\]»”"'’.,;!?]*$/;
const DIGIT = /\d/;
const LISTED = 10;

export interface UnsaidFigure {
  text: string;
  paragraph: number;
  page?: number;
  /** In no voice's line (unassigned text): a section's heading among them is not said (report.ts). */
  unvoiced?: boolean;
}

/** The figures in `spoken` (a line's spoken form) left as written. */
export function unsaidIn(spoken: string): string[] {
  if (!DIGIT.test(spoken)) return [];
  const found: string[] = [];
  for (const token of spoken.split(/\s+/)) if (DIGIT.test(token) && FIGURE.test(token)) found.push(token.replace(/[.,;:!?]+$/, ''));
  return found;
}

/** The warning for the figures kept as written, or null when there are none. */
export function unsaidFiguresWarning(figures: UnsaidFigure[]): Warning | null {
  if (!figures.length) return null;
  const shown = figures.slice(0, LISTED).map((f) => `"${f.text}" (¶${f.paragraph})`).join(', ');
  const more = figures.length > LISTED ? ` and ${figures.length - LISTED} more` : '';
  return {
    code: 'figures-said-as-written',
    message: `${figures.length} figure${figures.length === 1 ? '' : 's'} could not be put into words and ${figures.length === 1 ? 'is' : 'are'} counted as written: the spoken count may be short: ${shown}${more}.`,
    details: { figures: figures.slice(0, LISTED).map((f) => ({ text: f.text, paragraph: f.paragraph, ...(f.page !== undefined ? { page: f.page } : {}) })), total: figures.length },
  };
}
