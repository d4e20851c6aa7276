/**
 * Confident wrong answers of `diff` and `check --since` found by a probe: the same line said by two
 * voices, words counted as added that only moved or were split off, spacing-only and ligature-only
 * edits, directions counted as words to record. Fixtures: scripts/build-diff-probe-fixtures.py
 * (tests/fixtures/diff-probe).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addedWords } from '../src/check/since-rules.js';
import { compareScripts, hasChanges } from '../src/compare/compare.js';
import type { ScriptDiff } from '../src/compare/model.js';
import { analyse } from '../src/pipeline.js';
import { git, runInRepo } from './helpers/git.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.cjs');
const dir = join(root, 'tests', 'fixtures', 'diff-probe');
const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
delete env.FORCE_COLOR;
delete env.CI;

async function compare(oldName: string, newName: string): Promise<ScriptDiff> {
  return compareScripts(await analyse(join(dir, `${oldName}.docx`)), await analyse(join(dir, `${newName}.docx`)));
}

/** Each voice's words added (as max-added-words counts them). */
const added = (diff: ScriptDiff) => Object.fromEntries(diff.voices.map((v) => [v.name, addedWords(v)]));
const changedVoices = (diff: ScriptDiff) => diff.voices.filter(hasChanges).map((v) => v.name);

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the same line said by two voices', () => {
  it("one voice's copy deleted: removed from that voice, the other's untouched", async () => {
    const diff = await compare('v1-echo', 'v2-echo-nolearner');
    expect(changedVoices(diff)).toEqual(['Learner']);
    const learner = diff.voices.find((v) => v.name === 'Learner')!;
    expect(learner.removed.map((l) => [l.text, l.location.paragraph])).toEqual([['Ready when you are!', 5]]);
    expect([learner.reassignedOut.length, learner.words.old, learner.words.new]).toEqual([0, 26, 22]);
    expect(run(['diff', 'v1-echo.docx', 'v2-echo-nolearner.docx', '--voice', 'Coach']).stdout).toContain('Coach: no change');
  });

  it('the two copies swapped: one line moved, nothing given to another voice', async () => {
    const diff = await compare('v1-echo', 'v2-echo-swap');
    expect(diff.voices.flatMap((v) => [...v.reassignedIn, ...v.reassignedOut, ...v.added, ...v.removed, ...v.changed])).toEqual([]);
    expect(diff.voices.reduce((sum, v) => sum + v.moved.length, 0)).toBe(1);
    expect(added(diff)).toEqual({ Narrator: 0, Learner: 0, Coach: 0 });
  });

  it('a script against itself: no change (each copy aligned with its own voice)', async () => {
    const diff = await compare('v1-echo', 'v1-echo');
    expect(changedVoices(diff)).toEqual([]);
  });
});

describe('words that only moved or were split off are no words added', () => {
  it('a heading put between two sentences of a line', async () => {
    expect(added(await compare('v1-long', 'v2-heading-split'))).toEqual({ Narrator: 0, Learner: 0, Coach: 0 });
  });

  it("another voice's question put between them: only the question's words", async () => {
    expect(added(await compare('v1-long', 'v2-interject'))).toEqual({ Narrator: 0, Learner: 3, Coach: 0 });
  });

  it('a line moved and one word edited: one word', async () => {
    expect(added(await compare('v1', 'v2-move-edit'))).toEqual({ Narrator: 1, Learner: 0, Coach: 0 });
  });

  it("two sentences swapped in a line: none", async () => {
    const diff = await compare('v1-long', 'v2-swap-sentences');
    expect(added(diff)).toEqual({ Narrator: 0, Learner: 0, Coach: 0 });
    expect(diff.voices[0]!.changed.map((l) => l.addedWords)).toEqual([0]);
  });

  it("a word given another voice's colour: that word for that voice, none for the line's", async () => {
    expect(added(await compare('v1', 'v2-midword'))).toEqual({ Narrator: 0, Learner: 1, Coach: 0 });
  });

  it('directions added are no words to record', async () => {
    expect(added(await compare('v1', 'v2-directions'))).toEqual({ Narrator: 0, Learner: 0, Coach: 0 });
  });
});

describe('what is read aloud did not change', () => {
  it('French spaces before ? and : and inside « » taken out: no change, exit 0 with --fail-on-change', async () => {
    const diff = await compare('fr-v1', 'fr-v2-nospace');
    expect(changedVoices(diff)).toEqual([]);
    expect(diff.voices.map((v) => v.unchanged)).toEqual([2, 1, 1]);
    const { code, stdout } = run(['diff', 'fr-v1.docx', 'fr-v2-nospace.docx', '--fail-on-change']);
    expect(stdout).not.toContain('~');
    expect(code).toBe(0);
  });

  it('œ written oe: no change', async () => {
    expect(changedVoices(await compare('fr-v1', 'fr-v2-oe'))).toEqual([]);
  });
});

