/**
 * `--json` answers in JSON when a command fails: one object on stdout, `{file, error: {code, message,
 * details?}}` (`{old, new, error}` for `diff`, `{error}` when the command line itself is wrong or
 * `check` fails as a whole), the same one line on stderr as without --json, and exit code 2. The
 * details tell the variants apart (README "JSON output", docs/internals.md "Errors and their details").
 * The built CLI (npm run build first).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx, r } from './helpers/docx-builder.js';
import { ROOT, runCli } from './helpers/cli.js';
import { voiceError } from '../src/cli/analyse.js';
import { userErrorData } from '../src/errors.js';

const work = mkdtempSync(join(tmpdir(), 'vo-lines-errjson-'));
copyFileSync(join(ROOT, 'samples', 'en-commercial', 'spring-sale.docx'), join(work, 'script.docx'));
copyFileSync(join(ROOT, 'samples', 'en-commercial', 'vo-lines.config.json'), join(work, 'cast.json'));
const whole = buildDocx({ body: `<w:p>${r('Hello there.')}</w:p>` });
writeFileSync(join(work, 'broken.docx'), whole.subarray(0, whole.length - 30));
writeFileSync(join(work, 'junk.pdf'), new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...new Uint8Array(4000).map((_, i) => (i * 7919 + 13) % 256), ...new TextEncoder().encode('\n%%EOF\n')]));
writeFileSync(join(work, 'syntax.yaml'), 'voices:\n  Announcer: {highlight: yellow\n  Customer: {highlight: green}\n');
writeFileSync(join(work, 'field.yaml'), 'voices:\n  Announcer:\n    highlight: yellow\ncolour: red\n');
writeFileSync(join(work, 'syntax.json'), '{\n  "voices": {\n    "Announcer": {"highlight": "yellow"},\n  }\n}\n');
mkdirSync(join(work, 'folder.docx'));

const TOP_LEVEL = ['voices', 'wpm', 'pace', 'tolerance', 'unassigned', 'directions', 'contract', 'rules', 'locked', 'sections', 'language', 'timing', 'syllablesPerSecond', 'rates', 'continueLabels'];

/** The CLI in the work folder: exit code, stdout parsed as JSON (or null when empty), stderr. */
function failing(args: string[], cwd = work) {
  const result = runCli(args, cwd);
  return { code: result.code, json: result.stdout === '' ? null : JSON.parse(result.stdout), stderr: result.stderr };
}

/** Every one-file command with --json, the script and the config given as `file` and `config`. */
const ONE_FILE: [string, (file: string, config: string[]) => string[]][] = [
  ['lines', (file, config) => ['lines', file, '--json', ...config]],
  ['summary', (file, config) => ['summary', file, '--json', ...config]],
  ['colors', (file, config) => ['colors', file, '--json', ...config]],
  ['vo-lines FILE', (file, config) => [file, '--json', ...config]],
  ['export', (file, config) => ['export', file, '-o', 'out.json', '--json', ...config]],
  ['sides', (file, config) => ['sides', file, '--voice', 'Announcer', '--json', ...config]],
];

const MISSING = { code: 'missing-file', message: 'gone.docx: no such file. Check the path.', details: { path: 'gone.docx' } };
const BROKEN = {
  code: 'corrupt-docx',
  message: 'broken.docx is damaged (the zip directory is missing, the file is probably truncated): open it in Word and save it again, or ask for a new copy.',
  details: { error: 'the zip directory is missing, the file is probably truncated' },
};
const YAML_SYNTAX = {
  code: 'bad-config',
  message: 'syntax.yaml: not valid YAML at line 3, column 3 (Flow map in block collection must be sufficiently indented and end with a }).',
  details: { file: 'syntax.yaml', kind: 'syntax', format: 'yaml', line: 3, column: 3, error: 'Flow map in block collection must be sufficiently indented and end with a }' },
};
const UNKNOWN_FIELD = {
  code: 'bad-config',
  message: `field.yaml: unknown field "colour" (known: ${TOP_LEVEL.join(', ')}).`,
  details: { file: 'field.yaml', kind: 'unknown-field', field: 'colour', known: TOP_LEVEL },
};

