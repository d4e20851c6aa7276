/**
 * Page headers pressed against the body at one of its own spacings (readers/pdf/furniture.ts
 * `smallEdgeBlocks`): a LibreOffice header of two 10 pt lines over a 1.5-spaced 12 pt body stands as
 * far above its first line as its paragraphs stand apart, so the gap does not set it apart; the same
 * text at the same height on page after page, set smaller than the body, does. Before, each was read
 * once a page as unassigned lines. Lines that repeat but are no header stay. Fixtures:
 * tests/fixtures/pdf-header/, made by scripts/build-pdf-header-fixtures.py (LibreOffice from
 * python-docx documents, and a ReportLab canvas).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScript } from '../src/readers/index.js';

const DIR = join(__dirname, 'fixtures', 'pdf-header');
const texts = async (file: string) => (await readScript(join(DIR, file))).paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
const furniture = async (file: string) =>
  (await readScript(join(DIR, file), { include: ['header', 'footer'] })).paragraphs
    .filter((p) => p.location.story !== 'body')
    .map((p) => [p.location.story, p.location.page, p.runs.map((r) => r.text).join('')]);

const HEADER = ['Harbour Heritage Trust — Episode 4 “The Catch”', 'Version 3 — approved 2026-11-02'];
const BODY = [
  'NARRATOR: The harbour wakes before the town does. Long before the first bus coughs its way up the hill, the fishing boats are already rounding the breakwater, their decks stacked with crates and nets.',
  'EXPERT: What most visitors never notice is how much of the catch is sold before it even touches the quay. The auction runs on phones now, and the prices move faster than anybody can haul the ropes.',
  'NARRATOR: By seven the market hall is full of voices, ice and the smell of diesel, and the buyers from the restaurants along the coast argue over every box of langoustines.',
  'EXPERT: The young skippers worry about quotas, fuel and insurance; the old ones worry about the weather, which has become harder to read every winter.',
  'NARRATOR: Then, as suddenly as it started, it is over. The hall is hosed down, the lorries pull away, and the harbour goes quiet again until the tide turns.',
];
/** The body of `pages` pages, each opening one paragraph further on, as the builder writes them. */
const body = (pages: number) => Array.from({ length: pages }, (_, page) => [...BODY.slice(page % 5), ...BODY.slice(0, page % 5)]).flat();

describe('a header pressed against the body at its paragraph spacing, set smaller than the body: furniture', () => {
  it.each([
    ['lo-two-line-header.pdf', 2], // before: 14 paragraphs, the two header lines twice
    ['lo-page-in-header.pdf', 3], // "Harbour script — page 2 of 3": before 21 paragraphs
    ['lo-header-from-page-two.pdf', 3], // header on pages 2 and 3 only: before 19
    ['lo-odd-even-header.pdf', 4], // odd and even pages' headers: before 28
    ['rl-two-line-header.pdf', 3], // ReportLab, 9 pt over 11 pt, 22 pt between paragraphs and under the header: before 21
    ['rl-page-in-header.pdf', 3], // before 21
    ['rl-header-from-page-two.pdf', 3], // before 19
  ])('%s: the header lines are gone, every body paragraph read as written', async (file, pages) => {
    expect(await texts(file)).toEqual(body(pages));
  });

  // Asked for, a header's two lines read as one paragraph, as a header standing apart does (tests/fixtures/pdf-pitch/header-10-serif-12.pdf).
  it.each(['lo-two-line-header.pdf', 'rl-two-line-header.pdf'])('%s: the header read once when asked for', async (file) => {
    expect(await furniture(file)).toEqual([['header', 1, HEADER.join(' ')]]);
  });

  it('lo-odd-even-header.pdf: both headers read once each when asked for', async () => {
    expect(await furniture('lo-odd-even-header.pdf')).toEqual([
      ['header', 1, HEADER.join(' ')], ['header', 2, 'Episode 4 “The Catch” — narration Studio B — session of 14 November'],
    ]);
  });

  it('lo-header-from-page-two.pdf: page 1 has no header, its first line is read; the header as it stands on page 2', async () => {
    expect(await furniture('lo-header-from-page-two.pdf')).toEqual([['header', 2, HEADER.join(' ')]]);
  });
});

describe('lines that repeat but are no header stay', () => {
  const REFRAIN = 'NARRATOR: The tide waits for no one.';
  it('lo-refrain.pdf: a refrain opening page 1 and said again in the middle of page 2 (body size): read both times', async () => {
    const pdf = await texts('lo-refrain.pdf');
    expect(pdf).toEqual([REFRAIN, ...BODY, ...BODY.slice(1, 4), REFRAIN, BODY[4], BODY[0]]);
    expect(await furniture('lo-refrain.pdf')).toEqual([]);
  });

  it('lo-refrain-one-page.pdf: one page, the refrain first and last: both read', async () => {
    expect(await texts('lo-refrain-one-page.pdf')).toEqual([REFRAIN, ...BODY.slice(0, 3), REFRAIN]);
  });
});

describe('a header taken by its smaller size alone, against the text, is said (furniture-against-text)', () => {
  it.each([
    ['lo-two-line-header.pdf', [1, 2]],
    ['rl-two-line-header.pdf', [1, 2, 3]],
    ['lo-header-from-page-two.pdf', [2, 3]],
  ] as const)('%s: its lines and pages said', async (file, pages) => {
    const script = await readScript(join(DIR, file));
    expect(script.warnings.filter((w) => w.code.startsWith('furniture-')).map((w) => [w.code, w.details])).toEqual([
      ['furniture-against-text', { pages, texts: HEADER, include: 'headers' }],
    ]);
  });

  it('lo-page-in-header.pdf: a header numbering its page quoted once ("page 1 of 3", not "page 2 of 3" again)', async () => {
    const script = await readScript(join(DIR, 'lo-page-in-header.pdf'));
    expect(script.warnings.filter((w) => w.code.startsWith('furniture-')).map((w) => [w.code, w.details])).toEqual([
      ['furniture-against-text', { pages: [1, 2, 3], texts: ['Harbour script — page 1 of 3', HEADER[1]], include: 'headers' }],
    ]);
  });

  it('lo-two-line-header.pdf: nothing said when the header is asked for', async () => {
    const script = await readScript(join(DIR, 'lo-two-line-header.pdf'), { include: ['header'] });
    expect(script.warnings.filter((w) => w.code.startsWith('furniture-'))).toEqual([]);
  });
});
