/**
 * A borderless speaker-label table (`LABEL | text`, the text wrapping under itself) in a script coded
 * by labels only, every line black: each PDF producer's rows must read as the DOCX's do, one
 * "LABEL⇥text" line per row (readers/pdf/label-rows.ts), so that `init` proposes the same voices and
 * `summary` counts the same lines and words. Fixtures: scripts/pdf-producers/label_rows.py.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readScript } from '../src/readers/index.js';
import { runCli } from './helpers/cli.js';

const DIR = join(__dirname, 'fixtures', 'pdf-producers');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** `init` then `summary --json` on a copy of the file in a folder of its own. */
function initAndSummary(file: string) {
  const dir = mkdtempSync(join(tmpdir(), 'vo-lines-label-rows-'));
  made.push(dir);
  copyFileSync(join(DIR, file), join(dir, file));
  const init = runCli(['init', file], dir);
  expect(init.code).toBe(0);
  const config = readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8');
  const summary = runCli(['summary', file, '--json'], dir);
  expect(summary.code).toBe(0);
  const report = JSON.parse(summary.stdout) as { voices: { name: string; lineCount: number; words: number; lines: { text: string }[] }[]; unassigned: { words: number }; warnings?: { code: string }[] };
  return {
    said: init.stdout.split('\n')[0],
    labels: config.split('\n').filter((line) => line.includes('label:')),
    voices: report.voices.map((v) => [v.name, v.lineCount, v.words, v.lines.map((l) => l.text)]),
    unassignedWords: report.unassigned.words,
    warnings: (report.warnings ?? []).map((w) => w.code).filter((code) => code === 'label-out-of-place'),
  };
}

const ROWS = [
  'ANNCR\tSpring is here, and so is the Greenway Garden Centre spring sale, with thousands of plants, pots and tools at half price or less, this weekend only, while stocks last.',
  'MUM\tLook at these tulips! Half price!',
  'KID\tCan we get the big sunflower too? The one that is taller than Dad? Please, please, please?',
  'SFX\tTrolley wheels on gravel.',
  'MUM\tOnly if you carry it to the car yourself, all the way across the car park, without dropping it.',
  'GRANDAD\tIn my day we grew our own sunflowers from seed.',
  'ANNCR\tSeeds, bulbs and bedding plants from ninety-nine pence. Compost, three bags for ten pounds. And free coffee for everyone who brings a grandad.',
  'KID\tGrandad, you can have my coffee.',
  'GRANDAD\tThank you, young man. Now, where did they put the sunflower seeds? I want the giant ones, the ones that win prizes at the village show.',
  'ANNCR\tGreenway Garden Centre. Open every day from eight till eight.',
];

