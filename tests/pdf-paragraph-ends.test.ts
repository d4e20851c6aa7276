/**
 * Where a PDF's paragraphs end, as the page shows it, against the DOCX they were exported from
 * (LibreOffice, scripts/pdf-producers/lo_legend_two_pages.py and lo_justified.py):
 * - a script of one-line paragraphs that never wraps, repeated on a second page: its legend, ending
 *   on its last entry with no full stop, does not run on into the heading under it;
 * - a legend's tab LibreOffice set narrower than a column gap (no space glyph, in a line that draws
 *   its spaces) stays a tab, so the legend reads as the DOCX's does.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { readScript } from '../src/readers/index.js';

const DIR = join(__dirname, 'fixtures', 'pdf-producers');
const texts = async (file: string) => (await readScript(join(DIR, file))).paragraphs.map((p) => p.runs.map((r) => r.text).join(''));

describe('one-line paragraphs over two pages: the legend ends where its paragraph does', () => {
  it('lo-legend-two-pages.pdf reads as its DOCX, paragraph for paragraph', async () => {
    const pdf = await texts('lo-legend-two-pages.pdf');
    // Before: "Key: Narrator = blue; Expert = green; black = not recorded Screen 1", and each
    // screen's two lines in one paragraph ("…for new starters. Always wear…").
    expect(pdf.slice(0, 7)).toEqual([
      'Warehouse Safety Module',
      'Client: Northwind Logistics',
      'Version 3, 12 May',
      'Key: Narrator = blue; Expert = green; black = not recorded',
      'Screen 1',
      'Welcome to the warehouse safety course for new starters.',
      'Always wear your high visibility vest in the loading bay.',
    ]);
    expect(pdf).toEqual((await texts('lo-legend-two-pages.docx')).filter((t) => t !== ''));
  });

  it.each(['lo-legend-two-pages.pdf', 'lo-legend-two-pages.docx'])('%s with no config: the legend read, "Screen 1" among the lines (23 lines, 166 words)', async (file) => {
    const { report } = await analyse(join(DIR, file), { noConfig: true });
    expect(report.legend?.text).toBe('Key: Narrator = blue; Expert = green; black = not recorded');
    expect(report.voices.map((v) => [v.name, v.lineCount, v.words])).toEqual([['Narrator', 8, 80], ['Expert', 6, 64]]);
    expect([report.unassigned.lines.length, report.unassigned.words]).toEqual([9, 22]);
    expect(report.unassigned.lines.filter((l) => l.text === 'Screen 1')).toHaveLength(2);
    expect(report.warnings.map((w) => w.code)).toEqual([]);
  });
});

describe('a tab narrower than a column gap', () => {
  it.each(['lo-justified-en.pdf', 'lo-justified-en.docx'])('%s with no config: the legend "Key:⇥Narrator – blue⇥Expert – green" is read, and rejected (no blue or green text), the same from the PDF as from the DOCX', async (file) => {
    const { report } = await analyse(join(DIR, file), { noConfig: true });
    // Before, the PDF: legend-not-read ("Key:⇥Narrator – blue Expert – green", one entry's worth).
    expect(report.warnings.map((w) => w.code)).toEqual(['legend-rejected']);
    expect(report.warnings[0]!.details).toMatchObject({ kind: 'colours in words', text: 'Key: Narrator – blue Expert – green' });
    expect((report.warnings[0]!.details as { read: { name: string; words: string }[] }).read.map((r) => [r.name, r.words])).toEqual([['Narrator', 'blue'], ['Expert', 'green']]);
  });
});
