/**
 * Backgrounds under the lines of several text colours (attribute/fills-under-colours.ts): a page's
 * colour, a table whose every cell is shaded, a box around a passage tell no voice apart; with no
 * config the lines on them go by their text colour, `colors` says so, and the hint and `init` name the
 * text colours. A highlight that alone tells lines apart stays a voice; one that may be either is said.
 * Fixtures: tests/fixtures/fills-under-colours/ (scripts/build-fills-under-colours-fixtures.py).
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { castByColour } from '../src/attribute/cast.js';
import { fillsUnderColours } from '../src/attribute/fills-under-colours.js';
import { buildColourReport } from '../src/measure/colours.js';
import type { Hex, Paragraph, Script } from '../src/model.js';
import { readScript } from '../src/readers/index.js';
import { hints } from '../src/render/text.js';
import { runCli } from './helpers/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string) => join(root, 'tests', 'fixtures', 'fills-under-colours', name);

const BLACK = '#000000';
const RED = '#C00000';
const BLUE = '#0050A0';
const GREY = '#404040';
const YELLOW = '#FFFF00';

/** Paragraphs of runs `[text, colour, background]`, in the body. */
function script(paragraphs: [string, Hex, Hex | null][][]): Script {
  const list: Paragraph[] = paragraphs.map((runs, i) => ({ runs: runs.map(([text, color, background]) => ({ text, color, background })), location: { story: 'body', paragraph: i + 1 } }));
  return { file: 'script.docx', format: 'docx', paragraphs: list, warnings: [], facts: { trackedChanges: false } };
}

/** Lines and words per colour group. */
function groups(s: Script): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const line of castByColour(s).lines) {
    const key = line.voice ?? 'none';
    const [lines, words] = out[key] ?? [0, 0];
    out[key] = [lines + 1, words + line.words];
  }
  return out;
}

