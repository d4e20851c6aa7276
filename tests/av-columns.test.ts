/**
 * Two-column AV scripts (VIDEO | AUDIO, SHOT | VIDEO | AUDIO, IMAGE | SON): the picture column, a shot
 * number column and the header row are never read aloud (attribute/av-columns.ts). Fixtures from
 * scripts/build-av-fixtures.py (python-docx, PDFs by LibreOffice): every voice's exact lines and words,
 * the warning said, the DOCX and its PDF counting the same; a glossary table and a dubbing table
 * (PERSONNAGE | RÉPLIQUE) read as before.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { castScript } from '../src/attribute/cast-script.js';
import { avColumns, headerKind } from '../src/attribute/av-columns.js';
import { findSpeakerLabels } from '../src/attribute/speaker-labels.js';
import { readScript } from '../src/readers/index.js';
import type { Paragraph, Script } from '../src/model.js';
import { runCli } from './helpers/cli.js';
import { buildColourReport } from '../src/measure/colours.js';
import { hints, renderColours } from '../src/render/text.js';

const DIR = join(__dirname, 'fixtures', 'av-columns');
const tmp = mkdtempSync(join(tmpdir(), 'vo-lines-av-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Got = Record<string, { lines: string[]; words: number }>;

async function read(file: string, voices?: Record<string, unknown>) {
  let config: string | undefined;
  if (voices) {
    config = join(tmp, `${file}.json`);
    writeFileSync(config, JSON.stringify({ voices, unassigned: ['#000000'] }));
  }
  const { report } = await analyse(join(DIR, file), config ? { config } : {});
  const got: Got = {};
  for (const v of report.voices) got[v.name] = { lines: v.lines.map((l) => l.text), words: v.words };
  got['(unassigned)'] = { lines: report.unassigned.lines.map((l) => l.text), words: report.unassigned.words };
  return { report, got };
}

const wordsOf = (got: Got) => Object.fromEntries(Object.entries(got).map(([name, { words }]) => [name, words]));
const avWarning = (report: { warnings: { code: string; message: string }[] }) => report.warnings.filter((w) => w.code === 'av-picture-column').map((w) => w.message);

describe('headerKind', () => {
  it.each([
    ['VIDEO', 'picture'],
    ['Visuals', 'picture'],
    ['Écran', 'picture'],
    ['ON-SCREEN TEXT', 'picture'],
    ['Image :', 'picture'],
    ['AUDIO', 'audio'],
    ['Audio / VO', 'audio'],
    ['V/O', 'audio'],
    ['Voix off', 'audio'],
    ['SON (voix off)', 'audio'],
    ['TEXTE OFF', 'audio'],
    ['SHOT #', 'number'],
    ['N°', 'number'],
    ['Timecode', 'number'],
    ['Durée', 'number'],
    ['', 'empty'],
    ['Term', null],
    ['Definition', null],
    ['PERSONNAGE', null],
    ['RÉPLIQUE', null],
    ['NOTES', null],
    ['VIDEO / AUDIO', null],
    ['Wide shot of the warehouse', null],
  ])('%j → %s', (text, kind) => {
    expect(headerKind(text)).toBe(kind);
  });
});

describe('AV scripts, all black, no config', () => {
  const two = {
    black: [
      'Spring Safety — 60 s explainer — AV script',
      'MUSIC: soft piano, under.',
      'NARRATOR: Every shift starts the same way: with a check.',
      'NARRATOR: Brakes, lights, horn. Thirty seconds that save lives.',
      'SFX: click of a pen.',
      'NARRATOR: Safe Shifts. Check first, drive second.',
    ],
    unassigned: ['VIDEO', 'AUDIO', 'Wide shot of the warehouse at dawn, forklifts parked in a row.', 'Close-up on a hand ticking a checklist.', 'Logo on white.'],
  };
  const twoSaid =
    'Table 1 is laid out as an AV script (VIDEO | AUDIO): only the AUDIO column is read aloud. Its VIDEO column says what is seen, not what is said: it and the header row (24 words) count as unassigned text, not recorded. If a column is read aloud after all, give it a header such as AUDIO or VO (or one that is no picture’s, such as NOTES).';

  it('en-av-two-columns.docx: the VIDEO column and the header row are unassigned, the AUDIO column black; said', async () => {
    const { report, got } = await read('en-av-two-columns.docx');
    // (The AUDIO column's one speaker's name, NARRATOR:, is not said: colour-labels.ts, labels-not-counted.)
    expect(got).toEqual({ '#000000 black': { lines: two.black, words: 39 }, '(unassigned)': { lines: two.unassigned, words: 24 } });
    expect(avWarning(report)).toEqual([twoSaid]);
    expect(report.warnings.find((w) => w.code === 'av-picture-column')!.details).toEqual({
      tables: [{ table: 1, columns: [{ column: 1, header: 'VIDEO', kind: 'picture' }, { column: 2, header: 'AUDIO', kind: 'audio' }], words: 24 }],
      words: 24,
    });
  });

  it('en-av-two-columns.pdf: the same lines as its DOCX (a cell’s second paragraph, opening with a label after a sentence’s end, is a line of its own though the first reaches the cell’s edge)', async () => {
    const { report, got } = await read('en-av-two-columns.pdf');
    expect(got['(unassigned)']).toEqual({ lines: two.unassigned, words: 24 });
    expect(got['#000000 black']!.lines).toEqual(two.black);
    expect(wordsOf(got)).toEqual(wordsOf((await read('en-av-two-columns.docx')).got));
    expect(avWarning(report)).toEqual([twoSaid]);
  });

  it('fr-av-two-columns (IMAGE | SON): DOCX and PDF', async () => {
    const docx = await read('fr-av-two-columns.docx');
    expect(docx.got['(unassigned)']).toEqual({ lines: ['IMAGE', 'SON', 'Plan large du fournil, la nuit.', 'Gros plan sur les mains qui façonnent la pâte.', 'Logo sur fond blanc.'], words: 21 });
    expect(docx.got['#000000 black']).toEqual({
      lines: [
        'Film institutionnel — Boulangerie Martin — 45 s',
        'MUSIQUE : accordéon léger.',
        'VOIX OFF : À quatre heures, le fournil s’éveille.',
        'VOIX OFF : Chaque baguette est façonnée à la main.',
        'VOIX OFF : Boulangerie Martin, le goût du vrai pain.',
      ],
      words: 29,
    });
    const said =
      'Table 1 is laid out as an AV script (IMAGE | SON): only the SON column is read aloud. Its IMAGE column says what is seen, not what is said: it and the header row (21 words) count as unassigned text, not recorded. If a column is read aloud after all, give it a header such as AUDIO or VO (or one that is no picture’s, such as NOTES).';
    expect(avWarning(docx.report)).toEqual([said]);
    const pdf = await read('fr-av-two-columns.pdf');
    expect(pdf.got).toEqual(docx.got);
    expect(wordsOf(pdf.got)).toEqual(wordsOf(docx.got));
    expect(pdf.got['(unassigned)']).toEqual(docx.got['(unassigned)']);
    expect(avWarning(pdf.report)).toEqual([said]);
  });
});

describe('SHOT | VIDEO | AUDIO with two speakers', () => {
  const narrator = ['Meet Sam. He has driven forklifts for ten years.', 'A crack this small can drop a full pallet.', 'Find the full checklist on the training site.'];
  const sam = ['And I still check the forks every morning.', 'Two minutes. Every time.'];
  const unassigned = [
    'Forklift refresher — e-learning video, script v3',
    'SHOT',
    'VIDEO',
    'AUDIO',
    '1',
    'Title card: “Forklift refresher”.',
    'MUSIC: upbeat intro, fades under.',
    '2',
    'Sam walks to the forklift, clipboard in hand.',
    '3',
    'Sam looks at camera.',
    '4',
    'Close-up: the fork tips, a crack circled in red.',
    '5',
    'Sam signs the checklist.',
    '6',
    'End card with the course link.',
  ];

  it.each(['en-av-three-columns.docx', 'en-av-three-columns.pdf'])('%s: voices by label, the SHOT and VIDEO columns nobody’s', async (file) => {
    const { report, got } = await read(file, { NARRATOR: { label: 'NARRATOR' }, SAM: { label: 'SAM' } });
    expect(got).toEqual({ NARRATOR: { lines: narrator, words: 26 }, SAM: { lines: sam, words: 12 }, '(unassigned)': { lines: unassigned, words: 55 } });
    // Told by labels, the picture column's text (no label) is nobody's with the rule or without it:
    // nothing to say; nor is speech left nobody's said of it.
    expect(avWarning(report)).toEqual([]);
    expect(report.warnings.map((w) => w.code)).toEqual([]);
  });

  it('the speaker labels are found in the audio column: the picture column is no part of the body', async () => {
    const found = findSpeakerLabels(await readScript(join(DIR, 'en-av-three-columns.docx')));
    expect(found && found.labels.map((l) => [l.label, l.paragraphs, l.words, l.direction])).toEqual([
      ['NARRATOR', 3, 26, false],
      ['SAM', 2, 12, false],
      ['MUSIC', 1, 4, true],
    ]);
    expect([found!.labelled, found!.body]).toEqual([6, 7]);
  });

  it('init proposes NARRATOR and SAM (built CLI)', () => {
    const dir = mkdtempSync(join(tmp, 'init-'));
    copyFileSync(join(DIR, 'en-av-three-columns.docx'), join(dir, 'av.docx'));
    const init = runCli(['init', 'av.docx'], dir);
    expect(init.code).toBe(0);
    expect(init.stdout.split('\n')[0]).toBe('Wrote vo-lines.config.yaml (2 voices, one per speaker label: NARRATOR and SAM; MUSIC left out as a direction; text without a label taken as not recorded).');
    const yaml = readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8');
    expect(yaml).toContain('NARRATOR: { label: "NARRATOR" }   # 26 words, 3 lines');
    expect(yaml).toContain('SAM: { label: "SAM" }   # 12 words, 2 lines');
    const summary = runCli(['summary', 'av.docx'], dir);
    expect(summary.stdout).toContain('To record: 38 words, about 0:15 (the whole script: 93 words, about 0:38)');
  });
});

describe('VIDEO | SPEAKER | AUDIO: the speaker column read as a label table’s', () => {
  const picture = ['VIDEO', 'SPEAKER', 'AUDIO', 'Kitchen, morning.', 'Anna pours water.', 'Close-up on the kettle.', 'Anna smiles.', 'Packshot.'];
  const said =
    'Table 1 is laid out as an AV script (VIDEO | SPEAKER | AUDIO): only the AUDIO column is read aloud. Its VIDEO column says what is seen, not what is said: it and the header row (15 words) count as unassigned text, not recorded. The SPEAKER column is read as it is. If a column is read aloud after all, give it a header such as AUDIO or VO (or one that is no picture’s, such as NOTES).';

  it.each(['en-av-speaker-column.docx', 'en-av-speaker-column.pdf'])('%s: no config, each row “LABEL⇥text”, the name shown and not counted (name-cells.ts); with the labels, each speaker’s lines', async (file) => {
    const colours = await read(file);
    expect(colours.got).toEqual({
      '#000000 black': { lines: ['Kettle launch — AV script', 'NARRATOR Mornings start with a kettle.', 'ANNA Ninety seconds. Not bad.', 'NARRATOR Kettle One boils fast.', 'ANNA I am sold.', 'NARRATOR Kettle One.'], words: 22 },
      '(unassigned)': { lines: picture, words: 15 },
    });
    expect(avWarning(colours.report)).toEqual([said]);
    const labels = await read(file, { NARRATOR: { label: 'NARRATOR' }, ANNA: { label: 'ANNA' } });
    expect(labels.got).toEqual({
      NARRATOR: { lines: ['Mornings start with a kettle.', 'Kettle One boils fast.', 'Kettle One.'], words: 11 },
      ANNA: { lines: ['Ninety seconds. Not bad.', 'I am sold.'], words: 7 },
      '(unassigned)': { lines: ['Kettle launch — AV script', ...picture], words: 19 },
    });
  });
});

describe('init on a two-column AV script in one colour (built CLI)', () => {
  // Its one speaker recurs and its cues (MUSIC:, SFX:) are used once each: told by labels (tests/one-speaker-cues.test.ts),
  // NARRATOR's lines alone are recorded (before: black, 39 words, the cues' and the title's with them).
  it('proposes NARRATOR with the audio column’s narrator lines only (its cues and the picture column not said), and the summary shows the unassigned row', () => {
    const dir = mkdtempSync(join(tmp, 'init-'));
    copyFileSync(join(DIR, 'en-av-two-columns.docx'), join(dir, 'x.docx'));
    const summary = runCli(['summary', 'x.docx'], dir);
    // 40 spoken: `SFX: click of a pen.` is said as written (a booth's label is not spelled S F X).
    expect(summary.stdout).toContain('  #000000 black      6     39      40   61.9%  0:16  150 wpm\n  Unassigned         5     24      24   38.1%  0:10  150 wpm\n');
    expect(runCli(['init', 'x.docx'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8')).toContain('  NARRATOR: { label: "NARRATOR" }   # 23 words, 3 lines\n');
    const after = runCli(['summary', 'x.docx'], dir);
    expect(after.stdout).toContain('To record: 23 words, about 0:09 (the whole script: 63 words, about 0:26)');
    expect(after.stdout).toContain('  NARRATOR    "NARRATOR:"         3     23      23   36.5%  0:09  150 wpm\n  Unassigned  any other text      8     40      41   63.5%  0:17  150 wpm\n');
    // The picture column's black is the voice's colour: no unknown colour to name.
    expect(after.stdout).not.toContain('no voice\'s colour');
  });
});

describe('AV script coded by colour', () => {
  it.each(['en-av-coloured.docx', 'en-av-coloured.pdf'])('%s: a picture cell in the narrator’s colour beside the row’s audio is on-screen text, nobody’s, and said', async (file) => {
    const { report, got } = await read(file, { Narrator: { color: '#2E75B6' }, Host: { color: '#C00000' } });
    expect(got).toEqual({
      Narrator: { lines: ['Meet the new Kettle One.', 'Kettle One. Boil less, live more.'], words: 11 },
      Host: { lines: ['It boils a litre in ninety seconds.'], words: 7 },
      '(unassigned)': { lines: ['Product launch — AV script', 'VIDEO', 'AUDIO', 'Super: “Meet the new Kettle One”', 'The host holds the kettle up.', 'Packshot.'], words: 19 },
    });
    expect(avWarning(report)).toEqual([
      `Table 1 is laid out as an AV script (VIDEO | AUDIO): only the AUDIO column is read aloud. Its VIDEO column says what is seen, not what is said: it and the header row (15 words) count as unassigned text, not recorded. 6 words there are typed in a voice’s colour (Narrator) in a row whose AUDIO column holds the line (at ${file.endsWith('.pdf') ? 'p.1 ' : ''}¶4 (table 1, row 2, col 1), “Super: “Meet the new Kettle One””): taken as text shown on screen, not counted for it nor in its booth script. If the voice reads it too, move it into the AUDIO column. If a column is read aloud after all, give it a header such as AUDIO or VO (or one that is no picture’s, such as NOTES).`,
    ]);
    expect(report.warnings.find((w) => w.code === 'av-picture-column')!.details).toMatchObject({ words: 15, leftOut: 6, leftOutFor: ['Narrator'], leftOutCells: 1 });
    expect(report.warnings.map((w) => w.code)).toEqual(['av-picture-column']);
  });

  it('with no config, the picture column’s ordinary black is nobody’s, and so are the blue words beside the row’s audio', async () => {
    const { got } = await read('en-av-coloured.docx');
    expect(wordsOf(got)).toEqual({ '#2E75B6 blue': 11, '#C00000 red': 7, '#000000 black': 4, '(unassigned)': 15 });
  });
});

describe('tables that are no AV script read as before', () => {
  it.each(['en-glossary-table.docx', 'en-glossary-table.pdf'])('%s: Term | Definition', async (file) => {
    const { report, got } = await read(file);
    expect(got).toEqual({
      '#000000 black': {
        lines: [
          'Module 2 — Loads',
          'NARRATOR: A load is anything you lift, carry or push.',
          'SAM: Even a box of paper?',
          'NARRATOR: Even a box of paper. Here are the words we will use.',
          'Term',
          'Definition',
          'Load',
          'Anything lifted, carried or pushed.',
          'Pallet',
          'A flat frame that holds goods.',
          'SAM: Got it.',
        ],
        words: 50,
      },
      '(unassigned)': { lines: [], words: 0 },
    });
    expect(avWarning(report)).toEqual([]);
  });

  it.each(['fr-dubbing-table.docx', 'fr-dubbing-table.pdf'])('%s: PERSONNAGE | RÉPLIQUE, read row by row', async (file) => {
    const { report, got } = await read(file);
    expect(got).toEqual({
      '#000000 black': {
        lines: ['Les Voisins — épisode 2 — VF', 'PERSONNAGE', 'RÉPLIQUE', 'MARIE Tu as entendu ce bruit cette nuit ?', 'PAUL Non. Je dormais.', 'MARIE Ça venait de chez les Martin.', 'PAUL Ils déménagent peut-être.'],
        // (The names not counted: name-cells.ts.)
        words: 26,
      },
      '(unassigned)': { lines: [], words: 0 },
    });
    expect(avWarning(report)).toEqual([]);
  });
});

/** A script of black paragraphs; a cell given as [table, row, column, text]. */
function script(...items: (string | [number, number, number, string])[]): Script {
  return {
    file: 'av.docx',
    format: 'docx',
    paragraphs: items.map((item, i): Paragraph => {
      const [cell, text] = typeof item === 'string' ? [undefined, item] : [{ table: item[0], row: item[1], column: item[2] }, item[3]];
      return { runs: [{ text, color: '#000000', background: null }], location: { story: 'body', paragraph: i + 1, ...(cell ? { cell } : {}) } };
    }),
    warnings: [],
    facts: { trackedChanges: false },
  };
}

