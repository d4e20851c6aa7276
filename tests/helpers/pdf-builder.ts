/**
 * A one-page PDF built by hand for tests: Helvetica as F1, the page's content stream given (deflated
 * or not), every cross-reference offset exact, so pdf.js reads it without repairing anything.
 * `toUnicode`: the text of a ToUnicode CMap for F1 (a stream deflated like the content), or one per
 * font F1, F2… when several are given.
 */
import { deflateSync } from 'node:zlib';

export function onePagePdf(content: string, deflate: boolean, toUnicode: string | string[] = []): Uint8Array {
  const stream = (text: string): string => {
    const data = deflate ? deflateSync(Buffer.from(text, 'latin1')).toString('latin1') : text;
    return `<< /Length ${data.length}${deflate ? ' /Filter /FlateDecode' : ''} >>\nstream\n${data}\nendstream`;
  };
  const maps = typeof toUnicode === 'string' ? [toUnicode] : toUnicode;
  const fonts = Math.max(1, maps.length);
  // Objects: 1 catalog, 2 pages, 3 page, 4 content, then each font, then each font's ToUnicode.
  const fontNames = Array.from({ length: fonts }, (_, i) => `/F${i + 1} ${5 + i} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << ${fontNames} >> >> /Contents 4 0 R >>`,
    stream(content),
    ...Array.from({ length: fonts }, (_, i) => `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica${maps[i] === undefined ? '' : ` /ToUnicode ${5 + fonts + i} 0 R`} >>`),
    ...maps.map(stream),
  ];
  return assemble(objects);
}

/** The objects (numbered from 1) as a PDF file, every cross-reference offset exact. */
function assemble(objects: readonly string[]): Uint8Array {
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/**
 * A one-page PDF whose font F1 is a Type 0 font over a CIDFontType2 (Arial, not embedded, Identity-H:
 * two-byte codes, mapped to the same Unicode values by its ToUnicode map), its CIDFont dictionary
 * given `entries` (`/W [...]`, `/W2 [...]`), "Hello" shown with it; `vertical` for Identity-V.
 */
export function cidFontPdf(entries: string, vertical = false): Uint8Array {
  const content = 'BT /F1 24 Tf 72 700 Td <00480065006C006C006F> Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Type /Font /Subtype /Type0 /BaseFont /Arial /Encoding /Identity-${vertical ? 'V' : 'H'} /DescendantFonts [6 0 R] /ToUnicode 8 0 R >>`,
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Arial /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R ${entries} >>`,
    '<< /Type /FontDescriptor /FontName /Arial /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>',
  ];
  const toUnicode = 'begincmap\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n1 beginbfrange\n<0000> <FFFF> <0000>\nendbfrange\nendcmap\n';
  objects.push(`<< /Length ${toUnicode.length} >>\nstream\n${toUnicode}\nendstream`);
  return assemble(objects);
}

/**
 * A one-page PDF: an axial shading painted over the page (`sh`) whose colours come from a sampled
 * function (type 0) of `/Size [size]` over a 16-byte stream, then "Hello" in Helvetica.
 */
export function shadedPdf(size: string, sample = '\u0000'): Uint8Array {
  const content = 'q /Sh1 sh Q BT /F1 24 Tf 72 700 Td (Hello) Tj ET';
  const samples = sample.repeat(16);
  return assemble([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> /Shading << /Sh1 6 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 612 0] /Function 7 0 R /Extend [true true] >>',
    `<< /FunctionType 0 /Domain [0 1] /Range [0 1 0 1 0 1] /Size [${size}] /BitsPerSample 8 /Length ${samples.length} >>\nstream\n${samples}\nendstream`,
  ]);
}
