// The plain page MuPDF annotates (scripts/pdf-annotations/mupdf_review_fr.js): a French audiobook
// chapter in black, made with PDFKit, and its script data (which voice each reviewer's mark gives).
//   node scripts/pdf-annotations/mupdf_base_fr.mjs
import { layout, newDoc, save, writeData } from './lib.mjs';
import { fr } from '../lib/script-data.mjs';

const paras = [
  [[null, 'Épisode 4 — La relève']],
  [[null, 'Texte d\'enregistrement. Le noir n\'est pas lu ; chaque voix est surlignée dans sa couleur.']],
  [['Narratrice', 'Le train entra en gare de Valence avec vingt minutes de retard. Sur le quai, Inès attendait, les bras croisés, un carnet rouge serré contre elle.']],
  [[null, 'INÈS (agacée) : '], ['Inès', '« Tu avais dit midi. Il est midi vingt. »']],
  [['Thomas', '« Le train, Inès. Ce n\'est pas moi qui conduis. »']],
  [['Narratrice', 'Elle haussa les épaules et lui tendit le carnet. Il hésita. Elle le regarda sans rien dire.']],
  [['Inès', '« Tout est dedans. Les noms, les dates, les adresses. »']],
  [['Thomas', '« Et si je refuse ? »']],
  [['Narratrice', 'Un contrôleur passa entre eux en sifflant. Le quai se vida peu à peu.']],
  [['Inès', '« Alors quelqu\'un d\'autre le fera. Moins bien que toi. »']],
];
// WinAnsi (PDFKit's Helvetica) has no narrow no-break space: a no-break space stands for it.
const data = paras.map((segs) => ({ segs: segs.map(([v, t]) => [v, fr(t).replace(/\u202F/g, '\u00A0')]) }));
// The reviewer's cut: struck out in the PDF, so not in the data (it must not be read).
const CUT = ' Il hésita.';
const doc = newDoc({ title: 'Episode 4' });
doc.addPage();
layout(doc, data, { width: 400 });
await save(doc, 'mupdf-review-fr-plain.pdf');
// Paragraph 6 as read: the struck sentence left out; ¶5 ("Le train…") re-highlighted for Thomas over the narrator's yellow.
data[5].segs[0][1] = data[5].segs[0][1].replace(CUT, '');
writeData('mupdf-review-fr', {
  producer: 'PDFKit 0.20.2 page, annotated with MuPDF 1.21.1 (mutool run), saved as an incremental update',
  description: 'French audiobook chapter in black; voices highlighted with MuPDF (one highlight over several lines, one over part of a line, one drawn over another in a second colour), a sentence struck out (cut), an underline, a squiggly line, a caret, a sticky note, a FreeText comment and a pen circle that are no voices.',
  voices: { Narratrice: { highlight: '#FFFF00' }, 'Inès': { highlight: '#FF80BF' }, Thomas: { highlight: '#00FF00' } },
  unassigned: ['#000000'],
  paras: data,
});
