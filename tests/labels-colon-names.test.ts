/**
 * With named voices (a legend's, a config's), a word and a colon opening lines in a voice's colour is a
 * speaker's name, not counted, only where the script shows it is one (colour-labels.ts `namingRule`).
 * The weak spots of the "two thirds of a voice's lines" rule, each a script hand-counted:
 * - a voice of three lines, two opening with `NEW:` (`FACT:`, `NOUVEAU :`): words said aloud at a line's
 *   start, never a name; an unknown word doing so (`ZAP:`) is counted and said to be unsure
 *   (`name-or-word`), never silently dropped;
 * - voices named after their actors whose speeches run over unlabelled paragraphs: the names open each
 *   speech, if not two thirds of the lines;
 * - a said word that shortens a voice's name by its letters (`HOT:` for HOST, `ACE:` for ANNOUNCER, `NO:`
 *   for Narrator One's initials): no shortening; shortenings are a name's first letters or its first
 *   letter and consonants (`NARR`, `ANNCR`, `MGR`, `SGT`).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { castScript } from '../src/attribute/cast-script.js';
import { parseConfigText } from '../src/config/parse.js';
import type { Script } from '../src/model.js';
import { labelNames, namesVoice, saidOpener } from '../src/text/speaker-label.js';
import { ROOT, runCli } from './helpers/cli.js';
import { colouredScript } from './helpers/black-script.js';

const script = colouredScript;

const BLUE = '#0070C0';
const RED = '#C00000';
const BLACK = '#000000';

const CODES = new Set(['labels-not-counted', 'speakers-share-voice', 'name-or-word']);

/** Each line of the casting: voice, words, label; and the label warnings (code, details). */
async function cast(config: string, s: Script) {
  const map = (await parseConfigText(config, 'vo-lines.config.yaml')).voiceMap;
  const casting = castScript(s, map);
  return {
    lines: casting.lines.map((l) => [l.voice, l.words, l.label ?? null]),
    warnings: casting.warnings.filter((w) => CODES.has(w.code)).map((w) => [w.code, w.details]),
  };
}

const HOST_GUEST = 'voices:\n  Host: { color: "#0070C0" }\n  Guest: { color: "#C00000" }\n';

describe('a word said with a colon is no speaker’s name, however often it opens a voice’s lines', () => {
  it.each(['promo-key-en.docx', 'promo-key-en.pdf'])('%s (a legend, HOST · GUEST; scripts/build-label-colon-fixtures.py): NEW: opening two of the host’s three lines and FACT: are said, every word counted', (file) => {
    const result = runCli(['lines', file, '--no-config', '--json'], join(ROOT, 'tests', 'fixtures', 'label-colon'));
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { voices: { name: string; words: number; lines: { text: string; words: number; label?: string }[] }[]; warnings: { code: string }[] };
    expect(report.voices.map((v) => [v.name, v.words, v.lines.map((l) => [l.text, l.words, l.label ?? null])])).toEqual([
      ['HOST', 17, [['NEW: our ready meals, made next door.', 7, null], ['NEW: fresh bread every morning.', 5, null], ['Only at FreshMart, all summer.', 5, null]]],
      ['GUEST', 11, [['FACT: they keep three days in the fridge.', 8, null], ['Really? Every morning?', 3, null]]],
    ]);
    expect(report.warnings.map((w) => w.code).filter((c) => CODES.has(c))).toEqual([]);
  });

  it.each([
    ['NEW', 'NEW: our ready meals.', 'NEW: fresh bread daily.'],
    ['FACT', 'FACT: bread keeps three days.', 'FACT: we bake at dawn.'],
    ['NOUVEAU', 'NOUVEAU : nos plats cuisinés.', 'NOUVEAU : du pain frais.'],
  ])('%s: opening two of the host’s three lines: said and counted, no warning', async (_, first, second) => {
    const s = script([first, BLUE], ['Wait, really?', RED], [second, BLUE], ['Only at FreshMart.', BLUE]);
    const words = (text: string) => text.replace(' :', ':').split(/\s+/u).length;
    expect(await cast(HOST_GUEST, s)).toEqual({
      lines: [['Host', words(first), null], ['Guest', 2, null], ['Host', words(second), null], ['Host', 3, null]],
      warnings: [],
    });
  });

  it('an unknown word (ZAP:) opening two of three lines: counted as said, and said to be unsure (name-or-word)', async () => {
    const map = (await parseConfigText(HOST_GUEST, 'vo-lines.config.yaml')).voiceMap;
    const casting = castScript(script(['ZAP: our ready meals.', BLUE], ['Wait, really?', RED], ['ZAP: fresh bread daily.', BLUE], ['Only at FreshMart.', BLUE]), map);
    expect(casting.lines.map((l) => [l.voice, l.words, l.label ?? null])).toEqual([['Host', 4, null], ['Guest', 2, null], ['Host', 4, null], ['Host', 3, null]]);
    const said = casting.warnings.filter((w) => CODES.has(w.code));
    expect(said.map((w) => [w.code, w.message, w.details, w.location?.paragraph])).toEqual([
      [
        'name-or-word',
        '"ZAP:" opening 2 lines in "Host"\'s colour may be a speaker\'s name or words said: it names no voice, and the script does not show which. Its 2 words are counted as said. If it is a name, not read aloud, name the voice after it (ZAP) in the config or the legend.',
        { names: ['ZAP'], voices: ['Host'], lines: 2, words: 2 },
        1,
      ],
    ]);
  });

  it('a word said opening lines no voice records too (NEW: in black) is still said', async () => {
    const config = `${HOST_GUEST}unassigned: ["#000000"]\n`;
    const s = script(['NEW: in stores now.', BLACK], ['NEW: our ready meals.', BLUE], ['Wait, really?', RED], ['NEW: fresh bread daily.', BLUE]);
    expect(await cast(config, s)).toEqual({ lines: [[null, 4, null], ['Host', 4, null], ['Guest', 2, null], ['Host', 4, null]], warnings: [] });
  });
});

