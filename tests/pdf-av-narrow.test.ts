/**
 * A VIDEO | AUDIO table with very narrow columns (scripts/pdf-producers/lo_av_narrow.py): LibreOffice's
 * PDF of an HTML table sized 60 px a column draws no borders, and leaves a space or less between a
 * VIDEO line's end and the AUDIO text ("Open on" · "ANNCR:"). Before, the rows were read across both
 * cells, line by line ("a red Meet the", "car at new Acme"; the tab-or-columns warning on one or two
 * of them only), so a voice's lines came in pieces and a label opened no line. The two columns are
 * now found by the edge the AUDIO lines all start at (columns.ts alignedColumns) and each cell is read
 * whole, as the DOCX of the same table reads.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { parseConfigText } from '../src/config/parse.js';
import { PDF_PRODUCERS_DIR } from './helpers/producers.js';

const CONFIG = 'voices:\n  Anna: { color: "#0070C0" }\n  Ben: { color: "#C00000" }\nunassigned: ["#000000"]\n';

async function read(file: string) {
  const config = await parseConfigText(CONFIG, 'vo-lines.config.yaml');
  const { report } = await analyse(join(PDF_PRODUCERS_DIR, file), { config });
  return report;
}

const VOICES = [
  ['Anna', ['Meet the new Acme Roadster, built for summer roads.', 'Call us today on 0800 30 30 30.'], 17],
  ['Ben', ['Zero percent financing for sixty months.'], 6],
];

describe('a VIDEO | AUDIO table with very narrow columns', () => {
  it('lo-av-narrow-en-html.pdf (LibreOffice from HTML, no borders): each cell read whole, the voices\' lines as in the DOCX, no warning', async () => {
    const report = await read('lo-av-narrow-en-html.pdf');
    expect(report.voices.map((v) => [v.name, v.lines.map((l) => l.text), v.words])).toEqual(VOICES);
    // The VIDEO cells whole too (the AUDIO cells stand lower than theirs: read column after column).
    expect(report.unassigned.lines.map((l) => l.text)).toEqual([
      'Acme Roadster — TV :15',
      'VIDEO AUDIO',
      'Open on a red car at dawn.',
      'SUPER: 0% APR for 60 months',
      'Logo. SUPER: Call 0800 30 30 30',
      'End of spot.',
    ]);
    expect(report.warnings.map((w) => w.code)).toEqual([]);
  });

  it('lo-av-narrow-labels-en-html.pdf (the same in black, a speaker\'s label opening each AUDIO cell): read by rows, each label opening its cell\'s line', async () => {
    const { report } = await analyse(join(PDF_PRODUCERS_DIR, 'lo-av-narrow-labels-en-html.pdf'), { noConfig: true });
    expect(report.voices.flatMap((v) => v.lines.map((l) => l.text))).toEqual([
      'Acme Roadster — TV :15',
      'VIDEO AUDIO',
      'Open on a red car at dawn.',
      'ANNCR: Meet the new Acme Roadster.',
      'SUPER: 0% APR for 60 months',
      'ANNCR: Zero percent financing.',
      'Logo. SUPER: Call 0800 30 30 30',
      'VO: Call 0800 30 30 30.',
      'End of spot.',
    ]);
    // All in black with no config: the spot's title is the colour group's text, and that is said (spots2's spots-unread).
    expect(report.warnings.map((w) => w.code)).toEqual(['spots-unread']);
  });

  for (const file of ['lo-av-narrow-en.pdf', 'lo-av-narrow-noborders-en.pdf', 'lo-av-narrow-en.docx', 'lo-av-narrow-noborders-en.docx']) {
    it(`${file} (the table from a DOCX, columns 0.75 in): the voices' lines as in the DOCX`, async () => {
      const report = await read(file);
      expect(report.voices.map((v) => [v.name, v.lines.map((l) => l.text), v.words])).toEqual(VOICES);
    });
  }
});
