/**
 * Banded rows: a table whose body rows are filled in turn — a table style's banding (Word's "Grid
 * Table 4 – Accent 1", "Medium Shading 1"), LibreOffice's alternating rows, TeX's `\rowcolors` —
 * paints every other row whatever is said in it. Such a fill is the table's decoration, not a coding
 * of the lines, and neither a legend's "in blue" nor a voice per colour may take it for one.
 *
 * It is known by its pattern and by what it crosses: the table's body rows (its first row aside when
 * that row alone has its fill: a header) alternate between two fills, over four rows at least, and
 * at least two of the colours the rows' text is written in (each row's colour of most words) are
 * found on rows of both fills — the lines are told apart by their text colour and the fill cuts
 * across them. A fill that alone tells the rows apart (black text throughout: a dialogue whose
 * speakers alternate, one of them highlighted) stays a colour of the coding, and so does a fill used
 * anywhere outside such bands. The same rule reads a DOCX and its PDF, which keeps no table style.
 */
import type { Hex, Paragraph, Script } from '../model.js';
import { countWords } from '../text/words.js';

/** A body row's fill (null: none) and the text colour most of its words are written in. */
interface Row {
  fill: Hex | null;
  colour: Hex;
}

const MIXED = Symbol('mixed');

const bands = new WeakMap<Script, ReadonlySet<Hex>>();

/** The backgrounds of the script that are only ever banded table rows. */
export function bandedFills(script: Script): ReadonlySet<Hex> {
  let found = bands.get(script);
  if (!found) bands.set(script, (found = findBandedFills(script.paragraphs)));
  return found;
}

function findBandedFills(paragraphs: readonly Paragraph[]): Set<Hex> {
  // Per table, its rows in reading order: a row is a table row, or — where a PDF's table keeps no
  // rows apart (fills and no rules) — each run of its paragraphs on one fill.
  const tables = new Map<string, { row: number; column: number; fill: Hex | null | typeof MIXED; colours: Map<Hex, number> }[]>();
  const wordsOnFill = new Map<Hex, number>();
  for (const paragraph of paragraphs) {
    const cell = paragraph.location.cell;
    let fill: Hex | null | typeof MIXED | undefined;
    const colours = new Map<Hex, number>();
    for (const run of paragraph.runs) {
      const words = countWords(run.text);
      if (words === 0) continue;
      if (run.background) wordsOnFill.set(run.background, (wordsOnFill.get(run.background) ?? 0) + words);
      fill = fill === undefined || fill === run.background ? run.background : MIXED;
      colours.set(run.color, (colours.get(run.color) ?? 0) + words);
    }
    if (!cell || fill === undefined) continue;
    const key = `${paragraph.location.story}/${cell.table}`;
    let rows = tables.get(key);
    if (!rows) tables.set(key, (rows = []));
    const last = rows[rows.length - 1];
    // Paragraphs of one row on another fill: a new row where they stack in one cell, else a row of mixed fills.
    if (last && last.row === cell.row && (last.fill === fill || last.column !== cell.column)) {
      if (last.fill !== fill) last.fill = MIXED;
      last.column = cell.column;
      for (const [hex, words] of colours) last.colours.set(hex, (last.colours.get(hex) ?? 0) + words);
    } else rows.push({ row: cell.row, column: cell.column, fill, colours });
  }
  const wordsInBands = new Map<Hex, number>();
  for (const ordered of tables.values()) {
    if (ordered.some((row) => row.fill === MIXED)) continue;
    let body = ordered as { fill: Hex | null; colours: Map<Hex, number> }[];
    // A header row: the first row, in a fill no other row has.
    if (body.length > 4 && body.slice(1).every((row) => row.fill !== body[0]!.fill)) body = body.slice(1);
    const banded = bandsOf(body.map((row) => ({ fill: row.fill, colour: mostWords(row.colours) })));
    if (!banded) continue;
    for (const row of body) {
      if (row.fill === null) continue;
      let words = 0;
      for (const count of row.colours.values()) words += count;
      wordsInBands.set(row.fill, (wordsInBands.get(row.fill) ?? 0) + words);
    }
  }
  const found = new Set<Hex>();
  for (const [fill, words] of wordsInBands) if (words === wordsOnFill.get(fill)) found.add(fill);
  return found;
}

/** Whether body rows alternate between two fills that at least two text colours cross. */
function bandsOf(rows: readonly Row[]): boolean {
  if (rows.length < 4) return false;
  const [first, second] = [rows[0]!.fill, rows[1]!.fill];
  if (first === second) return false;
  for (let i = 2; i < rows.length; i++) if (rows[i]!.fill !== (i % 2 === 0 ? first : second)) return false;
  const onFill = new Map<Hex, Set<Hex | null>>();
  for (const row of rows) {
    let fills = onFill.get(row.colour);
    if (!fills) onFill.set(row.colour, (fills = new Set()));
    fills.add(row.fill);
  }
  let crossing = 0;
  for (const fills of onFill.values()) if (fills.size === 2) crossing++;
  return crossing >= 2;
}

function mostWords(colours: ReadonlyMap<Hex, number>): Hex {
  let best: Hex | null = null;
  for (const [hex, words] of colours) if (best === null || words > colours.get(best)!) best = hex;
  return best!;
}
