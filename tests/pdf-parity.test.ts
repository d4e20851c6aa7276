/**
 * A PDF of a script must give the same answer as the DOCX it came from. The sample PDFs were
 * exported from the sample DOCX files by LibreOffice (command in samples/README.md).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';

const samples = fileURLToPath(new URL('../samples/', import.meta.url));

describe.each([
  ['fr-elearning', 'module-securite'],
  ['en-commercial', 'spring-sale'],
])('samples/%s: DOCX and its PDF export agree', (dir, name) => {
  it('line by line, voice by voice, with the same counts', async () => {
    const [docx, pdf] = await Promise.all([analyse(join(samples, dir, `${name}.docx`)), analyse(join(samples, dir, `${name}.pdf`))]);
    const view = (report: typeof docx.report) => ({
      voices: report.voices.map((v) => ({ name: v.name, words: v.words, spokenWords: v.spokenWords, lines: v.lines.map((l) => [l.id, l.text, l.words]) })),
      unassigned: { words: report.unassigned.words, lines: report.unassigned.lines.map((l) => l.text) },
      total: report.total,
      legend: report.legend?.text,
    });
    expect(view(pdf.report)).toEqual(view(docx.report));
    expect(pdf.report.format).toBe('pdf');
    // Every PDF location carries its page.
    expect(pdf.report.voices.flatMap((v) => v.lines).every((l) => typeof l.location.page === 'number' && l.location.page >= 1)).toBe(true);
  });

  it('without a config, the legend in the PDF gives the same voices', async () => {
    const [docx, pdf] = await Promise.all([analyse(join(samples, dir, `${name}.docx`), { noConfig: true }), analyse(join(samples, dir, `${name}.pdf`), { noConfig: true })]);
    expect(pdf.report.mode).toBe('legend');
    expect(pdf.report.voices.map((v) => [v.name, v.words])).toEqual(docx.report.voices.map((v) => [v.name, v.words]));
  });
});

/**
 * Tables of contents: the DOCX reader leaves them out (`toc-left-out`); the PDF LibreOffice writes
 * from the same DOCX must give the same lines, counts and warning. Fixtures from
 * scripts/pdf-producers/lo_toc.py.
 */
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
describe.each([
  ['docx-producers/lo-toc-fr.docx', 'pdf-producers/lo-toc-fr.pdf'],
  ['pdf-producers/lo-toc-en.docx', 'pdf-producers/lo-toc-en.pdf'],
  // No leader: in the PDF the page numbers are a column of their own.
  ['pdf-producers/lo-toc-gaps-en.docx', 'pdf-producers/lo-toc-gaps-en.pdf'],
])('%s and its PDF: the table of contents is left out of both', (docxPath, pdfPath) => {
  it('the same lines, voice by voice, the same counts and the same warning', async () => {
    const [docx, pdf] = await Promise.all([analyse(join(fixtures, docxPath), { noConfig: true }), analyse(join(fixtures, pdfPath), { noConfig: true })]);
    const view = (report: typeof docx.report) => ({
      voices: report.voices.map((v) => ({ name: v.name, words: v.words, lines: v.lines.map((l) => [l.text, l.words]) })),
      unassigned: { words: report.unassigned.words, lines: report.unassigned.lines.map((l) => l.text) },
      total: report.total,
      // lo-toc-fr.pdf says /Lang en-US (its DOCX fr-FR): its short French text is read as French, said so in the PDF alone.
      warnings: report.warnings.filter((w) => w.code !== 'language-from-text').map((w) => [w.code, w.message]),
    });
    expect(view(pdf.report)).toEqual(view(docx.report));
    expect(pdf.report.warnings.map((w) => w.code)).toEqual(docxPath.endsWith('-fr.docx') ? ['toc-left-out', 'language-from-text'] : ['toc-left-out']);
    expect(pdf.report.language.code).toBe(docx.report.language.code);
  });
});

describe('pdf-producers/lo-numbered-en.docx and its PDF: list numbers', () => {
  it('Word’s List Number numbers (not text in the DOCX) are left out of the PDF as bullets are; a number typed with its text stays in both', async () => {
    const [docx, pdf] = await Promise.all(['docx', 'pdf'].map((ext) => analyse(join(fixtures, `pdf-producers/lo-numbered-en.${ext}`), { noConfig: true })));
    const view = (report: typeof docx.report) => ({
      voices: report.voices.map((v) => ({ name: v.name, words: v.words, lines: v.lines.map((l) => [l.text, l.words]) })),
      total: report.total,
    });
    expect(view(pdf!.report)).toEqual(view(docx!.report));
    expect(pdf!.report.voices.flatMap((v) => v.lines.map((l) => l.text)).filter((t) => /^\d/u.test(t))).toEqual(['1. This step was typed by hand with its number.']);
  });
});

