/**
 * Frames and backgrounds too pale to be seen (tests/fixtures/pdf-frames, made by
 * scripts/build-pdf-frames-fixtures.py): a rectangle with a rectangle cut out of it (WeasyPrint's
 * cell borders, `re re f*`; a frame drawn both ways round under the nonzero rule) paints its ring,
 * not what it frames; a shading as pale as #FDFDFD is the white page. Each is read as a reader sees
 * it: the lines framed go by their text colour, and a frame drawn over text hides none of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../src/readers/pdf/index.js';
import { readDocx } from '../src/readers/docx/index.js';
import { castScript } from '../src/attribute/cast-script.js';
import { buildReport } from '../src/measure/report.js';
import { paragraphLooks } from './helpers/paragraph-looks.js';

const DIR = join(__dirname, 'fixtures', 'pdf-frames');

async function read(name: string) {
  const file = join(DIR, name);
  const bytes = new Uint8Array(readFileSync(file));
  return name.endsWith('.pdf') ? readPdf(bytes, file, {}) : readDocx(bytes, file, {});
}

/** Each paragraph as [its text, its words, each run's text colour and background], and the warnings' codes. */
async function paragraphs(name: string) {
  const script = await read(name);
  return {
    paragraphs: paragraphLooks(script),
    warnings: buildReport(castScript(script, null)).warnings.map((w) => w.code),
  };
}

const TABLE = [
  ['1', 1, '#000000'],
  ['Welcome to the warehouse safety course for new starters.', 9, '#0000FF'],
  ['2', 1, '#000000'],
  ['Always wear your high visibility vest in the loading bay.', 10, '#00B050'],
  ['3', 1, '#000000'],
  ['Every day more than two hundred people work on this site.', 11, '#0000FF'],
  ['4', 1, '#000000'],
  ['Never walk behind a reversing forklift truck, even for a second.', 11, '#00B050'],
];

describe('frames paint their ring, not what they frame', () => {
  it("bordered-wp.pdf: WeasyPrint's separate cell borders (outer and inner rectangle, even-odd) are no grey background", async () => {
    const { paragraphs: got, warnings } = await paragraphs('bordered-wp.pdf');
    expect(got).toEqual([
      ['Warehouse Safety Module', 3, '#000000'],
      ['Screen 1', 2, '#000000'],
      ...TABLE,
      ['Screen 2', 2, '#000000'],
      ['Let us begin with the three rules that keep you safe.', 11, '#0000FF'],
      ['Report every near miss to your team leader the same day.', 11, '#00B050'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('bordered-chromium.pdf (the same HTML, borders as thin rectangles) reads the same lines in the same colours, in the same order', async () => {
    // Each cell's own border beside its neighbour's (two parallel rulings 2 pt apart) is one cell
    // boundary: the table is read row by row, as WeasyPrint's (tables.ts joinCollinear).
    const wp = await paragraphs('bordered-wp.pdf');
    const chromium = await paragraphs('bordered-chromium.pdf');
    expect(chromium.paragraphs).toEqual(wp.paragraphs);
  });

  it('rl-frames.pdf: even-odd and opposite-winding frames paint no background; a thick frame over a line hides none of it; two rectangles the same way round (nonzero) fill the inner one', async () => {
    const { paragraphs: got, warnings } = await paragraphs('rl-frames.pdf');
    expect(got).toEqual([
      ['Frames around the lines', 4, '#000000'],
      ['The blue narrator speaks inside a grey frame.', 8, '#0000FF'],
      ['The green expert answers in a frame drawn both ways.', 10, '#00B050'],
      ['A thick red frame is drawn over this blue line.', 10, '#0000FF'],
      ['This black line stands on pale yellow.', 7, '#000000 on #FFFF99'],
    ]);
    expect(warnings).not.toContain('covered-text');
  });
});

describe('rounded frames paint their ring too (a hole is a hole, curves or not)', () => {
  const BOXES = (guide: string, visitor: string): [string, number, string][] => [
    ['You are standing in the oldest room of the castle.', 10, `#000000 on ${guide}`],
    ['How did they heat a room this big in winter?', 10, `#000000 on ${visitor}`],
  ];
  const LATER = (guide: string, visitor: string): [string, number, string][] => [
    ['With that fireplace, and with a lot of wool.', 9, `#000000 on ${guide}`],
    ['I would have worn three coats.', 6, `#000000 on ${visitor}`],
  ];
  const EXPECTED = [
    ['Castle tour — Tower room', 4, '#000000'],
    ...BOXES('#FFF3B0', '#D6ECFF'),
    ['[Wind howling]', 2, '#000000'],
    ...LATER('#FFF3B0', '#D6ECFF'),
    ['Second take', 2, '#000000'],
    ...BOXES('#FFF3B0', '#D6ECFF'),
    ...LATER('#FFF3B0', '#D6ECFF'),
  ];

  it("rounded-wp.pdf: WeasyPrint's rounded borders (inner and outer rounded rectangle, curves, even-odd) are no background: each box's own fill is", async () => {
    const { paragraphs: got, warnings } = await paragraphs('rounded-wp.pdf');
    expect(got).toEqual(EXPECTED);
    expect(warnings).toEqual([]);
  });

  it('rounded-chromium.pdf (the same HTML) reads the same', async () => {
    expect((await paragraphs('rounded-chromium.pdf')).paragraphs).toEqual(EXPECTED);
  });

  it('rl-rounded.pdf: an opposite-winding rounded frame (nonzero) is no background; the same way round it fills; a small filled ring stays a dot', async () => {
    const { paragraphs: got } = await paragraphs('rl-rounded.pdf');
    expect(got).toEqual([
      ['Rounded frames around the lines', 5, '#000000'],
      ['The blue narrator speaks inside a rounded grey frame.', 9, '#0000FF'],
      ['This black line stands on pale yellow.', 7, '#000000 on #FFFF99'],
      ['A green item after a small drawn ring.', 8, '#00B050'],
    ]);
  });
});

describe('a background too pale to be seen is the white page', () => {
  const EXPECTED = [
    ['Warehouse Safety Module', 3, '#000000'],
    ['Welcome to the warehouse safety course for new starters.', 9, '#0000FF'],
    ['Always wear your high visibility vest in the loading bay.', 10, '#00B050'],
    ['Every day more than two hundred people work on this site.', 11, '#0000FF'],
    ['Never walk behind a reversing forklift truck, even for a second.', 11, '#00B050'],
    ['Let us begin with the three rules that keep you safe.', 11, '#0000FF'],
    ['Not recorded: the trainer reads this note on screen.', 9, '#000000 on #F2F2F2'],
  ];
  it('near-white.docx: run shading #FDFDFD is none (the blue lines one voice); #F2F2F2 (Word\'s "Darker 5%") stays a background', async () => {
    expect((await paragraphs('near-white.docx')).paragraphs).toEqual(EXPECTED);
  });
  it('near-white.pdf (LibreOffice) reads the same', async () => {
    expect((await paragraphs('near-white.pdf')).paragraphs).toEqual(EXPECTED);
  });
});
