/**
 * Legend leftovers. A key sentence typed in one of its voices' colours ("The narrator speaks blue, the learner green."
 * in the narrator's blue) is the key when each name it pairs with a colour is a voice's (a role, or a speaker label of
 * the script): its paragraph is no line of that voice and nothing contradicts it; a line that mentions a colour ("The
 * sky is blue today.", "The sky is blue today, the grass green.") stays a line. A key in the page footer ("Key: Narrator
 * blue, Client green", "Légende : Narrateur en bleu, Cliente en vert"): in the DOCX, read from the footer; in
 * LibreOffice's PDF of one page, the body's last paragraph, read and no line; of two pages, a running footer read once
 * (with no heading word, said once). Names paired with colours ("Paul in blue, Marie in green.", "Paul en bleu, Marie en
 * vert.") over speaker labels "PAUL:", "Marie :": the labels name the lines' voices (not counted as words said); a line
 * with a label but in the body's black stays no voice's, said (unknown-colour quotes it); a line in one voice's colour
 * opening with the other's label ("MARIE:" in Paul's blue) is counted by its colour and said (label-names-other-voice:
 * before, counted so and nothing said). Fixtures:
 * scripts/build-legend-leftovers-fixtures.py (python-docx; LibreOffice's PDF of each; lo-*.docx saved again by
 * LibreOffice). Before: en-key-blue, en-owners-blue (and their copies) had no legend, the key a blue line, said as a
 * legend not read.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseScript } from '../src/pipeline.js';
import { readScript } from '../src/readers/index.js';
import { labelsOfOtherVoices } from '../src/attribute/colour-labels.js';
import { ROOT, runCli } from './helpers/cli.js';

const DIR = join(ROOT, 'tests/fixtures/legend-leftovers');

/** The legend (where, what), its voices (name = colours), each line as `voice ¶n words`, the warnings' codes (legend-not-read with its details). */
async function cast(file: string) {
  const { casting } = await analyseScript(await readScript(join(DIR, file)), { voiceMap: null });
  return {
    legend: casting.legend ? `${casting.legend.location.story} ¶${casting.legend.location.paragraph} ${casting.legend.text}` : null,
    voices: (casting.legend?.voices ?? []).map((v) => `${v.name} = ${v.colors.join(', ')}`),
    lines: casting.lines.map((l) => `${l.voice ?? '-'} ¶${l.location.paragraph} ${l.words}`),
    warnings: casting.warnings.map((w) => (w.code === 'legend-not-read' ? `${w.code} ${w.location?.story} ¶${w.location?.paragraph} ${JSON.stringify(w.details)}` : w.code)),
  };
}

const EN_LINES = ['- ¶1 5', 'A ¶3 8', 'B ¶4 8', 'A ¶5 7', 'B ¶6 5'];
const FR_LINES = ['- ¶1 4', 'A ¶3 8', 'B ¶4 6', 'A ¶5 6', 'B ¶6 5'];
/** Lines `shape` (A, B) with the voices' names. */
const named = (shape: readonly string[], a: string, b: string) => shape.map((l) => l.replace(/^A /, `${a} `).replace(/^B /, `${b} `));

