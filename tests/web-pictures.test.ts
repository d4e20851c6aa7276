/**
 * Text under an opaque picture drawn after it: the CLI leaves it out and says `covered-text`, and so
 * must the narrator's page. pdf.js in a browser hands a decoded image over as an ImageBitmap (no
 * `kind`, no bytes) where OffscreenCanvas or ImageDecoder exists, unless told not to (load.ts): the
 * page then saw no opaque picture and counted the hidden lines. The fixture (ReportLab,
 * scripts/pdf-producers/reportlab_pictures.py) lays pictures over lines in each form an image takes:
 * an RGB PNG, RGB, grey and CMYK JPEGs, and an RGBA PNG whose alpha channel is 255 throughout (read
 * before by the CLI too); a half-transparent PNG over a line, a picture behind its line and one in
 * the margin hide nothing. rl-pictures-pages-en.pdf: one image object drawn over a line on each of
 * three pages, which pdf.js keeps once for the document (its id "g_…", in commonObjs, not the page's
 * objs): before, only the first page's line was hidden, by the CLI as by the page.
 */
import { spawnSync } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { opaquePictures } from '../src/readers/pdf/covers.js';
import type { Box } from '../src/readers/pdf/types.js';
import { cli, describeBrowser, drop, openPage, pageSuite, type Browser, type Server } from './helpers/browser.js';
import { plainEnv } from './helpers/env.js';
import { PDF_PRODUCERS_DIR, producerReader } from './helpers/producers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const PICTURES = join(root, 'tests/fixtures/pdf-producers/rl-pictures-en.pdf');
const CHROMIUM_PICTURES = join(root, 'tests/fixtures/pdf-producers/chromium-pictures-en.pdf');
const HIDDEN = 'This line sits under a grey PNG. This line lies under a photo in JPEG. A grey …';

const read = producerReader('vo-lines-web-pictures-', PDF_PRODUCERS_DIR);

describe('pictures over text, the library', () => {
  it('rl-pictures-en.pdf: an RGB PNG, an RGB, a grey and a CMYK JPEG, and an RGBA PNG opaque throughout, each drawn over a line, hide it (39 words, said as covered-text); a half-transparent PNG, a picture behind its line and one in the margin hide nothing', async () => {
    const { report, got, expected } = await read('rl-pictures-en.pdf');
    expect(got).toEqual(expected);
    expect(got).toEqual({
      GUIDE: { lines: ['Room five holds the model ships.', 'Look up at the sails on the ceiling.', 'A pale picture sits behind this line.'], words: 21 },
      VISITOR: { lines: ['A veil of grey glass lies over this line.', 'Press two for the shipwright.'], words: 14 },
      '(unassigned)': { lines: [], words: 0 },
    });
    expect(report.warnings.map((w) => w.code)).toEqual(['covered-text']);
    expect(report.warnings[0]!.details).toEqual({ pages: [1], words: 39, text: HIDDEN });
  });

  it('rl-pictures-pages-en.pdf: one same opaque picture over a line on each of three pages (pdf.js keeps it once for the document, under a "g_" id) hides the line on every page, not on the first alone', async () => {
    const { report, got, expected } = await read('rl-pictures-pages-en.pdf');
    expect(got).toEqual(expected);
    expect(got.GUIDE!.words).toBe(22);
    expect(got.VISITOR).toEqual({ lines: [], words: 0 });
    // VISITOR's every line is hidden: the config's voice has nothing left, and is said so too.
    expect(report.warnings.map((w) => w.code)).toEqual(['covered-text', 'empty-voice']);
    expect(report.warnings[0]!.details).toEqual({ pages: [1, 2, 3], words: 24, text: 'The first hidden line waits under a sticker. A second line hides under the same …' });
  });

  it('a decoded image is a cover when it has no alpha channel, or one at 255 throughout; not when some of it lets through, nor when its form is not known (an ImageBitmap, no data)', async () => {
    const box: Box = [0, 0, 10, 10];
    const rgba = (alpha: number[]) => ({ kind: 3, width: alpha.length, height: 1, data: Uint8ClampedArray.from(alpha.flatMap((a) => [9, 9, 9, a])) });
    const images: unknown[] = [
      { kind: 2, data: new Uint8ClampedArray(3) },
      { kind: 1, data: new Uint8ClampedArray(1) },
      rgba([255, 255, 255]),
      { ...rgba([255, 255]), data: Uint8Array.from([1, 2, 3, 255, 4, 5, 6, 255]) },
      rgba([255, 254, 255]),
      rgba([0, 0, 0]),
      { kind: 3, data: null },
      { data: null, width: 4, height: 4, bitmap: {} },
      null,
      undefined,
    ];
    const covers = await opaquePictures(
      images.map((image, seq) => ({ box, seq, image })),
      async () => null,
    );
    expect(covers.map((c) => c.seq)).toEqual([0, 1, 2, 3]);
  });
});

