/**
 * Legends that disagree, repeat a name, contradict themselves, or sit where they were not read
 * (fixtures: scripts/build-legend-conflict-fixtures.py): every legend of a script is looked at, two
 * that give a voice different colours are not trusted (whichever says it "corrects" the other), nor
 * is one that gives one name two colours, or whose names are written in another voice's colour; a
 * bare colour word does not pick its own shade over a same-family colour with more words; a swatch a
 * shade off ties to the clearly nearest used colour; a legend at the end of a long script is read.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseScript } from '../src/pipeline.js';
import { readScript, readScriptBytes } from '../src/readers/index.js';
import { buildDocx, p, r } from './helpers/docx-builder.js';
import { ROOT, runCli } from './helpers/cli.js';

const DIR = join(ROOT, 'tests/fixtures/legend-conflicts');

async function analyse(name: string) {
  return analyseScript(await readScript(join(DIR, name)), { voiceMap: null });
}

/** Each voice (or colour group) with its words, the legend in force (or null), and the legend warnings as `code: reasons`. */
async function outcome(name: string) {
  const { casting, report } = await analyse(name);
  return {
    voices: report.voices.map((v) => `${v.name} ${v.words}`),
    legend: casting.legend ? casting.legend.text : null,
    warnings: casting.warnings
      .filter((w) => w.code.startsWith('legend'))
      .map((w) => `${w.code}: ${((w.details as { reasons?: { code: string }[] }).reasons ?? []).map((r) => r.code).join(', ')}`),
  };
}

const rejectedMessage = async (name: string) => (await analyse(name)).casting.warnings.find((w) => w.code === 'legend-rejected')?.message;

const COLOUR_GROUPS = ['#000000 black 16', '#0000FF blue 40', '#00B050 green 32'];

describe('two legends that give a voice different colours', () => {
  it('a later "corrected legend" in a sentence: neither is used, both are quoted (DOCX and its PDF)', async () => {
    for (const file of ['corrected-legend-en.docx', 'corrected-legend-en.pdf']) {
      expect(await outcome(file), file).toEqual({ voices: COLOUR_GROUPS, legend: null, warnings: ['legend-rejected: legends-disagree'] });
      const at = file.endsWith('.pdf') ? 'p.1 ' : '';
      expect(await rejectedMessage(file), file).toBe(
        `The legend at ${at}¶4 ("Key: Narrator = blue; Expert = green; black = not recorded") was not used: it gives Narrator #0000FF blue and Expert #00B050 green, the legend at ${at}¶5 ("Note from the producer, corrected legend: Narrator = green; Expert = blue.") gives Narrator #00B050 green and Expert #0000FF blue: which one is right is not for vo-lines to guess. It is left out of the lines, and the voices are shown as the colours found instead: check the legend, or name the voices in a config (vo-lines init writes one).`,
      );
    }
    // Neither legend is a line: the 16 black words are the title block and the screen titles.
    const { casting } = await analyse('corrected-legend-en.docx');
    expect(casting.lines.filter((l) => l.voice === '#000000 black').map((l) => l.text)).toEqual([
      'Warehouse Safety Module',
      'Client: Northwind Logistics',
      'Version 3, 12 May',
      'Screen 1',
      'Screen 2',
      'Screen 3',
    ]);
  });

  it('a key in the running header against one among the lines: the same answer for the DOCX and its PDF', async () => {
    for (const file of ['header-vs-body-en.docx', 'header-vs-body-en.pdf']) {
      expect(await outcome(file), file).toEqual({ voices: COLOUR_GROUPS, legend: null, warnings: ['legend-rejected: legends-disagree'] });
    }
    const docx = (await analyse('header-vs-body-en.docx')).casting.warnings[0]!;
    expect(docx.details).toMatchObject({
      reasons: [
        {
          code: 'legends-disagree',
          details: {
            other: { location: { story: 'header', paragraph: 1 }, text: 'Key: Narrator = green; Expert = blue' },
            voices: [
              { voice: 'Narrator', here: { colour: '#0000FF', background: false }, there: { colour: '#00B050', background: false } },
              { voice: 'Expert', here: { colour: '#00B050', background: false }, there: { colour: '#0000FF', background: false } },
            ],
          },
        },
      ],
    });
  });

  it('a header key that agrees changes nothing', async () => {
    expect(await outcome('header-agrees-en.docx')).toEqual({ voices: ['Narrator 40', 'Expert 32'], legend: 'Key: Narrator = blue; Expert = green; black = not recorded', warnings: [] });
  });

  it('a second key on the next line, under its own heading, is a second legend', async () => {
    expect(await outcome('two-keys-one-after-other-en.docx')).toEqual({ voices: COLOUR_GROUPS, legend: null, warnings: ['legend-rejected: legends-disagree'] });
    expect(await rejectedMessage('name-twice-en.docx')).toContain(
      'was not used: it gives Narrator #0000FF blue, the legend at ¶5 ("Colour code: Narrator = red") gives Narrator #FF0000 red: which one is right is not for vo-lines to guess.',
    );
  });
});

