/**
 * The script's language (w:lang, /Lang, config, --lang, guess), pay units and fees (checked by a
 * counter written here, not the tool's), and syllable timing.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../src/measure/language.js';
import { narrationRate, syllableTime } from '../src/measure/timing.js';
import { countWords, normaliseSpace } from '../src/text/words.js';
import { lineCharacters } from '../src/measure/pay.js';
import { readScriptBytes } from '../src/readers/index.js';
import { buildDocx, DEFAULT_STYLES, r } from './helpers/docx-builder.js';
import { runCli } from './helpers/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const run = (args: string[], cwd = root) => runCli(args, cwd);

const json = (args: string[], cwd = root) => {
  const result = run([...args, '--json'], cwd);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
};

const STYLES_FR = DEFAULT_STYLES.replace('<w:sz w:val="22"/>', '<w:sz w:val="22"/><w:lang w:val="fr-FR" w:eastAsia="en-US" w:bidi="ar-SA"/>');
const STYLES_EN = DEFAULT_STYLES.replace('<w:sz w:val="22"/>', '<w:sz w:val="22"/><w:lang w:val="en-US"/>');

const paragraph = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const FRENCH = [
  'Bienvenue dans ce module sur la sécurité. Nous allons voir les règles de base pour travailler sans risque.',
  'Les équipements de protection sont obligatoires dans la zone de stockage et sur les quais de chargement.',
  'Le taux de réussite est de 30 % et le module dure 8 minutes.',
];

describe('language from the document', () => {
  it('DOCX: the w:lang of the document defaults', async () => {
    const script = await readScriptBytes(buildDocx({ styles: STYLES_FR, body: FRENCH.map((t) => paragraph(r(t))).join('') }), 'fr.docx');
    expect(script.language).toBe('fr-FR');
  });

  it('DOCX: the language most of the text is marked with, through styles and direct formatting', async () => {
    const styles =
      STYLES_FR +
      '<w:style w:type="character" w:styleId="English"><w:name w:val="English"/><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:style>';
    const body = [
      paragraph(r('Short French heading')),
      paragraph(r('A long English paragraph that carries most of the characters of this little script, marked by style.', '<w:rStyle w:val="English"/>')),
      paragraph(r('Another English sentence marked directly, long enough to outweigh the heading.', '<w:lang w:val="en-GB"/>')),
    ].join('');
    const script = await readScriptBytes(buildDocx({ styles, body }), 'mixed.docx');
    expect(script.language).toBe('en-GB');
  });

  it('DOCX without w:lang: no declared language', async () => {
    const script = await readScriptBytes(buildDocx({ body: paragraph(r('Hello there.')) }), 'none.docx');
    expect(script.language).toBeUndefined();
  });

  it('PDF: the catalog /Lang (written by pdf-lib)', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage([400, 200]).drawText('Bonjour et bienvenue.', { x: 40, y: 120, size: 14, font });
    doc.setLanguage('fr-CA');
    const script = await readScriptBytes(await doc.save(), 'lang.pdf');
    expect(script.language).toBe('fr-CA');
  });

  it('PDF exported by LibreOffice from the French sample DOCX carries /Lang fr-FR', async () => {
    const script = await readScriptBytes(new Uint8Array(readFileSync(join(root, 'samples/fr-elearning/module-securite.pdf'))), 'module-securite.pdf');
    expect(script.language).toBe('fr-FR');
  });
});

describe('language in force', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-lang-'));
  writeFileSync(join(dir, 'declared-en.docx'), buildDocx({ styles: STYLES_EN, body: FRENCH.map((t) => paragraph(r(t, '<w:color w:val="404040"/>'))).join('') }));
  writeFileSync(join(dir, 'undeclared.docx'), buildDocx({ body: FRENCH.map((t) => paragraph(r(t, '<w:color w:val="404040"/>'))).join('') }));

  it('from its words when they plainly say another language than the document, with a warning', () => {
    const report = json(['summary', 'declared-en.docx'], dir);
    expect(report.language).toEqual({ tag: 'fr', code: 'fr', name: 'French', source: 'guessed', spokenForms: true });
    expect(report.warnings.map((w: { code: string }) => w.code)).toContain('language-from-text');
    expect(report.warnings.map((w: { code: string }) => w.code)).not.toContain('language-mismatch');
    expect(report.voices[0].lines[2].spoken).toBe('Le taux de réussite est de trente pour cent et le module dure huit minutes.');
  });

  it('--lang overrides the document', () => {
    const report = json(['lines', 'declared-en.docx', '--lang', 'fr'], dir);
    expect(report.language).toMatchObject({ tag: 'fr', source: '--lang' });
    expect(report.warnings.map((w: { code: string }) => w.code)).not.toContain('language-mismatch');
    expect(report.warnings.map((w: { code: string }) => w.code)).not.toContain('language-from-text');
    expect(report.voices[0].lines[2].spoken).toBe('Le taux de réussite est de trente pour cent et le module dure huit minutes.');
    expect(run(['lines', 'declared-en.docx', '--lang', 'not a code'], dir).code).toBe(2);
  });

  it('the config language comes next; --lang still wins', () => {
    writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  Narrateur: { color: "#404040" }\nlanguage: fr-BE\n');
    try {
      expect(json(['summary', 'declared-en.docx'], dir).language).toMatchObject({ tag: 'fr-BE', source: 'config' });
      expect(json(['summary', 'declared-en.docx', '--lang', 'en-GB'], dir).language).toMatchObject({ tag: 'en-GB', source: '--lang' });
    } finally {
      writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  Narrateur: { color: "#404040" }\n');
    }
  });

  it('guessed from the text when nothing declares it, and said so', () => {
    const report = json(['summary', 'undeclared.docx'], dir);
    expect(report.language).toMatchObject({ code: 'fr', source: 'guessed' });
    expect(run(['summary', 'undeclared.docx'], dir).stdout).toContain('Language: French (fr, guessed from the text; set it with --lang)');
  });

  it('guesses need enough words to go on', () => {
    expect(guessLanguage(['The cat.'])).toBeNull();
    expect(guessLanguage(['Der Hund und die Katze sind nicht im Haus, sie sind mit dem Kind auf der Straße und es ist ein schöner Tag für die Familie.'])).toBe('de');
    expect(guessLanguage(['El perro y la casa de los niños con el gato en la calle, y no se ve por la ventana del salón para la familia.'])).toBe('es');
  });
});

/** Characters of a line as the dubbing grid counts them, written here independently of the tool. */
function gridCharacters(line: string): number {
  return Array.from(line.normalize('NFC').replace(/\s+/gu, ' ').trim()).length;
}

