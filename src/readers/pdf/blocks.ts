import { Budget } from '../../budget.js';
import type { Block, Line } from './types.js';

/** Lines further apart than this (× font size, baseline to baseline) are not one block. */
const MAX_PITCH = 2.6;

/**
 * Stacks lines into blocks: a line joins the block whose last line sits just above it and
 * overlaps it horizontally. Lines side by side (columns) end up in different blocks.
 */
export function buildBlocks(lines: Line[], budget: Budget = Budget.UNLIMITED): Block[] {
  const sorted = [...lines].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const blocks: Block[] = [];
  // Which block each line went to, to tell a line standing between a block and the next line.
  const blockOf = new Map<Line, Block>();
  // The blocks a line may still join: one whose last line stands farther above than any pitch a line
  // of this page can have never takes a line again (lines come by baseline). Without this, a page of
  // thousands of blocks (text drawn over itself many times, hostile input) took blocks × lines.
  let open: Block[] = [];
  let maxSize = 0;
  for (const line of sorted) maxSize = Math.max(maxSize, line.size);
  for (let n = 0; n < sorted.length; n++) {
    budget.tick(256);
    const line = sorted[n]!;
    const reach = line.baseline - MAX_PITCH * maxSize;
    if (open.length > 32 && n % 32 === 0) open = open.filter((b) => b.lines[b.lines.length - 1]!.baseline >= reach);
    // The block whose last line the line lies under; failing that, the block it lies under most.
    // (Beside a narrow label under a heading, the text's next line lies under the heading's block
    // as much as under its own first line: its own line above it tells.)
    let best: Block | undefined;
    let bestOverlap = 0;
    let under = false;
    for (const b of open) {
      const last = b.lines[b.lines.length - 1];
      // Lines of different columns (or a column and full-width text) never stack into one block.
      if (last.column !== line.column) continue;
      const pitch = line.baseline - last.baseline;
      if (pitch <= SAME_LINE * line.size || pitch > MAX_PITCH * Math.max(line.size, last.size)) continue;
      if (Math.max(line.size, last.size) > 1.3 * Math.min(line.size, last.size)) continue;
      const lastOverlap = Math.min(line.x1, last.x1) - Math.max(line.x0, last.x0);
      const overlap = lastOverlap > 0 ? lastOverlap : Math.min(line.x1, b.x1) - Math.max(line.x0, b.x0);
      if (under && lastOverlap <= 0) continue;
      // Another block's line between them, under the block and over the line: the line does not
      // reach over it (a heading's next heading stays after the short paragraph between them).
      if (between(sorted, n, last, line, b, blockOf)) continue;
      if ((lastOverlap > 0 && !under) || overlap > bestOverlap) {
        best = b;
        bestOverlap = overlap;
        under = lastOverlap > 0;
      }
    }
    if (best) {
      blockOf.set(line, best);
      best.lines.push(line);
      best.x0 = Math.min(best.x0, line.x0);
      best.x1 = Math.max(best.x1, line.x1);
      best.bottom = line.baseline + 0.3 * line.size;
    } else {
      const block: Block = { lines: [line], x0: line.x0, x1: line.x1, top: line.baseline - line.size, bottom: line.baseline + 0.3 * line.size };
      blocks.push(block);
      open.push(block);
      blockOf.set(line, block);
    }
  }
  return blocks;
}

const SAME_LINE = 0.3;

/** Lines looked back at for one standing between: a block's last line is a few lines up at most. */
const LOOK_BACK = 64;

/**
 * A line of another block, in the same column, lies between `last` (the block's last line) and
 * `line` (the n-th in baseline order), across the same stretch of the page as `line`.
 */
function between(sorted: Line[], n: number, last: Line, line: Line, block: Block, blockOf: Map<Line, Block>): boolean {
  for (let k = n - 1; k >= 0 && k >= n - LOOK_BACK; k--) {
    const m = sorted[k]!;
    if (m === last || m.baseline <= last.baseline + SAME_LINE * last.size) return false;
    if (m.baseline >= line.baseline - SAME_LINE * line.size) continue;
    if (blockOf.get(m) === block || m.column !== line.column) continue;
    if (Math.min(m.x1, line.x1) - Math.max(m.x0, line.x0) > 0) return true;
  }
  return false;
}
