/**
 * Script lines set smaller than the body opening each page where a running header would stand, and
 * odd and even running headers on a three-page script (readers/pdf/furniture.ts `voicedLines`,
 * `alternating`, `runningFurniture`). Fixtures: tests/fixtures/pdf-header2/, made by
 * scripts/build-pdf-header2-fixtures.py (LibreOffice from python-docx documents, Chromium, ReportLab).
 * Before: every opening line below was dropped as a header, nothing said (15 paragraphs for 18), and
 * the even pages' header of a three-page script was read as lines on page 2.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScript } from '../src/readers/index.js';

const DIR = join(__dirname, 'fixtures', 'pdf-header2');
const read = async (file: string) => {
  const script = await readScript(join(DIR, file));
  return {
    texts: script.paragraphs.map((p) => p.runs.map((r) => r.text).join('')),
    said: script.warnings.filter((w) => w.code.startsWith('furniture-')).map((w) => ({ code: w.code, message: w.message, details: w.details })),
  };
};
const colours = async (file: string) => (await readScript(join(DIR, file))).paragraphs.map((p) => [...new Set(p.runs.filter((r) => /\S/u.test(r.text)).map((r) => r.color))]);

const BODY = [
  'NARRATOR: The harbour wakes before the town does. Long before the first bus coughs its way up the hill, the fishing boats are already rounding the breakwater, their decks stacked with crates and nets.',
  'EXPERT: What most visitors never notice is how much of the catch is sold before it even touches the quay. The auction runs on phones now, and the prices move faster than anybody can haul the ropes.',
  'NARRATOR: By seven the market hall is full of voices, ice and the smell of diesel, and the buyers from the restaurants along the coast argue over every box of langoustines.',
  'EXPERT: The young skippers worry about quotas, fuel and insurance; the old ones worry about the weather, which has become harder to read every winter.',
  'NARRATOR: Then, as suddenly as it started, it is over. The hall is hosed down, the lorries pull away, and the harbour goes quiet again until the tide turns.',
];
/** Each page's opening line (if any) and its body, each page opening one paragraph further on. */
const pages = (openers: (string | null)[]) => openers.flatMap((opener, page) => [...(opener === null ? [] : [opener]), ...BODY.slice(page % 5), ...BODY.slice(0, page % 5)]);

const voicedSaid = (text: string) => ({
  code: 'furniture-in-voice-colour',
  message: `"${text}" (pages 1, 2, 3) is read as a script line of its colour on each of those pages: it repeats at the top of the page as a running header does, but is set smaller than the text in a colour the script's lines are in. If it is a page header, not a line to record, leave its words out of that voice's count.`,
  details: { pages: [1, 2, 3], texts: [text], story: 'header' },
});

describe('a line in a voice colour, smaller than the body, opening every page: read, and said', () => {
  it.each([
    ['lo-voiced-direction.pdf', '(SFX: door)'], // LibreOffice, 10 pt over 12 pt
    ['lo-voiced-next.pdf', 'Next.'],
    ['lo-voiced-label.pdf', 'NARRATOR'],
    ['cr-voiced-next.pdf', 'Next.'], // Chromium, 9 pt over 12 pt
    ['rl-voiced-direction.pdf', '(SFX: door)'], // ReportLab, 9 pt over 11 pt, 22 pt over the body (its paragraph spacing)
  ])('%s: "%s" read on each page, in the narrator\'s colour', async (file, opener) => {
    const { texts, said } = await read(file);
    expect(texts).toEqual(pages([opener, opener, opener]));
    expect(said).toEqual([voicedSaid(opener)]);
    expect((await colours(file))[0]).toEqual(['#1F4E79']);
  });
});

describe('a smaller black line whose words change from page to page is no header by its size alone', () => {
  const CUES = ['MUSIC: harbour theme fades in', 'MUSIC: market bustle under', 'MUSIC: quiet strings, then out'];
  it.each(['lo-music-cues.pdf', 'cr-music-cues.pdf', 'rl-music-cues.pdf'])('%s: each page\'s music cue read', async (file) => {
    const { texts, said } = await read(file);
    expect(texts).toEqual(pages(CUES));
    expect(said).toEqual([]);
  });
});

describe('what still reads as a header: left out', () => {
  // The same black line at the same height atop every page, apart from the body: a header by every sign it gives.
  it('lo-black-direction.pdf: "(SFX: door)" in black atop every page is left out, and said (before: nothing said)', async () => {
    const { texts, said } = await read('lo-black-direction.pdf');
    expect(texts).toEqual(pages([null, null, null]));
    expect(said.map((w) => [w.code, w.details])).toEqual([
      ['furniture-left-out', { lines: 3, words: 6, pages: [1, 2, 3], texts: ['(SFX: door)'], story: 'header', include: 'headers' }],
    ]);
  });
});

describe('odd and even running headers on three pages: the even one stands on page 2 only', () => {
  it('lo-odd-even-three.pdf: both headers left out (before: the even pages\' two lines read on page 2), and said: they stand against the text', async () => {
    const { texts, said } = await read('lo-odd-even-three.pdf');
    expect(texts).toEqual(pages([null, null, null]));
    expect(said).toEqual([{
      code: 'furniture-against-text',
      message: '"Harbour Heritage Trust — Episode 4 “The Catch”", "Version 3 — approved 2026-11-02", "Episode 4 “The Catch” — narration" (pages 1, 2, 3) were left out as a running header: they repeat from page to page in a size of their own, but stand against the text, not apart from it in the page\'s margin. If they are headings or lines to record, count them with --include headers.',
      details: { pages: [1, 2, 3], texts: ['Harbour Heritage Trust — Episode 4 “The Catch”', 'Version 3 — approved 2026-11-02', 'Episode 4 “The Catch” — narration'], include: 'headers' },
    }]);
  });

  it('lo-odd-even-three.pdf: asked for, each header read once', async () => {
    const script = await readScript(join(DIR, 'lo-odd-even-three.pdf'), { include: ['header'] });
    expect(script.paragraphs.filter((p) => p.location.story === 'header').map((p) => [p.location.page, p.runs.map((r) => r.text).join('')])).toEqual([
      [1, 'Harbour Heritage Trust — Episode 4 “The Catch” Version 3 — approved 2026-11-02'],
      [2, 'Episode 4 “The Catch” — narration Studio B — session of 14 November'],
    ]);
  });

  it('lo-odd-even-one-line.pdf: one-line grey headers standing apart in the margin, left out (before: "Harbour Heritage Trust" read on page 2), and said as any header left out', async () => {
    const { texts, said } = await read('lo-odd-even-one-line.pdf');
    expect(texts).toEqual(pages([null, null, null]));
    expect(said).toEqual([{
      code: 'furniture-left-out',
      message: 'Running headers left out of the lines: "The Catch — Chapter 2", "Harbour Heritage Trust" (3 lines, 11 words, pages 1, 2, 3). They repeat at the top of the page as page furniture does; if one is a line to record (a speaker\'s name, a tagline read on each page), count them with --include headers.',
      details: { lines: 3, words: 11, pages: [1, 2, 3], texts: ['The Catch — Chapter 2', 'Harbour Heritage Trust'], story: 'header', include: 'headers' },
    }]);
  });
});