describe.each(ONE_FILE)('%s --json: a failure is one JSON object on stdout, the line on stderr, exit 2', (_name, args) => {
  it('a missing file: the path', () => {
    expect(failing(args('gone.docx', ['--no-config']))).toEqual({ code: 2, json: { file: 'gone.docx', error: MISSING }, stderr: `vo-lines: ${MISSING.message}\n` });
  });

  it('a folder given as the script: the path', () => {
    const error = { code: 'not-a-file', message: 'folder.docx is a folder: give the path of a .docx or .pdf script.', details: { path: 'folder.docx' } };
    expect(failing(args('folder.docx', ['--no-config']))).toEqual({ code: 2, json: { file: 'folder.docx', error }, stderr: `vo-lines: ${error.message}\n` });
  });

  it('a damaged file: the code and the reader\'s details', () => {
    expect(failing(args('broken.docx', ['--no-config']))).toEqual({ code: 2, json: { file: 'broken.docx', error: BROKEN }, stderr: `vo-lines: ${BROKEN.message}\n` });
  });

  it('a config that is not valid YAML: the file, the line and column, the parser\'s reason', () => {
    expect(failing(args('script.docx', ['-c', 'syntax.yaml']))).toEqual({ code: 2, json: { file: 'script.docx', error: YAML_SYNTAX }, stderr: `vo-lines: ${YAML_SYNTAX.message}\n` });
  });

  it('a config with an unknown field: the file, the field, the known fields', () => {
    expect(failing(args('script.docx', ['-c', 'field.yaml']))).toEqual({ code: 2, json: { file: 'script.docx', error: UNKNOWN_FIELD }, stderr: `vo-lines: ${UNKNOWN_FIELD.message}\n` });
  });
});

describe('a path through a file (ENOTDIR): no such file, the file that is no folder said', () => {
  it('lines --json, and a config given so', () => {
    const error = {
      code: 'missing-file',
      message: 'script.docx/inner.docx: no such file (script.docx is a file, not a folder). Check the path.',
      details: { path: 'script.docx/inner.docx', error: 'ENOTDIR', notAFolder: 'script.docx' },
    };
    expect(failing(['lines', 'script.docx/inner.docx', '--json', '--no-config'])).toEqual({ code: 2, json: { file: 'script.docx/inner.docx', error }, stderr: `vo-lines: ${error.message}\n` });
    const config = {
      code: 'bad-config',
      message: 'cast.json/vo.yaml: no such config file (cast.json is a file, not a folder).',
      details: { file: 'cast.json/vo.yaml', kind: 'missing', error: 'ENOTDIR', notAFolder: 'cast.json' },
    };
    expect(failing(['summary', 'script.docx', '--json', '-c', 'cast.json/vo.yaml'])).toEqual({ code: 2, json: { file: 'script.docx', error: config }, stderr: `vo-lines: ${config.message}\n` });
  });
});

