import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScript } from '../src/readers/index.js';
import { Hyphenation } from '../src/readers/pdf/hyphenation.js';
import { paragraphRuns } from '../src/readers/pdf/paragraphs.js';
import type { Line } from '../src/readers/pdf/types.js';
import { countWords } from '../src/text/words.js';

/** A visual line of black text (geometry plays no part in hyphenation). */
const line = (text: string): Line => ({
  runs: [{ text, color: '#000000', background: null }], text, x0: 0, x1: 100, baseline: 0, size: 10, firstWordWidth: 10,
});
const para = (...texts: string[]) => texts.map(line);
const joined = (h: Hyphenation, lines: Line[]) => paragraphRuns(lines, h).map((r) => r.text).join('');

/** A document that hyphenates: several words broken at line ends, one also written solid. */
const TYPESET = [
  para('The storm arrived an hour before mid-', 'night. Nobody was surprised, least of all the keeper, whose radio had been reporting it since', 'the afternoon.'),
  para('He spoke to the coast-', 'guard twice and wrote every-', 'thing down; the coastguard answered at once, nar-', 'rating the forecast slowly.'),
  para('A short note on the frequen-', 'cies used, for the record.'),
];

describe('break hyphens and real hyphens at line ends', () => {
  it('joins a typesetter-broken word without its hyphen when the document hyphenates', () => {
    const h = new Hyphenation(TYPESET);
    expect(joined(h, TYPESET[0])).toBe('The storm arrived an hour before midnight. Nobody was surprised, least of all the keeper, whose radio had been reporting it since the afternoon.');
    expect(joined(h, TYPESET[1])).toBe('He spoke to the coastguard twice and wrote everything down; the coastguard answered at once, narrating the forecast slowly.');
  });

  it('keeps the hyphen of a word the document writes hyphenated elsewhere, drops one it writes solid', () => {
    const doc = [para('Press the voice-', 'over button and the voice-over track starts; the break-', 'down of costs follows, then the breakdown by voice.')];
    expect(joined(new Hyphenation(doc), doc[0])).toBe('Press the voice-over button and the voice-over track starts; the breakdown of costs follows, then the breakdown by voice.');
  });

  it('keeps a one-letter first part, a one- or two-letter last part, a digit and a capital after lower case', () => {
    const doc = [...TYPESET, para('This e-', 'learning module, demandez-', 'en un, COVID-', '19 rules, Lyon-', 'Corbas site, c’est-à-', 'dire ceci.')];
    expect(joined(new Hyphenation(doc), doc[3])).toBe('This e-learning module, demandez-en un, COVID-19 rules, Lyon-Corbas site, c’est-à-dire ceci.');
  });

  it('keeps the hyphen in a document that does not hyphenate (a rare compound at a line end)', () => {
    const doc = [
      para('Dans la logistique, les trois premières causes d’accident sont les chutes de plain-', 'pied, les manutentions manuelles et les collisions avec des engins.'),
      para('Une autre ligne qui ne se termine pas par un trait d’union mais par un mot entier', 'et continue ici.'),
    ];
    expect(joined(new Hyphenation(doc), doc[0])).toBe('Dans la logistique, les trois premières causes d’accident sont les chutes de plain-pied, les manutentions manuelles et les collisions avec des engins.');
  });

  it('in a document that hyphenates, an adverb in -ly before a long word keeps its hyphen (LibreOffice draws both alike); "ral-ly-ing", "jel-ly-fish" are joined', () => {
    const doc = [...TYPESET, para('The mats are electrostatically-', 'dissipative, the fluid highly-', 'flammable, the crowd kept rally-', 'ing round the jelly-', 'fish tank.')];
    expect(joined(new Hyphenation(doc), doc[3])).toBe('The mats are electrostatically-dissipative, the fluid highly-flammable, the crowd kept rallying round the jellyfish tank.');
  });

  it('always drops a soft hyphen at a line end, and one inside a line', () => {
    const doc = [...TYPESET, para('the narration goes on, the record\u00AD', 'ing too, and every\u00ADthing else')];
    expect(joined(new Hyphenation(doc), doc[3])).toBe('the narration goes on, the recording too, and everything else');
  });

  it('reads U+2010 at line ends as the typesetter’s breaks when the text’s own hyphens are U+002D (Chromium)', () => {
    const doc = [
      para('Pour aller plus loin, inscrivez-', 'vous à la session ; un check-', 'list suit, puis la trans\u2010', 'mission des consignes et les réflexes de sécu\u2010', 'rité du site.'),
      para('Une ligne de plus, sans trait d’union en fin de ligne, mais avec un walk-around au milieu,', 'et encore du texte.'),
    ];
    expect(joined(new Hyphenation(doc), doc[0])).toBe('Pour aller plus loin, inscrivez-vous à la session ; un check-list suit, puis la transmission des consignes et les réflexes de sécurité du site.');
  });

  it('treats U+2010 like a hyphen-minus when the document also writes it inside lines', () => {
    const doc = [...TYPESET, para('the narra\u2010', 'tion of the e\u2010learning module goes on')];
    expect(joined(new Hyphenation(doc), doc[3])).toBe('the narration of the e\u2010learning module goes on');
  });

  it('leaves a dash, or a hyphen before a non-letter, as it is', () => {
    const doc = [...TYPESET, para('Wait -', 'no. Two words, then well-', '(sic) and a last line.')];
    expect(joined(new Hyphenation(doc), doc[3])).toBe('Wait - no. Two words, then well- (sic) and a last line.');
  });

  it('one text set several times with the same line breaks is one piece of evidence, not several: a compound broken in each keeps its hyphen', () => {
    // Four versions of a spot, "plain-" / "pied" in each: four line-end hyphens made the document
    // look like one that hyphenates ("plainpied").
    const version = () => para('Les chutes de plain-', 'pied restent la première cause d’accident sur le site.');
    const doc = [version(), version(), version(), version(), para('Une ligne entière, sans trait d’union en fin de ligne, et sa suite', 'ici.')];
    const h = new Hyphenation(doc);
    expect(doc.slice(0, 4).map((p) => joined(h, p))).toEqual(Array(4).fill('Les chutes de plain-pied restent la première cause d’accident sur le site.'));
  });

  it('a compound’s own hyphen told by its letters is no evidence that the document hyphenates', () => {
    const doc = [
      para('This e-', 'learning module, demandez-', 'en un, COVID-', '19 rules, and the plain-', 'pied office on the ground floor.'),
      para('A whole line with no hyphen at its end, and the rest of it', 'here.'),
    ];
    expect(joined(new Hyphenation(doc), doc[0])).toBe('This e-learning module, demandez-en un, COVID-19 rules, and the plain-pied office on the ground floor.');
  });

  it('numbers written out keep their hyphen in a document that hyphenates (English, French); a number word broken by the typesetter is joined', () => {
    const doc = [
      ...TYPESET,
      para('from ninety-', 'nine pence, the twenty-', 'first caller, vingt-', 'deux euros, quatre-vingt-', 'quinze euros, soixante-', 'dix litres, mille-', 'deux-cents ans.'),
      para('aged four-', 'teen or nine-', 'teen, en sep-', 'tembre, soixan-', 'taine de quaran-', 'taine.'),
    ];
    const h = new Hyphenation(doc);
    expect(joined(h, doc[3])).toBe('from ninety-nine pence, the twenty-first caller, vingt-deux euros, quatre-vingt-quinze euros, soixante-dix litres, mille-deux-cents ans.');
    expect(joined(h, doc[4])).toBe('aged fourteen or nineteen, en septembre, soixantaine de quarantaine.');
  });
});