/**
 * A PDF's script of black paragraphs, as its reader gives them: each with its page and where its lines
 * stand (`edges`, points); a cell given as [table, row, column, text, page, left], a paragraph outside
 * tables as [text, page, left, right].
 */
function pdfScript(...items: ([number, number, number, string, number, number] | [string, number, number, number])[]): Script {
  return {
    file: 'av.pdf',
    format: 'pdf',
    paragraphs: items.map((item, i): Paragraph => {
      if (typeof item[0] === 'string') {
        const [text, page, left, right] = item as [string, number, number, number];
        return { runs: [{ text, color: '#000000', background: null }], location: { story: 'body', paragraph: i + 1, page }, edges: { left, right }, fontSize: 11 };
      }
      const [table, row, column, text, page, left] = item as [number, number, number, string, number, number];
      return { runs: [{ text, color: '#000000', background: null }], location: { story: 'body', paragraph: i + 1, page, cell: { table, row, column } }, edges: { left, right: left + 150 }, fontSize: 11 };
    }),
    warnings: [],
    facts: { trackedChanges: false, pages: 3 },
  };
}

describe('avColumns on scripts made here', () => {
  it('a header repeated on a page, a PDF’s table going on at the top of the next page with no header, a NOTES column read as it is', () => {
    const s = pdfScript(
      ['Title', 1, 72, 300],
      [1, 1, 1, 'VISUAL', 1, 78],
      [1, 1, 2, 'VO', 1, 240],
      [1, 1, 3, 'Notes', 1, 420],
      [1, 2, 1, 'Logo.', 1, 78],
      [1, 2, 2, 'Hello there.', 1, 240],
      [1, 2, 3, 'Warm tone.', 1, 420],
      [1, 3, 1, 'VISUAL', 1, 78],
      [1, 3, 2, 'VO', 1, 240],
      [1, 3, 3, 'Notes', 1, 420],
      [1, 4, 1, 'Street.', 1, 78],
      [1, 4, 2, 'Welcome home.', 1, 240],
      [2, 1, 1, 'Packshot on white.', 2, 78],
      [2, 1, 2, 'Goodbye.', 2, 241.5],
      [2, 1, 3, 'Slower.', 2, 420],
      ['After the table.', 2, 72, 300],
      [3, 1, 1, 'Screen', 2, 78],
      [3, 1, 2, 'Sound', 2, 240],
      [3, 2, 1, 'Not an AV row: a paragraph stands between.', 2, 78],
    );
    const found = avColumns(s.paragraphs);
    const text = (p: Paragraph) => p.runs[0]!.text;
    expect(found.tables.map((t) => [t.table, t.continues ?? null, t.silent.map(text), t.words])).toEqual([
      [1, null, ['VISUAL', 'VO', 'Notes', 'Logo.', 'VISUAL', 'VO', 'Notes', 'Street.'], 8],
      [2, 1, ['Packshot on white.'], 3],
      [3, null, ['Screen', 'Sound', 'Not an AV row: a paragraph stands between.'], 10],
    ]);
    const casting = castScript(s, null);
    expect(casting.lines.filter((l) => l.voice !== null).map((l) => l.text)).toEqual(['Title', 'Hello there.', 'Warm tone.', 'Welcome home.', 'Goodbye.', 'Slower.', 'After the table.']);
    const warning = casting.warnings.find((w) => w.code === 'av-picture-column')!;
    expect(warning.message).toBe(
      'Tables 1, 2 and 3 are laid out as AV scripts (VISUAL | VO | Notes, in the first): only the VO column is read aloud. Its VISUAL column says what is seen, not what is said: it and the header row (21 words) count as unassigned text, not recorded. The Notes column is read as it is. Table 2 (top of page 2) has no header row of its own but goes on with the table at the foot of the page before (as many columns, at the same places): read the same. If a column is read aloud after all, give it a header such as AUDIO or VO (or one that is no picture’s, such as NOTES).',
    );
    expect(warning.details!.tables).toContainEqual({ table: 2, columns: found.tables[0]!.columns, words: 3, continues: 1, page: 2 });
  });

  it('a PDF’s next table goes on only at the top of the next page, right after the AV table, its columns at the same places, its first row no header of its own', () => {
    type Item = Parameters<typeof pdfScript>[number];
    const av: Item[] = [
      [1, 1, 1, 'VIDEO', 1, 78],
      [1, 1, 2, 'AUDIO', 1, 300],
      [1, 2, 1, 'Logo.', 1, 78],
      [1, 2, 2, 'Hello there.', 1, 300],
    ];
    const next = (page: number, second: number, first = 'Street at night.', other = 'Welcome home.'): Item[] => [
      [2, 1, 1, first, page, 78],
      [2, 1, 2, other, page, second],
    ];
    const continues = (...items: Item[]) => avColumns(pdfScript(...items).paragraphs).tables.map((t) => [t.table, t.continues ?? null]);
    expect(continues(...av, ...next(2, 301))).toEqual([[1, null], [2, 1]]);
    // Its second column elsewhere (a table of other widths).
    expect(continues(...av, ...next(2, 180))).toEqual([[1, null]]);
    // On the same page, or two pages on.
    expect(continues(...av, ...next(1, 300))).toEqual([[1, null]]);
    expect(continues(...av, ...next(3, 300))).toEqual([[1, null]]);
    // A paragraph under the AV table, or above the next one on its page.
    expect(continues(...av, ['Notes follow.', 1, 72, 400], ...next(2, 300))).toEqual([[1, null]]);
    expect(continues(...av, ['Glossary', 2, 72, 140], ...next(2, 300))).toEqual([[1, null]]);
    // A header row of its own.
    expect(continues(...av, ...next(2, 300, 'Term', 'Definition'))).toEqual([[1, null]]);
  });

  it('a DOCX’s table right after an AV table with as many columns and no header: read as it is, and said (its place on the page is not known)', () => {
    const s = script([1, 1, 1, 'VIDEO'], [1, 1, 2, 'AUDIO'], [1, 2, 1, 'Logo.'], [1, 2, 2, 'Hello there.'], [2, 1, 1, 'Street at night.'], [2, 1, 2, 'Welcome home.']);
    const found = avColumns(s.paragraphs);
    expect([found.tables.map((t) => t.table), found.doubts]).toEqual([[1], [{ table: 2, after: 1 }]]);
    const casting = castScript(s, null);
    expect(casting.lines.filter((l) => l.voice !== null).map((l) => l.text)).toEqual(['Hello there.', 'Street at night.', 'Welcome home.']);
    expect(casting.warnings.find((w) => w.code === 'av-picture-column')!.message).toBe(
      'Table 1 is laid out as an AV script (VIDEO | AUDIO): only the AUDIO column is read aloud. Its VIDEO column says what is seen, not what is said: it and the header row (3 words) count as unassigned text, not recorded. Table 2 comes right after Table 1 with as many columns and no header row: it is read as it is, every column counted (a DOCX does not say where its pages break). If it goes on with the table before, give it the same header row, or join the tables. If a column is read aloud after all, give it a header such as AUDIO or VO (or one that is no picture’s, such as NOTES).',
    );
    // A paragraph between, or a header row of its own: no doubt.
    expect(avColumns(script([1, 1, 1, 'VIDEO'], [1, 1, 2, 'AUDIO'], [1, 2, 1, 'Logo.'], [1, 2, 2, 'Hi.'], 'Notes:', [2, 1, 1, 'Street.'], [2, 1, 2, 'Home.']).paragraphs).doubts).toEqual([]);
    expect(avColumns(script([1, 1, 1, 'VIDEO'], [1, 1, 2, 'AUDIO'], [1, 2, 1, 'Logo.'], [1, 2, 2, 'Hi.'], [2, 1, 1, 'Term'], [2, 1, 2, 'Definition'], [2, 2, 1, 'Load'], [2, 2, 2, 'What is lifted.']).paragraphs).doubts).toEqual([]);
  });

  it('a title in one cell above the header row is read as any paragraph is', () => {
    const s = script([1, 1, 1, 'Spring Safety — AV script'], [1, 2, 1, 'VIDEO'], [1, 2, 2, 'AUDIO'], [1, 3, 1, 'Logo.'], [1, 3, 2, 'Check first.']);
    const casting = castScript(s, null);
    expect(casting.lines.map((l) => [l.voice, l.text])).toEqual([
      ['#000000 black', 'Spring Safety — AV script'],
      [null, 'VIDEO'],
      [null, 'AUDIO'],
      [null, 'Logo.'],
      ['#000000 black', 'Check first.'],
    ]);
  });

  it('a header row alone, or with no audio column, or no picture column: no AV table', () => {
    expect(avColumns(script([1, 1, 1, 'VIDEO'], [1, 1, 2, 'AUDIO']).paragraphs).tables).toEqual([]);
    expect(avColumns(script([1, 1, 1, 'VIDEO'], [1, 1, 2, 'NOTES'], [1, 2, 1, 'Logo.'], [1, 2, 2, 'Hello.']).paragraphs).tables).toEqual([]);
    expect(avColumns(script([1, 1, 1, 'TC'], [1, 1, 2, 'AUDIO'], [1, 2, 1, '00:01'], [1, 2, 2, 'Hello.']).paragraphs).tables).toEqual([]);
  });

  it('a long table is read in one pass', () => {
    const rows: [number, number, number, string][] = [[1, 1, 1, 'VIDEO'], [1, 1, 2, 'AUDIO']];
    for (let r = 2; r <= 20_000; r++) rows.push([1, r, 1, 'Shot.'], [1, r, 2, 'Line.']);
    const found = avColumns(script(...rows).paragraphs);
    expect([found.tables.length, found.silent.size, found.tables[0]!.words]).toEqual([1, 20_001, 20_001]);
  });
});

