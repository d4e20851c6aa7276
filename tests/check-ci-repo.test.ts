/**
 * `check` as a team runs it in CI on a repository of scripts (the probe of /tmp/PROBE10), in the
 * built CLI:
 *
 * - a config with a name close to a config's (`vo-lines.yaml`, `Vo-Lines.config.yaml`,
 *   `vo-lines.config.yml.txt`…) in a folder searched for one is said in every command
 *   (`config-misnamed`: the file, the name it should have), never silently ignored;
 * - `--format github`: `file=` is the path from the root of the repository that holds the file,
 *   also when the working folder is not in it (`actions/checkout` with `path: scripts`, then
 *   `check scripts/` from the workspace) or is a subfolder of it (`working-directory: scripts`);
 * - a symbolic link named as a script that leads nowhere is listed under "Left out:";
 * - `locked` and `contract` find their voices whatever the case, as README says;
 * - a config's error names it as other messages name paths (from the working folder).
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx, r } from './helpers/docx-builder.js';
import { git, runInRepo } from './helpers/git.js';
import { misnamedConfigWarnings, nearMissConfigName } from '../src/config/file.js';

const BLUE = '<w:color w:val="0070C0"/>';
const GREEN = '<w:color w:val="00B050"/>';
const SPOT = buildDocx({
  body: `<w:p>${r('Welcome to the spring sale at our garden centre this weekend, with plants and tools for every garden.', BLUE)}</w:p><w:p>${r('Do you sell seeds too?', GREEN)}</w:p>`,
});
const VOICES = 'voices:\n  Narrator: { color: "#0070C0" }\n  Customer: { color: "#00B050" }\n';

function folder(files: Record<string, string | Uint8Array>, dir = mkdtempSync(join(tmpdir(), 'vo-ci-repo-'))): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

interface JsonFile {
  file: string;
  status: string;
  config: string | null;
  error?: { code: string; message: string; details?: Record<string, unknown> };
  findings: { rule: string; voice?: string; message: string }[];
  notes: { code: string; message: string; details?: Record<string, unknown> }[];
}
const json = (stdout: string) => JSON.parse(stdout) as { summary: { leftOut?: unknown[] }; files: JsonFile[] };

describe('config-misnamed: a config no command reads, said in every command', () => {
  it('names close to a config’s, and the name each should have', () => {
    expect(nearMissConfigName('vo-lines.yaml')).toEqual({ expected: 'vo-lines.config.yaml', caseOnly: false });
    expect(nearMissConfigName('Vo-Lines.config.yaml')).toEqual({ expected: 'vo-lines.config.yaml', caseOnly: true });
    expect(nearMissConfigName('vo-lines.config.yml.txt')).toEqual({ expected: 'vo-lines.config.yml', caseOnly: false });
    expect(nearMissConfigName('vo-lines-config.yaml')).toEqual({ expected: 'vo-lines.config.yaml', caseOnly: false });
    expect(nearMissConfigName('.vo-lines.config.yaml')).toEqual({ expected: 'vo-lines.config.yaml', caseOnly: false });
    expect(nearMissConfigName('vo_lines.config.JSON')).toEqual({ expected: 'vo-lines.config.json', caseOnly: false });
    // A config's own name, a backup kept on purpose, another tool's file: none.
    for (const name of ['vo-lines.config.yaml', 'vo-lines.config.yaml.bak', 'vo-lines.config.yaml~', 'lines.yaml', 'vo-lines.md']) expect(nearMissConfigName(name)).toBeNull();
  });

  it('check: a folder with vo-lines.yaml only is an input error for lack of a config, and the note says why', () => {
    const dir = folder({ 'vo-lines.yaml': VOICES, 'spot.docx': SPOT });
    const { code, stdout } = runInRepo(['check', 'spot.docx'], dir);
    expect(code).toBe(2);
    expect(stdout).toContain(
      '  note     config-misnamed  vo-lines.yaml is not read as a config (no config is read for this script): did you mean vo-lines.config.yaml? Rename it to have it read.\n',
    );
    const file = json(runInRepo(['check', 'spot.docx', '--json'], dir).stdout).files[0]!;
    expect(file.error?.code).toBe('no-voice-map');
    expect(file.notes).toEqual([
      {
        code: 'config-misnamed',
        message: 'vo-lines.yaml is not read as a config (no config is read for this script): did you mean vo-lines.config.yaml? Rename it to have it read.',
        details: { file: 'vo-lines.yaml', expected: 'vo-lines.config.yaml', caseOnly: false, readHere: false, used: null },
      },
    ]);
    // The GitHub annotation too.
    expect(runInRepo(['check', 'spot.docx', '-f', 'github'], dir).stdout).toContain(
      '::notice file=spot.docx,title=vo-lines config-misnamed::vo-lines.yaml is not read as a config (no config is read for this script): did you mean vo-lines.config.yaml? Rename it to have it read.\n',
    );
  });

  it('summary, lines and the colours say it as a warning; --config and --no-config look for none, so say nothing', () => {
    const dir = folder({ 'module/Vo-Lines.config.yaml': VOICES, 'module/spot.docx': SPOT, 'vo-lines.config.yaml': VOICES });
    const said =
      "module/Vo-Lines.config.yaml is not read as a config (this script is read with vo-lines.config.yaml): did you mean vo-lines.config.yaml? A config's name is in lower case: a disk that ignores case (macOS, Windows) would read it, Linux (as in most CI) does not, so the two give different results.";
    for (const args of [['summary', 'module/spot.docx'], ['lines', 'module/spot.docx'], ['module/spot.docx'], ['colors', 'module/spot.docx']]) {
      const { code, stdout } = runInRepo(args, dir);
      expect(code, args.join(' ')).toBe(0);
      expect(stdout, args.join(' ')).toContain(`  ! ${said}\n`);
    }
    const summary = JSON.parse(runInRepo(['summary', 'module/spot.docx', '--json'], dir).stdout) as { warnings: { code: string; details: unknown }[] };
    expect(summary.warnings.filter((w) => w.code === 'config-misnamed')).toEqual([
      { code: 'config-misnamed', message: said, details: { file: 'module/Vo-Lines.config.yaml', expected: 'vo-lines.config.yaml', caseOnly: true, readHere: false, used: 'vo-lines.config.yaml' } },
    ]);
    expect(runInRepo(['summary', 'module/spot.docx', '--config', 'vo-lines.config.yaml'], dir).stdout).not.toContain('config-misnamed');
    expect(runInRepo(['summary', 'module/spot.docx', '--config', 'vo-lines.config.yaml'], dir).stdout).not.toContain('Vo-Lines');
    expect(runInRepo(['summary', 'module/spot.docx', '--no-config'], dir).stdout).not.toContain('Vo-Lines');
  });

  it('beside the config read, and a folder above the config found is not searched', () => {
    const dir = folder({ 'vo-lines.yml.txt': VOICES, 'module/vo-lines.config.yaml': VOICES, 'module/vo-lines.yaml': VOICES, 'module/spot.docx': SPOT });
    expect(json(runInRepo(['check', 'module', '--json'], dir).stdout).files.map((f) => [f.file, f.status, f.notes.filter((n) => n.code === 'config-misnamed')])).toEqual([
      [
        'module/spot.docx',
        'pass',
        [
          {
            code: 'config-misnamed',
            message:
              'module/vo-lines.yaml is not read as a config: module/vo-lines.config.yaml beside it is. Keep one (delete module/vo-lines.yaml, or move what it sets into module/vo-lines.config.yaml), so that no one edits the one that is not read.',
            details: { file: 'module/vo-lines.yaml', expected: 'vo-lines.config.yaml', caseOnly: false, readHere: false, used: 'module/vo-lines.config.yaml' },
          },
        ],
      ],
    ]);
  });

  it('read only because the disk ignores case (macOS, Windows): said so', () => {
    const [warning] = misnamedConfigWarnings([{ path: 'Vo-Lines.config.yaml', expected: 'vo-lines.config.yaml', caseOnly: true, readHere: true }], 'vo-lines.config.yaml');
    expect(warning).toEqual({
      code: 'config-misnamed',
      message:
        'Vo-Lines.config.yaml is read as the config here only because this disk ignores case (macOS, Windows): Linux (as in most CI) does not read it, so the two give different results. Rename it vo-lines.config.yaml.',
      details: { file: 'Vo-Lines.config.yaml', expected: 'vo-lines.config.yaml', caseOnly: true, readHere: true, used: 'vo-lines.config.yaml' },
    });
  });
});

/** A config whose contract the Narrator's 18 words exceed: one error finding to annotate. */
const OVER = `${VOICES}contract:\n  Narrator: { maxWords: 5 }\n`;
const annotated = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::error')).map((line) => line.slice(0, line.indexOf(',title=')));

