/**
 * One reading of a speaker's name wherever it stands (labels4). The fixtures are
 * tests/fixtures/labels-accents/ (scripts/build-label-accents-fixtures.py: python-docx, then LibreOffice's PDF).
 *
 * - Two voices whose labels differ only by accents (`Élodie`, `Elodie`; `Hélène`, `Helene`): a name alone on
 *   its line above the dialogue (`ELODIE`) or in a table's speaker column is read as a label opening a line
 *   is — the exact spelling wins, accents aside only when one voice has those letters, else nobody's — and
 *   said by `label-accents-alike` with where (`kind`: `name-line`, `cell`). Before, the lines went the same
 *   way but nothing was said.
 * - A cue whose text opens with its own speaker's label shows it once when the label is the voice's however
 *   typed (`ELODIE :` for Élodie, `O’BRIEN :` for O'Brien); not when another voice is spelt so with the
 *   accents off. Before, `cue, Élodie: ELODIE : …` and `cue, O'Brien: O’BRIEN : …`.
 * - `init` on a one-colour ad whose lines open `SAM:` and whose notes open `Note:` (not in capitals):
 *   proposed by its labels, the notes left out and nobody's in `summary`. Before, one colour voice counting
 *   the notes' words.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cueParts } from '../src/render/cue.js';
import { ROOT, runCli } from './helpers/cli.js';
import { tempConfigs } from './helpers/temp-configs.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'labels-accents');
const { dir, configOf } = tempConfigs('vo-accents-');
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

interface Json {
  voices: { name: string; lines: { text: string; cue: unknown }[] }[];
  unassigned: { lines: { text: string }[] };
  warnings: { code: string; message: string; location: unknown; details: Record<string, unknown> }[];
}

const linesJson = (file: string, config: string, extra: string[] = []): Json => {
  const result = runCli(['lines', join(FIXTURES, file), '--config', config, '--json', ...extra], dir);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Json;
};

const byVoice = (json: Json) => Object.fromEntries([...json.voices.map((v) => [v.name, v.lines.map((l) => l.text)]), ['(unassigned)', json.unassigned.lines.map((l) => l.text)]]);

describe('names that differ only by accents, alone on their line or in a speaker cell', () => {
  const config = configOf('alike', {
    voices: { Pierre: { label: 'PIERRE' }, Élodie: { label: 'Élodie' }, Elodie: { label: 'Elodie' }, Hélène: { label: 'Hélène' }, Helene: { label: 'Helene' } },
    unassigned: ['#000000'],
  });
  const voices = {
    Pierre: ['Tu es en retard, encore une fois.', 'On commence sans elles ?'],
    Élodie: ['Le bus ne passait plus, je suis venue à pied.'],
    Elodie: ['Moi aussi, figure-toi.', 'Non, attends-moi.'],
    Hélène: [],
    Helene: [],
  };
  const ELODIE = { label: 'ELODIE', written: 'ELODIE', voices: ['Élodie', 'Elodie'], labels: ['Élodie', 'Elodie'], voice: 'Elodie', lines: 2 };
  const HELENE = { label: 'HELÈNE', written: 'HELÈNE', voices: ['Hélène', 'Helene'], labels: ['Hélène', 'Helene'], voice: null, lines: 1 };
  const TAIL = 'Write the name with its accents in the script, or give the voices labels that differ by more than accents.';

  for (const [format, page] of [['docx', ''], ['pdf', 'p.1 ']] as const) {
    it(`screenplay layout (${format}): ÉLODIE is Élodie's, ELODIE Elodie's (said), HELÈNE nobody's (said)`, () => {
      const json = linesJson(`namelines-accents-fr.${format}`, config);
      expect(byVoice(json)).toEqual({ ...voices, '(unassigned)': ['LA SALLE DES PROFS — scène 3', 'HELÈNE', 'Asseyez-vous, toutes les deux.'] });
      const alike = json.warnings.filter((w) => w.code === 'label-accents-alike');
      expect(alike.map((w) => w.message)).toEqual([
        `"ELODIE", alone on its line above the dialogue, names the speaker of 2 speeches (${page}¶6, ${page}¶12) and may name Élodie ("Élodie") or Elodie ("Elodie"): their labels differ only by accents, which capitals often leave out, so the speeches are given to Elodie, whose label it spells. ${TAIL}`,
        `"HELÈNE", alone on its line above the dialogue, names the speaker of 1 speech (${page}¶8) and may name Hélène ("Hélène") or Helene ("Helene"): their labels differ only by accents, which capitals often leave out, so the speech is left nobody's. ${TAIL}`,
      ]);
      const at = (paragraph: number) => (format === 'pdf' ? { story: 'body', paragraph, page: 1 } : { story: 'body', paragraph });
      expect(alike.map((w) => w.details)).toEqual([
        { ...ELODIE, kind: 'name-line', locations: [at(6), at(12)] },
        { ...HELENE, kind: 'name-line', locations: [at(8)] },
      ]);
    });

    it(`speaker column of a table (${format}): the same rule, said with the cells`, () => {
      const json = linesJson(`table-accents-fr.${format}`, config);
      expect(byVoice(json)).toEqual({ ...voices, '(unassigned)': ['LA SALLE DES PROFS — scène 3', 'PERSONNAGE', 'TEXTE', 'HELÈNE Asseyez-vous, toutes les deux.'] });
      const alike = json.warnings.filter((w) => w.code === 'label-accents-alike');
      expect(alike.map((w) => w.message)).toEqual([
        `"ELODIE", in a table's speaker column, names the speaker of 2 rows (${page}¶8 (table 1, row 4, col 1), ${page}¶14 (table 1, row 7, col 1)) and may name Élodie ("Élodie") or Elodie ("Elodie"): their labels differ only by accents, which capitals often leave out, so the rows are given to Elodie, whose label it spells. ${TAIL}`,
        `"HELÈNE", in a table's speaker column, names the speaker of 1 row (${page}¶10 (table 1, row 5, col 1)) and may name Hélène ("Hélène") or Helene ("Helene"): their labels differ only by accents, which capitals often leave out, so the row is left nobody's. ${TAIL}`,
      ]);
      const at = (paragraph: number, row: number) => ({ story: 'body', paragraph, ...(format === 'pdf' ? { page: 1 } : {}), cell: { table: 1, row, column: 1 } });
      expect(alike.map((w) => w.details)).toEqual([
        { ...ELODIE, kind: 'cell', locations: [at(8, 4), at(14, 7)] },
        { ...HELENE, kind: 'cell', locations: [at(10, 5)] },
      ]);
    });
  }

  it('no two voices alike: nothing said, the accents aside for the one voice', () => {
    const json = linesJson('namelines-accents-fr.docx', configOf('one', { voices: { Pierre: { label: 'PIERRE' }, Élodie: { label: 'Élodie' }, Hélène: { label: 'Hélène' } }, unassigned: ['#000000'] }));
    expect(byVoice(json)).toEqual({
      Pierre: voices.Pierre,
      Élodie: ['Le bus ne passait plus, je suis venue à pied.', 'Moi aussi, figure-toi.', 'Non, attends-moi.'],
      Hélène: ['Asseyez-vous, toutes les deux.'],
      '(unassigned)': ['LA SALLE DES PROFS — scène 3'],
    });
    expect(json.warnings.filter((w) => w.code === 'label-accents-alike')).toEqual([]);
  });
});

describe('a cue opening with its own speaker’s label, however typed', () => {
  it('cueParts: the one label reading (case, apostrophe, no-break spaces; accents off only when no other voice has those letters)', () => {
    expect(cueParts({ voice: 'Élodie', text: 'ELODIE : Bonjour.' })).toEqual({ voice: 'ELODIE', text: 'Bonjour.' });
    expect(cueParts({ voice: 'Élodie', text: 'ELODIE : Bonjour.' }, ['Élodie', 'Pierre'])).toEqual({ voice: 'ELODIE', text: 'Bonjour.' });
    expect(cueParts({ voice: "O'Brien", text: 'O’BRIEN: Not a soul.' })).toEqual({ voice: 'O’BRIEN', text: 'Not a soul.' });
    expect(cueParts({ voice: 'O’Brien', text: "O'BRIEN (off): Not a soul." })).toEqual({ voice: "O'BRIEN (off)", text: 'Not a soul.' });
    expect(cueParts({ voice: 'Marie Claire', text: 'MARIE\u00A0CLAIRE\u202F: Alors ?' })).toEqual({ voice: 'MARIE\u00A0CLAIRE', text: 'Alors ?' });
    expect(cueParts({ voice: 'Jean-Luc', text: 'JEAN-\u00A0LUC : Oui.' })).toEqual({ voice: 'JEAN-\u00A0LUC', text: 'Oui.' });
    // Élodie beside an Elodie: `ELODIE` spells Elodie's name, so it is no label of Élodie's; `ÉLODIE` is.
    expect(cueParts({ voice: 'Élodie', text: 'ELODIE : Bonjour.' }, ['Élodie', 'Elodie'])).toEqual({ voice: 'Élodie', text: 'ELODIE : Bonjour.' });
    expect(cueParts({ voice: 'Élodie', text: 'ÉLODIE : Bonjour.' }, ['Élodie', 'Elodie'])).toEqual({ voice: 'ÉLODIE', text: 'Bonjour.' });
    expect(cueParts({ voice: 'Elodie', text: 'ELODIE : Bonjour.' }, ['Élodie', 'Elodie'])).toEqual({ voice: 'ELODIE', text: 'Bonjour.' });
    expect(cueParts({ voice: 'Hélène', text: 'HELÈNE : Bonjour.' }, ['Hélène', 'Helene'])).toEqual({ voice: 'Hélène', text: 'HELÈNE : Bonjour.' });
    // Another name, or none: kept whole.
    expect(cueParts({ voice: 'Élodie', text: 'ELOISE : Bonjour.' })).toEqual({ voice: 'Élodie', text: 'ELOISE : Bonjour.' });
  });

  const config = configOf('cues', { language: 'fr', voices: { Élodie: { color: '#C00000' }, "O'Brien": { color: '#0070C0' }, 'Marie Claire': { color: '#00B050' } }, unassigned: ['#000000'] });

  for (const format of ['docx', 'pdf']) {
    it(`lines --cues (${format}): each cue's speaker once, as the script writes it`, () => {
      const result = runCli(['lines', join(FIXTURES, `cues-labels-fr.${format}`), '--config', config, '--cues'], dir);
      expect(result.code).toBe(0);
      expect(result.stdout.split('\n').filter((l) => l.includes('cue, ')).map((l) => l.trim().replace(/\u00A0|\u202F/gu, ' '))).toEqual([
        'cue, MARIE CLAIRE: Alors qui allume la lampe ?',
        "cue, O'Brien: Le vent se lève.",
        'cue, ELODIE: Il y a quelqu’un là-haut ?',
        'cue, Marie Claire: Attendez-moi !',
        'cue, O’BRIEN: Personne depuis dix ans.',
        'cue, ELODIE: Montons voir.',
      ]);
    });
  }

  it('export: the CSV’s Cue column', () => {
    const out = join(dir, 'cues.csv');
    expect(runCli(['export', join(FIXTURES, 'cues-labels-fr.docx'), '--config', config, '-o', out, '--combined'], dir).code).toBe(0);
    expect(readFileSync(out, 'utf8').split(/\r?\n/).slice(1, 8).map((row) => row.split(',').slice(0, 1).concat(row.split(',')[4]!).join(' | ').replace(/\u00A0|\u202F/gu, ' '))).toEqual([
      'Élodie | ',
      'Élodie | MARIE CLAIRE: Alors qui allume la lampe ?',
      "Élodie | O'Brien: Le vent se lève.",
      'O\'Brien | ELODIE: Il y a quelqu’un là-haut ?',
      'O\'Brien | Marie Claire: Attendez-moi !',
      'Marie Claire | O’BRIEN: Personne depuis dix ans.',
      'Marie Claire | ELODIE: Montons voir.',
    ]);
  });

  it('sides: the booth script’s cues (DOCX, read back as text)', () => {
    const out = join(dir, 'obrien.docx');
    expect(runCli(['sides', join(FIXTURES, 'cues-labels-fr.docx'), '--config', config, '--voice', "O'Brien", '-o', out], dir, { SOURCE_DATE_EPOCH: '1749686400' }).code).toBe(0);
    const back = runCli(['lines', out, '--no-config', '--json'], dir);
    const texts = (JSON.parse(back.stdout) as Json).voices.flatMap((v) => v.lines.map((l) => l.text)).concat((JSON.parse(back.stdout) as Json).unassigned.lines.map((l) => l.text));
    expect(texts.filter((t) => /Il y a quelqu|Attendez/u.test(t)).map((t) => t.replace(/\u00A0|\u202F/gu, ' '))).toEqual(['ELODIE : Il y a quelqu’un là-haut ?', 'Marie Claire : Attendez-moi !']);
  });
});

describe('init on a one-colour ad: SAM on every line, notes typed `Note:`', () => {
  for (const format of ['docx', 'pdf']) {
    it(`init proposes SAM by label, Note left out; summary counts the notes for no voice (${format})`, () => {
      const work = mkdtempSync(join(tmpdir(), 'vo-notes-'));
      made.push(work);
      const file = `ad-notes-en.${format}`;
      copyFileSync(join(FIXTURES, file), join(work, file));
      const init = runCli(['init', file], work);
      expect(init.code).toBe(0);
      expect(init.stdout.split('\n')[0]).toBe('Wrote vo-lines.config.yaml (1 voice, one per speaker label: SAM; Note left out as a direction; text without a label taken as not recorded).');
      const config = readFileSync(join(work, 'vo-lines.config.yaml'), 'utf8');
      expect(config.split('\n').filter((l) => /^ {2}#? ?\S+: \{/u.test(l))).toEqual([
        '  SAM: { label: "SAM" }   # 84 words, 12 lines',
        '  # Note: { label: "Note" }   # 16 words, 2 paragraphs: a direction or a note, not a voice? If it is read, uncomment this line',
      ]);
      const summary = runCli(['summary', file, '--json'], work);
      expect(summary.code).toBe(0);
      const json = JSON.parse(summary.stdout) as { voices: { name: string; words: number; lineCount: number }[]; unassigned: { words: number; lines: { text: string }[] } };
      expect(json.voices.map((v) => [v.name, v.lineCount, v.words])).toEqual([['SAM', 12, 84]]);
      expect(json.unassigned.lines.map((l) => l.text)).toEqual([
        'SUNNYSIDE DAIRY — Radio :60 — "Morning"',
        'Note: read warm and unhurried, smile in the voice.',
        'Note: pause after the next line for the jingle.',
      ]);
    });
  }
});
