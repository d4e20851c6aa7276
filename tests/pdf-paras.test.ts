/**
 * Paragraphs and tables of browser-printed PDFs as a reader sees them (tests/fixtures/pdf-paras,
 * made by scripts/build-pdf-paras-fixtures.py): a table with CSS's separate cell borders (two
 * parallel rulings between cells) is a table; Chromium's drawn list bullets open items; a dash a
 * line wraps before opens no paragraph unless the line before ended a phrase or ended short. And
 * `diff` of a DOCX against its PDF lists no change where only the paragraph breaks differ.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareScripts } from '../src/compare/compare.js';
import { analyse, analyseBytes } from '../src/pipeline.js';
import { readPdf } from '../src/readers/pdf/index.js';

const DIR = join(__dirname, 'fixtures', 'pdf-paras');

/** Each paragraph as [its text, its colours, its table cell as "table:row:column" or ''], in reading order. */
async function paragraphs(name: string) {
  const file = join(DIR, name);
  const script = await readPdf(new Uint8Array(readFileSync(file)), file, {});
  return script.paragraphs.map((p) => [
    p.runs.map((r) => r.text).join(''),
    [...new Set(p.runs.map((r) => r.color))].join(' | '),
    p.location.cell ? `${p.location.cell.table}:${p.location.cell.row}:${p.location.cell.column}` : '',
  ]);
}

/** The legend found without a config (its text, and each voice as "name colour words"), and the warnings' codes. */
async function legend(name: string) {
  const file = join(DIR, name);
  const { report } = await analyseBytes(new Uint8Array(readFileSync(file)), file, {});
  return {
    text: report.legend?.text ?? null,
    voices: report.voices.map((v) => `${v.name} ${v.colors.join(',')} ${v.words}`),
    warnings: report.warnings.map((w) => w.code),
  };
}

const BODY = [
  ['Screen 1', '#000000', ''],
  ['Welcome to the warehouse safety course for new starters.', '#C00000', ''],
  ['Always wear your high visibility vest in the loading bay.', '#1F4E79', ''],
  ['Do I need the vest in the office too?', '#00B050', ''],
  ['Screen 2', '#000000', ''],
  ['Every day more than two hundred people work on this site.', '#C00000', ''],
  ['Never walk behind a reversing forklift truck, even for a second.', '#1F4E79', ''],
  ['Let us begin with the three rules that keep you safe.', '#C00000', ''],
];

const LEGEND_VOICES = ['Narrator #C00000 31', 'Expert #1F4E79 21', 'Learner #00B050 9'];

describe('a table with separate cell borders (CSS border-collapse: separate) is a table', () => {
  for (const name of ['swatch-separate-chromium.pdf', 'swatch-separate-wp.pdf', 'swatch-collapse-chromium.pdf', 'swatch-collapse-wp.pdf']) {
    it(`${name}: read cell by cell, its swatch column the legend's colours`, async () => {
      expect(await paragraphs(name)).toEqual([
        ['Warehouse Safety Module', '#000000', ''],
        ['Voice key', '#000000', ''],
        ['Voice', '#000000', '1:1:1'],
        ['Colour', '#000000', '1:1:2'],
        ['Narrator', '#000000', '1:2:1'],
        ['Expert', '#000000', '1:3:1'],
        ['Learner', '#000000', '1:4:1'],
        ...BODY,
      ]);
      const found = await legend(name);
      expect(found.text).toBe('Voice key / Voice | Colour / Narrator / Expert / Learner');
      expect(found.voices.slice(0, 3)).toEqual(LEGEND_VOICES);
    });
  }
});

describe("Chromium's list bullets, drawn as shapes, open list items", () => {
  const ITEMS = [
    ['Warehouse Safety Module', '#000000', ''],
    ['Key:', '#000000', ''],
    ['Narrator — dark red', '#000000', ''],
    ['Expert — navy', '#000000', ''],
    ['Learner — green', '#000000', ''],
    ['Black — not recorded', '#000000', ''],
  ];
  const LONG = ['Lines in grey are on-screen text and are never recorded by anyone, whatever the voice of the screen around them, so leave them out of the count.', '#000000', ''];
  for (const name of ['bullets-short-chromium.pdf', 'bullets-short-wp.pdf']) {
    it(`${name}: one paragraph an item; the legend they make is found`, async () => {
      expect(await paragraphs(name)).toEqual([...ITEMS, ...BODY]);
      const found = await legend(name);
      expect(found.text).toBe('Key: / Narrator — dark red / Expert — navy / Learner — green / Black — not recorded');
      expect(found.voices.slice(0, 3)).toEqual(LEGEND_VOICES);
    });
  }
  for (const name of ['bullets-chromium.pdf', 'bullets-wp.pdf']) {
    it(`${name}: an item that wraps is one paragraph, apart from the item before it`, async () => {
      expect(await paragraphs(name)).toEqual([...ITEMS, LONG, ...BODY]);
      expect((await legend(name)).text).toBe('Key: / Narrator — dark red / Expert — navy / Learner — green / Black — not recorded');
    });
  }
});

