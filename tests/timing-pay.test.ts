/**
 * Recording times and fees that add up: syllable timing (syllables at the voice's rate, pauses in
 * seconds whatever the rate), a voice with a pace of its own in the whole script's time, a voice with
 * no lines left unquoted, rates shown with all their digits and amounts rounded to the currency's
 * minor unit, and the contract saying how a time was reckoned. The scripts are built here
 * (buildDocx); the expected numbers are worked out by hand in the comments, not by the tool.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { boothScript } from '../src/render/sides.js';
import { buildDocx, DEFAULT_STYLES, r } from './helpers/docx-builder.js';
import { ROOT, runCli } from './helpers/cli.js';

const STYLES_EN = DEFAULT_STYLES.replace('<w:sz w:val="22"/>', '<w:sz w:val="22"/><w:lang w:val="en-US"/>');
const para = (text: string, colour: string) => `<w:p>${r(text, `<w:color w:val="${colour}"/>`)}</w:p>`;

const json = (args: string[], cwd: string) => {
  const result = runCli([...args, '--json'], cwd);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
};

/** A folder holding `script.docx` (paragraphs [text, colour]) and a config. */
function folder(name: string, paragraphs: [string, string][], config: string): string {
  const dir = mkdtempSync(join(tmpdir(), `vo-${name}-`));
  writeFileSync(join(dir, 'script.docx'), buildDocx({ styles: STYLES_EN, body: paragraphs.map(([text, colour]) => para(text, colour)).join('') }));
  writeFileSync(join(dir, 'vo-lines.config.yaml'), config);
  return dir;
}

// The text the narration factor is calibrated on (scripts/calibrate-syllables.mjs), one line a paragraph.
const CALIBRATION = /const TEXT = `([\s\S]*?)`;/.exec(readFileSync(join(ROOT, 'scripts/calibrate-syllables.mjs'), 'utf8'))![1]!.split('\n');

