/**
 * `init` on an agency's radio scripts (tests/fixtures/exports, scripts/build-export-fixtures.py): each
 * spot opens with a header block (`CLIENT:`, `TITLE:`, `LENGTH: :30`, `ISCI:`, `MEDIUM:`) above the
 * speakers' labels. The block's fields the sections code knows (sections.ts AGENCY_FIELDS, the labels'
 * FIELDS) are no voices: left out of the config (commented out, said), as TITLE and LENGTH always were,
 * so the outputs count the spots' words only. A `CLIENT:` who speaks below the block (a bank's
 * customer) stays a voice. Before: CLIENT, ISCI and MEDIUM were proposed as voices, and the script
 * recorded 83 words (112 spoken), spot "Garden" 27.6 s of 30.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** `init` on a fixture copied into a folder of its own: its output, the config's voice lines, the folder. */
function init(name: string) {
  const dir = mkdtempSync(join(tmpdir(), 'vo-fields-'));
  made.push(dir);
  copyFileSync(join(ROOT, 'tests/fixtures/exports', name), join(dir, name));
  const text = runCli(['init', name], dir);
  expect(text.code).toBe(0);
  const config = readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8');
  const json = runCli(['init', name, '--json', '--force'], dir);
  expect(json.code).toBe(0);
  return { dir, text, json: JSON.parse(json.stdout) as { voices: { name: string; words: number; lines: number }[]; directions: string[]; headerFields?: string[] }, voices: config.split('\n').filter((l) => /^ {2}#? ?\S+: \{/u.test(l)) };
}

describe('init: the fields of a spot’s header block are no voices', () => {
  for (const name of ['acme-radio.docx', 'acme-radio.pdf']) {
    it(`${name}: WOMAN, MAN and ANNCR are the voices; CLIENT, ISCI and MEDIUM are left out as the header blocks' fields (built CLI)`, () => {
      const { dir, text, json, voices } = init(name);
      expect(text.stdout.split('\n')[0]).toBe(
        "Wrote vo-lines.config.yaml (3 voices, one per speaker label: WOMAN, MAN and ANNCR; SFX and MUSIC left out as directions; CLIENT, ISCI and MEDIUM left out as fields of the spots' header blocks; text without a label taken as not recorded).",
      );
      expect(voices).toEqual([
        '  WOMAN: { label: "WOMAN" }   # 11 words, 2 lines',
        '  MAN: { label: "MAN" }   # 15 words, 2 lines',
        '  ANNCR: { label: "ANNCR" }   # 49 words, 4 lines',
        '  # SFX: { label: "SFX" }   # 7 words, 2 paragraphs: a direction or a note, not a voice? If it is read, uncomment this line',
        '  # MUSIC: { label: "MUSIC" }   # 4 words, 2 paragraphs: a direction or a note, not a voice? If it is read, uncomment this line',
        "  # CLIENT: { label: \"CLIENT\" }   # 4 words, 2 paragraphs, each a field of a spot's header block (CLIENT: Acme Hardware), not a voice",
        "  # ISCI: { label: \"ISCI\" }   # 2 words, 2 paragraphs, each a field of a spot's header block (ISCI: ACME0001H), not a voice",
        "  # MEDIUM: { label: \"MEDIUM\" }   # 2 words, 2 paragraphs, each a field of a spot's header block (MEDIUM: Radio), not a voice",
      ]);
      expect(json.voices.map((v) => [v.name, v.words, v.lines])).toEqual([
        ['WOMAN', 11, 2],
        ['MAN', 15, 2],
        ['ANNCR', 49, 4],
      ]);
      expect(json.directions).toEqual(['SFX', 'MUSIC']);
      expect(json.headerFields).toEqual(['CLIENT', 'ISCI', 'MEDIUM']);
      // What the config counts: the spots' words only, spot "Garden" 23.2 s of its 30.
      const summary = JSON.parse(runCli(['summary', name, '--json'], dir).stdout) as { recorded: { words: number; spokenWords: number }; sections: { title: string; seconds: number; targetSeconds: number }[] };
      expect([summary.recorded.words, summary.recorded.spokenWords]).toEqual([75, 92]); // `Offer ends 4/30` said April thirtieth (was four out of thirty)
      expect(summary.sections.map((s) => [s.title, s.seconds, s.targetSeconds])).toEqual([
        ['Garden', 23.2, 30],
        ['Kitchen', 13.6, 30],
      ]);
    });
  }

  it('client-speaks.docx: the CLIENT who speaks below the block stays a voice; ISCI, beside LENGTH, is left out (built CLI)', () => {
    const { text, json, voices } = init('client-speaks.docx');
    expect(text.stdout.split('\n')[0]).toBe("Wrote vo-lines.config.yaml (3 voices, one per speaker label: CLIENT, TELLER and ANNCR; ISCI left out as a field of the spots' header blocks; text without a label taken as not recorded).");
    expect(voices).toEqual([
      '  CLIENT: { label: "CLIENT" }   # 15 words, 3 lines',
      '  TELLER: { label: "TELLER" }   # 6 words, 1 line',
      '  ANNCR: { label: "ANNCR" }   # 8 words, 1 line',
      "  # ISCI: { label: \"ISCI\" }   # 1 word, 1 paragraph, a field of a spot's header block (ISCI: FNWK0007H), not a voice",
    ]);
    expect(json.headerFields).toEqual(['ISCI']);
  });
});