interface Expected {
  voices: Record<string, { lines: string[]; words: number }>;
}

describe.each([
  ['fr-elearning', 'module-securite.docx'],
  ['en-commercial', 'spring-sale.docx'],
] as const)('pay units on samples/%s', (sample, file) => {
  const expected = JSON.parse(readFileSync(join(root, 'samples', sample, 'expected.json'), 'utf8')) as Expected;
  const report = json(['summary', `samples/${sample}/${file}`]);

  it('characters and dubbing lines per voice (50 characters a line, any remainder one more)', () => {
    for (const voice of report.voices) {
      const characters = expected.voices[voice.name]!.lines.reduce((sum, line) => sum + gridCharacters(line), 0);
      expect(voice.characters).toBe(characters);
      expect(voice.dubbingLines).toBe(Math.floor(characters / 50) + (characters % 50 ? 1 : 0));
    }
  });

  it('finished minutes and hours from the estimated time', () => {
    for (const voice of report.voices) {
      expect(voice.finishedMinutes).toBe(Math.round((voice.seconds / 60) * 100) / 100);
      expect(voice.finishedHours).toBe(Math.round((voice.seconds / 3600) * 1000) / 1000);
    }
  });

  it('a rate card gives every voice a fee: the global card, a voice card over it, the minimum', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-fee-'));
    copyFileSync(join(root, 'samples', sample, file), join(dir, file));
    const config = JSON.parse(JSON.stringify(sample === 'fr-elearning' ? FR_CONFIG : EN_CONFIG));
    const [first, second] = Object.keys(config.voices);
    config.rates = { per: 'word', rate: 0.2, minimum: 50, currency: 'EUR' };
    config.voices[first].rates = { per: 'dubbing-line', rate: 3.5 };
    config.voices[second].rates = { per: 'finished-minute', rate: 1, minimum: 75 };
    writeFileSync(join(dir, 'vo-lines.config.json'), JSON.stringify(config));
    const priced = json(['summary', file], dir);
    const total = new Map<string, number>();
    for (const voice of priced.voices) {
      // A voice card that names its own `per` is a card of its own: the global currency, no global minimum.
      const own = config.voices[voice.name].rates;
      const card = own?.per ? { currency: config.rates.currency, minimum: 0, ...own } : config.rates;
      // Per finished minute: the voice's seconds over 60 (the amount on them, the units to 4 decimals), an estimate.
      const exact = { word: expected.voices[voice.name]!.words, 'dubbing-line': voice.dubbingLines, 'finished-minute': voice.seconds / 60 }[card.per as string]!;
      const timed = card.per === 'finished-minute';
      const units = timed ? Math.round(exact * 10000) / 10000 : exact;
      const amount = Math.round(Math.max(card.minimum, card.rate * exact) * 100) / 100;
      const fee = { amount, currency: 'EUR', per: card.per, rate: card.rate, units, minimum: card.minimum, minimumApplied: card.rate * exact < card.minimum, estimated: timed };
      expect(voice.fee).toEqual(timed ? { ...fee, seconds: voice.seconds } : fee);
      total.set('EUR', (total.get('EUR') ?? 0) + amount);
    }
    expect(priced.total.fees).toEqual([{ amount: Math.round(total.get('EUR')! * 100) / 100, currency: 'EUR', estimated: true }]);
    const text = run(['summary', file], dir).stdout;
    // A French script's pay block with a quote is French (summary-pay-fr.test.ts).
    expect(text).toMatch(sample === 'fr-elearning' ? /Unités de paie +Caractères +Lignes de doublage +Minutes finies +Heures finies +Cachet \(estimé\)/ : /Pay units +Characters +Dubbing lines +Finished minutes +Finished hours +Fee \(est\.\)/);
    const exported = JSON.parse(readFileSync((run(['export', file, '-o', 'out.json'], dir), join(dir, 'out.json')), 'utf8'));
    expect(exported.voices.map((v: { fee: unknown }) => v.fee)).toEqual(priced.voices.map((v: { fee: unknown }) => v.fee));
  });
});

