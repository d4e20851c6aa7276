/**
 * A script opened with no config (issue 9), end to end with the built CLI: the commercial sample
 * away from its config, `recorded` in every JSON, `init` that leads somewhere, `--voice` on colour
 * groups, `check` with nothing to check against, settled rules, and the config's voice/unassigned clash.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectLegend } from '../src/attribute/legend.js';
import { readScript, readScriptBytes } from '../src/readers/index.js';
import { buildDocx, DEFAULT_STYLES, r } from './helpers/docx-builder.js';
import { runCli } from './helpers/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const legends = join(root, 'tests', 'fixtures', 'legends');

const run = (args: string[], cwd: string) => runCli(args, cwd);

/** A fresh folder holding copies of the given files (no config anywhere near them). */
function folderWith(...files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'vo-noconfig-'));
  for (const file of files) copyFileSync(file, join(dir, file.replace(/^.*\//, '')));
  return dir;
}

/** Two dark grey lines, one black heading, one yellow-highlighted line: no legend. */
function colourScript(): Uint8Array {
  return buildDocx({
    body: [
      `<w:p>${r('Screen 1 — Introduction')}</w:p>`,
      `<w:p>${r('Welcome to the safety course.', '<w:color w:val="404040"/>')}</w:p>`,
      `<w:p>${r('Hi, I am your coach today.', '<w:highlight w:val="yellow"/>')}</w:p>`,
      `<w:p>${r('Let us begin with the basics.', '<w:color w:val="404040"/>')}</w:p>`,
    ].join(''),
  });
}

describe('the commercial sample, copied away from its config', () => {
  const dir = folderWith(join(root, 'samples/en-commercial/spring-sale.docx'), join(root, 'samples/en-commercial/spring-sale.pdf'));

  it.each(['spring-sale.docx', 'spring-sale.pdf'])('%s: exactly Announcer and Customer; "SFX / music (not recorded)" is unassigned', (file) => {
    const expected = JSON.parse(readFileSync(join(root, 'samples/en-commercial/expected.json'), 'utf8')) as { voices: Record<string, { words: number; lines: string[] }> };
    const { code, stdout } = run(['lines', file, '--json'], dir);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.mode).toBe('legend');
    expect(report.voices.map((v: { name: string; words: number; highlights: string[] }) => [v.name, v.words, v.highlights])).toEqual([
      ['Announcer', expected.voices.Announcer!.words, ['#FFFF00']],
      ['Customer', expected.voices.Customer!.words, ['#00FF00']],
    ]);
    expect(report.voices[1].lines.map((l: { text: string }) => l.text)).toEqual(expected.voices.Customer!.lines);
    expect(report.legend.unassigned).toEqual({ colors: [], highlights: ['#C0C0C0'] });
    expect(report.recorded).toEqual({ words: 293, spokenWords: 320, seconds: 128, duration: '2:08' });
    // The plain black titles and headings are not an unknown colour to add to a config (there is
    // none): under a legend of highlights they are said once, plainly, as nobody's lines.
    expect(report.warnings.map((w: { code: string; message: string }) => [w.code, w.message])).toEqual([
      [
        'plain-text',
        '66 words in 17 lines are plain text with no highlight ("Brightleaf Home & Garden — Spring Sale", "Radio, 3 spots. Client approval draft 2, March 14. Talent…", "Spot 1 — “Weekend Plans” — :30", …): the legend gives every voice a highlight, so they are nobody\'s lines. If some are to be recorded, highlight them in the script.',
      ],
    ]);
  });

  it('every human output says how the legend was read and what is to record', () => {
    const line = 'Voices from the legend at ¶3: Announcer = #FFFF00 yellow highlight, Customer = #00FF00 bright green highlight; not recorded: light grey highlight.';
    const summary = run(['summary', 'spring-sale.docx'], dir).stdout.split('\n');
    expect(summary.slice(0, 4)).toEqual([
      'spring-sale.docx (DOCX) · no config: the legend at ¶3: "Key: Announcer · Customer · SFX / music (not recorded)"',
      line,
      'Language: English (en-US, from the document)',
      'To record: 293 words (320 spoken), about 2:08 (the whole script: 378 words, about 2:43)',
    ]);
    expect(run(['lines', 'spring-sale.docx', '--voice', 'announcer'], dir).stdout.split('\n').slice(1, 5)).toEqual([
      line,
      'Language: English (en-US, from the document)',
      'Whole script: 378 words in 40 lines, about 2:43 at 150 wpm; Announcer is 64.3% of it.',
      'To record: 293 words (320 spoken), about 2:08',
    ]);
    expect(run(['spring-sale.docx'], dir).stdout.split('\n')[1]).toBe(line);
    const exported = run(['export', 'spring-sale.docx', '-o', 'sheets.xlsx'], dir);
    expect(exported.stdout).toBe(['Wrote sheets.xlsx: Summary + Sections + 2 voice sheets (20 lines).', line, 'To record: 293 words (320 spoken), about 2:08', ''].join('\n'));
    // Warnings go to stderr: stdout says what was written.
    expect(exported.stderr).toContain('Warnings (1):\n  ! 66 words in 17 lines are plain text with no highlight');
    const check = run(['check', 'spring-sale.pdf', '--rule', 'section-time=off'], dir);
    expect(check.code).toBe(0);
    expect(check.stdout.split('\n').slice(0, 2)).toEqual(['spring-sale.pdf', `  ${line.replace('¶3', 'p.1 ¶3')}`]);
    // The plain black headings are no finding: they are not an unknown colour under a legend of highlights.
    // They are a note, as summary warns of them: nobody records them.
    expect(check.stdout.split('\n')[2]).toMatch(/^ {2}note {5}plain-text {2}66 words in 17 lines are plain text with no highlight \(/);
    expect(check.stdout).toContain('  pass   spring-sale.pdf  2 voices, 293 words to record, 2:08 · 1 note\n');
  });

  it('recorded is in the JSON of lines, summary, check and export', () => {
    const recorded = { words: 293, spokenWords: 320, seconds: 128, duration: '2:08' };
    expect(JSON.parse(run(['summary', 'spring-sale.docx', '--json'], dir).stdout).recorded).toEqual(recorded);
    const check = JSON.parse(run(['check', 'spring-sale.docx', '--format', 'json'], dir).stdout);
    expect(check.files[0].recorded).toEqual(recorded);
    expect(check.files[0].legend.voices.map((v: { name: string }) => v.name)).toEqual(['Announcer', 'Customer']);
    expect(run(['export', 'spring-sale.docx', '-o', 'lines.json'], dir).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'lines.json'), 'utf8')).recorded).toEqual(recorded);
  });
});

