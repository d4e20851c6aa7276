/**
 * A speech of two or more paragraphs in a row under a name on its own line, told from an action line
 * after it by `Paragraph.indent` alone (attribute/name-lines.ts): the DOCX reader fills it from
 * `w:ind` (tests/fixtures/labels-screenplay/screenplay-indent-fr.docx, typed by hand in Normal style),
 * and a PDF reader from where its lines stand (here scripts made by hand with `indent`, as a PDF's).
 * With no indents, or all the same, or action lines standing where the dialogue does, a second
 * paragraph stays nobody's, as before.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { castScript } from '../src/attribute/cast-script.js';
import { findSpeakerLabels, labelVoiceMap } from '../src/attribute/speaker-labels.js';
import type { VoiceMap } from '../src/config/voice-map.js';
import type { Paragraph, Script } from '../src/model.js';
import { DEFAULT_DIRECTIONS } from '../src/text/directions.js';
import { readDocx } from '../src/readers/docx/index.js';
import { runCli } from './helpers/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = join(root, 'tests', 'fixtures', 'labels-screenplay', 'screenplay-indent-fr.docx');

const byLabels = (s: Script) => castScript(s, labelVoiceMap(findSpeakerLabels(s)!, [])).lines.map((l) => [l.voice, l.text]);

/** A config naming TOM and ANNA by their labels (a page this short proposes no voices by itself). */
const BY_NAME: VoiceMap = {
  voices: ['TOM', 'ANNA'].map((name) => ({ name, colors: [], highlights: [], styles: [], labels: [name] })),
  unassigned: ['#000000'],
  directions: { ...DEFAULT_DIRECTIONS },
  tolerance: 5,
  source: 'test',
  origin: 'config',
};
const byName = (s: Script) => castScript(s, BY_NAME).lines.map((l) => [l.voice, l.text]);

/** A script of black paragraphs, each `[indent, text]` (an indent of undefined: not known), as a PDF reader gives it. */
function indented(...paragraphs: [number | undefined, string][]): Script {
  return {
    file: 'script.pdf',
    format: 'pdf',
    paragraphs: paragraphs.map(([indent, text], i): Paragraph => ({
      runs: [{ text, color: '#000000', background: null }],
      location: { story: 'body', paragraph: i + 1, page: 1 },
      ...(indent === undefined ? {} : { indent }),
    })),
    warnings: [],
    facts: { trackedChanges: false, pages: 1 },
  };
}

// A Fountain page read by a PDF reader: action at the margin (0), dialogue 72 pt in, parentheticals
// 43 pt further, names 158 pt in; a little play in where lines are measured.
const PAGE: [number, string][] = [
  [0, 'EXT. LIGHTHOUSE - NIGHT'],
  [0, 'Rain lashes the windows.'],
  [158.4, 'TOM'],
  [72, 'Every night for forty years.'],
  [72.3, 'And still the stairs win.'],
  [0, 'Anna appears, soaked.'],
  [158.4, 'ANNA'],
  [72, 'Dad?'],
  [115.2, '(beat)'],
  [71.8, 'The boat is back.'],
  [72, 'They found nothing.'],
  [158.4, 'TOM'],
  [72, 'Then we keep the light on.'],
  [0, 'He climbs on.'],
];