describe('--format github: file= from the root of the repository that holds the script', () => {
  it('actions/checkout with path: scripts, run from the workspace (no repository) as check scripts/', () => {
    const workspace = folder({ 'scripts/vo-lines.config.yaml': OVER, 'scripts/module/spot.docx': SPOT });
    git(join(workspace, 'scripts'), 'init', '-q');
    const { code, stdout } = runInRepo(['check', 'scripts', '-f', 'github'], workspace);
    expect(code).toBe(1);
    expect(annotated(stdout)).toEqual(['::error file=module/spot.docx']);
    // The message's config from the same root as file=.
    expect(stdout).toContain('(config: vo-lines.config.yaml)\n');
    // The same checkout, the step's working-directory: scripts.
    expect(annotated(runInRepo(['check', '.', '-f', 'github'], join(workspace, 'scripts')).stdout)).toEqual(['::error file=module/spot.docx']);
  });

  it('the repository checked out at the workspace, working-directory: scripts', () => {
    const workspace = folder({ 'scripts/vo-lines.config.yaml': OVER, 'scripts/module/spot.docx': SPOT });
    git(workspace, 'init', '-q');
    expect(annotated(runInRepo(['check', 'module', '-f', 'github'], join(workspace, 'scripts')).stdout)).toEqual(['::error file=scripts/module/spot.docx']);
    expect(annotated(runInRepo(['check', 'scripts', '-f', 'github'], workspace).stdout)).toEqual(['::error file=scripts/module/spot.docx']);
  });

  it('two repositories checked out side by side: each file from its own root; outside any, as given', () => {
    const workspace = folder({ 'a/vo-lines.config.yaml': OVER, 'a/spot.docx': SPOT, 'b/vo-lines.config.yaml': OVER, 'b/x/spot.docx': SPOT, 'c/vo-lines.config.yaml': OVER, 'c/spot.docx': SPOT });
    git(join(workspace, 'a'), 'init', '-q');
    git(join(workspace, 'b'), 'init', '-q');
    expect(annotated(runInRepo(['check', 'a', 'b', 'c', '-f', 'github'], workspace).stdout)).toEqual(['::error file=spot.docx', '::error file=x/spot.docx', '::error file=c/spot.docx']);
  });
});

