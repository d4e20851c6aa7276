/**
 * Soft line breaks (Shift+Enter: `<w:br/>`, `<w:cr/>` inside one paragraph) as a reader sees them, in
 * every output a reader reads (tests/fixtures/booth/soft-breaks.docx, scripts/build-booth-fixtures.py;
 * soft-breaks-lo.docx: the same saved by LibreOffice): a jingle's four sung lines, a dubbing exchange
 * `- Oui.⏎- Non.`, a `<w:cr/>`, a break at a paragraph's end (none kept) and two in a row (one kept).
 * `lines` shows the line's other lines below it in the text column; CSV and XLSX a line break inside
 * the cell; Markdown a `<br>`; DAPT a `<br/>`; the booth script (PDF, DOCX) a line break; JSON the offsets (`breaks`).
 * Word counts do not change. Before: every output flattened them to one line ("Harbor Bank, open all
 * day, save with us the harbor way!").
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import readExcelFile from 'read-excel-file/node';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';
import { parseCsv } from './helpers/csv.js';
import { lineBreaksIn, normaliseSpace, withLineBreaks } from '../src/text/words.js';

const dir = mkdtempSync(join(tmpdir(), 'vo-soft-breaks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const name of ['soft-breaks', 'soft-breaks-lo']) copyFileSync(join(ROOT, `tests/fixtures/booth/${name}.docx`), join(dir, `${name}.docx`));
const run = (args: string[]) => runCli(args, dir);

const JINGLE = 'Harbor Bank,\nopen all day,\nsave with us\nthe harbor way!';

describe('soft line breaks', () => {
  it('lineBreaksIn: the spaces of normaliseSpace that stand for a break; none at the ends', () => {
    const raw = ' Harbor Bank,\nopen all day, \n\n save\u2028with us\n';
    expect(normaliseSpace(raw)).toBe('Harbor Bank, open all day, save with us');
    expect(lineBreaksIn(raw)).toEqual([12, 26, 31]);
    expect(withLineBreaks(normaliseSpace(raw), lineBreaksIn(raw)!)).toBe('Harbor Bank,\nopen all day,\nsave\nwith us');
    expect(withLineBreaks('A: one two', [2, 6], 3)).toBe('one\ntwo');
    expect(lineBreaksIn('no break\there')).toBeNull();
    expect(lineBreaksIn('\nHarbor Bank!\n')).toBeNull();
  });

  for (const name of ['soft-breaks', 'soft-breaks-lo']) {
    it(`${name}: lines shows each sung line under the first, in the text column; counts as before`, () => {
      const { code, stdout } = run(['lines', `${name}.docx`, '--voice', 'Singer']);
      expect(code).toBe(0);
      expect(stdout.split('\n').filter((l) => l.startsWith('  ') && !l.startsWith('  !')).join('\n')).toBe(
        [
          '  ¶5   11 words  Harbor Bank,',
          '                 open all day,',
          '                 save with us',
          '                 the harbor way!',
          '  ¶7    2 words  Harbor Bank!',
          '  ¶10   4 words  First verse,',
          '                 second verse.',
        ].join('\n'),
      );
    });
  }

  it('JSON: the text as read, the breaks as offsets in it, in the line and in the cue', () => {
    const { code, stdout } = run(['lines', 'soft-breaks.docx', '--json']);
    expect(code).toBe(0);
    const voices = JSON.parse(stdout).voices as { name: string; words: number; lines: { text: string; words: number; breaks?: number[]; cue: { text: string; breaks?: number[] } | null }[] }[];
    expect(voices.map((v) => [v.name, v.words])).toEqual([
      ['Announcer', 21],
      ['Singer', 17],
    ]);
    const shown = (v: number) => voices[v]!.lines.map((l) => [l.text, l.breaks ?? null, l.words]);
    expect(shown(0)).toEqual([
      ['Spring is here at Harbor Bank.', null, 6],
      ['Rates from 2% a year. Terms apply.', null, 7],
      ['- Oui. - Non.', [6], 2],
      ['Call us today, we are open.', [14], 6],
    ]);
    expect(shown(1)).toEqual([
      ['Harbor Bank, open all day, save with us the harbor way!', [12, 26, 39], 11],
      ['Harbor Bank!', null, 2],
      ['First verse, second verse.', [12], 4],
    ]);
    expect(voices[0]!.lines[1]!.cue).toEqual({ voice: 'Singer', text: 'Harbor Bank, open all day, save with us the harbor way!', breaks: [12, 26, 39] });
  });

  it('CSV: a line break inside the quoted cell, in the line and in its cue', () => {
    expect(run(['export', 'soft-breaks.docx', '-o', 'l.csv']).code).toBe(0);
    const singer = parseCsv(readFileSync(join(dir, 'l-Singer.csv'), 'utf8'));
    expect(singer.map((row) => row[4])).toEqual(['Line', JINGLE, 'Harbor Bank!', 'First verse,\nsecond verse.']);
    const announcer = parseCsv(readFileSync(join(dir, 'l-Announcer.csv'), 'utf8'));
    expect(announcer.map((row) => [row[3], row[4]])).toEqual([
      ['Cue', 'Line'],
      ['', 'Spring is here at Harbor Bank.'],
      [`Singer: ${JINGLE}`, 'Rates from 2% a year. Terms apply.'],
      ['Singer: Harbor Bank!', "'- Oui.\n- Non."],
      ['Singer: First verse,\nsecond verse.', 'Call us today,\nwe are open.'],
    ]);
  });

  it('XLSX: a line break inside the wrapped cell', async () => {
    expect(run(['export', 'soft-breaks.docx', '-o', 'l.xlsx']).code).toBe(0);
    const sheets = await readExcelFile(join(dir, 'l.xlsx'));
    const rows = sheets.find((s) => s.sheet === 'Singer')!.data;
    expect(rows.slice(1).map((row) => row[4])).toEqual([JINGLE, 'Harbor Bank!', 'First verse,\nsecond verse.']);
  });

  it('Markdown: a <br> in the table cell', () => {
    expect(run(['export', 'soft-breaks.docx', '-o', 'l.md']).code).toBe(0);
    const rows = readFileSync(join(dir, 'l.md'), 'utf8').split('\n').filter((l) => /Harbor Bank,|Oui/.test(l));
    expect(rows).toEqual(['| 3 | `14f966cf` | ¶9 | 2 | 0.8 | - Oui.<br>- Non. |', '| 1 | `0b65a790` | ¶5 | 11 | 4.4 | Harbor Bank,<br>open all day,<br>save with us<br>the harbor way! |']);
  });

  it('DAPT: a <br/> in the paragraph', () => {
    expect(run(['export', 'soft-breaks.docx', '-o', 'l.ttml']).code).toBe(0);
    const paragraphs = [...readFileSync(join(dir, 'l.ttml'), 'utf8').matchAll(/<p [^>]*>(.*)<\/p>/g)].map((m) => m[1]);
    expect(paragraphs).toEqual([
      'Spring is here at Harbor Bank.',
      'Harbor Bank,<br/>open all day,<br/>save with us<br/>the harbor way!',
      'Rates from 2% a year. Terms apply.',
      'Harbor Bank!',
      '- Oui.<br/>- Non.',
      'First verse,<br/>second verse.',
      'Call us today,<br/>we are open.',
    ]);
  });

  it('the booth script as Word: a <w:br/> between the lines of the line, and of the cue', () => {
    expect(run(['sides', 'soft-breaks.docx', '--voice', 'Announcer', '-o', 'a.docx']).code).toBe(0);
    const xml = strFromU8(unzipSync(readFileSync(join(dir, 'a.docx')))['word/document.xml']!);
    const paragraphs = [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)].map((m) =>
      [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:br\/>/g)].map((t) => (t[1] === undefined ? '⏎' : t[1])).join(''),
    );
    expect(paragraphs.filter((p) => /Oui|Call us|Harbor Bank,/.test(p))).toEqual(['Singer: Harbor Bank,⏎open all day,⏎save with us⏎the harbor way!', '- Oui.⏎- Non.', 'Call us today,⏎we are open.']);
  });

  it.skipIf(spawnSync('pdftotext', ['-v']).error !== undefined)('the booth script as PDF: the sung lines one under the other', () => {
    expect(run(['sides', 'soft-breaks.docx', '--voice', 'Singer', '-o', 's.pdf']).code).toBe(0);
    const text = spawnSync('pdftotext', [join(dir, 's.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Harbor Bank,\nopen all day,\nsave with us\nthe harbor way!\n');
    expect(text).toContain('Announcer: - Oui.\n- Non.\n');
    expect(text).toContain('First verse,\nsecond verse.\n');
  });
});
