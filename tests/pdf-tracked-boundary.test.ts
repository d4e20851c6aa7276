/**
 * Words inserted by tracked changes shown in a PDF (Run.revision) standing where two voices meet in
 * one paragraph (attribute/cast.ts `revisionKeys`): an insertion continuing the sentence before it is
 * that voice's, one opening the sentence after it that voice's; a sentence of its own between two
 * voices' sentences cannot be told from the page: counted for the voice before it, and said
 * (`tracked-at-voice-boundary`). Fixtures: tests/fixtures/pdf-tracked/lo-tracked-boundary.* and
 * lo-tracked-labels.*, made by scripts/build-tracked-fixtures.py (the DOCX beside each PDF holds the
 * truth: its inserted runs keep their own colour).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { castByColour, castByVoiceMap } from '../src/attribute/cast.js';
import { parseConfig } from '../src/config/parse.js';
import type { Paragraph, Run, Script } from '../src/model.js';
import { runCli } from './helpers/cli.js';
import { countReads } from './helpers/work.js';

const DIR = join(__dirname, 'fixtures', 'pdf-tracked');
const BOUNDARY = join(DIR, 'lo-tracked-boundary.pdf');
const LABELS = join(DIR, 'lo-tracked-labels.pdf');

interface JsonLine {
  text: string;
  words: number;
  location: { paragraph: number; page?: number };
}
interface JsonReport {
  voices: { name: string; lines: JsonLine[] }[];
  unassigned: { lines: JsonLine[] } | null;
  warnings: { code: string; message: string; details?: unknown; location?: unknown }[];
}
const report = (args: string[]): JsonReport => {
  const result = runCli(['lines', '--json', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as JsonReport;
};
/** Each voice's lines: [paragraph, text, words]. */
const linesOf = (r: JsonReport) => ({
  voices: r.voices.map((v) => [v.name, v.lines.map((l) => [l.location.paragraph, l.text, l.words])]),
  unassigned: r.unassigned?.lines.map((l) => [l.location.paragraph, l.text, l.words]) ?? [],
});
/** Words by paragraph and voice: what a PDF and its DOCX are compared by. */
const wordsByParagraph = (r: JsonReport) => {
  const found: Record<string, Record<string, number>> = {};
  for (const v of r.voices) for (const l of v.lines) (found[l.location.paragraph] ??= {})[v.name] = l.words;
  return found;
};

