// Annotations as Firefox's PDF editor (pdf.js 5.x, src/core/annotation.js createNewDict and
// createNewAppearanceStream) saves them, plus the pen and shape marks narrators make on a tablet,
// over a plain English radio commercial made with PDFKit:
//   - text highlight: /Highlight, /QuadPoints, /C, /CA, an appearance filled in Multiply (/R0 gs);
//   - free highlight: /Ink with /IT /InkHighlight, the stroke's centre line in /InkList, /BS /W
//     the thickness, an appearance filling the outline in Multiply;
//   - drawing: /Ink, /BS /W, /CA; a wide see-through stroke along a line is a marker pen, a thin
//     opaque one (a circle round a word) a pen mark;
//   - a rectangle highlighter (iPad and PDF Expert): /Square with a see-through /IC fill;
//   - a /Polygon drawn round a line, an /Underline, a /FreeText comment, a /Text sticky note;
//   - an iPad marker session as one /Square whose appearance fills two curved stroke outlines
//     (lines apart): read where it fills, not over the whole rectangle.
//   node scripts/pdf-annotations/pdfjs_editor.mjs
import { appearance, boxesOf, layout, newDoc, pdfRect, quads, rawAnnot, save, str, union, writeData } from './lib.mjs';

const NAME = 'pdfjs-editor-en';
const paras = [
  [[null, 'SUNNY VALLEY DAIRY \u2014 \u201cBreakfast\u201d :30 radio']],
  [[null, 'SFX: kitchen, a kettle starts to whistle.']],
  [['Mum', 'Who finished the milk again?']],
  [['Kid', 'Not me! I only had three bowls of cereal.']],
  [['Dad', 'I\u2019ll get some on the way back from the school run.']],
  [['Mum', 'Get the Sunny Valley one, the green bottle. It tastes like the farm.']],
  [['Grandpa', 'In my day the milkman brought it to the door before sunrise.']],
  [['Announcer', 'Sunny Valley Dairy. Fresh from our farms to your fridge in twenty-four hours. Find us in the chiller aisle of every good grocer.']],
  [[null, 'SFX: bottle opens, a happy sigh.']],
  [['Kid', 'Mmm. Can I have four bowls?']],
  [['Farmer', 'From our farm to your table before the school bell.']],
  [[null, 'SFX: a cow moos.']],
  [['Farmer', 'Good morning from all of us at Sunny Valley.']],
];

const doc = newDoc({ title: 'Sunny Valley Dairy :30' });
doc.addPage();
const { pieces } = layout(doc, paras.map((segs) => ({ segs })), { width: 380 });
const para = (n) => boxesOf(pieces, (p) => p.para === n && p.voice);
const rectsOf = (boxes) => boxes.map((b) => pdfRect(doc, b));
const r = (v) => Math.round(v * 100) / 100;
const date = str('D:20260115100000');

// pdf.js's default highlight colours: yellow #FFFF98, green #53FFBC, blue #80EBFF, pink #FFCBE6, red #FF4F5F.
const YELLOW = [1, 1, 0.596], GREEN = [0.325, 1, 0.737], BLUE = [0.502, 0.922, 1], PINK = [1, 0.796, 0.902];

