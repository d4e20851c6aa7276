/**
 * A hyperlink inside a voice's line is that voice's (model.ts Run.link, attribute/links.ts): Word and
 * LibreOffice draw links blue and underlined whatever the colour around them, and read by its colour
 * the address the narrator must read became a voice of its own or nobody's. Fixtures:
 * tests/fixtures/links/, made by scripts/build-link-fixtures.py (truth from construction: its docstring).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { castByColour, castByVoiceMap } from '../src/attribute/cast.js';
import { linkLike } from '../src/attribute/links.js';
import { isAddress } from '../src/text/addresses.js';
import { parseConfig } from '../src/config/parse.js';
import type { Paragraph, Run, Script } from '../src/model.js';
import { readDocx } from '../src/readers/docx/index.js';
import { readScript, readScriptBytes } from '../src/readers/index.js';
import { checkContentStreams } from '../src/readers/pdf/preflight.js';
import { runCli } from './helpers/cli.js';
import { buildDocx, DEFAULT_STYLES, r } from './helpers/docx-builder.js';
import { regexWork } from './helpers/work.js';

const DIR = join(__dirname, 'fixtures', 'links');

interface JsonLine {
  text: string;
  words: number;
  location: { paragraph: number; page?: number };
}
interface JsonReport {
  voices: { name: string; lines: JsonLine[] }[];
  unassigned: { lines: JsonLine[] } | null;
  warnings: { code: string; message: string; details?: Record<string, unknown>; location?: unknown }[];
}
const report = (args: string[]): JsonReport => {
  const result = runCli(['lines', '--json', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as JsonReport;
};
/** Each voice's lines: [paragraph, text, words]; then the unassigned ones. */
const linesOf = (r: JsonReport) => ({
  voices: r.voices.map((v) => [v.name, v.lines.map((l) => [l.location.paragraph, l.text, l.words])]),
  unassigned: r.unassigned?.lines.map((l) => [l.location.paragraph, l.text, l.words]) ?? [],
});
const codes = (r: JsonReport) => r.warnings.map((w) => w.code);
const linkWarning = (r: JsonReport) => r.warnings.find((w) => w.code === 'links-in-lines');

const EN_LINES = {
  voices: [
    [
      'Narrator',
      [
        [1, 'Welcome to the spring safety briefing for all warehouse staff.', 10],
        [3, 'Always wear your hard hat in the loading bay.', 9],
        [5, 'The rota is on www.example.com/rota as usual.', 7],
        [8, 'For details see www.example.com/help', 4],
        [9, 'That is all.', 3],
        [11, 'Hard words are in the Glossary below.', 7],
        [12, 'Glossary: a bay is a loading area.', 7],
      ],
    ],
    [
      'Host',
      [
        [2, 'Before we start, download the checklist from www.example.com/checklist before Monday.', 10],
        [4, 'Questions? Write to safety@example.com.', 4],
        [6, 'The forms are here:', 4],
        [8, '. Now the next step.', 4],
        [9, 'www.example.com/next is where we go next.', 6],
        [10, 'The map is at www.example.com/map for everyone.', 7],
      ],
    ],
  ],
  // A paragraph that is only a link keeps its own colour: blue, no voice's.
  unassigned: [[7, 'www.example.com/forms', 1]],
};

const EN_WARNING =
  '6 links (7 words) inside a voice’s line were counted for the voice of those lines, not by their own colour (Word and LibreOffice show links in blue whatever the colour around them): ' +
  '"www.example.com/checklist" for Host, "safety@example.com" for Host, "www.example.com/help" for Narrator, and 3 more. Check them in the script.';

const aloneMessage = (colour: string) =>
  `1 word in 1 line in ${colour} looks like a link, on a line of its own: "www.example.com/forms". ${colour} is the colour of links in this script (Word and LibreOffice show links in it whatever the voice around them), not a voice's: it is counted as nobody's. If it is read aloud, give it the colour of the voice who reads it in the script.`;
const ALONE_0563C1 = aloneMessage('#0563C1 blue');

