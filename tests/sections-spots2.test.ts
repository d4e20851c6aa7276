/**
 * Spots, the leftovers: an agency's header block with no TITLE field opens a spot (named by its ISCI
 * code, else its product); opening hours in a spot's title are no unread length; a campaign heading in
 * a heading style with no line of its own holds the bold spot markers after it, whether its length
 * is in its title or in the config (it was their sibling, timed at 0 s); with no config, spot markers
 * in a colour group's text are said (`spots-unread`), not dropped in silence; a spot's first line has
 * no cue from the spot before. Fixtures: tests/fixtures/sections/spots (scripts/build-spot-fixtures.mjs,
 * shapes fields, hours, campaign), tests/fixtures/sections/harbor-coffee.*; times worked out by hand
 * at 150 wpm (spots) and the commercial pace (harbor-coffee).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unreadLength } from '../src/measure/sections.js';
import { analyse } from '../src/pipeline.js';
import { boothScript } from '../src/render/sides.js';
import { ROOT, runCli } from './helpers/cli.js';

const DIR = join(ROOT, 'tests', 'fixtures', 'sections', 'spots');
const SECTIONS = join(ROOT, 'tests', 'fixtures', 'sections');
const PRODUCERS = ['.docx', '-lo.docx', '.pdf', '-chromium.pdf'];

interface JsonWarning { code: string; message: string; location?: { paragraph: number }; details?: Record<string, unknown> }
interface JsonSection { title: string; level: number; targetSeconds: number | null; targetFrom: string | null; seconds: number; voices: { name: string; words: number }[] }
interface JsonSummary { sections: JsonSection[]; warnings: JsonWarning[] }
interface JsonLines { voices: { name: string; lines: { text: string; location: { paragraph: number }; cue: { voice: string | null; text: string } | null }[] }[] }

const run = (args: string[], cwd = DIR) => {
  const result = runCli(args, cwd);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as unknown;
};
const summary = (file: string, ...more: string[]) => run(['summary', file, '--json', ...more]) as JsonSummary;
/** Each section as [title, level, target, seconds, ANNCR's words, WOMAN's words]. */
const brief = (report: JsonSummary) =>
  report.sections.map((s) => [s.title, s.level, s.targetSeconds, s.seconds, ...['ANNCR', 'WOMAN'].map((v) => s.voices.find((x) => x.name === v)?.words ?? 0)]);
const codes = (report: JsonSummary) => report.warnings.map((w) => w.code);

describe('an agency header block with no TITLE field opens a spot', () => {
  it.each(PRODUCERS)('fields%s: named by its ISCI code, else its product; timed by its LENGTH field', (suffix) => {
    const report = summary(`fields${suffix}`);
    expect(brief(report)).toEqual([
      ['ACME0002H', 1, 30, 4.4, 10, 1],
      ['ACME0003H', 1, 15, 2.4, 6, 0],
      ['Garden', 1, 60, 1.6, 0, 4],
      // A length on a line of its own after speech, with no field beside it, is a spot marker as before.
      ['Length: :20', 1, 20, 1.6, 4, 0],
      // A block under a marker gives the marker its length: no spot of its own.
      ['SPOT 4', 1, 20, 1.2, 0, 3],
    ]);
    expect(codes(report)).not.toContain('section-lengths-differ');
  });
});

