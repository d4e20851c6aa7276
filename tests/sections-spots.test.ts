/**
 * Radio and TV spots found and placed right: spots side by side, never one inside another (a bold
 * `SPOT B — :30` after a Heading 2 spot); a heading holding spots is their container, not timed by a
 * length it names (`Acme Summer Radio — 3 × :30`, `Radio campaign — 45 sec`); `TV :15`, `RADIO :60`
 * are spots' titles, never a speaker `TV`; a time of day (`Doors open — 10:30`) and a timed cue
 * (`MUSIC UP — 10 sec`) are no spots; `SPOT 1 — 30 sec.` is a spot's title, not a sentence going on
 * with the speech above it. Each shape in a Word-like DOCX, LibreOffice's DOCX and PDF and Chromium's
 * PDF (tests/fixtures/sections/spots, scripts/build-spot-fixtures.mjs); the right sections worked out
 * by hand at 150 wpm.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { durationIn, isSpotMarker } from '../src/measure/sections.js';
import { openingLabel } from '../src/text/speaker-label.js';
import { ROOT, runCli } from './helpers/cli.js';

const DIR = join(ROOT, 'tests', 'fixtures', 'sections', 'spots');
const PRODUCERS = ['.docx', '-lo.docx', '.pdf', '-chromium.pdf'];

interface JsonSection { title: string; level: number; targetSeconds: number | null; seconds: number; voices: { name: string; words: number }[] }
interface JsonSummary { sections: JsonSection[]; warnings: { code: string }[] }

const summary = (file: string) => {
  const result = runCli(['summary', file, '--json'], DIR);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as JsonSummary;
};
/** Each section as [title, level, target, seconds, ANNCR's words, WOMAN's words]. */
const brief = (report: JsonSummary) =>
  report.sections.map((s) => [s.title, s.level, s.targetSeconds, s.seconds, ...['ANNCR', 'WOMAN'].map((v) => s.voices.find((x) => x.name === v)?.words ?? 0)]);

const EXPECTED: Record<string, unknown[][]> = {
  // Spot A (Heading 2, `Length: :15`) and the bold SPOT B after it are siblings; so are the bold SPOT C
  // and the Heading 2 spots after it.
  nest: [
    ['Spot A — Breakfast', 1, 15, 3.2, 8, 0],
    ['SPOT B — Lunch — :30', 1, 30, 12, 30, 0],
    ['SPOT C — :45', 1, 45, 3.2, 0, 8],
    ['Spot D — Dessert', 1, 20, 3.6, 9, 0],
    ['Spot E — Late', 1, 15, 1.6, 0, 4],
  ],
  // The campaign's `45 sec` is not its target: it holds two spots of :30 (48 s in all).
  container: [
    ['Radio campaign — 45 sec', 1, null, 48, 60, 60],
    ['Spot 1 — Morning — :30', 2, 30, 24, 60, 0],
    ['Spot 2 — Evening — :30', 2, 30, 24, 0, 60],
    ['Web campaign', 1, null, 2.4, 6, 0],
    ['SPOT 3 — :15', 2, 15, 2.4, 6, 0],
  ],
  // `3 × :30` counts the spots: the title is no section, each spot is 20 s of 30.
  title: [
    ['SPOT 1 — :30', 1, 30, 20, 50, 0],
    ['SPOT 2 — :30', 1, 30, 20, 50, 0],
    ['SPOT 3 — :30', 1, 30, 20, 0, 50],
  ],
  medium: [
    ['RADIO :60', 1, 60, 4.4, 6, 5],
    ['TV :15', 1, 15, 2, 4, 1],
    ['TV 30 sec', 1, 30, 2, 5, 0],
    ['TÉLÉ :30', 1, 30, 1.2, 0, 3],
  ],
  // Times of day in bold lines stay inside SPOT 1; `Tag — 0:10` is a spot.
  clock: [
    ['SPOT 1 — :30', 1, 30, 10.4, 26, 0],
    ['Tag — 0:10', 1, 10, 1.6, 0, 4],
  ],
  // Timed sound and music cues stay inside SPOT 1.
  cues: [['SPOT 1 — :30', 1, 30, 9.6, 24, 0]],
  // Each spot's header block: named by its TITLE field, timed by its LENGTH field.
  block: [
    ['Garden', 1, 30, 4.8, 8, 4],
    ['Kitchen', 1, 15, 4, 10, 0],
    ['Roadster', 1, 60, 2, 4, 1],
  ],
  unitstop: [
    ['SPOT 1 — 30 sec.', 1, 30, 1.6, 4, 0],
    ['Spot 2 – 30 Sek.', 1, 30, 1.6, 4, 0],
    ['SPOT 3 — 20 s.', 1, 20, 1.6, 4, 0],
    ['SPOT 4 — :15', 1, 15, 1.6, 4, 0],
  ],
};

