/**
 * One sentence a paragraph with no space between paragraphs, each line reaching near the margin
 * (scripts/pdf-producers/docx_sentence_lines.py, LibreOffice's PDFs): no gap, indent or short line
 * tells the paragraphs apart, only that every line that reaches the margin ends a sentence before
 * a line opening with a capital. Before, the short page read as the heading and one line of all
 * three sentences (2 lines against the DOCX's 4), the long one as 15 lines against 31. Each PDF now
 * reads its DOCX's lines, voice by voice.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';

const DIR = join(__dirname, 'fixtures', 'pdf-oneline');

async function linesOf(file: string) {
  const { report } = await analyse(join(DIR, file), { noConfig: true });
  const out: Record<string, string[]> = {};
  for (const v of report.voices) out[v.name] = v.lines.map((l) => l.text);
  return out;
}

const S = [
  'Pedestrians and forklift trucks share the same busy aisles in this warehouse.',
  'Drivers must always slow down and sound the horn at every blind corner.',
  'Walk only inside the marked lanes and never behind a reversing truck.',
  'Keep both hands on the wheel and look where you are going at all times.',
  'Loads must be lowered before the truck turns or moves down any slope.',
];

describe('one-line paragraphs with no space between them', () => {
  it('a heading and three sentences on one page: four lines', async () => {
    const pdf = await linesOf('lo-sentences-short.pdf');
    expect(pdf['#C00000 red']).toEqual(S.slice(0, 3));
    expect(pdf).toEqual(await linesOf('lo-sentences-short.docx'));
  });

  it('thirty sentences in two colours: thirty lines, as the DOCX reads them', async () => {
    const pdf = await linesOf('lo-sentences-long.pdf');
    const sentences = Array.from({ length: 30 }, (_, i) => S[i % 5]!);
    expect(pdf['#C00000 red']).toEqual(sentences.filter((_, i) => Math.floor(i / 3) % 2 === 0));
    expect(pdf['#0070C0 blue']).toEqual(sentences.filter((_, i) => Math.floor(i / 3) % 2 === 1));
    expect(pdf).toEqual(await linesOf('lo-sentences-long.docx'));
  });
});
