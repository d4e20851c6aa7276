/**
 * The `text-off-page` warning's sentence is written in one place (src/text/off-page.ts) from the
 * warning's details: by the PDF reader (no voice known), and again by the casting naming the voices
 * whose lines are cut (attribute/cut-voices.ts). The casting does not edit the reader's words, so a
 * change to them cannot leave the voices out. Fixtures: tests/fixtures/pdf-off-page/ (README).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Script, Warning } from '../src/model.js';
import { analyseBytes, analyseScript } from '../src/pipeline.js';
import { offPageFacts, offPageMessage } from '../src/text/off-page.js';

const DIR = join(__dirname, 'fixtures', 'pdf-off-page');
const ADVICE = 'Re-export the PDF so that the text fits the page (a narrower table, a smaller type, a landscape page), or count from the Word file.';

const offPage = (warnings: readonly Warning[]) => warnings.filter((w) => w.code === 'text-off-page');

async function analysed(file: string) {
  const path = join(DIR, file);
  return analyseBytes(new Uint8Array(readFileSync(path)), path);
}

/** The script with its `text-off-page` warning changed by `change`. */
function withOffPage(script: Script, change: (w: Warning) => Warning): Script {
  return { ...script, warnings: script.warnings.map((w) => (w.code === 'text-off-page' ? change(w) : w)) };
}

describe('offPageMessage: the sentence from the details', () => {
  it('one line cut at the page, its quote: the reader’s words on that line and its voice', () => {
    expect(offPageMessage({ pages: [3], lines: 1, text: 'Bonjour à tous', edge: 'page' })).toBe(
      `Text runs off the page on page 3: 1 line is cut at the edge (the first: "Bonjour à tous"), and what lies past it is not shown, so vo-lines could not read it: the word counts of that line and its voice may be short. ${ADVICE}`,
    );
  });

  it('a clip’s edge, thousands of lines over twelve pages, nothing quoted', () => {
    expect(offPageMessage({ pages: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], lines: 1234, text: '', edge: 'clip' })).toBe(
      `Text runs off the box it is drawn in on pages 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …: 1,234 lines are cut at the edge, and what lies past it is not shown, so vo-lines could not read it: the word counts of those lines and their voices may be short. ${ADVICE}`,
    );
  });

  it('with the voices: their clause in place of the reader’s, its first letter a capital', () => {
    expect(offPageMessage({ pages: [2, 4], lines: 2, text: 'The boats', edge: 'page' }, "text in no voice's colour is cut at the page's edge on pages 2, 4 (2 lines): the count of the unassigned text may be short")).toBe(
      `Text runs off the page on pages 2, 4: 2 lines are cut at the edge (the first: "The boats"), and what lies past it is not shown, so vo-lines could not read it. Text in no voice's colour is cut at the page's edge on pages 2, 4 (2 lines): the count of the unassigned text may be short. ${ADVICE}`,
    );
  });

  it('offPageFacts takes the four facts from the details, and nothing when one is missing or of another kind', () => {
    const details = { pages: [1], lines: 2, text: 'x', paragraphs: [4], colours: ['#00B050'], characters: 3, edge: 'clip', cut: [] };
    expect(offPageFacts(details)).toEqual({ pages: [1], lines: 2, text: 'x', edge: 'clip' });
    expect(offPageFacts(undefined)).toBeNull();
    expect(offPageFacts({ ...details, pages: undefined })).toBeNull();
    expect(offPageFacts({ ...details, pages: ['1'] })).toBeNull();
    expect(offPageFacts({ ...details, lines: '2' })).toBeNull();
    expect(offPageFacts({ ...details, text: null })).toBeNull();
    expect(offPageFacts({ ...details, edge: 'margin' })).toBeNull();
  });
});

describe('the reader and the casting write it from the same details', () => {
  it.each(['lo-wide-table-en.pdf', 'rl-off-page-en.pdf', 'chromium-overflow-en.pdf', 'chromium-nowrap-en.pdf'])('%s: the reader’s message is the sentence of its details', async (file) => {
    const { script } = await analysed(file);
    const [warning] = offPage(script.warnings);
    expect(warning?.message).toBe(offPageMessage(offPageFacts(warning?.details)!));
  });

  it('the casting names the voices whatever words the reader used: its sentence is written again from the details', async () => {
    const { script, report } = await analysed('chromium-overflow-en.pdf');
    const [named] = offPage(report.warnings);
    expect(named?.message).toMatch(/^Text runs off the box it is drawn in on page 1: 2 lines are cut at the edge \(the first: "Everything in the garden centr"\), and what lies past it is not shown, so vo-lines could not read it\. Anna's lines are cut at the edge of the box they are drawn in on page 1 \(2 lines: .+\): Anna's word count may be short\. Re-export the PDF/u);
    // The reader's sentence worded otherwise: the same message once cast.
    const reworded = await analyseScript(withOffPage(script, (w) => ({ ...w, message: 'Lines run past the edge of page 1; their words may be missing.' })));
    expect(offPage(reworded.report.warnings).map((w) => w.message)).toEqual([named?.message]);
  });

  it('details without the facts of the sentence (not the reader’s): its message kept, the voices still in the details', async () => {
    const { script, report } = await analysed('chromium-overflow-en.pdf');
    const [named] = offPage(report.warnings);
    const odd = await analyseScript(withOffPage(script, (w) => ({ ...w, message: 'Cut at the edge.', details: { ...w.details, pages: undefined } })));
    const [said] = offPage(odd.report.warnings);
    expect(said?.message).toBe('Cut at the edge.');
    expect(said?.details?.voices).toEqual(named?.details?.voices);
    expect(said?.details?.cut).toBeUndefined();
  });
});
