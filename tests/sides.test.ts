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
import { buildDocx, p, r } from './helpers/docx-builder.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.cjs');
const FRENCH = 'samples/fr-elearning/module-securite.docx';
const COMMERCIAL = 'samples/en-commercial/spring-sale.docx';

function run(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1749686400' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `vo-sides-${name}-`));
/** Whitespace as the lines give it: no-break spaces are spaces. */
const flat = (text: string) => text.replace(/[\s\u00A0\u202F]+/gu, ' ').trim();

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
      '10 ¶38 (table 1, row 2, col 3)',
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

const poppler = !spawnSync('pdftotext', ['-v']).error;

describe.skipIf(!poppler)('sides FILE --voice NAME: the PDF (pdftotext)', () => {
  const dir = tempDir('pdf');
  const result = run(['sides', FRENCH, '--voice', 'narrateur', '-o', join(dir, 'narrateur.pdf')]);
  const pdf = join(dir, 'narrateur.pdf');
  const text = () => spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;

  it('says what it wrote; the file is a PDF with the font embedded, A4 portrait', () => {
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`Wrote ${pdf}: booth script for Narrateur (13 lines, 394 words).`);
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout;
    for (const face of ['SourceSans3-Regular', 'SourceSans3-Bold', 'SourceSans3-Italic']) expect(fonts).toMatch(new RegExp(`\\+${face} +CID TrueType +Identity-H +yes +yes +yes`));
    expect(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout).toMatch(/Page size: +595\.28 x 841\.89 pts \(A4\)/);
  });

  it('header: script, voice, date, lines, words and time', () => {
    const head = text().split('\n').slice(0, 12).map(flat).filter(Boolean);
    expect(head).toEqual([
      `Narrateur — ${FRENCH}`,
      '2025-06-12',
      'Booth script — Narrateur',
      `Script: ${FRENCH}`,
      'Date: 2025-06-12',
      '13 lines · 394 words (399 spoken) · about 2:40 at 150 wpm',
      'Grey italics are directions: not spoken.',
      'Écran 1 — Introduction',
      '#1 · ¶7 · ID af8e9dfd',
    ]);
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
      if (line.cue) expect(all.indexOf(plain(`${line.cue.voice}: ${line.cue.text}`), meta)).toBeGreaterThan(meta);
      const at = all.indexOf(plain(line.text), meta);
      expect(at).toBeGreaterThan(meta);
      from = at + plain(line.text).length;
      // The whole line on one page.
      expect(pages.filter((page) => plain(page).includes(plain(line.text)))).toHaveLength(1);
    });
    pages.forEach((page, i) => expect(flat(page)).toContain(`Page ${i + 1} of ${pages.length}`));
    // French typography held: no printed line starts with the punctuation a no-break space binds.
    expect(text().split('\n').filter((l) => /^[?!:;»%]/.test(l.trim()))).toEqual([]);
  });

  it('--no-cues leaves the cues out; --paper letter', () => {
    const out = join(dir, 'bare.pdf');
    expect(run(['sides', FRENCH, '--voice', 'Narrateur', '--no-cues', '--paper', 'letter', '-o', out]).code).toBe(0);
    const bare = flat(spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout);
    expect(bare).not.toContain('Formatrice:');
    expect(bare).not.toContain('Apprenant:');
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
      `Wrote ${join(dir, 'spring-Announcer.docx')}: booth script for Announcer (13 lines, 243 words).\n` +
        `Wrote ${join(dir, 'spring-Customer.docx')}: booth script for Customer (7 lines, 50 words).\n`,
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
