/**
 * LibreOffice PDFs from python-docx documents (scripts/build-pdf-pitch-fixtures.py) where a few
 * small lines set solid (a version block or a page header of two 9–10 pt lines, 10 pt directions)
 * stand in one block with a body set larger (12–13 pt, single, 1.15 or 1.5 spaced): the body's line
 * pitch is its own, not the small lines' (before, every wrap of the body split its paragraph:
 * Narrator 26 lines where the DOCX has 6). Each PDF's paragraphs read as its DOCX's.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { readScript } from '../src/readers/index.js';

const DIR = join(__dirname, 'fixtures', 'pdf-pitch');
const texts = async (file: string) => (await readScript(join(DIR, file))).paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
const configDir = mkdtempSync(join(tmpdir(), 'vo-lines-pitch-'));
afterAll(() => rmSync(configDir, { recursive: true, force: true }));
const config = join(configDir, 'config.json');
writeFileSync(config, JSON.stringify({ voices: { Narrator: { color: '#1F4E79' }, Expert: { color: '#38761D' } }, unassigned: ['#000000'] }));

const VERSION = ['Version 3 — approved 2026-11-02', 'Client: Harbour Heritage Trust — Episode 4 “The Catch”'];

describe('small lines above a larger body: the body keeps its own line pitch', () => {
  it.each([
    'version-10-serif-12', // single spacing: split before only where the small lines' pitch was tighter (no change)
    'version-9-sans-13',
    'version-10-serif-13-115', // 1.15: 21 paragraphs before
    'version-10-dejavu-12-150', // 1.5: 21 before
    'directions-10-serif-12', // 10 pt directions between 12 pt paragraphs, each its own line
    'directions-10-serif-12-115', // 21 before
    'directions-10-serif-12-solid', // no space between paragraphs: 21 before
    'header-10-serif-12', // a page header and a footer on two pages: furniture, gone
    'header-9-sans-13-115',
    'table-10-sans-12',
    'table-10-sans-12-115',
  ])('%s.pdf: every paragraph reads as the DOCX’s', async (name) => {
    expect(await texts(`${name}.pdf`)).toEqual(await texts(`${name}.docx`));
  });

  it('a page header on a page of its own (no furniture to tell it by): its two lines read as two lines, the footer as one, each body paragraph as the DOCX’s (20 paragraphs before)', async () => {
    const pdf = await texts('header-10-serif-12-115-one-page.pdf');
    expect(pdf.slice(0, 2)).toEqual(VERSION);
    expect(pdf.slice(2, -1)).toEqual(await texts('header-10-serif-12-115-one-page.docx'));
    expect(pdf.slice(-1)).toEqual(['Harbour — draft for recording']);
  });

  it('version-10-serif-13-115.pdf: Narrator 4 lines and Expert 2, as in the DOCX (Narrator 13 and Expert 6 before), the same words', async () => {
    const counts = async (file: string) => {
      const { report } = await analyse(join(DIR, file), { config });
      return report.voices.map((v) => [v.name, v.lines.length, v.words]);
    };
    const docx = await counts('version-10-serif-13-115.docx');
    expect(docx).toEqual([['Narrator', 4, 153], ['Expert', 2, 74]]);
    expect(await counts('version-10-serif-13-115.pdf')).toEqual(docx);
  });
});

describe('LibreOffice hyphenating: a compound broken at its own hyphen keeps it', () => {
  it.each([
    ['hyphen-auto-285', 'electrostatically-dissipative'], // before: "electrostaticallydissipative"
    ['hyphen-auto-400', 'newly-appointed'], // before: "newlyappointed"
  ])('%s.pdf: LibreOffice breaks words ("assem-" / "bly") and the compound "%s" at a line end, both with U+002D: the words joined, the compound kept; every paragraph as the DOCX’s', async (name, compound) => {
    const pdf = await texts(`${name}.pdf`);
    expect(pdf).toEqual(await texts(`${name}.docx`));
    expect(pdf.join(' ')).toContain(compound);
  });

  it('hyphen-auto-285.pdf: each voice’s words as in the DOCX', async () => {
    const counts = async (file: string) => (await analyse(join(DIR, file), { config })).report.voices.map((v) => [v.name, v.lines.length, v.words]);
    const docx = await counts('hyphen-auto-285.docx');
    expect(docx).toEqual([['Narrator', 2, 46], ['Expert', 2, 38]]);
    expect(await counts('hyphen-auto-285.pdf')).toEqual(docx);
  });
});

describe('LibreOffice footnotes in a DOCX without footnote styles', () => {
  it.each(['footnotes-plain-serif-12', 'footnotes-raised-serif-12'])('%s.pdf: a call raised after "hill," does not lift its line (its paragraph was split at the next line), and the notes set in the text’s own type, numbers full size, are no script lines, the calls gone: every paragraph as the DOCX’s', async (name) => {
    // Before: 7 paragraphs: "…hill,1 the fishing boats…their" | "and nets and…", and the two notes as lines.
    expect(await texts(`${name}.pdf`)).toEqual(await texts(`${name}.docx`));
  });
});
