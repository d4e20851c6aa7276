/**
 * The PDF booth script draws nothing for the characters that print nothing: zero-width joiners and
 * non-joiners (U+200D, U+200C), the word joiner (U+2060), invisible operators (U+2061–U+2064), bidi
 * marks and isolates (U+200E/F, U+202A–E, U+2066–9), the byte-order mark (U+FEFF), Hangul fillers
 * (U+3164). Source Sans 3 has no glyph for most of them, and fontkit's shaper would hide them only if
 * pdfkit's .notdef glyph said which character it stood for (pdfkit asks for glyph 0 with none when it
 * embeds the font): before, each was drawn as glyph 0, a box 0.65 em wide, in the narrator's script.
 * Now they are left out of the text drawn and measured, after the lines are broken (the same break
 * opportunities), and the PDF's text reads as the words ("cooperate", not "co□operate"). The soft
 * hyphen stays (pdfkit prints it as a hyphen where it breaks a line). Scripts built here (buildDocx);
 * the glyphs drawn read from the PDF's content streams (glyph 0 is .notdef), the text through pdf.js.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync, unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { boothScript } from '../src/render/sides.js';
import { renderSidesPdf } from '../src/render/sides-pdf.js';
import { renderSidesDocx } from '../src/render/sides-docx.js';
import { buildDocx, p, r } from './helpers/docx-builder.js';

const require = createRequire(import.meta.url);
const face = (name: string) => readFileSync(require.resolve(`@expo-google-fonts/source-sans-3/${name}/SourceSans3_${name}.ttf`));
const fonts = { regular: face('400Regular'), bold: face('700Bold'), italic: face('400Regular_Italic') };
const BLUE = '<w:color w:val="0000FF"/>';
const RED = '<w:color w:val="C00000"/>';

/**
 * Anna's booth script (blue lines) of a script of these lines, Ben (red) answering "Fine." at the end; `name`: the
 * script's name in its header (a line never holds a word joiner U+2060 nor a U+FEFF, normaliseSpace leaves them out, so those
 * reach the PDF through the name).
 */
async function booth(lines: string[], name = 'script.docx', colour = '0000FF') {
  const file = join(mkdtempSync(join(tmpdir(), 'vo-sides-boxes-')), 'script.docx');
  writeFileSync(file, buildDocx({ body: [...lines.map((text) => p(r(text, BLUE))), p(r('Fine.', RED))].join('') }));
  const { report } = await analyse(file);
  const voice = report.voices.find((v) => v.name.includes(colour))!;
  return boothScript(report, voice, { date: '2025-06-12', script: name });
}

/** Every glyph id drawn (the hex strings of the TJ/Tj operators of the PDF's Flate streams), four hex digits each. */
function glyphsDrawn(pdf: Uint8Array): number[] {
  const bytes = Buffer.from(pdf);
  const ids: number[] = [];
  for (let at = bytes.indexOf('stream\n'); at >= 0; at = bytes.indexOf('stream\n', at + 1)) {
    if (bytes.subarray(at - 3, at).toString() === 'end') continue;
    const end = bytes.indexOf('\nendstream', at);
    let content: string;
    try {
      content = strFromU8(unzlibSync(bytes.subarray(at + 7, end)), true);
    } catch {
      continue;
    }
    for (const operator of content.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      for (const hex of (operator[1] ?? `<${operator[2]}>`).matchAll(/<([0-9a-fA-F]*)>/g)) {
        for (let i = 0; i < hex[1]!.length; i += 4) ids.push(parseInt(hex[1]!.slice(i, i + 4), 16));
      }
    }
  }
  return ids;
}

/** The text of each line of the PDF as pdf.js reads it (the items of a line joined, lines by their y). */
async function pdfLines(pdf: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  const lines: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const byY = new Map<number, string>();
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const y = Math.round(item.transform[5]);
      byY.set(y, (byY.get(y) ?? '') + item.str);
    }
    lines.push(...[...byY.entries()].sort((a, b) => b[0] - a[0]).map(([, text]) => text));
  }
  await doc.destroy();
  return lines;
}

const LINES = [
  'Let us co\u200Doperate now.',
  'mi\u200Cxed and a\u2063b and x\u2061y',
  'Say \u2066Anna\u2069 and \u200Eleft\u200F and \u202Aem\u202C',
  'Han\u3164gul and Mongolian\u180Ffree',
];

