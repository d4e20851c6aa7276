/**
 * `vo-lines init FILE --json`: what init wrote, as one JSON object on stdout (the config's path, the
 * kind of casting it came from, each voice with its colours or labels and its words, what is taken as
 * not recorded, the warnings it shows), nothing on stderr; the text output keeps its lines, and says
 * every casting warning init shows (label-after-break too). The built CLI (npm run build first).
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

/** A folder of its own holding the fixture under `name`. */
function folderWith(fixture: string, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vo-init-json-'));
  copyFileSync(join(ROOT, fixture), join(dir, name));
  return dir;
}

const NOON =
  '"NOON: the shop closes for lunch after that." follows a line break in the middle of a sentence (at ¶4), and "NOON" opens no other line of the script: it is read as part of the line before it, not as a line of a speaker NOON. If NOON says it, name NOON in the config (NOON: { label: "NOON" }).';

describe('init --json: one JSON object, what was written', () => {
  it('voices from a legend: each with its colours and words, the legend, the colours not recorded', () => {
    const dir = folderWith('samples/en-commercial/spring-sale.docx', 's.docx');
    const run = runCli(['init', 's.docx', '--json'], dir);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(JSON.parse(run.stdout)).toEqual({
      file: 's.docx',
      config: 'vo-lines.config.yaml',
      kind: 'legend',
      voices: [
        { name: 'Announcer', colors: [], highlights: ['#FFFF00'], labels: [], words: 243, lines: 13 },
        { name: 'Customer', colors: [], highlights: ['#00FF00'], labels: [], words: 50, lines: 7 },
      ],
      unassigned: ['#C0C0C0', '#000000'],
      legend: {
        kind: 'names in colour',
        location: { story: 'body', paragraph: 3 },
        text: 'Key: Announcer · Customer · SFX / music (not recorded)',
        voices: [
          { name: 'Announcer', colors: [], highlights: ['#FFFF00'] },
          { name: 'Customer', colors: [], highlights: ['#00FF00'] },
        ],
        unassigned: { colors: [], highlights: ['#C0C0C0'] },
      },
      next: 'vo-lines summary s.docx',
      warnings: [],
    });
    // The config is written as without --json.
    expect(readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8')).toContain('  Announcer: { highlight: "#FFFF00" }   # 243 words, 13 lines\n');
  });

  it('one voice per colour after a legend that was not used: the names taken from it, why it was not used, its warning', () => {
    const dir = folderWith('tests/fixtures/legends/rejected-colour-not-used.docx', 'r.docx');
    const run = runCli(['init', 'r.docx', '--json'], dir);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const json = JSON.parse(run.stdout);
    expect({ ...json, warnings: json.warnings.map((w: { code: string; location?: unknown }) => [w.code, w.location]) }).toEqual({
      file: 'r.docx',
      config: 'vo-lines.config.yaml',
      kind: 'colours',
      voices: [
        { name: 'VO1', colors: [], highlights: ['#FFFF00'], labels: [], words: 17, lines: 2 },
        { name: 'bright green highlight', colors: [], highlights: ['#00FF00'], labels: [], words: 17, lines: 2 },
        { name: 'ANNCR', colors: [], highlights: ['#00FFFF'], labels: [], words: 26, lines: 2 },
      ],
      unassigned: ['#000000'],
      headings: [],
      legend: null,
      rejectedLegend: {
        location: { story: 'body', paragraph: 4 },
        text: 'Cast: VO1 = yellow highlight · VO2 = pink highlight · ANNCR = turquoise highlight',
        reasons: ['no text in the script has VO2\'s "pink highlight"'],
        named: ['VO1', 'ANNCR'],
      },
      next: 'vo-lines lines r.docx --voice "bright green highlight"',
      warnings: [['legend-rejected', { story: 'body', paragraph: 4 }]],
    });
  });

  it('one voice per speaker label: the labels, the directions left out, the paragraphs going on, the warnings init shows', () => {
    const dir = folderWith('tests/fixtures/labels/breaks-labels-en.docx', 's.docx');
    const run = runCli(['init', 's.docx', '--json'], dir);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ file: 's.docx', config: 'vo-lines.config.yaml', kind: 'labels', layout: 'inline', directions: ['SFX'], continued: 1, legend: null, next: 'vo-lines summary s.docx' });
    expect(json.voices.map((v: { name: string; labels: string[] }) => [v.name, v.labels])).toEqual([
      ['NARRATOR', ['NARRATOR']],
      ['BARISTA', ['BARISTA']],
      ['CUSTOMER', ['CUSTOMER']],
    ]);
    expect(json.warnings.map((w: { code: string; location?: unknown }) => [w.code, w.location])).toEqual([['label-continued', { story: 'body', paragraph: 5 }]]);
  });

  it('a name and a colon after a line break mid-sentence: label-after-break in the JSON', () => {
    const dir = folderWith('tests/fixtures/labels/breaks-one-speaker-en.docx', 's.docx');
    const run = runCli(['init', 's.docx', '--json'], dir);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const json = JSON.parse(run.stdout);
    expect(json.voices).toEqual([
      { name: 'MARIE', colors: [], highlights: [], labels: ['MARIE'], words: 27, lines: 3 },
      { name: 'PAUL', colors: [], highlights: [], labels: ['PAUL'], words: 11, lines: 2 },
    ]);
    expect(json.warnings.map((w: { code: string; message: string }) => [w.code, w.message])).toEqual([['label-after-break', NOON]]);
  });

  it('a config there already: config-exists, its path in the details', () => {
    const dir = folderWith('samples/en-commercial/spring-sale.docx', 's.docx');
    writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices: {}\n');
    writeFileSync(join(dir, 'vo-lines.config.json'), '{}\n');
    const json = runCli(['init', 's.docx', '--json'], dir);
    expect([json.code, JSON.parse(json.stdout)]).toEqual([
      2,
      {
        file: 's.docx',
        error: {
          code: 'config-exists',
          message: 'vo-lines.config.json already exists beside the script, and vo-lines reads it before vo-lines.config.yaml: edit it, or remove it to start again with init.',
          details: { path: 'vo-lines.config.json', force: false },
        },
      },
    ]);
    const other = folderWith('samples/en-commercial/spring-sale.docx', 's.docx');
    writeFileSync(join(other, 'vo-lines.config.yaml'), 'voices: {}\n');
    expect(JSON.parse(runCli(['init', 's.docx', '--json'], other).stdout).error).toEqual({
      code: 'config-exists',
      message: 'vo-lines.config.yaml already exists beside the script: edit it, or pass --force to write a new one over it.',
      details: { path: 'vo-lines.config.yaml', force: true },
    });
  });
});

describe('init (text): every casting warning it shows', () => {
  it('label-after-break on stderr, as label-continued and unlabelled-speech', () => {
    const dir = folderWith('tests/fixtures/labels/breaks-one-speaker-en.docx', 's.docx');
    const run = runCli(['init', 's.docx'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Wrote vo-lines.config.yaml (2 voices, one per speaker label: MARIE and PAUL; text without a label taken as not recorded).');
    expect(run.stderr).toBe(`! ${NOON} [¶4]\n`);
  });
});
