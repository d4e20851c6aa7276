/**
 * The language a user gives (`--lang`, a config's `language`) against the script's own text, and
 * scripts in Latin-script languages the short-words guess does not know (measure/language.ts
 * textAgainst, lettersLanguage; text/language-tag.ts userLanguageTag). Fixtures from
 * scripts/build-langcfg-fixtures.py (python-docx, en-US as its template says; PDFs by LibreOffice,
 * whose /Lang is the document's default language) and scripts/build-doclang-fixtures.py.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { resolveLanguage } from '../src/measure/language.js';
import { userLanguageTag } from '../src/text/language-tag.js';
import type { Warning } from '../src/model.js';
import { runCli, shownPath } from './helpers/cli.js';
import { tempConfigs } from './helpers/temp-configs.js';

const FIXTURES = join(__dirname, 'fixtures');
const LANGCFG = join(FIXTURES, 'langcfg');
const FRENCH = join(FIXTURES, 'doclang', 'fr-default-en.docx');
const { dir: TMP } = tempConfigs('vo-langcfg-');

const ACCEPTED = 'give a language code such as en, fr, de, es or pl, with a region if wanted (en-GB, fr-CA; fr_FR is read as fr-FR).';
const languageWarnings = (warnings: Warning[]) => warnings.filter((w) => w.code.startsWith('language'));

describe('--lang and a config\'s language: a language, or a one-line error naming what is accepted', () => {
  it.each([
    ['xx', 'is no known language', 'unknown'],
    ['fr-XX', 'is no known language', 'unknown'],
    ['english', 'is not a language code', 'malformed'],
    ['fr FR', 'is not a language code', 'malformed'],
    ['und', 'names no language', 'no-language'],
    ['zxx', 'names no language', 'no-language'],
  ])('--lang %s: exit 2, one line, details', (value, said, problem) => {
    const result = runCli(['summary', FRENCH, '--no-config', '--lang', value]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`vo-lines: --lang "${value}" ${said}: ${ACCEPTED}\n`);
    const json = runCli(['summary', FRENCH, '--no-config', '--lang', value, '--json']);
    expect(JSON.parse(json.stdout).error.details).toEqual({ kind: 'invalid-value', option: '--lang', value, problem });
  });

  it('--lang fr_FR (as a locale writes it) and EN are taken as fr-FR and en, and written so by the exports', () => {
    const json = JSON.parse(runCli(['summary', FRENCH, '--no-config', '--lang', 'fr_FR', '--json']).stdout);
    expect(json.language).toEqual({ tag: 'fr-FR', code: 'fr', name: 'French', source: '--lang', spokenForms: true });
    expect(JSON.parse(runCli(['summary', FRENCH, '--no-config', '--lang', 'EN', '--json']).stdout).language.tag).toBe('en');
    const out = join(TMP, 'voiceq.csv');
    expect(runCli(['export', FRENCH, '--no-config', '--lang', 'fr_FR', '--template', 'voiceq', '-o', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toBe('Script (fr-FR),Start,End,Character/Source,Comments');
  });

  it.each([
    ['xx', '"xx" is no known language', 'unknown'],
    ['english', '"english" is not a language code', 'malformed'],
    ['mul', '"mul" names no language', 'no-language'],
  ])('a config\'s language: %s is a bad-config error naming the field', (value, said, problem) => {
    const config = join(TMP, `bad-${value}.yaml`);
    writeFileSync(config, `language: ${value}\n`);
    const result = runCli(['summary', FRENCH, '--config', config, '--json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).error).toEqual({
      code: 'bad-config',
      message: `${shownPath(config)}: "language": ${said}; ${ACCEPTED}`,
      details: { file: shownPath(config), kind: 'invalid', field: 'language', value, problem },
    });
  });

  it("a config's language: fr_FR is fr-FR", async () => {
    const config = join(TMP, 'fr_FR.yaml');
    writeFileSync(config, 'language: fr_FR\n');
    const { report } = await analyse(FRENCH, { config });
    expect(report.language).toEqual({ tag: 'fr-FR', code: 'fr', name: 'French', source: 'config', spokenForms: true });
    expect(languageWarnings(report.warnings)).toEqual([]);
  });

  it('userLanguageTag', () => {
    expect(userLanguageTag('pt_br')).toEqual({ tag: 'pt-BR' });
    expect(userLanguageTag('sr-Latn')).toEqual({ tag: 'sr-Latn' });
    expect(userLanguageTag('es-419')).toEqual({ tag: 'es-419' });
    expect(userLanguageTag('qaa')).toEqual({ problem: 'unknown' });
    expect(userLanguageTag('x-none')).toEqual({ problem: 'malformed' });
  });
});

describe('a language given by a config or --lang that the text plainly contradicts: kept, and said', () => {
  /** A repository: a config at its top saying `language: en`, the French script in a subfolder, and a copy beside a config of its own. */
  const repo = join(TMP, 'repo');
  mkdirSync(join(repo, 'fr'), { recursive: true });
  mkdirSync(join(repo, 'beside'), { recursive: true });
  writeFileSync(join(repo, 'vo-lines.config.yaml'), 'language: en\n');
  writeFileSync(join(repo, 'beside', 'vo-lines.config.yaml'), 'language: en\n');
  copyFileSync(FRENCH, join(repo, 'fr', 'spot.docx'));
  copyFileSync(FRENCH, join(repo, 'beside', 'spot.docx'));
  copyFileSync(join(LANGCFG, 'pl-en-us.docx'), join(repo, 'fr', 'polish.docx'));

  it('a config in a folder above the script: which file, where, and what the text reads as', async () => {
    const { report } = await analyse(join(repo, 'fr', 'spot.docx'));
    expect(report.language).toMatchObject({ tag: 'en', source: 'config' });
    // Still read as the config says: English spoken forms.
    expect(report.voices.find((v) => v.name === 'Narrateur')!.lines[0]!.spoken).toBe('Cette semaine, profitez d’une remise de fifteen percent sur tout le magasin.');
    const config = join(repo, 'vo-lines.config.yaml');
    expect(languageWarnings(report.warnings)).toEqual([
      {
        code: 'language-setting-mismatch',
        message: `The config ${config}, in a folder above the script, sets "language: en" but the script's words are French: it is read as English, as the config says. If the script is in French, give the script's folder a config of its own, or pass --lang fr.`,
        details: { language: 'en', guessed: 'fr', by: 'words', source: 'config', config, place: 'above' },
      },
    ]);
  });

  it('a config beside the script', async () => {
    const { report } = await analyse(join(repo, 'beside', 'spot.docx'));
    const config = join(repo, 'beside', 'vo-lines.config.yaml');
    expect(languageWarnings(report.warnings)).toEqual([
      {
        code: 'language-setting-mismatch',
        message: `The config ${config} sets "language: en" but the script's words are French: it is read as English, as the config says. If the script is in French, change its language, or pass --lang fr.`,
        details: { language: 'en', guessed: 'fr', by: 'words', source: 'config', config, place: 'beside' },
      },
    ]);
  });

  it('the CLI, from the repository with a relative path: the same place', () => {
    const json = JSON.parse(runCli(['summary', join('fr', 'spot.docx'), '--json'], repo).stdout);
    expect(json.warnings.find((w: Warning) => w.code === 'language-setting-mismatch').details.place).toBe('above');
  });

  it('a Polish script under that config: its letters', async () => {
    const { report } = await analyse(join(repo, 'fr', 'polish.docx'));
    expect(report.language).toMatchObject({ tag: 'en', source: 'config' });
    expect(languageWarnings(report.warnings).map((w) => w.details)).toEqual([
      { language: 'en', guessed: 'pl', by: 'letters', letters: 'ł ż ę ś ć', source: 'config', config: join(repo, 'vo-lines.config.yaml'), place: 'above' },
    ]);
    expect(languageWarnings(report.warnings)[0]!.message).toContain("but the script's letters (ł ż ę ś ć) are Polish: it is read as English, as the config says. If the script is in Polish, give the script's folder a config of its own, or pass --lang pl.");
  });

  it('--lang, given on purpose: a short note', async () => {
    const { report } = await analyse(join(LANGCFG, 'pl-en-us.docx'), { config: null, lang: 'en' });
    expect(languageWarnings(report.warnings)).toEqual([
      {
        code: 'language-setting-mismatch',
        message: "--lang en was given but the script's letters (ł ż ę ś ć) are Polish: it is read as English, as asked.",
        details: { language: 'en', guessed: 'pl', by: 'letters', letters: 'ł ż ę ś ć', source: '--lang' },
      },
    ]);
  });

  it('--lang or a config that agrees with the text: nothing said', async () => {
    expect(languageWarnings((await analyse(FRENCH, { config: null, lang: 'fr' })).report.warnings)).toEqual([]);
    expect(languageWarnings((await analyse(join(LANGCFG, 'pl-en-us.docx'), { config: null, lang: 'pl' })).report.warnings)).toEqual([]);
    const config = join(TMP, 'fr.yaml');
    writeFileSync(config, 'language: fr-CA\n');
    expect(languageWarnings((await analyse(FRENCH, { config })).report.warnings)).toEqual([]);
  });

  it('--lang ja over an English script (its words), a config saying English over Cyrillic (its alphabet)', () => {
    const english = ['This week only, save 25% on every lawn mower in the store.', 'The deluxe model is now $1,200 and the hedge trimmer is just 19.99 dollars.', 'We are open from 8:30 to 6, Monday to Saturday, so come and see us at the store.'];
    const { language, warnings } = resolveLanguage('en-US', () => english, { lang: 'ja' });
    expect(language).toMatchObject({ tag: 'ja', source: '--lang' });
    expect(warnings.map((w) => [w.code, w.details])).toEqual([
      ['language-setting-mismatch', { language: 'ja', guessed: 'en', by: 'words', source: '--lang' }],
      ['no-spoken-forms', { language: 'ja' }],
    ]);
    const cyrillic = resolveLanguage(undefined, () => ['Добро пожаловать на курс по технике безопасности на складе.'], { config: 'en', configFile: '/a/vo-lines.config.yaml', scriptFile: '/a/b/c/x.docx' });
    expect(languageWarnings(cyrillic.warnings).map((w) => [w.details, w.message])).toEqual([
      [
        { language: 'en', guessed: 'und-Cyrl', by: 'alphabet', source: 'config', config: '/a/vo-lines.config.yaml', place: 'above' },
        'The config /a/vo-lines.config.yaml, in a folder above the script, sets "language: en" but the script is written in Cyrillic: it is read as English, as the config says. If the script is in another language, give the script\'s folder a config of its own, or pass --lang with its code.',
      ],
    ]);
  });
});

