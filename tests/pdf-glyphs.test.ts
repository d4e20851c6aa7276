/**
 * PDF text as it is drawn (tests/fixtures/pdf-glyphs, made by scripts/build-pdf-glyphs-fixtures.py):
 * letter-spaced text (LibreOffice, Chromium, WeasyPrint), outline text (render mode 2 with the fill
 * of the page, Chromium's stroked copy), text drawn twice a fraction of a point apart (the copy on
 * top is read), backgrounds painted by gradients (shadings).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../src/readers/pdf/index.js';
import { castScript } from '../src/attribute/cast-script.js';
import { buildReport } from '../src/measure/report.js';
import { paragraphLooks } from './helpers/paragraph-looks.js';

const DIR = join(__dirname, 'fixtures', 'pdf-glyphs');

async function read(name: string) {
  const file = join(DIR, name);
  return readPdf(new Uint8Array(readFileSync(file)), file, {});
}

/** Each paragraph as [its text, its words, each run's text colour and background]. */
async function paragraphs(name: string) {
  const script = await read(name);
  return {
    paragraphs: paragraphLooks(script),
    // What a user is told (with no config): the reader's warnings and the casting's (text-unseen…).
    warnings: buildReport(castScript(script, null)).warnings,
  };
}

describe('letter-spaced text: word breaks at the space glyphs, not at every letter', () => {
  it('lo-spacing.pdf: LibreOffice character spacing (a pen move after every letter) reads as the words typed', async () => {
    const { paragraphs: got, warnings } = await paragraphs('lo-spacing.pdf');
    expect(got).toEqual([
      ['SCENE ONE: THE HARBOUR', 4, '#000000'],
      ['Welcome aboard the morning cruise, everyone.', 6, '#C00000'],
      ['Look left for the seals on the rocks.', 8, '#0050A0'],
      ['We return to the quay at noon.', 7, '#C00000'],
      ['Tight line condensed by one point here.', 7, '#0050A0'],
    ]);
    // No more a text of single letters taken for another language.
    expect(warnings.map((w) => w.code)).toEqual([]);
  });

  it('spacing-chromium.pdf: Chromium (each glyph its own operator, spaces too): letter-spacing .25em and .4em, word-spacing −.2em, small caps', async () => {
    const { paragraphs: got } = await paragraphs('spacing-chromium.pdf');
    expect(got).toEqual([
      ['One letter spaced narrator line of eight words.', 8, '#C00000'],
      ['Two wider spaced line here.', 5, '#C00000'],
      ['THREE CAPS TITLE.', 3, '#0050A0'],
      ['Four tight word spacing line has seven words.', 8, '#0050A0'],
      ['Five condensed letters in this line.', 6, '#C00000'],
      ['SIX SMALL CAPS LINE IN BLACK.', 6, '#000000'],
    ]);
  });

  it('spacing-wp.pdf: WeasyPrint (one TJ, a pen move after every glyph) reads the same', async () => {
    const { paragraphs: got } = await paragraphs('spacing-wp.pdf');
    expect(got.map(([text, words]) => [text, words])).toEqual([
      ['One letter spaced narrator line of eight words.', 8],
      ['Two wider spaced line here.', 5],
      ['THREE CAPS TITLE.', 3],
      ['Four tight word spacing line has seven words.', 8],
      ['Five condensed letters in this line.', 6],
      ['Six small caps line in black.', 6],
    ]);
  });
});

