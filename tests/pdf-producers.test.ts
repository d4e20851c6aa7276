/**
 * PDFs from producers the reader was not tuned on (ReportLab, WeasyPrint, MuPDF, LibreOffice from a
 * python-docx document), in the layouts scripts use: storyboard tables whose rows break over pages,
 * real two-frame columns with justified text, screenplays, highlight annotations. Each PDF is
 * committed with the script data it was made from (NAME.json beside it, written by the generator in
 * scripts/pdf-producers/); every voice's lines, line count and words must come out exactly as the
 * data gives them (scripts/pdf-producers/expected.mjs, by the rules of scripts/lib/script-data.mjs).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { readPdf } from '../src/readers/pdf/index.js';
// @ts-expect-error plain JavaScript module shared with the fixture check script
import { expectedOf } from '../scripts/pdf-producers/expected.mjs';

const DIR = join(__dirname, 'fixtures', 'pdf-producers');
const configDir = mkdtempSync(join(tmpdir(), 'vo-lines-producers-'));
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

interface ProducerScript {
  name: string;
  voices: Record<string, { color?: string; highlight?: string }>;
  unassigned: string[];
}

async function read(file: string, script: ProducerScript) {
  const config = join(configDir, `${script.name}.json`);
  writeFileSync(config, JSON.stringify({ voices: script.voices, unassigned: script.unassigned }));
  const { report } = await analyse(join(DIR, file), { config });
  const got: Record<string, { lines: string[]; words: number }> = {};
  for (const v of report.voices) got[v.name] = { lines: v.lines.map((l) => l.text), words: v.words };
  got['(unassigned)'] = { lines: report.unassigned.lines.map((l) => l.text), words: report.unassigned.words };
  return { report, got };
}

/**
 * `unassignedAsWords`: the unassigned text is compared word for word, not line by line (see the
 * fixture's note for what the reader splits there and why it is left).
 */
function check(pdf: string, note: string, opts: { docx?: string; unassignedAsWords?: boolean } = {}) {
  it(`${pdf}: ${note}`, async () => {
    const script = JSON.parse(readFileSync(join(DIR, pdf.replace(/\.pdf$/, '.json')), 'utf8')) as ProducerScript;
    const expected = expectedOf(script) as Record<string, { lines: string[]; words: number }>;
    const { report, got } = await read(pdf, script);
    if (opts.unassignedAsWords) {
      const words = (list: string[]) => list.join(' ').split(/\s+/u).filter(Boolean);
      expect(words(got['(unassigned)'].lines)).toEqual(words(expected['(unassigned)'].lines));
      got['(unassigned)'].lines = expected['(unassigned)'].lines;
    }
    expect(got).toEqual(expected);
    for (const v of report.voices) expect([v.name, v.lineCount]).toEqual([v.name, expected[v.name].lines.length]);
    if (opts.docx) {
      const docx = (await read(opts.docx, script)).got;
      if (opts.unassignedAsWords) docx['(unassigned)'].lines = got['(unassigned)'].lines;
      expect(docx).toEqual(got);
    }
  });
}

describe('PDFs from other producers: every voice’s exact lines, line counts and words', () => {
  check('rl-canvas-screenplay.pdf', 'ReportLab canvas screenplay: dialogue wrapped in a measure narrower than the action lines is one line per speech');
  check('rl-av-table-split.pdf', 'ReportLab storyboard table, repeatRows=1 and splitInRow=1: the header drawn again over the split row on page 1, no line under it on page 2, column borders in pieces');
  check('rl-frames-fr.pdf', 'ReportLab two-frame French pages, justified by word spacing, backColor highlights cut short on justified lines, the last page in one column');
  check('rl-frames-fr-annot.pdf', 'the same chapter with the radio in plain black and MuPDF Highlight annotations over it (quads from page.search)');
  check('wp-storyboard-fr.pdf', 'WeasyPrint storyboard: justified cells (word spaces stretched by pen moves), thead repeated, a row broken over the page, a landscape page in CSS columns');
  check('wp-spots-en.pdf', 'WeasyPrint radio spots: speaker labels in a borderless label | text table under each spot’s heading, the text wrapping under itself');
  check('wp-labels-en.pdf', 'WeasyPrint borderless label | text table, some labels of two lines (MUM / (off)): no label line read into a speech');
  check('wp-footnotes-fr.pdf', 'WeasyPrint footnotes (float: footnote): calls glued to words in the text’s type, notes in small type at the foot, one in the narrator’s colour: no note is a line');
  check('wp-smallprint-en.pdf', 'no footnotes: a numbered list in small type at the page foot while the text says MP3 and A4 stays script text');
  check('lo-footnotes-fr.pdf', 'LibreOffice footnotes: calls small and raised, notes at the foot: as its DOCX, where footnotes are not read', { docx: 'lo-footnotes-fr.docx' });
  check('lo-screenplay.pdf', 'LibreOffice screenplay (dialogue indented from both margins): one line per speech, as in its DOCX', {
    docx: 'lo-screenplay.docx',
    // Its two-line parenthetical "(putting the bag / down)", indented 2 in from both margins, wraps at
    // its own measure's edge (paragraphs.ts loneEdge): one line, as in the DOCX.
  });
});

