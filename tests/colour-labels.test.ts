/**
 * A speaker's name opening a colour-coded line (`AGENT: Good morning…` highlighted whole) is shown
 * but not counted, and said once (`labels-not-counted`); what opens a voice's line with a word and a
 * colon and is said (`Durée : 30 s`, `Attention:` once, a time) stays counted; a note to the studio (`Note:`,
 * `Remarque :`) is nobody's, not read aloud, and said (`notes-not-counted`, labels6).
 * On-screen text, graphics and animation labels (`OST:`, `GFX:`, `TEXTE ÉCRAN :`, `INCRUST :`) are no
 * voices `init` proposes. A label's aside (`MARIE (OFF)`, `JOHN (V.O.):`, a screenplay's `Tom (off)`)
 * reaches the line and the booth script as a direction, not counted. Fixtures:
 * scripts/build-colour-label-fixtures.py.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { castScript } from '../src/attribute/cast-script.js';
import { parseConfigText } from '../src/config/parse.js';
import { buildReport } from '../src/measure/report.js';
import type { Hex, Script } from '../src/model.js';
import { ROOT, runCli } from './helpers/cli.js';

const fixtures = join(ROOT, 'tests', 'fixtures', 'colour-labels');

interface JsonLine {
  text: string;
  label?: string;
  words: number;
  spokenWords: number;
  characters: number;
  spoken: string;
}
interface JsonVoice {
  name: string;
  words: number;
  spokenWords: number;
  lines: JsonLine[];
}
interface JsonReport {
  voices: JsonVoice[];
  unassigned: JsonVoice;
  total: { words: number; spokenWords: number };
  warnings: { code: string; message: string; details?: unknown }[];
}

function json(args: string[], cwd = fixtures): JsonReport {
  const result = runCli([...args, '--json'], cwd);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as JsonReport;
}

const linesOf = (voice: JsonVoice) => voice.lines.map((l) => [l.text, l.words, l.label ?? null]);

/** A script of one-run paragraphs, each `[text, colour]` or `[text, colour, highlight]`. */
function script(...paragraphs: [string, Hex, Hex?][]): Script {
  return {
    file: 'script.docx',
    format: 'docx',
    paragraphs: paragraphs.map(([text, color, background], i) => ({
      runs: [{ text, color, background: background ?? null, ...(background ? { backgroundKind: 'highlight' as const } : {}) }],
      location: { story: 'body', paragraph: i + 1 },
    })),
    warnings: [],
    facts: { trackedChanges: false },
  };
}

const BLUE = '#0070C0';
const RED = '#C00000';

/** Each voiced line of a casting by colour groups: text, words, label. */
function cast(s: Script) {
  const casting = castScript(s, null);
  return {
    lines: casting.lines.filter((l) => l.voice !== null).map((l) => [l.text, l.words, l.label ?? null]),
    warning: casting.warnings.find((w) => w.code === 'labels-not-counted') ?? null,
  };
}

