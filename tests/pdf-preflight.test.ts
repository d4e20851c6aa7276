/**
 * The look at a PDF's content streams before pdf.js reads them (readers/pdf/preflight.ts): the
 * nesting of saved graphics states, counted as operators only (not inside strings, names, comments
 * or inline images), and a file nesting them past the limit refused at once instead of keeping
 * pdf.js busy for minutes.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../src/readers/limits.js';
import { checkContentStreams, graphicsDepth } from '../src/readers/pdf/preflight.js';
import { readPdf } from '../src/readers/pdf/index.js';
import { onePagePdf } from './helpers/pdf-builder.js';

const depth = (content: string) => graphicsDepth(Buffer.from(content, 'latin1'));

const TEXT = 'BT /F1 12 Tf 72 700 Td (Hello world) Tj ET';

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
      await expect(checkContentStreams(ok, 'ok.pdf')).resolves.toBeUndefined();
      const deep = onePagePdf(`${'q\n'.repeat(LIMITS.graphicsStates + 1)}${TEXT}`, deflate);
      await expect(checkContentStreams(deep, 'deep.pdf')).rejects.toThrow(
        "deep.pdf is refused: the nesting of saved graphics states (q) in a content stream exceeds vo-lines' limit of 5,000 levels.",
      );
    }
  });

  it('readPdf refuses 100,000 unbalanced saves at once (code over-limit) and reads a page that balances them', async () => {
    const error = await readPdf(onePagePdf(`${'q\n'.repeat(100000)}${TEXT}`, true), 'saves.pdf', {}).catch((e: { code: string }) => e);
    expect((error as { code: string }).code).toBe('over-limit');
    const script = await readPdf(onePagePdf(`q q ${TEXT} Q Q`, true), 'fine.pdf', {});
    expect(script.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['Hello world']);
  });
});
