/**
 * Legends the probes found misread, in English and French (fixtures: scripts/build-legend-probe-fixtures.py):
 * a legend left out of the lines whatever names the config gives its voices, and said where the two
 * disagree on a colour; what is not recorded read by its head noun ("instructions in brackets"); a
 * legend voice with nothing but directions said; legends with a sentence after them; red notes on a
 * voice's highlight; init's comments on what it takes as not recorded. The built CLI for init (npm run build first).
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseScript } from '../src/pipeline.js';
import { readScript } from '../src/readers/index.js';
import { parseConfigText } from '../src/config/parse.js';
import { colourWordsLine } from '../src/attribute/legend-shapes.js';
import { ROOT, runCli } from './helpers/cli.js';

const DIR = join(ROOT, 'tests/fixtures/legend-probe');

async function analyse(name: string, config?: string) {
  const script = await readScript(join(DIR, name));
  const voiceMap = config === undefined ? null : (await parseConfigText(config, 'vo-lines.config.yaml')).voiceMap;
  return analyseScript(script, { voiceMap });
}

/** Each voice's lines as `voice ¶n words text`, and the warnings' codes. */
async function lines(name: string, config?: string) {
  const { casting } = await analyse(name, config);
  return casting.lines.map((l) => `${l.voice ?? '-'} ¶${l.location.paragraph} ${l.words} ${l.text}`);
}

const warnings = async (name: string, config?: string) => (await analyse(name, config)).casting.warnings.filter((w) => w.code.startsWith('legend'));

const entries = (text: string) => colourWordsLine(text)?.entries.map((e) => `${e.name}${e.notRecorded ? ' (not recorded)' : ''} = ${e.words}`) ?? null;

const RENAMED_FR = 'voices:\n  Julien: { color: "#404040" }\n  Claire: { color: "#1F4E79" }\n  Léa: { color: "#00B050" }\nunassigned: ["#000000"]\n';

describe('a legend under a config that renames its voices', () => {
  it('is left out of the lines (DOCX and PDF), and nothing is said of the names', async () => {
    for (const file of ['renamed-legend-fr.docx', 'renamed-legend-fr.pdf']) {
      const got = await lines(file, RENAMED_FR);
      expect(got.filter((l) => l.includes('¶2 ')), file).toEqual([]);
      expect(got.filter((l) => !l.startsWith('-')), file).toEqual([
        'Julien ¶4 12 Chaque jour, sur nos sites, plus de mille collaborateurs préparent des colis.',
        'Claire ¶5 10 Bonjour à tous, je suis votre formatrice pour ce module.',
        'Léa ¶6 10 Est-ce que ce module est obligatoire pour tout le monde ?',
        'Julien ¶9 11 Les équipements de protection sont obligatoires dans les zones de stockage.',
        'Claire ¶10 9 Demandez une paire de gants à votre chef d’équipe.',
        'Léa ¶11 5 Et si j’oublie mes gants ?',
      ]);
      expect(await warnings(file, RENAMED_FR), file).toEqual([]);
    }
    const en = await lines('renamed-legend-en.docx', 'voices:\n  Sam: { color: "#404040" }\n  Kim: { color: "#1F4E79" }\n  Lou: { color: "#00B050" }\nunassigned: ["#000000"]\n');
    expect(en.filter((l) => l.includes('¶2 '))).toEqual([]);
    expect(en.filter((l) => l.startsWith('Sam'))).toEqual(['Sam ¶4 12 Every day, more than a thousand people pack parcels at our sites.', 'Sam ¶8 8 Protective equipment is required in every storage area.']);
  });

  it('says where it and the config disagree: a colour given to no voice, two voices merged, a voice named as another of the legend', async () => {
    const merged = 'voices:\n  Julien: { color: ["#404040", "#1F4E79"] }\nunassigned: ["#000000"]\n';
    const got = await warnings('renamed-legend-fr.docx', merged);
    expect(got.map((w) => w.message)).toEqual([
      'The legend at ¶2 ("Légende : Narrateur — Formatrice — Apprenant — Non enregistré") does not say what vo-lines.config.yaml says: it gives #00B050 green to Apprenant, which vo-lines.config.yaml gives to no voice; it gives #404040 to Narrateur and #1F4E79 to Formatrice, vo-lines.config.yaml gives both to Julien. The config\'s voices are used: check its colours against the legend before recording.',
    ]);
    expect(got[0]!.code).toBe('legend-config-differs');
    expect((await lines('renamed-legend-fr.docx', merged)).filter((l) => l.includes('¶2 '))).toEqual([]);

    const swapped = 'voices:\n  Formatrice: { color: "#404040" }\n  Narrateur: { color: "#1F4E79" }\n  Apprenant: { color: "#00B050" }\nunassigned: ["#000000"]\n';
    expect((await warnings('renamed-legend-fr.docx', swapped)).map((w) => w.details?.problems)).toEqual([
      [
        { kind: 'other-voice', legendVoice: 'Narrateur', colour: '#404040', background: false, voice: 'Formatrice' },
        { kind: 'other-voice', legendVoice: 'Formatrice', colour: '#1F4E79', background: false, voice: 'Narrateur' },
      ],
    ]);

    // A legend voice's colour the config lists as not recorded: on purpose, nothing said.
    const mine = 'voices:\n  Julien: { color: "#404040" }\nunassigned: ["#000000", "#1F4E79", "#00B050"]\n';
    expect(await warnings('renamed-legend-fr.docx', mine)).toEqual([]);
    expect((await lines('renamed-legend-fr.docx', mine)).filter((l) => l.includes('¶2 '))).toEqual([]);

    const recorded = 'voices:\n  Julien: { color: "#404040" }\n  Claire: { color: "#1F4E79" }\n  Léa: { color: "#00B050" }\n  Régie: { color: "#000000" }\n';
    expect((await warnings('renamed-legend-fr.docx', recorded)).map((w) => w.details?.problems)).toEqual([[{ kind: 'recorded', colour: '#000000', background: false, voice: 'Régie' }]]);
  });

  it('a config about other colours altogether (another job\'s): the legend is left out of the lines all the same, and how it differs is said', async () => {
    const other = 'voices:\n  Anne: { color: "#FF0000" }\n';
    expect((await lines('renamed-legend-fr.docx', other)).filter((l) => l.includes('¶2 '))).toEqual([]);
    const said = await warnings('renamed-legend-fr.docx', other);
    expect(said.map((w) => w.code)).toEqual(['legend-config-differs']);
    expect((said[0]!.details as { problems: { kind: string; legendVoice: string }[] }).problems.map((p) => [p.kind, p.legendVoice])).toEqual([
      ['no-voice', 'Narrateur'],
      ['no-voice', 'Formatrice'],
      ['no-voice', 'Apprenant'],
    ]);
  });
});

