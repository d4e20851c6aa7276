/**
 * The CLI end to end, as a user runs it: the built `dist/cli/main.js` (npm test builds first)
 * on the samples, exact lines and counts from each sample's expected.json, exit codes and errors.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.js');

function run(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Expected {
  voices: Record<string, { lines: string[]; words: number }>;
  unassigned: { words: number };
  totalWords: number;
}

const SAMPLES = [
  ['fr-elearning', 'module-securite.docx'],
  ['en-commercial', 'spring-sale.docx'],
] as const;

describe.each(SAMPLES)('lines --json on samples/%s/%s', (dir, file) => {
  const expected = JSON.parse(readFileSync(join(root, 'samples', dir, 'expected.json'), 'utf8')) as Expected;
  const { code, stdout } = run(['lines', `samples/${dir}/${file}`, '--json']);
  const report = JSON.parse(stdout);

  it('gives exactly the lines and counts the sample source says', () => {
    expect(code).toBe(0);
    expect(report.voices.map((v: { name: string }) => v.name)).toEqual(Object.keys(expected.voices));
    for (const voice of report.voices) {
      expect(voice.lines.map((l: { text: string }) => l.text)).toEqual(expected.voices[voice.name]!.lines);
      expect(voice.words).toBe(expected.voices[voice.name]!.words);
      expect(voice.lineCount).toBe(expected.voices[voice.name]!.lines.length);
    }
    expect(report.unassigned.words).toBe(expected.unassigned.words);
    expect(report.total.words).toBe(expected.totalWords);
  });

  it('has the documented JSON shape', () => {
    expect(report.file).toBe(`samples/${dir}/${file}`);
    expect(report.format).toBe('docx');
    expect(report.warnings).toEqual([]);
    const line = report.voices[0].lines[1];
    expect(Object.keys(line)).toEqual(['id', 'text', 'words', 'spokenWords', 'seconds', 'location', 'cue']);
    expect(line.location.story).toBe('body');
    expect(typeof line.location.paragraph).toBe('number');
    expect(Object.keys(report.total)).toEqual(['lineCount', 'words', 'spokenWords', 'seconds', 'wpm', 'duration']);
  });
});

describe('human output', () => {
  it('summary shows one row per voice, unassigned and total', () => {
    const { code, stdout } = run(['summary', 'samples/fr-elearning/module-securite.docx']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'samples/fr-elearning/module-securite.docx (DOCX) · voices from samples/fr-elearning/vo-lines.config.yaml',
        '',
        '  Voice       Colour             Lines  Words   Share  Time  Pace',
        '  Narrateur   #404040 dark grey     14    395   42.0%  2:38  150 wpm',
        '  Formatrice  #1F4E79 dark blue     13    272   28.9%  1:49  150 wpm',
        '  Apprenant   #00B050 green          7     98   10.4%  0:39  150 wpm',
        '  Unassigned  any other colour      28    176   18.7%  1:10  150 wpm',
        '  Total                             62    941  100.0%  6:16  150 wpm',
        '',
      ].join('\n'),
    );
  });

  it('lines --voice lists that voice with locations, words, totals and its share', () => {
    const { code, stdout } = run(['lines', 'samples/en-commercial/spring-sale.docx', '--voice', 'customer']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[2]).toBe('Customer (#00FF00 bright green highlight): 8 lines, 51 words, about 0:19 at 160 wpm');
    expect(lines.filter((l) => /^  ¶\d+ +\d+ words? +\S/.test(l))).toHaveLength(8);
    expect(lines.at(-2)).toBe('Whole script: 385 words in 44 lines, about 2:24 at 160 wpm; Customer is 13.2% of it.');
  });

  it('--wpm and --pace change the times', () => {
    const wpm = JSON.parse(run(['summary', 'samples/fr-elearning/module-securite.docx', '--json', '--wpm', '100']).stdout);
    expect(wpm.voices[0].seconds).toBe(237);
    expect(wpm.voices[0].duration).toBe('3:57');
    const pace = JSON.parse(run(['summary', 'samples/fr-elearning/module-securite.docx', '--json', '--pace', 'documentary']).stdout);
    expect(pace.voices[0].wpm).toBe(120);
    expect(pace.total.seconds).toBe(470.5);
  });

  it('a script without config: the colours first, then a hint', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-cli-'));
    copyFileSync(join(root, 'samples/fr-elearning/module-securite.docx'), join(dir, 'script.docx'));
    const { code, stdout } = run(['script.docx'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('  #404040 dark grey    395     14  "Narrateur —"\n');
    expect(stdout).toContain('  #000000 black        176     28  "Module 4 — La sécurité sur le site …"\n');
    expect(stdout).toContain('Next: name the voices in a vo-lines.config.yaml');
    const groups = JSON.parse(run(['summary', 'script.docx', '--json'], dir).stdout);
    expect(groups.mode).toBe('colours');
    expect(groups.voices.map((v: { name: string; words: number }) => [v.name, v.words])).toEqual([
      ['#000000 black', 176],
      ['#404040 dark grey', 395],
      ['#1F4E79 dark blue', 272],
      ['#00B050 green', 98],
    ]);
  });
});

describe('errors: one plain line on stderr and exit code 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-bad-'));
  writeFileSync(join(dir, 'notes.txt'), 'just some notes\n');
  writeFileSync(join(dir, 'old.doc'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024)]));
  writeFileSync(join(dir, 'bad.json'), '{"voices": {"Narrator": {"color": "#12345"}}}');

  it.each([
    [['lines', join(dir, 'missing.docx')], `vo-lines: ${join(dir, 'missing.docx')}: no such file. Check the path.`],
    [['lines', join(dir, 'notes.txt')], `vo-lines: ${join(dir, 'notes.txt')} is not a DOCX or PDF file: vo-lines reads .docx and .pdf scripts.`],
    [['summary', join(dir, 'old.doc')], `vo-lines: ${join(dir, 'old.doc')} is a legacy Word .doc file: open it in Word or LibreOffice and save it as .docx.`],
    [
      ['lines', 'samples/fr-elearning/module-securite.docx', '--config', join(dir, 'bad.json')],
      `vo-lines: ${join(dir, 'bad.json')}: "voices.Narrator.color": "#12345" is not a colour (use #RRGGBB, a CSS colour name).`,
    ],
    [
      ['lines', 'samples/fr-elearning/module-securite.docx', '--voice', 'Bob'],
      'vo-lines: no voice "Bob" in samples/fr-elearning/module-securite.docx. Voices found: "Narrateur", "Formatrice", "Apprenant" (or "unassigned").',
    ],
  ])('%j', (args, message) => {
    const { code, stdout, stderr } = run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${message}\n`);
  });

  it('usage mistakes exit 2; help exits 0', () => {
    expect(run(['lines']).code).toBe(2);
    expect(run(['summary', 'x.docx', '--wpm', 'fast']).code).toBe(2);
    expect(run(['summary', 'x.docx', '--pace', 'slow']).code).toBe(2);
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: vo-lines');
  });

  it('--debug adds the stack trace', () => {
    const { code, stderr } = run(['lines', join(dir, 'notes.txt'), '--debug']);
    expect(code).toBe(2);
    expect(stderr.split('\n').length).toBeGreaterThan(3);
  });
});

describe('the input is never modified', () => {
  it('leaves the sample byte for byte as it was', () => {
    const path = join(root, 'samples/fr-elearning/module-securite.docx');
    const before = readFileSync(path);
    execFileSync(process.execPath, [cli, 'lines', path, '--json']);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
