/**
 * Legends with no config (issue 9): each fixture of tests/fixtures/legends/ (built by
 * scripts/build-legend-fixtures.mjs, see its README) read as DOCX, as the committed LibreOffice PDF,
 * and — when soffice is installed, always in CI — as a PDF exported again from the DOCX right now.
 * Every voice, colour, line and word count is exact; a legend that must not be trusted falls back to
 * colour groups with a `legend-rejected` warning that says why.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport, type Report } from '../src/measure/report.js';
import { readScript } from '../src/readers/index.js';
import { castScript } from '../src/attribute/cast-script.js';

const dir = fileURLToPath(new URL('./fixtures/legends/', import.meta.url));

interface VoiceExpectation {
  lines: string[];
  words: number;
  spokenWords: number;
}

interface Fixture {
  file: string;
  shape: string;
  legend?: {
    kind: string;
    paragraphs: number[];
    text: string;
    voices: { name: string; colors: string[]; highlights: string[] }[];
    unassigned: { colors: string[]; highlights: string[] };
  };
  voices?: Record<string, VoiceExpectation>;
  unassigned?: { lines: string[]; words: number };
  recorded?: { words: number; spokenWords: number };
  rejected?: { paragraphs: number[]; text: string; reasons: string[] };
  groups?: Record<string, { lines: number; words: number }>;
  totalWords: number;
}

const { fixtures } = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { fixtures: Fixture[] };

async function reportOf(path: string): Promise<Report> {
  const script = await readScript(path);
  return buildReport(castScript(script, null));
}

function checkAccepted(report: Report, fixture: Fixture, pdf: boolean): void {
  const legend = fixture.legend!;
  expect(report.mode).toBe('legend');
  expect(report.warnings.filter((w) => w.code === 'legend-rejected')).toEqual([]);
  expect(report.legend).toMatchObject({
    kind: legend.kind,
    location: { story: 'body', paragraph: legend.paragraphs[0], ...(pdf ? { page: 1 } : {}) },
    text: legend.text,
    voices: legend.voices,
    unassigned: legend.unassigned,
  });
  expect(report.voices.map((v) => v.name)).toEqual(legend.voices.map((v) => v.name));
  for (const voice of report.voices) {
    const expected = fixture.voices![voice.name]!;
    expect({ name: voice.name, lines: voice.lines.map((l) => l.text), words: voice.words, spokenWords: voice.spokenWords }).toEqual({ name: voice.name, ...expected });
  }
  expect(report.unassigned.words).toBe(fixture.unassigned!.words);
  expect(report.unassigned.lines.map((l) => l.text)).toEqual(fixture.unassigned!.lines);
  expect(report.total.words).toBe(fixture.totalWords);
  const seconds = Math.round(report.voices.reduce((sum, v) => sum + v.seconds, 0) * 10) / 10;
  expect(report.recorded).toEqual({ ...fixture.recorded!, seconds });
  // The legend is no script line: none of its paragraphs is a line.
  const lines = [...report.voices.flatMap((v) => v.lines), ...report.unassigned.lines];
  expect(lines.filter((l) => legend.paragraphs.includes(l.location.paragraph))).toEqual([]);
}

function checkRejected(report: Report, fixture: Fixture, pdf: boolean): void {
  const rejected = fixture.rejected!;
  expect(report.mode).toBe('colours');
  expect(report.legend).toBeNull();
  expect(report.recorded).toBeNull();
  const warnings = report.warnings.filter((w) => w.code === 'legend-rejected');
  expect(warnings).toHaveLength(1);
  const warning = warnings[0]!;
  expect(warning.location).toMatchObject({ story: 'body', paragraph: rejected.paragraphs[0], ...(pdf ? { page: 1 } : {}) });
  expect(warning.message).toContain(`The legend at ${pdf ? 'p.1 ' : ''}¶${rejected.paragraphs[0]}`);
  expect(warning.message).toContain(rejected.text);
  expect((warning.details as { reasons: { code: string }[] }).reasons.map((r) => r.code)).toEqual(rejected.reasons);
  const groups = Object.fromEntries(
    report.voices.map((v) => [v.highlights.length ? `${v.highlights[0]} background` : v.colors[0], { lines: v.lineCount, words: v.words }]),
  );
  expect(groups).toEqual(fixture.groups);
}

function check(report: Report, fixture: Fixture, pdf: boolean): void {
  if (fixture.legend) checkAccepted(report, fixture, pdf);
  else checkRejected(report, fixture, pdf);
}

describe('legend fixtures: the DOCX files', () => {
  it('there are at least 8 legend shapes and 3 legends that must be rejected', () => {
    expect(fixtures.filter((f) => f.legend).length).toBeGreaterThanOrEqual(8);
    expect(fixtures.filter((f) => f.rejected).map((f) => f.rejected!.reasons[0])).toEqual(['same-colour', 'same-colour', 'colour-not-used']);
  });
  it.each(fixtures.map((f) => [f.file.replace(/\.docx$/, ''), f] as const))('%s', async (_name, fixture) => {
    check(await reportOf(join(dir, fixture.file)), fixture, false);
  });
});

describe('legend fixtures: the PDF files LibreOffice exported from them (committed)', () => {
  it.each(fixtures.map((f) => [f.file.replace(/\.docx$/, '.pdf'), f] as const))('%s', async (name, fixture) => {
    check(await reportOf(join(dir, name)), fixture, true);
  });
});

/** soffice on PATH, and a profile of our own so a running soffice cannot turn the export into a no-op. */
function soffice(): boolean {
  return spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
}

describe('legend fixtures: PDFs exported again from the DOCX by the LibreOffice installed here', () => {
  const present = soffice();
  const temp = mkdtempSync(join(tmpdir(), 'vo-lines-legend-pdf-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it.skipIf(!present && !process.env.CI)('LibreOffice is installed (CI installs it), and exports every fixture', () => {
    expect(present).toBe(true);
    const docx = readdirSync(dir).filter((f) => f.endsWith('.docx')).map((f) => join(dir, f));
    const profile = pathToFileURL(join(temp, 'profile')).href;
    const result = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(temp, 'pdf'), ...docx], { encoding: 'utf8', timeout: 240_000 });
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(join(temp, 'pdf')).sort()).toEqual(docx.map((f) => f.replace(/^.*\//, '').replace(/\.docx$/, '.pdf')).sort());
  }, 300_000);

  it.skipIf(!present && !process.env.CI).each(fixtures.map((f) => [f.file.replace(/\.docx$/, '.pdf'), f] as const))('%s', async (name, fixture) => {
    const path = join(temp, 'pdf', name);
    expect(existsSync(path), `${name} was not exported`).toBe(true);
    check(await reportOf(path), fixture, true);
  });
});
