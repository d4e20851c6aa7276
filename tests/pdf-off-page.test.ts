/**
 * Text cut off at the page's edge or by a clip (readers/pdf/off-page.ts): what lies outside is not
 * read (a reader does not see it), and a line cut so is said with the `text-off-page` warning, never
 * counted as if whole. Fixtures: tests/fixtures/pdf-off-page/ (README), built by
 * scripts/build-off-page-fixtures.py.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../src/pipeline.js';
import { parseConfigText } from '../src/config/parse.js';
import type { Warning } from '../src/model.js';
import { cutText } from '../src/readers/pdf/off-page.js';
import type { PageText } from '../src/readers/pdf/assemble.js';
import type { Line, OffText } from '../src/readers/pdf/types.js';
import { runCli } from './helpers/cli.js';

const DIR = join(__dirname, 'fixtures', 'pdf-off-page');

async function analysed(file: string) {
  const path = join(DIR, file);
  return analyseBytes(new Uint8Array(readFileSync(path)), path);
}

/** The paragraphs a warning names (its details' `paragraphs`, numbers that move with the layout), by their first words. */
const named = (script: { paragraphs: { location: { paragraph: number }; runs: { text: string }[] }[] }, numbers: unknown) =>
  (numbers as number[]).map((n) => script.paragraphs.find((p) => p.location.paragraph === n)!.runs.map((r) => r.text).join('').split(' ').slice(0, 4).join(' '));

const offPage = (warnings: readonly Warning[]) => warnings.filter((w) => w.code === 'text-off-page');
const words = (report: { voices: { name: string; words: number; lineCount: number }[] }) => Object.fromEntries(report.voices.map((v) => [v.name, [v.words, v.lineCount]]));

