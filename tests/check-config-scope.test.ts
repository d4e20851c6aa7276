/**
 * `check`'s note `config-rules-not-inherited` speaks of the project's configs only, and GitHub's
 * annotations name paths as `file=` does (from the repository's root), in the built CLI:
 *
 * - a config in the home folder (or above it: the machine's) is no project's: a config nearer to a
 *   script that drops its rules gets no note, while one in any other folder above still does;
 * - in a git work tree, a config outside it (above the repository) gets no note either; one inside
 *   the tree above a subfolder's config still does (`.git` a folder, or a file: a worktree);
 * - `--format github` run in a subfolder of a repository: the note's paths, the `(config: …)` of an
 *   error and the file an error's message opens with are from the repository's root, like `file=`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx, r } from './helpers/docx-builder.js';
import { git, gitTestEnv } from './helpers/git.js';
import { CLI } from './helpers/cli.js';

const BLUE = '<w:color w:val="0070C0"/>';
const SPOT = buildDocx({ body: `<w:p>${r('Welcome to the spring sale at our garden centre this weekend, with plants and tools for every garden.', BLUE)}</w:p>` });
const VOICES = 'voices:\n  Narrator: { color: "#0070C0" }\n';
/** A config with a contract and a rule off: what a nearer config with voices only drops. */
const WITH_RULES = `${VOICES}contract:\n  Narrator: { maxWords: 100 }\nrules:\n  mixed-word: off\n`;