describe('spots found and placed right, whoever made the file', () => {
  for (const [name, sections] of Object.entries(EXPECTED)) {
    it.each(PRODUCERS)(`${name}%s`, (suffix) => {
      expect(brief(summary(`${name}${suffix}`))).toEqual(sections);
    });
  }

  it('a spot title ending in a unit’s full stop does not go on with the speech above it', () => {
    for (const suffix of PRODUCERS) expect(summary(`unitstop${suffix}`).warnings.map((w) => w.code)).not.toContain('label-continued');
  });

  it('check: spots side by side, under a container or a counting title pass (exit 0)', () => {
    for (const name of ['nest', 'container', 'title']) {
      const result = runCli(['check', `${name}.docx`, '--format', 'json'], DIR);
      expect([name, result.code]).toEqual([name, 0]);
    }
  });

  it('init proposes no voice "TV" or "TÉLÉ" for the spots’ titles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-spots-init-'));
    copyFileSync(join(DIR, 'medium.docx'), join(dir, 'medium.docx'));
    const result = runCli(['init', 'medium.docx'], dir);
    expect(result.code).toBe(0);
    const config = readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8');
    expect([...config.matchAll(/^ {2}(\S+): \{ label: "([^"]+)" \}/gmu)].map((m) => m[2])).toEqual(['ANNCR', 'WOMAN']);
  });
});

describe('a marker with no line of its own over spots in a heading style is their title', () => {
  it('`Agency: … Two spots, :30 and :15` holds the two spots, untimed (it failed as 51.6 s of 30)', () => {
    const result = runCli(['summary', 'en-radio-parens-shading.docx', '--json', '--no-config'], join(ROOT, 'tests', 'fixtures', 'legends'));
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonSummary;
    expect(report.sections.map((s) => [s.title, s.level, s.targetSeconds, s.seconds])).toEqual([
      ['Agency: Fairweather & Lane · Job CCU-0412 · Two spots, :30 and :15', 1, null, 51.6],
      ['Spot one — "Umbrella" — :30', 2, 30, 39.2],
      ['Spot two — "Forecast" — :15', 2, 15, 12.4],
    ]);
  });
});

describe('lengths in minutes, and the ones that cannot be read', () => {
  it.each(PRODUCERS)('minutes%s: each read, `0:30:00` said (section-length-unread)', (suffix) => {
    const report = summary(`minutes${suffix}`);
    expect(brief(report)).toEqual([
      ['SPOT 1 — 1\'00"', 1, 60, 1.6, 4, 0],
      ['SPOT 2 — 1 min', 1, 60, 1.6, 4, 0],
      ['SPOT 3 — 1 min 30', 1, 90, 1.6, 4, 0],
      ['SPOT 4 — 20 sec. max', 1, 20, 1.6, 4, 0],
      ['Spot 5 - 30 secs', 1, 30, 1.6, 4, 0],
      ['SPOT 6 — 0:30:00', 1, null, 1.6, 4, 0],
    ]);
    const unread = report.warnings.filter((w) => w.code === 'section-length-unread') as unknown as { details: unknown }[];
    expect(unread.map((w) => w.details)).toEqual([{ section: 'SPOT 6 — 0:30:00', text: '0:30:00' }]);
  });
});

describe('unlabelled speech after SUPER:, LEGAL:, TAG: lines', () => {
  it.each(PRODUCERS)('supers%s: the reason is the label that stands between, not a heading', (suffix) => {
    const report = summary(`supers${suffix}`) as unknown as { warnings: { code: string; message: string; details: { reason: string; after: string | null; texts: string[] } }[] };
    const speech = report.warnings.filter((w) => w.code === 'unlabelled-speech');
    expect(speech.map((w) => [w.details.reason, w.details.after, w.details.texts])).toEqual([['after-label', 'TAG', ['Offer ends August 31. See dealer for details.']]]);
    expect(speech[0]!.message).toContain('(a line opening with "TAG:", which names no voice, stands between');
    expect(speech[0]!.message).not.toContain('a heading or a title');
  });
});

describe('spot markers and lengths (pure)', () => {
  it.each([
    ['TV :15', 15],
    ['RADIO :60', 60],
    ['TV 30 sec', 30],
    ['WEB — :15', 15],
    ['TÉLÉ :30', 30],
    ['SPOT 1 — 30 sec.', 30],
    ['Spot 2 – 30 Sek.', 30],
    ['SPOT 3 — 20 s.', 20],
    ['SPOT 1 — 2:00', 120],
    ['Tag — 0:10', 10],
    ['Long version — 1:30', 90],
    ["SPOT 1 — 1'00\"", 60],
    ['SPOT 8 — 1 min', 60],
    ['SPOT 11 — 20 sec. max', 20],
    ['Spot 2 — 2 minutes', 120],
  ])('%s is a spot of %s s', (text, seconds) => {
    expect(isSpotMarker(text)).toBe(true);
    expect(durationIn(text)).toBe(seconds);
  });

  it.each([
    'Doors open — 10:30',
    'Mon–Fri, 9:00–17:30',
    'Store hours — 8:00',
    'Open daily — 9:00 am',
    'Kickoff — 7:30 pm',
    'MUSIC UP — 10 sec',
    'Silence — 5 seconds',
    'Beat — 5 sec',
    'SOUND OF WAVES, 8 SEC',
    'Musique — 5 secondes',
    'Rated PG-13 — 90 min',
  ])('%s is no spot', (text) => {
    expect(isSpotMarker(text)).toBe(false);
  });

  it('`3 × :30` counts spots: no length', () => {
    expect(durationIn('Acme Summer Radio — 3 × :30')).toBeNull();
    expect(durationIn('Campaign — 2 x 30"')).toBeNull();
  });

  it('`WORD :NN` is no speaker label; `ANNCR: …` still is', () => {
    expect(openingLabel('TV :15')).toBeNull();
    expect(openingLabel('RADIO :60 — Summer')).toBeNull();
    expect(openingLabel('ANNCR: Meet the new Roadster.')?.label).toBe('ANNCR');
    expect(openingLabel('WOMAN :15 minutes, that is all.')?.label).toBe('WOMAN');
  });
});