describe('a symbolic link named as a script that leads nowhere: left out, and said', () => {
  it('listed under Left out, in the text, JSON and JUnit outputs, once however it is reached', () => {
    const dir = folder({ 'vo-lines.config.yaml': VOICES, 'a/spot.docx': SPOT });
    symlinkSync('nowhere.docx', join(dir, 'gone.docx'));
    symlinkSync('..', join(dir, 'a', 'loop'));
    symlinkSync('gone-too', join(dir, 'a', 'not-a-script'));
    const { code, stdout } = runInRepo(['check', '.'], dir);
    expect(code).toBe(0);
    expect(stdout.endsWith('1 file: 1 passed · no findings.\nLeft out: 1 symbolic link that leads to no file (the file it names is not there): gone.docx -> nowhere.docx.\n')).toBe(true);
    expect(json(runInRepo(['check', '.', '--json'], dir).stdout).summary.leftOut).toEqual([{ file: 'gone.docx', kind: 'broken-link', target: 'nowhere.docx', error: 'ENOENT' }]);
    expect(runInRepo(['check', '.', '-f', 'junit'], dir).stdout).toContain('<skipped message="a symbolic link that leads to no file (nowhere.docx): the file it names is not there"/>');
  });

  it('a loop of links', () => {
    const dir = folder({ 'vo-lines.config.yaml': VOICES, 'spot.docx': SPOT });
    symlinkSync('b.docx', join(dir, 'a.docx'));
    symlinkSync('a.docx', join(dir, 'b.docx'));
    expect(runInRepo(['check', '.'], dir).stdout).toContain('\nLeft out: 2 symbolic links that lead to no file (a loop of links): a.docx -> b.docx, b.docx -> a.docx.\n');
  });
});

