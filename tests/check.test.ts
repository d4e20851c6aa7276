/**
 * `vo-lines check` end to end, as CI runs it: the built `dist/cli/main.cjs` (npm test builds first)
 * on small scripts built here (exact output of every format) and on copies of the samples (a batch
 * through a glob, on worker threads and on one thread). The rules themselves are also run on
 * hand-built reports, for the warnings the casting raises (unknown / confusable colours, mixed words).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseContract } from '../src/config/contract.js';
import { notesOf, runRules } from '../src/check/rules.js';
import type { Report } from '../src/measure/report.js';
import { buildDocx, r } from './helpers/docx-builder.js';
import { onePagePdf } from './helpers/pdf-builder.js';
import { DEFAULT_LEVELS, parseRules } from '../src/config/rules.js';
import { cliCheckSettings, mergeContracts } from '../src/check/settings.js';
import { planThreads } from '../src/check/run.js';
import { runCli } from './helpers/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A preload that writes `worker` to stderr for each worker thread started. */
const COUNT_WORKERS =
  'data:text/javascript,' +
  encodeURIComponent(
    "import wt from 'node:worker_threads'; import { syncBuiltinESMExports } from 'node:module';" +
      "const W = wt.Worker; wt.Worker = class extends W { constructor(...a) { super(...a); process.stderr.write('worker\\n'); } }; syncBuiltinESMExports();",
  );

const run = (args: string[], cwd: string, nodeArgs: string[] = []) => runCli(args, cwd, {}, nodeArgs);

// ---------------------------------------------------------------------------------------------
// Fixtures: a 4-paragraph spot, Narrator in blue text (2 lines, 20 words, 8.0 s at 150 wpm),
// Customer on a yellow highlight (1 line, 8 words, 3.2 s). No other colour, so no other warning.

const BLUE = '<w:color w:val="0070C0"/>';
const YELLOW = '<w:highlight w:val="yellow"/>';
const SPOT =
  `<w:p>${r('Welcome to the spring sale at our garden centre this weekend.', BLUE)}</w:p>` +
  `<w:p>${r('I found everything I needed for my garden.', YELLOW)}</w:p>` +
  `<w:p>${r('Come and see us, open every day from nine.', BLUE)}</w:p>`;
// The same spot where "Come and see us" was typed with Track Changes on.
const EDITED =
  `<w:p>${r('Welcome to the spring sale at our garden centre this weekend.', BLUE)}</w:p>` +
  `<w:p>${r('I found everything I needed for my garden.', YELLOW)}</w:p>` +
  `<w:p><w:ins w:id="1" w:author="Editor" w:date="2025-03-01T10:00:00Z">${r('Come and see us, ', BLUE)}</w:ins>${r('open every day from nine.', BLUE)}</w:p>`;
const VOICES = { Narrator: { color: '#0070C0' }, Customer: { highlight: 'yellow' } };

const dir = mkdtempSync(join(tmpdir(), 'vo-check-'));
function put(path: string, content: string | Uint8Array): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), content);
}
put('ok/spot.docx', buildDocx({ body: SPOT }));
put('ok/vo-lines.config.json', JSON.stringify({ voices: VOICES, contract: { Narrator: { maxWords: 25, maxMinutes: 1, expectWords: 20, tolerance: '10%' } } }));
put('over/spot.docx', buildDocx({ body: SPOT }));
put(
  'over/vo-lines.config.yaml',
  [
    'voices:',
    '  Narrator: { color: "#0070C0" }',
    '  Customer: { highlight: yellow }',
    'contract:',
    '  Narrator: { maxWords: 15, maxMinutes: 0.1, expectWords: 30, tolerance: 5 }',
    '  Customer: { maxWords: 5 }',
    '',
  ].join('\n'),
);
put('edited/spot.docx', buildDocx({ body: EDITED }));
put('edited/vo-lines.config.json', JSON.stringify({ voices: VOICES }));
put('strict/spot.docx', buildDocx({ body: EDITED }));
put('strict/vo-lines.config.json', JSON.stringify({ voices: VOICES, rules: { 'tracked-changes': 'error', 'empty-voice': 'off' } }));
put('empty/spot.docx', buildDocx({ body: SPOT }));
put('empty/vo-lines.config.json', JSON.stringify({ voices: { ...VOICES, Announcer: { color: '#C00000' } } }));
put('badconfig/spot.docx', buildDocx({ body: SPOT }));
put('badconfig/vo-lines.config.json', JSON.stringify({ voices: VOICES, contract: { Narrator: { maxWords: 'lots' } } }));
put('notes.txt', 'just some notes\n');

