/**
 * `colors` and the bare `vo-lines FILE` listing leave a legend's paragraphs out, as every line list does
 * ("a legend is never a line"): its swatches are no text of the script. A legend that was not used is
 * said beside the colours (`legend-rejected`), in `colors` too, which before listed the legend's words
 * under its colours (black 27 words in 5 lines where the script has 17 in 4) and said nothing of it.
 * Fixtures: tests/fixtures/legends (scripts/build-legend-fixtures.mjs). Outputs asserted exactly.
 */
import { mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

const LEGENDS = join(ROOT, 'tests', 'fixtures', 'legends');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A folder of its own holding a copy of the fixture (no config beside it), and the copy's name. */
function alone(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vo-colours-legend-'));
  dirs.push(dir);
  copyFileSync(join(LEGENDS, name), join(dir, name));
  return dir;
}

const REJECTED =
  '  ! The legend at ¶4 ("Key: Narrator = blue; Coach = blue; Student = green; black = not recorded") was not used: Narrator and Coach are both "blue". It is left out of the lines, and the voices are shown as the colours found instead: check the legend, or name the voices in a config (vo-lines init writes one). [¶4]';

describe('colors beside a legend', () => {
  it('a legend not used: its paragraph is not counted, and colors says it was not used', () => {
    const dir = alone('rejected-duplicated-colour.docx');
    const { code, stdout } = runCli(['colors', 'rejected-duplicated-colour.docx'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'rejected-duplicated-colour.docx (DOCX) · 89 words',
        '',
        'Text colours:',
        '  Colour             Words  Lines  First words',
        '  #1F4E79 dark blue     30      2  "Hello and welcome! I am Priya from the …"',
        '  #0070C0 blue          27      2  "Welcome to Larkspur Hotels. This short module walks …"',
        '  #000000 black         17      4  "Onboarding: Your First Week"',
        '  #00B050 green         15      1  "Hi Priya. I have to admit I am …"',
        '',
        'Background colours (highlight or shading): none',
        '',
        'Warnings (1):',
        REJECTED,
        '',
      ].join('\n'),
    );
    // The bare listing counts the same.
    const bare = runCli(['rejected-duplicated-colour.docx'], dir).stdout;
    expect(bare).toContain('  #000000 black         17      4  "Onboarding: Your First Week"\n');
    expect(bare).toContain(`Warnings (1):\n${REJECTED}\n`);
    const json = JSON.parse(runCli(['colors', 'rejected-duplicated-colour.docx', '--json'], dir).stdout) as { totalWords: number; text: { hex: string; words: number; lineCount: number }[]; warnings: { code: string }[] };
    expect(json.totalWords).toBe(89);
    expect(json.text.map((u) => [u.hex, u.words, u.lineCount])).toEqual([['#1F4E79', 30, 2], ['#0070C0', 27, 2], ['#000000', 17, 4], ['#00B050', 15, 1]]);
    expect(json.warnings.map((w) => w.code)).toEqual(['legend-rejected']);
  });

  it('a legend used: its swatches are not the first words of its colours', () => {
    const dir = alone('en-podcast-cast-highlights.docx');
    const json = JSON.parse(runCli(['colors', 'en-podcast-cast-highlights.docx', '--json'], dir).stdout) as { totalWords: number; background: { hex: string; words: number; lineCount: number; sample: string }[]; warnings: unknown[] };
    expect(json.totalWords).toBe(304);
    expect(json.background.map((u) => [u.hex, u.words, u.lineCount, u.sample])).toEqual([
      ['#FFFF00', 119, 7, 'There is a moment, just after the crust …'],
      ['#00FFFF', 99, 4, 'Thank you. I should say the starter keeps …'],
      ['#00FF00', 31, 3, 'The Long Table. Stories from the people who …'],
    ]);
    expect(json.warnings).toEqual([]);
  });
});