describe('a dash at the start of a printed line', () => {
  const RED = '#C00000', BLUE = '#0070C0', BLACK = '#000000';
  const broke = '— and here the voice broke —';
  for (const name of ['dash-chromium.pdf', 'dash-wp.pdf']) {
    it(`${name}: opens no paragraph after a full line ending mid-phrase; does after a short line or a sentence's end`, async () => {
      expect(await paragraphs(name)).toEqual([
        ['Chapter Seven: The Harbour', BLACK, ''],
        [`“They’ll be here before dawn. ${broke} Listen to me — please, listen.”`, `${BLUE} | ${BLACK}`, ''],
        ['“I told you not to come back here.” he muttered, turning away from the window.', `${RED} | ${BLACK}`, ''],
        ['Somewhere below, a rope creaked — once, twice — and then fell silent. The harbour was quiet that night, quieter than Elena had ever known it.', BLACK, ''],
        [`“I told you not to come back here. ${broke} Do you even know what they did to him?”`, `${RED} | ${BLACK}`, ''],
        [`“Do you even know what they did to him? ${broke} Don’t — just don’t.”`, `${RED} | ${BLACK}`, ''],
        [`“You think I wanted any of this? ${broke} I kept the letter. All of it.”`, `${BLUE} | ${BLACK}`, ''],
        ['For a long moment neither of them moved. Somewhere below, a rope creaked — once, twice — and then fell silent.', BLACK, ''],
        // A line broken short (<br>) before a dash: nothing tells it from a paragraph's end.
        ['“Listen to me,', BLUE, ''],
        ['— please, listen.”', BLUE, ''],
        ['— Tu es rentré tard, dit-elle.', RED, ''],
        ['— Le bateau avait du retard !', BLUE, ''],
        ['— Encore ?', RED, ''],
      ]);
    });
  }
});

describe('diff: the same text broken into paragraphs differently, a side a PDF, is no change', () => {
  const FIXTURES = join(__dirname, 'fixtures');
  const sides = async (name: string, other: string) => compareScripts(await analyse(join(FIXTURES, name), { noConfig: true }), await analyse(join(FIXTURES, other), { noConfig: true }));

  it("labels/breaks-one-speaker-en: the DOCX's lines broken by line breaks (one paragraph each), the PDF's lines each a paragraph: no change, one summary line", async () => {
    const diff = await sides('labels/breaks-one-speaker-en.docx', 'labels/breaks-one-speaker-en.pdf');
    const voice = diff.voices[0]!;
    expect([voice.changed, voice.added, voice.removed, voice.moved, voice.unchanged, voice.resplit]).toEqual([[], [], [], [], 2, 4]);
    expect(voice.lines).toEqual({ old: 6, new: 11, delta: 5 });
    const said = diff.warnings.filter((w) => w.code === 'split-differently');
    expect(said.map((w) => [w.message, w.details])).toEqual([
      [
        "Same text, split differently: in 4 places (#000000 black: 4) the same words in the same order are broken into paragraphs differently. Where a PDF's paragraphs break is read from its layout, so these are not listed as changes; the line counts differ for them.",
        { places: 4, voices: [{ voice: '#000000 black', name: '#000000 black', places: 4 }] },
      ],
    ]);
  });

  it('pdf-oneline/lo-oneline-poem: one DOCX paragraph, four PDF lines, the same words: no change; the other way round too', async () => {
    for (const [a, b] of [['lo-oneline-poem.docx', 'lo-oneline-poem.pdf'], ['lo-oneline-poem.pdf', 'lo-oneline-poem.docx']]) {
      const diff = await sides(`pdf-oneline/${a}`, `pdf-oneline/${b}`);
      const voice = diff.voices[0]!;
      expect([voice.changed.length, voice.added.length, voice.removed.length, voice.resplit]).toEqual([0, 0, 0, 1]);
    }
  });

  it('two DOCX: a paragraph the writer split is still a change (splitmerge.test.ts)', async () => {
    const diff = await sides('labels/breaks-one-speaker-en.docx', 'labels/breaks-one-speaker-en.docx');
    expect(diff.voices[0]!.resplit).toBe(0);
    expect(diff.warnings.map((w) => w.code)).not.toContain('split-differently');
  });
});