describe('links inside voices’ lines (LibreOffice DOCX and its PDF)', () => {
  for (const ext of ['docx', 'pdf']) {
    it(`${ext}: each link is the voice of the line it stands in; a link alone on its line keeps its colour; said`, () => {
      const r = report([join(DIR, `links-en.${ext}`), '-c', join(DIR, 'links-en.yaml')]);
      expect(linesOf(r)).toEqual(EN_LINES);
      expect(codes(r)).toEqual(['links-in-lines', 'unknown-colour']);
      const w = linkWarning(r)!;
      expect(w.message).toBe(EN_WARNING);
      expect(w.details).toMatchObject({
        links: 6,
        words: 7,
        voices: ['Host', 'Narrator'],
        quoted: [
          { text: 'www.example.com/checklist', words: 1, countedFor: 'Host', ownColour: null },
          { text: 'safety@example.com', words: 1, countedFor: 'Host', ownColour: null },
          { text: 'www.example.com/help', words: 1, countedFor: 'Narrator', ownColour: null },
        ],
      });
      // The link alone on its line is said as any text in no voice's colour.
      expect(r.warnings[1]!.message).toMatch(/^1 word in 1 line are #0563C1 blue, which is no voice's colour: "www\.example\.com\/forms"\./);
    });
  }

  it('the booth script reads the address in its place (lines --voice Host, text)', () => {
    const result = runCli(['lines', join(DIR, 'links-en.docx'), '-c', join(DIR, 'links-en.yaml'), '--voice', 'Host']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  ¶4    4 words  Questions? Write to safety@example.com.\n');
  });

  it('with no config, the links are no colour group of their own: the link alone on its line is nobody’s, said', () => {
    for (const ext of ['docx', 'pdf']) {
      const r = report([join(DIR, `links-en.${ext}`), '--no-config']);
      expect(r.voices.map((v) => [v.name, v.lines.reduce((n, l) => n + l.words, 0)])).toEqual([
        ['#C00000 red', 47],
        ['#00B050 green', 35],
      ]);
      expect(linesOf(r).unassigned).toEqual([[7, 'www.example.com/forms', 1]]);
      expect(linkWarning(r)!.details).toMatchObject({ links: 6, words: 7, voices: ['#00B050 green', '#C00000 red'], unmarked: 0 });
      expect(codes(r)).toEqual(['links-in-lines', 'links-alone']);
      expect(r.warnings[1]!.message).toBe(ALONE_0563C1);
      expect(r.warnings[1]!.details).toEqual({ colour: '#0563C1', words: 1, lines: 1, firstLines: ['www.example.com/forms'] });
    }
  });
});

describe('a voice that is link blue by choice', () => {
  for (const ext of ['docx', 'pdf']) {
    it(`${ext}: a link in another voice’s line goes with that line, not to the blue voice`, () => {
      const r = report([join(DIR, `links-blue-voice.${ext}`), '-c', join(DIR, 'links-blue-voice.yaml')]);
      expect(linesOf(r)).toEqual({
        voices: [
          [
            'Guide',
            [
              [1, 'I am your guide for this tour.', 7],
              [3, 'Follow me to the first room.', 6],
            ],
          ],
          ['Narrator', [[2, 'Book online at www.example.com/book today.', 5]]],
        ],
        unassigned: [],
      });
      expect(codes(r)).toEqual(['links-in-lines']);
      expect(linkWarning(r)!.message).toBe(
        'A link (1 word) inside a voice’s line was counted for the voice of that line, not by its own colour (Word and LibreOffice show links in blue whatever the colour around them): "www.example.com/book" for Narrator. Check it in the script.',
      );
      expect(linkWarning(r)!.details).toMatchObject({ links: 1, voices: ['Narrator'], quoted: [{ text: 'www.example.com/book', countedFor: 'Narrator', ownColour: 'Guide' }] });
    });
  }
});

describe('French, and a Chromium PDF of an HTML script', () => {
  for (const file of ['links-fr.docx', 'links-fr.pdf', 'links-chromium.pdf']) {
    it(`${file}: "Rendez-vous sur www.exemple.fr." is the Animateur’s whole`, () => {
      const r = report([join(DIR, file), '-c', join(DIR, 'links-fr.yaml')]);
      expect(linesOf(r)).toEqual({
        voices: [
          [
            'Narratrice',
            [
              [1, 'Bonjour et bienvenue.', 3],
              [3, 'Écrivez-nous à contact@exemple.fr pour toute question.', 6],
            ],
          ],
          ['Animateur', [[2, 'Rendez-vous sur www.exemple.fr.', 3]]],
        ],
        unassigned: [],
      });
      expect(codes(r)).toEqual(['links-in-lines']);
      expect(linkWarning(r)!.details).toMatchObject({ links: 2, words: 2, voices: ['Animateur', 'Narratrice'] });
    });
  }
});

describe('links in the colour of the text around them (Chromium, color: inherit)', () => {
  it('change nothing where two voices meet, a link ending inside the text before them included', () => {
    const r = report([join(DIR, 'links-inherit.pdf'), '--no-config']);
    expect(linesOf(r)).toEqual({
      voices: [
        [
          '#C00000 red',
          [
            [1, 'Go to www.x.com', 3],
            [2, 'Read www.y.com today then', 4],
          ],
        ],
        [
          '#00B050 green',
          [
            [1, 'Yes, go there.', 3],
            [2, 'we talk.', 2],
          ],
        ],
      ],
      unassigned: [],
    });
    // (No link's doing: green's "we talk." ends red's sentence, said as a sentence of two voices.)
    expect(codes(r)).toEqual(['voice-inside-sentence']);
  });
});

describe('the readers mark link text (Run.link)', () => {
  const linked = (s: Script) => s.paragraphs.flatMap((p) => p.runs.filter((r) => r.link).map((r) => [p.location.paragraph, r.text.trim()]));
  const EN_LINKS = [
    [2, 'www.example.com/checklist'],
    [4, 'safety@example.com'],
    [5, 'www.example.com/rota'],
    [7, 'www.example.com/forms'],
    [8, 'www.example.com/help'],
    [9, 'www.example.com/next'],
    [10, 'www.example.com/map'],
    [11, 'the Glossary'],
  ];
  it('DOCX: w:hyperlink (external and w:anchor) and a HYPERLINK field’s result', async () => {
    expect(linked(await readScript(join(DIR, 'links-en.docx')))).toEqual(EN_LINKS);
  });
  it('PDF: text under /Link annotations LibreOffice writes with no Print flag (and Chromium’s printable ones)', async () => {
    expect(linked(await readScript(join(DIR, 'links-en.pdf')))).toEqual(EN_LINKS);
    expect(linked(await readScript(join(DIR, 'links-chromium.pdf')))).toEqual([
      [2, 'www.exemple.fr'],
      [3, 'contact@exemple.fr'],
    ]);
  });
});

describe('a PDF that names no /Link asks pdf.js for no links (preflight.ts ContentLook.links)', () => {
  /** A page in two colours, red "Download the checklist from " then a blue address, and a Link annotation over it when asked: pdf-lib, object streams as it writes by default. */
  const twoColours = async (link: boolean, objectStreams = true) => {
    const { PDFDocument, PDFName, PDFString, StandardFonts, rgb } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    const start = 'Download the checklist from ';
    page.drawText(start, { x: 72, y: 700, size: 12, font, color: rgb(0.75, 0, 0) });
    const x = 72 + font.widthOfTextAtSize(start, 12);
    const address = 'www.example.com/checklist';
    page.drawText(address, { x, y: 700, size: 12, font, color: rgb(0.02, 0.39, 0.76) });
    page.drawText('.', { x: x + font.widthOfTextAtSize(address, 12), y: 700, size: 12, font, color: rgb(0.75, 0, 0) });
    if (link) {
      const action = doc.context.obj({ Type: 'Action', S: 'URI', URI: PDFString.of('https://www.example.com/checklist') });
      const annot = doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [x, 696, x + font.widthOfTextAtSize(address, 12), 712], Border: [0, 0, 0], A: action });
      page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(annot)]));
    }
    return new Uint8Array(await doc.save({ useObjectStreams: objectStreams }));
  };
  const has = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(text);

  it('a /Link kept in an object stream (compressed, not in the file’s bytes) is found, and its text is the line’s', async () => {
    const pdf = await twoColours(true);
    expect(has(pdf, '/Link')).toBe(false);
    expect((await checkContentStreams(pdf, 'a.pdf')).links).toBe(true);
    const script = await readScriptBytes(pdf, 'a.pdf');
    expect(script.paragraphs.flatMap((p) => p.runs.filter((r) => r.link).map((r) => r.text.trim()))).toEqual(['www.example.com/checklist']);
  });
  it('in the file’s bytes (no object streams) too; none anywhere: no link asked for, the address read in its colour as before', async () => {
    const plain = await twoColours(true, false);
    expect(has(plain, '/Link')).toBe(true);
    expect((await checkContentStreams(plain, 'a.pdf')).links).toBe(true);
    const none = await twoColours(false);
    expect((await checkContentStreams(none, 'b.pdf')).links).toBe(false);
    const script = await readScriptBytes(none, 'b.pdf');
    expect(script.paragraphs.flatMap((p) => p.runs.map((r) => [r.text.trim(), r.color, r.link ?? false]))).toEqual([
      ['Download the checklist from', '#BF0000', false],
      ['www.example.com/checklist', '#0563C2', false],
      ['.', '#BF0000', false],
    ]);
  });
  it('an object stream that cannot be read, or a look cut short, may hold one: links asked for', async () => {
    const pdf = await twoColours(true);
    const at = Buffer.from(pdf).indexOf('/Type /ObjStm');
    expect(at).toBeGreaterThan(0);
    const damaged = new Uint8Array(pdf);
    const start = Buffer.from(pdf).indexOf('stream', at) + 7;
    damaged.fill(0x41, start, start + 40);
    expect((await checkContentStreams(damaged, 'c.pdf')).links).toBe(true);
    const cut = pdf.subarray(0, Buffer.from(pdf).lastIndexOf('endstream'));
    expect((await checkContentStreams(cut, 'd.pdf')).links).toBe(true);
  });
  it('the fixtures: LibreOffice’s and Chromium’s links are in their bytes; the samples name none', async () => {
    for (const f of ['links-en.pdf', 'links-fr.pdf', 'links-chromium.pdf']) expect((await checkContentStreams(new Uint8Array(readFileSync(join(DIR, f))), f)).links, f).toBe(true);
    for (const f of ['samples/fr-elearning/module-securite.pdf', 'samples/en-commercial/spring-sale.pdf']) {
      expect((await checkContentStreams(new Uint8Array(readFileSync(join(__dirname, '..', f))), f)).links, f).toBe(false);
    }
  });
});

