/**
 * Word equations (OMML) read as a reader sees them, in a line: the symbols that stand for their layout
 * are kept (readers/docx/math.ts) — f(x), not "fx"; 1/2, x², √x, ∑ᵢ₌₁ⁿ i, sin x. Documents are built in
 * memory (tests/helpers/docx-builder.ts) with the XML Word writes (each structure's `m:…Pr` with its
 * `m:ctrlPr`). Every text, word count and warning asserted is exact; word counts worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../src/pipeline.js';
import { r } from './helpers/docx-builder.js';
import { analyseBody, texts, words } from './helpers/two-voices.js';

const M = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"';
const RED = '<w:color w:val="C00000"/>';
const BLUE = '<w:color w:val="0070C0"/>';
const CTRL = (colour = RED) => `<m:ctrlPr><w:rPr><w:rFonts w:ascii="Cambria Math" w:hAnsi="Cambria Math"/><w:i/>${colour}</w:rPr></m:ctrlPr>`;
const N = (text: string) => r(text, RED);
const P = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
/** A math run (`m:r`) in a colour. */
const mr = (text: string, colour = RED) => `<m:r><w:rPr><w:rFonts w:ascii="Cambria Math" w:hAnsi="Cambria Math"/>${colour}</w:rPr><m:t>${text}</m:t></m:r>`;
const math = (...inner: string[]) => `<m:oMath ${M}>${inner.join('')}</m:oMath>`;
const e = (...inner: string[]) => `<m:e>${inner.join('')}</m:e>`;
const d = (props: string, ...args: string[]) => `<m:d><m:dPr>${props}${CTRL()}</m:dPr>${args.map((a) => e(a)).join('')}</m:d>`;
const sSup = (base: string, sup: string) => `<m:sSup><m:sSupPr>${CTRL()}</m:sSupPr>${e(base)}<m:sup>${sup}</m:sup></m:sSup>`;
const sSub = (base: string, sub: string) => `<m:sSub><m:sSubPr>${CTRL()}</m:sSubPr>${e(base)}<m:sub>${sub}</m:sub></m:sSub>`;
const frac = (num: string, den: string, props = '') => `<m:f><m:fPr>${props}${CTRL()}</m:fPr><m:num>${num}</m:num><m:den>${den}</m:den></m:f>`;
const rad = (degree: string | null, body: string) =>
  `<m:rad><m:radPr>${degree === null ? '<m:degHide m:val="1"/>' : ''}${CTRL()}</m:radPr><m:deg>${degree ?? ''}</m:deg>${e(body)}</m:rad>`;
const nary = (chr: string | null, sub: string, sup: string, body: string) =>
  `<m:nary><m:naryPr>${chr === null ? '' : `<m:chr m:val="${chr}"/>`}<m:limLoc m:val="undOvr"/>${CTRL()}</m:naryPr><m:sub>${sub}</m:sub><m:sup>${sup}</m:sup>${e(body)}</m:nary>`;
const func = (name: string, body: string) => `<m:func><m:funcPr>${CTRL()}</m:funcPr><m:fName>${name}</m:fName>${e(body)}</m:func>`;

const analyse = (body: string): Promise<Analysis> => analyseBody(body, 'maths.docx');



const equations = (analysis: Analysis) => analysis.report.warnings.find((w) => w.code === 'equations-as-written');

