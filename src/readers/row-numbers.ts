/**
 * Rows as a table's own number column numbers them. A storyboard, a shot list or a dubbing table often
 * opens each row with its number (`# | Screen | Narration`, `N° | Écran | Voix off`, `Shot | Picture |
 * VO`, values `1`, `2`, `1.1`, `S01`): a narrator looks for "screen 5", not for the sixth row (the header
 * row is the first). The paragraphs of such a table's rows are given that number beside their row
 * (`TableCell.numbered`), so that every output can say `row 6 · #5`.
 *
 * A column is taken only when its header (in the first row, or the second under a title in one cell)
 * is a numbering word (`#`, `No.`, `N°`, `Number`, `Scene`, `Shot`, `Screen`, `Écran`, `Slide`,
 * `Plan`…, alone or with a number's mark: `Shot #`, `N° plan`) and every cell under it that holds
 * text is one number (`5`, `05`, `1.1`, `2-3`, `12a`, `S01`, `Sc. 3`), or the header repeated (a
 * PDF's table broken over pages): one description in it (`Title card`) and it is a picture column, no
 * number is given. A cell merged across the number column (a section label over `#` and `Screen`) gives
 * its row no number; one merged down over rows (`w:vMerge`) gives each row it covers its number. A cell
 * merged down over rows numbered apart is given them as a range (`1–2`).
 *
 * Format-neutral: it reads the readers' `Paragraph.location.cell` only, DOCX and PDF alike, after a
 * reader made them (a PDF's table joined over a page break is one table by then).
 */
import type { Paragraph, TableCell } from '../model.js';
import { rowNumber } from '../text/format.js';
import { isJsSpaceCode, isLowerCode, isUpperCode } from '../text/code-classes.js';
import { isLetterAt, normaliseSpace } from '../text/words.js';

/** Header words of a number column (capitals, accents off: headerKey). */
const HEADS = new Set([
  'NUMBER', 'NUM', 'NUMERO', 'NUMMER', 'NR', 'NR.', 'SCENE', 'SCENES', 'SEQUENCE', 'SEQ', 'SEQ.', 'SHOT', 'SHOTS', 'PLAN', 'PLANS', 'SCREEN', 'SCREENS', 'ECRAN',
  'ECRANS', 'SLIDE', 'SLIDES', 'DIAPO', 'DIAPOSITIVE', 'FRAME', 'PANEL', 'STEP', 'ETAPE', 'LOOP', 'BOUCLE', 'CUE', 'LINE', 'LIGNE', 'SPOT', 'CLIP', 'PAGE',
  'ID', 'REF', 'REF.', 'ITEM',
]);
/** Marks of a number, alone a header too (`#`, `N°`) or beside a head word (`Shot #`, `N° plan`, `Scene no.`). */
const MARKS = new Set(['#', 'NO', 'NO.', 'N°', 'Nº', 'N.', 'NUMBER', 'NUMERO', 'NR', 'NR.', 'NUM', 'NUM.']);
/** French links between a mark and its head (`N° de plan`, `N° d'écran`). */
const LINKS = new Set(['DE', 'DU', "D'"]);

const ACCENTS = /[\u0300-\u036f]/gu;
const APOSTROPHES = /[’‘`´]/gu;
const CLOSING_COLON = /\s*[:：]$/u;
const MARK_APART = /#/gu;
const ELIDED = /\bD'/gu;

/** A header as compared: capitals, no accents, one apostrophe, a closing colon off. */
function headerKey(text: string): string {
  return text.normalize('NFD').replace(ACCENTS, '').replace(APOSTROPHES, "'").toUpperCase().replace(CLOSING_COLON, '').trim();
}

/** Whether a header names a number column: a head word or a mark, or a mark beside a head word. */
export function numberingHeader(text: string): boolean {
  const key = headerKey(text);
  if (key === '' || key.length > 24) return false;
  if (HEADS.has(key) || MARKS.has(key)) return true;
  // `SHOT #`, `SHOT#`, `N° PLAN`, `N° D'ECRAN`, `SCENE NO.`: the marks and links off, one head word left.
  const words = key.replace(MARK_APART, ' # ').replace(ELIDED, "D' ").split(' ').filter((w) => w !== '');
  let marks = 0;
  const rest: string[] = [];
  for (const w of words) {
    if (MARKS.has(w)) marks++;
    else if (!LINKS.has(w)) rest.push(w);
  }
  return marks > 0 && rest.length === 1 && HEADS.has(rest[0]!);
}

/**
 * Whether a text is one row's number: digits with dots or hyphens between (`5`, `05`, `1.1`, `2-3`,
 * `5.`), a lower-case letter after (`12a`), a `#` before, or a short prefix of letters (`S01`, `Sc. 3`,
 * `SH010`) — `/^(?:#|\p{Lu}\p{L}{0,3}\.?\s?)?\d{1,4}(?:[.-]\d{1,4}){0,3}\p{Ll}?\.?$/u` as code, on the
 * shared letter tests (code-classes.ts, words.ts): the pattern's three Unicode classes were built at
 * every run that met a table with a number column (tests/regex-as-code.test.ts compares the two).
 */
