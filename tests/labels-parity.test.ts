/**
 * The same speaker-label script saved as DOCX and printed to PDF gives a narrator the same lines and
 * counts, with a config of labels and without one:
 * - a two-column table `LABEL | text` (the label alone in its cell): with no config the label and its
 *   text are one line "LABEL⇥text", as every PDF of the table reads the row (not the label a line
 *   of its own);
 * - an aside in brackets on a line of its own under the label in the speaker's cell (`MUM:` over
 *   `(laughing)`) is a direction of that speaker's line: it opens the line and is not spoken. The
 *   PDF LibreOffice prints sets it under the row's line ("MUM:⇥Only if you carry it." then
 *   "(laughing)"), where a direction of its own would stand too: read the same, with
 *   `aside-under-label` saying so.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import type { Report } from '../src/measure/report.js';
import type { Paragraph, Script } from '../src/model.js';
import type { VoiceMap } from '../src/config/voice-map.js';
import type { Casting } from '../src/attribute/cast.js';
import { castScript } from '../src/attribute/cast-script.js';
import { DEFAULT_DIRECTIONS } from '../src/text/directions.js';
import { DEFAULT_TOLERANCE } from '../src/config/settings.js';
import { readScriptBytes } from '../src/readers/index.js';
import { buildDocx, r } from './helpers/docx-builder.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** What a narrator sees: each voice's lines (text, words, spoken words) and the unassigned lines; heading colours (#376092 in the DOCX, #365F91 in LibreOffice's PDF) as one. */
const view = (report: Report) => ({
  voices: report.voices.map((v) => ({ name: v.name.replace(/^#(376092|365F91) .*$/u, 'heading'), words: v.words, spokenWords: v.spokenWords, lines: v.lines.map((l) => [l.text, l.words, l.spokenWords]) })),
  unassigned: report.unassigned.lines.map((l) => [l.text, l.words, l.spokenWords]),
  total: { lines: report.total.lineCount, words: report.total.words, spokenWords: report.total.spokenWords },
});

const radioConfig = () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-labels-parity-'));
  const path = join(dir, 'vo-lines.config.yaml');
  writeFileSync(path, ['voices:', '  ANNCR: { label: "ANNCR" }', '  MUM: { label: "MUM" }', '  KID: { label: "KID" }', 'unassigned: ["#000000", "#376092", "#365F91"]', ''].join('\n'));
  return path;
};

describe('labels/radio-table-en: "MUM:" over "(laughing)" in the speaker cell', () => {
  it('with a config of labels: the aside opens MUM’s line, is not spoken, and the DOCX and the PDF agree', async () => {
    const config = radioConfig();
    const [docx, pdf] = await Promise.all(['docx', 'pdf'].map((ext) => analyse(join(fixtures, `labels/radio-table-en.${ext}`), { config })));
    const expected = {
      voices: [
        { name: 'ANNCR', words: 22, spokenWords: 22, lines: [['Spring is here, and so is the Greenway Garden Centre spring sale.', 12, 12], ['Greenway Garden Centre. Open every day from eight till eight.', 10, 10]] },
        { name: 'MUM', words: 12, spokenWords: 11, lines: [['Look at these tulips! Half price!', 6, 6], ['(laughing) Only if you carry it.', 6, 5]] },
        { name: 'KID', words: 10, spokenWords: 10, lines: [['Can we get the big sunflower too?', 7, 7], ['Eight till eight!', 3, 3]] },
      ],
      // "30 April" is said the thirtieth of April; "SFX:", a booth's label, as written (not S F X).
      unassigned: [['Greenway Garden Centre – Spring Sale – 30"', 6, 6], ['SFX: Wheelbarrow squeak.', 3, 3], ['Legal: offer ends 30 April. Prices as marked in store.', 10, 12]],
      total: { lines: 9, words: 63, spokenWords: 64 },
    };
    expect(view(docx!.report)).toEqual(expected);
    expect(view(pdf!.report)).toEqual(expected);
    // The DOCX knows the aside is in MUM's cell; the PDF cannot tell it from a direction of its own.
    expect(docx!.report.warnings).toEqual([]);
    expect(pdf!.report.warnings.map((w) => w.location)).toEqual([{ story: 'body', paragraph: 7, page: 1 }]);
    expect(pdf!.report.warnings.map((w) => [w.code, w.message])).toEqual([
      [
        'aside-under-label',
        '"(laughing)" stands alone under the line "MUM: Only if you carry it.": read as a direction of that line, as the speaker\'s cell of a table holds it, and not spoken. If it is a direction of its own, it is no one\'s line (1 word).',
      ],
    ]);
  });

  it('with no config: one line per row, the label opening it, shown and not counted (name-cells.ts), in both', async () => {
    const [docx, pdf] = await Promise.all(['docx', 'pdf'].map((ext) => analyse(join(fixtures, `labels/radio-table-en.${ext}`), { noConfig: true })));
    const expected = {
      voices: [
        { name: 'heading', words: 6, spokenWords: 6, lines: [['Greenway Garden Centre – Spring Sale – 30"', 6, 6]] },
        {
          name: '#000000 black',
          words: 57,
          // The speakers' names are not counted; SFX, a direction's label, is (as written, not spelled S F X).
          spokenWords: 58,
          lines: [
            ['ANNCR: Spring is here, and so is the Greenway Garden Centre spring sale.', 12, 12],
            ['MUM: Look at these tulips! Half price!', 6, 6],
            ['KID: Can we get the big sunflower too?', 7, 7],
            ['SFX: Wheelbarrow squeak.', 3, 3],
            // The label not counted, "(laughing)" opens the line said: a direction, not spoken, as with a config of labels.
            ['MUM: (laughing) Only if you carry it.', 6, 5],
            ['ANNCR: Greenway Garden Centre. Open every day from eight till eight.', 10, 10],
            ['KID: Eight till eight!', 3, 3],
            ['Legal: offer ends 30 April. Prices as marked in store.', 10, 12],
          ],
        },
      ],
      unassigned: [],
      total: { lines: 9, words: 63, spokenWords: 64 },
    };
    expect(view(docx!.report)).toEqual(expected);
    expect(view(pdf!.report)).toEqual(expected);
    expect(docx!.report.warnings).toEqual([]);
    // The PDF's title, in the heading colour at body size, is a colour group's line: its 30" is said unread (spots-unread).
    expect(pdf!.report.warnings.map((w) => w.code)).toEqual(['aside-under-label', 'spots-unread']);
  });
});

describe('pdf-producers/label-rows-en: a LABEL | text table with no config', () => {
  // The speakers' names shown, not counted (name-cells.ts); SFX, a direction's label, counted.
  const rows = [
    ['ANNCR Spring is here, and so is the Greenway Garden Centre spring sale, with thousands of plants, pots and tools at half price or less, this weekend only, while stocks last.', 30],
    ['MUM Look at these tulips! Half price!', 6],
    ['KID Can we get the big sunflower too? The one that is taller than Dad? Please, please, please?', 17],
    ['SFX Trolley wheels on gravel.', 5],
    ['MUM Only if you carry it to the car yourself, all the way across the car park, without dropping it.', 19],
    ['GRANDAD In my day we grew our own sunflowers from seed.', 10],
    ['ANNCR Seeds, bulbs and bedding plants from ninety-nine pence. Compost, three bags for ten pounds. And free coffee for everyone who brings a grandad.', 23],
    ['KID Grandad, you can have my coffee.', 6],
    ['GRANDAD Thank you, young man. Now, where did they put the sunflower seeds? I want the giant ones, the ones that win prizes at the village show.', 26],
    ['ANNCR Greenway Garden Centre. Open every day from eight till eight.', 10],
  ];

  it.each(['label-rows-en.docx', 'label-rows-en-chromium.pdf', 'label-rows-en-wp.pdf', 'label-rows-en-rl.pdf'])('%s: 12 lines, 169 words, each row one line', async (file) => {
    const { report } = await analyse(join(fixtures, 'pdf-producers', file), { noConfig: true });
    expect(report.voices.map((v) => v.name)).toEqual(['#000000 black']);
    const lines = report.voices[0]!.lines;
    expect(lines.map((l) => [l.text, l.words])).toEqual([
      ['Greenway Garden Centre — spring sale, 60 s', 7],
      ['Approved script, version 3. Every line is read as written.', 10],
      ...rows,
    ]);
    expect([report.total.lineCount, report.total.words]).toEqual([12, 169]);
    // The title's `60 s` is black's text with no config: said, not read as a spot's length.
    expect(report.warnings.map((w) => [w.code, w.details])).toEqual([['spots-unread', { texts: ['Greenway Garden Centre — spring sale, 60 s'], count: 1, groups: ['#000000 black'] }]]);
  });
});

/** A script of paragraphs, each `text` or `[text, table, row, column]` (a cell), black unless `color:text`. */
function script(...paragraphs: (string | [string, number, number, number])[]): Script {
  return {
    file: 'script.docx',
    format: 'docx',
    paragraphs: paragraphs.map((p, i): Paragraph => {
      const [raw, table, row, column] = typeof p === 'string' ? [p] : p;
      const coloured = /^(#[0-9A-F]{6}):(.*)$/su.exec(raw);
      const text = coloured ? coloured[2]! : raw;
      return {
        runs: [{ text, color: coloured ? coloured[1]! : '#000000', background: null }],
        location: { story: 'body', paragraph: i + 1, ...(table ? { cell: { table, row: row!, column: column! } } : {}) },
      };
    }),
    warnings: [],
    facts: { trackedChanges: false },
  };
}

const labels = (...names: string[]): VoiceMap => ({
  voices: names.map((name) => ({ name, colors: [], highlights: [], styles: [], labels: [name] })),
  unassigned: ['#000000'],
  directions: { ...DEFAULT_DIRECTIONS },
  tolerance: DEFAULT_TOLERANCE,
  source: 'test',
  origin: 'config',
});

const read = (casting: Casting) => casting.lines.map((l) => [l.voice, l.text, l.words, l.spokenWords]);

describe('label cells and asides, by rule', () => {
  const table = (...rows: [string, string][]) => rows.flatMap(([label, text], i): [string, number, number, number][] => [...label.split('|').map((part): [string, number, number, number] => [part, 1, i + 1, 1]), [text, 1, i + 1, 2]]);

  it('an aside on the label\'s own line opens the line, not counted; one on a line (or after a line break) of its own opens the line too', () => {
    const s = script(...table(['ANNA: (off)', 'One two.'], ['BEN:|(whispering, to Anna)', 'Three four.'], ['ANNA:\n(laughing)', 'Five six.'], ['BEN', 'Seven.']));
    expect(read(castScript(s, labels('ANNA', 'BEN')))).toEqual([
      ['ANNA', '(off) One two.', 2, 2],
      ['BEN', '(whispering, to Anna) Three four.', 5, 2],
      ['ANNA', '(laughing) Five six.', 3, 2],
      ['BEN', 'Seven.', 1, 1],
    ]);
    expect(castScript(s, labels('ANNA', 'BEN')).warnings).toEqual([]);
    // No config: each row one line opening with its label, the aside after it.
    expect(read(castScript(s, null)).map((l) => l[1])).toEqual(['ANNA: (off) One two.', 'BEN: (whispering, to Anna) Three four.', 'ANNA: (laughing) Five six.', 'BEN Seven.']);
  });

  it('no config: a header row stays its cells, time codes are no lines (the row\'s time, timecodes.test.ts); a name in a colour of its own is still the row\'s name (name-cells.ts): shown before the line, no line of its own, no words', () => {
    const s = script(
      ['TC', 1, 1, 1], ['PERSONNAGE', 1, 1, 2], ['TEXTE', 1, 1, 3],
      ['00:00:12', 1, 2, 1], ['MARIE', 1, 2, 2], ['Tu es là ?', 1, 2, 3],
      ['00:00:15', 1, 3, 1], ['PAUL', 1, 3, 2], ['Oui.', 1, 3, 3],
      ['00:00:18', 1, 4, 1], ['MARIE', 1, 4, 2], ['Viens.', 1, 4, 3],
      ['00:00:20', 1, 5, 1], ['#808080:PAUL', 1, 5, 2], ['J’arrive.', 1, 5, 3],
    );
    expect(read(castScript(s, null))).toEqual([
      ['#000000 black', 'TC', 1, 1], ['#000000 black', 'PERSONNAGE', 1, 1], ['#000000 black', 'TEXTE', 1, 1],
      ['#000000 black', 'MARIE Tu es là ?', 3, 3],
      ['#000000 black', 'PAUL Oui.', 1, 1],
      ['#000000 black', 'MARIE Viens.', 1, 1],
      ['#000000 black', 'PAUL J’arrive.', 1, 1],
    ]);
  });

  it('no table of speakers (one speaker, or fewer than three label rows): the cells are read as they are', () => {
    const one = script(...table(['ANNA', 'One.'], ['ANNA', 'Two.'], ['ANNA', 'Three.']));
    expect(read(castScript(one, null)).map((l) => l[1])).toEqual(['ANNA', 'One.', 'ANNA', 'Two.', 'ANNA', 'Three.']);
    const two = script(...table(['ANNA', 'One.'], ['BEN', 'Two.']));
    expect(read(castScript(two, null)).map((l) => l[1])).toEqual(['ANNA', 'One.', 'BEN', 'Two.']);
  });

  it('no cells known: an aside alone under a "LABEL⇥text" line is read with it, said once for all; under a "LABEL: text" line, or among fewer than three tab lines, it stays a line of its own', () => {
    const tabs = script('ANNA:\tOne two.', '(laughing)', 'BEN:\tThree four.', '(off)', 'ANNA:\tFive.', '(Door slams)');
    const casting = castScript(tabs, labels('ANNA', 'BEN'));
    expect(read(casting)).toEqual([
      ['ANNA', '(laughing) One two.', 3, 2],
      ['BEN', '(off) Three four.', 3, 2],
      ['ANNA', '(Door slams) Five.', 3, 1],
    ]);
    expect(casting.warnings.map((w) => [w.code, w.message, w.details?.asides])).toEqual([
      [
        'aside-under-label',
        '3 directions in brackets stand alone under a speaker\'s line ("(laughing)" under "ANNA: One two." (¶2), "(off)" under "BEN: Three four." (¶4), "(Door slams)" under "ANNA: Five." (¶6)): each read as a direction of the line above it, as the speaker\'s cell of a table holds it, and not spoken. If one is a direction of its own, it is no one\'s line (4 words in all).',
        3,
      ],
    ]);
    const colons = script('ANNA: One two.', '(laughing)', 'BEN: Three four.', '(off)', 'ANNA: Five.');
    expect(read(castScript(colons, labels('ANNA', 'BEN')))).toEqual([
      ['ANNA', 'One two.', 2, 2],
      [null, '(laughing)', 1, 0],
      ['BEN', 'Three four.', 2, 2],
      [null, '(off)', 1, 0],
      ['ANNA', 'Five.', 1, 1],
    ]);
    const few = script('ANNA:\tOne two.', '(laughing)', 'BEN:\tThree four.');
    expect(read(castScript(few, labels('ANNA', 'BEN'))).map((l) => l[1])).toEqual(['One two.', '(laughing)', 'Three four.']);
    expect(castScript(few, labels('ANNA', 'BEN')).warnings).toEqual([]);
  });
});

describe('an aside broken over paragraphs', () => {
  it('pdf-producers/lo-screenplay: "(putting the bag" over "down)" in the PDF is one line, as in the DOCX, and not spoken', async () => {
    const [docx, pdf] = await Promise.all(['docx', 'pdf'].map((ext) => analyse(join(fixtures, `pdf-producers/lo-screenplay.${ext}`), { noConfig: true })));
    const all = (report: Report) => report.voices.flatMap((v) => v.lines.map((l) => [v.name, l.text, l.words, l.spokenWords]));
    expect(all(pdf!.report)).toEqual(all(docx!.report));
    expect(all(pdf!.report).filter((l) => String(l[1]).startsWith('(putting'))).toEqual([['#000000 black', '(putting the bag down)', 4, 0]]);
    expect([pdf!.report.total.lineCount, pdf!.report.total.words, pdf!.report.total.spokenWords]).toEqual([docx!.report.total.lineCount, docx!.report.total.words, docx!.report.total.spokenWords]);
  });

  it('no config: up to three short pieces join; a piece never closed, a long one, or one in a table cell stays as it is', () => {
    const s = script('(putting the bag', 'down on the', 'table)', 'I know.', '(laughing', 'Never mind.', `(${'a long piece of text '.repeat(3)}`, 'end)', ['(in a', 1, 1, 1], ['cell)', 1, 2, 1]);
    expect(read(castScript(s, null)).map((l) => [l[1], l[3]])).toEqual([
      ['(putting the bag down on the table)', 0],
      ['I know.', 2],
      ['(laughing', 1],
      ['Never mind.', 2],
      [`(${'a long piece of text '.repeat(3).trim()}`, 15],
      ['end)', 1],
      ['(in a', 2],
      ['cell)', 1],
    ]);
  });
});

describe('hostile label tables', () => {
  it('runs of 400,000 spaces in label cells and tab lines read in linear time (trimming them by regex was quadratic: minutes, past the test timeout)', async () => {
    const spaces = ' '.repeat(400_000);
    const row = (a: string, b: string) => `<w:tr><w:tc><w:p>${r(a)}</w:p></w:tc><w:tc><w:p>${r(b)}</w:p></w:tc></w:tr>`;
    const body = `<w:tbl>${row('ANNA', 'One.')}${row('BEN', 'Two.')}${row(`ANNA${spaces}:`, 'Three.')}${row('BEN', 'Four.')}${row(`${spaces}(x`, 'y.')}${row(`ANNA${spaces}x`, 'Five.')}</w:tbl><w:p>${r(`MUM:\t${spaces}x`)}</w:p>`;
    const s = await readScriptBytes(buildDocx({ body }), 'spaces.docx');
    // "ANNA⋯x" is no label alone: its row is two lines. (A voice's label pattern, `\s*…\s*$`, was cubic on it: a minute for 8,000 spaces.)
    expect(read(castScript(s, null)).map((l) => l[1])).toEqual(['ANNA One.', 'BEN Two.', 'ANNA : Three.', 'BEN Four.', '(x', 'y.', 'ANNA x', 'Five.', 'MUM: x']);
    expect(read(castScript(s, labels('ANNA', 'BEN'))).map((l) => [l[0], l[1]])).toEqual([['ANNA', 'One.'], ['BEN', 'Two.'], ['ANNA', 'Three.'], ['BEN', 'Four.'], [null, '(x'], [null, 'y.'], [null, 'ANNA x'], [null, 'Five.'], [null, 'MUM: x']]);
  });

  it('a row of 100,000 cells with no letters is read in linear time (each cell once looked for text after it in the row: quadratic, minutes, found by the fuzzer)', async () => {
    const row = (a: string, b: string) => `<w:tr><w:tc><w:p>${r(a)}</w:p></w:tc><w:tc><w:p>${r(b)}</w:p></w:tc></w:tr>`;
    const empty = `<w:tc><w:p>${r('–')}</w:p></w:tc>`.repeat(100_000);
    // No label in the row's first cells: each was tried, and each looked for text after it.
    const body = `<w:tbl>${row('ANNA', 'One.')}${row('BEN', 'Two.')}${row('ANNA', 'Three.')}${row('BEN', 'Four.')}<w:tr>${empty}<w:tc><w:p>${r('Five.')}</w:p></w:tc></w:tr></w:tbl>`;
    const s = await readScriptBytes(buildDocx({ body }), 'cells.docx');
    const lines = read(castScript(s, null)).map((l) => l[1]);
    expect(lines.slice(0, 4)).toEqual(['ANNA One.', 'BEN Two.', 'ANNA Three.', 'BEN Four.']);
    expect(lines.slice(-1)).toEqual(['Five.']);
  });
});
