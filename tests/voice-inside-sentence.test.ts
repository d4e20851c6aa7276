/**
 * A word or two in another voice's colour inside a sentence (attribute/inside-sentence.ts): counted by
 * its colour, and said (`voice-inside-sentence`). Fixtures: tests/fixtures/emphasis/ (built by
 * scripts/build-emphasis-fixtures.py: python-docx, and LibreOffice for the PDFs).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { castByColour } from '../src/attribute/cast.js';
import type { Paragraph, Run, Script } from '../src/model.js';
import { runCli } from './helpers/cli.js';

const DIR = join(__dirname, 'fixtures', 'emphasis');

interface JsonReport {
  voices: { name: string; lines: { text: string; words: number; location: { paragraph: number } }[] }[];
  unassigned: { lines: { text: string; words: number; location: { paragraph: number } }[] } | null;
  warnings: { code: string; message: string; details?: unknown; location?: { paragraph: number } }[];
}
const report = (args: string[]): JsonReport => {
  const result = runCli(['lines', '--json', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as JsonReport;
};
const inside = (r: JsonReport) => r.warnings.filter((w) => w.code === 'voice-inside-sentence');

const dir = mkdtempSync(join(tmpdir(), 'vo-lines-inside-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a word or two in another colour inside a sentence', () => {
  it.each(['emphasis-en.docx', 'emphasis-en.pdf'])('%s: counted by its colour and said, with the sentence around it; an interjection set off by dashes and a sentence closing the paragraph are not; six words inside blue\'s sentence are, as a voice inside another\'s sentence', (file) => {
    const r = report([join(DIR, file), '--no-config']);
    // Counted as the colours say: the emphasis is red's, the two black words black's.
    expect(r.voices.map((v) => [v.name, v.lines.map((l) => [l.location.paragraph, l.text])])).toEqual([
      ['#0070C0 blue', [
        [1, 'Welcome to the training. When the alarm sounds, press the'],
        [1, 'button and leave the room calmly.'],
        [3, 'Remember: never use the'],
        [3, 'a fire alarm, whatever the floor.'],
        [4, 'I think we should wait here for the others —'],
        [4, '— or maybe we should not.'],
        [5, 'The stairs are on your left.'],
        [6, 'Walk to the'],
        [6, 'of the corridor.'],
        [7, 'Close the windows,'],
        [7, 'then the doors behind you.'],
      ]],
      ['#C00000 red', [[1, 'red'], [2, 'Thanks! I always wondered what that button was for.'], [4, 'No!'], [5, 'Got it, stairs only.'], [6, 'big green door at the end'], [7, 'and']]],
      ['#000000 black', [[3, 'lift during']]],
    ]);
    expect(inside(r).map((w) => [w.location?.paragraph, w.details])).toEqual([
      [1, { text: 'red', words: 1, voice: '#C00000 red', around: '#0070C0 blue', sentence: '…the alarm sounds, press the red button and leave the room…' }],
      [3, { text: 'lift during', words: 2, voice: '#000000 black', around: '#0070C0 blue', sentence: 'Remember: never use the lift during a fire alarm, whatever the…' }],
      // Six words between two of blue's, with no sentence end: no emphasis, but a voice inside blue's sentence.
      [6, { text: 'big green door at the end', words: 6, voice: '#C00000 red', around: '#0070C0 blue', sentence: 'Walk to the big green door at the end of the corridor.', where: 'middle' }],
      [7, { text: 'and', words: 1, voice: '#C00000 red', around: '#0070C0 blue', sentence: 'Close the windows, and then the doors behind you.' }],
    ]);
    expect(inside(r)[0]!.message).toBe(
      '"red" (1 word), in #C00000 red’s colour, stands inside a sentence of #0070C0 blue ("…the alarm sounds, press the red button and leave the room…"): it is counted for #C00000 red, as its colour says, but a word or two in another colour in the middle of a sentence is often emphasis. Check whose words they are; if it is #0070C0 blue’s, give it #0070C0 blue’s colour in the script.',
    );
  });

  it('with a config: voices by name; words in no voice’s colour inside a voice’s sentence are said as unassigned', () => {
    const config = join(dir, 'voices.yaml');
    writeFileSync(config, 'voices:\n  Narrator: { color: "#0070C0" }\n  Learner: { color: "#C00000" }\nunassigned: ["#000000"]\n');
    const r = report([join(DIR, 'emphasis-en.docx'), '--config', config]);
    expect(inside(r).map((w) => w.message)).toEqual([
      '"red" (1 word), in Learner’s colour, stands inside a sentence of Narrator ("…the alarm sounds, press the red button and leave the room…"): it is counted for Learner, as its colour says, but a word or two in another colour in the middle of a sentence is often emphasis. Check whose words they are; if it is Narrator’s, give it Narrator’s colour in the script.',
      '"lift during" (2 words), in no voice’s colour, stands inside a sentence of Narrator ("Remember: never use the lift during a fire alarm, whatever…"): it is counted as unassigned text, as its colour says, but a word or two in another colour in the middle of a sentence is often emphasis. Check whose words they are; if it is Narrator’s, give it Narrator’s colour in the script.',
      '"big green door at the end" (6 words), in Learner’s colour, stands inside a sentence of Narrator ("Walk to the big green door at the end of the corridor."), with no sentence end between them: it is counted for Learner, as its colour says, but one sentence is seldom said by two voices. Check whose words they are; if it is Narrator’s, give it Narrator’s colour in the script.',
      '"and" (1 word), in Learner’s colour, stands inside a sentence of Narrator ("Close the windows, and then the doors behind you."): it is counted for Learner, as its colour says, but a word or two in another colour in the middle of a sentence is often emphasis. Check whose words they are; if it is Narrator’s, give it Narrator’s colour in the script.',
    ]);
    expect(r.unassigned?.lines.map((l) => [l.location.paragraph, l.text, l.words])).toEqual([[3, 'lift during', 2]]);
    const text = runCli(['summary', join(DIR, 'emphasis-en.docx'), '--config', config]).stdout;
    expect(text).toContain('[¶3]\n');
  });

  it('French: the PDF says what the DOCX says', () => {
    for (const file of ['emphasis-fr.docx', 'emphasis-fr.pdf']) {
      expect(inside(report([join(DIR, file), '--no-config'])).map((w) => w.details)).toEqual([
        { text: 'rouge', words: 1, voice: '#C00000 red', around: '#0070C0 blue', sentence: '…sonne, appuyez sur le bouton rouge puis sortez dans le calme.' },
      ]);
    }
  });
});

const BLUE = '#0070C0';
const RED = '#C00000';
const run = (text: string, color: string): Run => ({ text, color, background: null });
const paragraph = (n: number, ...runs: Run[]): Paragraph => ({ runs, location: { story: 'body', paragraph: n } });
const script = (...paragraphs: Paragraph[]): Script => ({ file: 't.docx', format: 'docx', paragraphs, warnings: [], facts: { trackedChanges: false } });
const said = (s: Script) => castByColour(s).warnings.filter((w) => w.code === 'voice-inside-sentence');

describe('what stands inside a sentence (inside-sentence.ts)', () => {
  it('as emphasis: not where the sentence ends, pauses on a colon, dash, bracket or quote, nor beside another voice, nor with more than four words (a comma does not end it); those are said as a sentence opened, or gone on with, by another voice, but not after a bracket or quote', () => {
    const s = script(
      paragraph(1, run('It is late. ', BLUE), run('Hurry', RED), run(' up, we go.', BLUE)),
      paragraph(2, run('Say it: ', BLUE), run('now', RED), run(' and loud.', BLUE)),
      paragraph(3, run('Take the (', BLUE), run('left', RED), run(') door.', BLUE)),
      paragraph(4, run('Take the “', BLUE), run('left', RED), run('” door.', BLUE)),
      paragraph(5, run('Take the ', BLUE), run('left', RED), run(' door.', '#00B050')),
      paragraph(6, run('Take the ', BLUE), run('first door on the left', RED), run(' please.', BLUE)),
      paragraph(7, run('Take, ', BLUE), run('slowly', RED), run(', the stairs.', BLUE)),
      paragraph(8, run('Take the ', BLUE), run('very last door', RED), run(' please.', BLUE)),
    );
    const where = (w: { details?: unknown }) => (w.details as { where?: string }).where ?? 'inside';
    expect(said(s).map((w) => [w.location?.paragraph, (w.details as { text: string }).text, where(w)])).toEqual([
      [1, 'Hurry', 'start'],
      [2, 'now', 'start'],
      [5, 'left', 'middle'],
      [6, 'first door on the left', 'middle'],
      [7, 'slowly', 'inside'],
      [8, 'very last door', 'inside'],
    ]);
  });

  it('a change of voice before a capital is a missing full stop, not said; a short tail ending the sentence is', () => {
    const s = script(
      paragraph(1, run('Welcome to the course', BLUE), run('Today we will look at the stairs.', RED)),
      paragraph(2, run('Et la deuxième', BLUE), run(' règle ?', RED)),
      paragraph(3, run('Thanks, ', BLUE), run('Marie.', RED)),
      paragraph(4, run('Thanks.', BLUE), run(' Marie.', RED)),
    );
    expect(said(s).map((w) => [w.location?.paragraph, (w.details as { text: string }).text, (w.details as { where?: string }).where])).toEqual([
      [2, 'règle ?', 'end'],
      [3, 'Marie.', 'end'],
    ]);
  });

  it('an abbreviation’s full stop ends no sentence (text/sentences.ts): a name in another colour after “Dr.”, “M.” or “e.g.” is inside one; after “etc.” before a capital it is not (it opens one)', () => {
    const s = script(
      paragraph(1, run('Ask Dr. ', BLUE), run('Martin', RED), run(' about it.', BLUE)),
      paragraph(2, run('Demandez à M. ', BLUE), run('Dupont', RED), run(' de venir.', BLUE)),
      paragraph(3, run('Bring something, e.g. ', BLUE), run('a scarf', RED), run(', to the shoot.', BLUE)),
      paragraph(4, run('Apples, pears, etc. ', BLUE), run('Hurry', RED), run(' up, we go.', BLUE)),
      paragraph(5, run('Turn to p. ', BLUE), run('12', RED), run(' and read.', BLUE)),
    );
    expect(said(s).map((w) => [w.location?.paragraph, (w.details as { text: string }).text])).toEqual([
      [1, 'Martin'],
      [2, 'Dupont'],
      [3, 'a scarf'],
      // "Hurry" opens the sentence "up, we go." goes on with: a sentence of two voices, said as one opened by another voice.
      [4, 'Hurry'],
      [5, '12'],
    ]);
  });

  it('twenty said one by one, the rest in one more warning naming where the first of them is', () => {
    const paragraphs = Array.from({ length: 23 }, (_, i) => paragraph(i + 1, run('Press the ', BLUE), run('red', RED), run(' button.', BLUE)));
    const found = said(script(...paragraphs));
    expect(found).toHaveLength(21);
    expect(found[20]).toEqual({
      code: 'voice-inside-sentence',
      message: '3 more stretches of a few words (3 words) stand in another voice’s colour inside a sentence, each counted by its colour: check them in the script too (the first is at ¶21).',
      details: { more: 3, words: 3 },
    });
  });
});