describe('text running off the page', () => {
  it('lo-wide-table-en.pdf: LibreOffice sets the storyboard table as wide as the page and its narration runs past the edge: 13 lines cut, said where the first is', async () => {
    const { report, script } = await analysed('lo-wide-table-en.pdf');
    const [warning, ...more] = offPage(script.warnings);
    expect(more).toEqual([]);
    expect(named(script, warning?.details?.paragraphs)).toEqual(['Welcome. Today we look', 'Phishing emails look real.']);
    expect(warning?.location?.paragraph).toBe(script.paragraphs.find((p) => p.runs[0]?.text.startsWith('Welcome. Today'))?.location.paragraph);
    expect(warning).toEqual({
      code: 'text-off-page',
      message:
        'Text runs off the page on page 1: 13 lines are cut at the edge (the first: "Welcome. Today we look at phishing, the most common attack on our compan"), and what lies past it is not shown, so vo-lines could not read it: the word counts of those lines and their voices may be short. Re-export the PDF so that the text fits the page (a narrower table, a smaller type, a landscape page), or count from the Word file.',
      details: {
        pages: [1],
        lines: 13,
        text: 'Welcome. Today we look at phishing, the most common attack on our compan',
        paragraphs: warning?.details?.paragraphs,
        colours: ['#00B050', '#0070C0'],
        characters: 33,
        edge: 'page',
        cut: warning?.details?.cut,
      },
      location: { story: 'body', paragraph: warning?.location?.paragraph, page: 1, cell: { table: 1, row: 2, column: 4, numbered: '#1' } },
    });
    // The reader lists each line cut, its paragraph and the colour past the edge (it knows no voice).
    const cut = warning?.details?.cut as { page: number; paragraph: number | null; text: string; colours: string[]; side?: string }[];
    expect(cut).toHaveLength(13);
    expect(cut[0]).toEqual({ page: 1, paragraph: (warning?.details?.paragraphs as number[])[0], text: 'Welcome. Today we look at phishing, the most common attack on our compan', colours: ['#0070C0'], side: 'right' });
    expect(cut.filter((c) => c.colours[0] === '#00B050')).toHaveLength(12);
    // The report says it, naming the voices whose words are cut (every command's warnings come from it).
    const [said, ...others] = offPage(report.warnings);
    expect(others).toEqual([]);
    const [narrator, expert] = warning?.details?.paragraphs as number[];
    expect(said?.message).toBe(
      `Text runs off the page on page 1: 13 lines are cut at the edge (the first: "Welcome. Today we look at phishing, the most common attack on our compan"), and what lies past it is not shown, so vo-lines could not read it. Expert's lines are cut at the page's right edge on page 1 (12 lines: p.1 ¶${expert} (table 1, row 6 · #4, col 4)); Narrator's line is cut at the page's right edge on page 1 (1 line: p.1 ¶${narrator} (table 1, row 2 · #1, col 4)): the word counts of Expert and Narrator may be short. Re-export the PDF so that the text fits the page (a narrower table, a smaller type, a landscape page), or count from the Word file.`,
    );
    expect(said?.details).toEqual({
      pages: [1],
      lines: 13,
      text: 'Welcome. Today we look at phishing, the most common attack on our compan',
      paragraphs: [narrator, expert],
      colours: ['#00B050', '#0070C0'],
      characters: 33,
      edge: 'page',
      voices: [
        { name: 'Expert', lines: 12, pages: [1], paragraphs: [expert], places: [{ story: 'body', paragraph: expert, page: 1, cell: { table: 1, row: 6, column: 4, numbered: '#4' } }] },
        { name: 'Narrator', lines: 1, pages: [1], paragraphs: [narrator], places: [{ story: 'body', paragraph: narrator, page: 1, cell: { table: 1, row: 2, column: 4, numbered: '#1' } }] },
      ],
    });
    expect(said?.location).toEqual(warning?.location);
    // What is read stays what a reader sees: the cut words are short, the DOCX holds them all.
    expect(words(report)).toEqual({ Narrator: [38, 4], Expert: [230, 3] });
    const docx = await analysed('lo-wide-table-en.docx');
    expect(words(docx.report)).toEqual({ Narrator: [38, 4], Expert: [233, 3] });
    expect(offPage(docx.script.warnings)).toEqual([]);
  });

  it('rl-off-page-en.pdf: ReportLab strings drawn past the right edge and from left of the page, and a label’s text set wholly beyond the edge on its row', async () => {
    const { script } = await analysed('rl-off-page-en.pdf');
    const [warning, ...more] = offPage(script.warnings);
    expect(more).toEqual([]);
    expect(named(script, warning?.details?.paragraphs)).toEqual(['The boats you see', 'wn twice before anyone']);
    expect(warning?.details).toEqual({
      pages: [1],
      lines: 3,
      text: 'The boats you see here have fished these waters for a hundred and fifty yea',
      paragraphs: warning?.details?.paragraphs,
      colours: ['#00B050'],
      characters: 45,
      edge: 'page',
      cut: warning?.details?.cut,
    });
    expect(warning?.location).toEqual({ story: 'body', paragraph: (warning?.details?.paragraphs as number[])[0], page: 1 });
    // Two lines read, cut at the right edge and at the left; the label's row past the right edge, not read.
    const [right, left] = warning?.details?.paragraphs as number[];
    expect(warning?.details?.cut).toEqual([
      { page: 1, paragraph: right, text: 'The boats you see here have fished these waters for a hundred and fifty yea', colours: ['#00B050'], side: 'right' },
      { page: 1, paragraph: left, text: 'wn twice before anyone thought of building it in stone.', colours: ['#00B050'], side: 'left' },
      { page: 1, paragraph: null, text: 'Mind the ropes on the ground.', colours: ['#00B050'], side: 'right' },
    ]);
    // The lines as a reader sees them: cut, not made up.
    const texts = script.paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
    expect(texts).toContain('The boats you see here have fished these waters for a hundred and fifty yea');
    expect(texts).toContain('wn twice before anyone thought of building it in stone.');
    expect(texts.join(' ')).not.toContain('Mind the ropes');
  });

  it('chromium-overflow-en.pdf: a box with overflow: hidden cuts a nowrap line at its side and a line across its letters at its foot: the edge is the box’s', async () => {
    const { script } = await analysed('chromium-overflow-en.pdf');
    const [warning] = offPage(script.warnings);
    expect(warning?.message).toBe(
      'Text runs off the box it is drawn in on page 1: 2 lines are cut at the edge (the first: "Everything in the garden centr"), and what lies past it is not shown, so vo-lines could not read it: the word counts of those lines and their voices may be short. Re-export the PDF so that the text fits the page (a narrower table, a smaller type, a landscape page), or count from the Word file.',
    );
    expect(named(script, warning?.details?.paragraphs)).toEqual(['Everything in the garden']);
    expect(warning?.details).toEqual({ pages: [1], lines: 2, text: 'Everything in the garden centr', paragraphs: warning?.details?.paragraphs, colours: ['#00B050'], characters: 40, edge: 'clip', cut: warning?.details?.cut });
    expect(warning?.location).toEqual({ story: 'body', paragraph: (warning?.details?.paragraphs as number[])[0], page: 1 });
    // The casting names the voice: a box's edge, no side of the page.
    const [said] = offPage((await analysed('chromium-overflow-en.pdf')).report.warnings);
    const [p] = warning?.details?.paragraphs as number[];
    expect(said?.message).toBe(
      `Text runs off the box it is drawn in on page 1: 2 lines are cut at the edge (the first: "Everything in the garden centr"), and what lies past it is not shown, so vo-lines could not read it. Anna's lines are cut at the edge of the box they are drawn in on page 1 (2 lines: p.1 ¶${p}): Anna's word count may be short. Re-export the PDF so that the text fits the page (a narrower table, a smaller type, a landscape page), or count from the Word file.`,
    );
    expect(said?.details?.voices).toEqual([{ name: 'Anna', lines: 2, pages: [1], paragraphs: [p], places: [{ story: 'body', paragraph: p, page: 1 }] }]);
    expect(said?.details?.cut).toBeUndefined();
  });

  it('chromium-nowrap-en.pdf: a table wider than the page, cut at the edge of the printed area; a nowrap line Chromium cut between two words leaves nothing in the file to tell', async () => {
    const { script } = await analysed('chromium-nowrap-en.pdf');
    const [warning, ...more] = offPage(script.warnings);
    expect(more).toEqual([]);
    expect(named(script, warning?.details?.paragraphs)).toEqual(['This globe was made']);
    expect(warning?.details).toEqual({ pages: [1], lines: 2, text: 'This globe was made for a merch', paragraphs: warning?.details?.paragraphs, colours: ['#00B050'], characters: 1, edge: 'clip', cut: warning?.details?.cut });
    // The nowrap line reads as far as the file draws it.
    expect(script.paragraphs.some((p) => p.runs.map((r) => r.text).join('').endsWith('by a sailor who had seen it'))).toBe(true);
  });
});

