/**
 * Columns of a script table that are not words of a voice (fixtures: scripts/build-table-name-fixtures.py):
 * - a column naming each row's speaker (`TC | PERSONNAGE | TEXTE`, `CHARACTER | LINE`): with voices told
 *   by colour, the name is the row's speaker label whatever its colour or highlight — shown before the
 *   row's line, never words, never a line of its own (name-cells.ts); one colour holding several
 *   speakers' rows is said (`speakers-share-voice`);
 * - an e-learning storyboard's on-screen text in a voice's colour beside the row's VO: nobody's, said
 *   at warning level (`av-picture-column`, a rule of `check`); kept for the voice only in a row with no
 *   VO words or merged across the columns.
 * The DOCX and LibreOffice's PDF of each agree.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import type { Report } from '../src/measure/report.js';
import { runCli } from './helpers/cli.js';
import { tempConfigs } from './helpers/temp-configs.js';

const DIR = fileURLToPath(new URL('./fixtures/table-names/', import.meta.url));
const { dir: tmp, configOf } = tempConfigs('vo-table-names-');

/** Per voice (and unassigned): its lines as [text, label, words, spoken words]. */
const view = (report: Report) => ({
  voices: report.voices.map((v) => ({ name: v.name, words: v.words, lines: v.lines.map((l) => [l.text, l.label ?? null, l.words, l.spokenWords]) })),
  unassigned: report.unassigned.lines.map((l) => [l.text, l.words]),
});

const YELLOW = [
  ['MARC Tu as vu l’heure ? On va être en retard.', 'MARC ', 9, 9],
  ['LE PÈRE (off) Vous deux, à table !', 'LE PÈRE (off) ', 4, 4],
  ['MARC (rires) On se retrouve au port à minuit.', 'MARC ', 8, 7],
  ['LE PÈRE Les affaires sont les affaires, mon fils.', 'LE PÈRE ', 7, 7],
  ['MARC Laisse tomber.', 'MARC ', 2, 2],
];
const GREEN = [
  ['JULIE Mais non, on a tout le temps.', 'JULIE ', 7, 7],
  ['JULIE Arrête de mentir, Marc.', 'JULIE ', 4, 4],
];
const BLUE = [
  ['INSPECTRICE Police judiciaire. Personne ne bouge.', 'INSPECTRICE ', 5, 5],
  ['INSPECTRICE Votre alibi ne tient pas debout.', 'INSPECTRICE ', 6, 6],
];
const BLACK = [
  // (VF and TC spelled; the ambience a direction, not said.)
  ['LES OMBRES DU PORT — Épisode 4 — VF', null, 7, 8],
  ['TC', null, 1, 2],
  ['PERSONNAGE', null, 1, 1],
  ['TEXTE', null, 1, 1],
  ['(Ambiance port, mouettes)', null, 3, 0],
];

