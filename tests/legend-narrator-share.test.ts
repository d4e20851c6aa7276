/**
 * The 95% rule (legend-trust.ts TAKES_ALL: no voice of a legend of several takes 95% or more of the
 * words) protects against a legend that does not add up — a voice given the colour of ordinary text
 * in words (`Narrator = black`) takes the title and the notes too; a colour that is everywhere is not
 * one voice's. An audiobook's narrator does read nearly all of it: a legend whose voice taking it all
 * is a narrator in a colour of its own (a highlight, or a text colour not the ordinary text's), beside
 * voices that each have words, is used (tests/fixtures/booth/audiobook-legend*.docx,
 * scripts/build-booth-fixtures.py). Before: every one of these legends was refused
 * (`legend-rejected`, `one-voice-takes-all`), the voices shown as colour groups.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

const fixture = (name: string) => join(ROOT, 'tests/fixtures/booth', `${name}.docx`);
const summary = (name: string) => {
  const { code, stdout } = runCli(['summary', fixture(name), '--json', '--no-config']);
  expect(code).toBe(0);
  return JSON.parse(stdout) as { mode: string; voices: { name: string; words: number; lineCount: number }[]; warnings: { code: string; details: { reasons?: { code: string; details: unknown }[] } }[] };
};

describe('a legend whose narrator reads nearly all the text', () => {
  it('Narrator in yellow highlight, Anna in green: used, Narrator 1,000 of 1,021 words (97.9%)', () => {
    const report = summary('audiobook-legend');
    expect(report.mode).toBe('legend');
    expect(report.voices.map((v) => [v.name, v.words, v.lineCount])).toEqual([
      ['Narrator', 1000, 4],
      ['Anna', 10, 2],
    ]);
    expect(report.warnings.map((w) => w.code)).not.toContain('legend-rejected');
  });

  it('the two-page chapter of long-cue.docx: used, Narrator 98.6%', () => {
    const report = summary('long-cue');
    expect(report.mode).toBe('legend');
    expect(report.voices.map((v) => [v.name, v.words])).toEqual([
      ['Narrator', 1310],
      ['Anna', 16],
    ]);
  });

  it('Narrator = black in words (the title and the notes black too): still refused', () => {
    const report = summary('audiobook-legend-black');
    expect(report.mode).toBe('colours');
    const rejected = report.warnings.find((w) => w.code === 'legend-rejected')!;
    expect(rejected.details.reasons).toEqual([{ code: 'one-voice-takes-all', message: "Narrator would have 1,011 of the script's 1,021 words (99.0%)", details: { voice: 'Narrator', words: 1011, total: 1021 } }]);
  });

  it('a Host taking 97.9% beside a Guest: no narrator, still refused', () => {
    const report = summary('audiobook-legend-host');
    expect(report.mode).toBe('colours');
    const rejected = report.warnings.find((w) => w.code === 'legend-rejected')!;
    expect(rejected.details.reasons).toEqual([{ code: 'one-voice-takes-all', message: "Host would have 1,000 of the script's 1,021 words (97.9%)", details: { voice: 'Host', words: 1000, total: 1021 } }]);
  });
});
