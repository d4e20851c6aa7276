/**
 * `vo-lines sides`: the booth script's content (pure, on the samples), then the built CLI: the PDF
 * read back with pdftotext (Poppler) and pdffonts, the DOCX read back by our own reader — every
 * line of the voice in order, each with its cue, headings, directions, page numbers, embedded font,
 * nothing split over pages — and the refusals.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { directionSegments } from '../src/text/directions.js';
import { analyse } from '../src/pipeline.js';
import { readScript } from '../src/readers/index.js';
import { bindTypography, boothScript, type SidesBlock } from '../src/render/sides.js';
import { sidesLabels } from '../src/render/sides-labels.js';
import { formatLocation } from '../src/text/format.js';
import { buildDocx, p, r } from './helpers/docx-builder.js';
import { runCli, shownPath } from './helpers/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const FRENCH = 'samples/fr-elearning/module-securite.docx';
const COMMERCIAL = 'samples/en-commercial/spring-sale.docx';

const run = (args: string[], cwd = root) => runCli(args, cwd, { SOURCE_DATE_EPOCH: '1749686400' });
const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `vo-sides-${name}-`));
/** Whitespace as the lines give it: no-break spaces are spaces. */
const flat = (text: string) => text.replace(/[\s\u00A0\u202F]+/gu, ' ').trim();
/** The no-break spaces made visible: `~` a no-break space, `⍽` a narrow one. */
const shown = (text: string) => text.replace(/\u202F/g, '⍽').replace(/\u00A0/g, '~');

interface VoiceJson {
  name: string;
  lines: { id: string; text: string; cue: { voice: string | null; text: string } | null }[];
}
const voicesOf = (file: string) => (JSON.parse(run(['lines', file, '--json']).stdout) as { voices: VoiceJson[] }).voices;

describe('directions and typography (pure)', () => {
  it('directionSegments: bracketed directions anywhere, parenthesised ones leading, by the voice map’s rules', () => {
    expect(directionSegments('(smiling) Welcome [pause] back')).toEqual([
      { text: '(smiling)', direction: true },
      { text: ' Welcome ', direction: false },
      { text: '[pause]', direction: true },
      { text: ' back', direction: false },
    ]);
    expect(directionSegments('Hi (aside) there')).toEqual([{ text: 'Hi (aside) there', direction: false }]);
    expect(directionSegments('[slow] (warm) Hello', { '[]': 'anywhere', '()': 'off' })).toEqual([
      { text: '[slow]', direction: true },
      { text: ' (warm) Hello', direction: false },
    ]);
  });

  it('bindTypography: no-break spaces before ; ! ? : » %, after «, and inside 1 200', () => {
    const shown = (text: string) => bindTypography(text).replace(/\u202F/g, '⍽').replace(/\u00A0/g, '~');
    expect(shown('« Je passe » : c’est 30 % de 1 200 salariés ? Oui !')).toBe('«~Je passe~»~: c’est 30~% de 1⍽200 salariés⍽? Oui⍽!');
    expect(shown('Honestly? I want a lawn: now! Call 555 0142.')).toBe('Honestly? I want a lawn: now! Call 555 0142.');
  });

  it('bindTypography: a figure stays with its unit, currency or hour (1 234,50 €, 14 h 30, 5 km, 20 °C), not with a word', () => {
    const shown = (text: string) => bindTypography(text).replace(/\u202F/g, '⍽').replace(/\u00A0/g, '~');
    expect(shown('Rendez-vous à 14 h 30 : le prix est de 1 234,50 € pour 5 km à 20 °C.')).toBe('Rendez-vous à 14~h~30~: le prix est de 1⍽234,50~€ pour 5~km à 20~°C.');
    expect(shown('Pendant 10 min, puis 3 s de pause ; 2 Go au plus, 8 h maximum.')).toBe('Pendant 10~min, puis 3~s de pause⍽; 2~Go au plus, 8~h maximum.');
    expect(shown('Il a 3 hamsters et 2 minutes, 4 messages.')).toBe('Il a 3 hamsters et 2 minutes, 4 messages.');
  });
});

