/**
 * A run of 16 million ideographic spaces (U+3000) in one paragraph: V8's `/\s+/u` overflows its
 * stack on such a run in a two-byte string (`'x' + '\u3000'.repeat(2 ** 24) + 'y'`, replace, split
 * and test alike), where plain or no-break spaces pass. The fuzzer found it in a table of contents'
 * entry (`word-toc-en.docx`: the file was refused as "damaged: Maximum call stack size exceeded");
 * whitespace is collapsed without a regular expression now (text/words.ts `normaliseSpace`).
 */
import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../src/pipeline.js';
import { buildDocx, p, r } from './helpers/docx-builder.js';

const FLOOD = '\u3000'.repeat(2 ** 24);

describe('sixteen million ideographic spaces in one paragraph', () => {
  it('in a table of contents entry: the file is read, the entry left out as a table of contents', async () => {
    const toc =
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      `${r(`Part one${FLOOD}1`)}</w:p><w:p>${r('Part two 2')}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    const analysis = await analyseBytes(buildDocx({ body: toc + p('The narrator reads this line.') }), 'toc.docx');
    expect(analysis.report.total.words).toBe(5);
    const toc_ = analysis.report.warnings.find((w) => w.code === 'toc-left-out');
    expect(toc_?.details).toEqual({ lines: 2, first: ['Part one 1', 'Part two 2'] });
  });

  it('in a line: counted as the words around it', async () => {
    const analysis = await analyseBytes(buildDocx({ body: p(`Hello${FLOOD}world.`) + p('The narrator reads this line.') }), 'line.docx');
    expect(analysis.report.total.words).toBe(7);
    expect(analysis.report.voices.flatMap((v) => v.lines.map((l) => l.words))).toEqual([2, 5]);
  });
});
