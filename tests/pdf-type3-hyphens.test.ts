/**
 * pdfTeX's bitmap (Type 3) fonts give no text for their ligatures (scripts/pdf-producers/tex_type3_hyphens.py):
 * a word TeX breaks before its fi ("dif-" / "ficulties") has a line opening with a letter that cannot be
 * read (U+FFFD). It is one word, joined as any broken word, and the missing letters are said.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../src/readers/pdf/index.js';
import { countWords } from '../src/text/words.js';
import { PDF_PRODUCERS_DIR } from './helpers/producers.js';

describe('a word broken before a ligature a bitmap font cannot give back', () => {
  it('tex-type3-hyphens-en.pdf: "dif-" / "�culties" is one word without its hyphen (was "dif- �culties", two words); the solid "di�culties" elsewhere says it is a break', async () => {
    const file = join(PDF_PRODUCERS_DIR, 'tex-type3-hyphens-en.pdf');
    const script = await readPdf(new Uint8Array(readFileSync(file)), file, {});
    const texts = script.paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
    expect(texts).toEqual([
      'Today we look at the main dif\uFFFDculties that the o\uFFFDcial o\uFFFDce sta\uFFFD meet when the alarm goes o\uFFFD in the warehouse at night.',
      'Which di\uFFFDculties come up \uFFFDrst for the sta\uFFFD on the ground \uFFFDoor and the o\uFFFDce upstairs?',
    ]);
    // As many words as the text TeX was given: 23 and 16.
    expect(texts.map(countWords)).toEqual([23, 16]);
    expect(script.warnings.map((w) => [w.code, w.details])).toEqual([
      ['unmapped-glyphs', { pages: [1], characters: 10, words: ['\uFFFDculties', 'o\uFFFDcial', 'o\uFFFDce'] }],
    ]);
  });
});
