/**
 * A speaker's speech going on in a paragraph with no label (attribute/continued.ts): counted for the
 * speaker whose labelled line stands above it when it reads as speech, with directions only between
 * (`(pause)`, `WIND AND GULLS`, `SFX: …`), and said (`label-continued`); a paragraph reading as speech
 * left nobody's (after a heading, in another colour, under a label set apart by a tab, long with no end
 * punctuation) said too (`unlabelled-speech`). Titles and directions never go on. The DOCX and its
 * LibreOffice PDF (tests/fixtures/labels/continued-*, titles-labels-en) give the same lines.
 * Before, the unlabelled paragraphs were all unassigned, and nothing said so.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import type { Report } from '../src/measure/report.js';
import { castScript } from '../src/attribute/cast-script.js';
import { parseConfig } from '../src/config/parse.js';
import { readScriptBytes } from '../src/readers/index.js';
import type { Script } from '../src/model.js';
import { buildDocx, r } from './helpers/docx-builder.js';
import { blackScript, labelsOf } from './helpers/black-script.js';
import { findSpeakerLabels } from '../src/attribute/speaker-labels.js';
import { ROOT, runCli } from './helpers/cli.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'labels');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-continued-'));
  made.push(dir);
  return dir;
};

/** A config of these labels, every colour of the fixtures not recorded (so that only this rule's warnings are left). */
function labelConfig(...voices: string[]): string {
  const path = join(folder(), 'vo-lines.config.yaml');
  writeFileSync(path, ['voices:', ...voices.map((v) => `  ${v}: { label: "${v}" }`), 'unassigned: ["#000000", "#376092", "#365F91", "#4F81BD", "#808080"]', ''].join('\n'));
  return path;
}

const CODES = new Set(['label-continued', 'unlabelled-speech']);
const view = (report: Report) => ({
  voices: report.voices.map((v) => [v.name, v.words, v.lines.map((l) => l.text)]),
  unassigned: report.unassigned.lines.map((l) => l.text),
});
/** This rule's warnings, their locations' page left out (the DOCX has none): `[code, details]`. */
const said = (report: Report) =>
  report.warnings.filter((w) => CODES.has(w.code)).map((w) => [w.code, { ...w.details, locations: (w.details!.locations as { paragraph: number }[]).map((l) => l.paragraph) }]);
const messages = (report: Report) => report.warnings.filter((w) => CODES.has(w.code)).map((w) => w.message);

async function both(name: string, config: string) {
  const [docx, pdf] = await Promise.all(['docx', 'pdf'].map((ext) => analyse(join(FIXTURES, `${name}.${ext}`), { config })));
  return { docx: docx!.report, pdf: pdf!.report };
}

