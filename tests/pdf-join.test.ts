/**
 * PDF paragraphs where a line reaches the edge lines are taken to wrap at, yet ends a paragraph
 * (readers/pdf/paragraphs.ts): the DOCX is the truth, its PDF (LibreOffice) must give the same lines.
 * - a speaker's line after a sentence's end, opening with a label (`BARISTA:`), starts anew even
 *   where the line before reaches the widest line (labels/breaks-measure-en);
 * - dialogue set in from the margin whose longest lines all end a sentence (Courier, one sentence a
 *   paragraph) shows no measure of its own (labels-screenplay/screenplay-indent-fr);
 * - a label table's row whose text wraps in its column is one paragraph (labels/label-table-wrap-en).
 * Fixtures: scripts/build-label-fixtures.py (labels), scripts/build-screenplay-fixtures.py.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import type { Report } from '../src/measure/report.js';
import { continuesLine, splitBlock, type LaidParagraph } from '../src/readers/pdf/paragraphs.js';
import type { Line } from '../src/readers/pdf/types.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

const lineTexts = (report: Report) => [...report.voices.flatMap((v) => v.lines), ...report.unassigned.lines].sort((a, b) => a.location.paragraph - b.location.paragraph).map((l) => l.text);
const byVoice = (report: Report) => ({
  voices: report.voices.map((v) => [v.name, v.lines.map((l) => [l.text, l.words])]),
  unassigned: report.unassigned.lines.map((l) => [l.text, l.words]),
});

function config(labels: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'vo-pdf-join-'));
  const path = join(dir, 'vo-lines.config.yaml');
  writeFileSync(path, ['voices:', ...labels.map((l) => `  ${l}: { label: "${l}" }`), 'unassigned: ["#000000", "#376092", "#365F91"]', ''].join('\n'));
  return path;
}

describe('labels/breaks-measure-en: a speaker’s line after a line reaching the widest line', () => {
  it('with no config: BARISTA’s line is a paragraph of its own, as the DOCX reads it', async () => {
    const pdf = (await analyse(join(fixtures, 'labels/breaks-measure-en.pdf'), { noConfig: true }))!;
    expect(pdf.report.voices.map((v) => v.lines.map((l) => l.text))).toEqual([
      [
        'Harbour Café – radio spot – 30 seconds',
        'NARRATOR: Mornings at the Harbour Café start at six.',
        'BARISTA: Flat white for table two!',
        'NARRATOR: Fresh pastries come out of the oven every hour.',
        'CUSTOMER: Is the terrace open today?',
        'BARISTA: Only until noon, I am afraid.',
        '(a cup clatters)',
        'CUSTOMER: Then I will be quick.',
        'SFX: seagulls and the harbour bell',
        'NARRATOR: The Harbour Café, 4 Quay Street.',
        'Open every day from six until late.',
      ],
    ]);
  });

  it('with a config of labels: BARISTA’s words are BARISTA’s, the DOCX and the PDF agree', async () => {
    const c = config(['NARRATOR', 'BARISTA', 'CUSTOMER']);
    const [docx, pdf] = await Promise.all(['docx', 'pdf'].map(async (ext) => (await analyse(join(fixtures, `labels/breaks-measure-en.${ext}`), { config: c }))!));
    const expected = {
      voices: [
        ['NARRATOR', [['Mornings at the Harbour Café start at six.', 8], ['Fresh pastries come out of the oven every hour.', 9], ['The Harbour Café, 4 Quay Street.', 6], ['Open every day from six until late.', 7]]],
        ['BARISTA', [['Flat white for table two!', 5], ['Only until noon, I am afraid.', 6]]],
        ['CUSTOMER', [['Is the terrace open today?', 5], ['Then I will be quick.', 5]]],
      ],
      unassigned: [['Harbour Café – radio spot – 30 seconds', 6], ['(a cup clatters)', 3], ['SFX: seagulls and the harbour bell', 6]],
    };
    expect(byVoice(docx.report)).toEqual(expected);
    expect(byVoice(pdf.report)).toEqual(expected);
  });
});

describe('labels-screenplay/screenplay-indent-fr: Courier dialogue whose longest lines end sentences', () => {
  it('MARC’s two lines stay two, as in the DOCX (the first reaches the dialogue’s furthest line)', async () => {
    const [docx, pdf] = await Promise.all(['docx', 'pdf'].map(async (ext) => (await analyse(join(fixtures, `labels-screenplay/screenplay-indent-fr.${ext}`), { noConfig: true }))!));
    expect(lineTexts(pdf.report)).toEqual(lineTexts(docx.report));
    expect(lineTexts(pdf.report).slice(8, 11)).toEqual(['(il sourit)', 'C’était ton idée, pas la mienne.', 'Et tu le sais très bien.']);
    expect(pdf.report.total.lineCount).toBe(20);
  });
});

describe('labels/label-table-wrap-en: LibreOffice’s borderless label table, a row’s text wrapping', () => {
  it('the row with no label is one paragraph, nobody’s, said; a second paragraph in MUM’s cell cannot be told from such a row', async () => {
    const c = config(['ANNCR', 'MUM', 'KID']);
    const [docx, pdf] = await Promise.all(['docx', 'pdf'].map(async (ext) => (await analyse(join(fixtures, `labels/label-table-wrap-en.${ext}`), { config: c }))!));
    const rose = ['Every rose bush in the garden centre is half price until Sunday.', 12];
    expect(byVoice(pdf.report)).toEqual({
      voices: [
        ['ANNCR', [['This weekend only, the Greenway Garden Centre opens its doors at seven.', 12], ['Greenway Garden Centre. Open every day from seven till seven.', 10]]],
        ['MUM', [['Roses for the front garden, at last!', 7], ['Mind the tulips!', 3]]],
        ['KID', [['Can I push the trolley?', 5]]],
      ],
      unassigned: [['Greenway Garden Centre – Weekend Offer – 30"', 6], rose, ['And the tulips too.', 4]],
    });
    expect(byVoice(docx.report).unassigned).toEqual([['Greenway Garden Centre – Weekend Offer – 30"', 6], rose]);
    // In the PDF the cell's second paragraph stands as a row with no label does (the same gap): said, not guessed.
    expect(pdf.report.warnings.map((w) => [w.code, w.location?.paragraph])).toEqual([['unlabelled-speech', 3], ['unlabelled-speech', 5]]);
  });
});

/** A line of one run, black, 12 pt, about 6 pt a character. */
function line(text: string, baseline: number, x0 = 72, x1 = x0 + 6 * text.length): Line {
  const first = text.split(' ')[0]!;
  return { runs: [{ text, color: '#000000', background: null } as Line['runs'][number]], text, x0, x1, baseline, size: 12, firstWordWidth: 6 * first.length };
}