describe('a legend that cannot be trusted', () => {
  it('falls back to colour groups and says which legend, where and why (human and JSON)', () => {
    const dir = folderWith(join(legends, 'rejected-duplicated-colour.docx'));
    const { code, stdout } = run(['summary', 'rejected-duplicated-colour.docx', '--json'], dir);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.mode).toBe('colours');
    expect(report.recorded).toBeNull();
    const warning = report.warnings.find((w: { code: string }) => w.code === 'legend-rejected');
    expect(warning.message).toBe(
      'The legend at ¶4 ("Key: Narrator = blue; Coach = blue; Student = green; black = not recorded") was not used: Narrator and Coach are both "blue". It is left out of the lines, and the voices are shown as the colours found instead: check the legend, or name the voices in a config (vo-lines init writes one).',
    );
    // "blue" fits Word's Blue #0070C0 (27 words) and the dark blue #1F4E79 (30 words) alike: the same words for two voices.
    expect(warning.details.reasons).toEqual([{ code: 'same-colour', message: 'Narrator and Coach are both "blue"', details: { voices: ['Narrator', 'Coach'], words: 'blue' } }]);
    expect(warning.details.read.map((e: { name: string; colour: string }) => [e.name, e.colour])).toEqual([
      ['Narrator', null],
      ['Coach', null],
      ['Student', '#00B050'],
      ['not recorded', '#000000'],
    ]);
    const human = run(['rejected-duplicated-colour.docx'], dir).stdout;
    expect(human).toContain('  ! The legend at ¶4 ("Key: Narrator = blue; Coach = blue; Student = green; black = not recorded") was not used: Narrator and Coach are both "blue".');
  });
});

