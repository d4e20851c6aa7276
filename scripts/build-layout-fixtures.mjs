#!/usr/bin/env node
// Builds the PDF layout fixtures in tests/fixtures/pdf-layout/ with real producers, from the
// scripts defined as data in scripts/layout-scripts.mjs:
//   audiobook-columns.pdf        pdfTeX   (xcolor, multicol)            from a .tex written here
//   storyboard-landscape-fr.pdf  XeTeX    (fontspec, babel french, longtable, pdflscape, fancyhdr)
//   storyboard-en.docx / -lo.pdf LibreOffice (soffice --headless --convert-to pdf) from a DOCX (npm docx)
//   storyboard-en-chromium.pdf   Chromium (--headless --print-to-pdf) from an HTML page
//   storyboard-booktabs-fr.pdf   XeTeX    (the same storyboard as a booktabs longtable: no cell borders)
//   columns-fr-pdftex.pdf        pdfTeX   (twocolumn, 7-bit fonts, babel french)
//   columns-fr-lo.pdf            LibreOffice from a flat ODT with a two-column section
//   columns-fr-chromium.pdf      Chromium from an HTML page with CSS columns
//
//   node scripts/build-layout-fixtures.mjs            # all of them, into tests/fixtures/pdf-layout/
//   node scripts/build-layout-fixtures.mjs --out DIR  # elsewhere (the layout test rebuilds into a temp dir)
//
// Needs: pdflatex and xelatex (Debian texlive-latex-recommended, texlive-latex-extra, texlive-xetex,
// texlive-lang-french, fonts-lmodern), soffice (libreoffice-writer), chromium. The sources (.tex,
// .html, .docx) are written beside the PDFs so a reader can see what each producer was given.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Footer, Packer, PageNumber, PageOrientation, Paragraph, Table, TableCell,
  TableRow, TextRun, WidthType,
} from 'docx';
import { AUDIOBOOK, COLUMNS_FR, SPOT_FR, STORYBOARD_EN, STORYBOARD_FR, cellParas } from './layout-scripts.mjs';
import { postProcess, sofficeConvert } from './lib/script-data.mjs';

/** docProps dates, so that the DOCX is the same bytes on every rebuild. */
const FIXED_DATE = '2025-04-02T09:00:00Z';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURE_DIR = join(ROOT, 'tests', 'fixtures', 'pdf-layout');

// ------------------------------------------------------------------------------------------------
// Producers
// ------------------------------------------------------------------------------------------------

const run = (cmd, args, options = {}) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000, ...options });

function version(cmd, args = ['--version']) {
  try {
    return run(cmd, args, { timeout: 60_000 }).toString().split('\n').find((l) => l.trim())?.trim() ?? cmd;
  } catch {
    return null;
  }
}

/** Which producers this machine has, with their version lines. */
export function producers() {
  return {
    pdftex: version('pdflatex'),
    xetex: version('xelatex'),
    soffice: version('soffice'),
    chromium: version('chromium'),
  };
}

