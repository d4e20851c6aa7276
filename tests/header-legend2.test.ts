/**
 * A page header of two paragraphs, the module's title then the legend ("Module 3 — Safety" over "Legend:
 * Narrator blue, Learner green"): the PDF reader's furniture block is cut where a line ends short (the next
 * line's first word would have fitted after it), so the legend stands on a paragraph of its own as in the
 * DOCX's header part, and is read; "Narrator blue" (a name, then its colour) is an entry under a heading word.
 * With no heading word, it is said as a legend not read (what was seen), never taken for the voices.
 * Fixtures: tests/fixtures/header-legend2/, made by scripts/build-header-legend2-fixtures.py (python-docx and
 * LibreOffice; ReportLab's canvas). Before: no legend found in any of them (the PDFs' header one furniture
 * paragraph "Module 3 — Safety Legend: …"; the English "Narrator blue" no entry in DOCX either), nothing said.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseScript } from '../src/pipeline.js';
import { readScript } from '../src/readers/index.js';
import { colourWordsLine } from '../src/attribute/legend-shapes.js';
import { ROOT } from './helpers/cli.js';

const DIR = join(ROOT, 'tests/fixtures/header-legend2');

async function cast(file: string) {
  const script = await readScript(join(DIR, file));
  const { casting, report } = await analyseScript(script, { voiceMap: null });
  return {
    furniture: (script.furniture ?? []).map((p) => `${p.location.story} ¶${p.location.paragraph} ${p.runs.map((r) => r.text).join('')}`),
    legend: casting.legend ? `${casting.legend.location.story} ¶${casting.legend.location.paragraph} ${casting.legend.text}` : null,
    voices: (casting.legend?.voices ?? []).map((v) => `${v.name} = ${v.colors.join(', ')}`),
    perVoice: report.voices.map((v) => `${v.name} ${v.lineCount} ${v.words}`),
    warnings: casting.warnings.map((w) => (w.code === 'legend-not-read' ? `${w.code} ${w.message} ${JSON.stringify(w.details)}` : w.code)),
  };
}

const EN_VOICES = ['Narrator = #0070C0', 'Learner = #00B050'];

describe("a page header's legend on the paragraph under its title", () => {
  for (const file of ['lo-two-para-header.docx', 'lo-two-para-header.pdf', 'rl-two-para-header.pdf']) {
    it(`${file}: the legend read from the header's second paragraph`, async () => {
      const got = await cast(file);
      expect(got.furniture).toEqual(['header ¶1 Module 3 — Safety', 'header ¶2 Legend: Narrator blue, Learner green']);
      expect(got.legend).toBe('header ¶2 Legend: Narrator blue, Learner green');
      expect(got.voices).toEqual(EN_VOICES);
      expect(got.perVoice).toEqual(['Narrator 9 78', 'Learner 6 60']);
      // The grey directions, no voice's colour, are said as such.
      expect(got.warnings).toEqual(['unknown-colour']);
    });
  }

  for (const file of ['lo-two-para-header-fr.docx', 'lo-two-para-header-fr.pdf']) {
    it(`${file}: the French legend read from the header's second paragraph`, async () => {
      const got = await cast(file);
      expect(got.furniture).toEqual(['header ¶1 Module 3 — Sécurité', 'header ¶2 Légende : Narrateur en bleu, Apprenante en vert']);
      expect(got.legend).toBe('header ¶2 Légende : Narrateur en bleu, Apprenante en vert');
      expect(got.voices).toEqual(['Narrateur = #0070C0', 'Apprenante = #00B050']);
      expect(got.perVoice).toEqual(['Narrateur 9 96', 'Apprenante 6 51']);
      expect(got.warnings).toEqual(['unknown-colour']);
    });
  }

  for (const [file, where] of [
    ['lo-two-para-noheading.docx', '¶2 (header)'],
    ['lo-two-para-noheading.pdf', 'p.1 ¶2 (header)'],
  ] as const) {
    it(`${file}: with no heading word the rule cannot tell: no voices taken from it, legend-not-read says what it saw`, async () => {
      const got = await cast(file);
      expect(got.legend).toBeNull();
      expect(got.perVoice).toEqual(['#0070C0 blue 9 78', '#00B050 green 6 60', '#808080 grey 3 21']);
      const said = `legend-not-read ${where} ("Narrator blue, Learner green") looks like a legend but was not read: the voices are the colours found. A key in a page header is read only when it says it is one: if it is the script's key, begin it with "Legend:" or write each colour after an equals sign ("Narrator = blue; Learner = green"), or name the voices in a config (vo-lines init writes one). {"text":"Narrator blue, Learner green","place":"header"}`;
      expect(got.warnings.filter((w) => w.startsWith('legend-not-read'))).toEqual([said]);
    });
  }

  it('"Name colour" is an entry only under a heading word', () => {
    const entries = (text: string) => colourWordsLine(text)?.entries.map((e) => `${e.name} = ${e.words}`) ?? null;
    expect(entries('Legend: Narrator blue, Learner green')).toEqual(['Narrator = blue', 'Learner = green']);
    expect(entries('Key: Narrator dark blue; Coach green')).toEqual(['Narrator = dark blue', 'Coach = green']);
    expect(entries('Narrator blue, Learner green')).toBeNull();
    expect(entries('The sky is blue')).toBeNull();
  });
});
