/**
 * A capitalised word and a colon opening a line in a voice's colour (`NEW: our ready meals…`) is a
 * speaker's name, not counted (colour-labels.ts), only where it is one: with named voices (a legend's, a
 * config's), when it names a voice (its name, a label, or one shortened from it: `ANNCR` for
 * `ANNOUNCER`), when it also opens lines that are no voice's, or when the voice's lines are a labelled
 * dialogue under names of no voice (voices named after actors: two thirds of its lines or more).
 * Otherwise its words are said and counted, with no warning. With bare colours (no names, or voices
 * named after their colours, as init names them), as before. Fixture: scripts/build-label-colon-fixtures.py
 * (the DOCX and LibreOffice's PDF of it).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { castScript } from '../src/attribute/cast-script.js';
import { parseConfigText } from '../src/config/parse.js';
import type { Script } from '../src/model.js';
import { labelNames } from '../src/text/speaker-label.js';
import { ROOT, runCli } from './helpers/cli.js';
import { colouredScript } from './helpers/black-script.js';

const fixtures = join(ROOT, 'tests', 'fixtures', 'label-colon');

interface JsonLine {
  text: string;
  label?: string;
  words: number;
}
interface JsonReport {
  voices: { name: string; words: number; lines: JsonLine[] }[];
  warnings: { code: string; message: string; details?: unknown }[];
}

const script = colouredScript;

const BLUE = '#0070C0';
const RED = '#C00000';
const BLACK = '#000000';

/** Each line of the casting: voice, words, label; and the codes of the label warnings. */
async function cast(config: string | null, s: Script) {
  const map = config === null ? null : (await parseConfigText(config, 'vo-lines.config.yaml')).voiceMap;
  const casting = castScript(s, map);
  return {
    lines: casting.lines.map((l) => [l.voice, l.words, l.label ?? null]),
    warnings: casting.warnings.filter((w) => w.code === 'labels-not-counted' || w.code === 'speakers-share-voice').map((w) => [w.code, w.details]),
  };
}