describe('init', () => {
  it('without a legend: black proposed as not recorded (commented), the real colours named, the next step with a real voice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-init-'));
    writeFileSync(join(dir, 'script.docx'), colourScript());
    const { code, stdout } = run(['init', 'script.docx'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Wrote vo-lines.config.yaml (2 voices, one per colour; #000000 black text taken as not recorded).',
        'Rename the voices in it (e.g. "dark grey" to the name of whoever reads that colour), then: vo-lines lines script.docx --voice "dark grey" (or its new name)',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8')).toBe(
      [
        '# vo-lines config for script.docx, written by `vo-lines init`: one voice per colour found.',
        '# Rename each voice (or delete the colours that are not voices), then keep this file beside the script.',
        'voices:',
        '  dark grey: { color: "#404040" }   # 11 words, 2 lines',
        '  yellow highlight: { highlight: "#FFFF00" }   # 6 words, 1 line',
        '  # black: { color: "#000000" }   # 3 words, 1 line: if this text is read, uncomment this line and take "#000000" out of unassigned',
        'unassigned: ["#000000"]   # black text (titles, directions…) taken as not recorded',
        'wpm: 150   # or pace: e-learning | commercial | audiobook | documentary | explainer',
        '',
      ].join('\n'),
    );
    // The hint works as written, and the config it wrote is valid.
    const lines = run(['lines', 'script.docx', '--voice', 'dark grey'], dir);
    expect(lines.code).toBe(0);
    expect(lines.stdout).toContain('dark grey (#404040 dark grey): 2 lines, 11 words');
    expect(JSON.parse(run(['summary', 'script.docx', '--json'], dir).stdout).recorded).toEqual({ words: 17, spokenWords: 17, seconds: 6.8, duration: '0:07' });
  });

  /** A script whose headings are Word's blue "Heading 1" (as python-docx and Word write them). */
  const headingScript = (lines: string[]) =>
    buildDocx({
      styles:
        DEFAULT_STYLES +
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:color w:val="2F5496"/><w:sz w:val="32"/></w:rPr></w:style>',
      body: [`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${r('Water safety: module 3')}</w:p>`, ...lines, `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${r('Rip currents')}</w:p>`].join(''),
    });

  it('without a legend: a colour only the headings use is proposed as not recorded beside black, never a voice to name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-init-'));
    writeFileSync(
      join(dir, 'script.docx'),
      headingScript([
        `<w:p>${r('Screen 1: title card')}</w:p>`,
        `<w:p>${r('Every summer, families head to the lakes.', '<w:color w:val="0000FF"/>')}</w:p>`,
        `<w:p>${r('Can I go in now?', '<w:color w:val="C00000"/>')}</w:p>`,
      ]),
    );
    const colours = run(['script.docx'], dir);
    expect(colours.stdout).toContain('  #2F5496 dark blue      6      2  "Water safety: module 3" (headings only)\n');
    expect(colours.stdout).toContain('\n  voices:\n    blue: { color: "#0000FF" }   # 7 words: "Every summer, families head to the lakes."\n    red:  { color: "#C00000" }   # 5 words: "Can I go in now?"\nthen run:');
    const { code, stdout } = run(['init', 'script.docx'], dir);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Wrote vo-lines.config.yaml (2 voices, one per colour; #000000 black text and #2F5496 dark blue headings taken as not recorded).');
    expect(readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8')).toBe(
      [
        '# vo-lines config for script.docx, written by `vo-lines init`: one voice per colour found.',
        '# Rename each voice (or delete the colours that are not voices), then keep this file beside the script.',
        'voices:',
        '  blue: { color: "#0000FF" }   # 7 words, 1 line',
        '  red: { color: "#C00000" }   # 5 words, 1 line',
        '  # black: { color: "#000000" }   # 4 words, 1 line: if this text is read, uncomment this line and take "#000000" out of unassigned',
        '  # dark blue: { color: "#2F5496" }   # 6 words, 2 lines, all headings: if they are read, uncomment this line and take "#2F5496" out of unassigned',
        'unassigned: ["#000000", "#2F5496"]   # black text (titles, directions…) taken as not recorded; #2F5496 dark blue: headings only, taken as not recorded',
        'wpm: 150   # or pace: e-learning | commercial | audiobook | documentary | explainer',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(run(['summary', 'script.docx', '--json'], dir).stdout).recorded.words).toBe(12);
  });

  it('a script all in one colour that is not black (all dark grey): no colour coding either, not a voice to name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-init-'));
    const grey = '<w:color w:val="404040"/>';
    writeFileSync(join(dir, 'script.docx'), buildDocx({ body: `<w:p>${r('My lines are the grey ones, they said.', grey)}</w:p><w:p>${r('But every line here is grey.', grey)}</w:p>` }));
    expect(run(['script.docx'], dir).stdout).toContain(
      '\nNext: every line is #404040 dark grey: no colour coding to read. vo-lines init script.docx writes a vo-lines.config.yaml beside the script, one voice per colour, to rename, or see --help.',
    );
  });

  it('a script in black but for its blue headings: no colour coding; init keeps black as the voice and the headings out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-init-'));
    writeFileSync(join(dir, 'script.docx'), headingScript([`<w:p>${r('ANNOUNCER: This weekend only, everything is half price.')}</w:p>`, `<w:p>${r('CUSTOMER: Even the sofas?')}</w:p>`]));
    expect(run(['script.docx'], dir).stdout).toContain('\nNext: every line is #000000 black (its headings aside): no colour coding to read.');
    run(['init', 'script.docx'], dir);
    const config = readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8');
    expect(config).toContain('\n  black: { color: "#000000" }   # 12 words, 2 lines\n  # dark blue: { color: "#2F5496" }   # 6 words, 2 lines, all headings');
    expect(config).toContain('\nunassigned: ["#2F5496"]   # #2F5496 dark blue: headings only, taken as not recorded\n');
  });

  it('after a legend that was not used: the colours it gives to one voice are named after it, to check; the others by their colour', () => {
    const dir = folderWith(join(legends, 'rejected-colour-not-used.docx'));
    const { code, stdout, stderr } = run(['init', 'rejected-colour-not-used.docx'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Wrote vo-lines.config.yaml (3 voices, one per colour, 2 named after the legend at ¶4, which was not used; #000000 black text taken as not recorded).',
        'Check the names taken from the legend, and rename the others (e.g. "bright green highlight" to the name of whoever reads that colour), then: vo-lines lines rejected-colour-not-used.docx --voice "bright green highlight" (or its new name)',
        '',
      ].join('\n'),
    );
    expect(stderr).toBe(
      '! The legend at ¶4 ("Cast: VO1 = yellow highlight · VO2 = pink highlight · ANNCR = turquoise highlight") was not used: no text in the script has VO2\'s "pink highlight". It is left out of the lines, and the voices are shown as the colours found instead: check the legend, or name the voices in a config (vo-lines init writes one). [¶4]\n',
    );
    expect(readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8')).toBe(
      [
        '# vo-lines config for rejected-colour-not-used.docx, written by `vo-lines init`: one voice per colour found.',
        '# The legend at ¶4 ("Cast: VO1 = yellow highlight · VO2 = pink highlight · ANNCR = turquoise highlight") was not used: no text in the script has VO2\'s "pink highlight".',
        '# A colour it gives to one voice is named after that voice: check each. Rename the others (or delete the colours that are not voices), then keep this file beside the script.',
        'voices:',
        '  VO1: { highlight: "#FFFF00" }   # 17 words, 2 lines; VO1 in the legend',
        '  bright green highlight: { highlight: "#00FF00" }   # 17 words, 2 lines; not in the legend',
        '  ANNCR: { highlight: "#00FFFF" }   # 26 words, 2 lines; ANNCR in the legend',
        '  # black: { color: "#000000" }   # 18 words, 4 lines: if this text is read, uncomment this line and take "#000000" out of unassigned',
        'unassigned: ["#000000"]   # black text (titles, directions…) taken as not recorded',
        'wpm: 150   # or pace: e-learning | commercial | audiobook | documentary | explainer',
        '',
      ].join('\n'),
    );
    // The config works as written: the voices it names are the script's.
    const lines = run(['lines', 'rejected-colour-not-used.docx', '--voice', 'ANNCR'], dir);
    expect(lines.code).toBe(0);
    expect(lines.stdout).toContain('ANNCR (#00FFFF turquoise highlight): 2 lines, 26 words');
  });

  it('after a legend that gives one colour to two voices: that colour keeps its colour name and says so', () => {
    const dir = folderWith(join(legends, 'rejected-duplicated-colour.docx'));
    const { code, stdout } = run(['init', 'rejected-duplicated-colour.docx'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Wrote vo-lines.config.yaml (3 voices, one per colour, 1 named after the legend at ¶4, which was not used; #000000 black text taken as not recorded).',
        'Check the names taken from the legend, and rename the others (e.g. "blue" to the name of whoever reads that colour), then: vo-lines lines rejected-duplicated-colour.docx --voice blue (or its new name)',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8').split('\n').slice(1, 8)).toEqual([
      '# The legend at ¶4 ("Key: Narrator = blue; Coach = blue; Student = green; black = not recorded") was not used: Narrator and Coach are both "blue".',
      '# A colour it gives to one voice is named after that voice: check each. Rename the others (or delete the colours that are not voices), then keep this file beside the script.',
      'voices:',
      '  blue: { color: "#0070C0" }   # 27 words, 2 lines; the legend gives it to Narrator and Coach',
      '  dark blue: { color: "#1F4E79" }   # 30 words, 2 lines; the legend gives it to Narrator and Coach',
      '  Student: { color: "#00B050" }   # 15 words, 1 line; Student in the legend',
      '  # black: { color: "#000000" }   # 17 words, 4 lines: if this text is read, uncomment this line and take "#000000" out of unassigned',
    ]);
  });

  it('refuses, naming it, when any config already lies beside the script', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-init-'));
    writeFileSync(join(dir, 'script.docx'), colourScript());
    writeFileSync(join(dir, 'vo-lines.config.json'), '{"voices": {"Narrator": {"color": "#404040"}}}');
    for (const args of [['init', 'script.docx'], ['init', 'script.docx', '--force']]) {
      expect(run(args, dir)).toEqual({
        code: 2,
        stdout: '',
        stderr: 'vo-lines: vo-lines.config.json already exists beside the script, and vo-lines reads it before vo-lines.config.yaml: edit it, or remove it to start again with init.\n',
      });
    }
    expect(existsSync(join(dir, 'vo-lines.config.yaml'))).toBe(false);
  });

  it('from the commercial sample: the legend, and black text the legend does not name proposed as not recorded; never the same colour twice', () => {
    const dir = folderWith(join(root, 'samples/en-commercial/spring-sale.docx'));
    expect(run(['init', 'spring-sale.docx'], dir).code).toBe(0);
    const config = readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8');
    expect(config).toContain('voices:\n  Announcer: { highlight: "#FFFF00" }   # 243 words, 13 lines\n  Customer: { highlight: "#00FF00" }   # 50 words, 7 lines\n');
    expect(config).toContain('unassigned: ["#C0C0C0", "#000000"]');
    const summary = JSON.parse(run(['summary', 'spring-sale.docx', '--json'], dir).stdout);
    expect(summary.mode).toBe('config');
    expect(summary.voices.map((v: { name: string }) => v.name)).toEqual(['Announcer', 'Customer']);
    expect(summary.warnings).toEqual([]);
  });
});

