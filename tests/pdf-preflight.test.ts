/**
 * The look at a PDF's content streams before pdf.js reads them (readers/pdf/preflight.ts): the
 * nesting of saved graphics states, counted as operators only (not inside strings, names, comments
 * or inline images), and a file nesting them past the limit refused at once instead of keeping
 * pdf.js busy for minutes; the codes the fonts' CMaps map by ranges, counted as pdf.js reads them,
 * and a file whose ranges map more than the limit refused (an 871-byte PDF mapping 16.7 million
 * codes kept pdf.js busy 18 s and took 2 GB).
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../src/readers/limits.js';
import { checkContentStreams, cmapRangeCodes, graphicsDepth, xrefStreamEntries } from '../src/readers/pdf/preflight.js';
import { readPdf } from '../src/readers/pdf/index.js';
import { onePagePdf, cidFontPdf, shadedPdf } from './helpers/pdf-builder.js';
import { runCli } from './helpers/cli.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a build script, plain JavaScript
import { boundPdfjsWorker } from '../scripts/lib/pdfjs-bounds.mjs';

const depth = (content: string) => graphicsDepth(Buffer.from(content, 'latin1'));

const TEXT = 'BT /F1 12 Tf 72 700 Td (Hello world) Tj ET';

const codes = (cmap: string) => cmapRangeCodes(Buffer.from(cmap, 'latin1'));

/** A ToUnicode CMap as producers write one, with the `bfrange` lines given. */
const toUnicode = (...ranges: string[]) => `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
2 beginbfchar
<0003> <0020>
<0011> <002E>
endbfchar
${ranges.length} beginbfrange
${ranges.join('\n')}
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end
`;

describe('cmapRangeCodes', () => {
  it('counts the codes each range maps, as pdf.js loops over them', () => {
    // A font's identity map, the widest a real font needs with two-byte codes.
    expect(codes(toUnicode('<0000> <FFFF> <0000>'))).toBe(65536);
    expect(codes(toUnicode('<0024> <0027> <0041>', '<0044> <0046> <0061>'))).toBe(7);
    // An encoding CMap's CID ranges count the same way.
    expect(codes('1 begincidrange\n<0000> <00FF> 1\nendcidrange\n1 begincidrange <20> <7E> 1 endcidrange')).toBe(351);
    // A range onto an array maps no more codes than the array holds: the bytes bound it.
    expect(codes(toUnicode('<0000> <FFFF> [<0041> <0042>]'))).toBe(0);
    // Hex digits as pdf.js reads them: spaces skipped, an odd last digit padded with 0; bytes past
    // the fourth shift the first out (its strToInt).
    expect(codes('1 beginbfrange <00 00> <0 FF> <0041> endbfrange')).toBe(0x0ff0 + 1);
    expect(codes('1 beginbfrange <0100000000> <01000000FF> <0041> endbfrange')).toBe(256);
  });

  it('a range pdf.js skips (high below low, or wider than its 2^24 − 1) counts nothing; text and comments around are not ranges', () => {
    expect(codes(toUnicode('<FFFF> <0000> <0041>'))).toBe(0);
    expect(codes(toUnicode('<00000000> <FFFFFFFF> <0041>'))).toBe(0);
    expect(codes(toUnicode('<00000000> <00FFFFFF> <0041>'))).toBe(0x1000000);
    expect(codes('BT (1 beginbfrange <0000> <FFFF> <0041> endbfrange) Tj ET')).toBe(0);
    expect(codes('% 1 beginbfrange <0000> <FFFF> <0041> endbfrange\n')).toBe(0);
    // Dictionaries and names are no strings; nothing after endcmap is read.
    expect(codes('/CIDSystemInfo << /Registry (Adobe) >> def 1 beginbfrange <00> <0F> <0041> endbfrange endcmap 1 beginbfrange <0000> <FFFF> <0041> endbfrange')).toBe(16);
    // A damaged range (no destination) ends the section, as pdf.js stops reading it.
    expect(codes('2 beginbfrange <0000> <00FF> endbfrange 1 beginbfrange <0000> <000F> <0041> endbfrange')).toBe(16);
  });
});

describe('graphicsDepth', () => {
  it('counts q and Q as operators only', () => {
    expect(depth('q q Q q q q Q Q Q Q')).toBe(4);
    expect(depth('q 1 0 0 1 0 0 cm q 0 g Q Q')).toBe(2);
    // Not operators: inside strings (with escapes and nested parentheses), hex strings, names, comments.
    expect(depth('(q q q \\) q (q) q) <71717171> /q /Q %q q q q\nq Q')).toBe(1);
    // Inline image data may hold any bytes, up to the EI that ends it.
    expect(depth('q BI /W 1 /H 1 /BPC 8 /CS /G ID qqqq q q EI Q q')).toBe(1);
  });

  it('more Q than q never goes below zero', () => {
    expect(depth('Q Q Q q q')).toBe(2);
  });
});

