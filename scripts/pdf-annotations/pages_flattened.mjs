// Two more ways highlights reach a page, with PDFKit pages:
//   pages-rotated-cropped-en.pdf: Highlight annotations on a page turned by /Rotate 90 (a landscape
//     script stored portrait) and on a page whose /CropBox is set in from its /MediaBox (its origin
//     is not the page corner);
//   flattened-fr.pdf: highlights flattened into the page, as a flattening tool draws each
//     annotation's appearance after the page's own content (a form XObject, `q … cm /Fx Do Q`),
//     in Multiply, one of them at opacity 0.4: the text is drawn before its highlight.
//   node scripts/pdf-annotations/pages_flattened.mjs
import { appearance, boxesOf, fillOps, layout, newDoc, pdfRect, quads, rawAnnot, save, str, union, writeData } from './lib.mjs';
import { fr } from '../lib/script-data.mjs';

const r = (v) => Math.round(v * 1000) / 1000;

// ---- Rotated and cropped pages ----
{
  const NAME = 'pages-rotated-cropped-en';
  const page1 = [
    [[null, 'SAFETY INDUCTION \u2014 VIDEO 2 (landscape page, stored turned)']],
    [['Narrator', 'Welcome back. In this video we walk the site from the gate to the canteen.']],
    [['Site manager', 'Hard hats on from the gate. No exceptions, not even for visitors.']],
    [['Narrator', 'The walkways are marked in green. Stay on them while the cranes are working.']],
  ];
  const page2 = [
    [[null, 'VIDEO 2, PART 2 (page cropped)']],
    [['Site manager', 'If you hear three short blasts of the horn, stop what you are doing and walk to the muster point.']],
    [['Narrator', 'The muster point is the car park by the main gate.']],
    [[null, 'END OF VIDEO 2']],
  ];
  const doc = newDoc({ title: 'Safety induction video 2' });
  const YELLOW = [1, 1, 0], BLUE = [0.4, 0.8, 1];
  const mark = (pieces, n, c) => {
    const b = boxesOf(pieces, (p) => p.para === n && p.voice);
    const rects = b.map((x) => pdfRect(doc, x));
    rawAnnot(doc, { Subtype: 'Highlight', Rect: union(rects), QuadPoints: quads(doc, b), C: c, AP: { N: appearance(doc, union(rects), fillOps(rects, c)) } });
  };
  doc.addPage({ size: 'A4' });
  // The text runs up the portrait page (rotated 90° in user space); /Rotate 90 turns it upright.
  doc.save();
  let pieces1;
  {
    // PDFKit lays out top-down; lay the lines out as on a landscape page, then turn the drawing.
    const H = doc.page.height;
    doc.rotate(-90, { origin: [0, 0] }).translate(-H, 0);
    pieces1 = layout(doc, page1.map((segs) => ({ segs })), { x: 60, y: 60, width: 700 }).pieces;
  }
  doc.restore();
  doc.page.dictionary.data.Rotate = 90;
  // Quads in user space: a landscape box (x, y top-down in the turned frame) maps to the portrait page.
  const turned = (b) => {
    // Turned frame point (u, v) (u along the landscape width, v down it) → PDFKit portrait (x, y): x = v, y = H - u.
    // PDF space: X = v, Y = u. A highlight box covers u in [x0, x1], v in [top, bottom].
    return [r(b.top - 1), r(b.x0 - 1), r(b.bottom + 2), r(b.x1 + 1)];
  };
  for (const [n, c] of [[1, YELLOW], [2, BLUE], [3, YELLOW]]) {
    const rects = boxesOf(pieces1, (p) => p.para === n && p.voice).map(turned);
    const q = rects.flatMap(([x0, y0, x1, y1]) => [x0, y1, x1, y1, x0, y0, x1, y0]);
    rawAnnot(doc, { Subtype: 'Highlight', Rect: union(rects), QuadPoints: q, C: c, AP: { N: appearance(doc, union(rects), fillOps(rects, c)) } });
  }
  doc.addPage({ size: 'A4' });
  doc.page.dictionary.data.CropBox = [40, 300, 540, 800];
  const { pieces: pieces2 } = layout(doc, page2.map((segs) => ({ segs })), { x: 70, y: 80, width: 420 });
  mark(pieces2, 1, BLUE);
  mark(pieces2, 2, YELLOW);
  await save(doc, NAME + '.pdf');
  writeData(NAME, {
    producer: 'PDFKit 0.20.2 pages (/Rotate 90; /CropBox inside /MediaBox), Highlight annotations written as raw objects',
    description: 'English induction video script: page 1 stored portrait with its text turned and /Rotate 90, page 2 cropped; voices highlighted.',
    voices: { Narrator: { highlight: '#FFFF00' }, 'Site manager': { highlight: '#66CCFF' } },
    unassigned: ['#000000'],
    paras: [...page1, ...page2].map((segs) => ({ segs })),
  });
}

