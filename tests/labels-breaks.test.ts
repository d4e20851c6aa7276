/**
 * Speaker labels after a line break inside one paragraph (attribute/label-breaks.ts): a script typed
 * with Shift+Enter (`w:br`) holds several speakers' lines in one paragraph. Each line opening with a
 * label is that speaker's, as in the PDF of the same script (where every line is a paragraph): `init`
 * proposes the same voices for the DOCX and its PDF, and the lines, words and warnings agree. Before,
 * the DOCX was one black voice ("no labels found") and the narrator read everything.
 * Controls: breaks that are no change of speaker (a poem, an address, `call me at⏎NOON: …` mid-sentence)
 * stay one line of their speaker; a script coded by colour whose voices change at the break was read
 * right already (tests/fixtures/labels/breaks-*, scripts/build-label-fixtures.py).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import type { Report } from '../src/measure/report.js';
import type { Script } from '../src/model.js';
import { castScript } from '../src/attribute/cast-script.js';
import { castByLabels } from '../src/attribute/speaker-labels.js';
import { castByColour } from '../src/attribute/cast.js';
import { piecesAtLabels } from '../src/attribute/label-breaks.js';
import { parseConfig } from '../src/config/parse.js';
import { brokenScript, labelsOf } from './helpers/black-script.js';
import { ROOT, runCli } from './helpers/cli.js';
import { buildDocx } from './helpers/docx-builder.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'labels');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-breaks-'));
  made.push(dir);
  return dir;
};

/** What a narrator sees: each voice's lines (location, text, words) and the unassigned ones. */
const view = (report: Report) => ({
  voices: report.voices.map((v) => ({ name: v.name, words: v.words, lines: v.lines.map((l) => [l.text, l.words]) })),
  unassigned: report.unassigned.lines.map((l) => [l.text, l.words]),
  total: { lines: report.total.lineCount, words: report.total.words },
});