describe('what diff says beside the voices', () => {
  it('the text of no voice changed: one warning line, no failure with a bare --fail-on-change', () => {
    const { code, stdout } = run(['diff', 'v1.docx', 'v2-title.docx', '--fail-on-change']);
    expect(stdout).toContain('Narrator: no change');
    expect(stdout).toContain('  ! Unassigned text (in no voice): 1 line changed; no voice records it (list the lines with --voice unassigned).\n');
    expect(code).toBe(0);
    expect(run(['diff', 'v1.docx', 'v2-title.docx', '--fail-on-change=unassigned']).code).toBe(1);
    const json = JSON.parse(run(['diff', 'v1.docx', 'v2-title.docx', '--json']).stdout);
    expect(json.warnings).toEqual([{ code: 'unassigned-changed', message: expect.any(String), details: { changed: 1, added: 0, removed: 0, moved: 0 } }]);
    // Shown with --voice unassigned: no line pointing at it.
    expect(run(['diff', 'v1.docx', 'v2-title.docx', '--voice', 'unassigned']).stdout).not.toContain('Unassigned text (in no voice)');
  });

  it("--json: each side's warning says which side it came from", () => {
    const json = JSON.parse(run(['diff', 'v1.docx', 'v2-midword.docx', '--json']).stdout);
    expect(json.warnings.map((w: { code: string; side?: string }) => [w.code, w.side])).toEqual([['voice-inside-sentence', 'new']]);
  });
});

describe('check --since', () => {
  const CONFIG = ['voices:', '  Narrator: { color: "#0070C0" }', '  Learner: { color: "#00B050" }', '  Coach: { color: "#C00000" }', 'unassigned: ["#000000"]', 'language: en', 'locked: [LOCKED]', 'contract:', '  Narrator: { maxAddedWords: 0 }', ''].join('\n');
  /** A repository with script.docx committed as `before`, then changed to `after` (not committed). */
  function repo(before: string, after: string, locked: string): string {
    const folder = mkdtempSync(join(tmpdir(), 'vo-diff-probe-'));
    git(folder, 'init', '-q');
    writeFileSync(join(folder, 'vo-lines.config.yaml'), CONFIG.replace('LOCKED', locked));
    copyFileSync(join(dir, `${before}.docx`), join(folder, 'script.docx'));
    git(folder, 'add', '.');
    git(folder, 'commit', '-q', '-m', 'script');
    copyFileSync(join(dir, `${after}.docx`), join(folder, 'script.docx'));
    return folder;
  }
  const block = (stdout: string) => stdout.split('\n\nFiles:')[0]!.split('\n');

  it("one voice's copy of a shared line deleted: no finding for the other voice, locked", () => {
    const { code, stdout } = runInRepo(['check', 'script.docx', '--since', 'HEAD'], repo('v1-echo', 'v2-echo-nolearner', 'Coach'));
    expect(block(stdout)).toEqual(['script.docx', '  Learner since HEAD: -1 line, -4 words']);
    expect(code).toBe(0);
  });

  it('a locked paragraph split in two with every word kept: no finding, counted in the summary', () => {
    const { code, stdout } = runInRepo(['check', 'script.docx', '--since', 'HEAD'], repo('v1-long', 'v2-split-plain', 'Narrator'));
    expect(block(stdout)).toEqual(['script.docx', '  Narrator since HEAD: 1 split line, ±0 words']);
    expect(code).toBe(0);
  });

  it('a question put between two sentences of a line: no Narrator word added', () => {
    const { code, stdout } = runInRepo(['check', 'script.docx', '--since', 'HEAD'], repo('v1-long', 'v2-interject', 'Coach'));
    expect(block(stdout)).toEqual(['script.docx', '  Narrator since HEAD: +1 line, 1 changed, ±0 words', '  Learner since HEAD: +1 line, +3 words']);
    expect(code).toBe(0);
  });

  it('directions added: no word added (the locked finding for the changed lines stays)', () => {
    const { code, stdout } = runInRepo(['check', 'script.docx', '--since', 'HEAD', '--format', 'json'], repo('v1', 'v2-directions', 'Narrator'));
    const file = JSON.parse(stdout).files[0];
    expect(file.findings.map((f: { rule: string }) => f.rule)).toEqual(['locked', 'locked']);
    expect(file.since.voices.find((v: { name: string }) => v.name === 'Narrator').addedWords).toBe(0);
    expect(code).toBe(1);
  });

  it('a file given to --since: says it takes a revision and names diff', () => {
    const folder = repo('v1', 'v1', 'Coach');
    copyFileSync(join(dir, 'v1.docx'), join(folder, 'v1.docx'));
    const { code, stdout } = runInRepo(['check', 'script.docx', '--since', 'v1.docx'], folder);
    expect(stdout).toContain('  error    input  script.docx: --since takes a git revision (HEAD~1, main, a tag), not a file: "v1.docx" is no commit. To compare two files, run: vo-lines diff v1.docx script.docx\n');
    expect(code).toBe(2);
  });
});
