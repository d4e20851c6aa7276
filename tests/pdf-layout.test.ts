/**
 * PDF layouts from real producers: two columns (pdfTeX), a landscape longtable with repeated
 * headers and rotated footers (XeTeX + pdflscape), storyboard tables with repeated header rows,
 * merged rows and rows broken over a page (LibreOffice, Chromium). Every voice's lines must come
 * out exactly as written (no break hyphens left, real ones kept), with the DOCX's cell locations.
 *
 * The committed PDFs are read always; when the producers are installed (always under CI=true),
 * the fixtures are also rebuilt into a temporary folder and checked the same way.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { countWords } from '../src/measure/words.js';
// @ts-expect-error plain JavaScript module shared with the fixture builder
import { FIXTURE_DIR, FIXTURES, buildLayoutFixtures, producers } from '../scripts/build-layout-fixtures.mjs';
// @ts-expect-error plain JavaScript module shared with the fixture builder
import { expectedLines, STORYBOARD_EN } from '../scripts/layout-scripts.mjs';

interface LayoutScript {
  name: string;
  voices: Record<string, { color?: string; highlight?: string }>;
  unassigned: string[];
}
interface Fixture {
  file: string;
  script: LayoutScript;
  producer: string;
}

const configDir = mkdtempSync(join(tmpdir(), 'vo-lines-layout-config-'));
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

function configFor(script: LayoutScript): string {
  const path = join(configDir, `${script.name}.json`);
  writeFileSync(path, JSON.stringify({ voices: script.voices, unassigned: script.unassigned }));
  return path;
}

/** What a narrator sees: each voice's lines (text and words), the unassigned lines, the totals. */
async function linesOf(file: string, script: LayoutScript) {
  const { report } = await analyse(file, { config: configFor(script) });
  const lines: Record<string, string[]> = {};
  for (const v of report.voices) lines[v.name] = v.lines.map((l) => l.text);
  lines['(unassigned)'] = report.unassigned.lines.map((l) => l.text);
  return { report, lines };
}

function expectedOf(script: LayoutScript): Record<string, string[]> {
  const expected = expectedLines(script) as Record<string, string[]>;
  for (const voice of Object.keys(script.voices)) expected[voice] ??= [];
  expected['(unassigned)'] ??= [];
  return expected;
}

function checkFixture(dir: () => string, fixture: Fixture) {
  it(`${fixture.file}: every voice's exact lines, words and line counts`, async () => {
    const { report, lines } = await linesOf(join(dir(), fixture.file), fixture.script);
    const expected = expectedOf(fixture.script);
    expect(lines).toEqual(expected);
    for (const v of report.voices) {
      expect([v.name, v.lineCount, v.words]).toEqual([v.name, expected[v.name].length, expected[v.name].reduce((n, l) => n + countWords(l), 0)]);
    }
  });
}

describe('PDF layouts: committed fixtures', () => {
  for (const fixture of FIXTURES as Fixture[]) checkFixture(() => FIXTURE_DIR, fixture);
});

describe('PDF layouts: the same script as DOCX, LibreOffice PDF and Chromium PDF', () => {
  it('gives the same lines with the same cell locations', async () => {
    const view = async (file: string) => {
      const { report } = await analyse(file, { config: configFor(STORYBOARD_EN) });
      return report.voices.map((v) => ({ name: v.name, words: v.words, lines: v.lines.map((l) => [l.text, l.location.cell ?? null]) }));
    };
    const docx = await view(join(FIXTURE_DIR, 'storyboard-en.docx'));
    expect(await view(join(FIXTURE_DIR, 'storyboard-en-lo.pdf'))).toEqual(docx);
    expect(await view(join(FIXTURE_DIR, 'storyboard-en-chromium.pdf'))).toEqual(docx);
  });
});

// Fresh producer output: the reader is proven on what today's producers write, not only on bytes
// committed once. Under CI=true a missing producer is a failure (.ci/run installs them).
const have = producers() as Record<string, string | null>;
const missing = (FIXTURES as Fixture[]).filter((f) => !have[f.producer]).map((f) => `${f.file} needs ${f.producer}`);
describe('PDF layouts: fixtures rebuilt by the producers on this machine', () => {
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vo-lines-layout-'));
    await buildLayoutFixtures(dir);
  }, 300_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!process.env.CI)('every producer is installed (CI installs them in .ci/run)', () => {
    expect(missing).toEqual([]);
  });
  for (const fixture of FIXTURES as Fixture[]) {
    if (have[fixture.producer]) checkFixture(() => dir, fixture);
  }
});
