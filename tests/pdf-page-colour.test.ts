/**
 * A page colour (Word's Design > Page Color, `w:background`) exported by LibreOffice
 * (scripts/pdf-producers/lo_page_colour.py): an opaque rectangle over the whole page, drawn before
 * any text. The PDF reads as its DOCX: the page's colour is the page's (`facts.pageColour`), not a
 * background behind every line, so a script in one text colour is not named after the page. So
 * too a browser's `html { background }` (Chromium, WeasyPrint), painted inside the printing margins.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { readScript } from '../src/readers/index.js';

const DIR = join(__dirname, 'fixtures', 'pdf-producers');

describe('a page colour is the page’s, not a background', () => {
  it.each(['lo-page-colour-one.pdf', 'lo-page-colour-one.docx', 'chromium-page-colour.pdf', 'wp-page-colour.pdf'])('%s with no config: one voice, black (was "#FFF2CC pale yellow background" from each PDF)', async (file) => {
    const { report } = await analyse(join(DIR, file), { noConfig: true });
    expect(report.voices.map((v) => [v.name, v.colors, v.highlights, v.lineCount, v.words])).toEqual([['#000000 black', ['#000000'], [], 8, 79]]);
  });

  it.each(['lo-page-colour.pdf', 'lo-page-colour.docx'])('%s: the page colour in the facts, no run on a background, and the line in the page’s colour unseen on the page', async (file) => {
    const script = await readScript(join(DIR, file));
    expect(script.facts.pageColour).toBe('#FFF2CC');
    expect(script.paragraphs.flatMap((p) => p.runs.filter((r) => r.background !== null))).toEqual([]);
    const { report } = await analyse(join(DIR, file), { noConfig: true });
    expect(report.warnings.map((w) => [w.code, w.details])).toEqual([
      ['text-unseen', { words: 11, paragraphs: [5], text: ['Note to the studio: this line is in the page colour.'], looks: [{ color: '#FFF2CC', on: '#FFF2CC', page: true }], page: '#FFF2CC' }],
    ]);
    expect(report.voices.map((v) => [v.name, v.lineCount, v.words])).toEqual([['#000000 black', 3, 7], ['#0000FF blue', 2, 36], ['#00B050 green', 2, 25]]);
  });
});