describe('one legend that contradicts itself', () => {
  it('one name given two colours on one line: not used (not merged into "blue or red")', async () => {
    const blue = '<w:color w:val="0000FF"/>';
    const green = '<w:color w:val="00B050"/>';
    const red = '<w:color w:val="FF0000"/>';
    const body =
      p('Key: Narrator = blue; Expert = green; Narrator = red') +
      `<w:p>${r('Welcome to the warehouse safety course for new starters.', blue)}</w:p><w:p>${r('Always wear your vest in the loading bay.', green)}</w:p><w:p>${r('Do I need the vest in the office too?', red)}</w:p>`;
    const { casting } = await analyseScript(await readScriptBytes(buildDocx({ body }), 'twice.docx'), { voiceMap: null });
    expect(casting.legend).toBeNull();
    const warning = casting.warnings.find((w) => w.code === 'legend-rejected')!;
    expect(warning.message).toContain('was not used: it gives Narrator both #0000FF blue and #FF0000 red.');
    expect((warning.details as { reasons: unknown[] }).reasons).toEqual([
      {
        code: 'conflicting-entries',
        message: 'it gives Narrator both #0000FF blue and #FF0000 red',
        details: { voice: 'Narrator', given: [{ colour: '#0000FF', background: false }, { colour: '#FF0000', background: false }] },
      },
    ]);
  });

  it('names written in the colour the words give the other voice: not used, said', async () => {
    expect(await outcome('name-colour-vs-words-en.docx')).toEqual({
      voices: ['#000000 black 16', '#FF0000 red 40', '#0000FF blue 32'],
      legend: null,
      warnings: ['legend-rejected: name-colour-differs, name-colour-differs'],
    });
    expect(await rejectedMessage('name-colour-vs-words-en.docx')).toContain(
      'was not used: Narrator is written in #0000FF blue but given "red" (#FF0000 red); Expert is written in #FF0000 red but given "blue" (#0000FF blue).',
    );
  });
});

describe('a bare colour word over two shades of its family', () => {
  it('"red" is not the one-line note in #FF0000 when the narrator\'s 40 words are Word\'s Dark Red', async () => {
    expect(await outcome('red-word-darkred-narrator-en.docx')).toEqual({
      voices: ['#000000 black 16', '#C00000 red 40', '#0000FF blue 32', '#FF0000 red 6'],
      legend: null,
      warnings: ['legend-rejected: ambiguous-colour'],
    });
  });

  it('"grey" is not the notes\' #808080 when the narrator\'s #404040 holds more words', async () => {
    expect(await outcome('grey-word-two-greys-en.docx')).toEqual({
      voices: ['#000000 black 16', '#404040 dark grey 40', '#0000FF blue 32', '#808080 grey 18'],
      legend: null,
      warnings: ['legend-rejected: ambiguous-colour'],
    });
  });
});

