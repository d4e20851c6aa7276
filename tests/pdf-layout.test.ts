/**
 * PDF layouts from real producers: two columns (pdfTeX), a landscape longtable with repeated
 * headers and rotated footers (XeTeX + pdflscape), storyboard tables with repeated header rows,
 * merged rows and rows broken over a page (LibreOffice, Chromium). Every voice's lines must come
 * out exactly as written (no break hyphens left, real ones kept), with the DOCX's cell locations.
 *
 * The committed PDFs are read always; when the producers are installed (always under CI=true),
 * the fixtures are also rebuilt into a temporary folder and checked the same way.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, degrees } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Script } from '../src/model.js';
import { analyse } from '../src/pipeline.js';
import { findFurniture, type PageLines } from '../src/readers/pdf/furniture.js';
import { readPdf } from '../src/readers/pdf/index.js';
import type { Line } from '../src/readers/pdf/types.js';
import { countWords } from '../src/text/words.js';
// @ts-expect-error plain JavaScript module shared with the fixture builder
import { FIXTURE_DIR, FIXTURES, buildLayoutFixtures, producers } from '../scripts/build-layout-fixtures.mjs';
// @ts-expect-error plain JavaScript module shared with the fixture builder
import { expectedLines, STORYBOARD_EN } from '../scripts/layout-scripts.mjs';

interface LayoutScript {
  name: string;
  voices: Record<string, { color?: string; highlight?: string }>;
  unassigned: string[];
}
interface Fixture {
  file: string;
  script: LayoutScript;
  producer: string;
  /** A table without cell borders: its unassigned cells (scene numbers, on-screen text) come column by column. */
  borderless?: boolean;
}

const configDir = mkdtempSync(join(tmpdir(), 'vo-lines-layout-config-'));
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

function configFor(script: LayoutScript): string {
  const path = join(configDir, `${script.name}.json`);
  writeFileSync(path, JSON.stringify({ voices: script.voices, unassigned: script.unassigned }));
  return path;
}

/** What a narrator sees: each voice's lines (text and words), the unassigned lines, the totals. */
async function linesOf(file: string, script: LayoutScript) {
  const { report } = await analyse(file, { config: configFor(script) });
  const lines: Record<string, string[]> = {};
  for (const v of report.voices) lines[v.name] = v.lines.map((l) => l.text);
  lines['(unassigned)'] = report.unassigned.lines.map((l) => l.text);
  return { report, lines };
}

function expectedOf(script: LayoutScript): Record<string, string[]> {
  const expected = expectedLines(script) as Record<string, string[]>;
  for (const voice of Object.keys(script.voices)) expected[voice] ??= [];
  expected['(unassigned)'] ??= [];
  return expected;
}

function checkFixture(dir: () => string, fixture: Fixture) {
  it(`${fixture.file}: every voice's exact lines, words and line counts`, async () => {
    const { report, lines } = await linesOf(join(dir(), fixture.file), fixture.script);
    const expected = expectedOf(fixture.script);
    if (fixture.borderless) {
      // Every voice line exact; the unassigned text word for word, in whatever grouping.
      const words = (list: string[]) => list.join(' ').split(/\s+/u).filter(Boolean).sort();
      expect(words(lines['(unassigned)'])).toEqual(words(expected['(unassigned)']));
      lines['(unassigned)'] = expected['(unassigned)'];
    }
    expect(lines).toEqual(expected);
    for (const v of report.voices) {
      expect([v.name, v.lineCount, v.words]).toEqual([v.name, expected[v.name].length, expected[v.name].reduce((n, l) => n + countWords(l), 0)]);
    }
  });
}

describe('PDF layouts: committed fixtures', () => {
  for (const fixture of FIXTURES as Fixture[]) checkFixture(() => FIXTURE_DIR, fixture);
});

/** Each page's text as pdf.js extracts it, lines ending where it says a line ends: to check what a fixture holds. */
async function pageLines(file: string): Promise<string[][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    let text = '';
    for (const item of content.items as { str?: string; hasEOL?: boolean }[]) text += (item.str ?? '') + (item.hasEOL ? '\n' : '');
    pages.push(text.split('\n').map((l) => l.trim()).filter(Boolean));
  }
  await doc.destroy();
  return pages;
}

