/**
 * The PDF booth script never prints an empty box where a character should be: before laying out,
 * every character is checked against the embedded font's glyphs (Source Sans 3 covers Latin, Greek,
 * Cyrillic, not Chinese, Japanese, Korean nor emoji), and right-to-left scripts (Arabic, Hebrew),
 * which pdfkit neither orders nor joins, are refused too: exit 2, one line naming the line (number,
 * place, ID), the script and the way out (the DOCX), nothing written. Scripts built here (buildDocx).
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { boothScript } from '../src/render/sides.js';
import { unprintableMessage, unprintableText } from '../src/render/sides-pdf.js';
import { buildDocx, p, r } from './helpers/docx-builder.js';
import { runCli } from './helpers/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const BLUE = '<w:color w:val="0000FF"/>';
const RED = '<w:color w:val="C00000"/>';
const CONFIG = 'voices:\n  Anna: { color: "#0000FF" }\n  Ben: { color: "#C00000" }\n';

/** A folder with script.docx (Anna blue, Ben red, in this order) and its config. */
function script(lines: [string, string][]): string {
  const dir = mkdtempSync(join(tmpdir(), 'vo-unprintable-'));
  writeFileSync(join(dir, 'script.docx'), buildDocx({ body: lines.map(([voice, text]) => p(r(text, voice === 'Anna' ? BLUE : RED))).join('') }));
  writeFileSync(join(dir, 'vo-lines.config.yaml'), CONFIG);
  return dir;
}
const run = (dir: string, args: string[]) => runCli(['sides', 'script.docx', ...args], dir, { SOURCE_DATE_EPOCH: '1749686400' });
const idOf = (dir: string, voice: string, n: number) =>
  (JSON.parse(runCli(['lines', 'script.docx', '--json'], dir).stdout) as { voices: { name: string; lines: { id: string }[] }[] }).voices.find((v) => v.name === voice)!.lines[n - 1]!.id;

