/**
 * `Paragraph.indent` from the DOCX reader: the left indent in force, in points, as Word applies it
 * (ECMA-376 §17.7.2 and §17.3.1.19): document defaults, numbering through the style, the paragraph
 * style chain, numbering set on the paragraph, the paragraph's own `w:ind`; 0 when nothing sets
 * one, absent when it cannot be told (character units, a list not found, right-to-left text).
 */
import { describe, expect, it } from 'vitest';
import { readDocx } from '../src/readers/docx/index.js';
import { buildDocx, type DocxParts } from './helpers/docx-builder.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

async function indents(parts: DocxParts): Promise<[string, number | undefined][]> {
  const script = await readDocx(buildDocx(parts), 'test.docx');
  return script.paragraphs.map((p) => [p.runs.map((r) => r.text).join(''), p.indent]);
}

const para = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;

const STYLES = (defaults = '', more = '') =>
  `<w:docDefaults><w:pPrDefault>${defaults ? `<w:pPr>${defaults}</w:pPr>` : ''}</w:pPrDefault></w:docDefaults>` +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Indented"><w:name w:val="Body Text Indent"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Deeper"><w:name w:val="Deeper"/><w:basedOn w:val="Indented"/><w:pPr><w:ind w:firstLine="720"/></w:pPr></w:style>' +
  more;

const NUMBERING =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">` +
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl><w:lvl w:ilvl="1"><w:pPr><w:ind w:left="2160" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>' +
  '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ListStyle"/></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
  '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:pPr><w:ind w:left="1080"/></w:pPr></w:lvl></w:lvlOverride></w:num>' +
  '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>' +
  '</w:numbering>';

const withNumbering = (body: string, styles: string): DocxParts => ({
  body,
  styles,
  extraRels: [{ id: 'rIdNum', type: 'numbering', target: 'numbering.xml' }],
  extraParts: { 'word/numbering.xml': NUMBERING },
});

describe('paragraph indent (DOCX)', () => {
  it('0 when nothing sets one; direct w:left or w:start in twips or a universal measure; the first line\'s own indent and hang left aside', async () => {
    expect(
      await indents({
        body:
          para('margin') +
          para('left', '<w:ind w:left="1440" w:hanging="720"/>') +
          para('start', '<w:ind w:start="2880" w:firstLine="360"/>') +
          para('inches', '<w:ind w:left="1.5in"/>') +
          para('negative', '<w:ind w:left="-360"/>') +
          para('first line only', '<w:ind w:firstLine="720"/>'),
        styles: STYLES(),
      }),
    ).toEqual([
      ['margin', 0],
      ['left', 72],
      ['start', 144],
      ['inches', 108],
      ['negative', -18],
      ['first line only', 0],
    ]);
  });

  it('from the style chain and the document defaults, direct formatting over them', async () => {
    expect(
      await indents({
        body: para('style', '<w:pStyle w:val="Indented"/>') + para('based on it', '<w:pStyle w:val="Deeper"/>') + para('direct over style', '<w:pStyle w:val="Indented"/><w:ind w:left="0"/>') + para('defaults'),
        styles: STYLES('<w:ind w:left="360"/>'),
      }),
    ).toEqual([
      ['style', 72],
      ['based on it', 72],
      ['direct over style', 0],
      ['defaults', 18],
    ]);
  });

  it('a numbered paragraph: its list level\'s indent over its style\'s, under its own; through the style, the style\'s over the level\'s', async () => {
    const styles = STYLES(
      '',
      '<w:style w:type="paragraph" w:styleId="ListPara"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="ListParaIndented"><w:name w:val="List Indented"/><w:basedOn w:val="ListPara"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr><w:ind w:left="288"/></w:pPr></w:style>' +
        '<w:style w:type="numbering" w:styleId="ListStyle"><w:name w:val="List Style"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
    );
    expect(
      await indents(
        withNumbering(
          para('level 0', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>') +
            para('level 1', '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>') +
            para('numbered over its style', '<w:pStyle w:val="Indented"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>') +
            para('own indent over its list', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:ind w:left="0"/>') +
            para('level override', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>') +
            para('through a numbering style', '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr>') +
            para('numbered by its style', '<w:pStyle w:val="ListPara"/>') +
            para('style over its list', '<w:pStyle w:val="ListParaIndented"/>') +
            para('numbering off', '<w:pStyle w:val="Indented"/><w:numPr><w:numId w:val="0"/></w:numPr>') +
            para('a list not found', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="9"/></w:numPr>'),
          styles,
        ),
      ),
    ).toEqual([
      ['level 0', 36],
      ['level 1', 108],
      ['numbered over its style', 36],
      ['own indent over its list', 0],
      ['level override', 54],
      ['through a numbering style', 108],
      ['numbered by its style', 36],
      ['style over its list', 14.4],
      ['numbering off', 72],
      ['a list not found', undefined],
    ]);
  });

  it('absent when it cannot be told: character units, a numbered paragraph with no numbering part, right-to-left text', async () => {
    expect(
      await indents({
        body:
          para('chars', '<w:ind w:leftChars="200" w:left="840"/>') +
          para('chars 0', '<w:ind w:leftChars="0" w:left="840"/>') +
          para('numbered', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>') +
          para('rtl', '<w:bidi/><w:ind w:left="720"/>') +
          para('odd value', '<w:ind w:left="wide"/>'),
        styles: STYLES(),
      }),
    ).toEqual([
      ['chars', undefined],
      ['chars 0', 42],
      ['numbered', undefined],
      ['rtl', undefined],
      ['odd value', undefined],
    ]);
  });

  it('the same read event by event and whole (plain paragraphs share their property blocks)', async () => {
    const body = Array.from({ length: 4 }, (_, i) => para(`line ${i}`, '<w:ind w:left="720"/>') + para(`next ${i}`)).join('');
    const spaced = body.replaceAll('><', '>\n<');
    expect(await indents({ body, styles: STYLES() })).toEqual(await indents({ body: spaced, styles: STYLES() }));
    expect((await indents({ body, styles: STYLES() })).map(([, i]) => i)).toEqual([36, 0, 36, 0, 36, 0, 36, 0]);
  });
});