/** The fixtures hold the cases they are meant to (checked on committed and rebuilt files alike). */
function checkCoverage(dir: () => string) {
  it('audiobook-columns.pdf: two pages, words broken at line ends, e-learning broken at its own hyphen', async () => {
    const pages = await pageLines(join(dir(), 'audiobook-columns.pdf'));
    expect(pages).toHaveLength(2);
    const lines = pages.flat();
    expect(lines.filter((l) => /\p{Ll}-$/u.test(l)).length).toBeGreaterThanOrEqual(5);
    expect(lines.findIndex((l, i) => l.endsWith(' e-') && lines[i + 1]?.startsWith('learning'))).toBeGreaterThan(0);
  });

  it('audiobook-columns.pdf: TeX draws no space glyph (words are told apart by position alone)', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(join(dir(), 'audiobook-columns.pdf'))), isEvalSupported: false, verbosity: 0 }).promise;
    let glyphs = 0, spaces = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const list = await (await doc.getPage(n)).getOperatorList();
      list.fnArray.forEach((fn, i) => {
        if (fn !== pdfjs.OPS.showText) return;
        for (const g of list.argsArray[i][0] as ({ unicode?: string } | number)[]) {
          if (typeof g === 'number') continue;
          glyphs++;
          if (g.unicode === ' ') spaces++;
        }
      });
    }
    await doc.destroy();
    expect(glyphs).toBeGreaterThan(3000);
    expect(spaces).toBe(0);
  });

  it('storyboard-landscape-fr.pdf: landscape pages turned by /Rotate 90, the header row on each of them', async () => {
    const doc = await PDFDocument.load(readFileSync(join(dir(), 'storyboard-landscape-fr.pdf')));
    expect(doc.getPages().map((p) => p.getRotation().angle)).toEqual([0, 90, 90, 0]);
    const pages = await pageLines(join(dir(), 'storyboard-landscape-fr.pdf'));
    expect(pages.map((lines) => lines.some((l) => l.startsWith('Écran')))).toEqual([false, true, true, false]);
  });

  it('spot-fr-chromium.pdf: one page, with Chromium\'s date and title at the top and the file\'s URL and 1/1 at the bottom', async () => {
    const pages = await pageLines(join(dir(), 'spot-fr-chromium.pdf'));
    expect(pages).toHaveLength(1);
    // Chromium draws them last: the date and title, then the address and the page counter.
    const [header, footer] = pages[0]!.slice(-2);
    expect(header).toMatch(/^\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2} [AP]M Spot radio — Boulangerie Martin$/);
    expect(footer).toMatch(/^file:\/\/\/\S+\/spot-fr\.html 1\/1$/);
  });

  for (const name of ['storyboard-en-lo.pdf', 'storyboard-en-chromium.pdf']) {
    it(`${name}: the header row on both pages`, async () => {
      const pages = await pageLines(join(dir(), name));
      expect(pages.map((lines) => lines.filter((l) => l.startsWith('Scene')).length)).toEqual([1, 1]);
    });
  }
}

describe('PDF layouts: what the committed fixtures hold', () => checkCoverage(() => FIXTURE_DIR));

