/**
 * Italic and bold of complex-script text: Word shows a run marked right-to-left or complex (`w:rtl`,
 * `w:cs`), or written in such a script (Hebrew, Arabic, Thai…), with `w:iCs` / `w:bCs`, and other text
 * with `w:i` / `w:b`. The reader said italic from `w:i` alone: Hebrew with `w:iCs` read upright, Hebrew
 * with `w:i` alone (shown upright by Word) read italic — what emphasis detection (attribute/emphasis.ts)
 * and the booth script's directions go by. Documents built in memory; every flag asserted exactly.
 */
import { describe, expect, it } from 'vitest';
import { readDocx } from '../src/readers/docx/index.js';
import { buildDocx, r } from './helpers/docx-builder.js';

const P = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;

describe('complex-script italic and bold', () => {
  it('w:iCs/w:bCs for right-to-left and complex-script runs, w:i/w:b for the rest; styles too', async () => {
    const styles =
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="character" w:styleId="Aside"><w:name w:val="Aside"/><w:rPr><w:i/><w:iCs/></w:rPr></w:style>';
    const body =
      P(r('שלום לכולם', '<w:iCs/><w:rtl/>')) +
      P(r('שלום לכולם', '<w:i/><w:rtl/>')) +
      P(r('Hello all', '<w:iCs/>')) +
      P(r('Hello all', '<w:i/><w:iCs/>')) +
      P(r('مرحبا بكم', '<w:iCs/>')) +
      P(r('שלום', '<w:bCs/><w:rtl/>'), r('Shalom', '<w:bCs/>')) +
      P(r('בלחש', '<w:rStyle w:val="Aside"/><w:rtl/>'), r(' ', '<w:rtl/>'), r('12 3', '<w:cs/><w:iCs/>'));
    const script = await readDocx(buildDocx({ body, styles }), 'cs.docx');
    expect(script.paragraphs.map((p) => p.runs.map((run) => [run.text, run.italic ?? false, run.bold ?? false]))).toEqual([
      [['שלום לכולם', true, false]],
      [['שלום לכולם', false, false]],
      [['Hello all', false, false]],
      [['Hello all', true, false]],
      [['مرحبا بكم', true, false]],
      [
        ['שלום', false, true],
        ['Shalom', false, false],
      ],
      [
        ['בלחש', true, false],
        [' ', false, false],
        ['12 3', true, false],
      ],
    ]);
  });
});
