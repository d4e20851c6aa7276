import type { BackgroundKind, Hex } from '../../model.js';
import type { HighlightArea } from './annotations.js';
import type { Box, Fill } from './types.js';

/** White (within 1 per channel) is the page itself: no background, as in the DOCX reader. */
export function isWhite(color: Hex): boolean {
  const v = parseInt(color.slice(1), 16);
  return (v >> 16) >= 0xfe && ((v >> 8) & 0xff) >= 0xfe && (v & 0xff) >= 0xfe;
}

export interface Background {
  color: Hex;
  kind: BackgroundKind;
}

/**
 * The colour a reader sees behind a point, asked while the page is walked: a Highlight
 * annotation over it wins (the topmost: highlights come topmost first); otherwise the last fill drawn so far (so, before the glyph) that
 * covers it. White counts as none.
 */
export class Backgrounds {
  private readonly quads: { box: Box; background: Background | null }[];
  /** White fills before the first coloured one only repaint the page: they are skipped. */
  private firstColoured = -1;
  private scanned = 0;

  constructor(highlights: HighlightArea[], private readonly fills: Fill[], private readonly strikes: Box[] = []) {
    this.quads = highlights.flatMap((a) =>
      a.boxes.map((box) => ({ box, background: isWhite(a.color) ? null : { color: a.color, kind: a.kind ?? ('annotation' as const) } })),
    );
  }

  /** A StrikeOut annotation crosses the point: the text there is cut. */
  struck(x: number, y: number): boolean {
    for (const b of this.strikes) if (x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]) return true;
    return false;
  }

  at(x: number, y: number): Background | null {
    const { quads, fills } = this;
    for (let i = 0; i < quads.length; i++) {
      const b = quads[i].box;
      if (x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]) return quads[i].background;
    }
    while (this.firstColoured < 0 && this.scanned < fills.length) {
      if (!isWhite(fills[this.scanned].color)) this.firstColoured = this.scanned;
      this.scanned++;
    }
    if (this.firstColoured < 0) return null;
    for (let i = fills.length - 1; i >= this.firstColoured; i--) {
      const f = fills[i];
      const b = f.box;
      if (x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]) {
        if (!f.background) f.background = isWhite(f.color) ? null : { color: f.color, kind: 'shading' };
        return f.background;
      }
    }
    return null;
  }
}
