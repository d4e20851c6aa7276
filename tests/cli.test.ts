/**
 * The CLI end to end, as a user runs it: the built `dist/cli/main.cjs` (npm test builds first)
 * on the samples, exact lines and counts from each sample's expected.json, exit codes and errors.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDocx } from './helpers/docx-builder.js';
import { plainEnv } from './helpers/env.js';
import { runCli, shownPath } from './helpers/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.cjs');

const run = (args: string[], cwd = root) => runCli(args, cwd);

interface Expected {
  voices: Record<string, { lines: string[]; words: number; spokenWords: number }>;
  unassigned: { words: number; spokenWords: number };
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
      expect(voice.spokenWords).toBe(expected.voices[voice.name]!.spokenWords);
      expect(voice.lineCount).toBe(expected.voices[voice.name]!.lines.length);
    }
    expect(report.unassigned.words).toBe(expected.unassigned.words);
    expect(report.unassigned.spokenWords).toBe(expected.unassigned.spokenWords);
    expect(report.total.words).toBe(expected.totalWords);
  });

  it('has the documented JSON shape', () => {
    expect(report.file).toBe(`samples/${dir}/${file}`);
    expect(report.format).toBe('docx');
    expect(report.mode).toBe('config');
    expect(report.legend.location).toEqual({ story: 'body', paragraph: 3 });
    // The French script codes Narrateur in dark grey next to black: the risk the tool exists for.
    expect(report.warnings.map((w: { code: string }) => w.code)).toEqual(dir === 'fr-elearning' ? ['confusable-colours', 'confusable-colours', 'confusable-colours'] : []);
    const line = report.voices[0].lines[1];
    expect(Object.keys(line)).toEqual(['id', 'text', 'spoken', 'words', 'spokenWords', 'characters', 'seconds', 'location', 'cue']);
    expect(line.location.story).toBe('body');
    expect(typeof line.location.paragraph).toBe('number');
    expect(Object.keys(report.total)).toEqual(['lineCount', 'words', 'spokenWords', 'seconds', 'wpm', 'characters', 'dubbingLines', 'finishedMinutes', 'finishedHours', 'fees', 'duration']);
    expect(report.language).toEqual(dir === 'fr-elearning' ? { tag: 'fr-FR', code: 'fr', name: 'French', source: 'document', spokenForms: true } : { tag: 'en-US', code: 'en', name: 'English', source: 'document', spokenForms: true });
    expect(report.timing).toEqual({ method: 'words' });
  });
});

describe('human output', () => {
  it('summary shows one row per voice, unassigned and total', () => {
    const { code, stdout } = run(['summary', 'samples/fr-elearning/module-securite.docx']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'samples/fr-elearning/module-securite.docx (DOCX) · voices from samples/fr-elearning/vo-lines.config.yaml',
        '(The legend at ¶3: "Légende : Narrateur — Formatrice — Apprenant — Non enregistré" is left out of the lines.)',
        'Language: French (fr-FR, from the document)',
        'To record: 762 words (774 spoken), about 5:10 (the whole script: 935 words, about 6:06)',
        '',
        '  Voice       Colour             Lines  Words  Spoken   Share  Time  Pace',
        '  Total                             57    935     915  100.0%  6:06  150 wpm',
        '  Narrateur   #404040 dark grey     13    394     399   42.1%  2:40  150 wpm',
        '  Formatrice  #1F4E79 dark blue     12    271     276   29.0%  1:50  150 wpm',
        '  Apprenant   #00B050 green          6     97      99   10.4%  0:40  150 wpm',
        '  Unassigned  any other colour      26    173     141   18.5%  0:56  150 wpm',
        '',
        '  Pay units   Characters  Dubbing lines  Finished minutes  Finished hours',
        '  Total            5,681            116              6.10           0.102',
        '  Narrateur        2,454             50              2.66           0.044',
        '  Formatrice       1,667             34              1.84           0.031',
        '  Apprenant          510             11              0.66           0.011',
        '  Unassigned       1,050             21              0.94           0.016',
        '',
        'Sections (7):',
        '',
        '  Écran 1 — Introduction · ¶5 · 51.6 s, no target',
        '    Voice       Lines  Words  Spoken  Time',
        '    Narrateur       2     70      71  0:29',
        '    Formatrice      2     42      42  0:17',
        '    Apprenant       1     16      16  0:06',
        '    Total           5    128     129  0:52',
        '',
        '  Écran 2 — Quelques chiffres · ¶12 · 29.2 s, no target',
        '    Voice       Lines  Words  Spoken  Time',
        '    Narrateur       2     57      59  0:24',
        '    Formatrice      1     14      14  0:05',
        '    Apprenant       0      0       0  0:00',
        '    Total           3     71      73  0:29',
        '',
        '  Écran 3 — Les équipements de protection · ¶17 · 59.6 s, no target',
        '    Voice       Lines  Words  Spoken  Time',
        '    Narrateur       2     52      54  0:22',
        '    Formatrice      3     78      80  0:32',
        '    Apprenant       1     15      15  0:06',
        '    Total           6    145     149  1:00',
        '',
        '  Écran 4 — Circuler en sécurité · ¶24 · 50.4 s, no target',
        '    Voice       Lines  Words  Spoken  Time',
        '    Narrateur       3     90      90  0:36',
        '    Formatrice      1     27      27  0:11',
        '    Apprenant       1      9       9  0:03',
        '    Total           5    126     126  0:50',
        '',
        '  Écran 5 — Storyboard : gestes et postures · ¶31 · 32.4 s, no target',
        '    Voice       Lines  Words  Spoken  Time',
        '    Narrateur       1     30      30  0:12',
        '    Formatrice      2     37      37  0:15',
        '    Apprenant       1     14      14  0:05',
        '    Total           4     81      81  0:32',
        '',
        '  Écran 6 — En cas d’accident · ¶46 · 53.6 s, no target',
        '    Voice       Lines  Words  Spoken  Time',
        '    Narrateur       2     59      59  0:24',
        '    Formatrice      2     61      64  0:26',
        '    Apprenant       1     11      11  0:04',
        '    Total           5    131     134  0:54',
        '',
        '  Écran 7 — Conclusion · ¶52 · 32.8 s, no target',
        '    Voice       Lines  Words  Spoken  Time',
        '    Narrateur       1     36      36  0:14',
        '    Formatrice      1     12      12  0:05',
        '    Apprenant       1     32      34  0:14',
        '    Total           3     80      82  0:33',
        '',
        'Warnings (3):',
        '  ! Narrateur (#404040 dark grey: 394 words in 13 lines) and unassigned text (#000000 black: 173 words in 26 lines) look alike (colour difference 17.6, under 30): check which lines are whose before recording. [¶7]',
        '  ! Formatrice (#1F4E79 dark blue: 271 words in 12 lines) and unassigned text (#000000 black: 173 words in 26 lines) look alike (colour difference 27.6, under 30): check which lines are whose before recording. [¶9]',
        '  ! Narrateur (#404040 dark grey: 394 words in 13 lines) and Formatrice (#1F4E79 dark blue: 271 words in 12 lines) look alike (colour difference 18.0, under 30): check which lines are whose before recording. [¶7]',
        '',
      ].join('\n'),
    );
  });

  it('lines --voice lists that voice with locations, words, totals and its share', () => {
    const { code, stdout } = run(['lines', 'samples/en-commercial/spring-sale.docx', '--voice', 'customer']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'samples/en-commercial/spring-sale.docx (DOCX) · voices from samples/en-commercial/vo-lines.config.json',
        '(The legend at ¶3: "Key: Announcer · Customer · SFX / music (not recorded)" is left out of the lines.)',
        'Language: English (en-US, from the document)',
        'Whole script: 378 words in 40 lines, about 2:33 at 160 wpm; Customer is 13.2% of it.',
        'To record: 293 words (320 spoken), about 2:00',
        '',
        'Customer (#00FF00 bright green highlight): 7 lines, 50 words, about 0:19 at 160 wpm',
        "  ¶7   12 words  Honestly? I just want a lawn that doesn't look like a hayfield.",
        "  ¶9    8 words  Free seed? Okay. The hayfield's days are numbered.",
        '  ¶15   8 words  I killed three tomato plants last summer. Three.',
        "  ¶17   6 words  So the tomatoes weren't my fault?",
        "  ¶20   7 words  Double points? I'm getting a bigger wheelbarrow.",
        '  ¶27   4 words  Wait, Sunday? This Sunday?',
        "  ¶29   5 words  Hey — I'm up, I'm up!",
        '',
      ].join('\n'),
    );
  });

  it('lines --cues shows the cue above each line', () => {
    const { stdout } = run(['lines', 'samples/en-commercial/spring-sale.docx', '--voice', 'Customer', '--cues']);
    const lines = stdout.split('\n');
    expect(lines.slice(7, 9)).toEqual([
      '                 cue, Announcer: This weekend, your backyard called. It wants a makeover.',
      "  ¶7   12 words  Honestly? I just want a lawn that doesn't look like a hayfield.",
    ]);
  });

  it('--wpm and --pace change the times', () => {
    const wpm = JSON.parse(run(['summary', 'samples/fr-elearning/module-securite.docx', '--json', '--wpm', '100']).stdout);
    expect(wpm.voices[0].seconds).toBe(239.4);
    expect(wpm.voices[0].duration).toBe('3:59');
    const pace = JSON.parse(run(['summary', 'samples/fr-elearning/module-securite.docx', '--json', '--pace', 'documentary']).stdout);
    expect(pace.voices[0].wpm).toBe(120);
    // Spoken words: the bracketed directions of the script are not read, its figures are said in words.
    expect([pace.total.words, pace.total.spokenWords, pace.total.seconds]).toEqual([935, 915, 457.5]);
  });

  it('a script with a legend needs no config: lines --voice works straight away', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-cli-'));
    copyFileSync(join(root, 'samples/fr-elearning/module-securite.docx'), join(dir, 'script.docx'));
    const { code, stdout } = run(['lines', 'script.docx', '--voice', 'Narrateur', '--json'], dir);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.mode).toBe('legend');
    expect(report.legend).toEqual({
      kind: 'names in colour',
      location: { story: 'body', paragraph: 3 },
      text: 'Légende : Narrateur — Formatrice — Apprenant — Non enregistré',
      voices: [
        { name: 'Narrateur', colors: ['#404040'], highlights: [] },
        { name: 'Formatrice', colors: ['#1F4E79'], highlights: [] },
        { name: 'Apprenant', colors: ['#00B050'], highlights: [] },
      ],
      unassigned: { colors: ['#000000'], highlights: [] },
    });
    expect(report.recorded).toEqual({ words: 762, spokenWords: 774, seconds: 309.6, duration: '5:10' });
    const expected = JSON.parse(readFileSync(join(root, 'samples/fr-elearning/expected.json'), 'utf8')) as Expected;
    expect(report.voices[0].lines.map((l: { text: string }) => l.text)).toEqual(expected.voices.Narrateur!.lines);
    expect(report.voices[0].words).toBe(394);
    expect(run(['script.docx'], dir).stdout.split('\n').slice(0, 4)).toEqual([
      'script.docx (DOCX) · no config: the legend at ¶3: "Légende : Narrateur — Formatrice — Apprenant — Non enregistré"',
      'Voices from the legend at ¶3: Narrateur = #404040 dark grey, Formatrice = #1F4E79 dark blue, Apprenant = #00B050 green; not recorded: black.',
      'Language: French (fr-FR, from the document)',
      'To record: 762 words (774 spoken), about 5:10 (the whole script: 935 words, about 6:06)',
    ]);
  });

  it('a script with neither config nor legend: the colours first, then a hint', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-cli-'));
    writeFileSync(join(dir, 'script.docx'), noLegendScript());
    const { code, stdout } = run(['script.docx'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'script.docx (DOCX) · 13 words',
        '',
        'Text colours:',
        '  Colour             Words  Lines  First words',
        '  #404040 dark grey      8      2  "Welcome to the safety course."',
        '  #000000 black          5      2  "Screen 1 — Introduction"',
        '',
        'Background colours (highlight or shading): none',
        '',
        'Next: name the voices: vo-lines init script.docx writes a vo-lines.config.yaml beside the script, one voice per colour, to rename, e.g.',
        '  voices:',
        '    dark grey: { color: "#404040" }   # 8 words: "Welcome to the safety course."',
        'then run: vo-lines lines script.docx --voice "dark grey"',
        '',
      ].join('\n'),
    );
    const groups = JSON.parse(run(['summary', 'script.docx', '--json'], dir).stdout);
    expect(groups.mode).toBe('colours');
    expect(groups.voices.map((v: { name: string; words: number }) => [v.name, v.words])).toEqual([
      ['#000000 black', 5],
      ['#404040 dark grey', 8],
    ]);
    // "Screen 1" has a figure, and four short lines do not tell their language: English is assumed, with a warning.
    expect(groups.warnings.map((w: { code: string }) => w.code)).toEqual(['confusable-colours', 'language-unknown']);
  });
});

/** Two dark grey lines and two black ones, no legend. */
function noLegendScript(): Uint8Array {
  const run = (text: string, hex?: string) => `<w:r>${hex ? `<w:rPr><w:color w:val="${hex}"/></w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  return buildDocx({
    body: [
      `<w:p>${run('Screen 1 — Introduction')}</w:p>`,
      `<w:p>${run('Welcome to the safety course.', '404040')}</w:p>`,
      `<w:p>${run('[Music under]')}</w:p>`,
      `<w:p>${run('Let us begin.', '404040')}</w:p>`,
    ].join(''),
  });
}

