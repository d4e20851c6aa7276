/**
 * The DOCX reader against the spec (REFERENCE.md "DOCX" sections, ECMA-376 Part 1 §17), on small
 * documents built in memory by tests/helpers/docx-builder.ts. Every expectation is an exact value:
 * text, `#RRGGBB` colour and background per run, paragraph numbers, table cells.
 *
 * Runs are compared after merging neighbours that look the same (a reader may split or join runs
 * as it likes; what a reader sees must not change).
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { readDocx } from '../src/readers/docx/index.js';
import { readScript, readScriptBytes } from '../src/readers/index.js';
import { UserError } from '../src/errors.js';
import type { Paragraph, ReadOptions, Script } from '../src/model.js';
import { spans, textOf, type Span } from './helpers/spans.js';
import {
  buildDocx,
  DEFAULT_STYLES,
  deflatedZeros,
  minimalPackageEntries,
  p,
  r,
  rawZip,
  storedEntry,
  W_NS,
  type DocxParts,
} from './helpers/docx-builder.js';

// ---------------------------------------------------------------------------------------------
// helpers

async function read(parts: DocxParts | string, options?: ReadOptions): Promise<Script> {
  const bytes = buildDocx(typeof parts === 'string' ? { body: parts } : parts);
  return readDocx(bytes, 'test.docx', options);
}

const texts = (script: Script): string[] => script.paragraphs.map(textOf);

/** The single span of the single paragraph (fails loudly otherwise). */
function only(script: Script): Span {
  expect(texts(script)).toHaveLength(1);
  const s = spans(script.paragraphs[0]!);
  expect(s).toHaveLength(1);
  return s[0]!;
}

/** The span holding `needle` in the whole script. */
function spanOf(script: Script, needle: string): Span {
  const all = script.paragraphs.flatMap(spans);
  const found = all.filter((s) => s.text.includes(needle));
  expect(found, `a span holding ${JSON.stringify(needle)} in ${JSON.stringify(all)}`).toHaveLength(1);
  return found[0]!;
}