describe('locked and contract find their voices whatever the case', () => {
  it('locked: [narrator] and contract: {narrator: …} for the voice Narrator', () => {
    const dir = folder({ 'vo-lines.config.yaml': `${VOICES}locked: [narrator, NARRATOR]\ncontract:\n  narrator: { maxWords: 5 }\n`, 'spot.docx': SPOT });
    const file = json(runInRepo(['check', 'spot.docx', '--json'], dir).stdout).files[0]!;
    expect(file.status).toBe('fail');
    expect(file.findings.map((f) => [f.rule, f.voice, f.message])).toEqual([['contract', 'Narrator', 'Narrator: 18 words, over the contract\'s maximum of 5 by 13.']]);
  });

  it('two names for one voice in the contract: refused, naming both', () => {
    const dir = folder({ 'vo-lines.config.yaml': `${VOICES}contract:\n  narrator: { maxWords: 5 }\n  Narrator: { maxWords: 50 }\n`, 'spot.docx': SPOT });
    const file = json(runInRepo(['check', 'spot.docx', '--json'], dir).stdout).files[0]!;
    expect(file.error).toEqual({
      code: 'bad-config',
      message: 'vo-lines.config.yaml: "contract": "narrator" and "Narrator" name one voice, "Narrator" (a voice is found by its name whatever its case and spaces): give its limits once.',
      details: { file: 'vo-lines.config.yaml', kind: 'same-name', field: 'contract.Narrator', voice: 'Narrator', voices: ['narrator', 'Narrator'] },
    });
  });
});

describe('a config’s error names it from the working folder', () => {
  it('the config found above the script: ../vo-lines.config.yaml, not its absolute path', () => {
    const dir = folder({ 'vo-lines.config.yaml': `${VOICES}contract:\n  Narator: { maxWords: 5 }\n`, 'module/spot.docx': SPOT });
    const file = json(runInRepo(['check', 'spot.docx', '--json'], join(dir, 'module')).stdout).files[0]!;
    expect(file.error?.message).toBe('../vo-lines.config.yaml: "contract.Narator": no voice "Narator" in "voices" (voices: "Narrator", "Customer").');
    expect(file.error?.details?.file).toBe('../vo-lines.config.yaml');
    expect(runInRepo(['summary', 'spot.docx'], join(dir, 'module')).stderr).toBe('vo-lines: ../vo-lines.config.yaml: "contract.Narator": no voice "Narator" in "voices" (voices: "Narrator", "Customer").\n');
  });
});

describe('a pattern that matches nothing stands where it was given', () => {
  it('between the files of the arguments before and after it, in every output', () => {
    const dir = folder({ 'vo-lines.config.yaml': VOICES, 'a/spot.docx': SPOT, 'b.docx': SPOT });
    const { code, stdout } = runInRepo(['check', 'a', 'none/*.docx', 'b.docx'], dir);
    expect(code).toBe(2);
    expect(stdout.slice(stdout.indexOf('Files:'))).toBe(
      [
        'Files:',
        '  (config: vo-lines.config.yaml)',
        '  pass   a/spot.docx  2 voices, 23 words to record, 0:09',
        '  ERROR  none/*.docx  could not be checked',
        '  pass   b.docx       2 voices, 23 words to record, 0:09',
        '',
        '3 files: 2 passed, 1 could not be checked · no findings.',
        '',
      ].join('\n'),
    );
    expect(json(runInRepo(['check', 'a', 'none/*.docx', 'b.docx', '--json'], dir).stdout).files.map((f) => f.file)).toEqual(['a/spot.docx', 'none/*.docx', 'b.docx']);
  });
});
