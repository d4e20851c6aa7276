/**
 * Line numbering in a PDF's margin. Word and LibreOffice can number a document's lines (a section's
 * `w:lnNumType` in a DOCX, "Line Numbering" in LibreOffice): a number beside every line, or every
 * Nth, in the left margin. It is no text of the document — the DOCX reader never meets it — but in a
 * PDF the numbers are glyphs like any other, and read as words they land on the lines beside them
 * ("1 Welcome aboard…") and break every paragraph at each line.
 *
 * A page's numbers are taken for line numbering only when they look like nothing else: at least
 * three pieces of text that are each a number alone, right-aligned on one edge, going up down the
 * page, of one size, standing left of every other piece of upright text on the page (in the margin,
 * not at the text's edge as a list's or a table's numbers are), most of them on the baseline of a
 * line of text. Anything less and they stay text. Numbers inside a ruled table's cell (a vertical
 * ruling on each side, across their baseline) are a table's column (`#`), on every page alike: on a
 * page the table opens, with no text left of it, they looked like numbering.
 */
import type { Glyph, Ruling } from './types.js';

/** Fewest numbers on a page to be taken for line numbering. */
const MIN_NUMBERS = 3;

const NUMBER = /^\s*(\d{1,5})\s*$/u;

/**
 * Whether a piece's last character may end a number alone: printable ASCII other than a digit says
 * no (most pieces of a page), before the pattern runs; white space or anything beyond ASCII leaves
 * it to the pattern.
 */
function mayEndInDigit(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return !(c >= 0x21 && c <= 0x7e) || (c >= 0x30 && c <= 0x39);
}

/** The numbers of the page's line numbering, to leave out of its text (empty: none). */
export function marginLineNumbers(glyphs: readonly Glyph[], rulings: readonly Ruling[] = []): Set<Glyph> {
  const numbers: { glyph: Glyph; value: number }[] = [];
  let verticals: Ruling[] | undefined;
  for (const g of glyphs) {
    if (g.turn !== 0 || !mayEndInDigit(g.text)) continue;
    const match = NUMBER.exec(g.text);
    if (!match) continue;
    verticals ??= rulings.filter((r) => !r.horizontal);
    if (inCell(g, verticals)) continue;
    numbers.push({ glyph: g, value: Number(match[1]) });
  }
  if (numbers.length < MIN_NUMBERS) return new Set();
  // By right edge: line numbers are right-aligned on one edge (to the tenth of a point, rounded to half a point).
  const byEdge = new Map<number, { glyph: Glyph; value: number }[]>();
  for (const n of numbers) {
    const edge = Math.round(n.glyph.x1 * 2) / 2;
    let column: { glyph: Glyph; value: number }[] | undefined;
    for (const near of [edge, edge - 0.5, edge + 0.5]) column ??= byEdge.get(near);
    if (column) column.push(n);
    else byEdge.set(edge, [n]);
  }
  for (const column of byEdge.values()) {
    if (column.length < MIN_NUMBERS) continue;
    const found = lineNumbering(column, glyphs);
    if (found) return found;
  }
  return new Set();
}

/** `column`'s glyphs when they are the page's line numbering, else null. */
function lineNumbering(column: { glyph: Glyph; value: number }[], glyphs: readonly Glyph[]): Set<Glyph> | null {
  const sorted = [...column].sort((a, b) => a.glyph.baseline - b.glyph.baseline);
  const size = sorted[0]!.glyph.size;
  for (let i = 0; i < sorted.length; i++) {
    const { glyph, value } = sorted[i]!;
    // One size, and going up down the page.
    if (Math.abs(glyph.size - size) > 0.2 * size) return null;
    if (i > 0 && value <= sorted[i - 1]!.value) return null;
  }
  const mine = new Set(sorted.map((n) => n.glyph));
  const edge = Math.max(...sorted.map((n) => n.glyph.x1));
  let beside = 0;
  const baselines = new Set(sorted.map((n) => Math.round(n.glyph.baseline)));
  for (const g of glyphs) {
    if (g.turn !== 0 || mine.has(g) || !/\S/u.test(g.text)) continue;
    // Every other piece of text stands right of the numbers, with a gap: they are in the margin.
    if (g.x0 < edge + 0.5 * size) return null;
    for (const b of [Math.round(g.baseline), Math.round(g.baseline) - 1, Math.round(g.baseline) + 1]) {
      if (baselines.has(b)) {
        baselines.delete(b);
        beside++;
        break;
      }
    }
  }
  // Most numbers beside a line of text (a number may stand on an empty line where those are counted).
  return beside * 3 >= sorted.length * 2 ? mine : null;
}

/** Whether a glyph stands between two vertical rulings that reach across its baseline: in a ruled table's cell. */
function inCell(g: Glyph, verticals: readonly Ruling[]): boolean {
  let left = false, right = false;
  for (const r of verticals) {
    if (Math.min(r.from, r.to) > g.baseline || Math.max(r.from, r.to) < g.baseline - 0.5 * g.size) continue;
    if (r.at <= g.x0 + 0.5) left = true;
    else if (r.at >= g.x1 - 0.5) right = true;
    if (left && right) return true;
  }
  return false;
}
