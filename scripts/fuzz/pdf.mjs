// PDF mutations: objects and dictionaries (numbers, references, page tree, annotations), content
// streams (operators, colours, floods) inflated and deflated again, and the file's cross-reference
// table rebuilt most of the time so pdf.js gets past it to the damage.
import { deflateSync, inflateSync } from 'node:zlib';
import { HOSTILE_STRINGS, scatter } from './random.mjs';

const OBJECT = /(\d+)\s+(\d+)\s+obj\b/g;

/** The file as latin1 text: one character per byte, so offsets are byte offsets. */
const text = (bytes) => Buffer.from(bytes).toString('latin1');
const bytesOf = (s) => Buffer.from(s, 'latin1');

/** Objects of the file: number, generation, span of `N G obj … endobj`. */
function objects(pdf) {
  const out = [];
  OBJECT.lastIndex = 0;
  for (let m = OBJECT.exec(pdf); m; m = OBJECT.exec(pdf)) {
    const end = pdf.indexOf('endobj', m.index);
    if (end < 0) break;
    out.push({ num: Number(m[1]), gen: Number(m[2]), start: m.index, bodyStart: m.index + m[0].length, end: end + 6 });
    OBJECT.lastIndex = end;
  }
  return out;
}

/** Flate streams: the dictionary before them and the data span. */
function streams(pdf) {
  const out = [];
  for (const obj of objects(pdf)) {
    const body = pdf.slice(obj.bodyStart, obj.end);
    const s = body.indexOf('stream');
    if (s < 0) continue;
    let dataStart = obj.bodyStart + s + 6;
    if (pdf[dataStart] === '\r') dataStart++;
    if (pdf[dataStart] === '\n') dataStart++;
    const dataEnd = pdf.lastIndexOf('endstream', obj.end);
    if (dataEnd < dataStart) continue;
    const dict = pdf.slice(obj.bodyStart, obj.bodyStart + s);
    out.push({ obj, dict, dataStart, dataEnd, flate: /\/FlateDecode/.test(dict), image: /\/Subtype\s*\/Image/.test(dict), font: /\/Length1|\/Subtype\s*\/(Type1C|CIDFontType0C|OpenType)/.test(dict) });
  }
  return out;
}

/** The content streams worth changing: not images, not fonts. */
function contentStreams(pdf) {
  return streams(pdf).filter((s) => !s.image && !s.font);
}

/** Replaces a stream's data (deflated when it was), fixing its /Length. */
function replaceStream(pdf, stream, content) {
  const data = stream.flate ? deflateSync(bytesOf(content)).toString('latin1') : content;
  const dict = stream.dict.replace(/\/Length\s+\d+(\s+\d+\s+R)?/, `/Length ${data.length}`);
  return pdf.slice(0, stream.obj.bodyStart) + dict + 'stream\n' + data + '\nendstream\nendobj' + pdf.slice(stream.obj.end);
}

function streamText(pdf, stream) {
  const raw = bytesOf(pdf.slice(stream.dataStart, stream.dataEnd).replace(/\r?\n$/, ''));
  if (!stream.flate) return raw.toString('latin1');
  try {
    return inflateSync(raw).toString('latin1');
  } catch {
    return null;
  }
}

const FLOODS = [
  ['q\n', 'unbalanced q'],
  ['Q\n', 'unbalanced Q'],
  ['1 0 0 1 0.5 0.5 cm\n', 'cm'],
  ['0 0 1 rg 0 0 0 rg\n', 'colour changes'],
  ['BT /F1 12 Tf 100 700 Td (x) Tj ET\n', 'text draws at one spot (font F1)'],
  ['0 0 10 10 re f\n', 'filled rectangles'],
  ['72 100 m 540 100 l S\n', 'strokes'],
  ['0.2 0 0 rg 72 700 468 0.5 re f\n', 'thin filled rules'],
  ['/GS0 gs\n', 'gs of a missing state'],
  ['/P0 scn\n', 'scn of a missing pattern'],
  ['BT ET\n', 'empty text objects'],
  ['/OC /oc1 BDC\n', 'unclosed marked content'],
];

