/**
 * A colour only the headings use, which no voice has (Word's blue "Heading 1", a spot's title in a colour
 * of its own): its headings are said plainly as nobody's lines (`headings-unassigned`, a note), not as an
 * unknown colour to be fixed, by every command alike (summary, lines, export, check), as `colors` says
 * "(headings only)" and `init` writes it as not recorded: the words stay Unassigned, so `init` then
 * `summary` counts what `summary --no-config` counts. A heading colour that is on other lines too stays
 * an `unknown-colour` warning, quoting those lines first (their words are the ones at risk).
 * Fixtures: scripts/build-heading-colour-fixtures.py (python-docx; the PDF by LibreOffice).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { runCli } from './helpers/cli.js';

const DIR = join(__dirname, 'fixtures', 'heading-colour');
const tmp = mkdtempSync(join(tmpdir(), 'vo-lines-heading-colour-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TITLES = ['Spot 1 — “Berry Good” — :30', 'Spot 2 — “Bread Run” — :20', 'Spot 3 — “Family Box” — :30'];
const QUOTED = '"Spot 1 — “Berry Good” — :30", "Spot 2 — “Bread Run” — :20" and "Spot 3 — “Family Box” — :30"';
const note = (colour: string, where: string) =>
  `3 headings (15 words) are in ${colour}, no voice's colour, and counted as nobody's lines (Unassigned): ${QUOTED}. If they are read aloud, give that colour to the voice who reads them, ${where}.`;
const LEGEND = 'in the legend or in a config';

async function read(file: string, options: { config?: string; noConfig?: boolean } = { noConfig: true }) {
  const { report } = await analyse(join(DIR, file), options);
  return report;
}
const codes = (report: { warnings: { code: string }[] }) => report.warnings.map((w) => w.code);

describe('a colour only headings use, no voice’s: said as headings nobody reads', () => {
  it.each([
    ['spots-legend-en.docx', '#365F91 dark blue', { story: 'body', paragraph: 3 }],
    // LibreOffice writes the style's stored colour, not the theme's shade of it; its headings are known by their larger type.
    ['spots-legend-en.pdf', '#365F91 dark blue', { story: 'body', paragraph: 3, page: 1 }],
  ])('%s (Word’s Heading 1 in a theme colour, a legend of highlights): a note, no unknown-colour', async (file, colour, location) => {
    const report = await read(file);
    expect(codes(report)).toEqual(['headings-unassigned']);
    const said = report.warnings[0]!;
    expect(said.message).toBe(note(colour, LEGEND));
    expect(said.location).toEqual(location);
    expect(said.details).toEqual({ colour: colour.slice(0, 7), background: false, headings: 3, words: 15, firstLines: TITLES });
    // The words stay nobody's: counted in Unassigned, as init's config counts them.
    expect(report.unassigned.words).toBe(32);
    expect(report.unassigned.lines.filter((l) => TITLES.includes(l.text)).length).toBe(3);
  });

  it('spots-outline-en.docx with its config (titles in a style of the writer’s own with an outline level, dark red set on the runs): the config is named', async () => {
    const report = await read('spots-outline-en.docx', { config: join(DIR, 'spots-outline-en.config.yaml') });
    expect(codes(report)).toEqual(['headings-unassigned']);
    // The config named by its path from the working folder (the repository's root here), as the user would type it.
    expect(report.warnings[0]!.message).toBe(note('#C00000 red', 'in tests/fixtures/heading-colour/spots-outline-en.config.yaml'));
    expect(report.warnings[0]!.details).toEqual({ colour: '#C00000', background: false, headings: 3, words: 15, firstLines: TITLES });
  });

  it('summary, lines and export say the note, not the warning to fix a colour; check says it as a note, not a warning', () => {
    const file = join(DIR, 'spots-legend-en.docx');
    const line = `  ! ${note('#365F91 dark blue', LEGEND)} [¶3]`;
    for (const args of [['summary', '--no-config', file], ['lines', '--no-config', file]]) {
      const run = runCli(args, tmp);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`\nWarnings (1):\n${line}\n`);
      expect(run.stdout).not.toContain('no voice\'s colour: ');
    }
    const exported = runCli(['export', '--no-config', '--format', 'csv', '-o', join(tmp, 'out.csv'), file], tmp);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain(`Warnings (1):\n${line}\n`);
    const check = runCli(['check', '--no-config', file], tmp);
    expect(check.stdout).toContain(`  note     headings-unassigned  ${note('#365F91 dark blue', LEGEND)} [¶3]\n`);
    expect(check.stdout).not.toContain('unknown-colour');
    expect(check.stdout).toContain('\n1 file: 1 passed · no findings, 1 note.\n');
    expect(check.code).toBe(0);
  });

  it('init writes the colour as not recorded, and summary with that config counts what summary --no-config counts', () => {
    copyFileSync(join(DIR, 'spots-legend-en.docx'), join(tmp, 'spots.docx'));
    const before = JSON.parse(runCli(['summary', '--json', '--no-config', 'spots.docx'], tmp).stdout);
    expect(runCli(['init', 'spots.docx'], tmp).code).toBe(0);
    const config = readFileSync(join(tmp, 'vo-lines.config.yaml'), 'utf8');
    expect(config).toContain('unassigned: ["#000000", "#365F91"]');
    expect(config).toContain('#365F91 dark blue: headings only, which the legend does not name, taken as not recorded');
    const after = JSON.parse(runCli(['summary', '--json', 'spots.docx'], tmp).stdout);
    const counts = (r: { voices: { name: string; words: number; lines: unknown[] }[]; unassigned: { words: number; lines: unknown[] } }) => [
      ...r.voices.map((v) => [v.name, v.words, v.lines.length]),
      ['(unassigned)', r.unassigned.words, r.unassigned.lines.length],
    ];
    expect(counts(after)).toEqual(counts(before));
    expect(counts(before)).toEqual([
      ['ANNOUNCER', 34, 4],
      ['CUSTOMER', 14, 3],
      ['(unassigned)', 32, 7],
    ]);
    // The config says the colour is not recorded: nothing left to say.
    expect(after.warnings.map((w: { code: string }) => w.code)).toEqual([]);
  });
});

describe('what stays as it was', () => {
  it('spots-mixed-en.docx: the headings’ colour on two notes too stays an unknown-colour warning, the notes quoted first', async () => {
    const report = await read('spots-mixed-en.docx');
    expect(codes(report)).toEqual(['unknown-colour']);
    const said = report.warnings[0]!;
    expect(said.message).toBe(
      '34 words in 5 lines are #365F91 dark blue, which is no voice\'s colour: "Note to talent: smile on the price, slow down on the name.", "Note to talent: a warm, close read.", ' +
        'and 3 headings ("Spot 1 — “Berry Good” — :30", …). Add the colour to a voice, or to "unassigned" in the config if it is not recorded.',
    );
    expect(said.location).toEqual({ story: 'body', paragraph: 5 });
    expect(said.details).toEqual({
      colour: '#365F91',
      background: false,
      words: 34,
      lines: 5,
      headings: 3,
      firstLines: ['Note to talent: smile on the price, slow down on the name.', 'Note to talent: a warm, close read.', 'Spot 1 — “Berry Good” — :30'],
    });
  });

  it('spots-bold-titles-en.docx: bold titles of body size and style are no headings (colors says so too): an unknown-colour warning', async () => {
    const report = await read('spots-bold-titles-en.docx');
    expect(codes(report)).toEqual(['unknown-colour']);
    expect(report.warnings[0]!.message).toBe(
      `15 words in 3 lines are #365F91 dark blue, which is no voice's colour: "${TITLES.join('", "')}". Add the colour to a voice, or to "unassigned" in the config if it is not recorded.`,
    );
    const colors = runCli(['colors', join(DIR, 'spots-bold-titles-en.docx')], tmp);
    expect(colors.stdout).toContain('#365F91 dark blue     15      3  "Spot 1 — “Berry Good” — :30"\n');
  });

  it('spots-titles-in-voice-en.docx: headings in the ANNOUNCER’s colour stay the ANNOUNCER’s lines, said by headings-in-voice', async () => {
    const report = await read('spots-titles-in-voice-en.docx');
    expect(codes(report)).toEqual(['headings-in-voice']);
    expect(report.voices.find((v) => v.name === 'ANNOUNCER')!.words).toBe(49);
  });
});