describe('a capitalised word and a colon in a voice’s colour: a name only where it is one', () => {
  it.each(['ad-key-en.docx', 'ad-key-en.pdf'])('%s (a legend of names): NEW: and HURRY: said and counted; ANNCR: (ANNOUNCER shortened) and CUSTOMER: not', (file) => {
    const result = runCli(['lines', file, '--no-config', '--json'], fixtures);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.voices.map((v) => [v.name, v.words, v.lines.map((l) => [l.text, l.words, l.label ?? null])])).toEqual([
      [
        'ANNOUNCER',
        50,
        [
          ['ANNCR: This spring, FreshMart makes it easy to eat well.', 9, 'ANNCR: '],
          ['NEW: our ready meals, made in the kitchen next door.', 10, null],
          ['HURRY: the family box is 19,99 € until Sunday.', 8, null],
          ['ANNCR: Fresh bread baked every morning.', 5, 'ANNCR: '],
          ['NEW: our ready meals, made in the kitchen next door.', 10, null],
          ['HURRY: the family box is 19,99 € until Sunday.', 8, null],
        ],
      ],
      ['CUSTOMER', 9, [['Wait, ready meals too?', 4, null], ['CUSTOMER: Honestly, the bread is amazing.', 5, 'CUSTOMER: ']]],
      ['LEGAL', 15, [['(fast read) Offer valid in participating stores while stocks last.', 10, null], ['(fast read) Prices include VAT.', 5, null]]],
    ]);
    const said = report.warnings.filter((w) => w.code === 'labels-not-counted' || w.code === 'speakers-share-voice');
    expect(said.map((w) => [w.code, w.message, w.details])).toEqual([
      [
        'labels-not-counted',
        "Speakers' names opening 3 lines in a voice's colour (ANNCR: and CUSTOMER:) are not counted as words said: the colour already says who speaks (3 words left out; the lines show them as written). If a name is read aloud, type it without its colon.",
        { names: ['ANNCR', 'CUSTOMER'], written: ['ANNCR:', 'CUSTOMER:'], lines: 3, words: 3 },
      ],
    ]);
  });

  it('a config naming the voices: NEW: opening some of the announcer’s lines is said; NARR: (Narrator shortened) and VO: (Voice-over) are names even once', async () => {
    const config = 'voices:\n  Announcer: { color: "#0070C0" }\n  Customer: { color: "#C00000" }\n';
    expect(
      await cast(config, script(['NEW: our ready meals.', BLUE], ['Wait, really?', RED], ['NEW: fresh bread daily.', BLUE], ['FreshMart. Fresh food.', BLUE], ['Call us today.', BLUE])),
    ).toEqual({
      lines: [['Announcer', 4, null], ['Customer', 2, null], ['Announcer', 4, null], ['Announcer', 3, null], ['Announcer', 3, null]],
      warnings: [],
    });
    const named = 'voices:\n  Narrator: { color: "#0070C0" }\n  Voice-over: { color: "#C00000" }\n';
    expect(await cast(named, script(['NARR: Once upon a time.', BLUE], ['VO: Meanwhile, in the city.', RED], ['The end.', BLUE]))).toEqual({
      lines: [['Narrator', 4, 'NARR: '], ['Voice-over', 4, 'VO: '], ['Narrator', 2, null]],
      warnings: [['labels-not-counted', { names: ['NARR', 'VO'], written: ['NARR:', 'VO:'], lines: 2, words: 2 }]],
    });
  });

  it('a name naming no voice is one when it also opens lines no voice records (a speaker in the script)', async () => {
    const config = 'voices:\n  Announcer: { color: "#0070C0" }\n  Customer: { color: "#C00000" }\nunassigned: ["#000000"]\n';
    const s = script(['MARIE: Bonjour, je suis la voisine.', BLACK], ['MARIE: Tu viens ce soir ?', BLUE], ['Peut-être.', RED], ['MARIE: Allez, viens !', BLUE], ['Plain words.', BLUE], ['More plain words.', BLUE], ['And more.', BLUE]);
    expect(await cast(config, s)).toEqual({
      lines: [[null, 6, null], ['Announcer', 4, 'MARIE: '], ['Customer', 1, null], ['Announcer', 2, 'MARIE: '], ['Announcer', 2, null], ['Announcer', 3, null], ['Announcer', 2, null]],
      warnings: [['labels-not-counted', { names: ['MARIE'], written: ['MARIE:'], lines: 2, words: 2 }]],
    });
  });

  it('voices named after their actors: names opening two thirds of a voice’s lines or more are a labelled dialogue’s, not counted', async () => {
    const config = 'voices:\n  Jean Dupont: { color: "#0070C0" }\n  Léa Martin: { color: "#C00000" }\n';
    const s = script(['MARC : Tu viens ?', BLUE], ['JULIE : Peut-être.', RED], ['MARC : Allez !', BLUE], ['Dis oui.', BLUE], ['JULIE : Bon, d’accord.', RED]);
    expect(await cast(config, s)).toEqual({
      lines: [['Jean Dupont', 2, 'MARC : '], ['Léa Martin', 1, 'JULIE : '], ['Jean Dupont', 1, 'MARC : '], ['Jean Dupont', 2, null], ['Léa Martin', 2, 'JULIE : ']],
      warnings: [['labels-not-counted', { names: ['MARC', 'JULIE'], written: ['MARC :', 'JULIE :'], lines: 4, words: 4 }]],
    });
  });

  it('bare colours (no names): as before, a name opening two lines of one colour is not counted; a word said aloud (NEW:) never is a name', async () => {
    expect(await cast(null, script(['MARC: our ready meals.', BLUE], ['Wait, really?', RED], ['MARC: fresh bread daily.', BLUE]))).toEqual({
      lines: [['#0070C0 blue', 3, 'MARC: '], ['#C00000 red', 2, null], ['#0070C0 blue', 3, 'MARC: ']],
      warnings: [['labels-not-counted', { names: ['MARC'], written: ['MARC:'], lines: 2, words: 2 }]],
    });
    expect(await cast(null, script(['NEW: our ready meals.', BLUE], ['Wait, really?', RED], ['NEW: fresh bread daily.', BLUE]))).toEqual({
      lines: [['#0070C0 blue', 4, null], ['#C00000 red', 2, null], ['#0070C0 blue', 4, null]],
      warnings: [],
    });
  });

  it('voices named after their colours (as init names them: black, blue text): as bare colours, a name opening two lines is not counted', async () => {
    const config = 'voices:\n  black: { color: "#000000" }\n  blue text: { color: "#0070C0" }\n';
    expect(await cast(config, script(['NARRATOR: Welcome.', BLACK], ['Plain words here.', BLACK], ['NARRATOR: Goodbye.', BLACK], ['More plain words.', BLACK], ['Fine.', BLUE]))).toEqual({
      lines: [['black', 1, 'NARRATOR: '], ['black', 3, null], ['black', 1, 'NARRATOR: '], ['black', 3, null], ['blue text', 1, null]],
      warnings: [['labels-not-counted', { names: ['NARRATOR'], written: ['NARRATOR:'], lines: 2, words: 2 }]],
    });
  });

  it('labelNames: the same letters, or one shortened from the other (first letter kept, letters in order)', () => {
    const yes: [string, string][] = [['ANNCR', 'ANNOUNCER'], ['NARR', 'Narrator'], ['VO', 'Voice-over'], ['V.O.', 'VO'], ['Agent', 'AGENT'], ['ANNOUNCER', 'Anncr'], ['MARK', 'Narrator (Mark)'], ['ÉLODIE', 'Elodie']];
    const no: [string, string][] = [['NEW', 'ANNOUNCER'], ['NEW', 'Narrator'], ['HURRY', 'Host'], ['A', 'Agent'], ['SALE', 'Customer'], ['', 'Agent'], ['No', 'Narrator'], ['NO', 'NARRATOR'], ['AN', 'ANNOUNCER']];
    expect(yes.map(([label, name]) => labelNames(label, name))).toEqual(yes.map(() => true));
    expect(no.map(([label, name]) => labelNames(label, name))).toEqual(no.map(() => false));
  });
});