describe('one script: exact output of every format', () => {
  it('human, passing: the per-file line and the totals, exit 0', () => {
    const { code, stdout, stderr } = run(['check', 'ok/spot.docx'], dir);
    expect(stdout).toBe(['Files:', '  (config: ok/vo-lines.config.json)', '  pass   ok/spot.docx  2 voices, 28 words to record, 0:11', '', '1 file: 1 passed · no findings.', ''].join('\n'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('human, failing: each limit of the config contract that is broken, exit 1', () => {
    const { code, stdout } = run(['check', 'over/spot.docx'], dir);
    expect(stdout).toBe(
      [
        'over/spot.docx',
        "  error    contract  Narrator: 20 words, over the contract's maximum of 15 by 5.",
        "  error    contract  Narrator: about 8 s to record (20 words spoken at 150 wpm), over the contract's maximum of 6 s by 2 s.",
        '  error    contract  Narrator: 20 words, outside the expected 25–35 (30 ± 5).',
        "  error    contract  Customer: 8 words, over the contract's maximum of 5 by 3.",
        '',
        'Files:',
        '  (config: over/vo-lines.config.yaml)',
        '  FAIL   over/spot.docx  2 voices, 28 words to record, 0:11 · 4 errors',
        '',
        '1 file: 0 passed, 1 failed · 4 errors.',
        '',
      ].join('\n'),
    );
    expect(code).toBe(1);
  });

  it('json: the summary, then per file its voices, rule levels and findings', () => {
    const { code, stdout } = run(['check', 'ok/spot.docx', 'over/spot.docx', '--format', 'json'], dir);
    expect(code).toBe(1);
    const voices = [
      { name: 'Narrator', lineCount: 2, words: 20, spokenWords: 20, seconds: 8, wpm: 150, duration: '0:08' },
      { name: 'Customer', lineCount: 1, words: 8, spokenWords: 8, seconds: 3.2, wpm: 150, duration: '0:03' },
    ];
    const rules = { contract: 'error', 'empty-voice': 'error', 'tracked-changes': 'warning', 'unknown-colour': 'warning', 'confusable-colours': 'warning', 'mixed-word': 'warning' };
    const total = { words: 28, seconds: 11.2, duration: '0:11' };
    const recorded = { words: 28, spokenWords: 28, seconds: 11.2, duration: '0:11' };
    expect(JSON.parse(stdout)).toEqual({
      summary: { files: 2, passed: 1, failed: 1, unreadable: 0, errors: 4, warnings: 0, notes: 0, exitCode: 1 },
      files: [
        { file: 'ok/spot.docx', status: 'pass', format: 'docx', config: 'ok/vo-lines.config.json', voices, total, recorded, legend: null, rules, findings: [] },
        {
          file: 'over/spot.docx',
          status: 'fail',
          format: 'docx',
          config: 'over/vo-lines.config.yaml',
          voices,
          total,
          recorded,
          legend: null,
          rules,
          findings: [
            { rule: 'contract', level: 'error', voice: 'Narrator', message: "Narrator: 20 words, over the contract's maximum of 15 by 5." },
            { rule: 'contract', level: 'error', voice: 'Narrator', message: "Narrator: about 8 s to record (20 words spoken at 150 wpm), over the contract's maximum of 6 s by 2 s." },
            { rule: 'contract', level: 'error', voice: 'Narrator', message: 'Narrator: 20 words, outside the expected 25–35 (30 ± 5).' },
            { rule: 'contract', level: 'error', voice: 'Customer', message: "Customer: 8 words, over the contract's maximum of 5 by 3." },
          ],
        },
      ],
    });
    expect(run(['check', 'ok/spot.docx', '--json'], dir).stdout).toBe(run(['check', 'ok/spot.docx', '--format', 'json'], dir).stdout);
  });

  it('unread-text: text the reader could not read (an imported HTML/RTF part, a scanned page) fails the file by default, quoted where it stands; it is a note no more; a config or --rule lowers it', () => {
    const folder = join(dir, 'unread');
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(root, 'tests', 'fixtures', 'docx-producers', 'altchunk-kinds-en.docx'), join(folder, 'imported.docx'));
    copyFileSync(join(root, 'tests', 'fixtures', 'pdf-producers', 'pdfkit-ivr-scan.pdf'), join(folder, 'scan.pdf'));
    const { code, stdout } = run(['check', 'unread/imported.docx', 'unread/scan.pdf', '--no-config', '--format', 'json'], dir);
    expect(code).toBe(1);
    const files = (JSON.parse(stdout) as { files: { file: string; status: string; rules: Record<string, string>; findings: { rule: string; level: string; message: string; location?: unknown }[]; notes?: { code: string }[] }[] }).files;
    const [imported, scan] = files;
    expect(imported!.status).toBe('fail');
    expect(imported!.rules['unread-text']).toBe('error');
    const unread = imported!.findings.filter((f) => f.rule === 'unread-text');
    expect(unread.map((f) => [f.level, f.location])).toEqual([
      ['error', { story: 'body', paragraph: 11 }],
      ['error', { story: 'body', paragraph: 12 }],
      ['error', { story: 'body', paragraph: 12 }],
    ]);
    expect(unread[0]!.message).toBe(
      'Imported content (HTML, a w:altChunk in word/afchunk3.htm) stands just before this paragraph, where Word shows it. vo-lines does not read it (HTML cannot be read exactly): its words are missing from every count. Open the script in Word and save it (Word turns imported content into ordinary text), or ask for the script without imported parts.',
    );
    expect((imported!.notes ?? []).map((n) => n.code)).not.toContain('alt-chunk-unread');
    expect(scan!.status).toBe('fail');
    expect(scan!.findings.filter((f) => f.rule === 'unread-text').map((f) => f.message)).toEqual([
      'On page 2 the text is a picture (a scan) under invisible OCR text: its lines were not read, and their colours cannot be. Ask for those pages as text (the Word file, or a PDF saved from it).',
    ]);
    // Invisible text is not unread text: a reader does not see it either. It stays a note.
    expect((scan!.notes ?? []).map((n) => n.code)).toEqual(['invisible-text']);
    // Text drawn as a shape colour is painted through (a gradient title): seen, left out, so unread too.
    copyFileSync(join(root, 'tests', 'fixtures', 'pdf-producers', 'chromium-clip-text-en.pdf'), join(folder, 'clip.pdf'));
    const clip = (JSON.parse(run(['check', 'unread/clip.pdf', '--no-config', '--format', 'json'], dir).stdout) as { files: { status: string; findings: { rule: string; message: string }[] }[] }).files[0]!;
    expect(clip.status).toBe('fail');
    expect(clip.findings.filter((f) => f.rule === 'unread-text').map((f) => f.message.slice(0, 60))).toEqual(['Text on page 1 is drawn as a shape that colour is painted th']);
    // Lowered to a warning: shown, the files pass; off: not shown anywhere.
    const lowered = run(['check', 'unread/imported.docx', '--no-config', '--rule', 'unread-text=warning', '--format', 'json'], dir);
    expect(lowered.code).toBe(0);
    const off = run(['check', 'unread/imported.docx', '--no-config', '--rule', 'unread-text=off', '--format', 'json'], dir);
    const offFile = (JSON.parse(off.stdout) as { files: { findings: { rule: string }[]; notes?: { code: string }[] }[] }).files[0]!;
    expect(off.code).toBe(0);
    expect(offFile.findings.filter((f) => f.rule === 'unread-text')).toEqual([]);
    expect((offFile.notes ?? []).map((n) => n.code)).not.toContain('alt-chunk-unread');
    // A script with nothing unread does not list the rule.
    const ok = (JSON.parse(run(['check', 'ok/spot.docx', '--format', 'json'], dir).stdout) as { files: { rules: Record<string, string> }[] }).files[0]!;
    expect(Object.keys(ok.rules)).not.toContain('unread-text');
  });

  it('github: one workflow command per finding (file-level: a DOCX has no source lines), then the per-file lines', () => {
    const { code, stdout } = run(['check', 'ok/spot.docx', 'over/spot.docx', 'edited/spot.docx', '--format', 'github'], dir);
    expect(stdout).toBe(
      [
        "::error file=over/spot.docx,title=vo-lines contract (Narrator)::Narrator: 20 words, over the contract's maximum of 15 by 5. (config: over/vo-lines.config.yaml)",
        "::error file=over/spot.docx,title=vo-lines contract (Narrator)::Narrator: about 8 s to record (20 words spoken at 150 wpm), over the contract's maximum of 6 s by 2 s. (config: over/vo-lines.config.yaml)",
        '::error file=over/spot.docx,title=vo-lines contract (Narrator)::Narrator: 20 words, outside the expected 25–35 (30 ± 5). (config: over/vo-lines.config.yaml)',
        "::error file=over/spot.docx,title=vo-lines contract (Customer)::Customer: 8 words, over the contract's maximum of 5 by 3. (config: over/vo-lines.config.yaml)",
        '::warning file=edited/spot.docx,title=vo-lines tracked-changes::The file holds 1 tracked change (1 insertion; at ¶3); they were counted as accepted. The counts take in the text inserted and leave out the text deleted: accept or reject the changes before the session. (config: edited/vo-lines.config.json)',
        '',
        '  (config: ok/vo-lines.config.json)',
        '  pass   ok/spot.docx      2 voices, 28 words to record, 0:11',
        '  (config: over/vo-lines.config.yaml)',
        '  FAIL   over/spot.docx    2 voices, 28 words to record, 0:11 · 4 errors',
        '  (config: edited/vo-lines.config.json)',
        '  pass   edited/spot.docx  2 voices, 28 words to record, 0:11 · 1 warning',
        '',
        '3 files: 2 passed, 1 failed · 4 errors, 1 warning.',
        '',
      ].join('\n'),
    );
    expect(code).toBe(1);
  });

  it('github: properties are escaped as the Actions toolkit does (a comma or colon in a file name)', () => {
    put('we,ird:name/spot.docx', buildDocx({ body: EDITED }));
    put('we,ird:name/vo-lines.config.json', JSON.stringify({ voices: VOICES }));
    const { stdout } = run(['check', 'we,ird:name/spot.docx', '--format', 'github'], dir);
    expect(stdout.split('\n')[0]).toBe('::warning file=we%2Cird%3Aname/spot.docx,title=vo-lines tracked-changes::The file holds 1 tracked change (1 insertion; at ¶3); they were counted as accepted. The counts take in the text inserted and leave out the text deleted: accept or reject the changes before the session. (config: we,ird:name/vo-lines.config.json)');
  });

  it('junit: a testsuite per file, a testcase per rule (per rule and voice for contract, empty-voice)', () => {
    const { code, stdout } = run(['check', 'ok/spot.docx', 'over/spot.docx', 'edited/spot.docx', 'notes.txt', '--format', 'junit', '--rule', 'mixed-word=off'], dir);
    const cases = (file: string, extra: string[]) => [
      '    <properties>',
      `      <property name="config" value="${file.split('/')[0]}/vo-lines.config.${file.startsWith('over') ? 'yaml' : 'json'}"/>`,
      '    </properties>',
      ...extra,
      `    <testcase classname="${file}" name="empty-voice: Narrator"/>`,
      `    <testcase classname="${file}" name="empty-voice: Customer"/>`,
    ];
    const tail = (file: string, tracked: string[]) => [
      ...tracked,
      `    <testcase classname="${file}" name="unknown-colour"/>`,
      `    <testcase classname="${file}" name="confusable-colours"/>`,
      `    <testcase classname="${file}" name="mixed-word">`,
      '      <skipped message="rule is off"/>',
      '    </testcase>',
    ];
    expect(stdout).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="vo-lines check" tests="22" failures="2" errors="1" skipped="3">',
        '  <testsuite name="ok/spot.docx" tests="7" failures="0" errors="0" skipped="1">',
        ...cases('ok/spot.docx', ['    <testcase classname="ok/spot.docx" name="contract: Narrator"/>']),
        ...tail('ok/spot.docx', ['    <testcase classname="ok/spot.docx" name="tracked-changes"/>']),
        '  </testsuite>',
        '  <testsuite name="over/spot.docx" tests="8" failures="2" errors="0" skipped="1">',
        ...cases('over/spot.docx', [
          '    <testcase classname="over/spot.docx" name="contract: Narrator">',
          "      <failure type=\"contract\" message=\"Narrator: 20 words, over the contract's maximum of 15 by 5.\">Narrator: 20 words, over the contract's maximum of 15 by 5.",
          "Narrator: about 8 s to record (20 words spoken at 150 wpm), over the contract's maximum of 6 s by 2 s.",
          'Narrator: 20 words, outside the expected 25–35 (30 ± 5).</failure>',
          '    </testcase>',
          '    <testcase classname="over/spot.docx" name="contract: Customer">',
          "      <failure type=\"contract\" message=\"Customer: 8 words, over the contract's maximum of 5 by 3.\">Customer: 8 words, over the contract's maximum of 5 by 3.</failure>",
          '    </testcase>',
        ]),
        ...tail('over/spot.docx', ['    <testcase classname="over/spot.docx" name="tracked-changes"/>']),
        '  </testsuite>',
        '  <testsuite name="edited/spot.docx" tests="6" failures="0" errors="0" skipped="1">',
        ...cases('edited/spot.docx', []),
        ...tail('edited/spot.docx', [
          '    <testcase classname="edited/spot.docx" name="tracked-changes">',
          '      <system-out>warning: The file holds 1 tracked change (1 insertion; at ¶3); they were counted as accepted. The counts take in the text inserted and leave out the text deleted: accept or reject the changes before the session.</system-out>',
          '    </testcase>',
        ]),
        '  </testsuite>',
        '  <testsuite name="notes.txt" tests="1" failures="0" errors="1" skipped="0">',
        '    <testcase classname="notes.txt" name="read">',
        '      <error type="not-a-script" message="notes.txt is not a DOCX or PDF file: vo-lines reads .docx and .pdf scripts."/>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
    expect(code).toBe(2);
  });
});

describe('exit codes: 0 nothing at error level, 1 a rule failed, 2 usage or input errors', () => {
  it('a file that cannot be read (or a glob matching nothing) is reported, the others still checked, exit 2', () => {
    const { code, stdout, stderr } = run(['check', 'ok/spot.docx', 'notes.txt', 'over/spot.docx', 'missing/*.docx', 'gone.docx'], dir);
    expect(stdout).toBe(
      [
        'notes.txt',
        '  error    input  notes.txt is not a DOCX or PDF file: vo-lines reads .docx and .pdf scripts.',
        '',
        'over/spot.docx',
        "  error    contract  Narrator: 20 words, over the contract's maximum of 15 by 5.",
        "  error    contract  Narrator: about 8 s to record (20 words spoken at 150 wpm), over the contract's maximum of 6 s by 2 s.",
        '  error    contract  Narrator: 20 words, outside the expected 25–35 (30 ± 5).',
        "  error    contract  Customer: 8 words, over the contract's maximum of 5 by 3.",
        '',
        // In the order of the arguments: the glob that matched nothing after over/spot.docx.
        'missing/*.docx',
        '  error    input  no file matches "missing/*.docx".',
        '',
        'gone.docx',
        '  error    input  gone.docx: no such file. Check the path.',
        '',
        'Files:',
        '  (config: ok/vo-lines.config.json)',
        '  pass   ok/spot.docx    2 voices, 28 words to record, 0:11',
        '  (no config)',
        '  ERROR  notes.txt       could not be checked',
        '  (config: over/vo-lines.config.yaml)',
        '  FAIL   over/spot.docx  2 voices, 28 words to record, 0:11 · 4 errors',
        '  ERROR  missing/*.docx  could not be checked',
        '  (no config)',
        '  ERROR  gone.docx       could not be checked',
        '',
        '5 files: 1 passed, 1 failed, 3 could not be checked · 4 errors.',
        '',
      ].join('\n'),
    );
    expect(stderr).toBe('');
    expect(code).toBe(2);
  });

  it('a bad contract or rules field in the config names the field; that file is an input error', () => {
    const { code, stdout } = run(['check', 'badconfig/spot.docx', '--format', 'json'], dir);
    expect(code).toBe(2);
    const [file] = JSON.parse(stdout).files;
    expect(file.status).toBe('error');
    expect(file.error).toEqual({
      code: 'bad-config',
      // The config named from the working folder, as every other path.
      message: 'badconfig/vo-lines.config.json: "contract.Narrator.maxWords" must be a positive number, not "lots".',
      details: { file: 'badconfig/vo-lines.config.json', kind: 'invalid', field: 'contract.Narrator.maxWords' },
    });
  });

  it.each([
    [['check', 'ok/spot.docx', '--max-words', '10'], 'vo-lines: --max-words, --max-minutes and --expect-words need --voice NAME: the voice they limit.\n'],
    [['check', 'ok/spot.docx', '--voice', 'Narrator'], 'vo-lines: --voice needs a limit: --max-words N, --max-minutes N or --expect-words N.\n'],
    [['check', 'ok/spot.docx', '--rule', 'loud=error'], 'vo-lines: --rule loud=error: unknown rule "loud" (known: contract, empty-voice, section-time, tracked-changes, unread-text, unknown-colour, confusable-colours, mixed-word, label-out-of-place, av-picture-column, locked, max-added-words).\n'],
    [['check', 'ok/spot.docx', '--rule', 'mixed-word=fatal'], 'vo-lines: --rule mixed-word=fatal: use NAME=error, NAME=warning or NAME=off.\n'],
    [['check', 'ok/spot.docx', '--voice', 'Narrator', '--expect-tolerance', '5%'], 'vo-lines: --expect-tolerance needs --expect-words.\n'],
  ])('usage error %j: one line, exit 2, nothing checked', (args, message) => {
    const { code, stdout, stderr } = run(args, dir);
    expect(stderr).toBe(message);
    expect(stdout).toBe('');
    expect(code).toBe(2);
  });

  it('commander usage mistakes exit 2: no file, an unknown format, a bad number', () => {
    expect(run(['check'], dir).code).toBe(2);
    expect(run(['check', 'ok/spot.docx', '--format', 'xml'], dir).code).toBe(2);
    expect(run(['check', 'ok/spot.docx', '--voice', 'Narrator', '--max-words', 'many'], dir).code).toBe(2);
  });
});

describe('the contract from the command line', () => {
  it('--voice (any case) with limits is merged over the config contract, field by field', () => {
    // ok/ allows Narrator 25 words; the command line lowers it to 18 and keeps maxMinutes / expectWords.
    const { code, stdout } = run(['check', 'ok/spot.docx', '--voice', 'narrator', '--max-words', '18', '--format', 'json'], dir);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).files[0].findings).toEqual([
      { rule: 'contract', level: 'error', voice: 'Narrator', message: "Narrator: 20 words, over the contract's maximum of 18 by 2." },
    ]);
  });

  it('--max-minutes compares the estimated recording time; --expect-words with --expect-tolerance', () => {
    const over = run(['check', 'edited/spot.docx', '--voice', 'Customer', '--max-minutes', '0.05', '--expect-words', '10', '--expect-tolerance', '10%'], dir);
    expect(over.code).toBe(1);
    expect(over.stdout.split('\n').slice(0, 3)).toEqual([
      'edited/spot.docx',
      "  error    contract         Customer: about 3.2 s to record (8 words spoken at 150 wpm), over the contract's maximum of 3 s by 0.2 s.",
      '  error    contract         Customer: 8 words, outside the expected 9–11 (10 ± 10%).',
    ]);
    const within = run(['check', 'edited/spot.docx', '--voice', 'Customer', '--max-minutes', '1', '--expect-words', '10', '--expect-tolerance', '2'], dir);
    expect(within.code).toBe(0);
  });

  it('a voice the script does not have fails the contract rule (a misspelt name is not a pass)', () => {
    const { code, stdout } = run(['check', 'ok/spot.docx', '--voice', 'Narator', '--max-words', '100', '--json'], dir);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).files[0].findings[0].message).toBe('Narator: the contract names this voice, but the script has no voice of that name (voices: "Narrator", "Customer").');
  });
});

