import type { Box, Turn } from './types.js';

/** A PDF affine matrix [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` applied first, then `n` (PDF's row-vector order: m × n). */
export function multiply(m: ArrayLike<number>, n: ArrayLike<number>): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/** The device box covering the rectangle (x0,y0)-(x1,y1) given in the space of `m`. */
export function transformBox(m: Matrix, x0: number, y0: number, x1: number, y1: number): Box {
  const xs = [m[0] * x0 + m[2] * y0, m[0] * x1 + m[2] * y0, m[0] * x0 + m[2] * y1, m[0] * x1 + m[2] * y1];
  const ys = [m[1] * x0 + m[3] * y0, m[1] * x1 + m[3] * y0, m[1] * x0 + m[3] * y1, m[1] * x1 + m[3] * y1];
  return [Math.min(...xs) + m[4], Math.min(...ys) + m[5], Math.max(...xs) + m[4], Math.max(...ys) + m[5]];
}

export function intersect(a: Box, b: Box): Box {
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}

export function contains(b: Box, x: number, y: number): boolean {
  return x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
}

/**
 * Device point → the upright frame of text turned by `turn`: the page turned back so that the
 * text reads left to right, origin top-left. Frames of turns 1 and 3 are as wide as the page is high.
 */
export function toFrame(turn: Turn, x: number, y: number, page: Box): [number, number] {
  const w = page[2], hgt = page[3];
  switch (turn) {
    case 0: return [x, y];
    case 1: return [y, w - x];
    case 2: return [w - x, hgt - y];
    case 3: return [hgt - y, x];
  }
}

/** The inverse of toFrame. */
export function fromFrame(turn: Turn, fx: number, fy: number, page: Box): [number, number] {
  const w = page[2], hgt = page[3];
  switch (turn) {
    case 0: return [fx, fy];
    case 1: return [w - fy, fx];
    case 2: return [w - fx, hgt - fy];
    case 3: return [fy, hgt - fx];
  }
}

/** The first index of sorted `values` whose value is `target` or more (`values.length` when none is). */
export function lowerBound(values: readonly number[], target: number): number {
  let lo = 0, hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