describe('sides -o OUT.pdf: what the font cannot print is refused', () => {
  it('Chinese: the line, the script, the character and the way out; nothing written; the DOCX is written', () => {
    const dir = script([['Anna', 'Hello there, how are you?'], ['Ben', 'Fine.'], ['Anna', '欢迎来到我们的课程。']]);
    const id = idOf(dir, 'Anna', 2);
    const result = run(dir, ['--voice', 'Anna', '-o', 'anna.pdf']);
    expect([result.code, result.stdout, result.stderr]).toEqual([
      2,
      '',
      `vo-lines: line #2 (¶3 · ID ${id}) has Chinese characters (“欢”, U+6B22), which the PDF booth script's font has no glyph for (it would print as empty boxes); write the booth script as Word instead (-o anna.docx): Word and LibreOffice show its text in their own fonts.\n`,
    ]);
    expect(readdirSync(dir).sort()).toEqual(['script.docx', 'vo-lines.config.yaml']);
    expect(run(dir, ['--voice', 'Anna', '-o', 'anna.docx']).code).toBe(0);
    expect(existsSync(join(dir, 'anna.docx'))).toBe(true);
  });

  it('Japanese in the cue (--all, no -o): the cue is named, --format docx is the way out, no file of any voice written', () => {
    const dir = script([['Anna', 'こんにちは、元気ですか？'], ['Ben', 'Fine, thanks.']]);
    const result = run(dir, ['--all', '--json']);
    expect(result.code).toBe(2);
    const error = (JSON.parse(result.stdout) as { error: { code: string; message: string; details: Record<string, unknown> } }).error;
    const id = idOf(dir, 'Anna', 1);
    expect(error.code).toBe('sides-unprintable');
    expect(error.details).toEqual({ voice: 'Anna', kind: 'missing-glyph', script: 'Japanese', character: 'こ', codePoint: 'U+3053', part: 'line', line: 1, location: '¶1', id });
    expect(readdirSync(dir).sort()).toEqual(['script.docx', 'vo-lines.config.yaml']);
    const ben = run(dir, ['--voice', 'Ben']);
    expect(ben.stderr).toBe(`vo-lines: the cue of line #1 (¶2 · ID ${idOf(dir, 'Ben', 1)}) has Japanese text (“こ”, U+3053), which the PDF booth script's font has no glyph for (it would print as empty boxes); write the booth script as Word instead (--format docx): Word and LibreOffice show its text in their own fonts.\n`);
  });

  it('Arabic and Hebrew: right to left, refused whatever the font', () => {
    const dir = script([['Anna', 'Welcome.'], ['Anna', 'مرحبا بكم في الدرس الأول'], ['Ben', 'שלום עולם and hello']]);
    expect(run(dir, ['--voice', 'Anna', '-o', 'a.pdf']).stderr).toBe(
      `vo-lines: line #2 (¶2 · ID ${idOf(dir, 'Anna', 2)}) is written in Arabic, right to left, which the PDF booth script cannot lay out (its letters would print unjoined and in the wrong order); write the booth script as Word instead (-o a.docx): Word and LibreOffice show its text in their own fonts.\n`,
    );
    expect(run(dir, ['--voice', 'Ben', '-o', 'b.pdf']).stderr).toMatch(/^vo-lines: the cue of line #1 \(¶3 · ID [0-9a-f]{8}\) is written in Arabic, right to left/);
    const hebrew = script([['Ben', 'שלום עולם and hello']]);
    expect(run(hebrew, ['--voice', 'Ben', '-o', 'b.pdf']).stderr).toMatch(/^vo-lines: line #1 \(¶1 · ID [0-9a-f]{8}\) is written in Hebrew, right to left/);
  });

  it('a symbol the font lacks (★) is named by itself; emoji by name', () => {
    const dir = script([['Anna', 'Five stars ★★★★★ for the show.'], ['Ben', 'Party time 🎉 with friends!']]);
    expect(run(dir, ['--voice', 'Anna', '-o', 'a.pdf']).stderr).toBe(
      `vo-lines: line #1 (¶1 · ID ${idOf(dir, 'Anna', 1)}) has the character “★” (U+2605), which the PDF booth script's font has no glyph for (it would print as empty boxes); write the booth script as Word instead (-o a.docx): Word and LibreOffice show its text in their own fonts.\n`,
    );
    // Ben's cue is Anna's line: the star is found first.
    expect(run(dir, ['--voice', 'Ben', '-o', 'b.pdf']).stderr).toMatch(/^vo-lines: the cue of line #1 \(¶2 · ID [0-9a-f]{8}\) has the character “★”/);
    const emoji = script([['Ben', 'Party time 🎉 with friends!']]);
    expect(run(emoji, ['--voice', 'Ben', '-o', 'b.pdf']).stderr).toMatch(/^vo-lines: line #1 \(¶1 · ID [0-9a-f]{8}\) has emoji \(“🎉”, U\+1F389\), which/);
  });

  it('what the font prints is written: accents, Greek, Cyrillic, typographic spaces and invisible characters (zero-width space, word joiner, soft hyphen)', () => {
    const dir = script([['Anna', 'Ça coûte 1 200 € — « déjà » ; Ελλάδα, Россия, naïve œuvre.'], ['Anna', 'Zero\u200Bwidth, word\u2060joiner, soft\u00ADhyphen, emoji text style \u2122\uFE0E.']]);
    const result = run(dir, ['--voice', 'Anna', '-o', 'a.pdf']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(existsSync(join(dir, 'a.pdf'))).toBe(true);
  });
});

describe('unprintableText (pure): headings, directions and the header are checked in their own face', () => {
  const chinese = (_face: string, code: number) => !(code >= 0x4e00 && code <= 0x9fff);
  it('a heading is named by the line below it; a direction by the line after it; the header by itself', async () => {
    const { report, voiceMap } = await analyse(join(root, 'samples/fr-elearning/module-securite.docx'));
    const voice = report.voices.find((v) => v.name === 'Narrateur')!;
    const base = boothScript(report, voice, { date: '2025-06-12', script: 'module.docx', directions: voiceMap!.directions });
    expect(unprintableText(base, chinese)).toBeNull();
    const firstHeading = base.blocks.findIndex((b) => b.kind === 'heading');
    const blocks = base.blocks.map((b, i) => (i === firstHeading && b.kind === 'heading' ? { ...b, title: '第一章' } : b));
    const first = base.blocks.find((b) => b.kind === 'line')!;
    expect(first.kind === 'line' && unprintableText({ ...base, blocks }, chinese)).toEqual({ kind: 'missing-glyph', script: 'Chinese characters', character: '第', codePoint: 'U+7B2C', part: 'heading', line: { number: 1, location: first.kind === 'line' ? first.location : '', id: first.kind === 'line' ? first.id : '' } });
    const directed = base.blocks.map((b) => (b === first && b.kind === 'line' ? { ...b, directions: ['[音乐]'] } : b));
    const found = unprintableText({ ...base, blocks: directed }, chinese)!;
    expect([found.part, found.character]).toEqual(['direction', '音']);
    expect(unprintableMessage(found, '--format docx')).toMatch(/^a direction before line #1 \(¶7 · ID [0-9a-f]{8}\) has Chinese characters \(“音”, U\+97F3\), which/);
    const header = unprintableText({ ...base, script: '脚本.docx' }, chinese)!;
    expect([header.part, header.line, unprintableMessage(header, '--format docx').slice(0, 60)]).toEqual(['header', undefined, "the header (the voice's or the script's name) has Chinese ch"]);
  });
});