describe('the other codes\' details: the path, the format, what was asked', () => {
  it('an empty file, a legacy .doc', () => {
    writeFileSync(join(work, 'empty.docx'), new Uint8Array(0));
    writeFileSync(join(work, 'old.doc'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]));
    const empty = { code: 'empty-file', message: 'empty.docx is empty: expected a .docx or .pdf script.', details: { path: 'empty.docx' } };
    expect(failing(['summary', 'empty.docx', '--json', '--no-config'])).toEqual({ code: 2, json: { file: 'empty.docx', error: empty }, stderr: `vo-lines: ${empty.message}\n` });
    const legacy = { code: 'legacy-doc', message: 'old.doc is a legacy Word .doc file: open it in Word or LibreOffice and save it as .docx.', details: { path: 'old.doc' } };
    expect(failing(['summary', 'old.doc', '--json', '--no-config'])).toEqual({ code: 2, json: { file: 'old.doc', error: legacy }, stderr: `vo-lines: ${legacy.message}\n` });
  });

  it('nothing to export (sides --all, no voice with a line): the script, the command, what was asked', () => {
    const blank = buildDocx({ body: `<w:p>${r('Hello there.')}</w:p>` });
    writeFileSync(join(work, 'nobody.docx'), blank);
    writeFileSync(join(work, 'nobody.yaml'), 'voices:\n  Announcer: {highlight: yellow}\n');
    const sides = { code: 'nothing-to-export', message: 'no voice has a line in nobody.docx: nothing to put in a booth script.', details: { path: 'nobody.docx', command: 'sides', all: true } };
    expect(failing(['sides', 'nobody.docx', '--all', '--json', '-c', 'nobody.yaml'])).toEqual({ code: 2, json: { file: 'nobody.docx', error: sides }, stderr: `vo-lines: ${sides.message}\n` });
  });

  it('check: no voice map (no legend, or one not trusted and why), no file matching a pattern', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-lines-errjson-check-'));
    writeFileSync(join(dir, 'plain.docx'), buildDocx({ body: `<w:p>${r('Hello there.')}</w:p>` }));
    copyFileSync(join(ROOT, 'tests', 'fixtures', 'legends', 'rejected-colour-not-used.docx'), join(dir, 'rejected.docx'));
    const run = runCli(['check', '--json', '--threads', '1', 'plain.docx', 'rejected.docx', 'none/*.docx'], dir);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).files.map((f: { error: unknown }) => f.error)).toEqual([
      {
        code: 'no-voice-map',
        message: 'plain.docx: no config beside it or above, and it has no legend: nothing to check the voices against. Give a config with --config FILE, write one with vo-lines init plain.docx, or pass --no-config to check the colour groups.',
        details: { path: 'plain.docx', legend: 'none' },
      },
      {
        code: 'no-voice-map',
        message: 'rejected.docx: no config beside it or above, and its legend cannot be trusted (no text in the script has VO2\'s "pink highlight"): nothing to check the voices against. Give a config with --config FILE, write one with vo-lines init rejected.docx, or pass --no-config to check the colour groups.',
        details: { path: 'rejected.docx', legend: 'rejected', reasons: ['no text in the script has VO2\'s "pink highlight"'], location: { story: 'body', paragraph: 4 } },
      },
      // in argument order: the glob was given last
      { code: 'no-match', message: 'no file matches "none/*.docx".', details: { pattern: 'none/*.docx' } },
    ]);
  });

  it('the page not built: the folder it looked in', async () => {
    const { serve } = await import('../src/cli/web.js');
    const folder = join(work, 'no-page');
    await expect(serve({ port: 0, host: '127.0.0.1', open: false }, folder)).rejects.toMatchObject({
      code: 'not-built',
      message: 'the page is not built (dist/web/ is missing): run npm run build in the vo-lines folder.',
      details: { folder },
    });
  });
});

describe('a damaged PDF, read in a PDF thread: its details as check --json gives them', () => {
  it.each([['lines'], ['summary']])('%s --json', (command) => {
    const error = { code: 'corrupt-pdf', message: 'junk.pdf is damaged: the file cannot be read (Invalid PDF structure). Re-export it or ask for a new copy.', details: { kind: 'unreadable', error: 'Invalid PDF structure' } };
    expect(failing([command, 'junk.pdf', '--json', '--no-config'])).toEqual({ code: 2, json: { file: 'junk.pdf', error }, stderr: `vo-lines: ${error.message}\n` });
  });
});

describe('a config that is not valid JSON: the line and column worked out from the parser\'s position', () => {
  it('summary --json', () => {
    const error = {
      code: 'bad-config',
      message: 'syntax.json: not valid JSON at line 4, column 3 (Expected double-quoted property name).',
      details: { file: 'syntax.json', kind: 'syntax', format: 'json', line: 4, column: 3, error: 'Expected double-quoted property name' },
    };
    expect(failing(['summary', 'script.docx', '--json', '-c', 'syntax.json'])).toEqual({ code: 2, json: { file: 'script.docx', error }, stderr: `vo-lines: ${error.message}\n` });
  });
});