describe('a borderless LABEL | text table, coded by labels only', () => {
  const pdfs = [
    ['label-rows-en-wp.pdf', 'WeasyPrint (labels 2 pt above the text’s baseline; GRANDAD nearly fills its column)'],
    ['label-rows-en-chromium.pdf', 'Chromium, from the same HTML table'],
    ['label-rows-en-rl.pdf', 'ReportLab Table with no grid (read label column first, then text column, before)'],
    ['label-rows-en-wp-small.pdf', 'WeasyPrint, labels in 8 pt: their baselines 3 pt above the text’s, rows of their own (read after all the texts, before)'],
  ];

  it.each(pdfs)('%s: each row one paragraph "LABEL⇥text", in order (%s)', async (file) => {
    const script = await readScript(join(DIR, file));
    expect(script.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual([
      'Greenway Garden Centre — spring sale, 60 s',
      'Approved script, version 3. Every line is read as written.',
      ...ROWS,
    ]);
  });

  it('the DOCX it agrees with: four speakers, SFX a direction', () => {
    const docx = initAndSummary('label-rows-en.docx');
    expect(docx.said).toBe('Wrote vo-lines.config.yaml (4 voices, one per speaker label: ANNCR, MUM, KID and GRANDAD; SFX left out as a direction; text without a label taken as not recorded).');
    expect(docx.voices.map(([name, lines, words]) => [name, lines, words])).toEqual([['ANNCR', 3, 63], ['MUM', 2, 25], ['KID', 2, 23], ['GRANDAD', 2, 36]]);
    expect(docx.unassignedWords).toBe(22);
  });

  it.each(pdfs)('%s: `init` proposes the DOCX’s voices, `summary` counts the DOCX’s lines and words per voice', (file) => {
    const docx = initAndSummary('label-rows-en.docx');
    const pdf = initAndSummary(file);
    expect(pdf.said).toBe(docx.said);
    expect(pdf.labels).toEqual(docx.labels);
    expect(pdf.voices).toEqual(docx.voices);
    // The SFX row is one line in the PDF ("SFX⇥Trolley…") and two cells in the DOCX: the same words.
    expect(pdf.unassignedWords).toBe(docx.unassignedWords);
  });

  it('a label column wide enough to be found as a text column (1.8 in, labels such as "MADAME MUM"): rows still one line each, each speech one paragraph', async () => {
    const script = await readScript(join(DIR, 'label-rows-wide-en-wp.pdf'));
    expect(script.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual([
      'Greenway Garden Centre — spring sale, 60 s',
      'Approved script, version 3. Every line is read as written.',
      ...ROWS.map((row, i) => (i % 2 ? `MADAME ${row}` : row)),
    ]);
  });

  it('a label of two lines ("MUM" over "(off)") is one label: "MUM (off)⇥…", its text’s wrapped line kept', async () => {
    const script = await readScript(join(DIR, 'wp-labels-en.pdf'));
    expect(script.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual([
      'MUM (off)\tCome on, love, the bus goes in five minutes and you haven’t touched your cereal, not even a spoonful of it, and it is getting cold.',
      'KID\tI’m not hungry. Can I just have toast? With the chocolate spread? Please? Pretty please with sugar on top?',
      'MUM (close)\tNo toast. Eat your breakfast. The bus will not wait for you, and neither will I, and neither will your teacher.',
      'ANNCR\tSunny Oats. Ready in ninety seconds, whoever is late for the bus this morning, and whatever they would rather have had instead.',
    ]);
  });

  it('WeasyPrint spots: every row of every spot’s table one "LABEL⇥text" paragraph, no label read apart from its text', async () => {
    const script = await readScript(join(DIR, 'wp-spots-en.pdf'));
    const texts = script.paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
    expect(texts.filter((t) => /^(?:MUM|KID|ANNCR)$/u.test(t))).toEqual([]);
    expect(texts.filter((t) => /^(?:MUM|KID|ANNCR)\t/u.test(t)).map((t) => t.split('\t')[0])).toEqual([
      'MUM', 'KID', 'ANNCR', 'KID', 'MUM', 'ANNCR', 'ANNCR', 'KID', 'MUM', 'ANNCR', 'ANNCR', 'MUM', 'ANNCR', 'ANNCR', 'MUM', 'ANNCR', 'KID', 'ANNCR', 'KID', 'MUM', 'ANNCR', 'ANNCR',
    ]);
  });
});

describe('labels set in the middle (or at the bottom) of their rows, beside a wrapped line of their text', () => {
  // An HTML table cell is `vertical-align: middle` by default; ReportLab has VALIGN MIDDLE and
  // BOTTOM. The speeches wrap to 1, 2, 3 and 4 lines (the narrow tables): a label stands level with
  // a line of its text, or between two of them, never with the first. Read as the table's rows, as
  // label-rows-en-wp.pdf reads (label-rows.ts centredRows).
  const pdfs = [
    ['label-rows-middle-en.pdf', 'Chromium, vertical-align: middle (texts of 1, 2 and 3 lines)'],
    ['label-rows-middle-narrow-en-chromium.pdf', 'Chromium, vertical-align: middle, a 4.5 in table (texts of 1 to 4 lines)'],
    ['label-rows-middle-narrow-en-wp.pdf', 'WeasyPrint, vertical-align: middle, the same narrow table'],
    ['label-rows-middle-narrow-en-rl.pdf', 'ReportLab Table, VALIGN MIDDLE, a 3.2 in text column'],
    ['label-rows-bottom-narrow-en-wp.pdf', 'WeasyPrint, vertical-align: bottom (GRANDAD nearly fills its column: one segment with its text)'],
    ['label-rows-bottom-narrow-en-rl.pdf', 'ReportLab Table, VALIGN BOTTOM'],
  ];

  it.each(pdfs)('%s: each row one paragraph "LABEL⇥text", in order (%s)', async (file) => {
    const script = await readScript(join(DIR, file));
    expect(script.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual([
      'Greenway Garden Centre — spring sale, 60 s',
      'Approved script, version 3. Every line is read as written.',
      ...ROWS,
    ]);
  });

  it.each([
    ['label-rows-asides-en-wp.pdf', 'top: "(off)" on a row of its own under the text’s only line (read again as a line of its own, before; and "END" under the table made it no label table)'],
    ['label-rows-asides-middle-en-wp.pdf', 'middle: "MUM" and "(off)" either side of the text’s only line'],
  ])('%s: a label of two lines ("MUM" over "(off)") beside a speech of one line is one label, read once; a heading above the table and "END" under it at the labels’ edge are no labels of it (%s)', async (file) => {
    const script = await readScript(join(DIR, file));
    expect(script.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual([
      'Greenway Garden Centre — spring sale, 60 s',
      'Approved script, version 3. Every line is read as written.',
      'Scene one',
      ROWS[0],
      ROWS[1]!.replace('MUM', 'MUM (off)'),
      ROWS[2],
      ROWS[3],
      ROWS[4]!.replace('MUM', 'MUM (close)'),
      ROWS[5],
      'END',
    ]);
  });

  it('label-rows-unlabelled-narrow-en-wp.pdf: a row whose label cell is empty (SFX’s) between two labelled rows is its text alone, the other rows still "LABEL⇥text"', async () => {
    const script = await readScript(join(DIR, 'label-rows-unlabelled-narrow-en-wp.pdf'));
    expect(script.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual([
      'Greenway Garden Centre — spring sale, 60 s',
      'Approved script, version 3. Every line is read as written.',
      ...ROWS.map((row) => row.replace('SFX\t', '')),
    ]);
  });

  let docx: ReturnType<typeof initAndSummary> | undefined;
  it.each(pdfs)('%s: `init` proposes the DOCX’s voices, `summary` counts its lines and words per voice, no label out of place', (file) => {
    docx ??= initAndSummary('label-rows-en.docx');
    const pdf = initAndSummary(file);
    expect(pdf.said).toBe(docx.said);
    expect(pdf.labels).toEqual(docx.labels);
    expect(pdf.voices).toEqual(docx.voices);
    expect(pdf.unassignedWords).toBe(docx.unassignedWords);
    expect(pdf.warnings).toEqual([]);
  });
});

describe('two columns of prose stay two columns', () => {
  // The tabs these pages have, from gaps read as tab stops: the label rule adds none. A justified
  // line's wide word spaces after a drawn space glyph are spaces (lines.ts makeLine: LibreOffice's
  // "quand⇥vous⇥lui⇥parlez⇥?" before); TeX draws no space glyph, and its sentence space stretched
  // past 1.2 em is a space too, about as wide as the line's other spaces allow (lines.ts
  // stretchedSpaces: "But they did.⇥At twenty past twelve" before).
  const before: Record<string, string[]> = {
    'columns-fr-pdftex.pdf': [],
    'columns-fr-lo.pdf': [],
    'columns-fr-chromium.pdf': [],
    'audiobook-columns.pdf': [],
  };
  it.each(Object.keys(before))('%s: no line of one column joined to the other', async (file) => {
    const script = await readScript(join(__dirname, 'fixtures', 'pdf-layout', file));
    const tabbed = script.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).filter((t) => t.includes('\t'));
    expect(tabbed.map((t) => t.slice(0, before[file]![0]?.length ?? 0))).toEqual(before[file]);
  });

  it('labels centred beside their text, one of them level with no line (moved into the gap between rows), with a config naming them: the whole table keeps the reading of before, and the labels left at the ends of lines are said', async () => {
    const script = await readScript(join(DIR, 'label-rows-astray-narrow-en.pdf'));
    const texts = script.paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
    expect(texts.slice(2, 14)).toEqual([
      'Spring is here, and so is the Greenway',
      'Garden Centre spring sale, with thousands of ANNCR',
      'plants, pots and tools at half price or less, this',
      'weekend only, while stocks last.',
      'MUM\tLook at these tulips! Half price!',
      'Can we get the big sunflower too? The one',
      'KID\tthat is taller than Dad? Please, please,',
      'please?',
      'Trolley wheels on gravel.',
      'SFX',
      'Only if you carry it to the car yourself, all the MUM',
      'way across the car park, without dropping it.',
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'vo-lines-label-rows-'));
    made.push(dir);
    copyFileSync(join(DIR, 'label-rows-astray-narrow-en.pdf'), join(dir, 'script.pdf'));
    writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  Announcer: { label: ANNCR }\n  Mum: { label: MUM }\n  Kid: { label: KID }\n  Grandad: { label: GRANDAD }\nunassigned: ["#000000"]\n');
    const summary = runCli(['summary', 'script.pdf', '--json'], dir);
    expect(summary.code).toBe(0);
    const warnings = (JSON.parse(summary.stdout) as { warnings: { code: string; message: string; details: Record<string, unknown> }[] }).warnings.filter((w) => w.code === 'label-out-of-place');
    expect(warnings.map((w) => [w.details.label, w.details.voice, w.details.lines])).toEqual([
      ['ANNCR', 'Announcer', 3],
      ['MUM', 'Mum', 1],
      ['GRANDAD', 'Grandad', 2],
    ]);
    expect(warnings[1]!.message).toBe(
      'The speaker label "MUM" (Mum) stands at the end of 1 line instead of the start ("Only if you carry it to the car yourself, all the MUM"): the script\'s reading order has put the label out of place (in a PDF, labels centred beside their text do this), so the lines around it may be counted for the wrong voice. Check those lines in the script before trusting the counts.',
    );
    // check: a rule of its own (a warning by default), and a label voice with no line says why by its label.
    const check = runCli(['check', 'script.pdf', '--format', 'json'], dir);
    const [file] = (JSON.parse(check.stdout) as { files: { rules: Record<string, string>; findings: { rule: string; level: string; message: string }[] }[] }).files;
    expect(file!.rules['label-out-of-place']).toBe('warning');
    expect(file!.findings.filter((f) => f.rule === 'label-out-of-place').map((f) => f.level)).toEqual(['warning', 'warning', 'warning']);
    expect(file!.findings.filter((f) => f.rule === 'empty-voice').map((f) => f.message)).toEqual([
      'Announcer: no line in this script (the config names this voice, but no text has its label ("ANNCR") at its start).',
      'Grandad: no line in this script (the config names this voice, but no text has its label ("GRANDAD") at its start).',
    ]);
    // The same labels read in place (labels at the top of their rows): nothing said.
    copyFileSync(join(DIR, 'label-rows-en-chromium.pdf'), join(dir, 'script.pdf'));
    const inPlace = JSON.parse(runCli(['summary', 'script.pdf', '--json'], dir).stdout) as { warnings: { code: string }[] };
    expect(inPlace.warnings.filter((w) => w.code === 'label-out-of-place')).toEqual([]);
  });
});