describe('outline text: seen in its stroke when its fill is the colour of what it stands on', () => {
  it('lo-effects.pdf: LibreOffice w:outline (white fill, the colour stroked) is read in its colour; engraved text in its own colour, not its grey copy', async () => {
    const { paragraphs: got, warnings } = await paragraphs('lo-effects.pdf');
    expect(got).toEqual([
      ['One plain black line for nobody.', 6, '#000000'],
      ['Two red narrator line in outline effect.', 7, '#FF0000'],
      ['Three blue guide line in outline effect.', 7, '#0000FF'],
      ['Four red narrator line with shadow effect.', 7, '#FF0000'],
      ['Five blue guide line embossed effect.', 6, '#0000FF'],
      ['Six red narrator line engraved effect.', 6, '#FF0000'],
      ['Seven black outline line for nobody.', 6, '#000000'],
      ['Eight red plain narrator line.', 5, '#FF0000'],
    ]);
    expect(warnings.map((w) => w.code)).toEqual([]);
  });

  it('rl-render-modes.pdf: a fill of the page or of the box under it shows the stroke; another fill stays the colour; white on white stays unseen', async () => {
    const { paragraphs: got, warnings } = await paragraphs('rl-render-modes.pdf');
    expect(got).toEqual([
      ['One plain black line for nobody.', 6, '#000000'],
      ['Two outline red letters stroked only.', 6, '#FF0000'],
      ['Three filled blue with black outline.', 6, '#0000FF'],
      ['Four red outline with white fill.', 6, '#FF0000'],
      ['Five blue outline over a yellow box.', 7, '#0000FF on #FFFF00'],
      // White filled and stroked on the white page: unseen, said (and in no count).
      ['Six white fill white stroke unseen.', 6, '#FFFFFF'],
      ['Seven closing plain black line.', 5, '#000000'],
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['text-unseen']);
    expect(warnings[0]!.message).toMatch(/^6 words in 1 paragraph are in the colour of what they stand on \(#FFFFFF white on the white page\)/);
  });

  it('stroke-chromium.pdf: -webkit-text-stroke over a white fill (Chromium draws the filled text, then a stroked copy) is read in the stroke', async () => {
    const { paragraphs: got, warnings } = await paragraphs('stroke-chromium.pdf');
    expect(got).toEqual([
      ['One plain black line here.', 5, '#000000'],
      ['Two hollow red outline words.', 5, '#FF0000'],
      ['Three white fill blue outline.', 5, '#0000FF'],
      ['Four plain red line here.', 5, '#FF0000'],
    ]);
    expect(warnings.map((w) => w.code)).toEqual([]);
  });
});

describe('text drawn twice at nearly one place: the copy on top is read', () => {
  it('rl-double.pdf: fake bold read once; black text over a red copy 0.5 pt off is black; a faint see-through copy drawn over does not win', async () => {
    const { paragraphs: got } = await paragraphs('rl-double.pdf');
    expect(got).toEqual([
      ['One plain red narrator line.', 5, '#BF0000'],
      ['Two fake bold red drawn twice.', 6, '#BF0000'],
      ['Three fake bold drawn four times.', 6, '#004FA1'],
      ['Four shadowed blue over grey.', 5, '#004FA1'],
      ['Five black text over a red copy.', 7, '#000000'],
      ['Six blue text under a faint grey copy.', 8, '#004FA1'],
      ['Seven closing plain red line.', 5, '#BF0000'],
    ]);
  });
});

describe('backgrounds painted by gradients (shadings)', () => {
  const unknown = (warnings: { code: string; details?: unknown }[]) => warnings.filter((w) => w.code === 'background-unknown').map((w) => w.details);

  for (const [pdf, producer] of [
    ['gradients-chromium.pdf', 'Chromium: shading patterns, the marker a tiling pattern through a soft mask'],
    ['gradients-wp.pdf', 'WeasyPrint: tiling patterns painting a shading, the marker through a soft mask'],
  ] as const) {
    it(`${pdf}: a gradient of one colour is that colour, yellow fading into gold one colour; the marker and white into deep blue are said, read as on no background (${producer})`, async () => {
      const { paragraphs: got, warnings } = await paragraphs(pdf);
      expect(got).toEqual([
        ['Welcome aboard the morning harbour cruise.', 6, '#000000 on #FFFF00'],
        ['First gradient line has six words.', 6, '#000000 on #FFFF00'],
        ['The boats leave at nine every single morning.', 8, '#000000'],
        ['Third line painted by background image.', 6, '#000000 on #FFFF00'],
        ['Fourth line fades yellow into gold.', 6, '#000000 on #FFEB00'],
        ['Fifth line runs from white into deep blue along its words.', 11, '#000000'],
        ['Plain closing line here.', 4, '#000000'],
      ]);
      expect(unknown(warnings)).toEqual([
        { pages: [1], words: 19, text: 'The boats leave at nine every single morning. Fifth line runs from white into …' },
      ]);
      expect(warnings.find((w) => w.code === 'background-unknown')!.message).toBe(
        'Text on page 1 stands on a background painted by a gradient or pattern whose colour vo-lines cannot tell (one that changes colour under the text, or is painted through a mask): it is read as on no background (19 words: "The boats leave at nine every single morning. Fifth line runs from white into …"). If that background marks a voice, check those lines by eye.',
      );
    });
  }

  it('rl-shading.pdf: `sh` in a clip: one colour, a gentle gradient, a box yellow where the letters are; a radial glow and a gradient across the letters are said', async () => {
    const { paragraphs: got, warnings } = await paragraphs('rl-shading.pdf');
    expect(got).toEqual([
      ['One plain black line for nobody.', 6, '#000000'],
      ['Two yellow shading behind these words.', 6, '#000000 on #FFFF00'],
      ['Three pale blue gentle gradient here.', 6, '#000000 on #C3DBF0'],
      ['Four radial glow behind this line.', 6, '#000000'],
      ['Five white into green across the letters.', 7, '#000000'],
      ['Six yellow under the letters fading above.', 7, '#000000 on #FFFF00'],
      ['Seven closing plain black line.', 5, '#000000'],
    ]);
    expect(unknown(warnings)).toEqual([{ pages: [1], words: 13, text: 'Four radial glow behind this line. Five white into green across the letters.' }]);
  });
});
