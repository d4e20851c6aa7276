/**
 * Banded rows: a table whose body rows are filled in turn — a table style's banding (Word's "Grid
 * Table 4 – Accent 1", "Medium Shading 1"), LibreOffice's alternating rows, TeX's `\rowcolors` —
 * paints every other row whatever is said in it. Such a fill is the table's decoration, not a coding
 * of the lines, and neither a legend's "in blue" nor a voice per colour may take it for one.
 *
 * It is known by its pattern and by what it crosses: the table's body rows (its first row aside when
 * that row alone has its fill: a header) alternate between two fills, over four rows at least, and
 * the rows' speakers cross them — at least two of the colours the rows' text is written in (each
 * row's colour of most words), or two of the names in the rows' first cells ("NARRATOR | line"), are
 * found on rows of both fills: the lines are told apart by their colour or their speaker's name and
 * the fill cuts across them. A fill that alone tells the rows apart (black text throughout: a
 * dialogue whose speakers alternate, one of them highlighted) stays a colour of the coding, and so
 * does a fill used anywhere outside such bands. The same rule reads a DOCX and its PDF, which keeps
 * no table style. A DOCX says more: a fill its reader found to be the table style's banding
 * (`table-band`) everywhere it is used is a band whatever the rows say (black text with no names too).
 */
import type { Hex, Paragraph, Script } from '../model.js';
import { countWords } from '../text/words.js';

/** A body row's fill (null: none), the text colour most of its words are written in, and the name in its first cell. */
interface Row {
  fill: Hex | null;
  colour: Hex;
  name: string | null;
}

/** Words a first cell holds at most to be a speaker's name. */
const NAME_WORDS = 4;

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
  type Unit = { row: number; column: number; columns: number; fill: Hex | null | typeof MIXED; colours: Map<Hex, number>; first: string };
  const tables = new Map<string, Unit[]>();
  const wordsOnFill = new Map<Hex, number>();
  const wordsOnStyleBands = new Map<Hex, number>();
  for (const paragraph of paragraphs) {
    const cell = paragraph.location.cell;
    if (!cell) {
      // Outside a table only the words on a background count (most runs have none: their words are not counted).
      for (const run of paragraph.runs) {
        if (!run.background) continue;
        const words = countWords(run.text);
        if (words === 0) continue;
        wordsOnFill.set(run.background, (wordsOnFill.get(run.background) ?? 0) + words);
        if (run.backgroundKind === 'table-band') wordsOnStyleBands.set(run.background, (wordsOnStyleBands.get(run.background) ?? 0) + words);
      }
      continue;
    }
    let fill: Hex | null | typeof MIXED | undefined;
    const colours = new Map<Hex, number>();
    for (const run of paragraph.runs) {
      const words = countWords(run.text);
      if (words === 0) continue;
      if (run.background) wordsOnFill.set(run.background, (wordsOnFill.get(run.background) ?? 0) + words);
      if (run.background && run.backgroundKind === 'table-band') wordsOnStyleBands.set(run.background, (wordsOnStyleBands.get(run.background) ?? 0) + words);
      fill = fill === undefined || fill === run.background ? run.background : MIXED;
      colours.set(run.color, (colours.get(run.color) ?? 0) + words);
    }
    if (fill === undefined) continue;
    const key = `${paragraph.location.story}/${cell.table}`;
    let rows = tables.get(key);
    if (!rows) tables.set(key, (rows = []));
    const last = rows[rows.length - 1];
    // Paragraphs of one row on another fill: a new row where they stack in one cell, else a row of mixed fills.
    if (last && last.row === cell.row && (last.fill === fill || last.column !== cell.column)) {
      if (last.fill !== fill) last.fill = MIXED;
      if (last.column !== cell.column) last.columns++;
      last.column = cell.column;
      for (const [hex, words] of colours) last.colours.set(hex, (last.colours.get(hex) ?? 0) + words);
    } else rows.push({ row: cell.row, column: cell.column, columns: 1, fill, colours, first: paragraph.runs.map((run) => run.text).join('') });
  }
  const wordsInBands = new Map<Hex, number>();
  for (const ordered of tables.values()) {
    if (ordered.some((row) => row.fill === MIXED)) continue;
    let body = ordered as (Unit & { fill: Hex | null })[];
    // A header row: the first row, in a fill no other row has.
    if (body.length > 4 && body.slice(1).every((row) => row.fill !== body[0]!.fill)) body = body.slice(1);
    const banded = bandsOf(body.map((row) => ({ fill: row.fill, colour: mostWords(row.colours), name: nameOf(row) })));
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
  for (const [fill, words] of wordsOnStyleBands) if (words === wordsOnFill.get(fill)) found.add(fill);
  return found;
}

/** Whether body rows alternate between two fills that at least two speakers cross (by text colour, or by name). */
function bandsOf(rows: readonly Row[]): boolean {
  if (rows.length < 4) return false;
  const [first, second] = [rows[0]!.fill, rows[1]!.fill];
  if (first === second) return false;
  for (let i = 2; i < rows.length; i++) if (rows[i]!.fill !== (i % 2 === 0 ? first : second)) return false;
  const crossing = (identity: (row: Row) => string | null) => {
    const onFill = new Map<string, Set<Hex | null>>();
    for (const row of rows) {
      const key = identity(row);
      if (key === null) continue;
      let fills = onFill.get(key);
      if (!fills) onFill.set(key, (fills = new Set()));
      fills.add(row.fill);
    }
    let count = 0;
    for (const fills of onFill.values()) if (fills.size === 2) count++;
    return count >= 2;
  };
  return crossing((row) => row.colour) || crossing((row) => row.name);
}

/**
 * The name a row opens with: its first cell's text where the row has several cells, or what comes
 * before a tab where a PDF sets the cells as one line ("NARRATOR⇥Welcome…"); a few words, no more.
 */
function nameOf(row: { columns: number; first: string }): string | null {
  const tab = row.first.indexOf('\t');
  const cell = tab >= 0 ? row.first.slice(0, tab) : row.columns > 1 ? row.first : '';
  const name = trimColons(cell).trim().toLocaleUpperCase();
  const words = countWords(name);
  return words > 0 && words <= NAME_WORDS ? name : null;
}

/** The text with the spaces and colons at its end left out (a loop: /[\s:]+$/ is quadratic on a long run of spaces before other text). */
function trimColons(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ':' || /\s/u.test(text[end - 1]!))) end--;
  return text.slice(0, end);
}

function mostWords(colours: ReadonlyMap<Hex, number>): Hex {
  let best: Hex | null = null;
  for (const [hex, words] of colours) if (best === null || words > colours.get(best)!) best = hex;
  return best!;
}
