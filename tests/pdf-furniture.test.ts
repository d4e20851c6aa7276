/**
 * Running headers and footers in a PDF (readers/pdf/furniture.ts): a header or footer is the same
 * text at the same place on most pages, standing apart from the body (in the page's margin) or set
 * in a size of its own; body lines that only look alike (digits aside) at the body's spacing are
 * script lines. Each PDF must read the same words and text, voice by voice, as the DOCX it was made
 * from. Fixtures: tests/fixtures/pdf-furniture/, made by scripts/build-furniture-fixtures.py.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse, analyseScript } from '../src/pipeline.js';
import { readScript } from '../src/readers/index.js';
import { findFurniture, type FurnitureStory, type PageLines } from '../src/readers/pdf/furniture.js';
import type { Line } from '../src/readers/pdf/types.js';
import { runCli } from './helpers/cli.js';
import { countReads } from './helpers/work.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string) => join(root, 'tests', 'fixtures', 'pdf-furniture', name);

/** Per voice (colour): its words, and its body text joined (paragraph breaks aside). */
const voices = async (path: string) => {
  const script = await readScript(path, {});
  const analysis = await analyseScript(script);
  const text = new Map<string, string[]>();
  for (const p of script.paragraphs.filter((p) => p.location.story === 'body')) {
    for (const r of p.runs) text.set(r.color, [...(text.get(r.color) ?? []), r.text]);
  }
  return {
    voices: analysis.report.voices.map((v) => [v.name, v.words]),
    total: analysis.report.total.words,
    text: Object.fromEntries([...text].map(([colour, runs]) => [colour, runs.join(' ').replace(/\s+/g, ' ').trim()])),
    warnings: script.warnings.filter((w) => w.code !== 'furniture-left-out').map((w) => w.message),
    // The running headers and footers left out, said (assemble.ts furnitureWarning): [texts, lines, words].
    leftOut: script.warnings.filter((w) => w.code === 'furniture-left-out').map((w) => [w.details!.texts, w.details!.lines, w.details!.words]),
  };
};

const stories = async (path: string) =>
  (await readScript(path, { include: ['header', 'footer'] })).paragraphs
    .filter((p) => p.location.story !== 'body')
    .map((p) => [p.location.story, p.location.page, p.runs.map((r) => r.text).join('')]);

describe('PDF running headers and footers, against the DOCX they were made from', () => {
  it('alike-lines-en: the top and bottom lines of each page ("Sentence 0 of the narration…", at the body\'s spacing) are script lines: none is dropped', async () => {
    const pdf = await voices(fixture('alike-lines-en.pdf'));
    expect(pdf.voices).toEqual([['#000000 black', 780]]);
    expect(pdf).toEqual(await voices(fixture('alike-lines-en.docx')));
    for (const n of [0, 1, 24, 25, 26, 27, 50, 51, 52, 53]) expect(pdf.text['#000000']).toContain(`Sentence ${n} of the narration goes on here with a few more words.`);
    expect(await stories(fixture('alike-lines-en.pdf'))).toEqual([]);
  });

  it('heading-header-en: the header in style Heading 1 (18 pt) pressed against the body is no voice; read once when asked for', async () => {
    const pdf = await voices(fixture('heading-header-en.pdf'));
    expect(pdf.voices).toEqual([['#0070C0 blue', 540], ['#00B050 green', 540]]);
    // Pressed against the body, not apart in the margin: left out, and said (a heading would look the same).
    expect(pdf).toEqual({ ...(await voices(fixture('heading-header-en.docx'))), leftOut: [[['Special Notice'], 3, 6]], warnings: ['"Special Notice" (pages 1, 2, 3) was left out as a running header: it repeats from page to page in a size of its own, but stands against the text, not apart from it in the page\'s margin. If it is a heading or a line to record, count it with --include headers.'] });
    expect(await stories(fixture('heading-header-en.pdf'))).toEqual([['header', 1, 'Special Notice'], ['footer', 1, 'Special Notice']]);
  });

  it('big-header-en: a 20 pt header over body lines that look alike: the header goes, every body line stays', async () => {
    const pdf = await voices(fixture('big-header-en.pdf'));
    expect(pdf.voices).toEqual([['#000000 black', 780]]);
    // Pressed against the body, not apart in the margin: left out, and said (a heading would look the same).
    expect(pdf).toEqual({ ...(await voices(fixture('big-header-en.docx'))), leftOut: [[['Special Notice'], 3, 6]], warnings: ['"Special Notice" (pages 1, 2, 3) was left out as a running header: it repeats from page to page in a size of its own, but stands against the text, not apart from it in the page\'s margin. If it is a heading or a line to record, count it with --include headers.'] });
    expect(await stories(fixture('big-header-en.pdf'))).toEqual([['header', 1, 'Special Notice'], ['footer', 1, 'Special Notice']]);
  });

  it('page-footer-en: a header in the body\'s size and "Page N of M" stand apart in the margins: furniture; the lines "Line 27: …" under them are script lines', async () => {
    const pdf = await voices(fixture('page-footer-en.pdf'));
    expect(pdf.voices).toEqual([['#0070C0 blue', 300], ['#00B050 green', 300]]);
    // The header left out is said ("Page N of M" is a page counter: no line, not said).
    expect(pdf).toEqual({ ...(await voices(fixture('page-footer-en.docx'))), leftOut: [[['Spot radio – Boulangerie Martin – version 2'], 3, 18]] });
    expect(await stories(fixture('page-footer-en.pdf'))).toEqual([['header', 1, 'Spot radio – Boulangerie Martin – version 2'], ['footer', 1, 'Page 1 of 3']]);
  });
});