describe('a key sentence typed in a voice\'s colour', () => {
  const cases: { files: string[]; text: string; a: string; b: string; lines: readonly string[] }[] = [
    { files: ['en-key-blue.docx', 'en-key-blue.pdf', 'lo-en-key-blue.docx'], text: 'The narrator speaks blue, the learner green.', a: 'narrator', b: 'learner', lines: EN_LINES },
    { files: ['en-owners-blue.docx', 'en-owners-blue.pdf'], text: 'Narrator’s lines are blue, the learner’s green.', a: 'Narrator', b: 'learner', lines: EN_LINES },
    { files: ['fr-cle-bleue.docx', 'fr-cle-bleue.pdf', 'lo-fr-cle-bleue.docx'], text: 'Le narrateur est en bleu, l’apprenant en vert.', a: 'narrateur', b: 'apprenant', lines: FR_LINES },
  ];
  for (const { files, text, a, b, lines } of cases) {
    for (const file of files) {
      it(`${file}: the key, no line of the blue voice, nothing contradicting it`, async () => {
        expect(await cast(file)).toEqual({
          legend: `body ¶2 ${text}`,
          voices: [`${a} = #0070C0`, `${b} = #00B050`],
          lines: named(lines, a, b),
          warnings: ['unknown-colour'],
        });
      });
    }
  }

  // A line that mentions a colour, in the blue voice's colour: a line of that voice.
  for (const ext of ['docx', 'pdf']) {
    it(`en-sky-line.${ext}, fr-ciel-ligne.${ext}: "The sky is blue today." under a key, a line of the blue voice`, async () => {
      expect(await cast(`en-sky-line.${ext}`)).toEqual({
        legend: 'body ¶2 Narrator in blue, learner in green.',
        voices: ['Narrator = #0070C0', 'learner = #00B050'],
        lines: ['- ¶1 5', 'Narrator ¶3 5', 'Narrator ¶4 8', 'learner ¶5 8', 'Narrator ¶6 7', 'learner ¶7 5'],
        warnings: ['unknown-colour'],
      });
      expect(await cast(`fr-ciel-ligne.${ext}`)).toEqual({
        legend: 'body ¶2 Narrateur en bleu, apprenant en vert.',
        voices: ['Narrateur = #0070C0', 'apprenant = #00B050'],
        lines: ['- ¶1 4', 'Narrateur ¶3 5', 'Narrateur ¶4 8', 'apprenant ¶5 6', 'Narrateur ¶6 6', 'apprenant ¶7 5'],
        warnings: ['unknown-colour'],
      });
    });

    it(`en-sky-pair.${ext}: "The sky is blue today, the grass green." in blue, no key: a blue line, nothing said`, async () => {
      expect(await cast(`en-sky-pair.${ext}`)).toEqual({
        legend: null,
        voices: [],
        lines: ['#000000 black ¶1 4', '#0070C0 blue ¶2 8', '#0070C0 blue ¶3 8', '#00B050 green ¶4 8', '#0070C0 blue ¶5 7', '#00B050 green ¶6 5'],
        warnings: [],
      });
    });
  }
});

describe('a key in the page footer', () => {
  const en = { voices: ['Narrator = #0070C0', 'Client = #00B050'], lines: ['- ¶1 5', 'Narrator ¶2 8', 'Client ¶3 8', 'Narrator ¶4 7', 'Client ¶5 5'], warnings: ['unknown-colour'] };
  const fr = { voices: ['Narrateur = #0070C0', 'Cliente = #00B050'], lines: ['- ¶1 4', 'Narrateur ¶2 8', 'Cliente ¶3 6', 'Narrateur ¶4 6', 'Cliente ¶5 5'], warnings: ['unknown-colour'] };
  const EN_KEY = 'Key: Narrator blue, Client green';
  const FR_KEY = 'Légende : Narrateur en bleu, Cliente en vert';
  const cases: [string, string, typeof en][] = [
    // The DOCX's footer (and LibreOffice's copy), on one page or two: read from the footer, once.
    ['en-footer-key.docx', `footer ¶1 ${EN_KEY}`, en],
    ['lo-en-footer-key.docx', `footer ¶1 ${EN_KEY}`, en],
    ['en-footer-pages.docx', `footer ¶1 ${EN_KEY}`, en],
    ['fr-pied-legende.docx', `footer ¶1 ${FR_KEY}`, fr],
    ['lo-fr-pied-legende.docx', `footer ¶1 ${FR_KEY}`, fr],
    ['fr-pied-pages.docx', `footer ¶1 ${FR_KEY}`, fr],
    // LibreOffice's PDF of one page: nothing repeats, the footer is the body's last paragraph, read there and no line.
    ['en-footer-key.pdf', `body ¶6 ${EN_KEY}`, en],
    ['fr-pied-legende.pdf', `body ¶6 ${FR_KEY}`, fr],
    // Of two pages: the footer repeats, running furniture, read once (the first page's), no line.
    ['en-footer-pages.pdf', `footer ¶1 ${EN_KEY}`, en],
    ['fr-pied-pages.pdf', `footer ¶1 ${FR_KEY}`, fr],
  ];
  for (const [file, legend, expected] of cases) {
    it(`${file}: the key read once, its voices and their lines`, async () => {
      expect(await cast(file)).toEqual({ legend, ...expected });
    });
  }

  it('en-footer-pages.pdf: the footer is furniture, one paragraph for its two pages', async () => {
    const script = await readScript(join(DIR, 'en-footer-pages.pdf'));
    expect((script.furniture ?? []).map((p) => `${p.location.story} p.${p.location.page} ${p.runs.map((r) => r.text).join('')}`)).toEqual([`footer p.1 ${EN_KEY}`]);
    expect(script.paragraphs.map((p) => p.location.page)).toEqual([1, 1, 1, 2, 2]);
  });

  // No heading word, two pages: not read (a footer key must say it is one), said once, not per page.
  for (const file of ['en-footer-bare-pages.docx', 'en-footer-bare-pages.pdf']) {
    it(`${file}: a footer with no heading word, said once`, async () => {
      expect(await cast(file)).toEqual({
        legend: null,
        voices: [],
        lines: ['#000000 black ¶1 5', '#0070C0 blue ¶2 8', '#00B050 green ¶3 8', '#0070C0 blue ¶4 7', '#00B050 green ¶5 5'],
        warnings: [`legend-not-read footer ¶1 ${JSON.stringify({ text: 'Narrator blue, Client green', place: 'footer' })}`],
      });
    });
  }
});