describe('the config loader', () => {
  it('rejects a colour that is both a voice and unassigned', () => {
    const dir = folderWith(join(root, 'samples/en-commercial/spring-sale.docx'));
    writeFileSync(join(dir, 'vo-lines.config.json'), JSON.stringify({ voices: { Announcer: { highlight: 'yellow' }, SFX: { highlight: 'lightGray' } }, unassigned: ['#000000', '#C0C0C0'] }));
    expect(run(['summary', 'spring-sale.docx'], dir)).toEqual({
      code: 2,
      stdout: '',
      // The config found beside the script is named as the user would type it (from the working folder).
      stderr: `vo-lines: vo-lines.config.json: "unassigned": #C0C0C0 is also voice "SFX"'s colour (voices.SFX.highlight): a colour is either a voice's or not recorded; remove it from one of them. If it means #C0C0C0 text only (titles in #C0C0C0 beside SFX's highlight), write it { color: "#C0C0C0" }.\n`,
    });
  });
});

describe('--voice on colour groups', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-voice-'));
  writeFileSync(join(dir, 'script.docx'), colourScript());

  it.each([['404040'], ['#404040'], ['dark grey'], ['  Dark Grey '], ['#404040 dark grey']])('finds the dark grey group by %j', (query) => {
    const { code, stdout } = run(['lines', 'script.docx', '--voice', query], dir);
    expect(code).toBe(0);
    // 4.4 s shown 0:05 beside black's 1.2 s shown 0:01: the groups add up to the whole script's 0:06 (summary's shown times).
    expect(stdout).toContain('#404040 dark grey: 2 lines, 11 words, about 0:05 at 150 wpm\n  ¶2  5 words  Welcome to the safety course.\n  ¶4  6 words  Let us begin with the basics.\n');
  });

  it.each([['ffff00'], ['yellow'], ['yellow highlight'], ['yellow background']])('finds the highlight group by %j', (query) => {
    expect(run(['lines', 'script.docx', '--voice', query, '--json'], dir).stdout).toContain('"name": "#FFFF00 yellow background"');
  });

  it('an unknown colour lists the groups, with how to name one', () => {
    expect(run(['lines', 'script.docx', '--voice', 'blue'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'vo-lines: no voice "blue" in script.docx. Voices found: "#000000 black", "#404040 dark grey", "#FFFF00 yellow background" (or "unassigned"). A colour group is also found by its hex code or its colour name, e.g. "000000" or "black".\n',
    });
  });
});

