/**
 * PDFs that SHOW tracked changes (src/readers/pdf/markup.ts): LibreOffice's export of a DOCX with
 * w:ins/w:del, and an imitation of Word's "Print Markup" with balloons; and PDFs with coloured
 * underlines, hyperlinks, struck lines and margin rules that must not be taken for markup. Fixtures:
 * tests/fixtures/pdf-tracked/, made by scripts/build-tracked-fixtures.py.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../src/readers/pdf/index.js';
import { MarkupStruck, markupWarnings, shownMarkup } from '../src/readers/pdf/markup.js';
import type { Glyph, PageContent, Ruling } from '../src/readers/pdf/types.js';
import { runCli } from './helpers/cli.js';

const DIR = join(__dirname, 'fixtures', 'pdf-tracked');
const read = async (name: string) => {
  const file = join(DIR, name);
  return readPdf(new Uint8Array(readFileSync(file)), file, {});
};
const runsOf = (script: Awaited<ReturnType<typeof read>>) => script.paragraphs.map((p) => p.runs.map((r) => (r.revision ? [r.text, r.color, 'inserted'] : [r.text, r.color])));
/** `lines` in JSON: each voice's lines (text, words). */
const linesOf = (args: string[]) => {
  const result = runCli(['lines', '--json', ...args]);
  expect(result.code).toBe(0);
  const report = JSON.parse(result.stdout) as { voices: { name: string; lines: { text: string; words: number }[] }[]; unassigned: { lines: { text: string; words: number }[] } | null };
  return { voices: report.voices.map((v) => [v.name, v.lines.map((l) => [l.text, l.words])]), unassigned: report.unassigned?.lines.map((l) => [l.text, l.words]) ?? [] };
};

