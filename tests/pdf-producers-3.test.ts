/**
 * What a reader sees, continued: text painted over by opaque boxes drawn after it. As in
 * pdf-producers.test.ts, each PDF sits beside NAME.json, the script data its generator in
 * scripts/pdf-producers/ wrote; every voice's lines and words must come out as the data gives them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { readPdf } from '../src/readers/pdf/index.js';
// @ts-expect-error plain JavaScript module shared with the fixture check script
import { expectedOf } from '../scripts/pdf-producers/expected.mjs';

const DIR = join(__dirname, 'fixtures', 'pdf-producers');
const configDir = mkdtempSync(join(tmpdir(), 'vo-lines-producers-3-'));
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

interface ProducerScript {
  name: string;
  voices: Record<string, { color?: string; highlight?: string }>;
  unassigned: string[];
}

const scriptOf = (pdf: string) => JSON.parse(readFileSync(join(DIR, pdf.replace(/\.pdf$/, '.json')), 'utf8')) as ProducerScript;

async function read(pdf: string) {
  const script = scriptOf(pdf);
  const config = join(configDir, `${script.name}.json`);
  writeFileSync(config, JSON.stringify({ voices: script.voices, unassigned: script.unassigned }));
  const { report } = await analyse(join(DIR, pdf), { config });
  const got: Record<string, { lines: string[]; words: number }> = {};
  for (const v of report.voices) got[v.name] = { lines: v.lines.map((l) => l.text), words: v.words };
  got['(unassigned)'] = { lines: report.unassigned.lines.map((l) => l.text), words: report.unassigned.words };
  return { report, got, expected: expectedOf(script) as Record<string, { lines: string[]; words: number }> };
}

const readScript = async (pdf: string) => {
  const file = join(DIR, pdf);
  return readPdf(new Uint8Array(readFileSync(file)), file, {});
};

describe('text painted over by an opaque box drawn after it', () => {
  it('rl-covers-en.pdf: a white box over a line, a black redaction over a word, a sticker over a line with a new line on it, half a line under a white box are left out; shading drawn before, see-through and Multiply boxes, a strip over the letters’ feet, a box in the margin or in a hidden layer hide nothing', async () => {
    const { report, got, expected } = await read('rl-covers-en.pdf');
    expect(got).toEqual(expected);
    for (const v of report.voices) expect([v.name, v.lineCount]).toEqual([v.name, expected[v.name].lines.length]);
    const covered = report.warnings.filter((w) => w.code === 'covered-text').map((w) => w.message);
    expect(covered).toEqual([
      'Text on page 1 is painted over by an opaque box drawn after it (a redaction, a sticker, a cover block): a reader does not see it, and vo-lines left it out (17 words: "This line was cut and painted out. SWORDFISH We leave on Monday at dawn. no, …"). Check those lines by eye.',
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
    ]);
  });

  it('chromium-covers-en.pdf: Chromium, absolutely positioned boxes: a white sticker and a cover block (its own text read) hide what is under them; a z-index −1 panel, an opacity 0.5 veil and an rgba() box do not', async () => {
    const { report, got, expected } = await read('chromium-covers-en.pdf');
    expect(got).toEqual(expected);
    expect(report.warnings.map((w) => w.code)).toEqual(['covered-text']);
    expect(report.warnings[0]!.message).toContain('(12 words: "Listen first, then answer. Old answer: hang up and call back later.")');
  });
});