const FR_CONFIG = { voices: { Narrateur: { color: '#404040' }, Formatrice: { color: '#1F4E79' }, Apprenant: { color: '#00B050' } }, unassigned: ['#000000'] };
const EN_CONFIG = { voices: { Announcer: { highlight: 'yellow' }, Customer: { highlight: 'green' } }, unassigned: ['#000000', 'lightGray'] };

describe('rate cards in the config', () => {
  it('refuses an incomplete or unknown card, naming the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-rates-'));
    copyFileSync(join(root, 'samples/fr-elearning/module-securite.docx'), join(dir, 'script.docx'));
    const refuse = (rates: unknown, message: string) => {
      writeFileSync(join(dir, 'vo-lines.config.json'), JSON.stringify({ ...FR_CONFIG, rates }));
      const result = run(['summary', 'script.docx'], dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
    };
    refuse({ per: 'page', rate: 1, currency: 'EUR' }, '"rates.per" must be word, finished-minute, finished-hour, dubbing-line');
    refuse({ per: 'word', rate: 0.2 }, '"rates.currency" is missing: a rate card needs a currency code such as EUR, USD or GBP.');
    refuse({ per: 'word', rate: -1, currency: 'EUR' }, '"rates.rate" must be a positive number');
    refuse({ per: 'word', rate: 1, currency: 'EUR', tip: 3 }, 'unknown field "rates.tip"');
  });
});

