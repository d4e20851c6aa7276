/**
 * A spot's length on a line of its own under its title (`Durée : 30 secondes`, `Duration: 20 s`,
 * `:15`, `(30 sec)`, a table cell): the spot's target, never a section of its own — as one, it held
 * the same lines as the spot above it and a studio adding up the spots counted them twice.
 * Fixtures: tests/fixtures/labels/radio-labels-fr.* (read by its speaker labels, after `init`) and
 * tests/fixtures/sections/lengths/spot-lengths.* (scripts/build-length-fixtures.mjs).
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { durationIn, durationLine, isSpotMarker } from '../src/measure/sections.js';
import { buildReport } from '../src/measure/report.js';
import { readScriptBytes } from '../src/readers/index.js';
import { parseConfig } from '../src/config/parse.js';
import { castScript } from '../src/attribute/cast-script.js';
import { buildDocx, r } from './helpers/docx-builder.js';
import { ROOT, runCli } from './helpers/cli.js';

interface JsonVoice { name: string; lineCount: number; words: number; spokenWords: number }
interface JsonSection { title: string; location: { paragraph: number; page?: number }; level: number; source: string; targetSeconds: number | null; targetFrom: string | null; words: number; voices: JsonVoice[] }
interface JsonSummary { recorded: { words: number }; sections: JsonSection[]; warnings: { code: string; message: string }[] }

const summary = (file: string, cwd = ROOT) => {
  const result = runCli(['summary', file, '--json'], cwd);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as JsonSummary;
};
const brief = (s: JsonSection) => [s.title, s.location.paragraph, s.level, s.targetSeconds, s.targetFrom, Object.fromEntries(s.voices.map((v) => [v.name, v.words]))];
/** The outermost sections hold every recorded word once. */
const outermostWords = (report: JsonSummary) => report.sections.filter((s) => s.level === 1).reduce((sum, s) => sum + s.words, 0);

describe('a length on a line of its own (pure)', () => {
  it.each([
    ['Durée : 30 secondes', 30],
    ['Durée\u00A0: 30 secondes', 30],
    ['Duration: 30 s', 30],
    ['DURATION: 30 SEC.', 30],
    ['Spot length: :30', 30],
    ['Durée du spot : 1 minute', 60],
    [':30', 30],
    ['0:30', 30],
    ['1:30', 90],
    ['30 secondes', 30],
    ['(30 sec)', 30],
    ['[:15]', 15],
    ['(RADIO, 30")', 30],
    ['(TV :30)', 30],
    ['1 min 30', 90],
    ['1\'30"', 90],
  ])('%s gives %s s', (text, seconds) => {
    expect(durationLine(text)).toBe(seconds);
  });

  it.each([
    'MUSIC: accordion bed under, 30s',
    'SFX: hiss, 30 s',
    'Client : Boulangerie Martin',
    'SPOT 2 — :30',
    'Tag — 0:10',
    'Length: 2 s',
    'Durée : 30 secondes environ',
    'Hold for 10 seconds',
    '(Pause 10 s)',
    'ANNONCEUR : 30 secondes',
  ])('%s is no length line', (text) => {
    expect(durationLine(text)).toBeNull();
  });

  it('the seconds of 1\'30" in a title are not a 30-second target: the title gives a minute and a half', () => {
    expect(durationIn('SPOT 1 — 1\'30"')).toBe(90);
    expect(durationIn('Spot 3 : 30\'\'')).toBe(30);
  });

  it.each([
    ['Spot radio – Boulangerie Martin – Durée : 30 secondes', 30],
    ['SPOT 4 — Weekend — Duration: 20 s', 20],
    ['SPOT 6 — Tag — :15', 15],
    ['SPOT 8 — Sunday (30 sec)', 30],
  ])('on the title’s line: %s (target %s)', (text, seconds) => {
    expect(durationIn(text)).toBe(seconds);
    expect(isSpotMarker(text)).toBe(true);
  });
});

describe('radio-labels-fr (read by its speaker labels): « Durée : 30 secondes » is the spot’s length, not a second section', () => {
  it.each(['radio-labels-fr.docx', 'radio-labels-fr.pdf'])('%s', (file) => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-lengths-'));
    copyFileSync(join(ROOT, 'tests/fixtures/labels', file), join(dir, file));
    expect(runCli(['init', file], dir).code).toBe(0);
    const report = summary(file, dir);
    expect(report.sections.map(brief)).toEqual([
      ['Spot radio – Boulangerie Martin – 30 s', 1, 1, 30, 'heading', { ANNONCEUR: 27, CLIENTE: 13, BOULANGER: 3 }],
    ]);
    // Word's outline level in the DOCX; the larger type in LibreOffice's PDF.
    expect(report.sections[0]!.source).toBe(file.endsWith('.docx') ? 'outline' : 'font-size');
    expect(report.recorded.words).toBe(43);
    expect(outermostWords(report)).toBe(report.recorded.words);
    const text = runCli(['summary', file], dir).stdout;
    expect(text).toContain('Sections (1):');
    expect(text).not.toContain('Durée : 30 secondes ·');
  });
});

