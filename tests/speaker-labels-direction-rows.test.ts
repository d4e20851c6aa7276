/**
 * A speaker-label table's row whose label is no voice's (`SFX | Trolley wheels on gravel.`, a
 * direction, or a speaker the config leaves out): one line, its text opening with the label — as
 * speaker-labels.ts counts such a row, as `SFX: …` in a paragraph reads, and as the PDF of the table
 * reads it ("SFX⇥Trolley wheels on gravel."). Before, the DOCX gave the label cell and the text cell
 * as two lines, so `lines` counted one more line in a script than in its PDF.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readScriptBytes } from '../src/readers/index.js';
import { parseConfig } from '../src/config/parse.js';
import { castScript } from '../src/attribute/cast-script.js';
import { buildDocx, r } from './helpers/docx-builder.js';
import { ROOT, runCli } from './helpers/cli.js';

const DIR = join(ROOT, 'tests/fixtures/pdf-producers');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

interface Group { lineCount: number; words: number; lines: { text: string }[] }
/** `summary --json` of each file, in one folder, with the config `init` writes from the DOCX. */
function summaries(files: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'vo-lines-direction-rows-'));
  made.push(dir);
  for (const file of ['label-rows-en.docx', ...files]) copyFileSync(join(DIR, file), join(dir, file));
  expect(runCli(['init', 'label-rows-en.docx'], dir).code).toBe(0);
  return Object.fromEntries(
    ['label-rows-en.docx', ...files].map((file) => {
      const result = runCli(['summary', file, '--json'], dir);
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout) as { total: { lineCount: number; words: number }; voices: (Group & { name: string })[]; unassigned: Group };
      return [
        file,
        {
          total: [report.total.lineCount, report.total.words],
          voices: report.voices.map((v) => [v.name, v.lineCount, v.words]),
          unassigned: [report.unassigned.lineCount, report.unassigned.words],
          unassignedLines: report.unassigned.lines.map((l) => l.text),
        },
      ];
    }),
  );
}

describe('label-rows-en: the DOCX and each of its PDFs give the same lines', () => {
  const pdfs = [
    'label-rows-en-wp.pdf',
    'label-rows-en-chromium.pdf',
    'label-rows-en-rl.pdf',
    'label-rows-en-wp-small.pdf',
    'label-rows-middle-en.pdf',
    'label-rows-middle-narrow-en-chromium.pdf',
    'label-rows-middle-narrow-en-rl.pdf',
    'label-rows-middle-narrow-en-wp.pdf',
    'label-rows-bottom-narrow-en-rl.pdf',
    'label-rows-bottom-narrow-en-wp.pdf',
  ];
  const EXPECTED = {
    total: [12, 169],
    voices: [['ANNCR', 3, 63], ['MUM', 2, 25], ['KID', 2, 23], ['GRANDAD', 2, 36]],
    unassigned: [3, 22],
    unassignedLines: ['Greenway Garden Centre — spring sale, 60 s', 'Approved script, version 3. Every line is read as written.', 'SFX Trolley wheels on gravel.'],
  };
  const all = summaries([...pdfs, 'label-rows-unlabelled-narrow-en-wp.pdf']);

  it('the DOCX: the SFX row is one unassigned line of 5 words, its label first', () => {
    expect(all['label-rows-en.docx']).toEqual(EXPECTED);
  });

  it.each(pdfs)('%s: the DOCX’s line counts, per voice and unassigned', (file) => {
    expect(all[file]).toEqual(all['label-rows-en.docx']);
  });

  it('a PDF whose SFX row has no label (its label cell empty): the same lines, the label’s word aside', () => {
    expect(all['label-rows-unlabelled-narrow-en-wp.pdf']).toEqual({
      ...EXPECTED,
      total: [12, 168],
      unassigned: [3, 21],
      unassignedLines: [...EXPECTED.unassignedLines.slice(0, 2), 'Trolley wheels on gravel.'],
    });
  });
});

describe('which label rows are joined (in-memory DOCX)', () => {
  const cell = (text: string) => `<w:tc><w:p>${text ? r(text) : ''}</w:p></w:tc>`;
  const row = (...cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
  const table = (...rows: string[]) => `<w:tbl>${rows.join('')}</w:tbl>`;
  const read = async (body: string, voices: Record<string, { label: string }>) => {
    const script = await readScriptBytes(buildDocx({ body }), 'test.docx');
    const casting = castScript(script, parseConfig({ voices, unassigned: ['#000000'] }, 'cfg.json').voiceMap);
    return casting.lines.map((l) => [l.voice, l.location.cell ? `${l.location.cell.row}:${l.location.cell.column}` : '', l.text]);
  };

  it('a header row stays cells; a direction above the first speaker, one left out of the config and SFX each one line; time codes are no lines (the row\'s time, timecodes.test.ts)', async () => {
    const body = table(
      row('TC', 'PERSONNAGE', 'TEXTE'),
      row('00:00:10', 'MUSIQUE', 'Générique, puis sous la voix.'),
      row('00:00:12', 'MARIE', 'Tu as entendu ?'),
      row('00:00:15', 'LE FACTEUR', 'Un colis pour vous.'),
      row('00:00:18', 'SFX:', 'Porte qui claque.'),
      row('00:00:20', 'PAUL', 'Non.'),
    );
    expect(await read(body, { Marie: { label: 'MARIE' }, Paul: { label: 'PAUL' } })).toEqual([
      [null, '1:1', 'TC'],
      [null, '1:2', 'PERSONNAGE'],
      [null, '1:3', 'TEXTE'],
      [null, '2:3', 'MUSIQUE Générique, puis sous la voix.'],
      ['Marie', '3:3', 'Tu as entendu ?'],
      [null, '4:3', 'LE FACTEUR Un colis pour vous.'],
      [null, '5:3', 'SFX: Porte qui claque.'],
      ['Paul', '6:3', 'Non.'],
    ]);
  });

  it('a table with no voice’s label in it (VIDEO | AUDIO) is read cell by cell, as before', async () => {
    const body = table(row('VIDEO', 'AUDIO'), row('LOGO', 'Open every day.')) + `<w:p>${r('MARIE: Bonjour.')}</w:p>`;
    expect(await read(body, { Marie: { label: 'MARIE' } })).toEqual([
      [null, '1:1', 'VIDEO'],
      [null, '1:2', 'AUDIO'],
      [null, '2:1', 'LOGO'],
      [null, '2:2', 'Open every day.'],
      ['Marie', '', 'Bonjour.'],
    ]);
  });
});