describe('what is not recorded, read by its head noun', () => {
  it('instructions, consignes, directions, notes followed by what qualifies them are never a voice', () => {
    expect(entries('narratrice = gris foncé, consignes entre crochets = gris')).toEqual(['narratrice = gris foncé', 'consignes entre crochets (not recorded) = gris']);
    expect(entries('Key: Narrator = dark grey, instructions in brackets = grey')).toEqual(['Narrator = dark grey', 'instructions in brackets (not recorded) = grey']);
    expect(entries('Key: Narrator = blue; directions in brackets = grey')).toEqual(['Narrator = blue', 'directions in brackets (not recorded) = grey']);
    expect(entries('Key: Narrator = blue; notes to the studio = grey')).toEqual(['Narrator = blue', 'notes to the studio (not recorded) = grey']);
    expect(entries('Légende : Narratrice = bleu ; les indications de jeu = gris')).toEqual(['Narratrice = bleu', 'indications de jeu (not recorded) = gris']);
    expect(entries('Key: Narrator = blue. Instructions in square brackets are in grey.')).toEqual(['Narrator = blue', 'Instructions in square brackets (not recorded) = grey']);
    // A documentary's "Commentaire" is its narration: a voice.
    expect(entries('Légende : Commentaire = bleu, Interviewé = vert')).toEqual(['Commentaire = bleu', 'Interviewé = vert']);
  });

  it('a script with such a legend: one voice, the grey brackets not recorded (English and French)', async () => {
    for (const [file, voice] of [['notes-qualified-en.docx', 'Narrator'], ['notes-qualified-fr.docx', 'narratrice']] as const) {
      const { casting } = await analyse(file);
      expect(casting.mode, file).toBe('legend');
      expect(casting.voices.map((v) => v.name), file).toEqual([voice]);
      expect(casting.voiceMap?.unassigned, file).toEqual(['#A6A6A6']);
    }
  });

  it('a legend voice whose every word is in brackets is said (legend-voice-unspoken)', async () => {
    const en = await warnings('bracket-voice-en.docx');
    expect(en.map((w) => [w.code, w.message])).toEqual([
      [
        'legend-voice-unspoken',
        'The legend at ¶2 ("Key: Narrator = blue, Studio = grey") makes Studio (7 words in 2 lines) a voice, but every word of it is in brackets, a direction that is not spoken: if it is not recorded, name the voices in a config (vo-lines init writes one) and put its colour under "unassigned".',
      ],
    ]);
    const fr = await warnings('bracket-voice-fr.docx');
    expect(fr.map((w) => w.details?.voices)).toEqual([[{ voice: 'Régie', colors: ['#808080'], highlights: [], words: 7, spoken: 0, lines: 2 }]]);
    expect(await warnings('notes-qualified-en.docx')).toEqual([]);
  });
});

