/** Every text and background colour of a script with its words and lines: how a user discovers the coding. */
import { avColumns, type AvColumns } from '../attribute/av-columns.js';
import { linesByColour } from '../attribute/cast.js';
import { bandedFills } from '../attribute/table-bands.js';
import { decorationFills, fillsUnderColours } from '../attribute/fills-under-colours.js';
import type { Hex, Paragraph, Script } from '../model.js';
import { plainName } from '../colour/names.js';
import { headingKeys, locationKey } from '../text/headings.js';

export interface ColourUse {
  hex: Hex;
  name: string;
  words: number;
  lineCount: number;
  /** The first words of the first line in this colour. */
  sample: string;
  /** Every line in this colour is a heading (a heading style, or larger type in a PDF): no voice's, most likely. */
  headings?: true;
  /** A background that is only ever a table's banded rows (attribute/table-bands.ts): decoration, no voice's. */
  banded?: true;
  /**
   * A background under the lines of several text colours that tells none of them apart (a page's
   * colour, a table shaded throughout: attribute/fills-under-colours.ts): its lines go by their text
   * colour, no voice's.
   */
  crossed?: true;
  /**
   * Of a text colour's words, those standing on a background that is a colour of the coding (a
   * highlight, not banded rows nor a page's colour): a voice per colour, or a config naming both,
   * gives them to the background's voice.
   */
  onBackground?: number;
  /**
   * Words and lines in this colour that no voice reads whatever its colour: an AV script's picture and
   * number columns and its header rows in their ordinary look (attribute/av-columns.ts). Counted in
   * `words` and `lineCount` (they are on the page), said apart; and of those words, by why they are
   * left out (each absent when none): `headerRow`, a header row's; `picture`, the picture and number
   * columns'; `rowLook`, cells of a column read as it is (`NOTES`) in the look of their row's audio
   * words, a row coded whole by its look (notes beside the line).
   */
  leftOut?: { words: number; lines: number; headerRow?: number; picture?: number; rowLook?: number };
}

export interface ColourReport {
  file: string;
  format: Script['format'];
  text: ColourUse[];
  background: ColourUse[];
  totalWords: number;
  warnings: Script['warnings'];
}

const SAMPLE_WORDS = 8;

function uses(script: Script, dimension: 'text' | 'background', headings: ReadonlySet<string>, av: AvColumns, silent: ReadonlyMap<string, Paragraph>, except?: ReadonlySet<string>): ColourUse[] {
  const byHex = new Map<Hex, ColourUse>();
  const inBody = new Set<Hex>();
  const decoration = decorationFills(script);
  // A line of a paragraph the AV rule leaves out, in a look it leaves to nobody (not a run standing out).
  const leftOut = (key: string, hex: Hex) => {
    const paragraph = silent.get(key);
    return paragraph !== undefined && paragraph.runs.some((run) => (dimension === 'text' ? run.color : run.background) === hex && av.nobodys(paragraph, run));
  };
  for (const line of linesByColour(script, dimension, except)) {
    if (line.voice === null) continue;
    let use = byHex.get(line.voice);
    if (!use) {
      const tokens = line.text.split(' ');
      const sample = tokens.slice(0, SAMPLE_WORDS).join(' ') + (tokens.length > SAMPLE_WORDS ? ' …' : '');
      use = { hex: line.voice, name: plainName(line.voice), words: 0, lineCount: 0, sample };
      byHex.set(line.voice, use);
    }
    use.words += line.words;
    use.lineCount++;
    if (dimension === 'text') {
      // (The looks of a line of one text colour differ by their background only.)
      let on = 0;
      for (const look of line.looks) if (look.background !== null && !decoration.has(look.background)) on += look.words;
      if (on > 0) use.onBackground = (use.onBackground ?? 0) + on;
    }
    const key = locationKey(line.location);
    if (silent.size > 0 && leftOut(key, line.voice)) {
      use.leftOut ??= { words: 0, lines: 0 };
      use.leftOut.words += line.words;
      use.leftOut.lines++;
      const paragraph = silent.get(key)!;
      const why = av.headers.has(paragraph) ? 'headerRow' : av.rowLook.has(paragraph) ? 'rowLook' : 'picture';
      use.leftOut[why] = (use.leftOut[why] ?? 0) + line.words;
    }
    if (!headings.has(key)) inBody.add(line.voice);
  }
  for (const use of byHex.values()) if (!inBody.has(use.hex)) use.headings = true;
  if (dimension === 'background') {
    const { crossed } = fillsUnderColours(script);
    for (const use of byHex.values()) {
      if (bandedFills(script).has(use.hex)) use.banded = true;
      else if (crossed.has(use.hex)) use.crossed = true;
    }
  }
  return [...byHex.values()].sort((a, b) => b.words - a.words || a.hex.localeCompare(b.hex));
}

/**
 * `except`: paragraphs that are no lines, by locationKey: a legend's (attribute/legend.ts legendKeys), used
 * or not: its swatches are no text of the script, and a colour only the legend shows is no colour found.
 */
export function buildColourReport(script: Script, except?: ReadonlySet<string>): ColourReport {
  const headings = headingKeys(script.paragraphs);
  const av = avColumns(script.paragraphs);
  const silent = new Map([...av.silent].map((p) => [locationKey(p.location), p]));
  const text = uses(script, 'text', headings, av, silent, except);
  return {
    file: script.file,
    format: script.format,
    text,
    background: uses(script, 'background', headings, av, silent, except),
    totalWords: text.reduce((sum, u) => sum + u.words, 0),
    warnings: script.warnings,
  };
}
