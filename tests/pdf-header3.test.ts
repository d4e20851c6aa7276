/**
 * Running headers in the body's size and colour left out of the lines are said (`furniture-left-out`,
 * assemble.ts `furnitureWarning`): a black line repeated word for word atop every page, apart from the
 * text, has every sign of a header, but it may be a narrator's ("NARRATOR:", a tagline read on each page).
 * Fixtures: tests/fixtures/pdf-header3/, made by scripts/build-pdf-header3-fixtures.py (LibreOffice from
 * python-docx documents: a Word header part, a body paragraph opening each page; a ReportLab canvas).
 * Before: each was left out without a word (15 lines, 453 words, no warning).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScript } from '../src/readers/index.js';
import { analyse } from '../src/pipeline.js';
import { renderSummary } from '../src/render/text.js';
import { renderJson } from '../src/render/json.js';

const DIR = join(__dirname, 'fixtures', 'pdf-header3');
const read = async (file: string, include: string[] = []) => {
  const script = await readScript(join(DIR, file), { include: include as never });
  return {
    texts: script.paragraphs.map((p) => p.runs.map((r) => r.text).join('')),
    said: script.warnings.filter((w) => w.code.startsWith('furniture-')).map((w) => ({ code: w.code, message: w.message, details: w.details })),
  };
};

const BODY = [
  'NARRATOR: The harbour wakes before the town does. Long before the first bus coughs its way up the hill, the fishing boats are already rounding the breakwater, their decks stacked with crates and nets.',
  'EXPERT: What most visitors never notice is how much of the catch is sold before it even touches the quay. The auction runs on phones now, and the prices move faster than anybody can haul the ropes.',
  'NARRATOR: By seven the market hall is full of voices, ice and the smell of diesel, and the buyers from the restaurants along the coast argue over every box of langoustines.',
  'EXPERT: The young skippers worry about quotas, fuel and insurance; the old ones worry about the weather, which has become harder to read every winter.',
  'NARRATOR: Then, as suddenly as it started, it is over. The hall is hosed down, the lorries pull away, and the harbour goes quiet again until the tide turns.',
];
/** Each page's opening line (if any) and its body, each page opening one paragraph further on. */
const pages = (opener: string | null) => [0, 1, 2].flatMap((page) => [...(opener === null ? [] : [opener]), ...BODY.slice(page % 5), ...BODY.slice(0, page % 5)]);

const leftOut = (text: string, words: number) => ({
  code: 'furniture-left-out',
  message: `Running headers left out of the lines: "${text}" (3 lines, ${words} words, pages 1, 2, 3). They repeat at the top of the page as page furniture does; if one is a line to record (a speaker's name, a tagline read on each page), count them with --include headers.`,
  details: { lines: 3, words, pages: [1, 2, 3], texts: [text], story: 'header', include: 'headers' },
});

describe('a black header in the body\'s size, apart from the text on every page: left out, and said', () => {
  it.each([
    ['lo-header-part.pdf', 'ACME — Safety module v3', 12], // a Word header part, 12 pt black over 12 pt text
    ['lo-header-narrator.pdf', 'NARRATOR:', 3], // the same, a speaker's label
    ['lo-tagline-top.pdf', 'Brought to you by Harbour Insurance.', 18], // a body paragraph opening each page, 30 pt after it
    ['rl-narrator-apart.pdf', 'NARRATOR:', 3], // ReportLab, Helvetica 11 pt, 40 pt over the body
  ])('%s: "%s" left out of the lines, and said with its words and pages', async (file, text, words) => {
    const { texts, said } = await read(file);
    expect(texts).toEqual(pages(null));
    expect(said).toEqual([leftOut(text, words)]);
  });

  it('lo-tagline-top.pdf with --include headers: read once, where it first stands, and not said', async () => {
    const { texts, said } = await read('lo-tagline-top.pdf', ['header']);
    expect(texts).toEqual(['Brought to you by Harbour Insurance.', ...pages(null)]);
    expect(said).toEqual([]);
  });

  it('lo-header-part.pdf: the summary in text and JSON shows it', async () => {
    const { report } = await analyse(join(DIR, 'lo-header-part.pdf'), { noConfig: true });
    const text = renderSummary(report);
    expect(text).toContain('  ! Running headers left out of the lines: "ACME — Safety module v3" (3 lines, 12 words, pages 1, 2, 3).');
    const json = JSON.parse(renderJson(report)) as { warnings: { code: string; details: unknown }[] };
    expect(json.warnings.find((w) => w.code === 'furniture-left-out')?.details).toEqual(leftOut('ACME — Safety module v3', 12).details);
  });
});

describe('"NARRATOR:" in black opening each page at the body\'s spacing, in its size, is a line: read, and said', () => {
  it.each(['lo-narrator-top.pdf', 'rl-narrator-close.pdf'])('%s: read on each page, and said (it repeats as a header would)', async (file) => {
    const { texts, said } = await read(file);
    expect(texts).toEqual(pages('NARRATOR:'));
    expect(said).toEqual([{
      code: 'furniture-read-as-line',
      message: `"NARRATOR:" (3 lines, 3 words, pages 1, 2, 3) is read as a script line: it repeats word for word at the top of the page as a running header does, but stands at the text's own spacing, in its size. If it is a page header, not a line to record, leave its words out of the count.`,
      details: { lines: 3, words: 3, pages: [1, 2, 3], texts: ['NARRATOR:'], story: 'header' },
    }]);
  });
});