describe('init', () => {
  it('writes a config from the legend, and never overwrites one without --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-init-'));
    copyFileSync(join(root, 'samples/fr-elearning/module-securite.docx'), join(dir, 'module.docx'));
    const first = run(['init', 'module.docx'], dir);
    expect(first).toEqual({
      code: 0,
      stdout: [
        'Wrote vo-lines.config.yaml (3 voices from the legend at ¶3). Check the names, then run: vo-lines summary module.docx',
        'Voices from the legend at ¶3: Narrateur = #404040 dark grey, Formatrice = #1F4E79 dark blue, Apprenant = #00B050 green; not recorded: black.',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8')).toBe(
      [
        '# vo-lines config for module.docx, written by `vo-lines init` from the legend at ¶3:',
        '#   Légende : Narrateur — Formatrice — Apprenant — Non enregistré',
        'voices:',
        '  Narrateur: { color: "#404040" }   # 394 words, 13 lines',
        '  Formatrice: { color: "#1F4E79" }   # 271 words, 12 lines',
        '  Apprenant: { color: "#00B050" }   # 97 words, 6 lines',
        'unassigned: ["#000000"]   # #000000 black: not recorded, from the legend (173 words, 26 lines)',
        'wpm: 150   # or pace: e-learning | commercial | audiobook | documentary | explainer',
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices: {Mine: {color: red}}\n');
    expect(run(['init', 'module.docx'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'vo-lines: vo-lines.config.yaml already exists beside the script: edit it, or pass --force to write a new one over it.\n',
    });
    expect(readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8')).toBe('voices: {Mine: {color: red}}\n');
    expect(run(['init', 'module.docx', '--force'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8')).toContain('Narrateur: { color: "#404040" }');
    // The written config is valid and gives the legend's answer.
    expect(JSON.parse(run(['summary', 'module.docx', '--json'], dir).stdout).voices[0].words).toBe(394);
  });

  it('writes one voice per colour, named by colour, when the script has no legend', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-init-'));
    writeFileSync(join(dir, 'script.docx'), noLegendScript());
    expect(run(['init', 'script.docx'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8')).toBe(
      [
        '# vo-lines config for script.docx, written by `vo-lines init`: one voice per colour found.',
        '# Rename each voice (or delete the colours that are not voices), then keep this file beside the script.',
        'voices:',
        '  dark grey: { color: "#404040" }   # 8 words, 2 lines',
        '  # black: { color: "#000000" }   # 5 words, 2 lines: if this text is read, uncomment this line and take "#000000" out of unassigned',
        'unassigned: ["#000000"]   # black text (titles, directions…) taken as not recorded',
        'wpm: 150   # or pace: e-learning | commercial | audiobook | documentary | explainer',
        '',
      ].join('\n'),
    );
  });
});

describe('colors and the config', () => {
  it('a bad config beside the script fails colors as it fails summary; a good one changes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-colors-'));
    copyFileSync(join(root, 'samples/en-commercial/spring-sale.docx'), join(dir, 'spring-sale.docx'));
    const away = run(['colors', 'spring-sale.docx'], dir);
    expect(away.code).toBe(0);
    expect(away.stdout).toContain('spring-sale.docx (DOCX) · 378 words'); // the legend's 7 words are no line (colors leaves the legend out, as summary does)
    writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  Announcer: { highlight: yellow }\n  Customer: { highlight: "#00FF00" }\ncontract:\n  Announcer: { maxWords: -5 }\n');
    // The config named from the working folder, as every other path.
    const message = 'vo-lines: vo-lines.config.yaml: "contract.Announcer.maxWords" must be a positive number, not -5.\n';
    expect(run(['summary', 'spring-sale.docx'], dir)).toEqual({ code: 2, stdout: '', stderr: message });
    expect(run(['colors', 'spring-sale.docx'], dir)).toEqual({ code: 2, stdout: '', stderr: message });
    // With --json, the error as JSON on stdout too (tests/errors-json.test.ts).
    const error = { code: 'bad-config', message: message.slice('vo-lines: '.length, -1), details: { file: 'vo-lines.config.yaml', kind: 'invalid', field: 'contract.Announcer.maxWords' } };
    expect(run(['colours', 'spring-sale.docx', '--json'], dir)).toEqual({ code: 2, stdout: `${JSON.stringify({ file: 'spring-sale.docx', error }, null, 2)}\n`, stderr: message });
    expect(run(['colors', 'spring-sale.docx', '--no-config'], dir)).toEqual(away);
    copyFileSync(join(root, 'samples/en-commercial/vo-lines.config.json'), join(dir, 'good.json'));
    expect(run(['colors', 'spring-sale.docx', '--config', 'good.json'], dir)).toEqual(away);
    expect(run(['colors', 'spring-sale.docx', '--config', 'good.json', '--json'], dir)).toEqual(run(['colors', 'spring-sale.docx', '--no-config', '--json'], dir));
  });
});

describe('errors: one plain line on stderr and exit code 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-bad-'));
  writeFileSync(join(dir, 'notes.txt'), 'just some notes\n');
  writeFileSync(join(dir, 'old.doc'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024)]));
  writeFileSync(join(dir, 'bad.json'), '{"voices": {"Narrator": {"color": "#12345"}}}');
  writeFileSync(join(dir, 'bad-contract.yaml'), 'voices:\n  Narrateur: { color: "#404040" }\ncontract:\n  Narrator: { maxWords: 100 }\n');

  it.each([
    [['lines', join(dir, 'missing.docx')], `vo-lines: ${join(dir, 'missing.docx')}: no such file. Check the path.`],
    [['lines', join(dir, 'notes.txt')], `vo-lines: ${join(dir, 'notes.txt')} is not a DOCX or PDF file: vo-lines reads .docx and .pdf scripts.`],
    [['summary', join(dir, 'old.doc')], `vo-lines: ${join(dir, 'old.doc')} is a legacy Word .doc file: open it in Word or LibreOffice and save it as .docx.`],
    [
      ['lines', 'samples/fr-elearning/module-securite.docx', '--config', join(dir, 'bad.json')],
      `vo-lines: ${shownPath(join(dir, 'bad.json'))}: "voices.Narrator.color": "#12345" is not a colour (use #RRGGBB, a CSS colour name).`,
    ],
    // Every section of a config is checked by every command, not only by the command that uses it.
    [
      ['lines', 'samples/fr-elearning/module-securite.docx', '--config', join(dir, 'bad-contract.yaml')],
      `vo-lines: ${shownPath(join(dir, 'bad-contract.yaml'))}: "contract.Narrator": no voice "Narrator" in "voices" (voices: "Narrateur").`,
    ],
    [
      ['colors', 'samples/fr-elearning/module-securite.docx', '--config', join(dir, 'bad-contract.yaml')],
      `vo-lines: ${shownPath(join(dir, 'bad-contract.yaml'))}: "contract.Narrator": no voice "Narrator" in "voices" (voices: "Narrateur").`,
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

  it('--version prints the version alone', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(run(['-V']).stdout).toBe(`${version}\n`);
  });

  it('--debug adds the stack trace', () => {
    const { code, stderr } = run(['lines', join(dir, 'notes.txt'), '--debug']);
    expect(code).toBe(2);
    expect(stderr.split('\n').length).toBeGreaterThan(3);
  });
});

describe('a reader that stops reading (vo-lines lines FILE | head -1)', () => {
  it('ends the command quietly: no EPIPE stack trace, exit code 0', async () => {
    // Far more than a pipe holds (64 KiB), so the command is still writing when the reader goes.
    const paragraph = (i: number) => `<w:p><w:r><w:rPr><w:color w:val="404040"/></w:rPr><w:t>Line ${i}: the narrator reads this sentence slowly and clearly, twice over.</w:t></w:r></w:p>`;
    const dir = mkdtempSync(join(tmpdir(), 'vo-pipe-'));
    const file = join(dir, 'long.docx');
    writeFileSync(file, buildDocx({ body: Array.from({ length: 4000 }, (_, i) => paragraph(i)).join('') }));
    const child = spawn(process.execPath, [cli, 'lines', file], { env: plainEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8'))));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(first).toContain('long.docx (DOCX)');
    expect(stderr).toBe('');
    expect(code).toBe(0);
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