const dir = mkdtempSync(join(tmpdir(), 'vo-lines-trackedge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an insertion shown where two voices meet (LibreOffice)', () => {
  it('without a config: a sentence of its own between a blue and a red sentence is counted for blue and said; one continuing blue’s sentence is blue’s, one opening red’s red’s', () => {
    const r = report([BOUNDARY]);
    expect(linesOf(r)).toEqual({
      voices: [
        ['#000000 black', [[1, 'Scene 3. The lift.', 4]]],
        [
          '#0070C0 blue',
          [
            [2, 'We wait for the lift. Then we count to ten.', 10],
            [3, 'The doors open slowly. Nobody comes out.', 7],
            [4, 'We step in and press the green button.', 8],
            [5, 'The lift stops.', 3],
            [6, 'At last we reach the top floor.', 7],
          ],
        ],
        [
          '#C00000 red',
          [
            [2, 'Is it safe to go in?', 6],
            [3, 'Should we wait here?', 4],
            [4, 'It hums.', 2],
            [5, 'Slowly the doors open again.', 5],
            [7, 'We made it. What a relief!', 6],
          ],
        ],
      ],
      unassigned: [],
    });
    expect(r.warnings.map((w) => w.code)).toEqual(['tracked-changes-shown', 'tracked-at-voice-boundary', 'tracked-at-voice-boundary']);
    expect(r.warnings.slice(1)).toEqual([
      {
        code: 'tracked-at-voice-boundary',
        message:
          '"Then we count to ten." (5 words) was inserted by a tracked change exactly where #0070C0 blue’s text ends and #C00000 red’s begins, as a sentence of its own: whose words they are cannot be told from the PDF. They are counted for #0070C0 blue, the voice before them (Word and LibreOffice give typed words the look of the text before them), but they may be #C00000 red’s. Accept the changes before making the PDF, or send the Word file: there the inserted words keep their voice’s colour.',
        location: { story: 'body', paragraph: 2, page: 1 },
        details: { inserted: 'Then we count to ten.', words: 5, before: '#0070C0 blue', after: '#C00000 red', countedFor: '#0070C0 blue' },
      },
      {
        code: 'tracked-at-voice-boundary',
        message:
          '"Nobody comes out." (3 words) was inserted by a tracked change exactly where #0070C0 blue’s text ends and #C00000 red’s begins, as a sentence of its own: whose words they are cannot be told from the PDF. They are counted for #0070C0 blue, the voice before them (Word and LibreOffice give typed words the look of the text before them), but they may be #C00000 red’s. Accept the changes before making the PDF, or send the Word file: there the inserted words keep their voice’s colour.',
        location: { story: 'body', paragraph: 3, page: 1 },
        details: { inserted: 'Nobody comes out.', words: 3, before: '#0070C0 blue', after: '#C00000 red', countedFor: '#0070C0 blue' },
      },
    ]);
  });

  it('the PDF counts what its DOCX counts wherever the page tells whose the words are; where it cannot (¶3, red in the DOCX), the warning is the difference', () => {
    const pdf = wordsByParagraph(report([BOUNDARY]));
    const docx = wordsByParagraph(report([join(DIR, 'lo-tracked-boundary.docx')]));
    expect(docx[3]).toEqual({ '#0070C0 blue': 4, '#C00000 red': 7 });
    expect(pdf[3]).toEqual({ '#0070C0 blue': 7, '#C00000 red': 4 });
    delete pdf[3];
    delete docx[3];
    expect(pdf).toEqual(docx);
    // Every word once: the PDF adds up to its DOCX.
    const total = (r: JsonReport) => r.voices.reduce((sum, v) => sum + v.lines.reduce((s, l) => s + l.words, 0), 0);
    expect(total(report([BOUNDARY]))).toBe(62);
    expect(total(report([join(DIR, 'lo-tracked-boundary.docx')]))).toBe(62);
  });

  it('with voices named by a config: the warning names the voices; the text output shows where', () => {
    const config = join(dir, 'voices.yaml');
    writeFileSync(config, 'voices:\n  Narrator: { color: "#0070C0" }\n  Marie: { color: "#C00000" }\nunassigned: ["#000000"]\n');
    const r = report([BOUNDARY, '--config', config]);
    expect(linesOf(r).voices.map(([name, lines]) => [name, (lines as unknown[][]).map((l) => l[2])])).toEqual([
      ['Narrator', [10, 7, 8, 3, 7]],
      ['Marie', [6, 4, 2, 5, 6]],
    ]);
    expect(r.warnings.filter((w) => w.code === 'tracked-at-voice-boundary').map((w) => w.details)).toEqual([
      { inserted: 'Then we count to ten.', words: 5, before: 'Narrator', after: 'Marie', countedFor: 'Narrator' },
      { inserted: 'Nobody comes out.', words: 3, before: 'Narrator', after: 'Marie', countedFor: 'Narrator' },
    ]);
    const text = runCli(['lines', BOUNDARY, '--config', config]).stdout;
    expect(text).toContain(
      '  ! "Nobody comes out." (3 words) was inserted by a tracked change exactly where Narrator’s text ends and Marie’s begins, as a sentence of its own: whose words they are cannot be told from the PDF. They are counted for Narrator, the voice before them (Word and LibreOffice give typed words the look of the text before them), but they may be Marie’s. Accept the changes before making the PDF, or send the Word file: there the inserted words keep their voice’s colour. [p.1 ¶3]\n',
    );
  });

  it('`check`: each such insertion is a finding of the tracked-changes rule, at its level (an error when the config says so)', () => {
    const config = join(dir, 'strict.yaml');
    writeFileSync(config, 'voices:\n  Narrator: { color: "#0070C0" }\n  Marie: { color: "#C00000" }\nunassigned: ["#000000"]\nrules: { tracked-changes: error }\n');
    const result = runCli(['check', BOUNDARY, '--config', config, '--json']);
    expect(result.code).toBe(1);
    const [file] = (JSON.parse(result.stdout) as { files: { status: string; findings: { rule: string; level: string; message: string; location?: unknown }[]; notes: { code: string }[] }[] }).files;
    expect(file!.status).toBe('fail');
    const tracked = file!.findings.filter((f) => f.rule === 'tracked-changes');
    expect(tracked.every((f) => f.level === 'error')).toBe(true);
    expect(tracked.map((f) => [f.message.slice(0, 40), f.location ?? null])).toEqual([
      ['The file holds tracked changes; they wer', null],
      ['"Then we count to ten." (5 words) was in', { story: 'body', paragraph: 2, page: 1 }],
      ['"Nobody comes out." (3 words) was insert', { story: 'body', paragraph: 3, page: 1 }],
    ]);
    // Not a note besides.
    expect(file!.notes.map((n) => n.code)).not.toContain('tracked-at-voice-boundary');
  });

  it('speakers told by labels: a labelled paragraph is one voice’s, no boundary, nothing said (with the labels’ config and without)', () => {
    const config = join(dir, 'labels.yaml');
    writeFileSync(config, 'voices:\n  Marie: { label: MARIE }\n  Paul: { label: PAUL }\nunassigned: ["#000000"]\n');
    const named = report([LABELS, '--config', config]);
    expect(linesOf(named)).toEqual({
      voices: [
        ['Marie', [[2, 'The wind is strong up here. Hold the rail. Can you see the sea?', 14]]],
        ['Paul', [[3, 'I can see the boats. All of them.', 8]]],
      ],
      unassigned: [[1, 'Scene 4. On the roof.', 5]],
    });
    expect(named.warnings.map((w) => w.code)).toEqual(['tracked-changes-shown']);
    const colours = report([LABELS]);
    expect(colours.warnings.map((w) => w.code)).toEqual(['tracked-changes-shown']);
    expect(linesOf(colours).voices).toEqual([
      ['#000000 black', [[1, 'Scene 4. On the roof.', 5], [2, 'MARIE : The wind is strong up here. Hold the rail. Can you see the sea?', 15], [3, 'PAUL : I can see the boats. All of them.', 9]]],
    ]);
  });
});

describe('an insertion after an abbreviation’s full stop where two voices meet (lo-tracked-abbrev, LibreOffice)', () => {
  const ABBREV = join(DIR, 'lo-tracked-abbrev.pdf');
  it('“Mr.”, “M.”, “p. 12”, “e.g.”, “Mme”, “Dr.” end no sentence: the insertion goes on with blue’s, as in the DOCX; “etc.” before a capital ends one; after “St.” it cannot be told, and is said', () => {
    const r = report([ABBREV]);
    expect(linesOf(r).voices).toEqual([
      ['#000000 black', [[1, 'Scene 5. The office.', 4]]],
      [
        '#0070C0 blue',
        [
          [2, 'Then we call Mr. Lambert.', 5],
          [3, 'Demandez à M. Dupont, le gardien', 6],
          [4, 'Open the book at p. 12', 6],
          [5, 'Bring something warm, e.g. a scarf', 6],
          [6, 'Appelez Mme Leroy ou le Dr. Martin', 7],
          [7, 'We sell apples, pears, etc.', 5],
          [8, 'We meet on Main St. Then', 6],
        ],
      ],
      [
        '#C00000 red',
        [
          [2, 'He answers at once.', 4],
          [3, '— Oui, c’est moi !', 3],
          [4, '— Which book?', 2],
          [5, '— And gloves!', 2],
          [6, '— Tout de suite !', 3],
          [7, 'Then come and taste them.', 5],
          [8, 'we walk to the river.', 5],
        ],
      ],
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(['tracked-changes-shown', 'tracked-at-voice-boundary']);
    expect(r.warnings[1]).toEqual({
      code: 'tracked-at-voice-boundary',
      message:
        '"Then" (1 word) was inserted by a tracked change exactly where #0070C0 blue’s text ends and #C00000 red’s begins, after "St.", whose full stop may or may not end a sentence: whose words they are cannot be told from the PDF. They are counted for #0070C0 blue, the voice before them (Word and LibreOffice give typed words the look of the text before them), but they may be #C00000 red’s. Accept the changes before making the PDF, or send the Word file: there the inserted words keep their voice’s colour.',
      location: { story: 'body', paragraph: 8, page: 1 },
      details: { inserted: 'Then', words: 1, before: '#0070C0 blue', after: '#C00000 red', countedFor: '#0070C0 blue', stop: 'St.' },
    });
    // The DOCX (the inserted runs in their own colour) counts the same but where the warning is.
    const pdf = wordsByParagraph(r);
    const docx = wordsByParagraph(report([join(DIR, 'lo-tracked-abbrev.docx')]));
    expect([pdf[8], docx[8]]).toEqual([
      { '#0070C0 blue': 6, '#C00000 red': 5 },
      { '#0070C0 blue': 5, '#C00000 red': 6 },
    ]);
    delete pdf[8];
    delete docx[8];
    expect(pdf).toEqual(docx);
  });
});

const BLUE = '#0070C0';
const RED = '#C00000';
const REVIEWER = '#C69200';
const run = (text: string, color: string): Run => ({ text, color, background: null });
const ins = (text: string): Run => ({ text, color: REVIEWER, background: null, revision: true });
const paragraph = (n: number, ...runs: Run[]): Paragraph => ({ runs, location: { story: 'body', paragraph: n, page: 1 } });
const script = (...paragraphs: Paragraph[]): Script => ({ file: 't.pdf', format: 'pdf', paragraphs, warnings: [], facts: { trackedChanges: true } });
const cast = (s: Script) => {
  const c = castByColour(s);
  return { lines: c.lines.map((l) => [l.location.paragraph, l.voice, l.text]), boundaries: c.warnings.filter((w) => w.code === 'tracked-at-voice-boundary').map((w) => w.details) };
};

describe('revisionKeys: whose an insertion between two voices is (cast.ts)', () => {
  it('sentence ends: a decimal point or a word’s full stop inside an insertion is no sentence of its own; an insertion holding one is; other scripts’ full stops count', () => {
    const s = script(
      // Opens red's sentence: red's.
      paragraph(1, run('It is late. ', BLUE), ins('Wait 2.5 seconds and '), run('go in.', RED)),
      // A sentence of its own, then the opening of red's: the insertion holds a sentence end, so it cannot be told.
      paragraph(2, run('It is late. ', BLUE), ins('Stop. Then '), run('go in.', RED)),
      // Continues blue's (no sentence end before it), though it ends one.
      paragraph(3, run('It is ', BLUE), ins('late. '), run('Go in.', RED)),
      // Japanese: 。 ends a sentence without a space.
      paragraph(4, run('もう遅い。', BLUE), ins('待って。'), run('入ろう。', RED)),
      // A full stop of its own (a run of the before voice) between the two.
      paragraph(5, run('It is late', BLUE), run('. ', BLUE), ins('Wait! '), run('Go in.', RED)),
      // Closing quotes and brackets after the sentence end.
      paragraph(6, run('« Il est tard. » ', BLUE), ins('(Un temps.) '), run('« Entrons. »', RED)),
    );
    const { lines, boundaries } = cast(s);
    expect(lines).toEqual([
      [1, '#0070C0 blue', 'It is late.'],
      [1, '#C00000 red', 'Wait 2.5 seconds and go in.'],
      [2, '#0070C0 blue', 'It is late. Stop. Then'],
      [2, '#C00000 red', 'go in.'],
      [3, '#0070C0 blue', 'It is late.'],
      [3, '#C00000 red', 'Go in.'],
      [4, '#0070C0 blue', 'もう遅い。待って。'],
      [4, '#C00000 red', '入ろう。'],
      [5, '#0070C0 blue', 'It is late. Wait!'],
      [5, '#C00000 red', 'Go in.'],
      [6, '#0070C0 blue', '« Il est tard. » (Un temps.)'],
      [6, '#C00000 red', '« Entrons. »'],
    ]);
    expect(boundaries.map((d) => (d as { inserted: string }).inserted)).toEqual(['Stop. Then', '待って。', 'Wait!', '(Un temps.)']);
  });

  it('a voice beside unassigned text (a config): said with “unassigned text”; two insertions in a row with a space between are one', () => {
    const map = parseConfig({ voices: { Narrator: { color: BLUE } }, unassigned: ['#000000'] }, 'test-config').voiceMap;
    const s = script(paragraph(1, run('Music fades. ', '#000000'), ins('Welcome back.'), run(' ', '#000000'), ins('Sit down. '), run('Today we cook.', BLUE)));
    const c = castByVoiceMap(s, map);
    expect(c.lines.map((l) => [l.voice, l.text])).toEqual([
      [null, 'Music fades. Welcome back. Sit down.'],
      ['Narrator', 'Today we cook.'],
    ]);
    const warning = c.warnings.find((w) => w.code === 'tracked-at-voice-boundary')!;
    expect(warning.message).toBe(
      '"Welcome back. Sit down." (4 words) was inserted by a tracked change exactly where unassigned text ends and Narrator’s begins, as a sentence of its own: whose words they are cannot be told from the PDF. They are counted as unassigned text, the text before them (Word and LibreOffice give typed words the look of the text before them), but they may be Narrator’s. Accept the changes before making the PDF, or send the Word file: there the inserted words keep their voice’s colour.',
    );
    expect(warning.details).toEqual({ inserted: 'Welcome back. Sit down.', words: 4, before: null, after: 'Narrator', countedFor: null });
  });

  it('a long insertion is quoted shortened; thousands of insertions between alternating voices are cast in linear time', () => {
    const long = `${'word '.repeat(40)}end.`;
    const one = cast(script(paragraph(1, run('Before. ', BLUE), ins(`${long} `), run('After.', RED))));
    expect((one.boundaries[0] as { words: number }).words).toBe(41);
    expect(castByColour(script(paragraph(1, run('Before. ', BLUE), ins(`${long} `), run('After.', RED)))).warnings[0]!.message).toMatch(
      /^"word word word word word word word word word word word…" \(41 words\) was inserted by a tracked change /u,
    );
    const alternating = (count: number) => {
      const runs: Run[] = [];
      for (let i = 0; i < count; i++) runs.push(run(`Line ${i}. `, i % 2 ? RED : BLUE), ins(`Added ${i}. `));
      const counted = countReads(runs);
      return { cast: castByColour(script(paragraph(1, ...runs))), reads: counted.reads() };
    };
    // No clock: linear is the runs looked at a bounded number of times each, so four times the runs,
    // four times the reads of them (a scan to the paragraph's start or end from each insertion would be
    // sixteen: 20,000 insertions, each reading up to 40,000 runs, some 10^9 reads).
    const few = alternating(5000);
    const { cast: many, reads } = alternating(20000);
    expect(few.cast.lines).toHaveLength(5000);
    expect(reads / few.reads).toBeGreaterThan(3.5);
    expect(reads / few.reads).toBeLessThan(4.5);
    expect(many.lines).toHaveLength(20000);
    // Twenty said one by one, the rest in one more warning.
    const said = many.warnings.filter((w) => w.code === 'tracked-at-voice-boundary');
    expect(said).toHaveLength(21);
    expect(said[20]!.message).toBe(
      '19,979 more insertions (39,958 words) stand exactly where two voices meet as sentences of their own, each counted for the voice before it: check them in the script too (the first is at p.1 ¶1).',
    );
    expect(said[20]!.details).toEqual({ more: 19979, words: 39958 });
  }, 60_000);
});