describe('PDF running headers and footers from TeX', () => {
  it('fancyhdr-double-en: fancyhdr\'s header and page number over a double-spaced body (lines 23.9 pt apart, twice their size) whose top lines look alike: furniture, and every line read', async () => {
    const pdf = await voices(fixture('fancyhdr-double-en.pdf'));
    expect(pdf.voices).toEqual([['#008080 teal', 390], ['#0000FF blue', 390]]);
    expect(pdf.warnings).toEqual([]);
    expect(pdf.leftOut).toEqual([[['Spot radio – Boulangerie Martin', 'Draft 2'], 6, 18]]);
    for (const n of [0, 1, 2, 57, 58, 59]) expect(pdf.text[n % 2 ? '#0000FF' : '#008080']).toContain(`Sentence ${n} of the narration goes on here with a few more words.`);
    expect(await stories(fixture('fancyhdr-double-en.pdf'))).toEqual([['header', 1, 'Spot radio – Boulangerie Martin'], ['header', 1, 'Draft 2'], ['footer', 1, '1']]);
  });
});

describe('findFurniture: what repeats, and what stands apart', () => {
  // Letter pages (792 pt high), body text in 12 pt from 100 pt down to 688 pt.
  const line = (text: string, baseline: number, size = 12): Line => ({ runs: [], text, x0: 72, x1: 500, baseline, size, firstWordWidth: 20 });
  const pages = (count: number, pitch: number, edges: (page: number) => Line[], first: (page: number) => string = () => 'NARRATOR:') =>
    Array.from({ length: count }, (_, i): PageLines => {
      const page = i + 1;
      const body = Array.from({ length: Math.floor(588 / pitch) + 1 }, (_, j) => line(j === 0 ? first(page) : `Words ${page * 100 + j} of the narration, read aloud.`, 100 + j * pitch));
      return { page, height: 792, lines: [...edges(page), ...body] };
    });
  const found = (list: PageLines[]) => [...findFurniture(list, list.length)].map(([l, story]) => [story, l.text]);

  it('a double-spaced script opening every page with "NARRATOR:" keeps it (body spacing, body size), though it stands 1.8 sizes from the next line', () => {
    expect(found(pages(4, 28, () => []))).toEqual([]);
  });

  it('numbers that go on through the document ("Scene 7", "Scene 14" atop each page, apart) do not repeat; the page\'s number does ("Page 2 of 4")', () => {
    expect(found(pages(4, 14, (n) => [line(`Scene ${n * 7}: the kitchen.`, 60), line(`Page ${n} of 4`, 740, 10)]))).toEqual([
      ['footer', 'Page 1 of 4'], ['footer', 'Page 2 of 4'], ['footer', 'Page 3 of 4'], ['footer', 'Page 4 of 4'],
    ]);
  });

  it('a chapter\'s number in the running header, the same over two pages at a time, repeats (as before)', () => {
    expect(found(pages(4, 14, (n) => [line(`Chapter ${Math.ceil(n / 2)} – The Storm`, 50, 10)]))).toEqual([
      ['header', 'Chapter 1 – The Storm'], ['header', 'Chapter 1 – The Storm'], ['header', 'Chapter 2 – The Storm'], ['header', 'Chapter 2 – The Storm'],
    ]);
  });

  it('pressed against the body at its spacing, a repeated line is furniture only in a size of its own', () => {
    expect(found(pages(3, 14, () => [line('Special Notice', 84, 18)]))).toEqual([['header', 'Special Notice'], ['header', 'Special Notice'], ['header', 'Special Notice']]);
    expect(found(pages(3, 14, () => [line('Special Notice', 86, 12.5)]))).toEqual([]);
    // A speaker's name a size larger than the text, opening every page: a script line.
    expect(found(pages(3, 14, () => [line('NARRATOR', 84, 14)], () => 'Welcome to the module on fire safety.'))).toEqual([]);
  });

  it('under the outermost line, a line in the body\'s size closer to the next than 2.5 sizes is pressed against the body, however few spacings were measured: a heading pressed on it reads as a heading, the line as text', () => {
    // Short pages: every line lies in the top band, no body spacing is measured.
    const short = (headings: (page: number) => string, first: string) =>
      Array.from({ length: 3 }, (_, i): PageLines => ({
        page: i + 1, height: 842, lines: [line(headings(i + 1), 86.9, 16), line(first, 110.3, 11), line(`Reply ${i}.`, 132.1, 11)],
      }));
    expect(found(short((n) => `Screen ${n + 1}`, 'The forks must stay low when you drive.'))).toEqual([]);
    expect(found(short((n) => `SPOT ${n} — :30`, 'MUSIC: light accordion, under.'))).toEqual([]);
    // The same pages under a header that reads as none: left out (and said: the pressed list).
    const pressed: { page: number; line: Line; story: FurnitureStory }[] = [];
    const list = short(() => 'Special Notice', 'The forks must stay low when you drive.');
    expect([...findFurniture(list, 3, pressed)].map(([l, story]) => [story, l.text])).toEqual([['header', 'Special Notice'], ['header', 'Special Notice'], ['header', 'Special Notice']]);
    expect(pressed.map((p) => [p.page, p.line.text])).toEqual([[1, 'Special Notice'], [2, 'Special Notice'], [3, 'Special Notice']]);
    // A header well apart from the body (3 sizes) over a second line that is: the header only.
    const apart = Array.from({ length: 3 }, (_, i): PageLines => ({
      page: i + 1, height: 842, lines: [line('Acme — narration v3', 40, 11), line('NARRATOR:', 76, 11), line(`Reply ${i}.`, 98, 11)],
    }));
    expect(found(apart)).toEqual([['header', 'Acme — narration v3'], ['header', 'Acme — narration v3'], ['header', 'Acme — narration v3']]);
  });

  it('a page counter at the end of the line is no number to check: "…/spot.html 1/2", "…/spot.html 2/2" repeat', () => {
    expect(found(pages(2, 14, (n) => [line(`file:///tmp/spot.html ${n}/2`, 770, 8)]))).toEqual([['footer', 'file:///tmp/spot.html 1/2'], ['footer', 'file:///tmp/spot.html 2/2']]);
  });

  it('thousands of pages whose first lines look alike are sorted out in one pass (no quadratic loop)', () => {
    // No clock: the lines' reads counted. In one pass, four times the pages is four times the reads;
    // each page's edge lines held against every other page's would be sixteen (4,000 pages, some 10^8
    // reads).
    const alike = (count: number) => {
      const list = pages(count, 100, () => [], (n) => `Sentence ${n * 31} of the narration goes on here.`);
      const counted = countReads(list.flatMap((p) => p.lines));
      return { found: found(list), reads: counted.reads() };
    };
    const few = alike(1000);
    const many = alike(4000);
    expect(few.found).toEqual([]);
    expect(many.found).toEqual([]);
    expect(many.reads / few.reads).toBeGreaterThan(3.5);
    expect(many.reads / few.reads).toBeLessThan(4.5);
  }, 60_000);
});

