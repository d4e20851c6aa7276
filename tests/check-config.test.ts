/**
 * Which config governs a script in `vo-lines check`, said in every output, and the small wrongs of
 * check in CI: the built CLI in temporary folders and git repositories (tests/helpers/git.ts).
 *
 * - A subfolder's config replaces the one above entirely (the nearest config wins, no cascade): each
 *   output names each file's config, and a script whose config sets no rules/contract/locked while a
 *   config above it does gets a `config-rules-not-inherited` note.
 * - `--format github` names files from the repository's root (GitHub's annotations need it).
 * - The shallow-checkout hint of an unknown revision only in a shallow clone.
 * - A line moved unchanged is no locked violation and no added word.
 * - JUnit lists the lock files a walk left out; a missing literal path with `(` is no glob.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT } from './helpers/cli.js';
import { buildDocx, r } from './helpers/docx-builder.js';
import { git, gitTestEnv, runInRepo } from './helpers/git.js';

const BLUE = '<w:color w:val="0070C0"/>';
const GREEN = '<w:color w:val="00B050"/>';
const TEXT = 'Welcome to the spring sale at our garden centre this weekend, with plants and tools for every garden.';
const SPOT = buildDocx({ body: `<w:p>${r(TEXT, BLUE)}</w:p>` });
const PASS = '1 voice, 18 words to record, 0:07';
const VOICES = 'voices:\n  Narrator: { color: "#0070C0" }\n';
/** Root config: voices, a contract Narrator passes and a rule off. */
const ROOT_CONFIG = `${VOICES}contract:\n  Narrator: { maxWords: 100 }\nrules:\n  mixed-word: off\n`;

function folder(files: Record<string, string | Uint8Array | null>, dir = mkdtempSync(join(tmpdir(), 'vo-check-config-'))): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, content === null ? '' : '..'), { recursive: true });
    if (content !== null) writeFileSync(join(dir, path), content);
  }
  return dir;
}

const NOT_INHERITED =
  'module2/vo-lines.config.yaml governs this script, and the rules and contract of vo-lines.config.yaml above it do not apply (a config does not inherit from the one above): copy its rules: and contract: sections into module2/vo-lines.config.yaml. Not checked here: Narrator maxWords 100.';