describe('legends with a sentence after them, or "unassigned" beside a colour', () => {
  it('"Le noir n’est pas enregistré.", "Red notes are pronunciation guides, not recorded.", "unassigned: black"', async () => {
    expect(entries('Légende : Marc = bleu, Julie = rouge. Le noir n’est pas enregistré.')).toEqual(['Marc = bleu', 'Julie = rouge', 'Le noir (not recorded) = Le noir']);
    expect(entries("Légende : Marc = bleu, Julie = rouge. Le noir n'est pas enregistré.")).toEqual(['Marc = bleu', 'Julie = rouge', 'Le noir (not recorded) = Le noir']);
    expect(entries('Key: Narrator = blue, Coach = green. Red notes are pronunciation guides, not recorded.')).toEqual(['Narrator = blue', 'Coach = green', 'Red notes (not recorded) = Red']);
    expect(entries('Narrator: dark grey, unassigned: black')).toEqual(['Narrator = dark grey', 'unassigned (not recorded) = black']);
    expect(entries('Narratrice : gris foncé, non attribué : noir')).toEqual(['Narratrice = gris foncé', 'non attribué (not recorded) = noir']);
    for (const [file, voices, unassigned] of [
      ['sentence-after-fr.docx', ['Marc', 'Julie'], ['#000000']],
      ['red-notes-en.docx', ['Narrator', 'Coach'], ['#FF0000']],
      ['red-notes-fr.docx', ['Narrateur', 'Coach'], ['#FF0000']],
      ['unassigned-word-en.docx', ['Narrator', 'Coach'], ['#000000']],
      ['unassigned-word-fr.docx', ['Narrateur', 'Coach'], ['#000000']],
    ] as const) {
      const { casting } = await analyse(file);
      expect([casting.mode, casting.voices.map((v) => v.name), casting.voiceMap?.unassigned], file).toEqual(['legend', voices, unassigned]);
    }
  });

  it('"dark grey" that fits the narrator’s #595959 and Word’s Subtitle #5A5A5A alike: the legend is said, not silently dropped', async () => {
    const got = await warnings('subtitle-grey-en.docx');
    expect(got.map((w) => [w.code, w.message])).toEqual([
      [
        'legend-rejected',
        'The legend at ¶2 ("Key: Narrator = dark grey. Black text is not recorded.") was not used: Narrator\'s "dark grey" fits #595959 dark grey and #5A5A5A dark grey alike. It is left out of the lines, and the voices are shown as the colours found instead: check the legend, or name the voices in a config (vo-lines init writes one).',
      ],
    ]);
  });
});

describe('a note in a colour declared not recorded, on a voice’s highlight', () => {
  it('is left out of the voice’s words, as the same note with no highlight is (DOCX and PDF, English and French)', async () => {
    for (const file of ['pron-highlight-en.docx', 'pron-highlight-en.pdf']) {
      expect((await lines(file)).filter((l) => !l.startsWith('-')), file).toEqual([
        'Narrator ¶3 6 This tree is an oak, Quercus',
        'Narrator ¶3 3 , planted in 1890.',
        'Expert ¶4 2 Its name,',
        'Expert ¶4 4 Monstera, comes from Latin.',
        'Narrator ¶6 5 Walk on to the pond.',
      ]);
    }
    const fr = await analyse('pron-highlight-fr.docx');
    expect(fr.report.voices.map((v) => [v.name, v.words])).toEqual([
      ['Narrateur', 13],
      ['Experte', 6],
    ]);
    // The config's `unassigned` says it as the legend does.
    const config = 'voices:\n  Narrator: { highlight: "#FFFF00" }\n  Expert: { highlight: "#00FF00" }\nunassigned: ["#FF0000", "#000000"]\n';
    expect((await analyse('pron-highlight-en.docx', config)).report.voices.map((v) => [v.name, v.words])).toEqual([
      ['Narrator', 14],
      ['Expert', 6],
    ]);
    // Black text on a highlight stays the highlight's: ordinary text is what a highlight marks.
    const black = 'voices:\n  Narrator: { highlight: "#FFFF00" }\n  Expert: { highlight: "#00FF00" }\nunassigned: ["#000000"]\n';
    expect((await analyse('pron-highlight-en.docx', black)).report.voices.map((v) => [v.name, v.words])).toEqual([
      ['Narrator', 15],
      ['Expert', 7],
    ]);
  });
});