describe('said only when the rule changes something', () => {
  it('the French sample: its Écran | Texte à l’écran | Voix off table is an AV script’s, but its picture columns are black, which its config leaves to nobody: nothing to say', () => {
    const result = runCli(['summary', 'samples/fr-elearning/module-securite.docx', '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { warnings: { code: string }[]; recorded: { words: number } };
    expect(report.warnings.map((w) => w.code)).toEqual(['confusable-colours', 'confusable-colours', 'confusable-colours']);
    expect(report.recorded.words).toBe(762);
  });
});

describe('an AV script with no table: headers on lines of their own', () => {
  it('en-av-borderless: the PDF of a table with no borders (no cells found, the columns read one after the other) counts as its DOCX, and says so', async () => {
    const docx = await read('en-av-borderless.docx');
    const pdf = await read('en-av-borderless.pdf');
    expect(wordsOf(pdf.got)).toEqual(wordsOf(docx.got));
    expect(wordsOf(pdf.got)).toEqual({ '#000000 black': 39, '(unassigned)': 24 });
    expect(pdf.got['(unassigned)']!.lines).toEqual(['VIDEO', 'Wide shot of the warehouse at dawn, forklifts parked in a row.', 'Close-up on a hand ticking a checklist.', 'Logo on white.', 'AUDIO']);
    expect(avWarning(pdf.report)).toEqual([
      'The text under the headers on lines of their own (a table with no borders, as a PDF shows it, or a script written so) is laid out as an AV script (VIDEO | AUDIO): only the AUDIO column is read aloud. Its VIDEO column says what is seen, not what is said: it and the header row (24 words) count as unassigned text, not recorded. If a column is read aloud after all, give it a header such as AUDIO or VO (or one that is no picture’s, such as NOTES).',
    ]);
  });

  it('blocks headed VIDEO then AUDIO, shot after shot: each VIDEO block left out; the AUDIO blocks read', () => {
    const s = script('Title', 'VIDEO', 'Logo on white.', 'AUDIO', 'Hello there.', 'Video', 'Street at night.', 'Audio', 'Welcome home.');
    const casting = castScript(s, null);
    expect(casting.lines.map((l) => [l.voice, l.text])).toEqual([
      ['#000000 black', 'Title'],
      [null, 'VIDEO'],
      [null, 'Logo on white.'],
      [null, 'AUDIO'],
      ['#000000 black', 'Hello there.'],
      [null, 'Video'],
      [null, 'Street at night.'],
      [null, 'Audio'],
      ['#000000 black', 'Welcome home.'],
    ]);
    expect(avColumns(s.paragraphs).tables.map((t) => [t.table, t.columns.map((c) => c.header), t.words])).toEqual([
      [0, ['VIDEO', 'AUDIO'], 5],
      [0, ['Video', 'Audio'], 5],
    ]);
  });

  it('not without an audio header after the picture one, nor across a heading, a table or a page', () => {
    expect(avColumns(script('Screen', 'The screen shows the menu.', 'Then the learner clicks Next.').paragraphs).tables).toEqual([]);
    const heading = script('VIDEO', 'Logo.', 'Intro', 'AUDIO', 'Hello.');
    heading.paragraphs[2]!.style = 'Heading 2';
    expect(avColumns(heading.paragraphs).tables).toEqual([]);
    expect(avColumns(script('VIDEO', 'Logo.', [1, 1, 1, 'A cell.'], 'AUDIO', 'Hello.').paragraphs).tables).toEqual([]);
    const pages = script('VIDEO', 'Logo.', 'AUDIO', 'Hello.');
    pages.paragraphs.forEach((p, i) => (p.location.page = i < 2 ? 1 : 2));
    expect(avColumns(pages.paragraphs).tables).toEqual([]);
  });
});

describe('an AV table going on over a page break, its header row not repeated', () => {
  const picture = [
    'Black screen. The sound of an alarm, far away.',
    'Wide shot of the warehouse floor, aisle twelve, boxes stacked high.',
    'Close-up on a power strip with six plugs, one of them scorched.',
    'A worker unplugs a heater and coils its cable.',
    'Slow pan along the charging bay, forklifts plugged in a row.',
    'Graphic: the fire triangle, heat, fuel and oxygen, drawn one side at a time.',
    'Close-up on a fire door held open by a pallet.',
    'The pallet is moved; the door swings shut.',
    'Map of building B, the exits lit one by one.',
    'A supervisor points at the assembly point sign in the car park.',
    'Hands pull the pin of an extinguisher.',
    'The extinguisher runs dry after ten seconds.',
  ];
  const picture2 = [
    'A worker dials 215 on a desk phone.',
    'The worker speaks calmly into the phone.',
    'Empty aisle, the alarm light still flashing.',
    'The team gathered at the assembly point, counted by the warden.',
    'Title card: Fire safety starts with you.',
    'Logo on white.',
    'Recap card 1: check the chargers.',
    'Recap card 2: fire doors shut.',
    'Recap card 3: know your exits.',
    'Recap card 4: dial 215.',
    'Recap card 5: never go back.',
    'Credits roll.',
  ];
  const said = (more = '') =>
    `Table 1 is laid out as an AV script (VIDEO | AUDIO): only the AUDIO column is read aloud. Its VIDEO column says what is seen, not what is said: it and the header row (196 words) count as unassigned text, not recorded.${more} If a column is read aloud after all, give it a header such as AUDIO or VO (or one that is no picture’s, such as NOTES).`;

  it('en-av-over-page.docx: one table (w:tbl) over the two pages: all its VIDEO column left out', async () => {
    const { report, got } = await read('en-av-over-page.docx');
    expect(got['(unassigned)']).toEqual({ lines: ['VIDEO', 'AUDIO', ...picture, ...picture2], words: 196 });
    expect(wordsOf(got)).toEqual({ '#000000 black': 282, '(unassigned)': 196 });
    expect(got['#000000 black']!.lines.slice(-3)).toEqual(['NARRATOR: Never go back inside.', 'MUSIC: out.', 'End of script.']);
    expect(avWarning(report)).toEqual([said()]);
  });

  it('en-av-over-page.pdf (bordered): its two pieces read as one table, as the DOCX', async () => {
    const docx = await read('en-av-over-page.docx');
    const { report, got } = await read('en-av-over-page.pdf');
    expect(wordsOf(got)).toEqual(wordsOf(docx.got));
    // `SFX: the door clicks shut.` then `NARRATOR: …` in one cell: two lines, as in the DOCX.
    expect(got['#000000 black']!.lines).toEqual(docx.got['#000000 black']!.lines);
    expect(got['(unassigned)']).toEqual(docx.got['(unassigned)']);
    expect(avWarning(report)).toEqual([said()]);
  });

  it('en-av-over-page-borderless.pdf: page 2’s VIDEO column, under no header, left out as on page 1; counts as its DOCX; said', async () => {
    const docx = await read('en-av-over-page-borderless.docx');
    const { report, got } = await read('en-av-over-page-borderless.pdf');
    expect(wordsOf(docx.got)).toEqual({ '#000000 black': 282, '(unassigned)': 196 });
    expect(wordsOf(got)).toEqual(wordsOf(docx.got));
    expect(got['(unassigned)']!.lines).toEqual(['VIDEO', ...picture, 'AUDIO', ...picture2]);
    expect(got['#000000 black']!.lines).toEqual(docx.got['#000000 black']!.lines);
    expect(avWarning(report)).toEqual([
      'The text under the headers on lines of their own (a table with no borders, as a PDF shows it, or a script written so) is laid out as an AV script (VIDEO | AUDIO): only the AUDIO column is read aloud. Its VIDEO column says what is seen, not what is said: it and the header row (196 words) count as unassigned text, not recorded. At the top of page 2, the text standing in the same columns (from “A worker dials 215 on a…”) has no headers but goes on with the table at the foot of the page before: read the same. If a column is read aloud after all, give it a header such as AUDIO or VO (or one that is no picture’s, such as NOTES).',
    ]);
    const details = report.warnings.find((w) => w.code === 'av-picture-column')!.details as { tables: { table: number; words: number; carried?: { page: number } }[] };
    expect(details.tables.map((t) => [t.table, t.words, t.carried ?? null])).toEqual([
      [0, 122, null],
      [0, 74, { page: 2 }],
    ]);
  });

  it.each([
    ['storyboard-booktabs-nohead-fr.pdf', ['5.7 Exercice : l’alarme retentit pendant la préparation d’une commande'], '“5.7 Exercice : l’alarme retentit pendant…”'],
    ['storyboard-booktabs-fr.pdf', ['5.7', 'Exercice : l’alarme retentit pendant la préparation d’une commande'], '“5.7”'],
  ])('XeTeX’s booktabs storyboard, %s: page 2’s Écran and Texte à l’écran columns left out too', async (file, page2, from) => {
    const { report } = await analyse(join(__dirname, 'fixtures', 'pdf-layout', file), { noConfig: true });
    expect(report.unassigned.lines.map((l) => l.text)).toEqual([
      'Écran',
      '5.1',
      'Texte à l’écran',
      'Titre : prévenir, alerter, évacuer',
      '5.2 Animation : le triangle du feu',
      '5.3 Photos : multiprises surchargées, chargeurs de batteries',
      '5.4 Plan d’évacuation du bâtiment B',
      '5.5 Vidéo : manipulation d’un extincteur à eau pulvérisée',
      '5.6 Quiz : vrai ou faux ?',
      'Voix off',
      ...page2,
      '5.8 Rappel des numéros d’urgence : 18 et 112',
    ]);
    expect(report.unassigned.words).toBe(60);
    // The heading under the table and what follows it are read.
    expect(report.voices.find((v) => v.name === '#000000 black')!.lines.map((l) => l.text)).toEqual(['Module 5 — La prévention des risques d’incendie', 'Ce document décrit les écrans du module. Seule la colonne « Voix off » est enregistrée ; les indications entre crochets ne sont pas lues.', 'Conclusion']);
    expect(avWarning(report)[0]).toContain(`At the top of page 2, the text standing in the same columns (from ${from}) has no headers but goes on with the table at the foot of the page before: read the same.`);
  });
});

describe('a table at the top of the next page that is another table: not carried', () => {
  const black = [
    'Fire safety — 90 s explainer — AV script v2',
    'SFX: a fire alarm, muffled.',
    'NARRATOR: It starts with a sound nobody wants to hear.',
    'NARRATOR: Most fires in a warehouse start small: a charger, a cable, a heater left on.',
    'NARRATOR: A power strip carrying too much is the first thing to look for.',
    'NARRATOR: Switch off what you do not need before you leave your station.',
    'NARRATOR: Batteries charge here, and nowhere else. Keep the bay clear of cardboard and film.',
    'NARRATOR: A fire needs heat, fuel and air. Take one away and it dies.',
  ];
  const unassigned = {
    lines: [
      'VIDEO',
      'AUDIO',
      'Black screen. The sound of an alarm, far away.',
      'Wide shot of the warehouse floor, aisle twelve, boxes stacked high.',
      'Close-up on a power strip with six plugs, one of them scorched.',
      'A worker unplugs a heater and coils its cable.',
      'Slow pan along the charging bay, forklifts plugged in a row.',
      'Graphic: the fire triangle, heat, fuel and oxygen, drawn one side at a time.',
    ],
    words: 68,
  };
  const said =
    'Table 1 is laid out as an AV script (VIDEO | AUDIO): only the AUDIO column is read aloud. Its VIDEO column says what is seen, not what is said: it and the header row (68 words) count as unassigned text, not recorded.';
  const advice = ' If a column is read aloud after all, give it a header such as AUDIO or VO (or one that is no picture’s, such as NOTES).';

  it.each([
    ['en-av-then-glossary.docx', ''],
    // The PDF reader joins the two tables (the same column borders): the row of other headers ends the AV table, said.
    ['en-av-then-glossary.pdf', ' Table 1 stops at the top of page 2, where a row of other headers (Term | Definition) opens another table: read as it is from there.'],
  ])('%s: a glossary with its own header row (Term | Definition), the same widths: read as it is', async (file, ends) => {
    const { report, got } = await read(file);
    expect(got).toEqual({
      '#000000 black': {
        lines: [
          ...black,
          'Term',
          'Definition',
          'Assembly point',
          'The place outside where everyone gathers to be counted.',
          'Fire door',
          'A door that slows a fire down, as long as it is shut.',
          'Warden',
          'The person who counts everyone at the assembly point.',
          'End of script.',
        ],
        words: 130,
      },
      '(unassigned)': unassigned,
    });
    expect(avWarning(report)).toEqual([said + ends + advice]);
    if (file.endsWith('.pdf')) expect(report.warnings.find((w) => w.code === 'av-picture-column')!.details!.tables).toEqual([expect.objectContaining({ table: 1, words: 68, ends: { page: 2, header: 'Term | Definition' } })]);
  });

  it.each([
    ['en-av-then-notes.pdf', ''],
    // Its grid (w:tblGrid) puts the notes table's columns elsewhere: another table, no doubt.
    ['en-av-then-notes.docx', ''],
  ])('%s: a notes table with no header, its columns of other widths: read as it is', async (file, doubt) => {
    const { report, got } = await read(file);
    expect(got).toEqual({
      '#000000 black': {
        lines: [
          ...black,
          'Voice',
          'Warm, calm, never alarming; a little slower on the numbers to dial.',
          'Music',
          'The company theme, under the narration, out at the end.',
          'Length',
          'Ninety seconds at most, the title card included.',
          'End of script.',
        ],
        words: 125,
      },
      '(unassigned)': unassigned,
    });
    expect(avWarning(report)).toEqual([said + doubt + advice]);
  });
});

describe('a table with no borders carried to the next page: only under its own evidence', () => {
  /** Page 1: VIDEO and its cells at 90, AUDIO and its cells at 290; then `page2`. */
  const withPage2 = (...page2: [string, number, number, number][]) =>
    pdfScript(
      ['VIDEO', 1, 90, 130],
      ['Logo on white.', 1, 90, 170],
      ['AUDIO', 1, 290, 330],
      ['NARRATOR: Hello there.', 1, 290, 450],
      ...page2,
    );
  const carried = (s: Script) => avColumns(s.paragraphs).tables.filter((t) => t.carried).map((t) => t.silent.map((p) => p.runs[0]!.text));

  it('picture-side text then audio-side text at the top of the next page: carried, up to what stands elsewhere', () => {
    expect(carried(withPage2(['Street at night.', 2, 90, 200], ['NARRATOR: Welcome home.', 2, 290, 460], ['The end.', 2, 90, 160]))).toEqual([['Street at night.']]);
  });

  it('not when the page starts with text across the page, with the audio side, at another place, in larger type, or with no audio side', () => {
    expect(carried(withPage2(['A paragraph across the whole page, as a script goes on.', 2, 90, 520], ['Street at night.', 2, 90, 200], ['NARRATOR: Home.', 2, 290, 460]))).toEqual([]);
    expect(carried(withPage2(['NARRATOR: Welcome home.', 2, 290, 460], ['Street at night.', 2, 90, 200]))).toEqual([]);
    expect(carried(withPage2(['Street at night.', 2, 120, 200], ['NARRATOR: Home.', 2, 290, 460]))).toEqual([]);
    const larger = withPage2(['Part two', 2, 90, 160], ['NARRATOR: Home.', 2, 290, 460]);
    larger.paragraphs[4]!.fontSize = 16;
    expect(carried(larger)).toEqual([]);
    expect(carried(withPage2(['Street at night.', 2, 90, 200], ['Another street.', 2, 90, 200]))).toEqual([]);
  });

  it('not when the table ended before the foot of its page, nor two pages on', () => {
    expect(carried(withPage2(['Thanks for watching, this closes page one.', 1, 90, 520], ['Street at night.', 2, 90, 200], ['NARRATOR: Home.', 2, 290, 460]))).toEqual([]);
    expect(carried(withPage2(['Street at night.', 3, 90, 200], ['NARRATOR: Home.', 3, 290, 460]))).toEqual([]);
  });

  it('carried on over several pages, each piece under the last', () => {
    expect(carried(withPage2(['Street.', 2, 90, 200], ['NARRATOR: One.', 2, 290, 460], ['Park.', 3, 90, 200], ['NARRATOR: Two.', 3, 290, 460]))).toEqual([['Street.'], ['Park.']]);
  });
});

describe('`colors`: what an AV table leaves out is marked beside its colour', () => {
  it('en-av-two-columns.docx (built CLI): the black row says 24 of its words are left out, 22 the picture column’s and 2 the header row’s; JSON leftOut by why', () => {
    const text = runCli(['colors', join(DIR, 'en-av-two-columns.docx')]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('  #000000 black     66     11  "Spring Safety — 60 s explainer — AV …" (24 words of them left out: 22 in an AV table\'s picture or number columns, 2 in its header row)\n');
    const json = JSON.parse(runCli(['colors', join(DIR, 'en-av-two-columns.docx'), '--json']).stdout) as { text: { hex: string; words: number; leftOut?: unknown }[] };
    expect(json.text).toEqual([expect.objectContaining({ hex: '#000000', words: 66, lineCount: 11, leftOut: { words: 24, lines: 5, picture: 22, headerRow: 2 } })]);
  });

  it('en-av-over-page-borderless.pdf: page 2’s picture column is marked too (196 words, as in its DOCX)', async () => {
    for (const file of ['en-av-over-page-borderless.docx', 'en-av-over-page-borderless.pdf']) {
      const report = buildColourReport(await readScript(join(DIR, file)));
      expect(report.text.map((u) => [u.hex, u.words, u.leftOut])).toEqual([['#000000', 500, { words: 196, lines: 26, picture: 194, headerRow: 2 }]]);
    }
  });

  it('a picture column in a grey of its own: marked “only”, and not proposed as a voice; a run there in a voice’s colour beside the row’s audio is marked too', () => {
    const p = (i: number, text: string, color: string, row: number, column: number): Paragraph => ({ runs: [{ text, color, background: null }], location: { story: 'body', paragraph: i, cell: { table: 1, row, column } } });
    const s: Script = {
      file: 'av.docx',
      format: 'docx',
      paragraphs: [
        p(1, 'VIDEO', '#595959', 1, 1),
        p(2, 'AUDIO', '#595959', 1, 2),
        p(3, 'Logo on white.', '#595959', 2, 1),
        p(4, 'Welcome to the course.', '#2E75B6', 2, 2),
        p(5, 'Street at night.', '#595959', 3, 1),
        p(6, 'Let us begin.', '#C00000', 3, 2),
        p(7, 'Super: Let us begin.', '#C00000', 4, 1),
        p(8, 'Go.', '#C00000', 4, 2),
      ],
      warnings: [],
      facts: { trackedChanges: false },
    };
    const report = buildColourReport(s);
    expect(renderColours(report)).toBe(
      [
        'av.docx (DOCX) · 20 words',
        '',
        'Text colours:',
        '  Colour             Words  Lines  First words',
        '  #595959 dark grey      8      4  "VIDEO" (an AV table\'s picture or number columns and its header row only: left out)',
        '  #C00000 red            8      3  "Let us begin." (4 words of them in an AV table\'s picture or number columns: left out)',
        '  #2E75B6 blue           4      1  "Welcome to the course."',
        '',
        'Background colours (highlight or shading): none',
        '',
      ].join('\n'),
    );
    expect(hints.noConfig('av.docx', report)).toBe(
      'Next: name the voices: vo-lines init av.docx writes a vo-lines.config.yaml beside the script, one voice per colour, to rename, e.g.\n  voices:\n    red:  { color: "#C00000" }   # 4 words: "Let us begin."\n    blue: { color: "#2E75B6" }   # 4 words: "Welcome to the course."\nthen run: vo-lines lines av.docx --voice red',
    );
    // The audio column all blue: one look, the grey picture column aside.
    const one = buildColourReport({ ...s, paragraphs: s.paragraphs.slice(0, 5) });
    expect(hints.noConfig('av.docx', one)).toBe('Next: every line is #2E75B6 blue (its AV picture column aside): no colour coding to read. vo-lines init av.docx writes a vo-lines.config.yaml beside the script, one voice per colour, to rename, or see --help.');
  });
});

describe('a borderless AV table printed by Chromium (each row’s cells side by side, on one baseline)', () => {
  const body = async (file: string) => (await readScript(join(DIR, file))).paragraphs.filter((p) => p.location.story === 'body').map((p) => p.runs.map((r) => r.text).join(''));

  it('en-av-chromium.pdf: the last picture cell, whose line fills its column, is not taken on at the top of the audio column ("…beside the desk. AUDIO"); counts as its DOCX; said', async () => {
    expect(await body('en-av-chromium.pdf')).toEqual([
      'Fire safety — 60 s explainer — AV script',
      'VIDEO',
      'Black screen. The sound of an alarm, far away.',
      'Wide shot of the warehouse floor, aisle twelve, boxes stacked high.',
      'Close-up on a power strip with six plugs, one of them scorched.',
      'A worker unplugs a heater and coils its cable beside the desk.',
      'AUDIO',
      'SFX: a fire alarm, muffled.',
      'NARRATOR: It starts with a sound nobody wants to hear.',
      'NARRATOR: Most fires in a warehouse start small: a charger, a cable, a heater left on.',
      'NARRATOR: A power strip carrying too much is the first thing to look for.',
      'NARRATOR: Switch off what you do not need before you leave your station.',
    ]);
    const docx = await read('en-av-chromium.docx');
    const { report, got } = await read('en-av-chromium.pdf');
    // The same lines and words; the PDF reads the picture column before the audio header (as en-av-borderless).
    expect(wordsOf(got)).toEqual(wordsOf(docx.got));
    expect(got['#1F5FA8 blue']).toEqual(docx.got['#1F5FA8 blue']);
    expect(got['#000000 black']).toEqual(docx.got['#000000 black']);
    expect([...got['(unassigned)']!.lines].sort()).toEqual([...docx.got['(unassigned)']!.lines].sort());
    expect(wordsOf(got)).toEqual({ '#000000 black': 12, '#1F5FA8 blue': 49, '(unassigned)': 46 });
    expect(got['#1F5FA8 blue']!.lines).toEqual([
      'NARRATOR: It starts with a sound nobody wants to hear.',
      'NARRATOR: Most fires in a warehouse start small: a charger, a cable, a heater left on.',
      'NARRATOR: A power strip carrying too much is the first thing to look for.',
      'NARRATOR: Switch off what you do not need before you leave your station.',
    ]);
    expect(avWarning(report)).toEqual([
      'The text under the headers on lines of their own (a table with no borders, as a PDF shows it, or a script written so) is laid out as an AV script (VIDEO | AUDIO): only the AUDIO column is read aloud. Its VIDEO column says what is seen, not what is said: it and the header row (46 words) count as unassigned text, not recorded. If a column is read aloud after all, give it a header such as AUDIO or VO (or one that is no picture’s, such as NOTES).',
    ]);
  });

  it('fr-av-chromium.pdf: ÉCRAN | VOIX OFF, the narrator in red: counts as its DOCX', async () => {
    const docx = await read('fr-av-chromium.docx');
    const { report, got } = await read('fr-av-chromium.pdf');
    expect(wordsOf(got)).toEqual(wordsOf(docx.got));
    expect(got['#A0282D dark red']).toEqual(docx.got['#A0282D dark red']);
    expect(got['#000000 black']).toEqual(docx.got['#000000 black']);
    expect(wordsOf(got)).toEqual({ '#000000 black': 9, '#A0282D dark red': 38, '(unassigned)': 47 });
    expect(got['(unassigned)']!.lines).toEqual([
      'ÉCRAN',
      'Plan large du fournil, la nuit, les fours encore éteints.',
      'Gros plan sur les mains qui façonnent la pâte, la farine en nuage.',
      'Les baguettes sortent du four, dorées, posées sur une grille.',
      'La boulangère ouvre la porte de la boutique aux premiers clients.',
      'VOIX OFF',
    ]);
    expect(report.warnings.map((w) => w.code)).toContain('av-picture-column');
  });

  it('en-av-chromium-plain.pdf: the browser’s own table style (cells a space apart, rows 3 pt apart, cells set in the middle of their rows): a picture line running up to the audio column is no line across both; each audio cell a line; counts as the DOCX', async () => {
    const paragraphs = await body('en-av-chromium-plain.pdf');
    expect(paragraphs.slice(4, 6)).toEqual(['Close-up on a power strip with six plugs, one of them scorched.', 'A worker unplugs a heater and coils its cable beside the desk.']);
    expect(paragraphs.slice(-2)).toEqual([
      'NARRATOR: A power strip carrying too much is the first thing to look for.',
      'NARRATOR: Switch off what you do not need before you leave your station.',
    ]);
    const docx = await read('en-av-chromium.docx');
    const { report, got } = await read('en-av-chromium-plain.pdf');
    expect(wordsOf(got)).toEqual(wordsOf(docx.got));
    expect(got['#1F5FA8 blue']).toEqual(docx.got['#1F5FA8 blue']);
    expect(got['#000000 black']).toEqual(docx.got['#000000 black']);
    expect(report.warnings.map((w) => w.code)).toContain('av-picture-column');
  });

  it.each(['en-av-weasyprint.pdf', 'en-av-weasyprint-plain.pdf'])('%s: the same pages through WeasyPrint count as the DOCX', async (file) => {
    const docx = await read('en-av-chromium.docx');
    const { report, got } = await read(file);
    expect(wordsOf(got)).toEqual(wordsOf(docx.got));
    expect(got['#1F5FA8 blue']).toEqual(docx.got['#1F5FA8 blue']);
    expect(got['#000000 black']).toEqual(docx.got['#000000 black']);
    expect(report.warnings.map((w) => w.code)).toContain('av-picture-column');
  });

  it('en-columns-chromium.pdf (control): an article in two CSS columns is read column after column, its paragraph over the column break one, no AV table', async () => {
    expect(await body('en-columns-chromium.pdf')).toEqual([
      'Fire safety at the end of a shift',
      'Every warehouse has its own rhythm. The first shift arrives before dawn, the chargers click off one after the other, and the forklifts roll out of the bay in a line that nobody ever agreed on but everybody keeps.',
      'Fires rarely start in the middle of that rhythm. They start in the quiet hours, when a heater has been left on under a desk or a power strip has been asked to carry more than it was ever built to carry, and nobody is there to notice the smell of hot plastic before it turns into smoke.',
      'That is why the checks at the end of a shift matter as much as the checks at the start of one. A supervisor who walks the floor for five minutes before locking up will find most of the things that cause trouble: a cable coiled too tightly, a fire door propped open with a pallet, a charger sitting on a pile of cardboard.',
      'None of this takes long, and none of it needs special training. It needs a habit, and a habit needs a reason. The reason is simple: the people who work here want to come back tomorrow.',
      'This guide walks through the checks one by one, with the reasons behind each of them, so that the habit is easy to keep.',
    ]);
    const { report } = await read('en-columns-chromium.pdf');
    expect(avWarning(report)).toEqual([]);
  });
});

describe('a DOCX table split by hand (two w:tbl, the second with no header row)', () => {
  const black = [
    'Fire safety — 90 s explainer — AV script v2',
    'SFX: a fire alarm, muffled.',
    'NARRATOR: It starts with a sound nobody wants to hear.',
    'NARRATOR: Most fires in a warehouse start small: a charger, a cable, a heater left on.',
    'NARRATOR: A power strip carrying too much is the first thing to look for.',
    'NARRATOR: Switch off what you do not need before you leave your station.',
  ];
  const second = [
    'NARRATOR: Batteries charge here, and nowhere else. Keep the bay clear of cardboard and film.',
    'NARRATOR: A fire needs heat, fuel and air. Take one away and it dies.',
    'NARRATOR: A fire door held open is a wall with a hole in it.',
    'SFX: the door clicks shut.',
    'NARRATOR: Keep them shut. Always.',
  ];
  const pictures = [
    'Slow pan along the charging bay, forklifts plugged in a row.',
    'Graphic: the fire triangle, heat, fuel and oxygen, drawn one side at a time.',
    'Close-up on a fire door held open by a pallet.',
    'The pallet is moved; the door swings shut.',
  ];

  it('en-av-split.docx: the same grid, so the same columns: its picture column left out as the first table’s, and said', async () => {
    const { report, got } = await read('en-av-split.docx');
    expect(got['#000000 black']!.lines).toEqual([...black, ...second, 'End of script.']);
    expect(got['(unassigned)']!.lines.slice(-4)).toEqual(pictures);
    expect(wordsOf(got)).toEqual({ '#000000 black': 114, '(unassigned)': 86 });
    expect(avWarning(report)).toEqual([
      'Tables 1 and 2 are laid out as AV scripts (VIDEO | AUDIO, in the first): only the AUDIO column is read aloud. Its VIDEO column says what is seen, not what is said: it and the header row (86 words) count as unassigned text, not recorded. Table 2 has no header row of its own but comes right after the AV table before with the same columns (as many, as wide: a table split in two): read the same. If a column is read aloud after all, give it a header such as AUDIO or VO (or one that is no picture’s, such as NOTES).',
    ]);
    const details = report.warnings.find((w) => w.code === 'av-picture-column')!.details!;
    expect((details.tables as { table: number; continues?: number }[]).map((t) => [t.table, t.continues ?? null])).toEqual([[1, null], [2, 1]]);
    expect(details.doubts).toBeUndefined();
  });

  it('en-av-split-nogrid.docx: no widths in the grids, nothing tells: read as it is (every column counted), and the doubt said', async () => {
    const { report, got } = await read('en-av-split-nogrid.docx');
    expect(got['#000000 black']!.lines).toEqual([...black, pictures[0], second[0], pictures[1], second[1], pictures[2], second[2], pictures[3], second[3], second[4], 'End of script.']);
    expect(wordsOf(got)).toEqual({ '#000000 black': 157, '(unassigned)': 43 });
    const warning = report.warnings.find((w) => w.code === 'av-picture-column')!;
    expect(warning.message).toContain('Table 2 comes right after Table 1 with as many columns and no header row: it is read as it is, every column counted (a DOCX does not say where its pages break).');
    expect(warning.details!.doubts).toEqual([{ table: 2, after: 1 }]);
  });
});
