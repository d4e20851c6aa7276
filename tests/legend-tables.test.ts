/**
 * Legends over scripts coded in a way the legend's voices were not found in (fixtures:
 * scripts/build-legend-tables-fixtures.py, each DOCX printed to PDF by LibreOffice):
 * - a dubbing table whose name cell alone is in the voice's colour (shaded, or the name's letters coloured), its
 *   line white and black: the row is that voice's line (before: every voice 0 words, no warning, `check` passed);
 * - a legend none of whose voices has a word: not used, said (`no-voice-lines`), never "To record: 0 words";
 * - "Coach = green" over Word's Green #00B050 and "Green, Accent 6" #70AD47, both named green: not used, said
 *   (before: the Coach had only the #00B050 lines, the others unassigned, the headline wrong).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseScript } from '../src/pipeline.js';
import { readScript } from '../src/readers/index.js';
import { shareProblems } from '../src/attribute/legend-trust.js';
import type { Legend } from '../src/attribute/legend.js';
import { ROOT, runCli } from './helpers/cli.js';

const DIR = join(ROOT, 'tests/fixtures/legend-tables');

async function analyse(name: string) {
  return analyseScript(await readScript(join(DIR, name)), { voiceMap: null });
}

/** The voices' lines as `voice ¶n words text`. */
const voiced = (casting: { lines: readonly { voice: string | null; location: { paragraph: number }; words: number; text: string }[] }) =>
  casting.lines.filter((l) => l.voice !== null).map((l) => `${l.voice} ¶${l.location.paragraph} ${l.words} ${l.text}`);

describe('a dubbing table coded by its name column alone', () => {
  for (const file of ['name-shaded-en.docx', 'name-shaded-en.pdf']) {
    it(`gives each row's line to the voice its shaded name cell is in: ${file}`, async () => {
      const { casting, report } = await analyse(file);
      expect(casting.mode).toBe('legend');
      expect(voiced(casting)).toEqual([
        'Narrator ¶10 9 Welcome to module two of the forklift safety course.',
        'Learner ¶13 8 Hi, I am Sam. I started last week.',
        'Coach ¶16 7 And I am Priya, your safety coach.',
        'Narrator ¶21 8 Most injuries happen to pedestrians, not to drivers.',
        'Learner ¶24 6 So the yellow lines actually matter?',
        'Coach ¶27 6 They do. Stay inside the walkway.',
        'Coach ¶30 8 A loaded truck needs six metres to stop.',
        'Narrator ¶33 5 If in doubt, report it.',
      ]);
      expect(report.voices.map((v) => [v.name, v.lines.length, v.words])).toEqual([
        ['Narrator', 3, 22],
        ['Learner', 2, 14],
        ['Coach', 3, 21],
      ]);
      // The direction rows (no name) stay nobody's; the names are never counted.
      expect(casting.lines.filter((l) => l.voice === null && l.text.startsWith('[')).map((l) => l.text)).toEqual(['[Screen 1: logo, music up]', '[Screen 2: aisle 14]']);
      expect(casting.lines.some((l) => /^(NARRATOR|LEARNER|COACH)$/.test(l.text))).toBe(false);
      expect(casting.warnings.map((w) => w.code)).toEqual([]);
    });
  }

  for (const file of ['name-coloured-fr.docx', 'name-coloured-fr.pdf']) {
    it(`gives it to the voice whose text colour the name is typed in: ${file}`, async () => {
      const { casting, report } = await analyse(file);
      expect(casting.mode).toBe('legend');
      expect(voiced(casting)).toEqual([
        'Narratrice ¶7 6 Le printemps arrive chez Verdier Jardin.',
        'Client ¶9 6 Vous avez des tondeuses sans fil ?',
        'Narratrice ¶11 9 Cette semaine, elles sont à moins trente pour cent.',
        "Client ¶13 6 C'est décidé, on refait le jardin !",
      ]);
      expect(report.voices.map((v) => [v.name, v.words])).toEqual([
        ['Narratrice', 15],
        ['Client', 12],
      ]);
    });
  }

  it('passes check with the voices counted (before: 0 words to record, passed)', () => {
    const run = runCli(['check', join(DIR, 'name-shaded-en.docx')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 voices, 57 words to record, 0:23');
  });
});

describe('a legend none of whose voices has a word', () => {
  const legend = { entries: [{ name: 'Narrator', notRecorded: false }, { name: 'Coach', notRecorded: false }, { name: 'Studio', notRecorded: true }] } as unknown as Legend;

  it('is a reason not to use it (no-voice-lines), with the voices and the words', () => {
    expect(shareProblems(legend, [{ voice: null, words: 30 }, { voice: null, words: 12 }])).toEqual([
      {
        code: 'no-voice-lines',
        message: "none of its voices (Narrator and Coach) has a word in the script: no text counted as a line is in any of their colours, so all 42 words would be nobody's",
        details: { voices: ['Narrator', 'Coach'], words: 42 },
      },
    ]);
  });

  it('is none when a voice has words, or the script none', () => {
    expect(shareProblems(legend, [{ voice: null, words: 30 }, { voice: 'Coach', words: 12 }])).toEqual([]);
    expect(shareProblems(legend, [])).toEqual([]);
  });
});

describe('a bare colour word over two shades vo-lines names alike', () => {
  for (const file of ['two-greens-en.docx', 'two-greens-en.pdf']) {
    it(`is not used, and says why: ${file}`, async () => {
      const { casting, report } = await analyse(file);
      expect(casting.mode).toBe('colours');
      const rejected = report.warnings.find((w) => w.code === 'legend-rejected')!;
      expect(rejected.message).toBe(
        `The legend at ${file.endsWith('.pdf') ? 'p.1 ' : ''}¶2 ("Key: Narrator = dark grey, Learner = blue, Coach = green, black = not recorded") was not used: Coach's "green" fits #00B050 green and #70AD47 green alike. It is left out of the lines, and the voices are shown as the colours found instead: check the legend, or name the voices in a config (vo-lines init writes one).`,
      );
      expect((rejected.details as { reasons: { code: string; details: unknown }[] }).reasons.map((r) => [r.code, r.details])).toEqual([
        ['ambiguous-colour', { voice: 'Coach', words: 'green', candidates: ['#00B050', '#70AD47'] }],
      ]);
      expect(report.voices.map((v) => [v.name, v.words])).toEqual([
        ['#000000 black', 14],
        ['#404040 dark grey', 22],
        ['#0070C0 blue', 14],
        ['#00B050 green', 20],
        ['#70AD47 green', 11],
      ]);
    });
  }

  it('makes check say it cannot check the script (exit 2), not pass a wrong count', () => {
    const run = runCli(['check', join(DIR, 'two-greens-en.docx')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`its legend cannot be trusted (Coach's "green" fits #00B050 green and #70AD47 green alike)`);
  });
});