describe('DOCX link shapes other producers write', () => {
  const RED = '<w:color w:val="C00000"/>';
  const runsOf = async (body: string) =>
    (await readDocx(buildDocx({ body }), 'test.docx')).paragraphs.map((para) => para.runs.map((run) => [run.text, run.color, run.link ?? false]));
  const fld = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
  it('w:fldSimple HYPERLINK; another simple field is no link', async () => {
    expect(await runsOf(`<w:p>${r('See ', RED)}<w:fldSimple w:instr=" HYPERLINK &quot;https://a.fr&quot; ">${r('a.fr')}</w:fldSimple>${r(' on page ', RED)}<w:fldSimple w:instr=" PAGE ">${r('3', RED)}</w:fldSimple></w:p>`)).toEqual([
      [
        ['See ', '#C00000', false],
        ['a.fr', '#000000', true],
        [' on page 3', '#C00000', false],
      ],
    ]);
  });
  it('a field ending inside a run: the run is cut where the link ends', async () => {
    const body =
      `<w:p>${r('Go to ', RED)}${fld('begin')}<w:r><w:instrText> HYPERLINK "https://b.fr" </w:instrText></w:r>${fld('separate')}` +
      `<w:r><w:t>b.fr</w:t><w:fldChar w:fldCharType="end"/><w:t xml:space="preserve"> now</w:t></w:r></w:p>`;
    expect(await runsOf(body)).toEqual([
      [
        ['Go to ', '#C00000', false],
        ['b.fr', '#000000', true],
        [' now', '#000000', false],
      ],
    ]);
  });
  it('a link inside a tracked insertion is a link; one inside a deletion is not read', async () => {
    const body = `<w:p>${r('A ', RED)}<w:ins w:id="1" w:author="x"><w:hyperlink w:anchor="b">${r('c.fr')}</w:hyperlink></w:ins><w:del w:id="2" w:author="x"><w:hyperlink w:anchor="b"><w:r><w:delText>gone</w:delText></w:r></w:hyperlink></w:del>${r(' B', RED)}</w:p>`;
    expect(await runsOf(body)).toEqual([
      [
        ['A ', '#C00000', false],
        ['c.fr', '#000000', true],
        [' B', '#C00000', false],
      ],
    ]);
  });
});

