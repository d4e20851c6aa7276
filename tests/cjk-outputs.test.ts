/**
 * What the outputs say of a script in Chinese or Japanese, counted one word per character and timed
 * in characters a minute (tests/cjk.test.ts has the counts): the pace in characters wherever a pace
 * is written, the config `init` writes keeping that pace, and `diff` marking a changed character
 * inside its line. Fixtures: tests/fixtures/cjk, built by scripts/build-cjk-fixtures.py
 * (zh-two-voices-revised.docx: ¶3 三 → 四, ¶4 马上 → 现在).
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderNamedConfig, renderStarterConfig } from '../src/render/config-yaml.js';
import { renderXlsx } from '../src/render/xlsx.js';
import { boothScript } from '../src/render/sides.js';
import { sidesLabels } from '../src/render/sides-labels.js';
import { ROOT, runCli } from './helpers/cli.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'cjk');
const ZH = join(FIXTURES, 'zh-two-voices.docx');
const ZH_REVISED = join(FIXTURES, 'zh-two-voices-revised.docx');
const JA = join(FIXTURES, 'ja-two-voices.docx');

const cli = (args: string[], cwd = ROOT) => {
  const result = runCli(args, cwd);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
};

/** A copy of a fixture alone in a new folder, for `init` to write its config beside. */
function alone(file: string, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vo-cjk-'));
  copyFileSync(file, join(dir, name));
  return dir;
}

describe('the pace of a script counted by characters is said in characters a minute', () => {
  it('summary: the Pace column', () => {
    const table = cli(['summary', ZH]).split('\n').slice(4, 8);
    expect(table).toEqual([
      '  Voice         Lines  Words  Spoken   Share  Time  Pace',
      '  Total             4     38      38  100.0%  0:10  240 characters/min',
      '  #C00000 red       2     18      18   47.4%  0:05  240 characters/min',
      '  #0070C0 blue      2     20      20   52.6%  0:05  240 characters/min',
    ]);
  });

  it('summary --json: the timing says what the pace counts; an English script has no such field', () => {
    expect(JSON.parse(cli(['summary', ZH, '--json'])).timing).toEqual({ method: 'words', paceUnit: 'characters' });
    expect(JSON.parse(cli(['summary', JA, '--json'])).timing).toEqual({ method: 'words', paceUnit: 'characters' });
    expect(JSON.parse(cli(['summary', ZH, '--json', '--timing', 'syllables'])).timing).toEqual({ method: 'syllables', syllablesPerSecond: 3.57 });
    expect(JSON.parse(cli(['summary', 'samples/en-commercial/spring-sale.docx', '--json'])).timing).toEqual({ method: 'words' });
  });

  it('lines: the totals sentences', () => {
    const out = cli(['lines', JA]).split('\n');
    expect(out[2]).toBe('Whole script: 53 words in 3 lines, about 0:11 at 300 characters/min');
    expect(out.filter((l) => l.startsWith('#'))).toEqual([
      '#C00000 red: 2 lines, 28 words, about 0:06 at 300 characters/min',
      '#0070C0 blue: 1 line, 25 words, about 0:05 at 300 characters/min',
    ]);
  });

  it('markdown, xlsx and the booth script', async () => {
    const { report } = await analyse(ZH, { noConfig: true, lineIds: false });
    expect(renderMarkdown(report).split('\n').filter((l) => l.startsWith('2 lines'))).toEqual([
      '2 lines, 18 words, about 0:05 at 240 characters/min.',
      '2 lines, 20 words, about 0:05 at 240 characters/min.',
    ]);
    const sheets = await readExcelFile(Buffer.from(await renderXlsx(report)));
    expect(sheets[0]!.data.find((row) => row[0] === 'Voice')).toEqual(['Voice', 'Lines', 'Words', 'Spoken words', 'Seconds', 'Estimated time', 'Pace (characters/min)', 'Share', 'Characters', 'Dubbing lines', 'Finished minutes']);
    const booth = boothScript(report, report.voices[0]!, { date: '2025-06-12', script: 'zh-two-voices.docx' });
    expect(booth.labels.summary).toBe('2 lines · 18 words · about 0:05 at 240 characters/min');
    const facts = { voice: 'Narrateur', script: 's.docx', date: '2025-06-12', lineCount: 2, words: 18, spokenWords: 18, seconds: 4.5, wpm: 240, paceUnit: 'characters' as const };
    expect(sidesLabels('fr', facts).summary).toBe('2 répliques · 18 mots · environ 0:05 à 240 caractères/min');
  });
});