/** A text highlight as pdf.js saves it: the outline of the boxes filled with f*, R0 in Multiply. */
function highlight(boxes, c, opacity = 1) {
  const rects = rectsOf(boxes);
  const rect = union(rects);
  const outline = rects.map(([x0, y0, x1, y1]) => `${x0} ${y1} m\n${x1} ${y1} l\n${x1} ${y0} l\n${x0} ${y0} l\nh`).join('\n');
  const gs = opacity === 1 ? { BM: 'Multiply' } : { BM: 'Multiply', ca: opacity };
  rawAnnot(doc, {
    Subtype: 'Highlight', CreationDate: date, Rect: rect, Border: [0, 0, 0], Rotate: 0, QuadPoints: quads(doc, boxes, 'spec'),
    C: c, CA: opacity, AP: { N: appearance(doc, rect, `${c.join(' ')} rg\n/R0 gs\n${outline}\nf*`, gs) },
  });
}
/** A free highlight: the centre line along the boxes' middles, `w` thick. */
function freeHighlight(boxes, c, w = 12) {
  const rects = rectsOf(boxes);
  const line = rects.map(([x0, y0, x1, y1]) => {
    const y = r((y0 + y1) / 2);
    const pts = [];
    for (let x = x0 + 2; x < x1 - 2; x += 9) pts.push(r(x), r(y + Math.sin(x / 23) * 0.8));
    pts.push(r(x1 - 2), y);
    return pts;
  });
  const rect = union(rects.map(([x0, y0, x1, y1]) => [x0 - w / 2, (y0 + y1) / 2 - w / 2, x1 + w / 2, (y0 + y1) / 2 + w / 2])).map(r);
  const outline = line.map((pts) => {
    const top = [], bottom = [];
    for (let i = 0; i < pts.length; i += 2) {
      top.push(`${pts[i]} ${r(pts[i + 1] + w / 2)}`);
      bottom.unshift(`${pts[i]} ${r(pts[i + 1] - w / 2)}`);
    }
    return `${top[0]} m\n` + top.slice(1).concat(bottom).map((p) => `${p} l`).join('\n') + '\nh';
  }).join('\n');
  rawAnnot(doc, {
    Subtype: 'Ink', CreationDate: date, Rect: rect, InkList: line, Rotate: 0, IT: 'InkHighlight', BS: { W: w }, C: c, CA: 1,
    AP: { N: appearance(doc, rect, `${c.join(' ')} rg\n/R0 gs\n${outline} f`, { BM: 'Multiply' }) },
  });
}
/** A drawing (pdf.js draw tool, an iPad pen): strokes `w` wide at opacity `ca`, along `points` lists. */
function ink(lines, c, w, ca) {
  const flat = lines.flat();
  const xs = flat.filter((_, i) => i % 2 === 0), ys = flat.filter((_, i) => i % 2 === 1);
  const rect = [Math.min(...xs) - w, Math.min(...ys) - w, Math.max(...xs) + w, Math.max(...ys) + w].map(r);
  const path = lines.map((pts) => `${pts[0]} ${pts[1]} m\n` + pts.slice(2).reduce((acc, v, i) => (i % 2 ? acc + ` ${v} l\n` : acc + `${v}`), '')).join('');
  const ops = `${w} w 1 J 1 j\n${c.join(' ')} RG\n${ca < 1 ? '/R0 gs\n' : ''}${path}S`;
  rawAnnot(doc, {
    Subtype: 'Ink', CreationDate: date, Rect: rect, InkList: lines, Rotate: 0, BS: { W: w }, C: c, CA: ca,
    AP: { N: appearance(doc, rect, ops, ca < 1 ? { CA: ca } : null) },
  });
}
const along = (boxes) => rectsOf(boxes).map(([x0, y0, x1, y1]) => {
  const y = r((y0 + y1) / 2);
  const pts = [];
  for (let x = x0; x < x1; x += 15) pts.push(r(x), r(y + Math.sin(x / 31)));
  pts.push(r(x1), y);
  return pts;
});

highlight(para(2), GREEN); // Mum
freeHighlight(para(3), BLUE); // Kid: free highlight
ink(along(para(4)), PINK, 14, 0.4); // Dad: a wide see-through marker drawn with the draw tool
highlight(para(5), GREEN); // Mum
// Grandpa: a rectangle highlighter (a Square with a see-through orange fill, no border).
{
  const rect = union(rectsOf(para(6)));
  const [x0, y0, x1, y1] = rect;
  rawAnnot(doc, {
    Subtype: 'Square', Rect: rect, C: [1, 0.6, 0], IC: [1, 0.6, 0], CA: 0.35, BS: { W: 0 }, T: str('Narrator'),
    AP: { N: appearance(doc, rect, `/R0 gs\n1 0.6 0 rg\n${x0} ${y0} ${r(x1 - x0)} ${r(y1 - y0)} re\nf`, { CA: 0.35, ca: 0.35 }) },
  });
}
highlight(para(7), YELLOW, 0.7); // Announcer, two lines, opacity 0.7
// Kid again, free highlight over its second line only... one line paragraph: the whole of it.
freeHighlight(para(9), BLUE);