describe('the casting rule (links.ts)', () => {
  const config = parseConfig({ voices: { Narrator: { color: '#C00000' }, Host: { color: '#00B050' } } }, 'test');
  const run = (text: string, color: string, link?: true): Run => (link ? { text, color, background: null, link } : { text, color, background: null });
  const script = (...paragraphs: Run[][]): Script => ({
    file: 'x.docx',
    format: 'docx',
    paragraphs: paragraphs.map((runs, i): Paragraph => ({ runs, location: { story: 'body', paragraph: i + 1 } })),
    warnings: [],
    facts: { trackedChanges: false },
  });
  const RED = '#C00000', GREEN = '#00B050', BLUE = '#0563C1';
  const cast = (s: Script) => castByVoiceMap(s, config.voiceMap).lines.map((l) => [l.voice, l.text, l.words]);

  it('a link opening a paragraph goes with the text after it; two links in one line both', () => {
    expect(cast(script([run('www.a.com', BLUE, true), run(' has it, and so does ', GREEN), run('www.b.com', BLUE, true), run('.', GREEN)]))).toEqual([
      ['Host', 'www.a.com has it, and so does www.b.com.', 7],
    ]);
  });
  it('where two voices meet: the sentence before, unless it ended; a ! or ? ends a sentence too', () => {
    expect(cast(script([run('Go to ', RED), run('a.com', BLUE, true), run(' Yes.', GREEN)]))).toEqual([
      ['Narrator', 'Go to a.com', 3],
      ['Host', 'Yes.', 1],
    ]);
    expect(cast(script([run('Really? ', RED), run('a.com', BLUE, true), run(' is it.', GREEN)]))).toEqual([
      ['Narrator', 'Really?', 1],
      ['Host', 'a.com is it.', 3],
    ]);
  });
  it('an abbreviation’s full stop ends no sentence: the link stays with the text before it', () => {
    expect(cast(script([run('Write to Mr. ', RED), run('lambert@a.fr', BLUE, true), run(' Yes.', GREEN)]))).toEqual([
      ['Narrator', 'Write to Mr. lambert@a.fr', 4],
      ['Host', 'Yes.', 1],
    ]);
  });
  it('a link coloured within by its author (words of two voices’ colours) keeps its colours', () => {
    expect(cast(script([run('Say ', RED), run('red ', RED, true), run('green', GREEN, true), run(' now.', RED)]))).toEqual([
      ['Narrator', 'Say red', 2],
      ['Host', 'green', 1],
      ['Narrator', 'now.', 1],
    ]);
  });
  it('words still add up: a link of unassigned colour inside unassigned text stays unassigned, and nothing is said', () => {
    const c = castByVoiceMap(script([run('Plain text at ', '#000000'), run('a.com', BLUE, true), run(' here.', '#000000')]), config.voiceMap);
    expect(c.lines.map((l) => [l.voice, l.text, l.words])).toEqual([[null, 'Plain text at a.com here.', 5]]);
    expect(c.warnings.map((w) => w.code)).toEqual([]);
  });
  it('with no config the same, and the link’s colour is no group', () => {
    const c = castByColour(script([run('Write to ', GREEN), run('x@y.fr', BLUE, true), run('.', GREEN)]));
    expect(c.voices.map((v) => v.name)).toEqual(['#00B050 green']);
    expect(c.lines.map((l) => [l.voice, l.text])).toEqual([['#00B050 green', 'Write to x@y.fr.']]);
  });
  it('more than three links: three quoted, the rest counted', () => {
    const paragraphs = [1, 2, 3, 4, 5].map((n) => [run('See ', RED), run(`www.site${n}.com`, BLUE, true)]);
    const w = castByVoiceMap(script(...paragraphs), config.voiceMap).warnings.find((x) => x.code === 'links-in-lines')!;
    expect(w.message).toBe(
      '5 links (5 words) inside a voice’s line were counted for the voice of those lines, not by their own colour (Word and LibreOffice show links in blue whatever the colour around them): "www.site1.com" for Narrator, "www.site2.com" for Narrator, "www.site3.com" for Narrator, and 2 more. Check them in the script.',
    );
  });
});

