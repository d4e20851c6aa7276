/**
 * Strikethrough in a PDF: a thin straight line drawn through the middle of the letters (LibreOffice
 * and Word stroke it in the text's colour; browsers fill a thin rectangle). A reader sees the text as
 * cut: the reader leaves it out, as the DOCX reader does with `w:strike` (readers/struck.ts).
 *
 * A line strikes a piece of text when it is thin for the text's size, lies between a sixth and
 * three fifths of the size above the baseline (an underline lies below it, an overline above the
 * letters), crosses at least half of the piece, and is not much longer than the text it crosses (a
 * table border through a row would run on past its words). A marker-pen stroke is thick: a highlight,
 * not a strike.
 */
import type { Glyph, Ruling } from './types.js';
import { lowerBound } from './geometry.js';

/** A strike is at most this thick, as a share of the text size. */
const MAX_THICKNESS = 0.2;
/** Where a strike lies above the baseline, as shares of the text size. */
const LOW = 0.15;
const HIGH = 0.6;
/** A strike may run this far (× size) past the text it crosses, at each end. */
const OVERRUN = 0.6;

/** Marks `struck` on the glyphs a strike line crosses; returns how many were marked. */
export function markStruck(glyphs: readonly Glyph[], rulings: readonly Ruling[]): number {
  const lines = rulings.filter((r) => r.horizontal).sort((a, b) => a.at - b.at);
  const struck = linesThroughText(
    glyphs,
    lines,
    (g) => [g.baseline - HIGH * g.size, g.baseline - LOW * g.size],
    (r, g) => (r.width !== undefined && r.width > MAX_THICKNESS * g.size ? null : true),
  );
  let marked = 0;
  for (const g of struck.keys()) {
    if (g.struck) continue;
    g.struck = true;
    marked++;
  }
  return marked;
}

/**
 * Thin horizontal lines through or under pieces of text (a strike, an underline: strike.ts and
 * markup.ts): for each of `lines` (sorted by `at`), the glyphs whose `band` (top and bottom, device
 * y) holds it, that it crosses over at least half their width and that `kind` takes (giving the
 * line's mark, the first glyph's); kept only where the line ends with the text it crosses, within
 * OVERRUN × its size at each end (a table border runs on past its row's words). `most`: pairs of
 * glyph and line looked at, at most (lines stacked by the thousand are hostile input).
 */
export function linesThroughText<K>(
  glyphs: readonly Glyph[],
  lines: readonly Ruling[],
  band: (g: Glyph) => [number, number],
  kind: (r: Ruling, g: Glyph) => K | null,
  most = Infinity,
): Map<Glyph, K> {
  const found = new Map<Glyph, K>();
  if (lines.length === 0) return found;
  const ats = lines.map((r) => r.at);
  const crossed = new Map<Ruling, { glyphs: Glyph[]; mark: K }>();
  let visits = 0;
  scan: for (const g of glyphs) {
    const width = g.x1 - g.x0;
    if (!(width > 0) || !(g.size > 0)) continue;
    const [top, bottom] = band(g);
    for (let i = lowerBound(ats, top); i < lines.length && ats[i]! <= bottom; i++) {
      if (++visits > most) break scan;
      const r = lines[i]!;
      const mark = kind(r, g);
      if (mark === null) continue;
      const overlap = Math.min(r.to, g.x1) - Math.max(r.from, g.x0);
      if (overlap < width / 2) continue;
      const entry = crossed.get(r);
      if (entry) entry.glyphs.push(g);
      else crossed.set(r, { glyphs: [g], mark });
    }
  }
  for (const [r, { glyphs: list, mark }] of crossed) {
    let x0 = Infinity, x1 = -Infinity, size = 0;
    for (const g of list) {
      if (g.x0 < x0) x0 = g.x0;
      if (g.x1 > x1) x1 = g.x1;
      if (g.size > size) size = g.size;
    }
    if (r.from < x0 - OVERRUN * size || r.to > x1 + OVERRUN * size) continue;
    for (const g of list) found.set(g, mark);
  }
  return found;
}
