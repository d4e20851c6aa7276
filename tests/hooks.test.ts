/**
 * The CI and git-hook examples in a script repository that is not this one: the check step of
 * `action.yml` run as GitHub runs it (bash, inputs through the environment), and each hook of
 * `.pre-commit-hooks.yaml` run as pre-commit runs it (the entry on the PATH, the staged files that
 * match `files` as arguments, one run for all with `require_serial`). The installed command is the
 * built CLI (npm test builds first) behind a `vo-lines` on the PATH. Installing the hooks with
 * pre-commit itself (3.0.4 and 4.6.2) was tried by hand; see the README.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildDocx, r } from './helpers/docx-builder.js';
import { plainEnv } from './helpers/env.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.cjs');

const BLUE = '<w:color w:val="0070C0"/>';
const script = (words: number) => buildDocx({ body: `<w:p>${r(Array.from({ length: words }, (_, i) => `word${i}`).join(' '), BLUE)}</w:p>` });

/** A git repository of scripts: scripts/ok/spot.docx within its contract, scripts/long/spot.docx over it. */
function scriptRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vo-hooks-'));
  for (const [folder, words] of [['ok', 8], ['long', 40]] as const) {
    mkdirSync(join(dir, 'scripts', folder), { recursive: true });
    writeFileSync(join(dir, 'scripts', folder, 'spot.docx'), script(words));
    writeFileSync(join(dir, 'scripts', folder, 'vo-lines.config.json'), JSON.stringify({ voices: { Narrator: { color: '#0070C0' } }, contract: { Narrator: { maxWords: 20 } } }));
  }
  writeFileSync(join(dir, 'notes.txt'), 'not a script\n');
  const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  git('add', '-A');
  return dir;
}

/** A repository whose voice has a space in its name, its scripts in folders named with spaces and brackets. */
function namedVoiceRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vo-hooks-named-'));
  for (const folder of ['My Scripts', 'Take [2]', 'Take 2']) {
    mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, folder, 'spot.docx'), script(8));
  }
  writeFileSync(join(dir, 'vo-lines.config.json'), JSON.stringify({ voices: { 'Lead Narrator': { color: '#0070C0' } } }));
  return dir;
}

/** A folder with a `vo-lines` command that runs the built CLI, as `npm install -g` would put one on the PATH. */
function installedCommand(): string {
  const bin = mkdtempSync(join(tmpdir(), 'vo-bin-'));
  const command = join(bin, 'vo-lines');
  writeFileSync(command, `#!/bin/sh\nexec "${process.execPath}" "${cli}" "$@"\n`);
  chmodSync(command, 0o755);
  return bin;
}

