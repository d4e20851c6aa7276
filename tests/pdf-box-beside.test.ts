/**
 * A script's lines wrapping short beside a box on their right (scripts/pdf-producers/box_beside.py: a
 * colour key in a Word text box through LibreOffice, in an HTML `float: right` through Chromium and
 * WeasyPrint; paragraphs at spacing 0). Every line beside the box ends short of the page's measure:
 * judged against it, each ended its paragraph ("… share the same aisles" / "every day, and each …"
 * / "the other one." read as three lines of one voice where the DOCX has one). Judged against the
 * measure left at its height (the box's wrap edge), the PDF reads the DOCX's lines; the short
 * paragraph beside the box ("So who has priority?") still ends where it does.
 */
import { describe, expect, it } from 'vitest';
import { PDF_PRODUCERS_DIR, producerReader } from './helpers/producers.js';

const read = producerReader('vo-lines-box-beside-', PDF_PRODUCERS_DIR);

const NARRATOR = [
  'Pedestrians and forklifts share the same aisles every day, and each of them must watch out for the other one.',
  'The pedestrian, always. Drivers stop, sound the horn at every blind corner and wait until the aisle ahead of them is clear.',
  'Step back behind the yellow line and make eye contact with the driver before you cross the aisle.',
];
const LEARNER = ['So who has priority?', 'And if the driver does not see me in time, what should I do then?'];

describe('lines wrapping beside a box on their right', () => {
  for (const file of ['lo-box-beside-en.pdf', 'chromium-box-beside-en.pdf', 'wp-box-beside-en.pdf', 'lo-box-beside-en.docx']) {
    it(`${file}: one line per paragraph, as the script data has them`, async () => {
      const { report, got, expected } = await read(file);
      expect(got).toEqual(expected);
      expect(got.Narrator!.lines).toEqual(NARRATOR);
      expect(got.Learner!.lines).toEqual(LEARNER);
      expect(report.voices.map((v) => [v.name, v.lineCount, v.words])).toEqual([['Narrator', 3, 60], ['Learner', 2, 19]]);
      expect(got['(unassigned)']).toEqual({ lines: ['Module 6 — Pedestrians'], words: 3 });
    });
  }
});