interface CliReport {
  voices: { name: string; lineCount: number; words: number }[];
  unassigned: { lineCount: number; words: number };
  total: { lineCount: number; words: number };
  warnings: { code: string; details?: unknown }[];
}

function cliReport(file: string): CliReport {
  const result = spawnSync(process.execPath, [cli, 'summary', basename(file), '--json', '--no-config'], { cwd: dirname(file), encoding: 'utf8', env: plainEnv() });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as CliReport;
}

describeBrowser('pictures over text, on the page: the same lines hidden as by the CLI, the same warning', () => {
  let server: Server;
  let en: Browser;
  let fr: Browser;

  pageSuite(['en-US', 'fr-FR'], (suite) => {
    server = suite.server;
    [en, fr] = suite.browsers;
  });

  async function shown(browser: Browser, file: string): Promise<{ rows: string[][]; warnings: string[]; page: Page }> {
    const page = await openPage(browser, server.url);
    await drop(page, file);
    const rows = await page.locator('table.voices tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())));
    const warnings = await page.locator('.doubts li').allTextContents();
    // No-break spaces written as spaces (web-page-words.test.ts checks where they stand).
    const plain = (text: string) => text.replaceAll('\u00A0', ' ').replaceAll('\u202F', ' ');
    return { rows: rows.map((r) => [plain(r[0]!), r[2]!, r[3]!]), warnings: warnings.map(plain), page };
  }

  it('rl-pictures-en.pdf: red 3 lines, 21 words; blue 2 lines, 14 words; 39 words left out and said, English and French, as the CLI', async () => {
    const report = cliReport(PICTURES);
    expect(report.voices.map((v) => [v.name, v.lineCount, v.words])).toEqual([['#C00000 red', 3, 21], ['#0070C0 blue', 2, 14]]);
    expect(report.warnings.map((w) => [w.code, w.details])).toEqual([['covered-text', { pages: [1], words: 39, text: HIDDEN }]]);
    const enPage = await shown(en, PICTURES);
    expect(enPage.rows).toEqual([
      ['#C00000 red', '3', '21'],
      ['#0070C0 blue', '2', '14'],
      ['Not read (no voice)', '0', '0'],
      ['Whole script', '5', '35'],
    ]);
    expect(enPage.warnings).toEqual([
      `Text on page 1 is painted over by an opaque box or picture (a redaction, a sticker, a cover block, an image laid on it): a reader does not see it, and it was left out (39 words: "${HIDDEN}"). Check those lines by eye.`,
    ]);
    const frPage = await shown(fr, PICTURES);
    expect(frPage.rows).toEqual([
      ['#C00000 rouge', '3', '21'],
      ['#0070C0 bleu', '2', '14'],
      ['Non lu (sans voix)', '0', '0'],
      ['Script entier', '5', '35'],
    ]);
    expect(frPage.warnings).toEqual([
      `Du texte sur la page 1 est recouvert par un cadre ou une image opaque (une censure, une étiquette, un cache, une image posée dessus) : on ne le voit pas, et il a été laissé de côté (39 mots : « ${HIDDEN} »). Vérifiez ces répliques à l’œil.`,
    ]);
  });

  it('rl-pictures-pages-en.pdf: the picture shown on three pages hides a line on each, on the page as in the CLI', async () => {
    const { rows, warnings } = await shown(en, join(PDF_PRODUCERS_DIR, 'rl-pictures-pages-en.pdf'));
    expect(rows).toEqual([['#C00000 red', '3', '22'], ['Not read (no voice)', '0', '0'], ['Whole script', '3', '22']]);
    expect(warnings.filter((w) => w.startsWith('Text on'))).toEqual([
      'Text on pages 1, 2, 3 is painted over by an opaque box or picture (a redaction, a sticker, a cover block, an image laid on it): a reader does not see it, and it was left out (24 words: "The first hidden line waits under a sticker. A second line hides under the same …"). Check those lines by eye.',
    ]);
  });

  it('chromium-pictures-en.pdf (Chromium print-to-PDF, an opaque PNG over a line): the page leaves the line out as the CLI does', async () => {
    const report = cliReport(CHROMIUM_PICTURES);
    const { rows, warnings } = await shown(en, CHROMIUM_PICTURES);
    expect(rows).toEqual([
      ...report.voices.map((v) => [v.name, String(v.lineCount), String(v.words)]),
      ['Not read (no voice)', String(report.unassigned.lineCount), String(report.unassigned.words)],
      ['Whole script', String(report.total.lineCount), String(report.total.words)],
    ]);
    expect(rows.slice(0, 2)).toEqual([['#C00000 red', '3', '21'], ['#0070C0 blue', '2', '15']]);
    expect(warnings).toEqual(['Text on page 1 is painted over by an opaque box or picture (a redaction, a sticker, a cover block, an image laid on it): a reader does not see it, and it was left out (8 words: "This old line sits under a grey picture."). Check those lines by eye.']);
  });
});
