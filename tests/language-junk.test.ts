/**
 * The language guess rests on real words only (measure/language.ts leaderOf, wordsIn): junk in a script —
 * a runaway "word" of random letters and brackets, a base64 image pasted as text, a hex dump and UUIDs, a
 * JavaScript/JSON snippet, a table of product codes, URLs — is no evidence of a language. Its short pieces
 * (`a`, `e`, `o`, `de`, `da`, `do`, `no`, `na`) read as Portuguese function words, and the script was read
 * as Portuguese (`language-from-text`), a voice of junk guessed Portuguese (`voice-language-guessed`).
 * Fixtures: scripts/build-lang4-fixtures.py (python-docx); the runaway word is built here (200,000 random
 * characters no zip shrinks) with tests/helpers/docx-builder.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../src/pipeline.js';
import { guessLanguage } from '../src/measure/language.js';
import { buildDocx, p, r } from './helpers/docx-builder.js';

const DIR = join(__dirname, 'fixtures', 'lang4');

/** The language, where it came from, and every warning about languages, with its details. */
async function languageOf(bytes: Uint8Array, name: string) {
  const { report } = await analyseBytes(bytes, name, { config: null });
  return {
    language: `${report.language.tag} ${report.language.source}`,
    warnings: report.warnings.filter((w) => /language/.test(w.code)).map((w) => ({ code: w.code, details: w.details })),
  };
}

/**
 * `count` random letters and [ ] with no space: tests/budget.test.ts runawayWord's generator in exact integers
 * (BigInt; its doubles round `seed * 1103515245` and give another sequence), as
 * scripts/build-lang4-fixtures.py runaway() computes it: the sequence whose pieces the guess read as Portuguese.
 */
function runaway(count: number): string {
  let seed = 7n;
  let word = '';
  for (let i = 0; i < count; i++) {
    seed = (seed * 1103515245n + 12345n) % 2147483648n;
    word += 'abcdefghijklmnopqrstuvwxyz[]'[Number(seed / 65536n) % 28];
  }
  return word;
}

/** tests/budget.test.ts's small commercial script (its last blue line "Everything. " and the runaway word), its document marked `tag` (none: unmarked). */
function runawayScript(tag: string | null, lines: readonly string[]): Uint8Array {
  const blue = '<w:color w:val="0000FF"/>';
  const red = '<w:color w:val="FF0000"/>';
  const lang = tag ? `<w:lang w:val="${tag}"/>` : '';
  return buildDocx({
    styles: `<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/>${lang}</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>`,
    body: [...lines.map((line, k) => p(r(line, k % 2 ? red : blue))), p(r(`Everything. ${runaway(200_000)}`, blue))].join(''),
  });
}

const ENGLISH = ['Spring is here, and so is our biggest sale of the year.', 'Wait, everything in the garden center?'];
const FRENCH = [
  'Le printemps est là, et avec lui notre plus grande vente de l’année.',
  'Attendez, tout le magasin ?',
  'Nos conseillers sont là pour vous aider à choisir les plantes qui conviennent à votre jardin.',
  'Et pour les enfants, un atelier de jardinage est prévu dans la serre du magasin.',
];

describe('a runaway word of random letters and brackets is no language', () => {
  it('en-US: English, as the document says (was Portuguese, language-from-text by words)', async () => {
    expect(await languageOf(runawayScript('en-US', ENGLISH), 'runaway.docx')).toEqual({ language: 'en-US document', warnings: [] });
  });

  it('fr-FR: French, as the document says (was Portuguese)', async () => {
    expect(await languageOf(runawayScript('fr-FR', FRENCH.slice(0, 2)), 'runaway.docx')).toEqual({ language: 'fr-FR document', warnings: [] });
  });

  it('unmarked, two short English lines: English by default, too short to guess (was Portuguese, guessed)', async () => {
    expect(await languageOf(runawayScript(null, ENGLISH), 'runaway.docx')).toEqual({ language: 'en default', warnings: [] });
  });

  it('French lines under en-US beside it: French, from their words, as without the junk', async () => {
    const expected = { language: 'fr guessed', warnings: [{ code: 'language-from-text', details: { declared: 'en-US', guessed: 'fr', by: 'words' } }] };
    expect(await languageOf(runawayScript('en-US', FRENCH), 'runaway.docx')).toEqual(expected);
  });
});