describe('splitBlock: a line reaching the edge, then one opening with a label', () => {
  const split = (lines: Line[], labels?: Set<string>) =>
    splitBlock({ lines, x0: 72, x1: Math.max(...lines.map((l) => l.x1)), top: 0, bottom: 0 }, 1, 400, [], undefined, false, undefined, [], labels).map((p) => p.lines.map((l) => l.text));

  it('a sentence’s end, then a name in capitals and a colon: a new paragraph', () => {
    expect(split([line('NARRATOR: Mornings at the café start at six.', 100, 72, 399), line('BARISTA: Flat white for the table by the', 114, 72, 399), line('window.', 128)])).toEqual([
      ['NARRATOR: Mornings at the café start at six.'],
      ['BARISTA: Flat white for the table by the', 'window.'],
    ]);
    expect(split([line('NARRATOR: Mornings at the café start at six.', 100, 72, 399), line('JOHN (V.O.): Coffee.', 114)])).toEqual([['NARRATOR: Mornings at the café start at six.'], ['JOHN (V.O.): Coffee.']]);
  });

  it('no sentence’s end, or a name in lower case the script uses nowhere else: wrapped', () => {
    expect(split([line('He turned and called out to', 100, 72, 399), line('BARISTA: a name he knew.', 114)])).toEqual([['He turned and called out to', 'BARISTA: a name he knew.']]);
    expect(split([line('The list was long.', 100, 72, 399), line('Note: read it all.', 114)])).toEqual([['The list was long.', 'Note: read it all.']]);
    // The same name, a label of the script elsewhere: a new paragraph (labelsOf's keys: in capitals, text/speaker-label.ts labelKey).
    expect(split([line('The list was long.', 100, 72, 399), line('Sarah: read it all.', 114)], new Set(['SARAH']))).toEqual([['The list was long.'], ['Sarah: read it all.']]);
  });
});

describe('continuesLine: over a page or column break', () => {
  const laid = (l: Line): LaidParagraph => ({ lines: [l], page: 1, left: 72, right: 400 });
  it('a full line ending a sentence, then a label in capitals: no carrying on; mid-sentence, or no label: carried on', () => {
    expect(continuesLine(laid(line('NARRATOR: Mornings at the café start at six.', 700, 72, 399)), laid(line('BARISTA: Flat white!', 80)))).toBe(false);
    expect(continuesLine(laid(line('NARRATOR: Mornings at the café start at', 700, 72, 399)), laid(line('BARISTA: the bar.', 80)))).toBe(true);
    expect(continuesLine(laid(line('NARRATOR: Mornings at the café start at six.', 700, 72, 399)), laid(line('Then the bar opens.', 80)))).toBe(true);
  });
});