describe('checkContentStreams', () => {
  it(`passes ${LIMITS.graphicsStates} nested saves, refuses one more (plain or deflated content)`, async () => {
    for (const deflate of [false, true]) {
      const ok = onePagePdf(`${'q '.repeat(LIMITS.graphicsStates)}${TEXT}${' Q'.repeat(LIMITS.graphicsStates)}`, deflate);
      await expect(checkContentStreams(ok, 'ok.pdf')).resolves.toEqual({ textStreams: 1, textOps: 1, links: false });
      const deep = onePagePdf(`${'q\n'.repeat(LIMITS.graphicsStates + 1)}${TEXT}`, deflate);
      await expect(checkContentStreams(deep, 'deep.pdf')).rejects.toThrow(
        "deep.pdf is refused: the nesting of saved graphics states (q) in a content stream exceeds vo-lines' limit of 5,000 levels.",
      );
    }
  });

  it(`passes fonts whose CMaps map ${LIMITS.cmapCodes.toLocaleString('en-US')} codes by ranges, refuses one more (one font or several; plain or deflated)`, async () => {
    const identity = '<0000> <FFFF> <0000>';
    const fonts = LIMITS.cmapCodes / 65536;
    for (const deflate of [false, true]) {
      const ok = onePagePdf(TEXT, deflate, Array.from({ length: fonts }, () => toUnicode(identity)));
      await expect(checkContentStreams(ok, 'ok.pdf')).resolves.toEqual({ textStreams: 1, textOps: 1, links: false });
      const over = onePagePdf(TEXT, deflate, [...Array.from({ length: fonts }, () => toUnicode(identity)), toUnicode('<0041> <0041> <0041>')]);
      await expect(checkContentStreams(over, 'fonts.pdf')).rejects.toThrow(
        "fonts.pdf is refused: the number of character codes its fonts' maps (CMaps) give by ranges exceeds vo-lines' limit of 2,097,152 codes. The file is damaged or not a script; if it is a real script, re-save it or split it.",
      );
      const wide = onePagePdf(TEXT, deflate, toUnicode('<00000000> <00FFFFFE> <0041>'));
      await expect(checkContentStreams(wide, 'wide.pdf')).rejects.toThrow('wide.pdf is refused: the number of character codes');
    }
  });

  it('readPdf refuses a font mapping 16.7 million codes at once (code over-limit) and reads the same page with a real map', async () => {
    const error = await readPdf(onePagePdf(TEXT, true, toUnicode('<00000000> <00FFFFFE> <0041>')), 'cmap.pdf', {}).catch((e: { code: string }) => e);
    expect((error as { code: string }).code).toBe('over-limit');
    const script = await readPdf(onePagePdf(TEXT, true, toUnicode('<0000> <FFFF> <0000>')), 'identity.pdf', {});
    expect(script.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['Hello world']);
  });

  it('readPdf refuses 100,000 unbalanced saves at once (code over-limit) and reads a page that balances them', async () => {
    const error = await readPdf(onePagePdf(`${'q\n'.repeat(100000)}${TEXT}`, true), 'saves.pdf', {}).catch((e: { code: string }) => e);
    expect((error as { code: string }).code).toBe('over-limit');
    const script = await readPdf(onePagePdf(`q q ${TEXT} Q Q`, true), 'fine.pdf', {});
    expect(script.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['Hello world']);
  });
});

describe('cross-reference streams listing more objects than a PDF may have (ISO 32000-1 Annex C: 8,388,607)', () => {
  it('counts /Index pairs (else /Size) as pdf.js loops over them', () => {
    expect(xrefStreamEntries('<< /Type /XRef /W [1 2 1] /Index [0 7 12 3] /Size 15 >>')).toBe(10);
    expect(xrefStreamEntries('<< /Type /XRef /W [1 3 1] /Size 2400 /Root 1 0 R >>')).toBe(2400);
    // pdf.js refuses a count that is no integer at once; a negative one loops over nothing; it reads 1e30 as a number.
    expect(xrefStreamEntries('<< /Type /XRef /W [0 0 0] /Index [7 1.5 0 -5] >>')).toBe(0);
    expect(xrefStreamEntries('<< /Type /XRef /W [0 0 0] /Index [7 1e30] >>')).toBe(1e30);
  });

  it('a stream of entries of no bytes claiming 100 million objects is refused at once; a real one reads', async () => {
    const xref = (count: number) => {
      const body = '%PDF-1.5\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n';
      return Buffer.from(`${body}2 0 obj\n<< /Type /XRef /W [0 0 0] /Index [7 ${count}] /Size ${7 + count} /Root 1 0 R /Length 0 >>\nstream\n\nendstream\nendobj\nstartxref\n${body.length}\n%%EOF\n`, 'latin1');
    };
    await expect(checkContentStreams(xref(LIMITS.xrefEntries), 'ok.pdf')).resolves.toEqual({ textStreams: 0, textOps: 0, links: false });
    await expect(checkContentStreams(xref(100_000_000), 'xref.pdf')).rejects.toThrow(
      "xref.pdf is refused: the number of objects its cross-reference streams list exceeds vo-lines' limit of 8,388,607 objects. The file is damaged or not a script; if it is a real script, re-save it or split it.",
    );
  });
});