function folder(files: Record<string, string | Uint8Array>, dir = mkdtempSync(join(tmpdir(), 'vo-config-scope-'))): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** The built CLI in `cwd`, with HOME (and USERPROFILE) set to `home`; git confined to the temporary folders. */
function run(args: string[], cwd: string, home: string): { code: number | null; stdout: string; stderr: string } {
  const env = { ...gitTestEnv(), HOME: home, USERPROFILE: home };
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const notesOf = (stdout: string) => (JSON.parse(stdout) as { files: { file: string; notes?: { code: string; details: unknown }[] }[] }).files.map((f) => [f.file, f.notes ?? []]);

describe('config-rules-not-inherited: the project’s configs only', () => {
  it('a config in the home folder: no note on a project below it; the same folder as no home: the note', () => {
    const home = folder({ 'vo-lines.config.yaml': WITH_RULES, 'spot/vo-lines.config.yaml': VOICES, 'spot/a.docx': SPOT });
    const elsewhere = mkdtempSync(join(tmpdir(), 'vo-config-scope-home-'));
    const spot = join(home, 'spot');
    expect(notesOf(run(['check', 'a.docx', '--json'], spot, home).stdout)).toEqual([['a.docx', []]]);
    // Its own home's config and the one above the home folder are no project's either.
    const nested = folder({ 'vo-lines.config.yaml': WITH_RULES, 'me/vo-lines.config.yaml': VOICES, 'me/a.docx': SPOT });
    expect(notesOf(run(['check', 'a.docx', '--json'], join(nested, 'me'), join(nested, 'me')).stdout)).toEqual([['a.docx', []]]);
    // The same folders, the home elsewhere: the config above is the project's.
    expect(notesOf(run(['check', 'a.docx', '--json'], spot, elsewhere).stdout)).toEqual([
      ['a.docx', [{ code: 'config-rules-not-inherited', message: expect.any(String), details: { config: 'vo-lines.config.yaml', above: '../vo-lines.config.yaml', sections: ['rules', 'contract'], sectionFrom: { rules: '../vo-lines.config.yaml', contract: '../vo-lines.config.yaml' }, limits: [{ voice: 'Narrator', limit: 'maxWords', value: 100, from: '../vo-lines.config.yaml' }] } }]],
    ]);
  });

  it('in a git work tree: a config above the repository gets no note, one above a subfolder’s in the repository does', () => {
    const above = folder({
      'vo-lines.config.yaml': WITH_RULES,
      'repo/vo-lines.config.yaml': `${VOICES}locked: [Narrator]\n`,
      'repo/a.docx': SPOT,
      'repo/module/vo-lines.config.yaml': VOICES,
      'repo/module/b.docx': SPOT,
    });
    const repo = join(above, 'repo');
    git(repo, 'init', '-q');
    const home = mkdtempSync(join(tmpdir(), 'vo-config-scope-home-'));
    expect(notesOf(run(['check', '.', '--json'], repo, home).stdout)).toEqual([
      ['a.docx', []],
      ['module/b.docx', [{ code: 'config-rules-not-inherited', message: expect.any(String), details: { config: 'module/vo-lines.config.yaml', above: 'vo-lines.config.yaml', sections: ['locked'], sectionFrom: { locked: 'vo-lines.config.yaml' }, locked: ['Narrator'], lockedFrom: ['vo-lines.config.yaml'] } }]],
    ]);
    // The same folders without the repository: the config above it is the project's again.
    const plain = folder({ 'vo-lines.config.yaml': WITH_RULES, 'repo/vo-lines.config.yaml': `${VOICES}locked: [Narrator]\n`, 'repo/a.docx': SPOT });
    expect(notesOf(run(['check', 'a.docx', '--json'], join(plain, 'repo'), home).stdout)).toEqual([
      ['a.docx', [{ code: 'config-rules-not-inherited', message: expect.any(String), details: { config: 'vo-lines.config.yaml', above: '../vo-lines.config.yaml', sections: ['rules', 'contract'], sectionFrom: { rules: '../vo-lines.config.yaml', contract: '../vo-lines.config.yaml' }, limits: [{ voice: 'Narrator', limit: 'maxWords', value: 100, from: '../vo-lines.config.yaml' }] } }]],
    ]);
    // A worktree's top holds `.git` as a file.
    const worktree = folder({ 'vo-lines.config.yaml': WITH_RULES, 'wt/.git': 'gitdir: /nowhere/.git/worktrees/wt\n', 'wt/vo-lines.config.yaml': VOICES, 'wt/a.docx': SPOT });
    expect(notesOf(run(['check', 'a.docx', '--json'], join(worktree, 'wt'), home).stdout)).toEqual([['a.docx', []]]);
  });
});

describe('--format github in a subfolder of a repository: the messages name paths as file= does', () => {
  it('the note’s configs, an error’s file and its config, from the repository’s root', () => {
    const repo = folder({
      'vo-lines.config.yaml': VOICES,
      'scripts/vo-lines.config.yaml': WITH_RULES,
      'scripts/module2/vo-lines.config.yaml': VOICES,
      'scripts/module2/a.docx': SPOT,
    });
    git(repo, 'init', '-q');
    const home = mkdtempSync(join(tmpdir(), 'vo-config-scope-home-'));
    const { stdout } = run(['check', 'module2/a.docx', 'gone.docx', '--format', 'github'], join(repo, 'scripts'), home);
    expect(stdout.split('\n').slice(0, 2)).toEqual([
      '::notice file=scripts/module2/a.docx,title=vo-lines config-rules-not-inherited::scripts/module2/vo-lines.config.yaml governs this script, and the rules and contract of scripts/vo-lines.config.yaml above it do not apply (a config does not inherit from the one above): copy its rules: and contract: sections into scripts/module2/vo-lines.config.yaml. Not checked here: Narrator maxWords 100.',
      '::error file=scripts/gone.docx,title=vo-lines%3A missing-file::scripts/gone.docx: no such file. Check the path. (config: scripts/vo-lines.config.yaml)',
    ]);
  });

  it('every message: no-voice-map (its file, its config, the init command), a reader’s error, an invalid config’s error', () => {
    const repo = folder({
      'scripts/module2/vo-lines.config.yaml': 'wpm: 140\n',
      'scripts/module2/plain.docx': buildDocx({ body: `<w:p>${r('Hello there, and welcome to the course.')}</w:p>` }),
      'scripts/notes.docx': 'not a script',
      'scripts/bad/vo-lines.config.yaml': 'voices: [\n',
      'scripts/bad/spot.docx': SPOT,
    });
    git(repo, 'init', '-q');
    const home = mkdtempSync(join(tmpdir(), 'vo-config-scope-home-'));
    const { code, stdout } = run(['check', 'module2/plain.docx', 'notes.docx', 'bad/spot.docx', '--format', 'github'], join(repo, 'scripts'), home);
    expect(code).toBe(2);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      '::error file=scripts/module2/plain.docx,title=vo-lines%3A no-voice-map::scripts/module2/plain.docx: its config (scripts/module2/vo-lines.config.yaml) names no voice, and it has no legend: nothing to check the voices against. Give a config with --config FILE, write one with vo-lines init scripts/module2/plain.docx, or pass --no-config to check the colour groups. (config: scripts/module2/vo-lines.config.yaml)',
      '::error file=scripts/notes.docx,title=vo-lines%3A not-a-script::scripts/notes.docx is not a DOCX or PDF file: vo-lines reads .docx and .pdf scripts.',
      '::error file=scripts/bad/spot.docx,title=vo-lines%3A bad-config::scripts/bad/vo-lines.config.yaml: not valid YAML at line 2, column 1 (Flow sequence in block collection must be sufficiently indented and end with a ]). (config: scripts/bad/vo-lines.config.yaml)',
    ]);
  });
});
