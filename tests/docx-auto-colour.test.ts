/**
 * Text of automatic colour on a dark background (ECMA-376 Part 1 §17.3.2.6: the reader chooses a
 * colour "based on the background color"; Word's rule is not published). The reported colour stays
 * as before (white on shading darker than 128 by YIQ brightness, black on highlights); where
 * LibreOffice 7.4 draws it otherwise, or on a highlight as dark as LibreOffice's own threshold, the
 * reader says so (`auto-colour-contrast`). Fixture: scripts/docx-producers/auto_colour.py.
 */
import { describe, expect, it } from 'vitest';
import { readDocx } from '../src/readers/docx/index.js';
import { buildDocx, p, r } from './helpers/docx-builder.js';
import { spans } from './helpers/spans.js';
import { producerReader } from './helpers/producers.js';

const readFixture = producerReader('vo-lines-docx-auto-colour-');
const read = (body: string) => readDocx(buildDocx({ body }), 'script.docx');

describe('automatic text colour on dark backgrounds', () => {
  it('auto-contrast-en: each speaker’s lines by highlight or shading; the text colours readers disagree on, said', async () => {
    const { got, expected, report } = await readFixture('auto-contrast-en');
    expect(got).toEqual(expected);
    const said = report.warnings.filter((w) => w.code === 'auto-colour-contrast');
    expect(said.map((w) => [w.details, w.location])).toEqual([
      [{ background: '#000080', kind: 'highlight', read: '#000000', libreOffice: '#000000', paragraphs: 1 }, { story: 'body', paragraph: 3 }],
      [{ background: '#404040', kind: 'shading', read: '#FFFFFF', libreOffice: '#000000', paragraphs: 1 }, { story: 'body', paragraph: 5 }],
    ]);
    expect(said.map((w) => w.message)).toEqual([
      'Text of automatic colour (none of its own) on a #000080 navy highlight: Word draws such text black or white for contrast, by a rule it does not publish, and may show it white here; LibreOffice shows it #000000 black, and vo-lines reads #000000. Check the colour of these lines in Word.',
      'Text of automatic colour (none of its own) on #404040 dark grey shading: Word draws such text black or white for contrast, by a rule it does not publish; LibreOffice shows it #000000 black, and vo-lines reads #FFFFFF. Check the colour of these lines in Word.',
    ]);
  });

  it('LibreOffice’s threshold: luminance 62 or less is white (#3E3E3E, #D00000), 63 black (#3F3F3F); where vo-lines agrees, nothing is said', async () => {
    const shaded = (fill: string, text: string) => r(text, `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>`);
    const script = await read(p() + `<w:p>${shaded('3E3E3E', 'a')}</w:p><w:p>${shaded('3F3F3F', 'b')}</w:p><w:p>${shaded('D00000', 'c')}</w:p><w:p>${shaded('FF0000', 'd')}</w:p><w:p>${shaded('808080', 'e')}</w:p>`);
    expect(script.paragraphs.map((para) => spans(para)[0]!.color)).toEqual(['#FFFFFF', '#FFFFFF', '#FFFFFF', '#FFFFFF', '#000000']);
    expect(script.warnings.map((w) => [w.details!.background, w.details!.read, w.details!.libreOffice])).toEqual([
      ['#3F3F3F', '#FFFFFF', '#000000'],
      ['#FF0000', '#FFFFFF', '#000000'],
    ]);
  });

  it('text with a colour of its own, or on a light highlight or a mid highlight, is not said', async () => {
    const script = await read(
      `<w:p>${r('own', '<w:color w:val="FFFFFF"/><w:highlight w:val="black"/>')}</w:p><w:p>${r('light', '<w:highlight w:val="yellow"/>')}</w:p><w:p>${r('mid', '<w:highlight w:val="darkCyan"/>')}</w:p><w:p>${r('black', '<w:highlight w:val="black"/>')}</w:p>`,
    );
    expect(script.warnings.map((w) => [w.details!.background, w.location!.paragraph])).toEqual([['#000000', 4]]);
  });
});
