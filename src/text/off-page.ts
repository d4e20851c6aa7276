/**
 * The sentence of the `text-off-page` warning, written in one place from its details: the PDF reader
 * (readers/pdf/off-page.ts) writes it knowing no voice ("…so vo-lines could not read it: the word
 * counts of those lines and their voices may be short."), and the casting (attribute/cut-voices.ts)
 * writes it again naming the voices whose lines are cut, from the same details. A change to the
 * sentence is made here, for both.
 */
import { count, pagesText } from './format.js';

/** What the sentence says, as the warning's details give it (`pages`, `lines`, `text`, `edge`). */
export interface OffPageFacts {
  /** The pages with lines cut. */
  pages: readonly number[];
  /** How many lines are cut. */
  lines: number;
  /** The first line cut, as quoted (empty: none quoted). */
  text: string;
  /** The page's edge, or a clip's only (the box the text is drawn in). */
  edge: 'page' | 'clip';
}

/** The facts of a `text-off-page` warning's details, or null when they are not all there. */
export function offPageFacts(details: Readonly<Record<string, unknown>> | undefined): OffPageFacts | null {
  if (!details) return null;
  const { pages, lines, text, edge } = details;
  if (!Array.isArray(pages) || !pages.every((p) => typeof p === 'number') || typeof lines !== 'number' || typeof text !== 'string') return null;
  if (edge !== 'page' && edge !== 'clip') return null;
  return { pages: pages as number[], lines, text, edge };
}

/**
 * The warning's sentence. `voices`: what the casting says of the voices losing words (`Expert's lines
 * are cut … : Expert's word count may be short`, its first letter made a capital here), in place of the
 * reader's words on "those lines and their voices".
 */
export function offPageMessage(facts: OffPageFacts, voices?: string): string {
  const { lines, text } = facts;
  const where = facts.edge === 'page' ? 'the page' : 'the box it is drawn in';
  const short = voices
    ? `. ${voices.charAt(0).toUpperCase()}${voices.slice(1)}.`
    : `: the word counts of ${lines === 1 ? 'that line and its voice' : 'those lines and their voices'} may be short.`;
  return `Text runs off ${where} on ${pagesText(facts.pages)}: ${count(lines)} line${lines === 1 ? ' is' : 's are'} cut at the edge${text ? ` (the first: "${text}")` : ''}, and what lies past it is not shown, so vo-lines could not read it${short} Re-export the PDF so that the text fits the page (a narrower table, a smaller type, a landscape page), or count from the Word file.`;
}
