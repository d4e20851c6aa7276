/**
 * `vo-lines check --since REV` end to end: the built `dist/cli/main.cjs` (npm test builds first) in
 * temporary git repositories. A script is committed with a config that locks Narrator and allows
 * Learner 5 added words; the working tree is then edited and checked against HEAD.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseLocked, parseContract } from '../src/config/contract.js';
import { buildDocx } from './helpers/docx-builder.js';
import { git, gitTestEnv, runInRepo } from './helpers/git.js';
import { colourDocx as docx, committedRepo, LEARNER, NARRATOR, type Paragraph } from './helpers/since-repo.js';
import { wordDiff, plainWordDiff } from '../src/compare/word-diff.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.cjs');

const run = runInRepo;

// Narrator in dark grey (2 lines, 20 words), Learner in green (1 line, 8 words).
const LINES: Paragraph[] = [
  [NARRATOR, 'Welcome to the spring sale at our garden centre this weekend.'],
  [LEARNER, 'I found everything I needed for my garden.'],
  [NARRATOR, 'Come and see us, open every day from nine.'],
];
/** LINES with line `index` (0-based) replaced. */
const edit = (index: number, text: string): Paragraph[] => LINES.map((line, i) => (i === index ? [line[0], text] : line));

const CONFIG = [
  'voices:',
  '  Narrator: { color: "#404040" }',
  '  Learner: { color: "#00B050" }',
  'locked: [Narrator]',
  'contract:',
  '  Learner: { maxAddedWords: 5 }',
  '',
].join('\n');

/** A git repository with script.docx (`lines`) and its config committed. */
const repo = (config = CONFIG, lines = LINES): string => committedRepo('vo-since-', { 'vo-lines.config.yaml': config, 'script.docx': docx(lines) });

const NARRATOR_CHANGE = 'Narrator: line changed since HEAD: Welcome to the [-spring-]{+summer+} sale at our garden … [¶1]';