describe('opening hours in a spot title are no length', () => {
  it.each(PRODUCERS)('hours%s: `Spot 2 — Open 9:00–17:00` has no target and no section-length-unread', (suffix) => {
    const report = summary(`hours${suffix}`);
    expect(brief(report)).toEqual([
      ['SPOT 1 — :30', 1, 30, 2, 5, 0],
      ['Spot 2 — Open 9:00–17:00', 1, null, 2, 5, 0],
      ['SPOT 3 — Open 9:00', 1, null, 1.6, 0, 4],
      ['SPOT 4 — 8:00 am–6:00 pm', 1, null, 2.4, 6, 0],
    ]);
    expect(codes(report)).not.toContain('section-length-unread');
  });

  it.each([
    ['Spot 2 — Open 9:00–17:00', null],
    ['SPOT 3 — Open 9:00', null],
    ['SPOT 4 — 8:00 am–6:00 pm', null],
    ['Spot 5 — Mon–Fri, 9:00–17:30', null],
    ['SPOT 12 — 0:30:00', '0:30:00'],
    ['SPOT 6 — Open 9:00 — 0:30:00', '0:30:00'],
    ['SPOT 7 — 9:00–17:00 — 0:30:00', '0:30:00'],
  ])('unreadLength(%s) is %s', (text, unread) => {
    expect(unreadLength(text)).toBe(unread);
  });
});

describe('a campaign heading with no line of its own holds the spot markers after it', () => {
  const expected = (drive: number | null) => [
    ['Acme Drive campaign', 1, drive, 32, 50, 30],
    ['SPOT 1 — :30', 2, 30, 20, 50, 0],
    ['SPOT 2 — :15', 2, 15, 12, 0, 30],
    // `45 sec` in its title and `Duration: 60 sec` under it: a container is timed by neither, and says nothing of two lengths.
    ['Acme Summer campaign — 45 sec', 1, null, 32, 40, 40],
    ['SPOT 3 — :30', 2, 30, 16, 40, 0],
    ['SPOT 4 — :30', 2, 30, 16, 0, 40],
  ];
  it.each(PRODUCERS)('campaign%s: the spots are under their campaign (they were its siblings, the campaign 0 s of 45)', (suffix) => {
    const report = summary(`campaign${suffix}`);
    expect(brief(report)).toEqual(expected(null));
    expect(codes(report)).not.toContain('section-lengths-differ');
  });
  it.each(PRODUCERS)('campaign%s with a config target for the campaign: still their container, timed by the config (all its spots)', (suffix) => {
    const report = summary(`campaign${suffix}`, '--config', 'campaign.config.json');
    expect(brief(report)).toEqual(expected(30));
    expect(report.sections[0]!.targetFrom).toBe('config');
  });
});

describe('with no config, spot markers in a colour group are said (spots-unread)', () => {
  const HARBOR_MARKERS = ['SPOT 1 — :30', 'SPOT 2 — “Morning Rush” (RADIO, 30")', 'SPOT 3 — Iced Tag — 15s', 'SPOT 4 — “Night Shift” (TV) — 60 sec', 'SPOT 5 — Loyalty — 0:30'];
  it.each(['harbor-coffee.docx', 'harbor-coffee.pdf'])('%s: the five black bold markers, in the colour group #000000 black', (file) => {
    const report = run(['summary', file, '--json', '--no-config'], SECTIONS) as JsonSummary;
    expect(report.sections).toEqual([]);
    const said = report.warnings.filter((w) => w.code === 'spots-unread');
    expect(said.map((w) => [w.location?.paragraph, w.details])).toEqual([[4, { texts: HARBOR_MARKERS, count: 5, groups: ['#000000 black'] }]]);
    // The place as every warning says it: the PDF's with its page.
    expect(said[0]!.message).toBe(
      `"SPOT 1 — :30" (${file.endsWith('.pdf') ? 'p.1 ¶4' : '¶4'}) and 4 more look like spots’ titles or lengths, but no voices are named (no config, no legend), so they are read as the text of the colour group #000000 black: the script is not divided into spots there, and no spot is timed against its length. Spot markers like these will be read once the voices are named (vo-lines init writes a config).`,
    );
  });

  it('with its config, the same script has its five spots and no such warning', () => {
    const report = run(['summary', 'harbor-coffee.docx', '--json'], SECTIONS) as JsonSummary;
    expect(report.sections.map((s) => s.title)).toEqual(HARBOR_MARKERS);
    expect(codes(report)).not.toContain('spots-unread');
  });

  it('a heading-styled spot is found with no config; the markers and lengths in black beside it are said', () => {
    const report = summary('nest.docx', '--no-config');
    expect(report.sections.map((s) => s.title)).toEqual(['Spot A — Breakfast', 'Spot D — Dessert', 'Spot E — Late']);
    expect(report.warnings.filter((w) => w.code === 'spots-unread').map((w) => w.details)).toEqual([
      { texts: ['Length: :15', 'SPOT B — Lunch — :30', 'SPOT C — :45', 'Length: :20', 'Durée : 15 secondes'], count: 5, groups: ['#000000 black'] },
    ]);
  });

  it('a script with no spot marker says nothing of spots with no config', () => {
    for (const file of ['samples/en-commercial/spring-sale.docx', 'samples/fr-elearning/module-securite.docx']) {
      expect([file, codes(run(['summary', file, '--json', '--no-config'], ROOT) as JsonSummary).includes('spots-unread')]).toEqual([file, false]);
    }
  });
});

