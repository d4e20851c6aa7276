import type { Hex, Paragraph } from '../../model.js';
import type { PageText } from './assemble.js';

/**
 * The document's page colour, where every page that shows text stands on one and the same colour
 * (PageText.pageColour: an opaque rectangle over the whole page under its text, as LibreOffice and
 * Word export a page colour): what a DOCX sets as `w:background`. Undefined where a page with text
 * shows none, or pages differ (a cover page in another colour): each page's fill is then read as the
 * background it is drawn as, as before.
 */
export function documentPageColour(pages: readonly PageText[]): Hex | undefined {
  let colour: Hex | undefined;
  for (const page of pages) {
    if (!page.frames.some((f) => f.lines.length > 0 || f.tables.length > 0)) continue;
    if (page.pageColour === undefined || (colour !== undefined && page.pageColour !== colour)) return undefined;
    colour = page.pageColour;
  }
  return colour;
}

/**
 * Text standing on the page's own colour stands on no background of its own, as in the DOCX (its
 * runs there have none, and `ScriptFacts.pageColour` says what the page is): a voice is not named
 * after the page ("pale yellow highlight"), and text in the page's colour is told unseen by the
 * same rule as a DOCX's. Only the fills' kind (`shading`) is taken off: a highlight annotation in
 * that colour is one still.
 */
export function offThePage(paragraphs: readonly Paragraph[], colour: Hex): void {
  for (const p of paragraphs) {
    for (const r of p.runs) {
      if (r.background === colour && r.backgroundKind === 'shading') {
        r.background = null;
        delete r.backgroundKind;
      }
    }
  }
}
