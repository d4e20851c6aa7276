/**
 * A legend whose list of voices closes with a qualifier in brackets naming the kind of colour ("Key:
 * Narrator = pale yellow, Learner = pale blue, Coach = pale green (cell shading)"): the qualifier is every
 * entry's, and the legend is read as the same legend without it is. A remark in brackets after the last
 * entry that names no colour ("(v2, see notes)") is left out when the rest reads as a legend.
 * (legend-shapes.ts colourWordsLine; "cell", "row", "table" are words of where a background is laid,
 * colour-words.ts.) Fixtures: scripts/build-legend-qualifier-fixtures.py (DOCX and LibreOffice's PDF).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colourWordsLine } from '../src/attribute/legend-shapes.js';
import { ROOT, runCli } from './helpers/cli.js';

const fixtures = join(ROOT, 'tests', 'fixtures', 'legend-qualifier');

interface JsonSummary {
  mode: string;
  legend: { text: string; voices: { name: string; colors: string[]; highlights: string[] }[] } | null;
  voices: { name: string; lineCount: number; words: number; spokenWords: number; characters: number }[];
  unassigned: { lineCount: number; words: number };
  warnings: { code: string }[];
}

function summary(file: string): JsonSummary {
  const result = runCli(['summary', file, '--no-config', '--json'], fixtures);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as JsonSummary;
}

/** The dubbing table's voices read by its legend, as the legend with no qualifier reads them (plain-en). */
const TABLE_VOICES = [
  ['Narrator', 12, 142, 147, 806],
  ['Learner', 9, 76, 76, 387],
  ['Coach', 11, 136, 136, 710],
];
const TABLE_LEGEND_VOICES = [
  { name: 'Narrator', colors: [], highlights: ['#FFF2CC'] },
  { name: 'Learner', colors: [], highlights: ['#DEEAF6'] },
  { name: 'Coach', colors: [], highlights: ['#E2EFD9'] },
];

describe('a legend closing with a qualifier in brackets', () => {
  it.each([
    ['plain-en', 'Key: Narrator = pale yellow, Learner = pale blue, Coach = pale green'],
    // Before: "looks like a legend but was not read" (legend-not-read), the voices five colour groups.
    ['last-en', 'Key: Narrator = pale yellow, Learner = pale blue, Coach = pale green (cell shading)'],
    ['last-unshaded-en', 'Key: Narrator = pale yellow, Learner = pale blue, Coach = pale green (cell shading); unshaded rows are not recorded'],
    ['each-en', 'Key: Narrator = pale yellow (cell shading), Learner = pale blue (cell shading), Coach = pale green (cell shading)'],
    ['remark-en', 'Key: Narrator = pale yellow, Learner = pale blue, Coach = pale green (v2, see notes)'],
  ].flatMap(([name, legend]) => ['docx', 'pdf'].map((ext) => [`${name}.${ext}`, legend!])))('%s: read as the legend with no qualifier', (file, legend) => {
    const report = summary(file);
    expect(report.mode).toBe('legend');
    expect(report.legend?.text).toBe(legend);
    expect(report.legend?.voices).toEqual(TABLE_LEGEND_VOICES);
    expect(report.voices.map((v) => [v.name, v.lineCount, v.words, v.spokenWords, v.characters])).toEqual(TABLE_VOICES);
    expect([report.unassigned.lineCount, report.unassigned.words]).toEqual([16, 89]);
    expect(report.warnings.map((w) => w.code).sort()).toEqual(['confusable-colours', 'figures-said-as-written', 'headings-unassigned', 'plain-text']);
  });

  it.each(['highlighted-en.docx', 'highlighted-en.pdf', 'surlignage-fr.docx', 'surlignage-fr.pdf'])('%s: "(highlighted)", "(surlignage)" closing the list of a highlighted script', (file) => {
    const report = summary(file);
    expect(report.mode).toBe('legend');
    expect(report.voices.map((v) => [v.name, v.lineCount, v.words])).toEqual([
      [file.startsWith('surlignage') ? 'Narrateur' : 'Narrator', 13, 141],
      [file.startsWith('surlignage') ? 'Apprenant' : 'Learner', 9, 76],
      ['Coach', 11, 136],
    ]);
    expect(report.legend?.voices.map((v) => v.highlights)).toEqual([['#FFFF00'], ['#00FFFF'], ['#00FF00']]);
  });

  const kinds = (text: string) => colourWordsLine(text)?.entries.map((e) => [e.name, e.notRecorded, e.words, e.phrase?.kind ?? null]) ?? null;

  it('gives the closing qualifier’s kind to every entry that says none', () => {
    expect(kinds('Key: Narrator = pale yellow, Learner = pale blue, Coach = pale green (cell shading)')).toEqual([
      ['Narrator', false, 'pale yellow', 'background'],
      ['Learner', false, 'pale blue', 'background'],
      ['Coach', false, 'pale green', 'background'],
    ]);
    expect(kinds('Légende : Narratrice = jaune, Client = bleu, Conseillère = vert (couleur du texte)')).toEqual([
      ['Narratrice', false, 'jaune', 'text'],
      ['Client', false, 'bleu', 'text'],
      ['Conseillère', false, 'vert', 'text'],
    ]);
    // ("sans trame = non enregistré" names no colour: a note, no entry.)
    expect(kinds('Légende : Narratrice = jaune pâle, Client = bleu pâle, Conseillère = vert pâle (trame de cellule) ; sans trame = non enregistré')?.map((e) => e[3])).toEqual([
      'background',
      'background',
      'background',
    ]);
    // An entry saying its own kind keeps it.
    expect(kinds('Key: Narrator = blue text, Coach = yellow (highlight)')).toEqual([
      ['Narrator', false, 'blue text', 'text'],
      ['Coach', false, 'yellow', 'background'],
    ]);
  });

  it('leaves out a closing remark naming no colour, but not one naming a colour or an entry', () => {
    expect(kinds('Key: Narrator = pale yellow, Learner = pale blue, Coach = pale green (v2, see notes)')).toEqual([
      ['Narrator', false, 'pale yellow', null],
      ['Learner', false, 'pale blue', null],
      ['Coach', false, 'pale green', null],
    ]);
    expect(kinds('Key: Narrator = yellow, Coach = green (and blue)')).toBeNull();
    expect(kinds('Key: Narrator = yellow, Coach = green (Guest = red)')).toBeNull();
    // A sentence with brackets is no legend.
    expect(kinds('Welcome to the course (module two)')).toBeNull();
  });
});