describe('the voices whose words are cut, named once the lines are cast', () => {
  it('rl-off-page-en.pdf: Anna’s lines run off the right edge and the left, and her label’s row is past the edge', async () => {
    const { report, script } = await analysed('rl-off-page-en.pdf');
    const [right, left] = offPage(script.warnings)[0]?.details?.paragraphs as number[];
    const [said] = offPage(report.warnings);
    expect(said?.message).toBe(
      `Text runs off the page on page 1: 3 lines are cut at the edge (the first: "The boats you see here have fished these waters for a hundred and fifty yea"), and what lies past it is not shown, so vo-lines could not read it. Anna's lines are cut at the page's right and left edges on page 1 (3 lines: p.1 ¶${right}, p.1 ¶${left}): Anna's word count may be short. Re-export the PDF so that the text fits the page (a narrower table, a smaller type, a landscape page), or count from the Word file.`,
    );
    expect(said?.details?.voices).toEqual([{ name: 'Anna', lines: 3, pages: [1], paragraphs: [right, left], places: [{ story: 'body', paragraph: right, page: 1 }, { story: 'body', paragraph: left, page: 1 }] }]);
  });

  it('under a config that gives green to no voice, the cut text is "in no voice\'s colour" (unassigned)', async () => {
    const path = join(DIR, 'rl-off-page-en.pdf');
    const config = await parseConfigText('voices:\n  Narrator: { color: "#0070C0" }\n', 'vo-lines.config.yaml');
    const { report, script } = await analyseBytes(new Uint8Array(readFileSync(path)), path, { config });
    const [right, left] = offPage(script.warnings)[0]?.details?.paragraphs as number[];
    const [said] = offPage(report.warnings);
    expect(said?.message).toContain(
      `so vo-lines could not read it. Text in no voice's colour is cut at the page's right and left edges on page 1 (3 lines: p.1 ¶${right}, p.1 ¶${left}): the count of the unassigned text may be short. Re-export`,
    );
    expect(said?.details?.voices).toEqual([{ name: 'unassigned', lines: 3, pages: [1], paragraphs: [right, left], places: [{ story: 'body', paragraph: right, page: 1 }, { story: 'body', paragraph: left, page: 1 }] }]);
  });

  it('a config naming the voices its own way: the config’s names', async () => {
    const path = join(DIR, 'lo-wide-table-en.pdf');
    const config = await parseConfigText('voices:\n  Host: { color: "#0070C0" }\n  Guest: { color: "#00B050" }\n', 'vo-lines.config.yaml');
    const { report } = await analyseBytes(new Uint8Array(readFileSync(path)), path, { config });
    const [said] = offPage(report.warnings);
    expect((said?.details?.voices as { name: string; lines: number }[]).map((v) => [v.name, v.lines])).toEqual([
      ['Guest', 12],
      ['Host', 1],
    ]);
    expect(said?.message).toContain('the word counts of Guest and Host may be short.');
  });
});