describe('spot-lengths: every way a writer gives a spot’s length, DOCX and PDF', () => {
  const expected = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/sections/lengths/expected.json'), 'utf8')) as {
    spots: { title: string; targetSeconds: number | null; voices: Record<string, number> }[];
  };

  it.each(['docx', 'pdf'])('%s: twelve spots, each with its target and its voices’ words; none twice', (format) => {
    const report = summary(`tests/fixtures/sections/lengths/spot-lengths.${format}`);
    expect(report.warnings).toEqual([]);
    expect(report.sections.map((s) => [s.title.replace(/\u00A0/g, ' '), s.location.paragraph, s.targetSeconds])).toEqual([
      ['SPOT 1 — Le pain du matin', 2, 30], // `Client : …` then `Durée : 30 secondes` on lines of their own
      ['SPOT 2 — Les croissants — Durée : 30 secondes', 7, 30],
      ['SPOT 3 — Morning ferry', 10, 20], // `Duration: 20 s`
      ['SPOT 4 — Weekend — Duration: 20 s', 14, 20],
      ['SPOT 5 — Night shift', 16, 15], // `MUSIC: accordion bed under, 30s` (no length of the spot), then `:15`
      ['SPOT 6 — Tag — :15', 21, 15],
      ['SPOT 7 — Last call', 23, 30], // `(30 sec)`
      ['SPOT 8 — Sunday (30 sec)', 26, 30],
      ['SPOT 9 — Les soldes', 28, 30], // `Durée : 30 secondes` in the cell beside
      ['SPOT 10 — La rentrée', 33, 30], // `30 secondes` in the cell under `Durée`
      ['SPOT 11 — Summer', 37, 30], // `:30` in the cell under
      ['SPOT 12 — Merci', 41, null],
    ]);
    expect(report.sections.map((s) => ({ title: s.title.replace(/\u00A0/g, ' '), targetSeconds: s.targetSeconds, voices: Object.fromEntries(s.voices.map((v) => [v.name, v.words])) }))).toEqual(expected.spots);
    expect(report.sections.every((s) => s.level === 1 && s.source === 'spot-marker')).toBe(true);
    expect(report.recorded.words).toBe(102);
    expect(outermostWords(report)).toBe(102);
  });
});

describe('a length under a heading (in-memory DOCX)', () => {
  const BLUE = '<w:color w:val="0070C0"/>';
  const CONFIG = { voices: { Narrator: { color: '#0070C0' } }, unassigned: ['#000000'], wpm: 150 };
  const para = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${r(text)}</w:p>`;
  const say = (text: string) => `<w:p>${r(text, BLUE)}</w:p>`;
  const styles =
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/></w:style>';
  const read = async (body: string, config: Record<string, unknown> = CONFIG) => {
    const script = await readScriptBytes(buildDocx({ body, styles }), 'test.docx');
    const map = parseConfig(config, 'cfg.json').voiceMap;
    const report = buildReport(castScript(script, map), { configWpm: map.wpm });
    return { sections: report.sections.map((s) => [s.title, s.level, s.targetSeconds, s.words]), warnings: report.warnings.filter((w) => w.code !== 'language-unknown').map((w) => [w.code, w.message]) };
  };

  it('under a heading style, the length is its target; after a voice line it is not the heading’s', async () => {
    const body =
      para('Écran 1 — Accueil', '<w:pStyle w:val="H2"/>') + para('Durée : 20 secondes') + say('Bonjour à tous.') +
      para('Écran 2 — Suite', '<w:pStyle w:val="H2"/>') + say('Et voilà.') + para('Durée : 20 secondes') + say('La suite.');
    expect(await read(body)).toEqual({
      sections: [
        ['Écran 1 — Accueil', 1, 20, 3],
        // Said after a voice line, the length names no heading above: it stays a spot marker, as before.
        ['Écran 2 — Suite', 1, null, 4],
        ['Durée : 20 secondes', 2, 20, 2],
      ],
      warnings: [],
    });
  });

  it('a document title with a length under it times the whole script', async () => {
    const body = para('Boulangerie Martin', '<w:pStyle w:val="Title"/>') + para('Durée : 30 secondes') + say('Le pain sort du four.');
    expect((await read(body)).sections).toEqual([['Boulangerie Martin', 1, 30, 5]]);
  });

  it('two different lengths for one spot: the title’s is the target, with a warning; the config settles it', async () => {
    const body = para('SPOT 1 — :30') + para('Durée : 45 secondes') + say('Un deux trois.');
    expect(await read(body)).toEqual({
      sections: [['SPOT 1 — :30', 1, 30, 3]],
      warnings: [
        [
          'section-lengths-differ',
          'Section "SPOT 1 — :30" (¶1) gives two lengths: 0:30 in its title, 0:45 in ¶2 ("Durée : 45 secondes"); the section is timed against the first, 0:30. If that is not the length to record, set it in the config: sections: {"SPOT 1 — :30": {maxSeconds: …}}.',
        ],
      ],
    });
    expect(await read(body, { ...CONFIG, sections: { 'SPOT 1': { maxSeconds: 45 } } })).toEqual({ sections: [['SPOT 1 — :30', 1, 45, 3]], warnings: [] });
  });
});