describe('Latin-script languages the short-words guess does not know, tagged en-US: not read by English rules', () => {
  const read = async (file: string, timing?: 'syllables') => (await analyse(join(LANGCFG, file), { config: null, ...(timing ? { timing } : {}) })).report;

  it.each(['pl-en-us.docx', 'pl-en-us.pdf'])('%s: Polish, by its letters; figures counted as written', async (file) => {
    const report = await read(file);
    expect(report.language).toEqual({ tag: 'pl', code: 'pl', name: 'Polish', source: 'guessed', spokenForms: false });
    expect(languageWarnings(report.warnings)).toEqual([
      {
        code: 'language-from-text',
        message:
          'The document marks its text as English (en-US) but few of its words are English and its letters (ł ż ę ś ć) are Polish: it is read as Polish, not read by English rules (its figures counted as written, its syllables by its vowels). If the script is in English, pass --lang en or set "language: en" in the config.',
        details: { declared: 'en-US', guessed: 'pl', by: 'letters', letters: 'ł ż ę ś ć' },
      },
    ]);
    expect(report.warnings.map((w) => w.code)).toContain('no-spoken-forms');
    // English spoken forms gave 70 ("one thousand five hundred kilograms", "ten kilometers per hour").
    expect([report.total.words, report.total.spokenWords]).toEqual([64, 64]);
    expect(report.voices.flatMap((v) => v.lines.map((l) => l.spoken))).toContain('Nie wolno przewozić ładunków cięższych niż 1500 kg ani jeździć szybciej niż 10 km/h.');
  });

  it('Polish timed by syllables: by its vowels, at the mean rate (English rules gave 141 syllables, 37.5 s)', async () => {
    const report = await read('pl-en-us.docx', 'syllables');
    expect([report.total.syllables, report.total.seconds, report.timing.syllablesPerSecond]).toEqual([136, 33.9, 4.63]);
  });

  it.each([
    ['cs-en-us.docx', 'cs', 'Czech', 'č ž ě ý ř'],
    ['cs-en-us.pdf', 'cs', 'Czech', 'č ž ě ý ř'],
    ['ro-en-us.docx', 'ro', 'Romanian', 'ă ț ș'],
    ['tr-en-us.docx', 'tr', 'Turkish', 'ı ş ğ'],
    ['hu-en-us.docx', 'hu', 'Hungarian', 'ő ű'],
    ['vi-en-us.docx', 'vi', 'Vietnamese', 'đ ư ơ ả ệ'],
    ['sv-en-us.docx', 'und-Latn', 'a language vo-lines does not know', 'å'],
  ])('%s: %s by its letters', async (file, tag, name, letters) => {
    const report = await read(file);
    expect(report.language).toMatchObject({ tag, name, source: 'guessed', spokenForms: false });
    expect(languageWarnings(report.warnings).map((w) => w.details)).toEqual([{ declared: 'en-US', guessed: tag, by: 'letters', letters }]);
  });

  it('Swedish: no language named, said so', async () => {
    const report = await read('sv-en-us.docx');
    expect(languageWarnings(report.warnings)[0]!.message).toBe(
      'The document marks its text as English (en-US) but few of its words are English and its letters (å) are of no language vo-lines knows: it is not read by English rules (its figures counted as written, its syllables by its vowels). If the script is in English, pass --lang en or set "language: en" in the config; if it is in another language, pass its code.',
    );
  });

  it('Dutch, which the guess knows: by its words, as before', async () => {
    const report = await read('nl-en-us.docx');
    expect(report.language).toMatchObject({ tag: 'nl', source: 'guessed' });
    expect(languageWarnings(report.warnings).map((w) => w.details)).toEqual([{ declared: 'en-US', guessed: 'nl', by: 'words' }]);
  });

  it.each(['en-polish-places.docx', 'en-danish-brand.docx'])('%s: English naming places and brands in those letters stays English, nothing said', async (file) => {
    const report = await read(file);
    expect(report.language).toEqual({ tag: 'en-US', code: 'en', name: 'English', source: 'document', spokenForms: true });
    expect(languageWarnings(report.warnings)).toEqual([]);
  });

  it('no declared language: Czech letters say it is not English (no warning to make: nothing declared)', () => {
    const texts = ['Vítejte v kurzu bezpečnosti práce ve skladu. Každý vysokozdvižný vozík se musí před začátkem směny zkontrolovat.', 'Je zakázáno převážet náklad těžší než 1500 kg a jezdit rychleji než 10 km/h. Pokud zjistíte závadu, oznamte to nadřízenému.'];
    const { language, warnings } = resolveLanguage(undefined, () => texts);
    expect(language).toMatchObject({ tag: 'cs', source: 'guessed' });
    expect(warnings.map((w) => w.code)).toEqual(['no-spoken-forms']);
  });
});

