/**
 * A speaker's label standing alone in a voice's colour (`SAM:` in the narrator's plain black) right before
 * another voice's line: no one's line, shown with the line it names and not counted (labels-alone.ts),
 * said by `labels-alone`. A capitalised word alone once (`Remember:`, `Rappel :`) stays its voice's line.
 * Fixtures: scripts/build-label-alone-fixtures.py (the DOCX and LibreOffice's PDF of each): the PDF gives
 * the DOCX's counts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

const fixtures = join(ROOT, 'tests', 'fixtures', 'label-alone');

interface JsonLine {
  text: string;
  label?: string;
  words: number;
  spokenWords: number;
}
interface JsonReport {
  voices: { name: string; lines: JsonLine[] }[];
  unassigned: { lines: JsonLine[] };
  warnings: { code: string; message: string; details?: Record<string, unknown> }[];
}
interface JsonSummary {
  voices: { name: string; lineCount: number; words: number; spokenWords: number; characters: number }[];
}

function lines(file: string): JsonReport {
  const result = runCli(['lines', file, '--no-config', '--json'], fixtures);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as JsonReport;
}

/** Each voice's lines, words, spoken words and characters. */
function summary(file: string): [string, number, number, number, number][] {
  const result = runCli(['summary', file, '--no-config', '--json'], fixtures);
  expect(result.code, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as JsonSummary).voices.map((v) => [v.name, v.lineCount, v.words, v.spokenWords, v.characters]);
}

const labelled = (report: JsonReport) => report.voices.flatMap((v) => v.lines.filter((l) => l.label !== undefined).map((l) => [v.name, l.text, l.label, l.words, l.spokenWords]));
const alone = (report: JsonReport) => report.warnings.filter((w) => w.code === 'labels-alone');
const place = (paragraph: number, pdf: boolean) => (pdf ? { story: 'body', paragraph, page: 1 } : { story: 'body', paragraph });

describe('a speaker’s label alone in a voice’s colour before another voice’s line', () => {
  it.each(['blacknarr-en.docx', 'blacknarr-en.pdf'])('%s: "SAM: " in the narrator’s black opening the learner’s blue line is no narrator’s line', (file) => {
    const pdf = file.endsWith('.pdf');
    // Before: Narrator 13 lines, 143 words, 150 spoken ("SAM:" one word, three spoken as an acronym), 810 characters.
    expect(summary(file)).toEqual([
      ['Narrator', 12, 142, 147, 806],
      ['Learner', 9, 76, 76, 387],
      ['Coach', 11, 136, 136, 710],
    ]);
    const report = lines(file);
    expect(report.voices[0]!.lines.some((l) => l.text.startsWith('SAM'))).toBe(false);
    // "Remember: (pause) if in doubt, report it." stays the narrator's, all of it counted.
    expect(report.voices[0]!.lines.find((l) => l.text.startsWith('Remember'))).toMatchObject({ text: 'Remember: (pause) if in doubt, report it.', words: 7 });
    expect(labelled(report)).toEqual([['Learner', 'SAM: Eye contact — got it.', 'SAM: ', 4, 4]]);
    expect(alone(report).map((w) => [w.message, w.details])).toEqual([
      [
        `1 speaker's name stands alone in a voice's colour before another voice's line ("SAM:", at ${pdf ? 'p.1 ' : ''}¶19): it names who says the line after it, and is shown with that line, not counted as words said (1 word left out of Narrator's count). If it is read aloud, type it without its colon.`,
        { names: ['SAM'], written: ['SAM:'], lines: 1, words: 1, voices: [{ voice: 'Narrator', lines: 1, words: 1 }], locations: [place(19, pdf)] },
      ],
    ]);
  });

  it.each(['alone-en.docx', 'alone-en.pdf'])('%s: labels in paragraphs of their own: capitals, a voice’s name, a name used twice; "Remember:" stays a line', (file) => {
    const pdf = file.endsWith('.pdf');
    // Before: Narrator 9 lines, 35 words, 40 spoken, 219 characters.
    expect(summary(file)).toEqual([
      ['Narrator', 4, 30, 31, 195],
      ['Learner', 3, 24, 24, 122],
      ['Coach', 3, 34, 34, 189],
    ]);
    const report = lines(file);
    expect(report.voices[0]!.lines.map((l) => l.text)).toEqual([
      'Welcome to module two of the Northgate forklift safety course.',
      'Most of those injuries happen to pedestrians, not to drivers.',
      'Remember:',
      'This module was produced for Northgate Logistics, 2025 edition.',
    ]);
    expect(labelled(report)).toEqual([
      ['Learner', "SAM: Hi, I'm Sam. I started on the night shift last week.", 'SAM: ', 11, 11],
      ['Learner', 'SAM: So the yellow lines on the floor actually matter?', 'SAM: ', 9, 9],
      ['Learner', 'Sam: Eye contact — got it.', 'Sam: ', 4, 4],
      ['Coach', "PRIYA: And I'm Priya, your safety coach. Let's walk the floor together.", 'PRIYA: ', 11, 11],
      ['Coach', 'Coach: They do. Stay inside the walkway, even when the aisle looks empty.', 'Coach: ', 12, 12],
    ]);
    expect(alone(report).map((w) => w.details)).toEqual([
      {
        names: ['SAM', 'PRIYA', 'Coach', 'Sam'],
        written: ['SAM:', 'PRIYA:', 'Coach:', 'Sam:'],
        lines: 5,
        words: 5,
        voices: [{ voice: 'Narrator', lines: 5, words: 5 }],
        locations: [6, 8, 12, 14, 18].map((p) => place(p, pdf)),
      },
    ]);
  });

  it.each(['alone-fr.docx', 'alone-fr.pdf'])('%s: French labels (space before the colon) alone in black; "Rappel :" stays the narrator’s', (file) => {
    const pdf = file.endsWith('.pdf');
    // Before: Narratrice 5 lines, 31 words.
    expect(summary(file)).toEqual([
      ['Narratrice', 3, 28, 28, 165],
      ['Client', 2, 16, 16, 101],
      ['Conseillère', 1, 13, 16, 66],
    ]);
    const report = lines(file);
    expect(report.voices[0]!.lines.map((l) => l.text)).toContain('Rappel :');
    expect(labelled(report)).toEqual([
      ['Client', 'CLIENT : Dites, vous avez des tondeuses sans fil ?', 'CLIENT : ', 7, 7],
      ['Conseillère', 'LA CONSEILLÈRE : Bien sûr ! Et cette semaine, elles sont à -30 % sur tout le rayon.', 'LA CONSEILLÈRE : ', 13, 16],
    ]);
    expect(alone(report).map((w) => w.details)).toEqual([
      { names: ['CLIENT', 'LA CONSEILLÈRE'], written: ['CLIENT :', 'LA CONSEILLÈRE :'], lines: 2, words: 3, voices: [{ voice: 'Narratrice', lines: 2, words: 3 }], locations: [6, 8].map((p) => place(p, pdf)) },
    ]);
  });
});

