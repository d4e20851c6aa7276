/**
 * Paragraphs set with no space between them (LibreOffice's default style; scripts/build-pdf-unspaced-fixtures.py):
 * a paragraph ending in a sentence on a full line, then one opening with a capital, looks on the page just
 * like a sentence wrapped inside a paragraph. They are joined (a text rule splitting there splits true
 * paragraphs elsewhere), and said once (`paragraphs-unspaced`) with what was joined. Text whose paragraphs
 * are spaced, or open with a first-line indent, tells them apart: nothing said.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';

const FIXTURES = join(__dirname, 'fixtures');

async function read(file: string) {
  const { report } = await analyse(join(FIXTURES, file), { noConfig: true });
  return {
    voices: Object.fromEntries(report.voices.map((v) => [v.name, v.lines.map((l) => l.text.split(' ').length)])),
    said: report.warnings.filter((w) => w.code === 'paragraphs-unspaced').map((w) => ({ message: w.message, details: w.details })),
  };
}

describe('paragraphs with no space between them', () => {
  it('two paragraphs of one voice, joined where a full line ends a sentence: read as one line, and said', async () => {
    const { voices, said } = await read('pdf-unspaced/unspaced-en.pdf');
    expect(voices).toEqual({ Narrator: [43, 48], Expert: [15, 16] });
    const sample = '…with reversing trucks and forklifts. Unfortunately, most of those near…';
    expect(said).toEqual([{
      message: `On page 1, lines are set with no space between paragraphs: where one paragraph ends and the next begins cannot be told from the page, so line counts may be off (word counts are right): "${sample}" (page 1) is read as one line where it may be two. If they are two paragraphs, count from the Word or LibreOffice file, or export the PDF with space after paragraphs.`,
      details: { pages: [1], samples: [{ page: 1, text: sample }], joins: 1 },
    }]);
  });

  it('the same paragraphs 6 pt apart: told apart, nothing said', async () => {
    const { voices, said } = await read('pdf-unspaced/spaced-en.pdf');
    expect(voices).toEqual({ Narrator: [43, 15, 33], Expert: [15, 16] });
    expect(said).toEqual([]);
  });

  it('double-spaced LibreOffice prose with no paragraph spacing: its sentences ending at a line end are said', async () => {
    const { said } = await read('pdf-oneline/lo-oneline-double.pdf');
    expect(said.map((s) => s.details)).toEqual([{
      pages: [1],
      samples: [
        { page: 1, text: '…seven times across the still water. Her brother is waiting by the…' },
        { page: 1, text: '…west and the first waves slap the hull. Marie laughs and says the sea has never…' },
      ],
      joins: 2,
    }]);
  });

  it('a LibreOffice PDF with footnotes, spacing 0: the one sentence ending a full line is said', async () => {
    const { said } = await read('pdf-producers/lo-footnotes-fr.pdf');
    expect(said.map((s) => s.details)).toEqual([{
      pages: [3],
      samples: [{ page: 3, text: '…garder le dos droit. Bonne chance\u00A0! «\u00A0À tout de suite pour la correction.\u00A0»' }],
      joins: 1,
    }]);
  });

  it.each(['pdf-layout/audiobook-columns.pdf', 'pdf-paras/dash-chromium.pdf', 'pdf-paras/dash-wp.pdf', 'legends/en-elearning-key-in-words.pdf'])(
    '%s: paragraphs told by first-line indents or spacing: nothing said', async (file) => {
      expect((await read(file)).said).toEqual([]);
    });
});
