/**
 * A legend's sentence that a kind of text is not recorded by how it is written (legend-directions.ts):
 * "Directions in [square brackets] are not recorded", "Les indications entre crochets ne sont pas
 * enregistrées", "Anything in (brackets) is not read" — applied: a paragraph wholly in those brackets is
 * nobody's line, words in them inside a line are not spoken, said by `legend-directions-applied`. A
 * sentence about a look ("Underlined words are not recorded") is not applied, and said
 * (`legend-directions-not-applied`). Fixtures: scripts/build-legend-directions-fixtures.py.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseScript } from '../src/pipeline.js';
import { readScript } from '../src/readers/index.js';
import { parseConfigText } from '../src/config/parse.js';
import { legendDirections } from '../src/attribute/legend-directions.js';
import { ROOT } from './helpers/cli.js';

const DIR = join(ROOT, 'tests/fixtures/legend-directions');

async function analyse(name: string, config?: string) {
  const script = await readScript(join(DIR, name));
  const voiceMap = config === undefined ? null : (await parseConfigText(config, 'vo-lines.config.yaml')).voiceMap;
  return analyseScript(script, { voiceMap });
}

/** Each voice's lines, words and spoken words; the legend's direction warnings (message and details). */
async function outcome(name: string, config?: string) {
  const { casting, report } = await analyse(name, config);
  return {
    voices: report.voices.map((v) => `${v.name}: ${v.lines.length} lines, ${v.words} words, ${v.spokenWords} spoken`),
    nobody: casting.lines.filter((l) => l.voice === null).map((l) => l.text),
    warnings: casting.warnings.filter((w) => w.code.startsWith('legend-directions')).map((w) => ({ code: w.code, message: w.message, details: w.details })),
    codes: casting.warnings.map((w) => w.code),
  };
}

describe('a legend saying text in brackets is not recorded', () => {
  it('leaves bracketed paragraphs in the voice colour out of the voice, and bracketed words in lines unspoken (EN, DOCX and PDF)', async () => {
    for (const [file, where] of [['en-square.docx', '¶2'], ['en-square.pdf', 'p.1 ¶2']] as const) {
      const got = await outcome(file);
      expect(got.voices).toEqual(['Narrator: 3 lines, 25 words, 25 spoken', 'Learner: 2 lines, 20 words, 20 spoken', 'Coach: 2 lines, 24 words, 23 spoken']);
      expect(got.nobody).toEqual([
        'Forklift Safety — Module 2',
        '[Screen 1: logo animation, music up then under]',
        '[Screen 2: aerial view of aisle 14]',
        '[Screen 3: quiz]',
        '[Music out.]',
      ]);
      expect(got.warnings).toEqual([
        {
          code: 'legend-directions-applied',
          message: `The legend at ${where} says "Directions in [square brackets] are not recorded.": text in [square brackets] is left out of the voices' words: 4 paragraphs wholly in them (20 words, in Narrator's colour) are nobody's line; 1 word in them inside 1 voice's line is not spoken.`,
          details: { sentence: 'Directions in [square brackets] are not recorded.', brackets: ['[]'], paragraphs: 4, paragraphWords: 20, voices: ['Narrator'], linesWithBrackets: 1, wordsInLines: 1 },
        },
      ]);
      // The bracketed paragraphs, nobody's on purpose and said, are not also said as a colour no voice has.
      expect(got.codes).not.toContain('unknown-colour');
    }
  });

  it('reads the French sentence ("entre crochets ne sont pas enregistrées"), over several voices (DOCX and PDF)', async () => {
    for (const file of ['fr-crochets.docx', 'fr-crochets.pdf']) {
      const got = await outcome(file);
      expect(got.voices).toEqual(['Narratrice: 2 lines, 22 words, 22 spoken', 'Client: 1 lines, 7 words, 7 spoken', 'Conseillère: 1 lines, 13 words, 12 spoken']);
      expect(got.nobody.slice(1)).toEqual(['[Musique : guitare acoustique, ambiance jardin]', '[Bruit de tondeuse qui démarre]', '[Musique : fin]']);
      expect(got.warnings.map((w) => w.details)).toEqual([
        { sentence: 'Les indications entre crochets ne sont pas enregistrées.', brackets: ['[]'], paragraphs: 3, paragraphWords: 12, voices: ['Narratrice', 'Client'], linesWithBrackets: 1, wordsInLines: 1 },
      ]);
    }
  });

  it('applies "(brackets)" shown in parentheses to parentheses anywhere in a line, not only leading (DOCX and PDF)', async () => {
    for (const file of ['en-parens.docx', 'en-parens.pdf']) {
      const got = await outcome(file);
      expect(got.voices).toEqual(['HOST: 2 lines, 18 words, 18 spoken', 'GUEST: 1 lines, 12 words, 11 spoken']);
      expect(got.nobody.slice(1)).toEqual(['(Music up)']);
      expect(got.warnings.map((w) => w.details)).toEqual([
        { sentence: 'Anything in (brackets) is not read.', brackets: ['()'], paragraphs: 1, paragraphWords: 2, voices: ['HOST'], linesWithBrackets: 1, wordsInLines: 1 },
      ]);
    }
  });

  it('says a sentence about a look is not applied, and counts that text as its colour (DOCX and PDF)', async () => {
    for (const [file, where] of [['en-underlined.docx', '¶2'], ['en-underlined.pdf', 'p.1 ¶2']] as const) {
      const got = await outcome(file);
      expect(got.voices).toEqual(['Narrator: 3 lines, 22 words, 22 spoken', 'Guest: 1 lines, 8 words, 8 spoken']);
      expect(got.warnings).toEqual([
        {
          code: 'legend-directions-not-applied',
          message: `The legend at ${where} says "Underlined words are not recorded.", which is not applied: underlined text is counted as the voice of its colour (vo-lines does not read a look as a direction): if it is not recorded, put it in a colour the legend says is not recorded.`,
          details: { sentence: 'Underlined words are not recorded.', notApplied: ['underlined'] },
        },
      ]);
    }
  });

  it('is not applied under a config naming the voices (the config says which brackets are directions)', async () => {
    const got = await outcome('en-square.docx', 'voices:\n  Narrator: { color: "#000000" }\n  Learner: { color: "#0070C0" }\n  Coach: { color: "#00B050" }\n');
    expect(got.warnings).toEqual([]);
    expect(got.voices[0]).toBe('Narrator: 7 lines, 45 words, 25 spoken');
  });
});