describe('a subfolder config replaces the one above: each output names it, and says what is not inherited', () => {
  const dir = folder({
    'vo-lines.config.yaml': ROOT_CONFIG,
    'intro.docx': SPOT,
    'module2/vo-lines.config.yaml': VOICES,
    'module2/a.docx': SPOT,
    'module2/b.docx': SPOT,
    'module3/vo-lines.config.yaml': `${VOICES}rules:\n  tracked-changes: error\n`,
    'module3/c.docx': SPOT,
  });

  it('human: the files grouped by their config; a note on each script of module2, and on module3 for the contract only (it has rules of its own)', () => {
    const { code, stdout, stderr } = runInRepo(['check', '.'], dir);
    expect(stdout).toBe(
      [
        'module2/a.docx',
        `  note     config-rules-not-inherited  ${NOT_INHERITED}`,
        '',
        'module2/b.docx',
        `  note     config-rules-not-inherited  ${NOT_INHERITED}`,
        '',
        'module3/c.docx',
        '  note     config-rules-not-inherited  module3/vo-lines.config.yaml governs this script, and the contract of vo-lines.config.yaml above it does not apply (a config does not inherit from the one above): copy its contract: section into module3/vo-lines.config.yaml. Not checked here: Narrator maxWords 100.',
        '',
        'Files:',
        '  (config: vo-lines.config.yaml)',
        `  pass   intro.docx      ${PASS}`,
        '  (config: module2/vo-lines.config.yaml)',
        `  pass   module2/a.docx  ${PASS} · 1 note`,
        `  pass   module2/b.docx  ${PASS} · 1 note`,
        '  (config: module3/vo-lines.config.yaml)',
        `  pass   module3/c.docx  ${PASS} · 1 note`,
        '',
        '4 files: 4 passed · no findings, 3 notes.',
        '',
      ].join('\n'),
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('json: config per file as a path from the working folder; the note with its details', () => {
    const json = JSON.parse(runInRepo(['check', '.', '--json'], dir).stdout);
    expect(json.files.map((f: { file: string; config: string }) => [f.file, f.config])).toEqual([
      ['intro.docx', 'vo-lines.config.yaml'],
      ['module2/a.docx', 'module2/vo-lines.config.yaml'],
      ['module2/b.docx', 'module2/vo-lines.config.yaml'],
      ['module3/c.docx', 'module3/vo-lines.config.yaml'],
    ]);
    expect(json.files[1].notes).toEqual([
      { code: 'config-rules-not-inherited', message: NOT_INHERITED, details: { config: 'module2/vo-lines.config.yaml', above: 'vo-lines.config.yaml', sections: ['rules', 'contract'], sectionFrom: { rules: 'vo-lines.config.yaml', contract: 'vo-lines.config.yaml' }, limits: [{ voice: 'Narrator', limit: 'maxWords', value: 100, from: 'vo-lines.config.yaml' }] } },
    ]);
    // From inside module2 the paths are relative to it.
    const inside = JSON.parse(runInRepo(['check', 'a.docx', '--json'], join(dir, 'module2')).stdout);
    expect(inside.files[0].config).toBe('vo-lines.config.yaml');
    expect(inside.files[0].notes[0].details).toEqual({ config: 'vo-lines.config.yaml', above: '../vo-lines.config.yaml', sections: ['rules', 'contract'], sectionFrom: { rules: '../vo-lines.config.yaml', contract: '../vo-lines.config.yaml' }, limits: [{ voice: 'Narrator', limit: 'maxWords', value: 100, from: '../vo-lines.config.yaml' }] });
  });

  it('--config and --no-config: no note (the config is the one asked for)', () => {
    const json = JSON.parse(runInRepo(['check', 'module2/a.docx', '--config', 'module2/vo-lines.config.yaml', '--json'], dir).stdout);
    expect(json.files[0].notes).toBeUndefined();
    expect(json.files[0].config).toBe('module2/vo-lines.config.yaml');
  });

  it('github: the annotations name the config; junit: a config property per testsuite', () => {
    const github = runInRepo(['check', 'module2/a.docx', 'intro.docx', '--format', 'github'], dir).stdout;
    expect(github.split('\n').slice(0, 8)).toEqual([
      `::notice file=module2/a.docx,title=vo-lines config-rules-not-inherited::${NOT_INHERITED}`,
      '',
      '  (config: module2/vo-lines.config.yaml)',
      `  pass   module2/a.docx  ${PASS} · 1 note`,
      '  (config: vo-lines.config.yaml)',
      `  pass   intro.docx      ${PASS}`,
      '',
      '2 files: 2 passed · no findings, 1 note.',
    ]);
    const junit = runInRepo(['check', 'module2/a.docx', '--format', 'junit'], dir).stdout;
    expect(junit).toContain('  <testsuite name="module2/a.docx" tests="5" failures="0" errors="0" skipped="0">\n    <properties>\n      <property name="config" value="module2/vo-lines.config.yaml"/>\n    </properties>\n');
  });

  it('a config that cannot be read is still named as the file\'s config (json), and the file is an error', () => {
    const bad = folder({ 'vo-lines.config.yaml': 'voices: [', 's.docx': SPOT });
    const json = JSON.parse(runInRepo(['check', 's.docx', '--json'], bad).stdout);
    expect(json.files[0].status).toBe('error');
    expect(json.files[0].config).toBe('vo-lines.config.yaml');
  });
});

describe('a line moved unchanged is not re-recorded', () => {
  const NARRATOR = '404040';
  const LEARNER = '00B050';
  const para = (colour: string, text: string) => `<w:p><w:r><w:rPr><w:color w:val="${colour}"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const A = 'Welcome to the spring sale at our garden centre this weekend.';
  const B = 'I found everything I needed for my garden.';
  const C = 'Come and see us, open every day from nine.';
  const CONFIG = 'voices:\n  Narrator: { color: "#404040" }\n  Learner: { color: "#00B050" }\nlocked: [Narrator]\ncontract:\n  Narrator: { maxAddedWords: 0 }\n';

  it('two Narrator lines swapped around a Learner line: no locked finding, 0 words added, the moves said; exit 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-moved-'));
    git(dir, 'init', '-q');
    writeFileSync(join(dir, 'vo-lines.config.yaml'), CONFIG);
    writeFileSync(join(dir, 'script.docx'), buildDocx({ body: para(NARRATOR, A) + para(LEARNER, B) + para(NARRATOR, C) }));
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'script');
    writeFileSync(join(dir, 'script.docx'), buildDocx({ body: para(NARRATOR, C) + para(LEARNER, B) + para(NARRATOR, A) }));
    const { code, stdout } = runInRepo(['check', 'script.docx', '--since', 'HEAD'], dir);
    expect(stdout).toBe(
      [
        'script.docx',
        // The alignment keeps the last line in place: the other two moved past it (compare/align.ts).
        '  Narrator since HEAD: 1 line moved, ±0 words',
        '  Learner since HEAD: 1 line moved, ±0 words',
        '',
        'Files:',
        '  (config: vo-lines.config.yaml)',
        '  pass   script.docx  2 voices, 28 words to record, 0:11',
        '',
        '1 file: 1 passed · no findings.',
        '',
      ].join('\n'),
    );
    expect(code).toBe(0);
    const json = JSON.parse(runInRepo(['check', 'script.docx', '--since', 'HEAD', '--json'], dir).stdout);
    const narrator = json.files[0].since.voices.find((v: { name: string }) => v.name === 'Narrator');
    expect([narrator.moved, narrator.addedWords, narrator.added, narrator.removed]).toEqual([1, 0, 0, 0]);
    expect(json.files[0].findings).toEqual([]);
  });
});

describe('--format github names files from the repository root', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-gh-root-'));
  git(dir, 'init', '-q');
  folder({ 'scripts/vo-lines.config.yaml': `${VOICES}contract:\n  Narrator: { maxWords: 10 }\n`, 'scripts/spot.docx': SPOT }, dir);

  it('run in scripts/: file=scripts/spot.docx and the message\'s config from the root too, the log lines keep the working folder\'s path', () => {
    const { code, stdout } = runInRepo(['check', '.', '--format', 'github'], join(dir, 'scripts'));
    expect(stdout.split('\n')).toEqual([
      "::error file=scripts/spot.docx,title=vo-lines contract (Narrator)::Narrator: 18 words, over the contract's maximum of 10 by 8. (config: scripts/vo-lines.config.yaml)",
      '',
      '  (config: vo-lines.config.yaml)',
      `  FAIL   spot.docx  ${PASS} · 1 error`,
      '',
      '1 file: 0 passed, 1 failed · 1 error.',
      '',
    ]);
    expect(code).toBe(1);
  });

  it('outside a git repository: the working folder\'s path', () => {
    const plain = folder({ 'vo-lines.config.yaml': `${VOICES}contract:\n  Narrator: { maxWords: 10 }\n`, 'spot.docx': SPOT });
    expect(runInRepo(['check', 'spot.docx', '--format', 'github'], plain).stdout.split('\n')[0]).toMatch(/^::error file=spot\.docx,/);
  });
});

describe('an unknown revision: the fetch-depth hint only in a shallow clone', () => {
  const origin = mkdtempSync(join(tmpdir(), 'vo-shallow-'));
  git(origin, 'init', '-q');
  folder({ 'vo-lines.config.yaml': VOICES, 'spot.docx': SPOT }, origin);
  git(origin, 'add', '.');
  git(origin, 'commit', '-q', '-m', 'one');
  writeFileSync(join(origin, 'other.txt'), 'x');
  git(origin, 'add', '.');
  git(origin, 'commit', '-q', '-m', 'two');

  it('a full repository: no fetch-depth hint', () => {
    const json = JSON.parse(runInRepo(['check', 'spot.docx', '--since', 'nosuchrev', '--json'], origin).stdout);
    expect(json.files[0].error.message).toBe('spot.docx: unknown revision "nosuchrev": no such commit in this git repository.');
  });

  it('a shallow clone: the hint', () => {
    const parent = mkdtempSync(join(tmpdir(), 'vo-shallow-clone-'));
    git(parent, 'clone', '-q', '--depth', '1', `file://${origin}`, 'clone');
    // Said once for the whole check (every script would fail alike), with the cure.
    const run = runInRepo(['check', '.', '--since', 'HEAD~1', '--json'], join(parent, 'clone'));
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      error: {
        code: 'unknown-revision',
        message: '--since HEAD~1: unknown revision: no such commit in this shallow clone (its history is cut). A CI checkout needs the history: actions/checkout with fetch-depth: 0 (or git fetch --unshallow).',
        details: { rev: 'HEAD~1', shallow: true, repositories: ['.'] },
      },
    });
    const text = runInRepo(['check', '.', 'spot.docx', '--since', 'HEAD~1'], join(parent, 'clone'));
    expect([text.stdout, text.stderr]).toEqual(['', 'vo-lines: --since HEAD~1: unknown revision: no such commit in this shallow clone (its history is cut). A CI checkout needs the history: actions/checkout with fetch-depth: 0 (or git fetch --unshallow).\n']);
  });
});