describe('init on a script counted by characters', () => {
  it('writes its pace in characters a minute, so that summary gives the same time after init as before', () => {
    for (const [file, name, pace, time] of [
      [ZH, 'zh.docx', 240, 9.5],
      [JA, 'ja.docx', 300, 10.6],
    ] as const) {
      const dir = alone(file, name);
      const before = JSON.parse(cli(['summary', name, '--json'], dir));
      expect([before.total.wpm, before.total.seconds]).toEqual([pace, time]);
      cli(['init', name], dir);
      const config = readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8').split('\n');
      expect(config.filter((l) => l.startsWith('wpm'))).toEqual([`wpm: ${pace}   # characters a minute: this script is counted one word per character, so its pace is in characters`]);
      const after = JSON.parse(cli(['summary', name, '--json'], dir));
      expect([after.config, after.total.wpm, after.total.seconds, after.timing]).toEqual(['vo-lines.config.yaml', pace, time, { method: 'words', paceUnit: 'characters' }]);
    }
  });

  it('the starter config finds the pace itself when its caller does not give it (the web page)', async () => {
    const { casting } = await analyse(JA, { noConfig: true, lineIds: false });
    expect(renderStarterConfig(casting, 'ja.docx').text.split('\n').filter((l) => l.startsWith('wpm'))).toEqual([
      'wpm: 300   # characters a minute: this script is counted one word per character, so its pace is in characters',
    ]);
  });
});

describe('the page\'s config for colours named by hand', () => {
  it('gives a Chinese script its pace in characters a minute when none was set, and an English one the default', async () => {
    const zh = await analyse(ZH, { noConfig: true, lineIds: false });
    expect(renderNamedConfig(zh.casting, 'zh.docx').split('\n').filter((l) => l.startsWith('wpm'))).toEqual([
      'wpm: 240   # characters a minute: this script is counted one word per character, so its pace is in characters',
    ]);
    expect(renderNamedConfig(zh.casting, 'zh.docx', 200).split('\n').filter((l) => l.startsWith('wpm'))).toEqual(['wpm: 200']);
    const en = await analyse(join(ROOT, 'samples', 'en-commercial', 'spring-sale.docx'), { noConfig: true, lineIds: false });
    expect(renderNamedConfig(en.casting, 'spring-sale.docx').split('\n').filter((l) => l.startsWith('wpm'))).toEqual([
      'wpm: 150   # or pace: e-learning | commercial | audiobook | documentary | explainer',
    ]);
  });
});

describe('diff of two versions of a Chinese script', () => {
  it('shows the changed characters inside each changed line', () => {
    expect(cli(['diff', ZH, ZH_REVISED]).split('\n').slice(2)).toEqual([
      '#C00000 red: 18 → 18 words (±0), 0:05 → 0:05 (±0:00), 2 → 2 lines (±0)',
      '  ~ ¶3  会议将在[-三-]{+四+}点开始。',
      '  1 unchanged',
      '',
      '#0070C0 blue: 20 → 20 words (±0), 0:05 → 0:05 (±0:00), 2 → 2 lines (±0)',
      '  ~ ¶4  谢谢，我[-马上-]{+现在+}加入。',
      '  1 unchanged',
      '',
      // What summary says of each version, named by it.
      '',
      'Warnings (4):',
      ...[ZH, ZH_REVISED].flatMap((file) => [
        `  ! ${file}: vo-lines has no spoken-form rules for Chinese: figures, symbols and addresses are counted as written (spoken words = written words less directions).`,
        `  ! ${file}: Chinese is written without spaces between words: each character is counted as a word (as Word counts it), and the time assumes 240 characters a minute, the pace of ordinary Mandarin speech; the news is read at 250–300. Pass --wpm N for another pace (characters a minute).`,
      ]),
      '',
    ]);
  });
});
