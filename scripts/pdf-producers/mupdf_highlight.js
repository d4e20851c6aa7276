// MuPDF 1.21.1: adds Highlight annotations over the radio's lines of rl-frames-fr-plain.pdf (the
// ReportLab two-frame justified French chapter, radio in plain black), found with page.search, one
// annotation per line of text, yellow, and saves rl-frames-fr-annot.pdf.
//   mutool run scripts/pdf-producers/mupdf_highlight.js
var dir = 'tests/fixtures/pdf-producers/';
var doc = new PDFDocument(dir + 'rl-frames-fr-plain.pdf');
// The radio's lines, as in reportlab_frames_fr.py.
var wanted = [
 "\u00ab\u00a0Route du col de l\u2019Agnel\u00a0: ferm\u00e9e jusqu\u2019\u00e0 nouvel ordre.\u00a0\u00bb",
 "\u00ab\u00a0Bulletin de vingt-deux heures\u00a0: risque d\u2019avalanche fort, niveau quatre sur cinq.\u00a0\u00bb",
 "\u00ab\u00a0Ici Radio Piemonte\u00a0: il colle dell\u2019Agnello \u00e8 aperto.\u00a0\u00bb"
];
var found = 0;
for (var n = 0; n < doc.countPages(); n++) {
  var page = doc.loadPage(n);
  wanted.forEach(function (text) {
    // Search the text as MuPDF sees it: no-break spaces as spaces.
    var hits = page.search(text.replace(/\u00a0/g, ' '));
    hits.forEach(function (quads) {
      var annot = page.createAnnotation('Highlight');
      annot.setColor([1, 1, 0]);
      annot.setQuadPoints(quads);
      annot.update();
      found++;
    });
  });
}
print('highlights: ' + found);
doc.save(dir + 'rl-frames-fr-annot.pdf', 'garbage,compress');