describe('--since takes one revision, not a range', () => {
  it('v1...HEAD and main..: a usage error saying which revision to give, before any script is read', () => {
    const dir = folder({ 'vo-lines.config.yaml': VOICES, 'spot.docx': SPOT });
    const symmetric = runInRepo(['check', 'spot.docx', '--since', 'v1...HEAD', '--json'], dir);
    expect(symmetric.code).toBe(2);
    expect(JSON.parse(symmetric.stdout).error).toEqual({
      code: 'usage',
      message:
        '--since "v1...HEAD" is a range: --since takes one revision, the one to compare the scripts with. For the changes of HEAD since it left v1, give --since $(git merge-base v1 HEAD); on a pull request, --since $(git merge-base origin/main HEAD) (the commit the branch started from).',
      details: { kind: 'invalid-value', option: '--since', value: 'v1...HEAD', problem: 'range', instead: '--since $(git merge-base v1 HEAD)' },
    });
    expect(runInRepo(['check', 'spot.docx', '--since', 'main..'], dir).stderr).toBe(
      'vo-lines: --since "main.." is a range: --since takes one revision, the one to compare the scripts with. For the changes of HEAD since main, give --since main; on a pull request, --since $(git merge-base origin/main HEAD) (the commit the branch started from).\n',
    );
  });
});

