/**
 * A script's lines beside a box on their LEFT (scripts/pdf-producers/box_left.py: a colour key in a
 * Word text box aligned left through LibreOffice, in an HTML `float: left` through Chromium and
 * WeasyPrint; paragraphs at spacing 0, no first-line indent). The lines beside the box start right of
 * it; below its foot they start back at the margin, inside one paragraph ("… and wait until" beside
 * the box, "the aisle ahead of them is clear." below it). Before, the step left ended the paragraph
 * (read as two lines of the Narrator's), and the lines beside the box, just above, were taken for a
 * box on the right of the line below, whose measure they narrowed: "the aisle ahead of them is
 * clear." then ran on into the Learner's next paragraph. Now the PDF reads the DOCX's lines.
 */
import { describe, expect, it } from 'vitest';
import { PDF_PRODUCERS_DIR, producerReader } from './helpers/producers.js';

const read = producerReader('vo-lines-box-left-', PDF_PRODUCERS_DIR);

const NARRATOR = [
  'Pedestrians and forklifts share the same aisles every day, and each of them must watch out for the other one.',
  'The pedestrian, always. Drivers stop, sound the horn at every blind corner and wait until the aisle ahead of them is clear.',
  'Step back behind the yellow line and make eye contact with the driver before you cross the aisle.',
];
const LEARNER = ['So who has priority?', 'And if the driver does not see me in time, what should I do then?'];

describe('lines beside a box on their left, then back at the margin below it', () => {
  for (const file of ['lo-box-left-en.pdf', 'chromium-box-left-en.pdf', 'wp-box-left-en.pdf', 'lo-box-left-en.docx']) {
    it(`${file}: one line per paragraph, as the script data (and the DOCX) has them`, async () => {
      const { report, got, expected } = await read(file);
      expect(got).toEqual(expected);
      expect(got.Narrator!.lines).toEqual(NARRATOR);
      expect(got.Learner!.lines).toEqual(LEARNER);
      expect(report.voices.map((v) => [v.name, v.lineCount, v.words])).toEqual([['Narrator', 3, 60], ['Learner', 2, 19]]);
      expect(got['(unassigned)']).toEqual({ lines: ['Module 6 — Pedestrians'], words: 3 });
    });
  }
});
