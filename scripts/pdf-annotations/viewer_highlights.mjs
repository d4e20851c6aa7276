// Highlight annotations as different viewers write their bytes, over a plain (all black) English
// e-learning script made with PDFKit: quad corner orders, colours in 1, 3 and 4 components, a
// missing /C, an appearance stream whose colour is not /C's, /CA opacity, QuadPoints missing or
// malformed (Rect only).
//   node scripts/pdf-annotations/viewer_highlights.mjs
import { appearance, boxesOf, fillOps, layout, newDoc, pdfRect, quads, rawAnnot, save, str, union, writeData } from './lib.mjs';

const NAME = 'viewer-highlights-en';
const paras = [
  [[null, 'Module 3 \u2014 Working at height']],
  [[null, 'Recording script. Black text is not read; each voice is highlighted in its own colour.']],
  [['Narrator', 'Every year, falls from a ladder send thousands of people to hospital. Most of them were only going up for a minute.']],
  [['Learner', 'I only use the stepladder to reach the top shelf. That can\u2019t count as working at height, can it?']],
  [['Expert', 'It does. Any place where you could fall far enough to hurt yourself counts, even a single step.']],
  [['Supervisor', 'Before you start, check the feet of the ladder and the ground under them.']],
  [['Narrator', 'Three points of contact, always: two feet and a hand, or two hands and a foot.']],
  [['Learner', 'What if I need both hands for the job?']],
  [['Narrator', 'Then a ladder is the wrong tool. Ask for a platform.']],
  [['Expert', 'Never lean out to the side. Climb down and move the ladder instead.']],
  [['Supervisor', 'Sign the sheet at the end of the session.']],
  [['Narrator', 'End of module three.']],
];

const doc = newDoc({ title: 'Module 3 - Working at height' });
doc.addPage();
const { pieces } = layout(doc, paras.map((segs) => ({ segs })));
const para = (n) => boxesOf(pieces, (p) => p.para === n && p.voice);
const ap = (rects, c, gs) => ({ N: appearance(doc, union(rects), fillOps(rects, c), gs) });
const rectsOf = (boxes) => boxes.map((b) => pdfRect(doc, b));

// ¶3 Narrator: Acrobat's corner order, /C yellow, an appearance in Multiply (two lines, one annotation).
{
  const b = para(2);
  rawAnnot(doc, { Subtype: 'Highlight', Rect: union(rectsOf(b)), QuadPoints: quads(doc, b, 'acrobat'), C: [1, 1, 0], AP: ap(rectsOf(b), [1, 1, 0]), T: str('Acrobat'), Contents: str('') });
}
// ¶4 Learner: the order PDF 32000 describes (counter-clockwise), green, no appearance stream.
{
  const b = para(3);
  rawAnnot(doc, { Subtype: 'Highlight', Rect: union(rectsOf(b)), QuadPoints: quads(doc, b, 'spec'), C: [0, 1, 0] });
}
// ¶5 Expert: a CMYK colour (4 components: cyan), with an appearance drawn in CMYK.
{
  const b = para(4);
  rawAnnot(doc, { Subtype: 'Highlight', Rect: union(rectsOf(b)), QuadPoints: quads(doc, b), C: [1, 0, 0, 0], AP: ap(rectsOf(b), [1, 0, 0, 0]) });
}
// ¶6 Supervisor: a grey (1 component), no appearance.
{
  const b = para(5);
  rawAnnot(doc, { Subtype: 'Highlight', Rect: union(rectsOf(b)), QuadPoints: quads(doc, b), C: [0.75] });
}
// ¶7 Narrator: no /C at all and no appearance (viewers draw their default, yellow).
{
  const b = para(6);
  rawAnnot(doc, { Subtype: 'Highlight', Rect: union(rectsOf(b)), QuadPoints: quads(doc, b) });
}
// ¶8 Learner: /C says yellow, but the appearance (what a viewer draws) is green: a colour changed
// in a tool that rewrote the appearance and left /C.
{
  const b = para(7);
  rawAnnot(doc, { Subtype: 'Highlight', Rect: union(rectsOf(b)), QuadPoints: quads(doc, b), C: [1, 1, 0], AP: ap(rectsOf(b), [0, 1, 0]) });
}
// ¶9 Narrator: yellow at /CA 0.35, with its appearance at that opacity.
{
  const b = para(8);
  rawAnnot(doc, { Subtype: 'Highlight', Rect: union(rectsOf(b)), QuadPoints: quads(doc, b), C: [1, 1, 0], CA: 0.35, AP: ap(rectsOf(b), [1, 1, 0], { BM: 'Multiply', ca: 0.35 }) });
}
// ¶10 Expert: no QuadPoints, only Rect and the appearance.
{
  const b = para(9);
  rawAnnot(doc, { Subtype: 'Highlight', Rect: union(rectsOf(b)), C: [1, 0, 0, 0], AP: ap(rectsOf(b), [1, 0, 0, 0]) });
}
// ¶11 Supervisor: malformed QuadPoints (7 numbers), Rect and an appearance.
{
  const b = para(10);
  rawAnnot(doc, { Subtype: 'Highlight', Rect: union(rectsOf(b)), QuadPoints: quads(doc, b).slice(0, 7), C: [0.75], AP: ap(rectsOf(b), [0.75]) });
}
// ¶12 Narrator: no /C, an appearance in yellow.
{
  const b = para(11);
  rawAnnot(doc, { Subtype: 'Highlight', Rect: union(rectsOf(b)), QuadPoints: quads(doc, b), AP: ap(rectsOf(b), [1, 1, 0]) });
}
await save(doc, NAME + '.pdf');
writeData(NAME, {
  producer: 'PDFKit 0.20.2 page, Highlight annotations written as raw objects',
  description: 'English e-learning script in black; each voice marked by Highlight annotations written the way different viewers write them.',
  voices: { Narrator: { highlight: '#FFFF00' }, Learner: { highlight: '#00FF00' }, Expert: { highlight: '#00B9F2' }, Supervisor: { highlight: '#BFBFBF' } },
  unassigned: ['#000000'],
  // What a reader of the file can be sure of: ¶7's highlight has no colour (Chrome draws it yellow,
  // Firefox and MuPDF black over the text), ¶10's and ¶11's have no usable QuadPoints (pdf.js, so
  // Firefox, drops them; MuPDF draws their appearance): their text is read as no voice.
  paras: paras.map((segs, n) => ([6, 9, 10].includes(n) ? { segs: segs.map(([, t]) => [null, t]), unread: segs[0][0] } : { segs })),
});