describe('timing by syllables: syllables at the rate, pauses in seconds', () => {
  const dir = folder('syl', CALIBRATION.map((text) => [text, 'C00000']), 'voices:\n  Narrator: { color: "#C00000" }\n');

  it('the calibration text comes out at the 150 wpm it is calibrated to', () => {
    const report = json(['summary', 'script.docx', '--timing', 'syllables'], dir);
    const narrator = report.voices[0];
    // 409 syllables / 4.27 = 95.78 s, plus 22 short pauses × 0.25 s and 23 long × 0.5 s = 17 s: 112.8 s.
    expect([narrator.words, narrator.syllables, narrator.syllablesPerSecond, narrator.seconds, narrator.duration]).toEqual([283, 409, 4.27, 112.8, '1:53']);
    expect(Math.abs((283 / 112.8) * 60 - 150)).toBeLessThan(1);
    expect([report.total.seconds, report.recorded.seconds, narrator.finishedMinutes, report.total.finishedMinutes]).toEqual([112.8, 112.8, 1.88, 1.88]);
    // A line's time: its syllables at the rate and its own pauses; they add up to the voice's.
    const first = narrator.lines[0];
    // "Welcome to this short course on working safely with customer data. Over the next few minutes, we
    // will look at what counts as personal information, why it matters, and what you can do to protect
    // it every day.": 56 syllables as counted (measure/syllables.ts), 3 commas and 2 full stops.
    // 56 / 4.27 + 0.75 + 1 = 14.86 s (the old sum, (56 + 1.75) / 4.27, was 13.5 s).
    expect([first.syllables, first.seconds]).toEqual([56, 14.9]);
    const sum = narrator.lines.reduce((s: number, l: { seconds: number }) => s + l.seconds, 0);
    expect(Math.abs(sum - narrator.seconds)).toBeLessThanOrEqual(0.05 * narrator.lines.length);
  });

  it('a slower pace slows the syllables, not the pauses', () => {
    // documentary: 120 wpm, the rate × 0.8 = 3.42 syllables/s: 409 / 3.42 + 17 = 136.6 s.
    const narrator = json(['summary', 'script.docx', '--timing', 'syllables', '--pace', 'documentary'], dir).voices[0];
    expect([narrator.syllablesPerSecond, narrator.seconds]).toEqual([3.42, 136.6]);
  });

  it('the text outputs say the time and the rate it was reckoned at', () => {
    const lines = runCli(['lines', 'script.docx', '--timing', 'syllables'], dir).stdout;
    expect(lines).toContain('Whole script: 283 words in 7 lines, about 1:53 at 4.27 syllables/s');
    expect(lines).toContain('Narrator (#C00000 red): 7 lines, 283 words, about 1:53 at 4.27 syllables/s');
    const md = join(dir, 'out.md');
    expect(runCli(['export', 'script.docx', '--timing', 'syllables', '-o', md], dir).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toContain('7 lines, 283 words, about 1:53 at 4.27 syllables/s.');
  });

  it("the booth script's header says the syllable rate, not a pace in words", async () => {
    const { report } = await analyse(join(dir, 'script.docx'), { timing: 'syllables' });
    const { labels } = boothScript(report, report.voices[0]!, { date: '2025-06-12', script: 'script.docx' });
    expect(labels.summary).toBe('7 lines · 283 words · about 1:53 at 4.27 syllables/s');
  });

  it('check: a contract of 1:45 fails at 1:53, and says how the time was reckoned', () => {
    writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  Narrator: { color: "#C00000" }\ntiming: syllables\ncontract:\n  Narrator: { maxMinutes: 1.75 }\n');
    try {
      const result = runCli(['check', 'script.docx'], dir);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        "Narrator: about 1:53 to record (409 syllables at 4.27 a second, plus 17 s of pauses at commas and full stops), over the contract's maximum of 1:45 by 7.8 s.",
      );
      writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  Narrator: { color: "#C00000" }\ntiming: syllables\ncontract:\n  Narrator: { maxMinutes: 1.9 }\n');
      expect(runCli(['check', 'script.docx'], dir).code).toBe(0);
    } finally {
      writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  Narrator: { color: "#C00000" }\n');
    }
  });

  it("a section is timed as its voices are: by syllables, each at its own rate", () => {
    const spot = folder(
      'syl-spot',
      [
        ['SPOT 1 :60', '000000'],
        ['Welcome to this short course on working safely with customer data.', 'C00000'],
        ['Why does it matter? When personal information is lost, real people can be harmed.', '0070C0'],
      ],
      'voices:\n  Narrator: { color: "#C00000" }\n  Guest: { color: "#0070C0", syllablesPerSecond: 3 }\n',
    );
    const report = json(['summary', 'script.docx', '--timing', 'syllables'], spot);
    const [narrator, guest] = report.voices;
    // Narrator: 18 syllables / 4.27 + 0.5 s = 4.7 s. Guest: 22 syllables / 3 + 3 long pauses… as the report says.
    expect([narrator.syllables, narrator.seconds]).toEqual([18, 4.7]);
    expect(guest.syllablesPerSecond).toBe(3);
    expect(report.sections).toHaveLength(1);
    const section = report.sections[0];
    expect(section.voices.map((v: { name: string; seconds: number }) => [v.name, v.seconds])).toEqual([
      ['Narrator', narrator.seconds],
      ['Guest', guest.seconds],
    ]);
    expect(Math.abs(section.seconds - (narrator.seconds + guest.seconds))).toBeLessThanOrEqual(0.1);
  });
});

// A script of 142 words: Narrator 10 lines of 10 words, Trainer 37, Learner 3, unassigned 2.
const NARRATOR = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].map((n) => `Line ${n} of the narration says something plain and clear.`);
const TRAINER =
  'Before you start, check that your workstation is clean, your badge is visible and your safety shoes are laced; then open the checklist, read each item aloud and tick it only when you have seen it yourself.';
const PAY_SCRIPT: [string, string][] = [['Module one', '000000'], ...NARRATOR.map((t): [string, string] => [t, 'C00000']), [TRAINER, '0070C0'], ['Yes, got it.', '00B050']];
const VOICES = '  Narrator: { color: "#C00000"%s }\n  Trainer: { color: "#0070C0" }\n  Learner: { color: "#00B050" }\n';
const voices = (narrator = '') => VOICES.replace('%s', narrator);

