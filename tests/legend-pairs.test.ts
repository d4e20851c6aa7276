/**
 * Key sentences with no heading word and no word saying who owns the lines: "The narrator speaks blue, the learner
 * green.", "Blue: narrator / green: learner", "Narrateur en bleu, apprenant en vert.", "Sprecher blau, Lernende grün",
 * "Narratore in blu, esperta in verde." — read when every colour word is paired with one voice (a role, legend-roles.ts,
 * or a speaker label of the script), each voice's colour one the lines have. A sentence that mentions a colour ("The
 * sky is blue, says the narrator", "Il cielo è blu, il prato verde") is a line, nothing said; one whose colours no line
 * has, or whose names are no voice's, is said (legend-not-read). The opening in which such a key is read (legend.ts
 * openingEnd) counts thirty paragraphs of text, not a title page's headings, a contents list or a revision table: a key
 * after them is read, one after thirty-one paragraphs of a foreword is a line. A footer key with no heading word is
 * said with place footer. Fixtures: scripts/build-legend-pairs-fixtures.py (python-docx; LibreOffice's PDF of each and,
 * lo-*.docx, the DOCX LibreOffice saves again). Before: en-speaks, de-paare, de-kurzes-vorwort, en-after-front (and their
 * lo-/PDF copies) had no legend; fr-absentes and en-blue-key said nothing. en-blue-key (the key typed in blue): a line of
 * the blue voice said as a legend not read until legend9, the key since.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseScript } from '../src/pipeline.js';
import { readScript } from '../src/readers/index.js';
import { openingEnd, pairingKey } from '../src/attribute/legend.js';
import { isRoleName } from '../src/attribute/legend-roles.js';
import { ROOT } from './helpers/cli.js';

const DIR = join(ROOT, 'tests/fixtures/legend-pairs');

/** The legend, its voices (name = colours), each line as `voice ¶n words`, the warnings (legend-not-read with its details). */
async function cast(file: string) {
  const { casting } = await analyseScript(await readScript(join(DIR, file)), { voiceMap: null });
  return {
    legend: casting.legend ? { paragraph: casting.legend.location.paragraph, text: casting.legend.text } : null,
    voices: (casting.legend?.voices ?? []).map((v) => `${v.name} = ${v.colors.join(', ')}`),
    lines: casting.lines.map((l) => `${l.voice ?? '-'} ¶${l.location.paragraph} ${l.words}`),
    warnings: casting.warnings.map((w) => (w.code === 'legend-not-read' ? `${w.code} ¶${w.location?.paragraph} ${JSON.stringify(w.details)}` : w.code)),
  };
}

/** A key read from paragraph 2 over four lines, blue then green; the title (¶1, black) no voice's. */
function key(text: string, a: string, b: string, words: [number, number, number, number, number]) {
  return {
    legend: { paragraph: 2, text },
    voices: [`${a} = #0070C0`, `${b} = #00B050`],
    lines: [`- ¶1 ${words[0]}`, `${a} ¶3 ${words[1]}`, `${b} ¶4 ${words[2]}`, `${a} ¶5 ${words[3]}`, `${b} ¶6 ${words[4]}`],
    warnings: ['unknown-colour'],
  };
}

/** No key: the lines by their colours. */
function colours(words: number[], key: string | null, paragraphs = 2) {
  const palette = ['#000000 black', '#000000 black', '#0070C0 blue', '#00B050 green', '#0070C0 blue', '#00B050 green'];
  return {
    legend: null,
    voices: [],
    lines: words.map((n, i) => `${palette[Math.min(i, palette.length - 1)]} ¶${i + 1} ${n}`).slice(0, paragraphs + 4),
    warnings: key ? [`legend-not-read ¶2 ${JSON.stringify({ text: key })}`] : [],
  };
}