describe('through the command line (the PDF read in a thread of its own)', () => {
  it('summary --json says it, with its details and where the first cut line is', () => {
    const result = runCli(['summary', '--json', '--no-config', join(DIR, 'rl-off-page-en.pdf')]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { warnings: { code: string; details?: Record<string, unknown>; location?: { page?: number } }[] };
    const cut = report.warnings.filter((w) => w.code === 'text-off-page');
    expect(cut.map((w) => [w.details?.lines, w.details?.text, w.details?.edge, w.location?.page])).toEqual([
      [3, 'The boats you see here have fished these waters for a hundred and fifty yea', 'page', 1],
    ]);
  });
});

describe('check: lines cut off at the edge are unread text (an error by default)', () => {
  it('check --no-config fails the file with an unread-text finding that quotes the first cut line, exit 1', () => {
    const result = runCli(['check', '--no-config', join(DIR, 'rl-off-page-en.pdf')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('error    unread-text  Text runs off the page on page 1: 3 lines are cut at the edge (the first: "The boats you see here have fished these waters for a hundred and fifty yea")');
    expect(result.stdout).toContain('1 file: 0 passed, 1 failed · 1 error.');
    expect(result.stdout).toContain("Anna's lines are cut at the page's right and left edges on page 1");
  });

  it('check --json: the finding names the voices whose lines are cut', () => {
    const result = runCli(['check', '--no-config', '--json', join(DIR, 'lo-wide-table-en.pdf')]);
    expect(result.code).toBe(1);
    const out = JSON.parse(result.stdout) as { files: { findings: { rule: string; voices?: string[] }[] }[] };
    const findings = out.files[0]!.findings.filter((f) => f.rule === 'unread-text');
    expect(findings.map((f) => f.voices)).toEqual([['Expert', 'Narrator']]);
  });
});

describe('text near the edge, inside it: nothing said', () => {
  it('chromium-inside-en.pdf: right-aligned lines, a page number at the margin, a nowrap line that fits, a box whose text fits, text for screen readers only (clipped to a pixel)', async () => {
    const { report, script } = await analysed('chromium-inside-en.pdf');
    expect(offPage(script.warnings)).toEqual([]);
    expect(words(report)).toEqual({ Narrator: [44, 3], Anna: [15, 3] });
    expect(script.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' ')).not.toContain('Skip to the next spot');
  });

  it('rl-near-edge-en.pdf: text ending 2 pt inside the crop box, a right-aligned page number, text put far off the page, a slug line outside the crop box, a line under a clip of a point', async () => {
    const { report, script } = await analysed('rl-near-edge-en.pdf');
    expect(offPage(script.warnings)).toEqual([]);
    expect(words(report)).toEqual({ Narrator: [13, 2], Anna: [7, 1] });
    const all = script.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' ');
    expect(all).toContain('Welcome to the harbour tour, on the quay.');
    for (const hidden of ['far away', 'slug line', 'Hidden on purpose']) expect(all).not.toContain(hidden);
  });
});

describe('cutText: stretches outside matched with the page’s lines', () => {
  const line = (text: string, x0: number, x1: number, baseline: number): Line => ({ runs: [], text, x0, x1, baseline, size: 10, firstWordWidth: 0 });
  const page = (lines: Line[], width = 400): PageText => ({ page: 1, frames: [{ page: 1, turn: 0, width, height: 600, lines, tables: [] }] });
  const off = (o: Partial<OffText>): OffText => ({ text: 'xyz', x0: 0, x1: 10, baseline: 100, size: 10, turn: 0, color: '#000000', ...o });

  it('a stretch right after a line’s end on its baseline cuts it; one a column away does not, nor one on another baseline', () => {
    const lines = [line('we read this', 300, 398, 100), line('and this', 50, 120, 120)];
    expect(cutText([off({ x0: 400, x1: 420, beyondPage: true })], page(lines))).toEqual({
      lines: 1,
      quoted: [{ text: 'we read this', read: true }],
      colours: [['#000000', 3]],
      characters: 3,
      page: true,
      all: [{ text: 'we read this', read: true, colours: ['#000000'], side: 'right' }],
    });
    // Beyond a clip (not the page), a column away: text hidden on purpose, not a cut.
    expect(cutText([off({ x0: 200, x1: 230, baseline: 120 })], page(lines))).toBeUndefined();
    expect(cutText([off({ x0: 400, x1: 420, baseline: 140, beyondPage: true })], page(lines))).toBeUndefined();
  });

  it('beyond the page on a line’s baseline, within half a page: a row’s part off the page; further: put away', () => {
    const lines = [line('ANNA', 50, 80, 100)];
    expect(cutText([off({ text: 'Mind the ropes', x0: 420, x1: 500, beyondPage: true })], page(lines))).toMatchObject({ lines: 1, quoted: [{ text: 'Mind the ropes', read: false }] });
    expect(cutText([off({ text: 'Mind the ropes', x0: 3000, x1: 3080, beyondPage: true })], page(lines))).toBeUndefined();
  });

  it('a glyph read but sticking out counts the line, not its characters', () => {
    const lines = [line('we read this', 300, 402, 100)];
    // (Its colour is the line's part at the edge, for the casting to name its voice.)
    expect(cutText([off({ text: 's', x0: 396, x1: 402, partly: true, read: true, beyondPage: true })], page(lines))).toEqual({
      lines: 1,
      quoted: [{ text: 'we read this', read: true }],
      colours: [],
      characters: 0,
      page: true,
      all: [{ text: 'we read this', read: true, colours: ['#000000'], side: 'right' }],
    });
  });
});
