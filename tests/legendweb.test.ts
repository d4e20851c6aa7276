/**
 * Legends and configs that gave confident wrong answers (the narrators' page probe), end to end with
 * the built CLI: a legend quoted as not used is never a line, and init's counts are summary's with the
 * config init writes; a config voice with no line is said (`empty-voice`), once in `check`; a config
 * none of whose voices has a line is said first (`config-voices-unused`) and the script's legend is
 * compared with it and left out; a config of settings alone (`language: fr`) is valid in every command;
 * a sentence ending or going on in another voice's colour is said (`voice-inside-sentence`); voice
 * names that differ only in case or spaces are refused. Fixtures: tests/fixtures/legendweb/
 * (scripts/build-legendweb-fixtures.py).
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from './helpers/cli.js';
import { parseConfig, parseConfigText } from '../src/config/parse.js';
import { UserError } from '../src/errors.js';
import { buildDocx, r } from './helpers/docx-builder.js';

const fixtures = join(ROOT, 'tests', 'fixtures', 'legendweb');

/** A fresh folder holding copies of the given files (no config anywhere near them). */
function folderWith(...files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'vo-legendweb-'));
  for (const file of files) copyFileSync(file, join(dir, file.replace(/^.*\//, '')));
  return dir;
}

interface Voice {
  name: string;
  lineCount: number;
  words: number;
}
interface Warning {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

const json = (args: string[], cwd: string) => {
  const result = runCli([...args, '--json'], cwd);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
};
const tally = (voices: Voice[]) => voices.map((v) => [v.name, v.lineCount, v.words]);
const codes = (warnings: Warning[] = []) => warnings.map((w) => w.code);
interface JsonLine {
  text: string;
  location: { paragraph: number };
}
/** Every line of a `lines --json` report: each voice's, then the unassigned text's. */
const allLines = (report: { voices: { lines: JsonLine[] }[]; unassigned: { lines?: JsonLine[] } }): JsonLine[] => [...report.voices.flatMap((v) => v.lines), ...(report.unassigned.lines ?? [])];

describe('a legend quoted as not used is never a line', () => {
  it('no config: the colour groups leave the legend paragraph out (no pink group, 32 words in 5 lines)', () => {
    const dir = folderWith(join(fixtures, 'fr-legend-wrong.docx'));
    const report = json(['summary', 'fr-legend-wrong.docx'], dir);
    expect(report.mode).toBe('colours');
    expect(tally(report.voices)).toEqual([
      ['#365F91 dark blue', 1, 3],
      ['#FFFF00 yellow background', 2, 14],
      ['#00FFFF turquoise background', 1, 7],
      ['#00FF00 bright green background', 1, 8],
    ]);
    expect([report.total.lineCount, report.total.words]).toEqual([5, 32]);
    const rejected = report.warnings.find((w: Warning) => w.code === 'legend-rejected');
    expect(rejected.message).toBe(
      'The legend at ¶2 ("Voix : VOIX OFF / CLIENTE / VENDEUR") was not used: no text in the script has CLIENTE\'s #FF00FF pink highlight. It is left out of the lines, and the voices are shown as the colours found instead: check the legend, or name the voices in a config (vo-lines init writes one).',
    );
    const lines = allLines(json(['lines', 'fr-legend-wrong.docx'], dir));
    expect(lines.length).toBe(5);
    expect(lines.some((l) => l.location.paragraph === 2)).toBe(false);
  });

  it("init's comments count what summary counts with the config it writes", () => {
    const dir = folderWith(join(fixtures, 'fr-legend-wrong.docx'));
    const init = json(['init', 'fr-legend-wrong.docx'], dir);
    expect(init.voices.map((v: Voice & { lines: number }) => [v.name, v.lines, v.words])).toEqual([
      ['VOIX OFF', 2, 14],
      ['turquoise highlight', 1, 7],
      ['VENDEUR', 1, 8],
    ]);
    const yaml = readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8');
    expect(yaml).toContain('VOIX OFF: { highlight: "#FFFF00" }   # 14 words, 2 lines; VOIX OFF in the legend');
    expect(yaml).not.toContain('CLIENTE:');
    const report = json(['summary', 'fr-legend-wrong.docx'], dir);
    expect(report.mode).toBe('config');
    expect(tally(report.voices)).toEqual([
      ['VOIX OFF', 2, 14],
      ['turquoise highlight', 1, 7],
      ['VENDEUR', 1, 8],
    ]);
  });

  it('a config voice with no line is said in summary (empty-voice), and once in check', () => {
    const dir = folderWith(join(fixtures, 'fr-legend-wrong.docx'));
    writeFileSync(
      join(dir, 'vo-lines.config.yaml'),
      'voices:\n  VOIX OFF: { highlight: "#FFFF00" }\n  CLIENTE: { highlight: "#FF00FF" }\n  VENDEUR: { highlight: "#00FF00" }\n  turquoise highlight: { highlight: "#00FFFF" }\nunassigned: ["#000000", "#365F91"]\n',
    );
    const report = json(['summary', 'fr-legend-wrong.docx'], dir);
    expect(tally(report.voices)).toEqual([
      ['VOIX OFF', 2, 14],
      ['CLIENTE', 0, 0],
      ['VENDEUR', 1, 8],
      ['turquoise highlight', 1, 7],
    ]);
    const empty = report.warnings.filter((w: Warning) => w.code === 'empty-voice');
    expect(empty).toEqual([
      {
        code: 'empty-voice',
        message: 'CLIENTE has no line in this script: vo-lines.config.yaml gives it #FF00FF pink highlight, and no text has it. Check the config against the script, or take CLIENTE out of it if the voice does not speak here.',
        details: { voice: 'CLIENTE', config: 'vo-lines.config.yaml', colors: [], highlights: ['#FF00FF'], labels: [], styles: [] },
      },
    ]);
    const check = JSON.parse(runCli(['check', 'fr-legend-wrong.docx', '--json'], dir).stdout);
    const file = check.files[0];
    expect(file.findings.map((f: { rule: string; voice?: string }) => [f.rule, f.voice])).toEqual([['empty-voice', 'CLIENTE']]);
    expect(codes(file.notes)).not.toContain('empty-voice');
    // The rule off quiets it everywhere.
    writeFileSync(join(dir, 'vo-lines.config.yaml'), `${readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8')}rules: { empty-voice: off }\n`);
    expect(codes(json(['summary', 'fr-legend-wrong.docx'], dir).warnings)).not.toContain('empty-voice');
  });
});

describe("another job's config", () => {
  it('says first that none of its voices has a line, leaves the legend out and says how it differs', () => {
    const report = json(['summary', 'samples/fr-elearning/module-securite.docx', '--config', 'samples/en-commercial/vo-lines.config.json'], ROOT);
    expect(report.warnings[0]).toEqual({
      code: 'config-voices-unused',
      message:
        "None of the config's voices (Announcer, Customer) has a line in this script: is vo-lines.config.json this script's config? All 935 words of the script are counted as nobody's. Check the config's colours against the script's (vo-lines colors lists them), or read the script without it (--no-config): its own legend or its colours.",
      details: { config: 'vo-lines.config.json', path: 'samples/en-commercial/vo-lines.config.json', voices: ['Announcer', 'Customer'], words: 935, lines: 56 },
    });
    // The legend is left out of the lines (935 words, as with no config), and compared with the config.
    expect(report.total.words).toBe(935);
    expect(json(['summary', 'samples/fr-elearning/module-securite.docx', '--no-config'], ROOT).total.words).toBe(935);
    expect(report.legend.text).toBe('Légende : Narrateur — Formatrice — Apprenant — Non enregistré');
    const differs = report.warnings.find((w: Warning) => w.code === 'legend-config-differs');
    expect(differs.details.problems.map((p: { kind: string; legendVoice: string }) => [p.kind, p.legendVoice])).toEqual([
      ['no-voice', 'Narrateur'],
      ['no-voice', 'Formatrice'],
      ['no-voice', 'Apprenant'],
    ]);
    // One warning for all: not one empty-voice per voice.
    expect(codes(report.warnings)).not.toContain('empty-voice');
  });
});

describe('a config of settings alone (no voices)', () => {
  it('is valid: the voices come from the legend, the settings are used, in every command', () => {
    const dir = folderWith(join(fixtures, 'fr-dechets.docx'));
    const before = json(['summary', 'fr-dechets.docx'], dir);
    expect(codes(before.warnings)).toContain('language-from-text');
    writeFileSync(join(dir, 'vo-lines.config.yaml'), 'language: fr\n');
    const report = json(['summary', 'fr-dechets.docx'], dir);
    expect(report.mode).toBe('legend');
    expect(report.config).toBe('vo-lines.config.yaml');
    expect(report.language.tag).toBe('fr');
    expect(codes(report.warnings)).not.toContain('language-from-text');
    expect(tally(report.voices)).toEqual(tally(before.voices));
    const text = runCli(['summary', 'fr-dechets.docx'], dir).stdout;
    expect(text.split('\n')[0]).toBe('fr-dechets.docx (DOCX) · vo-lines.config.yaml, which names no voice (its settings are used), and the legend at ¶2: "Légende : Narratrice — Expert — Apprenant"');
    expect(json(['lines', 'fr-dechets.docx'], dir).language.tag).toBe('fr');
    const check = runCli(['check', 'fr-dechets.docx', '--json'], dir);
    expect(JSON.parse(check.stdout).files[0].status).toBe('pass');
    expect(runCli(['export', 'fr-dechets.docx', '-o', 'lines.json'], dir).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'lines.json'), 'utf8')).language.tag).toBe('fr');
    // init keeps it, and says what it holds.
    const init = runCli(['init', 'fr-dechets.docx'], dir);
    expect(init.code).toBe(2);
    expect(init.stderr).toBe(
      'vo-lines: vo-lines.config.yaml already exists beside the script, with settings (language) and no voices: add the voices to it yourself, or pass --force to write them into it, its settings kept.\n',
    );
  });

  it('with no legend: colour groups, its unassigned colours nobody\'s; check finds no voice to check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-legendweb-'));
    const docx = buildDocx({
      body: [
        `<w:p>${r('Screen 1 — Introduction')}</w:p>`,
        `<w:p>${r('Welcome to the safety course.', '<w:color w:val="404040"/>')}</w:p>`,
        `<w:p>${r('Hi, I am your coach today.', '<w:highlight w:val="yellow"/>')}</w:p>`,
      ].join(''),
    });
    writeFileSync(join(dir, 'plain.docx'), docx);
    writeFileSync(join(dir, 'vo-lines.config.yaml'), 'unassigned: black\npace: commercial\n');
    const report = json(['summary', 'plain.docx'], dir);
    expect(report.mode).toBe('colours');
    expect(report.config).toBe('vo-lines.config.yaml');
    expect(tally(report.voices)).toEqual([
      ['#404040 dark grey', 1, 5],
      ['#FFFF00 yellow background', 1, 6],
    ]);
    expect([report.unassigned.lineCount, report.unassigned.words]).toEqual([1, 3]);
    expect(report.total.wpm).toBe(160);
    const check = JSON.parse(runCli(['check', 'plain.docx', '--json'], dir).stdout);
    expect(check.files[0].error.code).toBe('no-voice-map');
    expect(check.files[0].error.message).toBe(
      'plain.docx: its config (vo-lines.config.yaml) names no voice, and it has no legend: nothing to check the voices against. Give a config with --config FILE, write one with vo-lines init plain.docx, or pass --no-config to check the colour groups.',
    );
  });

  it('parses: voices left out or empty under its key; an explicit empty map still refused', async () => {
    const config = await parseConfigText('language: fr\nvoices:\n', 'cfg.yaml');
    expect(config.voiceMap.voices).toEqual([]);
    expect(config.voiceMap.language).toBe('fr');
    expect(parseConfig({}, 'cfg.json').voiceMap.voices).toEqual([]);
    expect(() => parseConfig({ voices: {} }, 'cfg.json')).toThrow(
      'cfg.json: "voices" is empty: name at least one voice, or leave "voices" out to take the voices from the script\'s legend or its colours.',
    );
    expect(() => parseConfig({ language: 'fr', contract: { Bob: { maxWords: 10 } } }, 'cfg.json')).toThrow(
      'cfg.json: "contract.Bob": no voice "Bob" in "voices" (the config names no voice: name it in "voices" first).',
    );
  });
});