describe('rules on real files', () => {
  it("a file's time to record is the one summary shows (the commercial sample's PDF by its legend: 128.0 s to record of 163.2 s, shown 2:08 of 2:43)", () => {
    const sample = join(root, 'samples', 'en-commercial', 'spring-sale.pdf');
    const { stdout } = run(['check', sample, '--no-config', '--rule', 'section-time=off'], dir);
    const summary = run(['summary', sample, '--no-config'], dir).stdout;
    expect(summary).toContain('To record: 293 words (320 spoken), about 2:08 (the whole script: 378 words, about 2:43)');
    expect(stdout).toMatch(/ {2}pass {3}\S*spring-sale\.pdf {2}2 voices, 293 words to record, 2:08 · 1 note\n/);
  });

  it('tracked changes: a warning by default (exit 0), an error when the config says so (exit 1)', () => {
    const byDefault = run(['check', 'edited/spot.docx'], dir);
    expect(byDefault.code).toBe(0);
    expect(byDefault.stdout.split('\n')[1]).toBe('  warning  tracked-changes  The file holds 1 tracked change (1 insertion; at ¶3); they were counted as accepted. The counts take in the text inserted and leave out the text deleted: accept or reject the changes before the session.');
    const strict = run(['check', 'strict/spot.docx'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stdout.split('\n')[1]).toBe('  error    tracked-changes  The file holds 1 tracked change (1 insertion; at ¶3); they were counted as accepted. The counts take in the text inserted and leave out the text deleted: accept or reject the changes before the session.');
    expect(run(['check', 'strict/spot.docx', '--rule', 'tracked-changes=off'], dir).code).toBe(0);
    expect(run(['check', 'ok/spot.docx'], dir).stdout).not.toContain('tracked-changes');
  });

  it('empty voice: a voice of the config with no line fails by default', () => {
    const { code, stdout } = run(['check', 'empty/spot.docx'], dir);
    expect(code).toBe(1);
    expect(stdout.split('\n').slice(0, 2)).toEqual([
      'empty/spot.docx',
      '  error    empty-voice  Announcer: no line in this script (the config names this voice, but no text has its colour).',
    ]);
    expect(run(['check', 'empty/spot.docx', '--rule', 'empty-voice=warning'], dir).code).toBe(0);
  });

  it('text in a colour no voice has becomes an unknown-colour finding (from the report warnings); a rule the config sets off gives none', () => {
    put('unknown/spot.docx', buildDocx({ body: `<w:p>${r('Spring sale spot, take one', '<w:color w:val="7030A0"/>')}</w:p>${SPOT}` }));
    put('unknown/vo-lines.config.json', JSON.stringify({ voices: VOICES, rules: { 'unknown-colour': 'error', 'confusable-colours': 'off' } }));
    const { code, stdout } = run(['check', 'unknown/spot.docx', '--json'], dir);
    const findings = JSON.parse(stdout).files[0].findings;
    expect(findings.map((f: { rule: string; level: string; location?: unknown }) => [f.rule, f.level, f.location])).toEqual([['unknown-colour', 'error', { story: 'body', paragraph: 1 }]]);
    expect(findings[0].message).toContain('#7030A0');
    expect(code).toBe(1);
  });
  it("what the reader said of a script is a note in every format: no finding, no failure", () => {
    const THEMED = '<w:color w:val="FF0000" w:themeColor="accent2"/>';
    put('themed/spot.docx', buildDocx({ theme: { accent2: '0070C0' }, body: `<w:p>${r('Welcome to the spring sale at our garden centre.', THEMED)}</w:p>${SPOT}` }));
    put('themed/vo-lines.config.json', JSON.stringify({ voices: VOICES }));
    const note = 'Text coloured "accent2" caches #FF0000 but the theme gives #0070C0; vo-lines uses #0070C0, as Word does (LibreOffice shows #FF0000).';
    const human = run(['check', 'themed/spot.docx'], dir);
    expect(human.code).toBe(0);
    expect(human.stdout.split('\n').slice(0, 2)).toEqual(['themed/spot.docx', `  note     theme-colour-mismatch  ${note} [¶1]`]);
    expect(human.stdout).toContain('  pass   themed/spot.docx  2 voices, 37 words to record, 0:15 · 1 note\n\n1 file: 1 passed · no findings, 1 note.');
    const json = JSON.parse(run(['check', 'themed/spot.docx', '--json'], dir).stdout);
    expect(json.files[0].findings).toEqual([]);
    expect(json.files[0].notes).toEqual([{ code: 'theme-colour-mismatch', message: note, location: { story: 'body', paragraph: 1 }, details: { themeColor: 'accent2', theme: '#0070C0', cached: '#FF0000', paragraphs: 1 } }]);
    expect(run(['check', 'themed/spot.docx', '-f', 'github'], dir).stdout.split('\n')[0]).toBe(
      `::notice file=themed/spot.docx,title=vo-lines theme-colour-mismatch::${note} [¶1] (config: themed/vo-lines.config.json)`,
    );
    expect(run(['check', 'themed/spot.docx', '-f', 'junit'], dir).stdout).toContain(`    <system-out>note: ${note.replace(/"/g, '&quot;')} [¶1]</system-out>\n  </testsuite>`);
  });

  it('a word split between two voices becomes a mixed-word finding, a warning by default', () => {
    put('mixed/spot.docx', buildDocx({ body: `<w:p>${r('Welcome to our gar', BLUE)}${r('den centre, everyone.', YELLOW)}</w:p>${SPOT}` }));
    put('mixed/vo-lines.config.json', JSON.stringify({ voices: VOICES }));
    const { code, stdout } = run(['check', 'mixed/spot.docx', '--json'], dir);
    const findings = JSON.parse(stdout).files[0].findings;
    expect(findings.map((f: { rule: string; level: string; location?: unknown }) => [f.rule, f.level, f.location])).toEqual([['mixed-word', 'warning', { story: 'body', paragraph: 1 }]]);
    expect(findings[0].message).toContain('"garden"');
    expect(code).toBe(0);
  });
});

describe('a batch of scripts through a glob, on worker threads', () => {
  const batch = mkdtempSync(join(tmpdir(), 'vo-batch-'));
  for (const copy of [1, 2, 3]) {
    for (const [sample, script, config] of [
      ['fr-elearning', 'module-securite.docx', 'vo-lines.config.yaml'],
      ['en-commercial', 'spring-sale.docx', 'vo-lines.config.json'],
    ] as const) {
      mkdirSync(join(batch, `${sample}-${copy}`), { recursive: true });
      copyFileSync(join(root, 'samples', sample, script), join(batch, `${sample}-${copy}`, script));
      copyFileSync(join(root, 'samples', sample, config), join(batch, `${sample}-${copy}`, config));
    }
  }
  let threaded: ReturnType<typeof run>;
  let single: ReturnType<typeof run>;
  beforeAll(() => {
    threaded = run(['check', '**/*.docx', '--format', 'json', '--rule', 'confusable-colours=off'], batch, ['--import', COUNT_WORKERS]);
    single = run(['check', '**/*.docx', '--format', 'json', '--rule', 'confusable-colours=off', '--threads', '1'], batch, ['--import', COUNT_WORKERS]);
  });

  it('finds every copy, sorted, each checked against its own config', () => {
    const result = JSON.parse(threaded.stdout);
    expect(result.files.map((f: { file: string; config: string }) => [f.file, f.config])).toEqual([
      ...[1, 2, 3].map((copy) => [`en-commercial-${copy}/spring-sale.docx`, `en-commercial-${copy}/vo-lines.config.json`]),
      ...[1, 2, 3].map((copy) => [`fr-elearning-${copy}/module-securite.docx`, `fr-elearning-${copy}/vo-lines.config.yaml`]),
    ]);
    expect(result.files.map((f: { voices: { name: string }[] }) => f.voices.map((v) => v.name).join(','))).toEqual([
      ...[1, 2, 3].map(() => 'Announcer,Customer'),
      ...[1, 2, 3].map(() => 'Narrateur,Formatrice,Apprenant'),
    ]);
    // The commercial's spot 2 runs 2.3 s over the :60 of its heading: a section-time error in each copy.
    expect(result.summary).toMatchObject({ files: 6, failed: 3, unreadable: 0, errors: 3 });
  });

  it('a small batch stays in this thread; --threads 2 gives exactly the result of one thread', () => {
    // 6 DOCX scripts never pay for a worker, on any machine: none is started.
    expect(threaded.stderr).toBe('');
    expect(single.stderr).toBe('');
    expect(threaded.stdout).toBe(single.stdout);
    expect(threaded.code).toBe(single.code);
    const two = run(['check', '**/*.docx', '--format', 'json', '--rule', 'confusable-colours=off', '--threads', '2'], batch, ['--import', COUNT_WORKERS]);
    expect(two.stderr).toBe('worker\n');
    expect(two.stdout).toBe(single.stdout);
  });

  it('--threads 3 works on three threads (two workers beside this one); a single file never starts a worker', () => {
    const three = run(['check', '**/*.docx', '--format', 'json', '--rule', 'confusable-colours=off', '--threads', '3'], batch, ['--import', COUNT_WORKERS]);
    expect(three.stderr).toBe('worker\nworker\n');
    expect(three.stdout).toBe(single.stdout);
    const one = run(['check', 'en-commercial-1/spring-sale.docx', '--rule', 'section-time=warning'], batch, ['--import', COUNT_WORKERS]);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
  });

  it('a folder means every script in it and below; no progress bar when not on a terminal', () => {
    const folder = run(['check', '.', '--rule', 'confusable-colours=off', '--rule', 'section-time=off'], batch);
    expect(folder.stdout.split('\n').filter((l) => /^ {2}pass {3}\S+\.docx +\d voices, [\d,]+ words to record, \d+:\d\d$/.test(l))).toHaveLength(6);
    expect(folder.stdout.endsWith('6 files: 6 passed · no findings.\n')).toBe(true);
    expect(folder.stderr).toBe('');
    expect(folder.code).toBe(0);
  });

  it('a contract on the command line over a mixed batch: the voice that is over fails, where it exists', () => {
    const { code, stdout } = run(['check', 'fr-*/*.docx', '--voice', 'Formatrice', '--max-words', '100', '--format', 'json', '--rule', 'confusable-colours=off'], batch);
    expect(code).toBe(1);
    const files = JSON.parse(stdout).files as { file: string; findings: { voice: string }[] }[];
    expect(files.map((f) => [f.file, f.findings.map((x) => x.voice)])).toEqual([1, 2, 3].map((copy) => [`fr-elearning-${copy}/module-securite.docx`, ['Formatrice']]));
  });
});

describe('threads for a batch (planThreads): --threads N shared out by the mix', () => {
  it('--threads N means N threads at once: this one and N − 1 check workers (DOCX) or PDF readers', () => {
    expect(planThreads(6, 0, 2, 2)).toEqual({ pdfReads: 0, workers: 1 });
    expect(planThreads(6, 0, 2, 3)).toEqual({ pdfReads: 0, workers: 2 });
    expect(planThreads(0, 10, 2, 3)).toEqual({ pdfReads: 2, workers: 0 });
    // Mixed: this thread checks the DOCX and analyses the PDFs, the larger part (COSTS): with a third
    // thread, a check worker takes DOCX off it, where a second PDF reader would only wait for it.
    expect(planThreads(100, 100, 2, 2)).toEqual({ pdfReads: 1, workers: 0 });
    expect(planThreads(100, 100, 4, 3)).toEqual({ pdfReads: 1, workers: 1 });
    expect(planThreads(300, 10, 4, 3)).toEqual({ pdfReads: 1, workers: 1 });
    // Never more threads than files of their kind; a PDF always has a reader.
    expect(planThreads(1, 1, 8, 8)).toEqual({ pdfReads: 1, workers: 1 });
    expect(planThreads(0, 1, 8, 8)).toEqual({ pdfReads: 1, workers: 0 });
  });

  it('without --threads, the estimate takes a thread only where it pays: never for a small batch', () => {
    expect(planThreads(2, 2, 2)).toEqual({ pdfReads: 1, workers: 0 });
    expect(planThreads(6, 0, 2)).toEqual({ pdfReads: 0, workers: 0 });
    expect(planThreads(0, 3, 2)).toEqual({ pdfReads: 1, workers: 0 });
    expect(planThreads(400, 0, 2)).toEqual({ pdfReads: 0, workers: 1 });
    expect(planThreads(0, 400, 2)).toEqual({ pdfReads: 2, workers: 0 });
    expect(planThreads(0, 400, 1)).toEqual({ pdfReads: 1, workers: 0 });
  });

  it('without --threads, no more PDF readers than this thread can analyse behind: two, however many cores', () => {
    // Each PDF read is analysed here (COSTS.pdfAnalyse, more than half a read): a third reader would wait.
    expect(planThreads(0, 200, 8)).toEqual({ pdfReads: 2, workers: 0 });
    expect(planThreads(0, 400, 4)).toEqual({ pdfReads: 2, workers: 0 });
    // The DOCX of a mixed batch go to check workers instead.
    expect(planThreads(100, 100, 8)).toEqual({ pdfReads: 3, workers: 2 });
  });
});

describe('a batch of DOCX and PDF scripts: PDFs read in PDF threads while this thread checks the rest', () => {
  const batch = mkdtempSync(join(tmpdir(), 'vo-mixed-'));
  for (const [sample, name, config] of [
    ['fr-elearning', 'module-securite', 'vo-lines.config.yaml'],
    ['en-commercial', 'spring-sale', 'vo-lines.config.json'],
  ] as const) {
    for (const copy of [1, 2, 3]) {
      mkdirSync(join(batch, sample), { recursive: true });
      for (const ext of ['docx', 'pdf']) copyFileSync(join(root, 'samples', sample, `${name}.${ext}`), join(batch, sample, `${name}-${copy}.${ext}`));
    }
    copyFileSync(join(root, 'samples', sample, config), join(batch, sample, config));
  }
  // Files whose name says PDF but are not one: a DOCX (read as a DOCX) and a text file; and a PDF that is not there.
  copyFileSync(join(root, 'samples', 'en-commercial', 'spring-sale.docx'), join(batch, 'en-commercial', 'misnamed.pdf'));
  writeFileSync(join(batch, 'en-commercial', 'notes.pdf'), 'not a script\n');
  const args = ['check', 'fr-elearning', 'en-commercial', 'gone.pdf', '--format', 'json', '--rule', 'confusable-colours=off'];

  it('gives exactly the results of one thread, in the order of the files, whatever the threads (one bad file stops nothing)', () => {
    const single = run([...args, '--threads', '1'], batch);
    const byDefault = run(args, batch);
    const three = run([...args, '--threads', '3'], batch, ['--import', COUNT_WORKERS]);
    expect(single.code).toBe(2);
    const files = JSON.parse(single.stdout).files as { file: string; status: string; format: string | null; error?: { code: string } }[];
    expect(files.map((f) => [f.file, f.status, f.format, f.error?.code ?? null])).toEqual([
      ...[1, 2, 3].flatMap((copy) => [
        [`fr-elearning/module-securite-${copy}.docx`, 'pass', 'docx', null],
        [`fr-elearning/module-securite-${copy}.pdf`, 'pass', 'pdf', null],
      ]),
      ['en-commercial/misnamed.pdf', 'fail', 'docx', null],
      ['en-commercial/notes.pdf', 'error', null, 'not-a-script'],
      ...[1, 2, 3].flatMap((copy) => [
        [`en-commercial/spring-sale-${copy}.docx`, 'fail', 'docx', null],
        [`en-commercial/spring-sale-${copy}.pdf`, 'fail', 'pdf', null],
      ]),
      ['gone.pdf', 'error', null, 'missing-file'],
    ]);
    expect(byDefault.stdout).toBe(single.stdout);
    expect(byDefault.code).toBe(2);
    expect(three.stdout).toBe(single.stdout);
    // --threads 3 on 7 DOCX and 9 named PDFs: two PDF readers beside this thread.
    expect(three.stderr).toBe('worker\nworker\n');
  });

  it('a PDF that nests saved graphics states past the limit: refused alike by default (looked at in this thread before its PDF thread opens it) and with --threads 1 (in the PDF thread)', () => {
    // 100,000 unsaved `q`: pdf.js would take minutes over them. Should neither thread look at the
    // content streams, the file would run out of its 30 s instead of being refused.
    const folder = join(batch, 'saves');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'saves.pdf'), onePagePdf(`${'q\n'.repeat(100000)}BT /F1 12 Tf 72 700 Td (Hello world) Tj ET`, true));
    copyFileSync(join(root, 'samples', 'fr-elearning', 'module-securite.pdf'), join(folder, 'after.pdf'));
    copyFileSync(join(root, 'samples', 'fr-elearning', 'module-securite.docx'), join(folder, 'beside.docx'));
    const saves = ['check', 'saves/saves.pdf', 'saves/beside.docx', 'saves/after.pdf', 'saves/saves.pdf', '--format', 'json', '--no-config', '--timeout', '30'];
    const single = run([...saves, '--threads', '1'], batch);
    const byDefault = run(saves, batch);
    const files = JSON.parse(byDefault.stdout).files as { file: string; status: string; error?: { code: string; message: string } }[];
    expect(files.map((f) => [f.file, f.status, f.error?.code ?? null])).toEqual([
      ['saves/saves.pdf', 'error', 'over-limit'],
      ['saves/beside.docx', 'pass', null],
      ['saves/after.pdf', 'pass', null],
    ]);
    expect(files[0]!.error!.message).toBe("saves/saves.pdf is refused: the nesting of saved graphics states (q) in a content stream exceeds vo-lines' limit of 5,000 levels. The file is damaged or not a script; if it is a real script, re-save it or split it.");
    expect(byDefault.stdout).toBe(single.stdout);
    expect(byDefault.code).toBe(single.code);
  });

  it('a PDF past its --timeout is stopped with its thread and gets a timeout error; the next PDFs go on in a fresh thread', () => {
    const timed = ['check', 'en-commercial/spring-sale-1.pdf', 'en-commercial/notes.pdf', 'fr-elearning/module-securite-1.pdf', 'en-commercial/spring-sale-2.pdf', '--format', 'json', '--timeout', '0.001'];
    const single = run([...timed, '--threads', '1'], batch, ['--import', COUNT_WORKERS]);
    const byDefault = run(timed, batch, ['--import', COUNT_WORKERS]);
    const files = JSON.parse(byDefault.stdout).files as { file: string; error?: { code: string } }[];
    expect(files.map((f) => [f.file, f.error?.code])).toEqual([
      ['en-commercial/spring-sale-1.pdf', 'timeout'],
      ['en-commercial/notes.pdf', 'not-a-script'],
      ['fr-elearning/module-securite-1.pdf', 'timeout'],
      ['en-commercial/spring-sale-2.pdf', 'timeout'],
    ]);
    expect(byDefault.stdout).toBe(single.stdout);
    expect(byDefault.code).toBe(2);
    // One file at a time: one PDF thread per PDF, each stopped at its deadline.
    expect(single.stderr).toBe('worker\n'.repeat(3));
    // By default the next PDF waits in the PDF thread, its time counted from its start: a thread is
    // stopped with its file when its time is up, or sees it itself before a page (the file gets the
    // same timeout) and goes on to the next. A file that ran out of time while another was under way
    // in this thread is checked again alone at the end, as --threads 1 does (run.ts SharedThread):
    // one more PDF thread each, at most.
    expect(byDefault.stderr).toMatch(/^(worker\n){1,6}$/);
  });
});