describe('a spot’s first line has no cue from the spot before', () => {
  const cues = (voice: string) => {
    const lines = run(['lines', 'harbor-coffee.docx', '--json'], SECTIONS) as JsonLines;
    return lines.voices.find((v) => v.name === voice)!.lines.map((l) => [l.location.paragraph, l.cue?.text ?? null]);
  };
  it('lines --json: SPOT 2, 3 and 5 open with no cue; the cues inside a spot stay', () => {
    expect(cues('Customer')).toEqual([
      [7, 'Morning! The usual?'],
      // SPOT 2's first line: the Announcer's tag before it closes SPOT 1.
      [13, null],
      [16, 'The Harbor Coffee app. Skip the line, keep the ferry, and earn a free drink every tenth cup. Download it today on iPhone or Android.'],
      [27, 'Long night? This one is on the house.'],
      // SPOT 5's first line: the Announcer's line before it closes SPOT 4.
      [34, null],
    ]);
    // SPOT 3's first line: Customer's `Made it!` closes SPOT 2.
    expect(cues('Announcer').find(([paragraph]) => paragraph === 18)).toEqual([18, null]);
  });

  it('the booth script: SPOT 2’s heading, then Customer’s line with no cue', async () => {
    const { report } = await analyse(join(SECTIONS, 'harbor-coffee.docx'));
    const customer = report.voices.find((v) => v.name === 'Customer')!;
    const blocks = boothScript(report, customer, { date: '2025-06-12', script: 'harbor-coffee.docx' }).blocks;
    const shown = blocks.map((b) => (b.kind === 'heading' ? b.title : [b.location, b.cue?.text ?? null]));
    expect(shown.slice(2, 5)).toEqual(['SPOT 2 — “Morning Rush” (RADIO, 30")', ['¶13', null], ['¶16', 'The Harbor Coffee app. Skip the line, keep the ferry, and earn a free drink every tenth cup. Download it today on iPhone or Android.']]);
  });

  it('screens with no target keep the cue from the screen before (module-securite: the README’s Écran 2)', async () => {
    const { report } = await analyse(join(ROOT, 'samples', 'fr-elearning', 'module-securite.docx'));
    const lines = report.voices.flatMap((v) => v.lines).sort((a, b) => a.location.paragraph - b.location.paragraph);
    // The first voice line after each screen's heading but the first, and its cue's speaker.
    const opening = report.sections.slice(1).map((s) => lines.find((l) => l.location.paragraph > s.location.paragraph)!);
    expect(opening.map((l) => [l.location.paragraph, l.cue?.voice ?? null])).toEqual([
      [14, 'Formatrice'],
      [19, 'Formatrice'],
      [26, null],
      [38, null],
      [47, 'Formatrice'],
      [54, 'Narrateur'],
    ]);
  });
});
