/**
 * A tab-set speaker label in a narrow justified column, from LibreOffice
 * (scripts/pdf-producers/lo_tab_wrap.py): "KID⇥Can we get the big" over a short last line
 * "sunflower?" at the margin. The text right of the tab has no line beside it: it is the rest of
 * its line, not a column (it was read at the end of the page, with no warning). Each PDF reads as
 * its DOCX; `init` and `summary` give the DOCX's voices, lines and words. Where a borderless
 * table's left cell, going on under its first line beside a one-line right cell, has the same
 * shape, the row is read as one line and the reader says so.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readScript } from '../src/readers/index.js';
import { buildLines } from '../src/readers/pdf/lines.js';
import type { Glyph } from '../src/readers/pdf/types.js';
import { runCli } from './helpers/cli.js';

const DIR = join(__dirname, 'fixtures', 'pdf-producers');
const texts = async (file: string) => (await readScript(join(DIR, file))).paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** `init` then `summary --json` on a copy of the file in a folder of its own. */
function initAndSummary(file: string) {
  const dir = mkdtempSync(join(tmpdir(), 'vo-lines-tab-wrap-'));
  made.push(dir);
  copyFileSync(join(DIR, file), join(dir, file));
  const init = runCli(['init', file], dir);
  expect(init.code).toBe(0);
  const summary = runCli(['summary', file, '--json'], dir);
  expect(summary.code).toBe(0);
  const report = JSON.parse(summary.stdout) as { voices: { name: string; lineCount: number; words: number; lines: { text: string }[] }[]; unassigned: { words: number }; warnings?: { code: string }[] };
  return {
    said: init.stdout.split('\n')[0],
    voices: report.voices.map((v) => [v.name, v.lineCount, v.words, v.lines.map((l) => l.text)]),
    unassignedWords: report.unassigned.words,
    warnings: (report.warnings ?? []).map((w) => w.code),
  };
}

describe('a tab-set label over a short wrapped line: the text after the tab is the rest of its line', () => {
  it('lo-tab-wrap-en.pdf: every paragraph as the DOCX’s, in order, no warning', async () => {
    const pdf = await texts('lo-tab-wrap-en.pdf');
    expect(pdf).toEqual([
      'Spot 1: the garden centre',
      'MUM\tLook at these tulips! Half price.',
      'KID\tCan we get the big sunflower?',
      'Everything in store this weekend, while stocks last.',
      'MUM\tOnly if you carry it home.',
    ]);
    expect(pdf).toEqual(await texts('lo-tab-wrap-en.docx'));
    expect((await readScript(join(DIR, 'lo-tab-wrap-en.pdf'))).warnings).toEqual([]);
  });

  it('lo-tab-wrap-fr.pdf: every paragraph as the DOCX’s, in order, no warning', async () => {
    const pdf = await texts('lo-tab-wrap-fr.pdf');
    expect(pdf).toEqual([
      'Spot 1 : la jardinerie',
      'MAMAN\tRegardez ces tulipes ! À moitié prix.',
      'ENFANT\tOn prend le grand tournesol ?',
      'Tout le magasin ce week-end, dans la limite des stocks.',
      'MAMAN\tSeulement si tu le portes.',
    ]);
    expect(pdf).toEqual(await texts('lo-tab-wrap-fr.docx'));
    expect((await readScript(join(DIR, 'lo-tab-wrap-fr.pdf'))).warnings).toEqual([]);
  });

  it.each(['en', 'fr'])('lo-tab-wrap-%s.pdf: `init` proposes the DOCX’s voices, `summary` counts the DOCX’s lines and words per voice', (lang) => {
    const docx = initAndSummary(`lo-tab-wrap-${lang}.docx`);
    const pdf = initAndSummary(`lo-tab-wrap-${lang}.pdf`);
    expect(pdf.said).toBe(docx.said.replace('.docx', '.pdf'));
    expect(pdf.voices).toEqual(docx.voices);
    expect(pdf.unassignedWords).toBe(docx.unassignedWords);
    // LibreOffice's PDF says /Lang en-US (its DOCX fr-FR): the short French spot is read as French, said so.
    expect(pdf.warnings).toEqual(lang === 'fr' ? ['language-from-text'] : []);
  });

  it('lo-tab-tight-en.pdf: label rows with no space between paragraphs each read as one line; a borderless table of the same shape is read by rows, and said', async () => {
    const pdf = await readScript(join(DIR, 'lo-tab-tight-en.pdf'));
    const read = pdf.paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
    const docx = await texts('lo-tab-tight-en.docx');
    // "MUM⇥Fine." over "KID⇥Okay.": both label rows (before, "Okay." went to the end of the page).
    expect(read.slice(0, 6)).toEqual(docx.slice(0, 6));
    expect(read.slice(0, 6)).toEqual(['Spot 2: the checkout', 'MUM\tFine.', 'KID\tOkay.', 'Yes.', 'MUM\tThat will be all.', 'Spot 3: the shot list']);
    // The table: the DOCX reads cell by cell; the PDF's rows have the shape of tab-set lines.
    expect(docx.slice(6)).toEqual(['Wide shot of the shop at dusk, lights on', 'Open late.', 'Close on the till', 'Pay here.']);
    expect(read.slice(6)).toEqual(['Wide shot of the\tOpen late.', 'shop at dusk,', 'lights on', 'Close on the till\tPay here.']);
    expect(pdf.warnings).toEqual([
      {
        code: 'tab-or-columns',
        message:
          'On page 1, text set apart by a wide gap (as a tab sets a speaker\'s label apart) was read as one line, then the line under it: "Wide shot of the" and "Open late.", then "shop at dusk," (page 1). If the page sets them as two columns of a table, the words are all there but read in another order: check those lines by eye.',
        details: { pages: [1], lines: [{ page: 1, parts: ['Wide shot of the', 'Open late.'], next: 'shop at dusk,' }] },
      },
    ]);
  });
});