describe('configs in a batch: each folder looked in once, each config read once, found as analyse finds it', () => {
  const batch = mkdtempSync(join(tmpdir(), 'vo-configs-'));
  const spot = buildDocx({ body: SPOT });
  const write = (path: string, content: string | Uint8Array) => {
    mkdirSync(join(batch, path, '..'), { recursive: true });
    writeFileSync(join(batch, path), content);
  };
  // The top config; a folder below it with none (the top one is found); a folder with its own YAML
  // config (it wins over the top one); a folder whose config is broken (each of its scripts says so);
  // and the scripts' PDFs beside them.
  write('vo-lines.config.json', JSON.stringify({ voices: VOICES }));
  for (const name of ['a/one.docx', 'a/two.docx', 'a/below/three.docx', 'own/four.docx', 'own/five.docx', 'broken/six.docx', 'broken/seven.docx']) write(name, spot);
  write('own/vo-lines.config.yaml', 'voices:\n  Narrator: { color: "#0070C0" }\n  Guest: { highlight: yellow }\n');
  write('broken/vo-lines.config.json', '{ "voices": ');
  for (const [folder, config] of [['en', 'vo-lines.config.json'], ['en/nested', null]] as const) {
    write(`${folder}/spring-sale.pdf`, readFileSync(join(root, 'samples/en-commercial/spring-sale.pdf')));
    if (config) write(`${folder}/${config}`, readFileSync(join(root, 'samples/en-commercial', config)));
  }
  const args = ['check', '.', '--format', 'json', '--rule', 'confusable-colours=off'];

  it('gives each script the config analyse gives it, whatever the threads; a broken config fails each of its scripts alike', () => {
    const single = run([...args, '--threads', '1'], batch);
    const byDefault = run(args, batch);
    const two = run([...args, '--threads', '2'], batch);
    const files = JSON.parse(single.stdout).files as { file: string; config: string | null; voices: { name: string }[]; error?: { code: string; message: string } }[];
    expect(files.map((f) => [f.file, f.config, f.error?.code ?? f.voices.map((v) => v.name).join(',')])).toEqual([
      ['a/below/three.docx', 'vo-lines.config.json', 'Narrator,Customer'],
      ['a/one.docx', 'vo-lines.config.json', 'Narrator,Customer'],
      ['a/two.docx', 'vo-lines.config.json', 'Narrator,Customer'],
      ['broken/seven.docx', 'broken/vo-lines.config.json', 'bad-config'],
      ['broken/six.docx', 'broken/vo-lines.config.json', 'bad-config'],
      ['en/nested/spring-sale.pdf', 'en/vo-lines.config.json', expect.any(String)],
      ['en/spring-sale.pdf', 'en/vo-lines.config.json', expect.any(String)],
      ['own/five.docx', 'own/vo-lines.config.yaml', 'Narrator,Guest'],
      ['own/four.docx', 'own/vo-lines.config.yaml', 'Narrator,Guest'],
    ]);
    expect(files[3]!.error!.message).toBe(files[4]!.error!.message);
    expect(files[3]!.error!.message).toContain('vo-lines.config.json');
    // What summary finds for one of them, alone.
    const alone = run(['summary', 'a/below/three.docx', '--json'], batch);
    expect(JSON.parse(alone.stdout).config).toBe('vo-lines.config.json');
    expect(byDefault.stdout).toBe(single.stdout);
    expect(two.stdout).toBe(single.stdout);
  });
});

