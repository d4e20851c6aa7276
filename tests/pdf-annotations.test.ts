/**
 * PDF annotations as narrators and studios make them in their viewers (tests/fixtures/pdf-annotations/,
 * made by scripts/pdf-annotations/): highlights written the ways viewers write them (quad orders,
 * colours in 1, 3 or 4 components, no /C, an appearance whose colour is not /C's, opacity, missing
 * QuadPoints), Firefox's highlights and free highlights, marker strokes and rectangle highlighters,
 * pen marks, shapes and underlines (said, not read), StrikeOut (cut), comments (never read), two
 * highlights one over the other (the top one is seen), highlights flattened into the page, rotated
 * and cropped pages, an incremental update. Every voice's lines and words must come out exactly as
 * the script data beside each PDF gives them (scripts/pdf-producers/expected.mjs).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { annotationWarnings, readAnnotations, type AnnotationData } from '../src/readers/pdf/annotations.js';
import type { Matrix } from '../src/readers/pdf/geometry.js';
// @ts-expect-error plain JavaScript module shared with the fixture check script
import { expectedOf } from '../scripts/pdf-producers/expected.mjs';

const DIR = join(__dirname, 'fixtures', 'pdf-annotations');
const configDir = mkdtempSync(join(tmpdir(), 'vo-lines-annotations-'));
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

interface ScriptData {
  name: string;
  voices: Record<string, { color?: string; highlight?: string }>;
  unassigned: string[];
}

async function read(pdf: string) {
  const script = JSON.parse(readFileSync(join(DIR, pdf.replace(/\.pdf$/, '.json')), 'utf8')) as ScriptData;
  const config = join(configDir, `${script.name}.json`);
  writeFileSync(config, JSON.stringify({ voices: script.voices, unassigned: script.unassigned }));
  const { report } = await analyse(join(DIR, pdf), { config });
  const got: Record<string, { lines: string[]; words: number }> = {};
  for (const v of report.voices) got[v.name] = { lines: v.lines.map((l) => l.text), words: v.words };
  got['(unassigned)'] = { lines: report.unassigned.lines.map((l) => l.text), words: report.unassigned.words };
  return { report, got, expected: expectedOf(script) as Record<string, { lines: string[]; words: number }> };
}

const warningsOf = (report: { warnings: { code: string; details?: unknown }[] }) => report.warnings.map((w) => [w.code, w.details]);

describe('annotated PDFs: every voice’s exact lines and words, and what is said', () => {
  it('viewer-highlights-en.pdf: quads in either corner order, grey and CMYK colours, the appearance’s colour over /C, opacity; a highlight with no colour is said, not read', async () => {
    const { report, got, expected } = await read('viewer-highlights-en.pdf');
    expect(got).toEqual(expected);
    // ¶8: /C says yellow, the appearance (what viewers draw) is green: the Learner's.
    expect(got.Learner!.lines).toContain('What if I need both hands for the job?');
    expect(warningsOf(report)).toEqual([['highlight-no-colour', { highlights: 1, pages: [1] }]]);
  });

  it('pdfjs-editor-en.pdf: Firefox highlights and free highlights, a see-through marker stroke, a rectangle highlighter and an iPad marker session (one Square, two strokes, a line between them unmarked) read; a pen circle, a polygon and an underline said; comments never read', async () => {
    const { report, got, expected } = await read('pdfjs-editor-en.pdf');
    expect(got).toEqual(expected);
    expect(warningsOf(report)).toEqual([['annotation-marks', { marks: 3, pages: [1], kinds: { pen: 1, shape: 1, underline: 1 } }]]);
    const all = JSON.stringify(got);
    for (const comment of ['Slower here', 'smile on', 'pronunciation']) expect(all).not.toContain(comment);
  });

  it('mupdf-review-fr.pdf (MuPDF, incremental update): the top one of two highlights wins, a StrikeOut cuts its text, underline, squiggly and pen circle said, caret, note and FreeText never read', async () => {
    const { report, got, expected } = await read('mupdf-review-fr.pdf');
    expect(got).toEqual(expected);
    expect(got.Thomas!.lines[0]).toContain('Le train, Inès. Ce n’est pas moi qui conduis.');
    expect(warningsOf(report)).toEqual([
      ['struck-text', { words: 2, paragraphs: 1, struck: ['Il hésita.'] }],
      ['annotation-marks', { marks: 3, pages: [1], kinds: { pen: 1, underline: 2 } }],
    ]);
    const all = JSON.stringify(got);
    for (const comment of ['Plus lent', 'Respirer', 'enfin']) expect(all).not.toContain(comment);
  });

  it('flattened-fr.pdf: highlights drawn into the page after its text (Multiply, one at opacity 0.4) are read; a see-through wash over a whole page is no highlight', async () => {
    const { report, got, expected } = await read('flattened-fr.pdf');
    expect(got).toEqual(expected);
    expect(report.warnings).toEqual([]);
  });

  it('xournal-highlighter-en.pdf: Xournal++ highlighter strokes drawn into the page after the text (wide, Multiply, opacity 0.47), one over part of a line, are read', async () => {
    const { report, got, expected } = await read('xournal-highlighter-en.pdf');
    expect(got).toEqual(expected);
    expect(report.warnings).toEqual([]);
  });

  it('poppler-lo-fr.pdf: a LibreOffice PDF marked as Evince and Okular mark it (Poppler: no appearance streams, an incremental update), a StrikeOut over two lines cut, an underline said', async () => {
    const { report, got, expected } = await read('poppler-lo-fr.pdf');
    expect(got).toEqual(expected);
    expect(warningsOf(report)).toEqual([
      ['struck-text', { words: 6, paragraphs: 1, struck: ['Comptez à voix haute, ça aide.'] }],
      ['annotation-marks', { marks: 1, pages: [1], kinds: { underline: 1 } }],
    ]);
    expect(JSON.stringify(got)).not.toContain('prononciation');
  });

  it('pages-rotated-cropped-en.pdf: highlights on a /Rotate 90 page and on a page cropped in from its MediaBox', async () => {
    const { got, expected } = await read('pages-rotated-cropped-en.pdf');
    expect(got).toEqual(expected);
  });

  it('latex-mupdf-en.pdf: pdfTeX justified text with ligatures, MuPDF highlights over several lines', async () => {
    const { got, expected } = await read('latex-mupdf-en.pdf');
    expect(got).toEqual(expected);
  });
});

describe('readAnnotations', () => {
  // PDF space to a top-left device space on an A4 page.
  const viewport: Matrix = [1, 0, 0, -1, 0, 842];
  const yellow = [255, 255, 0];

  it('reads the same box from a quad in Acrobat’s Z order and in the standard’s counter-clockwise order', () => {
    const z: AnnotationData = { id: '1R', subtype: 'Highlight', color: yellow, quadPoints: [100, 712, 300, 712, 100, 700, 300, 700] };
    const ccw: AnnotationData = { id: '2R', subtype: 'Highlight', color: yellow, quadPoints: [100, 700, 300, 700, 300, 712, 100, 712] };
    expect(readAnnotations([z], viewport).highlights[0]!.boxes).toEqual(readAnnotations([ccw], viewport).highlights[0]!.boxes);
  });

  it('puts the last drawn highlight first (it is on top)', () => {
    const q = [100, 712, 300, 712, 100, 700, 300, 700];
    const read = readAnnotations([
      { id: '1R', subtype: 'Highlight', color: yellow, quadPoints: q },
      { id: '2R', subtype: 'Highlight', color: [0, 255, 0], quadPoints: q },
    ], viewport);
    expect(read.highlights.map((h) => h.color)).toEqual(['#00FF00', '#FFFF00']);
  });

  it('takes the colour the appearance paints over /C, and leaves a highlight with neither /C nor appearance unread', () => {
    const q = [100, 712, 300, 712, 100, 700, 300, 700];
    const painted = new Map([['1R', { fill: '#00FF00' as const, stroke: null, seeThrough: true }]]);
    const read = readAnnotations([
      { id: '1R', subtype: 'Highlight', color: yellow, quadPoints: q, hasAppearance: true },
      { id: '2R', subtype: 'Highlight', color: null, quadPoints: q, hasAppearance: false },
      { id: '3R', subtype: 'Highlight', color: yellow, quadPoints: q, opacity: 0 },
    ], viewport, painted);
    expect(read.highlights.map((h) => h.color)).toEqual(['#00FF00']);
    expect(read.uncoloured).toBe(1);
  });

  it('reads a wide see-through ink stroke as a highlight along its line, a thin opaque one as a pen mark', () => {
    const line = [100, 706, 160, 707, 220, 705, 300, 706];
    const read = readAnnotations([
      { id: '1R', subtype: 'Ink', color: [255, 203, 230], opacity: 0.4, inkLists: [line], borderStyle: { width: 14 }, rect: [86, 690, 314, 722] },
      { id: '2R', subtype: 'Ink', color: [255, 0, 0], opacity: 1, inkLists: [line], borderStyle: { width: 2 }, rect: [98, 703, 302, 709] },
    ], viewport);
    expect(read.highlights).toHaveLength(1);
    const [box] = read.highlights[0]!.boxes;
    expect(box![1]).toBeCloseTo(842 - 707 - 7);
    expect(box![3]).toBeCloseTo(842 - 705 + 7);
    expect(read.marks.map((m) => m.kind)).toEqual(['pen']);
  });

  it('reads a Firefox free highlight whose /BS /W pdf.js set aside from how far its rectangle reaches past the stroke', () => {
    // Firefox writes the thickness (12) in /BS /W and a Rect just that high: pdf.js takes W back to 1.
    const read = readAnnotations([
      { id: '1R', subtype: 'Ink', it: 'InkHighlight', color: [128, 235, 255], opacity: 1, inkLists: [[100, 706, 300, 706]], borderStyle: { width: 1 }, rect: [94, 700, 306, 712] },
    ], viewport);
    expect(read.highlights[0]!.boxes).toEqual([[94, 130, 306, 142]]);
  });

  it('turns StrikeOut quads into cut areas, and Underline and Squiggly into marks', () => {
    const q = [100, 712, 300, 712, 100, 700, 300, 700];
    const read = readAnnotations([
      { id: '1R', subtype: 'StrikeOut', color: [255, 0, 0], quadPoints: q },
      { id: '2R', subtype: 'Underline', color: [0, 0, 255], quadPoints: q, rect: [100, 700, 300, 712] },
      { id: '3R', subtype: 'Squiggly', color: [255, 0, 0], quadPoints: q, rect: [100, 700, 300, 712] },
      { id: '4R', subtype: 'FreeText', color: [255, 255, 204], rect: [100, 700, 300, 712] },
      { id: '5R', subtype: 'Text', color: [255, 255, 0], rect: [100, 700, 120, 720] },
    ], viewport);
    expect(read.strikes).toEqual([[100, 130, 300, 142]]);
    expect(read.marks.map((m) => m.kind)).toEqual(['underline', 'underline']);
    expect(read.highlights).toEqual([]);
  });

  it('names at most ten pages in a warning (all of them in its details)', () => {
    const notes = Array.from({ length: 12 }, (_, i) => ({ page: i + 1, uncoloured: 0, marks: { underline: 1 } }));
    const [w] = annotationWarnings(notes);
    expect(w!.message).toBe('This PDF has 12 marks over text on pages 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, … (12 underlines) that are not read as colour coding: only highlights are. If a mark stands for a voice, highlight that text instead.');
    expect((w!.details as { pages: number[] }).pages).toHaveLength(12);
  });

  it('reads a Square painted see-through where its appearance fills (each stroke of an iPad session), not over its whole rectangle', () => {
    const painted = new Map([['1R', { fill: '#C48AFF' as const, stroke: null, seeThrough: true, areas: [[60, 100, 300, 112], [60, 130, 280, 142]] as [number, number, number, number][] }]]);
    const read = readAnnotations([{ id: '1R', subtype: 'Square', color: [197, 138, 255], rect: [60, 700, 300, 742] }], viewport, painted);
    expect(read.highlights).toEqual([{ boxes: [[60, 100, 300, 112], [60, 130, 280, 142]], color: '#C48AFF' }]);
    expect(read.marks).toEqual([]);
    // Painted opaque (a box drawn round text, filled): a mark, not a highlight.
    const opaque = readAnnotations([{ id: '1R', subtype: 'Square', color: [0, 0, 0], rect: [60, 700, 300, 742] }], viewport, new Map([['1R', { fill: '#FFFFFF' as const, stroke: '#000000' as const, seeThrough: false, areas: [[60, 100, 300, 142]] as [number, number, number, number][] }]]));
    expect(opaque.highlights).toEqual([]);
    expect(opaque.marks.map((m) => m.kind)).toEqual(['shape']);
  });
});