describe('an unknown voice: the name asked for, the option, the voices there are', () => {
  const VOICES = ['Announcer', 'Customer'];
  it.each([
    ['lines', ['lines', 'script.docx', '--voice', 'Bob', '--json', '-c', 'cast.json'], ' (or "unassigned")'],
    ['export', ['export', 'script.docx', '-o', 'out.json', '--voice', 'Bob', '--json', '-c', 'cast.json'], ' (or "unassigned")'],
    ['sides', ['sides', 'script.docx', '--voice', 'Bob', '--json', '-c', 'cast.json'], ''],
  ])('%s --json', (_name, args, unassigned) => {
    const error = {
      code: 'unknown-voice',
      message: `no voice "Bob" in script.docx. Voices found: "Announcer", "Customer"${unassigned}.`,
      details: { kind: 'none', asked: 'Bob', option: '--voice', voices: VOICES },
    };
    expect(failing(args)).toEqual({ code: 2, json: { file: 'script.docx', error }, stderr: `vo-lines: ${error.message}\n` });
  });

  it('a name that fits several voices (two colour groups of one colour name): which ones', () => {
    const error = voiceError('yellow', { ambiguous: ['Colour 1', 'Colour 2'] }, { in: 'x.docx', voices: [{ name: 'Colour 1' }, { name: 'Colour 2' }, { name: 'Colour 3' }], option: '--voice', hexCode: true });
    expect(userErrorData(error)).toEqual({
      code: 'unknown-voice',
      message: '--voice: "yellow" fits several voices in x.docx: "Colour 1", "Colour 2"; give the full name or the hex code.',
      details: { kind: 'ambiguous', asked: 'yellow', option: '--voice', voices: ['Colour 1', 'Colour 2', 'Colour 3'], matches: ['Colour 1', 'Colour 2'] },
    });
  });
});

describe('diff --json (and -f json): {old, new, error}, the side that failed in the details', () => {
  it.each([[['--json']], [['-f', 'json']], [['--format=json']]])('%j: a missing old file, a damaged new one, a bad config, an unknown voice', (json) => {
    expect(failing(['diff', 'gone.docx', 'script.docx', ...json, '--no-config'])).toEqual({
      code: 2,
      json: { old: 'gone.docx', new: 'script.docx', error: { ...MISSING, details: { path: 'gone.docx', side: 'old' } } },
      stderr: `vo-lines: ${MISSING.message}\n`,
    });
    expect(failing(['diff', 'script.docx', 'broken.docx', ...json, '--no-config'])).toEqual({
      code: 2,
      json: { old: 'script.docx', new: 'broken.docx', error: { ...BROKEN, details: { ...BROKEN.details, side: 'new' } } },
      stderr: `vo-lines: ${BROKEN.message}\n`,
    });
    expect(failing(['diff', 'script.docx', 'script.docx', ...json, '-c', 'syntax.yaml'])).toEqual({
      code: 2,
      json: { old: 'script.docx', new: 'script.docx', error: { ...YAML_SYNTAX, details: { ...YAML_SYNTAX.details, side: 'old' } } },
      stderr: `vo-lines: ${YAML_SYNTAX.message}\n`,
    });
    expect(failing(['diff', 'script.docx', 'script.docx', ...json, '-c', 'field.yaml'])).toEqual({
      code: 2,
      json: { old: 'script.docx', new: 'script.docx', error: { ...UNKNOWN_FIELD, details: { ...UNKNOWN_FIELD.details, side: 'old' } } },
      stderr: `vo-lines: ${UNKNOWN_FIELD.message}\n`,
    });
    const voice = {
      code: 'unknown-voice',
      message: '--voice: no voice "Bob" in script.docx or script.docx. Voices found: "Announcer", "Customer" (or "unassigned").',
      details: { kind: 'none', asked: 'Bob', option: '--voice', voices: ['Announcer', 'Customer'] },
    };
    expect(failing(['diff', 'script.docx', 'script.docx', ...json, '-c', 'cast.json', '--voice', 'Bob'])).toEqual({
      code: 2,
      json: { old: 'script.docx', new: 'script.docx', error: voice },
      stderr: `vo-lines: ${voice.message}\n`,
    });
  });

  it('--fail-on-change NAME that fits no voice: the option in the details', () => {
    const error = {
      code: 'unknown-voice',
      message: '--fail-on-change: no voice "Bob" in script.docx or script.docx. Voices found: "Announcer", "Customer" (or "unassigned").',
      details: { kind: 'none', asked: 'Bob', option: '--fail-on-change', voices: ['Announcer', 'Customer'] },
    };
    expect(failing(['diff', 'script.docx', 'script.docx', '--json', '-c', 'cast.json', '--fail-on-change=Bob'])).toEqual({
      code: 2,
      json: { old: 'script.docx', new: 'script.docx', error },
      stderr: `vo-lines: ${error.message}\n`,
    });
  });

  it('diff --format md keeps its text: a failure prints nothing on stdout', () => {
    expect(failing(['diff', 'gone.docx', 'script.docx', '--format', 'md', '--no-config'])).toEqual({ code: 2, json: null, stderr: `vo-lines: ${MISSING.message}\n` });
  });
});