describe('labels/continued-labels-en: MARIE’s speeches go on in paragraphs with no label', () => {
  it('counted for MARIE, after directions too; a heading ends the speech and the speech after it is said; DOCX and PDF agree', async () => {
    const { docx, pdf } = await both('continued-labels-en', labelConfig('MARIE', 'PAUL'));
    const expected = {
      voices: [
        [
          'MARIE',
          69,
          [
            'Welcome to the museum. Today we walk through three rooms.',
            'The first room holds the oldest maps of the harbour.',
            'Yes, without the flash.',
            'The guards will remind you at the door.',
            'Here the floor is three hundred years old, so please walk gently!',
            'Three families, one after the other.',
            'The last keeper left in 1962.',
            'Listen, the sea has not changed since then.',
            'It still turns every night.',
          ],
        ],
        ['PAUL', 13, ['Can we take pictures inside?', 'Who lived in the lighthouse?', 'And the light?']],
      ],
      unassigned: ['Harbour Museum – audio tour – draft 2', 'SFX: footsteps on a wooden floor', 'Room two', 'The second room tells the story of the lighthouse keepers.', '(pause)', 'WIND AND GULLS', 'End of the tour'],
    };
    expect(view(docx)).toEqual(expected);
    expect(view(pdf)).toEqual(expected);
    expect(messages(docx)).toEqual([
      '5 paragraphs with no speaker label (44 words) are counted for MARIE, as going on from MARIE’s line above them: "The first room holds the oldest maps of the harbour.", "The guards will remind you at the door.", "Here the floor is three hundred years old, so please walk…" and 2 more (the first at ¶3). If someone else says them, write that speaker’s label before each.',
      '1 paragraph (10 words) reads as speech but has no speaker label, with no speaker’s line right above it (a heading or a title stands between): "The second room tells the story of the lighthouse keepers." (at ¶10). It is counted as unassigned text, for nobody. If it is to be recorded, write the speaker’s label before it.',
    ]);
    expect(said(docx)).toEqual([
      [
        'label-continued',
        {
          voice: 'MARIE',
          paragraphs: 5,
          words: 44,
          texts: [
            'The first room holds the oldest maps of the harbour.',
            'The guards will remind you at the door.',
            'Here the floor is three hundred years old, so please walk gently!',
            'The last keeper left in 1962.',
            'Listen, the sea has not changed since then.',
          ],
          locations: [3, 6, 8, 14, 16],
        },
      ],
      ['unlabelled-speech', { reason: 'no-speaker', after: null, paragraphs: 1, words: 10, texts: ['The second room tells the story of the lighthouse keepers.'], locations: [10] }],
    ]);
    expect(said(pdf)).toEqual(said(docx));
    expect(pdf.warnings.find((w) => w.code === 'label-continued')!.location).toEqual({ story: 'body', paragraph: 3, page: 1 });
  });

  it('`init` counts the paragraphs going on for MARIE and says so; `lines` shows them (built CLI)', () => {
    const dir = folder();
    copyFileSync(join(FIXTURES, 'continued-labels-en.docx'), join(dir, 'tour.docx'));
    const init = runCli(['init', 'tour.docx'], dir);
    expect(init.code).toBe(0);
    expect(init.stdout.split('\n')[0]).toBe(
      'Wrote vo-lines.config.yaml (2 voices, one per speaker label: MARIE and PAUL; SFX left out as a direction; text without a label taken as not recorded, but for 5 paragraphs going on from a speaker\'s line above, counted for that speaker).',
    );
    expect(init.stderr.split('\n').filter(Boolean).map((line) => line.slice(0, 60))).toEqual([
      '! 5 paragraphs with no speaker label (44 words) are counted ',
      '! 1 paragraph (10 words) reads as speech but has no speaker ',
    ]);
    const config = readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8').split('\n');
    expect(config.filter((line) => /^ {2}(MARIE|PAUL):/u.test(line))).toEqual(['  MARIE: { label: "MARIE" }   # 69 words, 9 lines', '  PAUL: { label: "PAUL" }   # 13 words, 3 lines']);
    const lines = runCli(['lines', 'tour.docx', '--voice', 'MARIE'], dir).stdout.split('\n');
    expect(lines).toContain('MARIE ("MARIE:"): 9 lines, 69 words (70 spoken), about 0:28 at 150 wpm');
    expect(lines).toContain('  ¶3   10 words  The first room holds the oldest maps of the harbour.');
  });

  it('the config `init` writes names `continueLabels` at its default, with how many paragraphs it took here; set to false, none goes on (built CLI)', () => {
    const dir = folder();
    copyFileSync(join(FIXTURES, 'continued-labels-en.docx'), join(dir, 'tour.docx'));
    expect(runCli(['init', 'tour.docx'], dir).code).toBe(0);
    const path = join(dir, 'vo-lines.config.yaml');
    const config = readFileSync(path, 'utf8').split('\n');
    expect(config.slice(-4)).toEqual([
      'unassigned: ["#000000", "#365F91", "#4F81BD"]   # text without a speaker label (titles, directions…), not recorded: 32 words, 7 lines',
      "continueLabels: true   # a paragraph with no label right after a speaker's line goes on with that speaker (5 paragraphs with no label here are counted so); false: nobody's, each said",
      'wpm: 150   # or pace: e-learning | commercial | audiobook | documentary | explainer',
      '',
    ]);
    // Read back as written, then with the setting turned off.
    expect(runCli(['lines', 'tour.docx', '--voice', 'MARIE'], dir).stdout).toContain('MARIE ("MARIE:"): 9 lines, 69 words');
    writeFileSync(path, config.join('\n').replace('continueLabels: true', 'continueLabels: false'));
    const off = runCli(['lines', 'tour.docx', '--voice', 'MARIE', '--json'], dir);
    expect(off.code).toBe(0);
    const report = JSON.parse(off.stdout) as Report;
    expect([report.voices[0]!.lines.length, report.voices[0]!.words]).toEqual([4, 25]);
    expect(report.warnings.filter((w) => w.code === 'unlabelled-speech').map((w) => w.details?.reason)).toEqual(['off', 'no-speaker']);
    // A screenplay's names on lines of their own: no paragraph goes on there, no such line.
    const screenplay = folder();
    copyFileSync(join(ROOT, 'tests/fixtures/labels-screenplay/screenplay-indent-fr.docx'), join(screenplay, 'scene.docx'));
    expect(runCli(['init', 'scene.docx'], screenplay).code).toBe(0);
    expect(readFileSync(join(screenplay, 'vo-lines.config.yaml'), 'utf8')).not.toContain('continueLabels');
  });
});

