/**
 * The document's language tag against the text's language (measure/language.ts resolveLanguage), each
 * voice's language in a bilingual DOCX whose runs are tagged per language (readers/docx/language.ts,
 * voiceLanguages). Fixtures from
 * scripts/build-doclang-fixtures.py (python-docx; PDFs by LibreOffice, which writes /Lang from the
 * document's default language).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { readScript } from '../src/readers/index.js';
import { MarkedLanguages } from '../src/readers/docx/language.js';
import { guessLanguage, resolveLanguage, voiceLanguages } from '../src/measure/language.js';
import type { Warning } from '../src/model.js';
import { runCli } from './helpers/cli.js';

const DIR = join(__dirname, 'fixtures', 'doclang');
const codes = (warnings: Warning[]) => warnings.map((w) => w.code);
const said = async (file: string, options: { lang?: string } = {}) => {
  const { report } = await analyse(join(DIR, file), { config: null, ...options });
  return { report, lines: Object.fromEntries(report.voices.map((v) => [v.name, v.lines.map((l) => l.spoken)])) };
};

describe('a document tag the text plainly contradicts does not drive the spoken forms', () => {
  it.each(['fr-default-en.docx', 'fr-default-en.pdf'])('%s: French text tagged en-US is read as French, said so', async (file) => {
    const { report, lines } = await said(file);
    expect(report.language).toEqual({ tag: 'fr', code: 'fr', name: 'French', source: 'guessed', spokenForms: true });
    expect(lines.Narrateur).toEqual([
      'Cette semaine, profitez d’une remise de quinze pour cent sur tout le magasin.',
      'La tondeuse est à mille deux cents euros au lieu de mille cinq cents euros, et le taille-haie à dix-neuf euros quatre-vingt-dix-neuf.',
      'Le magasin vous accueille dès huit heures trente, du lundi au samedi.',
    ]);
    const warning = report.warnings.find((w) => w.code === 'language-from-text')!;
    expect(warning.details).toEqual({ declared: 'en-US', guessed: 'fr', by: 'words' });
    expect(warning.message).toBe(
      'The document marks its text as English (en-US) but its words are French: it is read as French, and figures are said in French. If the script is in English, pass --lang en or set "language: en" in the config.',
    );
    expect(codes(report.warnings)).not.toContain('language-mismatch');
  });

  it.each(['en-default-fr.docx', 'en-default-fr.pdf'])('%s: English text tagged fr-FR is read as English', async (file) => {
    const { report, lines } = await said(file);
    expect(report.language).toMatchObject({ tag: 'en', source: 'guessed' });
    expect(lines.Narrator).toEqual([
      'This week only, save twenty-five percent on every lawn mower in the store.',
      'The deluxe model is now one thousand two hundred dollars and the hedge trimmer just nineteen dollars and ninety-nine cents.',
      'We are open from eight thirty to six, Monday to Saturday, so come and see us.',
    ]);
    expect(report.warnings.find((w) => w.code === 'language-from-text')!.details).toEqual({ declared: 'fr-FR', guessed: 'en', by: 'words' });
  });

  it('the CLI says where the language came from', () => {
    const out = runCli(['summary', join(DIR, 'fr-default-en.docx'), '--no-config']).stdout;
    expect(out).toContain('Language: French (fr, guessed from the text; set it with --lang)');
    expect(out).toContain('but its words are French: it is read as French');
  });

  it('--lang still wins, with a note of what the text reads as', async () => {
    const { report, lines } = await said('fr-default-en.docx', { lang: 'en' });
    expect(report.language).toMatchObject({ tag: 'en', source: '--lang' });
    expect(lines.Narrateur![0]).toBe('Cette semaine, profitez d’une remise de fifteen percent sur tout le magasin.');
    expect(report.warnings.filter((w) => w.code.startsWith('language'))).toEqual([
      {
        code: 'language-setting-mismatch',
        message: "--lang en was given but the script's words are French: it is read as English, as asked.",
        details: { language: 'en', guessed: 'fr', by: 'words', source: '--lang' },
      },
    ]);
  });

  it('not by a French script with English product names', async () => {
    const { report, lines } = await said('fr-names-fr.docx');
    expect(report.language).toMatchObject({ tag: 'fr-FR', source: 'document' });
    expect(lines.Narrateur![2]).toBe('La réunion dure quarante-cinq minutes et commence à neuf heures quinze.');
    expect(codes(report.warnings).filter((c) => c.startsWith('language'))).toEqual([]);
  });

  it('not by a short script with too little text: the tag stands', async () => {
    const { report, lines } = await said('short-fr-en.docx');
    expect(report.language).toMatchObject({ tag: 'en-US', source: 'document' });
    expect(lines.Narrateur).toEqual(['Bienvenue à tous !', 'Remise de fifteen percent.']);
    expect(codes(report.warnings).filter((c) => c.startsWith('language'))).toEqual([]);
  });

  it('not against a language the guess does not know (Galician reads as Portuguese by its short words)', async () => {
    const { report } = await said('gl-tagged.docx');
    expect(report.language).toMatchObject({ tag: 'gl-ES', source: 'document', spokenForms: false });
    expect(codes(report.warnings).filter((c) => c.startsWith('language'))).toEqual([]);
    expect(codes(report.warnings)).toContain('no-spoken-forms');
  });

  it('English words against an unknown language are said, the tag kept', () => {
    const english = ['The cat and the dog are in the garden with the children, and it is a fine day for a walk in the park.'];
    const { language, warnings } = resolveLanguage('pl-PL', () => english);
    expect(language).toMatchObject({ tag: 'pl-PL', source: 'document' });
    expect(warnings.map((w) => [w.code, w.details])).toEqual([
      ['language-mismatch', { declared: 'pl-PL', guessed: 'en' }],
      ['no-spoken-forms', { language: 'pl-PL' }],
    ]);
    expect(warnings[0]!.message).toBe(
      'The document marks its text as Polish (pl-PL) but it reads as English: figures are counted as written. If the script is in English, pass --lang en or set "language: en" in the config.',
    );
  });

  it('a short script with none of the declared language’s words and a few of another’s: the tag kept, doubted', () => {
    const { language, warnings } = resolveLanguage('en-US', () => ['Bienvenue dans la boutique.', 'Les prix sont en baisse pour les fêtes : 15 %.']);
    expect(language).toMatchObject({ tag: 'en-US', source: 'document' });
    expect(warnings.map((w) => [w.code, w.details])).toEqual([['language-mismatch', { declared: 'en-US', guessed: 'fr', kind: 'few-words' }]]);
    expect(warnings[0]!.message).toBe(
      'The document marks its text as English (en-US) but its few words read as French, none as English: figures are said in English. If the script is in French, pass --lang fr or set "language: fr" in the config.',
    );
    // one English word among them: no doubt said
    expect(resolveLanguage('en-US', () => ['Bienvenue dans la boutique.', 'Les prix sont en baisse pour les fêtes : 15 % off the list.']).warnings).toEqual([]);
  });

  it.each([
    ['ar', 'Arabic', 'مرحبا بكم في هذه الدورة. تستغرق الوحدة 25 دقيقة.', 'the Arabic alphabet'],
    ['he', 'Hebrew', 'ברוכים הבאים לקורס. היחידה נמשכת 25 דקות.', 'the Hebrew alphabet'],
    ['el', 'Greek', 'Καλώς ήρθατε στο μάθημα. Η ενότητα διαρκεί 25 λεπτά.', 'the Greek alphabet'],
    ['und-Cyrl', 'a language written in Cyrillic', 'Добро пожаловать на курс. Модуль длится 25 минут.', 'Cyrillic'],
  ])('%s letters under an English tag are not said by English rules', (tag, name, text, alphabet) => {
    const { language, warnings } = resolveLanguage('en-US', () => [text]);
    expect(language).toEqual({ tag, code: tag === 'und-Cyrl' ? 'und' : tag, name, source: 'guessed', spokenForms: false });
    expect(warnings.map((w) => [w.code, w.details])).toEqual([
      ['language-from-text', { declared: 'en-US', guessed: tag, by: 'alphabet' }],
      ['no-spoken-forms', { language: tag }],
    ]);
    expect(warnings[0]!.message).toBe(
      `The document marks its text as English (en-US) but it is written in ${alphabet}: it is read as ${name}, and its figures are not said by English rules. Pass --lang CODE or set "language" in the config to name its language.`,
    );
    // undeclared: the letters say it too; declared in a language written so: no disagreement
    expect(resolveLanguage(undefined, () => [text]).language).toMatchObject({ tag, source: 'guessed' });
  });

  it('a tag of a language written in the alphabet found stands', () => {
    for (const [tag, text] of [['ru-RU', 'Добро пожаловать на курс.'], ['uk-UA', 'Ласкаво просимо на курс.'], ['fa-IR', 'به دوره خوش آمدید.'], ['el-GR', 'Καλώς ήρθατε.']] as const) {
      const { language, warnings } = resolveLanguage(tag, () => [text]);
      expect([language.tag, language.source, warnings.map((w) => w.code)]).toEqual([tag, 'document', ['no-spoken-forms']]);
    }
    // an English script quoting a few Russian words stays English
    expect(resolveLanguage('en-US', () => ['Welcome to the course on Russian history, where we learn to say Добро пожаловать and much more.']).language.tag).toBe('en-US');
  });

  it('zxx, und, mul, x-none declare no language: the text decides', () => {
    const french = ['Le chariot est toujours prioritaire dans les allées, et vous devez le laisser passer avant de traverser la zone de chargement.'];
    for (const tag of ['zxx', 'und', 'mul', 'x-none', 'ZXX']) {
      const { language, warnings } = resolveLanguage(tag, () => french);
      expect([tag, language.tag, language.source, warnings]).toEqual([tag, 'fr', 'guessed', []]);
    }
  });

  it('text in a language the document marks some paragraphs with is no disagreement', () => {
    const french = ['Le chariot est toujours prioritaire dans les allées, et vous devez le laisser passer avant de traverser la zone de chargement.'];
    expect(guessLanguage(french)).toBe('fr');
    const { language, warnings } = resolveLanguage('en-US', () => french, {}, new Set(['en-US', 'fr-CA']));
    expect(language).toMatchObject({ tag: 'fr-CA', source: 'document' });
    expect(codes(warnings)).toEqual([]);
  });
});

describe('a bilingual script: each voice says its figures in its own language', () => {
  it('reads each paragraph’s tag when the document marks several languages', async () => {
    const script = await readScript(join(DIR, 'bilingual.docx'));
    expect(script.language).toBe('en-US');
    expect(script.paragraphs.map((p) => p.language)).toEqual(['en-US', 'en-US', 'en-US', 'fr-FR', 'en-US', 'fr-FR', 'en-US', 'fr-FR']);
    // `zxx` (no proofing) marks no language
    const marked = new MarkedLanguages();
    marked.run('zxx', undefined, 'org.docx4j.wml');
    marked.endParagraph(null);
    expect(marked.top()).toBeUndefined();
    // one language: no paragraph keeps a tag
    expect((await readScript(join(DIR, 'fr-names-fr.docx'))).paragraphs.every((p) => p.language === undefined)).toBe(true);
  });

  it('the Narratrice’s French lines by French rules, the Narrator’s by English ones', async () => {
    const { report, lines } = await said('bilingual.docx');
    expect(report.language).toMatchObject({ tag: 'en-US', source: 'document' });
    expect(lines.Narrator).toEqual([
      'Welcome to this module on warehouse safety.',
      'The forklift carries up to one thousand two hundred kilograms and drives at ten kilometers per hour at most.',
      'Accidents fell by fifteen percent when the aisles were marked.',
    ]);
    expect(lines.Narratrice).toEqual([
      'Bienvenue dans ce module sur la sécurité en entrepôt.',
      'Le chariot porte jusqu’à mille deux cents kilogrammes et roule à dix kilomètres heure au plus.',
      'Les accidents ont baissé de quinze pour cent quand les allées ont été marquées.',
    ]);
    const warning = report.warnings.find((w) => w.code === 'languages-by-voice')!;
    expect(warning.message).toBe(
      "The document marks its text in several languages: Narratrice's lines are French (fr-FR); the rest is English (en-US). Each voice's figures are said in its own language.",
    );
    expect(warning.details).toEqual({ language: 'en-US', voices: [{ voice: 'Narratrice', language: 'fr-FR', spokenForms: true }] });
  });

  it('syllable timing takes each voice’s language’s rate', async () => {
    const { report } = await analyse(join(DIR, 'bilingual.docx'), { config: null, timing: 'syllables' });
    const rate = (name: string) => report.voices.find((v) => v.name === name)!.syllablesPerSecond;
    expect(rate('Narratrice')).not.toBe(rate('Narrator'));
    const { report: french } = await analyse(join(DIR, 'bilingual.docx'), { config: null, timing: 'syllables', lang: 'fr' });
    expect(rate('Narratrice')).toBe(french.voices.find((v) => v.name === 'Narratrice')!.syllablesPerSecond);
  });

  it('--lang says it for every voice', async () => {
    const { report, lines } = await said('bilingual.docx', { lang: 'en' });
    expect(lines.Narratrice![2]).toBe('Les accidents ont baissé de fifteen percent quand les allées ont été marquées.');
    expect(codes(report.warnings)).not.toContain('languages-by-voice');
  });

  it('a voice whose words plainly read as another language than its tag goes by its words', () => {
    const script = { tag: 'en-US', code: 'en', name: 'English', source: 'document' as const, spokenForms: true };
    const german = 'Der Hund und die Katze sind nicht im Haus, sie sind mit dem Kind auf der Straße und es ist ein schöner Tag für die Familie.';
    const result = voiceLanguages(script, [
      { voice: 'A', text: 'The cat is on the mat and the dog is in the house.', language: 'en-US' },
      { voice: 'B', text: german, language: 'fr-FR' },
      { voice: 'C', text: 'Il reste 15 % du stock.', language: 'fr-FR' },
    ])!;
    expect([...result.languages].map(([voice, l]) => [voice, l.tag, l.source])).toEqual([
      ['B', 'de', 'guessed'],
      ['C', 'fr-FR', 'document'],
    ]);
    expect(voiceLanguages({ ...script, source: '--lang' }, [{ voice: 'C', text: 'Il reste 15 % du stock.', language: 'fr-FR' }])).toBeNull();
  });

  it('a tag over words that do not lean its way (code pasted from a German editor, a name) leaves the script’s language', () => {
    const script = { tag: 'en-AU', code: 'en', name: 'English', source: 'document' as const, spokenForms: true };
    expect(
      voiceLanguages(script, [
        { voice: 'A', text: 'Load the package and save it as a new file.', language: 'en-AU' },
        { voice: 'B', text: 'org.docx4j.wml org.docx4j.dml', language: 'de-DE' },
        { voice: 'B', text: '* @since 2.7', language: 'de-DE' },
        { voice: 'C', text: 'Oui.', language: 'fr-FR' },
      ]),
    ).toBeNull();
  });

  it('East Asian characters say a voice’s language whatever its Latin tag', () => {
    const chinese = { tag: 'zh-CN', code: 'zh', name: 'Chinese', source: 'document' as const, spokenForms: false };
    expect(voiceLanguages(chinese, [{ voice: 'A', text: '并于 2021年 8月10日14:00（北京时间）前递交谈判文件。', language: 'en-US' }])).toBeNull();
    const english = { tag: 'en-US', code: 'en', name: 'English', source: 'document' as const, spokenForms: true };
    const result = voiceLanguages(english, [{ voice: 'A', text: '東京でお会いしましょう。2024年に開催されます。', language: 'en-US' }, { voice: 'B', text: 'ようこそ。', language: 'ja-JP' }])!;
    expect([...result.languages].map(([voice, l]) => [voice, l.tag])).toEqual([['B', 'ja-JP']]);
  });
});