// ---- Flattened highlights ----
{
  const NAME = 'flattened-fr';
  const paras = [
    [[null, 'SPOT RADIO — « Les Halles de Lyon » — 30 secondes']],
    [['Voix off', 'Tous les samedis, les Halles ouvrent dès sept heures.']],
    [['Cliente', 'Je prends trois tranches de jambon et un saint-marcellin bien fait, s\'il vous plaît.']],
    [['Fromager', 'Bien fait ? Alors celui-là, il coule déjà !']],
    [['Voix off', 'Les Halles de Lyon. Le goût du marché, toute l\'année.']],
  ].map((segs) => segs.map(([v, t]) => [v, fr(t).replace(/\u202F/g, '\u00A0')]));
  const page2 = [
    [[null, 'FIN DU SPOT — mention légale']],
    [['Voix off', 'Les Halles de Lyon Paul Bocuse, 102 cours Lafayette.']],
  ].map((segs) => segs.map(([v, t]) => [v, fr(t)]));
  const doc = newDoc({ title: 'Spot Halles' });
  doc.addPage();
  const { pieces } = layout(doc, paras.map((segs) => ({ segs })));
  const H = doc.page.height;
  const colours = { 'Voix off': [1, 1, 0], Cliente: [1, 0.6, 0.8], Fromager: [0.6, 1, 0.6] };
  let k = 0;
  paras.forEach((segs, n) => {
    const voice = segs.find(([v]) => v)?.[0];
    if (!voice) return;
    const rects = boxesOf(pieces, (p) => p.para === n && p.voice).map((b) => pdfRect(doc, b));
    const bbox = union(rects);
    const gs = n === 3 ? { BM: 'Multiply', ca: 0.4 } : { BM: 'Multiply' };
    const form = appearance(doc, bbox, fillOps(rects, colours[voice]), gs);
    const name = `Fx${++k}`;
    doc.page.xobjects[name] = form;
    // After the text: undo PDFKit's page flip, draw the form where the annotation was.
    doc.addContent(`q 1 0 0 -1 0 ${H} cm /${name} Do Q`);
  });
  // Page 2: the tag line highlighted the same way, then a see-through warm wash over the whole
  // page after everything (a flattened "paper" tint): no highlight.
  doc.addPage();
  const { pieces: tag } = layout(doc, page2.map((segs) => ({ segs })));
  {
    const rects = boxesOf(tag, (p) => p.para === 1 && p.voice).map((b) => pdfRect(doc, b));
    const form = appearance(doc, union(rects), fillOps(rects, colours['Voix off']), { BM: 'Multiply' });
    doc.page.xobjects.Fx1 = form;
    doc.addContent(`q 1 0 0 -1 0 ${H} cm /Fx1 Do Q`);
    const wash = appearance(doc, [0, 0, 595.28, 841.89], fillOps([[0, 0, 595.28, 841.89]], [1, 0.97, 0.9]), { BM: 'Multiply' });
    doc.page.xobjects.Fx2 = wash;
    doc.addContent(`q 1 0 0 -1 0 ${H} cm /Fx2 Do Q`);
  }
  await save(doc, NAME + '.pdf');
  writeData(NAME, {
    producer: 'PDFKit 0.20.2 page, highlight appearances drawn into the page after its text (flattened)',
    description: 'French radio spot in black; highlights flattened into the content (form XObjects in Multiply drawn after the text, one at opacity 0.4); page 2 also washed over by a see-through tint of the whole page, after everything.',
    voices: { 'Voix off': { highlight: '#FFFF00' }, Cliente: { highlight: '#FF99CC' }, Fromager: { highlight: '#99FF99' } },
    unassigned: ['#000000'],
    paras: [...paras, ...page2].map((segs) => ({ segs })),
  });
}
