/**
 * Short dialogue under python-docx's en-US tag, too few words for the short-words guess, told by its
 * dialogue signs (measure/language.ts dialogueLanguage). Fixtures from scripts/build-frshort-fixtures.py.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { resolveLanguage } from '../src/measure/language.js';

const DIR = join(__dirname, 'fixtures', 'frshort');
const languageOf = async (file: string) => {
  const { report } = await analyse(join(DIR, file), { config: null });
  return { language: report.language, warnings: report.warnings.filter((w) => w.code.startsWith('language') || w.code === 'no-spoken-forms').map((w) => [w.code, w.details]), report };
};
const fromText = (guessed: string) => ['language-from-text', { declared: 'en-US', guessed, by: 'words', kind: 'short-text' }];

describe('short dialogue tagged en-US is told by its dialogue signs', () => {
  it('seven plain French lines (48 words): read as French, said so', async () => {
    const { language, warnings, report } = await languageOf('fr-plain.docx');
    expect(language).toEqual({ tag: 'fr', code: 'fr', name: 'French', source: 'guessed', spokenForms: true });
    expect(warnings).toEqual([fromText('fr')]);
    expect(report.warnings.find((w) => w.code === 'language-from-text')!.message).toBe(
      'The document marks its text as English (en-US) but its short text reads as French (its short words, elisions, punctuation and letters): it is read as French, and figures are said in French. If the script is in English, pass --lang en or set "language: en" in the config.',
    );
  });

  it('a French dubbing table: read as French', async () => {
    const { language, warnings } = await languageOf('fr-dub.docx');
    expect(language).toMatchObject({ tag: 'fr', source: 'guessed' });
    expect(warnings).toEqual([fromText('fr')]);
  });

  it.each([
    ['de-plain.docx', 'de', 'German', true],
    ['es-plain.docx', 'es', 'Spanish', true],
    ['it-plain.docx', 'it', 'Italian', false],
  ])('%s: read as %s', async (file, tag, name, spokenForms) => {
    const { language, warnings } = await languageOf(file);
    expect(language).toEqual({ tag, code: tag, name, source: 'guessed', spokenForms });
    expect(warnings).toEqual(spokenForms ? [fromText(tag)] : [fromText(tag), ['no-spoken-forms', { language: tag }]]);
  });

  it('English dialogue with French names and loanwords stays English, no doubt said', async () => {
    const { language, warnings } = await languageOf('en-loanwords.docx');
    expect(language).toMatchObject({ tag: 'en-US', source: 'document' });
    expect(warnings).toEqual([]);
  });

  it('too few words (under 12) say nothing: the tag stands', () => {
    expect(resolveLanguage('en-US', () => ['Tu as vu l’heure ? C’est l’heure !']).warnings).toEqual([]);
  });

  it('fewer signs: the tag kept and doubted', () => {
    const { language, warnings } = resolveLanguage('en-US', () => ['On a vu le film hier soir avec Paul et Marie, au cinéma du coin ; super !']);
    expect(language).toMatchObject({ tag: 'en-US', source: 'document' });
    expect(warnings.map((w) => [w.code, w.details])).toEqual([['language-mismatch', { declared: 'en-US', guessed: 'fr', kind: 'short-text' }]]);
    expect(warnings[0]!.message).toBe(
      'The document marks its text as English (en-US) but its short text leans to French (its short words, elisions, punctuation and letters): figures are said in English. If the script is in French, pass --lang fr or set "language: fr" in the config.',
    );
  });

  it.each([
    ['Café René à Paris, où le déjà vu is on the menu. Send your résumé today, and bring the crème brûlée!'],
    ["Don't worry, I'm fine. L'Oréal called: the hors d'oeuvres are ready at Café René. What ? You're late!"],
  ])('English controls: %s', (text) => {
    expect(resolveLanguage('en-US', () => [text]).warnings).toEqual([]);
  });

  it('no document language: a short French scene is guessed French, not English by default', () => {
    const { language, warnings } = resolveLanguage(undefined, () => ['Tu as vu l’heure ? On part !', 'Mais non… on a tout notre temps.', 'C’est toi qui dis ça ! Ça n’attend pas.', 'D’accord. J’arrive.']);
    expect(language).toMatchObject({ tag: 'fr', source: 'guessed' });
    expect(warnings).toEqual([]);
  });
});
