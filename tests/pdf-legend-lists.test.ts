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

/**
 * Two groups, each with its lettered entries (scripts/pdf-producers/list_legend_groups.py): "1. Voices"
 * over "a. Anna — blue", "b. Ben — red", then "2. Not recorded" over "a. black". Before, the legend
 * ended at "Not recorded" and "a. black" (the DOCX's "black": Word's numbering is no text) was left a
 * 2-word unassigned line; the roman and bracketed markers ("i.", "(a)") likewise.
 */
describe('a colour key in two groups, "Not recorded" with its colours under it', () => {
  const GROUPS = ['wp-legend-groups-en.pdf', 'wp-legend-groups-roman-en.pdf', 'chromium-legend-groups-en.pdf', 'lo-legend-groups-en.pdf', 'lo-legend-groups-en.docx'];
  for (const file of GROUPS) {
    it(`${file}: the legend holds both groups; black is not recorded and "black" is no line`, async () => {
      const { report } = await analyse(join(PDF_PRODUCERS_DIR, file), { noConfig: true });
      expect(report.legend && { text: report.legend.text, voices: report.legend.voices.map((v) => [v.name, v.colors]), unassigned: report.legend.unassigned.colors }).toEqual({
        text: 'Voices / Anna — blue / Ben — red / Not recorded / black',
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

    if (file.endsWith('.pdf')) {
      it(`${file}: with a config, the lines and words the script data gives`, async () => {
        const { got, expected } = await read(file);
        expect(got).toEqual(expected);
      });
    }
  }

  it('a capital "A." or a "1.1" opening an item stays part of it (a name, a label): only the legend\'s own list markers are left out', async () => {
    const { legendRuns } = await import('../src/attribute/legend-shapes.js');
    const para = (text: string) => ({ runs: [{ text, color: '#000000', background: null }], location: { story: 'body', paragraph: 1 } }) as unknown as Parameters<typeof legendRuns>[0];
    const text = (t: string) => legendRuns(para(t)).map((r) => r.text).join('');
    expect([text('a. black'), text('i. Anna — blue'), text('(a) black'), text('a) black'), text('ii. Ben — red')]).toEqual(['black', 'Anna — blue', 'black', 'black', 'Ben — red']);
    expect([text('A. Anna — blue'), text('1.1 Anna — blue')]).toEqual(['A. Anna — blue', '1.1 Anna — blue']);
  });
});


/**
 * A flat key with no heading, its "not recorded" part a group of its own
 * (scripts/pdf-producers/list_legend_flat_groups.py): "Anna — blue", "Ben — red", then "Not recorded"
 * (or "Not recorded:") on a line of its own over "black". Before, the legend ended at "Ben — red":
 * "Not recorded" and "black" were read as two unassigned script lines and black was declared nothing.
 */
describe('a flat colour key with no heading, "Not recorded" over its colour', () => {
  const FLAT = ['', '-colon'].flatMap((s) => [`wp-legend-flat-groups${s}-en.pdf`, `chromium-legend-flat-groups${s}-en.pdf`, `lo-legend-flat-groups${s}-en.pdf`, `lo-legend-flat-groups${s}-en.docx`]);
  for (const file of FLAT) {
    it(`${file}: the legend takes "Not recorded" and black, then stops; "black" is no line`, async () => {
      const { report } = await analyse(join(PDF_PRODUCERS_DIR, file), { noConfig: true });
      const heading = file.includes('-colon') ? 'Not recorded:' : 'Not recorded';
      expect(report.legend && { text: report.legend.text, voices: report.legend.voices.map((v) => [v.name, v.colors]), unassigned: report.legend.unassigned.colors }).toEqual({
        text: `Anna — blue / Ben — red / ${heading} / black`,
        voices: [['Anna', ['#0070C0']], ['Ben', ['#C00000']]],
        unassigned: ['#000000'],
      });
      expect(report.voices.map((v) => [v.name, v.lines.map((l) => l.text), v.words])).toEqual([
        ['Anna', ['Two coffees, please, and a glass of water.', 'Just the croissants, thank you.'], 13],
        ['Ben', ['Of course. Would you like anything to eat with that?'], 10],
      ]);
      expect(report.unassigned.lines.map((l) => l.text)).toEqual(['They sit down by the window.']);
      expect(report.unassigned.words).toBe(6);
      expect(report.warnings.map((w) => w.code)).toEqual([]);
    });

    if (file.endsWith('.pdf')) {
      it(`${file}: with a config, the lines and words the script data gives`, async () => {
        const { got, expected } = await read(file);
        expect(got).toEqual(expected);
      });
    }
  }
});