describe('a legend saying directions in round brackets are not recorded', () => {
  it.each(['round-directions-en.docx', 'round-directions-en.pdf'])('%s: "(pause)" in the middle of the narrator’s line is not spoken', (file) => {
    const pdf = file.endsWith('.pdf');
    const report = lines(file);
    const remember = report.voices[0]!.lines.find((l) => l.text.startsWith('Remember'));
    // By default only a group in round brackets opening a line is a direction (README "Spoken words"): 7 spoken.
    expect(remember).toMatchObject({ text: 'Remember: (pause) if in doubt, report it.', words: 7, spokenWords: 6 });
    expect(report.warnings.filter((w) => w.code === 'legend-directions-applied').map((w) => [w.message, w.details])).toEqual([
      [
        `The legend at ${pdf ? 'p.1 ' : ''}¶3 says "Directions in (round brackets) are not recorded.": text in (parentheses) is left out of the voices' words: 1 word in them inside 1 voice's line is not spoken.`,
        { sentence: 'Directions in (round brackets) are not recorded.', brackets: ['()'], paragraphs: 0, paragraphWords: 0, voices: [], linesWithBrackets: 1, wordsInLines: 1 },
      ],
    ]);
    // The label alone is read as in blacknarr-en.
    expect(labelled(report)).toEqual([['Learner', 'SAM: Eye contact — got it.', 'SAM: ', 4, 4]]);
  });
});

describe('a capitalised word alone that the script does not show to be a name', () => {
  it.each(['unsure-en.docx', 'unsure-en.pdf'])('%s: "Conclusion:" once, before the coach’s line: counted, and said (name-or-word)', (file) => {
    const pdf = file.endsWith('.pdf');
    expect(summary(file)).toEqual([
      ['Narrator', 3, 20, 21, 136],
      ['Learner', 1, 11, 11, 52],
      ['Coach', 1, 10, 10, 57],
    ]);
    const report = lines(file);
    expect(labelled(report)).toEqual([]);
    expect(alone(report)).toEqual([]);
    expect(report.warnings.filter((w) => w.code === 'name-or-word').map((w) => [w.message, w.details])).toEqual([
      [
        `"Conclusion:", alone in "Narrator"'s colour before another voice's line (${pdf ? 'p.1 ' : ''}¶6), may be a speaker's name or words said: the script does not show which. Its 1 word is counted as said. If it is a name, not read aloud, type it in capitals or name the voice after it in the config or the legend.`,
        { names: ['Conclusion'], voices: ['Narrator'], lines: 1, words: 1, alone: true },
      ],
    ]);
  });

  it.each(['blacknarr-en.docx', 'alone-en.docx', 'alone-fr.docx', 'round-directions-en.docx'])('%s: no doubt said where the labels are names or the words are said', (file) => {
    expect(lines(file).warnings.filter((w) => w.code === 'name-or-word')).toEqual([]);
  });
});