describe('init: what it writes as not recorded, and names of its own', () => {
  const init = (fixture: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-legend-probe-'));
    copyFileSync(join(DIR, fixture), join(dir, 's.docx'));
    const run = runCli(['init', 's.docx'], dir);
    return { run, config: readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8'), summary: runCli(['summary', 's.docx', '--json'], dir) };
  };

  it('from a legend: each colour with its own words, headings in colours the legend does not name taken as not recorded', () => {
    const { run, config, summary } = init('renamed-legend-fr.docx');
    expect(run.stdout.split('\n')[0]).toBe(
      'Wrote vo-lines.config.yaml (3 voices from the legend at ¶2; #365F91 dark blue and #4F81BD blue headings, which the legend does not name, taken as not recorded). Check the names, then run: vo-lines summary s.docx',
    );
    expect(config.split('\n').slice(2)).toEqual([
      'voices:',
      '  Narrateur: { color: "#404040" }   # 23 words, 2 lines',
      '  Formatrice: { color: "#1F4E79" }   # 19 words, 2 lines',
      '  Apprenant: { color: "#00B050" }   # 15 words, 2 lines',
      '  # "dark blue #365F91": { color: "#365F91" }   # 5 words, 1 line, all headings: if they are read, uncomment this line (and name it) and take "#365F91" out of unassigned',
      '  # "blue #4F81BD": { color: "#4F81BD" }   # 7 words, 2 lines, all headings: if they are read, uncomment this line (and name it) and take "#4F81BD" out of unassigned',
      'unassigned: ["#000000", "#365F91", "#4F81BD"]   # #000000 black: not recorded, from the legend (9 words, 2 lines); #365F91 dark blue: headings only, which the legend does not name, taken as not recorded; #4F81BD blue: headings only, which the legend does not name, taken as not recorded',
      'wpm: 150   # or pace: e-learning | commercial | audiobook | documentary | explainer',
      '',
    ]);
    // The config it wrote raises no "no voice's colour" warning.
    expect((JSON.parse(summary.stdout).warnings as { code: string }[]).filter((w) => w.code === 'unknown-colour')).toEqual([]);
  });

  it('"Not recorded = no highlight": plain text said as the legend says it', () => {
    const { config } = init('no-highlight-en.docx');
    expect(config.split('\n').filter((l) => l.startsWith('unassigned'))).toEqual(['unassigned: ["#000000"]   # #000000: plain text with no highlight, not recorded, from the legend (9 words, 2 lines)']);
  });

  it('without a legend: a colour whose every word is in brackets is said beside its voice line', () => {
    const { config } = init('bracket-colour-fr.docx');
    expect(config.split('\n').filter((l) => l.includes('grey'))).toEqual([
      '  dark grey: { color: "#595959" }   # 23 words, 2 lines',
      '  light grey: { color: "#A6A6A6" }   # 10 words, 2 lines; every word in brackets (directions, nothing spoken): if it is not recorded, move its colour to unassigned',
    ]);
  });

  it('without a legend: a heading colour with the plain name of a voice gets a name of its own', () => {
    const { config } = init('no-legend-navy-fr.docx');
    const names = config
      .split('\n')
      .filter((l) => /^ {2}(?:# )?[^ ]/.test(l))
      .map((l) => l.replace(/^ {2}(?:# )?/, '').replace(/: \{.*$/, ''));
    expect(names).toEqual(['dark grey', 'dark blue', 'green', 'black', '"dark blue #365F91"']);
    expect(new Set(names).size).toBe(names.length);
  });
});
