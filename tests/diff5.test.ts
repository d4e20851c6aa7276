/**
 * A line moved and edited after approval (the brief's story: "channel two" → "channel three", moved
 * from ¶8 to ¶7) is one line, changed and moved: its word difference and both places, in text,
 * Markdown and JSON, its voice's words added only the words really new. A line moved unchanged stays
 * moved, a line edited in place stays changed; a refrain said three times pairs its own copy; two
 * similar lines both moved and edited pair each with its own; too few words in common, or in another
 * order, stay removed and added. Fixtures: scripts/build-diff5-fixtures.py (tests/fixtures/diff5).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addedWords } from '../src/check/since-rules.js';
import { compareScripts } from '../src/compare/compare.js';
import type { ScriptDiff } from '../src/compare/model.js';
import { analyse } from '../src/pipeline.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.cjs');
const dir = join(root, 'tests', 'fixtures', 'diff5');
const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
delete env.FORCE_COLOR;
delete env.CI;

async function compare(oldName: string, newName: string): Promise<ScriptDiff> {
  return compareScripts(await analyse(join(dir, oldName)), await analyse(join(dir, newName)));
}

/** Each voice's words added (as max-added-words counts them). */
const added = (diff: ScriptDiff) => Object.fromEntries(diff.voices.map((v) => [v.name, addedWords(v)]));

function run(...args: string[]): string {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', env });
  expect(result.stderr).toBe('');
  return result.stdout;
}

/** The text output's voice titles and rows (no `no change` voices, no blank lines). */
const rows = (output: string) => output.split('\n').filter((line) => /^ {2}[-+~⇄↕] |^\w+: \d/.test(line));

const CHANNEL_TWO = 'Mark the area, then call the supervisor on channel two.';
const CHANNEL_THREE = 'Mark the area, then call the supervisor on channel three.';
const CHANNEL_PARTS = [
  { kind: 'same', text: 'Mark the area, then call the supervisor on channel ' },
  { kind: 'removed', text: 'two' },
  { kind: 'added', text: 'three' },
  { kind: 'same', text: '.' },
];

describe('a line moved and edited (the brief: "channel two" → "channel three", ¶8 → ¶7)', () => {
  it('text: one changed row with its word difference and where it was; a line moved unchanged stays moved, one edited in place stays changed', () => {
    expect(rows(run('diff', 'v1.docx', 'v2-move-edit.docx'))).toEqual([
      'Narrator: 53 → 53 words (±0), 0:21 → 0:21 (±0:00), 7 → 7 lines (±0)',
      '  ~ ¶17  Thank you for your attention, and see you in module [-three-]{+four+}.',
      'Learner: 24 → 24 words (±0), 0:10 → 0:10 (±0:00), 4 → 4 lines (±0)',
      '  ↕ ¶16  Where do I report a near miss? (moved from ¶15)',
      'Coach: 53 → 53 words (±0), 0:21 → 0:21 (±0:00), 5 → 5 lines (±0)',
      '  ~ ¶7  Mark the area, then call the supervisor on channel [-two-]{+three+}. (moved from ¶8)',
    ]);
  });

  it('Markdown: the change cell says both', () => {
    const table = run('diff', 'v1.docx', 'v2-move-edit.docx', '--format', 'md', '--voice', 'Coach').split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Change'));
    expect(table).toEqual(['| changed, moved from ¶8 | ¶7 | Mark the area, then call the supervisor on channel ~~two~~**three**. |']);
  });

  it('JSON: a changed line with "moved": true, both places, its parts; a line edited in place has no "moved"', () => {
    const json = JSON.parse(run('diff', 'v1.docx', 'v2-move-edit.docx', '--json'));
    const coach = json.voices.find((v: { name: string }) => v.name === 'Coach');
    expect([coach.added, coach.removed, coach.moved, coach.unchanged]).toEqual([[], [], [], 4]);
    expect(coach.changed).toEqual([
      { old: CHANNEL_TWO, new: CHANNEL_THREE, location: { story: 'body', paragraph: 7 }, oldLocation: { story: 'body', paragraph: 8 }, moved: true, parts: CHANNEL_PARTS, addedWords: 1 },
    ]);
    const narrator = json.voices.find((v: { name: string }) => v.name === 'Narrator');
    expect(narrator.changed.map((l: Record<string, unknown>) => ['moved' in l, l.location, l.oldLocation])).toEqual([[false, { story: 'body', paragraph: 17 }, { story: 'body', paragraph: 17 }]]);
    const learner = json.voices.find((v: { name: string }) => v.name === 'Learner');
    expect(learner.moved).toEqual([{ text: 'Where do I report a near miss?', location: { story: 'body', paragraph: 16 }, oldLocation: { story: 'body', paragraph: 15 } }]);
  });

  it('words added: the one word edited, in each voice', async () => {
    const diff = await compare('v1.docx', 'v2-move-edit.docx');
    expect(added(diff)).toEqual({ Narrator: 1, Learner: 0, Coach: 1 });
  });

  it('between the two PDFs LibreOffice printed, and from the DOCX to the PDF: the same', () => {
    expect(rows(run('diff', 'v1.pdf', 'v2-move-edit.pdf', '--voice', 'Coach'))).toEqual([
      'Coach: 53 → 53 words (±0), 0:21 → 0:21 (±0:00), 5 → 5 lines (±0)',
      '  ~ p.1 ¶7  Mark the area, then call the supervisor on channel [-two-]{+three+}. (moved from p.1 ¶8)',
    ]);
    expect(rows(run('diff', 'v1.docx', 'v2-move-edit.pdf', '--voice', 'Coach'))).toEqual([
      'Coach: 53 → 53 words (±0), 0:21 → 0:21 (±0:00), 5 → 5 lines (±0)',
      '  ~ p.1 ¶7  Mark the area, then call the supervisor on channel [-two-]{+three+}. (moved from ¶8)',
    ]);
  });

  it('moved, edited and given to another voice: reassigned, both voices say moved and edited', async () => {
    expect(rows(run('diff', 'v1.docx', 'v2-recolour.docx'))).toEqual([
      'Narrator: 53 → 63 words (+10), 0:21 → 0:25 (+0:04), 7 → 8 lines (+1)',
      '  ⇄ ¶7  Mark the area, then call the supervisor on channel [-two-]{+three+}. (from Coach, edited, moved from ¶8)',
      'Coach: 53 → 43 words (-10), 0:21 → 0:17 (-0:04), 5 → 4 lines (-1)',
      '  ⇄ ¶7  Mark the area, then call the supervisor on channel [-two-]{+three+}. (to Narrator, edited, moved from ¶8)',
    ]);
    const diff = await compare('v1.docx', 'v2-recolour.docx');
    const narrator = diff.voices.find((v) => v.name === 'Narrator')!;
    expect(narrator.reassignedIn.map((l) => [l.from, l.moved, l.location.paragraph, l.oldLocation.paragraph, l.words])).toEqual([['Coach', true, 7, 8, CHANNEL_PARTS]]);
    expect(diff.voices.flatMap((v) => [...v.added, ...v.removed, ...v.changed])).toEqual([]);
    // Words given to another voice are that voice's to record, all of them.
    expect(added(diff)).toEqual({ Narrator: 10, Learner: 0, Coach: 0 });
  });

  it('moved more than ten lines up: still one line, one word added (it was 9: the whole line)', async () => {
    expect(rows(run('diff', 'v1.docx', 'v2-far.docx'))).toEqual([
      'Narrator: 53 → 53 words (±0), 0:21 → 0:21 (±0:00), 7 → 7 lines (±0)',
      '  ~ ¶2  First aid kits hang beside [-every-]{+each+} loading dock door. (moved from ¶14)',
    ]);
    expect(added(await compare('v1.docx', 'v2-far.docx'))).toEqual({ Narrator: 1, Learner: 0, Coach: 0 });
  });
});

