import type { Line } from './types.js';

/** Running headers and footers live in the outer band of the page (fraction of its height). */
const BAND = 0.15;
/** How many line positions from the top (bottom) edge may be furniture. */
const DEPTH = 2;
/** Furniture stands at least this far (× its font size) from the next line inwards. */
const GAP = 1.8;

export type FurnitureStory = 'header' | 'footer';

/** The lines of a page, or of one frame of it (text turned a quarter turn has its own). */
export interface PageLines {
  page: number;
  height: number;
  lines: Line[];
}

const PAGE_NUMBER = /^(?:page\s*)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;

const lineText = (line: Line) => line.text.trim();

/** A page counter at either end of a line: "1/3", "1 of 3", "Page 1 of 3", "Page 1 sur 3". */
const COUNTER = /(?:^|\s)(?:page\s*)?(\d{1,4})\s*(?:\/|of|sur|von|de)\s*(\d{1,4})$|^(?:page\s*)?(\d{1,4})\s*(?:\/|of|sur|von|de)\s*(\d{1,4})(?:\s|$)/i;
/** A browser's header and footer are at most this size, against the median size of the page's text. */
const SMALLER = 0.85;
/** The address of the page a browser printed: a URL with its scheme, or about:blank. */
const PRINTED_URL = /(?:^|\s)(?:[a-z][a-z0-9+.-]*:\/\/\S+|about:blank)(?:\s|$)/i;

/**
 * What repeats from page to page: the text with digits masked and a page number at either end
 * dropped (a browser prints "file:///…/script.html" and "1/2" apart, but "…html 2/2" as one line).
 */
const furnitureKey = (line: Line) =>
  lineText(line)
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/^(?:page\s*)?#(?:\s*(?:of|\/)\s*#)?\s+|\s+(?:page\s*)?#(?:\s*(?:of|\/)\s*#)?$/g, '');

/**
 * Finds running headers and footers: lines at the top or bottom of the page that repeat at the
 * same height on most pages (digits ignored, so "Page 3 of 9" repeats), and page numbers.
 * They are not script lines unless the user asks for them.
 */
export function findFurniture(pages: PageLines[], pageCount = pages.length): Map<Line, FurnitureStory> {
  const candidates: { page: number; line: Line; key: string; story: FurnitureStory }[] = [];
  for (const p of pages) {
    for (const story of ['header', 'footer'] as const) {
      const edge = edgeLines(p, story);
      for (const line of edge) {
        candidates.push({ page: p.page, line, story, key: furnitureKey(line) });
      }
    }
  }
  const needed = Math.max(2, Math.ceil(0.5 * pageCount));
  const byKey = new Map<string, typeof candidates>();
  for (const c of candidates) {
    const same = byKey.get(c.key);
    if (same) same.push(c);
    else byKey.set(c.key, [c]);
  }
  const found = new Map<Line, FurnitureStory>();
  const memo = new Map<string, number>();
  for (const c of candidates) {
    const same = byKey.get(c.key)!;
    const memoKey = `${c.key}@${c.line.baseline.toFixed(1)}`;
    let repeats = memo.get(memoKey);
    if (repeats === undefined) {
      repeats = same.length < needed ? 0 : new Set(same.filter((o) => Math.abs(o.line.baseline - c.line.baseline) <= 3).map((o) => o.page)).size;
      memo.set(memoKey, repeats);
    }
    if (repeats >= needed || PAGE_NUMBER.test(lineText(c.line))) found.set(c.line, c.story);
  }
  for (const [line, story] of browserFurniture(pages, candidates, pageCount)) found.set(line, story);
  return found;
}

/**
 * What a browser prints around a page when its headers and footers are on (Chromium and Edge: the
 * date and the title at the top, the page's address and "1/2" at the bottom; Firefox and Safari
 * move them about). On a one-page script nothing repeats, so they are told apart by what they say:
 * at the page's edges, in one small size, the address of a web page or file and this page's number
 * out of the document's page count. When a page holds both, its edge lines in that size are the
 * browser's, not the script's. Body text never qualifies: edge lines stand apart from it (edgeLines),
 * and a browser prints them smaller than the page's text (a double-spaced script whose first line
 * stands apart at the top keeps it, whatever its footer says).
 */
function browserFurniture(pages: PageLines[], candidates: { page: number; line: Line; story: FurnitureStory }[], pageCount: number): Map<Line, FurnitureStory> {
  const found = new Map<Line, FurnitureStory>();
  const byPage = new Map<number, typeof candidates>();
  for (const c of candidates) {
    const list = byPage.get(c.page);
    if (list) list.push(c);
    else byPage.set(c.page, [c]);
  }
  for (const [page, edge] of byPage) {
    const counters = edge.filter((c) => {
      const m = COUNTER.exec(lineText(c.line));
      return m !== null && Number(m[1] ?? m[3]) === page && Number(m[2] ?? m[4]) === pageCount;
    });
    if (counters.length === 0) continue;
    // The size of the page's own text: the median of its other lines (none: nothing to compare).
    const onEdge = new Set(edge.map((c) => c.line));
    const sizes = pages.filter((p) => p.page === page).flatMap((p) => p.lines.filter((l) => !onEdge.has(l)).map((l) => l.size)).sort((a, b) => a - b);
    const textSize = sizes.length ? sizes[Math.floor(sizes.length / 2)]! : Infinity;
    for (const counter of counters) {
      if (counter.line.size > SMALLER * textSize) continue;
      const sameSize = (c: { line: Line }) => Math.abs(c.line.size - counter.line.size) <= 0.5;
      if (!edge.some((c) => sameSize(c) && PRINTED_URL.test(lineText(c.line)))) continue;
      for (const c of edge) if (sameSize(c)) found.set(c.line, c.story);
    }
  }
  return found;
}

/**
 * The lines on the top (bottom) DEPTH baselines of the page, if they lie in the outer band and
 * stand apart from the next line inwards: a line set at body spacing is body text ("NARRATOR:"
 * opening every page is a script line, not a running header). Lines at body spacing among
 * themselves within the band (a header set on two lines) are taken together when the last of them
 * stands apart from what follows.
 */
function edgeLines(p: PageLines, story: FurnitureStory): Line[] {
  const sign = story === 'header' ? 1 : -1;
  // Distance from the page edge, growing inwards.
  const depth = (l: Line) => (story === 'header' ? l.baseline : p.height - l.baseline);
  const sorted = [...p.lines].sort((a, b) => depth(a) - depth(b));
  const out: Line[] = [];
  // Lines close to the next ones inwards: furniture only if the block they open ends apart.
  const pending: Line[] = [];
  let levels = 0;
  let i = 0;
  while (i < sorted.length && depth(sorted[i]) < BAND * p.height && levels < DEPTH) {
    const level: Line[] = [];
    const at = sorted[i].baseline;
    while (i < sorted.length && Math.abs(sorted[i].baseline - at) <= 0.3 * sorted[i].size) level.push(sorted[i++]);
    const size = Math.max(...level.map((l) => l.size));
    const next = sorted[i];
    levels++;
    if (next && sign * (next.baseline - at) < GAP * size) {
      pending.push(...level);
      continue;
    }
    out.push(...pending.splice(0), ...level);
  }
  return out;
}
