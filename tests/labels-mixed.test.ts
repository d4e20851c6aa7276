/**
 * A config mixing voices told by their labels with voices told by colour (`MARC: { label: MARC }`,
 * `JULIE: { highlight: green }`): a table's name column is the row's label for both kinds, never words
 * nor a line of its own; a colour voice's line is its colour's words only, a speaker's name opening
 * it (`JULIE : …` in Julie's red) shown and not counted, as with colour voices alone. The DOCX and
 * LibreOffice's PDF of each agree. Fixtures: scripts/build-table-name-fixtures.py,
 * scripts/build-colour-label-fixtures.py.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import type { Report } from '../src/measure/report.js';
import { ROOT } from './helpers/cli.js';
import { tempConfigs } from './helpers/temp-configs.js';

const TABLES = join(ROOT, 'tests', 'fixtures', 'table-names');
const PARAGRAPHS = join(ROOT, 'tests', 'fixtures', 'colour-labels');
const { configOf } = tempConfigs('vo-labels-mixed-');

/** Per voice: its lines as [text, label, words]; the unassigned lines as [text, words]. */
const view = (report: Report) => ({
  voices: report.voices.map((v) => [v.name, v.words, v.lines.map((l) => [l.text, l.label ?? null, l.words])]),
  unassigned: report.unassigned.lines.map((l) => [l.text, l.words]),
});

describe('a config mixing label voices and colour voices', () => {
  it.each(['fr-dub-row.docx', 'fr-dub-row.pdf', 'fr-dub-text.docx', 'fr-dub-text.pdf'])('%s (TC | PERSONNAGE | TEXTE): every name cell the row’s label, never words', async (file) => {
    const config = configOf('mixed-table', { voices: { MARC: { label: 'MARC' }, JULIE: { highlight: '#00FF00' } }, unassigned: ['#000000'] });
    const { report } = await analyse(join(TABLES, file), { config });
    expect(view(report)).toEqual({
      voices: [
        [
          'MARC',
          19,
          [
            ['Tu as vu l’heure ? On va être en retard.', null, 9],
            ['(rires) On se retrouve au port à minuit.', null, 8],
            ['Laisse tomber.', null, 2],
          ],
        ],
        ['JULIE', 11, [['Mais non, on a tout le temps.', null, 7], ['Arrête de mentir, Marc.', null, 4]]],
      ],
      // The rows of speakers in no voice: their text, the name no word of it (unknown-colour says their colours).
      unassigned: [
        ['LES OMBRES DU PORT — Épisode 4 — VF', 7],
        ['TC', 1],
        ['PERSONNAGE', 1],
        ['TEXTE', 1],
        ['Vous deux, à table !', 4],
        ['(Ambiance port, mouettes)', 3],
        ['Police judiciaire. Personne ne bouge.', 5],
        ['Les affaires sont les affaires, mon fils.', 7],
        ['Votre alibi ne tient pas debout.', 6],
      ],
    });
    expect(report.total.words).toEqual(65);
  });

  it.each(['colour-dialogue-fr.docx', 'colour-dialogue-fr.pdf'])('%s (paragraphs): JULIE : opening Julie’s red lines shown, not counted; MARC’s label cut', async (file) => {
    const config = configOf('mixed-paragraphs', { voices: { MARC: { label: 'MARC' }, Julie: { color: '#C00000' } }, unassigned: ['#000000'] });
    const { report } = await analyse(join(PARAGRAPHS, file), { config });
    expect(view(report).voices).toEqual([
      ['MARC', 7, [['(off) Tu viens ce soir ?', '(off) ', 4], ['Allez, dis oui !', null, 3]]],
      [
        'Julie',
        18,
        [
          ['JULIE : Je sais pas (rires) on verra.', 'JULIE : ', 6],
          ['JULIE (V.O.) : Bon… d’accord.', 'JULIE (V.O.) : ', 2],
          ['Durée : trente secondes, pas plus.', null, 5],
          ['Attention : le film commence tôt !', null, 5],
        ],
      ],
    ]);
    const warning = report.warnings.find((w) => w.code === 'labels-not-counted');
    expect(warning?.details).toEqual({ names: ['JULIE'], written: ['JULIE :'], lines: 2, words: 3 });
  });
});