/** One word a glyph, 5.5 pt a letter and 3 pt a space, in 11 pt type. */
let seq = 0;
function line(text: string, x: number, baseline: number): Glyph[] {
  let pen = x;
  return text.split(' ').map((word, i) => {
    const x0 = pen, x1 = pen + 5.5 * word.length;
    pen = x1 + 3;
    return { text: word, x0, x1, end: x1, baseline, size: 11, color: '#000000', background: null, spaceBefore: i > 0, firstWordEnd: undefined, seq: seq++, turn: 0 };
  });
}

describe('the rule on laid-out glyphs', () => {
  it('two columns of two lines of prose (no gutter found from two lines): each line a line of its own, as before', () => {
    const lines = buildLines([
      ...line('the first column of prose goes', 72, 100), ...line('while the second column says', 300, 100),
      ...line('on and on for a while', 72, 114), ...line('something else entirely here', 300, 114),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['the first column of prose goes', 'while the second column says', 'on and on for a while', 'something else entirely here']);
    expect(lines.filter((l) => l.acrossGap)).toEqual([]);
  });

  it('a one-line right cell beside a left cell that goes on under it: one line, and said (the line under it named)', () => {
    const lines = buildLines([
      ...line('wide shot of the shop at', 72, 100), ...line('Open late.', 300, 100),
      ...line('dusk with the lights on', 72, 114),
      ...line('and people inside', 72, 128),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['wide shot of the shop at\tOpen late.', 'dusk with the lights on', 'and people inside']);
    expect(lines.map((l) => l.acrossGap)).toEqual([{ next: 'dusk with the lights on' }, undefined, undefined]);
  });

  it('a label’s one-line speech over a sentence of its own at the margin ("KID⇥Okay." over "Yes."): one line, nothing said', () => {
    const lines = buildLines([...line('MUM', 72, 100), ...line('Fine.', 137, 100), ...line('KID', 72, 114), ...line('Okay.', 137, 114), ...line('Yes.', 72, 128)]);
    expect(lines.map((l) => l.text)).toEqual(['MUM\tFine.', 'KID\tOkay.', 'Yes.']);
    expect(lines.filter((l) => l.acrossGap)).toEqual([]);
  });
});