describe('check --since HEAD: a locked voice', () => {
  const dir = repo();
  writeFileSync(join(dir, 'script.docx'), docx(edit(0, 'Welcome to the summer sale at our garden centre this weekend.')));

  it('human: an edited Narrator line is a locked error naming the line and its word diff, then the summary; exit 1', () => {
    const { code, stdout, stderr } = run(['check', 'script.docx', '--since', 'HEAD'], dir);
    expect(stdout).toBe(
      [
        'script.docx',
        `  error    locked  ${NARRATOR_CHANGE}`,
        '  Narrator since HEAD: 1 changed, ±0 words',
        '',
        'Files:',
        '  (config: vo-lines.config.yaml)',
        '  FAIL   script.docx  2 voices, 28 words to record, 0:11 · 1 error',
        '',
        '1 file: 0 passed, 1 failed · 1 error.',
        '',
      ].join('\n'),
    );
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  it('github: one ::error annotation on the file, then the changes since HEAD as a notice', () => {
    const { code, stdout } = run(['check', 'script.docx', '--since', 'HEAD', '--format', 'github'], dir);
    expect(stdout).toBe(
      [
        `::error file=script.docx,title=vo-lines locked (Narrator)::${NARRATOR_CHANGE} (config: vo-lines.config.yaml)`,
        '::notice file=script.docx,title=vo-lines since HEAD::Narrator since HEAD: 1 changed, ±0 words',
        '',
        '  (config: vo-lines.config.yaml)',
        '  FAIL   script.docx  2 voices, 28 words to record, 0:11 · 1 error',
        '',
        '1 file: 0 passed, 1 failed · 1 error.',
        '',
      ].join('\n'),
    );
    expect(code).toBe(1);
  });

  it('junit: a failing "locked: Narrator" case and a passing "max-added-words: Learner" case; the changes in the suite\'s output', () => {
    const { code, stdout } = run(['check', 'script.docx', '--since', 'HEAD', '--format', 'junit'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('<testsuite name="script.docx" tests="8" failures="1" errors="0" skipped="0">');
    expect(stdout).toContain(
      [
        '    <testcase classname="script.docx" name="locked: Narrator">',
        `      <failure type="locked" message="${NARRATOR_CHANGE}">${NARRATOR_CHANGE}</failure>`,
        '    </testcase>',
        '    <testcase classname="script.docx" name="max-added-words: Learner"/>',
        '    <system-out>Narrator since HEAD: 1 changed, ±0 words</system-out>',
        '  </testsuite>',
      ].join('\n'),
    );
  });

  it('json: the rules of --since are in force (and listed) only with --since', () => {
    const withSince = JSON.parse(run(['check', 'script.docx', '--since', 'HEAD', '--json'], dir).stdout).files[0];
    expect(withSince.rules).toMatchObject({ locked: 'error', 'max-added-words': 'error' });
    expect(withSince.findings).toEqual([{ rule: 'locked', level: 'error', voice: 'Narrator', message: NARRATOR_CHANGE.replace(' [¶1]', ''), location: { story: 'body', paragraph: 1 } }]);
    const without = run(['check', 'script.docx', '--json'], dir);
    expect(without.code).toBe(0);
    const file = JSON.parse(without.stdout).files[0];
    expect(Object.keys(file.rules)).not.toContain('locked');
    expect(Object.keys(file.rules)).not.toContain('max-added-words');
    expect(file.findings).toEqual([]);
  });

  it('the locked rule set to warning in the config: a warning, exit 0', () => {
    const warn = repo(`${CONFIG}rules:\n  locked: warning\n`);
    writeFileSync(join(warn, 'script.docx'), docx(edit(0, 'Welcome to the summer sale at our garden centre this weekend.')));
    const { code, stdout } = run(['check', 'script.docx', '--since', 'HEAD'], warn);
    expect(stdout.split('\n').slice(0, 3)).toEqual(['script.docx', `  warning  locked  ${NARRATOR_CHANGE}`, '  Narrator since HEAD: 1 changed, ±0 words']);
    expect(stdout).toContain('  pass   script.docx  2 voices, 28 words to record, 0:11 · 1 warning');
    expect(code).toBe(0);
    // --rule wins over the config, as for every rule.
    expect(run(['check', 'script.docx', '--since', 'HEAD', '--rule', 'locked=error'], warn).code).toBe(1);
    expect(run(['check', 'script.docx', '--since', 'HEAD', '--rule', 'locked=off'], dir).code).toBe(0);
  });

  it('changed, added, reassigned and removed Narrator lines are each a finding, in reading order (removed last); a moved one is not', () => {
    const [A, B, C] = LINES as [Paragraph, Paragraph, Paragraph];
    const D: Paragraph = [NARRATOR, 'Ask our team about delivery to your door.'];
    const F: Paragraph = [NARRATOR, 'Parking is free for every visitor.'];
    const E: Paragraph = [NARRATOR, 'Thank you for listening.'];
    const many = repo(CONFIG, [A, B, C, D, F, E]);
    const P: Paragraph = [NARRATOR, 'Our prices have never been this low.'];
    writeFileSync(join(many, 'script.docx'), docx([[NARRATOR, 'Welcome to the summer sale at our garden centre this weekend.'], B, D, P, [LEARNER, E[1]], C]));
    const { code, stdout } = run(['check', 'script.docx', '--since', 'HEAD'], many);
    expect(code).toBe(1);
    expect(stdout.split('\n').slice(0, 8)).toEqual([
      'script.docx',
      '  error    locked  Narrator: line changed since HEAD: Welcome to the [-spring-]{+summer+} sale at our garden … [¶1]',
      '  error    locked  Narrator: line added since HEAD: "Our prices have never been this low." [¶4]',
      '  error    locked  Narrator: line given to Learner since HEAD: "Thank you for listening." [¶5]',
      // A line moved unchanged is none: its recording is still good (the summary counts it).
      '  error    locked  Narrator: line removed since HEAD (it was at ¶5 in HEAD): "Parking is free for every visitor."',
      '  Narrator since HEAD: +1 line, -1 line, 1 changed, -1 line to another voice, 1 line moved, -3 words',
      '  Learner since HEAD: +1 line from another voice, +4 words',
      '',
    ]);
  });

  it('a long line is cut in the message; a line taken from Narrator by another voice counts as words added to it', () => {
    const dir = repo();
    writeFileSync(join(dir, 'script.docx'), docx([[LEARNER, LINES[0]![1]], LINES[1]!, LINES[2]!]));
    const { stdout } = run(['check', 'script.docx', '--since', 'HEAD'], dir);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'script.docx',
      '  error    locked           Narrator: line given to Learner since HEAD: "Welcome to the spring sale at our garden centre this…" [¶1]',
      "  error    max-added-words  Learner: 11 words added since HEAD (in 1 line from another voice), over the contract's maximum of 5 by 6.",
    ]);
  });
});

describe('check --since HEAD: words added to a voice with maxAddedWords', () => {
  it('a Learner line edited within the limit: exit 0, the change in the summary', () => {
    const dir = repo();
    writeFileSync(join(dir, 'script.docx'), docx(edit(1, 'I found everything I needed for my little garden.')));
    const { code, stdout } = run(['check', 'script.docx', '--since', 'HEAD'], dir);
    expect(stdout).toBe(
      ['script.docx', '  Learner since HEAD: 1 changed, +1 word', '', 'Files:', '  (config: vo-lines.config.yaml)', '  pass   script.docx  2 voices, 29 words to record, 0:12', '', '1 file: 1 passed · no findings.', ''].join('\n'),
    );
    expect(code).toBe(0);
  });

  it('10 Learner words added: max-added-words error, exit 1', () => {
    const dir = repo();
    writeFileSync(join(dir, 'script.docx'), docx(edit(1, 'I found everything I needed for my garden, and the staff were kind, helpful and very quick today.')));
    const { code, stdout } = run(['check', 'script.docx', '--since', 'HEAD'], dir);
    expect(stdout.split('\n').slice(0, 4)).toEqual([
      'script.docx',
      "  error    max-added-words  Learner: 10 words added since HEAD (in 1 changed line), over the contract's maximum of 5 by 5.",
      '  Learner since HEAD: 1 changed, +10 words',
      '',
    ]);
    expect(code).toBe(1);
    const github = run(['check', 'script.docx', '--since', 'HEAD', '--format', 'github'], dir).stdout;
    expect(github.split('\n')[0]).toBe(
      "::error file=script.docx,title=vo-lines max-added-words (Learner)::Learner: 10 words added since HEAD (in 1 changed line), over the contract's maximum of 5 by 5. (config: vo-lines.config.yaml)",
    );
  });

  it('over the limit in several lines of each kind: the message counts them, in the plural', () => {
    const N3: Paragraph = [NARRATOR, 'Parking is free for every visitor.'];
    const N4: Paragraph = [NARRATOR, 'Thank you for listening.'];
    const L2: Paragraph = [LEARNER, 'The roses were lovely this year.'];
    const [A, B, C] = LINES as [Paragraph, Paragraph, Paragraph];
    const dir = repo(CONFIG, [A, B, C, L2, N3, N4]);
    writeFileSync(
      join(dir, 'script.docx'),
      docx([
        A,
        [LEARNER, 'I found everything I needed for my little garden.'],
        C,
        [LEARNER, 'The roses were really lovely this year.'],
        [LEARNER, N3[1]],
        [LEARNER, N4[1]],
        [LEARNER, 'My children loved the pond.'],
        [LEARNER, 'We will be back next week.'],
      ]),
    );
    const { stdout } = run(['check', 'script.docx', '--since', 'HEAD', '--rule', 'locked=off'], dir);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'script.docx',
      "  error    max-added-words  Learner: 23 words added since HEAD (in 2 added lines, 2 changed lines, 2 lines from other voices), over the contract's maximum of 5 by 18.",
      '  Narrator since HEAD: -2 lines to other voices, -10 words',
    ]);
  });

  it('nothing changed: no finding and no summary, exit 0', () => {
    const dir = repo();
    expect(run(['check', 'script.docx', '--since', 'HEAD'], dir)).toEqual({
      code: 0,
      stdout: ['Files:', '  (config: vo-lines.config.yaml)', '  pass   script.docx  2 voices, 28 words to record, 0:11', '', '1 file: 1 passed · no findings.', ''].join('\n'),
      stderr: '',
    });
  });
});

