// MuPDF 1.21.1: a reviewer's marks on mupdf-review-fr-plain.pdf (scripts/pdf-annotations/
// mupdf_base_fr.mjs), made with MuPDF's own annotation API (appearances by MuPDF), saved as an
// incremental update (the original bytes, then the new objects, a new xref and trailer /Prev):
// highlights per voice (quads from page.search: one highlight over two lines, one over the speech
// only, after its black speaker label), Thomas's line first highlighted yellow then green on top,
// a sentence struck out, an underline, a squiggly line, a caret, a sticky note, a FreeText comment,
// a thin pen circle.
//   mutool run scripts/pdf-annotations/mupdf_review_fr.js
var dir = 'tests/fixtures/pdf-annotations/';
var doc = new PDFDocument(dir + 'mupdf-review-fr-plain.pdf');
var page = doc.loadPage(0);
function quadsOf(text) {
  var hits = page.search(text.replace(/\u00a0/g, ' '));
  if (hits.length !== 1) throw new Error('found ' + hits.length + ' times: ' + text);
  return hits[0];
}
function markup(type, text, color) {
  var a = page.createAnnotation(type);
  a.setColor(color);
  a.setQuadPoints(quadsOf(text));
  a.setAuthor('Studio');
  a.update();
  return a;
}
var YELLOW = [1, 1, 0], PINK = [1, 0.5, 0.75], GREEN = [0, 1, 0];
markup('Highlight', 'Le train entra en gare de Valence avec vingt minutes de retard. Sur le quai, Inès attendait, les bras croisés, un carnet rouge serré contre elle.', YELLOW);
markup('Highlight', '« Tu avais dit midi. Il est midi vingt. »', PINK);
// Yellow first (a slip), then green drawn over it: the green one is on top.
markup('Highlight', '« Le train, Inès. Ce n’est pas moi qui conduis. »', YELLOW);
markup('Highlight', '« Le train, Inès. Ce n’est pas moi qui conduis. »', GREEN);
markup('Highlight', 'Elle haussa les épaules et lui tendit le carnet. Il hésita. Elle le regarda sans rien dire.', YELLOW);
markup('StrikeOut', 'Il hésita.', [1, 0, 0]);
markup('Highlight', '« Tout est dedans. Les noms, les dates, les adresses. »', PINK);
markup('Highlight', '« Et si je refuse ? »', GREEN);
markup('Underline', 'Le quai se vida peu à peu.', [0, 0, 1]);
markup('Highlight', 'Un contrôleur passa entre eux en sifflant. Le quai se vida peu à peu.', YELLOW);
markup('Squiggly', 'Moins bien que toi.', [1, 0, 0]);
markup('Highlight', '« Alors quelqu’un d’autre le fera. Moins bien que toi. »', PINK);
// A caret after "retard." (an insertion mark), a sticky note, a FreeText comment in the margin.
var q = quadsOf('retard.')[0];
var caret = page.createAnnotation('Caret');
caret.setRect([q[2], q[3] + 6, q[2] + 8, q[3] + 14]);
caret.setColor([0, 0, 1]);
caret.setContents('ajouter : « enfin »');
caret.update();
var note = page.createAnnotation('Text');
note.setRect([540, 60, 560, 80]);
note.setContents('Respirer avant chaque réplique d’Inès.');
note.setColor([1, 1, 0]);
note.update();
var ft = page.createAnnotation('FreeText');
ft.setRect([480, 175, 580, 215]);
ft.setContents('Plus lent ici, voix basse');
ft.setDefaultAppearance('Helv', 9, [1, 0, 0]);
ft.update();
// A thin red pen circle round "carnet rouge".
var c = quadsOf('carnet rouge')[0];
var cx = (c[0] + c[2]) / 2, cy = (c[1] + c[5]) / 2, pts = [];
for (var k = 0; k <= 24; k++) pts.push([cx + 42 * Math.cos(k * Math.PI / 12), cy + 10 * Math.sin(k * Math.PI / 12)]);
var ink = page.createAnnotation('Ink');
ink.setInkList([pts]);
ink.setColor([1, 0, 0]);
ink.setBorder(1.5);
ink.update();
doc.save(dir + 'mupdf-review-fr.pdf', 'incremental');
print('annotations: ' + page.getAnnotations().length);
