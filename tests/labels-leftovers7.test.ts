/**
 * Speaker labels, the leftovers of labels7. Fixtures: tests/fixtures/labels-leftovers7/
 * (scripts/build-label-leftovers7-fixtures.py: python-docx, LibreOffice's PDF, LibreOffice's DOCX of an HTML
 * twin), the committed labels/ and sections/spots/ ones.
 *
 * - A speaker the labels config leaves out in a dubbing table (`NARRATOR | text`, `TC | PERSONNAGE | TEXTE`:
 *   a name cell per row) is said by `label-left-out`, by rows, with the words of the rows' text after the
 *   name. Before: nothing said but the black text's unknown colour, and the first row's name cell
 *   (`NARRATOR`, above the first voice's row) a line of its own, its name one more unassigned word.
 * - Labels are shown as the script writes them: `"BOULANGER :"` with French typography's space before
 *   the colon (a space, a no-break or a narrow no-break space, shown as a space) in label-left-out (its
 *   message and details' `written`), labels-not-counted, notes-not-counted and summary's column. Before:
 *   `"BOULANGER:"`.
 * - A spot's `TAG:` line: still left unassigned and said (the config gives the label to no voice), as a
 *   tagline the announcer reads, with the advice to add the label to the announcer's voice, not to make a
 *   voice named TAG; with `label: ["ANNCR", "TAG"]` it is the announcer's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';
import { tempConfigs } from './helpers/temp-configs.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'labels-leftovers7');
const LABELS = join(ROOT, 'tests', 'fixtures', 'labels');
const SPOTS = join(ROOT, 'tests', 'fixtures', 'sections', 'spots');
const { dir, configOf } = tempConfigs('vo-labels7-');

interface Json {
  voices: { name: string; words: number; lines: { text: string; words: number }[] }[];
  unassigned: { words: number; lines: { text: string; words: number }[] };
  warnings: { code: string; message: string; details: Record<string, unknown> }[];
}

const run = (args: string[]): Json => {
  const result = runCli([...args, '--json'], dir);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Json;
};
const warning = (json: Json, code: string) => json.warnings.find((w) => w.code === code);

describe("label-left-out: a dubbing table's speaker the config leaves out", () => {
  const ab = configOf('ab', { voices: { ANNA: { label: 'ANNA' }, BEN: { label: 'BEN' } }, unassigned: ['#000000', '#365F91', '#2E74B5'] });
  const mp = configOf('mp', { voices: { MARIE: { label: 'MARIE' }, PAUL: { label: 'PAUL' } }, unassigned: ['#000000', '#365F91', '#2E74B5'] });

  for (const [file, page] of [['dub-table-en.docx', ''], ['dub-table-en-lo.docx', ''], ['dub-table-en.pdf', 'p.1 ']] as const) {
    it(`${file}: NARRATOR's three rows (no header row, the first above the first voice's) are nobody's and said; SFX is a direction`, () => {
      const json = run(['lines', join(FIXTURES, file), '--config', ab]);
      expect(json.voices.map((v) => [v.name, v.words])).toEqual([
        ['ANNA', 16],
        ['BEN', 15],
      ]);
      // The first row read as the others: its name opening its text, no line of its own.
      expect(json.unassigned.lines.map((l) => [l.text, l.words])).toEqual([
        ['The Lighthouse – dubbing script, episode 2', 6],
        ['NARRATOR It was the last night of the season on the island.', 12],
        ['SFX A door slams downstairs.', 5],
        ['NARRATOR But it was not the wind.', 7],
        ['NARRATOR (V.O.) And so they climbed, one step at a time.', 11],
      ]);
      const said = warning(json, 'label-left-out')!;
      expect(said.message).toBe(
        `"NARRATOR", in a table's speaker column, names the speaker of 3 rows (26 words in them), but the config names no voice by it (the first at ${page}¶3 (table 1, row 1, col 2)): those rows are left unassigned, not recorded. If NARRATOR speaks, add a voice for it to the config (NARRATOR: { label: "NARRATOR" }).`,
      );
      expect(said.details).toEqual({ labels: ['NARRATOR'], written: ['NARRATOR'], lines: 3, words: 26, counts: [{ label: 'NARRATOR', lines: 3, words: 26, rows: 3 }] });
    });
  }

  for (const [file, page] of [['dub-table-fr.docx', ''], ['dub-table-fr-lo.docx', ''], ['dub-table-fr.pdf', 'p.1 ']] as const) {
    it(`${file}: LA VOISINE (twice, once with an aside) and LE FACTEUR (once) under a PERSONNAGE header are said in one warning`, () => {
      const json = run(['lines', join(FIXTURES, file), '--config', mp]);
      expect(json.voices.map((v) => [v.name, v.words])).toEqual([
        ['MARIE', 10],
        ['PAUL', 13],
      ]);
      const said = warning(json, 'label-left-out')!;
      expect(said.message).toBe(
        `"LA VOISINE" (2 rows, 11 words) and "LE FACTEUR" (1 row, 5 words) name speakers in a table's speaker column, but the config names no voice by them (the first at ${page}¶13 (table 1, row 4, col 3)): those 3 rows are left unassigned, not recorded, and the 16 words after the names are in no voice's count. For each that speaks, add a voice to the config (LA VOISINE: { label: "LA VOISINE" }, LE FACTEUR: { label: "LE FACTEUR" }).`,
      );
      expect(said.details).toEqual({
        labels: ['LA VOISINE', 'LE FACTEUR'],
        written: ['LA VOISINE', 'LE FACTEUR'],
        lines: 3,
        words: 16,
        counts: [
          { label: 'LA VOISINE', lines: 2, words: 11, rows: 2 },
          { label: 'LE FACTEUR', lines: 1, words: 5, rows: 1 },
        ],
      });
    });
  }

  it('labels/dubbing-table-fr.docx: LE FACTEUR, once in the PERSONNAGE column, is said; with every speaker named, nothing', () => {
    const json = run(['summary', join(LABELS, 'dubbing-table-fr.docx'), '--config', mp]);
    expect(warning(json, 'label-left-out')!.details).toEqual({ labels: ['LE FACTEUR'], written: ['LE FACTEUR'], lines: 1, words: 6, counts: [{ label: 'LE FACTEUR', lines: 1, words: 6, rows: 1 }] });
    const all = configOf('mpf', { voices: { MARIE: { label: 'MARIE' }, PAUL: { label: 'PAUL' }, 'LE FACTEUR': { label: 'LE FACTEUR' } }, unassigned: ['#000000', '#365F91'] });
    const named = run(['summary', join(LABELS, 'dubbing-table-fr.docx'), '--config', all]);
    expect(warning(named, 'label-left-out')).toBeUndefined();
    expect(named.voices.map((v) => [v.name, v.words])).toEqual([
      ['MARIE', 18],
      ['PAUL', 18],
      ['LE FACTEUR', 6],
    ]);
  });
});

describe('labels shown as written: the French space before the colon', () => {
  const fr = configOf('fr', { voices: { ANNONCEUR: { label: 'ANNONCEUR' }, CLIENTE: { label: 'CLIENTE' } }, unassigned: ['#000000', '#365F91'] });

  for (const [format, page] of [['docx', ''], ['pdf', 'p.1 ']] as const) {
    it(`labels-fr-space.${format}: "BOULANGER :" (a narrow no-break space) left out; summary's column "ANNONCEUR :" and "CLIENTE :"`, () => {
      const json = run(['summary', join(FIXTURES, `labels-fr-space.${format}`), '--config', fr]);
      const said = warning(json, 'label-left-out')!;
      expect(said.message).toBe(
        `"BOULANGER :" opens 2 lines (9 words after it) like a speaker's label, but the config names no voice by it (the first at ${page}¶4): those lines are left unassigned, not recorded. If BOULANGER speaks, add a voice for it to the config (BOULANGER: { label: "BOULANGER" }).`,
      );
      expect(said.details).toEqual({ labels: ['BOULANGER'], written: ['BOULANGER :'], lines: 2, words: 9, counts: [{ label: 'BOULANGER', lines: 2, words: 9 }] });
      const text = runCli(['summary', join(FIXTURES, `labels-fr-space.${format}`), '--config', fr], dir).stdout.split('\n');
      expect(text.slice(4, 9)).toEqual([
        '  Voice       Colour          Lines  Words  Spoken   Share  Time  Pace',
        '  Total                           7     47      47  100.0%  0:19  150 wpm',
        '  ANNONCEUR   "ANNONCEUR :"       2     17      17   36.2%  0:07  150 wpm',
        '  CLIENTE     "CLIENTE :"         2     13      13   27.7%  0:05  150 wpm',
        '  Unassigned  any other text      3     17      17   36.2%  0:07  150 wpm',
      ]);
    });
  }

  it.each(['docx', 'pdf'])('colour-fr-space.%s: labels-not-counted names "NARRATRICE :" and "GUIDE :" as written', (format) => {
    const colours = configOf('col', { voices: { Narratrice: { color: '#0070C0' }, Guide: { color: '#C00000' } }, unassigned: ['#365F91'] });
    const json = run(['summary', join(FIXTURES, `colour-fr-space.${format}`), '--config', colours]);
    expect(json.voices.map((v) => [v.name, v.words])).toEqual([
      ['Narratrice', 11],
      ['Guide', 11],
    ]);
    const said = warning(json, 'labels-not-counted')!;
    expect(said.message).toBe(
      "Speakers' names opening 4 lines in a voice's colour (NARRATRICE : and GUIDE :) are not counted as words said: the colour already says who speaks (4 words left out; the lines show them as written). If a name is read aloud, type it without its colon.",
    );
    expect(said.details).toEqual({ names: ['NARRATRICE', 'GUIDE'], written: ['NARRATRICE :', 'GUIDE :'], lines: 4, words: 4 });
  });
});

describe("a spot's TAG: line, read by the announcer", () => {
  it.each(['supers.docx', 'supers.pdf', 'supers-lo.docx', 'supers-chromium.pdf'])('%s: said as a tagline, with the advice to give TAG to ANNCR', (file) => {
    const json = run(['summary', join(SPOTS, file), '--config', join(SPOTS, 'vo-lines.config.json')]);
    const said = warning(json, 'label-left-out')!;
    expect(said.message).toMatch(
      /^"TAG:" opens 1 line \(3 words after it\), a spot's tagline, which the announcer reads, but the config gives that label to no voice \(the first at (?:p\.1 )?¶6\): that line is left unassigned, not recorded\. If ANNCR reads it, add "TAG" to that voice's labels in the config \(ANNCR: \{ label: \["ANNCR", "TAG"\] \}\)\.$/u,
    );
    expect(said.details).toEqual({ labels: ['TAG'], written: ['TAG:'], lines: 1, words: 3, counts: [{ label: 'TAG', lines: 1, words: 3, tagline: true }] });
  });

  it('supers.docx with TAG among ANNCR\'s labels: the tagline is the announcer\'s, nothing left out', () => {
    const tag = configOf('tag', { voices: { ANNCR: { label: ['ANNCR', 'TAG'] }, WOMAN: { label: 'WOMAN' } }, unassigned: ['#000000'], wpm: 150 });
    const json = run(['lines', join(SPOTS, 'supers.docx'), '--config', tag]);
    expect(warning(json, 'label-left-out')).toBeUndefined();
    expect(json.voices[0]!.lines.map((l) => l.text)).toContain('Acme. Drive happy.');
  });
});