// ---------------------------------------------------------------------------------------------
// The rules on hand-built reports: the casting's warnings become findings at the configured level.

function report(partial: Partial<Report> = {}): Report {
  const voice = (name: string, words: number) => ({ name, colors: [], highlights: [], wpm: 150, lineCount: words ? 1 : 0, words, spokenWords: words, seconds: (words / 150) * 60, share: 0, lines: [] });
  return {
    file: 'script.docx',
    format: 'docx',
    config: 'vo-lines.config.json',
    mode: 'config',
    voices: [voice('Narrator', 1200), voice('Guest', 0)],
    unassigned: { wpm: 150, lineCount: 0, words: 0, spokenWords: 0, seconds: 0, share: 0, lines: [] },
    total: { lineCount: 1, words: 1200, spokenWords: 1200, seconds: 480, wpm: 150 },
    recorded: { words: 1200, spokenWords: 1200, seconds: 480 },
    warnings: [],
    ...partial,
  } as Report;
}

describe('rules (pure)', () => {
  const warnings = [
    { code: 'unknown-colour', message: 'purple text', location: { story: 'body' as const, paragraph: 3 } },
    { code: 'confusable-colours', message: 'two greys' },
    { code: 'mixed-word', message: 'a word in two colours', location: { story: 'body' as const, paragraph: 9 } },
    { code: 'theme-colour-mismatch', message: 'not a rule' },
  ];

  it('maps the warnings with rule codes to findings at each rule level; off drops them; other warnings are not findings', () => {
    const levels = { ...DEFAULT_LEVELS, 'unknown-colour': 'error' as const, 'mixed-word': 'off' as const, 'empty-voice': 'off' as const };
    const checks = runRules({ report: report({ warnings }), facts: { trackedChanges: false }, contract: {}, levels });
    expect(checks.flatMap((c) => c.findings)).toEqual([
      { rule: 'unknown-colour', level: 'error', message: 'purple text', location: { story: 'body', paragraph: 3 } },
      { rule: 'confusable-colours', level: 'warning', message: 'two greys' },
    ]);
    expect(checks.map((c) => [c.rule, c.voice, c.level])).toEqual([
      ['empty-voice', 'Narrator', 'off'],
      ['empty-voice', 'Guest', 'off'],
      ['tracked-changes', undefined, 'warning'],
      ['unknown-colour', undefined, 'error'],
      ['confusable-colours', undefined, 'warning'],
      ['mixed-word', undefined, 'off'],
    ]);
  });

  it("an AV table's av-picture-column warning: a note when its picture column is in its ordinary look, a finding of the rule when words in a voice's colour stand there", () => {
    const plain = { code: 'av-picture-column', message: 'Table 1 is laid out as an AV script', details: { words: 24 } };
    const coloured = { code: 'av-picture-column', message: 'Table 1 … 12 words in a voice\'s colour', details: { words: 36, leftOut: 12 } };
    const rules = (w: object[]) => runRules({ report: report({ warnings: w as Report['warnings'] }), facts: { trackedChanges: false }, contract: {}, levels: { ...DEFAULT_LEVELS, 'empty-voice': 'off' } });
    expect(rules([plain]).map((c) => c.rule)).not.toContain('av-picture-column');
    expect(notesOf([plain]).map((w) => w.code)).toEqual(['av-picture-column']);
    expect(rules([coloured]).filter((c) => c.rule === 'av-picture-column').flatMap((c) => c.findings)).toEqual([{ rule: 'av-picture-column', level: 'warning', message: coloured.message }]);
    expect(notesOf([coloured])).toEqual([]);
  });

  it('contract limits: maxWords and maxMinutes at the limit pass, one over fails; expectWords within tolerance', () => {
    const check = (limits: object) =>
      runRules({ report: report(), facts: { trackedChanges: false }, contract: { Narrator: limits }, levels: { ...DEFAULT_LEVELS, 'empty-voice': 'off' } }).flatMap((c) => c.findings.map((f) => f.message));
    expect(check({ maxWords: 1200, maxMinutes: 8, expectWords: 1150, tolerance: { percent: 5 } })).toEqual([]);
    expect(check({ maxWords: 1199 })).toEqual(["Narrator: 1,200 words, over the contract's maximum of 1,199 by 1."]);
    expect(check({ maxMinutes: 7.5 })).toEqual(["Narrator: about 8:00 to record (1,200 words spoken at 150 wpm), over the contract's maximum of 7:30 by 30 s."]);
    expect(check({ expectWords: 1100, tolerance: { percent: 5 } })).toEqual(['Narrator: 1,200 words, outside the expected 1,045–1,155 (1,100 ± 5%).']);
    expect(check({ expectWords: 1300 })).toEqual(['Narrator: 1,200 words, outside the expected 1,235–1,365 (1,300 ± 5%).']);
    expect(check({ expectWords: 1250, tolerance: { words: 50 } })).toEqual([]);
  });

  it('empty voice: only voices of a config, not the colour groups of a script without one', () => {
    const run = (mode: 'config' | 'colours') => runRules({ report: report({ mode }), facts: { trackedChanges: false }, contract: {}, levels: DEFAULT_LEVELS }).flatMap((c) => c.findings);
    expect(run('config')).toEqual([{ rule: 'empty-voice', level: 'error', voice: 'Guest', message: 'Guest: no line in this script (the config names this voice, but no text has its colour).' }]);
    expect(run('colours')).toEqual([]);
  });
});