describe('check with nothing to check against', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-check-nomap-'));
  writeFileSync(join(dir, 'script.docx'), colourScript());

  it('no config and no legend: an input error naming how to give a config, exit 2', () => {
    const { code, stdout } = run(['check', 'script.docx'], dir);
    expect(code).toBe(2);
    expect(stdout).toBe(
      [
        'script.docx',
        '  error    input  script.docx: no config beside it or above, and it has no legend: nothing to check the voices against. Give a config with --config FILE, write one with vo-lines init script.docx, or pass --no-config to check the colour groups.',
        '',
        'Files:',
        '  ERROR  script.docx  could not be checked',
        '',
        '1 file: 0 passed, 1 could not be checked · no findings.',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(run(['check', 'script.docx', '--json'], dir).stdout).files[0].error.code).toBe('no-voice-map');
  });

  it('--no-config checks the colour groups', () => {
    const { code, stdout } = run(['check', 'script.docx', '--no-config'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('  pass   script.docx  3 colour groups, 20 words, 0:08');
    // A contract's voice is found as --voice finds it: a colour group by its plain name.
    const over = run(['check', 'script.docx', '--no-config', '--voice', 'dark grey', '--max-words', '10'], dir);
    expect(over.code).toBe(1);
    expect(over.stdout).toContain("  error    contract            #404040 dark grey: 11 words, over the contract's maximum of 10 by 1.");
  });
});

describe("the config's rules apply to every command", () => {
  it('a rule set to off quiets its warnings in summary, lines, export and sides too', () => {
    const dir = folderWith(join(root, 'samples/fr-elearning/module-securite.docx'));
    const voices = { Narrateur: { color: '#404040' }, Formatrice: { color: '#1F4E79' }, Apprenant: { color: '#00B050' } };
    writeFileSync(join(dir, 'vo-lines.config.json'), JSON.stringify({ voices, unassigned: ['#000000'] }));
    expect(JSON.parse(run(['summary', 'module-securite.docx', '--json'], dir).stdout).warnings).toHaveLength(3);
    writeFileSync(join(dir, 'vo-lines.config.json'), JSON.stringify({ voices, unassigned: ['#000000'], rules: { 'confusable-colours': 'off' } }));
    expect(JSON.parse(run(['summary', 'module-securite.docx', '--json'], dir).stdout).warnings).toEqual([]);
    expect(run(['lines', 'module-securite.docx'], dir).stdout).not.toContain('Warnings');
    expect(run(['export', 'module-securite.docx', '-o', 'out.md'], dir).stderr).toBe('');
    const sides = run(['sides', 'module-securite.docx', '--voice', 'Narrateur', '--json'], dir);
    expect(sides.code).toBe(0);
    expect(JSON.parse(sides.stdout).warnings).toEqual([]);
  });
});

describe('legend detection stays cheap on hostile text', () => {
  const regression = fileURLToPath(new URL('../../shared/fuzz-regressions/13-hang-docx-1MB-whitespace-legend-regex.docx', import.meta.url));

  it.skipIf(!existsSync(regression))('1 MiB of no-break spaces near the top is no legend (and no hang)', async () => {
    expect(detectLegend(await readScript(regression))).toBeNull();
  });

  it('a long paragraph near the top is never read as a legend', async () => {
    const spaces = '\u00A0'.repeat(200_000);
    const script = await readScriptBytes(
      buildDocx({ body: `<w:p>${r(`Key: Narrator = dark grey;${spaces}Coach = blue`)}</w:p><w:p>${r('Hello.', '<w:color w:val="404040"/>')}</w:p>` }),
      'long.docx',
    );
    expect(detectLegend(script)).toBeNull();
  });
});