describe('labels/continued-labels-fr: un audioguide, des répliques sur plusieurs paragraphes', () => {
  it('after a direction in brackets and after a direction’s label (MUSIQUE :), a line ending in « … ! »; DOCX and PDF agree', async () => {
    const { docx, pdf } = await both('continued-labels-fr', labelConfig('NARRATRICE', 'GUIDE'));
    const expected = {
      voices: [
        [
          'NARRATRICE',
          39,
          [
            'Bienvenue à la citadelle. La visite dure quarante minutes.',
            'Nous commencerons par la cour d’honneur, puis nous monterons sur les remparts.',
            'La citadelle fut construite en 1680.',
            'Par temps clair, on voit jusqu’à la mer.',
            'Merci de votre visite.',
          ],
        ],
        ['GUIDE', 16, ['Attention à la marche en entrant !', 'Suivez-moi, s’il vous plaît.', 'Le gardien disait toujours « Tenez bon ! »']],
      ],
      unassigned: ['Visite guidée – Citadelle de Vauban – version 3', 'Durée : 4 minutes', '(Bruit de vent sur les remparts)', 'MUSIQUE : cordes légères.'],
    };
    expect(view(docx)).toEqual(expected);
    expect(view(pdf)).toEqual(expected);
    expect(messages(docx)).toEqual([
      '2 paragraphs with no speaker label (20 words) are counted for NARRATRICE, as going on from NARRATRICE’s line above them: "Nous commencerons par la cour d’honneur, puis nous…" and "Par temps clair, on voit jusqu’à la mer." (the first at ¶4). If someone else says them, write that speaker’s label before each.',
      '1 paragraph with no speaker label (6 words) is counted for GUIDE, as going on from GUIDE’s line above it: "Le gardien disait toujours « Tenez bon ! »" (at ¶11). If someone else says it, write that speaker’s label before it.',
    ]);
    expect(said(pdf)).toEqual(said(docx));
  });
});

describe('labels/continued-colour-en: a paragraph in another colour than the speaker’s line', () => {
  it('the grey note is left nobody’s and said; the black paragraph goes on with MARIE; DOCX and PDF agree', async () => {
    const { docx, pdf } = await both('continued-colour-en', labelConfig('MARIE', 'PAUL'));
    const expected = {
      voices: [
        ['MARIE', 24, ['Good morning, and welcome to the harbour museum.', 'At the map room, on your left.', 'Tickets are checked at the door of each room.']],
        ['PAUL', 8, ['Where do we start the visit?', 'Thank you!']],
      ],
      unassigned: ['Harbour Museum – welcome desk', 'Please check the pronunciation of Vauban with the client.'],
    };
    expect(view(docx)).toEqual(expected);
    expect(view(pdf)).toEqual(expected);
    expect(messages(docx)).toEqual([
      '1 paragraph with no speaker label (9 words) is counted for MARIE, as going on from MARIE’s line above it: "Tickets are checked at the door of each room." (at ¶6). If someone else says it, write that speaker’s label before it.',
      '1 paragraph (9 words) reads as speech but has no speaker label, in another colour than MARIE’s line above it: "Please check the pronunciation of Vauban with the client." (at ¶3). It is counted as unassigned text, for nobody. If it is to be recorded, write the speaker’s label before it.',
    ]);
    expect(said(pdf)).toEqual(said(docx));
  });
});

