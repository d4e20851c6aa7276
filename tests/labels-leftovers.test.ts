/**
 * Speaker-label scripts, the leftovers (labels6). Fixtures: tests/fixtures/labels-leftovers/
 * (scripts/build-label-leftovers-fixtures.py: python-docx, then LibreOffice's PDF), and the committed
 * cjk-labels, labels and labels-accents ones.
 *
 * - Under a labels config, lines opening with a speaker's label the config names no voice by (`NARRATOR:`
 *   beside ANNA and BEN) are nobody's and said (`label-left-out`: which labels, lines, words). Before: said
 *   by nothing but the unlabelled-speech of a paragraph after one of them.
 * - A note to the studio (`NOTE:`, `NOTE TO STUDIO:`, `N.B.:`, `NB :`, `Remarque :`, `Note au studio :`) in a
 *   voice's colour is not read aloud: nobody's, said with its words (`notes-not-counted`), no unknown colour
 *   nor confusable colour made of it; `NOTE TO STUDIO:` is no speaker. Before: the voice's words
 *   (`NOTE TO STUDIO` even a second speaker of the red voice).
 * - `ＮＡ：` shown with its full-width colon (summary's column, labels-not-counted), not `ＮＡ:`.
 * - `label-after-break` advises a new paragraph only where it would change the reading: never for a PDF,
 *   nor after a line stopped on a comma or `at`; else naming the speaker in the config.
 * - No `empty-voice` beside `label-accents-alike` for the voices it names.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { castScript } from '../src/attribute/cast-script.js';
import { parseConfig } from '../src/config/parse.js';
import type { Hex, Script } from '../src/model.js';
import { brokenScript, labelsOf } from './helpers/black-script.js';
import { ROOT, runCli } from './helpers/cli.js';
import { tempConfigs } from './helpers/temp-configs.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'labels-leftovers');
const { dir, configOf } = tempConfigs('vo-labels6-');

interface Json {
  voices: { name: string; words: number; lines: { text: string; words: number }[] }[];
  unassigned: { words: number; lines: { text: string }[] };
  warnings: { code: string; message: string; details: Record<string, unknown> }[];
}

const run = (args: string[]): Json => {
  const result = runCli([...args, '--json'], dir);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Json;
};

const codes = (json: Json) => json.warnings.map((w) => w.code);
const warning = (json: Json, code: string) => json.warnings.find((w) => w.code === code);

describe('label-left-out: a speaker the labels config leaves out', () => {
  const config = configOf('ab', { voices: { ANNA: { label: 'ANNA' }, BEN: { label: 'BEN' } }, unassigned: ['#000000', '#2F5496'] });

  for (const [format, page] of [['docx', ''], ['pdf', 'p.1 ']] as const) {
    it(`left-out-en.${format}: NARRATOR's three lines are nobody's and said; SFX: is a direction, not said`, () => {
      const json = run(['lines', join(FIXTURES, `left-out-en.${format}`), '--config', config]);
      expect(json.voices.map((v) => [v.name, v.words])).toEqual([
        ['ANNA', 16],
        ['BEN', 15],
      ]);
      expect(json.unassigned.lines.map((l) => l.text)).toEqual([
        'The Lighthouse – episode 2',
        'NARRATOR: It was the last night of the season on the island.',
        'SFX: a door slams downstairs.',
        'NARRATOR: But it was not the wind.',
        'Someone had climbed the stairs of the old tower.',
        'NARRATOR: And so they climbed, one step at a time.',
      ]);
      const said = warning(json, 'label-left-out')!;
      expect(said.message).toBe(
        `"NARRATOR:" opens 3 lines (26 words after it) like a speaker's label, but the config names no voice by it (the first at ${page}¶2): those lines are left unassigned, not recorded. If NARRATOR speaks, add a voice for it to the config (NARRATOR: { label: "NARRATOR" }).`,
      );
      expect(said.details).toEqual({ labels: ['NARRATOR'], written: ['NARRATOR:'], lines: 3, words: 26, counts: [{ label: 'NARRATOR', lines: 3, words: 26 }] });
    });
  }

  it('two labels left out are said in one warning; with every speaker named, nothing', () => {
    const onlyAnna = configOf('a', { voices: { ANNA: { label: 'ANNA' } }, unassigned: ['#000000', '#2F5496'] });
    const json = run(['summary', join(FIXTURES, 'left-out-en.docx'), '--config', onlyAnna]);
    expect(warning(json, 'label-left-out')!.message).toBe(
      `"NARRATOR:" (3 lines, 26 words) and "BEN:" (2 lines, 15 words) open lines like speakers' labels, but the config names no voice by them (the first at ¶2): those 5 lines are left unassigned, not recorded, and the 41 words after the labels are in no voice's count. For each that speaks, add a voice to the config (NARRATOR: { label: "NARRATOR" }, BEN: { label: "BEN" }).`,
    );
    const all = configOf('abn', { voices: { ANNA: { label: 'ANNA' }, BEN: { label: 'BEN' }, NARRATOR: { label: 'NARRATOR' } }, unassigned: ['#000000', '#2F5496'] });
    expect(codes(run(['summary', join(FIXTURES, 'left-out-en.docx'), '--config', all]))).not.toContain('label-left-out');
  });

  it('a field above the dialogue (Client: once), an agency\'s header, a spot\'s length, a direction, a note and a word said are no speaker left out; a label used twice before any line is', () => {
    const map = parseConfig({ voices: { ANNA: { label: 'ANNA' }, BEN: { label: 'BEN' } }, unassigned: ['#000000'] }, 'cfg.json').voiceMap;
    const quiet = brokenScript(['Client: Acme Limited'], ['ANNA: Hello.'], ['BEN: Hi.'], ['SFX: rain.'], ['NOTE: slower.'], ['NEW: our shop opens.'], ['ANNA: Bye.']);
    expect(castScript(quiet, map).warnings.filter((w) => w.code === 'label-left-out')).toEqual([]);
    // An agency's header over each spot (fields, not said as sentences), a spot's medium and length: no speaker.
    const agency = brokenScript(['CLIENT: Acme Home'], ['MEDIUM: TV'], ['TV :30'], ['ANNA: Hello.'], ['CLIENT: Acme Cars'], ['MEDIUM: Radio'], ['RADIO :60 — Summer'], ['BEN: Hi.']);
    expect(castScript(agency, map).warnings.filter((w) => w.code === 'label-left-out')).toEqual([]);
    const guard = brokenScript(['GUARD: Halt.'], ['GUARD: Who goes there?'], ['ANNA: Hello.'], ['BEN: Hi.']);
    expect(castScript(guard, map).warnings.find((w) => w.code === 'label-left-out')?.details).toEqual({ labels: ['GUARD'], written: ['GUARD:'], lines: 2, words: 4, counts: [{ label: 'GUARD', lines: 2, words: 4 }] });
  });
});

describe('notes-not-counted: a note to the studio in a voice\'s colour', () => {
  const NOTES_EN = [
    'NOTE: slow down on the safety numbers, please.',
    'NOTE TO STUDIO: warm and friendly, not corporate.',
    'N.B.: pronounce Acme as ACK-mee.',
  ];
  for (const format of ['docx', 'pdf'] as const) {
    it(`notes-colour-en.${format} (colour groups): NOTE:, NOTE TO STUDIO:, N.B.: nobody's and said; Remember: stays the narrator's`, () => {
      const json = run(['lines', join(FIXTURES, `notes-colour-en.${format}`), '--no-config']);
      expect(json.voices.map((v) => [v.name, v.words, v.lines.map((l) => l.text)])).toEqual([
        ['#365F91 dark blue', 4, ['Safety induction – module 1']],
        ['#0070C0 blue', 20, ['NARRATOR: Welcome to the site. This module takes five minutes.', 'NARRATOR: Remember: helmets stay on at all times.', 'NARRATOR: Thank you for listening.']],
        ['#C00000 red', 15, ['ANNA: Hi, I am Anna, your site supervisor.', 'ANNA: Let us walk to the first checkpoint together.']],
      ]);
      expect(json.unassigned.lines.map((l) => l.text)).toEqual(NOTES_EN);
      const said = warning(json, 'notes-not-counted')!;
      const at = (paragraph: number) => (format === 'pdf' ? { story: 'body', paragraph, page: 1 } : { story: 'body', paragraph });
      const p = format === 'pdf' ? 'p.1 ' : '';
      expect(said.message).toBe(
        `3 lines in a voice's colour open with a note's label (NOTE:, NOTE TO STUDIO: and N.B.:): "NOTE: slow down on the safety numbers, please." (${p}¶3), "NOTE TO STUDIO: warm and friendly, not corporate." (${p}¶5) and "N.B.: pronounce Acme as ACK-mee." (${p}¶7). A note to the studio is not read aloud, so they are counted as nobody's, not recorded (13 words of #0070C0 blue and 8 words of #C00000 red left out). If one is read aloud, type it without its colon.`,
      );
      expect(said.details).toEqual({
        labels: ['NOTE:', 'NOTE TO STUDIO:', 'N.B.:'],
        lines: 3,
        words: 21,
        voices: [
          { voice: '#0070C0 blue', lines: 2, words: 13 },
          { voice: '#C00000 red', lines: 1, words: 8 },
        ],
        texts: NOTES_EN,
        locations: [at(3), at(5), at(7)],
      });
      // NOTE TO STUDIO is no second speaker of the red voice; the notes, nobody's in a voice's colour, are no colour of their own.
      expect(codes(json)).not.toContain('speakers-share-voice');
      expect(json.warnings.filter((w) => w.code === 'confusable-colours').map((w) => (w.details.sides as { voice: string | null }[]).map((s) => s.voice))).toEqual([['#365F91 dark blue', '#0070C0 blue']]);
      expect(warning(json, 'labels-not-counted')!.details).toEqual({ names: ['NARRATOR', 'ANNA'], written: ['NARRATOR:', 'ANNA:'], lines: 5, words: 5 });
    });
  }

  it('notes-colour-en.docx with a config of the colours: the same, and no unknown colour said of the notes', () => {
    const config = configOf('colours', { voices: { Narrator: { color: '#0070C0' }, Anna: { color: '#C00000' } }, unassigned: ['#000000'] });
    const json = run(['summary', join(FIXTURES, 'notes-colour-en.docx'), '--config', config]);
    expect(json.voices.map((v) => [v.name, v.words])).toEqual([
      ['Narrator', 20],
      ['Anna', 15],
    ]);
    expect(warning(json, 'notes-not-counted')!.details).toMatchObject({ lines: 3, words: 21 });
    expect(json.warnings.filter((w) => w.code === 'unknown-colour' && /NOTE|N\.B\./u.test(w.message))).toEqual([]);
  });

  for (const format of ['docx', 'pdf'] as const) {
    it(`notes-colour-fr.${format}: NB :, Note au studio :, Remarque : (no-break spaces) nobody's and said`, () => {
      const json = run(['lines', join(FIXTURES, `notes-colour-fr.${format}`), '--no-config']);
      expect(json.voices.map((v) => [v.name, v.words])).toEqual([
        ['#365F91 dark blue', 4],
        ['#0070C0 blue', 21],
        ['#C00000 red', 15],
      ]);
      expect(json.unassigned.lines.map((l) => l.text)).toEqual(['NB : ralentir sur les chiffres, merci.', 'Note au studio : ton chaleureux, pas institutionnel.', 'Remarque : prononcer « Acme » à l’anglaise.']);
      expect(warning(json, 'notes-not-counted')!.details).toMatchObject({
        labels: ['NB :', 'Note au studio :', 'Remarque :'],
        lines: 3,
        words: 18,
        voices: [
          { voice: '#0070C0 blue', lines: 2, words: 11 },
          { voice: '#C00000 red', lines: 1, words: 7 },
        ],
      });
    });
  }

  it('notes to the studio by whom they are for are directions, never speakers init proposes; Tip:, Remember: stay said', () => {
    const s = brokenScript(['SAM: Hello there.'], ['NOTE TO STUDIO: smile.'], ['SAM: Welcome back.'], ['SAM: Fresh bread.'], ['SAM: Every day.'], ['Note au studio : plus lent.'], ['SAM: Come in.'], ['SAM: See you.'], ['NOTE TO STUDIO: end.']);
    expect(labelsOf(s)).toEqual([
      ['SAM', 6, 12, false],
      ['NOTE TO STUDIO', 2, 2, true],
    ]);
    const BLUE: Hex = '#0070C0';
    const coloured: Script = { ...s, paragraphs: ['Tip: lift with your knees.', 'Remember: helmets on.', 'Important: read the sign.'].map((text, i) => ({ runs: [{ text, color: BLUE, background: null }], location: { story: 'body', paragraph: i + 1 } })) };
    const casting = castScript(coloured, null);
    expect(casting.lines.map((l) => l.voice)).toEqual(['#0070C0 blue', '#0070C0 blue', '#0070C0 blue']);
    expect(casting.warnings.map((w) => w.code)).not.toContain('notes-not-counted');
    // Colour groups of a document whose lines open with no speaker's name (a manual): its notes are read as its other paragraphs.
    const manual: Script = { ...s, paragraphs: ['Install the package first.', 'Note: version 2 needs Java 11.', 'Then run the tool.'].map((text, i) => ({ runs: [{ text, color: '#000000' as Hex, background: null }], location: { story: 'body', paragraph: i + 1 } })) };
    const read = castScript(manual, null);
    expect(read.lines.map((l) => l.voice)).toEqual(['#000000 black', '#000000 black', '#000000 black']);
    expect(read.warnings.map((w) => w.code)).not.toContain('notes-not-counted');
  });
});

describe('a label as the script writes it: ＮＡ：', () => {
  const JA = join(ROOT, 'tests', 'fixtures', 'cjk-labels', 'ja-fullwidth-labels.docx');

  it('summary and lines show "ＮＡ：" and "店主「…」" for voices told by their labels (a config\'s label: NA reads ＮＡ：)', () => {
    const config = configOf('ja', { voices: { ナレーター: { label: 'NA' }, 店主: { label: '店主' }, 客: { label: '客' } }, unassigned: ['#000000', '#365F91'] });
    const summary = runCli(['summary', JA, '--config', config], dir);
    expect(summary.code).toBe(0);
    const rows = summary.stdout.split('\n').filter((line) => /^ {2}(ナレーター|店主|客) /u.test(line)).slice(0, 3);
    expect(rows.map((row) => row.split(/\s{2,}/u).slice(1, 3))).toEqual([
      ['ナレーター', '"ＮＡ："'],
      ['店主', '"店主「…」"'],
      ['客', '"客「…」"'],
    ]);
    const lines = runCli(['lines', JA, '--config', config], dir);
    expect(lines.stdout).toContain('ナレーター ("ＮＡ："): 3 lines, 32 words');
  });

  it('labels-not-counted names ＮＡ： with its full-width colon (colour groups)', () => {
    const json = run(['summary', JA, '--no-config']);
    expect(warning(json, 'labels-not-counted')!.message).toContain("Speakers' names opening 3 lines in a voice's colour (ＮＡ：) are not counted");
    expect(warning(json, 'labels-not-counted')!.details).toMatchObject({ names: ['ＮＡ'] });
  });
});

describe('label-after-break: advice about what would change the reading', () => {
  const map = parseConfig({ voices: { MARIE: { label: 'MARIE' }, PAUL: { label: 'PAUL' } }, unassigned: ['#000000'] }, 'cfg.json').voiceMap;
  const said = (s: Script) => castScript(s, map).warnings.filter((w) => w.code === 'label-after-break');

  it('after a line break that follows an ordinary word (DOCX): a new paragraph would read it apart, so that is said', () => {
    const [w] = said(brokenScript(['PAUL: Welcome everyone', 'NOON: the shop closes at one.'], ['MARIE: Thanks.'], ['PAUL: Bye.'], ['MARIE: Bye.']));
    expect(w!.message).toBe(
      '"NOON: the shop closes at one." follows a line break in the middle of a sentence (at ¶1), and "NOON" opens no other line of the script: it is read as part of the line before it, not as a line of a speaker NOON. If NOON says it, start a new paragraph there (Enter, not Shift+Enter), or name NOON in the config.',
    );
    expect(w!.details).toMatchObject({ enter: true });
  });

  it('a paragraph of its own after a line stopped on `at` (DOCX): no new paragraph to start, the config said', () => {
    const s = brokenScript(['MARIE: Welcome.'], ['PAUL: Write to us at'], ['NOON: the shop closes for lunch after that.'], ['MARIE: See you soon.'], ['PAUL: Bye now.']);
    const [w] = said(s);
    expect(w!.message).toBe(
      '"NOON: the shop closes for lunch after that." follows a line break in the middle of a sentence (at ¶3), and "NOON" opens no other line of the script: it is read as part of the line before it, not as a line of a speaker NOON. If NOON says it, name NOON in the config (NOON: { label: "NOON" }).',
    );
    expect(w!.details).toMatchObject({ enter: false });
  });

  it('a PDF: about the document it was made from, not the keys to press', () => {
    const s = brokenScript(['PAUL: Welcome everyone', 'NOON: the shop closes at one.'], ['MARIE: Thanks.'], ['PAUL: Bye.'], ['MARIE: Bye.']);
    const [w] = said({ ...s, format: 'pdf' });
    expect(w!.message).toContain('If NOON says it, name NOON in the config (NOON: { label: "NOON" }): a PDF shows a line break and a new paragraph alike, so a new paragraph in the document it was made from would not change this.');
    expect(w!.message).not.toContain('Shift+Enter');
  });
});

describe('no empty-voice beside label-accents-alike', () => {
  const ACCENTS = join(ROOT, 'tests', 'fixtures', 'labels-accents', 'namelines-accents-fr.docx');
  const config = configOf('alike', {
    voices: { Pierre: { label: 'PIERRE' }, Élodie: { label: 'Élodie' }, Elodie: { label: 'Elodie' }, Hélène: { label: 'Hélène' }, Helene: { label: 'Helene' } },
    unassigned: ['#000000'],
  });

  it('summary: Hélène and Helene, named by the HELÈNE warning, are not said to have no line', () => {
    const json = run(['summary', ACCENTS, '--config', config]);
    expect(codes(json)).toEqual(['label-accents-alike', 'label-accents-alike']);
    const other = configOf('alike-and-one', {
      voices: { Pierre: { label: 'PIERRE' }, Élodie: { label: 'Élodie' }, Elodie: { label: 'Elodie' }, Hélène: { label: 'Hélène' }, Helene: { label: 'Helene' }, Zoé: { label: 'ZOÉ' } },
      unassigned: ['#000000'],
    });
    // A voice no such warning names still is.
    expect(run(['summary', ACCENTS, '--config', other]).warnings.filter((w) => w.code === 'empty-voice').map((w) => w.details.voice)).toEqual(['Zoé']);
  });

  it('check: the empty-voice finding says why, not that no text has the label', () => {
    const result = runCli(['check', ACCENTS, '--config', config], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `Hélène: no line counted in this script: "HELÈNE" may name Hélène or a voice whose label differs only by accents (label-accents-alike), so Hélène's lines may be counted as nobody's or as that voice's.`,
    );
    expect(result.stdout).not.toContain('no text has its label ("Hélène")');
  });
});
