/**
 * Chromium PDFs of hand-written HTML scripts (scripts/pdf-producers/chromium_heading_pitch.py): the
 * body in a column narrower than the page, one paragraph alone wrapping, scene headings (`<h2>`) a
 * size step above the body in the same block of lines. The body's line pitch is read from its own
 * lines next to each other, the headings between them no matter: before, the block was passed over
 * for not being of one size, no pitch was known, the text was taken for one that never wraps and
 * the wrapped paragraph split in two ("… with powered" / "trucks.", Narrator 3 lines for 2).
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
const configDir = mkdtempSync(join(tmpdir(), 'vo-lines-heading-pitch-'));
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

interface ProducerScript {
  name: string;
  voices: Record<string, { color?: string }>;
  unassigned: string[];
}

describe('a heading a size step up in the body’s block: the body keeps its line pitch', () => {
  it.each(['chromium-heading-pitch-en', 'chromium-heading-pitch-fr'])('%s.pdf: every voice’s lines and words as the script’s data gives them', async (name) => {
    const script = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as ProducerScript;
    const config = join(configDir, `${name}.json`);
    writeFileSync(config, JSON.stringify({ voices: script.voices, unassigned: script.unassigned }));
    const { report } = await analyse(join(DIR, `${name}.pdf`), { config });
    const got: Record<string, { lines: string[]; words: number }> = {};
    for (const v of report.voices) got[v.name] = { lines: v.lines.map((l) => l.text), words: v.words };
    got['(unassigned)'] = { lines: report.unassigned.lines.map((l) => l.text), words: report.unassigned.words };
    expect(got).toEqual(expectedOf(script));
  });

  it('chromium-heading-pitch-en.pdf: the wrapped paragraph is one, 17 words (16 and 1 before)', async () => {
    const texts = (await readScript(join(DIR, 'chromium-heading-pitch-en.pdf'))).paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
    expect(texts).toContain("Over the next twelve minutes, you'll learn how to share the warehouse floor safely with powered trucks.");
    expect(texts).not.toContain('trucks.');
    expect(texts).toHaveLength(11);
  });
});
