/**
 * Spots, the leftovers of labels7. Fixtures: tests/fixtures/sections/spots/keys.* (scripts/build-spot-fixtures.mjs,
 * shape keys: Word-like DOCX, LibreOffice's PDF and DOCX, Chromium's PDF) with keys.config.json, and
 * tests/fixtures/sections/harbor-coffee.* under a config making black a voice.
 *
 * - A config's `sections` key names the sections whose title is the key (case and spaces aside), else the one
 *   title it starts before a sign (`SPOT 2 — …`); a key starting two titles or more (`Radio` before `Radio campaign
 *   — 45 sec` and `RADIO :60`; `Spot 2` before `Spot 2 — Breakfast — :30` and `Spot 2 — Lunch — :20`) names none of
 *   them and is said (`section-target-ambiguous`). Before: every title it started took its target (the campaign
 *   timed against 50 s with all its spots, 88 s; `RADIO :60` against 50 s, not its own 60; both spot 2s 25 s).
 * - Spot markers in a named voice's colour (a config making black a voice, the markers black) are that voice's
 *   words, no spot's title: said (`spot-markers-voiced`), with the words they add. Before: nothing said, 25 words
 *   of titles in the announcer's count, no section.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';
import { tempConfigs } from './helpers/temp-configs.js';

const DIR = join(ROOT, 'tests', 'fixtures', 'sections', 'spots');
const SECTIONS = join(ROOT, 'tests', 'fixtures', 'sections');
const PRODUCERS = ['.docx', '-lo.docx', '.pdf', '-chromium.pdf'];
const { configOf } = tempConfigs('vo-sections-keys-');

interface JsonWarning { code: string; message: string; location?: { paragraph: number }; details?: Record<string, unknown> }
interface JsonSection { title: string; level: number; targetSeconds: number | null; targetFrom: string | null; seconds: number }
interface JsonSummary { voices: { name: string; words: number }[]; sections: JsonSection[]; warnings: JsonWarning[] }

const summary = (file: string, config: string): JsonSummary => {
  const result = runCli(['summary', file, '--json', '--config', config]);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as JsonSummary;
};

describe("a config's section key: the whole title, or the one title it starts", () => {
  it.each(PRODUCERS)('keys%s: "Radio" and "Spot 2" start two titles each and name none; "tv  :15" names TV :15; "Breakfast" names none', (suffix) => {
    const report = summary(join(DIR, `keys${suffix}`), join(DIR, 'keys.config.json'));
    expect(report.sections.map((s) => [s.title, s.targetSeconds, s.targetFrom, s.seconds])).toEqual([
      ['RADIO :60', 60, 'heading', 40],
      ['Spot 2 — Breakfast — :30', 30, 'heading', 20],
      ['Spot 2 — Lunch — :20', 20, 'heading', 16],
      ['TV :15', 10, 'config', 12],
    ]);
    const ambiguous = report.warnings.filter((w) => w.code === 'section-target-ambiguous');
    // A PDF's place has its page (p.1 ¶1), a DOCX's its paragraph only.
    const p = suffix.endsWith('.pdf') ? 'p.1 ' : '';
    expect(ambiguous.map((w) => w.message)).toEqual([
      `The config sets a target of 0:50 for section "Radio", but the titles of 2 sections start with it, "Radio campaign — 45 sec" (${p}¶1) and "RADIO :60" (${p}¶2): the target is given to neither, for which one it is for is not clear. Name the section by its whole title in the config (sections: {"Radio campaign — 45 sec": {maxSeconds: 50}}).`,
      `The config sets a target of 0:25 for section "Spot 2", but the titles of 2 sections start with it, "Spot 2 — Breakfast — :30" (${p}¶4) and "Spot 2 — Lunch — :20" (${p}¶6): the target is given to neither, for which one it is for is not clear. Name the section by its whole title in the config (sections: {"Spot 2 — Breakfast — :30": {maxSeconds: 25}}).`,
    ]);
    expect(ambiguous.map((w) => w.details)).toEqual([
      { section: 'Radio', maxSeconds: 50, sections: ['Radio campaign — 45 sec', 'RADIO :60'] },
      { section: 'Spot 2', maxSeconds: 25, sections: ['Spot 2 — Breakfast — :30', 'Spot 2 — Lunch — :20'] },
    ]);
    // A key naming no title is still unknown-section; the ambiguous ones are not said again as unknown.
    expect(report.warnings.filter((w) => w.code === 'unknown-section').map((w) => w.details!.section)).toEqual(['Breakfast']);
  });

  it('keys.docx: a whole title names its section alone, even where a shorter key would start two', () => {
    const config = configOf('whole', {
      voices: { ANNCR: { label: 'ANNCR' }, WOMAN: { label: 'WOMAN' } },
      unassigned: ['#000000'],
      wpm: 150,
      sections: { 'spot 2 — lunch — :20': { maxSeconds: 15 }, 'Radio :60': { maxSeconds: 45 } },
    });
    const report = summary(join(DIR, 'keys.docx'), config);
    expect(report.sections.map((s) => [s.title, s.targetSeconds, s.targetFrom])).toEqual([
      ['RADIO :60', 45, 'config'],
      ['Spot 2 — Breakfast — :30', 30, 'heading'],
      ['Spot 2 — Lunch — :20', 15, 'config'],
      ['TV :15', 15, 'heading'],
    ]);
    expect(report.warnings.map((w) => w.code)).not.toContain('section-target-ambiguous');
    expect(report.warnings.map((w) => w.code)).not.toContain('unknown-section');
  });

  it('check keys.docx: each key given to no section is a section-time error, as a key naming none is', () => {
    const result = runCli(['check', join(DIR, 'keys.docx'), '--config', join(DIR, 'keys.config.json')]);
    expect(result.code).toBe(1);
    const errors = result.stdout.split('\n').filter((line) => line.startsWith('  error'));
    expect(errors.map((line) => line.replace(/^\s*error\s+section-time\s+/u, '').slice(0, 80))).toEqual([
      "TV :15: about 12 s to record (30 words spoken: WOMAN 12 s), over the config's ta",
      'The config sets a target of 0:50 for section "Radio", but the titles of 2 sectio',
      'The config sets a target of 0:25 for section "Spot 2", but the titles of 2 secti',
      'The config sets a target of 0:30 for section "Breakfast", but no section of the ',
    ]);
  });

  it('harbor-coffee.docx: "SPOT 2" starts one title and still names it (the README\'s example)', () => {
    const report = summary(join(SECTIONS, 'harbor-coffee.docx'), join(SECTIONS, 'vo-lines.config.json'));
    expect(report.sections.find((s) => s.title.startsWith('SPOT 2'))).toMatchObject({ targetSeconds: 20, targetFrom: 'config' });
  });
});

describe("spot markers in a named voice's colour", () => {
  const black = configOf('black', {
    voices: { Announcer: { color: '#000000' }, Barista: { color: '#C00000' }, Customer: { color: '#7030A0' }, Blue: { color: '#1F4E79' } },
    pace: 'commercial',
  });

  it.each(['harbor-coffee.docx', 'harbor-coffee.pdf'])('%s with black a voice: the five black spot markers are said, with their 25 words', (file) => {
    const report = summary(join(SECTIONS, file), black);
    expect(report.sections).toEqual([]);
    const said = report.warnings.find((w) => w.code === 'spot-markers-voiced')!;
    expect(said.message).toBe(
      `"SPOT 1 — :30" (${file.endsWith('.pdf') ? 'p.1 ' : ''}¶4) and 4 more look like spots’ titles or lengths, but they are in the colour of Announcer, so they are counted as Announcer's words (25 words, which are not read aloud): the script is not divided into spots there, and no spot is timed against its length. Set spot titles apart from the voice's text (a heading style, or a colour of no voice), or check Announcer's count.`,
    );
    expect(said.details).toEqual({
      texts: ['SPOT 1 — :30', 'SPOT 2 — “Morning Rush” (RADIO, 30")', 'SPOT 3 — Iced Tag — 15s', 'SPOT 4 — “Night Shift” (TV) — 60 sec', 'SPOT 5 — Loyalty — 0:30'],
      count: 5,
      voices: ['Announcer'],
      words: 25,
    });
    expect(report.warnings.map((w) => w.code)).not.toContain('spots-unread');
  });

  it('harbor-coffee.docx with black unassigned (its own config): no marker is a voice\'s, nothing said', () => {
    const report = summary(join(SECTIONS, 'harbor-coffee.docx'), join(SECTIONS, 'vo-lines.config.json'));
    expect(report.warnings.map((w) => w.code)).not.toContain('spot-markers-voiced');
    expect(report.sections.length).toBe(5);
  });
});
