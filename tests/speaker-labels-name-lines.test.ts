/**
 * The screenplay and dubbing layout: the speaker's name alone on its own line, the dialogue below it
 * (attribute/name-lines.ts). Which names `init` proposes, which paragraphs a `label:` voice then gets
 * (the dialogue; not the name, the parentheticals, the action, scene headings or transitions), when
 * nothing is proposed; and the same from the built CLI on a DOCX with screenwriting styles, one typed
 * by hand, their PDFs and a Fountain-style PDF, with the same counts in each.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { castScript } from '../src/attribute/cast-script.js';
import { cueName } from '../src/attribute/name-lines.js';
import { findSpeakerLabels, labelVoiceMap, nameLineDoubt } from '../src/attribute/speaker-labels.js';
import type { VoiceMap } from '../src/config/voice-map.js';
import type { Script } from '../src/model.js';
import { DEFAULT_DIRECTIONS } from '../src/text/directions.js';
import { buildDocx, r } from './helpers/docx-builder.js';
import { blackScript, labelsOf } from './helpers/black-script.js';
import { runCli } from './helpers/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'tests', 'fixtures', 'labels-screenplay');

const run = (args: string[], cwd: string) => runCli(args, cwd);


const byLabels = (s: Script) => castScript(s, labelVoiceMap(findSpeakerLabels(s)!, [])).lines.map((l) => [l.voice, l.text]);

function mapOf(...labels: string[]): VoiceMap {
  return {
    voices: labels.map((name) => ({ name, colors: [], highlights: [], styles: [], labels: [name] })),
    unassigned: ['#000000'],
    directions: { ...DEFAULT_DIRECTIONS },
    tolerance: 5,
    source: 'test',
    origin: 'config',
  };
}

describe('names on lines of their own', () => {
  it('typed by hand: the dialogue after each name and after a parenthetical; action, scene headings and transitions are nobody\'s', () => {
    const s = blackScript(
      'LES VOISINS',
      'Une comédie en un acte.',
      'SCÈNE 1 – CUISINE',
      'Marie verse le café.',
      'MARIE',
      'Tu as entendu ce bruit ?',
      'PAUL (off)',
      '(en bâillant)',
      'Non.',
      '(il s’étire)',
      'Je dormais.',
      'On sonne.',
      'MARIE (suite)',
      'AU SECOURS',
      'CUT TO:',
      'INT. RUE – JOUR',
      'PAUL :',
      'Est-ce que tu viens ?',
      'FONDU AU NOIR.',
    );
    // "LES VOISINS" over a paragraph is a name by its shape, but used once before the first recurring one: a title.
    expect(labelsOf(s)).toEqual([
      ['MARIE', 2, 7, false],
      ['PAUL', 2, 7, false],
    ]);
    expect(findSpeakerLabels(s)).toMatchObject({ labelled: 11, body: 19, layout: 'name-lines' });
    expect(byLabels(s)).toEqual([
      [null, 'LES VOISINS'],
      [null, 'Une comédie en un acte.'],
      [null, 'SCÈNE 1 – CUISINE'],
      [null, 'Marie verse le café.'],
      ['MARIE', 'Tu as entendu ce bruit ?'],
      [null, '(en bâillant)'],
      ['PAUL', '(off) Non.'],
      [null, '(il s’étire)'],
      ['PAUL', 'Je dormais.'],
      [null, 'On sonne.'],
      // In capitals, but right below a name and never a name itself: dialogue.
      ['MARIE', 'AU SECOURS'],
      [null, 'CUT TO:'],
      [null, 'INT. RUE – JOUR'],
      // "Est-ce…" is no EST. scene heading.
      ['PAUL', 'Est-ce que tu viens ?'],
      [null, 'FONDU AU NOIR.'],
    ]);
  });

  it('what is a name on its line, and what is not', () => {
    expect(['MARIE', 'HÉLÈNE (V.O.)', "TOM (O.S.) (CONT'D)", 'LE FACTEUR (off)', 'MARIE :', 'DR. MARTIN', 'VOIX OFF', 'NARRATOR 2', '00:01:12 MARIE', 'PAUL (off) 01:02:03:12', 'Narrator:', 'O’BRIEN'].map((t) => cueName(t))).toEqual([
      'MARIE', 'HÉLÈNE', 'TOM', 'LE FACTEUR', 'MARIE', 'DR. MARTIN', 'VOIX OFF', 'NARRATOR 2', 'MARIE', 'PAUL', 'Narrator', 'O’BRIEN',
    ]);
    expect(['INT. KITCHEN - DAY', 'EXT', 'I/E CAR - NIGHT', 'CUT TO:', 'SMASH CUT TO:', 'FADE IN:', 'FADE OUT.', 'FONDU AU NOIR.', 'FIN', 'THE END', 'Marie', 'UN DEUX TROIS QUATRE CINQ', 'SCÈNE 2', 'Scène 2', 'OK.', '(off)', 'NON !', '00:01:12', '10:30 MARIE PAUL JEAN LOUIS ANNE'].map((t) => cueName(t))).toEqual(
      Array(19).fill(null),
    );
    // A config's label as the script writes it stands as a name too.
    expect(cueName('Narrator', (name) => name === 'Narrator')).toBe('Narrator');
  });

  it('with screenwriting styles, the styles say it: two Dialogue paragraphs in a row, a name typed in lower case', () => {
    const s = blackScript(
      ['Scene Heading', 'INT. PHARE – NUIT'],
      ['Action', 'La pluie bat les vitres.'],
      ['Character', 'Tom'],
      ['Dialogue', 'Quarante ans que je monte.'],
      ['Dialogue', 'Et l’escalier gagne toujours.'],
      ['Character', 'ANNA (O.S.)'],
      ['Parenthetical', '(d’en bas)'],
      ['Dialogue', 'Papa ?'],
      ['Action', 'Anna monte, trempée.'],
      ['Character', 'TOM'],
      ['Dialogue', 'Où veux-tu que je sois ?'],
      ['Character', 'ANNA'],
      ['Dialogue', 'Ils n’ont rien trouvé.'],
      ['Transition', 'CUT TO:'],
    );
    expect(labelsOf(s)).toEqual([
      ['TOM', 2, 14, false],
      ['ANNA', 2, 5, false],
    ]);
    expect(byLabels(s)).toEqual([
      [null, 'INT. PHARE – NUIT'],
      [null, 'La pluie bat les vitres.'],
      ['TOM', 'Quarante ans que je monte.'],
      ['TOM', 'Et l’escalier gagne toujours.'],
      [null, '(d’en bas)'],
      ['ANNA', '(O.S.) Papa ?'],
      [null, 'Anna monte, trempée.'],
      ['TOM', 'Où veux-tu que je sois ?'],
      ['ANNA', 'Ils n’ont rien trouvé.'],
      [null, 'CUT TO:'],
    ]);
  });

  it('names stacked one above the other (a table\'s name column read before its text): whose text follows is not guessed', () => {
    const s = blackScript('KID', 'MUM', 'ANNCR', 'Triple berry!', 'We will see.', 'Ready when you are.', 'MUM', 'Breakfast first.', 'KID', 'Snow day!', 'ANNCR', 'Sunny Oats.');
    // Each name then stands over a dialogue once only: nothing to propose.
    expect(findSpeakerLabels(s)).toBeNull();
    expect(castScript(s, mapOf('KID', 'MUM', 'ANNCR')).lines.map((l) => [l.voice, l.text])).toEqual([
      [null, 'KID'],
      [null, 'MUM'],
      [null, 'ANNCR'],
      [null, 'Triple berry!'],
      [null, 'We will see.'],
      [null, 'Ready when you are.'],
      ['MUM', 'Breakfast first.'],
      ['KID', 'Snow day!'],
      ['ANNCR', 'Sunny Oats.'],
    ]);
  });

  it('a parenthetical broken over two paragraphs (each line of a narrow measure read apart) is a direction, not the dialogue', () => {
    const s = blackScript('JOE', '(putting the bag', 'down)', 'I know, I know.', 'ANNA', 'Late again.', 'JOE', 'Sorry.', 'ANNA', '(laughing', 'Never mind.');
    expect(castScript(s, mapOf('JOE', 'ANNA')).lines.map((l) => [l.voice, l.text])).toEqual([
      // Read as one line, as its DOCX holds it (label-rows.ts brokenAsides): one direction, not spoken.
      [null, '(putting the bag down)'],
      ['JOE', 'I know, I know.'],
      ['ANNA', 'Late again.'],
      ['JOE', 'Sorry.'],
      // Never closed: no parenthetical, so the first paragraph is the dialogue.
      ['ANNA', '(laughing'],
      [null, 'Never mind.'],
    ]);
  });

  it('names with a capital and a colon alone on their line ("Narrator:"); without the colon, a word alone is no name', () => {
    const s = blackScript('Module 3', 'Narrator:', 'Welcome to module three.', 'Sarah:', 'I used to lift with my back.', 'Narrator:', 'Most injuries happen on ordinary lifts.', 'Note:', 'Checklist on screen.', 'Sarah:', 'Plan the lift.');
    expect(labelsOf(s)).toEqual([
      ['Narrator', 2, 10, false],
      ['Sarah', 2, 10, false],
      ['Note', 1, 3, true],
    ]);
    expect(findSpeakerLabels(blackScript('Narrator', 'Welcome.', 'Sarah', 'Hi.', 'Narrator', 'Begin.', 'Sarah', 'OK.'))).toBeNull();
  });

  it('a dubbing script typed with time codes beside the names', () => {
    const s = blackScript('00:00:12 MARIE', 'Tu as entendu ?', '00:00:15 PAUL', 'Non.', '00:00:18 MARIE (off)', 'Chez les Martin.', '00:00:22 PAUL', 'Ah.');
    expect(labelsOf(s)).toEqual([
      ['MARIE', 2, 6, false],
      ['PAUL', 2, 2, false],
    ]);
    expect(byLabels(s)).toEqual([
      ['MARIE', 'Tu as entendu ?'],
      ['PAUL', 'Non.'],
      ['MARIE', '(off) Chez les Martin.'],
      ['PAUL', 'Ah.'],
    ]);
  });

  it('a config naming a label reads it on its own line, in any case, and leaves other names\' dialogue alone', () => {
    const s = blackScript('Narrator', 'Welcome to module three.', 'Coach', 'Hi.', 'Narrator', 'Let us begin.', 'Lift with your legs.');
    const lines = castScript(s, mapOf('Narrator')).lines.map((l) => [l.voice, l.text]);
    expect(lines).toEqual([
      ['Narrator', 'Welcome to module three.'],
      [null, 'Coach'],
      [null, 'Hi.'],
      ['Narrator', 'Let us begin.'],
      [null, 'Lift with your legs.'],
    ]);
  });

  it('no proposal when the shape is ambiguous: headings in capitals each used once, a single name, names on too few paragraphs; and it says so', () => {
    const headings = blackScript('INTRODUCTION', 'Ce module présente la méthode.', 'MÉTHODE', 'On mesure, puis on coupe.', 'CONCLUSION', 'Voilà.');
    expect(findSpeakerLabels(headings)).toBeNull();
    expect(nameLineDoubt(headings)).toEqual({ names: ['INTRODUCTION', 'MÉTHODE', 'CONCLUSION'], reason: 'none-recurs' });
    const single = blackScript('NARRATEUR', 'Il était une fois.', 'NARRATEUR', 'Un phare.', 'LE PHARE', 'Je brille.');
    expect(findSpeakerLabels(single)).toBeNull();
    expect(nameLineDoubt(single)).toEqual({ names: ['NARRATEUR', 'LE PHARE'], reason: 'one-recurs' });
    const prose = blackScript('ANA', 'Hi.', 'BEN', 'Hello.', 'ANA', 'Bye.', 'BEN', 'Bye.', ...Array.from({ length: 20 }, (_, i) => `Paragraph ${i + 1} of the story.`));
    expect(findSpeakerLabels(prose)).toBeNull();
    expect(nameLineDoubt(prose)).toEqual({ names: ['ANA', 'BEN'], reason: 'too-few' });
    // Nothing to say about a script with no such line, or one already read by its labels.
    expect(nameLineDoubt(blackScript('Plain text.', 'More text.'))).toBeNull();
    expect(nameLineDoubt(blackScript('MARIE', 'Oui.', 'PAUL', 'Non.', 'MARIE', 'Si.', 'PAUL', 'Bon.'))).toBeNull();
  });
});

describe('init on a screenplay (built CLI)', () => {
  const folder = (file: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-names-'));
    copyFileSync(join(fixtures, file), join(dir, file));
    return dir;
  };
  type Voice = { name: string; labels: string[]; words: number; spokenWords: number; lines: { text: string }[] };

  const FRENCH = [
    ['MARIE', ['MARIE'], 25, 25, ['Tu as entendu ce bruit cette nuit ?', 'Ça venait de chez les Martin.', 'À trois heures du matin.', 'Tout le quartier le savait, sauf nous.']],
    ['PAUL', ['PAUL'], 13, 13, ['Non. Je dormais comme un loir.', 'Ils ne sont pas là, je crois.']],
    // The name's extension opens its first line, a direction not counted (`LE FACTEUR (off)`; `MARIE (suite)` says nothing to the actor).
    ['LE FACTEUR', ['LE FACTEUR'], 5, 5, ['(off) Un colis pour les Martin !']],
    ['HÉLÈNE', ['HÉLÈNE'], 6, 6, ['Ils sont partis en vacances, voyons.']],
  ];

  const STYLED = ['LES VOISINS – épisode 4', 'FONDU D’OUVERTURE :', 'INT. CUISINE DES DUPONT – MATIN', 'Marie verse le café. Paul entre, les cheveux en bataille.', '(en bâillant)', '(plus bas)', 'On sonne. Paul va ouvrir.', 'CUT TO:', 'EXT. RUE – JOUR', 'HÉLÈNE, la voisine, arrose ses géraniums.', 'FONDU AU NOIR.'];
  const TYPED = ['LES VOISINS – ÉPISODE 4 – VF', 'Version du 12 mars. Les indications entre parenthèses ne se disent pas.', 'SCÈNE 1 – CUISINE', 'Marie verse le café. Paul entre, les cheveux en bataille.', '(en bâillant)', '(plus bas)', 'On sonne. Paul va ouvrir.', 'SCÈNE 2 – RUE', 'Hélène, la voisine, arrose ses géraniums.', 'FONDU AU NOIR.'];

  // The styled DOCX's title is Word's "Title" style (dark blue): its colour is left unassigned too.
  it.each([
    ['screenplay-styles-fr.docx', ' (its headings aside)', '["#000000", "#17365D"]', '44 words, 11 lines', STYLED],
    ['screenplay-styles-fr.pdf', ' (its headings aside)', '["#000000", "#17365D"]', '44 words, 11 lines', STYLED],
    ['screenplay-typed-fr.docx', '', '["#000000"]', '51 words, 10 lines', TYPED],
    ['screenplay-typed-fr.pdf', '', '["#000000"]', '51 words, 10 lines', TYPED],
  ])('%s: MARIE, PAUL, LE FACTEUR, HÉLÈNE; the dialogue only, the same in the DOCX and its PDF', (file, aside, unassigned, left, nobody) => {
    const dir = folder(file);
    expect(run([file], dir).stdout.trim().split('\n').at(-1)).toBe(
      `Next: every line is #000000 black${aside}: no colour coding to read, but each speaker's name stands on a line of its own above the dialogue (MARIE, PAUL, LE FACTEUR and HÉLÈNE). vo-lines init ${file} writes a vo-lines.config.yaml beside the script with one voice per name, to check.`,
    );
    const init = run(['init', file], dir);
    expect(init.code).toBe(0);
    expect(init.stdout).toBe(
      [
        'Wrote vo-lines.config.yaml (4 voices, one per speaker\'s name on a line of its own: MARIE, PAUL, LE FACTEUR and HÉLÈNE; text that is no dialogue below a name taken as not recorded).',
        `The script has no colour coding: each speaker's name stands on a line of its own above the dialogue. Check the names, then run: vo-lines summary ${file}`,
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8')).toBe(
      [
        `# vo-lines config for ${file}, written by \`vo-lines init\`: no colour coding, one voice per speaker's name standing on a line`,
        '# of its own (17 paragraphs of 25 are such a name or its dialogue). Check each name (a voice\'s name can be changed;',
        '# its label is the name as the script writes it on its line), delete what is no voice, then keep this file beside the script.',
        'voices:',
        '  MARIE: { label: "MARIE" }   # 25 words, 4 lines',
        '  PAUL: { label: "PAUL" }   # 13 words, 2 lines',
        '  LE FACTEUR: { label: "LE FACTEUR" }   # 5 words, 1 line',
        '  HÉLÈNE: { label: "HÉLÈNE" }   # 6 words, 1 line',
        `unassigned: ${unassigned}   # text that is no dialogue below a name (titles, scene headings, action, parentheticals…), not recorded: ${left}`,
        'wpm: 150   # or pace: e-learning | commercial | audiobook | documentary | explainer',
        '',
      ].join('\n'),
    );
    const report = JSON.parse(run(['lines', file, '--json'], dir).stdout);
    // The styled script writes `MARIE (V.O.)` where the typed one writes `MARIE (suite)`.
    const french = nobody === STYLED ? FRENCH.map((v) => (v[0] === 'MARIE' ? [...v.slice(0, 4), [...(v[4] as string[]).slice(0, 3), '(V.O.) Tout le quartier le savait, sauf nous.']] : v)) : FRENCH;
    expect(report.voices.map((v: Voice) => [v.name, v.labels, v.words, v.spokenWords, v.lines.map((l) => l.text)])).toEqual(french);
    expect(report.warnings).toEqual([]);
    // The names, the parentheticals, the action, scene headings and transitions are no one's.
    expect(report.unassigned.lines.map((l: { text: string }) => l.text)).toEqual(nobody);
  });

  it('summary and lines show a name on its line as the script shows it ("MARIE" alone on its line, not "MARIE:"), and what no name claims as other text', () => {
    const file = 'screenplay-typed-fr.docx';
    const dir = folder(file);
    expect(run(['init', file], dir).code).toBe(0);
    expect(run(['summary', file], dir).stdout.split('\n').slice(4, 11)).toEqual([
      '  Voice       Colour                          Lines  Words  Spoken   Share  Time  Pace',
      // SCÈNE 2 – RUE: RUE is a word (rue), not spelled.
      '  Total                                          18    100      97  100.0%  0:39  150 wpm',
      '  MARIE       "MARIE" alone on its line           4     25      25   25.0%  0:10  150 wpm',
      '  PAUL        "PAUL" alone on its line            2     13      13   13.0%  0:05  150 wpm',
      '  LE FACTEUR  "LE FACTEUR" alone on its line      1      5       5    5.0%  0:02  150 wpm',
      '  HÉLÈNE      "HÉLÈNE" alone on its line          1      6       6    6.0%  0:03  150 wpm',
      '  Unassigned  any other text                     10     51      48   51.0%  0:19  150 wpm',
    ]);
    expect(run(['lines', file, '--voice', 'paul'], dir).stdout.split('\n')[5]).toBe('PAUL ("PAUL" alone on its line): 2 lines, 13 words, about 0:05 at 150 wpm');
    // A config by colour and label, written by hand ("Marie"): the name as the script writes it; the rest is "any other colour".
    writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  Marie Dupont: { label: "Marie", color: red }\n');
    expect(run([file], dir).stdout.split('\n').slice(4, 8)).toEqual([
      '  Voice         Colour                                  Lines  Words  Spoken   Share  Time  Pace',
      '  Total                                                    22    106     103  100.0%  0:41  150 wpm',
      '  Marie Dupont  #FF0000 red, "MARIE" alone on its line      4     25      25   23.6%  0:10  150 wpm',
      '  Unassigned    any other colour                           18     81      78   76.4%  0:31  150 wpm',
    ]);
  });

  it('screenplay-fountain-en.pdf: indentation only, names with (O.S.) and (CONT\'D), parentheticals between two dialogue paragraphs', () => {
    const file = 'screenplay-fountain-en.pdf';
    const dir = folder(file);
    expect(run(['init', file], dir).stdout.split('\n')[0]).toBe(
      "Wrote vo-lines.config.yaml (2 voices, one per speaker's name on a line of its own: TOM and ANNA; text that is no dialogue below a name taken as not recorded).",
    );
    const report = JSON.parse(run(['lines', file, '--json'], dir).stdout);
    expect(report.voices.map((v: Voice) => [v.name, v.words, v.lines.map((l) => l.text)])).toEqual([
      ['TOM', 28, ['Every night for forty years. And still the stairs win.', 'Where else would I be?', 'Then we keep the light on.', 'Every night. Then the light needs me.']],
      ['ANNA', 21, ['(O.S.) Dad? Are you up there?', 'The boat is back. They found nothing.', 'Nothing at all.', 'Do you ever think of leaving?']],
    ]);
    expect(report.unassigned.lines.map((l: { text: string }) => l.text)).toEqual([
      'FADE IN:',
      'EXT. LIGHTHOUSE - NIGHT',
      'Rain lashes the windows. TOM, sixties, climbs the spiral stairs with a lantern.',
      '(shouting down)',
      'Anna appears at the top of the stairs, soaked.',
      '(beat)',
      'CUT TO:',
      'INT. LIGHTHOUSE KITCHEN - LATER',
      'Tom pours two cups of tea.',
      'FADE OUT.',
    ]);
  });

  it('a config written by hand, "label: MARIE", gives MARIE her dialogue in the DOCX and its PDF', () => {
    for (const file of ['screenplay-typed-fr.docx', 'screenplay-typed-fr.pdf', 'screenplay-styles-fr.docx', 'screenplay-styles-fr.pdf']) {
      const dir = folder(file);
      writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  Marie Dupont: { label: "Marie" }\n');
      const report = JSON.parse(run(['lines', file, '--json', '--voice', 'Marie Dupont'], dir).stdout);
      expect([file, report.voices.map((v: Voice) => [v.name, v.words, v.lines.length])]).toEqual([file, [['Marie Dupont', 25, 4]]]);
    }
  });

  // Another producer's screenplay (tests/fixtures/pdf-producers: names centred, a two-line
  // parenthetical the PDF reader reads as two paragraphs), coded by colour: a config by labels instead.
  it.each(['lo-screenplay.docx', 'lo-screenplay.pdf', 'rl-canvas-screenplay.pdf'])('%s with a config by labels: NARRATOR, ANNA, JOE, the same in each', (file) => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-names-'));
    copyFileSync(join(root, 'tests', 'fixtures', 'pdf-producers', file), join(dir, file));
    writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  NARRATOR: { label: NARRATOR }\n  ANNA: { label: ANNA }\n  JOE: { label: JOE }\n');
    const report = JSON.parse(run(['lines', file, '--json'], dir).stdout);
    expect(report.voices.map((v: Voice) => [v.name, v.words, v.lines.length])).toEqual([
      ['NARRATOR', 81, 3],
      ['ANNA', 38, 4],
      ['JOE', 52, 4],
    ]);
  });

  it('one name that comes back, another used once: no voice proposed, and the hint and init say why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-names-'));
    const body = ['NARRATEUR', 'Il était une fois un phare.', 'NARRATEUR', 'Il brillait chaque nuit.', 'LE PHARE', 'Je veille.'];
    writeFileSync(join(dir, 'conte.docx'), buildDocx({ body: body.map((text) => `<w:p>${r(text)}</w:p>`).join('') }));
    const doubt =
      'Lines in capitals stand alone above paragraphs (NARRATEUR and LE PHARE), as speakers\' names do in a screenplay, but only one of them comes back, and one speaker is no casting: no voice proposed by name. If they are speakers, name them in a config: voices: { NARRATEUR: { label: "NARRATEUR" } }.';
    expect(run(['conte.docx'], dir).stdout.trim().split('\n').slice(-2)).toEqual([
      doubt,
      'Next: every line is #000000 black: no colour coding to read. vo-lines init conte.docx writes a vo-lines.config.yaml beside the script, one voice per colour, to rename, or see --help.',
    ]);
    expect(run(['init', 'conte.docx'], dir).stdout.trim().split('\n').at(-1)).toBe(doubt);
  });
});