describe('the booth script’s content (pure)', () => {
  it('Narrateur: headings when the screen changes, each line numbered with its ID, place, cue and the directions before it', async () => {
    const { report, voiceMap } = await analyse(join(root, FRENCH));
    const voice = report.voices.find((v) => v.name === 'Narrateur')!;
    const script = boothScript(report, voice, { date: '2025-06-12', script: FRENCH, directions: voiceMap!.directions });
    expect([script.voice, script.lineCount, script.words, script.seconds, script.wpm]).toEqual(['Narrateur', 13, 394, 159.6, 150]); // 399 spoken words: its figures said in full
    const lines = script.blocks.filter((b): b is Extract<SidesBlock, { kind: 'line' }> => b.kind === 'line');
    expect(lines.map((l) => l.id)).toEqual(voice.lines.map((l) => l.id));
    expect(lines.map((l) => flat(l.segments.map((s) => s.text).join('')))).toEqual(voice.lines.map((l) => l.text));
    const outline = script.blocks.map((b) => (b.kind === 'heading' ? `# ${flat(b.title)}` : `${b.number} ${b.location}${b.cue ? ` < ${b.cue.voice}` : ''}${b.directions.length ? ` [${b.directions.length}]` : ''}`));
    expect(outline).toEqual([
      '# Écran 1 — Introduction',
      '1 ¶7 [1]',
      '2 ¶8',
      '# Écran 2 — Quelques chiffres',
      '3 ¶14 < Formatrice',
      '4 ¶15',
      '# Écran 3 — Les équipements de protection',
      '5 ¶19 < Formatrice [1]',
      '6 ¶23 < Formatrice',
      '# Écran 4 — Circuler en sécurité',
      '7 ¶26',
      '8 ¶27',
      '9 ¶30 < Formatrice',
      '# Écran 5 — Storyboard : gestes et postures',
      '10 ¶38 (tableau 1, ligne 2 · Écran 5a, col. 3)',
      '# Écran 6 — En cas d’accident',
      '11 ¶47 < Formatrice',
      '12 ¶51 < Formatrice',
      '# Écran 7 — Conclusion',
      '13 ¶56 < Apprenant',
    ]);
    expect(flat(lines[0]!.directions[0]!)).toBe('[Musique d’ouverture, 3 secondes, puis fondu sous la voix]');
    expect(boothScript(report, voice, { date: '2025-06-12', script: FRENCH, cues: false }).blocks.every((b) => b.kind === 'heading' || b.cue === null)).toBe(true);
  });
});