function latex(engine, texFile, outDir) {
  const work = mkdtempSync(join(tmpdir(), 'vo-lines-tex-'));
  try {
    copyFileSync(texFile, join(work, basename(texFile)));
    // Twice: longtable settles its column widths and page breaks on the second run.
    for (let i = 0; i < 2; i++) {
      try {
        run(engine, ['-interaction=nonstopmode', '-halt-on-error', basename(texFile)], { cwd: work, env: { ...process.env, SOURCE_DATE_EPOCH: '1735689600', FORCE_SOURCE_DATE: '1' } });
      } catch (error) {
        const log = join(work, basename(texFile, '.tex') + '.log');
        const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-30).join('\n') : String(error);
        throw new Error(`${engine} failed on ${texFile}:\n${tail}`);
      }
    }
    const pdf = join(outDir, basename(texFile, '.tex') + '.pdf');
    copyFileSync(join(work, basename(texFile, '.tex') + '.pdf'), pdf);
    return pdf;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function soffice(source, outDir, pdfName) {
  const profile = mkdtempSync(join(tmpdir(), 'vo-lines-soffice-'));
  const work = mkdtempSync(join(tmpdir(), 'vo-lines-lo-'));
  try {
    sofficeConvert([source], 'pdf', work, pathToFileURL(profile).href);
    const made = join(work, basename(source).replace(/\.[a-z]+$/, '') + '.pdf');
    if (!existsSync(made)) throw new Error(`soffice did not write ${made}`);
    const pdf = join(outDir, pdfName);
    copyFileSync(made, pdf);
    return pdf;
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

function chromium(html, pdf, { headerFooter = true } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'vo-lines-chromium-'));
  try {
    run('chromium', [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', `--user-data-dir=${profile}`, ...(headerFooter ? [] : ['--no-pdf-header-footer']),
      `--print-to-pdf=${pdf}`, pathToFileURL(html).href,
    ]);
    if (!existsSync(pdf)) throw new Error(`chromium did not write ${pdf}`);
    return pdf;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------------------------------------
// LaTeX
// ------------------------------------------------------------------------------------------------

const TEX_SPECIAL = { '&': '\\&', '%': '\\%', $: '\\$', '#': '\\#', _: '\\_', '{': '\\{', '}': '\\}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}', '\\': '\\textbackslash{}' };
const texEscape = (s) => s.replace(/[&%$#_{}~^\\]/g, (c) => TEX_SPECIAL[c]);
/** pdfTeX with the default OT1 fonts: ASCII ligatures for quotes and dashes. */
const texAscii = (s) =>
  texEscape(s).replace(/’/g, "'").replace(/‘/g, '`').replace(/“/g, '``').replace(/”/g, "''").replace(/—/g, '---').replace(/–/g, '--');

function texParagraph(para, colours, convert) {
  const body = para.segs.map(([voice, text]) => {
    const t = convert(text);
    const look = voice ? colours[voice] : null;
    if (!look) return t;
    return look.box ? `\\colorbox{${look.box}}{${t}}` : `{${look.color}${t}}`;
  }).join('');
  if (para.kind === 'title') return `\\begin{center}\\Large\\bfseries ${body}\\end{center}\n`;
  if (para.kind === 'heading') return `\\section*{${body}}\n`;
  if (para.kind === 'note') return `{\\itshape ${body}\\par}\n`;
  return `${body}\\par\n`;
}

export function audiobookTex(script = AUDIOBOOK) {
  const colours = {
    Narrator: { color: '\\color[gray]{0.35}' },
    Martha: { color: '\\color[rgb]{0.6,0,0}' },
    Tom: { color: '\\color[cmyk]{1,0.55,0,0.1}' },
    Radio: { box: 'yellow' },
  };
  const paras = (list) => list.map((para) => texParagraph(para, colours, texAscii)).join('\n');
  return `% ${script.name}: written by scripts/build-layout-fixtures.mjs (pdflatex, run twice)
\\documentclass[11pt]{article}
\\usepackage[letterpaper,margin=1.1in]{geometry}
\\usepackage{xcolor}
\\usepackage{multicol}
\\setlength{\\columnsep}{0.3in}
\\pagestyle{plain}
\\begin{document}
${paras(script.intro)}
\\begin{multicols}{2}
${paras(script.columns)}
\\end{multicols}
${paras(script.outro)}
\\end{document}
`;
}

/** The same storyboard, portrait, as a booktabs longtable: rules across only, no cell borders. */
export function booktabsTex(script = STORYBOARD_FR) {
  const colours = Object.fromEntries(Object.entries(script.voices).map(([v, look]) => [v, { color: `\\color[HTML]{${look.color.slice(1)}}` }]));
  const paras = (list) => list.map((para) => texParagraph(para, colours, texEscape)).join('\n');
  const t = script.table;
  const spec = [1.3, 4, 10.5].map((w) => `p{${w}cm}`).join('');
  const header = t.header.map((h) => `\\textbf{${texEscape(h)}}`).join(' & ') + ' \\\\';
  const cell = (c) => cellParas(c).map((para) => texParagraph(para, colours, texEscape).replace(/\\par\n$/, '')).join('\\par ');
  const rows = t.rows.map((r) => r.map(cell).join(' & ') + ' \\\\[4pt]').join('\n');
  return `% ${script.name}: written by scripts/build-layout-fixtures.mjs (xelatex, run twice)
\\documentclass[12pt]{article}
\\usepackage[a4paper,margin=2.5cm]{geometry}
\\usepackage{fontspec}
\\usepackage[french]{babel}
\\usepackage{xcolor}
\\usepackage{array,longtable,booktabs}
\\setlength{\\parindent}{0pt}
\\setlength{\\parskip}{6pt}
\\begin{document}
${paras(script.before)}
\\begin{longtable}{${spec}}
\\toprule
${header}
\\midrule
\\endfirsthead
\\toprule
${header}
\\midrule
\\endhead
\\bottomrule
\\endlastfoot
${rows}
\\end{longtable}
${paras(script.after)}
\\end{document}
`;
}

export function storyboardTex(script = STORYBOARD_FR) {
  const colours = Object.fromEntries(Object.entries(script.voices).map(([v, look]) => [v, { color: `\\color[HTML]{${look.color.slice(1)}}` }]));
  const paras = (list) => list.map((para) => texParagraph(para, colours, texEscape)).join('\n');
  const t = script.table;
  const spec = t.widths.map((w) => `p{${w}cm}`).join('|');
  const header = t.header.map((h) => `\\textbf{${texEscape(h)}}`).join(' & ') + ' \\\\ \\hline';
  const cell = (c) => cellParas(c).map((para) => texParagraph(para, colours, texEscape).replace(/\\par\n$/, '')).join('\\par ');
  const rows = t.rows.map((r) => r.map(cell).join(' & ') + ' \\\\ \\hline').join('\n');
  return `% ${script.name}: written by scripts/build-layout-fixtures.mjs (xelatex, run twice)
\\documentclass[12pt]{article}
\\usepackage[a4paper,margin=2cm]{geometry}
\\usepackage{fontspec}
\\usepackage[french]{babel}
\\usepackage{xcolor}
\\usepackage{array,longtable,pdflscape,fancyhdr}
\\pagestyle{fancy}
\\fancyhf{}
\\lfoot{\\small ${texEscape(script.footer)}}
\\rfoot{\\small \\thepage}
\\renewcommand{\\headrulewidth}{0pt}
\\setlength{\\parindent}{0pt}
\\setlength{\\parskip}{6pt}
\\begin{document}
${paras(script.before)}
\\begin{landscape}
\\begin{longtable}{|${spec}|}
\\hline
${header}
\\endfirsthead
\\hline
${header}
\\endhead
${rows}
\\end{longtable}
\\end{landscape}
${paras(script.after)}
\\end{document}
`;
}

/** pdfTeX `twocolumn`, the default 7-bit fonts, UTF-8 input, babel french: accents are drawn over letters. */
export function columnsTex(script = COLUMNS_FR) {
  const colours = Object.fromEntries(Object.entries(script.voices).map(([v, look]) => [v, { color: `\\color[HTML]{${look.color.slice(1)}}` }]));
  const paras = (list) => list.map((para) => texParagraph(para, colours, texEscape)).join('\n');
  return `% ${script.name}: written by scripts/build-layout-fixtures.mjs (pdflatex, run twice)
\\documentclass[12pt,twocolumn]{article}
\\usepackage[a4paper,margin=2cm]{geometry}
\\usepackage[utf8]{inputenc}
\\usepackage[french]{babel}
\\usepackage{xcolor}
\\setlength{\\parindent}{0pt}
\\setlength{\\parskip}{4pt}
\\begin{document}
\\twocolumn[${script.before.map((para) => texParagraph(para, colours, texEscape)).join('')}]
${paras(script.columns)}
${paras(script.after)}
\\end{document}
`;
}

const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A flat ODT: a title, a two-column justified section, a closing line after it. */
export function columnsFodt(script = COLUMNS_FR) {
  const voices = Object.entries(script.voices);
  const styleOf = (voice) => `V${voices.findIndex(([v]) => v === voice)}`;
  const paragraph = (para) => {
    const style = para.kind === 'title' ? 'Title' : 'Body';
    return `<text:p text:style-name="${style}">${para.segs.map(([voice, text]) => (voice ? `<text:span text:style-name="${styleOf(voice)}">${xmlEscape(text)}</text:span>` : xmlEscape(text))).join('')}</text:p>`;
  };
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
${voices.map(([, look], i) => `<style:style style:name="V${i}" style:family="text"><style:text-properties fo:color="${look.color}"/></style:style>`).join('\n')}
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="justify"/><style:text-properties fo:font-size="11pt" fo:language="fr" fo:country="FR"/></style:style>
<style:style style:name="Columns" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.6cm"/></style:section-properties></style:style>
</office:automatic-styles>
<office:body><office:text>
${script.before.map(paragraph).join('\n')}
<text:section text:name="Columns" text:style-name="Columns">
${script.columns.map(paragraph).join('\n')}
</text:section>
${script.after.map(paragraph).join('\n')}
</office:text></office:body></office:document>
`;
}

/** Soft hyphens in long words, where a browser may break them (no hyphenation dictionary is needed). */
const softHyphens = (text) => text.replace(/\p{L}{11,}/gu, (w) => `${w.slice(0, 5)}\u00AD${w.slice(5)}`);

/** HTML with CSS columns, justified, soft hyphens in long words. */
export function columnsHtml(script = COLUMNS_FR) {
  const cls = Object.fromEntries(Object.keys(script.voices).map((v, i) => [v, `v${i}`]));
  const paragraph = (para) => {
    const body = para.segs.map(([voice, text]) => {
      const t = htmlEscape(softHyphens(text));
      return voice ? `<span class="${cls[voice]}">${t}</span>` : t;
    }).join('');
    return para.kind === 'title' ? `<h1>${body}</h1>` : `<p>${body}</p>`;
  };
  return `<!doctype html>
<html lang="${script.lang}">
<head>
<meta charset="utf-8">
<title>${htmlEscape(script.before[0].segs[0][1])}</title>
<style>
@page { size: A4; margin: 20mm; }
body { font-family: "Liberation Serif", serif; font-size: 12pt; color: #000; }
h1 { font-size: 18pt; }
.columns { column-count: 2; column-gap: 1.5em; text-align: justify; }
p { margin: 0 0 6pt 0; }
${Object.entries(script.voices).map(([v, look]) => `.${cls[v]} { color: ${look.color}; }`).join('\n')}
</style>
</head>
<body>
${script.before.map(paragraph).join('\n')}
<div class="columns">
${script.columns.map(paragraph).join('\n')}
</div>
${script.after.map(paragraph).join('\n')}
</body>
</html>
`;
}

// ------------------------------------------------------------------------------------------------
// DOCX (for LibreOffice) and HTML (for Chromium) of the English storyboard
// ------------------------------------------------------------------------------------------------

const DOCX_LOOK = {
  Narrator: { color: '404040' },
  Trainer: { color: '1F4E79' },
  Learner: { highlight: 'green', color: '000000' },
};

function docxParagraph(para, { bold = false, size = 24 } = {}) {
  const runs = para.segs.map(([voice, text]) => new TextRun({ text, size, bold, color: '000000', ...(voice ? DOCX_LOOK[voice] : {}) }));
  if (para.kind === 'title') return new Paragraph({ children: para.segs.map(([, text]) => new TextRun({ text, bold: true, size: 32, color: '000000' })), spacing: { after: 200 } });
  return new Paragraph({ children: runs, spacing: { after: 120 } });
}

export async function storyboardDocx(script = STORYBOARD_EN) {
  const t = script.table;
  const total = 14000; // twips across the landscape text area
  const widths = t.widths.map((w) => Math.round((w / t.widths.reduce((a, b) => a + b, 0)) * total));
  const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const rows = [
    new TableRow({
      tableHeader: true,
      children: t.header.map((h, i) => new TableCell({ width: { size: widths[i], type: WidthType.DXA }, borders, children: [docxParagraph({ segs: [[null, h]] }, { bold: true })] })),
    }),
    ...t.rows.map((r) =>
      r.section
        ? new TableRow({ children: [new TableCell({ columnSpan: 3, borders, children: [docxParagraph({ segs: [[null, r.section]] }, { bold: true })] })] })
        : new TableRow({
            children: cellsWithColumns(t.rows, r).map(({ cell, column }) =>
              new TableCell({ width: { size: widths[column], type: WidthType.DXA }, borders, rowSpan: cell.rowSpan, children: cellParas(cell).map((para) => docxParagraph(para)) }),
            ),
          }),
    ),
  ];
  const doc = new Document({
    creator: 'vo-lines fixtures',
    sections: [{
      properties: { page: { size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 }, margin: { top: 850, bottom: 850, left: 1134, right: 1134 } } },
      footers: {
        default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'Forklift Safety, module 2 — page ', size: 18 }), new TextRun({ children: [PageNumber.CURRENT], size: 18 })] })] }),
      },
      children: [
        ...script.before.map((para) => docxParagraph(para)),
        new Table({ rows, columnWidths: widths, width: { size: total, type: WidthType.DXA } }),
        ...script.after.map((para) => docxParagraph(para)),
      ],
    }],
  });
  return postProcess(await Packer.toBuffer(doc), FIXED_DATE);
}

/** A row's cells with the grid column each stands in: columns held by a cell merged from above are skipped. */
function cellsWithColumns(rows, row) {
  const index = rows.indexOf(row);
  const held = new Set();
  rows.slice(0, index).forEach((above, k) => {
    if (above.section) return;
    cellsWithColumns(rows, above).forEach(({ cell, column }) => {
      if (cell.rowSpan && k + cell.rowSpan > index) held.add(column);
    });
  });
  let column = 0;
  return row.map((cell) => {
    while (held.has(column)) column++;
    return { cell, column: column++ };
  });
}

const htmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const HTML_CLASS = { Narrator: 'narrator', Trainer: 'trainer', Learner: 'learner' };

function htmlParagraph(para) {
  const body = para.segs.map(([voice, text]) => (voice ? `<span class="${HTML_CLASS[voice]}">${htmlEscape(text)}</span>` : htmlEscape(text))).join('');
  return para.kind === 'title' ? `<h1>${body}</h1>` : `<p>${body}</p>`;
}

/** HTML as a content system would print it: a plain bordered table (border="1", so Chromium draws every cell's own border). */
export function storyboardHtml(script = STORYBOARD_EN) {
  const t = script.table;
  const total = t.widths.reduce((a, b) => a + b, 0);
  const cols = t.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(1)}%">`).join('');
  const rows = t.rows.map((r) =>
    r.section
      ? `<tr><td colspan="3"><p><b>${htmlEscape(r.section)}</b></p></td></tr>`
      : `<tr>${r.map((c) => `<td${c.rowSpan ? ` rowspan="${c.rowSpan}"` : ''}>${cellParas(c).map(htmlParagraph).join('')}</td>`).join('')}</tr>`,
  ).join('\n');
  return `<!doctype html>
<html lang="${script.lang}">
<head>
<meta charset="utf-8">
<title>${htmlEscape(script.before[0].segs[0][1])}</title>
<style>
@page { size: A4 landscape; margin: 15mm; }
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 12pt; color: #000; }
h1 { font-size: 16pt; }
table { width: 100%; }
td, th { vertical-align: top; text-align: left; padding: 4pt 6pt; }
p { margin: 0 0 6pt 0; }
.narrator { color: #404040; }
.trainer { color: #1F4E79; }
.learner { background: #00FF00; }
</style>
</head>
<body>
${script.before.map(htmlParagraph).join('\n')}
<table border="1" cellspacing="2">
<colgroup>${cols}</colgroup>
<thead><tr>${t.header.map((h) => `<th><p>${htmlEscape(h)}</p></th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
${script.after.map(htmlParagraph).join('\n')}
</body>
</html>
`;
}

/** A short script as a plain web page: voices by text colour or by a highlight behind the text. */
export function spotHtml(script = SPOT_FR) {
  const cls = Object.fromEntries(Object.keys(script.voices).map((v, i) => [v, `v${i}`]));
  const look = (l) => (l.color ? `color: ${l.color};` : `background: ${l.highlight};`);
  const paragraph = (para) => {
    const body = para.segs.map(([voice, text]) => (voice ? `<span class="${cls[voice]}">${htmlEscape(text)}</span>` : htmlEscape(text))).join('');
    if (para.kind === 'title') return `<h1>${body}</h1>`;
    if (para.kind === 'heading') return `<h2>${body}</h2>`;
    return para.kind === 'note' ? `<p><i>${body}</i></p>` : `<p>${body}</p>`;
  };
  return `<!doctype html>
<html lang="${script.lang}">
<head>
<meta charset="utf-8">
<title>${htmlEscape(script.before[0].segs[0][1])}</title>
<style>
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 12pt; color: #000; }
h1 { font-size: 18pt; }
h2 { font-size: 14pt; }
${Object.entries(script.voices).map(([v, l]) => `.${cls[v]} { ${look(l)} }`).join('\n')}
</style>
</head>
<body>
${script.before.map(paragraph).join('\n')}
</body>
</html>
`;
}

// ------------------------------------------------------------------------------------------------
// Build
// ------------------------------------------------------------------------------------------------

/** The fixtures, each with the producer it needs and how to make it into `dir`. */
export const FIXTURES = [
  { file: 'audiobook-columns.pdf', script: AUDIOBOOK, producer: 'pdftex', build: (dir) => latex('pdflatex', write(dir, 'audiobook-columns.tex', audiobookTex()), dir) },
  { file: 'storyboard-landscape-fr.pdf', script: STORYBOARD_FR, producer: 'xetex', build: (dir) => latex('xelatex', write(dir, 'storyboard-landscape-fr.tex', storyboardTex()), dir) },
  {
    file: 'storyboard-en-lo.pdf', script: STORYBOARD_EN, producer: 'soffice',
    build: async (dir) => soffice(write(dir, 'storyboard-en.docx', await storyboardDocx()), dir, 'storyboard-en-lo.pdf'),
  },
  { file: 'storyboard-en-chromium.pdf', script: STORYBOARD_EN, producer: 'chromium', build: (dir) => chromium(write(dir, 'storyboard-en.html', storyboardHtml()), join(dir, 'storyboard-en-chromium.pdf')) },
  {
    file: 'storyboard-booktabs-fr.pdf', script: STORYBOARD_FR, producer: 'xetex', borderless: true,
    build: (dir) => latex('xelatex', write(dir, 'storyboard-booktabs-fr.tex', booktabsTex()), dir),
  },
  { file: 'columns-fr-pdftex.pdf', script: COLUMNS_FR, producer: 'pdftex', build: (dir) => latex('pdflatex', write(dir, 'columns-fr-pdftex.tex', columnsTex()), dir) },
  { file: 'columns-fr-lo.pdf', script: COLUMNS_FR, producer: 'soffice', build: (dir) => soffice(write(dir, 'columns-fr.fodt', columnsFodt()), dir, 'columns-fr-lo.pdf') },
  {
    file: 'columns-fr-chromium.pdf', script: COLUMNS_FR, producer: 'chromium',
    build: (dir) => chromium(write(dir, 'columns-fr.html', columnsHtml()), join(dir, 'columns-fr-chromium.pdf'), { headerFooter: false }),
  },
  { file: 'spot-fr-chromium.pdf', script: SPOT_FR, producer: 'chromium', build: (dir) => chromium(write(dir, 'spot-fr.html', spotHtml()), join(dir, 'spot-fr-chromium.pdf')) },
];

function write(dir, name, content) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Builds every fixture whose producer is present; returns what was made and what was skipped. */
export async function buildLayoutFixtures(dir, only) {
  mkdirSync(dir, { recursive: true });
  const have = producers();
  const made = [];
  const skipped = [];
  for (const f of FIXTURES) {
    if (only && !only.includes(f.file)) continue;
    if (!have[f.producer]) {
      skipped.push(`${f.file} (no ${f.producer})`);
      continue;
    }
    made.push(await f.build(dir));
  }
  return { made, skipped, versions: have };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const dir = at > 0 ? resolve(process.argv[at + 1]) : FIXTURE_DIR;
  const { made, skipped, versions } = await buildLayoutFixtures(dir);
  for (const f of made) console.log(`wrote ${f}`);
  for (const s of skipped) console.log(`skipped ${s}`);
  console.log(Object.entries(versions).map(([k, v]) => `${k}: ${v ?? 'not installed'}`).join('\n'));
}
