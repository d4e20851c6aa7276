/**
 * What a paragraph style's name says about it, in the languages scripts come in: a heading level
 * ("Heading 2", "Titre 1", "Überschrift 3"), the title (0), or nothing. Shared by sections
 * (measure/sections.ts), the legend's colour matching (attribute/legend-palette.ts) and what `init`
 * and the hints propose (a colour only headings use is no voice).
 */
import type { Location, Paragraph, Run } from '../model.js';
import { countWords } from './words.js';

const HEADING_STYLE = /^(?:heading|titre|título|titulo|titolo|überschrift|kop|nagłówek|rubrik)\s*(\d)$/iu;
const TITLE_STYLE = /^(?:title|titre|titel|título|titolo)$/iu;

export function styleHeadingLevel(style: string): number | null {
  const named = HEADING_STYLE.exec(style);
  return named ? Number(named[1]) : TITLE_STYLE.test(style) ? 0 : null;
}

/** Type this much larger than the body's sets a PDF paragraph apart as a heading (as measure/sections does). */
const LARGER = 1.15;

/** headingParagraphs and headingKeys by the paragraphs they were worked out from (a script's, read once and never changed). */
const headingsOf = new WeakMap<readonly Paragraph[], { paragraphs: ReadonlySet<Paragraph>; keys?: ReadonlySet<string> }>();

function headingsEntry(paragraphs: readonly Paragraph[]): { paragraphs: ReadonlySet<Paragraph>; keys?: ReadonlySet<string> } {
  let entry = headingsOf.get(paragraphs);
  if (!entry) {
    const headings = headingsByForm(paragraphs, (text) => countWords(text));
    for (const p of headerRows(paragraphs)) headings.add(p);
    headingsOf.set(paragraphs, (entry = { paragraphs: headings }));
  }
  return entry;
}

/**
 * The paragraphs that are headings by their form, not their words: a heading style or an outline
 * level (DOCX), or type 1.15 times the size that carries most words (PDF). Worked out once for an
 * array of paragraphs (a script's is asked for by the speaker labels, the legend, the checks, `init`):
 * the array and its paragraphs must not change after.
 */
export function headingParagraphs(paragraphs: readonly Paragraph[]): ReadonlySet<Paragraph> {
  return headingsEntry(paragraphs).paragraphs;
}

/** The locationKey of each of headingParagraphs: how a line (by its location) is told to be a heading's. */
export function headingKeys(paragraphs: readonly Paragraph[]): ReadonlySet<string> {
  const entry = headingsEntry(paragraphs);
  if (!entry.keys) {
    const keys = new Set<string>();
    for (const p of entry.paragraphs) keys.add(locationKey(p.location));
    entry.keys = keys;
  }
  return entry.keys;
}

/**
 * The paragraphs that are headings by their form alone: an outline level or a heading style (DOCX),
 * type LARGER than the body's (PDF), the body's size being the one that carries most text as `weigh`
 * measures it (words, or characters where counting words costs too much: attribute/emphasis.ts).
 */
export function headingsByForm(paragraphs: readonly Paragraph[], weigh: (text: string) => number): Set<Paragraph> {
  const weights = new Map<number, number>();
  for (const p of paragraphs) {
    if (p.fontSize === undefined) continue;
    let weight = 0;
    for (const run of p.runs) weight += weigh(run.text);
    weights.set(p.fontSize, (weights.get(p.fontSize) ?? 0) + weight);
  }
  let body: number | null = null;
  for (const [size, weight] of weights) if (body === null || weight > weights.get(body)!) body = size;
  const headings = new Set<Paragraph>();
  for (const p of paragraphs) {
    if (p.outlineLevel !== undefined || (p.style !== undefined && styleHeadingLevel(p.style) !== null) || (body !== null && p.fontSize !== undefined && p.fontSize >= body * LARGER)) headings.add(p);
  }
  return headings;
}

/** Words in each cell of a header row at most ("Speaker", "Time code", "Texte à enregistrer"). */
const HEADER_WORDS = 4;

/**
 * A table's header row ("Speaker | Line", "TC | PERSONNAGE | TEXTE"), set apart as a table style
 * sets it: the first row, every word of it on one fill that no other row of the table has, each
 * cell a few words, over two paragraphs of the table or more.
 */
function headerRows(paragraphs: readonly Paragraph[]): Paragraph[] {
  const tables = new Map<string, { first: Paragraph[]; firstRow: number; fills: Map<number, Set<string | null>>; words: Map<Paragraph, number> }>();
  for (const p of paragraphs) {
    const cell = p.location.cell;
    if (!cell) continue;
    const key = `${p.location.story}/${cell.table}`;
    let table = tables.get(key);
    if (!table) tables.set(key, (table = { first: [], firstRow: cell.row, fills: new Map(), words: new Map() }));
    if (cell.row < table.firstRow) table.firstRow = cell.row;
    let fills = table.fills.get(cell.row);
    if (!fills) table.fills.set(cell.row, (fills = new Set()));
    let words = 0;
    for (const run of p.runs) {
      const count = countWords(run.text);
      if (count === 0) continue;
      words += count;
      fills.add(run.background);
    }
    table.words.set(p, words);
  }
  const found: Paragraph[] = [];
  for (const p of paragraphs) {
    const cell = p.location.cell;
    if (!cell) continue;
    const table = tables.get(`${p.location.story}/${cell.table}`)!;
    if (cell.row === table.firstRow) table.first.push(p);
  }
  for (const table of tables.values()) {
    if (table.words.size - table.first.length < 2) continue;
    const own = table.fills.get(table.firstRow)!;
    const fill = own.size === 1 ? [...own][0] : null;
    if (!fill) continue;
    if ([...table.fills].some(([row, fills]) => row !== table.firstRow && fills.has(fill))) continue;
    if (table.first.some((p) => table.words.get(p)! > HEADER_WORDS)) continue;
    found.push(...table.first);
  }
  return found;
}

/** `story:paragraph`: how a line's location finds its paragraph (numbers are per story). */
export const locationKey = (location: Location) => `${location.story}:${location.paragraph}`;

/**
 * The text of runs as a reader sees it: runs shown in All caps (Run.caps) in capitals. For rules
 * that go by how a line looks (a name alone on its line); words and spoken forms go by the text as
 * typed.
 */
export function shownText(runs: readonly Run[]): string {
  let text = '';
  for (const run of runs) text += run.caps ? run.text.toUpperCase() : run.text;
  return text;
}
