/**
 * Justified lines drawn with no space glyph (TeX places each word with the text operator's own
 * kerning; Chromium and some others place each word): in a narrow measure their stretched word
 * spaces are wider than a column gap, and TeX stretches a sentence's space up to three times as
 * much as a word's. They are spaces, not tabs (lines.ts, stretchedSpaces); a tab stays a tab: one gap
 * much wider than the line's others, a gap ending at a tab stop that the lines beside share, or any
 * gap without a space glyph in a line whose producer draws its spaces (LibreOffice).
 * Fixtures: scripts/pdf-producers/tex_justified_table.py, chromium_tabs_justified.py,
 * reportlab_words_justified.py.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScript } from '../src/readers/index.js';
import { buildLines } from '../src/readers/pdf/lines.js';
import type { Glyph } from '../src/readers/pdf/types.js';
import { countWords } from '../src/text/words.js';
import { runCli } from './helpers/cli.js';

const DIR = join(__dirname, 'fixtures', 'pdf-producers');
const read = async (file: string) => {
  const script = await readScript(join(DIR, file));
  const texts = script.paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
  return { texts, words: texts.map((t) => countWords(t)), warnings: script.warnings };
};

describe('TeX: a speaker-label table whose text column is a narrow justified p{} column', () => {
  it('tex-justified-table-en.pdf (XeTeX, tabular l p{48mm}): every stretched space a space, the labels’ tabs kept, words as written', async () => {
    const { texts, words, warnings } = await read('tex-justified-table-en.pdf');
    // Before: "MUM\tLook at these tulips! Half price!\tUnbelievably, extraordinarily cheap." (a
    // sentence's space stretched to 21.5 pt, twice the comma's space after it).
    expect(texts).toEqual([
      'The spot below is read by three voices and an announcer. Each speaker’s label stands in the left column. Every speech is set justified in a narrow column, as the studio asked.',
      'ANNCR\tSpring is here, and so is the Greenway Garden Centre spring sale, with thousands of plants, pots and tools at half price. Or less. This weekend only.',
      'MUM\tLook at these tulips! Half price! Unbelievably, extraordinarily cheap.',
      'KID\tCan we get the big sunflower too? The one that is taller than Dad? Please, please, please?',
      // GRANDAD, the widest label, stands 12 pt (twice \tabcolsep) from its text, less than a
      // column gap, but its text starts at the other labels' tab stop (was "GRANDAD In my day").
      'GRANDAD\tIn my day we grew our own sunflowers from seed. Extraordinary, enormous, magnificent ones.',
      'ANNCR\tGreenway Garden Centre. Open every day from eight till eight.',
    ]);
    expect(words).toEqual([32, 28, 10, 18, 15, 11]);
    expect(warnings).toEqual([]);
  });

  it('tex-justified-table-en.pdf with a config naming the labels: each speaker’s words, GRANDAD’s too (he had none)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-lines-tex-justified-'));
    try {
      copyFileSync(join(DIR, 'tex-justified-table-en.pdf'), join(dir, 'script.pdf'));
      writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  ANNCR: { label: "ANNCR" }\n  MUM: { label: "MUM" }\n  KID: { label: "KID" }\n  GRANDAD: { label: "GRANDAD" }\nunassigned: ["#000000"]\n');
      const run = runCli(['summary', 'script.pdf', '--json'], dir);
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as { voices: { name: string; lineCount: number; words: number }[]; unassigned: { words: number } };
      expect(report.voices.map((v) => [v.name, v.lineCount, v.words])).toEqual([['ANNCR', 2, 37], ['MUM', 1, 9], ['KID', 1, 17], ['GRANDAD', 1, 14]]);
      expect(report.unassigned.words).toBe(32);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tex-justified-table-fr.pdf (XeTeX, babel-french, tabularx X, no hyphenation): stretched spaces and thin spaces before ? ! are spaces', async () => {
    const { texts, words, warnings } = await read('tex-justified-table-fr.pdf');
    // Before: "MAMAN\tRegarde ces tulipes ! À moitié prix !\tIncroyablement\tbon marché, …".
    expect(texts).toEqual([
      'Le message ci-dessous est lu par trois voix et un speaker. Le nom de chaque personnage figure dans la colonne de gauche ; chaque réplique est justifiée dans une colonne étroite.',
      'SPEAKER\tLe printemps est là, et les soldes de la jardinerie Greenway aussi : des milliers de plantes, de pots et d’outils à moitié prix. Ce week-end seulement.',
      'MAMAN\tRegarde ces tulipes ! À moitié prix ! Incroyablement bon marché, invraisemblablement bon marché.',
      'ENFANT\tOn peut prendre le grand tournesol aussi ? Celui qui est plus grand que papa ? S’il te plaît ?',
      'PAPI\tDe mon temps, nous semions nos tournesols nous-mêmes. Extraordinaires, gigantesques, magnifiques, incomparables.',
    ]);
    expect(words).toEqual([30, 27, 13, 18, 13]);
    expect(warnings).toEqual([]);
  });

  it('audiobook-columns.pdf (pdfTeX, two columns of justified prose): a sentence’s stretched space is a space', async () => {
    const script = await readScript(join(__dirname, 'fixtures', 'pdf-layout', 'audiobook-columns.pdf'));
    const texts = script.paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
    expect(texts.filter((t) => t.includes('\t'))).toEqual([]);
    expect(texts.filter((t) => t.startsWith('But they did.'))).toHaveLength(1);
    expect(texts.find((t) => t.startsWith('But they did.'))!.slice(0, 40)).toBe('But they did. At twenty past twelve the ');
  });
});

describe('TeX: ruled cells of a justified p{} column', () => {
  it('tex-longtable-fr.pdf: a cell’s line of two words spread over the column ("Extincteur      à") is read as one, and said (was "Extincteur\tà eau")', async () => {
    const script = await readScript(join(DIR, 'tex-longtable-fr.pdf'));
    const cells = script.paragraphs.filter((p) => p.location.cell?.column === 2).map((p) => p.runs.map((r) => r.text).join(''));
    expect(cells.filter((t) => t.startsWith('Extincteur'))).toEqual(['Extincteur à eau']);
    expect(cells.filter((t) => t.includes('\t'))).toEqual([]);
    expect(script.warnings.filter((w) => w.code === 'wide-gap-read-as-space').map((w) => w.details)).toEqual([{ pages: [2], lines: [{ page: 2, text: 'Extincteur à' }] }]);
  });
});

describe('Chromium: tab-set labels in justified paragraphs', () => {
  it('chromium-tabs-justified.pdf: the tab after each label kept, the justified spaces after it spaces (they were tabs), the legend’s tab kept', async () => {
    const { texts, warnings } = await read('chromium-tabs-justified.pdf');
    // Before: "MAMAN\tRegardez\tces tulipes…", "ENFANT\tOn\tprend\tle grand tournesol ?".
    expect(texts).toEqual([
      'Spot 1 : la jardinerie',
      'MAMAN\tRegardez ces tulipes ! À moitié prix.',
      'ENFANT\tOn prend le grand tournesol ?',
      'Tout le magasin ce week-end, dans la limite des stocks.',
      'MAMAN\tSeulement si tu le portes.',
      'KID\tCan we get the big sunflower too? The one that is taller than Dad? Please?',
      'Key:\tNarrator – blue, Expert – green, Learner – red, Announcer – grey',
    ]);
    expect(warnings).toEqual([]);
  });
});

describe('ReportLab: words drawn one at a time, justified', () => {
  it('rl-words-justified.pdf: a label table’s text column justified short of the page’s right edge reads its spaces as spaces; two words spread over a narrow measure are read as one sentence’s, and said', async () => {
    const { texts, words, warnings } = await read('rl-words-justified.pdf');
    // Before: "ANNCR\tSpring\tis\there,\tand\tthe" and "invraisemblablement\tbon marché.", and each
    // label row's first line a paragraph of its own (measured against the prose's margin, not
    // the table's text column: paragraphs.ts), its other lines no speaker's.
    expect(texts).toEqual([
      'Every speech below is set justified in a narrow column beside the speaker label, and the prose above it is justified across the whole page, as the studio asked for this spot.',
      'ANNCR\tSpring is here, and the Greenway Garden Centre sale has begun: thousands of plants at half price.',
      'MUM\tCome on, love, the tulips are half price and the car is parked right outside the door.',
      'KID\tCan we get the enormous sunflower too? Please? The one that is taller than Dad?',
      'SFX\tTrolley wheels rattling across the gravel of the car park.',
      // A word TeX-like left alone on a line, short of the edge, ends a paragraph as a short line does.
      'Regarde ces belles tulipes rouges à moitié prix dans la grande allée du fond, extraordinairement,',
      'invraisemblablement bon marché.',
    ]);
    expect(words).toEqual([32, 18, 18, 16, 11, 15, 3]);
    expect(warnings.map((w) => [w.code, w.message])).toEqual([
      [
        'wide-gap-read-as-space',
        'On page 2, a line of two words set far apart at the right edge of justified text was read as words of one sentence, the gap a stretched space: "invraisemblablement bon" (page 2). If the gap is a tab instead (a label set apart from its text, a table\'s two columns), those words belong apart: check it by eye.',
      ],
    ]);
  });
});

const SIZE = 11, PITCH = 15, CHAR = 5.5;
let seq = 0;

/**
 * One line, a glyph per word and no space glyph: spaced evenly to end at `right` when given (a
 * justified line), else 3 pt apart; `gaps` sets each gap instead (after the word of that index).
 */
