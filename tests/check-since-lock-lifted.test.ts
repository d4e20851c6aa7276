/**
 * `check --since REV`: a change cannot lift the lock it breaks. The config at REV locked Narrator;
 * the change removes `locked:` (or adds a config nearer to the script without it) and edits
 * Narrator's recorded line in the same stroke. Before: exit 0, a notice only. Now: the `locked` rule
 * fails at the level it had at REV, first saying the lock was lifted in this change and how to unlock
 * on purpose; an unlock landed alone (Narrator's lines untouched) passes, and `--rule locked=warning`
 * lowers it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, runInRepo as run } from './helpers/git.js';
import { colourDocx as docx, committedRepo, LEARNER, NARRATOR, type Paragraph } from './helpers/since-repo.js';

const LINES: Paragraph[] = [
  [NARRATOR, 'Welcome to the spring sale at our garden centre this weekend.'],
  [LEARNER, 'I found everything I needed for my garden.'],
];
const EDITED: Paragraph[] = [[NARRATOR, 'Welcome to the summer sale at our garden centre this weekend.'], LINES[1]!];
const VOICES = ['voices:', '  Narrator: { color: "#404040" }', '  Learner: { color: "#00B050" }', ''].join('\n');
const LOCKED = `${VOICES}locked: [Narrator]\n`;

/** A repository with en/script.docx committed under a config that locks Narrator. */
const repo = () => committedRepo('vo-lock-lifted-', { 'vo-lines.config.yaml': LOCKED, 'en/script.docx': docx(LINES) });

const LIFTED = "Narrator: locked at HEAD, and this change lifts the lock while it changes Narrator's recorded lines. To unlock on purpose, land the unlock in a change of its own first, or run with --rule locked=warning.";
const CHANGE = 'Narrator: line changed since HEAD: Welcome to the [-spring-]{+summer+} sale at our garden …';

interface Json {
  summary: { exitCode: number };
  files: { rules: Record<string, string>; findings: { rule: string; level: string; message: string }[] }[];
}
const findings = (stdout: string) => (JSON.parse(stdout) as Json).files[0]!.findings.map((f) => [f.rule, f.level, f.message]);

/** Narrator's line edited after `config` is written at `at` (none: the config left as committed); then `check --since HEAD`, with `extra` arguments: its findings and exit code. */
function editAndCheck(dir: string, at: string | null, config: string, ...extra: string[]): { findings: string[][]; code: number | null } {
  if (at !== null) writeFileSync(join(dir, at), config);
  writeFileSync(join(dir, 'en', 'script.docx'), docx(EDITED));
  const { code, stdout } = run(['check', 'en/script.docx', '--since', 'HEAD', '--json', ...extra], dir);
  return { findings: findings(stdout), code };
}

describe('a lock lifted in the change that edits the locked lines', () => {
  it('locked: removed from the config: locked fails, the lift said first', () => {
    expect(editAndCheck(repo(), 'vo-lines.config.yaml', VOICES)).toEqual({
      findings: [
        ['locked', 'error', LIFTED],
        ['locked', 'error', CHANGE],
      ],
      code: 1,
    });
  });

  it('a config added nearer to the script, without locked: the same', () => {
    expect(editAndCheck(repo(), 'en/vo-lines.config.yaml', VOICES)).toEqual({
      findings: [
        ['locked', 'error', LIFTED],
        ['locked', 'error', CHANGE],
      ],
      code: 1,
    });
  });

  it('--rule locked=warning: a warning, exit 0', () => {
    expect(editAndCheck(repo(), 'vo-lines.config.yaml', VOICES, '--rule', 'locked=warning')).toEqual({
      findings: [
        ['locked', 'warning', LIFTED],
        ['locked', 'warning', CHANGE],
      ],
      code: 0,
    });
  });

  it('the unlock landed on its own first: the edit then passes', () => {
    const dir = repo();
    writeFileSync(join(dir, 'vo-lines.config.yaml'), VOICES);
    // The unlock alone, Narrator's lines untouched: no finding.
    expect(findings(run(['check', 'en/script.docx', '--since', 'HEAD', '--json'], dir).stdout)).toEqual([]);
    git(dir, 'commit', '-q', '-am', 'unlock Narrator');
    expect(editAndCheck(dir, null, '')).toEqual({ findings: [], code: 0 });
  });

  it('still locked today (a config nearer with the lock too): the usual finding only', () => {
    expect(editAndCheck(repo(), 'en/vo-lines.config.yaml', LOCKED)).toEqual({ findings: [['locked', 'error', CHANGE]], code: 1 });
  });
});