describe('TC | PERSONNAGE | TEXTE coded by highlight or shading: the name cell is the row’s label, no words, no line', () => {
  const cases: [string, string, string, string][] = [
    ['fr-dub-row', '#FFFF00 yellow background', '#00FF00 bright green background', '#00FFFF turquoise background'],
    ['fr-dub-text', '#FFFF00 yellow background', '#00FF00 bright green background', '#00FFFF turquoise background'],
    ['fr-dub-shaded', '#FFF2CC pale yellow background', '#E2EFDA pale green background', '#DDEBF7 pale blue background'],
  ];
  it.each(cases.flatMap(([name, ...groups]) => ['docx', 'pdf'].map((ext) => [`${name}.${ext}`, ...groups] as const)))('%s, no config: each row one line of its text’s colour, the name shown before it', async (file, yellow, green, blue) => {
    const { report } = await analyse(join(DIR, file), { noConfig: true });
    expect(view(report)).toEqual({
      voices: [
        { name: '#000000 black', words: 13, lines: BLACK },
        { name: yellow, words: 30, lines: YELLOW },
        { name: green, words: 11, lines: GREEN },
        { name: blue, words: 11, lines: BLUE },
      ],
      unassigned: [],
    });
    expect([report.total.lineCount, report.total.words]).toEqual([14, 65]);
    // Each row's line keeps the row's time code.
    expect(report.voices[1]!.lines.map((l) => l.timecode?.start)).toEqual(['01:00:01:00', '01:00:07:02', '01:00:15:00', '01:00:21:00', '01:00:27:00']);
    // MARC and LE PÈRE share the yellow: said, as when their names open paragraphs.
    const shared = report.warnings.filter((w) => w.code === 'speakers-share-voice');
    expect(shared.map((w) => w.details)).toEqual([{ voice: yellow, speakers: [{ name: 'MARC', lines: 3 }, { name: 'LE PÈRE', lines: 2 }] }]);
    expect(shared[0]!.message).toBe(
      `"${yellow}" holds the lines of 2 speakers, by the names opening them (MARC: 3 lines and LE PÈRE: 2 lines): its lines, words and time are theirs together, and its booth script holds them all. If they are different people, give each a voice by its label in the config (MARC: { label: MARC }, LE PÈRE: { label: LE PÈRE }).`,
    );
  });

  it.each(['fr-dub-row.docx', 'fr-dub-row.pdf', 'fr-dub-text.docx'])('%s, a config of colours (as init writes it): the same lines, the names never a line', async (file) => {
    const config = configOf('dub-colours', {
      voices: { 'MARC et LE PÈRE': { highlight: '#FFFF00' }, JULIE: { highlight: '#00FF00' }, INSPECTRICE: { highlight: '#00FFFF' } },
      unassigned: ['#000000'],
    });
    const { report } = await analyse(join(DIR, file), { config });
    // (The voice says who speaks: the name is not shown before the line, whose text, and so its ID, is the cell's.)
    const cellOnly = (lines: (string | number | null)[][]) => lines.map(([text, label, words, spoken]) => [(text as string).slice((label as string).length), null, words, spoken]);
    expect(view(report)).toEqual({
      voices: [
        { name: 'MARC et LE PÈRE', words: 30, lines: cellOnly(YELLOW) },
        { name: 'JULIE', words: 11, lines: cellOnly(GREEN) },
        { name: 'INSPECTRICE', words: 11, lines: cellOnly(BLUE) },
      ],
      unassigned: BLACK.map(([text, , words]) => [text, words]),
    });
    expect(report.warnings.filter((w) => w.code === 'speakers-share-voice').map((w) => w.details)).toEqual([
      { voice: 'MARC et LE PÈRE', speakers: [{ name: 'MARC', lines: 3 }, { name: 'LE PÈRE', lines: 2 }] },
    ]);
  });

  it('a config of labels reads the same rows as before: the names cut off, each speaker a voice', async () => {
    const config = configOf('dub-labels', { voices: { MARC: { label: 'MARC' }, JULIE: { label: 'JULIE' }, 'LE PÈRE': { label: 'LE PÈRE' }, INSPECTRICE: { label: 'INSPECTRICE' } }, unassigned: ['#000000'] });
    const { report } = await analyse(join(DIR, 'fr-dub-row.docx'), { config });
    expect(report.voices.map((v) => [v.name, v.lineCount, v.words])).toEqual([['MARC', 3, 19], ['JULIE', 2, 11], ['LE PÈRE', 2, 11], ['INSPECTRICE', 2, 11]]);
  });

  it('init then summary (built CLI): the config’s counts and the summary’s leave the names out', () => {
    const dir = mkdtempSync(join(tmp, 'init-'));
    copyFileSync(join(DIR, 'fr-dub-row.docx'), join(dir, 'dub.docx'));
    expect(runCli(['init', 'dub.docx'], dir).code).toBe(0);
    const yaml = readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8');
    expect(yaml).toContain('{ highlight: "#FFFF00" }   # 30 words, 5 lines');
    expect(yaml).toContain('{ highlight: "#00FF00" }   # 11 words, 2 lines');
    expect(yaml).toContain('{ highlight: "#00FFFF" }   # 11 words, 2 lines');
    const summary = runCli(['summary', 'dub.docx', '--json'], dir);
    const json = JSON.parse(summary.stdout) as { voices: { lineCount: number; words: number }[] };
    expect(json.voices.map((v) => [v.lineCount, v.words])).toEqual([[5, 30], [2, 11], [2, 11]]);
  });
});