describe('check --since: the file at REV', () => {
  it('a file that did not exist at REV: every line is added', () => {
    const dir = repo();
    mkdirSync(join(dir, 'new'));
    copyFileSync(join(dir, 'script.docx'), join(dir, 'new', 'spot.docx'));
    const { code, stdout } = run(['check', 'new/spot.docx', '--since', 'HEAD'], dir);
    expect(stdout).toBe(
      [
        'new/spot.docx',
        '  error    locked           Narrator: line added since HEAD: "Welcome to the spring sale at our garden centre this…" [¶1]',
        '  error    locked           Narrator: line added since HEAD: "Come and see us, open every day from nine." [¶3]',
        "  error    max-added-words  Learner: 8 words added since HEAD (in 1 added line), over the contract's maximum of 5 by 3.",
        '  not in HEAD: every line is new (git does not track it yet: if it was renamed, `git add` it so its old name is found)',
        '  Narrator since HEAD: +2 lines, +20 words',
        '  Learner since HEAD: +1 line, +8 words',
        '',
        'Files:',
        '  (config: vo-lines.config.yaml)',
        '  FAIL   new/spot.docx  2 voices, 28 words to record, 0:11 · 3 errors',
        '',
        '1 file: 0 passed, 1 failed · 3 errors.',
        '',
      ].join('\n'),
    );
    expect(code).toBe(1);
  });

  it('an older revision by name (HEAD~1), and the same results on one thread and on two', () => {
    const dir = repo();
    writeFileSync(join(dir, 'script.docx'), docx(edit(1, 'I found everything I needed for my little garden.')));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'other.docx'), docx(LINES));
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'second');
    writeFileSync(join(dir, 'script.docx'), docx(edit(0, 'Welcome to the summer sale at our garden centre this weekend.')));
    const args = ['check', 'script.docx', 'sub/other.docx', '--since', 'HEAD~1'];
    const one = run([...args, '--threads', '1'], dir);
    const two = run([...args, '--threads', '2'], dir);
    expect(one.stdout.split('\n').slice(0, 10)).toEqual([
      'script.docx',
      '  error    locked  Narrator: line changed since HEAD~1: Welcome to the [-spring-]{+summer+} sale at our garden … [¶1]',
      '  Narrator since HEAD~1: 1 changed, ±0 words',
      '',
      'sub/other.docx',
      '  error    locked           Narrator: line added since HEAD~1: "Welcome to the spring sale at our garden centre this…" [¶1]',
      '  error    locked           Narrator: line added since HEAD~1: "Come and see us, open every day from nine." [¶3]',
      "  error    max-added-words  Learner: 8 words added since HEAD~1 (in 1 added line), over the contract's maximum of 5 by 3.",
      '  not in HEAD~1: every line is new',
      '  Narrator since HEAD~1: +2 lines, +20 words',
    ]);
    expect(one.code).toBe(1);
    expect(two).toEqual(one);
    const json = (out: string) => JSON.parse(out);
    expect(json(run([...args, '--json', '--threads', '2'], dir).stdout)).toEqual(json(run([...args, '--json', '--threads', '1'], dir).stdout));
  });

  it("what the reader said of the version at REV: notes of the file, after its own, named REV:path as diff names a side", () => {
    // Narrator's first line in the theme's accent2 (#404040), the run's cached #FF0000 contradicting it: the reader warns.
    const themed = (text: string) =>
      buildDocx({
        theme: { accent2: NARRATOR },
        body: [`<w:p><w:r><w:rPr><w:color w:val="FF0000" w:themeColor="accent2"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`, ...LINES.slice(1).map(([colour, line]) => `<w:p><w:r><w:rPr><w:color w:val="${colour}"/></w:rPr><w:t xml:space="preserve">${line}</w:t></w:r></w:p>`)].join(''),
      });
    const reader = 'Text coloured "accent2" caches #FF0000 but the theme gives #404040; vo-lines uses #404040, as Word does (LibreOffice shows #FF0000).';
    const dir = repo();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'spot.docx'), themed(LINES[0]![1]));
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'themed');
    // The theme colour made plain since: only the old version has the warning.
    writeFileSync(join(dir, 'sub', 'spot.docx'), docx(LINES));
    const { code, stdout } = run(['check', 'sub/spot.docx', '--since', 'HEAD'], dir);
    expect(stdout).toBe(
      [
        'sub/spot.docx',
        `  note     theme-colour-mismatch  HEAD:sub/spot.docx: ${reader} [¶1]`,
        '',
        'Files:',
        '  (config: vo-lines.config.yaml)',
        '  pass   sub/spot.docx  2 voices, 28 words to record, 0:11 · 1 note',
        '',
        '1 file: 1 passed · no findings, 1 note.',
        '',
      ].join('\n'),
    );
    expect(code).toBe(0);
    expect(JSON.parse(run(['check', 'sub/spot.docx', '--since', 'HEAD', '--json'], dir).stdout).files[0].notes).toEqual([
      { code: 'theme-colour-mismatch', message: `HEAD:sub/spot.docx: ${reader}`, location: { story: 'body', paragraph: 1 }, details: { themeColor: 'accent2', theme: '#404040', cached: '#FF0000', paragraphs: 1 } },
    ]);
    // Both versions warn, the line edited: the file's own note, then the old version's; from the folder, the old one still named by its path in the repository.
    writeFileSync(join(dir, 'sub', 'spot.docx'), themed('Welcome to the summer sale at our garden centre this weekend.'));
    const both = run(['check', 'spot.docx', '--since', 'HEAD', '--rule', 'locked=warning', '--threads', '2'], join(dir, 'sub'));
    expect(both.stdout.split('\n').slice(0, 6)).toEqual([
      'spot.docx',
      '  warning  locked                 Narrator: line changed since HEAD: Welcome to the [-spring-]{+summer+} sale at our garden … [¶1]',
      `  note     theme-colour-mismatch  ${reader} [¶1]`,
      `  note     theme-colour-mismatch  HEAD:sub/spot.docx: ${reader} [¶1]`,
      '  Narrator since HEAD: 1 changed, ±0 words',
      '',
    ]);
    expect(both.code).toBe(0);
  });

  it('an unknown revision: an input error for the file in one line, exit 2', () => {
    const dir = repo();
    const { code, stdout, stderr } = run(['check', 'script.docx', '--since', 'nope'], dir);
    expect(stdout).toBe(
      [
        'script.docx',
        '  error    input  script.docx: unknown revision "nope": no such commit in this git repository.',
        '',
        'Files:',
        '  (config: vo-lines.config.yaml)',
        '  ERROR  script.docx  could not be checked',
        '',
        '1 file: 0 passed, 1 could not be checked · no findings.',
        '',
      ].join('\n'),
    );
    expect(stderr).toBe('');
    expect(code).toBe(2);
    const github = run(['check', 'script.docx', '--since', 'nope', '--format', 'github'], dir).stdout;
    expect(github.split('\n')[0]).toBe(
      '::error file=script.docx,title=vo-lines%3A unknown-revision::script.docx: unknown revision "nope": no such commit in this git repository. (config: vo-lines.config.yaml)',
    );
  });

  it('not a git repository: an input error for the file, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-since-nogit-'));
    writeFileSync(join(dir, 'vo-lines.config.yaml'), CONFIG);
    writeFileSync(join(dir, 'script.docx'), docx(LINES));
    const { code, stdout } = run(['check', 'script.docx', '--since', 'HEAD', '--json'], dir);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).files[0].error).toEqual({ code: 'not-a-git-repository', message: 'script.docx: not a git repository, so there is no version at HEAD to compare with.', details: { rev: 'HEAD' } });
    expect(run(['check', 'script.docx', '--since', 'HEAD'], dir).stdout.split('\n')[1]).toBe(
      '  error    input  script.docx: not a git repository, so there is no version at HEAD to compare with.',
    );
  });

  it('a revision that looks like an option is a usage error', () => {
    const dir = repo();
    expect(run(['check', 'script.docx', '--since=--output=x'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'vo-lines: --since "--output=x": give a git revision such as HEAD~1, main or origin/main.\n',
    });
  });
});