describe('lists and struck-through text', () => {
  check('lo-lists-struck.pdf', 'LibreOffice lists (OpenSymbol bullets 18 pt from their text, a wrapped item) and strikes (thin strokes in the text colour): as its DOCX', { docx: 'lo-lists-struck.docx' });
  check('wp-struck-en.pdf', 'WeasyPrint <s>, <del> and line-through (one over a wrapped line) cut, underline and overline kept, a <ul> item wrapped under its text');

  it.each([
    ['lo-lists-struck.pdf', 'p.1 ¶8'],
    ['lo-lists-struck.docx', '¶8'],
    ['wp-struck-en.pdf', 'p.1 ¶2'],
  ])('%s: one struck-text warning quotes what was cut', async (file, where) => {
    const script = JSON.parse(readFileSync(join(DIR, file.replace(/\.(pdf|docx)$/, '.json')), 'utf8')) as ProducerScript;
    const { report } = await read(file, script);
    const struck = report.warnings.filter((w) => w.code === 'struck-text');
    expect(struck).toHaveLength(1);
    const expected =
      file === 'wp-struck-en.pdf'
        ? { words: 41, paragraphs: 4, struck: ['This sentence was cut by the client.', 'A whole line the client removed from the script, long enough to wrap onto a second line of the page so that both of its lines are struck through.', 'Gone'] }
        : { words: 27, paragraphs: 3, struck: ['loud', 'It was written with the site managers of three regions last spring.', 'Nobody ever got hurt by asking one question too many on a building site.'] };
    expect(struck[0]!.details).toEqual(expected);
    expect(struck[0]!.location).toMatchObject(where.startsWith('p.') ? { page: 1, paragraph: Number(where.split('¶')[1]) } : { paragraph: Number(where.slice(1)) });
  });
});

describe('a legend set apart by tabs', () => {
  check('lo-tab-legend.pdf', 'LibreOffice legend line "Key:⇥Narrator – blue⇥Expert – green⇥Learner – red": the same lines as its DOCX', { docx: 'lo-tab-legend.docx' });

  it.each(['lo-tab-legend.pdf', 'lo-tab-legend.docx'])('%s with no config: the legend read from its tabs, the same from the PDF as from the DOCX', async (file) => {
    const { report } = await analyse(join(DIR, file), { noConfig: true });
    expect(report.mode).toBe('legend');
    expect(report.legend?.voices).toEqual([
      { name: 'Narrator', colors: ['#0070C0'], highlights: [] },
      { name: 'Expert', colors: ['#00B050'], highlights: [] },
      { name: 'Learner', colors: ['#FF0000'], highlights: [] },
    ]);
    expect(report.voices.map((v) => [v.name, v.words])).toEqual([['Narrator', 21], ['Expert', 22], ['Learner', 6]]);
  });
});

describe('one-line paragraphs that never wrap, over two pages', () => {
  check('lo-legend-two-pages.pdf', 'LibreOffice: a legend ending on its last entry ("… black = not recorded"), then "Screen 1": the same lines as its DOCX', { docx: 'lo-legend-two-pages.docx' });
});

describe('cell locations in a ReportLab table split in a row', () => {
  it('numbers the rows as the table has them: the header drawn again mid-page and on page 2 is no row, the split row is one', async () => {
    const file = join(DIR, 'rl-av-table-split.pdf');
    const script = await readPdf(new Uint8Array(readFileSync(file)), file, {});
    const cells = script.paragraphs
      .filter((p) => p.location.cell && p.location.cell.column === 1)
      .map((p) => [p.location.cell!.row, p.runs.map((r) => r.text).join('')]);
    expect(cells).toEqual([[1, 'Screen'], [2, '1'], [3, '2'], [4, '3'], [5, '4'], [6, '5'], [7, '6'], [8, '7']]);
    const tile = script.paragraphs.find((p) => p.runs.some((r) => r.text.startsWith('TILE takes')))!;
    expect([tile.location.page, tile.location.cell]).toEqual([2, { table: 1, row: 6, column: 3 }]);
  });
});

describe('footnotes asked for', () => {
  it('--include footnote reads the notes of a WeasyPrint PDF as footnotes, not body lines', async () => {
    const file = join(DIR, 'wp-footnotes-fr.pdf');
    const script = await readPdf(new Uint8Array(readFileSync(file)), file, { include: ['footnote'] });
    const notes = script.paragraphs.filter((p) => p.location.story === 'footnote').map((p) => p.runs.map((r) => r.text).join(''));
    const nb = (t: string) => t.replace(/« /g, '«\u00A0').replace(/ »/g, '\u00A0»');
    expect(notes).toEqual(['1. Prononcer « postures » sans lier le s final.', '2. Dire « T.M.S. » en toutes lettres la première fois seulement.', '3. Insister sur « élévatrices ».'].map(nb));
  });
});