const EN = [8, 8, 7, 5] as const;
const EXPECTED: Record<string, { files: string[]; expected: Awaited<ReturnType<typeof cast>> }> = {
  'en-speaks': { files: ['en-speaks.docx', 'en-speaks.pdf', 'lo-en-speaks.docx'], expected: key('The narrator speaks blue, the learner green.', 'narrator', 'learner', [5, ...EN]) },
  'en-slash': { files: ['en-slash.docx', 'en-slash.pdf'], expected: key('Blue: narrator / green: learner', 'narrator', 'learner', [5, ...EN]) },
  'fr-paires': { files: ['fr-paires.docx', 'fr-paires.pdf', 'lo-fr-paires.docx'], expected: key('Narrateur en bleu, apprenant en vert.', 'Narrateur', 'apprenant', [4, 8, 6, 6, 5]) },
  'de-paare': { files: ['de-paare.docx', 'de-paare.pdf', 'lo-de-paare.docx'], expected: key('Sprecher blau, Lernende grün.', 'Sprecher', 'Lernende', [4, 6, 6, 8, 4]) },
  'it-coppie': { files: ['it-coppie.docx', 'it-coppie.pdf', 'lo-it-coppie.docx'], expected: key('Narratore in blu, esperta in verde.', 'Narratore', 'esperta', [6, 6, 5, 7, 2]) },
  // Names of no role, the script's labels ("PAUL:", "MARIE:"): read; with no labels, read all the same (a colour in
  // brackets-like words after each name: the entries' shape, read before this session).
  'en-labels': { files: ['en-labels.docx', 'en-labels.pdf'], expected: { ...key('Paul in blue, Marie in green.', 'Paul', 'Marie', [5, ...EN]), warnings: ['labels-not-counted', 'unknown-colour'] } },
  'en-names': { files: ['en-names.docx', 'en-names.pdf'], expected: key('Paul in blue, Marie in green.', 'Paul', 'Marie', [5, ...EN]) },
  // A line that mentions a colour, a sentence that names no voice: lines, nothing said.
  'en-sky': { files: ['en-sky.docx', 'en-sky.pdf', 'lo-en-sky.docx'], expected: colours([4, 7, ...EN], null) },
  'it-cielo': { files: ['it-cielo.docx', 'it-cielo.pdf'], expected: colours([3, 7, 6, 5, 7, 2], null) },
  // Red and yellow: no line has them. Said, its words counted as the black lines'.
  'fr-absentes': { files: ['fr-absentes.docx', 'fr-absentes.pdf'], expected: colours([4, 6, 8, 6, 6, 5], 'Narrateur en rouge, apprenant en jaune.') },
};

describe('a key sentence that pairs each colour with a voice, with no heading word', () => {
  for (const { files, expected } of Object.values(EXPECTED)) {
    for (const file of files) {
      it(`${file}: the legend's voices and their lines, or none and what is said`, async () => {
        expect(await cast(file)).toEqual(expected);
      });
    }
  }

  // Written in the blue voice's colour, its names roles: the key all the same (legend-leftovers.test.ts), no line.
  for (const file of ['en-blue-key.docx', 'en-blue-key.pdf']) {
    it(`${file}: the key written in a voice's colour is the key, no line of that voice`, async () => {
      expect(await cast(file)).toEqual(key('The narrator speaks blue, the learner green.', 'narrator', 'learner', [5, ...EN]));
    });
  }

  it('pairingKey: every colour word paired with a role, or null', () => {
    const read = (text: string) => pairingKey(text, isRoleName)?.map((e) => `${e.name} = ${e.words}`) ?? null;
    expect(read('The narrator speaks blue, the learner green.')).toEqual(['narrator = blue', 'learner = green']);
    expect(read('Sprecher: blau / Lernende: grün')).toEqual(['Sprecher = blau', 'Lernende = grün']);
    expect(read('Narratore blu, esperta verde.')).toEqual(['Narratore = blu', 'esperta = verde']);
    for (const line of [
      'The sky is blue, says the narrator.',
      'The sky is blue, the sea green.',
      'Der Himmel ist blau, die Wiese grün.',
      'Le ciel est bleu, la mer verte.',
      'The narrator is feeling blue, the learner green with envy.',
      'The narrator wore blue, the learner green.',
      'Paul in blue, Marie in green.',
    ]) expect(read(line), line).toBeNull();
  });
});

