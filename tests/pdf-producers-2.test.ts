/**
 * More producers the reader was not tuned on (pdfTeX with xcolor/soul/colortbl and footnotes,
 * Chromium's CSS columns and see-through colours, pdfkit drawing with CMYK fills, rectangles under
 * text, letter spacing, glyph-by-glyph text, invisible text and a scanned page). As in
 * pdf-producers.test.ts, each PDF sits beside NAME.json, the script data its generator in
 * scripts/pdf-producers/ wrote; every voice's lines and words must come out as the data gives them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../src/readers/pdf/index.js';
import { PDF_PRODUCERS_DIR, producerReader } from './helpers/producers.js';

const DIR = PDF_PRODUCERS_DIR;
const read = producerReader('vo-lines-producers-2-', DIR);

describe('more producers: every voice’s exact lines, line counts and words', () => {
  it('tex-overfull-notes-en.pdf: pdfTeX, a \\colorbox line sticking out past the margin ends no paragraph; the footnote’s call and note are no script text', async () => {
    const { report, got, expected } = await read('tex-overfull-notes-en.pdf');
    expect(got).toEqual(expected);
    for (const v of report.voices) expect([v.name, v.lineCount]).toEqual([v.name, expected[v.name].lines.length]);
    // "fires.¹" was a word split between the Expert and unassigned text. The note left out is said, as a DOCX's is.
    expect(report.warnings.map((w) => [w.code, w.details])).toEqual([['notes-left-out', { footnotes: 1, endnotes: 0, words: 6, include: 'footnotes' }]]);
  });

  it('tex-overfull-notes-en.pdf with --include footnote: the note, without its raised number', async () => {
    const file = join(DIR, 'tex-overfull-notes-en.pdf');
    const script = await readPdf(new Uint8Array(readFileSync(file)), file, { include: ['footnote'] });
    const notes = script.paragraphs.filter((p) => p.location.story === 'footnote').map((p) => p.runs.map((r) => r.text).join(''));
    expect(notes).toEqual(['1 Source: the national fire report, 2023.']);
  });

  it('chromium-columns-fr.pdf: Chromium CSS columns whose baselines never meet are read column by column, one line per paragraph', async () => {
    const { report, got, expected } = await read('chromium-columns-fr.pdf');
    expect(got).toEqual(expected);
    for (const v of report.voices) expect([v.name, v.lineCount]).toEqual([v.name, expected[v.name].lines.length]);
  });

  it('pdfkit-ivr-scan.pdf: CMYK and grey fills, a rectangle under text, letter spacing, glyph-by-glyph text', async () => {
    const { report, got, expected } = await read('pdfkit-ivr-scan.pdf');
    expect(got).toEqual(expected);
    for (const v of report.voices) expect([v.name, v.lineCount]).toEqual([v.name, expected[v.name].lines.length]);
  });
});

describe('LaTeX margin notes and a longtable over two pages', () => {
  it('tex-longtable-fr.pdf: XeTeX, a \\marginpar cue 2 mm from justified text is no part of its lines, the longtable goes on over the page as one table, its repeated header read once, its justified narrow cells whole', async () => {
    const { report, got, expected } = await read('tex-longtable-fr.pdf');
    expect(got).toEqual(expected);
    for (const v of report.voices) expect([v.name, v.lineCount]).toEqual([v.name, expected[v.name].lines.length]);
  });

  it('tex-longtable-fr.pdf: the rows on page 2 are numbered on from page 1', async () => {
    const file = join(DIR, 'tex-longtable-fr.pdf');
    const script = await readPdf(new Uint8Array(readFileSync(file)), file, {});
    const cells = script.paragraphs.filter((p) => p.location.cell?.column === 1).map((p) => [p.location.page, p.location.cell!.table, p.location.cell!.row, p.runs.map((r) => r.text).join('')]);
    expect(cells.slice(6, 8)).toEqual([[1, 1, 7, '6'], [2, 1, 8, '7']]);
    expect(cells).toHaveLength(17);
  });
});

describe('what a reader cannot see is said, not counted', () => {
  it('pdfkit-ivr-scan.pdf: a scanned page under invisible OCR text, and invisible text on a page of text, each get a warning', async () => {
    const { report } = await read('pdfkit-ivr-scan.pdf');
    const byCode = Object.fromEntries(report.warnings.map((w) => [w.code, w.message]));
    // Its direction in K-only black (#2C2E35 by pdf.js's CMYK conversion) is black, the config's
    // unassigned colour: no "no voice's colour" warning (cmyk.ts).
    expect(Object.keys(byCode).sort()).toEqual(['invisible-text', 'scanned-pages']);
    expect(byCode['scanned-pages']).toMatch(/^On page 2 the text is a picture \(a scan\) under invisible OCR text: its lines were not read/);
    expect(byCode['invisible-text']).toMatch(/^Invisible text on page 1 /);
  });

  it('chromium-columns-fr.pdf: see-through colours (CSS opacity, rgba text, an rgba highlight) are the colours seen over the page, not full strength', async () => {
    const file = join(DIR, 'chromium-columns-fr.pdf');
    const script = await readPdf(new Uint8Array(readFileSync(file)), file, {});
    const seen = (start: string) => {
      const run = script.paragraphs.flatMap((p) => p.runs).find((r) => r.text.startsWith(start))!;
      return [run.color, run.background];
    };
    expect(seen('Et si nous restions')).toEqual(['#E69999', null]); // #C00000 at opacity 0.4
    expect(seen('Mais le train')).toEqual(['#66A9D9', null]); // rgba(0, 112, 192, 0.6)
    expect(seen('Le train à destination')).toEqual(['#000000', '#FFFFA6']); // rgba(255, 255, 0, 0.35)
    expect(seen('Mesdames')).toEqual(['#000000', '#FFFF00']);
    const { report } = await read('chromium-columns-fr.pdf');
    const unknown = report.warnings.filter((w) => /no voice's colour/.test(w.message)).map((w) => w.message.match(/#[0-9A-F]{6}/)![0]);
    expect(unknown.sort()).toEqual(['#66A9D9', '#E69999']);
  });
});

describe('text a font cannot give back', () => {
  it('tex-type3-en.pdf: pdfTeX bitmap (Type 3) fonts with no Unicode map: the letters lost in ligatures and dashes are said, with words quoted', async () => {
    const file = join(DIR, 'tex-type3-en.pdf');
    const script = await readPdf(new Uint8Array(readFileSync(file)), file, {});
    // What can be read is read; each glyph that cannot (pdf.js gives the ligature slots as control
    // characters) is a U+FFFD, so the lines show where letters are missing.
    expect(script.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual([
      'Safety module \uFFFD script v2',
      'Welcome to the course. In this \uFFFDrst section we \uFFFDnd out how the o\uFFFDce \uFFFDre alarm works and who to call.',
      'The o\uFFFDcial \uFFFDgures are clear: insu\uFFFDcient maintenance causes most \uFFFDres.',
    ]);
    expect(script.warnings.map((w) => w.code)).toEqual(['unmapped-glyphs']);
    expect(script.warnings[0]!.message).toMatch(/^9 characters drawn on page 1 have no text behind them .* \("\uFFFDrst", "\uFFFDnd", "o\uFFFDce"\) and may be miscounted\./u);
  });
});

describe('Type 3 glyphs that paint their own colour', () => {
  it('type3-colour-glyphs-en.pdf: d0 glyphs painting red are seen red (the Narrator’s), d1 glyphs take the text’s black; glyphs painting red and blue by turns are read in the text’s colour and said, quoted', async () => {
    const { report, got, expected } = await read('type3-colour-glyphs-en.pdf');
    expect(got).toEqual(expected);
    expect(got.Narrator!.lines).toContain('these words are drawn by glyphs that paint red \u{1F44B}');
    expect(report.warnings.map((w) => [w.code, w.details])).toEqual([
      ['glyph-colours-unknown', { pages: [1], characters: 40, text: 'these glyphs paint red and blue by turns' }],
    ]);
  });
});

describe('text seen through a mask', () => {
  it('chromium-clip-text-en.pdf: gradient text and CSS background-clip: text (drawn into a soft mask) are said and quoted, not left out silently', async () => {
    const { report, got, expected } = await read('chromium-clip-text-en.pdf');
    expect(got).toEqual(expected);
    // The Warning voice's text is the masked title: it has no line (empty-voice), as every command says.
    expect(report.warnings.map((w) => w.code)).toEqual(['masked-text', 'empty-voice']);
    expect(report.warnings[0]!.message).toContain(': "Museum audio tour, stop 4 Please do not touch the frames.". Check those lines by eye.');
  });
});

describe('text shadows', () => {
  it('chromium-shadows-en.pdf: Chromium text-shadow copies offset down and right (up to 5 px) are not read: each line once, in the colour on top', async () => {
    const { report, got, expected } = await read('chromium-shadows-en.pdf');
    expect(got).toEqual(expected);
    for (const v of report.voices) expect([v.name, v.lineCount]).toEqual([v.name, expected[v.name].lines.length]);
    expect(report.warnings).toEqual([]);
  });
});