describe("each voice's language, when the document marks them in several", () => {
  const bilingual = join(FIXTURES, 'doclang', 'bilingual.docx');

  it('JSON: voices[].language and unassigned.language', () => {
    const json = JSON.parse(runCli(['summary', bilingual, '--no-config', '--json']).stdout);
    expect(json.voices.map((v: { name: string; language: string }) => [v.name, v.language])).toEqual([
      ['Narrator', 'en-US'],
      ['Narratrice', 'fr-FR'],
    ]);
    expect(json.unassigned.language).toBe('en-US');
  });

  it('text: the language line names the voice read in another', () => {
    const out = runCli(['summary', bilingual, '--no-config']).stdout;
    expect(out.split('\n')[2]).toBe('Language: English (en-US, from the document); Narratrice: French (fr-FR)');
  });

  it('a script of one language: no language per voice, the line as it was', () => {
    const json = JSON.parse(runCli(['summary', FRENCH, '--no-config', '--json']).stdout);
    expect(json.voices.map((v: object) => 'language' in v)).toEqual([false]);
    expect('language' in json.unassigned).toBe(false);
    expect(runCli(['summary', FRENCH, '--no-config']).stdout.split('\n')[2]).toBe('Language: French (fr, guessed from the text; set it with --lang)');
  });
});

describe('startup', () => {
  it('measure/language.ts compiles no \\p{…} pattern when it is loaded (letters by text/words.ts isLetterAt)', () => {
    const source = readFileSync(join(__dirname, '..', 'src', 'measure', 'language.ts'), 'utf8');
    expect(source.match(/^const [A-Z_]+ = \/.*\\p\{.*$/gmu)).toBeNull();
  });
});