describe('a missing path that only looks like a glob', () => {
  it('"Module (v3)" that does not exist: no such file (as any missing path), not "no file matches"; exit 2', () => {
    const dir = folder({ 'vo-lines.config.yaml': VOICES, 'Module (v2)/s.docx': SPOT });
    const json = JSON.parse(runInRepo(['check', 'Module (v3)', '--json'], dir).stdout);
    expect(json.files[0].error.message).toBe('Module (v3): no such file. Check the path.');
    expect(runInRepo(['check', 'Module (v3)', 'Take [2]/x.docx'], dir).stdout).toContain('  error    input  Take [2]/x.docx: no such file. Check the path.');
    expect(runInRepo(['check', 'Module (v3)'], dir).code).toBe(2);
    // A real glob still says it matched nothing.
    expect(JSON.parse(runInRepo(['check', 'Module (v3)/*.docx', '--json'], dir).stdout).files[0].error.message).toBe('no file matches "Module (v3)/*.docx".');
  });
});

describe('junit: the lock files a walk left out', () => {
  it('each a skipped testcase of a "left out" testsuite', () => {
    const lock = new Uint8Array(162).fill(0x20);
    lock[0] = 4;
    lock.set([0x4d, 0x61, 0x72, 0x79], 1);
    const dir = folder({ 'vo-lines.config.yaml': VOICES, 'drafts/s.docx': SPOT, 'drafts/~$s.docx': lock });
    const junit = runInRepo(['check', 'drafts', '--format', 'junit'], dir).stdout;
    expect(junit).toContain(
      [
        '  <testsuite name="left out" tests="1" failures="0" errors="0" skipped="1">',
        '    <testcase classname="left out" name="drafts/~$s.docx">',
        '      <skipped message="a lock file Word keeps beside a document while it is open, not a script"/>',
        '    </testcase>',
        '  </testsuite>',
      ].join('\n'),
    );
    expect(junit).toMatch(/<testsuites name="vo-lines check" tests="\d+" failures="0" errors="0" skipped="1">/);
  });
});