function line(text: string, x: number, baseline: number, right?: number, gaps: Record<number, number> = {}, spaceGlyphs = false): Glyph[] {
  const words = text.split(' ');
  const width = words.reduce((w, word) => w + word.length * CHAR, 0);
  const set = Object.values(gaps).reduce((a, b) => a + b, 0);
  const free = words.length - 1 - Object.keys(gaps).length;
  const space = right !== undefined && free > 0 ? (right - x - width - set) / free : 3;
  const out: Glyph[] = [];
  let pen = x;
  for (const [i, word] of words.entries()) {
    const x1 = pen + word.length * CHAR;
    out.push({ text: word, x0: pen, x1, end: x1, baseline, size: SIZE, color: '#000000', background: null, spaceBefore: spaceGlyphs && i > 0 && gaps[i - 1] === undefined, firstWordEnd: undefined, seq: seq++, turn: 0 });
    pen = x1 + (gaps[i] ?? space);
  }
  return out;
}
const texts = (glyphs: Glyph[]) => buildLines(glyphs).map((l) => l.text);

/** Prose justified across the page (72 to 540): the page's flush right edge. */
const PROSE = [
  'It was nearly four in the morning before the lifeboat came round the point towing the boat',
  'behind her like a tired dog on a lead and Tom went down to the landing stage with the lamp',
  'while Martha watched from the window as the small figures clambered over the wet black rocks',
  'towards the cottage bent double against the wind and one of them was limping very badly now',
  'and the kettle was already on the stove and there were dry clothes waiting in the chest above',
  'so that nobody would have to wait long in the cold once they had come in through the door.',
];