describe('export --json: an output that is there already, or the script itself', () => {
  it('the outputs there, the input it would write over', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-lines-errjson-out-'));
    copyFileSync(join(work, 'script.docx'), join(dir, 'script.docx'));
    copyFileSync(join(work, 'cast.json'), join(dir, 'cast.json'));
    writeFileSync(join(dir, 'out.json'), '{}');
    const exists = { code: 'output-exists', message: 'out.json already exists; pass --force to overwrite.', details: { outputs: ['out.json'] } };
    expect(failing(['export', 'script.docx', '-o', 'out.json', '--json', '-c', 'cast.json'], dir)).toEqual({ code: 2, json: { file: 'script.docx', error: exists }, stderr: `vo-lines: ${exists.message}\n` });
    const over = {
      code: 'would-overwrite-input',
      message: '-o script.docx would write over the input script.docx; choose another output name.',
      details: { output: 'script.docx', input: 'script.docx' },
    };
    expect(failing(['export', 'script.docx', '-o', 'script.docx', '--format', 'json', '--json', '-c', 'cast.json'], dir)).toEqual({
      code: 2,
      json: { file: 'script.docx', error: over },
      stderr: `vo-lines: ${over.message}\n`,
    });
  });
});

describe('init --json: the same shape', () => {
  it('a missing file, a damaged one', () => {
    expect(failing(['init', 'gone.docx', '--json'])).toEqual({ code: 2, json: { file: 'gone.docx', error: MISSING }, stderr: `vo-lines: ${MISSING.message}\n` });
    expect(failing(['init', 'broken.docx', '--json'])).toEqual({ code: 2, json: { file: 'broken.docx', error: BROKEN }, stderr: `vo-lines: ${BROKEN.message}\n` });
  });
});

describe('without --json, nothing changes: the line on stderr, nothing on stdout', () => {
  it.each(ONE_FILE)('%s', (_name, args) => {
    const plain = args('gone.docx', ['--no-config']).filter((a) => a !== '--json');
    expect(failing(plain)).toEqual({ code: 2, json: null, stderr: `vo-lines: ${MISSING.message}\n` });
  });
});

