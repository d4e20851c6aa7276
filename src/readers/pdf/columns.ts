import type { Glyph } from './types.js';

/**
 * Text columns: a gutter is a vertical strip that no text crosses over a run of lines, with text
 * on both sides of it. TeX's default gutter is only 10 pt (one em), narrower than the gap that
 * splits a line in two, so gutters are found by their persistence down the page, not their width.
 */

/** A gutter between text columns, valid from the baseline `top` to the baseline `bottom`. */
export interface Gutter {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Gutters whose runs overlap belong to one column layout (three columns: two gutters). */
  group: number;
}

/** One baseline's glyphs, left to right. */
export interface Row {
  baseline: number;
  size: number;
  glyphs: Glyph[];
}

/** The narrowest gutter, × font size. Word spaces in justified text rarely reach it, and never line up. */
const MIN_WIDTH = 0.8;
/** Lines with text on both sides that a gutter needs. */
const MIN_LINES = 3;
/**
 * Each side of a gutter must hold this much text (× font size): a column of speaker labels
 * ("ANNOUNCER:" and a tab) is not a text column, its lines belong with the text beside them.
 */
const MIN_SIDE = 8;

interface Candidate {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  lines: number;
  left: number;
  right: number;
  size: number;
}

/** Open stretches of one row: before its first glyph, between glyphs, after its last one. */
function openings(row: Row): { x0: number; x1: number; inside: boolean; left: number; right: number }[] {
  const { glyphs } = row;
  const first = glyphs[0].x0;
  let reach = -Infinity;
  for (const g of glyphs) if (g.x1 > reach) reach = g.x1;
  const out = [{ x0: -Infinity, x1: first, inside: false, left: first, right: reach }];
  let end = glyphs[0].x1;
  for (let i = 1; i < glyphs.length; i++) {
    const g = glyphs[i];
    if (g.x0 - end >= MIN_WIDTH * row.size) out.push({ x0: end, x1: g.x0, inside: true, left: first, right: reach });
    if (g.x1 > end) end = g.x1;
  }
  out.push({ x0: reach, x1: Infinity, inside: false, left: first, right: reach });
  return out;
}

/** Finds the gutters of a page's rows (given top to bottom). */
export function findGutters(rows: Row[]): Gutter[] {
  const found: Gutter[] = [];
  let active: Candidate[] = [];
  const close = (c: Candidate) => {
    if (c.lines >= MIN_LINES && c.x0 - c.left >= MIN_SIDE * c.size && c.right - c.x1 >= MIN_SIDE * c.size) {
      found.push({ x0: c.x0, x1: c.x1, top: c.top, bottom: c.bottom, group: 0 });
    }
  };
  for (const row of rows) {
    if (!row.glyphs.length) continue;
    const open = openings(row);
    const next: Candidate[] = [];
    const used = new Set<number>();
    for (const c of active) {
      let best = -1, bx0 = 0, bx1 = 0;
      open.forEach((o, i) => {
        const x0 = Math.max(o.x0, c.x0), x1 = Math.min(o.x1, c.x1);
        if (x1 - x0 >= MIN_WIDTH * row.size && (best < 0 || x1 - x0 > bx1 - bx0)) [best, bx0, bx1] = [i, x0, x1];
      });
      if (best < 0) {
        close(c);
        continue;
      }
      const o = open[best];
      used.add(best);
      c.x0 = bx0;
      c.x1 = bx1;
      c.bottom = row.baseline;
      if (o.inside) {
        c.lines++;
        c.left = Math.min(c.left, o.left);
        c.right = Math.max(c.right, o.right);
        c.size = Math.max(c.size, row.size);
      }
      next.push(c);
    }
    open.forEach((o, i) => {
      if (o.inside && !used.has(i)) {
        next.push({ x0: o.x0, x1: o.x1, top: row.baseline, bottom: row.baseline, lines: 1, left: o.left, right: o.right, size: row.size });
      }
    });
    active = next;
  }
  active.forEach(close);
  // Overlapping runs form one layout; its gutters number its columns left to right.
  found.sort((a, b) => a.top - b.top);
  let group = 0, bottom = -Infinity;
  for (const g of found) {
    if (g.top > bottom) group++;
    g.group = group;
    bottom = Math.max(bottom, g.bottom);
  }
  return found;
}

const REACH = 1; // points of tolerance at a run's ends

/** The gutters in force on this baseline. */
export function guttersAt(gutters: Gutter[], baseline: number): Gutter[] {
  return gutters.filter((g) => baseline >= g.top - REACH && baseline <= g.bottom + REACH);
}

/** Which column of which layout a stretch of text starting at x0 sits in; undefined outside any. */
export function columnOf(gutters: Gutter[], baseline: number, x0: number): string | undefined {
  const here = guttersAt(gutters, baseline);
  if (!here.length) return undefined;
  return `${here[0].group}:${here.filter((g) => g.x1 <= x0 + REACH).length}`;
}