describe('the whole script: the sum of its rows, each at its own pace', () => {
  const dir = folder('own-wpm', PAY_SCRIPT, `voices:\n${voices(', wpm: 100')}unassigned: ["#000000"]\nwpm: 150\nrates: { per: word, rate: 2.5, currency: JPY }\n`);

  it('a voice with its own wpm counts at it in the total (words timing)', () => {
    const report = json(['summary', 'script.docx'], dir);
    expect(report.voices.map((v: { words: number }) => v.words)).toEqual([100, 37, 3]);
    // 100 words at 100 wpm = 60 s; 37 at 150 = 14.8 s; 3 = 1.2 s; unassigned 2 = 0.8 s.
    expect(report.voices.map((v: { seconds: number }) => v.seconds)).toEqual([60, 14.8, 1.2]);
    expect(report.unassigned.seconds).toBe(0.8);
    expect([report.total.seconds, report.total.duration, report.total.finishedMinutes, report.total.finishedHours]).toEqual([76.8, '1:17', 1.28, 0.0213]);
    expect(report.recorded.seconds).toBe(76);
    expect(report.total.wpm).toBe(150);
  });

  it('the text says the whole script is at each voice its own pace, not at 150 wpm', () => {
    const summary = runCli(['summary', 'script.docx'], dir).stdout;
    expect(summary).toContain('To record: 140 words, about 1:16 (the whole script: 142 words, about 1:17)');
    expect(summary).toMatch(/\n {2}Total +13 +142 +142 +100\.0% +1:17 +mixed\n/);
    expect(runCli(['lines', 'script.docx'], dir).stdout).toContain('Whole script: 142 words in 13 lines, about 1:17 (each voice at its own pace)');
    // All at one pace, the pace is said as before.
    expect(runCli(['lines', 'script.docx', '--wpm', '150'], dir).stdout).toContain('Whole script: 142 words in 13 lines, about 0:57 at 150 wpm');
  });

  it('by syllables too, the total is the sum of the rows', () => {
    const report = json(['summary', 'script.docx', '--timing', 'syllables'], dir);
    const rows = [...report.voices, report.unassigned].reduce((s: number, g: { seconds: number }) => s + g.seconds, 0);
    expect(report.total.seconds).toBe(Math.round(rows * 10) / 10);
    expect(report.voices[0].syllablesPerSecond).toBe(2.85); // 4.27 × 100/150
  });

  it('yen: amounts to the yen, the rate with its digits, the total the sum of the rows', () => {
    const report = json(['summary', 'script.docx'], dir);
    // 2.5 × 100 = 250; 2.5 × 37 = 92.5 → 93 (half up); 2.5 × 3 = 7.5 → 8. Total 351.
    expect(report.voices.map((v: { fee: { amount: number } }) => v.fee.amount)).toEqual([250, 93, 8]);
    expect(report.total.fees).toEqual([{ amount: 351, currency: 'JPY', estimated: false }]);
    const text = runCli(['summary', 'script.docx'], dir).stdout;
    expect(text).toContain('¥93 (¥2.5 per word × 37 words)');
    expect(text).toMatch(/Total +806 +19 +1\.28 +0\.0213 +¥351\n/);
  });

  it('XLSX: the fee in whole yen, no pace for the whole script', () => {
    const out = join(dir, 'out.xlsx');
    expect(runCli(['export', 'script.docx', '-o', out], dir).code).toBe(0);
    const xml = Object.fromEntries(Object.entries(unzipSync(readFileSync(out))).map(([name, data]) => [name, strFromU8(data)]));
    const formats = [...xml['xl/styles.xml']!.matchAll(/<numFmt numFmtId="\d+" formatCode="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(formats).toContain('#,##0');
    expect(formats).not.toContain('#,##0.00');
    const sheet = xml['xl/worksheets/sheet1.xml']!;
    const shared = [...xml['xl/sharedStrings.xml']!.matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]);
    const rows = [...sheet.matchAll(/<row r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)].map((m) => ({ row: m[1], cells: [...m[2]!.matchAll(/<c r="([A-Z]+)\d+"[^>]*?( t="s")?(?:\/>|>(?:<v>([^<]*)<\/v>)?<\/c>)/g)].map((c) => [c[1], c[2] ? shared[Number(c[3])] : c[3]]) }));
    const whole = rows.find((row) => row.cells.some(([, value]) => value === 'Whole script'))!;
    const header = rows.find((row) => row.cells.some(([, value]) => value === 'Pace (wpm)'))!;
    const column = (title: string) => header.cells.find(([, value]) => value === title)![0];
    const cell = (title: string) => whole.cells.find(([ref]) => ref === column(title))?.[1];
    expect([cell('Seconds'), cell('Pace (wpm)'), cell('Fee'), cell('Currency')]).toEqual(['76.8', undefined, '351', 'JPY']);
  });
});

describe('fees: rates as given, amounts to the minor unit, no fee for a voice with no lines', () => {
  it('rates with three decimals are shown as given; the amounts to the cent', () => {
    const dir = folder(
      'usd',
      PAY_SCRIPT,
      `voices:\n  Narrator: { color: "#C00000" }\n  Trainer: { color: "#0070C0", rates: { per: word, rate: 0.125, minimum: 10, currency: USD } }\n  Learner: { color: "#00B050", rates: { per: word, rate: 0.015, minimum: 0, currency: USD } }\nunassigned: ["#000000"]\nrates: { per: finished-minute, rate: 33.33, minimum: 10, currency: USD }\n`,
    );
    const report = json(['summary', 'script.docx'], dir);
    // 33.33 × 40 s / 60 = 22.22 (pay3: on the seconds; before, on the 0.67 minute shown, 22.33); 0.125 × 37 = 4.625 < 10: the minimum; 0.015 × 3 = 0.045 → 0.05 (half up).
    expect(report.voices.map((v: { fee: { amount: number } }) => v.fee.amount)).toEqual([22.22, 10, 0.05]);
    expect(report.total.fees).toEqual([{ amount: 32.27, currency: 'USD', estimated: true }]);
    const text = runCli(['summary', 'script.docx'], dir).stdout;
    expect(text).toContain('$10.00 (minimum; $0.125 per word × 37 words)');
    expect(text).toContain('$0.05 ($0.015 per word × 3 words)');
  });

  it('dinars to the fils (three decimals)', () => {
    const dir = folder('kwd', PAY_SCRIPT, `voices:\n${voices()}unassigned: ["#000000"]\nrates: { per: word, rate: 0.0125, currency: kwd }\n`);
    const report = json(['summary', 'script.docx'], dir);
    // 0.0125 × 100 = 1.25; × 37 = 0.4625 → 0.463; × 3 = 0.0375 → 0.038. Total 1.751.
    expect(report.voices.map((v: { fee: { amount: number } }) => v.fee.amount)).toEqual([1.25, 0.463, 0.038]);
    expect(report.total.fees).toEqual([{ amount: 1.751, currency: 'KWD', estimated: false }]);
    const text = runCli(['summary', 'script.docx'], dir).stdout;
    expect(text).toMatch(/KWD\s0\.463 \(KWD\s0\.0125 per word × 37 words\)/);
  });

  it('a voice of the config with no line is not quoted: no minimum charged, "no lines" said', () => {
    const dir = folder('ghost', PAY_SCRIPT, `voices:\n${voices()}  Ghost: { color: "#7030A0" }\nunassigned: ["#000000"]\nrates: { per: word, rate: 0.20, minimum: 50, currency: EUR }\n`);
    const report = json(['summary', 'script.docx'], dir);
    const ghost = report.voices.find((v: { name: string }) => v.name === 'Ghost');
    expect(ghost.lineCount).toBe(0);
    expect(ghost.fee).toBeUndefined();
    // Three voices at the €50 minimum each.
    expect(report.total.fees).toEqual([{ amount: 150, currency: 'EUR', estimated: false }]);
    const text = runCli(['summary', 'script.docx'], dir).stdout;
    expect(text).toMatch(/\n {2}Ghost +0 +0 +0\.00 +0\.0000 +no lines\n/);
    // Finished hours: the rows' 0.0111 + 0.0041 + 0.0003 + 0.0000 + 0.0002 shown add up to 0.0157 (to the
    // ten-thousandth: Learner's 1.2 s and the unassigned 0.8 s were 0.000, as if nothing; the whole script's
    // 56.8 s alone would be 0.0158, a total the rows do not add up to).
    expect(text).toMatch(/Total +806 +19 +0\.95 +0\.0157 +€150\.00\n/);
    // check's empty-voice rule is what tells of it.
    const check = runCli(['check', 'script.docx'], dir);
    expect(check.stdout).toContain('Ghost: no line in this script (the config names this voice, but no text has its colour).');
  });
});

describe('a voice card over the global card', () => {
  const GLOBAL = 'rates: { per: word, rate: 0.20, minimum: 50, currency: EUR }\n';

  it('a card that names its own per or currency takes no minimum from the global card; one that only sets the rate does', () => {
    const dir = folder(
      'own-card',
      PAY_SCRIPT,
      `voices:\n  Narrator: { color: "#C00000", rates: { rate: 0.25 } }\n  Trainer: { color: "#0070C0", rates: { per: word, rate: 1, currency: JPY } }\n  Learner: { color: "#00B050", rates: { per: dubbing-line, rate: 3.5 } }\nunassigned: ["#000000"]\n${GLOBAL}`,
    );
    const report = json(['summary', 'script.docx'], dir);
    // Narrator: 100 words × 0.25 = 25 < the global 50 € minimum, which its card keeps. Trainer: 37
    // words × 1 JPY = 37 JPY (no 50 JPY minimum: the 50 is euros). Learner: "Yes, got it." is 12
    // characters, 1 dubbing line × 3.50 € = 3.50 € (no 50 € minimum: it is paid per dubbing line).
    expect(report.voices.map((v: { fee: unknown }) => v.fee)).toEqual([
      { amount: 50, currency: 'EUR', per: 'word', rate: 0.25, units: 100, minimum: 50, minimumApplied: true, estimated: false },
      { amount: 37, currency: 'JPY', per: 'word', rate: 1, units: 37, minimum: 0, minimumApplied: false, estimated: false },
      { amount: 3.5, currency: 'EUR', per: 'dubbing-line', rate: 3.5, units: 1, minimum: 0, minimumApplied: false, estimated: false },
    ]);
    expect(report.total.fees).toEqual([
      { amount: 53.5, currency: 'EUR', estimated: false },
      { amount: 37, currency: 'JPY', estimated: false },
    ]);
    const text = runCli(['summary', 'script.docx'], dir).stdout;
    expect(text).toContain('€50.00 (minimum; €0.25 per word × 100 words)');
    expect(text).toContain('¥37 (¥1 per word × 37 words)');
    expect(text).toContain('€3.50 (€3.50 per dubbing line × 1 dubbing line)');
  });

  it('a card of its own keeps the minimum it sets, and takes the global per where it names only a currency', () => {
    const dir = folder(
      'own-min',
      PAY_SCRIPT,
      `voices:\n  Narrator: { color: "#C00000" }\n  Trainer: { color: "#0070C0", rates: { rate: 0.5, currency: USD, minimum: 20 } }\n  Learner: { color: "#00B050", rates: { per: finished-minute, rate: 30 } }\nunassigned: ["#000000"]\n${GLOBAL}`,
    );
    const fees = json(['summary', 'script.docx'], dir).voices.map((v: { fee: { amount: number; currency: string; per: string; minimum: number } }) => [v.fee.amount, v.fee.currency, v.fee.per, v.fee.minimum]);
    // Narrator: the global card, 100 × 0.20 = 20 < 50. Trainer: 37 × $0.50 = 18.50 < its own $20.
    // Learner: 3 words at 150 wpm, 1.2 s: 0.02 finished minute shown × 30 € = 0.60 €, no minimum.
    expect(fees).toEqual([
      [50, 'EUR', 'word', 50],
      [20, 'USD', 'word', 20],
      [0.6, 'EUR', 'finished-minute', 0],
    ]);
  });

  it('XLSX: the whole script in two currencies says both sums; a voice with no lines says so', () => {
    const dir = folder(
      'own-xlsx',
      PAY_SCRIPT,
      `voices:\n  Narrator: { color: "#C00000", rates: { rate: 0.25 } }\n  Trainer: { color: "#0070C0", rates: { per: word, rate: 1, currency: JPY } }\n  Learner: { color: "#00B050", rates: { per: dubbing-line, rate: 3.5 } }\n  Ghost: { color: "#7030A0" }\nunassigned: ["#000000"]\n${GLOBAL}`,
    );
    const out = join(dir, 'out.xlsx');
    expect(runCli(['export', 'script.docx', '-o', out], dir).code).toBe(0);
    const xml = Object.fromEntries(Object.entries(unzipSync(readFileSync(out))).map(([name, data]) => [name, strFromU8(data)]));
    const sheet = xml['xl/worksheets/sheet1.xml']!;
    // Text, never a formula: no one number adds up euros and yen.
    expect(sheet).not.toMatch(/<f[\s>]/);
    const shared = [...xml['xl/sharedStrings.xml']!.matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]);
    const rows = [...sheet.matchAll(/<row r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)].map((m) => [...m[2]!.matchAll(/<c r="([A-Z]+)\d+"[^>]*?( t="s")?(?:\/>|>(?:<v>([^<]*)<\/v>)?<\/c>)/g)].map((c) => [c[1], c[2] ? shared[Number(c[3])] : c[3]]));
    const header = rows.find((row) => row.some(([, value]) => value === 'Fee'))!;
    const column = (title: string) => header.find(([, value]) => value === title)![0];
    const cells = (name: string) => {
      const row = rows.find((r) => r[0]![1] === name)!;
      return ['Fee', 'Currency'].map((title) => row.find(([ref]) => ref === column(title))?.[1]);
    };
    expect(['Narrator', 'Trainer', 'Learner', 'Ghost', 'Unassigned', 'Whole script'].map(cells)).toEqual([
      ['50', 'EUR'],
      ['37', 'JPY'],
      ['3.5', 'EUR'],
      ['no lines', undefined],
      ['not quoted', undefined],
      ['53.50 EUR + 37 JPY', 'EUR + JPY'],
    ]);
    // As summary says it.
    expect(runCli(['summary', 'script.docx'], dir).stdout).toMatch(/Total .* €53\.50 \+ ¥37\n/);
  });

  it('a card that names its own per or currency needs its own rate', () => {
    for (const [card, named] of [['{ per: dubbing-line }', 'per'], ['{ currency: JPY, minimum: 0 }', 'currency']]) {
      const dir = folder('no-rate', PAY_SCRIPT, `voices:\n  Narrator: { color: "#C00000", rates: ${card} }\n${GLOBAL}`);
      const result = runCli(['summary', 'script.docx'], dir);
      expect(result.code).toBe(2);
      expect(result.stderr.replace(/^.*vo-lines\.config\.yaml: /, '').trim()).toBe(
        `"voices.Narrator.rates.rate" is missing: a voice's rate card that names its own "${named}" needs its own rate (it is not the global card's).`,
      );
    }
  });
});

