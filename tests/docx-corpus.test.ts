/**
 * The DOCX reader on real files from public repositories (../shared/corpus/public-docx, see its
 * SOURCES.md): every file reads, and a few are pinned exactly. The expectations below were made by
 * reading each file's word/document.xml, styles.xml, theme and settings by hand
 * (`unzip -p FILE word/document.xml`), not from the reader's output.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { readScript } from '../src/readers/index.js';
import type { Paragraph, Script } from '../src/model.js';
import { describeShared } from './helpers/shared.js';
import { spans, textOf, type Span } from './helpers/spans.js';

describeShared('corpus/public-docx', 'the public DOCX corpus', (CORPUS) => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.docx')).sort();
  const path = (name: string) => join(CORPUS, name);


  const span = (text: string, color = '#000000', background: string | null = null, kind?: string): Span =>
    background === null ? { text, color, background } : { text, color, background, kind: kind! };

  function near(actual: string | null, expected: string, tolerance = 1): boolean {
    if (actual === null || !/^#[0-9A-F]{6}$/.test(actual)) return false;
    for (let i = 1; i < 7; i += 2) {
      if (Math.abs(parseInt(actual.slice(i, i + 2), 16) - parseInt(expected.slice(i, i + 2), 16)) > tolerance) return false;
    }
    return true;
  }

  /** The longest plain `w:t` text of the main document (a sample of what must be read). */
  function longestText(file: string): string {
    const zip = unzipSync(readFileSync(path(file)), { filter: (f) => f.name === 'word/document.xml' });
    // Placeholder text of content controls (w:showingPlcHdr) is rightly not read: leave it out.
    const xml = strFromU8(zip['word/document.xml']!).replace(
      /<w:sdt>\s*<w:sdtPr>((?:(?!<\/w:sdtPr>)[\s\S])*)<\/w:sdtPr>[\s\S]*?<\/w:sdt>/g,
      (whole, sdtPr: string) => (sdtPr.includes('showingPlcHdr') ? '' : whole),
    );
    const decode = (s: string) =>
      s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    let best = '';
    for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) {
      const t = decode(m[1]!).trim();
      if (t.length > best.length) best = t;
    }
    return best;
  }

  describe('every corpus file reads', () => {
    it('finds the corpus', () => {
      expect(files.length).toBe(40);
    });

    for (const file of files) {
      it(file, async () => {
        const script = await readScript(path(file));
        expect(script.format).toBe('docx');
        expect(script.paragraphs.length).toBeGreaterThan(0);
        for (const [i, para] of script.paragraphs.entries()) {
          expect(textOf(para).length).toBeGreaterThan(0);
          for (const run of para.runs) {
            expect(run.color).toMatch(/^#[0-9A-F]{6}$/);
            if (run.background !== null) expect(run.background).toMatch(/^#[0-9A-F]{6}$/);
          }
          expect(para.location.paragraph).toBe(i + 1);
        }
        // Text that is in the document is in the script (whitespace-insensitive; as typed, All caps too).
        const sample = longestText(file).replace(/\s+/g, '');
        const all = script.paragraphs.map(textOf).join('').replace(/\s+/g, '');
        expect(all).toContain(sample);
      });
    }
  });

  describe('corpus files pinned exactly', () => {
    const read = (name: string): Promise<Script> => readScript(path(name));

    it('python-docx__fnt-color.docx: none / auto / RGB 008000 / theme accent1 4F81BD', async () => {
      const script = await read('python-docx__fnt-color.docx');
      expect(script.paragraphs).toHaveLength(1);
      expect(spans(script.paragraphs[0]!)).toEqual([
        span('Text with no color Text with auto color '),
        span('Text with RGB color ', '#008000'),
        span('Text with theme color', '#4F81BD'),
      ]);
      expect(script.paragraphs[0]!.location).toEqual({ story: 'body', paragraph: 1 });
      expect(script.paragraphs[0]!.style).toBe('Normal');
      expect(script.warnings.filter((w) => w.code === 'theme-colour-mismatch')).toEqual([]);
      expect(script.facts.trackedChanges).toBe(false);
    });

    it('python-docx__txt-font-highlight-color.docx: none / yellow / green / darkGreen highlights', async () => {
      const script = await read('python-docx__txt-font-highlight-color.docx');
      expect(script.paragraphs.map(spans)).toEqual([
        [span('A paragraph having background color No Color')],
        [span('A paragraph having background color Yellow', '#000000', '#FFFF00', 'highlight')],
        [span('A paragraph having background color Bright Green', '#000000', '#00FF00', 'highlight')],
        [span('A paragraph having background color Green', '#000000', '#008000', 'highlight')],
      ]);
    });

    it('docx4j__textbox_alternates_contrived.docx: the text box is read once, in accent1 5B9BD5', async () => {
      const script = await read('docx4j__textbox_alternates_contrived.docx');
      // mc:Choice holds "A text box", mc:Fallback "v:textbox": exactly one branch must be read.
      // (w:caps may or may not be applied to the text: compare case-insensitively.)
      const got = script.paragraphs.map((x) => [x.location.story, textOf(x).toLowerCase()]);
      expect(got.length).toBe(1);
      expect([[['textbox', 'a text box']], [['textbox', 'v:textbox']]]).toContainEqual(got);
      expect(script.paragraphs[0]!.runs.every((r) => r.color === '#5B9BD5' && r.background === null)).toBe(true);
    });

    it('docxjs__render-test-revision.docx (LibreOffice): insertion kept, deletion gone', async () => {
      const script = await read('docxjs__render-test-revision.docx');
      expect(script.paragraphs.map(spans)).toEqual([[span('Original text insered ')]]);
      expect(script.paragraphs[0]!.style).toBe('Normal');
      expect(script.facts.trackedChanges).toBe(true);
    });

    it('mammoth.js__text-box.docx: "Datum plane" once, as a text box', async () => {
      const script = await read('mammoth.js__text-box.docx');
      expect(script.paragraphs.map((x) => [x.location.story, spans(x)])).toEqual([['textbox', [span('Datum plane')]]]);
      expect(script.paragraphs[0]!.location.paragraph).toBe(1);
    });

    it('docx2python__libreoffice_conversion.docx: colours, tables, a text box holding a table once', async () => {
      const script = await read('docx2python__libreoffice_conversion.docx');
      const ps = script.paragraphs;
      // Normal has w:color auto and no w:default (LibreOffice); the paragraphs name it explicitly.
      expect(spans(ps[0]!)).toEqual([span('东阳八婺招标代理有限公司关于东阳市歌山镇农贸市场经营管理权项目')]);
      expect(ps[0]!.style).toBe('Normal');
      expect(ps.slice(1, 8).map(textOf)).toEqual(['竞', '争', '性', '谈', '判', '文', '件']);
      // Style26 is named 纯文本 (plain text)
      expect(ps[8]!.style).toBe('纯文本');
      expect(textOf(ps[8]!)).toBe('            招标编号：DYBWCG2021-JZ-019-1');
      const red = ps.find((x) => textOf(x).startsWith('提交谈判文件截止时间'))!;
      expect(spans(red)).toEqual([span('提交谈判文件截止时间：2021年8月10日14时00分 （北京时间）', '#FF0000')]);
      const opening = ps.find((x) => textOf(x).startsWith('开标时间：2021'))!;
      expect(spans(opening)).toEqual([span('开标时间：2021年8月10日14时00分', '#FF0000')]);
      // The first table's first cell.
      const first = ps.find((x) => x.location.cell)!;
      expect([textOf(first), first.location.cell]).toEqual(['项目概况', { table: 1, row: 1, column: 1 }]);
      // The paste-here box: a one-cell table in a text box, in both mc:AlternateContent branches;
      // 粘 / 贴 / 处 are three centred paragraphs of that cell (between empty ones): each read once.
      const paste = ps.filter((x) => ['粘', '贴', '处'].includes(textOf(x)));
      expect(paste.map(textOf)).toEqual(['粘', '贴', '处']);
      expect(paste.map((x) => x.location.paragraph)).toEqual([0, 1, 2].map((i) => paste[0]!.location.paragraph + i));
      for (const x of paste) {
        expect(x.location.story).toBe('textbox');
        expect(x.location.cell).toMatchObject({ row: 1, column: 1 });
        expect(x.location.cell).toEqual(paste[0]!.location.cell);
      }
      // Header/footer text is not in the script by default.
      expect(ps.every((x) => x.location.story === 'body' || x.location.story === 'textbox')).toBe(true);
      expect(script.facts.trackedChanges).toBe(false);
    });

    it('docx2python__test-docx2python-conversion-google_docs.docx: five plain paragraphs; w:rsidDel is not a tracked change', async () => {
      const script = await read('docx2python__test-docx2python-conversion-google_docs.docx');
      expect(script.paragraphs).toHaveLength(5);
      expect(script.paragraphs.map((x) => textOf(x).slice(0, 24))).toEqual([
        'Pop-up lomo waistcoat, e',
        'Deep v +1 organic raw de',
        'Duis in ugh keffiyeh car',
        'Cupidatat hoodie trust f',
        'Freegan artisan dolore, ',
      ]);
      expect(spans(script.paragraphs[1]!)).toEqual([
        span(
          'Deep v +1 organic raw denim street art in. Asymmetrical mlkshk pabst before they sold out hot chicken. Prism taxidermy commodo air plant chambray polaroid duis, swag ennui cardigan literally aesthetic. Brooklyn roof party hella selvage duis coloring book mollit artisan ipsum godard disrupt affogato subway tile.',
        ),
      ]);
      expect(script.paragraphs.every((x) => spans(x).length === 1 && spans(x)[0]!.color === '#000000' && spans(x)[0]!.background === null)).toBe(true);
      expect(script.paragraphs.map((x) => x.style)).toEqual(['normal', 'normal', 'normal', 'normal', 'normal']);
      expect(script.facts.trackedChanges).toBe(false);
    });

    it('python-docx__tbl-having-applied-style.docx: plain, Table Grid, and Light Shading Accent 1 (colour + banding)', async () => {
      const script = await read('python-docx__tbl-having-applied-style.docx');
      const cells = ['foobar', 'barfoo', 'foo', 'bar', 'bar', 'foo', 'foo to you', 'and a hearty foo to you too sir!'];
      expect(script.paragraphs.map(textOf)).toEqual([...cells, ...cells, ...cells]);
      expect(script.paragraphs.map((x) => x.location.cell)).toEqual(
        [1, 2, 3].flatMap((table) => [1, 2, 3, 4].flatMap((row) => [1, 2].map((column) => ({ table, row, column })))),
      );
      // Tables 1 and 2: no colour, no shading.
      for (const para of script.paragraphs.slice(0, 16)) expect(spans(para)).toEqual([span(textOf(para))]);
      // Table 3 (LightShading-Accent1, tblLook firstRow=1 firstColumn=1 noHBand=0 noVBand=1):
      // text accent1 4F81BD shade BF → 365F91 (±1); band1Horz (rows 2 and 4, the header row is not banded)
      // fill accent1 tint 3F → D3DFEE (±1); rows 1 and 3 unshaded.
      const t3 = script.paragraphs.slice(16);
      for (const [i, para] of t3.entries()) {
        const row = Math.floor(i / 2) + 1;
        const s = spans(para);
        expect(s, `table 3 row ${row}: ${JSON.stringify(s)}`).toHaveLength(1);
        expect(near(s[0]!.color, '#365F91'), `row ${row} colour ${s[0]!.color} ≈ #365F91`).toBe(true);
        if (row === 2 || row === 4) {
          expect(near(s[0]!.background, '#D3DFEE'), `row ${row} background ${s[0]!.background} ≈ #D3DFEE`).toBe(true);
          // The table style's banding: decoration of the table (attribute/table-bands.ts), not a shading a writer chose.
          expect(s[0]!.kind).toBe('table-band');
        } else {
          expect(s[0]!.background, `row ${row} background`).toBeNull();
        }
      }
    });

    it('docx4j__tables.docx: cells that say "No Color" in a gold-shaded table are unshaded; pct5 over gold is F2B600', async () => {
      // "Shading, Margins, Cell spacing": w:tblPr/w:shd fill FFC000 with w:tblCellSpacing; row 1's cells
      // w:shd clear / color auto / fill auto (their own shading: none, superseding the table's, §17.4.31);
      // row 2's w:shd pct5 / color auto / fill FFC000 (5% black over FFC000 → F2B600).
      const script = await read('docx4j__tables.docx');
      const cell = (text: string) => {
        const found = script.paragraphs.filter((x) => textOf(x) === text);
        expect(found, text).toHaveLength(1);
        return found[0]!;
      };
      for (const c of ['a', 'b', 'c', 'd']) {
        expect(spans(cell(`Cell 1${c}`))).toEqual([span(`Cell 1${c}`)]);
        expect(spans(cell(`Cell 2${c}`))).toEqual([span(`Cell 2${c}`, '#000000', '#F2B600', 'shading')]);
      }
      expect(cell('Cell 1a').location.cell).toMatchObject({ row: 1, column: 1 });
      expect(script.paragraphs.filter((x) => x.runs.some((r) => r.background === '#FFC000')).map(textOf)).toEqual([]);
    });
  });
});