describe('usage errors: {error} (the command line is wrong before any file), code usage, the option in the details', () => {
  it('commander\'s own: an unknown option, a bad value, a value missing, a required option missing, a bad choice', () => {
    expect(failing(['summary', 'script.docx', '--json', '--frobnicate'])).toEqual({
      code: 2,
      json: { error: { code: 'usage', message: "unknown option '--frobnicate'", details: { kind: 'unknown-option', option: '--frobnicate' } } },
      stderr: "error: unknown option '--frobnicate'\n(run vo-lines --help for usage)\n",
    });
    expect(failing(['lines', 'script.docx', '--json', '--wpm', 'x'])).toEqual({
      code: 2,
      json: { error: { code: 'usage', message: "option '--wpm <n>' argument 'x' is invalid. x is not a pace a script is read at: give words a minute from 40 to 500 (characters a minute for Chinese and Japanese; the presets are 120–160).", details: { kind: 'invalid-value', option: '--wpm', value: 'x' } } },
      stderr: "error: option '--wpm <n>' argument 'x' is invalid. x is not a pace a script is read at: give words a minute from 40 to 500 (characters a minute for Chinese and Japanese; the presets are 120–160).\n(run vo-lines --help for usage)\n",
    });
    expect(failing(['lines', 'script.docx', '--json', '--voice'])).toEqual({
      code: 2,
      json: { error: { code: 'usage', message: "option '-v, --voice <name>' argument missing", details: { kind: 'missing-value', option: '--voice' } } },
      stderr: "error: option '-v, --voice <name>' argument missing\n(run vo-lines --help for usage)\n",
    });
    expect(failing(['export', 'script.docx', '--json'])).toEqual({
      code: 2,
      json: { error: { code: 'usage', message: "required option '-o, --output <file>' not specified", details: { kind: 'missing-option', option: '--output' } } },
      stderr: "error: required option '-o, --output <file>' not specified\n(run vo-lines --help for usage)\n",
    });
    expect(failing(['check', 'script.docx', '--format', 'xml', '--json'])).toEqual({
      code: 2,
      json: {
        error: {
          code: 'usage',
          message: "option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are human, json, github, junit.",
          details: { kind: 'invalid-value', option: '--format', value: 'xml' },
        },
      },
      stderr: "error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are human, json, github, junit.\n(run vo-lines --help for usage)\n",
    });
    expect(failing(['lines', '--json'])).toEqual({
      code: 2,
      json: { error: { code: 'usage', message: "missing required argument 'file'", details: { kind: 'missing-argument', argument: 'file' } } },
      stderr: "error: missing required argument 'file'\n(run vo-lines --help for usage)\n",
    });
    expect(failing(['lines', '--json', 'a.docx', 'b.docx'])).toEqual({
      code: 2,
      json: { error: { code: 'usage', message: "too many arguments for 'lines'. Expected 1 argument but got 2.", details: { kind: 'excess-arguments' } } },
      stderr: "error: too many arguments for 'lines'. Expected 1 argument but got 2.\n(run vo-lines --help for usage)\n",
    });
  });

  it('without --json, commander\'s lines alone', () => {
    expect(failing(['summary', 'script.docx', '--frobnicate'])).toEqual({ code: 2, json: null, stderr: "error: unknown option '--frobnicate'\n(run vo-lines --help for usage)\n" });
  });

  it('help and the version are no failure, with --json too', () => {
    const help = runCli(['lines', '--help', '--json'], work);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: vo-lines lines/);
  });

  it('vo-lines\' own: options that do not go together, a value that is not right, an option a format does not take', () => {
    expect(failing(['sides', 'script.docx', '--voice', 'Announcer', '--all', '--json', '-c', 'cast.json'])).toEqual({
      code: 2,
      json: { file: 'script.docx', error: { code: 'usage', message: 'give --voice NAME or --all, not both.', details: { kind: 'conflict', option: '--all', conflicts: '--voice' } } },
      stderr: 'vo-lines: give --voice NAME or --all, not both.\n',
    });
    expect(failing(['sides', 'script.docx', '--json', '-c', 'cast.json'])).toEqual({
      code: 2,
      json: {
        file: 'script.docx',
        error: { code: 'usage', message: 'which voice? Give --voice NAME (vo-lines summary lists them), or --all for one file per voice.', details: { kind: 'missing-option', option: '--voice', or: '--all' } },
      },
      stderr: 'vo-lines: which voice? Give --voice NAME (vo-lines summary lists them), or --all for one file per voice.\n',
    });
    expect(failing(['export', 'script.docx', '-o', 'out.json', '--paper', 'letter', '--json', '-c', 'cast.json'])).toEqual({
      code: 2,
      json: { file: 'script.docx', error: { code: 'usage', message: '--paper only applies to XLSX output.', details: { kind: 'format', option: '--paper', format: 'json' } } },
      stderr: 'vo-lines: --paper only applies to XLSX output.\n',
    });
    expect(failing(['lines', 'script.docx', '--lang', 'xx-!!', '--json', '-c', 'cast.json'])).toEqual({
      code: 2,
      json: { file: 'script.docx', error: { code: 'usage', message: '--lang "xx-!!" is not a language code: give a language code such as en, fr, de, es or pl, with a region if wanted (en-GB, fr-CA; fr_FR is read as fr-FR).', details: { kind: 'invalid-value', option: '--lang', value: 'xx-!!', problem: 'malformed' } } },
      stderr: 'vo-lines: --lang "xx-!!" is not a language code: give a language code such as en, fr, de, es or pl, with a region if wanted (en-GB, fr-CA; fr_FR is read as fr-FR).\n',
    });
  });

  it('check --json fails as a whole: {error}', () => {
    expect(failing(['check', '--json', '--since=-x', 'script.docx'])).toEqual({
      code: 2,
      json: { error: { code: 'usage', message: '--since "-x": give a git revision such as HEAD~1, main or origin/main.', details: { kind: 'invalid-value', option: '--since', value: '-x' } } },
      stderr: 'vo-lines: --since "-x": give a git revision such as HEAD~1, main or origin/main.\n',
    });
    expect(failing(['check', '-f', 'json', '--rule', 'nope=error', 'script.docx'])).toEqual({
      code: 2,
      json: {
        error: {
          code: 'usage',
          message: expect.stringMatching(/^--rule nope=error: unknown rule "nope" \(known: /),
          details: { kind: 'invalid-value', option: '--rule', value: 'nope=error' },
        },
      },
      stderr: expect.stringMatching(/^vo-lines: --rule nope=error: unknown rule "nope"/),
    });
  });
});

