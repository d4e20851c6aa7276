/**
 * What a paragraph style's name says about it, in the languages scripts come in: a heading level
 * ("Heading 2", "Titre 1", "Überschrift 3"), the title (0), or nothing. Shared by sections
 * (measure/sections.ts), the legend's colour matching (attribute/legend-palette.ts) and what `init`
 * and the hints propose (a colour only headings use is no voice).
 */
import type { Location, Paragraph } from '../model.js';
import { countWords } from './words.js';

const HEADING_STYLE = /^(?:heading|titre|título|titulo|titolo|überschrift|kop|nagłówek|rubrik)\s*(\d)$/iu;
const TITLE_STYLE = /^(?:title|titre|titel|título|titolo)$/iu;

export function styleHeadingLevel(style: string): number | null {
  const named = HEADING_STYLE.exec(style);
  return named ? Number(named[1]) : TITLE_STYLE.test(style) ? 0 : null;
}

/** Type this much larger than the body's sets a PDF paragraph apart as a heading (as measure/sections does). */
const LARGER = 1.15;

/**
 * The paragraphs that are headings by their form, not their words: a heading style or an outline
 * level (DOCX), or type 1.15 times the size that carries most words (PDF).
 */
export function headingParagraphs(paragraphs: readonly Paragraph[]): Set<Paragraph> {
  const words = new Map<number, number>();
  for (const p of paragraphs) {
    if (p.fontSize === undefined) continue;
    let count = 0;
    for (const run of p.runs) count += countWords(run.text);
    words.set(p.fontSize, (words.get(p.fontSize) ?? 0) + count);
  }
  let body: number | null = null;
  for (const [size, count] of words) if (body === null || count > words.get(body)!) body = size;
  const headings = new Set<Paragraph>();
  for (const p of paragraphs) {
    if (p.outlineLevel !== undefined || (p.style !== undefined && styleHeadingLevel(p.style) !== null) || (body !== null && p.fontSize !== undefined && p.fontSize >= body * LARGER)) headings.add(p);
  }
  return headings;
}

/** `story:paragraph`: how a line's location finds its paragraph (numbers are per story). */
export const locationKey = (location: Location) => `${location.story}:${location.paragraph}`;
