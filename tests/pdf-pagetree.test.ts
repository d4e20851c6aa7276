/**
 * A PDF whose list of pages (page tree) does not reach the text it holds is damaged, not blank
 * (readers/pdf/preflight.ts counts the operators that show text in the streams that can be page
 * content; index.ts compares them with what pdf.js read from the pages). Fixtures made by
 * scripts/build-pagetree-fixtures.py from a good three-page reportlab PDF, its page tree rewritten
 * with an exact cross-reference table: /Kids listing the font (kids-font), a page with no /Contents
 * (no-contents), one page of three listed (one-of-three), /Count 7 over three pages (count-high,
 * which pdf.js recovers from), no /Kids (no-kids); and the counter-cases that stay blank: a grey box,
 * text turned into outlines, an unused form XObject and a FreeText annotation that show text.
 * Read in this thread (readScriptBytes, the library's `analyse`) and through a PDF thread (the built CLI).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failure } from './helpers/user-error.js';
import type { Script } from '../src/model.js';
import { analyse } from '../src/pipeline.js';
import { readScriptBytes } from '../src/readers/index.js';
import { PDFDocument, PDFNumber, StandardFonts } from 'pdf-lib';
import { ascii85, checkContentStreams, operatorsOf } from '../src/readers/pdf/preflight.js';
import { runCli } from './helpers/cli.js';
import { onePagePdf } from './helpers/pdf-builder.js';

const DIR = join(import.meta.dirname, 'fixtures', 'pdf-pagetree');
const REL = 'tests/fixtures/pdf-pagetree';
const fixture = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));


const unreachable = (file: string, blocks: string, textStreams: number, textOps: number) => ({
  code: 'corrupt-pdf',
  message: `${file} is damaged: its page shows no text, yet the file holds text that its list of pages does not reach (${blocks}). Re-save or re-export it from the program that made it, or ask for the script itself: the Word file.`,
  details: { kind: 'pages-unreachable', pages: 1, textStreams, textOps },
});

const blank = (file: string) => ({
  code: 'no-text',
  message: `${file} has no text: nothing on its page is drawn as letters (it is blank, or its text was turned into shapes). Check that it is the right file, or ask for the script itself: the Word file, or a PDF saved from it.`,
  details: { kind: 'blank', pages: 1 },
});

const ONE_OF_THREE_WARNING = (file: string) => ({
  code: 'text-not-on-pages',
  message: `${file}'s page shows only part of the text the file holds (text is drawn 2 times on its page, 6 times in the file's 3 blocks of page content). Pages may be missing from its list of pages (the file is damaged, or a tool removed pages and left their text behind): its lines and word counts may be short. Check its page count (1) against the original; re-save or re-export it from the program that made it, or ask for the Word file.`,
  details: { pages: 1, textStreams: 3, textOps: 6, shown: 2 },
});

const EXPECTED: Record<string, ReturnType<typeof unreachable> | ReturnType<typeof blank>> = {
  'kids-font.pdf': unreachable('kids-font.pdf', '3 blocks of page content draw it, none on a page', 3, 6),
  'kids-font-a85.pdf': unreachable('kids-font-a85.pdf', '3 blocks of page content draw it, none on a page', 3, 6),
  'no-contents.pdf': unreachable('no-contents.pdf', 'a block of page content draws it, on no page', 1, 2),
  'blank-box.pdf': blank('blank-box.pdf'),
  'outlines.pdf': blank('outlines.pdf'),
  'form-only.pdf': blank('form-only.pdf'),
};

const lines = (script: Script) => script.paragraphs.map((p) => p.runs.map((r) => r.text).join(''));

describe('the look counts the text that page content shows', () => {
  it('Tj, TJ, \' and " after their operands inside BT … ET; not outside a text object, not after a number, not in binary bytes', () => {
    const ops = (content: string) => operatorsOf(Buffer.from(content, 'latin1')).textOps;
    expect(ops('BT /F1 12 Tf 72 700 Td (a) Tj [(b) -20 (c)] TJ (d) \' 1 2 (e) " <0041> Tj ET')).toBe(5);
    expect(ops('(a) Tj [(b)] TJ BT ET (c) Tj')).toBe(0);
    expect(ops('BT /F1 12 Tf 5 Tj 1 TJ (a) TJ [(b)] Tj ET')).toBe(0);
    expect(ops('BT (a Tj b) Tj % (c) Tj\n ET')).toBe(1);
    // A font's CIDSet (xdvipdfmx): bytes in which a " follows no string.
    expect(operatorsOf(new Uint8Array([0x80, 0, 0, 0x10, 0, 0x22, 0, 0x20, 0x44, 0x28, 0, 1, 0, 8])).textOps).toBe(0);
  });

  it('an object written again by an update appended to the file counts once (its last version)', async () => {
    const pdf = Buffer.from(onePagePdf('BT /F1 12 Tf 72 700 Td (Hello) Tj (world) Tj ET', false));
    const again = 'BT /F1 12 Tf 72 700 Td (Hello world) Tj ET';
    const update = Buffer.from(`4 0 obj\n<< /Length ${again.length} >>\nstream\n${again}\nendstream\nendobj\n`, 'latin1');
    const eof = pdf.lastIndexOf('%%EOF') + 6;
    await expect(checkContentStreams(pdf, 'a.pdf')).resolves.toEqual({ textStreams: 1, textOps: 2, links: false });
    await expect(checkContentStreams(Buffer.concat([pdf.subarray(0, eof), update]), 'a.pdf')).resolves.toEqual({ textStreams: 1, textOps: 1, links: false });
  });

  it('ASCII85 (reportlab wraps its deflated content in it): decoded as PDF 32000 §7.4.3 says', () => {
    const text = (a85: string) => Buffer.from(ascii85(Buffer.from(a85, 'latin1'))!).toString('latin1');
    expect(text('87cURD]i,"Ebo80~>')).toBe('Hello World!');
    expect(text('z@:E^~>')).toBe('\0\0\0\0abc');
    expect(text('GQ~>')).toBe('x');
    expect(text('87cUR\nD]i,"E bo80')).toBe('Hello World!');
    expect(ascii85(Buffer.from('87c{R~>'))).toBeNull();
  });

  it('reportlab\'s own output (ASCII85 then deflated) is counted as pdf.js reads it', async () => {
    const rl = new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', 'pdf-producers', 'label-rows-en-rl.pdf')));
    await expect(checkContentStreams(rl, 'rl.pdf')).resolves.toEqual({ textStreams: 1, textOps: 25, links: false });
  });

  it('the fixtures: streams that are page content (a form XObject and an annotation appearance are not)', async () => {
    const looks = Object.fromEntries(
      await Promise.all(['kids-font.pdf', 'kids-font-a85.pdf', 'no-contents.pdf', 'one-of-three.pdf', 'count-high.pdf', 'blank-box.pdf', 'outlines.pdf', 'form-only.pdf'].map(async (f) => [f, await checkContentStreams(fixture(f), f)])),
    );
    expect(looks).toEqual({
      'kids-font.pdf': { textStreams: 3, textOps: 6, links: false },
      'kids-font-a85.pdf': { textStreams: 3, textOps: 6, links: false },
      'no-contents.pdf': { textStreams: 1, textOps: 2, links: false },
      'one-of-three.pdf': { textStreams: 3, textOps: 6, links: false },
      'count-high.pdf': { textStreams: 3, textOps: 6, links: false },
      'blank-box.pdf': { textStreams: 0, textOps: 0, links: false },
      'outlines.pdf': { textStreams: 0, textOps: 0, links: false },
      'form-only.pdf': { textStreams: 0, textOps: 0, links: false },
    });
  });
});

describe('read in this thread', () => {
  it('no page shows text but page content in the file does: corrupt-pdf pages-unreachable; truly blank files stay blank', async () => {
    for (const [name, expected] of Object.entries(EXPECTED)) {
      expect(await failure(readScriptBytes(fixture(name), name)), name).toEqual(expected);
    }
  });

  it('the library\'s analyse says the same of the files', async () => {
    for (const [name, expected] of Object.entries(EXPECTED)) {
      const error = await failure(analyse(join(DIR, name), { noConfig: true }));
      expect(error, name).toEqual({ ...expected, message: expected.message.replace(`${name} `, `${join(DIR, name)} `) });
    }
  });

  it('one page of three listed: its lines, and a warning that the file holds more text than its page shows', async () => {
    const script = await readScriptBytes(fixture('one-of-three.pdf'), 'one-of-three.pdf');
    expect(lines(script)).toEqual(['MARIE : Bonjour, je suis au port ce matin.', 'PAUL : Les bateaux rentrent avant la pluie.']);
    expect(script.warnings).toEqual([ONE_OF_THREE_WARNING('one-of-three.pdf')]);
    const { script: analysed } = await analyse(join(DIR, 'one-of-three.pdf'), { noConfig: true });
    expect(analysed.warnings.map((w) => w.code)).toEqual(['text-not-on-pages']);
  });

  it('a page removed by pdf-lib (which leaves its objects in the file): the same warning, which names that cause too', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (const n of ['one', 'two', 'three']) doc.addPage().drawText(`Page ${n} text`, { x: 72, y: 700, font, size: 12 });
    const trimmed = await PDFDocument.load(await doc.save());
    trimmed.removePage(1);
    const script = await readScriptBytes(await trimmed.save(), 'trimmed.pdf');
    expect(lines(script)).toEqual(['Page one text', 'Page three text']);
    expect(script.warnings.map((w) => [w.code, w.details])).toEqual([['text-not-on-pages', { pages: 2, textStreams: 3, textOps: 3, shown: 2 }]]);
    expect(script.warnings[0]!.message).toContain('a tool removed pages and left their text behind');
  });

  it('/Count 7 over three pages (pdf.js finds the three): every line, no warning', async () => {
    const script = await readScriptBytes(fixture('count-high.pdf'), 'count-high.pdf');
    expect(script.facts?.pages).toBe(3);
    expect(lines(script)).toHaveLength(6);
    expect(script.warnings).toEqual([]);
  });

  it('a /Kids entry that is no page (pdf.js cannot read that page) beside a blank page: pages-unreachable, with the unreadable page counted', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage();
    doc.addPage().drawText('MARIE : Bonjour.', { x: 72, y: 700, font, size: 12 });
    const kids = doc.catalog.Pages().Kids();
    kids.set(1, doc.context.register(PDFNumber.of(5)));
    expect(await failure(readScriptBytes(await doc.save({ useObjectStreams: false }), 'kid.pdf'))).toEqual({
      code: 'corrupt-pdf',
      message: 'kid.pdf is damaged: 1 of its 2 pages cannot be read and the other shows no text, yet the file holds text that its list of pages does not reach (a block of page content draws it, on no page). Re-save or re-export it from the program that made it, or ask for the script itself: the Word file.',
      details: { kind: 'pages-unreachable', pages: 2, textStreams: 1, textOps: 1, unreadable: 1 },
    });
  });

  it('no /Kids at all: damaged as before (no page can be read)', async () => {
    expect(await failure(readScriptBytes(fixture('no-kids.pdf'), 'no-kids.pdf'))).toEqual({
      code: 'corrupt-pdf',
      message: 'no-kids.pdf is damaged: its page cannot be read (page 1: Page dictionary kids object is not an array). Re-export it or ask for a new copy.',
      details: { kind: 'no-page-readable', pages: 1, error: 'Page dictionary kids object is not an array' },
    });
  });
});

describe('through a PDF thread (the built CLI)', () => {
  const LABELS_NOT_COUNTED = {
    code: 'labels-not-counted',
    message:
      "Speakers' names opening 2 lines in a voice's colour (MARIE : and PAUL :) are not counted as words said: the colour already says who speaks (2 words left out; the lines show them as written). If a name is read aloud, type it without its colon.",
    location: { story: 'body', paragraph: 1, page: 1 },
    details: { names: ['MARIE', 'PAUL'], written: ['MARIE :', 'PAUL :'], lines: 2, words: 2 },
  };

  it('summary: the same error and warning', () => {
    for (const [name, expected] of Object.entries(EXPECTED)) {
      const result = runCli(['summary', '--no-config', `${REL}/${name}`]);
      expect(result.code, name).toBe(2);
      expect(result.stderr.trim(), name).toBe(`vo-lines: ${expected.message.replace(`${name} `, `${REL}/${name} `)}`);
    }
    const result = runCli(['summary', '--json', '--no-config', `${REL}/one-of-three.pdf`]);
    expect(result.code, result.stderr).toBe(0);
    // Its colour-coded lines open with their speakers' names, not counted (attribute/colour-labels.ts).
    expect((JSON.parse(result.stdout) as { warnings: unknown[] }).warnings).toEqual([ONE_OF_THREE_WARNING(`${REL}/one-of-three.pdf`), LABELS_NOT_COUNTED]);
  });

  it('check --json: each file\'s error with its details, the warning of the one page of three (among its notes)', () => {
    const names = [...Object.keys(EXPECTED), 'one-of-three.pdf'];
    const result = runCli(['check', '--json', '--no-config', ...names.map((n) => `${REL}/${n}`)]);
    expect(result.code, result.stderr).toBe(2);
    const report = JSON.parse(result.stdout) as { files: { file: string; error?: { code: string; details?: unknown }; notes?: { code: string; details?: unknown }[] }[] };
    expect(report.files.map((f) => [f.file, f.error?.code, f.error?.details])).toEqual(names.map((n) => [`${REL}/${n}`, EXPECTED[n]?.code, EXPECTED[n]?.details]));
    const partial = report.files.find((f) => f.file.endsWith('one-of-three.pdf'))!;
    expect(partial.notes?.map((w) => [w.code, w.details])).toEqual([
      ['text-not-on-pages', { pages: 1, textStreams: 3, textOps: 6, shown: 2 }],
      ['labels-not-counted', LABELS_NOT_COUNTED.details],
    ]);
  });
});