describe('the sentences read', () => {
  const read = (text: string, entries?: string[]) => legendDirections(text, entries);
  it('names the brackets in words or shows them, in English and French', () => {
    expect(read('Key: Narrator = black, Learner = blue. Directions in [square brackets] are not recorded.')).toEqual({ sentence: 'Directions in [square brackets] are not recorded.', pairs: ['[]'], notApplied: [] });
    expect(read('Légende : Narratrice = gris. Les indications entre crochets ne sont pas enregistrées.')?.pairs).toEqual(['[]']);
    expect(read('Cast: HOST = blue. Anything in (brackets) is not read.')?.pairs).toEqual(['()']);
    expect(read('Key: A = red. Text in parentheses is not to be read; notes in {braces} are not recorded')?.pairs).toEqual(['()', '{}']);
    expect(read('Voix : A = rouge. Les didascalies entre parenthèses ne sont pas lues.')?.pairs).toEqual(['()']);
    expect(read('Key: A = red. [Square-bracketed] cues: do not record.')?.pairs).toEqual(['[]']);
  });
  it('says what it cannot apply: a look, or brackets of no one kind', () => {
    expect(read('Key: A = red. Anything in italics is not read.')).toEqual({ sentence: 'Anything in italics is not read.', pairs: [], notApplied: ['italics'] });
    expect(read('Key: A = red. Anything in brackets is not recorded.')?.notApplied).toEqual(['brackets']);
    expect(read('Les mots soulignés ne sont pas enregistrés.')?.notApplied).toEqual(['underlined']);
    // Singular French participles end on "é" (an ASCII word boundary never follows it).
    expect(read("Le texte souligné n'est pas enregistré.")?.notApplied).toEqual(['underlined']);
    expect(read("Le texte barré n'est pas lu.")?.notApplied).toEqual(['strikethrough']);
    expect(read('Le texte surligné ne doit pas être lu.')?.notApplied).toEqual(['highlighted']);
  });
  it('reads nothing in a legend with no such sentence, or a sentence that records brackets', () => {
    expect(read('Key: Narrator = black, Learner = blue, Coach = green, black = not recorded')).toBeNull();
    expect(read('Key: Narrator (in brackets the pronunciation) = blue')).toBeNull();
    // A pair holding the legend's own note, not showing itself.
    expect(read('SFX & music (grey, not recorded)')).toBeNull();
    expect(read('Cast: HOST GUEST TAG (plain text is not recorded)')).toBeNull();
    // An entry giving what is not recorded a colour: the colour says it (legend.ts), not the brackets.
    expect(read('Key: Narrator = blue; Instructions in brackets = grey (not recorded)', ['Instructions in brackets'])).toBeNull();
    expect(read('Key: Narrator = blue; Instructions in brackets = grey (not recorded)')?.notApplied).toEqual(['brackets']);
  });
});
