/**
 * A legend's "not recorded" note in the words people write ("Black text without highlight is not
 * recorded.", "plain black is not recorded.", "(black without highlight: not recorded)", "Texte noir
 * sans surlignage : non enregistré"), and a legend whose note is not understood: its names read all
 * the same where each sits exactly on a colour the lines use, the rest said (`legend-part-not-read`),
 * and never lines, with or without a config. A paragraph that looks like a legend and is not read is
 * said under a config too while its words are counted (`legend-not-read`). DOCX scripts built here
 * (the OnlyOffice shape: a highlight and the same shading); PDFs from scripts/build-legend-notes-fixtures.py.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseScript } from '../src/pipeline.js';
import { readScript, readScriptBytes } from '../src/readers/index.js';
import { parseConfigText } from '../src/config/parse.js';
import { colourWordsLine } from '../src/attribute/legend-shapes.js';
import { buildDocx, r } from './helpers/docx-builder.js';
import { ROOT } from './helpers/cli.js';

const DIR = join(ROOT, 'tests/fixtures/legend-notes');

const look = (highlight?: string, shading?: string, colour?: string) =>
  `${colour ? `<w:color w:val="${colour}"/>` : ''}<w:sz w:val="24"/>${highlight ? `<w:highlight w:val="${highlight}"/>` : ''}${shading ? `<w:shd w:val="clear" w:color="auto" w:fill="${shading}"/>` : ''}`;
const para = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;

/** The radio spot of the probe: "Key: ANNCR – CHEF – KID" each in its highlight, then `note` in plain black. */
function spot(note: string, names: [string, string, string] = ['yellow', 'green', 'cyan']): Uint8Array {
  const shading: Record<string, string> = { yellow: 'FFFF00', green: '00FF00', cyan: '00FFFF' };
  const body = [
    para(r('Radio spot — Harbour Fish Market — 30 s', look())),
    para(r('Key: ', look()), r('ANNCR', look(names[0], shading[names[0]])), r(' – ', look()), r('CHEF', look(names[1], shading[names[1]])), r(' – ', look()), r('KID', look(names[2], shading[names[2]])), r(note, look())),
    para(r('Fresh from the boats every morning, right on the quay.', look('yellow', 'FFFF00'))),
    para(r('I pick the fish myself at five, before the gulls wake up.', look('green', 'FFFF00'))),
    para(r('Can we have chips with it, please?', look('none', '00FFFF'))),
    para(r('Harbour Fish Market. Open daily from seven.', look('yellow'))),
    para(r('[SFX: waves, gulls]', look())),
    para(r('Mum, the crab is waving at me!', look('cyan', 'FFFF00'))),
    para(r('He likes you. Come back tomorrow.', look('green'))),
  ].join('');
  return buildDocx({ body });
}

const CONFIG = 'voices:\n  ANNCR: { highlight: "#FFFF00" }\n  CHEF: { highlight: "#00FF00" }\n  KID: { highlight: "#00FFFF" }\nunassigned: ["#000000"]\n';

async function analyse(bytes: Uint8Array | string, config?: string) {
  const script = typeof bytes === 'string' ? await readScript(join(DIR, bytes)) : await readScriptBytes(bytes, 'spot.docx');
  const voiceMap = config === undefined ? null : (await parseConfigText(config, 'vo-lines.config.yaml')).voiceMap;
  return analyseScript(script, { voiceMap });
}

/** Each voice's lines as `voice ¶n words text` (not the unassigned), and the warnings as [code, message]. */
async function cast(bytes: Uint8Array | string, config?: string) {
  const { casting } = await analyse(bytes, config);
  return {
    lines: casting.lines.filter((l) => l.voice !== null).map((l) => `${l.voice} ¶${l.location.paragraph} ${l.words} ${l.text}`),
    legend: casting.legend?.paragraphs ?? null,
    warnings: casting.warnings.map((w) => [w.code, w.message]),
  };
}

const SPOT = [
  'ANNCR ¶3 10 Fresh from the boats every morning, right on the quay.',
  'CHEF ¶4 12 I pick the fish myself at five, before the gulls wake up.',
  'KID ¶5 7 Can we have chips with it, please?',
  'ANNCR ¶6 7 Harbour Fish Market. Open daily from seven.',
  'KID ¶8 7 Mum, the crab is waving at me!',
  'CHEF ¶9 6 He likes you. Come back tomorrow.',
];

const entries = (text: string) => colourWordsLine(text)?.entries.map((e) => `${e.name}${e.notRecorded ? ' (not recorded)' : ''} = ${e.words}`) ?? null;

