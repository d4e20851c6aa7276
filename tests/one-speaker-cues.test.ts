/**
 * One recurring speaker with cue labels each used once (attribute/speaker-labels.ts chooseLabels): an
 * AV or radio script where `NARRATOR:` opens three lines and `MUSIC:` and `SFX:` one each, under a
 * title. Before, no label was offered (one speaker, no cue recurring, no second speaker): `init` wrote
 * `black: 39 words` and the narrator's count held the cues and the title. Now the labels tell the
 * script: NARRATOR is the voice (23 words, its label left out), the cues and the title are nobody's.
 * Fixtures: tests/fixtures/av-columns/en-av-two-columns.* (scripts/build-av-fixtures.py) and
 * tests/fixtures/labels/one-speaker-cues-en.* (scripts/build-label-fixtures.py), each DOCX with its
 * LibreOffice PDF.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blackScript, labelsOf } from './helpers/black-script.js';
import { ROOT, runCli } from './helpers/cli.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** `init` then `lines` in a folder of its own, on a copy of the fixture. */
function initThenLines(fixture: string): { said: string; voices: string[]; lines: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'vo-cues-'));
  made.push(dir);
  const name = fixture.replace(/^.*\./u, 'script.');
  copyFileSync(join(ROOT, 'tests', 'fixtures', fixture), join(dir, name));
  const init = runCli(['init', name], dir);
  expect(init.code).toBe(0);
  const config = readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8');
  const lines = runCli(['lines', name], dir);
  expect(lines.code).toBe(0);
  return {
    said: init.stdout.split('\n')[0]!,
    voices: config.split('\n').filter((line) => /^ {2}#? ?[A-Z]+: \{/u.test(line)),
    lines: lines.stdout.split('\n').filter((line) => /^(NARRATOR|Unassigned|To record)/u.test(line) || /^ {2}(p\.1 )?¶/u.test(line)).map((line) => line.replace(/ +/gu, ' ')),
  };
}

const SAID = 'Wrote vo-lines.config.yaml (1 voice, one per speaker label: NARRATOR; MUSIC and SFX left out as directions; text without a label taken as not recorded).';

describe('one speaker and cues used once: told by labels', () => {
  it.each(['docx', 'pdf'])('av-columns/en-av-two-columns.%s: init proposes NARRATOR (23 words), the cues left out (built CLI)', (ext) => {
    const { said, voices, lines } = initThenLines(`av-columns/en-av-two-columns.${ext}`);
    expect(said).toBe(SAID);
    expect(voices).toEqual([
      '  NARRATOR: { label: "NARRATOR" }   # 23 words, 3 lines',
      '  # MUSIC: { label: "MUSIC" }   # 3 words, 1 paragraph: a direction or a note, not a voice? If it is read, uncomment this line',
      '  # SFX: { label: "SFX" }   # 4 words, 1 paragraph: a direction or a note, not a voice? If it is read, uncomment this line',
    ]);
    const at = ext === 'pdf' ? 'p.1 ' : '';
    expect(lines).toEqual([
      'To record: 23 words, about 0:09',
      'NARRATOR ("NARRATOR:"): 3 lines, 23 words, about 0:09 at 150 wpm',
      ` ${at}¶6 (table 1, row 2, col 2) 9 words Every shift starts the same way: with a check.`,
      ` ${at}¶8 (table 1, row 3, col 2) 8 words Brakes, lights, horn. Thirty seconds that save lives.`,
      ` ${at}¶11 (table 1, row 4, col 2) 6 words Safe Shifts. Check first, drive second.`,
      'Unassigned: 8 lines, 40 words (list them with --voice unassigned)',
    ]);
  });

  it.each(['docx', 'pdf'])('labels/one-speaker-cues-en.%s: a radio spot of one narrator, MUSIC and SFX once each (built CLI)', (ext) => {
    const { said, voices, lines } = initThenLines(`labels/one-speaker-cues-en.${ext}`);
    expect(said).toBe(SAID);
    expect(voices[0]).toBe('  NARRATOR: { label: "NARRATOR" }   # 17 words, 3 lines');
    const at = ext === 'pdf' ? 'p.1 ' : '';
    expect(lines).toEqual([
      'To record: 17 words, about 0:07',
      'NARRATOR ("NARRATOR:"): 3 lines, 17 words, about 0:07 at 150 wpm',
      ` ${at}¶3 8 words Fresh bread every morning at the Harbour Bakery.`,
      ` ${at}¶5 4 words Warm croissants from seven.`,
      ` ${at}¶6 5 words Harbour Bakery, on the quay.`,
      'Unassigned: 3 lines, 15 words (list them with --voice unassigned)',
    ]);
  });

  it('with no config the default command says the lines open with a speaker label (built CLI)', () => {
    const run = runCli(['tests/fixtures/labels/one-speaker-cues-en.docx', '--no-config']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('no colour coding to read, but the lines open with speaker labels (NARRATOR).');
  });

  it('controls: one cue line alone, or cues on less than half the body, tell nothing', () => {
    expect(labelsOf(blackScript('Title', 'NARRATOR: One.', 'SFX: a click.', 'NARRATOR: Two.', 'NARRATOR: Three.'))).toBeNull();
    const prose = ['One paragraph of prose.', 'Another paragraph of prose.', 'A third one.', 'A fourth one.', 'A fifth one.'];
    expect(labelsOf(blackScript(...prose, 'NARRATOR: One.', 'MUSIC: piano.', 'NARRATOR: Two.', 'SFX: a click.', ...prose))).toBeNull();
    expect(labelsOf(blackScript('Title', 'MUSIC: piano.', 'NARRATOR: One.', 'SFX: a click.', 'NARRATOR: Two.'))).toEqual([
      ['NARRATOR', 2, 2, false],
      ['MUSIC', 1, 1, true],
      ['SFX', 1, 2, true],
    ]);
  });
});
