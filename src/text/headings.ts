/**
 * What a paragraph style's name says about it, in the languages scripts come in: a heading level
 * ("Heading 2", "Titre 1", "Überschrift 3"), the title (0), or nothing. Shared by sections
 * (measure/sections.ts) and by the legend's colour matching (attribute/legend-palette.ts).
 */
const HEADING_STYLE = /^(?:heading|titre|título|titulo|titolo|überschrift|kop|nagłówek|rubrik)\s*(\d)$/iu;
const TITLE_STYLE = /^(?:title|titre|titel|título|titolo)$/iu;

export function styleHeadingLevel(style: string): number | null {
  const named = HEADING_STYLE.exec(style);
  return named ? Number(named[1]) : TITLE_STYLE.test(style) ? 0 : null;
}
