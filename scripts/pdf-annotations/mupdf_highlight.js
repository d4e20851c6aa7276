// MuPDF 1.21.1: highlights each phrase of MARKS.json ([[text, [r, g, b]], …]) where page.search finds
// it (one Highlight per phrase, one quad per line), saved as an incremental update to OUT.
//   mutool run scripts/pdf-annotations/mupdf_highlight.js IN.pdf MARKS.json OUT.pdf
var doc = new PDFDocument(scriptArgs[0]);
var marks = JSON.parse(read(scriptArgs[1]));
var done = 0;
for (var n = 0; n < doc.countPages(); n++) {
  var page = doc.loadPage(n);
  marks.forEach(function (m) {
    page.search(m[0].replace(/\u00a0/g, ' ')).forEach(function (quads) {
      var a = page.createAnnotation('Highlight');
      a.setColor(m[1]);
      a.setQuadPoints(quads);
      a.update();
      done++;
    });
  });
}
if (done !== marks.length) throw new Error('highlighted ' + done + ' of ' + marks.length);
doc.save(scriptArgs[2], 'incremental');
print('highlights: ' + done);