describe('"not recorded" notes on plain text, as people write them', () => {
  it('after colours in words (English and French): the colour of plain text is not recorded, never a voice', () => {
    const key = 'Key: Narrator = blue; Expert = green.';
    for (const [note, black] of [
      ['Plain black is not recorded.', 'black'],
      ['Black text without highlight is not recorded.', 'black text'],
      ['Black text, no highlight: not recorded.', 'black text'],
      ['Black text with no highlighting is not recorded.', 'black text'],
      ['Unhighlighted black text is not recorded.', 'black text'],
    ]) expect(entries(`${key} ${note}`), note).toEqual(['Narrator = blue', 'Expert = green', `${black} (not recorded) = ${black}`]);
    const cle = 'Légende : Narrateur = bleu ; Experte = vert.';
    for (const [note, noir] of [
      ['Texte noir sans surlignage : non enregistré.', 'texte noir'],
      ['Le noir simple n’est pas enregistré.', 'noir'],
    ]) expect(entries(`${cle} ${note}`), note).toEqual(['Narrateur = bleu', 'Experte = vert', `${noir} (not recorded) = ${noir}`]);
    // What is not recorded before "en" and its colour (read before this note's grammar is tried).
    expect(entries(`${cle} Le texte en noir non surligné n’est pas enregistré.`)).toEqual(['Narrateur = bleu', 'Experte = vert', 'Le texte (not recorded) = noir']);
  });

  it('is not read when it says more than that: a background "without highlight", words naming another colour after it', () => {
    expect(entries('Key: Narrator = blue; Expert = green. Yellow background without highlight is not recorded.')).toBeNull();
    expect(entries('Key: Narrator = blue; Expert = green. Plain black is not recorded by the blue team.')).toBeNull();
  });

  it('after names in their highlights, with and without a config: the three voices, the legend no line, nothing to say', async () => {
    for (const note of [
      '. Black text without highlight is not recorded.',
      ' · plain black is not recorded.',
      '. Plain black is not recorded.',
      ' (black without highlight: not recorded)',
      '. Black text, no highlight: not recorded.',
      '. Black text is not recorded.',
      '. Texte noir sans surlignage : non enregistré.',
    ]) {
      for (const config of [undefined, CONFIG]) {
        const got = await cast(spot(note), config);
        expect(got, `${note} ${config ? 'config' : 'no config'}`).toEqual({ lines: SPOT, legend: [2], warnings: [] });
      }
    }
  });

  it('Chromium PDF: "Key: HOST · GUEST · TAG · PRODUCER · plain black is not recorded." is the legend, under a config too (no "HOST ·" line)', async () => {
    const config = 'voices:\n  HOST: { highlight: "#FFFF00" }\n  GUEST: { color: "#7373FF" }\n  TAG: { highlight: "#A6ECA6" }\n  PRODUCER: { highlight: "#FFD0D0" }\nunassigned: ["#000000"]\n';
    const expected = [
      'HOST ¶4 22 Atlas Maps knows every road, every shortcut and every coffee stop between here and the coast, and it works without a signal.',
      'GUEST ¶6 14 I used it last summer in the mountains and it never lost me once.',
      'TAG ¶7 5 Atlas Maps. Find your way.',
      'PRODUCER ¶8 6 Legal: offer ends Friday, terms apply.',
    ];
    for (const c of [undefined, config]) {
      const got = await cast('web-hard-chromium.pdf', c);
      expect(got.lines, c ? 'config' : 'no config').toEqual(expected);
      expect(got.legend).toEqual([2]);
      expect(got.warnings.filter(([code]) => code!.startsWith('legend'))).toEqual([]);
    }
  });
});

describe('a legend whose note is not understood', () => {
  const NOTE = '. The black lines go to the client as they are.';
  const PART =
    'The legend at ¶2 ("Key: ANNCR – CHEF – KID. The black lines go to the client as they are.") was read in part: its voices ANNCR, CHEF and KID, by the colours of their names, but not "The black lines go to the client as they are.", which is not applied. The legend is left out of the lines all the same. If that part says a colour is not recorded, write it as "Black text is not recorded.", or list the colour under unassigned in a config (vo-lines init writes one).';

  it('has its names read where each sits exactly on a colour the lines use, and the rest said: no line, with or without a config', async () => {
    const bare = await cast(spot(NOTE));
    expect(bare.lines).toEqual(SPOT);
    expect(bare.legend).toEqual([2]);
    expect(bare.warnings.filter(([code]) => code!.startsWith('legend'))).toEqual([['legend-part-not-read', PART]]);
    const configured = await cast(spot(NOTE), CONFIG);
    expect(configured).toEqual({ lines: SPOT, legend: [2], warnings: [['legend-part-not-read', PART]] });
  });

  it('with a name on a colour no line has (KID on dark cyan, the lines on cyan): no legend; said as not read, under a config too while its words are counted', async () => {
    const bytes = spot(NOTE, ['yellow', 'green', 'darkCyan']);
    const bare = await cast(bytes);
    expect(bare.legend).toBeNull();
    expect(bare.warnings.filter(([code]) => code!.startsWith('legend')).map(([code]) => code)).toEqual(['legend-not-read']);
    const configured = await cast(bytes, CONFIG);
    expect(configured.lines.filter((l) => l.includes(' ¶2 '))).toEqual(['ANNCR ¶2 1 ANNCR –', 'CHEF ¶2 1 CHEF']);
    expect(configured.warnings).toEqual([
      [
        'legend-not-read',
        '¶2 ("Key: ANNCR – CHEF – KID. The black lines go to the client as they are.") looks like a legend but was not read: its words are counted as lines of vo-lines.config.yaml\'s voices. If it is the script\'s key, write it one voice a line ("Narrator = blue") for it to be left out of the lines.',
      ],
    ]);
    const { casting } = await analyse(bytes, CONFIG);
    expect(casting.warnings.map((w) => w.details)).toEqual([{ text: 'Key: ANNCR – CHEF – KID. The black lines go to the client as they are.', config: 'vo-lines.config.yaml' }]);
    // Its words given to no voice by the config, it is not said.
    const unassigned = 'voices:\n  CHEF: { highlight: "#00FF00" }\n  KID: { highlight: "#00FFFF" }\nunassigned: ["#000000", "#FFFF00"]\n';
    const quiet = await cast(spot(NOTE, ['yellow', 'yellow', 'darkCyan']), unassigned);
    expect(quiet.warnings.filter(([code]) => code === 'legend-not-read')).toEqual([]);
  });

  it('with a note in the names\' look, or names only one of which has a colour of its own, no legend read in part', async () => {
    const one = await cast(spot(NOTE, ['yellow', 'yellow', 'yellow']));
    expect(one.legend).toBeNull();
  });
});
