/**
 * A bilingual script whose text carries no per-paragraph language (python-docx's template: en-US
 * everywhere; no w:lang at all; a PDF with one /Lang): each voice's language guessed from its own
 * lines (measure/language.ts guessVoiceLanguages), said with voice-language-guessed or doubted with
 * voice-language-doubt; a voice's language set in the config (voices: NAME: language). And a voice
 * whose only text has no words (`…?!`): empty-voice says so. Fixtures from
 * scripts/build-lang2-fixtures.py (python-docx; PDFs by LibreOffice).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import type { Warning } from '../src/model.js';
import { runCli } from './helpers/cli.js';
import { tempConfigs } from './helpers/temp-configs.js';

const DIR = join(__dirname, 'fixtures', 'lang2');
const { configOf } = tempConfigs('vo-lang2-');
const voiceWarnings = (warnings: Warning[]) => warnings.filter((w) => w.code.startsWith('voice-language'));
const measured = async (file: string, options: { lang?: string; timing?: 'words' | 'syllables'; config?: string } = {}) => {
  const { report } = await analyse(join(DIR, file), { noConfig: options.config === undefined, ...options });
  return {
    report,
    rows: [...report.voices.map((v) => [v.name, v.language, v.words, v.spokenWords, v.seconds]), ['Unassigned', report.unassigned.language, report.unassigned.words, report.unassigned.spokenWords, report.unassigned.seconds]],
    spoken: Object.fromEntries(report.voices.map((v) => [v.name, v.lines.map((l) => l.spoken)])),
  };
};

const NARRATRICE_SAID = [
  'Bienvenue chez Maple Logistique. Nous sommes heureux de vous compter parmi nos mille deux cents collaborateurs.',
  'Votre sécurité est notre priorité : les accidents ont baissé de quinze pour cent l’an dernier.',
  'Commençons par une courte visite de l’entrepôt à neuf heures trente.',
];
const NARRATOR_SAID = [
  'Welcome to Maple Logistics. We are glad you joined our team of one thousand two hundred people.',
  'Your safety is our first priority: accidents fell by fifteen percent last year.',
  'Let’s begin with a short tour of the warehouse at nine thirty.',
];

describe('an untagged bilingual script: the French voice is read in French, said so', () => {
  it.each([
    ['bi-en-us.docx', 'en-US', 'document'],
    ['bi-en-us.pdf', 'en-US', 'document'],
    ['bi-untagged.pdf', 'en-US', 'document'],
    ['bi-untagged.docx', 'en', 'default'],
  ])('%s: Narratrice French, Narrator and the title in the script’s language', async (file, tag, source) => {
    const { report, rows, spoken } = await measured(file);
    expect(report.language).toMatchObject({ tag, source });
    expect(spoken).toEqual({ Narrator: NARRATOR_SAID, Narratrice: NARRATRICE_SAID });
    expect(rows).toEqual([
      ['Narrator', tag, 37, 42, 16.8],
      ['Narratrice', 'fr', 39, 42, 16.8],
      ['Unassigned', tag, 4, 4, 1.6],
    ]);
    expect(voiceWarnings(report.warnings)).toEqual([
      {
        code: 'voice-language-guessed',
        message: `Narratrice's lines read as French (their short words: 9 signs of French, 0 of English, in 42 words) while the script is English (${tag}): they are read by French rules (figures, syllables, narration rate). If they are in English, set the voice's language in the config (voices: Narratrice: language: en), or pass --lang en for every voice.`,
        details: { voice: 'Narratrice', language: 'fr', scriptLanguage: tag, words: 42, signs: 9, scriptSigns: 0, kind: 'words' },
      },
    ]);
    // Each voice's words told its language: the assumed English is no doubt left unsaid.
    expect(report.warnings.map((w) => w.code)).not.toContain('language-unknown');
  });

  it('timed by syllables, the French voice at French’s rate (before: 18.2 s at English’s 4.27)', async () => {
    const { report } = await measured('bi-en-us.docx', { timing: 'syllables' });
    expect([...report.voices, report.unassigned].map((g, k) => [report.voices[k]?.name ?? 'Unassigned', g.syllables, g.syllablesPerSecond, g.seconds])).toEqual([
      ['Narrator', 60, 4.27, 16.3],
      ['Narratrice', 68, 4.95, 16],
      ['Unassigned', 9, 4.27, 2.1],
    ]);
  });

  it('the summary names the voice’s language', () => {
    const out = runCli(['summary', join(DIR, 'bi-en-us.docx'), '--no-config']).stdout;
    expect(out).toContain('Language: English (en-US, from the document); Narratrice: French (fr)\n');
    expect(out).toContain("! Narratrice's lines read as French (their short words: 9 signs of French, 0 of English, in 42 words)");
  });

  it('a script mostly French with a short English voice: the script French, the voice English', async () => {
    const { report, rows, spoken } = await measured('mostly-fr.docx');
    expect(report.language).toMatchObject({ tag: 'fr', source: 'guessed' });
    expect(spoken.Client).toEqual(['We signed with them in twenty nineteen, and it is the best decision we have made. Our costs fell by thirty percent in the first year.']);
    expect(rows).toEqual([
      ['Narrateur', 'fr', 70, 80, 32],
      ['Client', 'en', 24, 26, 10.4],
      ['Unassigned', 'fr', 3, 3, 1.2],
    ]);
    expect(voiceWarnings(report.warnings).map((w) => w.details)).toEqual([
      { voice: 'Client', language: 'en', scriptLanguage: 'fr', words: 24, signs: 12, scriptSigns: 0, kind: 'words' },
    ]);
    expect(report.warnings.map((w) => w.code)).toContain('language-from-text');
  });

  it('a voice too short to tell stays in the script’s language, unsaid; one whose few words lean elsewhere is doubted', async () => {
    const { report, rows } = await measured('short-voice.docx');
    expect(report.language).toMatchObject({ tag: 'en-US', source: 'document' });
    expect(rows.map((r) => r[1])).toEqual([undefined, undefined, undefined, undefined]);
    expect(voiceWarnings(report.warnings)).toEqual([
      {
        code: 'voice-language-doubt',
        message: "Chef's lines lean to French (their short words, elisions, punctuation and letters: 9 signs of French, 0 of English, in 14 words) but are too few to tell: they are read as English, like the script. If they are in French, set the voice's language in the config (voices: Chef: language: fr), or pass --lang fr for every voice.",
        details: { voice: 'Chef', language: 'fr', scriptLanguage: 'en-US', words: 14, signs: 9, scriptSigns: 0, kind: 'short-text' },
      },
    ]);
  });

  it.each(['en-two-voices.docx', 'fr-two-voices.docx'])('%s (one language, names and products of another): no voice moves', async (file) => {
    const { report, rows } = await measured(file);
    expect(rows.every((r) => r[1] === undefined)).toBe(true);
    expect(voiceWarnings(report.warnings)).toEqual([]);
  });

  it('--lang says it for every voice', async () => {
    const { report, rows, spoken } = await measured('bi-en-us.docx', { lang: 'en' });
    expect(rows.map((r) => r[1])).toEqual([undefined, undefined, undefined]);
    expect(spoken.Narratrice![0]).toContain('nos one thousand two hundred collaborateurs');
    // Kept as asked, and said (tests/pay4.test.ts: voice-language-overridden).
    expect(report.warnings.filter((w) => w.code.startsWith('voice-language')).map((w) => [w.code, w.details])).toEqual([
      ['voice-language-overridden', { voice: 'Narratrice', language: 'en', found: 'fr', by: 'words', source: '--lang', signs: 9, givenSigns: 0, words: 42 }],
    ]);
  });
});

describe('a voice’s language in the config (voices: NAME: language)', () => {
  const legend = { Narrator: { color: '#0070C0' }, Narratrice: { color: '#00B050' } };

  it('wins over the guess and over --lang, for that voice alone, unsaid', async () => {
    const config = configOf('per-voice', { voices: { ...legend, Narratrice: { color: '#00B050', language: 'fr-CA' } }, unassigned: ['#000000'] });
    for (const lang of [undefined, 'en']) {
      const { report, rows, spoken } = await measured('bi-en-us.docx', { config, ...(lang ? { lang } : {}) });
      expect(rows.map((r) => [r[0], r[1]])).toEqual([
        ['Narrator', lang ?? 'en-US'],
        ['Narratrice', 'fr-CA'],
        ['Unassigned', lang ?? 'en-US'],
      ]);
      expect(spoken.Narratrice).toEqual(NARRATRICE_SAID);
      expect(voiceWarnings(report.warnings)).toEqual([]);
    }
  });

  it('a voice set to the script’s language is not guessed: read as set, the contradiction said', async () => {
    const config = configOf('per-voice-en', { voices: { ...legend, Narratrice: { color: '#00B050', language: 'en' } }, unassigned: ['#000000'] });
    const { report, spoken } = await measured('bi-en-us.docx', { config });
    expect(spoken.Narratrice![0]).toContain('nos one thousand two hundred collaborateurs');
    expect(voiceWarnings(report.warnings).map((w) => w.details)).toEqual([
      { voice: 'Narratrice', configured: 'en', guessed: 'fr', signs: 9, configuredSigns: 0, words: 42, kind: 'words', config },
    ]);
  });

  it('a language that is none is a one-line error naming the field', () => {
    const config = configOf('per-voice-bad', { voices: { ...legend, Narratrice: { color: '#00B050', language: 'french' } } });
    const result = runCli(['summary', join(DIR, 'bi-en-us.docx'), '--config', config, '--json']);
    expect(result.code).toBe(2);
    const error = JSON.parse(result.stdout).error;
    expect(error.message).toContain('"voices.Narratrice.language": "french" is not a language code; give a language code such as en, fr');
    expect(error.details).toMatchObject({ field: 'voices.Narratrice.language', value: 'french', problem: 'malformed' });
  });
});

describe('a voice whose only text has no words', () => {
  it('empty-voice says what its colour marks, not that no text has it', async () => {
    const { report } = await analyse(join(DIR, 'wordless', 'reaction.docx'));
    const warning = report.warnings.find((w) => w.code === 'empty-voice')!;
    expect(warning.message).toBe(
      'Reaction has no line in this script: vo-lines.config.yaml gives it #C00000 red, and the text so marked has no words (2 paragraphs: “…?!”): there is nothing for Reaction to say. Check the config against the script, or take Reaction out of it if the voice does not speak here.',
    );
    expect(warning.details).toMatchObject({ voice: 'Reaction', wordless: { paragraphs: 2, text: '…?!' } });
  });
});
