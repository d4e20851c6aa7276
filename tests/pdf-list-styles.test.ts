/**
 * HTML lists in CSS's bullet styles, printed by Chromium and WeasyPrint (tests/fixtures/pdf-list-styles,
 * made by scripts/build-pdf-list-styles-fixtures.py). Chromium draws a bullet as a shape, no glyph:
 * `disc` a filled circle, `square` a filled square, `circle` a stroked ring (nested lists take
 * circle at their second level). Each item is a paragraph, as in WeasyPrint's PDF (which writes
 * a glyph) and in a DOCX of the same list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../src/pipeline.js';
import { readPdf } from '../src/readers/pdf/index.js';

const DIR = join(__dirname, 'fixtures', 'pdf-list-styles');

async function texts(name: string) {
  const file = join(DIR, name);
  const script = await readPdf(new Uint8Array(readFileSync(file)), file, {});
  return script.paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
}

const LONG = 'Lines in grey are on-screen text and are never recorded by anyone, whatever the voice of the screen around them, so leave them out of the count.';
const BODY = [
  'Screen 1',
  'Welcome to the warehouse safety course for new starters.',
  'Always wear your high visibility vest in the loading bay.',
  'Never walk behind a reversing forklift truck, even for a second.',
  'Report every near miss to your team leader the same day.',
  'Do I need the vest in the office too?',
  'Thank you for following this module to the end.',
];
const LEGEND = ['Narrator — dark grey', 'Expert — blue', 'Learner — green', 'Black — not recorded'];

describe('bullets in each list style: one item, one paragraph', () => {
  it.each(['circle-chromium.pdf', 'circle-wp.pdf', 'square-chromium.pdf', 'square-wp.pdf'])('%s: the wrapped item is one paragraph, each short item one', async (name) => {
    // Before, circle-chromium.pdf: the long item split at its wrap ("…whatever the" / "voice of the screen…").
    expect(await texts(name)).toEqual(['Warehouse Safety Module', 'Key:', ...LEGEND, LONG, ...BODY]);
  });

  it.each(['nested-chromium.pdf', 'nested-wp.pdf'])('%s: a nested list’s items (circle, then square) are paragraphs of their own', async (name) => {
    // Before, nested-chromium.pdf: "Calm and slow Reads the titles" (two ringed items in one).
    expect(await texts(name)).toEqual([
      'Warehouse Safety Module', 'Key:',
      'Narrator — dark grey', 'Calm and slow', 'Reads the titles',
      'Expert — blue', 'Warm', 'Site terms:', 'forklift', 'loading bay',
      'Learner — green', 'Black — not recorded',
      ...BODY,
    ]);
  });

  it.each(['circle-chromium.pdf', 'circle-wp.pdf'])('%s with no config: the legend list read, the same voices from Chromium as from WeasyPrint', async (name) => {
    const file = join(DIR, name);
    const { report } = await analyseBytes(new Uint8Array(readFileSync(file)), file, {});
    // Before, circle-chromium.pdf: legend-rejected (the long item's halves read into it), colours mode.
    expect(report.mode).toBe('legend');
    expect(report.voices.map((v) => [v.name, v.colors.join(','), v.lineCount, v.words])).toEqual([
      ['Narrator', '#404040', 2, 18], ['Expert', '#0070C0', 3, 32], ['Learner', '#00B050', 1, 9],
    ]);
  });
});