describe('the booth script’s labels follow the script’s language (pure)', () => {
  const facts = { voice: 'Narrateur', script: 'texte.docx', date: '2025-06-12', lineCount: 13, words: 394, spokenWords: 394, seconds: 157.6, wpm: 150 };

  it('a French script (fr-FR): French labels, with French typography', async () => {
    const { report, voiceMap } = await analyse(join(root, FRENCH));
    expect(report.language.tag).toBe('fr-FR');
    const voice = report.voices.find((v) => v.name === 'Narrateur')!;
    const { labels } = boothScript(report, voice, { date: '2025-06-12', script: FRENCH, directions: voiceMap!.directions });
    expect({ ...labels, title: shown(labels.title), script: shown(labels.script), date: shown(labels.date), summary: shown(labels.summary), directions: shown(labels.directions), colon: shown(labels.colon) }).toEqual({
      language: 'fr',
      title: 'Texte cabine — Narrateur',
      script: `Script~: ${FRENCH}`,
      date: 'Date~: 2025-06-12',
      summary: '13 répliques · 394 mots (399 prononcés) · environ 2:40 à 150 mots/min',
      directions: 'En gris italique~: les indications, non prononcées.',
      subject: 'Texte cabine',
      page: 'Page {page} sur {pages}',
      colon: '~: ',
      continued: '(suite)',
    });
  });

  it('an English script (en-US): the English labels, as before', async () => {
    const { report, voiceMap } = await analyse(join(root, COMMERCIAL));
    expect(report.language.tag).toBe('en-US');
    const voice = report.voices.find((v) => v.name === 'Announcer')!;
    expect(boothScript(report, voice, { date: '2025-06-12', script: COMMERCIAL, directions: voiceMap!.directions }).labels).toEqual({
      language: 'en',
      title: 'Booth script — Announcer',
      script: `Script: ${COMMERCIAL}`,
      date: 'Date: 2025-06-12',
      summary: '13 lines · 243 words (270 spoken) · about 1:41 at 160 wpm',
      directions: 'Grey italics are directions: not spoken.',
      subject: 'Booth script',
      page: 'Page {page} of {pages}',
      colon: ': ',
      continued: '(continued)',
    });
  });

  it('French only for French: de, es, an unknown tag and English get the English labels', () => {
    expect(['fr', 'fr-FR', 'fr-CA', 'FR-be'].map((tag) => sidesLabels(tag, facts).language)).toEqual(['fr', 'fr', 'fr', 'fr']);
    expect(['en', 'en-GB', 'de-DE', 'es', 'und', 'x-klingon', 'french', ''].map((tag) => sidesLabels(tag, facts).language)).toEqual(['en', 'en', 'en', 'en', 'en', 'en', 'en', 'en']);
  });

  it('French plurals: 0 and 1 singular; digits grouped by a narrow no-break space, decimals after a comma', () => {
    const summary = (tag: string, counts: Partial<typeof facts>) => shown(sidesLabels(tag, { ...facts, ...counts }).summary);
    expect(summary('fr', { lineCount: 1, words: 1, spokenWords: 1, seconds: 0.4 })).toBe('1 réplique · 1 mot · environ 0:00 à 150 mots/min');
    expect(summary('fr', { lineCount: 0, words: 0, spokenWords: 0, seconds: 0 })).toBe('0 réplique · 0 mot · environ 0:00 à 150 mots/min');
    expect(summary('fr', { lineCount: 2, words: 2, spokenWords: 1, seconds: 0.8 })).toBe('2 répliques · 2 mots (1 prononcé) · environ 0:01 à 150 mots/min');
    expect(summary('fr', { lineCount: 1200, words: 1200, spokenWords: 12345, seconds: 4938, wpm: 152.5 })).toBe('1⍽200 répliques · 1⍽200 mots (12⍽345 prononcés) · environ 1:22:18 à 152,5 mots/min');
    expect(summary('en', { lineCount: 1, words: 1, spokenWords: 2, seconds: 0.8, wpm: 152.5 })).toBe('1 line · 1 word (2 spoken) · about 0:01 at 152.5 wpm');
    expect(summary('en', { lineCount: 0, words: 1200, spokenWords: 1200, seconds: 480 })).toBe('0 lines · 1,200 words · about 8:00 at 150 wpm');
  });

  it('places in French: p. 2 ¶12, tableau/ligne/col., zone de texte', () => {
    const fr = (location: Parameters<typeof formatLocation>[0]) => shown(formatLocation(location, 'fr'));
    expect(fr({ story: 'body', paragraph: 12, page: 2 })).toBe('p.~2 ¶12');
    expect(fr({ story: 'body', paragraph: 38, cell: { table: 1, row: 2, column: 3 } })).toBe('¶38 (tableau 1, ligne 2, col. 3)');
    // A row its table's number column numbers: the number beside it, as the page writes it.
    expect(fr({ story: 'body', paragraph: 38, cell: { table: 1, row: 2, column: 3, numbered: 'Écran 5a' } })).toBe('¶38 (tableau 1, ligne 2 · Écran 5a, col. 3)');
    expect(fr({ story: 'body', paragraph: 9, cell: { table: 1, row: 2, column: 3, rows: 2, numbered: 'N° 1–2' } })).toBe('¶9 (tableau 1, lignes 2–3 · N° 1–2, col. 3)');
    expect(fr({ story: 'textbox', paragraph: 3 })).toBe('¶3 (zone de texte)');
    expect(fr({ story: 'footnote', paragraph: 4 })).toBe('¶4 (note de bas de page)');
    expect(formatLocation({ story: 'body', paragraph: 12, page: 2 })).toBe('p.2 ¶12');
    expect(formatLocation({ story: 'footnote', paragraph: 4 })).toBe('¶4 (footnote)');
  });
});

