/**
 * A legend in the running header or footer (a template's key, repeated on every page): found in the
 * DOCX's header and footer parts and in the PDF's running header (Script.furniture), never counted
 * as lines; a legend among the lines comes first. Fixtures: tests/fixtures/header-legend/, made by
 * scripts/build-header-legend-fixtures.py.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseScript } from '../src/pipeline.js';
import { detectLegend } from '../src/attribute/legend.js';
import { readScript, readScriptBytes } from '../src/readers/index.js';
import { renderSummary } from '../src/render/text.js';
import { buildDocx, p, r } from './helpers/docx-builder.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string) => join(root, 'tests', 'fixtures', 'header-legend', name);

const voices = async (path: string) => {
  const analysis = await analyseScript(await readScript(path));
  return {
    legend: analysis.casting.legend && { text: analysis.casting.legend.text, location: analysis.casting.legend.location },
    voices: analysis.report.voices.map((v) => [v.name, v.colors, v.lines.length, v.words]),
    total: analysis.report.total.words,
  };
};

describe('a legend in the running header or footer', () => {
  it('DOCX: the French key in the header of a three-page module names the voices; the header is no line', async () => {
    expect(await voices(fixture('header-legend-fr.docx'))).toEqual({
      legend: { text: 'Légende : Narrateur en bleu, Formatrice en vert, consignes en gris (non enregistrées)', location: { story: 'header', paragraph: 1 } },
      voices: [
        ['Narrateur', ['#0070C0'], 9, 123],
        ['Formatrice', ['#00B050'], 9, 96],
      ],
      total: 251,
    });
  });

  it('PDF of the same module: the running header (set on two lines) is the legend, on no page a line; the same counts', async () => {
    const script = await readScript(fixture('header-legend-fr.pdf'));
    expect(script.furniture?.map((f) => [f.location, f.runs.map((x) => x.text).join('')])).toEqual([
      [{ story: 'header', paragraph: 1, page: 1 }, 'Légende : Narrateur en bleu, Formatrice en vert, consignes en gris (non enregistrées)'],
    ]);
    expect(script.paragraphs.some((x) => x.runs.some((y) => y.text.includes('Légende')))).toBe(false);
    expect(await voices(fixture('header-legend-fr.pdf'))).toEqual({
      legend: { text: 'Légende : Narrateur en bleu, Formatrice en vert, consignes en gris (non enregistrées)', location: { story: 'header', paragraph: 1, page: 1 } },
      voices: [
        ['Narrateur', ['#0070C0'], 9, 123],
        ['Formatrice', ['#00B050'], 9, 96],
      ],
      total: 251,
    });
  });

  it('DOCX: a footer "Key: Narrator – Expert – Notes (not recorded)", each name in its colour; its one-page PDF reads the footer as a line, and counts the same', async () => {
    const docx = await voices(fixture('footer-key-en.docx'));
    expect(docx.legend?.location).toEqual({ story: 'footer', paragraph: 1 });
    const expected = [
      ['Narrator', ['#0070C0'], 2, 21],
      ['Expert', ['#00B050'], 1, 13],
    ];
    expect(docx.voices).toEqual(expected);
    const pdf = await voices(fixture('footer-key-en.pdf'));
    expect([pdf.voices, pdf.total]).toEqual([expected, docx.total]);
  });

  it('the title in Word\'s dark blue heading beside the narrator\'s blue: said as a heading in a colour of no voice (headings-unassigned), not as one that looks like his (a heading is set apart by its form)', async () => {
    for (const ext of ['docx', 'pdf']) {
      const analysis = await analyseScript(await readScript(fixture(`header-legend-fr.${ext}`)));
      // The PDF's header (the colour key, read as the legend) is left out of the lines, and shown as the legend: not listed again (furniture-left-out).
      expect(analysis.report.warnings.map((w) => [w.code, w.location?.paragraph])).toEqual([['headings-unassigned', 1]]);
    }
  });

  it('the summary with a config names where the legend is without saying it was left out of the lines', async () => {
    const analysis = await analyseScript(await readScript(fixture('header-legend-fr.docx')));
    expect(renderSummary(analysis.report).split('\n').slice(0, 2)).toEqual([
      `${fixture('header-legend-fr.docx')} (DOCX) · no config: the legend at ¶1 (header): "Légende : Narrateur en bleu, Formatrice en vert, consignes en gris (non enregistrées)"`,
      'Voices from the legend at ¶1 (header): Narrateur = #0070C0 blue, Formatrice = #00B050 green; not recorded: grey.',
    ]);
  });

  const blue = '<w:color w:val="0070C0"/>';
  const green = '<w:color w:val="00B050"/>';
  const lines = `<w:p>${r('Welcome to the spring sale at the garden centre.', blue)}</w:p><w:p>${r('Every rose is grown two miles from the shop.', green)}</w:p>`;

  it('a legend among the lines comes before the header\'s', async () => {
    const bytes = buildDocx({ body: p('Legend: Host in blue, Guest in green.') + lines, headers: [p('Key: Narrator in blue, Expert in green')] });
    const legend = detectLegend(await readScriptBytes(bytes, 'both.docx'));
    expect([legend?.location, legend?.voices.map((v) => v.name)]).toEqual([{ story: 'body', paragraph: 1 }, ['Host', 'Guest']]);
  });

  it('names in colour in a header are a legend only under a heading word: a studio\'s blue name and a red "Confidential" are none', async () => {
    const red = '<w:color w:val="C00000"/>';
    const body = `<w:p>${r('Welcome to the spring sale at the garden centre.', blue)}</w:p><w:p>${r('Every rose is grown two miles from the shop.', red)}</w:p>`;
    const brand = `<w:p>${r('ACME Studios', blue)}${r(' | ')}${r('Confidential', red)}</w:p>`;
    expect(detectLegend(await readScriptBytes(buildDocx({ body, headers: [brand] }), 'brand.docx'))).toBeNull();
    // The same line among the lines, at the top of the script, is a legend as before (names set apart by a bar).
    expect(detectLegend(await readScriptBytes(buildDocx({ body: brand + body }), 'top.docx'))?.voices.map((v) => v.name)).toEqual(['ACME Studios', 'Confidential']);
    const key = `<w:p>${r('Key: ')}${r('Narrator', blue)}${r(' | ')}${r('Expert', red)}</w:p>`;
    expect(detectLegend(await readScriptBytes(buildDocx({ body, headers: [key] }), 'key.docx'))?.voices.map((v) => v.name)).toEqual(['Narrator', 'Expert']);
  });

  it('a header part that cannot be read is passed over: the script reads as before, with no legend', async () => {
    const bytes = buildDocx({ body: lines, headers: ['<w:p><w:r><w:t>Key: Narrator in blue</w:r></w:p>'] });
    const script = await readScriptBytes(bytes, 'broken-header.docx');
    expect([script.paragraphs.length, script.furniture, detectLegend(script)]).toEqual([2, undefined, null]);
  });

  it('PDF with --include header: the header set on two lines is one paragraph, read once (page 1) as the DOCX reads its header part; it is the legend', async () => {
    const analysis = await analyseScript(await readScript(fixture('header-legend-fr.pdf'), { include: ['header'] }));
    expect(analysis.casting.legend?.location).toEqual({ story: 'header', paragraph: 1, page: 1 });
    expect(analysis.script.paragraphs.filter((x) => x.location.story === 'header').map((x) => [x.location.page, x.runs.map((y) => y.text).join('')])).toEqual([
      [1, 'Légende : Narrateur en bleu, Formatrice en vert, consignes en gris (non enregistrées)'],
    ]);
    expect(analysis.report.voices.map((v) => [v.name, v.lines.length, v.words])).toEqual([
      ['Narrateur', 9, 123],
      ['Formatrice', 9, 96],
    ]);
    // The body's ¶1 (the title) is a line: only the header's ¶1 is the legend (numbers are per story in a PDF).
    expect(analysis.casting.lines.filter((l) => l.location.paragraph === 1).map((l) => [l.location.story, l.text])).toEqual([['body', 'Module 3 – La sécurité incendie']]);
    // As the DOCX with --include header: its header part read once.
    expect(analysis.report.total.words).toBe(251);
  });

  it('with --include header the header is read as lines, and its legend is left out of them', async () => {
    const bytes = buildDocx({ body: lines, headers: [p('Key: Narrator in blue, Expert in green')] });
    const analysis = await analyseScript(await readScriptBytes(bytes, 'included.docx', { include: ['header'] }));
    expect(analysis.casting.legend?.location.story).toBe('header');
    expect(analysis.report.voices.map((v) => [v.name, v.words])).toEqual([
      ['Narrator', 9],
      ['Expert', 9],
    ]);
    expect(analysis.report.total.words).toBe(18);
  });
});