// A plain English e-learning narration, not the text the narration factor was calibrated on
// (scripts/calibrate-syllables.mjs), and a French one.
const ENGLISH = `Every customer who contacts us deserves a clear answer and a friendly voice. In this lesson, we will look at how to handle a complaint from the first message to the final follow-up. Start by listening carefully. Let the customer explain the problem in their own words, and resist the urge to interrupt. When they have finished, summarise what you heard, so they know you understood. Next, apologise for the inconvenience, even if the problem was not caused by our team. An apology is not an admission of fault; it simply shows that you care. Then explain what you will do, and when. Be realistic: it is better to promise a reply by tomorrow and deliver it today than the other way around. Finally, record the complaint in the system, with the details and the agreed next steps. This helps your colleagues if the customer calls back, and it helps us spot patterns and fix them for good.`;
const FRENCH_TEXT = `Dans ce module, vous allez apprendre à installer votre nouveau poste de travail. D'abord, vérifiez que votre chaise est à la bonne hauteur. Vos pieds doivent reposer à plat sur le sol, et vos genoux doivent être au niveau de vos hanches. Ensuite, placez l'écran à environ une longueur de bras, le haut de l'écran à hauteur des yeux. Faites une courte pause toutes les heures. Levez-vous, étirez-vous, et regardez au loin pendant quelques secondes.`;

describe('timing by syllables', () => {
  const wpmOf = (text: string, code: string) => countWords(text) / (syllableTime(text, code, narrationRate(code)).seconds / 60);

  it('plain English e-learning narration comes out within 5% of the 150 wpm preset', () => {
    expect(Math.abs(wpmOf(ENGLISH, 'en') - 150) / 150).toBeLessThan(0.05);
  });

  it('French is timed at its own rate, not the English one', () => {
    expect(narrationRate('fr')).toBeGreaterThan(narrationRate('en'));
    const french = syllableTime(FRENCH_TEXT, 'fr', narrationRate('fr')).seconds;
    const asEnglish = syllableTime(FRENCH_TEXT, 'fr', narrationRate('en')).seconds;
    expect(french).toBeLessThan(asEnglish * 0.9);
  });

  it('--timing syllables in the report: per voice syllables and rate, a pace preset scales the rate', () => {
    const words = json(['summary', 'samples/fr-elearning/module-securite.docx']);
    const syllables = json(['summary', 'samples/fr-elearning/module-securite.docx', '--timing', 'syllables']);
    expect(syllables.timing).toEqual({ method: 'syllables', syllablesPerSecond: narrationRate('fr') });
    expect(syllables.voices[0].syllablesPerSecond).toBe(narrationRate('fr'));
    expect(syllables.voices[0].syllables).toBeGreaterThan(syllables.voices[0].spokenWords);
    expect(syllables.voices[0].seconds).not.toBe(words.voices[0].seconds);
    const slow = json(['summary', 'samples/fr-elearning/module-securite.docx', '--timing', 'syllables', '--pace', 'documentary']);
    expect(slow.voices[0].syllablesPerSecond).toBe(Math.round(narrationRate('fr') * (120 / 150) * 100) / 100);
    expect(slow.voices[0].seconds).toBeGreaterThan(syllables.voices[0].seconds);
  });
});

describe('characters of a line', () => {
  // The definition: NFC, whitespace runs as one space, ends trimmed, counted in code points. Plain
  // ASCII lines are counted by their length without it: both ways must agree.
  const reference = (text: string) => [...normaliseSpace(text).normalize('NFC')].length;
  const PIECES = ['a', 'Z', '9', '.', ' ', ' ', ' ', '  ', '\t', '\u00A0', 'é', 'e\u0301', '𝒜', '😀', '—', '~', '\u007F', '\u0085'];

  it('agrees with its definition on 3,000 random lines', () => {
    let seed = 5;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) % n;
    for (let k = 0; k < 3000; k++) {
      const text = Array.from({ length: random(24) }, () => PIECES[random(PIECES.length)]).join('');
      expect(lineCharacters(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});