/** A random content stream of the file and its (inflated) text, or null when there is none to read. */
function pickContent(random, pdf) {
  const list = contentStreams(pdf);
  if (!list.length) return null;
  const stream = random.pick(list);
  const content = streamText(pdf, stream);
  return content === null ? null : { stream, content };
}

const JUNK_NUMBERS = ['-1', '0', '1e30', '-1e30', '99999999999', '3.4e38', 'NaN', '1.#QNAN', '--5', '.', '0.000000001', '65536', '2147483648'];

/** Each mutation: (random, pdf) → { pdf, note } or null. */
export const PDF_MUTATIONS = {
  contentFlood(random, pdf) {
    const picked = pickContent(random, pdf);
    if (!picked) return null;
    const { stream, content } = picked;
    const [op, label] = random.pick(FLOODS);
    const count = random.pick([100, 5000, 20000, 100000, 300000]);
    // The font name the page uses, so the text draws draw.
    const font = /\/(\S+)\s+[\d.]+\s+Tf/.exec(content)?.[1] ?? 'F1';
    const flood = op.replace('/F1', `/${font}`).repeat(count);
    const at = random.pick([0, content.length, random.int(content.length + 1)]);
    return { pdf: replaceStream(pdf, stream, content.slice(0, at) + flood + content.slice(at)), note: `${count} × ${label} in object ${stream.obj.num}` };
  },

  alternatingText(random, pdf) {
    const picked = pickContent(random, pdf);
    if (!picked) return null;
    const { stream, content } = picked;
    const font = /\/(\S+)\s+[\d.]+\s+Tf/.exec(content)?.[1] ?? 'F1';
    const count = random.pick([1000, 20000, 60000]);
    let flood = `BT /${font} 12 Tf 72 600 Td `;
    for (let k = 0; k < count; k++) flood += `${k % 2 ? '1 0 0' : '0.5 0 0'} rg (${String.fromCharCode(97 + (k % 26))}) Tj `;
    flood += 'ET\n';
    return { pdf: replaceStream(pdf, stream, content + flood), note: `${count} one-letter draws in alternating colours in object ${stream.obj.num}` };
  },

  repeatContent(random, pdf) {
    const picked = pickContent(random, pdf);
    if (!picked || !picked.content.length) return null;
    const { stream, content } = picked;
    const count = Math.max(2, Math.min(random.pick([2, 50, 1000]), Math.floor((32 << 20) / content.length)));
    return { pdf: replaceStream(pdf, stream, content.repeat(count)), note: `content of object ${stream.obj.num} repeated ${count} times` };
  },

  colourOperands(random, pdf) {
    const picked = pickContent(random, pdf);
    if (!picked) return null;
    const { stream, content } = picked;
    const ops = [...content.matchAll(/((?:[-+.\d]+\s+){1,4})(rg|RG|g|G|k|K|sc|SC|scn|SCN)\b/g)];
    if (!ops.length) return null;
    const m = random.pick(ops);
    const args = Array.from({ length: random.range(0, 6) }, () => random.pick(JUNK_NUMBERS)).join(' ');
    const op = random.chance(0.3) ? random.pick(['rg', 'k', 'g', 'sc', 'scn', 'cs', 'CS']) : m[2];
    const replacement = random.chance(0.2) ? `/Pattern cs /P${random.int(3)} scn ` : `${args} ${op} `;
    return { pdf: replaceStream(pdf, stream, content.slice(0, m.index) + replacement + content.slice(m.index + m[0].length)), note: `colour "${m[0].trim()}" → "${replacement.trim()}"` };
  },

  contentNumbers(random, pdf) {
    const picked = pickContent(random, pdf);
    if (!picked) return null;
    const { stream } = picked;
    let { content } = picked;
    const n = random.range(1, 30);
    const numbers = [...content.matchAll(/-?\d+(\.\d+)?/g)];
    if (!numbers.length) return null;
    for (let k = 0; k < n; k++) {
      const m = random.pick(numbers);
      content = content.slice(0, m.index) + random.pick(JUNK_NUMBERS).padEnd(m[0].length, ' ') + content.slice(m.index + m[0].length);
    }
    return { pdf: replaceStream(pdf, stream, content), note: `${n} numbers in the content of object ${stream.obj.num} changed` };
  },

  contentNoise(random, pdf) {
    const picked = pickContent(random, pdf);
    if (!picked || !picked.content.length) return null;
    const { stream, content } = picked;
    const n = random.range(1, 40);
    return { pdf: replaceStream(pdf, stream, scatter(random, content, n, ['(', ')', '<', '>', '[', ']', '/', '\\', ' ', 'q', 'Q', 'T', '\u0000', '%'])), note: `${n} characters of object ${stream.obj.num}'s content changed` };
  },

  dictNumber(random, pdf) {
    const keys = [...pdf.matchAll(/\/(Count|Length|Size|W|Index|First|N|Rotate|StructParents|Length1|Length2|Columns|Predictor|BitsPerComponent|Width|Height|MediaBox|CropBox|Prev|Ascent|FontBBox)\b\s*(\[[^\]]*\]|-?[\d.]+)/g)];
    if (!keys.length) return null;
    const m = random.pick(keys);
    const value = m[2].startsWith('[') ? `[${Array.from({ length: random.range(0, 6) }, () => random.pick(JUNK_NUMBERS)).join(' ')}]` : random.pick([...JUNK_NUMBERS, '100000', '9999']);
    return { pdf: pdf.slice(0, m.index) + `/${m[1]} ${value}` + pdf.slice(m.index + m[0].length), note: `/${m[1]} ${m[2].slice(0, 30)} → ${value}` };
  },

  reference(random, pdf) {
    const refs = [...pdf.matchAll(/(\d+)\s+(\d+)\s+R\b/g)];
    if (!refs.length) return null;
    const m = random.pick(refs);
    const nums = objects(pdf).map((o) => o.num);
    const target = random.chance(0.7) && nums.length ? random.pick(nums) : random.pick([0, 99999, 1, 2]);
    return { pdf: pdf.slice(0, m.index) + `${target} 0 R` + pdf.slice(m.index + m[0].length), note: `reference ${m[0]} → ${target} 0 R` };
  },

  pageTree(random, pdf) {
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(pdf);
    if (!kids) return null;
    const refs = [...kids[1].matchAll(/\d+\s+\d+\s+R/g)].map((m) => m[0]);
    if (!refs.length) return null;
    const kind = random.pick(['repeat', 'count', 'cycle', 'empty']);
    let body = kids[1];
    let extra = '';
    if (kind === 'repeat') {
      const count = random.pick([100, 5000, 20000, 100000]);
      body = Array.from({ length: count }, () => random.pick(refs)).join(' ');
      extra = ` (${count} kids)`;
    } else if (kind === 'cycle') {
      const own = /(\d+)\s+(\d+)\s+obj\s*<<[^]*?\/Kids/.exec(pdf.slice(Math.max(0, kids.index - 2000), kids.index + 10));
      body = `${kids[1]} ${own ? `${own[1]} ${own[2]} R` : '1 0 R'}`;
    } else if (kind === 'empty') body = '';
    let out = pdf.slice(0, kids.index) + `/Kids [${body}]` + pdf.slice(kids.index + kids[0].length);
    if (kind === 'count' || kind === 'repeat') {
      const count = kind === 'count' ? random.pick(['0', '-1', '100000', '2147483647', '3']) : String(body.split(' R').length - 1);
      out = out.replace(/\/Count\s+\d+/, `/Count ${count}`);
      extra += ` /Count ${count}`;
    }
    return { pdf: out, note: `page tree: ${kind}${extra}` };
  },

  annotations(random, pdf) {
    const page = /\/Type\s*\/Page\b(?!s)/.exec(pdf);
    if (!page) return null;
    const count = random.pick([10, 1000, 12000]);
    const annots = [];
    for (let k = 0; k < count; k++) {
      const x = random.range(0, 500);
      const y = random.range(0, 700);
      const quads = random.chance(0.1) ? `[${Array.from({ length: random.pick([0, 3, 7, 16000]) }, () => random.pick(JUNK_NUMBERS)).join(' ')}]` : `[${x} ${y + 12} ${x + 80} ${y + 12} ${x} ${y} ${x + 80} ${y}]`;
      annots.push(`<< /Type /Annot /Subtype /${random.pick(['Highlight', 'Highlight', 'Square', 'Underline'])} /Rect [${x} ${y} ${x + 80} ${y + 12}] /C [${random.pick(['1 1 0', '0 1 0', '2 -1 0', '', '1'])}] /QuadPoints ${quads} /F 4 >>`);
    }
    const at = page.index + page[0].length;
    return { pdf: pdf.slice(0, at) + ` /Annots [${annots.join(' ')}]` + pdf.slice(at), note: `${count} annotations on a page` };
  },

  deleteObject(random, pdf) {
    const list = objects(pdf);
    if (!list.length) return null;
    const obj = random.pick(list);
    return { pdf: pdf.slice(0, obj.start) + pdf.slice(obj.end), note: `object ${obj.num} deleted` };
  },

  duplicateObject(random, pdf) {
    const list = objects(pdf);
    if (!list.length) return null;
    const obj = random.pick(list);
    const other = random.pick(list);
    const copy = pdf.slice(other.start, other.end).replace(/^\d+\s+\d+/, `${obj.num} ${obj.gen}`);
    return { pdf: pdf.slice(0, obj.end) + '\n' + copy + pdf.slice(obj.end), note: `object ${other.num} copied as ${obj.num}` };
  },

  dictValue(random, pdf) {
    const names = [...pdf.matchAll(/\/(Type|Subtype|Filter|ColorSpace|BaseFont|Encoding|S|BM|SMask|Pattern|Font|Resources|Contents|Parent|Annots|OCProperties|Encrypt|Root|Info)\b/g)];
    if (!names.length) return null;
    const m = random.pick(names);
    const value = random.pick(['/Page', '/Pages', '/DeviceN', '/Pattern', '/Indexed', '/LZWDecode', '/JBIG2Decode', '/Foo', 'null', '[]', '<<>>', '(x)', `/${random.pick(HOSTILE_STRINGS.slice(0, 6))}`]);
    const end = pdf.indexOf('/', m.index + 1);
    const stop = end < 0 ? m.index + m[0].length : Math.min(end, m.index + m[0].length + 40);
    return { pdf: pdf.slice(0, m.index + m[0].length) + ` ${value} ` + pdf.slice(stop), note: `/${m[1]} → ${value}` };
  },

  mediaBox(random, pdf) {
    const m = /\/MediaBox\s*\[[^\]]*\]/.exec(pdf);
    if (!m) return null;
    const box = random.pick(['[0 0 0 0]', '[0 0 1e30 1e30]', '[0 0 -612 792]', '[612 792 0 0]', '[0 0 14400 14400]', '[0 0 3 3]']);
    const rotate = random.chance(0.3) ? ` /Rotate ${random.pick(['45', '90', '-90', '270', '1e9'])}` : '';
    return { pdf: pdf.slice(0, m.index) + `/MediaBox ${box}${rotate}` + pdf.slice(m.index + m[0].length), note: `MediaBox ${box}${rotate}` };
  },

  noise(random, pdf) {
    const n = random.range(1, 30);
    const bytes = Array.from({ length: 256 }, (_, c) => String.fromCharCode(c));
    return { pdf: scatter(random, pdf, n, bytes), note: `${n} random bytes changed` };
  },

  truncate(random, pdf) {
    const at = random.int(pdf.length);
    return { pdf: pdf.slice(0, at) + (random.chance(0.5) ? '\n%%EOF\n' : ''), note: `cut at ${at} of ${pdf.length}` };
  },

  // Numbers in a font that pdf.js loops over one by one: a CMap range (ToUnicode or encoding) or a
  // CIDFont's widths (/W) made to span millions of codes (preflight.ts refuses the first; the build
  // bounds the second: scripts/lib/pdfjs-bounds.mjs).
  fontRanges(random, pdf) {
    const high = random.pick([0xffff, 0xfffff, 0xfffffe, 0x5f5e100, 0xffffffff]);
    if (random.chance(0.5)) {
      const maps = streams(pdf)
        .filter((s) => !s.image && !s.font)
        .map((stream) => ({ stream, content: streamText(pdf, stream) }))
        .filter(({ content }) => content !== null && /begin(?:bf|cid)range/.test(content));
      if (!maps.length) return null;
      const { stream, content } = random.pick(maps);
      const m = /(begin(?:bf|cid)range\s*<)([0-9A-Fa-f\s]*)>\s*<[0-9A-Fa-f\s]*>/.exec(content);
      if (!m) return null;
      const hex = high.toString(16).toUpperCase().padStart(8, '0');
      const changed = content.slice(0, m.index) + `${m[1]}00000000> <${hex}>` + content.slice(m.index + m[0].length);
      return { pdf: replaceStream(pdf, stream, changed), note: `a CMap range in object ${stream.obj.num} made <00000000> <${hex}>` };
    }
    const cid = /\/Subtype\s*\/CIDFontType[02]\b/.exec(pdf);
    if (!cid) return null;
    const widths = /\/W\s*\[\s*(\d+)\s+(\d+|\[)/.exec(pdf.slice(cid.index, cid.index + 4000));
    if (widths && widths[2] !== '[') {
      const at = cid.index + widths.index;
      return { pdf: pdf.slice(0, at) + `/W [${widths[1]} ${high}` + pdf.slice(at + widths[0].length), note: `a CIDFont's /W range made ${widths[1]}…${high}` };
    }
    const at = cid.index + cid[0].length;
    return { pdf: pdf.slice(0, at) + ` /W [0 ${high} 500]` + pdf.slice(at), note: `a CIDFont given /W [0 ${high} 500]` };
  },

  encrypt(random, pdf) {
    const m = /trailer\s*<</.exec(pdf);
    if (!m) return null;
    const at = m.index + m[0].length;
    return { pdf: pdf.slice(0, at) + ` /Encrypt << /Filter /Standard /V ${random.pick(['1', '5', '99'])} /R 3 /O (x) /U (y) /P -4 >>` + pdf.slice(at), note: 'an /Encrypt dictionary in the trailer' };
  },
};

const PDF_WEIGHTS = [
  [10, 'contentFlood'], [4, 'alternatingText'], [4, 'repeatContent'], [10, 'colourOperands'], [6, 'contentNumbers'], [6, 'contentNoise'],
  [8, 'dictNumber'], [6, 'reference'], [5, 'pageTree'], [5, 'annotations'], [3, 'deleteObject'], [3, 'duplicateObject'],
  [5, 'dictValue'], [3, 'mediaBox'], [4, 'noise'], [3, 'truncate'], [1, 'encrypt'], [3, 'fontRanges'],
];

/** A cross-reference table for the objects as they now lie, replacing the old one (classic xref files). */
function rebuildXref(pdf) {
  const start = pdf.lastIndexOf('\nxref');
  const trailer = /trailer\s*(<<[^]*?>>)\s*startxref/.exec(pdf.slice(start >= 0 ? start : 0));
  if (start < 0 || !trailer) return null;
  const body = pdf.slice(0, start + 1);
  const offsets = new Map();
  for (const obj of objects(body)) offsets.set(obj.num, obj.start);
  let size = 1;
  for (const n of offsets.keys()) if (n + 1 > size) size = n + 1;
  if (size > 2_000_000) return null;
  let table = `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let n = 1; n < size; n++) table += offsets.has(n) ? `${String(offsets.get(n)).padStart(10, '0')} 00000 n \n` : '0000000000 65535 f \n';
  const dict = trailer[1].replace(/\/Size\s+\d+/, `/Size ${size}`);
  return `${body}${table}trailer\n${dict}\nstartxref\n${body.length}\n%%EOF\n`;
}

/** Mutates a PDF: 1–3 mutations, then the xref rebuilt (most of the time) so pdf.js reads on. */
export function mutatePdf(random, seedBytes) {
  let pdf = text(seedBytes);
  const notes = [];
  const count = random.weighted([[5, 1], [3, 2], [1, 3]]);
  for (let k = 0; k < count; k++) {
    const name = random.weighted(PDF_WEIGHTS);
    let result;
    try {
      result = PDF_MUTATIONS[name](random, pdf);
    } catch (error) {
      notes.push(`${name}: skipped (${error.message})`);
      continue;
    }
    if (!result) continue;
    pdf = result.pdf;
    notes.push(`${name}: ${result.note}`);
  }
  if (random.chance(0.8)) {
    const rebuilt = rebuildXref(pdf);
    if (rebuilt) {
      pdf = rebuilt;
      notes.push('xref rebuilt');
    }
  }
  return { bytes: bytesOf(pdf), notes };
}