/**
 * The modules of the CLI's bundle whose code ran for `args`: the bundle wraps each module in a
 * function named by its path (esbuild's `__esm`), and V8's coverage (NODE_V8_COVERAGE) counts the
 * calls of every function.
 */
function modulesRun(args: string[], cwd: string): string[] {
  const coverage = mkdtempSync(join(tmpdir(), 'vo-coverage-'));
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...gitTestEnv(), NODE_V8_COVERAGE: coverage } });
  expect(result.stderr).toBe('');
  const ran = new Set<string>();
  for (const name of readdirSync(coverage)) {
    const { result: scripts } = JSON.parse(readFileSync(join(coverage, name), 'utf8')) as { result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[] };
    for (const script of scripts) {
      if (!script.url.endsWith('/dist/cli/app.cjs')) continue;
      for (const fn of script.functions) if (/\.m?js$/.test(fn.functionName) && fn.ranges[0]!.count > 0) ran.add(fn.functionName);
    }
  }
  return [...ran];
}

describe('what check loads', () => {
  const dir = repo();
  writeFileSync(join(dir, 'script.docx'), docx(edit(0, 'Welcome to the summer sale at our garden centre this weekend.')));
  const sinceOnly = (path: string) => /node_modules\/diff\/|dist\/compare\/|dist\/check\/since/.test(path);

  it('without --since: nothing of --since runs, neither its modules nor the word diff library', () => {
    const ran = modulesRun(['check', 'script.docx'], dir);
    expect(ran).toContain('dist/check/rules.js');
    expect(ran.filter(sinceOnly)).toEqual([]);
  });

  it('with --since: they run', () => {
    const ran = modulesRun(['check', 'script.docx', '--since', 'HEAD'], dir);
    for (const path of ['dist/check/since-check.js', 'dist/check/since-rules.js', 'dist/check/since-summary.js', 'dist/compare/word-diff.js']) expect(ran).toContain(path);
    expect(ran.some((path) => /node_modules\/diff\//.test(path))).toBe(true);
  });
});

describe('the config keys', () => {
  it('locked: a list of voices of the config', () => {
    expect(parseLocked(['Narrator', 'Narrator'], 'cfg', ['Narrator', 'Learner'])).toEqual(['Narrator']);
    expect(parseLocked(undefined, 'cfg', ['Narrator'])).toEqual([]);
    expect(() => parseLocked('Narrator', 'cfg', ['Narrator'])).toThrow('cfg: "locked" must be a list of voice names, e.g. {"locked": ["Narrator"]}.');
    expect(() => parseLocked(['Narator'], 'cfg', ['Narrator', 'Learner'])).toThrow('cfg: "locked": no voice "Narator" in "voices" (voices: "Narrator", "Learner").');
  });

  it('contract.<Voice>.maxAddedWords: a whole number, 0 or more; alone it is a limit', () => {
    expect(parseContract({ Learner: { maxAddedWords: 0 } }, 'cfg', ['Learner'])).toEqual({ Learner: { maxAddedWords: 0 } });
    expect(() => parseContract({ Learner: { maxAddedWords: 2.5 } }, 'cfg')).toThrow('cfg: "contract.Learner.maxAddedWords" must be a whole number of words, 0 or more, not 2.5.');
  });

  it('a misspelt locked voice fails the file as an input error, with or without --since', () => {
    const dir = repo(CONFIG.replace('locked: [Narrator]', 'locked: [Narator]'));
    const { code, stdout } = run(['check', 'script.docx', '--json'], dir);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).files[0].error).toEqual({
      code: 'bad-config',
      // The config named from the working folder, as every other path.
      message: 'vo-lines.config.yaml: "locked": no voice "Narator" in "voices" (voices: "Narrator", "Learner").',
      details: { file: 'vo-lines.config.yaml', kind: 'unknown-voice', field: 'locked', voice: 'Narator', voices: ['Narrator', 'Learner'] },
    });
  });

  it('a changed line in markers keeps four words of context on each side of a change', () => {
    expect(plainWordDiff(wordDiff('one two three four five six seven eight nine ten', 'one two three four five SIX seven eight nine ten'))).toBe(
      '… two three four five [-six-]{+SIX+} seven eight nine ten',
    );
  });
});
