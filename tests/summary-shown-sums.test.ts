/**
 * The times `summary`, `lines` and the Markdown export show add up as a narrator adds them: the voices'
 * to what is recorded, that and the unassigned text's to the whole script's, each section's voices to
 * the section's total, each to the second (largest remainder, measure/timing.ts `apportion`: each shown
 * time is its own rounded down or up). Before, each was rounded on its own: spring-sale showed
 * 1:42 + 0:19 + 0:35 = 2:36 against a Total of 2:35, and the fixture below 0:11 + 0:11 + 0:08 = 0:30
 * against "To record: about 0:29". The JSON keeps each one's exact seconds.
 *
 * tests/fixtures/shown-sums/three-halves.docx (scripts/build-shown-sums-fixtures.mjs): at 160 wpm, Host
 * and Baker 28 words (10.5 s each), Guest 20 (7.5 s), the spot markers 6 (2.3 s); three sections whose
 * voices' times, each rounded, add up to a second more or less than the section's.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { apportion } from '../src/measure/timing.js';
import { ROOT, runCli } from './helpers/cli.js';

const DIR = join(ROOT, 'tests', 'fixtures', 'shown-sums');
const seconds = (shown: string) => shown.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);

describe('apportion: largest remainder in any step', () => {
  it('whole units: each value rounded down or up, the sum the total rounded', () => {
    expect(apportion([10.5, 10.5, 7.5], 28.5, 1)).toEqual([11, 11, 7]);
    expect(apportion([101.6, 18.8], 120.4, 1)).toEqual([101, 19]);
    expect(apportion([3.4, 3.4, 3.4], 10.1, 1)).toEqual([4, 3, 3]);
    expect(apportion([], 0, 1)).toEqual([]);
    // Tenths, as apportionTenths.
    expect(apportion([0.25, 0.25, 0.25, 0.25], 1, 10)).toEqual([0.3, 0.3, 0.2, 0.2]);
  });
});

describe('summary: the shown times add up', () => {
  it('the fixture: voices to what is recorded, with the unassigned text to the total; sections likewise', () => {
    const result = runCli(['summary', 'three-halves.docx'], DIR);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'three-halves.docx (DOCX) · voices from vo-lines.config.json',
        'Language: English (en-US, from the document)',
        'To record: 76 words, about 0:29 (the whole script: 82 words, about 0:31)',
        '',
        '  Voice       Colour            Lines  Words  Spoken   Share  Time  Pace',
        '  Total                            11     82      82  100.0%  0:31  160 wpm',
        '  Host        #C00000 red           3     28      28   34.1%  0:11  160 wpm',
        '  Baker       #0070C0 blue          3     28      28   34.1%  0:11  160 wpm',
        '  Guest       #00B050 green         3     20      20   24.4%  0:07  160 wpm',
        '  Unassigned  any other colour      2      6       6    7.3%  0:02  160 wpm',
        '',
        '  Pay units   Characters  Dubbing lines  Finished minutes  Finished hours',
        '  Total              430             11              0.53           0.009',
        '  Host               155              4              0.18           0.003',
        '  Baker              148              3              0.18           0.003',
        '  Guest              103              3              0.13           0.002',
        '  Unassigned          24              1              0.04           0.001',
        '',
        'Sections (3):',
        '',
        '  Before the first heading · ¶1 · 7.9 s, no target',
        '    Voice  Lines  Words  Spoken  Time',
        '    Host       1      7       7  0:03',
        '    Baker      1      7       7  0:03',
        '    Guest      1      7       7  0:02',
        '    Total      3     21      21  0:08',
        '',
        '  SPOT 1 — :30 · ¶4 · ✓ 10.5 s of 30 s',
        '    Voice  Lines  Words  Spoken  Time',
        '    Host       1     12      12  0:05',
        '    Baker      1     12      12  0:05',
        '    Guest      1      4       4  0:01',
        '    Total      3     28      28  0:11',
        '',
        '  SPOT 2 — :15 · ¶8 · ✓ 10.1 s of 15 s',
        '    Voice  Lines  Words  Spoken  Time',
        '    Host       1      9       9  0:04',
        '    Baker      1      9       9  0:03',
        '    Guest      1      9       9  0:03',
        '    Total      3     27      27  0:10',
        '',
      ].join('\n'),
    );
  });

  it('the JSON keeps each exact time (its duration is its own, rounded alone)', () => {
    const json = JSON.parse(runCli(['summary', 'three-halves.docx', '--json'], DIR).stdout);
    expect(json.voices.map((v: { seconds: number; duration: string }) => [v.seconds, v.duration])).toEqual([
      [10.5, '0:11'],
      [10.5, '0:11'],
      [7.5, '0:08'],
    ]);
    expect([json.recorded.seconds, json.unassigned.seconds, json.total.seconds]).toEqual([28.5, 2.3, 30.8]);
  });

  it('spring-sale: 1:41 + 0:19 = 2:00 recorded, + 0:33 = 2:33 (101.6 + 18.8 + 33.0 = 153.4 s; the 2:33 shown has 120.4 s recorded, 2:00, and 33 s unassigned)', () => {
    const lines = runCli(['summary', 'samples/en-commercial/spring-sale.docx']).stdout.split('\n');
    expect(lines[3]).toBe('To record: 293 words (320 spoken), about 2:00 (the whole script: 378 words, about 2:33)');
    expect(lines.slice(6, 10)).toEqual([
      '  Total                                          40    378     408  100.0%  2:33  160 wpm',
      '  Announcer   #FFFF00 yellow highlight           13    243     270   64.3%  1:41  160 wpm',
      '  Customer    #00FF00 bright green highlight      7     50      50   13.2%  0:19  160 wpm',
      '  Unassigned  any other colour                   20     85      88   22.5%  0:33  160 wpm',
    ]);
  });

  it('every table of the samples adds up to its total, and each shown time is its own rounded down or up', () => {
    const scripts: [string, string][] = [
      ['samples/en-commercial/spring-sale.docx', ROOT],
      ['samples/en-commercial/spring-sale.pdf', ROOT],
      ['samples/fr-elearning/module-securite.docx', ROOT],
      ['samples/fr-elearning/module-securite.pdf', ROOT],
      ['three-halves.docx', DIR],
    ];
    for (const [file, cwd] of scripts) {
      for (const timing of ['words', 'syllables']) {
        const text = runCli(['summary', file, '--timing', timing], cwd).stdout;
        const json = JSON.parse(runCli(['summary', file, '--timing', timing, '--json'], cwd).stdout);
        const lines = text.split('\n');
        // Each table (the summary's, Total first; each section's, Total last): the last m:ss of each row.
        const tables: { name: string; time: number }[][] = [];
        lines.forEach((line, i) => {
          if (!/^\s+Voice\s/.test(line)) return;
          const rows: { name: string; time: number }[] = [];
          for (let k = i + 1; k < lines.length && lines[k]!.trim() !== ''; k++) {
            const times = lines[k]!.trim().split(/\s+/).filter((t) => /^\d+:\d\d$/.test(t));
            rows.push({ name: lines[k]!.trim().split(/\s{2,}/)[0]!, time: seconds(times.at(-1)!) });
          }
          tables.push(rows);
        });
        expect(tables.length, file).toBeGreaterThan(1);
        for (const rows of tables) {
          const total = rows.find((r) => r.name === 'Total')!;
          const sum = rows.filter((r) => r !== total).reduce((a, r) => a + r.time, 0);
          expect(sum, `${file} ${timing}: ${JSON.stringify(rows)}`).toBe(total.time);
        }
        // Each voice's shown time is its exact one rounded down or up.
        for (const v of json.voices as { name: string; seconds: number }[]) {
          const shown = tables[0]!.find((r) => r.name.endsWith(v.name))!;
          expect([Math.floor(v.seconds), Math.ceil(v.seconds)], `${file} ${v.name}`).toContain(shown.time);
        }
      }
    }
  });
});

describe('lines and the Markdown export show the same times as summary', () => {
  it('lines: each voice\'s "about", the recorded time and the whole script', () => {
    const out = runCli(['lines', 'three-halves.docx'], DIR).stdout.split('\n');
    expect(out.filter((l) => l.includes('about'))).toEqual([
      'Whole script: 82 words in 11 lines, about 0:31 at 160 wpm',
      'To record: 76 words, about 0:29',
      'Host (#C00000 red): 3 lines, 28 words, about 0:11 at 160 wpm',
      'Baker (#0070C0 blue): 3 lines, 28 words, about 0:11 at 160 wpm',
      'Guest (#00B050 green): 3 lines, 20 words, about 0:07 at 160 wpm',
    ]);
    expect(runCli(['lines', 'three-halves.docx', '--voice', 'unassigned'], DIR).stdout).toContain('Unassigned: 2 lines, 6 words, about 0:02 at 160 wpm');
    expect(runCli(['summary', 'three-halves.docx', '--voice', 'guest'], DIR).stdout.split('\n')[2]).toBe(
      'Guest: 20 words in 3 lines, about 0:07, 24.4% of the script (the whole script: 82 words, about 0:31)',
    );
  });

  it('export: the Markdown summary and the "To record" line, with --voice the voice\'s time as summary shows it', () => {
    const out = mkdtempSync(join(tmpdir(), 'vo-shown-'));
    const md = join(out, 'lines.md');
    const result = runCli(['export', 'three-halves.docx', '-o', md, '--unassigned'], DIR);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[1]).toBe('To record: 76 words, about 0:29');
    const text = readFileSync(md, 'utf8');
    expect(text.split('\n').slice(4, 9)).toEqual([
      '| Host | 3 | 28 | 28 | 0:11 | 34.1% |',
      '| Baker | 3 | 28 | 28 | 0:11 | 34.1% |',
      '| Guest | 3 | 20 | 20 | 0:07 | 24.4% |',
      '| Unassigned | 2 | 6 | 6 | 0:02 | 7.3% |',
      '| **Whole script** | **11** | **82** | **82** | **0:31** | **100.0%** |',
    ]);
    expect(text).toContain('3 lines, 20 words, about 0:07 at 160 wpm.');
    const one = runCli(['export', 'three-halves.docx', '-o', join(out, 'guest.md'), '--voice', 'guest'], DIR);
    expect(one.stdout.split('\n')[1]).toBe('To record: 20 words, about 0:07');
    expect(readFileSync(join(out, 'guest.md'), 'utf8')).toContain('| Guest | 3 | 20 | 20 | 0:07 | 24.4% |');
  });

  it('XLSX: the Estimated time cells hold the shown times, whole seconds that add up (Seconds keeps the exact ones)', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'vo-shown-xlsx-')), 'three.xlsx');
    expect(runCli(['export', 'three-halves.docx', '-o', out, '--unassigned'], DIR).code).toBe(0);
    const sheets = await readExcelFile(out);
    // read-excel-file gives a time as a Date from 1899-12-30: its seconds are the cell's.
    const secondsOf = (cell: unknown) => Math.round(((cell as Date).getTime() - Date.UTC(1899, 11, 30)) / 1000 * 1000) / 1000;
    const summary = sheets[0]!.data.slice(7).map((row) => [row[0], row[4], secondsOf(row[5])]);
    // Guest's 7.5 s was 0:08 (a spreadsheet shows 7.5 s rounded): 0:11 + 0:11 + 0:08 + 0:02 = 0:32 against 0:31.
    expect(summary).toEqual([
      ['Host', 10.5, 11],
      ['Baker', 10.5, 11],
      ['Guest', 7.5, 7],
      ['Unassigned', 2.3, 2],
      ['Whole script', 30.8, 31],
    ]);
    const sections = sheets[1]!.data.slice(1).map((row) => [row[0], secondsOf(row[3]), row[4], secondsOf(row[8]), secondsOf(row[10]), secondsOf(row[12])]);
    expect(sections).toEqual([
      ['Before the first heading', 8, 7.9, 3, 3, 2],
      ['SPOT 1 — :30', 11, 10.5, 5, 5, 1],
      ['SPOT 2 — :15', 10, 10.1, 4, 3, 3],
    ]);
  });
});