describe('a speech of several paragraphs, told by indentation', () => {
  it('screenplay-indent-fr.docx (Normal style, indents set on the paragraphs and by "Body Text Indent"): the second and third paragraphs are the speaker\'s, the action after them nobody\'s', async () => {
    const script = await readDocx(readFileSync(fixture), 'screenplay-indent-fr.docx');
    expect(byLabels(script)).toEqual([
      [null, 'LA TRAVERSÉE – épisode 2'],
      [null, 'SCÈNE 3 – LE PONT DU FERRY'],
      [null, 'Le ferry tangue. Louise s’accroche au bastingage.'],
      ['LOUISE', 'Je déteste les bateaux.'],
      ['LOUISE', 'Depuis toujours, je les déteste.'],
      ['MARC', 'Tu voulais venir.'],
      [null, '(il sourit)'],
      ['MARC', 'C’était ton idée, pas la mienne.'],
      ['MARC', 'Et tu le sais très bien.'],
      [null, 'Une vague frappe la coque.'],
      ['LOUISE', 'On arrive quand ?'],
      ['MARC', 'Dans une heure.'],
      ['MARC', 'Peut-être deux.'],
      ['MARC', 'Trois, si le vent tourne.'],
      [null, 'Louise ferme les yeux.'],
      [null, 'FONDU AU NOIR.'],
    ]);
  });

  it('a PDF\'s indents: paragraphs at the dialogue\'s indent (within a few points) go on with the speech; the action back at the margin does not', () => {
    expect(byName(indented(...PAGE))).toEqual([
      [null, 'EXT. LIGHTHOUSE - NIGHT'],
      [null, 'Rain lashes the windows.'],
      ['TOM', 'Every night for forty years.'],
      ['TOM', 'And still the stairs win.'],
      [null, 'Anna appears, soaked.'],
      ['ANNA', 'Dad?'],
      [null, '(beat)'],
      ['ANNA', 'The boat is back.'],
      ['ANNA', 'They found nothing.'],
      ['TOM', 'Then we keep the light on.'],
      [null, 'He climbs on.'],
    ]);
  });

  const before = [
    [null, 'EXT. LIGHTHOUSE - NIGHT'],
    [null, 'Rain lashes the windows.'],
    ['TOM', 'Every night for forty years.'],
    [null, 'And still the stairs win.'],
    [null, 'Anna appears, soaked.'],
    ['ANNA', 'Dad?'],
    [null, '(beat)'],
    ['ANNA', 'The boat is back.'],
    [null, 'They found nothing.'],
    ['TOM', 'Then we keep the light on.'],
    [null, 'He climbs on.'],
  ];

  it('no indents, or every paragraph at one indent: a second paragraph is nobody\'s, as before', () => {
    expect(byName(indented(...PAGE.map(([, text]): [undefined, string] => [undefined, text])))).toEqual(before);
    expect(byName(indented(...PAGE.map(([, text]): [number, string] => [0, text])))).toEqual(before);
    // Known for the dialogue, not for the paragraph after it.
    const unknown = PAGE.map(([indent, text]): [number | undefined, string] => [text === 'And still the stairs win.' || text === 'They found nothing.' ? undefined : indent, text]);
    expect(byName(indented(...unknown))).toEqual(before);
  });

  it('action lines standing where the dialogue does (no margin of their own), or none to show where the action stands: not told, nobody\'s', () => {
    // The scene heading and the action at the dialogue's indent: the indent does not set them apart.
    const same = PAGE.map(([indent, text]): [number, string] => [indent === 0 ? 72 : indent, text]);
    expect(byName(indented(...same))).toEqual(before);
    // Only names and their dialogue: nothing says where an action line would stand.
    expect(byName(indented([158, 'TOM'], [72, 'One.'], [72, 'Two.'], [158, 'ANNA'], [72, 'Three.'], [72, 'Four.'], [158, 'TOM'], [72, 'Five.']))).toEqual([
      ['TOM', 'One.'],
      [null, 'Two.'],
      ['ANNA', 'Three.'],
      [null, 'Four.'],
      ['TOM', 'Five.'],
    ]);
  });

  it('init and lines on screenplay-indent-fr.docx (built CLI): LOUISE and MARC with every paragraph of their speeches', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-indent-'));
    copyFileSync(fixture, join(dir, 'screenplay-indent-fr.docx'));
    expect(runCli(['init', 'screenplay-indent-fr.docx'], dir).stdout.split('\n')[0]).toBe(
      "Wrote vo-lines.config.yaml (2 voices, one per speaker's name on a line of its own: LOUISE and MARC; text that is no dialogue below a name taken as not recorded).",
    );
    const report = JSON.parse(runCli(['lines', 'screenplay-indent-fr.docx', '--json'], dir).stdout);
    expect(report.voices.map((v: { name: string; words: number; lines: unknown[] }) => [v.name, v.words, v.lines.length])).toEqual([
      ['LOUISE', 12, 3],
      ['MARC', 25, 6],
    ]);
    expect(report.unassigned.lines.map((l: { text: string }) => l.text)).toEqual([
      'LA TRAVERSÉE – épisode 2',
      'SCÈNE 3 – LE PONT DU FERRY',
      'Le ferry tangue. Louise s’accroche au bastingage.',
      '(il sourit)',
      'Une vague frappe la coque.',
      'Louise ferme les yeux.',
      'FONDU AU NOIR.',
    ]);
  });

  it('screenplay-indent-fr.pdf (LibreOffice\'s PDF of the DOCX, its indents read by the PDF reader): the same voices and words as the DOCX', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-indent-pdf-'));
    copyFileSync(fixture.replace(/\.docx$/, '.pdf'), join(dir, 'screenplay-indent-fr.pdf'));
    expect(runCli(['init', 'screenplay-indent-fr.pdf'], dir).stdout.split('\n')[0]).toBe(
      "Wrote vo-lines.config.yaml (2 voices, one per speaker's name on a line of its own: LOUISE and MARC; text that is no dialogue below a name taken as not recorded).",
    );
    const report = JSON.parse(runCli(['lines', 'screenplay-indent-fr.pdf', '--json'], dir).stdout);
    // MARC's words and lines as in the DOCX: "C’était ton idée, pas la mienne." reaches the dialogue's
    // furthest line and stays a line of its own (readers/pdf/paragraphs.ts Measures).
    expect(report.voices.map((v: { name: string; words: number; lines: unknown[] }) => [v.name, v.words, v.lines.length])).toEqual([
      ['LOUISE', 12, 3],
      ['MARC', 25, 6],
    ]);
    expect(report.unassigned.words).toBe(31);
  });
});