describe('action.yml: the check step in another repository', () => {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default: string }>;
    runs: { steps: { name?: string; run?: string; env?: Record<string, string> }[] };
  };
  const step = action.runs.steps.find((s) => s.name === 'vo-lines check')!;

  function runStep(inputs: Record<string, string>, cwd: string) {
    const value = (name: string) => inputs[name] ?? action.inputs[name]!.default;
    const env = plainEnv({ VO_LINES: cli, VO_FILES: value('files'), VO_CONFIG: value('config'), VO_FORMAT: value('format'), VO_ARGS: value('args') });
    return spawnSync('bash', ['-e', '-c', step.run!], { cwd, encoding: 'utf8', env });
  }

  it('passes every input through the environment, none into the script text', () => {
    expect(step.run).not.toMatch(/\$\{\{/);
    expect(Object.keys(step.env!)).toEqual(['VO_LINES', 'VO_FILES', 'VO_CONFIG', 'VO_FORMAT', 'VO_ARGS']);
  });

  it('runs the package\'s bin, the command as a user installs it', () => {
    const bin = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['vo-lines'];
    expect(step.env!.VO_LINES).toBe(`\${{ github.action_path }}/${bin}`);
  });

  it('default inputs: every script of the repository, GitHub annotations, exit 1 for the script over its contract', () => {
    const repo = scriptRepository();
    const result = runStep({}, repo);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('::error file=scripts/long/spot.docx,title=vo-lines contract (Narrator)::Narrator: 40 words, over the contract\'s maximum of 20 by 20.');
    expect(result.stdout).not.toContain('file=scripts/ok/spot.docx,title=vo-lines contract');
  });

  it('files and args as a user writes them: a quoted glob reaches vo-lines unexpanded, args split into options', () => {
    const repo = scriptRepository();
    const ok = runStep({ files: 'scripts/ok/**/*.docx', args: '--max-words 100 --voice Narrator', format: 'json' }, repo);
    expect(ok.status, ok.stderr).toBe(0);
    const report = JSON.parse(ok.stdout) as { files: { file: string; status: string }[] };
    expect(report.files.map((f) => [f.file, f.status])).toEqual([['scripts/ok/spot.docx', 'pass']]);
  });

  it('files and args are split as a shell splits them: quotes keep a name with spaces whole, and are not part of it', () => {
    const repo = namedVoiceRepository();
    for (const args of ['--voice "Lead Narrator" --max-words 3', "--voice 'Lead Narrator' --max-words=3", '--voice Lead\\ Narrator\n--max-words 3', '--voice "Lead "Narrator --max-words 3']) {
      const result = runStep({ files: '"My Scripts" \'Take [2]/*.docx\'', args }, repo);
      expect(result.status, `${args}: ${result.stderr}`).toBe(1);
      expect(result.stdout.split('\n').filter((line) => line.startsWith('::error'))).toEqual([
        "::error file=My Scripts/spot.docx,title=vo-lines contract (Lead Narrator)::Lead Narrator: 8 words, over the contract's maximum of 3 by 5. (config: vo-lines.config.json)",
        "::error file=Take [2]/spot.docx,title=vo-lines contract (Lead Narrator)::Lead Narrator: 8 words, over the contract's maximum of 3 by 5. (config: vo-lines.config.json)",
      ]);
    }
  });

  it('nothing in files or args is expanded or run: $(…), backquotes, ; and $VAR reach vo-lines as words', () => {
    const repo = namedVoiceRepository();
    const result = runStep({ files: '"My Scripts"', args: '--max-words 100 --voice "$(touch pwned1)" `touch pwned2`; touch pwned3 $HOME', format: 'json' }, repo);
    expect(existsSync(join(repo, 'pwned1')) || existsSync(join(repo, 'pwned2')) || existsSync(join(repo, 'pwned3'))).toBe(false);
    // --voice takes "$(touch pwned1)"; the other words are files vo-lines does not find.
    expect(result.status).toBe(2);
    const report = JSON.parse(result.stdout) as { files: { file: string }[] };
    expect(report.files.map((f) => f.file)).toEqual(['My Scripts/spot.docx', '`touch', 'pwned2`;', 'touch', 'pwned3', '$HOME']);
  });

  it('a quote left open: one line that says so, exit 2, vo-lines not run', () => {
    const repo = namedVoiceRepository();
    const result = runStep({ files: '"My Scripts"', args: '--voice "Lead Narrator --max-words 3' }, repo);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('vo-lines: the args input has a " quote that is not closed; quote a name with spaces as a shell does: --voice "Lead Narrator".\n');
  });

  it('the default files: every script of the repository, whatever the case of its extension, lock files left out', () => {
    const repo = scriptRepository();
    writeFileSync(join(repo, 'scripts', 'long', 'Spot2.Docx'), script(30));
    writeFileSync(join(repo, 'scripts', 'ok', '~$spot.docx'), new Uint8Array(162).fill(0x20));
    const result = runStep({}, repo);
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::error'))).toEqual([
      "::error file=scripts/long/Spot2.Docx,title=vo-lines contract (Narrator)::Narrator: 30 words, over the contract's maximum of 20 by 10. (config: scripts/long/vo-lines.config.json)",
      "::error file=scripts/long/spot.docx,title=vo-lines contract (Narrator)::Narrator: 40 words, over the contract's maximum of 20 by 20. (config: scripts/long/vo-lines.config.json)",
    ]);
    expect(result.stdout).toContain('Left out: 1 lock file Word keeps beside a document while it is open (not a script): scripts/ok/~$spot.docx.\n');
  });
});

describe('.pre-commit-hooks.yaml: each hook as pre-commit runs it in another repository', () => {
  const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string; require_serial?: boolean }[];

  it('offers the self-installing hook and the one that uses the installed command', () => {
    expect(hooks.map((h) => [h.id, h.language, h.entry])).toEqual([
      ['vo-lines-check', 'node', 'vo-lines check'],
      ['vo-lines-check-installed', 'system', 'vo-lines check'],
    ]);
  });

  for (const hook of hooks) {
    it(`${hook.id}: the staged scripts (and only they) in one run; exit 1 names the script over its contract`, () => {
      const repo = scriptRepository();
      const staged = spawnSync('git', ['diff', '--cached', '--name-only'], { cwd: repo, encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
      const files = staged.filter((name) => new RegExp(hook.files).test(name));
      // The configs too: each means the scripts it is the config of, here the same two, each checked once.
      expect(files.sort()).toEqual(['scripts/long/spot.docx', 'scripts/long/vo-lines.config.json', 'scripts/ok/spot.docx', 'scripts/ok/vo-lines.config.json']);
      expect(hook.require_serial).toBe(true);
      const [command, ...args] = hook.entry.split(' ');
      const env = plainEnv({ PATH: `${installedCommand()}${delimiter}${process.env.PATH ?? ''}` });
      const result = spawnSync(command!, [...args, ...files], { cwd: repo, encoding: 'utf8', env });
      expect(result.status, result.stderr).toBe(1);
      // Its note (too short to tell its language) widens the rule column.
      expect(result.stdout).toContain('scripts/long/spot.docx\n  error    contract          Narrator: 40 words, over the contract\'s maximum of 20 by 20.\n  note     language-unknown  ');
      expect(result.stdout).toMatch(/2 files: 1 passed, 1 failed/);
    });
  }
});

/** Commits what scriptRepository staged, then stages `change` made to it: a later commit's hook. */
function laterCommit(change: (repo: string) => void): string {
  const repo = scriptRepository();
  const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, encoding: 'utf8' });
  git('commit', '-q', '-m', 'scripts');
  change(repo);
  git('add', '-A');
  return repo;
}