describe('tracked changes shown in a PDF', () => {
  it('LibreOffice (two authors, inside a blue and a red voice): the changes are said, the authors’ colours named as no voices, the deletions left out and said with them', async () => {
    const script = await read('lo-tracked.pdf');
    expect(script.facts.trackedChanges).toBe(true);
    expect(runsOf(script)).toEqual([
      [['Scene 1. The harbour at dawn.', '#000000']],
      [['The boats come home ', '#0070C0'], ['early ', '#C69200', 'inserted'], ['this morning , and the gulls follow them.', '#0070C0']],
      [['Nobody waits on the quay ', '#C00000'], ['any more', '#0646A2', 'inserted'], ['.', '#C00000']],
      [['We will see them again tomorrow.', '#0070C0']],
    ]);
    // The deletions are a reviewer's, not a cut to undo: no struck-text warning tells to remove the strikethrough.
    expect(script.warnings.map((w) => w.code)).toEqual(['tracked-changes-shown']);
    expect(script.warnings[0]!.message).toBe(
      'Page 1 shows tracked changes, as Word or LibreOffice print them with the markup on (change bars in the margin, inserted text underlined and deleted text struck through in a reviewer’s colour). #C69200 orange and #0646A2 dark blue are reviewers’ colours, not voices: the words inserted in them ("early", "any more") are counted for the voice of the text around them. The deleted text struck through (5 words) was left out, as if the changes were accepted. Accept or reject the changes (or hide the markup) before making the PDF, or send the Word file.',
    );
    expect(script.warnings[0]!.details).toEqual({
      pages: [1], colours: ['#C69200', '#0646A2'], inserted: ['early', 'any more'], deletedWords: 5, deleted: [', slowly', 'Not even the fishmonger.'], balloons: 0, balloonText: [],
      insertedWhole: { paragraphs: 0, words: 0, texts: [] },
    });
  });

  it('Word’s All Markup with balloons (imitated): the markup pane’s balloons are no script text, an inline deletion is left out, the reviser’s colour is said', async () => {
    const script = await read('word-markup.pdf');
    expect(script.facts.trackedChanges).toBe(true);
    expect(runsOf(script)).toEqual([
      [['Scene 1. The harbour at dawn.', '#000000']],
      [['The boats come home ', '#0070C0'], ['early ', '#008080', 'inserted'], ['this morning, and the gulls follow them.', '#0070C0']],
      [['Nobody waits on the quay ', '#C00000'], ['any more', '#008080', 'inserted'], ['.', '#C00000']],
      [['We will see them again tomorrow.', '#0070C0']],
      [['The end.', '#000000']],
    ]);
    expect(script.warnings.map((w) => w.code)).toEqual(['tracked-changes-shown']);
    expect(script.warnings[0]!.message).toBe(
      'Page 1 shows tracked changes, as Word or LibreOffice print them with the markup on (change bars in the margin, inserted text underlined and deleted text struck through in a reviewer’s colour). #008080 teal is a reviewer’s colour, not a voice: the words inserted in it ("early", "any more") are counted for the voice of the text around them. The deleted text struck through (4 words) was left out, as if the changes were accepted; the 3 balloons of the markup pane beside the text ("Deleted: , slowly", "Formatted: Font: Bold", "Commented [AB1]: Check the timing.") are no script text and were left out. Accept or reject the changes (or hide the markup) before making the PDF, or send the Word file.',
    );
  });

  it('Word’s All Markup in French (imitated): the balloons labelled "Supprimé :", "Mis en forme :", "Commenté [AB1]:" are all the pane’s', async () => {
    const script = await read('word-markup-fr.pdf');
    expect(runsOf(script)).toEqual(runsOf(await read('word-markup.pdf')));
    expect(script.warnings.map((w) => w.code)).toEqual(['tracked-changes-shown']);
    expect(script.warnings[0]!.details).toMatchObject({ balloons: 3, balloonText: ['Supprimé : , slowly', 'Mis en forme : Font: Bold', 'Commenté [AB1]: Check the timing.'] });
  });

  it('the words inserted go with the voice of the text around them: the same lines as the DOCX, no reviewer’s colour a voice nor a look-alike of one', () => {
    for (const name of ['lo-tracked', 'word-markup']) {
      const pdf = linesOf([join(DIR, `${name}.pdf`)]);
      expect(pdf.voices).toEqual([
        ['#000000 black', [['Scene 1. The harbour at dawn.', 6], ...(name === 'word-markup' ? [['The end.', 2]] : [])]],
        ['#0070C0 blue', [[`The boats come home early this morning${name === 'lo-tracked' ? ' ,' : ','} and the gulls follow them.`, 12], ['We will see them again tomorrow.', 6]]],
        ['#C00000 red', [['Nobody waits on the quay any more.', 7]]],
      ]);
      expect(pdf.unassigned).toEqual([]);
    }
    // The DOCX LibreOffice made the PDF from: the same voices, the same words.
    const docx = linesOf([join(DIR, 'lo-tracked.docx')]);
    expect(docx.voices.map(([name, lines]) => [name, (lines as [string, number][]).map(([, words]) => words)])).toEqual([
      ['#000000 black', [6]],
      ['#0070C0 blue', [12, 6]],
      ['#C00000 red', [7]],
    ]);
    const summary = runCli(['summary', '--no-config', join(DIR, 'lo-tracked.pdf')]);
    expect(summary.stdout).not.toContain('look alike');
    // No row of the voice table is a reviewer's colour.
    expect(summary.stdout).not.toMatch(/^ {2}#(?:0646A2|C69200) /mu);
    expect(summary.stdout).toContain('  #C00000 red        1      7       7   22.6%  0:03  150 wpm\n');
  });

  it('a paragraph inserted whole is nobody’s, said; an insertion opening a paragraph goes with the text after it (LibreOffice)', async () => {
    const script = await read('lo-tracked-paragraph.pdf');
    expect(runsOf(script)).toEqual([
      [['Scene 2. The market.', '#000000']],
      [['The stalls open at six and the square fills with voices.', '#0070C0']],
      [['The fishmonger sings as he sets out his ice.', '#C69200', 'inserted']],
      [['Every morning ', '#0646A2', 'inserted'], ['the first buyer is the baker.', '#C00000']],
      [['Then the crowd comes, and nobody hears the gulls.', '#0070C0']],
    ]);
    expect(script.warnings.map((w) => w.message)).toEqual([
      'Page 1 shows tracked changes, as Word or LibreOffice print them with the markup on (change bars in the margin, inserted text underlined and deleted text struck through in a reviewer’s colour). #C69200 orange and #0646A2 dark blue are reviewers’ colours, not voices: the words inserted in them ("Every morning") are counted for the voice of the text around them. 9 words in a paragraph inserted whole ("The fishmonger sings as he sets out his ice.") are counted as nobody’s: whose voice says them cannot be told from the PDF. Accept or reject the changes (or hide the markup) before making the PDF, or send the Word file.',
    ]);
    expect(script.warnings[0]!.details).toMatchObject({ inserted: ['Every morning'], insertedWhole: { paragraphs: 1, words: 9, texts: ['The fishmonger sings as he sets out his ice.'] } });
    const expected = {
      voices: [
        ['#000000 black', [['Scene 2. The market.', 4]]],
        ['#0070C0 blue', [['The stalls open at six and the square fills with voices.', 11], ['Then the crowd comes, and nobody hears the gulls.', 9]]],
        ['#C00000 red', [['Every morning the first buyer is the baker.', 8]]],
      ],
      unassigned: [['The fishmonger sings as he sets out his ice.', 9]],
    };
    expect(linesOf([join(DIR, 'lo-tracked-paragraph.pdf')])).toEqual(expected);
    // The colours seen: an insertion within a voice's text is counted in that text's colour; a paragraph inserted whole in its own.
    expect(runCli(['colors', join(DIR, 'lo-tracked-paragraph.pdf')]).stdout.split('\n').slice(0, 8)).toEqual([
      `${join(DIR, 'lo-tracked-paragraph.pdf')} (PDF) · 41 words`,
      '',
      'Text colours:',
      '  Colour          Words  Lines  First words',
      '  #0070C0 blue       20      2  "The stalls open at six and the square …"',
      '  #C69200 orange      9      1  "The fishmonger sings as he sets out his …"',
      '  #C00000 red         8      1  "Every morning the first buyer is the baker."',
      '  #000000 black       4      1  "Scene 2. The market."',
    ]);
    // With voices named by colour: the inserted paragraph is nobody's, and its colour is said no voice's only in the markup's warning.
    const dir = mkdtempSync(join(tmpdir(), 'vo-lines-tracked-'));
    try {
      writeFileSync(join(dir, 'voices.yaml'), 'voices:\n  Narrator: { color: "#0070C0" }\n  Marie: { color: "#C00000" }\nunassigned: ["#000000"]\n');
      const named = linesOf([join(DIR, 'lo-tracked-paragraph.pdf'), '--config', join(dir, 'voices.yaml')]);
      expect(named).toEqual({ voices: [['Narrator', expected.voices[1]![1]], ['Marie', expected.voices[2]![1]]], unassigned: [['Scene 2. The market.', 4], ['The fishmonger sings as he sets out his ice.', 9]] });
      const result = runCli(['summary', '--json', join(DIR, 'lo-tracked-paragraph.pdf'), '--config', join(dir, 'voices.yaml')]);
      expect((JSON.parse(result.stdout) as { warnings: { code: string }[] }).warnings.map((w) => w.code)).toEqual(['tracked-changes-shown']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('check fires its tracked-changes rule on such a PDF, as on the DOCX', () => {
    const result = runCli(['check', '--no-config', join(DIR, 'lo-tracked.pdf')]);
    expect(result.stdout).toContain('warning  tracked-changes        The file holds tracked changes; they were counted as accepted.');
    expect(result.stdout).toContain('note     tracked-changes-shown  Page 1 shows tracked changes');
  });
});

describe('what is not markup', () => {
  it('LibreOffice: a voice coded as blue underlined text, a hyperlink and a struck line of a plain script (no change bar) read as before', async () => {
    const script = await read('plain-underlined.pdf');
    expect(script.facts.trackedChanges).toBe(false);
    expect(runsOf(script)).toEqual([
      [['Voice key: blue underlined is the narrator, red is Marie.', '#000000']],
      [['Welcome to the museum of the sea.', '#0070C0']],
      [['I found a shell on the beach this morning.', '#C00000']],
      [['The full story is on ', '#0070C0'], ['example.org/sea', '#0563C1']],
      [['Thank you for listening.', '#0070C0']],
    ]);
    expect(script.warnings.map((w) => w.code)).toEqual(['struck-text']);
  });

  it('LibreOffice: a left border drawn a paragraph at a time beside underlined voice lines and plain lines is no change bar (as docx4j__themeFontLang.docx’s code block)', async () => {
    const script = await read('plain-border.pdf');
    expect(script.facts.trackedChanges).toBe(false);
    expect(runsOf(script)).toEqual([
      [['Read the boxed lines slowly.', '#000000']],
      [['Step one: breathe in.', '#000000']],
      [['Hold it for a count of four.', '#0070C0']],
      [['Now let it go.', '#0070C0']],
      [['Step two: rest.', '#000000']],
      [['That is all for today.', '#000000']],
    ]);
    expect(script.warnings).toEqual([]);
  });

  it('a ruled table whose left border stands in the margin beside underlined coloured text, and a rule beside a plain line', async () => {
    const script = await read('plain-table-rule.pdf');
    expect(script.facts.trackedChanges).toBe(false);
    expect(runsOf(script)).toEqual([
      [['Episode 4. Read the table row by row.', '#000000']],
      [['Line 1', '#000000']],
      [['Here we go again, said the narrator.', '#0070C0']],
      [['A quiet moment before the storm.', '#000000']],
    ]);
    expect(script.warnings).toEqual([]);
  });
});

const glyph = (text: string, x0: number, x1: number, baseline: number, color = '#0070C0', size = 11): Glyph => ({
  text, x0, x1, end: x1, baseline, size, color, background: null, spaceBefore: false, firstWordEnd: undefined, seq: baseline * 1000 + x0, turn: 0,
});
const hline = (at: number, from: number, to: number, color: string, width = 0.7): Ruling => ({ horizontal: true, at, from, to, width, color });
const vline = (at: number, from: number, to: number, width = 0.1): Ruling => ({ horizontal: false, at, from, to, width });
const page = (glyphs: Glyph[], rulings: Ruling[], width = 595): PageContent => ({
  page: 1, width, height: 842, glyphs, fills: [], rulings, rings: [], rotatedGlyphs: 0, invisibleGlyphs: 0, images: 0, unmappedGlyphs: 0, unmappedWords: [], masked: [], covered: [], annotationIds: [],
});

describe('markup.ts: what a change bar is', () => {
  it('a bar in the margin beside a line with text underlined in its own colour is markup', () => {
    const m = shownMarkup(page([glyph('Plain ', 90, 120, 100), glyph('added', 120, 150, 100, '#C69200')], [hline(101.2, 120, 150, '#C69200'), vline(83, 89, 103)]));
    expect(m).toEqual({ page: 1, changes: true, colours: ['#C69200'], inserted: ['added'], deleted: [], balloons: 0, balloonText: [] });
  });

  it('no bar, an underline in another colour, a bar touching a table border, a bar also beside a plain line: no markup', () => {
    const text = () => [glyph('Plain ', 90, 120, 100), glyph('added', 120, 150, 100, '#C69200')];
    expect(shownMarkup(page(text(), [hline(101.2, 120, 150, '#C69200')]))).toBeUndefined();
    expect(shownMarkup(page(text(), [hline(101.2, 120, 150, '#000000'), vline(83, 89, 103)]))).toBeUndefined();
    expect(shownMarkup(page(text(), [hline(101.2, 120, 150, '#C69200'), vline(83, 89, 103), hline(89, 83, 400, '#000000')]))).toBeUndefined();
    expect(shownMarkup(page([...text(), glyph('Next line', 90, 140, 114)], [hline(101.2, 120, 150, '#C69200'), vline(83, 89, 117)]))).toBeUndefined();
  });

  it('a markup pane of comments only: its text is taken out of the page and said, no tracked change', () => {
    const content = page([glyph('Hello there.', 60, 120, 100, '#000000'), glyph('Commented [AB1]: ', 420, 500, 100, '#000000', 8), glyph('Shorter.', 500, 540, 100, '#000000', 8)], []);
    const m = shownMarkup(content)!;
    expect(content.glyphs.map((g) => g.text)).toEqual(['Hello there.']);
    expect(markupWarnings([m]).map((w) => [w.code, w.message])).toEqual([
      ['comment-balloons-left-out', 'The markup pane beside the text on page 1 holds a comment balloon ("Commented [AB1]: Shorter."), as Word prints comments: it is no script text and was left out.'],
    ]);
  });

  it('a label in the page’s right part crossed by the text beside it is no pane', () => {
    const content = page([glyph('A long line of the script runs on past the middle', 60, 400, 100, '#000000'), glyph('Deleted: nothing', 330, 420, 114, '#000000')], []);
    expect(shownMarkup(content)).toBeUndefined();
    expect(content.glyphs).toHaveLength(2);
  });

  it('thousands of margin rules beside thousands of lines, every other one underlined, end (a hostile page)', () => {
    const glyphs: Glyph[] = [];
    const rulings: Ruling[] = [];
    for (let i = 0; i < 56; i++) {
      for (let k = 0; k < 60; k++) glyphs.push(glyph('w', 90 + 8 * k, 96 + 8 * k, 20 + i * 14, '#C69200'));
      if (i % 2) rulings.push(hline(21.2 + i * 14, 90, 570, '#C69200'));
    }
    for (let i = 0; i < 2000; i++) rulings.push(vline(80, 0, 800));
    expect(shownMarkup(page(glyphs, rulings))).toBeUndefined();
    // 20,000 lines stacked under one line of 3,000 pieces of text, in their colour.
    const row = Array.from({ length: 3000 }, (_, k) => glyph('w', 90 + k * 0.15, 90.1 + k * 0.15, 100, '#C69200'));
    const stacked = Array.from({ length: 20000 }, () => hline(101.2, 0, 595, '#C69200', 0.1));
    expect(shownMarkup(page(row, stacked))).toBeUndefined();
  });

  it('the struck text of a page with markup leaves out the deletions, in reading order', () => {
    const struck = new MarkupStruck([', slowly']);
    struck.add(', slowly', undefined);
    struck.add('Cut for time.', undefined);
    expect(struck.warning()?.details).toEqual({ words: 3, paragraphs: 1, struck: ['Cut for time.'] });
  });
});