const JUNK = ['base64', 'base64-wrapped', 'hex', 'code', 'sku', 'urls'];
const FR_GUESSED = { language: 'fr guessed', warnings: [{ code: 'language-from-text', details: { declared: 'en-US', guessed: 'fr', by: 'words' } }] };
const EXPECTED: Record<string, { language: string; warnings: { code: string; details: unknown }[] }> = {
  'en-us': { language: 'en-US document', warnings: [] },
  'fr-fr': { language: 'fr-FR document', warnings: [] },
  untagged: { language: 'en guessed', warnings: [] },
  'fr-in-en-us': FR_GUESSED,
};

describe('junk pasted beside a few real lines: the real lines\' language, nothing claimed of the junk', () => {
  const cases = JUNK.flatMap((junk) => Object.keys(EXPECTED).map((variant) => [`${junk}-${variant}.docx`, variant] as const));
  it.each(cases)('%s', async (file, variant) => {
    expect(await languageOf(readFileSync(join(DIR, file)), file)).toEqual(EXPECTED[variant]);
  });
});

describe('guessLanguage: junk alone is no language, short real paragraphs keep their guess', () => {
  it.each([
    ['a runaway word', [runaway(20_000)]],
    ['the runaway word cut in runs of 40 by spaces', [runaway(20_000).replace(/(.{40})/g, '$1 ')]],
    ['hex pairs of letters', ['de ad be ef ca fe ba be de ad be ef da da de da', 'a0 e0 0a de da ad de da ba be fa ce de da db da']],
    ['initials', ['A. E. O. D. A. E. O. A. E. O. A. E. O.', 'J. A. de O. e A. da S. do N.']],
    ['product codes', Array.from({ length: 30 }, (_, k) => `SKU-A-00${k}  DE-A  ${k % 2 ? 'A' : 'E'} DA  1${k}.50 EUR`)],
    ['a JSON snippet', ['{ "id": "a", "lang": "de", "name": "do", "type": "o", "os": "da", "um": "em" }', '{ "id": "e", "lang": "da", "name": "no", "is": "as", "com": "dos" }']],
    ['URLs', ['https://www.example.com/a/de/do/da/no/na/o/e/index.html?lang=de&a=o&e=da#no', 'www.loja.com.br/pt/a/o/e/os/as/um/uma/em/para/com/nao/no/na/se/por/mais/dos/das']],
  ])('%s: null', (_, texts) => {
    expect(guessLanguage(texts)).toBeNull();
  });

  it.each([
    ['en', 'We are open from eight thirty to six, Monday to Saturday, so come and see us with the whole family for the best deals of the year.'],
    ['fr', 'Cette semaine, profitez d’une remise sur tout le magasin : la tondeuse est en promotion et le magasin vous accueille dès huit heures.'],
    ['de', 'Der Hund und die Katze sind nicht im Haus, sie sind mit dem Kind auf der Straße und es ist ein schöner Tag für die Familie.'],
    ['es', 'El perro y la casa de los niños con el gato en la calle, y no se ve por la ventana del salón para la familia.'],
    ['it', 'Questo negozio è aperto tutti i giorni, e per la famiglia che non ha tempo ci sono anche le consegne a casa della città.'],
    ['pt', 'A loja está aberta todos os dias, e para a família que não tem tempo há entregas em casa com um desconto de dez por cento.'],
    ['nl', 'De winkel is elke dag open en voor het gezin dat geen tijd heeft is er ook bezorging aan huis met een korting van tien procent.'],
  ])('%s: a short paragraph', (code, text) => {
    expect(guessLanguage([text])).toBe(code);
  });
});
