/**
 * The colour behind each glyph is the last fill drawn before it that covers it (backgrounds.ts). It
 * was found by looking at every fill drawn so far, last first: a page of 20,000 small fills (the
 * limit) and text drawn after them took every glyph times every fill — 28 s on one fuzzed page
 * (seed 7071 case 142: a content stream repeated 1,000 times). Fills are found through a grid now:
 * the same answers, each in a few looks.
 */
import { describe, expect, it } from 'vitest';
import { Backgrounds } from '../src/readers/pdf/backgrounds.js';
import type { Fill } from '../src/readers/pdf/types.js';
import { readPdf } from '../src/readers/pdf/index.js';
import { onePagePdf } from './helpers/pdf-builder.js';

const fill = (box: Fill['box'], color: Fill['color'], seq: number): Fill => ({ box, color, seq });

describe('the colour behind a point', () => {
  it('the last fill drawn that covers it, fills added as the page is walked; white is none; a highlight wins', () => {
    const fills: Fill[] = [fill([0, 0, 600, 800], '#FFFFFF', 0)];
    const backgrounds = new Backgrounds([{ boxes: [[100, 100, 200, 120]], color: '#FFFF00', kind: 'annotation' }], fills);
    expect(backgrounds.at(50, 50)).toBeNull();
    fills.push(fill([40, 40, 300, 60], '#00FF00', 1));
    expect(backgrounds.at(50, 50)).toEqual({ color: '#00FF00', kind: 'shading' });
    fills.push(fill([45, 45, 55, 55], '#FF0000', 2), fill([0, 0, 5000, 5000], '#0000FF', 3), fill([48, 48, 52, 52], '#FFFFFF', 4));
    expect(backgrounds.at(50, 50)).toBeNull();
    expect(backgrounds.at(54, 54)).toEqual({ color: '#0000FF', kind: 'shading' });
    expect(backgrounds.at(150, 110)).toEqual({ color: '#FFFF00', kind: 'annotation' });
    expect(backgrounds.at(-10, -10)).toBeNull();
    // Boxes past any page (a damaged matrix) and not-a-number coordinates are no trouble.
    fills.push(fill([-1e30, -1e30, 1e30, 1e30], '#00FFFF', 5), fill([Number.NaN, 0, 10, 10], '#FF00FF', 6));
    expect(backgrounds.at(7000, -3)).toEqual({ color: '#00FFFF', kind: 'shading' });
  });

  it('20,000 small fills and 50,000 points none of them covers: a few looks a point, not one a fill', () => {
    const fills: Fill[] = [];
    const backgrounds = new Backgrounds([], fills);
    for (let i = 0; i < 20000; i++) fills.push(fill([(i % 100) * 5, (Math.floor(i / 100) % 100) * 5, (i % 100) * 5 + 4, (Math.floor(i / 100) % 100) * 5 + 4], '#FF0000', i));
    for (let i = 0; i < 50000; i++) expect(backgrounds.at((i % 500) + 0.5, 600 + (i % 7))).toBeNull();
    // Before, each point looked at every fill: 1,000,000,000 looks.
    expect(backgrounds.looks).toBe(0);
    // A point inside one: found among the fills of its cell (the 100 of a 48-point square here), not the 20,000.
    expect(backgrounds.at(2, 2)).toEqual({ color: '#FF0000', kind: 'shading' });
    expect(backgrounds.looks).toBeLessThanOrEqual(100);
  });

  it('a page of small fills under its text reads as before', async () => {
    let content = '';
    for (let i = 0; i < 400; i++) content += `${i % 2 ? '1 1 0' : '0 1 1'} rg ${(i % 20) * 30} ${700 - Math.floor(i / 20) * 30} 28 28 re f\n`;
    content += '0 0 0 rg\n';
    for (let i = 0; i < 400; i++) content += `BT /F1 10 Tf ${(i % 20) * 30 + 2} ${700 - Math.floor(i / 20) * 30 + 8} Td (${String.fromCharCode(97 + (i % 26))}) Tj ET\n`;
    const script = await readPdf(onePagePdf(content, true), 'fills.pdf', {});
    const backgrounds = new Set(script.paragraphs.flatMap((p) => p.runs.map((r) => r.background)));
    expect([...backgrounds].sort()).toEqual(['#00FFFF', '#FFFF00']);
  });

  it('one height at a time (Backgrounds.row, an upright text operator): the same answers as point by point', () => {
    // A small seeded generator: the same pages every run.
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
    const colours = ['#FFFFFF', '#FFFF00', '#00FF00', '#FCFCFC', '#CC0000'] as const;
    // A gradient stand-in: one colour over a box low on the page, none (not known) above it.
    const shade = { over: (box: readonly [number, number, number, number]) => (box[3] < 300 ? ('#00FFFF' as const) : null) };
    const box = (): Fill['box'] => {
      const x = rand() * 600, y = rand() * 800;
      return rand() < 0.05 ? [Number.NaN, y, x + 10, y + 10] : [x, y, x + rand() * 300, y + rand() * 40];
    };
    let asked = 0;
    const differ: string[] = [];
    for (let page = 0; page < 60; page++) {
      const fills: Fill[] = [];
      const unknown: Fill[] = [];
      const count = page % 3 === 0 ? 80 : Math.floor(rand() * 12);
      for (let i = 0; i < count; i++) {
        const f = fill(box(), pick(colours), i * 2);
        if (rand() < 0.1) f.shade = shade;
        fills.push(f);
        if (rand() < 0.05) unknown.push({ box: box(), color: '#FFFFFF', seq: i * 2 + 1 });
      }
      const highlights = page % 2 ? [{ boxes: [box(), box()], color: pick(colours), kind: 'annotation' as const }] : [];
      const byPoint = new Backgrounds(highlights, fills, [], unknown);
      const byRow = new Backgrounds(highlights, fills, [], unknown);
      for (let r = 0; r < 40; r++) {
        const y = r === 0 ? Number.NaN : rand() * 800;
        const band = rand() * 8;
        const row = byRow.row(y, band);
        for (let k = 0; k < 30; k++) {
          const x = k === 0 ? Number.NaN : rand() * 700 - 50;
          const [a, b] = [JSON.stringify(row.at(x)), JSON.stringify(byPoint.at(x, y, band))];
          if (a !== b) differ.push(`page ${page} at ${x}, ${y}: ${a} for ${b}`);
          asked++;
        }
      }
    }
    expect(differ).toEqual([]);
    expect(asked).toBe(60 * 40 * 30);
  });
});

