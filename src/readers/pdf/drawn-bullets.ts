import type { Fill, Line } from './types.js';

/**
 * List bullets drawn as shapes, not glyphs: Chromium paints an `<ul>` item's disc (or square) as a
 * small filled path left of the item's text, a `circle` as a small ring stroked (PageContent.rings,
 * laid out with the fills), and writes no character for it. Each such line opens
 * a list item, as a bullet glyph's does (lines.ts makeLine sets `itemText`): without it, short
 * items set at single spacing read as one paragraph ("Narrator — grey Expert — blue …"), where
 * the DOCX and WeasyPrint's PDF of the same list have one item a paragraph.
 *
 * A bullet shape: a filled box about square (BULLET_ASPECT), between MIN_BULLET points and
 * BULLET_SIZE × the line's type size a side, ending left of the line's first glyph no further than
 * BULLET_REACH × size from it, its middle between the line's baseline and its x-height's top or
 * so (BULLET_LOW..BULLET_HIGH × size above the baseline). The line's text starts where it did: the
 * bullet is no text (in the DOCX neither).
 */
export function markDrawnBullets(lines: Line[], shapes: BulletShapes | null): void {
  if (!lines.length || !shapes) return;
  const mids = shapes.mids;
  for (const line of lines) {
    if (line.itemText !== undefined) continue;
    const size = line.size;
    const top = line.baseline - BULLET_HIGH * size, bottom = line.baseline - BULLET_LOW * size;
    let lo = 0, hi = mids.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mids[mid]!.y < top) lo = mid + 1;
      else hi = mid;
    }
    // (A few looked at: a page drawing thousands of dots on one line gives no more work per line.)
    for (let k = lo; k < mids.length && k < lo + LOOKED_AT && mids[k]!.y <= bottom; k++) {
      const box = mids[k]!.f.box;
      const side = Math.max(box[2] - box[0], box[3] - box[1]);
      if (side > BULLET_SIZE * size || box[2] > line.x0 || line.x0 - box[2] > BULLET_REACH * size) continue;
      line.itemText = line.x0;
      break;
    }
  }
}

/** Fills that may be drawn bullets, by the y of their middle (found once per frame). */
export interface BulletShapes {
  mids: { y: number; f: Fill }[];
}

export function bulletShapes(fills: readonly Fill[]): BulletShapes | null {
  let mids: BulletShapes['mids'] | undefined;
  for (const f of fills) {
    const w = f.box[2] - f.box[0], h = f.box[3] - f.box[1];
    if (w < MIN_BULLET || h < MIN_BULLET || w > MAX_BULLET || h > MAX_BULLET || w > BULLET_ASPECT * h || h > BULLET_ASPECT * w) continue;
    (mids ??= []).push({ y: (f.box[1] + f.box[3]) / 2, f });
  }
  return mids ? { mids: mids.sort((a, b) => a.y - b.y) } : null;
}

/** Shapes level with a line looked at, at most. */
const LOOKED_AT = 16;
/** A bullet's side: at least this (points), at most this (points) and this × the line's type size. */
const MIN_BULLET = 1;
const MAX_BULLET = 12;
const BULLET_SIZE = 0.6;
/** How much longer one side of a bullet's box may be than the other. */
const BULLET_ASPECT = 1.4;
/** How far (× size) left of the text a bullet may end: Chromium's disc ends 0.75 em before it. */
const BULLET_REACH = 2;
/** Where (× size above the baseline) a bullet's middle stands: Chromium's at 0.33 em. */
const BULLET_LOW = 0.1;
const BULLET_HIGH = 0.6;
