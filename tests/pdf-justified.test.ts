/**
 * Justified paragraphs in a narrow measure, from LibreOffice (scripts/pdf-producers/lo_justified.py):
 * their stretched word spaces, wider than a column gap, are drawn as a space glyph and a move of
 * the pen, and read as spaces; tabs (speaker labels "MUM⇥…", a legend "Key:⇥…") are drawn as no
 * glyph and stay tabs. Each PDF's paragraphs read as its DOCX's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScript } from '../src/readers/index.js';

const DIR = join(__dirname, 'fixtures', 'pdf-producers');
const texts = async (file: string) => (await readScript(join(DIR, file))).paragraphs.map((p) => p.runs.map((r) => r.text).join(''));

describe('justified lines: wide word spaces are spaces, tabs stay tabs', () => {
  it.each(['fr', 'en'])('lo-justified-%s.pdf: every paragraph but the legend reads as the DOCX’s, tabs only where the DOCX has them', async (lang) => {
    const docx = await texts(`lo-justified-${lang}.docx`);
    const pdf = await texts(`lo-justified-${lang}.pdf`);
    // The legend is the last paragraph: the DOCX's tabs, as far as the PDF shows them (below).
    expect(pdf.slice(0, docx.length - 1)).toEqual(docx.slice(0, -1));
    expect(pdf.filter((t) => t.includes('\t')).map((t) => t.split('\t')[0])).toEqual(lang === 'fr' ? ['MUM', 'ENFANT', 'Légende :'] : ['MUM', 'KID', 'Key:']);
  });

  it('the legends: a tab wide as a column gap is a tab; so is one LibreOffice set narrower (4.9 pt at 11 pt type, no space glyph where the line draws its spaces); a legend wrapped at a tab is two lines', async () => {
    // Before: "Key:\tNarrator – blue Expert – green" (the second tab read as a space).
    expect((await texts('lo-justified-en.pdf')).slice(-1)).toEqual(['Key:\tNarrator – blue\tExpert – green']);
    expect((await texts('lo-justified-fr.pdf')).slice(-2)).toEqual(['Légende :\tNarratrice – bleu', 'Expert – vert']);
    expect((await texts('lo-justified-en.docx')).slice(-1)).toEqual(['Key:\tNarrator – blue\tExpert – green']);
  });

  it('chromium-justified-fr.pdf: Chromium draws no space glyph; a justified line of two long words ("Naturellement,  l’administration") is one line, its evenly stretched spaces spaces, each paragraph one', async () => {
    // Before: "Naturellement," a paragraph of its own, and "Les\tgendarmes\tinterrogèrent…".
    expect(await texts('chromium-justified-fr.pdf')).toEqual([
      'Les gendarmes interrogèrent méthodiquement, consciencieusement, inlassablement chacun des témoins, parfaitement incapables néanmoins d’expliquer l’extraordinaire disparition. Rien, absolument rien, n’expliquait l’incompréhensible comportement des propriétaires.',
      'Naturellement, l’administration départementale considérait qu’indubitablement l’investigation serait interminable, incompréhensible, décourageante.',
      'Évidemment, l’extraordinaire perspicacité du commissaire divisionnaire impressionnait considérablement les journalistes parisiens.',
    ]);
  });
});