describe('config sections (contract, rules) and the command-line limits', () => {
  it.each([
    [{ Narrator: { maxWords: -1 } }, 'cfg.yaml: "contract.Narrator.maxWords" must be a positive number, not -1.'],
    [{ Narrator: { maxWrods: 10 } }, 'cfg.yaml: unknown field "contract.Narrator.maxWrods" (known: maxWords, maxMinutes, expectWords, tolerance, maxAddedWords).'],
    [{ Narrator: { expectWords: 100, tolerance: 'a bit' } }, 'cfg.yaml: "contract.Narrator.tolerance": "a bit" is not a tolerance (use a percentage such as "5%" or a number of words).'],
    [{ Narrator: { maxWords: 10, tolerance: '5%' } }, 'cfg.yaml: "contract.Narrator.tolerance" needs "contract.Narrator.expectWords".'],
    [{ Narator: { maxWords: 10 } }, 'cfg.yaml: "contract.Narator": no voice "Narator" in "voices" (voices: "Narrator").'],
    [{ Narrator: {} }, 'cfg.yaml: "contract.Narrator" sets no limit (use maxWords, maxMinutes or expectWords).'],
    [[1], 'cfg.yaml: "contract" must map voice names to limits, e.g. {"contract": {"Narrator": {"maxWords": 1200}}}.'],
  ])('contract %j → %s', (contract, message) => {
    expect(() => parseContract(contract, 'cfg.yaml', ['Narrator'])).toThrow(expect.objectContaining({ code: 'bad-config', message }));
  });

  it('rules: levels over the defaults, American spellings, bad names and levels named', () => {
    expect(parseRules({ 'unknown-color': 'error', 'mixed-word': 'off' }, 'cfg')).toEqual({ ...DEFAULT_LEVELS, 'unknown-colour': 'error', 'mixed-word': 'off' });
    expect(() => parseRules({ spelling: 'error' }, 'cfg')).toThrow('cfg: unknown rule "rules.spelling" (known: contract, empty-voice, section-time, tracked-changes, unread-text, unknown-colour, confusable-colours, mixed-word, label-out-of-place, av-picture-column, locked, max-added-words).');
    expect(() => parseRules({ contract: 'fatal' }, 'cfg')).toThrow('cfg: "rules.contract": "fatal" is not a level (use error, warning or off).');
  });

  it('the spec example contract parses; the command line merges over it', () => {
    const config = parseContract({ Narrator: { maxWords: 1200, maxMinutes: 9, expectWords: 1150, tolerance: '5%' } }, 'cfg', ['Narrator']);
    expect(config).toEqual({ Narrator: { maxWords: 1200, maxMinutes: 9, expectWords: 1150, tolerance: { percent: 5 } } });
    const cli = cliCheckSettings({ voice: 'narrator', maxWords: 1000, rule: ['tracked-changes=error'] });
    expect(cli).toEqual({ contract: { narrator: { maxWords: 1000 } }, rules: { 'tracked-changes': 'error' } });
    expect(mergeContracts(config, cli.contract)).toEqual({ Narrator: { maxWords: 1000, maxMinutes: 9, expectWords: 1150, tolerance: { percent: 5 } } });
  });
});