describe('a speaker\'s name opening a colour-coded line', () => {
  it('highlight-coded dialogue (DOCX and its LibreOffice PDF): AGENT:, CUSTOMER (frustrated): not counted; Attention: once, Client: once, 10:30 counted; Note: nobody’s', () => {
    for (const file of ['hl-dialogue-en.docx', 'hl-dialogue-en.pdf']) {
      const report = json(['summary', file, '--no-config']);
      const [agent, customer] = report.voices;
      expect(linesOf(agent!)).toEqual([
        ['AGENT: Good morning, how can I help you today?', 8, 'AGENT: '],
        ['AGENT: I am sorry to hear that. Let me check your order.', 11, 'AGENT: '],
        ['Client: Acme Limited, account two two zero.', 7, null],
      ]);
      expect(linesOf(customer!)).toEqual([
        ['CUSTOMER: My order arrived damaged and I want a refund.', 9, 'CUSTOMER: '],
        ['CUSTOMER (frustrated): This is the second time this month!', 7, 'CUSTOMER (frustrated): '],
        ['Attention: the warehouse closes at 10:30 today.', 7, null],
      ]);
      expect([agent!.words, customer!.words, report.total.words]).toEqual([26, 23, 62]);
      // A note to the studio in the agent's highlight: nobody's, said with its words.
      expect(report.unassigned.lines.map((l) => l.text)).toContain('Note: your order number is on the screen.');
      expect(report.warnings.find((w) => w.code === 'notes-not-counted')?.details).toMatchObject({ labels: ['Note:'], lines: 1, words: 8, voices: [{ voice: 'Agent', lines: 1, words: 8 }] });
      // The name is not said nor counted in the characters either.
      expect(customer!.lines[1]!.spoken).toBe('This is the second time this month!');
      expect(customer!.lines[1]!.characters).toBe('This is the second time this month!'.length);
      const warning = report.warnings.find((w) => w.code === 'labels-not-counted');
      expect(warning?.message).toBe(
        "Speakers' names opening 4 lines in a voice's colour (AGENT: and CUSTOMER:) are not counted as words said: the colour already says who speaks (5 words left out; the lines show them as written). If a name is read aloud, type it without its colon.",
      );
      expect(warning?.details).toEqual({ names: ['AGENT', 'CUSTOMER'], written: ['AGENT:', 'CUSTOMER:'], lines: 4, words: 5 });
    }
  });

  it('French dubbing coded by text colour (DOCX and PDF): a time code, an aside and a no-break space before the colon; Durée :, Attention : once and 10:30 counted, Remarque : nobody’s', () => {
    for (const file of ['colour-dialogue-fr.docx', 'colour-dialogue-fr.pdf']) {
      const report = json(['lines', file, '--no-config']);
      const [marc, julie] = report.voices;
      expect(linesOf(marc!)).toEqual([
        // (The time code opening the line is its time, cut before: timecodes.ts.)
        ['MARC (off) : Tu viens ce soir ?', 4, 'MARC (off) : '],
        ['MARC : Allez, dis oui !', 3, 'MARC : '],
        ['Rendez-vous à 10:30 devant le cinéma.', 6, null],
      ]);
      expect(linesOf(julie!)).toEqual([
        ['JULIE : Je sais pas (rires) on verra.', 6, 'JULIE : '],
        ['JULIE (V.O.) : Bon… d’accord.', 2, 'JULIE (V.O.) : '],
        ['Durée : trente secondes, pas plus.', 5, null],
        ['Attention : le film commence tôt !', 5, null],
      ]);
      // The aside is no longer read aloud letter by letter ("JULIE (V O)").
      expect(julie!.lines[1]!.spoken).toBe('Bon… d’accord.');
      expect(report.warnings.find((w) => w.code === 'labels-not-counted')?.details).toEqual({ names: ['MARC', 'JULIE'], written: ['MARC :', 'JULIE :'], lines: 4, words: 6 });
      // « the door noise stays in the background »: a note for the mix, in Marc's colour, not read aloud.
      expect(report.warnings.find((w) => w.code === 'notes-not-counted')?.details).toMatchObject({ labels: ['Remarque :'], lines: 1, words: 8 });
    }
  });

  it('colour groups (no legend): names with a capital, each opening two lines', () => {
    const report = json(['summary', 'groups-en.docx', '--no-config']);
    expect(report.voices.map((v) => [v.name, v.words])).toEqual([
      ['#000000 black', 3],
      ['#008000 dark green', 15],
      ['#7030A0 purple', 12],
    ]);
    expect(report.voices[1]!.lines.map((l) => l.label)).toEqual(['Anna: ', 'Anna: ']);
  });

  it('a name with a capital opening one line is said; names in capitals each opening one line are a cast', () => {
    expect(cast(script(['Narrator: Welcome to the course.', BLUE], ['Attention: the exam is on Friday.', RED], ['Back to work now.', BLUE])).warning).toBeNull();
    const radio = cast(script(['ANNOUNCER: This week at Martin’s, bread is half price.', BLUE], ['WOMAN: Half price? I will take three.', RED], ['Martin’s bakery, open every day.', BLUE]));
    expect(radio.lines).toEqual([
      ['ANNOUNCER: This week at Martin’s, bread is half price.', 8, 'ANNOUNCER: '],
      ['WOMAN: Half price? I will take three.', 6, 'WOMAN: '],
      ['Martin’s bakery, open every day.', 5, null],
    ]);
    // One name in capitals alone, once: maybe said.
    expect(cast(script(['IMPORTANT NOTICE: the store closes early.', BLUE], ['Thank you.', RED])).warning).toBeNull();
  });

  it('a script in one colour whose lines open with labels is coded by its labels, not its colour: nothing left out (init offers the labels)', () => {
    const black = cast(script(['NARRATOR: Welcome aboard.', '#000000'], ['BARISTA: Flat white for table two!', '#000000'], ['NARRATOR: See you soon.', '#000000']));
    expect(black.warning).toBeNull();
    expect(black.lines.map((l) => l[1])).toEqual([3, 6, 4]);
  });

  it('Chinese names opening lines said as sentences are speakers\' labels; a form\'s fields (项目名称：…, 名称：…) are not, nor a name in two voices\' colours', () => {
    const dialogue = cast(script(['旁白：欢迎来到智慧城市。', BLUE], ['小明：今天我们去哪里？', RED], ['旁白：这里的路灯都会思考。', BLUE], ['小明：好啊，出发！', RED]));
    expect(dialogue.lines).toEqual([
      ['旁白：欢迎来到智慧城市。', 8, '旁白：'],
      ['小明：今天我们去哪里？', 7, '小明：'],
      ['旁白：这里的路灯都会思考。', 9, '旁白：'],
      ['小明：好啊，出发！', 4, '小明：'],
    ]);
    // A procurement notice's fields, in two colours (docx2python's libreoffice_conversion.docx).
    expect(cast(script(['项目名称：东阳市歌山镇农贸市场', '#000000'], ['开标时间：2021年8月10日', RED], ['项目名称：农贸市场经营管理权', '#000000'], ['开标时间：2021年8月11日', RED])).warning).toBeNull();
    expect(cast(script(['MARC: Tu viens ?', BLUE], ['MARC: Allez !', RED], ['Julie: Non.', BLUE])).warning).toBeNull();
  });

  it('never a heading said aloud (Step 1:, Question 2 :), a field, a note, a direction, a time, nor a name with nothing after it', () => {
    const s = script(
      ['STEP 1: Open the lid.', BLUE],
      ['STEP 2: Lift the tray.', BLUE],
      ['Question 2 : Que fait-on ensuite ?', RED],
      ['Question 3 : Et après ?', RED],
      ['Durée : 30 s', BLUE],
      ['Durée : 45 s', BLUE],
      ['Note: keep the receipt.', RED],
      ['Note: keep the box.', RED],
      ['SFX: door slams', BLUE],
      ['SFX: door opens', BLUE],
      ['10:30 AM: the doors open.', RED],
      ['10:45 AM: the doors close.', RED],
      ['At 10:30: the doors open.', BLUE],
      ['At 10:45: the doors close.', BLUE],
      ['MARC:', BLUE],
      ['MARC:', BLUE],
    );
    expect(cast(s).warning).toBeNull();
  });

  it('a name naming the line\'s own voice (a legend\'s, a config\'s) counts even once, a name with a capital too', async () => {
    const config = await parseConfigText('voices:\n  Marc: { color: "#0070C0" }\n  Julie: { color: "#C00000" }\n', 'vo-lines.config.yaml');
    const casting = castScript(script(['Marc: Tu viens ?', BLUE], ['Julie: Peut-être.', RED], ['Marc: Allez !', BLUE], ['Attention: the film starts early.', RED]), config.voiceMap);
    expect(casting.lines.map((l) => [l.voice, l.words, l.label ?? null])).toEqual([
      ['Marc', 2, 'Marc: '],
      ['Julie', 1, 'Julie: '],
      ['Marc', 1, 'Marc: '],
      ['Julie', 5, null],
    ]);
    const report = buildReport(casting);
    expect(report.voices.map((v) => [v.name, v.words, v.spokenWords, v.characters])).toEqual([
      ['Marc', 3, 3, 'Tu viens ?'.length + 'Allez !'.length],
      ['Julie', 6, 6, 'Peut-être.'.length + 'Attention: the film starts early.'.length],
    ]);
  });

  it('one colour voice whose lines open with two speakers\' names (PAUL: three times, MARIE: once): the colour does not say who speaks, and that is said', async () => {
    const config = await parseConfigText('voices:\n  black: { color: "#000000" }\n', 'vo-lines.config.yaml');
    const casting = castScript(
      script(
        ['PAUL : Bonjour à tous, nous accueillons nos invités.', '#000000'],
        ['MARIE : Oui.', '#000000'],
        ['PAUL : Merci Marie ; à vous, les amis !', '#000000'],
        ['PAUL : Le prix baisse de moitié.', '#000000'],
      ),
      config.voiceMap,
    );
    expect(casting.lines.map((l) => [l.voice, l.words, l.label ?? null])).toEqual([
      ['black', 7, 'PAUL : '],
      ['black', 1, 'MARIE : '],
      ['black', 6, 'PAUL : '],
      ['black', 5, 'PAUL : '],
    ]);
    const said = casting.warnings.filter((w) => w.code === 'labels-not-counted' || w.code === 'speakers-share-voice');
    expect(said.map((w) => [w.code, w.message, w.details, w.location?.paragraph])).toEqual([
      [
        'labels-not-counted',
        "Speakers' names opening 4 lines in a voice's colour (PAUL : and MARIE :) are not counted as words said: a name before its colon is not read aloud (4 words left out; the lines show them as written). If a name is read aloud, type it without its colon.",
        { names: ['PAUL', 'MARIE'], written: ['PAUL :', 'MARIE :'], lines: 4, words: 4, shared: true },
        1,
      ],
      [
        'speakers-share-voice',
        '"black" holds the lines of 2 speakers, by the names opening them (PAUL: 3 lines and MARIE: 1 line): its lines, words and time are theirs together, and its booth script holds them all. If they are different people, give each a voice by its label in the config (PAUL: { label: PAUL }, MARIE: { label: MARIE }).',
        { voice: 'black', speakers: [{ name: 'PAUL', lines: 3 }, { name: 'MARIE', lines: 1 }] },
        2,
      ],
    ]);
  });

  it('with voices told by their labels (a config\'s label:), the label is cut off as before: no warning', async () => {
    const config = await parseConfigText('voices:\n  Agent: { highlight: yellow, label: AGENT }\n  Customer: { highlight: green, label: CUSTOMER }\n', 'vo-lines.config.yaml');
    const file = mkdtempSync(join(tmpdir(), 'colour-labels-'));
    copyFileSync(join(fixtures, 'hl-dialogue-en.docx'), join(file, 'hl.docx'));
    writeFileSync(join(file, 'vo-lines.config.yaml'), 'voices:\n  Agent: { highlight: yellow, label: AGENT }\n  Customer: { highlight: green, label: CUSTOMER }\n');
    const report = json(['lines', 'hl.docx'], file);
    expect(report.voices.map((v) => [v.name, v.lines.slice(0, 2).map((l) => [l.text, l.words])])).toEqual([
      ['Agent', [['Good morning, how can I help you today?', 8], ['I am sorry to hear that. Let me check your order.', 11]]],
      ['Customer', [['My order arrived damaged and I want a refund.', 9], ['(frustrated) This is the second time this month!', 7]]],
    ]);
    expect(report.warnings.map((w) => w.code)).not.toContain('labels-not-counted');
    expect(config.voiceMap.voices.map((v) => v.labels)).toEqual([['AGENT'], ['CUSTOMER']]);
  });
});

