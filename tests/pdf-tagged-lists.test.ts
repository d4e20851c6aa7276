/**
 * A list's number drawn by the numbering (Word's `w:numPr`, which the DOCX reader never sees as
 * text) in a form an untagged PDF cannot tell from typed text — a capital letter ("A.", "B."), a
 * level's "A.1" or "1.1" — is left out when a tagged PDF's structure puts it in a list item (/LI)
 * and it stands apart from the item's text; typed "C. …", "Q. …", "A. …" outside lists stay.
 * Fixture: scripts/pdf-producers/docx_tagged_lists.py (LibreOffice 7.4, tagged export).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';

const fixtures = fileURLToPath(new URL('./fixtures/pdf-producers/', import.meta.url));

describe('pdf-producers/lo-tagged-lists-en: numbered lists in a tagged PDF and its DOCX', () => {
  it('the same lines, voice by voice, the same counts: no voice of the lists\' numbers; typed labels kept', async () => {
    const [docx, pdf] = await Promise.all(['docx', 'pdf'].map((ext) => analyse(join(fixtures, `lo-tagged-lists-en.${ext}`), { noConfig: true })));
    const view = (report: typeof docx.report) => report.voices.map((v) => ({ name: v.name, words: v.words, lines: v.lines.map((l) => l.text) }));
    expect(view(pdf!.report)).toEqual(view(docx!.report));
    expect(view(pdf!.report)).toEqual([
      { name: '#404040 dark grey', words: 28, lines: ['Module three covers the three checks to make before you start the press each morning.', 'C. Remember that a check skipped once is a check skipped every day.'] },
      {
        name: '#0070C0 blue',
        words: 67,
        lines: [
          'Check the guard is closed and locked before anything else.',
          'Look for cracks along the hinge and the latch.',
          'Make sure the interlock light is green.',
          'Test the emergency stop once, then reset it.',
          'Switch the press on from the main panel.',
          'Wait for the pressure gauge to settle.',
          'Run one empty stroke before the first part.',
          'A. Yes, on the sheet by the door, every morning.',
        ],
      },
      { name: '#C00000 red', words: 16, lines: ['What if the light stays red after the reset?', 'Q. Do we write the checks down?'] },
    ]);
  });
});
