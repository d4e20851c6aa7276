/**
 * A short labelled script (a radio spot): one voice recurs, the characters speak once each. The
 * fixtures are tests/fixtures/labels/spot-short-fr and notes-one-name-en (scripts/build-label-fixtures.py:
 * python-docx, LibreOffice for the PDFs).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findSpeakerLabels } from '../src/attribute/speaker-labels.js';
import { readScriptBytes } from '../src/readers/index.js';
import { blackScript, labelsOf } from './helpers/black-script.js';
import { runCli } from './helpers/cli.js';

const fixtures = join(import.meta.dirname, 'fixtures', 'labels');
const dir = mkdtempSync(join(tmpdir(), 'vo-lines-short-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a short script with one recurring speaker', () => {
  it('a voice-over twice and two characters once each, after it: the labels are the voices', () => {
    const s = blackScript(
      'Spot radio – Fromagerie Dubois – 20 s',
      'MUSIQUE\u00A0: guitare légère',
      'VOIX OFF\u00A0: Chez Dubois, le comté a dix-huit mois.',
      'COMÉDIENNE 1\u00A0: Un beau morceau de comté, s’il vous plaît\u00A0!',
      'COMÉDIEN 2\u00A0: Et pour moi, le chèvre frais.',
      'VOIX OFF\u00A0: Fromagerie Dubois, place du marché.',
      'BRUITAGE\u00A0: la clochette de la porte',
    );
    expect(labelsOf(s)).toEqual([
      ['VOIX OFF', 2, 12, false],
      ['COMÉDIENNE 1', 1, 8, false],
      ['COMÉDIEN 2', 1, 6, false],
      ['MUSIQUE', 1, 2, true],
      ['BRUITAGE', 1, 5, true],
    ]);
    expect(findSpeakerLabels(s)).toMatchObject({ labelled: 6, body: 7 });
  });

  it('not with one other speaker only, nor when the labelled lines are less than half of the body, nor from speakers before the recurring one', () => {
    // One recurring voice and one other: no dialogue to tell.
    expect(labelsOf(blackScript('VOIX OFF : Bonjour à tous.', 'CLIENTE : Une baguette.', 'VOIX OFF : Merci.'))).toBeNull();
    // Meeting notes: names open lines, but plain paragraphs are most of it.
    expect(
      labelsOf(blackScript('Notes', 'We met on Monday.', 'Anna: approved.', 'The studio is booked.', 'Ben: signed.', 'We need the logo.', 'Anna: shorter ending.', 'Carl: subtitles next week.', 'We meet on Friday.')),
    ).toBeNull();
    // Names used once above the recurring one are fields, not speakers.
    expect(labelsOf(blackScript('Client: Dubois', 'Agency: Lumen', 'NARRATOR: One.', 'NARRATOR: Two.'))).toBeNull();
  });

  it.each(['spot-short-fr.docx', 'spot-short-fr.pdf'])('%s: init proposes the three voices; the summary counts them', async (file) => {
    const s = await readScriptBytes(new Uint8Array(readFileSync(join(fixtures, file))), file);
    expect(labelsOf(s)).toEqual([
      ['VOIX OFF', 2, 16, false],
      ['COMÉDIENNE 1', 1, 8, false],
      ['COMÉDIEN 2', 1, 6, false],
      ['MUSIQUE', 1, 2, true],
      ['BRUITAGE', 1, 5, true],
    ]);
    const folder = mkdtempSync(join(dir, 'spot-'));
    copyFileSync(join(fixtures, file), join(folder, file));
    const init = runCli(['init', file], folder);
    expect(init.code).toBe(0);
    expect(init.stdout.split('\n')[0]).toBe(
      'Wrote vo-lines.config.yaml (3 voices, one per speaker label: VOIX OFF, COMÉDIENNE 1 and COMÉDIEN 2; MUSIQUE and BRUITAGE left out as directions; text without a label taken as not recorded).',
    );
    const summary = JSON.parse(runCli(['summary', file, '--json'], folder).stdout) as { voices: { name: string; words: number; lineCount: number }[] };
    expect(summary.voices.map((v) => [v.name, v.lineCount, v.words])).toEqual([
      ['VOIX OFF', 2, 16],
      ['COMÉDIENNE 1', 1, 8],
      ['COMÉDIEN 2', 1, 6],
    ]);
  });

  it.each(['notes-one-name-en.docx', 'notes-one-name-en.pdf'])('%s: meeting notes with one recurring name are no labelled script', async (file) => {
    const s = await readScriptBytes(new Uint8Array(readFileSync(join(fixtures, file))), file);
    expect(labelsOf(s)).toBeNull();
  });
});
