/**
 * `check` in CI: a usage mistake with `-f github` is an `::error` annotation as well as the line on
 * stderr, and with `-f junit` a JUnit report of the error (a CI reading `> vo-lines.xml` finds a
 * report, never an empty file); `--json` with `-f github|junit` is refused, not silently JSON; the
 * per-file list after the annotations shows a file name's line breaks escaped, so no name can start
 * a workflow command of its own. Before: stderr only; an empty report; JSON; a raw name.
 */
import { describe, expect, it } from 'vitest';
import { renderCheckGithub } from '../src/render/check-github.js';
import { summarise, type FileResult } from '../src/check/result.js';
import { runCli } from './helpers/cli.js';

const RULE_ERROR = '--rule nope=error: unknown rule "nope" (known: contract, empty-voice, section-time, tracked-changes, unread-text, unknown-colour, confusable-colours, mixed-word, label-out-of-place, av-picture-column, locked, max-added-words).';

describe('usage mistakes in the CI formats', () => {
  it('-f github, a mistake vo-lines finds: an ::error annotation, the line on stderr, exit 2', () => {
    const run = runCli(['check', 'samples', '-f', 'github', '--rule', 'nope=error']);
    expect(run.stdout).toBe(`::error title=vo-lines%3A usage::${RULE_ERROR}\n`);
    expect(run.stderr).toBe(`vo-lines: ${RULE_ERROR}\n`);
    expect(run.code).toBe(2);
  });

  it('--format=github, a mistake commander finds (an unknown option): the annotation too', () => {
    const run = runCli(['check', 'samples', '--format=github', '--bogus']);
    expect(run.stdout).toBe("::error title=vo-lines%3A usage::unknown option '--bogus'\n");
    expect(run.code).toBe(2);
  });

  it('-f junit: a report with one errored case', () => {
    const run = runCli(['check', 'samples', '-f', 'junit', '--threads', 'x']);
    expect(run.stdout).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="vo-lines check" tests="1" failures="0" errors="1" skipped="0">',
        '  <testsuite name="vo-lines check" tests="1" failures="0" errors="1" skipped="0">',
        '    <testcase classname="vo-lines check" name="run">',
        `      <error type="usage" message="option '--threads &lt;n&gt;' argument 'x' is invalid. expected a whole number, 1 or more."/>`,
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
    expect(run.code).toBe(2);
  });

  it('--json with -f junit: refused (as JSON, since --json asks for it)', () => {
    const run = runCli(['check', 'samples', '--json', '-f', 'junit']);
    expect(JSON.parse(run.stdout).error).toEqual({ code: 'usage', message: '--json and --format junit ask for two outputs: give one.', details: { kind: 'conflict', options: ['--json', '--format'], format: 'junit' } });
    expect(run.code).toBe(2);
  });
});

describe('-f github: the per-file list', () => {
  it("a file name's line break is shown escaped: no line of the log starts with '::' but the annotations", () => {
    const file = 'a\n::stop-commands::token\n.docx';
    const result = { file, status: 'error', format: null, config: null, voices: [], total: null, recorded: null, legend: null, levels: null, checks: [], findings: [], notes: [], error: { code: 'missing', message: `${file}: no such file.` } } as unknown as FileResult;
    const out = renderCheckGithub([result], summarise([result]));
    const commands = out.split('\n').filter((line) => line.startsWith('::'));
    expect(commands).toEqual(['::error file=a%0A%3A%3Astop-commands%3A%3Atoken%0A.docx,title=vo-lines%3A missing::a%0A::stop-commands::token%0A.docx: no such file.']);
    expect(out).toContain('  ERROR  a\\n::stop-commands::token\\n.docx  could not be checked');
  });
});