describe('CHARACTER | LINE with one speaker: the header says the column names speakers', () => {
  it.each(['en-role-one.docx', 'en-role-one.pdf'])('%s: NARRATOR shown, not counted; a direction’s row (SFX) read as before', async (file) => {
    const { report } = await analyse(join(DIR, file), { noConfig: true });
    expect(view(report)).toEqual({
      voices: [
        {
          name: '#000000 black',
          words: 11,
          lines: [['Museum audio guide — room 3', null, 5, 5], ['CHARACTER', null, 1, 1], ['LINE', null, 1, 1], ['SFX A door slams.', null, 4, 6]],
        },
        {
          name: '#0070C0 blue',
          words: 19,
          lines: [
            ['NARRATOR Welcome to the room of maps.', 'NARRATOR ', 6, 6],
            ['NARRATOR This map is older than the city itself.', 'NARRATOR ', 8, 8],
            ['NARRATOR Look closely at the river.', 'NARRATOR ', 5, 5],
          ],
        },
      ],
      unassigned: [],
    });
    expect(report.warnings.map((w) => w.code)).toEqual([]);
  });
});

describe('Scene | On-screen text | Visual | VO: on-screen text in a voice’s colour beside the row’s VO is nobody’s', () => {
  const voices = { Narrator: { color: '#404040' }, Learner: { color: '#0070C0' } };
  it.each(['en-storyboard.docx', 'en-storyboard.pdf'])('%s: left out, said at warning level; kept in a row with no VO words; a row merged across the columns is the VO column’s', async (file) => {
    const config = configOf('storyboard', { voices, unassigned: ['#000000'] });
    const { report } = await analyse(join(DIR, file), { config });
    expect(report.voices.map((v) => [v.name, v.lines.map((l) => l.text), v.words])).toEqual([
      ['Narrator', ['Bend your knees and keep your back straight.', 'No. Ask a colleague first.', 'Quiz time', 'Well done. You have finished the module.'], 22],
      ['Learner', ['Can I move the pallet on my own?'], 8],
    ]);
    expect(report.unassigned.lines.map((l) => l.text)).toContain('Lift with your legs');
    expect(report.unassigned.lines.map((l) => l.text)).toContain('Ask for help');
    const av = report.warnings.find((w) => w.code === 'av-picture-column')!;
    expect(av.details).toMatchObject({ leftOut: 7, leftOutFor: ['Narrator', 'Learner'], leftOutCells: 2, leftOutRows: 2, kept: 2, keptFor: ['Narrator'] });
    const at = file.endsWith('.pdf') ? 'p.1 ' : '';
    expect(av.message).toContain(
      `7 words there are typed in voices’ colours (Narrator and Learner) in 2 rows whose VO column holds the line (the first at ${at}¶`,
    );
    expect(av.message).toContain('“Lift with your legs”): taken as text shown on screen, not counted for them nor in their booth script. If the voice reads them too, move them into the VO column.');
    // The row merged across the columns covers the VO column: read as the VO column is, not as picture words kept.
    expect(av.message).toContain('And 2 words there stand out in another colour (Narrator): counted for it, as the colour says. Check them: in a row with no words in its VO column they may be the row’s line, but text shown on screen most often is not read.');
  });

  it('check (built CLI): av-picture-column is a finding at warning level (a rule: off quiets it)', () => {
    const dir = mkdtempSync(join(tmp, 'check-'));
    copyFileSync(join(DIR, 'en-storyboard.docx'), join(dir, 'sb.docx'));
    writeFileSync(join(dir, 'vo-lines.config.json'), JSON.stringify({ voices, unassigned: ['#000000'] }));
    const checked = runCli(['check', 'sb.docx', '--format', 'json'], dir);
    expect(checked.code).toBe(0);
    const file = (JSON.parse(checked.stdout) as { files: { findings: { rule: string; level: string }[]; notes?: { code: string }[] }[] }).files[0]!;
    // (The narrator's dark grey beside black text: confusable-colours too.)
    expect(file.findings.map((f) => [f.rule, f.level])).toEqual([['confusable-colours', 'warning'], ['av-picture-column', 'warning']]);
    expect((file.notes ?? []).map((n) => n.code)).not.toContain('av-picture-column');
    const off = runCli(['check', 'sb.docx', '--format', 'json', '--rule', 'av-picture-column=off'], dir);
    expect((JSON.parse(off.stdout) as { files: { findings: { rule: string }[] }[] }).files[0]!.findings.map((f) => f.rule)).toEqual(['confusable-colours']);
  });
});