describe('sides -o OUT.pdf: no box for a character that prints nothing', () => {
  it('joiners, bidi marks, invisible operators, a Hangul filler, a Mongolian variation selector; a word joiner and a BOM in the header: no .notdef glyph drawn; the lines read as their words', async () => {
    const script = await booth(LINES, 'the\u2060script\uFEFF.docx');
    // The booth script keeps every character (the renderer leaves them out, not the report).
    expect(script.blocks.filter((b) => b.kind === 'line').map((b) => (b.kind === 'line' ? b.segments.map((s) => s.text).join('') : ''))).toEqual(LINES);
    const pdf = await renderSidesPdf(script, fonts);
    const glyphs = glyphsDrawn(pdf);
    expect(glyphs.length).toBeGreaterThan(100);
    expect(glyphs.filter((id) => id === 0)).toEqual([]);
    const lines = await pdfLines(pdf);
    expect(lines.filter((line) => !/^#\d+ ·|Booth script|Date:|lines ·|Grey italics|Page /.test(line))).toEqual([
      '#0000FF blue — thescript.docx 2025-06-12',
      'Script: thescript.docx',
      'Let us cooperate now.',
      'mixed and ab and xy',
      'Say Anna and left and em',
      'Hangul and Mongolianfree',
    ]);
  });

  it('in a cue (Anna\'s line above Ben\'s): not drawn either', async () => {
    const pdf = await renderSidesPdf(await booth(LINES, 'script.docx', 'C00000'), fonts);
    expect(glyphsDrawn(pdf).filter((id) => id === 0)).toEqual([]);
    expect((await pdfLines(pdf)).filter((line) => /Hangul|Fine/.test(line))).toEqual(['#0000FF blue: Hangul and Mongolianfree', 'Fine.']);
  });

  it('the same line breaks as the same words without them (each invisible character measured as nothing)', async () => {
    // A paragraph long enough to wrap four times, a joiner in every word.
    const words = Array.from({ length: 60 }, (_, i) => `wo\u200Drd${i}`);
    const plain = Array.from({ length: 60 }, (_, i) => `word${i}`);
    const laden = await pdfLines(await renderSidesPdf(await booth([words.join(' ')]), fonts));
    const bare = await pdfLines(await renderSidesPdf(await booth([plain.join(' ')]), fonts));
    const body = (lines: string[]) => lines.filter((line) => line.startsWith('word'));
    expect(body(bare).length).toBeGreaterThan(3);
    expect(body(laden)).toEqual(body(bare));
  });

  it('a soft hyphen is still printed as a hyphen where pdfkit breaks a line at it, and is otherwise not drawn', async () => {
    const line = `extra ${Array.from({ length: 14 }, () => 'super\u00ADcali\u00ADfragi\u00ADlistic').join(' ')}`;
    const pdf = await renderSidesPdf(await booth([line]), fonts);
    expect(glyphsDrawn(pdf).filter((id) => id === 0)).toEqual([]);
    const body = (await pdfLines(pdf)).filter((text) => /cali|extra|super/.test(text));
    expect(body.length).toBeGreaterThan(2);
    for (const text of body) expect(text.replace(/-$/, '')).toMatch(/^[a-z ]+$/);
  });

  it('control characters (C1 controls and DEL in a line (U+0085 left aside: pdfkit breaks the line there, a next-line character), which XML 1.0 lets a DOCX hold; C0 controls in the header through the script\'s name): no .notdef glyph drawn, the lines read as their words', async () => {
    // (The unprintable-character check lets every control through, as printing nothing: before, each was drawn as glyph 0.)
    const lines = ['Stop\u0086now and \u009Fthen', 'a \u007Fdel and \u0080\u0090mixed'];
    const script = await booth(lines, 'the\u0007script\u001B.docx');
    const pdf = await renderSidesPdf(script, fonts);
    expect(glyphsDrawn(pdf).filter((id) => id === 0)).toEqual([]);
    expect((await pdfLines(pdf)).filter((line) => /Stop|del|script\.docx/.test(line))).toEqual([
      '#0000FF blue — thescript.docx 2025-06-12',
      'Script: thescript.docx',
      'Stopnow and then',
      'a del and mixed',
    ]);
  });

  it('the DOCX booth script keeps them (Word hides them itself)', async () => {
    const script = await booth(LINES);
    const docx = await renderSidesDocx(script, fonts);
    const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
    for (const line of LINES) expect(xml).toContain(line.replace(/&/g, '&amp;'));
  });
});