const poppler = !spawnSync('pdftotext', ['-v']).error;

describe.skipIf(!poppler)('sides FILE --voice NAME: the PDF (pdftotext)', () => {
  const dir = tempDir('pdf');
  const result = run(['sides', FRENCH, '--voice', 'narrateur', '-o', join(dir, 'narrateur.pdf')]);
  const pdf = join(dir, 'narrateur.pdf');
  const text = () => spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;

  it('says what it wrote; the file is a PDF with the font embedded, A4 portrait', () => {
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`Wrote ${shownPath(pdf)}: booth script for Narrateur (13 lines, 394 words).`);
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout;
    for (const face of ['SourceSans3-Regular', 'SourceSans3-Bold', 'SourceSans3-Italic']) expect(fonts).toMatch(new RegExp(`\\+${face} +CID TrueType +Identity-H +yes +yes +yes`));
    expect(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout).toMatch(/Page size: +595\.28 x 841\.89 pts \(A4\)/);
  });

  it('header: script, voice, date, lines, words and time, in French for a French script', () => {
    // pdftotext gives every space as a space (the pure test and the DOCX's check the no-break ones).
    const head = text().split('\n').slice(0, 12).filter((l) => l.trim());
    expect(head).toEqual([
      `Narrateur — ${FRENCH}`,
      '2025-06-12',
      'Texte cabine — Narrateur',
      `Script : ${FRENCH}`,
      'Date : 2025-06-12',
      '13 répliques · 394 mots (399 prononcés) · environ 2:40 à 150 mots/min',
      'En gris italique : les indications, non prononcées.',
      'Écran 1 — Introduction',
      '#1 · ¶7 · ID af8e9dfd',
    ]);
    expect(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout).toMatch(/^Subject: +Texte cabine$/m);
  });

  it('every line of the voice, in order, each after its cue; every page numbered; no line split over two pages', () => {
    const pages = text().split('\f').slice(0, -1);
    // pdftotext joins "faites-" at a line's end with "vous" and drops the hyphen: compare without hyphens.
    const plain = (t: string) => flat(t).replace(/-/g, '');
    const all = plain(pages.join(' '));
    const narrateur = voicesOf(FRENCH).find((v) => v.name === 'Narrateur')!;
    let from = 0;
    narrateur.lines.forEach((line, i) => {
      const meta = all.indexOf(`#${i + 1} · `, from);
      expect(meta).toBeGreaterThanOrEqual(from);
      if (line.cue) expect(all.indexOf(plain(`${line.cue.voice} : ${line.cue.text}`), meta)).toBeGreaterThan(meta);
      const at = all.indexOf(plain(line.text), meta);
      expect(at).toBeGreaterThan(meta);
      from = at + plain(line.text).length;
      // The whole line on one page.
      expect(pages.filter((page) => plain(page).includes(plain(line.text)))).toHaveLength(1);
    });
    expect(pages).toHaveLength(5);
    pages.forEach((page, i) => expect(flat(page)).toContain(`Page ${i + 1} sur 5`));
    // French typography held: no printed line starts with the punctuation a no-break space binds.
    expect(text().split('\n').filter((l) => /^[?!:;»%]/.test(l.trim()))).toEqual([]);
  });

  it('--no-cues leaves the cues out; --paper letter', () => {
    const out = join(dir, 'bare.pdf');
    expect(run(['sides', FRENCH, '--voice', 'Narrateur', '--no-cues', '--paper', 'letter', '-o', out]).code).toBe(0);
    const bare = flat(spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout);
    expect(bare).not.toContain('Formatrice :');
    expect(bare).not.toContain('Apprenant :');
    expect(spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout).toMatch(/Page size: +612 x 792 pts \(letter\)/);
  });
});