describe('fillsUnderColours', () => {
  it("a page's colour under a black title and a red and a dark blue voice (nothing off it): their text colours tell them apart", () => {
    const PAGE = '#FDF6E3';
    const s = script([
      [['Harbour tour, take two.', BLACK, PAGE]],
      [['Welcome aboard the morning cruise.', RED, PAGE]],
      [['Look left for the seals on the rocks.', BLUE, PAGE]],
      [['Mind your step on the gangway.', BLACK, YELLOW]],
      [['We return at noon.', RED, PAGE]],
    ]);
    expect([...fillsUnderColours(s).crossed]).toEqual([PAGE]);
    expect(groups(s)).toEqual({ '#000000 black': [1, 4], '#C00000 red': [2, 9], '#0050A0 dark blue': [1, 8], '#FFFF00 yellow background': [1, 6] });
    expect(castByColour(s).warnings.map((w) => w.code)).toEqual([]);
  });

  it("a page's colour under black narration and one red voice: black and red are two colours", () => {
    const PAGE = '#EAF2F8';
    const s = script([
      [['The ferry leaves the harbour at dawn.', BLACK, PAGE]],
      [['Is this the boat to the island?', RED, PAGE]],
      [['The gulls follow the wake.', BLACK, PAGE]],
    ]);
    expect(groups(s)).toEqual({ '#000000 black': [2, 12], '#C00000 red': [1, 7] });
  });

  it('a highlight voice over black text with red notes in it, beside black text with no highlight: the highlight is the voice, nothing said', () => {
    const s = script([
      [['The oak grows slowly in the north.', BLACK, null]],
      [['The genus is called ', BLACK, YELLOW], ['Quercus (KWER-kus)', RED, YELLOW], [' by botanists everywhere.', BLACK, YELLOW]],
      [['It lives for centuries.', BLACK, null]],
    ]);
    expect(fillsUnderColours(s)).toEqual({ crossed: new Set(), unsure: [] });
    expect(groups(s)).toEqual({ '#000000 black': [2, 11], '#FFFF00 yellow background': [1, 9] });
    expect(castByColour(s).warnings.map((w) => w.code)).toEqual([]);
  });

  it('a highlight over lines of the ordinary dark grey and of red and dark blue, all also found with no highlight: kept as a group, and said', () => {
    const s = script([
      [['The market opens before sunrise.', GREY, null]],
      [['Fresh bread, two for one.', RED, null]],
      [['I will take four of them.', BLUE, null]],
      [['The stalls fill up with early buyers.', GREY, YELLOW]],
      [['The cheese comes from the hills.', RED, YELLOW]],
      [['Then wrap a big piece for me.', BLUE, YELLOW]],
    ]);
    expect(fillsUnderColours(s).crossed.size).toBe(0);
    expect(groups(s)).toEqual({ '#404040 dark grey': [1, 5], '#C00000 red': [1, 5], '#0050A0 dark blue': [1, 6], '#FFFF00 yellow background': [3, 20] });
    const warnings = castByColour(s).warnings;
    expect(warnings.map((w) => [w.code, w.details])).toEqual([
      [
        'background-under-colours',
        {
          background: YELLOW,
          words: 20,
          colours: [
            { colour: GREY, words: 7 },
            { colour: RED, words: 6 },
            { colour: BLUE, words: 7 },
          ].sort((a, b) => b.words - a.words),
          setApart: 20,
        },
      ],
    ]);
    expect(warnings[0]!.message).toBe(
      '#FFFF00 yellow background lies under text of several colours (#404040 dark grey: 7 words, #0050A0 dark blue: 7 words, #C00000 red: 6 words), and all its 20 words are in colours also used off it: whether it marks a voice of its own or lies under several voices\' lines (a shaded table or box, marks over lines) cannot be told from the page. Its lines are counted as one group, "#FFFF00 yellow background". If the voices are told by their text colour, name them in a config with no highlight for this background (vo-lines init writes one to edit).',
    );
  });

  it('two highlight voices and no text without one, one of them with red directions: its black text is set apart by the other highlight, it stays a voice', () => {
    const GREEN = '#00FF00';
    const s = script([
      [['(whispering)', RED, YELLOW], [' Come closer, there is a secret here.', BLACK, YELLOW]],
      [['What secret do you mean?', BLACK, GREEN]],
      [['(louder)', RED, YELLOW], [' The one under the old stone.', BLACK, YELLOW]],
    ]);
    expect(fillsUnderColours(s)).toEqual({ crossed: new Set(), unsure: [] });
    expect(groups(s)).toEqual({ '#FFFF00 yellow background': [2, 15], '#00FF00 bright green background': [1, 5] });
  });

  it('the hint leaves out a text colour whose words all stand on a highlight, and counts a colour\'s words off highlights only', () => {
    const GREEN = '#00B050';
    const s = script([
      [['The oak grows slowly in the north.', BLACK, null]],
      [['The genus is called Quercus by botanists.', RED, YELLOW]],
      [['It lives for many centuries here.', GREEN, null]],
      [['Acorns feed the jays.', GREEN, YELLOW]],
    ]);
    const report = buildColourReport(s);
    expect(report.text.map((u) => [u.hex, u.words, u.onBackground ?? 0])).toEqual([
      [GREEN, 10, 4],
      [BLACK, 7, 0],
      [RED, 7, 7],
    ]);
    // A config from the hint: yellow takes the red words and green's four on it; green keeps six.
    expect(hints.noConfig('script.docx', report)).toBe(
      'Next: name the voices: vo-lines init script.docx writes a vo-lines.config.yaml beside the script, one voice per colour, to rename, e.g.\n  voices:\n    yellow highlight: { highlight: "#FFFF00" }   # 11 words: "The genus is called Quercus by botanists."\n    green:            { color: "#00B050" }   # 6 words: "It lives for many centuries here."\nthen run: vo-lines lines script.docx --voice "yellow highlight"',
    );
  });

  it('a box holding lines of two colours of one family (two reds a producer wrote apart) is one colour: no crossing', () => {
    const BOX = '#EEF4FF';
    const s = script([
      [['Scene one.', BLACK, null]],
      [['The lighthouse is two hundred years old.', RED, BOX]],
      [['Only on Sundays, they say.', '#C20202', BOX]],
    ]);
    expect(fillsUnderColours(s).crossed.size).toBe(0);
    expect(groups(s)).toEqual({ '#000000 black': [1, 2], '#EEF4FF pale blue background': [2, 12] });
  });
});