describe('voices named after their actors, their speeches running over unlabelled paragraphs', () => {
  it('JULIE : and MARC : open every speech but a third of the lines: names, not counted', async () => {
    const config = 'voices:\n  Marie Dupont: { color: "#0070C0" }\n  Paul Durand: { color: "#C00000" }\n';
    const s = script(
      ['JULIE : Tu viens ce soir ?', BLUE],
      ['Il y a du monde.', BLUE],
      ['Et de la musique.', BLUE],
      ['MARC : Peut-être.', RED],
      ['Je suis fatigué.', RED],
      ['JULIE : Allez, viens !', BLUE],
      ['Ce sera drôle.', BLUE],
      ['Promis.', BLUE],
      ['MARC : Bon, d’accord.', RED],
      ['À ce soir.', RED],
    );
    expect(await cast(config, s)).toEqual({
      lines: [
        ['Marie Dupont', 4, 'JULIE : '],
        ['Marie Dupont', 5, null],
        ['Marie Dupont', 4, null],
        ['Paul Durand', 1, 'MARC : '],
        ['Paul Durand', 3, null],
        ['Marie Dupont', 2, 'JULIE : '],
        ['Marie Dupont', 3, null],
        ['Marie Dupont', 1, null],
        ['Paul Durand', 2, 'MARC : '],
        ['Paul Durand', 3, null],
      ],
      warnings: [['labels-not-counted', { names: ['JULIE', 'MARC'], written: ['JULIE :', 'MARC :'], lines: 4, words: 4 }]],
    });
  });

  it('one actor’s voice whose three speeches open with JULIE : (the narrator unlabelled): names, not counted', async () => {
    const config = 'voices:\n  Marie Dupont: { color: "#0070C0" }\n  Narrator: { color: "#C00000" }\n';
    const s = script(
      ['The evening falls on the harbour.', RED],
      ['JULIE : Tu viens ?', BLUE],
      ['Il fait bon.', BLUE],
      ['She waits by the door.', RED],
      ['JULIE : Allez !', BLUE],
      ['Viens.', BLUE],
      ['Nobody answers.', RED],
      ['JULIE : Tant pis.', BLUE],
    );
    expect(await cast(config, s)).toEqual({
      lines: [
        ['Narrator', 6, null],
        ['Marie Dupont', 2, 'JULIE : '],
        ['Marie Dupont', 3, null],
        ['Narrator', 5, null],
        ['Marie Dupont', 1, 'JULIE : '],
        ['Marie Dupont', 1, null],
        ['Narrator', 2, null],
        ['Marie Dupont', 2, 'JULIE : '],
      ],
      warnings: [['labels-not-counted', { names: ['JULIE'], written: ['JULIE :'], lines: 3, words: 3 }]],
    });
  });
});