describe('compounds at line ends in TeX’s PDFs (scripts/pdf-producers/tex_compounds.py)', () => {
  const read = async (file: string) => (await readScript(join(__dirname, 'fixtures', 'pdf-producers', file))).paragraphs.map((p) => p.runs.map((r) => r.text).join(''));

  it('tex-repeat-spots-en.pdf: four versions of a spot, each breaking "ninety-" / "nine": the hyphen kept (was "ninetynine"), 23 words each', async () => {
    const texts = await read('tex-repeat-spots-en.pdf');
    const spot = 'Seeds, bulbs and bedding plants from ninety-nine pence. Compost, three bags for ten pounds, and free coffee for everyone who brings a grandad.';
    expect(texts).toEqual(['Version A (30 seconds)', spot, 'Version B (radio)', spot, 'Version C (in store)', spot, 'Version D (online)', spot]);
    expect(countWords(spot)).toBe(23);
  });

  it('tex-numbers-fr.pdf: TeX hyphenates; its breaks are joined, the numbers broken at their own hyphens keep them (were "vingtdeux", "quatre-vingtquinze", "soixantedix")', async () => {
    const texts = await read('tex-numbers-fr.pdf');
    expect(texts).toEqual([
      'Les graines et les bulbes sont vendus à quatre-vingt-dix-neuf centimes, les rosiers à vingt-deux euros, les arbustes à trente-cinq euros et les grands oliviers à cent quatre-vingt-quinze euros. Le terreau, proposé en promotion exceptionnelle, coûte dix-sept euros les trois sacs, et le café est offert à toute personne accompagnée de son grand-père. Les horticulteurs recommandent soixante-dix litres d’arrosage hebdomadaire pendant les chaleurs estivales.',
    ]);
    expect(countWords(texts[0]!)).toBe(63);
  });
});