describe('init: what is shown is no voice', () => {
  for (const [file, said, shown, voices, record] of [
    ['ost-en.docx', 'VO and NARRATOR', 'OST, GFX and ON-SCREEN TEXT', ['VO', 'NARRATOR'], 28],
    ['ost-fr.docx', 'VOIX OFF and NARRATRICE', 'TEXTE ÉCRAN, ANIM and INCRUST', ['VOIX OFF', 'NARRATRICE'], 32],
  ] as const) {
    it(`${file}: proposes ${said}, leaves ${shown} out as directions`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'colour-labels-init-'));
      copyFileSync(join(fixtures, file), join(dir, file));
      const init = runCli(['init', file], dir);
      expect(init.code, init.stderr).toBe(0);
      expect(init.stdout.split('\n')[0]).toBe(`Wrote vo-lines.config.yaml (2 voices, one per speaker label: ${said}; ${shown} left out as directions; text without a label taken as not recorded).`);
      const config = readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8');
      for (const label of shown.split(/, | and /)) expect(config).toContain(`  # ${label}: { label: "${label}" }`);
      const report = json(['summary', file], dir);
      expect(report.voices.map((v) => v.name)).toEqual(voices);
      expect(report.voices.reduce((sum, v) => sum + v.words, 0)).toBe(record);
    });
  }
});