describe('labels/empty-label-table-en: a label table’s row whose label cell is empty', () => {
  it('left nobody’s under the speaker’s row above it, and said (`tabbed`), in the DOCX as in its PDF; a direction in brackets is not said', async () => {
    const { docx, pdf } = await both('empty-label-table-en', labelConfig('ANNCR', 'MUM', 'KID'));
    const expected = {
      voices: [
        ['ANNCR', 22, ['This weekend only, the Greenway Garden Centre opens its doors at seven.', 'Greenway Garden Centre. Open every day from seven till seven.']],
        ['MUM', 10, ['Roses for the front garden, at last!', 'Mind the tulips!']],
        ['KID', 5, ['Can I push the trolley?']],
      ],
      unassigned: ['Greenway Garden Centre – Weekend Offer – 30"', 'Every rose bush is half price.', 'Trolley wheels on gravel.', '(laughing)'],
    };
    expect(view(docx)).toEqual(expected);
    expect(view(pdf)).toEqual(expected);
    expect(said(docx)).toEqual([
      ['unlabelled-speech', { reason: 'tabbed', after: 'ANNCR', paragraphs: 1, words: 6, texts: ['Every rose bush is half price.'], locations: [4] }],
      ['unlabelled-speech', { reason: 'tabbed', after: 'KID', paragraphs: 1, words: 4, texts: ['Trolley wheels on gravel.'], locations: [9] }],
    ]);
    expect(messages(docx)[0]).toBe(
      '1 paragraph (6 words) reads as speech but has no speaker label, under ANNCR’s line, whose label stands apart in a column of its own (after a tab, or in a table), with that place left empty: it may be ANNCR’s, a direction or another speaker’s: "Every rose bush is half price." (at ¶4 (table 1, row 2, col 2)). It is counted as unassigned text, for nobody. If it is to be recorded, write the speaker’s label before it.',
    );
    // The PDF's paragraphs are numbered otherwise (no label cells): the same warnings but for where.
    const noWhere = (report: Report) => said(report).map(([code, details]) => [code, { ...(details as object), locations: undefined }]);
    expect(noWhere(pdf)).toEqual(noWhere(docx));
  });

  it('in-memory DOCX: a time code column, a direction’s row and a speaker left out of the config between; a paragraph after the table is none of the table’s', async () => {
    const cell = (text: string) => `<w:tc><w:p>${text ? r(text) : ''}</w:p></w:tc>`;
    const row = (...cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
    const body = [
      `<w:tbl>${[
        row('TC', 'PERSONNAGE', 'TEXTE'),
        row('00:00:12', 'MARIE', 'Tu as entendu ce bruit ?'),
        row('00:00:14', '', 'Ça venait de la cave.'),
        row('00:00:15', 'SFX', 'Porte qui claque.'),
        row('00:00:16', '', 'Encore elle !'),
        row('00:00:18', 'PAUL', 'Non.'),
        row('00:00:20', 'LE FACTEUR', 'Un colis pour vous.'),
        row('00:00:22', '', 'Signez ici, s’il vous plaît.'),
        row('00:00:24', 'MARIE', 'Merci.'),
      ].join('')}</w:tbl>`,
      `<w:p>${r('Fin de la scène, on coupe ici.')}</w:p>`,
    ].join('');
    const script = await readScriptBytes(buildDocx({ body }), 'dubbing.docx');
    const casting = castScript(script, parseConfig({ voices: { MARIE: { label: 'MARIE' }, PAUL: { label: 'PAUL' } }, unassigned: ['#000000'] }, 'cfg.json').voiceMap);
    expect(casting.lines.filter((l) => l.voice !== null).map((l) => [l.voice, l.text])).toEqual([
      ['MARIE', 'Tu as entendu ce bruit ?'],
      ['PAUL', 'Non.'],
      ['MARIE', 'Merci.'],
    ]);
    // Under MARIE's row, past the SFX row (a direction, as `SFX⇥Porte qui claque.` reads in a PDF): said, MARIE's
    // place kept; after LE FACTEUR (a speaker the config leaves out) nobody's speech goes on: said as such, as its PDF says it.
    expect(casting.warnings.filter((w) => CODES.has(w.code)).map((w) => [w.code, w.details?.reason, w.details?.after, w.details?.texts])).toEqual([
      ['unlabelled-speech', 'tabbed', 'MARIE', ['Ça venait de la cave.', 'Encore elle !']],
      ['unlabelled-speech', 'no-speaker', null, ['Signez ici, s’il vous plaît.']],
    ]);
    // After the table (MARIE's row last): no speech of hers goes on there, and the rule says nothing, as before.
    expect(casting.lines.at(-1)).toMatchObject({ voice: null, text: 'Fin de la scène, on coupe ici.' });
  });
});

describe('titles and directions only between labelled lines: nothing goes on', () => {
  it('labels/titles-labels-en: a heading, a scene heading, a title in plain type, capitals, brackets; DOCX and PDF', async () => {
    const { docx, pdf } = await both('titles-labels-en', labelConfig('NURSE', 'DOCTOR'));
    const expected = {
      voices: [
        ['NURSE', 11, ['Bed four is asking for you again.', 'He is asleep now.']],
        ['DOCTOR', 10, ['Tell him I am on my way.', 'Finally, some air.']],
      ],
      unassigned: ['Night Shift – radio play – scene 1', 'INT. HOSPITAL CORRIDOR – NIGHT', '(a phone rings)', 'FOOTSTEPS RUNNING', '[Music: low strings]', 'Part two', 'SCENE 2 – THE CAR PARK', 'The end'],
    };
    expect(view(docx)).toEqual(expected);
    expect(view(pdf)).toEqual(expected);
    expect(said(docx)).toEqual([]);
    expect(said(pdf)).toEqual([]);
  });

  it.each([
    ['radio-labels-fr', ['ANNONCEUR', 'CLIENTE', 'BOULANGER']],
    ['elearning-labels-en', ['Narrator', 'Sarah', 'Manager']],
  ])('labels/%s: no paragraph goes on, none is said', async (name, voices) => {
    const { docx, pdf } = await both(name, labelConfig(...voices));
    expect(said(docx)).toEqual([]);
    expect(said(pdf)).toEqual([]);
  });
});

/** Each line as `[voice, text]`, cast with a config of these labels (black not recorded). */
const cast = (script: Script, ...labels: string[]) => {
  const voices = Object.fromEntries(labels.map((l) => [l, { label: l }]));
  const casting = castScript(script, parseConfig({ voices, unassigned: ['#000000'] }, 'cfg.json').voiceMap);
  return { lines: casting.lines.map((l) => [l.voice, l.text]), warnings: casting.warnings.filter((w) => CODES.has(w.code)).map((w) => [w.code, w.details?.reason ?? w.details?.voice, w.details?.paragraphs]) };
};

describe('`init` and the hints: a speech going on counts in the labels’ share of the script', () => {
  const speeches = (n: number) =>
    Array.from({ length: 3 }, (_, i) => [`MARIE: Welcome to room ${i}.`, ...Array.from({ length: n }, (_, k) => `The maps here are old, ${k}.`), `PAUL: Thank you for room ${i}.`, ...Array.from({ length: n }, (_, k) => `I will come back, ${k}.`)]).flat();

  it('each speaker’s line and three paragraphs going on: a quarter of the paragraphs open with a label, and the labels are found (before: none)', () => {
    const s = blackScript(...speeches(3));
    expect(labelsOf(s)).toEqual([
      ['MARIE', 3, 12, false],
      ['PAUL', 3, 15, false],
    ]);
    // What the config's comment says: the paragraphs opening with a label, of the body.
    expect(findSpeakerLabels(s)).toMatchObject({ labelled: 6, body: 24, layout: 'inline' });
  });

  it('the same lines among titles and directions that go on with nobody: not found', () => {
    const titles = speeches(0).flatMap((line) => [line, 'Part one', '(music)', 'Chapter two', 'Room three']);
    expect(labelsOf(blackScript(...titles))).toBeNull();
  });
});

describe('what ends a speech, and what is said (in-memory scripts)', () => {
  it('another label (a speaker the config leaves out, a name in brackets) ends it; so does a short line with no end punctuation', () => {
    expect(cast(blackScript('MARIE: Bonjour.', 'JEAN: Salut.', 'Il fait beau.', 'PAUL: Oui.', 'Chapter two', 'It was late.', 'MARIE: Non.', '(MARIE) Non.', 'Vraiment.'), 'MARIE', 'PAUL')).toEqual({
      lines: [
        ['MARIE', 'Bonjour.'],
        [null, 'JEAN: Salut.'],
        [null, 'Il fait beau.'],
        ['PAUL', 'Oui.'],
        [null, 'Chapter two'],
        [null, 'It was late.'],
        ['MARIE', 'Non.'],
        [null, '(MARIE) Non.'],
        [null, 'Vraiment.'],
      ],
      // After a speaker’s line of no voice (JEAN: the label is the reason given), a title, a label of another form: speech left nobody’s, said.
      warnings: [
        ['unlabelled-speech', 'after-label', 1],
        ['unlabelled-speech', 'no-speaker', 2],
      ],
    });
  });

  it('a long paragraph with no end punctuation is not taken, but said; it ends the speech', () => {
    expect(cast(blackScript('MARIE: Bonjour.', 'PAUL: Oui.', 'and then we all went down to the harbour to see the boats', 'Et voilà.'), 'MARIE', 'PAUL')).toEqual({
      lines: [
        ['MARIE', 'Bonjour.'],
        ['PAUL', 'Oui.'],
        [null, 'and then we all went down to the harbour to see the boats'],
        [null, 'Et voilà.'],
      ],
      warnings: [
        ['unlabelled-speech', 'no-end', 1],
        ['unlabelled-speech', 'no-speaker', 1],
      ],
    });
  });

  it('a label set apart by a tab (a label table as a PDF reads it): the paragraph under it is not taken, but said', () => {
    expect(cast(blackScript('MUM\tLook at these tulips!', 'KID\tCan we get one?', 'Trolley wheels on gravel.'), 'MUM', 'KID')).toEqual({
      lines: [
        ['MUM', 'Look at these tulips!'],
        ['KID', 'Can we get one?'],
        [null, 'Trolley wheels on gravel.'],
      ],
      warnings: [['unlabelled-speech', 'tabbed', 1]],
    });
  });

  it('Chinese: a line with no label after 旁白’s goes on; one opening with another name and a colon does not', () => {
    expect(cast(blackScript('旁白：夜深了。', '风停了。', '小明：我们走吧。', '老师说：好。'), '旁白', '小明')).toEqual({
      lines: [
        ['旁白', '夜深了。'],
        ['旁白', '风停了。'],
        ['小明', '我们走吧。'],
        [null, '老师说：好。'],
      ],
      warnings: [['label-continued', '旁白', 1]],
    });
  });

  it('a table cell is no paragraph of a speech above it; a voice’s colour ends it; with no label voice nothing goes on', async () => {
    const cell = (text: string) => `<w:tc><w:p>${r(text)}</w:p></w:tc>`;
    const body = [
      `<w:p>${r('MARIE: Welcome.')}</w:p>`,
      `<w:tbl><w:tr>${cell('Screen 1')}${cell('The map of the harbour appears.')}</w:tr></w:tbl>`,
      `<w:p>${r('The first room is on the left.')}</w:p>`,
      `<w:p>${r('PAUL: Thanks.')}</w:p>`,
      `<w:p>${r('Here the narrator speaks.', '<w:color w:val="FF0000"/>')}</w:p>`,
      `<w:p>${r('And this goes on in black.')}</w:p>`,
    ].join('');
    const script = await readScriptBytes(buildDocx({ body }), 'cells.docx');
    const voices = { MARIE: { label: 'MARIE' }, PAUL: { label: 'PAUL' }, NARRATOR: { color: '#FF0000' } };
    const casting = castScript(script, parseConfig({ voices, unassigned: ['#000000'] }, 'cfg.json').voiceMap);
    expect(casting.lines.map((l) => [l.voice, l.text])).toEqual([
      ['MARIE', 'Welcome.'],
      [null, 'Screen 1'],
      [null, 'The map of the harbour appears.'],
      [null, 'The first room is on the left.'],
      ['PAUL', 'Thanks.'],
      ['NARRATOR', 'Here the narrator speaks.'],
      [null, 'And this goes on in black.'],
    ]);
    expect(casting.warnings.filter((w) => CODES.has(w.code)).map((w) => [w.code, w.details?.reason, w.details?.texts])).toEqual([
      ['unlabelled-speech', 'no-speaker', ['The first room is on the left.', 'And this goes on in black.']],
    ]);
    // A line in a table's cell goes on in its own cell only, not in a paragraph after the table.
    const inCell = `<w:tbl><w:tr>${cell('MARIE: Welcome to the tour.')}</w:tr></w:tbl><w:p>${r('The first room is on the left.')}</w:p>`;
    const cellScript = await readScriptBytes(buildDocx({ body: inCell }), 'cell.docx');
    expect(castScript(cellScript, parseConfig({ voices, unassigned: ['#000000'] }, 'cfg.json').voiceMap).lines.map((l) => [l.voice, l.text])).toEqual([
      ['MARIE', 'Welcome to the tour.'],
      [null, 'The first room is on the left.'],
    ]);
    // Voices by colour only: the rule is not applied.
    const byColour = castScript(script, parseConfig({ voices: { NARRATOR: { color: '#FF0000' } }, unassigned: ['#000000'] }, 'cfg.json').voiceMap);
    expect(byColour.warnings.filter((w) => CODES.has(w.code))).toEqual([]);
  });

  it('`continueLabels: false` in the config: none goes on, each is said; any other value is an error naming the field', () => {
    const script = blackScript('MARIE: Welcome.', 'The first room is on the left.', 'PAUL: Thanks.');
    const config = (continueLabels: unknown) => parseConfig({ voices: { MARIE: { label: 'MARIE' }, PAUL: { label: 'PAUL' } }, unassigned: ['#000000'], continueLabels }, 'cfg.json').voiceMap;
    const off = castScript(script, config(false));
    expect(off.lines.map((l) => [l.voice, l.text])).toEqual([
      ['MARIE', 'Welcome.'],
      [null, 'The first room is on the left.'],
      ['PAUL', 'Thanks.'],
    ]);
    expect(off.warnings.filter((w) => CODES.has(w.code)).map((w) => [w.code, w.message])).toEqual([
      [
        'unlabelled-speech',
        '1 paragraph (7 words) reads as speech but has no speaker label, under MARIE’s line, left nobody’s because the config sets continueLabels: false: "The first room is on the left." (at ¶2). It is counted as unassigned text, for nobody. If it is to be recorded, write the speaker’s label before it.',
      ],
    ]);
    expect(castScript(script, config(true)).lines.map((l) => l.voice)).toEqual(['MARIE', 'MARIE', 'PAUL']);
    expect(() => config('no')).toThrow('cfg.json: "continueLabels" must be true or false, not "no".');
  });

  it('many paragraphs, going on or left nobody’s: linear, three quoted and the rest counted', () => {
    const sentences = Array.from({ length: 20000 }, (_, i) => `Sentence number ${i}.`);
    const voices = { MARIE: { label: 'MARIE' } };
    const casting = castScript(blackScript('MARIE: Start.', ...sentences, ['Heading 1', 'Part two'], ...sentences), parseConfig({ voices, unassigned: ['#000000'] }, 'cfg.json').voiceMap);
    const said = casting.warnings.filter((w) => CODES.has(w.code));
    expect(said.map((w) => [w.code, w.details?.paragraphs, w.details?.words])).toEqual([
      ['label-continued', 20000, 60000],
      ['unlabelled-speech', 20000, 60000],
    ]);
    expect(said[0]!.message).toBe(
      '20,000 paragraphs with no speaker label (60,000 words) are counted for MARIE, as going on from MARIE’s line above them: "Sentence number 0.", "Sentence number 1.", "Sentence number 2." and 19,997 more (the first at ¶2). If someone else says them, write that speaker’s label before each.',
    );
  });
});