describe('the contract says how a time was reckoned', () => {
  it('Chinese: characters a minute, not words', () => {
    const result = runCli(['check', 'tests/fixtures/cjk/zh-two-voices.docx', '--no-config', '--voice', 'C00000', '--max-minutes', '0.05'], ROOT);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("#C00000 red: about 4.5 s to record (18 characters spoken at 240 characters a minute), over the contract's maximum of 3 s by 1.5 s.");
  });

  it('words: spoken words at the pace, as before', () => {
    const result = runCli(['check', 'samples/fr-elearning/module-securite.docx', '--voice', 'Narrateur', '--max-minutes', '2', '--rule', 'confusable-colours=off'], ROOT);
    expect(result.stdout).toContain("Narrateur: about 2:40 to record (399 words spoken at 150 wpm), over the contract's maximum of 2:00 by 39.6 s.");
  });
});

describe('a rate card with a field left out', () => {
  it('says the field is missing, never "not undefined"', () => {
    const missing = (card: string) => {
      const dir = folder('card', PAY_SCRIPT, `voices:\n${voices()}rates: ${card}\n`);
      const result = runCli(['summary', 'script.docx'], dir);
      expect(result.code).toBe(2);
      expect(result.stderr).not.toContain('undefined');
      return result.stderr.replace(/^.*vo-lines\.config\.yaml: /, '').trim();
    };
    expect(missing('{ per: word, rate: 0.2 }')).toBe('"rates.currency" is missing: a rate card needs a currency code such as EUR, USD or GBP.');
    expect(missing('{ rate: 0.2, currency: EUR }')).toBe('"rates.per" is missing: a rate card needs what it pays for (word, finished-minute, finished-hour, dubbing-line).');
    expect(missing('{ per: word, currency: EUR }')).toBe('"rates.rate" is missing: a rate card needs the amount per unit (a positive number).');
  });
});
