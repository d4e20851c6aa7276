/**
 * `check` on a repository of scripts whose subfolder config has a `contract:` (or `locked:`) of its
 * own for another voice: it replaces the top config's section whole, so the top's limits for the
 * Narrator no longer apply there. That is never silent: the note `config-rules-not-inherited` names
 * each limit and locked voice dropped ("Narrator maxWords 12"), in every output (a git repository
 * built here, helpers/since-repo.ts; the built CLI).
 */
import { describe, expect, it } from 'vitest';
import { runInRepo } from './helpers/git.js';
import { colourDocx, committedRepo, LEARNER, NARRATOR } from './helpers/since-repo.js';

const VOICES = `voices:\n  Narrator: { color: "#${NARRATOR}" }\n  Learner: { color: "#${LEARNER}" }\n`;
/** The top config: the Narrator held to 12 words and 1 minute, expected at 14 ± 2, and locked. */
const TOP = `${VOICES}contract:\n  Narrator: { maxWords: 12, maxMinutes: 1, expectWords: 14, tolerance: 2 }\nlocked: [Narrator]\n`;
/** 18 words for the Narrator, 4 for the Learner: over the top's contract. */
const SCRIPT = colourDocx([
  [NARRATOR, 'Welcome to the spring sale at our garden centre this weekend, with plants and tools for every garden.'],
  [LEARNER, 'Where are the tools?'],
]);

function repo(): string {
  return committedRepo('vo-dropped-', {
    'vo-lines.config.yaml': TOP,
    'top.docx': SCRIPT,
    // Its own contract, for the Learner only, and the Narrator's maxWords kept (lower): maxMinutes, expectWords and tolerance dropped.
    'module2/vo-lines.config.yaml': `${VOICES}contract:\n  learner: { maxWords: 50 }\n  NARRATOR: { maxWords: 20 }\nlocked: [Learner]\n`,
    'module2/a.docx': SCRIPT,
    // A contract for the Learner only: every Narrator limit dropped; no locked: section at all.
    'module3/vo-lines.config.yaml': `${VOICES}contract:\n  Learner: { maxWords: 50 }\n`,
    'module3/b.docx': SCRIPT,
    // No contract at all: the section dropped whole, its limits named.
    'module4/vo-lines.config.yaml': VOICES,
    'module4/c.docx': SCRIPT,
  });
}

const M2 =
  "module2/vo-lines.config.yaml governs this script, and its own contract: and locked: sections replace those of vo-lines.config.yaml above it whole (a config does not inherit from the one above): add to module2/vo-lines.config.yaml's contract: and locked: what it should keep of those above. Not checked here: Narrator maxMinutes 1, Narrator expectWords 14, Narrator tolerance 2; locked: Narrator.";
const M3 =
  "module3/vo-lines.config.yaml governs this script, and the locked voices of vo-lines.config.yaml above it do not apply, and its own contract: section replaces the one of that config whole (a config does not inherit from the one above): copy its locked: section into module3/vo-lines.config.yaml, and add to module3/vo-lines.config.yaml's contract: what it should keep of the one above. Not checked here: Narrator maxWords 12, Narrator maxMinutes 1, Narrator expectWords 14, Narrator tolerance 2; locked: Narrator.";
const M4 =
  'module4/vo-lines.config.yaml governs this script, and the contract and locked voices of vo-lines.config.yaml above it do not apply (a config does not inherit from the one above): copy its contract: and locked: sections into module4/vo-lines.config.yaml. Not checked here: Narrator maxWords 12, Narrator maxMinutes 1, Narrator expectWords 14, Narrator tolerance 2; locked: Narrator.';