/**
 * A Word script laid out one spot or screen a page under a Heading 1, and Word's footnotes, as
 * LibreOffice exports them (scripts/pdf-producers/docx_pages_notes.py): each PDF must give the
 * DOCX's lines, counts, sections and warnings.
 */
describe('PDF headings opening each page, and Word footnotes, against the DOCX they were made from', () => {
  const view = async (path: string) => {
    const { report } = await analyse(path, { config: path.replace(/\.(?:docx|pdf)$/u, '.yaml') });
    return {
      voices: report.voices.map((v) => ({ name: v.name, words: v.words, spoken: v.spokenWords, lines: v.lines.map((l) => l.text) })),
      unassigned: report.unassigned.lines.map((l) => l.text),
      total: report.total.words,
      sections: report.sections.map((s) => [s.title, s.words, s.targetSeconds]),
      warnings: report.warnings.map((w) => [w.code, w.message, w.details]),
    };
  };
  const both = async (name: string) => Promise.all(['docx', 'pdf'].map((ext) => view(fixture(`${name}.${ext}`))));

  it('spots-over-en: "SPOT n — :30" atop each page, pressed against the text, is each spot\'s heading, not a running header (spot 2 over its 30 s)', async () => {
    const [docx, pdf] = await both('spots-over-en');
    expect(pdf).toEqual(docx);
    expect(pdf!.total).toBe(137);
    expect(pdf!.sections.map(([title]) => title)).toEqual(['SPOT 1 — :30', 'SPOT 2 — :30', 'SPOT 3 — :30']);
    expect(pdf!.warnings).toEqual([]);
    const result = runCli(['check', fixture('spots-over-en.pdf'), '-c', fixture('spots-over-en.yaml')], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('SPOT 2 — :30');
  });

  it('screen-pages-en: "Screen 4", "Screen 5", "Screen 6" on pages 1 to 3 (the page\'s number plus 3) are headings', async () => {
    const [docx, pdf] = await both('screen-pages-en');
    expect(pdf).toEqual(docx);
    expect(pdf!.unassigned).toEqual(['Screen 4', 'Screen 5', 'Screen 6']);
    expect(pdf!.total).toBe(53);
  });

  it('same-pages-en: the narrator\'s line under "Screen 2" and "Screen 3", the same on both pages, is a script line each time', async () => {
    const [docx, pdf] = await both('same-pages-en');
    expect(pdf).toEqual(docx);
    expect(pdf!.voices[0]).toEqual({
      name: 'Narrator', words: 22, spoken: 22,
      lines: ['Welcome to the forklift safety course.', 'The forks must stay low when you drive.', 'The forks must stay low when you drive.'],
    });
  });

  it('footnote-word-en: Word\'s footnote (10 pt under 11 pt, its number one space from its text) is no line; its call is cut from "workers¹", and said', async () => {
    const [docx, pdf] = await both('footnote-word-en');
    expect(pdf).toEqual(docx);
    expect(pdf!.voices[0]).toEqual({ name: 'Narrator', words: 14, spoken: 14, lines: ['Every year, forklifts injure thousands of workers. Most of these accidents could be avoided.'] });
    expect(pdf!.total).toBe(24);
    expect(pdf!.warnings).toEqual([
      ['notes-left-out', '1 footnote (6 words) is not read as script lines. If it is read aloud, count it with --include footnotes.', { footnotes: 1, endnotes: 0, words: 6, include: 'footnotes' }],
    ]);
    const included = await readScript(fixture('footnote-word-en.pdf'), { include: ['footnote'] });
    expect(included.paragraphs.filter((p) => p.location.story === 'footnote').map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['1 Source: national accident statistics, 2025 edition.']);
  });
});

describe('PDF endnotes, against the DOCX they were made from', () => {
  it('endnote-word-en: Word\'s endnote (LibreOffice: a page of its own at the end, numbered "i") is no line; its raised call "i" is cut from "workersⁱ", and said', async () => {
    const [docx, pdf] = await Promise.all(['docx', 'pdf'].map(async (ext) => (await analyse(fixture(`endnote-word-en.${ext}`), { config: fixture('endnote-word-en.yaml') })).report));
    const view = (report: typeof docx) => ({
      voices: report!.voices.map((v) => [v.name, v.words, v.spokenWords, v.lines.map((l) => l.text)]),
      unassigned: report!.unassigned.lines.map((l) => l.text),
      warnings: report!.warnings.map((w) => [w.code, w.message, w.details]),
    });
    expect(view(pdf)).toEqual(view(docx));
    expect(view(pdf).voices[0]).toEqual(['Narrator', 14, 14, ['Every year, forklifts injure thousands of workers. Most of these accidents could be avoided.']]);
    expect(view(pdf).warnings).toEqual([
      ['notes-left-out', '1 endnote (9 words) is not read as script lines. If it is read aloud, count it with --include endnotes.', { footnotes: 0, endnotes: 1, words: 9, include: 'endnotes' }],
    ]);
    const included = await readScript(fixture('endnote-word-en.pdf'), { include: ['endnote'] });
    expect(included.paragraphs.filter((p) => p.location.story === 'endnote').map((p) => [p.location.page, p.runs.map((r) => r.text).join('')])).toEqual([[2, 'i Figures from the 2025 national report on warehouse safety.']]);
  });
});