describe('scripts from Chromium and LibreOffice (tests/fixtures/fills-under-colours)', () => {
  const cases: [string, Record<string, [number, number]>][] = [
    ['page-colour-chromium.pdf', { '#000000 black': [1, 4], '#C00000 red': [2, 9], '#0050A0 dark blue': [1, 8], '#FFFF00 yellow background': [1, 6] }],
    ['page-colour-lo.pdf', { '#000000 black': [1, 4], '#C00000 red': [2, 9], '#0050A0 dark blue': [1, 8], '#FFFF00 yellow background': [1, 6] }],
    ['page-colour-lo.docx', { '#000000 black': [1, 4], '#C00000 red': [2, 9], '#0050A0 dark blue': [1, 8], '#FFFF00 yellow background': [1, 6] }],
    ['cells-box-chromium.pdf', { '#000000 black': [5, 7], '#C00000 red': [4, 19], '#0050A0 dark blue': [2, 14] }],
    ['shaded-cells-lo.docx', { '#000000 black': [4, 5], '#C00000 red': [2, 9], '#0050A0 dark blue': [1, 8] }],
    ['shaded-cells-lo.pdf', { '#000000 black': [4, 5], '#C00000 red': [2, 9], '#0050A0 dark blue': [1, 8] }],
    // A fill that alone tells one speaker's lines apart (black text throughout) stays that voice; the
    // speakers' names (HOST, GUEST, a column of names) are no words and no lines of their own (name-cells.ts).
    ['fill-column-lo.docx', { '#000000 black': [3, 14], '#FFF2CC pale yellow background': [2, 11] }],
    ['fill-column-lo.pdf', { '#000000 black': [3, 14], '#FFF2CC pale yellow background': [2, 11] }],
    // Highlight voices on a coloured page (`html { background }`): the page's colour is the page's
    // (facts.pageColour, as a DOCX's w:background), the narration's group its text's black (was
    // "#EAF2F8 pale blue background").
    ['page-highlights-chromium.pdf', { '#000000 black': [2, 12], '#FFFF00 yellow background': [2, 12], '#00FF00 bright green background': [1, 8] }],
    ['marks-over-voices-lo.docx', { '#000000 black': [2, 12], '#C00000 red': [2, 14], '#0050A0 dark blue': [2, 15], '#FFFF00 yellow background': [3, 24] }],
    ['marks-over-voices-lo.pdf', { '#000000 black': [2, 12], '#C00000 red': [2, 14], '#0050A0 dark blue': [2, 15], '#FFFF00 yellow background': [3, 24] }],
  ];
  for (const [name, expected] of cases) {
    it(`${name}: lines and words per colour group, with no config`, () => {
      const result = runCli(['lines', fixture(name), '--no-config', '--json']);
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout) as { voices: { name: string; lines: { words: number }[] }[]; warnings: { code: string }[] };
      const got: Record<string, [number, number]> = {};
      for (const voice of report.voices) got[voice.name] = [voice.lines.length, voice.lines.reduce((sum, l) => sum + l.words, 0)];
      expect(got).toEqual(expected);
      // Two colour groups on one background are not alike by it (no confusable-colours); marks over three colours are said.
      expect(report.warnings.map((w) => w.code)).toEqual(name.startsWith('marks-over-voices') ? ['background-under-colours'] : []);
    });
  }

  it('colors marks the backgrounds under several colours; a highlight voice stays listed plainly', async () => {
    const report = buildColourReport(await readScript(fixture('cells-box-chromium.pdf')));
    expect(report.background.map((u) => [u.hex, u.words, u.crossed ?? false])).toEqual([
      ['#F2F2F2', 20, true],
      ['#EEF4FF', 16, true],
    ]);
    // The page's colour (`html { background }`) is the page's, no background: as page-colour-lo.docx
    // and page-colour-lo.pdf list them (was ['#FDF6E3', 21, true] first).
    const page = buildColourReport(await readScript(fixture('page-colour-chromium.pdf')));
    expect(page.background.map((u) => [u.hex, u.words, u.crossed ?? false])).toEqual([
      ['#FFFF00', 6, false],
    ]);
  });

  for (const ext of ['docx', 'pdf']) {
    it(`shaded-cells-lo.${ext}: the hint names red and dark blue, init writes them, and a config from either finds their words`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'vo-lines-fills-'));
      copyFileSync(fixture(`shaded-cells-lo.${ext}`), join(dir, `script.${ext}`));
      const hint = runCli([`script.${ext}`], dir);
      expect(hint.code).toBe(0);
      expect(hint.stdout).toContain('  #F2F2F2 pale grey     20      6  "1" (under lines of several text colours: read by their text colour)\n');
      expect(hint.stdout).toContain(
        `  voices:\n    red:       { color: "#C00000" }   # 9 words: "Welcome aboard the morning cruise."\n    dark blue: { color: "#0050A0" }   # 8 words: "Look left for the seals on the rocks."\nthen run: vo-lines lines script.${ext} --voice red\n`,
      );
      expect(runCli(['init', `script.${ext}`], dir).code).toBe(0);
      const config = readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8');
      expect(config).toContain('  red: { color: "#C00000" }   # 9 words, 2 lines\n  dark blue: { color: "#0050A0" }   # 8 words, 1 line\n');
      expect(config).not.toContain('F2F2F2');
      const summary = JSON.parse(runCli(['summary', `script.${ext}`, '--json'], dir).stdout) as { voices: { name: string; words: number; lines: unknown[] }[] };
      expect(summary.voices.map((v) => [v.name, v.words])).toEqual([
        ['red', 9],
        ['dark blue', 8],
      ]);
    });
  }

  it('page-colour-chromium.pdf: init writes red, dark blue and the yellow highlight, black taken as not recorded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-lines-fills-'));
    copyFileSync(fixture('page-colour-chromium.pdf'), join(dir, 'script.pdf'));
    expect(runCli(['init', 'script.pdf'], dir).code).toBe(0);
    const config = readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8');
    expect(config).toContain('  red: { color: "#C00000" }   # 9 words, 2 lines\n  dark blue: { color: "#0050A0" }   # 8 words, 1 line\n  yellow highlight: { highlight: "#FFFF00" }   # 6 words, 1 line\n');
    expect(config).toContain('unassigned: ["#000000"]');
    expect(config).not.toContain('FDF6E3');
  });
});