describe('swatches a shade off the text colours', () => {
  it('Word\'s Dark Red and Blue swatches over #FF0000 and #0000FF text: the clearly nearest, used; the table is no line', async () => {
    const got = await outcome('swatch-darkred-text-red-en.docx');
    expect(got).toEqual({ voices: ['Narrator 40', 'Expert 32'], legend: 'Voice key / Voice | Colour / Narrator / Expert', warnings: [] });
    const { casting } = await analyse('swatch-darkred-text-red-en.docx');
    expect(casting.lines.filter((l) => l.voice === null).map((l) => l.text)).toEqual(['Warehouse Safety Module', 'Client: Northwind Logistics', 'Version 3, 12 May', 'Screen 1', 'Screen 2', 'Screen 3']);
  });

  it('a swatch halfway between two used reds: not used, said', async () => {
    expect(await outcome('swatch-between-two-reds-en.docx')).toEqual({
      voices: ['#000000 black 16', '#FF0000 red 40', '#0000FF blue 32', '#C00000 red 18'],
      legend: null,
      warnings: ['legend-rejected: ambiguous-colour'],
    });
    expect(await rejectedMessage('swatch-between-two-reds-en.docx')).toContain('was not used: Narrator\'s swatch #E00000 red is about as near to #C00000 red as to #FF0000 red.');
  });
});

describe('legends further on', () => {
  it('a key at the end of a long script is read', async () => {
    expect(await outcome('legend-at-end-long-en.docx')).toEqual({
      voices: ['Narrator 120', 'Expert 96', 'Learner 54'],
      legend: 'Key: Narrator = red; Expert = blue; Learner = green; black = not recorded',
      warnings: [],
    });
  });

  it('a key after a note in the same paragraph is read', async () => {
    expect(await outcome('key-inside-note-en.docx')).toEqual({
      voices: ['Narrator 40', 'Expert 32'],
      legend: "Note: the expert's lines were moved to green in v3. Key: Narrator = blue; Expert = green",
      warnings: [],
    });
  });
});

describe('a paragraph that looks like a legend, not read', () => {
  it('"Lines in blue are Paul\'s, in green Marie\'s.": said, instead of a bare "no legend"', async () => {
    const { casting } = await analyse('elided-sentence-en.docx');
    expect(casting.legend).toBeNull();
    expect(casting.warnings.filter((w) => w.code.startsWith('legend')).map((w) => [w.code, w.message, w.details])).toEqual([
      [
        'legend-not-read',
        '¶4 ("Lines in blue are Paul\'s, in green Marie\'s. Text in black is not recorded.") looks like a legend but was not read: the voices are the colours found. If it is the script\'s key, name the voices in a config (vo-lines init writes one), or write it one voice a line ("Narrator = blue").',
        { text: "Lines in blue are Paul's, in green Marie's. Text in black is not recorded." },
      ],
    ]);
  });

  it('lines that only mention a colour are not said', async () => {
    const blue = '<w:color w:val="0000FF"/>';
    const body =
      p('The red door opens onto the yard.') + p('Press the green button, then wait.') + p('OST: Yellow bin = plastics and cans') + p('Use the key: the red box.') + `<w:p>${r('Welcome to the course.', blue)}</w:p>`;
    const { casting } = await analyseScript(await readScriptBytes(buildDocx({ body }), 'plain.docx'), { voiceMap: null });
    expect(casting.warnings.filter((w) => w.code === 'legend-not-read')).toEqual([]);
  });
});

describe('a legend that gives black, the ordinary text\'s colour, to a voice', () => {
  it('the title block above it is left unassigned, said once', async () => {
    const { casting, report } = await analyse('narrator-black-en.docx');
    expect(report.voices.map((v) => `${v.name} ${v.words}`)).toEqual(['Narrator 46', 'Expert 32', 'Learner 18']);
    expect(casting.lines.filter((l) => l.voice === null).map((l) => `${l.location.paragraph} ${l.text}`)).toEqual(['1 Warehouse Safety Module', '2 Client: Northwind Logistics', '3 Version 3, 12 May']);
    expect(casting.warnings.map((w) => w.code)).toEqual(['legend-title-block']);
    expect(casting.warnings[0]!.message).toBe(
      'The legend at ¶4 gives #000000 black, the colour of the script\'s ordinary text, to Narrator: the 10 words above it ("Warehouse Safety Module", "Client: Northwind Logistics" and "Version 3, 12 May"), the title block, are left unassigned. The lines in #000000 black below it are Narrator\'s: check that titles and notes among them are not counted.',
    );
    // Each line keeps an ID of its own.
    expect(new Set(casting.lines.map((l) => l.id)).size).toBe(casting.lines.length);
  });
});

