/**
 * What a PDF's own bytes say of an annotation where pdf.js does not tell (readers/pdf/raw-objects.ts):
 * its /CA when 0, and whether its own appearance paints anything; objects found by their last
 * header (an incremental update replaces one), not known when they cannot be read here.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { RawObjects } from '../src/readers/pdf/raw-objects.js';

const bytes = (...parts: (string | Uint8Array)[]) => {
  const chunks = parts.map((p) => (typeof p === 'string' ? new Uint8Array(Buffer.from(p, 'latin1')) : p));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
const stream = (num: number, content: Uint8Array | string, dict = '') => {
  const data = typeof content === 'string' ? new Uint8Array(Buffer.from(content, 'latin1')) : content;
  return bytes(`${num} 0 obj\n<< /Length ${data.length} ${dict}>>\nstream\n`, data, '\nendstream\nendobj\n');
};

describe('RawObjects', () => {
  const file = bytes(
    '%PDF-1.7\n',
    '4 0 obj\n<< /Type /Annot /Subtype /Highlight /CA 0 /AP << /N 5 0 R >> >>\nendobj\n',
    stream(5, ' \n'),
    '6 0 obj\n<< /Type /Annot /Subtype /Highlight /CA 0.35 /AP << /N 7 0 R >> >>\nendobj\n',
    stream(7, deflateSync(Buffer.from('/GS0 gs 1 1 0 rg 72 667 214 14 re f')), '/Filter /FlateDecode '),
    '8 0 obj\n<< /Type /Annot /Subtype /Highlight /AP << /N 9 0 R >> >>\nendobj\n',
    stream(9, 'q Q % f is only a comment\n'),
    // Object 8 again, in an update appended to the file: its appearance now paints.
    '8 0 obj\n<< /Type /Annot /Subtype /Highlight /AP << /N 10 0 R >> >>\nendobj\n',
    stream(10, 'q 1 1 0 rg 0 0 10 10 re f Q'),
    '11 0 obj\n<< /Type /Annot /Subtype /Highlight /AP << /N 12 0 R >> >>\nendobj\n',
    stream(12, 'xxxx', '/Filter /LZWDecode '),
    '13 0 obj\n<< /Type /Annot /Subtype /Highlight /AP << /N 14 0 R >> >>\nendobj\n',
    stream(14, 'q (f) pop % f is only a comment\nQ'),
    '15 0 obj\n<< /Type /Annot /Subtype /Highlight /AP << /N 16 0 R >> >>\nendobj\n',
    stream(16, 'BT /F1 9 Tf (a \\) f) Tj ET'),
    '%%EOF\n',
  );

  it('reads /CA 0 from an annotation’s dictionary, and no other opacity as 0', () => {
    const raw = new RawObjects(file);
    expect(['4R', '6R', '8R', '99R', 'nonsense'].map((id) => raw.zeroOpacity(id))).toEqual([true, false, false, false, false]);
  });

  it('says no opacity is 0 in a file that never writes /CA 0, without looking for objects', () => {
    const raw = new RawObjects(bytes('1 0 obj\n<< /CA 0.5 /ca 0 >>\nendobj\n'));
    expect(raw.zeroOpacity('1R')).toBe(false);
  });

  it('tells whether an appearance paints: an empty stream does not, a Flate one that fills does, the last copy of an object counts, a filter it cannot read is not known', async () => {
    const raw = new RawObjects(file);
    await raw.prepare(['4R', '6R', '8R', '11R', '99R', '13R', '15R']);
    expect(['4R', '6R', '8R', '11R', '99R', '13R', '15R', '17R'].map((id) => raw.appearancePaints(id))).toEqual([false, true, true, undefined, undefined, false, true, undefined]);
  });
});
