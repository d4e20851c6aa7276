/**
 * The ruled-table finder (readers/pdf/tables.ts) connects touching horizontal and vertical rulings
 * with a sweep instead of testing every pair: the same tables as the all-pairs definition, on
 * random pages, and a page of 20,000 rulings (a hostile file's) in one go.
 */
import { describe, expect, it } from 'vitest';
import { findTables, type RuledTable } from '../src/readers/pdf/tables.js';
import type { Ruling } from '../src/readers/pdf/types.js';

const TOUCH = 2;
/** Border positions this close are one grid line (a browser's double cell borders). */
const SAME_LINE = 4.5;

/**
 * The definition: rulings touch when each crosses the other's line within TOUCH, or when both run
 * on one line (within TOUCH) and their spans touch, or run side by side within SAME_LINE along at
 * least half the shorter one; groups are what touching connects.
 */
function tablesByDefinition(rulings: Ruling[]): RuledTable[] {
  if (rulings.length < 4) return [];
  const parent = rulings.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i]!;
    return i;
  };
  for (let i = 0; i < rulings.length; i++) {
    for (let j = i + 1; j < rulings.length; j++) {
      const a = rulings[i]!;
      const b = rulings[j]!;
      if (a.horizontal === b.horizontal) {
        // Pieces of one border: on one line (within TOUCH), their spans touching.
        if (Math.abs(a.at - b.at) <= TOUCH && b.from <= a.to + TOUCH && a.from <= b.to + TOUCH) parent[find(i)] = find(j);
        // A cell's own border beside its neighbour's (CSS's separate borders): parallel, further
        // apart than TOUCH but within SAME_LINE, side by side along at least half the shorter one.
        const shared = Math.min(a.to, b.to) - Math.max(a.from, b.from);
        const apart = Math.abs(a.at - b.at);
        if (apart > TOUCH && apart <= SAME_LINE && shared > 0 && shared >= 0.5 * Math.min(a.to - a.from, b.to - b.from)) parent[find(i)] = find(j);
        continue;
      }
      const [h, v] = a.horizontal ? [a, b] : [b, a];
      if (v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, Ruling[]>();
  rulings.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));
  // Border positions: sorted, those within SAME_LINE of a border's first position are that border.
  const borders = (list: Ruling[]) => {
    const out: number[] = [];
    for (const at of list.map((r) => r.at).sort((a, b) => a - b)) if (!out.length || at - out[out.length - 1]! > SAME_LINE) out.push(at);
    return out;
  };
  const tables: Pick<RuledTable, 'box'>[] = [];
  for (const group of groups.values()) {
    const rows = borders(group.filter((r) => r.horizontal));
    const columns = borders(group.filter((r) => !r.horizontal));
    if (rows.length < 2 || columns.length < 2 || (rows.length - 1) * (columns.length - 1) < 2) continue;
    // The outline reaches as far as any border is drawn.
    const right = Math.max(columns[columns.length - 1]!, ...group.filter((r) => r.horizontal).map((r) => r.to));
    const bottom = Math.max(rows[rows.length - 1]!, ...group.filter((r) => !r.horizontal).map((r) => r.to));
    tables.push({ box: [columns[0]!, rows[0]!, right, bottom] });
  }
  return tables as RuledTable[];
}

const sortTables = (tables: RuledTable[]) => [...tables].sort((a, b) => a.box[0] - b.box[0] || a.box[1] - b.box[1] || a.box[2] - b.box[2] || a.box[3] - b.box[3]);

describe('findTables', () => {
  it('gives the tables of the all-pairs definition on 300 random pages', () => {
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
    let found = 0;
    for (let page = 0; page < 300; page++) {
      const rulings: Ruling[] = [];
      // One to three ruled grids, borders jittered (within TOUCH or a little past it), some drawn
      // in pieces, some missing; then stray lines.
      for (let g = 1 + random(3); g > 0; g--) {
        const [x0, y0] = [random(400), random(600)];
        const [rows, columns, w, h] = [2 + random(5), 2 + random(5), 20 + random(60), 10 + random(30)];
        const jitter = () => (random(7) - 3) * 0.6;
        for (let r = 0; r <= rows; r++) {
          if (random(10) === 0) continue;
          const y = y0 + r * h + jitter();
          if (random(3) === 0) for (let c = 0; c < columns; c++) rulings.push({ horizontal: true, at: y, from: x0 + c * w + jitter(), to: x0 + (c + 1) * w + jitter() });
          else rulings.push({ horizontal: true, at: y, from: x0 + jitter(), to: x0 + columns * w + jitter() });
        }
        for (let c = 0; c <= columns; c++) {
          if (random(10) === 0) continue;
          rulings.push({ horizontal: false, at: x0 + c * w + jitter(), from: y0 + jitter(), to: y0 + rows * h + jitter() });
        }
      }
      for (let k = random(20); k > 0; k--) {
        const from = random(500);
        rulings.push({ horizontal: random(2) === 0, at: random(700), from, to: from + 5 + random(300) });
      }
      const boxes = (tables: RuledTable[]) => sortTables(tables).map((t) => t.box);
      expect(boxes(findTables(rulings)), `page ${page}`).toEqual(boxes(tablesByDefinition(rulings)));
      found += findTables(rulings).length;
    }
    // The pages do hold tables (not only stray lines).
    expect(found).toBeGreaterThan(100);
  });

  it('a grid of 10,000 rows and 10,000 columns of rulings (100 million crossings) is one table, found in one pass', () => {
    const rulings: Ruling[] = [];
    for (let k = 0; k < 10000; k++) {
      rulings.push({ horizontal: true, at: k * 5, from: 0, to: 49995 });
      rulings.push({ horizontal: false, at: k * 5, from: 0, to: 49995 });
    }
    const tables = findTables(rulings);
    expect(tables.map((t) => [t.box, t.rows.length, t.columns.length])).toEqual([[[0, 0, 49995, 49995], 10000, 10000]]);
  });

  it('a real table: two rows of two cells from six rulings; a lone cross of two lines is no table', () => {
    const grid: Ruling[] = [
      { horizontal: true, at: 100, from: 50, to: 250 },
      { horizontal: true, at: 120, from: 50, to: 250 },
      { horizontal: true, at: 140, from: 50, to: 250 },
      { horizontal: false, at: 50, from: 100, to: 140 },
      { horizontal: false, at: 150, from: 100, to: 140 },
      { horizontal: false, at: 250, from: 100, to: 140 },
    ];
    const cross: Ruling[] = [
      { horizontal: true, at: 400, from: 300, to: 350 },
      { horizontal: false, at: 320, from: 380, to: 420 },
    ];
    const tables = findTables([...grid, ...cross]);
    expect(tables.map((t) => [t.box, t.rows.length, t.columns.length])).toEqual([[[50, 100, 250, 140], 3, 3]]);
  });
});