/** Lines of a narrow justified column. */
const NARROW = ['Regarde ces belles tulipes', 'rouges à moitié prix dans', 'la grande allée du fond', 'à côté des rosiers et des', 'jolis bégonias en pots qui'];

describe('ReportLab: a label-coded table under wider prose, with a config naming the labels', () => {
  it('rl-words-justified.pdf: each speech whole under its label (ANNCR had 5 of his 17 words, the rest no one’s)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-lines-rl-words-'));
    try {
      copyFileSync(join(DIR, 'rl-words-justified.pdf'), join(dir, 'script.pdf'));
      writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  ANNCR: { label: "ANNCR" }\n  MUM: { label: "MUM" }\n  KID: { label: "KID" }\nunassigned: ["#000000"]\n');
      const run = runCli(['summary', 'script.pdf', '--json'], dir);
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as { voices: { name: string; lineCount: number; words: number }[]; unassigned: { words: number } };
      expect(report.voices.map((v) => [v.name, v.lineCount, v.words])).toEqual([['ANNCR', 1, 17], ['MUM', 1, 17], ['KID', 1, 15]]);
      expect(report.unassigned.words).toBe(61);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('laid-out glyphs: a justified line drawn a word at a time', () => {
  it('a label table’s text column justified short of the page’s right edge: its stretched spaces are spaces (they were tabs: "MUM⇥two1⇥plants⇥pots⇥and")', () => {
    const glyphs: Glyph[] = [];
    PROSE.forEach((t, i) => glyphs.push(...line(t, 72, 100 + i * PITCH, i < PROSE.length - 1 ? 540 : undefined)));
    // A measure of 180 pt: three or four words a line, their spaces stretched to 2 or 3 em.
    const rows: [string, string[]][] = [
      ['ANNCR', ['a garden centre sale', 'with thousands of', 'plants.']],
      ['MUM', ['two1 plants pots and', 'tools at half price', 'or less.']],
      ['KID', ['everything must go', 'this weekend only', 'while stocks last.']],
    ];
    let y = 220;
    for (const [label, lines] of rows) {
      glyphs.push(...line(label, 72, y));
      lines.forEach((t, i) => glyphs.push(...line(t, 150, y + i * PITCH, i < lines.length - 1 ? 330 : undefined)));
      y += lines.length * PITCH + 8;
    }
    const got = texts(glyphs);
    expect(got.slice(PROSE.length)).toEqual([
      'ANNCR\ta garden centre sale', 'with thousands of', 'plants.',
      'MUM\ttwo1 plants pots and', 'tools at half price', 'or less.',
      'KID\teverything must go', 'this weekend only', 'while stocks last.',
    ]);
    expect(got.slice(0, PROSE.length)).toEqual(PROSE);
  });

  const page = (extra: Glyph[]) => {
    const glyphs: Glyph[] = [];
    PROSE.forEach((t, i) => glyphs.push(...line(t, 72, 100 + i * PITCH, i < PROSE.length - 1 ? 540 : undefined)));
    return [...glyphs, ...extra];
  };

  it('a sentence’s space stretched three times as much as the words’ is a space; a gap five times the words’ is a tab', () => {
    // Justified lines (ending at 540): the words' gaps about 6 pt, the gap after "did." 18 pt.
    expect(texts(page(line('But they did. At twenty past twelve the maroons went up over', 140, 220, 540, { 2: 18 }))).slice(-1)).toEqual(['But they did. At twenty past twelve the maroons went up over']);
    // The same line, its 18 pt gap after a word that ends no sentence: a tab.
    expect(texts(page(line('But they did At twenty past twelve the maroons went up over', 140, 220, 540, { 2: 18 }))).slice(-1)).toEqual(['But they did\tAt twenty past twelve the maroons went up over']);
    expect(texts(page(line('Key: Narrator blue Expert green Learner red and the announcer in grey', 110, 220, 540, { 0: 40 }))).slice(-1)).toEqual(['Key:\tNarrator blue Expert green Learner red and the announcer in grey']);
  });

  it('a ragged line (ending short of every edge) keeps its tabs, however even', () => {
    expect(texts(page(line('two1 plants pots and', 150, 220, 330))).slice(-1)).toEqual(['two1\tplants\tpots\tand']);
  });

  it('a gap ending where the line below starts (a hanging indent: a tab stop) stays a tab, however wide the line’s other spaces', () => {
    const glyphs = page([
      ...line('MUM Look at these tulips half price and some', 72, 220, 540, { 0: 24 }),
      ...line('more words under the text', 72 + 3 * CHAR + 24, 220 + PITCH),
    ]);
    expect(texts(glyphs).slice(-2)).toEqual(['MUM\tLook at these tulips half price and some', 'more words under the text']);
  });

  it('a label 12 pt from its text (TeX’s widest label: less than a column gap) at the tab stop of the other labels’ rows gets its tab; a line of prose whose word starts there by chance does not', () => {
    // An l column as wide as its widest label (GRANDAD, 38.5 pt), then 12 pt, then a text column
    // of 90 pt: too narrow beside the labels for the label-table rule (label-rows.ts), as in
    // tex-justified-table-en.
    const TEXT = 72 + 7 * CHAR + 12;
    const glyphs: Glyph[] = [];
    // Prose above, at the labels' edge, its words 8.75 pt apart: "the" starts at the stop.
    const g = (TEXT - 72 - 11 - 22) / 2;
    glyphs.push(...line('He said the rest of them would follow on later', 72, 70, undefined, Object.fromEntries(Array.from({ length: 9 }, (_, i) => [i, g]))));
    const rows: [string, string[]][] = [
      ['ANNCR', ['Spring is here', 'and so is the', 'sale.']],
      ['MUM', ['Look at these', 'tulips half', 'price.']],
      ['KID', ['Can we get the', 'big sunflower', 'too please?']],
      ['GRANDAD', ['In my day we', 'grew our own.']],
    ];
    let y = 100;
    for (const [label, lines] of rows) {
      glyphs.push(...line(label, 72, y));
      lines.forEach((t, i) => glyphs.push(...line(t, TEXT, y + i * PITCH)));
      y += lines.length * PITCH + 8;
    }
    expect(texts(glyphs)).toEqual([
      'He said the rest of them would follow on later',
      'ANNCR\tSpring is here', 'and so is the', 'sale.', 'MUM\tLook at these', 'tulips half', 'price.',
      'KID\tCan we get the', 'big sunflower', 'too please?', 'GRANDAD\tIn my day we', 'grew our own.',
    ]);
  });

  it('a producer that draws its spaces: a gap with no space glyph is a tab, however close to the stretched spaces ("ENFANT⇥On prend le grand", LibreOffice)', () => {
    const glyphs = page(line('ENFANT On prend le grand', 212.5, 220, 399.5, { 0: 21.5 }, true));
    expect(texts(glyphs).slice(-1)).toEqual(['ENFANT\tOn prend le grand']);
  });

  it('two words set far apart at the page’s flush edge, nothing else to measure the gap by: read as a space, and the line says so; short of the edge, a tab', () => {
    // A column of 168 pt (72 to 240), justified; the two words' gap 47 pt, and the line under them short.
    // Above them a word alone that TeX could not stretch (an underfull line, ending short).
    const column = (last: Glyph[], above = 'extraordinairement,') => {
      const glyphs: Glyph[] = [];
      NARROW.forEach((t, i) => glyphs.push(...line(t, 72, 100 + i * PITCH, 240)));
      const y = 100 + NARROW.length * PITCH;
      return [...glyphs, ...line(above, 72, y, above.includes(' ') ? 240 : undefined), ...last, ...line('marché.', 72, y + 2 * PITCH)];
    };
    const y = 100 + (NARROW.length + 1) * PITCH;
    const lone = buildLines(column(line('invraisemblablement bon', 72, y, 240)));
    expect(lone.slice(-3).map((l) => [l.text, l.loneGap])).toEqual([['extraordinairement,', undefined], ['invraisemblablement bon', true], ['marché.', undefined]]);
    // A full line above, ending where they do: a justified column's line, read so as before, not said.
    const flush = buildLines(column(line('invraisemblablement bon', 72, y, 240), 'et puis encore des fleurs'));
    expect(flush.slice(-3).map((l) => [l.text, l.loneGap])).toEqual([['et puis encore des fleurs', undefined], ['invraisemblablement bon', undefined], ['marché.', undefined]]);
    const short = buildLines(column(line('invraisemblablement bon', 72, y, 220)));
    expect(short.slice(-2).map((l) => [l.text, l.loneGap])).toEqual([['invraisemblablement\tbon', undefined], ['marché.', undefined]]);
  });
});