/** The advice for text of no voice that all looks like links (checks.ts `unknown-colour`). */
const linkAdvice = (colour: string) =>
  `1 word in 1 line are ${colour}, which is no voice's colour: "www.example.com/forms". It looks like a link, on a line of its own (Word and LibreOffice show links in this colour whatever the voice around them): do not add the colour to a voice, which would be given every link of the script. If it is read aloud, give it the colour of the voice who reads it in the script; if not, add the colour to "unassigned" in the config.`;

describe('links the file does not mark (no /Link annotation in the PDF; python-docx’s undefined Hyperlink style)', () => {
  const HOST_2 = [2, 'Before we start, download the checklist from www.example.com/checklist before Monday.', 10];
  it('DOCX: the links are marked (w:hyperlink); the link alone on its line is said as a link, not offered to a voice', () => {
    const r = report([join(DIR, 'links-plain.docx'), '-c', join(DIR, 'links-en.yaml')]);
    expect(linesOf(r)).toEqual({
      voices: [
        [
          'Narrator',
          [
            [1, 'Welcome to the spring safety briefing for all warehouse staff.', 10],
            [3, 'Questions? Write to safety@example.com.', 4],
            [6, 'Read more on our website.', 5],
          ],
        ],
        ['Host', [HOST_2, [4, 'The forms are here:', 4]]],
      ],
      unassigned: [[5, 'www.example.com/forms', 1]],
    });
    expect(codes(r)).toEqual(['theme-colour-mismatch', 'links-in-lines', 'unknown-colour']);
    expect(linkWarning(r)!.details).toMatchObject({ links: 3, words: 4, unmarked: 0 });
    // python-docx's theme gives its hyperlink colour as #0000FF (the run caches #0563C1).
    expect(r.warnings[2]!.message).toBe(linkAdvice('#0000FF blue'));
    expect(r.warnings[2]!.details).toEqual({ colour: '#0000FF', background: false, words: 1, lines: 1, firstLines: ['www.example.com/forms'], linkWords: 1 });
  });

  it('PDF (no /Link annotation): an address in link blue inside a voice’s line is that voice’s, said as looking like a link; blue words that are no address stay blue', () => {
    const r = report([join(DIR, 'links-plain.pdf'), '-c', join(DIR, 'links-en.yaml')]);
    expect(linesOf(r)).toEqual({
      voices: [
        [
          'Narrator',
          [
            [1, 'Welcome to the spring safety briefing for all warehouse staff.', 10],
            [3, 'Questions? Write to safety@example.com.', 4],
            [6, 'Read more on', 3],
          ],
        ],
        ['Host', [HOST_2, [4, 'The forms are here:', 4]]],
      ],
      // "our website" is a link in the DOCX; in this PDF nothing tells it is one.
      unassigned: [
        [5, 'www.example.com/forms', 1],
        [6, 'our website.', 2],
      ],
    });
    // "our website.", nobody's, ends Host's sentence "Read more on": said as a sentence of two voices.
    expect(codes(r)).toEqual(['voice-inside-sentence', 'links-in-lines', 'unknown-colour']);
    expect(linkWarning(r)!.message).toBe(
      '2 links (2 words) inside a voice’s line were counted for the voice of those lines, not by their own colour (Word and LibreOffice show links in blue whatever the colour around them): "www.example.com/checklist" for Host, "safety@example.com" for Narrator. None of them is a link in the file, but they look like links (an address in a colour links are drawn in). Check them in the script.',
    );
    expect(linkWarning(r)!.details).toMatchObject({
      links: 2,
      unmarked: 2,
      quoted: [
        { text: 'www.example.com/checklist', countedFor: 'Host', knownBy: 'look' },
        { text: 'safety@example.com', countedFor: 'Narrator', knownBy: 'look' },
      ],
    });
    // Blue holds a link and words that are none: the usual advice, and what adding blue to a voice would bring.
    expect(r.warnings[2]!.message).toBe(
      '3 words in 2 lines are #0563C1 blue, which is no voice\'s colour: "www.example.com/forms", "our website.". Add the colour to a voice, or to "unassigned" in the config if it is not recorded. Of these, 1 word ("www.example.com/forms") looks like a link: a voice given this colour would be given that link too.',
    );
    expect(r.warnings[2]!.details).toMatchObject({ colour: '#0563C1', words: 3, linkWords: 1 });
  });

  it('the reproduction: python-docx links, LibreOffice PDF, with no config: no blue voice', () => {
    const r = report([join(DIR, 'links-plain.docx'), '--no-config']);
    expect(r.voices.map((v) => [v.name, v.lines.reduce((n, l) => n + l.words, 0)])).toEqual([
      ['#C00000 red', 19],
      ['#00B050 green', 14],
    ]);
    expect(codes(r)).toEqual(['theme-colour-mismatch', 'links-in-lines', 'links-alone']);
    expect(r.warnings[2]!.message).toBe(aloneMessage('#0000FF blue'));
    // In the PDF, blue also holds "our website", no address: blue stays a group (nothing says it is a link).
    const pdf = report([join(DIR, 'links-plain.pdf'), '--no-config']);
    expect(pdf.voices.map((v) => [v.name, v.lines.map((l) => l.text)])).toEqual([
      ['#C00000 red', ['Welcome to the spring safety briefing for all warehouse staff.', 'Questions? Write to safety@example.com.', 'Read more on']],
      ['#00B050 green', ['Before we start, download the checklist from www.example.com/checklist before Monday.', 'The forms are here:']],
      ['#0563C1 blue', ['www.example.com/forms', 'our website.']],
    ]);
    // "our website." in blue ends red's sentence "Read more on": said as a sentence of two voices.
    expect(codes(pdf)).toEqual(['voice-inside-sentence', 'links-in-lines']);
  });

  it('init proposes no voice for the links’ colour (built CLI)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-linkhint-'));
    try {
      copyFileSync(join(DIR, 'links-en.pdf'), join(dir, 'script.pdf'));
      const init = runCli(['init', 'script.pdf'], dir);
      expect(init.code).toBe(0);
      expect(init.stdout.split('\n')[0]).toBe('Wrote vo-lines.config.yaml (2 voices, one per colour).');
      const yaml = readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8');
      expect(yaml.split('\n').filter((l) => l.startsWith('  '))).toEqual(['  red: { color: "#C00000" }   # 47 words, 7 lines', '  green: { color: "#00B050" }   # 35 words, 6 lines']);
      // With that config, the link alone on its line is said as a link, not offered to a voice.
      const lines = runCli(['lines', '--json', 'script.pdf'], dir);
      const warnings = (JSON.parse(lines.stdout) as JsonReport).warnings;
      expect(warnings.map((w) => w.code)).toEqual(['links-in-lines', 'unknown-colour']);
      expect(warnings[1]!.message).toBe(linkAdvice('#0563C1 blue'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('DOCX text in the Hyperlink style or the theme’s link colour, with no link there', () => {
  it('is read as a link inside a voice’s line (French Word’s style ids, FollowedHyperlink, theme hlink); blue words by hand are not', () => {
    const r = report([join(DIR, 'links-styled.docx'), '-c', join(DIR, 'links-en.yaml')]);
    expect(linesOf(r)).toEqual({
      voices: [
        [
          'Narrator',
          [
            [1, 'Welcome to the spring safety briefing for all warehouse staff.', 10],
            [3, 'Hard words are in the Glossary below.', 7],
            [4, 'Last year’s briefing is in the archive.', 7],
          ],
        ],
        [
          'Host',
          [
            [2, 'Before we start, download the checklist from www.example.com/checklist before Monday.', 10],
            [5, 'Questions? Write to safety@example.com.', 4],
            [7, 'Green words first.', 3],
          ],
        ],
      ],
      unassigned: [
        [6, 'www.example.com/forms', 1],
        [7, 'Blue words here.', 3],
      ],
    });
    expect(codes(r)).toEqual(['theme-colour-mismatch', 'theme-colour-mismatch', 'links-in-lines', 'unknown-colour', 'unknown-colour']);
    expect(linkWarning(r)!.message).toBe(
      '4 links (6 words) inside a voice’s line were counted for the voice of those lines, not by their own colour (Word and LibreOffice show links in blue whatever the colour around them): "www.example.com/checklist" for Host, "the Glossary" for Narrator, "the archive" for Narrator, and 1 more. None of them is a link in the file, but they look like links (in the style Word and LibreOffice show links in). Check them in the script.',
    );
    expect(linkWarning(r)!.details).toMatchObject({ links: 4, words: 6, unmarked: 4, quoted: [{ knownBy: 'style' }, { knownBy: 'style' }, { knownBy: 'style' }] });
    expect(r.warnings[3]!.message).toBe('3 words in 1 line are #0563C1 blue, which is no voice\'s colour: "Blue words here.". Add the colour to a voice, or to "unassigned" in the config if it is not recorded.');
    expect(r.warnings[4]!.message).toBe(linkAdvice('#0000FF blue'));
  });

  it('with no config: the links’ colours are no groups, blue words by hand are; the link alone is not said to look like those blue words', () => {
    const r = report([join(DIR, 'links-styled.docx'), '--no-config']);
    expect(r.voices.map((v) => [v.name, v.lines.map((l) => l.text)])).toEqual([
      ['#C00000 red', ['Welcome to the spring safety briefing for all warehouse staff.', 'Hard words are in the Glossary below.', 'Last year’s briefing is in the archive.']],
      ['#00B050 green', ['Before we start, download the checklist from www.example.com/checklist before Monday.', 'Questions? Write to safety@example.com.', 'Green words first.']],
      ['#0563C1 blue', ['Blue words here.']],
    ]);
    expect(linesOf(r).unassigned).toEqual([[6, 'www.example.com/forms', 1]]);
    // Not `confusable-colours` (#0563C1 beside the link's #0000FF): the link is said as a link.
    expect(codes(r)).toEqual(['theme-colour-mismatch', 'theme-colour-mismatch', 'links-in-lines', 'links-alone']);
    expect(r.warnings[3]!.message).toBe(aloneMessage('#0000FF blue'));
  });

  it('the reader marks them (Run.linkStyle): style by id or name, a style based on one, the theme’s hyperlink colours', async () => {
    const styles =
      DEFAULT_STYLES +
      '<w:style w:type="character" w:styleId="Lienhypertexte"><w:name w:val="Lien hypertexte"/><w:rPr><w:color w:val="0563C1"/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="InternetLink"><w:name w:val="Internet Link"/><w:rPr><w:color w:val="000080"/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="MyLink"><w:name w:val="My link"/><w:basedOn w:val="InternetLink"/></w:style>' +
      '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>';
    const run = (text: string, rPr: string) => r(text, rPr);
    const body =
      `<w:p>${run('a', '<w:rStyle w:val="Lienhypertexte"/>')}${run('b', '<w:rStyle w:val="InternetLink"/>')}${run('c', '<w:rStyle w:val="MyLink"/>')}` +
      `${run('d', '<w:color w:val="954F72" w:themeColor="followedHyperlink"/>')}${run('e', '<w:rStyle w:val="Strong"/>')}${run('f', '<w:color w:val="0563C1"/>')}</w:p>`;
    const script = await readDocx(buildDocx({ body, styles }), 'test.docx');
    expect(script.paragraphs[0]!.runs.map((x) => [x.text, x.color, x.linkStyle ?? false])).toEqual([
      ['a', '#0563C1', true],
      ['b', '#000080', true],
      ['c', '#000080', true],
      ['d', '#954F72', true],
      ['e', '#000000', false],
      ['f', '#0563C1', false],
    ]);
  });
});

describe('what looks like a link (links.ts)', () => {
  it('an address, the marks around it aside; not words, file names or abbreviations', () => {
    const yes = ['www.example.com/checklist', 'safety@example.com.', '(https://a.fr/x?y=1)', 'exemple.fr', 'shop.example.co.uk/path', 'mailto:a@b.fr', '“www.x.org”,', 'contact@exemple.fr'];
    const no = ['our website', 'file.docx', 'e.g.', 'Version 2.0', 'www.example.com and more', 'a@b', 'St.Louis', '', 'x'.repeat(600) + '.com'];
    expect(yes.filter((t) => !isAddress(t))).toEqual([]);
    expect(no.filter((t) => isAddress(t))).toEqual([]);
  });
  it('in a colour links are drawn in, near enough (PDF producers round colours); not in a voice’s red', () => {
    const run = (text: string, color: string): Run => ({ text, color, background: null });
    expect(['#0563C1', '#0463C2', '#0000FF', '#1155CC', '#467886', '#954F72'].map((c) => linkLike(run('www.a.com', c)))).toEqual(['look', 'look', 'look', 'look', 'look', 'look']);
    expect(linkLike(run('www.a.com', '#C00000'))).toBe(null);
    expect(linkLike(run('Blue words here.', '#0563C1'))).toBe(null);
    expect(linkLike({ ...run('the Glossary', '#000000'), linkStyle: true })).toBe('style');
    expect(linkLike({ ...run('the Glossary', '#000000'), link: true, linkStyle: true })).toBe('link');
  });
  it('a long hostile run is looked at in bounded time: no pattern runs on more than an address’s length', () => {
    // No clock. 100,004 characters: no pattern is run on them (one that backtracks quadratically
    // there would take some 10^10 steps); 503, within an address's length: the patterns run, on no
    // more than that, and one that backtracked exponentially would not end within the test's 60 s
    // timeout, the hang guard.
    const long = regexWork(() => isAddress(`a@${'b.'.repeat(50_000)}`));
    expect(long.result).toBe(false);
    expect(long.longest).toBeLessThanOrEqual(544);
    const near = regexWork(() => isAddress('a@' + 'b.'.repeat(250) + '1'));
    expect(near.result).toBe(false);
    expect(near.longest).toBeLessThanOrEqual(544);
  }, 60_000);
});