describe('sides --all -o OUT.docx: one Word booth script per voice, read back by our own reader', () => {
  const dir = tempDir('docx');
  const result = run(['sides', COMMERCIAL, '--all', '-o', join(dir, 'spring.docx')]);
  const voices = voicesOf(COMMERCIAL);

  it('one file per voice, named OUT-<voice>.docx', () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `Wrote ${shownPath(join(dir, 'spring-Announcer.docx'))}: booth script for Announcer (13 lines, 243 words).\n` +
        `Wrote ${shownPath(join(dir, 'spring-Customer.docx'))}: booth script for Customer (7 lines, 50 words).\n`,
    );
    expect(readdirSync(dir).sort()).toEqual(['spring-Announcer.docx', 'spring-Customer.docx']);
  });

  for (const name of ['Announcer', 'Customer']) {
    it(`${name}: exactly the voice's lines in order, each after its cue, under the spot headings`, async () => {
      const script = await readScript(join(dir, `spring-${name}.docx`));
      const paragraphs = script.paragraphs.filter((p) => p.location.story === 'body').map((p) => flat(p.runs.map((r) => r.text).join('')));
      const voice = voices.find((v) => v.name === name)!;
      expect(paragraphs.slice(0, 5)).toEqual([`Booth script — ${name}`, `Script: ${COMMERCIAL}`, 'Date: 2025-06-12', expect.stringMatching(new RegExp(`^${voice.lines.length} lines · `)), 'Grey italics are directions: not spoken.']);
      const lineParagraphs = paragraphs.filter((p) => voice.lines.some((l) => l.text === p));
      expect(lineParagraphs).toEqual(voice.lines.map((l) => l.text));
      let from = 0;
      voice.lines.forEach((line, i) => {
        const at = paragraphs.indexOf(line.text, from);
        expect(paragraphs[at - (line.cue ? 2 : 1)]).toMatch(new RegExp(`^#${i + 1} · ¶\\d+ · ID ${line.id}$`));
        if (line.cue) expect(paragraphs[at - 1]).toBe(flat(`${line.cue.voice}: ${line.cue.text}`));
        from = at + 1;
      });
      expect(paragraphs.filter((p) => p.startsWith('Spot '))).toEqual(['Spot 1 — “Weekend Plans” — :30', 'Spot 2 — “Garden Center” — :60', 'Spot 3 — “Last Chance” — :30']);
    });
  }

  it('the font is embedded, lines keep with their cue and are not split, the footer numbers the pages', () => {
    const parts = unzipSync(readFileSync(join(dir, 'spring-Customer.docx')));
    expect(Object.keys(parts).filter((n) => n.startsWith('word/fonts/')).length).toBe(3);
    const fontTable = strFromU8(parts['word/fontTable.xml']!);
    expect(fontTable).toContain('w:name="Source Sans 3"');
    for (const face of ['embedRegular', 'embedBold', 'embedItalic']) expect(fontTable).toContain(`<w:${face} `);
    expect(strFromU8(parts['word/settings.xml']!)).toContain('<w:embedTrueTypeFonts/>');
    const document = strFromU8(parts['word/document.xml']!);
    // The cue paragraphs keep with the next one (the line) and are not split; so are the lines.
    const cue = /<w:p>(?:(?!<\/w:p>)[\s\S])*?This weekend, your backyard called(?:(?!<\/w:p>)[\s\S])*<\/w:p>/.exec(document)![0];
    expect(cue).toContain('<w:keepNext/>');
    expect(cue).toContain('<w:keepLines/>');
    const footer = Object.entries(parts).find(([n]) => /^word\/footer\d*\.xml$/.test(n))![1];
    expect(strFromU8(footer)).toMatch(/PAGE[\s\S]*NUMPAGES/);
    // Lines set at 16 pt (32 half-points).
    expect(document).toMatch(/<w:sz w:val="32"\/>(?:(?!<\/w:r>)[\s\S])*Free seed\? Okay\./);
  });
});

