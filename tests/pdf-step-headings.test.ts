/**
 * Headings a size step above the body in a PDF (src/readers/pdf/headings.ts): LibreOffice PDFs of
 * python-docx documents whose scene headings are Word's Heading 2 (13 pt bold blue over a 12 pt body;
 * 12 pt bold dark red over 11 pt), scripts/pdf-producers/lo_step_headings.py. Before, the PDF read them
 * as script lines: the headings' blue #4F81BD made the legend's "blue" fit two colours, the legend was
 * refused and nothing was known to record, where the DOCX was exact. Now the PDF's headings, voices,
 * lines and words are the DOCX's.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { readScript } from '../src/readers/index.js';
// @ts-expect-error plain JavaScript module shared with the fixture check script
import { expectedOf } from '../scripts/pdf-producers/expected.mjs';

const DIR = join(__dirname, 'fixtures', 'pdf-producers');
const configDir = mkdtempSync(join(tmpdir(), 'vo-lines-step-headings-'));
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

const headings = async (file: string) =>
  (await readScript(join(DIR, file))).paragraphs.filter((p) => p.outlineLevel === 2).map((p) => p.runs.map((r) => r.text).join(''));

describe('headings a size step above the body', () => {
  it.each([
    ['lo-step-headings-en', ['Scene 1 — Welcome', 'Scene 2 — Pedestrian walkways', 'Scene 3 — Blind spots']],
    ['lo-step-headings-fr', ['Scène 1 — La jardinerie', 'Scène 2 — La caisse']],
  ])('%s.pdf: its Heading 2 paragraphs are headings (outline level 2), as in the DOCX', async (name, expected) => {
    expect(await headings(`${name}.pdf`)).toEqual(expected);
    expect(await headings(`${name}.docx`)).toEqual(expected);
  });

  it('lo-step-headings-en.pdf with no config: the legend is used, Narrator 3 lines / 49 words, Learner 3 / 29, Coach 2 / 23, as the DOCX (legend refused before)', async () => {
    const counts = async (file: string) => {
      const { report } = await analyse(join(DIR, file));
      return { voices: report.voices.map((v) => [v.name, v.lineCount, v.words]), warnings: report.warnings.map((w) => w.code) };
    };
    const pdf = await counts('lo-step-headings-en.pdf');
    expect(pdf.voices).toEqual([['Narrator', 3, 49], ['Learner', 3, 29], ['Coach', 2, 23]]);
    expect(pdf).toEqual(await counts('lo-step-headings-en.docx'));
  });

  it.each(['lo-step-headings-en', 'lo-step-headings-fr'])('%s.pdf: every voice’s lines and words as the script’s data gives them', async (name) => {
    const script = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as { voices: Record<string, { color: string }>; unassigned: string[] };
    const config = join(configDir, `${name}.json`);
    writeFileSync(config, JSON.stringify({ voices: script.voices, unassigned: script.unassigned }));
    const { report } = await analyse(join(DIR, `${name}.pdf`), { config });
    const got: Record<string, { lines: string[]; words: number }> = {};
    for (const v of report.voices) got[v.name] = { lines: v.lines.map((l) => l.text), words: v.words };
    got['(unassigned)'] = { lines: report.unassigned.lines.map((l) => l.text), words: report.unassigned.words };
    expect(got).toEqual(expectedOf(script));
  });
});
