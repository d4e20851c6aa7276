/**
 * Text in a CJK font that is not embedded, named with a predefined CMap (UniJIS-UCS2-H,
 * UniGB-UCS2-H): read with pdf.js's built-in CMaps (pdfjs.ts gives pdf.js their folder as the plain
 * path its Node reader takes; a `file:` URL made every CMap fail, and the text was silently lost).
 * Where the CMaps cannot be loaded (their folder missing), the text lost is said (lost-fonts.ts):
 * a `font-not-loaded` warning, or a `no-text` error of kind `font-not-loaded` when nothing else is left.
 * Fixtures: scripts/build-pdf-cmap-fixtures.py (reportlab).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUserError } from '../src/errors.js';
import { readPdf } from '../src/readers/pdf/index.js';
import { pdfJsAssets, setPdfJsAssets } from '../src/readers/pdf/pdfjs.js';
import type { Script } from '../src/model.js';
import { ROOT } from './helpers/cli.js';

const DIR = join(ROOT, 'tests', 'fixtures', 'pdf-cmaps');
const read = (name: string): Promise<Script> => readPdf(new Uint8Array(readFileSync(join(DIR, name))), name, {});

/** Each paragraph as "COLOUR text". */
const lines = (script: Script): string[] => script.paragraphs.map((p) => `${p.runs[0]!.color} ${p.runs.map((r) => r.text).join('')}`);

describe('PDF text in a font that needs one of pdf.js\'s built-in CMaps', () => {
  it("gives pdf.js the CMaps' folder as a plain path ending in /", () => {
    const { cMapUrl, standardFontDataUrl } = pdfJsAssets();
    expect(cMapUrl.startsWith('file:')).toBe(false);
    expect(cMapUrl.endsWith('/cmaps/')).toBe(true);
    expect(standardFontDataUrl.endsWith('/standard_fonts/')).toBe(true);
  });

  it('reads the Japanese voice beside the English one, on both pages', async () => {
    const script = await read('ja-mixed.pdf');
    expect(lines(script)).toEqual([
      '#1F4E79 NARRATOR: Scene 1. The harbour is quiet tonight.',
      '#C00000 ユキ：東京はもうすぐです、1番目の駅。',
      '#1F4E79 NARRATOR: Scene 2. The harbour is quiet tonight.',
      '#C00000 ユキ：東京はもうすぐです、2番目の駅。',
      '#1F4E79 NARRATOR: Scene 3. The harbour is quiet tonight.',
      '#C00000 ユキ：東京はもうすぐです、3番目の駅。',
      '#1F4E79 NARRATOR: Scene 4. The harbour is quiet tonight.',
      '#C00000 ユキ：東京はもうすぐです、4番目の駅。',
      '#1F4E79 NARRATOR: Scene 5. The harbour is quiet tonight.',
      '#C00000 ユキ：東京はもうすぐです、5番目の駅。',
      '#1F4E79 NARRATOR: Scene 6. The harbour is quiet tonight.',
      '#C00000 ユキ：東京はもうすぐです、6番目の駅。',
    ]);
    expect(script.warnings.map((w) => w.code)).not.toContain('font-not-loaded');
  });

  it('reads the Chinese voice (STSong-Light, UniGB-UCS2-H)', async () => {
    const script = await read('zh-mixed.pdf');
    expect(lines(script)).toEqual([
      '#1F4E79 NARRATOR: The train leaves at dawn.',
      '#C00000 小明：我们明天早上出发。',
      '#1F4E79 NARRATOR: Nobody answers him.',
      '#C00000 小明：你们听见了吗？',
    ]);
  });

  it('reads a PDF of Japanese only', async () => {
    const script = await read('ja-only.pdf');
    expect(lines(script)).toEqual(['#C00000 マラ：海の音が聞こえる。', '#1F4E79 ナレーター：彼女は朝まで窓のそばで待っていた。']);
  });
});

describe('PDF text in a font whose CMap cannot be loaded (its folder empty)', () => {
  let empty = '';
  beforeAll(() => {
    empty = mkdtempSync(join(tmpdir(), 'vo-lines-no-assets-'));
    setPdfJsAssets({ cMapUrl: empty, standardFontDataUrl: empty });
  });
  afterAll(() => {
    // Back to the package's own folders.
    setPdfJsAssets(PACKAGE);
    rmSync(empty, { recursive: true, force: true });
  });
  const PACKAGE = pdfJsAssets();

  it('reads the English voice and says which font was lost, on which pages', async () => {
    const script = await read('ja-mixed.pdf');
    expect(lines(script)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `#1F4E79 NARRATOR: Scene ${n}. The harbour is quiet tonight.`));
    const lost = script.warnings.filter((w) => w.code === 'font-not-loaded');
    expect(lost).toHaveLength(1);
    const error = `Unable to load CMap data at: ${empty}/UniJIS-UCS2-H.bcmap`;
    expect(lost[0]!.details).toEqual({ pages: [1, 2], font: 'HeiseiMin-W3', cmap: 'UniJIS-UCS2-H', error, pieces: 6 });
    expect(lost[0]!.message).toBe(
      `Text drawn in the font HeiseiMin-W3 on pages 1, 2 was not read (6 pieces of text, missing from the lines and every count): pdf.js could not load the character map UniJIS-UCS2-H that says which letters the font's codes are (${error}). pdf.js's folder of character maps (pdfjs-dist/cmaps; in a web page, pdfjs/cmaps/ copied beside the bundle) is missing or cannot be reached: reinstall vo-lines, or copy that folder, and read the file again.`,
    );
  });

  it('says the Chinese font lost too', async () => {
    const script = await read('zh-mixed.pdf');
    expect(lines(script)).toEqual(['#1F4E79 NARRATOR: The train leaves at dawn.', '#1F4E79 NARRATOR: Nobody answers him.']);
    expect(script.warnings.filter((w) => w.code === 'font-not-loaded').map((w) => w.details)).toEqual([
      { pages: [1], font: 'STSong-Light', cmap: 'UniGB-UCS2-H', error: `Unable to load CMap data at: ${empty}/UniGB-UCS2-H.bcmap`, pieces: 2 },
    ]);
  });

  it('gives a no-text error of kind font-not-loaded, not "blank", when nothing else is left', async () => {
    const error = await read('ja-only.pdf').then(
      () => null,
      (e: unknown) => e,
    );
    expect(isUserError(error)).toBe(true);
    const e = error as { code: string; message: string; details: unknown };
    expect(e.code).toBe('no-text');
    expect(e.details).toEqual({ kind: 'font-not-loaded', pages: 1, fonts: ['HeiseiMin-W3'], cmaps: ['UniJIS-UCS2-H'], error: `Unable to load CMap data at: ${empty}/UniJIS-UCS2-H.bcmap` });
    expect(e.message).toMatch(/^ja-only\.pdf has no text vo-lines could read: all its text is drawn in fonts that could not be loaded, and is lost\. For the font HeiseiMin-W3, pdf\.js could not load the character map UniJIS-UCS2-H /);
  });
});