function channelsNear(actual: string, expected: string, tolerance: number): boolean {
  if (!/^#[0-9A-F]{6}$/.test(actual)) return false;
  for (let i = 1; i < 7; i += 2) {
    if (Math.abs(parseInt(actual.slice(i, i + 2), 16) - parseInt(expected.slice(i, i + 2), 16)) > tolerance) return false;
  }
  return true;
}

const span = (text: string, color = '#000000', background: string | null = null, kind?: string): Span =>
  background === null ? { text, color, background } : { text, color, background, kind: kind! };

const style = (type: 'paragraph' | 'character' | 'table', id: string, name: string, inner: string, attrs = '') =>
  `<w:style w:type="${type}" w:styleId="${id}"${attrs}><w:name w:val="${name}"/>${inner}</w:style>`;

/** The default styles plus more. */
const withStyles = (...more: string[]) => DEFAULT_STYLES + more.join('');

const tc = (content: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${content}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (tblPr: string, ...rows: string[]) => `<w:tbl><w:tblPr>${tblPr}</w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>${rows.join('')}</w:tbl>`;

const fld = (type: 'begin' | 'separate' | 'end') => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
const instr = (code: string) => `<w:r><w:instrText xml:space="preserve">${code}</w:instrText></w:r>`;
const CHANGE = 'w:author="Editor" w:date="2024-01-01T00:00:00Z"';

/** A text box as Word writes it: DrawingML in mc:Choice, VML in mc:Fallback. */
const textBox = (choiceInner: string, fallbackInner = choiceInner) =>
  '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>' +
  '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">' +
  '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>' +
  '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2000000" cy="500000"/>' +
  '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>' +
  '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>' +
  '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" cy="500000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>' +
  `<wps:txbx><w:txbxContent>${choiceInner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
  '<mc:Fallback><w:pict><v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;width:150pt;height:40pt">' +
  `<v:textbox><w:txbxContent>${fallbackInner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;

async function userError(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    const e = error as UserError;
    expect(e.message.includes('\n'), `one-line message: ${e.message}`).toBe(false);
    expect(e.message.length).toBeGreaterThan(0);
    return e;
  }
  throw new Error('expected a UserError, but reading succeeded');
}

// ---------------------------------------------------------------------------------------------

describe('basic shape', () => {
  it('lists only paragraphs that hold text, numbered 1.. in reading order, with body locations', async () => {
    const script = await read(
      '<w:p/>' + p('One') + '<w:p><w:r><w:t></w:t></w:r></w:p>' + '<w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p>' + p('Two') + p('Three'),
    );
    expect(script.format).toBe('docx');
    expect(script.file).toBe('test.docx');
    expect(texts(script)).toEqual(['One', 'Two', 'Three']);
    expect(script.paragraphs.map((x) => x.location)).toEqual([
      { story: 'body', paragraph: 1 },
      { story: 'body', paragraph: 2 },
      { story: 'body', paragraph: 3 },
    ]);
    expect(script.facts.trackedChanges).toBe(false);
    expect(script.warnings).toEqual([]);
  });

  it('gives plain text black on no background, and keeps spaces of xml:space="preserve"', async () => {
    expect(only(await read(p('  two  spaces ')))).toEqual(span('  two  spaces '));
  });

  it('reports the paragraph style by name (w:name), not by id', async () => {
    const script = await read({
      styles: withStyles(style('paragraph', 'Heading1', 'heading 1', '<w:basedOn w:val="Normal"/>')),
      body: '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' + r('Title') + '</w:p>' + p('Body'),
    });
    expect(script.paragraphs.map((x) => x.style)).toEqual(['heading 1', 'Normal']);
  });

  it('finds the main document through _rels/.rels (word/document2.xml, as Word sometimes writes)', async () => {
    const script = await read({ body: p('Found'), documentPath: 'word/document2.xml', stylesPath: 'word/stylesB.xml' });
    expect(texts(script)).toEqual(['Found']);
  });
});

// ---------------------------------------------------------------------------------------------

describe('theme colours', () => {
  it('text1 + tint A6 → #595959 (Word "dark grey"), no mismatch warning', async () => {
    const script = await read(p('x').replace('<w:r>', '<w:r><w:rPr><w:color w:val="595959" w:themeColor="text1" w:themeTint="A6"/></w:rPr>'));
    expect(only(script)).toEqual(span('x', '#595959'));
    expect(script.warnings.filter((w) => w.code === 'theme-colour-mismatch')).toEqual([]);
  });

  it('lower-case tint (LibreOffice writes a6) → #595959', async () => {
    expect(only(await read('<w:p>' + r('x', '<w:color w:val="595959" w:themeColor="text1" w:themeTint="a6"/>') + '</w:p>'))).toEqual(
      span('x', '#595959'),
    );
  });

  it('text1 + tint BF → #404040', async () => {
    const script = await read('<w:p>' + r('x', '<w:color w:val="404040" w:themeColor="text1" w:themeTint="BF"/>') + '</w:p>');
    expect(only(script)).toEqual(span('x', '#404040'));
    expect(script.warnings.filter((w) => w.code === 'theme-colour-mismatch')).toEqual([]);
  });

  it('accent1 4472C4 + shade BF → #2F5496', async () => {
    const script = await read('<w:p>' + r('x', '<w:color w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/>') + '</w:p>');
    expect(only(script)).toEqual(span('x', '#2F5496'));
    expect(script.warnings.filter((w) => w.code === 'theme-colour-mismatch')).toEqual([]);
  });

  it('accent1 4F81BD + shade BF → #365F91 exactly: the cached w:val, Word’s own rounding (HSL arithmetic gives #376092), as LibreOffice and the PDF show it', async () => {
    const script = await read({
      theme: { accent1: '4F81BD' },
      body: '<w:p>' + r('x', '<w:color w:val="365F91" w:themeColor="accent1" w:themeShade="BF"/>') + '</w:p>' + '<w:p>' + r('y', '<w:color w:val="376092" w:themeColor="accent1" w:themeShade="BF"/>') + '</w:p>',
    });
    expect(script.paragraphs.map((x) => x.runs[0]!.color)).toEqual(['#365F91', '#376092']);
    expect(script.warnings.filter((w) => w.code === 'theme-colour-mismatch')).toEqual([]);
  });

  it('uses the theme (found via relationships, not theme1.xml) over a disagreeing cached w:val, with a warning', async () => {
    const script = await read({
      theme: { accent2: 'ABCDEF' },
      body: '<w:p>' + r('x', '<w:color w:val="FF0000" w:themeColor="accent2"/>') + '</w:p>',
    });
    expect(only(script)).toEqual(span('x', '#ABCDEF'));
    const mismatch = script.warnings.filter((w) => w.code === 'theme-colour-mismatch');
    expect(mismatch.length).toBeGreaterThanOrEqual(1);
    expect(mismatch[0]!.message.includes('\n')).toBe(false);
  });

  it('a shading’s theme fill over a disagreeing cached w:fill: the theme’s colour, said as for text (LibreOffice shows the cache)', async () => {
    const script = await read({
      theme: { accent6: '70AD47' },
      body:
        '<w:p><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="FFFF00" w:themeFill="accent6"/></w:pPr>' + r('Do you sell tomato plants?') + '</w:p>' +
        '<w:p><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="E2EFD9" w:themeFill="accent6" w:themeFillTint="33"/></w:pPr>' + r('Agreed.') + '</w:p>',
    });
    expect(script.paragraphs.map((x) => x.runs.map((run) => [run.text, run.background]))).toEqual([[['Do you sell tomato plants?', '#70AD47']], [['Agreed.', '#E2EFD9']]]);
    expect(script.warnings.filter((w) => w.code === 'theme-colour-mismatch').map((w) => [w.message, w.details])).toEqual([
      [
        'Shading in the theme colour "accent6" caches #FFFF00 but the theme gives #70AD47; vo-lines uses #70AD47, as Word does (LibreOffice shows #FFFF00).',
        { themeColor: 'accent6', theme: '#70AD47', cached: '#FFFF00', kind: 'shading', paragraphs: 1 },
      ],
    ]);
  });

  it('maps text1 through w:clrSchemeMapping (t1 → dark2)', async () => {
    const script = await read({
      clrSchemeMapping: { t1: 'dark2' },
      body: '<w:p>' + r('x', '<w:color w:val="44546A" w:themeColor="text1"/>') + '</w:p>',
    });
    expect(only(script)).toEqual(span('x', '#44546A'));
  });

  it('maps background1 through w:clrSchemeMapping (bg1 → dark1) and tints from there', async () => {
    const script = await read({
      clrSchemeMapping: { bg1: 'dark1', t1: 'light1' },
      body: '<w:p>' + r('x', '<w:color w:val="595959" w:themeColor="background1" w:themeTint="A6"/>') + '</w:p>',
    });
    expect(only(script)).toEqual(span('x', '#595959'));
  });

  it('takes a:sysClr lastClr', async () => {
    const script = await read({
      theme: { dk1: '<a:sysClr val="windowText" lastClr="1F1F1F"/>' },
      body: '<w:p>' + r('x', '<w:color w:val="1F1F1F" w:themeColor="text1"/>') + '</w:p>',
    });
    expect(only(script)).toEqual(span('x', '#1F1F1F'));
  });

  it('resolves hyperlink → hlink', async () => {
    expect(only(await read({ theme: { hlink: '0563C1' }, body: '<w:p>' + r('x', '<w:color w:val="0563C1" w:themeColor="hyperlink"/>') + '</w:p>' }))).toEqual(
      span('x', '#0563C1'),
    );
  });

  it('falls back to the cached w:val when the package has no theme', async () => {
    expect(only(await read({ noTheme: true, body: '<w:p>' + r('x', '<w:color w:val="C00000" w:themeColor="accent2"/>') + '</w:p>' }))).toEqual(
      // ECMA-376 does not say what a theme colour means without a theme: accept the cached value
      // (what the writing application showed) or the Office default theme's accent2.
      expect.objectContaining({ text: 'x', background: null }),
    );
    const got = only(await read({ noTheme: true, body: '<w:p>' + r('x', '<w:color w:val="C00000" w:themeColor="accent2"/>') + '</w:p>' }));
    expect(['#C00000', '#ED7D31']).toContain(got.color);
  });

  it('resolves w:themeFill + w:themeFillTint for backgrounds (accent1 4F81BD tint 3F → D3DFEE ±1)', async () => {
    const script = await read({
      theme: { accent1: '4F81BD' },
      body: '<w:p>' + r('x', '<w:shd w:val="clear" w:color="auto" w:fill="D3DFEE" w:themeFill="accent1" w:themeFillTint="3F"/>') + '</w:p>',
    });
    const got = only(script);
    expect(got.color).toBe('#000000');
    expect(channelsNear(got.background ?? '', '#D3DFEE', 1), `${got.background} ≈ #D3DFEE`).toBe(true);
    expect(got.kind).toBe('shading');
  });

  it('resolves w:themeFill over a disagreeing w:fill', async () => {
    const got = only(
      await read({
        theme: { accent2: 'ABCDEF' },
        body: '<w:p>' + r('x', '<w:shd w:val="clear" w:color="auto" w:fill="FF0000" w:themeFill="accent2"/>') + '</w:p>',
      }),
    );
    expect(got).toEqual(span('x', '#000000', '#ABCDEF', 'shading'));
  });
});

// ---------------------------------------------------------------------------------------------

describe('cascade: docDefaults → table style → paragraph style → character style → direct', () => {
  const docDefaults = (rPr: string) => `<w:docDefaults><w:rPrDefault><w:rPr>${rPr}</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>`;

  it('docDefaults rPr colour applies when nothing else sets one', async () => {
    const script = await read({
      styles: docDefaults('<w:color w:val="111111"/>') + style('paragraph', 'Normal', 'Normal', '', ' w:default="1"'),
      body: p('x'),
    });
    expect(only(script)).toEqual(span('x', '#111111'));
  });

  it('the default paragraph style (w:default="1") applies to a paragraph with no w:pStyle, and is reported by name', async () => {
    const script = await read({
      styles:
        docDefaults('<w:color w:val="111111"/>') +
        style('paragraph', 'BodyA', 'Body Alpha', '<w:rPr><w:color w:val="222222"/></w:rPr>', ' w:default="1"') +
        style('paragraph', 'Other', 'Other', '<w:rPr><w:color w:val="999999"/></w:rPr>'),
      body: p('x'),
    });
    expect(only(script)).toEqual(span('x', '#222222'));
    expect(script.paragraphs[0]!.style).toBe('Body Alpha');
  });

  it('paragraph style basedOn chain: inherited from the root, overridden by a nearer level', async () => {
    const styles = withStyles(
      style('paragraph', 'Base', 'Base', '<w:basedOn w:val="Normal"/><w:rPr><w:color w:val="333333"/></w:rPr>'),
      style('paragraph', 'Mid', 'Mid', '<w:basedOn w:val="Base"/><w:rPr><w:b/></w:rPr>'),
      style('paragraph', 'Leaf', 'Leaf', '<w:basedOn w:val="Mid"/><w:rPr><w:i/></w:rPr>'),
      style('paragraph', 'Override', 'Override', '<w:basedOn w:val="Mid"/><w:rPr><w:color w:val="444444"/></w:rPr>'),
    );
    const script = await read({
      styles,
      body:
        '<w:p><w:pPr><w:pStyle w:val="Leaf"/></w:pPr>' + r('leaf') + '</w:p>' +
        '<w:p><w:pPr><w:pStyle w:val="Override"/></w:pPr>' + r('override') + '</w:p>',
    });
    expect(script.paragraphs.map(spans)).toEqual([[span('leaf', '#333333')], [span('override', '#444444')]]);
    expect(script.paragraphs.map((x) => x.style)).toEqual(['Leaf', 'Override']);
  });

  it('character style basedOn chain beats the paragraph style; run reports the character style name', async () => {
    const styles = withStyles(
      style('paragraph', 'Red', 'Red Para', '<w:rPr><w:color w:val="FF0000"/></w:rPr>'),
      style('character', 'CharBase', 'Char Base', '<w:rPr><w:color w:val="777777"/></w:rPr>'),
      style('character', 'CharChild', 'Char Child', '<w:basedOn w:val="CharBase"/><w:rPr><w:b/></w:rPr>'),
    );
    const script = await read({
      styles,
      body: '<w:p><w:pPr><w:pStyle w:val="Red"/></w:pPr>' + r('para ') + r('char', '<w:rStyle w:val="CharChild"/>') + '</w:p>',
    });
    expect(spans(script.paragraphs[0]!)).toEqual([span('para ', '#FF0000'), span('char', '#777777')]);
    const charRun = script.paragraphs[0]!.runs.find((x) => x.text.includes('char'))!;
    expect(charRun.characterStyle).toBe('Char Child');
  });

  it('direct w:rPr beats the character style', async () => {
    const script = await read({
      styles: withStyles(style('character', 'CharBase', 'Char Base', '<w:rPr><w:color w:val="777777"/></w:rPr>')),
      body: '<w:p>' + r('x', '<w:rStyle w:val="CharBase"/><w:color w:val="888888"/>') + '</w:p>',
    });
    expect(only(script)).toEqual(span('x', '#888888'));
  });

  it('direct w:color auto overrides a coloured paragraph style → black', async () => {
    const script = await read({
      styles: withStyles(style('paragraph', 'Red', 'Red Para', '<w:rPr><w:color w:val="FF0000"/></w:rPr>')),
      body: '<w:p><w:pPr><w:pStyle w:val="Red"/></w:pPr>' + r('x', '<w:color w:val="auto"/>') + '</w:p>',
    });
    expect(only(script)).toEqual(span('x', '#000000'));
  });

  it('table style rPr (with its basedOn chain) colours cell text; a paragraph style beats it', async () => {
    const styles = withStyles(
      style('table', 'TS1', 'Table Base', '<w:basedOn w:val="TableNormal"/><w:rPr><w:color w:val="555555"/></w:rPr>'),
      style('table', 'TS2', 'Table Derived', '<w:basedOn w:val="TS1"/><w:tblPr><w:tblBorders/></w:tblPr>'),
      style('paragraph', 'Red', 'Red Para', '<w:rPr><w:color w:val="FF0000"/></w:rPr>'),
    );
    const script = await read({
      styles,
      body: tbl(
        '<w:tblStyle w:val="TS2"/><w:tblLook w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>',
        tr(tc(p('plain')), tc('<w:p><w:pPr><w:pStyle w:val="Red"/></w:pPr>' + r('styled') + '</w:p>')),
      ),
    });
    expect(script.paragraphs.map(spans)).toEqual([[span('plain', '#555555')], [span('styled', '#FF0000')]]);
  });

  const condStyles = withStyles(
    style(
      'table',
      'Cond',
      'Cond Table',
      '<w:basedOn w:val="TableNormal"/><w:rPr><w:color w:val="555555"/></w:rPr>' +
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:color w:val="666666"/></w:rPr></w:tblStylePr>',
    ),
  );
  const condTable = (look: string) =>
    tbl(`<w:tblStyle w:val="Cond"/>${look}`, tr(tc(p('head'))), tr(tc(p('data'))));

  it('conditional tblStylePr firstRow applies when tblLook enables it (firstRow="1")', async () => {
    const script = await read({
      styles: condStyles,
      body: condTable('<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'),
    });
    expect(script.paragraphs.map(spans)).toEqual([[span('head', '#666666')], [span('data', '#555555')]]);
  });

  it('conditional firstRow does not apply when tblLook disables it (firstRow="0")', async () => {
    const script = await read({
      styles: condStyles,
      body: condTable('<w:tblLook w:val="0400" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'),
    });
    expect(script.paragraphs.map(spans)).toEqual([[span('head', '#555555')], [span('data', '#555555')]]);
  });

  it('tblLook as a Word 2007 hex bitmask only: w:val="0020" enables firstRow, "0000" does not', async () => {
    const on = await read({ styles: condStyles, body: condTable('<w:tblLook w:val="0020"/>') });
    expect(on.paragraphs.map(spans)).toEqual([[span('head', '#666666')], [span('data', '#555555')]]);
    const off = await read({ styles: condStyles, body: condTable('<w:tblLook w:val="0000"/>') });
    expect(off.paragraphs.map(spans)).toEqual([[span('head', '#555555')], [span('data', '#555555')]]);
  });

  it('ignores w:rPrChange (old formatting of a tracked change)', async () => {
    const script = await read(
      '<w:p>' +
        r('kept', `<w:color w:val="00AA00"/><w:rPrChange w:id="1" ${CHANGE}><w:rPr><w:color w:val="AA0000"/></w:rPr></w:rPrChange>`) +
        '</w:p><w:p>' +
        r('plain', `<w:rPrChange w:id="2" ${CHANGE}><w:rPr><w:color w:val="AA0000"/><w:highlight w:val="yellow"/></w:rPr></w:rPrChange>`) +
        '</w:p>',
    );
    expect(script.paragraphs.map(spans)).toEqual([[span('kept', '#00AA00')], [span('plain')]]);
  });

  it('ignores w:pPrChange (old paragraph style)', async () => {
    const script = await read({
      styles: withStyles(
        style('paragraph', 'Red', 'Red Para', '<w:rPr><w:color w:val="FF0000"/></w:rPr>'),
        style('paragraph', 'Blue', 'Blue Para', '<w:rPr><w:color w:val="0000FF"/></w:rPr>'),
      ),
      body: `<w:p><w:pPr><w:pStyle w:val="Red"/><w:pPrChange w:id="3" ${CHANGE}><w:pPr><w:pStyle w:val="Blue"/></w:pPr></w:pPrChange></w:pPr>${r('x')}</w:p>`,
    });
    expect(only(script)).toEqual(span('x', '#FF0000'));
    expect(script.paragraphs[0]!.style).toBe('Red Para');
  });

  it('paragraph-mark properties (w:pPr/w:rPr) do not format the text', async () => {
    const script = await read(
      '<w:p><w:pPr><w:rPr><w:color w:val="FF0000"/><w:highlight w:val="yellow"/><w:vanish/></w:rPr></w:pPr>' + r('x') + '</w:p>',
    );
    expect(only(script)).toEqual(span('x'));
  });
});

// ---------------------------------------------------------------------------------------------

describe('auto colour', () => {
  it('auto is black', async () => {
    expect(only(await read('<w:p>' + r('x', '<w:color w:val="auto"/>') + '</w:p>'))).toEqual(span('x'));
  });

  it('auto is white on dark run shading (fill 000080)', async () => {
    expect(only(await read('<w:p>' + r('x', '<w:color w:val="auto"/><w:shd w:val="clear" w:color="auto" w:fill="000080"/>') + '</w:p>'))).toEqual(
      span('x', '#FFFFFF', '#000080', 'shading'),
    );
  });

  it('no colour at all is also auto: white on dark paragraph shading', async () => {
    expect(only(await read('<w:p><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="000000"/></w:pPr>' + r('x') + '</w:p>'))).toEqual(
      span('x', '#FFFFFF', '#000000', 'shading'),
    );
  });

  it('auto stays black on light shading (fill FFFF00)', async () => {
    expect(only(await read('<w:p>' + r('x', '<w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/>') + '</w:p>'))).toEqual(
      span('x', '#000000', '#FFFF00', 'shading'),
    );
  });

  it('auto stays black on a dark highlight (darkBlue)', async () => {
    expect(only(await read('<w:p>' + r('x', '<w:color w:val="auto"/><w:highlight w:val="darkBlue"/>') + '</w:p>'))).toEqual(
      span('x', '#000000', '#000080', 'highlight'),
    );
  });

  it('an explicit 000000 is not auto: stays black on dark shading', async () => {
    expect(only(await read('<w:p>' + r('x', '<w:color w:val="000000"/><w:shd w:val="clear" w:color="auto" w:fill="000080"/>') + '</w:p>'))).toEqual(
      span('x', '#000000', '#000080', 'shading'),
    );
  });
});

// ---------------------------------------------------------------------------------------------

describe('backgrounds', () => {
  it('highlight beats run shading', async () => {
    expect(only(await read('<w:p>' + r('x', '<w:highlight w:val="yellow"/><w:shd w:val="clear" w:color="auto" w:fill="00FF00"/>') + '</w:p>'))).toEqual(
      span('x', '#000000', '#FFFF00', 'highlight'),
    );
  });

  it('a highlight in a character style is not shown (Word ignores it, LibreOffice too): direct run shading shows, with a warning', async () => {
    const script = await read({
      styles: withStyles(style('character', 'Hl', 'Marker', '<w:rPr><w:highlight w:val="cyan"/></w:rPr>')),
      body: '<w:p>' + r('x', '<w:rStyle w:val="Hl"/><w:shd w:val="clear" w:color="auto" w:fill="00FF00"/>') + '</w:p>',
    });
    expect(only(script)).toEqual(span('x', '#000000', '#00FF00', 'shading'));
    expect(script.warnings.map((w) => w.code)).toEqual(['style-highlight-ignored']);
  });

  it('highlight from a paragraph style beats direct run shading', async () => {
    const script = await read({
      styles: withStyles(style('paragraph', 'HlPara', 'Marked', '<w:rPr><w:highlight w:val="cyan"/></w:rPr>')),
      body: '<w:p><w:pPr><w:pStyle w:val="HlPara"/></w:pPr>' + r('x', '<w:shd w:val="clear" w:color="auto" w:fill="00FF00"/>') + '</w:p>',
    });
    expect(only(script)).toEqual(span('x', '#000000', '#00FFFF', 'highlight'));
    expect(script.warnings).toEqual([]);
  });

  it('maps the named highlight palette', async () => {
    const names: [string, string][] = [
      ['yellow', '#FFFF00'], ['green', '#00FF00'], ['cyan', '#00FFFF'], ['magenta', '#FF00FF'], ['blue', '#0000FF'],
      ['red', '#FF0000'], ['darkBlue', '#000080'], ['darkCyan', '#008080'], ['darkGreen', '#008000'],
      ['darkMagenta', '#800080'], ['darkRed', '#800000'], ['darkYellow', '#808000'], ['darkGray', '#808080'],
      ['lightGray', '#C0C0C0'], ['black', '#000000'],
    ];
    const script = await read(names.map(([n]) => '<w:p>' + r(n, `<w:color w:val="123456"/><w:highlight w:val="${n}"/>`) + '</w:p>').join(''));
    expect(script.paragraphs.map(spans)).toEqual(names.map(([n, hex]) => [span(n, '#123456', hex, 'highlight')]));
  });

  it('a highlight value that is none of the spec’s names (they are case-sensitive) shows no highlight, as in LibreOffice: said once per name', async () => {
    const script = await read(
      '<w:p>' + r('Capital', '<w:highlight w:val="Magenta"/>') + '</w:p><w:p>' + r('Hex', '<w:highlight w:val="FF00FF"/>') + '</w:p>' +
        '<w:p>' + r('Again', '<w:highlight w:val="Magenta"/>') + '</w:p>',
    );
    expect(script.paragraphs.map(spans)).toEqual([[span('Capital')], [span('Hex')], [span('Again')]]);
    expect(script.warnings.map((w) => [w.code, w.details])).toEqual([
      ['highlight-unknown', { highlight: 'Magenta', paragraphs: 2 }],
      ['highlight-unknown', { highlight: 'FF00FF', paragraphs: 1 }],
    ]);
    expect(script.warnings[0]!.message).toBe(
      'Text is highlighted with "Magenta", which is not one of Word’s highlight colours (their names are case-sensitive: "yellow", "darkBlue"…): LibreOffice shows no highlight, and vo-lines reads the text without one. If the highlight marks a voice, set it again in Word. (2 paragraphs)',
    );
  });

  it('a text colour value Word never writes (three or eight digits, a name) is read as vo-lines can, with a warning naming it', async () => {
    const script = await read(
      '<w:p>' + r('Short', '<w:color w:val="F00"/>') + '</w:p><w:p>' + r('Argb', '<w:color w:val="FFFF0000"/>') + '</w:p>' +
        '<w:p>' + r('Fine', '<w:color w:val="FF0000"/>') + '</w:p><w:p>' + r('Auto', '<w:color w:val="auto"/>') + '</w:p>',
    );
    expect(script.paragraphs.map(spans)).toEqual([[span('Short', '#FF0000')], [span('Argb')], [span('Fine', '#FF0000')], [span('Auto')]]);
    expect(script.warnings.map((w) => [w.code, w.details])).toEqual([
      ['colour-value-odd', { value: 'F00', read: '#FF0000', paragraphs: 1 }],
      ['colour-value-odd', { value: 'FFFF0000', read: '#000000', paragraphs: 1 }],
    ]);
  });

  it('highlight none and white → no background', async () => {
    const script = await read(
      '<w:p>' + r('none', '<w:highlight w:val="none"/>') + '</w:p><w:p>' + r('white', '<w:highlight w:val="white"/>') + '</w:p>',
    );
    expect(script.paragraphs.map(spans)).toEqual([[span('none')], [span('white')]]);
  });

  it('run shading beats paragraph shading', async () => {
    expect(
      only(await read('<w:p><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="FFCCFF"/></w:pPr>' + r('x', '<w:shd w:val="clear" w:color="auto" w:fill="00FF00"/>') + '</w:p>')),
    ).toEqual(span('x', '#000000', '#00FF00', 'shading'));
  });

  it('paragraph shading shows behind runs without their own', async () => {
    expect(only(await read('<w:p><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="FFCCFF"/></w:pPr>' + r('x') + '</w:p>'))).toEqual(
      span('x', '#000000', '#FFCCFF', 'shading'),
    );
  });

  it('paragraph shading from the paragraph style', async () => {
    const script = await read({
      styles: withStyles(style('paragraph', 'Boxed', 'Boxed', '<w:pPr><w:shd w:val="clear" w:color="auto" w:fill="CCFFCC"/></w:pPr>')),
      body: '<w:p><w:pPr><w:pStyle w:val="Boxed"/></w:pPr>' + r('x') + '</w:p>',
    });
    expect(only(script)).toEqual(span('x', '#000000', '#CCFFCC', 'shading'));
  });

  it('run w:shd nil means no run shading: the paragraph shading still shows', async () => {
    expect(
      only(await read('<w:p><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="FFCCFF"/></w:pPr>' + r('x', '<w:shd w:val="nil"/>') + '</w:p>')),
    ).toEqual(span('x', '#000000', '#FFCCFF', 'shading'));
  });

  it('paragraph shading beats cell shading; the table’s own shading (w:tblPr/w:shd) is not shown in cells (Word: only in the cell spacing; LibreOffice: not at all), and that is said', async () => {
    const script = await read(
      tbl(
        '<w:shd w:val="clear" w:color="auto" w:fill="CCFFCC"/><w:tblLook w:val="0000"/>',
        tr(
          tc('<w:p><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="FFCCFF"/></w:pPr>' + r('para') + '</w:p>', '<w:shd w:val="clear" w:color="auto" w:fill="FFCC00"/>'),
          tc(p('cell'), '<w:shd w:val="clear" w:color="auto" w:fill="FFCC00"/>'),
        ),
        tr(tc(p('table')), tc(p('table2'))),
      ),
    );
    expect(script.paragraphs.map(spans)).toEqual([
      [span('para', '#000000', '#FFCCFF', 'shading')],
      [span('cell', '#000000', '#FFCC00', 'shading')],
      [span('table')],
      [span('table2')],
    ]);
    expect(script.warnings.filter((w) => w.code === 'table-shading-unshown').map((w) => [w.details, w.location])).toEqual([
      [{ colour: '#CCFFCC', paragraphs: 2 }, { story: 'body', paragraph: 3, cell: { table: 1, row: 2, column: 1 } }],
    ]);
  });

  it('table-style shading: conditional firstRow cell shading, whole-table style shading, a direct cell shading beats both', async () => {
    const script = await read({
      styles: withStyles(
        style(
          'table',
          'Shaded',
          'Shaded Table',
          '<w:basedOn w:val="TableNormal"/><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="DDDDDD"/></w:tcPr>' +
            '<w:tblStylePr w:type="firstRow"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="123456"/></w:tcPr></w:tblStylePr>',
        ),
      ),
      body: tbl(
        '<w:tblStyle w:val="Shaded"/><w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>',
        tr(tc(p('head')), tc(p('headDirect'), '<w:shd w:val="clear" w:color="auto" w:fill="FFCC00"/>')),
        tr(tc(p('body')), tc(p('bodyDirect'), '<w:shd w:val="clear" w:color="auto" w:fill="FFCC00"/>')),
      ),
    });
    expect(script.paragraphs.map(spans)).toEqual([
      [span('head', '#FFFFFF', '#123456', 'shading')],
      [span('headDirect', '#000000', '#FFCC00', 'shading')],
      [span('body', '#000000', '#DDDDDD', 'shading')],
      [span('bodyDirect', '#000000', '#FFCC00', 'shading')],
    ]);
  });

  it('shd patterns: clear → fill, solid → color, pct25/pct20 blend color over fill, nil → none, fill auto → none', async () => {
    const rows: [string, string, string | null][] = [
      ['clear', '<w:shd w:val="clear" w:color="FF0000" w:fill="00FF00"/>', '#00FF00'],
      ['solid', '<w:shd w:val="solid" w:color="FF0000" w:fill="00FF00"/>', '#FF0000'],
      ['pct25', '<w:shd w:val="pct25" w:color="000000" w:fill="FFFFFF"/>', '#BFBFBF'],
      ['pct20', '<w:shd w:val="pct20" w:color="000000" w:fill="FFFFFF"/>', '#CCCCCC'],
      ['nil', '<w:shd w:val="nil" w:color="auto" w:fill="FF0000"/>', null],
      ['autofill', '<w:shd w:val="clear" w:color="auto" w:fill="auto"/>', null],
      ['white', '<w:shd w:val="clear" w:color="auto" w:fill="FFFFFF"/>', null],
    ];
    const script = await read(rows.map(([t, shd]) => '<w:p>' + r(t, `<w:color w:val="0000FF"/>${shd}`) + '</w:p>').join(''));
    expect(script.paragraphs.map(spans)).toEqual(rows.map(([t, , bg]) => [span(t, '#0000FF', bg, bg ? 'shading' : undefined)]));
  });
});

// ---------------------------------------------------------------------------------------------

describe('property blocks read once and recognised when repeated', () => {
  it('the same source means the same only in the same namespace scope', async () => {
    const red = r('Red', '<x:color x:val="C00000"/>');
    const script = await read(
      `<w:p xmlns:x="${W_NS}">${red}</w:p>` + `<w:p xmlns:x="urn:example:other">${red}</w:p>` + `<w:p xmlns:x="${W_NS}">${red}${red}</w:p>` + p('Plain'),
    );
    expect(script.paragraphs.map((x) => spans(x).map((s) => s.color))).toEqual([['#C00000'], ['#000000'], ['#C00000'], ['#000000']]);
  });

  it('a repeated paragraph, run, row and cell block says the same each time: deleted rows skipped, shading and colours kept', async () => {
    const deleted = `<w:trPr><w:del w:id="3" ${CHANGE}/></w:trPr>`;
    const shaded = '<w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/>';
    const row = (text: string, trPr = '') => `<w:tr>${trPr}${tc(p(text), shaded)}</w:tr>`;
    const table = (n: number) => `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>${row(`gone ${n}`, deleted)}${row(`kept ${n}`)}</w:tbl>`;
    const para = (text: string) => `<w:p><w:pPr><w:spacing w:after="120"/><w:rPr><w:color w:val="1F4E79"/></w:rPr></w:pPr>${r(text, '<w:color w:val="1F4E79"/>')}</w:p>`;
    const script = await read(para('One') + table(1) + para('Two') + table(2) + para('Three'));
    expect(texts(script)).toEqual(['One', 'kept 1', 'Two', 'kept 2', 'Three']);
    expect(script.paragraphs.map((x) => spans(x).map((s) => [s.color, s.background]))).toEqual([
      [['#1F4E79', null]],
      [['#000000', '#FFFF00']],
      [['#1F4E79', null]],
      [['#000000', '#FFFF00']],
      [['#1F4E79', null]],
    ]);
    expect(script.facts.trackedChanges).toBe(true);
  });
});

describe('which text is really read', () => {
  it('tracked changes read as accepted: w:del/w:delText gone, w:ins kept; facts.trackedChanges', async () => {
    const script = await read(
      '<w:p>' + r('Keep ') + `<w:del w:id="1" ${CHANGE}><w:r><w:delText>gone </w:delText></w:r></w:del>` +
        `<w:ins w:id="2" ${CHANGE}>${r('added', '<w:color w:val="FF0000"/>')}</w:ins></w:p>`,
    );
    expect(spans(script.paragraphs[0]!)).toEqual([span('Keep '), span('added', '#FF0000')]);
    expect(script.facts.trackedChanges).toBe(true);
  });

  it('moved text: w:moveFrom gone, w:moveTo kept', async () => {
    const script = await read(
      '<w:p>' + r('Start ') + `<w:moveFromRangeStart w:id="5" w:name="move1" ${CHANGE}/><w:moveFrom w:id="6" ${CHANGE}>${r('moved ')}</w:moveFrom><w:moveFromRangeEnd w:id="5"/>` + r('end') + '</w:p>' +
        '<w:p>' + `<w:moveToRangeStart w:id="7" w:name="move1" ${CHANGE}/><w:moveTo w:id="8" ${CHANGE}>${r('moved')}</w:moveTo><w:moveToRangeEnd w:id="7"/>` + '</w:p>',
    );
    expect(texts(script)).toEqual(['Start end', 'moved']);
    expect(script.facts.trackedChanges).toBe(true);
  });

  it('a deleted paragraph mark joins the paragraph with the next', async () => {
    const script = await read(
      `<w:p><w:pPr><w:rPr><w:del w:id="9" ${CHANGE}/></w:rPr></w:pPr>${r('First half ')}</w:p>` + p('second half') + p('Next'),
    );
    expect(texts(script)).toEqual(['First half second half', 'Next']);
    expect(script.paragraphs.map((x) => x.location.paragraph)).toEqual([1, 2]);
    expect(script.facts.trackedChanges).toBe(true);
  });

  it('a fully deleted paragraph (text and mark) disappears', async () => {
    const script = await read(
      p('A') + `<w:p><w:pPr><w:rPr><w:del w:id="10" ${CHANGE}/></w:rPr></w:pPr><w:del w:id="11" ${CHANGE}><w:r><w:delText>B</w:delText></w:r></w:del></w:p>` + p('C'),
    );
    expect(texts(script)).toEqual(['A', 'C']);
  });

  it('hidden text: direct w:vanish gone; w:vanish w:val="0" visible', async () => {
    const script = await read('<w:p>' + r('seen ') + r('hidden ', '<w:vanish/>') + r('also seen', '<w:vanish w:val="0"/>') + '</w:p>');
    expect(texts(script)).toEqual(['seen also seen']);
  });

  it('hidden text from a character style and from a paragraph style is gone', async () => {
    const script = await read({
      styles: withStyles(
        style('character', 'HiddenChar', 'Hidden Char', '<w:rPr><w:vanish/></w:rPr>'),
        style('paragraph', 'HiddenPara', 'Hidden Para', '<w:rPr><w:vanish/></w:rPr>'),
      ),
      body:
        '<w:p>' + r('seen') + r(' hidden', '<w:rStyle w:val="HiddenChar"/>') + '</w:p>' +
        '<w:p><w:pPr><w:pStyle w:val="HiddenPara"/></w:pPr>' + r('all hidden') + '</w:p>' +
        '<w:p><w:pPr><w:pStyle w:val="HiddenPara"/></w:pPr>' + r('unhidden', '<w:vanish w:val="false"/>') + '</w:p>',
    });
    expect(texts(script)).toEqual(['seen', 'unhidden']);
  });

  it('w:vanish is a toggle: paragraph style + character style both hiding → visible (§17.7.3)', async () => {
    const script = await read({
      styles: withStyles(
        style('character', 'HiddenChar', 'Hidden Char', '<w:rPr><w:vanish/></w:rPr>'),
        style('paragraph', 'HiddenPara', 'Hidden Para', '<w:rPr><w:vanish/></w:rPr>'),
      ),
      body: '<w:p><w:pPr><w:pStyle w:val="HiddenPara"/></w:pPr>' + r('flipped', '<w:rStyle w:val="HiddenChar"/>') + '</w:p>',
    });
    expect(texts(script)).toEqual(['flipped']);
  });

  it('struck-through text (w:strike, w:dstrike) is crossed out: left out, with a warning that quotes it', async () => {
    const script = await read(
      '<w:p>' + r('Welcome to the course. ', '<w:color w:val="0070C0"/>') + r('This sentence was cut by the client.', '<w:color w:val="0070C0"/><w:strike/>') + '</w:p>' +
        '<w:p>' + r('A whole line the client removed from the script.', '<w:color w:val="00B050"/><w:dstrike/>') + '</w:p>' +
        '<w:p>' + r('Kept: ', '<w:strike w:val="0"/>') + r('underlined', '<w:u w:val="single"/>') + '</w:p>',
    );
    expect(texts(script)).toEqual(['Welcome to the course. ', 'Kept: underlined']);
    expect(script.paragraphs.map((p) => p.location.paragraph)).toEqual([1, 2]);
    expect(script.warnings.filter((w) => w.code === 'struck-text')).toEqual([
      {
        code: 'struck-text',
        message:
          '16 words in 2 paragraphs are struck through, so they are left out of every voice\'s lines: "This sentence was cut by the client.", "A whole line the client removed from the script.". If any of them is to be recorded, remove the strikethrough.',
        location: { story: 'body', paragraph: 1 },
        details: { words: 16, paragraphs: 2, struck: ['This sentence was cut by the client.', 'A whole line the client removed from the script.'] },
      },
    ]);
  });

  it('strikethrough from styles is a toggle like hidden text; direct w:strike w:val="false" keeps the text', async () => {
    const script = await read({
      styles: withStyles(
        style('character', 'CutChar', 'Cut Char', '<w:rPr><w:strike/></w:rPr>'),
        style('paragraph', 'CutPara', 'Cut Para', '<w:rPr><w:strike/></w:rPr>'),
      ),
      body:
        '<w:p>' + r('seen') + r(' cut', '<w:rStyle w:val="CutChar"/>') + '</w:p>' +
        '<w:p><w:pPr><w:pStyle w:val="CutPara"/></w:pPr>' + r('all cut') + '</w:p>' +
        '<w:p><w:pPr><w:pStyle w:val="CutPara"/></w:pPr>' + r('restored', '<w:strike w:val="false"/>') + '</w:p>' +
        '<w:p><w:pPr><w:pStyle w:val="CutPara"/></w:pPr>' + r('flipped', '<w:rStyle w:val="CutChar"/>') + '</w:p>',
    });
    expect(texts(script)).toEqual(['seen', 'restored', 'flipped']);
    expect(script.warnings.find((w) => w.code === 'struck-text')?.details).toEqual({ words: 3, paragraphs: 2, struck: ['cut', 'all cut'] });
  });

  it('no strikethrough, no warning', async () => {
    const script = await read(p('Plain text') + '<w:p>' + r('also plain', '<w:strike w:val="0"/>') + '</w:p>');
    expect(script.warnings.map((w) => w.code)).not.toContain('struck-text');
  });

  it('w:specVanish gone, w:webHidden kept', async () => {
    const script = await read('<w:p>' + r('a') + r('spec', '<w:specVanish/>') + r('b', '<w:webHidden/>') + '</w:p>');
    expect(texts(script)).toEqual(['ab']);
  });

  it('a paragraph whose only text is hidden is not listed', async () => {
    const script = await read('<w:p>' + r('secret', '<w:vanish/>') + '</w:p>' + p('Shown'));
    expect(texts(script)).toEqual(['Shown']);
    expect(script.paragraphs[0]!.location.paragraph).toBe(1);
  });

  it('complex field keeps only its result', async () => {
    const script = await read(
      '<w:p>' + r('Page ') + fld('begin') + instr(' PAGE \\* MERGEFORMAT ') + fld('separate') + r('7', '<w:color w:val="FF0000"/>') + fld('end') + r(' of') + '</w:p>',
    );
    expect(spans(script.paragraphs[0]!)).toEqual([span('Page '), span('7', '#FF0000'), span(' of')]);
  });

  it('nested fields: the inner field is part of the outer code; only the outer result is read', async () => {
    const script = await read(
      '<w:p>' + r('Answer: ') + fld('begin') + instr(' IF ') + fld('begin') + instr(' DATE \\@ "yyyy" ') + fld('separate') + r('2024') + fld('end') +
        instr(' = 2024 "yes" "no" ') + fld('separate') + r('yes') + fld('end') + '</w:p>',
    );
    expect(texts(script)).toEqual(['Answer: yes']);
  });

  it('a field without a separate (no result) reads as nothing; w:delInstrText gone', async () => {
    const script = await read(
      '<w:p>' + r('a') + fld('begin') + instr(' TC "entry" ') + fld('end') +
        `<w:del w:id="12" ${CHANGE}><w:r><w:delInstrText> PAGE </w:delInstrText></w:r></w:del>` + r('b') + '</w:p>',
    );
    expect(texts(script)).toEqual(['ab']);
  });

  it('w:fldSimple keeps its result', async () => {
    const script = await read('<w:p>' + r('By ') + '<w:fldSimple w:instr=" AUTHOR \\* MERGEFORMAT ">' + r('Jane') + '</w:fldSimple></w:p>');
    expect(texts(script)).toEqual(['By Jane']);
  });

  it('hyperlinks are descended; the Hyperlink character style colours them', async () => {
    const script = await read({
      styles: withStyles(style('character', 'Hyperlink', 'Hyperlink', '<w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr>')),
      extraRels: [{ id: 'rIdLink', type: 'hyperlink', target: 'https://example.com/', external: true }],
      body: '<w:p>' + r('See ') + '<w:hyperlink r:id="rIdLink" w:history="1">' + r('the site', '<w:rStyle w:val="Hyperlink"/>') + '</w:hyperlink>' +
        '<w:hyperlink w:anchor="top">' + r(' here') + '</w:hyperlink></w:p>',
    });
    expect(spans(script.paragraphs[0]!)).toEqual([span('See '), span('the site', '#0563C1'), span(' here')]);
  });

  it('content controls: run-level and block-level w:sdtContent kept', async () => {
    const script = await read(
      '<w:p>' + r('Name: ') + '<w:sdt><w:sdtPr><w:alias w:val="Name"/><w:id w:val="1"/></w:sdtPr><w:sdtContent>' + r('Ann') + '</w:sdtContent></w:sdt></w:p>' +
        '<w:sdt><w:sdtPr><w:id w:val="2"/></w:sdtPr><w:sdtContent>' + p('Block one') + p('Block two') + '</w:sdtContent></w:sdt>',
    );
    expect(texts(script)).toEqual(['Name: Ann', 'Block one', 'Block two']);
  });

  it('a content control showing its placeholder (w:showingPlcHdr) is dropped', async () => {
    const script = await read({
      styles: withStyles(style('character', 'PlaceholderText', 'Placeholder Text', '<w:rPr><w:color w:val="808080"/></w:rPr>')),
      body:
        '<w:p>' + r('Name: ') + '<w:sdt><w:sdtPr><w:id w:val="3"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>' +
        r('Click or tap here to enter text.', '<w:rStyle w:val="PlaceholderText"/>') + '</w:sdtContent></w:sdt></w:p>' +
        '<w:sdt><w:sdtPr><w:id w:val="4"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>' +
        '<w:p>' + r('Click here to enter a paragraph.', '<w:rStyle w:val="PlaceholderText"/>') + '</w:p></w:sdtContent></w:sdt>' + p('After'),
    });
    expect(texts(script)).toEqual(['Name: ', 'After']);
    // Left out, but said: a tool may fill a control and leave it marked as a placeholder.
    expect(script.warnings.map((w) => [w.code, w.details])).toEqual([
      ['placeholder-left-out', { controls: 2, first: ['Click or tap here to enter text.', 'Click here to enter a paragraph.'] }],
    ]);
  });

  it('an embedded chunk (w:altChunk, HTML Word merges in on opening) cannot be read: said where it stands, as its text is missing', async () => {
    // The part's content type, as html-docx-js and the Open XML SDK write it, tells what it is.
    const types =
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="xml" ContentType="application/xml"/><Default Extension="htm" ContentType="text/html"/></Types>';
    const chunk = {
      extraRels: [{ id: 'rIdAlt', type: 'aFChunk', target: 'afchunk.htm' }],
      extraParts: { 'word/afchunk.htm': '<html><body><p>Chunk line.</p></body></html>', '[Content_Types].xml': types },
    };
    const script = await read({ ...chunk, body: p('Before.') + '<w:altChunk r:id="rIdAlt"/>' + p('After.') });
    expect(texts(script)).toEqual(['Before.', 'After.']);
    expect(script.warnings.map((w) => [w.code, w.details, w.location])).toEqual([
      ['alt-chunk-unread', { chunks: 1, kind: 'html', kindName: 'HTML', reason: 'HTML cannot be read exactly', part: 'word/afchunk.htm' }, { story: 'body', paragraph: 2 }],
    ]);
    expect(script.warnings[0]!.message).toBe(
      'Imported content (HTML, a w:altChunk in word/afchunk.htm) stands just before this paragraph, where Word shows it. vo-lines does not read it (HTML cannot be read exactly): its words are missing from every count. Open the script in Word and save it (Word turns imported content into ordinary text), or ask for the script without imported parts.',
    );
    // A document that is nothing but chunks (html-docx-js): a plain error, not "no body text".
    const e = await userError(read({ ...chunk, body: '<w:altChunk r:id="rIdAlt"/>' }));
    expect(e.code).toBe('alt-chunk-only');
    expect(e.message).toContain('keeps its text in imported content (w:altChunk: HTML)');
  });

  it('w:smartTag and w:customXml (inline and block) are descended', async () => {
    const script = await read(
      '<w:p>' + r('Meet in ') + '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="City">' + r('Paris') + '</w:smartTag>' +
        '<w:customXml w:element="when">' + r(' today') + '</w:customXml></w:p>' +
        '<w:customXml w:uri="urn:x" w:element="block">' + p('Custom block') + '</w:customXml>',
    );
    expect(texts(script)).toEqual(['Meet in Paris today', 'Custom block']);
  });

  it('mc:AlternateContent text box: read once (one branch), story textbox', async () => {
    const script = await read('<w:p>' + r('Before ') + textBox(p('Box text')) + r('after') + '</w:p>');
    const body = script.paragraphs.filter((x) => x.location.story === 'body');
    const boxes = script.paragraphs.filter((x) => x.location.story === 'textbox');
    expect(body.map(textOf)).toEqual(['Before after']);
    expect(boxes.map(textOf)).toEqual(['Box text']);
    expect(script.paragraphs.map((x) => x.location.paragraph).sort()).toEqual([1, 2]);
  });

  it('mc:AlternateContent whose branches differ: exactly one branch is read', async () => {
    const script = await read('<w:p>' + r('Anchor') + textBox(p('Choice text'), p('Fallback text')) + '</w:p>');
    const boxes = texts(script).filter((t) => t !== 'Anchor');
    expect(boxes).toHaveLength(1);
    expect(['Choice text', 'Fallback text']).toContain(boxes[0]);
  });

  it('a text box inherits colours from styles like body text', async () => {
    const script = await read({
      styles: withStyles(style('character', 'Voice', 'Voice B', '<w:rPr><w:color w:val="C00000"/></w:rPr>')),
      body: '<w:p>' + r('Anchor') + textBox('<w:p>' + r('Boxed line', '<w:rStyle w:val="Voice"/>') + '</w:p>') + '</w:p>',
    });
    const box = script.paragraphs.find((x) => x.location.story === 'textbox')!;
    expect(spans(box)).toEqual([span('Boxed line', '#C00000')]);
  });

  it('tables read row by row, cell by cell, with location.cell; nested tables get their own number', async () => {
    const nested = tbl('<w:tblLook w:val="0000"/>', tr(tc(p('N1')), tc(p('N2'))));
    const script = await read(
      p('Intro') +
        tbl('<w:tblLook w:val="0000"/>', tr(tc(p('A1')), tc(p('B1') + nested + p('B1 after'))), tr(tc(p('A2') + p('A2 second')), tc('<w:p/>'))) +
        p('Between') +
        tbl('<w:tblLook w:val="0000"/>', tr(tc(p('X')), tc(p('Y')))),
    );
    expect(script.paragraphs.map((x) => [textOf(x), x.location])).toEqual([
      ['Intro', { story: 'body', paragraph: 1 }],
      ['A1', { story: 'body', paragraph: 2, cell: { table: 1, row: 1, column: 1 } }],
      ['B1', { story: 'body', paragraph: 3, cell: { table: 1, row: 1, column: 2 } }],
      ['N1', { story: 'body', paragraph: 4, cell: { table: 2, row: 1, column: 1 } }],
      ['N2', { story: 'body', paragraph: 5, cell: { table: 2, row: 1, column: 2 } }],
      ['B1 after', { story: 'body', paragraph: 6, cell: { table: 1, row: 1, column: 2 } }],
      ['A2', { story: 'body', paragraph: 7, cell: { table: 1, row: 2, column: 1 } }],
      ['A2 second', { story: 'body', paragraph: 8, cell: { table: 1, row: 2, column: 1 } }],
      ['Between', { story: 'body', paragraph: 9 }],
      ['X', { story: 'body', paragraph: 10, cell: { table: 3, row: 1, column: 1 } }],
      ['Y', { story: 'body', paragraph: 11, cell: { table: 3, row: 1, column: 2 } }],
    ]);
  });

  it('tab → \\t, w:br and w:cr → \\n, noBreakHyphen → U+2011, softHyphen → nothing', async () => {
    const script = await read(
      '<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:noBreakHyphen/><w:t>d</w:t><w:softHyphen/><w:t>e</w:t><w:cr/><w:t>f</w:t></w:r></w:p>',
    );
    expect(texts(script)).toEqual(['a\tb\nc\u2011de\nf']);
  });

  it('w:sym in the Symbol font maps F061 to α', async () => {
    const script = await read('<w:p><w:r><w:t>x</w:t><w:sym w:font="Symbol" w:char="F061"/><w:t>y</w:t></w:r></w:p>');
    expect(texts(script)).toEqual(['xαy']);
  });

  it('w:sym in Wingdings does not crash and gives no letters', async () => {
    const script = await read('<w:p><w:r><w:t>x</w:t><w:sym w:font="Wingdings" w:char="F04A"/><w:t>y</w:t></w:r></w:p>');
    const t = texts(script)[0]!;
    expect(t.startsWith('x') && t.endsWith('y')).toBe(true);
    expect(/[A-Za-z]/.test(t.slice(1, -1))).toBe(false);
  });

  it('ignores bookmarks, proofErr, lastRenderedPageBreak and comment ranges', async () => {
    const script = await read(
      '<w:p><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:proofErr w:type="spellStart"/>' + r('Wrd') + '<w:proofErr w:type="spellEnd"/>' +
        '<w:commentRangeStart w:id="0"/><w:r><w:lastRenderedPageBreak/><w:t xml:space="preserve"> ok</w:t></w:r><w:commentRangeEnd w:id="0"/><w:bookmarkEnd w:id="0"/></w:p>',
    );
    expect(texts(script)).toEqual(['Wrd ok']);
  });
});

// ---------------------------------------------------------------------------------------------

describe('more edges', () => {
  it('auto text is white on dark cell shading', async () => {
    const script = await read(tbl('<w:tblLook w:val="0000"/>', tr(tc(p('dark'), '<w:shd w:val="clear" w:color="auto" w:fill="1F3864"/>'), tc(p('light')))));
    expect(script.paragraphs.map(spans)).toEqual([[span('dark', '#FFFFFF', '#1F3864', 'shading')], [span('light')]]);
  });

  it('highlight in a paragraph style applies to its runs', async () => {
    const script = await read({
      styles: withStyles(style('paragraph', 'Marked', 'Marked', '<w:rPr><w:highlight w:val="green"/></w:rPr>')),
      body: '<w:p><w:pPr><w:pStyle w:val="Marked"/></w:pPr>' + r('x') + '</w:p>',
    });
    expect(only(script)).toEqual(span('x', '#000000', '#00FF00', 'highlight'));
  });

  it('themeFillShade on run shading (accent1 4472C4 shade BF → 2F5496)', async () => {
    const got = only(await read('<w:p>' + r('x', '<w:shd w:val="clear" w:color="auto" w:fill="2F5496" w:themeFill="accent1" w:themeFillShade="BF"/>') + '</w:p>'));
    expect(got).toEqual(span('x', '#FFFFFF', '#2F5496', 'shading'));
  });

  it('a theme colour in docDefaults resolves too', async () => {
    const script = await read({
      styles:
        '<w:docDefaults><w:rPrDefault><w:rPr><w:color w:val="404040" w:themeColor="text1" w:themeTint="BF"/></w:rPr></w:rPrDefault></w:docDefaults>' +
        style('paragraph', 'Normal', 'Normal', '', ' w:default="1"'),
      body: p('x'),
    });
    expect(only(script)).toEqual(span('x', '#404040'));
  });

  it('deleted text inside an insertion is gone; inserted text inside a field result is kept', async () => {
    const script = await read(
      '<w:p>' + `<w:ins w:id="20" ${CHANGE}>${r('new ')}<w:del w:id="21" ${CHANGE}><w:r><w:delText>retracted </w:delText></w:r></w:del></w:ins>` +
        fld('begin') + instr(' DOCPROPERTY Title ') + fld('separate') + `<w:ins w:id="22" ${CHANGE}>${r('Title')}</w:ins>` + fld('end') + '</w:p>',
    );
    expect(texts(script)).toEqual(['new Title']);
  });

  it('toggle values on/off/true/false/1/0 for w:vanish', async () => {
    const script = await read(
      '<w:p>' + r('a', '<w:vanish w:val="off"/>') + r('B', '<w:vanish w:val="on"/>') + r('c', '<w:vanish w:val="false"/>') +
        r('D', '<w:vanish w:val="true"/>') + r('e', '<w:vanish w:val="0"/>') + r('F', '<w:vanish w:val="1"/>') + '</w:p>',
    );
    expect(texts(script)).toEqual(['ace']);
  });

  it('w:ptab → tab', async () => {
    const script = await read('<w:p><w:r><w:t>a</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>b</w:t></w:r></w:p>');
    expect(texts(script)).toEqual(['a\tb']);
  });

  it('rows and cells wrapped in content controls and custom XML are still counted', async () => {
    const script = await read(
      '<w:tbl><w:tblPr><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>' +
        tr(tc(p('r1c1')), tc(p('r1c2'))) +
        '<w:sdt><w:sdtPr><w:id w:val="9"/></w:sdtPr><w:sdtContent>' + tr(tc(p('r2c1')), '<w:sdt><w:sdtPr/><w:sdtContent>' + tc(p('r2c2')) + '</w:sdtContent></w:sdt>') + '</w:sdtContent></w:sdt>' +
        '<w:customXml w:element="row">' + tr('<w:customXml w:element="cell">' + tc(p('r3c1')) + '</w:customXml>', tc(p('r3c2'))) + '</w:customXml>' +
        '</w:tbl>',
    );
    expect(script.paragraphs.map((x) => [textOf(x), x.location.cell])).toEqual([
      ['r1c1', { table: 1, row: 1, column: 1 }],
      ['r1c2', { table: 1, row: 1, column: 2 }],
      ['r2c1', { table: 1, row: 2, column: 1 }],
      ['r2c2', { table: 1, row: 2, column: 2 }],
      ['r3c1', { table: 1, row: 3, column: 1 }],
      ['r3c2', { table: 1, row: 3, column: 2 }],
    ]);
  });

  it('conditional formatting order: firstRow beats firstCol (ECMA-376 §17.7.6)', async () => {
    const script = await read({
      styles: withStyles(
        style(
          'table',
          'Cond2',
          'Cond Two',
          '<w:basedOn w:val="TableNormal"/>' +
            '<w:tblStylePr w:type="firstRow"><w:rPr><w:color w:val="660000"/></w:rPr></w:tblStylePr>' +
            '<w:tblStylePr w:type="firstCol"><w:rPr><w:color w:val="006600"/></w:rPr></w:tblStylePr>',
        ),
      ),
      body: tbl(
        '<w:tblStyle w:val="Cond2"/><w:tblLook w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>',
        tr(tc(p('r1c1')), tc(p('r1c2'))),
        tr(tc(p('r2c1')), tc(p('r2c2'))),
      ),
    });
    expect(script.paragraphs.map(spans)).toEqual([
      [span('r1c1', '#660000')],
      [span('r1c2', '#660000')],
      [span('r2c1', '#006600')],
      [span('r2c2')],
    ]);
  });

  it('mc:AlternateContent: a Choice requiring an unknown namespace is skipped for the Fallback (ECMA-376 Part 3)', async () => {
    const script = await read(
      '<w:p>' + r('Anchor ') +
        '<w:r><mc:AlternateContent xmlns:x99="urn:example:unknown-extension"><mc:Choice Requires="x99"><w:t>Unknown choice</w:t></mc:Choice>' +
        '<mc:Fallback><w:t>Fallback text</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>',
    );
    expect(texts(script)).toEqual(['Anchor Fallback text']);
  });
});

// ---------------------------------------------------------------------------------------------

describe('stories besides the body', () => {
  const parts: DocxParts = {
    body:
      '<w:p>' + r('Body text') + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>' +
      '<w:commentRangeStart w:id="0"/>' + r(' more') + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>' +
      '<w:r><w:endnoteReference w:id="1"/></w:r></w:p>',
    headers: [p('Header text')],
    footers: [p('Footer text')],
    footnotes: '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>' + r(' Footnote text') + '</w:p></w:footnote>',
    endnotes: '<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r>' + r(' Endnote text') + '</w:p></w:endnote>',
    comments: '<w:comment w:id="0" w:author="Director" w:date="2024-01-01T00:00:00Z" w:initials="D"><w:p>' + r('Comment text') + '</w:p></w:comment>',
  };
  const clean = (t: string) => t.replace(/\d+/g, '').trim();

  it('headers, footers, footnotes, endnotes and comments are not script lines by default', async () => {
    const script = await read(parts);
    expect(script.paragraphs.map((x) => x.location.story)).toEqual(['body']);
    expect(clean(textOf(script.paragraphs[0]!))).toBe('Body text more');
  });

  it('options.include brings them in, each with its story', async () => {
    const script = await read(parts, { include: ['header', 'footer', 'footnote', 'endnote', 'comment'] });
    const byStory = (story: string) => script.paragraphs.filter((x) => x.location.story === story).map((x) => clean(textOf(x)));
    expect(byStory('body')).toEqual(['Body text more']);
    expect(byStory('header')).toEqual(['Header text']);
    expect(byStory('footer')).toEqual(['Footer text']);
    expect(byStory('footnote')).toEqual(['Footnote text']);
    expect(byStory('endnote')).toEqual(['Endnote text']);
    expect(byStory('comment')).toEqual(['Comment text']);
    const numbers = script.paragraphs.map((x) => x.location.paragraph);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers.map((_, i) => i + 1));
  });

  it('options.include with one story brings only that one', async () => {
    const script = await read(parts, { include: ['comment'] });
    expect(script.paragraphs.map((x) => [x.location.story, clean(textOf(x))])).toEqual([
      ['body', 'Body text more'],
      ['comment', 'Comment text'],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------

describe('namespaces', () => {
  const rich: DocxParts = {
    theme: { accent1: '4F81BD' },
    clrSchemeMapping: { t1: 'dark1' },
    styles: withStyles(
      style('paragraph', 'Voice', 'Voice A', '<w:basedOn w:val="Normal"/><w:rPr><w:color w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/></w:rPr>'),
      style('character', 'Hidden', 'Hidden', '<w:rPr><w:vanish/></w:rPr>'),
    ),
    body:
      '<w:p><w:pPr><w:pStyle w:val="Voice"/></w:pPr>' + r('Voice line ') + r('secret', '<w:rStyle w:val="Hidden"/>') + '</w:p>' +
      '<w:p>' + r('Marked', '<w:highlight w:val="yellow"/>') + `<w:del w:id="1" ${CHANGE}><w:r><w:delText>x</w:delText></w:r></w:del>` +
      r(' grey', '<w:color w:val="595959" w:themeColor="text1" w:themeTint="A6"/>') + '</w:p>' +
      tbl('<w:tblLook w:val="0000"/>', tr(tc(p('Cell'), '<w:shd w:val="clear" w:color="auto" w:fill="FFCC00"/>'))) +
      '<w:p>' + r('Anchor') + textBox(p('Boxed')) + '</w:p>',
  };

  it('Strict OOXML (purl.oclc.org namespaces and relationship types) reads the same as transitional', async () => {
    const transitional = await read(rich);
    const strict = await read({ ...rich, strict: true });
    expect(texts(transitional)).toContain('Voice line ');
    expect(strict.paragraphs).toEqual(transitional.paragraphs);
    expect(strict.facts).toEqual(transitional.facts);
  });

  it('matches by namespace URI, not prefix (WordprocessingML bound to "ns9")', async () => {
    const transitional = await read(rich);
    const renamed = await read({ ...rich, wPrefix: 'ns9' });
    expect(renamed.paragraphs).toEqual(transitional.paragraphs);
  });

  it('the rich document reads as expected', async () => {
    const script = await read(rich);
    const body = script.paragraphs.filter((x) => x.location.story === 'body');
    const voice = spans(body[0]!);
    expect(voice.map((x) => x.text)).toEqual(['Voice line ']);
    // Voice A: 4F81BD shade BF → #365F91 (±1 per channel).
    expect(channelsNear(voice[0]!.color, '#365F91', 1), voice[0]!.color).toBe(true);
    expect(body.slice(1).map(spans)).toEqual([
      [span('Marked', '#000000', '#FFFF00', 'highlight'), span(' grey', '#595959')],
      [span('Cell', '#000000', '#FFCC00', 'shading')],
      [span('Anchor')],
    ]);
    expect(body[2]!.location.cell).toEqual({ table: 1, row: 1, column: 1 });
    expect(script.paragraphs.filter((x) => x.location.story === 'textbox').map(spans)).toEqual([[span('Boxed')]]);
    expect(script.facts.trackedChanges).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------

describe('bad input', () => {
  const okDocx = () => buildDocx({ body: p('Hello world, this is a line.') + p('And another one for size.') });

  it('missing file → missing-file', async () => {
    const e = await userError(readScript(join(tmpdir(), 'vo-lines-no-such-dir', 'nope.docx')));
    expect(e.code).toBe('missing-file');
  });

  it('a text file → not-a-script', async () => {
    const e = await userError(readScriptBytes(strToU8('INT. KITCHEN - DAY\nANNA: Hello.\n'), 'script.docx'));
    expect(e.code).toBe('not-a-script');
  });

  it('a legacy .doc (OLE compound file) → legacy-doc', async () => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(Buffer.from('WordDocument', 'utf16le'), 1024);
    const e = await userError(readScriptBytes(bytes, 'old.doc'));
    expect(e.code).toBe('legacy-doc');
  });

  it('an OLE file holding EncryptedPackage → encrypted', async () => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(Buffer.from('EncryptedPackage', 'utf16le'), 1024);
    const e = await userError(readScriptBytes(bytes, 'locked.docx'));
    expect(e.code).toBe('encrypted');
  });

  it('a truncated zip (a valid DOCX cut in half) → corrupt-docx', async () => {
    const full = okDocx();
    const e = await userError(readScriptBytes(full.slice(0, Math.floor(full.length / 2)), 'cut.docx'));
    expect(e.code).toBe('corrupt-docx');
  });

  it('a stored entry whose data no longer matches its CRC → corrupt-docx', async () => {
    const bytes = buildDocx({ body: p('Hello world'), store: true });
    const at = Buffer.from(bytes).indexOf('Hello world');
    expect(at).toBeGreaterThan(0);
    bytes[at] = 'J'.charCodeAt(0); // still well-formed XML: only the CRC can tell
    const e = await userError(readScriptBytes(bytes, 'flipped.docx'));
    expect(e.code).toBe('corrupt-docx');
  });

  it('a zip bomb (document.xml inflating to 400 MB, honest header) → too-large', async () => {
    const prefix = `<?xml version="1.0"?><w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>`;
    const bomb = await deflatedZeros(prefix, 400 * 1024 * 1024);
    const zip = rawZip([...minimalPackageEntries(''), { name: 'word/document.xml', method: 8, data: bomb.data, crc: bomb.crc, size: bomb.size }]);
    const e = await userError(readScriptBytes(zip, 'bomb.docx'));
    expect(e.code).toBe('too-large');
  });

  it('a zip bomb whose header lies about its size → too-large (or corrupt-docx: the sizes disagree)', async () => {
    const prefix = `<?xml version="1.0"?><w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>`;
    const bomb = await deflatedZeros(prefix, 400 * 1024 * 1024);
    const zip = rawZip([...minimalPackageEntries(''), { name: 'word/document.xml', method: 8, data: bomb.data, crc: bomb.crc, size: 4096 }]);
    const e = await userError(readScriptBytes(zip, 'liar.docx'));
    expect(['too-large', 'corrupt-docx']).toContain(e.code);
  });

  it('document.xml with a DOCTYPE (billion laughs) → unsafe-xml', async () => {
    const doc =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>' +
      `<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>&lol4;</w:t></w:r></w:p></w:body></w:document>`;
    const e = await userError(readScriptBytes(buildDocx({ body: '', rawDocument: doc }), 'lol.docx'));
    expect(e.code).toBe('unsafe-xml');
  });

  it('a DOCX with no body text → no-text', async () => {
    const e = await userError(readScriptBytes(buildDocx({ body: '<w:p/><w:p><w:r><w:t></w:t></w:r></w:p>' }), 'blank.docx'));
    expect(e.code).toBe('no-text');
  });

  it('a zip that is not a DOCX (an .xlsx-like package) → not-a-docx', async () => {
    const zip = zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8(
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>',
      ),
    });
    const e = await userError(readScriptBytes(zip, 'book.docx'));
    expect([e.code, e.message]).toEqual(['not-a-docx', 'book.docx is an Excel workbook, not a script: vo-lines reads .docx and .pdf scripts.']);
  });

  it('other packages opened by mistake are named, with what to do (OpenDocument, Pages, Excel, PowerPoint)', async () => {
    const odt = rawZip([storedEntry('mimetype', 'application/vnd.oasis.opendocument.text'), storedEntry('content.xml', '<office:document-content/>')]);
    const e1 = await userError(readScriptBytes(odt, 'script.odt'));
    expect([e1.code, e1.message]).toEqual([
      'not-a-docx',
      'script.odt is an OpenDocument text (.odt), not a Word document: open it in LibreOffice or Word and save it as .docx (or export it as PDF).',
    ]);
    const pages = zipSync({ 'Index/Document.iwa': new Uint8Array([0, 1, 2]), 'Metadata/Properties.plist': strToU8('<plist/>') });
    const e2 = await userError(readScriptBytes(pages, 'script.pages'));
    expect(e2.message).toBe('script.pages is an Apple Pages document: in Pages, choose File > Export To > Word (or PDF), then read that file.');
    const deck = rawZip([storedEntry('ppt/presentation.xml', '<p:presentation/>')]);
    const e3 = await userError(readScriptBytes(deck, 'deck.pptx'));
    expect(e3.message).toBe('deck.pptx is a PowerPoint presentation, not a script: export it as PDF (or its notes to Word) and read that file.');
  });

  it('a plain zip with no package parts at all → not-a-docx', async () => {
    const zip = rawZip([storedEntry('readme.txt', 'just a zip')]);
    const e = await userError(readScriptBytes(zip, 'plain.docx'));
    expect(e.code).toBe('not-a-docx');
  });

  it('readScript reads a DOCX from disk and never modifies it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vo-lines-docx-'));
    try {
      const file = join(dir, 'script.docx');
      const bytes = okDocx();
      await writeFile(file, bytes);
      const before = await stat(file);
      const script = await readScript(file);
      expect(script.file).toBe(file);
      expect(texts(script)).toEqual(['Hello world, this is a line.', 'And another one for size.']);
      const after = await stat(file);
      expect(after.mtimeMs).toBe(before.mtimeMs);
      expect(after.size).toBe(before.size);
      expect(Buffer.compare(await readFile(file), Buffer.from(bytes))).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