describe('sides: the labels in the script’s language, --lang to choose it', () => {
  const dir = tempDir('lang');
  /** The words of a DOCX footer in order, its fields by their instruction: `Page `, `PAGE`, ` of `, `NUMPAGES`. */
  const footerOf = (file: string) => {
    const parts = unzipSync(readFileSync(file));
    const footer = strFromU8(Object.entries(parts).find(([n]) => /^word\/footer\d*\.xml$/.test(n))![1]);
    return [...footer.matchAll(/<w:(?:t|instrText)(?: [^>]*)?>([^<]*)</g)].map((m) => m[1]);
  };
  const descriptionOf = (file: string) => /<dc:description>([^<]*)<\/dc:description>/.exec(strFromU8(unzipSync(readFileSync(file))['docProps/core.xml']!))?.[1];
  const headOf = async (file: string) => {
    const script = await readScript(file);
    return script.paragraphs.filter((p) => p.location.story === 'body').slice(0, 5).map((p) => shown(p.runs.map((r) => r.text).join('')));
  };

  it('a French script as DOCX: the French header, « Page » PAGE « sur » NUMPAGES in the footer, the French subject', async () => {
    const out = join(dir, 'narrateur.docx');
    expect(run(['sides', FRENCH, '--voice', 'Narrateur', '-o', out]).code).toBe(0);
    expect(await headOf(out)).toEqual([
      'Texte cabine — Narrateur',
      `Script~: ${FRENCH}`,
      'Date~: 2025-06-12',
      '13 répliques · 394 mots (399 prononcés) · environ 2:40 à 150 mots/min',
      'En gris italique~: les indications, non prononcées.',
    ]);
    expect(footerOf(out)).toEqual(['Page ', 'PAGE', ' sur ', 'NUMPAGES']);
    expect(descriptionOf(out)).toBe('Texte cabine');
    // The cue's speaker, a French colon after it.
    const document = strFromU8(unzipSync(readFileSync(out))['word/document.xml']!);
    expect(document).toContain('<w:t xml:space="preserve">Formatrice\u00A0: </w:t>');
  });

  it('an English script as DOCX: the English footer and subject, as before', () => {
    const out = join(dir, 'customer.docx');
    expect(run(['sides', COMMERCIAL, '--voice', 'Customer', '-o', out]).code).toBe(0);
    expect(footerOf(out)).toEqual(['Page ', 'PAGE', ' of ', 'NUMPAGES']);
    expect(descriptionOf(out)).toBe('Booth script');
  });

  /** The booth script of `voice` in `file` with `--lang lang`, as pdftotext reads it: its header's five lines and the whole text. */
  const madeWith = (file: string, voice: string, lang: string) => {
    const out = join(dir, `${voice}-${lang}.pdf`);
    expect(run(['sides', file, '--voice', voice, '--lang', lang, '-o', out]).code).toBe(0);
    const text = spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout;
    return { head: text.split('\n').filter((l) => l.trim()).slice(2, 7), text: flat(text) };
  };

  it.skipIf(!poppler)('--lang en on the French script: English labels; --lang fr on the English one: French labels', () => {
    const english = madeWith(FRENCH, 'Narrateur', 'en');
    expect(english.head).toEqual([
      'Booth script — Narrateur',
      `Script: ${FRENCH}`,
      'Date: 2025-06-12',
      '13 lines · 394 words (399 spoken) · about 2:40 at 150 wpm',
      'Grey italics are directions: not spoken.',
    ]);
    expect(english.text).toContain('Page 1 of 5');
    expect(english.text).toContain('Formatrice: C’est justement pour ça que vous êtes là.');

    const french = madeWith(COMMERCIAL, 'Announcer', 'fr');
    expect(french.head).toEqual([
      'Texte cabine — Announcer',
      `Script : ${COMMERCIAL}`,
      'Date : 2025-06-12',
      '13 répliques · 243 mots (263 prononcés) · environ 1:39 à 160 mots/min',
      'En gris italique : les indications, non prononcées.',
    ]);
    expect(french.text).toContain('Page 1 sur 3');
    expect(french.text).not.toContain(' of 3');
  });
});

