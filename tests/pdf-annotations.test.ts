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
import { annotationWarnings, paintedAppearances, readAnnotations, type AnnotationData, type Painted } from '../src/readers/pdf/annotations.js';
import type { Matrix } from '../src/readers/pdf/geometry.js';
import { walkOperators } from '../src/readers/pdf/operators.js';
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

  it('fields-layers-en.pdf: text typed in text and choice fields read as page text in its colour (an appearance, one made from the value); a hidden field and a check box not; highlights that paint nothing, in a layer turned off, or at /CA 0 not read (two of them said)', async () => {
    const { report, got, expected } = await read('fields-layers-en.pdf');
    expect(got).toEqual(expected);
    expect(got.Narrator).toEqual({
      lines: ['Welcome to the site. Please sign in at the front desk.', 'Keep to the marked walkways in the yard.', 'Fire exits are at both ends of the hall.'],
      words: 28,
    });
    expect(got.Expert!.words).toBe(12);
    expect(got['(unassigned)']!.lines.slice(2)).toEqual([
      'This line was highlighted once, then the highlight was emptied.',
      'This line sits under a highlight in a review layer that is turned off.',
      'This line sits under a highlight that was made fully transparent.',
    ]);
    expect(warningsOf(report)).toEqual([
      ['highlight-paints-nothing', { highlights: 1, pages: [1] }],
      ['highlight-transparent', { highlights: 1, pages: [1] }],
    ]);
    const all = JSON.stringify(got);
    for (const unseen of ['hidden field', '\u2714', '✔', 'Assemble']) expect(all).not.toContain(unseen);
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

  it('leaves out a highlight in a layer turned off, one whose appearance paints nothing, one at /CA 0 (from the file’s bytes), and one whose own appearance pdf.js set aside when the file’s paints nothing', () => {
    const q = [100, 712, 300, 712, 100, 700, 300, 700];
    const drawn = { fill: '#FFFF00' as const, stroke: null, seeThrough: true, paints: true };
    const painted = new Map<string, Painted>([
      ['1R', { ...drawn, hidden: true }],
      ['2R', { fill: null, stroke: null, seeThrough: false, paints: false }],
      ['3R', drawn],
      ['4R', { ...drawn, madeUp: true }],
      ['5R', { ...drawn, madeUp: true }],
      ['6R', drawn],
    ]);
    const raw = { zeroOpacity: (id: string) => id === '3R', appearancePaints: (id: string) => (id === '4R' ? false : undefined) };
    const read = readAnnotations(
      ['1R', '2R', '3R', '4R', '5R', '6R'].map((id) => ({ id, subtype: 'Highlight', color: yellow, quadPoints: q, hasAppearance: true })),
      viewport, painted, raw,
    );
    // 5R: pdf.js drew /C in place of the file's appearance, which is not known: read in /C, as pdf.js draws it.
    expect(read.highlights.length).toBe(2);
    expect({ empty: read.empty, transparent: read.transparent, uncoloured: read.uncoloured }).toEqual({ empty: 2, transparent: 1, uncoloured: 0 });
    // A layer turned off hides a pen mark or a StrikeOut as well.
    const hidden = readAnnotations(
      [{ id: '1R', subtype: 'StrikeOut', quadPoints: q }, { id: '2R', subtype: 'Underline', rect: [100, 700, 300, 712] }],
      viewport, new Map([['1R', { ...drawn, hidden: true }], ['2R', { ...drawn, hidden: true }]]),
    );
    expect([hidden.strikes, hidden.marks]).toEqual([[], []]);
    // /CA 0 and no appearance: viewers make one at that opacity, and no one sees it: not read, not said.
    const unseen = readAnnotations([{ id: '3R', subtype: 'Highlight', color: yellow, quadPoints: q, hasAppearance: false }], viewport, new Map(), raw);
    expect([unseen.highlights, unseen.transparent, unseen.empty]).toEqual([[], 0, 0]);
  });

  it('tells from the operator list what an appearance paints: nothing, a fill at opacity 0, one pdf.js made (a form with no /BBox), one in a layer turned off', () => {
    const O = { beginAnnotation: 80, endAnnotation: 81, setGState: 9, setFillRGBColor: 59, constructPath: 91, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, beginMarkedContentProps: 70, endMarkedContent: 71 };
    const rect = [22, [[0, 72, 681, 1, 286, 681, 1, 286, 667, 1, 72, 667]], [72, 667, 286, 681]];
    const begin = (id: string): [number, unknown[]] => [O.beginAnnotation, [id, [72, 667, 286, 681], [1, 0, 0, 1, 0, 0], [1, 0, 0, 1, 0, 0], false]];
    const ops: (readonly [number, unknown[]])[] = [
      begin('1R'), [O.endAnnotation, []],
      begin('2R'), [O.setGState, [[['ca', 0]]]], [O.setFillRGBColor, ['#ffff00']], [O.constructPath, rect], [O.endAnnotation, []],
      begin('3R'), [O.setGState, [[['BM', 'multiply']]]], [O.paintFormXObjectBegin, [null, null]], [O.setFillRGBColor, ['#ffff00']], [O.constructPath, rect], [O.paintFormXObjectEnd, []], [O.endAnnotation, []],
      [O.beginMarkedContentProps, ['OC', { type: 'OCG', id: '9R' }]], begin('4R'), [O.setFillRGBColor, ['#ffff00']], [O.constructPath, rect], [O.endAnnotation, []], [O.endMarkedContent, []],
    ];
    const painted = paintedAppearances(ops.map((o) => o[0]), ops.map((o) => o[1]), [1, 0, 0, 1, 0, 0], (group) => (group as { id: string }).id !== '9R');
    expect(painted.get('1R')).toMatchObject({ paints: false, fill: null });
    expect(painted.get('2R')).toMatchObject({ paints: false, fill: null });
    expect(painted.get('3R')).toMatchObject({ paints: true, fill: '#FFFF00', madeUp: true });
    expect(painted.get('4R')).toMatchObject({ paints: true, fill: '#FFFF00', hidden: true });
    expect(painted.get('4R')!.madeUp).toBeUndefined();
  });

  it('walks a text field’s appearance as page text (a fresh state: black, through its transform), and the page’s state comes back after it, even when the appearance restores more than it saved', () => {
    const glyphs = (text: string) => [...text].map((c) => ({ unicode: c, width: 600, isSpace: c === ' ' }));
    const ops: [number, unknown[]][] = [
      [59, ['#c00000']], [10, []],
      [80, ['9R', [72, 690, 400, 710], [1, 0, 0, 1, 72, 690], [1, 0, 0, 1, 0, 0], false]],
      [11, []], [11, []], [71, []], [31, []], [37, ['F', 12]], [40, [2, 5]], [44, [glyphs('Typed')]], [32, []],
      [81, []],
      [80, ['8R', [72, 590, 400, 610], [1, 0, 0, 1, 72, 590], [1, 0, 0, 1, 0, 0], false]], [31, []], [37, ['F', 12]], [40, [2, 5]], [44, [glyphs('Unread')]], [32, []], [81, []],
      [31, []], [37, ['F', 12]], [40, [72, 500]], [44, [glyphs('Page')]], [32, []], [11, []],
    ];
    const content = walkOperators({
      page: 1, fnArray: ops.map((o) => o[0]), argsArray: ops.map((o) => o[1]), viewport: [1, 0, 0, -1, 0, 842], width: 595, height: 842,
      font: () => undefined, isVisible: () => true, highlights: [], fields: new Set(['9R']),
    });
    expect(content.glyphs.map((g) => [g.text, g.color, Math.round(g.x0), Math.round(g.baseline)])).toEqual([['Typed', '#000000', 74, 147], ['Page', '#C00000', 72, 342]]);
    expect(content.annotationIds).toEqual(['9R', '8R']);
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
