/**
 * What `vo-lines check` looks at, with the built CLI: a path that exists is taken literally whatever
 * its characters (`Scripts [final]`, `Module (v2)`, `Spot {A,B}`, also as the fixed start of a glob);
 * a folder means its scripts whatever the case of their extension (`B.Docx`, `C.Pdf`), less the lock
 * files Word keeps beside an open document (`~$spot.docx`), said plainly; a config file means the
 * scripts it is the config of; a Git LFS pointer or a lock file named as a script is said to be one.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx, r } from './helpers/docx-builder.js';
import { onePagePdf } from './helpers/pdf-builder.js';
import { runCli } from './helpers/cli.js';

const BLUE = '<w:color w:val="0070C0"/>';
const TEXT = 'Welcome to the spring sale at our garden centre this weekend, with plants and tools for every garden.';
const SPOT = buildDocx({ body: `<w:p>${r(TEXT, BLUE)}</w:p>` });
/** The same sentence in a PDF, in the same blue (0 112 192). */
const SPOT_PDF = onePagePdf(`BT /F1 12 Tf 0 0.439 0.753 rg 72 700 Td (${TEXT}) Tj ET`, false);
const CONFIG = JSON.stringify({ voices: { Narrator: { color: '#0070C0' } } });
const PASS = '1 voice, 18 words to record, 0:07';

/**
 * The owner file Word writes beside a document it has open, as Word writes it: 162 bytes, the
 * user's name in one byte's length and ANSI, then again in UTF-16, padded.
 */
function lockFile(user = 'Marie Dupont'): Uint8Array {
  const bytes = new Uint8Array(162).fill(0x20);
  bytes[0] = user.length;
  for (let i = 0; i < user.length; i++) bytes[1 + i] = user.charCodeAt(i);
  bytes[54] = user.length;
  bytes[55] = 0;
  for (let i = 0; i < user.length; i++) {
    bytes[56 + i * 2] = user.charCodeAt(i);
    bytes[57 + i * 2] = 0;
  }
  return bytes;
}

/** What `git lfs` leaves in a checkout without `git lfs pull`: the pointer to the document. */
const LFS_POINTER = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 48213\n';

function folder(files: Record<string, string | Uint8Array | null>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vo-check-paths-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, content === null ? '' : '..'), { recursive: true });
    if (content !== null) writeFileSync(join(dir, path), content);
  }
  return dir;
}

const files = (stdout: string) => (JSON.parse(stdout) as { files: { file: string; status: string }[] }).files.map((f) => [f.file, f.status]);

describe('a path that exists is literal in every part: glob characters in folder names', () => {
  const dir = folder({
    'vo-lines.config.json': CONFIG,
    'Scripts [final]': null,
    'Scripts f/OTHER.docx': SPOT,
    'Module (v2)/s.docx': SPOT,
    'Spot {A,B}/s.docx': SPOT,
    'Take [2]/Mix (a)/s.docx': SPOT,
  });

  it('an empty folder named "Scripts [final]" is no class matching "Scripts f": nothing to check, said so, exit 2', () => {
    const { code, stdout, stderr } = runCli(['check', 'Scripts [final]'], dir);
    expect(stdout).toBe(
      [
        'Scripts [final]',
        '  error    input  "Scripts [final]" is a folder with no .docx or .pdf script in it or below.',
        '',
        'Files:',
        '  ERROR  Scripts [final]  could not be checked',
        '',
        '1 file: 0 passed, 1 could not be checked · no findings.',
        '',
      ].join('\n'),
    );
    expect(stderr).toBe('');
    expect(code).toBe(2);
    const json = JSON.parse(runCli(['check', 'Scripts [final]', '--json'], dir).stdout);
    expect(json.files[0].error).toEqual({ code: 'no-match', message: '"Scripts [final]" is a folder with no .docx or .pdf script in it or below.', details: { pattern: 'Scripts [final]', kind: 'folder' } });
  });

  it('folders named "Module (v2)" and "Spot {A,B}" (and a trailing slash) are walked as they are', () => {
    const { code, stdout } = runCli(['check', 'Module (v2)', 'Spot {A,B}/', 'Take [2]'], dir);
    expect(stdout).toBe(['Files:', '  (config: vo-lines.config.json)', `  pass   Module (v2)/s.docx       ${PASS}`, `  pass   Spot {A,B}/s.docx        ${PASS}`, `  pass   Take [2]/Mix (a)/s.docx  ${PASS}`, '', '3 files: 3 passed · no findings.', ''].join('\n'));
    expect(code).toBe(0);
  });

  it('a glob whose fixed start is a folder that exists: that part is literal, the rest a glob', () => {
    expect(files(runCli(['check', 'Spot {A,B}/*.docx', 'Take [2]/**/*.docx', 'Module (v2)/s.*', '--json'], dir).stdout)).toEqual([
      ['Spot {A,B}/s.docx', 'pass'],
      ['Take [2]/Mix (a)/s.docx', 'pass'],
      ['Module (v2)/s.docx', 'pass'],
    ]);
    // "Scripts [final]" exists: its glob never reaches "Scripts f/OTHER.docx".
    const none = runCli(['check', 'Scripts [final]/*.docx', '--json'], dir);
    expect(files(none.stdout)).toEqual([['Scripts [final]/*.docx', 'error']]);
    expect(none.code).toBe(2);
    // A pattern that is no path is still a glob: the class matches "Scripts f".
    expect(files(runCli(['check', 'Scripts [fx]/*.docx', '--json'], dir).stdout)).toEqual([['Scripts f/OTHER.docx', 'pass']]);
  });
});