describe('repeated and similar lines', () => {
  it('a refrain said three times, one copy moved and edited: that copy, the two others unchanged', async () => {
    expect(rows(run('diff', 'v1.docx', 'v2-refrain.docx'))).toEqual([
      'Narrator: 53 → 52 words (-1), 0:21 → 0:21 (±0:00), 7 → 7 lines (±0)',
      '  ~ ¶10  Safety first, every [-single-] time. (moved from ¶9)',
    ]);
    const narrator = (await compare('v1.docx', 'v2-refrain.docx')).voices.find((v) => v.name === 'Narrator')!;
    expect([narrator.unchanged, narrator.moved.length, narrator.changed.map((l) => l.addedWords)]).toEqual([6, 0, [0]]);
  });

  it('two similar lines both moved and edited: each paired with its own', () => {
    expect(rows(run('diff', 'v1.docx', 'v2-two-similar.docx'))).toEqual([
      'Coach: 53 → 52 words (-1), 0:21 → 0:21 (±0:00), 5 → 5 lines (±0)',
      '  ~ ¶5  Press the green button to [-start-]{+restart+} the conveyor belt again. (moved from ¶12)',
      '  ~ ¶6  Press the red button to stop the conveyor belt [-at once-]{+immediately+}. (moved from ¶10)',
    ]);
  });
});

describe('not one line', () => {
  it('two words in common ("Got it, thanks." → "Got it, thank you."): removed and added', () => {
    expect(rows(run('diff', 'v1.docx', 'v2-short.docx'))).toEqual([
      'Learner: 24 → 25 words (+1), 0:10 → 0:10 (±0:00), 4 → 4 lines (±0)',
      '  + ¶4   Got it, thank you.',
      '  - ¶11  Got it, thanks.',
    ]);
  });

  it('most words kept but reworded in another order (fewer than half in order): removed and added', async () => {
    expect(rows(run('diff', 'v1.docx', 'v2-reworded.docx'))).toEqual([
      'Coach: 53 → 53 words (±0), 0:21 → 0:21 (±0:00), 5 → 5 lines (±0)',
      '  + ¶2   Before your shift ends, write the near miss in the logbook.',
      '  - ¶16  Write it in the logbook before the end of your shift.',
    ]);
    expect(added(await compare('v1.docx', 'v2-reworded.docx'))).toEqual({ Narrator: 0, Learner: 0, Coach: 11 });
  });
});