describe('PDF layouts: colours, furniture and rotation', () => {
  const read = (file: string, options = {}) => readPdf(new Uint8Array(readFileSync(file)), file, options);
  const colours = (s: Script) => [...new Set(s.paragraphs.flatMap((p) => p.runs.map((r) => `${r.color}${r.background ? ` on ${r.background}` : ''}`)))].sort();

  it('keeps gray (g), RGB and CMYK (k) text and xcolor highlights exact (pdf.js converts CMYK)', async () => {
    expect(colours(await read(join(FIXTURE_DIR, 'audiobook-columns.pdf')))).toEqual(['#000000', '#000000 on #FFEB3D', '#0063AC', '#595959', '#990000']);
    expect(colours(await read(join(FIXTURE_DIR, 'storyboard-landscape-fr.pdf')))).toEqual(['#000000', '#00B050', '#1F4E79', '#404040']);
  });

  it('recognises the running footer on every page, drawn rotated on the landscape ones: read once, on page 1 (its repeats, page numbers aside, are no new lines)', async () => {
    const s = await read(join(FIXTURE_DIR, 'storyboard-landscape-fr.pdf'), { include: ['footer'] });
    const footers = s.paragraphs.filter((p) => p.location.story === 'footer');
    expect(footers.map((p) => [p.location.page, p.runs.map((r) => r.text).join('')])).toEqual([[1, 'Module 5 — Prévention incendie — storyboard, version 2\t1']]);
    // Left out of the lines, every page's footer is still told from the text: none is read as a line.
    expect((await read(join(FIXTURE_DIR, 'storyboard-landscape-fr.pdf'))).paragraphs.filter((p) => p.runs.some((r) => r.text.includes('storyboard, version 2')))).toEqual([]);
    expect(s.warnings).toEqual([]);
  });

  it('numbers the landscape table once over its two pages: rows 1 to 9, the repeated header left out', async () => {
    const s = await read(join(FIXTURE_DIR, 'storyboard-landscape-fr.pdf'));
    const cells = s.paragraphs.filter((p) => p.location.cell);
    expect(new Set(cells.map((p) => p.location.cell!.table))).toEqual(new Set([1]));
    expect(cells.filter((p) => p.runs[0].text === 'Écran')).toHaveLength(1);
    expect(cells.filter((p) => p.location.page === 3).map((p) => [p.location.cell!.row, p.location.cell!.column])).toEqual([[9, 1], [9, 2], [9, 3]]);
  });

  it('reads a page turned by /Rotate 90, 180 or 270 as it reads it upright', async () => {
    for (const name of ['audiobook-columns.pdf', 'storyboard-en-lo.pdf']) {
      const bytes = readFileSync(join(FIXTURE_DIR, name));
      const upright = await readPdf(new Uint8Array(bytes), name, { include: ['header', 'footer'] });
      for (const angle of [90, 180, 270]) {
        const doc = await PDFDocument.load(bytes);
        // The audiobook turns its second page only: furniture must still match across pages.
        doc.getPages().forEach((p, i) => (name.startsWith('audiobook') && i === 0 ? undefined : p.setRotation(degrees(angle))));
        const turned = await readPdf(await doc.save(), name, { include: ['header', 'footer'] });
        expect([name, angle, turned.paragraphs]).toEqual([name, angle, upright.paragraphs]);
      }
    }
  });
});

describe('PDF layouts: what a browser prints around a one-page script', () => {
  it('spot-fr-chromium.pdf: the date, title, URL and 1/1 come back as header and footer when asked for, and are no script line', async () => {
    const s = await readPdf(new Uint8Array(readFileSync(join(FIXTURE_DIR, 'spot-fr-chromium.pdf'))), 'spot-fr-chromium.pdf', { include: ['header', 'footer'] });
    const stories = s.paragraphs.filter((p) => p.location.story !== 'body').map((p) => [p.location.story, p.runs.map((r) => r.text).join('')]);
    expect(stories).toEqual([
      ['header', '12/3/26, 11:19 AM\tSpot radio — Boulangerie Martin'],
      ['footer', 'file:///work/wt-furn/tests/fixtures/pdf-layout/spot-fr.html\t1/1'],
    ]);
    const body = await readPdf(new Uint8Array(readFileSync(join(FIXTURE_DIR, 'spot-fr-chromium.pdf'))), 'spot-fr-chromium.pdf', {});
    expect(body.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).at(-1)).toBe('Boulangerie Martin : le bon goût du matin. Toutes nos adresses sur https://boulangerie-martin.fr');
  });

  // One A4 page (842 pt high): body text in 12 pt from 80 pt down to 400 pt, and what sits at its edges.
  const line = (text: string, baseline: number, size: number): Line => ({ runs: [], text, x0: 36, x1: 500, baseline, size, firstWordWidth: 20 });
  const body = Array.from({ length: 12 }, (_, i) => line(`Line ${i + 1} of the script, read by somebody.`, 80 + i * 28, 12));
  const found = (edges: Line[], pageCount = 1) => {
    const page: PageLines = { page: 1, height: 842, lines: [...edges, ...body] };
    return [...findFurniture([page], pageCount)].map(([l, story]) => [story, l.text]);
  };

  it('Chromium and Edge: date and title above, address and page counter below, in one small size', () => {
    expect(found([line('12/3/26, 11:19 AM Spot radio', 20, 8), line('file:///C:/Users/julie/spot.html 1/1', 830, 8)])).toEqual([
      ['header', '12/3/26, 11:19 AM Spot radio'],
      ['footer', 'file:///C:/Users/julie/spot.html 1/1'],
    ]);
  });

  it('Firefox and Safari: the address above, "Page 1 of 1" and the date below', () => {
    expect(found([line('Spot radio https://docs.example.com/spot', 20, 9), line('Page 1 of 1 03/12/2026', 830, 9)])).toEqual([
      ['header', 'Spot radio https://docs.example.com/spot'],
      ['footer', 'Page 1 of 1 03/12/2026'],
    ]);
  });

  it('not without both signs: an address alone, a counter alone, or a counter for another page count stays script text', () => {
    expect(found([line('Spot radio', 20, 8), line('https://boulangerie-martin.fr', 830, 8)])).toEqual([]);
    expect(found([line('12/3/26, 11:19 AM Spot radio', 20, 8), line('Studio Martin — page 1 sur 1', 830, 8)])).toEqual([]);
    expect(found([line('12/3/26, 11:19 AM Spot radio', 20, 8), line('file:///C:/Users/julie/spot.html 1/2', 830, 8)])).toEqual([]);
  });

  it('never in the size of the page\'s text: a double-spaced script keeps its first line, standing apart at the top, and its footer', () => {
    const spaced = [line('JULIE: Bonjour Marc !', 40, 12), line('https://studio.example/spot 1/1', 830, 12)];
    expect(found(spaced)).toEqual([]);
  });

  it('only the lines in the browser\'s size: a title in the top band in its own size stays a script line', () => {
    expect(found([line('SPOT RADIO — VERSION 2', 24, 14), line('file:///tmp/spot.html 1/1', 830, 8)])).toEqual([['footer', 'file:///tmp/spot.html 1/1']]);
  });
});