describe('a folder means every .docx and .pdf in it and below, whatever the case of the extension', () => {
  const dir = folder({
    'case/vo-lines.config.json': CONFIG,
    'case/a.docx': SPOT,
    'case/B.Docx': SPOT,
    'case/C.Pdf': SPOT_PDF,
    'case/D.DOCX': SPOT,
    'case/sub/e.PDF': SPOT_PDF,
    'case/notes.txt': 'not a script\n',
  });

  it('B.Docx, C.Pdf, D.DOCX and sub/e.PDF are checked, sorted as before', () => {
    const { code, stdout } = runCli(['check', 'case', '--json'], dir);
    expect(files(stdout)).toEqual([
      ['case/B.Docx', 'pass'],
      ['case/C.Pdf', 'pass'],
      ['case/D.DOCX', 'pass'],
      ['case/a.docx', 'pass'],
      ['case/sub/e.PDF', 'pass'],
    ]);
    expect(code).toBe(0);
  });

  it('the working folder, "." : paths as typed from it', () => {
    expect(files(runCli(['check', '.', '--json'], join(dir, 'case')).stdout).map(([file]) => file)).toEqual(['B.Docx', 'C.Pdf', 'D.DOCX', 'a.docx', 'sub/e.PDF']);
  });
});

describe("Word's lock files (~$name.docx) in a folder walked are left out, and said to be", () => {
  const dir = folder({
    'vo-lines.config.json': CONFIG,
    'drafts/spot.docx': SPOT,
    'drafts/~$spot.docx': lockFile(),
    'drafts/old/~$ring-sale.docx': lockFile('Jo'),
    // A real script whose name starts the same way is a script.
    'drafts/~$real.docx': SPOT,
    'locks/~$spot.docx': lockFile(),
  });

  it('human: the scripts checked, then the lock files left out, by name; exit 0', () => {
    const { code, stdout, stderr } = runCli(['check', 'drafts'], dir);
    expect(stdout).toBe(
      [
        'Files:',
        '  (config: vo-lines.config.json)',
        `  pass   drafts/spot.docx    ${PASS}`,
        `  pass   drafts/~$real.docx  ${PASS}`,
        '',
        '2 files: 2 passed · no findings.',
        'Left out: 2 lock files Word keeps beside a document while it is open (not scripts): drafts/old/~$ring-sale.docx, drafts/~$spot.docx.',
        '',
      ].join('\n'),
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('json: the summary lists what was left out, and why', () => {
    const { code, stdout } = runCli(['check', 'drafts', '--json'], dir);
    const json = JSON.parse(stdout);
    expect(json.summary).toEqual({
      files: 2,
      passed: 2,
      failed: 0,
      unreadable: 0,
      errors: 0,
      warnings: 0,
      notes: 0,
      exitCode: 0,
      leftOut: [
        { file: 'drafts/old/~$ring-sale.docx', kind: 'lock-file' },
        { file: 'drafts/~$spot.docx', kind: 'lock-file' },
      ],
    });
    expect(code).toBe(0);
  });

  it('a glob leaves them out too; one line for one lock file', () => {
    const { code, stdout } = runCli(['check', 'drafts/*.docx', '-f', 'github'], dir);
    expect(stdout).toBe(
      [
        '  (config: vo-lines.config.json)',
        `  pass   drafts/spot.docx    ${PASS}`,
        `  pass   drafts/~$real.docx  ${PASS}`,
        '',
        '2 files: 2 passed · no findings.',
        'Left out: 1 lock file Word keeps beside a document while it is open (not a script): drafts/~$spot.docx.',
        '',
      ].join('\n'),
    );
    expect(code).toBe(0);
  });

  it('a folder of lock files only: no script in it, and the lock file said', () => {
    const { code, stdout } = runCli(['check', 'locks'], dir);
    expect(stdout).toBe(
      [
        'locks',
        '  error    input  "locks" is a folder with no .docx or .pdf script in it or below.',
        '',
        'Files:',
        '  ERROR  locks  could not be checked',
        '',
        '1 file: 0 passed, 1 could not be checked · no findings.',
        'Left out: 1 lock file Word keeps beside a document while it is open (not a script): locks/~$spot.docx.',
        '',
      ].join('\n'),
    );
    expect(code).toBe(2);
    // A glob that finds only lock files: no script matches it, and that is why.
    const glob = runCli(['check', 'locks/*.docx', '--json'], dir);
    expect(JSON.parse(glob.stdout).files[0].error).toEqual({
      code: 'no-match',
      message: 'no script matches "locks/*.docx": only a lock file Word keeps beside a document while it is open.',
      details: { pattern: 'locks/*.docx', kind: 'lock-files', lockFiles: 1 },
    });
    expect(glob.code).toBe(2);
  });

  it('a lock file named as a script: its one-line error says it is a lock file, in every command', () => {
    const message = "drafts/~$spot.docx is a lock file Word keeps beside a document while it is open (it holds only the name of who opened it), not a script: check the document itself (a line ~$* in .gitignore keeps these files out of git).";
    const check = runCli(['check', 'drafts/~$spot.docx', '--json'], dir);
    expect(JSON.parse(check.stdout).files[0].error).toEqual({ code: 'not-a-script', message, details: { kind: 'lock-file', path: 'drafts/~$spot.docx' } });
    expect(check.code).toBe(2);
    const summary = runCli(['summary', 'drafts/~$spot.docx'], dir);
    expect(summary.stderr).toBe(`vo-lines: ${message}\n`);
    expect(summary.code).toBe(2);
  });
});

describe('a Git LFS pointer where the script should be: said to be one, and what to do', () => {
  const dir = folder({ 'vo-lines.config.json': CONFIG, 'spot.docx': LFS_POINTER, 'spot.pdf': LFS_POINTER.replace('\n', '\r\n') });
  const message = (file: string) => `${file} is a Git LFS pointer, not the document: this copy of the repository holds only the pointer to the script Git LFS keeps. Run git lfs pull (in GitHub Actions: actions/checkout with lfs: true), then try again.`;

  it('check: an input error for that file, with its details', () => {
    const { code, stdout } = runCli(['check', 'spot.docx', 'spot.pdf', '--json'], dir);
    expect(JSON.parse(stdout).files.map((f: { error: unknown }) => f.error)).toEqual([
      { code: 'not-a-script', message: message('spot.docx'), details: { kind: 'git-lfs-pointer', path: 'spot.docx', size: 48213 } },
      { code: 'not-a-script', message: message('spot.pdf'), details: { kind: 'git-lfs-pointer', path: 'spot.pdf', size: 48213 } },
    ]);
    expect(code).toBe(2);
  });

  it.each([['summary'], ['lines'], ['colors'], ['diff', 'spot.docx']])('%s: the same one line, exit 2', (...command) => {
    const { code, stdout, stderr } = runCli([...command, 'spot.docx'], dir);
    expect(stderr).toBe(`vo-lines: ${message('spot.docx')}\n`);
    expect(stdout).toBe('');
    expect(code).toBe(2);
  });

  it('a text file that only mentions Git LFS is no pointer', () => {
    const notes = folder({ 'notes.docx': `Our scripts are in Git LFS.\n${LFS_POINTER}` });
    expect(runCli(['summary', 'notes.docx'], notes).stderr).toBe('vo-lines: notes.docx is not a DOCX or PDF file: vo-lines reads .docx and .pdf scripts.\n');
  });
});

describe('a config file given to check: the scripts it is the config of', () => {
  const NARROW = JSON.stringify({ voices: { Narrator: { color: '#0070C0' } }, contract: { Narrator: { maxWords: 10 } } });
  const dir = folder({
    'elearning/vo-lines.config.json': NARROW,
    'elearning/a.docx': SPOT,
    'elearning/~$a.docx': lockFile(),
    'elearning/sub/b.DOCX': SPOT,
    'elearning/other/vo-lines.config.yaml': 'voices:\n  Narrator: { color: "#0070C0" }\n',
    'elearning/other/c.docx': SPOT,
    'elearning/node_modules/x/d.docx': SPOT,
    'empty/vo-lines.config.yml': 'voices:\n  Narrator: { color: "#0070C0" }\n',
    'shadowed/vo-lines.config.yml': 'voices:\n  Narrator: { color: "#0070C0" }\n',
    'shadowed/in/vo-lines.config.json': CONFIG,
    'shadowed/in/e.docx': SPOT,
    'both/vo-lines.config.json': CONFIG,
    'both/vo-lines.config.yaml': 'voices:\n  Narrator: { color: "#0070C0" }\n',
    'both/f.docx': SPOT,
  });

  it('checks the scripts in its folder and below that take it (not those with a nearer config)', () => {
    const { code, stdout } = runCli(['check', 'elearning/vo-lines.config.json'], dir);
    expect(stdout).toBe(
      [
        'elearning/a.docx',
        "  error    contract  Narrator: 18 words, over the contract's maximum of 10 by 8.",
        '',
        'elearning/sub/b.DOCX',
        "  error    contract  Narrator: 18 words, over the contract's maximum of 10 by 8.",
        '',
        'Files:',
        '  (config: elearning/vo-lines.config.json)',
        `  FAIL   elearning/a.docx      ${PASS} · 1 error`,
        `  FAIL   elearning/sub/b.DOCX  ${PASS} · 1 error`,
        '',
        '2 files: 0 passed, 2 failed · 2 errors.',
        'Left out: 1 lock file Word keeps beside a document while it is open (not a script): elearning/~$a.docx.',
        '',
      ].join('\n'),
    );
    expect(code).toBe(1);
  });

  it('from its own folder, and beside the scripts it names (each once)', () => {
    expect(files(runCli(['check', 'vo-lines.config.json', 'a.docx', '--json'], join(dir, 'elearning')).stdout)).toEqual([
      ['a.docx', 'fail'],
      ['sub/b.DOCX', 'fail'],
    ]);
  });

  it('a config that is no script\'s: an input error that says why', () => {
    const { code, stdout } = runCli(['check', 'empty/vo-lines.config.yml', 'shadowed/vo-lines.config.yml', 'both/vo-lines.config.yaml', '--json'], dir);
    expect(JSON.parse(stdout).files.map((f: { error: unknown }) => f.error)).toEqual([
      {
        code: 'no-match',
        message: 'empty/vo-lines.config.yml is the config of no script: there is no .docx or .pdf script in its folder or below.',
        details: { pattern: 'empty/vo-lines.config.yml', kind: 'config', scripts: 0 },
      },
      {
        code: 'no-match',
        message: 'shadowed/vo-lines.config.yml is the config of no script: the 1 script in its folder or below has a config nearer to it.',
        details: { pattern: 'shadowed/vo-lines.config.yml', kind: 'config', scripts: 1 },
      },
      // Two configs in one folder: its script is checked, and refused with the error that names both (config/file.ts findConfig).
      {
        code: 'bad-config',
        message: 'both/vo-lines.config.json: vo-lines.config.yaml is beside it, and only one config in a folder would be read. Keep one (delete or rename the other).',
        details: { file: 'both/vo-lines.config.json', kind: 'two-configs', configs: ['vo-lines.config.json', 'vo-lines.config.yaml'] },
      },
    ]);
    expect(code).toBe(2);
  });
});

describe('check: small things', () => {
  it('--threads is in check --help', () => {
    const { stdout } = runCli(['check', '--help']);
    expect(stdout).toContain('--threads <n>');
  });

  it('no-voice-map: the JSON names the config of settings only that its message names', () => {
    const dir = folder({ 'vo-lines.config.yaml': 'wpm: 140\n', 'plain.docx': buildDocx({ body: `<w:p>${r('Hello there, and welcome to the course.')}</w:p>` }) });
    const file = JSON.parse(runCli(['check', 'plain.docx', '--json'], dir).stdout).files[0];
    expect(file.error.message).toMatch(/^plain\.docx: its config \(vo-lines\.config\.yaml\) names no voice, /);
    expect(file.config).toBe('vo-lines.config.yaml');
  });
});
