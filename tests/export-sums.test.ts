/**
 * The numbers one file shows add up to the totals it shows (and `summary` shows), to the precision
 * shown: each line's seconds (tenths) add up to its voice's seconds, words to the voice's words, the
 * voices' and the unassigned text's finished minutes and hours to the whole script's. Checked on the
 * samples (DOCX and PDF, English and French), by words and by syllables, in `lines --json`, the CSV,
 * the XLSX (read back) and the Markdown export. Before the fix each line was rounded on its own:
 * spring-sale's Announcer lines added up to 101.7 s against the voice's 101.6 s.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { apportionTenths } from '../src/measure/timing.js';
import { ROOT, runCli } from './helpers/cli.js';
import { parseCsv } from './helpers/csv.js';

const SCRIPTS = ['samples/en-commercial/spring-sale.docx', 'samples/en-commercial/spring-sale.pdf', 'samples/fr-elearning/module-securite.docx', 'samples/fr-elearning/module-securite.pdf'];

interface Group {
  name?: string;
  words: number;
  seconds: number;
  finishedMinutes: number;
  finishedHours: number;
  lines: { words: number; seconds: number; spokenWords: number }[];
  wpm: number;
}

const tenths = (values: number[]) => values.reduce((sum, v) => sum + Math.round(v * 10), 0);
const hundredths = (values: number[]) => values.reduce((sum, v) => sum + Math.round(v * 100), 0);
const thousandths = (values: number[]) => values.reduce((sum, v) => sum + Math.round(v * 1000), 0);

function report(args: string[], cwd = ROOT) {
  const result = runCli([...args, '--json'], cwd);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { voices: Group[]; unassigned: Group; total: Group };
}

describe('apportionTenths: largest remainder', () => {
  it('rounds each value down or up so the tenths add up to the total', () => {
    // 3 × 3.33 s = 9.99 s → 10.0 s: rounded alone each is 3.3 (9.9); the largest remainders take the tenth.
    expect(apportionTenths([10 / 3, 10 / 3, 10 / 3], 10)).toEqual([3.4, 3.3, 3.3]);
    expect(apportionTenths([1.04, 1.04, 1.04, 1.04, 1.04], 5.2)).toEqual([1.1, 1.1, 1, 1, 1]);
    expect(apportionTenths([0.35, 0.25, 0.2], 0.8)).toEqual([0.4, 0.2, 0.2]);
    expect(apportionTenths([], 0)).toEqual([]);
    expect(apportionTenths([2.5], 2.5)).toEqual([2.5]);
  });
});

describe('lines --json: a voice is the sum of its lines', () => {
  for (const script of SCRIPTS) {
    for (const timing of ['words', 'syllables']) {
      it(`${script} (--timing ${timing})`, () => {
        const r = report(['lines', script, '--timing', timing]);
        for (const group of [...r.voices, r.unassigned]) {
          expect(group.lines.reduce((sum, l) => sum + l.words, 0)).toBe(group.words);
          expect(tenths(group.lines.map((l) => l.seconds))).toBe(Math.round(group.seconds * 10));
          // Each line is its own time rounded down or up to the tenth, never further off.
          if (timing === 'words') for (const l of group.lines) expect(Math.abs(l.seconds - (l.spokenWords / group.wpm) * 60)).toBeLessThan(0.1 + 1e-9);
        }
        const groups = [...r.voices, r.unassigned];
        expect(tenths(groups.map((g) => g.seconds))).toBe(Math.round(r.total.seconds * 10));
        expect(hundredths(groups.map((g) => g.finishedMinutes))).toBe(Math.round(r.total.finishedMinutes * 100));
        expect(thousandths(groups.map((g) => g.finishedHours))).toBe(Math.round(r.total.finishedHours * 1000));
      });
    }
  }

  it('spring-sale: the Announcer lines add up to 101.3 s (270 spoken words at 160 wpm)', () => {
    const r = report(['lines', SCRIPTS[0]!]);
    const announcer = r.voices.find((v) => v.name === 'Announcer')!;
    expect(announcer.seconds).toBe(101.3);
    expect(tenths(announcer.lines.map((l) => l.seconds)) / 10).toBe(101.3);
    // 1.69 + 0.31 + 0.55 finished minutes: the total says 2.55, the sum of its groups (the whole script's 153.1 s).
    expect([...r.voices, r.unassigned].map((g) => g.finishedMinutes)).toEqual([1.69, 0.31, 0.55]);
    expect(r.total.finishedMinutes).toBe(2.55);
  });
});

describe('export: the columns a studio sums give the totals', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-export-sums-'));

  it('CSV (combined): each voice\'s Seconds and Words add up to summary\'s', () => {
    const summary = report(['summary', SCRIPTS[0]!, '--no-config', '--timing', 'syllables']);
    const out = join(dir, 'all.csv');
    expect(runCli(['export', SCRIPTS[0]!, '--no-config', '--timing', 'syllables', '--combined', '-o', out]).code).toBe(0);
    const rows = parseCsv(readFileSync(out, 'utf8')).slice(1);
    // Voice,#,Line ID,Location,Cue,Line,Words,Seconds,Notes: the numbers are the last fields but one or two.
    const byVoice = new Map<string, { words: number; tenths: number }>();
    for (const fields of rows) {
      const voice = fields[0]!;
      const entry = byVoice.get(voice) ?? { words: 0, tenths: 0 };
      entry.words += Number(fields.at(-3));
      entry.tenths += Math.round(Number(fields.at(-2)) * 10);
      byVoice.set(voice, entry);
    }
    for (const voice of summary.voices) expect(byVoice.get(voice.name!)).toEqual({ words: voice.words, tenths: Math.round(voice.seconds * 10) });
  });

  it('XLSX: each voice sheet sums to its Summary row; the rows sum to Whole script', async () => {
    const out = join(dir, 'all.xlsx');
    expect(runCli(['export', SCRIPTS[0]!, '--unassigned', '-o', out]).code).toBe(0);
    const sheets = await readExcelFile(out);
    const summary = sheets[0]!.data;
    const head = summary.findIndex((row) => row[0] === 'Voice');
    const column = (title: string) => summary[head]!.indexOf(title);
    const rowOf = (name: string) => summary.find((row) => row[0] === name)!;
    const groups = summary.slice(head + 1).filter((row) => row[0] !== 'Whole script');
    for (const sheet of sheets.filter((s) => s.sheet !== 'Summary' && s.sheet !== 'Sections')) {
      const header = sheet.data[0]!;
      const words = sheet.data.slice(1).reduce((sum, row) => sum + Number(row[header.indexOf('Words')] ?? 0), 0);
      const seconds = tenths(sheet.data.slice(1).map((row) => Number(row[header.indexOf('Seconds')] ?? 0)));
      expect([words, seconds]).toEqual([rowOf(sheet.sheet)[column('Words')], Math.round(Number(rowOf(sheet.sheet)[column('Seconds')]) * 10)]);
    }
    const whole = rowOf('Whole script');
    for (const [title, sum] of [
      ['Words', (v: number[]) => v.reduce((a, b) => a + b, 0)],
      ['Seconds', tenths],
      ['Finished minutes', hundredths],
    ] as const) {
      const scale = title === 'Seconds' ? 10 : title === 'Finished minutes' ? 100 : 1;
      expect(sum(groups.map((row) => Number(row[column(title)])))).toBe(Math.round(Number(whole[column(title)]) * scale));
    }
  });

  it('Markdown: the seconds of a voice\'s lines add up to its time in JSON', () => {
    const json = report(['lines', SCRIPTS[2]!, '--timing', 'syllables']);
    const out = join(dir, 'fr.md');
    expect(runCli(['export', SCRIPTS[2]!, '--timing', 'syllables', '-o', out]).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    for (const voice of json.voices) {
      const section = text.split(`### ${voice.name}\n`)[1]!.split('\n### ')[0]!;
      const seconds = [...section.matchAll(/^\| \d+ \| `[0-9a-f]+` \| [^|]+ \| \d+ \| (\d+\.\d) \|/gm)].map((m) => Number(m[1]));
      expect(seconds.length).toBe(voice.lines.length);
      expect(tenths(seconds)).toBe(Math.round(voice.seconds * 10));
    }
  });
});
