/**
 * `check`'s note `config-rules-not-inherited` compares a config with every config above it in the
 * project, not only the next one up, and its `rules:` rule by rule: a repository with configs at the
 * root, in client/ and in client/job/ (the job's contract drops the root's Narrator limits, which
 * client/ has no contract to keep: each named with the config it comes from), and a sibling other/
 * whose `rules:` leaves out the root's `tracked-changes: error` and lowers its `unread-text: error`
 * to a warning (a git repository built here, helpers/since-repo.ts; the built CLI).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runInRepo } from './helpers/git.js';
import { colourDocx, committedRepo, LEARNER, NARRATOR } from './helpers/since-repo.js';

const VOICES = `voices:\n  Narrator: { color: "#${NARRATOR}" }\n  Learner: { color: "#${LEARNER}" }\n`;
/** 18 words for the Narrator, 4 for the Learner: over the root's contract. */
const SCRIPT = colourDocx([
  [NARRATOR, 'Welcome to the spring sale at our garden centre this weekend, with plants and tools for every garden.'],
  [LEARNER, 'Where are the tools?'],
]);

function repo(): string {
  return committedRepo('vo-chain-', {
    'vo-lines.config.yaml': `${VOICES}contract:\n  Narrator: { maxWords: 12, maxMinutes: 1 }\nrules:\n  tracked-changes: error\n  unread-text: error\nlocked: [Narrator]\n`,
    'top.docx': SCRIPT,
    // Rules and locked voices of its own, no contract: the root's Narrator limits dropped here (its own note).
    'client/vo-lines.config.yaml': `${VOICES}rules:\n  tracked-changes: error\n  mixed-word: error\nlocked: [Narrator]\n`,
    'client/c.docx': SCRIPT,
    // A contract for the Learner and rules of its own, no locked voices: the root's limits, client/'s rules and locked voice dropped.
    'client/job/vo-lines.config.yaml': `${VOICES}contract:\n  Learner: { maxWords: 40 }\nrules:\n  confusable-colours: off\n`,
    'client/job/j.docx': SCRIPT,
    // The root's contract and locked voices kept; its rules: leaves out tracked-changes and lowers unread-text.
    'other/vo-lines.config.yaml': `${VOICES}contract:\n  Narrator: { maxWords: 12, maxMinutes: 1 }\nrules:\n  unread-text: warning\nlocked: [Narrator]\n`,
    'other/o.docx': SCRIPT,
  });
}

const CLIENT =
  'client/vo-lines.config.yaml governs this script, and the contract of vo-lines.config.yaml above it does not apply (a config does not inherit from the one above): copy its contract: section into client/vo-lines.config.yaml. Not checked here: Narrator maxWords 12, Narrator maxMinutes 1.';
const job = (root: string, client: string, job: string) =>
  `${job} governs this script, and the locked voices of ${client} above it do not apply, and its own rules: and contract: sections replace those of ${client} and ${root} above it whole (a config does not inherit from the ones above): copy its locked: section into ${job}, and add to ${job}'s rules: and contract: what it should keep of those above. Not checked here: rules: tracked-changes error (warning here, from ${client}), mixed-word error (warning here, from ${client}); Narrator maxWords 12 (from ${root}), Narrator maxMinutes 1 (from ${root}); locked: Narrator (from ${client}).`;
const JOB = job('vo-lines.config.yaml', 'client/vo-lines.config.yaml', 'client/job/vo-lines.config.yaml');
const OTHER =
  "other/vo-lines.config.yaml governs this script, and its own rules: section replaces the one of vo-lines.config.yaml above it whole (a config does not inherit from the one above): add to other/vo-lines.config.yaml's rules: what it should keep of the one above. Not checked here: rules: tracked-changes error (warning here), unread-text error (warning here).";

