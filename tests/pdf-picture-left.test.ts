/**
 * A script's lines beside a PICTURE floated on their left (scripts/pdf-producers/picture_left.py: a Word
 * picture anchored at the left margin, wrapped square, through LibreOffice; an HTML `<img>` with
 * `float: left` through Chromium and WeasyPrint). Unlike a text box (tests/pdf-box-left.test.ts), a
 * picture leaves no text on the left: the lines beside it start right of it, at no block's edge, and
 * below its foot back at the margin. Before, each line beside the picture was read as a paragraph of
 * its own (a line set in from the block's edge, then another: "Pedestrians and forklifts share the
 * same aisles" · "every day, and each of them must watch out for" · "the other one."): a line set in
 * from the left only that fills the measure to the right margin now wraps onto the next at its edge.
 */
import { describe, expect, it } from 'vitest';
import { PDF_PRODUCERS_DIR, producerReader } from './helpers/producers.js';

const read = producerReader('vo-lines-picture-left-', PDF_PRODUCERS_DIR);

const NARRATOR = [
  'Pedestrians and forklifts share the same aisles every day, and each of them must watch out for the other one.',
  'The pedestrian, always. Drivers stop, sound the horn at every blind corner and wait until the aisle ahead of them is clear.',
  'Step back behind the yellow line and make eye contact with the driver before you cross the aisle.',
];
const LEARNER = ['So who has priority?', 'And if the driver does not see me in time, what should I do then?'];

describe('lines beside a picture on their left, then back at the margin below it', () => {
  for (const file of ['lo-picture-left-en.pdf', 'chromium-picture-left-en.pdf', 'wp-picture-left-en.pdf', 'lo-picture-left-en.docx']) {
    it(`${file}: one line per paragraph, as the script data (and the DOCX) has them, no word cut`, async () => {
      const { report, got, expected } = await read(file);
      expect(got).toEqual(expected);
      expect(got.Narrator!.lines).toEqual(NARRATOR);
      expect(got.Learner!.lines).toEqual(LEARNER);
      expect(report.voices.map((v) => [v.name, v.lineCount, v.words])).toEqual([['Narrator', 3, 60], ['Learner', 2, 19]]);
      expect(got['(unassigned)']).toEqual({ lines: ['Module 6 — Pedestrians'], words: 3 });
      // (python-docx's Heading 1 is blue, no voice's: the casting's note, in the DOCX and its PDF alike.)
      expect(report.warnings.map((w) => w.code)).toEqual(file.startsWith('lo-') ? ['headings-unassigned'] : []);
    });
  }
});