/**
 * Line numbering (a section's `w:lnNumType`): no text in the DOCX; in the PDF LibreOffice writes,
 * numbers in the left margin beside every line (or every fifth), which the PDF reader leaves out and
 * says. Numbers typed at the margin with the steps they number are text in both. Fixtures from
 * scripts/pdf-producers/docx_line_numbers.py.
 */
describe.each([
  ['lo-line-numbers-en', { pages: [1, 2], numbers: 40 }],
  ['lo-line-numbers-5-fr', { pages: [1, 2], numbers: 8 }],
  ['lo-bare-numbers-en', null],
] as const)('pdf-producers/%s.docx and its PDF: line numbering', (name, numbering) => {
  it('the same lines, voice by voice, the same counts; the margin’s numbers left out of the PDF and said', async () => {
    const [docx, pdf] = await Promise.all(['docx', 'pdf'].map((ext) => analyse(join(fixtures, `pdf-producers/${name}.${ext}`), { noConfig: true })));
    const view = (report: typeof docx.report) => ({
      voices: report.voices.map((v) => ({ name: v.name, words: v.words, spokenWords: v.spokenWords, lines: v.lines.map((l) => [l.text, l.words]) })),
      total: report.total,
    });
    expect(view(pdf!.report)).toEqual(view(docx!.report));
    const said = pdf!.report.warnings.filter((w) => w.code === 'line-numbers-left-out');
    if (numbering) {
      expect(said.map((w) => w.details)).toEqual([numbering]);
      expect(said[0]!.message).toBe(
        `The numbers in the left margin of pages 1, 2 (${numbering.numbers} of them) number the script's lines, as Word's and LibreOffice's line numbering does: they were left out, as a reader does not say them (in a DOCX they are no text either).`,
      );
    } else {
      expect(said).toEqual([]);
      expect(pdf!.report.voices.flatMap((v) => v.lines.map((l) => l.text)).filter((t) => /^\d/u.test(t))).toEqual(['1 Press Control and S together to save the file you are working on.', '2 Choose a folder for it.', '3 Type a name and press Enter.', '4 Close the window.']);
    }
    expect(docx!.report.warnings.filter((w) => w.code === 'line-numbers-left-out')).toEqual([]);
  });
});

/**
 * Short lines set flush left with time codes set flush right between them: in the PDF the time
 * codes stand apart with nothing beside them, one flow read down the page, not a second column
 * (read as one, they went to the end of the page). Fixture from scripts/pdf-producers/docx_aligned_lines.py.
 */
describe('pdf-producers/lo-aligned-lines-en.docx and its PDF: lines set flush right between lines set flush left', () => {
  it('the same lines in the same order, voice by voice', async () => {
    const [docx, pdf] = await Promise.all(['docx', 'pdf'].map((ext) => analyse(join(fixtures, `pdf-producers/lo-aligned-lines-en.${ext}`), { noConfig: true })));
    const order = (report: typeof docx.report) =>
      [...report.voices.flatMap((v) => v.lines), ...report.unassigned.lines].sort((a, b) => a.location.paragraph - b.location.paragraph).map((l) => [l.text, l.timecode?.start ?? null]);
    // A time code alone on its line is no line: the time of the line under it (timecodes.test.ts).
    expect(order(pdf!.report)).toEqual([
      ['We open on the harbour at dawn.', null],
      ['Marie walks along the quay.', null],
      ['The fish market wakes up.', '00:00:12'],
      ['Good morning, everyone!', null],
      ['The sun rises over the water.', '00:00:19'],
    ]);
    expect(order(pdf!.report)).toEqual(order(docx!.report));
  });
});

describe('pdf-producers/lo-list-levels-en.docx and its PDF: capital roman numerals, a second level of letters, Word’s Courier "o" bullets', () => {
  it('the numbers and bullets LibreOffice draws are left out of the PDF: the same lines and counts as the DOCX, which holds none of them', async () => {
    const [docx, pdf] = await Promise.all(['docx', 'pdf'].map((ext) => analyse(join(fixtures, `pdf-producers/lo-list-levels-en.${ext}`), { noConfig: true })));
    const view = (report: typeof docx.report) => ({
      voices: report.voices.map((v) => ({ name: v.name, words: v.words, lines: v.lines.map((l) => [l.text, l.words]) })),
      total: report.total,
    });
    expect(view(pdf!.report)).toEqual(view(docx!.report));
    expect(pdf!.report.total.words).toBe(61);
  });
});