describe('a sentence that ends or goes on in another voice\'s colour', () => {
  it('is said with the voice-inside-sentence warning; a new sentence is not', () => {
    const dir = folderWith(join(fixtures, 'fr-mixed-runs.docx'));
    const report = json(['lines', 'fr-mixed-runs.docx'], dir);
    const inside = report.warnings.filter((w: Warning) => w.code === 'voice-inside-sentence');
    expect(inside.map((w: Warning) => [w.details!.text, w.details!.voice, w.details!.around, w.details!.where])).toEqual([
      ['règle ?', 'Narratrice', 'Formateur', 'end'],
      ['Pour finir, vérifiez', 'Formateur', 'Narratrice', 'start'],
    ]);
    expect(inside[0].message).toBe(
      '"règle ?" (1 word), in Narratrice’s colour, ends a sentence of Formateur ("Et la deuxième règle ?"), with no sentence end between them: it is counted for Narratrice, as its colour says, but one sentence is seldom said by two voices. Check whose words they are; if it is Formateur’s, give it Formateur’s colour in the script.',
    );
    // Counted by its colour, as before.
    const narratrice = report.voices.find((v: Voice) => v.name === 'Narratrice').lines.map((l: JsonLine) => l.text);
    expect(narratrice).toEqual(['Bienvenue dans ce module.', 'Commençons par les bases.', 'règle ?', 'que votre poste est rangé avant de partir.', 'À bientôt !']);
  });
});

describe('voice names that differ only in case or spaces', () => {
  it('are refused, naming both', () => {
    let error: unknown;
    try {
      parseConfig({ voices: { Anncr: { color: 'red' }, 'anncr ': { color: 'blue' } } }, 'cfg.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(
      'cfg.json: "voices": "Anncr" and "anncr " differ only in case or spaces, and vo-lines finds a voice by its name that way (--voice, contract, locked): give one voice both colours (e.g. "Anncr": {"highlight": ["yellow", "green"]}), or two names that differ.',
    );
    expect((error as UserError).details).toEqual({ file: 'cfg.json', kind: 'same-name', field: 'voices.anncr ', voices: ['Anncr', 'anncr '] });
  });
});
