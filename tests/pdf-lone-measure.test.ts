/**
 * A paragraph alone in a measure of its own (indented from both margins: Word/LibreOffice's left
 * and right indents, HTML's <blockquote>, LaTeX's quote) is one line of the script, however many
 * printed lines it takes, from every producer; short lines set in from the left only (a song's)
 * stay lines of their own. Fixtures: scripts/pdf-producers/lone_measures.py (each PDF beside the
 * script data it was made from, NAME.json).
 */
import { describe, expect, it } from 'vitest';
import { PDF_PRODUCERS_DIR, producerReader } from './helpers/producers.js';

const read = producerReader('vo-lines-lone-measure-', PDF_PRODUCERS_DIR);

describe('a paragraph alone in a measure set in from both margins', () => {
  for (const [file, producer] of [
    ['lo-lone-measure-en.pdf', 'LibreOffice, justified, two printed lines'],
    ['chromium-lone-measure-en.pdf', 'Chromium, ragged, three printed lines'],
    ['wp-lone-measure-en.pdf', 'WeasyPrint, ragged, three printed lines'],
    ['tex-lone-measure-en.pdf', 'XeLaTeX, justified, three printed lines'],
  ] as const) {
    it(`${file} (${producer}): the Witness has one line of 23 words; the song keeps its three lines`, async () => {
      const { report, got, expected } = await read(file);
      expect(got).toEqual(expected);
      const lines = Object.fromEntries(report.voices.map((v) => [v.name, [v.lineCount, v.words]]));
      expect(lines).toEqual({ Narrator: [2, 56], Witness: [1, 23], Singer: [3, 11] });
    });
  }
});

describe('a longer quotation in a browser’s blockquote, ragged, never within two ems of the text’s measured margin', () => {
  for (const file of ['chromium-long-quote-en.pdf', 'wp-long-quote-en.pdf']) {
    it(`${file}: five printed lines, one line of 41 words`, async () => {
      const { report, got, expected } = await read(file);
      expect(got).toEqual(expected);
      const lines = Object.fromEntries(report.voices.map((v) => [v.name, [v.lineCount, v.words]]));
      expect(lines).toEqual({ Narrator: [2, 56], Witness: [1, 41], Singer: [3, 11] });
    });
  }
});