describe('diff: the noun agrees with the number beside it', () => {
  it('a voice that had no line: "0 → 1 word", "0 → 1 line"', () => {
    const config = 'voices:\n  Narrator: { color: "#0070C0" }\n  Learner: { color: "#00B050" }\n';
    const dir = folder({
      'vo-lines.config.yaml': config,
      'old.docx': buildDocx({ body: `<w:p>${r(TEXT, BLUE)}</w:p>` }),
      'new.docx': buildDocx({ body: `<w:p>${r(TEXT, BLUE)}</w:p><w:p>${r('Hello.', GREEN)}</w:p>` }),
    });
    const { code, stdout } = runInRepo(['diff', 'old.docx', 'new.docx'], dir);
    expect(code).toBe(0);
    // The times `summary` shows for each file (diff-text after diffsides): new.docx's 8 s shared 7 + 1.
    expect(stdout).toContain('\nLearner: 0 → 1 word (+1), 0:00 → 0:01 (+0:01), 0 → 1 line (+1)\n');
  });
});

describe("the README's plain git hook", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('Or as a plain git hook');
  const hook = readme.slice(readme.indexOf('```sh\n', start) + 6, readme.indexOf('\n```', readme.indexOf('```sh\n', start) + 6) + 1);
  /** A repository with the hook installed and `vo-lines` on the PATH (the built CLI). */
  function hooked(files: Record<string, string | Uint8Array>): { dir: string; commit: () => { code: number | null; out: string } } {
    const dir = mkdtempSync(join(tmpdir(), 'vo-hook-'));
    git(dir, 'init', '-q');
    folder(files, dir);
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'scripts');
    const bin = mkdtempSync(join(tmpdir(), 'vo-hook-bin-'));
    writeFileSync(join(bin, 'vo-lines'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`, { mode: 0o755 });
    writeFileSync(join(dir, '.git', 'hooks', 'pre-commit'), hook, { mode: 0o755 });
    const env = { ...gitTestEnv(), PATH: `${bin}${delimiter}${process.env.PATH}` };
    const commit = () => {
      const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'change'], { cwd: dir, encoding: 'utf8', env });
      return { code: result.status, out: result.stdout + result.stderr };
    };
    return { dir, commit };
  }
  const strict = `${VOICES}contract:\n  Narrator: { maxWords: 10 }\n`;
  const loose = `${VOICES}contract:\n  Narrator: { maxWords: 100 }\n`;

  it.skipIf(process.platform === 'win32')('a commit that deletes module2\'s config checks module2\'s scripts with the config above: refused', () => {
    const { dir, commit } = hooked({ 'vo-lines.config.yaml': strict, 'module2/vo-lines.config.yaml': loose, 'module2/Spot été.DOCX': SPOT, 'other/x.docx': SPOT, 'other/vo-lines.config.yaml': loose });
    git(dir, 'rm', '-q', 'module2/vo-lines.config.yaml');
    const { code, out } = commit();
    expect(out).toContain("module2/Spot été.DOCX\n  error    contract  Narrator: 18 words, over the contract's maximum of 10 by 8.");
    expect(out).not.toContain('other/x.docx');
    expect(code).not.toBe(0);
  });

  it.skipIf(process.platform === 'win32')('a commit with no script and no config: vo-lines is not run, the commit goes through', () => {
    const { dir, commit } = hooked({ 'vo-lines.config.yaml': strict, 'notes.txt': 'a' });
    writeFileSync(join(dir, 'notes.txt'), 'b');
    git(dir, 'add', 'notes.txt');
    expect(commit()).toEqual({ code: 0, out: '' });
  });
});
