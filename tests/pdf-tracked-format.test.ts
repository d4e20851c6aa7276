/**
 * A change of formatting tracked in LibreOffice and shown in its PDF (readers/pdf/markup.ts): the
 * text is drawn bold in the author's colour (#C69200) beside a change bar, neither underlined nor
 * struck, and its new colour (a voice's, perhaps) is drawn nowhere. Before, it was read as an
 * unknown orange and nothing was said; now the tracked-changes-shown warning says so. The same look
 * without a change bar is a voice's. Fixtures: tests/fixtures/pdf-tracked-format/, made by
 * scripts/build-pdf-tracked-format-fixtures.py.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScript } from '../src/readers/index.js';

const DIR = join(__dirname, 'fixtures', 'pdf-tracked-format');
const LINE = 'EXPERT: This line was the narrator’s, its colour changed to red with changes tracked.';

describe('LibreOffice: a tracked change of colour, shown', () => {
  it('lo-colour-change.pdf: read in the author’s colour, as drawn, and said (tracked-changes-shown, details.formatted)', async () => {
    const script = await readScript(join(DIR, 'lo-colour-change.pdf'));
    expect(script.paragraphs.map((p) => p.runs.map((r) => [r.color, r.text]))).toEqual([
      [['#0070C0', 'NARRATOR: The harbour wakes before the town does.']],
      [['#C69200', LINE]],
      [['#0070C0', 'NARRATOR: Then the boats come home.']],
    ]);
    expect(script.warnings.map((w) => w.code)).toEqual(['tracked-changes-shown']);
    const [w] = script.warnings;
    expect(w!.details).toMatchObject({ pages: [1], colours: ['#C69200'], inserted: [], deletedWords: 0, formatted: { words: 14, texts: [LINE] } });
    expect(w!.message).toBe(
      'Page 1 shows tracked changes, as Word or LibreOffice print them with the markup on (change bars in the margin, inserted text underlined and deleted text struck through in a reviewer’s colour). ' +
        '#C69200 orange is a reviewer’s colour, not a voice: 14 words beside change bars ("EXPERT: This line was the narrator’s, its colour changed…") are set bold in a reviewer’s colour, as LibreOffice shows a change of formatting: ' +
        'if it gave them a voice’s colour, that colour is not in the PDF, and they are counted under the reviewer’s colour. Accept or reject the changes (or hide the markup) before making the PDF, or send the Word file.',
    );
  });

  it('lo-bold-orange-voice.pdf: a voice bold in the same orange, no change bar: nothing said', async () => {
    const script = await readScript(join(DIR, 'lo-bold-orange-voice.pdf'));
    expect(script.warnings).toEqual([]);
    expect(script.paragraphs.map((p) => p.runs.map((r) => r.color))).toEqual([['#0070C0'], ['#C69200'], ['#0070C0']]);
  });
});
