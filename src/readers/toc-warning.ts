/** A table of contents left out of the lines, said the same way by the DOCX and the PDF reader. */
import type { Warning } from '../model.js';

/** The warning for the entries left out (null: none), quoting the first three. */
export function tocWarning(entries: readonly string[]): Warning | null {
  if (!entries.length) return null;
  const shown = entries.slice(0, 3).map((e) => `"${e.length > 60 ? `${e.slice(0, 57)}...` : e}"`);
  const more = entries.length > 3 ? ', …' : '';
  return {
    code: 'toc-left-out',
    message: `Table-of-contents text (${entries.length} ${entries.length === 1 ? 'line' : 'lines'}: ${shown.join(', ')}${more}) is not read as script lines: the headings it lists are read where they stand.`,
    details: { lines: entries.length, first: entries.slice(0, 3) },
  };
}