describe("pdf.js's CID width ranges, bounded at the largest CID (scripts/lib/pdfjs-bounds.mjs)", () => {
  const bound = boundPdfjsWorker as (code: string, file: string) => string;

  it('the build bounds both loops and the sample table, and fails when pdf.js no longer holds them', () => {
    const loop = 'for (let j = start; j <= code; j++) {';
    const table = '    for (const s of size) {\n      length *= s;\n    }\n    const array = new Array(length);';
    expect(bound(`a ${loop} w } b ${loop} v } ${table}`, 'pdf.worker.mjs')).toBe(
      'a for (let j = start, last = Math.min(code, 65535); j <= last; j++) { w } b for (let j = start, last = Math.min(code, 65535); j <= last; j++) { v }     for (const s of size) {\n      length *= s;\n    }\n    if (!(length <= 67108864)) throw new FormatError("Sampled function: more than 2^26 samples.");\n    const array = new Array(length);',
    );
    expect(() => bound(`a ${loop} w } ${table}`, 'pdf.worker.mjs')).toThrow('pdfjs-bounds: expected 2 CID-range loops');
    expect(() => bound(`a ${loop} w } b ${loop} v }`, 'pdf.worker.mjs')).toThrow('pdfjs-bounds: expected 1 sampled-function table');
  });

  it('a shading whose sampled function claims 300 million samples (from 16 bytes) is dropped as damaged at once; the page reads as with a real one, its background said unknown', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-lines-sampled-'));
    try {
      // A white shading over the page (samples 0xFF): no background under "Hello".
      const outputs = ['2', '100000000'].map((size) => {
        writeFileSync(join(dir, 'shaded.pdf'), shadedPdf(size, '\u00FF'));
        // Without the bound: 13 s and 1.4 GB, or the time budget.
        const run = runCli(['lines', 'shaded.pdf', '--no-config', '--timeout', '20'], dir);
        return [run.code, run.stdout, run.stderr] as const;
      });
      expect(outputs[0]![0]).toBe(0);
      expect(outputs[0]![1]).toContain('Hello');
      expect(outputs[0]![1]).not.toContain('background painted by a gradient');
      // The damaged one (pdf.js draws none of it): the same text, and what stands on it is said.
      const said = 'Text on page 1 stands on a background painted by a gradient or pattern whose colour vo-lines cannot tell';
      expect(outputs[1]![0]).toBe(0);
      expect(outputs[1]![1]).toContain(said);
      expect(outputs[1]![1].replace(/\nWarnings \(1\):\n {2}! [^\n]*\n$/u, '')).toBe(outputs[0]![1]);
      expect(outputs[1]![2]).toBe(outputs[0]![2]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('a CIDFont whose widths (/W) or vertical metrics (/W2) span 100 million CIDs is read at once, as with the 65,536 CIDs a font can have', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-lines-cid-widths-'));
    try {
      const files: Record<string, string> = {
        'real.pdf': '/W [0 65535 500]',
        'widths.pdf': '/W [0 100000000 500]',
        'vertical.pdf': '/W [0 65535 500] /W2 [0 100000000 -1000 250 880]',
      };
      const outputs = Object.entries(files).map(([name, entries]) => {
        writeFileSync(join(dir, name), cidFontPdf(entries, name === 'vertical.pdf'));
        // Without the bound, pdf.js filled 100 million elements: 115 s and 5 GB, past any time budget.
        const run = runCli(['lines', name, '--no-config', '--timeout', '20'], dir);
        return [run.code, run.stdout.replaceAll(name, 'FILE'), run.stderr];
      });
      expect(outputs[0]![0]).toBe(0);
      expect(outputs[0]![1]).toContain('Hello');
      expect(outputs[1]).toEqual(outputs[0]);
      expect(outputs[2]![0]).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
