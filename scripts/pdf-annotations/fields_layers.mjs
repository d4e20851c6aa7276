// What a reader sees on a page differs from what a plain read of its annotations gives: text typed
// into form fields (Widget appearances, drawn over the page), and highlights no viewer shows the
// way their /C says. Over a plain English safety-induction script made with PDFKit:
// - a text field whose appearance paints the narrator's line in red (as Acrobat writes it: /Tx BMC,
//   clip, text in the /DA colour), a text field with no appearance but /V and /DA under an
//   AcroForm /NeedAppearances true (the viewer makes its appearance from the value), a combo box
//   showing its chosen value: all three the narrator's, read as page text;
// - a hidden text field (/F 2) and a ticked check box (ZapfDingbats): never read;
// - highlights: one as a viewer writes it (read), one whose appearance paints nothing (an empty
//   stream: Acrobat, Chrome and MuPDF draw nothing, pdf.js sets it aside and draws /C), one in an
//   optional-content layer that is off (/OC, the OCG in /D /OFF), one at /CA 0 with a Multiply
//   appearance (Acrobat draws nothing, pdf.js and MuPDF draw it): only the first is read.
//   node scripts/pdf-annotations/fields_layers.mjs
import { appearance, boxesOf, fillOps, layout, newDoc, pdfRect, quads, rawAnnot, save, str, union, writeData } from './lib.mjs';

const NAME = 'fields-layers-en';
const paras = [
  [[null, 'Site safety induction \u2014 voice-over script']],
  [[null, 'The narrator\u2019s lines are typed into the fields below; the expert\u2019s lines are highlighted.']],
  [['Expert', 'Wear your badge where the guards can see it at all times.']],
  [[null, 'This line was highlighted once, then the highlight was emptied.']],
  [[null, 'This line sits under a highlight in a review layer that is turned off.']],
  [[null, 'This line sits under a highlight that was made fully transparent.']],
];
const fields = [
  { kind: 'text', value: 'Welcome to the site. Please sign in at the front desk.' },
  { kind: 'generated', value: 'Keep to the marked walkways in the yard.' },
  { kind: 'choice', value: 'Fire exits are at both ends of the hall.' },
  { kind: 'hidden', value: 'This hidden field is not part of the script.' },
  { kind: 'check' },
];

const doc = newDoc({ title: 'Site safety induction' });
doc.addPage();
const { pieces, y } = layout(doc, paras.map((segs) => ({ segs })));
const line = (n) => boxesOf(pieces, (p) => p.para === n);
const rectsOf = (boxes) => boxes.map((b) => pdfRect(doc, b));

// ¶3 Expert: a highlight as Acrobat writes it (Multiply appearance): read.
{
  const b = line(2);
  const r = rectsOf(b);
  rawAnnot(doc, { Subtype: 'Highlight', Rect: union(r), QuadPoints: quads(doc, b), C: [1, 1, 0], AP: { N: appearance(doc, union(r), fillOps(r, [1, 1, 0])) } });
}
// ¶4: /C yellow, but the appearance is an empty stream with no resources.
{
  const b = line(3);
  const r = rectsOf(b);
  const empty = doc.ref({ Type: 'XObject', Subtype: 'Form', FormType: 1, BBox: union(r) });
  empty.end(' ');
  rawAnnot(doc, { Subtype: 'Highlight', Rect: union(r), QuadPoints: quads(doc, b), C: [1, 1, 0], AP: { N: empty } });
}
// ¶5: in an optional-content group that the document's default configuration turns off.
const ocg = doc.ref({ Type: 'OCG', Name: str('Review') });
ocg.end();
doc._root.data.OCProperties = { OCGs: [ocg], D: { Order: [ocg], OFF: [ocg] } };
{
  const b = line(4);
  const r = rectsOf(b);
  rawAnnot(doc, { Subtype: 'Highlight', Rect: union(r), QuadPoints: quads(doc, b), C: [1, 1, 0], OC: ocg, AP: { N: appearance(doc, union(r), fillOps(r, [1, 1, 0])) } });
}
// ¶6: /CA 0, with an appearance in Multiply (pdf.js and MuPDF draw it; Acrobat applies /CA: nothing).
{
  const b = line(5);
  const r = rectsOf(b);
  rawAnnot(doc, { Subtype: 'Highlight', Rect: union(r), QuadPoints: quads(doc, b), C: [1, 1, 0], CA: 0, AP: { N: appearance(doc, union(r), fillOps(r, [1, 1, 0])) } });
}

