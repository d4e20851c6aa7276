/**
 * What a reader sees, continued: text painted over by opaque boxes drawn after it; black and greys
 * set in CMYK. As in
 * pdf-producers.test.ts, each PDF sits beside NAME.json, the script data its generator in
 * scripts/pdf-producers/ wrote; every voice's lines and words must come out as the data gives them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../src/readers/pdf/index.js';
import { seenColour } from '../src/readers/pdf/cmyk.js';
import { castScript } from '../src/attribute/cast-script.js';
import { buildReport } from '../src/measure/report.js';
import { PDF_PRODUCERS_DIR, producerReader } from './helpers/producers.js';

const DIR = PDF_PRODUCERS_DIR;
const read = producerReader('vo-lines-producers-3-', DIR);

const readScript = async (pdf: string) => {
  const file = join(DIR, pdf);
  return readPdf(new Uint8Array(readFileSync(file)), file, {});
};

describe('text painted over by an opaque box drawn after it', () => {
  it('rl-covers-en.pdf: a white box over a line, a black redaction over a word, a sticker over a line with a new line on it, half a line under a white box, a word under a white disc are left out; shading drawn before, see-through and Multiply boxes, a strip over the letters’ feet, a box in the margin or in a hidden layer hide nothing', async () => {
    const { report, got, expected } = await read('rl-covers-en.pdf');
    expect(got).toEqual(expected);
    for (const v of report.voices) expect([v.name, v.lineCount]).toEqual([v.name, expected[v.name].lines.length]);
    const covered = report.warnings.filter((w) => w.code === 'covered-text').map((w) => w.message);
    expect(covered).toEqual([
      'Text on page 1 is painted over by an opaque box or picture drawn after it (a redaction, a sticker, a cover block, an image laid on it): a reader does not see it, and vo-lines left it out (18 words: "This line was cut and painted out. SWORDFISH We leave on Monday at dawn. no, …"). Check those lines by eye.',
    ]);
  });

  it('rl-covers-en.pdf: the text on a sticker keeps the sticker as its background; the lines under a see-through box keep their colours', async () => {
    const script = await readScript('rl-covers-en.pdf');
    const runs = script.paragraphs.flatMap((p) => p.runs).map((r) => [r.text, r.color, r.background]);
    expect(runs).toEqual([
      ['SCENE 4. THE STATION.', '#000000', null],
      ['The code is\tand nobody knows it.', '#0070C0', null], // the gap a reader sees where the word was
      ['We leave on Friday instead.', '#0070C0', '#FFE600'],
      ['The train was already late.', '#7F7F7F', '#DDEBF7'],
      ['Then we wait here together.', '#C00000', '#FFFF00'],
      ['Fine, but I am buying the coffee.', '#0070C0', '#FFFF00'],
      ['She laughed for the first time that day.', '#7F7F7F', null],
      ['Platform two,', '#C00000', null],
      ['Run!', '#0070C0', null],
      // "NOW" under a white disc: the gap after it follows a drawn space glyph, a word space (as
      // the script data says), not a tab (lines.ts makeLine).
      ['Wait for it and then go.', '#0070C0', null],
    ]);
  });

  it('rl-covers-alpha-en.pdf: boxes nearly opaque (fill opacity 0.97, 0.95) drawn over lines hide them as opaque ones do; a white veil at 0.6, a yellow box at 0.85 and a near-opaque box in Multiply hide nothing', async () => {
    const { report, got, expected } = await read('rl-covers-alpha-en.pdf');
    expect(got).toEqual(expected);
    expect(report.warnings.filter((w) => w.code === 'covered-text').map((w) => w.details)).toEqual([
      { pages: [1], words: 20, text: 'This sentence was removed by the client in version two. Old advice: keep the …' },
    ]);
    const script = await readScript('rl-covers-alpha-en.pdf');
    expect(script.paragraphs.flatMap((p) => p.runs).map((r) => [r.text, r.color, r.background])).toEqual([
      ['Module 2: Handling chemicals', '#000000', null],
      ['Welcome back. This module is about safe storage.', '#0070C0', null],
      ['Store acids below eye level, in a closed cabinet.', '#00B050', null],
      ['Label every bottle with the date it was opened.', '#0070C0', null],
      ['Never pour water into acid.', '#00B050', '#FFFF00'],
      ['Wear gloves and goggles at all times.', '#0070C0', '#FFFF00'],
      ['Call the safety officer on if in doubt.', '#00B050', null],
    ]);
  });

  it('chromium-covers-en.pdf: Chromium, absolutely positioned boxes: a white sticker and a cover block (its own text read) hide what is under them; a z-index −1 panel, an opacity 0.5 veil and an rgba() box do not', async () => {
    const { report, got, expected } = await read('chromium-covers-en.pdf');
    expect(got).toEqual(expected);
    expect(report.warnings.map((w) => w.code)).toEqual(['covered-text']);
    expect(report.warnings[0]!.message).toContain('(12 words: "Listen first, then answer. Old answer: hang up and call back later.")');
    expect(report.warnings[0]!.details).toEqual({ pages: [1], words: 12, text: 'Listen first, then answer. Old answer: hang up and call back later.' });
  });
});

describe('text under an opaque picture drawn after it', () => {
  it('chromium-pictures-en.pdf: an opaque picture (no alpha channel) laid over a line hides it, said as covered text; a half-transparent PNG over a line, a picture behind a line and one in the margin hide nothing', async () => {
    const { report, got, expected } = await read('chromium-pictures-en.pdf');
    expect(got).toEqual(expected);
    expect(report.warnings.map((w) => w.code)).toEqual(['covered-text']);
    expect(report.warnings[0]!.details).toEqual({ pages: [1], words: 8, text: 'This old line sits under a grey picture.' });
  });
});

describe('ragged lines in a table cell', () => {
  it('wp-cell-lines-en.pdf: WeasyPrint, a bordered table of one-paragraph cells set ragged: lines ending near the widest one by chance do not make a cell justified, so a wrapped line ending short of it does not end its paragraph', async () => {
    const { report, got, expected } = await read('wp-cell-lines-en.pdf');
    expect(got).toEqual(expected);
    expect(got.Kim).toEqual({ lines: [expect.stringMatching(/^Scene 4 line echo .* november\.$/), expect.stringMatching(/^Scene 4 line echo .* november\.$/)], words: 66 });
    expect(report.warnings).toEqual([]);
  });
});

describe('justified CSS columns', () => {
  for (const file of ['chromium-justified-columns-en.pdf', 'chromium-justified-columns-norule-en.pdf']) {
    it(`${file}: Chromium, two justified columns whose stretched word spaces line up down several lines: no river is a gutter, one line per paragraph`, async () => {
      const { report, got, expected } = await read(file);
      expect(got).toEqual(expected);
      expect([got.Narrator!.lines.length, got.Narrator!.words, got.Guide!.lines.length, got.Guide!.words]).toEqual([5, 145, 5, 120]);
      expect(report.warnings).toEqual([]);
    });
  }
});

describe('running headers whose text changes from page to page', () => {
  it('wp-running-header-en.pdf: WeasyPrint string(scene) in red 8 pt beside a fixed "Harbour tour — draft 2" and "Page N of 3": page furniture, not the narrator’s lines', async () => {
    const { got, expected } = await read('wp-running-header-en.pdf');
    expect(got).toEqual(expected);
    expect([got.Narrator!.lines.length, got.Narrator!.words, got['(unassigned)']!.lines]).toEqual([9, 126, ['Scene one: the quay', 'Scene two: the lighthouse', 'Scene three: the island']]);
  });

  it('wp-running-scene-en.pdf: the scene’s name alone in the header (nothing fixed beside it): furniture', async () => {
    const { got, expected } = await read('wp-running-scene-en.pdf');
    expect(got).toEqual(expected);
    expect([got.Narrator!.lines.length, got.Narrator!.words]).toEqual([9, 126]);
  });

  it('tex-running-mark-en.pdf: XeLaTeX fancyhdr \\leftmark ⇥ "Harbour tour" in the body’s size, repeating each page’s section heading: furniture; the headings stay', async () => {
    const { got, expected } = await read('tex-running-mark-en.pdf');
    expect(got).toEqual(expected);
    expect(got['(unassigned)']).toEqual({ lines: ['Scene one: the quay', 'Scene two: the lighthouse', 'Scene three: the island'], words: 12 });
  });
});

describe('black and greys set in CMYK', () => {
  it('tex-cmyk-fr.pdf: XeTeX with xcolor’s cmyk option: K-only black is black (pdf.js gives #2C2E35), rich black too, a K-only grey a neutral grey; a config saying "black", "red", "grey" claims them', async () => {
    const { report, got, expected } = await read('tex-cmyk-fr.pdf');
    expect(got).toEqual(expected);
    // Its title, set large in the narrator's black, is counted as the narrator's line, and said.
    expect(report.warnings.map((w) => w.code)).toEqual(['headings-in-voice']);
  });

  it('tex-cmyk-fr.pdf: the colours read, and the legend’s "Narrateur : noir" finds the narrator’s black', async () => {
    const script = await readScript('tex-cmyk-fr.pdf');
    const colours = script.paragraphs.map((p) => [p.runs.map((r) => r.text).join(''), ...new Set(p.runs.map((r) => r.color))]);
    expect(colours).toEqual([
      ['Le quai – scène 12', '#000000'], // rich black C 60 M 40 Y 40 K 100: #040809 by pdf.js
      ['Légende : Narrateur : noir. Marie : rouge. Paul : bleu.', '#000000'],
      ['Ce soir-là, la gare était presque vide.', '#000000'],
      ['Bruit de pas sur le quai.', '#878787'], // K 60 %: #85878B by pdf.js
      ['Tu es en retard, encore une fois.', '#FF2E17'],
      ['Le train de Lyon est resté bloqué deux heures.', '#102694'],
      ['Elle ne répondit pas et regarda les rails.', '#000000'],
      ['Alors partons demain, à l’aube.', '#FF2E17'],
      ['Un temps.', '#878787'],
      ['Demain, c’est promis.', '#102694'],
    ]);
    const casting = castScript(script, null);
    expect(casting.mode).toBe('legend');
    const voices = casting.mode === 'legend' ? casting.voices.map((v) => [v.name, ...v.colors]) : [];
    expect(voices).toEqual([['Narrateur', '#000000'], ['Marie', '#FF2E17'], ['Paul', '#102694']]);
    const narrator = buildReport(casting, {}).voices.find((v) => v.name === 'Narrateur')!;
    // The title above the legend, black like the narrator, is nobody's line (legend-title-block).
    expect(narrator.lines.map((l) => l.text)).toEqual(['Ce soir-là, la gare était presque vide.', 'Elle ne répondit pas et regarda les rails.']);
    expect(casting.warnings.map((w) => w.code)).toContain('legend-title-block');
  });

  it('the colours pdf.js gives K alone are taken back to greys; greys and colours set in RGB are not touched', () => {
    const pairs = ['#2C2E35', '#43454B', '#595B61', '#85878B', '#9B9C9F', '#040809', '#090604', '#0C0D0C', '#F2F2F2', '#D9D9D9', '#595959', '#808080', '#0D0D0D', '#101818', '#102694', '#1F3864', '#000000'].map((h) => [h, seenColour(h)]);
    expect(pairs).toEqual([
      ['#2C2E35', '#000000'],
      ['#43454B', '#454545'],
      ['#595B61', '#5B5B5B'],
      ['#85878B', '#878787'],
      ['#9B9C9F', '#9C9C9C'],
      ['#040809', '#000000'],
      ['#090604', '#000000'],
      ['#0C0D0C', '#000000'],
      ['#F2F2F2', '#F2F2F2'],
      ['#D9D9D9', '#D9D9D9'],
      ['#595959', '#595959'],
      ['#808080', '#808080'],
      ['#0D0D0D', '#000000'],
      ['#101818', '#101818'],
      ['#102694', '#102694'],
      ['#1F3864', '#1F3864'],
      ['#000000', '#000000'],
    ]);
  });
});

describe('tables of contents', () => {
  it('lo-toc-en.pdf: LibreOffice, "Contents" and five entries with dot leaders are left out and said as the DOCX says them; a phone menu ending in numbers stays; each heading stays before its paragraph', async () => {
    const { report, got, expected } = await read('lo-toc-en.pdf');
    expect(got).toEqual(expected);
    expect(report.warnings.map((w) => w.message)).toEqual([
      'Table-of-contents text (6 lines: "Contents", "Module 1: Welcome 1", "Module 2: Listening 1", …) is not read as script lines: the headings it lists are read where they stand.',
    ]);
  });

  it('wp-toc-en.pdf: WeasyPrint, CSS leader(\'.\') and target-counter(): the contents page, a wrapped entry included, is left out; each part read from its own page', async () => {
    const { report, got, expected } = await read('wp-toc-en.pdf');
    expect(got).toEqual(expected);
    const toc = report.warnings.find((w) => w.code === 'toc-left-out')!;
    expect(toc.details).toEqual({ lines: 5, first: ['Table of contents', 'Part one: arrival 2', 'Part two: the market 3'] });
    expect(report.warnings.map((w) => w.code)).toEqual(['toc-left-out']);
  });
});

describe('list numbers', () => {
  it('lo-numbered-en.pdf: LibreOffice draws Word’s List Number numbers at the list’s indent: not text (as in the DOCX); a number typed with its text stays', async () => {
    const { got, expected } = await read('lo-numbered-en.pdf');
    expect(got).toEqual(expected);
  });

  it('chromium-lists-en.pdf: Chromium draws an <ol> number a space from its text: kept, as a typed one; a wrapped item is one line', async () => {
    const { report, got, expected } = await read('chromium-lists-en.pdf');
    expect(got).toEqual(expected);
    for (const v of report.voices) expect([v.name, v.lineCount]).toEqual([v.name, expected[v.name].lines.length]);
  });
});
