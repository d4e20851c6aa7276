// Xournal++ (1.1.3, Debian 12): a narrator's highlighter strokes over a plain English audiobook page
// (PDFKit), exported with `xournalpp --create-pdf`. Xournal++ draws the page again through cairo
// (the text re-emitted in cairo's own fonts) and then each highlighter stroke into the page content,
// after the text: a stroked polyline 11.34 pt wide in Multiply at opacity 0.47 (ExtGState CA/ca
// .470588), no annotation at all. Writes the .xopp (gzipped XML: a PDF background, one layer of
// strokes, coordinates in points from the top left) and runs xournalpp.
//   node scripts/pdf-annotations/xournal_highlighter.mjs
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { boxesOf, DIR, layout, newDoc, save, writeData } from './lib.mjs';

const NAME = 'xournal-highlighter-en';
const paras = [
  [[null, 'THE LIGHTHOUSE KEEPER \u2014 Chapter 2 (recording copy)']],
  [['Narrator', 'The storm reached the island a little after midnight. Agnes heard it first in the chimney, a low whistle that rose and fell like breathing, and then in the shutters.']],
  [['Agnes', '\u201cTom, get up. The lamp.\u201d']],
  [['Narrator', 'Tom was already pulling on his boots.'], [null, ' (beat) '], ['Tom', '\u201cI know. I can hear it.\u201d']],
  [['Narrator', 'They climbed the hundred and twelve steps together, counting under their breath as their father had taught them.']],
  [['Agnes', '\u201cThe glass is cracked. Hold the light while I look.\u201d']],
  [['Tom', '\u201cHurry, Agnes. There\u2019s a ship out there.\u201d']],
];
const doc = newDoc({ title: 'The Lighthouse Keeper, chapter 2' });
doc.addPage();
const { pieces } = layout(doc, paras.map((segs) => ({ segs })), { width: 440 });
await save(doc, NAME + '-plain.pdf');

// Xournal++'s palette: yellow ffff00, light green 00ff00, light blue 00c0ff; the highlighter's own alpha.
const colours = { Narrator: 'ffff00', Agnes: '00ff00', Tom: '00c0ff' };
const strokes = [];
const r = (v) => Math.round(v * 100) / 100;
const stroke = (b, colour) => {
  const y = (b.top + b.bottom) / 2 + 0.5;
  const pts = [];
  // A hand's stroke: a point every 6 pt, wavering by under a point; its round caps (half the
  // width) reach just past the first and last letters.
  for (let x = b.x0 + 5; x < b.x1 - 5; x += 6) pts.push(r(x), r(y + Math.sin(x / 17) * 0.6));
  pts.push(r(b.x1 - 5), r(y));
  strokes.push(`<stroke tool="highlighter" color="#${colour}ff" width="11.34">${pts.join(' ')}</stroke>`);
};
paras.forEach((segs, n) => {
  for (const voice of new Set(segs.map(([v]) => v).filter(Boolean))) {
    for (const b of boxesOf(pieces, (p) => p.para === n && p.voice === voice)) stroke(b, colours[voice]);
  }
});
const dir = mkdtempSync(join(tmpdir(), 'xournal-'));
const background = resolve(DIR + NAME + '-plain.pdf');
const xml = `<?xml version="1.0" standalone="no"?>
<xournal creator="Xournal++ 1.1.3" fileversion="4">
<title>Xournal++ document - see https://github.com/xournalpp/xournalpp</title>
<page width="${doc.page.width}" height="${doc.page.height}">
<background type="pdf" domain="absolute" filename="${background}" pageno="1"/>
<layer>
${strokes.join('\n')}
</layer>
</page>
</xournal>
`;
writeFileSync(join(dir, NAME + '.xopp'), gzipSync(xml));
execFileSync('xournalpp', ['--create-pdf=' + join(dir, NAME + '.pdf'), join(dir, NAME + '.xopp')], { stdio: 'ignore' });
copyFileSync(join(dir, NAME + '.pdf'), DIR + NAME + '.pdf');
writeData(NAME, {
  producer: 'Xournal++ 1.1.3 (cairo 1.16) export of highlighter strokes over a PDFKit page',
  description: 'English audiobook chapter in black; each voice marked with Xournal++ highlighter strokes, drawn into the content after the text (wide strokes, Multiply, opacity 0.47).',
  voices: { Narrator: { highlight: '#FFFF00' }, Agnes: { highlight: '#00FF00' }, Tom: { highlight: '#00C0FF' } },
  unassigned: ['#000000'],
  paras: paras.map((segs) => ({ segs })),
});