describe('sides: refusals', () => {
  it.each([
    [['sides', COMMERCIAL], 'vo-lines: which voice? Give --voice NAME (vo-lines summary lists them), or --all for one file per voice.\n'],
    [['sides', COMMERCIAL, '--voice', 'Customer', '--all'], 'vo-lines: give --voice NAME or --all, not both.\n'],
    [['sides', COMMERCIAL, '--voice', 'Bob', '-o', '/tmp/x.pdf'], `vo-lines: no voice "Bob" in ${COMMERCIAL}. Voices found: "Announcer", "Customer".\n`],
    // The name as given, its spaces trimmed, as every command says it.
    [['sides', COMMERCIAL, '--voice', ' Bob ', '-o', '/tmp/x.pdf'], `vo-lines: no voice "Bob" in ${COMMERCIAL}. Voices found: "Announcer", "Customer".\n`],
    [['sides', COMMERCIAL, '--voice', 'unassigned', '-o', '/tmp/x.pdf'], "vo-lines: a booth script is for a voice: the unassigned text is nobody's to record.\n"],
    [['sides', COMMERCIAL, '--voice', 'Customer', '-o', 'x.txt'], 'vo-lines: cannot tell the format of "x.txt" from its extension; use .pdf or .docx, or pass --format.\n'],
  ])('%j → exit 2, one line', (args, message) => {
    const { code, stdout, stderr } = run(args);
    expect([code, stdout, stderr]).toEqual([2, '', message]);
  });

  it('never writes over an existing file without --force, nor over the input even with it', () => {
    const dir = tempDir('exists');
    writeFileSync(join(dir, 'spring-sale-Customer.pdf'), 'keep me');
    const refused = run(['sides', join(root, COMMERCIAL), '--voice', 'Customer'], dir);
    expect([refused.code, refused.stderr]).toEqual([2, 'vo-lines: spring-sale-Customer.pdf already exists; pass --force to overwrite.\n']);
    expect(readFileSync(join(dir, 'spring-sale-Customer.pdf'), 'utf8')).toBe('keep me');
    expect(run(['sides', join(root, COMMERCIAL), '--voice', 'Customer', '--force'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'spring-sale-Customer.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const input = run(['sides', COMMERCIAL, '--voice', 'Customer', '-o', COMMERCIAL, '--format', 'docx', '--force']);
    expect([input.code, input.stderr]).toEqual([2, `vo-lines: -o ${COMMERCIAL} would write over the input ${COMMERCIAL}; choose another output name.\n`]);
    expect(existsSync(join(dir, '.spring-sale-Customer.pdf.tmp'))).toBe(false);
  });

  it('refuses a booth script of more than 4 million characters (a damaged file), before writing anything', () => {
    const dir = tempDir('long');
    const file = join(dir, 'long.docx');
    const blue = '<w:color w:val="0000FF"/>';
    writeFileSync(file, buildDocx({ body: p(r('1 200 '.repeat(700_000), blue)) }));
    const out = join(dir, 'long.pdf');
    const result = run(['sides', file, '--voice', '#0000FF blue', '-o', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^vo-lines: .*long\.docx is refused: the booth script of #0000FF blue \(4,199,999 characters\) exceeds vo-lines' limit of 4,000,000 characters\. The file is damaged or not a script; if it is a real script, re-save it or split it\.\n$/);
    expect(existsSync(out)).toBe(false);
  });
});