describe("the opening, in which a key sentence with no heading word is read", () => {
  it('en-after-front: after a title page, a contents list and a revision table (¶40), read', async () => {
    for (const file of ['en-after-front.docx', 'en-after-front.pdf', 'lo-en-after-front.docx']) {
      const got = await cast(file);
      expect(got.legend, file).toEqual({ paragraph: 40, text: 'The narrator speaks blue, the learner green.' });
      expect(got.voices, file).toEqual(['narrator = #0070C0', 'learner = #00B050']);
      expect(got.lines.slice(-4), file).toEqual(['narrator ¶41 8', 'learner ¶42 8', 'narrator ¶43 7', 'learner ¶44 5']);
    }
  });

  it('de-kurzes-vorwort: the thirtieth paragraph of text, read; de-nach-vorwort: the thirty-third, a line', async () => {
    for (const ext of ['docx', 'pdf']) {
      const near = await cast(`de-kurzes-vorwort.${ext}`);
      expect(near.legend).toEqual({ paragraph: 30, text: 'Sprecher blau, Lernende grün.' });
      expect(near.lines.slice(-4)).toEqual(['Sprecher ¶31 6', 'Lernende ¶32 6', 'Sprecher ¶33 8', 'Lernende ¶34 4']);
      const far = await cast(`de-nach-vorwort.${ext}`);
      expect(far.legend).toBeNull();
      expect(far.warnings).toEqual([]);
      expect(far.lines.slice(-5)).toEqual(['#000000 black ¶33 4', '#0070C0 blue ¶34 6', '#00B050 green ¶35 6', '#0070C0 blue ¶36 8', '#00B050 green ¶37 4']);
    }
  });

  it('openingEnd: thirty paragraphs of text; table cells, headings, contents lines and empty paragraphs not counted', () => {
    const p = (text: string, extra: object = {}) => ({ runs: [{ text, color: '#000000', background: null }], location: { story: 'body', paragraph: 0 }, ...extra }) as never;
    const text = Array.from({ length: 40 }, (_, i) => p(`Paragraph ${i}.`));
    expect(openingEnd(text)).toBe(30);
    const front = [p('Title', { outlineLevel: 1 }), p('Introduction\t3'), p('Safety ........ 12'), p(''), p('cell', { location: { story: 'body', paragraph: 0, cell: { table: 1, row: 1, column: 1 } } })];
    expect(openingEnd([...front, ...text])).toBe(35);
  });
});

describe('a key in the page footer with no heading word', () => {
  for (const file of ['en-footer.docx', 'lo-en-footer.docx']) {
    it(`${file}: said as a legend not read, place footer`, async () => {
      const script = await readScript(join(DIR, file));
      expect((script.furniture ?? []).map((p) => `${p.location.story} ${p.runs.map((r) => r.text).join('')}`)).toEqual(['footer Narrator blue, Learner green']);
      const { casting } = await analyseScript(script, { voiceMap: null });
      expect(casting.legend).toBeNull();
      const warning = casting.warnings.find((w) => w.code === 'legend-not-read')!;
      expect(warning.details).toEqual({ text: 'Narrator blue, Learner green', place: 'footer' });
      expect(warning.message).toBe(
        '¶1 (footer) ("Narrator blue, Learner green") looks like a legend but was not read: the voices are the colours found. A key in a page footer is read only when it says it is one: if it is the script\'s key, begin it with "Legend:" or write each colour after an equals sign ("Narrator = blue; Learner = green"), or name the voices in a config (vo-lines init writes one).',
      );
      expect(casting.lines.map((l) => `${l.voice} ¶${l.location.paragraph}`)).toEqual(['#000000 black ¶1', '#0070C0 blue ¶2', '#00B050 green ¶3', '#0070C0 blue ¶4', '#00B050 green ¶5']);
    });
  }

  // LibreOffice's PDF of one page: the footer is no running furniture (one page shows nothing repeating) but the last
  // paragraph of the body, in the opening: read as the key it is.
  it('en-footer.pdf: the footer line, the body\'s last paragraph, read as the key', async () => {
    const got = await cast('en-footer.pdf');
    expect(got.legend).toEqual({ paragraph: 6, text: 'Narrator blue, Learner green' });
    expect(got.voices).toEqual(['Narrator = #0070C0', 'Learner = #00B050']);
    expect(got.lines).toEqual(['- ¶1 5', 'Narrator ¶2 8', 'Learner ¶3 8', 'Narrator ¶4 7', 'Learner ¶5 5']);
  });
});