describe('names paired with colours over speaker labels', () => {
  // "Paul in blue, Marie in green." reads as the key; the labels (PAUL:, Marie :) name the lines' voices and are not
  // counted as words said; a labelled line in the body's black stays no voice's and is quoted as such.
  for (const ext of ['docx', 'pdf']) {
    it(`en-names-labels.${ext}`, async () => {
      expect(await cast(`en-names-labels.${ext}`)).toEqual({
        legend: 'body ¶2 Paul in blue, Marie in green.',
        voices: ['Paul = #0070C0', 'Marie = #00B050'],
        lines: ['- ¶1 5', 'Paul ¶3 8', 'Marie ¶4 8', '- ¶5 8', 'Marie ¶6 5'],
        warnings: ['labels-not-counted', 'unknown-colour'],
      });
    });
  }
  for (const file of ['fr-noms-etiquettes.docx', 'fr-noms-etiquettes.pdf', 'lo-fr-noms-etiquettes.docx']) {
    it(`${file}`, async () => {
      const { casting } = await analyseScript(await readScript(join(DIR, file)), { voiceMap: null });
      expect(casting.legend?.voices.map((v) => `${v.name} = ${v.colors.join(', ')}`)).toEqual(['Paul = #0070C0', 'Marie = #00B050']);
      expect(casting.lines.map((l) => `${l.voice ?? '-'} ¶${l.location.paragraph} ${l.words} ${JSON.stringify(l.label ?? null)}`)).toEqual([
        '- ¶1 4 null',
        'Paul ¶3 8 "PAUL : "',
        'Marie ¶4 6 "Marie : "',
        'Paul ¶5 6 "PAUL : "',
        '- ¶6 6 null',
      ]);
      const labels = casting.warnings.find((w) => w.code === 'labels-not-counted')!;
      expect(labels.details).toEqual({ names: ['PAUL', 'Marie'], written: ['PAUL :', 'Marie :'], lines: 3, words: 3 });
      const black = casting.warnings.find((w) => w.code === 'unknown-colour')!;
      expect(black.details).toEqual({ colour: '#000000', background: false, words: 10, lines: 2, firstLines: ['Formation accueil – Module 3', 'MARIE : Je suis prêt à commencer.'] });
    });
  }
});