/** `init` in a folder of its own: its first line, and the voices' lines of the config it writes. */
function init(fixture: string): { said: string; voices: string[]; config: string } {
  const dir = folder();
  const name = fixture.replace(/^.*\./u, 'script.');
  copyFileSync(join(FIXTURES, fixture), join(dir, name));
  const run = runCli(['init', name], dir);
  expect(run.code).toBe(0);
  const config = join(dir, 'vo-lines.config.yaml');
  return { said: run.stdout.split('\n')[0]!, voices: readFileSync(config, 'utf8').split('\n').filter((line) => /^ {2}#? ?[A-Z]+: \{/u.test(line)), config };
}

describe('labels/breaks-labels-fr: a French radio spot typed with Shift+Enter', () => {
  const expected = {
    voices: [
      { name: 'ANNONCEUR', words: 27, lines: [['Cette semaine chez Martin, la baguette tradition est à un euro.', 11], ['Boulangerie Martin, 12 rue des Lilas, ouvert tous les jours.', 10], ['Martin, le goût du vrai pain.', 6]] },
      { name: 'CLIENTE', words: 13, lines: [['Un euro ? Je prends trois baguettes, alors !', 7], ['Et les croissants ?', 3], ['Alors à demain !', 3]] },
      { name: 'BOULANGER', words: 5, lines: [['Tout chauds dès sept heures.', 5]] },
    ],
    unassigned: [['Spot radio – Boulangerie Martin – 30 s', 6], ['(Bruit de caisse enregistreuse)', 4], ['MUSIQUE : accordéon, puis silence.', 4]],
    total: { lines: 10, words: 59 },
  };

  it('`init` proposes ANNONCEUR, CLIENTE and BOULANGER for the DOCX as for its PDF (built CLI)', () => {
    const docx = init('breaks-labels-fr.docx');
    const pdf = init('breaks-labels-fr.pdf');
    expect(docx.said).toBe('Wrote vo-lines.config.yaml (3 voices, one per speaker label: ANNONCEUR, CLIENTE and BOULANGER; MUSIQUE left out as a direction; text without a label taken as not recorded).');
    expect(docx.voices).toEqual([
      '  ANNONCEUR: { label: "ANNONCEUR" }   # 27 words, 3 lines',
      '  CLIENTE: { label: "CLIENTE" }   # 13 words, 3 lines',
      '  BOULANGER: { label: "BOULANGER" }   # 5 words, 1 line',
      '  # MUSIQUE: { label: "MUSIQUE" }   # 3 words, 1 paragraph: a direction or a note, not a voice? If it is read, uncomment this line',
    ]);
    expect(pdf.said).toBe(docx.said);
    expect(pdf.voices).toEqual(docx.voices);
  });

  it('with the labels as voices: each line after a break is its label’s, the title and the directions nobody’s, the DOCX as its PDF', async () => {
    const { config } = init('breaks-labels-fr.docx');
    const [docx, pdf] = await Promise.all(['docx', 'pdf'].map((ext) => analyse(join(FIXTURES, `breaks-labels-fr.${ext}`), { config })));
    expect(view(docx!.report)).toEqual(expected);
    expect(view(pdf!.report)).toEqual(expected);
    expect(docx!.report.warnings.map((w) => w.code)).toEqual([]);
    // Each line where its paragraph stands: ¶1 holds the title and three lines, ¶2 two and a direction.
    expect(docx!.report.voices[0]!.lines.map((l) => l.location)).toEqual([
      { story: 'body', paragraph: 1 },
      { story: 'body', paragraph: 1 },
      { story: 'body', paragraph: 4 },
    ]);
  });

  it('`lines --voice CLIENTE` shows CLIENTE’s three lines, each at its paragraph (built CLI)', () => {
    const { config } = init('breaks-labels-fr.docx');
    const run = runCli(['lines', join(FIXTURES, 'breaks-labels-fr.docx'), '-c', config, '--voice', 'CLIENTE']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('  ¶') || line.startsWith('CLIENTE'))).toEqual([
      'CLIENTE ("CLIENTE :"): 3 lines, 13 words, about 0:05 at 150 wpm',
      '  ¶1  7 words  Un euro ? Je prends trois baguettes, alors !',
      '  ¶2  3 words  Et les croissants ?',
      '  ¶3  3 words  Alors à demain !',
    ]);
  });
});

describe('labels/breaks-labels-en: an English spot typed with Shift+Enter, a speech going on after a break', () => {
  it('`init` and the casting by labels agree for the DOCX and its PDF; the line going on is said as in the PDF', async () => {
    const docx = init('breaks-labels-en.docx');
    const pdf = init('breaks-labels-en.pdf');
    expect(docx.said).toBe(
      "Wrote vo-lines.config.yaml (3 voices, one per speaker label: NARRATOR, BARISTA and CUSTOMER; SFX left out as a direction; text without a label taken as not recorded, but for 1 paragraph going on from a speaker's line above, counted for that speaker).",
    );
    expect(docx.voices.slice(0, 3)).toEqual([
      '  NARRATOR: { label: "NARRATOR" }   # 28 words, 4 lines',
      '  BARISTA: { label: "BARISTA" }   # 11 words, 2 lines',
      '  CUSTOMER: { label: "CUSTOMER" }   # 10 words, 2 lines',
    ]);
    expect(pdf.voices).toEqual(docx.voices);
    const [d, p] = await Promise.all(['docx', 'pdf'].map((ext) => analyse(join(FIXTURES, `breaks-labels-en.${ext}`), { config: docx.config })));
    const expected = {
      voices: [
        { name: 'NARRATOR', words: 28, lines: [['The Harbour Café opens at six.', 6], ['Fresh pastries come out of the oven every hour.', 9], ['The Harbour Café, 4 Quay Street.', 6], ['Open every day from six until late.', 7]] },
        { name: 'BARISTA', words: 11, lines: [['Flat white for table two!', 5], ['Only until noon, I am afraid.', 6]] },
        { name: 'CUSTOMER', words: 10, lines: [['Is the terrace open today?', 5], ['Then I will be quick.', 5]] },
      ],
      unassigned: [['Harbour Café – radio spot – 30 seconds', 6], ['(a cup clatters)', 3], ['SFX: seagulls and the harbour bell', 6]],
      total: { lines: 11, words: 64 },
    };
    expect(view(d!.report)).toEqual(expected);
    expect(view(p!.report)).toEqual(expected);
    expect(d!.report.warnings.map((w) => [w.code, w.location])).toEqual([['label-continued', { story: 'body', paragraph: 5 }]]);
    expect(p!.report.warnings.map((w) => w.code)).toEqual(['label-continued']);
  });

  it('with no config: the labels are found in the DOCX as in the PDF (same paragraphs and words)', async () => {
    const [docx, pdf] = await Promise.all(['docx', 'pdf'].map(async (ext) => (await analyse(join(FIXTURES, `breaks-labels-en.${ext}`), { noConfig: true }))!));
    const found = (script: Script) => castByLabels(castByColour(script))!.labels.labels.map((l) => [l.label, l.paragraphs, l.words, l.direction]);
    expect(found(docx.script)).toEqual([
      ['NARRATOR', 3, 21, false],
      ['BARISTA', 2, 11, false],
      ['CUSTOMER', 2, 10, false],
      ['SFX', 1, 5, true],
    ]);
    expect(found(pdf.script)).toEqual(found(docx.script));
    // Before any config, the colour listing shows each line after a break as a line, as the PDF does.
    expect(view(docx.report).total).toEqual({ lines: 11, words: 71 });
    expect(view(docx.report)).toEqual(view(pdf.report));
    expect(docx.report.voices[0]!.lines.slice(0, 4).map((l) => [l.text, l.location.paragraph])).toEqual([
      ['Harbour Café – radio spot – 30 seconds', 1],
      ['NARRATOR: The Harbour Café opens at six.', 2],
      ['BARISTA: Flat white for table two!', 2],
      ['NARRATOR: Fresh pastries come out of the oven every hour.', 2],
    ]);
  });
});

describe('labels/breaks-one-speaker-en: line breaks that are no change of speaker', () => {
  it('a poem, an address and `call me at⏎NOON: …` stay their speaker’s one line; NOON is no voice (built CLI)', async () => {
    const { said, voices, config } = init('breaks-one-speaker-en.docx');
    expect(said).toBe('Wrote vo-lines.config.yaml (2 voices, one per speaker label: MARIE and PAUL; text without a label taken as not recorded).');
    expect(voices).toEqual(['  MARIE: { label: "MARIE" }   # 27 words, 3 lines', '  PAUL: { label: "PAUL" }   # 11 words, 2 lines']);
    const report = (await analyse(join(FIXTURES, 'breaks-one-speaker-en.docx'), { config }))!.report;
    expect(view(report)).toEqual({
      voices: [
        { name: 'MARIE', words: 27, lines: [['Roses are red, violets are blue.', 6], ['For a card by the afternoon, call me at NOON: the shop closes for lunch after that.', 17], ['You are welcome. Goodbye!', 4]] },
        { name: 'PAUL', words: 11, lines: [['Write to us at 12 Harbour Road, Portsmouth.', 8], ['Thank you, Marie.', 3]] },
      ],
      unassigned: [['Greeting cards – studio read – take 2', 6]],
      total: { lines: 6, words: 44 },
    });
    // Left in MARIE's line, and said: the words may be a speaker's NOON, as a reader of the page may take them.
    expect(report.warnings.map((w) => [w.code, w.message, w.location, w.details])).toEqual([
      [
        'label-after-break',
        '"NOON: the shop closes for lunch after that." follows a line break in the middle of a sentence (at ¶4), and "NOON" opens no other line of the script: it is read as part of the line before it, not as a line of a speaker NOON. If NOON says it, name NOON in the config (NOON: { label: "NOON" }).',
        { story: 'body', paragraph: 4 },
        // (A new paragraph there would change nothing: a line stopped on `at` goes on, whatever opens the next.)
        { lines: 1, labels: ['NOON'], texts: ['NOON: the shop closes for lunch after that.'], locations: [{ story: 'body', paragraph: 4 }], enter: false },
      ],
    ]);
  });

  it('several such lines are said in one warning; with colour voices (no label in play) nothing is said', () => {
    const script = brokenScript(['MARIE: Call me at', 'NOON: we close.'], ['PAUL: Write to', 'Tel: 01 23 45 67 89'], ['PAUL: Or ask', 'Jean: at the desk.'], ['PAUL: Or', 'Anne: tomorrow.'], ['MARIE: Good.'], ['PAUL: Fine.']);
    const config = parseConfig({ voices: { MARIE: { label: 'MARIE' }, PAUL: { label: 'PAUL' } }, unassigned: ['#000000'] }, 'cfg.json').voiceMap;
    const said = castScript(script, config).warnings.filter((w) => w.code === 'label-after-break');
    expect(said.map((w) => w.message)).toEqual([
      '4 lines follow a line break in the middle of a sentence and open with a name and a colon that opens no other line of the script: "NOON: we close.", "Tel: 01 23 45 67 89", "Jean: at the desk." and 1 more (the first at ¶1). Each is read as part of the line before it, not as a speaker\'s line. If one is, name its speaker in the config.',
    ]);
    expect(said[0]!.details).toMatchObject({ lines: 4, labels: ['NOON', 'Tel', 'Jean', 'Anne'], enter: false });
    expect(castByColour(script).warnings.filter((w) => w.code === 'label-after-break')).toEqual([]);
  });

  it('a config naming NOON as a voice makes the break before it a change of speaker, as at a paragraph’s start', async () => {
    const dir = folder();
    const config = join(dir, 'vo-lines.config.yaml');
    writeFileSync(config, ['voices:', '  MARIE: { label: "MARIE" }', '  PAUL: { label: "PAUL" }', '  NOON: { label: "NOON" }', 'unassigned: ["#000000"]', ''].join('\n'));
    const report = (await analyse(join(FIXTURES, 'breaks-one-speaker-en.docx'), { config }))!.report;
    expect(report.voices.map((v) => [v.name, v.lines.map((l) => l.text)])).toEqual([
      ['MARIE', ['Roses are red, violets are blue.', 'For a card by the afternoon, call me at', 'You are welcome. Goodbye!']],
      ['PAUL', ['Write to us at 12 Harbour Road, Portsmouth.', 'Thank you, Marie.']],
      ['NOON', ['the shop closes for lunch after that.']],
    ]);
  });
});

describe('labels/breaks-colour-en: voices by colour changing at a line break (already read right)', () => {
  it('each colour’s lines are its own, in the DOCX as in its PDF', async () => {
    const [docx, pdf] = await Promise.all(['docx', 'pdf'].map(async (ext) => (await analyse(join(FIXTURES, `breaks-colour-en.${ext}`), { noConfig: true }))!.report));
    const expected = {
      voices: [
        { name: '#000000 black', words: 6, lines: [['Harbour Café – two voices by colour', 6]] },
        { name: '#1F4E79 dark blue', words: 15, lines: [['Mornings at the Harbour Café start at six.', 8], ['Fresh pastries every hour.', 4], ['Only until noon.', 3]] },
        { name: '#C00000 red', words: 15, lines: [['Flat white for table two!', 5], ['Is the terrace open today?', 5], ['Then I will be quick.', 5]] },
      ],
      unassigned: [],
      total: { lines: 7, words: 36 },
    };
    expect(view(docx)).toEqual(expected);
    expect(view(pdf)).toEqual(expected);
  });
});

describe('piecesAtLabels: which paragraphs are cut at their line breaks', () => {
  it('a paragraph with no label after a break, or none with a break, is left as it is (the same array)', () => {
    const script = brokenScript(['MARIE: Roses are red,', 'violets are blue.'], ['PAUL: Hello.']);
    expect(piecesAtLabels(script.paragraphs)).toBe(script.paragraphs);
  });

  it('a label after a break that ends no sentence counts when the script’s paragraphs open with it, or the config names it', () => {
    const midSentence = brokenScript(['MARIE: Call me at', 'NOON: we close.'], ['PAUL: Fine.'], ['MARIE: Good.']);
    expect(piecesAtLabels(midSentence.paragraphs)).toBe(midSentence.paragraphs);
    expect(piecesAtLabels(midSentence.paragraphs, ['NOON']).map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['MARIE: Call me at', 'NOON: we close.', 'PAUL: Fine.', 'MARIE: Good.']);
    const known = brokenScript(['MARIE: Call me at', 'PAUL: Fine.'], ['PAUL: Fine.'], ['MARIE: Good.']);
    expect(piecesAtLabels(known.paragraphs).map((p) => [p.location.paragraph, p.runs.map((r) => r.text).join('')])).toEqual([
      [1, 'MARIE: Call me at'],
      [1, 'PAUL: Fine.'],
      [2, 'PAUL: Fine.'],
      [3, 'MARIE: Good.'],
    ]);
  });

  it('a header’s field after a break (`Durée : 30 s`) cuts nothing', () => {
    const script = brokenScript(['Spot radio Martin', 'Durée : 30 s'], ['ANNONCEUR : Bonjour.'], ['CLIENTE : Salut.'], ['ANNONCEUR : Au revoir.']);
    expect(piecesAtLabels(script.paragraphs)).toBe(script.paragraphs);
  });

  it('the labels found count each line after a break as a paragraph; with none, the script is one voice as before', () => {
    const script = brokenScript(['ANNONCEUR : Cette semaine chez Martin.', 'CLIENTE : Un euro ?', 'ANNONCEUR : Boulangerie Martin.'], ['CLIENTE : Et les croissants ?', 'ANNONCEUR : Tout chauds.']);
    expect(labelsOf(script)).toEqual([
      ['ANNONCEUR', 3, 8, false],
      ['CLIENTE', 2, 5, false],
    ]);
  });

  it('lines of paragraphs with no such break keep their IDs', () => {
    const config = parseConfig({ voices: { ANNONCEUR: { label: 'ANNONCEUR' }, CLIENTE: { label: 'CLIENTE' } }, unassigned: ['#000000'] }, 'cfg.json').voiceMap;
    const alone = castScript(brokenScript(['CLIENTE : Alors à demain !']), config);
    const beside = castScript(brokenScript(['ANNONCEUR : Cette semaine chez Martin.', 'CLIENTE : Un euro ?'], ['CLIENTE : Alors à demain !']), config);
    expect(beside.lines.map((l) => [l.voice, l.text, l.location.paragraph])).toEqual([
      ['ANNONCEUR', 'Cette semaine chez Martin.', 1],
      ['CLIENTE', 'Un euro ?', 1],
      ['CLIENTE', 'Alors à demain !', 2],
    ]);
    expect(beside.lines[2]!.id).toBe(alone.lines[0]!.id);
  });

  it('a hostile paragraph of 50,000 labelled lines is cut into 50,000 pieces', () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `${i % 2 ? 'MARIE' : 'PAUL'} : Bonjour ${i}.`);
    const pieces = piecesAtLabels(brokenScript(lines).paragraphs);
    expect(pieces).toHaveLength(50_000);
    expect(pieces[49_999]!.runs.map((r) => r.text).join('')).toBe('MARIE : Bonjour 49999.');
  });

  it('empty lines between labelled ones are dropped, and whitespace-only lines with them', () => {
    const script = brokenScript(['MARIE : Bonjour.', '', '   ', 'PAUL : Salut.', '', 'MARIE : À demain.', '']);
    expect(piecesAtLabels(script.paragraphs).map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['MARIE : Bonjour.', 'PAUL : Salut.', 'MARIE : À demain.']);
  });

  // Fuzz (seed 2522 case 49, seed 2512 case 43): 16M newlines typed into a paragraph's text ran out of a
  // 512 MiB heap, three arrays holding an entry per line. Memory now goes only to lines opening with a
  // label: four million empty lines read in a 96 MiB heap (the text itself is 4 MB).
  it('a paragraph of four million empty lines between labels reads in a 96 MiB heap (the CLI as a user runs it)', () => {
    const dir = folder();
    const file = join(dir, 'blank-lines.docx');
    const runOf = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    writeFileSync(file, buildDocx({ body: `<w:p>${runOf(`MARIE : Bonjour.${'\n'.repeat(4_000_000)}PAUL : Salut.\n\nMARIE : À demain.`)}</w:p><w:p>${runOf('PAUL : Au revoir.')}</w:p>` }));
    const result = runCli(['lines', '--json', '--no-config', file], ROOT, {}, ['--max-old-space-size=96']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const voices = (JSON.parse(result.stdout) as { voices: { name: string; lines: { text: string; words: number }[] }[] }).voices;
    expect(voices.map((v) => [v.name, v.lines.map((l) => [l.text, l.words])])).toEqual([
      [
        '#000000 black',
        [
          ['MARIE : Bonjour.', 2],
          ['PAUL : Salut.', 2],
          ['MARIE : À demain.', 3],
          ['PAUL : Au revoir.', 3],
        ],
      ],
    ]);
  });
});