describe('config-rules-not-inherited: every config above, and rules: rule by rule', () => {
  const dir = repo();

  it('json: the job note names what the root and client/ set and it drops, each with its config; other/ the rules it lowers', () => {
    const { stdout, code } = runInRepo(['check', '.', '--json'], dir);
    const json = JSON.parse(stdout) as { files: { file: string; status: string; notes?: { code: string; message: string; details: unknown }[] }[] };
    expect(json.files.map((f) => [f.file, f.status, f.notes ?? []])).toEqual([
      ['client/c.docx', 'pass', [{ code: 'config-rules-not-inherited', message: CLIENT, details: {
        config: 'client/vo-lines.config.yaml', above: 'vo-lines.config.yaml', sections: ['contract'], sectionFrom: { contract: 'vo-lines.config.yaml' },
        limits: [{ voice: 'Narrator', limit: 'maxWords', value: 12, from: 'vo-lines.config.yaml' }, { voice: 'Narrator', limit: 'maxMinutes', value: 1, from: 'vo-lines.config.yaml' }],
      } }]],
      ['client/job/j.docx', 'pass', [{ code: 'config-rules-not-inherited', message: JOB, details: {
        config: 'client/job/vo-lines.config.yaml', above: 'client/vo-lines.config.yaml', sections: ['rules', 'contract', 'locked'],
        sectionFrom: { rules: 'client/vo-lines.config.yaml', contract: 'vo-lines.config.yaml', locked: 'client/vo-lines.config.yaml' },
        replaced: ['rules', 'contract'],
        rules: [
          { rule: 'tracked-changes', level: 'error', here: 'warning', from: 'client/vo-lines.config.yaml' },
          { rule: 'mixed-word', level: 'error', here: 'warning', from: 'client/vo-lines.config.yaml' },
        ],
        limits: [{ voice: 'Narrator', limit: 'maxWords', value: 12, from: 'vo-lines.config.yaml' }, { voice: 'Narrator', limit: 'maxMinutes', value: 1, from: 'vo-lines.config.yaml' }],
        locked: ['Narrator'], lockedFrom: ['client/vo-lines.config.yaml'],
      } }]],
      ['other/o.docx', 'fail', [{ code: 'config-rules-not-inherited', message: OTHER, details: {
        config: 'other/vo-lines.config.yaml', above: 'vo-lines.config.yaml', sections: ['rules'], sectionFrom: { rules: 'vo-lines.config.yaml' }, replaced: ['rules'],
        rules: [
          { rule: 'tracked-changes', level: 'error', here: 'warning', from: 'vo-lines.config.yaml' },
          { rule: 'unread-text', level: 'error', here: 'warning', from: 'vo-lines.config.yaml' },
        ],
      } }]],
      // The root's own script fails its contract: the limits the job drops are real.
      ['top.docx', 'fail', []],
    ]);
    expect(code).toBe(1);
  });

  it('human: the same sentence; github, run in client/: every config named from the repository\'s root', () => {
    const human = runInRepo(['check', 'client/job/j.docx'], dir).stdout;
    expect(human.split('\n').slice(0, 2)).toEqual(['client/job/j.docx', `  note     config-rules-not-inherited  ${JOB}`]);
    const inClient = runInRepo(['check', 'job/j.docx', '--json'], join(dir, 'client')).stdout;
    expect((JSON.parse(inClient) as { files: { notes: { message: string }[] }[] }).files[0]!.notes[0]!.message).toBe(job('../vo-lines.config.yaml', 'vo-lines.config.yaml', 'job/vo-lines.config.yaml'));
    const github = runInRepo(['check', 'job/j.docx', '--format', 'github'], join(dir, 'client')).stdout;
    expect(github.split('\n')[0]).toBe(`::notice file=client/job/j.docx,title=vo-lines config-rules-not-inherited::${JOB}`);
  });

  it('a rule a config below raises, or writes at the level above, drops nothing: no note', () => {
    const kept = committedRepo('vo-chain-kept-', {
      'vo-lines.config.yaml': `${VOICES}rules:\n  tracked-changes: error\n  mixed-word: off\n`,
      'a/vo-lines.config.yaml': `${VOICES}rules:\n  tracked-changes: error\n  mixed-word: warning\n`,
      'a/b/vo-lines.config.yaml': `${VOICES}rules:\n  Tracked-Changes: error\n  unread-text: error\n`,
      'a/b/s.docx': SCRIPT,
    });
    const json = JSON.parse(runInRepo(['check', 'a/b/s.docx', '--json'], kept).stdout) as { files: { notes?: unknown }[] };
    expect(json.files[0]!.notes).toBeUndefined();
  });
});
