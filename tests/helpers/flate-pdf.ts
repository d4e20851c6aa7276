/**
 * The smallest real PDF around one FlateDecode content stream: a page drawing with Helvetica (a
 * standard font, no font file), its content stream's bytes given as they are to be stored, followed
 * by `eol` before `endstream`. For tests of how streams are inflated.
 */
export function flatePdf(stored: Uint8Array, eol = '\n'): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(at);
    const piece =
      body === null
        ? Buffer.concat([Buffer.from(`${i + 1} 0 obj\n<< /Length ${stored.length} /Filter /FlateDecode >>\nstream\n`), stored, Buffer.from(`${eol}endstream\nendobj\n`)])
        : Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`);
    parts.push(piece);
    at += piece.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`), `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`].join('');
  parts.push(Buffer.from(xref));
  return new Uint8Array(Buffer.concat(parts));
}
