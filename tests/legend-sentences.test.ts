/**
 * Legends written as one sentence with no heading word, in each language vo-lines reads ("Die Zeilen des Erzählers sind
 * blau, die der Sprecherin grün.", "Narrator's lines are blue, the learner's green.", "Les répliques du narrateur sont
 * en bleu, celles de l'apprenante en vert", Spanish, Italian), read when each name is said to own the lines of a colour
 * the script's lines have; Italian elided links ("dell'esperta", "l'insegnante") read as the names, spelt as the
 * script's labels spell them. A sentence whose colours no line has is no key (said: legend-not-read); a line of the
 * script in a voice's colour that reads like one is a line. Fixtures built by
 * scripts/build-legend-sentences-fixtures.py (python-docx, and LibreOffice's PDF of each).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseScript } from '../src/pipeline.js';
import { readScript } from '../src/readers/index.js';
import { ROOT } from './helpers/cli.js';

const DIR = join(ROOT, 'tests/fixtures/legend-sentences');

/** The legend, its voices (name = colours), each voice's lines as `voice ¶n words`, the warnings' codes. */
async function cast(file: string) {
  const { casting } = await analyseScript(await readScript(join(DIR, file)), { voiceMap: null });
  return {
    legend: casting.legend ? { paragraph: casting.legend.location.paragraph, text: casting.legend.text } : null,
    voices: (casting.legend?.voices ?? []).map((v) => `${v.name} = ${[...v.colors, ...v.highlights.map((h) => `${h} highlight`)].join(', ')}`),
    lines: casting.lines.map((l) => `${l.voice ?? '-'} ¶${l.location.paragraph} ${l.words}`),
    warnings: casting.warnings.map((w) => w.code),
  };
}

/** A key read from paragraph 2, the title (¶1, black: no voice's) left unassigned. */
const key = (text: string, a: string, b: string) => ({
  legend: { paragraph: 2, text },
  voices: [`${a} = #0070C0`, `${b} = #00B050`],
  warnings: ['unknown-colour'],
});

const EXPECTED: Record<string, Awaited<ReturnType<typeof cast>>> = {
  'de-satz': {
    ...key('Die Zeilen des Erzählers sind blau, die der Sprecherin grün.', 'Erzähler', 'Sprecherin'),
    lines: ['- ¶1 4', 'Erzähler ¶3 6', 'Sprecherin ¶4 6', 'Erzähler ¶5 8', 'Sprecherin ¶6 4'],
  },
  'en-sentence': {
    ...key("Narrator's lines are blue, the learner's green.", 'Narrator', 'learner'),
    lines: ['- ¶1 5', 'Narrator ¶3 8', 'learner ¶4 8', 'Narrator ¶5 7', 'learner ¶6 5'],
  },
  'fr-phrase': {
    ...key('Les répliques du narrateur sont en bleu, celles de l’apprenante en vert.', 'narrateur', 'apprenante'),
    lines: ['- ¶1 4', 'narrateur ¶3 8', 'apprenante ¶4 6', 'narrateur ¶5 6', 'apprenante ¶6 5'],
  },
  'es-frase': {
    ...key('Las líneas del narrador están en azul, las de la alumna en verde.', 'narrador', 'alumna'),
    lines: ['- ¶1 7', 'narrador ¶3 6', 'alumna ¶4 6', 'narrador ¶5 7', 'alumna ¶6 4'],
  },
  // "quelle dell’esperta": the name after the elided link; no label, so as the sentence writes it.
  'it-frase': {
    ...key('Le battute del narratore sono in blu, quelle dell’esperta in verde.', 'narratore', 'esperta'),
    lines: ['- ¶1 6', 'narratore ¶3 6', 'esperta ¶4 5', 'narratore ¶5 7', 'esperta ¶6 2'],
  },
  // The lines labelled "Operatore:", "Esperta:", "Insegnante:": the names as the labels spell them.
  'it-elisioni': {
    legend: { paragraph: 2, text: 'Legenda: Le battute dell’operatore sono in blu, quelle dell’esperta in verde, l’insegnante in rosso.' },
    voices: ['Operatore = #0070C0', 'Esperta = #00B050', 'Insegnante = #FF0000'],
    lines: ['- ¶1 6', 'Operatore ¶3 4', 'Esperta ¶4 6', 'Insegnante ¶5 5', 'Operatore ¶6 4'],
    warnings: ['labels-not-counted', 'unknown-colour'],
  },
  // Red and yellow: no line has them. No key, and said as one not read (its words counted as the black lines').
  'de-kein-schluessel': {
    legend: null,
    voices: [],
    lines: ['#000000 black ¶1 4', '#000000 black ¶2 10', '#0070C0 blue ¶3 6', '#00B050 green ¶4 6', '#0070C0 blue ¶5 8'],
    warnings: ['legend-not-read'],
  },
  // A blue line that reads like a key: a line of the blue voice, no legend, nothing said.
  'en-blue-line': {
    legend: null,
    voices: [],
    lines: ['#000000 black ¶1 4', '#000000 black ¶2 5', '#0070C0 blue ¶3 8', '#00B050 green ¶4 10', '#0070C0 blue ¶5 6', '#00B050 green ¶6 7'],
    warnings: [],
  },
};

describe('legends written as a sentence with no heading word', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    for (const ext of ['docx', 'pdf']) {
      it(`${name}.${ext}: the legend's voices and their lines, or none`, async () => {
        expect(await cast(`${name}.${ext}`)).toEqual(expected);
      });
    }
  }

  it('de-kein-schluessel: legend-not-read quotes the sentence', async () => {
    const { casting } = await analyseScript(await readScript(join(DIR, 'de-kein-schluessel.docx')), { voiceMap: null });
    const warning = casting.warnings.find((w) => w.code === 'legend-not-read')!;
    expect(warning.details).toEqual({ text: 'Die Zeilen des Erzählers sind rot, die der Sprecherin gelb.' });
    expect(warning.location?.paragraph).toBe(2);
  });
});
