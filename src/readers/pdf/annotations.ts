import type { Hex } from '../../model.js';
import type { Matrix } from './geometry.js';
import type { Box } from './types.js';

/** A Highlight annotation's quads on the page, in device space, with the annotation colour. */
export interface HighlightArea {
  boxes: Box[];
  color: Hex;
}

export interface AnnotationData {
  id?: string;
  subtype?: string;
  color?: ArrayLike<number> | null;
  quadPoints?: ArrayLike<number> | null;
  rect?: ArrayLike<number>;
}

const hex = (c: ArrayLike<number>): Hex =>
  '#' + Array.from(c, (v) => Math.round(v).toString(16).padStart(2, '0')).join('').toUpperCase();

/**
 * Highlight annotations from `page.getAnnotations()`. Their appearance streams are kept out of
 * the operator list (AnnotationMode.DISABLE), so each highlight is counted once, from here.
 */
export function highlightAreas(annotations: AnnotationData[], viewport: Matrix): HighlightArea[] {
  const areas: HighlightArea[] = [];
  for (const a of annotations) {
    if (a.subtype !== 'Highlight' || !a.color || a.color.length < 3) continue;
    // QuadPoints: 8 numbers per quad, in PDF user space; fall back to the rectangle.
    const q = a.quadPoints && a.quadPoints.length >= 8 ? a.quadPoints : a.rect ? rectQuad(a.rect) : null;
    if (!q) continue;
    const boxes: Box[] = [];
    for (let i = 0; i + 7 < q.length; i += 8) {
      const xs: number[] = [], ys: number[] = [];
      for (let j = 0; j < 8; j += 2) {
        const x = q[i + j], y = q[i + j + 1];
        xs.push(viewport[0] * x + viewport[2] * y + viewport[4]);
        ys.push(viewport[1] * x + viewport[3] * y + viewport[5]);
      }
      boxes.push([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
    }
    areas.push({ boxes, color: hex(a.color) });
  }
  return areas;
}

function rectQuad(r: ArrayLike<number>): number[] {
  return [r[0], r[3], r[2], r[3], r[0], r[1], r[2], r[1]];
}
