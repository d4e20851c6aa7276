/**
 * A colour key written as an HTML ordered list (scripts/pdf-producers/list_legend.py), printed by
 * WeasyPrint and Chromium: nested ("1. Voices" holding "a. Anna — blue", "b. Ben — red", "c. black —
 * not recorded"), flat, and as paragraphs. Both draw an item's number as text a space before it.
 * Before, the nested key read in part ("a. Anna", "b. Ben"; "1. Voices" and the black entry left as
 * script lines, 37 words for 31) and the flat one named its voices "1. Anna" and "2. Ben". Now all six
 * read the paragraphs' legend (the attribution's legend-shapes.ts leaves a list's marker out).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { PDF_PRODUCERS_DIR, producerReader } from './helpers/producers.js';

const read = producerReader('vo-lines-legend-lists-', PDF_PRODUCERS_DIR);
const FILES = ['nested', 'flat', 'paras'].flatMap((k) => [`wp-legend-${k}-en.pdf`, `chromium-legend-${k}-en.pdf`]);

describe('a colour key as an ordered list', () => {
  for (const file of FILES) {
    it(`${file}: the legend names Anna and Ben, black not recorded; the script's lines alone are counted`, async () => {
      const { report } = await analyse(join(PDF_PRODUCERS_DIR, file), { noConfig: true });
      expect(report.legend && { voices: report.legend.voices.map((v) => [v.name, v.colors]), unassigned: report.legend.unassigned.colors }).toEqual({
        voices: [['Anna', ['#0070C0']], ['Ben', ['#C00000']]],
        unassigned: ['#000000'],
      });
      expect(report.voices.map((v) => [v.name, v.lines.map((l) => l.text), v.words])).toEqual([
        ['Anna', ['Two coffees, please, and a glass of water.', 'Just the croissants, thank you.'], 13],
        ['Ben', ['Of course. Would you like anything to eat with that?'], 10],
      ]);
      expect(report.unassigned.lines.map((l) => l.text)).toEqual(['Café scene', 'They sit down by the window.']);
      expect(report.unassigned.words).toBe(8);
      expect(report.warnings.map((w) => w.code)).toEqual([]);
    });

    it(`${file}: with a config, the lines and words the script data gives`, async () => {
      const { got, expected } = await read(file);
      expect(got).toEqual(expected);
    });
  }
});