export function isRowNumber(text: string): boolean {
  const n = text.length;
  const digit = (k: number) => k < n && text.charCodeAt(k) >= 0x30 && text.charCodeAt(k) <= 0x39;
  let i = 0;
  // `#`, or a capital and up to three letters, then perhaps a full stop and one space.
  if (text.charCodeAt(0) === 0x23) i = 1;
  else if (n > 0 && isUpperCode(text.codePointAt(0)!)) {
    i = text.codePointAt(0)! > 0xffff ? 2 : 1;
    for (let letters = 0; letters < 3 && i < n && isLetterAt(text, i); letters++) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    if (text.charCodeAt(i) === 0x2e) i++;
    if (i < n && isJsSpaceCode(text.charCodeAt(i))) i++;
  }
  // One to four groups of one to four digits, a dot or a hyphen between.
  for (let groups = 0; ; ) {
    const start = i;
    while (digit(i) && i - start < 4) i++;
    if (i === start || digit(i)) return false;
    if (++groups === 4 || !(text.charCodeAt(i) === 0x2e || text.charCodeAt(i) === 0x2d) || !digit(i + 1)) break;
    i++;
  }
  // Perhaps a small letter, perhaps a full stop, and the end.
  if (i < n && isLowerCode(text.codePointAt(i)!)) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  if (text.charCodeAt(i) === 0x2e) i++;
  return i === n;
}

interface Column {
  header: string;
  column: number;
}

const textOf = (paragraph: Paragraph) => paragraph.runs.map((r) => r.text).join('');

/**
 * Gives the paragraphs of tables with a number column their row's number (`location.cell.numbered`).
 * Linear in the paragraphs; tables with none are left as they are.
 */
export function numberRows(paragraphs: readonly Paragraph[]): void {
  // By table (and story: a text box's table is another), its cell paragraphs.
  let tables: Map<string, Paragraph[]> | null = null;
  for (const paragraph of paragraphs) {
    const cell = paragraph.location.cell;
    if (!cell) continue;
    tables ??= new Map();
    const key = `${paragraph.location.story}:${cell.table}`;
    const list = tables.get(key);
    if (list) list.push(paragraph);
    else tables.set(key, [paragraph]);
  }
  if (!tables) return;
  for (const cells of tables.values()) numberTable(cells);
}

function numberTable(cells: readonly Paragraph[]): void {
  // By row, by column: the cell's text, and the cell.
  const rows = new Map<number, Map<number, { text: string; cell: TableCell }>>();
  for (const p of cells) {
    const cell = p.location.cell!;
    let row = rows.get(cell.row);
    if (!row) rows.set(cell.row, (row = new Map()));
    const known = row.get(cell.column);
    const text = textOf(p);
    if (known) known.text += ' ' + text;
    else row.set(cell.column, { text, cell });
  }
  const order = [...rows.keys()].sort((a, b) => a - b);
  if (order.length < 2) return;
  // The header row: the first, or the second under a title in one cell.
  let at = 0;
  let column = numberColumn(rows.get(order[0]!)!);
  if (!column && order.length >= 3 && rows.get(order[0]!)!.size === 1) column = numberColumn(rows.get(order[(at = 1)]!)!);
  if (!column) return;
  const headerRow = order[at]!;
  const headerKeyText = headerKey(normaliseSpace(column.header));
  // By row, its number (a cell merged down gives each row it covers its own).
  const numbers = new Map<number, string>();
  for (const r of order.slice(at + 1)) {
    const found = rows.get(r)!.get(column.column);
    if (!found || (found.cell.span ?? 1) > 1) continue;
    const value = normaliseSpace(found.text);
    if (value === '' || headerKey(value) === headerKeyText) continue;
    if (!isRowNumber(value)) return;
    for (let k = 0; k < (found.cell.rows ?? 1); k++) numbers.set(r + k, value);
  }
  // A merged-across cell's row stands apart; a cell merged across the number column from the left too.
  for (const [r, row] of rows) {
    for (const { cell } of row.values()) {
      if (cell.column < column.column && cell.column + (cell.span ?? 1) > column.column) numbers.delete(r);
    }
  }
  if (numbers.size === 0) return;
  // Each cell once (its paragraphs may share it; a warning the reader made may point at it too).
  for (const p of cells) {
    const cell = p.location.cell!;
    if (cell.row <= headerRow || cell.numbered !== undefined) continue;
    const first = numbers.get(cell.row);
    const last = numbers.get(cell.row + (cell.rows ?? 1) - 1);
    const value = first === undefined ? last : last === undefined || last === first ? first : `${first}–${last}`;
    if (value !== undefined) cell.numbered = rowNumber(column.header, value);
  }
}

/** The row's cell of a number column's header, when one is: the first, left to right. */
function numberColumn(row: Map<number, { text: string; cell: TableCell }>): Column | null {
  let best: Column | null = null;
  for (const [column, { text, cell }] of row) {
    if ((cell.span ?? 1) > 1) continue;
    const header = normaliseSpace(text);
    if (numberingHeader(header) && (!best || column < best.column)) best = { header, column };
  }
  return best;
}