// Form fields, one under the other below the script.
const helv = doc.ref({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' });
helv.end();
const zapf = doc.ref({ Type: 'Font', Subtype: 'Type1', BaseFont: 'ZapfDingbats' });
zapf.end();
const esc = (s) => s.replace(/[\\()]/g, (c) => '\\' + c);
const RED = '0.75294 0 0 rg';
const H = doc.page.height;
const all = [];
fields.forEach((f, k) => {
  const top = y + 6 + k * 30;
  const rect = [58, Math.round((H - top - 18) * 100) / 100, 530, Math.round((H - top) * 100) / 100];
  const w = rect[2] - rect[0], h = rect[3] - rect[1];
  const base = { Type: 'Annot', Subtype: 'Widget', Rect: rect, F: f.kind === 'hidden' ? 2 : 4, P: doc.page.dictionary, T: str(`field${k + 1}`) };
  const textAp = (value) => {
    const ap = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, w, h], Resources: { Font: { Helv: helv } } });
    ap.end(`/Tx BMC\nq\n1 1 ${w - 2} ${h - 2} re W n\nBT\n/Helv 11 Tf ${RED}\n2 5 Td\n(${esc(value)}) Tj\nET\nQ\nEMC\n`);
    return ap;
  };
  let dict;
  if (f.kind === 'text' || f.kind === 'hidden') dict = { ...base, FT: 'Tx', V: str(f.value), DA: str(`/Helv 11 Tf ${RED}`), AP: { N: textAp(f.value) } };
  else if (f.kind === 'generated') dict = { ...base, FT: 'Tx', V: str(f.value), DA: str(`/Helv 11 Tf ${RED}`) };
  else if (f.kind === 'choice') dict = { ...base, FT: 'Ch', Ff: 1 << 17, Opt: [str(f.value), str('Assemble at the gate.')], V: str(f.value), DA: str(`/Helv 11 Tf ${RED}`), AP: { N: textAp(f.value) } };
  else {
    const on = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, w, h], Resources: { Font: { ZaDb: zapf } } });
    on.end(`q BT /ZaDb 12 Tf ${RED} 3 4 Td (4) Tj ET Q\n`);
    const off = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, w, h] });
    off.end('');
    dict = { ...base, FT: 'Btn', V: 'Yes', AS: 'Yes', DA: str(`/ZaDb 12 Tf ${RED}`), AP: { N: { Yes: on, Off: off } } };
  }
  const ref = doc.ref(dict);
  ref.end();
  doc.page.annotations.push(ref);
  all.push(ref);
});
// Written as a raw object (PDFKit's own form code would end it again with fields of its own).
const acroForm = doc.ref({ Fields: all, NeedAppearances: true, DA: str('/Helv 0 Tf 0 g'), DR: { Font: { Helv: helv, ZaDb: zapf } } });
acroForm.end();
doc._root.data.AcroForm = acroForm;
doc.endAcroForm = () => doc;
await save(doc, NAME + '.pdf');
writeData(NAME, {
  producer: 'PDFKit 0.20.2 page, Highlight and Widget annotations written as raw objects',
  description: 'English safety-induction script: the narrator\u2019s lines typed into form fields (red), the expert\u2019s highlighted; highlights no viewer shows as their /C says, a hidden field and a check box.',
  voices: { Narrator: { color: '#C00000' }, Expert: { highlight: '#FFFF00' } },
  unassigned: ['#000000'],
  paras: [...paras.map((segs) => ({ segs })), ...fields.filter((f) => f.kind === 'text' || f.kind === 'generated' || f.kind === 'choice').map((f) => ({ segs: [['Narrator', f.value]] }))],
});
