/**
 * `diff` shows each side's times as `summary` shows them for that file (measure/shown-times.ts: a
 * voice's time is its own rounded down or up so that the voices' add up to what is recorded), not each
 * rounded alone. Paces are 150 words a minute: a word is 0.4 s.
 *
 * The built pair (config: Narrator dark grey, Learner green):
 *   OLD  Narrator 13 words (5.2 s), Learner 11 (4.4 s): 9.6 s → 0:10 to record; floors 5 + 4, the one
 *        second left to the larger remainder, Learner's .4 (Narrator's .2): Narrator 0:05, Learner 0:05.
 *   NEW  Narrator 18 words (7.2 s), Learner the same 11: 11.6 s → 0:12; floors 7 + 4, the second left
 *        to Learner again: Narrator 0:07, Learner 0:05.
 * Rounded alone, Learner's 4.4 s is 0:04 on both sides.
 *   WHOLE Narrator 14 words (5.6 s), Learner the same 11: 10 s → 0:10; floors 5 + 4, the second left
 *        to Narrator's .6 this time: Narrator 0:06, Learner 0:04. Learner's line is the same, but its
 *        time as summary shows it is not: 0:05 → 0:04, said so (not "no change" with one of the two),
 *        and why: the rounding alone.
 * The fixture tests/fixtures/diff-moves v1 → v2-same-voice: Narrateur 36 words (14.4 s) on both sides,
 * Formatrice 21 (8.4 s), Apprenant 10 (4 s): 26.8 s → 0:27; floors 14 + 8 + 4, the second left to
 * Narrateur (.4 over .4: the first of equals): 0:15, where 14.4 s alone is 0:14.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocx } from './helpers/docx-builder.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.cjs');
const moves = join(root, 'tests', 'fixtures', 'diff-moves');
const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
delete env.FORCE_COLOR;

const NARRATOR = '404040';
const LEARNER = '00B050';
const CONFIG = { voices: { Narrator: { color: '#404040' }, Learner: { color: '#00B050' } }, rules: { 'confusable-colours': 'off' } };
const LEARNER_LINE = 'Do I really need to wear my gloves every single day?';
const NARRATOR_OLD = 'Welcome to the warehouse safety course for every new member of the team.';
const NARRATOR_WHOLE = 'Welcome to the warehouse safety course for every new member of the whole team.';
const NARRATOR_NEW = 'Welcome to the warehouse safety course for every new member of the team, starting on the first morning.';

const paragraph = (colour: string, text: string) => `<w:p><w:r><w:rPr><w:color w:val="${colour}"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

const dir = mkdtempSync(join(tmpdir(), 'vo-lines-diff-shown-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'vo-lines.config.json'), JSON.stringify(CONFIG));
writeFileSync(join(dir, 'old.docx'), buildDocx({ body: paragraph(NARRATOR, NARRATOR_OLD) + paragraph(LEARNER, LEARNER_LINE) }));
writeFileSync(join(dir, 'new.docx'), buildDocx({ body: paragraph(NARRATOR, NARRATOR_NEW) + paragraph(LEARNER, LEARNER_LINE) }));
writeFileSync(join(dir, 'whole.docx'), buildDocx({ body: paragraph(NARRATOR, NARRATOR_WHOLE) + paragraph(LEARNER, LEARNER_LINE) }));

function run(cwd: string, ...args: string[]): string {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

/** `summary`'s table rows for the voices: name → time shown. */
function summaryTimes(cwd: string, file: string): Record<string, string> {
  const rows = run(cwd, 'summary', file).split('\n').filter((line) => /^ {2}\S/.test(line) && /\d+:\d\d {2}/.test(line));
  return Object.fromEntries(rows.map((line) => [line.trim().split(/\s+/)[0]!, /(\d+:\d\d) {2}\d+ wpm/.exec(line)![1]!]));
}