describe('a label\'s aside reaches the line and the booth script', () => {
  it('a dubbing table\'s MARIE (OFF) cell (DOCX and PDF): "(OFF)" opens her line, not counted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'colour-labels-aside-'));
    for (const file of ['aside-table-fr.docx', 'aside-table-fr.pdf']) copyFileSync(join(fixtures, file), join(dir, file));
    writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  MARIE: { label: "MARIE" }\n  PAUL: { label: "PAUL" }\nunassigned: ["#000000"]\n');
    for (const file of ['aside-table-fr.docx', 'aside-table-fr.pdf']) {
      const report = json(['lines', file], dir);
      expect(linesOf(report.voices[0]!)).toEqual([
        ['Tu as entendu ce bruit ?', 5, null],
        ['Le vent ne frappe pas trois fois à la porte.', 10, null],
        ['(OFF) Paul… viens voir.', 3, '(OFF) '],
      ]);
      expect(report.voices[0]!.words).toBe(18);
      expect(report.voices[0]!.lines[2]!.spoken).toBe('Paul… viens voir.');
    }
    const sides = runCli(['sides', 'aside-table-fr.docx', '--voice', 'marie', '--format', 'docx', '-o', 'marie.docx'], dir);
    expect(sides.code, sides.stderr).toBe(0);
    // The booth script's paragraphs, their runs joined: her last line opens with its direction.
    const xml = strFromU8(unzipSync(readFileSync(join(dir, 'marie.docx')))['word/document.xml']!);
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    expect(paragraphs).toContain('(OFF) Paul… viens voir.');
  });

  it('aside-labels-en.docx (built CLI): JOHN (V.O.): and MARY (whispering): give their asides to the lines, the words as before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'colour-labels-aside-en-'));
    copyFileSync(join(fixtures, 'aside-labels-en.docx'), join(dir, 'aside-labels-en.docx'));
    writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  JOHN: { label: "JOHN" }\n  MARY: { label: "MARY" }\nunassigned: ["#000000"]\n');
    const report = json(['lines', 'aside-labels-en.docx'], dir);
    expect(report.voices.map((v) => [v.name, v.words, linesOf(v)])).toEqual([
      ['JOHN', 15, [['(V.O.) The storm had been building all afternoon.', 7, '(V.O.) '], ['Only the wind.', 3, null], ['Then it is the postman.', 5, null]]],
      ['MARY', 9, [['John, did you hear that?', 5, null], ['(whispering) It knocked three times.', 4, '(whispering) ']]],
    ]);
  });

  it('labels opening paragraphs (JOHN (V.O.):, MARY (whispering):) and a screenplay\'s name alone on its line (Tom (off)), (CONT\'D) left out', async () => {
    const config = await parseConfigText('voices:\n  JOHN: { label: "JOHN" }\n  MARY: { label: "MARY" }\n', 'vo-lines.config.yaml');
    const s = script(
      ['JOHN (V.O.): The storm had been building all afternoon.', '#000000'],
      ['MARY: John, did you hear that?', '#000000'],
      ['MARY (whispering): It knocked three times.', '#000000'],
      ['JOHN', '#000000'],
      ['Only the wind.', '#000000'],
      ['MARY (CONT’D)', '#000000'],
      ['Then it is the postman.', '#000000'],
      ['JOHN (O.S.)', '#000000'],
      ['Open the door.', '#000000'],
    );
    const casting = castScript(s, config.voiceMap);
    expect(casting.lines.filter((l) => l.voice).map((l) => [l.voice, l.text, l.words, l.label ?? null])).toEqual([
      ['JOHN', '(V.O.) The storm had been building all afternoon.', 7, '(V.O.) '],
      ['MARY', 'John, did you hear that?', 5, null],
      ['MARY', '(whispering) It knocked three times.', 4, '(whispering) '],
      ['JOHN', 'Only the wind.', 3, null],
      ['MARY', 'Then it is the postman.', 5, null],
      ['JOHN', '(O.S.) Open the door.', 3, '(O.S.) '],
    ]);
    const report = buildReport(casting);
    expect(report.voices.map((v) => [v.name, v.words, v.spokenWords])).toEqual([
      ['JOHN', 13, 13],
      ['MARY', 14, 14],
    ]);
  });
});