describe('a subfolder contract for another voice: the limits it drops are named', () => {
  const dir = repo();

  it('json: the note on each subfolder script names the limits and locked voices dropped, with their details', () => {
    const { stdout, code } = runInRepo(['check', '.', '--json'], dir);
    const json = JSON.parse(stdout) as { files: { file: string; status: string; notes?: { code: string; message: string; details: unknown }[] }[] };
    expect(json.files.map((f) => [f.file, f.status, f.notes ?? []])).toEqual([
      ['module2/a.docx', 'pass', [{ code: 'config-rules-not-inherited', message: M2, details: {
        config: 'module2/vo-lines.config.yaml', above: 'vo-lines.config.yaml', sections: ['contract', 'locked'], sectionFrom: { contract: 'vo-lines.config.yaml', locked: 'vo-lines.config.yaml' }, replaced: ['contract', 'locked'],
        limits: [{ voice: 'Narrator', limit: 'maxMinutes', value: 1, from: 'vo-lines.config.yaml' }, { voice: 'Narrator', limit: 'expectWords', value: 14, from: 'vo-lines.config.yaml' }, { voice: 'Narrator', limit: 'tolerance', value: 2, from: 'vo-lines.config.yaml' }],
        locked: ['Narrator'], lockedFrom: ['vo-lines.config.yaml'],
      } }]],
      ['module3/b.docx', 'pass', [{ code: 'config-rules-not-inherited', message: M3, details: {
        config: 'module3/vo-lines.config.yaml', above: 'vo-lines.config.yaml', sections: ['contract', 'locked'], sectionFrom: { contract: 'vo-lines.config.yaml', locked: 'vo-lines.config.yaml' }, replaced: ['contract'],
        limits: [{ voice: 'Narrator', limit: 'maxWords', value: 12, from: 'vo-lines.config.yaml' }, { voice: 'Narrator', limit: 'maxMinutes', value: 1, from: 'vo-lines.config.yaml' }, { voice: 'Narrator', limit: 'expectWords', value: 14, from: 'vo-lines.config.yaml' }, { voice: 'Narrator', limit: 'tolerance', value: 2, from: 'vo-lines.config.yaml' }],
        locked: ['Narrator'], lockedFrom: ['vo-lines.config.yaml'],
      } }]],
      ['module4/c.docx', 'pass', [{ code: 'config-rules-not-inherited', message: M4, details: {
        config: 'module4/vo-lines.config.yaml', above: 'vo-lines.config.yaml', sections: ['contract', 'locked'], sectionFrom: { contract: 'vo-lines.config.yaml', locked: 'vo-lines.config.yaml' },
        limits: [{ voice: 'Narrator', limit: 'maxWords', value: 12, from: 'vo-lines.config.yaml' }, { voice: 'Narrator', limit: 'maxMinutes', value: 1, from: 'vo-lines.config.yaml' }, { voice: 'Narrator', limit: 'expectWords', value: 14, from: 'vo-lines.config.yaml' }, { voice: 'Narrator', limit: 'tolerance', value: 2, from: 'vo-lines.config.yaml' }],
        locked: ['Narrator'], lockedFrom: ['vo-lines.config.yaml'],
      } }]],
      // The top's own script fails its contract: the limits the subfolders drop are real.
      ['top.docx', 'fail', []],
    ]);
    expect(code).toBe(1);
  });

  it('human and github: the same sentence, GitHub\'s paths from the repository\'s root', () => {
    const human = runInRepo(['check', 'module3/b.docx'], dir).stdout;
    expect(human.split('\n').slice(0, 2)).toEqual(['module3/b.docx', `  note     config-rules-not-inherited  ${M3}`]);
    const github = runInRepo(['check', 'b.docx', '--format', 'github'], `${dir}/module3`).stdout;
    expect(github.split('\n')[0]).toBe(`::notice file=module3/b.docx,title=vo-lines config-rules-not-inherited::${M3}`);
  });

  it('a subfolder contract that sets every limit above, under other values and names, drops nothing: no note', () => {
    const same = committedRepo('vo-dropped-none-', {
      'vo-lines.config.yaml': `${VOICES}contract:\n  Narrator: { maxWords: 12, expectWords: 14, tolerance: "5%" }\n`,
      'm/vo-lines.config.yaml': `${VOICES}contract:\n  narrator: { maxWords: 30, expectWords: 18, tolerance: 3 }\n  Learner: { maxWords: 9 }\n`,
      'm/s.docx': SCRIPT,
    });
    const json = JSON.parse(runInRepo(['check', 'm/s.docx', '--json'], same).stdout) as { files: { notes?: unknown }[] };
    expect(json.files[0]!.notes).toBeUndefined();
  });
});