describe('check --since: a git error names the revision (and what git said)', () => {
  it('not a git repository; an unknown revision', () => {
    const outside = mkdtempSync(join(tmpdir(), 'vo-lines-errjson-nogit-'));
    copyFileSync(join(work, 'script.docx'), join(outside, 'script.docx'));
    copyFileSync(join(work, 'cast.json'), join(outside, 'cast.json'));
    const none = runCli(['check', '--json', '-c', 'cast.json', '--since', 'HEAD', 'script.docx'], outside);
    expect(none.code).toBe(2);
    expect(JSON.parse(none.stdout).files[0].error).toEqual({
      code: 'not-a-git-repository',
      message: 'script.docx: not a git repository, so there is no version at HEAD to compare with.',
      details: { rev: 'HEAD' },
    });
    // Two scripts of one folder: git is asked once, and each file's error names that file.
    copyFileSync(join(work, 'script.docx'), join(outside, 'other.docx'));
    const both = runCli(['check', '--json', '--threads', '1', '-c', 'cast.json', '--since', 'HEAD', 'script.docx', 'other.docx'], outside);
    expect(JSON.parse(both.stdout).files.map((f: { file: string; error: { message: string } }) => [f.file, f.error.message])).toEqual([
      ['script.docx', 'script.docx: not a git repository, so there is no version at HEAD to compare with.'],
      ['other.docx', 'other.docx: not a git repository, so there is no version at HEAD to compare with.'],
    ]);
    execFileSync('git', ['init', '-q'], { cwd: outside });
    // A repository with no commit yet: said so, whatever the revision.
    const empty = runCli(['check', '--json', '-c', 'cast.json', '--since', 'HEAD', 'script.docx'], outside);
    expect(empty.code).toBe(2);
    expect(JSON.parse(empty.stdout).files[0].error).toEqual({
      code: 'no-commit-yet',
      message: 'script.docx: the repository has no commit yet, so there is no version at HEAD to compare with.',
      details: { rev: 'HEAD' },
    });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', 'first'], { cwd: outside });
    const unknown = runCli(['check', '--json', '-c', 'cast.json', '--since', 'nope', 'script.docx'], outside);
    expect(unknown.code).toBe(2);
    expect(JSON.parse(unknown.stdout).files[0].error).toEqual({
      code: 'unknown-revision',
      message: 'script.docx: unknown revision "nope": no such commit in this git repository.',
      details: { rev: 'nope' },
    });
  });
});