describe('a said word is no shortening of a voice’s name', () => {
  it('HOT: opening a line of the host’s is said (HOST’s letters in order, but no shortening of it)', async () => {
    const s = script(['HOT: summer deals on every grill.', BLUE], ['Wait, really?', RED], ['Only this week.', BLUE]);
    expect(await cast(HOST_GUEST, s)).toEqual({ lines: [['Host', 6, null], ['Guest', 2, null], ['Host', 3, null]], warnings: [] });
  });

  it('NO: in the colour of “Narrator One” is said, not its initials; NO: names a voice called No', async () => {
    const config = 'voices:\n  Narrator One: { color: "#0070C0" }\n  Guest: { color: "#C00000" }\n';
    const s = script(['NO: turn your feet instead.', BLUE], ['Like this?', RED], ['Yes, exactly.', BLUE]);
    expect(await cast(config, s)).toEqual({ lines: [['Narrator One', 5, null], ['Guest', 2, null], ['Narrator One', 2, null]], warnings: [] });
  });

  it('labelNames: shortenings are a name’s first letters, or its first letter and consonants; said words only the same letters', () => {
    const yes: [string, string][] = [['ANNCR', 'ANNOUNCER'], ['NARR', 'Narrator'], ['MGR', 'Manager'], ['SGT', 'Sergeant'], ['ASST', 'Assistant'], ['CAPT', 'Captain'], ['VO', 'Voice-over'], ['NO', 'No'], ['New', 'NEW']];
    const no: [string, string][] = [['HOT', 'HOST'], ['ACE', 'ANNOUNCER'], ['CUE', 'CUSTOMER'], ['NOR', 'NARRATOR'], ['NO', 'Narrator One'], ['SALE', 'Salesman'], ['NEW', 'Newsreader']];
    expect(yes.map(([label, name]) => [label, name, labelNames(label, name)])).toEqual(yes.map(([label, name]) => [label, name, true]));
    expect(no.map(([label, name]) => [label, name, labelNames(label, name)])).toEqual(no.map(([label, name]) => [label, name, false]));
  });

  it('saidOpener: words said aloud at a line’s start (English, French), any case, accents or not; no name', () => {
    expect(['NEW', 'Fact', 'NOUVEAU', 'Nouveauté', 'NOUVEAUTE', 'RAPPEL', 'HURRY', 'FUN FACT', 'LE SAVIEZ-VOUS', 'BON À SAVOIR', 'No', 'SO'].map(saidOpener)).toEqual(Array(12).fill(true));
    expect(['MARC', 'JULIE', 'ANNCR', 'NARRATOR', 'HOST', 'Agent', 'SOPHIE'].map(saidOpener)).toEqual(Array(7).fill(false));
  });
});

describe('one answer to “does this name name that voice?” (speaker-label.ts namesVoice)', () => {
  it('a config’s label names its voice whatever the spaces in the script’s name (a no-break space, two spaces), as a legend’s name does', async () => {
    const config = 'voices:\n  Marie Claire: { label: "Marie Claire" }\n  Paul: { label: PAUL }\n';
    const s = script(['MARIE\u00a0CLAIRE : Bonjour à tous.', BLACK], ['PAUL : Salut.', BLACK], ['Marie  Claire: Ça va ?', BLACK]);
    expect(await cast(config, s)).toEqual({ lines: [['Marie Claire', 3, null], ['Paul', 1, null], ['Marie Claire', 2, null]], warnings: [] });
  });

  it('namesVoice: labels by their writing (case, width, spaces aside); names by letters or a shortening', () => {
    const voice = { name: 'Announcer', labels: ['ANNCR', 'Marie Claire'] };
    const asked: [string, 'labels' | 'names', boolean][] = [
      ['anncr', 'labels', true],
      ['ＡＮＮＣＲ', 'labels', true],
      ['MARIE\u00a0CLAIRE', 'labels', true],
      ['ANNOUNCER', 'labels', false],
      ['ANN', 'labels', false],
      ['ANNOUNCER', 'names', true],
      ['ANNC', 'names', true],
      ['NEW', 'names', false],
      ['HOT', 'names', false],
    ];
    expect(asked.map(([label, how]) => [label, how, namesVoice(label, voice, how)])).toEqual(asked);
  });
});
