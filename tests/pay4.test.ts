/**
 * Pay and pace leftovers (scripts/build-pay4-fixtures.py): finished minutes and hours above 0 never
 * shown as 0 (a one-word tag's 0.000 hours beside its $0.07 fee), in the summary (English, French),
 * JSON and XLSX; the config's script-wide wpm or pace beside its syllablesPerSecond refused, each other
 * combination of a script-wide and a voice's pace as a user expects; a voice's config language its
 * own lines contradict, and --lang or the config's language over a voice the document marks or whose
 * words read in another language, said.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import readExcelFile from 'read-excel-file/node';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vo-pay4-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const name of ['bilingual-en-us', 'dialogue-short', 'fr-tag']) copyFileSync(join(ROOT, `tests/fixtures/pay4/${name}.docx`), join(dir, `${name}.docx`));
copyFileSync(join(ROOT, 'tests/fixtures/pay3/audiobook-tag.docx'), join(dir, 'audiobook-tag.docx'));
copyFileSync(join(ROOT, 'tests/fixtures/doclang/bilingual.docx'), join(dir, 'bilingual.docx'));

interface Warned {
  code: string;
  message: string;
  details?: unknown;
}
const config = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return name;
};
const payBlock = (stdout: string) => {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => /^ {2}(Pay units|Unités de paie)/.test(l));
  return lines.slice(start, lines.indexOf('', start));
};
const json = (args: string[]) => {
  const result = runCli([...args, '--json'], dir);
  return { code: result.code, report: JSON.parse(result.stdout) };
};

const SPOT = 'voices:\n  Voix off: { color: "#2E75B6" }\n  Cliente: { color: "#00B050" }\nunassigned: black\n';

describe('finished minutes and hours: a time above 0 never reads 0', () => {
  // Cliente's « Oui. »: 1 word, 0.4 s at 150 wpm: 0.0067 minutes, 0.00011 hours (before: 0,000 heure beside 0,03 €).
  it('summary in French with a card per finished hour: the hours to the ten-thousandth in every row', () => {
    const result = runCli(['summary', 'fr-tag.docx', '-c', config('hour.yaml', `${SPOT}rates: { per: finished-hour, rate: 300, currency: EUR }\n`)], dir);
    expect(result.code).toBe(0);
    expect(payBlock(result.stdout)).toEqual([
      '  Unités de paie      Caractères  Lignes de doublage  Minutes finies  Heures finies  Cachet (estimé)',
      '  Total                      268                   7            0,32         0,0053  1,33\u00A0€',
      '  Voix off                   218                   5            0,26         0,0043  1,30\u00A0€ (300,00\u00A0€ par heure finie × 0,004333 heure finie\u00A0: 15,6\u00A0s estimées)',
      '  Cliente                      4                   1            0,01         0,0001  0,03\u00A0€ (300,00\u00A0€ par heure finie × 0,000111 heure finie\u00A0: 0,4\u00A0s estimées)',
      '  Non lu (sans voix)          46                   1            0,05         0,0009  non chiffré',
      "  Les cachets à la minute ou à l'heure finie sont des estimations\u00A0: ils reposent sur la durée estimée d'après le débit, non sur la durée de l'enregistrement.",
    ]);
  });

  // At 500 wpm « Oui. » is 0.1 s: 0.0017 minutes (before: 0.00), 0.000028 hours (before: 0.000).
  it('summary in English, no card: minutes to the thousandth, hours to the hundred-thousandth, adding up', () => {
    const result = runCli(['summary', 'fr-tag.docx', '-c', config('spot.yaml', SPOT), '--wpm', '500'], dir);
    expect(payBlock(result.stdout)).toEqual([
      '  Pay units   Characters  Dubbing lines  Finished minutes  Finished hours',
      '  Total              268              7             0.097         0.00162',
      '  Voix off           218              5             0.078         0.00131',
      '  Cliente              4              1             0.002         0.00003',
      '  Unassigned          46              1             0.017         0.00028',
    ]);
  });

  it('JSON: the same figures; a script of ordinary times keeps the hundredth and the thousandth', () => {
    const { report } = json(['summary', 'fr-tag.docx', '-c', 'spot.yaml', '--wpm', '500']);
    const rows = [...report.voices, report.unassigned].map((g: { seconds: number; finishedMinutes: number; finishedHours: number }) => [g.seconds, g.finishedMinutes, g.finishedHours]);
    expect(rows).toEqual([
      [4.7, 0.078, 0.00131],
      [0.1, 0.002, 0.00003],
      [1, 0.017, 0.00028],
    ]);
    expect([report.total.finishedMinutes, report.total.finishedHours]).toEqual([0.097, 0.00162]);
    const { report: plain } = json(['summary', 'fr-tag.docx', '-c', 'spot.yaml']);
    expect([...plain.voices, plain.unassigned, plain.total].map((g: { finishedMinutes: number; finishedHours: number }) => [g.finishedMinutes, g.finishedHours])).toEqual([
      [0.26, 0.0043],
      [0.01, 0.0001],
      [0.05, 0.0009],
      [0.32, 0.0053],
    ]);
  });

  it('XLSX: Finished minutes to the thousandth where a row needs it (before: 0.00 for 0.1 s)', async () => {
    expect(runCli(['export', 'fr-tag.docx', '-c', 'spot.yaml', '--wpm', '500', '-o', 'fast.xlsx'], dir).code).toBe(0);
    const bytes = readFileSync(join(dir, 'fast.xlsx'));
    const [summary] = await readExcelFile(bytes);
    const data = summary!.data.slice(summary!.data.findIndex((row) => row[0] === 'Voice'));
    const column = data[0]!.indexOf('Finished minutes');
    expect(data.slice(1).map((row) => [row[0], row[column]])).toEqual([
      ['Voix off', 0.078],
      ['Cliente', 0.002],
      ['Unassigned', 0.017],
      ['Whole script', 0.097],
    ]);
    const styles = strFromU8(unzipSync(bytes)['xl/styles.xml']!);
    expect(styles).toContain('formatCode="0.000"');
    expect(styles).not.toContain('formatCode="0.00"');
  });
});

describe('the config: a script-wide pace beside a syllable rate', () => {
  const BOOK = 'voices:\n  Narrator: { color: "#2E75B6" }\n  Tag: { color: "#C00000" }\nunassigned: black\ntiming: syllables\n';

  it.each([
    ['wpm', 'wpm: 120\n'],
    ['pace', 'pace: documentary\n'],
  ])('%s and syllablesPerSecond at the top are refused (before: the rate scaled by the wpm, unsaid: 4 at 120 wpm timed 3.2 a second)', (field, line) => {
    const { code, report } = json(['summary', 'audiobook-tag.docx', '-c', config(`top-${field}.yaml`, `${BOOK}${line}syllablesPerSecond: 4\n`)]);
    expect(code).toBe(2);
    expect(report.error.code).toBe('bad-config');
    expect(report.error.message).toBe(
      `top-${field}.yaml: the config sets both "${field}" and "syllablesPerSecond": keep one. "syllablesPerSecond" alone is the script's rate by syllables; "${field}" alone is its pace by words and scales the language's syllable rate (with both, the "${field}" would scale the "syllablesPerSecond" unsaid).`,
    );
    expect(report.error.details).toEqual({ file: `top-${field}.yaml`, kind: 'invalid', field: 'syllablesPerSecond', fields: [field, 'syllablesPerSecond'] });
  });

  const rates = (report: { voices: { name: string; wpm: number; syllablesPerSecond: number }[]; unassigned: { syllablesPerSecond: number } }) => [
    ...report.voices.map((v) => [v.name, v.wpm, v.syllablesPerSecond]),
    ['unassigned', null, report.unassigned.syllablesPerSecond],
  ];

  it("a script-wide wpm and a voice's own syllable rate: the voice at its rate, the others at the language's scaled by the wpm", () => {
    const { code, report } = json(['summary', 'audiobook-tag.docx', '-c', config('wpm-voice.yaml', 'wpm: 120\nvoices:\n  Narrator: { color: "#2E75B6", syllablesPerSecond: 5 }\n  Tag: { color: "#C00000" }\nunassigned: black\ntiming: syllables\n')]);
    expect(code).toBe(0);
    // English 4.27 × 120/150 = 3.42.
    expect(rates(report)).toEqual([
      ['Narrator', 120, 5],
      ['Tag', 120, 3.42],
      ['unassigned', null, 3.42],
    ]);
  });

  it("a script-wide syllable rate and a voice's own wpm: the voice at that rate scaled by its wpm, the others at it", () => {
    const { code, report } = json(['summary', 'audiobook-tag.docx', '-c', config('rate-voice.yaml', 'syllablesPerSecond: 4\nvoices:\n  Narrator: { color: "#2E75B6", wpm: 120 }\n  Tag: { color: "#C00000" }\nunassigned: black\ntiming: syllables\n')]);
    expect(code).toBe(0);
    // 4 × 120/150 = 3.2.
    expect(rates(report)).toEqual([
      ['Narrator', 120, 3.2],
      ['Tag', 150, 4],
      ['unassigned', null, 4],
    ]);
  });

  it("--wpm sets every voice's pace over the config's syllable rate, as over a voice's (before: the config's 4 scaled to 3.2)", () => {
    const { report } = json(['summary', 'audiobook-tag.docx', '-c', 'rate-voice.yaml', '--wpm', '120']);
    expect(rates(report)).toEqual([
      ['Narrator', 120, 3.42],
      ['Tag', 120, 3.42],
      ['unassigned', null, 3.42],
    ]);
    expect(report.timing).toEqual({ method: 'syllables', syllablesPerSecond: 3.42 });
  });
});

describe("a voice's config language its lines contradict", () => {
  const TWO = (narrator: string, narratrice: string) => `voices:\n  Narrator: { color: "#1F4E79"${narrator} }\n  Narratrice: { color: "#00B050"${narratrice} }\nunassigned: black\n`;
  const languageWarnings = (report: { warnings: Warned[] }) => report.warnings.filter((w) => /language/.test(w.code));

  it('a French voice set to English: kept English, said (before: no warning, « 1 200 personnes » said as one thousand two hundred)', () => {
    const { report } = json(['summary', 'bilingual-en-us.docx', '-c', config('narratrice-en.yaml', TWO('', ', language: en'))]);
    expect(languageWarnings(report)).toEqual([
      {
        code: 'voice-language-contradicted',
        message:
          'The config narratrice-en.yaml sets Narratrice\'s language to English (en) but Narratrice\'s lines read as French (their short words: 28 signs of French, 0 of English, in 85 words): they are read as English, as the config says (figures, syllables, narration rate). If they are in French, set "language: fr" for Narratrice in the config, or remove it.',
        details: { voice: 'Narratrice', configured: 'en', guessed: 'fr', signs: 28, configuredSigns: 0, words: 85, kind: 'words', config: 'narratrice-en.yaml' },
      },
    ]);
    expect(report.voices[1].language).toBe('en');
    expect(report.voices[1].lines[0].spoken).toBe('Bienvenue dans le deuxième module. Chaque jour, plus de one thousand two hundred personnes travaillent sur nos sites, et chacune doit rentrer chez elle en bonne santé.');
  });

  it('an English voice set to French: said; the French voice is still guessed French', () => {
    const { report } = json(['summary', 'bilingual-en-us.docx', '-c', config('narrator-fr.yaml', TWO(', language: fr', ''))]);
    expect(languageWarnings(report).map((w) => [w.code, w.details])).toEqual([
      ['voice-language-contradicted', { voice: 'Narrator', configured: 'fr', guessed: 'en', signs: 28, configuredSigns: 0, words: 77, kind: 'words', config: 'narrator-fr.yaml' }],
      ['voice-language-guessed', { voice: 'Narratrice', language: 'fr', scriptLanguage: 'en-US', words: 85, signs: 28, scriptSigns: 0, kind: 'words' }],
    ]);
  });

  it("a short French dialogue set to English: told by its dialogue signs, as the guess tells it", () => {
    const { report } = json(['summary', 'dialogue-short.docx', '-c', config('chef-en.yaml', 'voices:\n  Host: { color: "#0070C0" }\n  Chef: { color: "#C00000", language: en }\nunassigned: black\n')]);
    expect(languageWarnings(report)).toEqual([
      {
        code: 'voice-language-contradicted',
        message:
          'The config chef-en.yaml sets Chef\'s language to English (en) but Chef\'s lines read as French (their short words, elisions, punctuation and letters: 23 signs of French, 0 of English, in 27 words): they are read as English, as the config says (figures, syllables, narration rate). If they are in French, set "language: fr" for Chef in the config, or remove it.',
        details: { voice: 'Chef', configured: 'en', guessed: 'fr', signs: 23, configuredSigns: 0, words: 27, kind: 'short-text', config: 'chef-en.yaml' },
      },
    ]);
  });

  it('a French voice set to fr-CA: nothing to say', () => {
    const { report } = json(['summary', 'bilingual-en-us.docx', '-c', config('narratrice-ca.yaml', TWO('', ', language: fr-CA'))]);
    expect(languageWarnings(report)).toEqual([]);
    expect(report.voices[1].language).toBe('fr-CA');
  });
});

describe('--lang or the config language over a voice the document marks or whose words read in another', () => {
  it('--lang en over a voice the document marks fr-FR (before: silent, « de fifteen percent »)', () => {
    const { report } = json(['summary', 'bilingual.docx', '--lang', 'en']);
    expect(report.warnings.filter((w: { code: string }) => w.code === 'voice-language-overridden')).toEqual([
      {
        code: 'voice-language-overridden',
        message: "--lang en was given for every voice, but the document marks Narratrice's lines as French (fr-FR): they are read as English, as asked. If they are in French, set the voice's language in the config (voices: Narratrice: language: fr-FR): it wins over --lang.",
        details: { voice: 'Narratrice', language: 'en', found: 'fr-FR', by: 'marks', source: '--lang' },
      },
    ]);
  });

  it("--lang en and the config's language: en over an untagged French voice, told by its words", () => {
    const voices = 'voices:\n  Narrator: { color: "#1F4E79" }\n  Narratrice: { color: "#00B050" }\nunassigned: black\n';
    const given = json(['summary', 'bilingual-en-us.docx', '-c', config('two.yaml', voices), '--lang', 'en']).report;
    const overridden = (report: { warnings: Warned[] }) => report.warnings.filter((w) => w.code === 'voice-language-overridden');
    expect(overridden(given)).toEqual([
      {
        code: 'voice-language-overridden',
        message: "--lang en was given for every voice, but Narratrice's lines read as French (their short words: 28 signs of French, 0 of English, in 85 words): they are read as English, as asked. If they are in French, set the voice's language in the config (voices: Narratrice: language: fr): it wins over --lang.",
        details: { voice: 'Narratrice', language: 'en', found: 'fr', by: 'words', source: '--lang', signs: 28, givenSigns: 0, words: 85 },
      },
    ]);
    const configured = json(['summary', 'bilingual-en-us.docx', '-c', config('two-en.yaml', `${voices}language: en\n`)]).report;
    expect(overridden(configured).map((w) => w.message)).toEqual([
      "The config's \"language: en\" is every voice's language, but Narratrice's lines read as French (their short words: 28 signs of French, 0 of English, in 85 words): they are read as English, as the config says. If they are in French, set the voice's language in the config (voices: Narratrice: language: fr): it wins over the script's.",
    ]);
  });

  it('a whole script read against its words says it once, not again for each voice', () => {
    const report = JSON.parse(runCli(['summary', 'samples/fr-elearning/module-securite.docx', '--lang', 'en', '--json']).stdout);
    expect(report.warnings.filter((w: { code: string }) => /language/.test(w.code)).map((w: { code: string }) => w.code)).toEqual(['language-setting-mismatch']);
  });
});
