/**
 * Endnotes set on after the text on its last page, as Word's own PDFs set them
 * (scripts/pdf-producers/reportlab_endnotes_run_on.py): left out of the lines and said
 * (`notes-left-out`, as endnotes, as the DOCX says them), their calls cut from the words they are
 * glued to. Before, a roman-numbered note was said as a footnote, and notes whose calls stand on an
 * earlier page were read as script lines ("1 Source: …") with "workers1" keeping its call.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';

const DIR = join(__dirname, 'fixtures', 'pdf-furniture');

async function read(file: string) {
  const { report } = await analyse(join(DIR, file), { noConfig: true, lang: 'en' });
  return {
    lines: report.voices.flatMap((v) => v.lines.map((l) => l.text)),
    notes: report.warnings.filter((w) => w.code === 'notes-left-out').map((w) => w.details),
  };
}

describe('endnotes after the text on its last page', () => {
  it('one page, a roman call: an endnote left out, the call cut', async () => {
    const { lines, notes } = await read('endnote-runon-roman-en.pdf');
    expect(lines).toEqual([
      'Screen 8 — Why it matters',
      'Every year, forklifts injure thousands of workers. Most of these accidents could be avoided.',
      'So the rules really matter.',
    ]);
    expect(notes).toEqual([{ footnotes: 0, endnotes: 1, words: 8, include: 'endnotes' }]);
  });

  it('two pages, a call on each: both notes left out as endnotes, both calls cut', async () => {
    const { lines, notes } = await read('endnote-runon-pages-en.pdf');
    expect(lines).toEqual([
      'Screen 8 — Why it matters',
      'Screen 9 — Blind corners',
      'Every year, forklifts injure thousands of workers.',
      'Sound the horn at every blind corner.',
      'So the rules really matter.',
      'Even when the aisle looks empty?',
    ]);
    expect(notes).toEqual([{ footnotes: 0, endnotes: 2, words: 14, include: 'endnotes' }]);
  });
});