describe('a legend under a config that tells its voices by their labels', () => {
  const yellow = '<w:highlight w:val="yellow"/>';
  const green = '<w:highlight w:val="green"/>';
  const body =
    p('Code couleur : MARC = surligné jaune · JULIE = surligné vert') +
    `<w:p>${r('MARC : ')}${r('Tu es en retard.', yellow)}</w:p><w:p>${r('JULIE : ')}${r('Le train était bloqué.', green)}</w:p>`;
  const run = async (config: string) => {
    const { parseConfigText } = await import('../src/config/parse.js');
    const voiceMap = (await parseConfigText(config, 'vo-lines.config.yaml')).voiceMap;
    return analyseScript(await readScriptBytes(buildDocx({ body }), 'dub.docx'), { voiceMap });
  };

  it('the same names: nothing said (no colour "given to no voice")', async () => {
    const { casting } = await run('voices:\n  MARC: { label: MARC }\n  JULIE: { label: JULIE }\nunassigned: ["#000000"]\n');
    expect(casting.warnings.filter((w) => w.code.startsWith('legend'))).toEqual([]);
  });

  it('names the config does not have: one line, about the names', async () => {
    const { casting } = await run('voices:\n  MARC: { label: MARC }\n  LÉA: { label: LÉA }\nunassigned: ["#000000"]\n');
    expect(casting.warnings.filter((w) => w.code.startsWith('legend')).map((w) => w.message)).toEqual([
      'The legend at ¶1 ("Code couleur : MARC = surligné jaune · JULIE = surligné vert") names JULIE, which vo-lines.config.yaml does not: it tells its voices (MARC and LÉA) by their labels, not by colour. The config\'s voices are used: check that it is this script\'s config.',
    ]);
  });
});

describe('init after a legend not used for a conflict', () => {
  const init = (fixture: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-legend-conflicts-'));
    copyFileSync(join(DIR, fixture), join(dir, 's.docx'));
    const run = runCli(['init', 's.docx'], dir);
    return { code: run.code, voices: readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8').split('\n').filter((l) => /^ {2}[^ #]/.test(l)) };
  };

  it('names no colour after one of two legends that disagree, and never one name twice', () => {
    expect(init('header-vs-body-en.docx')).toEqual({
      code: 0,
      voices: ['  blue: { color: "#0000FF" }   # 40 words, 4 lines; the legend gives it to Narrator and Expert', '  green: { color: "#00B050" }   # 32 words, 3 lines; the legend gives it to Expert and Narrator'],
    });
    expect(init('name-twice-en.docx')).toEqual({
      code: 0,
      voices: [
        '  blue: { color: "#0000FF" }   # 40 words, 4 lines; not in the legend',
        '  Expert: { color: "#00B050" }   # 32 words, 3 lines; Expert in the legend',
        '  red: { color: "#FF0000" }   # 18 words, 2 lines; not in the legend',
      ],
    });
  });
});

describe('two voices of one colour, named in several words', () => {
  it('"MARC and LE PÈRE are both …", not "are all"', async () => {
    const { analyseBytes } = await import('../src/pipeline.js');
    const { buildDocx, r } = await import('./helpers/docx-builder.js');
    const p = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
    const yellow = '<w:highlight w:val="yellow"/>';
    const green = '<w:highlight w:val="green"/>';
    const body = [
      p(r('Code couleur : MARC = surligné jaune · JULIE = surligné vert · LE PÈRE = surligné jaune')),
      p(r('MARC : Tu viens ce soir ?', yellow)),
      p(r('JULIE : Je ne sais pas encore.', green)),
      p(r('LE PÈRE : Rentrez avant minuit.', yellow)),
    ].join('');
    const analysis = await analyseBytes(buildDocx({ body }), 'dub.docx', {});
    const rejected = analysis.report.warnings.find((w) => w.code === 'legend-rejected')!;
    const reasons = (rejected.details as { reasons: { message: string }[] }).reasons.map((x) => x.message);
    expect(reasons).toEqual(['MARC and LE PÈRE are both #FFFF00 yellow highlight']);
  });
});