// Marks that are not colour coding:
// a thin opaque red pen circle round "twenty-four hours" (pdf.js draw tool, 2 pt);
{
  const b = rectsOf(boxesOf(pieces, (p) => p.para === 7))[0];
  const cx = r(b[0] + 250), cy = r((b[1] + b[3]) / 2);
  const pts = [];
  for (let a = 0; a <= 2 * Math.PI + 0.01; a += Math.PI / 12) pts.push(r(cx + 60 * Math.cos(a)), r(cy + 11 * Math.sin(a)));
  ink([pts], [1, 0.31, 0.37], 2, 1);
}
// a red polygon drawn round the SFX line;
{
  const [x0, y0, x1, y1] = union(rectsOf(boxesOf(pieces, (p) => p.para === 8)));
  const v = [x0 - 4, y0 - 3, x1 + 4, y0 - 3, x1 + 4, y1 + 3, x0 - 4, y1 + 3].map(r);
  rawAnnot(doc, {
    Subtype: 'Polygon', Rect: [v[0] - 1, v[1] - 1, v[4] + 1, v[5] + 1], Vertices: v, C: [1, 0, 0], BS: { W: 1 },
    AP: { N: appearance(doc, [v[0] - 1, v[1] - 1, v[4] + 1, v[5] + 1], `1 0 0 RG 1 w\n${v[0]} ${v[1]} m ${v[2]} ${v[3]} l ${v[4]} ${v[5]} l ${v[6]} ${v[7]} l h S`, null) },
  });
}
// a red underline under Dad's line;
{
  const b = para(4);
  const rect = union(rectsOf(b));
  rawAnnot(doc, {
    Subtype: 'Underline', Rect: rect, QuadPoints: quads(doc, b), C: [1, 0, 0],
    AP: { N: appearance(doc, rect, `1 0 0 RG 0.8 w\n${rect[0]} ${r(rect[1] + 1.5)} m ${rect[2]} ${r(rect[1] + 1.5)} l S`, null) },
  });
}
// Farmer: an iPad Markup marker session saved as one /Square whose appearance fills the outlines
// of two curved strokes, over his two lines with the SFX line between them unmarked;
{
  const lines = [10, 12].map((n) => union(rectsOf(boxesOf(pieces, (p) => p.para === n))));
  const rect = union(lines).map(r);
  const outline = lines.map(([x0, y0, x1, y1]) => {
    const ym = r((y0 + y1) / 2), h = 5;
    return `${x0} ${ym} m ${x0} ${r(ym + h)} ${r(x0 + 20)} ${r(ym + h)} ${r(x0 + 30)} ${r(ym + h)} c ${r(x1 - 30)} ${r(ym + h)} l ${r(x1 + 10)} ${r(ym + h)} ${r(x1 + 10)} ${r(ym - h)} ${r(x1 - 30)} ${r(ym - h)} c ${r(x0 + 30)} ${r(ym - h)} l ${x0} ${r(ym - h)} ${x0} ${ym} ${x0} ${ym} c h`;
  }).join('\n');
  rawAnnot(doc, {
    Subtype: 'Square', Rect: rect, C: [0.77, 0.54, 1], BS: { W: 0 },
    AP: { N: appearance(doc, rect, `/R0 gs\n0.77 0.54 1 rg\n${outline}\nf`, { BM: 'Multiply', ca: 0.5 }) },
  });
}
// a FreeText comment in the margin beside the Announcer (its words are no script line) and a sticky note.
{
  const [, , , y1] = union(rectsOf(para(7)));
  const rect = [455, r(y1 - 40), 555, r(y1 + 2)];
  rawAnnot(doc, {
    Subtype: 'FreeText', Rect: rect, Contents: str('Slower here, smile on farm'), DA: str('/Helv 9 Tf 1 0 0 rg'), C: [1, 1, 0.8], T: str('Studio'),
    AP: { N: doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: rect, Resources: { Font: { Helv: doc.ref({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' }) } } }) },
  });
  const apRef = doc.page.annotations.at(-1).data.AP.N;
  doc.page.annotations.at(-1).data.AP.N.data.Resources.Font.Helv.end();
  apRef.end(`1 1 0.8 rg ${rect[0]} ${rect[1]} ${r(rect[2] - rect[0])} ${r(rect[3] - rect[1])} re f\nBT /Helv 9 Tf 1 0 0 rg ${rect[0] + 3} ${rect[3] - 12} Td (Slower here, smile on) Tj 0 -11 Td (farm) Tj ET`);
  rawAnnot(doc, { Subtype: 'Text', Rect: [560, r(y1 - 20), 580, r(y1)], Contents: str('Check the pronunciation of Sunny Valley with the client.'), Name: 'Comment', C: [1, 0.82, 0.2], Open: false });
}

await save(doc, NAME + '.pdf');
writeData(NAME, {
  producer: 'PDFKit 0.20.2 page, annotations written as Firefox pdf.js 5.x saves them (raw objects)',
  description: 'English radio commercial in black; voices marked with pdf.js highlights, free highlights, a marker stroke, a rectangle highlighter and an iPad marker session (one Square, two strokes); a pen circle, a polygon, an underline, a FreeText comment and a sticky note are no colour coding.',
  voices: { Announcer: { highlight: '#FFFF98' }, Mum: { highlight: '#53FFBC' }, Kid: { highlight: '#80EBFF' }, Dad: { highlight: '#FFCBE6' }, Grandpa: { highlight: '#FF9900' }, Farmer: { highlight: '#C48AFF' } },
  unassigned: ['#000000'],
  paras: paras.map((segs) => ({ segs })),
});