/** The contract of scripts/ok lowered from 20 words to 5: its spot (8 words) is over it now. */
const lowerContract = (repo: string) =>
  writeFileSync(join(repo, 'scripts', 'ok', 'vo-lines.config.json'), JSON.stringify({ voices: { Narrator: { color: '#0070C0' } }, contract: { Narrator: { maxWords: 5 } } }));

const staged = (repo: string) => spawnSync('git', ['diff', '--cached', '--name-only'], { cwd: repo, encoding: 'utf8' }).stdout.split('\n').filter(Boolean);

describe('the hooks run on a config too: a commit that only changes a contract is checked', () => {
  const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; files: string }[];

  it('files: every .docx and .pdf whatever the case of the extension, and vo-lines.config.json|yaml|yml; nothing else', () => {
    const names = ['a.docx', 'B.Docx', 'c/C.PDF', 'd.Pdf', 'vo-lines.config.yaml', 'x/vo-lines.config.json', 'x/y/vo-lines.config.yml', 'my-vo-lines.config.yaml', 'notes.txt', 'x.docx.bak', 'vo-lines.config.yaml.orig'];
    for (const hook of hooks) {
      expect(names.filter((name) => new RegExp(hook.files).test(name))).toEqual(['a.docx', 'B.Docx', 'c/C.PDF', 'd.Pdf', 'vo-lines.config.yaml', 'x/vo-lines.config.json', 'x/y/vo-lines.config.yml']);
    }
  });

  for (const hook of hooks) {
    it(`${hook.id}: the staged config alone; its script over the lowered contract fails the commit`, () => {
      const repo = laterCommit(lowerContract);
      const files = staged(repo).filter((name) => new RegExp(hook.files).test(name));
      expect(files).toEqual(['scripts/ok/vo-lines.config.json']);
      const [command, ...args] = hook.entry.split(' ');
      const result = spawnSync(command!, [...args, ...files], { cwd: repo, encoding: 'utf8', env: plainEnv({ PATH: `${installedCommand()}${delimiter}${process.env.PATH ?? ''}` }) });
      expect(result.status, result.stderr).toBe(1);
      expect(result.stdout).toContain("scripts/ok/spot.docx\n  error    contract          Narrator: 8 words, over the contract's maximum of 5 by 3.\n");
      expect(result.stdout).toMatch(/1 file: 0 passed, 1 failed/);
    });
  }

  it("the README's plain git hook: a staged config, and a script whatever the case of its extension", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const hook = /```sh\n(#!\/bin\/sh\n[^`]*)```/.exec(readme)![1]!;
    const env = plainEnv({ PATH: `${installedCommand()}${delimiter}${process.env.PATH ?? ''}` });
    const config = laterCommit(lowerContract);
    const onConfig = spawnSync('sh', ['-c', hook], { cwd: config, encoding: 'utf8', env });
    // xargs turns vo-lines' exit 1 into its own failure (123 for GNU xargs): the commit stops either way.
    expect(onConfig.status, onConfig.stderr).not.toBe(0);
    expect(onConfig.stdout).toContain("scripts/ok/spot.docx\n  error    contract          Narrator: 8 words, over the contract's maximum of 5 by 3.\n");
    expect(onConfig.stdout).toMatch(/\n\n1 file: 0 passed, 1 failed · 1 error, 1 note\.\n$/);
    const mixedCase = laterCommit((repo) => writeFileSync(join(repo, 'scripts', 'long', 'Take2.DOCX'), script(30)));
    const onScript = spawnSync('sh', ['-c', hook], { cwd: mixedCase, encoding: 'utf8', env });
    expect(onScript.status, onScript.stderr).not.toBe(0);
    expect(onScript.stdout).toContain("scripts/long/Take2.DOCX\n  error    contract          Narrator: 30 words, over the contract's maximum of 20 by 10.\n");
  });
});