describe('PDF layouts: the same script as DOCX, LibreOffice PDF and Chromium PDF', () => {
  it('gives the same lines with the same cell locations', async () => {
    const view = async (file: string) => {
      const { report } = await analyse(file, { config: configFor(STORYBOARD_EN) });
      return report.voices.map((v) => ({ name: v.name, words: v.words, lines: v.lines.map((l) => [l.text, l.location.cell ?? null]) }));
    };
    const docx = await view(join(FIXTURE_DIR, 'storyboard-en.docx'));
    expect(await view(join(FIXTURE_DIR, 'storyboard-en-lo.pdf'))).toEqual(docx);
    expect(await view(join(FIXTURE_DIR, 'storyboard-en-chromium.pdf'))).toEqual(docx);
  });
});

// Fresh producer output: the reader is proven on what today's producers write, not only on bytes
// committed once. Under CI=true a missing producer is a failure (.ci/run installs them).
const have = producers() as Record<string, string | null>;
const missing = (FIXTURES as Fixture[]).filter((f) => !have[f.producer]).map((f) => `${f.file} needs ${f.producer}`);
describe('PDF layouts: fixtures rebuilt by the producers on this machine', () => {
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vo-lines-layout-'));
    await buildLayoutFixtures(dir);
  }, 300_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!process.env.CI)('every producer is installed (CI installs them in .ci/run)', () => {
    expect(missing).toEqual([]);
  });
  if (!missing.length) checkCoverage(() => dir);
  for (const fixture of FIXTURES as Fixture[]) {
    if (have[fixture.producer]) checkFixture(() => dir, fixture);
  }
});

describe('blocks: a line never reaches over another block’s line', () => {
  it('two headings with one short paragraph between them are three blocks, in order (LibreOffice: Heading 1 at 16 pt, text at 12 pt)', async () => {
    const { buildBlocks } = await import('../src/readers/pdf/blocks.js');
    const l = (text: string, baseline: number, x1: number, size: number) => ({
      runs: [{ text, color: '#000000', background: null }], text, x0: 56.8, x1, baseline, size, firstWordWidth: 40,
    });
    const blocks = buildBlocks([
      l('Module 1: Welcome', 156.8, 192.3, 16),
      l('Welcome to the customer service course.', 171.4, 400.1, 12),
      l('Module 2: Listening', 194.6, 194.5, 16),
      l('Listen to the whole question before you answer it.', 209.3, 296.9, 12),
    ]);
    expect(blocks.map((b) => b.lines.map((x) => x.text))).toEqual([
      ['Module 1: Welcome'], ['Welcome to the customer service course.'], ['Module 2: Listening'], ['Listen to the whole question before you answer it.'],
    ]);
  });
});