describe('a label of one voice opening lines in another voice\'s colour', () => {
  // "MARIE:" typed in Paul's blue: counted as Paul's by the colour, as before, and now said (label-names-other-voice),
  // with the lines; the label's own voice's lines and the black title as before.
  for (const ext of ['docx', 'pdf']) {
    it(`en-names-swapped.${ext}: two MARIE: lines in Paul's blue, said`, async () => {
      const { casting } = await analyseScript(await readScript(join(DIR, `en-names-swapped.${ext}`)), { voiceMap: null });
      expect(casting.lines.map((l) => `${l.voice ?? '-'} ¶${l.location.paragraph} ${l.words}`)).toEqual(['- ¶1 5', 'Paul ¶3 8', 'Marie ¶4 9', 'Paul ¶5 8', 'Paul ¶6 5', 'Paul ¶7 5']);
      expect(casting.warnings.map((w) => w.code)).toEqual(['labels-not-counted', 'label-names-other-voice', 'unknown-colour']);
      const other = casting.warnings.find((w) => w.code === 'label-names-other-voice')!;
      expect(other.details).toEqual({
        label: 'MARIE:',
        voice: 'Paul',
        labelVoice: 'Marie',
        lines: 2,
        firstLines: ['MARIE: Listen carefully and write down your questions.', 'MARIE: Thank you very much.'],
      });
      expect(other.location?.paragraph).toBe(5);
      expect(other.message).toBe(
        '2 lines in Paul\'s colour open with MARIE:, the label of Marie ("MARIE: Listen carefully and write down your questions.", "MARIE: Thank you very much."): counted as Paul\'s, by their colour. If they are Marie\'s, type them in Marie\'s colour.',
      );
    });
  }
  for (const file of ['fr-noms-inverses.docx', 'fr-noms-inverses.pdf', 'lo-fr-noms-inverses.docx']) {
    it(`${file}: a "PAUL :" line in Marie's green, said`, async () => {
      const { casting } = await analyseScript(await readScript(join(DIR, file)), { voiceMap: null });
      expect(casting.lines.map((l) => `${l.voice ?? '-'} ¶${l.location.paragraph} ${l.words}`)).toEqual(['- ¶1 4', 'Paul ¶3 9', 'Marie ¶4 6', 'Marie ¶5 7', 'Marie ¶6 5']);
      const other = casting.warnings.filter((w) => w.code === 'label-names-other-voice');
      expect(other.map((w) => w.details)).toEqual([{ label: 'PAUL :', voice: 'Marie', labelVoice: 'Paul', lines: 1, firstLines: ['PAUL : Écoutez bien et notez vos questions.'] }]);
      expect(other[0]!.message).toBe('1 line in Marie\'s colour opens with PAUL :, the label of Paul ("PAUL : Écoutez bien et notez vos questions."): counted as Marie\'s, by its colour. If it is Paul\'s, type it in Paul\'s colour.');
    });
  }

  it('labels in their own voices\' colours, or voices named after colours: nothing said', async () => {
    for (const file of ['en-names-labels.docx', 'fr-noms-etiquettes.docx', 'en-key-blue.docx']) {
      const { casting } = await analyseScript(await readScript(join(DIR, file)), { voiceMap: null });
      expect(casting.warnings.filter((w) => w.code === 'label-names-other-voice'), file).toEqual([]);
    }
    const line = (voice: string, text: string) => ({ voice, text, words: 3, spokenWords: 3, location: { story: 'body' as const, paragraph: 1 }, looks: [] });
    const lines = [line('blue', 'MARIE: Good morning.'), line('green', 'PAUL: Hello there.')];
    const byColour = { voices: [{ name: 'blue', labels: [], colors: ['#0070C0'] }, { name: 'green', labels: [], colors: ['#00B050'] }] };
    expect(labelsOfOtherVoices(lines, byColour)).toEqual([]);
    const named = { voices: [{ name: 'Paul', labels: [], colors: ['#0070C0'] }, { name: 'Marie', labels: [], colors: ['#00B050'] }] };
    expect(labelsOfOtherVoices([line('Paul', 'MARIE: Good morning.'), line('Marie', 'MARIE: Hello there.')], named).map((w) => w.details)).toEqual([
      { label: 'MARIE:', voice: 'Paul', labelVoice: 'Marie', lines: 1, firstLines: ['MARIE: Good morning.'] },
    ]);
  });
});

describe('the summary', () => {
  it('en-key-blue.docx: the legend named, the blue voice without the key\'s words, no "not read"', () => {
    const { code, stdout } = runCli(['--no-config', join(DIR, 'en-key-blue.docx')]);
    expect(code).toBe(0);
    expect(stdout).toContain('no config: the legend at ¶2: "The narrator speaks blue, the learner green."');
    expect(stdout).toContain('Voices from the legend at ¶2: narrator = #0070C0 blue, learner = #00B050 green.');
    expect(stdout).toMatch(/^ {2}narrator +#0070C0 blue +2 +15 /m);
    expect(stdout).not.toContain('not read');
  });
});