describe('equations keep the symbols of their layout', () => {
  it('a function of x in brackets (m:d, default brackets): "f(x)", not "fx"', async () => {
    const analysis = await analyse(P(N('The curve '), math(mr('f'), d('', mr('x'))), N(' rises.')));
    expect(texts(analysis)).toEqual(['The curve f(x) rises.']);
    // The · curve · f(x) · rises.
    expect(words(analysis)).toEqual({ Narrator: 4, Expert: 0, unassigned: 0 });
    expect(equations(analysis)!.details).toEqual({ equations: 1, first: ['f(x)'], paragraphs: [1] });
    // The bracket takes the colour of the text beside it: one red run per piece of the paragraph.
    expect(analysis.script.paragraphs[0]!.runs.map((run) => [run.text, run.color])).toEqual([
      ['The curve ', '#C00000'],
      ['f(x)', '#C00000'],
      [' rises.', '#C00000'],
    ]);
  });

  it('delimiters as written: their own characters, a separator between arguments (default "|"), none when the value is empty', async () => {
    const analysis = await analyse(
      P(N('Pairs '), math(d('<m:begChr m:val="["/><m:sepChr m:val=","/><m:endChr m:val="]"/>', mr('a'), mr('b'))), N(' and '), math(d('', mr('a'), mr('b'))), N(' or '), math(d('<m:begChr m:val="|"/><m:endChr m:val="|"/>', mr('x'))), N(' or '), math(d('<m:begChr m:val="{"/><m:endChr m:val=""/>', mr('y'))), N('.')),
    );
    expect(texts(analysis)).toEqual(['Pairs [a,b] and (a|b) or |x| or {y.']);
    // Pairs · [a,b] · and · (a|b) · or · |x| · or · {y.
    expect(words(analysis)).toEqual({ Narrator: 8, Expert: 0, unassigned: 0 });
  });

  it('fractions: a/b, (a+b)/2 with a compound numerator in brackets, (n¦k) without a bar; 1/2 is still said "one half"', async () => {
    const analysis = await analyse(
      P(N('Take '), math(frac(mr('1'), mr('2'))), N(' then '), math(frac(mr('a'), mr('b'))), N(' then '), math(frac(mr('a+b'), mr('2'))), N(' then '), math(d('', frac(mr('n'), mr('k'), '<m:type m:val="noBar"/>'))), N('.')),
    );
    expect(texts(analysis)).toEqual(['Take 1/2 then a/b then (a+b)/2 then (n¦k).']);
    // Take · 1/2 · then · a/b · then · (a+b)/2 · then · (n¦k).
    expect(words(analysis)).toEqual({ Narrator: 8, Expert: 0, unassigned: 0 });
    // Take · one half · then · a over b · then · a plus b over two · then · (n¦k). (measure/spoken/maths.ts: a formula said; `a/b` beside one is a fraction)
    expect(analysis.report.voices[0]!.spokenWords).toBe(15);
  });

  it('scripts: x², xᵢ, E=mc², in their own characters when each has one, else ^ and the script in brackets', async () => {
    const sSubSup = `<m:sSubSup><m:sSubSupPr>${CTRL()}</m:sSubSupPr>${e(mr('x'))}<m:sub>${mr('i')}</m:sub><m:sup>${mr('2')}</m:sup></m:sSubSup>`;
    const analysis = await analyse(
      P(N('See '), math(sSup(mr('x'), mr('2'))), N(', '), math(sSub(mr('x'), mr('i'))), N(', '), math(sSubSup), N(', '), math(mr('E=m'), sSup(mr('c'), mr('2'))), N(', '), math(sSup(mr('x'), mr('n+1'))), N(' and '), math(sSup(mr('e'), mr('2πk'))), N('.')),
    );
    expect(texts(analysis)).toEqual(['See x², xᵢ, xᵢ², E=mc², xⁿ⁺¹ and e^(2πk).']);
    // See · x², · xᵢ, · xᵢ², · E=mc², · xⁿ⁺¹ · and · e^(2πk).
    expect(words(analysis)).toEqual({ Narrator: 8, Expert: 0, unassigned: 0 });
    expect(equations(analysis)!.details).toEqual({ equations: 6, first: ['x²', 'xᵢ', 'xᵢ²'], paragraphs: [1] });
  });

  it('radicals: √x (degree hidden), √(x+1), ∛8, a degree in superscript, else √(degree&x)', async () => {
    const analysis = await analyse(
      P(N('Roots '), math(rad(null, mr('x'))), N(' '), math(rad(null, mr('x+1'))), N(' '), math(rad(mr('3'), mr('8'))), N(' '), math(rad(mr('n'), mr('y'))), N(' '), math(rad(mr('k'), mr('z'))), N(' '), math(rad('', mr('4'))), N('.')),
    );
    expect(texts(analysis)).toEqual(['Roots √x √(x+1) ∛8 ⁿ√y √(k&z) √4.']);
    // Roots · √x · √(x+1) · ∛8 · ⁿ√y · √(k&z) · √4.
    expect(words(analysis)).toEqual({ Narrator: 7, Expert: 0, unassigned: 0 });
  });

  it('n-ary operators: the sign (m:chr, default ∫), its limits, then its argument: ∑ᵢ₌₁ⁿ i, ∫₀¹ f(x)dx', async () => {
    const analysis = await analyse(
      P(N('Sum '), math(nary('∑', mr('i=1'), mr('n'), mr('i'))), N(' and integral '), math(nary(null, mr('0'), mr('1'), mr('f') + d('', mr('x')) + mr('dx'))), N('.')),
    );
    expect(texts(analysis)).toEqual(['Sum ∑ᵢ₌₁ⁿ i and integral ∫₀¹ f(x)dx.']);
    // Sum · ∑ᵢ₌₁ⁿ · i · and · integral · ∫₀¹ · f(x)dx.
    expect(words(analysis)).toEqual({ Narrator: 7, Expert: 0, unassigned: 0 });
  });

  it('functions, accents, bars: "sin x" with a space, sin(x) without; x̂, x̅, x̲', async () => {
    const acc = `<m:acc><m:accPr>${CTRL()}</m:accPr>${e(mr('x'))}</m:acc>`;
    const barTop = `<m:bar><m:barPr><m:pos m:val="top"/>${CTRL()}</m:barPr>${e(mr('x'))}</m:bar>`;
    const barBottom = `<m:bar><m:barPr>${CTRL()}</m:barPr>${e(mr('x'))}</m:bar>`;
    const analysis = await analyse(P(N('Then '), math(func(mr('sin'), mr('x'))), N(' or '), math(func(mr('cos'), d('', mr('2x')))), N(' with '), math(acc), N(', '), math(barTop), N(', '), math(barBottom), N('.')));
    expect(texts(analysis)).toEqual(['Then sin x or cos(2x) with x\u0302, x\u0305, x\u0332.']);
    // Then · sin · x · or · cos(2x) · with · x̂, · x̅, · x̲.
    expect(words(analysis)).toEqual({ Narrator: 9, Expert: 0, unassigned: 0 });
  });

  it('a display equation of an Expert line: the symbols take its colour; a deleted piece inside is not read', async () => {
    const display = `<w:p><m:oMathPara ${M}><m:oMath>${mr('y', BLUE)}${mr('=', BLUE)}${frac(mr('1', BLUE), sSup(mr('x', BLUE), mr('2', BLUE)))}<w:del w:id="7" w:author="a">${mr('+1', BLUE)}</w:del></m:oMath></m:oMathPara></w:p>`;
    const analysis = await analyse(P(N('Narrator introduces it.')) + display);
    expect(texts(analysis)).toEqual(['Narrator introduces it.', 'y=1/x²']);
    expect(words(analysis)).toEqual({ Narrator: 3, Expert: 1, unassigned: 0 });
    expect(analysis.script.paragraphs[1]!.runs.map((run) => [run.text, run.color])).toEqual([['y=1/x²', '#0070C0']]);
  });
});
