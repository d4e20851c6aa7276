/**
 * A tagged PDF marks what is not the document's content as /Artifact (PDF 32000 §14.8.2.2):
 * LibreOffice its page headers and footers (`/Artifact BMC`), Word and Chromium with properties
 * (`/Artifact <</Type /Pagination /Subtype /Footer>> BDC`). Text so marked above or below all of
 * a page's other text is page furniture, as in the DOCX (no script line; kept for a legend, read
 * with --include header,footer) — where a footer on one page only (a one-page script, a first-page
 * footer) repeats nowhere to be recognised by. Artifact text among the body's lines is read as
 * before (a producer's marks are trusted only where furniture stands).
 * Fixtures: scripts/pdf-producers/docx_tagged_furniture.py (LibreOffice 7.4, tagged export), and
 * pages built here by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { readPdf } from '../src/readers/pdf/index.js';
import type { ReadOptions } from '../src/model.js';
import { onePagePdf } from './helpers/pdf-builder.js';

const fixtures = fileURLToPath(new URL('./fixtures/pdf-producers/', import.meta.url));

const text = (at: [number, number], words: string) => `BT /F1 11 Tf ${at[0]} ${at[1]} Td (${words}) Tj ET\n`;
const BODY = [
  text([72, 700], 'The narrator opens the tour at the harbour gate.'),
  text([72, 686], 'The guide points to the customs house on the left.'),
  text([72, 672], 'The visitor asks whether the museum is open today.'),
].join('');

async function read(content: string, options: ReadOptions = {}) {
  const script = await readPdf(onePagePdf(content, false), 'tagged.pdf', options);
  return {
    lines: script.paragraphs.map((p) => [p.location.story, p.runs.map((r) => r.text).join('')]),
    furniture: (script.furniture ?? []).map((p) => [p.location.story, p.runs.map((r) => r.text).join('')]),
  };
}

describe('PDF: text marked /Artifact at the top or foot of a page is page furniture', () => {
  it('a header (BMC, as LibreOffice writes it) and a footer (BDC with /Pagination, as Word and Chromium do): left out, kept as furniture', async () => {
    const page =
      `/Artifact BMC\n${text([72, 760], 'ACME SPOT - DRAFT 2')}EMC\n` +
      `/P <</MCID 0>> BDC\n${BODY}EMC\n` +
      `/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n${text([72, 40], 'Confidential - not for broadcast')}EMC\n`;
    expect(await read(page)).toEqual({
      lines: [
        ['body', 'The narrator opens the tour at the harbour gate.'],
        ['body', 'The guide points to the customs house on the left.'],
        ['body', 'The visitor asks whether the museum is open today.'],
      ],
      furniture: [
        ['header', 'ACME SPOT - DRAFT 2'],
        ['footer', 'Confidential - not for broadcast'],
      ],
    });
    // Asked for, they are read as lines of their stories.
    expect((await read(page, { include: ['header', 'footer'] })).lines.map(([story]) => story)).toEqual(['header', 'body', 'body', 'body', 'footer']);
  });

  it('nested marked content: a /Span inside the artifact, an artifact inside a /Span', async () => {
    const page =
      `/Artifact BMC\n/Span <</ActualText (fi)>> BDC\n${text([72, 760], 'Spring campaign')}EMC\nEMC\n` +
      BODY +
      `/Span <</Lang (en)>> BDC\n/Artifact <</Type /Pagination>> BDC\n${text([300, 40], 'Page 1')}EMC\nEMC\n`;
    expect((await read(page)).furniture).toEqual([
      ['header', 'Spring campaign'],
      ['footer', 'Page 1'],
    ]);
  });

  it('artifact text among the body lines, and marked content that is no artifact, are read as before', async () => {
    const between = `${text([72, 700], 'The narrator opens the tour at the harbour gate.')}/Artifact BMC\n${text([72, 686], 'A line the producer marked as an artifact.')}EMC\n${text([72, 672], 'The visitor asks whether the museum is open today.')}`;
    expect((await read(between)).lines).toEqual([
      ['body', 'The narrator opens the tour at the harbour gate.'],
      ['body', 'A line the producer marked as an artifact.'],
      ['body', 'The visitor asks whether the museum is open today.'],
    ]);
    const other = `/Figure <</MCID 3>> BDC\n${text([72, 760], 'A caption above the text')}EMC\n${BODY}/Lbl BMC\n${text([72, 40], 'A closing line')}EMC\n`;
    expect((await read(other)).lines.map(([, t]) => t)).toContain('A closing line');
    expect((await read(other)).furniture).toEqual([]);
  });

  it('a page with only artifacts (nothing to set them apart from): read as before', async () => {
    expect(await read(`/Artifact BMC\n${text([72, 760], 'A page the producer marked whole')}EMC\n`)).toEqual({ lines: [['body', 'A page the producer marked whole']], furniture: [] });
  });
});

/** The same script as DOCX and as LibreOffice's tagged PDF: the same lines and counts, the header and footer in neither. */
describe.each(['lo-tagged-footer-en', 'lo-tagged-first-footer-fr'])('pdf-producers/%s: a tagged PDF and its DOCX', (name) => {
  it('the same lines, voice by voice, and the same counts; the header and footer kept as furniture', async () => {
    const [docx, pdf] = await Promise.all(['docx', 'pdf'].map((ext) => analyse(join(fixtures, `${name}.${ext}`), { noConfig: true })));
    const view = (report: typeof docx.report) => ({
      voices: report.voices.map((v) => ({ name: v.name, words: v.words, lines: v.lines.map((l) => [l.text, l.words]) })),
      total: report.total,
    });
    expect(view(pdf!.report)).toEqual(view(docx!.report));
    const data = JSON.parse(readFileSync(join(fixtures, `${name}.json`), 'utf8')) as { paras: { segs: [string | null, string][]; furniture?: boolean }[] };
    const furniture = data.paras.filter((p) => p.furniture).map((p) => p.segs[0]![1]);
    const script = await readPdf(new Uint8Array(readFileSync(join(fixtures, `${name}.pdf`))), `${name}.pdf`, {});
    expect([...new Set((script.furniture ?? []).map((p) => p.runs.map((r) => r.text).join('')))].sort()).toEqual([...furniture].sort());
  });
});