describe("diff's times are summary's", () => {
  it("an unchanged voice rounded up to make the voices' times add up: summary's 0:05 on both sides, not 0:04", () => {
    expect(summaryTimes(dir, 'old.docx')).toEqual({ Total: '0:10', Narrator: '0:05', Learner: '0:05', Unassigned: '0:00' });
    expect(summaryTimes(dir, 'new.docx')).toEqual({ Total: '0:12', Narrator: '0:07', Learner: '0:05', Unassigned: '0:00' });
    expect(run(dir, 'diff', 'old.docx', 'new.docx')).toBe(
      [
        'old.docx → new.docx',
        '',
        'Narrator: 13 → 18 words (+5), 0:05 → 0:07 (+0:02), 1 → 1 line (±0)',
        '  ~ ¶1  Welcome to the warehouse safety course for every new member of the team{+, starting on the first morning+}.',
        '  0 unchanged',
        '',
        'Learner: no change (11 words, 0:05, 1 line)',
        '',
      ].join('\n'),
    );
    // Only the voice asked for, its time still worked out with the whole script's.
    expect(run(dir, 'diff', 'old.docx', 'new.docx', '--voice', 'Learner')).toBe('old.docx → new.docx\n\nLearner: no change (11 words, 0:05, 1 line)\n');
    const markdown = run(dir, 'diff', 'old.docx', 'new.docx', '--format', 'md');
    expect(markdown).toContain('\n13 → 18 words (+5), 0:05 → 0:07 (+0:02), 1 → 1 line (±0)\n');
    expect(markdown).toContain('\n### Learner\n\nNo change (11 words, 0:05, 1 line).\n');
    // The JSON keeps the exact seconds, as summary --json does.
    const json = JSON.parse(run(dir, 'diff', 'old.docx', 'new.docx', '--json')) as { voices: { name: string; seconds: unknown; shownSeconds?: unknown }[] };
    expect(json.voices.map((v) => [v.name, v.seconds, v.shownSeconds])).toEqual([
      ['Narrator', { old: 5.2, new: 7.2, delta: 2 }, undefined],
      ['Learner', { old: 4.4, new: 4.4, delta: 0 }, undefined],
    ]);
  });

  it("an unchanged voice whose shown time another voice's change moved: both sides' times, as summary shows each", () => {
    expect(summaryTimes(dir, 'whole.docx')).toEqual({ Total: '0:10', Narrator: '0:06', Learner: '0:04', Unassigned: '0:00' });
    const note = "the time differs only in its rounding (as summary shows them, each file's voice times add up to its total)";
    expect(run(dir, 'diff', 'old.docx', 'whole.docx').split('\n').slice(6)).toEqual(['Learner: 11 → 11 words (±0), 0:05 → 0:04 (-0:01), 1 → 1 line (±0)', `  1 unchanged; ${note}`, '']);
    // No empty table of changes in Markdown: the same sentence.
    expect(run(dir, 'diff', 'old.docx', 'whole.docx', '--format', 'md')).toMatch(/\n### Learner\n\n11 → 11 words \(±0\), 0:05 → 0:04 \(-0:01\), 1 → 1 line \(±0\)\n\n1 unchanged; the time differs only in its rounding \(as summary shows them, each file's voice times add up to its total\)\.\n$/);
    // Still no change for --fail-on-change: its lines are the same.
    expect(spawnSync(process.execPath, [cli, 'diff', 'old.docx', 'whole.docx', '--voice', 'Learner', '--fail-on-change'], { cwd: dir, env }).status).toBe(0);
  });

  it("a changed voice rounded up on both sides (tests/fixtures/diff-moves): summary's 0:15, not 0:14", () => {
    for (const file of ['v1.docx', 'v2-same-voice.docx']) expect(summaryTimes(moves, file)).toEqual({ Total: '0:27', Narrateur: '0:15', Formatrice: '0:08', Apprenant: '0:04', Unassigned: '0:00' });
    const text = run(moves, 'diff', 'v1.docx', 'v2-same-voice.docx').split('\n');
    expect(text.filter((line) => /^\S.*: /.test(line))).toEqual([
      'Narrateur: 36 → 36 words (±0), 0:15 → 0:15 (±0:00), 3 → 3 lines (±0)',
      'Formatrice: no change (21 words, 0:08, 2 lines)',
      'Apprenant: no change (10 words, 0:04, 1 line)',
    ]);
    expect(run(moves, 'diff', 'v1.docx', 'v2-same-voice.docx', '--format', 'md')).toContain('\n36 → 36 words (±0), 0:15 → 0:15 (±0:00), 3 → 3 lines (±0)\n');
  });
});
